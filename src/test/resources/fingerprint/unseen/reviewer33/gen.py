#!/usr/bin/env python3
"""Blind labelled corpus of fintech production error events (redteam33).

Writes events.jsonl and groups.json next to this file. Deterministic: fixed
seed, no set/hash-order dependence (safe under any PYTHONHASHSEED).
"""
import json
import os
import random
import string
from datetime import datetime, timedelta, timezone

SEED = 33_2024
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- pools (digit-free)
POOLS = {
    "user": ["alice.nguyen", "bkowalski", "carla.mendes", "dmitri.petrov", "eve.okafor",
             "farah.haddad", "gustavo.lima", "hana.sato", "ivan.horvat", "jules.martin"],
    "email": ["alice.nguyen@gmail.com", "b.kowalski@outlook.com", "carla@mendes-design.pt",
              "dpetrov@yandex.ru", "eve.okafor@proton.me", "farah.h@icloud.com",
              "glima@uol.com.br", "hana.sato@docomo.ne.jp", "ivan@horvat.hr",
              "jules.martin@orange.fr"],
    "tenant": ["acme-bank", "northwind-pay", "globex-fin", "initech-credit", "umbrella-wallet",
               "soylent-savings", "stark-treasury", "wayne-capital"],
    "merchant": ["blue-bottle-coffee", "corner-books", "mighty-bikes", "urban-threads",
                 "green-grocer", "sunset-diner", "pixel-games", "harbor-marine"],
    "bizname": ["Blue Bottle Coffee LLC", "Corner Books Ltd", "Mighty Bikes GmbH",
                "Urban Threads Inc", "Green Grocer Co", "Sunset Diner LLC",
                "Pixel Games Oy", "Harbor Marine SARL"],
    "bic": ["DEUTDEFF", "COBADEFF", "BNPAFRPP", "INGBNLAA", "RABONLUT", "BARCGBLL",
            "HSBCGBLL", "UBSWCHZH"],
    "partner": ["globex", "initech", "umbrella", "hooli", "vandelay", "wonka", "dunder"],
    "hsm": ["hsm-a.dc-east.internal", "hsm-b.dc-east.internal", "hsm-c.dc-west.internal",
            "hsm-d.dc-west.internal",
            "hsm-e.dc-north.internal", "hsm-f.dc-north.internal"],
}
POD_ALPHABET = "bcdfghjklmnpqrstvwxz"  # k8s suffix alphabet minus digits
BASE = datetime(2024, 3, 12, 0, 0, 0, tzinfo=timezone.utc)


class Ctx:
    def __init__(self, r, i, cache, used):
        self.r, self.i, self.cache, self.used = r, i, cache, used

    # distinct-per-event digit-free value
    def u(self, pool):
        if pool not in self.cache:
            if pool == "sub":
                lst = ["".join(self.r.choice(string.ascii_lowercase) for _ in range(self.r.randint(6, 10)))
                       for _ in range(8)]
            elif pool == "podsfx":
                lst = ["".join(self.r.choice(POD_ALPHABET) for _ in range(5)) for _ in range(8)]
            else:
                lst = list(POOLS[pool])
                self.r.shuffle(lst)
            self.cache[pool] = lst
        v = self.cache[pool][self.i % len(self.cache[pool])]
        self.used.setdefault(pool, []).append(v)
        return v

    def n(self, a, b):
        return self.r.randint(a, b)

    def hex(self, k):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def HEX(self, k):
        return self.hex(k).upper()

    def alnum(self, k, upper=False):
        al = string.ascii_letters + string.digits
        if upper:
            al = string.ascii_uppercase + string.digits
        s = "".join(self.r.choice(al) for _ in range(k))
        return s

    def uuid(self):
        h = self.hex(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.r.choice("89ab"), h[17:20], h[20:32])

    def ip(self):
        return "10.%d.%d.%d" % (self.n(0, 31), self.n(0, 255), self.n(2, 254))

    def pubip(self):
        return "%d.%d.%d.%d" % (self.r.choice([31, 46, 78, 81, 92, 145, 188, 212]), self.n(0, 255),
                                self.n(0, 255), self.n(1, 254))

    def dt(self):
        return BASE + timedelta(seconds=self.n(0, 3 * 86400), microseconds=self.n(0, 999999))

    def ts(self):  # ISO Z millis
        d = self.dt()
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)

    def tsp(self, sep="."):  # '2024-03-12 10:15:32.123'
        d = self.dt()
        return d.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (d.microsecond // 1000)

    def epoch(self):
        d = self.dt()
        return "%.6f" % d.timestamp()

    def epoch_ms(self):
        return str(int(self.dt().timestamp() * 1000))

    def amt(self):
        return "%d.%02d" % (self.n(1, 4999), self.n(0, 99))

    def pan(self):
        return self.r.choice(["411111", "520000", "455673", "535522", "402400"]) + "******" + "%04d" % self.n(0, 9999)


GROUPS = []  # (label, service, desc, nm, fn, df)


def G(label, service, desc, nm=None, df=False):
    def deco(fn):
        GROUPS.append((label, service, desc, nm, fn, df))
        return fn
    return deco


def X(*a, **k):  # disabled group (kept for reference)
    return lambda fn: fn


def jat(frames):
    return "".join("\n\tat " + f for f in frames)


# ============================================================ payments-api (Spring Boot)
SPRING_CAPTURE = [
    "com.finpay.payments.gateway.AdyenGatewayClient.capture(AdyenGatewayClient.java:212)",
    "com.finpay.payments.capture.CaptureService.capture(CaptureService.java:88)",
    "com.finpay.payments.capture.CaptureController.capture(CaptureController.java:41)",
    "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
]


def spring_head(c, level, logger, msg):
    return "%s %s 1 --- [nio-8080-exec-%d] %-40s : %s" % (c.tsp(), level, c.n(1, 200), logger, msg)


def capture_head(c):
    return spring_head(c, "ERROR", "c.f.payments.capture.CaptureService",
                       "Capture failed for payment pay_%s merchant=mer_%s amount=%s EUR" % (c.alnum(14), c.alnum(10), c.amt())) + \
        "\ncom.finpay.payments.gateway.GatewayException: capture failed for pspReference=%s" % ("".join(str(c.n(0, 9)) for _ in range(16))) + jat(SPRING_CAPTURE)


@G("pay-capture-read-timeout", "payments-api", "Adyen capture call: RestTemplate read timeout (SocketTimeoutException)", "NM01")
def _(c):
    return capture_head(c) + \
        "\nCaused by: org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://pal-live.adyen.com/pal/servlet/Payment/v68/capture\": Read timed out" + \
        jat(["org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:905)",
             "org.springframework.web.client.RestTemplate.execute(RestTemplate.java:801)",
             "com.finpay.payments.gateway.AdyenGatewayClient.capture(AdyenGatewayClient.java:205)"]) + \
        "\n\t... 4 more\nCaused by: java.net.SocketTimeoutException: Read timed out" + \
        jat(["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
             "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
             "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)"]) + "\n\t... 12 more"


@G("pay-capture-pkix", "payments-api", "Adyen capture call: TLS PKIX path building failed (truststore missing CA)", "NM01")
def _(c):
    pk = "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"
    return capture_head(c) + \
        "\nCaused by: org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://pal-live.adyen.com/pal/servlet/Payment/v68/capture\": " + pk + \
        jat(["org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:905)",
             "org.springframework.web.client.RestTemplate.execute(RestTemplate.java:801)",
             "com.finpay.payments.gateway.AdyenGatewayClient.capture(AdyenGatewayClient.java:205)"]) + \
        "\n\t... 4 more\nCaused by: javax.net.ssl.SSLHandshakeException: " + pk + \
        jat(["java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)",
             "java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)"]) + \
        "\n\t... 20 more\nCaused by: sun.security.validator.ValidatorException: " + pk + \
        jat(["java.base/sun.security.validator.PKIXValidator.doBuild(PKIXValidator.java:439)"]) + \
        "\n\t... 30 more\nCaused by: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target" + \
        jat(["java.base/sun.security.provider.certpath.SunCertPathBuilder.build(SunCertPathBuilder.java:148)"]) + "\n\t... 36 more"


REFUND_FRAMES = ["com.finpay.payments.refund.RefundService.submit(RefundService.java:73)",
                 "com.finpay.payments.refund.RefundController.create(RefundController.java:39)"]


@G("pay-refund-ssl-reset", "payments-api", "Refund submit: javax.net.ssl.SSLException 'Connection reset' (TLS layer to PSP)", "NM02")
def _(c):
    return spring_head(c, "ERROR", "c.f.payments.refund.RefundService",
                       "refund rf_%s failed, will retry (attempt %d)" % (c.alnum(16), c.n(1, 5))) + \
        "\njavax.net.ssl.SSLException: Connection reset" + \
        jat(["java.base/sun.security.ssl.Alert.createSSLException(Alert.java:127)",
             "java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:365)",
             "java.base/sun.security.ssl.SSLSocketImpl$AppInputStream.read(SSLSocketImpl.java:1066)",
             "org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)"] + REFUND_FRAMES)


@G("pay-refund-socket-reset", "payments-api", "Refund submit: java.net.SocketException 'Connection reset' (plain socket)", "NM02")
def _(c):
    return spring_head(c, "ERROR", "c.f.payments.refund.RefundService",
                       "refund rf_%s failed, will retry (attempt %d)" % (c.alnum(16), c.n(1, 5))) + \
        "\njava.net.SocketException: Connection reset" + \
        jat(["java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)",
             "java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:355)",
             "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
             "org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)"] + REFUND_FRAMES)


@G("pay-ledger-409", "payments-api", "ledger posting rejected with HTTP 409 (conflict)", "NM03")
def _(c):
    return spring_head(c, "WARN ", "c.f.payments.ledger.LedgerClient",
                       "ledger posting rejected status=409 payment_id=pay_%s idempotency_key=%s trace_id=%s" % (c.alnum(14), c.uuid(), c.hex(32)))


@G("pay-ledger-422", "payments-api", "ledger posting rejected with HTTP 422 (validation)", "NM03")
def _(c):
    return spring_head(c, "WARN ", "c.f.payments.ledger.LedgerClient",
                       "ledger posting rejected status=422 payment_id=pay_%s idempotency_key=%s trace_id=%s" % (c.alnum(14), c.uuid(), c.hex(32)))


@G("pay-tenant-quota", "payments-api", "tenant exceeded API quota (tenant varies)", "NM04", df=True)
def _(c):
    return spring_head(c, "WARN ", "c.f.payments.web.RateLimitFilter",
                       "tenant %s exceeded quota of 600 req/min on POST /v1/payments client_ip=%s request_id=%s" % (c.u("tenant"), c.pubip(), c.uuid()))


@G("pay-tenant-key-revoked", "payments-api", "request with revoked tenant API key (tenant varies)", "NM04", df=True)
def _(c):
    return spring_head(c, "WARN ", "c.f.payments.web.ApiKeyFilter",
                       "tenant %s presented revoked API key sk_live_...%s on POST /v1/payments client_ip=%s request_id=%s" % (c.u("tenant"), c.alnum(4), c.pubip(), c.uuid()))


# ============================================================ card-auth (ISO 8583)
def iso_decl(c, rc):
    return "%s WARN  [auth-worker-%d] c.f.card.auth.AuthResponseHandler - issuer declined mti=0110 stan=%06d rrn=%012d pan=%s amount=%s currency=978 acq=%s rc=%s" % (
        c.tsp(), c.n(1, 16), c.n(0, 999999), c.n(10 ** 11, 10 ** 12 - 1), c.pan(), c.amt(), c.n(400000, 499999), rc)


@G("card-rc51", "card-auth", "ISO 8583 decline rc=51 insufficient funds", "NM05")
def _(c):
    return iso_decl(c, "51")


@G("card-rc05", "card-auth", "ISO 8583 decline rc=05 do not honor", "NM05")
def _(c):
    return iso_decl(c, "05")


@G("card-rc14", "card-auth", "ISO 8583 decline rc=14 invalid card number", "NM05")
def _(c):
    return iso_decl(c, "14")


def net_timeout(c, net):
    return "%s ERROR [netty-io-%d] c.f.card.network.NetworkRouter - no response from network=%s within 7000ms mti=0100 stan=%06d station=%s:%d" % (
        c.tsp(), c.n(1, 8), net, c.n(0, 999999), c.ip(), c.r.choice([7001, 7002]))


@X("card-visanet-timeout", "card-auth", "authorization timeout towards VisaNet", "NM06")
def _(c):
    return net_timeout(c, "VISANET")


@X("card-banknet-timeout", "card-auth", "authorization timeout towards Mastercard Banknet", "NM06")
def _(c):
    return net_timeout(c, "BANKNET")


def unpack(c, field):
    k = c.n(100, 400)
    return "%s ERROR [auth-worker-%d] c.f.card.iso.MessageDecoder - failed to unpack inbound message from %s\norg.jpos.iso.ISOException: org.jpos.iso.IFB_LLLBINARY: Problem unpacking field %d (java.lang.ArrayIndexOutOfBoundsException: Index %d out of bounds for length %d) unpacking field=%d consumed=%d" % (
        c.tsp(), c.n(1, 16), c.ip(), field, k, k, field, c.n(20, 90)) + \
        jat(["org.jpos.iso.ISOBasePackager.unpack(ISOBasePackager.java:341)",
             "org.jpos.iso.ISOMsg.unpack(ISOMsg.java:479)",
             "com.finpay.card.iso.MessageDecoder.decode(MessageDecoder.java:58)"])


@G("card-unpack-f55", "card-auth", "jPOS cannot unpack field 55 (EMV ICC data)", "NM07")
def _(c):
    return unpack(c, 55)


@G("card-unpack-f48", "card-auth", "jPOS cannot unpack field 48 (additional data private)", "NM07")
def _(c):
    return unpack(c, 48)


# ============================================================ iso20022-gateway
def pacs002(c, rsn):
    return json.dumps({"@timestamp": c.ts(), "level": "WARN", "logger_name": "com.finpay.iso20022.StatusReportHandler",
                       "thread_name": "kafka-listener-%d" % c.n(0, 5), "message": "pacs.002 RJCT received",
                       "msgId": "FINP%s" % c.alnum(18, True), "endToEndId": "E2E%s" % c.alnum(20, True),
                       "txSts": "RJCT", "rsnCd": rsn, "instgAgt": c.u("bic")})


@G("iso-rjct-ac04", "iso20022-gateway", "pacs.002 reject AC04 closed account (instructing BIC varies)", "NM08", df=True)
def _(c):
    return pacs002(c, "AC04")


@G("iso-rjct-ac01", "iso20022-gateway", "pacs.002 reject AC01 incorrect account number (BIC varies)", "NM08", df=True)
def _(c):
    return pacs002(c, "AC01")


@G("iso-rjct-am04", "iso20022-gateway", "pacs.002 reject AM04 insufficient funds (BIC varies)", "NM08", df=True)
def _(c):
    return pacs002(c, "AM04")


# ============================================================ ledger-service (Kotlin/Postgres)
LEDGER_FRAMES = ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
                 "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)",
                 "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:517)",
                 "com.finpay.ledger.repo.PostingRepository.insertEntry(PostingRepository.kt:94)",
                 "com.finpay.ledger.service.PostingService$post$2.invokeSuspend(PostingService.kt:61)",
                 "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"]


