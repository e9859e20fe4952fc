#!/usr/bin/env python3
"""Blind labelled corpus: bank/insurer back-office ERROR events (redteam40).

Writes events.jsonl and groups.json into $UNSEEN_OUT or this script's directory.
Deterministic: fixed seed, no dependence on hash ordering.
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 40040
G = []  # group definitions, in definition order

def grp(label, service, n, desc, nm=None, df=False):
    def deco(fn):
        G.append(dict(label=label, service=service, n=n, desc=desc, nm=nm, df=df, fn=fn))
        return fn
    return deco

# ---------------------------------------------------------------- helpers
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

def dt(r):
    return datetime.datetime(2024, 3, 1) + datetime.timedelta(seconds=r.randint(0, 45 * 86400))

def ts_iso(r):
    return dt(r).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % r.randint(0, 999)

def ts_log(r):
    return dt(r).strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % r.randint(0, 999)

def ts_boot(r):
    return dt(r).strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % r.randint(0, 999)

def ts_was(r):
    d = dt(r)
    return "[%d/%d/%02d %d:%02d:%02d:%03d CET]" % (d.month, d.day, d.year % 100, d.hour, d.minute, d.second, r.randint(0, 999))

def ts_win(d):
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second, "AM" if d.hour < 12 else "PM")

def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))

def alnum(r, n, chars="bcdfghjklmnpqrstvwxz2456789"):
    return "".join(r.choice(chars) for _ in range(n))

def uuid(r):
    h = hexs(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])

def ip(r):
    return "10.%d.%d.%d" % (r.randint(1, 254), r.randint(0, 254), r.randint(1, 254))

def ymd(r):
    return dt(r).strftime("%Y%m%d")

def amount(r):
    return "%d.%02d" % (r.randint(10, 250000), r.randint(0, 99))

def pick(vals, i):
    return vals[i % len(vals)]

# ---------------------------------------------------------------- mq-gateway
MQ_OPEN = """{ts} ERROR [PaymentReplyWorker-{k}] c.a.pay.mq.ReplySender - Unable to send reply for payment instruction PI{mid}
com.ibm.msg.client.jms.DetailedInvalidDestinationException: JMSWMQ2008: Failed to open MQ queue 'PAY.REPLY.OUT'.
JMS attempted to perform an MQOPEN, but IBM MQ reported an error.
Use the linked exception to determine the cause of this error. Check that the specified queue and queue manager are defined correctly.
	at com.ibm.msg.client.wmq.common.internal.Reason.reasonToException(Reason.java:513)
	at com.ibm.msg.client.wmq.internal.WMQMessageProducer.checkJmqiCallSuccess(WMQMessageProducer.java:1117)
Caused by: com.ibm.mq.MQException: JMSCMQ0001: IBM MQ call failed with compcode '2' ('MQCC_FAILED') reason '{rc}' ('{rn}')."""

@grp("mq_open_2035", "mq-gateway", 4, "MQOPEN of PAY.REPLY.OUT fails with reason 2035 MQRC_NOT_AUTHORIZED", nm="nm_mq_open_reason")
def _(r, i):
    return MQ_OPEN.format(ts=ts_log(r), k=r.randint(1, 16), mid=r.randint(10 ** 9, 10 ** 10 - 1), rc=2035, rn="MQRC_NOT_AUTHORIZED")

@grp("mq_open_2085", "mq-gateway", 2, "MQOPEN of PAY.REPLY.OUT fails with reason 2085 MQRC_UNKNOWN_OBJECT_NAME", nm="nm_mq_open_reason")
def _(r, i):
    return MQ_OPEN.format(ts=ts_log(r), k=r.randint(1, 16), mid=r.randint(10 ** 9, 10 ** 10 - 1), rc=2085, rn="MQRC_UNKNOWN_OBJECT_NAME")

MQ_CHAN = """{d} {t} - Process({pid}.{tid}) User(mqm) Program(amqrmppa)
                    Host(mqprd01) Installation(Installation1)
                    VRMF(9.3.0.5) QMgr(QMPAY01)
                    Time({iso})
                    CommentInsert1({chan})
                    CommentInsert2({pid})
                    CommentInsert3({host} ({ip}))

AMQ9999E: Channel '{chan}' to host '{host} ({ip})' ended abnormally.

