"""RabbitMQ 3.11/3.12 (Erlang, logger text format).  Header cut:
'2023-05-02 09:14:03.512345+00:00 [info] <0.21731.4> ' (timestamp, [level], Erlang pid of the logging process).
Multi-line messages are kept as their first line joined with the second by a space."""
from common import *

VHOSTS = ["/", "prod", "staging", "orders", "billing", "iot", "analytics", "internal", "legacy", "edge"]
QUEUES = ["%s.%s" % (a, b) for a in APPS for b in ("events", "commands", "retry", "dlq", "work", "notifications")]
EXCH = ["amq.topic", "amq.direct", "events", "commands", "dlx", "%s.exchange" % pick(APPS), "audit.fanout"]
NODES = ["rabbit@%s" % n for n in ("mq-heron", "mq-egret", "mq-plover", "mq-curlew", "mq-dunlin")]
CLIENTS = ["%s-%s" % (a, b) for a in APPS for b in ("api", "consumer", "publisher", "worker")] + \
          ["celery@%s" % pick(BIRDS) for _ in range(10)] + ["shovel", "federation-link-" + pick(APPS)]

def epid(): return "<0.%d.%d>" % (R.randint(500, 60000), R.randint(0, 40))
PEER = Cache(lambda: "%s:%s -> %s:5672" % (ip("10.40.%d" % R.randint(1, 30)), port(), pick(["10.40.0.11", "10.40.0.12", "10.40.0.13"])), 150)
CONN = Cache(lambda: (epid(), PEER(), pick(CLIENTS) if R.random() < 0.6 else None), 150)
def connname(c):
    return c[1] if c[2] is None else "%s - %s" % (c[1], c[2])
def vh(): return pick(VHOSTS)
def ru(): return R.choices([pick(APPS), "svc-" + pick(APPS), "guest", "admin", user()], [40, 20, 5, 5, 30])[0]
def queue(): return pick(QUEUES)

def auth():
    c = CONN()
    return (c[0], connname(c), ru(), vh())
def closing():
    c = CONN()
    return (c[0], connname(c), vh(), ru())
def conn_err():
    c = CONN()
    q = queue()
    v = vh()
    return (c[0], connname(c), v, ru(), num(1, 40), pick([
        "operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-queue-type' for queue '%s' in vhost '%s': received none but current is the value 'quorum' of type 'longstr'" % (q, v),
        "operation basic.publish caused a channel exception not_found: no exchange '%s' in vhost '%s'" % (pick(EXCH), v),
        "operation queue.declare caused a channel exception resource_locked: cannot obtain exclusive access to locked queue '%s' in vhost '%s'. It could be originally declared on another connection or the exclusive property value does not match that of the original declaration." % (q, v),
        "operation basic.ack caused a channel exception precondition_failed: unknown delivery tag %d" % R.randint(1, 99999),
        "operation queue.bind caused a channel exception access_refused: access to exchange '%s' in vhost '%s' refused for user '%s'" % (pick(EXCH), v, ru()),
    ]))

