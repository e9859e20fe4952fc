#!/usr/bin/env python3
"""Deterministic generator of blind, labelled test data (stdlib only).

Writes systems/<System>/<System>_2k.{content.txt,log_structured_corrected.csv,
log_templates_corrected.csv} for 5 systems, and events.jsonl (labelled error
events). Run: python3 gen.py   (re-running gives byte-identical output)

Template DSL: "{name}" is a variable drawn from generator POOL[name];
"{name#k}" is a second, independent draw of the same kind; the same key
repeated in one template reuses one value. Ground truth = every
placeholder replaced by "<*>".
"""
import csv
import json
import os
import random
import re
import string

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

# --------------------------------------------------------------------------
# value pools (digit-free pools are large on purpose)
# --------------------------------------------------------------------------
FIRST = ("alice bob carol dave erin frank grace heidi ivan judy mallory "
         "oscar peggy rupert sybil trent victor walter xena yusuf zoe "
         "amelia bruno chiara dmitri elena fatima gustavo hana ingrid "
         "jonas kenji lucia marek nadia omar priya quentin rosa stefan "
         "tomas ursula vera wiktor yara").split()
LAST = ("smith kowalski nguyen garcia muller rossi tanaka silva novak "
        "dubois jensen okafor haddad lindqvist moreau petrov").split()
USERS = sorted(set([f for f in FIRST] + [f + "." + l for f in FIRST[:25]
                                         for l in LAST[:4]]))
WORDS = ("alpha bravo cedar delta ember falcon granite harbor indigo juniper "
         "kestrel lumen maple nimbus onyx pine quartz raven sierra tundra "
         "umber violet willow xenon yarrow zephyr amber birch cobalt dune "
         "fjord glacier hazel iris jade kelp lotus mesa nova orchid").split()
TEAMS = ("billing payments checkout search catalog ledger reporting "
         "identity inventory shipping fraud growth marketing ads pricing "
         "analytics platform infra data ml").split()
DOMAINS = "example.com corp.example.net acme.io shop.internal bank.test".split()
TLDZ = ["example.com", "example.org", "acme.io", "contoso.net", "fabrikam.org",
        "northwind.biz", "tailspin.co.uk", "wingtip.de", "adatum.fr",
        "litware.com.au", "proseware.nl", "woodgrove.ch"]
SUBS = ("www api mail cdn static auth login portal vpn git wiki files docs "
        "shop images assets status support admin grafana jira sso m app "
        "ftp smtp imap ns exchange autodiscover blog media").split()


def pick(seq):
    return R.choice(seq)


def ip():
    return "%d.%d.%d.%d" % (pick([10, 172, 192, 100, 203, 198]),
                            R.randint(0, 255), R.randint(0, 255),
                            R.randint(1, 254))


def pubip():
    return "%d.%d.%d.%d" % (pick([81, 91, 185, 203, 62, 145, 5, 94]),
                            R.randint(0, 255), R.randint(0, 255),
                            R.randint(1, 254))


def ipv6():
    return "2001:db8:%x:%x::%x" % (R.randint(0, 0xffff), R.randint(0, 0xffff),
                                   R.randint(1, 0xfff))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return "-".join(hexs(k) for k in (8, 4, 4, 4, 12))


def num(a, b):
    return lambda: str(R.randint(a, b))


def fdur(lo, hi, unit, nd=6):
    return lambda: ("%." + str(nd) + "f%s") % (R.uniform(lo, hi), unit)


def godur():
    u = R.random()
    if u < 0.6:
        return "%.6fms" % R.uniform(100, 999)
    if u < 0.9:
        return "%.9fs" % R.uniform(1, 4)
    return "%dms" % R.randint(100, 999)


def host():
    return "%s-%s.%s" % (pick(WORDS), pick(TEAMS), pick(DOMAINS))


def qname():
    return "%s.%s" % (pick(SUBS), pick(TLDZ))


def alnum(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "-_")
                   for _ in range(n))


def letters(n):
    return "".join(R.choice(string.ascii_letters) for _ in range(n))


def ts_iso():
    return "2024-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
        R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))


# --------------------------------------------------------------------------
# generic machinery
# --------------------------------------------------------------------------
PH = re.compile(r"\{([a-z_0-9]+)(#\d+)?\}")


class System:
    def __init__(self, name, pools):
        self.name = name
        self.pools = pools
        self.templates = []      # (weight, fmt)

    def t(self, weight, fmt):
        self.templates.append((weight, fmt))

    def gt(self, fmt):
        return PH.sub("<*>", fmt)

    def render(self, fmt):
        vals = {}

        def sub(m):
            key = m.group(0)
            if key not in vals:
                vals[key] = self.pools[m.group(1)]()
            return vals[key]
        return PH.sub(sub, fmt)

    def build(self, n=2000):
        ws = [w for w, _ in self.templates]
        seq = list(range(len(self.templates)))
        rest = R.choices(range(len(self.templates)), weights=ws,
                         k=n - len(seq))
        seq += rest
        R.shuffle(seq)
        rows = []
        for i in seq:
            fmt = self.templates[i][1]
            rows.append((self.render(fmt), self.gt(fmt)))
        return rows


