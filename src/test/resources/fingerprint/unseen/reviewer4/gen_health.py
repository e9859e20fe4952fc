import random
from common import Log, write_system

r = random.Random(4303)
L = Log()
st = {"steps": 3500, "cal": 126000, "alt": 240, "dist": 2800, "t": 1514038440000, "screen": True, "floor": 3}

def b():
    return r.choice(["true", "false"])

def tuple6():
    return "%d##%d##%d##%d##%d##%d" % (st["t"], st["steps"], st["cal"] * 4 + 3000, st["dist"] * 3, st["alt"] * 50, r.randint(20000000, 30000000))

def step_tick():
    inc = r.randint(1, 40)
    st["steps"] += inc
    st["cal"] += inc * r.randint(30, 45)
    st["dist"] += int(inc * 0.7)
    if r.random() < 0.1:
        st["alt"] += r.randint(-3, 5)
    L.emit("onStandStepChanged <*>", st["steps"])
    if r.random() < 0.5:
        L.emit("onExtend:<*> <*> <*> <*>", st["t"] + r.randint(0, 60000), r.randint(0, 30), r.randint(0, 2), r.randint(0, 6))
    L.emit("calculateCaloriesWithCache totalCalories=<*>", st["cal"])
    L.emit("calculateAltitudeWithCache totalAltitude=<*>", st["alt"])
    if r.random() < 0.7:
        L.emit("REPORT : <*> <*> <*> <*>", st["steps"], r.randint(4000, 6000), st["cal"], st["alt"])
    if r.random() < 0.35:
        L.emit("getTodayTotalDetailSteps = <*>", tuple6()) if False else L.emit("getTodayTotalDetailSteps = <*>##<*>##<*>##<*>##<*>##<*>", *tuple6().split("##"))
    if r.random() < 0.3:
        L.emit("setTodayTotalDetailSteps=<*>##<*>##<*>##<*>##<*>##<*>", *tuple6().split("##"))
    if r.random() < 0.25:
        L.emit("flush sensor data")
        L.emit("onFlushFinished sensorType=<*> flushCount=<*>", r.choice([19, 18, 65537]), r.randint(1, 12))
    if r.random() < 0.12:
        L.emit("processHandleStepChanged stepCount=<*> lastStepCount=<*> diff=<*>", st["steps"], st["steps"] - inc, inc)
    if r.random() < 0.08:
        L.emit("onStandStepChanged: standStep is <*> less than lastStandStep <*>, reset", r.randint(0, 50), st["steps"])

def minute_upload():
    st["t"] += 60000
    L.emit("upLoadOneMinuteDataToEngine time=<*>,step=<*>,calorie=<*>,distance=<*>,floor=<*>,status=<*>",
           st["t"], r.randint(0, 120), r.randint(0, 5000), r.randint(0, 90), st["floor"], r.choice([0, 1, 2, 3]))
    L.emit("uploadStaticsToDB() onResult=<*>", r.choice([0, 0, 0, 1]))
    if r.random() < 0.5:
        L.emit("insertHiHealthData() bulkSaveDetailHiHealthData onResult=<*>", r.choice([0, 0, 1]))
    if r.random() < 0.3:
        L.emit("saveOneDetailData dataType=<*>, startTime=<*>, endTime=<*>, value=<*>", r.choice([2, 4, 5, 7]), st["t"] - 60000, st["t"], r.randint(0, 200))

def screen(on):
    act = "android.intent.action.SCREEN_ON" if on else "android.intent.action.SCREEN_OFF"
    L.emit("onReceive action: " + act)
    L.emit("processHandleBroadcastAction action:" + act)
    if on:
        L.emit("screen status unknown,think screen on") if r.random() < 0.1 else L.emit("setScreenStatus isScreenOn=<*>", "true")
        L.emit("startTimer start autoSync")
        if r.random() < 0.6:
            L.emit("getStepCounterStatus isStepCounterEnable=<*> isGoogleFitConnected=<*>", b(), b())
    else:
        L.emit("setScreenStatus isScreenOn=<*>", "false")
        L.emit("stopTimer stop autoSync")
    st["screen"] = on

