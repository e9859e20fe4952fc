#!/usr/bin/env python3
"""Deterministic generator for a labelled error-event corpus (redteam18).

Writes events.jsonl: {"service","message","group"} per line.
Group label conventions:
  nmNN/<name>   member of near-miss set NN (groups in one set are DIFFERENT bugs)
  noisy/<name>  one bug, heavy variable noise
  hostile/<name> one bug, hostile content (huge lines, mixed scripts, markdown)
"""
import datetime, json, os, random

R = random.Random(18181818)
EVENTS = []

def add(group, service, fn, n):
    for i in range(n):
        EVENTS.append({"service": service, "message": fn(i), "group": group})

# ---------- variable helpers ----------
def hexs(k): return ''.join(R.choice('0123456789abcdef') for _ in range(k))
def uuid(): return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"
def num(a, b): return R.randint(a, b)
def pick(s): return R.choice(s)
_BASE = datetime.datetime(2026, 11, 3, 0, 0, 0)
def _dt(): return _BASE + datetime.timedelta(seconds=R.randint(0, 30*86400), microseconds=R.randint(0, 999999))
def ts_iso(): d = _dt(); return d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond//1000:03d}Z"
def ts_iso_off(): d = _dt(); return d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond//1000:03d}+00:00"
def ts_l4j(): d = _dt(); return d.strftime('%Y-%m-%d %H:%M:%S,') + f"{d.microsecond//1000:03d}"
def ts_lb(): d = _dt(); return d.strftime('%Y-%m-%d %H:%M:%S.') + f"{d.microsecond//1000:03d}"
def ts_py(): d = _dt(); return d.strftime('%Y-%m-%d %H:%M:%S,') + f"{d.microsecond//1000:03d}"
def ts_sl(): d = _dt(); return d.strftime('%Y-%m-%d %H:%M:%S.') + f"{d.microsecond//1000:03d} +00:00"
def ts_and(): d = _dt(); return d.strftime('%m-%d %H:%M:%S.') + f"{d.microsecond//1000:03d}"
def ip(): return f"10.{num(0,255)}.{num(0,255)}.{num(1,254)}"
def user(): return pick(["alice", "bob.k", "c.nguyen", "dmitri", "eve_ops", "f.okafor", "gwen", "hiro.t", "ines", "jl"]) + str(num(1, 999))
def email(): return f"{user()}@{pick(['example.com','mail.test','acme.io'])}"
def tid(): return hexs(32)
def sid(): return hexs(16)
def nio(): return f"nio-8080-exec-{num(1,200)}"
def ms(): return num(3, 60000)
def more(): return num(12, 180)

def jframes(frames):
    return ''.join(f"\n\tat {f}" for f in frames)

