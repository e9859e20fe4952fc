#!/usr/bin/env python3
"""gen.py -- labelled corpus of production error events ("one bad week" at a
mid-size company on AWS + Kubernetes) for judging a log fingerprinting tool.

Writes events.jsonl ({"service", "message"} per line) and groups.json
({"labels": [...], "groups": {...}, "near_miss_sets": {...}}) next to this file.

Deterministic: every random stream is a random.Random seeded with a *string*
(hashed with sha512 by the stdlib, independent of PYTHONHASHSEED); no set or
dict iteration order is used to drive output.  Python 3 stdlib only.
"""

import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone

SEED = "redteam31-2024-05-13"
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = datetime(2024, 5, 13, 0, 0, 0, tzinfo=timezone.utc)  # Monday of the bad week
ACCOUNT = "123456789012"
REGION = "eu-west-1"

HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
K8S = "bcdfghjklmnpqrstvwxz2456789"          # alphabet of k8s generated names
K8S_LETTERS = "bcdfghjklmnpqrstvwxz"         # ...restricted to letters
LOWER = "abcdefghijklmnopqrstuvwxyz"

# ---------------------------------------------------------------- registry
GROUPS = []
NM_KIND = OrderedDict()


def nmset(nm_id, kind):
    NM_KIND[nm_id] = kind


def group(label, service, desc, count, nm=None, dfv=None):
    """Register a true group.  dfv = tag of a digit-free variable that must take
    3..6 distinct values inside the group (checked after generation)."""
    def deco(fn):
        GROUPS.append({"label": label, "service": service, "desc": desc,
                       "count": count, "nm": nm, "dfv": dfv, "fn": fn})
        return fn
    return deco


