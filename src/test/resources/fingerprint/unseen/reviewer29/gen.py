#!/usr/bin/env python3
"""Blind labelled corpus of production error events for judging a log
fingerprinting tool (redteam29).

Writes, next to this file:
  events.jsonl  one {"service": ..., "message": ...} object per line
  groups.json   true group label per event index + per-group metadata
                (service, description, near_miss_set, count, ...) + the
                near-miss sets.

Python 3 stdlib only.  Deterministic: every random draw comes from a
random.Random seeded with a *string* (hashed with SHA-512 by the random
module, independent of PYTHONHASHSEED); no set/dict iteration order is used
to decide anything.

Focus: less mainstream stacks (Scala/Akka/Play, Clojure, Erlang/Elixir,
Haskell, Swift/Vapor, Kotlin/Ktor, Deno/Bun, Workers, Next.js, PHP, Perl,
OpenResty, .NET/Serilog, Micronaut, Celery/Airflow/pandas, R/Shiny, push,
game servers, MQTT, SIP, HL7/FHIR, search, queues, databases, proxies,
Kubernetes controllers, CI, cloud SDKs).
"""
import datetime
import json
import os
import sys

SEED = "redteam29-v1"
HERE = os.path.dirname(os.path.abspath(__file__))

BASE = datetime.datetime(2024, 3, 12, 0, 0, 0)
EPOCH0 = datetime.datetime(1970, 1, 1)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- pools
# digit-free variable pools; each group gets its own permutation so that
# event i of a group uses element i -> distinct values inside a group.
POOLS = {
    "user": ["alice", "bob", "carol", "dmitri", "emeka", "fatima", "gustavo",
             "hiroshi", "ingrid", "jamal", "kofi", "lena", "mateo", "nadia",
             "oksana", "priya", "quentin", "rosa", "sven", "tariq", "ursula",
             "valentin", "wei", "ximena", "yusuf", "zara"],
    "tenant": ["acme", "globex", "initech", "umbrella", "hooli", "piedpiper",
               "vandelay", "wonka", "stark", "wayne", "tyrell", "soylent",
               "cyberdyne", "aperture", "monarch", "gringotts", "oscorp",
               "nakatomi"],
    "slug": ["linen-shirt-blue", "wool-beanie-grey", "trail-runner-black",
             "canvas-tote-natural", "denim-jacket-indigo", "silk-scarf-red",
             "leather-belt-brown", "rain-shell-olive",
             "cashmere-sweater-cream", "chino-shorts-khaki"],
    "app": ["payments", "checkout", "catalog", "search-api", "notifications",
            "identity", "billing", "reporting", "storefront", "media-proxy"],
    "repo": ["api", "web-frontend", "billing-engine", "mobile-bff",
             "infra-modules", "data-pipelines", "auth-service", "docs-site"],
    "first": ["anna", "brian", "chloe", "diego", "elena", "felix", "grace",
              "henrik", "isabel", "jonas", "keiko", "liam", "maria", "noah",
              "olga", "pablo"],
    "last": ["smith", "garcia", "mueller", "rossi", "novak", "dubois",
             "tanaka", "silva", "kowalski", "jensen", "okafor", "haddad"],
    "maildom": ["gmail.com", "outlook.com", "yahoo.fr", "proton.me",
                "web.de", "icloud.com", "example.org", "fastmail.com"],
    "feed": ["google", "meta", "pinterest", "bing", "tiktok", "idealo"],
}

LETTERS = "abcdefghijklmnopqrstuvwxyz"
K8S_LETTERS = "bcdfghjklmnpqrstvwxz"          # k8s suffix alphabet, letters only
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


class Ctx:
    """Per-event helper; r is the group's Random, i the index in the group."""

    def __init__(self, r, i, perms, shared):
        self.r = r
        self.i = i
        self.perms = perms
        self.shared = shared

    # digit-free values, distinct within a group
    def pick(self, pool):
        lst = self.perms[pool]
        return lst[self.i % len(lst)]

    def once(self, key, fn):
        if key not in self.shared:
            self.shared[key] = fn()
        return self.shared[key]

    def n(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def s(self, k, alphabet=ALNUM):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(k))

    def hexs(self, k):
        return self.s(k, "0123456789abcdef")

    def HEXS(self, k):
        return self.s(k, "0123456789ABCDEF")

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def ip10(self):
        return f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(2, 254)}"

    def pubip(self):
        pre = self.choice(["203.0.113", "198.51.100", "192.0.2", "81.2.69",
                           "94.130.12", "73.162.45", "88.217.150", "177.54.3",
                           "41.203.66", "151.101.18"])
        return f"{pre}.{self.n(2, 254)}"

    def port(self):
        return self.n(32768, 60999)

    def dt(self):
        return BASE + datetime.timedelta(seconds=self.n(0, 3 * 86400 - 1),
                                         microseconds=self.n(0, 999999))

    def email(self):
        return f"{self.pick('first')}.{self.pick('last')}@{self.pick('maildom')}"

    def ulid(self):
        return "01HR" + self.s(22, CROCK)


# ---------------------------------------------------------------- time fmt
def jts(t):            # 2024-03-12 10:14:22,123
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def iso(t, d=3, z="Z"):
    frac = ("." + ("%06d" % t.microsecond)[:d]) if d else ""
    return t.strftime("%Y-%m-%dT%H:%M:%S") + frac + z


def epoch(t):
    return int((t - EPOCH0).total_seconds())


def epoch_ms(t):
    return epoch(t) * 1000 + t.microsecond // 1000


def klog(t, sev="E"):  # E0312 10:14:22.123456
    return f"{sev}{t:%m%d} {t:%H:%M:%S}.{t.microsecond:06d}"


def syslog_ts(t):      # Mar 12 10:14:22
    return f"{MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


# ---------------------------------------------------------------- registry
GROUPS = []
NMSETS = {}


def nmset(nid, kind, desc):
    NMSETS[nid] = {"kind": kind, "description": desc}


def group(gid, service, n, desc, nm=None, dfv=None):
    """dfv: description of a digit-free variable part that varies inside the
    group; the generator then returns (message, value)."""
    def deco(fn):
        GROUPS.append(dict(gid=gid, service=service, n=n, desc=desc, nm=nm,
                           dfv=dfv, fn=fn))
        return fn
    return deco


# ====================================================================
# Scala / Akka
# ====================================================================
nmset("nm_akka_ask", "constant-resource",
      "Akka AskTimeoutException with identical scheduler stack; differs only in the "
      "target sharded entity type and message type (code constants)")

AKKA_STACK = "\n".join("\tat " + s for s in [
    "akka.pattern.PromiseActorRef$.$anonfun$defaultOnTimeout$1(AskSupport.scala:730)",
    "akka.pattern.PromiseActorRef$.$anonfun$apply$1(AskSupport.scala:742)",
    "akka.actor.Scheduler$$anon$4.run(Scheduler.scala:202)",
    "scala.concurrent.Future$InternalCallbackExecutor$.unbatchedExecute(Future.scala:875)",
    "scala.concurrent.BatchingExecutor.execute(BatchingExecutor.scala:113)",
    "scala.concurrent.BatchingExecutor.execute$(BatchingExecutor.scala:107)",
    "scala.concurrent.Future$InternalCallbackExecutor$.execute(Future.scala:873)",
    "akka.actor.LightArrayRevolverScheduler$TaskHolder.executeTask(LightArrayRevolverScheduler.scala:334)",
    "akka.actor.LightArrayRevolverScheduler$$anon$3.executeBucket$1(LightArrayRevolverScheduler.scala:285)",
    "akka.actor.LightArrayRevolverScheduler$$anon$3.nextTick(LightArrayRevolverScheduler.scala:289)",
    "akka.actor.LightArrayRevolverScheduler$$anon$3.run(LightArrayRevolverScheduler.scala:241)",
    "java.base/java.lang.Thread.run(Thread.java:833)"])


def _akka(c, logger, method, path, entity, eid, msgtype):
    t = c.dt()
    actor = (f"Actor[akka://orders/system/sharding/{entity}/{c.n(0, 99)}/{eid}"
             f"#{c.n(-2147483647, 2147483647)}]")
    head = (f"Ask timed out on [{actor}] after [5000 ms]. Message of type [{msgtype}]. "
            "A typical reason for `AskTimeoutException` is that the recipient actor "
            "didn't send a reply.")
    return (f"{jts(t)} ERROR [orders-akka.actor.default-dispatcher-{c.n(4, 42)}] {logger} - "
            f"{method} {path} failed\nakka.pattern.AskTimeoutException: {head}\n{AKKA_STACK}")


@group("akka_ask_order_getstate", "orders-akka", 6,
       "Ask to sharded OrderEntity (GetState) times out in GET /orders/:id",
       nm="nm_akka_ask")
def _(c):
    oid = "ord-" + c.hexs(10)
    return _akka(c, "c.a.orders.http.OrderRoutes", "GET", f"/orders/{oid}",
                 "OrderEntity", oid, "com.acme.orders.OrderEntity$GetState")


@group("akka_ask_payment_authorize", "orders-akka", 3,
       "Ask to sharded PaymentEntity (Authorize) times out in POST /payments/:id/authorize",
       nm="nm_akka_ask")
def _(c):
    pid = "pay_" + c.s(14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    return _akka(c, "c.a.payments.http.PaymentRoutes", "POST", f"/payments/{pid}/authorize",
                 "PaymentEntity", pid, "com.acme.payments.PaymentEntity$Authorize")


# ====================================================================
# Play Framework
# ====================================================================
nmset("nm_play_noneget", "throwing-frame",
      "Play 500 'Unexpected exception[NoSuchElementException: None.get]' on the same "
      "endpoint; the Option.get is called in CheckoutController vs in PricingService")


def _play(c, frames):
    t = c.dt()
    eid = "@" + c.s(9, "abcdefghijklmnopqrstuvwxyz0123456789")
    cart = c.n(100000, 999999)
    return (f"{jts(t)} [ERROR] from application in application-akka.actor.default-dispatcher-{c.n(2, 31)} - \n"
            f"\n! {eid} - Internal server error, for (POST) [/checkout/{cart}] ->\n \n"
            "play.api.UnexpectedException: Unexpected exception[NoSuchElementException: None.get]\n"
            "\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:358)\n"
            "\tat play.api.http.DefaultHttpErrorHandler.onServerError(HttpErrorHandler.scala:264)\n"
            "\tat play.core.server.AkkaHttpServer$$anonfun$2.applyOrElse(AkkaHttpServer.scala:430)\n"
            "\tat play.core.server.AkkaHttpServer$$anonfun$2.applyOrElse(AkkaHttpServer.scala:422)\n"
            "\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:490)\n"
            "\tat akka.dispatch.BatchingExecutor$AbstractBatch.processBatch(BatchingExecutor.scala:63)\n"
            "Caused by: java.util.NoSuchElementException: None.get\n"
            "\tat scala.None$.get(Option.scala:627)\n"
            "\tat scala.None$.get(Option.scala:626)\n"
            f"{frames}\n"
            "\tat scala.concurrent.Future.$anonfun$flatMap$1(Future.scala:307)\n"
            "\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:482)\n"
            "\tat akka.dispatch.BatchingExecutor$AbstractBatch.processBatch(BatchingExecutor.scala:63)\n"
            "\t... 13 common frames omitted")


@group("play_noneget_checkout_controller", "web-play", 4,
       "None.get thrown directly in CheckoutController.submit (missing shipping address)",
       nm="nm_play_noneget")
def _(c):
    return _play(c, "\tat controllers.CheckoutController.$anonfun$submit$3(CheckoutController.scala:87)")


@group("play_noneget_pricing_service", "web-play", 3,
       "None.get thrown in PricingService.quote (missing price list) during checkout",
       nm="nm_play_noneget")
def _(c):
    return _play(c, "\tat services.PricingService.quote(PricingService.scala:142)\n"
                    "\tat controllers.CheckoutController.$anonfun$submit$4(CheckoutController.scala:91)")


# ====================================================================
# Clojure
# ====================================================================
nmset("nm_clj_npe", "throwing-frame",
      "Clojure NPE from clojure.lang.Numbers with identical message; the nil flows into "
      "ledger.fx/convert vs ledger.fees/apply-fee")


def _clj(c, frames, post_line):
    t = c.dt()
    acc = f"ACC-{c.n(10000, 99999)}"
    return (f"{jts(t)} ERROR [qtp1846412426-{c.n(20, 95)}] ledger.http - Unhandled exception "
            f"{{:request-id \"{c.uuid()}\", :uri \"/accounts/{acc}/entries\", :method :post}}\n"
            "java.lang.NullPointerException: Cannot invoke \"Object.getClass()\" because \"x\" is null\n"
            "\tat clojure.lang.Numbers.ops(Numbers.java:1095)\n"
            "\tat clojure.lang.Numbers.multiply(Numbers.java:173)\n"
            f"{frames}\n"
            f"\tat ledger.core$post_entry.invokeStatic(core.clj:{post_line})\n"
            "\tat ledger.core$post_entry.invoke(core.clj:70)\n"
            "\tat ledger.http$create_entry_handler.invokeStatic(http.clj:52)\n"
            "\tat ledger.http$create_entry_handler.invoke(http.clj:49)\n"
            "\tat reitit.ring$ring_handler$fn__17342.invoke(ring.clj:329)\n"
            "\tat ring.middleware.params$wrap_params$fn__9876.invoke(params.clj:67)\n"
            "\tat clojure.lang.AFn.applyToHelper(AFn.java:154)\n"
            "\tat java.base/java.lang.Thread.run(Thread.java:840)")


@group("clj_npe_fx_convert", "ledger-clj", 4,
       "nil exchange rate multiplied in ledger.fx/convert", nm="nm_clj_npe")
def _(c):
    return _clj(c, "\tat ledger.fx$convert.invokeStatic(fx.clj:41)\n\tat ledger.fx$convert.invoke(fx.clj:38)", 88)


@group("clj_npe_fees_apply", "ledger-clj", 3,
       "nil fee rate multiplied in ledger.fees/apply-fee", nm="nm_clj_npe")
def _(c):
    return _clj(c, "\tat ledger.fees$apply_fee.invokeStatic(fees.clj:27)\n\tat ledger.fees$apply_fee.invoke(fees.clj:22)", 93)


# ====================================================================
# Erlang/OTP
# ====================================================================
nmset("nm_erl_call_timeout", "constant-resource",
      "Erlang crash report: gen_server:call timeout from chat_session; the callee is the "
      "registered process session_registry vs presence_store")


def _erl(c, term, from_fn, from_line, try_fn, try_line, user):
    t = c.dt()
    pid = f"<0.{c.n(1000, 65000)}.0>"
    port = f"#Port<0.{c.n(100, 9999)}>"
    return (f"=CRASH REPORT==== {t.day}-{MONTHS[t.month - 1]}-{t.year}::{t:%H:%M:%S}.{t.microsecond:06d} ===\n"
            "  crasher:\n"
            "    initial call: chat_session:init/1\n"
            f"    pid: {pid}\n"
            "    registered_name: []\n"
            f"    exception exit: {term}\n"
            "      in function  gen_server:call/3 (gen_server.erl, line 401)\n"
            f"      in call from chat_session:{from_fn} (src/chat_session.erl, line {from_line})\n"
            f"      in call from gen_server:{try_fn} (gen_server.erl, line {try_line})\n"
            "      in call from gen_server:handle_msg/6 (gen_server.erl, line 1183)\n"
            "      in call from proc_lib:init_p_do_apply/3 (proc_lib.erl, line 241)\n"
            "    ancestors: [chat_session_sup,chat_sup,<0.2104.0>]\n"
            f"    message_queue_len: {c.n(0, 40)}\n"
            f"    messages: [{{tcp,{port},<<\"PING\">>}}]\n"
            f"    links: [<0.2140.0>,{port}]\n"
            f"    dictionary: [{{user,<<\"{user}\">>}}]\n"
            "    trap_exit: false\n"
            "    status: running\n"
            f"    heap_size: {c.choice([376, 610, 987, 1598, 2586, 4185, 6772])}\n"
            "    stack_size: 28\n"
            f"    reductions: {c.n(2000, 900000)}\n"
            "  neighbours:")


@group("erl_timeout_session_registry", "chat-erl", 6,
       "chat_session crashes: gen_server:call(session_registry, {lookup, User}) timeout",
       nm="nm_erl_call_timeout", dfv="user name in <<\"...\">> binary")
def _(c):
    u = c.pick("user")
    term = ("{timeout,{gen_server,call,\n"
            "                                  [session_registry,\n"
            f"                                   {{lookup,<<\"{u}\">>}},\n"
            "                                   5000]}}")
    return _erl(c, term, "handle_info/2", 118, "try_handle_info/3", 1095, u), u


@group("erl_timeout_presence_store", "chat-erl", 3,
       "chat_session crashes: gen_server:call(presence_store, {set_status, User, S}) timeout",
       nm="nm_erl_call_timeout")
def _(c):
    u = c.pick("user")
    st = c.choice(["online", "away", "busy"])
    term = ("{timeout,{gen_server,call,\n"
            "                                  [presence_store,\n"
            f"                                   {{set_status,<<\"{u}\">>,{st}}},\n"
            "                                   5000]}}")
    return _erl(c, term, "handle_cast/2", 154, "try_dispatch/4", 1123, u)


# ====================================================================
# Elixir / Phoenix
# ====================================================================
nmset("nm_phx_dbconn", "innermost-cause",
      "Phoenix request crash with DBConnection.ConnectionError on the same endpoint/stack: "
      "pool queue timeout vs TCP connection closed")

PHX_STACK = ("        (ecto_sql 3.10.1) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1\n"
             "        (ecto_sql 3.10.1) lib/ecto/adapters/sql.ex:945: Ecto.Adapters.SQL.execute/6\n"
             "        (ecto 3.10.3) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4\n"
             "        (ecto 3.10.3) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3\n"
             "        (ecto 3.10.3) lib/ecto/repo/queryable.ex:151: Ecto.Repo.Queryable.one/3\n"
             "        (accounts 0.1.0) lib/accounts/users.ex:41: Accounts.Users.get_by_email/1\n"
             "        (accounts 0.1.0) lib/accounts_web/controllers/session_controller.ex:17: AccountsWeb.SessionController.create/2\n"
             "        (accounts 0.1.0) lib/accounts_web/controllers/session_controller.ex:1: AccountsWeb.SessionController.action/2")


def _phx(c, err):
    t = c.dt()
    ten = c.pick("tenant")
    rid = c.s(20, B64URL.replace("-", "").replace("_", ""))
    return (f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} request_id={rid} [error] "
            f"#PID<0.{c.n(3000, 90000)}.0> running AccountsWeb.Endpoint (connection #PID<0.{c.n(3000, 90000)}.0>, "
            f"stream id {c.n(1, 9)}) terminated\n"
            f"Server: {ten}.accounts.example.com:80 (http)\n"
            "Request: POST /api/sessions\n"
            "** (exit) an exception was raised:\n"
            f"    ** (DBConnection.ConnectionError) {err}\n{PHX_STACK}"), ten


