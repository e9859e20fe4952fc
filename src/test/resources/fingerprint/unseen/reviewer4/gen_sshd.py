import random
from common import Log, rand_ip, write_system

r = random.Random(4101)
L = Log()
USERS = ("admin oracle test guest ubnt support git postgres user ftpuser nagios pi mysql www-data "
         "tomcat jenkins hadoop deploy ubuntu centos administrator webmaster info sales backup operator "
         "michael david alex student teacher demo temp server minecraft teamspeak ts3 user1 test123 "
         "vagrant ansible zabbix redis elastic es odoo apache nginx dev developer mailman uucp "
         "bin daemon nobody ftp anonymous sysadmin manager office Admin PlcmSpIp butter cisco "
         "default router").split()
VALID = ["root", "fztu", "ops", "backup"]
HOSTS = ["ns.marryaldkfaczcz.com", "mail.zsjxb.com", "static.vnpt.vn", "customer.worldstream.nl",
         "host-187-141-143-180.static.telmex.net.mx", "5.36.59.76.dynamic-dsl-ip.omantel.net.om",
         "208.179.100.202.static.bjtelecom.net", "undefined.hostname.localhost", "ip-43-255-188-12.hostyourweb.in",
         "li1043-163.members.linode.com", "unassigned.psychz.net", "no-rdns.example.cn", "h43.vpsnet.ru"]
ATTACKERS = [rand_ip(r) for _ in range(40)]
ME = "112.95.230.3"
t_pid = [24200]

def pid():
    t_pid[0] += r.randint(1, 9)
    return t_pid[0]

def port():
    return r.randint(1024, 65535)

def rhost(ip):
    return r.choice(HOSTS) if r.random() < 0.25 else ip

def brute_invalid(ip):
    n = r.randint(1, 4)
    if r.random() < 0.3:
        L.emit("reverse mapping checking getaddrinfo for <*> [<*>] failed - POSSIBLE BREAK-IN ATTEMPT!", r.choice(HOSTS), ip)
    for _ in range(n):
        u = r.choice(USERS)
        L.emit("Invalid user <*> from <*>", u, ip)
        L.emit("input_userauth_request: invalid user <*> [preauth]", u)
        L.emit("pam_unix(sshd:auth): check pass; user unknown")
        L.emit("pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>", 0, 0, rhost(ip))
        L.emit("Failed password for invalid user <*> from <*> port <*> ssh2", u, ip, port())
        k = r.random()
        if k < 0.45:
            L.emit("Received disconnect from <*>: <*>: Bye Bye [preauth]", ip, 11)
        elif k < 0.6:
            L.emit("Received disconnect from <*> port <*>:<*>: Bye Bye [preauth]", ip, port(), 11)
        elif k < 0.7:
            L.emit("Disconnected from invalid user <*> <*> port <*> [preauth]", u, ip, port())
        elif k < 0.85:
            L.emit("Connection closed by <*> [preauth]", ip)
        else:
            L.emit("Received disconnect from <*>: <*>: normal, bye bye [preauth]", ip, 11)

def brute_root(ip):
    u = "root" if r.random() < 0.85 else r.choice(VALID[1:])
    if r.random() < 0.3:
        L.emit("Address <*> maps to <*>, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!", ip, r.choice(HOSTS))
    L.emit("pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>  user=<*>", 0, 0, rhost(ip), u)
    p = port()
    L.emit("Failed password for <*> from <*> port <*> ssh2", u, ip, p)
    k = r.randint(1, 6)
    if k > 1 and r.random() < 0.6:
        L.emit("message repeated <*> times: [ Failed password for <*> from <*> port <*> ssh2]", k - 1, u, ip, p)
    elif k > 1:
        for _ in range(k - 1):
            L.emit("Failed password for <*> from <*> port <*> ssh2", u, ip, p)
    if k >= 6:
        L.emit("error: maximum authentication attempts exceeded for <*> from <*> port <*> ssh2 [preauth]", u, ip, p)
        L.emit("Disconnecting: Too many authentication failures for <*> [preauth]", u)
        L.emit("PAM <*> more authentication failures; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>  user=<*>", 5, 0, 0, rhost(ip), u)
        L.emit("PAM service(sshd) ignoring max retries; <*> > <*>", 6, 3)
    elif k > 1:
        L.emit("PAM <*> more authentication failures; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>  user=<*>", k - 1, 0, 0, rhost(ip), u)
        L.emit("Received disconnect from <*>: <*>: Bye Bye [preauth]", ip, 11)
    else:
        if r.random() < 0.5:
            L.emit("Connection closed by <*> [preauth]", ip)
        else:
            L.emit("Received disconnect from <*>: <*>: Bye Bye [preauth]", ip, 11)

