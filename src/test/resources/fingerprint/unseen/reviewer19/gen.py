#!/usr/bin/env python3
"""Generate events.jsonl: labelled error-event corpus for fingerprint review.
Deterministic (fixed seed). Python 3 stdlib only."""
import json, random, string, sys, os

R = random.Random(20261206)
GROUPS = []   # dicts: gid, service, n, fn, set, kind

def G(gid, service, fn, n=3, nm=None, kind="normal"):
    GROUPS.append(dict(gid=gid, service=service, fn=fn, n=n, set=nm, kind=kind))

# ---------------- variable helpers ----------------
def hx(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def HX(n): return hx(n).upper()
def uid(): return f"{hx(8)}-{hx(4)}-4{hx(3)}-{R.choice('89ab')}{hx(3)}-{hx(12)}"
def num(a, b): return R.randint(a, b)
def ip(): return f"10.{num(0,255)}.{num(0,255)}.{num(1,254)}"
def pubip(): return f"{num(23,203)}.{num(0,255)}.{num(0,255)}.{num(1,254)}"
def alnum(n, ab=string.ascii_lowercase + string.digits): return "".join(R.choice(ab) for _ in range(n))
def day(): return f"2026-{num(1,11):02d}-{num(1,28):02d}"
def clock(): return f"{num(0,23):02d}:{num(0,59):02d}:{num(0,59):02d}"
def iso(ms=True): return f"{day()}T{clock()}" + (f".{num(0,999):03d}" if ms else "") + "Z"
def ts_space(): return f"{day()} {clock()}.{num(0,999):03d}"
def ts_epoch(): return f"{num(1760000000,1790000000)}.{num(100000,999999)}"
def pod(dep): return f"{dep}-{alnum(9, 'bcdfghjklmnpqrstvwxz2456789')[:R.choice([9,10])]}-{alnum(5,'bcdfghjklmnpqrstvwxz2456789')}"
def node(): return f"ip-10-{num(0,255)}-{num(0,255)}-{num(1,254)}.ec2.internal"
def awsreq(): return f"{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}"
def s3req(): return HX(16)
def extreq(): return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(76)) + "="
def acct(): return str(num(100000000000, 999999999999))
def email(): return f"{alnum(R.randint(4,9), string.ascii_lowercase)}{num(1,99)}@{R.choice(['gmail.com','acme.io','outlook.com','example.org'])}"
def tid(): return f"{num(1,200)}"
def dur(): return f"{R.uniform(0.5, 9000):.2f}"
def lambda_req(): return uid()
def goaddr(): return f"0xc{hx(9)}"
def pc(): return f"0x{hx(R.choice([2,3]))}"

FRAMES_SPRING_TAIL = [
    "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
    "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)",
    "\tat org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)",
    "\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
    "\tat org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)",
    "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)",
    "\tat org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
]

def spring_head(svc_thread=None):
    t = svc_thread or f"nio-8080-exec-{num(1,200)}"
    return f"{ts_space()} ERROR 1 --- [{svc_thread and svc_thread or t}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception"

# =====================================================================
# NEAR-MISS SETS (each set: 2-3 groups, same service, one thing differs)
# =====================================================================

# S01 Java: throwing application frame differs
for meth, line in [("createInvoice", 142), ("applyDiscount", 217)]:
    def f(r, meth=meth, line=line):
        return (spring_head() + " [Request processing failed: java.lang.NullPointerException: Cannot invoke \"com.acme.billing.model.Customer.getTaxProfile()\" because \"customer\" is null] with root cause\n\n"
                "java.lang.NullPointerException: Cannot invoke \"com.acme.billing.model.Customer.getTaxProfile()\" because \"customer\" is null\n"
                f"\tat com.acme.billing.service.InvoiceService.{meth}(InvoiceService.java:{line})\n"
                f"\tat com.acme.billing.web.InvoiceController.create(InvoiceController.java:58)\n" + "\n".join(FRAMES_SPRING_TAIL))
    G(f"billing-npe-{meth}", "billing-api", f, n=num(2,4), nm="S01-frame")

# S02 Java: root cause differs under same wrapper
for gid, cause in [("sockettimeout", "java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)"),
                   ("connrefused", "java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)")]:
    def f(r, cause=cause):
        h = f"db-orders-{R.choice(['a','b'])}.cluster-c{alnum(11)}.us-east-1.rds.amazonaws.com"
        return (f"{ts_space()} ERROR 1 --- [nio-8080-exec-{num(1,200)}] c.a.orders.web.GlobalExceptionHandler   : Unhandled exception on POST /api/orders (traceId={hx(32)})\n\n"
                "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n"
                "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n"
                "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:653)\n"
                "\tat com.acme.orders.repo.OrderRepository.insert(OrderRepository.java:77)\n"
                "\tat com.acme.orders.service.OrderService.place(OrderService.java:121)\n"
                "Caused by: org.postgresql.util.PSQLException: The connection attempt failed.\n"
                "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:354)\n"
                "\tat org.postgresql.Driver.connect(Driver.java:297)\n"
                f"\t... {num(20,40)} common frames omitted\n"
                f"Caused by: {cause}\n\tat org.postgresql.core.PGStream.<init>(PGStream.java:98)\n\t... {num(10,20)} common frames omitted")
    G(f"orders-jdbc-{gid}", "orders-service", f, n=3, nm="S02-rootcause")

# S03 Kotlin: exception type differs
for ex in ["java.lang.IllegalStateException", "java.lang.IllegalArgumentException"]:
    def f(r, ex=ex):
        return (f"{ts_space()} ERROR [payments,{hx(16)},{hx(16)}] 1 --- [DefaultDispatcher-worker-{num(1,64)}] c.a.p.capture.CaptureHandler : capture failed\n"
                f"{ex}: Payment intent pi_{alnum(24, string.ascii_letters+string.digits)} is not in a capturable state\n"
                "\tat com.acme.payments.capture.CaptureService.capture(CaptureService.kt:64)\n"
                "\tat com.acme.payments.capture.CaptureService$capture$1.invokeSuspend(CaptureService.kt)\n"
                "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)\n"
                "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n"
                "\tat kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:793)")
    G(f"payments-capture-{ex.split('.')[-1]}", "payments-svc", f, n=num(2,3), nm="S03-extype")

