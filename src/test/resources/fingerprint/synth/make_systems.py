#!/usr/bin/env python3
"""Synthetic log systems with digit-free variables and ground truth, for grouping checks.

Written for logsift from the shape of well-known formats (a Windows proxy client, an SSH server,
a desktop OS syslog, a phone health app, an nginx/Envoy front); no line is copied from any data
set. Each system is 2,000 lines in the Loghub-2k layout the shared evaluator reads:
<out>/<S>/<S>_2k.content.txt and <S>_2k.log_structured_corrected.csv (LineId, EventTemplate).
Variables are drawn from pools (host names, sub-domains, user names, process names, words) with a
skewed frequency, like real traffic; templates are drawn with Zipf-like weights.

  python3 make_systems.py --out target/synth [--seed 1]
Design systems (look at their errors while tuning): Proxy, Web. Held out (numbers only): Sshd,
Desktop, Health, and Vpn and Db (written after the learning stage, scored only).
"""
import argparse, csv, os, random, string

W = ["alpha", "beta", "gamma", "delta", "omega", "kappa", "sigma", "lambda", "zeta", "theta", "orion", "vega",
     "lyra", "draco", "hydra", "atlas", "titan", "nova", "comet", "pulsar", "quasar", "nebula", "falcon", "eagle",
     "otter", "badger", "walrus", "lynx", "puma", "cobra", "viper", "raven", "robin", "heron", "crane", "finch"]
NAMES = ["root", "admin", "test", "oracle", "guest", "user", "postgres", "ubnt", "pi", "ftpuser", "git", "mysql",
         "support", "info", "backup", "www", "web", "nagios", "hadoop", "tomcat", "jenkins", "deploy", "ubuntu",
         "centos", "ec2", "student", "teacher", "office", "sales", "demo", "master", "default", "operator",
         "service", "manager", "monitor", "zabbix", "ansible", "vagrant", "docker", "elastic", "kibana", "redis"]
NAMES += ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar",
          "peggy", "trent", "victor", "walter", "yolanda", "zoe", "maria", "jose", "chen", "wei", "yuki", "hans",
          "pierre", "olga", "fatima", "omar", "priya", "raj", "sven", "ingrid", "paolo", "lucia", "igor", "nina"]
TLD = ["com", "net", "org", "io", "de", "cn", "edu", "co.uk", "fr", "jp"]
DOMAINS = ["google", "dropbox", "microsoft", "apple", "akamai", "cloudfront", "github", "slack", "zoom", "office",
           "yahoo", "bing", "live", "skype", "adobe", "mozilla", "facebook", "twitter", "linkedin", "amazon"]


def word(r, n=None):
    return "".join(r.choice(string.ascii_lowercase) for _ in range(n or r.randint(4, 9)))


def skew(r, pool):
    # a few values are common, most are rare, as in real traffic
    return pool[min(int(r.paretovariate(1.2)) - 1, len(pool) - 1)] if r.random() < 0.6 else r.choice(pool)


def host(r):
    kind = r.random()
    d = r.choice(DOMAINS) + "." + r.choice(TLD)
    if kind < 0.4:
        return r.choice(["www", "api", "clients", "mail", "cdn", "static", "login", "update", "docs", "m"]) + "." + d
    if kind < 0.7:
        return word(r) + "." + d
    return word(r) + "-" + word(r, 3) + "." + word(r) + "." + r.choice(TLD)


