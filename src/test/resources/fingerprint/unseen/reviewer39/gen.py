#!/usr/bin/env python3
"""Blind labelled corpus of production ERROR events (IoT + multiplayer gaming +
telecom platform).  Python 3 stdlib only, fixed seed, byte-identical output.

Writes events.jsonl ({"service","message","group"} per line) and groups.json
into $UNSEEN_OUT or the directory of this script.
"""
import datetime as _dt
import json
import os
import random
import re
import sys

SEED = 390139
R = random.Random(SEED)
OUT = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
GROUPS = []


def G(label, svc, n, desc, fn, nm=None, df=None):
    """Register a true group of n events; fn(v) builds one message.
    df: pool of digit-free values; 3-5 distinct ones are used in the group."""
    vals = [None] * n
    if df:
        k = min(n, R.randint(3, 5))
        pick = R.sample(df, k)
        vals = pick + [R.choice(pick) for _ in range(n - k)]
        R.shuffle(vals)
    msgs = [fn(v) for v in vals]
    GROUPS.append(dict(label=label, service=svc, desc=desc, nm=nm,
                       df=bool(df), msgs=msgs, dfvals=vals))


# ---------------------------------------------------------------- helpers
def jd(o):
    return json.dumps(o, separators=(",", ":"))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return hx(n).upper()


def ri(a, b):
    return R.randint(a, b)


def pick(seq):
    return R.choice(seq)


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), pick("89ab"), hx(3), hx(12))