# S04 Java Kafka: topic differs
for topic in ["orders.created", "orders.cancelled"]:
    def f(r, topic=topic):
        return (f"{ts_space()} ERROR 1 --- [org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1] o.s.k.l.DefaultErrorHandler : Backoff FixedBackOff{{interval=0, currentAttempts=10, maxAttempts=9}} exhausted for {topic}-{num(0,11)}@{num(100000,9999999)}\n\n"
                "org.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'public void com.acme.fulfil.kafka.OrderEventsListener.onEvent(org.apache.kafka.clients.consumer.ConsumerRecord)' threw exception\n"
                "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.decorateException(KafkaMessageListenerContainer.java:2869)\n"
                "Caused by: com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.math.BigDecimal` from Object value (token `JsonToken.START_OBJECT`)\n"
                f" at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: {num(40,400)}] (through reference chain: com.acme.fulfil.model.OrderEvent[\"total\"])\n"
                "\tat com.fasterxml.jackson.databind.exc.MismatchedInputException.from(MismatchedInputException.java:59)\n"
                "\tat com.acme.fulfil.kafka.OrderEventsListener.onEvent(OrderEventsListener.java:41)")
    G(f"fulfil-kafka-{topic}", "fulfilment-worker", f, n=3, nm="S04-topic")

# S05 Python FastAPI: one word (key name)
for key in ["customer_id", "account_id"]:
    def f(r, key=key):
        return (f"{ts_space().replace('.',',')} ERROR [uvicorn.error] Exception in ASGI application\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi\n'
                "    result = await app(  # type: ignore[func-returns-value]\n"
                '  File "/usr/local/lib/python3.12/site-packages/starlette/routing.py", line 73, in app\n'
                "    response = await f(request)\n"
                '  File "/app/api/routes/subscriptions.py", line 88, in renew_subscription\n'
                f"    owner = payload[\"{key}\"]\n"
                f"KeyError: '{key}'")
    G(f"subs-keyerror-{key}", "subscriptions-api", f, n=num(2,4), nm="S05-word")

# S06 Django IntegrityError: constraint differs
for cons, col in [("accounts_user_email_key", "email"), ("accounts_user_username_key", "username")]:
    def f(r, cons=cons, col=col):
        v = email() if col == "email" else alnum(8, string.ascii_lowercase)
        return (f"[{ts_space().replace('.',',')}] ERROR django.request: Internal Server Error: /api/v2/signup/\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute\n'
                "    return self.cursor.execute(sql, params)\n"
                "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"" + cons + "\"\n"
                f"DETAIL:  Key ({col})=({v}) already exists.\n\n\n"
                "The above exception was the direct cause of the following exception:\n\n"
                "Traceback (most recent call last):\n"
                '  File "/app/accounts/views.py", line 54, in post\n'
                "    user = User.objects.create_user(**serializer.validated_data)\n"
                "django.db.utils.IntegrityError: duplicate key value violates unique constraint \"" + cons + "\"\n"
                f"DETAIL:  Key ({col})=({v}) already exists.")
    G(f"django-unique-{col}", "accounts-web", f, n=3, nm="S06-constraint")

# S07 Celery: operation (task name) differs
for task in ["notifications.tasks.send_invoice_email", "notifications.tasks.send_receipt_email"]:
    def f(r, task=task):
        return (f"[{ts_space().replace('.',',')}: ERROR/ForkPoolWorker-{num(1,16)}] Task {task}[{uid()}] raised unexpected: SMTPServerDisconnected('Connection unexpectedly closed')\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task\n'
                "    R = retval = fun(*args, **kwargs)\n"
                '  File "/app/notifications/mailer.py", line 31, in deliver\n'
                "    smtp.send_message(msg)\n"
                '  File "/usr/local/lib/python3.11/smtplib.py", line 405, in getreply\n'
                '    raise SMTPServerDisconnected("Connection unexpectedly closed")\n'
                "smtplib.SMTPServerDisconnected: Connection unexpectedly closed")
    G(f"celery-smtp-{task.split('.')[-1]}", "notifications-worker", f, n=3, nm="S07-operation")

# S08 boto3 S3: operation differs
for op in ["GetObject", "PutObject"]:
    def f(r, op=op):
        return (f"{ts_space().replace('.',',')} ERROR exports.s3 export job {uid()} failed\n"
                "Traceback (most recent call last):\n"
                '  File "/app/exports/storage.py", line 42, in transfer\n'
                f"    resp = self.client.{'get_object' if op=='GetObject' else 'put_object'}(Bucket=self.bucket, Key=key)\n"
                '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 1023, in _make_api_call\n'
                "    raise error_class(parsed_response, operation_name)\n"
                f"botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the {op} operation: Access Denied")
    G(f"exports-s3-denied-{op}", "exports-worker", f, n=3, nm="S08-operation")

# S09 boto3 DynamoDB: error code differs
for code, msg in [("ThrottlingException", "Rate of requests exceeds the allowed throughput."),
                  ("ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.")]:
    def f(r, code=code, msg=msg):
        return json.dumps({"timestamp": iso(), "level": "ERROR", "logger": "sessions.store", "message": f"failed to persist session {uid()}",
                           "exc_info": "Traceback (most recent call last):\n  File \"/app/sessions/store.py\", line 66, in save\n    self.table.put_item(Item=item)\n  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line 1023, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n"
                           f"botocore.errorfactory.{code}: An error occurred ({code}) when calling the PutItem operation (reached max retries: {num(3,9)}): {msg}",
                           "request_id": uid()})
    G(f"sessions-ddb-{code}", "sessions-api", f, n=3, nm="S09-errcode")

# S10 Node Lambda: one word (property)
for prop in ["id", "email"]:
    def f(r, prop=prop):
        rid = lambda_req()
        return (f"{iso()}\t{rid}\tERROR\tInvoke Error \t" + json.dumps({"errorType": "TypeError", "errorMessage": f"Cannot read properties of undefined (reading '{prop}')",
                "stack": [f"TypeError: Cannot read properties of undefined (reading '{prop}')", "    at handleRecord (/var/task/index.js:48:33)",
                          "    at Array.map (<anonymous>)", "    at Runtime.handler (/var/task/index.js:17:36)",
                          "    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)"]}))
    G(f"lambda-undefined-{prop}", "user-sync-lambda", f, n=num(2,4), nm="S10-word")

# S11 NestJS: throwing frame differs (service class)
for cls, fn in [("OrdersService", "orders.service"), ("UsersService", "users.service")]:
    def f(r, cls=cls, fn=fn):
        return (f"[Nest] {num(1,40)}  - {num(1,12):02d}/{num(1,28):02d}/2026, {num(1,12)}:{num(0,59):02d}:{num(0,59):02d} {R.choice(['AM','PM'])}   ERROR [ExceptionsHandler] Cannot read properties of null (reading 'tenantId')\n"
                "TypeError: Cannot read properties of null (reading 'tenantId')\n"
                f"    at {cls}.findOne (/usr/src/app/dist/{fn.split('.')[0]}/{fn}.js:{41}:{38})\n"
                "    at async /usr/src/app/node_modules/@nestjs/core/router/router-execution-context.js:46:28\n"
                "    at async /usr/src/app/node_modules/@nestjs/core/router/router-proxy.js:9:17")
    G(f"nest-null-tenant-{cls}", "core-api", f, n=3, nm="S11-frame")

