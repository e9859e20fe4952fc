#!/usr/bin/env python3
"""Blind labelled corpus of production ERROR events for a mid-size online retailer.

Writes events.jsonl ({"service","message","group"} per line) and groups.json next
to this file.  Fixed seed, stdlib only, output is byte-identical under any
PYTHONHASHSEED (no set/hash-order iteration anywhere).
"""
import datetime as _dt
import json
import os
import random
import re
import sys

SEED = 3838
OUT = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
BASE = _dt.datetime(2024, 5, 14, 0, 0, 0)
EPOCH = _dt.datetime(1970, 1, 1)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
K8S = "bcdfghjklmnpqrstvwxz2456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = ALNUM + "-_"


# ----------------------------------------------------------------- randomness
class R:
    def __init__(s, seed):
        s.r = random.Random(seed)

    def n(s, a, b):
        return s.r.randint(a, b)

    def f(s, a, b, nd=3):
        return f"{s.r.uniform(a, b):.{nd}f}"

    def pick(s, seq):
        return seq[s.r.randrange(len(seq))]

    def chars(s, k, alpha):
        return "".join(alpha[s.r.randrange(len(alpha))] for _ in range(k))

    def hex(s, k):
        return s.chars(k, "0123456789abcdef")

    def HEX(s, k):
        return s.chars(k, "0123456789ABCDEF")

    def aln(s, k):
        return s.chars(k, ALNUM)

    def up(s, k):
        return s.chars(k, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def uuid(s):
        h = s.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{s.pick('89ab')}{h[17:20]}-{h[20:]}"

    def ip(s, a=10):
        return f"{a}.{s.n(0, 255)}.{s.n(0, 255)}.{s.n(1, 254)}"

    def podip(s):
        return f"10.42.{s.n(0, 15)}.{s.n(2, 254)}"

    def pubip(s):
        return f"{s.pick([203, 198, 81, 86, 92, 176, 185, 31, 82, 51])}.{s.n(0, 255)}.{s.n(0, 255)}.{s.n(1, 254)}"

    def port(s):
        return s.n(32768, 60999)

    def dt(s):
        return BASE + _dt.timedelta(seconds=s.n(0, 3 * 86400 - 1), microseconds=s.n(0, 999999))

    def pod(s, dep):
        return f"{dep}-{s.chars(s.pick([9, 10]), K8S)}-{s.chars(5, K8S)}"

    def later(s, d, lo_ms=0, hi_ms=900):
        return d + _dt.timedelta(microseconds=s.n(lo_ms * 1000, hi_ms * 1000))

    def epid(s):
        return f"#PID<0.{s.n(300, 99999)}.0>"

    def sku(s):
        return f"{s.pick(['HB', 'NT', 'AC', 'LW', 'OK'])}-{s.n(10000, 99999)}-{s.pick(['NVY', 'OAT', 'SGE', 'CHR', 'RST', 'BLK'])}-{s.pick(['S', 'M', 'L', 'XL', 'OS'])}"


# ----------------------------------------------------------------- timestamps
def ms3(d):
    return f"{d.microsecond // 1000:03d}"

def t_iso(d, frac=3, z="Z"):
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + f"{d.microsecond:06d}"[:frac]
    return s + z

def t_sp(d, frac=3, sep="."):
    s = d.strftime("%Y-%m-%d %H:%M:%S")
    return s + (sep + f"{d.microsecond:06d}"[:frac] if frac else "")

def t_rails(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}"

def t_nginx(d):
    return d.strftime("%Y/%m/%d %H:%M:%S")

def t_syslog(d):
    return f"{MON[d.month - 1]} {d.day:2d} {d:%H:%M:%S}"

def t_haproxy(d):
    return f"{d.day:02d}/{MON[d.month - 1]}/{d.year}:{d:%H:%M:%S}.{ms3(d)}"

def t_fpm(d):
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year} {d:%H:%M:%S}"

def t_redis(d):
    return f"{d.day} {MON[d.month - 1]} {d.year} {d:%H:%M:%S}.{ms3(d)}"

def t_nest(d):
    h = d.hour % 12 or 12
    return f"{d:%m/%d/%Y}, {h}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}"

def t_hms(d):
    return f"{d:%H:%M:%S}.{ms3(d)}"

def epoch_ms(d):
    x = d - EPOCH
    return x.days * 86400000 + x.seconds * 1000 + x.microseconds // 1000

def epoch_s(d):
    x = d - EPOCH
    return x.days * 86400 + x.seconds

