"""Samba 4.x smbd / nmbd / winbindd logs (log.smbd style, also seen via syslog).  Header cut:
'[2023/05/02 09:14:03.512345,  1] ../../source3/smbd/service.c:1123(make_connection_snum)' is
printed on its own line by Samba; the Content is the indented message line below it (stripped)."""
from common import *

WS = [("%s-%s" % (pick(["ws", "lt", "pc", "desk", "lab"]), b)).upper() for b in BIRDS + TREES]
WS = sorted(set(WS))
DOMAINS = ["CORP", "ACME", "HQ", "FINANCE", "LAB", "ENGINEERING", "WORKGROUP"]
SHARES = ["homes", "public", "scans", "finance", "projects", "archive", "transfer", "printers",
          "print$", "profiles", "software", "media", "backup", "hr", "legal", "design", "marketing"]
CLIENT = Cache(lambda: (pick(WS).lower(), ip("192.168.%d" % R.randint(10, 30))), 80)

def share(): return pick(SHARES)
def path_():
    s = share()
    return "/srv/samba/%s" % s if s != "homes" else "/home/%s" % user()
def sess(): return CLIENT()
def nterr(): return R.choices(["NT_STATUS_WRONG_PASSWORD", "NT_STATUS_NO_SUCH_USER", "NT_STATUS_ACCOUNT_LOCKED_OUT",
                               "NT_STATUS_ACCOUNT_DISABLED", "NT_STATUS_PASSWORD_EXPIRED"], [60, 25, 8, 4, 3])[0]
def authts():
    return "%s, %02d %s 2023 %02d:%02d:%02d.%06d %s" % (pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28),
            pick(["Mar", "Apr", "May"]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), pick(["UTC", "CEST"]))
def exit_reason():
    return R.choices(["NT_STATUS_CONNECTION_RESET", "NT_STATUS_END_OF_FILE", "failed to receive smb request",
                      "NT_STATUS_CONNECTION_DISCONNECTED", "termination signal"], [40, 30, 15, 10, 5])[0]
def smb2err():
    return pick(["NT_STATUS_OBJECT_NAME_NOT_FOUND", "NT_STATUS_ACCESS_DENIED", "NT_STATUS_NO_MORE_FILES",
                 "NT_STATUS_OBJECT_PATH_NOT_FOUND", "NT_STATUS_SHARING_VIOLATION", "NT_STATUS_NOT_FOUND"])
def smb2loc():
    return pick(["../../source3/smbd/smb2_create.c:%d", "../../source3/smbd/smb2_query_directory.c:%d",
                 "../../source3/smbd/smb2_getinfo.c:%d", "../../source3/smbd/smb2_ioctl.c:%d"]) % R.randint(100, 1700)
def groups():
    return "".join(" %d" % R.randint(1000, 70000) for _ in range(R.randint(0, 5)))