# S12 Prisma: FK field differs
for fk in ["Order_customerId_fkey (index)", "Order_productId_fkey (index)"]:
    def f(r, fk=fk):
        return (f"{iso()} ERROR PrismaClientKnownRequestError: \n"
                "Invalid `prisma.order.create()` invocation in\n/app/dist/src/orders/orders.repository.js:27:44\n\n"
                "  24 async create(data) {\n  25   const start = Date.now();\n→ 27   return this.prisma.order.create(\n"
                f"Foreign key constraint failed on the field: `{fk}`\n"
                "    at In.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:7753)\n"
                "    at async OrdersRepository.create (/app/dist/src/orders/orders.repository.js:27:16) {\n"
                "  code: 'P2003',\n  clientVersion: '5.14.0',\n  meta: { modelName: 'Order', field_name: '" + fk + "' }\n}")
    G(f"prisma-fk-{fk.split('_')[1]}", "shop-backend", f, n=3, nm="S12-fk")

# S13 Go zap: gRPC status code differs
for code, desc in [("Unavailable", "connection error: desc = \"transport: Error while dialing: dial tcp {ip}:9090: connect: connection refused\""),
                   ("DeadlineExceeded", "context deadline exceeded")]:
    def f(r, code=code, desc=desc):
        return json.dumps({"level": "error", "ts": float(ts_epoch()), "caller": "handler/orders.go:88", "msg": "failed to fetch order",
                           "order_id": uid(), "error": f"rpc error: code = {code} desc = " + desc.format(ip=ip()),
                           "stacktrace": "github.com/acme/gateway/internal/handler.(*Orders).Get\n\t/src/internal/handler/orders.go:88\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2171"})
    G(f"gateway-grpc-{code}", "api-gateway", f, n=3, nm="S13-status")

# S14 Go slog: operation (query name) differs
for q in ["GetUserByID", "GetUserByEmail"]:
    def f(r, q=q):
        return json.dumps({"time": iso().replace("Z", "+00:00"), "level": "ERROR", "source": {"function": "github.com/acme/identity/store.(*Queries).run", "file": "/src/store/queries.go", "line": 212},
                           "msg": "db query failed", "query": q, "duration_ms": num(5000, 5100), "err": "timeout: context deadline exceeded", "trace_id": hx(32)})
    G(f"identity-slog-{q}", "identity-svc", f, n=3, nm="S14-operation")

# S15 Go panic: frame differs
for h in ["handleUpload", "handleDownload"]:
    def f(r, h=h):
        return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
                f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x{R.choice(['18','20','28'])} pc=0x{hx(6)}]\n\n"
                f"goroutine {num(20,90000)} [running]:\n"
                f"github.com/acme/files/server.(*Server).{h}(0x{hx(10)}, {{0x{hx(7)}, {goaddr()}}}, {goaddr()})\n"
                f"\t/build/server/files.go:{'133' if h=='handleUpload' else '171'} +0x{hx(3)}\n"
                f"net/http.HandlerFunc.ServeHTTP({goaddr()}, {{0x{hx(7)}, {goaddr()}}}, {goaddr()})\n"
                f"\t/usr/local/go/src/net/http/server.go:2171 +0x{hx(2)}\n"
                f"created by net/http.(*Server).Serve in goroutine {num(1,60)}\n\t/usr/local/go/src/net/http/server.go:3285 +0x{hx(3)}")
    G(f"files-panic-{h}", "files-svc", f, n=3, nm="S15-frame")

# S16 .NET: message differs (no elements vs more than one)
for m, th in [("Sequence contains no elements", "ThrowNoElementsException"), ("Sequence contains more than one element", "ThrowMoreThanOneElementException")]:
    def f(r, m=m, th=th):
        return (f"{ts_space()} [ERR] Catalog.Api.Middleware.ErrorHandlingMiddleware: Unhandled exception for request {R.choice(['0HN','0HM'])}{HX(10)}:0000000{num(1,9)}\n"
                f"System.InvalidOperationException: {m}\n"
                f"   at System.Linq.ThrowHelper.{th}()\n"
                f"   at System.Linq.Enumerable.{'First' if 'no' in m else 'Single'}[TSource](IEnumerable`1 source)\n"
                "   at Acme.Catalog.Services.ProductService.GetBySku(String sku) in /src/Catalog/Services/ProductService.cs:line 88\n"
                "   at Acme.Catalog.Controllers.ProductsController.Get(String sku) in /src/Catalog/Controllers/ProductsController.cs:line 31")
    G(f"catalog-linq-{th}", "catalog-api", f, n=3, nm="S16-message")

# S17 .NET EF Core: table differs
for tbl, idx in [("dbo.Orders", "IX_Orders_ExternalId"), ("dbo.Payments", "IX_Payments_ExternalId")]:
    def f(r, tbl=tbl, idx=idx):
        return (f"fail: Microsoft.EntityFrameworkCore.Update[10000]\n      An exception occurred in the database while saving changes for context type 'Acme.Sync.Data.SyncDbContext'.\n"
                "      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
                f"       ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Cannot insert duplicate key row in object '{tbl}' with unique index '{idx}'. The duplicate key value is ({alnum(12, string.ascii_uppercase + string.digits)}).\n"
                "         at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__209_0(Task`1 result)\n"
                f"      ClientConnectionId:{uid()}\n      Error Number:2601,State:1,Class:14\n"
                "         --- End of inner exception stack trace ---\n"
                "         at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)")
    G(f"sync-efcore-{tbl}", "sync-worker", f, n=3, nm="S17-table")

# S18 Rails RecordNotFound: model differs (one word)
for model, ctrl in [("User", "users"), ("Account", "accounts")]:
    def f(r, model=model, ctrl=ctrl):
        rid = uid()
        return (f"F, [{day()}T{clock()}.{num(0,999999):06d} #{num(10,99)}] FATAL -- : [{rid}]   \n"
                f"[{rid}] ActiveRecord::RecordNotFound (Couldn't find {model} with 'id'={num(1,900000)}):\n[{rid}]   \n"
                f"[{rid}] app/controllers/{ctrl}_controller.rb:{'14' if model=='User' else '14'}:in `set_{model.lower()}'")
    G(f"rails-notfound-{model}", "rails-monolith", f, n=3, nm="S18-word")