EXPLANATION:
The channel program running under process ID {pid} for channel '{chan}' ended
abnormally. The host name is '{host} ({ip})'; in some cases the host name
cannot be determined and so is shown as '????'.
ACTION:
Look at previous error messages for the channel program in the error logs to
determine the cause of the failure."""

def mq_chan(r, chan, host):
    d = dt(r)
    return MQ_CHAN.format(d=d.strftime("%m/%d/%Y"), t=ts_win(d).split(" ", 1)[1], pid=r.randint(1000, 65000),
                          tid=r.randint(1, 400), iso=d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randint(0, 999),
                          chan=chan, host=host, ip=ip(r))

@grp("mq_chan_pay", "mq-gateway", 5, "AMQ9999E channel PAY.SVRCONN ended abnormally (remote host name varies)", nm="nm_mq_channel", df=True)
def _(r, i):
    h = pick(["lonbrokergw", "edinclaimsgw", "zurichhub", "dublinops"], i)
    return mq_chan(r, "PAY.SVRCONN", h), h

@grp("mq_chan_claims", "mq-gateway", 2, "AMQ9999E channel CLAIMS.SVRCONN ended abnormally", nm="nm_mq_channel")
def _(r, i):
    return mq_chan(r, "CLAIMS.SVRCONN", "claimsapp")

# ---------------------------------------------------------------- payments-db2
DB2 = """{ts} ERROR [pool-3-thread-{k}] c.a.pay.repo.InstructionDao - {op} failed for instruction PI{pi}
{exc}: DB2 SQL Error: SQLCODE={code}, SQLSTATE={state}, SQLERRMC={errmc}, DRIVER=4.26.14
	at com.ibm.db2.jcc.am.b6.a(b6.java:810)
	at com.ibm.db2.jcc.am.b6.a(b6.java:66)
	at com.ibm.db2.jcc.am.k3.b(k3.java:2388)
	at com.ibm.db2.jcc.am.yo.executeUpdate(yo.java:1140)
	at com.acme.pay.repo.InstructionDao.{meth}(InstructionDao.java:{line})"""

@grp("db2_911", "payments-db2", 4, "UPDATE of instruction status: SQLCODE -911 deadlock/rollback", nm="nm_db2_lock")
def _(r, i):
    return DB2.format(ts=ts_log(r), k=r.randint(1, 24), op="Status update", pi=r.randint(10 ** 9, 10 ** 10 - 1),
                      exc="com.ibm.db2.jcc.am.SqlTransactionRollbackException", code=-911, state="40001", errmc="2",
                      meth="updateStatus", line=231)

@grp("db2_913", "payments-db2", 2, "UPDATE of instruction status: SQLCODE -913 unsuccessful due to deadlock/timeout, no rollback", nm="nm_db2_lock")
def _(r, i):
    return DB2.format(ts=ts_log(r), k=r.randint(1, 24), op="Status update", pi=r.randint(10 ** 9, 10 ** 10 - 1),
                      exc="com.ibm.db2.jcc.am.SqlException", code=-913, state="57033",
                      errmc="00C9008E;00000302;PAYDB.PAYTS01.X'%06X'.X'%02X'" % (r.randint(1, 0xFFFFFF), r.randint(1, 255)),
                      meth="updateStatus", line=231)

@grp("db2_803_instr", "payments-db2", 3, "INSERT duplicate key -803 on PAYSCH.PAYMENT_INSTR", nm="nm_db2_dup")
def _(r, i):
    return DB2.format(ts=ts_log(r), k=r.randint(1, 24), op="Insert", pi=r.randint(10 ** 9, 10 ** 10 - 1),
                      exc="com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException", code=-803, state="23505",
                      errmc="1;PAYSCH.PAYMENT_INSTR", meth="insert", line=118)

@grp("db2_803_benef", "payments-db2", 1, "INSERT duplicate key -803 on PAYSCH.BENEFICIARY", nm="nm_db2_dup")
def _(r, i):
    return DB2.format(ts=ts_log(r), k=r.randint(1, 24), op="Insert", pi=r.randint(10 ** 9, 10 ** 10 - 1),
                      exc="com.ibm.db2.jcc.am.SqlIntegrityConstraintViolationException", code=-803, state="23505",
                      errmc="2;PAYSCH.BENEFICIARY", meth="insert", line=118)

# ---------------------------------------------------------------- core-ledger (Oracle)
ORA_FETCH = """{ts} ERROR [posting-worker-{k}] c.a.ledger.PostingService - Posting failed for batch GLB{b} journal JE-{j}
java.sql.SQLException: {ora}
ORA-06512: at "LEDGER.PKG_FX", line 88
ORA-06512: at "LEDGER.PKG_POSTING", line 412
ORA-06512: at line 1

	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)
	at oracle.jdbc.driver.T4CCallableStatement.executeForRows(T4CCallableStatement.java:1002)
	at com.acme.ledger.PostingService.post(PostingService.java:77)"""

@grp("ora_1403", "core-ledger", 3, "PKG_FX line 88: ORA-01403 no data found", nm="nm_ora_fetch")
def _(r, i):
    return ORA_FETCH.format(ts=ts_log(r), k=r.randint(1, 8), b=r.randint(100000, 999999), j=r.randint(10 ** 7, 10 ** 8),
                            ora="ORA-01403: no data found")

@grp("ora_1422", "core-ledger", 2, "PKG_FX line 88: ORA-01422 exact fetch returns more than requested rows", nm="nm_ora_fetch")
def _(r, i):
    return ORA_FETCH.format(ts=ts_log(r), k=r.randint(1, 8), b=r.randint(100000, 999999), j=r.randint(10 ** 7, 10 ** 8),
                            ora="ORA-01422: exact fetch returns more than requested number of rows")

@grp("ora_00001", "core-ledger", 3, "ORA-00001 unique constraint PK_JOURNAL_LINE in PKG_POSTING")
def _(r, i):
    return ("%s ERROR [posting-worker-%d] c.a.ledger.PostingService - Posting failed for batch GLB%d journal JE-%d\n"
            "java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (LEDGER.PK_JOURNAL_LINE) violated\n"
            "ORA-06512: at \"LEDGER.PKG_POSTING\", line 455\nORA-06512: at line 1\n\n"
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)\n"
            "\tat com.acme.ledger.PostingService.post(PostingService.java:77)"
            % (ts_log(r), r.randint(1, 8), r.randint(100000, 999999), r.randint(10 ** 7, 10 ** 8)))

ORA_TNS = """{ts} ERROR 1 --- [onnection adder] com.zaxxer.hikari.pool.HikariPool        : LedgerPool - Exception during pool initialization.

java.sql.SQLRecoverableException: {msg} (CONNECTION_ID={cid})
	at oracle.jdbc.driver.T4CConnection.handleLogonNetException(T4CConnection.java:892)
	at oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:697)
	at oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1054)
	at com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)