SPRING_WEB = [
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:914)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]
def spring_invoke(app_frames):
    reflect = pick(["java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                    f"jdk.internal.reflect.GeneratedMethodAccessor{num(80,400)}.invoke(Unknown Source)"])
    return app_frames + [reflect, "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
        "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)",
        "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
        "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
        "org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)"] + SPRING_WEB

def sb_head(svc, logger, msg, level="ERROR"):
    # Spring Boot 3.2+ default console pattern
    return f"{ts_iso()} {level} 1 --- [{svc}] [{nio()}] [{tid()}-{sid()}] {logger} : {msg}"

# =====================================================================
# NEAR-MISS SETS
# =====================================================================

# nm01: Spring Data JPA DataIntegrityViolation, root cause differs (unique vs not-null)
def nm01(kind):
    def f(i):
        ref = f"EXT-{num(10000,99999)}"
        if kind == "dup":
            pg = f'ERROR: duplicate key value violates unique constraint "orders_external_ref_key"\n  Detail: Key (external_ref)=({ref}) already exists.'
        else:
            pg = f'ERROR: null value in column "customer_id" of relation "orders" violates not-null constraint\n  Detail: Failing row contains ({num(1,999999)}, {ref}, null, {num(1,999)}.{num(10,99)}, NEW, {ts_iso()}).'
        sql = "insert into orders (created_at,customer_id,external_ref,status,total,id) values (?,?,?,?,?,?)"
        first = pg.split('\n')[0]
        m = sb_head("order-service", "c.a.orders.web.GlobalExceptionHandler", f"Unhandled exception on POST /api/v1/orders")
        m += f"\norg.springframework.dao.DataIntegrityViolationException: could not execute statement [{first}] [{sql}]; SQL [{sql}]; constraint [{'orders_external_ref_key' if kind=='dup' else 'null'}]"
        m += jframes(["org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)",
            "org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)",
            "org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:160)",
            "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
            "org.springframework.aop.framework.JdkDynamicAopProxy.invoke(JdkDynamicAopProxy.java:223)",
            f"jdk.proxy2/jdk.proxy2.$Proxy{num(120,190)}.saveAndFlush(Unknown Source)",
            "com.acme.orders.service.OrderService.placeOrder(OrderService.java:88)",
            "com.acme.orders.web.OrderController.create(OrderController.java:54)"] + SPRING_WEB[:4])
        m += f"\n\t... {more()} common frames omitted"
        m += f"\nCaused by: org.hibernate.exception.ConstraintViolationException: could not execute statement [{first}] [{sql}]"
        m += jframes(["org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:97)",
            "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:58)",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)",
            "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)"])
        m += f"\n\t... {more()} common frames omitted"
        m += f"\nCaused by: org.postgresql.util.PSQLException: {pg}"
        m += jframes(["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
            "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
            "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
            "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)"])
        m += f"\n\t... {more()} common frames omitted"
        return m
    return f
add("nm01/jpa-orders-duplicate-key", "order-service", nm01("dup"), 3)
add("nm01/jpa-orders-not-null", "order-service", nm01("null"), 3)

# nm02: Feign status code 503 vs 404 on same method
def nm02(code):
    names = {503: ("ServiceUnavailable", "Service Unavailable"), 404: ("NotFound", "Not Found")}
    def f(i):
        cls, txt = names[code]
        sku = f"SKU-{num(100000,999999)}"
        m = sb_head("checkout-service", "c.a.checkout.web.ErrorAdvice", f"Request failed traceId={tid()} user={user()}")
        body = '{"timestamp":"%s","status":%d,"error":"%s","path":"/internal/inventory/%s"}' % (ts_iso(), code, txt, sku)
        m += f"\nfeign.FeignException${cls}: [{code} {txt}] during [GET] to [http://inventory-service/internal/inventory/{sku}] [InventoryClient#getStock(String)]: [{body}]"
        m += jframes([f"feign.FeignException.serverErrorStatus(FeignException.java:{277 if code==503 else 243})" if code == 503 else "feign.FeignException.clientErrorStatus(FeignException.java:219)",
            "feign.FeignException.errorStatus(FeignException.java:203)",
            "feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:103)",
            "feign.InvocationContext.decodeError(InvocationContext.java:126)",
            "feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:138)",
            "feign.SynchronousMethodHandler.invoke(SynchronousMethodHandler.java:89)",
            "feign.ReflectiveFeign$FeignInvocationHandler.invoke(ReflectiveFeign.java:100)",
            f"jdk.proxy2/jdk.proxy2.$Proxy{num(100,160)}.getStock(Unknown Source)",
            "com.acme.checkout.service.StockGuard.ensureAvailable(StockGuard.java:41)",
            "com.acme.checkout.web.CheckoutController.submit(CheckoutController.java:77)"])
        m += f"\n\t... {more()} more" if False else ""
        return m
    return f
add("nm02/feign-inventory-503", "checkout-service", nm02(503), 3)
add("nm02/feign-inventory-404", "checkout-service", nm02(404), 3)

# nm03: Feign 500 on same client, different method (reserve vs release)
def nm03(op):
    def f(i):
        oid = num(1000000, 9999999)
        m = f"{ts_lb()} ERROR [fulfillment-service,{tid()},{sid()}] 1 --- [{pick(['task-1','task-2','task-5','scheduling-1'])}] c.a.f.saga.ReservationStep : step failed for order {oid}"
        m += f"\nfeign.FeignException$InternalServerError: [500 Internal Server Error] during [POST] to [http://inventory-service/internal/reservations/{op}] [InventoryClient#{op}(ReservationRequest)]: [{{\"error\":\"internal\",\"ref\":\"{uuid()}\"}}]"
        m += jframes(["feign.FeignException.serverErrorStatus(FeignException.java:281)",
            "feign.FeignException.errorStatus(FeignException.java:203)",
            "feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:103)",
            "feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:138)",
            "feign.SynchronousMethodHandler.invoke(SynchronousMethodHandler.java:89)",
            f"jdk.proxy3/jdk.proxy3.$Proxy{num(100,160)}.{op}(Unknown Source)",
            f"com.acme.fulfillment.saga.ReservationStep.{op}Stock(ReservationStep.java:{63 if op=='reserve' else 97})",
            "com.acme.fulfillment.saga.SagaOrchestrator.advance(SagaOrchestrator.java:112)"])
        return m
    return f
add("nm03/feign-inventory-reserve-500", "fulfillment-service", nm03("reserve"), 3)
add("nm03/feign-inventory-release-500", "fulfillment-service", nm03("release"), 3)

# nm04: Resilience4j CallNotPermittedException, different circuit breaker
def nm04(cb, client, meth):
    def f(i):
        m = sb_head("wallet-service", "c.a.wallet.web.ApiExceptionHandler", f"Fallback exhausted for request {uuid()}")
        m += f"\nio.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker '{cb}' is OPEN and does not permit further calls"
        m += jframes(["io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(CallNotPermittedException.java:48)",
            "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine$OpenState.acquirePermission(CircuitBreakerStateMachine.java:750)",
            "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine.acquirePermission(CircuitBreakerStateMachine.java:224)",
            "io.github.resilience4j.circuitbreaker.CircuitBreaker.lambda$decorateCheckedSupplier$82a9021a$1(CircuitBreaker.java:70)",
            "io.github.resilience4j.spring6.circuitbreaker.configure.CircuitBreakerAspect.defaultHandling(CircuitBreakerAspect.java:195)",
            "io.github.resilience4j.spring6.circuitbreaker.configure.CircuitBreakerAspect.proceed(CircuitBreakerAspect.java:145)",
            "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:720)",
            f"com.acme.wallet.integration.{client}$$SpringCGLIB$$0.{meth}(<generated>)",
            "com.acme.wallet.service.TransferService.execute(TransferService.java:58)"])
        return m
    return f
add("nm04/r4j-open-paymentGateway", "wallet-service", nm04("paymentGateway", "PaymentGatewayAdapter", "authorize"), 3)
add("nm04/r4j-open-ledgerService", "wallet-service", nm04("ledgerService", "LedgerAdapter", "post"), 3)

# nm05: Spring Security AccessDeniedException, different throwing application frame
def nm05(cls, line):
    def f(i):
        m = f"{ts_lb()} [{nio()}] ERROR [{user()}] [{uuid()}] c.a.billing.web.ErrorHandler - Access denied"
        m += "\norg.springframework.security.authorization.AuthorizationDeniedException: Access Denied"
        m += jframes(["org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor.attemptAuthorization(AuthorizationManagerBeforeMethodInterceptor.java:256)",
            "org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor.invoke(AuthorizationManagerBeforeMethodInterceptor.java:197)",
            "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
            "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:765)",
            f"com.acme.billing.service.{cls}$$SpringCGLIB$$0.finalizeDocument(<generated>)",
            f"com.acme.billing.web.DocumentController.finalizeDocument(DocumentController.java:{line})"])
        return m
    return f
add("nm05/access-denied-InvoiceService", "billing-service", nm05("InvoiceService", 71), 3)
add("nm05/access-denied-CreditNoteService", "billing-service", nm05("CreditNoteService", 93), 2)

# nm06: Spring Batch step failure, different root cause
def nm06(kind):
    def f(i):
        line = num(2, 90000)
        if kind == "num":
            root = f'java.lang.NumberFormatException: For input string: "{pick(["12,50","N/A","","1.2.3","—"])}"'
            rf = ["java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)",
                  "java.base/java.lang.Long.parseLong(Long.java:711)",
                  "com.acme.batch.customer.CustomerFieldSetMapper.mapFieldSet(CustomerFieldSetMapper.java:29)"]
        else:
            root = f"java.time.format.DateTimeParseException: Text '{pick(['31/02/2026','2026-13-01','07.11.2026','n/a'])}' could not be parsed at index {num(0,4)}"
            rf = ["java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2108)",
                  "java.base/java.time.LocalDate.parse(LocalDate.java:435)",
                  "com.acme.batch.customer.CustomerFieldSetMapper.mapFieldSet(CustomerFieldSetMapper.java:34)"]
        m = f"{ts_l4j()} ERROR [{pick(['main','SimpleAsyncTaskExecutor-1','batch-3'])}] o.s.b.c.s.AbstractStep: Encountered an error executing step importCustomersStep in job customerImportJob"
        m += f"\norg.springframework.batch.item.file.FlatFileParseException: Parsing error at line: {line} in resource=[file [/data/inbound/customers_{num(20261101,20261130)}.csv]], input=[{num(1000,9999)};{user()};x]"
        m += jframes(["org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:200)",
            "org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader.read(AbstractItemCountingItemStreamItemReader.java:93)",
            "org.springframework.batch.core.step.item.SimpleChunkProvider.doRead(SimpleChunkProvider.java:108)",
            "org.springframework.batch.core.step.item.ChunkOrientedTasklet.execute(ChunkOrientedTasklet.java:69)",
            "org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:388)",
            "org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:229)"])
        m += f"\nCaused by: org.springframework.validation.BindException: org.springframework.validation.BeanPropertyBindingResult: 1 errors"
        m += jframes(["org.springframework.batch.item.file.mapping.BeanWrapperFieldSetMapper.mapFieldSet(BeanWrapperFieldSetMapper.java:201)",
                      "org.springframework.batch.item.file.mapping.DefaultLineMapper.mapLine(DefaultLineMapper.java:43)"])
        m += f"\n\t... {more()} common frames omitted"
        m += f"\nCaused by: {root}" + jframes(rf) + f"\n\t... {more()} common frames omitted"
        return m
    return f
add("nm06/batch-import-numberformat", "batch-runner", nm06("num"), 3)
add("nm06/batch-import-dateparse", "batch-runner", nm06("date"), 3)

# nm07: Hibernate LazyInitializationException, one word (items vs payments)
def nm07(role):
    def f(i):
        m = f"{ts_l4j()} ERROR [{nio()}] c.a.o.api.OrderViewAssembler (OrderViewAssembler.java:44) - assemble failed id={num(1,10**7)}"
        m += f"\norg.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.acme.orders.domain.Order.{role}: could not initialize proxy - no Session"
        m += jframes(["org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)",
            "org.hibernate.collection.spi.AbstractPersistentCollection.withTemporarySessionIfNeeded(AbstractPersistentCollection.java:218)",
            "org.hibernate.collection.spi.AbstractPersistentCollection.readSize(AbstractPersistentCollection.java:148)",
            "org.hibernate.collection.spi.PersistentBag.size(PersistentBag.java:352)",
            "com.acme.orders.api.OrderViewAssembler.toView(OrderViewAssembler.java:44)"])
        return m
    return f
add("nm07/lazyinit-order-items", "order-query", nm07("items"), 3)
add("nm07/lazyinit-order-payments", "order-query", nm07("payments"), 3)

# nm08: Oracle ORA-00001 vs ORA-00060
def nm08(code):
    def f(i):
        if code == 1:
            ex = f"java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (LEDGER.UK_JOURNAL_REF) violated\n\nhttps://docs.oracle.com/error-help/db/ora-00001/"
        else:
            ex = f"java.sql.SQLException: ORA-00060: deadlock detected while waiting for resource\n\nhttps://docs.oracle.com/error-help/db/ora-00060/"
        m = f"{ts_l4j()} ERROR [{pick(['pool-3-thread-1','pool-3-thread-7','pool-3-thread-12'])}] [batchId={num(1000,99999)}] c.a.ledger.JournalWriter - insert failed"
        m += "\norg.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; uncategorized SQLException for SQL [INSERT INTO JOURNAL (ID, REF, AMOUNT) VALUES (?, ?, ?)]" if code == 60 else "\norg.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [INSERT INTO JOURNAL (ID, REF, AMOUNT) VALUES (?, ?, ?)]"
        m += f"; ORA-{code:05d}"
        m += jframes(["org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1548)",
            "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:667)",
            "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1001)",
            "com.acme.ledger.JournalWriter.write(JournalWriter.java:58)"])
        m += f"\nCaused by: {ex}"
        m += jframes(["oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:709)",
            "oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:609)",
            "oracle.jdbc.driver.T4C8Oall.processError(T4C8Oall.java:1347)",
            "oracle.jdbc.driver.OraclePreparedStatement.executeUpdate(OraclePreparedStatement.java:3934)"])
        m += f"\n\t... {more()} more"
        m += f"\nCaused by: Error : {code}, Position : 0, SQL = INSERT INTO JOURNAL (ID, REF, AMOUNT) VALUES (:1 , :2 , :3 ), Original SQL = INSERT INTO JOURNAL (ID, REF, AMOUNT) VALUES (?, ?, ?), Error Message = ORA-{code:05d}: " + ("unique constraint (LEDGER.UK_JOURNAL_REF) violated" if code == 1 else "deadlock detected while waiting for resource")
        m += jframes(["oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:717)"]) + f"\n\t... {more()} more"
        return m
    return f
add("nm08/ora-00001-journal", "ledger-batch", nm08(1), 3)
add("nm08/ora-00060-journal", "ledger-batch", nm08(60), 3)

# nm09: Oracle TNS ORA-12514 vs ORA-12541 (code)
def nm09(code):
    def f(i):
        host = "orcl-prod-scan.db.internal"
        if code == 12514:
            em = f"ORA-12514: Cannot connect to database. Service REPORTING_SVC is not registered with the listener at host {host} port 1521. (CONNECTION_ID={hexs(22)}==)"
        else:
            em = f"ORA-12541: Cannot connect. No listener at host {host} port 1521. (CONNECTION_ID={hexs(22)}==)"
        m = f"{ts_l4j()} ERROR [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization."
        m += f"\njava.sql.SQLRecoverableException: {em}\nhttps://docs.oracle.com/error-help/db/ora-{code}/"
        m += jframes(["oracle.jdbc.driver.T4CConnection.handleLogonNetException(T4CConnection.java:1629)",
            "oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:1125)",
            "oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1178)",
            "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)",
            "com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)"])
        m += f"\nCaused by: oracle.net.ns.NetException: {em}"
        m += jframes(["oracle.net.ns.NSProtocolNIO.negotiateConnection(NSProtocolNIO.java:" + ("300" if code == 12514 else "184") + ")",
            "oracle.net.ns.NSProtocol.connect(NSProtocol.java:352)"]) + f"\n\t... {more()} more"
        return m
    return f
add("nm09/ora-12514-service-not-registered", "reporting-api", nm09(12514), 3)
add("nm09/ora-12541-no-listener", "reporting-api", nm09(12541), 2)

# nm10: SQL Server Msg 2627 vs 1205 (.NET, SqlException)
def nm10(code):
    def f(i):
        if code == 2627:
            sm = f"Violation of PRIMARY KEY constraint 'PK_Shipments'. Cannot insert duplicate key in object 'dbo.Shipments'. The duplicate key value is ({num(100000,999999)}).\nThe statement has been terminated."
            st, cls = 1, 14
        else:
            sm = f"Transaction (Process ID {num(51,400)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction."
            st, cls = 51, 13
        m = f"[{ts_sl()[11:23]} ERR] Failed executing DbCommand ({ms()}ms) [Parameters=[@p0='?' (DbType = Int32), @p1='?' (Size = 64)], CommandType='Text', CommandTimeout='30']\nINSERT INTO [Shipments] ([Id], [Carrier]) VALUES (@p0, @p1);"
        m = f"{ts_sl()} [ERR] An exception occurred in the database while saving changes for context type 'Acme.Logistics.Data.LogisticsDbContext'."
        m += "\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details."
        m += f"\n ---> Microsoft.Data.SqlClient.SqlException (0x80131904): {sm}"
        m += "\n   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)"
        m += "\n   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)"
        m += "\n   at Microsoft.Data.SqlClient.SqlCommand.EndExecuteReaderInternal(IAsyncResult asyncResult)"
        m += "\n   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"
        m += f"\nClientConnectionId:{uuid()}\nError Number:{code},State:{st},Class:{cls}"
        m += "\n   --- End of inner exception stack trace ---"
        m += "\n   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"
        m += "\n   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)"
        m += "\n   at Acme.Logistics.Shipping.ShipmentWriter.PersistAsync(Shipment shipment, CancellationToken ct) in /src/Acme.Logistics/Shipping/ShipmentWriter.cs:line 47"
        return m
    return f
add("nm10/mssql-2627-shipments-pk", "logistics-api", nm10(2627), 3)
add("nm10/mssql-1205-deadlock", "logistics-api", nm10(1205), 3)

# nm11: SQL Server Msg 547 (sqlcmd/raw style) FK conflict, table differs
def nm11(table, fk, col):
    def f(i):
        return (f"{ts_iso()} ERROR etl.loader job={uuid()} batch={num(1,500)} rows={num(100,50000)}\n"
                f"Msg 547, Level 16, State 0, Procedure dbo.usp_LoadStaging, Line {num(40,40)}\n"
                f"The INSERT statement conflicted with the FOREIGN KEY constraint \"{fk}\". The conflict occurred in database \"Warehouse\", table \"{table}\", column '{col}'.\n"
                f"The statement has been terminated.")
    return f
add("nm11/mssql-547-orderlines", "dw-etl", nm11("dbo.Products", "FK_OrderLines_Products", "ProductId"), 3)
add("nm11/mssql-547-shipments", "dw-etl", nm11("dbo.Carriers", "FK_Shipments_Carriers", "CarrierId"), 3)

# nm12: Redis cluster CROSSSLOT vs MOVED (Lettuce)
def nm12(kind):
    def f(i):
        cid = num(1000, 99999)
        if kind == "cross":
            err = "io.lettuce.core.RedisCommandExecutionException: CROSSSLOT Keys in request don't hash to the same slot"
        else:
            err = f"io.lettuce.core.RedisCommandExecutionException: MOVED {num(0,16383)} {ip()}:{pick([6379,6380,6381])}"
        m = f"{ts_lb()} ERROR [session-service] [lettuce-nioEventLoop-{num(4,6)}-{num(1,8)}] [cart={cid}] c.a.session.CartCache - MGET failed"
        m += f"\norg.springframework.data.redis.RedisSystemException: Error in execution"
        m += jframes(["org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:52)",
            "org.springframework.data.redis.connection.lettuce.LettuceStringCommands.mGet(LettuceStringCommands.java:89)",
            "org.springframework.data.redis.core.DefaultValueOperations.multiGet(DefaultValueOperations.java:263)",
            "com.acme.session.CartCache.loadAll(CartCache.java:66)"])
        m += f"\nCaused by: {err}"
        m += jframes(["io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:147)",
            "io.lettuce.core.internal.ExceptionFactory.createExecutionException(ExceptionFactory.java:116)",
            "io.lettuce.core.protocol.AsyncCommand.completeResult(AsyncCommand.java:120)"]) + f"\n\t... {more()} more"
        return m
    return f
add("nm12/redis-crossslot-mget", "session-service", nm12("cross"), 3)
add("nm12/redis-moved-mget", "session-service", nm12("moved"), 3)

# nm13: Redis (redis-py cluster) READONLY vs OOM
def nm13(kind):
    def f(i):
        key = f"rl:{user()}:{num(1,999)}"
        err = ("redis.exceptions.ReadOnlyError: You can't write against a read only replica." if kind == "ro"
               else "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.")
        return (f"{ts_py()} ERROR [ratelimit] middleware.ratelimit: incr failed key={key}\n"
                "Traceback (most recent call last):\n"
                '  File "/srv/app/middleware/ratelimit.py", line 58, in hit\n    count = self.redis.incr(key)\n'
                '  File "/usr/local/lib/python3.12/site-packages/redis/commands/core.py", line 1908, in incrby\n    return self.execute_command("INCRBY", name, amount)\n'
                '  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 559, in execute_command\n    return self._execute_command(*args, **options)\n'
                '  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 584, in read_response\n    raise response\n'
                f"{err}")
    return f
add("nm13/redis-readonly-replica", "edge-gateway", nm13("ro"), 3)
add("nm13/redis-oom", "edge-gateway", nm13("oom"), 3)

# nm14: Elasticsearch bulk item failures, error type differs (same index)
def nm14(kind):
    def f(i):
        doc = hexs(20)
        if kind == "vc":
            reason = f"[{doc}]: version conflict, required seqNo [{num(1,9999)}], primary term [{num(1,5)}]. current document has seqNo [{num(10000,20000)}] and primary term [{num(1,5)}]"
            et = "version_conflict_engine_exception"; st = 409
        else:
            reason = f"failed to parse field [price] of type [scaled_float] in document with id '{doc}'. Preview of field's value: '{pick(['12,99','N/A','free','1.2.3'])}'"
            et = "document_parsing_exception"; st = 400
        return (f"{ts_iso()} ERROR [indexer-{num(0,7)}] search-indexer: bulk request had {num(1,40)} failed items out of {num(500,1000)}; first failure: "
                f"index [products-v7], id [{doc}], status [{st}], error: {{\"type\":\"{et}\",\"reason\":\"{reason}\",\"index_uuid\":\"{hexs(22)}\",\"shard\":\"{num(0,5)}\",\"index\":\"products-v7\"}}")
    return f
add("nm14/es-bulk-version-conflict", "search-indexer", nm14("vc"), 3)
add("nm14/es-bulk-parse-price", "search-indexer", nm14("mp"), 3)

# nm15: Elasticsearch mapping error, index differs
def nm15(index):
    def f(i):
        return (f"{ts_iso()} ERROR [indexer-{num(0,7)}] search-indexer: bulk request had {num(1,40)} failed items out of {num(500,1000)}; first failure: "
                f"index [{index}], id [{hexs(20)}], status [400], error: {{\"type\":\"strict_dynamic_mapping_exception\",\"reason\":\"[1:{num(20,900)}] mapping set to strict, dynamic introduction of [{pick(['promo_code','promoCode'])}] within [_doc] is not allowed\",\"index\":\"{index}\"}}")
    return f
add("nm15/es-strict-mapping-orders", "search-indexer", nm15("orders-v3"), 3)
add("nm15/es-strict-mapping-invoices", "search-indexer", nm15("invoices-v3"), 3)

# nm16: Kafka producer batch expiry, topic differs
def nm16(topic):
    def f(i):
        p = num(0, 11)
        m = f"{ts_lb()} ERROR [kafka-producer-network-thread | producer-{num(1,9)}] [{topic}] c.a.events.EventPublisher - send failed key={uuid()}"
        m += f"\norg.apache.kafka.common.errors.TimeoutException: Expiring {num(1,200)} record(s) for {topic}-{p}:{num(120001,125000)} ms has passed since batch creation"
        return m
    return f
add("nm16/kafka-expiring-orders", "event-publisher", nm16("orders.events.v1"), 3)
add("nm16/kafka-expiring-payments", "event-publisher", nm16("payments.events.v1"), 3)

# nm17: Kafka producer RecordTooLarge vs NotLeaderOrFollower (exception type)
def nm17(kind):
    def f(i):
        if kind == "big":
            ex = f"org.apache.kafka.common.errors.RecordTooLargeException: The message is {num(1048600,9000000)} bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration."
        else:
            ex = "org.apache.kafka.common.errors.NotLeaderOrFollowerException: For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition."
        m = f"{ts_lb()} ERROR [audit-writer] [{pick(['http-nio-8443-exec-4','http-nio-8443-exec-19','http-nio-8443-exec-2'])}] c.a.audit.AuditSink - audit event dropped id={uuid()}"
        m += f"\njava.util.concurrent.ExecutionException: {ex}"
        m += jframes(["org.apache.kafka.clients.producer.internals.FutureRecordMetadata.valueOrError(FutureRecordMetadata.java:97)",
            "org.apache.kafka.clients.producer.internals.FutureRecordMetadata.get(FutureRecordMetadata.java:65)",
            "com.acme.audit.AuditSink.publish(AuditSink.java:52)"])
        m += f"\nCaused by: {ex}"
        return m
    return f
add("nm17/kafka-record-too-large", "audit-writer", nm17("big"), 3)
add("nm17/kafka-not-leader", "audit-writer", nm17("nl"), 3)

# nm18: EF Core DbUpdateConcurrencyException vs DbUpdateException (type), same frame
def nm18(kind):
    def f(i):
        m = f"{ts_sl()} [ERR] Unhandled exception updating cart {uuid()} for {email()}"
        if kind == "conc":
            m += f"\nMicrosoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database operation was expected to affect 1 row(s), but actually affected 0 row(s); data may have been modified or deleted since entities were loaded. See https://go.microsoft.com/fwlink/?LinkId=527962 for information on understanding and handling optimistic concurrency exceptions."
            m += "\n   at Microsoft.EntityFrameworkCore.Update.AffectedCountModificationCommandBatch.ThrowAggregateUpdateConcurrencyExceptionAsync(RelationalDataReader reader, Int32 commandIndex, Int32 expectedRowsAffected, Int32 rowsAffected, CancellationToken cancellationToken)"
        else:
            m += f"\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details."
            m += f"\n ---> Npgsql.PostgresException (0x80004005): 23503: insert or update on table \"cart_items\" violates foreign key constraint \"FK_cart_items_products_product_id\"\n\nDETAIL: Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information."
            m += "\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)"
            m += "\n   --- End of inner exception stack trace ---"
        m += "\n   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"
        m += "\n   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)"
        m += "\n   at Acme.Cart.Api.Services.CartService.UpdateAsync(Guid cartId, CartUpdate update) in /src/Acme.Cart.Api/Services/CartService.cs:line 112"
        m += "\n   at Acme.Cart.Api.Controllers.CartController.Put(Guid id, CartUpdate body) in /src/Acme.Cart.Api/Controllers/CartController.cs:line 41"
        return m
    return f
add("nm18/efcore-concurrency-cart", "cart-api", nm18("conc"), 3)
add("nm18/efcore-fk-cart-items", "cart-api", nm18("fk"), 3)

# nm19: ASP.NET Core NullReferenceException, different throwing controller frame
def nm19(ctrl, line):
    def f(i):
        m = (f"fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]\n"
             f"      An unhandled exception has occurred while executing the request.\n"
             f"      System.NullReferenceException: Object reference not set to an instance of an object.\n"
             f"         at Acme.Storefront.Api.Controllers.{ctrl}.GetAsync(Int32 id, CancellationToken ct) in /src/Acme.Storefront.Api/Controllers/{ctrl}.cs:line {line}\n"
             f"         at lambda_method{num(10,400)}(Closure, Object)\n"
             f"         at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n"
             f"         at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)\n"
             f"         at Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)\n"
             f"         at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)")
        return m
    return f
add("nm19/nre-ProductsController", "storefront-api", nm19("ProductsController", 58), 3)
add("nm19/nre-ReviewsController", "storefront-api", nm19("ReviewsController", 58), 3)

# nm20: Polly BrokenCircuitException vs TimeoutRejectedException (type)
def nm20(kind):
    def f(i):
        m = f"{ts_sl()} [ERR] [{pick(['RequestId','CorrelationId'])}:{hexs(16).upper()}:0000000{num(1,9)}] Pricing lookup failed for basket {uuid()}"
        if kind == "bc":
            m += "\nPolly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not allowing calls."
            m += "\n   at Polly.CircuitBreaker.CircuitStateController`1.OnActionPreExecute()"
            m += "\n   at Polly.CircuitBreaker.AsyncCircuitBreakerEngine.ImplementationAsync[TResult](Func`3 action, Context context, CancellationToken cancellationToken, Boolean continueOnCapturedContext, ExceptionPredicates shouldHandleExceptionPredicates, ResultPredicates`1 shouldHandleResultPredicates, ICircuitController`1 breakerController)"
        else:
            m += f"\nPolly.Timeout.TimeoutRejectedException: The delegate executed asynchronously through TimeoutPolicy did not complete within the timeout.\n ---> System.Threading.Tasks.TaskCanceledException: A task was canceled.\n   --- End of inner exception stack trace ---"
            m += "\n   at Polly.Timeout.AsyncTimeoutEngine.ImplementationAsync[TResult](Func`3 action, Context context, CancellationToken cancellationToken, Func`2 timeoutProvider, TimeoutStrategy timeoutStrategy, Func`5 onTimeoutAsync, Boolean continueOnCapturedContext)"
        m += "\n   at Microsoft.Extensions.Http.PolicyHttpMessageHandler.SendCoreAsync(HttpRequestMessage request, Context context, CancellationToken cancellationToken)"
        m += "\n   at Acme.Basket.Clients.PricingClient.QuoteAsync(Basket basket) in /src/Basket/Clients/PricingClient.cs:line 38"
        return m
    return f
add("nm20/polly-broken-circuit-pricing", "basket-api", nm20("bc"), 3)
add("nm20/polly-timeout-pricing", "basket-api", nm20("to"), 3)

# nm21: Azure Storage RequestFailedException 404 BlobNotFound vs 409 BlobAlreadyExists
def nm21(code):
    def f(i):
        blob = f"exports/{num(2025,2026)}/{uuid()}.parquet"
        rid = uuid()
        if code == 404:
            hdr = f"Status: 404 (The specified blob does not exist.)\nErrorCode: BlobNotFound\n\nContent:\n<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.\nRequestId:{rid}\nTime:{ts_iso()}</Message></Error>"
            top = "The specified blob does not exist."
        else:
            hdr = f"Status: 409 (The specified blob already exists.)\nErrorCode: BlobAlreadyExists\n\nContent:\n<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobAlreadyExists</Code><Message>The specified blob already exists.\nRequestId:{rid}\nTime:{ts_iso()}</Message></Error>"
            top = "The specified blob already exists."
        m = f"{ts_sl()} [ERR] Export job {uuid()} failed"
        m += f"\nAzure.RequestFailedException: {top}\nRequestId:{rid}\nTime:{ts_iso()}\n{hdr}"
        m += f"\n\nHeaders:\nServer: Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0\nx-ms-request-id: {rid}\nx-ms-client-request-id: {uuid()}\nx-ms-version: 2024-08-04\nx-ms-error-code: {'BlobNotFound' if code==404 else 'BlobAlreadyExists'}\nDate: Tue, {num(1,28):02d} Nov 2026 {num(0,23):02d}:{num(0,59):02d}:{num(0,59):02d} GMT\nContent-Length: {num(200,240)}\nContent-Type: application/xml"
        m += "\n   at Azure.Storage.Blobs.BlobRestClient.UploadAsync(Int64 contentLength, Stream body, Nullable`1 timeout, CancellationToken cancellationToken)"
        m += "\n   at Azure.Storage.Blobs.Specialized.BlockBlobClient.UploadInternal(Stream content, BlobHttpHeaders blobHttpHeaders, IDictionary`2 metadata, Boolean async, CancellationToken cancellationToken)"
        m += "\n   at Acme.Exports.Worker.ParquetExporter.PublishAsync(ExportJob job) in /src/Acme.Exports.Worker/ParquetExporter.cs:line 88"
        return m
    return f
add("nm21/azure-blob-404", "exports-worker", nm21(404), 3)
add("nm21/azure-blob-409", "exports-worker", nm21(409), 3)

# nm22: Azure Service Bus MessageLockLost vs SessionLockLost (reason, one word)
def nm22(reason):
    def f(i):
        return (f"{ts_sl()} [ERR] [Processor:{pick(['orders-sub','orders-sub'])}] [MessageId:{hexs(32)}] [DeliveryCount:{num(1,10)}] Message handler failed\n"
                f"Azure.Messaging.ServiceBus.ServiceBusException: The lock supplied is invalid. Either the lock expired, or the message has already been removed from the queue. "
                f"For more information please see https://aka.ms/ServiceBusExceptions . Reference:{uuid()}, TrackingId:{hexs(32)}_G{num(1,40)}, SystemTracker:gi::G{num(1,40)}:{num(1000000,9999999)}:amqps://acme-prod.servicebus.windows.net/-{hexs(8)};0:5:6, bi::in-connection{num(100,9999)}(G{num(1,40)}-{num(1,999)}), Timestamp:{ts_iso()} ({reason})\n"
                f"   at Azure.Messaging.ServiceBus.Amqp.AmqpReceiver.CompleteInternalAsync(Guid lockToken, TimeSpan timeout)\n"
                f"   at Azure.Messaging.ServiceBus.ServiceBusReceiver.CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken)\n"
                f"   at Acme.Orders.Consumer.OrderMessageHandler.HandleAsync(ProcessMessageEventArgs args) in /src/Acme.Orders.Consumer/OrderMessageHandler.cs:line 64")
    return f
add("nm22/servicebus-messagelocklost", "orders-consumer", nm22("MessageLockLost"), 3)
add("nm22/servicebus-sessionlocklost", "orders-consumer", nm22("SessionLockLost"), 3)

# nm23: Serilog text, queue name differs
def nm23(queue):
    def f(i):
        return (f"{ts_sl()} [ERR] Failed to process message {uuid()} from queue \"{queue}\" after {num(1,5)} attempts ({ms()} ms)\n"
                f"System.Text.Json.JsonException: The JSON value could not be converted to System.Decimal. Path: $.amount | LineNumber: 0 | BytePositionInLine: {num(20,300)}.\n"
                f"   at System.Text.Json.ThrowHelper.ReThrowWithPath(ReadStack& state, Utf8JsonReader& reader, Exception ex)\n"
                f"   at System.Text.Json.JsonSerializer.Deserialize[TValue](String json, JsonSerializerOptions options)\n"
                f"   at Acme.Payments.Worker.QueueConsumer.ProcessAsync(QueueMessage msg) in /src/Acme.Payments.Worker/QueueConsumer.cs:line 77")
    return f
add("nm23/serilog-json-orders-in", "payments-worker", nm23("orders-in"), 3)
add("nm23/serilog-json-refunds-in", "payments-worker", nm23("refunds-in"), 3)

# nm24: Django IntegrityError, constraint differs (email vs username)
def nm24(col):
    def f(i):
        val = email() if col == "email" else user()
        return (f"ERROR {ts_py()} log 12 {num(139800000000000,139899999999999)} Internal Server Error: /api/accounts/signup/\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", line 105, in _execute\n    return self.cursor.execute(sql, params)\n'
                '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
                f'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "accounts_user_{col}_key"\nDETAIL:  Key ({col})=({val}) already exists.\n\n'
                "\nThe above exception was the direct cause of the following exception:\n\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n'
                '  File "/app/accounts/views.py", line 42, in signup\n    user = User.objects.create_user(**form.cleaned_data)\n'
                '  File "/usr/local/lib/python3.11/site-packages/django/db/backends/utils.py", line 105, in _execute\n    return self.cursor.execute(sql, params)\n'
                f'django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_{col}_key"\nDETAIL:  Key ({col})=({val}) already exists.')
    return f
add("nm24/django-unique-email", "accounts-web", nm24("email"), 3)
add("nm24/django-unique-username", "accounts-web", nm24("username"), 3)

# nm25: Django DoesNotExist, model differs
def nm25(model, line):
    def f(i):
        return (f"[{ts_py()}] ERROR [django.request:241] Internal Server Error: /api/v2/{model.lower()}s/{num(1,99999)}/\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response\n    response = wrapped_callback(request, *callback_args, **callback_kwargs)\n'
                f'  File "/app/shop/api.py", line {line}, in detail\n    obj = {model}.objects.get(pk=pk)\n'
                '  File "/usr/local/lib/python3.11/site-packages/django/db/models/query.py", line 637, in get\n    raise self.model.DoesNotExist(\n'
                f"shop.models.{model}.DoesNotExist: {model} matching query does not exist.")
    return f
add("nm25/django-doesnotexist-Order", "shop-web", nm25("Order", 88), 3)
add("nm25/django-doesnotexist-Customer", "shop-web", nm25("Customer", 88), 2)

# nm26: Celery task failure, task name differs (invoice vs receipt)
def nm26(task):
    def f(i):
        return (f"[{ts_py()}: ERROR/ForkPoolWorker-{num(1,16)}] Task notifications.tasks.{task}[{uuid()}] raised unexpected: SMTPRecipientsRefused({{'{email()}': (550, b'5.1.1 <unknown>: Recipient address rejected: User unknown in virtual mailbox table')}})\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 453, in trace_task\n    R = retval = fun(*args, **kwargs)\n'
                f'  File "/app/notifications/tasks.py", line {120 if task=="send_invoice_email" else 151}, in {task}\n    mailer.send(msg)\n'
                '  File "/usr/local/lib/python3.11/smtplib.py", line 901, in sendmail\n    raise SMTPRecipientsRefused(senderrs)\n'
                f"smtplib.SMTPRecipientsRefused: {{'{email()}': (550, b'5.1.1 <unknown>: Recipient address rejected: User unknown in virtual mailbox table')}}")
    return f
add("nm26/celery-smtp-invoice", "notifications-worker", nm26("send_invoice_email"), 3)
add("nm26/celery-smtp-receipt", "notifications-worker", nm26("send_receipt_email"), 3)

# nm27: pandas KeyError column differs
def nm27(col):
    def f(i):
        return (f"{ts_py()} ERROR reports.daily run_id={uuid()} partition=dt={num(2026,2026)}-11-{num(1,28):02d} failed\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/pandas/core/indexes/base.py", line 3805, in get_loc\n    return self._engine.get_loc(casted_key)\n'
                '  File "index.pyx", line 167, in pandas._libs.index.IndexEngine.get_loc\n'
                '  File "pandas/_libs/hashtable_class_helper.pxi", line 7089, in pandas._libs.hashtable.PyObjectHashTable.get_item\n'
                f"KeyError: '{col}'\n\nThe above exception was the direct cause of the following exception:\n\n"
                "Traceback (most recent call last):\n"
                '  File "/app/reports/daily.py", line 73, in build\n    df["net"] = df["gross"] - df[fee_col]\n'
                '  File "/usr/local/lib/python3.11/site-packages/pandas/core/frame.py", line 4102, in __getitem__\n    indexer = self.columns.get_loc(key)\n'
                '  File "/usr/local/lib/python3.11/site-packages/pandas/core/indexes/base.py", line 3812, in get_loc\n    raise KeyError(key) from err\n'
                f"KeyError: '{col}'")
    return f
add("nm27/pandas-keyerror-fee_eur", "reports-job", nm27("fee_eur"), 3)
add("nm27/pandas-keyerror-fee_usd", "reports-job", nm27("fee_usd"), 3)

# nm28: numpy broadcast vs reshape error (same frame, different message type)
def nm28(kind):
    def f(i):
        b = pick([32, 64, 128, 256])
        if kind == "bc":
            err = f"ValueError: operands could not be broadcast together with shapes ({b},{num(3,3)}) ({b-num(1,9)},3) "
        else:
            err = f"ValueError: cannot reshape array of size {b*3-num(1,2)} into shape ({b},3)"
        return (f"{ts_py()} ERROR scorer batch={uuid()} size={b}\n"
                "Traceback (most recent call last):\n"
                '  File "/srv/ml/scorer/pipeline.py", line 211, in score_batch\n    feats = normalize(raw)\n'
                '  File "/srv/ml/scorer/features.py", line 48, in normalize\n    return (x.reshape(-1, 3) - mu) / sigma\n'
                f"{err}")
    return f
add("nm28/numpy-broadcast", "ml-scorer", nm28("bc"), 3)
add("nm28/numpy-reshape", "ml-scorer", nm28("rs"), 3)

# nm29: pydantic ValidationError, field name differs
def nm29(field):
    def f(i):
        inp = {"email": email(), "phone": f"+{num(1,99)}{num(10**8,10**9)}"}
        inp.pop(field)
        return (f"{ts_py()} ERROR [api] app.routes.customers: request_id={uuid()} invalid payload\n"
                "Traceback (most recent call last):\n"
                '  File "/app/app/routes/customers.py", line 31, in create_customer\n    model = CustomerIn.model_validate(payload)\n'
                '  File "/usr/local/lib/python3.12/site-packages/pydantic/main.py", line 596, in model_validate\n    return cls.__pydantic_validator__.validate_python(\n'
                "pydantic_core._pydantic_core.ValidationError: 1 validation error for CustomerIn\n"
                f"{field}\n  Field required [type=missing, input_value={inp!r}, input_type=dict]\n"
                "    For further information visit https://errors.pydantic.dev/2.9/v/missing")
    return f
add("nm29/pydantic-missing-email", "customer-api", nm29("email"), 3)
add("nm29/pydantic-missing-phone", "customer-api", nm29("phone"), 3)

# nm30: pydantic multi-field, nested field differs (shipping vs billing)
def nm30(addr):
    def f(i):
        z = pick(["ABCDE", "1234", "", "99999-"])
        return (f"{ts_py()} ERROR [checkout] validation failed order={num(10**6,10**7)}\n"
                "pydantic_core._pydantic_core.ValidationError: 2 validation errors for OrderIn\n"
                f"{addr}.zip\n  String should match pattern '^\\d{{5}}(-\\d{{4}})?$' [type=string_pattern_mismatch, input_value='{z}', input_type=str]\n"
                "    For further information visit https://errors.pydantic.dev/2.9/v/string_pattern_mismatch\n"
                f"{addr}.country\n  Input should be 'US' or 'CA' [type=literal_error, input_value='{pick(['DE','FR','us','MX'])}', input_type=str]\n"
                "    For further information visit https://errors.pydantic.dev/2.9/v/literal_error")
    return f
add("nm30/pydantic-shipping-address", "checkout-py", nm30("shipping_address"), 3)
add("nm30/pydantic-billing-address", "checkout-py", nm30("billing_address"), 3)

# nm31: SQLAlchemy OperationalError, psycopg2 DeadlockDetected vs LockNotAvailable
def nm31(kind):
    def f(i):
        pid1, pid2 = num(1000, 65000), num(1000, 65000)
        if kind == "dl":
            pe = (f"psycopg2.errors.DeadlockDetected: deadlock detected\nDETAIL:  Process {pid1} waits for ShareLock on transaction {num(10**6,10**8)}; blocked by process {pid2}.\n"
                  f"Process {pid2} waits for ShareLock on transaction {num(10**6,10**8)}; blocked by process {pid1}.\nHINT:  See server log for query details.\nCONTEXT:  while updating tuple ({num(0,9999)},{num(1,60)}) in relation \"inventory\"")
        else:
            pe = f"psycopg2.errors.LockNotAvailable: canceling statement due to lock timeout\nCONTEXT:  while updating tuple ({num(0,9999)},{num(1,60)}) in relation \"inventory\""
        return (f"{ts_py()} ERROR [stock-sync] sync.worker: chunk {num(1,400)} failed\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line 1967, in _exec_single_context\n    self.dialect.do_execute(\n'
                '  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/default.py", line 941, in do_execute\n    cursor.execute(statement, parameters)\n'
                f"{pe}\n\n\nThe above exception was the direct cause of the following exception:\n\n"
                "Traceback (most recent call last):\n"
                '  File "/app/sync/worker.py", line 94, in apply_chunk\n    session.execute(stmt, rows)\n'
                '  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line 2355, in _handle_dbapi_exception\n    raise sqlalchemy_exception.with_traceback(exc_info[2]) from e\n'
                f"sqlalchemy.exc.OperationalError: (psycopg2.errors.{'DeadlockDetected' if kind=='dl' else 'LockNotAvailable'}) {pe.split(': ',1)[1]}\n"
                f"[SQL: UPDATE inventory SET qty=%(qty)s, updated_at=now() WHERE inventory.sku = %(sku_1)s]\n"
                f"[parameters: {{'qty': {num(0,500)}, 'sku_1': 'SKU-{num(100000,999999)}'}}]\n"
                "(Background on this error at: https://sqlalche.me/e/20/e3q8)")
    return f
add("nm31/sqla-deadlock-inventory", "stock-sync", nm31("dl"), 3)
add("nm31/sqla-locktimeout-inventory", "stock-sync", nm31("lt"), 3)

# nm32: SQLAlchemy IntegrityError, table differs
def nm32(table):
    def f(i):
        oid = num(10**5, 10**6)
        return (f"{ts_py()} ERROR [orders-api] app.db: commit failed request_id={uuid()}\n"
                f"sqlalchemy.exc.IntegrityError: (psycopg2.errors.ForeignKeyViolation) insert or update on table \"{table}\" violates foreign key constraint \"{table}_order_id_fkey\"\n"
                f"DETAIL:  Key (order_id)=({oid}) is not present in table \"orders\".\n\n"
                f"[SQL: INSERT INTO {table} (order_id, amount, created_at) VALUES (%(order_id)s, %(amount)s, %(created_at)s) RETURNING {table}.id]\n"
                f"[parameters: {{'order_id': {oid}, 'amount': Decimal('{num(1,999)}.{num(10,99)}'), 'created_at': datetime.datetime(2026, 11, {num(1,28)}, {num(0,23)}, {num(0,59)}, {num(0,59)})}}]\n"
                "(Background on this error at: https://sqlalche.me/e/20/gkpj)")
    return f
add("nm32/sqla-fk-payments", "orders-api", nm32("payments"), 3)
add("nm32/sqla-fk-refunds", "orders-api", nm32("refunds"), 3)

# nm33: Express async TypeError, one word (reading 'id' vs 'email')
def nm33(prop, line):
    def f(i):
        return (f"{ts_iso()} error: Unhandled error in GET /api/users/{num(1,10**6)}/profile reqId={hexs(8)}-{hexs(4)}\n"
                f"TypeError: Cannot read properties of undefined (reading '{prop}')\n"
                f"    at getProfile (/usr/src/app/src/routes/users.js:{line}:31)\n"
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                "    at async /usr/src/app/src/middleware/asyncHandler.js:4:5")
    return f
add("nm33/express-undefined-id", "users-api", nm33("id", 57), 3)
add("nm33/express-undefined-email", "users-api", nm33("email", 57), 3)

# nm34: Mongoose ValidationError, model differs
def nm34(model, path):
    def f(i):
        return (f"{ts_iso()} [catalog-api] ERROR POST /v1/{model.lower()}s {ms()}ms - {model} validation failed: {path}: Path `{path}` is required.\n"
                f"ValidationError: {model} validation failed: {path}: Path `{path}` is required.\n"
                "    at Document.invalidate (/app/node_modules/mongoose/lib/document.js:3201:32)\n"
                "    at /app/node_modules/mongoose/lib/document.js:2994:17\n"
                "    at /app/node_modules/mongoose/lib/schemaType.js:1368:9\n"
                "    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)")
    return f
add("nm34/mongoose-Product-sku", "catalog-api", nm34("Product", "sku"), 3)
add("nm34/mongoose-Variant-sku", "catalog-api", nm34("Variant", "sku"), 3)

# nm35: Sequelize UniqueConstraint vs ForeignKeyConstraint (type)
def nm35(kind):
    def f(i):
        if kind == "uq":
            head = "SequelizeUniqueConstraintError: Validation error"
            extra = f"  errors: [ ValidationErrorItem {{ message: 'coupon_code must be unique', type: 'unique violation', path: 'coupon_code', value: 'PROMO{num(1000,9999)}' }} ]"
        else:
            head = 'SequelizeForeignKeyConstraintError: insert or update on table "redemptions" violates foreign key constraint "redemptions_coupon_id_fkey"'
            extra = f"  table: 'redemptions', fields: [ 'coupon_id' ], value: {num(1,99999)}, index: 'redemptions_coupon_id_fkey'"
        return (f"{ts_iso()} ERROR [promo-svc] redeem failed user={user()}\n{head}\n"
                "    at Query.formatError (/srv/node_modules/sequelize/lib/dialects/postgres/query.js:325:16)\n"
                "    at Query.run (/srv/node_modules/sequelize/lib/dialects/postgres/query.js:76:18)\n"
                "    at async PostgresQueryInterface.insert (/srv/node_modules/sequelize/lib/dialects/abstract/query-interface.js:795:21)\n"
                "    at async Redemption.save (/srv/node_modules/sequelize/lib/model.js:4154:35)\n"
                "    at async redeemCoupon (/srv/src/services/redeem.js:41:3)\n" + extra)
    return f
add("nm35/sequelize-unique", "promo-svc", nm35("uq"), 3)
add("nm35/sequelize-fk", "promo-svc", nm35("fk"), 3)

# nm36: axios 502 vs 504 same URL
def nm36(code):
    def f(i):
        return (f"{ts_iso()} error [shipping-bff] quote failed {{\"reqId\":\"{uuid()}\",\"durationMs\":{ms()}}}\n"
                f"AxiosError: Request failed with status code {code}\n"
                "    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)\n"
                "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11)\n"
                "    at IncomingMessage.emit (node:events:531:35)\n"
                "    at endReadableNT (node:internal/streams/readable:1696:12)\n"
                "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)\n"
                "    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4258:41)\n"
                "    at async getRates (/app/src/carriers/ups.ts:88:20)")
    return f
add("nm36/axios-ups-502", "shipping-bff", nm36(502), 3)
add("nm36/axios-ups-504", "shipping-bff", nm36(504), 3)

# nm37: axios 401, host/dependency differs
def nm37(host, fn, fl):
    def f(i):
        return (f"{ts_iso()} error [gateway] upstream call failed reqId={uuid()} user={user()}\n"
                f"AxiosError: Request failed with status code 401\n"
                "    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)\n"
                "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11)\n"
                "    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4258:41)\n"
                f"    at async {fn} (/app/src/upstreams/{fl}.js:22:17) {{\n"
                f"  code: 'ERR_BAD_REQUEST',\n  config: {{ method: 'get', url: 'https://{host}/v1/me', timeout: 5000 }}\n}}")
    return f
add("nm37/axios-401-identity", "api-gateway", nm37("identity.internal.acme.io", "fetchIdentity", "identity"), 3)
add("nm37/axios-401-entitlements", "api-gateway", nm37("entitlements.internal.acme.io", "fetchEntitlements", "entitlements"), 3)

# nm38: Android FATAL EXCEPTION NPE, different throwing fragment
def nm38(frag, line):
    def f(i):
        pid = num(2000, 32000)
        t = ts_and()
        return (f"{t} {pid} {pid} E AndroidRuntime: FATAL EXCEPTION: main\n"
                f"{t} {pid} {pid} E AndroidRuntime: Process: com.acme.shop, PID: {pid}\n"
                f"{t} {pid} {pid} E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.acme.shop.model.Cart.getCurrency()' on a null object reference\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat com.acme.shop.ui.{frag}.onViewCreated({frag}.kt:{line})\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat androidx.fragment.app.Fragment.performViewCreated(Fragment.java:3128)\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat androidx.fragment.app.FragmentStateManager.createView(FragmentStateManager.java:552)\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat androidx.fragment.app.FragmentStateManager.moveToExpectedState(FragmentStateManager.java:261)\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat android.os.Handler.handleCallback(Handler.java:958)\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat android.os.Looper.loop(Looper.java:294)\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat android.app.ActivityThread.main(ActivityThread.java:8177)\n"
                f"{t} {pid} {pid} E AndroidRuntime: \tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)")
    return f
add("nm38/android-npe-CheckoutFragment", "android-shop", nm38("CheckoutFragment", 84), 3)
add("nm38/android-npe-CartFragment", "android-shop", nm38("CartFragment", 84), 3)

# nm39: Kotlin lateinit, one word (binding vs adapter)
def nm39(prop):
    def f(i):
        pid = num(2000, 32000)
        return (f"FATAL EXCEPTION: main\nProcess: com.acme.rider, PID: {pid}\n"
                f"kotlin.UninitializedPropertyAccessException: lateinit property {prop} has not been initialized\n"
                f"\tat com.acme.rider.trip.TripActivity.onResume(TripActivity.kt:142)\n"
                "\tat android.app.Instrumentation.callActivityOnResume(Instrumentation.java:1531)\n"
                "\tat android.app.Activity.performResume(Activity.java:8735)\n"
                "\tat android.app.ActivityThread.performResumeActivity(ActivityThread.java:4979)\n"
                "\tat android.os.Looper.loop(Looper.java:294)\n"
                "\tat android.app.ActivityThread.main(ActivityThread.java:8177)\n"
                "\tat java.lang.reflect.Method.invoke(Native Method)\n"
                "\tat com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:552)\n"
                "\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)")
    return f
add("nm39/kotlin-lateinit-binding", "android-rider", nm39("binding"), 3)
add("nm39/kotlin-lateinit-adapter", "android-rider", nm39("adapter"), 3)

# nm40: iOS crash EXC_BAD_ACCESS vs EXC_CRASH SIGABRT (exception type), same crashing frame
def nm40(kind):
    def f(i):
        base = 0x100000000 + num(0, 0xfffff) * 0x4000
        if kind == "bad":
            exc = f"Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Subtype: KERN_INVALID_ADDRESS at 0x{num(0x10,0xfff):016x}\nException Codes: 0x0000000000000001, 0x{num(0x10,0xfff):016x}\nTermination Reason: SIGNAL 11 Segmentation fault: 11"
            top = f"0   AcmeShop                      0x{base+0x5f3a4:016x} CheckoutViewController.viewDidLoad() + 412 (CheckoutViewController.swift:88)"
        else:
            exc = "Exception Type:  EXC_CRASH (SIGABRT)\nException Codes: 0x0000000000000000, 0x0000000000000000\nTermination Reason: SIGNAL 6 Abort trap: 6"
            top = (f"0   libsystem_kernel.dylib        0x{num(0x1e0000000,0x1efffffff):016x} __pthread_kill + 8\n"
                   f"1   libsystem_c.dylib             0x{num(0x1a0000000,0x1afffffff):016x} abort + 180\n"
                   f"2   AcmeShop                      0x{base+0x5f3a4:016x} CheckoutViewController.viewDidLoad() + 412 (CheckoutViewController.swift:88)")
        return (f"Incident Identifier: {uuid().upper()}\nCrashReporter Key:   {hexs(40)}\nHardware Model:      {pick(['iPhone15,2','iPhone14,5','iPhone16,1'])}\n"
                f"Process:             AcmeShop [{num(300,9000)}]\nIdentifier:          com.acme.shop\nVersion:             5.12.0 (5120{num(1,1)})\n"
                f"OS Version:          iPhone OS {pick(['17.6.1','18.1','18.0.1'])} ({hexs(5).upper()})\nDate/Time:           {ts_lb()} +0000\n\n{exc}\nTriggered by Thread:  0\n\n"
                f"Thread 0 name:   Dispatch queue: com.apple.main-thread\nThread 0 Crashed:\n{top}\n"
                f"3   UIKitCore                     0x{num(0x18a000000,0x18affffff):016x} -[UIViewController _sendViewDidLoadWithAppearanceProxyObjectTaggingEnabled] + 84\n"
                f"4   UIKitCore                     0x{num(0x18a000000,0x18affffff):016x} -[UIViewController loadViewIfRequired] + 936")
    return f
add("nm40/ios-checkout-badaccess", "ios-shop", nm40("bad"), 3)
add("nm40/ios-checkout-sigabrt", "ios-shop", nm40("abrt"), 3)

# nm41: Go pgx SQLSTATE 23505 vs 23503 (code)
def nm41(code):
    def f(i):
        oid = num(10**6, 10**7)
        if code == "23505":
            pg = f'ERROR: duplicate key value violates unique constraint "shipments_order_id_key" (SQLSTATE 23505)'
        else:
            pg = f'ERROR: insert or update on table "shipments" violates foreign key constraint "shipments_order_id_fkey" (SQLSTATE 23503)'
        return (f'time={ts_iso()} level=ERROR msg="create shipment failed" service=dispatch req_id={hexs(16)} order_id={oid} '
                f'err="create shipment for order {oid}: insert shipments: {pg}"').replace('"shipments_order_id_key"', '\\"shipments_order_id_key\\"').replace('"shipments_order_id_fkey"', '\\"shipments_order_id_fkey\\"').replace('"shipments" violates', '\\"shipments\\" violates')
    return f
add("nm41/pgx-23505-shipments", "dispatch", nm41("23505"), 3)
add("nm41/pgx-23503-shipments", "dispatch", nm41("23503"), 3)

# nm42: Go wrapped error chain, root cause differs (deadline vs refused) - 3 groups incl. EOF
def nm42(root):
    def f(i):
        sku = num(10000, 99999)
        r = {"deadline": "context deadline exceeded",
             "refused": f"dial tcp {ip()}:8443: connect: connection refused",
             "reset": f"read tcp {ip()}:{num(30000,60000)}->{ip()}:8443: read: connection reset by peer"}[root]
        return (f"{ts_iso()}\tERROR\tinventory/sync.go:{142}\tsync failed\t"
                f'{{"worker": {num(0,15)}, "error": "sync inventory: fetch sku {sku}: Get \\"https://warehouse-api.internal:8443/v2/sku/{sku}\\": {r}"}}')
    return f
add("nm42/go-sync-deadline", "inventory-sync", nm42("deadline"), 3)
add("nm42/go-sync-refused", "inventory-sync", nm42("refused"), 3)
add("nm42/go-sync-reset", "inventory-sync", nm42("reset"), 3)

# nm43: Go sqlx no rows, operation differs
def nm43(op):
    def f(i):
        return (f'{ts_iso()} ERR handler error error="{op}: sql: no rows in result set" method=GET path=/v1/{"users" if "User" in op else "accounts"}/{num(1,10**6)} '
                f'request_id={uuid()} latency={num(1,900)}.{num(100,999)}ms')
    return f
add("nm43/sqlx-norows-GetUserByID", "profile-svc", nm43("repo.GetUserByID"), 3)
add("nm43/sqlx-norows-GetAccountByID", "profile-svc", nm43("repo.GetAccountByID"), 3)

# nm44: Go errgroup S3 AccessDenied vs NoSuchKey (error code)
def nm44(code):
    def f(i):
        key = f"raw/{num(2026,2026)}/11/{num(1,28):02d}/{uuid()}.json.gz"
        if code == "AccessDenied":
            e = f"operation error S3: GetObject, https response error StatusCode: 403, RequestID: {hexs(16).upper()}, HostID: {hexs(40)}, api error AccessDenied: Access Denied"
        else:
            e = f"operation error S3: GetObject, https response error StatusCode: 404, RequestID: {hexs(16).upper()}, HostID: {hexs(40)}, api error NoSuchKey: The specified key does not exist."
        return f"{ts_iso()} ERROR compactor: run {uuid()} aborted: errgroup: shard {num(0,31)}: read s3://acme-datalake-prod/{key}: {e}"
    return f
add("nm44/s3-accessdenied", "lake-compactor", nm44("AccessDenied"), 3)
add("nm44/s3-nosuchkey", "lake-compactor", nm44("NoSuchKey"), 3)

# nm45: WildFly / Jakarta EE: EJB rollback caused by OptimisticLockException vs PersistenceException(constraint)
def nm45(kind):
    def f(i):
        if kind == "opt":
            root = f"jakarta.persistence.OptimisticLockException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.claims.entity.Claim#{num(1,10**6)}]"
            rf = ["org.hibernate.internal.ExceptionConverterImpl.wrapStaleStateException(ExceptionConverterImpl.java:225)"]
        else:
            root = f"jakarta.persistence.PessimisticLockException: could not obtain lock on row in relation \"claim\""
            rf = ["org.hibernate.internal.ExceptionConverterImpl.wrapLockException(ExceptionConverterImpl.java:269)"]
        return (f"{ts_l4j()[11:]} ERROR [org.jboss.as.ejb3.invocation] (default task-{num(1,128)}) WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component ClaimServiceBean for method public void com.acme.claims.ejb.ClaimServiceBean.approve(long): jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back\n"
                "\tat org.jboss.as.ejb3@31.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.endTransaction(CMTTxInterceptor.java:140)\n"
                "\tat org.jboss.as.ejb3@31.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.invokeInOurTx(CMTTxInterceptor.java:262)\n"
                "\tat org.jboss.invocation@2.0.0.Final//org.jboss.invocation.InterceptorContext.proceed(InterceptorContext.java:422)\n"
                "\tat deployment.claims.war//com.acme.claims.ejb.ClaimServiceBean$$$view12.approve(Unknown Source)\n"
                "\tat deployment.claims.war//com.acme.claims.rest.ClaimResource.approve(ClaimResource.java:61)\n"
                f"Caused by: jakarta.transaction.RollbackException: ARJUNA016053: Could not commit transaction.\n"
                "\tat org.jboss.jts//com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionImple.commitAndDisassociate(TransactionImple.java:1295)\n"
                f"\t... {more()} more\n"
                f"Caused by: {root}\n"
                + ''.join(f"\tat org.hibernate@6.4.4.Final//{x}\n" for x in rf) +
                f"\t... {more()} more")
    return f
add("nm45/wildfly-ejb-optimistic", "claims-wildfly", nm45("opt"), 3)
add("nm45/wildfly-ejb-pessimistic", "claims-wildfly", nm45("pes"), 3)

# nm46: Log4j2 Hikari connection timeout, pool/dependency differs
def nm46(pool):
    def f(i):
        t = num(30000, 30012)
        return (f"{ts_l4j()} [{nio()}] ERROR com.acme.pricing.repo.PriceRepository - Query failed: correlationId={uuid()}\n"
                f"org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n"
                "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n"
                "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:653)\n"
                "\tat com.acme.pricing.repo.PriceRepository.findActive(PriceRepository.java:39)\n"
                f"Caused by: java.sql.SQLTransientConnectionException: {pool} - Connection is not available, request timed out after {t}ms (total={num(10,20)}, active={num(10,20)}, idle=0, waiting={num(0,80)})\n"
                "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
                "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n"
                f"\t... {more()} more")
    return f
add("nm46/hikari-timeout-pricing-primary", "pricing-service", nm46("pricing-primary"), 3)
add("nm46/hikari-timeout-pricing-replica", "pricing-service", nm46("pricing-replica"), 3)

# nm47: Logback MDC, RestTemplate I/O error root cause differs (3 groups)
def nm47(root):
    def f(i):
        rc = {"timeout": ("java.net.SocketTimeoutException: Read timed out", "Read timed out"),
              "refused": ("java.net.ConnectException: Connection refused", "Connection refused"),
              "unknown": ("java.net.UnknownHostException: quote-svc", "quote-svc")}[root]
        return (f"{ts_lb()} ERROR [{nio()}] [traceId={tid()} userId={num(1,10**6)} tenant={pick(['acme','globex','initech'])}] c.a.q.client.QuoteClient - quote call failed\n"
                f"org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://quote-svc:8080/api/v1/quote\": {rc[1]}\n"
                "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)\n"
                "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)\n"
                "\tat org.springframework.web.client.RestTemplate.postForObject(RestTemplate.java:489)\n"
                "\tat com.acme.quoting.client.QuoteClient.requestQuote(QuoteClient.java:47)\n"
                f"Caused by: {rc[0]}\n"
                "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n"
                "\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)\n"
                f"\t... {more()} common frames omitted")
    return f
add("nm47/resttemplate-quote-timeout", "quoting-service", nm47("timeout"), 3)
add("nm47/resttemplate-quote-refused", "quoting-service", nm47("refused"), 3)
add("nm47/resttemplate-quote-unknownhost", "quoting-service", nm47("unknown"), 2)

# nm48: Suppressed blocks; operation differs (flush vs commit) - one word
def nm48(op):
    def f(i):
        return (f"{ts_lb()} ERROR [export-{num(1,8)}] [job={uuid()}] c.a.export.ParquetSink - Failed to {op} batch {num(1,10000)}\n"
                f"java.io.UncheckedIOException: Failed to {op} batch\n"
                f"\tat com.acme.export.ParquetSink.{op}(ParquetSink.java:{120 if op=='flush' else 145})\n"
                "\tat com.acme.export.ExportJob.run(ExportJob.java:77)\n"
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\n"
                "\tat java.base/java.lang.Thread.run(Thread.java:1583)\n"
                "\tSuppressed: java.io.IOException: Stream closed\n"
                "\t\tat org.apache.parquet.hadoop.ParquetFileWriter.end(ParquetFileWriter.java:1204)\n"
                "\t\tat com.acme.export.ParquetSink.close(ParquetSink.java:160)\n"
                f"\t\t... {num(2,6)} more\n"
                f"Caused by: java.io.IOException: No space left on device\n"
                "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n"
                "\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)\n"
                f"\t... {more()} more")
    return f
add("nm48/suppressed-flush-enospc", "export-service", nm48("flush"), 3)
add("nm48/suppressed-commit-enospc", "export-service", nm48("commit"), 3)

# nm49: .NET HttpRequestException 503 vs 429
def nm49(code):
    txt = {503: "Service Unavailable", 429: "Too Many Requests"}[code]
    def f(i):
        return (f"{ts_sl()} [ERR] [{hexs(16)}] Geocoding failed for address id {num(1,10**6)} after {num(100,9000)}ms\n"
                f"System.Net.Http.HttpRequestException: Response status code does not indicate success: {code} ({txt}).\n"
                "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
                "   at Acme.Geo.Clients.GeocoderClient.LookupAsync(String address, CancellationToken ct) in /src/Acme.Geo/Clients/GeocoderClient.cs:line 52\n"
                "   at Acme.Geo.Services.AddressEnricher.EnrichAsync(Address a) in /src/Acme.Geo/Services/AddressEnricher.cs:line 30")
    return f
add("nm49/httpreq-geocoder-503", "geo-enricher", nm49(503), 3)
add("nm49/httpreq-geocoder-429", "geo-enricher", nm49(429), 3)

# nm50: Celery SoftTimeLimitExceeded vs TimeLimitExceeded
def nm50(kind):
    def f(i):
        t = uuid()
        if kind == "soft":
            return (f"[{ts_py()}: ERROR/ForkPoolWorker-{num(1,16)}] Task reports.tasks.build_monthly[{t}] raised unexpected: SoftTimeLimitExceeded()\n"
                    "Traceback (most recent call last):\n"
                    '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 453, in trace_task\n    R = retval = fun(*args, **kwargs)\n'
                    '  File "/app/reports/tasks.py", line 66, in build_monthly\n    rows = list(fetch_rows(month))\n'
                    '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 229, in soft_timeout_sighandler\n    raise SoftTimeLimitExceeded()\n'
                    "billiard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()")
        return (f"[{ts_py()}: ERROR/MainProcess] Task handler raised error: TimeLimitExceeded({num(600,600)},)\n"
                "Traceback (most recent call last):\n"
                '  File "/usr/local/lib/python3.11/site-packages/billiard/pool.py", line 683, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\n'
                f"billiard.exceptions.TimeLimitExceeded: TimeLimitExceeded(600,)")
    return f
add("nm50/celery-soft-time-limit", "reports-worker", nm50("soft"), 3)
add("nm50/celery-hard-time-limit", "reports-worker", nm50("hard"), 3)

# nm51: Celery retry log; exception differs (one word: ConnectionError vs Timeout)
def nm51(exc):
    def f(i):
        return (f"[{ts_py()}: INFO/ForkPoolWorker-{num(1,16)}] Task webhooks.tasks.deliver[{uuid()}] retry: Retry in {pick([2,4,8,16,32,64])}s: "
                + (f"ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='hooks.partner.example', port=443): Max retries exceeded with url: /acme/{hexs(12)} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hexs(10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))"
                   if exc == "conn" else
                   f"ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='hooks.partner.example', port=443): Read timed out. (read timeout=10)\"))"))
    return f
add("nm51/celery-retry-connectionerror", "webhooks-worker", nm51("conn"), 3)
add("nm51/celery-retry-readtimeout", "webhooks-worker", nm51("rt"), 3)

# nm52: Spring Boot "with root cause" (no chain shown), ORA- via Spring, method differs: GET vs DELETE - operation
def nm52(method, handler, line):
    def f(i):
        return (sb_head("tenant-admin", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                        f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalStateException: Tenant context not initialised] with root cause")
                + "\n\njava.lang.IllegalStateException: Tenant context not initialised"
                + jframes(["com.acme.tenancy.TenantContext.require(TenantContext.java:31)",
                           f"com.acme.tenancy.admin.TenantAdminController.{handler}(TenantAdminController.java:{line})"] + SPRING_WEB[:3]))
    return f
add("nm52/tenant-ctx-getTenant", "tenant-admin", nm52("GET", "getTenant", 48), 3)
add("nm52/tenant-ctx-deleteTenant", "tenant-admin", nm52("DELETE", "deleteTenant", 71), 3)

# =====================================================================
# NOISY GROUPS (one bug each, lots of variable noise)
# =====================================================================

def noisy1(i):
    # Spring Boot + Logback MDC, CGLIB/reflection frames vary, different ... N more, thread names
    proxy = pick(["$$SpringCGLIB$$0", "$$EnhancerBySpringCGLIB$$" + hexs(8), "$$SpringCGLIB$$1"])
    mdc = f"[traceId={tid()}, spanId={sid()}, user={user()}, tenant={pick(['acme','globex','umbrella','initech'])}, ip={ip()}]"
    thread = pick([nio(), f"http-nio-8443-exec-{num(1,300)}", f"virtual-{num(30,9000)}", f"reactor-http-epoll-{num(1,8)}"])
    m = f"{ts_lb()} ERROR {mdc} [{thread}] c.a.loyalty.points.PointsService - redeem failed in {ms()}ms for member {num(10**7,10**8)}"
    m += f"\njava.lang.IllegalArgumentException: Insufficient points: requested={num(100,50000)}, available={num(0,99)}"
    m += jframes(["com.acme.loyalty.points.PointsLedger.debit(PointsLedger.java:77)",
                  "com.acme.loyalty.points.PointsService.redeem(PointsService.java:54)",
                  f"com.acme.loyalty.points.PointsService{proxy}.redeem(<generated>)"])
    if R.random() < 0.5:
        m += jframes(["org.springframework.transaction.interceptor.TransactionInterceptor$1.proceedWithInvocation(TransactionInterceptor.java:123)",
                      "org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:392)"])
    m += jframes(spring_invoke(["com.acme.loyalty.web.RedeemController.redeem(RedeemController.java:39)"])[:R.randint(4, 12)])
    m += f"\n\t... {more()} common frames omitted" if R.random() < 0.6 else ""
    return m
add("noisy/spring-loyalty-insufficient-points", "loyalty-service", noisy1, 5)

def noisy2(i):
    # ASP.NET Core + Serilog, different RequestIds/ConnectionIds, durations, async frames sometimes present
    cid = hexs(13).upper()
    m = (f"{ts_sl()} [ERR] [{pick(['Acme.Booking.Api','Acme.Booking.Api'])}] [RequestId: {cid}:{num(1,99):08X}] [RequestPath: /api/bookings/{uuid()}] [ConnectionId: {cid}] [UserId: {num(1,10**6)}] "
         f"HTTP POST /api/bookings/{uuid()}/confirm responded 500 in {num(1,9000)}.{num(1000,9999)} ms\n"
         f"System.InvalidOperationException: Sequence contains no elements\n"
         "   at System.Linq.ThrowHelper.ThrowNoElementsException()\n"
         "   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n"
         "   at Acme.Booking.Domain.SeatAllocator.Allocate(Booking booking) in /src/Acme.Booking.Domain/SeatAllocator.cs:line 64\n"
         "   at Acme.Booking.Api.Handlers.ConfirmBookingHandler.Handle(ConfirmBooking cmd, CancellationToken ct) in /src/Acme.Booking.Api/Handlers/ConfirmBookingHandler.cs:line 37\n")
    if R.random() < 0.5:
        m += "--- End of stack trace from previous location ---\n"
    m += f"   at MediatR.Wrappers.RequestHandlerWrapperImpl`2.<>c__DisplayClass1_0.<<Handle>g__Handler|0>d.MoveNext()\n"
    m += f"   at lambda_method{num(1,900)}(Closure, Object, Object[])\n" if R.random() < 0.6 else ""
    m += "   at Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)"
    return m
add("noisy/aspnet-seatallocator-no-elements", "booking-api", noisy2, 5)

def noisy3(i):
    # Celery worker, varying hostnames, task ids, retry counts, durations
    host = f"celery@worker-{hexs(5)}-{hexs(5)}"
    return (f"[{ts_py()}: ERROR/ForkPoolWorker-{num(1,32)}] {host} Task billing.tasks.charge_subscription[{uuid()}] raised unexpected: "
            f"StripeCardDeclined('Your card was declined. (request_id=req_{hexs(14)})')\n"
            f"  retries={num(0,5)} eta={ts_iso()} runtime={num(0,30)}.{num(100,999)}s customer=cus_{hexs(14)} amount={num(100,99999)}\n"
            "Traceback (most recent call last):\n"
            f'  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line {pick([451,453])}, in trace_task\n    R = retval = fun(*args, **kwargs)\n'
            + ('  File "/usr/local/lib/python3.11/site-packages/sentry_sdk/integrations/celery/__init__.py", line 330, in _inner\n    reraise(*exc_info)\n' if R.random() < 0.5 else '')
            + '  File "/app/billing/tasks.py", line 88, in charge_subscription\n    gateway.charge(sub)\n'
            '  File "/app/billing/gateway.py", line 41, in charge\n    raise StripeCardDeclined(err.user_message)\n'
            f"billing.gateway.StripeCardDeclined: Your card was declined. (request_id=req_{hexs(14)})")
add("noisy/celery-charge-card-declined", "billing-worker", noisy3, 5)

def noisy4(i):
    # Node express, pm2 prefixes, pnpm paths with versions, request ids
    ver = pick(["4.18.2", "4.19.2", "4.21.1"])
    pre = pick([f"{num(0,7)}|api      | ", "", f"api-{num(0,3)} | "])
    return (f"{pre}{ts_iso()} ERROR [{uuid()}] {pick(['POST','POST'])} /v2/carts/{hexs(24)}/items user={user()} ip={ip()} took={ms()}ms\n"
            f"{pre}RangeError: Invalid quantity {num(-50,0)} for sku {hexs(24)}\n"
            f"{pre}    at assertQuantity (/srv/app/dist/cart/validate.js:12:11)\n"
            f"{pre}    at CartService.addItem (/srv/app/dist/cart/service.js:88:5)\n"
            f"{pre}    at async /srv/app/dist/routes/cart.js:31:18\n"
            f"{pre}    at Layer.handle [as handle_request] (/srv/app/node_modules/.pnpm/express@{ver}/node_modules/express/lib/router/layer.js:95:5)")
add("noisy/express-invalid-quantity", "cart-node", noisy4, 5)

def noisy5(i):
    # Go panic with goroutine numbers, addresses, different arg pointers
    return (f"{ts_iso()} panic recovered in handler: runtime error: index out of range [{num(1,40)}] with length {num(0,1)}\n"
            f"goroutine {num(100,999999)} [running]:\n"
            f"github.com/acme/routing/internal/planner.(*Planner).nextLeg(0xc000{hexs(6)}, {{0xc000{hexs(6)}, 0x{num(1,40):x}, 0x{num(1,40):x}}})\n"
            f"\t/build/internal/planner/planner.go:212 +0x{hexs(3)}\n"
            f"github.com/acme/routing/internal/planner.(*Planner).Plan(0xc000{hexs(6)}, {{0x{hexs(7)}, 0xc000{hexs(6)}}}, 0xc000{hexs(6)})\n"
            f"\t/build/internal/planner/planner.go:97 +0x{hexs(3)}\n"
            f"github.com/acme/routing/internal/api.(*Server).handlePlan(0xc000{hexs(6)}, {{0x{hexs(7)}, 0xc000{hexs(6)}}}, 0xc000{hexs(6)})\n"
            f"\t/build/internal/api/plan.go:44 +0x{hexs(3)}\n"
            f"net/http.HandlerFunc.ServeHTTP(0x{hexs(7)}?, {{0x{hexs(7)}?, 0xc000{hexs(6)}?}}, 0x{hexs(6)}?)\n"
            f"\t/usr/local/go/src/net/http/server.go:{pick([2171,2220])} +0x29")
add("noisy/go-planner-index-out-of-range", "routing-svc", noisy5, 5)

def noisy6(i):
    # Android crash with different pid/tid, device, obfuscation-free; thread name varies (main vs DefaultDispatcher)
    pid = num(2000, 32000)
    th = pick(["main", f"DefaultDispatcher-worker-{num(1,8)}", f"OkHttp https://api.acme.io/..."])
    return (f"--------- beginning of crash\n"
            f"FATAL EXCEPTION: {th}\nProcess: com.acme.rider, PID: {pid}\n"
            f"java.lang.IllegalStateException: Expected BEGIN_OBJECT but was STRING at line 1 column {num(1,400)} path $.driver\n"
            "\tat com.google.gson.internal.bind.ReflectiveTypeAdapterFactory$Adapter.read(ReflectiveTypeAdapterFactory.java:393)\n"
            "\tat com.google.gson.Gson.fromJson(Gson.java:1227)\n"
            "\tat com.acme.rider.net.TripParser.parse(TripParser.kt:22)\n"
            "\tat com.acme.rider.net.TripRepository$refresh$2.invokeSuspend(TripRepository.kt:58)\n"
            "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)\n"
            + ("\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n" if R.random() < 0.5 else "")
            + f"\tSuppressed: kotlinx.coroutines.internal.DiagnosticCoroutineContextException: [StandaloneCoroutine{{Cancelling}}@{hexs(7)}, Dispatchers.Main.immediate]\n"
            f"Device: {pick(['Pixel 8','SM-S918B','moto g54','CPH2451'])} Android {pick([13,14,15])} build {num(500,520)}")
add("noisy/android-gson-trip-parse", "android-rider", noisy6, 5)

def noisy7(i):
    # Kafka producer with varying client ids, correlation ids, brokers, partitions
    pn = num(1, 40)
    return (f"{ts_lb()} WARN  [kafka-producer-network-thread | producer-{pn}] o.a.k.c.p.i.Sender - [Producer clientId=producer-{pn}, transactionalId=tx-ledger-{num(0,9)}] "
            f"Got error produce response with correlation id {num(1000,10**7)} on topic-partition ledger.postings-{num(0,23)}, retrying ({num(1,2147483646)} attempts left). Error: NOT_ENOUGH_REPLICAS\n"
            f"{ts_lb()} ERROR [ledger-poster-{num(1,12)}] c.a.ledger.PostingPublisher - publish failed offset={num(10**5,10**9)} key={uuid()}\n"
            "org.apache.kafka.common.errors.NotEnoughReplicasException: Messages are rejected since there are fewer in-sync replicas than required.")
add("noisy/kafka-not-enough-replicas", "ledger-poster", noisy7, 5)

def noisy8(i):
    # Hibernate with varying bind params, IN-list length
    k = num(1, 40)
    ph = ",".join(["?"] * k)
    return (f"{ts_l4j()} WARN  [{nio()}] o.h.e.j.s.SqlExceptionHelper - SQL Error: 0, SQLState: 22P02\n"
            f"{ts_l4j()} ERROR [{nio()}] o.h.e.j.s.SqlExceptionHelper - ERROR: invalid input syntax for type uuid: \"{pick([hexs(8), 'undefined', 'null', str(num(1,999))])}\"\n"
            f"  Where: unnamed portal parameter ${num(1,k)} = '...'\n"
            f"{ts_l4j()} ERROR [{nio()}] c.a.catalog.web.ApiErrors - search failed q={hexs(6)} page={num(0,50)}\n"
            f"org.springframework.dao.DataIntegrityViolationException: JDBC exception executing SQL [select p1_0.id,p1_0.name from product p1_0 where p1_0.id in ({ph})] [ERROR: invalid input syntax for type uuid]")
add("noisy/hibernate-invalid-uuid-in-list", "catalog-service", noisy8, 5)

def noisy9(i):
    # SQL Server deadlock via JDBC, varying Process ID, ClientConnectionId, lock spid
    return (f"{ts_l4j()} ERROR [{pick(['scheduling-1','scheduling-2','quartz-worker-3','quartz-worker-9'])}] [job=settlement run={uuid()}] c.a.settle.SettlementJob - settlement chunk {num(1,999)} failed after {ms()}ms\n"
            f"com.microsoft.sqlserver.jdbc.SQLServerException: Transaction (Process ID {num(51,999)}) was deadlocked on lock | communication buffer resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\n"
            "\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:270)\n"
            "\tat com.microsoft.sqlserver.jdbc.SQLServerStatement.getNextResult(SQLServerStatement.java:1702)\n"
            "\tat com.acme.settle.SettlementDao.applyChunk(SettlementDao.java:118)\n"
            f"\t... {more()} more\nClientConnectionId:{uuid()}")
add("noisy/mssql-settlement-deadlock", "settlement-job", noisy9, 5)

def noisy10(i):
    # Python requests ReadTimeout; sometimes via tenacity wrapper frames, varying timeouts and hosts' ports? (same host)
    tw = R.random() < 0.5
    return (f"{ts_py()} ERROR [{pick(['MainThread','ThreadPoolExecutor-0_0','ThreadPoolExecutor-0_3','ThreadPoolExecutor-1_7'])}] fx.rates: refresh failed after {num(1,5)} attempt(s) elapsed={num(1,60)}.{num(10,99)}s trace={tid()}\n"
            "Traceback (most recent call last):\n"
            + ('  File "/usr/local/lib/python3.12/site-packages/tenacity/__init__.py", line 478, in __call__\n    result = fn(*args, **kwargs)\n' if tw else '')
            + '  File "/app/fx/rates.py", line 37, in fetch_rates\n    resp = session.get(RATES_URL, timeout=cfg.timeout)\n'
            '  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 602, in get\n    return self.request("GET", url, **kwargs)\n'
            '  File "/usr/local/lib/python3.12/site-packages/requests/adapters.py", line 713, in send\n    raise ReadTimeout(e, request=request)\n'
            f"requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='rates.fx-provider.example', port=443): Read timed out. (read timeout={pick([5,10,15,30])})")
add("noisy/python-fx-rates-readtimeout", "fx-service", noisy10, 5)

# =====================================================================
# HOSTILE GROUPS
# =====================================================================

WORDS = ["alpha", "beta", "gamma", "delta", "ómega", "δέλτα", "данные", "データ", "數據", "بيانات", "डेटा", "🙂", "null", "true", "{", "}", "\\\"", "ERROR", "Caused by:", "at"]

def hostile1(i):
    # ~50-70 KB single-line JSON body echoed in body-parser error
    items = []
    while sum(len(x) for x in items) < num(50000, 70000):
        items.append('{"sku":"%s","qty":%d,"note":"%s"}' % (hexs(12), num(1, 99), " ".join(pick(WORDS) for _ in range(num(3, 12)))))
    body = '{"items":[' + ",".join(items) + ']'   # missing closing brace
    pos = len(body)
    return (f"{ts_iso()} ERROR [bulk-import] {uuid()} POST /v1/import 400 - SyntaxError: Expected ',' or '}}' after property value in JSON at position {pos} (line 1 column {pos+1}) "
            f"body={body}\n"
            f"SyntaxError: Expected ',' or '}}' after property value in JSON at position {pos} (line 1 column {pos+1})\n"
            "    at JSON.parse (<anonymous>)\n"
            "    at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)\n"
            "    at /app/node_modules/body-parser/lib/read.js:128:18")
add("hostile/huge-json-body-syntaxerror", "bulk-import", hostile1, 3)

NAMES = ["東京タワー限定版マグカップ", "Кружка «Москва» 0,5 л", "كوب القهوة العربية", "चाय का कप", "Ὀδυσσεύς ποτήρι", "머그컵 스페셜", "Tasse Été — édition",
         "כוס קפה", "แก้วกาแฟ", "Bardak 🇹🇷 İstanbul"]
def hostile2(i):
    return (f"{ts_lb()} ERROR [{nio()}] [user={pick(['山田太郎','Иван Петров','محمد','Zoë'])}] c.a.stock.ReservationService - reservation rejected\n"
            f"com.acme.stock.InsufficientStockException: Insufficient stock for item '{pick(NAMES)}' (sku={hexs(10)}) in warehouse {pick(['FRA-1','東京-2','МСК-3','DXB-1'])}: requested {num(2,50)}, available {num(0,1)}\n"
            "\tat com.acme.stock.ReservationService.reserve(ReservationService.java:92)\n"
            "\tat com.acme.stock.web.ReservationController.create(ReservationController.java:40)")
add("hostile/mixed-script-insufficient-stock", "stock-service", hostile2, 5)

def hostile3(i):
    u = f"U0{hexs(8).upper()}"
    txt = pick([f"<!channel> **PROD DOWN** :fire: <@{u}> please check `kubectl -n pay get pods` ```{hexs(30)}```",
                f"# Incident {num(1000,9999)}\n> _customer_ @{user()} reports [link](https://status.acme.io/{hexs(6)}) ~~ignore~~ <@{u}>",
                f"@here | col | col |\n|---|---|\n| {hexs(5)} | <@{u}> | **bold** `code`"])
    return (f"{ts_py()} ERROR chatops.notify: failed to post alert to #{pick(['ops-alerts','incidents','pay-oncall'])}\n"
            "Traceback (most recent call last):\n"
            '  File "/app/chatops/notify.py", line 51, in post_alert\n    client.chat_postMessage(channel=channel, text=text)\n'
            '  File "/usr/local/lib/python3.12/site-packages/slack_sdk/web/base_client.py", line 245, in _perform_urllib_http_request\n    return SlackResponse(**response).validate()\n'
            "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\n"
            f"The server responded with: {{'ok': False, 'error': 'invalid_blocks', 'errors': ['invalid additional property: text'], 'text': {txt!r}}}")
add("hostile/markdown-mentions-slack-invalid-blocks", "chatops-bot", hostile3, 4)

def hostile4(i):
    n = num(1001, 6000)
    ids = ", ".join(str(num(10**6, 10**9)) for _ in range(n))
    return (f"{ts_l4j()} ERROR [{nio()}] c.a.crm.ContactRepository - bulk lookup failed size={n}\n"
            f"org.springframework.jdbc.BadSqlGrammarException: PreparedStatementCallback; bad SQL grammar [SELECT ID, NAME, EMAIL FROM CRM.CONTACT WHERE ID IN ({ids})]\n"
            "\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:112)\n"
            "\tat com.acme.crm.ContactRepository.findAllByIds(ContactRepository.java:64)\n"
            "Caused by: java.sql.SQLSyntaxErrorException: ORA-01795: maximum number of expressions in a list is 1000\n\nhttps://docs.oracle.com/error-help/db/ora-01795/\n"
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:709)\n"
            f"\t... {more()} more")
