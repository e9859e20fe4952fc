"""HealthTracker: logcat-style log of an Android fitness / health app
(pedometer, heart-rate sensor, wristband sync, sleep, workouts, cloud
upload), content only: the part after "timestamp|Component|pid|".

Style of a real vendor health app: camelCase method names as message
prefixes, values glued with "=" or ":", "##"-joined counters, screen
on/off broadcasts driving sensor flushes, steady step-counter chatter.
"""

from common import Builder, Pool, weighted, interleave, mac_addr, hexs

NAME = "HealthTracker"

DEVICE_NAMES = ["Pulse Band", "Pulse Band Pro", "Pulse Watch", "Mi Smart Band",
                "Amazfit Bip", "Pulse Watch GT", "Fitbit Charge",
                "Galaxy Fit", "Pulse Band Lite", "HONOR Band"]


def build(seed=3301):
    b = Builder(NAME, seed)
    rng = b.rng
    st = {"ts": 1514038440000, "steps": 3400, "day_steps": 6900,
          "cal": 126000, "alt": 240, "dist": 5480, "sync_ver": 8123}

    def tick(ms=None):
        st["ts"] += ms if ms is not None else rng.randint(500, 60000)
        return st["ts"]

    dtypes = Pool(["STEP", "HEART_RATE", "SLEEP", "CALORIES", "WORKOUT",
                   "STRESS", "SPO2", "WEIGHT", "BLOOD_PRESSURE"], s=1.0)
    devices = Pool(DEVICE_NAMES, s=1.3)
    devmacs = {d: mac_addr(rng).upper() for d in DEVICE_NAMES}
    perms = Pool(["android.permission.ACTIVITY_RECOGNITION",
                  "android.permission.ACCESS_FINE_LOCATION",
                  "android.permission.BODY_SENSORS",
                  "android.permission.BLUETOOTH_CONNECT",
                  "android.permission.POST_NOTIFICATIONS",
                  "android.permission.READ_CONTACTS"], s=0.8)
    threads = Pool(["main", "RxCachedThreadScheduler-1",
                    "RxCachedThreadScheduler-3", "OkHttp Dispatcher",
                    "pool-2-thread-1", "HealthSyncThread",
                    "AsyncTask #2", "Binder:2301_4"], s=0.9)
    urls = Pool(["https://health-api.pulsefit.example.com/v2/data/upload",
                 "https://health-api.pulsefit.example.com/v2/data/sync",
                 "https://health-api.pulsefit.example.com/v2/user/profile",
                 "https://health-api.pulsefit.example.com/v1/config/getAll",
                 "https://health-api.pulsefit.example.com/v2/goal/get",
                 "https://account.pulsefit.example.com/oauth/token",
                 "https://log.pulsefit.example.com/collect"], s=0.9)
    failmsgs = Pool([
        "Unable to resolve host \"health-api.pulsefit.example.com\": No "
        "address associated with hostname",
        "timeout", "SSL handshake aborted",
        "Failed to connect to health-api.pulsefit.example.com/203.0.113.40:443",
        "Software caused connection abort", "Connection reset",
        "HTTP 502 Bad Gateway", "token expired"], s=0.9)

    def detail(r=None):
        return "%d##%d##%d##%d##%d##%d" % (
            st["ts"] // 60000 * 60000, st["day_steps"], st["dist"] * 100 + 65,
            8661, st["cal"] // 10, st["cal"] * 216 + 3954)

    b.g("steps", lambda r: st["steps"])
    b.g("ms", lambda r: st["ts"])
    b.g("dtype", lambda r: dtypes.pick(r))
    b.g("n", lambda r: r.randint(1, 300))
    b.g("cost", lambda r: r.randint(40, 4000))
    b.g("bool", lambda r: r.choice(["true", "false"]))
    b.g("bpm", lambda r: r.randint(52, 142))
    b.g("mac", lambda r: mac_addr(r).upper())
    b.g("devname", lambda r: devices.pick(r))
    b.g("perm", lambda r: perms.pick(r))
    b.g("thread", lambda r: threads.pick(r))
    b.g("url", lambda r: urls.pick(r))
    b.g("msg", lambda r: failmsgs.pick(r))
    b.g("id", lambda r: r.randint(1, 99))
    b.g("level", lambda r: weighted(r, [(5, 1), (10, 2), (15, 1), (20, 3),
                                        (40, 1), (60, 2), (80, 1)]))
    b.g("ver", lambda r: r.randint(20, 31))
    b.g("uuid", lambda r: "0000%s-0000-1000-8000-00805f9b34fb"
        % r.choice(["2a37", "2a19", "fee1", "fee7", "2a53", "fe95"]))
    b.g("sleepst", lambda r: r.choice(["AWAKE", "LIGHT", "DEEP", "REM"]))
    b.g("wtype", lambda r: weighted(r, [("OUTDOOR_RUNNING", 4),
                                        ("OUTDOOR_WALKING", 3),
                                        ("INDOOR_RUNNING", 1),
                                        ("CYCLING", 2)]))
    b.g("provider", lambda r: weighted(r, [("gps", 6), ("network", 2),
                                           ("fused", 1)]))
    b.g("acc", lambda r: "%.1f" % r.uniform(3, 40))
    b.g("tok", lambda r: hexs(r, 8))
    b.g("reason", lambda r: weighted(r, [("link_loss", 4), ("user", 1),
                                         ("timeout", 2), ("bond_lost", 1)]))
    b.g("mode", lambda r: r.choice(["NORMAL", "POWER_SAVE", "BACKGROUND"]))
    b.g("iv", lambda r: r.choice([900000, 1800000, 3600000]))

    T = b.t
    # pedometer core
    T("step_changed", "onStandStepChanged %{steps}")
    T("extend", "onExtend:%{ms} %{a} %{b} %{c}")
    T("proc_on", "processHandleBroadcastAction action:android.intent.action."
      "SCREEN_ON")
    T("proc_off", "processHandleBroadcastAction action:android.intent.action."
      "SCREEN_OFF")
    T("flush", "flush sensor data")
    T("set_detail", "setTodayTotalDetailSteps=%{detail}")
    T("get_detail", "getTodayTotalDetailSteps = %{detail}")
    T("calories", "calculateCaloriesWithCache totalCalories=%{cal}")
    T("altitude", "calculateAltitudeWithCache totalAltitude=%{alt}")
    T("report", "REPORT : %{a} %{b} %{c} %{d}")
    T("recv_on", "onReceive action: android.intent.action.SCREEN_ON")
    T("recv_off", "onReceive action: android.intent.action.SCREEN_OFF")
    T("recv_present", "onReceive action: android.intent.action.USER_PRESENT")
    T("recv_tick", "onReceive action: android.intent.action.TIME_TICK")
    T("recv_power_on", "onReceive action: android.intent.action."
      "ACTION_POWER_CONNECTED")
    T("recv_power_off", "onReceive action: android.intent.action."
      "ACTION_POWER_DISCONNECTED")
    T("recv_date", "onReceive action: android.intent.action.DATE_CHANGED")
    T("screen_unknown", "screen status unknown,think screen on")
    T("sensor_reg", "registerStepSensor success, delay=%{d}")
    T("sensor_unreg", "unRegisterStepSensor")
    T("step_mode", "changeStepCountMode from %{m1:mode} to %{m2:mode}")
    T("sensor_event", "onSensorChanged type=step_counter value=%{v} "
      "timestamp=%{ns}")
    T("last_upload", "setLastUploadTime time=%{ms}")
    T("day_reset", "new day detected, reset today steps, lastDay=%{d1} "
      "today=%{d2}")
    # goal & notification
    T("notif", "updateNotification steps=%{steps} goal=%{goal}")
    T("goal_check", "isGoalReached goal=%{goal} steps=%{steps} "
      "hasNotified=%{notified:bool}")
    T("goal_reached", "showGoalNotification, goal reached %{goal}")
    # heart rate
    T("hr", "onHeartRateChanged hr=%{bpm} confidence=%{conf}")
    T("hr_invalid", "heart rate value invalid: %{v}, drop it")
    T("hr_reg", "registerHeartRateListener result=%{res:bool}")
    T("hr_resting", "restingHeartRate calculate result=%{bpm} samples=%{n}")
    # wristband
    T("bt_connect", "connectDevice name=%{devname}, mac=%{mac}")
    T("bt_state", "onConnectionStateChange status=%{s} newState=%{ns} "
      "device=%{mac}")
    T("bt_connected", "device connected: %{devname}")
    T("bt_disconnected", "device disconnected: %{devname}, reason=%{reason}")
    T("bt_notify", "setCharacteristicNotification uuid=%{uuid} enable=true")
    T("bt_battery", "readBattery level=%{level}")
    T("bt_sync_start", "startSyncDeviceData type=%{dtype}")
    T("bt_sync_done", "syncDeviceData finish, type=%{dtype}, count=%{n}, "
      "cost=%{cost}ms")
    T("bt_scan", "startLeScan, filter=%{devname}")
    T("bt_scan_timeout", "scan timeout, device not found: %{devname}")
    # cloud
    T("need_sync", "checkNeedSync type=%{dtype} need=%{bool}")
    T("up_start", "uploadData start, dataType=%{dtype}, size=%{n}")
    T("up_ok", "uploadData success, dataType=%{dtype}, cost=%{cost}ms")
    T("up_fail", "uploadData failed, dataType=%{dtype}, errorCode=%{code}, "
      "errorMsg=%{msg}")
    T("http", "request url=%{url} code=%{code} cost=%{cost}ms")
    T("no_net", "network not available, postpone upload")
    T("retry", "retry upload, times=%{t}")
    T("sync_ver", "syncVersion local=%{v1} cloud=%{v2}")
    T("token", "refreshAccessToken success, expiresIn=%{sec}")
    # storage
    T("db_insert", "insertHealthData type=%{dtype} count=%{n} result=%{bool}")
    T("db_query", "queryStepDetail startTime=%{t1} endTime=%{t2} size=%{n}")
    T("db_delete", "deleteExpiredData before=%{ms} deleted=%{n}")
    T("db_upgrade", "onUpgrade oldVersion=%{v1:ver} newVersion=%{v2:ver}")
    # sleep
    T("sleep_state", "sleep state changed: %{s1:sleepst} -> %{s2:sleepst}")
    T("sleep_start", "sleepDetect start, bedTime=%{hm}")
    T("sleep_result", "sleepDetect result: total=%{t}min deep=%{d}min "
      "light=%{l}min rem=%{r}min awake=%{a}min score=%{sc}")
    # workout
    T("wk_start", "startWorkout type=%{wtype}")
    T("wk_pause", "pauseWorkout")
    T("wk_resume", "resumeWorkout")
    T("wk_stop", "stopWorkout duration=%{dur}s distance=%{dist}m "
      "calories=%{kcal}")
    T("gps", "onLocationChanged accuracy=%{acc} provider=%{provider}")
    T("gps_lost", "GPS signal lost")
    T("gps_ok", "GPS signal recovered")
    # app & system
    T("act_resume", "MainActivity onResume")
    T("act_pause", "MainActivity onPause")
    T("svc_start", "HealthService onStartCommand flags=%{f} startId=%{id}")
    T("job", "schedule job id=%{id} interval=%{iv}")
    T("perm_ok", "permission %{perm} granted")
    T("perm_no", "permission %{perm} denied")
    T("trim", "onTrimMemory level=%{tl}")
    T("crash", "uncaught exception in thread %{thread}: "
      "java.lang.IllegalStateException: %{what}")
    T("doze", "device idle mode changed, idle=%{bool}")

    e = b.e

    # ----------------------------------------------------------- scenarios
    def walk():
        n = weighted(rng, [(1, 3), (2, 3), (4, 3), (8, 2), (15, 1)])
        for i in range(n):
            st["steps"] += rng.randint(0, 25)
            st["day_steps"] += rng.randint(0, 25)
            tick(rng.randint(800, 20000))
            e("step_changed")
            if rng.random() < 0.18:
                e("extend", a=rng.randint(0, 40), b=rng.randint(0, 3),
                  c=rng.randint(0, 12))
            if rng.random() < 0.01:
                e("sensor_event", v=st["steps"] + 100000,
                  ns=rng.randint(10 ** 12, 10 ** 13))
        if rng.random() < 0.25:
            summary()

    def summary():
        if rng.random() < 0.6:
            e("get_detail", detail=detail())
        st["cal"] += rng.randint(0, 900)
        st["alt"] += rng.choice([0, 0, 0, 1, 2, -1])
        st["dist"] += rng.randint(0, 30)
        e("set_detail", detail=detail())
        e("calories", cal=st["cal"])
        e("altitude", alt=st["alt"])
        e("report", a=st["day_steps"], b=5002, c=st["cal"] + 23000,
          d=st["alt"])
        if rng.random() < 0.15:
            goal = 10000
            e("goal_check", goal=goal, steps=st["day_steps"])
            if rng.random() < 0.4:
                e("notif", goal=goal, steps=st["day_steps"])

    def screen_on():
        tick()
        e("recv_on")
        e("proc_on")
        if rng.random() < 0.35:
            e("recv_present")
        if rng.random() < 0.05:
            e("screen_unknown")
        e("flush")
        summary()
        if rng.random() < 0.1:
            e("act_resume")

    def screen_off():
        tick()
        if rng.random() < 0.1:
            e("act_pause")
        e("recv_off")
        e("proc_off")
        e("flush")
        if rng.random() < 0.3:
            summary()

    def time_tick():
        tick(60000)
        e("recv_tick")
        if rng.random() < 0.3:
            e("flush")

    def heart():
        n = weighted(rng, [(1, 2), (3, 3), (6, 2), (10, 1)])
        if rng.random() < 0.2:
            e("hr_reg", res="true")
        base = rng.randint(58, 110)
        for _ in range(n):
            if rng.random() < 0.04:
                e("hr_invalid", v=rng.choice([0, 255, 0, 1]))
            else:
                e("hr", bpm=max(40, base + rng.randint(-6, 6)),
                  conf=weighted(rng, [(3, 6), (2, 2), (1, 1)]))

    def band():
        dev = devices.pick(rng)
        mac = devmacs[dev]
        if rng.random() < 0.3:
            e("bt_scan", devname=dev)
            if rng.random() < 0.15:
                e("bt_scan_timeout", devname=dev)
                return
        e("bt_connect", devname=dev, mac=mac)
        e("bt_state", s=0, ns=2, mac=mac)
        e("bt_connected", devname=dev)
        for u in rng.sample(["2a37", "2a19", "fee1", "fee7"], rng.randint(1, 3)):
            e("bt_notify", uuid="0000%s-0000-1000-8000-00805f9b34fb" % u)
        if rng.random() < 0.6:
            e("bt_battery")
        for dt in rng.sample(["STEP", "HEART_RATE", "SLEEP", "SPO2",
                              "STRESS"], rng.randint(1, 4)):
            e("bt_sync_start", dtype=dt)
            if rng.random() < 0.5:
                e("db_insert", dtype=dt, bool="true")
            e("bt_sync_done", dtype=dt)
        if rng.random() < 0.5:
            e("bt_state", s=weighted(rng, [(0, 3), (8, 2), (19, 1),
                                           (133, 1)]), ns=0, mac=mac)
            e("bt_disconnected", devname=dev)

    def upload():
        tick()
        if rng.random() < 0.1:
            e("no_net")
            return
        kinds = rng.sample(dtypes.items[:6], rng.randint(1, 3))
        for dt in kinds:
            e("need_sync", dtype=dt, bool="true")
        if rng.random() < 0.15:
            e("token", sec=7200)
        for dt in kinds:
            e("up_start", dtype=dt)
            if rng.random() < 0.12:
                e("http", url=urls.items[0],
                  code=weighted(rng, [(-1, 3), (502, 1), (401, 1)]))
                e("up_fail", dtype=dt,
                  code=weighted(rng, [(-1, 4), (1002, 2), (401, 1)]))
                e("retry", t=rng.randint(1, 3))
            else:
                e("http", url=urls.items[0], code=200)
                e("up_ok", dtype=dt)
        if rng.random() < 0.3:
            st["sync_ver"] += rng.randint(1, 9)
            e("sync_ver", v1=st["sync_ver"] - rng.randint(0, 5),
              v2=st["sync_ver"])
        if rng.random() < 0.3:
            e("last_upload", ms=st["ts"])
        if rng.random() < 0.3:
            e("http", code=200)

    def sleep():
        e("sleep_start", hm="%02d:%02d" % (rng.choice([22, 23, 0, 1]),
                                           rng.randrange(60)))
        cur = "AWAKE"
        for _ in range(rng.randint(2, 7)):
            nxt = rng.choice([s for s in ["AWAKE", "LIGHT", "DEEP", "REM"]
                              if s != cur])
            e("sleep_state", s1=cur, s2=nxt)
            cur = nxt
        if rng.random() < 0.4:
            t = rng.randint(300, 560)
            d = rng.randint(40, 120)
            r_ = rng.randint(40, 110)
            a = rng.randint(0, 30)
            e("sleep_result", t=t, d=d, r=r_, a=a, l=t - d - r_ - a,
              sc=rng.randint(55, 95))

    def workout():
        e("wk_start")
        seqs = [[], []]
        for _ in range(rng.randint(3, 12)):
            seqs[0].append(b.r("gps"))
        if rng.random() < 0.25:
            seqs[0].insert(rng.randrange(len(seqs[0])), b.r("gps_lost"))
            seqs[0].insert(len(seqs[0]) - 1, b.r("gps_ok"))
        for _ in range(rng.randint(2, 6)):
            st["steps"] += rng.randint(10, 40)
            seqs[1].append(b.r("step_changed"))
        b.buf.extend(interleave(rng, seqs, stick=0.7))
        if rng.random() < 0.3:
            e("wk_pause")
            e("wk_resume")
        e("wk_stop", dur=rng.randint(300, 5400), dist=rng.randint(500, 15000),
          kcal=rng.randint(30, 900))

    def misc():
        k = weighted(rng, [("svc", 4), ("job", 3), ("db", 3), ("mode", 2),
                           ("doze", 2), ("resting", 1), ("query", 2)])
        if k == "svc":
            e("svc_start", f=rng.choice([0, 1, 2]), id=rng.randint(1, 40))
            if rng.random() < 0.5:
                e("sensor_reg", d=rng.choice([0, 3, 20000]))
        elif k == "job":
            e("job")
        elif k == "db":
            e("db_insert")
        elif k == "mode":
            a, z = rng.sample(["NORMAL", "POWER_SAVE", "BACKGROUND"], 2)
            e("step_mode", m1=a, m2=z)
        elif k == "doze":
            e("doze")
        elif k == "resting":
            e("hr_resting")
        else:
            t1 = st["ts"] - rng.randint(1, 7) * 86400000
            e("db_query", t1=t1, t2=st["ts"])

    scenarios = [(40, walk), (12, screen_on), (11, screen_off),
                 (9, time_tick), (6, heart), (2.2, band), (3.5, upload),
                 (0.6, sleep), (0.4, workout), (3, misc)]
    blocks = []
    # rare: power, date change, permissions, trim, crash, db upgrade ...
    blocks.append([b.r("recv_power_on")])
    blocks.append([b.r("recv_power_off")])
    blocks.append([b.r("recv_date"),
                   b.r("day_reset", d1=20171223, d2=20171224),
                   b.r("db_delete", n=rng.randint(100, 3000))])
    blocks.append([b.r("perm_ok", perm=perms.items[0]),
                   b.r("perm_ok", perm=perms.items[1]),
                   b.r("perm_no", perm=perms.items[3])])
    blocks.append([b.r("trim", tl=20)])
    blocks.append([b.r("trim", tl=80), b.r("sensor_unreg")])
    blocks.append([b.r("crash", thread="OkHttp Dispatcher",
                       what="closed"),
                   b.r("svc_start", f=1, id=1),
                   b.r("sensor_reg", d=0)])
    blocks.append([b.r("db_upgrade", v1=27, v2=28)])
    blocks.append([b.r("goal_reached", goal=10000)])
    blocks.append([b.r("wk_pause"), b.r("wk_resume")])
    t1 = st["ts"] - 3 * 86400000
    blocks.append([b.r("db_query", t1=t1, t2=st["ts"], n=4320)])
    blocks += b.tail_blocks(["job", "bt_scan_timeout"])
    b.assemble(scenarios, blocks)
    return b, ()
