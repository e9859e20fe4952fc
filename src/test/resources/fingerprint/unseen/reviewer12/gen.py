#!/usr/bin/env python3
"""Deterministic generator for a labelled error-fingerprinting corpus.
Writes events.jsonl: {"service","message","group"} one per line."""
import datetime, json, os, random

SEED = 1212
r = random.Random(SEED)

USERS = ["alice", "bob", "carol", "dmitri", "eve", "farah", "gustavo", "hana", "ivan",
         "juliet", "kenji", "lena", "marco", "nadia", "oscar", "priya", "quinn", "rosa"]
TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell"]
THREADS_TOMCAT = ["http-nio-8080-exec-%d" % i for i in range(1, 40)]
BASE = datetime.datetime(2024, 5, 14, 0, 0, 0)

GROUPS = []

def grp(name, service, n):
    def deco(fn):
        GROUPS.append((name, service, n, fn))
        return fn
    return deco

# ---------- variable helpers ----------
def dt():
    return BASE + datetime.timedelta(seconds=r.randint(0, 86400 * 3), microseconds=r.randint(0, 999999))
def iso(): d = dt(); return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)
def iso6(): d = dt(); return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
def spring_ts(): d = dt(); return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)
def py_ts(): d = dt(); return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)
def epoch(): return (dt() - datetime.datetime(1970, 1, 1)).total_seconds()
def uuid(): return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48))
def hexs(n): return "".join(r.choice("0123456789abcdef") for _ in range(n))
def HEXS(n): return "".join(r.choice("0123456789ABCDEF") for _ in range(n))
def alnum(n): return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))
def ip(): return "10.%d.%d.%d" % (r.randint(0, 3), r.randint(0, 255), r.randint(2, 254))
def pubip(): return "%d.%d.%d.%d" % (r.choice([34, 52, 81, 92, 176, 203]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
def user(): return r.choice(USERS)
def tenant(): return r.choice(TENANTS)
def num(a, b): return r.randint(a, b)
def ec2host(): return "ip-10-%d-%d-%d" % (r.randint(0, 3), r.randint(0, 255), r.randint(2, 254))
def pod(prefix): return "%s-%s-%s" % (prefix, hexs(10 if r.random() < 0.5 else 9), "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))
def email(): return "%s@%s.example.com" % (user(), tenant())
def xray(): return "1-%s-%s" % (hexs(8), hexs(24))
def awsreqid(): return alnum(16)
def ddbreqid(): return alnum(52)
def goaddr(): return "0xc000%06x" % r.getrandbits(24)
def jlines(lines): return "\n".join(lines)

def java_trace(head, frames, caused=()):
    out = [head] + ["\tat " + f for f in frames]
    for c_head, c_frames, more in caused:
        out.append("Caused by: " + c_head)
        out += ["\tat " + f for f in c_frames]
        if more:
            out.append("\t... %d more" % more)
    return "\n".join(out)

SPRING_WEB_FRAMES = [
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:655)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:764)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
    "org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:49)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]

def spring_prefix(level, thread, logger, pid=1):
    return "%s %5s %d --- [%15s] %-40s : " % (spring_ts(), level, pid, thread[-15:], logger)

# =====================================================================
# JAVA / SPRING / HIBERNATE
# =====================================================================
def _jdbc_common(root_head, root_frames):
    th = r.choice(THREADS_TOMCAT)
    head = spring_prefix("ERROR", th, "o.a.c.c.C.[.[.[/].[dispatcherServlet]") + \
        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause\n\n"
    return head + java_trace(root_head, root_frames)

@grp("java-spring-jdbc-connection-refused", "order-service", 6)
def _(i):
    return _jdbc_common("java.net.ConnectException: Connection refused", [
        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)",
        "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:597)",
        "java.base/java.net.Socket.connect(Socket.java:633)",
        "org.postgresql.core.PGStream.createSocket(PGStream.java:241)",
        "org.postgresql.core.PGStream.<init>(PGStream.java:98)",
        "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:109)",
        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)",
        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
    ])

@grp("java-spring-jdbc-connect-timed-out", "order-service", 4)
def _(i):
    return _jdbc_common("java.net.SocketTimeoutException: Connect timed out", [
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)",
        "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:597)",
        "java.base/java.net.Socket.connect(Socket.java:633)",
        "org.postgresql.core.PGStream.createSocket(PGStream.java:241)",
        "org.postgresql.core.PGStream.<init>(PGStream.java:98)",
        "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:109)",
        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)",
        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
    ])

@grp("java-hikari-pool-exhausted", "order-service",4)
def _(i):
    th = r.choice(THREADS_TOMCAT)
    ms = r.choice([30000, 30001, 30002, 30004])
    return spring_prefix("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper") + \
        "HikariPool-1 - Connection is not available, request timed out after %dms." % ms

def _npe(cls, meth, line):
    th = r.choice(THREADS_TOMCAT)
    oid = num(100000, 999999)
    head = spring_prefix("ERROR", th, "c.a.order.web.GlobalExceptionHandler") + \
        "Unhandled exception on POST /api/v1/orders/%d/checkout [user=%s, traceId=%s]\n" % (oid, user(), hexs(16))
    return head + java_trace(
        'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because "rate" is null', [
            "com.acme.order.service.%s.%s(%s.java:%d)" % (cls, meth, cls, line),
            "com.acme.order.service.CheckoutService.checkout(CheckoutService.java:133)",
            "com.acme.order.service.CheckoutService$$FastClassBySpringCGLIB$$8d1a3e2f.invoke(<generated>)",
            "org.springframework.cglib.proxy.MethodProxy.invoke(MethodProxy.java:218)",
            "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.invokeJoinpoint(CglibAopProxy.java:793)",
            "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
            "com.acme.order.web.CheckoutController.checkout(CheckoutController.java:57)",
            "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
        ] + SPRING_WEB_FRAMES)

@grp("java-npe-pricing-applyDiscount", "order-service", 8)
def _(i): return _npe("PricingService", "applyDiscount", 88)

@grp("java-npe-tax-compute", "order-service", 4)
def _(i): return _npe("TaxService", "compute", 42)

# same bug across a deploy: app line number shifts 88 -> 91 in the 2nd half
@grp("java-npe-loyalty-across-deploy", "order-service", 4)
def _(i): return _npe("LoyaltyService", "pointsFor", 61 if i < 2 else 64)

def _rest(exc_word, nested):
    th = r.choice(["scheduling-1", "task-%d" % num(1, 8), r.choice(THREADS_TOMCAT)])
    sku = "SKU-%d" % num(10000, 99999)
    url = "http://inventory-service.prod.svc.cluster.local:8080/api/stock/%s" % sku
    head = spring_prefix("ERROR", th, "c.a.cart.client.InventoryClient") + "Stock lookup failed for %s\n" % sku
    return head + java_trace(
        'org.springframework.web.client.ResourceAccessException: I/O error on GET request for "%s": %s; nested exception is %s' % (url, exc_word, nested), [
            "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:785)",
            "org.springframework.web.client.RestTemplate.execute(RestTemplate.java:711)",
            "org.springframework.web.client.RestTemplate.getForObject(RestTemplate.java:334)",
            "com.acme.cart.client.InventoryClient.getStock(InventoryClient.java:47)",
            "com.acme.cart.service.CartService.addItem(CartService.java:92)",
        ], [(nested, [
            "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:283)" if "Read" in exc_word else "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)",
            "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:309)" if "Read" in exc_word else "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:597)",
            "java.base/java.net.Socket.connect(Socket.java:633)" if "Connect" in exc_word else "java.base/java.net.Socket$SocketInputStream.read(Socket.java:966)",
            "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
        ], 9)])

@grp("java-resttemplate-read-timed-out", "cart-service", 5)
def _(i): return _rest("Read timed out", "java.net.SocketTimeoutException: Read timed out")

@grp("java-resttemplate-connect-timed-out", "cart-service", 4)
def _(i): return _rest("Connect timed out", "java.net.SocketTimeoutException: Connect timed out")

def _dup(constraint, col, val, entity, table):
    th = r.choice(THREADS_TOMCAT)
    head = spring_prefix("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper") + \
        'ERROR: duplicate key value violates unique constraint "%s"\n  Detail: Key (%s)=(%s) already exists.\n' % (constraint, col, val)
    head += spring_prefix("ERROR", th, "c.a.account.web.ApiExceptionHandler") + "Request failed\n"
    return head + java_trace(
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [%s]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement" % constraint, [
            "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)",
            "org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)",
            "org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:137)",
            "jdk.proxy2/jdk.proxy2.$Proxy142.save(Unknown Source)",
            "com.acme.account.service.%sService.create(%sService.java:71)" % (entity, entity),
        ], [
            ("org.hibernate.exception.ConstraintViolationException: could not execute statement", [
                "org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:59)",
                "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:37)",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
            ], 98),
            ('org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "%s"\n  Detail: Key (%s)=(%s) already exists.' % (constraint, col, val), [
                "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2676)",
                "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2366)",
                "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
            ], 127),
        ])

