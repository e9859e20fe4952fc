#!/usr/bin/env python3
"""Deterministic generator for five synthetic, labelled Loghub-2k-style systems.

Templates are written with placeholders  §{name}  ; every placeholder becomes
<*> in the ground-truth template and is filled from a value generator.
Run:  python3 gen.py      (writes systems/<S>/...)   -- stdlib only, seed fixed.
"""
import csv, os, random, re, string, sys

SEED = 20261206
R = random.Random(SEED)
OUT = os.environ.get("UNSEEN_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "systems")
N = 2000

# ---------------------------------------------------------------- value pools
USERS = """alice bob carol dave erin frank grace heidi ivan judy mallory nina oscar peggy
quentin rupert sybil trent uma victor walter xena yusuf zoe aaron bianca cedric delia
emil fiona gustav hanna igor jasmine kurt lena marco noor olga pablo quinn rosa stefan
tamara ulrich vera wendy xavier yara zeno amelie bruno chiara dmitri elena felix giulia
hugo ines jonas katja lukas mira nils ottilie paula rafael sofia theo ursula valentin
willem ximena yannick zora ahmed beatrix conrad dorothea edgar florian gerda henrik
irene jakob klara leon magda norbert oliver petra reinhard sabine tobias""".split()
SURNAMES = """Schmidt Meyer Novak Rossi Garcia Dubois Kowalski Jensen Silva Murphy Fischer
Weber Moreau Costa Andersen Horvat Lindqvist Okafor Tanaka Nguyen Haddad Petrov""".split()
DOMAINS = "example.org mail.example.org corp.example.com lists.example.net shop.example.de".split()
HOSTS = """atlas hermes zeus apollo athena hera demeter poseidon ares artemis hestia
dionysus kronos rhea gaia selene helios eos nyx hypnos morpheus""".split()
FOLDERS = ["INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive", "INBOX.Receipts",
           "Archive/2025", "Lists/devel", "Lists/announce", "Work/Projects", "Family"]


def pick(seq):
    return R.choice(seq)


def skew(lo, hi_exp):
    return int(lo + 10 ** R.uniform(0, hi_exp)) - 1


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return "-".join(hexs(k) for k in (8, 4, 4, 4, 12))


def ip():
    return "%d.%d.%d.%d" % (R.choice([31, 46, 62, 77, 85, 91, 109, 141, 176, 185, 193, 212, 217]),
                            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def lan_ip():
    return "10.0.%d.%d" % (R.randint(0, 3), R.randint(2, 60))


def b64(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


def secs3():
    return "%.3f" % (10 ** R.uniform(-3, 3.3))


def email():
    return "%s@%s" % (pick(USERS), pick(DOMAINS))


def msgid():
    if R.random() < 0.06:
        return "unspecified"
    return "<%s.%s@%s>" % (hexs(16), R.randint(1000, 99999), pick(DOMAINS))


COMMON = {
    "user": lambda: pick(USERS),
    "ip": ip,
    "lip": lambda: pick(["10.0.0.5", "10.0.0.6", "192.168.10.3", "2001:db8::25"]),
    "pid": lambda: str(R.randint(300, 65000)),
    "n": lambda: str(skew(0, 4)),
    "small": lambda: str(R.randint(1, 9)),
    "uuid": uuid,
    "email": email,
    "ms": lambda: str(skew(1, 3.5)),
    "port": lambda: str(R.randint(1024, 65535)),
    "host": lambda: pick(HOSTS),
}

# ================================================================= DOVECOT ===
DV_SESS = lambda: b64(16)
DV_IO = ("in=§{n} out=§{n} deleted=§{z} expunged=§{z} trashed=§{z} hdr_count=§{z} "
         "hdr_bytes=§{z} body_count=§{z} body_bytes=§{z}")
DOVECOT = dict(vars={
    "svc": lambda: R.choices(["imap", "pop3", "managesieve"], [20, 5, 1])[0],
    "mech": lambda: R.choices(["PLAIN", "LOGIN", "XOAUTH2", "SCRAM-SHA-256"], [10, 3, 2, 1])[0],
    "sess": DV_SESS,
    "secs": lambda: str(R.randint(1, 180)),
    "folder": lambda: pick(FOLDERS),
    "msgid": msgid,
    "cmd": lambda: R.choices(["IDLE", "UID FETCH", "NOOP", "UID SEARCH", "STATUS", "SELECT",
                              "UID STORE", "LIST", "GETQUOTAROOT"], [30, 10, 6, 3, 5, 4, 2, 2, 1])[0],
    "state": lambda: pick(["wait-input", "wait-output", "idle", "active"]),
    "path": lambda: "/var/vmail/%s/%s/Maildir/%s" % (pick(DOMAINS), pick(USERS), pick(["cur", ".Sent/cur", ".Archive/cur", "new"])),
    "mfile": lambda: "%d.M%dP%d.%s,S=%d,W=%d:2,%s" % (R.randint(1600000000, 1760000000), R.randint(1, 999999), R.randint(100, 60000), pick(HOSTS), R.randint(800, 90000), R.randint(800, 90000), pick(["S", "RS", "", "FS"])),
    "ver": lambda: pick(["2.3.21", "2.3.21.1"]),
    "githash": lambda: pick(["47349e2482", "d492236fa0"]),
    "protos": lambda: pick(["imap pop3 lmtp sieve", "imap lmtp sieve", "imap lmtp"]),
    "sig": lambda: pick(["15", "1"]),
    "script": lambda: pick(["roundcube", "vacation", "filters", "managesieve"]),
    "hex": lambda: hexs(R.choice([3, 4, 5])),
    "reason": lambda: pick(["Connection reset by peer", "Broken pipe", "Connection timed out"]),
    "plen": lambda: str(R.choice([100, 250, 1000])),
}, templates=[
    ("§{svc}-login: Login: user=<§{user}>, method=§{mech}, rip=§{ip}, lip=§{lip}, mpid=§{pid}, TLS, session=<§{sess}>", 330),
    ("§{svc}-login: Login: user=<§{user}>, method=§{mech}, rip=§{ip}, lip=§{lip}, mpid=§{pid}, secured, session=<§{sess}>", 60),
    ("§{svc}-login: Disconnected (auth failed, §{small} attempts in §{secs} secs): user=<§{user}>, method=§{mech}, rip=§{ip}, lip=§{lip}, TLS, session=<§{sess}>", 120),
    ("§{svc}-login: Aborted login (auth failed, §{small} attempts in §{secs} secs): user=<§{user}>, method=§{mech}, rip=§{ip}, lip=§{lip}, TLS, session=<§{sess}>", 25),
    ("§{svc}-login: Disconnected (no auth attempts in §{secs} secs): user=<>, rip=§{ip}, lip=§{lip}, TLS, session=<§{sess}>", 90),
    ("§{svc}-login: Disconnected (no auth attempts in §{secs} secs): user=<>, rip=§{ip}, lip=§{lip}, TLS handshaking: SSL_accept() failed: error:0A000418:SSL routines::tlsv1 alert unknown ca: SSL alert number 48, session=<§{sess}>", 18),
    ("§{svc}-login: Disconnected (disconnected before auth was ready, waited §{secs} secs): user=<>, rip=§{ip}, lip=§{lip}, session=<§{sess}>", 30),
    ("§{svc}-login: Disconnected (client didn't finish SASL auth, waited §{secs} secs): user=<>, method=§{mech}, rip=§{ip}, lip=§{lip}, TLS, session=<§{sess}>", 6),
    ("imap(§{user})<§{pid}><§{sess}>: Disconnected: Logged out " + DV_IO, 300),
    ("imap(§{user})<§{pid}><§{sess}>: Disconnected: Connection closed (§{cmd} finished §{secs3} secs ago) " + DV_IO, 150),
    ("imap(§{user})<§{pid}><§{sess}>: Disconnected: Disconnected for inactivity (§{cmd} finished §{secs3} secs ago) " + DV_IO, 40),
    ("imap(§{user})<§{pid}><§{sess}>: Disconnected: Connection closed: read(size=§{n}) failed: §{reason} (§{cmd} running for §{secs3} + waiting input for §{secs3} secs, §{n} B in + §{n} B out, state=§{state}) " + DV_IO, 35),
    ("imap(§{user})<§{pid}><§{sess}>: Disconnected: Server shutting down. " + DV_IO, 4),
    ("pop3(§{user})<§{pid}><§{sess}>: Disconnected: Logged out top=§{n}/§{n}, retr=§{n}/§{n}, del=§{n}/§{n}, size=§{n}", 70),
    ("pop3(§{user})<§{pid}><§{sess}>: Disconnected: Connection closed top=§{n}/§{n}, retr=§{n}/§{n}, del=§{n}/§{n}, size=§{n}", 12),
    ("lmtp(§{pid}): Connect from local", 110),
    ("lmtp(§{pid}): Disconnect from local: Client has quit the connection (state=READY)", 105),
    ("lmtp(§{pid}): Disconnect from local: Connection closed (state=DATA)", 3),
    ("lmtp(§{user})<§{pid}><§{sess}>: msgid=§{msgid}: saved mail to §{folder}", 95),
    ("lmtp(§{user})<§{pid}><§{sess}>: sieve: msgid=§{msgid}: stored mail into mailbox '§{folder}'", 120),
    ("lmtp(§{user})<§{pid}><§{sess}>: sieve: msgid=§{msgid}: forwarded to <§{email}>", 15),
    ("lmtp(§{user})<§{pid}><§{sess}>: sieve: msgid=§{msgid}: marked message to be discarded if not explicitly delivered (discard action)", 8),
    ("lmtp(§{user})<§{pid}><§{sess}>: Error: msgid=§{msgid}: save failed to §{folder}: Quota exceeded (mailbox for user is full)", 9),
    ("auth: passwd-file(§{user},§{ip},<§{sess}>): unknown user", 45),
    ("auth: passwd-file(§{user},§{ip},<§{sess}>): Password mismatch", 60),
    ("auth-worker(§{pid}): pam(§{user},§{ip},<§{sess}>): unknown user", 14),
    ("auth-worker(§{pid}): pam(§{user},§{ip},<§{sess}>): pam_authenticate() failed: Authentication failure (Password mismatch?)", 16),
    ("auth: Warning: auth client §{small} disconnected with §{small} pending requests: EOF", 3),
    ("imap(§{user})<§{pid}><§{sess}>: Error: Mailbox §{folder}: UID=§{n}: read(§{path}/§{mfile}) failed: Cached message size larger than expected (§{n} > §{n}, box=§{folder}, UID=§{n}) (read reason=)", 5),
    ("imap(§{user})<§{pid}><§{sess}>: Warning: Maildir §{path}: Expunged message reappeared, giving a new UID (old uid=§{n}, file=§{mfile})", 4),
    ("imap(§{user})<§{pid}><§{sess}>: Warning: Maildir: Scanning §{path} took §{secs} seconds (§{small} readdir()s, §{n} rename()s to cur/, why=0x§{hex})", 7),
    ("imap(§{user})<§{pid}><§{sess}>: Warning: Transaction log file §{path}/dovecot.index.log was locked for §{secs} seconds (mailbox was synced)", 5),
    ("master: Warning: service(§{svc}-login): process_limit (§{plen}) reached, client connections are being dropped", 4),
    ("master: Dovecot v§{ver} (§{githash}) starting up for §{protos} (core dumps disabled)", 2),
    ("master: Warning: Killed with signal §{sig} (by pid=1 uid=0 code=kill)", 2),
    ("indexer-worker(§{user})<§{pid}><§{sess}>: Error: fts_solr: Indexing failed: 503 Service Unavailable", 3),
    ("managesieve(§{user})<§{pid}><§{sess}>: sieve: Script '§{script}' was activated", 2),
    ("managesieve(§{user})<§{pid}><§{sess}>: Disconnected: Logged out bytes=§{n}/§{n}", 4),
])
DOVECOT["vars"]["secs3"] = secs3
DOVECOT["vars"]["z"] = lambda: "0" if R.random() < 0.75 else str(skew(1, 3))

# =================================================================== VAULT ===
MOUNT_TYPES = ["kv", "pki", "transit", "database", "aws", "ssh", "cubbyhole", "system", "identity", "token", "totp"]
MPATHS = ["secret/", "pki/", "pki_int/", "transit/", "database/", "aws/", "ssh-client-signer/", "kv-apps/",
          "cubbyhole/", "sys/", "identity/", "kv-team-payments/", "kv-team-search/"]
AUTHS = ["kubernetes", "approle", "userpass", "oidc", "ldap", "aws", "jwt", "token"]
PEERS = ["vault-alpha", "vault-bravo", "vault-charlie", "vault-delta", "vault-echo"]
PADDR = {p: "10.0.1.%d:8201" % (11 + i) for i, p in enumerate(PEERS)}


def lease():
    kind = R.choices(["auth", "database", "aws", "pki"], [6, 3, 1, 1])[0]
    if kind == "auth":
        return "auth/%s/login/%s" % (pick(AUTHS[:5]), b64(24).replace("/", "x").replace("+", "y"))
    if kind == "database":
        return "database/creds/%s/%s" % (pick(["readonly", "app-rw", "reporting", "migrations"]), b64(24).replace("/", "Q").replace("+", "z"))
    if kind == "aws":
        return "aws/creds/%s/%s" % (pick(["deploy", "s-three-reader"]), b64(24).replace("/", "k").replace("+", "m"))
    return "pki_int/issue/%s/%s" % (pick(["web-servers", "internal"]), b64(24).replace("/", "u").replace("+", "v"))


def ver():
    return R.choice(['""', '"v0.16.1+builtin"', '"v1.15.1+builtin.vault"', '"v0.19.0+builtin"', '""'])


def raft_err():
    p = pick(PEERS)
    return R.choice([
        '"dial tcp %s: connect: connection refused"' % PADDR[p],
        '"dial tcp %s: i/o timeout"' % PADDR[p],
        '"msgpack decode error [pos 0]: io: read/write on closed pipe"',
        'EOF',
    ])


VAULT = dict(vars={
    "mtype": lambda: pick(MOUNT_TYPES),
    "ver": ver,
    "mpath": lambda: pick(MPATHS),
    "atype": lambda: pick(AUTHS),
    "apath": lambda: pick(AUTHS) + "/",
    "lease": lease,
    "addr": lambda: PADDR[pick(PEERS)],
    "node": lambda: pick(PEERS),
    "maybeaddr": lambda: R.choice(["", PADDR[pick(PEERS)]]),
    "maybenode": lambda: R.choice(["", pick(PEERS)]),
    "term": lambda: str(R.randint(2, 90)),
    "index": lambda: str(R.randint(100000, 4000000)),
    "index2": lambda: str(R.randint(4000001, 9000000)),
    "dur": lambda: R.choice(["%dms" % R.randint(1, 999), "%.6fms" % R.uniform(0, 50), "%.3fs" % R.uniform(1, 30), "%dµs" % R.randint(10, 999)]),
    "cip": lambda: "%s:%s" % (ip(), R.randint(1024, 65535)),
    "tlserr": lambda: R.choice(["EOF", "remote error: tls: bad certificate", "tls: first record does not look like a TLS handshake",
                                "read tcp 10.0.1.11:8200->%s: read: connection reset by peer" % ("%s:%d" % (ip(), R.randint(1024, 65535))),
                                "tls: client offered only unsupported versions: [302 301]"]),
    "rerr": raft_err,
    "role": lambda: pick(["readonly", "app-rw", "reporting", "migrations", "ci-runner", "payments-api"]),
    "count": lambda: str(skew(0, 4)),
    "reqid": uuid,
    "acc": lambda: "accessor_%s" % hexs(6),
    "audpath": lambda: pick(["file/", "syslog/", "socket/"]),
    "audtype": lambda: pick(["file", "syslog", "socket"]),
}, templates=[
    ("revoked lease: lease_id=§{lease}", 380),
    ("failed to revoke lease: lease_id=§{lease} error=\"failed to revoke entry: resp: (*logical.Response)(nil) err: §{rerr}\"", 20),
    ("TLS handshake error from §{cip}: §{tlserr}", 210),
    ("failed to heartbeat to: peer=§{addr} backoff time=§{dur} error=§{rerr}", 110),
    ("failed to appendEntries to: peer=\"{Voter §{node} §{addr}}\" error=§{rerr}", 45),
    ("pipelining replication: peer=\"{Voter §{node} §{addr}}\"", 25),
    ("added peer, starting replication: peer=§{node}", 12),
    ("aborting pipeline replication: peer=\"{Voter §{node} §{addr}}\"", 10),
    ("entering follower state: follower=\"Node at §{addr} [Follower]\" leader-address=§{maybeaddr} leader-id=§{maybenode}", 14),
    ("entering candidate state: node=\"Node at §{addr} [Candidate]\" term=§{term}", 8),
    ("entering leader state: leader=\"Node at §{addr} [Leader]\"", 5),
    ("election won: term=§{term} tally=§{small}", 5),
    ("heartbeat timeout reached, starting election: last-leader-addr=§{maybeaddr} last-leader-id=§{maybenode}", 7),
    ("starting snapshot up to: index=§{index}", 30),
    ("snapshot complete up to: index=§{index}", 30),
    ("compacting logs: from=§{index} to=§{index2}", 28),
    ("successfully mounted: type=§{mtype} version=§{ver} path=§{mpath} namespace=\"ID: root. Path: \"", 90),
    ("successfully enabled credential backend: type=§{atype} version=§{ver} path=§{apath} namespace=\"ID: root. Path: \"", 40),
    ("successfully mounted backend: type=§{mtype} path=§{mpath}", 6),
    ("mount tuning of leases successful: path=§{mpath}", 8),
    ("enabled audit backend: path=§{audpath} type=§{audtype}", 6),
    ("post-unseal setup starting", 15),
    ("post-unseal setup complete", 15),
    ("pre-seal teardown starting", 9),
    ("pre-seal teardown complete", 9),
    ("vault is unsealed", 14),
    ("vault is sealed", 4),
    ("stored unseal keys supported, attempting fetch", 12),
    ("acquired lock, enabling active operation", 11),
    ("entering standby mode", 6),
    ("starting listener: listener_address=§{addr}", 4),
    ("serving cluster requests: cluster_listen_address=§{addr}", 4),
    ("starting rollback manager", 13),
    ("restoring leases", 12),
    ("lease restore complete", 12),
    ("collecting keys to upgrade", 3),
    ("done collecting keys: num_keys=§{small}", 3),
    ("usage gauge collection is disabled", 2),
    ("beginning tidy operation on tokens", 22),
    ("number of tokens scanned in parent index list: count=§{count}", 22),
    ("number of tokens revoked in parent index list: count=§{count}", 21),
    ("number of invalid accessor entries in accessor list: count=§{count}", 1),
    ("finished tidy operation on tokens", 22),
    ("error creating dynamic credentials: role=§{role} request_id=§{reqid} error=\"pq: password authentication failed for user \\\"vault\\\"\"", 9),
    ("periodic function failed: path=§{mpath} error=\"context deadline exceeded\"", 2),
])
VAULT["vars"]["small"] = lambda: str(R.randint(1, 5))

# ============================================================= SPRING BOOT ===
APPS = ["OrderServiceApplication"]
PODS = lambda: "order-svc-%s-%s" % (pick(["7d9f8c6b5", "6c4b9d7f8"]), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
ENDPOINTS = ["/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/{id}/items", "/api/v1/orders/{id}/cancel",
             "/api/v1/customers/{id}/orders", "/api/v1/carts/{id}/checkout"]
EXC = [
    'java.lang.NullPointerException: Cannot invoke "com.example.order.domain.Customer.getId()" because "customer" is null',
    "java.lang.IllegalStateException: Order already cancelled",
    "org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uk_order_external_ref\"]",
    "feign.RetryableException: Read timed out executing POST http://payment-service/api/v1/payments",
]
SIGS = [
    "public org.springframework.http.ResponseEntity<com.example.order.dto.OrderResponse> com.example.order.web.OrderController.create(com.example.order.dto.OrderRequest)",
    "public com.example.order.dto.OrderResponse com.example.order.web.OrderController.update(java.util.UUID,com.example.order.dto.OrderPatch)",
    "public void com.example.order.web.CartController.checkout(java.util.UUID,com.example.order.dto.CheckoutRequest)",
]
PRODUCTS = ["espresso-grinder", "milk-frother", "descaler", "paper-filters", "travel-mug", "kettle", "bean-subscription", "cleaning-tabs"]
SPRING = dict(vars={
    "app": lambda: pick(APPS),
    "appver": lambda: pick(["1.14.2", "1.14.3"]),
    "jver": lambda: pick(["17.0.9", "17.0.10"]),
    "pod": PODS,
    "pidq": lambda: pick(["1", "7"]),
    "secs": lambda: "%.3f" % R.uniform(5, 14),
    "ctx": lambda: R.choice(["", "", "/orders"]),
    "nep": lambda: pick(["4", "14"]),
    "conn": lambda: "org.postgresql.jdbc.PgConnection@%s" % hexs(R.choice([7, 8])),
    "leap": lambda: "%dm%ds%dms" % (R.randint(1, 3), R.randint(0, 59), R.randint(0, 999)),
    "oid": uuid,
    "cust": lambda: pick(USERS),
    "nitems": lambda: str(R.choices(range(1, 12), [20, 14, 9, 6, 4, 3, 2, 1, 1, 1, 1])[0]),
    "amount": lambda: "%.2f" % (10 ** R.uniform(0.7, 3)),
    "prov": lambda: pick(["stripe", "adyen", "paypal"]),
    "method": lambda: R.choices(["GET", "POST", "PUT", "DELETE", "PATCH"], [10, 6, 2, 1, 1])[0],
    "ep": lambda: pick(ENDPOINTS).replace("{id}", uuid()),
    "exc": lambda: pick(EXC),
    "sig": lambda: pick(SIGS),
    "sku": lambda: "%s-%s" % (pick(PRODUCTS), R.choice(["s", "m", "l", "eu", "uk", "black", "white"])),
    "stock": lambda: str(R.randint(0, 300)),
    "field": lambda: pick(["quantity", "shippingAddress.postalCode", "customerEmail", "items[0].sku", "items"]),
    "vmsg": lambda: pick(["must not be null", "must be greater than 0", "must be a well-formed email address", "size must be between 1 and 50"]),
    "evurl": lambda: "http://eureka-%s.infra.svc:8761/eureka/" % pick(["one", "two"]),
    "status": lambda: R.choices(["200", "204", "404"], [20, 5, 1])[0],
    "instid": lambda: "%s:order-service:8080" % lan_ip(),
    "reason": lambda: pick(["customer request", "payment declined", "out of stock", "fraud check failed"]),
    "topic": lambda: pick(["order-events", "order-status"]),
}, templates=[
    ("Received §{method} §{ep} from customer §{cust}", 330),
    ("Order §{oid} created for customer §{cust} with §{nitems} items, total §{amount} EUR", 150),
    ("Payment authorized for order §{oid} (provider=§{prov}, amount=§{amount})", 120),
    ("Payment declined for order §{oid} (provider=§{prov}, amount=§{amount})", 25),
    ("Order §{oid} cancelled: §{reason}", 30),
    ("Published OrderCreatedEvent for order §{oid} to topic §{topic}", 110),
    ("Published OrderCancelledEvent for order §{oid} to topic §{topic}", 20),
    ("Stock reserved for sku §{sku}: §{stock} left", 90),
    ("Stock low for sku §{sku}: §{stock} left", 15),
    ("Slow request: §{method} §{ep} took §{ms} ms", 40),
    ("Resolving eureka endpoints via configuration", 150),
    ("Disable delta property : false", 20),
    ("Single vip registry refresh property : null", 20),
    ("Getting all instance registry info from the eureka server", 20),
    ("The response status is §{status}", 25),
    ("DiscoveryClient_ORDER-SERVICE/§{instid} - registration status: §{status}", 10),
    ("DiscoveryClient_ORDER-SERVICE/§{instid} - Re-registering apps/ORDER-SERVICE", 3),
    ("HikariPool-1 - Starting...", 6),
    ("HikariPool-1 - Start completed.", 6),
    ("HikariPool-1 - Added connection §{conn}", 10),
    ("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=§{leap}).", 7),
    ("HikariPool-1 - Failed to validate connection §{conn} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.", 18),
    ("HikariPool-1 - Connection is not available, request timed out after 30000ms.", 4),
    ("HikariPool-1 - Shutdown initiated...", 3),
    ("HikariPool-1 - Shutdown completed.", 3),
    ("Starting §{app} v§{appver} using Java §{jver} on §{pod} with PID §{pidq} (/app/app.jar started by spring in /app)", 6),
    ("No active profile set, falling back to 1 default profile: \"default\"", 1),
    ("The following 1 profile is active: \"prod\"", 5),
    ("Tomcat initialized with port(s): 8080 (http)", 6),
    ("Starting service [Tomcat]", 6),
    ("Starting Servlet engine: [Apache Tomcat/10.1.16]", 6),
    ("Initializing Spring embedded WebApplicationContext", 6),
    ("Root WebApplicationContext: initialization completed in §{ms} ms", 6),
    ("HHH000204: Processing PersistenceUnitInfo [name: default]", 6),
    ("HHH000412: Hibernate ORM core version 6.2.13.Final", 6),
    ("HHH000490: Using JtaPlatform implementation: [org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform]", 6),
    ("HHH000104: firstResult/maxResults specified with collection fetch; applying in memory", 30),
    ("Initialized JPA EntityManagerFactory for persistence unit 'default'", 6),
    ("Closing JPA EntityManagerFactory for persistence unit 'default'", 3),
    ("Exposing §{nep} endpoint(s) beneath base path '/actuator'", 6),
    ("Tomcat started on port(s): 8080 (http) with context path '§{ctx}'", 6),
    ("Started §{app} in §{secs} seconds (process running for §{secs})", 6),
    ("Initializing Spring DispatcherServlet 'dispatcherServlet'", 6),
    ("Initializing Servlet 'dispatcherServlet'", 6),
    ("Completed initialization in §{small} ms", 6),
    ("Commencing graceful shutdown. Waiting for active requests to complete", 3),
    ("Graceful shutdown complete", 3),
    ("Servlet.service() for servlet [dispatcherServlet] in context with path [§{ctx}] threw exception [Request processing failed: §{exc}] with root cause", 22),
    ("Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method '§{method}' is not supported]", 12),
    ("Resolved [org.springframework.http.converter.HttpMessageNotReadableException: Required request body is missing: §{sig}]", 8),
    ("Validation failed for field '§{field}': §{vmsg}", 35),
])

# ================================================================ iOS APP ===
ACCTS = lambda: "DE%02d••••%04d" % (R.randint(10, 99), R.randint(0, 9999))
PATHS_API = ["/v2/accounts", "/v2/accounts/%s/transactions", "/v2/accounts/%s/balance", "/v2/cards", "/v2/cards/%s/limits",
             "/v2/payees", "/v2/transfers", "/v2/me", "/v2/notifications/unread", "/v2/feature-flags"]


def api_path():
    p = pick(PATHS_API)
    if "%s" in p:
        p = p % uuid()
    if "transactions" in p and R.random() < 0.6:
        p += "?cursor=%s&limit=50" % b64(12).replace("/", "_").replace("+", "-")
    return p


NSERR = [
    ('NSURLErrorDomain', '-1009', 'The Internet connection appears to be offline.'),
    ('NSURLErrorDomain', '-1001', 'The request timed out.'),
    ('NSURLErrorDomain', '-1005', 'The network connection was lost.'),
    ('NSURLErrorDomain', '-999', 'cancelled'),
    ('BKAPIErrorDomain', '401', 'Unauthorized'),
]
EVENTS = ["screen_view", "tap_transfer", "tap_card_freeze", "login_success", "statement_download", "search_transactions"]
SCREENS = ["accounts", "transactions", "cards", "transfer", "settings", "payees"]
IOS = dict(vars={
    "hm": lambda: R.choices(["GET", "POST", "PUT", "DELETE"], [12, 3, 1, 1])[0],
    "apath": api_path,
    "code": lambda: R.choices(["200", "201", "204", "304", "400", "401", "404", "409", "500", "503"], [60, 4, 4, 8, 2, 2, 2, 1, 1, 1])[0],
    "nsdom": None, "nscode": None, "nsmsg": None,
    "secs": lambda: str(R.randint(1, 900)),
    "iso": lambda: "2026-12-%02dT%02d:%02d:%02dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
    "lreason": lambda: pick(["userInitiated", "tokenRevoked", "sessionTimeout", "biometryChanged"]),
    "kkey": lambda: pick(["com.ledgerly.refreshToken", "com.ledgerly.deviceId", "com.ledgerly.pinHash", "com.ledgerly.pushToken"]),
    "kstat": lambda: R.choices(["0", "-25300", "-25308"], [20, 3, 1])[0],
    "acct": ACCTS,
    "tok": lambda: hexs(64),
    "cat": lambda: pick(["TRANSACTION", "SECURITY_ALERT", "MARKETING", "TRANSFER_RECEIVED"]),
    "ev": lambda: pick(EVENTS),
    "props": lambda: R.choice(['{}', '{"screen":"%s"}' % pick(SCREENS), '{"screen":"%s","source":"%s"}' % (pick(SCREENS), pick(["tab", "deeplink", "push"]))]),
    "reach": lambda: R.choices(["ReachableViaWiFi", "ReachableViaWWAN", "NotReachable"], [6, 4, 1])[0],
    "last4": lambda: "%04d" % R.randint(0, 9999),
    "yn": lambda: pick(["YES", "NO"]),
    "amount": lambda: "%.2f" % (10 ** R.uniform(0.5, 3.5)),
    "ccy": lambda: R.choices(["EUR", "USD", "GBP", "CHF"], [10, 2, 1, 1])[0],
    "payee": lambda: "%s %s" % (pick(USERS).capitalize(), pick(SURNAMES)),
    "rej": lambda: pick(["insufficient funds", "daily limit exceeded", "payee blocked", "invalid IBAN checksum", "SCA required"]),
    "url": lambda: "https://cdn.ledgerly.app/merchants/%s.png" % pick(["rewe", "edeka", "lidl", "spotify", "netflix", "db-bahn", "amazon", "ikea", "shell", "aral", "dm", "zalando"]),
    "cnt": lambda: str(skew(0, 2.2)),
    "flags": lambda: str(R.randint(30, 48)),
    "etag": lambda: '"%s"' % hexs(16),
    "host": lambda: pick(["api.ledgerly.app", "auth.ledgerly.app", "cdn.ledgerly.app"]),
    "wscode": lambda: pick(["1000", "1001", "1006"]),
    "wsreason": lambda: R.choice(["", "", "going away", "idle timeout"]),
    "coord": lambda: "%.5f" % R.uniform(47, 54),
    "acc": lambda: "%.1f" % R.uniform(5, 80),
    "nsx": lambda: "Error Domain=%s Code=%s \"%s\"" % pick(NSERR),
}, templates=[
    ("-[BKAPIClient performRequest:completion:] §{hm} §{apath} -> §{code} (§{ms}ms)", 420),
    ("-[BKAPIClient performRequest:completion:] request failed: §{nsx}", 60),
    ("-[BKAPIClient performRequest:completion:] retrying §{hm} §{apath} in §{small}s (attempt §{small})", 25),
    ("-[BKSessionManager refreshTokenIfNeeded] token valid for §{secs}s, skipping refresh", 150),
    ("-[BKSessionManager refreshTokenIfNeeded] token expires in §{secs}s, refreshing", 45),
    ("-[BKSessionManager handleRefreshResponse:] refreshed access token, new expiry §{iso}", 45),
    ("-[BKSessionManager logoutWithReason:] reason=§{lreason}", 8),
    ("-[BKBiometricAuth evaluatePolicy:reply:] success=YES", 40),
    ("-[BKBiometricAuth evaluatePolicy:reply:] success=NO error=§{nsx}", 6),
    ("-[BKKeychainStore readItemForKey:] key=§{kkey} status=§{kstat}", 90),
    ("-[BKKeychainStore writeItem:forKey:] key=§{kkey} status=§{kstat}", 12),
    ("-[BKAccountsViewController viewDidAppear:]", 110),
    ("-[BKAccountsViewController viewWillDisappear:]", 95),
    ("-[BKTransactionsViewController viewDidAppear:]", 60),
    ("-[BKTransactionsStore mergeTransactions:] merged §{cnt} new, §{cnt} updated, §{cnt} deleted (account=§{acct})", 130),
    ("-[BKPushRegistrar application:didRegisterForRemoteNotificationsWithDeviceToken:] token=§{tok}", 5),
    ("-[BKPushHandler userNotificationCenter:didReceiveNotificationResponse:withCompletionHandler:] category=§{cat} id=§{uuid}", 20),
    ("-[BKAnalytics track:properties:] event=§{ev} props=§{props}", 160),
    ("-[BKReachability reachabilityChanged:] status=§{reach}", 25),
    ("-[BKAppDelegate applicationDidEnterBackground:]", 40),
    ("-[BKAppDelegate applicationWillEnterForeground:]", 38),
    ("-[BKAppDelegate applicationDidBecomeActive:]", 42),
    ("-[BKCardService setCard:frozen:completion:] card=••••§{last4} frozen=§{yn}", 6),
    ("-[BKTransferService submitTransfer:] transfer §{uuid} amount=§{amount} §{ccy} to payee §{payee}", 25),
    ("-[BKTransferService submitTransfer:] transfer §{uuid} rejected: §{rej}", 7),
    ("-[BKImageCache imageForURL:] cache hit §{url}", 120),
    ("-[BKImageCache imageForURL:] cache miss §{url}", 45),
    ("-[BKCoreDataStack saveContext] saved §{cnt} objects in §{ms}ms", 70),
    ("-[BKCoreDataStack saveContext] save failed: Error Domain=NSCocoaErrorDomain Code=133020 \"Could not merge changes.\"", 3),
    ("-[BKFeatureFlags refresh] loaded §{flags} flags, etag=§{etag}", 12),
    ("-[BKJailbreakDetector check] result=clean", 14),
    ("-[BKCertificatePinner URLSession:didReceiveChallenge:completionHandler:] pinned host §{host} matched", 40),
    ("-[BKCertificatePinner URLSession:didReceiveChallenge:completionHandler:] pin mismatch for host §{host}, cancelling", 2),
    ("-[BKLocationManager locationManager:didUpdateLocations:] lat=§{coord} lon=§{coord} acc=§{acc}", 8),
    ("-[BKWebSocketClient webSocketDidOpen:]", 20),
    ("-[BKWebSocketClient webSocket:didCloseWithCode:reason:] code=§{wscode} reason=§{wsreason}", 18),
])
IOS["vars"] = {k: v for k, v in IOS["vars"].items() if v is not None}
IOS["vars"]["small"] = lambda: str(R.randint(1, 4))

# ================================================================= VS CODE ===
EXTS = ["vscode.git", "vscode.git-base", "vscode.github", "vscode.typescript-language-features", "vscode.emmet",
        "vscode.markdown-language-features", "vscode.json-language-features", "ms-python.python", "ms-python.vscode-pylance",
        "esbenp.prettier-vscode", "dbaeumer.vscode-eslint", "eamodio.gitlens", "redhat.vscode-yaml", "ms-azuretools.vscode-docker",
        "golang.go", "rust-lang.rust-analyzer", "github.copilot", "github.copilot-chat", "ms-vscode-remote.remote-ssh",
        "streetsidesoftware.code-spell-checker", "vscode.npm", "vscode.debug-auto-launch", "ms-toolsai.jupyter"]
ACT_EVENTS = ["*", "onStartupFinished", "onLanguage:python", "onLanguage:typescript", "onLanguage:markdown", "onLanguage:json",
              "onLanguage:yaml", "onLanguage:go", "onCommand:git.refresh", "workspaceContains:package.json",
              "workspaceContains:**/*.py", "onView:explorer", "onFileSystem:git", "onDebugResolve:node"]
PROJ = ["ledger", "checkout", "webshop", "infra", "notes", "dotfiles", "thesis", "analytics", "portal"]
GITCMDS = [
    "status -z -uall", "rev-parse --show-toplevel", "rev-parse --git-dir --git-common-dir", "fetch", "config --get commit.template",
    "for-each-ref --sort -committerdate --format %(refname) %(objectname) %(*objectname)", "remote --verbose",
    "check-ignore -v -z --stdin", "symbolic-ref --short HEAD", "log --format=%H -n 1", "diff --name-status -z --diff-filter=ADMR HEAD",
    "ls-files --stage -- %s", "show --textconv :%s", "cat-file -s %s", "merge-base HEAD refs/remotes/origin/main",
    "rev-list --count --left-right refs/heads/main...refs/remotes/origin/main",
]
SRCFILES = ["src/index.ts", "src/app.py", "README.md", "package.json", "src/components/Cart.tsx", "pkg/server/handler.go",
            "tests/test_api.py", "docs/setup.md", "src/lib/utils.ts"]


def home():
    u = pick(USERS)
    return R.choice(["/home/%s" % u, "/Users/%s" % u])


def gitcmd():
    c = R.choices(GITCMDS, [30, 12, 8, 6, 5, 5, 4, 8, 6, 4, 4, 3, 3, 2, 2, 3])[0]
    if "%s" in c:
        c = c % (hexs(40) if "cat-file" in c else pick(SRCFILES))
    return c


UPDSTATES = ["idle", "checking for updates", "available for download", "downloading", "ready", "updating"]
VSCODE = dict(vars={
    "pid": lambda: str(R.randint(2000, 99999)),
    "ext": lambda: pick(EXTS),
    "bool": lambda: pick(["true", "false"]),
    "aev": lambda: pick(ACT_EVENTS),
    "wpath": lambda: "%s/%s" % (home(), R.choice(["code/" + pick(PROJ), pick(PROJ), "work/" + pick(PROJ)])),
    "gitcmd": gitcmd,
    "gms": lambda: str(skew(1, 3)),
    "upd": lambda: R.choices(UPDSTATES, [10, 10, 2, 2, 1, 1])[0],
    "sig": lambda: R.choice(["unknown", "SIGTERM"]),
    "code": lambda: R.choices(["0", "1", "null"], [6, 1, 1])[0],
    "wid": lambda: str(R.randint(1, 4)),
    "uptype": lambda: pick(["extensionHost", "fileWatcher", "shared-process", "ptyHost"]),
    "upid": lambda: str(R.randint(1, 9)),
    "maybepid": lambda: R.choice(["<none>", str(R.randint(2000, 99999))]),
    "prop": lambda: pick(["terminalDataWriteEvent", "notebookCellExecutionState", "contribEditorContentMenu", "findTextInFiles"]),
    "extver": lambda: "%d.%d.%d" % (R.randint(0, 3), R.randint(0, 40), R.randint(0, 99)),
    "actfail": lambda: pick(["Cannot find module 'vscode-languageclient/node'", "spawn pylance ENOENT",
                             "ENOENT: no such file or directory, open '%s/.vscode/settings.json'" % ("%s/%s" % (home(), pick(PROJ)))]),
    "lspreq": lambda: pick(["textDocument/hover", "textDocument/codeAction", "textDocument/semanticTokens/full/delta", "textDocument/completion", "textDocument/inlayHint"]),
    "clock": lambda: "%d:%02d:%02d %s" % (R.randint(1, 12), R.randint(0, 59), R.randint(0, 59), pick(["AM", "PM"])),
    "rej": lambda: pick(["Error: Canceled", "Error: Channel has been closed", "Error: connect ECONNREFUSED 127.0.0.1:%d" % R.randint(30000, 60000),
                         "TypeError: Cannot read properties of undefined (reading 'uri')", "Error: Pending response rejected since connection got disposed"]),
    "ndisp": lambda: str(R.randint(1, 3)),
    "gitver": lambda: pick(["2.43.0", "2.39.3 (Apple Git-146)"]),
    "gitpath": lambda: pick(["/usr/bin/git", "/opt/homebrew/bin/git"]),
    "loglvl": lambda: pick(["Info", "Trace"]),
    "perf": lambda: str(R.randint(8, 60)),
    "extlist": lambda: ", ".join(R.sample(EXTS, R.randint(1, 3))),
}, templates=[
    ("> git §{gitcmd} [§{gms}ms]", 430),
    ("ExtensionService#_doActivateExtension §{ext}, startup: §{bool}, activationEvent: '§{aev}'", 260),
    ("ExtensionService#_doActivateExtension §{ext}, startup: §{bool}, activationEvent: '§{aev}', root cause: §{ext}", 90),
    ("Started local extension host with pid §{pid}.", 60),
    ("Extension host with pid §{pid} exited with code: §{code}, signal: §{sig}.", 55),
    ("Extension host (LocalProcess pid: §{pid}) is unresponsive.", 35),
    ("Extension host (LocalProcess pid: §{pid}) is responsive.", 33),
    ("Eager extensions activated", 45),
    ("[perf] Render performance baseline is §{perf}ms", 45),
    ("update#setState §{upd}", 120),
    ("update#checkForUpdates, state = §{upd}", 30),
    ("Activating extension '§{ext}' failed: §{actfail}.", 14),
    ("[File Watcher (parcel)] Request to start watching: §{wpath} (excludes: **/.git/objects/**, **/node_modules/*/**), §{wpath} (excludes: <none>)", 25),
    ("[File Watcher (parcel)] Started watching: '§{wpath}'", 50),
    ("[File Watcher (parcel)] Watcher shutdown because watched path got deleted", 3),
    ("[UtilityProcess id: §{upid}, type: §{uptype}, pid: §{maybepid}]: creating new...", 40),
    ("[UtilityProcess id: §{upid}, type: §{uptype}, pid: §{pid}]: received exit event with code §{code}", 30),
    ("Lifecycle#window.on('closed') - window ID §{wid}", 15),
    ("Lifecycle#window.on('close') - window ID §{wid}", 16),
    ("Lifecycle#unload() - window ID §{wid}", 14),
    ("Lifecycle#onBeforeShutdown.fire()", 6),
    ("Lifecycle#app.on(before-quit)", 6),
    ("window#validateWindowState: validating window state on §{ndisp} display(s)", 20),
    ("Extension '§{ext}' wants API proposal '§{prop}' but that proposal DOES NOT EXIST. Likely, the proposal has been finalized (check 'vscode.d.ts') or was abandoned.", 8),
    ("Installing extension: §{ext}", 12),
    ("Extension installed successfully: §{ext}", 11),
    ("Uninstalling extension: §{ext}", 3),
    ("Successfully uninstalled extension: §{ext}", 3),
    ("Auto updating outdated extensions. §{extlist}", 5),
    ("[Error - §{clock}] Request §{lspreq} failed.", 40),
    ("rejected promise not handled within 1 second: §{rej}", 25),
    ("Log level: §{loglvl}", 10),
    ("Validating found git in: \"§{gitpath}\"", 10),
    ("Using git \"§{gitver}\" from \"§{gitpath}\"", 10),
    ("Settings Sync: Account status changed from uninitialized to unavailable", 5),
])

SYSTEMS = [("Dovecot", DOVECOT), ("Vault", VAULT), ("SpringBoot", SPRING), ("iOSBanking", IOS), ("VSCode", VSCODE)]

PH = re.compile(r"§\{(\w+)\}")


def lookup(name, sysvars):
    for key in (name, name.rstrip("0123456789")):
        if key in sysvars:
            return sysvars[key]
        if key in COMMON:
            return COMMON[key]
    raise KeyError(name)


def fill(fmt, sysvars):
    return PH.sub(lambda m: lookup(m.group(1), sysvars)(), fmt)


def to_template(fmt):
    return PH.sub("<*>", fmt)


def to_regex(tpl):
    return re.compile("^" + ".*?".join(re.escape(p) for p in tpl.split("<*>")) + "$", re.S)


def build(name, spec):
    tpls = spec["templates"]
    sysvars = spec["vars"]
    ids = ["E%d" % (i + 1) for i in range(len(tpls))]
    texts = [to_template(f) for f, _ in tpls]
    assert len(set(texts)) == len(texts), "duplicate template text in " + name
    weights = [w for _, w in tpls]
    picks = list(range(len(tpls)))
    picks += R.choices(range(len(tpls)), weights, k=N - len(tpls))
    R.shuffle(picks)
    rows = []
    seen = {}
    for i, t in enumerate(picks):
        for _ in range(50):
            msg = fill(tpls[t][0], sysvars)
            if seen.get(msg, t) == t:
                break
        else:
            raise SystemExit("cannot make unique message for %s %s" % (name, texts[t]))
        assert "\n" not in msg and "\t" not in msg and msg == msg.strip() and msg
        seen[msg] = t
        rows.append((i + 1, msg, ids[t], texts[t]))
    # self-checks
    regs = [to_regex(x) for x in texts]
    cross = 0
    for _, msg, eid, tpl in rows:
        k = ids.index(eid)
        assert regs[k].match(msg), (name, msg, tpl)
        if any(r.match(msg) for j, r in enumerate(regs) if j != k):
            cross += 1
    owner = {}
    for _, msg, eid, _ in rows:
        assert owner.setdefault(msg, eid) == eid, ("message in two templates", name, msg)
    counts = {e: 0 for e in ids}
    for r in rows:
        counts[r[2]] += 1
    assert all(counts.values()) and len(rows) == N
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + "_2k.content.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(r[1] + "\n" for r in rows))
    with open(os.path.join(d, name + "_2k.log_structured_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        w.writerows(rows)
    with open(os.path.join(d, name + "_2k.log_templates_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for e, t in zip(ids, texts):
            w.writerow([e, t, counts[e]])
    top = sorted(counts.values(), reverse=True)
    print("%-11s templates=%2d  top5=%s  singletons(<=5)=%d  lines-also-matching-another-template=%d  distinct-msgs=%d"
          % (name, len(ids), top[:5], sum(1 for c in top if c <= 5), cross, len(seen)))


if __name__ == "__main__":
    for name, spec in SYSTEMS:
        build(name, spec)
    print("self-check OK")