def jd(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ----------------------------------------------------------------- registry
G = []

def grp(label, service, n, desc, nm=None, df=None):
    def deco(fn):
        G.append(dict(label=label, service=service, n=n, desc=desc, nm=nm, df=df, fn=fn))
        return fn
    return deco


# ----------------------------------------------------------------- shared format helpers
def rails_fatal(r, exc, msg, trace, src=None):
    """ActionDispatch::DebugExceptions output with TaggedLogging request id."""
    d = r.dt()
    pid = r.n(8, 96)
    rid = r.uuid()
    pre = f"F, [{t_rails(d)} #{pid}] FATAL -- : [{rid}] "
    join = f"\n[{rid}] "
    out = [pre + "  ", pre + f"{exc} ({msg}):"]
    if src:
        out.append(pre + join.join(src))
    out.append(pre + "  ")
    out.append(pre + join.join(trace))
    return "\n".join(out)

def rails_error(r, first, trace, tag=True):
    d = r.dt()
    pid = r.n(8, 96)
    t = f"[{r.uuid()}] " if tag else ""
    return "\n".join([f"E, [{t_rails(d)} #{pid}] ERROR -- : {t}{first}"] + [t + x for x in trace])

def php_trace(frames):
    return "\n".join(f"#{i} {f}" for i, f in enumerate(frames + ["{main}"]))

def esc_php(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')

def laravel(r, level, msg, exc, code, at, frames, prev=None, ctx=None):
    d = r.dt()
    body = f"[object] ({exc}(code: {code}): {msg} at {at})"
    if prev:
        body += f"\n[previous exception] [object] ({prev})"
    body += "\n[stacktrace]\n" + php_trace(frames) + "\n"
    extra = "".join(f'"{k}":{jd(v)},' for k, v in (ctx or []))
    return f"[{t_sp(d, 0)}] production.{level}: {msg} {{{extra}\"exception\":\"{esc_php(body)}\"}} "

def py_frames(frames):
    out = []
    for f, ln, fn, code in frames:
        out.append(f'  File "{f}", line {ln}, in {fn}')
        if code:
            out.append(f"    {code}")
    return out

def py_tb(frames, last):
    return "\n".join(["Traceback (most recent call last):"] + py_frames(frames) + [last])

SITE = "/usr/local/lib/python3.11/site-packages"

def spring_thread(name):
    return name[-15:].rjust(15)

def spring_line(d, level, thread, logger, msg, pid=1, app=None):
    a = f" [{app}]" if app else ""
    return f"{t_sp(d)} {level:>5} {pid} ---{a} [{spring_thread(thread)}] {logger.ljust(40)[:40]} : {msg}"

def jstack(frames, indent="\tat "):
    return "\n".join(indent + f for f in frames)

def node_stack(head, frames):
    return head + "\n" + "\n".join("    at " + f for f in frames)

def ex_stack(frames):
    return "\n".join("    " + f for f in frames)

def dotnet_stack(frames):
    return "\n".join("   at " + f for f in frames)

def aspnet_conn(r):
    return "0HN" + r.chars(10, "0123456789ABCDEFGHIJKLMNOPQRSTUV")

def clef_ts(r, d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}{r.n(0, 9)}Z"

def serilog_text(d, lvl, ctx, msg):
    return f"{t_sp(d)} +00:00 [{lvl}] [{ctx}] {msg}"

def syslog_pri(d, host, prog, pid, msg):
    return f"{t_syslog(d)} {host} {prog}[{pid}]: {msg}"

# =============================================================================
# storefront-web  (Rails 7.1 / Puma, DebugExceptions output)
# =============================================================================
SF = "storefront-web"

def erb_method(r, tpl):
    n = r.n(10 ** 17, 10 ** 19 - 1)
    sign = r.pick(["", "-"])
    return f"_app_views_{tpl}_html_erb__{sign}{n}_{r.n(10000, 99999)}"
@grp("sf_rnf_product_show", SF, 3,
     "Product.find raises RecordNotFound in ProductsController#set_product (product page for deleted product)",
     nm="sf_record_not_found")
def _(r, i, v):
    return rails_fatal(r, "ActiveRecord::RecordNotFound", f"Couldn't find Product with 'id'={r.n(1000, 99999)}",
                       ["app/controllers/products_controller.rb:71:in `set_product'"])
@grp("sf_rnf_wishlist_add", SF, 2,
     "Same RecordNotFound for Product raised from Wishlist#add_item! (stale wishlist button)",
     nm="sf_record_not_found")
def _(r, i, v):
    return rails_fatal(r, "ActiveRecord::RecordNotFound", f"Couldn't find Product with 'id'={r.n(1000, 99999)}",
                       ["app/models/wishlist.rb:27:in `add_item!'",
                        "app/controllers/wishlists_controller.rb:31:in `create'"])

CARD_SRC = [
    "    11:     <h3 class=\"product-card__title\"><%= link_to product.title, product_path(product) %></h3>",
    "    12:     <span class=\"product-card__price\">",
    "    13:       <%= number_to_currency(product.default_variant.price_cents / 100.0) %>",
    "    14:     </span>",
    "    15:     <% if product.badges.any? %>",
    "    16:       <%= render \"products/badges\", product: product %>",
    "    17:     <% end %>",
    "    18:     <% if product.default_variant.stock_level < product.low_stock_threshold %>",
    "    19:       <span class=\"product-card__low-stock\"><%= t(\".only_few_left\") %></span>",
    "    20:     <% end %>",
]

def sf_tpl(r, msg, line, src):
    m1 = erb_method(r, "products__card")
    m2 = erb_method(r, "collections_show")
    return rails_fatal(r, "ActionView::Template::Error", msg, [
        f"app/views/products/_card.html.erb:{line}:in `{m1}'",
        f"app/views/collections/show.html.erb:22:in `{m2}'",
        "app/controllers/collections_controller.rb:14:in `show'"], src=src)
@grp("sf_tpl_nil_variant_price", SF, 3,
     "Template error in products/_card: default_variant is nil (undefined method price_cents for nil)",
     nm="sf_template_error")
def _(r, i, v):
    return sf_tpl(r, "undefined method `price_cents' for nil:NilClass", 13, CARD_SRC[:6])
@grp("sf_tpl_nil_low_stock_threshold", SF, 1,
     "Template error in products/_card: low_stock_threshold nil (comparison of Integer with nil failed)",
     nm="sf_template_error")
def _(r, i, v):
    return sf_tpl(r, "comparison of Integer with nil failed", 18, CARD_SRC[4:])
@grp("sf_routing_quick_view", SF, 4,
     "RoutingError for removed /products/:handle/quick_view route (old cached links); handle varies",
     df=["linen-shirt-navy", "cashmere-beanie-oat", "wool-throw-charcoal", "rattan-basket-large",
         "ceramic-mug-sage", "oak-side-table"])
def _(r, i, v):
    return rails_fatal(r, "ActionController::RoutingError", f'No route matches [GET] "/products/{v}/quick_view"', [
        "actionpack (7.1.3.2) lib/action_dispatch/middleware/debug_exceptions.rb:32:in `call'",
        "actionpack (7.1.3.2) lib/action_dispatch/middleware/show_exceptions.rb:31:in `call'",
        "railties (7.1.3.2) lib/rails/rack/logger.rb:37:in `call_app'",
        "railties (7.1.3.2) lib/rails/rack/logger.rb:24:in `block in call'",
        "activesupport (7.1.3.2) lib/active_support/tagged_logging.rb:135:in `block in tagged'",
        "puma (6.4.2) lib/puma/request.rb:100:in `block in handle_request'"])

# =============================================================================
# checkout-api  (Rails API)
# =============================================================================
CO = "checkout-api"

def co_now(r):
    d = r.dt()
    return f"{t_sp(d, 0)}.{d.microsecond:06d}"
@grp("co_deadlock_inventory_reservations", CO, 3,
     "MySQL deadlock updating inventory_reservations in Checkout::ReserveStock",
     nm="co_deadlock_table")
def _(r, i, v):
    sql = (f"UPDATE `inventory_reservations` SET `inventory_reservations`.`quantity` = {r.n(1, 6)}, "
           f"`inventory_reservations`.`updated_at` = '{co_now(r)}' WHERE `inventory_reservations`.`id` = {r.n(100000, 999999)}")
    return rails_error(r, "ActiveRecord::Deadlocked: Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction: " + sql, [
        "app/services/checkout/reserve_stock.rb:41:in `block (2 levels) in call'",
        "app/services/checkout/reserve_stock.rb:36:in `each'",
        "app/services/checkout/reserve_stock.rb:36:in `block in call'",
        "app/services/checkout/reserve_stock.rb:35:in `call'",
        "app/controllers/api/v2/checkouts_controller.rb:48:in `complete'"])
@grp("co_deadlock_order_line_items", CO, 2,
     "MySQL deadlock inserting order_line_items in Checkout::BuildOrder",
     nm="co_deadlock_table")
def _(r, i, v):
    ts = co_now(r)
    sql = ("INSERT INTO `order_line_items` (`order_id`, `variant_id`, `quantity`, `price_cents`, `created_at`, `updated_at`) "
           f"VALUES ({r.n(100000, 999999)}, {r.n(1000, 99999)}, {r.n(1, 4)}, {r.n(500, 25000)}, '{ts}', '{ts}')")
    return rails_error(r, "ActiveRecord::Deadlocked: Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction: " + sql, [
        "app/services/checkout/build_order.rb:58:in `block in call'",
        "app/services/checkout/build_order.rb:52:in `call'",
        "app/controllers/api/v2/checkouts_controller.rb:52:in `complete'"])

ZONES = {"Shetland Islands": "ZE", "Orkney": "KW", "Isle of Man": "IM", "Guernsey": "GY", "Isles of Scilly": "TR"}

@grp("co_shipping_zone_missing", CO, 5,
     "No shipping zone configured for remote UK/Crown-dependency regions; region name varies",
     df=["Shetland Islands", "Orkney", "Isle of Man", "Guernsey", "Isles of Scilly"])
def _(r, i, v):
    pc = f"{ZONES[v]}{r.n(1, 24)} {r.n(1, 9)}{r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    return rails_error(r, f"Checkout::ShippingZoneNotFound: no shipping zone covers country=GB region=\"{v}\" postcode=\"{pc}\" cart_id={r.n(100000, 999999)}", [
        "app/services/shipping/zone_resolver.rb:19:in `resolve!'",
        "app/services/shipping/rate_quote.rb:12:in `call'",
        "app/controllers/api/v2/shipping_rates_controller.rb:9:in `index'"])

# =============================================================================
# sidekiq-workers
# =============================================================================
SK = "sidekiq-workers"

def sidekiq(r, cls, exc, msg, bt):
    d = r.dt()
    d2 = r.later(d, 0, 3)
    pid = r.n(7, 40)
    tid = r.chars(r.n(3, 4), "abcdefghijklmnopqrstuvwxyz0123456789")
    jid = r.hex(24)
    pre = f"pid={pid} tid={tid} class={cls} jid={jid}"
    return "\n".join([f"{t_iso(d)} {pre} WARN: {exc}: {msg}",
                      f"{t_iso(d2)} {pre} WARN: {bt[0]}"] + bt[1:])

NET_RT = ["/usr/local/lib/ruby/3.2.0/net/protocol.rb:229:in `rbuf_fill'",
          "/usr/local/lib/ruby/3.2.0/net/protocol.rb:199:in `readuntil'",
          "/usr/local/lib/ruby/3.2.0/net/protocol.rb:209:in `readline'",
          "/usr/local/lib/ruby/3.2.0/net/http/response.rb:158:in `read_status_line'",
          "/usr/local/lib/ruby/3.2.0/net/http/response.rb:147:in `read_new'",
          "/usr/local/lib/ruby/3.2.0/net/http.rb:2342:in `block in transport_request'"]
SK_TAIL = ["/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:202:in `execute_job'",
           "/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:170:in `block (2 levels) in process'"]
@grp("sk_readtimeout_order_export", SK, 6,
     "OrderExportJob: Net::ReadTimeout posting batch to warehouse export API (line shifts 17->19 across a deploy)",
     nm="sk_readtimeout_job_class")
def _(r, i, v):
    ln = 17 if i % 2 == 0 else 19
    return sidekiq(r, "OrderExportJob", "Net::ReadTimeout", "Net::ReadTimeout with #<TCPSocket:(closed)>", NET_RT + [
        "/app/app/services/exports/warehouse_client.rb:22:in `post_batch'",
        f"/app/app/jobs/order_export_job.rb:{ln}:in `perform'"] + SK_TAIL)
@grp("sk_readtimeout_invoice_pdf", SK, 2,
     "InvoicePdfJob: Net::ReadTimeout rendering invoice via DocRaptor",
     nm="sk_readtimeout_job_class")
def _(r, i, v):
    return sidekiq(r, "InvoicePdfJob", "Net::ReadTimeout", "Net::ReadTimeout with #<TCPSocket:(closed)>", NET_RT + [
        "/app/app/services/pdf/docraptor_client.rb:31:in `create_doc'",
        "/app/app/jobs/invoice_pdf_job.rb:11:in `perform'"] + SK_TAIL)
@grp("sk_deserialize_order_shipped", SK, 3,
     "OrderShippedNotificationJob enqueued before order commit: DeserializationError Couldn't find Order")
def _(r, i, v):
    return sidekiq(r, "OrderShippedNotificationJob", "ActiveJob::DeserializationError",
                   f"Error while trying to deserialize arguments: Couldn't find Order with 'id'={r.n(100000, 999999)}", [
                       "/usr/local/bundle/gems/activerecord-7.1.3.2/lib/active_record/core.rb:253:in `find'",
                       "/usr/local/bundle/gems/globalid-1.2.1/lib/global_id/locator.rb:201:in `locate'",
                       "/usr/local/bundle/gems/activejob-7.1.3.2/lib/active_job/arguments.rb:151:in `deserialize_global_id'",
                       "/usr/local/bundle/gems/activejob-7.1.3.2/lib/active_job/core.rb:195:in `deserialize_arguments_if_needed'",
                       "/usr/local/bundle/gems/activejob-7.1.3.2/lib/active_job/execution.rb:59:in `perform_now'"] + SK_TAIL)

# =============================================================================
# catalog-php  (Laravel 10)
# =============================================================================
LV = "catalog-php"
LVV = "/var/www/html/vendor/laravel/framework/src/Illuminate"
LV_JOB_TAIL = [f"{LVV}/Container/BoundMethod.php(36): App\\Jobs\\ImportSupplierFeed->handle(Object(App\\Services\\SupplierFeed\\ProductUpserter))",
               f"{LVV}/Container/Util.php(41): Illuminate\\Container\\BoundMethod::Illuminate\\Container\\{{closure}}()",
               f"{LVV}/Queue/CallQueuedHandler.php(130): Illuminate\\Bus\\Dispatcher->dispatchNow(Object(App\\Jobs\\ImportSupplierFeed), false)",
               f"{LVV}/Queue/Jobs/Job.php(102): Illuminate\\Queue\\CallQueuedHandler->call(Object(Illuminate\\Queue\\Jobs\\RedisJob), Array)",
               f"{LVV}/Queue/Worker.php(439): Illuminate\\Queue\\Jobs\\Job->fire()",
               "/var/www/html/artisan(37): Illuminate\\Foundation\\Console\\Kernel->handle(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))"]
PRODUCT_NAMES = ["Linen Shirt", "Merino Crew Jumper", "Stoneware Bowl Set", "Oak Chopping Board", "Wool Throw"]

@grp("lv_duplicate_sku_insert", LV, 3,
     "Supplier feed import inserts product whose SKU already exists (MySQL 1062 on products_sku_unique)",
     nm="lv_integrity_23000")
def _(r, i, v):
    sku = r.sku()
    d = r.dt()
    ts = t_sp(d, 0)
    core = f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{sku}' for key 'products.products_sku_unique'"
    msg = (core + f" (Connection: mysql, SQL: insert into `products` (`sku`, `name`, `supplier_id`, `updated_at`, `created_at`) "
           f"values ({sku}, {r.pick(PRODUCT_NAMES)}, {r.n(3, 60)}, {ts}, {ts}))")
    return laravel(r, "ERROR", msg, "Illuminate\\Database\\UniqueConstraintViolationException", 23000,
                   f"{LVV}/Database/Connection.php:822", [
                       f"{LVV}/Database/Connection.php(776): Illuminate\\Database\\Connection->runQueryCallback('insert into `pr...', Array, Object(Closure))",
                       f"{LVV}/Database/MySqlConnection.php(42): Illuminate\\Database\\Connection->run('insert into `pr...', Array, Object(Closure))",
                       f"{LVV}/Database/Query/Processors/MySqlProcessor.php(35): Illuminate\\Database\\MySqlConnection->insert('insert into `pr...', Array, 'id')",
                       f"{LVV}/Database/Query/Builder.php(3549): Illuminate\\Database\\Query\\Processors\\MySqlProcessor->processInsertGetId(Object(Illuminate\\Database\\Query\\Builder), 'insert into `pr...', Array, 'id')",
                       f"{LVV}/Database/Eloquent/Builder.php(1982): Illuminate\\Database\\Query\\Builder->insertGetId(Array, 'id')",
                       f"{LVV}/Database/Eloquent/Model.php(1334): Illuminate\\Database\\Eloquent\\Builder->__call('insertGetId', Array)",
                       f"{LVV}/Database/Eloquent/Model.php(1099): Illuminate\\Database\\Eloquent\\Model->performInsert(Object(Illuminate\\Database\\Eloquent\\Builder))",
                       "/var/www/html/app/Services/SupplierFeed/ProductUpserter.php(74): Illuminate\\Database\\Eloquent\\Model->save()",
                       "/var/www/html/app/Jobs/ImportSupplierFeed.php(48): App\\Services\\SupplierFeed\\ProductUpserter->upsert(Array)"] + LV_JOB_TAIL,
                   prev=f"PDOException(code: 23000): {core} at {LVV}/Database/MySqlConnection.php:45")
@grp("lv_fk_category_missing", LV, 2,
     "Supplier feed import assigns product to a category id that does not exist (MySQL 1452 FK on product_categories)",
     nm="lv_integrity_23000")
def _(r, i, v):
    core = ("SQLSTATE[23000]: Integrity constraint violation: 1452 Cannot add or update a child row: a foreign key constraint fails "
            "(`catalog`.`product_categories`, CONSTRAINT `product_categories_category_id_foreign` FOREIGN KEY (`category_id`) "
            "REFERENCES `categories` (`id`) ON DELETE CASCADE)")
    msg = core + f" (Connection: mysql, SQL: insert into `product_categories` (`category_id`, `product_id`) values ({r.n(100, 999)}, {r.n(10000, 99999)}))"
    return laravel(r, "ERROR", msg, "Illuminate\\Database\\QueryException", 23000,
                   f"{LVV}/Database/Connection.php:822", [
                       f"{LVV}/Database/Connection.php(776): Illuminate\\Database\\Connection->runQueryCallback('insert into `pr...', Array, Object(Closure))",
                       f"{LVV}/Database/MySqlConnection.php(42): Illuminate\\Database\\Connection->run('insert into `pr...', Array, Object(Closure))",
                       f"{LVV}/Database/Query/Builder.php(3505): Illuminate\\Database\\MySqlConnection->insert('insert into `pr...', Array)",
                       "/var/www/html/app/Services/SupplierFeed/CategoryAssigner.php(39): Illuminate\\Database\\Query\\Builder->insert(Array)",
                       "/var/www/html/app/Jobs/ImportSupplierFeed.php(52): App\\Services\\SupplierFeed\\CategoryAssigner->assign(Object(App\\Models\\Product), Array)"] + LV_JOB_TAIL,
                   prev=f"PDOException(code: 23000): {core} at {LVV}/Database/MySqlConnection.php:45")
@grp("lv_storefront_view_missing", LV, 4,
     "Per-store home view missing for newly created storefront themes; store slug varies",
     df=["nordic-home", "coastal-living", "urban-loft", "garden-room", "kids-corner"])
def _(r, i, v):
    name = f"storefronts.{v}.home"
    return laravel(r, "ERROR", f"View [{name}] not found.", "InvalidArgumentException", 0,
                   f"{LVV}/View/FileViewFinder.php:137", [
                       f"{LVV}/View/FileViewFinder.php(79): Illuminate\\View\\FileViewFinder->findInPaths('{name[:15]}...', Array)",
                       f"{LVV}/View/Factory.php(150): Illuminate\\View\\FileViewFinder->find('{name[:15]}...')",
                       f"{LVV}/Foundation/helpers.php(1003): Illuminate\\View\\Factory->make('{name[:15]}...', Array, Array)",
                       "/var/www/html/app/Http/Controllers/StorefrontController.php(31): view('storefronts.nor...', Array)"
                       .replace("storefronts.nor...", f"{name[:15]}..."),
                       f"{LVV}/Routing/Controller.php(54): App\\Http\\Controllers\\StorefrontController->home(Object(Illuminate\\Http\\Request))",
                       f"{LVV}/Routing/ControllerDispatcher.php(43): Illuminate\\Routing\\Controller->callAction('home', Array)",
                       f"{LVV}/Routing/Route.php(260): Illuminate\\Routing\\ControllerDispatcher->dispatch(Object(Illuminate\\Routing\\Route), Object(App\\Http\\Controllers\\StorefrontController), 'home')",
                       "/var/www/html/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle(Object(Illuminate\\Http\\Request))"])

# =============================================================================
# magento-legacy  (Magento 2.4 on PHP-FPM 8.2)
# =============================================================================
MG = "magento-legacy"
MGV = "/var/www/magento/vendor/magento"

def php_fatal_line(r, text):
    d = r.dt()
    return f"[{t_fpm(d)} UTC] PHP Fatal error:  {text}"

def nginx_fcgi(r, text, req, host="www.acme.shop"):
    d = r.dt()
    w = r.n(20, 40)
    return (f"{t_nginx(d)} [error] {w}#{w}: *{r.n(100000, 9999999)} FastCGI sent in stderr: \"PHP message: PHP Fatal error:  {text}\" "
            f"while reading response header from upstream, client: {r.pubip()}, server: {host}, request: \"{req}\", "
            f"upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock:\", host: \"{host}\"")
@grp("mg_oom_product_collection", MG, 6,
     "Memory limit exhausted loading category product collection (seen via php-fpm log and nginx FastCGI stderr)",
     nm="mg_memory_exhausted")
def _(r, i, v):
    t = (f"Allowed memory size of 805306368 bytes exhausted (tried to allocate {r.pick([20480, 4096, 8192, 262144, 2097160, 65536])} bytes) "
         f"in {MGV}/module-catalog/Model/ResourceModel/Product/Collection.php on line 1034")
    if i % 2:
        return nginx_fcgi(r, t, f"GET /catalog/category/view/id/{r.n(3, 400)}?p={r.n(2, 40)} HTTP/1.1")
    return php_fatal_line(r, t)
@grp("mg_oom_invoice_pdf", MG, 1,
     "Memory limit exhausted generating invoice PDF in admin (Order/Pdf/Invoice.php)",
     nm="mg_memory_exhausted")
def _(r, i, v):
    return php_fatal_line(r, f"Allowed memory size of 805306368 bytes exhausted (tried to allocate {r.pick([20480, 4096, 8192, 1310720])} bytes) "
                             f"in {MGV}/module-sales/Model/Order/Pdf/Invoice.php on line 257")

def fpm_child(r, sig):
    d = r.dt()
    return f"[{t_fpm(d)}] WARNING: [pool www] child {r.n(1000, 65000)} exited on signal {sig} after {r.f(2, 90000, 6)} seconds from start"
@grp("mg_fpm_sigsegv", MG, 2, "php-fpm worker segfault (signal 11, core dumped) - opcache/extension crash",
     nm="mg_fpm_child_signal")
def _(r, i, v):
    return fpm_child(r, "11 (SIGSEGV - core dumped)")
@grp("mg_fpm_sigkill", MG, 2, "php-fpm worker killed by signal 9 (kernel OOM killer in the container)",
     nm="mg_fpm_child_signal")
def _(r, i, v):
    return fpm_child(r, "9 (SIGKILL)")
@grp("mg_bundle_price_null", MG, 3,
     "Uncaught Error getPrice() on null in custom BundlePriceResolver (line 88->91 after an unrelated deploy)")
def _(r, i, v):
    ln = 88 if i < 2 else 91
    f = "/var/www/magento/app/code/Acme/Bundles/Model/BundlePriceResolver.php"
    price = f"{r.n(5, 400)}.{r.n(0, 99):02d}"
    fr = [f"/var/www/magento/app/code/Acme/Bundles/Plugin/FinalPricePlugin.php(41): Acme\\Bundles\\Model\\BundlePriceResolver->resolve(Object(Magento\\Catalog\\Model\\Product\\Interceptor), {price})",
          f"/var/www/magento/vendor/magento/framework/Interception/Interceptor.php(146): Acme\\Bundles\\Plugin\\FinalPricePlugin->afterGetFinalPrice(Object(Magento\\Catalog\\Model\\Product\\Type\\Price\\Interceptor), {price}, Object(Magento\\Catalog\\Model\\Product\\Interceptor), {r.n(1, 3)})",
          "/var/www/magento/vendor/magento/framework/Interception/Interceptor.php(153): Magento\\Catalog\\Model\\Product\\Type\\Price\\Interceptor->Magento\\Framework\\Interception\\{closure}(NULL, 1)",
          "/var/www/magento/generated/code/Magento/Catalog/Model/Product/Type/Price/Interceptor.php(23): Magento\\Catalog\\Model\\Product\\Type\\Price\\Interceptor->___callPlugins('getFinalPrice', Array, Array)",
          f"{MGV}/module-catalog/Model/Product.php(1128): Magento\\Catalog\\Model\\Product\\Type\\Price\\Interceptor->getFinalPrice(NULL, Object(Magento\\Catalog\\Model\\Product\\Interceptor))",
          f"{MGV}/module-quote/Model/Quote/Item/AbstractItem.php(227): Magento\\Catalog\\Model\\Product->getFinalPrice()",
          f"{MGV}/module-quote/Model/Quote/Address/Total/Subtotal.php(118): Magento\\Quote\\Model\\Quote\\Item\\AbstractItem->calcRowTotal()"]
    return php_fatal_line(r, f"Uncaught Error: Call to a member function getPrice() on null in {f}:{ln}\nStack trace:\n"
                             + php_trace(fr) + f"\n  thrown in {f} on line {ln}")
@grp("mg_missing_eav_attribute", MG, 4,
     "Layered navigation references attribute codes deleted from EAV; attribute code varies",
     df=["fabric_weave", "care_instructions", "country_of_origin", "fit_guide", "heel_shape"])
def _(r, i, v):
    d = r.dt()
    msg = f"The attribute with a \"{v}\" attributeCode doesn't exist. Verify the attribute and try again."
    body = (f"[object] (Magento\\Framework\\Exception\\NoSuchEntityException(code: 0): {msg} at {MGV}/module-eav/Model/AttributeRepository.php:143)")
    return f"[{t_rails(d)}+00:00] main.CRITICAL: {msg} {{\"exception\":\"{esc_php(body)}\"}} []"

# =============================================================================
# wp-blog-shop  (WordPress + WooCommerce)
# =============================================================================
WC = "wp-blog-shop"
WCP = "/var/www/html/wp-content/plugins"

def wc_numfmt(r, app_frames):
    f = f"{WCP}/woocommerce/includes/wc-formatting-functions.php"
    d = r.dt()
    fr = [f"{f}(623): number_format('', 2, '.', ',')"] + app_frames + [
        "/var/www/html/wp-includes/class-wp-hook.php(324): Acme_Hooks->dispatch('')",
        "/var/www/html/wp-includes/plugin.php(205): WP_Hook->apply_filters('', Array)"]
    return (f"[{t_fpm(d)} UTC] PHP Fatal error:  Uncaught TypeError: number_format(): Argument #1 ($num) must be of type float, string given in {f}:623\n"
            f"Stack trace:\n{php_trace(fr)}\n  thrown in {f} on line 623")
@grp("wc_numfmt_bundle_price", WC, 3,
     "wc_price('') TypeError from acme-bundles price filter (empty bundle price)",
     nm="wc_number_format_caller")
def _(r, i, v):
    return wc_numfmt(r, [
        f"{WCP}/woocommerce/includes/wc-formatting-functions.php(601): wc_format_localized_price('')",
        f"{WCP}/acme-bundles/includes/class-bundle-price.php(112): wc_price('', Array)",
        f"/var/www/html/wp-includes/class-wp-hook.php(324): Acme_Bundle_Price->filter_price_html('', Object(WC_Product_Bundle))"])
@grp("wc_numfmt_renewal_email", WC, 1,
     "Same wc_price('') TypeError from acme-subscriptions renewal reminder email",
     nm="wc_number_format_caller")
def _(r, i, v):
    return wc_numfmt(r, [
        f"{WCP}/woocommerce/includes/wc-formatting-functions.php(601): wc_format_localized_price('')",
        f"{WCP}/acme-subscriptions/includes/class-renewal-email.php(58): wc_price('', Array)",
        f"{WCP}/acme-subscriptions/includes/class-renewal-email.php(31): Acme_Renewal_Email->render({r.n(10000, 99999)})"])
@grp("wc_stripe_coupon_missing", WC, 4,
     "WooCommerce Stripe gateway: coupon not mirrored to Stripe for subscription; coupon code varies",
     df=["SPRINGFLING", "WELCOMEBACK", "FREESHIPPING", "LOYALTYLOVE", "GARDENPARTY"])
def _(r, i, v):
    d = r.dt()
    return (f"{t_iso(d, 0, '+00:00')} ERROR ====Stripe Version: 8.2.0====\n"
            f"====Stripe Plugin API Version: 2024-04-10====\n====Start Log====\n"
            f"Info: Begin processing subscription payment for order {r.n(10000, 99999)} for the amount of {r.n(5, 180)}.{r.n(0, 99):02d}\n"
            f"Error: No such coupon: '{v}'\n====End Log====")

# =============================================================================
# admin-symfony  (Symfony 6 back office, Doctrine on Postgres)
# =============================================================================
SY = "admin-symfony"

def sy_uncaught(r, exc, inner, at, line):
    d = r.dt()
    exc_esc = exc.replace("\\", "\\\\")
    return (f"[{t_rails(d)}+00:00] request.CRITICAL: Uncaught PHP Exception {exc}: \"{inner}\" at {at} line {line} "
            f"{{\"exception\":\"[object] ({exc_esc}(code: 7): {esc_php(inner)} at {at}:{line})\"}} []")
@grp("sy_supplier_code_unique", SY, 3,
     "Creating supplier with existing code: unique violation uniq_supplier_code (SQLSTATE 23505)",
     nm="sy_postgres_integrity")
def _(r, i, v):
    code = f"{r.pick(['NORDTEX', 'ATLASCER', 'MAPLEOAK', 'BRIGHTLN'])}-{r.n(1, 120):03d}"
    inner = ("An exception occurred while executing a query: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key value violates "
             f"unique constraint \"uniq_supplier_code\"\nDETAIL:  Key (code)=({code}) already exists.")
    return sy_uncaught(r, "Doctrine\\DBAL\\Exception\\UniqueConstraintViolationException", inner,
                       "/srv/admin/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php", 47)
@grp("sy_supplier_delete_fk", SY, 2,
     "Deleting supplier still referenced by purchase orders: FK violation (SQLSTATE 23503)",
     nm="sy_postgres_integrity")
def _(r, i, v):
    inner = ("An exception occurred while executing a query: SQLSTATE[23503]: Foreign key violation: 7 ERROR:  update or delete on table "
             "\"supplier\" violates foreign key constraint \"fk_purchase_order_supplier_id\" on table \"purchase_order\"\n"
             f"DETAIL:  Key (id)=({r.n(10, 900)}) is still referenced from table \"purchase_order\".")
    return sy_uncaught(r, "Doctrine\\DBAL\\Exception\\ForeignKeyConstraintViolationException", inner,
                       "/srv/admin/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php", 67)
@grp("sy_vendor_no_default_warehouse", SY, 3,
     "Purchase order form for vendor without default warehouse; vendor slug varies",
     df=["nordic-textiles", "atlas-ceramics", "maple-oak-works", "bright-lane-candles", "saltmarsh-linen"])
def _(r, i, v):
    d = r.dt()
    return (f"[{t_rails(d)}+00:00] request.CRITICAL: Uncaught PHP Exception LogicException: \"Vendor \"{v}\" has no default warehouse configured.\" "
            f"at /srv/admin/src/Purchasing/WarehouseResolver.php line 38 {{\"exception\":\"[object] (LogicException(code: 0): "
            f"Vendor \\\"{v}\\\" has no default warehouse configured. at /srv/admin/src/Purchasing/WarehouseResolver.php:38)\"}} "
            f"{{\"url\":\"/purchasing/orders/new?vendor={r.n(10, 900)}\",\"ip\":\"{r.ip()}\",\"http_method\":\"GET\"}}")

# =============================================================================
# orders-dotnet  (ASP.NET Core 8, EF Core, Serilog compact JSON)
# =============================================================================
DN = "orders-dotnet"
SQLCLIENT = ["Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
             "Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)",
             "Microsoft.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)",
             "Microsoft.Data.SqlClient.SqlDataReader.TryConsumeMetaData()",
             "Microsoft.Data.SqlClient.SqlCommand.EndExecuteReaderInternal(IAsyncResult asyncResult)",
             "Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
             "Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"]
EF_OUTER = ["Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
            "Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
            "Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
            "Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
            "Acme.Orders.Application.Orders.PlaceOrderHandler.Handle(PlaceOrderCommand command, CancellationToken ct) in /src/Acme.Orders.Application/Orders/PlaceOrderHandler.cs:line 87",
            "Acme.Orders.Api.Controllers.OrdersController.Create(CreateOrderRequest request, CancellationToken ct) in /src/Acme.Orders.Api/Controllers/OrdersController.cs:line 44"]

def dn_dbupdate(r, inner, num, state, cls):
    d = r.dt()
    conn = aspnet_conn(r)
    x = ("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
         f" ---> Microsoft.Data.SqlClient.SqlException (0x80131904): {inner}\n{dotnet_stack(SQLCLIENT)}\n"
         f"ClientConnectionId:{r.uuid()}\nError Number:{num},State:{state},Class:{cls}\n"
         f"   --- End of inner exception stack trace ---\n{dotnet_stack(EF_OUTER)}")
    return jd({"@t": clef_ts(r, d), "@mt": "An unhandled exception has occurred while executing the request.", "@l": "Error", "@x": x,
               "EventId": {"Id": 1, "Name": "UnhandledException"},
               "SourceContext": "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
               "RequestId": f"{conn}:{r.n(1, 40):08X}", "RequestPath": "/api/orders", "ConnectionId": conn,
               "MachineName": r.pod("orders-dotnet")})
@grp("dn_dbupdate_pk_orderlines", DN, 3,
     "PlaceOrder SaveChanges: duplicate primary key in dbo.OrderLines (SqlException 2627, double submit)",
     nm="dn_dbupdate_inner")
def _(r, i, v):
    return dn_dbupdate(r, "Violation of PRIMARY KEY constraint 'PK_OrderLines'. Cannot insert duplicate key in object 'dbo.OrderLines'. "
                          f"The duplicate key value is ({r.n(100000, 999999)}, {r.n(1, 6)}).\nThe statement has been terminated.", 2627, 1, 14)
@grp("dn_dbupdate_fk_products", DN, 2,
     "PlaceOrder SaveChanges: FK conflict FK_OrderLines_Products_ProductId (SqlException 547, product deleted)",
     nm="dn_dbupdate_inner")
def _(r, i, v):
    return dn_dbupdate(r, "The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_OrderLines_Products_ProductId\". "
                          "The conflict occurred in database \"Orders\", table \"dbo.Products\", column 'Id'.\nThe statement has been terminated.", 547, 0, 16)
@grp("dn_dbupdate_deadlock", DN, 1,
     "PlaceOrder SaveChanges chosen as deadlock victim (SqlException 1205)",
     nm="dn_dbupdate_inner")
def _(r, i, v):
    return dn_dbupdate(r, f"Transaction (Process ID {r.n(51, 400)}) was deadlocked on lock resources with another process and has been "
                          "chosen as the deadlock victim. Rerun the transaction.", 1205, 51, 13)

def dn_timeout(r, secs, ctx, msg, frames):
    d = r.dt()
    return (serilog_text(d, "ERR", ctx, msg) + "\n"
            f"System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of {secs} seconds elapsing.\n"
            " ---> System.TimeoutException: The operation was canceled.\n"
            " ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.\n"
            " ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.\n"
            " ---> System.Net.Sockets.SocketException (125): Operation canceled\n"
            "   --- End of inner exception stack trace ---\n"
            + dotnet_stack(["System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
                            "System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)"])
            + "\n   --- End of inner exception stack trace ---\n   --- End of inner exception stack trace ---\n"
            + dotnet_stack(["System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)",
                            "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)"]
                           + frames))
@grp("dn_timeout_shipping_rates", DN, 3,
     "HttpClient timeout (10s) calling carrier shipping-rates API from checkout quote (line 54->57 across deploy)",
     nm="dn_httpclient_timeout_client")
def _(r, i, v):
    ln = 54 if i % 2 == 0 else 57
    return dn_timeout(r, 10, "Acme.Orders.Infrastructure.Shipping.ShippingRatesClient",
                      f"Shipping rate request failed for cart {r.uuid()} after {r.n(10001, 10090)}ms",
                      [f"Acme.Orders.Infrastructure.Shipping.ShippingRatesClient.GetRatesAsync(RateRequest request, CancellationToken ct) in /src/Acme.Orders.Infrastructure/Shipping/ShippingRatesClient.cs:line {ln}",
                       "Acme.Orders.Api.Controllers.CheckoutController.Quote(Guid cartId, CancellationToken ct) in /src/Acme.Orders.Api/Controllers/CheckoutController.cs:line 41"])
@grp("dn_timeout_fraud_screen", DN, 3,
     "HttpClient timeout (5s) calling fraud screening service during order create",
     nm="dn_httpclient_timeout_client")
def _(r, i, v):
    return dn_timeout(r, 5, "Acme.Orders.Infrastructure.Fraud.FraudScreenClient",
                      f"Fraud screen request failed for order R{r.n(100000000, 999999999)} after {r.n(5001, 5060)}ms",
                      ["Acme.Orders.Infrastructure.Fraud.FraudScreenClient.ScoreAsync(FraudScreenRequest request, CancellationToken ct) in /src/Acme.Orders.Infrastructure/Fraud/FraudScreenClient.cs:line 73",
                       "Acme.Orders.Api.Controllers.OrdersController.Create(CreateOrderRequest request, CancellationToken ct) in /src/Acme.Orders.Api/Controllers/OrdersController.cs:line 39"])
@grp("dn_address_line_too_long", DN, 5,
     "Carrier address validation rejects long street line; recipient name (Serilog property) varies",
     df=["Zoë Müller", "Siobhán O'Connor", "Jean-Baptiste Lefèvre", "María José Fernández", "Bartholomew Fitzwilliam-Hughes"])
def _(r, i, v):
    d = r.dt()
    return jd({"@t": clef_ts(r, d), "@mt": "Address validation failed for recipient {RecipientName}: street line exceeds {MaxLength} characters (order {OrderNumber})",
               "@l": "Error", "RecipientName": v, "MaxLength": 35, "OrderNumber": f"R{r.n(100000000, 999999999)}",
               "SourceContext": "Acme.Orders.Application.Shipping.AddressValidator", "RequestId": f"{aspnet_conn(r)}:{r.n(1, 40):08X}",
               "RequestPath": "/api/orders", "MachineName": r.pod("orders-dotnet")})

# =============================================================================
# fulfillment-hangfire  (.NET 8 Hangfire workers, Serilog text)
# =============================================================================
HF = "fulfillment-hangfire"

def hf_retry(r, exc_text):
    d = r.dt()
    att = r.n(1, 9)
    delay = r.n(20, 900)
    return (serilog_text(d, "WRN", "Hangfire.AutomaticRetryAttribute",
                         f"Failed to process the job '{r.n(100000, 999999)}': an exception occurred. Retry attempt {att} of 10 will be performed in "
                         f"{delay // 3600:02d}:{delay % 3600 // 60:02d}:{delay % 60:02d}.") + "\n" + exc_text)
@grp("hf_label_s3_access_denied", HF, 3,
     "PrintShipmentLabelJob cannot write label PDF to S3 (AccessDenied, IAM policy)",
     nm="hf_job_failure_cause")
def _(r, i, v):
    return hf_retry(r, "Amazon.S3.AmazonS3Exception: Access Denied\n"
                       " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n"
                    + dotnet_stack(["Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)",
                                    "Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)"])
                    + "\n   --- End of inner exception stack trace ---\n"
                    + dotnet_stack(["Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
                                    "Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)",
                                    "Acme.Fulfillment.Labels.LabelStorage.SaveAsync(Int32 shipmentId, Byte[] pdf) in /src/Acme.Fulfillment/Labels/LabelStorage.cs:line 38",
                                    "Acme.Fulfillment.Jobs.PrintShipmentLabelJob.ExecuteAsync(Int32 shipmentId) in /src/Acme.Fulfillment/Jobs/PrintShipmentLabelJob.cs:line 27"]))
@grp("hf_dpd_connection_reset", HF, 3,
     "BookCarrierJob: DPD API connection reset by peer (IOException/SocketException 104)",
     nm="hf_job_failure_cause")
def _(r, i, v):
    return hf_retry(r, "System.Net.Http.HttpRequestException: An error occurred while sending the request.\n"
                       " ---> System.IO.IOException: Unable to read data from the transport connection: Connection reset by peer.\n"
                       " ---> System.Net.Sockets.SocketException (104): Connection reset by peer\n"
                       "   --- End of inner exception stack trace ---\n"
                    + dotnet_stack(["System.Net.Security.SslStream.EnsureFullTlsFrameAsync[TIOAdapter](CancellationToken cancellationToken, Int32 estimatedSize)",
                                    "System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)"])
                    + "\n   --- End of inner exception stack trace ---\n"
                    + dotnet_stack(["System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
                                    "Acme.Fulfillment.Carriers.Dpd.DpdClient.CreateShipmentAsync(DpdShipmentRequest request) in /src/Acme.Fulfillment/Carriers/Dpd/DpdClient.cs:line 61",
                                    "Acme.Fulfillment.Jobs.BookCarrierJob.ExecuteAsync(Int32 shipmentId) in /src/Acme.Fulfillment/Jobs/BookCarrierJob.cs:line 34"]))
@grp("hf_unknown_carrier_service", HF, 4,
     "Carrier service code from checkout not mapped in fulfillment; service code varies",
     df=["dpd_next_day", "evri_parcelshop", "royal_mail_tracked", "ups_sure_post", "dhl_parcel_connect"])
def _(r, i, v):
    d = r.dt()
    return serilog_text(d, "ERR", "Acme.Fulfillment.Carriers.CarrierServiceMapper",
                        f"Unknown carrier service code \"{v}\" for shipment SHP-{r.n(100000, 999999)}; moved to manual booking queue")

# =============================================================================
# inventory-phoenix  (Elixir / Phoenix / Ecto)
# =============================================================================
EX = "inventory-phoenix"

def phx_request(r, method, path, inner):
    d = r.dt()
    rid = r.chars(20, B64U)
    return (f"{t_hms(d)} request_id={rid} [error] {r.epid()} running InventoryWeb.Endpoint (connection {r.epid()}, stream id {r.n(1, 9)}) terminated\n"
            f"Server: inventory.internal:4000 (http)\nRequest: {method} {path}\n** (exit) an exception was raised:\n{inner}")

def ecto_constraint(name, kind, fn):
    return (f"    ** (Ecto.ConstraintError) constraint error when attempting to insert struct:\n\n"
            f"    * \"{name}\" ({kind})\n\n"
            "If you would like to stop this constraint violation from raising an\n"
            "exception and instead add it as an error to your changeset, please\n"
            f"call `{fn}/3` on your changeset with the constraint\n`:name` as an option.\n\n"
            "The changeset has not defined any constraint.\n\n")

ECTO_FR = ["(ecto 3.11.2) lib/ecto/repo/schema.ex:815: anonymous fn/4 in Ecto.Repo.Schema.constraints_to_errors/3",
           "(elixir 1.16.2) lib/enum.ex:1700: Enum.\"-map/2-lists^map/1-1-\"/2",
           "(ecto 3.11.2) lib/ecto/repo/schema.ex:799: Ecto.Repo.Schema.constraints_to_errors/3",
           "(ecto 3.11.2) lib/ecto/repo/schema.ex:780: anonymous fn/15 in Ecto.Repo.Schema.do_insert/4"]
@grp("ex_stock_movement_fk", EX, 2,
     "Stock movement insert for SKU that does not exist (stock_movements_sku_id_fkey)",
     nm="ex_ecto_constraint")
def _(r, i, v):
    return phx_request(r, "POST", "/api/stock_movements", ecto_constraint("stock_movements_sku_id_fkey", "foreign_key_constraint", "foreign_key_constraint")
                       + ex_stack(["    " + x for x in ECTO_FR + ["(inventory 0.9.3) lib/inventory/stock.ex:88: Inventory.Stock.record_movement/2",
                                                                  "(inventory 0.9.3) lib/inventory_web/controllers/stock_movement_controller.ex:14: InventoryWeb.StockMovementController.create/2"]]))
@grp("ex_reservation_unique", EX, 3,
     "Duplicate reservation for the same order (reservations_order_id_index unique)",
     nm="ex_ecto_constraint")
def _(r, i, v):
    return phx_request(r, "POST", "/api/reservations", ecto_constraint("reservations_order_id_index", "unique_constraint", "unique_constraint")
                       + ex_stack(["    " + x for x in ECTO_FR + ["(inventory 0.9.3) lib/inventory/reservations.ex:41: Inventory.Reservations.reserve/2",
                                                                  "(inventory 0.9.3) lib/inventory_web/controllers/reservation_controller.ex:11: InventoryWeb.ReservationController.create/2"]]))
@grp("ex_supplier_poller_matcherror", EX, 3,
     "SupplierPoller GenServer crashes: MatchError on {:error, :timeout} from supplier HTTP call",
     nm="ex_error_timeout_exception_type")
def _(r, i, v):
    d = r.dt()
    return (f"{t_hms(d)} [error] GenServer Inventory.Sync.SupplierPoller terminating\n"
            "** (MatchError) no match of right hand side value: {:error, :timeout}\n"
            + ex_stack(["(inventory 0.9.3) lib/inventory/sync/supplier_poller.ex:57: Inventory.Sync.SupplierPoller.handle_info/2",
                        "(stdlib 5.2.1) gen_server.erl:1095: :gen_server.try_handle_info/3",
                        "(stdlib 5.2.1) gen_server.erl:1183: :gen_server.handle_msg/6",
                        "(stdlib 5.2.1) proc_lib.erl:241: :proc_lib.init_p_do_apply/3"])
            + f"\nLast message: :poll\nState: %Inventory.Sync.SupplierPoller{{supplier_id: {r.n(1, 60)}, cursor: \"{t_iso(r.dt(), 0)}\", interval: 60000}}")
@grp("ex_wms_push_caseclause", EX, 2,
     "WMS adjustment push: CaseClauseError on {:error, :timeout} (unhandled branch in WmsClient)",
     nm="ex_error_timeout_exception_type")
def _(r, i, v):
    d = r.dt()
    return (f"{t_hms(d)} [error] Task {r.epid()} started from Inventory.Warehouse.SyncSupervisor terminating\n"
            "** (CaseClauseError) no case clause matching: {:error, :timeout}\n"
            + ex_stack(["(inventory 0.9.3) lib/inventory/warehouse/wms_client.ex:102: Inventory.Warehouse.WmsClient.push_adjustment/1",
                        "(inventory 0.9.3) lib/inventory/warehouse/sync_worker.ex:23: Inventory.Warehouse.SyncWorker.run/1",
                        "(elixir 1.16.2) lib/task/supervised.ex:101: Task.Supervised.invoke_mfa/2",
                        "(stdlib 5.2.1) proc_lib.erl:241: :proc_lib.init_p_do_apply/3"])
            + f"\nFunction: &Inventory.Warehouse.SyncWorker.run/1\n    Args: [%{{adjustment_id: {r.n(10000, 99999)}, warehouse: \"main\"}}]")
@grp("ex_unknown_location", EX, 4,
     "Stock transfer references warehouse location missing from config; location slug varies",
     df=["leeds-north", "bristol-cross-dock", "glasgow-returns", "dublin-overflow", "manchester-popup"])
def _(r, i, v):
    return phx_request(r, "POST", f"/api/transfers/{r.n(1000, 99999)}/dispatch",
                       f"    ** (Inventory.UnknownLocationError) unknown warehouse location \"{v}\"\n"
                       + ex_stack(["    (inventory 0.9.3) lib/inventory/locations.ex:22: Inventory.Locations.fetch!/1",
                                   "    (inventory 0.9.3) lib/inventory/transfers.ex:64: Inventory.Transfers.dispatch/2",
                                   "    (inventory 0.9.3) lib/inventory_web/controllers/transfer_controller.ex:30: InventoryWeb.TransferController.dispatch/2"]))
@grp("ex_db_pool_queue_timeout", EX, 3,
     "DBConnection pool exhausted: request dropped from queue (ms varies)")
def _(r, i, v):
    d = r.dt()
    return (f"{t_hms(d)} request_id={r.chars(20, B64U)} [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after {r.n(950, 4200)}ms. "
            "This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n"
            "  1. Ensuring your database is available and that you can connect to it\n"
            "  2. Tracking down slow queries and making sure they are running fast enough\n"
            "  3. Increasing the pool_size (although this increases resource consumption)\n"
            "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\n"
            "See DBConnection.start_link/2 for more information\n\n"
            + ex_stack(["(ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
                        "(ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6",
                        "(ecto 3.11.2) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4",
                        "(inventory 0.9.3) lib/inventory/stock.ex:31: Inventory.Stock.available/1"]))

# =============================================================================
# notifications-oban  (Elixir / Oban)
# =============================================================================
OB = "notifications-oban"

@grp("ob_back_in_stock_locale_template", OB, 5,
     "BackInStockAlert worker: no email template for customer locale; locale varies",
     df=["pt-BR", "fr-CA", "es-MX", "nl-BE", "de-AT"])
def _(r, i, v):
    d = r.dt()
    att = r.n(1, 20)
    return jd({"args": {"customer_id": r.n(10000, 999999), "variant_id": r.n(1000, 99999)}, "attempt": att, "duration": r.n(900, 40000),
               "error": f"** (Notify.TemplateError) no template \"back_in_stock\" for locale \"{v}\"", "event": "job:exception",
               "id": r.n(1000000, 9999999), "max_attempts": 20, "meta": {}, "queue": "mailers", "queue_time": r.n(100, 90000),
               "source": "oban", "state": "failure" if att < 20 else "discard", "tags": [], "worker": "Notify.Workers.BackInStockAlert",
               "time": t_iso(d, 6)})

# =============================================================================
# pricing-spring  (Java 17, Spring Boot 3, logback default pattern)
# =============================================================================
SP = "pricing-spring"
SP_MVC = ["org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)",
          "org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:914)",
          "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)",
          "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)"]
DISPATCH = "o.a.c.c.C.[.[.[/].[dispatcherServlet]"

def sp_servlet(r, outer, root_head, frames):
    d = r.dt()
    return (spring_line(d, "ERROR", f"http-nio-8080-exec-{r.n(1, 200)}", DISPATCH,
                        f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: {outer}] with root cause",
                        app="pricing") + "\n\n" + root_head + "\n" + jstack(frames))

