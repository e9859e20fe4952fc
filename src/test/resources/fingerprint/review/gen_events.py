#!/usr/bin/env python3
"""Held-out corpus of production ERROR events for log fingerprinting.

Writes events.jsonl next to this script: one JSON object per line
{"service", "message", "group"}.  "group" labels the bug: events with the same
group differ only in variables; different groups are different bugs (many of
them deliberate near misses).  Stdlib only, fixed seed, deterministic.
"""
import datetime as dt
import json
import os
import random
import uuid

SEED = 20240312
R = random.Random(SEED)
BASE = dt.datetime(2024, 3, 12, 6, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- variables
USERS = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gustavo", "hiro",
         "ingrid", "jamal", "kenji", "lucia", "mateo", "nadia", "oskar", "priya"]
TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne",
           "wonka", "tyrell", "cyberdyne", "soylent", "vandelay"]
K8S = "bcdfghjklmnpqrstvwxz2456789"
K8S_LETTERS = "bcdfghjklmnpqrstvwxz"


def t():
    return BASE + dt.timedelta(seconds=R.uniform(0, 3 * 86400))


def ms(d):
    return f"{d.microsecond // 1000:03d}"


def iso_ms():
    d = t(); return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"


def iso_us():
    d = t(); return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_s():
    d = t(); return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def spring_ts():
    d = t(); return d.strftime("%Y-%m-%d %H:%M:%S.") + ms(d)


def py_ts():
    d = t(); return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def nginx_ts():
    return t().strftime("%Y/%m/%d %H:%M:%S")


def syslog_ts():
    d = t(); return f"{d.strftime('%b')} {d.day:2d} {d.strftime('%H:%M:%S')}"


def clf_ts():
    d = t(); return d.strftime("%d/%b/%Y:%H:%M:%S.") + ms(d)


def redis_ts():
    d = t(); return d.strftime("%d %b %Y %H:%M:%S.") + ms(d)


def php_ts():
    return t().strftime("%d-%b-%Y %H:%M:%S UTC")


def epoch():
    return f"{t().timestamp():.7f}"


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return hx(n).upper()


