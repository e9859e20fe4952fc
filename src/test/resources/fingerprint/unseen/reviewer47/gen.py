#!/usr/bin/env python3
"""Generate a labelled corpus of security/identity-platform ERROR events.

python3 stdlib only, fixed seed; output is byte-identical across runs and under
any PYTHONHASHSEED (no set/dict-hash ordering is ever relied on).
Writes events.jsonl and groups.json into $UNSEEN_OUT if set, else beside gen.py.
"""
import base64
import datetime
import json
import os
import random
import re

SEED = 474747
rng = random.Random(SEED)
EPOCH = datetime.datetime(1970, 1, 1)
BASE = datetime.datetime(2024, 5, 14, 5, 0, 0)

EVENTS = []
GROUPS = {}
DFVALS = {}


def group(label, service, description, count, nm=None, df=None):
    """Register a group; fn(i, v) returns the message of event i (v = digit-free value or None)."""
    def deco(fn):
        assert label not in GROUPS, label
        used = []
        for i in range(count):
            v = df[i % len(df)] if df else None
            msg = fn(i, v)
            EVENTS.append({"service": service, "message": msg, "group": label})
            if df:
                used.append(v)
        GROUPS[label] = {
            "description": description,
            "service": service,
            "count": count,
            "near_miss_set": nm,
            "digit_free_variable": bool(df),
        }
        if df:
            DFVALS[label] = used
        return fn
    return deco


# ---------------------------------------------------------------- helpers
def ts():
    return BASE + datetime.timedelta(seconds=rng.randint(0, 13 * 3600), microseconds=rng.randint(0, 999999))