def sp_rest(r, cause, root, frames):
    url = f"http://tax-svc.pricing.svc:8080/v1/rates?postcode={r.pick(['SW1A', 'M1', 'LS2', 'BS1', 'EH1'])}{r.n(1, 9)}{r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}&basket={r.n(1000, 99999)}"
    return sp_servlet(r, f"org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"{url}\": {cause}", root,
                      frames + ["org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:872)",
                                "org.springframework.web.client.RestTemplate.getForObject(RestTemplate.java:401)",
                                "com.acme.pricing.tax.TaxRateClient.ratesFor(TaxRateClient.java:48)",
                                "com.acme.pricing.web.QuoteController.quote(QuoteController.java:36)"])
@grp("sp_tax_read_timeout", SP, 3, "Tax service call: ResourceAccessException caused by Read timed out (slow tax-svc)",
     nm="sp_tax_client_root_cause")
def _(r, i, v):
    return sp_rest(r, "Read timed out", "java.net.SocketTimeoutException: Read timed out", [
        "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)",
        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)",
        "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
        "java.base/sun.net.www.http.HttpClient.parseHTTP(HttpClient.java:821)"])
@grp("sp_tax_connection_refused", SP, 2, "Tax service call: ResourceAccessException caused by Connection refused (tax-svc down)",
     nm="sp_tax_client_root_cause")
