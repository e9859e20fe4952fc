"""System 3: an Android fitness/health companion app (wearable band + phone).

Raw lines look like `20240611-08:15:29:606|StepSvc|30002312|<content>`;
the pipe-separated header (time, component, pid) is already cut off, only
the content is kept. The app logs `key=value` pairs, `##`-joined tuples,
epoch-millisecond timestamps and some OkHttp-style lines.
"""

import random

from common import Pool, g_uuid, hexs, zpick

NAME = "PulseFit"
SEED = 31337

_r = random.Random(SEED + 1)
T0 = 1718060000000  # 2024-06-10 22:53 UTC

DEV = Pool(["Band-7F3A", "Pulse Watch", "Band-02C1", "Pulse Ring", "HR Strap", "Band-7F3A"], 1.4)
SRC = Pool(["watch", "band", "phone", "strap"], 1.2)
TABLE = Pool(["hr_sample", "step_minute", "sleep_segment", "workout", "spo2_sample", "daily_summary"], 1.0)
TITLE = Pool(["Time to move!", "Great job today", "Sync paused", "Goal reached", "Bedtime soon",
              "Your weekly report is ready", "Low battery on band"], 1.0)
CHANNEL = Pool(["goal", "reminder", "sync", "battery", "social"], 1.0)
ACTIVITY = Pool(["MainActivity", "SleepDetailActivity", "SettingsActivity", "WorkoutActivity",
                 "HeartRateActivity", "OnboardingActivity", "PairingActivity"], 1.2)
URL = Pool(["https://api.pulsefit.io/v3/samples/hr", "https://api.pulsefit.io/v3/samples/steps",
            "https://api.pulsefit.io/v3/me", "https://api.pulsefit.io/v3/sleep",
            "https://cfg.pulsefit.io/flags", "https://api.pulsefit.io/v3/workouts",
            "https://fw.pulsefit.io/latest?model=band2"], 1.1)
ERR = Pool(["timeout", "HTTP 401 Unauthorized",
            "Unable to resolve host \"api.pulsefit.io\": No address associated with hostname",
            "SSL handshake aborted", "Connection reset", "HTTP 503 Service Unavailable"], 1.0)
FLAGS = Pool(["sleep_v2,hr_zones,social", "sleep_v2,hr_zones", "hr_zones", "sleep_v2,social,spo2_beta",
              ""], 1.0)
TZ = Pool(["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Singapore"], 1.5)
EXC = Pool(["java.lang.IllegalStateException", "java.lang.NullPointerException",
            "android.database.sqlite.SQLiteDatabaseLockedException",
            "java.util.ConcurrentModificationException"], 1.0)
THREAD = Pool(["main", "WorkManager-Worker-3", "BleCallback", "DefaultDispatcher-worker-2",
               "OkHttp Dispatcher"], 1.0)
BLEADDR = Pool(["C4:7F:3A:11:92:0B", "E1:02:C1:5D:77:A4", "F0:9A:44:21:0C:18", "D8:61:7E:B3:02:9F"], 1.3)


def g_ts(rng, arg=None):
    return str(T0 + rng.randint(0, 86400000))


def g_bpm(rng, arg=None):
    return str(int(rng.gauss(74, 14)))


def g_conf(rng, arg=None):
    return "%.2f" % rng.uniform(0.35, 1.0)


def g_bool(rng, arg=None):
    return zpick(rng, ["true", "false"])


def g_date(rng, arg=None):
    return zpick(rng, ["2024-06-11", "2024-06-10", "2024-06-09"])


def g_hourly(rng, arg=None):
    n = rng.randint(1, 24)
    return ",".join(str(rng.choice([0, 0, rng.randint(1, 2500)])) for _ in range(n))


def g_char(rng, arg=None):
    return zpick(rng, ["0x2A37", "0x2A19", "6e400003-b5a3-f393-e0a9-e50e24dcca9e", "0xFEE1", "0x2A5B"])


def g_bleaddr(rng, arg=None):
    return BLEADDR(rng)


def g_blename(rng, arg=None):
    return zpick(rng, ["", "Band-7F3A", "", "Mi Smart Band 6", "Galaxy Buds2", "JBL Flip 5", "Pulse Watch"])


def g_blestate(rng, arg, vals):
    prev = vals.get("blestate")
    while True:
        v = zpick(rng, ["CONNECTED", "DISCONNECTED", "CONNECTING", "SCANNING", "BONDING"], 0.8)
        if v != prev:
            return v


g_blestate.wants_vals = True


def g_sval(rng, arg, vals):
    t = vals.get("=STEP_COUNTER|HEART_RATE|STEP_DETECTOR|SIGNIFICANT_MOTION")
    if t == "STEP_COUNTER":
        return "%.1f" % rng.randint(1000, 30000)
    if t == "HEART_RATE":
        return "%.1f" % int(rng.gauss(74, 14))
    return "1.0"


g_sval.wants_vals = True


def g_userid(rng, arg=None):
    return zpick(rng, ["u_8842", "u_8842", "null"], 1.0)


def g_ver(rng, arg=None):
    return zpick(rng, ["2.14.0", "2.14.1", "2.15.0-rc1", "1.9.8"])


GENS = {
    "ts": g_ts, "bpm": g_bpm, "conf": g_conf, "bool": g_bool, "date": g_date,
    "hourly": g_hourly, "char": g_char, "bleaddr": g_bleaddr, "blename": g_blename,
    "blestate": g_blestate, "sval": g_sval, "userid": g_userid, "ver": g_ver,
    "dev": DEV, "src": SRC, "table": TABLE, "title": TITLE, "channel": CHANNEL,
    "activity": ACTIVITY, "url": URL, "err": ERR, "flags": FLAGS, "tz": TZ, "exc": EXC,
    "thread": THREAD,
}

