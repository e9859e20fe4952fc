"""System 2: /var/log/auth.log of an internet-facing Linux server
(OpenSSH 8.x/9.x with LogLevel VERBOSE, PAM, sudo, su, systemd-logind, CRON,
polkit, useradd). Content = text after "program[pid]: "; for sudo the
content keeps sudo's right-aligned 8-wide user name, so it may start with
spaces.
"""

import random

from common import Pool, g_pid, hexs, zpick

NAME = "SSHAuth"
SEED = 7741

_r = random.Random(SEED + 1)


def _atk_ip():
    a = _r.choice([45, 61, 80, 92, 103, 106, 112, 118, 121, 141, 159, 162, 165, 167, 170,
                   178, 183, 185, 186, 193, 194, 195, 203, 209, 211, 218, 221, 222])
    return "%d.%d.%d.%d" % (a, _r.randint(0, 255), _r.randint(0, 255), _r.randint(1, 254))


ATK_IPS = [_atk_ip() for _ in range(140)] + ["2a03:b0c0:3:d0::%x:%x" % (_r.randint(0, 0xffff), _r.randint(0, 0xffff)) for _ in range(4)]
_r.shuffle(ATK_IPS)
ATKIP = Pool(ATK_IPS, 0.9)
OFFICE = Pool(["203.0.113.24", "198.51.100.7", "10.20.0.15", "10.20.0.31", "192.0.2.140",
               "2001:db8:44::1a"], 1.3)
BADUSER = Pool(["admin", "test", "user", "ubuntu", "oracle", "pi", "guest", "ftpuser",
                "support", "hadoop", "ubnt", "jenkins", "minecraft", "test1", "user1",
                "ec2-user", "centos", "debian", "nagios", "zabbix", "tomcat", "es",
                "elastic", "dev", "www", "mysql", "sysadmin", "", "Admin", "steam",
                "admin123", "ts3", "odoo", "validator", "sol", "solana", "orangepi",
                "usuario", "administrator", "testuser", "vagrant", "demo", "nginx",
                "git1", "teamspeak", "mc", "a", "xxx", "ansible1", "lighthouse",
                "kafka", "postgres1", "user2", "tester", "ftp", "sammy", "weblogic"], 0.8)
USER = Pool(["root", "deploy", "ops", "alice", "bkaur", "ansible", "backup", "git",
             "postgres", "mtanaka"], 1.3)
STAFF = Pool(["alice", "bkaur", "mtanaka", "ops", "deploy", "jenkins"], 1.2)
UIDS = {"root": 0, "deploy": 1001, "ops": 1002, "alice": 1000, "bkaur": 1003,
        "ansible": 1004, "backup": 34, "git": 998, "postgres": 114, "mtanaka": 1005,
        "jenkins": 1006, "www-data": 33, "nobody": 65534, "smmsp": 25}
CRONUSER = Pool(["root", "root", "www-data", "backup", "postgres", "smmsp"], 1.5)
TARGETUSER = Pool(["root", "postgres", "www-data", "deploy"], 2.0)
RDNS_WORDS = ["unassigned.psychz.net", "ip.linodeusercontent.com", "static.vnpt.vn",
              "vps.ovh.net", "hosted-by.leaseweb.com", "mail.gruppe-nord.de",
              "scan.shadowserver.org", "localhost", "no-reverse-dns.metrotel.net.co",
              "customer.worldstream.nl", "host.colocrossing.com"]
CMDS = Pool(["/usr/bin/systemctl restart nginx", "/usr/bin/apt-get update",
             "/usr/bin/docker ps -a", "/bin/bash", "/usr/bin/journalctl -u app --since today",
             "/usr/bin/tail -f /var/log/nginx/error.log", "/usr/bin/systemctl status postgresql",
             "/usr/sbin/ufw status", "/usr/bin/apt-get -y upgrade",
             "/usr/bin/docker compose -f /srv/app/docker-compose.yml up -d",
             "/usr/bin/certbot renew --quiet", "/usr/bin/less /var/log/auth.log",
             "/usr/bin/vim /etc/ssh/sshd_config", "/usr/sbin/reboot", "/usr/bin/fail2ban-client status sshd",
             "/usr/bin/su -", "/usr/bin/psql -c SELECT 1"], 1.0)
CRONCMD = Pool(["   [ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi",
                "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }",
                "/usr/local/bin/backup.sh >/dev/null 2>&1",
                "command -v debian-sa1 > /dev/null && debian-sa1 1 1",
                "/usr/bin/php /var/www/app/artisan schedule:run >> /dev/null 2>&1",
                "cd / && run-parts --report /etc/cron.hourly",
                "/usr/lib/postgresql/15/bin/vacuumdb --all --analyze-in-stages -q"], 1.2)