def _(r, i, v):
    return sp_rest(r, "Connection refused", "java.net.ConnectException: Connection refused", [
        "java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
        "java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
        "java.base/java.net.Socket.connect(Socket.java:633)"])

def sp_result(r, exc, actual):
    m = f"{exc}: Incorrect result size: expected 1, actual {actual}"
    return sp_servlet(r, m, m, ["org.springframework.dao.support.DataAccessUtils.nullableSingleResult(DataAccessUtils.java:97)",
                                "org.springframework.jdbc.core.JdbcTemplate.queryForObject(JdbcTemplate.java:880)",
                                "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.queryForObject(NamedParameterJdbcTemplate.java:246)",
                                "com.acme.pricing.repo.PriceListRepository.findActiveFor(PriceListRepository.java:64)",
                                "com.acme.pricing.service.PriceService.priceFor(PriceService.java:52)",
                                "com.acme.pricing.web.QuoteController.quote(QuoteController.java:31)"] + SP_MVC)
@grp("sp_price_list_missing", SP, 3, "No active price list for channel: queryForObject returns 0 rows",
     nm="sp_result_size")
def _(r, i, v):
    return sp_result(r, "org.springframework.dao.EmptyResultDataAccessException", 0)
@grp("sp_price_list_overlap", SP, 2, "Two overlapping active price lists: queryForObject returns 2 rows",
     nm="sp_result_size")