Caused by: oracle.net.ns.NetException: {msg} (CONNECTION_ID={cid})
	at oracle.net.nt.TcpMultiplexer.connect(TcpMultiplexer.java:{ln})"""

def b64(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n)) + "=="

@grp("ora_12541", "core-ledger", 4, "Hikari init: ORA-12541 no listener at ledger DB host", nm="nm_ora_tns")
def _(r, i):
    return ORA_TNS.format(ts=ts_boot(r), cid=b64(r, 22), ln=301,
                          msg="ORA-12541: Cannot connect. No listener at host 10.40.2.17 port 1521.")

@grp("ora_12514", "core-ledger", 2, "Hikari init: ORA-12514 service LEDGERP_RW not registered with listener", nm="nm_ora_tns")
def _(r, i):
    return ORA_TNS.format(ts=ts_boot(r), cid=b64(r, 22), ln=301,
                          msg="ORA-12514: Cannot connect to database. Service LEDGERP_RW is not registered with the listener at host 10.40.2.17 port 1521.")

@grp("ora_00060", "core-ledger", 2, "Alert log ORA-00060 deadlock (trace file pid varies)")
def _(r, i):
    d = dt(r)
    pid = r.randint(10000, 99999)
    return ("%s\nErrors in file /u01/app/oracle/diag/rdbms/ledgerp/LEDGERP1/trace/LEDGERP1_ora_%d.trc:\n"
            "ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. "
            "More info in file /u01/app/oracle/diag/rdbms/ledgerp/LEDGERP1/trace/LEDGERP1_ora_%d.trc."
            % (d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+01:00" % r.randint(0, 999999), pid, pid))

# ---------------------------------------------------------------- claims-db (SQL Server)
MS_PK = """Msg 2627, Level 14, State 1, Procedure dbo.{proc}, Line {line} [Batch Start Line 0]
Violation of PRIMARY KEY constraint '{pk}'. Cannot insert duplicate key in object '{obj}'. The duplicate key value is (CLM-{y}-{c:06d}, {n}).
The statement has been terminated."""

@grp("ms_2627_line", "claims-db", 3, "PK violation PK_ClaimLine in usp_InsertClaimLine", nm="nm_mssql_pk")
def _(r, i):
    return MS_PK.format(proc="usp_InsertClaimLine", line=31, pk="PK_ClaimLine", obj="dbo.ClaimLine",
                        y=r.choice([2023, 2024]), c=r.randint(1, 999999), n=r.randint(1, 12))

@grp("ms_2627_pay", "claims-db", 2, "PK violation PK_ClaimPayment in usp_InsertClaimPayment", nm="nm_mssql_pk")
def _(r, i):
    return MS_PK.format(proc="usp_InsertClaimPayment", line=58, pk="PK_ClaimPayment", obj="dbo.ClaimPayment",
                        y=r.choice([2023, 2024]), c=r.randint(1, 999999), n=r.randint(1, 12))

@grp("ms_1205", "claims-db", 4, "Deadlock victim in usp_SettleClaim (process id varies)")
def _(r, i):
    return ("Msg 1205, Level 13, State 51, Procedure dbo.usp_SettleClaim, Line 44 [Batch Start Line 0]\n"
            "Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen "
            "as the deadlock victim. Rerun the transaction." % r.randint(51, 400))

def ms_login(r, state, user, reason):
    d = dt(r)
    t = d.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % r.randint(0, 99)
    return ("%s Logon       Error: 18456, Severity: 14, State: %d.\n%s Logon       Login failed for user '%s'. Reason: %s [CLIENT: %s]"
            % (t, state, t, user, reason, ip(r)))

@grp("ms_18456_8", "claims-db", 4, "Login failed 18456 state 8 (password mismatch); login name varies", nm="nm_mssql_login", df=True)
def _(r, i):
    u = pick(["svc_claims", "rpt_reader", "etl_loader", "svc_fnol"], i)
    return ms_login(r, 8, u, "Password did not match that for the login provided."), u

@grp("ms_18456_38", "claims-db", 2, "Login failed 18456 state 38 (cannot open database ClaimsDW)", nm="nm_mssql_login")
def _(r, i):
    return ms_login(r, 38, "svc_reporting", "Failed to open the explicitly specified database 'ClaimsDW'.")

# ---------------------------------------------------------------- policy-admin (WebSphere / Liberty)
@grp("was_cwwks1100", "policy-admin", 4, "CWWKS1100A authentication failed; user ID varies", df=True)
def _(r, i):
    u = pick(["mbrennan", "tkowalski", "aokafor", "lfernandes"], i)
    return ("%s %08x com.ibm.ws.security.authentication.internal.jaas.modules.UsernameAndPasswordLoginModule A "
            "CWWKS1100A: Authentication did not succeed for user ID %s. An invalid user ID or password was specified."
            % (ts_was(r), r.randint(0x20, 0x3ff), u)), u

J2CA = "{ts} {tid:08x} FreePool      E   J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource {res}."

@grp("was_j2ca_policy", "policy-admin", 3, "J2CA0045E connection pool exhausted for jdbc/PolicyDS", nm="nm_was_ds")
def _(r, i):
    return J2CA.format(ts=ts_was(r), tid=r.randint(0x20, 0x3ff), res="jdbc/PolicyDS")

@grp("was_j2ca_rating", "policy-admin", 2, "J2CA0045E connection pool exhausted for jdbc/RatingDS", nm="nm_was_ds")
def _(r, i):
    return J2CA.format(ts=ts_was(r), tid=r.randint(0x20, 0x3ff), res="jdbc/RatingDS")

@grp("was_srve_npe", "policy-admin", 3, "SRVE0777E NPE in EndorsementServlet.doPost:214")
def _(r, i):
    return ("%s %08x webapp        E com.ibm.ws.webcontainer.webapp.WebApp logServletError SRVE0293E: [Servlet Error]-[EndorsementServlet]: "
            "java.lang.NullPointerException\n"
            "SRVE0777E: Exception thrown by application class 'com.acme.policy.web.EndorsementServlet.doPost:214'\n"
            "java.lang.NullPointerException\n"
            "\tat com.acme.policy.web.EndorsementServlet.doPost(EndorsementServlet.java:214)\n"
            "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:706)\n"
            "\tat com.ibm.ws.webcontainer.servlet.ServletWrapper.service(ServletWrapper.java:1258)"
            % (ts_was(r), r.randint(0x20, 0x3ff)))

@grp("was_cwwkz", "policy-admin", 1, "CWWKZ0002E app start failure NoClassDefFoundError RuleEngine")
def _(r, i):
    return ("%s %08x com.ibm.ws.app.manager.AppMessageHelper                      E CWWKZ0002E: An exception occurred while starting "
            "the application policy-admin. The exception message was: com.ibm.ws.container.service.state.StateChangeException: "
            "java.lang.NoClassDefFoundError: com/acme/policy/rules/RuleEngine" % (ts_was(r), r.randint(0x20, 0x3ff)))

# ---------------------------------------------------------------- broker-portal (WildFly)
WF = """{ts} ERROR [org.jboss.as.ejb3.invocation] (default task-{k}) WFLYEJB0034: EJB Invocation failed on component CommissionServiceBean for method public void com.acme.broker.commission.CommissionServiceBean.settle(java.lang.Long): javax.ejb.EJBTransactionRolledbackException: Transaction rolled back
	at org.jboss.as.ejb3.tx.CMTTxInterceptor.endTransaction(CMTTxInterceptor.java:138)
	at org.jboss.as.ejb3.tx.CMTTxInterceptor.invokeInOurTx(CMTTxInterceptor.java:275)
	at com.acme.broker.commission.CommissionResource.settle(CommissionResource.java:61)
Caused by: javax.transaction.RollbackException: ARJUNA016053: Could not commit transaction.
	at com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionImple.commitAndDisassociate(TransactionImple.java:1303)
	... 141 more
Caused by: {mid}
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:{hl})
	... 148 more
Caused by: {inner}
	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)
	... 160 more"""

@grp("wf_rb_fk", "broker-portal", 3, "Commission settle rollback; innermost ORA-02291 FK_COMM_AGENT parent key not found", nm="nm_wf_cause")
def _(r, i):
    return WF.format(ts=ts_log(r), k=r.randint(1, 120), hl=112,
                     mid="javax.persistence.PersistenceException: org.hibernate.exception.ConstraintViolationException: could not execute statement",
                     inner="java.sql.SQLIntegrityConstraintViolationException: ORA-02291: integrity constraint (BROKER.FK_COMM_AGENT) violated - parent key not found")

@grp("wf_rb_timeout", "broker-portal", 3, "Commission settle rollback; innermost ORA-01013 query timeout", nm="nm_wf_cause")
def _(r, i):
    return WF.format(ts=ts_log(r), k=r.randint(1, 120), hl=112,
                     mid="javax.persistence.QueryTimeoutException: org.hibernate.QueryTimeoutException: could not execute statement",
                     inner="java.sql.SQLTimeoutException: ORA-01013: user requested cancel of current operation")

# ---------------------------------------------------------------- settlement-batch (Spring Batch)
SB = """{ts} ERROR 1 --- [           main] o.s.batch.core.step.AbstractStep         : Encountered an error executing step {step} in job eodSettlementJob

