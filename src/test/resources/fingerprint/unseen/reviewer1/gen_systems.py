#!/usr/bin/env python3
"""Generates 3 synthetic log systems (not from Loghub's 12), 2,000 lines each:
  systems/<Name>/<Name>_2k.content.txt  one message per line (header already cut off, like Loghub Content)
  systems/<Name>/<Name>_2k.groups.txt   the template label per line (placeholders shown as <*>)
Templates mix digit-free variables (host names, user names, words from lists)
and numeric ones. Template frequencies are Zipf-like, as in real logs.
"""
import csv
import os, random, re, string

R = random.Random(99)
HEX = "0123456789abcdef"
B52 = string.ascii_letters + string.digits

WORDS = ["alpha", "bravo", "delta", "echo", "kilo", "lima", "oscar", "sierra", "tango", "zulu", "amber", "cobalt", "falcon", "harbor"]
ORGS = ["globex", "initech", "umbrella", "hooli", "wonka", "tyrell", "cyberdyne", "soylent", "vandelay", "aperture", "pied-piper"]
TLDS = ["com", "net", "org", "io", "de", "co.uk", "fr"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy",
         "trent", "victor", "walter", "jdoe", "msmith", "kpatel", "lchen", "admin", "postmaster", "noreply", "billing", "support"]


def rs(n, a=HEX):
    return "".join(R.choice(a) for _ in range(n))


def ip():
    return "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def domain():
    return "%s.%s" % (R.choice(ORGS), R.choice(TLDS))


def mailhost():
    return R.choice(["mail", "mx", "smtp", "relay", "mx-out", "mailgw"]) + "." + domain() if R.random() < 0.7 else \
        R.choice(["unknown", "unknown", "mail-%s%d-f%d.google.com" % (rs(2, "abcdefghijklmnopqrstuvwxyz"), R.randint(1, 9), R.randint(10, 199)),
                  "%s.outbound.protection.outlook.com" % rs(6, "abcdefghijklmnopqrstuvwxyz")])


def email():
    return "%s@%s" % (R.choice(USERS + [R.choice(USERS) + "." + R.choice(WORDS)]), domain())


def qid():
    return rs(R.choice([10, 11]), "0123456789ABCDEF")


def fl():
    return R.choice(["%.2f", "%.1f", "%.2g"]) % (R.random() * R.choice([1, 10, 100]))


