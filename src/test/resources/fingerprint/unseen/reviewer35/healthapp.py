"""HealthApp imitation: Huawei Health step-counter service (Step_* and
HiH_* components).  Content is the 4th '|' field of
'20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579'."""

import random

from common import T

SEED = 20240537
PKGS = ["com.huawei.health", "com.huawei.bone", "com.huawei.wearengine",
        "com.tencent.mm", "com.huawei.hwid"]

K = {}


def k(name, pattern):
    K[name] = T(pattern)


# --- step counter core (Step_LSC, Step_StandReportReceiver, Step_SPUtils,
#     Step_ExtSDM, Step_StandStepCounter, Step_ScreenUtil)
k("stand", "onStandStepChanged %{n}")
k("extend", "onExtend:%{ts} %{a} %{b} %{c}")
k("report", "REPORT : %{steps} %{a} %{b} %{c}")
k("gettotal", "getTodayTotalDetailSteps = %{ts}##%{steps}##%{a}##%{b}##%{c}##%{d}")
k("settotal", "setTodayTotalDetailSteps=%{ts}##%{steps}##%{a}##%{b}##%{c}##%{d}")
k("flush", "flush sensor data")
k("cal", "calculateCaloriesWithCache totalCalories=%{n}")
k("alt", "calculateAltitudeWithCache totalAltitude=%{n}")
k("rcv_on", "onReceive action: android.intent.action.SCREEN_ON")
k("rcv_off", "onReceive action: android.intent.action.SCREEN_OFF")
k("rcv_tick", "onReceive action: android.intent.action.TIME_TICK")
k("rcv_date", "onReceive action: android.intent.action.DATE_CHANGED")
k("ph_on", "processHandleBroadcastAction action:android.intent.action.SCREEN_ON")
k("ph_off", "processHandleBroadcastAction action:android.intent.action.SCREEN_OFF")
k("ph_tick", "processHandleBroadcastAction action:android.intent.action.TIME_TICK")
k("unknown_screen", "screen status unknown,think screen on")
k("timetick", "timeTick mIsScreenOn=%{b},mCurrentTime=%{ts}")
k("handletick", "handleTimeTick lastReportTime=%{t1},now=%{t2}")
k("oneminute", "upLoadOneMinuteDataToEngine time=%{ts},step=%{s},calorie=%{c},distance=%{d},altitude=%{a}")
k("sensor", "onSensorChanged type=%{t},values[0]=%{v}")
k("accuracy", "onAccuracyChanged sensor=%{sensor},accuracy=%{a}")
k("writelast", "writeLastStepsAndTime steps=%{s},time=%{ts}")
k("getlast", "getLastStepsAndTime steps=%{s},time=%{ts}")
k("cache_flush", "stepDataCacheFlush curStep=%{a},lastStep=%{b}")
k("todb", "writeStepsToDB steps=%{s},time=%{ts}")
k("fromdb", "readStepsFromDB steps=%{s}")
k("reinit", "tryToReRegisterStepCounter")
k("reg_ok", "registerStepCounter success")
k("unreg", "unRegisterStepCounter")
k("reg_fail", "registerSensor fail,sensor is null")
k("reglistener", "registerListener listener size=%{n}")
k("newdate", "new date =%{d1}, type=%{a},%{b},old=%{d2}")
k("newday", "checkCurrentDay a new day comes , old days is :%{d1},new day is :%{d2},reset the stepsRecord")
k("interval", "getReportInterval %{n}")
k("autoupload", "getIsAutoUpload isAutoUpload=%{b}")
k("notarrived", "processAutoUpload time is not arrived,interval=%{n}")
k("upl_ok", "uploadStaticSportStatDataCloud success")
k("upl_fail", "uploadStaticSportStatDataCloud fail: errorCode=%{n}")
k("uploader", "DataUploader upload stand steps success")
# --- service lifecycle
k("svc_create", "StepService onCreate")
k("svc_destroy", "StepService onDestroy")
k("startcmd", "onStartCommand flags=%{a},startId=%{b}")
k("initenv", "initEnviroument")
k("userpriv", "initUserPrivacy the userPrivacy is true")
k("datapriv", "initDataPrivacy the dataPrivacy is true")
k("dbupgrade", "StepDBHelper onUpgrade oldVersion=%{a},newVersion=%{b}")
k("expired", "deleteExpiredData deleteNum=%{n}")
k("battery", "batteryChanged level=%{l},status=%{s}")
k("charging", "isCharging = false")
# --- notifications (Step_NotificationUtil)
k("goalshown", "setGoalNotifiShown hasShown = false")
k("showgoal", "showGoalNotification goal=%{g},steps=%{s}")
k("cancelntf", "cancelNotification id=%{n}")
k("ntfstatus", "getNotificationStatus enable = true")
# --- HiHealth data platform (HiH_*)
k("bulkfail", "insertHiHealthData() bulkSaveDetailHiHealthData fail errorCode = %{n},errorMessage = ERR_DATA_INSERT")
k("insert", "insertHiHealthData() size = %{size},type = %{type},deviceID = %{dev},resultCode = %{rc},time = %{t},totalTime = %{tt} ,app = %{pkg}")
k("savedetail", "saveHealthDetailData() deviceID = %{dev},clientID = %{cl}")
k("savesport", "saveSportTotalData() deviceID = %{dev},clientID = %{cl}")
k("binderpkg", "getBinderPackageName packageName = %{pkg}")
k("reglsn", "registerDataChangeListener type = %{t},packageName = %{pkg}")
k("unreglsn", "unRegisterDataChangeListener type = %{t},packageName = %{pkg}")
k("datachanged", "onDataChanged type = %{t},changeType = %{c}")
k("notifychanged", "notifyDataChanged packageName = %{pkg}")
k("startsync", "startSync syncAction = %{a},syncType = %{t},syncDataType = %{d}")
k("syncfinish", "syncFinish syncAction = %{a},result = %{r}")
k("issyncing", "startSync isSyncing is false")
k("syncswitch", "checkSyncSwitch autoSyncSwitch = %{n}")
k("syncfailbc", "sendSyncFailedBroadcast errorCode = %{n}")
k("autosync", "startTimer start autoSync")
k("cachesize", "dataCache size is %{n}")
k("putcache", "putDataToCache type = %{t},size = %{n}")
k("clearcache", "clearDataCache")
k("appinfo", "getAppInfo packageName = %{pkg},appId = %{n}")
k("query", "queryHealthData type = %{t},startTime = %{a},endTime = %{b},count = %{n}")
k("aggregate", "aggregateHiHealthData type = %{t},startTime = %{a},endTime = %{b}")
k("userinfo", "getUserInfo huid = %{huid}")