def _(r, i, v):
    return sp_result(r, "org.springframework.dao.IncorrectResultSizeDataAccessException", 2)

def sp_npe(r, frames):
    d = r.dt()
    return (spring_line(d, "ERROR", f"http-nio-8080-exec-{r.n(1, 200)}", "c.a.p.web.GlobalExceptionHandler",
                        f"Unhandled exception on POST /api/v1/quotes [traceId={r.hex(32)}]", app="pricing")
            + "\n\njava.lang.NullPointerException: null\n" + jstack(frames + [
                "com.acme.pricing.web.QuoteController.quote(QuoteController.java:33)",
                "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)"] + SP_MVC))
@grp("sp_npe_price_rule_engine", SP, 4, "NullPointerException (no message) in PriceRuleEngine.apply",
     nm="sp_npe_frame")
def _(r, i, v):
    return sp_npe(r, ["com.acme.pricing.rules.PriceRuleEngine.apply(PriceRuleEngine.java:88)",
                      "com.acme.pricing.service.PriceService.priceFor(PriceService.java:57)"])
@grp("sp_npe_promotion_resolver", SP, 1, "NullPointerException (no message) in PromotionResolver.resolve",
     nm="sp_npe_frame")
def _(r, i, v):
    return sp_npe(r, ["com.acme.pricing.promo.PromotionResolver.resolve(PromotionResolver.java:142)",
                      "com.acme.pricing.service.PriceService.priceFor(PriceService.java:61)"])
@grp("sp_supplier_price_unparseable", SP, 6, "Supplier price feed contains non-numeric price; token varies",
     df=["N/A", "TBD", "call for price", "POA", "free"])
def _(r, i, v):
    d = r.dt()
    return (spring_line(d, "ERROR", f"scheduling-{r.n(1, 4)}", "c.a.p.feed.SupplierPriceImporter",
                        f"Failed to parse price for sku={r.sku()} row={r.n(2, 9000)} file=supplier-prices-{d:%Y%m%d}.csv", app="pricing")
            + f"\n\njava.lang.NumberFormatException: For input string: \"{v}\"\n" + jstack([
                "java.base/jdk.internal.math.FloatingDecimal.readJavaFormatString(FloatingDecimal.java:2054)",
                "java.base/jdk.internal.math.FloatingDecimal.parseDouble(FloatingDecimal.java:110)",
                "java.base/java.lang.Double.parseDouble(Double.java:792)",
                "com.acme.pricing.feed.SupplierPriceImporter.parseRow(SupplierPriceImporter.java:97)",
                "com.acme.pricing.feed.SupplierPriceImporter.importFile(SupplierPriceImporter.java:61)"]))
@grp("sp_hikari_pool_timeout", SP, 3, "Hikari pool exhausted: CannotGetJdbcConnectionException caused by SQLTransientConnectionException")
def _(r, i, v):
    d = r.dt()
    ms = r.n(30000, 30015)
    h = f"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {ms}ms."
    return (spring_line(d, "ERROR", f"http-nio-8080-exec-{r.n(1, 200)}", "c.a.p.web.GlobalExceptionHandler",
                        f"Unhandled exception on GET /api/v1/prices/{r.n(1000, 99999)}", app="pricing")
            + f"\n\norg.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n"
            + jstack(["org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)",
                      "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:653)",
                      "com.acme.pricing.repo.PriceRepository.findBySku(PriceRepository.java:40)"])
            + f"\nCaused by: {h}\n" + jstack(["com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                                              "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                                              "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)"])
            + f"\n\t... {r.pick([48, 49])} common frames omitted")

# =============================================================================
# search-indexer  (Node 20, @elastic/elasticsearch 8, winston JSON)
# =============================================================================
SI = "search-indexer"
ES_STACK = ["SniffingTransport.request (/app/node_modules/@elastic/transport/lib/Transport.js:492:27)",
            "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            "async Client.SearchApi [as search] (/app/node_modules/@elastic/elasticsearch/lib/api/api/search.js:66:12)",
            "async SearchService.query (/app/dist/search/search.service.js:88:21)",
            "async SearchController.search (/app/dist/search/search.controller.js:41:25)"]

def si_search_err(r, root, q):
    d = r.dt()
    m = f"search_phase_execution_exception\n\tRoot causes:\n\t\t{root}"
    return jd({"level": "error", "message": f"search failed: {m}", "index": "catalog-products", "query": q,
               "stack": node_stack(f"ResponseError: {m}", ES_STACK), "statusCode": 400,
               "requestId": r.uuid(), "timestamp": t_iso(d)})
@grp("si_sort_field_unmapped", SI, 5,
     "Storefront passes ?sort= value straight to ES; unmapped sort field varies",
     nm="si_search_phase_root_cause",
     df=["popularity", "bestseller_rank", "newest", "avg_rating", "discount_pct"])
