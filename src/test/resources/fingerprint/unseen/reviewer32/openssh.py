"""OpenSSH: sshd auth log of an internet-facing server under brute force
(LabSZ-style, OpenSSH 6.x/7.x on Ubuntu with UseDNS and pam_unix).

Simulated as interleaved SSH connections of attackers with different
habits (root guessing, dictionary of invalid users, scanners, jsch bots)
plus a few legitimate logins. Content only (header "sshd[pid]:" cut off,
as in Loghub).
"""

import random

from common import TemplateSet, ValueGen, finish_stream, Pool
from names import ALL_USERS, SYL, TLDS

SYSTEM = "OpenSSH"
SEED = 20240321

PAM_TAIL = "logname= uid=@{uid} euid=@{euid} tty=ssh ruser= rhost=@{rhost}"


def templates():
    T = TemplateSet(SYSTEM)
    a = T.add
    a("rev", "reverse mapping checking getaddrinfo for @{host} [@{ip}] "
      "failed - POSSIBLE BREAK-IN ATTEMPT!")
    a("maps", "Address @{ip} maps to @{host}, but this does not map back "
      "to the address - POSSIBLE BREAK-IN ATTEMPT!")
    a("inv", "Invalid user @{user} from @{ip}")
    a("inreq", "input_userauth_request: invalid user @{user} [preauth]")
    a("chk", "pam_unix(sshd:auth): check pass; user unknown")
    a("af", "pam_unix(sshd:auth): authentication failure; " + PAM_TAIL)
    a("afu", "pam_unix(sshd:auth): authentication failure; " + PAM_TAIL +
      "  user=@{user}")
    a("fp", "Failed password for @{user} from @{ip} port @{port} ssh2")
    a("fpi", "Failed password for invalid user @{user} from @{ip} port "
      "@{port} ssh2")
    a("fni", "Failed none for invalid user @{user} from @{ip} port "
      "@{port} ssh2")
    a("rep", "message repeated @{n} times: [ Failed password for @{user} "
      "from @{ip} port @{port} ssh2]")
    a("repi", "message repeated @{n} times: [ Failed password for invalid "
      "user @{user} from @{ip} port @{port} ssh2]")
    a("toomany", "Disconnecting: Too many authentication failures for "
      "@{user} [preauth]")
    a("pmu", "PAM @{n} more authentication failures; " + PAM_TAIL +
      "  user=@{user}")
    a("pm", "PAM @{n} more authentication failures; " + PAM_TAIL)
    a("pm1u", "PAM @{n} more authentication failure; " + PAM_TAIL +
      "  user=@{user}")
    a("ign", "PAM service(sshd) ignoring max retries; @{n} > @{m}")
    a("bye", "Received disconnect from @{ip}: @{code}: Bye Bye [preauth]")
    a("cdur", "Received disconnect from @{ip}: @{code}: Closed due to user "
      "request. [preauth]")
    a("norm", "Received disconnect from @{ip}: @{code}: Normal Shutdown, "
      "Thank you for playing [preauth]")
    a("dbu", "Received disconnect from @{ip}: @{code}: disconnected by user")
    a("nomore", "error: Received disconnect from @{ip}: @{code}: No more "
      "user authentication methods available. [preauth]")
    a("jsch", "error: Received disconnect from @{ip}: @{code}: "
      "com.jcraft.jsch.JSchException: Auth fail [preauth]")
    a("closed", "Connection closed by @{ip} [preauth]")
    a("noid", "Did not receive identification string from @{ip}")
    a("fatal", "fatal: Write failed: Connection reset by peer [preauth]")
    a("acc", "Accepted password for @{user} from @{ip} port @{port} ssh2")
    a("sopen", "pam_unix(sshd:session): session opened for user @{user} by "
      "(uid=@{uid})")
    a("sclose", "pam_unix(sshd:session): session closed for user @{user}")
    a("badproto", "Bad protocol version identification @{ident} from @{ip} "
      "port @{port}")
    return T


class Attacker:
    def __init__(self, ip, host, revfail, maps, kind, users, end):
        self.ip, self.host, self.revfail, self.maps = ip, host, revfail, maps
        self.kind, self.users, self.end = kind, users, end
        self.i = 0

    @property
    def rhost(self):
        # pam shows the resolved name when reverse DNS is consistent
        return self.host if (self.host and not self.revfail
                             and not self.maps) else self.ip