def ip(r):
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def proxy(r, n):
    progs = ["chrome.exe", "firefox.exe", "Dropbox.exe", "outlook.exe", "svchost.exe", "Skype.exe", "iexplore.exe",
             "Teams.exe", "git-remote-https.exe", "WeChat.exe", "OneDrive.exe", "slack.exe", "zoom.exe", "code.exe"]
    hosts = [host(r) for _ in range(300)]
    px = "proxy.corp.example.net"

    def hp():
        return "%s:%d" % (skew(r, hosts), r.choice([80, 443, 443, 443, 8080, 5228]))

    def pr():
        return skew(r, progs) + (" *64" if r.random() < 0.2 else "")
    T = [
        (30, "<*> - <*> open through proxy <*> HTTPS", lambda: "%s - %s open through proxy %s:5070 HTTPS" % (pr(), hp(), px)),
        (30, "<*> - <*> close, <*> bytes sent, <*> bytes received, lifetime <*>",
         lambda: "%s - %s close, %d bytes sent, %d bytes received, lifetime %s" % (pr(), hp(), r.randint(0, 9999), r.randint(0, 99999), r.choice(["<1 sec", "00:00", "00:01", "02:13"]))),
        (10, "<*> - <*> close, <*> bytes (<*>) sent, <*> bytes (<*>) received, lifetime <*>",
         lambda: "%s - %s close, %d bytes (%d.%d KB) sent, %d bytes (%d.%d MB) received, lifetime %s" % (pr(), hp(), r.randint(1, 99999), r.randint(1, 99), r.randint(0, 9), r.randint(1, 9999999), r.randint(1, 9), r.randint(0, 9), r.choice(["00:02", "01:40", "12:00"]))),
        (8, "<*> - <*> error : Could not connect through proxy <*> - Proxy server cannot establish a connection with the target, status code <*>",
         lambda: "%s - %s error : Could not connect through proxy %s:5070 - Proxy server cannot establish a connection with the target, status code %d" % (pr(), hp(), px, r.choice([403, 502, 504]))),
        (6, "<*> - <*> error : A connection request was canceled before the completion.",
         lambda: "%s - %s error : A connection request was canceled before the completion." % (pr(), hp())),
        (4, "<*> - <*> open directly", lambda: "%s - %s open directly" % (pr(), hp())),
        (3, "<*> - Could not resolve <*> through proxy", lambda: "%s - Could not resolve %s through proxy" % (pr(), skew(r, hosts))),
        (2, "<*> - <*> error : Could not connect through proxy <*> - Proxy closed the connection unexpectedly.",
         lambda: "%s - %s error : Could not connect through proxy %s:5070 - Proxy closed the connection unexpectedly." % (pr(), hp(), px)),
        (1, "Proxy server profile changed to <*>", lambda: "Proxy server profile changed to %s" % r.choice(["Default", "Office", "Home", "Travel"])),
    ]
    return T


def sshd(r, n):
    users = NAMES
    hosts = [host(r) for _ in range(120)]

    def u():
        return skew(r, users)

    def port():
        return r.randint(1024, 65000)
    T = [
        (20, "Invalid user <*> from <*>", lambda: "Invalid user %s from %s" % (u(), ip(r))),
        (20, "input_userauth_request: invalid user <*> [preauth]", lambda: "input_userauth_request: invalid user %s [preauth]" % u()),
        (18, "Failed password for invalid user <*> from <*> port <*> ssh2", lambda: "Failed password for invalid user %s from %s port %d ssh2" % (u(), ip(r), port())),
        (15, "Failed password for <*> from <*> port <*> ssh2", lambda: "Failed password for %s from %s port %d ssh2" % (u(), ip(r), port())),
        (12, "pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*> user=<*>",
         lambda: "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s" % (r.choice([ip(r), skew(r, hosts)]), u())),
        (10, "pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>",
         lambda: "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s" % r.choice([ip(r), skew(r, hosts)])),
        (10, "reverse mapping checking getaddrinfo for <*> [<*>] failed - POSSIBLE BREAK-IN ATTEMPT!",
         lambda: "reverse mapping checking getaddrinfo for %s [%s] failed - POSSIBLE BREAK-IN ATTEMPT!" % (skew(r, hosts), ip(r))),
        (9, "Received disconnect from <*>: <*>: Bye Bye [preauth]", lambda: "Received disconnect from %s: 11: Bye Bye [preauth]" % ip(r)),
        (8, "Connection closed by <*> [preauth]", lambda: "Connection closed by %s [preauth]" % ip(r)),
        (6, "pam_unix(sshd:session): session opened for user <*> by (uid=<*>)", lambda: "pam_unix(sshd:session): session opened for user %s by (uid=0)" % u()),
        (6, "pam_unix(sshd:session): session closed for user <*>", lambda: "pam_unix(sshd:session): session closed for user %s" % u()),
        (5, "Accepted password for <*> from <*> port <*> ssh2", lambda: "Accepted password for %s from %s port %d ssh2" % (u(), ip(r), port())),
        (4, "PAM <*> more authentication failures; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*> user=<*>",
         lambda: "PAM %d more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s" % (r.randint(1, 5), skew(r, hosts), u())),
        (4, "Disconnecting: Too many authentication failures for <*> [preauth]", lambda: "Disconnecting: Too many authentication failures for %s [preauth]" % u()),
        (3, "User <*> from <*> not allowed because not listed in AllowUsers", lambda: "User %s from %s not allowed because not listed in AllowUsers" % (u(), skew(r, hosts))),
        (3, "Did not receive identification string from <*>", lambda: "Did not receive identification string from %s" % ip(r)),
        (2, "Address <*> maps to <*>, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!",
         lambda: "Address %s maps to %s, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!" % (ip(r), skew(r, hosts))),
        (2, "error: Received disconnect from <*>: <*>: com.jcraft.jsch.JSchException: Auth fail [preauth]",
         lambda: "error: Received disconnect from %s: 3: com.jcraft.jsch.JSchException: Auth fail [preauth]" % ip(r)),
        (1, "fatal: Read from socket failed: Connection reset by peer [preauth]", lambda: "fatal: Read from socket failed: Connection reset by peer [preauth]"),
        (1, "Server listening on <*> port <*>.", lambda: "Server listening on %s port 22." % r.choice(["0.0.0.0", "::"])),
    ]
    return T


