"""HealthApp: log of an Android health / step-counter app (Huawei Health
style: Step_* step-counter components and HiH_* HiHealth data platform).

Raw lines look like  20171223-22:15:29:606|Step_LSC|30002312|<content>;
only <content> is kept, as in Loghub. Simulated as: step-sensor updates
while walking (long bursts of the same 6-8 lines), minute ticks, screen
on/off broadcasts, periodic HiHealth sync batches, and rare lifecycle /
settings events.

Labelling: numbers, time stamps, package names, device / sensor names,
nick names, method names and keys are <*>. Broadcast action names and
true/false flags that select a different code path are constant (one
template per action), as in Loghub's HealthApp labels.
"""

import random

from common import (TemplateSet, ValueGen, finish_stream, weighted_choice,
                    geometric)
from names import FIRST_NAMES, PINYIN_NAMES

SYSTEM = "HealthApp"
SEED = 1514038

ACTIONS_PHA = ["SCREEN_ON", "SCREEN_OFF", "TIME_TICK", "USER_PRESENT",
               "DATE_CHANGED"]
ACTIONS_ONR = ["SCREEN_ON", "SCREEN_OFF", "TIME_TICK", "USER_PRESENT",
               "ACTION_POWER_CONNECTED", "ACTION_POWER_DISCONNECTED"]

TAIL = [
    # key, text, weight
    ("ins_db", "insertTotalStepsToDB totalSteps=@{n},time=@{ts}", 3),
    ("flush_db", "flushCacheToDB cacheSize=@{n}", 3),
    ("dayc", "checkCurrentDay a new day comes , reset basicStepData", 0.3),
    ("init_env", "initEnviroument", 0.6),
    ("init_dp", "initDataPrivacy the dataPrivacy is true", 0.6),
    ("init_up", "initUserPrivacy the userPrivacy is true", 0.6),
    ("reg_sensor", "registerSensorListener sensorName=@{sensor},vendor="
     "@{vendor}", 1),
    ("unreg_sensor", "unregisterSensorListener success", 0.6),
    ("sensor_null", "step counter sensor is null, try again later", 0.4),
    ("notif", "refreshNotification steps=@{n},goal=@{goal}", 4),
    ("goal", "sendGoalReachedNotification goal=@{goal}", 0.3),
    ("svc_conn", "StepDataServiceConnection onServiceConnected name="
     "@{comp}", 0.8),
    ("svc_disc", "StepDataServiceConnection onServiceDisconnected name="
     "@{comp}", 0.5),
    ("bind_svc", "bindStepCounterService ret=true", 0.6),
    ("notify_chg", "notifyUserStepsChanged steps=@{n},calories=@{cal=n},"
     "distance=@{dist=n}", 3),
    ("getstat", "getStepCounterStatus status=@{n}", 1),
    ("set_wlt", "setWriteDBLastTime=@{ts}", 2),
    ("midnight", "isMidnight=true,clear step data", 0.2),
    ("tz", "onTimeZoneChanged oldZone=@{old=zone},newZone=@{new=zone}", 0.2),
    ("login", "checkLogin() huid = @{huid},isLogin = true", 0.8),
    ("uinfo", "getUserInfo() nickName = @{nick},gender = @{g},height = "
     "@{h},weight = @{w}", 0.8),
    ("bind_dev", "bindDevice() deviceName = @{dev},deviceType = @{n}", 0.4),
    ("dev_c", "onDeviceConnectionChanged deviceName = @{dev},state = "
     "CONNECTED", 0.7),
    ("dev_d", "onDeviceConnectionChanged deviceName = @{dev},state = "
     "DISCONNECTED", 0.7),
    ("binder", "HiHealthBinder @{method} callingPid = @{pid}", 2),
    ("cache", "DataCacheManager putCache key = @{ckey}", 1),
    ("wear", "syncWearData() deviceId = @{mac},dataCount = @{n}", 0.6),
    ("kit", "HiHealthKitApi execQuery appPackage = @{pkg}", 1),
    ("timer", "startTimer start autoSync, interval = @{n}", 0.5),
    ("destroy", "onDestroy", 0.4),
    ("create", "onCreate", 0.4),
    ("battery", "onBatteryChanged level=@{n},isCharging=false", 1),
    ("switch", "getSwitchStatus key = @{ckey},value = true", 1),
    ("getstat2", "getStepsByDay date = @{date},steps = @{n}", 1),
    ("perm", "checkPermission() packageName = @{pkg},isAllow = true", 1.5),
    ("perm_no", "checkPermission() packageName = @{pkg},isAllow = false",
     0.5),
    ("appid", "getAppId() packageName = @{pkg},appId = @{n}", 1),
    ("reg_auto", "registerDataAutoReport() success,dataType = @{n}", 0.6),
    ("unreg_auto", "unRegisterDataAutoReport() success,dataType = @{n}", 0.4),
]