def _host(rng, ip):
    r = rng.random()
    a, b, c, d = ip.split(".")
    if r < 0.35:
        # digit-free host name
        name = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4)))
        pre = rng.choice(["", "", "mail.", "ns.", "www.", "smtp.", "vps.",
                          "server.", "host.", "static."])
        return pre + name + "." + rng.choice(TLDS)
    if r < 0.6:
        return "%s-%s-%s-%s.%s.%s" % (a, b, c, d, rng.choice(
            ["static", "dynamic", "broad", "dsl", "pool", "cust"]),
            "".join(rng.choice(SYL) for _ in range(2)) + "." +
            rng.choice(TLDS))
    if r < 0.75:
        return "ec2-%s-%s-%s-%s.%s.compute.amazonaws.com" % (
            a, b, c, d, rng.choice(["ap-northeast-1", "us-west-2",
                                    "eu-central-1", "ap-southeast-1"]))
    if r < 0.9:
        return "%s.%s.%s.%s.%s.%s" % (d, c, b, a, rng.choice(
            ["broad.qd.sd.dynamic", "static.gz.gd", "adsl-pool.sx",
             "broad.xw.sh.dynamic"]), "163data.com.cn")
    return "unassigned.%s.%s" % (
        "".join(rng.choice(SYL) for _ in range(3)), rng.choice(TLDS))