{body}
	at org.springframework.batch.core.step.item.ChunkOrientedTasklet.execute(ChunkOrientedTasklet.java:77)
	at org.springframework.batch.core.step.tasklet.TaskletStep$ChunkTransactionCallback.doInTransaction(TaskletStep.java:407)
	at org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:230)"""

def csvline(r, n):
    return ",".join([str(r.randint(10 ** 6, 10 ** 7)), "GB00B%07d" % r.randint(0, 9999999), amount(r)] + ["X"] * (n - 3))

@grp("sb_settle_parse", "settlement-batch", 4, "settleTradesStep: FlatFileParseException, 13 tokens vs expected 14 in TRADES_*.csv", nm="nm_sb_step")
def _(r, i):
    body = ("org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: %d in resource=[file [/data/settlement/in/TRADES_%s.csv]], input=[%s]\n"
            "\tat org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:188)\n"
            "Caused by: org.springframework.batch.item.file.transform.IncorrectTokenCountException: Incorrect number of tokens found in record: expected 14 actual 13"
            % (r.randint(2, 90000), ymd(r), csvline(r, 13)))
    return SB.format(ts=ts_boot(r), step="settleTradesStep", body=body)

@grp("sb_settle_deadlock", "settlement-batch", 2, "settleTradesStep: DeadlockLoserDataAccessException on SETTLEMENT_POSITION update", nm="nm_sb_step")
def _(r, i):
    p = r.randint(51, 300)
    body = ("org.springframework.dao.DeadlockLoserDataAccessException: PreparedStatementCallback; SQL [UPDATE SETTLEMENT_POSITION SET QTY = QTY + ? WHERE ACCT_ID = ? AND ISIN = ?]; "
            "Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.; "
            "nested exception is com.microsoft.sqlserver.jdbc.SQLServerException: Transaction (Process ID %d) was deadlocked on lock resources with another process "
            "and has been chosen as the deadlock victim. Rerun the transaction.\n"
            "\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:267)" % (p, p))
    return SB.format(ts=ts_boot(r), step="settleTradesStep", body=body)

@grp("sb_recon_parse", "settlement-batch", 2, "reconcileStep: FlatFileParseException, 11 tokens vs expected 9 in CUSTODY_POS_*.csv", nm="nm_sb_step")
def _(r, i):
    body = ("org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: %d in resource=[file [/data/settlement/in/CUSTODY_POS_%s.csv]], input=[%s]\n"
            "\tat org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:188)\n"
            "Caused by: org.springframework.batch.item.file.transform.IncorrectTokenCountException: Incorrect number of tokens found in record: expected 9 actual 11"
            % (r.randint(2, 90000), ymd(r), csvline(r, 11)))
    return SB.format(ts=ts_boot(r), step="reconcileStep", body=body)

# ---------------------------------------------------------------- integration-hub (Camel)
CAMEL = """{ts} ERROR [Camel (integration-hub) thread #{k} - JmsConsumer[CLAIMS.APPROVED]] o.a.c.p.e.DefaultErrorHandler - Failed delivery for (MessageId: {mid} on ExchangeId: {mid}). Exhausted after delivery attempt: 4 caught: {exc}. Processed by failure processor: FatalFallbackErrorHandler[Channel[sendTo(jms://queue:CLAIMS.DLQ)]]

Message History (complete message history is disabled)
---------------------------------------------------------------------------------------------------------------------------------------
RouteId              ProcessorId          Processor                                                                        Elapsed (ms)
[{route:<19}] [{proc:<18}] [{uri:<80}] [{ms:>12}]

Stacktrace
---------------------------------------------------------------------------------------------------------------------------------------
{exc}"""

def camel_mid(r):
    return "ID-integration-hub-%s-%s-%d-0-%d" % (alnum(r, 5), alnum(r, 5), r.randint(10 ** 12, 10 ** 13), r.randint(1, 99999))

SAPGW = "http://sapgw.acme.internal:8000/sap/bc/srt/claims"

@grp("camel_conn_refused", "integration-hub", 3, "claims-to-sap route: ConnectException Connection refused", nm="nm_camel_cause")
def _(r, i):
    return CAMEL.format(ts=ts_log(r), k=r.randint(1, 20), mid=camel_mid(r), route="claims-to-sap", proc="to3", uri=SAPGW,
                        ms=r.randint(1, 40), exc="java.net.ConnectException: Connection refused (Connection refused)")

@grp("camel_read_timeout", "integration-hub", 3, "claims-to-sap route: SocketTimeoutException Read timed out", nm="nm_camel_cause")
def _(r, i):
    return CAMEL.format(ts=ts_log(r), k=r.randint(1, 20), mid=camel_mid(r), route="claims-to-sap", proc="to3", uri=SAPGW,
                        ms=r.randint(30000, 30100), exc="java.net.SocketTimeoutException: Read timed out")

@grp("camel_partner_502", "integration-hub", 4, "partner-notify route: HTTP 502 from partner endpoint (partner name varies)", df=True)
def _(r, i):
    p = pick(["aviva", "hiscox", "beazley", "chubb"], i)
    uri = "https://api.%s.partners.acme-insure.com/notifications" % p
    exc = ("org.apache.camel.http.base.HttpOperationFailedException: HTTP operation failed invoking %s with statusCode: 502" % uri)
    return CAMEL.format(ts=ts_log(r), k=r.randint(1, 20), mid=camel_mid(r), route="partner-notify", proc="to7", uri=uri,
                        ms=r.randint(100, 9000), exc=exc), p

# ---------------------------------------------------------------- sap-connector
IDOC = """{ts} ERROR [idoc-monitor] c.a.sap.IdocStatusPoller - Inbound IDoc {num} (INVOIC02, partner LS/CLAIMSHUB) in status 51: Application document not posted
  Status message: {msg}"""

@grp("sap_idoc_ff805", "sap-connector", 4, "INVOIC02 status 51: FF 805 tax code V9 not defined in procedure TAXGB", nm="nm_sap_idoc")
def _(r, i):
    return IDOC.format(ts=ts_log(r), num="%016d" % r.randint(4 * 10 ** 6, 9 * 10 ** 6),
                       msg="Message no. FF805: Tax code V9 is not defined in procedure TAXGB")

@grp("sap_idoc_m8321", "sap-connector", 3, "INVOIC02 status 51: M8 321 quantity invoiced greater than goods receipt", nm="nm_sap_idoc")
def _(r, i):
    return IDOC.format(ts=ts_log(r), num="%016d" % r.randint(4 * 10 ** 6, 9 * 10 ** 6),
                       msg="Message no. M8321: Quantity invoiced greater than goods receipt quantity for PO 45%08d item 00010" % r.randint(0, 10 ** 8 - 1))

@grp("sap_jco_logon", "sap-connector", 3, "JCo logon failure to ECC_PRD; RFC user varies", df=True)
def _(r, i):
    u = pick(["RFC_CLAIMS", "RFC_TREASURY", "RFC_BILLING"], i)
    return ("%s ERROR [jco-pool-%d] c.a.sap.JcoDestinationProvider - Ping of destination ECC_PRD failed (user %s, client 100)\n"
            "com.sap.conn.jco.JCoException: (103) JCO_ERROR_LOGON_FAILURE: Name or password is incorrect (repeat logon) on ecpprd01 sysnr 00\n"
            "\tat com.sap.conn.jco.rt.MiddlewareJavaRfc.generateJCoException(MiddlewareJavaRfc.java:632)\n"
            "\tat com.sap.conn.jco.rt.RfcDestination.ping(RfcDestination.java:2049)"
            % (ts_log(r), r.randint(1, 10), u)), u

# ---------------------------------------------------------------- mainframe-jes
def jes_head(r, job, jn):
    d = dt(r)
    t0 = d.strftime("%H.%M.%S")
    hdr = ("%s %s ---- %s,   %02d %s %d ----\n%s %s  IRR010I  USERID PRODBAT  IS ASSIGNED TO THIS JOB.\n"
           "%s %s  $HASP373 %s STARTED - INIT %-4d - CLASS P        - SYS PRD1\n"
           % (t0, jn, DOW[d.weekday()], d.day, MON[d.month - 1].upper(), d.year, t0, jn, t0, jn, job, r.randint(1, 40)))
    t1 = (d + datetime.timedelta(seconds=r.randint(20, 3000))).strftime("%H.%M.%S")
    return hdr, t1

def jes_abend(r, job, step, code, reason, mod, pre=""):
    jn = "JOB%05d" % r.randint(1, 99999)
    hdr, t1 = jes_head(r, job, jn)
    m = r.randint(100, 999)
    seq = r.randint(10000, 99999)
    out = hdr + pre.format(t=t1, jn=jn)
    out += ("%s %s  IEA995I SYMPTOM DUMP OUTPUT  %d\n"
            "   %d             SYSTEM COMPLETION CODE=%s  REASON CODE=%s\n"
            "   %d              TIME=%s  SEQ=%05d  CPU=0000  ASID=00%02X\n"
            "   %d              PSW AT TIME OF ERROR  078D1000   %08X  ILC 6  INTC 07\n"
            "   %d                NAME=%s\n"
            "%s %s  IEF450I %s %s - ABEND=S%s U0000 REASON=%s  %d\n"
            "%s %s  $HASP395 %s ENDED - ABEND=S%s"
            % (t1, jn, m, m, code, reason, m, t1, seq, r.randint(16, 250), m, r.randint(0x10000000, 0x7fffffff), m, mod,
               t1, jn, job, step, code, reason, m + 1, t1, jn, job, code))
    return out

@grp("jes_payb_s0c7", "mainframe-jes", 4, "PAYB0120 STEP030 abends S0C7 (data exception) in PAYCALC", nm="nm_jes_abend")
def _(r, i):
    return jes_abend(r, "PAYB0120", "STEP030", "0C7", "00000007", "PAYCALC")

@grp("jes_payb_s806", "mainframe-jes", 2, "PAYB0120 STEP030 abends S806 (module PAYRPT02 not found)", nm="nm_jes_abend")
def _(r, i):
    pre = ("{t} {jn}  CSV003I REQUESTED MODULE PAYRPT02 NOT FOUND\n"
           "{t} {jn}  CSV028I ABEND806-04  JOBNAME=PAYB0120  STEPNAME=STEP030\n")
    return jes_abend(r, "PAYB0120", "STEP030", "806", "00000004", "PAYRPT02", pre)

@grp("jes_ledb_s0c7", "mainframe-jes", 2, "LEDB0450 STEP010 abends S0C7 in LEDPOST", nm="nm_jes_abend")
def _(r, i):
    return jes_abend(r, "LEDB0450", "STEP010", "0C7", "00000007", "LEDPOST")

@grp("jes_clmb_u4038", "mainframe-jes", 3, "CLMB0300 U4038 after IGZ0035S OPEN failure on CLMIN status 35")
def _(r, i):
    jn = "JOB%05d" % r.randint(1, 99999)
    hdr, t1 = jes_head(r, "CLMB0300", jn)
    return hdr + ("%s %s  IGZ0035S There was an unsuccessful OPEN or CLOSE of file CLMIN in program CLMB0300 at relative location X'0A42'.\n"
                  "         Neither FILE STATUS nor an ERROR declarative were specified. The status code was 35.\n"
                  "         From compile unit CLMB0300 at entry point CLMB0300 at compile unit offset +00000A42 at address %08X.\n"
                  "%s %s  IEF450I CLMB0300 STEP010 - ABEND=S000 U4038 REASON=00000001  %d\n"
                  "%s %s  $HASP395 CLMB0300 ENDED - ABEND=U4038"
                  % (t1, jn, r.randint(0x1B000000, 0x1BFFFFFF), t1, jn, r.randint(100, 999), t1, jn))

@grp("jes_gldb_jclerr", "mainframe-jes", 3, "GLDB0900 JCL error: SYSUT1 data set not found")
def _(r, i):
    jn = "JOB%05d" % r.randint(1, 99999)
    hdr, t1 = jes_head(r, "GLDB0900", jn)
    return hdr + ("%s %s  IEF212I GLDB0900 STEP020 SYSUT1 - DATA SET NOT FOUND\n"
                  "%s %s  IEF272I GLDB0900 STEP020 - STEP WAS NOT EXECUTED.\n"
                  "%s %s  IEF453I GLDB0900 - JOB FAILED - JCL ERROR - TIME=%s\n"
                  "%s %s  $HASP395 GLDB0900 ENDED - RC=JCL" % (t1, jn, t1, jn, t1, jn, t1, t1, jn))

# ---------------------------------------------------------------- file-transfer
SFTP = """{ts} ERROR [transfer-exec-{k}] c.a.ft.SftpUploader - Upload of /data/outbound/bordereaux/BDX_MUNRE_{d}_{s:03d}.csv to sftp://xfer.munichre.com:22/inbound/acme failed after 3 attempts
com.jcraft.jsch.JSchException: {cause}
	at com.jcraft.jsch.Session.connect(Session.java:{ln})
	at com.acme.ft.SftpUploader.open(SftpUploader.java:64)"""

@grp("sftp_auth", "file-transfer", 3, "bordereaux upload to Munich Re: JSchException Auth fail", nm="nm_sftp_cause")
def _(r, i):
    return SFTP.format(ts=ts_log(r), k=r.randint(1, 8), d=ymd(r), s=r.randint(1, 40), cause="Auth fail", ln=519)

@grp("sftp_timeout", "file-transfer", 2, "bordereaux upload to Munich Re: JSchException socket timeout", nm="nm_sftp_cause")
def _(r, i):
    return SFTP.format(ts=ts_log(r), k=r.randint(1, 8), d=ymd(r), s=r.randint(1, 40), cause="timeout: socket is not established", ln=565)

@grp("sftp_hostkey", "file-transfer", 4, "UnknownHostKey for partner SFTP host (partner varies)", df=True)
def _(r, i):
    p = pick(["swissre", "scor", "hannover-re", "partnerre"], i)
    fp = ":".join(hexs(r, 2) for _ in range(16))
    return ("%s ERROR [transfer-exec-%d] c.a.ft.SftpUploader - Connect to sftp.%s.com:22 failed\n"
            "com.jcraft.jsch.JSchException: UnknownHostKey: sftp.%s.com. RSA key fingerprint is %s\n"
            "\tat com.jcraft.jsch.Session.checkHost(Session.java:805)\n"
            "\tat com.jcraft.jsch.Session.connect(Session.java:345)" % (ts_log(r), r.randint(1, 8), p, p, fp)), p

# ---------------------------------------------------------------- swift-gateway
def mt_nak(r, code, text, field, val):
    return ("%s ERROR [saa-ack-listener] c.a.swift.AckProcessor - NAK received for MT103 UMID IFIN103%s%s UETR %s Sender ref %s\n"
            "  Error code: %s (%s) Field: %s Value: %s"
            % (ts_iso(r), "ACMEGB2L", hexs(r, 16).upper(), uuid(r), "PAY" + str(r.randint(10 ** 9, 10 ** 10)), code, text, field, val))

@grp("swift_t27", "swift-gateway", 4, "MT103 NAK T27 invalid BIC in :57A: (BIC varies)", nm="nm_swift_nak", df=True)
def _(r, i):
    b = pick(["DEUTDEFF", "BNPAFRPP", "COBADEFF", "UBSWCHZH"], i)
    return mt_nak(r, "T27", "BIC incorrect", ":57A:", b), b

@grp("swift_t50", "swift-gateway", 2, "MT103 NAK T50 invalid date in :32A:", nm="nm_swift_nak")
def _(r, i):
    return mt_nak(r, "T50", "Illegal date", ":32A:", "2402%02dEUR%s" % (r.randint(30, 31), amount(r).replace(".", ",")))

PACS = """{ts} ERROR [iso-inbound] c.a.swift.Pacs002Handler - Payment rejected by CSM: OrgnlMsgId={mid} OrgnlEndToEndId={e2e} TxSts=RJCT Rsn/Cd={rc} AddtlInf=[/OrgnlIntrBkSttlmAmt/{amt} EUR]"""

@grp("iso_rjct_ac04", "swift-gateway", 3, "pacs.002 RJCT reason AC04 (closed account)", nm="nm_iso_reason")
def _(r, i):
    return PACS.format(ts=ts_iso(r), mid="ACME%s%06d" % (ymd(r), r.randint(0, 999999)), e2e="E2E%012d" % r.randint(0, 10 ** 12 - 1), rc="AC04", amt=amount(r))

@grp("iso_rjct_ac01", "swift-gateway", 2, "pacs.002 RJCT reason AC01 (incorrect account number)", nm="nm_iso_reason")
def _(r, i):
    return PACS.format(ts=ts_iso(r), mid="ACME%s%06d" % (ymd(r), r.randint(0, 999999)), e2e="E2E%012d" % r.randint(0, 10 ** 12 - 1), rc="AC01", amt=amount(r))

# ---------------------------------------------------------------- auth-sso
KRB = """{ts} ERROR 1 --- [nio-8443-exec-{k}] o.s.s.k.w.a.SpnegoAuthenticationProcessingFilter : Negotiate Header was invalid: Negotiate YIIH{neg}

org.springframework.security.authentication.BadCredentialsException: Kerberos validation not successful
	at org.springframework.security.kerberos.authentication.sun.SunJaasKerberosTicketValidator.validateTicket(SunJaasKerberosTicketValidator.java:71)
Caused by: java.security.PrivilegedActionException: null
	at java.base/javax.security.auth.Subject.doAs(Subject.java:454)
Caused by: org.ietf.jgss.GSSException: Failure unspecified at GSS-API level (Mechanism level: {mech})
	at java.security.jgss/sun.security.jgss.krb5.Krb5Context.acceptSecContext(Krb5Context.java:{ln})
Caused by: sun.security.krb5.KrbException: {mech}"""

@grp("krb_skew", "auth-sso", 3, "SPNEGO validation fails: KrbException Clock skew too great (37)", nm="nm_krb_cause")
def _(r, i):
    return KRB.format(ts=ts_boot(r), k=r.randint(1, 200), neg=b64(r, 40), mech="Clock skew too great (37)", ln=906)

@grp("krb_checksum", "auth-sso", 2, "SPNEGO validation fails: KrbException Checksum failed (keytab mismatch)", nm="nm_krb_cause")
def _(r, i):
    return KRB.format(ts=ts_boot(r), k=r.randint(1, 200), neg=b64(r, 40), mech="Checksum failed", ln=906)

LDAP = """{ts} ERROR [ldap-auth-{k}] c.a.sso.LdapBindAuthenticator - Bind failed for CN={cn},OU=Brokers,OU=Users,DC=corp,DC=acme,DC=bank
javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C090569, comment: AcceptSecurityContext error, data {data}, v4563]
	at java.naming/com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3261)
	at java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2793)"""

@grp("ldap_52e", "auth-sso", 5, "LDAP bind error 49 data 52e (invalid credentials); user CN varies", nm="nm_ldap_data", df=True)
def _(r, i):
    cn = pick(["Siobhan Kelly", "Marco Rossi", "Priya Natarajan", "Tomasz Nowak"], i)
    return LDAP.format(ts=ts_log(r), k=r.randint(1, 16), cn=cn, data="52e"), cn

@grp("ldap_775", "auth-sso", 3, "LDAP bind error 49 data 775 (account locked); user CN varies", nm="nm_ldap_data", df=True)
def _(r, i):
    cn = pick(["Hannah Price", "Oluwaseun Adeyemi", "Juan Alvarez"], i)
    return LDAP.format(ts=ts_log(r), k=r.randint(1, 16), cn=cn, data="775"), cn

# ---------------------------------------------------------------- windows-ops
def win_hdr(r, log, src, eid, cat, level, kw, user, comp):
    d = dt(r)
    return ("Log Name:      %s\nSource:        %s\nDate:          %s\nEvent ID:      %d\nTask Category: %s\nLevel:         %s\n"
            "Keywords:      %s\nUser:          %s\nComputer:      %s.corp.acme.bank\nDescription:\n"
            % (log, src, ts_win(d), eid, cat, level, kw, user, comp))

@grp("win_4625", "windows-ops", 5, "Event 4625 logon failure 0xC000006A bad password; account name varies", df=True)
def _(r, i):
    a = pick(["svc_claimsbatch", "jwhitaker", "rpatel", "okelly", "svc_sharepoint"], i)
    return (win_hdr(r, "Security", "Microsoft-Windows-Security-Auditing", 4625, "Logon", "Information", "Audit Failure", "N/A",
                    "CLMAPP%02d" % r.randint(1, 6))
            + "An account failed to log on.\n\nSubject:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\t-\n\tAccount Domain:\t\t-\n\tLogon ID:\t\t0x0\n\n"
              "Logon Type:\t\t\t3\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\t%s\n\tAccount Domain:\t\tCORP\n\n"
              "Failure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC000006A\n\n"
              "Network Information:\n\tWorkstation Name:\tWS%05d\n\tSource Network Address:\t%s\n\tSource Port:\t\t%d"
              % (a, r.randint(1, 99999), ip(r), r.randint(49152, 65535))), a

def win_svc(r, eid, corrective):
    s = win_hdr(r, "System", "Service Control Manager", eid, "None", "Error", "Classic", "N/A", "BATCHSRV%02d" % r.randint(1, 4))
    s += "The Acme Claims Scheduler service terminated unexpectedly.  It has done this %d time(s)." % r.randint(1, 9)
    if corrective:
        s += "  The following corrective action will be taken in 60000 milliseconds: Restart the service."
    return s

@grp("win_7031", "windows-ops", 3, "Event 7031 Acme Claims Scheduler terminated (restart action)", nm="nm_win_svc")
def _(r, i):
    return win_svc(r, 7031, True)

@grp("win_7034", "windows-ops", 1, "Event 7034 Acme Claims Scheduler terminated (no recovery action)", nm="nm_win_svc")
def _(r, i):
    return win_svc(r, 7034, False)

# ---------------------------------------------------------------- ops-automation (PowerShell)
PS_REST = """[{ts}] [RUN {run}] ERROR Sync-Policies batch {b} failed
Invoke-RestMethod : The remote server returned an error: ({code}) {text}.
At D:\\Automation\\Scripts\\Sync-Policies.ps1:88 char:9
+ $resp = Invoke-RestMethod -Uri $uri -Method Post -Headers $hdr -Body ...
+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException
    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"""

@grp("ps_rest_401", "ops-automation", 3, "Sync-Policies Invoke-RestMethod (401) Unauthorized", nm="nm_ps_http")
def _(r, i):
    return PS_REST.format(ts=ts_boot(r)[:19], run=r.randint(1000, 99999), b=r.randint(1, 60), code=401, text="Unauthorized")

@grp("ps_rest_503", "ops-automation", 2, "Sync-Policies Invoke-RestMethod (503) Server Unavailable", nm="nm_ps_http")
def _(r, i):
    return PS_REST.format(ts=ts_boot(r)[:19], run=r.randint(1000, 99999), b=r.randint(1, 60), code=503, text="Server Unavailable")

@grp("ps_branch_denied", "ops-automation", 4, "Copy-Item access denied to branch EOD share (branch name varies)", df=True)
def _(r, i):
    b = pick(["Kensington", "Leeds", "Glasgow", "Bristol"], i)
    p = "\\\\nasprod01\\branches\\%s\\eod\\cash_position.csv" % b
    short = p[:18] + "..." + p[-14:]
    return ("Copy-Item : Access to the path '%s' is denied.\n"
            "At D:\\Automation\\Scripts\\Collect-BranchEod.ps1:57 char:5\n"
            "+     Copy-Item -Path $src -Destination $dst -Force\n"
            "+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "    + CategoryInfo          : PermissionDenied: (%s:FileInfo) [Copy-Item], UnauthorizedAccessException\n"
            "    + FullyQualifiedErrorId : CopyFileInfoItemUnauthorizedAccessError,Microsoft.PowerShell.Commands.CopyItemCommand"
            % (p, short)), b

# ---------------------------------------------------------------- claims-portal (.NET)
NET = """Event code: 3005
Event message: An unhandled exception has occurred.
Event time: {t}
Event ID: {eid}
Event sequence: {seq}
Application domain: /LM/W3SVC/2/ROOT-1-{ad}
Process information:
    Process ID: {pid}
    Process name: w3wp.exe
    Account name: IIS APPPOOL\\ClaimsPortal