def dur():
    return R.choice(["%dms" % R.randint(1, 999), "%.3fs" % (R.random() * 30)])


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date():
    return "%s %2d %02d:%02d:%02d" % (R.choice(MON), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def cmd():
    return R.choice(["EHLO", "AUTH", "DATA", "RCPT", "CONNECT", "STARTTLS", "MAIL", "UNKNOWN"])


def helo():
    return R.choice([mailhost(), "localhost", "User", "[%s]" % ip(), R.choice(WORDS) + "-pc"])


CIPH = ["TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-AES256-GCM-SHA384"]

V = {
    "host": mailhost, "ip": ip, "qid": qid, "email": email, "n": lambda: str(R.randint(0, 99999)), "s": lambda: str(R.randint(1, 60)),
    "f": fl, "cmd": cmd, "helo": helo, "date": date, "cipher": lambda: R.choice(CIPH), "user": lambda: R.choice(USERS),
    "mech": lambda: R.choice(["LOGIN", "PLAIN", "CRAM-MD5"]), "domain": domain,
    "subject": lambda: " ".join(R.choice(["Your", "invoice", "is", "ready", "URGENT", "account", "verify", "now", "prize", "winner", "password", "expires"]) for _ in range(R.randint(1, 6))),
    "bits": lambda: R.choice(["128/128", "256/256"]), "gsid": lambda: rs(12, string.ascii_letters + string.digits + "-_"),
}

POSTFIX = [
    (30, "connect from {host}[{ip}]"),
    (30, "disconnect from {host}[{ip}] ehlo={s} mail={s} rcpt={s} data={s} quit={s} commands={s}"),
    (25, "{qid}: client={host}[{ip}]"),
    (25, "{qid}: removed"),
    (22, "{qid}: from=<{email}>, size={n}, nrcpt={s} (queue active)"),
    (20, "{qid}: to=<{email}>, relay={host}[{ip}]:25, delay={f}, delays={f}/{f}/{f}/{f}, dsn=2.0.0, status=sent (250 2.0.0 OK {n} {gsid} - gsmtp)"),
    (18, "{qid}: message-id=<{gsid}@{domain}>"),
    (10, "{qid}: to=<{email}>, relay=none, delay={f}, delays={f}/{f}/{f}/{f}, dsn=4.4.1, status=deferred (connect to {host}[{ip}]:25: Connection timed out)"),
    (8, "{qid}: to=<{email}>, relay={host}[{ip}]:25, delay={f}, delays={f}/{f}/{f}/{f}, dsn=5.1.1, status=bounced (host {host}[{ip}] said: 550 5.1.1 <{email}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))"),
    (12, "lost connection after {cmd} from {host}[{ip}]"),
    (6, "timeout after {cmd} from {host}[{ip}]"),
    (4, "too many errors after {cmd} from {host}[{ip}]"),
    (8, "warning: hostname {host} does not resolve to address {ip}: Name or service not known"),
    (8, "warning: {host}[{ip}]: SASL {mech} authentication failed: authentication failure"),
    (6, "NOQUEUE: reject: RCPT from {host}[{ip}]: 554 5.7.1 <{email}>: Relay access denied; from=<{email}> to=<{email}> proto=ESMTP helo=<{helo}>"),
    (6, "NOQUEUE: reject: RCPT from {host}[{ip}]: 450 4.7.1 Client host rejected: cannot find your hostname, [{ip}]; from=<{email}> to=<{email}> proto=ESMTP helo=<{helo}>"),
    (4, "NOQUEUE: reject: RCPT from {host}[{ip}]: 550 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; from=<{email}> to=<{email}> proto=ESMTP helo=<{helo}>"),
    (3, "{qid}: reject: header Subject: {subject} from {host}[{ip}]; from=<{email}> to=<{email}> proto=ESMTP helo=<{helo}>: 5.7.1 Spam detected"),
    (3, "statistics: max connection rate {s}/60s for (smtp:{ip}) at {date}"),
    (2, "statistics: max cache size {s} at {date}"),
    (2, "statistics: max connection count {s} for (smtp:{ip}) at {date}"),
    (3, "{qid}: sender non-delivery notification: {qid}"),
    (5, "SSL_accept error from {host}[{ip}]: lost connection"),
    (10, "Anonymous TLS connection established from {host}[{ip}]: TLSv1.3 with cipher {cipher} ({bits} bits)"),
    (8, "Trusted TLS connection established to {host}[{ip}]:25: TLSv1.3 with cipher {cipher} ({bits} bits)"),
    (1, "daemon started -- version 3.7.6, configuration /etc/postfix"),
    (1, "reload -- version 3.7.6, configuration /etc/postfix"),
    (4, "{qid}: to=<{user}@localhost>, orig_to=<root>, relay=local, delay={f}, delays={f}/{f}/{f}/{f}, dsn=2.0.0, status=sent (delivered to mailbox)"),
    (3, "warning: non-SMTP command from {host}[{ip}]: GET / HTTP/1.1"),
    (4, "connect to {host}[{ip}]:25: Connection refused"),
    (1, "warning: database /etc/postfix/virtual.db is older than source file /etc/postfix/virtual"),
    (4, "{qid}: host {host}[{ip}] said: 421 4.7.0 Try again later, closing connection. (in reply to MAIL FROM command)"),
    (3, "warning: {host}[{ip}]: SASL {mech} authentication failed: UGFzc3dvcmQ6"),
    (2, "{qid}: lost connection with {host}[{ip}] while sending RCPT TO"),
]

NS = ["default", "payments", "checkout", "kube-system", "monitoring", "ingress-nginx", "search"]
APPS = ["checkout", "ledger", "search-api", "web", "worker", "cart", "auth", "notifier", "coredns", "istio-ingressgateway"]
RSN = "bcdfghjklmnpqrstvwxz2456789"


def pod():
    return "%s-%s-%s" % (R.choice(APPS), rs(R.choice([9, 10]), RSN), rs(5, RSN))


def rsname():
    return "%s-%s" % (R.choice(APPS), rs(R.choice([9, 10]), RSN))


def node():
    return R.choice(["ip-10-%d-%d-%d.%s.compute.internal" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255), R.choice(["eu-west-1", "us-east-2"])),
                     "gke-prod-pool-%s-%s-%s" % (R.choice(["a", "b", "highmem"]), rs(8), rs(4, "abcdefghijklmnopqrstuvwxyz0123456789")),
                     "worker-%s" % R.choice(WORDS), "node-%s-%s" % (R.choice(WORDS), R.choice(WORDS))])


def image():
    return "%s/%s/%s:%s" % (R.choice(["ghcr.io", "docker.io", "123456789012.dkr.ecr.eu-west-1.amazonaws.com", "registry.%s" % domain()]),
                            R.choice(ORGS), R.choice(APPS), R.choice(["v%d.%d.%d" % (R.randint(0, 3), R.randint(0, 40), R.randint(0, 20)), "latest", R.choice(WORDS), rs(7)]))


def uid():
    return "%s-%s-%s-%s-%s" % (rs(8), rs(4), rs(4), rs(4), rs(12))


