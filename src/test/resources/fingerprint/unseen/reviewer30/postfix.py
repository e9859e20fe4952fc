"""Postfix: /var/log/mail.log of a small organisation's mail server
(Postfix 3.4 with postscreen, Dovecot 2.3 IMAP/POP3/LMTP), content only:
the part after "postfix/smtpd[1234]: " or "dovecot: ".

Inbound mail through postscreen and smtpd, delivery to Dovecot over LMTP,
outbound relaying for authenticated users, SASL and IMAP password guessing,
relay attempts, DNSBL rejects, deferrals and bounces, anvil statistics.
"""

from common import (Builder, Pool, FIRST_NAMES, DOMAIN_WORDS, TLDS,
                    SERVICE_ACCOUNTS, weighted, interleave, public_ip,
                    host_name, hexs, b64s, lognum)

NAME = "Postfix"
MYDOMAIN = "example.org"
MYHOST = "mail.example.org"
LIP = "192.0.2.25"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]


def build(seed=5501):
    b = Builder(NAME, seed)
    rng = b.rng
    R = __import__("random").Random(seed + 11)

    locals_ = Pool(["info", "office", "sales", "support"] +
                   R.sample(FIRST_NAMES, 60), s=1.0)
    ext_domains = Pool(["gmail.com", "outlook.com", "yahoo.com", "gmx.de",
                        "web.de", "icloud.com", "qq.com", "163.com"] +
                       ["%s.%s" % (R.choice(DOMAIN_WORDS), R.choice(TLDS))
                        for _ in range(80)], s=1.0)
    mx_of = {}

    def mx(domain):
        if domain not in mx_of:
            if domain == "gmail.com":
                mx_of[domain] = ("gmail-smtp-in.l.google.com",
                                 "142.250.%d.%d" % (R.randrange(256),
                                                    R.choice([26, 27])))
            elif domain == "outlook.com":
                mx_of[domain] = ("outlook-com.olc.protection.outlook.com",
                                 "104.47.%d.%d" % (R.randrange(256),
                                                   R.randrange(256)))
            else:
                mx_of[domain] = (R.choice(["mx.", "mail.", "mx1.", "smtp.",
                                           "mx00."]) + domain,
                                 public_ip(R))
        return mx_of[domain]

    senders_ext = Pool([(R.choice(FIRST_NAMES + ["newsletter", "noreply",
                                                 "billing", "notifications",
                                                 "no-reply", "bounce"]),
                         ext_domains.pick(R)) for _ in range(220)], s=0.9)
    relays_in = Pool([(host_name(R, with_digits_p=0.5), public_ip(R))
                      for _ in range(120)], s=0.9)
    spam_ips = Pool([public_ip(R) for _ in range(200)], s=0.8)
    brute_ips = Pool([public_ip(R) for _ in range(40)], s=1.2)
    sasl_users = Pool([u + "@" + MYDOMAIN for u in locals_.items[:20]] +
                      ["info", "admin", "test", "sales", "office", "webmaster",
                       "postmaster", "support", "contact", "user"], s=0.9)
    guess_users = Pool(SERVICE_ACCOUNTS[:40] +
                       [u + "@" + MYDOMAIN for u in ["info", "admin", "test",
                                                     "sales", "office",
                                                     "contact", "webmaster"]],
                       s=0.9, shuffle_seed=seed + 3)
    spam_helos = Pool(["User", "ylmf-pc", "WIN-CLJ1B0GQ6JP", "localhost",
                       "mail.example.com", "example.org", "ADMIN", "desktop",
                       "EHLO", "win-8j3mtekfpr"] +
                      [host_name(R) for _ in range(40)], s=1.0)
    folders = Pool(["INBOX", "INBOX", "Junk", "Archive", "Lists/Mailing Lists",
                    "Notifications", "Receipts", "Sent"], s=1.2)

    def qid(r=None):
        return hexs(r or rng, rng.choice([10, 10, 11, 11, 12]), upper=True)

    def addr():
        u, d = senders_ext.pick(rng)
        return "%s@%s" % (u, d)

    def local_addr():
        return "%s@%s" % (locals_.pick(rng), MYDOMAIN)

    def sess(r):
        return b64s(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuv"
                           "wxyz0123456789+/")

    clock = {"m": 11, "d": 10, "s": 6 * 3600}

    def date(r):
        clock["s"] += r.randint(30, 900)
        if clock["s"] >= 86400:
            clock["s"] -= 86400
            clock["d"] += 1
        s = clock["s"]
        return "%s %2d %02d:%02d:%02d" % (MONTHS[clock["m"]], clock["d"],
                                          s // 3600, s // 60 % 60, s % 60)

    b.g("qid", qid)
    b.g("ip", lambda r: spam_ips.pick(r))
    b.g("port", lambda r: r.randrange(1024, 65536))
    b.g("client", lambda r: "unknown[%s]" % spam_ips.pick(r))
    b.g("date", date)
    b.g("n", lambda r: r.randint(1, 9))
    b.g("sess", sess)
    b.g("pid", lambda r: r.randint(1000, 32000))
    b.g("user", lambda r: sasl_users.pick(r))
    b.g("t", lambda r: "%.2f" % r.uniform(0.01, 9))
    b.g("secs", lambda r: r.randint(0, 30))
    b.g("host", lambda r: host_name(r))
    b.g("from", lambda r: addr())
    b.g("rcpt", lambda r: local_addr())
    b.g("helo", lambda r: spam_helos.pick(r))
    b.g("svc", lambda r: weighted(r, [("smtp", 5), ("submission", 2),
                                      ("smtps", 1)]))
    TLS_SUITES = [("TLSv1.3", "TLS_AES_256_GCM_SHA384", "256/256", 6),
                  ("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256", "256/256", 1),
                  ("TLSv1.3", "TLS_AES_128_GCM_SHA256", "128/128", 1),
                  ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256", 4),
                  ("TLSv1.2", "ECDHE-RSA-AES128-GCM-SHA256", "128/128", 2),
                  ("TLSv1", "ECDHE-RSA-AES256-SHA", "256/256", 1)]

    def tls_kw():
        v, c, bits, _ = weighted(rng, [(x, x[3]) for x in TLS_SUITES])
        return {"tlsver": v, "cipher": c, "bits": bits}
    b.g("ver", lambda r: "3.4.13")
    b.g("cmd", lambda r: weighted(r, [("CONNECT", 5), ("EHLO", 4),
                                      ("AUTH", 6), ("STARTTLS", 2),
                                      ("DATA", 1), ("RCPT", 1),
                                      ("UNKNOWN", 1)]))
    b.g("mxip", lambda r: "%s[%s]" % mx(ext_domains.pick(r)))
    b.g("err", lambda r: weighted(r, [("Connection timed out", 5),
                                      ("Connection refused", 3),
                                      ("No route to host", 1),
                                      ("Network is unreachable", 1)]))
    b.g("tlserr", lambda r: weighted(r, [
        ("error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown "
         "ca:../ssl/record/rec_layer_s3.c:1543:SSL alert number 48:", 3),
        ("error:14209102:SSL routines:tls_early_post_process_client_hello:"
         "unsupported protocol:../ssl/statem/statem_srvr.c:1661:", 4),
        ("error:1408F10B:SSL routines:ssl3_get_record:wrong version "
         "number:../ssl/record/ssl3_record.c:331:", 2)]))
    b.g("line", lambda r: weighted(r, [("GET / HTTP/1.1", 5),
                                       ("CONNECT 5.39.218.11:25 HTTP/1.0", 1),
                                       ("User-Agent: Mozilla/5.0", 1),
                                       ("Host: %s" % MYHOST, 2)]))
    b.g("greet", lambda r: weighted(r, [("EHLO User\\r\\n", 4),
                                        ("EHLO ylmf-pc\\r\\n", 2),
                                        ("\\026\\003\\001\\002\\000\\001\\000"
                                         "\\001\\374\\003\\003", 1),
                                        ("QUIT\\r\\n", 1)]))
    b.g("subject", lambda r: weighted(r, [
        ("Your invoice is ready", 2), ("Re: meeting tomorrow", 2),
        ("URGENT: verify your account", 3), ("Payment confirmation", 2),
        ("You have won", 1)]))

    T = b.t
    # ---- postscreen
    T("ps_connect", "CONNECT from [%{ip}]:%{port} to [%{lip}]:25")
    T("ps_pass_old", "PASS OLD [%{ip}]:%{port}")
    T("ps_pass_new", "PASS NEW [%{ip}]:%{port}")
    T("ps_dnsbl", "DNSBL rank %{n} for [%{ip}]:%{port}")
    T("ps_hangup_before", "HANGUP after %{t} from [%{ip}]:%{port} in tests "
      "before SMTP handshake")
    T("ps_hangup_after", "HANGUP after %{t} from [%{ip}]:%{port} in tests "
      "after SMTP handshake")
    T("ps_disconnect", "DISCONNECT [%{ip}]:%{port}")
    T("ps_pregreet", "PREGREET %{n} after %{t} from [%{ip}]:%{port}: %{greet}")
    T("ps_reject", "NOQUEUE: reject: RCPT from [%{ip}]:%{port}: 550 5.7.1 "
      "Service unavailable; client [%{ip2}] blocked using zen.spamhaus.org; "
      "from=<%{from}>, to=<%{rcpt}>, proto=ESMTP, helo=<%{helo}>")
    T("ps_pipelining", "COMMAND PIPELINING from [%{ip}]:%{port} after "
      "%{cmd}: %{greet}")
    T("ps_whitelisted", "WHITELISTED [%{ip}]:%{port}")
    # ---- smtpd
    T("connect", "connect from %{client}")
    T("disconnect", "disconnect from %{client} %{stats}")
    T("lost", "lost connection after %{cmd} from %{client}")
    T("timeout", "timeout after %{cmd} from %{client}")
    T("too_many_errors", "too many errors after %{cmd} from %{client}")
    T("sasl_login_fail", "warning: %{client}: SASL LOGIN authentication "
      "failed: UGFzc3dvcmQ6")
    T("sasl_plain_fail", "warning: %{client}: SASL PLAIN authentication "
      "failed: authentication failure")
    T("sasl_lost", "warning: %{client}: SASL LOGIN authentication failed: "
      "Connection lost to authentication server")
    T("client", "%{qid}: client=%{client}")
    T("client_sasl", "%{qid}: client=%{client}, sasl_method=%{mech}, "
      "sasl_username=%{user}")
    T("rej_relay", "NOQUEUE: reject: RCPT from %{client}: 554 5.7.1 "
      "<%{rcpt}>: Relay access denied; from=<%{from}> to=<%{rcpt2}> "
      "proto=ESMTP helo=<%{helo}>")
    T("rej_unknown", "NOQUEUE: reject: RCPT from %{client}: 550 5.1.1 "
      "<%{rcpt}>: Recipient address rejected: User unknown in virtual mailbox "
      "table; from=<%{from}> to=<%{rcpt2}> proto=ESMTP helo=<%{helo}>")
    T("rej_hostname", "NOQUEUE: reject: RCPT from %{client}: 450 4.7.25 "
      "Client host rejected: cannot find your hostname, [%{ip}]; "
      "from=<%{from}> to=<%{rcpt}> proto=ESMTP helo=<%{helo}>")
    T("rej_helo", "NOQUEUE: reject: RCPT from %{client}: 504 5.5.2 "
      "<%{helo}>: Helo command rejected: need fully-qualified hostname; "
      "from=<%{from}> to=<%{rcpt}> proto=ESMTP helo=<%{helo2}>")
    T("rej_sender_domain", "NOQUEUE: reject: RCPT from %{client}: 450 4.1.8 "
      "<%{from}>: Sender address rejected: Domain not found; from=<%{from2}> "
      "to=<%{rcpt}> proto=ESMTP helo=<%{helo}>")
    T("nores", "warning: hostname %{host} does not resolve to address %{ip}: "
      "Name or service not known")
    T("nomatch", "warning: hostname %{host} does not resolve to address "
      "%{ip}")
    T("non_smtp", "warning: non-SMTP command from %{client}: %{line}")
    T("pipelining", "improper command pipelining after %{cmd} from "
      "%{client}: %{greet}")
    T("tls_in", "Anonymous TLS connection established from %{client}: "
      "%{tlsver} with cipher %{cipher} (%{bits} bits)")
    T("tls_out_trusted", "Trusted TLS connection established to %{mxip}:25: "
      "%{tlsver} with cipher %{cipher} (%{bits} bits)")
    T("tls_out_untrusted", "Untrusted TLS connection established to "
      "%{mxip}:25: %{tlsver} with cipher %{cipher} (%{bits} bits)")
    T("tls_out_verified", "Verified TLS connection established to "
      "%{mxip}:25: %{tlsver} with cipher %{cipher} (%{bits} bits)")
    T("ssl_lost", "SSL_accept error from %{client}: lost connection")
    T("ssl_err", "SSL_accept error from %{client}: %{code}")
    T("tls_lib", "warning: TLS library problem: %{tlserr}")
    # ---- cleanup / qmgr / smtp / bounce
    T("msgid", "%{qid}: message-id=<%{mid}>")
    T("hdr_warn", "%{qid}: warning: header Subject: %{subject} from "
      "%{client}; from=<%{from}> to=<%{rcpt}> proto=ESMTP helo=<%{helo}>")
    T("milter_rej", "%{qid}: milter-reject: END-OF-MESSAGE from %{client}: "
      "5.7.1 Spam message rejected; from=<%{from}> to=<%{rcpt}> proto=ESMTP "
      "helo=<%{helo}>")
    T("qmgr_from", "%{qid}: from=<%{from}>, size=%{size}, nrcpt=%{n} "
      "(queue active)")
    T("removed", "%{qid}: removed")
    T("expired", "%{qid}: from=<%{from}>, status=expired, returned to sender")
    T("sent", "%{qid}: to=<%{to}>, relay=%{relay}, delay=%{d}, delays=%{ds}, "
      "dsn=%{dsn}, status=sent (%{resp})")
    T("sent_orig", "%{qid}: to=<%{to}>, orig_to=<%{orig}>, relay=%{relay}, "
      "delay=%{d}, delays=%{ds}, dsn=%{dsn}, status=sent (%{resp})")
    T("deferred", "%{qid}: to=<%{to}>, relay=%{relay}, delay=%{d}, "
      "delays=%{ds}, dsn=%{dsn}, status=deferred (%{resp})")
    T("bounced", "%{qid}: to=<%{to}>, relay=%{relay}, delay=%{d}, "
      "delays=%{ds}, dsn=%{dsn}, status=bounced (%{resp})")
    T("ndn", "%{qid}: sender non-delivery notification: %{qid2:qid}")
    T("connect_to", "connect to %{mxip}:25: %{err}")
    T("lost_greeting", "%{qid}: lost connection with %{mxip} while receiving "
      "the initial server greeting")
    # ---- anvil / master
    T("anvil_rate", "statistics: max connection rate %{r}/60s for "
      "(%{svc}:%{ip}) at %{date}")
    T("anvil_count", "statistics: max connection count %{n} for "
      "(%{svc}:%{ip}) at %{date}")
    T("anvil_cache", "statistics: max cache size %{n} at %{date}")
    T("anvil_auth", "statistics: max auth rate %{r}/60s for (%{svc}:%{ip}) "
      "at %{date}")
    T("master_start", "daemon started -- version %{ver}, configuration "
      "/etc/postfix")
    T("master_reload", "reload -- version %{ver}, configuration /etc/postfix")
    T("master_term", "terminating on signal 15")
    # ---- dovecot
    T("imap_login", "imap-login: Login: user=<%{user}>, method=%{mech}, "
      "rip=%{ip}, lip=%{lip}, mpid=%{pid}, TLS, session=<%{sess}>")
    T("pop_login", "pop3-login: Login: user=<%{user}>, method=%{mech}, "
      "rip=%{ip}, lip=%{lip}, mpid=%{pid}, TLS, session=<%{sess}>")
    T("imap_authfail", "imap-login: Disconnected (auth failed, %{n} attempts "
      "in %{secs} secs): user=<%{user}>, method=%{mech}, rip=%{ip}, "
      "lip=%{lip}, TLS, session=<%{sess}>")
    T("pop_authfail", "pop3-login: Disconnected (auth failed, %{n} attempts "
      "in %{secs} secs): user=<%{user}>, method=%{mech}, rip=%{ip}, "
      "lip=%{lip}, TLS, session=<%{sess}>")
    T("imap_noauth", "imap-login: Disconnected (no auth attempts in %{secs} "
      "secs): user=<>, rip=%{ip}, lip=%{lip}, session=<%{sess}>")
    T("imap_noauth_tls", "imap-login: Disconnected (no auth attempts in "
      "%{secs} secs): user=<>, rip=%{ip}, lip=%{lip}, TLS handshaking: "
      "SSL_accept() failed: %{tlserr}, session=<%{sess}>")
    T("imap_logout", "imap(%{user})<%{pid}><%{sess}>: Logged out in=%{i} "
      "out=%{o} deleted=%{dl} expunged=%{ex} trashed=%{tr} hdr_count=%{hc} "
      "hdr_bytes=%{hb} body_count=%{bc} body_bytes=%{bb}")
    T("imap_inactive", "imap(%{user})<%{pid}><%{sess}>: Disconnected for "
      "inactivity in=%{i} out=%{o} deleted=%{dl} expunged=%{ex} "
      "trashed=%{tr} hdr_count=%{hc} hdr_bytes=%{hb} body_count=%{bc} "
      "body_bytes=%{bb}")
    T("imap_closed", "imap(%{user})<%{pid}><%{sess}>: Connection closed "
      "(IDLE running for %{t1} + waiting input for %{t2} secs, %{bi} B in + "
      "%{bo} B out, state=wait-input) in=%{i} out=%{o} deleted=%{dl} "
      "expunged=%{ex} trashed=%{tr} hdr_count=%{hc} hdr_bytes=%{hb} "
      "body_count=%{bc} body_bytes=%{bb}")
    T("pop_logout", "pop3(%{user})<%{pid}><%{sess}>: Disconnected: Logged "
      "out top=%{tp}, retr=%{rt}/%{rb}, del=%{dl}/%{dt}, size=%{sz}")
    T("lmtp_connect", "lmtp(%{pid}): Connect from local")
    T("lmtp_disconnect", "lmtp(%{pid}): Disconnect from local: Client has "
      "quit the connection (state=READY)")
    T("lmtp_saved", "lmtp(%{user})<%{pid}><%{sess}>: msgid=<%{mid}>: saved "
      "mail to %{folder}")
    T("lmtp_sieve", "lmtp(%{user})<%{pid}><%{sess}>: sieve: msgid=<%{mid}>: "
      "stored mail into mailbox '%{folder}'")
    T("auth_unknown", "auth: passwd-file(%{user},%{ip},<%{sess}>): unknown "
      "user")
    T("auth_mismatch", "auth: passwd-file(%{user},%{ip},<%{sess}>): Password "
      "mismatch")
    T("dove_start", "master: Dovecot v2.3.4.1 (f79e8e7e4) starting up for "
      "imap, pop3, lmtp, sieve (core dumps disabled)")
    T("auth_pending", "auth: Warning: auth client %{pid} disconnected with "
      "%{n} pending requests: EOF")

    b.g("lip", lambda r: LIP)
    b.g("ip2", lambda r: spam_ips.pick(r))
    b.g("rcpt2", lambda r: local_addr())
    b.g("helo2", lambda r: spam_helos.pick(r))
    b.g("from2", lambda r: addr())
    b.g("mech", lambda r: weighted(r, [("PLAIN", 4), ("LOGIN", 2)]))
    b.g("code", lambda r: "-1")
    b.g("r", lambda r: r.randint(2, 40))
    b.g("mid", lambda r: "%d.%s@%s" % (r.randint(10 ** 9, 10 ** 10),
                                       hexs(r, 8), MYHOST))
    b.g("folder", lambda r: folders.pick(r))
    b.g("size", lambda r: lognum(r, 900, 9000000))

    e = b.e

    def ret(k, **kw):
        return b.r(k, **kw)

    # ------------------------------------------------------------- helpers
    def stats(kind, n=1):
        if kind == "mail":
            s = "ehlo=%s starttls=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" \
                % (rng.choice(["1", "2"]), n, 5 + n + 1)
            if rng.random() < 0.3:
                s = "ehlo=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" % (n,
                                                                      4 + n)
            return s
        if kind == "auth":
            return weighted(rng, [("ehlo=1 auth=0/1 quit=1 commands=2/3", 6),
                                  ("ehlo=1 auth=0/1 rset=1 quit=1 "
                                   "commands=3/4", 2),
                                  ("ehlo=1 auth=0/1 commands=1/2", 3)])
        if kind == "submit":
            return "ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 " \
                   "commands=8"
        if kind == "reject":
            return weighted(rng, [("ehlo=1 mail=1 rcpt=0/1 quit=1 "
                                   "commands=3/4", 4),
                                  ("ehlo=1 mail=1 rcpt=0/1 rset=1 quit=1 "
                                   "commands=4/5", 2),
                                  ("ehlo=1 mail=1 rcpt=0/1 data=0/1 "
                                   "commands=3/5", 1)])
        return weighted(rng, [("commands=0/0", 5), ("ehlo=1 commands=1", 2),
                              ("unknown=0/1 commands=0/1", 1)])

    def delays(local):
        a = rng.uniform(0.01, 2.5)
        parts = [a, rng.choice([0, 0, 0.01]), rng.uniform(0, 0.9),
                 rng.uniform(0.01, 1.5)]
        if local:
            parts[2] = 0
            parts[3] = rng.uniform(0.01, 0.1)
        tot = sum(parts)

        def f(x):
            return "0" if x == 0 else ("%.2g" % x).rstrip(".")
        return ("%.2g" % tot if tot < 10 else "%.1f" % tot,
                "/".join(f(x) for x in parts))

    def ps_front(ip, port):
        e("ps_connect", ip=ip, port=port)
        e(weighted(rng, [("ps_pass_old", 8), ("ps_pass_new", 2)]), ip=ip,
          port=port)

    # ------------------------------------------------------------ scenarios
    def inbound():
        host, ip = relays_in.pick(rng)
        client = "%s[%s]" % (host, ip)
        port = rng.randrange(1024, 65536)
        ps_front(ip, port)
        e("connect", client=client)
        if rng.random() < 0.08:
            e("nomatch", host=host, ip=ip)
        if rng.random() < 0.75:
            e("tls_in", client=client, **tls_kw())
        q = qid()
        e("client", qid=q, client=client)
        rcpts = [local_addr() for _ in range(weighted(rng, [(1, 8), (2, 1),
                                                            (3, 1)]))]
        sender = "" if rng.random() < 0.05 else addr()
        mid = "%s@%s" % (b64s(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
                                       "klmnopqrstuvwxyz0123456789"),
                         sender.split("@")[1] if sender else host)
        if rng.random() < 0.04:
            e("hdr_warn", qid=q, client=client, **{"from": sender},
              rcpt=rcpts[0])
        e("msgid", qid=q, mid=mid)
        e("qmgr_from", qid=q, **{"from": sender}, n=len(rcpts))
        e("disconnect", client=client, stats=stats("mail", len(rcpts)))
        for rc in rcpts:
            d, ds = delays(True)
            pid = rng.randint(1000, 32000)
            s_ = sess(rng)
            seqs = [[ret("lmtp_connect", pid=pid)], []]
            folder = folders.pick(rng)
            if rng.random() < 0.3:
                seqs[0].append(ret("lmtp_sieve", user=rc, pid=pid, sess=s_,
                                   mid=mid, folder=folder))
            else:
                seqs[0].append(ret("lmtp_saved", user=rc, pid=pid, sess=s_,
                                   mid=mid, folder=folder))
            seqs[0].append(ret("lmtp_disconnect", pid=pid))
            alias = rng.random() < 0.1
            resp = "250 2.0.0 <%s> %s Saved" % (rc, b64s(rng, 22))
            if alias:
                seqs[1].append(ret("sent_orig", qid=q, to=rc,
                                   orig="%s@%s" % (rng.choice(
                                       ["info", "sales", "office", "team"]),
                                       MYDOMAIN),
                                   relay="%s[private/dovecot-lmtp]" % MYHOST,
                                   d=d, ds=ds, dsn="2.0.0", resp=resp))
            else:
                seqs[1].append(ret("sent", qid=q, to=rc,
                                   relay="%s[private/dovecot-lmtp]" % MYHOST,
                                   d=d, ds=ds, dsn="2.0.0", resp=resp))
            b.buf.extend(interleave(rng, seqs, stick=0.5))
        e("removed", qid=q)

    def outbound():
        user = "%s@%s" % (locals_.pick(rng), MYDOMAIN)
        ip = public_ip(rng)
        client = "%s[%s]" % (host_name(rng, with_digits_p=0.7), ip)
        e("connect", client=client)
        e("tls_in", client=client, **tls_kw())
        q = qid()
        e("client_sasl", qid=q, client=client, user=user)
        e("msgid", qid=q, mid="%s@%s" % (b64s(rng, 24), MYDOMAIN))
        e("qmgr_from", qid=q, **{"from": user}, n=1)
        e("disconnect", client=client, stats=stats("submit"))
        dom = ext_domains.pick(rng)
        to = "%s@%s" % (rng.choice(FIRST_NAMES), dom)
        h, mip = mx(dom)
        relay = "%s[%s]:25" % (h, mip)
        d, ds = delays(False)
        r = rng.random()
        if r < 0.82:
            e(weighted(rng, [("tls_out_trusted", 3),
                             ("tls_out_untrusted", 4),
                             ("tls_out_verified", 1)]),
              mxip="%s[%s]" % (h, mip), **tls_kw())
            resp = weighted(rng, [
                ("250 2.0.0 OK  %d %s.%d - gsmtp" % (
                    rng.randint(1500000000, 1520000000),
                    b64s(rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                    rng.randint(1, 600)), 4 if dom == "gmail.com" else 0),
                ("250 2.0.0 Ok: queued as %s" % qid(), 4),
                ("250 OK id=1d%s-000%s-%s" % (b64s(rng, 4), b64s(rng, 2),
                                              b64s(rng, 2)), 2),
                ("250 Requested mail action okay, completed: id=%s"
                 % b64s(rng, 20), 1)])
            e("sent", qid=q, to=to, relay=relay, d=d, ds=ds, dsn="2.0.0",
              resp=resp)
            e("removed", qid=q)
        elif r < 0.94:
            if rng.random() < 0.5:
                e("connect_to", mxip="%s[%s]" % (h, mip))
                e("deferred", qid=q, to=to, relay="none", d=d, ds=ds,
                  dsn="4.4.1", resp="connect to %s[%s]:25: Connection timed "
                  "out" % (h, mip))
            else:
                e("deferred", qid=q, to=to, relay=relay, d=d, ds=ds,
                  dsn="4.2.0", resp="host %s[%s] said: 450 4.2.0 <%s>: "
                  "Recipient address rejected: Greylisted, see "
                  "http://postgrey.schweikert.ch/help/%s.html (in reply to "
                  "RCPT TO command)" % (h, mip, to, dom))
        else:
            e("bounced", qid=q, to=to, relay=relay, d=d, ds=ds, dsn="5.1.1",
              resp="host %s[%s] said: 550 5.1.1 <%s>: Recipient address "
              "rejected: User unknown (in reply to RCPT TO command)"
              % (h, mip, to))
            q2 = qid()
            e("ndn", qid=q, qid2=q2)
            e("qmgr_from", qid=q2, **{"from": ""}, n=1)
            e("sent", qid=q2, to=user, relay="%s[private/dovecot-lmtp]"
              % MYHOST, d="0.02", ds="0/0/0/0.02", dsn="2.0.0",
              resp="250 2.0.0 <%s> %s Saved" % (user, b64s(rng, 22)))
            e("removed", qid=q2)
            e("removed", qid=q)

    def sasl_bruteforce():
        ip = brute_ips.pick(rng)
        client = "unknown[%s]" % ip
        n = weighted(rng, [(1, 3), (3, 3), (6, 2), (10, 1)])
        width = weighted(rng, [(1, 4), (2, 2), (4, 1)])
        jobs = []
        for _ in range(n):
            seq = [ret("connect", client=client)]
            k = weighted(rng, [("sasl_login_fail", 7),
                               ("sasl_plain_fail", 2)])
            seq.append(ret(k, client=client))
            seq.append(ret("lost", cmd="AUTH", client=client))
            seq.append(ret("disconnect", client=client, stats=stats("auth")))
            jobs.append(seq)
        for i in range(0, len(jobs), width):
            b.buf.extend(interleave(rng, jobs[i:i + width], stick=0.4))
        if rng.random() < 0.2:
            e("anvil_rate", svc="submission", ip=ip)
            e("anvil_count", svc="submission", ip=ip)
            e("anvil_auth", svc="submission", ip=ip)

    def spam_attempt():
        ip = spam_ips.pick(rng)
        port = rng.randrange(1024, 65536)
        e("ps_connect", ip=ip, port=port)
        r = rng.random()
        if r < 0.25:
            e("ps_dnsbl", ip=ip, port=port)
            if rng.random() < 0.15:
                e("ps_pregreet", ip=ip, port=port)
            e("ps_reject", ip=ip, port=port, ip2=ip)
            e("ps_disconnect", ip=ip, port=port)
            return
        if r < 0.4:
            e("ps_pregreet", ip=ip, port=port)
            e("ps_disconnect", ip=ip, port=port)
            return
        if r < 0.55:
            e("ps_hangup_before", ip=ip, port=port)
            e("ps_disconnect", ip=ip, port=port)
            return
        if r < 0.58:
            e("ps_pipelining", ip=ip, port=port)
            e("ps_hangup_after", ip=ip, port=port)
            e("ps_disconnect", ip=ip, port=port)
            return
        e("ps_pass_new", ip=ip, port=port)
        client = "unknown[%s]" % ip
        e("connect", client=client)
        k = weighted(rng, [("rej_relay", 4), ("rej_unknown", 3),
                           ("rej_hostname", 3), ("rej_helo", 1),
                           ("lost", 3), ("timeout", 1), ("non_smtp", 1),
                           ("ssl", 1)])
        st_ = "reject"
        if k == "rej_relay":
            to = addr()
            e(k, client=client, rcpt=to, rcpt2=to)
        elif k == "rej_unknown":
            to = "%s@%s" % (rng.choice(SERVICE_ACCOUNTS), MYDOMAIN)
            e(k, client=client, rcpt=to, rcpt2=to)
        elif k == "rej_hostname":
            e(k, client=client, ip=ip)
        elif k == "rej_helo":
            h = rng.choice(["User", "ylmf-pc", "localhost", "ADMIN",
                            "desktop"])
            e(k, client=client, helo=h, helo2=h)
        elif k == "non_smtp":
            e(k, client=client)
            e("lost", client=client, cmd="UNKNOWN")
            st_ = "other"
        elif k == "ssl":
            e(weighted(rng, [("ssl_lost", 3), ("ssl_err", 1)]),
              client=client)
            if rng.random() < 0.5:
                e("tls_lib")
            e("lost", client=client, cmd="STARTTLS")
            st_ = "other"
        else:
            e(k, client=client)
            st_ = "other"
        e("disconnect", client=client, stats=stats(st_))

    def imap_user():
        user = "%s@%s" % (locals_.pick(rng), MYDOMAIN)
        ip = public_ip(rng) if rng.random() < 0.5 else \
            "198.51.100.%d" % rng.randint(2, 250)
        s_ = sess(rng)
        pid = rng.randint(1000, 32000)
        pop = rng.random() < 0.1
        e("pop_login" if pop else "imap_login", user=user, ip=ip, pid=pid,
          sess=s_)
        if pop:
            e("pop_logout", user=user, pid=pid, sess=s_, tp="0/0",
              rt=rng.randint(0, 5), rb=rng.randint(0, 90000),
              dl=rng.randint(0, 5), dt=rng.randint(5, 400),
              sz=rng.randint(10000, 9000000))
            return
        kw = dict(user=user, pid=pid, sess=s_, i=rng.randint(30, 4000),
                  o=rng.randint(300, 900000), dl=rng.randint(0, 3),
                  ex=rng.randint(0, 3), tr=rng.randint(0, 3),
                  hc=rng.randint(0, 40), hb=rng.randint(0, 90000),
                  bc=rng.randint(0, 10), bb=rng.randint(0, 900000))
        k = weighted(rng, [("imap_logout", 6), ("imap_closed", 3),
                           ("imap_inactive", 1)])
        if k == "imap_closed":
            kw.update(t1="%.3f" % rng.uniform(0, 1800),
                      t2="%.3f" % rng.uniform(0, 30),
                      bi=rng.randint(0, 200), bo=rng.randint(0, 2000))
        e(k, **kw)

    def imap_brute():
        ip = brute_ips.pick(rng)
        for _ in range(weighted(rng, [(1, 3), (3, 2), (6, 1)])):
            user = guess_users.pick(rng)
            s_ = sess(rng)
            known = "@" in user and user.split("@")[0] in locals_.items[:4]
            e("auth_mismatch" if known else "auth_unknown", user=user, ip=ip,
              sess=s_)
            e("imap_authfail" if rng.random() < 0.85 else "pop_authfail",
              user=user, ip=ip, sess=s_, n=1, secs=rng.randint(2, 8))

    def scan_noauth():
        ip = spam_ips.pick(rng)
        if rng.random() < 0.6:
            e("imap_noauth", ip=ip)
        else:
            e("imap_noauth_tls", ip=ip)

    def plain_connect_lost():
        host, ip = relays_in.pick(rng)
        client = "%s[%s]" % (host, ip)
        e("connect", client=client)
        if rng.random() < 0.3:
            e("nores", host=host, ip=ip)
        e("lost", client=client, cmd=weighted(rng, [("CONNECT", 2),
                                                   ("EHLO", 2)]))
        e("disconnect", client=client, stats=stats("other"))

    scenarios = [(22, inbound), (7, outbound), (16, sasl_bruteforce),
                 (24, spam_attempt), (10, imap_user), (5, imap_brute),
                 (2, scan_noauth), (4, plain_connect_lost)]

    blocks = []
    blocks.append([ret("master_term"), ret("master_start"),
                   ret("dove_start")])
    blocks.append([ret("master_reload")])
    blocks.append([ret("anvil_cache"), ret("anvil_rate"),
                   ret("anvil_count")])
    # an old queue file finally expires
    q = qid()
    blocks.append([ret("expired", qid=q, **{"from": local_addr()}),
                   ret("removed", qid=q)])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    blocks.append([ret("connect", client=cl),
                   ret("too_many_errors", client=cl, cmd="UNKNOWN"),
                   ret("disconnect", client=cl,
                       stats="unknown=0/10 commands=0/10")])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    blocks.append([ret("connect", client=cl),
                   ret("pipelining", client=cl, cmd="CONNECT"),
                   ret("lost", client=cl, cmd="CONNECT")])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    q = qid()
    blocks.append([ret("connect", client=cl), ret("client", qid=q, client=cl),
                   ret("milter_rej", qid=q, client=cl),
                   ret("disconnect", client=cl, stats="ehlo=1 mail=1 rcpt=1 "
                       "data=0/1 quit=1 commands=4/5")])
    cl = "unknown[%s]" % brute_ips.pick(rng)
    blocks.append([ret("sasl_lost", client=cl)])
    blocks.append([ret("auth_pending")])
    blocks.append([ret("ps_whitelisted")])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    blocks.append([ret("connect", client=cl),
                   ret("timeout", client=cl, cmd="EHLO"),
                   ret("disconnect", client=cl, stats="ehlo=1 commands=1")])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    blocks.append([ret("connect", client=cl), ret("ssl_lost", client=cl),
                   ret("lost", client=cl, cmd="STARTTLS"),
                   ret("disconnect", client=cl,
                       stats="ehlo=1 starttls=0/1 commands=1/2")])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    blocks.append([ret("connect", client=cl), ret("ssl_err", client=cl),
                   ret("tls_lib"), ret("tls_lib"),
                   ret("lost", client=cl, cmd="STARTTLS"),
                   ret("disconnect", client=cl,
                       stats="ehlo=1 starttls=0/1 commands=1/2")])
    h, mip = mx(ext_domains.pick(rng))
    blocks.append([ret("tls_out_verified", mxip="%s[%s]" % (h, mip),
                       **tls_kw())])
    dom = ext_domains.pick(rng)
    blocks.append([ret("lost_greeting", mxip="%s[%s]" % mx(dom))])
    cl = "unknown[%s]" % spam_ips.pick(rng)
    blocks.append([ret("rej_sender_domain", client=cl),
                   ret("disconnect", client=cl, stats=stats("reject"))])
    b.assemble(scenarios, blocks)
    return b, ()