Exception information:
    Exception type: {etype}
    Exception message: {emsg}
{frames}
Request information:
    Request URL: https://claims.acme.bank/Claim/Submit?claimId=CLM-2024-{cid:06d}
    Request path: /Claim/Submit
    User host address: {ip}"""

def net(r, etype, emsg, frames):
    return NET.format(t=ts_win(dt(r)), eid=hexs(r, 32), seq=r.randint(100, 99999), ad=r.randint(10 ** 17, 10 ** 18),
                      pid=r.randint(1000, 30000), etype=etype, emsg=emsg, frames=frames, cid=r.randint(0, 999999), ip=ip(r))

@grp("net_nre", "claims-portal", 3, "ClaimController.Submit NullReferenceException line 142", nm="nm_net_cause")
def _(r, i):
    return net(r, "NullReferenceException", "Object reference not set to an instance of an object.",
               "   at Acme.Claims.Web.Controllers.ClaimController.Submit(ClaimViewModel model) in D:\\a\\1\\s\\src\\Acme.Claims.Web\\Controllers\\ClaimController.cs:line 142\n"
               "   at lambda_method(Closure , ControllerBase , Object[] )\n"
               "   at System.Web.Mvc.ActionMethodDispatcher.Execute(ControllerBase controller, Object[] parameters)")

@grp("net_seq", "claims-portal", 2, "ClaimController.Submit InvalidOperationException Sequence contains no elements line 131", nm="nm_net_cause")
def _(r, i):
    return net(r, "InvalidOperationException", "Sequence contains no elements",
               "   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)\n"
               "   at Acme.Claims.Web.Controllers.ClaimController.Submit(ClaimViewModel model) in D:\\a\\1\\s\\src\\Acme.Claims.Web\\Controllers\\ClaimController.cs:line 131\n"
               "   at lambda_method(Closure , ControllerBase , Object[] )\n"
               "   at System.Web.Mvc.ActionMethodDispatcher.Execute(ControllerBase controller, Object[] parameters)")

@grp("net_sqltimeout", "claims-portal", 3, "ClaimSearchRepository SqlException execution timeout")
def _(r, i):
    g = uuid(r)
    return ("%s ERROR Acme.Claims.Data.ClaimSearchRepository - Search failed\n"
            "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding. ---> System.ComponentModel.Win32Exception (0x80004005): The wait operation timed out\n"
            "   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\n"
            "   at Acme.Claims.Data.ClaimSearchRepository.Search(ClaimSearchCriteria criteria) in D:\\a\\1\\s\\src\\Acme.Claims.Data\\ClaimSearchRepository.cs:line 77\n"
            "ClientConnectionId:%s\nError Number:-2,State:0,Class:11" % (ts_boot(r), g))

# ---------------------------------------------------------------- pricing-engine
PR = """{ts} ERROR 7 --- [   quote-pool-{k}] c.a.pricing.QuoteController             : Quote Q-{q} failed for product TERM_LIFE