K = {
    "ns": lambda: R.choice(NS), "pod": pod, "node": node, "image": image, "dur": dur, "n": lambda: str(R.randint(1, 10 ** 9)),
    "s": lambda: str(R.randint(0, 30)), "c": lambda: R.choice(["app", "istio-proxy", "init-db", "sidecar", "nginx", "migrate"] + APPS[:4]),
    "code": lambda: R.choice(["500", "503", "404"]), "ip": lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    "port": lambda: R.choice(["8080", "8081", "9090", "3000"]), "path": lambda: R.choice(["healthz", "readyz", "health/ready", "actuator/health"]),
    "res": lambda: R.choice(["cpu", "memory", "ephemeral-storage"]), "rs": rsname, "vol": lambda: R.choice(["config", "data", "tls-certs", "kube-api-access-%s" % rs(5, RSN), "cache"]),
    "secret": lambda: R.choice(["%s-tls" % R.choice(APPS), "%s-db-credentials" % R.choice(APPS), "regcred"]), "uid": uid, "hex": lambda: rs(64),
    "vid": lambda: "vol-0" + rs(16), "proc": lambda: R.choice(["java", "node", "python3", "gunicorn", "envoy"]), "job": lambda: "%s-%d" % (R.choice(["backup", "report", "cleanup"]), R.randint(28000000, 29000000)),
}