class State(object):
    def __init__(self, rng):
        self.rng = rng
        self.steps = 3570
        self.ms = 1514038440000        # 2017-12-23 22:14:00 +08:00
        self.cal = 126712
        self.alt = 240
        self.dist = 548365
        self.a = 8661
        self.b = 12266
        self.c = 27164404
        self.screen = True
        self.day = 20171223


RARE_POINTS = [0.1, 0.2, 0.4, 0.5, 0.6, 0.75, 0.83, 0.88, 0.92, 0.95, 0.99]


def simulate(rng, n):
    st = State(rng)
    out = []

    def e(key, **v):
        out.append(K[key].render(**v))

    def total_vals():
        return dict(ts=str(st.ms - st.ms % 60000), steps=str(st.steps),
                    a=str(st.dist), b=str(st.a), c=str(st.b), d=str(st.c))

    def tick_block():
        # walking: several step callbacks in a row
        for _ in range(rng.randint(1, 4)):
            st.steps += rng.randint(1, 14)
            st.ms += rng.randint(800, 9000)
            e("stand", n=str(st.steps - 3570 + 9))
            e("extend", ts=str(st.ms - st.ms % 60000 + 90000),
              a=str(rng.randint(0, 40)), b=str(rng.choice([0, 0, 0, 1, 2])),
              c=str(rng.choice([4, 4, 4, 3, 2])))
            if rng.random() < 0.05:
                e("sensor", t="19", v="%.1f" % (st.steps * 1.0))
        if rng.random() < 0.65:
            st.b += rng.randint(10, 120)
            st.c += rng.randint(2000, 12000)
            e("report", steps=str(st.steps), a=str(rng.choice([5002, 5002, 5003])),
              b=str(150000 + rng.randint(0, 900)), c=str(st.alt))
            e("settotal", **total_vals())
        if rng.random() < 0.45:
            st.cal += rng.randint(5, 90)
            e("cal", n=str(st.cal))
            e("alt", n=str(st.alt))
        if rng.random() < 0.06:
            e("cache_flush", a=str(st.steps), b=str(st.steps - rng.randint(1, 60)))

    def screen_block():
        if st.screen:
            e("rcv_off")
            e("ph_off")
            e("flush")
            st.screen = False
        else:
            e("rcv_on")
            e("ph_on")
            if rng.random() < 0.12:
                e("unknown_screen")
            e("flush")
            e("gettotal", **total_vals())
            st.screen = True

    def minute_block():
        st.ms += 60000
        e("rcv_tick")
        e("ph_tick")
        if rng.random() < 0.5:
            e("timetick", b="true" if st.screen else "false", ts=str(st.ms))
        if rng.random() < 0.35:
            e("handletick", t1=str(st.ms - 60000 * rng.randint(1, 9)), t2=str(st.ms))
        if rng.random() < 0.3:
            e("oneminute", ts=str(st.ms - st.ms % 60000), s=str(rng.randint(0, 120)),
              c=str(rng.randint(0, 6000)), d=str(rng.randint(0, 90)), a="0")
        if rng.random() < 0.15:
            e("interval", n=rng.choice(["60000", "300000"]))
            e("notarrived", n=str(rng.randint(1000, 290000)))
        if rng.random() < 0.12:
            e("todb", s=str(st.steps), ts=str(st.ms))
        if rng.random() < 0.08:
            e("writelast", s=str(st.steps), ts=str(st.ms))

    def sync_block():
        e("autosync")
        e("syncswitch", n="1")
        e("issyncing")
        act = rng.choice(["1", "2", "2", "3"])
        e("startsync", a=act, t=rng.choice(["0", "1", "2"]),
          d=rng.choice(["10001", "10002", "20000"]))
        for _ in range(rng.randint(1, 4)):
            pkg = rng.choice(PKGS[:3])
            e("binderpkg", pkg=pkg)
            if rng.random() < 0.2:
                e("appinfo", pkg=pkg, n=str(rng.randint(1, 30)))
            r = rng.random()
            if r < 0.55:
                e("insert", size=str(rng.randint(1, 40)), type=rng.choice(["2", "7", "22"]),
                  dev=str(rng.randint(1, 3)), rc="0", t=str(rng.randint(5, 300)),
                  tt=str(rng.randint(5, 600)), pkg=pkg)
                e("savedetail", dev=str(rng.randint(1, 3)), cl=str(rng.randint(1, 9)))
            elif r < 0.7:
                e("bulkfail", n=rng.choice(["4", "4", "7"]))
            elif r < 0.8:
                e("savesport", dev=str(rng.randint(1, 3)), cl=str(rng.randint(1, 9)))
            else:
                e("query", t=rng.choice(["40002", "40003", "10001"]),
                  a=str(st.ms - 86400000), b=str(st.ms), n=str(rng.randint(0, 400)))
            if rng.random() < 0.3:
                e("putcache", t=rng.choice(["1", "2"]), n=str(rng.randint(1, 30)))
                e("cachesize", n=str(rng.randint(0, 30)))
        if rng.random() < 0.25:
            e("datachanged", t=rng.choice(["1", "2", "5"]), c=rng.choice(["0", "1"]))
            e("notifychanged", pkg=rng.choice(PKGS))
        if rng.random() < 0.15:
            e("aggregate", t=rng.choice(["40002", "40003"]), a=str(st.ms - 86400000),
              b=str(st.ms))
        if rng.random() < 0.2:
            e("syncfailbc", n=rng.choice(["3", "7", "20004"]))
        else:
            e("syncfinish", a=act, r="0")
        if rng.random() < 0.2:
            e("clearcache")

    rare_order = []

    def rare_block():
        # round robin over the rare episodes so that each shows up
        if not rare_order:
            rare_order.extend(rng.sample(RARE_POINTS, len(RARE_POINTS)))
        r = rare_order.pop()
        if r < 0.18:
            e("svc_create")
            e("startcmd", a="0", b=str(rng.randint(1, 9)))
            e("initenv")
            e("userpriv")
            e("datapriv")
            e("fromdb", s=str(st.steps))
            e("getlast", s=str(st.steps), ts=str(st.ms))
            e("reglistener", n=str(rng.randint(1, 3)))
            if rng.random() < 0.5:
                e("reg_ok")
            else:
                e("reg_fail")
                e("reinit")
                e("reg_ok")
        elif r < 0.3:
            e("unreg")
            e("svc_destroy")
        elif r < 0.45:
            e("goalshown")
            e("ntfstatus")
            e("showgoal", g="10000", s=str(st.steps))
        elif r < 0.55:
            e("cancelntf", n=rng.choice(["10010", "10012", "100"]))
        elif r < 0.7:
            e("battery", l=str(rng.randint(5, 100)), s=rng.choice(["2", "3", "5"]))
            e("charging")
        elif r < 0.8:
            e("autoupload", b=rng.choice(["true", "false"]))
            if rng.random() < 0.6:
                e("upl_ok")
                e("uploader")
            else:
                e("upl_fail", n=rng.choice(["1001", "9001", "-1"]))
        elif r < 0.86:
            e("accuracy", sensor=rng.choice(["HUAWEI Step Counter",
                                             "Step Counter Sensor",
                                             "HUAWEI Step Detector"]),
              a=rng.choice(["0", "3"]))
        elif r < 0.9:
            e("reglsn", t=rng.choice(["1", "5"]), pkg=rng.choice(PKGS))
            if rng.random() < 0.5:
                e("unreglsn", t=rng.choice(["1", "5"]), pkg=rng.choice(PKGS))
        elif r < 0.94:
            e("userinfo", huid=str(rng.randint(10 ** 14, 10 ** 15)))
        elif r < 0.97:
            e("expired", n=str(rng.randint(0, 80)))
            e("dbupgrade", a=str(rng.randint(3, 6)), b="7")
        else:
            e("rcv_date")
            d1 = str(st.day)
            st.day += 1
            e("newday", d1=d1, d2=str(st.day))
            e("newdate", d1=str(st.day), a="1", b="0", d2=d1)

    blocks = [(tick_block, 40), (screen_block, 10), (minute_block, 12),
              (sync_block, 6), (rare_block, 5)]
    fn = [b[0] for b in blocks]
    w = [b[1] for b in blocks]
    # the sample starts right after the service (re)started
    rare_block_start = True
    while len(out) < n:
        if rare_block_start:
            e("svc_create")
            e("initenv")
            rare_block_start = False
        rng.choices(fn, weights=w)[0]()
    return out


def generate(n=2000):
    rng = random.Random(SEED)
    rows = simulate(rng, n)
    got = set(t for _, t in rows[:n])
    missing = [x.template for x in K.values() if x.template not in got]
    if missing:
        raise RuntimeError("HealthApp: kinds missing from sample: %s" % missing)
    return rows[:n]