def desktop(r, n):
    procs = ["kernel", "symptomsd", "sharingd", "cloudd", "mDNSResponder", "WindowServer", "loginwindow", "coreaudiod",
             "bluetoothd", "airportd", "locationd", "powerd", "configd", "syslogd", "UserEventAgent", "Safari", "Mail"]
    users = NAMES[40:]
    images = [word(r) for _ in range(40)]
    services = ["com.apple." + word(r) + "." + word(r) for _ in range(60)]
    ifaces = ["en0", "en1", "awdl0", "utun0", "bridge0", "lo0"]
    T = [
        (15, "<*>: Service exited with abnormal code: <*>", lambda: "%s: Service exited with abnormal code: %d" % (skew(r, services), r.randint(1, 255))),
        (12, "Could not find image named <*>.", lambda: "Could not find image named '%s'." % skew(r, images)),
        (10, "Session <*> for user <*> terminated", lambda: "Session %s for user %s terminated" % (r.choice(["console", "remote", "screen"]), skew(r, users))),
        (10, "ARPT: <*>: wl0: MDNS: IPV4 Addr: <*>", lambda: "ARPT: %d.%06d: wl0: MDNS: IPV4 Addr: %s" % (r.randint(1000, 999999), r.randint(0, 999999), ip(r))),
        (8, "SIOCGIFFLAGS: <*>: Device not configured", lambda: "SIOCGIFFLAGS: %s: Device not configured" % r.choice(ifaces)),
        (8, "Failed to connect to <*> service: connection interrupted", lambda: "Failed to connect to %s service: connection interrupted" % skew(r, services)),
        (7, "Setting default printer for user <*> failed", lambda: "Setting default printer for user %s failed" % skew(r, users)),
        (6, "<*> has no valid code signature, ignoring", lambda: "%s has no valid code signature, ignoring" % skew(r, services)),
        (6, "Unable to resolve host <*>: nodename nor servname provided", lambda: "Unable to resolve host %s: nodename nor servname provided" % host(r)),
        (5, "process <*> is holding a power assertion for <*>", lambda: "process %s is holding a power assertion for %d seconds" % (r.choice(procs).lower(), r.randint(1, 999))),
        (5, "Bluetooth -- LE is supported - Disable LE meta event", lambda: "Bluetooth -- LE is supported - Disable LE meta event"),
        (4, "Wake reason: <*>", lambda: "Wake reason: %s" % r.choice(["RTC (Alarm)", "EC.LidOpen (User)", "XHC1 (User)", "ARPT (Network)"])),
        (4, "network changed: v4(<*>) DNS+ Proxy+ SMB", lambda: "network changed: v4(%s:%s) DNS+ Proxy+ SMB" % (r.choice(ifaces), ip(r))),
        (3, "Cannot open keychain for user <*> at path <*>", lambda: "Cannot open keychain for user %s at path /Users/%s/Library/Keychains/login.keychain-db" % ((lambda x: (x, x))(skew(r, users)))),
        (3, "user <*> is not allowed to use screen sharing", lambda: "user %s is not allowed to use screen sharing" % skew(r, users)),
        (2, "Ignoring request from <*>: bundle not found", lambda: "Ignoring request from %s: bundle not found" % skew(r, services)),
        (2, "Battery is now fully charged", lambda: "Battery is now fully charged"),
        (2, "Thermal pressure level changed to <*>", lambda: "Thermal pressure level changed to %s" % r.choice(["nominal", "moderate", "heavy"])),
        (1, "Time Machine backup to <*> failed: disk not mounted", lambda: "Time Machine backup to %s failed: disk not mounted" % r.choice(["TimeCapsule", "Backups", "External"])),
        (1, "<*>: tcp_connection_destination_perform_socket_connect <*> connectx to <*> failed: <*> - No route to host",
         lambda: "%s: tcp_connection_destination_perform_socket_connect %d connectx to %s:443@0 failed: [65] No route to host" % (r.choice(procs), r.randint(1, 99), ip(r))),
    ]
    return T