PWD = Pool(["/home/%s", "/root", "/var/www/app", "/srv/deploy", "/etc/nginx", "/tmp"], 1.0)
KEXOFFER = Pool(["diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1",
                 "diffie-hellman-group1-sha1,diffie-hellman-group14-sha1",
                 "diffie-hellman-group-exchange-sha1",
                 "diffie-hellman-group14-sha1,diffie-hellman-group1-sha1,kex-strict-c-v00@openssh.com"], 1.0)
HKOFFER = Pool(["ssh-rsa,ssh-dss", "ssh-dss", "ssh-rsa"], 1.0)
# reason code 11 (by application) is logged at INFO, other codes at ERROR
# (then sshd prefixes "error: ", a different template)
DISCREASON = Pool(["11: Bye Bye", "11: Normal Shutdown, Thank you for playing",
                   "11: Client disconnecting normally", "11: ", "11: disconnected by user"], 1.0)
BADBANNER = Pool(["GET / HTTP/1.1", "\\026\\003\\001", "MGLNDD_203.0.113.24_22", "SSH-2.0-Go",
                  "\\003", "OPTIONS / RTSP/1.0", "HELP", "SSH-1.5-NmapNSE_1.0"], 1.0)
FATALERR = Pool(["message authentication code incorrect", "Broken pipe",
                 "Connection corrupted", "incomplete message"], 1.0)
KEYTYPE = Pool(["ED25519", "RSA", "ECDSA"], 1.4)
POLKIT_ACTION = Pool(["org.freedesktop.systemd1.manage-units", "org.freedesktop.login1.reboot",
                      "org.freedesktop.packagekit.system-update"], 1.3)


def g_atkip(rng, arg=None):
    return ATKIP(rng)


def g_rdns(rng, arg, vals):
    ip = vals.get("atkip", "1.2.3.4")
    if rng.random() < 0.35 or ":" in ip:
        return rng.choice(RDNS_WORDS)
    a, b, c, d = ip.split(".")
    return rng.choice(["%s-%s-%s-%s.static.isp-%s.net" % (a, b, c, d, zpick(rng, ["telecom", "fibre", "online"])),
                       "host%s.%s.%s.broadband.example.net" % (d, c, b),
                       "%s.%s.%s.%s.dyn.ipv4.provider.com" % (d, c, b, a),
                       "vm%s.cloud%s.hosting.ru" % (d, c)])


g_rdns.wants_vals = True


def g_uid(rng, arg, vals):
    u = vals.get(arg or "user", "root")
    return str(UIDS.get(u, 1000 + rng.randint(7, 30)))


g_uid.wants_vals = True


def g_sudouser(rng, arg=None):
    return "%8s" % STAFF(rng)


def g_pwd(rng, arg, vals):
    p = PWD(rng)
    return p % vals.get("sudouser", "alice").strip() if "%s" in p else p


g_pwd.wants_vals = True


def g_fp(rng, arg=None):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(al) for _ in range(43))


def g_sid(rng, arg=None):
    return str(rng.randint(1, 60000) if rng.random() < 0.9 else rng.randint(1, 60))


def g_csid(rng, arg=None):
    return "c%d" % rng.randint(1, 9000)


def g_tty(rng, arg=None):
    return zpick(rng, ["pts/0", "pts/1", "pts/2", "pts/3", "unknown"])


def g_repeated(rng, arg=None):
    k = rng.random()
    if k < 0.55:
        return "Failed password for root from %s port %d ssh2" % (ATKIP(rng), rng.randint(1024, 65535))
    if k < 0.85:
        return "Failed password for invalid user %s from %s port %d ssh2" % (BADUSER(rng), ATKIP(rng), rng.randint(1024, 65535))
    if k < 0.95:
        return "error: kex_exchange_identification: Connection closed by remote host"
    return "Connection closed by authenticating user root %s port %d [preauth]" % (ATKIP(rng), rng.randint(1024, 65535))


def g_nattempt(rng, arg=None):
    return str(zpick(rng, [3, 1, 2]))


def g_attemptword(rng, arg, vals):
    # sudo uses ngettext: "1 incorrect password attempt", "3 ... attempts"
    return "attempt" if vals.get("nattempt") == "1" else "attempts"


g_attemptword.wants_vals = True