# S19 Rails NoMethodError: method differs
for meth in ["name", "email"]:
    def f(r, meth=meth):
        rid = uid()
        return (f"E, [{day()}T{clock()}.{num(0,999999):06d} #{num(10,99)}] ERROR -- : [{rid}] \n[{rid}] ActionView::Template::Error (undefined method `{meth}' for nil:NilClass):\n"
                f"[{rid}]     12:   <td><%= order.customer.{meth} %></td>\n"
                f"[{rid}] app/views/admin/orders/_row.html.erb:12\n[{rid}] app/views/admin/orders/index.html.erb:9")
    G(f"rails-nomethod-{meth}", "rails-admin", f, n=3, nm="S19-word")

# S20 Laravel: SQLSTATE code differs
for code, text in [("2002", "Connection refused"), ("1045", "Access denied for user 'forge'@'{ip}' (using password: YES)")]:
    def f(r, code=code, text=text):
        t = text.format(ip=ip())
        sqlst = "HY000" if code == "2002" else "HY000"
        return (f"[{day()} {clock()}] production.ERROR: SQLSTATE[{sqlst}] [{code}] {t} (Connection: mysql, SQL: select * from `carts` where `token` = {alnum(40)} limit 1) "
                f"{{\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: {code}): SQLSTATE[{sqlst}] [{code}] {t} at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:813)\n"
                "[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(767): Illuminate\\\\Database\\\\Connection->runQueryCallback()\n"
                "#1 /var/www/html/app/Http/Controllers/CartController.php(44): Illuminate\\\\Database\\\\Eloquent\\\\Builder->first()\n#2 {main}\n\"}")
    G(f"laravel-mysql-{code}", "storefront-php", f, n=3, nm="S20-code")

# S21 Postgres: relation differs
for rel in ["invoice_items", "invoice_lines"]:
    def f(r, rel=rel):
        p = num(1000, 60000)
        return (f"{ts_space()} UTC [{p}] billing@billing_prod ERROR:  relation \"public.{rel}\" does not exist at character {num(15,40)}\n"
                f"{ts_space()} UTC [{p}] billing@billing_prod STATEMENT:  SELECT id, amount_cents FROM public.{rel} WHERE invoice_id = $1")
    G(f"pg-missing-{rel}", "postgres-billing", f, n=3, nm="S21-table")

# S22 Postgres: one word (statement vs lock timeout)
for w in ["statement", "lock"]:
    def f(r, w=w):
        p = num(1000, 60000)
        return (f"{ts_space()} UTC [{p}] app@core_prod ERROR:  canceling statement due to {w} timeout\n"
                f"{ts_space()} UTC [{p}] app@core_prod STATEMENT:  UPDATE accounts SET balance_cents = balance_cents - $1 WHERE id = $2")
    G(f"pg-cancel-{w}", "postgres-core", f, n=3, nm="S22-word")

# S23 MySQL replication: table differs
for tbl in ["shop.orders", "shop.order_items"]:
    def f(r, tbl=tbl):
        return (f"{iso()[:-1]}{num(0,999):03d}Z {num(10,40)} [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker {num(1,8)} failed executing transaction 'ANONYMOUS' at source log mysql-bin.{num(1000,9999):06d}, end_log_pos {num(10000,99999999)}; "
                f"Could not execute Write_rows event on table {tbl}; Duplicate entry '{num(1,9999999)}' for key '{tbl.split('.')[1]}.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log mysql-bin.{num(1000,9999):06d}, end_log_pos {num(10000,99999999)}, Error_code: MY-001062")
    G(f"mysql-repl-dup-{tbl}", "mysql-replica", f, n=3, nm="S23-table")

# S24 nginx error: root cause differs
for gid, cause, phase in [("timeout", "upstream timed out (110: Connection timed out)", "while reading response header from upstream"),
                          ("refused", "connect() failed (111: Connection refused)", "while connecting to upstream")]:
    def f(r, cause=cause, phase=phase):
        oid = num(1, 999999); u = ip()
        return (f"{day().replace('-','/')} {clock()} [error] {num(20,40)}#{num(20,40)}: *{num(1,9999999)} {cause} {phase}, client: {pubip()}, server: api.acme.io, "
                f"request: \"GET /v1/orders/{oid} HTTP/1.1\", upstream: \"http://{u}:8080/v1/orders/{oid}\", host: \"api.acme.io\"")
    G(f"nginx-upstream-{gid}", "edge-nginx", f, n=3, nm="S24-rootcause")

# S25 nginx access: status differs (same endpoint)
for st in ["502", "504"]:
    def f(r, st=st):
        return (f"{pubip()} - - [{num(1,28):02d}/Mar/2026:{clock()} +0000] \"POST /v1/checkout HTTP/1.1\" {st} {R.choice([157,167,552,569])} \"https://shop.acme.io/cart\" "
                f"\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{num(0,5)} like Mac OS X) AppleWebKit/605.1.15\" rt={R.uniform(0.001,60):.3f} uct=\"-\" urt=\"{R.uniform(0.001,60):.3f}\"")
    G(f"nginx-access-checkout-{st}", "shop-nginx", f, n=3, nm="S25-status")

# S26 nginx access: endpoint differs (same status)
for ep in ["/v1/refunds", "/v1/payouts"]:
    def f(r, ep=ep):
        return (f"{pubip()} - - [{num(1,28):02d}/Mar/2026:{clock()} +0000] \"POST {ep} HTTP/1.1\" 500 {num(100,300)} \"-\" \"Stripe/1.0 (+https://stripe.com/docs/webhooks)\" rt={R.uniform(0.001,2):.3f}")
    G(f"nginx-access-500-{ep.split('/')[-1]}", "payments-nginx", f, n=3, nm="S26-endpoint")

# S27 Envoy: response flag differs
for flag in ["UF", "UH"]:
    def f(r, flag=flag):
        return (f"[{iso()}] \"GET /api/users/{num(1,999999)} HTTP/2\" 503 {flag} 0 {91 if flag=='UF' else 19} {num(0,3000)} - \"{pubip()}\" \"okhttp/4.12.0\" \"{uid()}\" "
                f"\"users.default.svc.cluster.local:8080\" \"{ip()+':8080' if flag=='UF' else '-'}\"")
    G(f"envoy-503-{flag}", "mesh-envoy", f, n=3, nm="S27-flag")

# S28 K8s FailedScheduling: one word (memory vs cpu)
for res in ["memory", "cpu"]:
    def f(r, res=res):
        n_ = num(6, 30)
        return (f"{iso(False)} Warning FailedScheduling pod/{pod('reporting-worker')} 0/{n_} nodes are available: {n_-2} Insufficient {res}, 2 node(s) had untolerated taint {{node-role.kubernetes.io/control-plane: }}. "
                f"preemption: 0/{n_} nodes are available: 2 Preemption is not helpful for scheduling, {n_-2} No preemption victims found for incoming pod.")
    G(f"k8s-sched-{res}", "k8s-events", f, n=3, nm="S28-word")

