#!/usr/bin/env python3
"""Generate a blind labelled corpus of production ERROR events (data / ML platform).

Writes events.jsonl ({"service","message","group"} per line) and groups.json.
Python 3 stdlib only; fixed seed; output is byte-identical under any PYTHONHASHSEED
(no set/dict-hash-order iteration is used to build output).
"""
import datetime
import json
import os
import random
import sys

SEED = 36036
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

GROUPS = []          # ordered list of group specs
NEAR_MISS = {}       # set name -> description (ordered)

# ----------------------------------------------------------------------------
# variable helpers
# ----------------------------------------------------------------------------
HEX = "0123456789abcdef"
K8S = "bcdfghjklmnpqrstvwxz2456789"          # k8s rand.String alphabet
K8S_LETTERS = "bcdfghjklmnpqrstvwxz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
BASE = datetime.datetime(2024, 4, 2, 0, 0, 0)

def hx(r, n):
    return "".join(r.choice(HEX) for _ in range(n))

def HX(r, n):
    return hx(r, n).upper()

def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))

def uid(r):
    h = hx(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])

def ip(r, pre="10."):
    parts = pre.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(r.randint(0, 254) if len(parts) < 3 else r.randint(2, 254)))
    return ".".join(parts)

def port(r):
    return r.randint(32768, 60999)

def dt(r):
    return BASE + datetime.timedelta(seconds=r.randint(0, 86 * 86400), microseconds=r.randint(0, 999999))

def ts(r, kind="iso"):
    d = dt(r)
    ms = d.microsecond // 1000
    if kind == "iso":          # 2024-05-03T02:14:07.123Z
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ms
    if kind == "isous":        # 2024-05-03T02:14:07.123456Z
        return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if kind == "isos":         # 2024-05-03T02:14:07Z
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "af":           # [2024-05-03, 02:14:07 UTC]
        return d.strftime("[%Y-%m-%d, %H:%M:%S UTC]")
    if kind == "af2":          # [2024-05-03T02:14:07.123+0000]
        return d.strftime("[%Y-%m-%dT%H:%M:%S.") + "%03d+0000]" % ms
    if kind == "log4j":        # 24/05/03 02:14:07
        return d.strftime("%y/%m/%d %H:%M:%S")
    if kind == "comma":        # 2024-05-03 02:14:07,123
        return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ms
    if kind == "pg":           # 2024-05-03 02:14:07.123 UTC
        return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % ms
    if kind == "glog":         # 0503 02:14:07.123456
        return d.strftime("%m%d %H:%M:%S.%f")
    if kind == "vllm":         # 05-03 02:14:07
        return d.strftime("%m-%d %H:%M:%S")
    if kind == "hms":          # 02:14:07
        return d.strftime("%H:%M:%S")
    if kind == "go":           # 2024/05/03 02:14:07
        return d.strftime("%Y/%m/%d %H:%M:%S")
    if kind == "ch":           # 2024.05.03 02:14:07.123456
        return d.strftime("%Y.%m.%d %H:%M:%S.%f")
    if kind == "epochms":
        return str(int((d - datetime.datetime(1970, 1, 1)).total_seconds() * 1000))
    if kind == "epoch":
        return "%.3f" % ((d - datetime.datetime(1970, 1, 1)).total_seconds())
    if kind == "date":
        return d.strftime("%Y-%m-%d")
    if kind == "compact":      # 20240503T020000
        return d.strftime("%Y%m%dT%H0000")
    if kind == "rfc1123":
        return d.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if kind == "space":        # 2024-05-03 02:14:07
        return d.strftime("%Y-%m-%d %H:%M:%S")
    raise ValueError(kind)

def run_id(r):
    d = dt(r).replace(minute=0, second=0, microsecond=0)
    return "scheduled__" + d.strftime("%Y-%m-%dT%H:%M:%S+00:00")

def pod(r, base, letters_only=False):
    a = K8S_LETTERS if letters_only else K8S
    return "%s-%s-%s" % (base, rs(r, r.choice([9, 10]), a), rs(r, 5, a))

def jobpod(r, base):
    return "%s-%d-%s" % (base, r.randint(28400000, 28700000), rs(r, 5, K8S))

def dur(r, lo=0.5, hi=120.0):
    return "%.1fs" % r.uniform(lo, hi)

def gib(r, lo, hi):
    return "%.2f GiB" % r.uniform(lo, hi)

def query_id_trino(r):
    d = dt(r)
    return d.strftime("%Y%m%d_%H%M%S") + "_%05d_%s" % (r.randint(0, 99999), rs(r, 5, LOWER))

def sf_qid(r):
    return "01b%s-%s-%s-0000-%s" % (hx(r, 5), hx(r, 4), hx(r, 4), hx(r, 12))

# ----------------------------------------------------------------------------
# formatting helpers for stack traces
# ----------------------------------------------------------------------------
def pytb(frames, exc):
    """frames: list of (file, line, func, code-or-None)."""
    out = ["Traceback (most recent call last):"]
    for f, ln, fn, code in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        if code:
            out.append("    " + code)
    out.append(exc)
    return "\n".join(out)

CAUSE_SEP = "\nThe above exception was the direct cause of the following exception:\n\n"
CTX_SEP = "\nDuring handling of the above exception, another exception occurred:\n\n"

def jframes(frames):
    return "".join("\n\tat " + f for f in frames)

def jtrace(head, frames, causes=()):
    """causes: list of (line, frames, more)."""
    s = head + jframes(frames)
    for line, fr, more in causes:
        s += "\nCaused by: " + line + jframes(fr)
        if more:
            s += "\n\t... %d more" % more
    return s

def gopanic(msg, frames, gid, signal=None):
    s = "panic: " + msg
    if signal:
        s += "\n" + signal
    s += "\n\ngoroutine %d [running]:" % gid
    for fn, loc in frames:
        s += "\n" + fn + "\n\t" + loc
    s += "\nexit status 2"
    return s

def jdump(obj):
    return json.dumps(obj, separators=(",", ":"))

# ----------------------------------------------------------------------------
# registration
# ----------------------------------------------------------------------------
def nm(name, desc):
    NEAR_MISS[name] = desc
    return name

def G(label, service, n, desc, near=None, words=None):
    """Decorator registering a group; fn(r, w) -> message (w = digit-free value or None)."""
    def deco(fn):
        GROUPS.append({"label": label, "service": service, "n": n, "desc": desc,
                       "near": near, "words": words, "fn": fn})
        return fn
    return deco

# ============================================================================
# Airflow
# ============================================================================
AF_SITE = "/home/airflow/.local/lib/python3.11/site-packages"
AF_TASK_HEAD = [
    (AF_SITE + "/airflow/models/taskinstance.py", 465, "_execute_task",
     "result = _execute_callable(context=context, **execute_callable_kwargs)"),
    (AF_SITE + "/airflow/models/taskinstance.py", 432, "_execute_callable",
     "return execute_callable(context=context, **execute_callable_kwargs)"),
    (AF_SITE + "/airflow/operators/python.py", 235, "execute",
     "return_value = self.execute_callable()"),
    (AF_SITE + "/airflow/operators/python.py", 252, "execute_callable",
     "return self.python_callable(*self.op_args, **self.op_kwargs)"),
]

nm("af-task-cause", "Airflow ingest_orders.load_orders task failure wrapper; innermost psycopg2 cause differs (connection refused vs duplicate key)")

@G("af_load_orders_conn_refused", "airflow-worker", 3,
   "ingest_orders.load_orders fails: psycopg2 connection refused to orders replica", near="af-task-cause")
def _(r, w):
    return ("%s {taskinstance.py:2905} ERROR - Task failed with exception\n" % ts(r, "af")) + pytb(
        AF_TASK_HEAD + [
            ("/opt/airflow/dags/ingest/orders.py", 58, "load_orders", "conn = hook.get_conn()"),
            (AF_SITE + "/airflow/providers/postgres/hooks/postgres.py", 175, "get_conn",
             "self.conn = psycopg2.connect(**conn_args)"),
            (AF_SITE + "/psycopg2/__init__.py", 122, "connect",
             "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)")],
        'psycopg2.OperationalError: connection to server at "%s", port 5432 failed: Connection refused\n'
        "\tIs the server running on that host and accepting TCP/IP connections?" % ip(r, "10.20."))

@G("af_load_orders_dupkey", "airflow-worker", 3,
   "ingest_orders.load_orders fails: duplicate key on orders_pkey during insert", near="af-task-cause")
def _(r, w):
    return ("%s {taskinstance.py:2905} ERROR - Task failed with exception\n" % ts(r, "af")) + pytb(
        AF_TASK_HEAD + [
            ("/opt/airflow/dags/ingest/orders.py", 71, "load_orders", "execute_values(cur, INSERT_SQL, batch, page_size=500)"),
            (AF_SITE + "/psycopg2/extras.py", 1299, "execute_values", "cur.execute(b''.join(parts))")],
        'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "orders_pkey"\n'
        "DETAIL:  Key (order_id)=(%d) already exists." % r.randint(40000000, 49999999))

nm("af-dag-variable", "Airflow DagBag import failure: missing Airflow Variable, different DAG file / variable")

AF_IMPORT_HEAD = [
    (AF_SITE + "/airflow/models/dagbag.py", 351, "parse", "loader.exec_module(new_module)"),
    ("<frozen importlib._bootstrap_external>", 940, "exec_module", None),
    ("<frozen importlib._bootstrap>", 241, "_call_with_frames_removed", None)]
AF_VAR_TAIL = [
    (AF_SITE + "/airflow/models/variable.py", 145, "get",
     'raise KeyError(f"Variable {key} does not exist")')]

@G("af_import_ledger_sync", "airflow-scheduler", 3,
   "DAG finance/ledger_sync.py fails to import: Variable ledger_config missing", near="af-dag-variable")
def _(r, w):
    return ("%s {dagbag.py:355} ERROR - Failed to import: /opt/airflow/dags/finance/ledger_sync.py\n" % ts(r, "af2")) + pytb(
        AF_IMPORT_HEAD + [("/opt/airflow/dags/finance/ledger_sync.py", 19, "<module>",
                           'CFG = Variable.get("ledger_config", deserialize_json=True)')] + AF_VAR_TAIL,
        "KeyError: 'Variable ledger_config does not exist'")

@G("af_import_attribution", "airflow-scheduler", 2,
   "DAG marketing/attribution.py fails to import: Variable attribution_config missing", near="af-dag-variable")
def _(r, w):
    return ("%s {dagbag.py:355} ERROR - Failed to import: /opt/airflow/dags/marketing/attribution.py\n" % ts(r, "af2")) + pytb(
        AF_IMPORT_HEAD + [("/opt/airflow/dags/marketing/attribution.py", 24, "<module>",
                           'CFG = Variable.get("attribution_config", deserialize_json=True)')] + AF_VAR_TAIL,
        "KeyError: 'Variable attribution_config does not exist'")

@G("af_zombie_feature_backfill", "airflow-scheduler", 6,
   "Zombie task instances detected in feature_backfill DAG (worker evictions); task id varies",
   words=["compute_features", "join_labels", "write_parquet", "validate_schema"])
def _(r, w):
    d = ("{'DAG Id': 'feature_backfill', 'Task Id': '%s', 'Run Id': '%s', 'Map Index': -1, "
         "'Hostname': 'airflow-worker-%d.airflow-worker.airflow.svc.cluster.local', 'External Executor Id': '%s'}"
         % (w, run_id(r), r.randint(0, 5), uid(r)))
    return ("%s {scheduler_job_runner.py:1799} ERROR - Detected zombie job: {'full_filepath': "
            "'/opt/airflow/dags/ml/feature_backfill.py', 'processor_subdir': '/opt/airflow/dags', 'msg': \"%s\", "
            "'simple_task_instance': <airflow.models.taskinstance.SimpleTaskInstance object at 0x7f%s>, "
            "'is_failure_callback': True}" % (ts(r, "af2"), d, hx(r, 10)))

@G("af_email_recipient_rejected", "airflow-worker", 4,
   "Failure-callback email rejected by SMTP: owner address no longer exists (recipient varies)",
   words=["mlopez", "bkumar", "tchen", "okafor"])
def _(r, w):
    addr = "%s@acme-data.io" % w
    return ("%s {email.py:282} ERROR - Failed to send email to: ['%s']\n" % (ts(r, "af"), addr)) + pytb(
        [(AF_SITE + "/airflow/models/taskinstance.py", 1201, "email_alert", "send_email(task.email, subject, html_content)"),
         (AF_SITE + "/airflow/utils/email.py", 80, "send_email", "return backend("),
         (AF_SITE + "/airflow/utils/email.py", 154, "send_email_smtp", "send_mime_email(e_from=mail_from, e_to=recipients, mime_msg=msg, conn_id=conn_id, dryrun=dryrun)"),
         (AF_SITE + "/airflow/utils/email.py", 282, "send_mime_email", "smtp_conn.sendmail(e_from, e_to, mime_msg.as_string())"),
         ("/usr/local/lib/python3.11/smtplib.py", 901, "sendmail", "raise SMTPRecipientsRefused(senderrs)")],
        "smtplib.SMTPRecipientsRefused: {'%s': (550, b'5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table')}"
        % (addr, addr))

@G("af_export_salesforce_timeout", "airflow-worker", 3,
   "crm_export.push_accounts task exceeds execution_timeout (AirflowTaskTimeout)")
def _(r, w):
    pid = r.randint(200, 65000)
    return ("%s {timeout.py:68} ERROR - Process timed out, PID: %d\n" % (ts(r, "af"), pid)) + pytb(
        AF_TASK_HEAD + [
            ("/opt/airflow/dags/crm/export.py", 112, "push_accounts", "resp = sf.bulk.Account.upsert(records, 'External_Id__c', batch_size=10000)"),
            (AF_SITE + "/simple_salesforce/bulk.py", 380, "_poll_batch", "time.sleep(wait)"),
            (AF_SITE + "/airflow/utils/timeout.py", 69, "handle_timeout", "raise AirflowTaskTimeout(self.error_message)")],
        "airflow.exceptions.AirflowTaskTimeout: Timeout, PID: %d" % pid)


