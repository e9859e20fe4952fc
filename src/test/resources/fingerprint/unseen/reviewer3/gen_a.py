from common import *

C = lambda *xs: (lambda r: r.choice(xs))
N = lambda a, b: (lambda r: str(r.randint(a, b)))
F = lambda a, b, nd=3: (lambda r: fl(r, a, b, nd))
IP = lambda r: ip(r)
PORT = port


# ---------------------------------------------------------------- Redis
def redis():
    rep = lambda r: r.choice([ip(r), r.choice(["redis-replica-a.cache.internal", "redis-replica-b.cache.internal", "cache-eu.internal"])])
    node = lambda r: hexs(r, 40)
    T = [
        ("<*> changes in <*> seconds. Saving...", [N(1, 20000), C("60", "300", "900", "3600")]),
        ("Background saving started by pid <*>", [N(1000, 99999)]),
        ("DB saved on disk", []),
        ("Background saving terminated with success", []),
        ("Fork CoW for RDB: current <*> MB, peak <*> MB, average <*> MB", [N(0, 90), N(0, 200), N(0, 90)]),
        ("Accepted <*>:<*>", [IP, PORT]),
        ("Client closed connection", []),
        ("Connection with replica <*>:<*> lost.", [rep, C("6379", "6380")]),
        ("Replica <*>:<*> asks for synchronization", [rep, C("6379", "6380")]),
        ("Full resync requested by replica <*>:<*>", [rep, C("6379", "6380")]),
        ("Partial resynchronization request from <*>:<*> accepted. Sending <*> bytes of backlog starting from offset <*>.", [rep, C("6379", "6380"), N(0, 90000), N(10**6, 10**9)]),
        ("Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '<*>', my replication IDs are '<*>' and '<*>')", [node, node, node]),
        ("Starting BGSAVE for SYNC with target: disk", []),
        ("Starting BGSAVE for SYNC with target: replicas sockets", []),
        ("Synchronization with replica <*>:<*> succeeded", [rep, C("6379", "6380")]),
        ("Connecting to MASTER <*>:<*>", [lambda r: r.choice([ip(r), "redis-primary.cache.internal"]), C("6379")]),
        ("MASTER <-> REPLICA sync started", []),
        ("Non blocking connect for SYNC fired the event.", []),
        ("Master replied to PING, replication can continue...", []),
        ("Error condition on socket for SYNC: Connection refused", []),
        ("Error condition on socket for SYNC: Connection reset by peer", []),
        ("MASTER <-> REPLICA sync: receiving <*> bytes from master to disk", [N(10**5, 10**9)]),
        ("MASTER <-> REPLICA sync: Flushing old data", []),
        ("MASTER <-> REPLICA sync: Loading DB in memory", []),
        ("MASTER <-> REPLICA sync: Finished with success", []),
        ("Server initialized", []),
        ("Ready to accept connections tcp", []),
        ("Redis version=<*>, bits=<*>, commit=<*>, modified=<*>, pid=<*>, just started", [C("7.0.15", "7.2.4"), C("64"), C("00000000"), C("0"), N(1, 99999)]),
        ("Configuration loaded", []),
        ("Received SIGTERM scheduling shutdown...", []),
        ("Received SIGINT scheduling shutdown...", []),
        ("User requested shutdown...", []),
        ("Saving the final RDB snapshot before exiting.", []),
        ("Redis is now ready to exit, bye bye...", []),
        ("Loading RDB produced by version <*>", [C("7.0.15", "7.2.4", "6.2.14")]),
        ("RDB age <*> seconds", [N(0, 5000)]),
        ("Done loading RDB, keys loaded: <*>, keys expired: <*>.", [N(0, 900000), N(0, 500)]),
        ("DB loaded from disk: <*> seconds", [F(0, 30)]),
        ("Module '<*>' loaded from <*>", [C("search", "ReJSON", "bf", "timeseries", "graph"), C("/opt/redis-stack/lib/redisearch.so", "/usr/lib/redis/modules/rejson.so", "/opt/redis-stack/lib/redisbloom.so")]),
        ("Can't save in background: fork: Cannot allocate memory", []),
        ("Failed opening the temp RDB file <*> (in server root dir <*>) for saving: Permission denied", [lambda r: "temp-%d.rdb" % r.randint(1000, 99999), C("/var/lib/redis", "/data")]),
        ("Failed opening the temp RDB file <*> (in server root dir <*>) for saving: No space left on device", [lambda r: "temp-%d.rdb" % r.randint(1000, 99999), C("/var/lib/redis", "/data")]),
        ("Cluster state changed: ok", []),
        ("Cluster state changed: fail", []),
        ("Marking node <*> as failing (quorum reached).", [node]),
        ("Clear FAIL state for node <*>: replica is reachable again.", [node]),
        ("Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from <*>:<*> aborted.", [lambda r: ip(r, False), PORT]),
        ("Client id=<*> addr=<*> laddr=<*> fd=<*> name=<*> age=<*> idle=<*> flags=N db=<*> sub=0 psub=0 multi=-1 qbuf=0 omem=<*> cmd=<*> user=<*> scheduled to be closed ASAP for overcoming of output buffer limits.",
         [N(1, 99999), lambda r: ip(r) + ":" + port(r), lambda r: ip(r) + ":6379", N(8, 900), C("sidekiq", "celery", "analytics", "session-store", "rq-worker"), N(0, 9000), N(0, 60), C("0", "1", "2"), N(10**6, 10**8), C("hgetall", "lrange", "smembers", "scan", "keys", "xread", "zrange"), C("default", "app", "readonly", "reporting")]),
        ("Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis.", []),
        ("Background AOF rewrite started by pid <*>", [N(1000, 99999)]),
        ("Background AOF rewrite terminated with success", []),
        ("Background AOF rewrite finished successfully", []),
        ("Residual parent diff successfully flushed to the rewritten AOF (<*> MB)", [F(0, 30, 2)]),
        ("Background saving error", []),
        ("Background saving terminated by signal <*>", [C("9", "15")]),
        ("WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.", []),
    ]
    return T