@group("phx_dbconn_queue_dropped", "accounts-phx", 7,
       "Ecto pool exhausted: connection not available, request dropped from queue",
       nm="nm_phx_dbconn", dfv="tenant host name")
def _(c):
    ms = c.n(1500, 4999)
    return _phx(c, f"connection not available and request was dropped from queue after {ms}ms. "
                   "This means requests are coming in and your connection pool cannot serve them fast enough. "
                   "You can address this by:\n\n"
                   "  1. Ensuring your database is available and that you can connect to it\n"
                   "  2. Tracking down slow queries and making sure they are running fast enough\n"
                   "  3. Increasing the pool_size (although this increases resource consumption)\n"
                   "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\n"
                   "See DBConnection.start_link/2 for more information\n")


@group("phx_dbconn_tcp_closed", "accounts-phx", 3,
       "Postgres connection closed underneath a running query (tcp recv: closed)",
       nm="nm_phx_dbconn")
def _(c):
    return _phx(c, "tcp recv: closed")[0]


@group("phx_genserver_token_refresher", "accounts-phx", 4,
       "Accounts.TokenRefresher GenServer crashes with ArithmeticError when expires_at is nil",
       dfv="tenant in GenServer state")
def _(c):
    t = c.dt()
    ten = c.pick("tenant")
    prov = c.choice(["okta", "azuread", "google"])
    return (f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} [error] GenServer Accounts.TokenRefresher terminating\n"
            "** (ArithmeticError) bad argument in arithmetic expression\n"
            "    :erlang.-(nil, 1710000000)\n"
            "    (accounts 0.1.0) lib/accounts/token_refresher.ex:58: Accounts.TokenRefresher.handle_info/2\n"
            "    (stdlib 5.0.2) gen_server.erl:1077: :gen_server.try_handle_info/3\n"
            "    (stdlib 5.0.2) gen_server.erl:1165: :gen_server.handle_msg/6\n"
            "    (stdlib 5.0.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3\n"
            "Last message: :refresh\n"
            f"State: %{{expires_at: nil, provider: \"{prov}\", tenant: \"{ten}\", "
            f"timer: #Reference<0.{c.n(1000000000, 4294967295)}.{c.n(1000000000, 4294967295)}.{c.n(100000, 999999)}>}}"), ten


# ====================================================================
# Haskell
# ====================================================================
nmset("nm_hs_head", "throwing-frame",
      "Haskell 'Prelude.head: empty list' on POST /v2/quotes; HasCallStack shows head "
      "called in Pricing.Quote vs Pricing.Tax")


def _hs(c, callsite):
    t = c.dt()
    return (f"{iso(t)} [Error] [req:{c.ulid()}] Unhandled exception in handler POST /v2/quotes: "
            "Prelude.head: empty list\n"
            "CallStack (from HasCallStack):\n"
            "  error, called at libraries/base/GHC/List.hs:1646:3 in base:GHC.List\n"
            "  errorEmptyList, called at libraries/base/GHC/List.hs:85:11 in base:GHC.List\n"
            "  badHead, called at libraries/base/GHC/List.hs:81:28 in base:GHC.List\n"
            f"  head, called at {callsite}")


@group("hs_head_quote", "pricing-hs", 4,
       "head on empty price-tier list in Pricing.Quote", nm="nm_hs_head")
def _(c):
    return _hs(c, "src/Pricing/Quote.hs:142:15 in pricing-0.4.1-inplace:Pricing.Quote")


@group("hs_head_tax", "pricing-hs", 2,
       "head on empty tax-jurisdiction list in Pricing.Tax", nm="nm_hs_head")
def _(c):
    return _hs(c, "src/Pricing/Tax.hs:57:22 in pricing-0.4.1-inplace:Pricing.Tax")


# ====================================================================
# Swift on server (Vapor)
# ====================================================================
nmset("nm_swift_nil", "throwing-frame",
      "Swift 'Unexpectedly found nil while unwrapping an Optional value' crash; "
      "TodoController.create vs ShareController.accept")


def _swift(c, file, line, col, sym):
    base = 0x55d1c3000000 + c.n(0, 0xfffff) * 0x1000
    a = lambda off: "0x%016x" % (base + off)
    return (f"{file}:{line}: Fatal error: Unexpectedly found nil while unwrapping an Optional value\n\n"
            f"\U0001F4A3 Program crashed: System trap at {a(0xa4b2e1)}\n\n"
            f"Thread {c.n(1, 7)} crashed:\n\n"
            f"0 {a(0xa4b2e1)} {sym} + 412 in App at /build/Sources/{file}:{line}:{col}\n"
            f"1 {a(0xa5c102)} partial apply for closure #1 in RoutesBuilder.on<A>(_:_:body:use:) + 88 in App at /build/.build/checkouts/vapor/Sources/Vapor/Routing/RoutesBuilder+Closure.swift:86:28\n"
            f"2 {a(0xb01c44)} Responder.respond(to:) + 203 in App at /build/.build/checkouts/vapor/Sources/Vapor/Responder/DefaultResponder.swift:73:22\n"
            f"3 {a(0xb3a9f0)} HTTPServerHandler.channelRead(context:data:) + 512 in App at /build/.build/checkouts/vapor/Sources/Vapor/HTTP/Server/HTTPServerHandler.swift:22:31")


@group("swift_nil_todo_create", "todo-vapor", 3,
       "force unwrap of req.auth user in TodoController.create", nm="nm_swift_nil")
def _(c):
    return _swift(c, "App/Controllers/TodoController.swift", 48, 39, "TodoController.create(req:)")


@group("swift_nil_share_accept", "todo-vapor", 1,
       "force unwrap of invite token in ShareController.accept", nm="nm_swift_nil")
def _(c):
    return _swift(c, "App/Controllers/ShareController.swift", 71, 52, "ShareController.accept(req:)")


# ====================================================================
# Kotlin / Ktor
# ====================================================================
@group("ktor_timeout_inventory", "gateway-ktor", 5,
       "Ktor HttpClient request timeout calling inventory stock endpoint")
def _(c):
    t = c.dt()
    sku = c.n(10000, 99999)
    return (f"{jts(t).replace(',', '.')} [eventLoopGroupProxy-4-{c.n(1, 8)}] ERROR Application - "
            f"Unhandled: GET - /api/products/{sku}/availability\n"
            "io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired "
            f"[url=http://inventory.svc.cluster.local:8080/v1/stock/{sku}, request_timeout=3000 ms]\n"
            "\tat io.ktor.client.plugins.HttpTimeoutKt$HttpTimeout$2$1$1$killer$1.invokeSuspend(HttpTimeout.kt:165)\n"
            "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)\n"
            "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n"
            "\tat kotlinx.coroutines.internal.LimitedDispatcher$Worker.run(LimitedDispatcher.kt:115)\n"
            "\tat kotlinx.coroutines.scheduling.TaskImpl.run(Tasks.kt:103)\n"
            "\tat kotlinx.coroutines.scheduling.CoroutineScheduler.runSafely(CoroutineScheduler.kt:584)\n"
            "\tat kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.runWorker(CoroutineScheduler.kt:793)\n"
            "\tat kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:697)")


# ====================================================================
# Deno
# ====================================================================
nmset("nm_deno_fetch", "innermost-cause",
      "Deno fetch 'error sending request for url' to the same partner API; connection "
      "refused vs DNS lookup failure")


def _deno(c, cause):
    t = c.dt()
    mid = c.n(1000000, 9999999)
    return (f"{iso(t)} ERROR dispatch failed job={c.uuid()}\n"
            "error: Uncaught (in promise) TypeError: error sending request for url "
            f"(https://api.courier-partner.io/v2/messages/{mid}): {cause}\n"
            "    at async mainFetch (ext:deno_fetch/26_fetch.js:170:12)\n"
            "    at async fetch (ext:deno_fetch/26_fetch.js:392:7)\n"
            "    at async postMessage (file:///app/src/channels/courier.ts:31:15)\n"
            "    at async dispatch (file:///app/src/dispatch.ts:58:5)")


@group("deno_fetch_conn_refused", "notify-deno", 3,
       "courier partner API refuses connections", nm="nm_deno_fetch")
def _(c):
    return _deno(c, "client error (Connect): tcp connect error: Connection refused (os error 111)")


@group("deno_fetch_dns", "notify-deno", 3,
       "courier partner host name does not resolve", nm="nm_deno_fetch")
def _(c):
    return _deno(c, "client error (Connect): dns error: failed to lookup address information: "
                    "Name or service not known")


# ====================================================================
# Bun
# ====================================================================
nmset("nm_bun_undefined", "throwing-frame",
      "Bun TypeError \"undefined is not an object (evaluating 'user.profile.avatarUrl')\" "
      "thrown in views/header.tsx (page render) vs email/digest.ts (digest job)")


@group("bun_avatar_header", "render-bun", 4,
       "profile-less user breaks renderHeader on profile pages",
       nm="nm_bun_undefined", dfv="user name in URL path")
def _(c):
    t = c.dt()
    u = c.pick("user")
    return (f"[{iso(t)}] GET /u/{u} 500 {c.n(3, 90)}ms\n"
            "20 | export function renderHeader(user: User) {\n"
            "21 |   return `<header>\n"
            "22 |     <img src=\"${user.profile.avatarUrl}\"/>\n"
            "                               ^\n"
            "TypeError: undefined is not an object (evaluating 'user.profile.avatarUrl')\n"
            "      at renderHeader (/app/src/views/header.tsx:22:31)\n"
            "      at renderPage (/app/src/views/page.tsx:40:12)\n"
            "      at <anonymous> (/app/src/server.ts:77:20)"), u


@group("bun_avatar_digest", "render-bun", 1,
       "profile-less user breaks weekly digest e-mail builder",
       nm="nm_bun_undefined")
def _(c):
    t = c.dt()
    u = c.pick("user")
    return (f"[{iso(t)}] job=digest-weekly user={u} failed\n"
            "62 |   for (const user of batch) {\n"
            "63 |     const html = layout({\n"
            "64 |       avatar: user.profile.avatarUrl,\n"
            "                            ^\n"
            "TypeError: undefined is not an object (evaluating 'user.profile.avatarUrl')\n"
            "      at buildDigest (/app/src/email/digest.ts:64:28)\n"
            "      at runDigestJob (/app/src/jobs/digest.ts:19:9)")


# ====================================================================
# Cloudflare Workers (tail worker JSON)
# ====================================================================
nmset("nm_cf_kv_put", "status-code",
      "Workers tail event 'KV PUT failed: <status>' for cart writes: 429 rate limit vs 413 value too large")


def _cf(c, outcome, exc_msg, method, path, ten):
    t = c.dt()
    colo = c.choice(["FRA", "AMS", "CDG", "LHR", "IAD", "SJC", "NRT", "SIN"])
    ev = {
        "outcome": outcome,
        "scriptName": "edge-router",
        "exceptions": [{"name": "Error", "message": exc_msg, "timestamp": epoch_ms(t)}],
        "logs": [],
        "eventTimestamp": epoch_ms(t) - c.n(1, 60),
        "event": {"request": {
            "url": f"https://{ten}.shops.example.com{path}",
            "method": method,
            "headers": {"cf-ray": f"{c.hexs(16)}-{colo}"},
            "cf": {"colo": colo, "country": c.choice(["DE", "NL", "FR", "GB", "US", "JP", "SG"])}}},
    }
    return json.dumps(ev, separators=(",", ":"))


@group("cf_kv_put_429", "edge-worker", 5,
       "KV PUT to CART namespace rate limited (429) - same key written >1/s",
       nm="nm_cf_kv_put", dfv="tenant sub-domain")
def _(c):
    ten = c.pick("tenant")
    return _cf(c, "exception", "KV PUT failed: 429 Too Many Requests", "POST", "/api/cart/items", ten), ten


@group("cf_kv_put_413", "edge-worker", 1,
       "KV PUT of oversized cart value rejected (413)", nm="nm_cf_kv_put")
