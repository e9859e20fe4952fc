from common import *
from gen_a import C, N, F, IP, PORT


# ---------------------------------------------------------------- dnsmasq (syslog prefix "dnsmasq[pid]:" removed)
def dnsmasq():
    dom = C(*DOMAINS)
    cl = lambda r: "192.168.1.%d" % r.randint(2, 60)
    up = C("1.1.1.1", "9.9.9.9", "8.8.8.8", "192.168.1.1", "2606:4700:4700::1111")
    ans = lambda r: r.choice([ip(r, False), "2a00:1450:4001:8%02x::200e" % r.randint(0, 255)])
    iface = C("br-lan", "eth0", "guest", "iot")
    host = C("android-phone", "Galaxy-S21", "iPhone", "livingroom-tv", "nas", "printer", "macbook-pro", "thermostat", "raspberrypi")
    T = [
        ("query[<*>] <*> from <*>", [C("A", "A", "AAAA", "AAAA", "HTTPS", "PTR", "SRV", "TXT"), dom, cl]),
        ("forwarded <*> to <*>", [dom, up]),
        ("reply <*> is <*>", [dom, ans]),
        ("cached <*> is <*>", [dom, ans]),
        ("reply <*> is <CNAME>", [dom]),
        ("cached <*> is <CNAME>", [dom]),
        ("reply <*> is NODATA-IPv6", [dom]),
        ("reply <*> is NXDOMAIN", [C("wpad.lan", "_ldap._tcp.dc._msdcs.lan", "tracker.internal", "isatap.lan", "printer.local")]),
        ("cached <*> is NXDOMAIN", [C("wpad.lan", "isatap.lan")]),
        ("config <*> is <*>", [C("nas.lan", "printer.lan", "router.lan", "homeassistant.lan"), cl]),
        ("/etc/hosts <*> is <*>", [C("localhost", "router.lan", "ads.example.net"), C("127.0.0.1", "0.0.0.0", "192.168.1.1")]),
        ("DHCPREQUEST(<*>) <*> <*>", [iface, cl, mac]),
        ("DHCPACK(<*>) <*>", [iface, lambda r: " ".join([cl(r), mac(r)] + ([host(r)] if r.random() < 0.7 else []))]),
        ("DHCPDISCOVER(<*>) <*>", [iface, mac]),
        ("DHCPOFFER(<*>) <*> <*>", [iface, cl, mac]),
        ("DHCPNAK(<*>) <*> <*> wrong network", [iface, cl, mac]),
        ("DHCPNAK(<*>) <*> <*> address in use", [iface, cl, mac]),
        ("DHCPRELEASE(<*>) <*> <*>", [iface, cl, mac]),
        ("DHCPINFORM(<*>) <*> <*>", [iface, cl, mac]),
        ("not giving name <*> to the DHCP lease of <*> because the name exists in /etc/hosts with address <*>", [C("nas", "printer"), cl, cl]),
        ("reading /etc/resolv.conf", []),
        ("using nameserver <*>#53", [up]),
        ("using nameserver <*>#53 for domain <*>", [C("10.8.0.1", "192.168.50.1"), C("corp.example.com", "vpn.internal")]),
        ("read /etc/hosts - <*> addresses", [N(2, 40)]),
        ("started, version <*> cachesize <*>", [C("2.89", "2.90"), C("150", "1000")]),
        ("compile time options: IPv6 GNU-getopt DBus no-UBus i18n IDN2 DHCP DHCPv6 no-Lua TFTP conntrack ipset no-nftset auth cryptohash DNSSEC loop-detect inotify dumpfile", []),
        ("DHCP, IP range <*> -- <*>, lease time <*>", [C("192.168.1.50", "192.168.1.100"), C("192.168.1.150", "192.168.1.250"), C("12h", "1d", "2h")]),
        ("exiting on receipt of SIGTERM", []),
        ("Maximum number of concurrent DNS queries reached (max: <*>)", [C("150")]),
        ("failed to send packet: Network unreachable", []),
        ("failed to send packet: Operation not permitted", []),
        ("no address range available for DHCP request via <*>", [iface]),
        ("possible DNS-rebind attack detected: <*>", [dom]),
        ("query[<*>] <*> from <*> is <*>", [C("A", "AAAA"), C("ads.example.net", "tracking.example.net", "doubleclick.net"), cl, C("0.0.0.0", "::")]),
    ]
    return T


