#!/usr/bin/env python3
"""Labelled corpus of error events in real-world formats, written for logsift (no line copied from
any data set). Each family is a set of groups that are near misses of each other: they differ only
in the root cause, the throwing frame, the exception type or one word of the message. Each group is
repeated with different variables (ids, numbers, times, addresses, and digit-free ones: user and
host names). Families alternate between the design half and the held-out half, so the held-out half
holds error kinds the design never looked at.

  python3 make_errors.py   # writes errors-design.jsonl and errors-heldout.jsonl beside itself
Each line: {"group": "<family>/<group>", "message": "..."}; equal group = one bug.
"""
import json, os, random

r = random.Random(12)
NB = "\u00a0"
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "oscar", "peggy"]


def n(a=1, b=99999):
    return r.randint(a, b)


def uuid():
    return "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(12), r.getrandbits(48))


def ip():
    return "10.%d.%d.%d" % (n(0, 255), n(0, 255), n(1, 254))


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (n(1, 12), n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(0, 999))


def ts_sp():
    return "2026-%02d-%02d %02d:%02d:%02d,%03d" % (n(1, 12), n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(0, 999))


def word(k=8):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))


def hexs(k=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(k))


def jframes(frames):
    return "".join("\n\tat %s(%s.java:%d)" % (f, f.rsplit(".", 2)[-2], n(10, 900)) for f in frames)


SPRING = ["org.springframework.web.servlet.FrameworkServlet.service", "org.apache.catalina.core.ApplicationFilterChain.doFilter"]


def java(header, frames, causes=(), prefix=None):
    s = (prefix + "\n" if prefix else "") + header + jframes(frames + SPRING)
    for c, cf in causes:
        s += "\nCaused by: " + c + jframes(cf) + "\n\t... %d more" % n(5, 60)
    return s


def py_tb(frames, final, prefix=None, lam=False):
    ind = NB if lam else " "
    lines = ([prefix] if prefix else []) + ["Traceback (most recent call last):"]
    for f, fn, code in frames:
        lines.append(ind * 2 + 'File "%s", line %d, in %s' % (f, n(5, 600), fn))
        lines.append(ind * 4 + code)
    if final:
        lines.append(final)
    return ("\r" if lam else "\n").join(lines)


def node_invoke(etype, msg, frames):
    stack = ["%s: %s" % (etype, msg)] + ["    at %s (%s:%d:%d)" % (fn, f, n(1, 300), n(1, 80)) for fn, f in frames]
    stack += ["    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:%d:%d)" % (n(1000, 1300), n(1, 40))]
    return "%s\t%s\tERROR\tInvoke Error \t%s" % (ts(), uuid(), json.dumps({"errorType": etype, "errorMessage": msg, "stack": stack}))


def go_panic(msg, frames):
    s = "panic: %s\n\ngoroutine %d [running]:\n" % (msg, n(1, 5000))
    for fn, f in frames:
        s += "%s(0x%s, 0x%x)\n\t%s:%d +0x%x\n" % (fn, hexs(10), n(1, 99), f, n(10, 400), n(16, 400))
    s += "net/http.HandlerFunc.ServeHTTP(0x%s)\n\t/usr/local/go/src/net/http/server.go:2136 +0x29" % hexs(10)
    return s


def dotnet(header, frames, inner=None):
    s = header + ("\n ---> " + inner + "\n   --- End of inner exception stack trace ---" if inner else "")
    for f in frames:
        s += "\n   at %s() in /src/%s.cs:line %d" % (f, f.split(".")[-2], n(5, 500))
    return s


F = {}  # family -> {group: generator}