def alnum(n, chars="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ulid():
    return alnum(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def ip():
    return pick(["203.0.113.%d" % ri(2, 254), "198.51.100.%d" % ri(2, 254),
                 "%d.%d.%d.%d" % (ri(24, 223), ri(0, 255), ri(0, 255), ri(1, 254))])


def pip():
    return "10.0.%d.%d" % (ri(0, 15), ri(2, 254))


def port():
    return ri(32768, 60999)


def mac(sep=":"):
    return sep.join(["a4", "cf", "12"] + [hx(2) for _ in range(3)])


def imei():
    return "35" + "".join(str(ri(0, 9)) for _ in range(13))


def phone():
    return pick(["+1%d555%04d" % (ri(201, 989), ri(100, 199)),
                 "+4915%d%07d" % (ri(1, 9), ri(0, 9999999)),
                 "+447700%06d" % ri(900000, 900999)])


def pod(name):
    c = "bcdfghjklmnpqrstvwxz2456789"
    return "%s-%s-%s" % (name, "".join(R.choice(c) for _ in range(ri(9, 10))),
                         "".join(R.choice(c) for _ in range(5)))


def pie():
    return (0x55 << 40) | (R.getrandbits(28) << 12)


def heap():
    return "0x%012x" % ((0x7f << 40) | (R.getrandbits(32) << 4))


def gptr():
    return "0xc%09x" % (R.getrandbits(28) << 4)


BASE = _dt.datetime(2024, 5, 12, 0, 0, 0, tzinfo=_dt.timezone.utc)
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DOW = "Mon Tue Wed Thu Fri Sat Sun".split()


def T():
    return BASE + _dt.timedelta(seconds=ri(0, 9 * 86400), microseconds=ri(0, 999999))


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def iso(d, frac=3, z="Z"):
    f = ("%06d" % d.microsecond)[:frac]
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ("." + f if frac else "") + z


def sp(d, sep="."):
    return d.strftime("%Y-%m-%d %H:%M:%S") + sep + ms(d)


def sysl(d):
    return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def ngx(d):
    return d.strftime("%Y/%m/%d %H:%M:%S")


def ep(d):
    return int(d.timestamp())


def epms(d):
    return int(d.timestamp()) * 1000 + d.microsecond // 1000


def klog(d):
    return d.strftime("%m%d %H:%M:%S") + ".%06d" % d.microsecond


def hms(d):
    return d.strftime("%H:%M:%S") + "." + ms(d)


def ctime(d):
    return "%s %s %2d %s %d" % (DOW[d.weekday()], MON[d.month - 1], d.day,
                                d.strftime("%H:%M:%S"), d.year)


def cri(lines, d=None):
    """containerd/CRI log prefix on every line."""
    d = d or T()
    out = []
    for ln in lines:
        out.append("%s%03dZ stderr F %s" % (iso(d, 6, ""), ri(0, 999), ln))
        d = d + _dt.timedelta(microseconds=ri(3, 90))
    return "\n".join(out)


def up_z(s):
    """Zephyr uptime stamp from seconds (float)."""
    us = int(s * 1e6)
    h, rem = divmod(us, 3600 * 10**6)
    m, rem = divmod(rem, 60 * 10**6)
    sec, rem = divmod(rem, 10**6)
    return "[%02d:%02d:%02d.%03d,%03d]" % (h, m, sec, rem // 1000, rem % 1000)


# digit-free pools
PLAYERS = ["ShadowFox", "QuietRiver", "NightOwl", "EmberWitch", "IronBadger",
           "SilentOwl", "CrimsonTide", "LunaMoth", "RustyNail", "PixelPirate",
           "GlitchKing", "MossyStone"]
ROOMS = ["crimson-falcon", "amber-lynx", "quiet-harbor", "violet-meadow",
         "stormy-pine", "golden-otter", "paper-lantern"]
NICKS = ["Kitchen Plug", "Garage Door", "Nursery Cam", "Porch Light",
         "Greenhouse Sensor", "Attic Fan", "Hallway Thermostat"]
TENANTS = ["acme-labs", "bluejay", "northwind", "sunpeak", "tidewater",
           "corvid-games", "harborview"]
SUBS = ["brave-otter", "lucky-panda", "misty-lake", "rapid-heron", "cosmic-kiwi",
        "silver-fern", "dusty-maple", "jolly-walrus"]
LOCALES = ["es-MX", "pt-BR", "fr-CA", "de-AT", "it-CH", "nl-BE"]
HUBS = ["garden-hub", "loft-bridge", "barn-gateway", "cellar-hub",
        "studio-bridge", "shed-relay"]
AORS = ["mochi.pepper", "frontdesk", "night.audit", "reception.west",
        "concierge", "valet.north"]
ENDPOINTS = ["kiosk-east", "lobby-phone", "poolside", "valet-desk",
             "spa-reception", "loading-dock"]
THINGS = ["porch-light", "attic-fan", "garage-door", "nursery-cam",
          "kitchen-plug", "hallway-thermostat"]


# ================================================================ C++ game servers
def gdb_core(frames, sig="SIGSEGV, Segmentation fault"):
    base, pid = pie(), ri(1000, 4000000)
    ptr = {"w": heap(), "g": "0x7ffd%08x" % (R.getrandbits(28) << 4), "p": heap(),
           "q": heap(), "a": "0x7ffd%08x" % (R.getrandbits(29) << 3)}
    out = ["arena_server[%d]: core dumped (core.arena_server.%d.%d), gdb summary for build 4.12.0+g3e9a1c7"
           % (pid, pid, ep(T())),
           "[Current thread is 1 (Thread 0x7f%010x (LWP %d))]" % (R.getrandbits(36) << 4, pid + ri(1, 40)),
           "Program terminated with signal %s." % sig]
    for i, (off, fn, loc) in enumerate(frames):
        out.append("#%d  0x%016x in %s at %s" % (i, base + off, fn.format(**ptr), loc))
    return "\n".join(out)


LOOP_FRAMES = [(0x18fa77, "GameLoop::tick (this={g})", "src/core/game_loop.cpp:141"),
               (0x190102, "GameLoop::run (this={g})", "src/core/game_loop.cpp:88"),
               (0x178f3d, "main (argc=5, argv={a})", "src/main.cpp:62")]

G("arena-segv-stepbody", "arena-gameserver", 4,
  "SIGSEGV in PhysicsWorld::stepBody (null body) under GameLoop::tick",
  lambda v: gdb_core([(0x1b22c4, "PhysicsWorld::stepBody (this={w}, body=0x0, dt=0.0166666675)", "src/physics/world.cpp:318"),
                      (0x1b3010, "PhysicsWorld::step (this={w}, dt=0.0166666675)", "src/physics/world.cpp:254")] + LOOP_FRAMES),
  nm="arena-segv")
G("arena-segv-resolvehit", "arena-gameserver", 3,
  "SIGSEGV in ProjectileSystem::resolveHit (null target) called from PhysicsWorld contact dispatch",
  lambda v: gdb_core([(0x1d07a1, "ProjectileSystem::resolveHit (this={p}, proj={q}, target=0x0)", "src/combat/projectile.cpp:207"),
                      (0x1b41c8, "PhysicsWorld::dispatchContacts (this={w})", "src/physics/world.cpp:402"),
                      (0x1b3071, "PhysicsWorld::step (this={w}, dt=0.0166666675)", "src/physics/world.cpp:261")] + LOOP_FRAMES),
  nm="arena-segv")


def arena_assert(line, cond):
    return ("%s gs-%s-%d arena_server[%d]: arena_server: src/net/replication.cpp:%d: "
            "void Replicator::serialize(const Entity&, BitWriter&): Assertion `%s' failed."
            % (sysl(T()), pick(["eu", "us", "ap"]), ri(1, 24), ri(1000, 99999), line, cond))


G("arena-assert-netid", "arena-gameserver", 3,
  "Replicator::serialize assertion: entity without net id",
  lambda v: arena_assert(412, "entity.netId != kInvalidNetId"), nm="arena-assert")
G("arena-assert-snapshot-bits", "arena-gameserver", 2,
  "Replicator::serialize assertion: snapshot exceeds max bits",
  lambda v: arena_assert(437, "writer.bitsWritten() <= kMaxSnapshotBits"), nm="arena-assert")


def asan(kind, acc, size, frames, region_line, second_hdr, second, summary_loc):
    base, pid = pie(), ri(1000, 400000)
    addr = 0x600000000000 | (R.getrandbits(20) << 4)
    st = "0x7f%010x" % (R.getrandbits(36) << 4)
    t = ri(3, 9)
    out = ["=================================================================",
           "==%d==ERROR: AddressSanitizer: %s on address 0x%012x at pc 0x%012x bp %s sp 0x%012x"
           % (pid, kind, addr, base + frames[0][0], st, int(st, 16) - 8),
           "%s of size %d at 0x%012x thread T%d (net-io)" % (acc, size, addr, t)]
    for i, (off, s) in enumerate(frames):
        out.append("    #%d 0x%012x in %s" % (i, base + off, s))
    out.append("    #%d 0x7f%010x in start_thread nptl/pthread_create.c:442:8" % (len(frames), R.getrandbits(36)))
    out.append("")
    out.append(region_line(addr))
    out.append(second_hdr % {"t": t})
    for i, (off, s) in enumerate(second):
        out.append("    #%d 0x%012x in %s" % (i, base + off, s))
    out.append("")
    out.append("SUMMARY: AddressSanitizer: %s %s" % (kind, summary_loc))
    out.append("==%d==ABORTING" % pid)
    return "\n".join(out)


def uaf(v):
    return asan("heap-use-after-free", "READ", 8,
                [(0x1b2c3, "Session::onDisconnect() /src/arena/net/session.cpp:96:18"),
                 (0x1c44f, "ConnectionManager::reap() /src/arena/net/conn_manager.cpp:211:13"),
                 (0x0f7e1, "NetThread::loop() /src/arena/net/net_thread.cpp:58:9")],
                lambda a: "0x%012x is located 32 bytes inside of 88-byte region [0x%012x,0x%012x)" % (a, a - 32, a + 56),
                "freed by thread T2 (game-loop) here:",
                [(0x1a8f4d, "operator delete(void*, unsigned long) (/opt/arena/bin/arena_server+0x1a8f4d)"),
                 (0x1a9b0, "Session::~Session() /src/arena/net/session.cpp:41:1"),
                 (0x21c8e, "MatchInstance::evict(PlayerId) /src/arena/match/match_instance.cpp:305:5")],
                "/src/arena/net/session.cpp:96:18 in Session::onDisconnect()")


def hbo(v):
    n = pick([64, 120, 248, 504, 1016])
    return asan("heap-buffer-overflow", "READ", 4,
                [(0x1b7e9, "Session::readHeader(unsigned char const*, unsigned long) /src/arena/net/session.cpp:133:22"),
                 (0x1c2a0, "ConnectionManager::pump() /src/arena/net/conn_manager.cpp:174:17"),
                 (0x0f7e1, "NetThread::loop() /src/arena/net/net_thread.cpp:58:9")],
                lambda a: "0x%012x is located 0 bytes after %d-byte region [0x%012x,0x%012x)" % (a, n, a - n, a),
                "allocated by thread T%(t)d (net-io) here:",
                [(0x1a91ad, "operator new[](unsigned long) (/opt/arena/bin/arena_server+0x1a91ad)"),
                 (0x2f0c5, "PacketPool::acquire(unsigned long) /src/arena/net/packet_pool.cpp:37:21")],
                "/src/arena/net/session.cpp:133:22 in Session::readHeader(unsigned char const*, unsigned long)")


G("arena-asan-uaf-ondisconnect", "arena-gameserver", 3,
  "ASan heap-use-after-free in Session::onDisconnect (session freed by MatchInstance::evict)", uaf, nm="arena-asan")
G("arena-asan-overflow-readheader", "arena-gameserver", 2,
  "ASan heap-buffer-overflow in Session::readHeader (short packet)", hbo, nm="arena-asan")


def lobby_sig(num, name, fault):
    base = pie()
    d = T()
    fr = [("_ZN8MapCache4loadERKSsb+0x1c4", 0x1d34d4),
          ("_ZN8MapCache3getERKSs+0x5e", 0x1d362e),
          ("_ZN12LobbyManager10assignSlotEP5Party+0x2b1", 0x1b1f11),
          ("_ZN12LobbyManager4tickEv+0x98", 0x1b2a48)]
    out = ["[%s] [lobby] [critical] Fatal signal %d (%s) at %s, thread %d (lobby-worker-%d)"
           % (sp(d), num, name, fault, ri(2000, 90000), ri(0, 7)), "Backtrace:"]
    for i, (s, off) in enumerate(fr):
        out.append("  %d: /opt/lobby/bin/lobby_server(%s) [0x%x]" % (i, s, base + off))
    out.append("  4: /lib/x86_64-linux-gnu/libc.so.6(+0x94ac3) [0x7f%010x]" % R.getrandbits(36))
    return "\n".join(out)


G("lobby-sigsegv-mapcache-load", "lobby-gameserver", 3,
  "SIGSEGV (null deref) in MapCache::load during slot assignment",
  lambda v: lobby_sig(11, "SIGSEGV", "0x0000000000000018"), nm="lobby-fatal-signal")
G("lobby-sigbus-mapcache-load", "lobby-gameserver", 2,
  "SIGBUS in MapCache::load reading truncated mmapped map file",
  lambda v: lobby_sig(7, "SIGBUS", "0x7f%07x000" % R.getrandbits(28)), nm="lobby-fatal-signal")
G("lobby-party-leader-missing", "lobby-gameserver", 4,
  "PartyService::startCountdown: leader missing from member list (player name varies)",
  lambda v: "[%s] [lobby] [error] PartyService::startCountdown: leader '%s' not found in member list "
            "(party=%s, members=%d, queue=ranked-trios); countdown aborted" % (sp(T()), v, heap(), ri(1, 3)),
  df=PLAYERS)

# ================================================================ client crash reports
MODELS = [("Android 13", "SM-S911B"), ("Android 14", "Pixel 7"), ("Android 12", "M2101K6G"),
          ("Android 13", "CPH2305"), ("iOS 17.4.1", "iPhone14,5"), ("iOS 16.7.2", "iPhone12,1")]


def unity(frames, mvid):
    osv, model = pick(MODELS)
    out = ['crash report %s app=com.acme.arena ver=2.14.3 (build 20512) os="%s" model=%s session=%s'
           % (uid(), osv, model, hx(16)),
           "NullReferenceException: Object reference not set to an instance of an object."]
    for f, il in frames:
        out.append("  at %s [0x%05x] in <%s>:0" % (f, il, mvid))
    return "\n".join(out)


G("unity-nre-playerhud", "crash-ingest", 4,
  "Unity NullReferenceException in PlayerHUD.UpdateAmmo",
  lambda v: unity([("Acme.UI.PlayerHUD.UpdateAmmo (Acme.Weapons.Weapon weapon)", 0x1c),
                   ("Acme.UI.PlayerHUD.LateUpdate ()", 0x45)], "4e2d1c7a9f5b4f1e8a3b2c1d0e9f8a7b"),
  nm="unity-nre")
G("unity-nre-inventorypanel", "crash-ingest", 3,
  "Unity NullReferenceException in InventoryPanel.Refresh",
  lambda v: unity([("Acme.UI.InventoryPanel.Refresh (System.Collections.Generic.List`1[T] items)", 0x3a),
                   ("Acme.UI.InventoryPanel.OnEnable ()", 0x12)], "4e2d1c7a9f5b4f1e8a3b2c1d0e9f8a7b"),
  nm="unity-nre")
GPUS = ["NVIDIA GeForce RTX 3060", "NVIDIA GeForce GTX 1660 SUPER", "AMD Radeon RX 6700 XT",
        "Intel(R) UHD Graphics 630", "NVIDIA GeForce RTX 4070"]
G("unreal-av-fireweapon", "crash-ingest", 3,
  "Unreal EXCEPTION_ACCESS_VIOLATION in AArenaWeapon::FireWeapon",
  lambda v: ('crash report %s app=ArenaClient-Win64-Shipping ver=2.14.3 platform=Windows gpu="%s" uptime=%ds\n'
             "Unhandled Exception: EXCEPTION_ACCESS_VIOLATION reading address 0x00000000000000a8\n\n"
             "ArenaClient_Win64_Shipping!AArenaWeapon::FireWeapon() [D:\\build\\Arena\\Source\\Arena\\Weapons\\ArenaWeapon.cpp:310]\n"
             "ArenaClient_Win64_Shipping!AArenaWeapon::HandleFiring() [D:\\build\\Arena\\Source\\Arena\\Weapons\\ArenaWeapon.cpp:271]\n"
             "ArenaClient_Win64_Shipping!FTimerManager::Tick() [D:\\build\\++UE5\\Sync\\Engine\\Source\\Runtime\\Engine\\Private\\TimerManager.cpp:925]\n"
             "ArenaClient_Win64_Shipping!UWorld::Tick() [D:\\build\\++UE5\\Sync\\Engine\\Source\\Runtime\\Engine\\Private\\LevelTick.cpp:1524]\n"
             "kernel32\nntdll" % (uid().upper(), pick(GPUS), ri(30, 9000))))

# ================================================================ Go matchmaker
MM = "github.com/acme-games/matchmaker/internal"


def go_tail():
    return ("%s/pool.(*Pool).Run(%s, {0x1a2b3c0, %s})\n\t/build/internal/pool/pool.go:142 +0x2a5\n"
            "created by %s/server.(*Server).Start in goroutine 1\n\t/build/internal/server/server.go:77 +0x3c5"
            % (MM, gptr(), gptr(), MM))


def go_match(line, off):
    n = ri(2, 40)
    return ("%s/pool.(*Pool).match(%s, {%s, 0x%x, 0x%x})\n\t/build/internal/pool/pool.go:%d +0x%x\n"
            % (MM, gptr(), gptr(), n, n + ri(0, 16), line, off))


NILP = "panic: runtime error: invalid memory address or nil pointer dereference\n"
G("mm-nil-pool-match", "matchmaker", 6,
  "Go nil pointer dereference in (*Pool).match",
  lambda v: NILP + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0xb4f1d2]\n\n"
            "goroutine %d [running]:\n" % ri(100, 900000) + go_match(211, 0x1d2) + go_tail(),
  nm="mm-pool-panic")
G("mm-nil-ticket-expand", "matchmaker", 2,
  "Go nil pointer dereference in (*Ticket).expandSearch (called from Pool.match)",
  lambda v: NILP + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x48 pc=0xb51a8e]\n\n"
            "goroutine %d [running]:\n%s/pool.(*Ticket).expandSearch(0x0, 0x%x)\n\t/build/internal/pool/ticket.go:88 +0x2e\n"
            % (ri(100, 900000), MM, ri(10**9, 9 * 10**10)) + go_match(198, 0x14a) + go_tail(),
  nm="mm-pool-panic")


def mm_oob(v):
    k = ri(2, 12)
    return ("panic: runtime error: index out of range [%d] with length %d\n\ngoroutine %d [running]:\n"
            % (k, k, ri(100, 900000)) + go_match(226, 0x6f4) + go_tail())


G("mm-index-oob-pool-match", "matchmaker", 2,
  "Go index out of range (off by one) in (*Pool).match", mm_oob, nm="mm-pool-panic")


def mm_alloc(err):
    return ('ts=%s level=error caller=allocator/allocator.go:118 msg="failed to allocate game server" '
            'ticket=%s mode=ranked-duos region=eu-central-1 attempt=%d latency=%dms err="%s"'
            % (iso(T()), ulid(), ri(1, 3), ri(3, 5200), err))


G("mm-alloc-exhausted", "matchmaker", 4,
  "game server allocation failed: fleet has no ready GameServers",
  lambda v: mm_alloc("rpc error: code = ResourceExhausted desc = no ready GameServers in fleet arena-eu-central"),
  nm="mm-allocate")
G("mm-alloc-deadline", "matchmaker", 3,
  "game server allocation failed: allocator RPC deadline exceeded",
  lambda v: mm_alloc("rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
  nm="mm-allocate")
G("mm-party-rating-missing", "matchmaker", 4,
  "party leader rating missing from redis (leader display name varies)",
  lambda v: 'ts=%s level=error caller=party/rating.go:64 msg="failed to resolve party rating" party=%s leader=%s size=%d err="redis: nil"'
            % (iso(T()), ulid(), v, ri(2, 4)),
  df=PLAYERS)

# ================================================================ Rust relay
def rust_panic(loc):
    return cri(["thread 'tokio-runtime-worker' panicked at %s:" % loc,
                "called `Option::unwrap()` on a `None` value",
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"])


G("relay-unwrap-session-142", "relay", 3,
  "Rust panic: Option::unwrap on None at src/session.rs:142",
  lambda v: rust_panic("src/session.rs:142:38"), nm="relay-unwrap")
G("relay-unwrap-session-219", "relay", 3,
  "Rust panic: Option::unwrap on None at src/session.rs:219 (different call site)",
  lambda v: rust_panic("src/session.rs:219:14"), nm="relay-unwrap")
G("relay-udp-enobufs", "relay", 3,
  "UDP send failed with ENOBUFS",
  lambda v: jd({"timestamp": iso(T(), 6), "level": "ERROR",
                        "fields": {"message": "udp send failed",
                                   "error": "No buffer space available (os error 105)",
                                   "peer": "%s:%d" % (ip(), port()), "session": hx(16),
                                   "bytes": ri(60, 1400)},
                        "target": "relay::udp", "threadName": "tokio-runtime-worker"}))

# ================================================================ Erlang / Elixir chat
def epid():
    return "<0.%d.%d>" % (ri(300, 99999), ri(0, 40))


def ejb_badmatch(fn_line):
    p = epid()
    return ("%s [error] %s gen_fsm %s in state normal_state terminated with reason: no match of right hand "
            "value {error,not_found} in mod_muc_room:%s" % (sp(T()), p, p, fn_line))


G("ejabberd-badmatch-groupchat", "ejabberd", 3,
  "mod_muc_room badmatch {error,not_found} in process_groupchat_message/2",
  lambda v: ejb_badmatch("process_groupchat_message/2 line 712"), nm="ejabberd-muc-badmatch")
G("ejabberd-badmatch-presence", "ejabberd", 2,
  "mod_muc_room badmatch {error,not_found} in process_presence/4",
  lambda v: ejb_badmatch("process_presence/4 line 1033"), nm="ejabberd-muc-badmatch")
G("ejabberd-mam-store-failed", "ejabberd", 4,
  "mod_mam cannot archive MUC messages: db_failure (room name varies)",
  lambda v: "%s [error] %s@mod_mam:store_muc/6:1059 Failed to store message %s in archive of %s@conference.chat.acme.gg: {error,db_failure}"
            % (sp(T()), epid(), ri(10**15, 10**16), v),
  df=ROOMS)

PHX_TAIL = ("    (phoenix 1.7.12) lib/phoenix/channel/server.ex:322: Phoenix.Channel.Server.handle_info/2\n"
            "    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3\n"
            "    (stdlib 5.2) gen_server.erl:1183: :gen_server.handle_msg/6\n"
            "    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3\n")


def phx(exc, frame, event, payload):
    room = ri(1000, 99999)
    return ("%s [error] GenServer #PID<0.%d.0> terminating\n%s\n%s%s"
            'Last message: %%Phoenix.Socket.Message{topic: "room:%d", event: "%s", payload: %s, ref: "%d", join_ref: "%d"}'
            % (hms(T()), ri(1000, 90000), exc, frame, PHX_TAIL, room, event, payload, ri(2, 400), ri(1, 9)))


G("phx-roomchannel-functionclause", "chat-phoenix", 3,
  "FunctionClauseError in ChatWeb.RoomChannel.handle_in/3 (typing event)",
  lambda v: phx("** (FunctionClauseError) no function clause matching in ChatWeb.RoomChannel.handle_in/3",
                '    (chat 1.9.2) lib/chat_web/channels/room_channel.ex:48: ChatWeb.RoomChannel.handle_in("typing", %{"state" => "stopped"}, %Phoenix.Socket{})\n',
                "typing", '%{"state" => "stopped"}'),
  nm="phx-handle-in")
G("phx-roomchannel-keyerror", "chat-phoenix", 3,
  "KeyError \"body\" in ChatWeb.RoomChannel.handle_in/3 (attachment-only message)",
  lambda v: phx('** (KeyError) key "body" not found in: %%{"attachments" => [%%{"id" => "%s", "kind" => "image"}]}' % uid(),
                "    (chat 1.9.2) lib/chat_web/channels/room_channel.ex:61: ChatWeb.RoomChannel.handle_in/3\n",
                "new_msg", '%{"attachments" => [...]}'),
  nm="phx-handle-in")
G("phx-room-backlog-dbconn", "chat-phoenix", 4,
  "room GenServer crashes persisting backlog: DBConnection tcp recv closed (room slug varies)",
  lambda v: ('%s [error] GenServer {Chat.RoomRegistry, "room:%s"} terminating\n'
             "** (DBConnection.ConnectionError) tcp recv (idle): closed\n"
             "    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1\n"
             "    (chat 1.9.2) lib/chat/rooms/backlog.ex:88: Chat.Rooms.Backlog.persist/2\n"
             "    (chat 1.9.2) lib/chat/rooms/room_server.ex:133: Chat.Rooms.RoomServer.handle_info/2\n"
             "Last message: {:persist_backlog, %d}" % (hms(T()), v, ri(5, 500))),
  df=ROOMS)

# ================================================================ MQTT brokers
G("emqx-kafka-leader-unavailable", "emqx", 3,
  "EMQX Kafka producer bridge: leader_not_available",
  lambda v: "%s [error] tag: KAFKA_PRODUCER, msg: send_to_kafka_failed, bridge: kafka_producer:telemetry_sink, "
            "topic: device-telemetry, partition: %d, batch_size: %d, reason: leader_not_available"
            % (iso(T(), 6, "+00:00"), ri(0, 11), ri(1, 200)))


def mts():
    d = T()
    return pick(["%d:" % ep(d), d.strftime("%Y-%m-%dT%H:%M:%S:")])


G("mosquitto-tls-verify-failed", "mosquitto", 3,
  "OpenSSL certificate verify failed on client TLS connect",
  lambda v: "%s OpenSSL Error[0]: error:0A000086:SSL routines::certificate verify failed" % mts(),
  nm="mosquitto-openssl")
G("mosquitto-tls-wrong-version", "mosquitto", 2,
  "OpenSSL wrong version number (plain MQTT to TLS port)",
  lambda v: "%s OpenSSL Error[0]: error:0A00010B:SSL routines::wrong version number" % mts(),
  nm="mosquitto-openssl")
G("mosquitto-malformed-packet", "mosquitto", 4,
  "hub firmware sends malformed packets (hub client id is user-chosen name)",
  lambda v: "%s Client %s disconnected due to malformed packet." % (mts(), v), df=HUBS)


def iot(ev, topic_suffix, extra=None, cid=None):
    d = T()
    m = "esp32-" + mac("")
    o = {"timestamp": sp(d), "logLevel": "ERROR", "traceId": uid(), "accountId": "512345678901",
         "status": "Failure", "eventType": ev, "protocol": "MQTT",
         "topicName": "devices/%s/%s" % (m, topic_suffix), "clientId": cid or m,
         "principalId": hx(64), "sourceIp": ip(), "sourcePort": port()}
    o.update(extra or {"reason": "AUTHORIZATION_FAILURE", "details": "Authorization Failure"})
    return jd(o)


G("iotcore-publish-authz", "aws-iot-core", 4,
  "IoT Core Publish-In AUTHORIZATION_FAILURE on telemetry topic (policy)",
  lambda v: iot("Publish-In", "telemetry"), nm="iotcore-authz")
G("iotcore-subscribe-authz", "aws-iot-core", 3,
  "IoT Core Subscribe AUTHORIZATION_FAILURE on cmd topic (policy)",
  lambda v: iot("Subscribe", "cmd"), nm="iotcore-authz")


def iot_rule(v):
    return jd({"timestamp": sp(T()), "logLevel": "ERROR", "traceId": uid(), "accountId": "512345678901",
               "status": "Failure", "eventType": "RuleExecution", "clientId": v,
               "topicName": "$aws/things/%s/shadow/update/accepted" % v, "ruleName": "shadow_to_state_sync",
               "ruleAction": "LambdaAction",
               "resources": {"FunctionArn": "arn:aws:lambda:eu-west-1:512345678901:function:shadow-sync"},
               "principalId": hx(64),
               "details": "Lambda function returned an error: Unhandled. RequestId: %s" % uid()})


G("iotcore-rule-shadow-sync", "aws-iot-core", 4,
  "IoT rule shadow_to_state_sync Lambda action fails (thing name varies)", iot_rule, df=THINGS)

# ================================================================ device firmware logs
def esp(lines, name=None):
    m = mac()
    t0 = ri(4000, 9000000)
    hdr = "dev=%s fw=3.2.1 boot=%d%s topic=devices/%s/log" % (
        m, ri(1, 400), (' name="%s"' % name) if name else "", m.replace(":", ""))
    out = [hdr]
    for ln in lines:
        t0 += ri(0, 12)
        out.append(ln.replace("@", str(t0)))
    return "\n".join(out)


MQTT_TAIL = ["E (@) esp-tls: Failed to open new connection",
             "E (@) transport_base: Failed to open a new connection",
             "E (@) mqtt_client: Error transport connect"]
G("esp32-tls-x509-verify", "device-logs", 4,
  "ESP32 MQTT TLS handshake -0x2700 (X509 cert verify failed, broker cert chain)",
  lambda v: esp(["E (@) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x2700",
                 "I (@) esp-tls-mbedtls: Failed to verify peer certificate!"] + MQTT_TAIL),
  nm="esp32-tls-handshake")
G("esp32-tls-conn-eof", "device-logs", 3,
  "ESP32 MQTT TLS handshake -0x7280 (connection closed by peer during handshake)",
  lambda v: esp(["E (@) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x7280"] + MQTT_TAIL),
  nm="esp32-tls-handshake")
G("esp32-bme280-timeout", "device-logs", 3,
  "BME280 driver read_raw times out (env-sensor boards; driver missing clock-stretch config)",
  lambda v: esp(["E (@) i2c.master: I2C transaction timeout detected",
                 "E (@) bme280: read_raw failed: ESP_ERR_TIMEOUT"]),
  nm="esp32-sensor-read")
G("esp32-sht3x-timeout", "device-logs", 2,
  "SHT3x driver read_raw times out (thermostat boards; measurement-wait too short)",
  lambda v: esp(["E (@) i2c.master: I2C transaction timeout detected",
                 "E (@) sht3x: read_raw failed: ESP_ERR_TIMEOUT"]),
  nm="esp32-sensor-read")
G("esp32-ota-bad-magic", "device-logs", 5,
  "OTA downloads HTML instead of image (magic 0x3c); device nickname varies",
  lambda v: esp(["E (@) esp_ota_ops: OTA image has invalid magic byte (expected 0xE9, saw 0x3c)",
                 "E (@) esp_https_ota: esp_https_ota_begin failed: ESP_ERR_OTA_VALIDATE_FAILED",
                 "E (@) ota_task: update from https://fw.acme-iot.com/esp32/3.2.2/app.bin aborted"], name=v),
  df=NICKS)


def zephyr(lines):
    t = ri(20, 80000) + R.random()
    out = ["imei=%s fw=tracker-v1.4.0 boot=%d" % (imei(), ri(1, 3000))]
    for ln in lines:
        t += ri(0, 40) / 1e6 + R.random() / 1e5
        out.append("%s <err> %s" % (up_z(t), ln))
    return "\n".join(out)


def zregs():
    return ["os: r0/a1:  0x%08x  r1/a2:  0x2001%04x  r2/a3:  0x%08x" % (0, R.getrandbits(16), ri(0, 64)),
            "os: r3/a4:  0x%08x r12/ip:  0x0000c2a1 r14/lr:  0x0002f1bd" % R.getrandbits(32),
            "os:  xpsr:  0x61000000"]


G("zephyr-mpu-fault-sensor", "device-logs-nrf", 3,
  "Zephyr fatal error 0 (MPU data access violation at NULL) in sensor_thread",
  lambda v: zephyr(["os: ***** MPU FAULT *****", "os:   Data Access Violation", "os:   MMFAR Address: 0x0"]
                   + zregs() + ["os: Faulting instruction address (r15/pc): 0x0002f1c6",
                                "os: >>> ZEPHYR FATAL ERROR 0: CPU exception on CPU 0",
                                "os: Current thread: 0x20008e30 (sensor_thread)", "fatal_error: Resetting system"]),
  nm="zephyr-fatal")
G("zephyr-stack-overflow-sensor", "device-logs-nrf", 2,
  "Zephyr fatal error 2 (stack overflow) in sensor_thread",
  lambda v: zephyr(["os: ***** MPU FAULT *****", "os:   Stacking error (context area might be not valid)",
                    "os:   Data Access Violation", "os:   MMFAR Address: 0x20009f18"]
                   + zregs() + ["os: Faulting instruction address (r15/pc): 0x00031a02",
                                "os: >>> ZEPHYR FATAL ERROR 2: Stack overflow on CPU 0",
                                "os: Current thread: 0x20008e30 (sensor_thread)", "fatal_error: Resetting system"]),
  nm="zephyr-fatal")
G("zephyr-lwm2m-reg-timeout", "device-logs-nrf", 3,
  "Zephyr LwM2M registration fails with -110 (ETIMEDOUT)",
  lambda v: zephyr(["lwm2m_rd_client: Registration failed: -110",
                    "lwm2m_rd_client: RD Client registration failed, retrying in %d s" % pick([30, 60, 120, 240])]))

# ================================================================ LwM2M server
def lwm2m(code):
    return ("%s ERROR [coap-exchange-%d] c.a.lwm2m.server.ObserveService - Observe /3303/0/5700 failed for "
            "endpoint urn:imei:%s (reg %s): response %s" % (sp(T(), ","), ri(1, 16), imei(), alnum(10), code))


G("lwm2m-observe-404", "lwm2m-server", 3,
  "Observe temperature resource: 4.04 Not Found (object missing on firmware)",
  lambda v: lwm2m("4.04 Not Found"), nm="lwm2m-observe")
G("lwm2m-observe-405", "lwm2m-server", 2,
  "Observe temperature resource: 4.05 Method Not Allowed (resource not observable)",
  lambda v: lwm2m("4.05 Method Not Allowed"), nm="lwm2m-observe")

# ================================================================ SMS / voice webhooks
TWILIO_STACK = ("    at success (/app/node_modules/twilio/lib/base/Version.js:79:23)\n"
                "    at Promise_then_fulfilled (/app/node_modules/q/q.js:766:44)\n"
                "    at Promise_done_fulfilled (/app/node_modules/q/q.js:835:31)\n"
                "    at Fulfilled_dispatch [as dispatch] (/app/node_modules/q/q.js:1229:9)\n"
                "    at Pending_become_eachMessage_task (/app/node_modules/q/q.js:1369:30)\n"
                "    at RawTask.call (/app/node_modules/asap/asap.js:40:19)\n"
                "    at flush (/app/node_modules/asap/raw.js:50:29)\n"
                "    at process.processTicksAndRejections (node:internal/process/task_queues:77:11) {\n")


def twilio(code, text):
    to = phone()
    return ("%s error: SMS send failed notification=%s to=%s RestException [Error]: %s\n%s"
            "  status: 400,\n  code: %d,\n  moreInfo: 'https://www.twilio.com/docs/errors/%d',\n  details: undefined\n}"
            % (iso(T()), uid(), to, text.replace("{to}", to), TWILIO_STACK, code, code))


G("twilio-21610-unsubscribed", "sms-webhooks", 4,
  "Twilio 21610: sending to a recipient who replied STOP",
  lambda v: twilio(21610, "Attempt to send to unsubscribed recipient"), nm="twilio-send")
G("twilio-21211-invalid-to", "sms-webhooks", 3,
  "Twilio 21211: invalid To phone number (bad E.164 normalisation)",
  lambda v: twilio(21211, "The 'To' number {to} is not a valid phone number."), nm="twilio-send")
G("twilio-21614-not-mobile", "sms-webhooks", 2,
  "Twilio 21614: To number is a landline",
  lambda v: twilio(21614, "'To' number is not a valid mobile number"), nm="twilio-send")
G("twilio-signature-invalid", "sms-webhooks", 6,
  "Twilio status-callback signature validation fails (per-tenant webhook host, tenant slug varies)",
  lambda v: jd({"level": 50, "time": epms(T()), "pid": 1, "hostname": pod("sms-webhooks"), "tenant": v,
                "reqId": "req-%s" % alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz"),
                "url": "https://%s.hooks.acme-iot.com/twilio/status" % v,
                "msg": "Twilio signature validation failed"}),
  df=TENANTS)

FLASK = ('Traceback (most recent call last):\n'
         '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 1463, in wsgi_app\n'
         '    response = self.full_dispatch_request()\n'
         '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 872, in full_dispatch_request\n'
         '    rv = self.handle_user_exception(e)\n'
         '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 870, in full_dispatch_request\n'
         '    rv = self.dispatch_request()\n'
         '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 855, in dispatch_request\n'
         '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)\n')
G("voice-ivr-missing-locale", "voice-ivr", 5,
  "IVR menu has no prompt for caller locale -> KeyError (locale varies)",
  lambda v: ("%s ERROR [voice.app] Exception on /voice/inbound [POST]\n" % sp(T(), ",") + FLASK +
             '  File "/app/voice/handlers.py", line 88, in inbound_call\n'
             '    twiml = build_ivr_menu(menu, caller.locale)\n'
             '  File "/app/voice/ivr.py", line 41, in build_ivr_menu\n'
             '    gather.say(menu.prompts[locale], voice=VOICES[locale])\n'
             "KeyError: '%s'" % v),
  df=LOCALES)
G("voice-recording-fetch-timeout", "voice-ivr", 1,
  "fetching Twilio recording media times out",
  lambda v: ("%s ERROR [voice.recordings] fetch failed for recording RE%s call CA%s\n"
             "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.twilio.com', port=443): "
             "Read timed out. (read timeout=10)" % (sp(T(), ","), hx(32), hx(32))))

# ================================================================ SIP / RTP / TURN / WebRTC
def kam(code, reason):
    return ("%s sbc-%d /usr/sbin/kamailio[%d]: ERROR: <script>: [failure_route] INVITE sip:%s@pstn.carrier-a.net "
            "failed: %d %s (callid=%s@%s)" % (sysl(T()), ri(1, 4), ri(1000, 40000), phone(), code, reason, hx(14), pip()))


G("kamailio-carrier-408", "kamailio", 3,
  "outbound INVITE to carrier A fails 408 Request Timeout", lambda v: kam(408, "Request Timeout"), nm="kamailio-carrier-invite")
G("kamailio-carrier-503", "kamailio", 3,
  "outbound INVITE to carrier A fails 503 Service Unavailable", lambda v: kam(503, "Service Unavailable"), nm="kamailio-carrier-invite")
G("kamailio-too-many-contacts", "kamailio", 4,
  "registrar rejects REGISTER: too many contacts for AOR (desk phone AOR varies)",
  lambda v: "%s sbc-%d /usr/sbin/kamailio[%d]: ERROR: registrar [save.c:419]: test_max_contacts(): too many contacts for AOR <%s@sip.acme-voice.net>"
            % (sysl(T()), ri(1, 4), ri(1000, 40000), v),
  df=AORS)


def rtp(err):
    d = T()
    return ("[%s %2d %s] ERROR[%d][C-%08x]: res_rtp_asterisk.c:3290 __rtp_sendto: RTP Transmission error of packet %d to %s:%d: %s"
            % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), ri(1000, 60000), ri(1, 99999), ri(1, 65535), ip(), ri(10000, 20000) // 2 * 2, err))


G("asterisk-rtp-enetunreach", "asterisk", 3,
  "RTP send fails: Network is unreachable", lambda v: rtp("Network is unreachable"), nm="asterisk-rtp-send")
G("asterisk-rtp-eperm", "asterisk", 2,
  "RTP send fails: Operation not permitted (host firewall)", lambda v: rtp("Operation not permitted"), nm="asterisk-rtp-send")


def ast_ep(v):
    d = T()
    return ("[%s %2d %s] ERROR[%d][C-%08x]: chan_pjsip.c:2665 request: Unable to create PJSIP channel - endpoint '%s' was not found"
            % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), ri(1000, 60000), ri(1, 99999), v))


G("asterisk-endpoint-not-found", "asterisk", 4,
  "dialplan dials PJSIP endpoints missing from pjsip.conf (endpoint name varies)", ast_ep, df=ENDPOINTS)


def turn(code, reason):
    d = T()
    return ("%d: (%d): INFO: session %018d: realm <turn.acme.gg> user <%d:p%s>: incoming packet ALLOCATE processed, error %d: %s"
            % (ep(d), ri(100, 9000), ri(10**15, 10**17), ep(d) + 3600, hx(6), code, reason))


G("coturn-allocate-486", "coturn", 3,
  "TURN ALLOCATE rejected 486 Allocation Quota Reached (per-user quota too low)",
  lambda v: turn(486, "Allocation Quota Reached"), nm="coturn-allocate")
G("coturn-allocate-508", "coturn", 3,
  "TURN ALLOCATE rejected 508 Insufficient Capacity (relay port range exhausted)",
  lambda v: turn(508, "Insufficient Capacity"), nm="coturn-allocate")


def janus(plugin, fn, line):
    return ("[%s] [ERR] [plugins/%s.c:%s:%d] No such room (%d)" % (ctime(T()), plugin, fn, line, ri(1000, 999999)))


G("janus-videoroom-no-room", "janus", 3,
  "videoroom join for a room that does not exist",
  lambda v: janus("janus_videoroom", "janus_videoroom_handler", 8345), nm="janus-no-such-room")
G("janus-audiobridge-no-room", "janus", 2,
  "audiobridge join for a room that does not exist (voice chat rooms not created)",
  lambda v: janus("janus_audiobridge", "janus_audiobridge_handler", 5210), nm="janus-no-such-room")

# ================================================================ Redis / Scylla / DynamoDB / Kafka
REDIS_STACK = ("    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n"
               "    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n")


def redis_err(what, reply, cmd, args):
    return ("%s error: %s ReplyError: %s\n%s  command: { name: '%s', args: [ %s ] }\n}"
            % (iso(T()), what, reply, REDIS_STACK, cmd, ", ".join("'%s'" % a for a in args)))


def sess():
    return "sess:" + alnum(32, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")


def sess_args():
    s = sess()
    return "session write failed sid=%s" % s, [s, "%d" % pick([3600, 86400, 604800]), "[object Object]"]


def redis_sess(reply):
    what, args = sess_args()
    return redis_err(what, reply, "setex", args)


G("redis-session-oom", "session-cache", 4,
  "session write rejected: Redis OOM (maxmemory)",
  lambda v: redis_sess("OOM command not allowed when used memory > 'maxmemory'."), nm="redis-session-write")
G("redis-session-readonly", "session-cache", 3,
  "session write rejected: READONLY replica (client pinned to replica after failover)",
  lambda v: redis_sess("READONLY You can't write against a read only replica."), nm="redis-session-write")
G("redis-presence-wrongtype", "session-cache", 4,
  "presence HSET hits key of wrong type (legacy string keys; user handle varies)",
  lambda v: redis_err("presence update failed user=%s" % v.lower(),
                      "WRONGTYPE Operation against a key holding the wrong kind of value",
                      "hset", ["presence:%s" % v.lower(), "status", "online", "ts", "%d" % epms(T())]),
  df=PLAYERS)

DSX = "com.datastax.oss.driver"


def cql_java(cls, thread, msg, exc, app):
    return ("%s ERROR 1 --- [%s] c.a.telemetry.%s : %s\n%s\n"
            "\tat %s.api.core.servererrors.%s.copy(%s.java:%d)\n"
            "\tat %s.internal.core.util.concurrent.CompletableFutures.getUninterruptibly(CompletableFutures.java:149)\n"
            "\tat %s.internal.core.cql.CqlRequestSyncProcessor.process(CqlRequestSyncProcessor.java:53)\n"
            "\tat %s.internal.core.session.DefaultSession.execute(DefaultSession.java:230)\n"
            "\tat %s.api.core.cql.SyncCqlSession.execute(SyncCqlSession.java:54)\n"
            "\tat com.acme.telemetry.%s"
            % (sp(T()), thread, cls, msg, DSX + ".api.core.servererrors." + exc[0] + ": " + exc[1],
               DSX, exc[0], exc[0], exc[2], DSX, DSX, DSX, DSX, app))


G("scylla-write-timeout-readings", "telemetry-store", 3,
  "WriteTimeoutException persisting readings batch",
  lambda v: cql_java("ReadingWriter", "s0-io-%d" % ri(0, 7),
                     "Failed to persist batch of %d readings for device %s" % (ri(1, 500), uid()),
                     ("WriteTimeoutException", "Cassandra timeout during SIMPLE write query at consistency LOCAL_QUORUM "
                      "(2 replica were required but only 1 acknowledged the write)", 96),
                     "ReadingWriter.write(ReadingWriter.java:88)"),
  nm="scylla-readings-timeout")
G("scylla-read-timeout-readings", "telemetry-store", 3,
  "ReadTimeoutException loading latest readings",
  lambda v: cql_java("ReadingReader", "http-nio-8080-exec-%d" % ri(1, 40),
                     "Failed to load latest readings for device %s" % uid(),
                     ("ReadTimeoutException", "Cassandra timeout during read query at consistency LOCAL_QUORUM "
                      "(2 responses were required but only 1 replica responded)", 107),
                     "ReadingReader.latest(ReadingReader.java:61)"),
  nm="scylla-readings-timeout")


def gocql(table):
    return jd({"level": "error", "ts": round(epms(T()) / 1000.0, 3), "caller": "store/cassandra.go:142",
               "msg": "cql write failed", "table": table, "user_id": ri(10000, 9999999), "conn": uid(),
               "error": "Operation timed out for %s - received only 1 responses from 2 CL=LOCAL_QUORUM." % table})


G("presence-timeout-sessions", "presence-svc", 3,
  "write timeouts on presence.sessions_by_user",
  lambda v: gocql("presence.sessions_by_user"), nm="presence-cql-table")
G("presence-timeout-lastseen", "presence-svc", 3,
  "write timeouts on presence.last_seen (hot partition)",
  lambda v: gocql("presence.last_seen"), nm="presence-cql-table")

BOTO = ('  File "/usr/local/lib/python3.11/site-packages/boto3/resources/factory.py", line 581, in do_action\n'
        '    response = action(self, *args, **kwargs)\n'
        '  File "/usr/local/lib/python3.11/site-packages/boto3/resources/action.py", line 88, in __call__\n'
        '    response = getattr(parent.meta.client, operation_name)(*args, **params)\n'
        '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 565, in _api_call\n'
        '    return self._make_api_call(operation_name, kwargs)\n'
        '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 1021, in _make_api_call\n'
        '    raise error_class(parsed_response, operation_name)\n')


def ddb(mod, fn, line, code, op):
    return ("[%s] ERROR in inventory.%s: %s failed player=%d txn=%s\nTraceback (most recent call last):\n"
            '  File "/app/inventory/%s.py", line %d, in %s\n    %s\n' % (sp(T(), ","), mod, fn, ri(10000, 9999999), uid(), mod, line, fn, code)
            + BOTO + "botocore.errorfactory.ConditionalCheckFailedException: An error occurred (ConditionalCheckFailedException) "
            "when calling the %s operation: The conditional request failed" % op)


G("ddb-condcheck-grant-put", "inventory-svc", 3,
  "grant_item PutItem conditional check fails (duplicate txn id)",
  lambda v: ddb("grants", "grant_item", 57, 'table.put_item(Item=item, ConditionExpression="attribute_not_exists(txn_id)")', "PutItem"),
  nm="ddb-condcheck")
G("ddb-condcheck-consume-update", "inventory-svc", 3,
  "consume_item UpdateItem conditional check fails (quantity race)",
  lambda v: ddb("consume", "consume_item", 73, 'table.update_item(Key=key, UpdateExpression="SET qty = qty - :n", ConditionExpression="qty >= :n", ExpressionAttributeValues=vals)', "UpdateItem"),
  nm="ddb-condcheck")


def ks_thread():
    return "leaderboard-app-%s-StreamThread-%d" % (uid(), ri(1, 4))


def ks_process(cause, frames):
    p = ri(0, 11)
    th = ks_thread()
    return ("%s ERROR [%s] o.a.k.s.p.i.StreamThread - stream-thread [%s] Encountered the following exception during processing and the thread is going to shut down:\n"
            "org.apache.kafka.streams.errors.StreamsException: Exception caught in process. taskId=0_%d, processor=KSTREAM-SOURCE-0000000000, topic=match-results, partition=%d, offset=%d, stacktrace=%s\n%s"
            "\tat org.apache.kafka.streams.processor.internals.StreamTask.process(StreamTask.java:768)\n"
            "\tat org.apache.kafka.streams.processor.internals.TaskExecutor.processTask(TaskExecutor.java:97)\n"
            "Caused by: %s" % (sp(T(), ","), th, th, p, p, ri(10**6, 10**9), cause, frames, cause))


G("ks-process-serialization", "leaderboard-streams", 3,
  "StreamsException in process: IntegerDeserializer size != 4 (producer changed key format)",
  lambda v: ks_process("org.apache.kafka.common.errors.SerializationException: Size of data received by IntegerDeserializer is not 4",
                       "\tat org.apache.kafka.common.serialization.IntegerDeserializer.deserialize(IntegerDeserializer.java:36)\n"
                       "\tat org.apache.kafka.streams.processor.internals.SourceNode.deserializeKey(SourceNode.java:54)\n"),
  nm="ks-process")
G("ks-process-npe-aggregator", "leaderboard-streams", 3,
  "StreamsException in process: NPE in ScoreAggregator.apply (null score)",
  lambda v: ks_process('java.lang.NullPointerException: Cannot invoke "com.acme.leaderboard.Score.getPoints()" because "score" is null',
                       "\tat com.acme.leaderboard.ScoreAggregator.apply(ScoreAggregator.java:57)\n"
                       "\tat org.apache.kafka.streams.kstream.internals.KStreamAggregate$KStreamAggregateProcessor.process(KStreamAggregate.java:111)\n"),
  nm="ks-process")


def ks_toolarge(store):
    th = ks_thread()
    n, tk = ri(1048577, 4200000), ri(0, 11)
    return ("%s ERROR [%s] o.a.k.s.p.i.RecordCollectorImpl - stream-thread [%s] task [1_%d] Error encountered sending record to topic leaderboard-app-%s-changelog for task 1_%d due to:\n"
            "org.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.\n"
            "Written offsets would not be recorded and no more records would be sent since this is a fatal error."
            % (sp(T(), ","), th, th, tk, store, tk, n))


G("ks-toolarge-score-store", "leaderboard-streams", 2,
  "RecordTooLarge on score-store changelog (unbounded per-player history list)",
  lambda v: ks_toolarge("score-store"), nm="ks-record-too-large")
G("ks-toolarge-season-totals", "leaderboard-streams", 2,
  "RecordTooLarge on season-totals changelog (season aggregate holds all players)",
  lambda v: ks_toolarge("season-totals"), nm="ks-record-too-large")

# ================================================================ Kotlin / Java services
def ktor(method, path, body):
    return ("%s [eventLoopGroupProxy-4-%d] ERROR ktor.application - Unhandled: %s - %s\n%s"
            % (sp(T()), ri(1, 8), method, path, body))


KTOR_TIMEOUT = ("kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 5000 ms\n"
                "\tat kotlinx.coroutines.TimeoutKt.TimeoutCancellationException(Timeout.kt:191)\n"
                "\tat kotlinx.coroutines.TimeoutCoroutine.run(Timeout.kt:159)\n"
                "\tat kotlinx.coroutines.EventLoopImplBase$DelayedRunnableTask.run(EventLoop.common.kt:505)\n"
                "\tat kotlinx.coroutines.EventLoopImplBase.processNextEvent(EventLoop.common.kt:284)\n"
                "\tat kotlinx.coroutines.DefaultExecutor.run(DefaultExecutor.kt:108)\n"
                "\tat java.base/java.lang.Thread.run(Thread.java:1583)")


def claim_dup(v):
    dev = mac("").upper()
    return ktor("POST", "/v1/devices/%s/claim" % dev,
                "org.jetbrains.exposed.exceptions.ExposedSQLException: org.postgresql.util.PSQLException: ERROR: duplicate key value "
                'violates unique constraint "device_claims_device_id_key"\n  Detail: Key (device_id)=(%s) already exists.\n'
                "SQL: [INSERT INTO device_claims (device_id, household_id, claimed_at) VALUES (?, ?, ?)]\n"
                "\tat org.jetbrains.exposed.sql.statements.Statement.executeIn$exposed_core(Statement.kt:49)\n"
                "\tat org.jetbrains.exposed.sql.Transaction.exec(Transaction.kt:141)\n"
                "\tat com.acme.account.devices.ClaimRepository.insert(ClaimRepository.kt:34)\n"
                "\tat com.acme.account.devices.ClaimService.claim(ClaimService.kt:52)\n"
                "\tat com.acme.account.routes.DeviceRoutesKt$deviceRoutes$2.invokeSuspend(DeviceRoutes.kt:77)" % dev)


G("ktor-claim-timeout", "account-api", 3,
  "device claim endpoint: unhandled TimeoutCancellationException (claim handshake with device never answers)",
  lambda v: ktor("POST", "/v1/devices/%s/claim" % mac("").upper(), KTOR_TIMEOUT), nm="ktor-claim-unhandled")
G("ktor-claim-duplicate", "account-api", 3,
  "device claim endpoint: unhandled duplicate-key ExposedSQLException (re-claim not handled)",
  claim_dup, nm="ktor-claim-unhandled")
G("ktor-tenant-branding-lateinit", "account-api", 4,
  "tenant homes endpoint: lateinit brandingConfig not initialised (tenant slug varies)",
  lambda v: ktor("GET", "/v1/tenants/%s/homes?page=%d" % (v, ri(1, 9)),
                 "kotlin.UninitializedPropertyAccessException: lateinit property brandingConfig has not been initialized\n"
                 "\tat com.acme.account.tenants.TenantContext.getBrandingConfig(TenantContext.kt:18)\n"
                 "\tat com.acme.account.routes.HomeRoutesKt$homeRoutes$1.invokeSuspend(HomeRoutes.kt:41)\n"
                 "\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"),
  df=TENANTS)


def spring_npe(frames):
    npe = 'java.lang.NullPointerException: Cannot invoke "String.length()" because "token" is null'
    return ("%s ERROR 1 --- [billing-svc] [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet "
            "[dispatcherServlet] in context with path [] threw exception [Request processing failed: %s] with root cause\n\n%s\n%s"
            "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
            "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)"
            % (iso(T()), ri(1, 200), npe, npe, frames))


G("billing-npe-receipt-validator", "billing-svc", 3,
  "NPE (null token) in ReceiptValidator.validate (App Store receipts)",
  lambda v: spring_npe("\tat com.acme.billing.receipt.ReceiptValidator.validate(ReceiptValidator.java:74)\n"
                       "\tat com.acme.billing.api.PurchaseController.confirm(PurchaseController.java:52)\n"),
  nm="billing-npe-token")
G("billing-npe-play-verifier", "billing-svc", 3,
  "NPE (null token) in PlayPurchaseVerifier.verify (Google Play purchases)",
  lambda v: spring_npe("\tat com.acme.billing.google.PlayPurchaseVerifier.verify(PlayPurchaseVerifier.java:112)\n"
                       "\tat com.acme.billing.api.PurchaseController.confirm(PurchaseController.java:58)\n"),
  nm="billing-npe-token")
G("billing-partner-pkix", "billing-svc", 4,
  "partner webhook delivery fails PKIX (truststore lacks new partner CA; partner sub-domain varies)",
  lambda v: ("%s ERROR 1 --- [billing-svc] [   scheduling-1] c.a.billing.webhook.PartnerNotifier      : Delivery %s to "
             "https://%s.partners.acme-pay.com/hooks/billing failed after %d ms: javax.net.ssl.SSLHandshakeException: PKIX path building failed: "
             "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"
             % (iso(T()), uid(), v, ri(40, 900))),
  df=SUBS)

# ================================================================ Python data job
def etl_day():
    d = T()
    return d, (d - _dt.timedelta(days=1)).strftime("%Y-%m-%d"), d.strftime("%Y%m%dT030000")


G("etl-rollup-missing-rssi", "telemetry-etl", 4,
  "daily rollup KeyError 'rssi' (tenants on new firmware schema; tenant slug varies)",
  lambda v, D=etl_day: (lambda d, dt, run: "%s ERROR rollup.daily [run=%s] tenant=%s dt=%s failed after %.1fs\nTraceback (most recent call last):\n"
             '  File "/opt/etl/rollup/daily.py", line 132, in run_tenant\n    df = enrich(load_readings(tenant, day))\n'
             '  File "/opt/etl/rollup/enrich.py", line 47, in enrich\n    df["rssi_dbm"] = df["rssi"].astype("int16")\n'
             '                     ~~^^^^^^^^\n'
             '  File "/opt/etl/.venv/lib/python3.11/site-packages/pandas/core/frame.py", line 3893, in __getitem__\n'
             '    indexer = self.columns.get_loc(key)\n'
             '  File "/opt/etl/.venv/lib/python3.11/site-packages/pandas/core/indexes/base.py", line 3797, in get_loc\n'
             "    raise KeyError(key) from err\nKeyError: 'rssi'"
             % (sp(d, ","), run, v, dt, ri(2, 900) + R.random()))(*D()),
  df=TENANTS)

# ================================================================ Node player API
def pino_err(url, stack, msg="request errored"):
    lines = stack.split("\n")
    return jd({"level": 50, "time": epms(T()), "pid": 1, "hostname": pod("player-api"),
               "reqId": "req-%s" % alnum(5, "0123456789abcdefghijklmnopqrstuvwxyz"),
               "req": {"method": "GET", "url": url},
               "err": {"type": "TypeError", "message": lines[0].split(": ", 1)[1], "stack": stack}, "msg": msg})


REGION_TE = "TypeError: Cannot read properties of undefined (reading 'region')"
G("player-api-region-resolveshard", "player-api", 3,
  "TypeError reading 'region' in resolveShard (profile route)",
  lambda v: pino_err("/v1/players/%d/profile" % ri(10000, 9999999),
                     REGION_TE + "\n    at resolveShard (/app/dist/shards/resolve.js:42:31)\n"
                     "    at getProfile (/app/dist/routes/profile.js:27:25)\n"
                     "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                     "    at async /app/dist/middleware/wrap.js:8:7"),
  nm="player-api-region-typeerror")
G("player-api-region-friendlist", "player-api", 3,
  "TypeError reading 'region' in buildFriendList (friends route, friend without presence)",
  lambda v: pino_err("/v1/players/%d/friends?limit=%d" % (ri(10000, 9999999), pick([20, 50, 100])),
                     REGION_TE + "\n    at /app/dist/routes/friends.js:61:40\n    at Array.map (<anonymous>)\n"
                     "    at buildFriendList (/app/dist/routes/friends.js:58:22)\n"
                     "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                     "    at async /app/dist/middleware/wrap.js:8:7"),
  nm="player-api-region-typeerror")


def party_push(v):
    return jd({"level": 50, "time": epms(T()), "pid": 1, "hostname": pod("player-api"), "party": uid(),
               "from": v, "toPlayerId": ri(10000, 9999999), "err": {"type": "FetchError", "message":
                                             "request to https://fcm.googleapis.com/v1/projects/acme-arena/messages:send failed, reason: socket hang up",
                                             "code": "ECONNRESET"},
               "msg": "party invite push failed"})


G("player-api-party-push-hangup", "player-api", 4,
  "party invite push to FCM: socket hang up (sender/recipient player names vary)", party_push, df=PLAYERS)

# ================================================================ edge: nginx / envoy
def ngx_line(err, req, up, host="api.acme.gg", server="api.acme.gg"):
    return ('%s [error] %d#%d: *%d %s, client: %s, server: %s, request: "%s", upstream: "%s", host: "%s"'
            % (ngx(T()), 29, 29, ri(10000, 99999999), err, ip(), server, req, up, host))


def ngx_conn(code):
    path = "/v1/match/tickets"
    return ngx_line("connect() failed (%s) while connecting to upstream" % code, "POST %s HTTP/1.1" % path,
                    "http://10.0.4.%d:8080%s" % (ri(2, 60), path))


G("nginx-match-econnrefused", "edge-nginx", 3,
  "matchmaker upstream connect() 111 Connection refused", lambda v: ngx_conn("111: Connection refused"), nm="nginx-connect-errno")
G("nginx-match-ehostunreach", "edge-nginx", 3,
  "matchmaker upstream connect() 113 No route to host (stale endpoints)", lambda v: ngx_conn("113: No route to host"), nm="nginx-connect-errno")


def ngx_nolive(up, path):
    return ngx_line("no live upstreams while connecting to upstream", "GET %s HTTP/1.1" % path, "http://%s%s" % (up, path))


G("nginx-nolive-player-api", "edge-nginx", 3,
  "no live upstreams in player_api",
  lambda v: ngx_nolive("player_api", "/v1/players/%d/profile" % ri(10000, 9999999)), nm="nginx-no-live-upstreams")
G("nginx-nolive-inventory-api", "edge-nginx", 2,
  "no live upstreams in inventory_api",
  lambda v: ngx_nolive("inventory_api", "/v1/players/%d/inventory" % ri(10000, 9999999)), nm="nginx-no-live-upstreams")


def ngx_bighdr(v):
    q = "/auth/callback?code=%s&state=%s" % (alnum(40), alnum(16))
    return ngx_line("upstream sent too big header while reading response header from upstream", "GET %s HTTP/2.0" % q,
                    "http://10.0.4.%d:8080%s" % (ri(2, 60), q), host="%s.play.acme.gg" % v,
                    server=r"~^(?<tenant>[a-z-]+)\.play\.acme\.gg$")


G("nginx-auth-callback-big-header", "edge-nginx", 4,
  "auth callback response headers exceed proxy buffer (tenant sub-domain varies)", ngx_bighdr, df=SUBS)


def envoy(code, flags, det, path, up, authority="relay.acme.gg", method="POST", proto="HTTP/2", ua="grpc-go/1.62.1"):
    return ('[%s] "%s %s %s" %d %s %s 0 %d %d - "%s" "%s" "%s" "%s" "%s"'
            % (iso(T()), method, path, proto, code, flags, det, ri(0, 200), ri(0, 3000), ip(), ua, uid(), authority, up))


G("envoy-relay-503-uf", "edge-envoy", 3,
  "relay Join: 503 UF upstream connection failure",
  lambda v: envoy(503, "UF", "upstream_reset_before_response_started{remote_connection_failure}", "/relay.v1.Relay/Join",
                  "10.0.5.%d:7000" % ri(2, 90)), nm="envoy-relay-503")
G("envoy-relay-503-uo", "edge-envoy", 3,
  "relay Join: 503 UO upstream overflow (circuit breaker max_requests)",
  lambda v: envoy(503, "UO", "upstream_reset_before_response_started{overflow}", "/relay.v1.Relay/Join", "-"),
  nm="envoy-relay-503")
G("envoy-tenant-route-not-found", "edge-envoy", 4,
  "404 NR route_not_found for tenant wildcard hosts (missing virtual host; sub-domain varies)",
  lambda v: envoy(404, "NR", "route_not_found", pick(["/", "/login", "/favicon.ico", "/assets/app.js"]), "-",
                  authority="%s.play.acme.gg" % v, method="GET", proto="HTTP/1.1",
                  ua="Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36"),
  df=SUBS)

# ================================================================ kubelet / systemd
BACKOFF = ["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"]


def kubelet(ns, podname, err, puid=None):
    d = T()
    pid = ri(900, 4000)
    return ('%s ip-10-0-%d-%d kubelet[%d]: E%s    %d pod_workers.go:1298] "Error syncing pod, skipping" err="%s" pod="%s/%s" podUID="%s"'
            % (sysl(d), ri(0, 15), ri(2, 254), pid, klog(d), pid, err, ns, podname, puid or uid()))


def crashloop(container, dep):
    p, u = pod(dep), uid()
    return kubelet("games", p, 'failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=%s pod=%s_games(%s)\\"'
                   % (container, pick(BACKOFF), container, p, u), u)


G("k8s-crashloop-relay", "kubelet", 3,
  "relay container CrashLoopBackOff", lambda v: crashloop("relay", "relay"), nm="k8s-start-container")
G("k8s-imagepull-relay", "kubelet", 2,
  "relay container ImagePullBackOff (bad image tag)",
  lambda v: kubelet("games", pod("relay"), 'failed to \\"StartContainer\\" for \\"relay\\" with ImagePullBackOff: \\"Back-off pulling image '
                    '\\\\\\"512345678901.dkr.ecr.eu-west-1.amazonaws.com/relay:4.12.1\\\\\\"\\"'),
  nm="k8s-start-container")
G("k8s-crashloop-matchmaker", "kubelet", 3,
  "matchmaker container CrashLoopBackOff", lambda v: crashloop("matchmaker", "matchmaker"), nm="k8s-start-container")


def k8s_mount(v):
    c = "bcdfghjklmnpqrstvwxz2456789"
    return kubelet("tenant-%s" % v, pod("mqtt-bridge"),
                   "unmounted volumes=[client-cert], unattached volumes=[client-cert kube-api-access-%s]: timed out waiting for the condition"
                   % "".join(R.choice(c) for _ in range(5)))


G("k8s-tenant-bridge-cert-mount", "kubelet", 4,
  "per-tenant mqtt-bridge pods stuck: client-cert secret never provisioned (namespace slug varies)", k8s_mount, df=TENANTS)


def sysd(status):
    return "%s turn-%s-%d systemd[1]: coturn.service: Main process exited, code=killed, status=%s" % (
        sysl(T()), pick(["eu", "us", "ap"]), ri(1, 12), status)


G("systemd-coturn-sigkill", "host-journal", 3,
  "coturn killed by SIGKILL (memory limit)", lambda v: sysd("9/KILL"), nm="systemd-coturn-killed")
G("systemd-coturn-sigabrt", "host-journal", 2,
  "coturn aborted SIGABRT (assertion in relay code)", lambda v: sysd("6/ABRT"), nm="systemd-coturn-killed")

# ================================================================ AWS Lambda
G("lambda-prov-import-cffi", "lambda-provisioning", 1,
  "provisioning Lambda cannot import _cffi_backend (package built for wrong arch)",
  lambda v: ("%s\t[ERROR] Runtime.ImportModuleError: Unable to import module 'handler': No module named '_cffi_backend'\n"
             "Traceback (most recent call last):\nINIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError"
             % (iso(T()), ri(200, 900) + R.random())))
G("lambda-prov-thinggroup-missing", "lambda-provisioning", 4,
  "AddThingToThingGroup fails: tenant thing group never created (tenant slug varies)",
  lambda v: ("[ERROR]\t%s\t%s\tFailed to add thing esp32-%s to group tenant-%s: An error occurred (ResourceNotFoundException) "
             "when calling the AddThingToThingGroup operation: ThingGroup tenant-%s does not exist"
             % (iso(T()), uid(), mac(""), v, v)),
  df=TENANTS)
G("lambda-dlr-messagestatus", "lambda-dlr", 3,
  "Twilio DLR Lambda TypeError reading MessageStatus (form-encoded body not parsed)",
  lambda v: ("%s\t%s\tERROR\tInvoke Error \t" % (iso(T()), uid())) +
  jd({"errorType": "TypeError", "errorMessage": "Cannot read properties of undefined (reading 'MessageStatus')",
      "stack": ["TypeError: Cannot read properties of undefined (reading 'MessageStatus')",
                "    at Runtime.handler (file:///var/task/index.mjs:14:38)",
                "    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)"]}))


# ================================================================ checks + output
def check():
    labels = [g["label"] for g in GROUPS]
    assert len(set(labels)) == len(labels), "duplicate labels"
    owner = {}
    nms = {}
    for g in GROUPS:
        n = len(g["msgs"])
        assert 1 <= n <= 6, (g["label"], n)
        assert len(set(g["msgs"])) == n, ("repeat inside group", g["label"])
        for m in g["msgs"]:
            k = (g["service"], m)
            assert owner.setdefault(k, g["label"]) == g["label"], ("cross-group repeat", k)
        if g["df"]:
            vals = sorted(set(g["dfvals"]))
            assert 3 <= len(vals) <= 5, (g["label"], vals)
            for v, m in zip(g["dfvals"], g["msgs"]):
                assert not re.search(r"\d", v) and v.lower() in m.lower(), (g["label"], v)
        if g["nm"]:
            nms.setdefault(g["nm"], []).append(g)
    for k, gs in nms.items():
        assert 2 <= len(gs) <= 3, (k, len(gs))
        assert len(set(g["service"] for g in gs)) == 1, k
    return nms


def main():
    nms = check()
    events = [{"service": g["service"], "message": m, "group": g["label"]} for g in GROUPS for m in g["msgs"]]
    R.shuffle(events)
    with open(os.path.join(OUT, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    meta = {}
    for g in GROUPS:
        meta[g["label"]] = {"description": g["desc"], "service": g["service"], "count": len(g["msgs"]),
                            "near_miss_set": g["nm"], "digit_free_variable": g["df"]}
    with open(os.path.join(OUT, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(meta, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    svcs = sorted(set(g["service"] for g in GROUPS))
    sys.stderr.write("events=%d groups=%d services=%d near_miss_sets=%d (groups in them=%d) digit_free_groups=%d\n"
                     % (len(events), len(GROUPS), len(svcs), len(nms), sum(len(v) for v in nms.values()),
                        sum(1 for g in GROUPS if g["df"])))


if __name__ == "__main__":
    main()