SPECS = [
    (330, "onSensorChanged type={=STEP_COUNTER|HEART_RATE|STEP_DETECTOR|SIGNIFICANT_MOTION} value={sval} ts={ts}"),
    (260, "HrSample##{ts}##{bpm}##{conf}##{src}"),
    (170, "stepDelta=[{ts}##{int:0-140}##{int:0-9000}##{float:0-120:2}]"),
    (120, "BleManager onCharacteristicChanged char={char} len={int:2-244}"),
    (90, "flushStepCache size={int:1-600} lastTs={ts}"),
    (70, "Db insert table={table} rows={int:1-500} cost={int:0-400}ms"),
    (52, "BleManager state {blestate} -> {blestate#2} device={dev} rssi={int:-99--40}"),
    (48, "sleepStage##{ts}##{ts#2}##{=LIGHT|DEEP|REM|AWAKE}##{int:30-5400}"),
    (44, "HttpClient --> {=POST|GET|PUT} {url} ({int:0-65000}-byte body)"),
    (42, "HttpClient <-- {=200|201|204|304|401|500|503} {url} ({int:20-9000}ms, {int:0-90000}-byte body)"),
    (40, "syncWorker start jobId={uuid} reason={=PERIODIC|APP_OPEN|BLE_RECONNECT|PULL_TO_REFRESH}"),
    (36, "syncWorker finish jobId={uuid} uploaded={int:0-3000} cost={int:50-60000}ms"),
    (34, "uploadBatch ok table={table} rows={int:1-500} bytes={int:100-900000}"),
    (30, "Spo2Sample##{ts}##{int:88-100}##{conf}"),
    (26, "GoalChecker goal={=STEPS|ACTIVE_MINUTES|SLEEP|CALORIES} progress={int:0-180}% notify={bool}"),
    (24, "Activity {activity} onResume"),
    (22, "Activity {activity} onPause"),
    (20, "BatteryMonitor level={int:1-100} charging={bool} temp={float:20-41:1}"),
    (18, "WidgetProvider update widgetIds=[{int:10-99}] steps={int:0-30000}"),
    (16, "hourlySteps={date}#{hourly}"),
    (14, "Db query table={table} where=ts>{ts} cost={int:0-900}ms"),
    (12, "uploadBatch fail table={table} code={=408|500|502|503|-1} retryIn={int:1000-600000}ms"),
    (12, "NotificationHelper show id={int:1000-1999} channel={channel} title={title}"),
    (11, "onReceive action={=android.intent.action.SCREEN_ON|android.intent.action.SCREEN_OFF|android.intent.action.TIME_SET|android.intent.action.TIMEZONE_CHANGED|android.intent.action.BATTERY_LOW}"),
    (10, "BleManager scan result name={blename} addr={bleaddr} rssi={int:-99--40}"),
    (9, "DailySummary date={date} steps={int:0-30000} distance={float:0-25:2}km kcal={float:1200-4200:1} activeMin={int:0-300}"),
    (8, "LocationTracker fix lat={float:48-53:5} lng={float:8-14:5} acc={float:2-80:1} provider={=fused|gps|network}"),
    (8, "WorkoutSession start type={=RUN|WALK|CYCLE|SWIM|YOGA|HIIT} id={uuid}"),
    (7, "WorkoutSession end id={uuid} dur={int:60-9000}s dist={int:0-42000}m avgHr={bpm}"),
    (6, "AlarmScheduler set id={int:1-40} at={ts} exact={bool}"),
    (5, "Account token refreshed userId={userid} expiresIn={int:600-86400}"),
    (4, "Account token refresh failed userId={userid}: {err}"),
    (5, "BleManager gatt write ok char={char} len={int:1-20}"),
    (3, "BleManager gatt write fail char={char} status={=133|8|22|19}"),
    (4, "HrAlert high hr={int:120-190} threshold={=120|130|140} duration={int:600-1800}s"),
    (3, "FirmwareUpdater progress={int:0-100}% device={dev}"),
    (1, "FirmwareUpdater done version={ver} device={dev}"),
    (3, "Permission {=ACTIVITY_RECOGNITION|BODY_SENSORS|BLUETOOTH_CONNECT|POST_NOTIFICATIONS|ACCESS_FINE_LOCATION} granted={bool}"),
    (2, "Config fetched version={int:100-140} flags={flags}"),
    (2, "ExperimentManager assign exp={=sleep_score_v2|new_onboarding|paywall_b} variant={=control|treatment|B}"),
    (2, "WorkoutSession pause id={uuid}"),
    (2, "onTrimMemory level={=TRIM_MEMORY_UI_HIDDEN|TRIM_MEMORY_RUNNING_LOW|TRIM_MEMORY_BACKGROUND}"),
    (1, "StepCounterReset detected prev={int:1000-90000} now={int:0-100}"),
    (1, "timezone changed {tz} -> {tz#2}"),
    (1, "Billing purchase state={=PURCHASED|PENDING|CANCELED} sku={=premium_monthly|premium_yearly}"),
    (1, "WeightSync source={=GoogleFit|HealthConnect} weight={float:50-110:1}kg ts={ts}"),
    (1, "CrashReporter uncaught {exc} in thread {thread}"),
    (1, "CalorieCalc bmr={float:1300-2100:1} active={float:0-1800:1} total={float:1300-3900:1}"),
]


def make(outroot):
    from common import build
    return build(NAME, SEED, SPECS, GENS, outroot)