T = [
 ("accepting AMQP connection <*> (<*>)", 330, lambda: (lambda c: (c[0], c[1]))(CONN())),
 ("connection <*> (<*>): user '<*>' authenticated and granted access to vhost '<*>'", 320, auth),
 ("closing AMQP connection <*> (<*>, vhost: '<*>', user: '<*>')", 260, closing),
 ("closing AMQP connection <*> (<*>): client unexpectedly closed TCP connection", 120, lambda: (lambda c: (c[0], connname(c)))(CONN())),
 ("closing AMQP connection <*> (<*>): missed heartbeats from client, timeout: <*>s", 45, lambda: (lambda c: (c[0], connname(c), pick(["60", "30", "580"])))(CONN())),
 ("Connection <*> (<*>) has a client-provided name: <*>", 150, lambda: (lambda c: (c[0], c[1], c[2] or pick(CLIENTS)))(CONN())),
 ("Closing all channels from connection '<*>' because it has been closed", 70, lambda: connname(CONN())),
 ("Error on AMQP connection <*> (<*>, vhost: '<*>', user: '<*>', state: running), channel <*>: <*>", 60, conn_err),
 ("Channel error on connection <*> (<*>, vhost: '<*>', user: '<*>'), channel <*>: <*>", 55, conn_err),
 ("HTTP access denied: user '<*>' - invalid credentials", 30, ru),
 ("HTTP access denied: user '<*>' - Not management user", 12, ru),
 ("AMQP connection <*> (<*>): user '<*>' failed to authenticate, reason: <*>", 0, None),
 ("vm_memory_high_watermark set. Memory used:<*> allowed:<*>", 14, lambda: (num(3300000000, 3500000000), "3297314816")),
 ("vm_memory_high_watermark clear. Memory used:<*> allowed:<*>", 13, lambda: (num(2000000000, 3297314815), "3297314816")),
 ("<*> resource limit alarm set on node '<*>'.", 10, lambda: (pick(["memory", "memory", "disk"]), pick(NODES))),
 ("<*> resource limit alarm cleared on node '<*>'", 9, lambda: (pick(["memory", "memory", "disk"]), pick(NODES))),
 ("Free disk space is insufficient. Free bytes: <*>. Limit: <*>", 6, lambda: (num(10000000, 49999999), "50000000")),
 ("queue '<*>' in vhost '<*>': granting vote for {'<*>',<*>} with last indexterm {<*>,<*>} for term <*> previous term <*>", 25,
  lambda: (lambda q, v, t: (q, v, "%%2F_%s" % q if v == "/" else "%s_%s" % (v, q), "'%s'" % pick(NODES), num(1, 900000), str(t - 1), str(t), str(t - 1)))(queue(), vh(), R.randint(2, 90))),
 ("queue '<*>' in vhost '<*>': detected a new leader {'<*>',<*>} in term <*>", 30,
  lambda: (lambda q, v: (q, v, "%%2F_%s" % q if v == "/" else "%s_%s" % (v, q), "'%s'" % pick(NODES), num(2, 90)))(queue(), vh())),
 ("queue '<*>' in vhost '<*>': leader saw pre_vote_rpc for unknown term <*> abdicating", 5, lambda: (queue(), vh(), num(2, 90))),
 ("Mirrored queue '<*>' in vhost '<*>': Adding mirror on node <*>: <*>", 20, lambda: (queue(), vh(), pick(NODES), epid())),
 ("Mirrored queue '<*>' in vhost '<*>': Synchronising: <*> messages to synchronise", 12, lambda: (queue(), vh(), num(0, 200000))),
 ("Mirrored queue '<*>' in vhost '<*>': Synchronising: all mirrors already synced", 10, lambda: (queue(), vh())),
 ("rabbit on node '<*>' down", 10, lambda: pick(NODES)),
 ("rabbit on node '<*>' up", 9, lambda: pick(NODES)),
 ("node '<*>' down: <*>", 8, lambda: (pick(NODES), pick(["connection_closed", "net_tick_timeout", "disconnect"]))),
 ("node '<*>' up", 7, lambda: pick(NODES)),
 ("Running boot step <*> defined by app rabbit", 45, lambda: pick(["pre_boot", "rabbit_global_counters", "rabbit_osiris_metrics", "rabbit_core_metrics",
       "rabbit_alarm", "code_server_cache", "file_handle_cache", "worker_pool", "database", "database_sync", "feature_flags",
       "codec_correctness_check", "external_infrastructure", "rabbit_registry", "rabbit_auth_mechanism_cr_demo",
       "rabbit_queue_location_client_local", "rabbit_event", "kernel_ready", "rabbit_memory_monitor", "guid_generator",
       "delegate_sup", "rabbit_node_monitor", "rabbit_epmd_monitor", "core_initialized", "empty_db_check", "recovery",
       "rabbit_looking_glass", "rabbit_core_metrics_gc", "background_gc", "routing_ready", "pre_flight", "notify_cluster",
       "networking", "definition_import_worker_pool", "cluster_name", "direct_client"])),
 ("Waiting for Mnesia tables for <*> ms, <*> retries left", 12, lambda: ("30000", num(0, 9))),
 ("Successfully synced tables from a peer", 5, lambda: ()),
 ("Starting RabbitMQ <*> on Erlang <*> [jit]", 3, lambda: (pick(["3.12.6", "3.11.20", "3.12.10"]), pick(["25.3.2.6", "26.1.2"]))),
 ("Server startup complete; <*> plugins started.", 3, lambda: num(3, 9)),
 ("started TCP listener on [::]:<*>", 4, lambda: "5672"),
 ("Management plugin: HTTP (non-TLS) listener started on port <*>", 3, lambda: "15672"),
 ("Statistics database started.", 3, lambda: ()),
 ("Peer discovery backend rabbit_peer_discovery_classic_config does not support registration, skipping registration.", 3, lambda: ()),
 ("Started message store of type <*> for vhost '<*>'", 14, lambda: (pick(["transient", "persistent"]), vh())),
 ("Stopping message store for directory '<*>'", 6, lambda: "/var/lib/rabbitmq/mnesia/%s/msg_stores/vhosts/%s/msg_store_%s" % (pick(NODES), hexs(25).upper(), pick(["transient", "persistent"]))),
 ("Message store for directory '<*>' is stopped", 6, lambda: "/var/lib/rabbitmq/mnesia/%s/msg_stores/vhosts/%s/msg_store_%s" % (pick(NODES), hexs(25).upper(), pick(["transient", "persistent"]))),
 ("Recovering <*> queues of type <*> took <*>ms", 8, lambda: (num(0, 3000), pick(["rabbit_classic_queue", "rabbit_quorum_queue", "rabbit_stream_queue"]), num(0, 9000))),
 ("Adding vhost '<*>' (description: '<*>', tags: [<*>])", 5, lambda: (vh(), pick(["", "", "Production traffic", "legacy apps"]), pick(["", "", "replicate"]))),
 ("Deleting vhost '<*>'", 2, vh),
 ("Creating user '<*>'", 6, ru),
 ("Setting permissions for user '<*>' in virtual host '<*>' to '<*>', '<*>', '<*>'", 6,
  lambda: (ru(), vh(), pick([".*", "^$", "^%s\\..*" % pick(APPS)]), pick([".*", "^$"]), pick([".*", "^amq\\..*"]))),
 ("Successfully changed password for user '<*>'", 3, ru),
 ("Clearing password for user '<*>'", 2, ru),
 ("Successfully set user tags for user '<*>' to [<*>]", 3, lambda: (ru(), pick(["administrator", "monitoring", "management", "", "policymaker, monitoring"]))),
 ("Applying definitions from file at '<*>'", 2, lambda: "/etc/rabbitmq/definitions.json"),
]
T = [t for t in T if t[2] is not None]