def _(r, i, v):
    return si_search_err(r, f"query_shard_exception: No mapping found for [{v}] in order to sort on",
                         f"q={r.pick(['linen', 'mug', 'throw', 'candle', 'rug'])}&page={r.n(1, 9)}&sort={v}")
@grp("si_brand_facet_fielddata", SI, 2,
     "Brand facet aggregates on text field 'brand' (fielddata disabled) after mapping change",
     nm="si_search_phase_root_cause")
def _(r, i, v):
    return si_search_err(r, "illegal_argument_exception: Fielddata is disabled on [brand] in [catalog-products]. Text fields are not optimised for "
                            "operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. "
                            "Please use a keyword field instead. Alternatively, set fielddata=true on [brand] in order to load field data by uninverting "
                            "the inverted index. Note that this can use significant memory.",
                         f"q={r.pick(['sofa', 'lamp', 'shirt', 'bowl'])}&facets=brand,colour&page={r.n(1, 5)}")

# =============================================================================
# cart-node  (Express + pino)
# =============================================================================
CN = "cart-node"

def pino(r, level, msg, err=None, req=None, **kw):
    d = r.dt()
    o = {"level": level, "time": epoch_ms(d), "pid": 1, "hostname": r.pod("cart-node")}
    if req:
        o["req"] = req
    o.update(kw)
    if err:
        o["err"] = err
    o["msg"] = msg
    return jd(o)

def cn_typeerror(r, method, url, frames):
    m = "Cannot read properties of undefined (reading 'quantity')"
    return pino(r, 50, m, req={"id": f"req-{r.n(1, 99999)}", "method": method, "url": url},
                err={"type": "TypeError", "message": m, "stack": node_stack(f"TypeError: {m}", frames)})
@grp("cn_update_line_missing", CN, 6,
     "PATCH cart line for a line already removed: CartService.updateLine reads .quantity of undefined (col shifts 142->147 after deploy)",
     nm="cn_typeerror_frame")
def _(r, i, v):
    ln = 142 if i < 3 else 147
    return cn_typeerror(r, "PATCH", f"/cart/{r.uuid()}/lines/{r.n(100000, 999999)}", [
        f"CartService.updateLine (/app/dist/cart/cart.service.js:{ln}:31)",
        "async /app/dist/cart/cart.routes.js:58:20"])
@grp("cn_discount_line_missing", CN, 2,
     "Same TypeError thrown in PromotionEngine.applyLineDiscount (promotion targets line not in cart)",
     nm="cn_typeerror_frame")
def _(r, i, v):
    return cn_typeerror(r, "POST", f"/cart/{r.uuid()}/promotions", [
        "PromotionEngine.applyLineDiscount (/app/dist/promotions/engine.js:77:44)",
        "Array.map (<anonymous>)",
        "PromotionEngine.apply (/app/dist/promotions/engine.js:52:29)",
        "CartService.recalculate (/app/dist/cart/cart.service.js:201:38)",
        "async /app/dist/cart/cart.routes.js:91:7"])
@grp("cn_handle_not_in_catalog_cache", CN, 4,
     "Add-to-cart for product handle missing from catalog cache; handle varies",
     df=["oak-serving-board", "merino-scarf-rust", "enamel-pan-cream", "jute-rug-natural", "beeswax-candle-honey"])
def _(r, i, v):
    return pino(r, 50, "product handle not found in catalog cache", req={"id": f"req-{r.n(1, 99999)}", "method": "POST", "url": "/cart/add"},
                handle=v, cartId=r.uuid(), cacheAgeMs=r.n(100, 600000))

# =============================================================================
# reviews-nest  (NestJS + TypeORM on Postgres)
# =============================================================================
RN = "reviews-nest"

def nest(r, ctx, msg, stack):
    d = r.dt()
    return f"[Nest] 1  - {t_nest(d)}   ERROR [{ctx}] {msg}" + ("\n" + stack if stack else "")

TYPEORM = ["PostgresQueryRunner.query (/usr/src/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)",
           "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
           "async InsertQueryBuilder.execute (/usr/src/app/node_modules/typeorm/query-builder/InsertQueryBuilder.js:106:33)",
           "async SubjectExecutor.executeInsertOperations (/usr/src/app/node_modules/typeorm/persistence/SubjectExecutor.js:260:42)",
           "async ReviewsService.create (/usr/src/app/dist/reviews/reviews.service.js:48:24)"]
@grp("rn_review_duplicate", RN, 3, "Customer submits second review for same product (UQ_reviews_customer_product)",
     nm="rn_queryfailed_cause")
def _(r, i, v):
    m = 'duplicate key value violates unique constraint "UQ_reviews_customer_product"'
    return nest(r, "ExceptionsHandler", m, node_stack(f"QueryFailedError: {m}", TYPEORM))
@grp("rn_review_rating_null", RN, 1, "Review created without rating (not-null violation on reviews.rating)",
     nm="rn_queryfailed_cause")
def _(r, i, v):
    m = 'null value in column "rating" of relation "reviews" violates not-null constraint'
    return nest(r, "ExceptionsHandler", m, node_stack(f"QueryFailedError: {m}", TYPEORM))
@grp("rn_invite_invalid_email", RN, 3, "Review invitation rejected by SendGrid for malformed address; address varies",
     df=["emma.whitfield@example.co", "tom.okafor@examplecom", "lena.schmidt@example..de", "priya.raman@exampel.com", "noah.berg@@example.se"])
def _(r, i, v):
    return nest(r, "InvitationsService", f"Review invitation for order R{r.n(100000000, 999999999)} not sent to {v}: "
                                         "SendGrid responded 400 \"Does not contain a valid address.\"", None)

# =============================================================================
# recs-celery  (Python 3.11, Celery 5, SQLAlchemy 2)
# =============================================================================
CE = "recs-celery"
CELERY_HEAD = [(f"{SITE}/celery/app/trace.py", 477, "trace_task", "R = retval = fun(*args, **kwargs)"),
               (f"{SITE}/celery/app/trace.py", 760, "__protected_call__", "return self.run(*args, **kwargs)")]

def celery_head(r, task, exc_repr):
    d = r.dt()
    return f"[{t_sp(d, 3, ',')}: ERROR/ForkPoolWorker-{r.n(1, 16)}] Task {task}[{r.uuid()}] raised unexpected: {exc_repr}"

def ce_integrity(r, pg_exc, detail_fn):
    c, p = r.n(1000, 999999), r.n(1000, 99999)
    pgmsg = detail_fn(c, p)
    score = r.f(0, 1, 4)
    d = r.dt()
    dt_repr = f"datetime.datetime({d.year}, {d.month}, {d.day}, {d.hour}, {d.minute}, {d.second}, {d.microsecond})"
    full = f"({pg_exc}) {pgmsg}"
    inner = py_tb([(f"{SITE}/sqlalchemy/engine/base.py", 1969, "_exec_single_context", "self.dialect.do_execute("),
                   (f"{SITE}/sqlalchemy/engine/default.py", 922, "do_execute", "cursor.execute(statement, parameters)")],
                  f"{pg_exc}: {pgmsg}")
    outer = py_tb(CELERY_HEAD + [("/app/recs/tasks.py", 88, "persist_recommendations", "session.commit()"),
                                 (f"{SITE}/sqlalchemy/orm/session.py", 1969, "commit", "trans.commit(_to_root=True)"),
                                 (f"{SITE}/sqlalchemy/engine/default.py", 922, "do_execute", "cursor.execute(statement, parameters)")],
                  f"sqlalchemy.exc.IntegrityError: {full}\n"
                  "[SQL: INSERT INTO recommendations (customer_id, product_id, score, generated_at) VALUES (%(customer_id)s, %(product_id)s, %(score)s, %(generated_at)s)]\n"
                  f"[parameters: {{'customer_id': {c}, 'product_id': {p}, 'score': {score}, 'generated_at': {dt_repr}}}]\n"
                  "(Background on this error at: https://sqlalche.me/e/20/gkpj)")
    return (celery_head(r, "recs.tasks.persist_recommendations", f"IntegrityError({full!r})") + "\n" + inner
            + "\n\nThe above exception was the direct cause of the following exception:\n\n" + outer)
@grp("ce_recommendation_unique", CE, 3, "persist_recommendations re-inserts existing (customer, product) pair: UniqueViolation",
     nm="ce_integrity_inner")
def _(r, i, v):
    return ce_integrity(r, "psycopg2.errors.UniqueViolation", lambda c, p: (
        'duplicate key value violates unique constraint "uq_recommendation_customer_product"\n'
        f"DETAIL:  Key (customer_id, product_id)=({c}, {p}) already exists.\n"))
@grp("ce_recommendation_fk_product", CE, 2, "persist_recommendations references deleted product: ForeignKeyViolation",
     nm="ce_integrity_inner")
def _(r, i, v):
    return ce_integrity(r, "psycopg2.errors.ForeignKeyViolation", lambda c, p: (
        'insert or update on table "recommendations" violates foreign key constraint "recommendations_product_id_fkey"\n'
        f'DETAIL:  Key (product_id)=({p}) is not present in table "products".\n'))

def ce_keyerror(r, task, frames):
    return celery_head(r, task, "KeyError('embedding')") + "\n" + py_tb(CELERY_HEAD + frames, "KeyError: 'embedding'")
@grp("ce_keyerror_rebuild_vector", CE, 4, "rebuild_customer_vector: product payload missing 'embedding' (line 41->44 after deploy)",
     nm="ce_keyerror_task")
def _(r, i, v):
    ln = 41 if i % 2 == 0 else 44
    return ce_keyerror(r, "recs.tasks.rebuild_customer_vector", [
        ("/app/recs/tasks.py", 52, "rebuild_customer_vector", "vec = build_vector(history)"),
        ("/app/recs/vectors.py", ln, "build_vector", 'emb = np.asarray(item["embedding"], dtype=np.float32)')])
@grp("ce_keyerror_similar_products", CE, 1, "score_similar_products: same KeyError('embedding') in similarity scorer",
     nm="ce_keyerror_task")
def _(r, i, v):
    return ce_keyerror(r, "recs.tasks.score_similar_products", [
        ("/app/recs/tasks.py", 71, "score_similar_products", "scores = similarity.rank(anchor, candidates)"),
        ("/app/recs/similarity.py", 67, "rank", 'a = anchor["embedding"]')])
@grp("ce_unknown_segment", CE, 4, "Campaign audience build for marketing segment not defined in recs; segment varies",
     df=["lapsed-vip", "new-parents", "gift-buyers", "eco-shoppers", "bargain-hunters"])
def _(r, i, v):
    d = r.dt()
    tb = py_tb([("/app/recs/audiences.py", 29, "build_campaign_audience", "seg = SEGMENTS[name]"),
                ("/app/recs/segments.py", 18, "__getitem__", 'raise ValueError(f"unknown audience segment {name!r}")')],
               f"ValueError: unknown audience segment '{v}'")
    return jd({"event": "campaign audience build failed", "campaign_id": r.n(100, 9999), "segment": v,
               "task": "recs.tasks.build_campaign_audience", "task_id": r.uuid(), "level": "error",
               "timestamp": t_iso(d, 6), "exception": tb})

# =============================================================================
# payments-gateway  (Ruby service, logfmt)  - Stripe / Adyen / PayPal
# =============================================================================
PW = "payments-gateway"

def logfmt(pairs):
    out = []
    for k, v in pairs:
        v = str(v)
        if v == "" or any(c in v for c in ' ="'):
            v = '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        out.append(f"{k}={v}")
    return " ".join(out)

def pw_line(r, msg, *pairs):
    d = r.dt()
    return logfmt([("time", t_iso(d)), ("level", "error"), ("msg", msg)] + list(pairs) + [("request_id", r.uuid())])

def pw_stripe(r, etype):
    return pw_line(r, "webhook handler failed", ("provider", "stripe"), ("event_type", etype), ("event_id", "evt_" + r.aln(24)),
                   ("charge", "ch_" + r.aln(24)), ("error_class", "ActiveRecord::RecordNotFound"), ("error", "Couldn't find Payment"),
                   ("duration_ms", r.f(5, 400, 1)))
@grp("pw_stripe_refunded_handler", PW, 3, "Stripe charge.refunded webhook handler cannot find Payment",
     nm="pw_stripe_event_type")
def _(r, i, v):
    return pw_stripe(r, "charge.refunded")
@grp("pw_stripe_dispute_handler", PW, 2, "Stripe charge.dispute.created webhook handler cannot find Payment",
     nm="pw_stripe_event_type")
def _(r, i, v):
    return pw_stripe(r, "charge.dispute.created")

def pw_adyen(r, op):
    return pw_line(r, "adyen modification failed", ("operation", op), ("merchant_account", "AcmeRetailECOM"),
                   ("psp_reference", r.up(16)), ("order", f"R{r.n(100000000, 999999999)}"), ("amount_minor", r.n(500, 40000)),
                   ("status", 422), ("error_code", 167), ("error_type", "validation"),
                   ("message", "Original pspReference required for this operation"))