# ---------------------------------------------------------------- MongoDB (4.0 text log, header+component+[ctx] removed)
def mongodb():
    mhost = lambda r: r.choice(["mongo-a.db.internal", "mongo-b.db.internal", "mongo-c.db.internal", "mongo-arbiter.db.internal"]) + ":27017"
    ns = lambda r: r.choice(["shop", "billing", "accounts", "catalog"]) + "." + r.choice(["orders", "customers", "invoices", "sessions", "products", "audit_log", "carts"])
    db = C("admin", "shop", "billing", "accounts")
    appuser = C("appuser", "reporting", "billing-svc", "etl", "grafana", "backup")
    def meta(r):
        drv = r.choice([("PyMongo", "3.12.0"), ("nodejs", "4.17.1"), ("mongo-java-driver|sync", "4.8.2"), ("mongo-go-driver", "v1.11.4")])
        s = '{ driver: { name: "%s", version: "%s" }, os: { type: "Linux", name: "%s", architecture: "x86_64", version: "%s" }' % (drv[0], drv[1], r.choice(["Linux", "Ubuntu", "Debian"]), r.choice(["5.15.0-91-generic", "6.1.0-13-amd64"]))
        if r.random() < 0.6:
            s += ', platform: "%s"' % r.choice(["CPython 3.10.12.final.0", "Node.js v18.19.0, LE (unified)", "Java/Eclipse Adoptium/17.0.9+9", "go1.21.5"])
        if r.random() < 0.3:
            s += ', application: { name: "%s" }' % r.choice(["checkout-api", "MongoDB Compass", "nightly-export"])
        return s + " }"
    def filt(r):
        k = r.sample(["status", "customerId", "createdAt", "region", "sku", "email"], r.randint(1, 3))
        vals = {"status": lambda: '"%s"' % r.choice(["pending", "paid", "shipped"]), "customerId": lambda: "ObjectId('%s')" % hexs(r, 24),
                "createdAt": lambda: "{ $gte: new Date(%d) }" % r.randint(1.6e12, 1.8e12), "region": lambda: '"%s"' % r.choice(CITIES),
                "sku": lambda: '"SKU-%d"' % r.randint(1000, 9999), "email": lambda: '"%s@example.com"' % r.choice(USERS)}
        return "{ " + ", ".join("%s: %s" % (x, vals[x]()) for x in k) + " }"
    plan = lambda r: r.choice(["COLLSCAN", "IXSCAN { status: 1 }", "IXSCAN { customerId: 1, createdAt: -1 }", "IDHACK"])
    locks = lambda r: "{ Global: { acquireCount: { r: %d } }, Database: { acquireCount: { r: %d } }, Collection: { acquireCount: { r: %d } } }" % (r.randint(1, 90), r.randint(1, 90), r.randint(1, 90))
    T = [
        ("end connection <*> (<*> connections now open)", [lambda r: ip(r) + ":" + port(r), N(1, 400)]),
        ("connection accepted from <*> #<*> (<*> connections now open)", [lambda r: ip(r) + ":" + port(r), N(1, 90000), N(1, 400)]),
        ("received client metadata from <*> conn<*>: <*>", [lambda r: ip(r) + ":" + port(r), N(1, 90000), meta]),
        ("Successfully authenticated as principal <*> on <*> from client <*>", [appuser, db, lambda r: ip(r) + ":" + port(r)]),
        ("command <*> command: find { find: \"<*>\", filter: <*>, lsid: { id: UUID(\"<*>\") }, $db: \"<*>\" } planSummary: <*> keysExamined:<*> docsExamined:<*> cursorExhausted:1 numYields:<*> nreturned:<*> reslen:<*> locks:<*> protocol:op_msg <*>ms",
         [ns, C("orders", "customers", "invoices"), filt, uid, db, plan, N(0, 9000), N(0, 90000), N(0, 900), N(0, 500), N(100, 90000), locks, N(100, 9000)]),
        ("command <*> command: aggregate { aggregate: \"<*>\", pipeline: [ <*> ], cursor: {}, $db: \"<*>\" } planSummary: <*> keysExamined:<*> docsExamined:<*> numYields:<*> nreturned:<*> reslen:<*> locks:<*> protocol:op_msg <*>ms",
         [ns, C("orders", "invoices", "sessions"), lambda r: ", ".join(["{ $match: %s }" % filt(r)] + r.sample(["{ $group: { _id: \"$region\", total: { $sum: \"$amount\" } } }", "{ $sort: { total: -1 } }", "{ $limit: 50 }", "{ $lookup: { from: \"customers\", localField: \"customerId\", foreignField: \"_id\", as: \"customer\" } }"], r.randint(0, 3))), db, plan, N(0, 9000), N(0, 90000), N(0, 900), N(0, 500), N(100, 90000), locks, N(100, 9000)]),
        ("update <*> command: { q: <*>, u: { $set: <*> }, multi: <*>, upsert: false } planSummary: <*> keysExamined:<*> docsExamined:<*> nMatched:<*> nModified:<*> numYields:<*> locks:<*> <*>ms",
         [ns, filt, filt, C("false", "true"), plan, N(0, 900), N(0, 9000), N(0, 900), N(0, 900), N(0, 90), locks, N(100, 5000)]),
        ("Successfully connected to <*>, took <*>ms (<*> connections now open to <*>)", [mhost, N(0, 40), N(1, 9), mhost]),
        ("Connecting to <*>", [mhost]),
        ("Ending connection to host <*> due to bad connection status; <*> connections to that host remain open", [mhost, N(0, 9)]),
        ("Member <*> is now in state <*>", [mhost, C("SECONDARY", "PRIMARY", "RECOVERING", "ARBITER", "DOWN", "STARTUP2", "ROLLBACK")]),
        ("transition to <*> from <*>", [C("PRIMARY", "SECONDARY", "RECOVERING", "ROLLBACK"), C("SECONDARY", "RECOVERING", "STARTUP2", "PRIMARY")]),
        ("Error in heartbeat (requestId: <*>) to <*>, response status: HostUnreachable: Error connecting to <*> (<*>) :: caused by :: Connection refused", [N(1000, 999999), mhost, mhost, lambda r: ip(r) + ":27017"]),
        ("Error in heartbeat (requestId: <*>) to <*>, response status: NetworkInterfaceExceededTimeLimit: Couldn't get a connection within the time limit", [N(1000, 999999), mhost]),
        ("SCRAM-SHA-<*> authentication failed for <*> on <*> from client <*> ; UserNotFound: Could not find user \"<*>\" for db \"<*>\"", [C("1", "256"), appuser, db, lambda r: ip(r) + ":" + port(r), appuser, db]),
        ("SCRAM-SHA-<*> authentication failed for <*> on <*> from client <*> ; AuthenticationFailed: SCRAM authentication failed, storedKey mismatch", [C("1", "256"), appuser, db, lambda r: ip(r) + ":" + port(r)]),
        ("Starting an election, since we've seen no PRIMARY in the past <*>ms", [C("10000")]),
        ("conducting a dry run election to see if we could be elected. current term: <*>", [N(10, 99)]),
        ("dry election run succeeded, running for election in term <*>", [N(10, 99)]),
        ("election succeeded, assuming primary role in term <*>", [N(10, 99)]),
        ("sync source candidate: <*>", [mhost]),
        ("waiting for connections on port <*>", [C("27017")]),
        ("MongoDB starting : pid=<*> port=<*> dbpath=<*> 64-bit host=<*>", [N(100, 99999), C("27017"), C("/var/lib/mongodb", "/data/db"), C("mongo-a", "mongo-b", "mongo-c")]),
        ("db version <*>", [C("v4.0.28", "v4.0.27")]),
        ("Access control is not enabled for the database.", []),
        ("createCollection: <*> with generated UUID: <*>", [ns, uid]),
        ("build index on: <*> properties: { v: 2, key: <*>, name: \"<*>\", ns: \"<*>\", background: true }", [ns, C("{ status: 1 }", "{ customerId: 1, createdAt: -1 }", "{ email: 1 }"), C("status_1", "customerId_1_createdAt_-1", "email_1"), ns]),
        ("build index done.  scanned <*> total records. <*> secs", [N(0, 900000), N(0, 300)]),
        ("Got signal: 15 (Terminated).", []),
        ("Got signal: 2 (Interrupt).", []),
        ("shutdown: going to close listening sockets...", []),
        ("dbexit:  rc: <*>", [C("0", "0", "48")]),
        ("killcursors: found <*> of <*>", [C("0", "1"), C("1", "2")]),
        ("Refreshing chunks for collection <*> based on version <*>", [ns, lambda r: "%d|%d||%s" % (r.randint(1, 90), r.randint(0, 30), hexs(r, 24))]),
        ("WiredTiger message [<*>][<*>], WT_SESSION.checkpoint: Checkpoint has been running for <*> seconds and wrote: <*> pages (<*> MB)", [lambda r: "%d:%d" % (r.randint(1.7e9, 1.8e9), r.randint(0, 999999)), lambda r: "%d:0x7f%s" % (r.randint(100, 9999), hexs(r, 10)), N(20, 600), N(1000, 900000), N(10, 9000)]),
    ]
    return T


