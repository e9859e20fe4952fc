"""Sshd: OpenSSH 8.2p1 (Ubuntu 20.04) sshd messages from /var/log/auth.log
of an Internet-facing server, content only (the part after "sshd[pid]: ").

Mostly password brute force against root and dictionary attacks with
invalid user names, plus scanners, a few legitimate logins and daemon
restarts. Message texts follow OpenSSH 8.2 / Linux-PAM / rsyslog.
"""

from common import (Builder, Pool, FIRST_NAMES, SERVICE_ACCOUNTS, public_ip,
                    host_name, b64s, weighted, interleave)

NAME = "Sshd"


def build(seed=2201):
    b = Builder(NAME, seed)
    rng = b.rng

    # ---------------------------------------------------------------- pools
    valid_users = ["root", "deploy", "backup", "ops", "git", "wei", "jing",
                   "kenji", "maria", "david", "lucas", "sophia", "hao",
                   "priya", "tomas", "elena"]
    head = ["admin", "test", "user", "ubuntu", "oracle", "postgres", "guest",
            "pi", "ftpuser", "support", "mysql", "hadoop", "usuario",
            "test1", "ubnt", "jenkins", "tomcat", "nagios", "vagrant",
            "centos", "1234", "minecraft", "teamspeak", "ts3"]
    rest = [u for u in SERVICE_ACCOUNTS + FIRST_NAMES
            if u not in head and u not in valid_users]
    rng2 = __import__("random").Random(seed + 1)
    rng2.shuffle(rest)
    invalid = Pool(head + rest, s=0.85)
    # valid account names that bots also try
    bot_valid = Pool(["root"] * 1 + ["git", "backup", "deploy", "ops"],
                     s=2.2)
    humans = Pool(["wei", "jing", "kenji", "maria", "david", "lucas",
                   "sophia", "hao", "priya", "tomas", "elena", "deploy",
                   "git", "ops", "backup"], s=1.0, shuffle_seed=seed + 2)
    attackers = Pool([public_ip(rng2) for _ in range(260)], s=1.05)
    scanners = Pool([public_ip(rng2) for _ in range(180)], s=0.7)
    offices = Pool([public_ip(rng2) for _ in range(6)], s=1.0)
    rdns = {}

    def rdns_of(ip):
        if ip not in rdns:
            rdns[ip] = host_name(rng2, with_digits_p=0.4)
        return rdns[ip]

    def port(r):
        return r.randrange(1024, 65536)

    b.g("port", port)
    b.g("ip", lambda r: attackers.pick(r))
    b.g("user", lambda r: bot_valid.pick(r))
    b.g("iuser", lambda r: invalid.pick(r))
    b.g("n", lambda r: r.randint(2, 5))
    b.g("host", lambda r: host_name(r))
    b.g("fp", lambda r: b64s(r, 43))
    b.g("ktype", lambda r: weighted(r, [("RSA", 6), ("ED25519", 5),
                                        ("ECDSA", 1)]))
    b.g("kex", lambda r: weighted(r, [
        ("diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,"
         "diffie-hellman-group1-sha1", 6),
        ("diffie-hellman-group1-sha1", 3),
        ("diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1", 2),
        ("diffie-hellman-group1-sha1,diffie-hellman-group14-sha1", 1)]))
    b.g("hk", lambda r: weighted(r, [("ssh-rsa,ssh-dss", 5), ("ssh-dss", 2),
                                     ("ssh-rsa", 3)]))
    b.g("ciph", lambda r: weighted(r, [
        ("aes128-cbc,3des-cbc,blowfish-cbc", 3),
        ("aes256-cbc,aes192-cbc,aes128-cbc,3des-cbc", 2),
        ("3des-cbc", 1)]))
    b.g("cver", lambda r: weighted(r, [("SSH-1.5-Nmap-SSH1-Hostkey", 4),
                                       ("SSH-1.5-NmapNSE_1.0", 3),
                                       ("SSH-1.33-OpenSSH_6.0", 1),
                                       ("SSH-1.5-Server", 1)]))
    b.g("ident", lambda r: weighted(r, [
        ("GET / HTTP/1.1", 6), ("GET / HTTP/1.0", 2),
        ("OPTIONS / RTSP/1.0", 1), ("HELP", 1), ("\\001", 1),
        ("Hello", 1)]))
    b.g("nbytes", lambda r: r.randrange(10 ** 6, 2 ** 32))
    b.g("pmore", lambda r: r.randint(2, 5))
    b.g("tries", lambda r: r.randint(4, 6))
    b.g("kt", lambda r: weighted(r, [("ssh-dss", 5),
                                     ("ssh-dss-cert-v01@openssh.com", 1)]))
    b.g("fwdhost", lambda r: weighted(r, [("localhost", 3),
                                          ("127.0.0.1", 2), ("db", 1)]))
    b.g("fport", lambda r: r.choice([5432, 3306, 8080, 6379, 9200]))
    b.g("addr", lambda r: r.choice(["0.0.0.0", "::"]))
    b.g("lport", lambda r: 22)

    # ------------------------------------------------------------ templates
    T = b.t
    # brute force against existing accounts
    T("pam_fail_user", "pam_unix(sshd:auth): authentication failure; logname= "
      "uid=0 euid=0 tty=ssh ruser= rhost=%{ip}  user=%{user}")
    T("fail_pw", "Failed password for %{user} from %{ip} port %{port} ssh2")
    T("repeated", "message repeated %{n} times: [ Failed password for %{user} "
      "from %{ip} port %{port} ssh2]")
    T("rdisc_bye", "Received disconnect from %{ip} port %{port}:11: Bye Bye "
      "[preauth]")
    T("disc_auth", "Disconnected from authenticating user %{user} %{ip} port "
      "%{port} [preauth]")
    T("closed_auth", "Connection closed by authenticating user %{user} %{ip} "
      "port %{port} [preauth]")
    T("max_auth", "error: maximum authentication attempts exceeded for "
      "%{user} from %{ip} port %{port} ssh2 [preauth]")
    T("toomany_auth", "Disconnecting authenticating user %{user} %{ip} port "
      "%{port}: Too many authentication failures [preauth]")
    T("pam_more_user", "PAM %{n:pmore} more authentication failures; logname= "
      "uid=0 euid=0 tty=ssh ruser= rhost=%{ip}  user=%{user}")
    T("pam_one_user", "PAM 1 more authentication failure; logname= uid=0 "
      "euid=0 tty=ssh ruser= rhost=%{ip}  user=%{user}")
    T("pam_ignore", "PAM service(sshd) ignoring max retries; %{n:tries} > 3")
    # invalid users
    T("invalid", "Invalid user %{iuser} from %{ip} port %{port}")
    T("checkpass", "pam_unix(sshd:auth): check pass; user unknown")
    T("pam_fail", "pam_unix(sshd:auth): authentication failure; logname= "
      "uid=0 euid=0 tty=ssh ruser= rhost=%{ip}")
    T("fail_inv", "Failed password for invalid user %{iuser} from %{ip} port "
      "%{port} ssh2")
    T("disc_inv", "Disconnected from invalid user %{iuser} %{ip} port %{port} "
      "[preauth]")
    T("closed_inv", "Connection closed by invalid user %{iuser} %{ip} port "
      "%{port} [preauth]")
    T("max_inv", "error: maximum authentication attempts exceeded for invalid "
      "user %{iuser} from %{ip} port %{port} ssh2 [preauth]")
    T("toomany_inv", "Disconnecting invalid user %{iuser} %{ip} port %{port}: "
      "Too many authentication failures [preauth]")
    T("pam_more", "PAM %{n:pmore} more authentication failures; logname= uid=0 "
      "euid=0 tty=ssh ruser= rhost=%{ip}")
    T("pam_one", "PAM 1 more authentication failure; logname= uid=0 euid=0 "
      "tty=ssh ruser= rhost=%{ip}")
    T("fail_none_inv", "Failed none for invalid user %{iuser} from %{ip} port "
      "%{port} ssh2")
    # reverse DNS
    T("maps", "Address %{ip} maps to %{host}, but this does not map back to "
      "the address.")
    # scanners and broken clients
    T("noident", "Did not receive identification string from %{ip} port "
      "%{port}")
    T("kex_closed", "error: kex_exchange_identification: Connection closed by "
      "remote host")
    T("kex_reset", "error: kex_exchange_identification: read: Connection reset "
      "by peer")
    T("kex_banner", "error: kex_exchange_identification: client sent invalid "
      "protocol identifier \"%{ident}\"")
    T("banner_fmt", "banner exchange: Connection from %{ip} port %{port}: "
      "invalid format")
    T("closed", "Connection closed by %{ip} port %{port} [preauth]")
    T("reset", "Connection reset by %{ip} port %{port} [preauth]")
    T("nego_kex", "Unable to negotiate with %{ip} port %{port}: no matching "
      "key exchange method found. Their offer: %{kex} [preauth]")
    T("nego_hk", "Unable to negotiate with %{ip} port %{port}: no matching "
      "host key type found. Their offer: %{hk} [preauth]")
    T("nego_ciph", "Unable to negotiate with %{ip} port %{port}: no matching "
      "cipher found. Their offer: %{ciph} [preauth]")
    T("proto_major", "Protocol major versions differ for %{ip} port %{port}: "
      "SSH-2.0-OpenSSH_8.2p1 Ubuntu-4ubuntu0.5 vs. %{cver}")
    T("mac_incorrect", "ssh_dispatch_run_fatal: Connection from %{ip} port "
      "%{port}: message authentication code incorrect [preauth]")
    T("corrupted", "ssh_dispatch_run_fatal: Connection from %{ip} port "
      "%{port}: Connection corrupted [preauth]")
    T("timeout_auth", "fatal: Timeout before authentication for %{ip} port "
      "%{port}")
    T("bad_len", "Bad packet length %{nbytes}. [preauth]")
    T("dss", "userauth_pubkey: key type %{kt} not in PubkeyAcceptedKeyTypes "
      "[preauth]")
    T("jsch", "error: Received disconnect from %{ip} port %{port}:3: "
      "com.jcraft.jsch.JSchException: Auth fail [preauth]")
    T("rdisc_shutdown", "Received disconnect from %{ip} port %{port}:11: "
      "Normal Shutdown, Thank you for playing [preauth]")
    T("rdisc_empty", "Received disconnect from %{ip} port %{port}:11:  "
      "[preauth]")
    # legitimate use
    T("acc_key", "Accepted publickey for %{user} from %{ip} port %{port} ssh2: "
      "%{ktype} SHA256:%{fp}")
    T("acc_pw", "Accepted password for %{user} from %{ip} port %{port} ssh2")
    T("acc_kbd", "Accepted keyboard-interactive/pam for %{user} from %{ip} "
      "port %{port} ssh2")
    T("fail_key", "Failed publickey for %{user} from %{ip} port %{port} ssh2: "
      "%{ktype} SHA256:%{fp}")
    T("sess_open", "pam_unix(sshd:session): session opened for user %{user} "
      "by (uid=0)")
    T("sess_close", "pam_unix(sshd:session): session closed for user %{user}")
    T("rdisc_user", "Received disconnect from %{ip} port %{port}:11: "
      "disconnected by user")
    T("disc_user", "Disconnected from user %{user} %{ip} port %{port}")
    T("client_timeout", "Timeout, client not responding from user %{user} "
      "%{ip} port %{port}")
    T("connect_to", "error: connect_to %{fwdhost} port %{fport}: failed.")
    T("logout_err", "syslogin_perform_logout: logout() returned an error")
    # daemon
    T("listen", "Server listening on %{addr} port %{lport}.")
    T("sigterm", "Received signal 15; terminating.")
    T("sighup", "Received SIGHUP; restarting.")

    e = b.e

    # ------------------------------------------------------------ scenarios
    def maybe_maps(ip, p=0.15):
        if rng.random() < p:
            e("maps", ip=ip, host=rdns_of(ip))

    def root_attempt(ip, user):
        p = port(rng)
        e("pam_fail_user", ip=ip, user=user)
        e("fail_pw", ip=ip, user=user, port=p)
        r = rng.random()
        if r < 0.72:
            e("rdisc_bye", ip=ip, port=p)
            e("disc_auth", ip=ip, user=user, port=p)
        elif r < 0.92:
            e("closed_auth", ip=ip, user=user, port=p)
        elif r < 0.97:
            e("reset", ip=ip, port=p)
        else:
            e("rdisc_shutdown", ip=ip, port=p)
            e("disc_auth", ip=ip, user=user, port=p)

    def root_multi(ip, user):
        p = port(rng)
        tries = weighted(rng, [(2, 3), (3, 2), (6, 5)])
        e("pam_fail_user", ip=ip, user=user)
        e("fail_pw", ip=ip, user=user, port=p)
        if tries > 1:
            # rsyslog folds the identical messages of one connection
            if tries > 2 and rng.random() < 0.8:
                e("repeated", n=tries - 1, ip=ip, user=user, port=p)
            else:
                for _ in range(tries - 1):
                    e("fail_pw", ip=ip, user=user, port=p)
        if tries >= 6:
            e("max_auth", ip=ip, user=user, port=p)
            e("toomany_auth", ip=ip, user=user, port=p)
            e("pam_more_user", n=tries - 1, ip=ip, user=user)
            e("pam_ignore", n=tries)
        else:
            e("rdisc_bye", ip=ip, port=p)
            e("disc_auth", ip=ip, user=user, port=p)
            if tries == 2:
                e("pam_one_user", ip=ip, user=user)
            else:
                e("pam_more_user", n=tries - 1, ip=ip, user=user)

    def invalid_attempt(ip, user):
        p = port(rng)
        e("invalid", iuser=user, ip=ip, port=p)
        r = rng.random()
        if r < 0.12:
            # bot only probes whether the account exists
            e("closed_inv", iuser=user, ip=ip, port=p)
            return
        if r < 0.14:
            e("fail_none_inv", iuser=user, ip=ip, port=p)
        e("checkpass")
        e("pam_fail", ip=ip)
        e("fail_inv", iuser=user, ip=ip, port=p)
        r = rng.random()
        if r < 0.06:
            # a few bots keep trying on the same connection
            e("fail_inv", iuser=user, ip=ip, port=p)
            e("fail_inv", iuser=user, ip=ip, port=p)
            if rng.random() < 0.5:
                e("max_inv", iuser=user, ip=ip, port=p)
                e("toomany_inv", iuser=user, ip=ip, port=p)
                e("pam_more", n=2, ip=ip)
            else:
                e("rdisc_bye", ip=ip, port=p)
                e("disc_inv", iuser=user, ip=ip, port=p)
                e("pam_more", n=2, ip=ip)
        elif r < 0.09:
            e("fail_inv", iuser=user, ip=ip, port=p)
            e("rdisc_bye", ip=ip, port=p)
            e("disc_inv", iuser=user, ip=ip, port=p)
            e("pam_one", ip=ip)
        elif r < 0.82:
            e("rdisc_bye", ip=ip, port=p)
            e("disc_inv", iuser=user, ip=ip, port=p)
        elif r < 0.97:
            e("closed_inv", iuser=user, ip=ip, port=p)
        else:
            e("jsch", ip=ip, port=p)
            e("disc_inv", iuser=user, ip=ip, port=p)

    def concurrently(jobs, width):
        """Run attempt closures `width` at a time, interleaving their
        lines like parallel connections of one bot."""
        for i in range(0, len(jobs), width):
            seqs = []
            for job in jobs[i:i + width]:
                saved, b.buf = b.buf, []
                job()
                seqs.append(b.buf)
                b.buf = saved
            b.buf.extend(interleave(rng, seqs, stick=0.35))

    def root_campaign():
        ip = attackers.pick(rng)
        maybe_maps(ip)
        n = weighted(rng, [(1, 5), (2, 3), (4, 2), (8, 2), (15, 1)])
        width = weighted(rng, [(1, 5), (2, 2), (3, 2), (4, 1)])
        user = "root" if rng.random() < 0.9 else bot_valid.pick(rng)
        jobs = []
        for _ in range(n):
            multi = rng.random() < 0.25
            jobs.append((lambda u=user, m=multi:
                         root_multi(ip, u) if m else root_attempt(ip, u)))
            if rng.random() < 0.1:
                user = bot_valid.pick(rng)
        concurrently(jobs, width)

    def dict_campaign():
        ip = attackers.pick(rng)
        maybe_maps(ip)
        n = weighted(rng, [(1, 4), (2, 3), (4, 2), (8, 1), (12, 1)])
        # dictionary bots walk through a list, sometimes same name repeated
        width = weighted(rng, [(1, 5), (2, 2), (3, 2), (5, 1)])
        start = invalid.pick(rng)
        jobs = []
        for i in range(n):
            user = start if rng.random() < 0.35 else invalid.pick(rng)
            jobs.append(lambda u=user: invalid_attempt(ip, u))
        concurrently(jobs, width)

    def scanner():
        ip = scanners.pick(rng)
        p = port(rng)
        k = weighted(rng, [("noident", 10), ("kex_closed", 5),
                           ("kex_reset", 3), ("closed", 9), ("reset", 3),
                           ("nego_kex", 3), ("nego_hk", 2),
                           ("kex_banner", 2), ("proto_major", 1),
                           ("banner_fmt", 1), ("timeout", 1)])
        if k in ("noident", "closed", "reset", "banner_fmt",
                 "nego_kex", "nego_hk"):
            e(k, ip=ip, port=p)
        elif k == "timeout":
            e("timeout_auth", ip=ip, port=p)
        elif k == "proto_major":
            e("proto_major", ip=ip, port=p)
        else:
            e(k)
        if k in ("kex_banner",) and rng.random() < 0.5:
            e("kex_closed")

    def legit():
        user = humans.pick(rng)
        ip = offices.pick(rng)
        p = port(rng)
        if rng.random() < 0.08:
            e("fail_key", user=user, ip=ip, port=p)
        if rng.random() < 0.8:
            e("acc_key", user=user, ip=ip, port=p)
        else:
            e("acc_pw", user=user, ip=ip, port=p)
        e("sess_open", user=user)
        if rng.random() < 0.08:
            e("connect_to")
        if rng.random() < 0.05:
            e("client_timeout", user=user, ip=ip, port=p)
        else:
            e("rdisc_user", ip=ip, port=p)
            e("disc_user", user=user, ip=ip, port=p)
        e("sess_close", user=user)

    scenarios = [(30, root_campaign), (26, dict_campaign), (22, scanner),
                 (2.5, legit)]

    # rare events, pre-rendered blocks
    blocks = []

    def block(*lines):
        b.buf = []
        for ln in lines:
            e(*ln[:1], **(ln[1] if len(ln) > 1 else {}))
        blocks.append(b.buf)
        b.buf = []

    # daemon restart: one burst
    block(("sigterm",), ("listen", {"addr": "0.0.0.0", "lport": 22}),
          ("listen", {"addr": "::", "lport": 22}))
    block(("sighup",), ("listen", {"addr": "0.0.0.0", "lport": 22}),
          ("listen", {"addr": "::", "lport": 22}))
    # a bot sending an empty user name
    ip = attackers.pick(rng)
    p = port(rng)
    block(("invalid", {"iuser": "", "ip": ip, "port": p}),
          ("closed_inv", {"iuser": "", "ip": ip, "port": p}))
    # other rare ones
    u, ip, p = humans.pick(rng), offices.pick(rng), port(rng)
    block(("acc_kbd", {"user": u, "ip": ip, "port": p}),
          ("sess_open", {"user": u}), ("logout_err",),
          ("sess_close", {"user": u}))
    blocks += b.tail_blocks(["banner_fmt", "connect_to", "nego_ciph", "mac_incorrect", "corrupted",
                             "bad_len", "dss", "rdisc_empty"],
                            counts={"banner_fmt": 2, "connect_to": 1,
                                    "nego_ciph": 2, "mac_incorrect": 3,
                                    "corrupted": 1, "bad_len": 2,
                                    "dss": 3, "rdisc_empty": 2})
    b.assemble(scenarios, blocks)
    return b, ()
