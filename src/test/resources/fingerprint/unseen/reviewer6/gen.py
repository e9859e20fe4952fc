#!/usr/bin/env python3
"""Deterministic generators for 5 synthetic log systems (stdlib only)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

OUT = os.environ["UNSEEN_OUT"]

# ======================= Nginx error log ===============================
def nginx():
    ips = ip_pool(["203.0.113", "198.51.100", "66.249", "10.20", "172.31"], 60, 11)
    servers = ["api.example.com", "shop.example.org", "www.example.com", "static.example.net",
               "admin.example.com", "_", "grafana.internal", "auth.example.com"]
    paths = ["/", "/index.php", "/wp-login.php", "/api/v1/orders", "/api/v2/users/me", "/favicon.ico",
             "/.env", "/static/js/app.chunk.js", "/healthz", "/login", "/cart/checkout",
             "/images/banner.png", "/api/v1/orders/{id}", "/robots.txt", "/admin/config.php",
             "/api/v1/products?page={id}&size=50", "/graphql", "/search?q=shoes", "/uploads/avatar_{id}.jpg"]
    def path(r):
        return r.choice(paths).replace("{id}", str(r.randint(1, 99999)))
    docroots = ["/var/www/html", "/usr/share/nginx/html", "/srv/shop/public"]
    upnames = ["backend_api", "shop_upstream", "auth_cluster", "grafana"]
    g = {
        "cid": rint(1, 9999999), "ip": pick(ips), "server": pick(servers), "path": path,
        "method": pick(["GET"] * 6 + ["POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"]),
        "fpath": lambda r: r.choice(docroots) + path(r).split("?")[0],
        "dir": lambda r: r.choice(docroots) + r.choice(["/", "/assets/", "/uploads/", "/backup/"]),
        "upport": pick(["8080", "8081", "9000", "3000", "5000"]), "upname": pick(upnames),
        "bytes": rint(1048577, 209715200), "excess": rfloat(0.5, 40.0, 3),
        "zone": pick(["api_limit", "login", "perip", "search"]),
        "tmpfile": lambda r: "/var/cache/nginx/proxy_temp/%d/%02d/%010d" % (r.randint(0, 9), r.randint(0, 99), r.randint(1, 99999999)),
        "user": pick(["admin", "deploy", "monitor", "guest", "root", "jsmith", "test", "ops"]),
        "junk": pick(["\\x16\\x03\\x01\\x00\\xF1\\x01\\x00\\x00\\xED\\x03\\x03", "SSTP_DUPLEX_POST", "\\x00", "MGLNDD_%s_443" % "203.0.113.7", "t3 12.2.1", "\\x03\\x00\\x00/*\\xE0\\x00\\x00\\x00\\x00\\x00Cookie:"]),
        "pid": rint(1000, 65000), "fds": pick(["6;7;", "6;7;8;9;", "8;"]),
        "phpvar": pick(["user", "order", "cart_total", "session", "i"]),
        "phpfile": lambda r: "/srv/shop/public/%s.php" % r.choice(["index", "cart", "lib/db", "checkout", "templates/header"]),
        "line": rint(3, 900), "n": pick(["768", "1024", "4096", "512"]),
        "host": lambda r: r.choice(servers[:5] + [r.choice(ips)]),
    }
    C = ', client: @{ip}, server: @{server}, request: "@{method} @{path} HTTP/1.1"'
    U = ', upstream: "http://@{ip2}:@{upport}@{path2}", host: "@{host}"'
    H = ', host: "@{host}"'
    P = [
        '*@{cid} open() "@{fpath}" failed (2: No such file or directory)' + C + H,
        '*@{cid} upstream timed out (110: Connection timed out) while reading response header from upstream' + C + U,
        '*@{cid} connect() failed (111: Connection refused) while connecting to upstream' + C + U,
        '*@{cid} limiting requests, excess: @{excess} by zone "@{zone}"' + C + H,
        '*@{cid} client closed connection while waiting for request, client: @{ip}, server: 0.0.0.0:443',
        '*@{cid} recv() failed (104: Connection reset by peer) while reading response header from upstream' + C + U,
        '*@{cid} access forbidden by rule' + C + H,
        '*@{cid} SSL_do_handshake() failed (SSL: error:141CF06C:SSL routines:tls_parse_ctos_key_share:bad key share) while SSL handshaking, client: @{ip}, server: 0.0.0.0:443',
        '*@{cid} upstream prematurely closed connection while reading response header from upstream' + C + U,
        '*@{cid} an upstream response is buffered to a temporary file @{tmpfile} while reading upstream' + C + U,
        '*@{cid} upstream timed out (110: Connection timed out) while connecting to upstream' + C + U,
        '*@{cid} FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined variable $@{phpvar} in @{phpfile} on line @{line}" while reading response header from upstream' + C + ', upstream: "fastcgi://unix:/run/php/php8.1-fpm.sock:", host: "@{host}"',
        '*@{cid} no live upstreams while connecting to upstream' + C + ', upstream: "http://@{upname}@{path2}", host: "@{host}"',
        '*@{cid} client intended to send too large body: @{bytes} bytes' + C + H,
        '*@{cid} directory index of "@{dir}" is forbidden' + C + H,
        '*@{cid} open() "@{fpath}" failed (13: Permission denied)' + C + H,
        '*@{cid} user "@{user}" was not found in "/etc/nginx/.htpasswd"' + C + H,
        '*@{cid} user "@{user}": password mismatch' + C + H,
        '*@{cid} client sent invalid method while reading client request line, client: @{ip}, server: @{server}, request: "@{junk}"',
        '*@{cid} upstream timed out (110: Connection timed out) while SSL handshaking to upstream' + C + ', upstream: "https://@{ip2}:443@{path2}", host: "@{host}"',
        'start worker process @{pid}',
        'signal process started',
        '*@{cid} writev() failed (32: Broken pipe) while sending request to upstream' + C + U,
        'worker process @{pid} exited with code 0',
        'signal 1 (SIGHUP) received from @{pid}, reconfiguring',
        'reconfiguring',
        'gracefully shutting down',
        '*@{cid} upstream sent too big header while reading response header from upstream' + C + U,
        '*@{cid} "@{dir}index.html" is not found (2: No such file or directory)' + C + H,
        '*@{cid} SSL_read() failed (SSL: error:14191044:SSL routines:tls1_enc:internal error) while waiting for request, client: @{ip}, server: 0.0.0.0:443',
        'worker process @{pid} exited on signal 9',
        '@{n} worker_connections are not enough',
        'exiting',
        'using inherited sockets from "@{fds}"',
        '*@{cid} rewrite or internal redirection cycle while internally redirecting to "/index.html"' + C + H,
        'conflicting server name "@{server}" on 0.0.0.0:80, ignored',
        'could not build optimal server_names_hash, you should increase either server_names_hash_max_size: 512 or server_names_hash_bucket_size: 64; ignoring server_names_hash_bucket_size',
        'exit',
    ]
    return build("NginxError", P, g, 101, OUT)

# ======================= PostgreSQL ====================================
def postgres():
    ips = ip_pool(["10.0", "10.1", "192.168"], 25, 22)
    users = ["postgres", "app_rw", "app_ro", "replicator", "metabase", "airflow", "datadog", "svc_billing"]
    dbs = ["orders", "billing", "postgres", "analytics", "inventory", "keycloak"]
    tables = ["orders", "order_items", "customers", "invoices", "payments", "sessions", "audit_log",
              "product_variants", "events_2024_03", "outbox_messages"]
    cols = ["email", "customer_id", "order_id", "sku", "external_ref", "tenant_id", "created_at", "status"]
    apps = ["psql", "PostgreSQL JDBC Driver", "pgAdmin 4 - DB:orders", "Metabase v0.48.1", "airflow-scheduler", "pg_dump", "", "sqlalchemy"]
    def sql(r):
        t = r.choice(tables)
        c = r.choice(cols)
        return r.choice([
            "SELECT * FROM %s WHERE %s = $1" % (t, c),
            "SELECT id, %s FROM %s WHERE %s IN ($1, $2, $3) ORDER BY id LIMIT 100" % (c, t, c),
            "UPDATE %s SET status = $1, updated_at = now() WHERE id = $2" % t,
            "INSERT INTO %s (%s, payload) VALUES ($1, $2) RETURNING id" % (t, c),
            "COMMIT", "BEGIN", "select count(*) from %s" % t,
            "DELETE FROM %s WHERE created_at < now() - interval '%d days'" % (t, r.randint(7, 90)),
            "SELECT pg_sleep(%d)" % r.randint(1, 5),
            "VACUUM (VERBOSE, ANALYZE) %s" % t,
        ])
    def s(r): return "%.3f" % r.uniform(0, 30)
    g = {
        "ip": pick(ips), "port": rint(32768, 60999), "user": pick(users), "db": pick(dbs),
        "app": pick(apps), "pgtime": lambda r: "%d:%02d:%02d.%03d" % (r.randint(0, 2), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
        "ms": rfloat(0.01, 60000, 3), "sql": sql, "stmt": pick(["<unnamed>", "S_1", "S_2", "S_14", "S_3"]),
        "reason": pick(["time", "wal", "immediate force wait", "shutdown immediate", "force wait"]),
        "n": rint(0, 20000), "pct": rfloat(0, 30, 1), "s": s, "schema": pick(["public", "billing", "audit"]),
        "table": pick(tables), "col": pick(cols),
        "constraint": lambda r: r.choice(tables) + "_" + r.choice(cols) + r.choice(["_key", "_fkey", "_pkey"]),
        "val": lambda r: r.choice([str(r.randint(1, 10**7)), "jane.doe@example.com", "ACME-%d" % r.randint(100, 999), "DE"]),
        "tok": pick(["FROM", "WHERE", ")", "SELEC", "limit", ",", "$1"]),
        "pid": rint(1000, 99999), "xid": rint(1000000, 9999999), "oid": rint(16384, 99999),
        "ts": lambda r: "2024-03-%02d %02d:%02d:%02d UTC" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
        "lsn": lambda r: "%X/%X" % (r.randint(0, 40), r.randint(0, 2**32 - 1)),
        "bytes": rint(8192, 2**31), "badval": pick(["abc", "", "null", "12.5", "undefined", "N/A"]),
        "code": pick(["1", "2", "127"]),
    }
    P = [
        'connection received: host=@{ip} port=@{port}',
        'connection authorized: user=@{user} database=@{db} application_name=@{app}',
        'disconnection: session time: @{pgtime} user=@{user} database=@{db} host=@{ip} port=@{port}',
        'duration: @{ms} ms  execute @{stmt}: @{sql}',
        'duration: @{ms} ms  statement: @{sql}',
        'could not receive data from client: Connection reset by peer',
        'duplicate key value violates unique constraint "@{constraint}"',
        'Key (@{col})=(@{val}) already exists.',
        'automatic vacuum of table "@{db}.@{schema}.@{table}": index scans: @{n}',
        'automatic analyze of table "@{db}.@{schema}.@{table}" system usage: CPU: user: @{s} s, system: @{s2} s, elapsed: @{s3} s',
        'checkpoint starting: @{reason}',
        'checkpoint complete: wrote @{n} buffers (@{pct}%); @{n2} WAL file(s) added, @{n3} removed, @{n4} recycled; write=@{s} s, sync=@{s2} s, total=@{s3} s; sync files=@{n5}, longest=@{s4} s, average=@{s5} s; distance=@{n6} kB, estimate=@{n7} kB',
        'duration: @{ms} ms  parse @{stmt}: @{sql}',
        'password authentication failed for user "@{user}"',
        'connection authorized: user=@{user} database=@{db} application_name=@{app} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)',
        'process @{pid} still waiting for ShareLock on transaction @{xid} after @{ms} ms',
        'canceling statement due to statement timeout',
        'relation "@{table}" does not exist at character @{n}',
        'duration: @{ms} ms  bind @{stmt}: @{sql}',
        'process @{pid} acquired ShareLock on transaction @{xid} after @{ms} ms',
        'unexpected EOF on client connection with an open transaction',
        'column "@{col}" does not exist at character @{n}',
        'temporary file: path "base/pgsql_tmp/pgsql_tmp@{pid}.@{n}", size @{bytes}',
        'syntax error at or near "@{tok}" at character @{n}',
        'insert or update on table "@{table}" violates foreign key constraint "@{constraint}"',
        'Key (@{col})=(@{val}) is not present in table "@{table}".',
        'deadlock detected',
        'Process @{pid} waits for ShareLock on transaction @{xid}; blocked by process @{pid2}.',
        'no pg_hba.conf entry for host "@{ip}", user "@{user}", database "@{db}", no encryption',
        'canceling statement due to user request',
        'invalid input syntax for type integer: "@{badval}"',
        'null value in column "@{col}" of relation "@{table}" violates not-null constraint',
        'canceling autovacuum task',
        'column "@{col}" of relation "@{table}" does not exist',
        'value too long for type character varying(@{n})',
        'syntax error at end of input at character @{n}',
        'terminating connection due to administrator command',
        'Process @{pid} waits for ExclusiveLock on tuple (@{n},@{n2}) of relation @{oid} of database @{oid2}; blocked by process @{pid2}.',
        'archive command failed with exit code @{code}',
        'received fast shutdown request',
        'aborting any active transactions',
        'background worker "logical replication launcher" (PID @{pid}) exited with exit code 1',
        'database system is shut down',
        'database system was shut down at @{ts}',
        'database system is ready to accept connections',
        'started streaming WAL from primary at @{lsn} on timeline @{n}',
        'redo starts at @{lsn}',
        'received smart shutdown request',
        'redo done at @{lsn} system usage: CPU: user: @{s} s, system: @{s2} s, elapsed: @{s3} s',
    ]
    return build("PostgreSQL", P, g, 202, OUT)

# ======================= Cassandra =====================================
def cassandra():
    ips = ip_pool(["10.40", "10.41"], 12, 33)
    kss = ["system", "system_schema", "orders_ks", "telemetry", "user_profiles", "system_auth"]
    tbls = ["events_by_day", "user_sessions", "orders_by_customer", "sensor_readings", "peers_v2", "compaction_history", "roles", "local"]
    def size(r):
        v = r.uniform(0.1, 900)
        return "%.3f%s" % (v, r.choice(["KiB", "MiB", "MiB", "GiB"]))
    def sst(r):
        return "/var/lib/cassandra/data/%s/%s-%s/nb-%d-big-Data.db" % (r.choice(kss), r.choice(tbls), hexs(32)(r), r.randint(1, 9000))
    def tok(r): return str(r.randint(-2**63, 2**63 - 1))
    def cql(r):
        t = r.choice(tbls)
        return r.choice(["SELECT * FROM %s.%s WHERE day = '2024-03-%02d' LIMIT 5000" % (r.choice(kss), t, r.randint(1, 28)),
                         "SELECT value FROM %s.%s WHERE sensor_id = %d AND ts > %d" % (r.choice(kss), t, r.randint(1, 999), r.randint(10**12, 2 * 10**12)),
                         "SELECT * FROM %s.%s WHERE user_id = %s" % (r.choice(kss), t, uuid(r))])
    g = {
        "uuid": uuid, "n": rint(1, 50000), "sst": sst, "size": size, "pct": rint(0, 99), "rate": lambda r: "%.3fMiB/s" % r.uniform(0.1, 200),
        "ks": pick(kss), "table": pick(tbls), "hash": hexs(8), "tok": tok, "seg": rint(1700000000000, 1710000000000),
        "f": rfloat(0, 1, 2), "bytes": rint(100000, 4000000000), "ip": pick(ips), "verb": pick(["MUTATION", "READ", "READ_REPAIR", "HINT", "RANGE_SLICE"]),
        "epoch": rint(1700000000000, 1710000000000), "cql": cql, "pk": lambda r: r.choice([str(r.randint(1, 10**6)), uuid(r), "2024-03-%02d" % r.randint(1, 28), "eu-west"]),
        "tlist": lambda r: ", ".join(r.sample(tbls, r.randint(1, 4))), "step": pick(["2", "3"]),
    }
    P = [
        'Enqueuing flush of @{table}: @{size} (@{pct}%) on-heap, @{size2} (@{pct2}%) off-heap',
        'Writing Memtable-@{table}@@{hash}(@{size} serialized bytes, @{n} ops, @{pct}%/@{pct2}% of on/off-heap limit), flushed range = (min(@{tok}), max(@{tok2})]',
        'Completed flushing @{sst} (@{size}) for commitlog position CommitLogPosition(segmentId=@{seg}, position=@{n})',
        'Compacted (@{uuid}) @{n} sstables to [@{sst},] to level=0.  @{size} to @{size2} (~@{pct}% of original) in @{n2}ms.  Read Throughput = @{rate}, Write Throughput = @{rate2}, Row Throughput = ~@{n3}/s.  @{n4} total partitions merged to @{n5}.',
        'G1 Young Generation GC in @{n}ms.  G1 Eden Space: @{bytes} -> 0; G1 Old Gen: @{bytes2} -> @{bytes3}; G1 Survivor Space: @{bytes4} -> @{bytes5};',
        '[repair #@{uuid}] Received merkle tree for @{table} from /@{ip}',
        '[repair #@{uuid}] Endpoints /@{ip} and /@{ip2} are consistent for @{table}',
        'Handshaking version with /@{ip}',
        '@{verb} messages were dropped in last 5000 ms: @{n} internal and @{n2} cross node. Mean internal dropped latency: @{n3} ms and Mean cross-node dropped latency: @{n4} ms',
        'Read @{n} live rows and @{n2} tombstone cells for query @{cql} (see tombstone_warn_threshold)',
        'Redistributing index summaries',
        'Flushing largest CFS(Keyspace=\'@{ks}\', ColumnFamily=\'@{table}\') to free up room. Used total: @{f}/@{f2}, live: @{f3}/@{f4}, flushing: @{f5}/@{f6}, this: @{f7}/@{f8}',
        '[repair #@{uuid}] Endpoints /@{ip} and /@{ip2} have @{n} range(s) out of sync for @{table}',
        'InetAddress /@{ip} is now DOWN',
        'InetAddress /@{ip} is now UP',
        '[repair #@{uuid}] new session: will sync /@{ip}, /@{ip2} on range [(@{tok},@{tok2}]] for @{ks}.[@{tlist}]',
        'Repair session @{uuid} for range [(@{tok},@{tok2}]] finished',
        'G1 Old Generation GC in @{n}ms.  G1 Eden Space: @{bytes} -> 0; G1 Old Gen: @{bytes2} -> @{bytes3}; G1 Survivor Space: @{bytes4} -> @{bytes5};',
        'Writing large partition @{ks}/@{table}:@{pk} (@{size}) to sstable @{sst}',
        'Finished hinted handoff of file @{uuid}-@{epoch}-1.hints to endpoint /@{ip}: @{uuid2}',
        'Node /@{ip} state jump to NORMAL',
        'Scanned over @{n} tombstones during query \'@{cql}\' (last scanned row token was @{tok} and partion key was (@{pk})); query aborted',
        'Maximum memory usage reached (@{size}), cannot allocate chunk of @{size2}',
        'Finished hinted handoff of file @{uuid}-@{epoch}-1.hints to endpoint /@{ip}: @{uuid2}, partially',
        'Node /@{ip} has restarted, now UP',
        'Initializing @{ks}.@{table}',
        'Starting listening for CQL clients on /@{ip}:9042 (unencrypted)...',
        'Global buffer pool is enabled, when pool is exhausted (max is @{size}) it will allocate on heap',
        'Not starting RPC server as requested. Use JMX (StorageService->startRPCServer()) or nodetool (enablethrift) to start it',
        'Unable to lock JVM memory (ENOMEM). This can result in part of the JVM being swapped out, especially with mmapped I/O enabled. Increase RLIMIT_MEMLOCK or run Cassandra as root.',
        'Created default superuser role \'cassandra\'',
        'Unknown exception caught while attempting to update MaterializedView! @{ks}.@{table}',
    ]
    return build("Cassandra", P, g, 303, OUT)

# ======================= RabbitMQ ======================================
def rabbitmq():
    ips = ip_pool(["10.12", "172.20"], 20, 44)
    nodes = ["rabbit@rmq-a", "rabbit@rmq-b", "rabbit@rmq-c"]
    vhosts = ["/", "orders", "billing", "staging", "iot"]
    users = ["guest", "orders-svc", "billing_worker", "admin", "monitoring", "shovel"]
    queues = ["orders.created", "billing.invoice.retry", "email-outbound", "iot.telemetry", "dead_letter", "payments.q", "amq.gen-JzTY20BRgKO-HjmUJj0wLg"]
    conns = ["orders-service", "billing-worker-7c9f", "celery-beat", "Shovel orders-to-dr", "rabbitmqadmin", "php-amqplib", "spring.rabbit.connection#3"]
    srv = "@{ip2}:5672"
    g = {
        "ip": pick(ips), "port": rint(30000, 65000), "n": rint(100, 99999), "user": pick(users), "vhost": pick(vhosts),
        "conn": pick(conns), "ch": rint(1, 20), "queue": pick(queues), "node": pick(nodes), "term": rint(1, 40),
        "step": pick(["pre_boot", "rabbit_registry", "codec_correctness_check", "rabbit_alarm", "database", "rabbit_core_metrics", "empty_db_check", "rabbit_looking_glass", "networking", "direct_client"]),
        "plugins": rint(3, 12), "bytes": rint(1000000, 49000000), "retries": rint(0, 9), "secs": pick(["60", "30", "10"]),
        "resource": pick(["memory", "disk"]), "reason": pick(["connection_closed", "net_tick_timeout", "disconnect"]),
        "exch": pick(["orders.topic", "events", "amq.direct", "retry.dlx"]), "policy": pick(["ha-all", "ttl-1h", "quorum-default", "max-length"]),
        "pattern": pick(["^orders\\.", ".*", "^iot\\.", "^dead_"]), "def": pick(['{"ha-mode":"all"}', '{"message-ttl":3600000}', '{"max-length":100000,"overflow":"reject-publish"}']),
        "desc": pick(["IoT ingestion", "staging env for QA", "", "billing"]), "tag": rint(1, 5000),
    }
    A = '<0.@{n}.0> (@{ip}:@{port} -> ' + srv
    P = [
        'accepting AMQP connection ' + A + ')',
        'connection ' + A + '): user \'@{user}\' authenticated and granted access to vhost \'@{vhost}\'',
        'closing AMQP connection ' + A + ', vhost: \'@{vhost}\', user: \'@{user}\')',
        'Connection ' + A + ') has a client-provided name: @{conn}',
        'connection ' + A + ' - @{conn}): user \'@{user}\' authenticated and granted access to vhost \'@{vhost}\'',
        'closing AMQP connection ' + A + ' - @{conn}, vhost: \'@{vhost}\', user: \'@{user}\')',
        'Error on AMQP connection ' + A + ', vhost: \'@{vhost}\', user: \'@{user}\', state: running), channel @{ch}: operation basic.ack caused a channel exception precondition_failed: unknown delivery tag @{tag}',
        'PLAIN login refused: user \'@{user}\' - invalid credentials',
        'queue \'@{queue}\' in vhost \'@{vhost}\': leader call - leader not known. Command will be forwarded once leader is known.',
        'Missed heartbeats from client, timeout: @{secs}s',
        'client unexpectedly closed TCP connection',
        'Running boot step @{step} defined by app rabbit',
        'queue \'@{queue}\' in vhost \'@{vhost}\': detected a new leader {\'%2F_@{queue}\',\'@{node}\'} in term @{term}',
        'Channel error on connection ' + A + ', vhost: \'@{vhost}\', user: \'@{user}\'), channel @{ch}: operation basic.publish caused a channel exception not_found: no exchange \'@{exch}\' in vhost \'@{vhost}\'',
        'Error on AMQP connection ' + A + ', vhost: \'@{vhost}\', user: \'@{user}\', state: running), channel @{ch}: operation queue.declare caused a channel exception precondition_failed: inequivalent arg \'x-queue-type\' for queue \'@{queue}\' in vhost \'@{vhost}\': received none but current is the value \'quorum\' of type \'longstr\'',
        'node \'@{node}\' down: @{reason}',
        'node \'@{node}\' up',
        '@{resource} resource limit alarm set on node \'@{node}\'.',
        '@{resource} resource limit alarm cleared on node \'@{node}\'',
        'Free disk space is insufficient. Free bytes: @{bytes}. Limit: 50000000',
        'Error on AMQP connection ' + A + ', vhost: \'@{vhost}\', user: \'@{user}\', state: running), channel @{ch}: operation queue.declare caused a channel exception not_found: no queue \'@{queue}\' in vhost \'@{vhost}\'',
        'Waiting for Mnesia tables for 30000 ms, @{retries} retries left',
        'Successfully synced tables from a peer',
        'Setting policy "@{policy}" for pattern "@{pattern}" to "@{def}" with priority "0" for vhost "@{vhost}" by user "@{user}"',
        'Importing concurrently @{n} exchanges...',
        'Importing concurrently @{n} queues...',
        'Ready to start client connection listeners',
        'started TCP listener on [::]:5672',
        'Server startup complete; @{plugins} plugins started.',
        'Adding vhost \'@{vhost}\' (description: \'@{desc}\', tags: [])',
        'Autoheal request received from \'@{node}\'',
        'Deleting vhost \'@{vhost}\'',
        'Applying definitions from file at \'/etc/rabbitmq/definitions.json\'',
    ]
    return build("RabbitMQ", P, g, 404, OUT)

# ======================= Jenkins controller log ========================
def jenkins():
    ips = ip_pool(["10.30", "192.168"], 15, 55)
    jobs = ["payments-service » main", "payments-service » PR-%d", "frontend/deploy-prod", "nightly-e2e",
            "infra » terraform-plan", "mobile-app » release%2F2.4", "docs-site", "data-pipeline » feature%2Fspark-upgrade"]
    def job(r): return r.choice(jobs).replace("%d", str(r.randint(100, 2400)))
    agents = ["linux-agent-01", "linux-agent-02", "win-build", "mac-mini-arm", "build-agent-x4k2p", "build-agent-7qz9d", "docker-large"]
    tasks = ["Download metadata", "Fingerprint cleanup", "Workspace clean-up", "Periodic background build discarder",
             "telemetry collection", "Connection Activity monitoring to agents", "Out of order build detection", "DockerContainerWatchdog Asynchronous Periodic Work"]
    users = ["alice", "bob.smith", "ci-bot", "admin", "release-manager", "anonymous"]
    g = {
        "job": job, "build": rint(1, 4800), "result": pick(["SUCCESS"] * 6 + ["FAILURE", "FAILURE", "ABORTED", "UNSTABLE", "NOT_BUILT"]),
        "task": pick(tasks), "ms": lambda r: "{:,}".format(r.randint(1, 250000)), "agent": pick(agents), "ip": pick(ips), "port": rint(30000, 65000),
        "n": rint(1, 9999), "user": pick(users), "pod": lambda r: "build-agent-" + "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)),
        "label": pick(["linux", "docker-large", "maven jdk17", "nodejs"]), "org": pick(["acme", "acme-infra", "data-team"]),
        "repo": pick(["payments-service", "frontend", "infra", "mobile-app", "docs"]), "free": rfloat(0.1, 0.99, 2),
        "dur": lambda r: r.choice(["%d min" % r.randint(1, 59), "%d sec" % r.randint(1, 59), "%d min %d sec" % (r.randint(1, 59), r.randint(1, 59))]),
        "plugin": pick(["git", "workflow-job", "kubernetes", "credentials", "github-branch-source", "matrix-auth"]),
        "ver": lambda r: "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 40), r.randint(0, 9)),
        "path": lambda r: "/home/jenkins/agent/workspace/%s" % r.choice(["payments-service_main", "nightly-e2e", "frontend_deploy-prod", "docs-site@2", "infra_terraform-plan@tmp"]),
        "exit": pick(["1", "2", "137", "143"]),
    }
    P = [
        'Started @{task}',
        'Finished @{task}. @{ms} ms',
        '@{job} #@{build} completed: @{result}',
        'Accepted JNLP4-connect connection #@{n} from /@{ip}:@{port}',
        'Created Pod: kubernetes jenkins/@{pod}',
        'Terminating Kubernetes instance for agent @{pod}',
        'Excess workload after pending Kubernetes agents: @{n}',
        'Received PushEvent for https://github.com/@{org}/@{repo} from @{ip} ⇒ https://jenkins.example.com/github-webhook/',
        'Poked @{job}',
        'Agent @{pod} is provisioned from template @{label}',
        'Login attempt failed for user @{user} from @{ip}',
        'Deleting @{job} #@{build}',
        'GitHub API Usage: Current quota for Github API usage has @{n} remaining (@{n2} over budget). Next quota of 5000 in @{dur}. Sleeping for @{dur2}.',
        'Ping failed. Terminating the channel @{agent}.',
        'Computer.threadPoolForRemoting [#@{n}] for @{agent} terminated: java.nio.channels.ClosedChannelException',
        'Deleting @{path} on @{agent}',
        'Making @{agent} offline temporarily due to the lack of disk space',
        'Disk space is below threshold of 1.00 GiB. Only @{free} GiB out of @{free2} GiB left on @{path}.',
        '@{job} #@{build} aborted by @{user}',
        'Error while serving http://jenkins.example.com/job/@{repo}/job/main/@{build}/console',
        'Process leaked file descriptors. See https://www.jenkins.io/redirect/troubleshooting/process-leaked-file-descriptors for more information',
        'Started initialization',
        'Listed all plugins',
        'Prepared all plugins',
        'Augmented all extensions',
        'System config loaded',
        'Loaded all jobs',
        'Completed initialization',
        'Jenkins is fully up and running',
        'Failed to load plugin @{plugin} v@{ver}, see above for details',
        'script returned exit code @{exit} in @{job} #@{build}',
        'Jenkins stopped',
        'Restart in 10 seconds',
    ]
    return build("Jenkins", P, g, 505, OUT)

if __name__ == "__main__":
    for f in (nginx, postgres, cassandra, rabbitmq, jenkins):
        n = f()
        print(f.__name__, n, "templates")
