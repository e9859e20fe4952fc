"""HashiCorp Consul 1.1x agent log (hclog text format).  Header cut:
'2023-05-02T09:14:03.512Z [INFO]  agent.server.raft: '  (timestamp, level, logger name)."""
from common import *

SERVICES = ["%s-%s" % (a, b) for a in APPS for b in ("api", "web", "worker", "grpc", "db", "cache")]
NODES = ["%s-%s" % (r, b) for r in ROLES for b in BIRDS[:20]]
SRV = Cache(lambda: (pick(BIRDS[20:60]), ip("10.8.0")), 5)
DC = ["%s-%s" % (c, s) for c in ("eu", "us", "ap") for s in ("west", "east", "central", "north", "south")]
NODE = Cache(lambda: (pick(NODES), ip("10.8.%d" % R.randint(1, 40))), 60)

def q(v):
    return '"%s"' % v if (" " in v or v == "") else v

def svc(): return pick(SERVICES) + ("-sidecar-proxy" if R.random() < 0.2 else "")
def check():
    r = R.random()
    if r < 0.15:
        return "serfHealth"
    s = svc()
    if r < 0.7:
        return "service:%s" % s
    return "service:%s:%d" % (s, R.randint(1, 3))
def addr(p="8300"): return "%s:%s" % (SRV()[1], p)
def srvid(): return uid()
def raft_err():
    a = addr()
    return q(pick(["dial tcp %s: connect: connection refused" % a, "dial tcp %s: i/o timeout" % a,
                   "msgpack decode error [pos 0]: read tcp %s->%s: i/o timeout" % (ip("10.8.0"), a),
                   "EOF", "read tcp %s->%s: read: connection reset by peer" % (ip("10.8.0"), a)]))
def http_err():
    return q(pick(["Permission denied", "ACL not found", "rpc error making call: No cluster leader",
                   "No cluster leader", "Unexpected response code: 500 (rpc error: No cluster leader)",
                   "Bad request: Request decode failed: EOF", "rpc error making call: rpc: can't find method Catalog.Lookup",
                   "context canceled", "Key not found"]))
def url():
    return pick(["/v1/kv/config/%s/%s" % (pick(APPS), pick(WORDS)),
                 "/v1/kv/config/%s/%s?index=%d" % (pick(APPS), pick(WORDS), R.randint(10, 9999999)),
                 "/v1/health/service/%s?passing=1&index=%d&wait=60000ms" % (pick(SERVICES), R.randint(10, 9999999)),
                 "/v1/catalog/service/%s" % pick(SERVICES), "/v1/agent/self", "/v1/status/leader",
                 "/v1/session/renew/%s" % uid(), "/v1/acl/token/self",
                 "/v1/agent/check/pass/service:%s?note=" % pick(SERVICES)])
def frm(): return "%s:%s" % (pick(["127.0.0.1", ip("10.8.3"), ip("10.8.4")]), port())