def other_broadcast():
    act = r.choice(["android.intent.action.USER_PRESENT", "android.intent.action.TIME_TICK", "android.intent.action.BATTERY_CHANGED",
                    "android.intent.action.DATE_CHANGED", "android.intent.action.TIMEZONE_CHANGED", "com.huawei.health.ACTION_SYNC"])
    L.emit("onReceive action: " + act)
    L.emit("processHandleBroadcastAction action:" + act)
    if act.endswith("TIME_TICK") and r.random() < 0.5:
        L.emit("checkDateChanged lastDate=<*> currentDate=<*>", 20171223, 20171223)

def sync():
    sid = r.randint(1000, 9999)
    L.emit("startSync syncType=<*> syncId=<*>", r.choice([1, 2, 5]), sid)
    L.emit("getSyncData dataType=<*> startTime=<*> endTime=<*>", r.choice([1, 2, 3, 7]), st["t"] - 86400000, st["t"])
    if r.random() < 0.8:
        n = r.randint(0, 300)
        L.emit("uploadData success, size=<*>, cost=<*>ms", n, r.randint(30, 4000))
        L.emit("syncFinish syncId=<*> result=<*>", sid, 0)
    else:
        L.emit("uploadData failed, errorCode=<*>, errorMsg=<*>", r.choice([1001, 1002, 3004, 500]),
               r.choice(["network unavailable", "token expired", "server busy", "SocketTimeoutException: timeout"]))
        L.emit("syncFinish syncId=<*> result=<*>", sid, r.choice([1, 2]))
        if r.random() < 0.5:
            L.emit("retrySync after <*> ms, retryCount=<*>", r.choice([30000, 60000, 120000]), r.randint(1, 3))

def state_dump():
    L.emit("StepCounterState{mIsRunning=<*>, mIsPaused=<*>, mLastStep=<*>, mSensorType=<*>}", b(), b(), st["steps"], r.choice([19, 18]))
    if r.random() < 0.5:
        L.emit("DeviceInfo model=<*> sdk=<*> hasStepCounter=<*> hasStepDetector=<*>", r.choice(["HUAWEI NXT-AL10", "HUAWEI VTR-AL00", "HONOR FRD-AL10"]), r.choice([24, 25, 26]), b(), b())
    if r.random() < 0.5:
        L.emit("UserProfile height=<*> weight=<*> gender=<*> age=<*>", r.randint(150, 190), r.randint(45, 95), r.choice([0, 1]), r.randint(18, 60))

def goal():
    L.emit("getGoalValue goalType=<*> goal=<*>", r.choice([1, 2]), r.choice([6000, 8000, 10000]))
    L.emit("setGoalNotifiShow isShow=<*>", b())
    if st["steps"] > 7000 and r.random() < 0.5:
        L.emit("onGoalReached steps=<*> goal=<*>", st["steps"], 8000)
        L.emit("sendGoalNotification id=<*>", r.randint(100, 200))