def brute_invalid_repeat(ip):
    u = r.choice(USERS)
    p = port()
    L.emit("Invalid user <*> from <*>", u, ip)
    L.emit("input_userauth_request: invalid user <*> [preauth]", u)
    L.emit("pam_unix(sshd:auth): check pass; user unknown")
    L.emit("pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>", 0, 0, rhost(ip))
    L.emit("Failed password for invalid user <*> from <*> port <*> ssh2", u, ip, p)
    n = r.randint(2, 5)
    L.emit("message repeated <*> times: [ Failed password for invalid user <*> from <*> port <*> ssh2]", n, u, ip, p)
    L.emit("PAM <*> more authentication failures; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>", n, 0, 0, rhost(ip))
    L.emit("error: Received disconnect from <*>: <*>: No more user authentication methods available. [preauth]", ip, 14)

def scanner(ip):
    k = r.random()
    if k < 0.45:
        L.emit("Did not receive identification string from <*>", ip)
    elif k < 0.75:
        L.emit("Bad protocol version identification <*> from <*> port <*>",
               r.choice(["'GET / HTTP/1.1'", "'\\003'", "'SSH-1.5-Nmap-SSH1-Hostkey'", "'OPTIONS / RTSP/1.0'", "'HELP'"]), ip, port())
    elif k < 0.9:
        L.emit("Connection closed by <*> port <*> [preauth]", ip, port())
    else:
        L.emit("fatal: Read from socket failed: Connection reset by peer [preauth]")

def legit():
    u = r.choice(VALID[1:])
    p = port()
    if r.random() < 0.7:
        L.emit("Accepted password for <*> from <*> port <*> ssh2", u, ME, p)
    else:
        L.emit("Accepted publickey for <*> from <*> port <*> ssh2: RSA SHA256:<*>", u, ME, p,
               "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43)))
    L.emit("pam_unix(sshd:session): session opened for user <*> by (uid=<*>)", u, 0)
    return u, p

pending = []
while len(L.rows) < 2000:
    # occasional legit session start/end
    if r.random() < 0.04:
        pending.append(legit())
    if pending and r.random() < 0.05:
        u, p = pending.pop(0)
        if r.random() < 0.5:
            L.emit("Received disconnect from <*> port <*>:<*>: disconnected by user", ME, p, 11)
            L.emit("Disconnected from user <*> <*> port <*>", u, ME, p)
        L.emit("pam_unix(sshd:session): session closed for user <*>", u)
    ip = r.choice(ATTACKERS) if r.random() < 0.8 else rand_ip(r)
    burst = r.randint(1, 6)
    kind = r.random()
    for _ in range(burst):
        if kind < 0.45:
            brute_invalid(ip)
        elif kind < 0.75:
            brute_root(ip)
        elif kind < 0.85:
            brute_invalid_repeat(ip)
        else:
            scanner(ip)
    if r.random() < 0.01:
        L.emit("Server listening on <*> port <*>.", r.choice(["0.0.0.0", "::"]), 22)
    if r.random() < 0.005:
        L.emit("Received signal <*>; terminating.", 15)
write_system("Sshd", L)