com.acme.pricing.PricingException: Unable to price quote Q-{q}
	at com.acme.pricing.engine.PremiumCalculator.calculate(PremiumCalculator.java:97)
	at com.acme.pricing.QuoteService.price(QuoteService.java:54)
	at com.acme.pricing.QuoteController.quote(QuoteController.java:38)
Caused by: {cause}
	... 12 common frames omitted"""

@grp("pr_div0", "pricing-engine", 3, "PricingException caused by ArithmeticException / by zero in LoadingTable", nm="nm_pricing_cause")
def _(r, i):
    return PR.format(ts=ts_boot(r), k=r.randint(1, 32), q=r.randint(10 ** 6, 10 ** 7),
                     cause="java.lang.ArithmeticException: / by zero\n\tat com.acme.pricing.engine.LoadingTable.factorFor(LoadingTable.java:61)")

@grp("pr_nfe", "pricing-engine", 3, "PricingException caused by NumberFormatException in RateCardParser (comma decimal)", nm="nm_pricing_cause")
def _(r, i):
    v = "%d,%d" % (r.randint(0, 40), r.randint(1, 99))
    return PR.format(ts=ts_boot(r), k=r.randint(1, 32), q=r.randint(10 ** 6, 10 ** 7),
                     cause="java.lang.NumberFormatException: For input string: \"%s\"\n"
                           "\tat java.base/jdk.internal.math.FloatingDecimal.readJavaFormatString(FloatingDecimal.java:2054)\n"
                           "\tat com.acme.pricing.engine.RateCardParser.parseRate(RateCardParser.java:40)" % v)

# ---------------------------------------------------------------- risk-analytics (Python)
PY_KEY = """{ts} ERROR risk.jobs.exposure [run_id={run}] Exposure aggregation failed for portfolio PF{pf}
Traceback (most recent call last):
  File "/opt/risk/app/risk/jobs/exposure.py", line 118, in run
    agg = aggregate_by_counterparty(positions)
  File "/opt/risk/app/risk/exposure/aggregate.py", line {ln}, in aggregate_by_counterparty
    key = row["{key}"]