def build():
    rng = random.Random(SEED)
    T = templates()
    vg = ValueGen(rng)
    users = Pool(ALL_USERS, s=0.75, offset=3.0)

    def R(key, **kw):
        return (key, T[key].render(vg, **kw))

    # ---- attacker population ------------------------------------------
    kinds = ["root"] * 10 + ["dict"] * 8 + ["mixed"] * 2 + ["scan"] * 3 + \
        ["jsch", "nomore", "none"]
    head = ["root", "dict", "root", "mixed", "dict", "scan", "root"]
    attackers = []
    for i in range(70):
        ip = vg.g_ip(None)
        host = _host(rng, ip) if rng.random() < 0.6 else None
        revfail = bool(host) and rng.random() < 0.55
        maps = bool(host) and not revfail and rng.random() < 0.25
        kind = head[i] if i < len(head) else rng.choice(kinds)
        # dictionary attackers sweep their own list (bursts of names)
        start = rng.randint(0, len(ALL_USERS) - 1)
        step = rng.choice([1, 1, 1, 7, 13])
        ulist = [ALL_USERS[(start + j * step) % len(ALL_USERS)]
                 for j in range(120)]
        if rng.random() < 0.3:
            ulist = [users.draw(rng) for _ in range(120)]
        end = rng.choice(["bye", "bye", "bye", "bye", "closed", "closed",
                          "cdur", "norm", "fatal"])
        attackers.append(Attacker(ip, host, revfail, maps, kind, ulist, end))
    att_pool = Pool(attackers, s=1.1, offset=1.5)
    legit_users = ["fztu", "curi", "jmzhu", "hxu", "lyang", "sqchen"]
    legit_ips = [vg.g_ip(None) for _ in range(5)]

    def port():
        return rng.randint(30000, 65000) if rng.random() < 0.7 else \
            rng.randint(1025, 65535)

    def prefix(a):
        out = []
        if a.revfail:
            out.append(R("rev", host=a.host, ip=a.ip))
        elif a.maps:
            out.append(R("maps", ip=a.ip, host=a.host))
        return out

    def ending(a, kind=None):
        e = kind or a.end
        if rng.random() < 0.12:
            e = rng.choice(["bye", "closed"])
        if e == "bye":
            return [R("bye", ip=a.ip, code=11)]
        if e == "closed":
            return [R("closed", ip=a.ip)]
        if e == "cdur":
            return [R("cdur", ip=a.ip, code=11)]
        if e == "norm":
            return [R("norm", ip=a.ip, code=11)]
        if e == "fatal":
            return [R("fatal")]
        return []

    def pam_tail(a, n, user):
        # pam cleanup after n+1 failed attempts on one connection
        if user is None:
            return [R("pm", n=n, uid=0, euid=0, rhost=a.rhost)]
        if n == 1:
            return [R("pm1u", n=n, uid=0, euid=0, rhost=a.rhost,
                      user=user)]
        return [R("pmu", n=n, uid=0, euid=0, rhost=a.rhost, user=user)]

    def sess_root(a, user="root"):
        out = prefix(a)
        p = port()
        out.append(R("afu", uid=0, euid=0, rhost=a.rhost, user=user))
        out.append(R("fp", user=user, ip=a.ip, port=p))
        tries = rng.choice([1, 1, 1, 1, 2, 3, 6, 6, 6])
        if tries > 1:
            out.append(R("rep", n=tries - 1, user=user, ip=a.ip, port=p))
        if tries >= 6:
            out.append(R("toomany", user=user))
            out += pam_tail(a, tries - 1, user)
            out.append(R("ign", n=tries, m=3))
        else:
            out += ending(a)
            if tries > 1:
                out += pam_tail(a, tries - 1, user)
        return out

    def next_user(a):
        u = a.users[a.i % len(a.users)]
        a.i += 1
        if rng.random() < 0.012:
            u = ""  # empty user name: "Invalid user  from ..."
        return u

    def sess_invalid(a):
        out = prefix(a)
        u = next_user(a)
        p = port()
        out.append(R("inv", user=u, ip=a.ip))
        out.append(R("inreq", user=u))
        if a.kind == "none" or (a.kind == "jsch" and rng.random() < 0.6):
            out.append(R("fni", user=u, ip=a.ip, port=p))
            if a.kind == "jsch":
                out.append(R("jsch", ip=a.ip, code=3))
            else:
                out += ending(a, "closed")
            return out
        out.append(R("chk"))
        out.append(R("af", uid=0, euid=0, rhost=a.rhost))
        out.append(R("fpi", user=u, ip=a.ip, port=p))
        tries = rng.choice([1, 1, 1, 1, 1, 1, 2, 3])
        if tries > 1:
            out.append(R("repi", n=tries - 1, user=u, ip=a.ip, port=p))
        if a.kind == "nomore" and rng.random() < 0.7:
            out.append(R("nomore", ip=a.ip, code=14))
        else:
            out += ending(a)
        if tries > 1:
            out += pam_tail(a, tries - 1, None)
        return out

    def sess_scan(a):
        r = rng.random()
        if r < 0.55:
            return prefix(a) + [R("noid", ip=a.ip)]
        if r < 0.9:
            return prefix(a) + [R("closed", ip=a.ip)]
        if r < 0.97:
            return [R("badproto", ident=rng.choice(
                ["'GET / HTTP/1.1'", "'GET / HTTP/1.0'",
                 "'\\026\\003\\001'", "'Cookie: mstshash=Administr'",
                 "'HEAD / HTTP/1.1'", "'SSH-2.0-libssh-0.2'"]),
                ip=a.ip, port=port())]
        return [R("nomore", ip=a.ip, code=14)]

    def sess_legit():
        u = rng.choice(legit_users)
        ip = rng.choice(legit_ips)
        opened = [R("acc", user=u, ip=ip, port=port()),
                  R("sopen", user=u, uid=0)]
        closed = [R("dbu", ip=ip, code=11), R("sclose", user=u)]
        return opened, closed

    # ---- interleaving ---------------------------------------------------
    stream = []
    pending = []  # (due index, lines) for legit session ends
    a_cur = None
    burst_left = 0
    while len(stream) < 2100:
        for d, lines in list(pending):
            if len(stream) >= d:
                stream.extend(lines)
                pending.remove((d, lines))
        if rng.random() < 0.012:
            o, c = sess_legit()
            stream.extend(o)
            pending.append((len(stream) + rng.randint(20, 400), c))
            continue
        if burst_left <= 0 or a_cur is None:
            a_cur = att_pool.draw(rng)
            burst_left = rng.randint(1, 25)
        burst_left -= 1
        a = a_cur
        k = a.kind
        if k == "root":
            lines = sess_root(a)
        elif k in ("dict", "none", "jsch", "nomore"):
            lines = sess_invalid(a)
        elif k == "mixed":
            if rng.random() < 0.5:
                lines = sess_root(a, rng.choice(["root", "root", "admin",
                                                 "bin", "nobody", "mysql",
                                                 "ftp", "www-data"]))
            else:
                lines = sess_invalid(a)
        else:
            lines = sess_scan(a)
        stream.extend(lines)

    def render_one(key):
        # single instance of a template that the simulation did not emit
        a = attackers[3]
        kw = dict(user=users.draw(rng), ip=a.ip, host=a.host or "localhost",
                  rhost=a.rhost, port=port(), n=2, m=3, code=11, uid=0,
                  euid=0, ident="'GET / HTTP/1.1'")
        return T[key].render(vg, **kw)

    stream = finish_stream(rng, stream, T, render_one)
    return T, stream