def health(r, n):
    comps = ["Step_LSC", "Step_SPUtils", "Step_StandReportReceiver", "HiH_HiSyncControl", "Step_ExtSDM"]
    actions = ["android.intent.action.SCREEN_ON", "android.intent.action.SCREEN_OFF", "android.intent.action.TIME_TICK",
               "android.intent.action.USER_PRESENT", "android.intent.action.BATTERY_CHANGED"]
    T = [
        (20, "onStandStepChanged <*>", lambda: "onStandStepChanged %d" % r.randint(100, 9999)),
        (15, "onExtend:<*> <*> <*> <*>", lambda: "onExtend:%d %d %d %d" % (r.randint(10**12, 10**13), r.randint(0, 99), r.randint(0, 9), r.randint(0, 9))),
        (12, "REPORT : <*> <*> <*> <*>", lambda: "REPORT : %d %d %d %d" % (r.randint(1, 9999), r.randint(1, 9999), r.randint(1, 999999), r.randint(1, 999))),
    ] + [
        # each broadcast action is a statement of its own, as Loghub's HealthApp truth labels it
        (2, "processHandleBroadcastAction action:" + a, lambda a=a: "processHandleBroadcastAction action:" + a) for a in actions
    ] + [
        (10, "flush sensor data", lambda: "flush sensor data"),
        (8, "setTodayTotalDetailSteps=<*>", lambda: "setTodayTotalDetailSteps=%d##%d##%d##%d" % (r.randint(10**12, 10**13), r.randint(1, 9999), r.randint(1, 99999), r.randint(1, 9999))),
        (8, "calculateCaloriesWithCache totalCalories=<*>", lambda: "calculateCaloriesWithCache totalCalories=%d" % r.randint(1000, 999999)),
        (6, "<*> sync to <*> failed, reason <*>", lambda: "%s sync to %s failed, reason %s" % (r.choice(comps), r.choice(["cloud", "watch", "band"]), r.choice(["timeout", "unbound", "denied", "busy"]))),
        (5, "getBinderPackageName packageName = <*>", lambda: "getBinderPackageName packageName = com.%s.%s" % (word(r), word(r))),
        (4, "screen status unknown,think screen on", lambda: "screen status unknown,think screen on"),
        (3, "upLoadOneMinuteDataToEngine time=<*>", lambda: "upLoadOneMinuteDataToEngine time=%d" % r.randint(10**12, 10**13)),
        (3, "user <*> logged in from device <*>", lambda: "user %s logged in from device %s" % (skew(r, NAMES), r.choice(["phone", "watch", "band", "tablet"]))),
        (2, "registerStepListener packageName <*> uid <*>", lambda: "registerStepListener packageName com.%s.%s uid %d" % (word(r), word(r), r.randint(1000, 99999))),
        (1, "initDataPrivacy the user agree the privacy", lambda: "initDataPrivacy the user agree the privacy"),
    ]
    return T