def _(c):
    ten = c.pick("tenant")
    return _cf(c, "exception", "KV PUT failed: 413 Request Entity Too Large", "POST", "/api/cart/items", ten)


@group("cf_cpu_exceeded", "edge-worker", 3,
       "Worker exceeded CPU time limit on search endpoint", dfv="tenant sub-domain")
def _(c):
    ten = c.pick("tenant")
    q = c.choice(["shoes", "red dress", "gift card", "winter jacket", "socks"]).replace(" ", "+")
    return _cf(c, "exceededCpu", "Worker exceeded CPU time limit.", "GET",
               f"/api/search?q={q}&page={c.n(1, 9)}", ten), ten


# ====================================================================
# Next.js (Vercel)
# ====================================================================
nmset("nm_next_fetch", "innermost-cause",
      "Next.js server component 'TypeError: fetch failed' in getProduct; [cause] is "
      "ECONNREFUSED to catalog API vs undici connect timeout to the CMS")


def _next(c, cause):
    slug = c.pick("slug")
    return (f"[GET] /products/{slug} status=500\n"
            " \u2a2f TypeError: fetch failed\n"
            "    at node:internal/deps/undici/undici:12502:13\n"
            "    at async getProduct (/var/task/.next/server/app/products/[slug]/page.js:1:4312)\n"
            "    at async ProductPage (/var/task/.next/server/app/products/[slug]/page.js:1:5120) {\n"
            f"  digest: '{c.n(100000000, 4294967295)}',\n"
            f"  [cause]: {cause}\n"
            "}"), slug


@group("next_fetch_econnrefused", "storefront-next", 4,
       "catalog API refuses connections while rendering product page",
       nm="nm_next_fetch", dfv="product slug")
def _(c):
    ip = c.ip10()
    cause = (f"Error: connect ECONNREFUSED {ip}:8080\n"
             "      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n"
             "    errno: -111,\n    code: 'ECONNREFUSED',\n    syscall: 'connect',\n"
             f"    address: '{ip}',\n    port: 8080\n  }}")
    return _next(c, cause)


@group("next_fetch_connect_timeout", "storefront-next", 3,
       "CMS host connect timeout while rendering product page",
       nm="nm_next_fetch", dfv="product slug")
def _(c):
    cause = ("ConnectTimeoutError: Connect Timeout Error (attempted address: cms.acme-internal.net:443, timeout: 10000ms)\n"
             "      at onConnectTimeout (node:internal/deps/undici/undici:7529:28)\n"
             "      at node:internal/deps/undici/undici:7485:50\n"
             "      at Immediate._onImmediate (node:internal/deps/undici/undici:7517:13)\n"
             "      at process.processImmediate (node:internal/timers:478:21) {\n"
             "    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }")
    return _next(c, cause)


# ====================================================================
# PHP Symfony / WordPress
# ====================================================================
nmset("nm_sf_unique", "constant-resource",
      "Doctrine UniqueConstraintViolationException (SQLSTATE 23000 / 1062) on different "
      "unique keys: users e-mail (registration) vs orders reference (checkout)")


def _sf(c, entry, key, path, ctrl):
    t = c.dt()
    msg = ("An exception occurred while executing a query: SQLSTATE[23000]: Integrity constraint violation: "
           f"1062 Duplicate entry '{entry}' for key '{key}'")
    return (f"[{iso(t, 6, '+00:00')}] request.CRITICAL: Uncaught PHP Exception "
            f"Doctrine\\DBAL\\Exception\\UniqueConstraintViolationException: \"{msg}\" at "
            "/var/www/shop/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 51 "
            "{\"exception\":\"[object] (Doctrine\\\\DBAL\\\\Exception\\\\UniqueConstraintViolationException(code: 1062): "
            f"{msg} at /var/www/shop/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:51)\\n"
            "[previous exception] [object] (Doctrine\\\\DBAL\\\\Driver\\\\PDO\\\\Exception(code: 1062): "
            f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{entry}' for key '{key}' "
            "at /var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)\\n"
            f"[previous exception] [object] (PDOException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: "
            f"1062 Duplicate entry '{entry}' for key '{key}' at /var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Statement.php:130)\","
            f"\"route\":\"{ctrl}\",\"request_uri\":\"https://shop.example.com{path}\"}} []")


@group("sf_dup_user_email", "shop-symfony", 6,
       "registration inserts an already registered e-mail (UNIQ_8D93D649E7927C74 = user.email)",
       nm="nm_sf_unique", dfv="e-mail address")
def _(c):
    e = c.email()
    return _sf(c, e, "UNIQ_8D93D649E7927C74", "/register", "app_register"), e


@group("sf_dup_order_reference", "shop-symfony", 1,
       "checkout double-submit inserts an order reference twice (UNIQ_F5299398AEA34913 = order.reference)",
       nm="nm_sf_unique")
def _(c):
    ref = f"ORD-2024-{c.n(10000, 99999):06d}"
    return _sf(c, ref, "UNIQ_F5299398AEA34913", "/checkout/confirm", "app_checkout_confirm")


@group("wp_fatal_wc_get_product", "blog-wordpress", 3,
       "acme-feeds plugin calls WooCommerce wc_get_product() while WooCommerce is inactive",
       dfv="feed name argument")
def _(c):
    t = c.dt()
    feed = c.pick("feed")
    p = "/var/www/html/wp-content/plugins/acme-feeds/includes/class-acme-feed-builder.php"
    return (f"[{t.day:02d}-{MONTHS[t.month - 1]}-{t.year} {t:%H:%M:%S} UTC] PHP Fatal error:  Uncaught Error: "
            f"Call to undefined function wc_get_product() in {p}:88\n"
            "Stack trace:\n"
            f"#0 {p}(52): Acme_Feed_Builder->build_item(Object(WP_Post))\n"
            f"#1 /var/www/html/wp-includes/class-wp-hook.php(324): Acme_Feed_Builder->build('{feed}')\n"
            "#2 /var/www/html/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters(NULL, Array)\n"
            "#3 /var/www/html/wp-includes/plugin.php(565): WP_Hook->do_action(Array)\n"
            "#4 /var/www/html/wp-cron.php(191): do_action_ref_array('acme_feeds_rege...', Array)\n"
            "#5 {main}\n"
            f"  thrown in {p} on line 88"), feed


# ====================================================================
# Perl
# ====================================================================
nmset("nm_perl_lockwait", "throwing-frame",
      "DBD::mysql 'Lock wait timeout exceeded' from Billing::Invoice line 214 vs Billing::Payment line 88")


def _perl(c, where, job):
    t = c.dt()
    return (f"[{t:%Y/%m/%d %H:%M:%S}] [{c.n(1000, 65000)}] ERROR Billing::Worker - job {job} "
            f"#{c.n(100000, 999999)} failed after {c.n(50, 52)}.{c.n(0, 999):03d}s: "
            "DBD::mysql::st execute failed: Lock wait timeout exceeded; try restarting transaction "
            f"at {where}.")


@group("perl_lockwait_invoice", "billing-perl", 4,
       "invoice generation UPDATE waits on row lock (Invoice.pm:214)", nm="nm_perl_lockwait")
def _(c):
    return _perl(c, "/opt/billing/lib/Billing/Invoice.pm line 214", "generate_invoice")


@group("perl_lockwait_payment", "billing-perl", 3,
       "payment capture INSERT waits on row lock (Payment.pm:88)", nm="nm_perl_lockwait")
def _(c):
    return _perl(c, "/opt/billing/lib/Billing/Payment.pm line 88", "capture_payment")


# ====================================================================
# Lua / OpenResty
# ====================================================================
nmset("nm_lua_nil", "throwing-frame",
      "OpenResty 'attempt to index field 'tenant' (a nil value)' in acme/auth.lua:42 vs acme/ratelimit.lua:77")
nmset("nm_ngx_upstream", "errno-phase",
      "nginx upstream errors for the same API: (110) timed out reading response header vs "
      "(110) timed out connecting vs (111) connection refused")


def _ngx_prefix(c, t):
    pid = c.n(1000, 9999)
    return f"{t:%Y/%m/%d %H:%M:%S} [error] {pid}#{pid}: *{c.n(1000000, 99999999)} "


def _lua(c, file, line, fn, chunk_line):
    t = c.dt()
    ten = c.pick("tenant")
    path = c.choice(["/v1/orders/%d", "/v1/customers/%d/addresses", "/v1/invoices/%d/pdf"]) % c.n(1000, 999999)
    return (_ngx_prefix(c, t) +
            f"lua entry thread aborted: runtime error: /usr/local/openresty/site/lualib/acme/{file}:{line}: "
            "attempt to index field 'tenant' (a nil value)\n"
            "stack traceback:\ncoroutine 0:\n"
            f"\t/usr/local/openresty/site/lualib/acme/{file}: in function '{fn}'\n"
            f"\taccess_by_lua(api.conf:31):{chunk_line}: in main chunk, client: {c.pubip()}, server: api.example.com, "
            f"request: \"GET {path} HTTP/2.0\", host: \"{ten}.api.example.com\""), ten


@group("lua_nil_tenant_auth", "openresty-edge", 6,
       "auth.lua indexes claims.tenant when JWT lacks tenant claim",
       nm="nm_lua_nil", dfv="tenant host")
def _(c):
    return _lua(c, "auth.lua", 42, "verify", 2)


@group("lua_nil_tenant_ratelimit", "openresty-edge", 3,
       "ratelimit.lua indexes conf.tenant when tenant has no rate-limit config",
       nm="nm_lua_nil", dfv="tenant host")
def _(c):
    return _lua(c, "ratelimit.lua", 77, "check", 4)


def _ngx(c, err, fixed=None):
    t = c.dt()
    ten = c.pick("tenant")
    if fixed:
        meth, path = fixed
    else:
        meth, path = c.choice([("POST", "/v1/payments"), ("GET", "/v1/orders/%d"), ("GET", "/v1/customers/%d")])
    if "%d" in path:
        path = path % c.n(1000, 999999)
    up = c.ip10()
    return (_ngx_prefix(c, t) + f"{err}, client: {c.pubip()}, server: api.example.com, "
            f"request: \"{meth} {path} HTTP/1.1\", upstream: \"http://{up}:8080{path}\", "
            f"host: \"{ten}.api.example.com\"")


@group("ngx_upstream_read_timeout", "openresty-edge", 7,
       "order-history endpoint too slow: upstream timed out (110) while reading response header",
       nm="nm_ngx_upstream")
def _(c):
    # slow endpoint: one route (ids vary); backend-unreachable groups below hit every route
    return _ngx(c, "upstream timed out (110: Connection timed out) while reading response header from upstream",
                fixed=("GET", "/v1/orders/%d/history"))


@group("ngx_upstream_connect_timeout", "openresty-edge", 3,
       "API backend unreachable: upstream timed out (110) while connecting",
       nm="nm_ngx_upstream")
def _(c):
    return _ngx(c, "upstream timed out (110: Connection timed out) while connecting to upstream")


@group("ngx_upstream_refused", "openresty-edge", 4,
       "API backend down: connect() failed (111: Connection refused)",
       nm="nm_ngx_upstream")
def _(c):
    return _ngx(c, "connect() failed (111: Connection refused) while connecting to upstream")


# ====================================================================
# C# / ASP.NET Core with Serilog compact JSON
# ====================================================================
nmset("nm_net_npgsql", "innermost-cause",
      "EF Core 'likely due to a transient failure' InvalidOperationException wrapper; innermost "
      "cause read timeout vs EndOfStream (connection dropped) vs PostgresException 53300 too many clients")
nmset("nm_net_cancel", "exception-type",
      "'The operation was canceled.' as OperationCanceledException (client abort during DB read) vs "
      "TaskCanceledException (promo HttpClient call canceled) on the same endpoint")

NET_WRAP = ("System.InvalidOperationException: An exception has been raised that is likely due to a transient failure. "
            "Consider enabling transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseNpgsql' call.\n")
NET_TAIL = ("   at Microsoft.EntityFrameworkCore.Storage.ExecutionStrategy.ExecuteAsync[TState,TResult](TState state, "
            "Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)\n"
            "   at Microsoft.EntityFrameworkCore.Query.ShapedQueryCompilingExpressionVisitor.SingleOrDefaultAsync[TSource]"
            "(IAsyncEnumerable`1 asyncEnumerable, CancellationToken cancellationToken)\n"
            "   at Checkout.Api.Orders.OrderRepository.GetWithLinesAsync(Guid orderId, CancellationToken ct) in "
            "/src/Checkout.Api/Orders/OrderRepository.cs:line 41\n"
            "   at Checkout.Api.Orders.OrdersController.Get(Guid id, CancellationToken ct) in "
            "/src/Checkout.Api/Orders/OrdersController.cs:line 29")
NET_READ = ("   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)\n"
            "   at Npgsql.NpgsqlCommand.ExecuteReader(CommandBehavior behavior, Boolean async, CancellationToken cancellationToken)\n"
            "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject "
            "parameterObject, CancellationToken cancellationToken)\n"
            "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync"
            "(AsyncEnumerator enumerator, CancellationToken cancellationToken)\n"
            "   at Microsoft.EntityFrameworkCore.Storage.ExecutionStrategy.<>c__DisplayClass30_0`2.<<ExecuteAsync>b__0>d.MoveNext()\n"
            "   --- End of inner exception stack trace ---\n")


def _serilog(c, exc, path, mt="An unhandled exception has occurred while executing the request.",
             src="Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", extra=None):
    t = c.dt()
    conn = "0HN" + c.s(10, UPALNUM)
    ev = {"@t": iso(t, 7), "@mt": mt, "@l": "Error", "@x": exc,
          "EventId": {"Id": 1, "Name": "UnhandledException"},
          "SourceContext": src,
          "RequestId": f"{conn}:{c.n(1, 64):08X}", "RequestPath": path, "ConnectionId": conn,
          "TraceId": c.hexs(32), "SpanId": c.hexs(16),
          "MachineName": f"checkout-api-{c.s(10, ALNUM)}-{c.s(5, ALNUM)}", "Application": "Checkout.Api"}
    if extra:
        ev.update(extra)
    return json.dumps(ev, separators=(",", ":"))


@group("net_npgsql_read_timeout", "checkout-dotnet", 8,
       "order query times out reading from Postgres (NpgsqlException -> TimeoutException)",
       nm="nm_net_npgsql")
def _(c):
    exc = (NET_WRAP +
           " ---> Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n"
           " ---> System.TimeoutException: Timeout during reading attempt\n"
           "   at Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|234_0(NpgsqlConnector connector, "
           "Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
           "   --- End of inner exception stack trace ---\n"
           "   at Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|234_0(NpgsqlConnector connector, "
           "Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
           + NET_READ + NET_TAIL)
    return _serilog(c, exc, f"/api/orders/{c.uuid()}")


@group("net_npgsql_end_of_stream", "checkout-dotnet", 3,
       "Postgres connection dropped mid-query (EndOfStreamException)", nm="nm_net_npgsql")
def _(c):
    exc = (NET_WRAP +
           " ---> Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n"
           " ---> System.IO.EndOfStreamException: Attempted to read past the end of the stream.\n"
           "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, "
           "Boolean async, Boolean readingNotifications)\n"
           "   --- End of inner exception stack trace ---\n"
           "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, "
           "Boolean async, Boolean readingNotifications)\n"
           "   at Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|234_0(NpgsqlConnector connector, "
           "Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
           + NET_READ + NET_TAIL)
    return _serilog(c, exc, f"/api/orders/{c.uuid()}")