@grp("pw_adyen_capture_167", PW, 3, "Adyen capture rejected: errorCode 167 original pspReference required", nm="pw_adyen_operation")
def _(r, i, v):
    return pw_adyen(r, "capture")
@grp("pw_adyen_refund_167", PW, 2, "Adyen refund rejected: errorCode 167 original pspReference required", nm="pw_adyen_operation")
def _(r, i, v):
    return pw_adyen(r, "refund")
@grp("pw_paypal_signature_failure", PW, 4,
     "PayPal webhook signature verification FAILURE (wrong webhook id configured); event type varies but is one bug",
     df=["PAYMENT.CAPTURE.COMPLETED", "PAYMENT.CAPTURE.REFUNDED", "CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.DENIED"])
def _(r, i, v):
    return pw_line(r, "paypal webhook signature verification failed", ("provider", "paypal"), ("event_type", v),
                   ("transmission_id", r.uuid()), ("verification_status", "FAILURE"),
                   ("cert_url", f"https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-{r.hex(8)}"))

# =============================================================================
# shopify-sync  (Python, structlog JSON)
# =============================================================================
SH = "shopify-sync"

def sh_fail(r, status):
    d = r.dt()
    return jd({"event": "shopify request failed", "status": status, "method": "POST", "path": "/admin/api/2024-04/graphql.json",
               "operation": "inventorySetOnHandQuantities", "shop": "acme-retail.myshopify.com", "attempt": r.n(1, 5),
               "x_request_id": r.uuid(), "elapsed_ms": r.n(40, 3000), "logger": "shopify_sync.client", "level": "error",
               "timestamp": t_iso(d, 6)})
@grp("sh_inventory_throttled_429", SH, 4, "Shopify 429 on inventory sync (our client exceeds rate limit)", nm="sh_http_status")
def _(r, i, v):
    return sh_fail(r, 429)
@grp("sh_inventory_unavailable_503", SH, 1, "Shopify 503 on inventory sync (Shopify-side outage)", nm="sh_http_status")
def _(r, i, v):
    return sh_fail(r, 503)
@grp("sh_revoked_token", SH, 4, "Brand store uninstalled app / rotated token: 401 Invalid API key; shop sub-domain varies",
     df=["willow-and-wren", "northern-knits", "copper-kettle-co", "little-fern-studio", "harbour-home-goods"])
def _(r, i, v):
    d = r.dt()
    return jd({"event": "shopify auth failed", "shop": f"{v}.myshopify.com", "status": 401,
               "errors": "[API] Invalid API key or access token (unrecognized login or wrong password)",
               "job_id": r.uuid(), "logger": "shopify_sync.client", "level": "error", "timestamp": t_iso(d, 6)})

# =============================================================================
# mailer  (Rails ActionMailer via Postmark)
# =============================================================================
@grp("ml_postmark_inactive_recipient", "mailer", 6, "Postmark rejects send to suppressed (inactive) recipient; email varies",
     df=["sophie.turner@example.org", "marcus.bell@example.net", "aoife.kelly@example.ie", "ravi.shah@example.co.uk", "lucia.rossi@example.it"])
def _(r, i, v):
    d = r.dt()
    jid = r.uuid()
    return (f"E, [{t_rails(d)} #{r.n(8, 40)}] ERROR -- : [ActiveJob] [ActionMailer::MailDeliveryJob] [{jid}] Error performing "
            f"ActionMailer::MailDeliveryJob (Job ID: {jid}) from Sidekiq(mailers) in {r.f(80, 900, 2)}ms: Postmark::InactiveRecipientError "
            f"(You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: {v}.\n"
            "Inactive recipients are ones that have generated a hard bounce or a spam complaint.):\n"
            "/usr/local/bundle/gems/postmark-1.25.0/lib/postmark/api_client.rb:28:in `block in deliver'\n"
            "/usr/local/bundle/gems/postmark-1.25.0/lib/postmark/api_client.rb:428:in `with_retries'\n"
            "/usr/local/bundle/gems/postmark-1.25.0/lib/postmark/api_client.rb:27:in `deliver'\n"
            "/usr/local/bundle/gems/postmark-rails-0.22.1/lib/postmark_delivery_method.rb:21:in `deliver!'")

# =============================================================================
# edge-cdn  (Cloudflare Logpush http_requests + Workers trace events)
# =============================================================================
CF = "edge-cdn"
CF_PATHS = ["/checkout/{n}/payment", "/api/cart/{n}", "/products/{n}", "/account/orders/{n}", "/collections/sale?page={n}"]

def cf_http(r, status):
    d = r.dt()
    d2 = r.later(d, 100, 100000)
    return jd({"ClientIP": r.pubip(), "ClientRequestHost": "www.acme.shop", "ClientRequestMethod": r.pick(["GET", "GET", "POST"]),
               "ClientRequestURI": r.pick(CF_PATHS).replace("{n}", str(r.n(1, 99999))), "EdgeEndTimestamp": t_iso(d2, 0),
               "EdgeResponseStatus": status, "EdgeStartTimestamp": t_iso(d, 0), "OriginIP": "198.51.100.20",
               "OriginResponseStatus": 0, "RayID": r.hex(16), "ZoneName": "acme.shop"})
@grp("cf_520_origin_unknown", CF, 3, "Cloudflare 520: origin returned empty/unknown response", nm="cf_edge_5xx")
def _(r, i, v):
    return cf_http(r, 520)
@grp("cf_522_origin_connect_timeout", CF, 3, "Cloudflare 522: TCP connect to origin timed out", nm="cf_edge_5xx")
def _(r, i, v):
    return cf_http(r, 522)
@grp("cf_524_origin_response_timeout", CF, 2, "Cloudflare 524: origin did not respond within 100s", nm="cf_edge_5xx")
def _(r, i, v):
    return cf_http(r, 524)
@grp("cf_worker_popup_store", CF, 4, "storefront-router Worker throws for pop-up store sub-domains without storeId; sub-domain varies",
     df=["lisbon-popup", "spring-preview", "wholesale", "outlet-staging", "gift-guide"])
def _(r, i, v):
    d = r.dt()
    return jd({"Outcome": "exception", "ScriptName": "storefront-router",
               "Exceptions": [{"Name": "TypeError", "Message": "Cannot read properties of undefined (reading 'storeId')", "TimestampMs": epoch_ms(d)}],
               "Logs": [], "Event": {"RayID": r.hex(16), "Request": {"URL": f"https://{v}.acme.shop/{r.pick(['', 'cart', 'collections/new'])}", "Method": "GET"}},
               "EventTimestampMs": epoch_ms(d) - r.n(1, 40), "EventType": "fetch"})

# =============================================================================
# nginx-ingress  (ingress-nginx error log)
# =============================================================================
NG = "nginx-ingress"
NG_REQ = [("GET", "/products/{n}", "storefront-web", 3000), ("POST", "/api/cart/{n}/lines", "cart-node", 8080),
          ("GET", "/collections/sale?page={n}", "storefront-web", 3000), ("POST", "/api/v2/checkouts/{n}/complete", "checkout-api", 3000)]

def ng_err(r, text):
    d = r.dt()
    m, p, _svc, port = r.pick(NG_REQ)
    p = p.replace("{n}", str(r.n(1, 99999)))
    w = r.n(30, 60)
    return (f"{t_nginx(d)} [error] {w}#{w}: *{r.n(100000, 99999999)} {text}, client: {r.podip()}, server: www.acme.shop, "
            f"request: \"{m} {p} HTTP/1.1\", upstream: \"http://{r.podip()}:{port}{p}\", host: \"www.acme.shop\"")
@grp("ng_upstream_read_timeout", NG, 3, "ingress: upstream timed out reading response header", nm="ng_upstream_failure")
def _(r, i, v):
    return ng_err(r, "upstream timed out (110: Operation timed out) while reading response header from upstream")
@grp("ng_upstream_conn_refused", NG, 3, "ingress: connect() refused by upstream pod (pod not listening)", nm="ng_upstream_failure")
def _(r, i, v):
    return ng_err(r, "connect() failed (111: Connection refused) while connecting to upstream")
@grp("ng_upstream_premature_close", NG, 2, "ingress: upstream prematurely closed connection (worker crash / keepalive mismatch)",
     nm="ng_upstream_failure")
def _(r, i, v):
    return ng_err(r, "upstream prematurely closed connection while reading response header from upstream")

# =============================================================================
# haproxy-lb
# =============================================================================
HP = "haproxy-lb"

def hp_log(r, timers, status, size, flags):
    d = r.dt()
    pid = r.n(1000, 3000)
    return syslog_pri(d, "lb-1", "haproxy", pid,
                      f"{r.pubip()}:{r.port()} [{t_haproxy(d)}] fe_https~ be_checkout/checkout-{r.n(1, 4)} {timers} {status} {size} - - {flags} "
                      f"{r.n(200, 900)}/{r.n(150, 800)}/{r.n(5, 60)}/{r.n(1, 20)}/0 0/0 \"POST /api/v2/checkouts/{r.n(100000, 999999)}/complete HTTP/1.1\"")
@grp("hp_checkout_server_timeout", HP, 3, "HAProxy 504 sH--: checkout backend server timeout", nm="hp_termination_state")
def _(r, i, v):
    return hp_log(r, f"0/0/{r.n(0, 3)}/-1/{r.n(30000, 30010)}", 504, 194, "sH--")
@grp("hp_checkout_connect_refused", HP, 3, "HAProxy 503 SC--: connection to checkout server refused", nm="hp_termination_state")
def _(r, i, v):
    return hp_log(r, f"0/0/-1/-1/{r.n(0, 12)}", 503, 217, "SC--")

# =============================================================================
# envoy-mesh  (Istio sidecar JSON access log)
# =============================================================================
EV = "envoy-mesh"

def ev_log(r, flags, host, reason, sent):
    d = r.dt()
    return jd({"authority": "tax-svc.pricing.svc.cluster.local:8080", "bytes_received": 0, "bytes_sent": sent,
               "downstream_remote_address": f"{r.podip()}:{r.port()}", "duration": r.n(0, 3), "method": "GET",
               "path": f"/v1/rates?postcode={r.pick(['SW1A', 'M1', 'LS2', 'BS1'])}{r.n(1, 9)}{r.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}", "protocol": "HTTP/1.1",
               "request_id": r.uuid(), "response_code": 503, "response_flags": flags, "start_time": t_iso(d),
               "upstream_cluster": "outbound|8080||tax-svc.pricing.svc.cluster.local",
               "upstream_host": host if host else f"{r.podip()}:8080", "upstream_transport_failure_reason": reason,
               "user_agent": "Java-http-client/17.0.10"})
@grp("ev_tax_upstream_connect_failure", EV, 3, "Envoy 503 UF: upstream connection failure to tax-svc", nm="ev_response_flags")
def _(r, i, v):
    return ev_log(r, "UF,URX", None, "delayed connect error: 111", 91)
@grp("ev_tax_circuit_breaker_overflow", EV, 2, "Envoy 503 UO: circuit breaker overflow on tax-svc cluster", nm="ev_response_flags")
def _(r, i, v):
    return ev_log(r, "UO", "-", None, 81)

# =============================================================================
# redis-cache / memcached / rabbitmq
# =============================================================================
@grp("rd_replica_sync_refused", "redis-cache", 3, "Redis replica cannot SYNC: master refuses connection")
def _(r, i, v):
    d = r.dt()
    d2 = r.later(d, 1, 5)
    d3 = r.later(d2, 1, 5)
    return (f"1:S {t_redis(d)} * Connecting to MASTER redis-master-0.redis-headless.cache.svc.cluster.local:6379\n"
            f"1:S {t_redis(d2)} * MASTER <-> REPLICA sync started\n"
            f"1:S {t_redis(d3)} # Error condition on socket for SYNC: Connection refused")
@grp("mc_accept_too_many_files", "memcached", 1, "memcached hits fd limit: accept4(): Too many open files")
def _(r, i, v):
    d = r.dt()
    return syslog_pri(d, r.pod("memcached"), "memcached", 1, "accept4(): Too many open files")

def rq_channel(r, user, exchange):
    d = r.dt()
    ch, conn = f"<0.{r.n(1000, 60000)}.{r.n(1, 40)}>", f"<0.{r.n(1000, 60000)}.{r.n(1, 40)}>"
    return (f"{t_sp(d, 6)}+00:00 [error] {ch} Channel error on connection {conn} ({r.podip()}:{r.port()} -> 10.42.0.15:5672, vhost: '/', "
            f"user: '{user}'), channel {r.n(1, 4)}:\n"
            f"{ch} operation basic.publish caused a channel exception not_found: no exchange '{exchange}' in vhost '/'")
@grp("rq_publish_order_events_missing", "rabbitmq", 3, "Publishing to missing exchange order.events", nm="rq_missing_exchange")
def _(r, i, v):
    return rq_channel(r, "orders", "order.events")