KeyError: '{key}'"""

@grp("py_key_lei", "risk-analytics", 3, "aggregate_by_counterparty KeyError 'counterparty_lei'", nm="nm_py_key")
def _(r, i):
    return PY_KEY.format(ts=ts_log(r), run=uuid(r), pf=r.randint(1000, 9999), ln=54, key="counterparty_lei")

@grp("py_key_rating", "risk-analytics", 2, "aggregate_by_counterparty KeyError 'rating_grade'", nm="nm_py_key")
def _(r, i):
    return PY_KEY.format(ts=ts_log(r), run=uuid(r), pf=r.randint(1000, 9999), ln=61, key="rating_grade")

@grp("py_fx_missing", "risk-analytics", 4, "ValueError no FX rate for currency (currency code varies)", df=True)
def _(r, i):
    c = pick(["CNH", "TRY", "ZAR", "MXN"], i)
    return ("%s ERROR risk.jobs.revaluation [run_id=%s] Revaluation failed\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/risk/app/risk/jobs/revaluation.py\", line 73, in run\n"
            "    mv = to_base(pos.notional, pos.ccy, asof)\n"
            "  File \"/opt/risk/app/risk/fx/rates.py\", line 29, in to_base\n"
            "    raise ValueError(f\"no FX rate for currency {ccy!r} on {asof}\")\n"
            "ValueError: no FX rate for currency '%s' on %s"
            % (ts_log(r), uuid(r), c, dt(r).strftime("%Y-%m-%d"))), c

# ---------------------------------------------------------------- openshift-platform
def pod(r, name):
    return "%s-%s-%s" % (name, alnum(r, 9, "bcdfghjklmnpqrstvwxz2456789"), alnum(r, 5))

@grp("k8s_backoff", "openshift-platform", 4, "BackOff restarting claims-api container (pod name varies)")
def _(r, i):
    p = pod(r, "claims-api")
    return ("%dm         Warning   BackOff   pod/%s   Back-off restarting failed container claims-api in pod %s_claims-prod(%s)"
            % (r.randint(1, 59), p, p, uuid(r)))

PULL = """{ago}s         Warning   Failed    pod/{p}   Failed to pull image "image-registry.openshift-image-registry.svc:5000/payments/pay-router:2.14.3": rpc error: code = Unknown desc = {desc}"""

@grp("k8s_pull_manifest", "openshift-platform", 2, "pay-router:2.14.3 pull fails: manifest unknown", nm="nm_k8s_pull")
def _(r, i):
    return PULL.format(ago=r.randint(1, 59), p=pod(r, "pay-router"),
                       desc="reading manifest 2.14.3 in image-registry.openshift-image-registry.svc:5000/payments/pay-router: manifest unknown: manifest unknown")

@grp("k8s_pull_unauth", "openshift-platform", 3, "pay-router:2.14.3 pull fails: unauthorized", nm="nm_k8s_pull")
def _(r, i):
    return PULL.format(ago=r.randint(1, 59), p=pod(r, "pay-router"),
                       desc="reading manifest 2.14.3 in image-registry.openshift-image-registry.svc:5000/payments/pay-router: unauthorized: authentication required")

@grp("k8s_mount_nfs", "openshift-platform", 1, "statements-pv NFS mount access denied")
def _(r, i):
    p = pod(r, "statement-gen")
    return ("%dm         Warning   FailedMount   pod/%s   MountVolume.SetUp failed for volume \"statements-pv\" : mount failed: exit status 32\n"
            "Mounting command: mount\nMounting arguments: -t nfs nfs01.corp.acme.bank:/exports/statements /var/lib/kubelet/pods/%s/volumes/kubernetes.io~nfs/statements-pv\n"
            "Output: mount.nfs: access denied by server while mounting nfs01.corp.acme.bank:/exports/statements" % (r.randint(1, 59), p, uuid(r)))

# ---------------------------------------------------------------- statement-generator
@grp("stmt_nospace", "statement-generator", 2, "IOException No space left on device writing statement PDF")
def _(r, i):
    d = dt(r)
    return ("%s ERROR [stmt-render-%d] c.a.stmt.PdfWriterService - Failed to write statement for account %08d\n"
            "java.io.IOException: No space left on device\n"
            "\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n"
            "\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:347)\n"
            "\tat com.acme.stmt.PdfWriterService.write(PdfWriterService.java:92)\n"
            "\t... (file /data/statements/%s/STM_%08d_%s.pdf)"
            % (ts_log(r), r.randint(1, 8), r.randint(0, 10 ** 8 - 1), d.strftime("%Y-%m"), r.randint(0, 10 ** 8 - 1), d.strftime("%Y%m%d")))

# ---------------------------------------------------------------- build
def build():
    r = random.Random(SEED)
    events, groups = [], {}
    for g in G:
        dfvals = []
        for i in range(g["n"]):
            out = g["fn"](r, i)
            if g["df"]:
                msg, v = out
                dfvals.append(v)
            else:
                assert not isinstance(out, tuple), g["label"]
                msg = out
            events.append({"service": g["service"], "message": msg, "group": g["label"]})
        if g["df"]:
            assert len(set(dfvals)) >= 3 and len(set(dfvals)) <= 5, (g["label"], dfvals)
            assert all(not re.search(r"\d", v) for v in dfvals), g["label"]
        assert g["label"] not in groups, g["label"]
        groups[g["label"]] = {"description": g["desc"], "service": g["service"], "count": g["n"],
                              "near_miss_set": g["nm"], "digit_free_variable": g["df"]}
    # self-checks
    for lab, gi in groups.items():
        assert 1 <= gi["count"] <= 6, lab
    seen = {}
    for e in events:
        key = (e["service"], e["message"])
        assert key not in seen, ("duplicate message", e["group"], seen.get(key))
        seen[key] = e["group"]
    nms = {}
    for lab, gi in groups.items():
        if gi["near_miss_set"]:
            nms.setdefault(gi["near_miss_set"], []).append(lab)
    for s, labs in nms.items():
        assert 2 <= len(labs) <= 3, s
        assert len({groups[l]["service"] for l in labs}) == 1, s
    r.shuffle(events)
    return events, groups, nms

def main():
    out = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    events, groups, nms = build()
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, indent=1, ensure_ascii=False)
        f.write("\n")
    svcs = sorted({g["service"] for g in groups.values()})
    print("events=%d groups=%d services=%d near_miss_sets=%d digit_free_groups=%d"
          % (len(events), len(groups), len(svcs), len(nms), sum(g["digit_free_variable"] for g in groups.values())),
          file=sys.stderr)

if __name__ == "__main__":
    main()