@group("net_npgsql_too_many_clients", "checkout-dotnet", 3,
       "Postgres max_connections reached (53300 sorry, too many clients already)", nm="nm_net_npgsql")
def _(c):
    exc = (NET_WRAP +
           " ---> Npgsql.PostgresException (0x80004005): 53300: sorry, too many clients already\n"
           "   at Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|234_0(NpgsqlConnector connector, "
           "Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
           "   at Npgsql.Internal.NpgsqlConnector.Authenticate(String username, NpgsqlTimeout timeout, Boolean async, "
           "CancellationToken cancellationToken)\n"
           "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)\n"
           "   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, "
           "CancellationToken cancellationToken)\n"
           "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, "
           "CancellationToken cancellationToken)\n"
           "   --- End of inner exception stack trace ---\n" + NET_TAIL)
    return _serilog(c, exc, f"/api/orders/{c.uuid()}")


@group("net_operation_canceled_cart_db", "checkout-dotnet", 4,
       "OperationCanceledException: client aborted while cart query was reading (RequestAborted token)",
       nm="nm_net_cancel")
def _(c):
    exc = ("System.OperationCanceledException: The operation was canceled.\n"
           "   at System.Threading.CancellationToken.ThrowOperationCanceledException()\n"
           "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, "
           "Boolean async, Boolean readingNotifications)\n"
           "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)\n"
           "   at Microsoft.EntityFrameworkCore.Query.Internal.SplitQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()\n"
           "   at Checkout.Api.Cart.CartRepository.GetAsync(String cartId, CancellationToken ct) in "
           "/src/Checkout.Api/Cart/CartRepository.cs:line 33\n"
           "   at Checkout.Api.Cart.CartController.Get(String id, CancellationToken ct) in "
           "/src/Checkout.Api/Cart/CartController.cs:line 22")
    return _serilog(c, exc, f"/api/cart/{c.s(22, B64URL)}")


@group("net_task_canceled_promo_client", "checkout-dotnet", 3,
       "TaskCanceledException: promotions HttpClient call canceled by its 2s linked timeout",
       nm="nm_net_cancel")
def _(c):
    exc = ("System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n"
           "   at System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage "
           "response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)\n"
           "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption "
           "completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, "
           "CancellationToken originalCancellationToken)\n"
           "   at Checkout.Api.Promotions.PromoClient.GetActiveAsync(String cartId, CancellationToken ct) in "
           "/src/Checkout.Api/Promotions/PromoClient.cs:line 48\n"
           "   at Checkout.Api.Cart.CartController.Get(String id, CancellationToken ct) in "
           "/src/Checkout.Api/Cart/CartController.cs:line 25")
    return _serilog(c, exc, f"/api/cart/{c.s(22, B64URL)}")


# ====================================================================
# Java Micronaut
# ====================================================================
nmset("nm_mn_null_msg", "exception-type",
      "Micronaut 'Unexpected error occurred: null' in ProductMapper.toDto; NullPointerException "
      "(missing brand) vs UnsupportedOperationException (adding to immutable tag list)")

MN_TAIL = ("\tat com.acme.catalog.ProductController.get(ProductController.java:41)\n"
           "\tat com.acme.catalog.$ProductController$Definition$Exec.dispatch(Unknown Source)\n"
           "\tat io.micronaut.context.AbstractExecutableMethodsDefinition$DispatchedExecutableMethod.invoke"
           "(AbstractExecutableMethodsDefinition.java:371)\n"
           "\tat io.micronaut.inject.DelegatingExecutableMethod.invoke(DelegatingExecutableMethod.java:76)\n"
           "\tat io.micronaut.http.server.RouteExecutor.lambda$executeRoute$14(RouteExecutor.java:695)\n"
           "\tat reactor.core.publisher.FluxDeferContextual.subscribe(FluxDeferContextual.java:49)\n"
           "\tat io.micronaut.http.server.netty.RoutingInBoundHandler.handleRouteMatch(RoutingInBoundHandler.java:601)\n"
           "\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)\n"
           "\tat java.base/java.lang.Thread.run(Thread.java:833)")


def _mn(c, body):
    t = c.dt()
    return (f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} [default-nioEventLoopGroup-1-{c.n(1, 16)}] "
            f"[traceId={c.hexs(32)}] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: null\n"
            f"{body}\n{MN_TAIL}")


@group("mn_npe_product_mapper", "catalog-micronaut", 3,
       "NPE in ProductMapper.toDto when product has no brand", nm="nm_mn_null_msg")
def _(c):
    return _mn(c, "java.lang.NullPointerException: null\n"
                  "\tat com.acme.catalog.mapper.ProductMapper.toDto(ProductMapper.java:33)")


@group("mn_uoe_product_mapper", "catalog-micronaut", 2,
       "UnsupportedOperationException adding to List.of() tags in ProductMapper.toDto",
       nm="nm_mn_null_msg")
def _(c):
    return _mn(c, "java.lang.UnsupportedOperationException: null\n"
                  "\tat java.base/java.util.ImmutableCollections.uoe(ImmutableCollections.java:142)\n"
                  "\tat java.base/java.util.ImmutableCollections$AbstractImmutableCollection.add(ImmutableCollections.java:147)\n"
                  "\tat com.acme.catalog.mapper.ProductMapper.toDto(ProductMapper.java:47)")


# ====================================================================
# Python Celery (chained traceback)
# ====================================================================
nmset("nm_celery_mapping", "innermost-cause",
      "Celery import_invoice: same outer MappingError raised 'during handling'; the original "
      "KeyError is 'ContactID' vs 'CurrencyCode' (different missing upstream field)")


def _celery(c, inner_line, inner_src, inner_caret, key):
    t = c.dt()
    ten = c.pick("tenant")
    inv = f"INV-{c.n(1, 99999):06d}"
    return (f"[{jts(t)}: ERROR/ForkPoolWorker-{c.n(1, 16)}] Task sync.tasks.import_invoice[{c.uuid()}] raised unexpected: "
            f"MappingError('cannot map invoice {inv} for tenant {ten}')\n"
            "Traceback (most recent call last):\n"
            f"  File \"/app/sync/mapping.py\", line {inner_line}, in map_invoice\n"
            f"    {inner_src}\n"
            f"    {inner_caret}\n"
            f"KeyError: '{key}'\n\n"
            "During handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 477, in trace_task\n"
            "    R = retval = fun(*args, **kwargs)\n"
            "                 ^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 760, in __protected_call__\n"
            "    return self.run(*args, **kwargs)\n"
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/app/sync/tasks.py\", line 61, in import_invoice\n"
            "    doc = map_invoice(raw, contacts_by_id, tenant)\n"
            "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/app/sync/mapping.py\", line 50, in map_invoice\n"
            "    raise MappingError(f\"cannot map invoice {raw['InvoiceNumber']} for tenant {tenant}\")\n"
            f"sync.errors.MappingError: cannot map invoice {inv} for tenant {ten}"), ten


@group("celery_mapping_contactid", "sync-celery", 4,
       "Xero invoice without ContactID (draft invoices) breaks mapping",
       nm="nm_celery_mapping", dfv="tenant slug")
def _(c):
    return _celery(c, 44, "contact = contacts_by_id[raw[\"ContactID\"]]",
                   "                         ~~~^^^^^^^^^^^^^", "ContactID")


@group("celery_mapping_currencycode", "sync-celery", 2,
       "Xero invoice without CurrencyCode (multi-currency disabled org) breaks mapping",
       nm="nm_celery_mapping", dfv="tenant slug")
def _(c):
    return _celery(c, 47, "currency = raw[\"CurrencyCode\"].upper()",
                   "           ~~~^^^^^^^^^^^^^^^^", "CurrencyCode")


# ====================================================================
# Airflow
# ====================================================================
nmset("nm_airflow_exit", "exit-code",
      "Airflow BashOperator dbt_run 'non-zero exit code': 137 (OOM-killed) vs 1 (dbt model failure)")


def _airflow(c, code):
    t = c.dt()
    ex = (t - datetime.timedelta(days=1)).replace(hour=2, minute=0, second=0, microsecond=0)
    start = t - datetime.timedelta(seconds=c.n(300, 1800))
    tr = c.n(1, 3)
    state = "UP_FOR_RETRY" if tr < 3 else "FAILED"
    a = lambda x: f"[{x:%Y-%m-%d}, {x:%H:%M:%S} UTC]"
    return (f"{a(t)} {{subprocess.py:97}} INFO - Command exited with return code {code}\n"
            f"{a(t)} {{taskinstance.py:2731}} ERROR - Task failed with exception\n"
            "Traceback (most recent call last):\n"
            "  File \"/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py\", line 444, in _execute_task\n"
            "    result = _execute_callable(context=context, **execute_callable_kwargs)\n"
            "  File \"/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py\", line 414, in _execute_callable\n"
            "    return execute_callable(context=context, **execute_callable_kwargs)\n"
            "  File \"/home/airflow/.local/lib/python3.11/site-packages/airflow/operators/bash.py\", line 243, in execute\n"
            "    raise AirflowException(\n"
            f"airflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code {code}.\n"
            f"{a(t)} {{taskinstance.py:1149}} INFO - Marking task as {state}. dag_id=etl_orders, task_id=dbt_run, "
            f"execution_date={ex:%Y%m%dT%H%M%S}, start_date={start:%Y%m%dT%H%M%S}, end_date={t:%Y%m%dT%H%M%S}")


@group("airflow_dbt_exit137", "airflow-worker", 4,
       "dbt_run killed by OOM (exit 137)", nm="nm_airflow_exit")
def _(c):
    return _airflow(c, 137)


@group("airflow_dbt_exit1", "airflow-worker", 3,
       "dbt_run fails with model error (exit 1)", nm="nm_airflow_exit")
def _(c):
    return _airflow(c, 1)


# ====================================================================
# pandas report job
# ====================================================================
nmset("nm_pandas_column", "constant-resource",
      "pandas KeyError \"[...] not in index\" on the same df[COLUMNS] line; missing column "
      "'discount_pct' vs 'region' (different upstream schema change)")


def _pandas(c, col, job):
    t = c.dt()
    ten = c.pick("tenant")
    return (f"{jts(t)} ERROR reports.build job={job} run={c.hexs(12)} tenant={ten}\n"
            "Traceback (most recent call last):\n"
            "  File \"/app/reports/build.py\", line 57, in build_report\n"
            "    df = df[COLUMNS]\n"
            "         ~~^^^^^^^^^\n"
            "  File \"/usr/local/lib/python3.11/site-packages/pandas/core/frame.py\", line 3899, in __getitem__\n"
            "    indexer = self.columns._get_indexer_strict(key, \"columns\")[1]\n"
            "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/usr/local/lib/python3.11/site-packages/pandas/core/indexes/base.py\", line 6115, in _get_indexer_strict\n"
            "    self._raise_if_missing(keyarr, indexer, axis_name)\n"
            "  File \"/usr/local/lib/python3.11/site-packages/pandas/core/indexes/base.py\", line 6179, in _raise_if_missing\n"
            "    raise KeyError(f\"{not_found} not in index\")\n"
            f"KeyError: \"['{col}'] not in index\""), ten


@group("pandas_missing_discount_pct", "reports-pandas", 4,
       "weekly sales report: discount_pct column missing from orders extract",
       nm="nm_pandas_column", dfv="tenant slug")
def _(c):
    return _pandas(c, "discount_pct", "weekly_sales")


@group("pandas_missing_region", "reports-pandas", 2,
       "weekly sales report: region column missing after CRM export change",
       nm="nm_pandas_column", dfv="tenant slug")
def _(c):
    return _pandas(c, "region", "weekly_sales")


# ====================================================================
# R / Shiny
# ====================================================================
nmset("nm_shiny_http", "status-code",
      "Shiny 'Error in req_perform: HTTP <status>' from fetch_kpis with identical stack: "
      "503 (KPI API down) vs 404 (endpoint/resource missing)")


def _shiny(c, status):
    t = c.dt()
    u = c.pick("user")
    return (f"[{t:%Y-%m-%d %H:%M:%S}] sales-dashboard session={c.hexs(6)} user={u}\n"
            f"Warning: Error in req_perform: HTTP {status}.\n"
            "  124: <Anonymous>\n  123: signalCondition\n  122: signal_abort\n  121: rlang::abort\n"
            "  120: resp_abort\n  119: handle_resp\n  118: req_perform\n"
            "  117: fetch_kpis [/srv/shiny-server/sales/R/api.R#23]\n"
            "  116: <reactive:kpis> [/srv/shiny-server/sales/server.R#18]\n"
            "  100: kpis\n   99: renderPlot [/srv/shiny-server/sales/server.R#41]\n"
            "   97: func\n   84: renderFunc\n   83: output$kpi_plot\n"
            "    3: runApp\n    2: print.shiny.appobj\n    1: <Anonymous>"), u


@group("shiny_kpi_503", "shiny-dash", 3, "KPI API unavailable (503)",
       nm="nm_shiny_http", dfv="user name")
def _(c):
    return _shiny(c, "503 Service Unavailable")


@group("shiny_kpi_404", "shiny-dash", 1, "KPI API endpoint returns 404 after API v2 rollout",
       nm="nm_shiny_http")
def _(c):
    return _shiny(c, "404 Not Found")[0]


# ====================================================================
# Mobile push: APNs (Go) and FCM (Node firebase-admin)
# ====================================================================
nmset("nm_apns_reason", "status-code",
      "APNs push failure key=value log; status/reason 410 Unregistered vs 400 BadDeviceToken "
      "(sandbox token sent to prod) vs 403 ExpiredProviderToken (JWT signing broken)")


def _apns(c, status, reason, ts=False):
    t = c.dt()
    extra = f" timestamp={epoch_ms(t) - c.n(86400000, 86400000 * 60)}" if ts else ""
    return (f"time={iso(t)} level=ERROR msg=\"apns push failed\" status={status} reason={reason}{extra} "
            f"apns_id={c.uuid().upper()} device={c.hexs(64)} topic=com.acme.shop user_id={c.n(10000, 9999999)}")


@group("apns_410_unregistered", "push-apns", 7, "device token no longer active (app uninstalled)",
       nm="nm_apns_reason")
def _(c):
    return _apns(c, 410, "Unregistered", ts=True)


@group("apns_400_bad_device_token", "push-apns", 3, "sandbox device tokens sent to production gateway",
       nm="nm_apns_reason")
def _(c):
    return _apns(c, 400, "BadDeviceToken")


@group("apns_403_expired_provider_token", "push-apns", 1, "provider JWT not refreshed (>1h old)",
       nm="nm_apns_reason")
def _(c):
    return _apns(c, 403, "ExpiredProviderToken")


@group("fcm_token_not_registered", "push-fcm", 4,
       "firebase-admin send: messaging/registration-token-not-registered")
def _(c):
    t = c.dt()
    tok = c.s(22, B64URL) + ":APA91b" + c.s(134, B64URL)
    return (f"{iso(t)} ERROR [push-fcm] send failed user={c.n(10000, 9999999)} token={tok}\n"
            "FirebaseMessagingError: Requested entity was not found.\n"
            "    at FirebaseMessagingError.fromServerError (/app/node_modules/firebase-admin/lib/utils/error.js:254:16)\n"
            "    at Object.createFirebaseError (/app/node_modules/firebase-admin/lib/messaging/messaging-errors-internal.js:35:47)\n"
            "    at /app/node_modules/firebase-admin/lib/messaging/messaging-api-request-internal.js:79:75\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
            "    at async Messaging.send (/app/node_modules/firebase-admin/lib/messaging/messaging.js:213:16)\n"
            "    at async sendToDevice (/app/src/fcm.js:31:5) {\n"
            "  errorInfo: {\n"
            "    code: 'messaging/registration-token-not-registered',\n"
            "    message: 'Requested entity was not found.'\n"
            "  },\n"
            "  codePrefix: 'messaging'\n"
            "}")