@grp("rq_publish_inventory_events_missing", "rabbitmq", 1, "Publishing to missing exchange inventory.events", nm="rq_missing_exchange")
def _(r, i, v):
    return rq_channel(r, "inventory", "inventory.events")

# =============================================================================
# mysql-primary / postgres-orders
# =============================================================================
def my_oserr(r, n):
    d = r.dt()
    return f"{t_iso(d, 6)} {r.pick([0, 0, r.n(5, 9000)])} [ERROR] [MY-012592] [InnoDB] Operating system error number {n} in a file operation."
@grp("my_os_error_28_disk_full", "mysql-primary", 3, "InnoDB OS error 28 (ENOSPC, data volume full)", nm="my_innodb_os_errno")
def _(r, i, v):
    return my_oserr(r, 28)
@grp("my_os_error_24_open_files", "mysql-primary", 1, "InnoDB OS error 24 (EMFILE, open_files_limit too low)", nm="my_innodb_os_errno")
def _(r, i, v):
    return my_oserr(r, 24)

PG = "postgres-orders"

def pg_lines(r, user, kinds, pid=None):
    d = r.dt()
    pid = pid or r.n(1000, 99999)
    pre = f"{t_sp(d)} UTC [{pid}] {user}@orders "
    return "\n".join(pre + f"{k}:  {t}" for k, t in kinds)
@grp("pg_orders_number_unique", PG, 6, "Order number collision: orders_number_key unique violation", nm="pg_unique_constraint")
def _(r, i, v):
    return pg_lines(r, "orders_app", [("ERROR", 'duplicate key value violates unique constraint "orders_number_key"'),
                                      ("DETAIL", f"Key (number)=(R{r.n(100000000, 999999999)}) already exists."),
                                      ("STATEMENT", 'INSERT INTO "orders" ("number","customer_id","state","total_cents","created_at") VALUES ($1,$2,$3,$4,$5) RETURNING "id"')])
@grp("pg_payment_idempotency_unique", PG, 3, "Payment retry reuses idempotency key: payments_idempotency_key_key", nm="pg_unique_constraint")
def _(r, i, v):
    return pg_lines(r, "payments_app", [("ERROR", 'duplicate key value violates unique constraint "payments_idempotency_key_key"'),
                                        ("DETAIL", f"Key (idempotency_key)=(ord_{r.n(100000, 999999)}_capture_{r.hex(12)}) already exists."),
                                        ("STATEMENT", 'INSERT INTO "payments" ("order_id","idempotency_key","amount_cents","state") VALUES ($1,$2,$3,$4) RETURNING "id"')])
@grp("pg_inventory_levels_deadlock", PG, 3, "Deadlock between concurrent reservation updates on inventory_levels")
def _(r, i, v):
    p1, p2 = r.n(1000, 99999), r.n(1000, 99999)
    t1 = r.n(10000000, 99999999)
    q = "UPDATE inventory_levels SET reserved = reserved + $1 WHERE variant_id = $2"
    return pg_lines(r, "orders_app", [
        ("ERROR", "deadlock detected"),
        ("DETAIL", f"Process {p1} waits for ShareLock on transaction {t1}; blocked by process {p2}.\n\tProcess {p2} waits for ShareLock on "
                   f"transaction {t1 - r.n(1, 40)}; blocked by process {p1}.\n\tProcess {p1}: {q}\n\tProcess {p2}: {q}"),
        ("HINT", "See server log for query details."),
        ("CONTEXT", f"while updating tuple ({r.n(0, 9000)},{r.n(1, 60)}) in relation \"inventory_levels\""),
        ("STATEMENT", q)], pid=p1)

# =============================================================================
# k8s-events
# =============================================================================
K8 = "k8s-events"

def k8_event(r, reason, kind, name, msg, count=None):
    d = r.dt()
    return jd({"kind": "Event", "type": "Warning", "reason": reason,
               "involvedObject": {"kind": kind, "namespace": "production", "name": name},
               "message": msg, "count": count if count is not None else r.n(1, 60), "lastTimestamp": t_iso(d, 0),
               "source": {"component": "default-scheduler" if reason == "FailedScheduling" else "kubelet"}})

def k8_exit(r, code):
    d = r.dt()
    return (f"time=\"{t_iso(d, 0)}\" level=error msg=\"container terminated\" namespace=production pod={r.pod('sidekiq-workers')} "
            f"container=sidekiq exitCode={code} restarts={r.n(1, 30)} node=ip-10-0-{r.n(1, 60)}-{r.n(2, 250)}.eu-west-1.compute.internal")
@grp("k8_sidekiq_exit_137", K8, 4, "sidekiq container exit 137 (SIGKILL, memory limit)", nm="k8_container_exit_code")
def _(r, i, v):
    return k8_exit(r, 137)
@grp("k8_sidekiq_exit_139", K8, 1, "sidekiq container exit 139 (SIGSEGV in native extension)", nm="k8_container_exit_code")
def _(r, i, v):
    return k8_exit(r, 139)
@grp("k8_storefront_readiness_503", K8, 3, "storefront-web readiness probe failing with 503 (pods pulled from service)", nm="k8_probe_kind")
def _(r, i, v):
    return k8_event(r, "Unhealthy", "Pod", r.pod("storefront-web"), "Readiness probe failed: HTTP probe failed with statuscode: 503")
@grp("k8_storefront_liveness_503", K8, 2, "storefront-web liveness probe failing with 503 (pods restarted)", nm="k8_probe_kind")
def _(r, i, v):
    return k8_event(r, "Unhealthy", "Pod", r.pod("storefront-web"), "Liveness probe failed: HTTP probe failed with statuscode: 503")
@grp("k8_search_failed_scheduling", K8, 2, "search-indexer pods unschedulable: insufficient memory")
def _(r, i, v):
    tot = r.n(12, 18)
    mem = r.n(2, 6)
    aff = tot - mem - 1
    return k8_event(r, "FailedScheduling", "Pod", r.pod("search-indexer"),
                    f"0/{tot} nodes are available: {mem} Insufficient memory, 1 node(s) had untolerated taint {{node.kubernetes.io/unreachable: }}, "
                    f"{aff} node(s) didn't match Pod's node affinity/selector. preemption: 0/{tot} nodes are available: {mem} No preemption victims "
                    f"found for incoming pod, {tot - mem} Preemption is not helpful for scheduling.")

# =============================================================================
# media-s3 / events-consumer  (Python boto3)
# =============================================================================
S3 = "media-s3"
BOTO = [(f"{SITE}/botocore/client.py", 565, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        (f"{SITE}/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")]

def s3_fail(r, what, bucket, key, ln, fn, code, op):
    d = r.dt()
    tb = py_tb([("/app/media/storage.py", ln, fn, code)] + BOTO,
               f"botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the {op} operation: Access Denied")
    return f"{t_sp(d, 3, ',')} ERROR [media.storage] {what} failed bucket={bucket} key={key}\n{tb}"
@grp("s3_put_product_image_denied", S3, 3, "PutObject AccessDenied on acme-product-images (upload role lost s3:PutObject)", nm="s3_access_denied_op_bucket")
def _(r, i, v):
    return s3_fail(r, "upload", "acme-product-images", f"products/{r.n(1000, 99999)}/{r.hex(12)}.jpg", 52, "put_object_to",
                   "self.client.put_object(Bucket=bucket, Key=key, Body=body, ContentType=content_type)", "PutObject")
@grp("s3_get_product_image_denied", S3, 2, "GetObject AccessDenied on acme-product-images (thumbnailer read policy)", nm="s3_access_denied_op_bucket")
def _(r, i, v):
    return s3_fail(r, "download", "acme-product-images", f"products/{r.n(1000, 99999)}/{r.hex(12)}.jpg", 71, "get_object_from",
                   "resp = self.client.get_object(Bucket=bucket, Key=key)", "GetObject")
@grp("s3_put_invoice_denied", S3, 3, "PutObject AccessDenied on acme-invoices (bucket policy / KMS key)", nm="s3_access_denied_op_bucket")
def _(r, i, v):
    d = r.dt()
    return s3_fail(r, "upload", "acme-invoices", f"invoices/{d:%Y/%m}/INV-{r.n(100000, 999999)}.pdf", 52, "put_object_to",
                   "self.client.put_object(Bucket=bucket, Key=key, Body=body, ContentType=content_type)", "PutObject")
@grp("s3_unsupported_image_type", S3, 5, "Image pipeline rejects uploads in formats it cannot thumbnail; content type varies",
     df=["image/heic", "image/avif", "image/tiff", "image/svg+xml", "image/jxl"])
def _(r, i, v):
    d = r.dt()
    tb = py_tb([("/app/media/pipeline.py", 44, "make_thumbnails", "fmt = detect_format(blob, declared=content_type)"),
                ("/app/media/formats.py", 23, "detect_format", 'raise UnsupportedFormat(f"unsupported content type {declared!r}")')],
               f"media.formats.UnsupportedFormat: unsupported content type '{v}'")
    return f"{t_sp(d, 3, ',')} ERROR [media.pipeline] thumbnail generation failed for products/{r.n(1000, 99999)}/{r.hex(12)}\n{tb}"
@grp("sn_publish_order_shipped_denied", "events-consumer", 2, "SNS Publish to order-shipped topic denied for consumer role")
def _(r, i, v):
    d = r.dt()
    tb = py_tb([("/app/consumer/handlers/shipments.py", 37, "handle", "self.sns.publish(TopicArn=ORDER_SHIPPED_TOPIC, Message=json.dumps(evt))")] + BOTO,
               f"botocore.exceptions.ClientError: An error occurred (AuthorizationError) when calling the Publish operation: User: "
               f"arn:aws:sts::412873650921:assumed-role/events-consumer-prod/botocore-session-{epoch_s(d) - r.n(0, 3600)} is not authorized to perform: "
               "SNS:Publish on resource: arn:aws:sns:eu-west-1:412873650921:order-shipped because no identity-based policy allows the SNS:Publish action")
    return f"{t_sp(d, 3, ',')} ERROR consumer.worker message {r.uuid()} from queue fulfillment-events failed\n{tb}"

# =============================================================================
# build, self-check, write
# =============================================================================
def fail(msg):
    sys.exit("gen.py self-check FAILED: " + msg)

def build():
    r = R(SEED)
    events, groups, seen, labels = [], {}, {}, set()
    for g in G:
        lab = g["label"]
        if lab in labels:
            fail(f"duplicate label {lab}")
        labels.add(lab)
        if not 1 <= g["n"] <= 6:
            fail(f"{lab}: group size {g['n']} outside 1..6")
        vals = None
        if g["df"]:
            vals = r.r.sample(g["df"], min(g["n"], 5))
            if len(set(vals)) < 3 or len(set(vals)) > 5:
                fail(f"{lab}: digit-free group needs 3..5 distinct values, got {vals}")
        for i in range(g["n"]):
            v = vals[i % len(vals)] if vals else None
            msg = g["fn"](r, i, v)
            if not isinstance(msg, str) or not msg.strip():
                fail(f"{lab}: empty message")
            if v is not None:
                if re.search(r"\d", v):
                    fail(f"{lab}: digit-free value {v!r} contains a digit")
                if v not in msg:
                    fail(f"{lab}: value {v!r} missing from message")
            key = (g["service"], msg)
            if key in seen:
                fail(f"{lab}: (service,message) repeats message of {seen[key]}")
            seen[key] = lab
            events.append({"service": g["service"], "message": msg, "group": lab})
        groups[lab] = {"description": g["desc"], "service": g["service"], "count": g["n"],
                       "near_miss_set": g["nm"], "digit_free_variable": bool(g["df"])}
    sets = {}
    for lab, meta in groups.items():
        if meta["near_miss_set"]:
            sets.setdefault(meta["near_miss_set"], []).append(lab)
    for s, labs in sets.items():
        if not 2 <= len(labs) <= 3:
            fail(f"near-miss set {s} has {len(labs)} groups")
        if len({groups[x]['service'] for x in labs}) != 1:
            fail(f"near-miss set {s} spans services")
    order = list(range(len(events)))
    r.r.shuffle(order)
    return [events[k] for k in order], groups, sets

def main():
    events, groups, sets = build()
    with open(os.path.join(OUT, "events.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for e in events:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "groups.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(groups, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    sizes = {}
    for m in groups.values():
        sizes[m["count"]] = sizes.get(m["count"], 0) + 1
    services = sorted({m["service"] for m in groups.values()})
    print(f"events={len(events)} groups={len(groups)} services={len(services)} near_miss_sets={len(sets)} "
          f"near_miss_groups={sum(len(v) for v in sets.values())} "
          f"digit_free_groups={sum(1 for m in groups.values() if m['digit_free_variable'])} "
          f"sizes={dict(sorted(sizes.items()))}")


if __name__ == "__main__":
    main()