def ledger_head(c):
    return "%s ERROR [DefaultDispatcher-worker-%d] c.f.ledger.service.PostingService - posting failed journal=%s account=acc_%s" % (
        c.tsp(), c.n(1, 64), c.uuid(), c.alnum(12))


@G("ledger-serialization", "ledger-service", "Postgres SERIALIZABLE failure 40001 on posting", "NM10")
def _(c):
    return ledger_head(c) + "\norg.postgresql.util.PSQLException: ERROR: could not serialize access due to read/write dependencies among transactions\n  Detail: Reason code: Canceled on identification as a pivot, during commit attempt.\n  Hint: The transaction might succeed if retried." + jat(LEDGER_FRAMES)


@G("ledger-deadlock", "ledger-service", "Postgres deadlock 40P01 on accounts update", "NM10")
def _(c):
    p1, p2, t = c.n(1000, 99999), c.n(1000, 99999), c.n(10 ** 6, 10 ** 8)
    return ledger_head(c) + "\norg.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d.\nProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n  Hint: See server log for query details.\n  Where: while updating tuple (%d,%d) in relation \"accounts\"" % (
        p1, t, p2, p2, t + c.n(1, 50), p1, c.n(1, 9999), c.n(1, 60)) + jat(LEDGER_FRAMES)


@G("ledger-dup-idempotency", "ledger-service", "unique violation on journal_entries idempotency key", "NM11")
def _(c):
    return ledger_head(c) + "\norg.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"journal_entries_idempotency_key_key\"\n  Detail: Key (idempotency_key)=(%s) already exists." % c.uuid() + jat(LEDGER_FRAMES)


@G("ledger-dup-postings", "ledger-service", "unique violation on postings (entry_id, account_id)", "NM11")
def _(c):
    return ledger_head(c) + "\norg.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"postings_entry_id_account_id_key\"\n  Detail: Key (entry_id, account_id)=(%d, %d) already exists." % (c.n(10 ** 6, 10 ** 9), c.n(1000, 10 ** 7)) + jat(LEDGER_FRAMES)


# ============================================================ ledger-writer (Go / CockroachDB)
def crdb(c, err):
    return json.dumps({"level": "error", "ts": float(c.epoch()), "caller": "store/txn.go:118", "msg": "commit failed, giving up after retries",
                       "txn": c.uuid(), "attempts": c.n(5, 10), "error": err})


