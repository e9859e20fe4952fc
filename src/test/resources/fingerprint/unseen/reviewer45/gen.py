#!/usr/bin/env python3
"""Generate the redteam45 corpus: production ERROR events of an energy & utilities
company (smart-meter ingestion, SCADA/OPC UA/Modbus/DNP3, time-series stores,
forecasting, field service, SAP IS-U, PostGIS, Windows services).

python3 stdlib only, fixed seed, byte-identical output under any PYTHONHASHSEED.
Writes events.jsonl and groups.json into $UNSEEN_OUT (if set) else beside this file.
"""
import json
import os
import random
from datetime import datetime, timedelta

SEED = 452024
R = random.Random(SEED)
T0 = datetime(2024, 5, 13, 0, 0, 0)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

GROUPS = {}
ORDER = []


def G(label, service, count, desc, nm=None, df=None):
    """Register a group. df = list of digit-free values rotated over the events."""
    def deco(fn):
        assert label not in GROUPS, label
        ORDER.append(label)
        GROUPS[label] = {"service": service, "count": count, "description": desc,
                         "near_miss_set": nm, "df": df, "fn": fn}
        return fn
    return deco


# ---------------------------------------------------------------- helpers
def when():
    return T0 + timedelta(seconds=R.randint(0, 4 * 86400 - 1), microseconds=R.randint(0, 999999))


