#!/usr/bin/env python3
"""Blind corpus #41: a hospital group's integration and clinical platform.

Writes events.jsonl (shuffled {"service","message","group"} lines) and
groups.json into $UNSEEN_OUT if set, else beside this file.
python3 stdlib only; fixed seeds; byte-identical output under any PYTHONHASHSEED.
"""
import datetime as dt
import json
import os
import random
import re

SEED = 41041
GROUPS = []          # registration order == output order before the shuffle
BASE = dt.datetime(2024, 5, 13, 0, 0, 0)
EPOCH = dt.datetime(1970, 1, 1)


def group(label, service, count, description, nm=None, df=None):
    """Register a group. df: list of digit-free values the generator cycles through."""
    def deco(fn):
        GROUPS.append({"label": label, "service": service, "count": count,
                       "description": description, "nm": nm, "df": df, "fn": fn})
        return fn
    return deco


# ---------------------------------------------------------------- helpers
def when(r):
    return BASE + dt.timedelta(seconds=r.randint(0, 3 * 86400 - 1),
                               microseconds=r.randint(0, 999) * 1000 + r.randint(0, 999))


def t_comma(d):           # 2024-05-14 10:12:33,456  (log4j / logback / python logging / wildfly)
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (d.microsecond // 1000)


def t_dot(d):             # 2024-05-14 10:12:33.456
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (d.microsecond // 1000)


def t_iso(d):             # 2024-05-14T10:12:33.456Z
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (d.microsecond // 1000)


def t_hl7(d):
    return d.strftime("%Y%m%d%H%M%S")


def ms(d):
    return int((d - EPOCH).total_seconds() * 1000)


def unix_f(d):            # zap ts: 1715681553.4567891
    return "%.7f" % ((d - EPOCH).total_seconds())


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def num(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ip(r, a=10, b=None):
    return "%d.%d.%d.%d" % (a, b if b is not None else r.randint(1, 60), r.randint(0, 254), r.randint(2, 250))


def pod(r, name, rs):
    return "%s-%s-%s" % (name, rs, "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


def b64id(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def dicom_uid(r, root="1.2.840.113619.2.55.3"):
    return "%s.%s.%s.%s.%s" % (root, num(r, 9), r.randint(100, 999), num(r, 10), r.randint(1, 999))


# ================================================================ mirth-connect
# Mirth Connect 4.x server log: "%-5p %d [%t] %c: %m"
MIRTH_RIS_CH = "6f0c2b1e-8d2a-4c1b-9a55-3e7d0f4b2c19"
MIRTH_LIS_CH = "b71e04d9-2c6f-4e8a-a1d3-58f09c7e6a42"
MIRTH_TCP_TAIL = (
    "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)\n"
    "\tat java.base/java.net.Socket.connect(Socket.java:633)\n"
    "\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:263)\n"
    "\tat com.mirth.connect.donkey.server.channel.DestinationConnector.handleSend(DestinationConnector.java:934)\n"
    "\tat com.mirth.connect.donkey.server.channel.DestinationConnector.run(DestinationConnector.java:663)\n"
    "\tat java.base/java.lang.Thread.run(Thread.java:840)")


def mirth_tcp_head(r):
    return ("ERROR %s [Destination Queue Thread %d on ADT_to_RIS (%s), RIS MLLP Out (1)] "
            "com.mirth.connect.connectors.tcp.TcpDispatcher: Error sending message "
            "(TCP Sender \"RIS MLLP Out\" on channel %s).\n"
            % (t_dot(when(r)), r.randint(1, 4), MIRTH_RIS_CH, MIRTH_RIS_CH))


@group("mirth_ris_connect_refused", "mirth-connect", 3,
       "ADT_to_RIS TCP sender: RIS MLLP listener refuses connections (java.net.ConnectException)", nm="nm_mirth_ris_tcp")
def _(r, i, v):
    return (mirth_tcp_head(r) +
            "java.net.ConnectException: Connection refused\n"
            "\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n"
            "\tat java.base/sun.nio.ch.Net.connect(Net.java:579)\n"
            "\tat java.base/sun.nio.ch.Net.connect(Net.java:568)\n"
            "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:593)\n" + MIRTH_TCP_TAIL)


@group("mirth_ris_connect_timeout", "mirth-connect", 3,
       "ADT_to_RIS TCP sender: connect to RIS times out (SYN dropped, java.net.SocketTimeoutException)", nm="nm_mirth_ris_tcp")
def _(r, i, v):
    return (mirth_tcp_head(r) +
            "java.net.SocketTimeoutException: Connect timed out\n"
            "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)\n"
            "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:597)\n" + MIRTH_TCP_TAIL)


def mirth_nack(r, rejected, msa3, err):
    d = when(r)
    trig = r.choice(["A08", "A04", "A03", "A08"])
    return ("ERROR %s [pool-1-thread-%d] postprocessor: ADT_to_Sunquest (%s) destination \"Sunquest LIS\" "
            "messageId=%s status=ERROR: NACK sent from receiver. (%s)\n%s\nACK received:\n"
            "MSH|^~\\&|SUNQUEST|MAINLAB|MIRTH|STMARYS|%s||ACK^%s^ACK|Q%s|P|2.5.1\n"
            "MSA|%s|MIRTH%s%03d|%s\n%s"
            % (t_dot(d), r.randint(2, 40), MIRTH_LIS_CH, num(r, 6), "Rejected" if rejected else "Error", msa3,
               t_hl7(d), trig, num(r, 8), "AR" if rejected else "AE", t_hl7(d), d.microsecond // 1000, msa3, err))


@group("mirth_lis_nack_ae_204", "mirth-connect", 3,
       "Sunquest LIS NACKs ADT with AE / ERR-3 204 Unknown key identifier on PID-3 (patient not registered in LIS)",
       nm="nm_mirth_lis_nack")
def _(r, i, v):
    return mirth_nack(r, False, "Unknown key identifier",
                      "ERR||PID^1^3^1|204^Unknown key identifier^HL70357|E||||MRN %s not on file" % num(r, 8))


@group("mirth_lis_nack_ae_103", "mirth-connect", 2,
       "Sunquest LIS NACKs ADT with AE / ERR-3 103 Table value not found on PV1-3 (location table out of sync)",
       nm="nm_mirth_lis_nack")
def _(r, i, v):
    return mirth_nack(r, False, "Table value not found",
                      "ERR||PV1^1^3^1|103^Table value not found^HL70357|E||||Location %dW^%d^%s not defined"
                      % (r.randint(2, 9), r.randint(200, 499), r.choice("AB")))


@group("mirth_lis_nack_ar_207", "mirth-connect", 3,
       "Sunquest LIS rejects ADT with AR / ERR-3 207 Application internal error (LIS side failure)",
       nm="nm_mirth_lis_nack")
def _(r, i, v):
    return mirth_nack(r, True, "Application internal error",
                      "ERR||MSH^1|207^Application internal error^HL70357|E||||Inbound queue write failed")


MIRTH_JS_TAIL = (
    "\tat com.mirth.connect.server.transformers.JavaScriptFilterTransformer$FilterTransformerTask.doCall(JavaScriptFilterTransformer.java:154)\n"
    "\tat com.mirth.connect.server.transformers.JavaScriptFilterTransformer$FilterTransformerTask.doCall(JavaScriptFilterTransformer.java:119)\n"
    "\tat com.mirth.connect.server.util.javascript.JavaScriptTask.call(JavaScriptTask.java:113)\n"
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)\n"
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)\n"
    "\tat java.base/java.lang.Thread.run(Thread.java:840)")


def mirth_js(r, channel, chid, src, line, a, b):
    return ("ERROR %s [%s < pool-3-thread-%d] transformer: com.mirth.connect.server.MirthJavascriptTransformerException: \n"
            "CHANNEL:\t%s\nCONNECTOR:\tsourceConnector\nSCRIPT SOURCE:\tTRANSFORMER\nSOURCE CODE:\t\n%s\n"
            "LINE NUMBER:\t%d\nDETAILS:\tTypeError: Cannot call method \"toString\" of undefined\n"
            "\tat %s:%d (doTransform)\n\tat %s:%d (doScript)\n\tat %s:%d\n%s"
            % (t_dot(when(r)), channel, r.randint(1, 16), channel, src, line, chid, line, chid, a, chid, b, MIRTH_JS_TAIL))


@group("mirth_js_oru_obx5", "mirth-connect", 2,
       "ORU_Lab_Results_In transformer line 38: OBX-5.1 .toString() on undefined (results without OBX-5)",
       nm="nm_mirth_js_typeerror")
def _(r, i, v):
    src = ("36: for (var i = 0; i < msg['OBX'].length(); i++) {\n"
           "37:     var obx = msg['OBX'][i];\n"
           "38:     tmp['OBX'][i]['OBX.5']['OBX.5.1'] = obx['OBX.5']['OBX.5.1'].toString().replace(/\\\\.br\\\\/g, '\\n');\n"
           "39: }")
    return mirth_js(r, "ORU_Lab_Results_In", "a3d1e7c2-5b90-4f1e-8c6a-0d2f9e4b7a13", src, 38, 121, 123)


@group("mirth_js_adt_pd1", "mirth-connect", 3,
       "ADT_Inbound_Epic transformer line 52: PD1-4 .toString() on undefined (ADT without primary care provider)",
       nm="nm_mirth_js_typeerror")
def _(r, i, v):
    src = ("50: var pd1 = msg['PD1'];\n"
           "51: channelMap.put('pcpNpi', pd1['PD1.4']['PD1.4.1'].toString());\n"
           "52: tmp['PV1']['PV1.8']['PV1.8.2'] = pd1['PD1.4']['PD1.4.2'].toString().toUpperCase();\n"
           "53: tmp['PV1']['PV1.8']['PV1.8.3'] = pd1['PD1.4']['PD1.4.3'].toString().toUpperCase();")
    return mirth_js(r, "ADT_Inbound_Epic", "19c4a8e0-7f3d-4b26-9e15-c2a60d8f3b71", src, 52, 140, 142)


# ================================================================ rhapsody-lab
# Rhapsody-style engine log; ACKs printed raw with \r segment separators.
def rhap_head(r, d, route, point):
    return ("%s ERROR [Rhapsody.Engine] [Route: %s] [%s] Message %s moved to error queue: "
            % (t_comma(d), route, point, num(r, 8)))


def rhap_nack(r, err):
    d = when(r)
    return (rhap_head(r, d, "Lab Results ORU to Epic", "Communication Point: EPIC_ORU_OUT") +
            "Negative acknowledgement received (MSA-1=AE)\n"
            "MSH|^~\\&|EPIC|STMARYS|RHAPSODY|LAB|%s||ACK^R01^ACK|%s|P|2.5.1\r"
            "MSA|AE|LAB%s\r%s\r" % (t_hl7(d), num(r, 10), num(r, 9), err))


@group("rhap_oru_err101_obr4", "rhapsody-lab", 3,
       "Epic NACKs lab ORU: ERR 101 Required field missing at OBR-4 (universal service id not mapped)",
       nm="nm_rhap_err101")
def _(r, i, v):
    return rhap_nack(r, "ERR||OBR^1^4^1|101^Required field missing^HL70357|E||||OBR-4 Universal Service Identifier is required")


@group("rhap_oru_err101_obx3", "rhapsody-lab", 3,
       "Epic NACKs lab ORU: ERR 101 Required field missing at OBX-3 (observation identifier not mapped); OBX set id varies",
       nm="nm_rhap_err101")
def _(r, i, v):
    return rhap_nack(r, "ERR||OBX^%d^3^1|101^Required field missing^HL70357|E||||OBX-3 Observation Identifier is required"
                     % r.randint(1, 14))


@group("rhap_orm_provider_unresolved", "rhapsody-lab", 4,
       "Lab order route: ORC-12 ordering provider not found in provider directory (clinician name varies, digit-free)",
       df=["^OKAFOR^CHIDI", "^LINDQVIST^ANNA", "^BRENNAN^PATRICK", "^NAKAMURA^YUKI"])
def _(r, i, v):
    d = when(r)
    return (rhap_head(r, d, "Lab Orders from Epic", "Filter: Provider Lookup") +
            "Ordering provider not found in provider directory: ORC-12='%s' (placer order %s)" % (v, num(r, 9)))


# ================================================================ hapi-fhir
# jpaserver-starter logback: "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} [%file:%line] %msg"
HAPI_HEAD = ("%s [http-nio-8080-exec-%d] ERROR c.u.f.r.s.i.ExceptionHandlingInterceptor "
             "[ExceptionHandlingInterceptor.java:198] Failure during REST processing\n")
HAPI_TOP = (
    "\tat ca.uhn.fhir.rest.server.method.BaseMethodBinding.invokeServerMethod(BaseMethodBinding.java:265)\n"
    "\tat ca.uhn.fhir.rest.server.method.OperationMethodBinding.invokeServer(OperationMethodBinding.java:404)\n"
    "\tat ca.uhn.fhir.rest.server.method.BaseResourceReturningMethodBinding.doInvokeServer(BaseResourceReturningMethodBinding.java:269)\n"
    "\tat ca.uhn.fhir.rest.server.RestfulServer.handleRequest(RestfulServer.java:1198)\n"
    "\tat ca.uhn.fhir.rest.server.RestfulServer.doGet(RestfulServer.java:424)\n"
    "\tat ca.uhn.fhir.rest.server.RestfulServer.service(RestfulServer.java:1938)\n"
    "\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)\n")


@group("hapi_everything_stmt_timeout", "hapi-fhir", 3,
       "Patient/$everything fails: innermost PSQLException canceling statement due to statement timeout",
       nm="nm_hapi_everything")
def _(r, i, v):
    sql = "select rl1_0.PID,rl1_0.TARGET_RESOURCE_ID from HFJ_RES_LINK rl1_0 where rl1_0.SRC_RESOURCE_ID in (?)"
    return (HAPI_HEAD % (t_dot(when(r)), r.randint(1, 200)) +
            "ca.uhn.fhir.rest.server.exceptions.InternalErrorException: HAPI-0389: Failed to call access method: "
            "org.springframework.dao.QueryTimeoutException: JDBC exception executing SQL [%s] "
            "[ERROR: canceling statement due to statement timeout] [n/a]\n" % sql + HAPI_TOP +
            "\t... 62 common frames omitted\n"
            "Caused by: org.springframework.dao.QueryTimeoutException: JDBC exception executing SQL [%s] "
            "[ERROR: canceling statement due to statement timeout] [n/a]\n"
            "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:262)\n"
            "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)\n"
            "\tat ca.uhn.fhir.jpa.dao.JpaResourceDaoPatient.patientInstanceEverything(JpaResourceDaoPatient.java:233)\n"
            "\t... 71 common frames omitted\n"
            "Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout\n"
            "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n"
            "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)\n"
            "\tat org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:134)\n"
            "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)\n"
            "\t... 94 common frames omitted" % sql)


@group("hapi_everything_pool_exhausted", "hapi-fhir", 2,
       "Patient/$everything fails: innermost HikariPool connection not available (pool exhausted)",
       nm="nm_hapi_everything")
def _(r, i, v):
    return (HAPI_HEAD % (t_dot(when(r)), r.randint(1, 200)) +
            "ca.uhn.fhir.rest.server.exceptions.InternalErrorException: HAPI-0389: Failed to call access method: "
            "org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction\n"
            + HAPI_TOP +
            "\t... 62 common frames omitted\n"
            "Caused by: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction\n"
            "\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)\n"
            "\tat ca.uhn.fhir.jpa.dao.tx.HapiTransactionService.doExecute(HapiTransactionService.java:419)\n"
            "\tat ca.uhn.fhir.jpa.dao.JpaResourceDaoPatient.patientInstanceEverything(JpaResourceDaoPatient.java:233)\n"
            "\t... 71 common frames omitted\n"
            "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [HikariPool-1 - "
            "Connection is not available, request timed out after %dms (total=40, active=40, idle=0, waiting=%d)] [n/a]\n"
            "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)\n"
            "\t... 80 common frames omitted\n"
            "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed "
            "out after %dms (total=40, active=40, idle=0, waiting=%d)\n"
            "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
            "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n"
            "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)\n"
            "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)\n"
            "\t... 86 common frames omitted"
            % ((lambda a, b: (a, b, a, b))(r.randint(30000, 30019), r.randint(3, 60))))


# ================================================================ fhir-gateway
# Node 20 service, pino JSON lines (stack inside the JSON string).
def pino(r, d, host, extra, err, msg):
    o = {"level": 50, "time": ms(d), "pid": 1, "hostname": host, "reqId": "req-" + b64id(r, 6)}
    o.update(extra)
    o["err"] = err
    o["msg"] = msg
    return json.dumps(o, separators=(",", ":"))


def gw_epic(r, v, status):
    d = when(r)
    pid = "e" + b64id(r, 22) + "3"
    url = "https://fhir.%s.stmarys-health.org/interconnect-fhir-oauth/api/FHIR/R4/Patient/%s" % (v, pid)
    stack = ("AxiosError: Request failed with status code %d\n"
             "    at settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)\n"
             "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11)\n"
             "    at IncomingMessage.emit (node:events:530:35)\n"
             "    at endReadableNT (node:internal/streams/readable:1698:12)\n"
             "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)\n"
             "    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4224:41)\n"
             "    at async EpicClient.read (/app/src/clients/epic.js:58:22)\n"
             "    at async /app/src/routes/patient.js:31:19" % status)
    err = {"type": "AxiosError", "message": "Request failed with status code %d" % status, "stack": stack,
           "code": "ERR_BAD_REQUEST", "status": status}
    return pino(r, d, pod(r, "fhir-gateway", "7c9d8f6b54"), {"tenant": v, "method": "GET", "url": url}, err,
                "upstream EHR request failed")


SITES = ["northside", "riverside", "lakeview", "harborview", "westfield"]


@group("gw_epic_401", "fhir-gateway", 5,
       "Epic FHIR read returns 401 for every site (backend-services token not refreshed); site sub-domain varies (digit-free)",
       nm="nm_gw_epic_status", df=SITES)
def _(r, i, v):
    return gw_epic(r, v, 401)


@group("gw_epic_403", "fhir-gateway", 3,
       "Epic FHIR read returns 403 (client app lacks Patient.Read scope); site sub-domain varies (digit-free)",
       nm="nm_gw_epic_status", df=SITES[:3])
def _(r, i, v):
    return gw_epic(r, v, 403)


def gw_conflict(r, code, text):
    d = when(r)
    res = "Patient/smr-%s" % num(r, 8)
    diag = "HAPI-0550: HAPI-%s: %s" % (code, text)
    stack = ("FhirHttpError: PUT %s failed with HTTP 409\n"
             "    at FhirClient.request (/app/src/clients/fhir.js:112:13)\n"
             "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
             "    at async upsertPatient (/app/src/sync/patient.js:37:5)\n"
             "    at async SyncWorker.run (/app/src/sync/worker.js:61:9)" % res)
    err = {"type": "FhirHttpError", "message": "PUT %s failed with HTTP 409" % res, "stack": stack, "status": 409,
           "outcome": {"resourceType": "OperationOutcome",
                       "issue": [{"severity": "error", "code": "processing", "diagnostics": diag}]}}
    return pino(r, d, pod(r, "fhir-gateway", "7c9d8f6b54"), {"resource": res}, err, "FHIR write to clinical store failed")


@group("gw_hapi_409_forced_id", "fhir-gateway", 3,
       "Patient upsert to HAPI fails 409 HAPI-0825 client-assigned ID constraint (concurrent creates of same id)",
       nm="nm_gw_hapi_409")
def _(r, i, v):
    return gw_conflict(r, "0825", "The operation has failed with a client-assigned ID constraint failure. This typically "
                       "means that multiple client threads are trying to create a new resource with the same "
                       "client-assigned ID at the same time, and this thread was chosen to be rejected.")


@group("gw_hapi_409_version", "fhir-gateway", 2,
       "Patient upsert to HAPI fails 409 HAPI-0823 version constraint (concurrent updates)",
       nm="nm_gw_hapi_409")
def _(r, i, v):
    return gw_conflict(r, "0823", "The operation has failed with a version constraint failure. This generally means "
                       "that two clients/threads were trying to update the same resource at the same time, and this "
                       "request was chosen as the failing request.")


@group("gw_hapi_409_unique_index", "fhir-gateway", 1,
       "Patient upsert to HAPI fails 409 HAPI-0824 unique index constraint (duplicate identifier combo)",
       nm="nm_gw_hapi_409")
def _(r, i, v):
    return gw_conflict(r, "0824", "The operation has failed with a unique index constraint failure. This probably means "
                       "that the operation was trying to create/update a resource that would have resulted in a "
                       "duplicate value for a unique index.")


# ================================================================ dcm4chee-arc
# WildFly: "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e"
MODALITY_CUID = {
    "CT": ("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage"),
    "MR": ("1.2.840.10008.5.1.4.1.1.4", "MR Image Storage"),
    "US": ("1.2.840.10008.5.1.4.1.1.6.1", "Ultrasound Image Storage"),
    "DX": ("1.2.840.10008.5.1.4.1.1.1.1", "Digital X-Ray Image Storage - For Presentation"),
}
DCM_STORE_TAIL = (
    "\tat org.dcm4chee.arc.store.impl.StoreServiceImpl.store(StoreServiceImpl.java:214)\n"
    "\tat org.dcm4chee.arc.store.scp.CStoreSCP.store(CStoreSCP.java:96)\n"
    "\tat org.dcm4che3.net.service.BasicCStoreSCP.onDimseRQ(BasicCStoreSCP.java:69)\n"
    "\tat org.dcm4che3.net.service.DicomServiceRegistry.onDimseRQ(DicomServiceRegistry.java:103)\n"
    "\tat org.dcm4che3.net.ApplicationEntity.onDimseRQ(ApplicationEntity.java:597)\n"
    "\tat org.dcm4che3.net.PDUDecoder.nextDIMSE(PDUDecoder.java:383)\n"
    "\tat org.dcm4che3.net.Association$3.run(Association.java:952)\n"
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)\n"
    "\tat java.base/java.lang.Thread.run(Thread.java:840)")


def dcm_store(r, aet, status, comment):
    d = when(r)
    cuid, cname = MODALITY_CUID[aet.split("_")[0]]
    return ("%s ERROR [org.dcm4chee.arc.store.scp.CStoreSCP] (DicomWorker-%d) DCM4CHEE<-%s(%d) >> %d:C-STORE-RSP"
            "[pcid=%d, status=%s, errorComment=%s\n"
            "  cuid=%s - %s\n  iuid=%s - ?\n  tsuid=1.2.840.10008.1.2.4.70 - JPEG Lossless, Non-Hierarchical, "
            "First-Order Prediction (Process 14 [Selection Value 1])]\n"
            % (t_comma(d), r.randint(1, 32), aet, r.randint(1000, 99999), r.randint(1, 900), 2 * r.randint(0, 40) + 1,
               status, comment, cuid, cname, dicom_uid(r)))


@group("dcm_store_a700_disk_full", "dcm4chee-arc", 4,
       "C-STORE fails a700H Out of Resources: archive filesystem full; calling site CT scanner AE title varies (digit-free)",
       nm="nm_dcm_store_status", df=["CT_LAKEVIEW", "CT_NORTHSIDE", "CT_RIVERSIDE", "CT_HARBORVIEW"])
def _(r, i, v):
    return (dcm_store(r, v, "a700H", "No space left on device") +
            "org.dcm4che3.net.service.DicomServiceException: No space left on device\n" + DCM_STORE_TAIL + "\n"
            "Caused by: java.io.IOException: No space left on device\n"
            "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n"
            "\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)\n"
            "\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)\n"
            "\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)\n"
            "\tat org.dcm4chee.arc.storage.filesystem.FileSystemStorage.openOutputStreamA(FileSystemStorage.java:142)\n"
            "\tat org.dcm4chee.arc.store.impl.StoreServiceImpl.writeToStorage(StoreServiceImpl.java:531)\n"
            "\t... 12 more")


@group("dcm_store_a777_pid_missing", "dcm4chee-arc", 2,
       "C-STORE from US_EASTWING fails a777H Patient ID missing in object (ultrasound not using worklist)",
       nm="nm_dcm_store_status")
def _(r, i, v):
    return (dcm_store(r, "US_EASTWING", "a777H", "Patient ID missing in object.") +
            "org.dcm4che3.net.service.DicomServiceException: Patient ID missing in object.\n" + DCM_STORE_TAIL)


@group("dcm_store_a778_pid_conflict", "dcm4chee-arc", 3,
       "C-STORE fails a778H Patient ID differs from previous object of the same study (merge not propagated to archive)",
       nm="nm_dcm_store_status")
def _(r, i, v):
    suid = dicom_uid(r, "1.2.840.113619.2.404.3")
    msg = ("Patient ID %s^^^STMARYS differs from Patient ID %s^^^STMARYS in previous received object of Study[uid=%s]."
           % (num(r, 8), num(r, 8), suid))
    return (dcm_store(r, "CT_MAINCAMPUS", "a778H", msg) +
            "org.dcm4che3.net.service.DicomServiceException: " + msg + "\n" + DCM_STORE_TAIL)


def dcm_move(r, dest):
    d = when(r)
    return ("%s WARN  [org.dcm4chee.arc.retrieve.scp.CMoveSCP] (DicomWorker-%d) DCM4CHEE<-VNA_GATEWAY(%d) >> %d:"
            "C-MOVE-RSP[pcid=1, status=a801H, errorComment=Unknown Move Destination: %s\n"
            "  cuid=1.2.840.10008.5.1.4.1.2.2.2 - Study Root Query/Retrieve Information Model - MOVE\n"
            "  tsuid=1.2.840.10008.1.2 - Implicit VR Little Endian]\n"
            "org.dcm4che3.net.service.DicomServiceException: Unknown Move Destination: %s\n"
            "\tat org.dcm4chee.arc.retrieve.scp.CMoveSCP.calculateMatches(CMoveSCP.java:119)\n"
            "\tat org.dcm4che3.net.service.BasicCMoveSCP.onDimseRQ(BasicCMoveSCP.java:72)\n"
            "\tat org.dcm4che3.net.service.DicomServiceRegistry.onDimseRQ(DicomServiceRegistry.java:103)\n"
            "\tat org.dcm4che3.net.ApplicationEntity.onDimseRQ(ApplicationEntity.java:597)\n"
            "\tat org.dcm4che3.net.PDUDecoder.nextDIMSE(PDUDecoder.java:383)\n"
            "\tat org.dcm4che3.net.Association$3.run(Association.java:952)"
            % (t_comma(d), r.randint(1, 32), r.randint(1000, 99999), r.randint(1, 400), dest, dest))


@group("dcm_move_unknown_er_viewer", "dcm4chee-arc", 2,
       "C-MOVE a801H: move destination ER_VIEWER not configured in archive", nm="nm_dcm_move_dest")
def _(r, i, v):
    return dcm_move(r, "ER_VIEWER")


@group("dcm_move_unknown_mammo_ws", "dcm4chee-arc", 2,
       "C-MOVE a801H: move destination MAMMO_WS not configured in archive", nm="nm_dcm_move_dest")
def _(r, i, v):
    return dcm_move(r, "MAMMO_WS")


# ================================================================ dicom-router (python 3.11 + pynetdicom)
def router_fwd(r, inner):
    d = when(r)
    job = uuid4(r)
    return ("%s ERROR [dicom_router.worker] job %s: forward of study %s to PACS_ARCHIVE failed\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/router/dicom_router/forward.py\", line 64, in _preflight\n"
            "    sock = socket.create_connection((dest.host, dest.port), timeout=self.connect_timeout)\n"
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/usr/local/lib/python3.11/socket.py\", line 851, in create_connection\n"
            "    raise exceptions[0]\n"
            "  File \"/usr/local/lib/python3.11/socket.py\", line 836, in create_connection\n"
            "    sock.connect(sa)\n"
            "%s\n\n"
            "The above exception was the direct cause of the following exception:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/router/dicom_router/worker.py\", line 142, in run_job\n"
            "    self.forwarder.send_study(job.study_uid, dest)\n"
            "  File \"/opt/router/dicom_router/forward.py\", line 97, in send_study\n"
            "    self._preflight(dest)\n"
            "  File \"/opt/router/dicom_router/forward.py\", line 67, in _preflight\n"
            "    raise ForwardError(f\"cannot reach {dest.aet} at {dest.host}:{dest.port}\") from exc\n"
            "dicom_router.errors.ForwardError: cannot reach PACS_ARCHIVE at 10.40.2.11:11112"
            % (t_comma(d), job, dicom_uid(r, "1.2.840.113619.2.404.3"), inner))


@group("router_fwd_timeout", "dicom-router", 3,
       "Router forward to PACS_ARCHIVE: innermost TimeoutError (archive port filtered)", nm="nm_router_fwd")
def _(r, i, v):
    return router_fwd(r, "TimeoutError: timed out")


@group("router_fwd_refused", "dicom-router", 2,
       "Router forward to PACS_ARCHIVE: innermost ConnectionRefusedError (archive SCP down)", nm="nm_router_fwd")
def _(r, i, v):
    return router_fwd(r, "ConnectionRefusedError: [Errno 111] Connection refused")


# ================================================================ erx-gateway (Spring Boot 3.2, Surescripts NCPDP SCRIPT)
def erx_head(r, d, logger):
    return "%s ERROR 1 --- [erx-gateway] [nio-8443-exec-%d] %-40s : " % (t_iso(d), r.randint(1, 10), logger)


def erx_error(r, code, desc_code, desc):
    d = when(r)
    mid = hexs(r, 32)
    pharm = num(r, 7)
    dc = "<DescriptionCode>%s</DescriptionCode>" % desc_code if desc_code else ""
    return (erx_head(r, d, "c.s.erx.surescripts.ScriptResponseHandler") +
            "Surescripts returned Error for NewRx messageId=%s prescriberOrderNumber=%s pharmacyNcpdpId=%s\n"
            "<Message xmlns=\"http://www.ncpdp.org/schema/SCRIPT\" DatatypesVersion=\"2017071\" TransportVersion=\"2017071\" "
            "TransactionDomain=\"SCRIPT\" TransactionVersion=\"2017071\" StructuresVersion=\"2017071\" ECLVersion=\"2017071\">"
            "<Header><To Qualifier=\"C\">%s</To><From Qualifier=\"P\">%s</From><MessageID>%s</MessageID>"
            "<RelatesToMessageID>%s</RelatesToMessageID><SentTime>%s</SentTime></Header>"
            "<Body><Error><Code>%s</Code>%s<Description>%s</Description></Error></Body></Message>"
            % (mid, "SMR" + num(r, 9), pharm, num(r, 13), pharm, hexs(r, 32), mid,
               d.strftime("%Y-%m-%dT%H:%M:%S.") + "%d" % r.randint(0, 9) + "Z", code, dc, desc))


@group("erx_newrx_900_008", "erx-gateway", 3,
       "NewRx rejected: Error 900 / DescriptionCode 008 unable to identify (pharmacy directory entry stale)",
       nm="nm_erx_error")
def _(r, i, v):
    return erx_error(r, "900", "008", "Unable to identify based on information submitted")


@group("erx_newrx_900_220", "erx-gateway", 3,
       "NewRx rejected: Error 900 / DescriptionCode 220 duplicate message (retry resends same MessageID)",
       nm="nm_erx_error")
def _(r, i, v):
    return erx_error(r, "900", "220", "Message is a duplicate")


@group("erx_newrx_602", "erx-gateway", 2,
       "NewRx: Error 602 receiver system error (pharmacy system down)", nm="nm_erx_error")
def _(r, i, v):
    return erx_error(r, "602", None, "Receiver System Error")


@group("erx_epcs_otp_rejected", "erx-gateway", 3,
       "EPCS controlled-substance signing: two-factor OTP rejected by IdP; prescriber user name varies (digit-free)",
       df=["hwang.min", "oduya.folake", "petrov.katya"])
def _(r, i, v):
    d = when(r)
    return (erx_head(r, d, "c.s.erx.epcs.EpcsSigningService") +
            "EPCS signing failed for prescriber=%s rxId=%s: two-factor verification rejected\n"
            "com.stmarys.erx.epcs.EpcsAuthenticationException: OTP verification failed: invalid_otp\n"
            "\tat com.stmarys.erx.epcs.EpcsSigningService.verifySecondFactor(EpcsSigningService.java:141)\n"
            "\tat com.stmarys.erx.epcs.EpcsSigningService.sign(EpcsSigningService.java:88)\n"
            "\tat com.stmarys.erx.api.PrescriptionController.signControlled(PrescriptionController.java:203)\n"
            "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
            "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:254)"
            % (v, num(r, 9)))


# ================================================================ claims-x12 (Go, zap JSON + raw panics)
def zap(d, caller, msg, fields):
    o = {"level": "error", "ts": float(unix_f(d)), "caller": caller, "msg": msg}
    o.update(fields)
    return json.dumps(o, separators=(",", ":"))


def x12_999(r, ik3, ik4, desc):
    d = when(r)
    return zap(d, "ack/ack999.go:142", "999 implementation acknowledgment rejected transaction set", {
        "file": "837P_%s_%s.x12" % (d.strftime("%Y%m%d"), num(r, 5)),
        "isa13": num(r, 9), "gs06": num(r, 5), "st02": "%04d" % r.randint(1, 400),
        "ik3": ik3, "ik4": ik4, "ik4_desc": desc, "ik5": "R*5",
        "trace_id": hexs(r, 32)})


@group("x12_999_hi_invalid_code", "claims-x12", 3,
       "999 rejects 837P: IK4 HI01-2 (1271) error 7 invalid code value (retired ICD-10 codes sent)",
       nm="nm_x12_999_hi")
def _(r, i, v):
    code = r.choice(["J12.82", "U07.2", "Z20.828", "R68.89"]).replace(".", "")
    return x12_999(r, "HI*%d*2300*8" % r.randint(18, 60), "1:2*1271*7*%s" % code, "Invalid code value")


@group("x12_999_hi_invalid_char", "claims-x12", 3,
       "999 rejects 837P: IK4 HI01-2 (1271) error 6 invalid character (ICD-10 sent with decimal point)",
       nm="nm_x12_999_hi")
def _(r, i, v):
    code = r.choice(["E11.65", "I10.", "N18.31", "M54.50", "K21.9"])
    return x12_999(r, "HI*%d*2300*8" % r.randint(18, 60), "1:2*1271*6*%s" % code, "Invalid character in data element")


def x12_277(r, stc, entity):
    d = when(r)
    return zap(d, "ack/ack277ca.go:97", "claim rejected in 277CA", {
        "payer_id": num(r, 5), "patient_control_number": "SMR" + num(r, 10), "claim_amount": "%d.%02d" % (r.randint(80, 9000), r.randint(0, 99)),
        "stc01": stc, "stc01_desc": "Acknowledgement/Rejected for Invalid Information - Entity's National Provider Identifier (NPI)",
        "entity": entity, "trace_id": hexs(r, 32)})


@group("x12_277ca_a7_562_85", "claims-x12", 3,
       "277CA rejects claims STC A7:562:85 - billing provider NPI invalid", nm="nm_x12_277ca")
def _(r, i, v):
    return x12_277(r, "A7:562:85", "Billing Provider")


@group("x12_277ca_a7_562_82", "claims-x12", 2,
       "277CA rejects claims STC A7:562:82 - rendering provider NPI invalid", nm="nm_x12_277ca")
def _(r, i, v):
    return x12_277(r, "A7:562:82", "Rendering Provider")


def go_ptr(r):
    return "0xc%09x" % (r.randint(0x000100000, 0x000fffff0) & ~0xf)


def x12_panic(r, fn, line):
    n = r.randint(3, 7)
    return ("panic: runtime error: index out of range [%d] with length %d\n\n"
            "goroutine %d [running]:\n"
            "github.com/stmarys-health/claims-x12/internal/x12/era.(*Parser).%s(%s, {%s, 0x%x, 0x%x})\n"
            "\t/src/internal/x12/era/parser.go:%d +0x%x\n"
            "github.com/stmarys-health/claims-x12/internal/x12/era.(*Parser).Parse(%s, {%s, 0x%x, 0x2000})\n"
            "\t/src/internal/x12/era/parser.go:97 +0x2b8\n"
            "github.com/stmarys-health/claims-x12/internal/remit.(*Worker).handleFile(%s, {0x1029c40, %s}, {%s, 0x2a})\n"
            "\t/src/internal/remit/worker.go:64 +0x1f4\n"
            "created by github.com/stmarys-health/claims-x12/internal/remit.(*Worker).Start in goroutine 1\n"
            "\t/src/internal/remit/worker.go:38 +0x8e"
            % (n, n, r.randint(30, 4000), fn, go_ptr(r), go_ptr(r), n, n + 1, line, 0x6c5 if fn == "parseCLP" else 0x4a1,
               go_ptr(r), go_ptr(r), r.randint(0x400, 0x1fff), go_ptr(r), go_ptr(r), go_ptr(r)))


@group("x12_835_panic_parseclp", "claims-x12", 2,
       "835 remittance parser panics: index out of range in (*Parser).parseCLP (short CLP segment)", nm="nm_x12_panic")
def _(r, i, v):
    return x12_panic(r, "parseCLP", 212)


@group("x12_835_panic_parsesvc", "claims-x12", 2,
       "835 remittance parser panics: index out of range in (*Parser).parseSVC (composite SVC01 without modifiers)",
       nm="nm_x12_panic")
def _(r, i, v):
    return x12_panic(r, "parseSVC", 268)


@group("x12_271_unexpected_msg", "claims-x12", 5,
       "271 eligibility parser rejects MSG segment inside loop 2110C for every payer; payer slug varies (digit-free)",
       df=["aetna", "cigna", "humana", "anthem", "wellcare"])
def _(r, i, v):
    d = when(r)
    return zap(d, "eligibility/parse271.go:188", "271 parse failed", {
        "payer": v, "request_id": uuid4(r), "member_id_hash": hexs(r, 16),
        "error": "x12: unexpected segment MSG at position %d in loop 2110C: expected one of [EB HSD REF DTP AAA III LS]" % r.randint(14, 90)})


# ================================================================ clarity-etl-jobs (nightly Epic Clarity extract runner, Oracle)
def clarity(r, step, pkg_line, ora):
    d = when(r)
    return ("[%s] [ERROR] job=CLARITY_NIGHTLY run_id=%s step=%s host=clarity-etl-%s rows_done=%d elapsed=%02d:%02d:%02d\n"
            "%s\nORA-06512: at \"CLARITY_ETL.LOAD_%s\", line %d\nORA-06512: at line 1"
            % (t_dot(d), num(r, 5), step, r.choice(["a", "b"]), r.randint(10000, 4000000), r.randint(0, 3),
               r.randint(0, 59), r.randint(0, 59), ora, step, pkg_line))


def ora1555(r):
    n = r.randint(1, 40)
    return "ORA-01555: snapshot too old: rollback segment number %d with name \"_SYSSMU%d_%s$\" too small" % (n, n, num(r, 10))


@group("clarity_pat_enc_hsp_ora1555", "clarity-etl-jobs", 3,
       "Nightly step PAT_ENC_HSP fails ORA-01555 snapshot too old (undo retention too short for that load)",
       nm="nm_clarity_ora")
def _(r, i, v):
    return clarity(r, "PAT_ENC_HSP", 214, ora1555(r))


@group("clarity_pat_enc_hsp_ora1652", "clarity-etl-jobs", 1,
       "Nightly step PAT_ENC_HSP fails ORA-01652 unable to extend temp segment in TEMP", nm="nm_clarity_ora")
def _(r, i, v):
    return clarity(r, "PAT_ENC_HSP", 214, "ORA-01652: unable to extend temp segment by 128 in tablespace TEMP")


@group("clarity_order_proc_ora1555", "clarity-etl-jobs", 3,
       "Nightly step ORDER_PROC fails ORA-01555 snapshot too old (separate long-running cursor)", nm="nm_clarity_ora")
def _(r, i, v):
    return clarity(r, "ORDER_PROC", 388, ora1555(r))


# ================================================================ clinical-etl (python 3.11, SQLAlchemy 2 + psycopg2, boto3)
SA = "/opt/venv/lib/python3.11/site-packages/sqlalchemy"


def etl_integrity(r, errcls, errmsg, detail):
    d = when(r)
    acc = "L%s-%s" % (d.strftime("%y%m%d"), num(r, 5))
    inner = "%s\nDETAIL:  %s\n" % (errmsg, detail)
    return ("%s ERROR [clinical_etl.load.labs] batch %s failed; rolled back %d rows\n"
            "Traceback (most recent call last):\n"
            "  File \"%s/engine/base.py\", line 1936, in _exec_single_context\n"
            "    self.dialect.do_executemany(\n"
            "  File \"%s/engine/default.py\", line 915, in do_executemany\n"
            "    cursor.executemany(statement, parameters)\n"
            "psycopg2.errors.%s: %s\n\n"
            "The above exception was the direct cause of the following exception:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/etl/clinical_etl/load/labs.py\", line 77, in load_batch\n"
            "    session.execute(insert(LabResult), rows)\n"
            "  File \"%s/orm/session.py\", line 2308, in execute\n"
            "    return self._execute_internal(\n"
            "           ^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"%s/orm/bulk_persistence.py\", line 1261, in orm_execute_statement\n"
            "    result = conn.execute(\n"
            "             ^^^^^^^^^^^^^\n"
            "  File \"%s/engine/base.py\", line 1986, in _exec_single_context\n"
            "    self._handle_dbapi_exception(\n"
            "  File \"%s/engine/base.py\", line 2353, in _handle_dbapi_exception\n"
            "    raise sqlalchemy_exception.with_traceback(exc_info[2]) from e\n"
            "  File \"%s/engine/base.py\", line 1936, in _exec_single_context\n"
            "    self.dialect.do_executemany(\n"
            "  File \"%s/engine/default.py\", line 915, in do_executemany\n"
            "    cursor.executemany(statement, parameters)\n"
            "sqlalchemy.exc.IntegrityError: (psycopg2.errors.%s) %s\n"
            "[SQL: INSERT INTO lab_result (accession_no, test_code, encounter_id, result_value, result_unit, resulted_at) "
            "VALUES (%%(accession_no)s, %%(test_code)s, %%(encounter_id)s, %%(result_value)s, %%(result_unit)s, %%(resulted_at)s)]\n"
            "[parameters: ({'accession_no': '%s', 'test_code': '%s', 'encounter_id': %s, 'result_value': '%s', "
            "'result_unit': '%s', 'resulted_at': '%s'}, ... displaying 10 of %d total bound parameter sets ...  "
            "{'accession_no': '%s', 'test_code': 'K', 'encounter_id': %s, 'result_value': '%d.%d', 'result_unit': 'mmol/L', "
            "'resulted_at': '%s'})]\n"
            "(Background on this error at: https://sqlalche.me/e/20/gkpj)"
            % (t_comma(d), num(r, 6), r.randint(20, 800), SA, SA, errcls, inner, SA, SA, SA, SA, SA, SA, errcls, inner,
               acc, r.choice(["TROP", "HGB", "NA", "CREAT"]), num(r, 7), "%d.%d" % (r.randint(0, 200), r.randint(0, 9)),
               r.choice(["ng/L", "g/dL", "mmol/L", "umol/L"]), (d - dt.timedelta(minutes=r.randint(5, 300))).isoformat(),
               r.randint(100, 2000), acc, num(r, 7), r.randint(3, 5), r.randint(0, 9),
               (d - dt.timedelta(minutes=r.randint(5, 300))).isoformat()))


@group("etl_labs_unique_accession", "clinical-etl", 3,
       "Lab load batch fails: IntegrityError <- UniqueViolation lab_result_accession_key (corrected results re-inserted instead of upserted)",
       nm="nm_etl_labs_integrity")
def _(r, i, v):
    acc = "L24%s-%s" % (r.choice(["0513", "0514", "0515"]), num(r, 5))
    return etl_integrity(r, "UniqueViolation", "duplicate key value violates unique constraint \"lab_result_accession_key\"",
                         "Key (accession_no, test_code)=(%s, %s) already exists." % (acc, r.choice(["TROP", "HGB", "NA"])))


@group("etl_labs_fk_encounter", "clinical-etl", 3,
       "Lab load batch fails: IntegrityError <- ForeignKeyViolation lab_result_encounter_id_fkey (results arrive before the encounter)",
       nm="nm_etl_labs_integrity")
def _(r, i, v):
    return etl_integrity(r, "ForeignKeyViolation",
                         "insert or update on table \"lab_result\" violates foreign key constraint \"lab_result_encounter_id_fkey\"",
                         "Key (encounter_id)=(%s) is not present in table \"encounter\"." % num(r, 7))


def etl_s3(r, exc_line):
    d = when(r)
    key = "hl7/oru/%s/ORU_%s_%s.hl7" % (d.strftime("%Y/%m/%d"), d.strftime("%H%M%S"), num(r, 6))
    return ("%s ERROR [clinical_etl.extract.s3] failed to fetch s3://stm-clinical-landing/%s\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/etl/clinical_etl/extract/s3.py\", line 41, in fetch\n"
            "    obj = self.client.get_object(Bucket=self.bucket, Key=key)\n"
            "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/opt/venv/lib/python3.11/site-packages/botocore/client.py\", line 565, in _api_call\n"
            "    return self._make_api_call(operation_name, kwargs)\n"
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"/opt/venv/lib/python3.11/site-packages/botocore/client.py\", line 1021, in _make_api_call\n"
            "    raise error_class(parsed_response, operation_name)\n%s" % (t_comma(d), key, exc_line))


@group("etl_s3_nosuchkey", "clinical-etl", 2,
       "Extract: S3 GetObject NoSuchKey (SQS notification processed after the object was archived)", nm="nm_etl_s3")
def _(r, i, v):
    return etl_s3(r, "botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: "
                     "The specified key does not exist.")


@group("etl_s3_accessdenied", "clinical-etl", 2,
       "Extract: S3 GetObject AccessDenied (KMS key policy missing the ETL role)", nm="nm_etl_s3")
def _(r, i, v):
    return etl_s3(r, "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject "
                     "operation: Access Denied")


@group("etl_mpi_ambiguous_match", "clinical-etl", 4,
       "MPI matcher: ambiguous candidate match for common surnames (threshold bug); patient family name varies (digit-free)",
       df=["NGUYEN", "GARCIA", "OKAFOR", "SMITH"])
def _(r, i, v):
    d = when(r)
    return ("%s ERROR [clinical_etl.mpi.match] ambiguous MPI match for inbound ADT^A04 msg_ctrl_id=%s "
            "family=%s candidates=%d best_score=0.9%d threshold=0.92 - routed to HIM work queue"
            % (t_comma(d), num(r, 12), v, r.randint(2, 6), r.randint(2, 8)))


# ================================================================ patient-portal (.NET 8, ASP.NET Core console logger)
SQLCLIENT_STACK = (
    "         at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)\n"
    "         at System.Threading.Tasks.ContinuationResultTaskFromResultTask`2.InnerInvoke()\n"
    "         at System.Threading.ExecutionContext.RunInternal(ExecutionContext executionContext, ContextCallback callback, Object state)\n"
    "      --- End of stack trace from previous location ---\n"
    "         at System.Threading.Tasks.Task.ExecuteWithThreadLocal(Task& currentTaskSlot, Thread threadPoolThread)\n"
    "      --- End of stack trace from previous location ---\n"
    "         at Dapper.SqlMapper.QueryRowAsync[T](IDbConnection cnn, Row row, Type effectiveType, CommandDefinition command) in /_/Dapper/SqlMapper.Async.cs:line 489\n"
    "         at StMarys.Portal.Data.AppointmentRepository.BookSlotAsync(Int32 slotId, Int32 patientId, CancellationToken ct) in /src/StMarys.Portal.Data/AppointmentRepository.cs:line 112\n"
    "         at StMarys.Portal.Web.Controllers.AppointmentsController.Book(BookRequest request, CancellationToken ct) in /src/StMarys.Portal.Web/Controllers/AppointmentsController.cs:line 64\n"
    "         at lambda_method(Closure, Object)\n"
    "         at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n"
    "         at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)\n"
    "         at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)\n")


def portal_sql(r, first, number):
    return ("fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]\n"
            "      An unhandled exception has occurred while executing the request.\n"
            "      %s" % first + SQLCLIENT_STACK +
            "      ClientConnectionId:%s\n      %s" % (uuid4(r), number))


@group("portal_book_sql_1205", "patient-portal", 3,
       "Appointment booking: SqlException 1205 deadlock victim in AppointmentRepository.BookSlotAsync",
       nm="nm_portal_book_sql")
def _(r, i, v):
    return portal_sql(r, "Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on "
                         "lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\n"
                      % r.randint(51, 420), "Error Number:1205,State:51,Class:13")


@group("portal_book_sql_timeout", "patient-portal", 3,
       "Appointment booking: SqlException -2 execution timeout in AppointmentRepository.BookSlotAsync",
       nm="nm_portal_book_sql")
def _(r, i, v):
    return portal_sql(r, "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period "
                         "elapsed prior to completion of the operation or the server is not responding.\n"
                         "       ---> System.ComponentModel.Win32Exception (258): The wait operation timed out.\n"
                         "         --- End of inner exception stack trace ---\n", "Error Number:-2,State:0,Class:11")


def kestrel_id(r):
    return "0HN" + "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(10))


def portal_nre(r, frames):
    c = kestrel_id(r)
    return ("fail: Microsoft.AspNetCore.Server.Kestrel[13]\n"
            "      Connection id \"%s\", Request id \"%s:%08X\": An unhandled exception was thrown by the application.\n"
            "      System.NullReferenceException: Object reference not set to an instance of an object.\n%s"
            "         at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)\n"
            "         at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)\n"
            "         at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.HttpProtocol.ProcessRequests[TContext](IHttpApplication`1 application)"
            % (c, c, r.randint(1, 40), frames))


@group("portal_nre_message_send", "patient-portal", 2,
       "NullReferenceException thrown in MessageService.SendToCareTeamAsync (patient without assigned PCP)",
       nm="nm_portal_nre")
def _(r, i, v):
    return portal_nre(r, "         at StMarys.Portal.Web.Services.MessageService.SendToCareTeamAsync(Int32 patientId, ComposeMessage model) in /src/StMarys.Portal.Web/Services/MessageService.cs:line 147\n"
                         "         at StMarys.Portal.Web.Controllers.MessagesController.Send(ComposeMessage model) in /src/StMarys.Portal.Web/Controllers/MessagesController.cs:line 58\n"
                         "         at lambda_method(Closure, Object)\n")


@group("portal_nre_statement_pdf", "patient-portal", 2,
       "NullReferenceException thrown in BillingStatementService.RenderPdfAsync (statement without guarantor)",
       nm="nm_portal_nre")
def _(r, i, v):
    return portal_nre(r, "         at StMarys.Portal.Web.Services.BillingStatementService.RenderPdfAsync(Int32 patientId, Int32 statementId) in /src/StMarys.Portal.Web/Services/BillingStatementService.cs:line 93\n"
                         "         at StMarys.Portal.Web.Controllers.BillingController.Statement(Int32 id) in /src/StMarys.Portal.Web/Controllers/BillingController.cs:line 41\n"
                         "         at lambda_method(Closure, Object)\n")


# ================================================================ keycloak (Quarkus distribution)
KC_REALM = "5b2f8c1e-93d4-4a7e-b0c6-1e8d7f3a2b94"
KC_USER_IDS = {}


def kc_event(r, error, username, user_id):
    d = when(r)
    return ("%s WARN  [org.keycloak.events] (executor-thread-%d) type=\"LOGIN_ERROR\", realmId=\"%s\", realmName=\"clinical\", "
            "clientId=\"clinical-portal\", userId=\"%s\", ipAddress=\"%s\", error=\"%s\", auth_method=\"openid-connect\", "
            "auth_type=\"code\", redirect_uri=\"https://portal.stmarys-health.org/auth/callback\", code_id=\"%s\", username=\"%s\""
            % (t_comma(d), r.randint(1, 120), KC_REALM, user_id, ip(r, 10, 44), error, uuid4(r), username))


@group("kc_invalid_user_credentials", "keycloak", 6,
       "Keycloak LOGIN_ERROR invalid_user_credentials; clinician user name varies (digit-free)",
       nm="nm_kc_login_error", df=["a.okafor", "m.lindqvist", "p.brennan", "y.nakamura", "s.delacroix"])
def _(r, i, v):
    if v not in KC_USER_IDS:
        KC_USER_IDS[v] = uuid4(random.Random("%d:kcuser:%s" % (SEED, v)))
    return kc_event(r, "invalid_user_credentials", v, KC_USER_IDS[v])


@group("kc_user_not_found", "keycloak", 3,
       "Keycloak LOGIN_ERROR user_not_found (LDAP federation filter drops contractors); user name varies (digit-free)",
       nm="nm_kc_login_error", df=["kmurphy", "r.alvarez", "t.nguyen"])
def _(r, i, v):
    return kc_event(r, "user_not_found", v, "null")


@group("kc_saml_assertion_expired", "keycloak", 3,
       "SAML broker (ADFS): Assertion expired. (clock skew between ADFS and Keycloak)", nm="nm_kc_saml")
def _(r, i, v):
    return "%s ERROR [org.keycloak.broker.saml.SAMLEndpoint] (executor-thread-%d) Assertion expired." % (
        t_comma(when(r)), r.randint(1, 120))


@group("kc_saml_validation_failed", "keycloak", 2,
       "SAML broker (ADFS): signature validation failed (ADFS token-signing certificate rolled)", nm="nm_kc_saml")
def _(r, i, v):
    return "%s ERROR [org.keycloak.broker.saml.SAMLEndpoint] (executor-thread-%d) validation failed" % (
        t_comma(when(r)), r.randint(1, 120))


# ================================================================ postgres-clinical (RDS log_line_prefix %t:%r:%u@%d:[%p]:)
def pg_prefix(d, client, user, pid):
    return "%s UTC:%s:%s@clinical:[%d]:" % (d.strftime("%Y-%m-%d %H:%M:%S"), client, user, pid)


@group("pg_deadlock_encounter", "postgres-clinical", 3,
       "deadlock detected (40P01) between ADT discharge update and bed-board status update on encounter")
def _(r, i, v):
    d = when(r)
    p1, p2 = r.randint(1000, 32000), r.randint(1000, 32000)
    t1 = r.randint(80000000, 99000000)
    pre = pg_prefix(d, "%s(%d)" % (ip(r, 10, 12), r.randint(30000, 60000)), "mirth_app", p1)
    return ("%sERROR:  deadlock detected\n"
            "%sDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
            "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n"
            "\tProcess %d: UPDATE encounter SET discharge_dt = $1, status = $2 WHERE encounter_id = $3\n"
            "\tProcess %d: UPDATE encounter SET bed_status = $1 WHERE encounter_id = $2\n"
            "%sHINT:  See server log for query details.\n"
            "%sCONTEXT:  while updating tuple (%d,%d) in relation \"encounter\"\n"
            "%sSTATEMENT:  UPDATE encounter SET discharge_dt = $1, status = $2 WHERE encounter_id = $3"
            % (pre, pre, p1, t1 + r.randint(1, 40), p2, p2, t1, p1, p1, p2, pre, pre, r.randint(1000, 90000),
               r.randint(1, 60), pre))


def pg_unique(r, constraint, detail, stmt):
    d = when(r)
    pre = pg_prefix(d, "%s(%d)" % (ip(r, 10, 12), r.randint(30000, 60000)), "mirth_app", r.randint(1000, 32000))
    return ("%sERROR:  duplicate key value violates unique constraint \"%s\"\n%sDETAIL:  %s\n%sSTATEMENT:  %s"
            % (pre, constraint, pre, detail, pre, stmt))


@group("pg_unique_results_inbox", "postgres-clinical", 3,
       "unique violation results_inbox_msg_ctrl_id_key (Mirth re-delivers ORU after ACK timeout)", nm="nm_pg_unique")
def _(r, i, v):
    return pg_unique(r, "results_inbox_msg_ctrl_id_key", "Key (msg_ctrl_id)=(LAB%s) already exists." % num(r, 9),
                     "INSERT INTO results_inbox (msg_ctrl_id, mrn, payload, received_at) VALUES ($1, $2, $3, now())")


@group("pg_unique_encounter_visit", "postgres-clinical", 2,
       "unique violation encounter_visit_number_key (A04 replayed for existing visit)", nm="nm_pg_unique")
def _(r, i, v):
    return pg_unique(r, "encounter_visit_number_key", "Key (visit_number)=(V%s) already exists." % num(r, 9),
                     "INSERT INTO encounter (visit_number, mrn, admit_dt, status) VALUES ($1, $2, $3, $4)")


def pg_cancel(r, why):
    d = when(r)
    pre = pg_prefix(d, "%s(%d)" % (ip(r, 10, 20), r.randint(30000, 60000)), "bedboard_api", r.randint(1000, 32000))
    return ("%sERROR:  canceling statement due to %s\n%sSTATEMENT:  UPDATE bed_board SET status = $1, updated_by = $2, "
            "updated_at = now() WHERE unit_code = $3 AND bed_id = $4" % (pre, why, pre))


@group("pg_bedboard_statement_timeout", "postgres-clinical", 2,
       "bed_board update canceled: statement timeout (57014, seq scan, missing index)", nm="nm_pg_cancel")
def _(r, i, v):
    return pg_cancel(r, "statement timeout")


@group("pg_bedboard_lock_timeout", "postgres-clinical", 2,
       "bed_board update canceled: lock timeout (55P03, long transaction in nightly census holds row locks)",
       nm="nm_pg_cancel")
def _(r, i, v):
    return pg_cancel(r, "lock timeout")


# ================================================================ mssql-clarity (SQL Server ERRORLOG)
def mssql_ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%02d" % (d.microsecond // 10000)


def mssql_login(r, state, reason):
    d = when(r)
    t = mssql_ts(d)
    return ("%s Logon       Error: 18456, Severity: 14, State: %d.\n"
            "%s Logon       Login failed for user 'STMARYS\\svc_clarity_etl'. Reason: %s [CLIENT: %s]"
            % (t, state, t, reason, ip(r, 10, 12)))


@group("mssql_login_18456_state8", "mssql-clarity", 3,
       "Login failed 18456 state 8: password mismatch for STMARYS\\svc_clarity_etl (rotated password not deployed)",
       nm="nm_mssql_18456")
def _(r, i, v):
    return mssql_login(r, 8, "Password did not match that for the login provided.")


@group("mssql_login_18456_state38", "mssql-clarity", 2,
       "Login failed 18456 state 38: database Clarity_Reporting cannot be opened for svc_clarity_etl",
       nm="nm_mssql_18456")
def _(r, i, v):
    return mssql_login(r, 38, "Failed to open the explicitly specified database 'Clarity_Reporting'.")


def mssql_9002(r, why):
    d = when(r)
    t = mssql_ts(d)
    spid = "spid%d" % r.randint(52, 400)
    return ("%s %-11s Error: 9002, Severity: 17, State: 2.\n"
            "%s %-11s The transaction log for database 'Clarity' is full due to '%s'." % (t, spid, t, spid, why))


@group("mssql_9002_log_backup", "mssql-clarity", 2,
       "9002 transaction log full due to LOG_BACKUP (log backup job failing)", nm="nm_mssql_9002")
def _(r, i, v):
    return mssql_9002(r, "LOG_BACKUP")


@group("mssql_9002_active_transaction", "mssql-clarity", 1,
       "9002 transaction log full due to ACTIVE_TRANSACTION (runaway extract transaction)", nm="nm_mssql_9002")
def _(r, i, v):
    return mssql_9002(r, "ACTIVE_TRANSACTION")


# ================================================================ mllp-listener (Go, zap JSON + raw panic)
def mllp_read(r, err):
    d = when(r)
    peer_ip = ip(r, 10, 30)
    return zap(d, "mllp/server.go:187", "frame read failed", {
        "conn_id": "c-" + hexs(r, 8), "peer": "cardio-muse", "remote_addr": "%s:%d" % (peer_ip, r.randint(32768, 60999)),
        "bytes_read": r.randint(1100000, 9000000) if "exceeds" in err else r.randint(40, 900), "error": err})


@group("mllp_frame_too_large", "mllp-listener", 3,
       "MLLP read from cardio-muse: frame exceeds max size 1048576 (ECG ORUs with embedded PDF)", nm="nm_mllp_frame")
def _(r, i, v):
    return mllp_read(r, "mllp: frame exceeds max size 1048576 bytes")


@group("mllp_missing_start_block", "mllp-listener", 3,
       "MLLP read from cardio-muse: missing start block 0x0b (sender drops MLLP framing after reconnect)",
       nm="nm_mllp_frame")
def _(r, i, v):
    return mllp_read(r, "mllp: missing start block (0x0b), got 0x4d")


@group("mllp_conn_reset", "mllp-listener", 4,
       "MLLP connections reset by peer after NLB idle timeout; peer interface name varies (digit-free)",
       df=["ris-northside", "lis-lakeview", "pacs-riverside", "cardio-harbor"])
def _(r, i, v):
    d = when(r)
    pip, port = ip(r, 10, 30), r.randint(32768, 60999)
    return zap(d, "mllp/server.go:203", "connection closed with error", {
        "conn_id": "c-" + hexs(r, 8), "peer": v, "remote_addr": "%s:%d" % (pip, port), "idle_s": r.randint(351, 900),
        "error": "read tcp 10.30.0.5:2575->%s:%d: read: connection reset by peer" % (pip, port)})


@group("mllp_panic_nil_ack", "mllp-listener", 2,
       "Go panic: nil pointer dereference in hl7.(*Message).Segment via ack.Build (ACK for unparsable message)")
def _(r, i, v):
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f4c]\n\n"
            "goroutine %d [running]:\n"
            "github.com/stmarys-health/mllp-listener/internal/hl7.(*Message).Segment(...)\n"
            "\t/src/internal/hl7/message.go:74\n"
            "github.com/stmarys-health/mllp-listener/internal/ack.Build(0x0, {0x7a1c2e, 0x2})\n"
            "\t/src/internal/ack/ack.go:31 +0x4c\n"
            "github.com/stmarys-health/mllp-listener/internal/mllp.(*Server).handleConn(%s, {0x8d6f40, %s})\n"
            "\t/src/internal/mllp/server.go:221 +0x3b5\n"
            "created by github.com/stmarys-health/mllp-listener/internal/mllp.(*Server).Serve in goroutine 1\n"
            "\t/src/internal/mllp/server.go:96 +0x1c5" % (r.randint(40, 9000), go_ptr(r), go_ptr(r)))


# ================================================================ results-notifier (Node 20, plain console logger)
def notify_net(r, code, errno):
    d = when(r)
    return ("%s ERROR [notify] failed to send result-ready email for order ORD-%s (attempt %d/5)\n"
            "Error: connect %s 10.40.1.20:587\n"
            "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16) {\n"
            "  errno: %d,\n  code: '%s',\n  syscall: 'connect',\n  address: '10.40.1.20',\n  port: 587,\n"
            "  command: 'CONN'\n}" % (t_iso(d), num(r, 7), r.randint(1, 5), code, errno, code))


@group("notify_smtp_etimedout", "results-notifier", 3,
       "SMTP relay connect ETIMEDOUT (security group change dropped 587)", nm="nm_notify_smtp")
def _(r, i, v):
    return notify_net(r, "ETIMEDOUT", -110)


@group("notify_smtp_econnrefused", "results-notifier", 2,
       "SMTP relay connect ECONNREFUSED (relay service stopped)", nm="nm_notify_smtp")
def _(r, i, v):
    return notify_net(r, "ECONNREFUSED", -111)


def notify_te(r, frames):
    d = when(r)
    return ("%s ERROR [consumer] unhandled error processing message %s from queue results.ready\n"
            "TypeError: Cannot read properties of undefined (reading 'telecom')\n%s"
            "    at Consumer.handle (/app/src/consumer.js:66:24)\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)" % (t_iso(d), uuid4(r), frames))


@group("notify_te_build_recipient", "results-notifier", 3,
       "TypeError reading 'telecom' thrown in buildRecipient (patient without contact point)", nm="nm_notify_typeerror")
def _(r, i, v):
    return notify_te(r, "    at buildRecipient (/app/src/recipients.js:42:31)\n"
                        "    at renderNotification (/app/src/render.js:18:21)\n")


@group("notify_te_build_proxy", "results-notifier", 2,
       "TypeError reading 'telecom' thrown in buildProxyRecipient (proxy/guardian record without contact point)",
       nm="nm_notify_typeerror")
def _(r, i, v):
    return notify_te(r, "    at buildProxyRecipient (/app/src/recipients.js:77:38)\n"
                        "    at renderNotification (/app/src/render.js:22:19)\n")


# ================================================================ dispense-sync (Ruby 3.3, Rails 7.1, Sidekiq 7)
def sk_prefix(r, d, cls):
    tid = "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(4))
    return "%s pid=7 tid=%s class=%s jid=%s elapsed=%.3f ERROR: " % (t_iso(d), tid, cls, hexs(r, 24), r.uniform(0.05, 3.0))


AR = "/usr/local/bundle/gems/activerecord-7.1.3.2/lib/active_record"
DISPENSE_BT = (
    "%s/connection_adapters/postgresql/database_statements.rb:55:in `exec'\n"
    "%s/connection_adapters/postgresql/database_statements.rb:55:in `block (2 levels) in raw_execute'\n"
    "%s/connection_adapters/abstract_adapter.rb:1028:in `block in with_raw_connection'\n"
    "%s/persistence.rb:1253:in `_create_record'\n"
    "%s/transactions.rb:384:in `block in save!'\n"
    "/app/app/jobs/dispense_event_import_job.rb:27:in `block in perform'\n"
    "/app/app/jobs/dispense_event_import_job.rb:19:in `each'\n"
    "/app/app/jobs/dispense_event_import_job.rb:19:in `perform'\n"
    "/usr/local/bundle/gems/sidekiq-7.2.2/lib/sidekiq/processor.rb:220:in `execute_job'" % (AR, AR, AR, AR, AR))


@group("dispense_import_not_unique", "dispense-sync", 3,
       "DispenseEventImportJob: ActiveRecord::RecordNotUnique <- PG::UniqueViolation on cabinet_txn_id (Pyxis resends transactions)",
       nm="nm_dispense_import")
def _(r, i, v):
    d = when(r)
    return (sk_prefix(r, d, "DispenseEventImportJob") +
            "ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "
            "\"index_dispense_events_on_cabinet_txn_id\"\nDETAIL:  Key (cabinet_txn_id)=(PX-%s) already exists.\n\n"
            % num(r, 8) + DISPENSE_BT)


@group("dispense_import_fk_medication", "dispense-sync", 2,
       "DispenseEventImportJob: ActiveRecord::InvalidForeignKey <- PG::ForeignKeyViolation on medication_id (formulary not synced)",
       nm="nm_dispense_import")
def _(r, i, v):
    d = when(r)
    return (sk_prefix(r, d, "DispenseEventImportJob") +
            "ActiveRecord::InvalidForeignKey: PG::ForeignKeyViolation: ERROR:  insert or update on table \"dispense_events\" "
            "violates foreign key constraint \"fk_rails_3f1c9b2a4e\"\nDETAIL:  Key (medication_id)=(%s) is not present in "
            "table \"medications\".\n\n" % num(r, 6) + DISPENSE_BT)


@group("dispense_cabinet_open_timeout", "dispense-sync", 4,
       "CabinetInventorySyncJob: Net::OpenTimeout to Pyxis cabinet controllers (proxy ACL); unit sub-domain varies (digit-free)",
       df=["oncology", "cardiac", "medsurg", "nicu"])
def _(r, i, v):
    d = when(r)
    rb = "/usr/local/lib/ruby/3.3.0"
    return (sk_prefix(r, d, "CabinetInventorySyncJob") +
            "Net::OpenTimeout: Failed to open TCP connection to pyxis-%s.med.stmarys.local:8443 (execution expired)\n"
            "%s/net/http.rb:1603:in `initialize'\n%s/net/http.rb:1603:in `open'\n%s/net/http.rb:1603:in `block in connect'\n"
            "%s/timeout.rb:186:in `block in timeout'\n%s/timeout.rb:193:in `timeout'\n%s/net/http.rb:1601:in `connect'\n"
            "%s/net/http.rb:1580:in `do_start'\n%s/net/http.rb:1569:in `start'\n"
            "/app/app/services/pyxis_client.rb:31:in `inventory'\n"
            "/app/app/jobs/cabinet_inventory_sync_job.rb:12:in `perform'\n"
            "/usr/local/bundle/gems/sidekiq-7.2.2/lib/sidekiq/processor.rb:220:in `execute_job'"
            % (v, rb, rb, rb, rb, rb, rb, rb, rb))


# ================================================================ dicom-anonymizer (Rust)
def rust_panic(r, loc, tag):
    return ("thread 'deid-worker-%d' panicked at %s:\n"
            "called `Result::unwrap()` on an `Err` value: ReadValue { tag: Tag(%s), position: %d, source: InvalidDate(\"%s\") }\n"
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
            % (r.randint(0, 15), loc, tag, r.randint(300, 4000), r.choice(["19XX0101", "2024-05-1", "00000000", "2024051"])))


@group("anon_panic_tags_rs", "dicom-anonymizer", 2,
       "Rust panic unwrapping PatientBirthDate parse in src/deid/tags.rs:88", nm="nm_anon_panic")
def _(r, i, v):
    return rust_panic(r, "src/deid/tags.rs:88:41", "0x0010, 0x0030")


@group("anon_panic_dates_rs", "dicom-anonymizer", 1,
       "Rust panic unwrapping StudyDate shift in src/deid/dates.rs:41", nm="nm_anon_panic")
def _(r, i, v):
    return rust_panic(r, "src/deid/dates.rs:41:57", "0x0008, 0x0020")


# ================================================================ build + self-checks
def build():
    labels = [g["label"] for g in GROUPS]
    assert len(labels) == len(set(labels)), "duplicate labels"
    events, seen, meta = [], set(), {}
    for g in GROUPS:
        r = random.Random("%d:%s" % (SEED, g["label"]))
        used = []
        assert 1 <= g["count"] <= 6, g["label"]
        for i in range(g["count"]):
            v = g["df"][i % len(g["df"])] if g["df"] else None
            m = g["fn"](r, i, v)
            if v is not None:
                assert v in m, (g["label"], v)
                used.append(v)
            key = (g["service"], m)
            assert key not in seen, "repeated (service, message) in " + g["label"]
            seen.add(key)
            events.append({"service": g["service"], "message": m, "group": g["label"]})
        if g["df"]:
            assert all(not re.search(r"\d", x) for x in g["df"]), g["label"]
            assert 3 <= len(set(used)) <= 5, (g["label"], used)
        meta[g["label"]] = {"description": g["description"], "service": g["service"], "count": g["count"],
                            "near_miss_set": g["nm"], "digit_free_variable": bool(g["df"])}
    nm = {}
    for g in GROUPS:
        if g["nm"]:
            nm.setdefault(g["nm"], []).append(g)
    for k, gs in nm.items():
        assert 2 <= len(gs) <= 3, k
        assert len({g["service"] for g in gs}) == 1, k
    services = {g["service"] for g in GROUPS}
    assert 65 <= len(GROUPS) <= 75, len(GROUPS)
    assert 15 <= len(services) <= 20, len(services)
    assert len(nm) >= 25, len(nm)
    assert 180 <= len(events) <= 220, len(events)
    random.Random(SEED).shuffle(events)
    return events, meta, nm, services


def main():
    events, meta, nm, services = build()
    out = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e) + "\n")
    with open(os.path.join(out, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(meta, f, indent=2, sort_keys=True)
        f.write("\n")
    hist = {}
    for g in GROUPS:
        hist[g["count"]] = hist.get(g["count"], 0) + 1
    print("events=%d groups=%d services=%d near_miss_sets=%d digit_free_groups=%d size_hist=%s"
          % (len(events), len(GROUPS), len(services), len(nm), sum(1 for g in GROUPS if g["df"]),
             " ".join("%d:%d" % (k, hist[k]) for k in sorted(hist))))


if __name__ == "__main__":
    main()
