"""OpenSSH (Loghub "SSH"/LabSZ-like) imitation: sshd messages of a server
under SSH brute force, simulated connection by connection and merged by
time (so lines of parallel connections interleave as in the real log)."""

import random

from common import T

SEED = 20240535

TPL = {
    "revmap": T("reverse mapping checking getaddrinfo for %{host} [%{ip}] failed - POSSIBLE BREAK-IN ATTEMPT!"),
    "addrmap": T("Address %{ip} maps to %{host}, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!"),
    "invalid": T("Invalid user %{user} from %{ip}"),
    "inputreq": T("input_userauth_request: invalid user %{user} [preauth]"),
    "checkpass": T("pam_unix(sshd:auth): check pass; user unknown"),
    "authfail": T("pam_unix(sshd:auth): authentication failure; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}"),
    "authfail_user": T("pam_unix(sshd:auth): authentication failure; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}  user=%{user}"),
    "failinv": T("Failed password for invalid user %{user} from %{ip} port %{port} ssh2"),
    "failnone": T("Failed none for invalid user %{user} from %{ip} port %{port} ssh2"),
    "fail": T("Failed password for %{user} from %{ip} port %{port} ssh2"),
    "repeated": T("message repeated %{n} times: [ Failed password for %{user} from %{ip} port %{port} ssh2]"),
    "closed": T("Connection closed by %{ip} [preauth]"),
    "byebye": T("Received disconnect from %{ip}: 11: Bye Bye [preauth]"),
    "byuser": T("Received disconnect from %{ip}: 11: disconnected by user"),
    "toomany": T("Disconnecting: Too many authentication failures for %{user} [preauth]"),
    "pammore_user": T("PAM %{n} more authentication failures; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}  user=%{user}"),
    "pammore": T("PAM %{n} more authentication failures; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}"),
    "pamone_user": T("PAM %{n} more authentication failure; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}  user=%{user}"),
    "maxretries": T("PAM service(sshd) ignoring max retries; %{n} > %{m}"),
    "noident": T("Did not receive identification string from %{ip}"),
    "accepted": T("Accepted password for %{user} from %{ip} port %{port} ssh2"),
    "sess_open": T("pam_unix(sshd:session): session opened for user %{user} by (uid=%{uid})"),
    "sess_close": T("pam_unix(sshd:session): session closed for user %{user}"),
    "jsch_fail": T("error: Received disconnect from %{ip}: 3: com.jcraft.jsch.JSchException: Auth fail [preauth]"),
    "jsch_cancel": T("error: Received disconnect from %{ip}: 3: com.jcraft.jsch.JSchException: Auth cancel [preauth]"),
    "writefail": T("fatal: Write failed: Connection reset by peer [preauth]"),
}

INVALID_USERS = [
    "admin", "test", "oracle", "postgres", "user", "guest", "ubnt", "support",
    "pi", "git", "ftpuser", "nagios", "webmaster", "test9", "user1", "admin1",
    "123456", "0", "1234", "ts3", "teamspeak", "vagrant", "ubuntu", "hadoop",
    "zhangyan", "www", "mysql", "tomcat", "default", "administrator",
    "PlcmSpIp", "operator", "sales", "info", "butter", "jenkins",
    "deploy", "student", "minecraft", "demo", "fax", "cisco", "a", "vnc",
    "ftp", "service", "web", "monitor", "ghost", "xbmc", "osmc",
    "bob", "sysadmin", "user2", "test1", "test123", "odoo", "redis", "es",
    "zabbix", "svn", "nexus", "dev", "yarn", "spark", "ts", "pos", "cron",
]

RDNS_DIGITFREE = [
    "ns.marryaldkfaczcz.com", "mail.tyaoniu.com", "undefined.hostname.localhost",
    "customer.worldstream.nl", "unassigned.psychz.net", "static.vnpt.vn",
    "nsg-static.airtelbroadband.in", "no-reverse-dns-configured.com",
    "mail.hnkjt.gov.cn", "server.hostingcentr.ru",
]

RDNS_FMT = [
    "{a}-{b}-{c}-{d}.dynamic-dsl-ip.omantel.net.om",
    "ec2-{a}-{b}-{c}-{d}.cn-north-1.compute.amazonaws.com.cn",
    "{d}.{c}.{b}.{a}.broad.gz.gd.dynamic.163data.com.cn",
    "{a}-{b}-{c}-{d}.speedy.com.ar",
    "host-{a}-{b}-{c}-{d}.static.kpn.net",
    "{a}.{b}.{c}.{d}.static.zoot.jp",
    "{d}-{c}-{b}-{a}.rev.cloud.scaleway.com",
    "static-{a}-{b}-{c}-{d}.ipcom.comunitel.net",
    "{a}{b}{c}{d}.ip.hinet.net",
]

FIXED_IPS = ["183.62.140.253", "187.141.143.180", "103.99.0.122",
             "112.95.230.3", "5.188.10.180", "185.190.58.151",
             "173.234.31.186", "52.80.34.196", "212.47.254.145",
             "5.36.59.76", "104.192.3.34", "195.154.37.122"]