class Ctx:
    def __init__(self, label, service):
        self.r = random.Random(f"{SEED}:group:{label}")
        self.label = label
        self.service = service
        self.i = 0
        self.pools = {}
        self.used = {}

    # distinct values of a variable inside the group: a per-group shuffled
    # subset (max k) of the pool, cycled through by event index
    def pick(self, tag, pool, k=6):
        if tag not in self.pools:
            p = list(pool)
            self.r.shuffle(p)
            self.pools[tag] = p[:k]
        p = self.pools[tag]
        v = p[self.i % len(p)]
        u = self.used.setdefault(tag, [])
        if v not in u:
            u.append(v)
        return v

    def once(self, tag, fn):
        if tag not in self.pools:
            self.pools[tag] = fn()
        return self.pools[tag]

    def int(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return self.r.choice(seq)

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(n, HEX)

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def ip(self, prefix="10.0"):
        return f"{prefix}.{self.r.randint(0, 63)}.{self.r.randint(2, 254)}"

    def port(self):
        return self.r.randint(32768, 60999)

    def when(self):
        return BASE + timedelta(seconds=self.r.randint(0, 7 * 86400 - 1),
                                microseconds=self.r.randint(0, 999999))

    def order(self):
        return f"ORD-2024-{self.r.randint(1000, 99999):06d}"

    def sku(self):
        return f"SKU-{self.r.randint(10000, 99999)}"

    def pod(self, deploy, tag="pod"):
        return self.pick(tag, pod_pool(deploy))


# ---------------------------------------------------------------- helpers
def rs_hash(deploy):
    r = random.Random(f"{SEED}:rs:{deploy}")
    return "".join(r.choice(K8S) for _ in range(r.choice([9, 10])))


def pod_pool(deploy):
    """Six live pods of a deployment; suffixes drawn from letters only so the
    pod name is a digit-free variable (the replicaset hash stays constant)."""
    r = random.Random(f"{SEED}:pods:{deploy}")
    rs = rs_hash(deploy)
    out = []
    while len(out) < 6:
        p = f"{deploy}-{rs}-" + "".join(r.choice(K8S_LETTERS) for _ in range(5))
        if p not in out:
            out.append(p)
    return out


def ms3(d):
    return f"{d.microsecond // 1000:03d}"


def ts_iso(d):            # 2024-05-13T10:22:01.123Z
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(d) + "Z"


def ts_iso_s(d):          # 2024-05-13T10:22:01Z
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_logback(d):        # 2024-05-13 10:22:01.123
    return d.strftime("%Y-%m-%d %H:%M:%S.") + ms3(d)


def ts_py(d):             # 2024-05-13 10:22:01,123
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms3(d)


def epoch_ms(d):
    return int(d.timestamp()) * 1000 + d.microsecond // 1000


def epoch_s(d):
    return int(d.timestamp())


def jdump(o, compact=True):
    if compact:
        return json.dumps(o, separators=(",", ":"), ensure_ascii=False)
    return json.dumps(o, ensure_ascii=False)


def goq(s):
    """Go strconv.Quote-ish quoting used by slog / logrus text output."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def jst(frames):
    return "".join("\n\tat " + f for f in frames)


def nodest(frames):
    return "".join("\n    at " + f for f in frames)


def pytb(frames, exc):
    s = "Traceback (most recent call last):"
    for f, ln, fn, code in frames:
        s += f'\n  File "{f}", line {ln}, in {fn}\n    {code}'
    return s + "\n" + exc


SP = "/usr/local/lib/python3.10/site-packages"
SP11 = "/usr/local/lib/python3.11/site-packages"

TEAMS = ["acme-corp", "globex", "initech", "umbrella", "hooli", "stark-industries",
         "wayne-enterprises", "wonka", "soylent", "cyberdyne", "pied-piper", "vandelay"]
PEOPLE = ["alice.moreau", "bkowalski", "chen.wei", "dpatel", "emma.jones", "fjohansson",
          "gsantos", "hiro.tanaka", "ines.garcia", "jmueller", "kofi.mensah", "lucia.rossi",
          "mnovak", "olga.petrova"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "gmx.de", "hey.com"]
LOCALES = ["en-gb", "de", "fr", "es", "it", "nl", "pt-br", "sv"]
COUNTRIES = ["DE", "FR", "NL", "BE", "AT", "IT", "ES", "IE", "PL", "SE"]
CMS_SLUGS = ["about-us", "pricing", "careers", "contact", "privacy-policy", "press", "partners", "team"]
BRANCHES = ["feature-checkout-redesign", "fix-cart-rounding", "chore-bump-node", "feat-gift-cards",
            "fix-vat-display", "feat-wishlist-share", "spike-new-search"]
SHOP_ADJ = ["bright", "urban", "little", "north", "wild", "golden", "happy", "blue"]
SHOP_NOUN = ["bean", "threads", "paws", "botanics", "outfitters", "candles", "ceramics", "supply"]
EXT_DOMAINS = ["api.stripe.com.", "hooks.slack.com.", "api.sendgrid.com.", "login.microsoftonline.com.",
               "api.twilio.com.", "www.googleapis.com.", "api.github.com."]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "AcmeShop/4.18.2 (Android 14; Pixel 7)"]


def emails(c, n=8):
    """letters-only e-mail addresses (a digit-free variable)"""
    out = []
    r = random.Random(f"{SEED}:emails:{c.label}")
    while len(out) < n:
        e = f"{r.choice(PEOPLE)}@{r.choice(MAIL_DOMAINS)}"
        if e not in out:
            out.append(e)
    return out


# ================================================================ Java / Spring
def sb2(c, level, thread, logger, msg):
    """Spring Boot 2.x default Logback console pattern."""
    d = c.when()
    return f"{ts_logback(d)} {level:>5} 1 --- [{thread[-15:]:>15}] {logger[-40:]:<40} : {msg}"


def sb3(c, level, thread, logger, msg, app):
    """Spring Boot 3.2 default Logback console pattern."""
    d = c.when()
    return f"{ts_iso(d)} {level:>5} 1 --- [{app}] [{thread[-15:]:>15}] {logger[-40:]:<40} : {msg}"


def exec_thread(c, hi=200):
    return f"http-nio-8080-exec-{c.int(1, hi)}"


SERVLET_LOGGER = "o.a.c.c.C.[.[.[/].[dispatcherServlet]"

MVC5_POST = [
    "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:566)",
    "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)",
    "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:117)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:895)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:808)",
    "org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1071)",
    "org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:964)",
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1006)",
    "org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:909)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:681)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
    "javax.servlet.http.HttpServlet.service(HttpServlet.java:764)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
    "org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:53)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:189)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)",
    "org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)",
    "org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:117)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:97)",
    "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:135)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:360)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:399)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1789)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]

MVC6_POST = [
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
    "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "java.base/java.lang.reflect.Method.invoke(Method.java:568)",
    "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:254)",
    "org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:182)",
    "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:917)",
    "org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:829)",
    "org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    "org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)",
    "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
    "org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:914)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
    "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)",
    "org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)",
    "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
    "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
    "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:340)",
    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
    "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
    "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
    "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]

# ---------------------------------------------------------------- checkout-api
nmset("nm01", "same wrapper exception (CannotCreateTransactionException, identical servlet header), different innermost root cause")

CHECKOUT_TX_HDR = ("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
                   "[Request processing failed; nested exception is org.springframework.transaction.CannotCreateTransactionException: "
                   "Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: "
                   "Unable to acquire JDBC Connection] with root cause")

HIKARI_GET = [
    "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
    "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:128)",
    "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
    "org.hibernate.internal.NonContextualJdbcConnectionAccess.obtainConnection(NonContextualJdbcConnectionAccess.java:38)",
    "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:108)",
    "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.getPhysicalConnection(LogicalConnectionManagedImpl.java:138)",
    "org.hibernate.internal.SessionImpl.connection(SessionImpl.java:472)",
    "org.springframework.orm.jpa.vendor.HibernateJpaDialect.beginTransaction(HibernateJpaDialect.java:152)",
    "org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:421)",
    "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
    "org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:373)",
    "org.springframework.transaction.interceptor.TransactionAspectSupport.createTransactionIfNecessary(TransactionAspectSupport.java:595)",
    "org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:382)",
    "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
    "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:186)",
    "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:763)",
    "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:708)",
    "com.acme.checkout.service.CheckoutService$$EnhancerBySpringCGLIB$$5f3e2a1c.submit(<generated>)",
    "com.acme.checkout.web.CheckoutController.submit(CheckoutController.java:57)",
]

HIKARI_CREATOR = [
    "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
    "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)",
    "com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:206)",
    "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)",
    "com.zaxxer.hikari.pool.HikariPool.access$100(HikariPool.java:71)",
    "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:726)",
    "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:712)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]

PG_DRIVER = [
    "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
    "org.postgresql.Driver.makeConnection(Driver.java:443)",
    "org.postgresql.Driver.connect(Driver.java:297)",
]


@group("checkout.tx_hikari_pool_exhausted", "checkout-api",
       "POST /api/v1/checkout fails: JPA transaction cannot get a JDBC connection, HikariCP pool exhausted (root cause SQLTransientConnectionException, request timed out after ~30000ms)",
       4, nm="nm01")
def _(c):
    ms = 30000 + c.int(0, 27)
    return (sb2(c, "ERROR", exec_thread(c), SERVLET_LOGGER, CHECKOUT_TX_HDR) + "\n\n"
            + f"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {ms}ms."
            + jst(HIKARI_GET + [f"jdk.internal.reflect.GeneratedMethodAccessor{c.int(150, 260)}.invoke(Unknown Source)"] + MVC5_POST))


@group("checkout.tx_pg_password_auth_failed", "checkout-api",
       "POST /api/v1/checkout fails: same JPA/Hikari wrapper, root cause PSQLException FATAL password authentication failed for user checkout_app (rotated secret)",
       3, nm="nm01")
def _(c):
    return (sb2(c, "ERROR", exec_thread(c), SERVLET_LOGGER, CHECKOUT_TX_HDR) + "\n\n"
            + 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "checkout_app"'
            + jst(["org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)",
                   "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)",
                   "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)"]
                  + PG_DRIVER + HIKARI_CREATOR))


@group("checkout.tx_pg_unknown_host", "checkout-api",
       "POST /api/v1/checkout fails: same JPA/Hikari wrapper, root cause UnknownHostException for the RDS cluster endpoint (DNS)",
       1, nm="nm01")
def _(c):
    return (sb2(c, "ERROR", exec_thread(c), SERVLET_LOGGER, CHECKOUT_TX_HDR) + "\n\n"
            + "java.net.UnknownHostException: orders-db.cluster-c7xkq2lmn0pz.eu-west-1.rds.amazonaws.com"
            + jst(["java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:229)",
                   "java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)",
                   "java.base/java.net.Socket.connect(Socket.java:609)",
                   "org.postgresql.core.PGStream.createSocket(PGStream.java:241)",
                   "org.postgresql.core.PGStream.<init>(PGStream.java:98)",
                   "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:109)",
                   "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:235)"]
                  + PG_DRIVER + HIKARI_CREATOR))


nmset("nm02", "same exception and message (java.lang.NullPointerException: null, same request), different throwing application frame")


def checkout_npe(c, top):
    hdr = sb2(c, "ERROR", exec_thread(c), "c.a.checkout.web.GlobalExceptionHandler",
              f"Unhandled exception on POST /api/v1/checkout (requestId={c.uuid()}, cartId={c.int(100000, 999999)})")
    frames = top + [
        "com.acme.checkout.service.CheckoutService.submit(CheckoutService.java:97)",
        "com.acme.checkout.service.CheckoutService$$FastClassBySpringCGLIB$$8d1f0e2b.invoke(<generated>)",
        "org.springframework.cglib.proxy.MethodProxy.invoke(MethodProxy.java:218)",
        "org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.invokeJoinpoint(CglibAopProxy.java:793)",
        "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:163)",
        "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
        "org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:708)",
        "com.acme.checkout.service.CheckoutService$$EnhancerBySpringCGLIB$$5f3e2a1c.submit(<generated>)",
        "com.acme.checkout.web.CheckoutController.submit(CheckoutController.java:57)",
        f"jdk.internal.reflect.GeneratedMethodAccessor{c.int(150, 260)}.invoke(Unknown Source)",
    ] + MVC5_POST
    return hdr + "\njava.lang.NullPointerException: null" + jst(frames)


@group("checkout.npe_discount_calculator", "checkout-api",
       "NullPointerException thrown in DiscountCalculator.apply (promo without expiry date) during checkout",
       4, nm="nm02")
def _(c):
    return checkout_npe(c, ["com.acme.checkout.pricing.DiscountCalculator.apply(DiscountCalculator.java:88)",
                            "com.acme.checkout.pricing.PricingService.priceCart(PricingService.java:142)"])


@group("checkout.npe_cart_mapper", "checkout-api",
       "NullPointerException thrown in CartMapper.toLineDto (line without variant) during checkout",
       3, nm="nm02")
def _(c):
    return checkout_npe(c, ["com.acme.checkout.cart.CartMapper.toLineDto(CartMapper.java:41)",
                            "java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:195)",
                            "java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining(ArrayList.java:1655)",
                            "java.base/java.util.stream.AbstractPipeline.copyInto(AbstractPipeline.java:484)",
                            "java.base/java.util.stream.AbstractPipeline.wrapAndCopyInto(AbstractPipeline.java:474)",
                            "java.base/java.util.stream.ReduceOps$ReduceOp.evaluateSequential(ReduceOps.java:913)",
                            "java.base/java.util.stream.AbstractPipeline.evaluate(AbstractPipeline.java:234)",
                            "java.base/java.util.stream.ReferencePipeline.collect(ReferencePipeline.java:578)",
                            "com.acme.checkout.cart.CartMapper.toDto(CartMapper.java:27)"])


# ---------------------------------------------------------------- payments-service (logstash-logback-encoder JSON)
def logstash(c, logger, thread, level, msg, stack, pod, mdc=None):
    d = c.when()
    o = OrderedDict()
    o["@timestamp"] = ts_iso(d)
    o["@version"] = "1"
    o["message"] = msg
    o["logger_name"] = logger
    o["thread_name"] = thread
    o["level"] = level
    o["level_value"] = 40000 if level == "ERROR" else 30000
    if stack:
        o["stack_trace"] = stack
    o["traceId"] = c.hex(32)
    o["spanId"] = c.hex(16)
    if mdc:
        o.update(mdc)
    o["HOSTNAME"] = pod
    return jdump(o)


nmset("nm03", "same Feign client call and same log message, different HTTP status / exception subclass (503 vs 400)")

FRAUD_URL = "http://fraud-scoring.prod.svc.cluster.local:8080/v2/score"
PAY_AUTH_FRAMES = [
    "feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:92)",
    "feign.AsyncResponseHandler.handleResponse(AsyncResponseHandler.java:98)",
    "feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:141)",
    "feign.SynchronousMethodHandler.invoke(SynchronousMethodHandler.java:91)",
    "feign.ReflectiveFeign$FeignInvocationHandler.invoke(ReflectiveFeign.java:100)",
    "com.sun.proxy.$Proxy214.score(Unknown Source)",
    "com.acme.payments.fraud.FraudGateway.assess(FraudGateway.java:64)",
    "com.acme.payments.authorize.AuthorizationService.authorize(AuthorizationService.java:118)",
    "com.acme.payments.web.AuthorizationController.authorize(AuthorizationController.java:49)",
    "jdk.internal.reflect.GeneratedMethodAccessor311.invoke(Unknown Source)",
] + MVC5_POST


def pay_amount(c):
    return f"{c.int(5, 899)}.{c.int(0, 99):02d} {c.choice(['EUR', 'GBP', 'EUR', 'SEK'])}"


@group("payments.fraud_score_503", "payments-service",
       "Payment authorization aborted: fraud-scoring Feign call returns 503 Service Unavailable (no healthy upstream)",
       4, nm="nm03", dfv="pod")
def _(c):
    stack = (f"feign.FeignException$ServiceUnavailable: [503 Service Unavailable] during [POST] to [{FRAUD_URL}] "
             "[FraudScoringClient#score(ScoreRequest)]: [no healthy upstream]"
             + jst(["feign.FeignException.serverErrorStatus(FeignException.java:256)",
                    "feign.FeignException.errorStatus(FeignException.java:197)",
                    "feign.FeignException.errorStatus(FeignException.java:185)"] + PAY_AUTH_FRAMES))
    return logstash(c, "com.acme.payments.authorize.AuthorizationService", exec_thread(c, 64), "ERROR",
                    f"Authorization aborted for order {c.order()} ({pay_amount(c)}): fraud scoring call failed",
                    stack, c.pod("payments-service"))


@group("payments.fraud_score_400", "payments-service",
       "Payment authorization aborted: fraud-scoring Feign call returns 400 Bad Request (our request has invalid billing_address.country)",
       4, nm="nm03", dfv="pod")
def _(c):
    body = '{"error":"validation_failed","field":"billing_address.country","message":"must be an ISO 3166-1 alpha-2 code"}'
    stack = (f"feign.FeignException$BadRequest: [400 Bad Request] during [POST] to [{FRAUD_URL}] "
             f"[FraudScoringClient#score(ScoreRequest)]: [{body}]"
             + jst(["feign.FeignException.clientErrorStatus(FeignException.java:219)",
                    "feign.FeignException.errorStatus(FeignException.java:194)",
                    "feign.FeignException.errorStatus(FeignException.java:185)"] + PAY_AUTH_FRAMES))
    return logstash(c, "com.acme.payments.authorize.AuthorizationService", exec_thread(c, 64), "ERROR",
                    f"Authorization aborted for order {c.order()} ({pay_amount(c)}): fraud scoring call failed",
                    stack, c.pod("payments-service"))


nmset("nm04", "same Kafka producer failure through the same publisher method, different topic (constant of the code)")


def kafka_stack(topic, publish_fn, publish_line, caller):
    msg = f"Topic {topic} not present in metadata after 60000 ms."
    return (f"org.springframework.kafka.KafkaException: Send failed; nested exception is org.apache.kafka.common.errors.TimeoutException: {msg}"
            + jst(["org.springframework.kafka.core.KafkaTemplate.doSend(KafkaTemplate.java:666)",
                   "org.springframework.kafka.core.KafkaTemplate.send(KafkaTemplate.java:429)",
                   "com.acme.payments.events.PaymentEventPublisher.publish(PaymentEventPublisher.java:48)",
                   f"com.acme.payments.events.PaymentEventPublisher.{publish_fn}(PaymentEventPublisher.java:{publish_line})",
                   caller,
                   "jdk.internal.reflect.GeneratedMethodAccessor288.invoke(Unknown Source)"] + MVC5_POST[:12])
            + "\n\t... 52 common frames omitted\nCaused by: org.apache.kafka.common.errors.TimeoutException: " + msg)


@group("payments.kafka_captured_topic_missing", "payments-service",
       "Publishing PaymentCaptured fails: topic payments.captured.v1 not present in metadata after 60000 ms",
       3, nm="nm04")
def _(c):
    return logstash(c, "com.acme.payments.events.PaymentEventPublisher", exec_thread(c, 64), "ERROR",
                    f"Failed to publish PaymentCaptured event for payment pay_{c.s(24, MIXED)}",
                    kafka_stack("payments.captured.v1", "publishCaptured", 31,
                                "com.acme.payments.capture.CaptureService.capture(CaptureService.java:131)"),
                    c.pod("payments-service", tag="pod_any"))


@group("payments.kafka_refunded_topic_missing", "payments-service",
       "Publishing PaymentRefunded fails: topic payments.refunded.v1 not present in metadata after 60000 ms",
       2, nm="nm04")
def _(c):
    return logstash(c, "com.acme.payments.events.PaymentEventPublisher", exec_thread(c, 64), "ERROR",
                    f"Failed to publish PaymentRefunded event for payment pay_{c.s(24, MIXED)}",
                    kafka_stack("payments.refunded.v1", "publishRefunded", 39,
                                "com.acme.payments.refund.RefundService.refund(RefundService.java:88)"),
                    c.pod("payments-service", tag="pod_any"))


# ---------------------------------------------------------------- inventory-service (Spring Boot 3)
nmset("nm05", "same message text ('quantity must be non-negative: N') from Guava Preconditions, different exception type (IllegalArgumentException vs IllegalStateException) and call site")


def inv_servlet(c, exc, frames):
    hdr = (f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
           f"[Request processing failed: {exc}] with root cause")
    return sb3(c, "ERROR", exec_thread(c), SERVLET_LOGGER, hdr, "inventory-service") + "\n\n" + exc + jst(frames + MVC6_POST)


@group("inventory.adjustment_negative_qty_checkArgument", "inventory-service",
       "POST /api/v1/adjustments with a negative quantity is not validated -> IllegalArgumentException from Preconditions.checkArgument in Adjustment.<init> (should be a 400)",
       4, nm="nm05")
def _(c):
    return inv_servlet(c, f"java.lang.IllegalArgumentException: quantity must be non-negative: -{c.int(1, 40)}",
                       ["com.google.common.base.Preconditions.checkArgument(Preconditions.java:218)",
                        "com.acme.inventory.domain.Adjustment.<init>(Adjustment.java:34)",
                        "com.acme.inventory.api.AdjustmentController.adjust(AdjustmentController.java:52)"])


@group("inventory.reserve_negative_qty_checkState", "inventory-service",
       "Reservation drives available stock below zero -> IllegalStateException from Preconditions.checkState in StockLevel.reserve (oversell race)",
       3, nm="nm05")
def _(c):
    return inv_servlet(c, f"java.lang.IllegalStateException: quantity must be non-negative: -{c.int(1, 40)}",
                       ["com.google.common.base.Preconditions.checkState(Preconditions.java:534)",
                        "com.acme.inventory.domain.StockLevel.reserve(StockLevel.java:71)",
                        "com.acme.inventory.reservations.ReservationService.reserve(ReservationService.java:58)",
                        "com.acme.inventory.api.ReservationController.create(ReservationController.java:40)"])


# ================================================================ Python
# ---------------------------------------------------------------- order-worker (Celery)
nmset("nm06", "same Celery task and same requests.HTTPError wrapper, different HTTP status from the ERP (503 vs 422)")

ERP = "https://erp-gw.acme.internal/api/v2/sales-orders"


def celery_task_fail(c, task, exc_repr, tb_exc, worker=None):
    d = c.when()
    w = worker or f"ForkPoolWorker-{c.int(1, 16)}"
    frames = [(f"{SP}/celery/app/trace.py", 477, "trace_task", "R = retval = fun(*args, **kwargs)"),
              (f"{SP}/celery/app/trace.py", 760, "__protected_call__", "return self.run(*args, **kwargs)"),
              ("/app/orders/tasks.py", 142, "sync_order_to_erp", "resp.raise_for_status()"),
              (f"{SP}/requests/models.py", 1021, "raise_for_status", "raise HTTPError(http_error_msg, response=self)")]
    return (f"[{ts_py(d)}: ERROR/{w}] Task {task}[{c.uuid()}] raised unexpected: {exc_repr}\n"
            + pytb(frames, tb_exc))


@group("orderworker.erp_sync_503", "order-worker",
       "Celery task orders.tasks.sync_order_to_erp fails: ERP gateway returns 503 Service Unavailable",
       7, nm="nm06")
def _(c):
    m = f"503 Server Error: Service Unavailable for url: {ERP}/{c.order()}"
    return celery_task_fail(c, "orders.tasks.sync_order_to_erp", f"HTTPError('{m}')", f"requests.exceptions.HTTPError: {m}")


@group("orderworker.erp_sync_422", "order-worker",
       "Celery task orders.tasks.sync_order_to_erp fails: ERP rejects payload with 422 Unprocessable Entity (our mapping bug)",
       3, nm="nm06")
def _(c):
    m = f"422 Client Error: Unprocessable Entity for url: {ERP}/{c.order()}"
    return celery_task_fail(c, "orders.tasks.sync_order_to_erp", f"HTTPError('{m}')", f"requests.exceptions.HTTPError: {m}")


nmset("nm07", "same Celery hard time limit message, different task name (constant of the code)")


@group("orderworker.hard_time_limit_packing_slip", "order-worker",
       "Celery hard time limit (300s) exceeded for orders.tasks.generate_packing_slip",
       3, nm="nm07")
def _(c):
    return f"[{ts_py(c.when())}: ERROR/MainProcess] Hard time limit (300s) exceeded for orders.tasks.generate_packing_slip[{c.uuid()}]"


@group("orderworker.hard_time_limit_invoice_email", "order-worker",
       "Celery hard time limit (300s) exceeded for orders.tasks.send_invoice_email",
       2, nm="nm07")
def _(c):
    return f"[{ts_py(c.when())}: ERROR/MainProcess] Hard time limit (300s) exceeded for orders.tasks.send_invoice_email[{c.uuid()}]"


# ---------------------------------------------------------------- user-api (Django + DRF)
def django_line(c, module, msg):
    d = c.when()
    return f"ERROR {ts_py(d)} {module} {c.int(7, 40)} {c.int(139800000000000, 139899999999999)} {msg}"


DRF_FRAMES = [
    (f"{SP}/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
    (f"{SP}/django/core/handlers/base.py", 197, "_get_response", "response = wrapped_callback(request, *callback_args, **callback_kwargs)"),
    (f"{SP}/django/views/decorators/csrf.py", 56, "wrapper_view", "return view_func(*args, **kwargs)"),
    (f"{SP}/rest_framework/viewsets.py", 125, "view", "return self.dispatch(request, *args, **kwargs)"),
    (f"{SP}/rest_framework/views.py", 509, "dispatch", "response = self.handle_exception(exc)"),
    (f"{SP}/rest_framework/views.py", 469, "handle_exception", "self.raise_uncaught_exception(exc)"),
    (f"{SP}/rest_framework/views.py", 480, "raise_uncaught_exception", "raise exc"),
    (f"{SP}/rest_framework/views.py", 506, "dispatch", "response = handler(request, *args, **kwargs)"),
]

nmset("nm08", "same Django endpoint and same django.db.utils.OperationalError wrapper (chained traceback), different psycopg2 root cause")


def django_team_members(c, root_exc, root_msg):
    slug = c.pick("team", TEAMS)
    inner = pytb([(f"{SP}/django/db/backends/utils.py", 89, "_execute", "return self.cursor.execute(sql, params)")],
                 f"psycopg2.errors.{root_exc}: {root_msg}")
    outer = pytb(DRF_FRAMES + [
        ("/app/teams/views.py", 88, "create", "membership = Membership.objects.select_for_update().get(team=team, user=user)"),
        (f"{SP}/django/db/models/query.py", 633, "get", "num = len(clone)"),
        (f"{SP}/django/db/models/query.py", 380, "__len__", "self._fetch_all()"),
        (f"{SP}/django/db/models/sql/compiler.py", 1562, "execute_sql", "cursor.execute(sql, params)"),
        (f"{SP}/django/db/backends/utils.py", 84, "_execute_with_wrappers", "return executor(sql, params, many, context)"),
        (f"{SP}/django/db/backends/utils.py", 84, "_execute", "with self.db.wrap_database_errors:"),
        (f"{SP}/django/db/utils.py", 91, "__exit__", "raise dj_exc_value.with_traceback(traceback) from exc_value"),
        (f"{SP}/django/db/backends/utils.py", 89, "_execute", "return self.cursor.execute(sql, params)"),
    ], f"django.db.utils.OperationalError: {root_msg.rstrip()}")
    return (django_line(c, "log", f"Internal Server Error: /api/v1/teams/{slug}/members/") + "\n" + inner
            + "\n\nThe above exception was the direct cause of the following exception:\n\n" + outer)


@group("userapi.team_members_serialization_failure", "user-api",
       "POST /api/v1/teams/<slug>/members/ fails: SerializationFailure (could not serialize access due to concurrent update) -> OperationalError",
       5, nm="nm08", dfv="team")
def _(c):
    return django_team_members(c, "SerializationFailure", "could not serialize access due to concurrent update\n")


@group("userapi.team_members_lock_timeout", "user-api",
       "POST /api/v1/teams/<slug>/members/ fails: LockNotAvailable (canceling statement due to lock timeout) -> OperationalError",
       3, nm="nm08", dfv="team")
def _(c):
    return django_team_members(c, "LockNotAvailable",
                               f'canceling statement due to lock timeout\nCONTEXT:  while locking tuple ({c.int(0, 400)},{c.int(1, 60)}) in relation "teams_membership"\n')


@group("userapi.disallowed_host", "user-api",
       "django.security.DisallowedHost: requests with random sub-domains of the wildcard shop domain (scanner traffic) not in ALLOWED_HOSTS",
       4, dfv="subdomain")
def _(c):
    sub = c.pick("subdomain", c.once("subs", lambda: [c.s(c.int(5, 10), LOWER) for _ in range(6)]))
    h = f"{sub}.acme-shop.com"
    return django_line(c, "exception", f"Invalid HTTP_HOST header: '{h}'. You may need to add '{h}' to ALLOWED_HOSTS.")


# ---------------------------------------------------------------- notifications-service (Flask)
def flask_line(c, module, msg):
    return f"[{ts_py(c.when())}] ERROR in {module}: {msg}"


FLASK_FRAMES = [
    (f"{SP}/flask/app.py", 1473, "wsgi_app", "response = self.full_dispatch_request()"),
    (f"{SP}/flask/app.py", 882, "full_dispatch_request", "rv = self.handle_user_exception(e)"),
    (f"{SP}/flask/app.py", 880, "full_dispatch_request", "rv = self.dispatch_request()"),
    (f"{SP}/flask/app.py", 865, "dispatch_request", "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]"),
]
TWILIO_FRAMES = [
    ("/app/notifications/api/sms.py", 37, "send_sms", "msg = client.messages.create(to=payload[\"to\"], from_=SENDER_ID, body=body)"),
    (f"{SP}/twilio/rest/api/v2010/account/message/__init__.py", 1018, "create", "payload = self._version.create("),
    (f"{SP}/twilio/base/version.py", 465, "create", "return self._parse_create(method, uri, response)"),
    (f"{SP}/twilio/base/version.py", 436, "_parse_create", "raise self.exception(method, uri, response, \"Unable to create record\")"),
]

nmset("nm09", "same Flask endpoint and TwilioRestException, different Twilio error (HTTP 400/21211 invalid number vs HTTP 429/20429 rate limit)")


@group("notif.twilio_invalid_to_number", "notifications-service",
       "POST /v1/notify/sms: Twilio rejects unvalidated phone number (HTTP 400, code 21211)",
       4, nm="nm09")
def _(c):
    num = f"+44{c.int(7000000000, 7999999999)}"
    return (flask_line(c, "app", "Exception on /v1/notify/sms [POST]") + "\n"
            + pytb(FLASK_FRAMES + TWILIO_FRAMES,
                   f"twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number {num} is not a valid phone number."))


@group("notif.twilio_rate_limited", "notifications-service",
       "POST /v1/notify/sms: Twilio rate limits the account (HTTP 429 Too Many Requests)",
       3, nm="nm09")
def _(c):
    return (flask_line(c, "app", "Exception on /v1/notify/sms [POST]") + "\n"
            + pytb(FLASK_FRAMES + TWILIO_FRAMES,
                   "twilio.base.exceptions.TwilioRestException: HTTP 429 error: Unable to create record: Too Many Requests"))


nmset("nm10", "same bucket and same botocore AccessDenied, different S3 operation (GetObject vs PutObject -> different missing IAM permission)")

BOTO_CALL = [(f"{SP}/botocore/client.py", 553, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
             (f"{SP}/botocore/client.py", 1009, "_make_api_call", "raise error_class(parsed_response, operation_name)")]


@group("notif.template_s3_get_access_denied", "notifications-service",
       "Loading e-mail templates from s3://acme-notification-templates-prod fails: AccessDenied on GetObject (any locale)",
       4, nm="nm10", dfv="locale")
def _(c):
    loc = c.pick("locale", LOCALES)
    return (flask_line(c, "templates", f"Failed to load template s3://acme-notification-templates-prod/templates/{loc}/order_shipped.html.j2")
            + "\n" + pytb([("/app/notifications/templates.py", 54, "load_template", "obj = s3.get_object(Bucket=TEMPLATE_BUCKET, Key=key)")] + BOTO_CALL,
                          "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"))


@group("notif.preview_s3_put_access_denied", "notifications-service",
       "Storing rendered previews in s3://acme-notification-templates-prod fails: AccessDenied on PutObject",
       3, nm="nm10")
def _(c):
    return (flask_line(c, "previews", f"Failed to store rendered preview s3://acme-notification-templates-prod/previews/{c.uuid()}.html")
            + "\n" + pytb([("/app/notifications/previews.py", 29, "store_preview", "s3.put_object(Bucket=TEMPLATE_BUCKET, Key=key, Body=html.encode(), ContentType=\"text/html\")")] + BOTO_CALL,
                          "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied"))


# ---------------------------------------------------------------- search-api (FastAPI / uvicorn, structlog)
ASGI_FRAMES = [
    (f"{SP11}/uvicorn/protocols/http/httptools_impl.py", 426, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
    (f"{SP11}/uvicorn/middleware/proxy_headers.py", 84, "__call__", "return await self.app(scope, receive, send)"),
    (f"{SP11}/fastapi/applications.py", 1054, "__call__", "await super().__call__(scope, receive, send)"),
    (f"{SP11}/starlette/applications.py", 123, "__call__", "await self.middleware_stack(scope, receive, send)"),
    (f"{SP11}/starlette/middleware/errors.py", 186, "__call__", "raise exc"),
    (f"{SP11}/starlette/middleware/errors.py", 164, "__call__", "await self.app(scope, receive, _send)"),
    (f"{SP11}/starlette/middleware/exceptions.py", 62, "__call__", "await wrap_app_handling_exceptions(self.app, conn)(scope, receive, send)"),
    (f"{SP11}/starlette/routing.py", 758, "__call__", "await self.middleware_stack(scope, receive, send)"),
    (f"{SP11}/starlette/routing.py", 778, "app", "await route.handle(scope, receive, send)"),
    (f"{SP11}/starlette/routing.py", 299, "handle", "await self.app(scope, receive, send)"),
    (f"{SP11}/fastapi/routing.py", 278, "app", "raw_response = await run_endpoint_function("),
    (f"{SP11}/fastapi/routing.py", 191, "run_endpoint_function", "return await dependant.call(**values)"),
]


@group("search.asgi_opensearch_read_timeout", "search-api",
       "Unhandled exception in ASGI app: OpenSearch search request times out (read timeout=10) on the products route",
       4)
def _(c):
    return (f"{ts_py(c.when())} - uvicorn.error - ERROR - Exception in ASGI application\n"
            + pytb(ASGI_FRAMES + [
                ("/app/search/api/routes.py", 61, "search_products", "resp = client.search(index=PRODUCTS_INDEX, body=query, request_timeout=10)"),
                (f"{SP11}/opensearchpy/client/utils.py", 181, "_wrapped", "return func(*args, params=params, headers=headers, **kwargs)"),
                (f"{SP11}/opensearchpy/client/__init__.py", 1742, "search", "return self.transport.perform_request("),
                (f"{SP11}/opensearchpy/transport.py", 448, "perform_request", "raise e"),
                (f"{SP11}/opensearchpy/transport.py", 409, "perform_request", "status, headers_response, data = connection.perform_request("),
                (f"{SP11}/opensearchpy/connection/http_urllib3.py", 279, "perform_request", "raise ConnectionTimeout(\"TIMEOUT\", str(e), e)")],
                "opensearchpy.exceptions.ConnectionTimeout: ConnectionTimeout caused by - ReadTimeoutError(HTTPSConnectionPool(host='vpc-search-prod-7xk2mq4d.eu-west-1.es.amazonaws.com', port=443): Read timed out. (read timeout=10))"))


nmset("nm11", "same structlog event and same OpenSearch error template, different index and sort field (constants of the code)")


def search_sort_fail(c, index, field, route):
    o = OrderedDict()
    o["tenant"] = c.pick("tenant", TEAMS)
    o["index"] = index
    o["route"] = route
    o["query_id"] = c.hex(16)
    o["error"] = f"RequestError(400, 'search_phase_execution_exception', 'No mapping found for [{field}] in order to sort on')"
    o["event"] = "search failed"
    o["level"] = "error"
    o["logger"] = "search.service"
    o["timestamp"] = c.when().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return jdump(o, compact=False)


@group("search.sort_mapping_products", "search-api",
       "Product search sorted by price_eur fails: no mapping for [price_eur] in index products-v7",
       4, nm="nm11", dfv="tenant")
def _(c):
    return search_sort_fail(c, "products-v7", "price_eur", "/v1/products/search")


@group("search.sort_mapping_articles", "search-api",
       "Help-centre article search sorted by published_at fails: no mapping for [published_at] in index articles-v3",
       3, nm="nm11", dfv="tenant")
def _(c):
    return search_sort_fail(c, "articles-v3", "published_at", "/v1/articles/search")


# ---------------------------------------------------------------- reporting-etl (structlog JSON)
nmset("nm12", "same structlog 'job failed' event with the same statement-timeout error, different cron job name (constant of the code)")


def etl_job_fail(c, job, timeout_s):
    o = OrderedDict()
    o["job"] = job
    o["run_id"] = c.uuid()
    o["duration_s"] = round(timeout_s + c.r.random() * 0.2, 3)
    o["rows_loaded"] = c.int(0, 250000)
    o["error"] = "(psycopg2.errors.QueryCanceled) canceling statement due to statement timeout"
    o["event"] = "job failed"
    o["level"] = "error"
    o["logger"] = "etl.scheduler"
    o["timestamp"] = c.when().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return jdump(o, compact=False)


@group("etl.daily_revenue_rollup_timeout", "reporting-etl",
       "Cron job daily_revenue_rollup fails with statement timeout", 4, nm="nm12")
def _(c):
    return etl_job_fail(c, "daily_revenue_rollup", 1800)


@group("etl.weekly_churn_report_timeout", "reporting-etl",
       "Cron job weekly_churn_report fails with statement timeout", 2, nm="nm12")
def _(c):
    return etl_job_fail(c, "weekly_churn_report", 1800)


# ---------------------------------------------------------------- media-uploader (python logging default format)
nmset("nm13", "same S3 PutObject upload path and botocore ClientError, different AWS error code (SlowDown vs AccessDenied)")

S3T_FRAMES = [
    ("/app/media/upload.py", 77, "store_original", "s3.upload_fileobj(fh, MEDIA_BUCKET, key, ExtraArgs={\"ContentType\": content_type})"),
    (f"{SP}/boto3/s3/inject.py", 636, "upload_fileobj", "return future.result()"),
    (f"{SP}/s3transfer/futures.py", 103, "result", "return self._coordinator.result()"),
    (f"{SP}/s3transfer/futures.py", 266, "result", "raise self._exception"),
    (f"{SP}/s3transfer/tasks.py", 139, "__call__", "return self._execute_main(kwargs)"),
    (f"{SP}/s3transfer/tasks.py", 162, "_execute_main", "return_value = self._main(**kwargs)"),
    (f"{SP}/s3transfer/upload.py", 764, "_main", "client.put_object(Bucket=bucket, Key=key, Body=body, **extra_args)"),
] + BOTO_CALL


def media_upload_fail(c, exc):
    key = f"uploads/{c.int(10000, 999999)}/{c.uuid()}.{c.choice(['jpg', 'png', 'heic', 'jpg'])}"
    return f"ERROR:media.upload:Upload failed for s3://acme-media-prod/{key}\n" + pytb(S3T_FRAMES, exc)


@group("media.s3_put_slowdown", "media-uploader",
       "Original-image uploads throttled by S3: SlowDown on PutObject after max retries (hot prefix)", 4, nm="nm13")
def _(c):
    return media_upload_fail(c, "botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.")


@group("media.s3_put_access_denied", "media-uploader",
       "Original-image uploads denied: AccessDenied on PutObject (bucket policy / KMS key policy change)", 3, nm="nm13")
def _(c):
    return media_upload_fail(c, "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied")


# ================================================================ Node
# ---------------------------------------------------------------- web-bff (Express + pino)
def pino(c, pod, msg, err=None, req=None, extra=None, level=50):
    d = c.when()
    o = OrderedDict()
    o["level"] = level
    o["time"] = epoch_ms(d)
    o["pid"] = 1
    o["hostname"] = pod
    if req is not None:
        o["req"] = req
    if extra:
        o.update(extra)
    if err is not None:
        o["err"] = err
    o["msg"] = msg
    return jdump(o)


def pino_req(c, method, url):
    return OrderedDict([("id", c.int(1000, 999999)), ("method", method), ("url", url),
                        ("remoteAddress", f"::ffff:{c.ip()}"), ("remotePort", c.port())])


nmset("nm14", "same node-fetch call to catalog-service and FetchError wrapper, different errno (ECONNREFUSED vs ECONNRESET/socket hang up)")

CATALOG_SVC = "http://catalog-service.prod.svc.cluster.local:3000"


@group("bff.catalog_econnrefused", "web-bff",
       "Product page: fetch to catalog-service fails with connect ECONNREFUSED (catalog pods not ready)", 5, nm="nm14", dfv="pod")
def _(c):
    pid = c.int(1000, 99999)
    m = f"request to {CATALOG_SVC}/products/{pid} failed, reason: connect ECONNREFUSED 10.100.23.4:3000"
    err = OrderedDict([("type", "FetchError"), ("message", m),
                       ("stack", "FetchError: " + m + nodest([
                           "ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)",
                           "ClientRequest.emit (node:events:517:28)",
                           "Socket.socketErrorListener (node:_http_client:501:9)",
                           "Socket.emit (node:events:517:28)",
                           "emitErrorNT (node:internal/streams/destroy:151:8)",
                           "emitErrorCloseNT (node:internal/streams/destroy:116:3)",
                           "process.processTicksAndRejections (node:internal/process/task_queues:82:21)"])),
                       ("errno", "ECONNREFUSED"), ("code", "ECONNREFUSED"), ("erroredSysCall", "connect")])
    return pino(c, c.pod("web-bff"), "catalog lookup failed", err, pino_req(c, "GET", f"/api/products/{pid}"))


@group("bff.catalog_econnreset", "web-bff",
       "Product page: fetch to catalog-service fails with socket hang up / ECONNRESET (keep-alive race with upstream idle timeout)", 4, nm="nm14", dfv="pod")
def _(c):
    pid = c.int(1000, 99999)
    m = f"request to {CATALOG_SVC}/products/{pid} failed, reason: socket hang up"
    err = OrderedDict([("type", "FetchError"), ("message", m),
                       ("stack", "FetchError: " + m + nodest([
                           "ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)",
                           "ClientRequest.emit (node:events:517:28)",
                           "Socket.socketOnEnd (node:_http_client:524:23)",
                           "Socket.emit (node:events:529:35)",
                           "endReadableNT (node:internal/streams/readable:1400:12)",
                           "process.processTicksAndRejections (node:internal/process/task_queues:82:21)"])),
                       ("errno", "ECONNRESET"), ("code", "ECONNRESET")])
    return pino(c, c.pod("web-bff"), "catalog lookup failed", err, pino_req(c, "GET", f"/api/products/{pid}"))


nmset("nm15", "same TypeError message (Cannot read properties of undefined (reading 'price')), different throwing function/file")


@group("bff.typeerror_price_cart_mapper", "web-bff",
       "TypeError reading 'price' of undefined in mapCartLine (cart line whose product was deleted)", 5, nm="nm15", dfv="pod")
def _(c):
    m = "Cannot read properties of undefined (reading 'price')"
    err = OrderedDict([("type", "TypeError"), ("message", m),
                       ("stack", "TypeError: " + m + nodest([
                           "mapCartLine (/app/dist/cart/mapper.js:41:32)",
                           "Array.map (<anonymous>)",
                           "toCartView (/app/dist/cart/mapper.js:18:29)",
                           "/app/dist/routes/cart.js:27:24",
                           "process.processTicksAndRejections (node:internal/process/task_queues:95:5)"]))])
    return pino(c, c.pod("web-bff"), "request errored", err, pino_req(c, "GET", f"/api/cart/{c.uuid()}"))


@group("bff.typeerror_price_product_card", "web-bff",
       "TypeError reading 'price' of undefined in toProductCard (related product without default variant)", 3, nm="nm15", dfv="pod")
def _(c):
    m = "Cannot read properties of undefined (reading 'price')"
    err = OrderedDict([("type", "TypeError"), ("message", m),
                       ("stack", "TypeError: " + m + nodest([
                           "toProductCard (/app/dist/catalog/cards.js:88:19)",
                           "Array.map (<anonymous>)",
                           "relatedProducts (/app/dist/catalog/related.js:52:17)",
                           "async /app/dist/routes/products.js:64:22"]))])
    return pino(c, c.pod("web-bff"), "request errored", err,
                pino_req(c, "GET", f"/api/products/{c.int(1000, 99999)}/related"))


# ---------------------------------------------------------------- admin-portal (NestJS + TypeORM)
def nest(c, level, ctx, msg):
    d = c.when()
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    stamp = f"{d.month:02d}/{d.day:02d}/{d.year}, {h}:{d.minute:02d}:{d.second:02d} {ampm}"
    return f"[Nest] 1  - {stamp} {level:>7} [{ctx}] {msg}"


nmset("nm16", "same QueryFailedError 'duplicate key value violates unique constraint', different constraint (hex-looking TypeORM name = different table/column)")

TYPEORM_INSERT = [
    "PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)",
    "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "async InsertQueryBuilder.execute (/app/node_modules/typeorm/query-builder/InsertQueryBuilder.js:106:33)",
    "async SubjectExecutor.executeInsertOperations (/app/node_modules/typeorm/persistence/SubjectExecutor.js:260:42)",
    "async SubjectExecutor.execute (/app/node_modules/typeorm/persistence/SubjectExecutor.js:92:9)",
    "async EntityPersistExecutor.execute (/app/node_modules/typeorm/persistence/EntityPersistExecutor.js:140:21)",
]


@group("admin.unique_users_email", "admin-portal",
       "Inviting a user who already exists: unique constraint UQ_97672ac88f789774dd47f7c8be3 (users.email) violated, 500 instead of 409",
       4, nm="nm16")
def _(c):
    m = 'duplicate key value violates unique constraint "UQ_97672ac88f789774dd47f7c8be3"'
    return nest(c, "ERROR", "ExceptionsHandler", m) + "\nQueryFailedError: " + m + nodest(
        TYPEORM_INSERT + ["async UsersService.invite (/app/dist/users/users.service.js:58:9)",
                          "async UsersController.invite (/app/dist/users/users.controller.js:31:16)"])


@group("admin.unique_tenants_slug", "admin-portal",
       "Creating a tenant with a taken slug: unique constraint UQ_2f5a0e9b8c1d4e7a6b3c9d0e1f2 (tenants.slug) violated",
       3, nm="nm16")
def _(c):
    m = 'duplicate key value violates unique constraint "UQ_2f5a0e9b8c1d4e7a6b3c9d0e1f2"'
    return nest(c, "ERROR", "ExceptionsHandler", m) + "\nQueryFailedError: " + m + nodest(
        TYPEORM_INSERT + ["async TenantsService.create (/app/dist/tenants/tenants.service.js:44:24)",
                          "async TenantsController.create (/app/dist/tenants/tenants.controller.js:27:16)"])


@group("admin.sso_metadata_404", "admin-portal",
       "Nightly SAML metadata refresh builds the IdP metadata URL with a deprecated path -> 404 for every tenant it refreshes",
       4, dfv="tenant")
def _(c):
    t = c.pick("tenant", TEAMS)
    return (nest(c, "ERROR", "SsoMetadataService", f'Failed to refresh SAML metadata for tenant "{t}": Request failed with status code 404')
            + "\nAxiosError: Request failed with status code 404" + nodest([
                "settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)",
                "IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)",
                "IncomingMessage.emit (node:events:529:35)",
                "endReadableNT (node:internal/streams/readable:1400:12)",
                "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
                "async SsoMetadataService.refreshTenant (/app/dist/sso/sso-metadata.service.js:71:26)"]))


# ---------------------------------------------------------------- webhooks-dispatcher (winston + AWS SDK v3)
nmset("nm17", "same AWS SDK v3 SQS SendMessage AccessDenied, different queue (constant of the code)")


def winston_json(c, level, message, **kw):
    o = OrderedDict()
    o["level"] = level
    o["message"] = message
    o["service"] = "webhooks-dispatcher"
    for k, v in kw.items():
        o[k] = v
    o["timestamp"] = ts_iso(c.when())
    return jdump(o)


def sqs_denied(c, queue, message):
    sess = f"aws-sdk-js-session-{epoch_ms(c.when())}"
    err = OrderedDict([
        ("name", "AccessDenied"),
        ("message", f"User: arn:aws:sts::{ACCOUNT}:assumed-role/webhooks-dispatcher-irsa/{sess} is not authorized to perform: "
                    f"sqs:sendmessage on resource: arn:aws:sqs:{REGION}:{ACCOUNT}:{queue} because no identity-based policy allows the sqs:sendmessage action"),
        ("$fault", "client"),
        ("$metadata", OrderedDict([("httpStatusCode", 403), ("requestId", c.uuid()), ("attempts", 1), ("totalRetryDelay", 0)]))])
    return winston_json(c, "error", message, deliveryId=f"dlv_{c.s(20, MIXED)}",
                        queueUrl=f"https://sqs.{REGION}.amazonaws.com/{ACCOUNT}/{queue}", error=err)


@group("webhooks.sqs_denied_retries_queue", "webhooks-dispatcher",
       "Scheduling a webhook retry fails: AccessDenied on sqs:SendMessage to queue webhook-retries (IRSA policy missing the new queue)",
       3, nm="nm17")
def _(c):
    return sqs_denied(c, "webhook-retries", "Failed to enqueue webhook message")


@group("webhooks.sqs_denied_deadletter_queue", "webhooks-dispatcher",
       "Dead-lettering a webhook fails: AccessDenied on sqs:SendMessage to queue webhook-deadletter",
       2, nm="nm17")
def _(c):
    return sqs_denied(c, "webhook-deadletter", "Failed to enqueue webhook message")


nmset("nm18", "same webhook delivery failure log, different TLS error code (CERT_HAS_EXPIRED vs UNABLE_TO_VERIFY_LEAF_SIGNATURE)")


def webhook_tls(c, errmsg, code):
    t = c.pick("tenant", TEAMS)
    meta = OrderedDict([("attempt", c.int(1, 8)), ("code", code), ("deliveryId", f"dlv_{c.s(20, MIXED)}"),
                        ("endpoint", f"https://hooks.{t}.com/acme/orders"), ("error", errmsg),
                        ("event", c.choice(["order.created", "order.paid", "order.shipped"])), ("tenant", t)])
    return "error: Webhook delivery failed " + jdump(meta)


@group("webhooks.delivery_cert_expired", "webhooks-dispatcher",
       "Webhook deliveries fail because customer endpoints serve expired TLS certificates", 5, nm="nm18", dfv="tenant")
def _(c):
    return webhook_tls(c, "certificate has expired", "CERT_HAS_EXPIRED")


@group("webhooks.delivery_cert_incomplete_chain", "webhooks-dispatcher",
       "Webhook deliveries fail because customer endpoints omit the intermediate certificate", 4, nm="nm18", dfv="tenant")
def _(c):
    return webhook_tls(c, "unable to verify the first certificate", "UNABLE_TO_VERIFY_LEAF_SIGNATURE")


# ---------------------------------------------------------------- catalog-service (Prisma, pino)
nmset("nm19", "same Prisma error code P2025 on the same model, different operation (update vs delete)")


def prisma_err(c, op, text, code, meta, msg, fn, line):
    m = f"\nInvalid `prisma.product.{op}()` invocation:\n\n\n{text}"
    err = OrderedDict([("type", "PrismaClientKnownRequestError"), ("message", m),
                       ("stack", "PrismaClientKnownRequestError: " + m + nodest([
                           "Xn.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:123:6854)",
                           "Xn.handleAndLogRequestError (/app/node_modules/@prisma/client/runtime/library.js:123:6188)",
                           "Xn.request (/app/node_modules/@prisma/client/runtime/library.js:123:5896)",
                           "async l (/app/node_modules/@prisma/client/runtime/library.js:128:10871)",
                           f"async ProductsService.{fn} (/app/dist/products/products.service.js:{line})"])),
                       ("code", code), ("clientVersion", "5.10.2"), ("meta", meta)])
    return pino(c, c.pod("catalog-service"), msg, err, extra={"productId": "cl" + c.s(23, "abcdefghijklmnopqrstuvwxyz0123456789")})


@group("catalog.prisma_update_not_found", "catalog-service",
       "Price update for a product that was deleted meanwhile: prisma.product.update() P2025 Record to update not found",
       4, nm="nm19", dfv="pod")
def _(c):
    return prisma_err(c, "update", "An operation failed because it depends on one or more records that were required but not found. Record to update not found.",
                      "P2025", {"modelName": "Product", "cause": "Record to update not found."}, "failed to update product price", "updatePrice", "88:25")


@group("catalog.prisma_delete_not_found", "catalog-service",
       "Double-click delete of a product: prisma.product.delete() P2025 Record to delete does not exist",
       3, nm="nm19", dfv="pod")
def _(c):
    return prisma_err(c, "delete", "An operation failed because it depends on one or more records that were required but not found. Record to delete does not exist.",
                      "P2025", {"modelName": "Product", "cause": "Record to delete does not exist."}, "failed to delete product", "remove", "131:20")


# ---------------------------------------------------------------- reviews-service (Mongoose, winston JSON)
nmset("nm20", "same MongoServerError E11000 duplicate key, different collection/index (constants of the schema)")


def mongo_dup(c, coll, index, k1, k2, msg, fn):
    oid = lambda: c.hex(24)
    e = f"E11000 duplicate key error collection: reviews.{coll} index: {index} dup key: {{ {k1}: ObjectId('{oid()}'), {k2}: ObjectId('{oid()}') }}"
    o = OrderedDict([("level", "error"), ("message", f"{msg}: {e}"),
                     ("stack", "MongoServerError: " + e + nodest([
                         "InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:19)",
                         "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                         "async executeOperationAsync (/app/node_modules/mongodb/lib/operations/execute_operation.js:106:16)",
                         f"async {fn}"])),
                     ("service", "reviews-service"), ("timestamp", ts_iso(c.when()))])
    return jdump(o)


@group("reviews.dup_review_per_user", "reviews-service",
       "Submitting a second review for the same product: E11000 on reviews.reviews index productId_1_userId_1 (500 instead of 409)",
       4, nm="nm20")
def _(c):
    return mongo_dup(c, "reviews", "productId_1_userId_1", "productId", "userId", "create review failed",
                     "ReviewsService.create (/app/dist/reviews/reviews.service.js:42:21)")


@group("reviews.dup_helpful_vote", "reviews-service",
       "Voting 'helpful' twice: E11000 on reviews.helpful_votes index reviewId_1_voterId_1",
       3, nm="nm20")
def _(c):
    return mongo_dup(c, "helpful_votes", "reviewId_1_voterId_1", "reviewId", "voterId", "vote failed",
                     "VotesService.vote (/app/dist/votes/votes.service.js:29:9)")


# ---------------------------------------------------------------- accounts-service (Express + TypeORM, winston simple format)
nmset("nm21", "same ledger UPDATE statement failing in TypeORM, different SQLSTATE (40P01 deadlock vs 55P03 lock timeout)")

LEDGER_Q = 'UPDATE "account_balances" SET "balance" = "balance" + $1, "version" = "version" + 1 WHERE "account_id" = $2'


def accounts_ledger(c, err, code):
    meta = OrderedDict([("accountId", f"acc_{c.s(16, MIXED)}"), ("code", code), ("entryId", c.uuid()),
                        ("error", err), ("query", LEDGER_Q)])
    return "error: Failed to apply ledger entry " + jdump(meta)


@group("accounts.ledger_deadlock", "accounts-service",
       "Applying ledger entries deadlocks (SQLSTATE 40P01) when transfers touch two accounts in opposite order",
       4, nm="nm21")
def _(c):
    return accounts_ledger(c, "deadlock detected", "40P01")


@group("accounts.ledger_lock_timeout", "accounts-service",
       "Applying ledger entries hits lock_timeout (SQLSTATE 55P03) behind the nightly interest batch",
       3, nm="nm21")
def _(c):
    return accounts_ledger(c, "canceling statement due to lock timeout", "55P03")


@group("accounts.ses_unverified_recipient", "accounts-service",
       "Password-reset e-mails rejected by SES because the production account is still in the SES sandbox (recipient not verified)",
       5, dfv="email")
def _(c):
    e = c.pick("email", emails(c))
    meta = OrderedDict([("to", e), ("error", "MessageRejected"),
                        ("message", f"Email address is not verified. The following identities failed the check in region EU-WEST-1: {e}"),
                        ("requestId", c.uuid())])
    return "error: Failed to send password reset email " + jdump(meta)


# ================================================================ Go
# ---------------------------------------------------------------- partner-gateway (zap JSON)
nmset("nm22", "same zap 'partner API call failed' line for the same partner endpoint, differing only in the numeric HTTP status (401 vs 429)")


def zap_partner(c, status):
    d = c.when()
    o = OrderedDict([("level", "error"), ("ts", round(epoch_s(d) + d.microsecond / 1e6, 6)),
                     ("caller", "partners/dhl.go:142"), ("msg", "partner API call failed"),
                     ("partner", "dhl"), ("endpoint", "/shipments/v2/rates"), ("status", status),
                     ("request_id", c.uuid()), ("latency", round(0.02 + c.r.random() * 0.4, 4)),
                     ("stacktrace", "github.com/acme/gateway/internal/partners.(*DHLClient).Rates\n\t/src/internal/partners/dhl.go:142\n"
                                    "github.com/acme/gateway/internal/api.(*Handler).ShippingRates\n\t/src/internal/api/shipping.go:58\n"
                                    "net/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2136")])
    return jdump(o)


@group("partnergw.dhl_rates_401", "partner-gateway",
       "DHL rates API returns 401 (expired API credentials)", 4, nm="nm22")
def _(c):
    return zap_partner(c, 401)


@group("partnergw.dhl_rates_429", "partner-gateway",
       "DHL rates API returns 429 (rate limit exceeded, no client-side throttling)", 8, nm="nm22")
def _(c):
    return zap_partner(c, 429)


# ---------------------------------------------------------------- shipping-service (logrus text + panics)
nmset("nm23", "same pgx connect failure to the same host, different network error (connection refused vs i/o timeout)")


def logrus(c, level, msg, fields):
    d = c.when()
    parts = [f"time={goq(ts_iso_s(d))}", f"level={level}", f"msg={goq(msg)}"]
    for k in sorted(fields):
        v = str(fields[k])
        parts.append(f"{k}={goq(v) if re.search(r'[^A-Za-z0-9_.:/-]', v) or v == '' else v}")
    return " ".join(parts)


def shipping_pg(c, tail):
    ip = c.choice(["10.0.21.44", "10.0.37.118"])
    e = (f"failed to connect to `user=shipping_app database=shipping`: {ip}:5432 "
         f"(shipping-db.cluster-cq8x2lmw1h7z.eu-west-1.rds.amazonaws.com): dial error: dial tcp {ip}:5432: {tail}")
    return logrus(c, "error", "failed to load shipment", {"error": e, "shipment_id": f"shp_{c.s(14, MIXED)}"})


@group("shipping.pg_connection_refused", "shipping-service",
       "Shipping DB unreachable: dial tcp ...:5432 connect: connection refused (during Aurora failover)", 4, nm="nm23")
def _(c):
    return shipping_pg(c, "connect: connection refused")


@group("shipping.pg_io_timeout", "shipping-service",
       "Shipping DB unreachable: dial tcp ...:5432 i/o timeout (security group change)", 3, nm="nm23")
def _(c):
    return shipping_pg(c, "i/o timeout")


nmset("nm24", "same Go panic message (nil pointer dereference), different panicking function/goroutine")


def gp(c):
    return "0xc000" + c.hex(6)


@group("shipping.panic_ups_track_nil_client", "shipping-service",
       "Go panic: nil pointer dereference in ups.(*Client).Track called from the tracking poller (client not initialised when UPS disabled)",
       4, nm="nm24")
def _(c):
    ctxp = gp(c)
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0xb1c3f4]\n\n"
            f"goroutine {c.int(200, 90000)} [running]:\n"
            f"github.com/acme/shipping/internal/carriers/ups.(*Client).Track(0x0, {{0x1a3b2c8, {ctxp}}}, {{{gp(c)}, 0x12}})\n"
            "\t/src/internal/carriers/ups/track.go:57 +0x34\n"
            f"github.com/acme/shipping/internal/tracking.(*Poller).pollOne({gp(c)}, {{0x1a3b2c8, {ctxp}}}, {gp(c)})\n"
            "\t/src/internal/tracking/poller.go:112 +0x1a5\n"
            "github.com/acme/shipping/internal/tracking.(*Poller).Run.func1()\n"
            "\t/src/internal/tracking/poller.go:74 +0x6e\n"
            "created by github.com/acme/shipping/internal/tracking.(*Poller).Run in goroutine 1\n"
            "\t/src/internal/tracking/poller.go:71 +0x2f9")


@group("shipping.panic_label_render_nil_address", "shipping-service",
       "Go panic: nil pointer dereference in labels.(*Renderer).Render from the label queue consumer (shipment without return address)",
       3, nm="nm24")
def _(c):
    ctxp = gp(c)
    svc = gp(c)
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x40 pc=0xb27e91]\n\n"
            f"goroutine {c.int(200, 90000)} [running]:\n"
            f"github.com/acme/shipping/internal/labels.(*Renderer).Render({gp(c)}, 0x0)\n"
            "\t/src/internal/labels/render.go:143 +0x71\n"
            f"github.com/acme/shipping/internal/labels.(*Service).Create({svc}, {{0x1a3b2c8, {ctxp}}}, {gp(c)})\n"
            "\t/src/internal/labels/service.go:88 +0x2d4\n"
            f"github.com/acme/shipping/internal/queue.(*Consumer).handle({gp(c)}, {{0x1a3b2c8, {ctxp}}}, {{{gp(c)}, {gp(c)}}})\n"
            "\t/src/internal/queue/consumer.go:66 +0x1c8\n"
            "github.com/acme/shipping/internal/queue.(*Consumer).Run.func2()\n"
            "\t/src/internal/queue/consumer.go:41 +0x8f\n"
            "created by github.com/acme/shipping/internal/queue.(*Consumer).Run in goroutine 1\n"
            "\t/src/internal/queue/consumer.go:38 +0x37a")


# ---------------------------------------------------------------- pricing-engine (slog text + gRPC)
nmset("nm25", "same slog line for the same gRPC method, different gRPC status code (Unavailable vs DeadlineExceeded vs Unimplemented)")


def slog_tax(c, err):
    d = c.when()
    return (f"time={ts_iso(d)} level=ERROR source=/src/internal/quote/service.go:88 msg=\"tax calculation failed\" "
            f"sku={c.sku()} country={c.pick('country', COUNTRIES)} cart_id={c.uuid()} err={goq(err)}")


@group("pricing.tax_grpc_unavailable", "pricing-engine",
       "TaxService gRPC call fails with code = Unavailable (tax-service pods down, connection refused)", 5, nm="nm25", dfv="country")
def _(c):
    return slog_tax(c, 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.100.41.7:50051: connect: connection refused"')


@group("pricing.tax_grpc_deadline", "pricing-engine",
       "TaxService gRPC call fails with code = DeadlineExceeded (slow tax-service)", 4, nm="nm25", dfv="country")
def _(c):
    return slog_tax(c, "rpc error: code = DeadlineExceeded desc = context deadline exceeded")


@group("pricing.tax_grpc_unimplemented", "pricing-engine",
       "TaxService gRPC call fails with code = Unimplemented (pricing deployed before tax-service with CalculateV2)", 3, nm="nm25", dfv="country")
def _(c):
    return slog_tax(c, "rpc error: code = Unimplemented desc = unknown method CalculateV2 for service tax.v1.TaxService")


# ---------------------------------------------------------------- auth-service (slog JSON)
nmset("nm26", "same OAuth token-exchange failure for the same provider, different OAuth error code (invalid_grant vs invalid_client)")


def auth_exchange(c, err):
    d = c.when()
    o = OrderedDict([("time", d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"), ("level", "ERROR"),
                     ("msg", "token exchange failed"), ("provider", "google"),
                     ("tenant", c.pick("tenant", TEAMS)), ("session_id", c.s(22, MIXED)),
                     ("client_ip", f"{c.int(2, 223)}.{c.int(0, 255)}.{c.int(0, 255)}.{c.int(1, 254)}"),
                     ("error", err)])
    return jdump(o)


@group("auth.google_invalid_grant", "auth-service",
       "Google OIDC code exchange fails with invalid_grant (callback handler replays the authorization code on retry)", 5, nm="nm26", dfv="tenant")
def _(c):
    return auth_exchange(c, 'oauth2: "invalid_grant" "Bad Request"')


@group("auth.google_invalid_client", "auth-service",
       "Google OIDC code exchange fails with invalid_client (client secret rotated, config not updated)", 3, nm="nm26", dfv="tenant")
def _(c):
    return auth_exchange(c, 'oauth2: "invalid_client" "The OAuth client was not found."')


# ================================================================ .NET
# ---------------------------------------------------------------- billing-worker (Microsoft.Extensions.Logging console)
def mel(c, level, category, eventid, lines):
    d = c.when()
    body = "\n".join("      " + ln if ln else "      " for ln in lines)
    return f"{d.strftime('%Y-%m-%d %H:%M:%S')} {level}: {category}[{eventid}]\n" + body


EF_SAVE_TAIL = [
    "   at Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(StateManager stateManager, Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
    "   at Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.NpgsqlExecutionStrategy.ExecuteAsync[TState,TResult](TState state, Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
]
NPGSQL_READ = [
    "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
    "   at System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder`1.StateMachineBox`1.System.Threading.Tasks.Sources.IValueTaskSource<TResult>.GetResult(Int16 token)",
    "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
    "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
    "   at Npgsql.NpgsqlCommand.ExecuteReader(Boolean async, CommandBehavior behavior, CancellationToken cancellationToken)",
    "   at Npgsql.NpgsqlCommand.ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
]
EF_HDR = ["An exception occurred in the database while saving changes for context type 'Acme.Billing.Data.BillingDbContext'."]

nmset("nm27", "same EF Core SaveChanges failure header (Microsoft.EntityFrameworkCore.Update[10000]), different inner exception (concurrency vs 23505 unique vs 23503 foreign key)")


def ef_pg(c, sqlstate, text, detail, table, constraint, file_, line, routine):
    lines = EF_HDR + [
        "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
        f" ---> Npgsql.PostgresException (0x80004005): {sqlstate}: {text}",
        "",
        f"DETAIL: {detail}"] + NPGSQL_READ + [
        "  Exception data:",
        "    Severity: ERROR",
        f"    SqlState: {sqlstate}",
        f"    MessageText: {text}",
        f"    Detail: {detail}",
        "    SchemaName: public",
        f"    TableName: {table}",
        f"    ConstraintName: {constraint}",
        f"    File: {file_}",
        f"    Line: {line}",
        f"    Routine: {routine}",
        "   --- End of inner exception stack trace ---",
        "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"] + EF_SAVE_TAIL
    return mel(c, "fail", "Microsoft.EntityFrameworkCore.Update", 10000, lines)


@group("billing.ef_concurrency_conflict", "billing-worker",
       "Invoice status update loses optimistic-concurrency race: DbUpdateConcurrencyException (expected 1 row, affected 0)", 4, nm="nm27")
def _(c):
    lines = EF_HDR + [
        "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException: The database operation was expected to affect 1 row(s), but actually affected 0 row(s); "
        "data may have been modified or deleted since entities were loaded. See https://go.microsoft.com/fwlink/?LinkId=527962 for information on understanding and handling optimistic concurrency exceptions.",
        "   at Microsoft.EntityFrameworkCore.Update.AffectedCountModificationCommandBatch.ThrowAggregateUpdateConcurrencyExceptionAsync(RelationalDataReader reader, Int32 commandIndex, Int32 expectedRowsAffected, Int32 rowsAffected, CancellationToken cancellationToken)",
        "   at Microsoft.EntityFrameworkCore.Update.AffectedCountModificationCommandBatch.ConsumeResultSetWithRowsAffectedOnlyAsync(Int32 commandIndex, RelationalDataReader reader, CancellationToken cancellationToken)",
        "   at Microsoft.EntityFrameworkCore.Update.AffectedCountModificationCommandBatch.ConsumeAsync(RelationalDataReader reader, CancellationToken cancellationToken)",
        "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"] + EF_SAVE_TAIL
    return mel(c, "fail", "Microsoft.EntityFrameworkCore.Update", 10000, lines)


@group("billing.ef_unique_invoice_number", "billing-worker",
       "Invoice numbering race: Npgsql 23505 duplicate key on IX_Invoices_Number", 3, nm="nm27")
def _(c):
    num = f"INV-2024-{c.int(1000, 99999):06d}"
    return ef_pg(c, "23505", 'duplicate key value violates unique constraint "IX_Invoices_Number"',
                 f'Key ("Number")=({num}) already exists.', "Invoices", "IX_Invoices_Number", "nbtinsert.c", 666, "_bt_check_unique")


@group("billing.ef_fk_invoice_lines", "billing-worker",
       "Invoice lines inserted for an invoice that was rolled back: Npgsql 23503 FK_InvoiceLines_Invoices_InvoiceId", 1, nm="nm27")
def _(c):
    return ef_pg(c, "23503", 'insert or update on table "InvoiceLines" violates foreign key constraint "FK_InvoiceLines_Invoices_InvoiceId"',
                 f'Key ("InvoiceId")=({c.uuid()}) is not present in table "Invoices".', "InvoiceLines",
                 "FK_InvoiceLines_Invoices_InvoiceId", "ri_triggers.c", 2608, "ri_ReportViolation")


nmset("nm28", "same log header and same exception message ('The operation has timed out.'), different exception type (System.TimeoutException vs System.Net.WebException) from different code")


def invoice_run_abort(c, exc_lines):
    run = f"{c.when().strftime('%Y-%m-%d')}/{c.choice(['eu', 'uk', 'nordics'])}-{c.int(1, 9)}"
    total = c.int(2000, 9000)
    return mel(c, "fail", "Acme.Billing.Jobs.InvoiceRunJob", 0,
               [f"Invoice run {run} aborted after {c.int(10, total - 1)} of {total} invoices"] + exc_lines)


@group("billing.invoice_run_lease_timeout", "billing-worker",
       "Invoice run aborted: distributed lease acquisition times out (System.TimeoutException from Task.WaitAsync)", 3, nm="nm28")
def _(c):
    return invoice_run_abort(c, [
        "System.TimeoutException: The operation has timed out.",
        "   at System.Threading.Tasks.Task.WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)",
        "   at Acme.Billing.Locking.DistributedLease.AcquireAsync(String name, TimeSpan wait) in /src/Acme.Billing/Locking/DistributedLease.cs:line 46",
        "   at Acme.Billing.Jobs.InvoiceRunJob.ProcessCustomerAsync(Customer customer, CancellationToken ct) in /src/Acme.Billing/Jobs/InvoiceRunJob.cs:line 88",
        "   at Acme.Billing.Jobs.InvoiceRunJob.ExecuteAsync(CancellationToken stoppingToken) in /src/Acme.Billing/Jobs/InvoiceRunJob.cs:line 52"])


@group("billing.invoice_run_vies_timeout", "billing-worker",
       "Invoice run aborted: EU VIES VAT-number check over legacy HttpWebRequest times out (System.Net.WebException)", 3, nm="nm28")
def _(c):
    return invoice_run_abort(c, [
        "System.Net.WebException: The operation has timed out.",
        "   at System.Net.HttpWebRequest.GetResponse()",
        "   at Acme.Billing.Tax.ViesClient.CheckVat(String countryCode, String vatNumber) in /src/Acme.Billing/Tax/ViesClient.cs:line 61",
        "   at Acme.Billing.Jobs.InvoiceRunJob.ValidateVat(Customer customer) in /src/Acme.Billing/Jobs/InvoiceRunJob.cs:line 131",
        "   at Acme.Billing.Jobs.InvoiceRunJob.ProcessCustomerAsync(Customer customer, CancellationToken ct) in /src/Acme.Billing/Jobs/InvoiceRunJob.cs:line 79",
        "   at Acme.Billing.Jobs.InvoiceRunJob.ExecuteAsync(CancellationToken stoppingToken) in /src/Acme.Billing/Jobs/InvoiceRunJob.cs:line 52"])


# ---------------------------------------------------------------- invoicing-api (Serilog console + ASP.NET Core + AWS SDK .NET)
nmset("nm29", "same Serilog request-failure line for GET /api/invoices/{id}/pdf and same AmazonS3Exception wrapper, different S3 error (Access Denied vs NoSuchKey)")

S3_NET = [
    "   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)",
    "   at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)",
    "   at Amazon.Runtime.Internal.HttpHandler`1.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.Unmarshaller.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.S3.Internal.AmazonS3ResponseHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   --- End of inner exception stack trace ---",
    "   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
    "   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionAsync(IExecutionContext executionContext, HttpErrorResponseException exception)",
    "   at Amazon.Runtime.Internal.ExceptionHandler`1.HandleAsync(IExecutionContext executionContext, Exception exception)",
    "   at Amazon.Runtime.Internal.ErrorHandler.ProcessExceptionAsync(IExecutionContext executionContext, Exception exception)",
    "   at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.CallbackHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.Signer.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.CredentialsRetriever.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.RetryHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.ErrorCallbackHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Amazon.Runtime.Internal.MetricsHandler.InvokeAsync[T](IExecutionContext executionContext)",
    "   at Acme.Invoicing.Storage.PdfStore.OpenReadAsync(Guid invoiceId, CancellationToken ct) in /src/Acme.Invoicing/Storage/PdfStore.cs:line 38",
    "   at Acme.Invoicing.Api.Controllers.InvoicesController.GetPdf(Guid id, CancellationToken ct) in /src/Acme.Invoicing/Api/Controllers/InvoicesController.cs:line 77",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
]


def serilog_pdf(c, s3msg):
    d = c.when()
    head = (f"[{d.strftime('%H:%M:%S')} ERR] HTTP GET /api/invoices/{c.uuid()}/pdf responded 500 in "
            f"{c.int(40, 900)}.{c.int(0, 9999):04d} ms")
    return "\n".join([head, f"Amazon.S3.AmazonS3Exception: {s3msg}",
                      " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown."] + S3_NET)


@group("invoicing.pdf_s3_access_denied", "invoicing-api",
       "Invoice PDF download fails: S3 Access Denied (IAM role lost s3:GetObject on the PDF bucket)", 4, nm="nm29")
def _(c):
    return serilog_pdf(c, "Access Denied")


@group("invoicing.pdf_s3_no_such_key", "invoicing-api",
       "Invoice PDF download fails: S3 NoSuchKey (PDF never rendered for invoices created via API import)", 3, nm="nm29")
def _(c):
    return serilog_pdf(c, "The specified key does not exist.")


# ================================================================ Ruby
# ---------------------------------------------------------------- storefront-rails
def rails_500(c, exc_block, trace, ms=None):
    rid = c.uuid()
    p = f"[{rid}]"
    lines = [f"{p} Completed 500 Internal Server Error in {ms or c.int(20, 900)}ms (ActiveRecord: {c.int(1, 90)}.{c.int(0, 9)}ms | Allocations: {c.int(3000, 60000)})",
             f"{p}   "]
    exc_lines = exc_block.split("\n")
    lines.append(f"{p} " + exc_lines[0])
    lines.extend(exc_lines[1:])
    lines.append(f"{p}   ")
    lines.extend(f"{p} {t}" for t in trace)
    return "\n".join(lines)


nmset("nm30", "same ActiveRecord::RecordNotUnique / PG::UniqueViolation, different unique index (constant of the schema)")


@group("rails.cart_session_unique", "storefront-rails",
       "Concurrent first requests create the same cart: PG::UniqueViolation on index_carts_on_session_id", 4, nm="nm30")
def _(c):
    exc = ('ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_carts_on_session_id"\n'
           f"DETAIL:  Key (session_id)=({c.hex(32)}) already exists.\n):")
    return rails_500(c, exc, ["app/models/cart.rb:23:in `find_or_create_for_session'",
                              "app/controllers/application_controller.rb:41:in `current_cart'",
                              "app/controllers/carts_controller.rb:12:in `show'"])


@group("rails.signup_email_unique", "storefront-rails",
       "Double-submitted sign-up form: PG::UniqueViolation on index_users_on_email (uniqueness validation race)", 5, nm="nm30", dfv="email")
def _(c):
    e = c.pick("email", emails(c))
    exc = ('ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"\n'
           f"DETAIL:  Key (email)=({e}) already exists.\n):")
    return rails_500(c, exc, ["app/controllers/registrations_controller.rb:18:in `create'"])


nmset("nm31", "same ActionView::Template::Error (undefined method `name' for nil:NilClass), different template/line")


@group("rails.view_product_card_brand_nil", "storefront-rails",
       "Product listing crashes in app/views/products/_card.html.erb:10 for products without a brand", 4, nm="nm31")
def _(c):
    rid = c.uuid()
    p = f"[{rid}]"
    return "\n".join([
        f"{p} Completed 500 Internal Server Error in {c.int(20, 400)}ms (ActiveRecord: {c.int(1, 90)}.{c.int(0, 9)}ms | Allocations: {c.int(3000, 60000)})",
        f"{p}   ",
        f"{p} ActionView::Template::Error (undefined method `name' for nil:NilClass):",
        f'{p}      8: <article class="product-card">',
        f'{p}      9:   <h3 class="product-card__title"><%= link_to product.title, product_path(product) %></h3>',
        f'{p}     10:   <span class="product-card__brand"><%= product.brand.name %></span>',
        f"{p}     11:   <%= render 'products/price', product: product %>",
        f"{p}   ",
        f"{p} app/views/products/_card.html.erb:10",
        f"{p} app/views/products/index.html.erb:14"])


@group("rails.view_order_shipping_method_nil", "storefront-rails",
       "Order page crashes in app/views/orders/show.html.erb:44 for orders without a shipping method (digital goods)", 3, nm="nm31")
def _(c):
    rid = c.uuid()
    p = f"[{rid}]"
    return "\n".join([
        f"{p} Completed 500 Internal Server Error in {c.int(20, 400)}ms (ActiveRecord: {c.int(1, 90)}.{c.int(0, 9)}ms | Allocations: {c.int(3000, 60000)})",
        f"{p}   ",
        f"{p} ActionView::Template::Error (undefined method `name' for nil:NilClass):",
        f'{p}     42:   <dl class="order-summary">',
        f"{p}     43:     <dt>Shipping</dt>",
        f"{p}     44:     <dd><%= @order.shipping_method.name %></dd>",
        f"{p}     45:     <dt>Total</dt>",
        f"{p}   ",
        f"{p} app/views/orders/show.html.erb:44"])


# ---------------------------------------------------------------- sidekiq-workers (Sidekiq 7 default error handler)
def sidekiq_fail(c, klass, queue, args, err_class, err_msg, backtrace):
    d = c.when()
    tid = c.s(4, "abcdefghijklmnopqrstuvwxyz0123456789")
    jid = c.hex(24)
    pre = f"{ts_iso(d)} pid={c.int(7, 40)} tid={tid} class={klass} jid={jid}"
    created = epoch_s(d) - c.int(600, 20000) + c.r.random()
    failed = created + c.int(1, 60) + c.r.random()
    enq = failed + c.int(30, 500) + c.r.random()          # re-enqueued by the retry set
    job = OrderedDict([("retry", True), ("queue", queue), ("class", klass), ("args", args), ("jid", jid),
                       ("created_at", round(created, 6)), ("enqueued_at", round(enq, 6)),
                       ("error_message", err_msg), ("error_class", err_class),
                       ("failed_at", round(failed, 6)), ("retry_count", c.int(0, 12)),
                       ("retried_at", round(enq + c.r.random() * 3, 6))])
    ctx = OrderedDict([("context", "Job raised exception"), ("job", job)])
    return "\n".join([f"{pre} WARN: {jdump(ctx)}", f"{pre} WARN: {err_class}: {err_msg}",
                      f"{pre} WARN: " + "\n".join(backtrace)])


nmset("nm32", "same Net::ReadTimeout against the Shopify API, different Sidekiq job class (constant of the code)")

SHOPIFY_BT = ["/usr/local/lib/ruby/3.2.0/net/protocol.rb:229:in `rbuf_fill'",
              "/usr/local/lib/ruby/3.2.0/net/protocol.rb:199:in `readuntil'",
              "/usr/local/lib/ruby/3.2.0/net/protocol.rb:209:in `readline'",
              "/usr/local/lib/ruby/3.2.0/net/http/response.rb:42:in `read_status_line'",
              "/usr/local/bundle/gems/shopify_api-13.4.0/lib/shopify_api/clients/http_client.rb:64:in `request'"]


@group("sidekiq.shopify_inventory_sync_read_timeout", "sidekiq-workers",
       "ShopifyInventorySyncJob times out reading from the Shopify Admin API (Net::ReadTimeout)", 4, nm="nm32")
def _(c):
    return sidekiq_fail(c, "ShopifyInventorySyncJob", "shopify", [c.int(100, 9999)], "Net::ReadTimeout",
                        "Net::ReadTimeout with #<TCPSocket:(closed)>",
                        SHOPIFY_BT + ["/app/app/jobs/shopify_inventory_sync_job.rb:31:in `perform'"])


@group("sidekiq.shopify_order_import_read_timeout", "sidekiq-workers",
       "ShopifyOrderImportJob times out reading from the Shopify Admin API (Net::ReadTimeout)", 3, nm="nm32")
def _(c):
    return sidekiq_fail(c, "ShopifyOrderImportJob", "shopify", [c.int(100, 9999), ts_iso_s(c.when())], "Net::ReadTimeout",
                        "Net::ReadTimeout with #<TCPSocket:(closed)>",
                        SHOPIFY_BT + ["/app/app/jobs/shopify_order_import_job.rb:48:in `perform'"])


@group("sidekiq.shopify_webhook_shop_not_found", "sidekiq-workers",
       "ShopifyWebhookJob for shops that uninstalled the app: ActiveRecord::RecordNotFound Couldn't find Shop", 5, dfv="shop")
def _(c):
    shop = c.pick("shop", [f"{a}-{b}.myshopify.com" for a in SHOP_ADJ for b in SHOP_NOUN])
    msg = "Couldn't find Shop"
    return sidekiq_fail(c, "ShopifyWebhookJob", "webhooks", [c.choice(["orders/create", "orders/updated", "products/update"]), shop],
                        "ActiveRecord::RecordNotFound", msg,
                        ["/usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/core.rb:253:in `find_by!'",
                         "/app/app/jobs/shopify_webhook_job.rb:9:in `perform'"])


# ================================================================ PHP
# ---------------------------------------------------------------- legacy-cms (Laravel)
nmset("nm33", "same Laravel QueryException on the same page query, different MySQL client error (2002 connection refused vs 2006 server has gone away)")


def laravel_query(c, sqlstate_msg, code, prev_class):
    d = c.when()
    slug = c.pick("slug", CMS_SLUGS)
    sql = f"select * from `pages` where `slug` = {slug} and `pages`.`deleted_at` is null limit 1"
    m = f"{sqlstate_msg} (Connection: mysql, SQL: {sql})"
    exc = (f"[object] (Illuminate\\Database\\QueryException(code: {code}): {m} at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)\n"
           "[stacktrace]\n"
           "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(776): Illuminate\\Database\\Connection->runQueryCallback('select * from `...', Array, Object(Closure))\n"
           "#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(421): Illuminate\\Database\\Connection->run('select * from `...', Array, Object(Closure))\n"
           "#2 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(2913): Illuminate\\Database\\Connection->select('select * from `...', Array, true)\n"
           "#3 /var/www/html/app/Http/Controllers/PageController.php(21): Illuminate\\Database\\Eloquent\\Builder->first()\n"
           f"[previous exception] [object] ({prev_class}(code: {code}): {sqlstate_msg} at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)\n")
    return f"[{d.strftime('%Y-%m-%d %H:%M:%S')}] production.ERROR: {m} " + jdump({"exception": exc})


@group("cms.mysql_connection_refused", "legacy-cms",
       "CMS pages fail: SQLSTATE[HY000] [2002] Connection refused (Aurora writer restarting)", 5, nm="nm33", dfv="slug")
def _(c):
    return laravel_query(c, "SQLSTATE[HY000] [2002] Connection refused", 2002, "PDOException")


@group("cms.mysql_gone_away", "legacy-cms",
       "CMS pages fail: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (stale persistent connections)", 4, nm="nm33", dfv="slug")
def _(c):
    return laravel_query(c, "SQLSTATE[HY000]: General error: 2006 MySQL server has gone away", "HY000", "PDOException")


# ================================================================ AWS Lambda / serverless
# ---------------------------------------------------------------- lambda-thumbnailer (Node runtime)
nmset("nm34", "same Lambda 'Invoke Error' JSON with errorType Error and identical stack, different errorMessage (unsupported format vs pixel limit)")


def lambda_invoke_error(c, msg):
    d = c.when()
    payload = OrderedDict([("errorType", "Error"), ("errorMessage", msg),
                           ("stack", [f"Error: {msg}",
                                      "    at Sharp.toBuffer (/var/task/node_modules/sharp/lib/output.js:163:17)",
                                      "    at resize (/var/task/src/resize.js:22:6)",
                                      "    at Runtime.handler (/var/task/src/index.js:31:25)"])])
    return f"{ts_iso(d)}\t{c.uuid()}\tERROR\tInvoke Error \t{jdump(payload)}"


@group("thumb.unsupported_image_format", "lambda-thumbnailer",
       "Thumbnailer invoked for uploads it cannot decode (HEIC/AVIF): 'Input buffer contains unsupported image format'", 4, nm="nm34")
def _(c):
    return lambda_invoke_error(c, "Input buffer contains unsupported image format")


@group("thumb.pixel_limit_exceeded", "lambda-thumbnailer",
       "Thumbnailer invoked for huge panoramas: 'Input image exceeds pixel limit'", 3, nm="nm34")
def _(c):
    return lambda_invoke_error(c, "Input image exceeds pixel limit")


@group("thumb.import_module_sharp", "lambda-thumbnailer",
       "Deploy shipped without the linux-x64 sharp binary: Runtime.ImportModuleError Cannot find module 'sharp' at init", 4)
def _(c):
    payload = OrderedDict([("errorType", "Runtime.ImportModuleError"),
                           ("errorMessage", "Error: Cannot find module 'sharp'\nRequire stack:\n- /var/task/src/resize.js\n- /var/task/src/index.js\n- /var/runtime/index.mjs"),
                           ("stack", ["Runtime.ImportModuleError: Error: Cannot find module 'sharp'", "Require stack:",
                                      "- /var/task/src/resize.js", "- /var/task/src/index.js", "- /var/runtime/index.mjs",
                                      "    at _loadUserApp (file:///var/runtime/index.mjs:1087:17)",
                                      "    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)",
                                      "    at async start (file:///var/runtime/index.mjs:1282:23)",
                                      "    at async file:///var/runtime/index.mjs:1288:1"])])
    return f"{ts_iso(c.when())}\tundefined\tERROR\tUncaught Exception \t{jdump(payload)}"


# ---------------------------------------------------------------- lambda-export-csv (Python runtime)
nmset("nm35", "same Lambda 'Runtime exited with error ... Runtime.ExitError', different exit reason (signal: killed = OOM vs exit status 1)")


@group("export.runtime_exit_killed_oom", "lambda-export-csv",
       "CSV export Lambda killed for exceeding memory: Runtime exited with error: signal: killed", 3, nm="nm35")
def _(c):
    return f"RequestId: {c.uuid()} Error: Runtime exited with error: signal: killed\nRuntime.ExitError"


@group("export.runtime_exit_status_1", "lambda-export-csv",
       "CSV export Lambda process exits with status 1 (sys.exit in pandas import guard after layer upgrade)", 1, nm="nm35")
def _(c):
    return f"RequestId: {c.uuid()} Error: Runtime exited with error: exit status 1\nRuntime.ExitError"


@group("export.task_timed_out", "lambda-export-csv",
       "CSV export Lambda hits the 900 s timeout (Task timed out + END/REPORT)", 4)
def _(c):
    d = c.when()
    rid = c.uuid()
    return (f"{ts_iso(d)} {rid} Task timed out after {900 + c.int(1, 12) / 100:.2f} seconds\n\n"
            f"END RequestId: {rid}\n"
            f"REPORT RequestId: {rid}\tDuration: {900000 + c.int(10, 120)}.{c.int(0, 99):02d} ms\tBilled Duration: 900000 ms\t"
            f"Memory Size: 1024 MB\tMax Memory Used: {c.int(380, 900)} MB\t")


# ---------------------------------------------------------------- lambda-stream-processor (Kinesis -> DynamoDB, Powertools logger)
nmset("nm36", "same Powertools 'failed to persist record' log and DynamoDB table, different operation (PutItem vs UpdateItem) or AWS error code (ConditionalCheckFailed vs ProvisionedThroughputExceeded)")


def powertools(c, location, tb, exc_name, func, line, code):
    d = c.when()
    rid = c.uuid()
    exc = pytb([("/var/task/app.py", line, func, code)] + [
        ("/var/task/boto3/resources/factory.py", 581, "do_action", "response = action(self, *args, **kwargs)"),
        ("/var/task/boto3/resources/action.py", 88, "__call__", "response = getattr(parent.meta.client, operation_name)(*args, **params)"),
        ("/var/runtime/botocore/client.py", 553, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        ("/var/runtime/botocore/client.py", 1009, "_make_api_call", "raise error_class(parsed_response, operation_name)")], tb)
    o = OrderedDict([("level", "ERROR"), ("location", location), ("message", "failed to persist record"),
                     ("timestamp", ts_py(d) + "+0000"), ("service", "stream-processor"), ("cold_start", c.choice([False, False, False, True])),
                     ("function_name", "stream-processor-prod"), ("function_memory_size", "512"),
                     ("function_arn", f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:stream-processor-prod"),
                     ("function_request_id", rid), ("device_id", f"dev-{c.hex(12)}"),
                     ("sequence_number", str(c.int(10 ** 55, 10 ** 56 - 1))),
                     ("exception", exc), ("exception_name", exc_name),
                     ("xray_trace_id", f"1-{c.hex(8)}-{c.hex(24)}")])
    return jdump(o)


@group("stream.put_item_conditional_check", "lambda-stream-processor",
       "Out-of-order Kinesis records rejected by the PutItem condition on device-state (ConditionalCheckFailedException not handled)", 4, nm="nm36")
def _(c):
    return powertools(c, "process_record:88",
                      "botocore.errorfactory.ConditionalCheckFailedException: An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed",
                      "ConditionalCheckFailedException", "process_record", 88,
                      'table.put_item(Item=item, ConditionExpression="attribute_not_exists(device_id) OR #ts < :ts", ExpressionAttributeNames=NAMES, ExpressionAttributeValues=values)')


@group("stream.update_item_conditional_check", "lambda-stream-processor",
       "Counter delta UpdateItem rejected by its version condition (ConditionalCheckFailedException on UpdateItem, optimistic-lock retry missing)", 4, nm="nm36")
def _(c):
    return powertools(c, "apply_delta:131",
                      "botocore.errorfactory.ConditionalCheckFailedException: An error occurred (ConditionalCheckFailedException) when calling the UpdateItem operation: The conditional request failed",
                      "ConditionalCheckFailedException", "apply_delta", 131,
                      'table.update_item(Key=key, UpdateExpression="ADD #c :d SET #v = :nv", ConditionExpression="#v = :v", ExpressionAttributeNames=NAMES, ExpressionAttributeValues=values)')


@group("stream.put_item_throughput_exceeded", "lambda-stream-processor",
       "Device-state table under-provisioned: ProvisionedThroughputExceededException on PutItem after retries", 3, nm="nm36")
def _(c):
    return powertools(c, "process_record:88",
                      "botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
                      "ProvisionedThroughputExceededException", "process_record", 88,
                      'table.put_item(Item=item, ConditionExpression="attribute_not_exists(device_id) OR #ts < :ts", ExpressionAttributeNames=NAMES, ExpressionAttributeValues=values)')


# ---------------------------------------------------------------- step-functions (EventBridge execution status change)
nmset("nm37", "same Step Functions FAILED event with the same Lambda timeout cause, different state machine (constant of the code)")


def sfn_failed(c, machine, fn_timeout, input_key, input_val):
    d = c.when()
    name = c.uuid()
    start = epoch_ms(d) - c.int(12000, 90000)
    rid = c.uuid()
    cause = jdump(OrderedDict([("errorType", "Sandbox.Timedout"),
                               ("errorMessage", f"RequestId: {rid} Error: Task timed out after {fn_timeout:.2f} seconds")]))
    detail = OrderedDict([("executionArn", f"arn:aws:states:{REGION}:{ACCOUNT}:execution:{machine}:{name}"),
                          ("stateMachineArn", f"arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:{machine}"),
                          ("name", name), ("status", "FAILED"), ("startDate", start), ("stopDate", epoch_ms(d)),
                          ("input", jdump({input_key: input_val})), ("output", None),
                          ("error", "States.TaskFailed"), ("cause", cause)])
    ev = OrderedDict([("version", "0"), ("id", c.uuid()), ("detail-type", "Step Functions Execution Status Change"),
                      ("source", "aws.states"), ("account", ACCOUNT), ("time", ts_iso_s(d)), ("region", REGION),
                      ("resources", [detail["executionArn"]]), ("detail", detail)])
    return jdump(ev)


@group("sfn.order_saga_lambda_timeout", "step-functions",
       "order-saga executions FAILED: reserve-stock Lambda task times out (10 s)", 4, nm="nm37")
def _(c):
    return sfn_failed(c, "order-saga", 10, "orderId", c.order())


@group("sfn.refund_saga_lambda_timeout", "step-functions",
       "refund-saga executions FAILED: issue-refund Lambda task times out (10 s)", 2, nm="nm37")
def _(c):
    return sfn_failed(c, "refund-saga", 10, "refundId", f"RF-{c.int(10000, 99999)}")


# ---------------------------------------------------------------- api-gateway (HTTP API access log, custom JSON format)
nmset("nm38", "same API Gateway route access-log JSON, differing only in the numeric status (502 bad integration response vs 504 integration timeout)")


def apigw(c, status, latency):
    d = c.when()
    o = OrderedDict([("requestId", c.s(14, MIXED) + "="), ("ip", f"{c.int(2, 223)}.{c.int(0, 255)}.{c.int(0, 255)}.{c.int(1, 254)}"),
                     ("requestTime", d.strftime("%d/%b/%Y:%H:%M:%S +0000")), ("httpMethod", "POST"),
                     ("routeKey", "POST /v1/orders"), ("status", str(status)), ("protocol", "HTTP/1.1"),
                     ("responseLength", "35" if status == 502 else "41"), ("integrationLatency", str(latency)),
                     ("integrationStatus", "200" if status == 502 else "-")])
    return jdump(o)


@group("apigw.orders_post_502", "api-gateway",
       "POST /v1/orders returns 502: Lambda integration returns a malformed response (missing statusCode)", 4, nm="nm38")
def _(c):
    return apigw(c, 502, c.int(40, 400))


@group("apigw.orders_post_504", "api-gateway",
       "POST /v1/orders returns 504: integration exceeds the 30 s API Gateway timeout", 3, nm="nm38")
def _(c):
    return apigw(c, 504, c.int(29990, 30030))


# ================================================================ managed data stores
# ---------------------------------------------------------------- rds-orders-postgres (RDS PostgreSQL log)
nmset("nm39", "same RDS Postgres ERROR on the same UPDATE statement, different error (deadlock detected vs could not serialize access)")

RES_SQL = "UPDATE inventory_reservations SET status = $1, updated_at = now() WHERE order_id = $2"


def rds_prefix(d, ip, port, pid):
    return f"{d.strftime('%Y-%m-%d %H:%M:%S')} UTC:{ip}({port}):orders_app@orders:[{pid}]:"


@group("rds.reservations_deadlock", "rds-orders-postgres",
       "Deadlock between release and commit of inventory reservations", 3, nm="nm39")
def _(c):
    d = c.when()
    ip, port, pid = c.ip(), c.port(), c.int(10000, 65000)
    pid2 = pid + c.int(1, 400)
    tx = c.int(90000000, 99999999)
    p = rds_prefix(d, ip, port, pid)
    return "\n".join([
        f"{p}ERROR:  deadlock detected",
        f"{p}DETAIL:  Process {pid} waits for ShareLock on transaction {tx}; blocked by process {pid2}.",
        f"\tProcess {pid2} waits for ShareLock on transaction {tx - c.int(1, 50)}; blocked by process {pid}.",
        f"\tProcess {pid}: {RES_SQL}",
        f"\tProcess {pid2}: {RES_SQL}",
        f"{p}HINT:  See server log for query details.",
        f'{p}CONTEXT:  while updating tuple ({c.int(0, 9000)},{c.int(1, 80)}) in relation "inventory_reservations"',
        f"{p}STATEMENT:  {RES_SQL}"])


@group("rds.reservations_serialization_failure", "rds-orders-postgres",
       "Serializable reservation update loses a race: could not serialize access due to concurrent update", 3, nm="nm39")
def _(c):
    d = c.when()
    p = rds_prefix(d, c.ip(), c.port(), c.int(10000, 65000))
    return "\n".join([f"{p}ERROR:  could not serialize access due to concurrent update",
                      f"{p}STATEMENT:  {RES_SQL}"])


# ---------------------------------------------------------------- aurora-cms-mysql (Aurora MySQL 3 error log)
nmset("nm40", "same 'Aborted connection' note, different reason (error reading vs timeout reading communication packets)")


def aurora_aborted(c, reason):
    d = c.when()
    cid = c.int(100000, 999999)
    return (f"{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d}Z {cid} [Note] [MY-010914] [Server] Aborted connection {cid} "
            f"to db: 'cms' user: 'cms_app' host: '{c.ip()}' ({reason}).")


@group("aurora.aborted_conn_read_error", "aurora-cms-mysql",
       "PHP-FPM workers killed mid-query: Aborted connection (Got an error reading communication packets)", 3, nm="nm40")
def _(c):
    return aurora_aborted(c, "Got an error reading communication packets")


@group("aurora.aborted_conn_read_timeout", "aurora-cms-mysql",
       "Idle persistent connections cut by wait_timeout: Aborted connection (Got timeout reading communication packets)", 4, nm="nm40")
def _(c):
    return aurora_aborted(c, "Got timeout reading communication packets")


# ---------------------------------------------------------------- elasticache-sessions (Redis engine log)
@group("redis.client_output_buffer_limit", "elasticache-sessions",
       "Redis closes a client that ran HGETALL on a huge session hash: output buffer limits exceeded", 4)
def _(c):
    d = c.when()
    omem = c.int(268435456, 300000000)
    return (f"1:M {d.day} {d.strftime('%b %Y %H:%M:%S')}.{ms3(d)} # Client id={c.int(100000, 9999999)} addr={c.ip()}:{c.port()} "
            f"laddr=10.0.8.21:6379 fd={c.int(10, 900)} name= age={c.int(1, 4000)} idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 "
            f"qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=1024 obl=0 oll={c.int(2000, 20000)} omem={omem} "
            f"tot-mem={omem + c.int(20000, 90000)} events=rw cmd=hgetall user=default redir=-1 resp=2 lib-name= lib-ver= "
            "closed for overcoming of output buffer limits.")


# ---------------------------------------------------------------- opensearch-prod
nmset("nm41", "same CircuitBreakingException 'Data too large', different breaker ([parent] heap vs [fielddata] on a text field)")

OS_NODES = ["8f3a1c2e9b7d4f60a5e1c3b2d4f6a8e0", "1b9e7d5c3a2f4e6d8c0b2a4e6f8d0c2a", "e4c6a8b0d2f4e6a8c0e2b4d6f8a0c2e4"]


def os_breaker(c, path, msg):
    d = c.when()
    return (f"[{d.strftime('%Y-%m-%dT%H:%M:%S')},{ms3(d)}][WARN ][r.suppressed             ] [{c.choice(OS_NODES)}] "
            f"path: {path}, params: {{index={path.split('/')[1]}}}\n"
            f"org.opensearch.core.common.breaker.CircuitBreakingException: {msg}"
            + jst(["org.opensearch.indices.breaker.HierarchyCircuitBreakerService.checkParentLimit(HierarchyCircuitBreakerService.java:440)",
                   "org.opensearch.common.breaker.ChildMemoryCircuitBreaker.addEstimateBytesAndMaybeBreak(ChildMemoryCircuitBreaker.java:108)",
                   "org.opensearch.transport.InboundAggregator.checkBreaker(InboundAggregator.java:228)"]))


def gb(n):
    return f"{n / 1024 ** 3:.1f}gb"


@group("opensearch.parent_breaker_heap", "opensearch-prod",
       "Parent circuit breaker trips on search requests (heap pressure from large aggregations)", 3, nm="nm41")
def _(c):
    lim = 16320875724
    would = lim + c.int(10 ** 7, 9 * 10 ** 8)
    fd = c.int(9 * 10 ** 8, 14 * 10 ** 8)
    return os_breaker(c, "/products-v7/_search",
                      f"[parent] Data too large, data for [<http_request>] would be [{would}/{gb(would)}], which is larger than the limit of "
                      f"[{lim}/{gb(lim)}], real usage: [{would}/{gb(would)}], new bytes reserved: [0/0b], usages "
                      f"[request=0/0b, fielddata={fd}/{gb(fd)}, in_flight_requests={c.int(1000, 90000)}/{c.int(1, 90)}kb]")


@group("opensearch.fielddata_breaker_email", "opensearch-prod",
       "Fielddata breaker trips when the orders dashboard aggregates on the text field customer_email", 3, nm="nm41")
def _(c):
    lim = 6399999999
    would = lim + c.int(10 ** 6, 5 * 10 ** 8)
    return os_breaker(c, "/orders-2024.05/_search",
                      f"[fielddata] Data too large, data for [customer_email] would be [{would}/{gb(would)}], which is larger than the limit of "
                      f"[{lim}/{gb(lim)}]")


# ================================================================ edge / network
# ---------------------------------------------------------------- ingress-nginx
nmset("nm42", "same ingress-nginx access-log line for the same route and upstream, differing only in the numeric status/timings (502 vs 504)")


def ingress_access(c, status, rtime, body):
    d = c.when()
    up = f"10.0.{c.int(0, 63)}.{c.int(2, 254)}:8080"
    return (f"{c.int(2, 223)}.{c.int(0, 255)}.{c.int(0, 255)}.{c.int(1, 254)} - - [{d.strftime('%d/%b/%Y:%H:%M:%S +0000')}] "
            f"\"POST /api/v1/checkout HTTP/2.0\" {status} {body} \"https://shop.acme.io/cart\" \"{c.choice(UAS)}\" "
            f"{c.int(400, 2400)} {rtime:.3f} [prod-checkout-api-8080] [] {up} 0 {rtime:.3f} {status} {c.hex(32)}")


@group("ingress.checkout_502", "ingress-nginx",
       "POST /api/v1/checkout answered 502 by ingress (checkout-api pods crash-looping / refusing connections)", 4, nm="nm42")
def _(c):
    return ingress_access(c, 502, c.int(1, 9) / 1000, 150)


@group("ingress.checkout_504", "ingress-nginx",
       "POST /api/v1/checkout answered 504 by ingress (checkout-api slow, proxy_read_timeout 60s)", 4, nm="nm42")
def _(c):
    return ingress_access(c, 504, 60 + c.int(0, 9) / 1000, 160)


nmset("nm43", "same nginx upstream error for the same server/upstream, different error (prematurely closed vs timed out (110))")


def ingress_err(c, err):
    d = c.when()
    oid = c.int(10000, 99999)
    up = f"10.0.{c.int(0, 63)}.{c.int(2, 254)}:8080"
    w = c.int(20, 60)
    return (f"{d.strftime('%Y/%m/%d %H:%M:%S')} [error] {w}#{w}: *{c.int(100000, 9999999)} {err} while reading response header from upstream, "
            f"client: {c.ip()}, server: api.acme.io, request: \"GET /api/v1/orders/{oid} HTTP/1.1\", "
            f"upstream: \"http://{up}/api/v1/orders/{oid}\", host: \"api.acme.io\"")


@group("ingress.orders_upstream_prematurely_closed", "ingress-nginx",
       "orders-service closes keep-alive connections early: upstream prematurely closed connection", 3, nm="nm43")
def _(c):
    return ingress_err(c, "upstream prematurely closed connection")


@group("ingress.orders_upstream_timed_out", "ingress-nginx",
       "orders-service too slow: upstream timed out (110: Operation timed out)", 3, nm="nm43")
def _(c):
    return ingress_err(c, "upstream timed out (110: Operation timed out)")


# ---------------------------------------------------------------- envoy-sidecar (Istio access log)
nmset("nm44", "same Envoy access-log line for the same route, status 503 with different response flag (UF connection failure vs UO circuit-breaker overflow)")


def envoy(c, flags, details, upstream_host, dur):
    d = c.when()
    return (f"[{ts_iso(d)}] \"GET /v1/quotes?sku={c.sku()}&country={c.choice(COUNTRIES)} HTTP/1.1\" 503 {flags} {details} - \"-\" 0 "
            f"{91 if flags == 'UF' else 81} {dur} - \"-\" \"Go-http-client/1.1\" \"{c.uuid()}\" \"pricing-engine.prod.svc.cluster.local:8080\" "
            f"\"{upstream_host}\" outbound|8080||pricing-engine.prod.svc.cluster.local - 10.100.41.12:8080 {c.ip()}:{c.port()} - default")


@group("envoy.pricing_503_uf", "envoy-sidecar",
       "Calls to pricing-engine fail 503 UF (upstream connection failure)", 3, nm="nm44")
def _(c):
    return envoy(c, "UF", "upstream_reset_before_response_started{connection_failure}", f"10.0.{c.int(0, 63)}.{c.int(2, 254)}:8080", c.int(1, 40))


@group("envoy.pricing_503_uo", "envoy-sidecar",
       "Calls to pricing-engine fail 503 UO (DestinationRule circuit breaker overflow, maxPendingRequests too low)", 3, nm="nm44")
def _(c):
    return envoy(c, "UO", "upstream_reset_before_response_started{overflow}", "-", 0)


# ---------------------------------------------------------------- coredns
@group("coredns.upstream_forward_timeout", "coredns",
       "CoreDNS forwarding to the VPC resolver times out (link-local packets-per-second limit) for many external names", 6, dfv="qname")
def _(c):
    d = c.when()
    q = c.pick("qname", EXT_DOMAINS)
    return (f"{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d}{c.int(100, 999)}Z stdout F [ERROR] plugin/errors: 2 {q} "
            f"{c.choice(['A', 'AAAA'])}: read udp {c.choice(['10.0.12.7', '10.0.44.19'])}:{c.port()}->10.0.0.2:53: i/o timeout")


# ================================================================ Kubernetes
# ---------------------------------------------------------------- kube-events (pod watcher + event exporter)
nmset("nm45", "same container-terminated line for the same deployment, different reason/exit code (OOMKilled 137 vs Error 1)")


def pod_term(c, deploy, container, reason, code):
    return (f"level=warn msg=\"container terminated\" namespace=prod pod={c.pod(deploy)} container={container} "
            f"reason={reason} exit_code={code} restart_count={c.int(1, 30)} node=ip-10-0-{c.int(0, 63)}-{c.int(2, 254)}.eu-west-1.compute.internal "
            f"finished_at={ts_iso_s(c.when())}")


@group("k8s.search_api_oomkilled", "kube-events",
       "search-api containers OOMKilled (exit 137) — memory limit too low for the new embedding cache", 5, nm="nm45", dfv="pod")
def _(c):
    return pod_term(c, "search-api", "search-api", "OOMKilled", 137)


@group("k8s.search_api_exit_error", "kube-events",
       "search-api containers exit 1 at startup (missing OPENSEARCH_URL in the new ConfigMap)", 3, nm="nm45", dfv="pod")
def _(c):
    return pod_term(c, "search-api", "search-api", "Error", 1)


nmset("nm46", "same kubelet BackOff event text, different deployment/container (constant) while the pod suffix varies")


def k8s_event(c, obj_name, reason, message, etype="Warning", field_path=None, component="kubelet"):
    d = c.when()
    first = d - timedelta(minutes=c.int(1, 300))
    io = OrderedDict([("kind", "Pod"), ("namespace", "prod"), ("name", obj_name), ("uid", c.uuid()),
                      ("apiVersion", "v1"), ("resourceVersion", str(c.int(10 ** 8, 10 ** 9)))])
    if field_path:
        io["fieldPath"] = field_path
    o = OrderedDict([("metadata", OrderedDict([("name", f"{obj_name}.{c.hex(16)}"), ("namespace", "prod"),
                                               ("uid", c.uuid()), ("creationTimestamp", ts_iso_s(first))])),
                     ("reason", reason), ("message", message),
                     ("source", OrderedDict([("component", component)] + ([("host", f"ip-10-0-{c.int(0, 63)}-{c.int(2, 254)}.eu-west-1.compute.internal")] if component == "kubelet" else []))),
                     ("firstTimestamp", ts_iso_s(first)), ("lastTimestamp", ts_iso_s(d)),
                     ("count", c.int(1, 60)), ("type", etype), ("involvedObject", io)])
    return jdump(o)


@group("k8s.admin_portal_crashloop", "kube-events",
       "admin-portal pods in CrashLoopBackOff (BackOff restarting failed container admin-portal)", 5, nm="nm46", dfv="pod")
def _(c):
    p = c.pod("admin-portal")
    return k8s_event(c, p, "BackOff", f"Back-off restarting failed container admin-portal in pod {p}_prod({c.uuid()})",
                     field_path="spec.containers{admin-portal}")


@group("k8s.shipping_crashloop", "kube-events",
       "shipping-service pods in CrashLoopBackOff (BackOff restarting failed container shipping-service)", 4, nm="nm46", dfv="pod")
def _(c):
    p = c.pod("shipping-service")
    return k8s_event(c, p, "BackOff", f"Back-off restarting failed container shipping-service in pod {p}_prod({c.uuid()})",
                     field_path="spec.containers{shipping-service}")


@group("k8s.reporting_etl_failed_scheduling", "kube-events",
       "reporting-etl pods unschedulable: insufficient memory/cpu and not-ready taints", 4)
def _(c):
    p = f"reporting-etl-{rs_hash('reporting-etl')}-{c.s(5, K8S)}"
    n = c.int(12, 18)
    mem = c.int(2, n - 4)
    taint = c.int(0, 3)
    cpu = n - mem - taint
    msg = (f"0/{n} nodes are available: {mem} Insufficient memory, {taint} node(s) had untolerated taint {{node.kubernetes.io/not-ready: }}, "
           f"{cpu} Insufficient cpu. preemption: 0/{n} nodes are available: {n} No preemption victims found for incoming pod.")
    return k8s_event(c, p, "FailedScheduling", msg, component="default-scheduler")


@group("k8s.payments_liveness_timeout", "kube-events",
       "payments-service liveness probe times out under GC pressure (context deadline exceeded)", 4, dfv="pod")
def _(c):
    p = c.pod("payments-service")
    return k8s_event(c, p, "Unhealthy",
                     f"Liveness probe failed: Get \"http://10.0.{c.int(0, 63)}.{c.int(2, 254)}:8080/actuator/health/liveness\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                     field_path="spec.containers{payments-service}")


@group("k8s.webhooks_image_not_found", "kube-events",
       "webhooks-dispatcher rollout references tag v2.14.3 that was never pushed to ECR (ErrImagePull/ImagePullBackOff)", 4)
def _(c):
    p = f"webhooks-dispatcher-{rs_hash('webhooks-dispatcher-new')}-{c.s(5, K8S)}"
    img = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/webhooks-dispatcher:v2.14.3"
    return k8s_event(c, p, "Failed",
                     f"Failed to pull image \"{img}\": rpc error: code = NotFound desc = failed to pull and unpack image \"{img}\": "
                     f"failed to resolve reference \"{img}\": {img}: not found",
                     field_path="spec.containers{webhooks-dispatcher}")


# ---------------------------------------------------------------- karpenter
nmset("nm47", "same Karpenter 'launching nodeclaim, creating instance' reconcile error, different EC2 fleet error code (InsufficientInstanceCapacity vs UnauthorizedOperation)")


def karpenter(c, err):
    d = c.when()
    nc = f"default-{c.s(5, 'bcdfghjklmnpqrstvwxz2456789')}"
    o = OrderedDict([("level", "ERROR"), ("time", ts_iso(d)), ("logger", "controller"), ("message", "Reconciler error"),
                     ("commit", "17dd42b"), ("controller", "nodeclaim.lifecycle"), ("controllerGroup", "karpenter.sh"),
                     ("controllerKind", "NodeClaim"), ("NodeClaim", {"name": nc}), ("namespace", ""), ("name", nc),
                     ("reconcileID", c.uuid()), ("error", err)])
    return jdump(o)


@group("karpenter.insufficient_capacity", "karpenter",
       "Karpenter cannot launch nodes: InsufficientInstanceCapacity for the only allowed instance family", 3, nm="nm47")
def _(c):
    it = c.choice(["c6i.4xlarge", "c6i.2xlarge", "c6i.8xlarge"])
    az = c.choice(["eu-west-1a", "eu-west-1b", "eu-west-1c"])
    others = ", ".join(z for z in ["eu-west-1a", "eu-west-1b", "eu-west-1c"] if z != az)
    return karpenter(c, f"launching nodeclaim, creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: "
                        f"We currently do not have sufficient {it} capacity in the Availability Zone you requested ({az}). Our system will be working on "
                        f"provisioning additional capacity. You can currently get {it} capacity by not specifying an Availability Zone in your request or choosing {others}.")


@group("karpenter.unauthorized_operation", "karpenter",
       "Karpenter cannot launch nodes: UnauthorizedOperation from CreateFleet (controller role lost iam:PassRole after policy refactor)", 3, nm="nm47")
def _(c):
    return karpenter(c, "launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. "
                        f"Encoded authorization failure message: {c.s(180, MIXED + '-_')}")


# ---------------------------------------------------------------- external-dns
@group("externaldns.preview_txt_exists", "external-dns",
       "external-dns cannot create ownership TXT records for preview environments because stale records already exist", 5, dfv="branch")
def _(c):
    d = c.when()
    b = c.pick("branch", BRANCHES)
    msg = (f"Failure in zone acme.io. when submitting change batch: operation error Route 53: ChangeResourceRecordSets, "
           f"https response error StatusCode: 400, RequestID: {c.uuid()}, InvalidChangeBatch: [Tried to create resource record set "
           f"[name='{b}.preview.acme.io.', type='TXT'] but it already exists]")
    return f"time={goq(ts_iso_s(d))} level=error msg={goq(msg)}"


# ================================================================ CI/CD
# ---------------------------------------------------------------- terraform-ci
nmset("nm48", "same Terraform CreateRole EntityAlreadyExists error, different IAM role / module (constant of the code)")


def tf_role_exists(c, role, module):
    return "\n".join([
        "╷",
        f"│ Error: creating IAM Role ({role}): operation error IAM: CreateRole, https response error StatusCode: 409, "
        f"RequestID: {c.uuid()}, EntityAlreadyExists: Role with name {role} already exists.",
        "│ ",
        f"│   with module.{module}.aws_iam_role.this[0],",
        f"│   on .terraform/modules/{module}/modules/iam-role-for-service-accounts-eks/main.tf line 96, in resource \"aws_iam_role\" \"this\":",
        "│   96: resource \"aws_iam_role\" \"this\" {",
        "│ ",
        "╵"])


@group("tf.irsa_checkout_role_exists", "terraform-ci",
       "terraform apply fails: IAM role checkout-api-irsa already exists (created by hand, needs import)", 3, nm="nm48")
def _(c):
    return tf_role_exists(c, "checkout-api-irsa", "irsa_checkout_api")


@group("tf.irsa_payments_role_exists", "terraform-ci",
       "terraform apply fails: IAM role payments-service-irsa already exists (left over from a deleted stack)", 3, nm="nm48")
def _(c):
    return tf_role_exists(c, "payments-service-irsa", "irsa_payments_service")


@group("tf.state_lock", "terraform-ci",
       "terraform apply cannot acquire the DynamoDB state lock (stale lock from a cancelled run)", 3)
def _(c):
    d = c.when()
    created = d - timedelta(minutes=c.int(5, 600))
    return "\n".join([
        "╷",
        "│ Error: Error acquiring the state lock",
        "│ ",
        f"│ Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: {c.s(52, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}, "
        "ConditionalCheckFailedException: The conditional request failed",
        "│ Lock Info:",
        f"│   ID:        {c.uuid()}",
        "│   Path:      acme-terraform-state/prod/eks/terraform.tfstate",
        "│   Operation: OperationTypeApply",
        f"│   Who:       runner@fv-az{c.int(100, 999)}-{c.int(100, 999)}",
        "│   Version:   1.7.5",
        f"│   Created:   {created.strftime('%Y-%m-%d %H:%M:%S')}.{c.int(0, 999999999):09d} +0000 UTC",
        "│   Info:      ",
        "│ ",
        "│ ",
        "│ Terraform acquires a state lock to protect the state from being written",
        "│ by multiple users at the same time. Please resolve the issue above and try",
        "│ again. For most commands, you can disable locking with the \"-lock=false\"",
        "│ flag, but this is not recommended.",
        "╵"])


# ---------------------------------------------------------------- github-actions
@group("gha.shipping_integration_idempotency_test", "github-actions",
       "shipping-service integration test TestCreateLabel_IdempotencyKey fails (expects 409, gets 500) -> make exits 2", 4)
def _(c):
    d = c.when()

    def t(dd):
        dd = dd + timedelta(microseconds=c.int(50, 4000))   # lines a few ms apart
        return dd.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dd.microsecond:06d}{c.int(0, 9)}Z"
    d2 = d + timedelta(seconds=c.int(30, 200), microseconds=c.int(0, 999999))
    dur = f"{c.int(1, 4)}.{c.int(0, 99):02d}"
    tot = f"{c.int(9, 40)}.{c.int(0, 999):03d}"
    return "\n".join([
        f"{t(d)} ##[group]Run make test-integration",
        f"{t(d)} make test-integration",
        f"{t(d)} shell: /usr/bin/bash -e {{0}}",
        f"{t(d)} ##[endgroup]",
        f"{t(d2)} --- FAIL: TestCreateLabel_IdempotencyKey ({dur}s)",
        f"{t(d2)}     labels_test.go:88: expected status 409, got 500",
        f"{t(d2)} FAIL",
        f"{t(d2)} FAIL\tgithub.com/acme/shipping/internal/api\t{tot}s",
        f"{t(d2)} make: *** [Makefile:41: test-integration] Error 1",
        f"{t(d2)} ##[error]Process completed with exit code 2."])


# ================================================================ build + checks
def build():
    events, labels = [], []
    meta = OrderedDict()
    for g in GROUPS:
        if g["label"] in meta:
            raise SystemExit(f"duplicate label {g['label']}")
        c = Ctx(g["label"], g["service"])
        msgs = []
        for i in range(g["count"]):
            c.i = i
            msgs.append(g["fn"](c))
        g["_msgs"] = msgs
        g["_used"] = c.used
        meta[g["label"]] = OrderedDict([("description", g["desc"]), ("service", g["service"]), ("count", g["count"]),
                                        ("near_miss_set", g["nm"]), ("digit_free_variable", g["dfv"])])
        if g["dfv"]:
            meta[g["label"]]["digit_free_values"] = list(c.used.get(g["dfv"], []))
        for m in msgs:
            events.append({"service": g["service"], "message": m})
            labels.append(g["label"])
    # deterministic interleaving, like a real log stream
    order = list(range(len(events)))
    random.Random(f"{SEED}:shuffle").shuffle(order)
    events = [events[k] for k in order]
    labels = [labels[k] for k in order]
    return events, labels, meta


def varying_parts(vals):
    """strip the common prefix/suffix (e.g. deployment + replicaset hash of a pod name)"""
    if len(vals) < 2:
        return list(vals)
    pre = os.path.commonprefix(vals)
    suf = os.path.commonprefix([v[len(pre):][::-1] for v in vals])[::-1]
    return [v[len(pre):len(v) - len(suf)] for v in vals]


def check(events, labels, meta):
    problems = []
    # 1. each group produced exactly its events, counts in range
    cnt = Counter(labels)
    for g in GROUPS:
        if cnt[g["label"]] != g["count"]:
            problems.append(f"{g['label']}: produced {cnt[g['label']]} != {g['count']}")
        if not 1 <= g["count"] <= 8:
            problems.append(f"{g['label']}: count {g['count']} outside 1..8")
        for m in g["_msgs"]:
            if not isinstance(m, str) or not m.strip():
                problems.append(f"{g['label']}: empty message")
            if "PLACEHOLDER" in m:
                problems.append(f"{g['label']}: placeholder left in message")
    # 2. no message shared by two groups
    owner = {}
    for ev, lab in zip(events, labels):
        k = (ev["service"], ev["message"])
        if k in owner and owner[k] != lab:
            problems.append(f"identical message in {owner[k]} and {lab}")
        owner.setdefault(k, lab)
        if ev["message"] != ev["message"].strip("\n"):
            problems.append(f"{lab}: leading/trailing newline")
    # message text identical across groups even with a different service
    txt_owner = {}
    for ev, lab in zip(events, labels):
        if ev["message"] in txt_owner and txt_owner[ev["message"]] != lab:
            problems.append(f"identical text in {txt_owner[ev['message']]} and {lab}")
        txt_owner.setdefault(ev["message"], lab)
    # 3. near-miss sets: >= 2 groups, same service, declared kind
    sets = OrderedDict()
    for g in GROUPS:
        if g["nm"]:
            sets.setdefault(g["nm"], []).append(g)
    for nm, gs in sets.items():
        if len(gs) < 2:
            problems.append(f"{nm}: only {len(gs)} group")
        if len({g["service"] for g in gs}) != 1:
            problems.append(f"{nm}: spans services")
        if nm not in NM_KIND:
            problems.append(f"{nm}: no kind")
    for nm in NM_KIND:
        if nm not in sets:
            problems.append(f"{nm}: declared but unused")
    # 4. digit-free variables: 3..6 distinct values, none containing a digit
    for g in GROUPS:
        if g["dfv"]:
            vals = g["_used"].get(g["dfv"], [])
            if not 3 <= len(vals) <= 6:
                problems.append(f"{g['label']}: digit-free variable {g['dfv']} has {len(vals)} distinct values")
            if any(re.search(r"\d", v) for v in varying_parts(vals)):
                problems.append(f"{g['label']}: digit-free variable has digits: {vals}")
            for v in vals:
                if not any(v in m for m in g["_msgs"]):
                    problems.append(f"{g['label']}: value {v} not in messages")
    # 5. within-group variation: at least 2 distinct messages when count >= 2
    for g in GROUPS:
        if g["count"] >= 2 and len(set(g["_msgs"])) < 2:
            problems.append(f"{g['label']}: all {g['count']} messages identical")
    # 6. JSON log lines must parse
    for g in GROUPS:
        for m in g["_msgs"]:
            if m.startswith("{"):
                try:
                    json.loads(m)
                except ValueError as e:
                    problems.append(f"{g['label']}: bad JSON line: {e}")
    # 7. composition
    n_groups, n_events = len(GROUPS), len(events)
    services = sorted({g["service"] for g in GROUPS})
    n_dfv = sum(1 for g in GROUPS if g["dfv"])
    if not 100 <= n_groups <= 120:
        problems.append(f"{n_groups} groups")
    if not 350 <= n_events <= 450:
        problems.append(f"{n_events} events")
    if len(services) < 35:
        problems.append(f"{len(services)} services")
    if len(sets) < 45:
        problems.append(f"{len(sets)} near-miss sets")
    if n_dfv < 30:
        problems.append(f"{n_dfv} digit-free-variable groups")
    return problems, sets, services, n_dfv


def main():
    events, labels, meta = build()
    problems, sets, services, n_dfv = check(events, labels, meta)
    if problems:
        for p in problems:
            print("CHECK FAILED:", p, file=sys.stderr)
        sys.exit(1)
    out_dir = os.environ.get("UNSEEN_OUT") or HERE
    with open(os.path.join(out_dir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for ev, label in zip(events, labels):
            # the project's copy labels each event in place (its scorer reads "group"); the original does not
            row = dict(ev, group=label) if os.environ.get("UNSEEN_OUT") else ev
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    out = OrderedDict()
    out["labels"] = labels
    out["groups"] = meta
    out["near_miss_sets"] = OrderedDict((nm, OrderedDict([("kind", NM_KIND[nm]), ("labels", [g["label"] for g in gs])]))
                                        for nm, gs in sets.items())
    with open(os.path.join(out_dir, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    sizes = Counter(g["count"] for g in GROUPS)
    n3 = sum(1 for gs in sets.values() if len(gs) == 3)
    print(f"events={len(events)} groups={len(GROUPS)} services={len(services)} near_miss_sets={len(sets)} "
          f"(3-way: {n3}, groups in sets: {sum(len(gs) for gs in sets.values())}) digit_free_variable_groups={n_dfv} "
          f"multiline_events={sum(1 for e in events if chr(10) in e['message'])} json_line_events={sum(1 for e in events if e['message'].startswith('{'))}")
    print("group sizes:", " ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)))
    print("all checks passed")


if __name__ == "__main__":
    main()