def check_and_write(sysobj, rows):
    gts = [sysobj.gt(f) for _, f in sysobj.templates]
    assert len(gts) == len(set(gts)), "duplicate GT template in " + sysobj.name
    assert 25 <= len(gts) <= 60, (sysobj.name, len(gts))
    owner = {}
    for msg, g in rows:
        assert "\n" not in msg and "\r" not in msg and msg == msg.strip(), msg
        rx = "^" + ".+?".join(re.escape(p) for p in g.split("<*>")) + "$"
        assert re.match(rx, msg, re.S), (g, msg)
        assert owner.setdefault(msg, g) == g, ("ambiguous", msg)
    d = os.path.join(os.environ.get("UNSEEN_OUT") or os.path.join(HERE, "systems"), sysobj.name)
    os.makedirs(d, exist_ok=True)
    ids = {g: "E%d" % (k + 1) for k, g in enumerate(gts)}
    with open(os.path.join(d, sysobj.name + "_2k.content.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for msg, _ in rows:
            f.write(msg + "\n")
    with open(os.path.join(d, sysobj.name + "_2k.log_structured_corrected.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for k, (msg, g) in enumerate(rows, 1):
            w.writerow([k, msg, ids[g], g])
    occ = {}
    for _, g in rows:
        occ[g] = occ.get(g, 0) + 1
    with open(os.path.join(d, sysobj.name + "_2k.log_templates_corrected.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for g in gts:
            w.writerow([ids[g], g, occ.get(g, 0)])
    return len(gts)


# --------------------------------------------------------------------------
# System 1: etcd (v3.4 capnslog text; "etcdserver: " etc. cut as header)
# --------------------------------------------------------------------------
def etcd():
    members = [hexs(16) for _ in range(5)]
    mnames = ["etcd-" + w for w in R.sample(WORDS, 5)]
    cluster = hexs(16)
    nss = ["kube-system", "default", "monitoring", "ingress-nginx",
           "cert-manager"] + ["%s-%s" % (t, e) for t in TEAMS
                              for e in ("prod", "staging")]
    kinds = ["pods", "services/endpoints", "configmaps", "secrets", "leases",
             "events", "deployments", "serviceaccounts", "replicasets"]

    def key():
        return "/registry/%s/%s/%s-%s" % (pick(kinds), pick(nss), pick(WORDS),
                                          pick(TEAMS))

    def snapfile():
        return "/var/lib/etcd/member/snap/%016x-%016x.snap" % (
            R.randint(2, 30), R.randint(10 ** 5, 10 ** 8))

    def walfile():
        return "/var/lib/etcd/member/wal/%016x-%016x.wal" % (
            R.randint(1, 300), R.randint(10 ** 5, 10 ** 8))

    P = {
        "m": lambda: pick(members), "cl": lambda: cluster,
        "term": num(2, 90), "idx": num(100000, 9000000), "n": num(1, 5000),
        "rev": num(1000000, 9999999), "cnt": num(0, 500), "size": num(5, 90000),
        "dur": godur, "key": key,
        "purged": lambda: snapfile() if R.random() < 0.75 else walfile(),
        "ip": ip, "port": num(30000, 65000), "name": lambda: pick(mnames),
        "user": lambda: pick(USERS), "role": lambda: pick(TEAMS) + "-" +
        pick(["reader", "writer", "admin"]),
        "lease": lambda: hexs(16), "ns": lambda: pick(nss), "entries": num(1, 40),
        "ms": num(101, 2400), "ver": lambda: pick(["3.4", "3.5"]),
        "q": num(2, 3), "v": num(0, 3),
    }
    s = System("Etcd", P)
    t = s.t
    t(330, 'read-only range request "key:\\"{key}\\" " with result "range_response_count:{cnt} size:{size}" took too long ({dur}) to execute')
    t(90, 'request "header:<ID:{idx} username:\\"{user}\\" auth_revision:{v} > txn:<compare:<target:MOD key:\\"{key}\\" mod_revision:{rev} > success:<request_put:<key:\\"{key}\\" value_size:{size} >> failure:<>>" with result "size:{size#2}" took too long ({dur}) to execute')
    t(300, 'apply entries took too long [{dur} for {entries} entries]')
    t(150, 'store.index: compact {rev}')
    t(150, 'finished scheduled compaction at {rev} (took {dur})')
    t(95, 'failed to send out heartbeat on time (exceeded the 100ms timeout for {dur}, to {m})')
    t(95, 'server is likely overloaded')
    t(40, 'start to snapshot (applied: {idx}, lastsnap: {idx#2})')
    t(40, 'saved snapshot at index {idx}')
    t(40, 'compacted raft log at {idx}')
    t(38, 'purged file {purged} successfully')
    t(25, 'sync duration of {dur}, expected less than 1s')
    t(20, 'timed out waiting for read index response (local node might have slow network)')
    t(4, '{m} became follower at term {term}')
    t(3, '{m} became candidate at term {term}')
    t(2, '{m} became leader at term {term}')
    t(3, '{m} is starting a new election at term {term}')
    t(4, '{m} received MsgVoteResp from {m#2} at term {term}')
    t(3, '{m} [logterm: {term}, index: {idx}] sent MsgVote request to {m#2} at term {term#2}')
    t(2, '{m} [quorum:{q}] has received {v} MsgVoteResp votes and {v#2} vote rejections')
    t(4, '{m} [term: {term}] received a MsgHeartbeat message with higher term from {m#2} [term: {term#2}]')
    t(3, 'raft.node: {m} elected leader {m#2} at term {term}')
    t(3, 'raft.node: {m} lost leader {m#2} at term {term}')
    t(6, 'peer {m} became active')
    t(6, 'peer {m} became inactive (message send to peer failed)')
    t(5, 'lost the TCP streaming connection with peer {m} (stream MsgApp v2 reader)')
    t(5, 'lost the TCP streaming connection with peer {m} (stream Message reader)')
    t(4, 'established a TCP streaming connection with peer {m} (stream MsgApp v2 writer)')
    t(4, 'established a TCP streaming connection with peer {m} (stream Message writer)')
    t(6, 'health check for peer {m} could not connect: dial tcp {ip}:2380: connect: connection refused')
    t(3, 'health check for peer {m} could not connect: dial tcp {ip}:2380: i/o timeout')
    t(3, 'the clock difference against peer {m} is too high [{dur} > 1s]')
    t(2, 'published {Name:{name} ClientURLs:[https://{ip}:2379]} to cluster {cl}')
    t(2, 'ready to serve client requests')
    t(2, 'serving client requests on {ip}:2379')
    t(12, 'rejected connection from "{ip}:{port}" (error "tls: first record does not look like a TLS handshake", ServerName "")')
    t(5, 'rejected connection from "{ip}:{port}" (error "remote error: tls: bad certificate", ServerName "{name}")')
    t(1, 'added member {m} [https://{ip}:2380] to cluster {cl}')
    t(1, 'removed member {m} from cluster {cl}')
    t(1, 'updated the cluster version from {ver} to {ver#2}')
    t(1, 'enabled capabilities for version {ver}')
    t(6, 'authentication failed, invalid password for user {user}')
    t(3, 'authentication failed, user {user} not found')
    t(3, 'granted role {role} to user {user}')
    t(2, 'revoked role {role} from user {user}')
    t(3, 'failed to revoke {lease} ("lease not found")')
    t(3, 'failed to apply request "header:<ID:{idx} > lease_revoke:<id:{lease}>" with response "size:{size}" took ({dur}) to execute, err is lease not found')
    t(2, 'alarm NOSPACE raised by peer {m}')
    return s


# --------------------------------------------------------------------------
# System 2: OpenVPN 2.5 server (syslog program "ovpn-server[pid]:" cut)
# --------------------------------------------------------------------------
def openvpn():
    cns = sorted(set(["%s-%s" % (u.split(".")[0], d) for u in FIRST
                      for d in ("laptop", "phone", "desktop")] + FIRST))
    P = {
        "cn": lambda: pick(cns), "ip": pubip, "port": num(1024, 65000),
        "vip": lambda: "10.8.%d.%d" % (R.randint(0, 3), R.randint(2, 254)),
        "sid": lambda: hexs(8) + " " + hexs(8),
        "ca": lambda: pick(["Easy-RSA CA", "ACME Corp VPN Root CA",
                            "corp-vpn-intermediate"]),
        "d": num(0, 1), "ver": lambda: pick(["2.5.7", "2.6.8", "2.6.12",
                                             "2.5.9", "2.4.12"]),
        "plat": lambda: pick(["linux", "win", "mac", "ios", "android"]),
        "proto": num(2, 990), "ciph": lambda: pick(["AES-256-GCM:AES-128-GCM",
                                                   "AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305",
                                                   "AES-256-GCM:AES-128-GCM:AES-256-CBC"]),
        "cipher": lambda: pick(["AES-256-GCM", "AES-128-GCM",
                                "CHACHA20-POLY1305"]),
        "bits": lambda: pick(["128", "256"]), "user": lambda: pick(USERS),
        "sec": num(3600, 3700), "bytes": num(10 ** 5, 10 ** 9),
        "pk": num(1000, 900000), "pid": num(1000, 65000), "n": num(1, 60000),
        "byte": num(0, 255), "sig": num(1, 15),
        "gui": lambda: pick(["OpenVPN-GUI 11.46.0.0", "OC 3.8.0",
                             "Tunnelblick 4.0.1", "net.openvpn.connect.android_3.3.4"]),
        "errtxt": lambda: pick(["certificate has expired",
                                "certificate revoked",
                                "unable to get local issuer certificate",
                                "certificate is not yet valid"]),
    }
    s = System("OpenVPN", P)
    t = s.t
    C = "{cn}/{ip}:{port}"
    t(260, C + " MULTI: bad source address from client [{vip}], packet dropped")
    t(190, "MULTI: multi_create_instance called")
    t(150, "{ip}:{port} Re-using SSL/TLS context")
    t(120, "{ip}:{port} TLS: Initial packet from [AF_INET]{ip}:{port}, sid={sid}")
    t(110, "{ip}:{port} VERIFY OK: depth={d}, CN={ca}")
    t(60, "{ip}:{port} peer info: IV_VER={ver}")
    t(60, "{ip}:{port} peer info: IV_PLAT={plat}")
    t(60, "{ip}:{port} peer info: IV_PROTO={proto}")
    t(50, "{ip}:{port} peer info: IV_CIPHERS={ciph}")
    t(20, "{ip}:{port} peer info: IV_GUI_VER={gui}")
    t(70, "{ip}:{port} Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bit RSA, signature: RSA-SHA256")
    t(70, "{ip}:{port} [{cn}] Peer Connection Initiated with [AF_INET]{ip}:{port}")
    t(60, C + " MULTI_sva: pool returned IPv4={vip}, IPv6=(Not enabled)")
    t(60, C + " MULTI: Learn: {vip} -> " + C)
    t(60, C + " MULTI: primary virtual IP for " + C + ": {vip}")
    t(55, C + " PUSH: Received control message: 'PUSH_REQUEST'")
    t(55, C + " SENT CONTROL [{cn}]: 'PUSH_REPLY,route 10.8.0.0 255.255.252.0,topology net30,ping 10,ping-restart 120,ifconfig {vip} {vip#2},peer-id {pk},cipher {cipher}' (status=1)")
    t(50, C + " Data Channel: using negotiated cipher '{cipher}'")
    t(45, C + " Outgoing Data Channel: Cipher '{cipher}' initialized with {bits} bit key")
    t(45, C + " Incoming Data Channel: Cipher '{cipher}' initialized with {bits} bit key")
    t(30, C + " TLS: soft reset sec={sec}/{sec} bytes={bytes}/-1 pkts={pk}/0")
    t(25, C + " [{cn}] Inactivity timeout (--ping-restart), restarting")
    t(25, C + " SIGUSR1[soft,ping-restart] received, client-instance restarting")
    t(6, C + " SIGTERM[soft,remote-exit] received, client-instance exiting")
    t(15, "{ip}:{port} TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)")
    t(15, "{ip}:{port} TLS Error: TLS handshake failed")
    t(12, "{ip}:{port} SIGUSR1[soft,tls-error] received, client-instance restarting")
    t(6, "TLS Error: cannot locate HMAC in incoming packet from [AF_INET]{ip}:{port}")
    t(5, "{ip}:{port} VERIFY ERROR: depth={d}, error={errtxt}: CN={cn}")
    t(4, "{ip}:{port} TLS_ERROR: BIO read tls_read_plaintext error")
    t(4, "{ip}:{port} TLS: Username/Password authentication succeeded for username '{user}'")
    t(3, "{ip}:{port} TLS: Username/Password authentication deferred for username '{user}'")
    t(3, "{ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer")
    t(3, C + " MULTI: new connection by client '{cn}' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.")
    t(3, C + " Authenticate/Decrypt packet error: packet HMAC authentication failed")
    t(3, C + " Authenticate/Decrypt packet error: bad packet ID (may be a replay): [ #{n} ] -- see the man page entry for --no-replay and --replay-window for more info or silence this warning with --mute-replay-warnings")
    t(2, C + " Bad LZO decompression header byte: {byte}")
    t(2, C + " send_push_reply(): safe_cap={pk}")
    t(2, "event_wait : Interrupted system call (code=4)")
    t(1, "Initialization Sequence Completed")
    t(1, "GID set to nogroup")
    t(1, "UID set to nobody")
    return s


# --------------------------------------------------------------------------
# System 3: BIND 9 named (syslog "named[pid]:" cut)
# --------------------------------------------------------------------------
def named():
    zones = sorted(set("%s.%s" % (w, d) for w in WORDS[:30] for d in
                       ("corp.example.com", "example.net", "internal")))
    keys = ["%s-%s-key" % (t, w) for t in TEAMS[:8] for w in ("dhcp", "acme", "ddns")]
    P = {
        "cl": lambda: "@0x7f%s" % hexs(10), "ip": ip, "port": num(1024, 65535),
        "q": qname, "qt": lambda: pick(["A", "AAAA", "MX", "TXT", "PTR",
                                        "SRV", "NS", "SOA", "HTTPS"]),
        "flags": lambda: pick(["+", "+E(0)", "+E(0)K", "-E(0)K", "+ED",
                               "+E(0)DC", "-"]),
        "srv": lambda: pick(["10.0.0.53", "10.0.1.53", "192.168.10.2"]),
        "zone": lambda: pick(zones), "serial": num(2024010100, 2024123199),
        "n": num(1, 5000), "secs": lambda: "%.3f" % R.uniform(0, 9),
        "v6": ipv6, "tld": lambda: pick(TLDZ), "key": lambda: pick(keys),
        "host": lambda: "%s.%s" % (pick(WORDS), pick(zones)),
        "rcode": lambda: pick(["SERVFAIL", "REFUSED", "NOTAUTH", "FORMERR"]),
        "cmd": lambda: pick(["reload", "reconfig", "flush", "status",
                             "notify", "freeze", "thaw", "sync -clean"]),
        "iface": lambda: pick(["eth0", "ens192", "bond0", "lo", "enp3s0"]),
        "kid": num(1000, 65535),
        "path": lambda: "/var/cache/bind/%s.db" % pick(zones),
    }
    s = System("BindNamed", P)
    t = s.t
    C = "client {cl} {ip}#{port}"
    t(520, C + " ({q}): query: {q} IN {qt} {flags} ({srv})")
    t(180, C + " ({q}): query (cache) '{q}/{qt}/IN' denied")
    t(150, "lame server resolving '{q}' (in '{tld}'?): {ip}#53")
    t(130, "network unreachable resolving '{q}/{qt}/IN': {v6}#53")
    t(90, "DNS format error from {ip}#53 resolving {q}/{qt} for " + C + ": reply has no answer")
    t(60, "success resolving '{q}/{qt}' after disabling qname minimization due to 'ncache nxdomain'")
    t(60, "validating {q}/{qt}: no valid signature found")
    t(40, "zone {zone}/IN: sending notifies (serial {serial})")
    t(40, C + ": received notify for zone '{zone}'")
    t(30, "zone {zone}/IN: notify from {ip}#{port}: zone is up to date")
    t(30, "zone {zone}/IN: notify from {ip}#{port}: serial {serial}")
    t(25, "zone {zone}/IN: Transfer started.")
    t(25, "transfer of '{zone}/IN' from {ip}#53: connected using {ip#2}#{port}")
    t(25, "transfer of '{zone}/IN' from {ip}#53: Transfer completed: {n} messages, {n#2} records, {n#3} bytes, {secs} secs ({n#4} bytes/sec) (serial {serial})")
    t(6, "transfer of '{zone}/IN' from {ip}#53: failed while receiving responses: REFUSED")
    t(6, "transfer of '{zone}/IN' from {ip}#53: failed to connect: connection refused")
    t(12, C + " (" + "{zone}" + "): transfer of '{zone}/IN': AXFR started (serial {serial})")
    t(12, C + " (" + "{zone}" + "): transfer of '{zone}/IN': AXFR ended: {n} messages, {n#2} records, {n#3} bytes, {secs} secs ({n#4} bytes/sec)")
    t(8, C + " (" + "{zone}" + "): transfer of '{zone}/IN': IXFR started (serial {serial})")
    t(8, C + " (" + "{zone}" + "): transfer of '{zone}/IN': IXFR ended: {n} messages, {n#2} records, {n#3} bytes, {secs} secs ({n#4} bytes/sec)")
    t(10, C + " (" + "{zone}" + "): zone transfer '{zone}/AXFR/IN' denied")
    t(12, "zone {zone}/IN: loaded serial {serial}")
    t(5, "zone {zone}/IN: refresh: retry limit for primary {ip}#53 exceeded (source 0.0.0.0#0)")
    t(5, "zone {zone}/IN: refresh: unexpected rcode ({rcode}) from primary {ip}#53 (source 0.0.0.0#0)")
    t(4, C + "/key {key}: signer \"{key}\" approved")
    t(4, C + "/key {key}: updating zone '{zone}/IN': adding an RR at '{host}' A {ip#2}")
    t(4, C + "/key {key}: updating zone '{zone}/IN': deleting rrset at '{host}' A")
    t(3, C + ": update '{zone}/IN' denied")
    t(3, "received control channel command '{cmd}'")
    t(2, "reloading configuration succeeded")
    t(2, "reloading zones succeeded")
    t(2, "any newly configured zones are now loaded")
    t(2, "all zones loaded")
    t(1, "running")
    t(4, "automatic empty zone: {n}.{n#2}.IN-ADDR.ARPA")
    t(3, "clients-per-query increased to {n}")
    t(3, "clients-per-query decreased to {n}")
    t(2, "listening on IPv4 interface {iface}, {ip}#53")
    t(2, "listening on IPv6 interface {iface}, {v6}#53")
    t(2, "no longer listening on {ip}#53")
    t(2, "zone {zone}/IN: journal file is out of date: removing journal file")
    t(2, "dumping master file: {path}: open: permission denied")
    t(2, "managed-keys-zone: Key {kid} for zone . is now trusted (acceptance timer complete)")
    t(1, "resolver priming query complete")
    t(1, "stopping command channel on 127.0.0.1#953")
    t(1, "shutting down")
    return s


# --------------------------------------------------------------------------
# System 4: Apache Airflow 2.x scheduler + task logs ("[ts] {file.py:N} LEVEL -" cut)
# --------------------------------------------------------------------------
def airflow():
    dags = sorted(set("%s_%s_%s" % (t, o, f) for t in TEAMS for o in
                      ("ingest", "export", "refresh", "backfill")
                      for f in ("daily", "hourly")))
    tasks = ("extract_orders load_to_warehouse transform_events wait_for_partition "
             "notify_slack dbt_run dbt_test sync_to_s_three publish_report "
             "check_quality copy_snapshot vacuum_tables refresh_features "
             "score_model upload_artifacts cleanup_tmp send_email "
             "compute_aggregates rebuild_index fetch_rates").split()
    owners = ["airflow", "data-eng", "analytics", "ml-platform", "finance-bi"]
    ops = ["PythonOperator", "BashOperator", "SnowflakeOperator",
           "S3KeySensor", "KubernetesPodOperator", "EmptyOperator",
           "SQLExecuteQueryOperator", "TriggerDagRunOperator"]
    conns = ["postgres_default", "aws_default", "snowflake_reporting",
             "slack_alerts", "gcp_bigquery", "mysql_legacy", "http_partner_api"]
    queues = ["default", "etl", "heavy", "ml", "reporting"]
    cmds = ["dbt run --select staging", "python -m jobs.export --full",
            "rsync -a /data/in/ /data/archive/", "gsutil cp -r gs://bucket/in .",
            "./scripts/refresh.sh", "echo done"]

    def run():
        if R.random() < 0.8:
            return "scheduled__2024-%02d-%02dT%02d:00:00+00:00" % (
                R.randint(1, 12), R.randint(1, 28), R.randint(0, 23))
        return "manual__2024-%02d-%02dT%02d:%02d:%02d.%06d+00:00" % (
            R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
            R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))

    def tscomp():
        return "2024%02d%02dT%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28),
                                              R.randint(0, 23), R.randint(0, 59),
                                              R.randint(0, 59))
    P = {
        "dag": lambda: pick(dags), "task": lambda: pick(tasks), "run": run,
        "n": num(1, 99999), "pid": num(100, 60000), "try": num(1, 3),
        "ts": ts_iso, "tc": tscomp, "f": lambda: "%.6f" % R.uniform(0.2, 4000),
        "uuid": uuid, "owner": lambda: pick(owners), "op": lambda: pick(ops),
        "conn": lambda: pick(conns), "q": lambda: pick(queues),
        "host": host, "cmd": lambda: pick(cmds), "prio": num(1, 40),
        "rc": lambda: pick(["0", "0", "1", "2", "137", "-9"]),
        "file": lambda: pick(dags), "tmp": lambda: "tmp" + alnum(8).replace("-", "x"),
        "state": lambda: pick(["success", "failed", "up_for_retry", "skipped"]),
        "sig": lambda: pick(["15", "9"]), "pids": lambda: ", ".join(
            str(R.randint(100, 60000)) for _ in range(R.randint(1, 3))),
        "time": lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59),
                                            R.randint(0, 59)),
        "hex": lambda: hexs(32), "secs": lambda: "%.2f" % R.uniform(5, 600),
    }
    s = System("Airflow", P)
    t = s.t
    TI = "<TaskInstance: {dag}.{task} {run} [queued]>"
    t(240, "Filling up the DagBag from /opt/airflow/dags/{file}.py")
    t(150, "Sending TaskInstanceKey(dag_id='{dag}', task_id='{task}', run_id='{run}', try_number={try}, map_index=-1) to executor with priority {prio} and queue {q}")
    t(150, "Setting external_id for " + TI + " to {uuid}")
    t(140, "TaskInstance Finished: dag_id={dag}, task_id={task}, run_id={run}, map_index=-1, run_start_date={ts}, run_end_date={ts#2}, run_duration={f}, state={state}, executor_state={state}, try_number={try}, max_tries=2, job_id={n}, pool=default_pool, queue={q}, priority_weight={prio}, operator={op}, queued_dttm={ts#3}, queued_by_job_id={n#2}, pid={pid}")
    t(140, "Executor reports execution of {dag}.{task} run_id={run} exited with status {state} for try_number {try}")
    t(110, "Running " + TI.replace("[queued]", "[queued]") + " on host {host}")
    t(90, "Dependencies all met for dep_context=non-requeueable deps ti=" + TI)
    t(90, "Dependencies all met for dep_context=requeueable deps ti=" + TI)
    t(80, "Starting attempt {try} of 3")
    t(80, "Executing <Task({op}): {task}> on {ts}")
    t(70, "Started process {pid} to run task")
    t(60, "Running: ['airflow', 'tasks', 'run', '{dag}', '{task}', '{run}', '--job-id', '{n}', '--raw', '--subdir', 'DAGS_FOLDER/{file}.py', '--cfg-path', '/tmp/{tmp}']")
    t(60, "Job {n}: Subtask {task}")
    t(60, "Task exited with return code {rc}")
    t(45, "Marking task as SUCCESS. dag_id={dag}, task_id={task}, execution_date={tc}, start_date={tc#2}, end_date={tc#3}")
    t(12, "Marking task as FAILED. dag_id={dag}, task_id={task}, execution_date={tc}, start_date={tc#2}, end_date={tc#3}")
    t(10, "Marking task as UP_FOR_RETRY. dag_id={dag}, task_id={task}, execution_date={tc}, start_date={tc#2}, end_date={tc#3}")
    t(25, "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='{owner}' AIRFLOW_CTX_DAG_ID='{dag}' AIRFLOW_CTX_TASK_ID='{task}' AIRFLOW_CTX_EXECUTION_DATE='{ts}' AIRFLOW_CTX_TRY_NUMBER='{try}' AIRFLOW_CTX_DAG_RUN_ID='{run}'")
    t(20, "Using connection ID '{conn}' for task execution.")
    t(15, "Running command: ['/usr/bin/bash', '-c', '{cmd}']")
    t(15, "Command exited with return code {rc}")
    t(15, "Done. Returned value was: None")
    t(12, "{prio} downstream tasks scheduled from follow-on schedule check")
    t(10, "Marking run <DagRun {dag} @ {ts}: {run}, state:running, queued_at: {ts#2}. externally triggered: False> successful")
    t(4, "Marking run <DagRun {dag} @ {ts}: {run}, state:running, queued_at: {ts#2}. externally triggered: False> failed")
    t(10, "DagRun Finished: dag_id={dag}, execution_date={ts}, run_id={run}, run_start_date={ts#2}, run_end_date={ts#3}, run_duration={f}, state={state}, external_trigger=False, run_type=scheduled, data_interval_start={ts#4}, data_interval_end={ts#5}, dag_hash={hex}")
    t(8, "Setting next_dagrun for {dag} to {ts}, run_after={ts#2}")
    t(5, "Adopting or resetting orphaned tasks for active dag runs")
    t(3, "Dependencies not met for <TaskInstance: {dag}.{task} {run} [running]>, dependency 'Task Instance State' FAILED: Task is in the 'running' state.")
    t(3, "Dependencies not met for <TaskInstance: {dag}.{task} {run} [running]>, dependency 'Task Instance Not Running' FAILED: Task is in the running state")
    t(3, "Heartbeat recovered after {secs} seconds")
    t(3, "Received SIGTERM. Terminating subprocesses.")
    t(3, "Sending Signals.SIGTERM to group {pid}. PIDs of all processes in the group: [{pids}]")
    t(3, "Process psutil.Process(pid={pid}, status='terminated', exitcode={rc}, started='{time}') ({pid}) terminated with exit code {rc}")
    t(2, "Exiting gracefully upon receiving signal {sig}")
    t(2, "Detected zombie job: {'full_filepath': '/opt/airflow/dags/{file}.py', 'processor_subdir': '/opt/airflow/dags', 'msg': \"{'DAG Id': '{dag}', 'Task Id': '{task}', 'Run Id': '{run}', 'Hostname': '{host}'}\", 'simple_task_instance': '<airflow.models.taskinstance.SimpleTaskInstance object at 0x7f{hex}>', 'is_failure_callback': True}")
    t(2, "DAG {dag} is at (or above) max_active_tasks limit")
    t(2, "DAG {dag} is at (or above) max_active_runs limit")
    t(1, "Tmp dir root location: /tmp")
    return s


# --------------------------------------------------------------------------
# System 5: Keycloak 24 (Quarkus; "LEVEL [category] (thread)" cut)
# --------------------------------------------------------------------------
def keycloak():
    realms = ["master", "customers", "employees", "partners"] + \
        ["%s-%s" % (t, e) for t in TEAMS[:10] for e in ("prod", "dev")]
    clients = ["account-console", "admin-cli", "security-admin-console"] + \
        ["%s-%s" % (t, k) for t in TEAMS for k in ("web", "api", "mobile")]
    nodes = ["keycloak-%s-%s" % (w, letters(5).lower()) for w in WORDS[:8]]
    P = {
        "realm": lambda: pick(realms), "client": lambda: pick(clients),
        "uuid": uuid, "ip": pubip, "user": lambda: pick(USERS),
        "uri": lambda: "https://%s.%s/%s" % (pick(SUBS), pick(TLDZ),
                                           pick(["callback", "oauth2/callback",
                                                 "login/oauth2/code/keycloak",
                                                 "silent-check-sso.html"])),
        "tab": lambda: alnum(11), "node": lambda: pick(nodes),
        "n": num(2, 40), "cnt": num(1, 5),
        "uidn": lambda: uuid() if R.random() < 0.6 else "null",
        "err": lambda: pick(["user_not_found", "invalid_user_credentials", "user_disabled",
                             "user_temporarily_disabled", "invalid_redirect_uri",
                             "expired_code"]),
        "terr": lambda: pick(["invalid_token", "invalid_client_credentials",
                              "not_allowed", "session_expired"]),
        "param": lambda: pick(["redirect_uri", "response_type", "scope",
                               "code_challenge_method", "prompt"]),
        "path": lambda: "/opt/keycloak/data/import/%s-realm.json" % pick(realms),
        "host": host, "ldap": lambda: pick(["corp-ad", "ldap-" + pick(WORDS),
                                            "openldap-primary", "azure-ad-ds"]),
        "ms": num(1, 9000), "sess": uuid, "scope": lambda: pick(
            ["openid profile email", "openid", "openid offline_access",
             "openid email roles"]),
        "view": lambda: ", ".join(R.sample(nodes, R.randint(2, 4))),
    }
    s = System("Keycloak", P)
    t = s.t
    CM = "realmId={realm}, clientId={client}, userId={uuid}, ipAddress={ip}"
    t(330, "type=LOGIN, " + CM + ", auth_method=openid-connect, auth_type=code, redirect_uri={uri}, consent=no_consent_required, code_id={sess}, username={user}, authSessionParentId={sess}, authSessionTabId={tab}")
    t(300, "type=CODE_TO_TOKEN, " + CM + ", token_id={uuid#2}, grant_type=authorization_code, refresh_token_type=Refresh, scope={scope}, refresh_token_id={uuid#3}, code_id={sess}, client_auth_method=client-secret")
    t(260, "type=REFRESH_TOKEN, " + CM + ", token_id={uuid#2}, grant_type=refresh_token, refresh_token_type=Refresh, scope={scope}, refresh_token_id={uuid#3}, updated_refresh_token_id={uuid#4}, client_auth_method=client-secret")
    t(150, "type=LOGIN_ERROR, realmId={realm}, clientId={client}, userId={uidn}, ipAddress={ip}, error={err}, auth_method=openid-connect, auth_type=code, redirect_uri={uri}, code_id={sess}, username={user}, authSessionParentId={sess}, authSessionTabId={tab}")
    t(60, "type=LOGOUT, realmId={realm}, clientId={client}, userId={uuid}, ipAddress={ip}, redirect_uri={uri}")
    t(50, "type=CLIENT_LOGIN, " + CM + ", token_id={uuid#2}, grant_type=client_credentials, scope={scope}, username=service-account-{client}, client_auth_method=client-secret")
    t(40, "type=INTROSPECT_TOKEN, realmId={realm}, clientId={client}, userId=null, ipAddress={ip}, client_auth_method=client-secret")
    t(35, "type=REFRESH_TOKEN_ERROR, realmId={realm}, clientId={client}, userId=null, ipAddress={ip}, error={terr}, grant_type=refresh_token, client_auth_method=client-secret")
    t(25, "type=CODE_TO_TOKEN_ERROR, realmId={realm}, clientId={client}, userId=null, ipAddress={ip}, error=invalid_code, grant_type=authorization_code, code_id={sess}, client_auth_method=client-secret")
    t(20, "type=UPDATE_PASSWORD, " + CM + ", auth_method=openid-connect, custom_required_action=UPDATE_PASSWORD, redirect_uri={uri}, code_id={sess}, username={user}")
    t(8, "type=UPDATE_PASSWORD_ERROR, " + CM + ", error=password_rejected, auth_method=openid-connect, custom_required_action=UPDATE_PASSWORD, redirect_uri={uri}, code_id={sess}, username={user}")
    t(15, "type=SEND_RESET_PASSWORD, " + CM + ", auth_method=openid-connect, auth_type=code, redirect_uri={uri}, code_id={sess}, email={user}@{host}, username={user}")
    t(40, "Invalid parameter: {param}")
    t(30, "Cookie 'KC_RESTART' not found in the request")
    t(20, "Some clients have been not been logged out for user {user} in {realm} realm: {client}")
    t(12, "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException")
    t(10, "Refresh token is not valid for client {client} in realm {realm}")
    t(8, "Client {client} is not allowed to initiate browser login with given response_type. Implicit flow is disabled for the client.")
    t(6, "Client {client} is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.")
    t(8, "Login failure for user {user} from ip {ip}")
    t(5, "Login success for user {user} from ip {ip}")
    t(8, "ISPN000094: Received new cluster view for channel ISPN: [{node}|{n}] ({cnt}) [{view}]")
    t(4, "ISPN100000: Node {node} joined the cluster")
    t(4, "ISPN100001: Node {node} left the cluster")
    t(3, "ISPN000078: Starting JGroups channel `ISPN` with stack `kubernetes`")
    t(3, "Sync all users from LDAP to local store: realm: {realm}, federation provider: {ldap}")
    t(3, "Sync changed users from LDAP to local store: realm: {realm}, federation provider: {ldap}, last sync time: {ts}")
    t(3, "Sync result: {n} imported users, {cnt} updated users, 0 removed users, 0 users failed sync")
    t(3, "Could not connect to LDAP server ldap://{host}:389 for provider {ldap}: Connection refused")
    t(2, "KC-SERVICES0009: Added user '{user}' to realm '{realm}'")
    t(2, "KC-SERVICES0004: Imported realm {realm} from file {path}.")
    t(2, "KC-SERVICES0030: Full model import requested. Strategy: IGNORE_EXISTING")
    t(2, "Rejected non-local attempt to create initial user from {ip}")
    t(1, "Keycloak 24.0.5 on JVM (powered by Quarkus 3.8.4) started in {ms}.{n}s. Listening on: https://0.0.0.0:8443")
    t(1, "Profile prod activated.")
    t(1, "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, narayana-jta, reactive-routes, resteasy-reactive, smallrye-context-propagation, smallrye-health, vertx]")
    t(2, "Uncaught server error: java.lang.NullPointerException: Cannot invoke \"org.keycloak.models.UserModel.getId()\" because \"user\" is null")
    return s


# --------------------------------------------------------------------------
# events
# --------------------------------------------------------------------------
# ---- labelled error events (part of gen.py; merged below) ----
def build_events(R):
    import string as _s
    W = ("alpha bravo cedar delta ember falcon granite harbor indigo juniper "
         "kestrel lumen maple nimbus onyx pine quartz raven sierra tundra").split()
    TEN = ("acme globex initech umbrella hooli stark wayne wonka tyrell "
           "cyberdyne soylent vandelay pied-piper monarch oscorp").split()
    USR = ("alice bob carol dave erin frank grace heidi ivan judy oscar peggy "
           "rupert sybil trent victor walter zoe amelia bruno").split()

    def hx(n):
        return "".join(R.choice("0123456789abcdef") for _ in range(n))

    def uid():
        return "-".join(hx(k) for k in (8, 4, 4, 4, 12))

    def n(a, b):
        return R.randint(a, b)

    def ip():
        return "10.%d.%d.%d" % (n(0, 255), n(0, 255), n(1, 254))

    def host():
        return "%s-%s.%s" % (R.choice(W), R.choice(["db", "cache", "api", "mq"]),
                             R.choice(["prod.internal", "eu.acme.io", "svc.cluster.local"]))

    def tenant():
        return R.choice(TEN)

    def user():
        return R.choice(USR)

    def email():
        return "%s.%s@%s.com" % (user(), R.choice(W), tenant())

    def ts():
        return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (n(1, 12), n(1, 28), n(0, 23),
                                                     n(0, 59), n(0, 59), n(0, 999))

    def ngdate():
        return "2024/%02d/%02d %02d:%02d:%02d" % (n(1, 12), n(1, 28), n(0, 23),
                                                 n(0, 59), n(0, 59))

    def sysdate():
        return "%s %2d %02d:%02d:%02d" % (R.choice(["Jan", "Feb", "Mar", "Oct", "Nov"]),
                                          n(1, 28), n(0, 23), n(0, 59), n(0, 59))

    def oid():
        return "ORD-%d" % n(100000, 999999)

    def sku():
        return "".join(R.choice(_s.ascii_uppercase) for _ in range(3)) + "-%04d" % n(0, 9999)

    def rid():
        return "".join(R.choice(_s.ascii_uppercase + _s.digits) for _ in range(20))

    def jline(**kw):
        import json as _j
        return _j.dumps(kw)

    G = []  # (group, service, fn, size)

    def g(label, service, size=None):
        def deco(fn):
            G.append((label, service, fn, size))
            return fn
        return deco

    # ---------------- Java ----------------
    @g("java-npe-tax-shipping-null", "orders-api")
    def _():
        return ("Failed to process order %s for tenant %s\n"
                "java.lang.NullPointerException: Cannot invoke \"com.acme.orders.Address.getCountry()\" because \"shipping\" is null\n"
                "\tat com.acme.orders.tax.TaxCalculator.compute(TaxCalculator.java:88)\n"
                "\tat com.acme.orders.OrderService.place(OrderService.java:142)\n"
                "\tat com.acme.orders.web.OrderController.create(OrderController.java:61)\n"
                "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"
                % (oid(), tenant()))

    @g("java-npe-discount-customer-null", "orders-api")
    def _():
        return ("Failed to process order %s for tenant %s\n"
                "java.lang.NullPointerException: Cannot invoke \"com.acme.orders.Customer.getTier()\" because \"customer\" is null\n"
                "\tat com.acme.orders.pricing.DiscountPolicy.apply(DiscountPolicy.java:57)\n"
                "\tat com.acme.orders.OrderService.place(OrderService.java:139)\n"
                "\tat com.acme.orders.web.OrderController.create(OrderController.java:61)\n"
                "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"
                % (oid(), tenant()))

    @g("java-customer-load-stmt-timeout", "crm-service")
    def _():
        c = n(10000, 99999)
        return ("Failed to load customer %d\n"
                "org.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [select * from customer where id = ?]; ERROR: canceling statement due to statement timeout\n"
                "\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:116)\n"
                "\tat com.acme.crm.repo.CustomerRepository.findById(CustomerRepository.java:44)\n"
                "\tat com.acme.crm.CustomerService.load(CustomerService.java:71)\n"
                "Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout\n"
                "  Where: while locking tuple (%d,%d) in relation \"customer\"\n"
                "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)\n"
                "\t... %d common frames omitted" % (c, n(1, 9000), n(1, 90), n(20, 60)))

    @g("java-customer-load-pool-exhausted", "crm-service")
    def _():
        c = n(10000, 99999)
        return ("Failed to load customer %d\n"
                "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n"
                "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n"
                "\tat com.acme.crm.repo.CustomerRepository.findById(CustomerRepository.java:44)\n"
                "\tat com.acme.crm.CustomerService.load(CustomerService.java:71)\n"
                "Caused by: java.sql.SQLTransientConnectionException: HikariPool-%d - Connection is not available, request timed out after %dms (total=%d, active=%d, idle=0, waiting=%d)\n"
                "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
                "\t... %d common frames omitted" % (c, n(1, 2), n(30000, 30010), 20, 20, n(1, 80), n(20, 60)))

    @g("java-kafka-deser-html-payload", "ledger-consumer")
    def _():
        return ("Consumer exception in partition orders-events-%d\n"
                "org.apache.kafka.common.errors.RecordDeserializationException: Error deserializing key/value for partition orders-events-%d at offset %d. If needed, please seek past the record to continue consumption.\n"
                "\tat org.apache.kafka.clients.consumer.internals.CompletedFetch.parseRecord(CompletedFetch.java:331)\n"
                "Caused by: org.apache.kafka.common.errors.SerializationException: Can't deserialize data [[60, 104, 116, 109, 108]] from topic [orders-events]\n"
                "Caused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n"
                " at [Source: (byte[])\"<html><body>%s</body></html>\"; line: 1, column: 2]"
                % ((lambda p: (p, p))(n(0, 11)) + (n(10 ** 6, 10 ** 8), R.choice(W))))

    @g("java-inventory-read-timeout", "checkout-api")
    def _():
        return ("Call to inventory-service failed for cart %s (attempt %d/3)\n"
                "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://inventory-service:8080/v2/reservations\": Read timed out\n"
                "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)\n"
                "\tat com.acme.checkout.clients.InventoryClient.reserve(InventoryClient.java:58)\n"
                "\tat com.acme.checkout.CheckoutService.submit(CheckoutService.java:203)\n"
                "Caused by: java.net.SocketTimeoutException: Read timed out\n"
                "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"
                % (uid(), n(1, 3)))

    @g("java-pricing-read-timeout", "checkout-api")
    def _():
        return ("Call to pricing-service failed for cart %s (attempt %d/3)\n"
                "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://pricing-service:8080/v1/quotes\": Read timed out\n"
                "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)\n"
                "\tat com.acme.checkout.clients.PricingClient.quote(PricingClient.java:73)\n"
                "\tat com.acme.checkout.CheckoutService.submit(CheckoutService.java:188)\n"
                "Caused by: java.net.SocketTimeoutException: Read timed out\n"
                "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"
                % (uid(), n(1, 3)))

    @g("java-inventory-conn-refused", "checkout-api")
    def _():
        return ("Call to inventory-service failed for cart %s (attempt %d/3)\n"
                "org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://inventory-service:8080/v2/reservations\": Connection refused\n"
                "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)\n"
                "\tat com.acme.checkout.clients.InventoryClient.reserve(InventoryClient.java:58)\n"
                "\tat com.acme.checkout.CheckoutService.submit(CheckoutService.java:203)\n"
                "Caused by: java.net.ConnectException: Connection refused\n"
                "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)"
                % (uid(), n(1, 3)))

    @g("java-oom-report-export", "reporting-worker")
    def _():
        return ("Unhandled exception in job export-%s-%s\n"
                "java.lang.OutOfMemoryError: Java heap space\n"
                "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
                "\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)\n"
                "\tat org.apache.poi.xssf.streaming.SXSSFWorkbook.write(SXSSFWorkbook.java:945)\n"
                "\tat com.acme.reports.ExcelExporter.export(ExcelExporter.java:122)"
                % (tenant(), R.choice(["monthly", "weekly", "adhoc"])))

    @g("java-order-illegal-transition", "orders-api")
    def _():
        a, b = R.sample(["CREATED", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"], 2)
        return ("java.lang.IllegalStateException: Cannot transition order %s from %s to %s\n"
                "\tat com.acme.orders.fsm.OrderStateMachine.transition(OrderStateMachine.java:77)\n"
                "\tat com.acme.orders.OrderService.updateStatus(OrderService.java:211)\n"
                "\tat com.acme.orders.events.ShipmentListener.onEvent(ShipmentListener.java:39)"
                % (oid(), a, b))

    @g("java-hibernate-lazy-contacts", "crm-service")
    def _():
        return ("Request GET /api/accounts/%d/summary failed\n"
                "org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.acme.crm.Account.contacts: could not initialize proxy - no Session\n"
                "\tat org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)\n"
                "\tat com.acme.crm.web.AccountSummaryMapper.toDto(AccountSummaryMapper.java:29)" % n(1, 99999))

    @g("java-redis-cmd-timeout", "session-service")
    def _():
        return ("Could not read session %s\n"
                "org.springframework.dao.QueryTimeoutException: Redis command timed out\n"
                "\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:70)\n"
                "\tat com.acme.session.SessionStore.load(SessionStore.java:52)\n"
                "Caused by: io.lettuce.core.RedisCommandTimeoutException: Command timed out after 2 second(s)\n"
                "\tat io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:59)"
                % hx(32))

    @g("java-mysql-lock-wait", "stock-service")
    def _():
        return ("Reservation of %d x %s failed\n"
                "org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE stock SET qty = qty - ? WHERE sku = ?]; Lock wait timeout exceeded; try restarting transaction\n"
                "Caused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Lock wait timeout exceeded; try restarting transaction\n"
                "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:123)\n"
                "\tat com.acme.stock.StockDao.decrement(StockDao.java:66)" % (n(1, 20), sku()))

    @g("java-mysql-deadlock", "stock-service")
    def _():
        return ("Reservation of %d x %s failed\n"
                "org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE stock SET qty = qty - ? WHERE sku = ?]; Deadlock found when trying to get lock; try restarting transaction\n"
                "Caused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Deadlock found when trying to get lock; try restarting transaction\n"
                "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:123)\n"
                "\tat com.acme.stock.StockDao.decrement(StockDao.java:66)" % (n(1, 20), sku()))

    @g("java-dynamodb-throughput", "catalog-sync")
    def _():
        return ("Batch write to table catalog-items-%s failed after %d retries\n"
                "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: %s)\n"
                "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n"
                "\tat com.acme.catalog.sync.DynamoWriter.flush(DynamoWriter.java:91)"
                % (R.choice(["eu", "us", "ap"]), n(3, 10), rid()))

    # ---------------- Python ----------------
    def pytb(frames, last):
        out = ["Traceback (most recent call last):"]
        for f, ln, fn, code in frames:
            out.append('  File "%s", line %d, in %s' % (f, ln, fn))
            out.append("    " + code)
        out.append(last)
        return "\n".join(out)

    @g("py-keyerror-region", "events-worker")
    def _():
        return ("Error handling event %s from %s\n" % (uid(), tenant()) + pytb(
            [("/usr/local/lib/python3.11/site-packages/celery/app/trace.py", 451, "trace_task", "R = retval = fun(*args, **kwargs)"),
             ("/app/worker/tasks.py", 212, "handle_event", 'region = payload["region"]')],
            "KeyError: 'region'"))

    @g("py-keyerror-currency", "events-worker")
    def _():
        return ("Error handling event %s from %s\n" % (uid(), tenant()) + pytb(
            [("/usr/local/lib/python3.11/site-packages/celery/app/trace.py", 451, "trace_task", "R = retval = fun(*args, **kwargs)"),
             ("/app/worker/tasks.py", 230, "handle_event", 'currency = payload["currency"]')],
            "KeyError: 'currency'"))

    @g("py-pg-too-many-connections", "reporting-api")
    def _():
        h = host()
        return pytb(
            [("/app/reporting/db.py", 31, "get_session", "conn = engine.connect()"),
             ("/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py", 3268, "connect", "return self._connection_cls(self)"),
             ("/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", 122, "connect", "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)")],
            'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "%s" (%s), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)' % (h, ip()))

    @g("py-pg-dns-failure", "reporting-api")
    def _():
        return pytb(
            [("/app/reporting/db.py", 31, "get_session", "conn = engine.connect()"),
             ("/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py", 3268, "connect", "return self._connection_cls(self)"),
             ("/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", 122, "connect", "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)")],
            'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "%s" to address: Name or service not known\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)' % host())

    @g("py-requests-conn-refused-billing", "invoice-worker")
    def _():
        return ("charge sync failed for invoice in_%s\n" % hx(14) + pytb(
            [("/app/invoices/sync.py", 88, "push_charge", "resp = session.post(url, json=body, timeout=10)"),
             ("/usr/local/lib/python3.11/site-packages/requests/adapters.py", 519, "send", "raise ConnectionError(e, request=request)")],
            "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='billing.%s.internal', port=443): Max retries exceeded with url: /v1/charges/ch_%s (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 111] Connection refused'))"
            % (R.choice(["eu", "us"]), hx(12), hx(9))))

    @g("py-requests-read-timeout-billing", "invoice-worker")
    def _():
        return ("charge sync failed for invoice in_%s\n" % hx(14) + pytb(
            [("/app/invoices/sync.py", 88, "push_charge", "resp = session.post(url, json=body, timeout=10)"),
             ("/usr/local/lib/python3.11/site-packages/requests/adapters.py", 532, "send", "raise ReadTimeout(e, request=request)")],
            "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='billing.%s.internal', port=443): Read timed out. (read timeout=10)"
            % R.choice(["eu", "us"])))

    @g("py-django-dup-email", "accounts-web")
    def _():
        return ("Internal Server Error: /api/signup\n" + pytb(
            [("/app/accounts/views.py", 64, "signup", "user = User.objects.create_user(email=form.cleaned_data['email'])"),
             ("/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", 89, "_execute", "return self.cursor.execute(sql, params)")],
            "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"accounts_user_email_key\"\nDETAIL:  Key (email)=(%s) already exists." % email()))

    @g("py-typeerror-invoice-total", "invoice-worker")
    def _():
        return pytb(
            [("/srv/app/billing/tasks.py", 41, "finalize", "inv.total = compute_total(inv)"),
             ("/srv/app/billing/invoice.py", 77, "compute_total", "return base + line.tax")],
            "TypeError: unsupported operand type(s) for +: 'float' and 'NoneType'")

    @g("py-celery-softtimelimit-pdf", "reports-worker")
    def _():
        return ("Task reports.tasks.render_pdf[%s] raised unexpected: SoftTimeLimitExceeded()\n" % uid() + pytb(
            [("/usr/local/lib/python3.11/site-packages/celery/app/trace.py", 451, "trace_task", "R = retval = fun(*args, **kwargs)"),
             ("/app/reports/tasks.py", 58, "render_pdf", "pdf = weasyprint.HTML(string=html).write_pdf()")],
            "billiard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()"))

    @g("py-s3-nosuchkey", "media-api")
    def _():
        return ("failed to fetch s3://%s-uploads/%s/%s.jpg: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."
                % (tenant(), user(), uid()))

    @g("py-s3-accessdenied", "media-api")
    def _():
        return ("failed to fetch s3://%s-uploads/%s/%s.jpg: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"
                % (tenant(), user(), uid()))

    # ---------------- Node ----------------
    @g("node-redis-econnrefused", "gateway-bff")
    def _():
        return ("Error: connect ECONNREFUSED %s:6379\n"
                "    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1555:16) {\n"
                "  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n"
                "  address: '%s',\n  port: 6379\n}" % ((lambda a: (a, a))(ip())))

    @g("node-pg-econnrefused", "gateway-bff")
    def _():
        return ("Error: connect ECONNREFUSED %s:5432\n"
                "    at /app/node_modules/pg-pool/index.js:45:11\n"
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                "    at async OrdersRepo.list (/app/dist/repos/orders.js:22:20) {\n"
                "  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n"
                "  address: '%s',\n  port: 5432\n}" % ((lambda a: (a, a))(ip())))

    @g("node-undefined-email-receipt", "notifier")
    def _():
        return ("Unhandled rejection for order %s\n"
                "TypeError: Cannot read properties of undefined (reading 'email')\n"
                "    at buildReceipt (/app/src/mail/receipt.js:41:28)\n"
                "    at async sendReceipt (/app/src/mail/index.js:17:5)\n"
                "    at async Worker.process (/app/src/queue/worker.js:63:9)" % oid())

    @g("node-undefined-email-owner", "notifier")
    def _():
        return ("Unhandled rejection for order %s\n"
                "TypeError: Cannot read properties of undefined (reading 'email')\n"
                "    at resolveOwner (/app/src/teams/owner.js:88:19)\n"
                "    at async notifyOwner (/app/src/teams/index.js:30:18)\n"
                "    at async Worker.process (/app/src/queue/worker.js:63:9)" % oid())

    @g("node-jwt-expired", "gateway-bff")
    def _():
        return ("auth failed for %s on %s %s: TokenExpiredError: jwt expired\n"
                "    at /app/node_modules/jsonwebtoken/verify.js:190:21\n"
                "    at getSecret (/app/node_modules/jsonwebtoken/verify.js:97:14)\n"
                "    at module.exports [as verify] (/app/node_modules/jsonwebtoken/verify.js:101:10)\n"
                "    at authenticate (/app/src/middleware/auth.js:24:17) {\n"
                "  expiredAt: %s\n}" % (user(), R.choice(["GET", "POST"]),
                                       R.choice(["/api/cart", "/api/orders", "/api/profile/%s" % user()]), ts()))

    @g("node-payload-too-large", "upload-api")
    def _():
        e = n(200000, 9000000)
        return ("PayloadTooLargeError: request entity too large\n"
                "    at readStream (/app/node_modules/raw-body/index.js:163:17)\n"
                "    at getRawBody (/app/node_modules/raw-body/index.js:116:12)\n"
                "    at read (/app/node_modules/body-parser/lib/read.js:79:3) {\n"
                "  expected: %d,\n  length: %d,\n  limit: 102400,\n  type: 'entity.too.large'\n}" % (e, e))

    @g("node-validation-email-pino", "signup-api")
    def _():
        return jline(level=50, time=n(1700000000000, 1800000000000), pid=n(1, 999),
                     hostname="signup-api-%s-%s" % (hx(10), hx(5)), reqId="req-%d" % n(1, 9999),
                     tenant=tenant(),
                     err={"type": "ValidationError", "message": "\"email\" must be a valid email",
                          "stack": "ValidationError: \"email\" must be a valid email\n    at Object.exports.process (/app/node_modules/joi/lib/errors.js:193:16)\n    at validateSignup (/app/src/routes/signup.js:19:33)"},
                     msg="request failed")

    @g("node-validation-phone-pino", "signup-api")
    def _():
        return jline(level=50, time=n(1700000000000, 1800000000000), pid=n(1, 999),
                     hostname="signup-api-%s-%s" % (hx(10), hx(5)), reqId="req-%d" % n(1, 9999),
                     tenant=tenant(),
                     err={"type": "ValidationError", "message": "\"phone\" with value \"%s\" fails to match the required pattern: /^\\+[1-9]\\d{6,14}$/" % ("0%d" % n(10 ** 8, 10 ** 9)),
                          "stack": "ValidationError: \"phone\" fails to match the required pattern\n    at Object.exports.process (/app/node_modules/joi/lib/errors.js:193:16)\n    at validateSignup (/app/src/routes/signup.js:19:33)"},
                     msg="request failed")

    # ---------------- Go ----------------
    def gor():
        return "goroutine %d [running]:" % n(1, 90000)

    @g("go-panic-nil-map-cache", "ledger-svc")
    def _():
        return ("panic: assignment to entry in nil map\n\n" + gor() + "\n"
                "github.com/acme/ledger/internal/cache.(*Store).Put(0x%s, {0x%s, 0x%x}, {0x%s, 0x%s})\n"
                "\t/src/internal/cache/store.go:64 +0x%x\n"
                "github.com/acme/ledger/internal/accounts.(*Service).Refresh(0x%s, {0x%s, 0x%s}, {0x%s, 0x%x})\n"
                "\t/src/internal/accounts/service.go:131 +0x%x\n"
                "created by github.com/acme/ledger/internal/accounts.(*Service).Start in goroutine 1\n"
                "\t/src/internal/accounts/service.go:77 +0x%x"
                % (hx(10), hx(6), n(5, 40), hx(6), hx(10), n(0x20, 0x3ff), hx(10), hx(6), hx(10), hx(10),
                   n(5, 40), n(0x20, 0x3ff), n(0x20, 0x3ff)))

    @g("go-panic-index-batch-split", "ledger-svc")
    def _():
        ln = n(0, 64)
        return ("panic: runtime error: index out of range [%d] with length %d\n\n" % (ln + n(0, 5), ln) + gor() + "\n"
                "github.com/acme/ledger/internal/batch.split({0x%s, 0x%x, 0x%x}, 0x%x)\n"
                "\t/src/internal/batch/split.go:42 +0x%x\n"
                "github.com/acme/ledger/internal/batch.(*Writer).Flush(0x%s)\n"
                "\t/src/internal/batch/writer.go:98 +0x%x"
                % (hx(10), ln, ln, n(1, 64), n(0x20, 0x3ff), hx(10), n(0x20, 0x3ff)))

    @g("go-panic-nilptr-handler", "ledger-svc")
    def _():
        return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
                "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]\n\n" % (R.choice([0x18, 0x20, 0x30]), hx(6)) + gor() + "\n"
                "github.com/acme/ledger/internal/api.(*Handler).GetBalance(0x%s, {0x%s, 0x%s}, 0x%s)\n"
                "\t/src/internal/api/handler.go:112 +0x%x\n"
                "net/http.HandlerFunc.ServeHTTP(0x%s, {0x%s, 0x%s}, 0x%s)\n"
                "\t/usr/local/go/src/net/http/server.go:2171 +0x29"
                % (hx(10), hx(6), hx(10), hx(10), n(0x20, 0x3ff), hx(10), hx(6), hx(10), hx(10)))

    def logfmt(msg, err, **kv):
        extra = " ".join("%s=%s" % (k, v) for k, v in kv.items())
        return 'time="%s" level=error msg="%s" err="%s" %s' % (ts(), msg, err, extra)

    @g("go-grpc-deadline-sync", "replicator")
    def _():
        return logfmt("sync failed", "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                      peer="%s:9090" % ip(), tenant=tenant(), shard=n(0, 63), elapsed="%.3fs" % R.uniform(5, 6))

    @g("go-grpc-unavailable-sync", "replicator")
    def _():
        a = ip()
        return logfmt("sync failed", 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %s:9090: connect: connection refused\\"' % a,
                      peer="%s:9090" % a, tenant=tenant(), shard=n(0, 63), elapsed="%.3fs" % R.uniform(0, 0.1))

    @g("go-webhook-x509-expired", "webhook-dispatcher")
    def _():
        h = "hooks.%s.com" % tenant()
        u = "https://%s/hooks/%s" % (h, hx(16))
        return logfmt("webhook delivery failed", 'Post \\"%s\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after 2024-01-01T00:00:00Z' % (u, ts()),
                      url=u, attempt=n(1, 5), subscription=uid())

    @g("go-webhook-dns-nxdomain", "webhook-dispatcher")
    def _():
        h = "hooks.%s.com" % tenant()
        u = "https://%s/hooks/%s" % (h, hx(16))
        return logfmt("webhook delivery failed", 'Post \\"%s\\": dial tcp: lookup %s on 10.96.0.10:53: no such host' % (u, h),
                      url=u, attempt=n(1, 5), subscription=uid())

    # ---------------- .NET ----------------
    @g("dotnet-sql-timeout-getorder", "Contoso.Orders.Api")
    def _():
        return ("fail: Contoso.Orders.Api.Controllers.OrdersController[0]\n"
                "      Error retrieving order %s\n"
                "      Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\n"
                "       ---> System.ComponentModel.Win32Exception (258): The wait operation timed out.\n"
                "         at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\n"
                "         at Contoso.Orders.Repositories.OrderRepository.GetByIdAsync(Guid id) in /src/Orders/Repositories/OrderRepository.cs:line 57\n"
                "      ClientConnectionId:%s\n      Error Number:-2,State:0,Class:11" % (uid(), uid()))

    @g("dotnet-sql-deadlock-updateorder", "Contoso.Orders.Api")
    def _():
        return ("fail: Contoso.Orders.Api.Controllers.OrdersController[0]\n"
                "      Error updating order %s\n"
                "      Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\n"
                "         at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\n"
                "         at Contoso.Orders.Repositories.OrderRepository.UpdateAsync(Order order) in /src/Orders/Repositories/OrderRepository.cs:line 91\n"
                "      ClientConnectionId:%s\n      Error Number:1205,State:51,Class:13" % (uid(), n(50, 400), uid()))

    @g("dotnet-linq-no-elements-price", "Contoso.Catalog")
    def _():
        return ("System.InvalidOperationException: Sequence contains no elements\n"
                "   at System.Linq.ThrowHelper.ThrowNoElementsException()\n"
                "   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n"
                "   at Contoso.Catalog.PriceService.GetBasePrice(String sku) in /src/Catalog/PriceService.cs:line 34\n"
                "   at Contoso.Catalog.Controllers.ProductsController.Get(String sku) in /src/Catalog/Controllers/ProductsController.cs:line 48\n"
                "   sku=%s tenant=%s" % (sku(), tenant()))

    @g("dotnet-carrier-503", "Contoso.Shipping")
    def _():
        return ("Rate lookup failed for shipment %s to %s\n"
                "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\n"
                "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
                "   at Contoso.Shipping.CarrierClient.GetRatesAsync(RateRequest request, CancellationToken ct) in /src/Shipping/CarrierClient.cs:line 72"
                % (uid(), R.choice(["DE", "FR", "US", "PL", "JP", "BR"])))

    @g("dotnet-carrier-429", "Contoso.Shipping")
    def _():
        return ("Rate lookup failed for shipment %s to %s\n"
                "System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n"
                "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
                "   at Contoso.Shipping.CarrierClient.GetRatesAsync(RateRequest request, CancellationToken ct) in /src/Shipping/CarrierClient.cs:line 72"
                % (uid(), R.choice(["DE", "FR", "US", "PL", "JP", "BR"])))

    @g("dotnet-tenant-key-not-found", "Contoso.Gateway")
    def _():
        t = tenant()
        return ("System.Collections.Generic.KeyNotFoundException: The given key '%s' was not present in the dictionary.\n"
                "   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)\n"
                "   at Contoso.Tenancy.TenantResolver.Resolve(String host) in /src/Tenancy/TenantResolver.cs:line 44\n"
                "   at Contoso.Gateway.TenantMiddleware.InvokeAsync(HttpContext context) in /src/Gateway/TenantMiddleware.cs:line 27\n"
                "   host=%s.app.contoso.com" % (t, t))

    # ---------------- AWS SDK (Node v3) ----------------
    @g("node-aws-sqs-expired-token", "queue-poller")
    def _():
        return ("Failed to receive messages from https://sqs.%s.amazonaws.com/%d/%s-jobs\n"
                "ExpiredToken: The security token included in the request is expired\n"
                "    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)\n"
                "    at de_CommandError (/app/node_modules/@aws-sdk/client-sqs/dist-cjs/index.js:1125:10) {\n"
                "  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 403,\n    requestId: '%s',\n    attempts: 1\n  }\n}"
                % (R.choice(["eu-west-1", "us-east-1"]), n(10 ** 11, 10 ** 12 - 1), tenant(), uid()))

    @g("node-aws-sqs-access-denied", "queue-poller")
    def _():
        return ("Failed to receive messages from https://sqs.%s.amazonaws.com/%d/%s-jobs\n"
                "AccessDenied: User: arn:aws:sts::%d:assumed-role/queue-poller/%s is not authorized to perform: sqs:receivemessage on resource: arn:aws:sqs:eu-west-1:%d:%s-jobs because no identity-based policy allows the sqs:receivemessage action\n"
                "    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)\n"
                "    at de_CommandError (/app/node_modules/@aws-sdk/client-sqs/dist-cjs/index.js:1125:10) {\n"
                "  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 403,\n    requestId: '%s',\n    attempts: 1\n  }\n}"
                % (R.choice(["eu-west-1", "us-east-1"]), n(10 ** 11, 10 ** 12 - 1), tenant(), n(10 ** 11, 10 ** 12 - 1),
                   hx(16), n(10 ** 11, 10 ** 12 - 1), tenant(), uid()))

    # ---------------- Postgres server log ----------------
    @g("pg-deadlock-inventory", "postgres")
    def _():
        p1, p2 = n(1000, 99999), n(1000, 99999)
        return ("ERROR:  deadlock detected\n"
                "DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
                "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n"
                "HINT:  See server log for query details.\n"
                "CONTEXT:  while updating tuple (%d,%d) in relation \"inventory\"\n"
                "STATEMENT:  UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2"
                % (p1, n(10 ** 6, 10 ** 8), p2, p2, n(10 ** 6, 10 ** 8), p1, n(1, 9999), n(1, 99)))

    @g("pg-unique-idempotency", "postgres")
    def _():
        return ("ERROR:  duplicate key value violates unique constraint \"payments_idempotency_key_key\"\n"
                "DETAIL:  Key (idempotency_key)=(%s) already exists.\n"
                "STATEMENT:  INSERT INTO payments (id, tenant, amount, idempotency_key) VALUES ($1, $2, $3, $4)" % uid())

    @g("pg-unique-orders-pkey", "postgres")
    def _():
        return ("ERROR:  duplicate key value violates unique constraint \"orders_pkey\"\n"
                "DETAIL:  Key (id)=(%d) already exists.\n"
                "STATEMENT:  INSERT INTO orders (id, tenant, status) VALUES ($1, $2, $3)" % n(10 ** 5, 10 ** 7))

    @g("pg-fk-order-items-product", "postgres")
    def _():
        return ("ERROR:  insert or update on table \"order_items\" violates foreign key constraint \"order_items_product_id_fkey\"\n"
                "DETAIL:  Key (product_id)=(%d) is not present in table \"products\".\n"
                "STATEMENT:  INSERT INTO order_items (order_id, product_id, qty) VALUES ($1, $2, $3)" % n(1, 99999))

    # ---------------- PHP / MySQL ----------------
    @g("php-mysql-too-many-connections", "shop-php")
    def _():
        return ("PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1040] Too many connections in /var/www/html/app/Db.php:23\n"
                "Stack trace:\n#0 /var/www/html/app/Db.php(23): PDO->__construct('mysql:host=%s...', '%s', Object(SensitiveParameterValue))\n"
                "#1 /var/www/html/app/Cart.php(%d): App\\Db::connect()\n#2 {main}\n  thrown in /var/www/html/app/Db.php on line 23"
                % (host(), R.choice(["shop", "shop_ro"]), R.choice([31, 58, 102])))

    @g("php-mysql-conn-refused", "shop-php")
    def _():
        return ("PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/app/Db.php:23\n"
                "Stack trace:\n#0 /var/www/html/app/Db.php(23): PDO->__construct('mysql:host=%s...', '%s', Object(SensitiveParameterValue))\n"
                "#1 /var/www/html/app/Cart.php(%d): App\\Db::connect()\n#2 {main}\n  thrown in /var/www/html/app/Db.php on line 23"
                % (host(), R.choice(["shop", "shop_ro"]), R.choice([31, 58, 102])))

    # ---------------- nginx / Envoy ----------------
    def ngx(kind):
        a = ip()
        srv = "%s.%s.com" % (R.choice(["api", "shop", "app"]), tenant())
        path = "/api/v1/%s/%d" % (R.choice(["orders", "carts", "users"]), n(1, 99999))
        return ('%s [error] %d#%d: *%d %s, client: %s, server: %s, request: "GET %s HTTP/1.1", upstream: "http://%s:8080%s", host: "%s"'
                % (ngdate(), n(1, 99), 0, n(1, 10 ** 7), kind, ip(), srv, path, a, path, srv))

    @g("nginx-upstream-read-timeout", "edge-nginx")
    def _():
        return ngx("upstream timed out (110: Connection timed out) while reading response header from upstream")

    @g("nginx-upstream-conn-refused", "edge-nginx")
    def _():
        return ngx("connect() failed (111: Connection refused) while connecting to upstream")

    @g("nginx-upstream-premature-close", "edge-nginx")
    def _():
        return ngx("upstream prematurely closed connection while reading response header from upstream")

    @g("envoy-upstream-connect-failure", "mesh-envoy")
    def _():
        return ('[%s][%d][debug][router] [source/common/router/router.cc:1254] [Tags: "ConnectionId":"%d","StreamId":"%d"] upstream reset: reset reason: connection failure, transport failure reason: delayed connect error: 111, cluster: outbound|8080||payments.%s.svc.cluster.local'
                % (ts(), n(10, 99), n(1, 99999), n(10 ** 17, 10 ** 19), R.choice(["prod", "staging"])))

    @g("envoy-upstream-overflow", "mesh-envoy")
    def _():
        return ('[%s][%d][debug][router] [source/common/router/router.cc:1254] [Tags: "ConnectionId":"%d","StreamId":"%d"] upstream reset: reset reason: overflow, transport failure reason: , cluster: outbound|8080||payments.%s.svc.cluster.local'
                % (ts(), n(10, 99), n(1, 99999), n(10 ** 17, 10 ** 19), R.choice(["prod", "staging"])))

    # ---------------- syslog ----------------
    def sysl(h, prog, msg):
        return "%s %s %s: %s" % (sysdate(), h, prog, msg)

    def node_host():
        return "%s-%s" % (R.choice(["worker", "node", "compute"]), R.choice(W))

    @g("syslog-oom-kill-java", "kernel")
    def _():
        return sysl(node_host(), "kernel",
                    "Out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:0"
                    % (n(1000, 99999), n(10 ** 6, 10 ** 7), n(10 ** 6, 10 ** 7), R.choice([0, 1000, 999]), n(1000, 30000)))

    @g("syslog-disk-io-error", "kernel")
    def _():
        return sysl(node_host(), "kernel",
                    "blk_update_request: I/O error, dev %s, sector %d op 0x0:(READ) flags 0x0 phys_seg %d prio class 0"
                    % (R.choice(["sdb", "sdc", "nvme1n1"]), n(10 ** 6, 10 ** 9), n(1, 32)))

    @g("syslog-systemd-report-exporter-failed", "systemd")
    def _():
        return sysl(node_host(), "systemd[1]",
                    "report-exporter.service: Main process exited, code=exited, status=1/FAILURE")

    @g("syslog-systemd-cert-renewer-failed", "systemd")
    def _():
        return sysl(node_host(), "systemd[1]",
                    "cert-renewer.service: Main process exited, code=exited, status=1/FAILURE")

    @g("syslog-systemd-report-exporter-killed", "systemd")
    def _():
        return sysl(node_host(), "systemd[1]",
                    "report-exporter.service: Main process exited, code=killed, status=9/KILL")

    # ---------------- JSON structured ----------------
    @g("json-charge-stripe-timeout", "payments-svc")
    def _():
        return jline(level="error", ts=ts(), logger="payments.gateway", msg="charge failed",
                     error="stripe: request timeout after 30s", tenant=tenant(),
                     amount_cents=n(100, 99999), currency=R.choice(["EUR", "USD", "GBP"]),
                     trace_id=hx(32))

    @g("json-charge-adyen-502", "payments-svc")
    def _():
        return jline(level="error", ts=ts(), logger="payments.gateway", msg="charge failed",
                     error="adyen: unexpected status 502 Bad Gateway", tenant=tenant(),
                     amount_cents=n(100, 99999), currency=R.choice(["EUR", "USD", "GBP"]),
                     trace_id=hx(32))

    @g("json-bulk-index-rejected", "search-indexer")
    def _():
        return jline(**{"@timestamp": ts(), "log.level": "ERROR", "logger": "search.indexer",
                        "message": "bulk index rejected", "index": "%s-%s-products" % (tenant(), R.choice(["en", "de", "fr"])),
                        "reason": "es_rejected_execution_exception: rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=%d]"
                        % ((lambda a: (a, a, n(10 ** 5, 10 ** 7), 53687091))(n(10 ** 7, 10 ** 8))),
                        "items": n(100, 5000)})

    @g("json-bulk-mapping-conflict", "search-indexer")
    def _():
        return jline(**{"@timestamp": ts(), "log.level": "ERROR", "logger": "search.indexer",
                        "message": "bulk index rejected", "index": "%s-%s-products" % (tenant(), R.choice(["en", "de", "fr"])),
                        "reason": "mapper_parsing_exception: failed to parse field [price] of type [scaled_float] in document with id '%s'. Preview of field's value: '%s'" % (uid(), R.choice(["N/A", "call us", "TBD"])),
                        "items": n(100, 5000)})

    # a few small groups (1-2 events) for realism
    @g("go-grpc-unavailable-tls-sync", "replicator", 2)
    def _():
        a = ip()
        return logfmt("sync failed", 'rpc error: code = Unavailable desc = connection error: desc = \\"transport: authentication handshake failed: x509: certificate signed by unknown authority\\"',
                      peer="%s:9090" % a, tenant=tenant(), shard=n(0, 63), elapsed="%.3fs" % R.uniform(0, 0.1))

    @g("java-oom-metaspace", "reporting-worker", 1)
    def _():
        return ("Unhandled exception in job export-%s-%s\n"
                "java.lang.OutOfMemoryError: Metaspace\n"
                "\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)\n"
                "\tat java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1017)\n"
                "\tat groovy.lang.GroovyClassLoader.defineClass(GroovyClassLoader.java:372)\n"
                "\tat com.acme.reports.ScriptedColumn.compile(ScriptedColumn.java:40)"
                % (tenant(), R.choice(["monthly", "weekly", "adhoc"])))

    events = []
    for label, svc, fn, size in G:
        k = size if size else R.choice([3, 3, 4, 4, 5, 5, 6, 7, 8])
        for _ in range(k):
            events.append({"service": svc, "message": fn(), "group": label})
    R.shuffle(events)
    return events


def main():
    P_ts = {"ts": ts_iso}
    summary = []
    for fn in (etcd, openvpn, named, airflow, keycloak):
        sysobj = fn()
        sysobj.pools.setdefault("ts", ts_iso)
        rows = sysobj.build()
        k = check_and_write(sysobj, rows)
        summary.append((sysobj.name, k, len(rows)))
    del P_ts
    ev = build_events(R)
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or HERE, "events.jsonl"), "w", encoding="utf-8",
              newline="\n") as f:
        for e in ev:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    for name, k, n in summary:
        print("%-10s %d templates %d lines" % (name, k, n))
    groups = {}
    for e in ev:
        groups[e["group"]] = groups.get(e["group"], 0) + 1
    print("events: %d in %d groups" % (len(ev), len(groups)))


if __name__ == "__main__":
    main()