# ====================================================================
# Game servers
# ====================================================================
@group("ue_net_connection_timed_out", "arena-server", 7,
       "Unreal dedicated server: UNetConnection::Tick connection TIMED OUT")
def _(c):
    t = c.dt()
    el = f"{30 + c.n(0, 40) / 100:.2f}"
    pc = c.n(2147480000, 2147483000)
    return (f"[{t:%Y.%m.%d-%H.%M.%S}:{t.microsecond // 1000:03d}][{c.n(0, 999):3d}]LogNet: Warning: "
            f"UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: {el}, Real: {el}, "
            f"Good: {el}, DriverTime: {c.n(100, 9000)}.{c.n(0, 99):02d}, Threshold: 30.00, "
            f"[UNetConnection] RemoteAddr: {c.pubip()}:{c.port()}, Name: IpConnection_{c.n(2147480000, 2147483000)}, "
            f"Driver: GameNetDriver IpNetDriver_{c.n(2147480000, 2147483000)}, IsServer: YES, "
            f"PC: BP_PlayerController_C_{pc}, Owner: BP_PlayerController_C_{pc}, "
            f"UniqueId: EOS:{c.hexs(32)}|{c.hexs(32)}")


nmset("nm_go_panic_index", "throwing-frame",
      "Go net/http recovered panic 'index out of range [N] with length M' in match.(*Lobby).assignTeam "
      "vs match.(*Scoreboard).tally")


def _gopanic(c, frames):
    t = c.dt()
    ln = c.n(2, 9)
    gid = c.n(200, 90000)
    p = lambda: "0xc000%06x" % (c.n(0, 0xfffff) * 8)
    return (f"{t:%Y/%m/%d %H:%M:%S} http: panic serving {c.ip10()}:{c.port()}: runtime error: "
            f"index out of range [{ln}] with length {ln}\n"
            f"goroutine {gid} [running]:\n"
            "net/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1868 +0xb9\n"
            f"panic({{0x15e2a40?, {p()}?}})\n\t/usr/local/go/src/runtime/panic.go:920 +0x270\n"
            + frames.replace("@P", p()).replace("@Q", p()) +
            f"net/http.HandlerFunc.ServeHTTP(0x0?, {{0x1a2b3c0?, {p()}?}}, 0x0?)\n"
            "\t/usr/local/go/src/net/http/server.go:2136 +0x29\n"
            f"net/http.(*ServeMux).ServeHTTP(0x0?, {{0x1a2b3c0, {p()}}}, {p()})\n"
            "\t/usr/local/go/src/net/http/server.go:2514 +0x142\n"
            f"net/http.(*conn).serve({p()}, {{0x1a2d8a8, {p()}}})\n"
            "\t/usr/local/go/src/net/http/server.go:2009 +0x5f4\n"
            "created by net/http.(*Server).Serve in goroutine 1\n"
            "\t/usr/local/go/src/net/http/server.go:3086 +0x5cb")


@group("gopanic_lobby_assign_team", "arena-lobby", 3,
       "team slot index overflow in Lobby.assignTeam when lobby is full", nm="nm_go_panic_index")
def _(c):
    return _gopanic(c,
                    "github.com/acme/arena/match.(*Lobby).assignTeam(@P, {@Q, 0x24})\n"
                    "\t/src/match/lobby.go:211 +0x3a5\n"
                    "github.com/acme/arena/match.(*Lobby).Join(@P, {@Q, 0x24}, 0x5)\n"
                    "\t/src/match/lobby.go:98 +0x1c8\n"
                    "github.com/acme/arena/api.(*Server).handleJoin(@P, {0x1a2b3c0, @Q}, @P)\n"
                    "\t/src/api/join.go:44 +0x2f1\n")


@group("gopanic_scoreboard_tally", "arena-lobby", 2,
       "player index overflow in Scoreboard.tally when a player left mid-match", nm="nm_go_panic_index")
def _(c):
    return _gopanic(c,
                    "github.com/acme/arena/match.(*Scoreboard).tally(@P, {@Q, 0x8, 0x8})\n"
                    "\t/src/match/score.go:67 +0x1f4\n"
                    "github.com/acme/arena/match.(*Match).Finish(@P)\n"
                    "\t/src/match/match.go:153 +0x9a\n"
                    "github.com/acme/arena/api.(*Server).handleFinish(@P, {0x1a2b3c0, @Q}, @P)\n"
                    "\t/src/api/finish.go:37 +0x1b6\n")


nmset("nm_mm_fleet", "constant-resource",
      "matchmaker zap JSON 'game server allocation failed' with no available GameServers; "
      "fleet ranked-eu-west vs casual-na-east (separately sized fleets)")


def _mm(c, fleet, region, mode):
    t = c.dt()
    ev = {"level": "error", "ts": round(epoch(t) + t.microsecond / 1e6, 4),
          "caller": "allocator/allocator.go:142", "msg": "game server allocation failed",
          "fleet": fleet, "region": region, "mode": mode,
          "ticket": c.s(20, "0123456789abcdefghijklmnopqrstuv"), "players": c.choice([2, 4, 6, 8, 10]),
          "error": f"allocation request returned UnAllocated: no available GameServers in fleet {fleet}",
          "stacktrace": "github.com/acme/matchmaker/allocator.(*Allocator).Allocate\n\t/src/allocator/allocator.go:142\n"
                        "github.com/acme/matchmaker/director.(*Director).assign\n\t/src/director/director.go:88\n"
                        "github.com/acme/matchmaker/director.(*Director).Run.func1\n\t/src/director/director.go:61"}
    return json.dumps(ev, separators=(",", ":"))


@group("mm_no_servers_ranked_eu", "matchmaker", 4, "ranked-eu-west fleet exhausted", nm="nm_mm_fleet")
def _(c):
    return _mm(c, "ranked-eu-west", "eu-west-1", "ranked")


@group("mm_no_servers_casual_na", "matchmaker", 3, "casual-na-east fleet exhausted", nm="nm_mm_fleet")
def _(c):
    return _mm(c, "casual-na-east", "us-east-1", "casual")


# ====================================================================
# IoT / MQTT
# ====================================================================
nmset("nm_mosquitto_disc", "innermost-cause",
      "Mosquitto client disconnect lines of the same shape: keepalive exceeded vs not authorised")


def _mqcid(c):
    kind = c.choice(["sensor-%s" % c.hexs(6), "esp32-%s" % c.hexs(12), "gw-%s" % c.hexs(8)])
    return kind


@group("mosquitto_keepalive_timeout", "mosquitto", 8,
       "devices miss keepalive (cellular dropouts) - exceeded timeout", nm="nm_mosquitto_disc")
def _(c):
    return f"{epoch(c.dt())}: Client {_mqcid(c)} has exceeded timeout, disconnecting."


@group("mosquitto_not_authorised", "mosquitto", 3,
       "devices rejected after password file rotation - not authorised", nm="nm_mosquitto_disc")
def _(c):
    return f"{epoch(c.dt())}: Client {_mqcid(c)} disconnected, not authorised."


nmset("nm_emqx_authz", "operation",
      "EMQX authorization_permission_denied: device PUBLISH to its telemetry topic vs SUBSCRIBE to tenant broadcast")


def _emqx(c, topic_fmt, action):
    t = c.dt()
    ten = c.pick("tenant")
    cid = f"dev-{c.hexs(6)}"
    return (f"{iso(t, 6, '+00:00')} [warning] tag: AUTHZ, clientid: {cid}, msg: authorization_permission_denied, "
            f"peername: {c.ip10()}:{c.port()}, username: {ten}-fleet, "
            f"topic: {topic_fmt.format(t=ten, c=cid)}, action: {action}, source: file"), ten


@group("emqx_deny_publish_telemetry", "emqx", 4,
       "ACL rule for tenants/+/devices/+/telemetry missing publish permission",
       nm="nm_emqx_authz", dfv="tenant in username/topic")
def _(c):
    return _emqx(c, "tenants/{t}/devices/{c}/telemetry", "PUBLISH(Q1)")


@group("emqx_deny_subscribe_broadcast", "emqx", 1,
       "ACL rule for tenants/+/broadcast/# missing subscribe permission", nm="nm_emqx_authz")
def _(c):
    return _emqx(c, "tenants/{t}/broadcast/#", "SUBSCRIBE(Q1)")[0]


# ====================================================================
# Telecom: Kamailio, Asterisk
# ====================================================================
@group("kamailio_tcp_connect_refused", "kamailio", 4,
       "Kamailio cannot open TCP/TLS to customer PBX: connection refused")
def _(c):
    t = c.dt()
    return (f"{syslog_ts(t)} sip-edge-{c.n(1, 3)} /usr/sbin/kamailio[{c.n(1000, 40000)}]: ERROR: <core> "
            f"[core/tcp_main.c:1316]: tcp_blocking_connect(): connect {c.pubip()}:{c.choice([5060, 5061])} "
            "failed (111) Connection refused")


nmset("nm_ast_reg", "status-code",
      "Asterisk PJSIP outbound registration fatal response from the carrier: '403' vs '404'")


def _ast(c, code):
    t = c.dt()
    return (f"[{syslog_ts(t)}] ERROR[{c.n(1000, 40000)}]: res_pjsip_outbound_registration.c:806 "
            f"handle_registration_response: Fatal response '{code}' received from 'sip:sip.carrier.net' on "
            "registration attempt to 'sip:4155550123@sip.carrier.net', stopping outbound registration")


@group("asterisk_reg_403", "asterisk", 3, "carrier rejects trunk credentials (403)", nm="nm_ast_reg")
def _(c):
    return _ast(c, 403)


@group("asterisk_reg_404", "asterisk", 2, "carrier does not know the DID (404)", nm="nm_ast_reg")
def _(c):
    return _ast(c, 404)


# ====================================================================
# Healthcare: HL7 v2 (HAPI) and FHIR
# ====================================================================
nmset("nm_hl7_datetime", "constant-resource",
      "HAPI HL7Exception 'Invalid date/time in field ...' for PID-7 (birth date, PatientMapper) vs "
      "PV1-44 (admit date, EncounterMapper)")


def _hl7(c, field, mapper, mline, handler_line):
    t = c.dt()
    bad = c.choice(["19871303", "1987-03-12", "03/12/1987", "198703", "20241340", "2024-03-12T10:14"])
    fac = c.choice(["MERCY_GEN", "STLUKES", "NORTHSIDE_CL"])
    return (f"{jts(t)} ERROR [hl7-listener-worker-{c.n(1, 8)}] c.a.h.AdtInboundHandler - Rejecting ADT^A08 "
            f"msgCtrlId=MSG{c.n(10**9, 10**10 - 1)} sendingFacility={fac}\n"
            f"ca.uhn.hl7v2.HL7Exception: Invalid date/time in field {field}: '{bad}'\n"
            f"\tat com.acme.hl7.mapping.{mapper}(Unknown Source)\n".replace("(Unknown Source)", f"({mapper.split('.')[0]}.java:{mline})") +
            f"\tat com.acme.hl7.AdtInboundHandler.processMessage(AdtInboundHandler.java:{handler_line})\n"
            "\tat ca.uhn.hl7v2.protocol.impl.ApplicationRouterImpl.processMessage(ApplicationRouterImpl.java:133)\n"
            "\tat ca.uhn.hl7v2.protocol.impl.ApplicationRouterImpl.processMessage(ApplicationRouterImpl.java:89)\n"
            "\tat ca.uhn.hl7v2.app.Receiver.processMessage(Receiver.java:176)\n"
            "\tat ca.uhn.hl7v2.app.Receiver.handle(Receiver.java:140)\n"
            "\tat java.base/java.lang.Thread.run(Thread.java:840)")


@group("hl7_bad_birthdate_pid7", "hl7-bridge", 4,
       "PID-7 birth date not in HL7 TS format from some facilities", nm="nm_hl7_datetime")
def _(c):
    return _hl7(c, "PID-7 (Date/Time of Birth)", "PatientMapper.birthDate", 88, 61)


@group("hl7_bad_admitdate_pv1_44", "hl7-bridge", 2,
       "PV1-44 admit date not in HL7 TS format", nm="nm_hl7_datetime")
def _(c):
    return _hl7(c, "PV1-44 (Admit Date/Time)", "EncounterMapper.admitDate", 54, 64)


@group("fhir_obs_subject_not_found", "fhir-api", 4,
       "Observation POST references Patient not (yet) present: HAPI-1094", dfv="tenant")
def _(c):
    t = c.dt()
    ten = c.pick("tenant")
    ev = {"level": "warn", "ts": iso(t), "msg": "request failed", "status": 400, "method": "POST",
          "path": "/fhir/Observation", "tenant": ten, "requestId": c.uuid(),
          "outcome": {"resourceType": "OperationOutcome", "issue": [
              {"severity": "error", "code": "processing",
               "diagnostics": f"HAPI-1094: Resource Patient/{c.n(100000, 9999999)} not found, specified in path: Observation.subject"}]}}
    return json.dumps(ev, separators=(",", ":")), ten


# ====================================================================
# Search: Solr, OpenSearch
# ====================================================================
nmset("nm_solr_field", "constant-resource",
      "Solr 'undefined field X' on products collection; sort on price_usd vs facet on brand_s")


def _solr(c, field, stack):
    t = c.dt()
    s = c.n(1, 4)
    return (f"{jts(t).replace(',', '.')} ERROR (qtp1523213462-{c.n(10, 999)}) [c:products s:shard{s} "
            f"r:core_node{2 * s + 1} x:products_shard{s}_replica_n{2 * s}] o.a.s.h.RequestHandlerBase "
            f"org.apache.solr.common.SolrException: undefined field {field}\n"
            "\tat org.apache.solr.schema.IndexSchema.getField(IndexSchema.java:1393)\n" + stack +
            "\tat org.apache.solr.handler.component.SearchHandler.handleRequestBody(SearchHandler.java:418)\n"
            "\tat org.apache.solr.handler.RequestHandlerBase.handleRequest(RequestHandlerBase.java:226)\n"
            "\tat org.apache.solr.core.SolrCore.execute(SolrCore.java:2901)\n"
            "\tat org.apache.solr.servlet.HttpSolrCall.execute(HttpSolrCall.java:875)")


@group("solr_undefined_price_usd", "solr", 4, "sort=price_usd asc after field renamed to price_usd_d",
       nm="nm_solr_field")
def _(c):
    return _solr(c, "price_usd",
                 "\tat org.apache.solr.search.SortSpecParsing.parseSortSpecImpl(SortSpecParsing.java:157)\n"
                 "\tat org.apache.solr.search.QParser.getSortSpec(QParser.java:331)\n"
                 "\tat org.apache.solr.handler.component.QueryComponent.prepare(QueryComponent.java:176)\n")


@group("solr_undefined_brand_s", "solr", 2, "facet.field=brand_s missing from managed schema",
       nm="nm_solr_field")
def _(c):
    return _solr(c, "brand_s",
                 "\tat org.apache.solr.request.SimpleFacets.getTermCounts(SimpleFacets.java:512)\n"
                 "\tat org.apache.solr.request.SimpleFacets.getFacetFieldCounts(SimpleFacets.java:895)\n"
                 "\tat org.apache.solr.handler.component.FacetComponent.process(FacetComponent.java:291)\n")