LEGIT_IP = "119.137.62.142"


def rand_ip(rng):
    while True:
        a = rng.choice([1, 5, 14, 27, 36, 42, 46, 58, 60, 61, 77, 78, 91, 95,
                        103, 106, 109, 110, 112, 113, 115, 116, 117, 118, 119,
                        121, 122, 123, 125, 139, 146, 153, 159, 163, 168, 171,
                        175, 177, 179, 180, 181, 182, 183, 185, 186, 187, 188,
                        189, 190, 191, 193, 195, 197, 200, 201, 202, 203, 210,
                        211, 212, 213, 217, 218, 219, 220, 221, 222])
        ip = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255),
                              rng.randint(1, 254))
        return ip


class Source(object):
    def __init__(self, rng, ip=None):
        self.ip = ip or rand_ip(rng)
        a, b, c, d = self.ip.split(".")
        r = rng.random()
        self.revmap = None      # name for the failing reverse mapping check
        self.addrmap = None     # name for "Address .. maps to .."
        if r < 0.30:
            self.revmap = rng.choice(RDNS_DIGITFREE + [
                rng.choice(RDNS_FMT).format(a=a, b=b, c=c, d=d)])
            self.rhost = self.ip
        elif r < 0.34:
            self.addrmap = rng.choice(RDNS_FMT).format(a=a, b=b, c=c, d=d)
            self.rhost = self.ip
        elif r < 0.66:
            self.rhost = rng.choice(RDNS_FMT).format(a=a, b=b, c=c, d=d)
        else:
            self.rhost = self.ip