# S29 systemd: exit status differs
for code in ["code=exited, status=1/FAILURE", "code=killed, status=9/KILL"]:
    def f(r, code=code):
        h = node().split('.')[0]
        return (f"{R.choice(['Mar','Apr','May'])} {num(1,28):2d} {clock()} {h} systemd[1]: vector.service: Main process exited, {code}\n"
                f"{R.choice(['Mar','Apr','May'])} {num(1,28):2d} {clock()} {h} systemd[1]: vector.service: Failed with result '{'exit-code' if 'exited' in code else 'signal'}'.")
    G(f"systemd-vector-{code.split('/')[1]}", "node-journal", f, n=3, nm="S29-status")

# S30 Java S3: exception type differs
for ex, msg, st in [("NoSuchKeyException", "The specified key does not exist.", 404), ("NoSuchBucketException", "The specified bucket does not exist", 404)]:
    def f(r, ex=ex, msg=msg, st=st):
        return (f"{ts_space()} ERROR 1 --- [task-{num(1,32)}] c.a.media.ThumbnailJob : thumbnail generation failed for asset {uid()}\n"
                f"software.amazon.awssdk.services.s3.model.{ex}: {msg} (Service: S3, Status Code: {st}, Request ID: {s3req()}, Extended Request ID: {extreq()})\n"
                "\tat software.amazon.awssdk.services.s3.model.S3Exception$BuilderImpl.build(S3Exception.java:104)\n"
                "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n"
                "\tat com.acme.media.ThumbnailJob.fetchOriginal(ThumbnailJob.java:71)")
    G(f"media-s3-{ex}", "media-service", f, n=3, nm="S30-extype")

# S31 SQS queue differs (Node SDK v3)
for q in ["orders-events", "billing-events"]:
    def f(r, q=q):
        a = "481516234200"
        return json.dumps({"level": 50, "time": int(float(ts_epoch())*1000), "pid": num(1, 60), "hostname": pod("outbox-relay"),
                           "msg": "sqs send failed", "queueUrl": f"https://sqs.us-east-1.amazonaws.com/{a}/{q}",
                           "err": {"type": "AccessDenied", "message": f"User: arn:aws:sts::{a}:assumed-role/outbox-relay-role/{alnum(20)} is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:{a}:{q} because no identity-based policy allows the sqs:sendmessage action",
                                   "$metadata": {"httpStatusCode": 403, "requestId": uid(), "attempts": 1, "totalRetryDelay": 0}}})
    G(f"outbox-sqs-{q}", "outbox-relay", f, n=3, nm="S31-queue")

# S32 SNS topic differs
for t in ["order-events", "payment-events"]:
    def f(r, t=t):
        a = "481516234200"
        return (f"{ts_space().replace('.',',')} ERROR [events.publisher] publish failed: botocore.exceptions.ClientError: An error occurred (AuthorizationError) when calling the Publish operation: "
                f"User: arn:aws:sts::{a}:assumed-role/events-publisher/botocore-session-{num(1700000000,1799999999)} is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:{a}:{t} because no resource-based policy allows the SNS:Publish action")
    G(f"sns-authz-{t}", "events-publisher", f, n=3, nm="S32-topic")

# S33 KMS: operation differs
for op in ["Decrypt", "GenerateDataKey"]:
    def f(r, op=op):
        a = "481516234200"
        return (f"{ts_space()} ERROR 1 --- [main] c.a.vault.EnvelopeCrypto : envelope operation failed\n"
                f"software.amazon.awssdk.services.kms.model.KmsException: User: arn:aws:sts::{a}:assumed-role/docs-svc/{alnum(32)} is not authorized to perform: kms:{op} on resource: arn:aws:kms:us-east-1:{a}:key/{uid()} because no identity-based policy allows the kms:{op} action (Service: Kms, Status Code: 400, Request ID: {uid()})\n"
                f"\tat com.acme.vault.EnvelopeCrypto.{op[0].lower()+op[1:]}(EnvelopeCrypto.java:{'52' if op=='Decrypt' else '37'})")
    G(f"kms-denied-{op}", "docs-svc", f, n=3, nm="S33-operation")

# S34 Secrets Manager: secret differs
for sec in ["prod/db/primary", "prod/stripe/api-key"]:
    def f(r, sec=sec):
        return (f"{iso()}\t{lambda_req()}\tERROR\tfailed to load secret {sec}-{alnum(6, string.ascii_letters)}: ResourceNotFoundException: Secrets Manager can't find the specified secret.\n"
                "    at de_ResourceNotFoundExceptionRes (/var/task/node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js:1456:21)\n"
                "    at async loadConfig (/var/task/src/config.js:22:19)")
    G(f"secret-missing-{sec.split('/')[1]}", "config-loader-lambda", f, n=3, nm="S34-secret")

# S35 STS: target role differs
for role in ["prod-deploy", "staging-deploy"]:
    def f(r, role=role):
        return (f"{iso()} ##[error]An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::112233445566:assumed-role/ci-runner/i-{hx(17)} "
                f"is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{'998877665544' if role=='prod-deploy' else '998877665544'}:role/{role}")
    G(f"sts-assume-{role}", "ci-deployer", f, n=3, nm="S35-role")

# S36 nested JSON: caused_by.type differs
for ct, reason in [("too_many_nested_clauses", "Query contains too many nested clauses; maxClauseCount is set to 1024"),
                   ("parse_exception", "Cannot parse '{q}': Encountered \" <RANGE_GOOP> \"] \"\" at line 1, column 9.")]:
    def f(r, ct=ct, reason=reason):
        q = alnum(6) + " ]"
        return json.dumps({"@timestamp": iso(), "log.level": "error", "service.name": "search-api", "message": "search request failed",
                           "http": {"request": {"id": uid()}}, "error": {"type": "ResponseError", "meta": {"statusCode": 400, "body": {"error": {
                               "type": "search_phase_execution_exception", "reason": "all shards failed", "phase": "query",
                               "root_cause": [{"type": "query_shard_exception", "reason": "failed to create query", "index": f"products-{day()}"}],
                               "caused_by": {"type": ct, "reason": reason.format(q=q)}}, "status": 400}}}})
    G(f"search-es-{ct}", "search-api", f, n=3, nm="S36-nested")

# S37 nested JSON: provider differs
for prov in ["stripe", "adyen"]:
    def f(r, prov=prov):
        return json.dumps({"ts": iso(), "lvl": "ERROR", "msg": "charge attempt failed", "ctx": {"tenant": f"t_{alnum(8)}", "attempt": num(1, 3)},
                           "error": {"kind": "UpstreamRateLimited", "upstream": {"provider": prov, "http_status": 429, "retry_after_s": num(1, 30)}}})
    G(f"charge-ratelimit-{prov}", "charge-router", f, n=3, nm="S37-nested")