nmset("nm_os_mapper", "constant-resource",
      "OpenSearch bulk MapperParsingException 'failed to parse field [X] of type [long]'; "
      "field http.status vs user.id (different producers)")


def _os(c, field, val):
    t = c.dt()
    day = t.strftime("%Y.%m.%d")
    did = c.s(20, B64URL)
    return (f"[{t:%Y-%m-%dT%H:%M:%S},{t.microsecond // 1000:03d}][WARN ][o.o.a.b.TransportShardBulkAction] "
            f"[os-data-{c.n(0, 5)}] [logs-app-{day}][{c.n(0, 5)}] failed to execute bulk item (index) index "
            f"{{[logs-app-{day}][_doc][{did}], source[n/a, actual length: [{c.n(2, 9)}.{c.n(0, 9)}kb], max length: 2kb]}}\n"
            f"org.opensearch.index.mapper.MapperParsingException: failed to parse field [{field}] of type [long] in "
            f"document with id '{did}'. Preview of field's value: '{val}'\n"
            "\tat org.opensearch.index.mapper.FieldMapper.parse(FieldMapper.java:303)\n"
            "\tat org.opensearch.index.mapper.DocumentParser.parseObjectOrField(DocumentParser.java:489)\n"
            "\tat org.opensearch.index.mapper.DocumentParser.parseValue(DocumentParser.java:634)\n"
            "\tat org.opensearch.index.mapper.DocumentParser.innerParseObject(DocumentParser.java:414)\n"
            f"Caused by: java.lang.IllegalArgumentException: For input string: \"{val}\"\n"
            "\tat org.opensearch.common.xcontent.support.AbstractXContentParser.toLong(AbstractXContentParser.java:200)\n"
            "\tat org.opensearch.index.mapper.NumberFieldMapper$NumberType$7.parse(NumberFieldMapper.java:1057)")


@group("os_mapper_http_status", "opensearch", 4, "gateway logs send http.status as text ('OK')",
       nm="nm_os_mapper")
def _(c):
    return _os(c, "http.status", c.choice(["OK", "Created", "Accepted", "No Content"]))


@group("os_mapper_user_id", "opensearch", 2, "new auth service logs string user ids into long user.id",
       nm="nm_os_mapper")
def _(c):
    return _os(c, "user.id", "usr_" + c.s(10, "abcdefghijklmnopqrstuvwxyz0123456789"))


# ====================================================================
# Queues: RabbitMQ, NATS, Pulsar, ActiveMQ
# ====================================================================
nmset("nm_rmq_close", "innermost-cause",
      "RabbitMQ 'closing AMQP connection' two-line event; cause missed heartbeats vs client "
      "unexpectedly closed TCP connection")


def _rmq(c, level, cause):
    t = c.dt()
    ten = c.pick("tenant")
    pid = f"<0.{c.n(1000, 99999)}.0>"
    ts = iso(t, 6, "+00:00").replace("T", " ")
    return (f"{ts} [{level}] {pid} closing AMQP connection {pid} ({c.ip10()}:{c.port()} -> 10.0.1.9:5672, "
            f"vhost: '{ten}', user: '{ten}-orders'):\n{ts} [{level}] {pid} {cause}"), ten


@group("rmq_missed_heartbeats", "rabbitmq", 6, "consumers blocked > heartbeat timeout (missed heartbeats)",
       nm="nm_rmq_close", dfv="vhost / user (tenant)")
def _(c):
    return _rmq(c, "error", "missed heartbeats from client, timeout: 60s")


@group("rmq_client_closed_tcp", "rabbitmq", 3, "clients killed without closing AMQP connection",
       nm="nm_rmq_close", dfv="vhost / user (tenant)")
def _(c):
    return _rmq(c, "warning", "client unexpectedly closed TCP connection")


nmset("nm_nats_slow", "constant-resource",
      "nats.go slow consumer async error; subscription subject orders.created vs inventory.adjusted")


def _nats(c, subj):
    t = c.dt()
    return (f"time={iso(t)} level=ERROR msg=\"nats async error\" err=\"nats: slow consumer, messages dropped on "
            f"connection [{c.n(1, 9999)}] for subscription on \\\"{subj}\\\"\" pending_msgs=65536 "
            f"dropped={c.n(1, 50000)}")


@group("nats_slow_orders_created", "inventory-sync", 4, "orders.created handler too slow", nm="nm_nats_slow")
def _(c):
    return _nats(c, "orders.created")


@group("nats_slow_inventory_adjusted", "inventory-sync", 2, "inventory.adjusted handler too slow",
       nm="nm_nats_slow")
def _(c):
    return _nats(c, "inventory.adjusted")


@group("pulsar_send_timeout_order_created", "events-producer", 3,
       "Pulsar producer send timeout on persistent://acme/orders/order-created")
def _(c):
    t = c.dt()
    s = f"{30 + c.n(0, 999) / 1000:.3f}"
    return (f"{iso(t)} ERROR [pulsar-client-io-1-{c.n(1, 4)}] c.a.e.OrderEventPublisher - Failed to publish "
            f"OrderCreated for order {c.n(100000, 9999999)}\n"
            f"org.apache.pulsar.client.api.PulsarClientException$TimeoutException: The producer "
            f"pulsar-prod-{c.n(1, 40)}-{c.n(1, 9999)} can not send message to the topic "
            f"persistent://acme/orders/order-created within given timeout : createdAt {s} seconds ago, "
            f"firstSentAt {s} seconds ago, lastSentAt {s} seconds ago, retryCount {c.n(0, 2)}\n"
            "\tat org.apache.pulsar.client.impl.ProducerImpl$OpSendMsg.sendComplete(ProducerImpl.java:1452)\n"
            "\tat org.apache.pulsar.client.impl.ProducerImpl.lambda$failPendingMessages$17(ProducerImpl.java:2068)\n"
            "\tat org.apache.pulsar.client.impl.ProducerImpl.run(ProducerImpl.java:1983)\n"
            "\tat io.netty.util.HashedWheelTimer$HashedWheelTimeout.run(HashedWheelTimer.java:715)\n"
            "\tat java.base/java.lang.Thread.run(Thread.java:840)")


@group("activemq_pfc_orders_inbound", "activemq-bridge", 3,
       "producer flow control blocks bridge on queue://ORDERS.INBOUND (memory limit)")
def _(c):
    t = c.dt()
    return (f"{jts(t)} | ERROR | c.a.bridge.Forwarder | forward failed msg=ID:{c.hexs(8)}-{c.n(1, 99)}\n"
            "javax.jms.ResourceAllocationException: Usage Manager Memory Limit reached. Stopping producer "
            f"(ID:bridge-{c.hexs(4)}-{c.n(30000, 60000)}-{epoch_ms(t)}-1:1:1:1) to prevent flooding "
            "queue://ORDERS.INBOUND. See http://activemq.apache.org/producer-flow-control.html for more info "
            f"(blocking for: {c.n(30, 900)}s)\n"
            "\tat org.apache.activemq.util.JMSExceptionSupport.create(JMSExceptionSupport.java:54)\n"
            "\tat org.apache.activemq.ActiveMQConnection.syncSendPacket(ActiveMQConnection.java:1405)\n"
            "\tat org.apache.activemq.ActiveMQSession.send(ActiveMQSession.java:1960)\n"
            "\tat org.apache.activemq.ActiveMQMessageProducer.send(ActiveMQMessageProducer.java:288)\n"
            "\tat com.acme.bridge.Forwarder.forward(Forwarder.java:72)")


# ====================================================================
# Databases
# ====================================================================
nmset("nm_mysql_access", "flag-value",
      "MySQL 'Access denied for user ... (using password: YES)' (wrong password after rotation) vs "
      "'(using password: NO)' (client config missing password)")


def _mysql_denied(c, yes):
    t = c.dt()
    u = c.pick("user")
    return (f"{iso(t, 6)} {c.n(10, 999999)} [Note] [MY-010926] [Server] Access denied for user "
            f"'{u}'@'{c.ip10()}' (using password: {yes})"), u


@group("mysql_access_denied_pw_yes", "mysql", 6, "logins with stale password after rotation",
       nm="nm_mysql_access", dfv="user name")
def _(c):
    return _mysql_denied(c, "YES")


@group("mysql_access_denied_pw_no", "mysql", 2, "clients connecting without password",
       nm="nm_mysql_access", dfv="user name")
def _(c):
    return _mysql_denied(c, "NO")


nmset("nm_mongo_dup", "constant-resource",
      "MongoServerError E11000 on profiles.users; unique index email_1 vs handle_1")


def _mongo(c, idx, key, val, fn, line):
    t = c.dt()
    return (f"{iso(t)} ERROR users: createUser failed\n"
            f"MongoServerError: E11000 duplicate key error collection: profiles.users index: {idx} dup key: "
            f"{{ {key}: \"{val}\" }}\n"
            "    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:19)\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
            "    at async executeOperationAsync (/app/node_modules/mongodb/lib/operations/execute_operation.js:106:16)\n"
            f"    at async {fn} (/app/src/users/service.ts:{line}:5) {{\n"
            f"  index: 0,\n  code: 11000,\n  keyPattern: {{ {key}: 1 }},\n  keyValue: {{ {key}: '{val}' }},\n"
            "  [Symbol(errorLabels)]: Set(0) {}\n}"), val


@group("mongo_dup_email", "profile-mongo", 4, "sign-up race inserts same e-mail twice",
       nm="nm_mongo_dup", dfv="e-mail address")
def _(c):
    return _mongo(c, "email_1", "email", c.email(), "createUser", 41)


@group("mongo_dup_handle", "profile-mongo", 3, "handle uniqueness not checked before insert",
       nm="nm_mongo_dup", dfv="user handle")
def _(c):
    return _mongo(c, "handle_1", "handle", c.pick("user"), "createUser", 41)


nmset("nm_cass_rw", "operation",
      "DataStax driver timeout at LOCAL_QUORUM; write (TimelineWriter.append) vs read (TimelineReader.page)")

CASS_TAIL = ("\tat com.datastax.oss.driver.internal.core.util.concurrent.CompletableFutures.getUninterruptibly(CompletableFutures.java:149)\n"
             "\tat com.datastax.oss.driver.internal.core.cql.CqlRequestSyncProcessor.process(CqlRequestSyncProcessor.java:53)\n"
             "\tat com.datastax.oss.driver.internal.core.cql.CqlRequestSyncProcessor.process(CqlRequestSyncProcessor.java:30)\n"
             "\tat com.datastax.oss.driver.internal.core.session.DefaultSession.execute(DefaultSession.java:230)\n"
             "\tat com.datastax.oss.driver.api.core.cql.SyncCqlSession.execute(SyncCqlSession.java:54)\n")


@group("cass_write_timeout", "timeline-cassandra", 4, "timeline append write timeout at LOCAL_QUORUM",
       nm="nm_cass_rw")
def _(c):
    t = c.dt()
    return (f"{jts(t).replace(',', '.')} ERROR [s0-io-{c.n(0, 7)}] c.a.t.TimelineWriter - Failed to append event "
            f"to timeline user={c.n(10000, 9999999)}\n"
            "com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException: Cassandra timeout during SIMPLE "
            f"write query at consistency LOCAL_QUORUM (2 replica were required but only {c.n(0, 1)} acknowledged the write)\n"
            "\tat com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException.copy(WriteTimeoutException.java:97)\n"
            + CASS_TAIL + "\tat com.acme.timeline.TimelineWriter.append(TimelineWriter.java:77)")


@group("cass_read_timeout", "timeline-cassandra", 3, "timeline page read timeout at LOCAL_QUORUM",
       nm="nm_cass_rw")
def _(c):
    t = c.dt()
    return (f"{jts(t).replace(',', '.')} ERROR [s0-io-{c.n(0, 7)}] c.a.t.TimelineReader - Failed to load timeline "
            f"page user={c.n(10000, 9999999)}\n"
            "com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException: Cassandra timeout during read "
            f"query at consistency LOCAL_QUORUM (2 responses were required but only {c.n(0, 1)} replica responded)\n"
            "\tat com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException.copy(ReadTimeoutException.java:95)\n"
            + CASS_TAIL + "\tat com.acme.timeline.TimelineReader.page(TimelineReader.java:58)")


nmset("nm_crdb_sqlstate", "sqlstate",
      "CockroachDB transfer failed: SQLSTATE 40001 restart transaction (contention) vs 40003 "
      "result is ambiguous (node lost during commit)")


def _crdb(c, err):
    t = c.dt()
    return (f"time={iso(t)} level=ERROR msg=\"transfer failed\" from=acct-{c.n(10000, 99999)} "
            f"to=acct-{c.n(10000, 99999)} amount={c.n(1, 5000)}.{c.n(0, 99):02d} err=\"{err}\"")


@group("crdb_40001_retry_serializable", "ledger-crdb", 4, "hot account rows cause serializable retries",
       nm="nm_crdb_sqlstate")
def _(c):
    acct = f"acct-{c.n(10000, 99999)}"
    ts = f"{epoch(c.dt())}.{c.n(0, 999999999):09d}"
    return _crdb(c, "ERROR: restart transaction: TransactionRetryWithProtoRefreshError: TransactionRetryError: "
                    "retry txn (RETRY_SERIALIZABLE - failed preemptive refresh due to conflicting locks on "
                    f"/Table/112/1/\\\"{acct}\\\"/0): \\\"sql txn\\\" meta={{id={c.hexs(8)} "
                    f"key=/Table/112/1/\\\"{acct}\\\"/0 iso=Serializable pri=0.0{c.n(1000000, 9999999)} epo=0 "
                    f"ts={ts},1 min={ts},0 seq={c.n(1, 9)}}} lock=true stat=PENDING (SQLSTATE 40001)")


@group("crdb_40003_ambiguous", "ledger-crdb", 1, "commit result ambiguous after node restart",
       nm="nm_crdb_sqlstate")
def _(c):
    return _crdb(c, "ERROR: result is ambiguous: error=rpc error: code = Unavailable desc = error reading from "
                    f"server: EOF [propagate] (last error: failed to connect to n{c.n(1, 9)} at "
                    f"crdb-{c.n(0, 8)}.crdb.ledger.svc:26257) (SQLSTATE 40003)")


nmset("nm_ch_memory", "scope",
      "ClickHouse Code 241 MEMORY_LIMIT_EXCEEDED: per-query limit on the tenant-retention dashboard "
      "query vs server-wide total limit (overcommit kills random queries)")

CH_STACK = ("Stack trace (when copying this message, always include the lines below):\n\n"
            "0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000c72a9f7 in /usr/bin/clickhouse\n"
            "1. DB::Exception::Exception<char const*, char const*, String, long&, String, char const*>(int, FormatStringHelperImpl<char const*, char const*, String, long&, String, char const*>, char const*&&, char const*&&, String&&, long&, String&&, char const*&&) @ 0x000000000c9a41a2 in /usr/bin/clickhouse\n"
            "2. MemoryTracker::allocImpl(long, bool, MemoryTracker*, double) @ 0x000000000c9a3d5b in /usr/bin/clickhouse\n"
            "3. MemoryTracker::allocImpl(long, bool, MemoryTracker*, double) @ 0x000000000c9a3b3e in /usr/bin/clickhouse\n"
            "4. CurrentMemoryTracker::alloc(long) @ 0x000000000c94f8a3 in /usr/bin/clickhouse\n"
            "5. Allocator<false, false>::realloc(void*, unsigned long, unsigned long, unsigned long) @ 0x000000000c94c6e8 in /usr/bin/clickhouse")