def an(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def b64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ip10():
    return f"10.{R.randint(0, 3)}.{R.randint(0, 255)}.{R.randint(2, 254)}"


def pubip():
    return f"{R.choice([34, 52, 54, 3, 18])}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ec2():
    return f"ip-10-0-{R.randint(0, 63)}-{R.randint(2, 254)}.ec2.internal"


def eport():
    return R.randint(32768, 60999)


def n(a, b):
    return R.randint(a, b)


def ptr():
    return "0xc" + hx(9)


def pod(dep):
    # real ReplicaSet/pod suffix alphabet; about a third are digit-free, as happens
    alpha = K8S_LETTERS if R.random() < 0.35 else K8S
    return f"{dep}-{''.join(R.choice(alpha) for _ in range(R.choice([9, 10])))}-{''.join(R.choice(alpha) for _ in range(5))}"


def user():
    return R.choice(USERS)


def tenant():
    return R.choice(TENANTS)


def email():
    return f"{user()}.{R.choice(['smith', 'lee', 'garcia', 'novak', 'okafor', 'tanaka'])}@{tenant()}.com"


def tid():
    return hx(32)


def choose(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- registry
BUGS = []


def bug(group, service, fn, count=None, lo=2):
    if count is None:
        count = R.choice([2, 2, 3, 3, 3, 4, 4, 5, 6])
    count = max(count, lo)
    BUGS.append((group, service, fn, count))


def tb(*lines):
    return "\n".join(lines)


# ================================================================ Java / Spring: checkout-api
def chk_prefix(logger, msg):
    return (f"{spring_ts()} ERROR 1 --- [nio-8080-exec-{n(1, 200)}] {logger:<40} : {msg}")


JAVA_ROOTS = {
    "refused": ("Connection refused", "java.net.ConnectException: Connection refused", [
        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
        "java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
        "java.base/java.net.Socket.connect(Socket.java:633)"]),
    "timeout": ("Read timed out", "java.net.SocketTimeoutException: Read timed out", [
        "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
        "java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)",
        "java.base/java.net.Socket$SocketInputStream.read(Socket.java:976)"]),
    "unknownhost": ("payments.internal.svc", "java.net.UnknownHostException: payments.internal.svc", [
        "java.base/java.net.InetAddress$CachedAddresses.get(InetAddress.java:801)",
        "java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1533)",
        "java.base/java.net.InetAddress.getAllByName(InetAddress.java:1385)"]),
}


def chk_payments(kind):
    short, root, frames = JAVA_ROOTS[kind]

    def f():
        head = chk_prefix("c.s.checkout.web.CheckoutController",
                          f"Checkout failed for order {n(100000, 999999)} tenant={tenant()} requestId={uid()}")
        lines = [head,
                 f'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payments.internal.svc:8080/v1/charges": {short}; nested exception is {root}',
                 "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)",
                 "\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:717)",
                 "\tat org.springframework.web.client.RestTemplate.postForObject(RestTemplate.java:460)",
                 "\tat com.shop.checkout.payments.PaymentsClient.charge(PaymentsClient.java:57)",
                 "\tat com.shop.checkout.service.CheckoutService.placeOrder(CheckoutService.java:112)",
                 "\tat com.shop.checkout.web.CheckoutController.checkout(CheckoutController.java:48)",
                 f"\tat jdk.internal.reflect.GeneratedMethodAccessor{n(80, 400)}.invoke(Unknown Source)",
                 "\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                 f"Caused by: {root}"] + ["\tat " + x for x in frames] + [f"\t... {62 - len(frames)} common frames omitted"]
        return tb(*lines)
    return f


for k in JAVA_ROOTS:
    bug(f"checkout-payments-{k}", "checkout-api", chk_payments(k))


def chk_npe(top):
    def f():
        return tb(chk_prefix("o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                             "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.NullPointerException] with root cause"),
                  "",
                  "java.lang.NullPointerException: null",
                  *top,
                  "\tat com.shop.checkout.web.CartController.applyCoupon(CartController.java:71)",
                  f"\tat jdk.internal.reflect.GeneratedMethodAccessor{n(80, 400)}.invoke(Unknown Source)",
                  "\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                  "\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)",
                  "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)")
    return f


bug("checkout-npe-cartservice", "checkout-api", chk_npe([
    "\tat com.shop.checkout.cart.CartService.applyCoupon(CartService.java:131)"]))
bug("checkout-npe-promoengine", "checkout-api", chk_npe([
    "\tat com.shop.checkout.promo.PromoEngine.evaluate(PromoEngine.java:77)",
    "\tat com.shop.checkout.cart.CartService.applyCoupon(CartService.java:127)"]))


def chk_helpful_npe():
    return tb(chk_prefix("c.s.checkout.web.CheckoutController",
                         f"Unhandled error on GET /api/v1/cart/{n(10000, 99999)}/summary user={user()}"),
              'java.lang.NullPointerException: Cannot invoke "com.shop.checkout.model.Address.getCountry()" because the return value of "com.shop.checkout.model.Customer.getShippingAddress()" is null',
              "\tat com.shop.checkout.tax.TaxCalculator.rateFor(TaxCalculator.java:64)",
              "\tat com.shop.checkout.cart.CartService.total(CartService.java:88)",
              "\tat com.shop.checkout.web.CartController.summary(CartController.java:35)")


bug("checkout-npe-shipping-address", "checkout-api", chk_helpful_npe)


def chk_optlock():
    return tb(chk_prefix("c.s.checkout.service.CheckoutService", f"Failed to update cart {n(10000, 99999)} for {user()}"),
              f"org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.shop.checkout.model.Cart#{n(10000, 99999)}]; nested exception is org.hibernate.StaleObjectStateException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.shop.checkout.model.Cart#{n(10000, 99999)}]",
              "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:315)",
              "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)",
              "\tat com.shop.checkout.service.CheckoutService.updateCart(CheckoutService.java:203)")


bug("checkout-optimistic-lock-cart", "checkout-api", chk_optlock)


def chk_hikari():
    w = n(30001, 30099)
    return tb(chk_prefix("c.s.checkout.web.CheckoutController", f"Checkout failed for order {n(100000, 999999)} tenant={tenant()} requestId={uid()}"),
              f"org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
              "\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:467)",
              "\tat com.shop.checkout.service.CheckoutService$$SpringCGLIB$$0.placeOrder(<generated>)",
              "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
              "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
              f"Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {w}ms.",
              "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
              "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
              f"\t... {n(40, 40)} common frames omitted")


bug("checkout-hikari-pool-exhausted", "checkout-api", chk_hikari)


# ================================================================ Python: payments-api
FLASK_HEAD = [
    "Traceback (most recent call last):",
    '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 1455, in wsgi_app',
    "    response = self.full_dispatch_request()",
    '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 869, in full_dispatch_request',
    "    rv = self.handle_user_exception(e)",
    '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 867, in full_dispatch_request',
    "    rv = self.dispatch_request()",
    '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 852, in dispatch_request',
    "    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)",
]


def pay_db(kind):
    roots = {
        "refused": ['psycopg2.OperationalError: connection to server at "payments-db.internal" ({ip}), port 5432 failed: Connection refused',
                    "\tIs the server running on that host and accepting TCP/IP connections?"],
        "timeout": ['psycopg2.OperationalError: connection to server at "payments-db.internal" ({ip}), port 5432 failed: timeout expired'],
        "toomany": ['psycopg2.OperationalError: connection to server at "payments-db.internal" ({ip}), port 5432 failed: FATAL:  sorry, too many clients already'],
    }[kind]

    def f():
        ip = choose("10.0.4.12", "10.0.5.31")
        return tb(f"[{py_ts()}] ERROR in app: Exception on /v1/charges [POST]",
                  "Traceback (most recent call last):",
                  '  File "/app/payments/db.py", line 41, in get_conn',
                  "    return _pool.getconn()",
                  '  File "/usr/local/lib/python3.11/site-packages/psycopg2/pool.py", line 169, in getconn',
                  "    return self._getconn(key)",
                  '  File "/usr/local/lib/python3.11/site-packages/psycopg2/pool.py", line 93, in _getconn',
                  "    return self._connect(key)",
                  '  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect',
                  "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                  *[x.format(ip=ip) for x in roots],
                  "",
                  "During handling of the above exception, another exception occurred:",
                  "",
                  *FLASK_HEAD,
                  '  File "/app/payments/api.py", line 91, in create_charge',
                  '    raise ServiceUnavailable("database unavailable")',
                  "payments.errors.ServiceUnavailable: database unavailable")
    return f


for k in ("refused", "timeout", "toomany"):
    bug(f"payments-db-connect-{k}", "payments-api", pay_db(k))


def pay_keyerror(key, line, code):
    def f():
        return tb(f"[{py_ts()}] ERROR in webhooks: Exception on /webhooks/stripe [POST]",
                  *FLASK_HEAD,
                  '  File "/app/payments/webhooks.py", line 48, in stripe_webhook',
                  "    handle_event(event)",
                  f'  File "/app/payments/webhooks.py", line {line}, in handle_event',
                  f"    {code}",
                  f"KeyError: '{key}'")
    return f


bug("payments-webhook-keyerror-customer", "payments-api",
    pay_keyerror("customer", 63, 'customer_id = event["data"]["object"]["customer"]'))
bug("payments-webhook-keyerror-currency", "payments-api",
    pay_keyerror("currency", 67, 'currency = event["data"]["object"]["currency"].upper()'))


def pay_stripe(kind):
    def f():
        if kind == "card":
            last = f"stripe.error.CardError: Request req_{an(14)}: Your card was declined."
        else:
            last = f"stripe.error.RateLimitError: Request req_{an(14)}: Too many requests made to the API too quickly"
        return tb(f"[{py_ts()}] ERROR in charges: charge failed for customer cus_{an(14)} amount={n(100, 99999)}",
                  "Traceback (most recent call last):",
                  '  File "/app/payments/charges.py", line 122, in capture',
                  "    intent = stripe.PaymentIntent.confirm(intent_id, idempotency_key=key)",
                  '  File "/usr/local/lib/python3.11/site-packages/stripe/api_resources/abstract/custom_method.py", line 27, in custom_method_request',
                  "    return obj._request(",
                  '  File "/usr/local/lib/python3.11/site-packages/stripe/api_requestor.py", line 392, in handle_error_response',
                  "    raise err",
                  last)
    return f


bug("payments-stripe-card-declined", "payments-api", pay_stripe("card"))
bug("payments-stripe-rate-limited", "payments-api", pay_stripe("rate"))


def pay_boto(kind):
    def f():
        if kind == "kinesis":
            msg = (f"botocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException) when calling the PutRecords operation "
                   f"(reached max retries: 4): Rate exceeded for Shard - 123456789012/payments-events/shardId-{n(0, 7):012d}")
            code = ["  File \"/app/payments/events.py\", line 30, in publish",
                    "    resp = kinesis.put_records(StreamName=STREAM, Records=batch)"]
        else:
            msg = (f"botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the Decrypt operation: "
                   f"User: arn:aws:sts::123456789012:assumed-role/payments-task-role/{hx(32)} is not authorized to perform: kms:Decrypt on resource: "
                   f"arn:aws:kms:us-east-1:123456789012:key/6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b because no identity-based policy allows the kms:Decrypt action")
            code = ["  File \"/app/payments/secrets.py\", line 19, in decrypt_card_token",
                    "    return kms.decrypt(CiphertextBlob=blob)[\"Plaintext\"]"]
        return tb(f"[{py_ts()}] ERROR in worker: job {uid()} failed",
                  "Traceback (most recent call last):",
                  *code,
                  '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 553, in _api_call',
                  "    return self._make_api_call(operation_name, kwargs)",
                  '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 1009, in _make_api_call',
                  "    raise error_class(parsed_response, operation_name)",
                  msg)
    return f


bug("payments-kinesis-throughput", "payments-api", pay_boto("kinesis"))
bug("payments-kms-decrypt-denied", "payments-api", pay_boto("kms"))


# ================================================================ Python boto3 S3: media-worker
def s3_py(code, op, text):
    def f():
        t_ = tenant()
        key = f"uploads/{t_}/{iso_s()[:10].replace('-', '/')}/{hx(12)}.{choose('jpg', 'png', 'webp')}"
        call = {"PutObject": "s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType=ctype)",
                "GetObject": "obj = s3.get_object(Bucket=bucket, Key=key)",
                "DeleteObject": "s3.delete_object(Bucket=bucket, Key=key)"}[op]
        line = {"PutObject": 77, "GetObject": 52, "DeleteObject": 95}[op]
        fn = {"PutObject": "store_variant", "GetObject": "fetch_original", "DeleteObject": "purge_original"}[op]
        return tb(f"{py_ts()} ERROR [media.worker] processing {key} for tenant {t_} failed (task={uid()})",
                  "Traceback (most recent call last):",
                  '  File "/srv/media/worker.py", line 131, in run_task',
                  "    handler(task)",
                  f'  File "/srv/media/storage.py", line {line}, in {fn}',
                  f"    {call}",
                  '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 565, in _api_call',
                  "    return self._make_api_call(operation_name, kwargs)",
                  '  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 1021, in _make_api_call',
                  "    raise error_class(parsed_response, operation_name)",
                  f"botocore.exceptions.ClientError: An error occurred ({code}) when calling the {op} operation: {text}")
    return f


bug("media-s3-putobject-accessdenied", "media-worker", s3_py("AccessDenied", "PutObject", "Access Denied"))
bug("media-s3-getobject-accessdenied", "media-worker", s3_py("AccessDenied", "GetObject", "Access Denied"))
bug("media-s3-deleteobject-accessdenied", "media-worker", s3_py("AccessDenied", "DeleteObject", "Access Denied"))
bug("media-s3-getobject-nosuchkey", "media-worker", s3_py("NoSuchKey", "GetObject", "The specified key does not exist."))


def media_pil():
    return tb(f"{py_ts()} ERROR [media.worker] processing uploads/{tenant()}/{hx(12)}.{choose('jpg', 'png')} failed (task={uid()})",
              "Traceback (most recent call last):",
              '  File "/srv/media/worker.py", line 131, in run_task',
              "    handler(task)",
              '  File "/srv/media/thumbs.py", line 24, in make_thumbnail',
              "    img = Image.open(io.BytesIO(data))",
              '  File "/usr/local/lib/python3.12/site-packages/PIL/Image.py", line 3339, in open',
              "    raise UnidentifiedImageError(msg)",
              f"PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f{hx(10)}>")


bug("media-pil-unidentified-image", "media-worker", media_pil)


# ================================================================ Node.js: notifier
def node_errno(kind):
    def f():
        h = choose("10.0.3.14", "10.0.3.15", "10.0.3.16")
        if kind == "ECONNRESET":
            err = ["Error: read ECONNRESET",
                   "    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {",
                   "  errno: -104,", "  code: 'ECONNRESET',", "  syscall: 'read'", "}"]
        else:
            errno = {"ECONNREFUSED": -111, "ETIMEDOUT": -110}[kind]
            err = [f"Error: connect {kind} {h}:5672",
                   "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {",
                   f"  errno: {errno},", f"  code: '{kind}',", "  syscall: 'connect',",
                   f"  address: '{h}',", "  port: 5672", "}"]
        return tb(f"{iso_ms()} error [notifier] failed to publish notification {uid()} to exchange notifications.{choose('email', 'sms', 'push')}:",
                  *err)
    return f


for k in ("ECONNREFUSED", "ETIMEDOUT", "ECONNRESET"):
    bug(f"notifier-amqp-{k.lower()}", "notifier", node_errno(k))


def node_typeerror(prop, line, col):
    def f():
        return tb(f"{iso_ms()} error [notifier] template render failed for user {user()} (job {n(100000, 999999)})",
                  f"TypeError: Cannot read properties of undefined (reading '{prop}')",
                  f"    at buildPayload (/usr/src/app/dist/notify/email.js:{line}:{col})",
                  "    at renderEmail (/usr/src/app/dist/notify/email.js:88:22)",
                  "    at async Worker.handle (/usr/src/app/dist/queue/worker.js:57:9)")
    return f


bug("notifier-typeerror-reading-id", "notifier", node_typeerror("id", 42, 31))
bug("notifier-typeerror-reading-email", "notifier", node_typeerror("email", 44, 27))
bug("notifier-typeerror-reading-locale", "notifier", node_typeerror("locale", 47, 35))


def axios(status):
    def f():
        return tb(f"{iso_ms()} error [notifier] sms provider call failed for +1{n(2000000000, 9999999999)} (job {n(100000, 999999)})",
                  f"AxiosError: Request failed with status code {status}",
                  "    at settle (/usr/src/app/node_modules/axios/dist/node/axios.cjs:1966:12)",
                  "    at IncomingMessage.handleStreamEnd (/usr/src/app/node_modules/axios/dist/node/axios.cjs:3065:11)",
                  "    at IncomingMessage.emit (node:events:529:35)",
                  "    at endReadableNT (node:internal/streams/readable:1400:12)",
                  "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
                  "    at Axios.request (/usr/src/app/node_modules/axios/dist/node/axios.cjs:3876:41)",
                  "    at async SmsClient.send (/usr/src/app/dist/providers/sms.js:31:20)")
    return f


for s in (429, 502, 503):
    bug(f"notifier-sms-http-{s}", "notifier", axios(s))


def smtp():
    return tb(f"{iso_ms()} error [notifier] email delivery failed job={n(100000, 999999)}",
              f"Error: Can't send mail - all recipients were rejected: 550 5.1.1 <{email()}>: Recipient address rejected: User unknown in virtual mailbox table",
              "    at SMTPConnection._actionRCPT (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:1708:27)",
              "    at SMTPConnection.<anonymous> (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:1661:30)",
              "    at SMTPConnection._processResponse (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:969:20) {",
              "  code: 'EENVELOPE',", "  command: 'RCPT TO'", "}")


bug("notifier-smtp-recipient-rejected", "notifier", smtp, lo=4)


# ================================================================ AWS Lambda (Node + Python)
def lam_node(etype, emsg, stack):
    def f():
        st = [f"{etype}: {emsg}"] + stack
        body = json.dumps({"errorType": etype, "errorMessage": emsg, "stack": st}, separators=(",", ":"))
        return f"{iso_ms()}\t{uid()}\tERROR\tInvoke Error \t{body}"
    return f


LAMBDA_STACK = ["    at Runtime.handler (file:///var/task/index.mjs:{l}:{c})",
                "    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)"]


def lstack(l, c):
    return [LAMBDA_STACK[0].format(l=l, c=c), LAMBDA_STACK[1]]


bug("lambda-orders-webhook-typeerror-records", "orders-webhook",
    lam_node("TypeError", "Cannot read properties of undefined (reading 'Records')", lstack(12, 28)))
bug("lambda-orders-webhook-typeerror-body", "orders-webhook",
    lam_node("TypeError", "Cannot read properties of undefined (reading 'body')", lstack(19, 41)))


def lam_ddb(etype, emsg):
    def f():
        st = [f"{etype}: {emsg}",
              "    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)",
              "    at /var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:847:5",
              "    at de_CommandError (/var/runtime/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2231:14)",
              "    at async Runtime.handler (file:///var/task/index.mjs:58:5)"]
        body = {"errorType": etype, "errorMessage": emsg, "name": etype,
                "$fault": "client", "$metadata": {"httpStatusCode": 400, "requestId": an(52), "attempts": 1, "totalRetryDelay": 0},
                "stack": st}
        return f"{iso_ms()}\t{uid()}\tERROR\tInvoke Error \t{json.dumps(body, separators=(',', ':'))}"
    return f


bug("lambda-orders-webhook-ddb-conditional", "orders-webhook",
    lam_ddb("ConditionalCheckFailedException", "The conditional request failed"))
bug("lambda-orders-webhook-ddb-validation", "orders-webhook",
    lam_ddb("ValidationException", "One or more parameter values were invalid: Missing the key pk in the item"))


def lam_timeout():
    return f"{iso_ms()} {uid()} Task timed out after {choose('30.03', '30.02', '30.01')} seconds"


bug("lambda-orders-webhook-timeout", "orders-webhook", lam_timeout)


def lam_json(etype, emsg, stack, rid=True):
    def f():
        r = uid() if rid else ""
        body = {"timestamp": iso_ms(), "level": "ERROR",
                "message": {"errorMessage": emsg, "errorType": etype, "requestId": r, "stackTrace": stack}}
        if rid:
            body["requestId"] = r
        return json.dumps(body, separators=(",", ":"))
    return f


def lam_py_import(mod):
    return lam_json("Runtime.ImportModuleError", f"Unable to import module 'app': No module named '{mod}'", [], rid=False)


bug("lambda-report-import-requests", "report-exporter", lam_py_import("requests"))
bug("lambda-report-import-pydantic", "report-exporter", lam_py_import("pydantic_core._pydantic_core"))

lam_py_keyerror = lam_json("KeyError", "'queryStringParameters'", [
    '  File "/var/task/app.py", line 23, in lambda_handler\n    fmt = event["queryStringParameters"]["format"]\n'])


bug("lambda-report-keyerror-qs", "report-exporter", lam_py_keyerror)
bug("lambda-report-keyerror-body", "report-exporter", lam_json("KeyError", "'body'", [
    '  File "/var/task/app.py", line 31, in lambda_handler\n    spec = json.loads(event["body"])\n']))


def lam_py_logged():
    return (f"[ERROR]\t{iso_ms()}\t{uid()}\texport {uid()} for tenant {tenant()} failed: "
            f"An error occurred (ThrottlingException) when calling the StartQueryExecution operation (reached max retries: 4): Rate exceeded")


bug("lambda-report-athena-throttled", "report-exporter", lam_py_logged, lo=4)


# ================================================================ Go: inventory (panics, zap)
def go_http_panic(fn, file, line):
    def f():
        return tb(f"{nginx_ts()} http: panic serving {ip10()}:{eport()}: runtime error: invalid memory address or nil pointer dereference",
                  f"goroutine {n(1000, 99999)} [running]:",
                  "net/http.(*conn).serve.func1()",
                  "\t/usr/local/go/src/net/http/server.go:1868 +0xb9",
                  f"panic({{0x1b2e0a0?, 0x2d7c4f0?}})",
                  "\t/usr/local/go/src/runtime/panic.go:920 +0x270",
                  f"github.com/shop/inventory/internal/reserve.(*Service).{fn}(0xc000{hx(6)}, {{0x1f3c1e8, 0xc{hx(9)}}}, 0xc{hx(9)})",
                  f"\t/build/internal/reserve/{file}:{line} +0x{choose('1c4') if fn == 'Reserve' else '9e'}",
                  f"github.com/shop/inventory/internal/api.(*Handler).{fn.lower()}(0xc000{hx(6)}, {{0x1f3a0e0, 0xc{hx(9)}}}, 0xc{hx(9)})",
                  f"\t/build/internal/api/handlers.go:{88 if fn == 'Reserve' else 121} +0x2f1",
                  f"net/http.HandlerFunc.ServeHTTP(0x{hx(10)}?, {{0x1f3a0e0?, 0xc{hx(9)}?}}, 0x0?)",
                  "\t/usr/local/go/src/net/http/server.go:2136 +0x29")
    return f


bug("inventory-nilptr-reserve", "inventory", go_http_panic("Reserve", "service.go", 142))
bug("inventory-nilptr-release", "inventory", go_http_panic("Release", "service.go", 198))


def go_index_panic():
    l = n(0, 12)
    return tb(f"panic: runtime error: index out of range [{l}] with length {l}",
              "",
              f"goroutine {n(10, 900)} [running]:",
              f"github.com/shop/inventory/internal/sync.(*Batcher).flush(0xc{hx(9)})",
              "\t/build/internal/sync/batcher.go:77 +0x3a5",
              f"github.com/shop/inventory/internal/sync.(*Batcher).Run(0xc{hx(9)}, {{0x1f3c1e8, 0xc{hx(9)}}})",
              "\t/build/internal/sync/batcher.go:49 +0x12d",
              "created by main.main in goroutine 1",
              "\t/build/cmd/inventory/main.go:61 +0x4c5")


bug("inventory-batcher-index-oob", "inventory", go_index_panic)


def zap(caller, msg, **fields):
    def f():
        d = {"level": "error", "ts": float(epoch()), "caller": caller, "msg": msg}
        for k, v in fields.items():
            d[k] = v() if callable(v) else v
        d["stacktrace"] = f"main.run\n\t/build/cmd/{caller.split('/')[0]}/main.go:88\nruntime.main\n\t/usr/local/go/src/runtime/proc.go:267"
        return json.dumps(d, separators=(",", ":"))
    return f


def kerr(kind):
    return lambda: (f"kafka: client has run out of available brokers to talk to: dial tcp {choose('10.0.5.6', '10.0.5.7', '10.0.5.8')}:9092: "
                    + ("connect: connection refused" if kind == "refused" else "i/o timeout"))


bug("inventory-kafka-brokers-refused", "inventory",
    zap("consumer/consumer.go:88", "failed to start consumer group", group="inventory-sync", error=kerr("refused")))
bug("inventory-kafka-brokers-iotimeout", "inventory",
    zap("consumer/consumer.go:88", "failed to start consumer group", group="inventory-sync", error=kerr("timeout")))


def grpc_go(code_desc):
    return lambda: f"rpc error: code = {code_desc()}"


bug("inventory-grpc-pricing-unavailable", "inventory",
    zap("clients/pricing.go:63", "pricing lookup failed", sku=lambda: f"SKU-{n(10000, 99999)}", request_id=uid,
        error=lambda: f"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp {ip10()}:50051: connect: connection refused\""))
bug("inventory-grpc-pricing-deadline", "inventory",
    zap("clients/pricing.go:63", "pricing lookup failed", sku=lambda: f"SKU-{n(10000, 99999)}", request_id=uid,
        error=lambda: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
bug("inventory-grpc-pricing-resource-exhausted", "inventory",
    zap("clients/pricing.go:63", "pricing lookup failed", sku=lambda: f"SKU-{n(10000, 99999)}", request_id=uid,
        error=lambda: f"rpc error: code = ResourceExhausted desc = grpc: received message larger than max ({n(4194305, 9000000)} vs. 4194304)"))


def sqlstate_zap(code):
    return zap("ledger/tx.go:77", "transaction retries exhausted", account_id=lambda: f"acc_{an(16).lower()}",
               attempts=5, sqlstate=code, trace_id=tid)


for c in ("40001", "40P01", "55P03"):
    bug(f"ledger-tx-sqlstate-{c}", "ledger", sqlstate_zap(c))


def ledger_pgx_unique(con):
    return zap("ledger/postings.go:142", "insert posting failed", account_id=lambda: f"acc_{an(16).lower()}",
               error=lambda: f'ERROR: duplicate key value violates unique constraint "{con}" (SQLSTATE 23505)')


bug("ledger-posting-duplicate-idempotency", "ledger", ledger_pgx_unique("postings_idempotency_key_key"))
bug("ledger-posting-duplicate-account-seq", "ledger", ledger_pgx_unique("postings_account_id_seq_key"))


# ================================================================ Go logrus: api-gateway (dependency family + true digit-free vars)
def logrus(msg_fn, extra=""):
    def f():
        return (f'time="{iso_s()}" level=error msg="{msg_fn()}" pod={pod("api-gateway")} '
                f'request_id={uid()}{extra}')
    return f


for dep in ("payments-db", "auth-service", "inventory-cache"):
    bug(f"gateway-wait-timeout-{dep}", "api-gateway",
        logrus(lambda dep=dep: f"readiness check failed: timed out waiting for {dep} after {choose('5s', '5s', '5.001s')}"), lo=3)

bug("gateway-permission-denied-role", "api-gateway",
    logrus(lambda: f"permission denied: user {user()} lacks role billing-admin on tenant {tenant()}"), count=7)
bug("gateway-jwt-expired", "api-gateway",
    logrus(lambda: f"token validation failed for user {user()}: token is expired by {n(1, 59)}m{n(0, 59)}s"), count=6)
bug("gateway-jwt-bad-signature", "api-gateway",
    logrus(lambda: f"token validation failed for user {user()}: signature is invalid"), count=5)
bug("gateway-upstream-tenant-resolve", "api-gateway",
    logrus(lambda: f"proxy error: dial tcp: lookup {tenant()}.tenants.svc.cluster.local on 172.20.0.10:53: no such host"), count=5)


# ================================================================ .NET: billing
def serilog(msg):
    d = t()
    return f"[{d.strftime('%Y-%m-%d %H:%M:%S.')}{ms(d)} +00:00 ERR] {msg}"


def dotnet_npgsql(kind):
    def f():
        if kind == "timeout":
            inner = [" ---> Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
                     " ---> System.TimeoutException: Timeout during reading attempt",
                     "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)"]
        else:
            inner = [" ---> Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
                     " ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.",
                     " ---> System.Net.Sockets.SocketException (104): Connection reset by peer",
                     "   at System.Net.Sockets.NetworkStream.Read(Span`1 buffer)",
                     "   --- End of inner exception stack trace ---",
                     "   at System.Net.Sockets.NetworkStream.Read(Span`1 buffer)",
                     "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)"]
        return tb(serilog(f'Invoice run {n(1000, 9999)} failed for tenant "{tenant()}" {{"TraceId": "{tid()}"}}'),
                  "System.InvalidOperationException: An exception has been raised that is likely due to a transient failure.",
                  *inner,
                  "   --- End of inner exception stack trace ---",
                  "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrefixedMessage)",
                  "   --- End of inner exception stack trace ---",
                  "   at Microsoft.EntityFrameworkCore.Storage.ExecutionStrategy.ExecuteAsync[TState,TResult](TState state, Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)",
                  "   at Billing.Api.Services.InvoiceRunner.RunAsync(Int32 runId, CancellationToken ct) in /src/Billing.Api/Services/InvoiceRunner.cs:line 64")
    return f


bug("billing-npgsql-read-timeout", "billing", dotnet_npgsql("timeout"))
bug("billing-npgsql-conn-reset", "billing", dotnet_npgsql("reset"))


def dotnet_nre(frame):
    def f():
        return tb("fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]",
                  "      An unhandled exception has occurred while executing the request.",
                  "      System.NullReferenceException: Object reference not set to an instance of an object.",
                  *["         " + x for x in frame],
                  "         at Billing.Api.Controllers.InvoicesController.Create(CreateInvoiceRequest request) in /src/Billing.Api/Controllers/InvoicesController.cs:line 57",
                  f"         at lambda_method{n(10, 400)}(Closure , Object , Object[] )",
                  "         at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.SyncActionResultExecutor.Execute(IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)")
    return f


bug("billing-nre-invoice-buildlines", "billing", dotnet_nre([
    "at Billing.Api.Services.InvoiceService.BuildLines(Invoice invoice) in /src/Billing.Api/Services/InvoiceService.cs:line 142"]))
bug("billing-nre-tax-compute", "billing", dotnet_nre([
    "at Billing.Api.Services.TaxService.Compute(InvoiceLine line, String region) in /src/Billing.Api/Services/TaxService.cs:line 33",
    "at Billing.Api.Services.InvoiceService.BuildLines(Invoice invoice) in /src/Billing.Api/Services/InvoiceService.cs:line 150"]))


def dotnet_http(status):
    def f():
        return tb(serilog(f'Tax lookup failed for invoice INV-2024-{n(1, 99999):06d} region "{choose("US-CA", "US-NY", "DE", "FR", "GB")}" {{"TraceId": "{tid()}"}}'),
                  f"System.Net.Http.HttpRequestException: Response status code does not indicate success: {status}.",
                  "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                  "   at Billing.Api.Clients.TaxClient.GetRateAsync(String region, CancellationToken ct) in /src/Billing.Api/Clients/TaxClient.cs:line 38",
                  "   at Billing.Api.Services.TaxService.ComputeAsync(InvoiceLine line, String region) in /src/Billing.Api/Services/TaxService.cs:line 51")
    return f


bug("billing-tax-http-503", "billing", dotnet_http("503 (Service Unavailable)"))
bug("billing-tax-http-404", "billing", dotnet_http("404 (Not Found)"))
bug("billing-tax-http-401", "billing", dotnet_http("401 (Unauthorized)"))


def dotnet_ef(inner):
    def f():
        return tb(serilog(f'Saving invoice failed {{"InvoiceId": "{uid()}", "TraceId": "{tid()}"}}'),
                  "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
                  f" ---> Npgsql.PostgresException (0x80004005): {inner}",
                  "",
                  "DETAIL: Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information.",
                  "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrefixedMessage)",
                  "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
                  "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
                  "   --- End of inner exception stack trace ---",
                  "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
                  "   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
                  "   at Billing.Api.Services.InvoiceService.SaveAsync(Invoice invoice) in /src/Billing.Api/Services/InvoiceService.cs:line 201")
    return f


bug("billing-ef-unique-invoice-number", "billing", dotnet_ef('23505: duplicate key value violates unique constraint "IX_Invoices_Number"'))
bug("billing-ef-unique-customer-email", "billing", dotnet_ef('23505: duplicate key value violates unique constraint "IX_Customers_Email"'))
bug("billing-ef-fk-invoicelines", "billing", dotnet_ef('23503: insert or update on table "InvoiceLines" violates foreign key constraint "FK_InvoiceLines_Invoices_InvoiceId"'))


# ================================================================ Java AWS SDK v2 + gRPC + Kafka: orders-service
def ord_prefix(cls, msg):
    return f"{spring_ts()} ERROR [orders-service,{hx(16)},{hx(16)}] 1 --- [{choose('sqs-listener', 'task')}-{n(1, 32)}] {cls} : {msg}"


def aws_java(exc, text, svc, status, extra=""):
    def f():
        return tb(ord_prefix("c.s.orders.store.OrderRepository", f"write failed for order {uid()}"),
                  f"{exc}: {text} (Service: {svc}, Status Code: {status}, Request ID: {an(52) if svc == 'DynamoDb' else an(16)}{extra})",
                  "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
                  "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleResponse(CombinedResponseHandler.java:82)",
                  "\tat software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.putItem(DefaultDynamoDbClient.java:4242)" if svc == "DynamoDb"
                  else "\tat software.amazon.awssdk.services.s3.DefaultS3Client.getObject(DefaultS3Client.java:5316)",
                  "\tat com.shop.orders.store.OrderRepository.save(OrderRepository.java:94)" if svc == "DynamoDb"
                  else "\tat com.shop.orders.store.InvoiceArchive.load(InvoiceArchive.java:41)",
                  "\tat com.shop.orders.service.OrderService.process(OrderService.java:133)")
    return f


bug("orders-ddb-conditional-failed", "orders-service",
    aws_java("software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException", "The conditional request failed", "DynamoDb", 400))
bug("orders-ddb-throughput-exceeded", "orders-service",
    aws_java("software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException",
             "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", "DynamoDb", 400))
bug("orders-s3-accessdenied", "orders-service",
    aws_java("software.amazon.awssdk.services.s3.model.S3Exception", "Access Denied", "S3", 403, extra=f", Extended Request ID: {b64(76)}"))
bug("orders-s3-nosuchkey", "orders-service",
    aws_java("software.amazon.awssdk.services.s3.model.NoSuchKeyException", "The specified key does not exist.", "S3", 404, extra=f", Extended Request ID: {b64(76)}"))


def sdk_client(kind):
    def f():
        if kind == "connect":
            m = f"Unable to execute HTTP request: Connect to sqs.us-east-1.amazonaws.com:443 [sqs.us-east-1.amazonaws.com/{pubip()}] failed: connect timed out"
        else:
            m = ("Unable to execute HTTP request: Acquire operation took longer than the configured maximum time. This indicates that a request "
                 "cannot get a connection from the pool within the specified maximum time. This can be due to high request rate.")
        return tb(ord_prefix("c.s.orders.events.OrderEventPublisher", f"publish failed for order {uid()}"),
                  f"software.amazon.awssdk.core.exception.SdkClientException: {m}",
                  "\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)",
                  "\tat software.amazon.awssdk.core.exception.SdkClientException.create(SdkClientException.java:47)",
                  "\tat software.amazon.awssdk.services.sqs.DefaultSqsClient.sendMessage(DefaultSqsClient.java:2512)",
                  "\tat com.shop.orders.events.OrderEventPublisher.publish(OrderEventPublisher.java:52)")
    return f


bug("orders-sqs-connect-timeout", "orders-service", sdk_client("connect"))
bug("orders-sqs-pool-acquire-timeout", "orders-service", sdk_client("acquire"))


def grpc_java(status):
    def f():
        if status == "UNAVAILABLE":
            s = "UNAVAILABLE: io exception"
            cause = [f"Caused by: io.grpc.netty.shaded.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: fraud-scoring.prod.svc.cluster.local/{ip10()}:50051",
                     "Caused by: java.net.ConnectException: Connection refused",
                     "\t... 11 common frames omitted"]
        else:
            s = (f"DEADLINE_EXCEEDED: deadline exceeded after 1.99{n(1000000, 9999999)}s. [closed=[], open=[[buffered_nanos={n(100000, 999999)}, "
                 f"remote_addr=fraud-scoring.prod.svc.cluster.local/{ip10()}:50051]]]")
            cause = []
        return tb(ord_prefix("c.s.orders.fraud.FraudClient", f"fraud scoring failed for order {uid()}"),
                  f"io.grpc.StatusRuntimeException: {s}",
                  "\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)",
                  "\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)",
                  "\tat io.grpc.stub.ClientCalls.blockingUnaryCall(ClientCalls.java:167)",
                  "\tat com.shop.fraud.v1.FraudScoringGrpc$FraudScoringBlockingStub.score(FraudScoringGrpc.java:211)",
                  "\tat com.shop.orders.fraud.FraudClient.score(FraudClient.java:39)",
                  *cause)
    return f


bug("orders-grpc-fraud-unavailable", "orders-service", grpc_java("UNAVAILABLE"))
bug("orders-grpc-fraud-deadline", "orders-service", grpc_java("DEADLINE_EXCEEDED"))


def kafka_expiring():
    return tb(ord_prefix("o.s.kafka.support.LoggingProducerListener", f"Exception thrown when sending a message with key='{uid()}' and payload='OrderCreated(orderId={uid()}, ...)' to topic orders-events:"),
              f"org.apache.kafka.common.errors.TimeoutException: Expiring {n(1, 40)} record(s) for orders-events-{n(0, 11)}:{n(120000, 120999)} ms has passed since batch creation")


bug("orders-kafka-expiring-records", "orders-service", kafka_expiring)


def kafka_produce_err(code):
    def f():
        return (f"{spring_ts()} WARN  [orders-service,,] 1 --- [ad | producer-1] o.a.k.c.p.internals.Sender : "
                f"[Producer clientId=producer-1] Got error produce response with correlation id {n(10000, 999999)} on topic-partition "
                f"orders-events-{n(0, 11)}, retrying ({2147483647 - n(1, 5)} attempts left). Error: {code}")
    return f


bug("orders-kafka-produce-not-leader", "orders-service", kafka_produce_err("NOT_LEADER_OR_FOLLOWER"))
bug("orders-kafka-produce-request-timeout", "orders-service", kafka_produce_err("REQUEST_TIMED_OUT"))


def kafka_commit():
    return tb(f"{spring_ts()} ERROR [orders-consumer,,] 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer : Consumer exception",
              "org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.",
              "\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.sendOffsetCommitRequest(ConsumerCoordinator.java:1351)",
              "\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.commitOffsetsSync(ConsumerCoordinator.java:1188)",
              "\tat org.apache.kafka.clients.consumer.KafkaConsumer.commitSync(KafkaConsumer.java:1518)")


bug("orders-kafka-commit-failed", "orders-service", kafka_commit)


# ================================================================ Java: catalog (MySQL, Lettuce)
def catalog_mysql(msg):
    def f():
        return tb(f"{spring_ts()} ERROR 7 --- [http-nio-8080-exec-{n(1, 50)}] c.s.catalog.repo.StockRepository : stock update failed sku=SKU-{n(10000, 99999)} warehouse={choose('ams', 'fra', 'iad', 'sfo', 'sin')}",
                  f"org.springframework.dao.CannotAcquireLockException: PreparedStatementCallback; SQL [UPDATE stock SET qty = qty - ? WHERE sku = ? AND warehouse = ?]; {msg}; nested exception is com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: {msg}",
                  "\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:267)",
                  "\tat org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1008)",
                  "\tat com.shop.catalog.repo.StockRepository.decrement(StockRepository.java:58)",
                  f"Caused by: com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: {msg}",
                  "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:123)",
                  "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeUpdateInternal(ClientPreparedStatement.java:1061)",
                  f"\t... {n(90, 90)} common frames omitted")
    return f


bug("catalog-mysql-deadlock", "catalog", catalog_mysql("Deadlock found when trying to get lock; try restarting transaction"))
bug("catalog-mysql-lock-wait-timeout", "catalog", catalog_mysql("Lock wait timeout exceeded; try restarting transaction"))


def lettuce():
    return tb(f"{spring_ts()} ERROR 7 --- [http-nio-8080-exec-{n(1, 50)}] c.s.catalog.cache.ProductCache : cache read failed for product {n(100000, 999999)}",
              "org.springframework.dao.QueryTimeoutException: Redis command timed out; nested exception is io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 second(s)",
              "\tat org.springframework.data.redis.connection.lettuce.LettuceExceptionConverter.convert(LettuceExceptionConverter.java:70)",
              "\tat com.shop.catalog.cache.ProductCache.get(ProductCache.java:44)",
              "Caused by: io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 second(s)",
              "\tat io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:59)")


bug("catalog-redis-command-timeout", "catalog", lettuce)


def catalog_validation():
    return tb(f"{spring_ts()} WARN 7 --- [http-nio-8080-exec-{n(1, 50)}] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.http.converter.HttpMessageNotReadableException: "
              f"JSON parse error: Cannot deserialize value of type `java.math.BigDecimal` from String \"{choose('12,99', 'N/A', 'free', '9.99 EUR', '')}\": not a valid representation]")


bug("catalog-json-bigdecimal-parse", "catalog", catalog_validation)


# ================================================================ Go SDK v2: exporter
def go_s3(op, status, api):
    def f():
        t_ = tenant()
        return (f'time="{iso_s()}" level=error msg="export failed" tenant={t_} export_id={uid()} '
                f'error="operation error S3: {op}, https response error StatusCode: {status}, RequestID: {an(16)}, '
                f'HostID: {b64(76)}, {api}"')
    return f


bug("exporter-s3-getobject-404", "exporter", go_s3("GetObject", 404, "NoSuchKey: "))
bug("exporter-s3-headobject-404", "exporter", go_s3("HeadObject", 404, "api error NotFound: Not Found"))
bug("exporter-s3-putobject-403", "exporter", go_s3("PutObject", 403, "api error AccessDenied: Access Denied"))


def go_sqs():
    t_ = tenant()
    return (f'time="{iso_s()}" level=error msg="poll failed" queue=exports-{t_} '
            f'error="operation error SQS: ReceiveMessage, https response error StatusCode: 400, RequestID: {uid()}, '
            f'api error AWS.SimpleQueueService.NonExistentQueue: The specified queue does not exist for this wsdl version."')


bug("exporter-sqs-nonexistent-queue", "exporter", go_sqs, count=6)


# ================================================================ Postgres server log
class PG:
    """One Postgres event: every line shares the timestamp and backend pid."""
    def __init__(self, userdb="app@orders"):
        self.ts, self.pid, self.userdb = spring_ts(), n(1000, 99999), userdb

    def __call__(self, sev):
        return f"{self.ts} UTC [{self.pid}] {self.userdb} {sev}:  "


def pg_prefix(sev, userdb="app@orders"):
    return PG(userdb)(sev)


def pg_deadlock():
    pre = PG()
    p1, p2 = pre.pid, n(1000, 99999)
    return tb(pre("ERROR") + "deadlock detected",
              pre("DETAIL") + f"Process {p1} waits for ShareLock on transaction {n(10**6, 10**8)}; blocked by process {p2}.",
              f"\tProcess {p2} waits for ShareLock on transaction {n(10**6, 10**8)}; blocked by process {p1}.",
              f"\tProcess {p1}: UPDATE order_items SET status = $1 WHERE order_id = $2",
              f"\tProcess {p2}: UPDATE order_items SET status = $1 WHERE order_id = $2",
              pre("HINT") + "See server log for query details.",
              pre("CONTEXT") + f"while updating tuple ({n(0, 9999)},{n(1, 60)}) in relation \"order_items\"",
              pre("STATEMENT") + "UPDATE order_items SET status = $1 WHERE order_id = $2")


bug("pg-deadlock-order-items", "postgres-orders", pg_deadlock)


def pg_unique(con, key):
    def f():
        v = key()
        pg_prefix = PG()
        col = "id" if con == "orders_pkey" else "email"
        tbl = "orders" if con == "orders_pkey" else "users"
        return tb(pg_prefix("ERROR") + f'duplicate key value violates unique constraint "{con}"',
                  pg_prefix("DETAIL") + f"Key ({col})=({v}) already exists.",
                  pg_prefix("STATEMENT") + f"INSERT INTO {tbl} ({col}, created_at) VALUES ($1, $2)")
    return f


bug("pg-unique-orders-pkey", "postgres-orders", pg_unique("orders_pkey", lambda: n(100000, 9999999)))
bug("pg-unique-users-email", "postgres-orders", pg_unique("users_email_key", email), lo=3)


def pg_fatal(msg):
    return lambda: pg_prefix("FATAL") + msg


bug("pg-too-many-clients", "postgres-orders", pg_fatal("sorry, too many clients already"))
bug("pg-reserved-slots", "postgres-orders", pg_fatal("remaining connection slots are reserved for non-replication superuser connections"))


def pg_password():
    u = user()  # humans connecting with psql and a mistyped password
    pre = PG(f"{u}@orders")
    return tb(pre("FATAL") + f'password authentication failed for user "{u}"',
              pre("DETAIL") + 'Connection matched pg_hba.conf line 99: "host all all 0.0.0.0/0 scram-sha-256"')


bug("pg-password-auth-failed", "postgres-orders", pg_password, count=6)


def pg_cancel(why):
    def f():
        pg_prefix = PG()
        return tb(pg_prefix("ERROR") + f"canceling statement due to {why}",
                  pg_prefix("STATEMENT") + f"SELECT o.* FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.tenant_id = $1 AND o.created_at > $2 ORDER BY o.created_at DESC LIMIT {choose(50, 100, 500)}")
    return f


for w in ("statement timeout", "lock timeout", "user request"):
    bug(f"pg-cancel-{w.replace(' ', '-')}", "postgres-orders", pg_cancel(w))


# ================================================================ MySQL server
def mysql_aborted(why):
    def f():
        cid = n(10000, 999999)
        return (f"{iso_us()} {cid} [Note] [MY-010914] [Server] Aborted connection {cid} to db: 'shop' user: "
                f"'{choose('app', 'app', 'catalog_ro')}' host: '{ip10()}' ({why}).")
    return f


bug("mysql-aborted-error-reading", "mysql-shop", mysql_aborted("Got an error reading communication packets"))
bug("mysql-aborted-timeout-reading", "mysql-shop", mysql_aborted("Got timeout reading communication packets"))


def mysql_resolve():
    return f"{iso_us()} {n(10, 9999)} [Warning] [MY-010055] [Server] IP address '{ip10()}' could not be resolved: Name or service not known"


bug("mysql-ip-not-resolved", "mysql-shop", mysql_resolve)


def mysql_tmp():
    return f"{iso_us()} {n(10, 9999)} [ERROR] [MY-013132] [Server] The table '/tmp/#sql{hx(4)}_{hx(3)}_{n(0, 9)}' is full!"


bug("mysql-tmp-table-full", "mysql-shop", mysql_tmp)


# ================================================================ nginx
NGINX_PATHS = ["/api/v1/orders/{i}", "/api/v1/cart", "/api/v1/checkout", "/api/v1/products/{i}", "/api/v1/users/{i}/addresses"]


def nginx_err(kind):
    def f():
        pid = n(20, 60)
        path = R.choice(NGINX_PATHS).format(i=n(1000, 999999))
        meth = "POST" if path.endswith(("checkout", "cart")) else "GET"
        up = f"10.0.3.{n(10, 40)}:8080"
        msg = {"timeout": "upstream timed out (110: Connection timed out) while reading response header from upstream",
               "timeout-connect": "upstream timed out (110: Connection timed out) while connecting to upstream",
               "refused": "connect() failed (111: Connection refused) while connecting to upstream",
               "reset": "recv() failed (104: Connection reset by peer) while reading response header from upstream",
               "prematurely": "upstream prematurely closed connection while reading response header from upstream"}[kind]
        return (f"{nginx_ts()} [error] {pid}#{pid}: *{n(1000, 9999999)} {msg}, client: {pubip()}, server: *.shop.example.com, "
                f'request: "{meth} {path} HTTP/1.1", upstream: "http://{up}{path}", host: "{tenant()}.shop.example.com"')
    return f


for k in ("timeout", "timeout-connect", "refused", "reset", "prematurely"):
    bug(f"nginx-upstream-{k}", "edge-nginx", nginx_err(k), lo=3)


def nginx_nolive():
    pid = n(20, 60)
    path = R.choice(NGINX_PATHS).format(i=n(1000, 999999))
    return (f"{nginx_ts()} [error] {pid}#{pid}: *{n(1000, 9999999)} no live upstreams while connecting to upstream, client: {pubip()}, "
            f'server: *.shop.example.com, request: "GET {path} HTTP/1.1", upstream: "http://shop_backend{path}", host: "{tenant()}.shop.example.com"')


bug("nginx-no-live-upstreams", "edge-nginx", nginx_nolive)


def nginx_open():
    pid = n(20, 60)
    asset = choose(f"/static/js/main.{hx(8)}.js", f"/static/css/app.{hx(8)}.css", f"/static/js/vendor.{hx(8)}.chunk.js")
    return (f'{nginx_ts()} [error] {pid}#{pid}: *{n(1000, 9999999)} open() "/usr/share/nginx/html{asset}" failed (2: No such file or directory), '
            f'client: {pubip()}, server: *.shop.example.com, request: "GET {asset} HTTP/1.1", host: "{tenant()}.shop.example.com", '
            f'referrer: "https://{tenant()}.shop.example.com/"')


bug("nginx-static-asset-missing", "edge-nginx", nginx_open)


def nginx_body():
    pid = n(20, 60)
    return (f"{nginx_ts()} [error] {pid}#{pid}: *{n(1000, 9999999)} client intended to send too large body: {n(10485761, 90000000)} bytes, "
            f'client: {pubip()}, server: *.shop.example.com, request: "POST /api/v1/uploads HTTP/1.1", host: "{tenant()}.shop.example.com"')


bug("nginx-body-too-large", "edge-nginx", nginx_body)


# ================================================================ Envoy access log
ENVOY_ROUTES = [("GET", "/api/v1/users/{i}"), ("GET", "/api/v1/users/{i}/preferences"), ("POST", "/api/v1/users/{i}/sessions")]


def envoy(code, flags):
    def f():
        m, p = R.choice(ENVOY_ROUTES)
        p = p.format(i=n(1000, 999999))
        dur = {"UF": n(0, 5), "UH": 0, "UT": 15000 + n(0, 3), "DC": n(100, 9000)}[flags]
        upstream = "-" if flags == "UH" else f'"{ip10()}:8080"'
        return (f'[{iso_ms()}] "{m} {p} HTTP/1.1" {code} {flags} {n(0, 400)} {n(19, 120) if code else 0} {dur} - '
                f'"{ip10()}" "{choose("okhttp/4.12.0", "Go-http-client/1.1", "python-requests/2.31.0")}" "{uid()}" '
                f'"users.prod.svc.cluster.local:8080" {upstream}')
    return f


bug("envoy-users-503-UF", "mesh-sidecar", envoy(503, "UF"))
bug("envoy-users-503-UH", "mesh-sidecar", envoy(503, "UH"))
bug("envoy-users-504-UT", "mesh-sidecar", envoy(504, "UT"))
bug("envoy-users-0-DC", "mesh-sidecar", envoy(0, "DC"))


# ================================================================ HAProxy
def haproxy_req(status, term):
    def f():
        d = t()
        tw = {"SC--": f"0/0/-1/-1/{n(0, 3)}", "sH--": f"0/0/{n(0, 2)}/-1/{30000 + n(0, 5)}", "CD--": f"0/0/0/{n(5, 90)}/{n(100, 9000)}"}[term]
        return (f"{syslog_ts()} lb{n(1, 3)} haproxy[{n(1000, 9999)}]: {pubip()}:{eport()} [{clf_ts()}] fe_https~ be_api/api-{n(1, 6)} "
                f"{tw} {status} {n(0, 400)} - - {term} {n(1, 900)}/{n(1, 900)}/{n(0, 40)}/{n(0, 10)}/0 0/0 "
                f'"{choose("GET", "POST")} /api/v1/{choose("orders", "cart", "search")}?page={n(1, 9)} HTTP/1.1"')
    return f


bug("haproxy-503-SC", "haproxy-lb", haproxy_req(503, "SC--"))
bug("haproxy-504-sH", "haproxy-lb", haproxy_req(504, "sH--"))
bug("haproxy-CD-client-disconnect", "haproxy-lb", haproxy_req(-1, "CD--"))


def haproxy_down(reason):
    def f():
        left = n(0, 4)
        return (f"{syslog_ts()} lb{n(1, 3)} haproxy[{n(1000, 9999)}]: Server be_api/api-{n(1, 6)} is DOWN, reason: {reason()}, "
                f"{left} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    return f


bug("haproxy-down-l4-refused", "haproxy-lb", haproxy_down(lambda: 'Layer4 connection problem, info: "Connection refused", check duration: 0ms'))
bug("haproxy-down-l4-timeout", "haproxy-lb", haproxy_down(lambda: f"Layer4 timeout, check duration: {2000 + n(0, 3)}ms"))
bug("haproxy-down-l7-500", "haproxy-lb", haproxy_down(lambda: f'Layer7 wrong status, code: 500, info: "Internal Server Error", check duration: {n(2, 60)}ms'))


# ================================================================ Kubernetes events
def kev(kind, obj, reason, msg):
    return f"{iso_s()}  {kind}  {reason}  {obj}  {msg}"


def k8s_backoff(dep):
    def f():
        p = pod(dep)
        return kev("Warning", f"pod/{p}", "BackOff", f"Back-off restarting failed container {dep} in pod {p}_prod({uid()})")
    return f


bug("k8s-backoff-checkout", "k8s-events", k8s_backoff("checkout"))
bug("k8s-backoff-search", "k8s-events", k8s_backoff("search"))


def k8s_sched(res):
    def f():
        p = pod("reports-runner")
        tot = n(10, 14)
        return kev("Warning", f"pod/{p}", "FailedScheduling",
                   f"0/{tot} nodes are available: {tot - 3} Insufficient {res}, 3 node(s) had untolerated taint {{node-role.kubernetes.io/control-plane: }}. "
                   f"preemption: 0/{tot} nodes are available: 3 Preemption is not helpful for scheduling, {tot - 3} No preemption victims found for incoming pod.")
    return f


bug("k8s-sched-insufficient-cpu", "k8s-events", k8s_sched("cpu"))
bug("k8s-sched-insufficient-memory", "k8s-events", k8s_sched("memory"))


def k8s_pull(kind):
    def f():
        p = pod("search")
        img = f"123456789012.dkr.ecr.us-east-1.amazonaws.com/search:v1.{n(10, 40)}.{n(0, 9)}"
        if kind == "notfound":
            m = (f'Failed to pull image "{img}": rpc error: code = NotFound desc = failed to pull and unpack image "{img}": '
                 f'failed to resolve reference "{img}": {img}: not found')
        else:
            m = (f'Failed to pull image "{img}": rpc error: code = Unknown desc = failed to pull and unpack image "{img}": '
                 f'failed to resolve reference "{img}": pull access denied, repository does not exist or may require authorization: '
                 f'authorization failed: no basic auth credentials')
        return kev("Warning", f"pod/{p}", "Failed", m)
    return f


bug("k8s-pull-notfound", "k8s-events", k8s_pull("notfound"))
bug("k8s-pull-unauthorized", "k8s-events", k8s_pull("auth"))


def k8s_probe(which, path):
    def f():
        p = pod("search")
        return kev("Warning", f"pod/{p}", "Unhealthy",
                   f'{which} probe failed: Get "http://{ip10()}:8080/{path}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)')
    return f


bug("k8s-liveness-timeout-search", "k8s-events", k8s_probe("Liveness", "healthz"))
bug("k8s-readiness-timeout-search", "k8s-events", k8s_probe("Readiness", "readyz"))


def k8s_oom():
    return kev("Warning", f"node/{ec2()}", "OOMKilling",
               f"Memory cgroup out of memory: Killed process {n(1000, 99999)} (java) total-vm:{n(4000000, 9000000)}kB, "
               f"anon-rss:{n(2000000, 4000000)}kB, file-rss:{n(10000, 40000)}kB, shmem-rss:0kB, UID:1000 pgtables:{n(5000, 9000)}kB oom_score_adj:{choose(936, 969, 999)}")


bug("k8s-oomkilling-java", "k8s-events", k8s_oom)


def k8s_hpa():
    return kev("Warning", "horizontalpodautoscaler/checkout", "FailedGetResourceMetric",
               f"failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API")


bug("k8s-hpa-no-metrics", "k8s-events", k8s_hpa, count=3)


# ================================================================ Redis (client + server)
def redis_py(kind):
    def f():
        if kind == "refused":
            last = "redis.exceptions.ConnectionError: Error 111 connecting to sessions-redis.internal:6379. Connection refused."
        elif kind == "timedout":
            last = "redis.exceptions.ConnectionError: Error 110 connecting to sessions-redis.internal:6379. Connection timed out."
        else:
            last = "redis.exceptions.TimeoutError: Timeout reading from socket"
        return tb(f"{py_ts()} ERROR sessions.store session lookup failed sid={hx(32)} user={user()}",
                  "Traceback (most recent call last):",
                  '  File "/srv/sessions/store.py", line 58, in load',
                  "    raw = self.r.get(f\"sess:{sid}\")",
                  '  File "/usr/local/lib/python3.11/site-packages/redis/commands/core.py", line 1829, in get',
                  '    return self.execute_command("GET", name)',
                  '  File "/usr/local/lib/python3.11/site-packages/redis/client.py", line 536, in execute_command',
                  "    return conn.retry.call_with_retry(",
                  last)
    return f


bug("sessions-redis-refused", "sessions", redis_py("refused"))
bug("sessions-redis-timedout", "sessions", redis_py("timedout"))
bug("sessions-redis-read-timeout", "sessions", redis_py("read"))


def redis_oom():
    return tb(f"{py_ts()} ERROR sessions.store session save failed sid={hx(32)} user={user()}",
              "Traceback (most recent call last):",
              '  File "/srv/sessions/store.py", line 71, in save',
              "    self.r.setex(f\"sess:{sid}\", ttl, payload)",
              "redis.exceptions.ResponseError: OOM command not allowed when used memory > 'maxmemory'.")


bug("sessions-redis-oom", "sessions", redis_oom)


def redis_srv(msg):
    return lambda: f"{n(1, 9)}:M {redis_ts()} # {msg}"


bug("redis-server-bgsave-fork", "redis-server", redis_srv("Can't save in background: fork: Cannot allocate memory"))
bug("redis-server-bgsave-error", "redis-server", redis_srv("Background saving error"))


# ================================================================ librdkafka: events-producer
def rdkafka(kind):
    def f():
        b = n(1, 3)
        br = f"sasl_ssl://b-{b}.msk-prod.x7k2pq.c2.kafka.us-east-1.amazonaws.com:9096/{b}"
        tail = {"refused": f"Connect to ipv4#{ip10()}:9096 failed: Connection refused (after {n(0, 3)}ms in state CONNECT)",
                "timedout": f"Connect to ipv4#{ip10()}:9096 failed: Connection timed out (after {30000 + n(0, 40)}ms in state CONNECT)",
                "sasl": f"SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (after {n(200, 400)}ms in state AUTH_REQ)"}[kind]
        return f"%3|{epoch()[:14]}|FAIL|rdkafka#producer-1| [thrd:{br}]: {br}: {tail}"
    return f


for k in ("refused", "timedout", "sasl"):
    bug(f"rdkafka-broker-{k}", "events-producer", rdkafka(k))


# ================================================================ Python gRPC: recommender
def py_grpc(code, num, details):
    def f():
        return tb(f"{py_ts()} ERROR recommender.api recommendations failed for user {user()} (request {uid()})",
                  "Traceback (most recent call last):",
                  '  File "/app/recommender/api.py", line 77, in recommend',
                  "    resp = stub.Rank(req, timeout=0.5)",
                  '  File "/usr/local/lib/python3.11/site-packages/grpc/_channel.py", line 1176, in __call__',
                  "    return _end_unary_response_blocking(state, call, False, None)",
                  '  File "/usr/local/lib/python3.11/site-packages/grpc/_channel.py", line 1005, in _end_unary_response_blocking',
                  "    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable",
                  "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:",
                  f"\tstatus = StatusCode.{code}",
                  f'\tdetails = "{details()}"',
                  f'\tdebug_error_string = "UNKNOWN:Error received from peer  {{created_time:"{iso_ms()[:-1]}+00:00", grpc_status:{num}, grpc_message:"{details()}"}}"',
                  ">")
    return f


bug("recommender-grpc-unavailable", "recommender",
    py_grpc("UNAVAILABLE", 14, lambda: "failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.2.31:50051: Failed to connect to remote host: Connection refused"))
bug("recommender-grpc-deadline", "recommender", py_grpc("DEADLINE_EXCEEDED", 4, lambda: "Deadline Exceeded"))


def py_valueerror(fn, line, code):
    def f():
        return tb(f"{py_ts()} ERROR recommender.api bad request from user {user()} (request {uid()})",
                  "Traceback (most recent call last):",
                  '  File "/app/recommender/api.py", line 52, in recommend',
                  "    params = parse_params(request.args)",
                  f'  File "/app/recommender/params.py", line {line}, in {fn}',
                  f"    {code}",
                  f"ValueError: invalid literal for int() with base 10: '{choose('', 'abc', 'N/A', 'ten', 'undefined', 'null')}'")
    return f


bug("recommender-valueerror-limit", "recommender", py_valueerror("parse_params", 14, 'limit = int(args.get("limit", 20))'))
bug("recommender-valueerror-page", "recommender", py_valueerror("parse_page", 31, 'page = int(args["page"])'))


def py_chained_cause():
    return tb(f"{py_ts()} ERROR recommender.features feature fetch failed for user {user()}",
              "Traceback (most recent call last):",
              '  File "/app/recommender/features.py", line 40, in fetch',
              "    return json.loads(blob)",
              '  File "/usr/local/lib/python3.11/json/__init__.py", line 346, in loads',
              "    return _default_decoder.decode(s)",
              '  File "/usr/local/lib/python3.11/json/decoder.py", line 355, in raw_decode',
              "    raise JSONDecodeError(\"Expecting value\", s, err.value) from None",
              f"json.decoder.JSONDecodeError: Expecting value: line 1 column {n(1, 400)} (char {n(0, 399)})",
              "",
              "The above exception was the direct cause of the following exception:",
              "",
              "Traceback (most recent call last):",
              '  File "/app/recommender/api.py", line 64, in recommend',
              "    feats = features.fetch(user_id)",
              '  File "/app/recommender/features.py", line 42, in fetch',
              '    raise FeatureStoreError(f"corrupt feature blob for {user_id}") from e',
              f"recommender.errors.FeatureStoreError: corrupt feature blob for {n(100000, 999999)}")


bug("recommender-corrupt-feature-blob", "recommender", py_chained_cause)


# ================================================================ Celery worker with queues (queue name is a variable here)
def celery(exc, msg, code):
    def f():
        full = f"({exc}) {msg}"
        return tb(f"[{py_ts()}: ERROR/ForkPoolWorker-{n(1, 16)}] Task exports.tasks.render_export[{uid()}] raised unexpected: "
                  f"{code}({full!r})",
                  "Traceback (most recent call last):",
                  '  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
                  "    R = retval = fun(*args, **kwargs)",
                  '  File "/srv/exports/tasks.py", line 88, in render_export',
                  "    rows = fetch_rows(export_id)",
                  '  File "/srv/exports/queries.py", line 31, in fetch_rows',
                  "    return list(session.execute(stmt))",
                  f"sqlalchemy.exc.{code}: {full}",
                  f"[SQL: SELECT exports.id, exports.tenant_id, exports.archived_at FROM exports WHERE exports.id = %(id_1)s]",
                  f"[parameters: {{'id_1': {n(1000, 999999)}}}]",
                  f"(Background on this error at: https://sqlalche.me/e/20/{'e3q8' if code == 'OperationalError' else 'f405'})")
    return f


bug("exports-celery-server-closed", "exports-worker",
    celery("psycopg2.OperationalError", "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.", "OperationalError"))
bug("exports-celery-undefined-column", "exports-worker",
    celery("psycopg2.errors.UndefinedColumn", "column exports.archived_at does not exist\nLINE 1: ...ELECT exports.id, exports.tenant_id, exports.archived_at FROM exports", "ProgrammingError"))


# ================================================================ Rails
def rails(exc_line, frames):
    def f():
        rid = uid()
        d = t()
        head = f"F, [{d.strftime('%Y-%m-%dT%H:%M:%S.%f')} #{n(100, 9999)}] FATAL -- : [{rid}]"
        return tb(head, f"[{rid}] {exc_line()}", *[f"[{rid}] {x}" for x in frames])
    return f


bug("rails-nomethod-customer-name", "storefront", rails(
    lambda: "ActionView::Template::Error (undefined method `name' for nil:NilClass):",
    ["    10:   <tr>", "    11:     <td><%= order.number %></td>", "    12:     <td><%= order.customer.name %></td>",
     "  ", "app/views/orders/_row.html.erb:12", "app/views/orders/index.html.erb:20"]))
bug("rails-nomethod-customer-email", "storefront", rails(
    lambda: "ActionView::Template::Error (undefined method `email' for nil:NilClass):",
    ["    13:     <td><%= order.customer.email %></td>", "    14:   </tr>",
     "  ", "app/views/orders/_row.html.erb:13", "app/views/orders/index.html.erb:20"]))
bug("rails-notfound-user", "storefront", rails(
    lambda: f"ActiveRecord::RecordNotFound (Couldn't find User with 'id'={n(1, 999999)}):",
    ["  ", "app/controllers/users_controller.rb:61:in `set_user'"]))
bug("rails-notfound-order", "storefront", rails(
    lambda: f"ActiveRecord::RecordNotFound (Couldn't find Order with 'id'={n(1, 999999)}):",
    ["  ", "app/controllers/orders_controller.rb:74:in `set_order'"]))
bug("rails-pg-too-many-clients", "storefront", rails(
    lambda: f'ActiveRecord::ConnectionNotEstablished (connection to server at "{choose("10.0.4.5", "10.0.4.6")}", port 5432 failed: FATAL:  sorry, too many clients already',
    [")", "  ", "activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:58:in `rescue in new_client'"]))
bug("rails-csrf-invalid", "storefront", rails(
    lambda: "ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
    ["  ", "actionpack (7.1.3) lib/action_controller/metal/request_forgery_protection.rb:309:in `handle_unverified_request'"]))


# ================================================================ PHP
def php_fatal_call(method, line):
    def f():
        return tb(f"[{php_ts()}] PHP Fatal error:  Uncaught Error: Call to a member function {method}() on null in /var/www/html/src/Controller/OrderController.php:{line}",
                  "Stack trace:",
                  "#0 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(181): App\\Controller\\OrderController->show(Object(Symfony\\Component\\HttpFoundation\\Request), '" + str(n(1000, 99999)) + "')",
                  "#1 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(76): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw(Object(Symfony\\Component\\HttpFoundation\\Request), 1)",
                  "#2 /var/www/html/public/index.php(25): Symfony\\Component\\HttpKernel\\HttpKernel->handle(Object(Symfony\\Component\\HttpFoundation\\Request))",
                  "#3 {main}",
                  f"  thrown in /var/www/html/src/Controller/OrderController.php on line {line}")
    return f


bug("php-call-getid-on-null", "legacy-shop", php_fatal_call("getId", 88))
bug("php-call-getname-on-null", "legacy-shop", php_fatal_call("getName", 93))


def php_warn(key, line):
    return lambda: f'[{php_ts()}] PHP Warning:  Undefined array key "{key}" in /var/www/html/src/Service/CsvImporter.php on line {line}'


bug("php-undefined-key-customer-id", "legacy-shop", php_warn("customer_id", 54))
bug("php-undefined-key-email", "legacy-shop", php_warn("email", 61))
bug("php-undefined-key-phone", "legacy-shop", php_warn("phone", 66))


def php_mem():
    return (f"[{php_ts()}] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate {choose(20480, 4096, 65536, 262144, 8192)} bytes) "
            f"in /var/www/html/vendor/doctrine/orm/src/UnitOfWork.php on line 3012")


bug("php-memory-exhausted", "legacy-shop", php_mem)


def php_fpm_slow():
    return (f"[{php_ts()}] WARNING: [pool www] child {n(100, 99999)}, script '/var/www/html/public/index.php' "
            f"(request: \"GET /index.php\") executing too slow ({n(5, 30)}.{n(100000, 999999)} sec), logging")


bug("php-fpm-slow-request", "legacy-shop", php_fpm_slow)


# ================================================================ systemd / journald
def sysd(unit, tail, host=None):
    def f():
        h = host() if host else ec2().split(".")[0]
        return f"{syslog_ts()} {h} systemd[1]: {unit}.service: {tail}"
    return f


bug("systemd-report-worker-exit-failure", "host-journal", sysd("report-worker", "Main process exited, code=exited, status=1/FAILURE"))
bug("systemd-report-worker-killed", "host-journal", sysd("report-worker", "Main process exited, code=killed, status=9/KILL"))
bug("systemd-report-worker-segv", "host-journal", sysd("report-worker", "Main process exited, code=dumped, status=11/SEGV"))
bug("systemd-nginx-exit-failure", "host-journal", sysd("nginx", "Main process exited, code=exited, status=1/FAILURE"))
bug("systemd-backup-result-timeout", "host-journal", sysd("db-backup", "Failed with result 'timeout'."))
bug("systemd-backup-result-exitcode", "host-journal", sysd("db-backup", "Failed with result 'exit-code'."))
bug("systemd-node-exporter-restart-limit", "host-journal",
    sysd("node-exporter", "Start request repeated too quickly.",
         host=lambda: choose("web-amber", "web-birch", "web-cedar", "web-dahlia", "web-elm", "web-fern")), count=6)


def kernel_oom():
    return (f"{syslog_ts()} {ec2().split('.')[0]} kernel: [{n(100000, 9999999)}.{n(100000, 999999)}] Out of memory: Killed process "
            f"{n(1000, 99999)} (report-worker) total-vm:{n(2000000, 4000000)}kB, anon-rss:{n(1000000, 2000000)}kB, file-rss:0kB, shmem-rss:0kB, UID:998 pgtables:{n(3000, 6000)}kB oom_score_adj:0")


bug("kernel-oom-report-worker", "host-journal", kernel_oom)


# ================================================================ emit
def main():
    events = []
    for group, service, fn, count in BUGS:
        seen = set()
        tries = 0
        while len([e for e in events if e["group"] == group]) < count and tries < 50:
            tries += 1
            m = fn()
            if m in seen:
                continue
            seen.add(m)
            events.append({"service": service, "message": m, "group": group})
    R.shuffle(events)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "events.jsonl")
    with open(out, "w") as fh:
        for e in events:
            fh.write(json.dumps(e) + "\n")
    groups = {g for g, *_ in BUGS}
    services = {s for _, s, *_ in BUGS}
    print(f"wrote {len(events)} events, {len(groups)} groups, {len(services)} services -> {out}")


if __name__ == "__main__":
    main()