# ---- Java / Spring -------------------------------------------------------------------------
F["java-npe-frame"] = {
    "validate": lambda: java('java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null',
                             ["com.acme.orders.OrderService.validate", "com.acme.orders.api.OrderController.create"]),
    "ship": lambda: java('java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null',
                         ["com.acme.orders.OrderService.ship", "com.acme.orders.api.OrderController.create"]),
}
F["java-spring-jdbc-cause"] = {
    "dup": lambda: java("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]",
                        ["com.acme.orders.OrderRepository.save"],
                        [("org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"orders_pkey\"\n  Detail: Key (id)=(%d) already exists." % n(), ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse"])]),
    "fk": lambda: java("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]",
                       ["com.acme.orders.OrderRepository.save"],
                       [("org.postgresql.util.PSQLException: ERROR: insert or update on table \"orders\" violates foreign key constraint \"orders_customer_fk\"\n  Detail: Key (customer_id)=(%d) is not present." % n(), ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse"])]),
    "timeout": lambda: java("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]",
                            ["com.acme.orders.OrderRepository.save"],
                            [("java.net.SocketTimeoutException: Read timed out", ["java.base/java.net.SocketInputStream.read"])]),
}
F["java-type"] = {
    "state": lambda: java("java.lang.IllegalStateException: Order %d is already shipped" % n(), ["com.acme.orders.OrderService.cancel"]),
    "arg": lambda: java("java.lang.IllegalArgumentException: Order %d is already shipped" % n(), ["com.acme.orders.OrderService.cancel"]),
}
F["java-prefixed-log"] = {
    "shipped": lambda: java("java.lang.IllegalStateException: Order %d is already shipped" % n(), ["com.acme.orders.OrderController.cancel"],
                            prefix="%s ERROR [http-nio-8080-exec-%d] c.a.o.OrderController - Cancel of order %d failed" % (ts_sp(), n(1, 200), n())),
    "missing": lambda: java("com.acme.orders.OrderNotFoundException: Order %d not found" % n(), ["com.acme.orders.OrderController.cancel"],
                            prefix="%s ERROR [http-nio-8080-exec-%d] c.a.o.OrderController - Cancel of order %d failed" % (ts_sp(), n(1, 200), n())),
}
F["java-deep-cause"] = {
    "refused": lambda: java("com.acme.billing.BillingException: Charge for invoice %d failed" % n(), ["com.acme.billing.ChargeService.charge"],
                            [("feign.RetryableException: Connection refused executing POST http://payments:8080/charges", ["com.acme.billing.PaymentsClient.post"]),
                             ("java.net.ConnectException: Connection refused", ["java.base/sun.nio.ch.Net.connect0"])]),
    "reset": lambda: java("com.acme.billing.BillingException: Charge for invoice %d failed" % n(), ["com.acme.billing.ChargeService.charge"],
                          [("feign.RetryableException: Connection reset executing POST http://payments:8080/charges", ["com.acme.billing.PaymentsClient.post"]),
                           ("java.net.SocketException: Connection reset", ["java.base/sun.nio.ch.NioSocketImpl.implRead"])]),
}
F["java-hikari"] = {
    "pool": lambda: java("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms." % n(30000, 30100),
                         ["com.acme.orders.OrderRepository.findById"]),
    "pool-other-frame": lambda: java("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms." % n(30000, 30100),
                                     ["com.acme.orders.CustomerRepository.findById"]),
}
F["java-kafka-client"] = {
    "metadata": lambda: "org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after %d ms." % n(60000, 60100),
    "expiring": lambda: "org.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for orders-%d:%d ms has passed since batch creation" % (n(1, 50), n(0, 11), n(120000, 120500)),
}
F["java-aws-sdk-v2"] = {
    "throttle": lambda: "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. (Service: DynamoDb, Status Code: 400, Request ID: %s)" % word(52).upper(),
    "notfound": lambda: "software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: %s)" % word(52).upper(),
    "cond": lambda: "software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException: The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: %s)" % word(52).upper(),
}
F["java-s3"] = {
    "nokey": lambda: "software.amazon.awssdk.services.s3.model.NoSuchKeyException: The specified key does not exist. (Service: S3, Status Code: 404, Request ID: %s, Extended Request ID: %s=)" % (word(16).upper(), word(60)),
    "nobucket": lambda: "software.amazon.awssdk.services.s3.model.NoSuchBucketException: The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: %s, Extended Request ID: %s=)" % (word(16).upper(), word(60)),
}

# ---- Python --------------------------------------------------------------------------------
F["py-keyerror-frame"] = {
    "signup": lambda: py_tb([("/app/worker/jobs.py", "run", "result = handler(payload)"), ("/app/worker/handlers.py", "handle_signup", "user = users[payload['user_id']]")], "KeyError: 'user_%d'" % n()),
    "login": lambda: py_tb([("/app/worker/jobs.py", "run", "result = handler(payload)"), ("/app/worker/handlers.py", "handle_login", "user = users[payload['user_id']]")], "KeyError: 'user_%d'" % n()),
}
LIB = [("/usr/local/lib/python3.12/site-packages/asyncpg/connection.py", "fetch", "return await self._execute(query, args, 0, timeout)"),
       ("/usr/local/lib/python3.12/site-packages/asyncpg/connection.py", "_execute", "result, _ = await self.__execute("),
       ("asyncpg/protocol/protocol.pyx", "bind_execute", "")]
F["py-asyncpg-final-line"] = {
    "unique": lambda: py_tb(LIB, 'asyncpg.exceptions.UniqueViolationError: duplicate key value violates unique constraint "orders_pkey"', prefix="ERROR:app.db:query failed for order %d" % n()),
    "undefined": lambda: py_tb(LIB, 'asyncpg.exceptions.UndefinedTableError: relation "orders_%d" does not exist' % n(1, 9), prefix="ERROR:app.db:query failed for order %d" % n()),
    "deadlock": lambda: py_tb(LIB, "asyncpg.exceptions.DeadlockDetectedError: deadlock detected", prefix="ERROR:app.db:query failed for order %d" % n()),
}
F["py-chained"] = {
    "refused": lambda: py_tb([("/app/db.py", "connect", "sock.connect(addr)")], "ConnectionRefusedError: [Errno 111] Connection refused") + "\n\nDuring handling of the above exception, another exception occurred:\n\n" + py_tb([("/app/api.py", "get_user", "conn = db.connect()")], "app.errors.DatabaseUnavailable: database at %s:5432 unavailable" % ip()),
    "timeout": lambda: py_tb([("/app/db.py", "connect", "sock.connect(addr)")], "TimeoutError: [Errno 110] Connection timed out") + "\n\nDuring handling of the above exception, another exception occurred:\n\n" + py_tb([("/app/api.py", "get_user", "conn = db.connect()")], "app.errors.DatabaseUnavailable: database at %s:5432 unavailable" % ip()),
}
F["py-lambda-nbsp"] = {
    "keyerror": lambda: py_tb([("/var/task/app/handlers/refund.py", "handle", "amount = order['total']['amount']")], None, prefix="[ERROR] KeyError: 'total'", lam=True),
    "typeerror": lambda: py_tb([("/var/task/app/handlers/refund.py", "handle", "amount = order['total']['amount']")], None, prefix="[ERROR] TypeError: 'NoneType' object is not subscriptable", lam=True),
    "other-fn": lambda: py_tb([("/var/task/app/handlers/refund.py", "validate", "amount = order['total']['amount']")], None, prefix="[ERROR] KeyError: 'total'", lam=True),
}
F["py-requests"] = {
    "conn": lambda: py_tb([("/app/sync.py", "push", "resp = session.post(url, json=body, timeout=5)"), ("/usr/local/lib/python3.11/site-packages/requests/sessions.py", "post", "return self.request('POST', url, data=data, json=json, **kwargs)")],
                          "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='crm.example.com', port=443): Max retries exceeded with url: /api/v2/contacts/%d" % n(), prefix="ERROR:sync:push of contact %d failed" % n()),
    "read": lambda: py_tb([("/app/sync.py", "push", "resp = session.post(url, json=body, timeout=5)"), ("/usr/local/lib/python3.11/site-packages/requests/sessions.py", "post", "return self.request('POST', url, data=data, json=json, **kwargs)")],
                          "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='crm.example.com', port=443): Read timed out. (read timeout=5)", prefix="ERROR:sync:push of contact %d failed" % n()),
}
F["py-botocore"] = {
    "denied-get": lambda: "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied",
    "denied-put": lambda: "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied",
    "nokey-get": lambda: "botocore.exceptions.ClientError: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
}
F["py-psycopg"] = {
    "refused": lambda: 'psycopg2.OperationalError: connection to server at "%s", port 5432 failed: Connection refused' % ip(),
    "auth": lambda: 'psycopg2.OperationalError: connection to server at "%s", port 5432 failed: FATAL:  password authentication failed for user "app"' % ip(),
}

# ---- Node ----------------------------------------------------------------------------------
F["node-invoke-frame"] = {
    "customers": lambda: node_invoke("TypeError", "Cannot read properties of undefined (reading 'id')", [("getCustomer", "/var/task/src/customers.js"), ("Runtime.handler", "/var/task/src/index.js")]),
    "invoices": lambda: node_invoke("TypeError", "Cannot read properties of undefined (reading 'id')", [("getInvoice", "/var/task/src/invoices.js"), ("Runtime.handler", "/var/task/src/index.js")]),
}
F["node-invoke-type"] = {
    "range": lambda: node_invoke("RangeError", "Invalid time value", [("formatDate", "/var/task/src/dates.js"), ("Runtime.handler", "/var/task/src/index.js")]),
    "type": lambda: node_invoke("TypeError", "Invalid time value", [("formatDate", "/var/task/src/dates.js"), ("Runtime.handler", "/var/task/src/index.js")]),
}
F["node-net"] = {
    "refused": lambda: "Error: connect ECONNREFUSED %s:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)" % ip(),
    "timedout": lambda: "Error: connect ETIMEDOUT %s:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)" % ip(),
}
F["node-sdk-v3"] = {
    "put": lambda: "AccessDeniedException: User: arn:aws:sts::%d:assumed-role/orders-api/%s is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:%d:table/orders" % (n(10**11, 10**12), word(), n(10**11, 10**12)),
    "get": lambda: "AccessDeniedException: User: arn:aws:sts::%d:assumed-role/orders-api/%s is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:us-east-1:%d:table/orders" % (n(10**11, 10**12), word(), n(10**11, 10**12)),
}
F["node-json-logger"] = {
    "declined": lambda: json.dumps({"level": 50, "time": n(10**12, 2 * 10**12), "pid": n(), "hostname": "ip-%s" % ip().replace(".", "-"), "msg": "payment failed", "err": {"type": "StripeCardError", "message": "Your card was declined.", "stack": "StripeCardError: Your card was declined.\n    at charge (/app/src/payments.js:%d:%d)" % (n(1, 200), n(1, 40))}}),
    "funds": lambda: json.dumps({"level": 50, "time": n(10**12, 2 * 10**12), "pid": n(), "hostname": "ip-%s" % ip().replace(".", "-"), "msg": "payment failed", "err": {"type": "StripeCardError", "message": "Your card has insufficient funds.", "stack": "StripeCardError: Your card has insufficient funds.\n    at charge (/app/src/payments.js:%d:%d)" % (n(1, 200), n(1, 40))}}),
}

# ---- Go ------------------------------------------------------------------------------------
F["go-panic-frame"] = {
    "config": lambda: go_panic("runtime error: invalid memory address or nil pointer dereference", [("main.loadConfig", "/src/app/config.go"), ("main.main", "/src/app/main.go")]),
    "store": lambda: go_panic("runtime error: invalid memory address or nil pointer dereference", [("main.openStore", "/src/app/store.go"), ("main.main", "/src/app/main.go")]),
}
F["go-panic-message"] = {
    "index": lambda: go_panic("runtime error: index out of range [%d] with length %d" % (n(1, 20), n(0, 20)), [("main.pickShard", "/src/shard/pick.go"), ("main.handle", "/src/shard/handler.go")]),
    "slice": lambda: go_panic("runtime error: slice bounds out of range [:%d] with capacity %d" % (n(1, 20), n(0, 20)), [("main.pickShard", "/src/shard/pick.go"), ("main.handle", "/src/shard/handler.go")]),
}
F["go-zap"] = {
    "deadline": lambda: '%s\tERROR\tstore/users.go:%d\tfailed to fetch user\t{"user_id": %d, "error": "context deadline exceeded"}' % (ts(), n(10, 300), n()),
    "reset": lambda: '%s\tERROR\tstore/users.go:%d\tfailed to fetch user\t{"user_id": %d, "error": "read tcp %s:%d->%s:5432: read: connection reset by peer"}' % (ts(), n(10, 300), n(), ip(), n(1024, 65000), ip()),
}
F["go-klog"] = {
    "deadline": lambda: 'E%02d%02d %02d:%02d:%02d.%06d       1 controller.go:%d] Failed to sync pod default/web-%s-%s: context deadline exceeded' % (n(1, 12), n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(0, 999999), n(100, 400), hexs(9), word(5)),
    "notfound": lambda: 'E%02d%02d %02d:%02d:%02d.%06d       1 controller.go:%d] Failed to sync pod default/web-%s-%s: pods "web-%s-%s" not found' % (n(1, 12), n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(0, 999999), n(100, 400), hexs(9), word(5), hexs(9), word(5)),
}
F["go-logfmt"] = {
    "timeout": lambda: 'level=error ts=%s caller=db.go:%d msg="query failed" err="pq: canceling statement due to statement timeout" request_id=%s' % (ts(), n(10, 99), hexs(8)),
    "deadlock": lambda: 'level=error ts=%s caller=db.go:%d msg="query failed" err="pq: deadlock detected" request_id=%s' % (ts(), n(10, 99), hexs(8)),
}

# ---- .NET ----------------------------------------------------------------------------------
F["dotnet-frame"] = {
    "cheapest": lambda: dotnet("System.InvalidOperationException: Sequence contains no elements", ["System.Linq.ThrowHelper.ThrowNoElementsException", "Acme.Shipping.RateService.Cheapest", "Acme.Shipping.Api.RatesController.Get"]),
    "fastest": lambda: dotnet("System.InvalidOperationException: Sequence contains no elements", ["System.Linq.ThrowHelper.ThrowNoElementsException", "Acme.Shipping.RateService.Fastest", "Acme.Shipping.Api.RatesController.Get"]),
}
F["dotnet-inner"] = {
    "refused": lambda: dotnet("System.AggregateException: One or more errors occurred. (Request failed)", ["Acme.Billing.Client.Charge", "Acme.Billing.Worker.Run"], "System.Net.Http.HttpRequestException: Connection refused (payments:443)"),
    "canceled": lambda: dotnet("System.AggregateException: One or more errors occurred. (Request failed)", ["Acme.Billing.Client.Charge", "Acme.Billing.Worker.Run"], "System.Threading.Tasks.TaskCanceledException: The operation was canceled."),
}
F["dotnet-sql"] = {
    "dup": lambda: "Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object 'dbo.Orders' with unique index 'IX_Orders_Number'. The duplicate key value is (%d)." % n(),
    "timeout": lambda: "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
}

# ---- Postgres, nginx, Envoy, Redis, Kafka --------------------------------------------------
F["postgres-server"] = {
    "dup": lambda: '%s UTC [%d] app@orders ERROR:  duplicate key value violates unique constraint "orders_pkey"' % (ts_sp().replace(",", "."), n()),
    "deadlock": lambda: '%s UTC [%d] app@orders ERROR:  deadlock detected' % (ts_sp().replace(",", "."), n()),
}
F["postgres-fatal"] = {
    "slots": lambda: "%s UTC [%d] FATAL:  remaining connection slots are reserved for non-replication superuser connections" % (ts_sp().replace(",", "."), n()),
    "clients": lambda: "%s UTC [%d] FATAL:  sorry, too many clients already" % (ts_sp().replace(",", "."), n()),
}
F["nginx-upstream"] = {
    "timeout": lambda: '2026/05/%02d %02d:%02d:%02d [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.example.com, request: "GET /v1/orders/%d HTTP/1.1", upstream: "http://%s:8080/v1/orders/%d", host: "api.example.com"' % (n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(1, 99), n(1, 99), n(), ip(), n(), ip(), n()),
    "refused": lambda: '2026/05/%02d %02d:%02d:%02d [error] %d#%d: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: api.example.com, request: "GET /v1/orders/%d HTTP/1.1", upstream: "http://%s:8080/v1/orders/%d", host: "api.example.com"' % (n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(1, 99), n(1, 99), n(), ip(), n(), ip(), n()),
}
F["nginx-subdomain-storm"] = {
    "timeout": lambda: '2026/05/%02d %02d:%02d:%02d [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s.shop.example.com' % (n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(1, 99), n(1, 99), n(), ip(), word(10)),
    "ssl": lambda: '2026/05/%02d %02d:%02d:%02d [error] %d#%d: *%d SSL_do_handshake() failed while SSL handshaking to upstream, client: %s, server: %s.shop.example.com' % (n(1, 28), n(0, 23), n(0, 59), n(0, 59), n(1, 99), n(1, 99), n(), ip(), word(10)),
}
F["envoy-reset"] = {
    "failure": lambda: "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: %d" % n(100, 120),
    "overflow": lambda: "upstream connect error or disconnect/reset before headers. reset reason: overflow",
}
F["envoy-log"] = {
    "health": lambda: "[%s][%d][warning][hc] [source/common/upstream/health_checker_impl.cc:%d] health check failed for cluster payments" % (ts_sp().replace(",", "."), n(1, 30), n(100, 400)),
    "health-other": lambda: "[%s][%d][warning][hc] [source/common/upstream/health_checker_impl.cc:%d] health check failed for cluster inventory" % (ts_sp().replace(",", "."), n(1, 30), n(100, 400)),
}
F["redis"] = {
    "misconf": lambda: "ReplyError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled.",
    "oom": lambda: "ReplyError: OOM command not allowed when used memory > 'maxmemory'.",
    "retries": lambda: "MaxRetriesPerRequestError: Reached the max retries per request limit (which is %d). Refer to \"maxRetriesPerRequest\" option for details." % r.choice([3, 10, 20]),
}
F["kafka-broker"] = {
    "leader": lambda: "[%s] ERROR [ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Error for partition orders-%d at offset %d (kafka.server.ReplicaFetcherThread)\norg.apache.kafka.common.errors.NotLeaderOrFollowerException: This server is not the leader for that topic-partition." % (ts_sp(), n(1, 5), n(1, 5), n(0, 11), n()),
    "unknown": lambda: "[%s] ERROR [ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Error for partition orders-%d at offset %d (kafka.server.ReplicaFetcherThread)\norg.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition." % (ts_sp(), n(1, 5), n(1, 5), n(0, 11), n()),
}

# ---- structured, and digit-free variables -------------------------------------------------
F["json-error-code"] = {
    "declined": lambda: json.dumps({"level": "error", "ts": ts(), "msg": "charge failed", "error": "card_declined", "order_id": "o-%d" % n(), "request_id": uuid()}),
    "funds": lambda: json.dumps({"level": "error", "ts": ts(), "msg": "charge failed", "error": "insufficient_funds", "order_id": "o-%d" % n(), "request_id": uuid()}),
}
F["login-users"] = {
    "password": lambda: "login failed for user %s: invalid password" % r.choice(USERS),
    "locked": lambda: "login failed for user %s: account locked" % r.choice(USERS),
}
F["lambda-runtime"] = {
    "timeout": lambda: "%s %s Task timed out after %d.%02d seconds" % (ts(), uuid(), n(3, 900), n(0, 99)),
    "oom": lambda: "%s %s Runtime exited with error: signal: killed Runtime.ExitError" % (ts(), uuid()),
}
F["dependency-timeouts"] = {
    "payments": lambda: "Timed out after %d ms waiting for payments-db" % n(1000, 9000),
    "auth": lambda: "Timed out after %d ms waiting for auth-service" % n(1000, 9000),
    "inventory": lambda: "Timed out after %d ms waiting for inventory-cache" % n(1000, 9000),
}

F["k8s-backoff"] = {
    "api": lambda: "Back-off restarting failed container api in pod orders-api-%s-%s_default(%s)" % (hexs(10), word(5), uuid()),
    "migrate": lambda: "Back-off restarting failed container migrate in pod orders-api-%s-%s_default(%s)" % (hexs(10), word(5), uuid()),
}
F["quoted-state"] = {
    "pending": lambda: "IllegalTransition: cannot move order %d from 'PENDING' to 'SHIPPED'" % n(),
    "cancelled": lambda: "IllegalTransition: cannot move order %d from 'CANCELLED' to 'SHIPPED'" % n(),
    "refunded": lambda: "IllegalTransition: cannot move order %d from 'REFUNDED' to 'SHIPPED'" % n(),
    "paid": lambda: "IllegalTransition: cannot move order %d from 'PAID' to 'SHIPPED'" % n(),
}
F["s3-operations"] = {
    op: (lambda op=op: "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the %s operation: Access Denied" % op)
    for op in ["GetObject", "PutObject", "DeleteObject", "ListObjectsV2", "HeadObject"]
}
F["node-errno"] = {
    code: (lambda code=code: "Error: %s %s\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:%d:%d)" % (verb, code, n(100, 250), n(1, 30)))
    for code, verb in [("ECONNRESET", "read"), ("ETIMEDOUT", "read"), ("EPIPE", "write"), ("ENOTFOUND", "getaddrinfo"), ("EAI_AGAIN", "getaddrinfo")]
}
F["grpc-status"] = {
    "unavailable": lambda: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %s:50051: connect: connection refused"' % ip(),
    "deadline": lambda: "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
    "internal": lambda: "rpc error: code = Internal desc = stream terminated by RST_STREAM with error code: INTERNAL_ERROR",
}
F["http-method-status"] = {
    "get-502": lambda: "upstream GET /v1/orders/%d returned 502 Bad Gateway after %d ms" % (n(), n(1, 900)),
    "post-502": lambda: "upstream POST /v1/orders returned 502 Bad Gateway after %d ms" % n(1, 900),
    "get-504": lambda: "upstream GET /v1/orders/%d returned 504 Gateway Timeout after %d ms" % (n(), n(1, 900)),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    halves = {"design": [], "heldout": []}
    for i, (family, groups) in enumerate(F.items()):
        half = "design" if i % 2 == 0 else "heldout"
        for g, make in groups.items():
            for _ in range(r.randint(3, 6) if family != "login-users" and family != "nginx-subdomain-storm" else 8):
                halves[half].append({"group": family + "/" + g, "message": make()})
    for half, rows in halves.items():
        r.shuffle(rows)
        with open(os.path.join(here, "errors-%s.jsonl" % half), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(half, len(rows), "events", len({x["group"] for x in rows}), "groups")


if __name__ == "__main__":
    main()
