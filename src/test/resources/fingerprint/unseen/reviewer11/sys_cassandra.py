"""Apache Cassandra 3.11/4.0 system.log.  Header cut:
'INFO  [CompactionExecutor:12] 2023-04-02 10:11:12,345 CompactionTask.java:241 - '"""
from common import *

KS = ["system", "system_schema", "system_auth", "system_distributed", "system_traces"] + \
     ["%s_%s" % (a, b) for a in ("shop", "ledger", "telemetry", "iam", "media") for b in ("prod", "stage")]
TABLES = ("users events sessions orders line_items payments invoices carts audit_log "
          "device_readings metrics_rollup profiles tokens roles role_members role_permissions "
          "compaction_history size_estimates peers_v local sstable_activity paxos batches "
          "hints prepared_statements view_builds table_estimates").split()
NODE = Cache(lambda: ip("10.20.%d" % R.randint(1, 3)), 12)
def ep(): return "/%s:7000" % NODE()
def ep3(): return "/%s" % NODE()
def kt(): return pick(KS), pick(TABLES)
def mib(lo, hi): return "%.3fMiB" % R.uniform(lo, hi)
def kib(lo, hi): return "%.3fKiB" % R.uniform(lo, hi)
def sstpath():
    k, t = kt()
    return "/var/lib/cassandra/data/%s/%s-%s/nb-%d-big" % (k, t, hexs(32), R.randint(1, 4000))
def cuuid(): return uid()
def mergecounts():
    return "".join("%d:%d, " % (i, R.randint(1, 5000)) for i in range(1, R.randint(2, 5)))
def token(): return str(R.randint(-9223372036854775807, 9223372036854775807))
def where():
    c = pick(["id", "user_id", "device_id", "session_id", "bucket"])
    if R.random() < 0.5:
        return "%s = %s" % (c, uid())
    return "%s = %s AND ts > %d" % (c, uid(), R.randint(1600000000000, 1700000000000))

def compacted():
    a, b = R.uniform(1, 900), 0
    b = a * R.uniform(0.4, 1.0)
    n = R.randint(100, 90000)
    return (cuuid(), num(2, 32), sstpath() + ",", num(0, 4), "%.3fMiB" % a, "%.3fMiB" % b,
            str(int(b / a * 100)), commas(R.randint(80, 90000)), mib(0.5, 80) + "/s", mib(0.5, 80) + "/s",
            commas(R.randint(100, 90000)), commas(n), commas(int(n * R.uniform(0.6, 1))), mergecounts(),
            commas(R.randint(10, 80000)))

def compacting():
    n = R.randint(2, 6)
    return (cuuid(), "".join("%s-Data.db:level=%d, " % (sstpath(), R.randint(0, 3)) for _ in range(n)))

def gc():
    name = R.choices(["G1 Young Generation", "G1 Old Generation", "ParNew", "ConcurrentMarkSweep"], [70, 3, 20, 7])[0]
    if name.startswith("G1"):
        pools = "G1 Eden Space: %d -> 0; G1 Old Gen: %d -> %d; G1 Survivor Space: %d -> %d; " % (
            R.randint(10**8, 10**9), R.randint(10**8, 4 * 10**9), R.randint(10**8, 4 * 10**9),
            R.randint(10**6, 10**8), R.randint(10**6, 10**8))
    else:
        pools = "CMS Old Gen: %d -> %d; Par Eden Space: %d -> 0; Par Survivor Space: %d -> %d" % (
            R.randint(10**8, 4 * 10**9), R.randint(10**8, 4 * 10**9), R.randint(10**8, 10**9),
            R.randint(10**6, 10**8), R.randint(10**6, 10**8))
    return name, num(200, 2400), pools

STAGES = ("MutationStage ReadStage RequestResponseStage ReadRepairStage CounterMutationStage "
          "MiscStage CompactionExecutor MemtableReclaimMemory PendingRangeCalculator GossipStage "
          "SecondaryIndexManagement HintsDispatcher MigrationStage MemtablePostFlush "
          "ValidationExecutor Sampler MemtableFlushWriter InternalResponseStage AntiEntropyStage "
          "CacheCleanupExecutor Native-Transport-Requests").split()