def _ch(c, kind, would, maxi, chunk, stage, query):
    t = c.dt()
    return (f"{t:%Y.%m.%d %H:%M:%S}.{t.microsecond:06d} [ {c.n(1000, 99999)} ] {{{c.uuid()}}} <Error> executeQuery: "
            f"Code: 241. DB::Exception: Memory limit ({kind}) exceeded: would use {would} GiB (attempt to allocate "
            f"chunk of {chunk} bytes), maximum: {maxi} GiB.{stage} (MEMORY_LIMIT_EXCEEDED) "
            f"(version 23.8.2.7 (official build)) (from {c.ip10()}:{c.port()}) (in query: {query}), {CH_STACK}")


@group("ch_memory_limit_query", "clickhouse", 4, "retention dashboard query exceeds max_memory_usage",
       nm="nm_ch_memory")
def _(c):
    days = c.choice([30, 60, 90])
    return _ch(c, "for query", f"9.{c.n(32, 99)}", "9.31", c.choice([4194304, 8388608]),
               ": While executing AggregatingTransform.",
               f"SELECT tenant_id, uniqExact(user_id) FROM analytics.events WHERE ts >= now() - INTERVAL {days} DAY GROUP BY tenant_id")


@group("ch_memory_limit_total", "clickhouse", 3, "server total memory limit hit; overcommit tracker kills queries",
       nm="nm_ch_memory")
def _(c):
    q = c.choice([
        f"SELECT count() FROM analytics.sessions WHERE tenant_id = {c.n(1, 900)}",
        f"INSERT INTO analytics.events_local FORMAT RowBinary",
        f"SELECT page, count() FROM analytics.pageviews WHERE day = today() - {c.n(1, 9)} GROUP BY page ORDER BY 2 DESC LIMIT 50",
        f"SELECT * FROM analytics.events WHERE user_id = {c.n(100000, 999999)} ORDER BY ts DESC LIMIT 100"])
    return _ch(c, "total", f"{c.n(57, 60)}.{c.n(61, 99)}", "57.60", c.choice([1048576, 2097152, 8388608]),
               " OvercommitTracker decision: Query was selected to stop by OvercommitTracker.", q)


nmset("nm_redis_crossslot", "operation",
      "ioredis ReplyError CROSSSLOT on Redis Cluster; MGET of carts (read path) vs DEL session+cart (logout path)")


def _redis(c, op, cmd):
    t = c.dt()
    return (f"[{iso(t)}] ERROR cart: {op} failed\n"
            "ReplyError: CROSSSLOT Keys in request don't hash to the same slot\n"
            "    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n"
            "    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n"
            f"  command: {cmd}\n}}")


@group("redis_crossslot_mget", "cart-redis", 3, "MGET across cart keys without hash tags", nm="nm_redis_crossslot")
def _(c):
    keys = ", ".join(f"'cart:{c.n(10000, 9999999)}'" for _ in range(c.n(2, 4)))
    return _redis(c, "getCarts", f"{{ name: 'mget', args: [ {keys} ] }}")


@group("redis_crossslot_del", "cart-redis", 1, "logout DEL of session and cart keys in one call",
       nm="nm_redis_crossslot")
def _(c):
    return _redis(c, "clearSession",
                  f"{{ name: 'del', args: [ 'session:{c.s(24, B64URL)}', 'cart:{c.n(10000, 9999999)}' ] }}")


# ====================================================================
# Proxies: HAProxy, Traefik, Caddy, Envoy
# ====================================================================
nmset("nm_haproxy_term", "status-code",
      "HAProxy HTTP log lines for be_api: 503 sC-- (server connect timeout) vs 502 SH-- (server aborted "
      "before headers)")


def _hap(c, server, timers, status, nbytes, flags, req):
    t = c.dt()
    return (f"{syslog_ts(t)} lb-{c.n(1, 2)} haproxy[{c.n(1000, 40000)}]: {c.pubip()}:{c.port()} "
            f"[{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t:%H:%M:%S}.{t.microsecond // 1000:03d}] "
            f"fe_https~ be_api/{server} {timers} {status} {nbytes} - - {flags} "
            f"{c.n(100, 900)}/{c.n(90, 800)}/{c.n(1, 60)}/{c.n(0, 20)}/{c.n(0, 3)} 0/0 \"{req}\"")


def _hapreq(c):
    return c.choice(["GET /v1/orders/%d HTTP/1.1", "GET /v1/customers/%d HTTP/1.1",
                     "POST /v1/carts/%d/items HTTP/1.1"]) % c.n(1000, 999999)


@group("haproxy_sC_connect_timeout", "haproxy", 6, "backend connect timeout (sC--, 503)", nm="nm_haproxy_term")
def _(c):
    return _hap(c, f"api-{c.n(1, 4)}", f"0/0/-1/-1/{3000 + c.n(0, 9)}", 503, 217, "sC--", _hapreq(c))


@group("haproxy_SH_server_abort", "haproxy", 3, "add-to-cart handler crashes the backend worker before response headers (SH--, 502)",
       nm="nm_haproxy_term")
def _(c):
    return _hap(c, f"api-{c.n(1, 4)}", f"0/0/{c.n(0, 3)}/-1/{c.n(5, 900)}", 502, 209, "SH--",
                "POST /v1/carts/%d/items HTTP/1.1" % c.n(1000, 999999))


nmset("nm_traefik_acme", "status-code",
      "Traefik 'Unable to obtain ACME certificate' for tenant custom domains: 403 unauthorized "
      "(HTTP-01 challenge 404) vs 429 rateLimited (too many new orders)")


def _traefik(c, err_tail):
    t = c.dt()
    ten = c.pick("tenant")
    d = f"shop.{ten}.com"
    return (f"time=\"{iso(t, 0)}\" level=error msg=\"Unable to obtain ACME certificate for domains \\\"{d}\\\"\" "
            "ACME CA=\"https://acme-v02.api.letsencrypt.org/directory\" "
            f"domains=\"[{d}]\" error=\"unable to generate a certificate for the domains [{d}]: "
            f"{err_tail.format(d=d, ip=c.pubip(), tok=c.s(43, B64URL))}\" providerName=letsencrypt.acme "
            f"routerName=tenant-{ten}@kubernetescrd rule=\"Host(`{d}`)\""), ten


@group("traefik_acme_unauthorized", "traefik", 6,
       "HTTP-01 challenge answered 404 (challenge route shadowed by tenant router)",
       nm="nm_traefik_acme", dfv="tenant custom domain")
def _(c):
    return _traefik(c, "error: one or more domains had a problem:\\n[{d}] acme: error: 403 :: "
                       "urn:ietf:params:acme:error:unauthorized :: {ip}: Invalid response from "
                       "http://{d}/.well-known/acme-challenge/{tok}: 404\\n")


@group("traefik_acme_rate_limited", "traefik", 2, "Let's Encrypt new-order rate limit hit",
       nm="nm_traefik_acme", dfv="tenant custom domain")
def _(c):
    return _traefik(c, "acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: "
                       "urn:ietf:params:acme:error:rateLimited :: Error creating new order :: too many new orders "
                       "recently: see https://letsencrypt.org/docs/rate-limits/")


@group("caddy_upstream_refused", "caddy", 4, "Caddy reverse_proxy dial to app upstream refused (502)",
       dfv="tenant host")
def _(c):
    t = c.dt()
    ten = c.pick("tenant")
    up = c.ip10()
    ev = {"level": "error", "ts": round(epoch(t) + t.microsecond / 1e6, 6), "logger": "http.log.error",
          "msg": f"dial tcp {up}:3000: connect: connection refused",
          "request": {"remote_ip": c.pubip(), "remote_port": str(c.port()), "client_ip": c.pubip(),
                      "proto": "HTTP/2.0", "method": c.choice(["GET", "POST"]), "host": f"{ten}.app.example.com",
                      "uri": c.choice(["/dashboard", "/api/projects/%d" % c.n(1, 99999), "/api/me"]),
                      "headers": {"User-Agent": ["Mozilla/5.0"]}},
          "duration": round(c.n(100, 3000) / 1e6, 6), "status": 502,
          "err_id": c.s(9, "0123456789abcdefghijklmnopqrstuvwxyz"),
          "err_trace": "reverseproxy.statusError (reverseproxy.go:1269)"}
    return json.dumps(ev, separators=(",", ":")), ten


nmset("nm_envoy_flags", "status-code",
      "Envoy access log for the same gRPC route: 503 UF,URX (connect refused) vs 504 UT (response timeout)")


def _envoy(c, status, flags, details, dur):
    t = c.dt()
    pod = c.ip10()
    return (f"[{iso(t)}] \"POST /payments.v1.Payments/Charge HTTP/2\" {status} {flags} {details} - \"-\" "
            f"{c.n(120, 400)} 0 {dur} - \"{c.ip10()}\" \"grpc-go/1.60.1\" \"{c.uuid()}\" "
            f"\"payments.payments.svc.cluster.local:8080\" \"{pod}:8080\" "
            "outbound|8080||payments.payments.svc.cluster.local - "
            f"10.96.44.12:8080 {c.ip10()}:{c.port()} - default")


@group("envoy_503_UF", "mesh-ingress", 4, "payments pods refuse connections (UF,URX)", nm="nm_envoy_flags")
def _(c):
    return _envoy(c, 503, "UF,URX",
                  "upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_Connection_refused}",
                  c.n(0, 5))


@group("envoy_504_UT", "mesh-ingress", 3, "payments Charge exceeds 15s route timeout (UT)", nm="nm_envoy_flags")
def _(c):
    return _envoy(c, 504, "UT", "response_timeout", 15000 + c.n(0, 9))


@group("istio_xds_unavailable", "istio-proxy", 3, "sidecar cannot reach istiod xDS (code 14, i/o timeout)")
def _(c):
    t = c.dt()
    return (f"{iso(t, 6)}\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/"
            f"grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since "
            f"{c.n(30, 3000)}s ago: 14, connection error: desc = \"transport: Error while dialing: dial tcp "
            f"10.96.12.34:15012: i/o timeout\"\tthread={c.n(12, 30)}")


# ====================================================================
# Kubernetes controllers
# ====================================================================
nmset("nm_kubelet_backoff", "reason-code",
      "kubelet 'Error syncing pod, skipping' for billing-worker pods: CrashLoopBackOff vs ImagePullBackOff")


def _kpod(c):
    rs = c.once("rs", lambda: c.s(10, K8S_LETTERS))
    return f"billing-worker-{rs}-{c.s(5, K8S_LETTERS)}"


@group("kubelet_crashloop_billing_worker", "kubelet", 7, "billing-worker container crash-looping",
       nm="nm_kubelet_backoff", dfv="pod name suffix (letters only)")
def _(c):
    t = c.dt()
    pod = _kpod(c)
    uid = c.uuid()
    bo = c.choice(["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"])
    return (f"{klog(t)}    {c.n(1000, 9999)} pod_workers.go:1300] \"Error syncing pod, skipping\" "
            f"err=\"failed to \\\"StartContainer\\\" for \\\"worker\\\" with CrashLoopBackOff: \\\"back-off {bo} "
            f"restarting failed container=worker pod={pod}_billing({uid})\\\"\" pod=\"billing/{pod}\" "
            f"podUID=\"{uid}\""), pod


@group("kubelet_imagepull_billing_worker", "kubelet", 3, "billing-worker image tag not pullable",
       nm="nm_kubelet_backoff", dfv="pod name suffix (letters only)")
def _(c):
    t = c.dt()
    pod = _kpod(c)
    uid = c.uuid()
    return (f"{klog(t)}    {c.n(1000, 9999)} pod_workers.go:1300] \"Error syncing pod, skipping\" "
            "err=\"failed to \\\"StartContainer\\\" for \\\"worker\\\" with ImagePullBackOff: \\\"Back-off pulling "
            "image \\\\\\\"registry.acme.io/billing/worker:v2.14.3\\\\\\\"\\\"\" "
            f"pod=\"billing/{pod}\" podUID=\"{uid}\""), pod


@group("certmanager_acme_dns", "cert-manager", 3,
       "cert-manager cannot resolve the ACME directory (cluster DNS misbehaving)", dfv="tenant namespace")
def _(c):
    t = c.dt()
    ten = c.pick("tenant")
    return (f"{klog(t)}       1 controller.go:167] \"re-queuing item due to error processing\" "
            "err=\"Get \\\"https://acme-v02.api.letsencrypt.org/directory\\\": dial tcp: lookup "
            "acme-v02.api.letsencrypt.org on 10.96.0.10:53: server misbehaving\" "
            f"logger=\"cert-manager.controller\" key=\"tenant-{ten}/shop-tls-{c.n(1, 9)}-{c.n(1000000000, 4294967295)}\""), ten


nmset("nm_argocd_grpc", "grpc-code",
      "Argo CD comparison error 'failed to generate manifest ... rpc error': code = DeadlineExceeded "
      "(repo-server overloaded, any app) vs code = Unknown kustomize build failure (payments app base moved)")


@group("argocd_repo_deadline_exceeded", "argocd-application-controller", 7,
       "repo-server manifest generation times out for many apps", nm="nm_argocd_grpc", dfv="application name")
def _(c):
    t = c.dt()
    app = c.pick("app")
    return (f"time=\"{iso(t, 0)}\" level=error msg=\"Failed to compare desired state to live state: failed to load "
            "target state: failed to generate manifest for source 1 of 1: rpc error: code = DeadlineExceeded desc = "
            f"context deadline exceeded\" application=argocd/{app} comparison-level={c.n(1, 3)} "
            f"dedup_ms=0 diff_ms=0 git_ms={c.n(50000, 90000)} health_ms=0 live_ms={c.n(1, 40)} settings_ms=0 sync_ms=0"), app


@group("argocd_kustomize_base_missing", "argocd-application-controller", 3,
       "payments overlay references ../../base which was moved", nm="nm_argocd_grpc")
def _(c):
    t = c.dt()
    u = c.uuid()
    b = f"/tmp/_argocd-repo/{u}/apps/payments/base"
    return (f"time=\"{iso(t, 0)}\" level=error msg=\"Failed to compare desired state to live state: failed to load "
            "target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = "
            f"Manifest generation error (cached): `kustomize build /tmp/_argocd-repo/{u}/apps/payments/overlays/prod` "
            "failed exit status 1: Error: accumulating resources: accumulation err='accumulating resources from "
            f"'../../base': '{b}' must resolve to a file': evalsymlink failure on '{b}' : lstat {b}: no such file or "
            f"directory\" application=argocd/payments comparison-level={c.n(1, 3)} dedup_ms=0 diff_ms=0 "
            f"git_ms={c.n(100, 900)} health_ms=0 live_ms={c.n(1, 40)} settings_ms=0 sync_ms=0")


# ====================================================================
# CI: GitHub Actions runner, Jenkins
# ====================================================================
nmset("nm_gha_exit", "exit-code",
      "GitHub Actions step '##[error]Process completed with exit code N': 137 (runner OOM kill) vs 143 (SIGTERM, "
      "runner pre-empted)")


def _gha(c, code):
    t = c.dt()
    return f"{iso(t, 7)} ##[error]Process completed with exit code {code}."


@group("gha_exit_137", "gha-runner", 3, "integration tests OOM-killed on small self-hosted runners",
       nm="nm_gha_exit")