@grp("java-dup-key-users-email", "account-service",4)
def _(i): return _dup("users_email_key", "email", email(), "User", "users")

@grp("java-dup-key-orgs-slug", "account-service", 4)
def _(i): return _dup("organizations_slug_key", "slug", tenant() + "-" + r.choice(["eu", "us", "apac"]), "Organization", "organizations")

@grp("java-optimistic-lock-account", "ledger-service", 4)
def _(i):
    th = "kafka-listener-%d" % num(0, 5)
    return spring_prefix("ERROR", th, "c.a.ledger.consumer.TransferConsumer") + \
        "Failed to apply transfer %s (offset=%d, partition=%d)\n" % (uuid(), num(100000, 9999999), num(0, 11)) + java_trace(
        "org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.ledger.domain.Account#%d]; nested exception is org.hibernate.StaleObjectStateException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.ledger.domain.Account#%d]" % ((a := num(1000, 99999)), a), [
            "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:315)",
            "org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:566)",
            "com.acme.ledger.consumer.TransferConsumer.onMessage(TransferConsumer.java:64)",
        ], [("org.hibernate.StaleObjectStateException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.ledger.domain.Account#%d]" % a, [
            "org.hibernate.persister.entity.AbstractEntityPersister.check(AbstractEntityPersister.java:2604)",
            "org.hibernate.persister.entity.AbstractEntityPersister.update(AbstractEntityPersister.java:3448)",
        ], 31)])

def _webclient(status, reason, cls):
    th = "reactor-http-epoll-%d" % num(1, 8)
    rid = hexs(8) + "-" + str(num(1, 900))
    return spring_prefix("ERROR", th, "c.a.shipping.client.CarrierGateway") + \
        "[%s] Label creation failed for shipment %d\n" % (rid, num(100000, 999999)) + java_trace(
        "org.springframework.web.reactive.function.client.WebClientResponseException$%s: %d %s from POST https://api.carrier-partner.com/v2/labels" % (cls, status, reason), [
            "org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:%d)" % (252 if status == 503 else 248),
            "Suppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ",
        ]).replace("\tat Suppressed", "\tSuppressed") + "\nError has been observed at the following site(s):\n\t*__checkpoint ⇢ %d from POST https://api.carrier-partner.com/v2/labels [DefaultWebClient]\nOriginal Stack Trace:\n\t\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:%d)\n\t\tat com.acme.shipping.client.CarrierGateway.createLabel(CarrierGateway.java:81)" % (status, 252 if status == 503 else 248)

@grp("java-webclient-503-carrier", "shipping-service", 4)
def _(i): return _webclient(503, "Service Unavailable", "ServiceUnavailable")

@grp("java-webclient-502-carrier", "shipping-service", 3)
def _(i): return _webclient(502, "Bad Gateway", "BadGateway")

def _oom(kind):
    th = r.choice(["kafka-consumer-%d" % num(0, 7), "pool-2-thread-%d" % num(1, 16)])
    return 'Exception in thread "%s" java.lang.OutOfMemoryError: %s\n' % (th, kind) + "\n".join("\tat " + f for f in [
        "java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
        "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)",
        "com.acme.reports.export.CsvExporter.writeRows(CsvExporter.java:118)",
        "com.acme.reports.export.ExportJob.run(ExportJob.java:44)",
    ])

@grp("java-oom-heap-space", "report-worker", 4)
def _(i): return _oom("Java heap space")

@grp("java-oom-gc-overhead", "report-worker", 3)
def _(i): return _oom("GC overhead limit exceeded")

@grp("java-kafka-topic-not-in-metadata", "notification-service", 4)
def _(i):
    return spring_prefix("ERROR", "kafka-producer-network-thread | producer-%d" % num(1, 4), "o.s.k.support.LoggingProducerListener") + \
        "Exception thrown when sending a message with key='%s' and payload='NotificationEvent(id=%s, user=%s)' to topic notifications-v2:\n" % (uuid(), uuid(), user()) + \
        "org.apache.kafka.common.errors.TimeoutException: Topic notifications-v2 not present in metadata after 60000 ms."

@grp("java-kafka-commit-failed-rebalance", "notification-service", 3)
def _(i):
    return spring_prefix("ERROR", "org.springframework.kafka.KafkaListenerEndpointContainer#0-%d-C-1" % num(0, 3), "o.s.k.l.KafkaMessageListenerContainer") + \
        "Consumer exception\n" + java_trace(
        "org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.", [
            "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.sendOffsetCommitRequest(ConsumerCoordinator.java:1139)",
            "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.commitOffsetsSync(ConsumerCoordinator.java:1004)",
            "org.apache.kafka.clients.consumer.KafkaConsumer.commitSync(KafkaConsumer.java:1495)",
            "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doCommitSync(KafkaMessageListenerContainer.java:2710)",
        ])

# Kotlin coroutines
def _kt(head, app_frame):
    return "%s ERROR [%s] c.a.search.IndexerJob - Reindex batch %d failed for tenant %s\n" % (spring_ts(), "DefaultDispatcher-worker-%d" % num(1, 64), num(1, 5000), tenant()) + \
        java_trace(head, [
            app_frame,
            "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
            "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
            "kotlinx.coroutines.internal.LimitedDispatcher$Worker.run(LimitedDispatcher.kt:115)",
            "kotlinx.coroutines.scheduling.TaskImpl.run(Tasks.kt:103)",
            "kotlinx.coroutines.scheduling.CoroutineScheduler.runSafely(CoroutineScheduler.kt:584)",
            "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.executeTask(CoroutineScheduler.kt:793)",
            "kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:697)",
        ])

@grp("kotlin-coroutine-timeout-elastic", "search-indexer", 4)
def _(i):
    return _kt("kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 15000 ms",
               "com.acme.search.ElasticWriter$bulkIndex$2.invokeSuspend(ElasticWriter.kt:77)")

@grp("kotlin-coroutine-check-failed", "search-indexer", 3)
def _(i):
    return _kt("java.lang.IllegalStateException: Document mapping missing for type 'product_v3'",
               "com.acme.search.MappingRegistry$resolve$1.invokeSuspend(MappingRegistry.kt:52)")

# =====================================================================
# PYTHON
# =====================================================================
def py_tb(frames, final, header="Traceback (most recent call last):"):
    out = [header]
    for f, ln, fn, src in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        if src:
            out.append("    " + src)
    out.append(final)
    return "\n".join(out)

def _keyerror(path, fn, line):
    rid = uuid()
    return "[ERROR]\t%s\t%s\tUnhandled error processing webhook\n" % (iso(), rid) + py_tb([
        ("/var/task/app/main.py", 31, "lambda_handler", "return dispatch(event)"),
        ("/var/task/app/router.py", 58, "dispatch", "return HANDLERS[kind](payload)"),
        (path, line, fn, 'customer = payload["data"]["object"]["customer_id"]'),
    ], "KeyError: 'customer_id'")

@grp("py-keyerror-customer-webhook-handler", "stripe-webhooks", 5)
def _(i): return _keyerror("/var/task/app/handlers/webhook.py", "handle_invoice_paid", 44)

@grp("py-keyerror-customer-billing-handler", "stripe-webhooks", 4)
def _(i): return _keyerror("/var/task/app/handlers/billing.py", "handle_subscription_updated", 112)