def templates():
    T = TemplateSet(SYSTEM)
    a = T.add
    a("sc", "onStandStepChanged @{n}")
    a("ext", "onExtend:@{ts} @{d} @{x} @{y}")
    a("flush", "flush sensor data")
    a("gtds", "getTodayTotalDetailSteps = @{ts}##@{steps}##@{a}##@{b}##"
      "@{c}##@{e}")
    a("stds", "setTodayTotalDetailSteps=@{ts}##@{steps}##@{a}##@{b}##"
      "@{c}##@{e}")
    a("cal", "calculateCaloriesWithCache totalCalories=@{n}")
    a("alt", "calculateAltitudeWithCache totalAltitude=@{n}")
    a("rep", "REPORT : @{steps} @{b} @{c} @{d}")
    for act in ACTIONS_PHA:
        a("pha_" + act, "processHandleBroadcastAction action:"
          "android.intent.action." + act)
    for act in ACTIONS_ONR:
        a("onr_" + act, "onReceive action: android.intent.action." + act)
    a("scr", "screen status unknown,think screen on")
    a("upl_min", "upLoadOneMinuteDataToEngine time=@{ts},step=@{d},"
      "calorie=@{cal=n},distance=@{dist=n},floor=@{f}")
    a("upl_fail", "uploadStaticsToDB failed message=true")
    a("tick_ret", "tick time is not a new minute, return")
    a("new_min", "new minute, lastMinuteTime=@{ts},curMinuteTime=@{ts2}")
    # HiHealth sync batch
    a("sync_start", "syncCloud() start,syncType = @{n}")
    a("sync_end", "syncCloud() end,syncType = @{n},result = @{r}")
    a("sync_nonet", "syncCloud() network is not available,return")
    a("read", "readHiHealthData() type = @{n},startTime = @{ts},endTime = "
      "@{ts2}")
    a("agg", "aggregateHiHealthData() type = @{n},groupUnit = @{g},size = "
      "@{s}")
    a("push", "pushDataToCloud() upload data size = @{s},dataType = @{n}")
    a("down", "downloadDataFromCloud() version = @{v},dataType = @{n}")
    a("ins", "insertHiHealthData() size = @{s},packageName = @{pkg}")
    a("bulkfail", "insertHiHealthData() bulkSaveDetailHiHealthData fail "
      "errorCode = @{n},errorMessage = ERR_DATA_INSERT")
    a("saveone", "saveOneDetailData fail hiHealthData = @{hd},type = @{n}")
    a("stat", "statDayData() date = @{date},stepSum = @{n},calorieSum = "
      "@{c}")
    a("bc_fail", "sendSyncFailedBroadcast errorCode = @{n}")
    a("bc_ok", "sendSyncSuccessBroadcast")
    for key, text, w in TAIL:
        a(key, text, w=w)
    return T