# ---------------------------------------------------------------- HAProxy (syslog prefix removed)
def haproxy():
    cli = lambda r: "%s:%s" % (ip(r, r.random() < 0.7), port(r))
    dt = lambda r: "[%02d/Dec/2026:%02d:%02d:%02d.%03d]" % (r.randint(1, 6), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
    fe = C("fe_https~", "fe_https~", "fe_http")
    srv = lambda r: r.choice(["be_api/api-%02d" % r.randint(1, 6), "be_web/web-%s" % r.choice(["blue", "green"]), "be_static/cdn-origin", "be_auth/keycloak", "be_api/<NOSRV>"])
    tim = lambda r: "%d/%d/%d/%d/%d" % (r.randint(0, 5), r.randint(0, 3), r.randint(0, 5), r.randint(1, 3000), r.randint(1, 3100))
    st = C("200", "200", "200", "201", "204", "301", "304", "400", "401", "403", "404", "429", "500", "502", "503", "504")
    term = C("----", "----", "----", "--NI", "--VN", "SD--", "CD--", "cD--", "sH--", "PR--")
    conns = lambda r: "%d/%d/%d/%d/0" % (r.randint(1, 900), r.randint(1, 900), r.randint(0, 90), r.randint(0, 30))
    path = lambda r: r.choice(["/api/v1/orders/%d" % r.randint(1, 99999), "/api/v1/users/%s" % uid(r), "/static/js/app.%s.js" % hexs(r, 8), "/login", "/healthz", "/api/v1/cart", "/favicon.ico",
                               "/api/v1/search?q=%s&page=%d" % (r.choice(["shoes", "red+dress", "laptop"]), r.randint(1, 9)), "/.env", "/wp-login.php", "/api/v2/payments/%s/capture" % hexs(r, 12)])
    acc = lambda m: ("<*> <*> <*> <*> <*> <*> <*> - - <*> <*> 0/0 \"%s <*> HTTP/<*>\"" % m, [cli, dt, fe, srv, tim, st, N(0, 900000), term, conns, path, C("1.1", "2.0")])
    bsrv = lambda r: r.choice(["be_api/api-%02d" % r.randint(1, 6), "be_web/web-%s" % r.choice(["blue", "green"]), "be_auth/keycloak"])
    T = [
        acc("GET"), acc("POST"),
        ("Health check for server <*> succeeded, reason: Layer7 check passed, code: <*>, check duration: <*>ms, status: <*> UP.", [bsrv, C("200"), N(0, 90), lambda r: "%d/%d" % (3, 3)]),
        acc("PUT"),
        ("<*> <*> fe_mysql be_mysql/<*> <*> <*> <*> <*> 0/0", [cli, dt, C("db-primary", "db-replica"), lambda r: "%d/%d/%d" % (r.randint(0, 5), r.randint(0, 5), r.randint(10, 900000)), N(100, 10**7), C("--", "--", "sD", "cD", "CD"), conns]),
        acc("DELETE"), acc("OPTIONS"), acc("HEAD"), acc("PATCH"),
        ("<*> <*> fe_https/<*>: SSL handshake failure", [cli, dt, C("1", "2")]),
        ("<*> <*> fe_https/<*>: Connection closed during SSL handshake", [cli, dt, C("1", "2")]),
        ("<*> <*> fe_https/<*>: Timeout during SSL handshake", [cli, dt, C("1", "2")]),
        ("<*> <*> fe_http fe_http/<NOSRV> -1/-1/-1/-1/<*> 400 0 - - CR-- <*> 0/0 \"<BADREQ>\"", [cli, dt, N(0, 5000), conns]),
        ("Server <*> is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: <*>ms. <*> active and <*> backup servers left. <*> sessions active, <*> requeued, <*> remaining in queue.", [bsrv, N(0, 9), N(0, 5), C("0"), N(0, 40), N(0, 9), C("0")]),
        ("Server <*> is DOWN, reason: Layer4 timeout, check duration: <*>ms. <*> active and <*> backup servers left. <*> sessions active, <*> requeued, <*> remaining in queue.", [bsrv, C("2001", "2002", "5001"), N(0, 5), C("0"), N(0, 40), N(0, 9), C("0")]),
        ("Server <*> is DOWN, reason: Layer7 wrong status, code: <*>, info: \"<*>\", check duration: <*>ms. <*> active and <*> backup servers left. <*> sessions active, <*> requeued, <*> remaining in queue.", [bsrv, C("500", "502", "503"), C("Service Unavailable", "Internal Server Error", "Bad Gateway"), N(0, 300), N(0, 5), C("0"), N(0, 40), N(0, 9), C("0")]),
        ("Server <*> is UP, reason: Layer7 check passed, code: <*>, check duration: <*>ms. <*> active and <*> backup servers online. <*> sessions requeued, <*> total in queue.", [bsrv, C("200"), N(0, 90), N(1, 6), C("0"), C("0"), C("0")]),
        ("Server <*> is UP, reason: Layer4 check passed, check duration: <*>ms. <*> active and <*> backup servers online. <*> sessions requeued, <*> total in queue.", [C("be_mysql/db-primary", "be_mysql/db-replica"), N(0, 9), N(1, 2), C("0"), C("0"), C("0")]),
        ("backend <*> has no server available!", [C("be_api", "be_auth", "be_web")]),
        ("Proxy <*> started.", [C("fe_https", "fe_http", "be_api", "be_web", "be_static", "be_auth", "be_mysql", "stats")]),
        ("Stopping frontend <*> in <*> ms.", [C("fe_https", "fe_http", "fe_mysql"), C("0")]),
        ("Stopping backend <*> in <*> ms.", [C("be_api", "be_web", "be_static", "be_auth", "be_mysql"), C("0")]),
        ("Proxy <*> stopped (cumulated conns: FE: <*>, BE: <*>).", [C("fe_https", "be_api", "be_web", "stats"), N(0, 10**6), N(0, 10**6)]),
        ("Loading success.", []),
        ("Reexecuting Master process", []),
        ("Former worker (<*>) exited with code 0 (Exit)", [N(100, 99999)]),
        ("Current worker (<*>) exited with code 143 (Terminated)", [N(100, 99999)]),
        ("Connect from <*> to <*> (<*>/HTTP)", [cli, lambda r: ip(r) + ":443", C("fe_https", "fe_http")]),
        ("sendmsg()/writev() failed in logger #1: No such file or directory (errno=2)", []),
        ("Server <*> was DOWN and now enters maintenance (DNS NX status).", [bsrv]),
        ("<*> <*> fe_https~ be_api/<*> <*> 503 <*> - - sC-- <*> <*> \"GET <*> HTTP/1.1\"", [cli, dt, C("<NOSRV>"), lambda r: "%d/%d/-1/-1/%d" % (r.randint(0, 5), r.randint(1000, 30000), r.randint(1000, 30000)), C("217"), conns, lambda r: "%d/%d" % (0, r.randint(1, 90)), path]),
    ]
    return T


# ---------------------------------------------------------------- Celery worker (header "[ts: LEVEL/ProcessName]" removed)
def celery():
    task = C("tasks.send_email", "tasks.send_email", "orders.tasks.process_payment", "orders.tasks.sync_inventory", "reports.tasks.generate_pdf",
             "notifications.tasks.push_notification", "accounts.tasks.cleanup_sessions", "search.tasks.reindex_product", "billing.tasks.charge_subscription")
    tid = lambda r: "%s[%s]" % (task(r), uid(r))
    res = lambda r: r.choice(["None", "None", "True", "'sent'", "{'status': 'ok', 'processed': %d}" % r.randint(0, 999), "[%s]" % ", ".join(str(r.randint(1, 9999)) for _ in range(r.randint(1, 4))), "'%s'" % uid(r)])
    exc = lambda r: r.choice(["ConnectionError('Connection to smtp.mailgun.org timed out')", "OperationalError('server closed the connection unexpectedly')", "HTTPError('503 Server Error: Service Unavailable for url: https://api.stripe.com/v1/charges')", "TimeoutError()"])
    node = lambda r: "celery@worker-%s-%s" % (r.choice(["default", "payments", "reports", "email"]), hexs(r, 5))
    broker = C("amqp://guest:**@rabbitmq:5672//", "redis://redis-broker:6379/0", "amqp://celery:**@mq.internal:5672/prod")
    T = [
        ("Task <*> received", [tid]),
        ("Task <*> succeeded in <*>s: <*>", [tid, F(0.001, 30, 9), res]),
        ("Task <*> retry: Retry in <*>s: <*>", [tid, C("5", "10", "30", "60", "300"), exc]),
        ("Task <*> raised unexpected: <*>", [tid, lambda r: r.choice(["ValueError(\"invalid literal for int() with base 10: '%s'\")" % r.choice(["abc", "", "None"]), "KeyError('customer_id')", "IntegrityError('duplicate key value violates unique constraint \"orders_pkey\"')", "DoesNotExist('Order matching query does not exist.')", "PermissionError(13, 'Permission denied')"])]),
        ("Scheduler: Sending due task <*> (<*>)", [C("cleanup-sessions", "nightly-report", "sync-inventory-every-5-min", "send-digest-emails"), task]),
        ("Connected to <*>", [broker]),
        ("mingle: searching for neighbors", []),
        ("mingle: all alone", []),
        ("mingle: sync with <*> nodes", [N(2, 12)]),
        ("mingle: sync complete", []),
        ("<*> ready.", [node]),
        ("Received unregistered task of type '<*>'.", [C("tasks.legacy_export", "orders.tasks.refund_payment", "analytics.tasks.rollup")]),
        ("consumer: Connection to broker lost. Trying to re-establish the connection...", []),
        ("consumer: Cannot connect to <*>: [Errno 111] Connection refused. Trying again in <*> seconds... (<*>/100)", [broker, C("2.00", "4.00", "6.00", "8.00"), N(1, 30)]),
        ("consumer: Cannot connect to <*>: [Errno -2] Name or service not known. Trying again in <*> seconds... (<*>/100)", [broker, C("2.00", "4.00"), N(1, 30)]),
        ("Hard time limit (<*>s) exceeded for <*>", [C("300", "600", "1800"), tid]),
        ("Soft time limit (<*>s) exceeded for <*>", [C("240", "540", "1500"), tid]),
        ("Process '<*>' pid:<*> exited with 'signal 9 (SIGKILL)'", [lambda r: "ForkPoolWorker-%d" % r.randint(1, 64), N(100, 99999)]),
        ("Process '<*>' pid:<*> exited with 'exitcode 1'", [lambda r: "ForkPoolWorker-%d" % r.randint(1, 64), N(100, 99999)]),
        ("Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: <*>.')", [N(0, 9999)]),
        ("Discarding revoked task: <*>", [tid]),
        ("Terminating <*> (Signals.SIGTERM)", [tid]),
        ("Scaling up <*> processes.", [N(1, 8)]),
        ("Scaling down <*> processes.", [N(1, 8)]),
        ("beat: Starting...", []),
        ("Events of group {task} enabled by remote.", []),
        ("sync with <*>", [node]),
        ("Missed heartbeat from <*>", [node]),
        ("Substantial drift from <*> may mean clocks are out of sync.  Current drift is <*> seconds.  [orig: <*> recv: <*>]", [node, N(60, 4000), lambda r: "2026-12-0%d %02d:%02d:%02d.%06d" % (r.randint(1, 6), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)), lambda r: "2026-12-0%d %02d:%02d:%02d.%06d" % (r.randint(1, 6), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))]),
        ("Restoring <*> unacknowledged message(s)", [N(1, 300)]),
        ("Warm shutdown (MainProcess)", []),
        ("Cold shutdown (MainProcess)", []),
        ("celery beat v<*> (<*>) is starting.", [C("5.3.6", "5.3.4"), C("emerald-rush")]),
        ("DatabaseScheduler: Schedule changed.", []),
        ("Writing entries...", []),
        ("Pidbox received method enable_events() [reply_to:None ticket:None]", []),
        ("Pidbox received method revoke() [reply_to:None ticket:None]", []),
    ]
    return T