def epoch(d):
    return (d - EPOCH).total_seconds()


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_us(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond


def iso_ns(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (d.microsecond, rng.randint(0, 999))


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def java_ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def glog(level, d):
    return "%s%s %s.%06d" % (level, d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond)


HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64URL = ALNUM + "-_"


def hexs(n):
    return "".join(rng.choice(HEX) for _ in range(n))


def alnum(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), rng.choice("89ab"), hexs(3), hexs(12))


def b64(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def ip10():
    return "10.%d.%d.%d" % (rng.randint(0, 31), rng.randint(0, 255), rng.randint(2, 254))


def ip_pub():
    return rng.choice(["45.155.205.%d", "185.220.101.%d", "91.240.118.%d", "193.32.162.%d", "162.142.125.%d",
                       "167.94.138.%d", "198.235.24.%d"]) % rng.randint(2, 254)


def pod(prefix):
    return "%s-%s-%s" % (prefix, alnum(rng.choice([9, 10]), "bcdfghjklmnpqrstvwxz2456789"),
                         alnum(5, "bcdfghjklmnpqrstvwxz2456789"))


def ptr():
    return "0xc%09x" % (rng.randint(0x000010000, 0x001fffff0) // 8 * 8)


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"))


# ======================================================================== vault
# HashiCorp Vault server log (hclog), as shipped from the vault pods' stdout.
LEASE_ROLE = "readonly"


@group("vault_revoke_dependent_objects", "vault",
       "expiration manager cannot revoke database lease: Postgres refuses DROP ROLE because objects depend on it",
       3, nm="vault-lease-revoke")
def _(i, v):
    d = ts()
    lease = alnum(24)
    user = "v-approle-%s-%s-%d" % (LEASE_ROLE, alnum(20), int(epoch(d)) - rng.randint(3600, 90000))
    return ('%s [ERROR] expiration: failed to revoke lease: lease_id=database/creds/%s/%s '
            'error="failed to revoke entry: resp: (*logical.Response)(nil) err: pq: role \\"%s\\" cannot be '
            'dropped because some objects depend on it"' % (iso_ms(d), LEASE_ROLE, lease, user))


@group("vault_revoke_root_password", "vault",
       "expiration manager cannot revoke database lease: Vault's root DB credential is rejected (password auth failed)",
       2, nm="vault-lease-revoke")
def _(i, v):
    d = ts()
    return ('%s [ERROR] expiration: failed to revoke lease: lease_id=database/creds/%s/%s '
            'error="failed to revoke entry: resp: (*logical.Response)(nil) err: pq: password authentication '
            'failed for user \\"vault_root\\""' % (iso_ms(d), LEASE_ROLE, alnum(24)))


@group("vault_audit_enospc", "vault",
       "file audit device cannot write: disk full (ENOSPC)", 2, nm="vault-audit-device")
def _(i, v):
    return ('%s [ERROR] audit: backend failed to log response: backend=file/ '
            'error="write /vault/audit/audit.log: no space left on device"' % iso_ms(ts()))


@group("vault_audit_erofs", "vault",
       "file audit device cannot write: volume remounted read-only (EROFS)", 2, nm="vault-audit-device")
def _(i, v):
    return ('%s [ERROR] audit: backend failed to log response: backend=file/ '
            'error="write /vault/audit/audit.log: read-only file system"' % iso_ms(ts()))


RAFT_PEERS = ["10.20.1.14", "10.20.2.37", "10.20.3.9", "10.20.1.52"]


@group("vault_raft_heartbeat_timeout", "vault",
       "raft leader heartbeats to a follower time out (any peer of the 5-node cluster)", 5)
def _(i, v):
    d = ts()
    peer = RAFT_PEERS[i % len(RAFT_PEERS)]
    return ('%s [ERROR] storage.raft: failed to heartbeat to: peer=%s:8201 backoff time=%s '
            'error="msgpack decode error [pos 0]: read tcp 10.20.%d.%d:%d->%s:8201: i/o timeout"'
            % (iso_ms(d), peer, rng.choice(["10ms", "20ms", "40ms", "80ms", "160ms", "320ms", "640ms"]),
               rng.randint(1, 3), rng.randint(2, 60), rng.randint(32768, 60999), peer))


# ===================================================================== keycloak
# Keycloak 24 (Quarkus) console log: "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n"
KC_LDAP_HEAD = ("%s ERROR [org.keycloak.services] (executor-thread-%d) KC-SERVICES0013: Failed authentication: "
                "org.keycloak.models.ModelException: Querying of LDAP failed "
                "org.keycloak.storage.ldap.idm.query.internal.LDAPQuery@%s, filter: (&(uid=%s)(objectclass=inetOrgPerson)"
                "(objectclass=organizationalPerson))")
KC_LDAP_APP = """
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:278)
\tat org.keycloak.storage.ldap.idm.query.internal.LDAPQuery.getResultList(LDAPQuery.java:198)
\tat org.keycloak.storage.ldap.idm.query.internal.LDAPQuery.getFirstResult(LDAPQuery.java:205)
\tat org.keycloak.storage.ldap.LDAPStorageProvider.loadLDAPUserByUsername(LDAPStorageProvider.java:948)
\tat org.keycloak.storage.ldap.LDAPStorageProvider.getUserByUsername(LDAPStorageProvider.java:641)
\tat org.keycloak.storage.UserStorageManager.lambda$getUserByUsername$9(UserStorageManager.java:404)
\tat org.keycloak.storage.UserStorageManager.lambda$getUserByUsername$10(UserStorageManager.java:408)
\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)
\tat java.base/java.util.stream.ReferencePipeline$2$1.accept(ReferencePipeline.java:179)
\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)
\tat java.base/java.util.ArrayList$ArrayListSpliterator.tryAdvance(ArrayList.java:1685)
\tat java.base/java.util.stream.ReferencePipeline.forEachWithCancel(ReferencePipeline.java:129)
\tat java.base/java.util.stream.AbstractPipeline.copyIntoWithCancel(AbstractPipeline.java:527)
\tat java.base/java.util.stream.AbstractPipeline.copyInto(AbstractPipeline.java:513)
\tat java.base/java.util.stream.AbstractPipeline.wrapAndCopyInto(AbstractPipeline.java:499)
\tat java.base/java.util.stream.FindOps$FindOp.evaluateSequential(FindOps.java:150)
\tat java.base/java.util.stream.AbstractPipeline.evaluate(AbstractPipeline.java:234)
\tat java.base/java.util.stream.ReferencePipeline.findFirst(ReferencePipeline.java:647)
\tat org.keycloak.storage.UserStorageManager.getUserByUsername(UserStorageManager.java:411)
\tat org.keycloak.models.cache.infinispan.UserCacheSession.getUserByUsername(UserCacheSession.java:276)
\tat org.keycloak.models.utils.KeycloakModelUtils.findUserByNameOrEmail(KeycloakModelUtils.java:270)
\tat org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator.validateUser(AbstractUsernameFormAuthenticator.java:172)
\tat org.keycloak.authentication.authenticators.browser.UsernamePasswordForm.validateForm(UsernamePasswordForm.java:61)
\tat org.keycloak.authentication.authenticators.browser.UsernamePasswordForm.action(UsernamePasswordForm.java:54)
\tat org.keycloak.authentication.DefaultAuthenticationFlow.processAction(DefaultAuthenticationFlow.java:167)
\tat org.keycloak.authentication.AuthenticationProcessor.authenticationAction(AuthenticationProcessor.java:1014)
\tat org.keycloak.services.resources.LoginActionsService.processFlow(LoginActionsService.java:365)
\tat org.keycloak.services.resources.LoginActionsService.processAuthentication(LoginActionsService.java:336)
\tat org.keycloak.services.resources.LoginActionsService.authenticate(LoginActionsService.java:320)
\tat org.keycloak.services.resources.LoginActionsService.authenticateForm(LoginActionsService.java:407)
\tat org.keycloak.services.resources.LoginActionsService$quarkusrestinvoker$authenticateForm_65f2a9e0c0d6c3e8b1a4f7d2e9c5b8a3f1e6d4c7.invoke(Unknown Source)
\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)
\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)
\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)
\tat io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:599)
\tat org.jboss.threads.EnhancedQueueExecutor$Task.doRunWith(EnhancedQueueExecutor.java:2516)
\tat org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2495)
\tat org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1521)
\tat org.jboss.threads.DelegatingRunnable.run(DelegatingRunnable.java:11)
\tat org.jboss.threads.ThreadLocalResettingRunnable.run(ThreadLocalResettingRunnable.java:11)
\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)
\tat java.base/java.lang.Thread.run(Thread.java:1583)"""
KC_LDAP_CTX = """
\tat java.naming/com.sun.jndi.ldap.LdapCtx.<init>(LdapCtx.java:349)
\tat java.naming/com.sun.jndi.ldap.LdapCtxFactory.getLdapCtxFromUrl(LdapCtxFactory.java:229)
\tat java.naming/com.sun.jndi.ldap.LdapCtxFactory.getUsingURL(LdapCtxFactory.java:189)
\tat java.naming/com.sun.jndi.ldap.LdapCtxFactory.getUsingURLs(LdapCtxFactory.java:247)
\tat java.naming/com.sun.jndi.ldap.LdapCtxFactory.getLdapCtxInstance(LdapCtxFactory.java:154)
\tat java.naming/com.sun.jndi.ldap.LdapCtxFactory.getInitialContext(LdapCtxFactory.java:84)
\tat java.naming/javax.naming.spi.NamingManager.getInitialContext(NamingManager.java:520)
\tat java.naming/javax.naming.InitialContext.getDefaultInitCtx(InitialContext.java:305)
\tat java.naming/javax.naming.InitialContext.init(InitialContext.java:236)
\tat java.naming/javax.naming.ldap.InitialLdapContext.<init>(InitialLdapContext.java:154)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPContextManager.createLdapContext(LDAPContextManager.java:79)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPContextManager.getLdapContext(LDAPContextManager.java:120)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager.execute(LDAPOperationManager.java:836)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager.search(LDAPOperationManager.java:233)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:262)
\t... 41 more"""
KC_CAUSE_REFUSED = """
Caused by: javax.naming.CommunicationException: ldap.corp.acme.io:636 [Root exception is java.net.ConnectException: Connection refused]
\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:251)
\tat java.naming/com.sun.jndi.ldap.LdapClient.<init>(LdapClient.java:141)
\tat java.naming/com.sun.jndi.ldap.LdapClient.getInstance(LdapClient.java:1620)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2848)""" + KC_LDAP_CTX + """
Caused by: java.net.ConnectException: Connection refused
\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)
\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:682)
\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:542)
\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)
\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)
\tat java.base/java.net.Socket.connect(Socket.java:751)
\tat java.base/sun.security.ssl.SSLSocketImpl.connect(SSLSocketImpl.java:304)
\tat java.naming/com.sun.jndi.ldap.Connection.createConnectionSocket(Connection.java:350)
\tat java.naming/com.sun.jndi.ldap.Connection.createSocket(Connection.java:283)
\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:230)
\t... 59 more"""
KC_CAUSE_BIND49 = """
Caused by: javax.naming.AuthenticationException: [LDAP: error code 49 - Invalid Credentials]
\tat java.naming/com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3261)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.processReturnCode(LdapCtx.java:3207)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.processReturnCode(LdapCtx.java:2993)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2907)""" + KC_LDAP_CTX
KC_CAUSE_READTIMEOUT = """
Caused by: javax.naming.NamingException: LDAP response read timed out, timeout used: 10000 ms.; remaining name 'ou=People,dc=corp,dc=acme,dc=io'
\tat java.naming/com.sun.jndi.ldap.Connection.readReply(Connection.java:497)
\tat java.naming/com.sun.jndi.ldap.LdapClient.getSearchReply(LdapClient.java:639)
\tat java.naming/com.sun.jndi.ldap.LdapClient.search(LdapClient.java:562)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.doSearch(LdapCtx.java:2037)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.searchAux(LdapCtx.java:1899)
\tat java.naming/com.sun.jndi.ldap.LdapCtx.c_search(LdapCtx.java:1824)
\tat java.naming/com.sun.jndi.toolkit.ctx.ComponentDirContext.p_search(ComponentDirContext.java:392)
\tat java.naming/com.sun.jndi.toolkit.ctx.PartialCompositeDirContext.search(PartialCompositeDirContext.java:358)
\tat java.naming/javax.naming.directory.InitialDirContext.search(InitialDirContext.java:303)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager$3.execute(LDAPOperationManager.java:244)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager.execute(LDAPOperationManager.java:838)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager.search(LDAPOperationManager.java:233)
\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:262)
\t... 41 more"""
KC_USERS = ["hbrandt", "ksato", "mreyes", "lpetrova", "dokafor", "agarcia", "tnguyen"]


def kc_ldap(cause, user):
    return (KC_LDAP_HEAD % (java_ts(ts()), rng.randint(1, 60), hexs(rng.choice([7, 8])).lstrip("0") or "1", user)
            + KC_LDAP_APP + cause)


@group("kc_ldap_connection_refused", "keycloak",
       "LDAP user federation lookup fails: ldap.corp.acme.io:636 refuses the connection", 3, nm="kc-ldap-federation",
       df=["hbrandt", "ksato", "mreyes"])
def _(i, v):
    return kc_ldap(KC_CAUSE_REFUSED, v)


@group("kc_ldap_bind_invalid_credentials", "keycloak",
       "LDAP user federation lookup fails: bind DN rejected, LDAP error code 49 (service-account password rotated)",
       2, nm="kc-ldap-federation")
def _(i, v):
    return kc_ldap(KC_CAUSE_BIND49, rng.choice(KC_USERS))


@group("kc_ldap_read_timeout", "keycloak",
       "LDAP user federation lookup fails: search response read timed out after 10000 ms", 2, nm="kc-ldap-federation")
def _(i, v):
    return kc_ldap(KC_CAUSE_READTIMEOUT, rng.choice(KC_USERS))


KC_REALMS = ["acme", "globex", "initech", "umbrella", "hooli"]
KC_REALM_IDS = {r: uuid4() for r in KC_REALMS}


@group("kc_code_to_token_invalid_code", "keycloak",
       "token endpoint rejects authorization code (error=invalid_code) for the web-portal client, any tenant realm",
       6, nm="kc-code-to-token", df=KC_REALMS)
def _(i, v):
    return ('%s ERROR [org.keycloak.events] (executor-thread-%d) type="CODE_TO_TOKEN_ERROR", realmId="%s", '
            'realmName="%s", clientId="web-portal", userId="null", ipAddress="%s", error="invalid_code", '
            'grant_type="authorization_code", code_id="%s", client_auth_method="client-secret"'
            % (java_ts(ts()), rng.randint(1, 60), KC_REALM_IDS[v], v, ip10(), uuid4()))


@group("kc_code_to_token_invalid_client", "keycloak",
       "token endpoint rejects client authentication (error=invalid_client_credentials) in realm acme, any client",
       3, nm="kc-code-to-token", df=["billing-portal", "hr-dashboard", "crm-sync"])
def _(i, v):
    return ('%s ERROR [org.keycloak.events] (executor-thread-%d) type="CODE_TO_TOKEN_ERROR", realmId="%s", '
            'realmName="acme", clientId="%s", userId="null", ipAddress="%s", error="invalid_client_credentials", '
            'grant_type="authorization_code"'
            % (java_ts(ts()), rng.randint(1, 60), KC_REALM_IDS["acme"], v, ip10()))


@group("kc_npe_tenant_claim_mapper", "keycloak",
       "custom protocol mapper NPE: user without a 'tenant' attribute breaks token issuance", 1)
def _(i, v):
    return ('%s ERROR [org.keycloak.services.error.KeycloakErrorHandler] (executor-thread-%d) Uncaught server error: '
            'java.lang.NullPointerException: Cannot invoke "String.split(String)" because the return value of '
            '"org.keycloak.models.UserModel.getFirstAttribute(String)" is null\n'
            '\tat com.acme.keycloak.mapper.TenantClaimMapper.setClaim(TenantClaimMapper.java:58)\n'
            '\tat org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper.setClaim(AbstractOIDCProtocolMapper.java:127)\n'
            '\tat org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper.transformAccessToken(AbstractOIDCProtocolMapper.java:81)\n'
            '\tat org.keycloak.protocol.oidc.TokenManager.lambda$transformAccessToken$19(TokenManager.java:858)\n'
            '\tat java.base/java.util.stream.ReferencePipeline$2$1.accept(ReferencePipeline.java:178)\n'
            '\tat java.base/java.util.stream.SortedOps$SizedRefSortingSink.end(SortedOps.java:357)\n'
            '\tat java.base/java.util.stream.AbstractPipeline.copyInto(AbstractPipeline.java:510)\n'
            '\tat java.base/java.util.stream.ReduceOps$ReduceOp.evaluateSequential(ReduceOps.java:921)\n'
            '\tat java.base/java.util.stream.ReferencePipeline.collect(ReferencePipeline.java:682)\n'
            '\tat org.keycloak.protocol.oidc.TokenManager.transformAccessToken(TokenManager.java:860)\n'
            '\tat org.keycloak.protocol.oidc.TokenManager$AccessTokenResponseBuilder.generateAccessToken(TokenManager.java:1090)\n'
            '\tat org.keycloak.protocol.oidc.grants.AuthorizationCodeGrantType.process(AuthorizationCodeGrantType.java:203)\n'
            '\tat org.keycloak.protocol.oidc.endpoints.TokenEndpoint.processGrantRequest(TokenEndpoint.java:150)\n'
            '\tat org.keycloak.protocol.oidc.endpoints.TokenEndpoint$quarkusrestinvoker$processGrantRequest_6408e15340992839b66447750c221d9aaa837bd7.invoke(Unknown Source)\n'
            '\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)\n'
            '\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)\n'
            '\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)\n'
            '\tat io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:599)\n'
            '\tat org.jboss.threads.EnhancedQueueExecutor$Task.doRunWith(EnhancedQueueExecutor.java:2516)\n'
            '\tat org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2495)\n'
            '\tat org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1521)\n'
            '\tat org.jboss.threads.DelegatingRunnable.run(DelegatingRunnable.java:11)\n'
            '\tat org.jboss.threads.ThreadLocalResettingRunnable.run(ThreadLocalResettingRunnable.java:11)\n'
            '\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)\n'
            '\tat java.base/java.lang.Thread.run(Thread.java:1583)'
            % (java_ts(ts()), rng.randint(1, 60)))

# =========================================================== okta-hook-receiver
# Node 20 / Express receiver for Okta event hooks, pino JSON logs.
def pino(d, extra, err, msg):
    o = {"level": 50, "time": int(round(epoch(d) * 1000)), "pid": 1, "hostname": pod("okta-hooks"),
         "reqId": "req-%s" % format(rng.randint(1, 60000), "x")}
    o.update(extra)
    o["err"] = err
    o["msg"] = msg
    return jdump(o)


OKTA_TE = "Cannot read properties of undefined (reading 'login')"
OKTA_STACK_TAIL = ("\n    at /app/src/routes/eventHooks.js:61:15\n    at Array.map (<anonymous>)\n"
                   "    at processEvents (/app/src/routes/eventHooks.js:58:36)\n"
                   "    at /app/src/routes/eventHooks.js:31:11\n"
                   "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\n"
                   "    at next (/app/node_modules/express/lib/router/route.js:149:13)\n"
                   "    at verifyOktaHook (/app/src/middleware/verifyOktaHook.js:22:5)\n"
                   "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)")


def okta_event_id():
    return "%s-%s-11ef-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(12))


@group("okta_hook_typeerror_user_lifecycle", "okta-hook-receiver",
       "TypeError reading 'login' of undefined thrown in handleUserLifecycle (target[] lacks the user entry)",
       3, nm="okta-hook-typeerror-frame")
def _(i, v):
    stack = ("TypeError: " + OKTA_TE + "\n    at handleUserLifecycle (/app/src/handlers/userLifecycle.js:42:37)"
             + OKTA_STACK_TAIL)
    return pino(ts(), {"eventType": "user.lifecycle.deactivate", "eventId": okta_event_id()},
                {"type": "TypeError", "message": OKTA_TE, "stack": stack}, "event hook processing failed")


@group("okta_hook_typeerror_group_membership", "okta-hook-receiver",
       "same TypeError reading 'login' thrown in handleGroupMembership (different handler, different fix)",
       2, nm="okta-hook-typeerror-frame")
def _(i, v):
    stack = ("TypeError: " + OKTA_TE + "\n    at handleGroupMembership (/app/src/handlers/groupMembership.js:58:41)"
             + OKTA_STACK_TAIL)
    return pino(ts(), {"eventType": "group.user_membership.add", "eventId": okta_event_id()},
                {"type": "TypeError", "message": OKTA_TE, "stack": stack}, "event hook processing failed")


def okta_uid():
    return "00u" + alnum(17)


def okta_api_stack(msg):
    return ("OktaApiError: " + msg +
            "\n    at HttpClient.errorFilter (/app/node_modules/@okta/okta-sdk-nodejs/src/http.js:68:23)"
            "\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
            "\n    at async HttpClient.http (/app/node_modules/@okta/okta-sdk-nodejs/src/http.js:150:22)"
            "\n    at async UserApi.getUser (/app/node_modules/@okta/okta-sdk-nodejs/src/generated/apis/UserApi.js:1182:26)"
            "\n    at async syncUser (/app/src/okta/syncUser.js:27:18)"
            "\n    at async handleUserLifecycle (/app/src/handlers/userLifecycle.js:35:5)"
            "\n    at async Promise.all (index 0)")


@group("okta_api_e0000007_not_found", "okta-hook-receiver",
       "Okta API getUser returns 404 E0000007 for the hooked user (any customer org)", 5, nm="okta-api-error-code",
       df=["acme", "globex", "initech", "hooli", "soylent"])
def _(i, v):
    uid = okta_uid()
    msg = "Okta HTTP 404 E0000007 Not found: Resource not found: %s (User)" % uid
    return pino(ts(), {"orgUrl": "https://%s.okta.com" % v, "oktaUserId": uid},
                {"type": "OktaApiError", "message": msg, "stack": okta_api_stack(msg), "status": 404,
                 "errorCode": "E0000007", "errorId": "oae" + alnum(19)},
                "failed to load user for provisioning sync")


@group("okta_api_e0000047_rate_limit", "okta-hook-receiver",
       "Okta API getUser returns 429 E0000047 rate limit exceeded", 3, nm="okta-api-error-code")
def _(i, v):
    uid = okta_uid()
    msg = "Okta HTTP 429 E0000047 API call exceeded rate limit due to too many requests."
    return pino(ts(), {"orgUrl": "https://acme.okta.com", "oktaUserId": uid},
                {"type": "OktaApiError", "message": msg, "stack": okta_api_stack(msg), "status": 429,
                 "errorCode": "E0000047", "errorId": "oae" + alnum(19)},
                "failed to load user for provisioning sync")


# ============================================================= scim-provisioner
# Python 3.11 FastAPI SCIM 2.0 server, logging "%(asctime)s %(levelname)s [%(name)s] %(message)s".
PY = "/usr/local/lib/python3.11/site-packages"


def py_ts(d):
    return java_ts(d)


SCIM_SQL_HEAD = """Traceback (most recent call last):
  File "%(py)s/sqlalchemy/engine/base.py", line 1967, in _exec_single_context
    self.dialect.do_execute(
  File "%(py)s/sqlalchemy/engine/default.py", line 924, in do_execute
    cursor.execute(statement, parameters)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "%(cons)s"
DETAIL:  Key %(key)s already exists.


The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/app/scim/api/users.py", line 88, in create_user
    user = await run_in_threadpool(repo.insert_user, tenant_id, payload)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/starlette/concurrency.py", line 42, in run_in_threadpool
    return await anyio.to_thread.run_sync(func, *args)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/anyio/to_thread.py", line 56, in run_sync
    return await get_async_backend().run_sync_in_worker_thread(
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/anyio/_backends/_asyncio.py", line 2177, in run_sync_in_worker_thread
    return await future
           ^^^^^^^^^^^^
  File "%(py)s/anyio/_backends/_asyncio.py", line 859, in run
    result = context.run(func, *args)
             ^^^^^^^^^^^^^^^^^^^^^^^^
  File "/app/scim/repo/users.py", line 54, in insert_user
    session.flush()
  File "%(py)s/sqlalchemy/orm/session.py", line 4353, in flush
    self._flush(objects)
  File "%(py)s/sqlalchemy/orm/session.py", line 4488, in _flush
    with util.safe_reraise():
  File "%(py)s/sqlalchemy/util/langhelpers.py", line 146, in __exit__
    raise exc_value.with_traceback(exc_tb)
  File "%(py)s/sqlalchemy/orm/session.py", line 4449, in _flush
    flush_context.execute()
  File "%(py)s/sqlalchemy/orm/unitofwork.py", line 466, in execute
    rec.execute(self)
  File "%(py)s/sqlalchemy/orm/unitofwork.py", line 642, in execute
    util.preloaded.orm_persistence.save_obj(
  File "%(py)s/sqlalchemy/orm/persistence.py", line 93, in save_obj
    _emit_insert_statements(
  File "%(py)s/sqlalchemy/orm/persistence.py", line 1048, in _emit_insert_statements
    result = connection.execute(
             ^^^^^^^^^^^^^^^^^^^
  File "%(py)s/sqlalchemy/engine/base.py", line 1418, in execute
    return meth(
           ^^^^^
  File "%(py)s/sqlalchemy/engine/base.py", line 1846, in _execute_context
    return self._exec_single_context(
           ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/sqlalchemy/engine/base.py", line 1986, in _exec_single_context
    self._handle_dbapi_exception(
  File "%(py)s/sqlalchemy/engine/base.py", line 2353, in _handle_dbapi_exception
    raise sqlalchemy_exception.with_traceback(exc_info[2]) from e
  File "%(py)s/sqlalchemy/engine/base.py", line 1967, in _exec_single_context
    self.dialect.do_execute(
  File "%(py)s/sqlalchemy/engine/default.py", line 924, in do_execute
    cursor.execute(statement, parameters)
sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "%(cons)s"
DETAIL:  Key %(key)s already exists.

[SQL: INSERT INTO scim_users (id, tenant_id, user_name, external_id, active, display_name, created_at) VALUES (%%(id)s::UUID, %%(tenant_id)s::UUID, %%(user_name)s, %%(external_id)s, %%(active)s, %%(display_name)s, %%(created_at)s)]
[parameters: {'id': UUID('%(id)s'), 'tenant_id': UUID('%(tenant)s'), 'user_name': '%(user)s', 'external_id': '%(ext)s', 'active': True, 'display_name': '%(disp)s', 'created_at': datetime.datetime(%(dt)s)}]
(Background on this error at: https://sqlalche.me/e/20/gkpj)"""

SCIM_TENANT = uuid4()


def scim_unique(cons, keyfmt, user):
    d = ts()
    ext = okta_uid()
    disp = " ".join(p.capitalize() for p in re.split(r"[._]", user))
    key = keyfmt % {"user": user, "tenant": SCIM_TENANT, "ext": ext}
    body = SCIM_SQL_HEAD % {"py": PY, "cons": cons, "key": key, "id": uuid4(), "tenant": SCIM_TENANT, "user": user,
                            "ext": ext, "disp": disp,
                            "dt": "%d, %d, %d, %d, %d, %d, %d" % (d.year, d.month, d.day, d.hour, d.minute,
                                                                d.second, d.microsecond)}
    return "%s ERROR [scim.api.users] POST /scim/v2/Users failed request_id=%s\n%s" % (py_ts(d), uuid4(), body)


@group("scim_unique_user_name", "scim-provisioner",
       "SCIM create user hits unique constraint scim_users_tenant_id_user_name_key (user re-pushed by Okta)",
       4, nm="scim-unique-constraint", df=["priya.sharma", "tom.becker", "lucia.fernandez", "omar.haddad"])
def _(i, v):
    return scim_unique("scim_users_tenant_id_user_name_key", "(tenant_id, user_name)=(%(tenant)s, %(user)s)", v)


@group("scim_unique_external_id", "scim-provisioner",
       "SCIM create user hits unique constraint scim_users_tenant_id_external_id_key (externalId reuse)",
       2, nm="scim-unique-constraint")
def _(i, v):
    return scim_unique("scim_users_tenant_id_external_id_key", "(tenant_id, external_id)=(%(tenant)s, %(ext)s)",
                       rng.choice(["wei.zhang", "sara.lind", "nina.rossi", "paul.meyer"]))


SCIM_CONN_TB = """Traceback (most recent call last):
  File "%(py)s/urllib3/connection.py", line 198, in _new_conn
    sock = connection.create_connection(
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
%(inner)s

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "%(py)s/urllib3/connectionpool.py", line 793, in urlopen
    response = self._make_request(
               ^^^^^^^^^^^^^^^^^^^
  File "%(py)s/urllib3/connectionpool.py", line 491, in _make_request
    raise new_e
  File "%(py)s/urllib3/connectionpool.py", line 467, in _make_request
    self._validate_conn(conn)
  File "%(py)s/urllib3/connectionpool.py", line 1099, in _validate_conn
    conn.connect()
  File "%(py)s/urllib3/connection.py", line 616, in connect
    self.sock = sock = self._new_conn()
                       ^^^^^^^^^^^^^^^^
  File "%(py)s/urllib3/connection.py", line %(raise_line)s, in _new_conn
    raise %(raise_expr)s
%(mid)s

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "%(py)s/requests/adapters.py", line 667, in send
    resp = conn.urlopen(
           ^^^^^^^^^^^^^
  File "%(py)s/urllib3/connectionpool.py", line 847, in urlopen
    retries = retries.increment(
              ^^^^^^^^^^^^^^^^^^
  File "%(py)s/urllib3/util/retry.py", line 515, in increment
    raise MaxRetryError(_pool, url, reason) from reason  # type: ignore[arg-type]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='hris.internal.acme.io', port=443): Max retries exceeded with url: /api/v2/workers/%(wid)s (Caused by %(caused)s)

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/app/scim/downstream/hris.py", line 41, in push_worker
    resp = self._session.put(url, json=body, timeout=(3.05, 10))
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/requests/sessions.py", line 649, in put
    return self.request("PUT", url, data=data, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/requests/sessions.py", line 589, in request
    resp = self.send(prep, **send_kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/requests/sessions.py", line 703, in send
    r = adapter.send(request, **kwargs)
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%(py)s/requests/adapters.py", line 700, in send
    raise ConnectionError(e, request=request)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='hris.internal.acme.io', port=443): Max retries exceeded with url: /api/v2/workers/%(wid)s (Caused by %(caused)s)"""

INNER_REFUSED = """  File "%(py)s/urllib3/util/connection.py", line 85, in create_connection
    raise err
  File "%(py)s/urllib3/util/connection.py", line 73, in create_connection
    sock.connect(sa)
ConnectionRefusedError: [Errno 111] Connection refused"""
INNER_DNS = """  File "%(py)s/urllib3/util/connection.py", line 60, in create_connection
    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/socket.py", line 962, in getaddrinfo
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
socket.gaierror: [Errno -2] Name or service not known"""


def scim_push(kind):
    d = ts()
    obj = "0x7f%010x" % (rng.randint(0x100000000, 0xfffffffff) * 16)
    wid = "W%06d" % rng.randint(1000, 999999)
    if kind == "refused":
        mid = ("urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at %s>: "
               "Failed to establish a new connection: [Errno 111] Connection refused" % obj)
        caused = ("NewConnectionError('<urllib3.connection.HTTPSConnection object at %s>: Failed to establish a new "
                  "connection: [Errno 111] Connection refused')" % obj)
        inner, rl, rx = INNER_REFUSED, "213", "NewConnectionError("
    else:
        mid = ("urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at %s>: "
               "Failed to resolve 'hris.internal.acme.io' ([Errno -2] Name or service not known)" % obj)
        caused = ("NameResolutionError(\"<urllib3.connection.HTTPSConnection object at %s>: Failed to resolve "
                  "'hris.internal.acme.io' ([Errno -2] Name or service not known)\")" % obj)
        inner, rl, rx = INNER_DNS, "205", "NameResolutionError(self.host, self, e) from e"
    body = SCIM_CONN_TB % {"py": PY, "inner": inner % {"py": PY}, "raise_line": rl, "raise_expr": rx, "mid": mid,
                           "caused": caused, "wid": wid}
    return ("%s ERROR [scim.downstream.hris] push of worker %s to HRIS failed (scim user %s), will retry\n%s"
            % (py_ts(d), wid, uuid4(), body))


@group("scim_hris_connection_refused", "scim-provisioner",
       "downstream push to HRIS fails: TCP connection refused (ECONNREFUSED) under requests/urllib3 wrappers",
       2, nm="scim-hris-push")
def _(i, v):
    return scim_push("refused")


@group("scim_hris_dns_failure", "scim-provisioner",
       "downstream push to HRIS fails: hris.internal.acme.io does not resolve (EAI_NONAME) under the same wrappers",
       3, nm="scim-hris-push")
def _(i, v):
    return scim_push("dns")


# ========================================================================== opa
# OPA 0.64 server: JSON logrus logs and console decision logs.
@group("opa_bundle_not_found", "opa",
       "bundle plugin: bundle server replies 404 Not Found for bundle 'authz'", 3, nm="opa-bundle-download")
def _(i, v):
    return jdump({"level": "error", "msg": "Bundle load failed: server replied with Not Found", "name": "authz",
                  "plugin": "bundle", "time": ts().strftime("%Y-%m-%dT%H:%M:%SZ")})


@group("opa_bundle_forbidden", "opa",
       "bundle plugin: bundle server replies 403 Forbidden for bundle 'authz' (expired bearer token)", 2,
       nm="opa-bundle-download")
def _(i, v):
    return jdump({"level": "error", "msg": "Bundle load failed: server replied with Forbidden", "name": "authz",
                  "plugin": "bundle", "time": ts().strftime("%Y-%m-%dT%H:%M:%SZ")})


def opa_decision(err):
    d = ts()
    acct = uuid4()
    return jdump({
        "decision_id": uuid4(),
        "error": err,
        "input": {"attributes": {"request": {"http": {"host": "api.acme.io", "method": "POST",
                                                      "path": "/v1/accounts/%s/api-keys" % acct,
                                                      "headers": {"x-request-id": uuid4()}}},
                                 "source": {"address": {"socketAddress": {"address": ip10(),
                                                                          "portValue": rng.randint(32768, 60999)}}}},
                  "parsed_path": ["v1", "accounts", acct, "api-keys"]},
        "labels": {"id": "d5c1e8a0-7f3b-4c2e-9a61-2b8f0e4d7c19", "version": "0.64.1"},
        "level": "info",
        "metrics": {"timer_rego_query_eval_ns": rng.randint(90000, 2900000),
                    "timer_server_handler_ns": rng.randint(3000000, 9000000)},
        "msg": "Decision Log",
        "path": "envoy/authz/allow",
        "requested_by": "",
        "time": iso_s(d),
        "timestamp": iso_ns(d),
        "type": "openpolicyagent.org/decision_logs",
    })


@group("opa_eval_conflict_error", "opa",
       "decision error eval_conflict_error: complete rule produces multiple outputs at authz.rego:47", 3,
       nm="opa-decision-error")
def _(i, v):
    return opa_decision({"code": "eval_conflict_error",
                         "message": "complete rules must not produce multiple outputs",
                         "location": {"file": "/policies/envoy/authz.rego", "row": 47, "col": 1}})


@group("opa_eval_builtin_error", "opa",
       "decision error eval_builtin_error: http.send to entitlements service times out at authz.rego:63", 2,
       nm="opa-decision-error")
def _(i, v):
    return opa_decision({"code": "eval_builtin_error",
                         "message": "http.send: Post \"https://entitlements.identity.svc:8443/v1/check\": context "
                                    "deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                         "location": {"file": "/policies/envoy/authz.rego", "row": 63, "col": 14}})


# ======================================================================== falco
FALCO_HOSTS = ["ip-10-40-12-87.ec2.internal", "ip-10-40-33-141.ec2.internal", "ip-10-40-7-19.ec2.internal",
               "ip-10-40-51-230.ec2.internal"]


def falco_ev(rule, prio, text, fields, tags, source="syscall", host=None):
    d = ts()
    ns = iso_ns(d)
    clock = ns[11:-1]
    fields = dict(fields)
    fields["evt.time"] = int(epoch(d)) * 1000000000 + int(ns[20:-1])
    out = "%s: %s %s" % (clock, prio, text % fields)
    return jdump({"hostname": host or rng.choice(FALCO_HOSTS), "output": out, "priority": prio, "rule": rule,
                  "source": source, "tags": tags, "time": ns,
                  "output_fields": dict(sorted(fields.items()))})


def falco_container(prefix, image, tag):
    cid = hexs(12)
    p = pod(prefix)
    return {"container.id": cid, "container.image.repository": image, "container.image.tag": tag,
            "container.name": prefix, "k8s.ns.name": "identity", "k8s.pod.name": p}


FALCO_FILE_TEXT = ("%s | file=%%(fd.name)s pcmdline=%%(proc.pcmdline)s gparent=%%(proc.aname[2])s evt_type=%%(evt.type)s "
                   "user=%%(user.name)s user_uid=%%(user.uid)s user_loginuid=%%(user.loginuid)s process=%%(proc.name)s "
                   "proc_exepath=%%(proc.exepath)s parent=%%(proc.pname)s command=%%(proc.cmdline)s terminal=%%(proc.tty)s "
                   "container_id=%%(container.id)s container_image=%%(container.image.repository)s "
                   "container_image_tag=%%(container.image.tag)s container_name=%%(container.name)s "
                   "k8s_ns=%%(k8s.ns.name)s k8s_pod_name=%%(k8s.pod.name)s")


@group("falco_write_below_etc", "falco",
       "rule 'Write below etc': ldap-sync container entrypoint rewrites /etc/hosts at runtime", 3,
       nm="falco-file-write-rule")
def _(i, v):
    f = falco_container("ldap-sync", "registry.acme.io/identity/ldap-sync", "3.8.2")
    f.update({"fd.name": "/etc/hosts", "proc.pcmdline": "entrypoint.sh /usr/local/bin/ldap-sync --config /config/sync.yaml",
              "proc.aname[2]": "containerd-shim", "evt.type": "openat", "user.name": "root", "user.uid": 0,
              "user.loginuid": -1, "proc.name": "sh", "proc.exepath": "/bin/busybox", "proc.pname": "entrypoint.sh",
              "proc.cmdline": "sh -c cat /config/hosts.extra >> /etc/hosts", "proc.tty": 0})
    return falco_ev("Write below etc", "Error", FALCO_FILE_TEXT % "File below /etc opened for writing", f,
                    ["T1565", "container", "filesystem", "host", "maturity_stable", "mitre_persistence"])


@group("falco_write_below_binary_dir", "falco",
       "rule 'Write below binary dir': ldap-sync container installs packages into /usr/bin at runtime", 2,
       nm="falco-file-write-rule")
def _(i, v):
    f = falco_container("ldap-sync", "registry.acme.io/identity/ldap-sync", "3.8.2")
    f.update({"fd.name": "/usr/bin/ldapsearch", "proc.pcmdline": "entrypoint.sh /usr/local/bin/ldap-sync --config /config/sync.yaml",
              "proc.aname[2]": "containerd-shim", "evt.type": "openat", "user.name": "root", "user.uid": 0,
              "user.loginuid": -1, "proc.name": "apk", "proc.exepath": "/sbin/apk", "proc.pname": "entrypoint.sh",
              "proc.cmdline": "apk add --no-cache openldap-clients", "proc.tty": 0})
    return falco_ev("Write below binary dir", "Error",
                    FALCO_FILE_TEXT % "File below a known binary directory opened for writing", f,
                    ["T1543", "filesystem", "host", "maturity_stable", "mitre_persistence"])


@group("falco_k8saudit_exec_vault_pod", "falco",
       "k8saudit rule 'Attach/Exec Pod': an engineer execs into a vault pod (any engineer, any replica)", 5,
       df=["dana.kowalski", "raj.patel", "mei.lin", "sven.olsen"])
def _(i, v):
    f = {"ka.target.name": "vault-%d" % rng.randint(0, 4), "ka.target.namespace": "vault",
         "ka.target.resource": "pods", "ka.target.subresource": "exec",
         "ka.uri.param[command]": rng.choice(["sh", "/bin/sh", "bash"]), "ka.user.name": "%s@acme.io" % v}
    text = ("Attach/Exec to pod | user=%(ka.user.name)s pod=%(ka.target.name)s resource=%(ka.target.resource)s "
            "ns=%(ka.target.namespace)s action=%(ka.target.subresource)s command=%(ka.uri.param[command])s")
    return falco_ev("Attach/Exec Pod", "Notice", text, f, ["NIST_800-53_AC-6", "k8s"], source="k8s_audit",
                    host="falco-k8saudit-0")

# ===================================================================== suricata
# Suricata 7 eve.json alert records.
def sur_ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+0000" % d.microsecond


def sur_alert(sid, rev, sig, cat, sev, dport, src, dst, app=None, extra=None, meta=None):
    d = ts()
    sport = rng.randint(1024, 65535)
    o = {"timestamp": sur_ts(d), "flow_id": rng.randint(10 ** 14, 2 ** 51), "in_iface": "ens5",
         "event_type": "alert", "src_ip": src, "src_port": sport, "dest_ip": dst, "dest_port": dport,
         "proto": "TCP", "pkt_src": "wire/pcap", "community_id": "1:" + b64(20)}
    if app:
        o["app_proto"] = app
    o["alert"] = {"action": "allowed", "gid": 1, "signature_id": sid, "rev": rev, "signature": sig, "category": cat,
                  "severity": sev}
    if meta:
        o["alert"]["metadata"] = meta
    if extra:
        o.update(extra)
    o["flow"] = {"pkts_toserver": rng.randint(1, 3), "pkts_toclient": 0, "bytes_toserver": rng.choice([60, 74, 134]),
                 "bytes_toclient": 0, "start": sur_ts(d - datetime.timedelta(microseconds=rng.randint(10, 90000))),
                 "src_ip": src, "dest_ip": dst, "src_port": sport, "dest_port": dport}
    return jdump(o)


ET_META = {"created_at": ["2010_07_30"], "signature_severity": ["Informational"], "updated_at": ["2019_07_26"]}


@group("suricata_et_scan_mysql", "suricata",
       "ET SCAN Suspicious inbound to mySQL port 3306 (sid 2010937) against the Keycloak DB subnet", 3,
       nm="suricata-et-scan")
def _(i, v):
    return sur_alert(2010937, 3, "ET SCAN Suspicious inbound to mySQL port 3306", "Potentially Bad Traffic", 2,
                     3306, ip_pub(), "10.40.%d.%d" % (rng.randint(60, 63), rng.randint(4, 250)), meta=ET_META)


@group("suricata_et_scan_postgres", "suricata",
       "ET SCAN Suspicious inbound to PostgreSQL port 5432 (sid 2010939): different signature/port, different exposure",
       2, nm="suricata-et-scan")
def _(i, v):
    return sur_alert(2010939, 3, "ET SCAN Suspicious inbound to PostgreSQL port 5432", "Potentially Bad Traffic", 2,
                     5432, ip_pub(), "10.40.%d.%d" % (rng.randint(60, 63), rng.randint(4, 250)), meta=ET_META)


@group("suricata_local_unapproved_slack_workspace", "suricata",
       "local rule sid 9000101: TLS SNI to a non-corporate Slack workspace (any workspace name)", 4,
       df=["globex", "initech", "umbrella", "hooli"])
def _(i, v):
    sni = "%s.slack.com" % v
    extra = {"tls": {"sni": sni, "version": "TLS 1.3", "ja3": {"hash": hexs(32)}, "ja3s": {"hash": hexs(32)}}}
    return sur_alert(9000101, 2, "ACME POLICY TLS SNI to non-corporate Slack workspace", "Potential Corporate Privacy Violation",
                     2, 443, "10.40.%d.%d" % (rng.randint(100, 120), rng.randint(4, 250)),
                     rng.choice(["52.41.72.%d", "34.198.161.%d", "3.93.240.%d"]) % rng.randint(2, 254),
                     app="tls", extra=extra)


# =============================================================== wazuh-manager
# /var/ossec/logs/ossec.log, "YYYY/MM/DD HH:MM:SS daemon: LEVEL: message"
def wz_ts(d):
    return d.strftime("%Y/%m/%d %H:%M:%S")


@group("wazuh_db_disk_image_malformed", "wazuh-manager",
       "wazuh-db: an agent database is corrupt (sqlite 'database disk image is malformed')", 1, nm="wazuh-db-prepare")
def _(i, v):
    return "%s wazuh-db: ERROR: DB(%03d) sqlite3_prepare_v2(): database disk image is malformed" % (
        wz_ts(ts()), rng.randint(1, 400))


@group("wazuh_db_no_such_table_sys_hwinfo", "wazuh-manager",
       "wazuh-db: agent databases missing table sys_hwinfo after upgrade (schema migration not applied)", 3,
       nm="wazuh-db-prepare")
def _(i, v):
    return "%s wazuh-db: ERROR: DB(%03d) sqlite3_prepare_v2(): no such table: sys_hwinfo" % (
        wz_ts(ts()), rng.randint(1, 400))


@group("wazuh_authd_duplicate_name", "wazuh-manager",
       "wazuh-authd rejects re-enrollment of an existing agent name because force replace is disabled", 4,
       df=["bastion", "jumpbox", "ldap-primary", "vault-standby"])
def _(i, v):
    return ("%s wazuh-authd: WARNING: Duplicate name '%s', rejecting enrollment. Agent '%03d' won't be removed "
            "because the force option is disabled." % (wz_ts(ts()), v, rng.randint(1, 400)))


# ====================================================================== osquery
# osqueryd glog lines on the fleet hosts.
@group("osquery_watchdog_cpu_limit", "osquery",
       "watchdog kills the osqueryd worker: sustained CPU limit exceeded", 3, nm="osquery-watchdog")
def _(i, v):
    d = ts()
    return ("%s %d watcher.cpp:411] osqueryd worker (%d) stopping: Maximum sustainable CPU utilization limit "
            "exceeded: %d" % (glog("W", d), rng.randint(300, 40000), rng.randint(1000, 4000000), rng.choice([12, 15, 18])))


@group("osquery_watchdog_memory_limit", "osquery",
       "watchdog kills the osqueryd worker: memory limit exceeded", 2, nm="osquery-watchdog")
def _(i, v):
    d = ts()
    return ("%s %d watcher.cpp:411] osqueryd worker (%d) stopping: Memory limits exceeded: %d"
            % (glog("W", d), rng.randint(300, 40000), rng.randint(1000, 4000000), rng.randint(209800000, 268000000)))


# ================================================================ policy-engine
# Go 1.22 gRPC policy decision service; panics on stderr, zap JSON otherwise.
PE_GRPC_TAIL = """google.golang.org/grpc.(*Server).processUnaryRPC(%(s)s, {0x1f3e2a0, %(c1)s}, {0x1f47c60, %(c2)s}, %(c3)s, %(c4)s, 0x2a3f4e0, 0x0)
\t/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1369 +0xdf8
google.golang.org/grpc.(*Server).handleStream(%(s)s, {0x1f47c60, %(c2)s}, %(c3)s)
\t/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1780 +0xe8b
google.golang.org/grpc.(*Server).serveStreams.func2.1()
\t/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1019 +0x8b
created by google.golang.org/grpc.(*Server).serveStreams.func2 in goroutine %(g2)d
\t/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1030 +0x135"""


@group("pe_nil_deref_resolve_roles", "policy-engine",
       "panic: nil pointer dereference in rbac.(*Resolver).resolveRoles (role binding without a role)", 3,
       nm="pe-nil-pointer-frame")
def _(i, v):
    g = rng.randint(200, 90000)
    p = {"s": ptr(), "c1": ptr(), "c2": ptr(), "c3": ptr(), "c4": ptr(), "g2": g - rng.randint(1, 40)}
    r, ctx, req, srv = ptr(), ptr(), ptr(), ptr()
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x1a2b3c4]\n\n"
            "goroutine %d [running]:\n"
            "github.com/acme/policy-engine/internal/rbac.(*Resolver).resolveRoles(%s, {0x1f3e2a0, %s}, %s)\n"
            "\t/build/internal/rbac/resolver.go:142 +0x1c4\n"
            "github.com/acme/policy-engine/internal/rbac.(*Resolver).Effective(%s, {0x1f3e2a0, %s}, {%s, 0x24})\n"
            "\t/build/internal/rbac/resolver.go:88 +0x9e\n"
            "github.com/acme/policy-engine/internal/api.(*Server).Check(%s, {0x1f3e2a0, %s}, %s)\n"
            "\t/build/internal/api/check.go:57 +0x2b1\n"
            "github.com/acme/policy-engine/gen/policy/v1._PolicyService_Check_Handler({0x1a9e4c0, %s}, {0x1f3e2a0, %s}, %s, 0x0)\n"
            "\t/build/gen/policy/v1/policy_grpc.pb.go:213 +0x1a6\n"
            % (g, r, ctx, req, r, ctx, ptr(), srv, ctx, req, srv, ctx, ptr())) + PE_GRPC_TAIL % p


@group("pe_nil_deref_bundle_loader", "policy-engine",
       "panic: nil pointer dereference in bundle.(*Loader).refresh (bundle manifest without revision)", 2,
       nm="pe-nil-pointer-frame")
def _(i, v):
    g = rng.randint(20, 400)
    l, ctx = ptr(), ptr()
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x19f0e2d]\n\n"
            "goroutine %d [running]:\n"
            "github.com/acme/policy-engine/internal/bundle.(*Loader).refresh(%s, {0x1f3e2a0, %s})\n"
            "\t/build/internal/bundle/loader.go:211 +0x2f6\n"
            "github.com/acme/policy-engine/internal/bundle.(*Loader).Run.func1()\n"
            "\t/build/internal/bundle/loader.go:96 +0x65\n"
            "created by github.com/acme/policy-engine/internal/bundle.(*Loader).Run in goroutine 1\n"
            "\t/build/internal/bundle/loader.go:89 +0x1b8" % (g, l, ctx))


def zap_err(d, caller, msg, fields, err, stack):
    o = {"level": "error", "ts": round(epoch(d), 6), "caller": caller, "msg": msg}
    o.update(fields)
    o["error"] = err
    o["stacktrace"] = stack
    return jdump(o)


PE_SYNC_STACK = ("github.com/acme/policy-engine/internal/tenant.(*BundleSync).syncTenant\n"
                 "\t/build/internal/tenant/bundles.go:96\n"
                 "github.com/acme/policy-engine/internal/tenant.(*BundleSync).Run.func1\n"
                 "\t/build/internal/tenant/bundles.go:58\n"
                 "golang.org/x/sync/errgroup.(*Group).Go.func1\n"
                 "\t/go/pkg/mod/golang.org/x/sync@v0.7.0/errgroup/errgroup.go:78")


@group("pe_tenant_bundle_not_found", "policy-engine",
       "tenant bundle sync: bundle registry returns gRPC NotFound for a tenant's authz bundle (any tenant)", 4,
       nm="pe-tenant-bundle-grpc", df=["globex", "initech", "umbrella", "hooli"])
def _(i, v):
    return zap_err(ts(), "tenant/bundles.go:96", "failed to fetch tenant policy bundle",
                   {"tenant": v, "sync_id": uuid4()},
                   'rpc error: code = NotFound desc = bundle "tenants/%s/authz" not found' % v, PE_SYNC_STACK)


@group("pe_tenant_bundle_permission_denied", "policy-engine",
       "tenant bundle sync: bundle registry returns gRPC PermissionDenied for tenant acme's bundle", 2,
       nm="pe-tenant-bundle-grpc")
def _(i, v):
    return zap_err(ts(), "tenant/bundles.go:96", "failed to fetch tenant policy bundle",
                   {"tenant": "acme", "sync_id": uuid4()},
                   'rpc error: code = PermissionDenied desc = permission denied on bundle "tenants/acme/authz"', PE_SYNC_STACK)


# ================================================================ token-service
# Rust (tokio + tonic) token exchange service, tracing-subscriber fmt output, tracing-panic hook.
EXCHANGE_SPAN = 'grpc{method="/identity.token.v1.TokenService/Exchange" request_id=%s}'


@group("tok_panic_subject_unwrap", "token-service",
       "panic: Option::unwrap() on None at src/exchange/subject.rs:88:41 (subject token without 'sub')", 2,
       nm="tok-panic-location")
def _(i, v):
    return ('%s ERROR %s: tracing_panic: A panic occurred panic.payload="called `Option::unwrap()` on a `None` value" '
            'panic.location="src/exchange/subject.rs:88:41" panic.backtrace=disabled backtrace'
            % (iso_us(ts()), EXCHANGE_SPAN % uuid4()))


@group("tok_panic_jwks_unwrap", "token-service",
       "panic: Option::unwrap() on None at src/jwks/cache.rs:77:22 (JWK without 'kid')", 3, nm="tok-panic-location")
def _(i, v):
    return ('%s ERROR %s: tracing_panic: A panic occurred panic.payload="called `Option::unwrap()` on a `None` value" '
            'panic.location="src/jwks/cache.rs:77:22" panic.backtrace=disabled backtrace'
            % (iso_us(ts()), EXCHANGE_SPAN % uuid4()))


TONIC_UNAVAIL = ('%s ERROR %s: token_service::upstream::introspect: introspection call failed '
                 'upstream="http://session-store.identity.svc:50051" attempt=%d '
                 'error=status: Unavailable, message: "%s", details: [], metadata: MetadataMap { headers: {} }')


@group("tok_introspect_connection_refused", "token-service",
       "session-store introspection: tonic Unavailable, tcp connect refused (os error 111)", 3,
       nm="tok-upstream-unavailable")
def _(i, v):
    return TONIC_UNAVAIL % (iso_us(ts()), EXCHANGE_SPAN % uuid4(), rng.randint(1, 3),
                            "error trying to connect: tcp connect error: Connection refused (os error 111)")


@group("tok_introspect_dns_failure", "token-service",
       "session-store introspection: tonic Unavailable, DNS lookup of the upstream fails", 2,
       nm="tok-upstream-unavailable")
def _(i, v):
    return TONIC_UNAVAIL % (iso_us(ts()), EXCHANGE_SPAN % uuid4(), rng.randint(1, 3),
                            "error trying to connect: dns error: failed to lookup address information: "
                            "Name or service not known")


@group("tok_subject_invalid_audience", "token-service",
       "subject token rejected: jsonwebtoken InvalidAudience (any OAuth client)", 5, nm="tok-jwt-validation",
       df=["billing-portal", "hr-dashboard", "crm-sync", "data-lake-ui", "vendor-gateway"])
def _(i, v):
    return ('%s ERROR %s: token_service::exchange: subject token rejected client_id="%s" kid="%s" error=InvalidAudience'
            % (iso_us(ts()), EXCHANGE_SPAN % uuid4(), v, alnum(43, B64URL)))


@group("tok_subject_invalid_issuer", "token-service",
       "subject token rejected: jsonwebtoken InvalidIssuer (partner-sync client presents tokens from old issuer)", 2,
       nm="tok-jwt-validation")
def _(i, v):
    return ('%s ERROR %s: token_service::exchange: subject token rejected client_id="partner-sync" kid="%s" '
            'error=InvalidIssuer' % (iso_us(ts()), EXCHANGE_SPAN % uuid4(), alnum(43, B64URL)))

# ================================================================= cert-manager
# cert-manager v1.11 controller (klog + logr key/value output).
def klog_q(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def cm_challenge_name(cert):
    return "%s-%d-%d-%d" % (cert, rng.randint(1, 9), rng.randint(10 ** 9, 4 * 10 ** 9), rng.randint(10 ** 9, 4 * 10 ** 9))


def cm_selfcheck(dns, err_tail):
    d = ts()
    tok = alnum(43, B64URL)
    url = "http://%s/.well-known/acme-challenge/%s" % (dns, tok)
    err = "failed to perform self check GET request '%s': %s" % (url, err_tail.replace("{url}", url))
    cert = dns.replace(".", "-") + "-tls"
    return ('%s       1 sync.go:190] cert-manager/challenges "msg"="propagation check failed" "error"="%s" '
            '"dnsName"="%s" "resource_kind"="Challenge" "resource_name"="%s" "resource_namespace"="identity" '
            '"resource_version"="v1" "type"="HTTP-01"' % (glog("E", d), klog_q(err), dns, cm_challenge_name(cert)))


@group("cm_http01_self_check_refused", "cert-manager",
       "HTTP-01 self check for auth.acme.io: connection refused on :80 (ingress has no plain-HTTP listener)", 3,
       nm="cm-http01-self-check")
def _(i, v):
    return cm_selfcheck("auth.acme.io", 'Get "{url}": dial tcp 203.0.113.10:80: connect: connection refused')


@group("cm_http01_self_check_404", "cert-manager",
       "HTTP-01 self check returns 404 (solver ingress not routed) for any *.acme.io login host", 4,
       nm="cm-http01-self-check", df=["sso", "login", "id", "account"])
def _(i, v):
    return cm_selfcheck("%s.acme.io" % v, "wrong status code '404', expected '200'")


def cm_order(err, dns):
    d = ts()
    cert = dns.replace(".", "-") + "-tls"
    return ('%s       1 sync.go:129] cert-manager/orders "msg"="Failed to create Order resource due to bad request, '
            'marking Order as failed" "error"="%s" "resource_kind"="Order" "resource_name"="%s-%d-%d" '
            '"resource_namespace"="identity" "resource_version"="v1"'
            % (glog("E", d), klog_q(err), cert, rng.randint(1, 9), rng.randint(10 ** 9, 4 * 10 ** 9)))


@group("cm_acme_rate_limited", "cert-manager",
       "Let's Encrypt new-order 429 rateLimited: duplicate-certificate limit for auth.acme.io", 2, nm="cm-acme-order")
def _(i, v):
    d = ts() + datetime.timedelta(hours=rng.randint(2, 30))
    return cm_order("429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates (5) "
                    "already issued for this exact set of domains in the last 168 hours: auth.acme.io, retry after %s "
                    "UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames"
                    % d.strftime("%Y-%m-%d %H:%M:%S"), "auth.acme.io")


@group("cm_acme_rejected_identifier", "cert-manager",
       "Let's Encrypt new-order 400 rejectedIdentifier: Certificate asks for internal name auth.acme.internal", 3,
       nm="cm-acme-order")
def _(i, v):
    return cm_order("400 urn:ietf:params:acme:error:rejectedIdentifier: Error creating new order :: Cannot issue for "
                    "\"auth.acme.internal\": Domain name does not end with a valid public suffix (TLD)",
                    "auth.acme.internal")


@group("cm_dns01_route53_access_denied", "cert-manager",
       "DNS-01 Present: IRSA role may not ChangeResourceRecordSets on the acme.io hosted zone", 1)
def _(i, v):
    d = ts()
    err = ("failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response "
           "error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::418295730164:assumed-role/"
           "cert-manager-irsa/%d is not authorized to perform: route53:ChangeResourceRecordSets on resource: "
           "arn:aws:route53:::hostedzone/Z04512713KQ2V9X8M3WPL because no identity-based policy allows the "
           "route53:ChangeResourceRecordSets action" % (uuid4(), rng.randint(10 ** 18, 2 * 10 ** 18)))
    return ('%s       1 sync.go:406] cert-manager/challenges/Present "msg"="error presenting challenge" "error"="%s" '
            '"dnsName"="acme.io" "resource_kind"="Challenge" "resource_name"="%s" "resource_namespace"="identity" '
            '"resource_version"="v1" "type"="DNS-01"' % (glog("E", d), klog_q(err), cm_challenge_name("wildcard-acme-io-tls")))


# ================================================================= spire-server
# SPIRE 1.9 server, logrus text format.
def logrus_ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def spire_attest(err):
    d = ts()
    return ('time="%s" level=error msg="Failed to attest" authorized_as=nobody authorized_via= caller_addr="%s:%d" '
            'error="%s" method=AttestAgent node_attestor_type=k8s_psat request_id=%s service=agent.v1.Agent '
            'subsystem_name=api' % (logrus_ts(d), "10.40.%d.%d" % (rng.randint(0, 63), rng.randint(2, 254)),
                                    rng.randint(32768, 60999), klog_q(err), uuid4()))


@group("spire_psat_tokenreview_timeout", "spire-server",
       "k8s_psat node attestation: TokenReview API call times out (Internal)", 3, nm="spire-psat-attestation")
def _(i, v):
    return spire_attest('rpc error: code = Internal desc = nodeattestor(k8s_psat): unable to validate token with '
                        'TokenReview API: unable to query token review API: Post "https://172.20.0.1:443/apis/'
                        'authentication.k8s.io/v1/tokenreviews": context deadline exceeded')


@group("spire_psat_token_not_authenticated", "spire-server",
       "k8s_psat node attestation: TokenReview says token not authenticated (PermissionDenied)", 2,
       nm="spire-psat-attestation")
def _(i, v):
    return spire_attest('rpc error: code = PermissionDenied desc = nodeattestor(k8s_psat): token not authenticated '
                        'according to TokenReview API')


# ================================================================== spire-agent
@group("spire_agent_k8s_no_selectors", "spire-agent",
       "workload attestation: k8s attestor finds no selectors after max poll attempts (DeadlineExceeded)", 3,
       nm="spire-agent-workload-attestor")
def _(i, v):
    return ('time="%s" level=error msg="Failed to collect all selectors for PID" error="workload attestor \\"k8s\\" '
            'failed: rpc error: code = DeadlineExceeded desc = workloadattestor(k8s): no selectors found after max poll '
            'attempts" pid=%d subsystem_name=workload_attestor' % (logrus_ts(ts()), rng.randint(1000, 4000000)))


@group("spire_agent_unix_exe_vanished", "spire-agent",
       "workload attestation: unix attestor cannot hash /proc/<pid>/exe (process exited) (Internal)", 2,
       nm="spire-agent-workload-attestor")
def _(i, v):
    pid = rng.randint(1000, 4000000)
    return ('time="%s" level=error msg="Failed to collect all selectors for PID" error="workload attestor \\"unix\\" '
            'failed: rpc error: code = Internal desc = workloadattestor(unix): SHA256 digest: open /proc/%d/exe: no such '
            'file or directory" pid=%d subsystem_name=workload_attestor' % (logrus_ts(ts()), pid, pid))


# ======================================================================== envoy
# Envoy 1.30 front proxy: JSON access log + application log.
def envoy_access(details):
    d = ts()
    acct = uuid4()
    return jdump({
        "authority": "api.acme.io", "bytes_received": rng.choice([0, 0, 118, 342]), "bytes_sent": 0,
        "downstream_local_address": "10.40.%d.%d:8443" % (rng.randint(0, 7), rng.randint(2, 254)),
        "downstream_remote_address": "%s:%d" % (ip10(), rng.randint(32768, 60999)),
        "duration": rng.randint(1, 40), "method": rng.choice(["GET", "POST", "DELETE"]),
        "path": "/v1/accounts/%s/api-keys" % acct, "protocol": "HTTP/2", "request_id": uuid4(),
        "requested_server_name": "api.acme.io", "response_code": 403, "response_code_details": details,
        "response_flags": "UAEX", "route_name": "accounts-api", "start_time": iso_ms(d),
        "upstream_cluster": "accounts-api", "upstream_host": None, "upstream_local_address": None,
        "upstream_service_time": None, "upstream_transport_failure_reason": None,
        "user_agent": rng.choice(["okhttp/4.12.0", "acme-cli/2.14.1", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
                                  "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"]),
        "x_forwarded_for": ip_pub()})


@group("envoy_ext_authz_denied", "envoy",
       "accounts-api requests denied by the ext_authz (OPA) check: 403 UAEX ext_authz_denied", 3,
       nm="envoy-ext-authz")
def _(i, v):
    return envoy_access("ext_authz_denied")


@group("envoy_ext_authz_error", "envoy",
       "accounts-api requests failed closed because the ext_authz call itself errored: 403 UAEX ext_authz_error", 3,
       nm="envoy-ext-authz")
def _(i, v):
    return envoy_access("ext_authz_error")


@group("envoy_xds_stream_closed", "envoy",
       "ADS gRPC config stream to xds_cluster keeps closing: upstream connect error 111", 4)
def _(i, v):
    d = ts()
    return ("[%s.%03d][1][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:193] "
            "StreamAggregatedResources gRPC config stream to xds_cluster closed since %ds ago: 14, upstream connect "
            "error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: "
            "delayed connect error: 111" % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond // 1000, rng.randint(5, 900)))

# ================================================================== sso-gateway
# Node 20 Express + passport (@node-saml/passport-saml, openid-client) ; winston JSON logs.
SAML_LIB = "/app/node_modules/@node-saml/node-saml/lib/saml.js"
SAML_TAIL = ("\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
             "\n    at async MultiSamlStrategy.authenticate (/app/node_modules/@node-saml/passport-saml/lib/strategy.js:108:46)")


def winston(msg, tenant, err_name, err_msg, stack, extra=None):
    d = ts()
    o = {"level": "error", "message": msg, "service": "sso-gateway", "tenant": tenant, "requestId": uuid4()}
    if extra:
        o.update(extra)
    o["error"] = {"name": err_name, "message": err_msg, "stack": "%s: %s\n%s" % (err_name, err_msg, stack)}
    o["timestamp"] = iso_ms(d)
    return jdump(o)


@group("sso_saml_assertion_expired", "sso-gateway",
       "SAML ACS: assertion NotOnOrAfter in the past ('clocks skewed too much') for tenant initech's ADFS", 4,
       nm="sso-saml-validation")
def _(i, v):
    stack = ("    at SAML.checkTimestampsValidityError (%s:1024:24)\n"
             "    at SAML.processValidlySignedAssertionAsync (%s:830:41)\n"
             "    at SAML.validatePostResponseAsync (%s:651:35)" % (SAML_LIB, SAML_LIB, SAML_LIB)) + SAML_TAIL
    return winston("SAML callback failed", "initech", "Error", "SAML assertion expired: clocks skewed too much", stack,
                   {"idp": "https://adfs.initech.com/adfs/services/trust", "inResponseTo": "_" + hexs(40)})


@group("sso_saml_audience_mismatch", "sso-gateway",
       "SAML ACS: IdP still sends the legacy global SP entityID as Audience (any tenant)", 4,
       nm="sso-saml-validation", df=["globex", "umbrella", "hooli", "soylent"])
def _(i, v):
    stack = ("    at SAML.checkAudienceValidityError (%s:1046:20)\n"
             "    at SAML.processValidlySignedAssertionAsync (%s:889:45)\n"
             "    at SAML.validatePostResponseAsync (%s:651:35)" % (SAML_LIB, SAML_LIB, SAML_LIB)) + SAML_TAIL
    msg = ("SAML assertion audience mismatch. Expected: https://sso.acme.io/saml/%s/metadata Received: "
           "https://sso.acme.io/saml/metadata" % v)
    return winston("SAML callback failed", v, "Error", msg, stack,
                   {"idp": "https://idp.%s.com/saml2" % v, "inResponseTo": "_" + hexs(40)})


@group("sso_saml_invalid_signature", "sso-gateway",
       "SAML ACS: document signature does not verify against initech's configured IdP cert (cert rolled)", 2,
       nm="sso-saml-validation")
def _(i, v):
    stack = ("    at SAML.validatePostResponseAsync (%s:601:27)" % SAML_LIB) + SAML_TAIL
    return winston("SAML callback failed", "initech", "Error", "Invalid document signature", stack,
                   {"idp": "https://adfs.initech.com/adfs/services/trust", "inResponseTo": "_" + hexs(40)})


OIDC_LIB = "/app/node_modules/openid-client/lib"


@group("sso_oidc_invalid_grant", "sso-gateway",
       "OIDC callback: Keycloak rejects the authorization code (OPError invalid_grant 'Code not valid')", 3,
       nm="sso-oidc-callback")
def _(i, v):
    stack = ("    at processResponse (%s/helpers/process_response.js:38:13)\n"
             "    at Client.grant (%s/client.js:1355:22)\n"
             "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
             "    at async Client.callback (%s/client.js:493:24)" % (OIDC_LIB, OIDC_LIB, OIDC_LIB))
    return winston("OIDC callback failed", "acme", "OPError", "invalid_grant (Code not valid)", stack,
                   {"state": alnum(43, B64URL)})


@group("sso_oidc_unexpected_iss", "sso-gateway",
       "OIDC callback: id_token iss is the master realm, not the acme realm (RPError unexpected iss)", 2,
       nm="sso-oidc-callback")
def _(i, v):
    stack = ("    at Client.validateJWT (%s/client.js:1003:15)\n"
             "    at async Client.validateIdToken (%s/client.js:773:57)\n"
             "    at async Client.callback (%s/client.js:505:7)" % (OIDC_LIB, OIDC_LIB, OIDC_LIB))
    return winston("OIDC callback failed", "acme", "RPError",
                   "unexpected iss value, expected https://keycloak.acme.io/realms/acme, got: "
                   "https://keycloak.acme.io/realms/master", stack, {"state": alnum(43, B64URL)})


# ================================================================ iam-admin-api
# Spring Boot 3.2 / Spring Security 6.2 resource server, default console pattern.
def sb_thread():
    n = rng.randint(1, 40)
    return ("nio-8080-exec-%d" % n)[-15:]


def sb_line(d, logger, msg):
    return "%s ERROR 1 --- [iam-admin-api] [%s] %s : %s" % (iso_ms(d), sb_thread().rjust(15), logger.ljust(40), msg)


SB_FILTER_TAIL = """
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:374)
\tat org.springframework.security.web.authentication.logout.LogoutFilter.doFilter(LogoutFilter.java:107)
\tat org.springframework.security.web.authentication.logout.LogoutFilter.doFilter(LogoutFilter.java:93)
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:374)
\tat org.springframework.security.web.header.HeaderWriterFilter.doHeadersAfter(HeaderWriterFilter.java:90)
\tat org.springframework.security.web.header.HeaderWriterFilter.doFilterInternal(HeaderWriterFilter.java:75)
\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:374)
\tat org.springframework.security.web.context.SecurityContextHolderFilter.doFilter(SecurityContextHolderFilter.java:82)
\tat org.springframework.security.web.context.SecurityContextHolderFilter.doFilter(SecurityContextHolderFilter.java:69)
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:374)
\tat org.springframework.security.web.session.DisableEncodeUrlFilter.doFilterInternal(DisableEncodeUrlFilter.java:42)
\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:374)
\tat org.springframework.security.web.FilterChainProxy.doFilterInternal(FilterChainProxy.java:233)
\tat org.springframework.security.web.FilterChainProxy.doFilter(FilterChainProxy.java:191)
\tat org.springframework.web.filter.DelegatingFilterProxy.invokeDelegate(DelegatingFilterProxy.java:352)
\tat org.springframework.web.filter.DelegatingFilterProxy.doFilter(DelegatingFilterProxy.java:268)
\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)
\tat org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)
\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)
\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)
\tat org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)
\tat org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)
\tat org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)
\tat org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)
\tat org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)
\tat org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)
\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)
\tat org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)
\tat org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:896)
\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)
\tat org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)
\tat org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)
\tat org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)
\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)
\tat java.base/java.lang.Thread.run(Thread.java:1583)"""

JWKS_URL = "https://keycloak.acme.io/realms/acme/protocol/openid-connect/certs"
JWK_TOP = """AuthenticationServiceException: An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "%(url)s": %(leaf)s
\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:103)
\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.authenticate(JwtAuthenticationProvider.java:88)
\tat org.springframework.security.authentication.ProviderManager.authenticate(ProviderManager.java:182)
\tat org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter.doFilterInternal(BearerTokenAuthenticationFilter.java:137)
\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)""" + SB_FILTER_TAIL + """
Caused by: org.springframework.security.oauth2.jwt.JwtException: An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "%(url)s": %(leaf)s
\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder.createJwt(NimbusJwtDecoder.java:180)
\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder.decode(NimbusJwtDecoder.java:137)
\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:97)
\t... 44 more
Caused by: com.nimbusds.jose.RemoteKeySourceException: Couldn't retrieve remote JWK set: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "%(url)s": %(leaf)s
\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder$JwkSetUriJwtDecoderBuilder$SpringJWKSource.fetchJwks(NimbusJwtDecoder.java:414)
\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder$JwkSetUriJwtDecoderBuilder$SpringJWKSource.get(NimbusJwtDecoder.java:432)
\tat com.nimbusds.jose.proc.JWSVerificationKeySelector.selectJWSKeys(JWSVerificationKeySelector.java:142)
\tat com.nimbusds.jwt.proc.DefaultJWTProcessor.process(DefaultJWTProcessor.java:367)
\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder.createJwt(NimbusJwtDecoder.java:160)
\t... 46 more
Caused by: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "%(url)s": %(leaf)s
\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)
\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)
\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:790)
\tat org.springframework.security.oauth2.jwt.NimbusJwtDecoder$JwkSetUriJwtDecoderBuilder$SpringJWKSource.fetchJwks(NimbusJwtDecoder.java:409)
\t... 50 more"""
HTTPS_CONNECT_TAIL = """
\tat java.base/sun.net.www.protocol.https.HttpsURLConnectionImpl.connect(HttpsURLConnectionImpl.java:142)
\tat org.springframework.http.client.SimpleClientHttpRequest.executeInternal(SimpleClientHttpRequest.java:79)
\tat org.springframework.http.client.AbstractStreamingClientHttpRequest.executeInternal(AbstractStreamingClientHttpRequest.java:70)
\tat org.springframework.http.client.AbstractClientHttpRequest.execute(AbstractClientHttpRequest.java:66)
\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:889)
\t... 52 more"""
JWK_LEAF_TIMEOUT = """
Caused by: java.net.SocketTimeoutException: Connect timed out
\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:551)
\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:592)
\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)
\tat java.base/java.net.Socket.connect(Socket.java:751)
\tat java.base/sun.security.ssl.SSLSocketImpl.connect(SSLSocketImpl.java:304)
\tat java.base/sun.net.NetworkClient.doConnect(NetworkClient.java:178)
\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:531)
\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:636)
\tat java.base/sun.net.www.protocol.https.HttpsClient.<init>(HttpsClient.java:264)
\tat java.base/sun.net.www.protocol.https.HttpsClient.New(HttpsClient.java:377)
\tat java.base/sun.net.www.protocol.https.AbstractDelegateHttpsURLConnection.getNewHttpClient(AbstractDelegateHttpsURLConnection.java:193)
\tat java.base/sun.net.www.protocol.http.HttpURLConnection.plainConnect0(HttpURLConnection.java:1252)
\tat java.base/sun.net.www.protocol.http.HttpURLConnection.plainConnect(HttpURLConnection.java:1138)
\tat java.base/sun.net.www.protocol.https.AbstractDelegateHttpsURLConnection.connect(AbstractDelegateHttpsURLConnection.java:179)""" + HTTPS_CONNECT_TAIL
PKIX = ("PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid "
        "certification path to requested target")
JWK_LEAF_PKIX = """
Caused by: javax.net.ssl.SSLHandshakeException: %(pkix)s
\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)
\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)
\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:321)
\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:316)
\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1318)
\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.onConsumeCertificate(CertificateMessage.java:1195)
\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.consume(CertificateMessage.java:1138)
\tat java.base/sun.security.ssl.SSLHandshake.consume(SSLHandshake.java:393)
\tat java.base/sun.security.ssl.HandshakeContext.dispatch(HandshakeContext.java:476)
\tat java.base/sun.security.ssl.HandshakeContext.dispatch(HandshakeContext.java:447)
\tat java.base/sun.security.ssl.TransportContext.dispatch(TransportContext.java:206)
\tat java.base/sun.security.ssl.SSLTransport.decode(SSLTransport.java:172)
\tat java.base/sun.security.ssl.SSLSocketImpl.decode(SSLSocketImpl.java:1506)
\tat java.base/sun.security.ssl.SSLSocketImpl.readHandshakeRecord(SSLSocketImpl.java:1421)
\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:455)
\tat java.base/sun.security.ssl.SSLSocketImpl.startHandshake(SSLSocketImpl.java:426)
\tat java.base/sun.net.www.protocol.https.HttpsClient.afterConnect(HttpsClient.java:586)
\tat java.base/sun.net.www.protocol.https.AbstractDelegateHttpsURLConnection.connect(AbstractDelegateHttpsURLConnection.java:187)""" % {"pkix": PKIX} + HTTPS_CONNECT_TAIL + """
Caused by: sun.security.validator.ValidatorException: %(pkix)s
\tat java.base/sun.security.validator.PKIXValidator.doBuild(PKIXValidator.java:388)
\tat java.base/sun.security.validator.PKIXValidator.engineValidate(PKIXValidator.java:271)
\tat java.base/sun.security.validator.Validator.validate(Validator.java:256)
\tat java.base/sun.security.ssl.X509TrustManagerImpl.checkTrusted(X509TrustManagerImpl.java:230)
\tat java.base/sun.security.ssl.X509TrustManagerImpl.checkServerTrusted(X509TrustManagerImpl.java:132)
\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1302)
\t... 70 more
Caused by: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target
\tat java.base/sun.security.provider.certpath.SunCertPathBuilder.build(SunCertPathBuilder.java:148)
\tat java.base/sun.security.provider.certpath.SunCertPathBuilder.engineBuild(SunCertPathBuilder.java:129)
\tat java.base/java.security.cert.CertPathBuilder.build(CertPathBuilder.java:297)
\tat java.base/sun.security.validator.PKIXValidator.doBuild(PKIXValidator.java:383)
\t... 75 more""" % {"pkix": PKIX}
SB_SERVLET_LOGGER = "o.a.c.c.C.[.[.[/].[dispatcherServlet]"


def jwk_failure(leaf_msg, leaf_trace):
    head = sb_line(ts(), SB_SERVLET_LOGGER,
                   "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception")
    return (head + "\n\norg.springframework.security.authentication." + JWK_TOP % {"url": JWKS_URL, "leaf": leaf_msg}
            + leaf_trace)


@group("iam_jwks_connect_timeout", "iam-admin-api",
       "bearer-token auth: remote JWK set fetch from Keycloak times out (SocketTimeoutException: Connect timed out)",
       3, nm="iam-jwks-fetch")
def _(i, v):
    return jwk_failure("Connect timed out", JWK_LEAF_TIMEOUT)


@group("iam_jwks_pkix_untrusted", "iam-admin-api",
       "bearer-token auth: remote JWK set fetch fails TLS validation (PKIX path building failed, CA not in truststore)",
       2, nm="iam-jwks-fetch")
def _(i, v):
    return jwk_failure(PKIX, JWK_LEAF_PKIX)


NPE_MSG = ('java.lang.NullPointerException: Cannot invoke "String.toLowerCase()" because the return value of '
           '"com.acme.iam.model.User.getEmail()" is null')
MVC_TAIL = """
\tat com.acme.iam.web.UserController.patchUser(UserController.java:97)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)
\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
\tat org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)
\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
\tat org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)
\tat org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:831)
\tat org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)
\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
\tat org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)
\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
\tat org.springframework.web.servlet.FrameworkServlet.doPatch(FrameworkServlet.java:936)
\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:586)
\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)
\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)
\tat org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:51)
\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:149)
\tat org.springframework.security.web.FilterChainProxy.lambda$doFilterInternal$3(FilterChainProxy.java:231)
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:365)
\tat org.springframework.security.web.access.intercept.AuthorizationFilter.doFilter(AuthorizationFilter.java:100)
\tat org.springframework.security.web.FilterChainProxy$VirtualFilterChain.doFilter(FilterChainProxy.java:374)
\tat org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter.doFilterInternal(BearerTokenAuthenticationFilter.java:150)
\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)""" + SB_FILTER_TAIL


def npe(frames):
    head = sb_line(ts(), SB_SERVLET_LOGGER,
                   "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception "
                   "[Request processing failed: %s] with root cause" % NPE_MSG)
    return head + "\n\n" + NPE_MSG + frames + MVC_TAIL


@group("iam_npe_user_service_normalize", "iam-admin-api",
       "PATCH user NPE on null email thrown in UserService.normalize", 2, nm="iam-npe-throwing-frame")
def _(i, v):
    return npe("\n\tat com.acme.iam.service.UserService.normalize(UserService.java:212)"
               "\n\tat com.acme.iam.service.UserService.update(UserService.java:134)"
               "\n\tat com.acme.iam.service.UserService$$SpringCGLIB$$0.update(<generated>)")


@group("iam_npe_audit_publisher", "iam-admin-api",
       "PATCH user NPE on null email thrown in AuditEventPublisher.toPayload (same message, other code path)", 2,
       nm="iam-npe-throwing-frame")
def _(i, v):
    return npe("\n\tat com.acme.iam.audit.AuditEventPublisher.toPayload(AuditEventPublisher.java:76)"
               "\n\tat com.acme.iam.audit.AuditEventPublisher.publishUserChange(AuditEventPublisher.java:48)"
               "\n\tat com.acme.iam.service.UserService.update(UserService.java:141)"
               "\n\tat com.acme.iam.service.UserService$$SpringCGLIB$$0.update(<generated>)")


@group("iam_role_assignment_rejected", "iam-admin-api",
       "delegated admin tries to grant tenant-admin; service rejects it (any principal)", 4,
       df=["mallory", "trent", "peggy", "victor"])
def _(i, v):
    return sb_line(ts(), "c.a.i.service.RoleAssignmentService",
                   "Role assignment rejected for principal '%s': role 'tenant-admin' is not assignable by delegated "
                   "administrators (tenant=acme, request_id=%s)" % (v, uuid4()))


# ================================================================= key-rotation
# Python 3.11 CronJob rotating envelope keys and IAM access keys with boto3 1.34.
def kr_line(d, logger, msg):
    return "%s ERROR %s: %s" % (py_ts(d), logger, msg)


BOTO_TAIL = """
  File "%s/botocore/client.py", line 565, in _api_call
    return self._make_api_call(operation_name, kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "%s/botocore/client.py", line 1021, in _make_api_call
    raise error_class(parsed_response, operation_name)
""" % (PY, PY)
KMS_KEY = "arn:aws:kms:us-east-1:418295730164:key/6f1d2b7e-93c4-4a85-b0e2-7c5a19d84f36"
KR_SECRETS = ["prod/payments/db-password", "prod/ledger/api-signing-key", "prod/identity/ldap-bind", "prod/hr/smtp-relay"]


def kms_decrypt_fail(exc_line):
    d = ts()
    secret = rng.choice(KR_SECRETS)
    tb = ('Traceback (most recent call last):\n'
          '  File "/app/key_rotation/rotate.py", line 112, in rotate_secret\n'
          '    data_key = self.envelope.unwrap_data_key(secret.wrapped_key, context)\n'
          '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n'
          '  File "/app/key_rotation/envelope.py", line 71, in unwrap_data_key\n'
          '    resp = self.kms.decrypt(\n'
          '           ^^^^^^^^^^^^^^^^^' + BOTO_TAIL + exc_line)
    return kr_line(d, "key_rotation.envelope", "unwrap failed secret=%s run_id=%s\n%s" % (secret, uuid4(), tb))


@group("kr_kms_decrypt_access_denied", "key-rotation",
       "KMS Decrypt AccessDeniedException: rotation role lacks kms:Decrypt on the envelope key", 5, nm="kr-kms-decrypt")
def _(i, v):
    return kms_decrypt_fail(
        "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the Decrypt operation: "
        "User: arn:aws:sts::418295730164:assumed-role/key-rotation-irsa/botocore-session-%d is not authorized to "
        "perform: kms:Decrypt on resource: %s because no identity-based policy allows the kms:Decrypt action"
        % (rng.randint(1715600000, 1715700000), KMS_KEY))


@group("kr_kms_decrypt_pending_deletion", "key-rotation",
       "KMS Decrypt KMSInvalidStateException: the envelope key is scheduled for deletion", 2, nm="kr-kms-decrypt")
def _(i, v):
    return kms_decrypt_fail(
        "botocore.errorfactory.KMSInvalidStateException: An error occurred (KMSInvalidStateException) when calling the "
        "Decrypt operation: %s is pending deletion." % KMS_KEY)


@group("kr_kms_decrypt_invalid_ciphertext", "key-rotation",
       "KMS Decrypt InvalidCiphertextException: wrapped key / encryption context mismatch", 2, nm="kr-kms-decrypt")
def _(i, v):
    return kms_decrypt_fail(
        "botocore.errorfactory.InvalidCiphertextException: An error occurred (InvalidCiphertextException) when calling "
        "the Decrypt operation:")


def sts_fail(exc_line):
    d = ts()
    tb = ('Traceback (most recent call last):\n'
          '  File "/app/key_rotation/accounts.py", line 33, in session_for\n'
          '    creds = self.sts.assume_role(\n'
          '            ^^^^^^^^^^^^^^^^^^^^^' + BOTO_TAIL + exc_line)
    return kr_line(d, "key_rotation.accounts",
                   "cannot assume arn:aws:iam::730512946381:role/KeyRotationTarget run_id=%s\n%s" % (uuid4(), tb))


@group("kr_sts_assume_role_access_denied", "key-rotation",
       "STS AssumeRole AccessDenied into the target account rotation role (trust policy)", 2,
       nm="kr-sts-assume-role")
def _(i, v):
    return sts_fail(
        "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: "
        "arn:aws:sts::418295730164:assumed-role/key-rotation-irsa/botocore-session-%d is not authorized to perform: "
        "sts:AssumeRole on resource: arn:aws:iam::730512946381:role/KeyRotationTarget"
        % rng.randint(1715600000, 1715700000))


@group("kr_sts_assume_role_expired_token", "key-rotation",
       "STS AssumeRole ExpiredToken: the job's source web-identity credentials expired mid-run", 3,
       nm="kr-sts-assume-role")
def _(i, v):
    return sts_fail(
        "botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the AssumeRole operation: "
        "The security token included in the request is expired")


def iam_fail(user, line, call, ann, exc_line):
    d = ts()
    tb = ('Traceback (most recent call last):\n'
          '  File "/app/key_rotation/iam_keys.py", line %d, in rotate_user\n'
          '    %s\n'
          '    %s' % (line, call, ann)) + BOTO_TAIL + exc_line
    return kr_line(d, "key_rotation.iam", "access key rotation failed for iam_user=%s\n%s" % (user, tb))


@group("kr_iam_create_key_limit", "key-rotation",
       "IAM CreateAccessKey LimitExceeded: user already has 2 keys (old key not deleted first), any IAM user", 4,
       nm="kr-iam-keys", df=["ci-deployer", "backup-agent", "grafana-reader", "terraform-runner"])
def _(i, v):
    return iam_fail(v, 44, 'new_key = self.iam.create_access_key(UserName=user)["AccessKey"]',
                    '          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
                    "botocore.errorfactory.LimitExceededException: An error occurred (LimitExceeded) when calling the "
                    "CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2")


@group("kr_iam_user_not_found", "key-rotation",
       "IAM ListAccessKeys NoSuchEntity: rotation inventory lists IAM users that were deleted", 3, nm="kr-iam-keys",
       df=["ci-legacy", "jenkins-old", "looker-sync"])
def _(i, v):
    return iam_fail(v, 38, 'existing = self.iam.list_access_keys(UserName=user)["AccessKeyMetadata"]',
                    '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
                    "botocore.errorfactory.NoSuchEntityException: An error occurred (NoSuchEntity) when calling the "
                    "ListAccessKeys operation: The user with name %s cannot be found." % v)

# ================================================================ checks/output
def self_check():
    assert 65 <= len(GROUPS) <= 75, len(GROUPS)
    services = sorted({g["service"] for g in GROUPS.values()})
    assert 15 <= len(services) <= 20, services
    seen = set()
    for e in EVENTS:
        key = (e["service"], e["message"])
        assert key not in seen, ("duplicate (service, message)", e["group"])
        seen.add(key)
        assert e["message"] and e["message"] == e["message"].strip(), e["group"]
    counts = {}
    for e in EVENTS:
        counts[e["group"]] = counts.get(e["group"], 0) + 1
    for label, g in GROUPS.items():
        assert 1 <= g["count"] <= 6, label
        assert counts[label] == g["count"], label
    for label, vals in DFVALS.items():
        distinct = sorted(set(vals))
        assert 3 <= len(distinct) <= 5, (label, distinct)
        for val in distinct:
            assert not re.search(r"\d", val), (label, val)
        msgs = [e["message"] for e in EVENTS if e["group"] == label]
        for val, m in zip(vals, msgs):
            assert val in m, (label, val)
    for label, g in GROUPS.items():
        assert g["digit_free_variable"] == (label in DFVALS), label
    sets = {}
    for label, g in GROUPS.items():
        if g["near_miss_set"]:
            sets.setdefault(g["near_miss_set"], []).append(label)
    assert len(sets) >= 25, len(sets)
    for name, labels in sets.items():
        assert 2 <= len(labels) <= 3, (name, labels)
        assert len({GROUPS[l]["service"] for l in labels}) == 1, name
    return sets


def main():
    sets = self_check()
    out_dir = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    events = list(EVENTS)
    random.Random(SEED + 1).shuffle(events)
    with open(os.path.join(out_dir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps({"service": e["service"], "message": e["message"], "group": e["group"]}) + "\n")
    with open(os.path.join(out_dir, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(GROUPS, f, indent=2)
        f.write("\n")
    print("wrote %d events, %d groups, %d services, %d near-miss sets, %d digit-free groups -> %s"
          % (len(events), len(GROUPS), len({g["service"] for g in GROUPS.values()}), len(sets), len(DFVALS), out_dir))


if __name__ == "__main__":
    main()