def build():
    rng = random.Random(SEED)
    T = templates()
    vg = ValueGen(rng)
    vg.pool("pkg", ["com.huawei.health", "com.huawei.bone",
                    "com.huawei.hwid", "com.tencent.mm",
                    "com.eg.android.AlipayGphone", "com.sina.weibo",
                    "com.huawei.wearable.app", "com.tencent.mobileqq",
                    "com.xiaomi.hm.health", "com.codoon.gps",
                    "com.gotokeep.keep", "com.huawei.sportshealth"])
    vg.pool("nick", FIRST_NAMES + PINYIN_NAMES, s=0.5)
    vg.pool("dev", ["HUAWEI Band", "HONOR Band", "HUAWEI WATCH",
                    "TalkBand", "HUAWEI Band Pro", "HONOR Band Z",
                    "HUAWEI Fit", "Huawei Watch GT", "HONOR Watch Magic",
                    "Mi Band"])
    vg.pool("sensor", ["Step Counter", "HUAWEI Step Counter",
                       "Step Counter Sensor", "Pedometer", "BMI Step Counter",
                       "Significant Step Counter"])
    vg.pool("vendor", ["huawei", "bosch", "invensense", "stmicro", "akm",
                       "qualcomm"])
    vg.pool("comp", ["com.huawei.health/com.huawei.hwstepcounter.service"
                     ".StepCounterService",
                     "com.huawei.health/com.huawei.hihealthservice"
                     ".HiHealthService",
                     "com.huawei.health/com.huawei.health.device"
                     ".DeviceService"])
    vg.pool("zone", ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei",
                     "America/Los_Angeles", "Europe/London", "Asia/Tokyo"])
    vg.pool("method", ["readHiHealthData", "insertHiHealthData",
                       "fetchUserData", "getDataAuthStatus",
                       "registerDataAutoReport", "aggregateHiHealthData",
                       "fetchSequenceDataBySession", "getGoalInfo",
                       "fetchAccountInfo", "setUserPreference",
                       "getUserPreference", "deleteHiHealthData",
                       "fetchDataSourceByType", "subscribeHiHealthData"])
    vg.pool("ckey", ["step_goal_value", "health_sync_switch",
                     "last_sync_time", "step_notification_switch",
                     "auto_track_switch", "weather_switch",
                     "goal_remind_switch", "sedentary_remind",
                     "privacy_agreement", "user_profile_cache",
                     "today_steps_cache", "data_upload_switch"])

    # ---- state ----------------------------------------------------------
    st = {"ts": 1514038440000, "steps": 6993, "cal": 126521,
          "alt": 240, "a": 548365, "b": 8661, "c": 12266, "e": 27164404,
          "stand": 3579, "goal": 10000}
    # defaults for slots the simulation does not set explicitly
    for name in ("n", "s", "c", "d", "v"):
        vg.register(name, lambda arg: vg.g_lint("1-90000"))
    for name in ("g", "r", "f", "x", "y"):
        vg.register(name, lambda arg: rng.randint(0, 5))
    vg.register("h", lambda arg: rng.randint(150, 190))
    vg.register("w", lambda arg: rng.randint(45, 95))
    vg.register("ts", lambda arg: minute_ts())
    vg.register("ts2", lambda arg: minute_ts() + 60000)
    vg.register("goal", lambda arg: st["goal"])
    vg.register("date", lambda arg: 20171223)
    vg.register("huid", lambda arg: rng.randint(10 ** 8, 10 ** 9))
    vg.register("hd", lambda arg: "HiHealthData{startTime=%d,endTime=%d,"
                "type=2,value=0.0}" % (minute_ts(), minute_ts() + 59999))

    def minute_ts():
        return st["ts"] - st["ts"] % 60000

    def R(key, **kw):
        return (key, T[key].render(vg, **kw))

    def detail():
        return dict(ts=minute_ts(), steps=st["steps"], a=st["a"], b=st["b"],
                    c=st["c"], e=st["e"])

    def walk():
        out = []
        d = rng.randint(1, 40)
        st["steps"] += d
        st["b"] += rng.randint(0, 60)
        st["c"] += rng.randint(0, 120)
        st["e"] += rng.randint(900, 12000)
        st["cal"] += rng.randint(10, 900)
        if rng.random() < 0.1:
            st["alt"] += rng.randint(1, 3)
        if rng.random() < 0.35:
            st["stand"] += rng.randint(1, 20)
        st["ts"] += rng.randint(200, 9000)
        for _ in range(geometric(rng, 1.6)):
            out.append(R("sc", n=st["stand"]))
        if rng.random() < 0.8:
            out.append(R("ext", ts=minute_ts(), d=d, x=0,
                         y=rng.choice([4, 4, 4, 2, 3])))
        if rng.random() < 0.55:
            out.append(R("flush"))
        if rng.random() < 0.6:
            prev = detail()
            prev["steps"] -= d
            out.append(R("gtds", **prev))
            out.append(R("stds", **detail()))
        if rng.random() < 0.45:
            out.append(R("cal", n=st["cal"]))
            out.append(R("alt", n=st["alt"]))
        if rng.random() < 0.45:
            out.append(R("rep", steps=st["steps"], b=rng.randint(4000, 6000),
                         c=st["cal"] + rng.randint(0, 30000), d=st["alt"]))
        if rng.random() < 0.12:
            out.append(R("notif", n=st["steps"], goal=st["goal"]))
        if rng.random() < 0.08:
            out.append(R("notify_chg", n=st["steps"], cal=st["cal"],
                         dist=st["e"] // 3000))
        return out

    def tick():
        out = []
        old = minute_ts()
        st["ts"] = old + 60000 + rng.randint(0, 900)
        out.append(R("onr_TIME_TICK"))
        out.append(R("pha_TIME_TICK"))
        r = rng.random()
        if r < 0.25:
            out.append(R("tick_ret"))
        else:
            if rng.random() < 0.5:
                out.append(R("new_min", ts=old, ts2=minute_ts()))
            out.append(R("ext", ts=old, d=rng.randint(0, 90), x=0,
                         y=rng.choice([4, 4, 2])))
            if rng.random() < 0.6:
                out.append(R("upl_min", ts=old, d=rng.randint(0, 90),
                             f=rng.randint(0, 2)))
            if rng.random() < 0.3:
                out.append(R("upl_fail"))
            if rng.random() < 0.25:
                out.append(R("ins_db", n=st["steps"], ts=old))
            if rng.random() < 0.2:
                out.append(R("set_wlt", ts=st["ts"]))
        return out

    def screen():
        out = []
        on = rng.random() < 0.55
        act = "SCREEN_ON" if on else "SCREEN_OFF"
        st["ts"] += rng.randint(1000, 300000)
        out.append(R("onr_" + act))
        out.append(R("pha_" + act))
        if on and rng.random() < 0.5:
            out.append(R("scr"))
        out.append(R("flush"))
        if rng.random() < 0.5:
            prev = detail()
            out.append(R("gtds", **prev))
            out.append(R("stds", **detail()))
        if on and rng.random() < 0.35:
            out.append(R("onr_USER_PRESENT"))
            out.append(R("pha_USER_PRESENT"))
        if not on and rng.random() < 0.3:
            out.append(R("flush_db", n=rng.randint(1, 40)))
        return out

    def sync():
        out = []
        stype = rng.choice([1, 1, 2, 3, 5])
        if rng.random() < 0.15:
            out.append(R("sync_start", n=stype))
            out.append(R("sync_nonet"))
            out.append(R("bc_fail", n=rng.choice([1, 5, 7])))
            return out
        out.append(R("sync_start", n=stype))
        for _ in range(rng.randint(1, 3)):
            t0 = minute_ts() - rng.randint(1, 48) * 3600000
            out.append(R("read", n=rng.choice([2, 4, 7, 10001, 20002, 40002]),
                         ts=t0, ts2=t0 + 3599999))
        if rng.random() < 0.5:
            out.append(R("agg", n=rng.choice([40002, 40003, 40004]),
                         g=rng.choice([3, 4, 5]), s=rng.randint(1, 60)))
        fails = rng.choice([0, 0, 0, 1, 2, 4])
        for _ in range(fails):
            out.append(R("bulkfail", n=4))
            t0 = minute_ts() - rng.randint(1, 600) * 60000
            hd = "HiHealthData{startTime=%d,endTime=%d,type=%d,value=%d.0}" % (
                t0, t0 + 59999, rng.choice([2, 3, 4]), rng.randint(0, 120))
            out.append(R("saveone", hd=hd, n=rng.choice([2, 3, 4])))
        for _ in range(rng.randint(0, 3)):
            out.append(R("push", s=rng.randint(1, 500),
                         n=rng.choice([2, 4, 10001, 30001])))
        if rng.random() < 0.4:
            out.append(R("ins", s=rng.randint(1, 60)))
        if rng.random() < 0.3:
            out.append(R("down", v=rng.randint(1, 9000),
                         n=rng.choice([2, 4, 10001])))
        if rng.random() < 0.3:
            out.append(R("stat", date=20171223 - rng.randint(0, 6),
                         n=rng.randint(0, 20000), c=rng.randint(0, 900000)))
        ok = rng.random() < 0.7
        out.append(R("sync_end", n=stype, r=0 if ok else rng.choice([1, 4])))
        out.append(R("bc_ok") if ok else R("bc_fail", n=rng.choice([3, 4])))
        return out

    tail_keys = [k for k, _, _ in TAIL]
    tail_w = [w for _, _, w in TAIL]

    def misc():
        k = weighted_choice(rng, tail_keys, tail_w)
        if k == "init_env":
            return [R("create"), R("init_env"), R("init_dp"), R("init_up")]
        if k == "svc_conn":
            return [R("bind_svc"), R("svc_conn")]
        if k == "dev_c":
            return [R("dev_c"), R("wear", n=rng.randint(1, 300))]
        out = []
        for _ in range(geometric(rng, 1.3)):
            out.append(R(k, n=rng.randint(0, 9000), ts=minute_ts(),
                         goal=st["goal"], huid=rng.randint(10 ** 8, 10 ** 9),
                         g=rng.choice([0, 1]), h=rng.randint(150, 190),
                         w=rng.randint(45, 95), date=20171223,
                         pid=rng.randint(1000, 32000)))
        return out

    stream = []
    kinds = ["walk", "tick", "screen", "sync", "misc"]
    kw = [0.24, 0.3, 0.12, 0.07, 0.27]
    mode_walk = 0
    while len(stream) < 2100:
        if mode_walk > 0:
            mode_walk -= 1
            stream.extend(walk())
            continue
        k = weighted_choice(rng, kinds, kw)
        if k == "walk":
            mode_walk = geometric(rng, 3.0)
        elif k == "tick":
            stream.extend(tick())
        elif k == "screen":
            stream.extend(screen())
        elif k == "sync":
            stream.extend(sync())
        else:
            stream.extend(misc())

    def render_one(key):
        return T[key].render(vg, n=rng.randint(0, 100), ts=minute_ts(),
                             ts2=minute_ts() + 60000, goal=st["goal"],
                             date=20171223, huid=rng.randint(10 ** 8,
                                                             10 ** 9))

    stream = finish_stream(rng, stream, T, render_one)
    return T, stream
