"""OpenSSH sshd, LabSZ-like brute-force server."""
from common import P, zipf_pick, ip_pool, num

NAME = "OpenSSH"
SEED = 2207
MEAN_BURST = 5.0
S = 1.05

_users = ["admin", "test", "oracle", "guest", "user", "ubuntu", "pi", "support",
          "postgres", "ftpuser", "git", "nagios", "webmaster", "mysql", "zabbix",
          "tomcat", "hadoop", "jenkins", "deploy", "www", "backup", "student",
          "teacher", "ftp", "operator", "ts", "vagrant", "ubnt", "michael",
          "alex", "sales", "service", "info", "debian", "centos", "apache",
          "minecraft", "steam", "odoo", "elastic", "redis", "nginx", "kafka"]
_real_users = ["root", "root", "root", "root", "fztu", "sshd", "backup"]
_rdns = zipf_pick([
    "unassigned.psychz.net", "customer.worldstream.nl", "static.vnpt.vn",
    "mail.sinopec.com", "ns.hostkey.ru", "host.colocrossing.com",
    "server.ovh.net", "dedicated.hetzner.de", "smtp.chinanet.cn",
    "broadband.hinet.net", "dynamic.kornet.net", "ip.secureserver.net",
    "localhost.localdomain", "static.hi-tech.com.br"], 0.8)


def rdns(rng):
    if rng.random() < 0.5:
        return _rdns(rng)
    a, b, c, d = rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
    return rng.choice(["%d-%d-%d-%d.static.ipcom.net" % (a, b, c, d),
                       "host%d.%d.%d.%d.adsl.example-isp.com" % (d, c, b, a),
                       "%d.%d.%d.%d.broad.xx.dynamic.163data.com.cn" % (d, c, b, a)])


GENS = {
    "ip": (ip_pool(11, 60, 1.0), 0.92),
    "port": (num(1024, 65535), 0.0),
    "user": (zipf_pick(_users, 0.9), 0.6),
    "ruser": (lambda r: r.choice(_real_users), 0.9),
    "rdns": (rdns, 0.9),
    "rhost": (lambda r: ip_pool(11, 60, 1.0)(r) if r.random() < 0.8 else r.choice(
        ["unassigned.psychz.net", "customer.worldstream.nl", "static.vnpt.vn",
         "ns.hostkey.ru"]), 0.92),
    "uid": (lambda r: "0", 1.0),
    "nrep": (zipf_pick([str(i) for i in range(2, 7)], 1.0), 0.0),
    "npam": (zipf_pick(["2", "3", "4", "5"], 1.0), 0.0),
    "code": (zipf_pick(["11", "11", "3", "2", "14"], 1.0), 0.8),
    "sid": (num(1, 9999), 0.0),
    "proto": ((lambda r: r.choice(["GET / HTTP/1.1", "SSH-2.0-Go",
                                           "\\026\\003\\001", "MGLNDD_%d" % r.randint(1, 9)])), 0.0),
}

TEMPLATES = [
    P("pam_unix(sshd:auth): authentication failure; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}  user=%{ruser}"),
    P("Failed password for %{ruser} from %{ip} port %{port} ssh2"),
    P("Received disconnect from %{ip}: %{code}: Bye Bye [preauth]"),
    P("reverse mapping checking getaddrinfo for %{rdns} [%{ip}] failed - POSSIBLE BREAK-IN ATTEMPT!"),
    P("Invalid user %{user} from %{ip}"),
    P("input_userauth_request: invalid user %{user} [preauth]"),
    P("pam_unix(sshd:auth): check pass; user unknown"),
    P("pam_unix(sshd:auth): authentication failure; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}"),
    P("Failed password for invalid user %{user} from %{ip} port %{port} ssh2"),
    P("Connection closed by %{ip} [preauth]"),
    P("message repeated %{nrep} times: [ Failed password for %{ruser} from %{ip} port %{port} ssh2]"),
    P("PAM %{npam} more authentication failures; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}  user=%{ruser}"),
    P("Did not receive identification string from %{ip}"),
    P("Disconnecting: Too many authentication failures for %{ruser} [preauth]"),
    P("PAM service(sshd) ignoring max retries; %{npam} > 3"),
    P("Address %{ip} maps to %{rdns}, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!"),
    P("PAM 1 more authentication failure; logname= uid=%{uid} euid=%{uid} tty=ssh ruser= rhost=%{rhost}  user=%{ruser}"),
    P("Received disconnect from %{ip}: %{code}: Closed due to user request. [preauth]"),
    P("Accepted password for %{ruser} from %{ip} port %{port} ssh2"),
    P("pam_unix(sshd:session): session opened for user %{ruser} by (uid=%{uid})"),
    P("pam_unix(sshd:session): session closed for user %{ruser}"),
    P("Failed none for invalid user %{user} from %{ip} port %{port} ssh2"),
    P("fatal: Read from socket failed: Connection reset by peer [preauth]"),
    P("error: Received disconnect from %{ip}: 3: com.jcraft.jsch.JSchException: Auth fail [preauth]"),
    P("Received disconnect from %{ip}: %{code}: disconnected by user"),
    P("Bad protocol version identification '%{proto}' from %{ip} port %{port}"),
    P("Disconnecting: Too many authentication failures for invalid user %{user} [preauth]"),
]