# ---------------------------------------------------------------- Docker daemon (journald; time= field removed)
def dockerd():
    cid = lambda r: hexs(r, 64)
    cname = C("web_frontend", "api", "postgres", "redis", "worker", "grafana", "prometheus", "traefik", "nightly_backup")
    img = C("nginx:latest", "postgres:16-alpine", "redis:7", "ghcr.io/acme/api:main", "registry.internal:5000/worker:latest", "grafana/grafana-oss", "busybox")
    api = C("v1.43", "v1.44", "v1.41")
    T = [
        ("level=info msg=\"ignoring event\" container=<*> module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"", [cid]),
        ("level=info msg=\"shim disconnected\" id=<*> namespace=moby", [cid]),
        ("level=warning msg=\"cleaning up after shim disconnected\" id=<*> namespace=moby", [cid]),
        ("level=info msg=\"cleaning up dead shim\" namespace=moby", []),
        ("level=warning msg=\"Health check for container <*> error: <*>\"", [cid, lambda r: r.choice(["context deadline exceeded", "OCI runtime exec failed: exec failed: unable to start container process: exec: \\\"curl\\\": executable file not found in $PATH: unknown", "timed out starting health check for container %s" % cid(r)])]),
        ("level=info msg=\"Container failed to exit within <*> of signal 15 - using the force\" container=<*>", [C("10s", "30s", "2s"), cid]),
        ("level=error msg=\"Handler for POST /<*>/containers/<*>/start returned error: driver failed programming external connectivity on endpoint <*> (<*>): Bind for 0.0.0.0:<*> failed: port is already allocated\"", [api, cname, cname, cid, C("80", "443", "5432", "8080", "3000")]),
        ("level=error msg=\"Handler for GET /<*>/containers/<*>/json returned error: No such container: <*>\"", [api, cname, cname]),
        ("level=error msg=\"Handler for POST /<*>/containers/create returned error: No such image: <*>\"", [api, img]),
        ("level=info msg=\"Attempting next endpoint for pull after error: manifest unknown: manifest unknown\"", []),
        ("level=error msg=\"Not continuing with pull after error: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n\"", []),
        ("level=info msg=\"Layer sha256:<*> cleaned up\"", [lambda r: hexs(r, 64)]),
        ("level=warning msg=\"Error getting v2 registry: Get \\\"https://<*>/v2/\\\": dial tcp: lookup <*> on 127.0.0.53:53: no such host\"", [C("registry.internal:5000", "harbor.corp.example.com"), C("registry.internal", "harbor.corp.example.com")]),
        ("level=info msg=\"Download failed, retrying (<*>/5): unexpected EOF\"", [N(1, 5)]),
        ("level=info msg=\"Processing signal 'terminated'\"", []),
        ("level=info msg=\"Daemon shutdown complete\"", []),
        ("level=info msg=\"Loading containers: start.\"", []),
        ("level=info msg=\"Loading containers: done.\"", []),
        ("level=info msg=\"Docker daemon\" commit=<*> containerd-snapshotter=false storage-driver=overlay2 version=<*>", [C("311b9ff", "8e96db1"), C("24.0.7", "25.0.3")]),
        ("level=info msg=\"Daemon has completed initialization\"", []),
        ("level=info msg=\"API listen on /run/docker.sock\"", []),
        ("level=info msg=\"Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address\"", []),
        ("level=error msg=\"stream copy error: reading from a closed fifo\"", []),
        ("level=warning msg=\"Published ports are discarded when using host network mode\"", []),
        ("level=info msg=\"No non-localhost DNS nameservers are left in resolv.conf. Using default external servers: [nameserver 8.8.8.8 nameserver 8.8.4.4]\"", []),
        ("level=warning msg=\"Your kernel does not support cgroup blkio weight\"", []),
        ("level=warning msg=\"Your kernel does not support cgroup blkio weight_device\"", []),
        ("level=info msg=\"Removing stale sandbox <*> (<*>)\"", [lambda r: hexs(r, 64), lambda r: hexs(r, 64)]),
        ("level=info msg=\"Pull session cancelled\"", []),
        ("level=error msg=\"Error replicating health state for container <*>: open /var/lib/docker/containers/<*>/.tmp-config.v2.json<*>: no space left on device\"", [cid, cid, N(10**8, 10**9)]),
        ("level=error msg=\"Error setting up exec command in container <*>: Container <*> is not running\"", [cname, cid]),
        ("level=error msg=\"Error setting up exec command in container <*>: Container <*> is restarting, wait until the container is running\"", [cname, cid]),
        ("level=warning msg=\"failed to close stdin: NotFound: task <*> not found: not found\"", [cid]),
        ("level=info msg=\"initialized nf_tables firewall\"", []),
        ("level=info msg=\"Starting up\"", []),
        ("level=info msg=\"[graphdriver] using prior storage driver: overlay2\"", []),
        ("level=error msg=\"Handler for POST /<*>/containers/<*>/stop returned error: Cannot stop container: <*>: permission denied\"", [api, cname, cid]),
    ]
    return T