# S38 Python requests: host differs
for host, path in [("api.sendgrid.com", "/v3/mail/send"), ("api.twilio.com", "/v3/mail/send")]:
    def f(r, host=host, path=path):
        return (f"{ts_space().replace('.',',')} ERROR [notify.dispatch] delivery failed for message {uid()}\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/urllib3/connection.py", line 203, in _new_conn\n'
                "    sock = connection.create_connection(\n"
                "urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at 0x7f" + hx(10) + ">: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution\n\n"
                "During handling of the above exception, another exception occurred:\n\n"
                "Traceback (most recent call last):\n"
                '  File "/app/notify/dispatch.py", line 77, in send\n'
                "    resp = self.session.post(url, json=body, timeout=10)\n"
                f"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: {path} (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f{hx(10)}>: Failed to resolve '{host}' ([Errno -3] Temporary failure in name resolution)\"))")
    G(f"notify-dns-{host.split('.')[1]}", "notify-dispatch", f, n=3, nm="S38-host")

# S39 Hikari pool number (digit matters)
for pool in ["HikariPool-1", "HikariPool-2"]:
    def f(r, pool=pool):
        return (f"{ts_space()}  WARN 1 --- [nio-8080-exec-{num(1,200)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: null\n"
                f"{ts_space()} ERROR 1 --- [nio-8080-exec-{num(1,200)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : {pool} - Connection is not available, request timed out after {num(30000,30050)}ms (total={num(10,20)}, active={num(10,20)}, idle=0, waiting={num(0,400)})")
    G(f"hikari-{pool}", "ledger-api", f, n=3, nm="S39-pooldigit")

# S40 .NET HttpRequestException: status differs
for code, phrase in [("503", "Service Unavailable"), ("429", "Too Many Requests")]:
    def f(r, code=code, phrase=phrase):
        return (f"[{clock()} ERR] Failed to refresh exchange rates (CorrelationId: {uid()})\n"
                f"System.Net.Http.HttpRequestException: Response status code does not indicate success: {code} ({phrase}).\n"
                "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
                "   at Acme.Fx.RatesClient.GetLatestAsync(CancellationToken ct) in /src/Fx/RatesClient.cs:line 44\n"
                "   at Acme.Fx.RefreshJob.ExecuteAsync(IJobExecutionContext context) in /src/Fx/RefreshJob.cs:line 29")
    G(f"fx-http-{code}", "fx-rates", f, n=3, nm="S40-status")

# S41 Rails Redis: exception type differs
for ex, m in [("Redis::CannotConnectError", "Error connecting to Redis on {h}:6379 (Errno::ECONNREFUSED)"), ("Redis::TimeoutError", "Connection timed out")]:
    def f(r, ex=ex, m=m):
        h = f"cache-{alnum(6)}.{alnum(6)}.ng.0001.use1.cache.amazonaws.com"
        return (f"{iso()} pid={num(10,99999)} tid={alnum(4)} ERROR: Error fetching job: {m.format(h=h)}\n"
                f"{iso()} pid={num(10,99999)} tid={alnum(4)} WARN: {ex}: {m.format(h=h)}\n"
                "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb:142:in `connect'\n"
                "/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/fetch.rb:47:in `retrieve_work'")
    G(f"sidekiq-{ex.split('::')[1]}", "sidekiq-jobs", f, n=3, nm="S41-extype")

# S42 Laravel: controller frame differs
for ctrl, line in [("OrderController", 57), ("InvoiceController", 57)]:
    def f(r, ctrl=ctrl, line=line):
        return (f"[{day()} {clock()}] production.ERROR: Call to a member function getKey() on null {{\"userId\":{num(1,99999)},\"exception\":\"[object] (Error(code: 0): Call to a member function getKey() on null at /var/www/html/app/Http/Controllers/{ctrl}.php:{line})\n"
                f"[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\{ctrl}->show()\n#1 {{main}}\n\"}}")
    G(f"laravel-null-{ctrl}", "storefront-php2", f, n=3, nm="S42-frame")

# S43 Go dial: port (dependency) differs, digits only
for port in ["6379", "5432"]:
    def f(r, port=port):
        return json.dumps({"level": "error", "ts": iso(), "caller": "health/check.go:54", "msg": "dependency check failed",
                           "error": f"dial tcp {ip()}:{port}: connect: connection refused", "pod": pod("inventory")})
    G(f"inventory-dial-{port}", "inventory-svc", f, n=3, nm="S43-port")

# S44 Lambda ImportModuleError: module differs
for mod in ["aws-sdk", "uuid", "pg"]:
    def f(r, mod=mod):
        return (f"{iso()}\tundefined\tERROR\tUncaught Exception \t" + json.dumps({"errorType": "Runtime.ImportModuleError",
                "errorMessage": f"Error: Cannot find module '{mod}'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
                "stack": [f"Runtime.ImportModuleError: Error: Cannot find module '{mod}'", "Require stack:", "- /var/task/index.js", "- /var/runtime/index.mjs",
                          "    at _loadUserApp (file:///var/runtime/index.mjs:1087:17)"]}) + f"\nINIT_REPORT Init Duration: {dur()} ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError")
    G(f"lambda-import-{mod}", "webhook-lambda", f, n=num(2,3), nm="S44-module")

# S45 DynamoDB conditional check, table differs
for tbl in ["orders-prod", "inventory-prod"]:
    def f(r, tbl=tbl):
        return (f"{ts_space()} ERROR 1 --- [pool-{num(1,9)}-thread-{num(1,40)}] c.a.r.DynamoWriter : conditional update failed on table {tbl} for key {uid()}\n"
                f"software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException: The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: {alnum(52, string.ascii_uppercase+string.digits)})\n"
                "\tat com.acme.reserve.DynamoWriter.update(DynamoWriter.java:93)")
    G(f"ddb-cond-{tbl}", "reservation-svc", f, n=3, nm="S45-table")