def web(r, n):
    subs = lambda: word(r, 10)
    users = NAMES
    paths = ["orders", "users", "cart", "search", "checkout", "login", "profile", "invoices", "reports", "items"]
    T = [
        (20, "upstream timed out (<*>: Connection timed out) while reading response header from upstream, client: <*>, server: <*>, request: <*>, upstream: <*>, host: <*>",
         lambda: (lambda s, p: "upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s.shop.example.com, request: \"GET /api/%s HTTP/1.1\", upstream: \"http://10.0.%d.%d:8080/api/%s\", host: \"%s.shop.example.com\"" % (ip(r), s, p, r.randint(0, 9), r.randint(1, 250), p, s))(subs(), r.choice(paths))),
        (15, "connect() failed (<*>: Connection refused) while connecting to upstream, client: <*>, server: <*>",
         lambda: "connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: %s.shop.example.com" % (ip(r), subs())),
        (12, "user <*> was not found in \"<*>\"", lambda: "user \"%s\" was not found in \"/etc/nginx/.htpasswd\"" % skew(r, users)),
        (10, "upstream connect error or disconnect/reset before headers. reset reason: <*>",
         lambda: "upstream connect error or disconnect/reset before headers. reset reason: %s" % r.choice(["connection failure", "overflow", "connection termination", "remote reset"])),
        (10, "login failed for user <*>: invalid password", lambda: "login failed for user %s: invalid password" % skew(r, users)),
        (8, "no healthy upstream for cluster <*>", lambda: "no healthy upstream for cluster %s" % r.choice(["payments", "inventory", "users", "search", "auth", "cart", "orders"])),
        (8, "SSL_do_handshake() failed while SSL handshaking to upstream, client: <*>, server: <*>",
         lambda: "SSL_do_handshake() failed (SSL: error:0A000086:SSL routines::certificate verify failed) while SSL handshaking to upstream, client: %s, server: %s.shop.example.com" % (ip(r), subs())),
        (6, "limiting requests, excess: <*> by zone <*>, client: <*>, server: <*>",
         lambda: "limiting requests, excess: %d.%03d by zone \"api\", client: %s, server: %s.shop.example.com" % (r.randint(1, 50), r.randint(0, 999), ip(r), subs())),
        (4, "open() <*> failed (<*>: No such file or directory)", lambda: "open() \"/usr/share/nginx/html/%s.png\" failed (2: No such file or directory)" % word(r)),
        (3, "account <*> locked after too many failures", lambda: "account %s locked after too many failures" % skew(r, users)),
        # the signal is how the worker died (9 killed, 11 crashed): a statement per signal
        (1, "worker process <*> exited on signal 9", lambda: "worker process %d exited on signal 9" % r.randint(100, 99999)),
        (1, "worker process <*> exited on signal 11", lambda: "worker process %d exited on signal 11" % r.randint(100, 99999)),
    ]
    return T


# Vpn and Db were written after the learning stage was designed and are scored only (held out).
def vpn(r, n):
    users = NAMES
    hosts = [host(r) for _ in range(80)]
    ciphers = ["AES-256-GCM", "AES-128-GCM", "CHACHA20-POLY1305"]

    def cl():
        return "%s/%s:%d" % (skew(r, users), ip(r), r.randint(1024, 65000))
    T = [
        (20, "<*> TLS Error: TLS handshake failed", lambda: "%s TLS Error: TLS handshake failed" % cl()),
        (15, "<*> TLS Auth Error: Auth Username/Password verification failed for peer",
         lambda: "%s TLS Auth Error: Auth Username/Password verification failed for peer" % cl()),
        (12, "<*> Inactivity timeout (--ping-restart), restarting", lambda: "%s Inactivity timeout (--ping-restart), restarting" % cl()),
        (10, "<*> SIGUSR1[soft,ping-restart] received, client-instance restarting",
         lambda: "%s SIGUSR1[soft,ping-restart] received, client-instance restarting" % cl()),
        (10, "<*> MULTI: Learn: <*> -> <*>", lambda: "%s MULTI: Learn: 10.8.%d.%d -> %s" % (cl(), r.randint(0, 9), r.randint(2, 250), cl())),
        (8, "<*> Outgoing Data Channel: Cipher '<*>' initialized with <*> bit key",
         lambda: "%s Outgoing Data Channel: Cipher '%s' initialized with 256 bit key" % (cl(), r.choice(ciphers))),
        (8, "<*> WARNING: Bad encapsulated packet length from peer (<*>), which must be > <*> and <= <*>",
         lambda: "%s WARNING: Bad encapsulated packet length from peer (%d), which must be > 0 and <= 1627" % (cl(), r.randint(2000, 30000))),
        (6, "<*> write UDPv4: Network is unreachable (code=<*>)", lambda: "%s write UDPv4: Network is unreachable (code=101)" % cl()),
        (6, "user <*> authentication failed via plugin for host <*>", lambda: "user %s authentication failed via plugin for host %s" % (skew(r, users), skew(r, hosts))),
        (5, "client <*> rejected by policy group <*> on gateway <*>",
         lambda: "client %s rejected by policy group %s on gateway %s" % (skew(r, users), r.choice(["staff", "contractors", "vendors", "interns", "ops", "finance"]), skew(r, hosts))),
        (3, "Connection reset, restarting [<*>]", lambda: "Connection reset, restarting [0]"),
    ]
    return T