T = [
 ("<*> (ipv4:<*>:<*>) connect to service <*> initially as user <*> (uid=<*>, gid=<*>) (pid <*>)", 330,
  lambda: (lambda c: (c[0], c[1], port(), share(), user(), num(1000, 70000), num(100, 70000), num(1000, 99999)))(sess())),
 ("<*> (ipv4:<*>:<*>) closed connection to service <*>", 300, lambda: (lambda c: (c[0], c[1], port(), share()))(sess())),
 ("Server exit (<*>)", 120, exit_reason),
 ("smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[<*>] status[<*>] || at <*>", 150,
  lambda: (num(1, 4), smb2err(), smb2loc())),
 ("check_ntlm_password: Authentication for user [<*>] -> [<*>] FAILED with error <*>, authoritative=<*>", 90,
  lambda: (lambda u: (u, u, nterr(), pick(["1", "1", "0"])))(user())),
 ("Auth: [SMB2,(null)] user [<*>]\\[<*>] at [<*>] with [NTLMv2] status [<*>] workstation [<*>] remote host [ipv4:<*>:<*>] mapped to [<*>]\\[<*>]. local host [ipv4:<*>:445]", 110,
  lambda: (lambda c, u, d: (d, u, authts(), pick(["NT_STATUS_OK"] * 3 + [nterr()]), c[0].upper(), c[1], port(), d, u, ip("192.168.1")))(sess(), user(), pick(DOMAINS))),
 ("Got user=[<*>] domain=[<*>] workstation=[<*>] len1=<*> len2=<*>", 60,
  lambda: (lambda c: ("", "", c[0].upper(), "1", "0") if R.random() < 0.2 else (user(), pick(DOMAINS), c[0].upper(), "24", pick(["24", "266", "330", "312"])))(sess())),
 ("ntlmssp_server_auth: Checking NTLMSSP password for <*>\\<*> failed: <*>", 35, lambda: (pick(DOMAINS), user(), nterr())),
 ("kerberos_kinit_password <*>$@<*> failed: <*>", 8,
  lambda: (pick(["FILESRV", "NAS", "STORE"]) + "-" + pick(BIRDS).upper(), pick(["CORP.EXAMPLE.COM", "ACME.LAN"]), pick(["Preauthentication failed", "Clock skew too great", "Cannot contact any KDC for requested realm"]))),
 ("Unable to open printcap file <*> for read!", 5, lambda: "/etc/printcap"),
 ("Processing section \"[<*>]\"", 140, lambda: share()),
 ("lp_load_ex: refreshing parameters", 20, lambda: ()),
 ("read_fd_with_timeout: client <*> read error = Connection reset by peer.", 40, lambda: "0.0.0.0"),
 ("Username <*> is invalid on this system", 25, user),
 ("make_connection_snum: canonicalize_connect_path failed for service <*>, path <*>", 20, lambda: (share(), path_())),
 ("chdir_current_service: vfs_ChDir(<*>) failed: <*>. Current token: uid=<*>, gid=<*>, <*> groups:<*>", 20,
  lambda: (lambda g: (path_(), pick(["Permission denied", "No such file or directory"]), num(1000, 70000), num(100, 70000), str(len(g.split())), g))(groups())),
 ("Unable to connect to CUPS server <*>:<*> - <*>", 45,
  lambda: (pick(["localhost", "/run/cups/cups.sock", "print-" + pick(TREES)]), "631", pick(["Connection refused", "No such file or directory", "Connection timed out"]))),
 ("load_usershare_shares: directory <*> is not owned by root or does not have the sticky bit 't' set or is writable by anyone.", 8, lambda: "/var/lib/samba/usershares"),
 ("smbd version <*> started.", 4, lambda: pick(["4.15.13-Ubuntu", "4.17.12-Debian", "4.18.6"])),
 ("Copyright Andrew Tridgell and the Samba Team 1992-2022", 4, lambda: ()),
 ("STATUS=daemon '<*>' finished starting up and ready to serve connections", 9, lambda: pick(["smbd", "nmbd", "winbindd", "samba-dcerpcd"])),
 ("smbd_open_one_socket: bind failed on port <*> socket_addr = <*>.", 3, lambda: (pick(["445", "139"]), pick(["0.0.0.0", "::"]))),
 ("Error = Address already in use", 3, lambda: ()),
 ("added interface <*> ip=<*> bcast=<*> netmask=<*>", 12, lambda: (pick(["eth0", "ens18", "enp3s0", "bond0"]), ip("192.168.1"), "192.168.1.255", "255.255.255.0")),
 ("Samba name server <*> is now a local master browser for workgroup <*> on subnet <*>", 10,
  lambda: (pick(["FILESRV", "NAS", "STORE", "ARCHIVE"]) + "-" + pick(BIRDS).upper(), pick(DOMAINS), ip("192.168.1"))),
 ("Samba server <*> is now a domain master browser for workgroup <*> on subnet <*>", 4,
  lambda: (pick(["FILESRV", "NAS", "STORE", "ARCHIVE"]) + "-" + pick(BIRDS).upper(), pick(DOMAINS), ip("192.168.1"))),
 ("Unable to find the Domain Master Browser name <*><1b> for the workgroup <*>.", 18, lambda: (lambda d: (d, d))(pick(DOMAINS))),
 ("Unable to sync browse lists in this workgroup.", 18, lambda: ()),
 ("query_name_response: Multiple (<*>) responses received for a query on subnet <*> for name <*><1d>.", 12,
  lambda: (num(2, 3), ip("192.168.1"), pick(DOMAINS))),
 ("This response was from IP <*>, reporting an IP address of <*>.", 14, lambda: (lambda a: (a, a))(ip("192.168.1"))),
 ("process_local_master_announce: Server <*> at IP <*> is announcing itself as a local master browser for workgroup <*> and we think we are master. Forcing election.", 8,
  lambda: (sess()[0].upper(), sess()[1], pick(DOMAINS))),
 ("winbindd: Exceeding <*> client connections, removing idle connection.", 15, lambda: "200"),
 ("Could not fetch our SID - did we join?", 4, lambda: ()),
 ("wb_sids2xids_recv: wb_sids2xids_recv failed: <*>", 15, lambda: pick(["NT_STATUS_NONE_MAPPED", "NT_STATUS_NO_SUCH_DOMAIN"])),
 ("get_referred_path: |<*>| in dfs path <*> is not a dfs root.", 10,
  lambda: (lambda s: (s, "\\%s\\%s" % (pick(["filesrv", "nas"]) + "." + pick(["corp.example.com", "acme.lan"]), s)))(share())),
 ("dcesrv_samr_ValidatePassword: The password is too short", 2, lambda: ()),
 ("cups_connect: cupsSetServer(<*>) failed", 1, lambda: "localhost:631"),
 ("pcap cache not loaded", 6, lambda: ()),
 ("Ignoring unknown parameter \"<*>\"", 4, lambda: pick(["ntlm auth", "lanman auth", "client use spnego", "syslog only"])),
]