def _(c):
    return _gha(c, 137)


@group("gha_exit_143", "gha-runner", 1, "spot runner pre-empted mid job (SIGTERM)", nm="nm_gha_exit")
def _(c):
    return _gha(c, 143)


nmset("nm_jenkins_git", "innermost-cause",
      "Jenkins 'Error fetching remote repo origin' GitException status 128; stderr cause 'Could not resolve "
      "host: github.com' (agent DNS) vs 'Repository not found' (repo renamed)")


def _jenkins(c, repo, ws, stderr):
    url = f"https://github.com/acme/{repo}.git"
    return ("The recommended git tool is: NONE\n"
            "using credential github-app-acme\n"
            f" > git rev-parse --resolve-git-dir /var/jenkins_home/workspace/{ws}/.git # timeout=10\n"
            "Fetching changes from the remote Git repository\n"
            f" > git config remote.origin.url {url} # timeout=10\n"
            f"Fetching upstream changes from {url}\n"
            " > git --version # timeout=10\n"
            " > git --version # 'git version 2.39.2'\n"
            "using GIT_ASKPASS to set credentials GitHub App acme\n"
            " > git fetch --tags --force --progress --prune -- origin +refs/heads/*:refs/remotes/origin/* # timeout=10\n"
            "ERROR: Error fetching remote repo 'origin'\n"
            f"hudson.plugins.git.GitException: Failed to fetch from {url}\n"
            "\tat hudson.plugins.git.GitSCM.fetchFrom(GitSCM.java:1003)\n"
            "\tat hudson.plugins.git.GitSCM.retrieveChanges(GitSCM.java:1245)\n"
            "\tat hudson.plugins.git.GitSCM.checkout(GitSCM.java:1309)\n"
            "\tat org.jenkinsci.plugins.workflow.steps.scm.SCMStep.checkout(SCMStep.java:129)\n"
            "Caused by: hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress --prune -- "
            "origin +refs/heads/*:refs/remotes/origin/*\" returned status code 128:\n"
            "stdout: \n"
            f"stderr: {stderr}\n\n"
            "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl.launchCommandIn(CliGitAPIImpl.java:2842)\n"
            "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl.launchCommandWithCredentials(CliGitAPIImpl.java:2185)\n"
            "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl$1.execute(CliGitAPIImpl.java:635)\n"
            "\tat hudson.plugins.git.GitSCM.fetchFrom(GitSCM.java:1001)\n"
            "\t... 12 more")


@group("jenkins_git_dns", "jenkins", 4, "agents cannot resolve github.com (DNS outage on build network)",
       nm="nm_jenkins_git", dfv="repository name")
def _(c):
    repo = c.pick("repo")
    ws = f"{repo}_main" + c.choice(["", "@2", "@3"])
    return _jenkins(c, repo, ws, f"fatal: unable to access 'https://github.com/acme/{repo}.git/': "
                                 "Could not resolve host: github.com"), repo


@group("jenkins_git_repo_not_found", "jenkins", 2, "legacy-billing repo renamed; old multibranch job still polls",
       nm="nm_jenkins_git")
def _(c):
    ws = f"legacy-billing_PR-{c.n(100, 999)}"
    return _jenkins(c, "legacy-billing", ws, "remote: Repository not found.\n"
                    "fatal: repository 'https://github.com/acme/legacy-billing.git/' not found")


# ====================================================================
# Cloud SDKs: GCP (python), Azure (.NET), AWS (Go SDK v2)
# ====================================================================
nmset("nm_gcs_rw", "operation",
      "google.api_core Forbidden 403 on bucket acme-exports: GET download (storage.objects.get) vs "
      "POST multipart upload (storage.objects.create)")

GCS_PY = "/usr/local/lib/python3.12/site-packages/google/cloud/storage/blob.py"


@group("gcs_403_objects_get", "exporter-gcp", 3, "exporter SA lacks storage.objects.get on acme-exports",
       nm="nm_gcs_rw", dfv="tenant in object path")
def _(c):
    t = c.dt()
    ten = c.pick("tenant")
    d = (t - datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    return (f"{jts(t)} ERROR exporter.jobs: export failed tenant={ten} report={d}\n"
            "Traceback (most recent call last):\n"
            "  File \"/app/exporter/jobs.py\", line 73, in run_export\n"
            "    blob.download_to_filename(local_path)\n"
            f"  File \"{GCS_PY}\", line 1322, in download_to_filename\n"
            "    self._handle_filename_and_download(\n"
            f"  File \"{GCS_PY}\", line 1199, in _handle_filename_and_download\n"
            "    self._prep_and_do_download(\n"
            f"  File \"{GCS_PY}\", line 4407, in _prep_and_do_download\n"
            "    _raise_from_invalid_response(exc)\n"
            f"  File \"{GCS_PY}\", line 4877, in _raise_from_invalid_response\n"
            "    raise exceptions.from_http_status(response.status_code, message, response=response)\n"
            "google.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/download/storage/v1/b/"
            f"acme-exports/o/{ten}%2F{d}%2Fraw.csv?alt=media: exporter@acme-prod.iam.gserviceaccount.com does not "
            "have storage.objects.get access to the Google Cloud Storage object. Permission 'storage.objects.get' "
            "denied on resource (or it may not exist).: ('Request failed with status code', 403, 'Expected one of', "
            "<HTTPStatus.OK: 200>, <HTTPStatus.PARTIAL_CONTENT: 206>)"), ten


@group("gcs_403_objects_create", "exporter-gcp", 3, "exporter SA lacks storage.objects.create on acme-exports",
       nm="nm_gcs_rw", dfv="tenant in log line")
def _(c):
    t = c.dt()
    ten = c.pick("tenant")
    d = (t - datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    return (f"{jts(t)} ERROR exporter.jobs: export failed tenant={ten} report={d}\n"
            "Traceback (most recent call last):\n"
            "  File \"/app/exporter/jobs.py\", line 91, in run_export\n"
            "    blob.upload_from_filename(out_path, content_type=\"text/csv\")\n"
            f"  File \"{GCS_PY}\", line 2984, in upload_from_filename\n"
            "    self._handle_filename_and_upload(\n"
            f"  File \"{GCS_PY}\", line 2864, in _handle_filename_and_upload\n"
            "    self._prep_and_do_upload(\n"
            f"  File \"{GCS_PY}\", line 2682, in _prep_and_do_upload\n"
            "    _raise_from_invalid_response(exc)\n"
            f"  File \"{GCS_PY}\", line 4877, in _raise_from_invalid_response\n"
            "    raise exceptions.from_http_status(response.status_code, message, response=response)\n"
            "google.api_core.exceptions.Forbidden: 403 POST https://storage.googleapis.com/upload/storage/v1/b/"
            "acme-exports/o?uploadType=multipart: {\n"
            "  \"error\": {\n"
            "    \"code\": 403,\n"
            "    \"message\": \"exporter@acme-prod.iam.gserviceaccount.com does not have storage.objects.create access "
            "to the Google Cloud Storage object. Permission 'storage.objects.create' denied on resource (or it may not exist).\",\n"
            "    \"errors\": [\n      {\n        \"message\": \"exporter@acme-prod.iam.gserviceaccount.com does not have "
            "storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' denied on "
            "resource (or it may not exist).\",\n        \"domain\": \"global\",\n        \"reason\": \"forbidden\"\n      }\n    ]\n"
            "  }\n}\n: ('Request failed with status code', 403, 'Expected one of', <HTTPStatus.OK: 200>)"), ten


nmset("nm_sb_lock", "constant-resource",
      "Azure Service Bus MessageLockLost on complete; queue orders-inbound (InboundOrderProcessor) vs "
      "invoices-outbound (InvoiceDispatcher)")


def _sb(c, cat, queue, handler_file, line):
    t = c.dt()
    return (f"fail: {cat}[0]\n"
            f"      Failed to complete message {c.hexs(32)} (delivery {c.n(1, 10)})\n"
            "      Azure.Messaging.ServiceBus.ServiceBusException: The lock supplied is invalid. Either the lock expired, "
            "or the message has already been removed from the queue. For more information please see "
            f"https://aka.ms/ServiceBusExceptions . Reference:{c.uuid()}, TrackingId:{c.uuid()}_B{c.n(1, 40)}, "
            f"SystemTracker:acme-prod-sb:Queue:{queue}, Timestamp:{t:%Y-%m-%dT%H:%M:%S} (MessageLockLost). "
            "For troubleshooting information, see https://aka.ms/azsdk/net/servicebus/exceptions/troubleshoot.\n"
            "         at Azure.Messaging.ServiceBus.Amqp.AmqpReceiver.ThrowLockLostException()\n"
            "         at Azure.Messaging.ServiceBus.Amqp.AmqpReceiver.DisposeMessageAsync(Guid lockToken, Outcome outcome, TimeSpan timeout)\n"
            "         at Azure.Messaging.ServiceBus.Amqp.AmqpReceiver.CompleteInternalAsync(Guid lockToken, TimeSpan timeout)\n"
            "         at Azure.Messaging.ServiceBus.ServiceBusRetryPolicy.RunOperation[T1,TResult](Func`4 operation, T1 t1, "
            "TransportConnectionScope scope, CancellationToken cancellationToken, Boolean logRetriesAsVerbose)\n"
            "         at Azure.Messaging.ServiceBus.ServiceBusReceiver.CompleteMessageAsync(ServiceBusReceivedMessage message, "
            "CancellationToken cancellationToken)\n"
            f"         at {cat}.HandleAsync(ProcessMessageEventArgs args) in /src/Orders.Worker/{handler_file}:line {line}")


@group("sb_lock_lost_orders_inbound", "orders-azure", 4,
       "order import handler runs longer than lock duration on orders-inbound", nm="nm_sb_lock")
def _(c):
    return _sb(c, "Orders.Worker.InboundOrderProcessor", "orders-inbound", "InboundOrderProcessor.cs", 64)


@group("sb_lock_lost_invoices_outbound", "orders-azure", 2,
       "invoice PDF rendering exceeds lock duration on invoices-outbound", nm="nm_sb_lock")
def _(c):
    return _sb(c, "Orders.Worker.InvoiceDispatcher", "invoices-outbound", "InvoiceDispatcher.cs", 41)


nmset("nm_ddb_op", "operation",
      "AWS SDK Go v2 DynamoDB ConditionalCheckFailedException: PutItem (session create, attribute_not_exists) vs "
      "UpdateItem (session refresh, version check)")


def _ddb(c, op, msg):
    t = c.dt()
    return (f"time={iso(t)} level=ERROR msg=\"{msg}\" table=sessions session={c.s(32, B64URL)} "
            f"err=\"operation error DynamoDB: {op}, https response error StatusCode: 400, RequestID: "
            f"{c.s(52, UPALNUM)}, ConditionalCheckFailedException: The conditional request failed\"")


@group("ddb_cond_fail_putitem", "sessions-dynamo", 4, "session id collision/duplicate create (PutItem)",
       nm="nm_ddb_op")
def _(c):
    return _ddb(c, "PutItem", "create session failed")


@group("ddb_cond_fail_updateitem", "sessions-dynamo", 3, "concurrent refresh loses optimistic lock (UpdateItem)",
       nm="nm_ddb_op")
def _(c):
    return _ddb(c, "UpdateItem", "refresh session failed")


# ====================================================================
# build
# ====================================================================
def build():
    events = []          # (gid, service, message)
    meta = {}
    problems = []
    for g in GROUPS:
        gid = g["gid"]
        if gid in meta:
            problems.append(f"duplicate group id {gid}")
        r = __import__("random").Random(f"{SEED}:{gid}")
        perms = {k: r.sample(POOLS[k], len(POOLS[k])) for k in sorted(POOLS)}
        shared = {}
        msgs, dvals = [], []
        for i in range(g["n"]):
            out = g["fn"](Ctx(r, i, perms, shared))
            if isinstance(out, tuple):
                out, dv = out
                dvals.append(dv)
            msgs.append(out)
        if not (1 <= g["n"] <= 8):
            problems.append(f"{gid}: size {g['n']} out of 1..8")
        if len(set(msgs)) != len(msgs):
            problems.append(f"{gid}: duplicate messages inside group")
        if g["dfv"] and g["n"] >= 3:
            if len(dvals) != g["n"] or len(set(dvals)) < 3:
                problems.append(f"{gid}: digit-free variable does not vary enough: {dvals}")
            for v in dvals:
                if any(ch.isdigit() for ch in v):
                    problems.append(f"{gid}: digit-free value contains digit: {v}")
        m = {"service": g["service"], "description": g["desc"], "near_miss_set": g["nm"], "count": g["n"]}
        if g["dfv"]:
            m["digit_free_variable"] = g["dfv"]
            if dvals:
                m["digit_free_values"] = dvals
        meta[gid] = m
        for msg in msgs:
            events.append((gid, g["service"], msg))

    # no identical (service, message) across groups
    seen = {}
    for gid, svc, msg in events:
        k = (svc, msg)
        if k in seen and seen[k] != gid:
            problems.append(f"identical message in {seen[k]} and {gid}")
        seen[k] = gid

    # near-miss sets: >=2 groups, one service
    nm_groups = {}
    for g in GROUPS:
        if g["nm"]:
            if g["nm"] not in NMSETS:
                problems.append(f"{g['gid']}: unknown near-miss set {g['nm']}")
            nm_groups.setdefault(g["nm"], []).append(g["gid"])
    for nid in NMSETS:
        gs = nm_groups.get(nid, [])
        if len(gs) < 2:
            problems.append(f"near-miss set {nid} has {len(gs)} groups")
        svcs = sorted({meta[x]["service"] for x in gs})
        if len(svcs) != 1:
            problems.append(f"near-miss set {nid} spans services {svcs}")
        NMSETS[nid]["groups"] = gs
        NMSETS[nid]["service"] = svcs[0] if svcs else None

    rnd = __import__("random").Random(f"{SEED}:shuffle")
    rnd.shuffle(events)
    return events, meta, problems


def main():
    events, meta, problems = build()
    n_ev = len(events)
    services = sorted({m["service"] for m in meta.values()})
    summary = {
        "groups": len(meta), "events": n_ev, "services": len(services),
        "near_miss_sets": len(NMSETS),
        "groups_in_near_miss_sets": sum(1 for m in meta.values() if m["near_miss_set"]),
        "groups_with_digit_free_variable": sum(1 for m in meta.values() if "digit_free_variable" in m),
        "size_histogram": {str(k): sum(1 for m in meta.values() if m["count"] == k) for k in range(1, 9)},
    }
    if not (350 <= n_ev <= 450):
        problems.append(f"event count {n_ev} outside 350..450")
    if len(services) < 35:
        problems.append(f"only {len(services)} services")
    if len(NMSETS) < 40:
        problems.append(f"only {len(NMSETS)} near-miss sets")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)

    out_dir = os.environ.get("UNSEEN_OUT") or HERE
    with open(os.path.join(out_dir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for gid, svc, msg in events:
            # the project's copy labels each event in place (its scorer reads "group"); the original does not
            ev = {"service": svc, "message": msg, "group": gid} if os.environ.get("UNSEEN_OUT") else {"service": svc, "message": msg}
            f.write(json.dumps(ev, ensure_ascii=False) + "\n")
    out = {
        "seed": SEED,
        "summary": summary,
        "labels": [gid for gid, _, _ in events],
        "groups": meta,
        "near_miss_sets": NMSETS,
        "services": services,
    }
    with open(os.path.join(out_dir, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