def _sqla_chain(root):
    h = ip()
    inner = "psycopg2.OperationalError: %s" % root.replace("{h}", h)
    frames_inner = [
        ("/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", 145, "__init__", "self._dbapi_connection = engine.raw_connection()"),
        ("/usr/local/lib/python3.11/site-packages/sqlalchemy/pool/base.py", 674, "__connect", "self.dbapi_connection = connection = pool._invoke_creator(self)"),
        ("/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", 122, "connect", "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)"),
    ]
    frames_outer = [
        ("/app/worker/jobs/sync_accounts.py", 39, "run", "rows = session.execute(select(Account).where(Account.tenant == tenant)).scalars().all()"),
        ("/usr/local/lib/python3.11/site-packages/sqlalchemy/orm/session.py", 2262, "execute", "return self._execute_internal("),
        ("/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", 147, "__init__", "Connection._handle_dbapi_exception_noconnection("),
    ]
    msg = "%s ERROR [worker.jobs.sync_accounts] sync failed tenant=%s job_id=%s\n" % (py_ts(), tenant(), uuid())
    msg += py_tb(frames_inner, inner)
    msg += "\n\nThe above exception was the direct cause of the following exception:\n\n"
    msg += py_tb(frames_outer, "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) %s\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % root.replace("{h}", h))
    return msg

@grp("py-sqlalchemy-conn-refused", "account-sync",4)
def _(i): return _sqla_chain('connection to server at "{h}", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?')

@grp("py-sqlalchemy-server-closed", "account-sync", 4)
def _(i): return _sqla_chain("server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.")

@grp("py-sqlalchemy-password-auth-failed", "account-sync", 3)
def _(i): return _sqla_chain('connection to server at "{h}", port 5432 failed: FATAL:  password authentication failed for user "sync_rw"')

@grp("py-during-handling-redis-fallback", "recs-api", 4)
def _(i):
    return "%s ERROR recs.cache: cache fallback failed for user=%s\n" % (py_ts(), user()) + py_tb([
        ("/srv/recs/cache.py", 27, "get_recs", "return json.loads(self.redis.get(key))"),
        ("/usr/local/lib/python3.10/site-packages/redis/commands/core.py", 1829, "get", 'return self.execute_command("GET", name)'),
        ("/usr/local/lib/python3.10/site-packages/redis/connection.py", 707, "connect", "raise ConnectionError(self._error_message(e))"),
    ], "redis.exceptions.ConnectionError: Error 111 connecting to redis-recs.%s.cache.amazonaws.com:6379. Connection refused." % hexs(6)) + \
        "\n\nDuring handling of the above exception, another exception occurred:\n\n" + py_tb([
        ("/srv/recs/cache.py", 31, "get_recs", "return self.fallback_store.load(user_id)"),
        ("/srv/recs/fallback.py", 18, "load", "with open(self.path / f\"{user_id}.json\") as fh:"),
    ], "FileNotFoundError: [Errno 2] No such file or directory: '/srv/recs/snapshots/%d.json'" % num(10000, 99999))

@grp("py-django-notnull-invoice-tenant", "billing-web",4)
def _(i):
    inv = num(1000, 99999)
    row = (inv, num(1, 9999), num(0, 99), dt().strftime("%Y-%m-%d %H:%M:%S.%f+00"))
    return "ERROR %s log Internal Server Error: /api/invoices/%d/finalize/\n" % (py_ts(), inv) + py_tb([
        ("/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", 89, "_execute", "return self.cursor.execute(sql, params)"),
    ], 'psycopg2.errors.NotNullViolation: null value in column "tenant_id" of relation "billing_invoice" violates not-null constraint\nDETAIL:  Failing row contains (%d, null, draft, %d.%02d, %s).' % row) + \
        "\n\nThe above exception was the direct cause of the following exception:\n\n" + py_tb([
        ("/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
        ("/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", 197, "_get_response", "response = wrapped_callback(request, *callback_args, **callback_kwargs)"),
        ("/app/billing/views.py", 141, "finalize", "invoice.save()"),
        ("/usr/local/lib/python3.11/site-packages/django/db/models/base.py", 814, "save", "self.save_base("),
        ("/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", 89, "_execute", "return self.cursor.execute(sql, params)"),
    ], 'django.db.utils.IntegrityError: null value in column "tenant_id" of relation "billing_invoice" violates not-null constraint\nDETAIL:  Failing row contains (%d, null, draft, %d.%02d, %s).' % row)

@grp("py-django-doesnotexist-invoice", "billing-web", 3)
def _(i):
    inv = num(1000, 99999)
    return "ERROR %s log Internal Server Error: /api/invoices/%d/pdf/\n" % (py_ts(), inv) + py_tb([
        ("/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
        ("/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", 197, "_get_response", "response = wrapped_callback(request, *callback_args, **callback_kwargs)"),
        ("/app/billing/views.py", 188, "invoice_pdf", "invoice = Invoice.objects.get(pk=pk, tenant=request.tenant)"),
        ("/usr/local/lib/python3.11/site-packages/django/db/models/query.py", 637, "get", "raise self.model.DoesNotExist("),
    ], "billing.models.Invoice.DoesNotExist: Invoice matching query does not exist.")

def _asgi(exc):
    return "ERROR:    Exception in ASGI application\n" + py_tb([
        ("/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", 426, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
        ("/usr/local/lib/python3.12/site-packages/fastapi/routing.py", 301, "app", "raw_response = await run_endpoint_function("),
        ("/app/api/routes/quotes.py", 64, "get_quote", "rate = await fx_client.latest(base, target)"),
        ("/app/clients/fx.py", 22, "latest", 'resp = await self._http.get(f"/v1/latest?base={base}&symbols={target}")'),
        ("/usr/local/lib/python3.12/site-packages/httpx/_client.py", 1814, "get", "return await self.request("),
        ("/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", 86, "map_httpcore_exceptions", "raise mapped_exc(message) from exc"),
    ], exc)

@grp("py-fastapi-httpx-readtimeout", "quote-api", 5)
def _(i): return _asgi("httpx.ReadTimeout")

@grp("py-fastapi-httpx-connecttimeout", "quote-api", 4)
def _(i): return _asgi("httpx.ConnectTimeout")

def _celery(task, exc):
    return "[%s: ERROR/ForkPoolWorker-%d] Task %s[%s] raised unexpected: %s\n" % (py_ts(), num(1, 16), task, uuid(), exc) + py_tb([
        ("/usr/local/lib/python3.11/site-packages/celery/app/trace.py", 477, "trace_task", "R = retval = fun(*args, **kwargs)"),
        ("/usr/local/lib/python3.11/site-packages/celery/app/trace.py", 760, "__protected_call__", "return self.run(*args, **kwargs)"),
        ("/app/notify/tasks.py", 33 if "email" in task else 71, task.split(".")[-1], "client.send(msg)" if "email" in task else "gateway.dispatch(sms)"),
        ("/usr/local/lib/python3.11/smtplib.py", 405, "getreply", 'raise SMTPServerDisconnected("Connection unexpectedly closed")'),
    ], "smtplib.SMTPServerDisconnected: Connection unexpectedly closed")

@grp("py-celery-send-email-smtp-disconnected", "notify-worker",4)
def _(i): return _celery("notify.tasks.send_email", "SMTPServerDisconnected('Connection unexpectedly closed')")

@grp("py-celery-send-digest-smtp-disconnected", "notify-worker", 3)
def _(i): return _celery("notify.tasks.send_digest_email", "SMTPServerDisconnected('Connection unexpectedly closed')")

@grp("py-celery-hard-time-limit", "notify-worker", 3)
def _(i):
    return "[%s: ERROR/MainProcess] Hard time limit (300s) exceeded for notify.tasks.render_report[%s]" % (py_ts(), uuid())

@grp("py-structlog-payment-capture-failed", "payments",4)
def _(i):
    return json.dumps({"amount_cents": num(100, 500000), "currency": r.choice(["EUR", "USD", "GBP"]), "order_id": "ord_%s" % alnum(14).lower(),
                       "provider": "adyen", "psp_reference": alnum(16), "error": "Refused: CVC Declined",
                       "event": "payment_capture_failed", "level": "error", "logger": "payments.capture", "timestamp": iso6()})

@grp("py-structlog-refund-failed", "payments", 4)
def _(i):
    return json.dumps({"amount_cents": num(100, 500000), "currency": r.choice(["EUR", "USD", "GBP"]), "order_id": "ord_%s" % alnum(14).lower(),
                       "provider": "adyen", "psp_reference": alnum(16), "error": "Refused: CVC Declined",
                       "event": "payment_refund_failed", "level": "error", "logger": "payments.refund", "timestamp": iso6()})

# =====================================================================
# NODE / TYPESCRIPT
# =====================================================================
def lambda_invoke_error(etype, emsg, stack):
    return "%s\t%s\tERROR\tInvoke Error \t%s" % (iso(), uuid(), json.dumps({"errorType": etype, "errorMessage": emsg, "stack": [etype + ": " + emsg] + stack}, separators=(",", ":")))

@grp("node-lambda-typeerror-reading-id", "profile-lambda", 7)
def _(i):
    return lambda_invoke_error("TypeError", "Cannot read properties of undefined (reading 'id')", [
        "    at getProfile (/var/task/src/profile.js:42:31)",
        "    at Runtime.handler (/var/task/index.js:18:22)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"])

@grp("node-lambda-typeerror-reading-email", "profile-lambda", 4)
def _(i):
    return lambda_invoke_error("TypeError", "Cannot read properties of undefined (reading 'email')", [
        "    at sendWelcome (/var/task/src/mailer.js:67:40)",
        "    at Runtime.handler (/var/task/index.js:25:11)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"])

def _unhandled(code, port):
    h = ip()
    em = "Error: %s %s:%d" % ("connect ECONNREFUSED" if code == "ECONNREFUSED" else "read ECONNRESET", h, port) if code == "ECONNREFUSED" else "Error: read ECONNRESET"
    stack = ["Runtime.UnhandledPromiseRejection: " + em,
             "    at process.<anonymous> (file:///var/runtime/index.mjs:1276:17)",
             "    at process.emit (node:events:517:28)",
             "    at emit (node:internal/process/promises:149:20)",
             "    at processPromiseRejections (node:internal/process/promises:283:27)",
             "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)"]
    return "%s\t%s\tERROR\tUnhandled Promise Rejection \t%s" % (iso(), uuid(), json.dumps({"errorType": "Runtime.UnhandledPromiseRejection", "errorMessage": em, "reason": {"errorType": "Error", "errorMessage": em[7:], "code": code, "errno": -111 if code == "ECONNREFUSED" else -104, "syscall": "connect" if code == "ECONNREFUSED" else "read"}, "promise": {}, "stack": stack}, separators=(",", ":")))

@grp("node-lambda-unhandled-econnrefused", "session-lambda", 5)
def _(i): return _unhandled("ECONNREFUSED", 6379)

@grp("node-lambda-unhandled-econnreset", "session-lambda", 4)
def _(i): return _unhandled("ECONNRESET", 6379)

def _lambda_timeout():
    return "%s %s Task timed out after %.2f seconds" % (iso(), uuid(), 30 + r.random() * 0.09)

@grp("lambda-timeout-image-resizer", "image-resizer", 4)
def _(i): return _lambda_timeout()

@grp("lambda-timeout-pdf-renderer", "pdf-renderer", 3)
def _(i): return _lambda_timeout()

def _axios(status):
    return "Error: Request failed with status code %d\n" % status + "\n".join([
        "    at createError (/usr/src/app/node_modules/axios/lib/core/createError.js:16:15)",
        "    at settle (/usr/src/app/node_modules/axios/lib/core/settle.js:17:12)",
        "    at IncomingMessage.handleStreamEnd (/usr/src/app/node_modules/axios/lib/adapters/http.js:322:11)",
        "    at IncomingMessage.emit (node:events:529:35)",
        "    at endReadableNT (node:internal/streams/readable:1368:12)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)"])

@grp("node-express-axios-404-catalog", "storefront-bff", 4)
def _(i): return _axios(404)

@grp("node-express-axios-500-catalog", "storefront-bff", 4)
def _(i): return _axios(500)

def _pino(msg, etype, emsg, frames):
    return json.dumps({"level": 50, "time": int(epoch() * 1000), "pid": num(1, 60), "hostname": pod("cart-api"),
                       "reqId": "req-%s" % r.choice(["", "1"]) + str(num(1, 40000)),
                       "err": {"type": etype, "message": emsg, "stack": etype + ": " + emsg + "\n" + "\n".join(frames)},
                       "msg": msg}, separators=(",", ":"))

@grp("node-pino-cart-add-item-validation", "cart-api",4)
def _(i):
    return _pino("request errored", "ValidationError", 'quantity must be a positive integer', [
        "    at CartService.addItem (/app/dist/services/cart.service.js:57:19)",
        "    at CartController.add (/app/dist/controllers/cart.controller.js:31:42)",
        "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)"])

@grp("node-pino-cart-merge-validation", "cart-api", 3)
def _(i):
    return _pino("request errored", "ValidationError", 'quantity must be a positive integer', [
        "    at CartService.mergeGuestCart (/app/dist/services/cart.service.js:118:15)",
        "    at CartController.login (/app/dist/controllers/cart.controller.js:77:30)",
        "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)"])

@grp("node-bunyan-inventory-sync-mongo", "inventory-sync", 4)
def _(i):
    return json.dumps({"name": "inventory-sync", "hostname": pod("inventory-sync"), "pid": num(7, 30), "component": "sync",
                       "level": 50, "err": {"message": "connection <monitor> to %s:27017 closed" % ip(), "name": "MongoNetworkError",
                       "stack": "MongoNetworkError: connection <monitor> to %s:27017 closed\n    at Connection.onClose (/srv/node_modules/mongodb/lib/cmap/connection.js:135:19)\n    at TLSSocket.<anonymous> (/srv/node_modules/mongodb/lib/cmap/connection.js:62:46)" % ip()},
                       "msg": "failed to sync warehouse %s" % r.choice(["FRA1", "DUB2", "AMS1", "LHR3"]), "time": iso(), "v": 0}, separators=(",", ":"))

@grp("node-unhandled-rejection-plain", "webhook-relay", 3)
def _(i):
    return ("node:internal/process/promises:288\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\n"
            "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"%s\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v18.19.0") % "Signature mismatch"

# =====================================================================
# GO
# =====================================================================
def _gopanic(head, app_fn, app_file):
    gid = num(20, 90000)
    return "%s\n\ngoroutine %d [running]:\n" % (head, gid) + "\n".join([
        "%s(%s, {0xa3f2e0, %s}, %s)" % (app_fn, goaddr(), goaddr(), goaddr()),
        "\t%s +0x1c4" % app_file,
        "net/http.HandlerFunc.ServeHTTP(%s, {0xa3f2e0, %s}, %s)" % (goaddr(), goaddr(), goaddr()),
        "\t/usr/local/go/src/net/http/server.go:2136 +0x29",
        "net/http.serverHandler.ServeHTTP({%s}, {0xa3f2e0, %s}, %s)" % (goaddr(), goaddr(), goaddr()),
        "\t/usr/local/go/src/net/http/server.go:2938 +0x8e",
        "net/http.(*conn).serve(%s, {0xa40b88, %s})" % (goaddr(), goaddr()),
        "\t/usr/local/go/src/net/http/server.go:2009 +0x5f4",
        "created by net/http.(*Server).Serve in goroutine 1",
        "\t/usr/local/go/src/net/http/server.go:3086 +0x5cb"])

@grp("go-panic-nil-deref-handleOrder", "orders-go", 4)
def _(i):
    return _gopanic("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]" % (0x6a0000 + 0x1c4 + 0x11200),
                    "github.com/acme/orders/internal/api.(*Server).handleOrder", "/build/internal/api/orders.go:142")

@grp("go-panic-nil-deref-handleRefund", "orders-go", 3)
def _(i):
    return _gopanic("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]" % (0x6a0000 + 0x1c4 + 0x13480),
                    "github.com/acme/orders/internal/api.(*Server).handleRefund", "/build/internal/api/refunds.go:88")

@grp("go-panic-index-out-of-range", "orders-go", 4)
def _(i):
    n = num(0, 6)
    return _gopanic("panic: runtime error: index out of range [%d] with length %d" % (n, n),
                    "github.com/acme/orders/internal/api.(*Server).handleSplitShipment", "/build/internal/api/shipments.go:61")

@grp("go-fatal-concurrent-map-writes", "pricing-go", 3)
def _(i):
    gid = num(100, 9000)
    return "fatal error: concurrent map writes\n\ngoroutine %d [running]:\ngithub.com/acme/pricing/cache.(*RuleCache).Put(...)\n\t/src/cache/rules.go:48\ngithub.com/acme/pricing/cache.(*RuleCache).Refresh(%s, {0x9c1e40, %s})\n\t/src/cache/rules.go:77 +0x1f8\ncreated by github.com/acme/pricing/cache.(*RuleCache).Start in goroutine 1\n\t/src/cache/rules.go:31 +0x6a" % (gid, goaddr(), goaddr())

def _zap(err, caller="consumer/consumer.go:118", msg="failed to process message"):
    return json.dumps({"level": "error", "ts": round(epoch(), 6), "caller": caller, "msg": msg,
                       "topic": "payments.settled", "partition": num(0, 23), "offset": num(1000, 9999999), "trace_id": hexs(32),
                       "error": err,
                       "stacktrace": "github.com/acme/settlement/consumer.(*Consumer).handle\n\t/app/consumer/consumer.go:118\ngithub.com/acme/settlement/consumer.(*Consumer).Run\n\t/app/consumer/consumer.go:74"},
                      separators=(",", ":"))

@grp("go-zap-grpc-deadline-exceeded", "settlement-go",4)
def _(i): return _zap("rpc error: code = DeadlineExceeded desc = context deadline exceeded")

@grp("go-zap-grpc-unavailable", "settlement-go", 4)
def _(i): return _zap("rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp %s:9090: connect: connection refused\"" % ip())

@grp("go-zap-grpc-permission-denied", "settlement-go", 3)
def _(i): return _zap("rpc error: code = PermissionDenied desc = caller spiffe://prod.acme/ns/payments/sa/settlement not authorized for /ledger.v1.Ledger/Post")

def _logrus(status):
    return 'time="%s" level=error msg="failed to refresh token" error="oauth2: cannot fetch token: %s\\nResponse: {\\"error\\":\\"%s\\"}" provider=okta tenant=%s user=%s' % (
        dt().strftime("%Y-%m-%dT%H:%M:%SZ"), status, "invalid_client" if status.startswith("401") else "temporarily_unavailable", tenant(), user())

@grp("go-logrus-oauth-401", "sso-bridge", 4)
def _(i): return _logrus("401 Unauthorized")

@grp("go-logrus-oauth-503", "sso-bridge", 3)
def _(i): return _logrus("503 Service Unavailable")

@grp("go-logfmt-s3-upload-failed", "backup-agent", 4)
def _(i):
    return 'ts=%s level=error caller=uploader.go:203 component=uploader msg="upload failed" bucket=acme-backups-prod key=%s/%s.tar.zst err="operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: Access Denied"' % (
        iso(), tenant(), dt().strftime("%Y%m%dT%H%M%S"), alnum(16), alnum(60))

@grp("go-logfmt-s3-head-failed", "backup-agent", 3)
def _(i):
    return 'ts=%s level=error caller=uploader.go:151 component=uploader msg="upload failed" bucket=acme-backups-prod key=%s/%s.tar.zst err="operation error S3: HeadObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error Forbidden: Forbidden"' % (
        iso(), tenant(), dt().strftime("%Y%m%dT%H%M%S"), alnum(16), alnum(60))

# =====================================================================
# .NET
# =====================================================================
def _dotnet_sql(inner_head, inner_frames):
    return ("%s [ERR] Failed executing DbCommand (%dms) [Parameters=[@__customerId_0='%d'], CommandType='Text', CommandTimeout='30']\n" % (iso(), num(30000, 30100), num(1000, 99999))) + \
        "System.InvalidOperationException: An exception has been raised that is likely due to a transient failure. Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseSqlServer' call.\n" + \
        " ---> " + inner_head + "\n" + "\n".join("   at " + f for f in inner_frames) + \
        "\nClientConnectionId:%s\nError Number:%s,State:0,Class:%s\n   --- End of inner exception stack trace ---\n" % (uuid(), "-2" if "Timeout" in inner_head else "53", "11" if "Timeout" in inner_head else "20") + \
        "\n".join("   at " + f for f in [
            "Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal.SqlServerExecutionStrategy.ExecuteAsync[TState,TResult](TState state, Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)",
            "Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
            "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync[TSource](IQueryable`1 source, CancellationToken cancellationToken)",
            "Acme.Crm.Api.Services.CustomerService.GetOrdersAsync(Int32 customerId) in /src/Acme.Crm.Api/Services/CustomerService.cs:line 54",
            "Acme.Crm.Api.Controllers.CustomersController.Orders(Int32 id) in /src/Acme.Crm.Api/Controllers/CustomersController.cs:line 39"])

@grp("dotnet-sql-timeout-expired", "crm-api",4)
def _(i):
    return _dotnet_sql("Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\n ---> System.ComponentModel.Win32Exception (258): The wait operation timed out.\n   --- End of inner exception stack trace ---", [
        "Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
        "Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)",
        "Microsoft.Data.SqlClient.SqlCommand.EndExecuteReaderInternal(IAsyncResult asyncResult)"])

@grp("dotnet-sql-network-error", "crm-api", 4)
def _(i):
    return _dotnet_sql("Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)\n ---> System.ComponentModel.Win32Exception (53): The network path was not found.\n   --- End of inner exception stack trace ---", [
        "Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
        "Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)",
        "Microsoft.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)"])

def _efcore(index, col, table, svc_method, line):
    val = email() if col == "Email" else "%s-%d" % (r.choice(["INV", "PO"]), num(10000, 99999))
    return ("fail: Microsoft.EntityFrameworkCore.Update[10000]\n      An exception occurred in the database while saving changes for context type 'Acme.Identity.Data.AppDbContext'.\n"
            "      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
            "       ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"%s\"\n\n"
            "      DETAIL: Key (\"%s\")=(%s) already exists.\n"
            "         at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
            "         at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)\n"
            "         at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n"
            "        Exception data:\n          Severity: ERROR\n          SqlState: 23505\n          MessageText: duplicate key value violates unique constraint \"%s\"\n          Detail: Key (\"%s\")=(%s) already exists.\n          SchemaName: public\n          TableName: %s\n          ConstraintName: %s\n"
            "         --- End of inner exception stack trace ---\n"
            "         at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n"
            "         at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)\n"
            "         at Acme.Identity.Services.%s in /src/Acme.Identity/Services/AccountService.cs:line %d") % (
        index, col, val, index, col, val, table, index, svc_method, line)

@grp("dotnet-efcore-dup-users-email", "identity-api", 4)
def _(i): return _efcore("IX_Users_Email", "Email", "Users", "AccountService.RegisterAsync(RegisterRequest request)", 77)

@grp("dotnet-efcore-dup-invoices-number", "identity-api", 3)
def _(i): return _efcore("IX_Invoices_Number", "Number", "Invoices", "AccountService.IssueInvoiceAsync(Guid accountId)", 140)

@grp("dotnet-kestrel-argnull-source", "catalog-api", 4)
def _(i):
    cid = "0HN" + alnum(10)
    return ("fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id \"%s\", Request id \"%s:%08X\": An unhandled exception was thrown by the application.\n"
            "      System.ArgumentNullException: Value cannot be null. (Parameter 'source')\n"
            "         at System.Linq.ThrowHelper.ThrowArgumentNullException(ExceptionArgument argument)\n"
            "         at System.Linq.Enumerable.Select[TSource,TResult](IEnumerable`1 source, Func`2 selector)\n"
            "         at Acme.Catalog.Api.Mapping.ProductMapper.ToDto(Product product) in /src/Acme.Catalog.Api/Mapping/ProductMapper.cs:line 23\n"
            "         at Acme.Catalog.Api.Controllers.ProductsController.Get(String sku) in /src/Acme.Catalog.Api/Controllers/ProductsController.cs:line 48\n"
            "         at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n"
            "         at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|6_0(Endpoint endpoint, Task requestTask, ILogger logger)\n"
            "         at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.HttpProtocol.ProcessRequests[TContext](IHttpApplication`1 application)") % (cid, cid, num(1, 40))

@grp("dotnet-serilog-json-keyvault-forbidden", "catalog-api", 3)
def _(i):
    return json.dumps({"@t": iso6(), "@mt": "Failed to load secret {SecretName} from {Vault}", "@l": "Error",
                       "@x": "Azure.RequestFailedException: Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nStatus: 403 (Forbidden)\r\nErrorCode: Forbidden\r\n   at Azure.Security.KeyVault.KeyVaultPipeline.SendRequestAsync(Request request, CancellationToken cancellationToken)\r\n   at Acme.Catalog.Api.Secrets.VaultLoader.LoadAsync(String name) in /src/Acme.Catalog.Api/Secrets/VaultLoader.cs:line 31",
                       "SecretName": r.choice(["db-password", "stripe-key", "sendgrid-key"]), "Vault": "kv-acme-prod", "SourceContext": "Acme.Catalog.Api.Secrets.VaultLoader",
                       "RequestId": "0HN%s:%08X" % (alnum(10), num(1, 9)), "CorrelationId": uuid()}, separators=(",", ":"))

# =====================================================================
# RUBY / RAILS, PHP
# =====================================================================
def _rails(exc, frames, verb="GET", path="/users/%d"):
    rq = uuid()
    t = dt().strftime("%Y-%m-%dT%H:%M:%S.%f")
    pid = num(10, 999)
    p = path % num(1, 99999) if "%d" in path else path
    lines = ["F, [%s #%d] FATAL -- : [%s]   " % (t, pid, rq),
             "[%s] %s" % (rq, exc),
             "[%s]   " % rq]
    lines += ["[%s] %s" % (rq, f) for f in frames]
    return "\n".join(lines)

@grp("rails-record-not-found-user", "rails-web", 4)
def _(i):
    return _rails("ActiveRecord::RecordNotFound (Couldn't find User with 'id'=%d):" % num(1, 99999), [
        "app/controllers/users_controller.rb:84:in `set_user'"])

@grp("rails-nomethod-nil-name-order-model", "rails-web", 4)
def _(i):
    return _rails("NoMethodError (undefined method `name' for nil:NilClass):", [
        "app/models/order.rb:57:in `customer_name'",
        "app/controllers/orders_controller.rb:22:in `show'"])

@grp("rails-nomethod-nil-name-invoice-presenter", "rails-web", 3)
def _(i):
    return _rails("NoMethodError (undefined method `name' for nil:NilClass):", [
        "app/presenters/invoice_presenter.rb:19:in `billing_contact'",
        "app/controllers/invoices_controller.rb:35:in `show'"])

@grp("ruby-sidekiq-redis-timeout", "rails-worker", 3)
def _(i):
    return "%s pid=%d tid=%s class=SyncCrmJob jid=%s elapsed=%.3f ERROR: Redis::TimeoutError: Connection timed out" % (
        dt().strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z", num(5, 99), "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)), hexs(24), r.random() * 5)

@grp("php-fatal-getid-on-null-cart", "php-shop", 4)
def _(i):
    return ("[%s] PHP Fatal error:  Uncaught Error: Call to a member function getId() on null in /var/www/html/src/Controller/CartController.php:88\n"
            "Stack trace:\n#0 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): App\\Controller\\CartController->checkout(Object(Symfony\\Component\\HttpFoundation\\Request))\n"
            "#1 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw(Object(Symfony\\Component\\HttpFoundation\\Request), 1)\n"
            "#2 /var/www/html/public/index.php(25): Symfony\\Component\\HttpKernel\\Kernel->handle(Object(Symfony\\Component\\HttpFoundation\\Request))\n"
            "#3 {main}\n  thrown in /var/www/html/src/Controller/CartController.php on line 88") % dt().strftime("%d-%b-%Y %H:%M:%S UTC")

def _laravel(code, sqlmsg):
    uid = num(1, 99999)
    return ("[%s] production.ERROR: SQLSTATE[HY000] [%d] %s (Connection: mysql, SQL: select * from `users` where `id` = %d limit 1) "
            "{\"userId\":%d,\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: %d): SQLSTATE[HY000] [%d] %s (Connection: mysql, SQL: select * from `users` where `id` = %d limit 1) at /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)\n"
            "[stacktrace]\n#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))\n"
            "#1 /var/www/app/Http/Middleware/LoadUser.php(31): Illuminate\\\\Database\\\\Eloquent\\\\Builder->find(%d)\n#2 {main}\n\"} ") % (
        dt().strftime("%Y-%m-%d %H:%M:%S"), code, sqlmsg, uid, uid, code, code, sqlmsg, uid, uid)

@grp("php-laravel-mysql-2002-refused", "laravel-app", 4)
def _(i): return _laravel(2002, "Connection refused")

@grp("php-laravel-mysql-1045-denied", "laravel-app", 3)
def _(i): return _laravel(1045, "Access denied for user 'forge'@'%s' (using password: YES)" % ip())

# =====================================================================
# RUST
# =====================================================================
@grp("rust-panic-unwrap-ingest", "ingest-rs", 4)
def _(i):
    return "thread 'tokio-runtime-worker' panicked at src/pipeline/decode.rs:57:41:\ncalled `Result::unwrap()` on an `Err` value: Error(\"missing field `event_type`\", line: 1, column: %d)\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % num(20, 900)

@grp("rust-panic-unwrap-ingest-other-site", "ingest-rs", 3)
def _(i):
    return "thread 'tokio-runtime-worker' panicked at src/pipeline/enrich.rs:112:18:\ncalled `Result::unwrap()` on an `Err` value: Error(\"missing field `event_type`\", line: 1, column: %d)\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % num(20, 900)

def _anyhow(root):
    return "%s ERROR ingest_rs::config: fatal startup error\nError: failed to load config for tenant %s\n\nCaused by:\n    0: failed to read /etc/ingest/tenants/%s.toml\n    1: %s" % (iso6(), (t := tenant()), t, root)

@grp("rust-anyhow-config-enoent", "ingest-rs", 3)
def _(i): return _anyhow("No such file or directory (os error 2)")

@grp("rust-anyhow-config-eacces", "ingest-rs", 3)
def _(i): return _anyhow("Permission denied (os error 13)")

@grp("rust-tracing-json-sqlx-pool-timeout", "ledger-rs", 4)
def _(i):
    return json.dumps({"timestamp": iso6(), "level": "ERROR", "fields": {"message": "request failed", "error": "error returned from database: pool timed out while waiting for an open connection", "latency_ms": num(30000, 30200)},
                       "target": "ledger_rs::http", "span": {"method": "POST", "uri": "/v1/entries", "request_id": uuid(), "name": "request"}, "threadId": "ThreadId(%d)" % num(2, 17)}, separators=(",", ":"))

# =====================================================================
# AWS SDK
# =====================================================================
def _ddb_java(exc, msg, status):
    return spring_prefix("ERROR", r.choice(THREADS_TOMCAT), "c.a.inventory.repo.ReservationRepository") + \
        "Reservation write failed for sku=SKU-%d qty=%d\n" % (num(10000, 99999), num(1, 20)) + java_trace(
        "software.amazon.awssdk.services.dynamodb.model.%s: %s (Service: DynamoDb, Status Code: %d, Request ID: %s)" % (exc, msg, status, ddbreqid()), [
            "software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
            "software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleResponse(CombinedResponseHandler.java:82)",
            "software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.putItem(DefaultDynamoDbClient.java:4243)",
            "com.acme.inventory.repo.ReservationRepository.reserve(ReservationRepository.java:66)",
            "com.acme.inventory.service.ReservationService.hold(ReservationService.java:38)"])

@grp("aws-ddb-conditional-check-failed", "inventory-service",4)
def _(i): return _ddb_java("ConditionalCheckFailedException", "The conditional request failed", 400)

@grp("aws-ddb-throughput-exceeded", "inventory-service", 4)
def _(i): return _ddb_java("ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", 400)

def _boto(op):
    key = "exports/%s/%s/%s.parquet" % (tenant(), dt().strftime("%Y/%m/%d"), uuid())
    return "[ERROR] %s %s ClientError: An error occurred (AccessDenied) when calling the %s operation: Access Denied\n" % (iso(), uuid(), op) + py_tb([
        ("/var/task/exporter.py", 51 if op == "GetObject" else 88, "copy_export" if op == "GetObject" else "write_export",
         "obj = s3.get_object(Bucket=SRC_BUCKET, Key=key)" if op == "GetObject" else "s3.put_object(Bucket=DST_BUCKET, Key=key, Body=buf.getvalue())"),
        ("/var/lang/lib/python3.12/site-packages/botocore/client.py", 565, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        ("/var/lang/lib/python3.12/site-packages/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)"),
    ], "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the %s operation: Access Denied" % op).replace("Traceback", "Traceback", 1)

@grp("aws-boto-s3-getobject-accessdenied", "export-lambda", 4)
def _(i): return _boto("GetObject")

@grp("aws-boto-s3-putobject-accessdenied", "export-lambda", 4)
def _(i): return _boto("PutObject")

def _sqs_denied(action):
    acct = "123456789012"
    sess = "i-0%s" % hexs(16)
    return "%s ERROR [OrderEventsPublisher] %s %s: User: arn:aws:sts::%s:assumed-role/order-svc-task-role/%s is not authorized to perform: sqs:%s on resource: arn:aws:sqs:eu-west-1:%s:order-events because no identity-based policy allows the sqs:%s action (Service: Sqs, Status Code: 403, Request ID: %s)" % (
        spring_ts(), "software.amazon.awssdk.services.sqs.model.SqsException", "AccessDenied", acct, sess, action, acct, action, uuid())

@grp("aws-sqs-accessdenied-sendmessage", "order-events", 4)
def _(i): return _sqs_denied("SendMessage")

@grp("aws-sqs-accessdenied-deletemessage", "order-events", 3)
def _(i): return _sqs_denied("DeleteMessage")

@grp("aws-js-v3-throttling-kinesis", "clickstream-lambda", 5)
def _(i):
    rid = uuid()
    return "%s\t%s\tERROR\tfailed to put records ThrottlingException: Rate exceeded for stream clickstream-prod under account 123456789012.\n    at de_ThrottlingExceptionRes (/var/runtime/node_modules/@aws-sdk/client-kinesis/dist-cjs/index.js:2104:21)\n    at de_PutRecordsCommandError (/var/runtime/node_modules/@aws-sdk/client-kinesis/dist-cjs/index.js:1768:19)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async /var/task/index.js:61:20 {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 400,\n    requestId: '%s',\n    extendedRequestId: '%s',\n    cfId: undefined,\n    attempts: %d,\n    totalRetryDelay: %d\n  }\n}" % (
        iso(), rid, uuid(), alnum(60), num(1, 3), num(0, 900))

@grp("aws-js-v3-kms-accessdenied-decrypt", "clickstream-lambda", 3)
def _(i):
    return "%s\t%s\tERROR\tfailed to decrypt config AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/clickstream-lambda-role/clickstream-prod is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:123456789012:key/%s because no identity-based policy allows the kms:Decrypt action\n    at de_AccessDeniedExceptionRes (/var/runtime/node_modules/@aws-sdk/client-kms/dist-cjs/index.js:1398:21)\n    at async /var/task/config.js:14:18 {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 400,\n    requestId: '%s',\n    attempts: 1,\n    totalRetryDelay: 0\n  },\n  __type: 'AccessDeniedException'\n}" % (
        iso(), uuid(), "5f1c6a2e-9b7d-4e0a-8c33-1a2b3c4d5e6f", uuid())

# =====================================================================
# POSTGRES / MYSQL server logs
# =====================================================================
def pg_prefix(): return "%s UTC [%d] %s@%s " % (dt().strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % num(0, 999), num(1000, 65000), r.choice(["app", "app_rw"]), "orders")

@grp("pg-deadlock-accounts", "rds-orders-db", 4)
def _(i):
    p = pg_prefix(); a, b = num(1000, 65000), num(1000, 65000); tx = num(10**6, 10**8)
    return ("%sERROR:  deadlock detected\n%sDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: UPDATE accounts SET balance = balance - $1 WHERE id = $2\n\tProcess %d: UPDATE accounts SET balance = balance - $1 WHERE id = $2\n%sHINT:  See server log for query details.\n%sCONTEXT:  while updating tuple (%d,%d) in relation \"accounts\"\n%sSTATEMENT:  UPDATE accounts SET balance = balance - $1 WHERE id = $2") % (
        p, p, a, tx, b, b, tx + 3, a, a, b, p, p, num(0, 900), num(1, 60), p)

@grp("pg-dupkey-orders-pkey", "rds-orders-db", 4)
def _(i):
    p = pg_prefix(); o = num(10**6, 10**7)
    return '%sERROR:  duplicate key value violates unique constraint "orders_pkey"\n%sDETAIL:  Key (id)=(%d) already exists.\n%sSTATEMENT:  INSERT INTO orders (id, customer_id, total) VALUES ($1, $2, $3)' % (p, p, o, p)

@grp("pg-dupkey-order-items-pkey", "rds-orders-db", 3)
def _(i):
    p = pg_prefix(); o = num(10**6, 10**7)
    return '%sERROR:  duplicate key value violates unique constraint "order_items_pkey"\n%sDETAIL:  Key (order_id, line_no)=(%d, %d) already exists.\n%sSTATEMENT:  INSERT INTO order_items (order_id, line_no, sku, qty) VALUES ($1, $2, $3, $4)' % (p, p, o, num(1, 9), p)

@grp("pg-statement-timeout-report", "rds-orders-db", 3)
def _(i):
    p = pg_prefix()
    return "%sERROR:  canceling statement due to statement timeout\n%sSTATEMENT:  SELECT customer_id, sum(total) FROM orders WHERE created_at >= $1 GROUP BY customer_id ORDER BY 2 DESC LIMIT 100" % (p, p)

@grp("pg-relation-does-not-exist", "rds-orders-db", 3)
def _(i):
    p = pg_prefix()
    return '%sERROR:  relation "order_audit_%s" does not exist at character 15\n%sSTATEMENT:  INSERT INTO order_audit_%s (order_id, action) VALUES ($1, $2)' % (p, "2024_05", p, "2024_05")

@grp("mysql-lock-wait-timeout", "mysql-app", 4)
def _(i):
    return "%s [ERROR] [inventory] sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1205, 'Lock wait timeout exceeded; try restarting transaction')\n[SQL: UPDATE stock SET reserved=reserved + %%(qty)s WHERE sku = %%(sku)s]\n[parameters: {'qty': %d, 'sku': 'SKU-%d'}]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % (py_ts(), num(1, 9), num(10000, 99999))

@grp("mysql-deadlock-found", "mysql-app", 3)
def _(i):
    return "%s [ERROR] [inventory] sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1213, 'Deadlock found when trying to get lock; try restarting transaction')\n[SQL: UPDATE stock SET reserved=reserved + %%(qty)s WHERE sku = %%(sku)s]\n[parameters: {'qty': %d, 'sku': 'SKU-%d'}]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % (py_ts(), num(1, 9), num(10000, 99999))

# =====================================================================
# NGINX / ENVOY / ISTIO
# =====================================================================
def _nginx(err, phase):
    oid = num(1000, 999999); u = ip()
    return '%s [error] %d#%d: *%d %s while %s, client: %s, server: api.acme.io, request: "GET /v1/orders/%d HTTP/1.1", upstream: "http://%s:8080/v1/orders/%d", host: "api.acme.io"' % (
        dt().strftime("%Y/%m/%d %H:%M:%S"), (w := num(20, 40)), w, num(10000, 9999999), err, phase, pubip(), oid, u, oid)

@grp("nginx-upstream-timeout-reading-header", "nginx-edge",4)
def _(i): return _nginx("upstream timed out (110: Connection timed out)", "reading response header from upstream")

@grp("nginx-upstream-timeout-connecting", "nginx-edge", 3)
def _(i): return _nginx("upstream timed out (110: Connection timed out)", "connecting to upstream")

@grp("nginx-connect-refused", "nginx-edge", 4)
def _(i): return _nginx("connect() failed (111: Connection refused)", "connecting to upstream")

@grp("nginx-upstream-prematurely-closed", "nginx-edge", 3)
def _(i): return _nginx("upstream prematurely closed connection", "reading response header from upstream")

def _envoy(code, flags, details, upstream):
    return '[%s] "%s /api/v2/%s HTTP/1.1" %d %s %s - "-" 0 %d %d - "%s" "%s" "%s" "%s" "%s" %s - %s:8080 %s:%d -' % (
        iso(), r.choice(["GET", "POST"]), r.choice(["carts", "carts/" + uuid()]), code, flags, details, num(90, 200), num(1, 30000),
        pubip(), r.choice(["okhttp/4.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"]), uuid(), "cart.acme.io",
        upstream if upstream != "-" else "-", "outbound|8080||cart.prod.svc.cluster.local" if upstream != "-" else "-", ip(), ip(), num(30000, 60000))

@grp("envoy-503-UF-connection-failure", "istio-ingress", 4)
def _(i): return _envoy(503, "UF", "upstream_reset_before_response_started{connection_failure}", "%s:8080" % ip())

@grp("envoy-503-UH-no-healthy-upstream", "istio-ingress", 4)
def _(i): return _envoy(503, "UH", "no_healthy_upstream", "-")

@grp("envoy-503-UC-connection-termination", "istio-ingress", 3)
def _(i): return _envoy(503, "UC", "upstream_reset_before_response_started{connection_termination}", "%s:8080" % ip())

@grp("envoy-504-UT-timeout", "istio-ingress", 3)
def _(i): return _envoy(504, "UT", "response_timeout", "%s:8080" % ip())

@grp("istio-proxy-xds-warn-error", "istio-sidecar", 3)
def _(i):
    return "%s\terror\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since %ds ago: 14, connection error: desc = \"transport: Error while dialing: dial tcp %s:15012: i/o timeout\"\tthread=%d" % (
        iso6(), num(30, 900), ip(), num(10, 40))

# =====================================================================
# KUBERNETES / SYSTEMD
# =====================================================================
@grp("k8s-backoff-restarting-api", "k8s-events",4)
def _(i):
    p = pod("checkout-api")
    return "%s  Warning  BackOff  pod/%s  Back-off restarting failed container checkout-api in pod %s_prod(%s)" % (iso().split(".")[0] + "Z", p, p, uuid())

@grp("k8s-failed-scheduling-cpu", "k8s-events", 3)
def _(i):
    return "%s  Warning  FailedScheduling  pod/%s  0/%d nodes are available: %d Insufficient cpu, 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/%d nodes are available: 3 Preemption is not helpful for scheduling, %d No preemption victims found for incoming pod." % (
        iso().split(".")[0] + "Z", pod("etl-runner"), (n := num(12, 30)), n - 3, n, n - 3)

@grp("k8s-failedmount-secret-not-found", "k8s-events", 4)
def _(i):
    return '%s  Warning  FailedMount  pod/%s  MountVolume.SetUp failed for volume "db-creds" : secret "payments-db-creds" not found' % (iso().split(".")[0] + "Z", pod("payments-api"))

@grp("k8s-failedmount-configmap-not-found", "k8s-events", 3)
def _(i):
    return '%s  Warning  FailedMount  pod/%s  MountVolume.SetUp failed for volume "app-config" : configmap "payments-api-config" not found' % (iso().split(".")[0] + "Z", pod("payments-api"))

@grp("k8s-oomkilled-json-event", "k8s-events", 3)
def _(i):
    p = pod("search-indexer")
    return json.dumps({"kind": "Event", "apiVersion": "v1", "metadata": {"name": "%s.%s" % (p, hexs(16)), "namespace": "prod", "uid": uuid()},
                       "involvedObject": {"kind": "Pod", "namespace": "prod", "name": p, "uid": uuid(), "fieldPath": "spec.containers{indexer}"},
                       "reason": "OOMKilling", "message": "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (
                           num(1000, 60000), num(5000000, 9000000), num(2000000, 2100000), num(10000, 40000), num(4000, 9000), 936),
                       "source": {"component": "kernel-monitor", "host": ec2host() + ".eu-west-1.compute.internal"}, "type": "Warning", "count": num(1, 12)}, separators=(",", ":"))

@grp("systemd-node-exporter-exit-code", "systemd", 4)
def _(i):
    d = dt(); h = ec2host(); t = d.strftime("%b %d %H:%M:%S")
    return "%s %s systemd[1]: node_exporter.service: Main process exited, code=exited, status=1/FAILURE\n%s %s systemd[1]: node_exporter.service: Failed with result 'exit-code'." % (t, h, t, h)

@grp("systemd-worker-oom-kill", "systemd", 3)
def _(i):
    d = dt(); h = ec2host(); t = d.strftime("%b %d %H:%M:%S")
    return "%s %s systemd[1]: batch-worker.service: A process of this unit has been killed by the OOM killer.\n%s %s systemd[1]: batch-worker.service: Main process exited, code=killed, status=9/KILL\n%s %s systemd[1]: batch-worker.service: Failed with result 'oom-kill'." % (t, h, t, h, t, h)

@grp("systemd-worker-exec-203", "systemd", 3)
def _(i):
    d = dt(); h = ec2host(); t = d.strftime("%b %d %H:%M:%S")
    return "%s %s systemd[%d]: batch-worker.service: Failed to execute /opt/batch/bin/worker: No such file or directory\n%s %s systemd[1]: batch-worker.service: Main process exited, code=exited, status=203/EXEC\n%s %s systemd[1]: batch-worker.service: Failed with result 'exit-code'." % (t, h, num(2000, 60000), t, h, t, h)

# =====================================================================
# ECS JSON
# =====================================================================
def _ecs(etype, emsg, frame):
    return json.dumps({"@timestamp": iso(), "log.level": "error", "message": "Webhook delivery failed", "ecs.version": "1.6.0",
                       "service.name": "webhook-dispatcher", "event.dataset": "webhook-dispatcher.log", "process.thread.name": "pool-3-thread-%d" % num(1, 20),
                       "log.logger": "com.acme.webhooks.Dispatcher", "transaction.id": hexs(16), "trace.id": hexs(32),
                       "labels": {"tenant": tenant(), "endpoint_id": uuid()},
                       "error.type": etype, "error.message": emsg,
                       "error.stack_trace": "%s: %s\n\tat %s\n\tat com.acme.webhooks.Dispatcher.deliver(Dispatcher.java:102)\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)" % (etype, emsg, frame)},
                      separators=(",", ":"))

@grp("ecs-webhook-ssl-handshake", "webhook-dispatcher", 4)
def _(i):
    return _ecs("javax.net.ssl.SSLHandshakeException", "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
                "java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)")

@grp("ecs-webhook-unknown-host", "webhook-dispatcher", 4)
def _(i):
    return _ecs("java.net.UnknownHostException", "hooks.%s.example.com: Name or service not known" % tenant(),
                "java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)")


# ---- additional near-miss sets ----
def _enrich_chain(root_head, root_frames):
    return spring_prefix("ERROR", "enrichment-%d" % num(1, 12), "c.a.events.EnrichmentListener") + \
        "Dropping event %s for tenant %s after %d attempts\n" % (uuid(), tenant(), 3) + java_trace(
        "org.springframework.messaging.MessageDeliveryException: failed to handle message in listener", [
            "org.springframework.integration.dispatcher.AbstractDispatcher.tryOptimizedDispatch(AbstractDispatcher.java:116)",
            "org.springframework.integration.dispatcher.UnicastingDispatcher.doDispatch(UnicastingDispatcher.java:133)",
            "org.springframework.integration.channel.AbstractSubscribableChannel.doSend(AbstractSubscribableChannel.java:72)",
            "com.acme.events.EnrichmentListener.onEvent(EnrichmentListener.java:40)",
        ], [
            ("com.acme.events.EnrichmentException: enrichment failed for event", [
                "com.acme.events.GeoEnricher.enrich(GeoEnricher.java:58)",
                "com.acme.events.EnrichmentListener.handle(EnrichmentListener.java:71)",
            ], 4),
            (root_head, root_frames, 2),
        ])

@grp("java-chain-root-unknown-host-geo", "event-enricher", 4)
def _(i):
    return _enrich_chain("java.net.UnknownHostException: geo-api.internal.acme.io", [
        "java.base/java.net.InetAddress$CachedAddresses.get(InetAddress.java:801)",
        "java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1533)",
        "com.acme.events.GeoClient.lookup(GeoClient.java:33)"])

@grp("java-chain-root-json-parse-geo", "event-enricher", 4)
def _(i):
    return _enrich_chain("com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: (String)\"<html><body>upstream error</body></html>\"; line: 1, column: 2]", [
        "com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2477)",
        "com.fasterxml.jackson.databind.ObjectMapper.readValue(ObjectMapper.java:3629)",
        "com.acme.events.GeoClient.lookup(GeoClient.java:36)"])

def _go_dns(host):
    return json.dumps({"level": "error", "ts": round(epoch(), 6), "caller": "store/client.go:64", "msg": "dependency unreachable",
                       "request_id": uuid(), "user": user(),
                       "error": "dial tcp: lookup %s on 172.20.0.10:53: no such host" % host}, separators=(",", ":"))

@grp("go-zap-dns-no-such-host-redis-sessions", "gateway-go", 4)
def _(i): return _go_dns("redis-sessions.prod.svc.cluster.local")

@grp("go-zap-dns-no-such-host-postgres-main", "gateway-go", 3)
def _(i): return _go_dns("postgres-main.prod.svc.cluster.local")

def _pyjson(exc_line, msg_sku):
    return json.dumps({"asctime": py_ts(), "levelname": "ERROR", "name": "warehouse.importer", "message": "failed to parse row %d of %s" % (num(2, 5000), "import-%s.csv" % uuid()),
                       "exc_info": py_tb([
                           ("/app/warehouse/importer.py", 96, "import_file", "rows.append(parse_row(raw))"),
                           ("/app/warehouse/parsing.py", 23, "parse_row", 'qty = int(raw["qty"])'),
                       ], exc_line), "tenant": tenant()}, ensure_ascii=False)

@grp("py-jsonlogger-valueerror-int-parse", "warehouse-importer", 4)
def _(i): return _pyjson("ValueError: invalid literal for int() with base 10: '%s'" % r.choice(["", "n/a", "12,5", "ten", "—"]), None)

@grp("py-jsonlogger-typeerror-int-none", "warehouse-importer", 3)
def _(i): return _pyjson("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'", None)

@grp("go-panic-custom-message", "fulfilment-go", 3)
def _(i):
    return "panic: order %d has no line items\n\ngoroutine %d [running]:\ngithub.com/acme/fulfilment/picker.buildPickList(%s)\n\t/src/picker/picklist.go:39 +0x2e5\ngithub.com/acme/fulfilment/picker.(*Worker).Run(%s)\n\t/src/picker/worker.go:58 +0x11f\ncreated by main.main in goroutine 1\n\t/src/cmd/picker/main.go:44 +0x3c5" % (
        num(10**5, 10**7), num(10, 900), goaddr(), goaddr())

# =====================================================================
# HOSTILE
# =====================================================================
@grp("hostile-very-long-payload-dump", "intake-api", 4)
def _(i):
    items = [{"sku": "SKU-%d" % num(10000, 99999), "qty": num(1, 9), "price": "%d.%02d" % (num(1, 500), num(0, 99)), "note": r.choice(["gift", "", "fragile", "rush"])} for _ in range(num(80, 140))]
    body = json.dumps({"customer": user(), "tenant": tenant(), "items": items})
    return "%s ERROR intake.validate: payload rejected: schema validation failed at $.items[%d].price (expected number, got string); body=%s" % (py_ts(), num(0, 79), body)

@grp("hostile-unicode-russian-japanese", "intake-api", 4)
def _(i):
    city = r.choice(["Москва", "Санкт-Петербург", "東京", "大阪", "Zürich", "São Paulo"])
    return "%s ERROR address.geocode: ❌ Не удалось определить координаты адреса «%s, ул. %s, д. %d» — 住所を解決できません (user=%s) 🚚" % (
        py_ts(), city, r.choice(["Ленина", "Тверская", "Арбат"]), num(1, 200), user())

@grp("hostile-markdown-mentions-alert", "alert-bot", 4)
def _(i):
    return "**[PROD] :rotating_light: Job `nightly-reconcile` FAILED** <@U%s> <!subtask> @here\n> Error: `reconcile_ledger()` mismatch of **%d.%02d EUR** for tenant _%s_\n```\nExpected %d rows, got %d\n```\n[runbook](https://wiki.acme.io/runbooks/reconcile#mismatch) | run id: %s" % (
        alnum(10), num(1, 99999), num(0, 99), tenant(), (n := num(1000, 90000)), n - num(1, 40), uuid())

@grp("hostile-ansi-colored-stderr", "cli-batch", 3)
def _(i):
    return "\x1b[31m\x1b[1mERROR\x1b[0m \x1b[2m%s\x1b[0m \x1b[36mbatch::runner\x1b[0m: job \x1b[1m%s\x1b[0m exited with status \x1b[33m137\x1b[0m after %ds" % (iso6(), uuid(), num(30, 3600))

@grp("hostile-log-injection-crlf", "auth-api", 3)
def _(i):
    return "%s ERROR auth.login: invalid credentials for username=\"%s\r\n%s INFO auth.login: login ok for username=admin\" from %s" % (py_ts(), user(), py_ts(), pubip())

@grp("hostile-html-error-body", "storefront-bff", 3)
def _(i):
    return "%s ERROR upstream returned non-JSON body (status=502) for GET /recommendations?user=%s: <html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>" % (iso(), user())

# =====================================================================
def main():
    out = []
    for name, service, n, fn in GROUPS:
        for i in range(n):
            out.append({"service": service, "message": fn(i), "group": name})
    r.shuffle(out)
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__)), "events.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    names = [g[0] for g in GROUPS]
    assert len(names) == len(set(names)), "duplicate group names"
    print("groups=%d events=%d" % (len(GROUPS), len(out)))

if __name__ == "__main__":
    main()