@G("crdb-uncertainty", "ledger-writer", "CockroachDB retry: ReadWithinUncertaintyIntervalError", "NM12")
def _(c):
    t = int(float(c.epoch()) * 1e9)
    return crdb(c, "ERROR: restart transaction: TransactionRetryWithProtoRefreshError: ReadWithinUncertaintyIntervalError: read at time %d.%09d,0 encountered previous write with future timestamp %d.%09d,0 within uncertainty interval `t <= (local=%d.%09d,0, global=%d.%09d,0)`; observed timestamps: [{%d %d.%09d,0}]: \"sql txn\" meta={id=%s key=/Table/112/1/\"acc_%s\"/0 pri=0.%08d epo=0} lock=true stat=PENDING (SQLSTATE 40001)" % (
        t // 10 ** 9, t % 10 ** 9, t // 10 ** 9, c.n(0, 10 ** 9 - 1), t // 10 ** 9, c.n(0, 10 ** 9 - 1), t // 10 ** 9 + 1, c.n(0, 10 ** 9 - 1),
        c.n(1, 9), t // 10 ** 9, c.n(0, 10 ** 9 - 1), c.hex(8), c.alnum(12), c.n(0, 10 ** 8 - 1)))


@G("crdb-write-too-old", "ledger-writer", "CockroachDB retry: WriteTooOldError", "NM12")
def _(c):
    t = int(float(c.epoch()))
    return crdb(c, "ERROR: restart transaction: TransactionRetryWithProtoRefreshError: WriteTooOldError: write for key /Table/112/1/\"acc_%s\"/0 at timestamp %d.%09d,0 too old; wrote at %d.%09d,1: \"sql txn\" meta={id=%s key=/Table/112/1/\"acc_%s\"/0 pri=0.%08d epo=0} lock=true stat=PENDING (SQLSTATE 40001)" % (
        c.alnum(12), t, c.n(0, 10 ** 9 - 1), t, c.n(0, 10 ** 9 - 1), c.hex(8), c.alnum(12), c.n(0, 10 ** 8 - 1)))


# ============================================================ core-banking (Java / Oracle)
def ora(c, op, code, text, frames):
    return "%s ERROR [core-batch-%d] c.f.corebank.TxnRepository - %s failed for txn_id=%d account=%s" % (c.tsp(), c.n(1, 8), op, c.n(10 ** 8, 10 ** 9), "".join(str(c.n(0, 9)) for _ in range(10))) + \
        "\norg.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [COREBANK.FK_TXN_ACCOUNT]" + \
        jat(frames) + "\nCaused by: java.sql.SQLIntegrityConstraintViolationException: ORA-%s: integrity constraint (COREBANK.FK_TXN_ACCOUNT) violated - %s" % (code, text) + \
        "\n\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:629)\n\t... 41 more"


@G("ora-02291-parent-missing", "core-banking", "ORA-02291 insert of txn with missing parent account", "NM13")
def _(c):
    return ora(c, "insert", "02291", "parent key not found",
               ["org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
                "com.finpay.corebank.TxnRepository.save(TxnRepository.java:77)"])


@G("ora-02292-child-exists", "core-banking", "ORA-02292 delete of account that still has txns", "NM13")
def _(c):
    return ora(c, "delete", "02292", "child record found",
               ["org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:113)",
                "com.finpay.corebank.AccountRepository.purgeClosed(AccountRepository.java:142)"])


# ============================================================ wallet-cache (Node ioredis)
@X("redis-etimedout", "wallet-cache", "ioredis connect ETIMEDOUT", "NM15")
def _(c):
    return "[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at Socket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)\n    at Object.onceWrapper (node:events:633:28)\n    at Socket.emit (node:events:519:28)\n    at Socket._onTimeout (node:net:590:8)\n    at listOnTimeout (node:internal/timers:573:17)\n    at process.processTimers (node:internal/timers:514:7) {\n  errorno: 'ETIMEDOUT',\n  code: 'ETIMEDOUT',\n  syscall: 'connect'\n}"


@X("redis-econnrefused", "wallet-cache", "ioredis connect ECONNREFUSED", "NM15")
def _(c):
    ip = c.ip()
    return "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '%s',\n  port: 6379\n}" % (ip, ip)


# ============================================================ rate-limiter (Go, redis)
@G("ratelimit-redis-oom", "rate-limiter", "Redis OOM maxmemory on rate-limit INCR (tenant varies)", "NM16", df=True)
def _(c):
    return "time=%s level=ERROR source=limiter/redis.go:77 msg=\"rate limit check failed, failing open\" key=rl:%s:%s:%s err=\"OOM command not allowed when used memory > 'maxmemory'.\" latency=%dms" % (
        c.ts(), c.u("tenant"), c.r.choice(["payments", "refunds", "payouts"]), c.epoch_ms()[:10], c.n(1, 40))


@G("ratelimit-redis-readonly", "rate-limiter", "Redis READONLY replica write on rate-limit INCR (tenant varies)", "NM16", df=True)
def _(c):
    return "time=%s level=ERROR source=limiter/redis.go:77 msg=\"rate limit check failed, failing open\" key=rl:%s:%s:%s err=\"READONLY You can't write against a read only replica.\" latency=%dms" % (
        c.ts(), c.u("tenant"), c.r.choice(["payments", "refunds", "payouts"]), c.epoch_ms()[:10], c.n(1, 40))


# ============================================================ payments-outbox (Spring Kafka)
def kexp(c, topic):
    p = c.n(0, 11)
    return "%s ERROR 1 --- [ad | producer-%d] o.s.k.support.LoggingProducerListener    : Exception thrown when sending a message with key='%s' and payload='OutboxEvent(id=%s, ...)' to topic %s and partition %d:\norg.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for %s-%d:%d ms has passed since batch creation" % (
        c.tsp(), c.n(1, 4), c.uuid(), c.uuid(), topic, p, c.n(1, 80), topic, p, c.n(120001, 120900))


@G("kafka-expire-authorized", "payments-outbox", "producer batch expiry on topic payments.authorized", "NM17")
def _(c):
    return kexp(c, "payments.authorized")


@G("kafka-expire-settled", "payments-outbox", "producer batch expiry on topic payments.settled", "NM17")
def _(c):
    return kexp(c, "payments.settled")


# ============================================================ fraud-aggregator (Kafka Streams)
def kstreams(c, proc, topic, cls, sid, field):
    task = "%d_%d" % (c.r.choice([1, 2]), c.n(0, 11))
    thread = "fraud-aggregator-%s-StreamThread-%d" % (c.uuid(), c.n(1, 4))
    return "%s ERROR [%s] o.a.k.s.p.internals.TaskExecutor - stream-thread [%s] Failed to process stream task %s due to the following error:\norg.apache.kafka.streams.errors.StreamsException: Exception caught in process. taskId=%s, processor=%s, topic=%s, partition=%d, offset=%d, stacktrace=org.apache.kafka.common.errors.SerializationException: Error deserializing Avro message for id %d" % (
        c.tsp(), thread, thread, task, task, proc, topic, c.n(0, 11), c.n(10 ** 6, 10 ** 9), sid) + \
        jat(["org.apache.kafka.streams.processor.internals.StreamTask.process(StreamTask.java:750)",
             "org.apache.kafka.streams.processor.internals.TaskExecutor.processTask(TaskExecutor.java:95)"]) + \
        "\nCaused by: org.apache.kafka.common.errors.SerializationException: Error deserializing Avro message for id %d\nCaused by: org.apache.avro.AvroTypeException: Found %sV1, expecting %s, missing required field %s" % (
            sid, cls, cls, field)


@G("kstreams-velocity-serde", "fraud-aggregator", "Avro deserialization failure in velocity-window processor (card.authorizations)", "NM18")
def _(c):
    return kstreams(c, "velocity-window-agg", "card.authorizations", "com.finpay.events.CardAuthorization", 412, "riskBand")


@G("kstreams-merchant-serde", "fraud-aggregator", "Avro deserialization failure in merchant-risk-join processor (merchant.profile)", "NM18")
def _(c):
    return kstreams(c, "merchant-risk-join", "merchant.profile", "com.finpay.events.MerchantProfile", 388, "mcc")


# ============================================================ fraud-features (Flink)
def flink(c, cause):
    return "%s ERROR org.apache.flink.runtime.executiongraph.ExecutionGraph [] - Job fraud-features-enrichment (%s) switched from state RUNNING to FAILING.\norg.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=3, backoffTimeMS=10000)" % (
        c.tsp(sep=","), c.hex(32)) + \
        jat(["org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:139)",
             "org.apache.flink.runtime.scheduler.DefaultScheduler.handleTaskFailure(DefaultScheduler.java:248)"]) + "\nCaused by: " + cause


@G("flink-checkpoint-threshold", "fraud-features", "Flink job failed: checkpoint tolerable failure threshold exceeded", "NM19")
def _(c):
    return flink(c, "org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing., view the Checkpoint History tab or the Job Manager log to find out why continuous checkpoints failed." +
                 jat(["org.apache.flink.runtime.checkpoint.CheckpointFailureManager.checkFailureAgainstCounter(CheckpointFailureManager.java:212)"]))


@G("flink-lost-taskmanager", "fraud-features", "Flink job failed: lost connection to task manager", "NM19")
def _(c):
    ip = c.ip()
    return flink(c, "org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Lost connection to task manager '%s/%s:6121'. This indicates that the remote task manager was lost." % (ip, ip) +
                 jat(["org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler.exceptionCaught(CreditBasedPartitionRequestClientHandler.java:165)"]))


# ============================================================ settlement-worker (Python pika)
def pika_tb(c, exc):
    return "%s ERROR [settlement.consumer] consumer crashed, reconnecting in %ds (batch=%s)\nTraceback (most recent call last):\n  File \"/app/settlement/consumer.py\", line 88, in run\n    channel.start_consuming()\n  File \"/usr/local/lib/python3.11/site-packages/pika/adapters/blocking_connection.py\", line 1883, in start_consuming\n    self._process_data_events(time_limit=None)\n  File \"/usr/local/lib/python3.11/site-packages/pika/adapters/blocking_connection.py\", line 2044, in _process_data_events\n    self.connection.process_data_events(time_limit=time_limit)\n  File \"/usr/local/lib/python3.11/site-packages/pika/adapters/blocking_connection.py\", line 851, in _flush_output\n    raise self._closed_result.value.error\n%s" % (
        c.tsp(sep=","), c.n(1, 30), c.uuid(), exc)


@G("rabbit-ack-timeout", "settlement-worker", "RabbitMQ closed channel: delivery ack timeout (406)", "NM20")
def _(c):
    return pika_tb(c, "pika.exceptions.ChannelClosedByBroker: (406, 'PRECONDITION_FAILED - delivery acknowledgement on channel 1 timed out. Timeout value used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more')")


@G("rabbit-queue-missing", "settlement-worker", "RabbitMQ closed channel: queue settlement.retry not found (404)", "NM20")
def _(c):
    return pika_tb(c, "pika.exceptions.ChannelClosedByBroker: (404, \"NOT_FOUND - no queue 'settlement.retry' in vhost 'payments'\")")


# ============================================================ payout-service Vault (Go)
def vault(c, key, op, code, err):
    return "level=error ts=%s caller=crypto/vault.go:77 msg=\"transit %s failed\" key=%s payout_id=po_%s request_id=%s err=\"Error making API request.\\n\\nURL: PUT https://vault.service.consul:8200/v1/transit/%s/%s\\nCode: %d. Errors:\\n\\n* %s\"" % (
        c.ts(), op, key, c.alnum(14), c.uuid(), op, key, code, err)


@G("vault-denied-card-pan", "payout-service", "Vault transit decrypt permission denied on key card-pan", "NM21")
def _(c):
    return vault(c, "card-pan", "decrypt", 403, "1 error occurred:\\n\\t* permission denied\\n\\n")


@G("vault-denied-iban", "payout-service", "Vault transit decrypt permission denied on key iban-token", "NM21")
def _(c):
    return vault(c, "iban-token", "decrypt", 403, "1 error occurred:\\n\\t* permission denied\\n\\n")


@G("vault-sealed", "payout-service", "Vault sealed (503) during transit decrypt", "NM21")
def _(c):
    return vault(c, "card-pan", "decrypt", 503, "Vault is sealed")


# ============================================================ hsm-proxy (payShield)
def payshield(c, code):
    return "time=%s level=ERROR msg=\"payShield command failed\" cmd=M0 host=%s:1500 header=%s resp_code=%s latency_ms=%d conn_id=%d" % (
        c.ts(), c.u("hsm"), c.HEX(4), code, c.n(2, 60), c.n(1, 64))


@G("hsm-resp-15", "hsm-proxy", "payShield M0 error 15 (invalid input data), HSM host varies", "NM23", df=True)
def _(c):
    return payshield(c, "15")


@G("hsm-resp-68", "hsm-proxy", "payShield M0 error 68 (command disabled), HSM host varies", "NM23", df=True)
def _(c):
    return payshield(c, "68")


# ============================================================ openbanking-connector (Go mTLS)
@G("mtls-cert-expired", "openbanking-connector", "partner bank server cert expired", "NM25")
def _(c):
    return "time=%s level=ERROR msg=\"consent fetch failed\" consent_id=%s err=\"Get \\\"https://psd2.api.bankhaus-meyer.de/v1/consents/%s/status\\\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after 2024-03-11T23:59:59Z\"" % (
        c.ts(), c.uuid(), c.uuid(), c.ts()[:19] + "Z")


@G("mtls-unknown-ca", "openbanking-connector", "partner bank cert signed by unknown authority", "NM25")
def _(c):
    return "time=%s level=ERROR msg=\"consent fetch failed\" consent_id=%s err=\"Get \\\"https://psd2.api.bankhaus-meyer.de/v1/consents/%s/status\\\": tls: failed to verify certificate: x509: certificate signed by unknown authority\"" % (
        c.ts(), c.uuid(), c.uuid())


# ============================================================ identity (Keycloak events)
def kc(c, err, user_id):
    return "%s WARN  [org.keycloak.events] (executor-thread-%d) type=\"LOGIN_ERROR\", realmId=\"8c1f3e2a-5b7d-4c9e-a1f0-3d2e6b7c8a90\", realmName=\"retail\", clientId=\"mobile-banking\", userId=\"%s\", sessionId=\"null\", ipAddress=\"%s\", error=\"%s\", auth_method=\"openid-connect\", redirect_uri=\"https://app.finpay.example/callback\", code_id=\"%s\", username=\"%s\"" % (
        c.tsp(sep=","), c.n(1, 80), user_id, c.pubip(), err, c.uuid(), c.u("user"))


@G("kc-user-not-found", "identity", "Keycloak LOGIN_ERROR user_not_found (username varies)", "NM26", df=True)
def _(c):
    return kc(c, "user_not_found", "null")


@G("kc-invalid-credentials", "identity", "Keycloak LOGIN_ERROR invalid_user_credentials (username varies)", "NM26", df=True)
def _(c):
    return kc(c, "invalid_user_credentials", c.uuid())


# ============================================================ auth-gateway (Node pino, Okta)
def pino_oauth(c, code, desc):
    return json.dumps({"level": 50, "time": int(c.epoch_ms()), "pid": 1, "hostname": "auth-gateway-%s-%s" % (c.hex(9), c.alnum(5).lower()),
                       "reqId": "req-%s" % c.alnum(4).lower(), "err": {"type": "OAuthError", "message": "%s: %s" % (code, desc),
                       "stack": "OAuthError: %s: %s\n    at OktaClient.refresh (/srv/dist/okta/client.js:88:15)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async TokenController.refresh (/srv/dist/token/controller.js:41:20)" % (code, desc),
                       "error": code, "error_description": desc}, "msg": "token refresh failed"})


@G("okta-invalid-grant", "auth-gateway", "Okta refresh: invalid_grant (expired refresh token)", "NM27")
def _(c):
    return pino_oauth(c, "invalid_grant", "The refresh token is invalid or expired.")


@G("okta-invalid-client", "auth-gateway", "Okta refresh: invalid_client (client credentials wrong)", "NM27")
def _(c):
    return pino_oauth(c, "invalid_client", "Client authentication failed. Either the client or the client credentials are invalid.")


# ============================================================ auth0-log-stream
def auth0(c, typ):
    return json.dumps({"date": c.ts(), "type": typ, "description": "Wrong email or password.", "connection": "Username-Password-Authentication",
                       "connection_id": "con_Xb7mQ2kLpR9sT4vW", "client_id": "k3Jd9aLq0ZxV7mN2pR5tY8wB1cE4fG6h", "client_name": "FinPay Web",
                       "ip": c.pubip(), "user_agent": "Chrome 122.0.0 / Mac OS X 10.15.7", "user_name": c.u("email"),
                       "log_id": "900%s" % "".join(str(c.n(0, 9)) for _ in range(53))})


@G("auth0-fp-wrong-password", "auth0-log-stream", "Auth0 failed login type=fp (wrong password), email varies", "NM28", df=True)
def _(c):
    return auth0(c, "fp")


@G("auth0-fu-unknown-user", "auth0-log-stream", "Auth0 failed login type=fu (unknown user), email varies", "NM28", df=True)
def _(c):
    return auth0(c, "fu")


# ============================================================ stripe-adapter (Go)
def stripe(c, dc):
    return "time=%s level=WARN msg=\"stripe charge declined\" merchant=%s payment_intent=pi_3%s request_id=req_%s code=card_declined decline_code=%s amount=%d currency=eur" % (
        c.ts(), c.u("merchant"), c.alnum(23), c.alnum(14), dc, c.n(100, 500000))


@G("stripe-insufficient-funds", "stripe-adapter", "Stripe decline insufficient_funds (merchant varies)", "NM29", df=True)
def _(c):
    return stripe(c, "insufficient_funds")


@G("stripe-do-not-honor", "stripe-adapter", "Stripe decline do_not_honor (merchant varies)", "NM29", df=True)
def _(c):
    return stripe(c, "do_not_honor")


@G("stripe-lost-card", "stripe-adapter", "Stripe decline lost_card (merchant varies)", "NM29", df=True)
def _(c):
    return stripe(c, "lost_card")


@G("stripe-webhook-signature", "stripe-adapter", "Stripe webhook signature verification failed")
def _(c):
    return "time=%s level=ERROR msg=\"webhook rejected\" endpoint=we_1OkR2vHx8PqL3mZa err=\"No signatures found matching the expected signature for payload\" stripe_signature_t=%s remote=%s" % (
        c.ts(), c.epoch()[:10], c.pubip())


# ============================================================ adyen-adapter (Java)
def adyen905(c, acct):
    return "%s ERROR [http-nio-8443-exec-%d] c.f.adyen.AdyenPaymentsClient - /payments failed merchantAccount=%s status=422 errorCode=905_1 errorType=configuration message=\"Could not find an acquirer account for the provided currency (USD).\" pspReference=%s reference=ord_%s" % (
        c.tsp(), c.n(1, 200), acct, c.alnum(16, True), c.alnum(12))


@G("adyen-905-ecom", "adyen-adapter", "Adyen 905_1 no acquirer account for USD on FinPayMarketplaceECOM", "NM30")
def _(c):
    return adyen905(c, "FinPayMarketplaceECOM")


@G("adyen-905-pos", "adyen-adapter", "Adyen 905_1 no acquirer account for USD on FinPayMarketplacePOS", "NM30")
def _(c):
    return adyen905(c, "FinPayMarketplacePOS")


@G("adyen-hmac-invalid", "adyen-adapter", "Adyen notification with invalid HMAC signature")
def _(c):
    return "%s WARN  [http-nio-8443-exec-%d] c.f.adyen.NotificationController - rejecting notification: HMAC signature invalid eventCode=AUTHORISATION pspReference=%s merchantReference=ord_%s" % (
        c.tsp(), c.n(1, 200), c.alnum(16, True), c.alnum(12))


# ============================================================ subscriptions (Python, Braintree)
def bt(c, mod, cls):
    return "%s ERROR subscriptions.renewal: renewal failed subscription=sub_%s customer=%d\nTraceback (most recent call last):\n  File \"/app/subscriptions/gateway.py\", line 54, in charge\n    result = self.gateway.transaction.sale(params)\n  File \"/usr/local/lib/python3.11/site-packages/braintree/transaction_gateway.py\", line 150, in sale\n    return self._post(\"/transactions\", {\"transaction\": params})\n  File \"/usr/local/lib/python3.11/site-packages/braintree/util/http.py\", line 124, in http_do\n    raise_exception_from_status(status)\n  File \"/usr/local/lib/python3.11/site-packages/braintree/exceptions/http/__init__.py\", line 37, in raise_exception_from_status\n    raise %s()\nbraintree.exceptions.%s.%s\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"/app/subscriptions/renewal.py\", line 112, in renew\n    self.charge(sub)\n  File \"/app/subscriptions/gateway.py\", line 61, in charge\n    raise SubscriptionRenewalError(f\"renewal failed for {sub.id}\") from exc\nsubscriptions.errors.SubscriptionRenewalError: renewal failed for sub_%s" % (
        c.tsp(sep=","), c.alnum(8).lower(), c.n(10 ** 5, 10 ** 7), cls, mod, cls, c.alnum(8).lower())


@G("bt-authorization-error", "subscriptions", "Braintree AuthorizationError (API key lacks permission)", "NM31")
def _(c):
    return bt(c, "authorization_error", "AuthorizationError")


@G("bt-too-many-requests", "subscriptions", "Braintree TooManyRequestsError (rate limited)", "NM31")
def _(c):
    return bt(c, "too_many_requests_error", "TooManyRequestsError")


# ============================================================ paypal-adapter (Node)
def paypal(c, issue, desc):
    return "Error: PayPal capture failed for order %s: 422 UNPROCESSABLE_ENTITY\n    at PayPalClient.captureOrder (/srv/app/dist/paypal/client.js:142:13)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async CaptureHandler.handle (/srv/app/dist/handlers/capture.js:27:5) {\n  [cause]: {\n    name: 'UNPROCESSABLE_ENTITY',\n    details: [ { issue: '%s', description: '%s' } ],\n    message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',\n    debug_id: '%s',\n    links: [ { href: 'https://developer.paypal.com/docs/api/orders/v2/#error-%s', rel: 'information_link', method: 'GET' } ]\n  }\n}" % (
        c.alnum(17, True), issue, desc, c.hex(13), issue)


@G("paypal-instrument-declined", "paypal-adapter", "PayPal capture 422 INSTRUMENT_DECLINED", "NM32")
def _(c):
    return paypal(c, "INSTRUMENT_DECLINED", "The instrument presented  was either declined by the processor or bank, or it can\\'t be used for this payment.")


@G("paypal-payer-action", "paypal-adapter", "PayPal capture 422 PAYER_ACTION_REQUIRED", "NM32")
def _(c):
    return paypal(c, "PAYER_ACTION_REQUIRED", "Payer needs to perform the following action before proceeding with payment.")


# ============================================================ webhook-dispatcher (Go, zerolog)
def wh(c, extra):
    sub = c.u("sub")
    d = {"level": "warn", "time": c.ts(), "component": "dispatcher", "endpoint": "https://%s.ngrok-free.app/webhooks/finpay" % sub,
         "event_id": "evt_%s" % c.alnum(24), "attempt": c.n(1, 8)}
    d.update(extra(sub))
    d["message"] = "webhook delivery failed"
    return json.dumps(d)


@G("wh-404", "webhook-dispatcher", "merchant webhook endpoint returns 404 (random subdomain varies)", "NM33", df=True)
def _(c):
    return wh(c, lambda s: {"status": 404, "error": "unexpected status 404 Not Found"})


@G("wh-timeout", "webhook-dispatcher", "merchant webhook endpoint timeout awaiting headers", "NM33", df=True)
def _(c):
    return wh(c, lambda s: {"error": "Post \"https://%s.ngrok-free.app/webhooks/finpay\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % s})


@G("wh-tls-expired", "webhook-dispatcher", "merchant webhook endpoint cert expired", "NM33", df=True)
def _(c):
    return wh(c, lambda s: {"error": "Post \"https://%s.ngrok-free.app/webhooks/finpay\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %s is after 2024-02-29T12:00:00Z" % (s, c.ts()[:19] + "Z")})


# ============================================================ recon-batch (Python)
def recon(c, job, fname):
    return "%s ERROR [recon.settlement] job=%s run_id=%s reconciliation mismatch unmatched=%d total_diff=EUR %s file=%s" % (
        c.tsp(sep=","), job, c.uuid(), c.n(1, 400), c.amt(), fname % c.n(11, 13))


@G("recon-visa-mismatch", "recon-batch", "settlement-recon-visa job mismatches", "NM34")
def _(c):
    return recon(c, "settlement-recon-visa", "VISA_EP_747_202403%02d.ctf")


@G("recon-mc-mismatch", "recon-batch", "settlement-recon-mastercard job mismatches", "NM34")
def _(c):
    return recon(c, "settlement-recon-mastercard", "MC_T112_202403%02d.ipm")


def amex_tb(c, inner):
    return "%s CRITICAL [recon.runner] job settlement-recon-amex aborted run_id=%s\nTraceback (most recent call last):\n  File \"/app/recon/amex.py\", line 41, in load\n    %s\n%s\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"/app/recon/runner.py\", line 77, in run\n    rows = job.load(run_date)\n  File \"/app/recon/amex.py\", line 49, in load\n    raise ReconJobError(f\"job {self.name} failed\") from e\nrecon.errors.ReconJobError: job settlement-recon-amex failed" % (
        c.tsp(sep=","), c.uuid(), inner[0], inner[1])


@G("recon-amex-file-missing", "recon-batch", "amex recon job: settlement file missing", "NM35")
def _(c):
    d = c.n(11, 14)
    return amex_tb(c, ("with open(path, newline='') as fh:",
                       "FileNotFoundError: [Errno 2] No such file or directory: '/data/inbound/amex/AMEX_SETTLE_202403%02d.csv'" % d))


@G("recon-amex-bad-amount", "recon-batch", "amex recon job: unparsable amount column", "NM35")
def _(c):
    return amex_tb(c, ("amount = Decimal(row['SETTLEMENT_AMOUNT'])",
                       "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]"))


# ============================================================ file-transfer (Go SFTP)
@G("sftp-put-denied", "file-transfer", "SFTP upload permission denied (partner varies)", "NM36", df=True)
def _(c):
    d = c.dt()
    return "%s transfer failed partner=%s op=put remote=/outbound/ach/ACH_%s_%04d.txt: sftp: \"Permission denied\" (SSH_FX_PERMISSION_DENIED)" % (
        d.strftime("%Y/%m/%d %H:%M:%S"), c.u("partner"), d.strftime("%Y%m%d"), c.n(1, 40))


@G("sftp-get-missing", "file-transfer", "SFTP download: returns file does not exist (partner varies)", "NM36", df=True)
def _(c):
    d = c.dt()
    return "%s transfer failed partner=%s op=get remote=/inbound/returns/RET_%s.txt: file does not exist" % (
        d.strftime("%Y/%m/%d %H:%M:%S"), c.u("partner"), d.strftime("%Y%m%d"))


@G("sftp-auth-failed", "file-transfer", "SFTP ssh publickey auth failed (partner varies)", "NM36", df=True)
def _(c):
    d = c.dt()
    return "%s transfer failed partner=%s op=connect remote=%s:22: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain" % (
        d.strftime("%Y/%m/%d %H:%M:%S"), c.u("partner"), c.pubip())


# ============================================================ statement-service (.NET)
def stmt(c, inner):
    return "fail: Finpay.Statements.StatementJob[0]\n      Statement generation failed for account %s period 2024-%02d\n      Finpay.Statements.StatementRenderException: Failed to render statement %s\n       ---> %s\n         --- End of inner exception stack trace ---\n         at Finpay.Statements.PdfRenderer.RenderAsync(Statement statement, CancellationToken ct) in /src/Finpay.Statements/PdfRenderer.cs:line 88\n         at Finpay.Statements.StatementJob.ExecuteAsync(CancellationToken stoppingToken) in /src/Finpay.Statements/StatementJob.cs:line 54" % (
        "".join(str(c.n(0, 9)) for _ in range(10)), c.n(1, 2), c.uuid(), inner)


@G("pdf-font-missing", "statement-service", "PDF render: font file missing", "NM37")
def _(c):
    return stmt(c, "System.IO.FileNotFoundException: Could not find file '/app/fonts/Inter-Regular.ttf'.\n      File name: '/app/fonts/Inter-Regular.ttf'\n         at Microsoft.Win32.SafeHandles.SafeFileHandle.Init(String path, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize)\n         at QuestPDF.Drawing.FontManager.RegisterFont(Stream stream)")


@G("pdf-logo-timeout", "statement-service", "PDF render: HttpClient timeout fetching tenant logo", "NM37")
def _(c):
    return stmt(c, "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\n       ---> System.TimeoutException: The operation was canceled.\n         at System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)\n         at Finpay.Statements.Branding.LogoClient.GetLogoAsync(String tenant) in /src/Finpay.Statements/Branding/LogoClient.cs:line 31")


# ============================================================ billing-service (.NET)
@G("billing-timeout-exception", "billing-service", "System.TimeoutException 'The operation has timed out.' from FX quote lock", "NM38")
def _(c):
    return "fail: Finpay.Billing.InvoiceService[0]\n      Invoice %s finalisation failed\n      System.TimeoutException: The operation has timed out.\n         at Finpay.Billing.Locks.DistributedLock.AcquireAsync(String key, TimeSpan timeout) in /src/Finpay.Billing/Locks/DistributedLock.cs:line 47\n         at Finpay.Billing.InvoiceService.FinaliseAsync(Guid invoiceId) in /src/Finpay.Billing/InvoiceService.cs:line 120" % c.uuid()


@G("billing-web-exception", "billing-service", "System.Net.WebException 'The operation has timed out.' from legacy tax SOAP client", "NM38")
def _(c):
    return "fail: Finpay.Billing.InvoiceService[0]\n      Invoice %s finalisation failed\n      System.Net.WebException: The operation has timed out.\n         at System.Net.HttpWebRequest.GetResponse()\n         at Finpay.Billing.Tax.VatSoapClient.Calculate(TaxRequest request) in /src/Finpay.Billing/Tax/VatSoapClient.cs:line 63\n         at Finpay.Billing.InvoiceService.FinaliseAsync(Guid invoiceId) in /src/Finpay.Billing/InvoiceService.cs:line 112" % c.uuid()


# ============================================================ notification-email (Python SendGrid)
def sg(c, cls, code, reason):
    return "%s ERROR notify.email send failed to=%s template=d-8f3c2a1b9e7d4c6fa0b1c2d3e4f5a6b7 message_id=%s\nTraceback (most recent call last):\n  File \"/app/notify/email.py\", line 63, in send\n    resp = self.client.send(mail)\n  File \"/usr/local/lib/python3.11/site-packages/sendgrid/base_interface.py\", line 62, in send\n    response = self.client.mail.send.post(request_body=message)\n  File \"/usr/local/lib/python3.11/site-packages/python_http_client/client.py\", line 277, in http_request\n    self._make_request(opener, request, timeout=timeout)\n  File \"/usr/local/lib/python3.11/site-packages/python_http_client/client.py\", line 184, in _make_request\n    raise exc\npython_http_client.exceptions.%s: HTTP Error %d: %s" % (
        c.tsp(sep=","), c.u("email"), c.uuid(), cls, code, reason)


@G("sendgrid-401", "notification-email", "SendGrid 401 Unauthorized (API key), recipient varies", "NM40", df=True)
def _(c):
    return sg(c, "UnauthorizedError", 401, "Unauthorized")


@G("sendgrid-429", "notification-email", "SendGrid 429 Too Many Requests, recipient varies", "NM40", df=True)
def _(c):
    return sg(c, "TooManyRequestsError", 429, "Too Many Requests")


# ============================================================ notification-sms (Node, Twilio)
def twilio(c, code):
    return json.dumps({"level": "error", "time": c.ts(), "service": "notification-sms", "msg": "twilio send failed",
                       "to": "+4477009%05d" % c.n(0, 99999), "otp_request_id": c.uuid(), "code": code, "status": 400,
                       "moreInfo": "https://www.twilio.com/docs/errors/%d" % code})


@G("twilio-21211", "notification-sms", "Twilio 21211 invalid To number", "NM41")
def _(c):
    return twilio(c, 21211)


@G("twilio-21610", "notification-sms", "Twilio 21610 recipient unsubscribed (STOP)", "NM41")
def _(c):
    return twilio(c, 21610)


# ============================================================ settlement-lambda
@G("lambda-timeout", "settlement-lambda", "Lambda task timed out after 900s", "NM42")
def _(c):
    return "%s %s Task timed out after %d.%02d seconds" % (c.ts(), c.uuid(), 900, c.n(0, 99))


@G("lambda-oom-killed", "settlement-lambda", "Lambda runtime killed (out of memory)", "NM42")
def _(c):
    return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % c.uuid()


# ============================================================ payout-worker (Node, SQS)
def sqs_missing(c, q):
    return "%s error: poll loop failed queue=https://sqs.eu-west-1.amazonaws.com/318526941204/%s\nQueueDoesNotExist: The specified queue does not exist.\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)\n    at de_CommandError (/app/node_modules/@aws-sdk/client-sqs/dist-cjs/index.js:1128:14)\n    at async Poller.poll (/app/dist/sqs/poller.js:33:24) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 400,\n    requestId: '%s',\n    attempts: 1,\n    totalRetryDelay: 0\n  },\n  Type: 'Sender',\n  Code: 'AWS.SimpleQueueService.NonExistentQueue'\n}" % (
        c.ts(), q, c.uuid())


@G("sqs-missing-payouts-dlq", "payout-worker", "SQS queue payouts-dlq does not exist", "NM43")
def _(c):
    return sqs_missing(c, "payouts-dlq")


@G("sqs-missing-refunds-dlq", "payout-worker", "SQS queue refunds-dlq does not exist", "NM43")
def _(c):
    return sqs_missing(c, "refunds-dlq")


# ============================================================ idempotency-store (Go DynamoDB)
def ddb(c, op, table, exc):
    return "time=%s level=ERROR msg=\"dynamodb call failed\" table=%s key=%s err=\"operation error DynamoDB: %s, https response error StatusCode: 400, RequestID: %s, %s\"" % (
        c.ts(), table, c.uuid(), op, c.alnum(52, True), exc)


@G("ddb-ccf-idempotency", "idempotency-store", "ConditionalCheckFailed on PutItem idempotency-keys", "NM45")
def _(c):
    return ddb(c, "PutItem", "idempotency-keys", "ConditionalCheckFailedException: The conditional request failed")


@G("ddb-ccf-sessions", "idempotency-store", "ConditionalCheckFailed on PutItem customer-sessions", "NM45")
def _(c):
    return ddb(c, "PutItem", "customer-sessions", "ConditionalCheckFailedException: The conditional request failed")


@G("ddb-throughput-idempotency", "idempotency-store", "ProvisionedThroughputExceeded on idempotency-keys", "NM45")
def _(c):
    return ddb(c, "PutItem", "idempotency-keys", "ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.")


# ============================================================ statement-archiver (Python S3)
def s3(c, op):
    return "%s ERROR archiver: %s failed bucket=finpay-statements-prod key=statements/%s/2024/%02d/%s.pdf\nTraceback (most recent call last):\n  File \"/app/archiver/store.py\", line 38, in %s\n    self.s3.%s(Bucket=self.bucket, Key=key%s)\n  File \"/usr/local/lib/python3.11/site-packages/botocore/client.py\", line 553, in _api_call\n    return self._make_api_call(operation_name, kwargs)\n  File \"/usr/local/lib/python3.11/site-packages/botocore/client.py\", line 1009, in _make_api_call\n    raise error_class(parsed_response, operation_name)\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the %s operation: Access Denied" % (
        c.tsp(sep=","), {"PutObject": "upload", "GetObject": "download"}[op], c.u("tenant"), c.n(1, 3), c.uuid(),
        {"PutObject": "put", "GetObject": "get"}[op], {"PutObject": "put_object", "GetObject": "get_object"}[op],
        ", Body=body" if op == "PutObject" else "", op)


@G("s3-put-denied", "statement-archiver", "S3 PutObject AccessDenied on statements bucket (tenant varies)", "NM46", df=True)
def _(c):
    return s3(c, "PutObject")


@G("s3-get-denied", "statement-archiver", "S3 GetObject AccessDenied on statements bucket (tenant varies)", "NM46", df=True)
def _(c):
    return s3(c, "GetObject")


@X("s3-nosuchbucket", "statement-archiver", "S3 NoSuchBucket for archive bucket")
def _(c):
    return "%s ERROR archiver: lifecycle sweep failed\nbotocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist" % c.tsp(sep=",")


# ============================================================ card-vault (Java KMS)
def kms(c, action):
    return "%s ERROR [vert.x-worker-thread-%d] c.f.vault.EnvelopeCrypto - envelope operation failed token=tok_%s\nsoftware.amazon.awssdk.services.kms.model.KmsException: User: arn:aws:sts::318526941204:assumed-role/card-vault-prod/i-0%s is not authorized to perform: %s on resource: arn:aws:kms:eu-west-1:318526941204:key/6f0b2c1e-8d4a-4f3b-9e7c-2a1d5b8c9e0f because no identity-based policy allows the %s action (Service: Kms, Status Code: 400, Request ID: %s)" % (
        c.tsp(), c.n(0, 19), c.alnum(20), c.hex(16), action, action, c.uuid()) + \
        jat(["software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
             "com.finpay.vault.EnvelopeCrypto.%s(EnvelopeCrypto.java:%d)" % (("unwrap", 71) if action == "kms:Decrypt" else ("wrap", 52))])


@G("kms-decrypt-denied", "card-vault", "KMS kms:Decrypt denied for card-vault role", "NM47")
def _(c):
    return kms(c, "kms:Decrypt")


@G("kms-generatedatakey-denied", "card-vault", "KMS kms:GenerateDataKey denied for card-vault role", "NM47")
def _(c):
    return kms(c, "kms:GenerateDataKey")


# ============================================================ merchant-onboarding (Node)
@G("secretsmanager-missing", "merchant-onboarding", "Secrets Manager secret prod/kyb/middesk-api-key not found")
def _(c):
    return "%s ERROR secret load failed secretId=prod/kyb/middesk-api-key\nResourceNotFoundException: Secrets Manager can't find the specified secret.\n    at de_ResourceNotFoundExceptionRes (/app/node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js:1755:21)\n    at async SecretCache.get (/app/dist/config/secrets.js:22:18) {\n  '$metadata': { httpStatusCode: 400, requestId: '%s', attempts: 1, totalRetryDelay: 0 }\n}" % (c.ts(), c.uuid())


def node_te(c, frames):
    return "%s ERROR [onboarding] application %s failed\nTypeError: Cannot read properties of undefined (reading 'country')\n%s" % (
        c.ts(), c.uuid(), "\n".join("    at " + f for f in frames))


@G("onb-typeerror-address", "merchant-onboarding", "TypeError reading 'country' in validateAddress", "NM53")
def _(c):
    return node_te(c, ["validateAddress (/app/dist/validation/address.js:17:38)", "Object.validateApplication (/app/dist/validation/index.js:44:5)",
                       "async OnboardingService.submit (/app/dist/services/onboarding.js:81:9)"])


@G("onb-typeerror-kyb-map", "merchant-onboarding", "TypeError reading 'country' in mapKybResponse", "NM53")
def _(c):
    return node_te(c, ["mapKybResponse (/app/dist/kyb/mapper.js:29:52)", "MiddeskClient.fetchBusiness (/app/dist/kyb/middesk.js:63:14)",
                       "async OnboardingService.submit (/app/dist/services/onboarding.js:95:22)"])


def kyb_cause(c, cause):
    return "%s ERROR [onboarding] Error: KYB check failed for business \"%s\"\n    at MiddeskClient.createBusiness (/app/dist/kyb/middesk.js:48:13)\n    at async OnboardingService.submit (/app/dist/services/onboarding.js:92:7) {\n  [cause]: %s\n}" % (
        c.ts(), c.u("bizname"), cause)


@G("onb-kyb-enotfound", "merchant-onboarding", "KYB call failed: DNS ENOTFOUND api.middesk.com (business name varies)", "NM54", df=True)
def _(c):
    return kyb_cause(c, "Error: getaddrinfo ENOTFOUND api.middesk.com\n      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'api.middesk.com'\n  }")


@G("onb-kyb-econnreset", "merchant-onboarding", "KYB call failed: socket ECONNRESET (business name varies)", "NM54", df=True)
def _(c):
    return kyb_cause(c, "Error: read ECONNRESET\n      at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {\n    errno: -104,\n    code: 'ECONNRESET',\n    syscall: 'read'\n  }")


# ============================================================ k8s-events
def backoff(c, dep, rs, ns):
    pod = "%s-%s-%s" % (dep, rs, c.u("podsfx"))
    return "%s Warning BackOff pod/%s Back-off restarting failed container %s in pod %s_%s(%s)" % (
        c.ts(), pod, dep, pod, ns, c.uuid())


@G("k8s-backoff-payout-worker", "k8s-events", "CrashLoop back-off for payout-worker (pod suffix varies)", "NM49", df=True)
def _(c):
    return backoff(c, "payout-worker", "7d9f8b6c4", "payments")


@G("k8s-backoff-ledger-consumer", "k8s-events", "CrashLoop back-off for ledger-consumer (pod suffix varies)", "NM49", df=True)
def _(c):
    return backoff(c, "ledger-consumer", "5b6c7d8f9", "ledger")


@G("k8s-oomkilled-fraud-scorer", "k8s-events", "fraud-scorer container OOMKilled")
def _(c):
    return "%s Warning OOMKilling node/ip-%s.eu-west-1.compute.internal Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:%d (container fraud-scorer, pod fraud-scorer-6c8d9f7b5-%s)" % (
        c.ts(), c.ip().replace(".", "-"), c.n(100, 99999), c.n(8000000, 9000000), c.n(2000000, 2100000), c.n(4000, 6000), c.r.choice([936, 969, 984]), c.u("podsfx"))


# ============================================================ wallet-service (Quarkus)
def quarkus_npe(c, frames):
    w = c.uuid()
    return "%s ERROR [io.qua.ver.htt.run.QuarkusErrorHandler] (executor-thread-%d) HTTP Request to /api/wallets/%s/topups failed, error id: %s-%d: java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.compareTo(java.math.BigDecimal)\" because \"limit\" is null" % (
        c.tsp(sep=","), c.n(1, 200), w, c.uuid(), c.n(1, 20)) + jat(frames + ["com.finpay.wallet.TopUpResource.create(TopUpResource.java:48)",
                                                                            "io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)"])


@G("wallet-npe-daily-limit", "wallet-service", "NPE 'limit is null' thrown in LimitService.checkDailyLimit", "NM51")
def _(c):
    return quarkus_npe(c, ["com.finpay.wallet.LimitService.checkDailyLimit(LimitService.java:57)",
                           "com.finpay.wallet.TopUpService.topUp(TopUpService.java:88)"])


@G("wallet-npe-promo", "wallet-service", "NPE 'limit is null' thrown in PromoService.applyCashback", "NM51")
def _(c):
    return quarkus_npe(c, ["com.finpay.wallet.PromoService.applyCashback(PromoService.java:131)",
                           "com.finpay.wallet.TopUpService.topUp(TopUpService.java:97)"])


# ============================================================ payout-service panics (Go)
def gopanic(c, frame, file, pc):
    return "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=%s]\n\ngoroutine %d [running]:\n%s(0xc000%s, {0x1f2e3d0, 0xc000%s})\n\t%s +0x%s\ngithub.com/finpay/payout/internal/server.(*Server).handle.func1({0x1f2e3d0, 0xc000%s}, 0xc000%s)\n\t/src/internal/server/server.go:97 +0x8c\nnet/http.HandlerFunc.ServeHTTP(0x0?, {0x1f2e3d0?, 0xc000%s?}, 0x0?)\n\t/usr/local/go/src/net/http/server.go:2166 +0x29" % (
        pc, c.n(20, 90000), frame, c.hex(6), c.hex(6), file, pc[-3:], c.hex(6), c.hex(6), c.hex(6))


@G("payout-panic-handler", "payout-service", "nil deref panic in PayoutHandler.Submit", "NM52")
def _(c):
    return gopanic(c, "github.com/finpay/payout/internal/handler.(*PayoutHandler).Submit", "/src/internal/handler/payout.go:142", "0x14a7c24")


@G("payout-panic-achclient", "payout-service", "nil deref panic in bankrail.(*ACHClient).Send", "NM52")
def _(c):
    return gopanic(c, "github.com/finpay/payout/internal/bankrail.(*ACHClient).Send", "/src/internal/bankrail/ach.go:211", "0x15b3e90")


# ============================================================ kyc-service (Python, Onfido)
def kyc(c, inner):
    return "%s ERROR kyc.checks: identity check failed applicant_id=%s\nTraceback (most recent call last):\n%s\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/app/kyc/checks.py\", line 102, in run_check\n    report = self.vendor.create_check(applicant_id, [\"document\", \"facial_similarity_photo\"])\n  File \"/app/kyc/vendors/onfido.py\", line 71, in create_check\n    raise KycVendorError(\"onfido create_check failed\")\nkyc.vendors.errors.KycVendorError: onfido create_check failed" % (
        c.tsp(sep=","), c.uuid(), inner)


@G("kyc-onfido-read-timeout", "kyc-service", "Onfido create_check: requests ReadTimeout", "NM55")
def _(c):
    return kyc(c, "  File \"/app/kyc/vendors/onfido.py\", line 64, in create_check\n    resp = self.session.post(url, json=body, timeout=(3.05, 30))\n  File \"/usr/local/lib/python3.11/site-packages/requests/adapters.py\", line 532, in send\n    raise ReadTimeout(e, request=request)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.eu.onfido.com', port=443): Read timed out. (read timeout=30)")


@G("kyc-onfido-bad-json", "kyc-service", "Onfido create_check: non-JSON response (JSONDecodeError)", "NM55")
def _(c):
    return kyc(c, "  File \"/app/kyc/vendors/onfido.py\", line 66, in create_check\n    data = resp.json()\n  File \"/usr/local/lib/python3.11/site-packages/requests/models.py\", line 975, in json\n    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)\nrequests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)")


@G("kyc-name-mismatch", "kyc-service", "KYC name mismatch warning (applicant user varies)")
def _(c):
    return "%s WARNING kyc.matching: name similarity below threshold user=%s score=0.%02d threshold=0.85 applicant_id=%s" % (
        c.tsp(sep=","), c.u("user"), c.n(10, 84), c.uuid())


# ============================================================ fraud-engine (Python structlog JSON)
def fs(c, fg):
    return json.dumps({"event": "feature store lookup timed out, using defaults", "feature_group": fg, "entity_id": c.uuid(),
                       "timeout_ms": 40, "elapsed_ms": round(40 + c.r.random() * 30, 2), "txn_id": "txn_%s" % c.alnum(16),
                       "level": "warning", "logger": "fraud.features", "timestamp": c.ts()})


@G("fraud-fs-merchant-velocity", "fraud-engine", "feature store timeout on merchant_velocity group", "NM56")
def _(c):
    return fs(c, "merchant_velocity")


@G("fraud-fs-device-fingerprint", "fraud-engine", "feature store timeout on device_fingerprint group", "NM56")
def _(c):
    return fs(c, "device_fingerprint")


# ============================================================ fx-rates (Go gRPC)
def grpc(c, err):
    return "%s ERROR\tquote/service.go:64\tquote refresh failed\t{\"pair\": \"%s\", \"provider\": \"refinitiv\", \"error\": \"%s\"}" % (
        c.ts(), c.r.choice(["EURUSD", "GBPEUR", "USDJPY", "EURCHF"]), err)


@G("fx-grpc-deadline", "fx-rates", "gRPC DeadlineExceeded from rate provider", "NM58")
def _(c):
    return grpc(c, "rpc error: code = DeadlineExceeded desc = context deadline exceeded")


@G("fx-grpc-unavailable", "fx-rates", "gRPC Unavailable (connection refused) from rate provider", "NM58")
def _(c):
    return grpc(c, "rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp %s:443: connect: connection refused\\\"" % c.ip())


# ============================================================ chargeback-service (Kotlin) NM60
def cb(c, op, method, line):
    return "%s ERROR [DefaultDispatcher-worker-%d] c.f.chargeback.MastercomClient - %s failed claim_id=%d case=%s\ncom.finpay.chargeback.MastercomException: HTTP 401 Unauthorized: {\"Errors\":{\"Error\":[{\"Source\":\"Gateway\",\"ReasonCode\":\"AUTHENTICATION_FAILED\",\"Description\":\"OAuth signature verification failed\"}]}}" % (
        c.tsp(), c.n(1, 64), op, c.n(10 ** 9, 10 ** 10), c.alnum(10, True)) + \
        jat(["com.finpay.chargeback.MastercomClient.%s(MastercomClient.kt:%d)" % (method, line),
             "com.finpay.chargeback.DisputeWorkflow$process$1.invokeSuspend(DisputeWorkflow.kt:77)"])


@X("cb-representment-401", "chargeback-service", "Mastercom 401 on representment submission", "NM60")
def _(c):
    return cb(c, "submit representment", "submitRepresentment", 118)


@X("cb-accept-401", "chargeback-service", "Mastercom 401 on accepting chargeback", "NM60")
def _(c):
    return cb(c, "accept chargeback", "acceptChargeback", 142)


# ============================================================ ingress-nginx NM59
def nginx(c, err, upath):
    pid = "pi_%s" % c.alnum(20)
    return "%s [error] %d#%d: *%d %s, client: %s, server: api.finpay.example, request: \"POST /v1/payments/%s/capture HTTP/2.0\", upstream: \"http://%s:8080%s\", host: \"api.finpay.example\"" % (
        c.dt().strftime("%Y/%m/%d %H:%M:%S"), c.n(20, 40), c.n(20, 40), c.n(10 ** 5, 10 ** 8), err, c.pubip(), pid, c.ip(), upath % pid)


@X("nginx-upstream-timeout", "ingress-nginx", "upstream read timeout on capture endpoint", "NM59")
def _(c):
    return nginx(c, "upstream timed out (110: Operation timed out) while reading response header from upstream", "/v1/payments/%s/capture")


@X("nginx-upstream-refused", "ingress-nginx", "upstream connection refused on capture endpoint", "NM59")
def _(c):
    return nginx(c, "connect() failed (111: Connection refused) while connecting to upstream", "/v1/payments/%s/capture")


# ============================================================ misc standalone
@X("oracle-pool-exhausted", "core-banking", "Hikari pool corebank-rw exhausted")
def _(c):
    return "%s WARN  [http-nio-8080-exec-%d] com.zaxxer.hikari.pool.ProxyConnection - corebank-rw - Connection is not available, request timed out after %dms (total=20, active=20, idle=0, waiting=%d)" % (
        c.tsp(), c.n(1, 200), c.n(30000, 30100), c.n(1, 80))


@X("kafka-commit-failed", "ledger-service", "Kafka consumer CommitFailedException after rebalance")
def _(c):
    return "%s ERROR [ledger-consumer-%d] o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=ledger-consumer-%d, groupId=ledger-postings] Offset commit failed on partition ledger.postings-%d at offset %d: The coordinator is not aware of this member.\norg.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group." % (
        c.tsp(), c.n(0, 5), c.n(0, 5), c.n(0, 11), c.n(10 ** 5, 10 ** 8))


# ------------------------------------------------------------------ build
WEIGHTS = [1, 2, 3, 4, 5, 6], [3, 3, 3, 2, 1, 1]


def build():
    r = random.Random(SEED)
    events, meta, df_check = [], {}, {}
    for label, service, desc, nm, fn, df in GROUPS:
        assert label not in meta, label
        n = r.randint(3, 5) if df else r.choices(*WEIGHTS)[0]
        cache, used = {}, {}
        for i in range(n):
            c = Ctx(r, i, cache, used)
            events.append({"service": service, "message": fn(c), "group": label})
        meta[label] = {"description": desc, "service": service, "count": n, "near_miss_set": nm,
                       "digit_free_variable": df}
        df_check[label] = {k: len(set(v)) for k, v in used.items()}
    r.shuffle(events)
    return events, meta, df_check


def check(events, meta, df_check):
    by_group = {}
    for e in events:
        by_group.setdefault(e["group"], []).append(e)
    for g, m in meta.items():
        assert len(by_group.get(g, [])) == m["count"] >= 1, g
        assert m["count"] <= 6, g
    owner = {}
    for e in events:
        k = (e["service"], e["message"])
        assert owner.setdefault(k, e["group"]) == e["group"], ("identical message across groups", e["group"], owner[k])
    nm = {}
    for g, m in meta.items():
        if m["near_miss_set"]:
            nm.setdefault(m["near_miss_set"], []).append(g)
    for s, gs in nm.items():
        assert 2 <= len(gs) <= 3, s
        assert len({meta[g]["service"] for g in gs}) == 1, s
    for g, m in meta.items():
        if m["digit_free_variable"]:
            assert m["count"] >= 3 and max(df_check[g].values()) >= 3, g
            assert max(df_check[g].values()) == m["count"], g
    return nm


def main():
    events, meta, df_check = build()
    nm = check(events, meta, df_check)
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or HERE, "events.jsonl"), "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or HERE, "groups.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2, sort_keys=True)
        f.write("\n")
    services = sorted({m["service"] for m in meta.values()})
    print("groups=%d events=%d services=%d near_miss_sets=%d (groups in sets=%d) digit_free_groups=%d" % (
        len(meta), len(events), len(services), len(nm), sum(len(v) for v in nm.values()),
        sum(1 for m in meta.values() if m["digit_free_variable"])))


if __name__ == "__main__":
    main()