# ---------------------------------------------------------------- Kafka broker server.log (timestamp+level removed)
def kafka():
    topic = C("orders", "payments", "user-events", "clickstream", "audit-events", "inventory.updates", "email-outbox", "__consumer_offsets", "search-index")
    part = lambda r: "%s-%d" % (topic(r), r.randint(0, 11))
    ldir = C("/var/lib/kafka/data", "/data/kafka-logs")
    group = C("checkout-service", "fraud-detector", "analytics-etl", "search-indexer", "notification-workers", "connect-s3-sink", "console-consumer-" + "12345")
    bid = N(1, 5)
    member = lambda r: "%s-%s" % (r.choice(["consumer-checkout-service-1", "consumer-analytics-etl-3", "rdkafka", "connector-consumer-s3-sink-0"]), uid(r))
    isr = lambda r: ",".join(str(x) for x in sorted(r.sample(range(1, 6), r.randint(1, 3))))
    parts = lambda r: ", ".join(part(r) for _ in range(r.randint(1, 5)))
    T = [
        ("[GroupMetadataManager brokerId=<*>] Removed <*> expired offsets in <*> milliseconds. (kafka.coordinator.group.GroupMetadataManager)", [bid, N(0, 40), N(0, 9)]),
        ("[Log partition=<*>, dir=<*>] Rolled new log segment at offset <*> in <*> ms. (kafka.log.Log)", [part, ldir, N(10**4, 10**9), N(0, 40)]),
        ("[ProducerStateManager partition=<*>] Wrote producer snapshot at offset <*> with <*> producer ids in <*> ms. (kafka.log.ProducerStateManager)", [part, N(10**4, 10**9), N(0, 40), N(0, 40)]),
        ("[Log partition=<*>, dir=<*>] Found deletable segments with base offsets [<*>] due to retention time <*>ms breach (kafka.log.Log)", [part, ldir, lambda r: ",".join(str(r.randint(10**4, 10**9)) for _ in range(r.randint(1, 3))), C("604800000", "86400000")]),
        ("[Log partition=<*>, dir=<*>] Incrementing log start offset to <*> due to segment deletion (kafka.log.Log)", [part, ldir, N(10**4, 10**9)]),
        ("[Log partition=<*>, dir=<*>] Deleting segment files LogSegment(baseOffset=<*>, size=<*>, lastModifiedTime=<*>, largestTime=<*>) (kafka.log.Log)", [part, ldir, N(10**4, 10**9), N(10**5, 10**9), N(1.7e12, 1.8e12), N(1.7e12, 1.8e12)]),
        ("[GroupCoordinator <*>]: Preparing to rebalance group <*> in state PreparingRebalance with old generation <*> (<*>) (reason: <*>) (kafka.coordinator.group.GroupCoordinator)",
         [bid, group, N(0, 900), lambda r: "__consumer_offsets-%d" % r.randint(0, 49), lambda r: r.choice(["Adding new member %s with group instance id None" % member(r), "removing member %s on heartbeat expiration" % member(r), "Leader %s re-joining group during Stable" % member(r), "Updating metadata for member %s during Stable" % member(r)])]),
        ("[GroupCoordinator <*>]: Stabilized group <*> generation <*> (<*>) with <*> members (kafka.coordinator.group.GroupCoordinator)", [bid, group, N(0, 900), lambda r: "__consumer_offsets-%d" % r.randint(0, 49), N(1, 12)]),
        ("[GroupCoordinator <*>]: Assignment received from leader <*> for group <*> for generation <*>. The group has <*> members, <*> of which are static. (kafka.coordinator.group.GroupCoordinator)", [bid, member, group, N(0, 900), N(1, 12), C("0")]),
        ("[GroupCoordinator <*>]: Member <*> in group <*> has failed, removing it from the group (kafka.coordinator.group.GroupCoordinator)", [bid, member, group]),
        ("[GroupCoordinator <*>]: Group <*> with generation <*> is now empty (<*>) (kafka.coordinator.group.GroupCoordinator)", [bid, group, N(0, 900), lambda r: "__consumer_offsets-%d" % r.randint(0, 49)]),
        ("[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Error sending fetch request (sessionId=<*>, epoch=<*>) to node <*>: java.io.IOException: Connection to <*> was disconnected before the response was read. (org.apache.kafka.clients.FetchSessionHandler)", [bid, bid, N(0, 3), N(10**8, 2 * 10**9), N(1, 99999), bid, bid]),
        ("[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Error sending fetch request (sessionId=<*>, epoch=<*>) to node <*>: org.apache.kafka.common.errors.DisconnectException. (org.apache.kafka.clients.FetchSessionHandler)", [bid, bid, N(0, 3), N(10**8, 2 * 10**9), N(1, 99999), bid]),
        ("[ReplicaFetcherManager on broker <*>] Removed fetcher for partitions Set(<*>) (kafka.server.ReplicaFetcherManager)", [bid, parts]),
        ("[ReplicaFetcherManager on broker <*>] Added fetcher to broker <*> for partitions Map(<*>) (kafka.server.ReplicaFetcherManager)", [bid, bid, lambda r: ", ".join("%s -> InitialFetchState(BrokerEndPoint(id=%d, host=kafka-%d.kafka.svc:9092),%d,%d)" % (part(r), r.randint(1, 5), r.randint(1, 5), r.randint(0, 40), r.randint(0, 10**8)) for _ in range(r.randint(1, 3)))]),
        ("[Partition <*> broker=<*>] Shrinking ISR from <*> to <*>. Leader: (highWatermark: <*>, endOffset: <*>). Out of sync replicas: (brokerId: <*>, endOffset: <*>). (kafka.cluster.Partition)", [part, bid, isr, isr, N(0, 10**8), N(0, 10**8), bid, N(0, 10**8)]),
        ("[Partition <*> broker=<*>] Expanding ISR from <*> to <*> (kafka.cluster.Partition)", [part, bid, isr, isr]),
        ("[Partition <*> broker=<*>] ISR updated to <*> and version updated to [<*>] (kafka.cluster.Partition)", [part, bid, isr, N(1, 900)]),
        ("[Controller id=<*>] Processing automatic preferred replica leader election (kafka.controller.KafkaController)", [bid]),
        ("[SocketServer listenerType=ZK_BROKER, nodeId=<*>] Failed authentication with /<*> (channelId=<*>) (SSL handshake failed) (org.apache.kafka.common.network.Selector)", [bid, IP, lambda r: "%s:9093-%s:%s-%d" % (ip(r), ip(r), port(r), r.randint(0, 999))]),
        ("[SocketServer listenerType=ZK_BROKER, nodeId=<*>] Failed authentication with /<*> (channelId=<*>) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)", [bid, IP, lambda r: "%s:9094-%s:%s-%d" % (ip(r), ip(r), port(r), r.randint(0, 999))]),
        ("Creating topic <*> with configuration <*> and initial partition assignment <*> (kafka.zk.AdminZkClient)", [topic, C("{}", "{retention.ms=86400000}", "{cleanup.policy=compact}"), lambda r: "HashMap(" + ", ".join("%d -> ArrayBuffer(%s)" % (i, isr(r).replace(",", ", ")) for i in range(r.randint(1, 4))) + ")"]),
        ("[KafkaServer id=<*>] started (kafka.server.KafkaServer)", [bid]),
        ("[KafkaServer id=<*>] shutting down (kafka.server.KafkaServer)", [bid]),
        ("[KafkaServer id=<*>] shut down completed (kafka.server.KafkaServer)", [bid]),
        ("[LogLoader partition=<*>, dir=<*>] Loading producer state till offset <*> with message format version <*> (kafka.log.UnifiedLog$)", [part, ldir, N(0, 10**8), C("2")]),
        ("Deleted log for partition <*> in <*>. (kafka.log.LogManager)", [part, lambda r: "%s/%s.%s-delete" % (ldir(r), part(r), hexs(r, 32))]),
        ("[TransactionCoordinator id=<*>] Initialized transactionalId <*> with producerId <*> and producer epoch <*> on partition <*> (kafka.coordinator.transaction.TransactionCoordinator)", [bid, C("payments-tx-producer", "inventory-sync", "connect-cluster-offsets"), N(1000, 99999), N(0, 90), lambda r: "__transaction_state-%d" % r.randint(0, 49)]),
        ("[Broker id=<*>] Leader <*> with topic id Some(<*>) starts at leader epoch <*> from offset <*> with partition epoch <*>, high watermark <*>, ISR [<*>], adding replicas [] and removing replicas [] . Previous leader epoch was <*>. (state.change.logger)", [bid, part, lambda r: hexs(r, 22), N(0, 90), N(0, 10**8), N(0, 90), N(0, 10**8), isr, N(0, 90)]),
        ("[Broker id=<*>] Follower <*> starts at leader epoch <*> from offset <*> with partition epoch <*> and high watermark <*>. Current leader is <*>. Previous leader epoch was <*>. (state.change.logger)", [bid, part, N(0, 90), N(0, 10**8), N(0, 90), N(0, 10**8), bid, N(0, 90)]),
        ("[ZooKeeperClient Kafka server] Waiting until connected. (kafka.zookeeper.ZooKeeperClient)", []),
        ("[ZooKeeperClient Kafka server] Connected. (kafka.zookeeper.ZooKeeperClient)", []),
        ("[Controller id=<*>] Starting replica leader election (PREFERRED) for partitions <*> triggered by AutoTriggered (kafka.controller.KafkaController)", [bid, parts]),
        ("[Admin Manager on Broker <*>]: Error processing create topic request CreatableTopic(name='<*>', numPartitions=<*>, replicationFactor=<*>, assignments=[], configs=[]) (kafka.server.ZkAdminManager)", [bid, topic, N(1, 12), C("3", "4")]),
    ]
    return T