def ms(dt):
    return "%03d" % (dt.microsecond // 1000)


def ts_spring(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S.") + ms(dt)


def ts_comma(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S,") + ms(dt)


def ts_iso_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + ms(dt) + "Z"


def ts_iso_us(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"


def ts_iso_s(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "Z"


def ts_syslog(dt):
    return "%s %2d %s" % (MONTHS[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"))


def ts_ctime(dt):
    return "%s %s %2d %s %d" % (WDAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.strftime("%H:%M:%S"), dt.year)


def ri(a, b):
    return R.randint(a, b)


def pick(xs):
    return xs[R.randrange(len(xs))]


def hx(n):
    return "".join("0123456789abcdef"[R.randrange(16)] for _ in range(n))


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), "89ab"[R.randrange(4)], hx(3), hx(12))


def ip(prefix="10.40"):
    return "%s.%d.%d" % (prefix, ri(1, 254), ri(2, 254))


def meter_id():
    return "SM-%010d" % ri(10 ** 8, 10 ** 10 - 1)


def at(frames, pre="\tat "):
    return "".join("\n" + pre + f for f in frames)


def spring(dt, level, thread, logger, msg):
    # Spring Boot 2.x default console pattern (logback)
    return "%s %5s 1 --- [%s] %s : %s" % (ts_spring(dt), level, thread[-15:].rjust(15), logger.ljust(40), msg)


def kafka_thread():
    return "org.springframework.kafka.KafkaListenerEndpointContainer#0-%d-C-1" % ri(0, 3)


def dotnet_json(d):
    # System.Text.Json default JavaScriptEncoder escapes these characters
    s = json.dumps(d, separators=(",", ":"), ensure_ascii=True)
    for ch, rep in (("'", "\\u0027"), ("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"), ("+", "\\u002B"), ("`", "\\u0060")):
        s = s.replace(ch, rep)
    return s


# ====================================================== meter-ingest (Java, Spring Kafka)
LMC = "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer"
DESER_TOP = [
    LMC + ".decorateException(KafkaMessageListenerContainer.java:2713)",
    LMC + ".checkDeser(KafkaMessageListenerContainer.java:2761)",
    LMC + ".invokeOnMessage(KafkaMessageListenerContainer.java:2635)",
    LMC + ".doInvokeRecordListener(KafkaMessageListenerContainer.java:2542)",
    LMC + ".doInvokeWithRecords(KafkaMessageListenerContainer.java:2419)",
    LMC + ".invokeRecordListener(KafkaMessageListenerContainer.java:2297)",
    LMC + ".invokeListener(KafkaMessageListenerContainer.java:1971)",
    LMC + ".invokeIfHaveRecords(KafkaMessageListenerContainer.java:1366)",
    LMC + ".pollAndInvoke(KafkaMessageListenerContainer.java:1355)",
    LMC + ".run(KafkaMessageListenerContainer.java:1257)",
    "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:515)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]
DESER_MID = [
    "org.springframework.kafka.support.serializer.SerializationUtils.deserializationException(SerializationUtils.java:158)",
    "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer.recoverFromSupplier(ErrorHandlingDeserializer.java:209)",
    "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer.deserialize(ErrorHandlingDeserializer.java:192)",
    "org.apache.kafka.clients.consumer.internals.Fetcher.parseRecord(Fetcher.java:1420)",
    "org.apache.kafka.clients.consumer.internals.Fetcher.access$3400(Fetcher.java:134)",
    "org.apache.kafka.clients.consumer.internals.Fetcher$CompletedFetch.fetchRecords(Fetcher.java:1652)",
    "org.apache.kafka.clients.consumer.internals.Fetcher$CompletedFetch.access$1800(Fetcher.java:1488)",
    "org.apache.kafka.clients.consumer.internals.Fetcher.fetchRecords(Fetcher.java:721)",
    "org.apache.kafka.clients.consumer.internals.Fetcher.collectFetch(Fetcher.java:672)",
    "org.apache.kafka.clients.consumer.KafkaConsumer.pollForFetches(KafkaConsumer.java:1304)",
    "org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1238)",
    "org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:1211)",
    LMC + ".doPoll(KafkaMessageListenerContainer.java:1531)",
    LMC + ".pollConsumer(KafkaMessageListenerContainer.java:1521)",
    LMC + ".pollAndInvoke(KafkaMessageListenerContainer.java:1349)",
]


def deser_event(cause_line, cause_frames, cause_omitted):
    dt = when()
    head = spring(dt, "ERROR", kafka_thread(), "o.s.k.l.DefaultErrorHandler",
                  "Backoff none exhausted for meter.readings.ami-%d@%d" % (ri(0, 11), ri(40000000, 49999999)))
    de = "org.springframework.kafka.support.serializer.DeserializationException: failed to deserialize; nested exception is " + cause_line
    return (head + "\norg.springframework.kafka.listener.ListenerExecutionFailedException: Listener failed; nested exception is " + de
            + at(DESER_TOP) + "\nCaused by: " + de + at(DESER_MID) + "\n\t... 4 common frames omitted"
            + "\nCaused by: " + cause_line + at(cause_frames) + "\n\t... %d common frames omitted" % cause_omitted)


@G("ingest_deser_instant", "meter-ingest", 4,
   "Kafka record from head-end has non-ISO readAt; innermost cause Jackson InvalidFormatException (java.time.Instant)",
   nm="NM-ingest-deser")
def _(i, v):
    d = when() - timedelta(minutes=ri(5, 90))
    raw = "%02d/%02d/%d %02d:%02d:00" % (d.day, d.month, d.year, d.hour, pick([0, 15, 30, 45]))
    payload = '{"meterId":"%s","obis":"1.8.0","value":%.1f,"readAt":"%s"}' % (meter_id(), R.uniform(100, 99999), raw)
    col = payload.index(raw) + len(raw) + 1
    cause = ("com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.Instant` from String \"%s\": "
             "Failed to deserialize java.time.Instant: (java.time.format.DateTimeParseException) Text '%s' could not be parsed at index 0\n"
             " at [Source: (byte[])\"%s\"; line: 1, column: %d] (through reference chain: com.gridco.ingest.model.MeterReading[\"readAt\"])"
             % (raw, raw, payload, col))
    frames = [
        "com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)",
        "com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1991)",
        "com.fasterxml.jackson.databind.DeserializationContext.handleWeirdStringValue(DeserializationContext.java:1219)",
        "com.fasterxml.jackson.datatype.jsr310.deser.JSR310DeserializerBase._handleDateTimeException(JSR310DeserializerBase.java:176)",
        "com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer._fromString(InstantDeserializer.java:325)",
        "com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.deserialize(InstantDeserializer.java:258)",
        "com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.deserialize(InstantDeserializer.java:54)",
        "com.fasterxml.jackson.databind.deser.impl.MethodProperty.deserializeAndSet(MethodProperty.java:129)",
        "com.fasterxml.jackson.databind.deser.BeanDeserializer.vanillaDeserialize(BeanDeserializer.java:314)",
        "com.fasterxml.jackson.databind.deser.BeanDeserializer.deserialize(BeanDeserializer.java:177)",
        "com.fasterxml.jackson.databind.deser.DefaultDeserializationContext.readRootValue(DefaultDeserializationContext.java:323)",
        "com.fasterxml.jackson.databind.ObjectReader._bindAndClose(ObjectReader.java:2105)",
        "com.fasterxml.jackson.databind.ObjectReader.readValue(ObjectReader.java:1584)",
        "org.springframework.kafka.support.serializer.JsonDeserializer.deserialize(JsonDeserializer.java:584)",
        "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer.deserialize(ErrorHandlingDeserializer.java:189)",
    ]
    return deser_event(cause, frames, 14)


@G("ingest_deser_xml", "meter-ingest", 3,
   "Kafka record from head-end is an IEC CIM XML document, not JSON; innermost cause Jackson JsonParseException",
   nm="NM-ingest-deser")
def _(i, v):
    src = ('<?xml version="1.0" encoding="UTF-8"?><MeterReadings xmlns="http://iec.ch/TC57/2011/MeterReadings#"><MeterReading><Meter><mRID>%s</mRID></Meter>'
           '<IntervalBlocks><ReadingType ref="0.0.2.4.1.1.12.0.0.0.0.0.0.0.0.3.72.0"/><IntervalReadings><IntervalReading><timeStamp>%s</timeStamp><value>%.3f</value>'
           % (meter_id(), ts_iso_s(when()), R.uniform(0, 40)))
    cause = ("com.fasterxml.jackson.core.JsonParseException: Unexpected character ('<' (code 60)): expected a valid value "
             "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n"
             " at [Source: (byte[])\"%s\"[truncated %d bytes]; line: 1, column: 2]" % (src, ri(900, 48000)))
    frames = [
        "com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2391)",
        "com.fasterxml.jackson.core.base.ParserMinimalBase._reportError(ParserMinimalBase.java:735)",
        "com.fasterxml.jackson.core.base.ParserMinimalBase._reportUnexpectedChar(ParserMinimalBase.java:659)",
        "com.fasterxml.jackson.core.json.UTF8StreamJsonParser._handleUnexpectedValue(UTF8StreamJsonParser.java:2712)",
        "com.fasterxml.jackson.core.json.UTF8StreamJsonParser._nextTokenNotInObject(UTF8StreamJsonParser.java:865)",
        "com.fasterxml.jackson.core.json.UTF8StreamJsonParser.nextToken(UTF8StreamJsonParser.java:757)",
        "com.fasterxml.jackson.databind.ObjectReader._initForReading(ObjectReader.java:357)",
        "com.fasterxml.jackson.databind.ObjectReader._bindAndClose(ObjectReader.java:2095)",
        "com.fasterxml.jackson.databind.ObjectReader.readValue(ObjectReader.java:1584)",
        "org.springframework.kafka.support.serializer.JsonDeserializer.deserialize(JsonDeserializer.java:584)",
        "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer.deserialize(ErrorHandlingDeserializer.java:189)",
    ]
    return deser_event(cause, frames, 14)


NPE_TOP = [
    LMC + ".decorateException(KafkaMessageListenerContainer.java:2713)",
    LMC + ".doInvokeOnMessage(KafkaMessageListenerContainer.java:2683)",
    LMC + ".invokeOnMessage(KafkaMessageListenerContainer.java:2643)",
    LMC + ".doInvokeRecordListener(KafkaMessageListenerContainer.java:2542)",
    LMC + ".doInvokeWithRecords(KafkaMessageListenerContainer.java:2419)",
    LMC + ".invokeRecordListener(KafkaMessageListenerContainer.java:2297)",
    LMC + ".invokeListener(KafkaMessageListenerContainer.java:1971)",
    LMC + ".invokeIfHaveRecords(KafkaMessageListenerContainer.java:1366)",
    LMC + ".pollAndInvoke(KafkaMessageListenerContainer.java:1355)",
    LMC + ".run(KafkaMessageListenerContainer.java:1257)",
    "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:515)",
    "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
    "java.base/java.lang.Thread.run(Thread.java:829)",
]


def npe_event(app_frames):
    dt = when()
    head = spring(dt, "ERROR", kafka_thread(), "o.s.k.l.DefaultErrorHandler",
                  "Backoff FixedBackOff{interval=0, currentAttempts=10, maxAttempts=9} exhausted for meter.readings.ami-%d@%d"
                  % (ri(0, 11), ri(40000000, 49999999)))
    frames = app_frames + [
        "com.gridco.ingest.listener.ReadingListener.onReading(ReadingListener.java:54)",
        "jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)" % ri(90, 400),
        "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
        "java.base/java.lang.reflect.Method.invoke(Method.java:566)",
        "org.springframework.messaging.handler.invocation.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:169)",
        "org.springframework.messaging.handler.invocation.InvocableHandlerMethod.invoke(InvocableHandlerMethod.java:119)",
        "org.springframework.kafka.listener.adapter.HandlerAdapter.invoke(HandlerAdapter.java:56)",
        "org.springframework.kafka.listener.adapter.MessagingMessageListenerAdapter.invokeHandler(MessagingMessageListenerAdapter.java:347)",
        "org.springframework.kafka.listener.adapter.RecordMessagingMessageListenerAdapter.onMessage(RecordMessagingMessageListenerAdapter.java:92)",
        "org.springframework.kafka.listener.adapter.RecordMessagingMessageListenerAdapter.onMessage(RecordMessagingMessageListenerAdapter.java:53)",
        LMC + ".doInvokeOnMessage(KafkaMessageListenerContainer.java:2663)",
    ]
    return (head + "\norg.springframework.kafka.listener.ListenerExecutionFailedException: Listener method 'public void "
            "com.gridco.ingest.listener.ReadingListener.onReading(org.apache.kafka.clients.consumer.ConsumerRecord<java.lang.String, "
            "com.gridco.ingest.model.MeterReading>)' threw exception; nested exception is java.lang.NullPointerException"
            + at(NPE_TOP) + "\nCaused by: java.lang.NullPointerException: null" + at(frames) + "\n\t... 12 common frames omitted")


@G("ingest_npe_normalizer", "meter-ingest", 3,
   "NullPointerException thrown in ReadingNormalizer.normalizeRegister (register without multiplier)",
   nm="NM-ingest-npe")
def _(i, v):
    return npe_event(["com.gridco.ingest.reading.ReadingNormalizer.normalizeRegister(ReadingNormalizer.java:142)",
                      "com.gridco.ingest.reading.ReadingNormalizer.normalize(ReadingNormalizer.java:88)"])


@G("ingest_npe_obis", "meter-ingest", 3,
   "NullPointerException thrown in ObisCodeMapper.map (reading without OBIS code)",
   nm="NM-ingest-npe")
def _(i, v):
    return npe_event(["com.gridco.ingest.reading.ObisCodeMapper.map(ObisCodeMapper.java:77)",
                      "com.gridco.ingest.reading.ReadingNormalizer.normalize(ReadingNormalizer.java:91)"])


@G("ingest_record_too_large", "meter-ingest", 2,
   "Producer send of validated batch to meter.readings.validated exceeds max.request.size (RecordTooLargeException)")
def _(i, v):
    dt = when()
    key = meter_id()
    size = ri(1048577, 3900000)
    head = spring(dt, "ERROR", "kafka-producer-network-thread | producer-1", "o.s.k.support.LoggingProducerListener",
                  "Exception thrown when sending a message with key='%s' and payload='MeterReadingBatch(batchId=%s, headEnd=itron, readings=[MeterReading(me...' to topic meter.readings.validated:"
                  % (key, uid()))
    return head + ("\n\norg.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, "
                   "which is the value of the max.request.size configuration." % size)


@G("ingest_clock_skew", "meter-ingest", 6,
   "BatchValidator rejects head-end batches for device clock skew beyond PT5M; head-end system name varies (digit-free)",
   df=["itron", "kamstrup", "landisgyr", "sagemcom", "elster"])
def _(i, v):
    dt = when()
    skew = "PT%dM%dS" % (ri(6, 59), ri(1, 59))
    return spring(dt, "ERROR", "org.springframework.kafka.KafkaListenerEndpointContainer#1-%d-C-1" % ri(0, 2),
                  "c.g.ingest.validate.BatchValidator",
                  "Rejected batch %s from head-end '%s': device clock skew %s exceeds tolerance PT5M (readings=%d, meters=%d)"
                  % (uid(), v, skew, ri(20, 3000), ri(1, 96)))


# ====================================================== emqx-broker (EMQX 5)
def emqx_ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def emqx_produce(code):
    dt = when()
    return ("%s [error] msg: produce_response_error, mfa: wolff_producer:handle_produce_response/3(%d), "
            "connector: kafka_producer:meter_readings, topic: <<\"meter.readings.raw\">>, partition: %d, "
            "error_code: %s, batch_size: %d, batch_bytes: %d"
            % (emqx_ts(dt), 533, ri(0, 23), code, ri(1, 500), ri(2000, 900000)))


@G("emqx_kafka_not_leader", "emqx-broker", 4,
   "EMQX Kafka producer: produce response error_code not_leader_or_follower for meter.readings.raw",
   nm="NM-emqx-kafka")
def _(i, v):
    return emqx_produce("not_leader_or_follower")


@G("emqx_kafka_too_large", "emqx-broker", 2,
   "EMQX Kafka producer: produce response error_code message_too_large for meter.readings.raw",
   nm="NM-emqx-kafka")
def _(i, v):
    return emqx_produce("message_too_large")


def emqx_rule(rule, topic):
    dt = when()
    val = "%d.%d" % (ri(0, 480), ri(0, 9))
    return ("%s [error] msg: SELECT_clause_exception, mfa: emqx_rule_runtime:do_apply_rule/2(153), rule_id: %s, "
            "clientid: %s, topic: %s, reason: {error,badarg}, stacktrace: "
            "[{erlang,binary_to_integer,[<<\"%s\">>],[{error_info,#{module => erl_erts_errors}}]},"
            "{emqx_rule_funcs,int,1,[{file,\"emqx_rule_funcs.erl\"},{line,724}]},"
            "{emqx_rule_runtime,select_and_transform,3,[{file,\"emqx_rule_runtime.erl\"},{line,241}]},"
            "{emqx_rule_runtime,do_apply_rule,2,[{file,\"emqx_rule_runtime.erl\"},{line,131}]}]"
            % (emqx_ts(dt), rule, meter_id(), topic % hx(12), val))


@G("emqx_rule_meter_to_kafka", "emqx-broker", 3,
   "EMQX rule meter_to_kafka: SELECT int(payload.voltage) badarg on decimal strings",
   nm="NM-emqx-rule")
def _(i, v):
    return emqx_rule("meter_to_kafka", "meters/%s/registers")


@G("emqx_rule_alarm_to_pgsql", "emqx-broker", 2,
   "EMQX rule alarm_to_pgsql: same badarg, different rule (its own SQL to fix)",
   nm="NM-emqx-rule")
def _(i, v):
    return emqx_rule("alarm_to_pgsql", "meters/%s/alarms")


# ====================================================== hivemq-ext (HiveMQ extension, logback)
HMQ_AUTH = [
    "com.gridco.hivemq.auth.JdbcCredentialStore.lookup(JdbcCredentialStore.java:74)",
    "com.gridco.hivemq.auth.MeterAuthenticator.onConnect(MeterAuthenticator.java:58)",
    "com.hivemq.extensions.auth.ConnectSimpleAuthTask.call(ConnectSimpleAuthTask.java:78)",
    "com.hivemq.extensions.auth.ConnectSimpleAuthTask.call(ConnectSimpleAuthTask.java:44)",
    "com.hivemq.extensions.executor.PluginTaskExecutor.executeInExtensionContext(PluginTaskExecutor.java:171)",
    "com.hivemq.extensions.executor.PluginTaskExecutor.handlePluginTaskExecution(PluginTaskExecutor.java:126)",
    "com.hivemq.extensions.executor.PluginTaskExecutor.run(PluginTaskExecutor.java:102)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]
HIKARI = [
    "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)",
    "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:162)",
    "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
    "com.gridco.hivemq.auth.JdbcCredentialStore.lookup(JdbcCredentialStore.java:61)",
]


def hmq_auth_head():
    dt = when()
    return ("%s ERROR - Credential lookup for client '%s' failed, rejecting CONNECT with NOT_AUTHORIZED"
            "\ncom.gridco.hivemq.auth.CredentialStoreException: lookup of device credentials failed"
            % (ts_comma(dt), meter_id())) + at(HMQ_AUTH)


@G("hivemq_auth_pool_timeout", "hivemq-ext", 3,
   "HiveMQ auth extension credential lookup fails; innermost cause HikariCP pool exhausted (SQLTransientConnectionException)",
   nm="NM-hivemq-auth")
def _(i, v):
    return (hmq_auth_head() + "\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, "
            "request timed out after %dms." % ri(30000, 30020) + at(HIKARI) + "\n\t... 9 common frames omitted")


@G("hivemq_auth_pg_password", "hivemq-ext", 3,
   "HiveMQ auth extension credential lookup fails; innermost cause PSQLException password authentication failed (rotated secret)",
   nm="NM-hivemq-auth")
def _(i, v):
    return (hmq_auth_head() + "\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, "
            "request timed out after %dms." % ri(30000, 30020) + at(HIKARI) + "\n\t... 9 common frames omitted"
            + "\nCaused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"hivemq_auth\""
            + at(["org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)",
                  "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)",
                  "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
                  "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                  "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
                  "org.postgresql.Driver.makeConnection(Driver.java:443)",
                  "org.postgresql.Driver.connect(Driver.java:297)",
                  "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
                  "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
                  "com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:201)",
                  "com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:470)",
                  "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:733)",
                  "com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:712)",
                  "java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)"])
            + "\n\t... 3 common frames omitted")


@G("hivemq_unknown_feeder", "hivemq-ext", 4,
   "HiveMQ topic-ACL interceptor drops telemetry PUBLISH: feeder not in topology cache; feeder name varies (digit-free)",
   df=["NORTHGATE", "ELMWOOD", "ASHFORD", "KINGSMEAD"])
def _(i, v):
    dt = when()
    return ("%s ERROR - Dropping PUBLISH on 'grid/telemetry/%s/status' from client 'rtu-gw-%d': feeder '%s' not present in topology cache"
            % (ts_comma(dt), v, ri(1000, 9999), v))


# ====================================================== opcua-collector (Java, Eclipse Milo, log4j2)
SUBSTATIONS = ["ELMWOOD", "ASHFORD", "KINGSMEAD", "BRAMLEY", "WHITCHURCH"]


def l4j(dt, thread, logger, msg):
    return "%s %-5s [%s] %s - %s" % (ts_spring(dt), "ERROR", thread, logger, msg)


def opc_monitem(sub, name, value):
    dt = when()
    return l4j(dt, "milo-shared-thread-pool-%d" % ri(0, 7), "c.g.s.o.SubscriptionManager",
               "MonitoredItem create failed: subscriptionId=%d, clientHandle=%d, nodeId=NodeId{ns=2, id=%s.FDR%02d.Breaker.Position}, "
               "statusCode=StatusCode{name=%s, value=%s, quality=bad}"
               % (ri(1, 40), ri(1000, 99999), sub, ri(1, 24), name, value))


@G("opcua_nodeid_unknown", "opcua-collector", 5,
   "Milo monitored item create returns Bad_NodeIdUnknown (tag renamed in Kepware project); substation name varies (digit-free)",
   nm="NM-opcua-monitem", df=SUBSTATIONS)
def _(i, v):
    return opc_monitem(v, "Bad_NodeIdUnknown", "0x80340000")


@G("opcua_not_readable", "opcua-collector", 3,
   "Milo monitored item create returns Bad_NotReadable (access level of breaker tags)",
   nm="NM-opcua-monitem")
def _(i, v):
    return opc_monitem(SUBSTATIONS[i % 2], "Bad_NotReadable", "0x803A0000")


@G("opcua_user_access_denied", "opcua-collector", 2,
   "Milo monitored item create returns Bad_UserAccessDenied (collector user lacks rights)",
   nm="NM-opcua-monitem")
def _(i, v):
    return opc_monitem(SUBSTATIONS[2 + i % 2], "Bad_UserAccessDenied", "0x801F0000")


SUPERVISOR = [
    "java.base/java.util.concurrent.CompletableFuture.reportGet(CompletableFuture.java:396)",
    "java.base/java.util.concurrent.CompletableFuture.get(CompletableFuture.java:2073)",
    "com.gridco.scada.opcua.ClientSupervisor.connect(ClientSupervisor.java:87)",
    "com.gridco.scada.opcua.ClientSupervisor.lambda$scheduleReconnect$3(ClientSupervisor.java:132)",
    "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
    "java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
    "java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]
MILO_FSM = [
    "org.eclipse.milo.opcua.stack.client.transport.uasc.ClientChannelFsm$ConnectAction.lambda$execute$0(ClientChannelFsm.java:215)",
    "java.base/java.util.concurrent.CompletableFuture.uniWhenComplete(CompletableFuture.java:863)",
    "java.base/java.util.concurrent.CompletableFuture$UniWhenComplete.tryFire(CompletableFuture.java:841)",
    "java.base/java.util.concurrent.CompletableFuture.postComplete(CompletableFuture.java:510)",
    "java.base/java.util.concurrent.CompletableFuture.completeExceptionally(CompletableFuture.java:2162)",
    "org.eclipse.milo.opcua.stack.client.transport.uasc.ClientChannelFsm.lambda$connect$4(ClientChannelFsm.java:301)",
    "io.netty.util.concurrent.DefaultPromise.notifyListener0(DefaultPromise.java:590)",
    "io.netty.util.concurrent.DefaultPromise.notifyListeners0(DefaultPromise.java:583)",
    "io.netty.util.concurrent.DefaultPromise.notifyListenersNow(DefaultPromise.java:559)",
    "io.netty.util.concurrent.DefaultPromise.notifyListeners(DefaultPromise.java:492)",
    "io.netty.util.concurrent.DefaultPromise.setValue0(DefaultPromise.java:636)",
    "io.netty.util.concurrent.DefaultPromise.setFailure0(DefaultPromise.java:629)",
    "io.netty.util.concurrent.DefaultPromise.tryFailure(DefaultPromise.java:118)",
]
NETTY_LOOP = [
    "io.netty.util.concurrent.AbstractEventExecutor.runTask(AbstractEventExecutor.java:174)",
    "io.netty.util.concurrent.AbstractEventExecutor.safeExecute(AbstractEventExecutor.java:167)",
    "io.netty.util.concurrent.SingleThreadEventExecutor.runAllTasks(SingleThreadEventExecutor.java:470)",
    "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:569)",
    "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
    "io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
    "io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
]


def opc_connect_head(sub):
    dt = when()
    host = "kepware-%s.scada.gridco.internal" % sub.lower()
    return l4j(dt, "opcua-reconnect-%d" % ri(1, 4), "c.g.s.o.ClientSupervisor",
               "Connect to opc.tcp://%s:49320 failed, next attempt in %ds" % (host, pick([15, 30, 60]))), host + "/" + ip() + ":49320"


@G("opcua_connect_timeout", "opcua-collector", 3,
   "Milo connect to Kepware fails with Bad_Timeout; innermost netty ConnectTimeoutException; Kepware host (substation word) varies",
   nm="NM-opcua-connect", df=["ashford", "bramley", "kingsmead"])
def _(i, v):
    head, addr = opc_connect_head(v)
    ua = "UaException: status=Bad_Timeout, message=io.netty.channel.ConnectTimeoutException: connection timed out: " + addr
    return (head + "\njava.util.concurrent.ExecutionException: " + ua + at(SUPERVISOR)
            + "\nCaused by: " + ua + at(MILO_FSM) + "\n\t... 8 more"
            + "\nCaused by: io.netty.channel.ConnectTimeoutException: connection timed out: " + addr
            + at(["io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe$1.run(AbstractNioChannel.java:261)",
                  "io.netty.util.concurrent.PromiseTask.runTask(PromiseTask.java:98)",
                  "io.netty.util.concurrent.ScheduledFutureTask.run(ScheduledFutureTask.java:153)"] + NETTY_LOOP)
            + "\n\t... 1 more")


@G("opcua_connect_refused", "opcua-collector", 3,
   "Milo connect to Kepware fails with Bad_ConnectionRejected; innermost java.net.ConnectException: Connection refused",
   nm="NM-opcua-connect", df=["elmwood", "ashford", "whitchurch"])
def _(i, v):
    head, addr = opc_connect_head(v)
    ua = "UaException: status=Bad_ConnectionRejected, message=io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: " + addr
    return (head + "\njava.util.concurrent.ExecutionException: " + ua + at(SUPERVISOR)
            + "\nCaused by: " + ua + at(MILO_FSM) + "\n\t... 8 more"
            + "\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: " + addr
            + "\nCaused by: java.net.ConnectException: Connection refused"
            + at(["java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                  "java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                  "java.base/sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)",
                  "io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)",
                  "io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe.finishConnect(AbstractNioChannel.java:334)",
                  "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:776)",
                  "io.netty.channel.nio.NioEventLoop.processSelectedKeysOptimized(NioEventLoop.java:724)",
                  "io.netty.channel.nio.NioEventLoop.processSelectedKeys(NioEventLoop.java:650)",
                  "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:562)",
                  "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                  "io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)",
                  "io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
                  "java.base/java.lang.Thread.run(Thread.java:833)"]))


# ====================================================== modbus-poller (Go, zap JSON + panics)
MB_DEVICES = ["ashford-rtu", "bramley-rtu", "elmwood-rtu", "kingsmead-rtu", "whitchurch-rtu"]


def mb_err(device, code, name):
    dt = when()
    return json.dumps({"level": "error", "ts": ts_iso_ms(dt), "logger": "poller", "caller": "poller/poller.go:188",
                       "msg": "read holding registers failed", "device": device, "unit_id": 1,
                       "register": 40107, "quantity": 2, "attempt": ri(1, 3), "elapsed": "%dms" % ri(3, 2900),
                       "error": "modbus: exception '%d' (%s), function '131'" % (code, name)},
                      separators=(",", ":"))


@G("modbus_illegal_address", "modbus-poller", 4,
   "Modbus exception 2 (illegal data address) reading register 40107 (register map wrong); RTU name varies (digit-free)",
   nm="NM-modbus-exc", df=MB_DEVICES[:4])
def _(i, v):
    return mb_err(v, 2, "illegal data address")


@G("modbus_gateway_no_response", "modbus-poller", 3,
   "Modbus exception 11 (gateway target device failed to respond) reading register 40107",
   nm="NM-modbus-exc", df=MB_DEVICES[:3])
def _(i, v):
    return mb_err(v, 11, "gateway target device failed to respond")


@G("modbus_device_busy", "modbus-poller", 2,
   "Modbus exception 6 (server device busy) reading register 40107",
   nm="NM-modbus-exc")
def _(i, v):
    return mb_err(MB_DEVICES[1 + i], 6, "server device busy")


def go_panic(fn, line, conv_line):
    def gp():
        return "0xc000%06x" % (ri(0x10000, 0x3ffff) * 16)
    n = pick([2, 4])
    g = ri(20, 900)
    p = gp()
    return ("panic: runtime error: index out of range [%d] with length %d\n\ngoroutine %d [running]:\n"
            "github.com/gridco/modbus-poller/internal/decode.%s(...)\n\t/src/internal/decode/decode.go:%d\n"
            "github.com/gridco/modbus-poller/internal/poller.(*Poller).convert(%s, {%s, 0x%x, 0x%x}, %s)\n"
            "\t/src/internal/poller/convert.go:%d +0x%x\n"
            "github.com/gridco/modbus-poller/internal/poller.(*Poller).pollDevice(%s, {0xa1c2e8, %s}, %s)\n"
            "\t/src/internal/poller/poller.go:201 +0x6e5\n"
            "created by github.com/gridco/modbus-poller/internal/poller.(*Poller).Run in goroutine 1\n"
            "\t/src/internal/poller/poller.go:112 +0x1a5"
            % (n, n, g, fn, line, p, gp(), n, n, gp(), conv_line, ri(0x200, 0x2ff), p, gp(), gp()))


@G("modbus_panic_float32", "modbus-poller", 3,
   "Go panic index out of range thrown in decode.Float32BE (short register read)",
   nm="NM-modbus-panic")
def _(i, v):
    return go_panic("Float32BE", 41, 63)


@G("modbus_panic_uint32_swap", "modbus-poller", 2,
   "Go panic index out of range thrown in decode.Uint32WordSwap (short register read)",
   nm="NM-modbus-panic")
def _(i, v):
    return go_panic("Uint32WordSwap", 58, 71)


# ====================================================== edge-gateway (Rust, tracing)
def rust_panic(loc):
    dt = when()
    return ("%s ERROR session{id=%d peer=%s:20000}: tracing_panic: A panic occurred "
            "panic.payload=\"called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }\" "
            "panic.location=\"%s\" panic.backtrace=disabled backtrace" % (ts_iso_us(dt), ri(100, 99999), ip("10.41"), loc))


@G("edge_panic_dnp3_mapping", "edge-gateway", 3,
   "Rust panic unwrap ParseIntError at src/dnp3/mapping.rs:88:41",
   nm="NM-edge-panic")
def _(i, v):
    return rust_panic("src/dnp3/mapping.rs:88:41")


@G("edge_panic_modbus_scaling", "edge-gateway", 2,
   "Rust panic unwrap ParseIntError at src/modbus/scaling.rs:52:18 (different unwrap site)",
   nm="NM-edge-panic")
def _(i, v):
    return rust_panic("src/modbus/scaling.rs:52:18")


def dnp3_fail(outstation, err):
    dt = when()
    return ("%s ERROR poll{outstation=\"%s\" addr=%d endpoint=%s:20000}: edge_gw::dnp3::master: integrity poll failed "
            "class=\"Class0123\" retry_in=%ds error=%s" % (ts_iso_us(dt), outstation, ri(1, 65519), ip("10.41"), pick([10, 30, 60]), err))


@G("edge_dnp3_response_timeout", "edge-gateway", 4,
   "DNP3 integrity poll fails with ResponseTimeout; outstation (substation word) varies (digit-free)",
   nm="NM-edge-dnp3", df=["ashford", "bramley", "elmwood", "kingsmead"])
def _(i, v):
    return dnp3_fail(v, "ResponseTimeout")


@G("edge_dnp3_object_unknown", "edge-gateway", 2,
   "DNP3 integrity poll rejected by outstation IIN2.1 object unknown (class poll config)",
   nm="NM-edge-dnp3")
def _(i, v):
    return dnp3_fail(["bramley", "whitchurch"][i], "RejectedByIin2(ObjectUnknown)")


@G("edge_mqtt_tls_expired", "edge-gateway", 3,
   "rumqttc uplink TLS handshake fails: InvalidCertificate(Expired)")
def _(i, v):
    dt = when()
    return ("%s ERROR edge_gw::uplink: MQTT event loop error, reconnecting in 5s attempt=%d broker=\"mqtts://emqx.gridco.cloud:8883\" "
            "error=Tls(Io(Custom { kind: InvalidData, error: InvalidCertificate(Expired) }))" % (ts_iso_us(dt), ri(1, 4000)))


# ====================================================== plc-logger (embedded C, syslog)
def plc_line(host, fn, src, msg):
    dt = when()
    return "%s %s plclogd[%d]: [ERR] %s (%s): %s" % (ts_syslog(dt), host, ri(300, 4000), fn, src, msg)


@G("plc_ring_overflow", "plc-logger", 4,
   "PLC logger ring buffer overflow, samples dropped; logger host (substation word) varies (digit-free)",
   df=["plclog-ashford", "plclog-bramley", "plclog-elmwood", "plclog-kingsmead"])
def _(i, v):
    cap = 4096
    head = ri(0, cap - 1)
    return plc_line(v, "ring_push", "ring.c:211", "ring buffer overflow, dropped %d samples (head=%d tail=%d cap=%d)"
                    % (ri(1, 900), head, (head + 1) % cap, cap))


def plc_serial(err):
    return plc_line(pick(["plclog-ashford", "plclog-whitchurch"]), "serial_read", "serial.c:144",
                    "read(/dev/ttymxc%d) failed after %d bytes: %s" % (ri(1, 3), ri(0, 255), err))


@G("plc_serial_eio", "plc-logger", 3,
   "serial read fails with EIO (errno 5)", nm="NM-plc-serial")
def _(i, v):
    return plc_serial("Input/output error (errno=5)")


@G("plc_serial_eagain", "plc-logger", 3,
   "serial read fails with EAGAIN (errno 11, non-blocking fd polled wrongly)", nm="NM-plc-serial")
def _(i, v):
    return plc_serial("Resource temporarily unavailable (errno=11)")


@G("plc_spool_enospc", "plc-logger", 2,
   "spool segment write fails: No space left on device (errno 28)")
def _(i, v):
    return plc_line(pick(["plclog-bramley", "plclog-kingsmead"]), "spool_flush", "spool.c:97",
                    "fwrite(/var/spool/plclog/seg-%08d.bin) failed: No space left on device (errno=28)" % ri(1000, 99999999))


# ====================================================== influx-writer (Telegraf -> InfluxDB v2)
@G("telegraf_conflict_kwh", "influx-writer", 3,
   "InfluxDB partial write: field type conflict on measurement meter_register field kwh",
   nm="NM-telegraf-conflict")
def _(i, v):
    dt = when()
    return ("%s E! [outputs.influxdb_v2] Failed to write metric to meter-raw (will be dropped: 422 Unprocessable Entity): "
            "unprocessable entity: failure writing points to database: partial write: field type conflict: input field \"kwh\" "
            "on measurement \"meter_register\" is type float, already exists as type integer dropped=%d" % (ts_iso_s(dt), ri(1, 5000)))


@G("telegraf_conflict_voltage", "influx-writer", 3,
   "InfluxDB partial write: field type conflict on measurement feeder_voltage field v_an",
   nm="NM-telegraf-conflict")
def _(i, v):
    dt = when()
    return ("%s E! [outputs.influxdb_v2] Failed to write metric to meter-raw (will be dropped: 422 Unprocessable Entity): "
            "unprocessable entity: failure writing points to database: partial write: field type conflict: input field \"v_an\" "
            "on measurement \"feeder_voltage\" is type float, already exists as type integer dropped=%d" % (ts_iso_s(dt), ri(1, 5000)))


@G("telegraf_bucket_404", "influx-writer", 2,
   "Telegraf write to bucket scada-events fails 404 Not Found (bucket missing)", nm="NM-telegraf-status")
def _(i, v):
    dt = when()
    return ("%s E! [agent] Error writing to outputs.influxdb_v2: failed to write metric to scada-events (404 Not Found): "
            "not found: bucket \"scada-events\" not found" % ts_iso_s(dt))


@G("telegraf_bucket_401", "influx-writer", 2,
   "Telegraf write to bucket scada-events fails 401 Unauthorized (token revoked)", nm="NM-telegraf-status")
def _(i, v):
    dt = when()
    return ("%s E! [agent] Error writing to outputs.influxdb_v2: failed to write metric to scada-events (401 Unauthorized): "
            "unauthorized: unauthorized access" % ts_iso_s(dt))


# ====================================================== timescale-loader (Python, psycopg2)
def py_head(dt, logger, msg):
    return "%s ERROR %s [%d] %s" % (ts_comma(dt), logger, ri(7, 400), msg)


def copy_unique(table, keycols, keyval):
    dt = when()
    hyper = {"readings_raw": 1, "readings_15m": 4}[table]
    return (py_head(dt, "loader.copy", "COPY of batch %s into %s failed (rows=%d)" % (uid(), table, ri(500, 20000)))
            + "\nTraceback (most recent call last):\n"
            "  File \"/app/loader/copy.py\", line 88, in flush\n"
            "    cur.copy_expert(self.copy_sql, buf)\n"
            "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"_hyper_%d_%d_chunk_%s_pkey\"\n"
            "DETAIL:  Key (%s)=(%s) already exists.\n"
            "CONTEXT:  COPY %s, line %d" % (hyper, ri(900, 2600), table, keycols, keyval, table, ri(2, 20000)))


@G("tsdb_dup_readings_raw", "timescale-loader", 4,
   "COPY into hypertable readings_raw violates readings_raw_pkey (redelivered Kafka batch)",
   nm="NM-tsdb-unique")
def _(i, v):
    d = when()
    return copy_unique("readings_raw", "meter_id, read_at", "%s, %s:%02d:00+00" % (meter_id(), d.strftime("%Y-%m-%d %H"), pick([0, 15, 30, 45])))


@G("tsdb_dup_readings_15m", "timescale-loader", 3,
   "COPY into hypertable readings_15m violates readings_15m_pkey (aggregate re-run without upsert)",
   nm="NM-tsdb-unique")
def _(i, v):
    d = when()
    return copy_unique("readings_15m", "meter_id, bucket", "%s, %s:%02d:00+00" % (meter_id(), d.strftime("%Y-%m-%d %H"), pick([0, 15, 30, 45])))


@G("tsdb_update_compressed_chunk", "timescale-loader", 3,
   "Register corrections UPDATE hits a compressed TimescaleDB chunk (FeatureNotSupported)")
def _(i, v):
    dt = when()
    return (py_head(dt, "loader.corrections", "applying %d register corrections for %s failed" % (ri(2, 400), meter_id()))
            + "\nTraceback (most recent call last):\n"
            "  File \"/app/loader/corrections.py\", line 64, in apply\n"
            "    cur.executemany(UPDATE_SQL, rows)\n"
            "  File \"/usr/local/lib/python3.11/site-packages/psycopg2/extras.py\", line 236, in execute\n"
            "    return super().execute(query, vars)\n"
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "psycopg2.errors.FeatureNotSupported: cannot update/delete rows from chunk \"_hyper_1_%d_chunk\" as it is compressed"
            % ri(400, 1700))


@G("tsdb_ssl_eof_rollback", "timescale-loader", 2,
   "COPY dies with SSL SYSCALL EOF, then rollback raises InterfaceError connection already closed (chained traceback)")
def _(i, v):
    dt = when()
    return (py_head(dt, "loader.copy", "COPY of batch %s into readings_raw failed (rows=%d)" % (uid(), ri(500, 20000)))
            + "\nTraceback (most recent call last):\n"
            "  File \"/app/loader/copy.py\", line 88, in flush\n"
            "    cur.copy_expert(self.copy_sql, buf)\n"
            "psycopg2.OperationalError: SSL SYSCALL error: EOF detected\n\n"
            "During handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n"
            "  File \"/app/loader/copy.py\", line 95, in flush\n"
            "    self.conn.rollback()\n"
            "psycopg2.InterfaceError: connection already closed")


# ====================================================== prom-remote-write (Prometheus agent -> Mimir)
def prw(err):
    dt = when()
    return ("ts=%s caller=dedupe.go:112 component=remote level=error remote_name=%s url=https://mimir.gridco.internal/api/v1/push "
            "msg=\"non-recoverable error\" count=%d exemplarCount=0 err=\"server returned HTTP status 400 Bad Request: %s\""
            % (ts_iso_ms(dt), hx(6), ri(50, 2000), err))


@G("prw_out_of_order", "prom-remote-write", 4,
   "Mimir rejects samples: err-mimir-sample-out-of-order (meter_import_kwh_total)", nm="NM-prw-mimir")
def _(i, v):
    d = when()
    return prw("failed pushing to ingester mimir-ingester-zone-%s-%d: user=scada: the sample has been rejected because another sample with a "
               "more recent timestamp has already been ingested and out-of-order samples are not allowed (err-mimir-sample-out-of-order). "
               "The affected sample has timestamp %s and is from series meter_import_kwh_total{feeder=\\\"%s-F%d\\\", instance=\\\"%s:9100\\\", job=\\\"scada-exporter\\\"}"
               % (pick("abc"), ri(0, 5), ts_iso_ms(d), pick(SUBSTATIONS), ri(1, 12), ip()))


@G("prw_label_too_long", "prom-remote-write", 2,
   "Mimir rejects series: err-mimir-label-value-too-long (alarm_text label on scada_alarm_active)", nm="NM-prw-mimir")
def _(i, v):
    sub = pick(SUBSTATIONS)
    txt = "%s F%d CB%d TRIP - EARTH FAULT PROT OPERATED - AR LOCKOUT - PH %s - IF=%dA" % (sub, ri(1, 12), ri(10, 99), pick(["A", "B", "C"]), ri(300, 9000))
    return prw("received a series whose label value length exceeds the limit, label: 'alarm_text', value: '%s' (truncated) series: "
               "'scada_alarm_active{alarm_text=\\\"%s' (err-mimir-label-value-too-long). To adjust the related per-tenant limit, "
               "configure -validation.max-length-label-value, or contact your service administrator." % (txt[:40], txt[:60]))


@G("prw_max_series", "prom-remote-write", 3,
   "Mimir rejects samples: err-mimir-max-series-per-user (tenant series limit)", nm="NM-prw-mimir")
def _(i, v):
    return prw("failed pushing to ingester mimir-ingester-zone-%s-%d: user=scada: per-user series limit of 1500000 exceeded "
               "(err-mimir-max-series-per-user). To adjust the related per-tenant limit, configure -ingester.max-global-series-per-user, "
               "or contact your service administrator. This is for series {__name__=\\\"meter_voltage_v\\\", meter=\\\"%s\\\", phase=\\\"%s\\\"}"
               % (pick("abc"), ri(0, 5), meter_id(), pick(["L1", "L2", "L3"])))


# ====================================================== load-forecast (Python, pandas/sklearn, Prefect 2)
SP = "/usr/local/lib/python3.11/site-packages/"
PREFECT_TASK = (
    "  File \"" + SP + "prefect/engine.py\", line 2103, in orchestrate_task_run\n"
    "    result = await call.aresult()\n"
    "             ^^^^^^^^^^^^^^^^^^^^\n"
    "  File \"" + SP + "prefect/_internal/concurrency/calls.py\", line 293, in aresult\n"
    "    return await asyncio.wrap_future(self.future)\n"
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
    "  File \"" + SP + "prefect/_internal/concurrency/calls.py\", line 318, in _run_sync\n"
    "    result = self.fn(*self.args, **self.kwargs)\n"
    "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n")


def prefect_task(task, body):
    dt = when()
    return ("%s.%s | ERROR   | Task run '%s-%d' - Encountered exception during execution:\nTraceback (most recent call last):\n"
            % (dt.strftime("%H:%M:%S"), ms(dt), task, ri(0, 47)) + PREFECT_TASK + body)


@G("forecast_sklearn_nan", "load-forecast", 3,
   "GradientBoostingRegressor.fit gets NaN features (gaps in SCADA load history)")
def _(i, v):
    return prefect_task("fit_feeder_model", (
        "  File \"/app/forecast/flows/feeder_load.py\", line 74, in fit_feeder_model\n"
        "    model.fit(X_train, y_train)\n"
        "  File \"" + SP + "sklearn/base.py\", line 1151, in wrapper\n"
        "    return fit_method(estimator, *args, **kwargs)\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "sklearn/ensemble/_gb.py\", line 429, in fit\n"
        "    X, y = self._validate_data(\n"
        "           ^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "sklearn/base.py\", line 621, in _validate_data\n"
        "    X, y = check_X_y(X, y, **check_params)\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "sklearn/utils/validation.py\", line 1147, in check_X_y\n"
        "    X = check_array(\n"
        "        ^^^^^^^^^^^^\n"
        "  File \"" + SP + "sklearn/utils/validation.py\", line 959, in check_array\n"
        "    _assert_all_finite(\n"
        "  File \"" + SP + "sklearn/utils/validation.py\", line 124, in _assert_all_finite\n"
        "    _assert_all_finite_element_wise(\n"
        "  File \"" + SP + "sklearn/utils/validation.py\", line 173, in _assert_all_finite_element_wise\n"
        "    raise ValueError(msg_err)\n"
        "ValueError: Input X contains NaN.\n"
        "GradientBoostingRegressor does not accept missing values encoded as NaN natively. For supervised learning, you might want to "
        "consider sklearn.ensemble.HistGradientBoostingClassifier and Regressor which accept missing values encoded as NaNs natively. "
        "Alternatively, it is possible to preprocess the data, for instance by using an imputer transformer in a pipeline or drop samples "
        "with missing values. See https://scikit-learn.org/stable/modules/impute.html You can find a list of all estimators that handle "
        "NaN values at the following page: https://scikit-learn.org/stable/modules/impute.html#estimators-that-handle-nan-values"))


def caret_for(src, col):
    sub = 'df["%s"]' % col
    return " " * src.index(sub) + "~~" + "^" * (len(sub) - 2)


def pandas_keyerror(col, line, src, caret):
    return prefect_task("build_weather_features", (
        "  File \"/app/forecast/features.py\", line %d, in build_weather_features\n" % line + src + "\n" + caret + "\n"
        "  File \"" + SP + "pandas/core/frame.py\", line 3893, in __getitem__\n"
        "    indexer = self.columns.get_loc(key)\n"
        "              ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "pandas/core/indexes/base.py\", line 3798, in get_loc\n"
        "    raise KeyError(key) from err\n"
        "KeyError: '%s'" % col)).replace(
        "Traceback (most recent call last):\n",
        "Traceback (most recent call last):\n"
        "  File \"" + SP + "pandas/core/indexes/base.py\", line 3791, in get_loc\n"
        "    return self._engine.get_loc(casted_key)\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"index.pyx\", line 152, in pandas._libs.index.IndexEngine.get_loc\n"
        "  File \"index.pyx\", line 181, in pandas._libs.index.IndexEngine.get_loc\n"
        "  File \"pandas/_libs/hashtable_class_helper.pxi\", line 7080, in pandas._libs.hashtable.PyObjectHashTable.get_item\n"
        "  File \"pandas/_libs/hashtable_class_helper.pxi\", line 7088, in pandas._libs.hashtable.PyObjectHashTable.get_item\n"
        "KeyError: '%s'\n\nThe above exception was the direct cause of the following exception:\n\n"
        "Traceback (most recent call last):\n" % col, 1)


@G("forecast_keyerror_temp", "load-forecast", 3,
   "Weather feed lacks column temp_c (chained pandas KeyError in build_weather_features)", nm="NM-forecast-keyerror")
def _(i, v):
    src = "    df[\"hdd\"] = (15.5 - df[\"temp_c\"]).clip(lower=0)"
    return pandas_keyerror("temp_c", 57, src, caret_for(src, "temp_c"))


@G("forecast_keyerror_irradiance", "load-forecast", 2,
   "Weather feed lacks column ghi_wm2 (chained pandas KeyError in build_weather_features)", nm="NM-forecast-keyerror")
def _(i, v):
    src = "    df[\"pv_proxy\"] = df[\"ghi_wm2\"] * PV_CAPACITY_KW / 1000.0"
    return pandas_keyerror("ghi_wm2", 63, src, caret_for(src, "ghi_wm2"))


@G("forecast_flow_crash_api500", "load-forecast", 4,
   "Prefect flow run crashes: PrefectHTTPStatusError 500 on set_state; flow run name (adjective-animal) varies (digit-free)",
   df=["amber-okapi", "crimson-lemur", "witty-gazelle", "dapper-heron"])
def _(i, v):
    dt = when()
    return ("%s.%s | ERROR   | Flow run '%s' - Crash detected! Execution was interrupted by an unexpected exception: "
            "PrefectHTTPStatusError: Server error '500 Internal Server Error' for url "
            "'http://prefect-server.forecast.svc:4200/api/flow_runs/%s/set_state'\n"
            "Response: {'exception_message': 'Internal Server Error'}\n"
            "For more information check: https://httpstatuses.com/500" % (dt.strftime("%H:%M:%S"), ms(dt), v, uid()))


def tz_localize(exc_line, pyx_line):
    return prefect_task("load_halfhourly_demand", (
        "  File \"/app/forecast/ingest/halfhourly.py\", line 39, in load_halfhourly_demand\n"
        "    df.index = df.index.tz_localize(\"Europe/London\")\n"
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "pandas/core/indexes/datetimes.py\", line 291, in tz_localize\n"
        "    arr = self._data.tz_localize(tz, ambiguous, nonexistent)\n"
        "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "pandas/core/arrays/_mixins.py\", line 81, in method\n"
        "    return meth(self, *args, **kwargs)\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"" + SP + "pandas/core/arrays/datetimes.py\", line 1088, in tz_localize\n"
        "    new_dates = tzconversion.tz_localize_to_utc(\n"
        "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"tzconversion.pyx\", line %d, in pandas._libs.tslibs.tzconversion.tz_localize_to_utc\n" % pyx_line
        + exc_line))


@G("forecast_dst_nonexistent", "load-forecast", 3,
   "tz_localize of naive half-hourly index hits spring-forward gap: NonExistentTimeError", nm="NM-forecast-dst")
def _(i, v):
    day = ["2022-03-27", "2023-03-26", "2024-03-31"][i]
    return tz_localize("pytz.exceptions.NonExistentTimeError: %s 01:%02d:00" % (day, pick([0, 30])), 371)


@G("forecast_dst_ambiguous", "load-forecast", 2,
   "tz_localize of naive half-hourly index hits autumn fall-back: AmbiguousTimeError", nm="NM-forecast-dst")
def _(i, v):
    day = ["2022-10-30", "2023-10-29"][i]
    return tz_localize("pytz.exceptions.AmbiguousTimeError: Cannot infer dst time from %s 01:00:00, try using the 'ambiguous' argument" % day, 431)


# ====================================================== dagster-etl (Dagster)
DAG_OUTER = (
    "  File \"" + SP + "dagster/_core/execution/plan/execute_plan.py\", line 286, in dagster_event_sequence_for_step\n"
    "    for step_event in check.generator(step_events):\n"
    "  File \"" + SP + "dagster/_core/execution/plan/execute_step.py\", line 519, in core_dagster_event_sequence_for_step\n"
    "    for user_event in _step_output_error_checked_user_event_sequence(\n"
    "  File \"" + SP + "dagster/_core/execution/plan/execute_step.py\", line 201, in _step_output_error_checked_user_event_sequence\n"
    "    for user_event in user_event_sequence:\n"
    "  File \"" + SP + "dagster/_core/execution/plan/execute_step.py\", line 99, in _process_asset_results_to_events\n"
    "    for user_event in user_event_sequence:\n"
    "  File \"" + SP + "dagster/_core/execution/plan/compute.py\", line 214, in execute_core_compute\n"
    "    for step_output in _yield_compute_results(step_context, inputs, compute_fn, compute_context):\n"
    "  File \"" + SP + "dagster/_core/execution/plan/compute.py\", line 183, in _yield_compute_results\n"
    "    for event in iterate_with_context(\n"
    "  File \"" + SP + "dagster/_utils/__init__.py\", line 465, in iterate_with_context\n"
    "    with context_fn():\n"
    "  File \"/usr/local/lib/python3.11/contextlib.py\", line 158, in __exit__\n"
    "    self.gen.throw(typ, value, traceback)\n"
    "  File \"" + SP + "dagster/_core/execution/plan/utils.py\", line 84, in op_execution_error_boundary\n"
    "    raise error_cls(\n")
DAG_INNER = (
    "  File \"" + SP + "dagster/_core/execution/plan/utils.py\", line 54, in op_execution_error_boundary\n"
    "    yield\n"
    "  File \"" + SP + "dagster/_utils/__init__.py\", line 467, in iterate_with_context\n"
    "    next_output = next(iterator)\n"
    "                  ^^^^^^^^^^^^^^\n"
    "  File \"" + SP + "dagster/_core/execution/plan/compute_generator.py\", line 131, in _coerce_op_compute_fn_to_iterator\n"
    "    result = invoke_compute_fn(\n"
    "             ^^^^^^^^^^^^^^^^^^\n"
    "  File \"" + SP + "dagster/_core/execution/plan/compute_generator.py\", line 125, in invoke_compute_fn\n"
    "    return fn(context, **args_to_pass) if context_arg_provided else fn(**args_to_pass)\n"
    "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n")


def dagster_fail(job, op, cause, app):
    dt = when()
    return ("%s +0000 - dagster - ERROR - %s - %s - %d - %s - STEP_FAILURE - Execution of step \"%s\" failed.\n\n"
            "dagster._core.errors.DagsterExecutionStepExecutionError: Error occurred while executing op \"%s\":\n\n"
            % (dt.strftime("%Y-%m-%d %H:%M:%S"), job, uid(), ri(20, 9000), op, op, op)
            + DAG_OUTER + "\nThe above exception was caused by the following exception:\n" + cause + "\n\n" + DAG_INNER + app).rstrip("\n")


SETTLE_APP = (
    "  File \"/app/etl/ops/settlement.py\", line 41, in fetch_metered_volumes\n"
    "    resp.raise_for_status()\n"
    "  File \"" + SP + "requests/models.py\", line 1021, in raise_for_status\n"
    "    raise HTTPError(http_error_msg, response=self)\n")


def settle_url():
    d = when() - timedelta(days=ri(1, 14))
    return "https://api.emr-settlement.co.uk/v1/metered-volumes?settlementDate=%s&run=SF&page=%d" % (d.strftime("%Y-%m-%d"), ri(1, 40))


@G("dagster_settlement_503", "dagster-etl", 3,
   "op fetch_metered_volumes fails: innermost requests HTTPError 503 Service Unavailable", nm="NM-dagster-http")
def _(i, v):
    return dagster_fail("settlement_daily_job", "fetch_metered_volumes",
                        "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: " + settle_url(), SETTLE_APP)


@G("dagster_settlement_401", "dagster-etl", 2,
   "op fetch_metered_volumes fails: innermost requests HTTPError 401 Unauthorized (expired API key)", nm="NM-dagster-http")
def _(i, v):
    return dagster_fail("settlement_daily_job", "fetch_metered_volumes",
                        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: " + settle_url(), SETTLE_APP)


@G("dagster_pg_slots", "dagster-etl", 1,
   "op load_hourly_partitions fails: TimescaleDB connection slots exhausted")
def _(i, v):
    return dagster_fail("scada_backfill_job", "load_hourly_partitions",
                        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"timescale-prod.gridco.internal\" "
                        "(%s), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections\n\n"
                        "(Background on this error at: https://sqlalche.me/e/20/e3q8)" % ip(),
                        "  File \"/app/etl/ops/scada.py\", line 112, in load_hourly_partitions\n"
                        "    with engine.begin() as conn:\n"
                        "  File \"" + SP + "sqlalchemy/engine/base.py\", line 3268, in connect\n"
                        "    return self._connection_cls(self)\n"
                        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
                        "  File \"" + SP + "psycopg2/__init__.py\", line 122, in connect\n"
                        "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\n"
                        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n")


# ====================================================== field-service-api (.NET 8, JSON console logger)
MVC = [
    "Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeNextActionFilterAsync>g__Awaited|10_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Rethrow(ActionExecutedContextSealed context)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope& scope, Object& state, Boolean& isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeInnerFilterAsync>g__Awaited|13_0(ControllerActionInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeFilterPipelineAsync>g__Awaited|20_0(ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Awaited|17_0(ResourceInvoker invoker, Task task, IDisposable scope)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeAsync>g__Awaited|17_0(ResourceInvoker invoker, Task task, IDisposable scope)",
    "Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)",
    "Microsoft.AspNetCore.Authorization.AuthorizationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Authentication.AuthenticationMiddleware.Invoke(HttpContext context)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
]


def kestrel_conn():
    return "0HN" + "".join("0123456789ABCDEFGHIJKLMNOPQRSTUV"[R.randrange(32)] for _ in range(10))


def scopes(path):
    span, trace, conn = hx(16), hx(32), kestrel_conn()
    rid = "%s:%08X" % (conn, ri(1, 40))
    return [{"Message": "SpanId:%s, TraceId:%s, ParentId:0000000000000000" % (span, trace), "SpanId": span, "TraceId": trace,
             "ParentId": "0000000000000000"},
            {"Message": "ConnectionId:%s" % conn, "ConnectionId": conn},
            {"Message": "RequestPath:%s RequestId:%s" % (path, rid), "RequestId": rid, "RequestPath": path}]


def unhandled(app_frames, path):
    dt = when()
    m = "An unhandled exception has occurred while executing the request."
    exc = ("System.NullReferenceException: Object reference not set to an instance of an object.\n"
           + "\n".join("   at " + f for f in app_frames + MVC))
    return dotnet_json({"Timestamp": ts_iso_ms(dt), "EventId": 1, "LogLevel": "Error",
                        "Category": "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", "Message": m,
                        "Exception": exc, "State": {"Message": m, "{OriginalFormat}": m}, "Scopes": scopes(path)})


@G("fieldsvc_nre_assign_crew", "field-service-api", 3,
   "NullReferenceException thrown in WorkOrderService.AssignCrewAsync", nm="NM-fieldsvc-nre")
def _(i, v):
    return unhandled([
        "FieldService.Api.Services.WorkOrderService.AssignCrewAsync(Guid workOrderId, String crewCode, CancellationToken ct) in /src/FieldService.Api/Services/WorkOrderService.cs:line 118",
        "FieldService.Api.Controllers.WorkOrdersController.Assign(Guid id, AssignCrewRequest request, CancellationToken ct) in /src/FieldService.Api/Controllers/WorkOrdersController.cs:line 64"],
        "/api/workorders/%s/assign" % uid())


@G("fieldsvc_nre_meter_exchange", "field-service-api", 2,
   "NullReferenceException thrown in MeterExchangeService.CompleteAsync", nm="NM-fieldsvc-nre")
def _(i, v):
    return unhandled([
        "FieldService.Api.Services.MeterExchangeService.CompleteAsync(Guid workOrderId, MeterExchangeRequest request, CancellationToken ct) in /src/FieldService.Api/Services/MeterExchangeService.cs:line 203",
        "FieldService.Api.Controllers.WorkOrdersController.CompleteExchange(Guid id, MeterExchangeRequest request, CancellationToken ct) in /src/FieldService.Api/Controllers/WorkOrdersController.cs:line 91"],
        "/api/workorders/%s/meter-exchange" % uid())


EF_INNER = [
    "Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__209_0(Task`1 result)",
    "System.Threading.Tasks.ContinuationResultTaskFromResultTask`2.InnerInvoke()",
    "System.Threading.ExecutionContext.RunInternal(ExecutionContext executionContext, ContextCallback callback, Object state)",
]
EF_OUTER = [
    "Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Update.Internal.SqlServerModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Update.Internal.BatchExecutor.ExecuteAsync(IEnumerable`1 commandBatches, IRelationalConnection connection, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.Storage.RelationalDatabase.SaveChangesAsync(IList`1 entries, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(StateManager stateManager, Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal.SqlServerExecutionStrategy.ExecuteAsync[TState,TResult](TState state, Func`4 operation, Func`4 verifySucceeded, CancellationToken cancellationToken)",
    "Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
    "FieldService.Api.Sync.SapOrderImporter.ImportAsync(SapWorkOrder order, CancellationToken ct) in /src/FieldService.Api/Sync/SapOrderImporter.cs:line 93",
    "FieldService.Api.Sync.SapOrderImporter.ExecuteAsync(CancellationToken stoppingToken) in /src/FieldService.Api/Sync/SapOrderImporter.cs:line 47",
]


def ef_fail(sqlmsg, errline):
    dt = when()
    order = "%012d" % ri(4100000000, 4109999999)
    exc = ("Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
           " ---> Microsoft.Data.SqlClient.SqlException (0x80131904): " + sqlmsg.replace("{order}", order) + "\nThe statement has been terminated.\n"
           + "\n".join("   at " + f for f in EF_INNER) + "\n--- End of stack trace from previous location ---\n"
           "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)\n"
           "   at Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)\n"
           "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n"
           "ClientConnectionId:%s\n%s\n   --- End of inner exception stack trace ---\n" % (uid(), errline)
           + "\n".join("   at " + f for f in EF_OUTER))
    m = "Failed to import SAP work order %s (sync run %s)" % (order, uid())
    return dotnet_json({"Timestamp": ts_iso_ms(dt), "EventId": 0, "LogLevel": "Error",
                        "Category": "FieldService.Api.Sync.SapOrderImporter", "Message": m, "Exception": exc,
                        "State": {"Message": m, "SapOrderNumber": order, "{OriginalFormat}": "Failed to import SAP work order {SapOrderNumber} (sync run {SyncRunId})"}})


@G("fieldsvc_dbupdate_duplicate", "field-service-api", 3,
   "SAP order import: DbUpdateException, innermost SqlException 2601 duplicate key on IX_WorkOrders_SapOrderNumber",
   nm="NM-fieldsvc-dbupdate")
def _(i, v):
    return ef_fail("Cannot insert duplicate key row in object 'dbo.WorkOrders' with unique index 'IX_WorkOrders_SapOrderNumber'. "
                   "The duplicate key value is ({order}).", "Error Number:2601,State:1,Class:14")


@G("fieldsvc_dbupdate_fk_servicepoint", "field-service-api", 3,
   "SAP order import: DbUpdateException, innermost SqlException 547 FK_WorkOrders_ServicePoints_ServicePointId conflict",
   nm="NM-fieldsvc-dbupdate")
def _(i, v):
    return ef_fail("The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_WorkOrders_ServicePoints_ServicePointId\". "
                   "The conflict occurred in database \"FieldService\", table \"dbo.ServicePoints\", column 'Id'.",
                   "Error Number:547,State:0,Class:16")


@G("fieldsvc_no_crew_membership", "field-service-api", 4,
   "Claims transformation finds no crew membership for an operator (Entra group sync broken); operator user name varies (digit-free)",
   df=["jmartinez", "aokafor", "dbrennan", "lnowak"])
def _(i, v):
    dt = when()
    fmt = "No crew membership found for operator {Operator}; dispatch board access denied"
    m = fmt.replace("{Operator}", v)
    return dotnet_json({"Timestamp": ts_iso_ms(dt), "EventId": 4102, "LogLevel": "Error",
                        "Category": "FieldService.Api.Auth.CrewClaimsTransformation", "Message": m,
                        "State": {"Message": m, "Operator": v, "{OriginalFormat}": fmt},
                        "Scopes": scopes("/api/dispatch/board")})


# ====================================================== sap-isu-bridge (Java, SAP JCo 3, log4j2)
JCO_EXEC = [
    "com.sap.conn.jco.rt.MiddlewareJavaRfc$JavaRfcClient.execute(MiddlewareJavaRfc.java:1839)",
    "com.sap.conn.jco.rt.ClientConnection.execute(ClientConnection.java:1247)",
    "com.sap.conn.jco.rt.ClientConnection.execute(ClientConnection.java:1067)",
    "com.sap.conn.jco.rt.RfcDestination.execute(RfcDestination.java:1490)",
    "com.sap.conn.jco.rt.RfcDestination.execute(RfcDestination.java:1461)",
    "com.sap.conn.jco.rt.AbstractFunction.execute(AbstractFunction.java:308)",
    "com.gridco.sap.isu.MeterReadUploader.upload(MeterReadUploader.java:118)",
    "com.gridco.sap.isu.MeterReadUploader.lambda$uploadAll$2(MeterReadUploader.java:84)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]
JCO_CONNECT = [
    "com.sap.conn.jco.rt.MiddlewareJavaRfc.generateJCoException(MiddlewareJavaRfc.java:632)",
    "com.sap.conn.jco.rt.MiddlewareJavaRfc$JavaRfcClient.connect(MiddlewareJavaRfc.java:1440)",
    "com.sap.conn.jco.rt.ClientConnection.connect(ClientConnection.java:770)",
    "com.sap.conn.jco.rt.PoolingFactory.init(PoolingFactory.java:111)",
    "com.sap.conn.jco.rt.ConnectionManager.createFactory(ConnectionManager.java:295)",
    "com.sap.conn.jco.rt.DefaultConnectionManager.createFactory(DefaultConnectionManager.java:46)",
    "com.sap.conn.jco.rt.ConnectionManager.getFactory(ConnectionManager.java:262)",
    "com.sap.conn.jco.rt.RfcDestination.initialize(RfcDestination.java:812)",
    "com.sap.conn.jco.rt.RfcDestination.getSystemID(RfcDestination.java:1121)",
    "com.sap.conn.jco.rt.RfcDestination.getRepository(RfcDestination.java:1209)",
    "com.gridco.sap.isu.MeterReadUploader.upload(MeterReadUploader.java:109)",
    "com.gridco.sap.isu.MeterReadUploader.lambda$uploadAll$2(MeterReadUploader.java:84)",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "java.base/java.lang.Thread.run(Thread.java:833)",
]


def sap_head():
    dt = when()
    return l4j(dt, "mr-upload-%d" % ri(1, 8), "c.g.s.i.MeterReadUploader",
               "RFC Z_ISU_MR_UPLOAD failed for batch %s (%d readings, portion %s)"
               % (uid(), ri(1, 2000), pick(["MR01", "MR02", "MR03", "MR04"]))), dt


def device_no():
    return "%018d" % ri(10 ** 9, 10 ** 10)


@G("sap_abap_device_not_found", "sap-isu-bridge", 3,
   "Z_ISU_MR_UPLOAD raises ABAP exception DEVICE_NOT_FOUND (meter exchange not yet in IS-U)", nm="NM-sap-abap")
def _(i, v):
    head, _dt = sap_head()
    return head + "\ncom.sap.conn.jco.AbapException: (126) DEVICE_NOT_FOUND: Device %s does not exist" % device_no() + at(JCO_EXEC)


@G("sap_abap_register_mismatch", "sap-isu-bridge", 2,
   "Z_ISU_MR_UPLOAD raises ABAP exception REGISTER_MISMATCH (register config differs from head-end)", nm="NM-sap-abap")
def _(i, v):
    head, _dt = sap_head()
    return head + "\ncom.sap.conn.jco.AbapException: (126) REGISTER_MISMATCH: Register structure of device %s differs from installation" % device_no() + at(JCO_EXEC)


@G("sap_jco_communication", "sap-isu-bridge", 3,
   "JCo (102) JCO_ERROR_COMMUNICATION: SAP gateway not reached (connection refused)", nm="NM-sap-jco")
def _(i, v):
    head, dt = sap_head()
    return (head + "\ncom.sap.conn.jco.JCoException: (102) JCO_ERROR_COMMUNICATION: Connect to SAP gateway failed\n"
            "Connection parameters: TYPE=A DEST=ISU_PRD ASHOST=sapisu-prd.gridco.internal SYSNR=00 PCS=1\n\n"
            "LOCATION    CPIC (TCP/IP) on local host with Unicode\n"
            "ERROR       partner 'sapisu-prd.gridco.internal:sapgw00' not reached\n\n"
            "TIME        %s\nRELEASE     753\nCOMPONENT   NI (network interface)\nVERSION     40\nRC          -10\n"
            "MODULE      /bas/753_REL/src/base/ni/nixxi.cpp\nLINE        3286\nDETAIL      NiPConnect2: 10.20.4.11:3300\n"
            "SYSTEM CALL connect\nERRNO       111\nERRNO TEXT  Connection refused\nCOUNTER     %d" % (ts_ctime(dt), ri(1, 40))
            + at(JCO_CONNECT))


@G("sap_jco_logon_failure", "sap-isu-bridge", 2,
   "JCo (103) JCO_ERROR_LOGON_FAILURE: RFC user password wrong", nm="NM-sap-jco")
def _(i, v):
    head, dt = sap_head()
    return (head + "\ncom.sap.conn.jco.JCoException: (103) JCO_ERROR_LOGON_FAILURE: Name or password is incorrect (repeat logon) "
            "on sapisu-prd.gridco.internal sysnr 00" + at(JCO_CONNECT))


# ====================================================== gis-network (Spring Boot 3, PostGIS)
def boot3(dt, thread, logger, msg):
    return "%s ERROR 1 --- [gis-network] [%s] %s : %s" % (ts_iso_ms(dt), thread[-15:].rjust(15), logger.ljust(40), msg)


PG_EXEC = [
    "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
    "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
    "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
    "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
    "org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)",
    "org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)",
]
INSERT_SQL = "INSERT INTO network.lv_cable_segment (asset_id, feeder_id, voltage_kv, geom) VALUES (?, ?, ?, ST_GeomFromWKB(?, 4326))"


def gis_insert(err):
    dt = when()
    head = boot3(dt, "scheduling-1", "c.g.gis.network.CableImportService",
                 "Import of cable segment LV-%07d (feeder %s-F%d) from GE Smallworld export failed" % (ri(1, 9999999), pick(SUBSTATIONS), ri(1, 12)))
    return (head + "\norg.springframework.dao.DataIntegrityViolationException: PreparedStatementCallback; SQL [" + INSERT_SQL + "]; " + err
            + at(["org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:118)",
                  "org.springframework.jdbc.support.AbstractFallbackSQLExceptionTranslator.translate(AbstractFallbackSQLExceptionTranslator.java:107)",
                  "org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1548)",
                  "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:677)",
                  "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:970)",
                  "org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1015)",
                  "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.update(NamedParameterJdbcTemplate.java:365)",
                  "com.gridco.gis.network.CableSegmentRepository.insert(CableSegmentRepository.java:58)",
                  "com.gridco.gis.network.CableImportService.importSegment(CableImportService.java:121)",
                  "com.gridco.gis.network.CableImportService.runImport(CableImportService.java:77)",
                  "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                  "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
                  "org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)",
                  "org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)",
                  "java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)",
                  "java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)",
                  "java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
                  "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
                  "java.base/java.lang.Thread.run(Thread.java:1583)"])
            + "\nCaused by: org.postgresql.util.PSQLException: " + err
            + at(PG_EXEC + ["org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)",
                            "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
                            "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
                            "org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:973)",
                            "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:658)"])
            + "\n\t... 17 common frames omitted")


@G("gis_srid_mismatch", "gis-network", 3,
   "PostGIS rejects cable insert: Geometry SRID (4326) does not match column SRID (27700)", nm="NM-gis-geom")
def _(i, v):
    return gis_insert("ERROR: Geometry SRID (4326) does not match column SRID (27700)")


@G("gis_geomtype_mismatch", "gis-network", 2,
   "PostGIS rejects cable insert: Geometry type (MultiLineString) does not match column type (LineString)", nm="NM-gis-geom")
def _(i, v):
    return gis_insert("ERROR: Geometry type (MultiLineString) does not match column type (LineString)")


@G("gis_geos_topology", "gis-network", 1,
   "Network trace ST_Intersects raises GEOS TopologyException side location conflict (invalid geometry)")
def _(i, v):
    dt = when()
    err = ("ERROR: GEOSIntersects: TopologyException: side location conflict at %d.%04d %d.%04d. "
           "This can occur if the input geometry is invalid." % (ri(400000, 600000), ri(0, 9999), ri(100000, 300000), ri(0, 9999)))
    sql = ("SELECT s.asset_id FROM network.lv_cable_segment s JOIN network.service_area a ON ST_Intersects(s.geom, a.geom) "
           "WHERE a.feeder_id = ?")
    return (boot3(dt, "http-nio-8080-exec-%d" % ri(1, 200), "c.g.gis.network.TraceController",
                  "Downstream trace for feeder %s-F%d failed" % (pick(SUBSTATIONS), ri(1, 12)))
            + "\norg.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; uncategorized SQLException for SQL ["
            + sql + "]; SQL state [XX000]; error code [0]; " + err
            + at(["org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1549)",
                  "org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:677)",
                  "org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:723)",
                  "org.springframework.jdbc.core.JdbcTemplate.queryForList(JdbcTemplate.java:880)",
                  "com.gridco.gis.network.TraceRepository.downstreamAssets(TraceRepository.java:44)",
                  "com.gridco.gis.network.TraceController.trace(TraceController.java:37)"])
            + "\nCaused by: org.postgresql.util.PSQLException: " + err
            + at(PG_EXEC + ["org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:137)"])
            + "\n\t... 58 common frames omitted")


# ====================================================== meterdata-winsvc (Windows Event Log via CloudWatch agent)
WIN_HOSTS = ["MDM-ALDER", "MDM-BIRCH", "MDM-CEDAR", "MDM-HAZEL"]


def net1026(host, exc):
    frames = ["System.IO.__Error.WinIOError(Int32, System.String)",
              "System.IO.File.InternalMove(System.String, System.String, Boolean)",
              "Gridco.MeterData.Import.DropFolderWatcher.ArchiveFile(System.String)",
              "Gridco.MeterData.Import.DropFolderWatcher.OnCreated(System.Object, System.IO.FileSystemEventArgs)",
              "System.IO.FileSystemWatcher.OnCreated(System.IO.FileSystemEventArgs)",
              "System.IO.FileSystemWatcher.NotifyFileSystemEventArgs(Int32, System.String)",
              "System.IO.FileSystemWatcher.CompletionStatusChanged(UInt32, UInt32, System.Threading.NativeOverlapped*)",
              "System.Threading._IOCompletionCallback.PerformIOCompletionCallback(UInt32, UInt32, System.Threading.NativeOverlapped*)"]
    desc = ("Application: MeterDataSvc.exe\r\nFramework Version: v4.0.30319\r\nDescription: The process was terminated due to an unhandled exception.\r\n"
            "Exception Info: %s\r\n" % exc + "".join("   at " + f + "\r\n" for f in frames))
    return "[Application] [ERROR] [1026] [.NET Runtime] [%s.corp.gridco.local] [%s]" % (host, desc)


@G("win_crash_ioexception", "meterdata-winsvc", 3,
   "MeterDataSvc.exe terminated by unhandled System.IO.IOException in DropFolderWatcher.ArchiveFile (file still locked); host varies (digit-free)",
   nm="NM-win-crash", df=WIN_HOSTS[:3])
def _(i, v):
    return net1026(v, "System.IO.IOException")


@G("win_crash_unauthorized", "meterdata-winsvc", 2,
   "MeterDataSvc.exe terminated by unhandled System.UnauthorizedAccessException in DropFolderWatcher.ArchiveFile (archive ACL)",
   nm="NM-win-crash")
def _(i, v):
    return net1026(WIN_HOSTS[1 + i], "System.UnauthorizedAccessException")


@G("win_scm_logon_failure", "meterdata-winsvc", 3,
   "SCM 7000: Gridco AMR Poller service fails to start due to logon failure (service account rights); host varies (digit-free)",
   df=["MDM-ALDER", "MDM-CEDAR", "MDM-HAZEL"])
def _(i, v):
    return ("[System] [ERROR] [7000] [Service Control Manager] [%s.corp.gridco.local] [The Gridco AMR Poller service failed to start "
            "due to the following error: \r\nThe service did not start due to a logon failure.\r\n]" % v)


# ====================================================== outage-notify (Node.js, pino)
def pino(err, msg, extra):
    dt = when()
    d = {"level": 50, "time": int((dt - datetime(1970, 1, 1)).total_seconds() * 1000), "pid": 1,
         "hostname": "outage-notify-%s-%s" % (hx(10), "".join("bcdfghjklmnpqrstvwxz2456789"[R.randrange(27)] for _ in range(5)))}
    d.update(extra)
    d["err"] = err
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":"))


TWILIO_STACK = ("\n    at success (/app/node_modules/twilio/lib/base/Version.js:79:23)"
                "\n    at Promise_then_fulfilled (/app/node_modules/q/q.js:766:44)"
                "\n    at Promise_done_fulfilled (/app/node_modules/q/q.js:835:31)"
                "\n    at Fulfilled_dispatch [as dispatch] (/app/node_modules/q/q.js:1229:9)"
                "\n    at Pending_become_eachMessage_task (/app/node_modules/q/q.js:1369:30)"
                "\n    at RawTask.call (/app/node_modules/asap/asap.js:40:19)"
                "\n    at flush (/app/node_modules/asap/raw.js:50:29)"
                "\n    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)")


def twilio(code, status, message):
    return pino({"type": "RestException", "message": message, "stack": "Error: " + message + TWILIO_STACK,
                 "status": status, "code": code, "moreInfo": "https://www.twilio.com/docs/errors/%d" % code, "details": {}},
                "outage SMS send failed",
                {"reqId": "req-%d" % ri(1, 99999), "outageId": "OUT-2024-%06d" % ri(1, 99999), "channel": "sms"})


def uk_mobile():
    return "+447700%06d" % ri(0, 999999)


@G("notify_twilio_21211", "outage-notify", 4,
   "Twilio RestException 21211 invalid 'To' number (bad CRM phone format)", nm="NM-notify-twilio")
def _(i, v):
    return twilio(21211, 400, "The 'To' number %s is not a valid phone number." % uk_mobile())


@G("notify_twilio_21610", "outage-notify", 2,
   "Twilio RestException 21610 attempt to send to unsubscribed recipient (STOP list not honoured)", nm="NM-notify-twilio")
def _(i, v):
    return twilio(21610, 400, "Attempt to send to unsubscribed recipient")


@G("notify_typeerror_feeder", "outage-notify", 3,
   "TypeError reading feederName of undefined in renderNotice (outage without feeder)")
def _(i, v):
    m = "Cannot read properties of undefined (reading 'feederName')"
    return pino({"type": "TypeError", "message": m,
                 "stack": "TypeError: " + m +
                 "\n    at renderNotice (/app/src/templates/notice.js:42:31)"
                 "\n    at Array.map (<anonymous>)"
                 "\n    at buildBatch (/app/src/batch.js:88:24)"
                 "\n    at OutageConsumer.handle (/app/src/consumer.js:57:19)"
                 "\n    at async Runner.processEachMessage (/app/node_modules/kafkajs/src/consumer/runner.js:231:9)"},
                "notice rendering failed",
                {"outageId": "OUT-2024-%06d" % ri(1, 99999), "partition": ri(0, 5), "offset": str(ri(100000, 9999999))})


# ====================================================== build, self-check, write
def build():
    events = []
    meta = {}
    seen = set()
    for label in ORDER:
        g = GROUPS[label]
        assert 1 <= g["count"] <= 6, label
        used = []
        for i in range(g["count"]):
            v = g["df"][i % len(g["df"])] if g["df"] else None
            msg = g["fn"](i, v)
            assert isinstance(msg, str) and msg, label
            key = (g["service"], msg)
            assert key not in seen, ("duplicate (service, message)", label)
            seen.add(key)
            if v is not None:
                assert v in msg, (label, v)
                used.append(v)
            events.append({"service": g["service"], "message": msg, "group": label})
        if g["df"]:
            distinct = sorted(set(used))
            assert 3 <= len(distinct) <= 5, (label, distinct)
            assert all(not any(c.isdigit() for c in x) for x in distinct), (label, distinct)
        meta[label] = {"description": g["description"], "service": g["service"], "count": g["count"],
                       "near_miss_set": g["near_miss_set"], "digit_free_variable": bool(g["df"])}
    sets = {}
    for label in ORDER:
        nm = GROUPS[label]["near_miss_set"]
        if nm:
            sets.setdefault(nm, []).append(label)
    for nm, labels in sets.items():
        assert 2 <= len(labels) <= 3, (nm, labels)
        assert len({GROUPS[l]["service"] for l in labels}) == 1, (nm, labels)
    services = {g["service"] for g in GROUPS.values()}
    assert 65 <= len(GROUPS) <= 75, len(GROUPS)
    assert 15 <= len(services) <= 20, len(services)
    assert len(sets) >= 25, len(sets)
    assert 180 <= len(events) <= 220, len(events)
    R.shuffle(events)
    return events, meta


def main():
    out = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    events, meta = build()
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(meta, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("wrote %d events, %d groups, %d services to %s" % (
        len(events), len(meta), len({m["service"] for m in meta.values()}), out))


if __name__ == "__main__":
    main()