nm("af-bash-exit", "dbt_nightly.dbt_run BashOperator failure: exit code 1 (dbt model/test errors) vs exit code 2 (dbt crashed: profile/connection)")

AF_BASH = AF_TASK_HEAD[:2] + [
    (AF_SITE + "/airflow/models/baseoperator.py", 401, "wrapper", "return func(self, *args, **kwargs)"),
    (AF_SITE + "/airflow/operators/bash.py", 243, "execute", "raise AirflowException(")]

@G("af_dbt_run_exit_1", "airflow-worker", 4, "dbt run inside dbt_nightly exits 1 (model failures surfaced to Airflow)", near="af-bash-exit")
def _(r, w):
    return ("%s {taskinstance.py:2905} ERROR - Task failed with exception\n" % ts(r, "af")) + pytb(
        AF_BASH, "airflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code 1.")

@G("af_dbt_run_exit_2", "airflow-worker", 2, "dbt run inside dbt_nightly exits 2 (dbt runtime crash, e.g. profiles.yml / auth)", near="af-bash-exit")
def _(r, w):
    return ("%s {taskinstance.py:2905} ERROR - Task failed with exception\n" % ts(r, "af")) + pytb(
        AF_BASH, "airflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code 2.")


# ============================================================================
# Spark (Scala driver logs)
# ============================================================================
SPARK_DRIVER = [
    "org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:2898)",
    "org.apache.spark.scheduler.DAGScheduler.$anonfun$abortStage$2(DAGScheduler.scala:2834)",
    "org.apache.spark.scheduler.DAGScheduler.$anonfun$abortStage$2$adapted(DAGScheduler.scala:2833)",
    "scala.collection.mutable.ResizableArray.foreach(ResizableArray.scala:62)",
    "org.apache.spark.scheduler.DAGScheduler.abortStage(DAGScheduler.scala:2833)",
    "org.apache.spark.scheduler.DAGScheduler.handleTaskSetFailed(DAGScheduler.scala:1253)",
    "org.apache.spark.scheduler.DAGSchedulerEventProcessLoop.onReceive(DAGScheduler.scala:3019)",
    "org.apache.spark.util.EventLoop$$anon$1.run(EventLoop.scala:49)",
]
PARQUET_READ = [
    "org.apache.parquet.hadoop.InternalParquetRecordReader.nextKeyValue(InternalParquetRecordReader.java:264)",
    "org.apache.parquet.hadoop.ParquetRecordReader.nextKeyValue(ParquetRecordReader.java:210)",
    "org.apache.spark.sql.execution.datasources.RecordReaderIterator.hasNext(RecordReaderIterator.scala:39)",
    "org.apache.spark.sql.execution.datasources.FileScanRDD$$anon$1.hasNext(FileScanRDD.scala:129)",
    "org.apache.spark.sql.execution.datasources.FileScanRDD$$anon$1.nextIterator(FileScanRDD.scala:283)",
]

nm("spark-stage-cause", "sessionize job: Job aborted due to stage failure reading clickstream parquet; innermost cause differs")

def spark_stage_abort(r, exc_line, causes):
    task, stage, tid = r.randint(0, 399), r.randint(3, 60), r.randint(1000, 40000)
    d = ts(r, "date")
    path = "s3a://acme-lake-raw/clickstream/dt=%s/part-%05d-%s.c000.snappy.parquet" % (d, r.randint(0, 399), uid(r))
    head = ("%s ERROR FileFormatWriter: Aborting job %s.\n"
            "org.apache.spark.SparkException: Job aborted due to stage failure: Task %d in stage %d.0 failed 4 times, "
            "most recent failure: Lost task %d.3 in stage %d.0 (TID %d) (%s executor %d): "
            "org.apache.parquet.io.ParquetDecodingException: Can not read value at %d in block 0 in file %s"
            % (ts(r, "log4j"), uid(r), task, stage, task, stage, tid, ip(r, "10.4."), r.randint(1, 40), r.randint(0, 90000), path))
    s = head + jframes(PARQUET_READ) + "\n\t... 18 more\n\nDriver stacktrace:" + jframes(SPARK_DRIVER)
    s += "\nCaused by: org.apache.parquet.io.ParquetDecodingException: Can not read value at %s" % head.rsplit("Can not read value at ", 1)[1]
    s += jframes(PARQUET_READ[:2]) + "\n\t... 3 more"
    s += "\nCaused by: " + exc_line + jframes(causes) + "\n\t... 22 more"
    return s

@G("spark_sessionize_dict_long", "spark-etl", 3,
   "Parquet schema drift: INT64 dictionary read as int (PlainLongDictionary) in clickstream", near="spark-stage-cause")
def _(r, w):
    return spark_stage_abort(r, "java.lang.UnsupportedOperationException: org.apache.parquet.column.values.dictionary.PlainValuesDictionary$PlainLongDictionary", [
        "org.apache.parquet.column.Dictionary.decodeToInt(Dictionary.java:49)",
        "org.apache.spark.sql.execution.vectorized.OnHeapColumnVector.getInt(OnHeapColumnVector.java:312)",
        "org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage1.processNext(Unknown Source)"])

@G("spark_sessionize_s3_read_timeout", "spark-etl", 3,
   "S3A read timeout while reading clickstream parquet", near="spark-stage-cause")
def _(r, w):
    return spark_stage_abort(r, "java.net.SocketTimeoutException: Read timed out", [
        "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
        "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:314)",
        "com.amazonaws.thirdparty.apache.http.impl.io.SessionInputBufferImpl.streamRead(SessionInputBufferImpl.java:137)",
        "org.apache.hadoop.fs.s3a.S3AInputStream.read(S3AInputStream.java:528)"])

@G("spark_sessionize_missing_dictionary", "spark-etl", 2,
   "Corrupt parquet page: dictionary missing for PLAIN_DICTIONARY column event_props", near="spark-stage-cause")
def _(r, w):
    return spark_stage_abort(r, "java.io.IOException: could not read page in col [event_props] optional binary event_props (STRING) "
                             "as the dictionary was missing for encoding PLAIN_DICTIONARY", [
        "org.apache.parquet.column.impl.ColumnReaderBase.readPageV1(ColumnReaderBase.java:713)",
        "org.apache.parquet.column.impl.ColumnReaderBase.readPage(ColumnReaderBase.java:655)",
        "org.apache.parquet.column.impl.ColumnReaderBase.checkRead(ColumnReaderBase.java:579)"])

nm("spark-executor-exit", "Spark on k8s executor lost: exit code 137 (container OOMKilled) vs exit code 52 (JVM heap OOM)")

def spark_exec_lost(r, code, why, reason):
    e = r.randint(1, 80)
    st = dt(r)
    fin = st + datetime.timedelta(seconds=r.randint(60, 5000))
    return ("%s ERROR TaskSchedulerImpl: Lost executor %d on %s: The executor with id %d exited with exit code %d%s.\n"
            "The API gave the following container statuses:\n\n\n"
            "\t container name: spark-kubernetes-executor\n"
            "\t container image: registry.acme.io/data/spark:3.5.1-py311\n"
            "\t container state: terminated\n"
            "\t container started at: %s\n"
            "\t container finished at: %s\n"
            "\t exit code: %d\n"
            "\t termination reason: %s\n"
            % (ts(r, "log4j"), e, ip(r, "10.4."), e, code, why, st.strftime("%Y-%m-%dT%H:%M:%SZ"),
               fin.strftime("%Y-%m-%dT%H:%M:%SZ"), code, reason))

@G("spark_exec_exit_137", "spark-etl", 6, "Executor container OOMKilled (exit 137): memoryOverhead too small",
   near="spark-executor-exit")
def _(r, w):
    return spark_exec_lost(r, 137, "(SIGKILL, possible container OOM)", "OOMKilled")

@G("spark_exec_exit_52", "spark-etl", 3, "Executor JVM heap OutOfMemoryError (exit 52)", near="spark-executor-exit")
def _(r, w):
    return spark_exec_lost(r, 52, "(JVM OOM)", "Error")

@G("spark_broadcast_timeout", "spark-etl", 2, "Broadcast join exceeds spark.sql.broadcastTimeout in attribution job")
def _(r, w):
    return ("%s ERROR BroadcastExchangeExec: Could not execute broadcast in 300 secs.\n" % ts(r, "log4j")) + jtrace(
        "java.util.concurrent.TimeoutException: Futures timed out after [300 seconds]", [
            "scala.concurrent.impl.Promise$DefaultPromise.tryAwait0(Promise.scala:248)",
            "scala.concurrent.impl.Promise$DefaultPromise.result(Promise.scala:261)",
            "org.apache.spark.util.SparkThreadUtils$.awaitResult(SparkThreadUtils.scala:48)",
            "org.apache.spark.sql.execution.exchange.BroadcastExchangeExec.doExecuteBroadcast(BroadcastExchangeExec.scala:212)",
            "com.acme.attribution.TouchpointJoin$.run(TouchpointJoin.scala:87)"])

@G("spark_eventlog_queue_drop", "spark-etl", 1, "AsyncEventQueue dropping events from eventLog queue (listener too slow)")
def _(r, w):
    return ("%s ERROR AsyncEventQueue: Dropping event from queue eventLog. This likely means one of the listeners is too slow "
            "and cannot keep up with the rate at which tasks are being started by the scheduler." % ts(r, "log4j"))


# ============================================================================
# PySpark (py4j)
# ============================================================================
PYSPARK = "/opt/spark/python/lib/pyspark.zip/pyspark"
PY4J = "/opt/spark/python/lib/py4j-0.10.9.7-src.zip/py4j"
PY4J_TAIL = [
    (PY4J + "/java_gateway.py", 1322, "__call__", None),
    (PYSPARK + "/errors/exceptions/captured.py", 179, "deco", None),
    (PY4J + "/protocol.py", 326, "get_return_value", None)]
S3A_FRAMES = [
    "org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:255)",
    "org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:175)",
]

nm("pyspark-s3-op", "sessionize job S3A AccessDenied 403: reading raw clickstream vs writing curated sessions")

def s3_reqid(r):
    return rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