KUBE = [
    (40, "Successfully assigned {ns}/{pod} to {node}"),
    (35, "Pulling image \"{image}\""),
    (30, "Successfully pulled image \"{image}\" in {dur} ({dur} including waiting)"),
    (25, "Container image \"{image}\" already present on machine"),
    (40, "Created container {c}"),
    (40, "Started container {c}"),
    (20, "Stopping container {c}"),
    (18, "Back-off restarting failed container {c} in pod {pod}_{ns}({uid})"),
    (6, "Back-off pulling image \"{image}\""),
    (5, "Failed to pull image \"{image}\": rpc error: code = NotFound desc = failed to pull and unpack image \"{image}\": failed to resolve reference \"{image}\": not found"),
    (6, "Error: ImagePullBackOff"),
    (5, "Error: ErrImagePull"),
    (12, "Liveness probe failed: HTTP probe failed with statuscode: {code}"),
    (12, "Readiness probe failed: Get \"http://{ip}:{port}/{path}\": dial tcp {ip}:{port}: connect: connection refused"),
    (8, "Readiness probe failed: Get \"http://{ip}:{port}/{path}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
    (8, "0/{s} nodes are available: {s} Insufficient {res}. preemption: 0/{s} nodes are available: {s} No preemption victims found for incoming pod."),
    (15, "Created pod: {pod}"),
    (12, "Deleted pod: {pod}"),
    (10, "Scaled up replica set {rs} to {s}"),
    (8, "Scaled down replica set {rs} to {s} from {s}"),
    (5, "MountVolume.SetUp failed for volume \"{vol}\" : secret \"{secret}\" not found"),
    (3, "Unable to attach or mount volumes: unmounted volumes=[{vol}], unattached volumes=[{vol} {vol}]: timed out waiting for the condition"),
    (2, "AttachVolume.Attach failed for volume \"pvc-{uid}\" : rpc error: code = Internal desc = Could not attach volume \"{vid}\" to node \"{node}\": attachment of disk failed"),
    (4, "Memory cgroup out of memory: Killed process {n} ({proc}) total-vm:{n}kB, anon-rss:{n}kB, file-rss:{n}kB, shmem-rss:0kB, UID:{s} pgtables:{n}kB oom_score_adj:{n}"),
    (4, "Node {node} status is now: NodeNotReady"),
    (4, "Node {node} status is now: NodeReady"),
    (3, "The node was low on resource: ephemeral-storage. Threshold quantity: {n}, available: {n}Ki. Container {c} was using {n}Ki, request is 0, has larger consumption of ephemeral-storage."),
    (5, "New size: {s}; reason: cpu resource utilization (percentage of request) above target"),
    (5, "New size: {s}; reason: All metrics below target"),
    (6, "Scheduled for sync"),
    (3, "Ensuring load balancer"),
    (3, "{pod}_{uid} became leader"),
    (3, "Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox \"{hex}\": plugin type=\"aws-cni\" name=\"aws-cni\" failed (add): add cmd: failed to assign an IP address to container"),
    (4, "Job completed"),
    (4, "Saw completed job: {job}, status: Complete"),
    (2, "Job was active longer than specified deadline"),
    (4, "failed to get {res} utilization: unable to get metrics for resource {res}: no metrics returned from resource metrics API"),
    (3, "Killing container with id containerd://{hex}:Need to kill Pod"),
]

CATS = ["gambling", "social-media", "streaming", "malware", "phishing", "adult", "file-sharing", "games", "news", "shopping"]


def webhost():
    return R.choice(["www.", "api.", "cdn.", "static.", "login.", "", "eu.", "img."]) + R.choice(ORGS + WORDS) + R.choice(["", "-cdn", "-static", "app"]) + "." + R.choice(TLDS)


P = {
    "user": lambda: R.choice(USERS), "client": lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
    "host": webhost, "port": lambda: R.choice(["443", "443", "443", "80", "8443", "993"]), "n": lambda: str(R.randint(0, 10 ** 8)),
    "dur": lambda: "%d.%02ds" % (R.randint(0, 900), R.randint(0, 99)), "ms": lambda: str(R.randint(1, 30000)), "cat": lambda: R.choice(CATS),
    "ip": ip, "method": lambda: R.choice(["kerberos", "ntlm", "basic"]), "ws": lambda: R.choice(WORDS) + "-" + R.choice(["laptop", "desktop", "vm"]),
    "rule": lambda: R.choice(["block-" + c for c in CATS[:5]] + ["allow-all", "default-deny"]), "s": lambda: str(R.randint(1, 64)),
    "group": lambda: R.choice(["engineering", "finance", "sales", "support", "contractors", "executives"]),
}

PROXY = [
    (60, "{user}@{client} CONNECT {host}:{port} established via upstream {ip}"),
    (60, "{user}@{client} CONNECT {host}:{port} closed, {n} bytes sent, {n} bytes received, lifetime {dur}"),
    (20, "{user}@{client} GET http://{host}/ -> {s} redirects, final status 200"),
    (12, "DNS lookup failed for {host}: NXDOMAIN"),
    (8, "DNS lookup failed for {host}: SERVFAIL from resolver {ip}"),
    (12, "{host}:{port} connect timed out after {ms}ms"),
    (8, "{host}:{port} connection refused by {ip}"),
    (10, "denied {user} access to {host} (category {cat}, rule {rule})"),
    (6, "{user} authenticated via {method} from workstation {ws}"),
    (4, "authentication failed for {user} via {method}: invalid credentials"),
    (3, "authentication failed for {user} via {method}: account locked"),
    (5, "TLS interception skipped for {host}: certificate pinning detected"),
    (4, "TLS handshake with {host}:{port} failed: certificate has expired"),
    (4, "TLS handshake with {host}:{port} failed: unknown certificate authority"),
    (5, "upstream {ip} marked down after {s} consecutive failures"),
    (3, "upstream {ip} back up after {dur}"),
    (4, "user {user} added to group {group} by policy sync"),
    (3, "bandwidth quota exceeded for {user} ({n} bytes today), throttling to {s} kbit/s"),
    (3, "client {client} exceeded {s} concurrent connections, rejecting"),
    (2, "policy reloaded: {s} rules, {s} categories"),
    (2, "cache purge: {n} objects removed in {dur}"),
    (6, "{user}@{client} HTTP/2 stream reset by {host} (error code PROTOCOL_ERROR)"),
    (6, "{user}@{client} HTTP/2 stream reset by {host} (error code CANCEL)"),
    (4, "websocket upgrade to {host} by {user} allowed"),
    (3, "SOCKS5 request from {client} rejected: unsupported command BIND"),
    (2, "health check OK: {s} workers, {n} open connections"),
]


def render(tpl, vars_):
    return re.sub(r"\{(\w+)\}", lambda m: vars_[m.group(1)](), tpl)


def label(tpl):
    return re.sub(r"\{(\w+)\}", "<*>", tpl)


def build(name, templates, vars_, n=2000):
    weights = [w for w, _ in templates]
    tpls = [t for _, t in templates]
    # every template at least once
    chosen = list(tpls) + R.choices(tpls, weights=weights, k=n - len(tpls))
    R.shuffle(chosen)
    d = os.path.join(os.environ["UNSEEN_OUT"], name)
    os.makedirs(d, exist_ok=True)
    rows = []
    with open("%s/%s_2k.content.txt" % (d, name), "w", encoding="utf-8") as fc, open("%s/%s_2k.groups.txt" % (d, name), "w", encoding="utf-8") as fg:
        for t in chosen:
            m = render(t, vars_)
            assert "\n" not in m
            fc.write(m + "\n")
            fg.write(label(t) + "\n")
            rows.append((m, label(t)))
    ids = {t: "E%d" % (i + 1) for i, t in enumerate(sorted(set(t for _, t in rows)))}
    with open("%s/%s_2k.log_structured_corrected.csv" % (d, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (m, t) in enumerate(rows):
            w.writerow([i + 1, m, ids[t], t])
    print(name, n, "lines", len(tpls), "templates")


build("Postfix", POSTFIX, V)
build("KubeEvents", KUBE, K)
build("FwdProxy", PROXY, P)