TAIL = [
    ("startStepCounterService from=<*>", lambda: (r.choice(["BootReceiver", "MainActivity", "AlarmReceiver"]),)),
    ("stepCounter sensor maxRange=<*> resolution=<*> power=<*>", lambda: ("%.1f" % r.uniform(1000, 90000), "1.0", "%.3f" % r.uniform(0, 1))),
    ("getTodayStepsFromDB today=<*> steps=<*>", lambda: (20171223, st["steps"])),
    ("writeSP key=<*> value=<*>", lambda: (r.choice(["last_step", "last_sync_time", "goal_value", "today_cal"]), r.randint(0, 1514038440000))),
    ("readSP key=<*> default=<*>", lambda: (r.choice(["last_step", "last_sync_time", "goal_value"]), 0)),
    ("sendBroadcast to widget steps=<*>", lambda: (st["steps"],)),
    ("updateNotification title=<*> content=<*>", lambda: ("Today steps", "%d steps | %d kcal" % (st["steps"], st["cal"] // 1000))),
    ("account not login, skip sync",),
    ("network not available, skip upload",),
    ("token refresh success, expiresIn=<*>", lambda: (r.choice([3600, 7200]),)),
    ("token refresh failed, code=<*>", lambda: (r.choice([401, 403, 500]),)),
    ("db upgrade from <*> to <*> cost <*> ms", lambda: (r.randint(1, 9), r.randint(10, 12), r.randint(10, 900))),
    ("initStepCounter sensor register success",),
    ("initStepCounter sensor register failed, sensor is null",),
    ("registerSensorListener ret=<*> delay=<*>", lambda: (b(), r.choice([0, 3]))),
    ("unregisterSensorListener",),
    ("onCreate StepService pid=<*>", lambda: (r.randint(2000, 30000),)),
    ("onDestroy StepService",),
    ("onStartCommand flags=<*> startId=<*>", lambda: (r.randint(0, 3), r.randint(1, 50))),
    ("onBind intent=<*>", lambda: ("Intent { cmp=com.huawei.health/.step.StepService }",)),
    ("checkPermission ACTIVITY_RECOGNITION granted=<*>", lambda: (b(),)),
    ("loadHistoryData from db, count=<*>", lambda: (r.randint(0, 1440),)),
    ("clearExpiredData before=<*> deleted=<*>", lambda: (st["t"] - 30 * 86400000, r.randint(0, 90))),
    ("WakeLock acquire tag=<*> timeout=<*>", lambda: ("StepCounter:flush", 10000)),
    ("WakeLock release tag=<*>", lambda: ("StepCounter:flush",)),
    ("AlarmManager setExact type=<*> triggerAt=<*>", lambda: (2, st["t"] + 300000)),
    ("onAlarm action=<*>", lambda: ("com.huawei.health.ALARM_FLUSH",)),
    ("migrateOldData version <*> -> <*>", lambda: (r.randint(1, 5), r.randint(6, 9))),
    ("onDayChanged reset today data, yesterdaySteps=<*>", lambda: (r.randint(2000, 20000),)),
    ("BLE device connected mac=<*> name=<*>", lambda: (":".join("%02X" % r.randint(0, 255) for _ in range(6)), r.choice(["HUAWEI Band 2", "Honor Band 3"]))),
    ("BLE device disconnected status=<*>", lambda: (r.choice([8, 19, 133]),)),
    ("heartRate value=<*> quality=<*>", lambda: (r.randint(55, 140), r.randint(0, 3))),
    ("JSONException when parse response: <*>", lambda: ("Value <html> of type java.lang.String cannot be converted to JSONObject",)),
    ("NullPointerException in getLastLocation",),
    ("getLocation provider=<*> accuracy=<*>", lambda: (r.choice(["gps", "network"]), "%.1f" % r.uniform(3, 80))),
    ("isAppForeground=<*> isServiceRunning=<*>", lambda: (b(), b())),
    ("notifyUI steps=<*> calories=<*> distance=<*>", lambda: (st["steps"], st["cal"], st["dist"])),
]

def tail():
    t = r.choice(TAIL)
    L.emit(t[0], *(t[1]() if len(t) > 1 else ()))

while len(L.rows) < 2000:
    k = r.random()
    if k < 0.55:
        for _ in range(r.randint(1, 4)):
            step_tick()
    elif k < 0.68:
        minute_upload()
    elif k < 0.76:
        screen(not st["screen"])
    elif k < 0.81:
        other_broadcast()
    elif k < 0.86:
        sync()
    elif k < 0.89:
        state_dump()
    elif k < 0.92:
        goal()
    else:
        tail()
write_system("MobileHealth", L)