# =====================================================================
# NOISY GROUPS (one bug, heavy variable noise)
# =====================================================================
def noisy_spring(r):
    proxy = R.choice([f"$$SpringCGLIB$$0", f"$$EnhancerBySpringCGLIB$${hx(8)}", f"$$FastClassBySpringCGLIB$${hx(8)}"])
    acc = f"jdk.internal.reflect.GeneratedMethodAccessor{num(100,999)}"
    more = num(40, 130)
    return (f"{ts_space()} ERROR 1 --- [http-nio-8080-exec-{num(1,300)}] [traceId={hx(32)} spanId={hx(16)} user={email()}] c.a.cart.api.CartController : checkout failed cart={uid()} items={num(1,40)} total={num(1,99999)}.{num(0,99):02d} currency={R.choice(['USD','EUR','GBP'])}\n"
            f"com.acme.cart.PricingException: price not found for sku {alnum(3,string.ascii_uppercase)}-{num(10000,99999)} in region us-east-1\n"
            "\tat com.acme.cart.pricing.PriceBook.lookup(PriceBook.java:88)\n"
            f"\tat com.acme.cart.pricing.PriceBook{proxy}.lookup(<generated>)\n"
            f"\tat {acc}.invoke(Unknown Source)\n"
            f"\tat com.acme.cart.api.CartController.lambda$checkout${num(0,20)}(CartController.java:112)\n"
            f"\tat java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)\n"
            f"\t... {more} more")
G("noisy-cart-pricing", "cart-api", noisy_spring, n=5, kind="noisy")

def noisy_pyval(r):
    items = [{"sku": alnum(8), "qty": num(-5, 50), "note": R.choice(["", "gift", "rush"])} for _ in range(num(1, 6))]
    return (f"{ts_space().replace('.',',')} ERROR [api.orders] 422 validation failed request_id={uid()} client={pubip()} ua=\"{R.choice(['curl/8.4.0','python-requests/2.31.0','Mozilla/5.0'])}\"\n"
            "Traceback (most recent call last):\n"
            '  File "/app/orders/schemas.py", line 61, in parse_order\n'
            "    return OrderIn.model_validate(payload)\n"
            f"pydantic_core._pydantic_core.ValidationError: 1 validation error for OrderIn\nitems.{num(0,5)}.qty\n  Input should be greater than 0 [type=greater_than, input_value={num(-5,0)}, input_type=int]\n"
            f"    For further information visit https://errors.pydantic.dev/2.7/v/greater_than\npayload={json.dumps({'customer': uid(), 'items': items})}")
G("noisy-orders-validation", "orders-py", noisy_pyval, n=5, kind="noisy")

def noisy_gopanic(r):
    i = num(1, 64); ln = num(0, i)
    return (f"panic: runtime error: index out of range [{i}] with length {ln}\n\n"
            f"goroutine {num(1,999999)} [running]:\n"
            f"github.com/acme/ingest/batch.(*Splitter).Next({goaddr()}, {{{goaddr()}, 0x{hx(2)}, 0x{hx(2)}}})\n\t/src/batch/split.go:74 +0x{hx(3)}\n"
            f"github.com/acme/ingest/worker.(*Pool).run({goaddr()}, {num(0,31)})\n\t/src/worker/pool.go:119 +0x{hx(3)}\n"
            f"created by github.com/acme/ingest/worker.NewPool in goroutine {num(1,40)}\n\t/src/worker/pool.go:58 +0x{hx(3)}")
G("noisy-ingest-index", "ingest-go", noisy_gopanic, n=5, kind="noisy")

def noisy_node(r):
    arr = [alnum(R.randint(3, 12)) for _ in range(num(0, 8))]
    return json.dumps({"level": "error", "time": iso(), "pid": num(1, 99999), "hostname": pod("graphql-bff"), "reqId": f"req-{alnum(6)}",
                       "req": {"method": "POST", "url": f"/graphql?op={R.choice(['a','b'])}&t={num(1,10**12)}", "remoteAddress": f"::ffff:{pubip()}", "headers": {"x-request-id": uid(), "x-tags": arr}},
                       "err": {"type": "GraphQLError", "message": "Cannot return null for non-nullable field Viewer.organization.",
                               "stack": f"GraphQLError: Cannot return null for non-nullable field Viewer.organization.\n    at completeValue (/app/node_modules/graphql/execution/execute.js:594:13)\n    at /app/node_modules/graphql/execution/execute.js:{R.choice([489,491])}:{num(9,19)}",
                               "path": ["viewer", "organization"], "locations": [{"line": num(1, 40), "column": num(1, 30)}]},
                       "msg": f"request errored after {num(1,9000)}ms"})
G("noisy-bff-graphql-null", "graphql-bff", noisy_node, n=5, kind="noisy")

def noisy_pgdeadlock(r):
    p1, p2 = num(1000, 90000), num(1000, 90000); t1, t2 = num(10**6, 10**9), num(10**6, 10**9)
    return (f"{ts_space()} UTC [{p1}] app@wallet ERROR:  deadlock detected\n"
            f"{ts_space()} UTC [{p1}] app@wallet DETAIL:  Process {p1} waits for ShareLock on transaction {t1}; blocked by process {p2}.\n"
            f"\tProcess {p2} waits for ShareLock on transaction {t2}; blocked by process {p1}.\n"
            f"\tProcess {p1}: UPDATE wallets SET balance = balance + {num(1,99999)} WHERE id = {num(1,10**7)}\n"
            f"\tProcess {p2}: UPDATE wallets SET balance = balance - {num(1,99999)} WHERE id = {num(1,10**7)}\n"
            f"{ts_space()} UTC [{p1}] app@wallet HINT:  See server log for query details.\n"
            f"{ts_space()} UTC [{p1}] app@wallet CONTEXT:  while updating tuple ({num(0,99999)},{num(1,60)}) in relation \"wallets\"\n"
            f"{ts_space()} UTC [{p1}] app@wallet STATEMENT:  UPDATE wallets SET balance = balance + {num(1,99999)} WHERE id = {num(1,10**7)}")
G("noisy-pg-deadlock-wallets", "postgres-wallet", noisy_pgdeadlock, n=5, kind="noisy")

def noisy_k8s(r):
    p = pod("checkout")
    return (f"{iso(False)} Warning BackOff pod/{p} (x{num(2,400)} over {num(1,59)}{R.choice(['m','h'])}) Back-off restarting failed container checkout in pod {p}_prod({uid()}) "
            f"node={node()} reason=CrashLoopBackOff restartCount={num(3,900)} lastState.terminated.exitCode=1 image=481516234200.dkr.ecr.us-east-1.amazonaws.com/checkout:{hx(7)}")
G("noisy-k8s-checkout-backoff", "k8s-events2", noisy_k8s, n=5, kind="noisy")