# ---------------------------------------------------------------- auth.log (sudo, su, PAM, logind, polkit, useradd); syslog prefix removed
def authlog():
    user = C(*USERS)
    target = C("root", "root", "root", "postgres", "www-data", "deploy")
    tty = lambda r: "pts/%d" % r.randint(0, 9)
    pwd = lambda r: r.choice(["/home/%s" % r.choice(USERS), "/srv/app", "/etc/nginx", "/var/log", "/opt/backup", "/root"])
    cmd = lambda r: r.choice(["/usr/bin/systemctl restart nginx", "/usr/bin/apt-get update", "/usr/bin/apt-get install -y htop", "/bin/bash", "/usr/bin/journalctl -u postgresql --since today",
                              "/usr/bin/tail -f /var/log/syslog", "/usr/bin/docker compose pull", "/usr/bin/psql", "/usr/bin/vim /etc/hosts", "/usr/sbin/reboot", "/usr/bin/certbot renew --quiet", "/usr/bin/rsync -a /srv/app/ /opt/backup/app/"])
    uidn = N(1000, 1015)
    sess = N(1, 9999)
    T = [
        ("pam_unix(cron:session): session opened for user <*>(uid=<*>) by (uid=0)", [target, C("0", "0", "33", "113")]),
        ("pam_unix(cron:session): session closed for user <*>", [target]),
        ("<*> : TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>", [user, tty, pwd, target, cmd]),
        ("pam_unix(sudo:session): session opened for user <*>(uid=<*>) by <*>(uid=<*>)", [target, C("0", "33", "113"), user, uidn]),
        ("pam_unix(sudo:session): session closed for user <*>", [target]),
        ("New session <*> of user <*>.", [sess, user]),
        ("Session <*> logged out. Waiting for processes to exit.", [sess]),
        ("Removed session <*>.", [sess]),
        ("<*> : PWD=<*> ; USER=<*> ; COMMAND=<*>", [C("deploy", "ansible", "jenkins"), pwd, target, cmd]),
        ("pam_unix(systemd-user:session): session opened for user <*>(uid=<*>) by (uid=0)", [user, uidn]),
        ("pam_unix(su-l:session): session opened for user <*>(uid=<*>) by <*>(uid=<*>)", [target, C("0", "113"), user, uidn]),
        ("pam_unix(su-l:session): session closed for user <*>", [target]),
        ("(to <*>) <*> on <*>", [target, user, tty]),
        ("FAILED SU (to <*>) <*> on <*>", [target, user, tty]),
        ("pam_unix(sudo:auth): authentication failure; logname=<*> uid=<*> euid=0 tty=/dev/<*> ruser=<*> rhost=  user=<*>", [user, uidn, tty, user, user]),
        ("pam_unix(su:auth): authentication failure; logname=<*> uid=<*> euid=0 tty=/dev/<*> ruser=<*> rhost=  user=<*>", [user, uidn, tty, user, target]),
        ("<*> : <*> incorrect password attempts ; TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>", [user, C("1", "2", "3"), tty, pwd, target, cmd]),
        ("<*> : user NOT in sudoers ; TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>", [user, tty, pwd, target, cmd]),
        ("<*> : command not allowed ; TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>", [user, tty, pwd, target, cmd]),
        ("unable to resolve host <*>: Name or service not known", [C("bastion", "ledger", "web-prod-3", "buildbox")]),
        ("new user: name=<*>, UID=<*>, GID=<*>, home=<*>, shell=<*>, from=<*>", [C("svc-report", "grafana", "nadia", "lucas"), N(1001, 1020), N(1001, 1020), lambda r: "/home/" + r.choice(USERS), C("/bin/bash", "/usr/sbin/nologin", "/bin/zsh"), lambda r: r.choice(["/dev/pts/%d" % r.randint(0, 5), "none"])]),
        ("new group: name=<*>, GID=<*>", [C("svc-report", "grafana", "nadia", "lucas"), N(1001, 1020)]),
        ("add '<*>' to group '<*>'", [user, C("docker", "sudo", "adm", "www-data")]),
        ("add '<*>' to shadow group '<*>'", [user, C("docker", "sudo", "adm", "www-data")]),
        ("pam_unix(passwd:chauthtok): password changed for <*>", [user]),
        ("gkr-pam: unable to locate daemon control file", []),
        ("gkr-pam: stashed password to try later in open session", []),
        ("Operator of unix-session:<*> successfully authenticated as unix-user:<*> to gain TEMPORARY authorization for action <*> for system-bus-name::<*> [<*>] (owned by unix-user:<*>)",
         [sess, user, C("org.freedesktop.systemd1.manage-units", "org.freedesktop.packagekit.package-install", "org.freedesktop.NetworkManager.settings.modify.system"), lambda r: "1.%d" % r.randint(10, 999), lambda r: r.choice(["systemctl restart nginx", "pkcon install vim", "nmcli connection up office-vpn"]), user]),
        ("Registered Authentication Agent for unix-session:<*> (system bus name :<*> [/usr/bin/gnome-shell], object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale <*>)", [sess, lambda r: "1.%d" % r.randint(10, 999), C("en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8")]),
        ("Unregistered Authentication Agent for unix-session:<*> (system bus name :<*>, object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale <*>) (disconnected from bus)", [sess, lambda r: "1.%d" % r.randint(10, 999), C("en_US.UTF-8", "de_DE.UTF-8")]),
        ("Successful su for <*> by <*>", [target, user]),
        ("+ <*> <*>:<*>", [tty, user, target]),
        ("System is rebooting.", []),
        ("Power key pressed short.", []),
        ("Lid closed.", []),
        ("Lid opened.", []),
    ]
    return T