add("hostile/ora-01795-huge-in-list", "crm-service", hostile4, 3)

def hostile5(i):
    # ANSI colours and CRLF line endings (Windows service host writing via console)
    nl = "\r\n"
    red, rst, dim = "\x1b[31m", "\x1b[39m", "\x1b[2m"
    return (f"{dim}{ts_iso()}{rst} {red}error{rst}: [print-spooler-bridge] job {num(1,99999)} for {pick(['PRN-','LBL-'])}{num(1,200)} failed{nl}"
            f"{red}Error: EPERM: operation not permitted, open 'C:\\ProgramData\\Acme\\Spool\\{uuid()}.pdf'{rst}{nl}"
            f"    at Object.openSync (node:fs:{pick([573,596])}:3){nl}"
            f"    at Object.writeFileSync (node:fs:2322:35){nl}"
            f"    at SpoolWriter.write (C:\\Program Files\\Acme\\bridge\\dist\\spool.js:41:8){nl}"
            f"  errno: -4048,{nl}  code: 'EPERM',{nl}  syscall: 'open'")
add("hostile/ansi-crlf-eperm-spool", "print-bridge", hostile5, 4)

def hostile6(i):
    # zero-width, RTL override, emoji, and an injected fake log line inside a value
    evil = pick(["\u202egnp.exe", "adm\u200bin", "👩‍💻🔥", "robert'); DROP TABLE users;--",
                 f"x\n{ts_iso()} ERROR fake-service: Caused by: java.lang.OutOfMemoryError", "\u0000\u0007bell", "ﷺ" * num(3, 30)])
    return (f"{ts_iso()} ERROR [identity] LoginHandler: login failed\n"
            "Traceback (most recent call last):\n"
            '  File "/app/identity/login.py", line 77, in authenticate\n    user = self.store.get_by_username(realm, username)\n'
            '  File "/app/identity/store.py", line 120, in get_by_username\n    raise UserNotFoundError(f"no user with username \'{username}\' in realm {realm}")\n'
            f"identity.errors.UserNotFoundError: no user with username '{evil}' in realm {pick(['customers','staff'])}")
add("hostile/unicode-injection-user-not-found", "identity-py", hostile6, 5)

# =====================================================================
def main():
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__)), "events.jsonl"), "w", encoding="utf-8") as fh:
        for e in EVENTS:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    groups = {}
    for e in EVENTS:
        groups.setdefault(e["group"], set()).add(e["service"])
    assert all(len(s) == 1 for s in groups.values()), "one service per group"
    sets = {g.split("/")[0] for g in groups if g.startswith("nm")}
    print(f"{len(EVENTS)} events, {len(groups)} groups, {len(sets)} near-miss sets")

if __name__ == "__main__":
    main()