def noisy_dotnet(r):
    c = num(0, 30); d = num(0, 30)
    return (f"{iso()} [Error] Acme.Ledger.Worker.PostingConsumer: Message {uid()} (attempt {num(1,5)}, partition {num(0,23)}, offset {num(10**5,10**9)}) failed\n"
            f"System.TimeoutException: The operation has timed out after {num(15000,15100)} ms waiting for lock 'ledger:{alnum(10)}'.\n"
            f"   at Acme.Ledger.Locks.RedisLock.AcquireAsync(String key, TimeSpan ttl) in /src/Ledger/Locks/RedisLock.cs:line 71\n"
            f"   at Acme.Ledger.Worker.PostingConsumer.<>c__DisplayClass{c}_0.<<HandleAsync>b__{d}>d.MoveNext() in /src/Ledger/Worker/PostingConsumer.cs:line 48\n"
            "--- End of stack trace from previous location ---\n"
            f"   at Polly.AsyncPolicy.ExecuteAsync[TResult](Func`2 action, Context context, CancellationToken cancellationToken, Boolean continueOnCapturedContext)\n"
            f"   at Acme.Ledger.Worker.PostingConsumer.HandleAsync(ConsumeResult`2 msg) in /src/Ledger/Worker/PostingConsumer.cs:line 52")
G("noisy-ledger-lock-timeout", "ledger-worker", noisy_dotnet, n=5, kind="noisy")

def noisy_nginx(r):
    qs = "&".join(f"{alnum(R.randint(2,8), string.ascii_lowercase)}={alnum(R.randint(1,30))}" for _ in range(num(1, 9)))
    return (f"{day().replace('-','/')} {clock()} [error] {num(7,99)}#{num(7,99)}: *{num(1,10**9)} client intended to send too large body: {num(10**7, 10**9)} bytes, client: {pubip()}, server: uploads.acme.io, "
            f"request: \"POST /v2/uploads?{qs} HTTP/2.0\", host: \"uploads.acme.io\", referrer: \"https://app.acme.io/projects/{uid()}/files\"")
G("noisy-nginx-body-too-large", "uploads-nginx", noisy_nginx, n=5, kind="noisy")

# =====================================================================
# HOSTILE GROUPS (one bug each; variables crafted to look like structure)
# =====================================================================
USER_STRINGS = [
    "java.lang.OutOfMemoryError: Java heap space",
    "'; DROP TABLE users; --",
    "Traceback (most recent call last):\n  File \"x.py\", line 1",
    "💥 ünïcödé ✓ 请求失败",
    "    at com.evil.Frame.run(Frame.java:1)",
    "ERROR: relation \"public.secrets\" does not exist",
    "%s %d %n ${jndi:ldap://x.y/a}",
]
def hostile_userinput(r):
    return (f"{ts_space()} ERROR 1 --- [nio-8080-exec-{num(1,200)}] c.a.search.QueryParser : Unparseable search query q=\"{R.choice(USER_STRINGS)}\" from user {num(1,10**6)}\n"
            "com.acme.search.QueryParseException: Unexpected token at position " + str(num(0, 80)) + "\n"
            "\tat com.acme.search.QueryParser.parse(QueryParser.java:203)\n"
            "\tat com.acme.search.SearchController.search(SearchController.java:40)")
G("hostile-userinput-search", "search-java", hostile_userinput, n=6, kind="hostile")

def hostile_ansi(r):
    c = R.choice(["\x1b[31m", "\x1b[1;31m", "\x1b[91m"])
    return (f"\x1b[2m{iso()}\x1b[0m {c}error\x1b[39m: \x1b[1mJob {R.choice(['nightly','hourly','adhoc'])}-{num(1,9999)}\x1b[22m failed: "
            f"ETIMEDOUT connect ETIMEDOUT {ip()}:443\r\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\r\n"
            f"    at ReportJob.run (/app/dist/jobs/report.js:88:11)\x1b[0m")
G("hostile-ansi-crlf", "report-cron", hostile_ansi, n=4, kind="hostile")

def hostile_doubleenc(r):
    inner = json.dumps({"level": "error", "msg": "webhook signature mismatch", "tenant": f"t_{alnum(10)}", "sig": hx(64), "received_at": iso(),
                        "error": {"name": "SignatureVerificationError", "stack": f"SignatureVerificationError: No signatures found matching the expected signature for payload\n    at Webhook.verify (/app/node_modules/stripe/cjs/Webhooks.js:{R.choice([103,103])}:19)\n    at handler (/app/src/webhooks.ts:{21}:30)"}})
    return json.dumps({"timestamp": iso(), "log": inner, "stream": "stderr", "kubernetes": {"pod_name": pod("webhooks"), "namespace_name": "prod", "host": node(), "container_image_id": "sha256:" + hx(64)}})
G("hostile-double-encoded", "webhooks-fluentbit", hostile_doubleenc, n=4, kind="hostile")

def hostile_recursion(r):
    depth = num(300, 1100)
    frames = []
    for i in range(num(30, 160)):
        frames.append("\tat com.acme.tree.CategoryTree.walk(CategoryTree.java:" + ("57" if i % 2 == 0 else "61") + ")")
    return (f"{ts_space()} ERROR 1 --- [scheduling-{num(1,8)}] c.a.tree.MenuBuilder : menu rebuild failed (depth>{depth})\n"
            "java.lang.StackOverflowError: null\n" + "\n".join(frames) + f"\n\t... {num(900,1024)} more")
G("hostile-stackoverflow", "menu-builder", hostile_recursion, n=4, kind="hostile")

def hostile_wordy_vars(r):
    # variable values that look like words / codes
    chunk = num(10, 999)
    return (f"{iso()} ERROR [frontend-errors] ChunkLoadError: Loading chunk {chunk} failed.\n(missing: https://cdn.acme.io/static/js/{chunk}.{hx(8)}.chunk.js)\n"
            f"    at __webpack_require__.f.j (https://app.acme.io/static/js/main.{hx(8)}.js:1:{num(1000,99999)})\n"
            f"    release={R.choice(['cafe','beef','dead','face'])}{hx(3)} build={R.choice(['Sunrise','Falcon','Orion'])}-{num(1,99)} user_agent=\"{R.choice(['Safari/605.1.15','Chrome/124.0.0.0','Firefox/125.0'])}\"")
G("hostile-wordy-vars", "frontend-rum", hostile_wordy_vars, n=5, kind="hostile")

# ---------------- emit ----------------
def main():
    out = os.path.join(os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__)), "events.jsonl")
    rows = []
    for g in GROUPS:
        for _ in range(g["n"]):
            rows.append({"service": g["service"], "message": g["fn"](R), "group": g["gid"]})
    R.shuffle(rows)
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    sets = {}
    for g in GROUPS:
        if g["set"]: sets.setdefault(g["set"], []).append(g["gid"])
    with open(os.path.join(os.path.dirname(out), "groups.json"), "w") as fh:
        json.dump({"near_miss_sets": sets, "groups": {g["gid"]: {"service": g["service"], "kind": g["kind"], "set": g["set"]} for g in GROUPS}}, fh, indent=1)
    print(f"{len(rows)} events, {len(GROUPS)} groups, {len(sets)} near-miss sets", file=sys.stderr)

if __name__ == "__main__":
    main()