def simulate(rng):
    ev = []          # (time, seq, line, template)
    seq = [0]

    def emit(t, key, **vals):
        line, tpl = TPL[key].render(**vals)
        seq[0] += 1
        ev.append((t, seq[0], line, tpl))

    def port():
        return str(rng.randint(1025, 65500))

    def conn_start(t, src):
        if src.revmap:
            emit(t, "revmap", host=src.revmap, ip=src.ip)
        elif src.addrmap:
            emit(t, "addrmap", ip=src.ip, host=src.addrmap)

    def root_conn(t, src, attempts, user="root", force_toomany=False,
                  jsch=False):
        p = port()
        conn_start(t, src)
        t += rng.uniform(0.0, 0.4)
        emit(t, "authfail_user", uid="0", rhost=src.rhost, user=user)
        t += rng.uniform(1.5, 3.0)
        emit(t, "fail", user=user, ip=src.ip, port=p)
        rest = attempts - 1
        # rsyslog collapses identical consecutive messages of one process
        while rest > 0:
            t += rng.uniform(1.5, 3.5)
            if rest >= 2 and rng.random() < 0.55:
                k = rng.randint(2, rest)
                emit(t, "repeated", n=str(k), user=user, ip=src.ip, port=p)
                rest -= k
            else:
                emit(t, "fail", user=user, ip=src.ip, port=p)
                rest -= 1
        t += rng.uniform(0.1, 1.0)
        if force_toomany:
            emit(t, "toomany", user=user)
        elif jsch:
            emit(t, "jsch_fail" if rng.random() < 0.7 else "jsch_cancel",
                 ip=src.ip)
        elif rng.random() < 0.9:
            emit(t, "byebye", ip=src.ip)
        elif rng.random() < 0.6:
            emit(t, "closed", ip=src.ip)
        else:
            emit(t, "writefail")
        if attempts > 1:
            t += 0.01
            if attempts == 2:
                emit(t, "pamone_user", n="1", uid="0", rhost=src.rhost,
                     user=user)
            else:
                emit(t, "pammore_user", n=str(attempts - 1), uid="0",
                     rhost=src.rhost, user=user)
            if attempts > 3:
                emit(t + 0.01, "maxretries", n=str(attempts), m="3")
        return t

    def invalid_conn(t, src, user, attempts, force_toomany=False):
        p = port()
        conn_start(t, src)
        t += rng.uniform(0.0, 0.3)
        emit(t, "invalid", user=user, ip=src.ip)
        emit(t + 0.001, "inputreq", user=user)
        if rng.random() < 0.08:
            emit(t + 0.002, "failnone", user=user, ip=src.ip, port=p)
        emit(t + 0.003, "checkpass")
        emit(t + 0.004, "authfail", uid="0", rhost=src.rhost)
        t += rng.uniform(1.5, 4.0)
        emit(t, "failinv", user=user, ip=src.ip, port=p)
        for _ in range(attempts - 1):
            t += rng.uniform(1.0, 3.0)
            if rng.random() < 0.5:
                emit(t, "checkpass")
                emit(t, "failinv", user=user, ip=src.ip, port=p)
            else:
                emit(t, "failinv", user=user, ip=src.ip, port=p)
        t += rng.uniform(0.1, 1.0)
        r = rng.random()
        if force_toomany:
            emit(t, "toomany", user=user)
        elif r < 0.70:
            emit(t, "byebye", ip=src.ip)
        else:
            emit(t, "closed", ip=src.ip)
        if attempts > 1:
            emit(t + 0.01, "pammore", n=str(attempts - 1), uid="0",
                 rhost=src.rhost)
            if attempts > 3:
                emit(t + 0.02, "maxretries", n=str(attempts), m="3")
        return t

    sources = [Source(rng, ip) for ip in FIXED_IPS]
    sources += [Source(rng) for _ in range(70)]
    # campaign plan: (start, kind, source, size)
    t = 0.0
    campaigns = []
    while t < 36000:
        r = rng.random()
        src = sources[min(int(rng.paretovariate(0.9)) - 1, len(sources) - 1)] \
            if rng.random() < 0.5 else rng.choice(sources)
        if r < 0.40:
            campaigns.append((t, "root", src, rng.randint(3, 40)))
        elif r < 0.72:
            campaigns.append((t, "dict", src, rng.randint(3, 35)))
        elif r < 0.86:
            campaigns.append((t, "scan", src, rng.randint(1, 3)))
        elif r < 0.91:
            campaigns.append((t, "otheruser", src, rng.randint(1, 6)))
        elif r < 0.94:
            campaigns.append((t, "legit", None, 1))
        else:
            campaigns.append((t, "jsch", src, rng.randint(1, 3)))
        t += rng.expovariate(1 / 420.0)
    did_toomany = 0
    for (t0, kind, src, size) in campaigns:
        t = t0
        if kind == "root":
            par = rng.choice([1, 1, 2, 3])
            lanes = [t + rng.uniform(0, 3) for _ in range(par)]
            for i in range(size):
                j = i % par
                att = min(6, max(1, int(rng.expovariate(1 / 2.2)) + 1))
                force = False
                if att == 6 and did_toomany < 1 and rng.random() < 0.5:
                    force = True
                    did_toomany += 1
                lanes[j] = root_conn(lanes[j], src, att, force_toomany=force) \
                    + rng.uniform(0.5, 6)
        elif kind == "dict":
            start = rng.randrange(len(INVALID_USERS))
            for i in range(size):
                user = INVALID_USERS[(start + i * rng.choice([1, 1, 2]))
                                     % len(INVALID_USERS)]
                att = 1 if rng.random() < 0.85 else rng.randint(2, 5)
                t = invalid_conn(t, src, user, att) + rng.uniform(0.5, 8)
        elif kind == "otheruser":
            for i in range(size):
                u = rng.choice(["nobody", "bin", "daemon", "uucp", "www-data",
                                "sshd", "mail", "news", "backup", "sys"])
                t = root_conn(t, src, rng.randint(1, 3), user=u) + 2
        elif kind == "scan":
            for i in range(size):
                conn_start(t, src)
                if rng.random() < 0.55:
                    emit(t + 0.1, "noident", ip=src.ip)
                else:
                    emit(t + 0.1, "closed", ip=src.ip)
                t += rng.uniform(1, 30)
        elif kind == "jsch":
            for i in range(size):
                t = root_conn(t, src, rng.randint(1, 2), jsch=True) + 1
        elif kind == "legit":
            p = port()
            emit(t, "accepted", user="fztu", ip=LEGIT_IP, port=p)
            emit(t + 0.02, "sess_open", user="fztu", uid="0")
            d = rng.uniform(60, 3000)
            emit(t + d, "byuser", ip=LEGIT_IP)
            emit(t + d + 0.01, "sess_close", user="fztu")
    ev.sort()
    # rare kinds: placed inside the window that the first 2,000 lines cover
    horizon = ev[1799][0]
    invalid_conn(horizon * 0.05, sources[6], "admin", 6, force_toomany=True)
    addr_srcs = [s for s in sources if s.addrmap][:3]
    for i, s in enumerate(addr_srcs):
        invalid_conn(horizon * (0.2 + 0.25 * i), s,
                     rng.choice(INVALID_USERS), 1)
    root_conn(horizon * 0.63, sources[11], 1, jsch=True)
    emit(horizon * 0.63 + 30, "jsch_cancel", ip=sources[11].ip)
    for i in range(9):
        s = rng.choice(sources)
        emit(horizon * rng.random(), "noident", ip=s.ip)
    for frac in (0.12, 0.55):
        t = horizon * frac
        emit(t, "accepted", user="fztu", ip=LEGIT_IP, port=port())
        emit(t + 0.02, "sess_open", user="fztu", uid="0")
        d = horizon * 0.2
        emit(t + d, "byuser", ip=LEGIT_IP)
        emit(t + d + 0.01, "sess_close", user="fztu")
    ev.sort()
    return [(line, tpl) for (_, _, line, tpl) in ev]


def generate(n=2000):
    rng = random.Random(SEED)
    rows = simulate(rng)
    if len(rows) < n:
        raise RuntimeError("simulation too short: %d" % len(rows))
    return rows[:n]