def db(r, n):
    users = NAMES
    dbs = [word(r) for _ in range(25)]
    apps = ["psql", "pgAdmin", "api-server", "worker", "metabase", "airflow"]
    T = [
        (20, "FATAL: password authentication failed for user \"<*>\"",
         lambda: "FATAL:  password authentication failed for user \"%s\"" % skew(r, users)),
        (15, "FATAL: database \"<*>\" does not exist", lambda: "FATAL:  database \"%s\" does not exist" % skew(r, dbs)),
        (12, "FATAL: no pg_hba.conf entry for host \"<*>\", user \"<*>\", database \"<*>\", SSL off",
         lambda: "FATAL:  no pg_hba.conf entry for host \"%s\", user \"%s\", database \"%s\", SSL off" % (ip(r), skew(r, users), skew(r, dbs))),
        (12, "connection authorized: user=<*> database=<*> application_name=<*>",
         lambda: "connection authorized: user=%s database=%s application_name=%s" % (skew(r, users), skew(r, dbs), r.choice(apps))),
        (10, "FATAL: role \"<*>\" does not exist", lambda: "FATAL:  role \"%s\" does not exist" % skew(r, users)),
        (8, "FATAL: terminating connection due to administrator command", lambda: "FATAL:  terminating connection due to administrator command"),
        (8, "ERROR: permission denied for table <*>", lambda: "ERROR:  permission denied for table %s" % word(r)),
        (6, "LOG: could not receive data from client: Connection reset by peer", lambda: "LOG:  could not receive data from client: Connection reset by peer"),
        (6, "ERROR: canceling statement due to statement timeout", lambda: "ERROR:  canceling statement due to statement timeout"),
        (4, "FATAL: remaining connection slots are reserved for non-replication superuser connections",
         lambda: "FATAL:  remaining connection slots are reserved for non-replication superuser connections"),
        (3, "LOG: checkpoint starting: <*>", lambda: "LOG:  checkpoint starting: %s" % r.choice(["time", "wal", "immediate force wait"])),
    ]
    return T


SYSTEMS = {"Proxy": proxy, "Web": web, "Sshd": sshd, "Desktop": desktop, "Health": health, "Vpn": vpn, "Db": db}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lines", type=int, default=2000)
    a = ap.parse_args()
    for name, make in SYSTEMS.items():
        r = random.Random("%s-%d" % (name, a.seed))
        T = make(r, a.lines)
        weights = [t[0] for t in T]
        d = os.path.join(a.out, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name + "_2k.content.txt"), "w") as c, \
                open(os.path.join(d, name + "_2k.log_structured_corrected.csv"), "w", newline="") as g:
            w = csv.writer(g)
            w.writerow(["LineId", "EventId", "EventTemplate"])
            for i in range(a.lines):
                k = r.choices(range(len(T)), weights)[0]
                c.write(T[k][2]() + "\n")
                w.writerow([i + 1, "E%d" % (k + 1), T[k][1]])


if __name__ == "__main__":
    main()