def poolrow():
    return (pick(STAGES).ljust(34), str(R.randint(0, 32)).ljust(9), str(R.randint(0, 400)).ljust(9),
            str(R.randint(0, 10**8)).ljust(14), str(R.randint(0, 3)).ljust(17), str(R.randint(0, 900)))

def repair_range():
    return "(%s,%s]" % (token(), token())

T = [
 ("Compacted (<*>) <*> sstables to [<*>] to level=<*>.  <*> to <*> (~<*>% of original) in <*>ms.  Read Throughput = <*>, Write Throughput = <*>, Row Throughput = ~<*>/s.  <*> total partitions merged to <*>.  Partition merge counts were {<*>}. Time spent writing keys = <*>ms",
  230, compacted),
 ("Compacting (<*>) [<*>]", 240, compacting),
 ("Enqueuing flush of <*>: <*> (<*>%) on-heap, <*> (<*>%) off-heap", 170,
  lambda: (pick(TABLES), mib(0.001, 120), num(0, 9), kib(0, 900), num(0, 3))),
 ("Writing Memtable-<*>@<*>(<*> serialized bytes, <*> ops, <*>%/<*>% of on/off-heap limit), flushed range = (<*>, <*>]", 150,
  lambda: (pick(TABLES), num(10**8, 2 * 10**9), kib(0.1, 90000), num(1, 800000), num(0, 9), num(0, 2),
           "min(-9223372036854775808)" if R.random() < 0.6 else "null", "max(9223372036854775807)" if R.random() < 0.6 else "null")),
 ("Completed flushing <*> (<*>) for commitlog position CommitLogPosition(segmentId=<*>, position=<*>)", 150,
  lambda: (sstpath() + "-Data.db", mib(0.001, 90), num(1680000000000, 1690000000000), num(0, 33554432))),
 ("<*> GC in <*>ms.  <*>", 110, gc),
 ("<*> <*> <*> <*> <*> <*>", 60, poolrow),
 ("Pool Name                    Active   Pending      Completed   Blocked  All Time Blocked", 4, lambda: ()),
 ("Read <*> live rows and <*> tombstone cells for query SELECT * FROM <*>.<*> WHERE <*> LIMIT <*>; token <*> (see tombstone_warn_threshold)", 60,
  lambda: (num(0, 5000), num(1001, 99000)) + kt() + (where(), pick(["100", "5000", "10000"]), token())),
 ("Scanned over <*> tombstones during query 'SELECT * FROM <*>.<*> WHERE <*> LIMIT <*>' (last scanned row token was <*> and partion key was (<*>)); query aborted", 5,
  lambda: (num(100001, 300000),) + kt() + (where(), "5000", token(), uid())),
 ("<*> operations were slow in the last <*> msecs:", 45, lambda: (num(1, 40), num(5000, 5020))),
 ("Maximum memory usage reached (<*>), cannot allocate chunk of <*>", 40,
  lambda: (pick(["536870912", "1073741824", "268435456"]), pick(["1048576", "65536", "2097152"]))),
 ("Writing large partition <*>/<*>:<*> (<*>) to sstable <*>", 18,
  lambda: kt() + (uid(), mib(100, 900), sstpath() + "-Data.db")),
 ("InetAddress <*> is now DOWN", 30, ep),
 ("InetAddress <*> is now UP", 28, ep),
 ("Node <*> has restarted, now UP", 12, ep),
 ("Node <*> state jump to NORMAL", 10, ep),
 ("Node <*> is now part of the cluster", 3, ep),
 ("Handshaking version with <*>", 25, ep3),
 ("Redistributing index summaries", 22, lambda: ()),
 ("Out of <*> commit log syncs over the past <*>s with average duration of <*>ms, <*> have exceeded the configured commit interval by an average of <*>ms", 35,
  lambda: (num(20, 30), "%.2f" % R.uniform(290, 310), "%.2f" % R.uniform(1, 80), num(1, 12), "%.2f" % R.uniform(1, 300))),
 ("<*> messages were dropped in last <*> ms: <*> internal and <*> cross node. Mean internal dropped latency: <*> ms and Mean cross-node dropped latency: <*> ms", 40,
  lambda: (pick(["MUTATION", "READ", "READ_REPAIR", "HINT", "RANGE_SLICE", "COUNTER_MUTATION", "REQUEST_RESPONSE"]),
           "5000", num(0, 300), num(0, 3000), num(0, 9000), num(0, 9000))),
 ("Saved <*> (<*> items) in <*> ms", 30, lambda: (pick(["KeyCache", "CounterCache", "RowCache"]), num(0, 900000), num(0, 900))),
 ("Harmless error reading saved cache <*>", 2, lambda: "/var/lib/cassandra/saved_caches/KeyCache-f.db"),
 ("Finished hinted handoff of file <*>-<*>-<*>.hints to endpoint <*>: <*>", 25,
  lambda: (uid(), num(1680000000000, 1690000000000), num(1, 3), ep(), uid())),
 ("Deleted hint file <*>-<*>-<*>.hints", 12, lambda: (uid(), num(1680000000000, 1690000000000), num(1, 3))),
 ("Initializing <*>.<*>", 45, kt),
 ("Create new Keyspace: <*>", 4, lambda: pick(KS)),
 ("Create new table: <*>.<*>", 7, kt),
 ("Drop table '<*>/<*>'", 3, kt),
 ("[repair #<*>] new session: will sync <*>, <*> on range [<*>] for <*>.[<*>]", 20,
  lambda: (uid(), ep(), ep(), ", ".join(repair_range() for _ in range(R.randint(1, 3))), pick(KS),
           ", ".join(R.sample(TABLES, R.randint(1, 4))))),
 ("[repair #<*>] Session completed successfully", 16, lambda: uid()),
 ("[repair #<*>] <*> is fully synced", 18, lambda: (uid(), pick(TABLES))),
 ("[repair #<*>] Endpoints <*> and <*> are consistent for <*>", 24, lambda: (uid(), ep(), ep(), pick(TABLES))),
 ("[repair #<*>] Endpoints <*> and <*> have <*> range(s) out of sync for <*>", 14, lambda: (uid(), ep(), ep(), num(1, 60), pick(TABLES))),
 ("[Stream #<*>] Session with <*> is complete", 10, lambda: (uid(), ep())),
 ("[Stream #<*>] All sessions completed", 8, uid),
 ("Unexpected exception during request; channel = [id: 0x<*>, L:/<*>:9042 - R:/<*>:<*>]", 12,
  lambda: (hexs(8), ip("10.20.1"), ip("10.30.%d" % R.randint(0, 9)), port())),
 ("Timeout while read-repairing after receiving all <*> data and digest responses", 3, lambda: num(2, 3)),
 ("Flushing largest CFS(Keyspace='<*>', ColumnFamily='<*>') to free up room. Used total: <*>/<*>, live: <*>/<*>, flushing: <*>/<*>, this: <*>/<*>", 12,
  lambda: kt() + tuple("%.2f" % R.random() for _ in range(8))),
 ("Starting listening for CQL clients on /<*>:<*> (unencrypted)...", 3, lambda: (ip("10.20.1"), "9042")),
 ("Not starting RPC server as requested. Use JMX (StorageService->startRPCServer()) or nodetool (enablethrift) to start it", 2, lambda: ()),
 ("Waiting for gossip to settle...", 3, lambda: ()),
 ("No gossip backlog; proceeding", 3, lambda: ()),
 ("Global memtable on-heap threshold is enabled at <*>MB", 2, lambda: pick(["2008", "1004", "4016"])),
 ("Global memtable off-heap threshold is enabled at <*>MB", 2, lambda: pick(["2008", "1004", "4016"])),
 ("Unable to lock JVM memory (ENOMEM). This can result in part of the JVM being swapped out, especially with mmapped I/O enabled. Increase RLIMIT_MEMLOCK or run Cassandra as root.", 1, lambda: ()),
 ("Created default superuser role 'cassandra'", 1, lambda: ()),
]