T = [
 ("Synced check: check=<*>", 300, check),
 ("Synced service: service=<*>", 120, svc),
 ("Synced node info", 60, lambda: ()),
 ("Deregistered check: check=<*>", 15, check),
 ("Deregistered service: service=<*>", 18, svc),
 ("Check is now critical: check=<*>", 90, check),
 ("Check socket connection failed: check=<*> error=<*>", 40,
  lambda: (check(), '"dial tcp %s:%s: connect: connection refused"' % (ip("10.8.5"), port()))),
 ("Check timed out: check=<*>", 30, check),
 ("Check failed: check=<*> error=<*>", 10, lambda: (check(), pick(['"Get \\"http://%s:%s/healthz\\": context deadline exceeded"' % (ip("10.8.5"), port()), "EOF"]))),
 ("Request error: method=<*> url=<*> from=<*> error=<*>", 260,
  lambda: (pick(["GET", "GET", "GET", "PUT", "DELETE"]), url(), frm(), http_err())),
 ("failed to heartbeat to: peer=<*> backoff time=<*> error=<*>", 70,
  lambda: (addr(), pick(["10ms", "20ms", "40ms", "80ms", "160ms", "320ms", "640ms", "1.28s"]), raft_err())),
 ("failed to appendEntries to: peer=\"{Voter <*> <*>}\" error=<*>", 45, lambda: (srvid(), addr(), raft_err())),
 ("failed to contact: server-id=<*> time=<*>", 35, lambda: (srvid(), go_dur())),
 ("failed to contact quorum of nodes, stepping down", 6, lambda: ()),
 ("heartbeat timeout reached, starting election: last-leader-addr=<*> last-leader-id=<*>", 8,
  lambda: ("", "") if R.random() < 0.3 else (addr(), srvid())),
 ("entering candidate state: node=\"Node at <*> [Candidate]\" term=<*>", 8, lambda: (addr(), num(2, 400))),
 ("entering follower state: follower=\"Node at <*> [Follower]\" leader-address=<*> leader-id=<*>", 10,
  lambda: (addr(), "", "") if R.random() < 0.5 else (addr(), addr(), srvid())),
 ("entering leader state: leader=\"Node at <*> [Leader]\"", 6, addr),
 ("election won: term=<*> tally=<*>", 6, lambda: (num(2, 400), num(2, 3))),
 ("starting snapshot up to: index=<*>", 20, lambda: num(100000, 90000000)),
 ("snapshot complete up to: index=<*>", 20, lambda: num(100000, 90000000)),
 ("creating new snapshot: path=<*>", 20, lambda: "/opt/consul/data/raft/snapshots/%d-%d-%d.tmp" % (R.randint(2, 400), R.randint(100000, 90000000), R.randint(1680000000000, 1690000000000))),
 ("compacting logs: from=<*> to=<*>", 20, lambda: (num(100000, 9000000), num(9000000, 90000000))),
 ("reaping snapshot: path=<*>", 18, lambda: "/opt/consul/data/raft/snapshots/%d-%d-%d" % (R.randint(2, 400), R.randint(100000, 90000000), R.randint(1680000000000, 1690000000000))),
 ("serf: EventMemberJoin: <*> <*>", 45, lambda: NODE()),
 ("serf: EventMemberLeave: <*> <*>", 20, lambda: NODE()),
 ("serf: EventMemberFailed: <*> <*>", 25, lambda: NODE()),
 ("serf: EventMemberUpdate: <*>", 10, lambda: NODE()[0]),
 ("serf: EventMemberReap: <*>", 3, lambda: NODE()[0]),
 ("serf: attempting reconnect to <*> <*>:<*>", 30, lambda: NODE() + ("8301",)),
 ("memberlist: Suspect <*> has failed, no acks received", 35, lambda: NODE()[0]),
 ("memberlist: Marking <*> as failed, suspect timeout reached (<*> peer confirmations)", 18, lambda: (NODE()[0], num(0, 3))),
 ("memberlist: Refuting a suspect message (from: <*>)", 8, lambda: NODE()[0]),
 ("member joined, marking health alive: member=<*> partition=default", 30, lambda: NODE()[0]),
 ("member failed, marking health critical: member=<*> partition=default", 20, lambda: NODE()[0]),
 ("deregistering member: member=<*> partition=default reason=reaped", 4, lambda: NODE()[0]),
 ("Coordinate update error: error=<*>", 25, lambda: q(pick(["No cluster leader", "rpc error making call: No cluster leader", "Permission denied"]))),
 ("Rebalanced servers, new active server: number_of_servers=<*> active_server=\"<*>.<*> (Addr: tcp/<*>) (DC: <*>)\"", 12,
  lambda: (num(3, 5),) + (SRV()[0], pick(DC), addr(), pick(DC))),
 ("[core]grpc: addrConn.createTransport failed to connect to {<*>:<*>:<*> 0 <*>.<*> <nil>}. Err: connection error: desc = \"transport: Error while dialing dial tcp <*>: operation was canceled\". Reconnecting...", 35,
  lambda: (pick(DC), SRV()[1], "8300", SRV()[0], pick(DC), addr())),
 ("Started DNS server: address=<*> network=<*>", 4, lambda: ("0.0.0.0:8600", pick(["udp", "tcp"]))),
 ("Started HTTP server: address=<*> network=tcp", 2, lambda: pick(["[::]:8500", "127.0.0.1:8500"])),
 ("Started gRPC server: address=<*> network=tcp", 2, lambda: "[::]:8502"),
 ("Consul agent running!", 2, lambda: ()),
 ("Joining cluster...: cluster=LAN", 2, lambda: ()),
 ("(LAN) joining: lan_addresses=[<*>]", 2, lambda: ", ".join(ip("10.8.0") for _ in range(R.randint(1, 3)))),
 ("(LAN) joined: number_of_nodes=<*>", 2, lambda: num(1, 3)),
 ("Join cluster completed. Synced with initial agents: cluster=LAN num_agents=<*>", 2, lambda: num(1, 3)),
 ("Caught: signal=<*>", 3, lambda: pick(["interrupt", "terminated", "hangup"])),
 ("Graceful shutdown disabled. Exiting", 1, lambda: ()),
 ("Newer Consul version available: new_version=<*> current_version=<*>", 2, lambda: ("1.16.%d" % R.randint(1, 3), "1.15.%d" % R.randint(1, 4))),
 ("Skipping remote check since it is managed automatically: check=serfHealth", 4, lambda: ()),
 ("Node info in sync", 10, lambda: ()),
 ("Service in sync: service=<*>", 12, svc),
 ("Check in sync: check=<*>", 12, check),
]
