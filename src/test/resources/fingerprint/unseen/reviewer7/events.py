"""Labelled ERROR events for gen.py (same slot notation as gen.py).

GROUPS: (label, service, fmt).  Same label = same bug (same root cause and
throwing site); variables (ids, users, hosts, tenants, paths, timings,
goroutine numbers, pointers, request ids, timestamps) change between events.
Neighbouring groups marked "near-miss" differ only in the root cause, the
error message's shape or the throwing frame and carry different labels.
"""

import json

J_SPRING = "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)\n\tat org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:914)\n\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)"
J_KAFKA = "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2807)\n\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.run(KafkaMessageListenerContainer.java:1330)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)"
HIKARI_POOL = "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\n\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)"
NODE_NET = "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)"
PY_HDR = "Traceback (most recent call last):\n"
DOTNET_ASP = "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Logged|12_1(ControllerActionInvoker invoker)"

GROUPS = [
    # ---------------- Java ----------------
    ("java-npe-shipping-customer", "orders-service",
     "Failed to process order {order} for tenant {tenant}\njava.lang.NullPointerException: Cannot invoke \"com.acme.orders.model.Customer.getAddress()\" because \"order.customer\" is null\n\tat com.acme.orders.service.ShippingCalculator.compute(ShippingCalculator.java:88)\n\tat com.acme.orders.service.OrderService.process(OrderService.java:142)\n\tat com.acme.orders.api.OrderController.submit(OrderController.java:57)\n" + J_SPRING),
    ("java-npe-tax-rate", "orders-service",  # near-miss: same log line + NPE, other frame/message
     "Failed to process order {order} for tenant {tenant}\njava.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because \"rate\" is null\n\tat com.acme.orders.service.TaxCalculator.compute(TaxCalculator.java:51)\n\tat com.acme.orders.service.OrderService.process(OrderService.java:139)\n\tat com.acme.orders.api.OrderController.submit(OrderController.java:57)\n" + J_SPRING),
    ("java-hikari-timeout", "payments-service",
     "Payment capture failed for payment {uuid} (merchant {tenant})\norg.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection\n\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)\n\tat com.acme.payments.service.CaptureService.capture(CaptureService.java:73)\nCaused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection\n\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)\n\t... 42 common frames omitted\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {int|30000,30999}ms.\n" + HIKARI_POOL + "\n\t... 48 common frames omitted"),
    ("java-pg-refused", "payments-service",  # near-miss: same wrapper, other root cause
     "Payment capture failed for payment {uuid} (merchant {tenant})\norg.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection\n\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)\n\tat com.acme.payments.service.CaptureService.capture(CaptureService.java:73)\nCaused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection\n\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)\n\t... 42 common frames omitted\nCaused by: org.postgresql.util.PSQLException: Connection to {host}:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)\n\t... 51 common frames omitted\nCaused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\t... 60 common frames omitted"),
    ("java-inventory-503", "checkout-service",
     "Reservation failed for cart {uuid}\norg.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: \"{\"error\":\"upstream overloaded\",\"retryAfter\":{int|1,30}}\"\n\tat org.springframework.web.client.HttpServerErrorException.create(HttpServerErrorException.java:116)\n\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:183)\n\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)\n\tat com.acme.checkout.client.InventoryClient.reserve(InventoryClient.java:64)\n\tat com.acme.checkout.service.CheckoutService.placeOrder(CheckoutService.java:118)"),
    ("java-pricing-read-timeout", "checkout-service",
     "Price lookup failed for sku {sku}\norg.springframework.web.client.ResourceAccessException: I/O error on GET request for \"http://pricing.{ns}.svc.cluster.local:8080/api/v1/prices/{sku.s}\": Read timed out\n\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:888)\n\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:868)\n\tat com.acme.checkout.client.PricingClient.price(PricingClient.java:41)\nCaused by: java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n\t... 88 common frames omitted"),
    ("java-pricing-connect-timeout", "checkout-service",  # near-miss: Connect vs Read timeout
     "Price lookup failed for sku {sku}\norg.springframework.web.client.ResourceAccessException: I/O error on GET request for \"http://pricing.{ns}.svc.cluster.local:8080/api/v1/prices/{sku.s}\": Connect timed out\n\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:888)\n\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:868)\n\tat com.acme.checkout.client.PricingClient.price(PricingClient.java:41)\nCaused by: java.net.SocketTimeoutException: Connect timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)\n\t... 88 common frames omitted"),
    ("java-kafka-deser-json", "ledger-consumer",
     "Error handler threw an exception\norg.apache.kafka.common.errors.RecordDeserializationException: Error deserializing key/value for partition {qname.q}-{int|0,47} at offset {int|1000,99999999}. If needed, please seek past the record to continue consumption.\n\tat org.apache.kafka.clients.consumer.internals.CompletedFetch.parseRecord(CompletedFetch.java:309)\nCaused by: org.apache.kafka.common.errors.SerializationException: Can't deserialize data [[{int|100,999}, {int|10,99}, {int|10,99}]] from topic [{qname.q}]\nCaused by: com.fasterxml.jackson.core.JsonParseException: Unexpected character ({choice|'<' (code 60)~'#' (code 35)~'\\' (code 92)}): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: (byte[])\"{choice|<html>~#!~\\x00}...\"; line: 1, column: 2]\n" + J_KAFKA),
    ("java-pg-unique-email", "accounts-service",
     "Signup failed for {email}\norg.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [users_email_key]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement\n\tat com.acme.accounts.service.SignupService.register(SignupService.java:92)\nCaused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"users_email_key\"\n  Detail: Key (email)=({email}) already exists.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)"),
    ("java-pg-fk-product", "orders-service",  # near-miss: same wrapper, FK violation
     "Add to order {order} failed\norg.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [order_items_product_id_fkey]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement\n\tat com.acme.orders.service.OrderItemService.add(OrderItemService.java:48)\nCaused by: org.postgresql.util.PSQLException: ERROR: insert or update on table \"order_items\" violates foreign key constraint \"order_items_product_id_fkey\"\n  Detail: Key (product_id)=({int|1,999999}) is not present in table \"products\".\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)"),
    ("java-optimistic-lock-stock", "inventory-service",
     "org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.inventory.domain.StockItem#{int|1,999999}]; nested exception is org.hibernate.StaleObjectStateException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.inventory.domain.StockItem#{int|1,999999}]\n\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:315)\n\tat com.acme.inventory.service.StockService.decrement(StockService.java:77)"),
    ("java-oom-heap-export", "reporting-service",
     "Export job {uuid} for tenant {tenant} crashed\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:242)\n\tat com.acme.reporting.export.CsvWriter.writeRow(CsvWriter.java:66)\n\tat com.acme.reporting.export.ReportExporter.writeRows(ReportExporter.java:131)"),
    ("java-oom-gc-overhead-export", "reporting-service",  # near-miss: other OOM kind, same frames
     "Export job {uuid} for tenant {tenant} crashed\njava.lang.OutOfMemoryError: GC overhead limit exceeded\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:242)\n\tat com.acme.reporting.export.CsvWriter.writeRow(CsvWriter.java:66)\n\tat com.acme.reporting.export.ReportExporter.writeRows(ReportExporter.java:131)"),
    ("java-cme-session-expire", "gateway",
     "Unexpected error occurred in scheduled task\njava.util.ConcurrentModificationException: null\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)\n\tat com.acme.gateway.session.SessionRegistry.expire(SessionRegistry.java:203)\n\tat jdk.internal.reflect.GeneratedMethodAccessor{int|10,400}.invoke(Unknown Source)\n\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)"),
    ("java-jackson-localdate", "booking-api",
     "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"{choice.d|12/03/2024~2024-13-01~tomorrow~31.01.2024~2024/02/30}\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '{choice.d|x}' could not be parsed at index {int|0,4}]"),
    ("java-jackson-list-from-object", "booking-api",  # near-miss: same prefix, other shape
     "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.util.ArrayList<com.acme.booking.api.Guest>` from Object value (token `JsonToken.START_OBJECT`)\n at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: {int|20,4000}] (through reference chain: com.acme.booking.api.BookingRequest[\"guests\"])]"),
    ("java-client-abort-broken-pipe", "media-service",
     "Servlet.service() for servlet [dispatcherServlet] threw exception\norg.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe\n\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)\n\tat com.acme.media.web.DownloadController.stream(DownloadController.java:{choice|88})\nCaused by: java.io.IOException: Broken pipe\n\tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)"),
    ("java-client-abort-reset", "media-service",  # near-miss: reset vs broken pipe
     "Servlet.service() for servlet [dispatcherServlet] threw exception\norg.apache.catalina.connector.ClientAbortException: java.io.IOException: Connection reset by peer\n\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:341)\n\tat com.acme.media.web.DownloadController.stream(DownloadController.java:88)\nCaused by: java.io.IOException: Connection reset by peer\n\tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)"),
    ("java-es-index-not-found", "search-service",
     "Search failed for query '{word1}' (user {user})\nElasticsearchStatusException[Elasticsearch exception [type=index_not_found_exception, reason=no such index [{esindex}]]]\n\tat org.elasticsearch.rest.BytesRestResponse.errorFromXContent(BytesRestResponse.java:178)\n\tat org.elasticsearch.client.RestHighLevelClient.search(RestHighLevelClient.java:1147)\n\tat com.acme.search.SearchRepository.find(SearchRepository.java:59)"),
    ("java-es-all-shards-failed", "search-service",  # near-miss
     "Search failed for query '{word1}' (user {user})\nElasticsearchStatusException[Elasticsearch exception [type=search_phase_execution_exception, reason=all shards failed]]\n\tat org.elasticsearch.rest.BytesRestResponse.errorFromXContent(BytesRestResponse.java:178)\n\tat org.elasticsearch.client.RestHighLevelClient.search(RestHighLevelClient.java:1147)\n\tat com.acme.search.SearchRepository.find(SearchRepository.java:59)"),
    ("java-lettuce-timeout", "cart-service",
     "io.lettuce.core.RedisCommandTimeoutException: Command timed out after {choice|1 second(s)~2 second(s)~500 millisecond(s)}\n\tat io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:59)\n\tat io.lettuce.core.internal.Futures.awaitOrCancel(Futures.java:246)\n\tat com.acme.cart.store.RedisCartStore.load(RedisCartStore.java:44)"),
    ("java-lettuce-connect-refused", "cart-service",  # near-miss
     "io.lettuce.core.RedisConnectionException: Unable to connect to {host.h}/<unresolved>:6379\n\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)\n\tat com.acme.cart.store.RedisCartStore.load(RedisCartStore.java:44)\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: {host.h}/{ip}:6379\nCaused by: java.net.ConnectException: Connection refused"),
    ("java-enum-plan-tier", "billing-service",
     "Failed to load subscription {uuid}\njava.lang.IllegalArgumentException: No enum constant com.acme.billing.model.PlanTier.{choice|gold~platinum~Enterprise~starter_plus~legacy~FREE_TRIAL~premium~team}\n\tat java.base/java.lang.Enum.valueOf(Enum.java:273)\n\tat com.acme.billing.model.PlanTier.valueOf(PlanTier.java:5)\n\tat com.acme.billing.repo.SubscriptionMapper.map(SubscriptionMapper.java:39)"),
    ("java-access-denied-admin", "backoffice",
     "Access denied for user {user} on {choice|GET~POST~DELETE} /api/admin/{word1}\norg.springframework.security.access.AccessDeniedException: Access Denied\n\tat org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor.attemptAuthorization(AuthorizationManagerBeforeMethodInterceptor.java:256)\n\tat com.acme.backoffice.admin.AdminController$$SpringCGLIB$$0.{choice|listTenants~purgeCache~impersonate}(<generated>)"),
    ("java-sqs-queue-missing", "notifications-service",
     "com.amazonaws.services.sqs.model.QueueDoesNotExistException: The specified queue does not exist for this wsdl version. (Service: AmazonSQS; Status Code: 400; Error Code: AWS.SimpleQueueService.NonExistentQueue; Request ID: {uuid}; Proxy: null)\n\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)\n\tat com.amazonaws.services.sqs.AmazonSQSClient.getQueueUrl(AmazonSQSClient.java:1748)\n\tat com.acme.notify.sqs.QueueResolver.resolve(QueueResolver.java:31)"),
    ("java-s3-access-denied", "exports-service",
     "Upload of report {uuid}.csv to s3://{bucket} failed\nsoftware.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: {reqid}, Extended Request ID: {b64})\n\tat software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleErrorResponse(AwsXmlPredicatedResponseHandler.java:156)\n\tat software.amazon.awssdk.services.s3.DefaultS3Client.putObject(DefaultS3Client.java:10628)\n\tat com.acme.exports.S3Uploader.upload(S3Uploader.java:52)"),
    ("java-s3-no-bucket", "exports-service",  # near-miss: 404 NoSuchBucket
     "Upload of report {uuid}.csv to s3://{bucket} failed\nsoftware.amazon.awssdk.services.s3.model.NoSuchBucketException: The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: {reqid}, Extended Request ID: {b64})\n\tat software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleErrorResponse(AwsXmlPredicatedResponseHandler.java:156)\n\tat software.amazon.awssdk.services.s3.DefaultS3Client.putObject(DefaultS3Client.java:10628)\n\tat com.acme.exports.S3Uploader.upload(S3Uploader.java:52)"),
    ("java-stackoverflow-category-tree", "catalog-service",
     "Handler dispatch failed; nested exception is java.lang.StackOverflowError\njava.lang.StackOverflowError: null\n\tat com.acme.catalog.domain.Category.getPath(Category.java:71)\n\tat com.acme.catalog.domain.Category.getPath(Category.java:73)\n\tat com.acme.catalog.domain.Category.getPath(Category.java:73)\n\tat com.acme.catalog.domain.Category.getPath(Category.java:73)"),
    # ---------------- Python ----------------
    ("py-keyerror-event-customer", "events-worker",
     PY_HDR + "  File \"/app/worker/handlers.py\", line 88, in process_event\n    customer = payload[\"customer\"][field]\nKeyError: '{choice|id~external_ref}'"),
    ("py-keyerror-enrich-region", "events-worker",  # near-miss: other line/function
     PY_HDR + "  File \"/app/worker/handlers.py\", line 131, in enrich\n    region = REGIONS[event[\"country\"]]\nKeyError: '{choice|XK~AQ~BV~EH~SS~CW}'"),
    ("py-requests-conn-refused", "sync-agent",
     "Sync of tenant {tenant} failed\n" + PY_HDR + "  File \"/usr/local/lib/python3.11/site-packages/urllib3/connection.py\", line 203, in _new_conn\n    sock = connection.create_connection(\nConnectionRefusedError: [Errno 111] Connection refused\n\nThe above exception was the direct cause of the following exception:\n\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: /v2/tenants/{tenant}/records?page={int|1,90} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hex|10}>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
    ("py-requests-connect-timeout", "sync-agent",  # near-miss
     "Sync of tenant {tenant} failed\n" + PY_HDR + "  File \"/usr/local/lib/python3.11/site-packages/urllib3/connection.py\", line 212, in _new_conn\n    raise ConnectTimeoutError(\nurllib3.exceptions.ConnectTimeoutError: (<urllib3.connection.HTTPSConnection object at 0x7f{hex|10}>, 'Connection to {host.h} timed out. (connect timeout=10)')\n\nThe above exception was the direct cause of the following exception:\n\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='{host.h}', port=443): Max retries exceeded with url: /v2/tenants/{tenant}/records?page={int|1,90} (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f{hex|10}>, 'Connection to {host.h} timed out. (connect timeout=10)'))"),
    ("py-requests-dns", "sync-agent",  # near-miss
     "Sync of tenant {tenant} failed\n" + PY_HDR + "  File \"/usr/local/lib/python3.11/site-packages/urllib3/connection.py\", line 203, in _new_conn\n    sock = connection.create_connection(\nsocket.gaierror: [Errno -2] Name or service not known\n\nThe above exception was the direct cause of the following exception:\n\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: /v2/tenants/{tenant}/records?page={int|1,90} (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f{hex|10}>: Failed to resolve '{host}' ([Errno -2] Name or service not known)\"))"),
    ("py-psycopg-unique-username", "identity-api",
     PY_HDR + "  File \"/srv/identity/app/users.py\", line 57, in create_user\n    cur.execute(INSERT_USER, (username, email))\npsycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"accounts_username_key\"\nDETAIL:  Key (username)=({user}) already exists."),
    ("py-sqlalchemy-server-closed", "identity-api",
     PY_HDR + "  File \"/srv/identity/app/sessions.py\", line 40, in load_session\n    row = db.execute(select(Session).where(Session.token == token)).first()\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n\n[SQL: SELECT sessions.id, sessions.user_id, sessions.token FROM sessions WHERE sessions.token = %(token_1)s]\n[parameters: {'token_1': '{hex|40}'}]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)"),
    ("py-django-notnull-tenant", "billing-web",
     "Internal Server Error: /invoices/{int|1,99999}/finalize\n" + PY_HDR + "  File \"/app/billing/views.py\", line 212, in finalize\n    invoice.save()\ndjango.db.utils.IntegrityError: null value in column \"tenant_id\" of relation \"billing_invoice\" violates not-null constraint\nDETAIL:  Failing row contains ({int|1,99999}, {date}, null, {f}, draft)."),
    ("py-typeerror-none-plus-float", "pricing-engine",
     PY_HDR + "  File \"/app/pricing/rules.py\", line 73, in apply_discount\n    total = base_price + discount\nTypeError: unsupported operand type(s) for +: 'NoneType' and 'float'"),
    ("py-typeerror-int-plus-str", "pricing-engine",  # near-miss: same site, other message
     PY_HDR + "  File \"/app/pricing/rules.py\", line 73, in apply_discount\n    total = base_price + discount\nTypeError: unsupported operand type(s) for +: 'int' and 'str'"),
    ("py-celery-soft-time-limit", "reports-worker",
     "Task reports.generate[{uuid}] raised unexpected: SoftTimeLimitExceeded()\n" + PY_HDR + "  File \"/app/reports/tasks.py\", line 44, in generate\n    rows = list(fetch_rows(tenant_id))\n  File \"/usr/local/lib/python3.11/site-packages/billiard/pool.py\", line 229, in soft_timeout_sighandler\n    raise SoftTimeLimitExceeded()\nbilliard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()"),
    ("py-boto-s3-access-denied", "etl-loader",
     "Failed to fetch s3://{bucket}/{tenant}/{date}/part-{int|0,999}.parquet\n" + PY_HDR + "  File \"/opt/etl/loader.py\", line 66, in fetch\n    obj = s3.get_object(Bucket=bucket, Key=key)\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"),
    ("py-boto-s3-nosuchkey", "etl-loader",  # near-miss
     "Failed to fetch s3://{bucket}/{tenant}/{date}/part-{int|0,999}.parquet\n" + PY_HDR + "  File \"/opt/etl/loader.py\", line 66, in fetch\n    obj = s3.get_object(Bucket=bucket, Key=key)\nbotocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."),
    ("py-boto-ddb-throughput", "etl-loader",
     PY_HDR + "  File \"/opt/etl/sink.py\", line 29, in write_batch\n    table.put_item(Item=item)\nbotocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."),
    ("py-json-expecting-value", "webhooks-receiver",
     "Webhook from {choice|stripe~github~shopify~twilio} rejected (delivery {uuid})\n" + PY_HDR + "  File \"/app/webhooks/receiver.py\", line 38, in handle\n    body = json.loads(request.data)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"),
    ("py-json-unterminated", "webhooks-receiver",  # near-miss: same site, other message shape
     "Webhook from {choice|stripe~github~shopify~twilio} rejected (delivery {uuid})\n" + PY_HDR + "  File \"/app/webhooks/receiver.py\", line 38, in handle\n    body = json.loads(request.data)\njson.decoder.JSONDecodeError: Unterminated string starting at: line 1 column {int|2,4000} (char {int|1,3999})"),
    ("py-valueerror-int-qty", "import-cli",
     "Row {int|2,90000} of {path} rejected\n" + PY_HDR + "  File \"/opt/import/parse.py\", line 19, in parse_row\n    qty = int(row[\"quantity\"])\nValueError: invalid literal for int() with base 10: '{choice|ten~N/A~twelve~none~-~one~many~TBD}'"),
    ("py-redis-conn-refused", "rate-limiter",
     PY_HDR + "  File \"/app/limiter/core.py\", line 51, in hit\n    n = self.redis.incr(key)\nredis.exceptions.ConnectionError: Error 111 connecting to {host}:6379. Connection refused."),
    ("py-redis-timeout", "rate-limiter",  # near-miss
     PY_HDR + "  File \"/app/limiter/core.py\", line 51, in hit\n    n = self.redis.incr(key)\nredis.exceptions.TimeoutError: Timeout reading from socket"),
    ("py-filenotfound-export", "exports-worker",
     PY_HDR + "  File \"/app/exports/deliver.py\", line 27, in deliver\n    with open(path, \"rb\") as fh:\nFileNotFoundError: [Errno 2] No such file or directory: '/data/exports/{tenant}/{date}.csv'"),
    ("py-attributeerror-nonetype-items", "ml-scorer",
     PY_HDR + "  File \"/srv/scorer/features.py\", line 102, in build\n    for k, v in profile.get(\"features\").items():\nAttributeError: 'NoneType' object has no attribute 'items'"),
    ("py-asyncio-timeout-aiohttp", "feed-fetcher",
     "Task exception was never retrieved\nfuture: <Task finished name='Task-{int|10,99999}' coro=<fetch_feed() done, defined at /app/feeds/fetch.py:31> exception=TimeoutError()>\n" + PY_HDR + "  File \"/app/feeds/fetch.py\", line 36, in fetch_feed\n    async with session.get(url, timeout=ClientTimeout(total=15)) as resp:\nasyncio.exceptions.TimeoutError"),
    # ---------------- Node ----------------
    ("node-undefined-id-profile", "profile-api",
     "TypeError: Cannot read properties of undefined (reading 'id')\n    at getUserProfile (/app/src/handlers/profile.js:42:31)\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\n    at next (/app/node_modules/express/lib/router/route.js:144:13)"),
    ("node-undefined-email-profile", "profile-api",  # near-miss: other property, other line
     "TypeError: Cannot read properties of undefined (reading 'email')\n    at getUserProfile (/app/src/handlers/profile.js:57:40)\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\n    at next (/app/node_modules/express/lib/router/route.js:144:13)"),
    ("node-pg-econnrefused", "orders-bff",
     "Error: connect ECONNREFUSED {ip.a}:5432\n" + NODE_NET + " {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '{ip.a}',\n  port: 5432\n}"),
    ("node-pg-etimedout", "orders-bff",  # near-miss
     "Error: connect ETIMEDOUT {ip.a}:5432\n" + NODE_NET + " {\n  errno: -110,\n  code: 'ETIMEDOUT',\n  syscall: 'connect',\n  address: '{ip.a}',\n  port: 5432\n}"),
    ("node-econnreset-read", "orders-bff",  # near-miss
     "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}"),
    ("node-mongo-dup-email", "signup-service",
     "UnhandledPromiseRejection: MongoServerError: E11000 duplicate key error collection: {db}.users index: email_1 dup key: { email: \"{email}\" }\n    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:33)\n    at async createUser (/app/src/users/service.ts:88:5)"),
    ("node-axios-502-push", "notification-service",
     "AxiosError: Request failed with status code 502\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)\n    at async PushClient.send (/app/src/push/client.js:33:18)\n    at async notifyUser (/app/src/jobs/notify.js:21:5) {\n  code: 'ERR_BAD_RESPONSE',\n  url: 'https://push.{fqdn}/v1/send?device={hex|24}'\n}"),
    ("node-prisma-unique-externalref", "orders-bff",
     "PrismaClientKnownRequestError: \nInvalid `prisma.order.create()` invocation in\n/app/src/orders/repo.ts:{choice|64}:37\n\nUnique constraint failed on the fields: (`externalRef`)\n    at In.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:122:6877) {\n  code: 'P2002',\n  clientVersion: '5.7.1',\n  meta: { target: [ 'externalRef' ] }\n}"),
    ("node-maxstack-serialize", "cms-renderer",
     "RangeError: Maximum call stack size exceeded\n    at serializeNode (/app/src/render/tree.js:18:22)\n    at /app/src/render/tree.js:25:30\n    at Array.map (<anonymous>)\n    at serializeNode (/app/src/render/tree.js:25:21)"),
    ("node-json-html-doctype", "webhook-relay",
     "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON\n    at JSON.parse (<anonymous>)\n    at parseJSONFromBytes (node:internal/deps/undici/undici:5584:19)\n    at async forward (/app/src/relay.js:71:20)"),
    ("node-json-unexpected-end", "webhook-relay",  # near-miss
     "SyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n    at parseJSONFromBytes (node:internal/deps/undici/undici:5584:19)\n    at async forward (/app/src/relay.js:71:20)"),
    ("node-enoent-upload", "media-uploader",
     "Error: ENOENT: no such file or directory, open '/srv/uploads/{tenant}/{uuid}.png'\n    at async open (node:internal/fs/promises:639:25)\n    at async Object.readFile (node:internal/fs/promises:1242:14)\n    at async makeThumbnail (/app/src/thumbs.js:14:17) {\n  errno: -2,\n  code: 'ENOENT',\n  syscall: 'open',\n  path: '/srv/uploads/{tenant}/{uuid}.png'\n}"),
    ("node-aws-throttling-cw", "metrics-lambda",
     "ThrottlingException: Rate exceeded\n    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/smithy-client/dist-cjs/default-error-handler.js:8:22)\n    at deserializeAws_queryPutMetricDataCommandError (/var/runtime/node_modules/@aws-sdk/client-cloudwatch/dist-cjs/protocols/Aws_query.js:1466:51) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 400,\n    requestId: '{uuid}',\n    attempts: 3,\n    totalRetryDelay: {int|100,900}\n  }\n}"),
    ("node-aws-expired-token", "metrics-lambda",
     "ExpiredTokenException: The security token included in the request is expired\n    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/smithy-client/dist-cjs/default-error-handler.js:8:22)\n    at deserializeAws_queryPutMetricDataCommandError (/var/runtime/node_modules/@aws-sdk/client-cloudwatch/dist-cjs/protocols/Aws_query.js:1466:51) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 403,\n    requestId: '{uuid}',\n    attempts: 1,\n    totalRetryDelay: 0\n  }\n}"),
    ("node-aws-invalid-token", "metrics-lambda",  # near-miss of expired token
     "UnrecognizedClientException: The security token included in the request is invalid.\n    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/smithy-client/dist-cjs/default-error-handler.js:8:22)\n    at deserializeAws_queryPutMetricDataCommandError (/var/runtime/node_modules/@aws-sdk/client-cloudwatch/dist-cjs/protocols/Aws_query.js:1466:51) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 403,\n    requestId: '{uuid}',\n    attempts: 1,\n    totalRetryDelay: 0\n  }\n}"),
    # ---------------- Go ----------------
    ("go-nilptr-worker-flush", "ledger-sync",
     "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9a3f2c]\n\ngoroutine {gor} [running]:\ngithub.com/acme/ledger/internal/sync.(*Worker).flush({ptr}, {0x1d3e8a0, {ptr}})\n\t/src/internal/sync/worker.go:214 +0x2c\ngithub.com/acme/ledger/internal/sync.(*Worker).Run({ptr}, {0x1d3e8a0, {ptr}})\n\t/src/internal/sync/worker.go:97 +0x1b4\ncreated by main.main in goroutine 1\n\t/src/cmd/ledger-sync/main.go:61 +0x5e5"),
    ("go-nilptr-worker-commit", "ledger-sync",  # near-miss: other function/line
     "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x9a4188]\n\ngoroutine {gor} [running]:\ngithub.com/acme/ledger/internal/sync.(*Worker).commit({ptr}, {ptr})\n\t/src/internal/sync/worker.go:251 +0x48\ngithub.com/acme/ledger/internal/sync.(*Worker).Run({ptr}, {0x1d3e8a0, {ptr}})\n\t/src/internal/sync/worker.go:104 +0x2f0\ncreated by main.main in goroutine 1\n\t/src/cmd/ledger-sync/main.go:61 +0x5e5"),
    ("go-index-out-of-range-parser", "edge-router",
     "panic: runtime error: index out of range [{int|1,64}] with length {int|0,1}\n\ngoroutine {gor} [running]:\ngithub.com/acme/edge/pkg/route.parseHeader({ptr}, {0x{hex|6}, {int|1,9}})\n\t/build/pkg/route/parser.go:88 +0x1f4\ngithub.com/acme/edge/pkg/route.(*Table).Match({ptr}, {ptr})\n\t/build/pkg/route/table.go:142 +0x9c\nnet/http.HandlerFunc.ServeHTTP(...)\n\t/usr/local/go/src/net/http/server.go:2136"),
    ("go-slice-bounds-parser", "edge-router",  # near-miss: other runtime error, same function
     "panic: runtime error: slice bounds out of range [:{int|65,9000}] with capacity {int|1,64}\n\ngoroutine {gor} [running]:\ngithub.com/acme/edge/pkg/route.parseHeader({ptr}, {0x{hex|6}, {int|1,9}})\n\t/build/pkg/route/parser.go:93 +0x2a8\ngithub.com/acme/edge/pkg/route.(*Table).Match({ptr}, {ptr})\n\t/build/pkg/route/table.go:142 +0x9c\nnet/http.HandlerFunc.ServeHTTP(...)\n\t/usr/local/go/src/net/http/server.go:2136"),
    ("go-concurrent-map-writes", "session-cache",
     "fatal error: concurrent map writes\n\ngoroutine {gor} [running]:\ngithub.com/acme/cache/store.(*Store).Set({ptr}, {0x{hex|6}, 0x{int|10,40}}, {0x{hex|6}, {ptr}})\n\t/src/store/store.go:57 +0x8c\ngithub.com/acme/cache/api.(*Server).handlePut({ptr}, {0x{hex|6}, {ptr}}, {ptr})\n\t/src/api/server.go:119 +0x1e5"),
    ("go-nats-timeout", "order-events",
     "time=\"{isots}\" level=error msg=\"failed to publish event\" err=\"nats: timeout\" subject=orders.{choice|created~paid~shipped~cancelled} order_id={order} attempt={int|1,5}"),
    ("go-nats-conn-closed", "order-events",  # near-miss
     "time=\"{isots}\" level=error msg=\"failed to publish event\" err=\"nats: connection closed\" subject=orders.{choice|created~paid~shipped~cancelled} order_id={order} attempt={int|1,5}"),
    ("go-grpc-unavailable-refused", "api-gateway",
     "{\"level\":\"error\",\"ts\":{int|1700000000,1730000000}.{int|100000,999999},\"caller\":\"proxy/handler.go:142\",\"msg\":\"upstream call failed\",\"method\":\"/inventory.v1.Inventory/{choice|Reserve~Release~GetStock}\",\"error\":\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp {ip}:50051: connect: connection refused\\\"\",\"trace_id\":\"{traceid}\"}"),
    ("go-grpc-deadline", "api-gateway",  # near-miss
     "{\"level\":\"error\",\"ts\":{int|1700000000,1730000000}.{int|100000,999999},\"caller\":\"proxy/handler.go:142\",\"msg\":\"upstream call failed\",\"method\":\"/inventory.v1.Inventory/{choice|Reserve~Release~GetStock}\",\"error\":\"rpc error: code = DeadlineExceeded desc = context deadline exceeded\",\"trace_id\":\"{traceid}\"}"),
    ("go-json-unmarshal-quantity", "order-intake",
     "{\"level\":\"error\",\"ts\":\"{isots}\",\"caller\":\"intake/decode.go:33\",\"msg\":\"decode order\",\"tenant\":\"{tenant}\",\"error\":\"json: cannot unmarshal string into Go struct field Item.items.quantity of type int\"}"),
    ("go-pgx-unique-ledger", "ledger-api",
     "{\"level\":\"error\",\"ts\":\"{isots}\",\"caller\":\"store/entries.go:77\",\"msg\":\"insert ledger entry\",\"entry_id\":\"{uuid}\",\"error\":\"ERROR: duplicate key value violates unique constraint \\\"ledger_entries_idempotency_key\\\" (SQLSTATE 23505)\"}"),
    # ---------------- .NET ----------------
    ("dotnet-nre-apply-discount", "billing-api",
     "An unhandled exception has occurred while executing the request.\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n   at Acme.Billing.InvoiceService.ApplyDiscount(Invoice invoice) in /src/Billing/InvoiceService.cs:line 77\n   at Acme.Billing.Controllers.InvoicesController.Finalize(Guid id) in /src/Billing/Controllers/InvoicesController.cs:line 41\n" + DOTNET_ASP),
    ("dotnet-nre-calc-totals", "billing-api",  # near-miss: other frame
     "An unhandled exception has occurred while executing the request.\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n   at Acme.Billing.InvoiceService.CalculateTotals(Invoice invoice) in /src/Billing/InvoiceService.cs:line 121\n   at Acme.Billing.Controllers.InvoicesController.Finalize(Guid id) in /src/Billing/Controllers/InvoicesController.cs:line 39\n" + DOTNET_ASP),
    ("dotnet-ef-pk-payments", "payments-api",
     "Failed executing DbCommand ({int|1,900}ms)\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of PRIMARY KEY constraint 'PK_Payments'. Cannot insert duplicate key in object 'dbo.Payments'. The duplicate key value is ({uuid}).\nThe statement has been terminated.\n   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\nClientConnectionId:{uuid}\nError Number:2627,State:1,Class:14\n   --- End of inner exception stack trace ---\n   at Acme.Payments.Data.PaymentRepository.AddAsync(Payment payment) in /src/Payments/Data/PaymentRepository.cs:line 33"),
    ("dotnet-ef-deadlock-payments", "payments-api",  # near-miss: other inner cause
     "Failed executing DbCommand ({int|1,900}ms)\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID {int|50,400}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\n   at Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\nClientConnectionId:{uuid}\nError Number:1205,State:51,Class:13\n   --- End of inner exception stack trace ---\n   at Acme.Payments.Data.PaymentRepository.AddAsync(Payment payment) in /src/Payments/Data/PaymentRepository.cs:line 33"),
    ("dotnet-http-no-such-host", "portal-bff",
     "System.Net.Http.HttpRequestException: No such host is known. (identity.{choice|acme-internal~corp~svc}.{choice|local~net}:443)\n ---> System.Net.Sockets.SocketException (11001): No such host is known.\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n   at Acme.Portal.Clients.IdentityClient.GetUserAsync(String userId) in /src/Portal/Clients/IdentityClient.cs:line 52"),
    ("dotnet-httpclient-timeout", "portal-bff",
     "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\n ---> System.TimeoutException: The operation was canceled.\n ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n   --- End of inner exception stack trace ---\n   at Acme.Portal.Clients.IdentityClient.GetUserAsync(String userId) in /src/Portal/Clients/IdentityClient.cs:line 52"),
    ("dotnet-linq-no-elements", "catalog-api",
     "Error resolving price for product {sku} in region {choice|EU~US~APAC~LATAM}\nSystem.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source, Func`2 predicate)\n   at Acme.Catalog.PriceResolver.Resolve(Product product, String region) in /src/Catalog/PriceResolver.cs:line 28"),
    ("dotnet-linq-more-than-one", "catalog-api",  # near-miss
     "Error resolving price for product {sku} in region {choice|EU~US~APAC~LATAM}\nSystem.InvalidOperationException: Sequence contains more than one matching element\n   at System.Linq.ThrowHelper.ThrowMoreThanOneMatchException()\n   at System.Linq.Enumerable.SingleOrDefault[TSource](IEnumerable`1 source, Func`2 predicate)\n   at Acme.Catalog.PriceResolver.Resolve(Product product, String region) in /src/Catalog/PriceResolver.cs:line 31"),
    ("dotnet-json-datetime", "shipping-api",
     "System.Text.Json.JsonException: The JSON value could not be converted to System.DateTime. Path: $.items[{int|0,40}].shippedAt | LineNumber: 0 | BytePositionInLine: {int|40,9000}.\n ---> System.FormatException: The JSON value is not in a supported DateTime format.\n   at System.Text.Json.ThrowHelper.ThrowFormatException(DataType dataType)\n   --- End of inner exception stack trace ---\n   at Acme.Shipping.Carriers.CarrierFeedParser.Parse(Stream feed) in /src/Shipping/Carriers/CarrierFeedParser.cs:line 22"),
    ("dotnet-objectdisposed-dbcontext", "shipping-api",
     "System.ObjectDisposedException: Cannot access a disposed context instance. A common cause of this error is disposing a context instance that was resolved from dependency injection and then later trying to use the same context instance elsewhere in your application.\nObject name: 'ShippingDbContext'.\n   at Microsoft.EntityFrameworkCore.DbContext.CheckDisposed()\n   at Acme.Shipping.Jobs.LabelPrinter.<>c__DisplayClass{int|4,9}_0.<<PrintAsync>b__0>d.MoveNext() in /src/Shipping/Jobs/LabelPrinter.cs:line 61"),
    # ---------------- Postgres server ----------------
    ("pg-deadlock-inventory", "postgres-main",
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@{db} ERROR:  deadlock detected\n{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] DETAIL:  Process {pid} waits for ShareLock on transaction {int|1000000,99999999}; blocked by process {pid}.\n\tProcess {pid} waits for ShareLock on transaction {int|1000000,99999999}; blocked by process {pid}.\n\tHINT:  See server log for query details.\n\tCONTEXT:  while updating tuple ({int|0,99999},{int|1,200}) in relation \"inventory\"\n\tSTATEMENT:  UPDATE inventory SET qty = qty - $1 WHERE sku = $2"),
    ("pg-deadlock-orders", "postgres-main",  # near-miss: other relation / statement
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@{db} ERROR:  deadlock detected\n{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] DETAIL:  Process {pid} waits for ShareLock on transaction {int|1000000,99999999}; blocked by process {pid}.\n\tProcess {pid} waits for ShareLock on transaction {int|1000000,99999999}; blocked by process {pid}.\n\tHINT:  See server log for query details.\n\tCONTEXT:  while locking tuple ({int|0,99999},{int|1,200}) in relation \"orders\"\n\tSTATEMENT:  SELECT id FROM orders WHERE customer_id = $1 FOR UPDATE"),
    ("pg-statement-timeout-events", "postgres-main",
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@analytics ERROR:  canceling statement due to statement timeout\n\tSTATEMENT:  SELECT count(*) FROM events WHERE tenant_id = '{tenant}' AND created_at > now() - interval '{int|1,90} days'"),
    ("pg-lock-timeout-events", "postgres-main",  # near-miss
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@analytics ERROR:  canceling statement due to lock timeout\n\tSTATEMENT:  ALTER TABLE events ADD COLUMN {choice|region~source~channel} text"),
    ("pg-reserved-slots", "postgres-main",
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@{db} FATAL:  remaining connection slots are reserved for non-replication superuser connections"),
    ("pg-too-many-clients", "postgres-main",  # near-miss
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@{db} FATAL:  sorry, too many clients already"),
    ("pg-password-auth-failed", "postgres-main",
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user.u}@{db} FATAL:  password authentication failed for user \"{user.u}\"\n{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] DETAIL:  Connection matched pg_hba.conf line {choice|97~102}: \"host all all 0.0.0.0/0 scram-sha-256\""),
    ("pg-no-hba-entry", "postgres-main",  # near-miss
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user.u}@{db.d} FATAL:  no pg_hba.conf entry for host \"{ip}\", user \"{user.u}\", database \"{db.d}\", {choice|SSL off~no encryption}"),
    ("pg-relation-missing-audit", "postgres-main",
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@{db} ERROR:  relation \"audit_events_v2\" does not exist at character {choice|15~22}\n\tSTATEMENT:  INSERT INTO audit_events_v2 (actor, action, at) VALUES ($1, $2, now())"),
    ("pg-serialization-failure", "postgres-main",
     "{date.d} {int.h|10,23}:{int.m|10,59}:{int.s|10,59}.{int.ms|100,999} UTC [{pid.p}] {user}@ledger ERROR:  could not serialize access due to concurrent update\n\tSTATEMENT:  UPDATE accounts SET balance = balance + $1 WHERE id = $2"),
    # ---------------- nginx / Envoy ----------------
    ("nginx-upstream-timeout-orders", "nginx-edge",
     "{ngxts} [error] {int|10,99}#{int|10,99}: *{int|1000,99999999} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}, server: api.acme.io, request: \"{choice|GET~POST} /v1/orders/{int.o|1,9999999} HTTP/1.1\", upstream: \"http://{ip.u}:8080/v1/orders/{int.o|1,9999999}\", host: \"api.acme.io\""),
    ("nginx-connect-refused-orders", "nginx-edge",  # near-miss
     "{ngxts} [error] {int|10,99}#{int|10,99}: *{int|1000,99999999} connect() failed (111: Connection refused) while connecting to upstream, client: {ip}, server: api.acme.io, request: \"{choice|GET~POST} /v1/orders/{int.o|1,9999999} HTTP/1.1\", upstream: \"http://{ip.u}:8080/v1/orders/{int.o|1,9999999}\", host: \"api.acme.io\""),
    ("nginx-premature-close-orders", "nginx-edge",  # near-miss
     "{ngxts} [error] {int|10,99}#{int|10,99}: *{int|1000,99999999} upstream prematurely closed connection while reading response header from upstream, client: {ip}, server: api.acme.io, request: \"{choice|GET~POST} /v1/orders/{int.o|1,9999999} HTTP/1.1\", upstream: \"http://{ip.u}:8080/v1/orders/{int.o|1,9999999}\", host: \"api.acme.io\""),
    ("nginx-open-static-missing", "nginx-static",
     "{ngxts} [error] {int|10,99}#{int|10,99}: *{int|1000,99999999} open() \"/usr/share/nginx/html/{choice.a|assets~static~img}/{word1.w}.{choice.e|js~css~png~map}\" failed (2: No such file or directory), client: {ip}, server: www.acme.io, request: \"GET /{choice.a|x}/{word1.w}.{choice.e|x} HTTP/2.0\", host: \"www.acme.io\", referrer: \"https://www.acme.io/{word1}\""),
    ("nginx-ssl-wrong-version-upstream", "nginx-edge",
     "{ngxts} [error] {int|10,99}#{int|10,99}: *{int|1000,99999999} SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: {ip}, server: api.acme.io, request: \"GET /v1/{word1} HTTP/1.1\", upstream: \"https://{ip}:8080/v1/{word1}\", host: \"api.acme.io\""),
    ("envoy-xds-stream-closed", "envoy-sidecar",
     "[{date} {int|10,23}:{int|10,59}:{int|10,59}.{int|100,999}][{int|1,99}][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:{choice|193}] StreamAggregatedResources gRPC config stream to xds-grpc closed since {int|1,9000}s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure"),
    ("envoy-cds-rejected", "envoy-sidecar",
     "[{date} {int|10,23}:{int|10,59}:{int|10,59}.{int|100,999}][{int|1,99}][warning][config] [source/extensions/config_subscription/grpc/delta_subscription_state.cc:{choice|275}] delta config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: Error adding/updating cluster(s) outbound|8080||{choice|orders~payments~ledger~search}.{ns}.svc.cluster.local: envoy.config.core.v3.Http2ProtocolOptions: unknown field \"allow_metadata\""),
    # ---------------- syslog ----------------
    ("syslog-oom-kill-java", "batch-node",
     "{sysmon} {host} kernel: [{ktime}] Out of memory: Killed process {pid} (java) total-vm:{int|4000000,30000000}kB, anon-rss:{int|3000000,9000000}kB, file-rss:{int|0,90000}kB, shmem-rss:0kB, UID:{int|1000,1010} pgtables:{int|5000,40000}kB oom_score_adj:{choice|0~1000}"),
    ("syslog-oom-invoked", "batch-node",  # near-miss: other kernel line of the same incident
     "{sysmon} {host} kernel: [{ktime}] {choice|java~python3~node} invoked oom-killer: gfp_mask=0x{hex|5}(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj={choice|0~1000}"),
    ("syslog-systemd-exit-failure", "batch-node",
     "{sysmon} {host} systemd[1]: report-builder.service: Main process exited, code=exited, status=1/FAILURE"),
    ("syslog-systemd-killed", "batch-node",  # near-miss: killed by SIGKILL
     "{sysmon} {host} systemd[1]: report-builder.service: Main process exited, code=killed, status=9/KILL"),
    ("syslog-ext4-find-entry", "storage-node",
     "{sysmon} {host} kernel: [{ktime}] EXT4-fs error (device {choice|sdb1~nvme1n1p1~dm-3}): ext4_find_entry:1455: inode #{int|2,99999999}: comm {choice|rsync~find~du~java}: reading directory lblock 0"),
    ("syslog-nvme-timeout", "storage-node",
     "{sysmon} {host} kernel: [{ktime}] nvme nvme{choice|0~1}: I/O {int|0,1023} QID {int|1,64} timeout, aborting"),
    ("syslog-nvme-reset", "storage-node",  # near-miss
     "{sysmon} {host} kernel: [{ktime}] nvme nvme{choice|0~1}: I/O {int|0,1023} QID {int|1,64} timeout, reset controller"),
    ("syslog-sshd-maxstartups", "bastion",
     "{sysmon} {host} sshd[{pid}]: error: beginning MaxStartups throttling"),
    ("syslog-cron-pam-expired", "bastion",
     "{sysmon} {host} CRON[{pid}]: pam_unix(cron:account): account {user} has expired (account expired)"),
]


# Context lines the application logs before the exception (request ids,
# entities, tenants...): they make repeated events of one bug differ.
PREFIX = {
    "node-json-html-doctype": "forward to https://{fqdn}/hooks failed (delivery {uuid})\n",
    "node-json-unexpected-end": "forward to https://{fqdn}/hooks failed (delivery {uuid})\n",
    "node-undefined-id-profile": "GET /api/users/{int|1,999999}/profile failed (reqId={hex|12})\n",
    "node-undefined-email-profile": "GET /api/users/{int|1,999999}/profile failed (reqId={hex|12})\n",
    "py-boto-ddb-throughput": "Batch {uuid} for table {choice|events~audit~sessions}-{tenant} failed after {int|1,500} items\n",
    "py-attributeerror-nonetype-items": "Scoring failed for customer {int|1,9999999} (model {choice|churn~ltv~fraud}-v{int|1,9})\n",
    "node-prisma-unique-externalref": "createOrder failed for tenant {tenant} ref {hex|10}\n",
    "dotnet-nre-apply-discount": "RequestId: {HEX|13}:0000000{int|1,9}, RequestPath: /api/invoices/{uuid}/finalize\n",
    "dotnet-nre-calc-totals": "RequestId: {HEX|13}:0000000{int|1,9}, RequestPath: /api/invoices/{uuid}/finalize\n",
    "java-client-abort-broken-pipe": "Streaming /media/{uuid}.mp4 to {ip} aborted after {int|1000,99999999} bytes\n",
    "java-client-abort-reset": "Streaming /media/{uuid}.mp4 to {ip} aborted after {int|1000,99999999} bytes\n",
    "py-typeerror-none-plus-float": "Pricing failed for cart {uuid} (tenant {tenant})\n",
    "py-typeerror-int-plus-str": "Pricing failed for cart {uuid} (tenant {tenant})\n",
    "dotnet-httpclient-timeout": "Failed to load user {uuid} from identity service\n",
    "dotnet-http-no-such-host": "Failed to load user {uuid} from identity service\n",
    "node-econnreset-read": "[{isots}] ERROR db query failed (reqId={hex|12})\n",
    "node-pg-econnrefused": "[{isots}] ERROR db query failed (reqId={hex|12})\n",
    "node-pg-etimedout": "[{isots}] ERROR db query failed (reqId={hex|12})\n",
    "java-stackoverflow-category-tree": "Request GET /api/categories/{int|1,9999}/breadcrumbs failed\n",
    "node-maxstack-serialize": "render failed for page /{word1}/{int|1,999}\n",
    "py-keyerror-event-customer": "Event {uuid} from {qname} failed\n",
    "py-keyerror-enrich-region": "Event {uuid} from {qname} failed\n",
    "java-lettuce-timeout": "Loading cart {uuid} failed\n",
    "java-lettuce-connect-refused": "Loading cart {uuid} failed\n",
    "py-redis-conn-refused": "Rate check for api key {hex|8}... failed\n",
    "py-redis-timeout": "Rate check for api key {hex|8}... failed\n",
}


SIZES = [1, 2, 3, 4, 5, 6, 7, 8]
WEIGHTS = [6, 7, 13, 12, 10, 7, 4, 3]


def write(path, r, render):
    labels = [g[0] for g in GROUPS]
    assert len(set(labels)) == len(labels)
    events = []
    assert set(PREFIX) <= set(labels)
    for label, service, fmt in GROUPS:
        fmt = PREFIX.get(label, "") + fmt
        n = r.choices(SIZES, WEIGHTS)[0]
        for _ in range(n):
            msg, _tpl = render(fmt, r)
            events.append({"service": service, "message": msg, "group": label})
    r.shuffle(events)
    assert 300 <= len(events) <= 500, len(events)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return len(events), len(GROUPS)