def s3_ext(r):
    return rs(r, 76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "="

@G("pyspark_read_clickstream_denied", "pyspark-jobs", 3, "Read of s3a://acme-lake-raw/clickstream denied (403) - reader role policy",
   near="pyspark-s3-op")
def _(r, w):
    p = "s3a://acme-lake-raw/clickstream/dt=%s" % ts(r, "date")
    ext = s3_ext(r)
    return pytb([("/opt/jobs/sessionize.py", 41, "<module>", 'events = spark.read.parquet(f"s3a://acme-lake-raw/clickstream/dt={ds}")'),
                 (PYSPARK + "/sql/readwriter.py", 544, "parquet", None)] + PY4J_TAIL,
                "py4j.protocol.Py4JJavaError: An error occurred while calling o%d.parquet.\n"
                ": java.nio.file.AccessDeniedException: %s: getFileStatus on %s: com.amazonaws.services.s3.model.AmazonS3Exception: "
                "Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: %s; "
                "S3 Extended Request ID: %s; Proxy: null), S3 Extended Request ID: %s:403 Forbidden"
                % (r.randint(40, 900), p, p, s3_reqid(r), ext, ext)) + jframes(S3A_FRAMES + [
        "org.apache.hadoop.fs.s3a.S3AFileSystem.s3GetFileStatus(S3AFileSystem.java:3796)",
        "org.apache.hadoop.fs.s3a.S3AFileSystem.innerGetFileStatus(S3AFileSystem.java:3688)",
        "org.apache.spark.sql.execution.datasources.DataSource$.checkAndGlobPathIfNecessary(DataSource.scala:757)"])

@G("pyspark_write_sessions_denied", "pyspark-jobs", 3, "Write to s3a://acme-lake-curated/sessions denied (403) - writer role policy",
   near="pyspark-s3-op")
def _(r, w):
    ext = s3_ext(r)
    return pytb([("/opt/jobs/sessionize.py", 88, "<module>", 'sessions.write.mode("overwrite").partitionBy("dt").parquet("s3a://acme-lake-curated/sessions/")'),
                 (PYSPARK + "/sql/readwriter.py", 1721, "parquet", None)] + PY4J_TAIL,
                "py4j.protocol.Py4JJavaError: An error occurred while calling o%d.parquet.\n"
                ": java.nio.file.AccessDeniedException: s3a://acme-lake-curated/sessions/_temporary/0: PUT 0-byte object  on "
                "sessions/_temporary/0: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; "
                "Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s; Proxy: null), "
                "S3 Extended Request ID: %s:AccessDenied" % (r.randint(40, 900), s3_reqid(r), ext, ext)) + jframes(S3A_FRAMES + [
        "org.apache.hadoop.fs.s3a.S3AFileSystem.putObjectDirect(S3AFileSystem.java:2861)",
        "org.apache.hadoop.fs.s3a.S3AFileSystem.createEmptyObject(S3AFileSystem.java:4578)",
        "org.apache.spark.sql.execution.datasources.InsertIntoHadoopFsRelationCommand.run(InsertIntoHadoopFsRelationCommand.scala:113)"])

nm("pyspark-udf-frame", "Python UDF TypeError 'NoneType' object is not subscriptable raised in different UDFs (parse_user_agent vs lookup_country)")

def udf_err(r, frame, code):
    return ("%s ERROR Executor: Exception in task %d.%d in stage %d.0 (TID %d)\n"
            % (ts(r, "log4j"), r.randint(0, 199), r.randint(0, 3), r.randint(2, 30), r.randint(100, 20000))) + \
        "org.apache.spark.api.python.PythonException: " + pytb(
            [(PYSPARK + "/worker.py", 1247, "main", "process()"),
             (PYSPARK + "/worker.py", 1239, "process", "serializer.dump_stream(out_iter, outfile)"),
             (PYSPARK + "/serializers.py", 146, "dump_stream", "for obj in iterator:"),
             (PYSPARK + "/util.py", 83, "wrapper", "return f(*args, **kwargs)"), frame + (code,)],
            "TypeError: 'NoneType' object is not subscriptable\n") + jframes([
                "org.apache.spark.api.python.BasePythonRunner$ReaderIterator.handlePythonException(PythonRunner.scala:572)",
                "org.apache.spark.sql.execution.python.PythonUDFRunner$$anon$2.read(PythonUDFRunner.scala:94)"])

@G("pyspark_udf_parse_user_agent", "pyspark-jobs", 3, "UDF parse_user_agent: ua dict None for bot traffic", near="pyspark-udf-frame")
def _(r, w):
    return udf_err(r, ("/opt/jobs/lib/udfs.py", 42, "parse_user_agent"), 'return ua["browser"]["family"]')

@G("pyspark_udf_lookup_country", "pyspark-jobs", 3, "UDF lookup_country: GeoIP miss returns None", near="pyspark-udf-frame")
def _(r, w):
    return udf_err(r, ("/opt/jobs/lib/geo.py", 67, "lookup_country"), 'return GEO_DB.get(ip_addr)["country"]["iso_code"]')

@G("pyspark_unresolved_order_ts", "pyspark-jobs", 2, "AnalysisException: column order_ts not found in raw.orders (renamed upstream)")
def _(r, w):
    b = r.randint(10, 400)
    return pytb([("/opt/jobs/revenue_daily.py", 33, "<module>", 'orders = spark.table("raw.orders").select("order_ts", "order_id", "amount")'),
                 (PYSPARK + "/sql/dataframe.py", 3227, "select", None),
                 (PY4J + "/java_gateway.py", 1322, "__call__", None),
                 (PYSPARK + "/errors/exceptions/captured.py", 185, "deco", None)],
                "pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function "
                "parameter with name `order_ts` cannot be resolved. Did you mean one of the following? [`order_id`, `order_date`, "
                "`customer_id`, `amount`, `currency`].;\n'Project ['order_ts, order_id#%d, amount#%d]\n"
                "+- Relation spark_catalog.raw.orders[order_id#%d,order_date#%d,customer_id#%d,amount#%d,currency#%d] parquet\n"
                % (b, b + 3, b, b + 1, b + 2, b + 3, b + 4))


# ============================================================================
# Kafka Connect / Debezium
# ============================================================================
CONNECT_SINK = [
    "org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:632)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:350)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.iteration(WorkerSinkTask.java:250)",
    "org.apache.kafka.connect.runtime.WorkerSinkTask.execute(WorkerSinkTask.java:219)",
    "org.apache.kafka.connect.runtime.WorkerTask.doRun(WorkerTask.java:204)",
    "org.apache.kafka.connect.runtime.WorkerTask.run(WorkerTask.java:259)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.lang.Thread.run(Thread.java:840)",
]

nm("connect-sink-cause", "s3-sink-clickstream task killed (Exiting WorkerSinkTask); innermost cause: Avro unknown magic byte vs S3 AccessDenied")

def connect_kill(r, causes):
    t = r.randint(0, 11)
    return jtrace("[%s] ERROR [s3-sink-clickstream|task-%d] WorkerSinkTask{id=s3-sink-clickstream-%d} Task threw an uncaught and "
                  "unrecoverable exception. Task is being killed and will not recover until manually restarted "
                  "(org.apache.kafka.connect.runtime.WorkerTask:212)\n"
                  "org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception."
                  % (ts(r, "comma"), t, t), CONNECT_SINK, causes)

@G("connect_s3sink_magic_byte", "kafka-connect", 3, "Non-Avro (schema-less) records on clickstream.events: Unknown magic byte",
   near="connect-sink-cause")
def _(r, w):
    return connect_kill(r, [
        ("org.apache.kafka.connect.errors.ConnectException: Tolerance exceeded in error handler", [
            "org.apache.kafka.connect.runtime.errors.RetryWithToleranceOperator.execAndHandleError(RetryWithToleranceOperator.java:230)",
            "org.apache.kafka.connect.runtime.WorkerSinkTask.convertAndTransformRecord(WorkerSinkTask.java:536)"], 8),
        ("org.apache.kafka.connect.errors.DataException: Failed to deserialize data for topic clickstream.events to Avro: ", [
            "io.confluent.connect.avro.AvroConverter.toConnectData(AvroConverter.java:148)",
            "org.apache.kafka.connect.storage.Converter.toConnectData(Converter.java:88)"], 13),
        ("org.apache.kafka.common.errors.SerializationException: Unknown magic byte!", [
            "io.confluent.kafka.serializers.AbstractKafkaSchemaSerDe.getByteBuffer(AbstractKafkaSchemaSerDe.java:600)",
            "io.confluent.kafka.serializers.KafkaAvroDeserializer$DeserializationContext.<init>(KafkaAvroDeserializer.java:371)"], 17)])

@G("connect_s3sink_access_denied", "kafka-connect", 3, "S3 sink cannot start multipart upload: AccessDenied on acme-lake-raw",
   near="connect-sink-cause")
def _(r, w):
    ext = s3_ext(r)
    d = dt(r)
    key = "topics/clickstream.events/year=%s/month=%s/day=%s/hour=%s/clickstream.events+%d+%010d.avro" % (
        d.strftime("%Y"), d.strftime("%m"), d.strftime("%d"), d.strftime("%H"), r.randint(0, 23), r.randint(0, 900000000))
    return connect_kill(r, [
        ("org.apache.kafka.connect.errors.ConnectException: Unable to initiate MultipartUpload", [
            "io.confluent.connect.s3.storage.S3OutputStream.newMultipartUpload(S3OutputStream.java:236)",
            "io.confluent.connect.s3.TopicPartitionWriter.commitFile(TopicPartitionWriter.java:695)"], 10),
        ("com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: "
         "AccessDenied; Request ID: %s; S3 Extended Request ID: %s; Proxy: null), S3 Extended Request ID: %s (key=%s)"
         % (s3_reqid(r), ext, ext, key), [
            "com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)",
            "com.amazonaws.services.s3.AmazonS3Client.initiateMultipartUpload(AmazonS3Client.java:3658)"], 14)])

nm("debezium-pg-slot", "Debezium pg-source-orders producer failure; inner PSQLException differs (slot active for PID vs WAL segment removed)")

def dbz(r, inner, frames):
    return jtrace("[%s] ERROR [pg-source-orders|task-0] Producer failure (io.debezium.pipeline.ErrorHandler:52)\n"
                  "io.debezium.DebeziumException: %s" % (ts(r, "comma"), inner), [
        "io.debezium.connector.postgresql.PostgresStreamingChangeEventSource.execute(PostgresStreamingChangeEventSource.java:185)",
        "io.debezium.pipeline.ChangeEventSourceCoordinator.streamEvents(ChangeEventSourceCoordinator.java:280)",
        "io.debezium.pipeline.ChangeEventSourceCoordinator.executeChangeEventSources(ChangeEventSourceCoordinator.java:197)",
        "java.base/java.lang.Thread.run(Thread.java:840)"], [("org.postgresql.util.PSQLException: " + inner, frames, 9)])

@G("dbz_slot_active", "cdc-connect", 3, "Replication slot debezium_orders still held by a stale walsender", near="debezium-pg-slot")
def _(r, w):
    return dbz(r, 'ERROR: replication slot "debezium_orders" is active for PID %d' % r.randint(1000, 99999), [
        "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
        "org.postgresql.core.v3.replication.V3ReplicationProtocol.startLogical(V3ReplicationProtocol.java:53)",
        "io.debezium.connector.postgresql.connection.PostgresReplicationConnection.startStreaming(PostgresReplicationConnection.java:344)"])

@G("dbz_wal_removed", "cdc-connect", 2, "Connector fell behind: requested WAL segment already removed", near="debezium-pg-slot")
def _(r, w):
    return dbz(r, "ERROR: requested WAL segment 00000001%s000000%s has already been removed" % (HX(r, 8), HX(r, 2)), [
        "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
        "org.postgresql.core.v3.CopyDualImpl.readFromCopy(CopyDualImpl.java:44)",
        "io.debezium.connector.postgresql.connection.PostgresReplicationConnection$1.readPending(PostgresReplicationConnection.java:557)"])

@G("dbz_line_items_too_large", "cdc-connect", 3, "line_items change events exceed producer max.request.size")
def _(r, w):
    return ("[%s] ERROR [pg-source-orders|task-0] WorkerSourceTask{id=pg-source-orders-0} failed to send record to "
            "orders.public.line_items:  (org.apache.kafka.connect.runtime.AbstractWorkerSourceTask:395)\n"
            "org.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger "
            "than 1048576, which is the value of the max.request.size configuration." % (ts(r, "comma"), r.randint(1048600, 4800000)))


# ============================================================================
# Flink
# ============================================================================
nm("flink-transport", "sessionize-stream task failure on netty transport: RemoteTransportException (TM lost) vs LocalTransportException (reset by peer)")

def flink_fail(r, body):
    sub = r.randint(1, 16)
    tm = "flink-taskmanager-%d" % r.randint(0, 11)
    return ("%s ERROR org.apache.flink.runtime.taskmanager.Task                    [] - Window(TumblingEventTimeWindows(60000), "
            "EventTimeTrigger, SessionAggregator) -> Sink: kafka-sessions (%d/16)#%d (%s_%s_%d_%d) switched from RUNNING to FAILED "
            "with failure cause:\n" % (ts(r, "comma"), sub, r.randint(0, 6), hx(r, 32), hx(r, 32), sub - 1, r.randint(0, 6))) + \
        body % {"peer": "%s/%s:%d [ %s:%d ] " % ((lambda a: (a, a))(ip(r, "10.1.")) + (port(r), tm, port(r)))}

@G("flink_remote_transport", "flink-streaming", 3, "Remote task manager lost (connection unexpectedly closed)", near="flink-transport")
def _(r, w):
    return flink_fail(r, "org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Connection unexpectedly closed "
                      "by remote task manager '%(peer)s'. This might indicate that the remote task manager was lost." + jframes([
                          "org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler.channelInactive(CreditBasedPartitionRequestClientHandler.java:134)",
                          "org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannelHandlerContext.invokeChannelInactive(AbstractChannelHandlerContext.java:305)",
                          "java.base/java.lang.Thread.run(Thread.java:829)"]))

@G("flink_local_transport", "flink-streaming", 3, "Local netty channel reset by peer (conntrack / NLB idle timeout)", near="flink-transport")
def _(r, w):
    return flink_fail(r, "org.apache.flink.runtime.io.network.netty.exception.LocalTransportException: readAddress(..) failed: "
                      "Connection reset by peer (connection to '%(peer)s')" + jframes([
                          "org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler.exceptionCaught(CreditBasedPartitionRequestClientHandler.java:168)",
                          "org.apache.flink.shaded.netty4.io.netty.channel.AbstractChannelHandlerContext.invokeExceptionCaught(AbstractChannelHandlerContext.java:346)"]) +
                      "\nCaused by: org.apache.flink.shaded.netty4.io.netty.channel.unix.Errors$NativeIoException: readAddress(..) failed: "
                      "Connection reset by peer")

@G("flink_checkpoint_threshold", "flink-streaming", 3, "Job fails: exceeded checkpoint tolerable failure threshold (checkpoints expiring)")
def _(r, w):
    return jtrace("%s ERROR org.apache.flink.runtime.jobmaster.JobMaster                [] - Job sessionize-stream (%s) switched "
                  "from state RUNNING to FAILING.\norg.apache.flink.runtime.JobException: Recovery is suppressed by "
                  "FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=3, backoffTimeMS=10000)" % (ts(r, "comma"), hx(r, 32)), [
        "org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:176)",
        "org.apache.flink.runtime.scheduler.DefaultScheduler.handleGlobalFailure(DefaultScheduler.java:328)"], [
        ("org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed "
         "due to Checkpoint expired before completing., view the Checkpoint History tab or the Job Manager log to find out why "
         "continuous checkpoints failed.", [
             "org.apache.flink.runtime.checkpoint.CheckpointFailureManager.checkFailureAgainstCounter(CheckpointFailureManager.java:212)",
             "org.apache.flink.runtime.checkpoint.CheckpointCoordinator.abortPendingCheckpoint(CheckpointCoordinator.java:2185)"], 0)])


# ============================================================================
# dbt
# ============================================================================
nm("dbt-model", "dbt Database Error: numeric cast failure in fct_orders vs same failure in fct_refunds vs missing source object in fct_orders")

def dbt_err(r, model, body):
    return ("%s  Database Error in model %s (models/marts/%s.sql)\n  %s\n  compiled code at target/run/analytics/models/marts/%s.sql"
            % (ts(r, "hms"), model, model, body, model))

@G("dbt_fct_orders_numeric", "dbt-runner", 4, "fct_orders: non-numeric discount_amount values from POS feed",
   near="dbt-model", words=["N/A", "unknown", "TBD", "pending"])
def _(r, w):
    return dbt_err(r, "fct_orders", "100038 (22018): %s: Numeric value '%s' is not recognized" % (sf_qid(r), w))

@G("dbt_fct_refunds_numeric", "dbt-runner", 2, "fct_refunds: non-numeric refund_amount from support tool export", near="dbt-model")
def _(r, w):
    return dbt_err(r, "fct_refunds", "100038 (22018): %s: Numeric value 'N/A' is not recognized" % sf_qid(r))

@G("dbt_fct_orders_missing_source", "dbt-runner", 2, "fct_orders: RAW.STRIPE.CHARGES dropped / not granted", near="dbt-model")
def _(r, w):
    return dbt_err(r, "fct_orders", "002003 (42S02): %s: SQL compilation error:\n  Object 'RAW.STRIPE.CHARGES' does not exist or not authorized." % sf_qid(r))

nm("dbt-test", "dbt data test failures on dim_customer: unique customer_id vs not_null email")

def dbt_test(r, test):
    t = ts(r, "hms")
    return ("%s  Failure in test %s (models/marts/schema.yml)\n%s    Got %d results, configured to fail if != 0\n%s  \n"
            "%s    compiled code at target/compiled/analytics/models/marts/schema.yml/%s.sql"
            % (t, test, t, r.randint(2, 4000), t, t, test))

@G("dbt_test_unique_customer_id", "dbt-runner", 3, "Duplicate customer_id rows in dim_customer (merge fan-out)", near="dbt-test")
def _(r, w):
    return dbt_test(r, "unique_dim_customer_customer_id")

@G("dbt_test_not_null_email", "dbt-runner", 3, "Null emails in dim_customer (guest checkout)", near="dbt-test")
def _(r, w):
    return dbt_test(r, "not_null_dim_customer_email")


# ============================================================================
# Snowflake / BigQuery / Redshift / Trino / ClickHouse
# ============================================================================
SF = "/usr/local/lib/python3.11/site-packages/snowflake/connector"
SF_TAIL = [
    (SF + "/cursor.py", 1080, "execute", "Error.errorhandler_wrapper(self.connection, self, error_class, errvalue)"),
    (SF + "/errors.py", 290, "errorhandler_wrapper", "handed_over = Error.hand_to_other_handler("),
    (SF + "/errors.py", 345, "hand_to_other_handler", "cursor.errorhandler(connection, cursor, error_class, error_value)"),
    (SF + "/errors.py", 221, "default_errorhandler", "raise error_class(")]

nm("sf-copy-table", "COPY INTO column-count mismatch: RAW.EVENTS vs RAW.SESSIONS (different feeds changed)")

def sf_copy(r, table, prefix, nfile, ntab):
    q = sf_qid(r)
    d = dt(r)
    f = "%s/%s/part-%04d.csv.gz" % (prefix, d.strftime("%Y/%m/%d"), r.randint(0, 64))
    return ("%s ERROR loader.copy - COPY INTO RAW.%s failed (query_id=%s)\n" % (ts(r, "comma"), table, q)) + pytb(
        [("/app/loader/copy.py", 77, "run_copy", "cur.execute(sql)")] + SF_TAIL,
        "snowflake.connector.errors.ProgrammingError: 100080 (22000): %s: Number of columns in file (%d) does not match that of "
        "the corresponding table (%d), use file format option error_on_column_count_mismatch=false to ignore this error\n"
        "  File '%s', line %d, character 1\n  Row %d starts at line %d, column \"%s\"[%d]\n"
        "  If you would like to continue loading when an error is encountered, use other values such as 'SKIP_FILE' or 'CONTINUE' "
        "for the ON_ERROR option. For more information on loading options, please run 'info loading_data' in a SQL client."
        % (q, nfile, ntab, f, r.randint(2, 90000), r.randint(1, 90000), r.randint(2, 90000), table, nfile))

@G("sf_copy_events_colcount", "snowflake-loader", 3, "events feed added a column; RAW.EVENTS not migrated", near="sf-copy-table")
def _(r, w):
    return sf_copy(r, "EVENTS", "events", 14, 15)

@G("sf_copy_sessions_colcount", "snowflake-loader", 2, "sessions feed dropped a column; RAW.SESSIONS mismatch", near="sf-copy-table")
def _(r, w):
    return sf_copy(r, "SESSIONS", "sessions", 8, 9)

@G("sf_sandbox_schema_privs", "snowflake-loader", 4, "Nightly sandbox refresh lacks privileges on per-user dev schemas",
   words=["MLOPEZ", "BKUMAR", "TCHEN", "JNOVAK"])
def _(r, w):
    q = sf_qid(r)
    return ("%s ERROR loader.sandbox - refresh of DBT_%s failed\n" % (ts(r, "comma"), w)) + pytb(
        [("/app/loader/sandbox.py", 52, "refresh_schema", 'cur.execute(f"CREATE OR REPLACE TABLE {schema}.{t} CLONE ANALYTICS.MARTS.{t}")')] + SF_TAIL,
        "snowflake.connector.errors.ProgrammingError: 003001 (42501): %s: SQL access control error:\n"
        "Insufficient privileges to operate on schema 'DBT_%s'" % (q, w))

@G("sf_merge_timeout", "snowflake-loader", 1, "MERGE into ANALYTICS.MARTS.FCT_EVENTS hits 3600 s warehouse timeout")
def _(r, w):
    q = sf_qid(r)
    return ("%s ERROR loader.merge - merge into ANALYTICS.MARTS.FCT_EVENTS failed after %.1fs\n" % (ts(r, "comma"), r.uniform(3600, 3620))) + pytb(
        [("/app/loader/merge.py", 118, "merge_increment", "cur.execute(MERGE_SQL, {'since': watermark})")] + SF_TAIL,
        "snowflake.connector.errors.ProgrammingError: 000630 (57014): %s: Statement reached its statement or warehouse timeout "
        "of 3,600 second(s) and was canceled." % q)

BQ = "/usr/local/lib/python3.11/site-packages"
nm("bq-permission", "bq-sync service account denied on marts.daily_revenue: tables.getData (read) vs tables.updateData (write)")

def bq_denied(r, frames, perm):
    return ("%s ERROR bq_sync.jobs: job failed\n" % ts(r, "isous")) + pytb(
        frames + [(BQ + "/google/cloud/bigquery/job/base.py", 952, "result", "return super(_AsyncJob, self).result(timeout=timeout, **kwargs)"),
                  (BQ + "/google/api_core/future/polling.py", 261, "result", "raise self._exception")],
        "google.api_core.exceptions.Forbidden: 403 Access Denied: Table acme-data:marts.daily_revenue: Permission %s denied on "
        "table acme-data:marts.daily_revenue (or it may not exist).; reason: accessDenied, message: Access Denied: Table "
        "acme-data:marts.daily_revenue: Permission %s denied on table acme-data:marts.daily_revenue (or it may not exist).\n\n"
        "Location: US\nJob ID: %s\n" % (perm, perm, uid(r)))

@G("bq_daily_revenue_read_denied", "bq-sync", 3, "Export query cannot read marts.daily_revenue (missing dataViewer)", near="bq-permission")
def _(r, w):
    return bq_denied(r, [("/app/bq_sync/export.py", 64, "export_table", "rows = client.query(sql).result(timeout=900)")], "bigquery.tables.getData")

@G("bq_daily_revenue_write_denied", "bq-sync", 3, "Backfill load cannot write marts.daily_revenue (missing dataEditor)", near="bq-permission")
def _(r, w):
    return bq_denied(r, [("/app/bq_sync/backfill.py", 91, "load_partition", "load_job.result(timeout=1800)")], "bigquery.tables.updateData")

@G("redshift_disk_full", "redshift-unload", 3, "Redshift cluster Disk Full during nightly UNLOAD staging query")
def _(r, w):
    q = r.randint(4000000, 9000000)
    pid = r.randint(1000, 60000)
    d = ("\\n  -----------------------------------------------\\n  error:  Disk Full\\n  code:      1016\\n  context:   node: %d\\n"
         "  query:     %d\\n  location:  fdisk_api.cpp:343\\n  process:   query%d_%d_%d [pid=%d]\\n"
         "  -----------------------------------------------\\n" % (r.randint(0, 7), q, r.randint(0, 7), r.randint(10, 300), q, pid))
    return ("%s ERROR unload: staging query failed\n" % ts(r, "space")) + pytb(
        [("/app/unload/run.py", 45, "stage", "cursor.execute(STAGE_SQL)"),
         ("/usr/local/lib/python3.11/site-packages/redshift_connector/cursor.py", 248, "execute", "raise e"),
         ("/usr/local/lib/python3.11/site-packages/redshift_connector/core.py", 1959, "handle_messages", "raise self.error")],
        "redshift_connector.error.ProgrammingError: {'S': 'ERROR', 'C': 'XX000', 'M': 'Disk Full', 'D': '%s', "
        "'F': '/home/ec2-user/padb/src/sys/xen_execute.cpp', 'L': '%d', 'R': 'pg_throw'}" % (d, 12121))


def trino_err(r, kind, name, msg):
    return ("%s ERROR reports.query: query failed\n" % ts(r, "comma")) + pytb(
        [("/app/reports/query.py", 61, "run", "cur.execute(sql)"),
         ("/usr/local/lib/python3.11/site-packages/trino/dbapi.py", 614, "execute", "self._iterator = iter(self._query.execute())"),
         ("/usr/local/lib/python3.11/site-packages/trino/client.py", 815, "execute", "self._result.rows += self.fetch()"),
         ("/usr/local/lib/python3.11/site-packages/trino/client.py", 826, "fetch", "status = self._request.process(response)"),
         ("/usr/local/lib/python3.11/site-packages/trino/client.py", 599, "process", "raise self._process_error(response[\"error\"], response.get(\"id\"))")],
        'trino.exceptions.%s: %s(type=%s, name=%s, message="%s", query_id=%s)'
        % (kind, kind, {"TrinoUserError": "USER_ERROR", "TrinoExternalError": "EXTERNAL",
                        "TrinoQueryError": "INSUFFICIENT_RESOURCES"}[kind], name, msg, query_id_trino(r)))

@G("trino_ledger_access_denied", "reports-api", 4, "Analysts denied SELECT on hive.finance.ledger via report API (user varies)",
   words=["mlopez", "bkumar", "tchen", "aokafor", "jnovak"])
def _(r, w):
    s = trino_err(r, "TrinoUserError", "PERMISSION_DENIED", "Access Denied: Cannot select from columns [amount, account_id] in table or view hive.finance.ledger")
    return s.replace("ERROR reports.query: query failed", "ERROR reports.query: query failed user=%s report=finance_overview" % w)

@G("trino_node_memory", "reports-api", 3, "Per-node memory limit exceeded on cohort retention query")
def _(r, w):
    a = r.uniform(23.5, 24.0)
    return trino_err(r, "TrinoQueryError", "EXCEEDED_LOCAL_MEMORY_LIMIT",
                     "Query exceeded per-node memory limit of 24GB [Allocated: %.2fGB, Delta: %.2fMB, Top Consumers: "
                     "{HashBuilderOperator=%.2fGB, ScanFilterAndProjectOperator=%.2fMB}]" % (a, r.uniform(1, 64), a - r.uniform(1, 3), r.uniform(100, 900)))


CH_ST = "\n0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000c83f4b7 in /usr/bin/clickhouse\n" \
        "1. DB::MergeTreeData::delayInsertOrThrowIfNeeded(Poco::Event*, std::shared_ptr<DB::Context const> const&, bool) const @ 0x0000000012a3c1e0 in /usr/bin/clickhouse\n" \
        "2. DB::MergeTreeSink::onStart() @ 0x0000000012e71b2c in /usr/bin/clickhouse\n"

def ch_parts(r, table):
    return ("%s [ %d ] {%s} <Error> executeQuery: Code: 252. DB::Exception: Too many parts (%d with average size of %.2f MiB) in "
            "table '%s' (%s). Merges are processing significantly slower than inserts. (TOO_MANY_PARTS) (version 23.8.9.54 "
            "(official build)) (from %s:%d) (in query: INSERT INTO %s FORMAT RowBinary ), Stack trace (when copying this message, "
            "always include the lines below):\n" % (ts(r, "ch"), r.randint(100, 9000), uid(r), r.randint(300, 340), r.uniform(0.2, 9),
                                                      table, uid(r), ip(r, "10.3."), port(r), table)) + CH_ST

@G("ch_parts_events_local", "clickhouse", 3, "events_local: too many parts from unbatched collector inserts")
def _(r, w):
    return ch_parts(r, "analytics.events_local")

@G("ch_auth_failed", "clickhouse", 4, "Grafana/BI users failing auth after LDAP migration (user varies)",
   words=["mlopez", "grafana_ro", "tchen", "superset"])
def _(r, w):
    return ("%s [ %d ] {} <Error> TCPHandler: Code: 516. DB::Exception: %s: Authentication failed: password is incorrect, or "
            "there is no user with such name.. (AUTHENTICATION_FAILED), Stack trace (when copying this message, always include "
            "the lines below):\n\n0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000c83f4b7 in "
            "/usr/bin/clickhouse\n1. DB::AccessControl::authenticate(DB::Credentials const&, Poco::Net::IPAddress const&) const "
            "@ 0x0000000010f2a8d1 in /usr/bin/clickhouse\n" % (ts(r, "ch"), r.randint(100, 9000), w))


# ============================================================================
# Postgres / MySQL server logs
# ============================================================================
def pgl(r, who, lines):
    t, pid = ts(r, "pg"), r.randint(1000, 99999)
    return "\n".join("%s [%d] %s %s" % (t, pid, who, l) for l in lines)

nm("pg-feature-grants", "features DB permission denied for table feature_values: reader SELECT vs writer INSERT")

@G("pg_feature_values_select_denied", "postgres-features", 3, "feature_reader role lost SELECT on feature_values", near="pg-feature-grants")
def _(r, w):
    return pgl(r, "feature_reader@features", ["ERROR:  permission denied for table feature_values",
               "STATEMENT:  SELECT entity_id, feature_name, value, updated_at FROM feature_values WHERE entity_id = ANY($1) AND feature_name = ANY($2)"])

@G("pg_feature_values_insert_denied", "postgres-features", 3, "feature_writer role lost INSERT on feature_values", near="pg-feature-grants")
def _(r, w):
    return pgl(r, "feature_writer@features", ["ERROR:  permission denied for table feature_values",
               "STATEMENT:  INSERT INTO feature_values (entity_id, feature_name, value, updated_at) VALUES ($1, $2, $3, $4) "
               "ON CONFLICT (entity_id, feature_name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at"])

nm("pg-cancel", "REFRESH MATERIALIZED VIEW feature_daily_agg canceled: statement timeout vs lock timeout")

@G("pg_refresh_statement_timeout", "postgres-features", 3, "feature_daily_agg refresh exceeds statement_timeout", near="pg-cancel")
def _(r, w):
    return pgl(r, "refresher@features", ["ERROR:  canceling statement due to statement timeout",
               "STATEMENT:  REFRESH MATERIALIZED VIEW CONCURRENTLY feature_daily_agg"])

@G("pg_refresh_lock_timeout", "postgres-features", 1, "feature_daily_agg refresh blocked by long transaction (lock_timeout)", near="pg-cancel")
def _(r, w):
    return pgl(r, "refresher@features", ["ERROR:  canceling statement due to lock timeout",
               "STATEMENT:  REFRESH MATERIALIZED VIEW CONCURRENTLY feature_daily_agg"])

@G("pg_airflow_deadlock", "postgres-features", 3, "Airflow metadata deadlock between scheduler task_instance and dag_run updates")
def _(r, w):
    p1, p2 = r.randint(1000, 99999), r.randint(1000, 99999)
    x1 = r.randint(9000000, 99000000)
    t, pid = ts(r, "pg"), p1
    pre = "%s [%d] airflow@airflow " % (t, pid)
    return (pre + "ERROR:  deadlock detected\n" + pre +
            "DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
            "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n"
            "\tProcess %d: UPDATE task_instance SET state='scheduled' WHERE task_instance.dag_id = 'feature_backfill' AND task_instance.run_id = '%s'\n"
            "\tProcess %d: UPDATE dag_run SET last_scheduling_decision=now() WHERE dag_run.id = %d\n" % (
                p1, x1, p2, p2, x1 - r.randint(1, 40), p1, p1, run_id(r), p2, r.randint(10000, 900000)) +
            pre + "HINT:  See server log for query details.\n" + pre +
            "CONTEXT:  while updating tuple (%d,%d) in relation \"task_instance\"" % (r.randint(0, 90000), r.randint(1, 60)))

@G("pg_password_auth_failed", "postgres-features", 5, "Password auth failures after credential rotation (user varies)",
   words=["mlopez", "bkumar", "tchen", "notebook_ro", "jnovak"])
def _(r, w):
    return pgl(r, "%s@features" % w, ['FATAL:  password authentication failed for user "%s"' % w,
               'DETAIL:  Connection matched pg_hba.conf line 104: "host    all    all    10.0.0.0/8    scram-sha-256"'])

nm("mysql-repl", "feature-store MySQL replica SQL thread stops on entity_vectors: Write_rows duplicate key (1062) vs Update_rows record missing (1032)")

def mysql_repl(r, ev, detail, code, handler):
    f = "mysql-bin.%06d" % r.randint(100, 999)
    pos = r.randint(1000, 900000000)
    return ("%s %d [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker %d failed executing transaction '%s:%d' at source log "
            "%s, end_log_pos %d; Could not execute %s event on table features.entity_vectors; %s, Error_code: %d; handler error %s; "
            "the event's source log %s, end_log_pos %d, Error_code: MY-%06d"
            % (ts(r, "isous"), r.randint(10, 40), r.randint(1, 8), uid(r), r.randint(1, 90000000), f, pos, ev, detail, code, handler, f, pos, code))

@G("mysql_repl_dup_key", "mysql-featurestore", 3, "Replica has rows the source is inserting (1062)", near="mysql-repl")
def _(r, w):
    return mysql_repl(r, "Write_rows", "Duplicate entry '%d' for key 'entity_vectors.PRIMARY'" % r.randint(1, 90000000), 1062, "HA_ERR_FOUND_DUPP_KEY")

@G("mysql_repl_missing_row", "mysql-featurestore", 3, "Replica missing rows the source updates (1032)", near="mysql-repl")
def _(r, w):
    return mysql_repl(r, "Update_rows", "Can't find record in 'entity_vectors'", 1032, "HA_ERR_KEY_NOT_FOUND")


# ============================================================================
# Elasticsearch / OpenSearch
# ============================================================================
ES = "/usr/local/lib/python3.11/site-packages/elasticsearch"
nm("es-mapping", "products bulk indexing document_parsing_exception: field [price] number format vs field [created_at] date format")

def es_bulk(r, err):
    n = r.randint(1, 500)
    d = ts(r, "date").replace("-", ".")
    doc = hx(r, 20)
    return ("%s ERROR indexer.bulk - %d document(s) failed to index into products-%s; first error: {'index': {'_index': 'products-%s', "
            "'_id': '%s', 'status': 400, 'error': %s}}\n" % (ts(r, "comma"), n, d, d, doc, err % {"id": doc})) + pytb(
        [("/app/indexer/bulk.py", 58, "flush", "helpers.bulk(es, actions, chunk_size=1000, max_retries=3)"),
         (ES + "/helpers/actions.py", 524, "bulk", "for ok, item in streaming_bulk("),
         (ES + "/helpers/actions.py", 438, "streaming_bulk", "for data, (ok, info) in zip("),
         (ES + "/helpers/actions.py", 355, "_process_bulk_chunk", "yield from gen")],
        "elasticsearch.helpers.BulkIndexError: %d document(s) failed to index." % n)

@G("es_price_not_numeric", "search-indexer", 4, "Supplier feed sends non-numeric price strings (value varies)",
   near="es-mapping", words=["call for price", "TBD", "contact us", "see store"])
def _(r, w):
    return es_bulk(r, "{'type': 'document_parsing_exception', 'reason': \"[1:%d] failed to parse field [price] of type [scaled_float] in "
                   "document with id '%%(id)s'. Preview of field's value: '%s'\", 'caused_by': {'type': "
                   "'number_format_exception', 'reason': 'For input string: \"%s\"'}}" % (r.randint(40, 900), w, w))

@G("es_created_at_bad_date", "search-indexer", 3, "Marketplace feed sends US-formatted created_at dates", near="es-mapping")
def _(r, w):
    d = dt(r)
    v = d.strftime("%m/%d/%Y %H:%M")
    return es_bulk(r, "{'type': 'document_parsing_exception', 'reason': \"[1:%d] failed to parse field [created_at] of type [date] in "
                   "document with id '%%(id)s'. Preview of field's value: '%s'\", 'caused_by': {'type': 'illegal_argument_exception', "
                   "'reason': 'failed to parse date field [%s] with format [strict_date_optional_time||epoch_millis]'}}" % (r.randint(40, 900), v, v))

@G("es_flood_stage_block", "search-indexer", 6, "Tenant log indices read-only: disk flood-stage watermark (tenant varies)",
   words=["globex", "initech", "umbrella", "hooli", "vandelay"])
def _(r, w):
    d = ts(r, "date").replace("-", ".")
    return ("%s ERROR indexer.tenant_logs - bulk write rejected for tenant %s: ApiError(429, 'cluster_block_exception', 'index "
            "[logs-%s-%s] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has "
            "read-only-allow-delete block];')" % (ts(r, "comma"), w, w, d))


# ============================================================================
# Ray
# ============================================================================
nm("ray-frame", "Ray task KeyError: 'label' raised in preprocess_shard vs in Ray Data tokenize_batch")

def ray_err(r, name, frames):
    return ("%s\tERROR worker.py:409 -- Unhandled error (suppress with 'RAY_IGNORE_UNHANDLED_ERRORS=1'): "
            "ray::%s() (pid=%d, ip=%s)\n" % (ts(r, "comma"), name, r.randint(1000, 99999), ip(r, "10.5."))) + \
        "\n".join('  File "%s", line %d, in %s\n    %s' % f for f in frames) + "\nKeyError: 'label'"

@G("ray_preprocess_label_missing", "ray-jobs", 3, "preprocess_shard: unlabeled records in shard manifest", near="ray-frame")
def _(r, w):
    return ray_err(r, "preprocess_shard", [("/home/ray/app/pipeline/preprocess.py", 88, "preprocess_shard", 'y = LABELS[rec["label"]]')])

@G("ray_tokenize_label_missing", "ray-jobs", 3, "tokenize_batch: batch schema lacks label column for eval split", near="ray-frame")
def _(r, w):
    return ray_err(r, "MapBatches(tokenize_batch)", [
        ("/home/ray/anaconda3/lib/python3.11/site-packages/ray/data/_internal/planner/plan_udf_map_op.py", 261, "transform_fn", "res = fn(batch)"),
        ("/home/ray/app/pipeline/tokenize.py", 41, "tokenize_batch", 'labels = batch["label"].astype("int64")')])

@G("ray_oom_embed_chunk", "ray-jobs", 3, "Ray memory monitor kills embed_chunk workers")
def _(r, w):
    a = ip(r, "10.5.")
    wid = hx(r, 56)
    used = r.uniform(8, 16)
    tot = r.uniform(58.8, 61.5)
    pid = r.randint(1000, 99999)
    return ("ray.exceptions.OutOfMemoryError: Task was killed due to the node running low on memory.\n"
            "Memory on the node (IP: %s, ID: %s) where the task (task ID: %s, name=embed_chunk, pid=%d, memory used=%.2fGB) was "
            "running was %.2fGB / 61.79GB (%.6f), which exceeds the memory usage threshold of 0.95. Ray killed this worker (ID: %s) "
            "because it was the most recently scheduled task; to see more information about memory usage on this node, use "
            "`ray logs raylet.out -ip %s`. To see the logs of the worker, use `ray logs worker-%s*out -ip %s. Top 10 memory users:\n"
            "PID\tMEM(GB)\tCOMMAND\n%d\t%.2f\tray::embed_chunk\n%d\t%.2f\tray::embed_chunk\n%d\t%.2f\tray::IDLE\n"
            "Refer to the documentation on how to address the out of memory issue: "
            "https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning more memory on this "
            "node or reducing task parallelism by requesting more CPUs per task. To adjust the kill threshold, set the environment "
            "variable `RAY_memory_usage_threshold` when starting Ray. To disable worker killing, set the environment variable "
            "`RAY_memory_monitor_refresh_ms` to zero."
            % (a, hx(r, 56), hx(r, 48), pid, used, tot, tot / 61.79, wid, a, wid, a,
               pid, used, r.randint(1000, 99999), r.uniform(6, 12), r.randint(1000, 99999), r.uniform(0.1, 1)))


# ============================================================================
# PyTorch training
# ============================================================================
TORCH = "/opt/conda/lib/python3.11/site-packages/torch"
TORCH_CALL = [(TORCH + "/nn/modules/module.py", 1532, "_wrapped_call_impl", "return self._call_impl(*args, **kwargs)"),
              (TORCH + "/nn/modules/module.py", 1541, "_call_impl", "return forward_call(*args, **kwargs)")]

def ranked(rank, text):
    return "\n".join("[rank%d]: %s" % (rank, l) for l in text.split("\n"))

def cuda_oom(r):
    tot = 79.15
    free = r.uniform(0.2, 3.5)
    alloc = r.uniform(60, 72)
    return ("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f GiB. GPU %d has a total capacity of %.2f GiB of which "
            "%.2f GiB is free. Process %d has %.2f GiB memory in use. Of the allocated memory %.2f GiB is allocated by PyTorch, and "
            "%.2f GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting "
            "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  "
            "(https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)"
            % (r.choice([1.0, 2.0, 4.0, 3.5]), r.randint(0, 7), tot, free, r.randint(1000, 99999), tot - free, alloc, tot - free - alloc - 0.5))

nm("torch-oom-frame", "ranker CUDA OOM in attention forward: reached from train_step vs from evaluate")

@G("torch_oom_train_step", "trainer", 3, "OOM in training forward pass (seq len bucket too large)", near="torch-oom-frame")
def _(r, w):
    return ranked(r.randint(0, 15), pytb([("/workspace/train.py", 212, "<module>", "main()"),
                                          ("/workspace/train.py", 188, "main", "loss = train_step(model, batch, optimizer, scaler)"),
                                          ("/workspace/train.py", 97, "train_step", "out = model(**batch)")] + TORCH_CALL +
                                         [("/workspace/models/ranker.py", 144, "forward", "attn = torch.softmax(q @ k.transpose(-2, -1) * self.scale, dim=-1)")],
                                         cuda_oom(r)))

@G("torch_oom_evaluate", "trainer", 3, "OOM in evaluation loop (eval_batch_size x4 of train, no no_grad)", near="torch-oom-frame")
def _(r, w):
    return ranked(r.randint(0, 15), pytb([("/workspace/train.py", 212, "<module>", "main()"),
                                          ("/workspace/train.py", 195, "main", "metrics = evaluate(model, val_loader)"),
                                          ("/workspace/train.py", 163, "evaluate", "logits = model(**batch).logits")] + TORCH_CALL +
                                         [("/workspace/models/ranker.py", 144, "forward", "attn = torch.softmax(q @ k.transpose(-2, -1) * self.scale, dim=-1)")],
                                         cuda_oom(r)))

@G("torch_shape_projection", "trainer", 3, "Checkpoint with 1024-d projection loaded into 768-d encoder config")
def _(r, w):
    return ranked(r.randint(0, 7), pytb([("/workspace/train.py", 188, "main", "loss = train_step(model, batch, optimizer, scaler)"),
                                         ("/workspace/train.py", 97, "train_step", "out = model(**batch)")] + TORCH_CALL +
                                        [("/workspace/models/ranker.py", 121, "forward", "h = self.proj(pooled)"),
                                         (TORCH + "/nn/modules/linear.py", 116, "forward", "return F.linear(input, self.weight, self.bias)")],
                                        "RuntimeError: mat1 and mat2 shapes cannot be multiplied (%dx768 and 1024x256)" % r.choice([16, 32, 48, 64, 128])))

nm("nccl-error", "DistBackendError in all_reduce: ncclSystemError (socket connect abort) vs ncclRemoteError (IB completion error)")

NCCL_FRAMES = [("/workspace/train.py", 104, "train_step", "scaler.step(optimizer)"),
               (TORCH + "/distributed/c10d_logger.py", 75, "wrapper", "return func(*args, **kwargs)"),
               (TORCH + "/distributed/distributed_c10d.py", 2288, "all_reduce", "work = group.allreduce([tensor], opts)")]

@G("nccl_system_error", "trainer", 3, "NCCL bootstrap socket connect aborted between nodes", near="nccl-error")
def _(r, w):
    return ranked(r.randint(0, 31), pytb(NCCL_FRAMES,
        "torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, unhandled system "
        "error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5\nncclSystemError: System call (e.g. socket, malloc) or "
        "external library call failed or device error. \nLast error:\nsocketStartConnect: Connect to %s<%d> failed : Software caused "
        "connection abort" % (ip(r, "10.6."), port(r))))

@G("nccl_remote_error", "trainer", 3, "InfiniBand completion error from peer (flaky HCA / link)", near="nccl-error")
def _(r, w):
    a, b = ip(r, "10.6."), ip(r, "10.6.")
    return ranked(r.randint(0, 31), pytb(NCCL_FRAMES,
        "torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, remote process "
        "exited or there was a network error, NCCL version 2.20.5\nncclRemoteError: A call failed possibly due to a network error or a "
        "remote process exiting prematurely.\nLast error:\nNET/IB : Got completion from peer %s<%d> with status=12 opcode=0 len=0 "
        "vendor err 129 (Recv) localGid ::ffff:%s remoteGid ::ffff:%s hca mlx5_%d" % (b, port(r), a, b, r.randint(0, 7))))

@G("nccl_watchdog_timeout", "trainer", 1, "NCCL watchdog: ALLREDUCE collective timeout (straggler rank)")
def _(r, w):
    rk = r.randint(0, 31)
    n = r.choice([26214400, 52428800])
    ms = 1800000 + r.randint(10, 900)
    return ("[rank%d]:[E%s ProcessGroupNCCL.cpp:607] [Rank %d] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%d, "
            "OpType=ALLREDUCE, NumelIn=%d, NumelOut=%d, Timeout(ms)=1800000) ran for %d milliseconds before timing out."
            % (rk, ts(r, "glog"), rk, r.randint(1000, 900000), n, n, ms))


nm("torchrun-exitcode", "torchrun ChildFailedError root cause: exitcode -9 SIGKILL (host OOM killer) vs exitcode -6 SIGABRT (NCCL/CUDA abort)")

def child_failed(r, sig, name):
    pid = r.randint(1000, 99999)
    rank = r.randint(0, 31)
    return pytb([("/opt/conda/bin/torchrun", 8, "<module>", "sys.exit(main())"),
                 (TORCH + "/distributed/elastic/multiprocessing/errors/__init__.py", 347, "wrapper", "return f(*args, **kwargs)"),
                 (TORCH + "/distributed/run.py", 879, "main", "run(args)"),
                 (TORCH + "/distributed/run.py", 870, "run", "elastic_launch("),
                 (TORCH + "/distributed/launcher/api.py", 132, "__call__", "return launch_agent(self._config, self._entrypoint, list(args))"),
                 (TORCH + "/distributed/launcher/api.py", 263, "launch_agent", "raise ChildFailedError(")],
                "torch.distributed.elastic.multiprocessing.errors.ChildFailedError: \n" + "=" * 60 + "\n/workspace/train.py FAILED\n" +
                "-" * 60 + "\nFailures:\n  <NO_OTHER_FAILURES>\n" + "-" * 60 + "\nRoot Cause (first observed failure):\n[0]:\n"
                "  time      : %s\n  host      : trainer-worker-%d.trainer.ml-training.svc.cluster.local\n"
                "  rank      : %d (local_rank: %d)\n  exitcode  : -%d (pid: %d)\n  error_file: <N/A>\n"
                "  traceback : Signal %d (%s) received by PID %d\n" % (dt(r).strftime("%Y-%m-%d_%H:%M:%S"), rank // 8, rank, rank % 8,
                                                                      sig, pid, sig, name, pid) + "=" * 60)

@G("torchrun_sigkill", "trainer", 3, "Worker killed by host OOM killer (dataloader workers x pinned memory)", near="torchrun-exitcode")
def _(r, w):
    return child_failed(r, 9, "SIGKILL")

@G("torchrun_sigabrt", "trainer", 2, "Worker aborted (NCCL async error handling / CUDA assert)", near="torchrun-exitcode")
def _(r, w):
    return child_failed(r, 6, "SIGABRT")


# ============================================================================
# Triton / vLLM
# ============================================================================
nm("triton-model-load", "Triton failed to load model: tensor shape mismatch between ONNX and config.pbtxt, reranker vs embedder")

@G("triton_load_reranker", "triton-inference", 3, "reranker config.pbtxt dims [-1,256] but model exports [-1,512]", near="triton-model-load")
def _(r, w):
    return ("E%s 1 model_lifecycle.cc:638] failed to load 'reranker' version %d: Invalid argument: model 'reranker', tensor "
            "'input_ids': the model expects 2 dimensions (shape [-1,512]) but the model configuration specifies 2 dimensions "
            "(shape [-1,256])" % (ts(r, "glog"), r.randint(3, 9)))

@G("triton_load_embedder", "triton-inference", 1, "embedder config.pbtxt dims [-1,256] but model exports [-1,512]", near="triton-model-load")
def _(r, w):
    return ("E%s 1 model_lifecycle.cc:638] failed to load 'embedder' version %d: Invalid argument: model 'embedder', tensor "
            "'input_ids': the model expects 2 dimensions (shape [-1,512]) but the model configuration specifies 2 dimensions "
            "(shape [-1,256])" % (ts(r, "glog"), r.randint(10, 14)))

nm("vllm-engine-dead", "vLLM engine background loop died (AsyncEngineDeadError); root cause CUDA illegal memory access vs CUDA OOM")

VLLM = "/usr/local/lib/python3.10/dist-packages/vllm"

def vllm_dead(r, frames, root):
    pre = "ERROR %s async_llm_engine.py:61] " % ts(r, "vllm")
    body = "Engine background task failed\n" + pytb(
        [(VLLM + "/engine/async_llm_engine.py", 51, "_log_task_completion", "return_value = task.result()"),
         (VLLM + "/engine/async_llm_engine.py", 580, "run_engine_loop", "result = task.result()"),
         (VLLM + "/engine/async_llm_engine.py", 524, "engine_step", "request_outputs = await self.engine.step_async(virtual_engine)"),
         (VLLM + "/engine/async_llm_engine.py", 246, "step_async", "output = await self.model_executor.execute_model_async(")] + frames, root) + \
        CAUSE_SEP + pytb([(VLLM + "/engine/async_llm_engine.py", 61, "_log_task_completion", "raise AsyncEngineDeadError(")],
                         "vllm.engine.async_llm_engine.AsyncEngineDeadError: Task finished unexpectedly. This should never happen! "
                         "Please open an issue on Github. See stack trace above for the actual cause.")
    return "\n".join(pre + l for l in body.split("\n"))

VLLM_EXEC = [(VLLM + "/executor/gpu_executor.py", 122, "execute_model_async", "output = await make_async(self.driver_worker.execute_model"),
             (VLLM + "/worker/model_runner.py", 1450, "execute_model", "hidden_or_intermediate_states = model_executable(")]

@G("vllm_illegal_memory_access", "vllm-server", 3, "Illegal memory access in custom all-reduce / paged attention kernel",
   near="vllm-engine-dead")
def _(r, w):
    return vllm_dead(r, VLLM_EXEC, "RuntimeError: CUDA error: an illegal memory access was encountered\nCUDA kernel errors might be "
                     "asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging "
                     "consider passing CUDA_LAUNCH_BLOCKING=1.\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n")

@G("vllm_cuda_oom", "vllm-server", 3, "KV-cache sizing leaves no headroom: CUDA OOM during sampling", near="vllm-engine-dead")
def _(r, w):
    return vllm_dead(r, VLLM_EXEC + [(VLLM + "/model_executor/layers/sampler.py", 760, "_sample_with_torch",
                                      "probs = torch.softmax(logits, dim=-1, dtype=torch.float)")], cuda_oom(r))

@G("vllm_lora_not_found", "vllm-server", 5, "Requests for LoRA adapters not loaded after restart (adapter varies)",
   words=["support-bot", "legal-summarizer", "sql-copilot", "ticket-triage"])
def _(r, w):
    return ("ERROR %s serving_chat.py:158] Error with model object='error' message='The model `%s` does not exist.' "
            "type='NotFoundError' param=None code=404 request_id=chat-%s" % (ts(r, "vllm"), w, hx(r, 32)))

@G("vllm_context_length", "vllm-server", 3, "Chat requests exceed 8192-token context")
def _(r, w):
    m = r.randint(7200, 12000)
    c = r.choice([512, 1024, 2048])
    return ("ERROR %s serving_chat.py:196] Error in preprocessing prompt inputs\n" % ts(r, "vllm")) + pytb(
        [(VLLM + "/entrypoints/openai/serving_chat.py", 184, "create_chat_completion", ") = await self._preprocess_chat("),
         (VLLM + "/entrypoints/openai/serving_engine.py", 392, "_validate_input", "raise ValueError(")],
        "ValueError: This model's maximum context length is 8192 tokens. However, you requested %d tokens (%d in the messages, %d in "
        "the completion). Please reduce the length of the messages or completion." % (m + c, m, c))


# ============================================================================
# Kubernetes events / Argo Workflows
# ============================================================================
def image_tag(r):
    return "%s-%s" % (dt(r).strftime("%Y.%m.%d"), hx(r, 7))

nm("k8s-imagepull", "trainer image pull failure: tag not found (NotFound) vs registry credentials rejected (401 Unauthorized)")

@G("k8s_pull_tag_not_found", "k8s-events", 3, "CI deploys trainer tag before image push completes (manifest not found)", near="k8s-imagepull")
def _(r, w):
    img = "registry.acme.io/ml/trainer:" + image_tag(r)
    return ('%s  Warning  Failed  pod/%s  Failed to pull image "%s": rpc error: code = NotFound desc = failed to pull and unpack '
            'image "%s": failed to resolve reference "%s": %s: not found' % (ts(r, "isos"), pod(r, "trainer"), img, img, img, img))

@G("k8s_pull_unauthorized", "k8s-events", 2, "Expired registry pull secret in ml-training namespace (401)", near="k8s-imagepull")
def _(r, w):
    tag = image_tag(r)
    img = "registry.acme.io/ml/trainer:" + tag
    return ('%s  Warning  Failed  pod/%s  Failed to pull image "%s": rpc error: code = Unknown desc = failed to pull and unpack '
            'image "%s": failed to resolve reference "%s": pulling from host registry.acme.io failed with status code [manifests %s]: '
            '401 Unauthorized' % (ts(r, "isos"), pod(r, "trainer"), img, img, img, tag))

nm("k8s-sched", "FailedScheduling: Insufficient nvidia.com/gpu (ray GPU workers) vs Insufficient memory (spark executors)")

def k8s_event_json(r, ns, name, reason, msg):
    t = ts(r, "isos")
    return jdump({"metadata": {"name": "%s.%s" % (name, hx(r, 16)), "namespace": ns, "uid": uid(r)},
                  "reason": reason, "message": msg, "source": {"component": "default-scheduler"},
                  "firstTimestamp": t, "lastTimestamp": t, "count": r.randint(1, 40), "type": "Warning",
                  "involvedObject": {"kind": "Pod", "namespace": ns, "name": name, "uid": uid(r)}})

@G("k8s_sched_gpu", "k8s-events", 3, "GPU node pool exhausted for ray GPU workers", near="k8s-sched")
def _(r, w):
    n = r.randint(20, 40)
    g = r.randint(2, 8)
    return k8s_event_json(r, "ml-ray", pod(r, "ray-worker-gpu"), "FailedScheduling",
                          "0/%d nodes are available: %d Insufficient nvidia.com/gpu, %d node(s) didn't match Pod's node affinity/selector. "
                          "preemption: 0/%d nodes are available: %d No preemption victims found for incoming pod, %d Preemption is not "
                          "helpful for scheduling." % (n, g, n - g, n, g, n - g))

@G("k8s_sched_memory", "k8s-events", 2, "Spark executors request more memory than CPU pool nodes allow", near="k8s-sched")
def _(r, w):
    n = r.randint(20, 40)
    m = r.randint(3, 12)
    return k8s_event_json(r, "spark-jobs", "sessionize-%s-exec-%d" % (hx(r, 16), r.randint(1, 60)), "FailedScheduling",
                          "0/%d nodes are available: %d Insufficient memory, %d node(s) had untolerated taint {nvidia.com/gpu: present}. "
                          "preemption: 0/%d nodes are available: %d No preemption victims found for incoming pod, %d Preemption is not "
                          "helpful for scheduling." % (n, m, n - m, n, m, n - m))

@G("k8s_jupyter_backoff", "k8s-events", 4, "JupyterHub user notebook pods crash-looping after image update (user varies)",
   words=["mlopez", "bkumar", "tchen", "aokafor"])
def _(r, w):
    return ("%s  Warning  BackOff  pod/jupyter-%s  Back-off restarting failed container notebook in pod jupyter-%s_jupyterhub(%s)"
            % (ts(r, "isos"), w, w, uid(r)))

nm("argo-node", "nightly-features workflow node errors: pod deleted (spot preemption) vs failed to save outputs (bucket missing)")

@G("argo_pod_deleted", "argo-workflows", 3, "nightly-features train step pod deleted (spot node reclaimed); workflow suffix varies",
   near="argo-node", words=["bkzqt", "xvhrm", "plnwd"])
def _(r, w):
    wf = "nightly-features-" + w
    return ('time="%s" level=error msg="Mark error node" error="pod deleted" namespace=ml-pipelines nodeName="%s[1].train(0)" '
            'workflow=%s' % (ts(r, "iso"), wf, wf))

@G("argo_save_outputs_no_bucket", "argo-workflows", 1, "export step cannot save artifacts: artifact bucket missing", near="argo-node")
def _(r, w):
    wf = "nightly-features-" + rs(r, 5, K8S)
    return ('time="%s" level=error msg="Mark error node" error="failed to save outputs: failed to put file: The specified bucket does '
            'not exist" namespace=ml-pipelines nodeName="%s[2].export" workflow=%s' % (ts(r, "iso"), wf, wf))


# ============================================================================
# Great Expectations
# ============================================================================

def ge_fail(r, col):
    d = dt(r)
    n = r.randint(20000, 90000)
    u = r.randint(1, 900)
    return ("%s ERROR dq.run_checkpoint - Checkpoint orders_daily FAILED (run_name=%s-orders_daily, "
            "data_asset=warehouse.analytics.orders, batch=dt=%s)\n  expectation: expect_column_values_to_not_be_null\n"
            "  kwargs: {'column': '%s', 'mostly': 0.999}\n  result: {'element_count': %d, 'unexpected_count': %d, "
            "'unexpected_percent': %.4f, 'partial_unexpected_list': [None, None, None]}"
            % (ts(r, "comma"), d.strftime("%Y%m%d-%H%M%S"), d.strftime("%Y-%m-%d"), col, n, u, 100.0 * u / n))

@G("ge_orders_user_id_null", "data-quality", 2, "orders.user_id nulls (guest checkout not mapped)")
def _(r, w):
    return ge_fail(r, "user_id")

# ============================================================================
# S3 (boto3) / GCS (Go)
# ============================================================================
BOTO = "/usr/local/lib/python3.11/site-packages/botocore"
BOTO_TAIL = [(BOTO + "/client.py", 565, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
             (BOTO + "/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")]
nm("s3-head-artifact", "model-sync HeadObject on model artifact: 403 Forbidden (KMS/bucket policy) vs 404 Not Found (run never logged model)")

def s3_head(r, code, phrase):
    return ("%s ERROR model_sync.pull - failed to fetch artifact s3://acme-ml-artifacts/models/churn-xgb/%s/artifacts/model.pkl\n"
            % (ts(r, "comma"), hx(r, 32))) + pytb(
        [("/app/model_sync/pull.py", 33, "pull", "s3.head_object(Bucket=bucket, Key=key)")] + BOTO_TAIL,
        "botocore.exceptions.ClientError: An error occurred (%d) when calling the HeadObject operation: %s" % (code, phrase))

@G("s3_head_artifact_403", "s3-sync", 2, "Artifact bucket KMS key policy denies model-sync role", near="s3-head-artifact")
def _(r, w):
    return s3_head(r, 403, "Forbidden")

@G("s3_head_artifact_404", "s3-sync", 3, "Registry points at runs that never uploaded model.pkl", near="s3-head-artifact")
def _(r, w):
    return s3_head(r, 404, "Not Found")

@G("s3_tenant_manifest_missing", "s3-sync", 4, "Tenant upload batches arrive without manifest.json (tenant varies)",
   words=["globex", "initech", "hooli", "vandelay"])
def _(r, w):
    d = dt(r)
    return ("%s ERROR uploads.ingest - cannot read s3://acme-uploads/incoming/%s/%s/manifest.json\n"
            % (ts(r, "comma"), w, d.strftime("%Y/%m/%d"))) + pytb(
        [("/app/uploads/ingest.py", 71, "read_manifest", "obj = s3.get_object(Bucket=BUCKET, Key=f\"incoming/{tenant}/{day}/manifest.json\")")] + BOTO_TAIL,
        "botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.")

nm("gcs-op", "gcs-archiver service account 403: storage.objects.create on upload vs storage.objects.delete on expiry")

@G("gcs_upload_create_denied", "gcs-archiver", 2, "archiver SA lacks objectCreator on acme-archive", near="gcs-op")
def _(r, w):
    return ("%s archiver: upload gs://acme-archive/raw/clickstream/dt=%s/part-%05d.parquet failed: googleapi: Error 403: "
            "archiver@acme-data.iam.gserviceaccount.com does not have storage.objects.create access to the Google Cloud Storage "
            "object. Permission 'storage.objects.create' denied on resource (or it may not exist)., forbidden"
            % (ts(r, "go"), ts(r, "date"), r.randint(0, 400)))

@G("gcs_expire_delete_denied", "gcs-archiver", 1, "archiver SA lacks delete for retention expiry", near="gcs-op")
def _(r, w):
    return ("%s archiver: expire gs://acme-archive/raw/clickstream/dt=%s/part-%05d.parquet failed: googleapi: Error 403: "
            "archiver@acme-data.iam.gserviceaccount.com does not have storage.objects.delete access to the Google Cloud Storage "
            "object. Permission 'storage.objects.delete' denied on resource (or it may not exist)., forbidden"
            % (ts(r, "go"), ts(r, "date"), r.randint(0, 400)))

@G("gcs_team_export_missing", "gcs-archiver", 3, "Team export latest.parquet missing when archiver runs (team varies)",
   words=["growth", "finance", "risk", "marketing"])
def _(r, w):
    return "%s archiver: export gs://acme-exports/%s/latest.parquet: storage: object doesn't exist" % (ts(r, "go"), w)


# ============================================================================
# Go: feature-gateway
# ============================================================================
def goarg(r):
    return "0x%s" % hx(r, 10).lstrip("0")

nm("fg-nil-panic", "feature-gateway recovered nil pointer dereference: in (*RedisStore).Get vs in (*BatchHandler).decode")

GO_HTTP_TAIL = [("net/http.HandlerFunc.ServeHTTP(0x%s, {0x1c31f40, 0xc000%s}, 0xc000%s)", "/usr/local/go/src/net/http/server.go:2166 +0x29"),
                ("net/http.serverHandler.ServeHTTP({0xc0001c2000?}, {0x1c31f40?, 0xc000%s?}, 0x6?)", "/usr/local/go/src/net/http/server.go:3137 +0x8e")]

def fg_nil(r, frames):
    s = "%s http: panic serving %s:%d: runtime error: invalid memory address or nil pointer dereference\ngoroutine %d [running]:" % (
        ts(r, "go"), ip(r, "10.9."), port(r), r.randint(1000, 900000))
    s += "\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1898 +0xbe\npanic({0x1735e40?, 0x2a0b6f0?})\n\t/usr/local/go/src/runtime/panic.go:770 +0x132"
    for fn, loc in frames + GO_HTTP_TAIL:
        s += "\n" + fn.replace("%s", "%s") % tuple(hx(r, 6) for _ in range(fn.count("%s"))) + "\n\t" + loc
    return s

@G("fg_nil_redis_get", "feature-gateway", 2, "RedisStore nil when shard client failed to init", near="fg-nil-panic")
def _(r, w):
    return fg_nil(r, [("github.com/acme/feature-gateway/internal/store.(*RedisStore).Get(0x0, {0x1c2e3a0, 0xc000%s}, {0xc000%s, 0x24})",
                       "/src/internal/store/redis.go:87 +0x44"),
                      ("github.com/acme/feature-gateway/internal/api.(*Server).getFeatures(0xc0001a4000, {0x1c31f40, 0xc000%s}, 0xc000%s)",
                       "/src/internal/api/features.go:142 +0x1d2")])

@G("fg_nil_batch_decode", "feature-gateway", 2, "BatchHandler dereferences nil Entities when body omits entities", near="fg-nil-panic")
def _(r, w):
    return fg_nil(r, [("github.com/acme/feature-gateway/internal/api.(*BatchHandler).decode(0xc0002%s, 0xc000%s)",
                       "/src/internal/api/batch.go:58 +0x9a"),
                      ("github.com/acme/feature-gateway/internal/api.(*BatchHandler).ServeHTTP(0xc0002%s, {0x1c31f40, 0xc000%s}, 0xc000%s)",
                       "/src/internal/api/batch.go:31 +0x6f")])

@G("fg_topk_index_range", "feature-gateway", 1, "Ranker.topK index out of range when fewer candidates than k")
def _(r, w):
    return ("panic: runtime error: index out of range [%d] with length %d\n\ngoroutine %d [running]:\n"
            "github.com/acme/feature-gateway/internal/rank.(*Ranker).topK(0xc0003%s, {0xc000%s, 0x3, 0x3}, 0xa)\n"
            "\t/src/internal/rank/topk.go:44 +0x1f5\n"
            "github.com/acme/feature-gateway/internal/rank.(*Ranker).Rank(0xc0003%s, {0x1c2e3a0, 0xc000%s}, 0xc000%s)\n"
            "\t/src/internal/rank/rank.go:77 +0x2b1\nexit status 2"
            % (3, 3, r.randint(10, 9000), hx(r, 5), hx(r, 6), hx(r, 5), hx(r, 6), hx(r, 6)))

@G("fg_redis_shard_dns", "feature-gateway", 4, "Redis shard DNS records missing after cache namespace migration (shard varies)",
   words=["amber", "cobalt", "jade", "onyx"])
def _(r, w):
    return jdump({"level": "error", "ts": float(ts(r, "epoch")), "caller": "store/redis.go:54", "msg": "redis dial failed",
                  "shard": w, "error": "dial tcp: lookup redis-%s.cache.svc.cluster.local on 10.96.0.10:53: no such host" % w,
                  "attempt": r.randint(1, 5)})


# ============================================================================
# Rust: ingest-router (tracing fmt + anyhow), lineage-svc (tracing JSON)
# ============================================================================
nm("ir-produce", "ingest-router batch flush to events.raw fails; anyhow innermost cause MessageSizeTooLarge vs MsgTimedOut")

def ir_flush(r, cause):
    return ("%s ERROR flush{batch_id=%d partition=%d}: ingest_router::sink: batch flush failed records=%d bytes=%d "
            "error=failed to flush batch to kafka\n\nCaused by:\n    0: produce to topic \"events.raw\" failed\n    1: %s"
            % (ts(r, "isous"), r.randint(100000, 9999999), r.randint(0, 47), r.randint(50, 5000), r.randint(100000, 9000000), cause))

@G("ir_msg_too_large", "ingest-router", 2, "Oversized batched records rejected by broker (message.max.bytes)", near="ir-produce")
def _(r, w):
    return ir_flush(r, "Message production error: MessageSizeTooLarge (Broker: Message size too large)")

@G("ir_msg_timed_out", "ingest-router", 3, "librdkafka delivery timeout (broker unavailable / ISR shrink)", near="ir-produce")
def _(r, w):
    return ir_flush(r, "Message production error: MsgTimedOut (Local: Message timed out)")

nm("ir-unwrap", "ingest-router panic: Option::unwrap() on None at decode.rs vs at route.rs")

def cri(r, text):
    t = dt(r)
    out = []
    for i, l in enumerate(text.split("\n")):
        tt = t + datetime.timedelta(microseconds=37 * i)
        out.append("%s%03dZ stderr F %s" % (tt.strftime("%Y-%m-%dT%H:%M:%S.%f"), r.randint(0, 999), l))
    return "\n".join(out)

RUST_BT = ("stack backtrace:\n   0: rust_begin_unwind\n             at /rustc/07dca489ac2d933c78d3c5158e3f43beefeb02ce/library/std/src/panicking.rs:645:5\n"
           "   1: core::panicking::panic_fmt\n             at /rustc/07dca489ac2d933c78d3c5158e3f43beefeb02ce/library/core/src/panicking.rs:72:14\n"
           "   2: core::panicking::panic\n             at /rustc/07dca489ac2d933c78d3c5158e3f43beefeb02ce/library/core/src/panicking.rs:144:5\n"
           "   3: core::option::unwrap_failed\n             at /rustc/07dca489ac2d933c78d3c5158e3f43beefeb02ce/library/core/src/option.rs:1978:5\n")

@G("ir_unwrap_decode", "ingest-router", 2, "decode: unwrap on missing content-type header", near="ir-unwrap")
def _(r, w):
    return cri(r, "thread 'tokio-runtime-worker' panicked at src/decode.rs:142:31:\ncalled `Option::unwrap()` on a `None` value\n" + RUST_BT +
               "   4: ingest_router::decode::decode_body\n             at ./src/decode.rs:142:31\n"
               "note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.")

@G("ir_unwrap_route", "ingest-router", 1, "route: unwrap on tenant lookup for unknown API key", near="ir-unwrap")
def _(r, w):
    return cri(r, "thread 'tokio-runtime-worker' panicked at src/route.rs:88:14:\ncalled `Option::unwrap()` on a `None` value\n" + RUST_BT +
               "   4: ingest_router::route::resolve_tenant\n             at ./src/route.rs:88:14\n"
               "note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.")

nm("ln-persist", "lineage-svc failed to persist lineage edge: sqlx pool timeout vs duplicate key on edges_pkey")

def ln_json(r, fields, target, job):
    return jdump({"timestamp": ts(r, "isous"), "level": "ERROR", "fields": fields, "target": target,
                  "span": {"job": job, "run_id": uid(r), "name": "ingest_event"},
                  "spans": [{"method": "POST", "uri": "/api/v1/lineage", "name": "request"},
                            {"job": job, "run_id": uid(r), "name": "ingest_event"}]})

@G("ln_pool_timeout", "lineage-svc", 3, "sqlx pool exhausted (max_connections=10) under OpenLineage burst (emitting job varies)",
   near="ln-persist", words=["orders_etl", "sessionize", "feature_backfill"])
def _(r, w):
    return ln_json(r, {"message": "failed to persist lineage edge", "edge_id": uid(r),
                       "error": "pool timed out while waiting for an open connection"}, "lineage::store", w)

@G("ln_dup_edge", "lineage-svc", 2, "Non-idempotent insert of lineage edge on OpenLineage retries", near="ln-persist")
def _(r, w):
    return ln_json(r, {"message": "failed to persist lineage edge", "edge_id": uid(r),
                       "error": "error returned from database: duplicate key value violates unique constraint \"edges_pkey\""},
                   "lineage::store", "orders_etl")

@G("ln_schema_subject_404", "lineage-svc", 4, "Schema registry subject missing for datasets without -value subject (dataset varies)",
   words=["orders_raw", "payments_clean", "sessions_enriched", "users_dim"])
def _(r, w):
    return ln_json(r, {"message": "schema registry lookup failed", "dataset": w,
                       "error": "HTTP status client error (404 Not Found) for url (http://schema-registry.data.svc:8081/subjects/%s-value/versions/latest)" % w},
                   "lineage::schema", "schema_sync")


# ============================================================================
# Node: ingest-api
# ============================================================================
def pino(r, msg, err, extra=None):
    o = {"level": 50, "time": int(ts(r, "epochms")), "pid": 1,
         "hostname": pod(r, "ingest-api"), "reqId": "req-%d" % r.randint(1, 900000)}
    if extra:
        o.update(extra)
    o["err"] = err
    o["msg"] = msg
    return jdump(o)

nm("node-schema-status", "ingest-api schema registry lookup AxiosError: status 502 vs status 504")

AXIOS_STACK = ("AxiosError: Request failed with status code %d\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n"
               "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)\n"
               "    at IncomingMessage.emit (node:events:531:35)\n    at endReadableNT (node:internal/streams/readable:1696:12)\n"
               "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)\n"
               "    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:3876:41)\n"
               "    at async SchemaClient.lookup (/app/src/schema/client.js:41:19)\n"
               "    at async validateEvent (/app/src/ingest/validate.js:22:18)")

def axios(r, code):
    return pino(r, "schema lookup failed", {"type": "AxiosError", "message": "Request failed with status code %d" % code,
                                            "stack": AXIOS_STACK % code, "code": "ERR_BAD_RESPONSE", "status": code},
                {"subject": "clickstream-value"})

@G("node_schema_502", "ingest-api", 2, "schema-registry pods crash -> ingress 502", near="node-schema-status")
def _(r, w):
    return axios(r, 502)

@G("node_schema_504", "ingest-api", 3, "schema-registry slow (compaction) -> ingress 504 gateway timeout", near="node-schema-status")
def _(r, w):
    return axios(r, 504)

@G("node_webhook_enotfound", "ingest-api", 4, "Customer webhook hosts (ephemeral tunnels) no longer resolve (host varies)",
   words=["quiet-meadow", "brave-otter", "lucky-heron", "sunny-canyon"])
def _(r, w):
    h = "%s.ngrok.app" % w
    return pino(r, "webhook delivery failed", {"type": "Error", "message": "getaddrinfo ENOTFOUND " + h,
                                               "stack": "Error: getaddrinfo ENOTFOUND %s\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:118:26)" % h,
                                               "errno": -3008, "code": "ENOTFOUND", "syscall": "getaddrinfo", "hostname": h},
                {"webhookId": "wh_" + hx(r, 24), "url": "https://%s/hooks/events" % h})

@G("node_heap_oom", "ingest-api", 1, "ingest-api V8 heap exhaustion (unbounded retry buffer)")
def _(r, w):
    a = r.uniform(2040, 2046)
    t = r.randint(1000000, 9000000)
    return ("<--- Last few GCs --->\n\n[1:0x%s] %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = %.3f, "
            "current mu = %.3f) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\n"
            "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
            " 1: 0xb8ced1 node::Abort() [node]\n 2: 0xa9a6e8  [node]\n 3: 0xd6e3b0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, "
            "v8::OOMDetails const&) [node]\n 4: 0xd6e757 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, "
            "v8::OOMDetails const&) [node]" % (hx(r, 7), t, a, a + 40, a - 1.5, a + 40.5, r.uniform(900, 2000), r.uniform(0.1, 0.3), r.uniform(0.01, 0.1)))


# ============================================================================
# Python: model-registry (MLflow server), label-sync
# ============================================================================
SITE = "/usr/local/lib/python3.11/site-packages"
nm("mr-db-errors", "model-registry get_registered_model DB failure: connection closed by server (OperationalError) vs QueuePool exhausted (TimeoutError)")

MR_FLASK = [(SITE + "/flask/app.py", 880, "full_dispatch_request", "rv = self.dispatch_request()"),
            (SITE + "/flask/app.py", 865, "dispatch_request", "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)"),
            (SITE + "/mlflow/server/handlers.py", 1624, "_get_registered_model", "registered_model = _get_model_registry_store().get_registered_model("),
            (SITE + "/mlflow/store/model_registry/sqlalchemy_store.py", 402, "get_registered_model",
             "return self._get_registered_model(session, name).to_mlflow_entity()")]

@G("mr_server_closed_conn", "model-registry", 4, "Registry DB connections killed by RDS failover / idle timeout (model name varies)",
   near="mr-db-errors", words=["churn-xgb", "fraud-gbm", "ltv-forecast", "search-ranker"])
def _(r, w):
    pg = ("psycopg2.OperationalError: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n"
          "\tbefore or while processing the request.\n")
    return ("%s ERROR [mlflow.server] Exception on /api/2.0/mlflow/registered-models/get [GET]\n" % ts(r, "comma")) + pytb(
        [(SITE + "/sqlalchemy/engine/base.py", 1967, "_exec_single_context", "self.dialect.do_execute("),
         (SITE + "/sqlalchemy/engine/default.py", 924, "do_execute", "cursor.execute(statement, parameters)")], pg) + CAUSE_SEP + pytb(
        MR_FLASK + [(SITE + "/sqlalchemy/engine/default.py", 924, "do_execute", "cursor.execute(statement, parameters)")],
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly\n"
        "\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n\n"
        "[SQL: SELECT registered_models.name AS registered_models_name, registered_models.creation_time AS "
        "registered_models_creation_time \nFROM registered_models \nWHERE registered_models.name = %%(name_1)s]\n"
        "[parameters: {'name_1': '%s'}]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % w)

@G("mr_queuepool_timeout", "model-registry", 2, "Registry QueuePool exhausted (size 5 overflow 10) under CI polling", near="mr-db-errors")
def _(r, w):
    return ("%s ERROR [mlflow.server] Exception on /api/2.0/mlflow/registered-models/get [GET]\n" % ts(r, "comma")) + pytb(
        MR_FLASK + [(SITE + "/sqlalchemy/pool/impl.py", 157, "_do_get", "raise exc.TimeoutError(")],
        "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 "
        "(Background on this error at: https://sqlalche.me/e/20/3o7r)")

nm("ls-json-decode", "label-sync JSONDecodeError 'Expecting value: line 1 column 1 (char 0)': requests (vendor API HTML page) vs json (empty manifest file)")

@G("ls_vendor_api_html", "label-sync", 2, "Labeling vendor API returns HTML maintenance page; resp.json() fails", near="ls-json-decode")
def _(r, w):
    return ("%s ERROR label_sync.vendor - export poll failed export_id=%s\n" % (ts(r, "space"), uid(r))) + pytb(
        [(SITE + "/requests/models.py", 974, "json", "return complexjson.loads(self.content.decode(encoding), **kwargs)"),
         ("/usr/local/lib/python3.11/json/__init__.py", 346, "loads", "return _default_decoder.decode(s)"),
         ("/usr/local/lib/python3.11/json/decoder.py", 355, "raw_decode", "raise JSONDecodeError(\"Expecting value\", s, err.value) from None")],
        "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n") + CTX_SEP + pytb(
        [("/app/label_sync/vendor.py", 88, "poll_export", "status = resp.json()[\"status\"]"),
         (SITE + "/requests/models.py", 978, "json", "raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)")],
        "requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)")

@G("ls_empty_manifest", "label-sync", 2, "Zero-byte manifest.json written by interrupted exporter", near="ls-json-decode")
def _(r, w):
    return ("%s ERROR label_sync.import - cannot parse manifest s3://acme-labels/exports/%s/manifest.json\n" % (ts(r, "space"), uid(r))) + pytb(
        [("/app/label_sync/importer.py", 52, "load_manifest", "manifest = json.loads(body)"),
         ("/usr/local/lib/python3.11/json/__init__.py", 346, "loads", "return _default_decoder.decode(s)"),
         ("/usr/local/lib/python3.11/json/decoder.py", 337, "decode", "obj, end = self.raw_decode(s, idx=_w(s, 0).end())"),
         ("/usr/local/lib/python3.11/json/decoder.py", 355, "raw_decode", "raise JSONDecodeError(\"Expecting value\", s, err.value) from None")],
        "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)")

nm("ls-retry-status", "label-sync vendor API retries exhausted: too many 429 responses (our request rate) vs too many 503 responses (vendor outage)")

def ls_retry(r, code):
    eid = uid(r)
    return ("%s ERROR label_sync.vendor - download failed export_id=%s\n" % (ts(r, "space"), eid)) + pytb(
        [("/app/label_sync/vendor.py", 112, "download_export", "resp = self.session.get(f\"{BASE}/v1/exports/{export_id}/download\", timeout=60)"),
         (SITE + "/requests/sessions.py", 602, "get", 'return self.request("GET", url, **kwargs)'),
         (SITE + "/requests/adapters.py", 510, "send", "raise RetryError(e, request=request)")],
        "requests.exceptions.RetryError: HTTPSConnectionPool(host='api.labelvendor.io', port=443): Max retries exceeded with url: "
        "/v1/exports/%s/download (Caused by ResponseError('too many %d error responses'))" % (eid, code))

@G("ls_retry_429", "label-sync", 3, "Export downloads throttled by vendor (too many 429s): our concurrency too high", near="ls-retry-status")
def _(r, w):
    return ls_retry(r, 429)

@G("ls_retry_503", "label-sync", 2, "Vendor export API unavailable (too many 503s)", near="ls-retry-status")
def _(r, w):
    return ls_retry(r, 503)

@G("ls_project_export_stuck", "label-sync", 3, "Vendor exports stuck in QUEUED beyond SLA (project varies)",
   words=["retail-shelf", "medical-ner", "toxicity", "receipts"])
def _(r, w):
    return ("%s ERROR label_sync.vendor - export for project %s stuck in state=QUEUED after %ds (export_id=%s, sla=3600s)"
            % (ts(r, "space"), w, r.randint(3600, 9000), uid(r)))


# ============================================================================
# build, self-check, write
# ============================================================================
def build():
    events, problems = [], []
    seen = {}
    for g in GROUPS:
        # per-group generator seeded from a string (sha512-based seeding: independent of PYTHONHASHSEED)
        r = random.Random("%d/%s" % (SEED, g["label"]))
        used_words = []
        for i in range(g["n"]):
            w = g["words"][i % len(g["words"])] if g["words"] else None
            for _attempt in range(50):
                msg = g["fn"](r, w)
                if (g["service"], msg) not in seen:
                    break
            key = (g["service"], msg)
            if key in seen:
                problems.append("duplicate (service,message) in %s and %s" % (seen[key], g["label"]))
            seen[key] = g["label"]
            if w is not None:
                if w not in msg:
                    problems.append("%s: digit-free value %r not in message" % (g["label"], w))
                used_words.append(w)
            events.append({"service": g["service"], "message": msg, "group": g["label"]})
        if not 1 <= g["n"] <= 6:
            problems.append("%s: size %d out of range" % (g["label"], g["n"]))
        if g["words"] is not None:
            distinct = sorted(set(used_words))
            if not 3 <= len(distinct) <= 5:
                problems.append("%s: %d distinct digit-free values" % (g["label"], len(distinct)))
            if any(ch.isdigit() for x in distinct for ch in x):
                problems.append("%s: digit-free values contain digits" % g["label"])
    labels = [g["label"] for g in GROUPS]
    if len(labels) != len(set(labels)):
        problems.append("duplicate group labels")
    for name in NEAR_MISS:
        members = [g for g in GROUPS if g["near"] == name]
        if not 2 <= len(members) <= 3:
            problems.append("near-miss set %s has %d groups" % (name, len(members)))
        if len(set(g["service"] for g in members)) != 1:
            problems.append("near-miss set %s spans services" % name)
    for g in GROUPS:
        if g["near"] is not None and g["near"] not in NEAR_MISS:
            problems.append("%s: unknown near-miss set %s" % (g["label"], g["near"]))
        if any(not e["message"].strip() for e in events):
            problems.append("empty message")
    return events, problems

def main():
    events, problems = build()
    if problems:
        for p in problems:
            print("CHECK FAILED:", p, file=sys.stderr)
        sys.exit(1)
    R.shuffle(events)
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or HERE, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps({"service": e["service"], "message": e["message"], "group": e["group"]}) + "\n")
    groups = {}
    for g in GROUPS:
        groups[g["label"]] = {"description": g["desc"], "service": g["service"], "count": g["n"],
                              "near_miss_set": g["near"], "digit_free_variable": g["words"] is not None}
    with open(os.path.join(os.environ.get("UNSEEN_OUT") or HERE, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, indent=2)
        f.write("\n")
    sizes = {}
    for g in GROUPS:
        sizes[g["n"]] = sizes.get(g["n"], 0) + 1
    print("events=%d groups=%d services=%d near_miss_sets=%d near_miss_groups=%d digit_free_groups=%d sizes=%s" % (
        len(events), len(GROUPS), len(set(g["service"] for g in GROUPS)), len(NEAR_MISS),
        sum(1 for g in GROUPS if g["near"]), sum(1 for g in GROUPS if g["words"]),
        ", ".join("%d:%d" % (k, sizes[k]) for k in sorted(sizes))))

if __name__ == "__main__":
    main()