GENS = {
    "atkip": g_atkip, "rdns": g_rdns, "uid": g_uid, "sudouser": g_sudouser, "pwd": g_pwd,
    "fp": g_fp, "sid": g_sid, "csid": g_csid, "tty": g_tty, "repeated": g_repeated,
    "nattempt": g_nattempt, "attemptword": g_attemptword,
    "office": OFFICE, "baduser": BADUSER, "user": USER, "staff": STAFF, "cronuser": CRONUSER,
    "target": TARGETUSER, "cmd": CMDS, "croncmd": CRONCMD, "kexoffer": KEXOFFER,
    "hkoffer": HKOFFER, "discreason": DISCREASON, "badbanner": BADBANNER,
    "fatalerr": FATALERR, "keytype": KEYTYPE, "polkitaction": POLKIT_ACTION,
}

SPECS = [
    # --- sshd, brute force / scanners (dominant) ---
    (230, "Invalid user {baduser} from {atkip} port {port}"),
    (175, "Disconnected from invalid user {baduser} {atkip} port {port} [preauth]"),
    (120, "Received disconnect from {atkip} port {port}:{discreason} [preauth]"),
    (110, "Failed password for invalid user {baduser} from {atkip} port {port} ssh2"),
    (95, "pam_unix(sshd:auth): authentication failure; logname= uid={=0} euid={=0#2} tty=ssh ruser= rhost={atkip}"),
    (80, "pam_unix(sshd:auth): check pass; user unknown"),
    (75, "Failed password for {=root|ubuntu|postgres|git} from {atkip} port {port} ssh2"),
    (70, "pam_unix(sshd:auth): authentication failure; logname= uid={=0} euid={=0#2} tty=ssh ruser= rhost={atkip}  user={=root|ubuntu|postgres|git}"),
    (70, "Connection closed by invalid user {baduser} {atkip} port {port} [preauth]"),
    (62, "Connection closed by authenticating user {=root|ubuntu|postgres|git} {atkip} port {port} [preauth]"),
    (40, "Disconnected from authenticating user {=root|ubuntu|postgres|git} {atkip} port {port} [preauth]"),
    (45, "Connection from {atkip} port {port} on {=10.20.0.5|203.0.113.10} port {=22|2222} rdomain \"\""),
    (40, "error: kex_exchange_identification: Connection closed by remote host"),
    (32, "Connection closed by {atkip} port {port} [preauth]"),
    (20, "Connection reset by {atkip} port {port} [preauth]"),
    (35, "reverse mapping checking getaddrinfo for {rdns} [{atkip}] failed."),
    (24, "message repeated {int:2-5} times: [ {repeated}]"),
    (14, "error: kex_exchange_identification: read: Connection reset by peer"),
    (10, "error: kex_exchange_identification: banner line contains invalid characters"),
    (9, "banner exchange: Connection from {atkip} port {port}: invalid format"),
    (6, "Bad protocol version identification '{badbanner}' from {atkip} port {port}"),
    (9, "Unable to negotiate with {atkip} port {port}: no matching key exchange method found. Their offer: {kexoffer} [preauth]"),
    (5, "Unable to negotiate with {atkip} port {port}: no matching host key type found. Their offer: {hkoffer} [preauth]"),
    (12, "PAM {int:1-5} more authentication failures; logname= uid={=0} euid={=0#2} tty=ssh ruser= rhost={atkip}  user={=root|ubuntu}"),
    (8, "error: maximum authentication attempts exceeded for invalid user {baduser} from {atkip} port {port} ssh2 [preauth]"),
    (8, "error: maximum authentication attempts exceeded for {=root|ubuntu} from {atkip} port {port} ssh2 [preauth]"),
    (8, "Disconnecting authenticating user {=root|ubuntu} {atkip} port {port}: Too many authentication failures [preauth]"),
    (6, "Disconnecting invalid user {baduser} {atkip} port {port}: Too many authentication failures [preauth]"),
    (5, "PAM service(sshd) ignoring max retries; {int:4-6} > {=3}"),
    (7, "Did not receive identification string from {atkip} port {port}"),
    (4, "fatal: Timeout before authentication for {atkip} port {port}"),
    (3, "ssh_dispatch_run_fatal: Connection from {atkip} port {port}: {fatalerr} [preauth]"),
    (4, "drop connection #{int:10-99} from [{atkip}]:{port} on [{=10.20.0.5|203.0.113.10}]:{=22|2222} past MaxStartups"),
    (5, "srclimit_penalise: ipv4: new {atkip}/32 deferred penalty of {int:1-600} seconds for penalty: {=failed authentication|connections without attempting authentication|exceeded LoginGraceTime}"),
    (3, "userauth_pubkey: key type ssh-dss not in PubkeyAcceptedAlgorithms [preauth]"),
    (6, "error: Received disconnect from {atkip} port {port}:{=3: com.jcraft.jsch.JSchException: Auth fail|14: No supported authentication methods available|13: Unable to authenticate} [preauth]"),
    (1, "error: Protocol major versions differ: {=2} vs. {=1#2}"),
    (2, "Address {atkip} maps to {rdns}, but this does not map back to the address."),
    (2, "error: PAM: Authentication failure for illegal user {baduser} from {atkip}"),
    # --- legitimate sessions ---
    (36, "Accepted publickey for {user} from {office} port {port} ssh2: {keytype} SHA256:{fp}"),
    (36, "pam_unix(sshd:session): session opened for user {user}(uid={uid}) by (uid={=0#9})"),
    (34, "pam_unix(sshd:session): session closed for user {user}"),
    (28, "Received disconnect from {office} port {port}:{=11}: {=disconnected by user}"),
    (28, "Disconnected from user {user} {office} port {port}"),
    (25, "Starting session: {=shell on pts/0|shell on pts/1|command|subsystem 'sftp'|shell on pts/2|forced-command (key-option) '/usr/local/bin/git-shell'} for {user} from {office} port {port} id {=0|1}"),
    (20, "Close session: user {user} from {office} port {port} id {=0|1}"),
    (6, "subsystem request for sftp by user {user}"),
    (5, "Accepted password for {user} from {office} port {port} ssh2"),
    (3, "Accepted keyboard-interactive/pam for {user} from {office} port {port} ssh2"),
    (4, "Failed publickey for {user} from {office} port {port} ssh2: {keytype} SHA256:{fp}"),
    (1, "Accepted certificate ID \"{=alice@corp|ci-runner-17}\" (serial {int:1-99999}) signed by ED25519 CA SHA256:{fp} via publickey for {user} from {office} port {port} ssh2"),
    (2, "Server listening on {=0.0.0.0|::} port {=22|2222}."),
    (1, "Received signal {=15}; terminating."),
    (1, "pam_systemd(sshd:session): Failed to release session: {=Interrupted system call|Connection timed out}"),
    # --- logind / systemd ---
    (32, "New session {sid} of user {user}."),
    (26, "Session {sid} logged out. Waiting for processes to exit."),
    (26, "Removed session {sid}."),
    (8, "Started session-{sid}.scope - Session {sid} of User {user}."),
    # --- sudo / su ---
    (30, "{sudouser} : TTY={tty} ; PWD={pwd} ; USER={target} ; COMMAND={cmd}"),
    (28, "pam_unix(sudo:session): session opened for user {target}(uid={uid:target}) by {staff}(uid={uid:staff#2})"),
    (28, "pam_unix(sudo:session): session closed for user {target}"),
    (6, "{sudouser} : {nattempt} incorrect password {attemptword} ; TTY={tty} ; PWD={pwd} ; USER={target} ; COMMAND={cmd}"),
    (2, "{sudouser} : user NOT in sudoers ; TTY={tty} ; PWD={pwd} ; USER={target} ; COMMAND={cmd}"),
    (1, "{sudouser} : command not allowed ; TTY={tty} ; PWD={pwd} ; USER={target} ; COMMAND={cmd}"),
    (5, "pam_unix(sudo:auth): authentication failure; logname={staff} uid={uid:staff} euid={=0} tty=/dev/{tty} ruser={staff} rhost=  user={staff}"),
    (2, "pam_unix(sudo:auth): conversation failed"),
    (2, "pam_unix(sudo:auth): auth could not identify password for [{staff}]"),
    (3, "(to {target}) {staff} on {tty}"),
    (3, "pam_unix(su-l:session): session opened for user {target}(uid={uid:target}) by {staff}(uid={uid:staff#2})"),
    (2, "pam_unix(su-l:session): session closed for user {target}"),
    (1, "FAILED SU (to {target}) {staff} on {tty}"),
    # --- cron ---
    (40, "pam_unix(cron:session): session opened for user {cronuser}(uid={uid:cronuser}) by (uid={=0#9})"),
    (40, "pam_unix(cron:session): session closed for user {cronuser}"),
    (16, "({cronuser}) CMD ({croncmd})"),
    (1, "({cronuser}) MAIL (mailed {int:1-900} bytes of output but got status 0x{hex:4} from MTA)"),
    # --- polkit / account management ---
    (3, "Operator of unix-process:{pid}:{int:100000-9999999} successfully authenticated as unix-user:{staff} to gain ONE-SHOT authorization for action {polkitaction} for system-bus-name::1.{int:10-999} [{cmd}] (owned by unix-user:{staff})"),
    (1, "new user: name={=svc-metrics|intern}, UID={int:1007-1010}, GID={int:1007-1010#2}, home=/home/{=svc-metrics|intern}, shell=/bin/bash, from=/dev/{tty}"),
    (1, "pam_unix(passwd:chauthtok): password changed for {staff}"),
]

def make(outroot):
    from common import build
    return build(NAME, SEED, SPECS, GENS, outroot)
