#!/usr/bin/env python3
"""Deterministic generator of blind, labelled log data (redteam7).

Writes systems/<System>/ (content.txt, structured csv, templates csv) for 5
systems and events.jsonl (labelled multi-stack ERROR events).  Stdlib only,
fixed seed: running it twice gives byte-identical files.

Template notation: a slot is {name}, {name.tag} or {name|args}; name must
be a generator below.  Inside one message, slots with the same name.tag get
the same value.  Every slot becomes <*> in the ground-truth template.  Any
other brace is literal text.  Choice args are separated by '~'.
"""

import csv
import json
import os
import random
import re
import string
from collections import Counter, OrderedDict

SEED = 7_2026
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 2000

# ---------------------------------------------------------------------------
# word lists (digit-free values)
# ---------------------------------------------------------------------------
FIRST = ("alice bob carol dave erin frank grace heidi ivan judy mallory niaj "
         "olivia peggy rupert sybil trent victor walter yolanda zoe marcus priya "
         "chen fatima omar lucia sven ingrid ravi keiko diego amara tobias elena "
         "jonas mira noah leah hugo ines paulo sana tariq vera wei yusuf").split()
SURN = ("smith jones garcia miller davis lopez wilson moore taylor thomas white "
        "harris martin clark lewis walker hall young king wright scott green baker "
        "adams nelson hill campbell mitchell roberts carter phillips evans turner "
        "novak kowalski schmidt dubois rossi tanaka kim nguyen okafor").split()
ADJ = ("amber cobalt crimson dusty ember frosty golden hazel indigo jade lunar "
       "misty onyx pearl quartz rusty silver teal violet willow brisk calm "
       "eager fuzzy gentle humble jolly keen lively mellow noble proud quiet").split()
NOUN = ("falcon otter badger heron lynx marten osprey panther raven sparrow "
        "tapir walrus weasel wombat yak zebra bison cougar dingo ferret gecko "
        "ibis jackal koala lemur moose newt ocelot puffin quail").split()
APPS = ("checkout payments orders inventory catalog search billing ledger "
        "notifications shipping auth profile reviews recommendations cart pricing "
        "fraud reporting gateway accounts invoicing loyalty onboarding webhooks "
        "scheduler mailer exports identity storefront").split()
NAMESPACES = ("prod staging payments platform observability data-pipeline "
              "kube-system ingress-nginx monitoring logging team-search "
              "team-growth default cert-manager argocd checkout batch ml-serving "
              "security edge").split()
DBS = ("shop billing inventory analytics wordpress crm ledger warehouse "
       "sessions reporting identity catalog marketing support hr payroll "
       "geodata audit").split()
TABLES = ("orders order_items customers sessions audit_log invoices payments "
          "products stock_levels addresses coupons refunds shipments users "
          "carts events wp_options wp_posts tickets employees").split()
COLS = "id created_at updated_at status amount customer_id email sku price note".split()
SQLTYPES = ("int bigint varchar(255) varchar(64) datetime timestamp text "
            "decimal(10,2) tinyint(1) json").split()
CONTAINERS = ("app api worker sidecar istio-proxy envoy nginx redis fluent-bit "
              "init-db migrate exporter main server web consumer cron "
              "oauth-proxy linkerd-proxy").split()
TLDS = "com net org io de co.uk fr nl".split()
BRANDS = ("example acme contoso globex initech umbrella hooli vandelay "
          "stark wayne wonka tyrell soylent cyberdyne massive dunder").split()
SUBS = "www api static cdn img mail login assets media update telemetry".split()


def _pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------------------
# generators: fn(r, arg) -> str
# ---------------------------------------------------------------------------
def g_int(r, a):
    lo, hi = (int(x) for x in a.split(",")) if a else (1, 99999)
    return str(r.randint(lo, hi))


def g_choice(r, a):
    return _pick(r, a.split("~"))


def g_hex(r, a):
    return "".join(r.choice("0123456789abcdef") for _ in range(int(a or 8)))


def g_HEX(r, a):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(int(a or 8)))


def g_hex64(r, a):
    return g_hex(r, "64")


def g_uuid(r, a):
    h = g_hex(r, "32")
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], h[16:20], h[20:])


def g_ip(r, a):
    k = r.random()
    if k < 0.5:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.75:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    if k < 0.9:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.randint(23, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def g_port(r, a):
    return str(r.randint(1024, 65535))


def g_user(r, a):
    k = r.random()
    if k < 0.4:
        return _pick(r, FIRST)
    if k < 0.7:
        return _pick(r, FIRST)[0] + _pick(r, SURN)
    if k < 0.85:
        return "svc_" + _pick(r, APPS)
    if k < 0.93:
        return _pick(r, FIRST) + "." + _pick(r, SURN)
    return _pick(r, ["root", "admin", "replicator", "backup", "monitor", "readonly",
                     "app", "etl", "grafana", "debezium"])


def g_host(r, a):
    """digit-free host name"""
    k = r.random()
    if k < 0.45:
        return "%s-%s.%s" % (_pick(r, APPS), _pick(r, ADJ), _pick(r, ["internal", "corp.local", "svc", "lan"]))
    if k < 0.8:
        return "%s-%s" % (_pick(r, ADJ), _pick(r, NOUN))
    return _pick(r, ["localhost", "db-primary", "db-replica", "bastion", "jumpbox",
                     "etl-runner", "metabase", "airflow-worker", "cron-box", "backoffice"])


def g_hostip(r, a):
    return g_ip(r, a) if r.random() < 0.6 else g_host(r, a)


def g_nhost(r, a):
    """host name with digits"""
    k = r.random()
    if k < 0.5:
        return "ip-%d-%d-%d-%d.ec2.internal" % (10, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "%s-%02d.%s" % (_pick(r, ["db", "web", "app", "cache", "proxy"]), r.randint(1, 40),
                           _pick(r, ["prod.acme.net", "dc1.acme.net", "eu.acme.net"]))


def g_fqdn(r, a):
    return "%s.%s.%s" % (_pick(r, SUBS), _pick(r, BRANDS), _pick(r, TLDS))


def g_db(r, a):
    return _pick(r, DBS) if r.random() < 0.8 else "%s_%s" % (_pick(r, DBS), _pick(r, ["prod", "stage", "archive", "tmp"]))


def g_table(r, a):
    return _pick(r, TABLES)


def g_col(r, a):
    return _pick(r, COLS)


def g_sqltype(r, a):
    return _pick(r, SQLTYPES)


def g_channel(r, a):
    return "src_" + _pick(r, DBS)


def g_binlog(r, a):
    return "%s.%06d" % (_pick(r, ["mysql-bin", "binlog", "db-primary-bin"]), r.randint(1, 4000))


def g_f(r, a):
    return "%.*f" % (int(a or 2), r.uniform(0, 500))


def g_ms(r, a):
    return str(r.randint(1, 60000))


def g_word(r, a):
    return "%s-%s" % (_pick(r, ADJ), _pick(r, NOUN))


def g_event(r, a):
    return _pick(r, ["purge", "rollup", "cleanup", "refresh", "archive", "expire", "sync"]) + "_" + _pick(r, TABLES)


def g_hostpat(r, a):
    return _pick(r, ["%", "localhost", "127.0.0.1", "10.0.%", g_ip(r, ""), g_host(r, "")])


def g_ver(r, a):
    return _pick(r, ["8.0.34", "8.0.35", "8.0.36", "8.0.37"])


def g_path(r, a):
    return "/%s/%s/%s.%s" % (_pick(r, ["var/lib", "srv", "data", "opt"]), _pick(r, APPS),
                            _pick(r, NOUN), _pick(r, ["log", "dat", "json", "csv", "tmp"]))


# --- Elasticsearch ---
B64 = string.ascii_letters + string.digits + "-_"


def g_esnodeid(r, a):
    return "".join(r.choice(B64) for _ in range(22))


def g_esephid(r, a):
    return "".join(r.choice(B64) for _ in range(22))


def g_esnode(r, a):
    k = r.random()
    if k < 0.7:
        return "es-%s-%s" % (_pick(r, ["hot", "warm", "cold", "master", "data", "ingest"]), _pick(r, NOUN))
    return "es-%s-%d" % (_pick(r, ["hot", "warm", "data"]), r.randint(0, 11))


def g_esindex(r, a):
    k = r.random()
    if k < 0.45:
        return _pick(r, APPS) + _pick(r, ["", "-archive", "-v", "-history", "-search", "-events"]).replace("-v", "-live")
    if k < 0.75:
        return "logs-%s-%04d.%02d.%02d" % (_pick(r, APPS), 2024, r.randint(1, 12), r.randint(1, 28))
    return ".ds-logs-%s-default-2024.%02d.%02d-%06d" % (_pick(r, APPS), r.randint(1, 12), r.randint(1, 28), r.randint(1, 40))


def g_esuuid(r, a):
    return "".join(r.choice(B64) for _ in range(22))


def g_esdur(r, a):
    k = r.random()
    if k < 0.5:
        return "%dms" % r.randint(1, 999)
    if k < 0.9:
        return "%.1fs" % r.uniform(1, 59)
    return "%.1fm" % r.uniform(1, 9)


def g_essize(r, a):
    u = _pick(r, ["b", "kb", "mb", "gb"])
    return ("%d%s" % (r.randint(0, 999), u)) if r.random() < 0.4 else ("%.1f%s" % (r.uniform(0, 999), u))


def g_pct(r, a):
    return "%.1f%%" % r.uniform(0.5, 20)


def g_esdatapath(r, a):
    return _pick(r, ["/var/lib/elasticsearch", "/usr/share/elasticsearch/data", "/data/es", "/mnt/disk%d/es" % r.randint(1, 4)])


def g_estmpl(r, a):
    return _pick(r, ["logs", "metrics", "synthetics", "traces", ".monitoring-es",
                     "logs-template", "%s-template" % _pick(r, APPS)])


def g_espattern(r, a):
    return _pick(r, ["logs-*-*", "metrics-*-*", "%s-*" % _pick(r, APPS), ".monitoring-es-7-*"])


def g_policy(r, a):
    return _pick(r, ["logs", "metrics", "30-days-default", "7-days-default", "%s-retention" % _pick(r, APPS), "hot-warm-delete"])


def g_health(r, a):
    return _pick(r, ["GREEN", "YELLOW", "RED"])


def g_esroles(r, a):
    return _pick(r, ["cdfhilmrstw", "dilrt", "m", "hs", "w", "c", "dimr"])


def g_esmodule(r, a):
    return _pick(r, ["aggs-matrix-stats", "analysis-common", "ingest-common", "ingest-geoip",
                     "ingest-user-agent", "lang-expression", "lang-mustache", "lang-painless",
                     "mapper-extras", "parent-join", "percolator", "rank-eval", "reindex",
                     "repository-url", "transport-netty4", "x-pack-core", "x-pack-security",
                     "x-pack-ilm", "x-pack-ml", "x-pack-monitoring", "x-pack-watcher",
                     "x-pack-sql", "x-pack-rollup", "data-streams", "kibana", "frozen-indices"])


def g_esplugin(r, a):
    return _pick(r, ["analysis-icu", "analysis-kuromoji", "analysis-phonetic", "repository-s3",
                     "repository-gcs", "discovery-ec2", "ingest-attachment", "mapper-murmur3"])


def g_phase(r, a):
    return _pick(r, ["hot", "warm", "cold", "delete", "frozen"])


def g_ilmaction(r, a):
    return _pick(r, ["rollover", "shrink", "forcemerge", "allocate", "migrate", "complete", "delete"])


def g_ilmstep(r, a):
    return _pick(r, ["check-rollover-ready", "attempt-rollover", "wait-for-active-shards",
                     "update-rollover-lifecycle-date", "set-indexing-complete", "complete",
                     "check-migration", "wait-for-shard-history-leases"])


def g_repo(r, a):
    return _pick(r, ["found-snapshots", "s3-backups", "nightly", "%s-snapshots" % _pick(r, APPS)])


def g_snap(r, a):
    return _pick(r, ["nightly-snap", "scheduled", "cloud-snapshot", "hourly"]) + "-2024.%02d.%02d-%s" % (
        r.randint(1, 12), r.randint(1, 28), "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(22)))


def g_realm(r, a):
    return _pick(r, ["reserved", "native1", "ldap1", "file", "saml-okta", "oidc-corp", "pki1"])


def g_esaction(r, a):
    return _pick(r, ["indices:data/read/search", "indices:data/write/bulk", "cluster:monitor/health",
                     "indices:admin/create", "indices:data/write/index", "cluster:monitor/main",
                     "indices:admin/mappings/get", "indices:monitor/stats"])


def g_esrolelist(r, a):
    return ",".join(sorted(set(_pick(r, ["viewer", "editor", "kibana_user", "%s_reader" % _pick(r, APPS),
                                           "%s_writer" % _pick(r, APPS), "monitoring_user", "ingest_admin"])
                               for _ in range(r.randint(1, 3)))))


def g_docid(r, a):
    return "".join(r.choice(B64) for _ in range(20)) if r.random() < 0.7 else g_uuid(r, "")


def g_espath(r, a):
    idx = g_esindex(r, "")
    return "/%s/%s" % (idx, _pick(r, ["_search", "_search", "_count", "_bulk", "_doc/" + g_docid(r, "")]))


def g_esparams(r, a):
    idx = g_esindex(r, "")
    extra = _pick(r, ["", ", typed_keys=true", ", size=%d" % r.randint(1, 500),
                      ", q=%s:%s" % (_pick(r, COLS), _pick(r, NOUN)), ", ignore_unavailable=true"])
    return "{index=%s%s}" % (idx, extra)


# --- kubelet ---
_K8S_SFX = "bcdfghjklmnpqrstvwxz2456789"


def g_ns(r, a):
    return _pick(r, NAMESPACES)


def g_pod(r, a):
    k = r.random()
    base = "%s-%s" % (_pick(r, APPS), _pick(r, ["api", "worker", "web", "consumer", "service", "job"]))
    if k < 0.75:
        return "%s-%s-%s" % (base, "".join(r.choice(_K8S_SFX) for _ in range(r.choice([9, 10]))),
                             "".join(r.choice(_K8S_SFX) for _ in range(5)))
    if k < 0.9:
        return "%s-%d" % (base, r.randint(0, 5))
    return "%s-%s" % (base, "".join(r.choice(_K8S_SFX) for _ in range(5)))


def g_container(r, a):
    return _pick(r, CONTAINERS)


def g_k8snode(r, a):
    k = r.random()
    if k < 0.5:
        return "ip-10-%d-%d-%d.ec2.internal" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.8:
        return "worker-%s-%s" % (_pick(r, ADJ), _pick(r, NOUN))
    return "gke-prod-%s-pool-%s-%s" % (_pick(r, ["default", "highmem", "spot"]), g_hex(r, "8"), "".join(r.choice(string.ascii_lowercase) for _ in range(4)))


def g_vol(r, a):
    k = r.random()
    if k < 0.5:
        return "kube-api-access-" + "".join(r.choice(_K8S_SFX) for _ in range(5))
    return _pick(r, ["config", "data", "tls-certs", "tmp", "cache", "secrets", "config-volume",
                     "%s-config" % _pick(r, APPS), "%s-data" % _pick(r, APPS), "varlog", "socket-dir"])


def g_voltype(r, a):
    return _pick(r, ["projected", "configmap", "secret", "empty-dir", "host-path", "csi"])


def g_plegtype(r, a):
    return _pick(r, ["ContainerStarted", "ContainerStarted", "ContainerDied", "ContainerRemoved"])


def g_k8sdur(r, a):
    k = r.random()
    if k < 0.4:
        return "%.9fs" % r.uniform(0, 60)
    if k < 0.7:
        return "%.6fms" % r.uniform(0, 999)
    return "%dm%.9fs" % (r.randint(1, 9), r.uniform(0, 59))


def g_k8sts(r, a):
    return "2024-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%.9f" % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
        r.randint(0, 999999999), r.uniform(1, 900000))


def g_k8sts0(r, a):
    return "0001-01-01 00:00:00 +0000 UTC" if r.random() < 0.5 else g_k8sts(r, a)


def g_isots(r, a):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def g_image(r, a):
    return "%s/%s/%s:%s" % (_pick(r, ["registry.acme.io", "ghcr.io", "docker.io", "123456789012.dkr.ecr.eu-west-1.amazonaws.com"]),
                            _pick(r, ["team", "platform", "acme"]), _pick(r, APPS),
                            _pick(r, ["latest", "main", "v%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), g_hex(r, "7")]))


def g_cmname(r, a):
    return "%s-%s" % (_pick(r, APPS), _pick(r, ["config", "env", "secrets", "tls", "credentials"]))


def g_probeout(r, a):
    ip, port = g_ip(r, ""), _pick(r, ["8080", "8081", "9090", "3000", "80"])
    path = _pick(r, ["/healthz", "/ready", "/actuator/health", "/livez", "/health"])
    k = r.random()
    if k < 0.5:
        return 'Get \\"http://%s:%s%s\\": dial tcp %s:%s: connect: connection refused' % (ip, port, path, ip, port)
    if k < 0.8:
        return 'Get \\"http://%s:%s%s\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % (ip, port, path)
    return "HTTP probe failed with statuscode: %s" % _pick(r, ["500", "503", "404"])


def g_syncerr(r, a):
    c, ns, pod, uid = g_container(r, ""), g_ns(r, ""), g_pod(r, ""), g_uuid(r, "")
    if r.random() < 0.7:
        return ('failed to \\"StartContainer\\" for \\"%s\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=%s pod=%s_%s(%s)\\"'
                % (c, _pick(r, ["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"]), c, pod, ns, uid))
    img = g_image(r, "")
    return ('failed to \\"StartContainer\\" for \\"%s\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"'
            % (c, img))


def g_pullerr(r, a):
    img = g_image(r, "")
    if r.random() < 0.7:
        return ('rpc error: code = NotFound desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": %s: not found' % (img, img, img)), img
    return ('rpc error: code = Unknown desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://auth.acme.io/token?scope=repository%%3Aacme%%2F%s%%3Apull: 401 Unauthorized' % (img, img, _pick(r, APPS))), img


def g_nodeerr(r, a):
    node, ip = g_k8snode(r, ""), g_ip(r, "")
    tail = _pick(r, ["context deadline exceeded",
                     "net/http: request canceled (Client.Timeout exceeded while awaiting headers)",
                     "dial tcp %s:6443: connect: connection refused" % ip])
    return 'error getting node \\"%s\\": Get \\"https://%s:6443/api/v1/nodes/%s?resourceVersion=0&timeout=10s\\": %s' % (node, ip, node, tail)


def g_podlist(r, a):
    return ",".join('"%s/%s"' % (g_ns(r, ""), g_pod(r, "")) for _ in range(r.randint(1, 4)))


# --- Squid ---
def g_peerhost(r, a):
    return g_ip(r, "") if r.random() < 0.4 else "%s-%s.proxy.%s" % (_pick(r, ["parent", "sibling", "upstream", "cache"]), _pick(r, ADJ), _pick(r, ["internal", "acme.net", "corp"]))


def g_peername(r, a):
    return "%s_%s" % (_pick(r, ["parent", "sib", "edge", "cache"]), _pick(r, NOUN))


def g_fd(r, a):
    return str(r.randint(8, 16000))


SSLERRS = ["error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca",
           "error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
           "error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate",
           "error:00000000:lib(0):func(0):reason(0)",
           "error:1417A0C1:SSL routines:tls_post_process_client_hello:no shared cipher",
           "error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown"]


def g_sslerr(r, a):
    return _pick(r, SSLERRS)


def g_url(r, a):
    return "%s://%s/%s" % (_pick(r, ["http", "http", "https"]), g_fqdn(r, ""),
                           _pick(r, ["", "index.html", "api/v%d/items" % r.randint(1, 3), "static/%s.js" % _pick(r, NOUN),
                                     "images/%s.png" % _pick(r, NOUN), "update/check?ver=%d" % r.randint(1, 99)]))


def g_badhost(r, a):
    return "%s_%s.%s" % (_pick(r, ADJ), _pick(r, NOUN), _pick(r, ["local", "lan", "corp", "home"]))


HELPERS = ["security_file_certgen", "basic_ldap_auth", "negotiate_kerberos_auth",
           "ext_wbinfo_group_acl", "ntlm_auth", "squidGuard", "url_rewriter", "store_id_helper"]


def g_helper(r, a):
    return _pick(r, HELPERS)


def g_ua(r, a):
    return _pick(r, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
                     "curl/8.4.0", "Microsoft-CryptoAPI/10.0", "python-requests/2.31.0", "Go-http-client/1.1",
                     "Debian APT-HTTP/1.3 (2.6.1)", "Windows-Update-Agent/10.0.10011.16384 Client-Protocol/2.50"])


def g_squidver(r, a):
    return _pick(r, ["5.7", "5.9", "6.6"])


def g_spooldir(r, a):
    return _pick(r, ["/var/spool/squid", "/cache/squid", "/var/cache/squid", "/srv/squid/cache%d" % r.randint(1, 3)])


def g_logpath(r, a):
    return _pick(r, ["daemon:/var/log/squid/access.log", "stdio:/var/log/squid/access.log",
                     "daemon:/var/log/squid/netdb.log", "stdio:/var/log/squid/store.log"])


# --- Tomcat ---
def g_app(r, a):
    return _pick(r, APPS + ["ROOT", "manager", "host-manager", "docs", "examples"])


def g_ctx(r, a):
    k = r.random()
    if k < 0.15:
        return ""
    return "/" + _pick(r, APPS + ["manager", "api", "portal", "admin"])


def g_webres(r, a):
    return "/WEB-INF/%s" % _pick(r, ["classes/static/js/%s.%s.js" % (_pick(r, NOUN), g_hex(r, "8")),
                                    "classes/static/css/%s.css" % _pick(r, ADJ),
                                    "lib/%s-%d.%d.%d.jar" % (_pick(r, ["spring-core", "jackson-databind", "guava", "commons-io", "hibernate-core"]), r.randint(1, 6), r.randint(0, 15), r.randint(0, 9)),
                                    "classes/templates/%s.html" % _pick(r, NOUN),
                                    "classes/i18n/messages_%s.properties" % _pick(r, ["de", "fr", "es", "ja"])])


def g_servlet(r, a):
    return _pick(r, ["dispatcherServlet", "jsp", "default", "jersey", "CXFServlet", "graphqlServlet",
                     "%sServlet" % _pick(r, APPS), "FacesServlet"])


EXCMSGS = [
    "Request processing failed; nested exception is java.lang.NullPointerException",
    "Request processing failed; nested exception is org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_email]",
    "Request processing failed: java.lang.IllegalStateException: No primary or single unique constructor found for interface java.util.List",
    "Handler dispatch failed; nested exception is java.lang.OutOfMemoryError: Java heap space",
    "Request processing failed; nested exception is org.springframework.web.client.ResourceAccessException: I/O error on GET request",
]


def g_excmsg(r, a):
    return _pick(r, EXCMSGS)


def g_methodjunk(r, a):
    if r.random() < 0.35:
        return _pick(r, ["PRI", "SSTP_DUPLEX_POST", "MGLNDD", "CNXN", "RTSP"])
    return "".join("0x%02x" % r.randint(0, 255) for _ in range(r.randint(6, 14))) + "..."


def g_target(r, a):
    return "/%s/%s?%s=%s" % (_pick(r, ["api", "search", "portal", "cgi-bin"]), _pick(r, NOUN), _pick(r, ["q", "filter", "json", "x"]),
                             _pick(r, ["{%22a%22:1}", "|id", "<script>", "{|}", "[0]", "%s^%s" % (_pick(r, NOUN), _pick(r, NOUN))]))


def g_catbase(r, a):
    return _pick(r, ["/usr/local/tomcat", "/opt/tomcat", "/var/lib/tomcat9", "/opt/apache-tomcat-9.0.83", "/srv/%s/tomcat" % _pick(r, APPS)])


def g_tomcatver(r, a):
    return _pick(r, ["9.0.83", "9.0.85", "10.1.17", "10.1.18"])


def g_proto(r, a):
    return _pick(r, ["http-nio-8080", "https-jsse-nio-8443", "ajp-nio-127.0.0.1-8009", "http-nio-%s" % _pick(r, ["8081", "9090"])])


def g_threadname(r, a):
    return _pick(r, ["pool-%d-thread-%d" % (r.randint(1, 30), r.randint(1, 8)), "Abandoned connection cleanup thread",
                     "mysql-cj-abandoned-connection-cleanup", "OkHttp ConnectionPool", "Timer-%d" % r.randint(0, 5),
                     "HikariPool-%d housekeeper" % r.randint(1, 3), "lettuce-eventExecutorLoop-%d-%d" % (r.randint(1, 4), r.randint(1, 8)),
                     "Okio Watchdog", "RxCachedWorkerPoolEvictor", "Thread-%d" % r.randint(1, 90), "kafka-coordinator-heartbeat-thread | %s" % _pick(r, APPS)])


def g_jdbcdriver(r, a):
    return _pick(r, ["com.mysql.cj.jdbc.Driver", "org.postgresql.Driver", "oracle.jdbc.OracleDriver",
                     "org.h2.Driver", "com.microsoft.sqlserver.jdbc.SQLServerDriver", "org.mariadb.jdbc.Driver"])


def g_cls(r, a):
    return "com.acme.%s.%s%s" % (_pick(r, APPS), _pick(r, ["Tenant", "Request", "Locale", "Session", "Trace"]),
                                 _pick(r, ["Context", "Holder", "Registry", "Cache"]))


def g_obj(r, a):
    return "%s@%s" % (g_cls(r, ""), g_hex(r, str(r.choice([6, 7, 8]))))


def g_conn(r, a):
    return _pick(r, ["com.mysql.cj.jdbc.ConnectionImpl@", "org.postgresql.jdbc.PgConnection@", "oracle.jdbc.driver.T4CConnection@"]) + g_hex(r, str(r.choice([7, 8])))


def g_param(r, a):
    return _pick(r, ["q", "name", "redirect", "search", "comment", "title", "city", "utm_source", "filter", "lastName", "address"])


def g_pval(r, a):
    return _pick(r, ["%E0%A4%A", "caf%C3", "%ZZ", "stra%DFe", "%%%s" % _pick(r, NOUN), _pick(r, FIRST) + "%C3%28", "%uD83D", "%"])


def g_jvmarg(r, a):
    return _pick(r, ["-Djava.util.logging.config.file=%s/conf/logging.properties" % g_catbase(r, ""),
                     "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
                     "-Djdk.tls.ephemeralDHKeySize=2048", "-Djava.protocol.handler.pkgs=org.apache.catalina.webresources",
                     "-Dorg.apache.catalina.security.SecurityListener.UMASK=0027", "-Xms%dm" % r.choice([256, 512, 1024]),
                     "-Xmx%dm" % r.choice([1024, 2048, 4096]), "-Dcatalina.base=%s" % g_catbase(r, ""),
                     "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dspring.profiles.active=%s" % _pick(r, ["prod", "staging", "eu"]),
                     "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:+UseG1GC", "-Djava.io.tmpdir=%s/temp" % g_catbase(r, "")])


def g_javahome(r, a):
    return _pick(r, ["/usr/lib/jvm/java-17-openjdk-amd64", "/opt/java/openjdk", "/usr/lib/jvm/temurin-17-jdk"])


def g_res(r, a):
    return _pick(r, ["com.mysql.cj.jdbc.AbandonedConnectionCleanupThread", "org.apache.logging.log4j.core.impl.ThrowableProxy",
                     "META-INF/services/javax.xml.parsers.SAXParserFactory", "ch.qos.logback.classic.spi.ThrowableProxy",
                     "%s$1" % g_cls(r, "")])


def g_app_servlet(r, a):
    return _pick(r, ["dispatcherServlet", "jersey", "graphqlServlet", "%sServlet" % _pick(r, APPS)])


# --- events ---
def g_tenant(r, a):
    return _pick(r, ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka",
                     "tyrell", "soylent", "vandelay", "dunder", "cyberdyne", "contoso"]) + _pick(r, ["", "-eu", "-us", "-corp", "-labs"])


def g_email(r, a):
    return "%s.%s@%s.%s" % (_pick(r, FIRST), _pick(r, SURN), _pick(r, BRANDS), _pick(r, ["com", "io", "de"]))


def g_order(r, a):
    return _pick(r, ["ORD-", "SO-", ""]) + str(r.randint(100000, 99999999))


def g_sku(r, a):
    return "%s-%s-%d" % (_pick(r, ["SKU", "P", "ITM"]), "".join(r.choice(string.ascii_uppercase) for _ in range(3)), r.randint(100, 99999))


def g_gor(r, a):
    return str(r.randint(1, 99999))


def g_ptr(r, a):
    return "0xc%09x" % r.randint(0, 0xfffffff)


def g_reqid(r, a):
    return g_HEX(r, "16")


def g_b64(r, a):
    return "".join(r.choice(string.ascii_letters + string.digits + "+/") for _ in range(int(a or 56))) + "="


def g_ngxts(r, a):
    return "2024/%02d/%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def g_sysmon(r, a):
    return "%s %2d %02d:%02d:%02d" % (_pick(r, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
                                      r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def g_pid(r, a):
    return str(r.randint(300, 4190000))


def g_date(r, a):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def g_ktime(r, a):
    return "%d.%06d" % (r.randint(100, 9999999), r.randint(0, 999999))


def g_thread(r, a):
    return _pick(r, ["http-nio-8080-exec-%d" % r.randint(1, 200), "scheduling-%d" % r.randint(1, 4),
                     "kafka-listener-%d" % r.randint(0, 11), "ForkJoinPool.commonPool-worker-%d" % r.randint(1, 32),
                     "task-%d" % r.randint(1, 64), "main"])


def g_traceid(r, a):
    return g_hex(r, "32")


def g_bucket(r, a):
    return "%s-%s-%s" % (_pick(r, BRANDS), _pick(r, APPS), _pick(r, ["exports", "uploads", "reports", "backups", "media"]))


def g_qname(r, a):
    return "%s-%s" % (_pick(r, APPS), _pick(r, ["events", "jobs", "dlq", "commands", "notifications"]))


def g_word1(r, a):
    return _pick(r, NOUN)


GEN = {k[2:]: v for k, v in globals().items() if k.startswith("g_") and callable(v)}
SLOT = re.compile(r"\{(%s)(?:\.([a-z0-9]+))?(?:\|([^{}]*))?\}" % "|".join(
    sorted((re.escape(k) for k in GEN), key=len, reverse=True)))


def render(fmt, r):
    """returns (content, template)"""
    out, tpl, memo, pos = [], [], {}, 0
    for m in SLOT.finditer(fmt):
        out.append(fmt[pos:m.start()])
        tpl.append(fmt[pos:m.start()])
        name, tag, arg = m.group(1), m.group(2), m.group(3)
        if tag is not None and (name, tag) in memo:
            v = memo[(name, tag)]
        else:
            v = GEN[name](r, arg)
            if isinstance(v, tuple):
                v = v[0]
            if tag is not None:
                memo[(name, tag)] = v
        out.append(v)
        tpl.append("<*>")
        pos = m.end()
    out.append(fmt[pos:])
    tpl.append(fmt[pos:])
    return "".join(out), "".join(tpl)


# A template entry: (count, fmt) or (count, template_text, fn(r) -> content)
# ---------------------------------------------------------------------------
# MySQL 8 error log (after "<ts> <thread> [<Level>] [MY-nnnnnn] [<Subsystem>] ")
# ---------------------------------------------------------------------------
def _mysql_conn_err(r):
    h, p = g_host(r, ""), _pick(r, ["3306", "3307"])
    ch, u = g_channel(r, ""), _pick(r, ["repl", "replicator", "repl_%s" % _pick(r, DBS)])
    if r.random() < 0.6:
        msg, code = "Can't connect to MySQL server on '%s:%s' (%d)" % (h, p, r.choice([110, 111, 113])), "MY-002003"
    else:
        msg, code = "Lost connection to MySQL server at 'reading initial communication packet', system error: %d" % r.choice([0, 104, 110]), "MY-002013"
    return ("Replica I/O for channel '%s': error reconnecting to source '%s@%s:%s' - retry-time: %d retries: %d message: %s, Error_code: %s"
            % (ch, u, h, p, r.choice([30, 60]), r.randint(1, 86400), msg, code))


def _mysql_worker_err(r):
    ch, db, t = g_channel(r, ""), g_db(r, ""), g_table(r, "")
    bl = g_binlog(r, "")
    pos = r.randint(1000, 999999999)
    if r.random() < 0.6:
        err = ("Could not execute Write_rows event on table %s.%s; Duplicate entry '%d' for key '%s.PRIMARY', Error_code: 1062; "
               "handler error HA_ERR_FOUND_DUPP_KEY; the event's source log %s, end_log_pos %d" % (db, t, r.randint(1, 9999999), t, bl, pos))
    else:
        err = ("Could not execute Update_rows event on table %s.%s; Can't find record in '%s', Error_code: 1032; "
               "handler error HA_ERR_KEY_NOT_FOUND; the event's source log %s, end_log_pos %d" % (db, t, t, bl, pos))
    return ("Replica SQL for channel '%s': Worker %d failed executing transaction '%s' at source log %s, end_log_pos %d; %s"
            % (ch, r.randint(1, 16), _pick(r, ["ANONYMOUS", "%s:%d" % (g_uuid(r, ""), r.randint(1, 9999999))]), bl, pos, err))


def _mysql_unsafe(r):
    reason = _pick(r, ["The statement is unsafe because it uses a LIMIT clause. This is unsafe because the set of rows included cannot be predicted.",
                       "Statements writing to a table with an auto-increment column after selecting from another table are unsafe because the order in which rows are retrieved determines what (if any) rows will be written. This order cannot be predicted and may differ on source and the replica.",
                       "INSERT... ON DUPLICATE KEY UPDATE  on a table with more than one UNIQUE KEY is unsafe"])
    t = g_table(r, "")
    stmt = _pick(r, ["DELETE FROM %s WHERE created_at < '2024-%02d-01' LIMIT %d" % (t, r.randint(1, 12), r.choice([100, 500, 1000])),
                     "INSERT INTO %s_archive SELECT * FROM %s WHERE status = '%s'" % (t, t, _pick(r, ["closed", "expired", "done"])),
                     "UPDATE %s SET status='%s' WHERE owner='%s' LIMIT 1" % (t, _pick(r, ["locked", "open"]), g_user(r, ""))])
    return "Unsafe statement written to the binary log using statement format since BINLOG_FORMAT = STATEMENT. %s Statement: %s" % (reason, stmt)


def _mysql_plugin(r):
    k = r.random()
    if k < 0.4:
        return "Plugin mysqlx reported: 'Setup of socket: '/var/run/mysqld/mysqlx.sock' failed, can't create lock file /var/run/mysqld/mysqlx.sock.lock'"
    if k < 0.7:
        return "Plugin group_replication reported: 'Member with address %s:3306 has become unreachable.'" % g_host(r, "")
    return "Plugin audit_log reported: 'Audit log file %s could not be rotated: %s'" % (_pick(r, ["audit.log", "/var/log/mysql/audit.log"]), _pick(r, ["disk full", "permission denied"]))


def _mysql_event_err(r):
    return "Event Scheduler: [%s@%s][%s.%s] %s" % (g_user(r, ""), _pick(r, ["localhost", "%", g_host(r, "")]), g_db(r, ""), g_event(r, ""),
                                                    _pick(r, ["Lock wait timeout exceeded; try restarting transaction",
                                                              "Deadlock found when trying to get lock; try restarting transaction",
                                                              "Data too long for column '%s' at row %d" % (g_col(r, ""), r.randint(1, 500))]))


MYSQL = [
    (330, "Aborted connection {int|1000,9999999} to db: '{db}' user: '{user}' host: '{hostip}' ({choice|Got an error reading communication packets~Got timeout reading communication packets~Got an error writing communication packets})."),
    (190, "Access denied for user '{user}'@'{hostip}' (using password: {choice|YES~NO})"),
    (150, "page_cleaner: 1000ms intended loop took {int|1001,45000}ms. The settings might not be optimal. (flushed={int|0,4000} and evicted={int|0,800}, during the time.)"),
    (40, "Got an error reading communication packets"),
    (6, "Got packets out of order"),
    (115, "IP address '{ip}' could not be resolved: {choice|Name or service not known~Temporary failure in name resolution~No address associated with hostname}"),
    (25, "IP address '{ip}' has been resolved to the host name '{ip.b}', which resembles IPv4-address itself."),
    (60, "Hostname '{host}' does not resolve to '{ip}'."),
    (45, "Host '{hostip}' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'"),
    (4, "Table './{db}/{table}' is marked as crashed and should be repaired"),
    (3, "Table './{db}/{table}' is marked as crashed and last (automatic?) repair failed"),
    (6, "Checking table:   './{db}/{table}'"),
    (70, "Replica I/O thread for channel '{channel}': connected to source '{choice|repl~replicator~repl_ledger}@{host}:{choice|3306~3307}',replication started in log '{binlog}' at position {int|4,999999999}"),
    (50, "Replica I/O for channel '<*>': error reconnecting to source '<*>@<*>:<*>' - retry-time: <*> retries: <*> message: <*>, Error_code: <*>", _mysql_conn_err),
    (40, "Error reading packet from server for channel '{channel}': {choice|Lost connection to MySQL server during query~binlog truncated in the middle of event; consider out of disk space on source~Could not find first log file name in binary log index file} (server_errno={choice|2013~1236})"),
    (35, "Timeout waiting for reply of binlog (file: {binlog}, pos: {int|4,999999999}), semi-sync up to file {binlog}, position {int|4,999999999}."),
    (8, "Semi-sync replication switched OFF."),
    (8, "Semi-sync replication switched ON with binlog (file: {binlog}, pos: {int|4,999999999})."),
    (30, "Start binlog_dump to source_thread_id({int|10,99999}) replica_server({int|1,4000000000}), pos({binlog}, {int|4,999999999})"),
    (3, "/usr/sbin/mysqld: ready for connections. Version: '{ver}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
    (3, "Received SHUTDOWN from user {choice|<via user signal>~root~boot}. Shutting down mysqld (Version: {ver})."),
    (2, "/usr/sbin/mysqld: Shutdown complete (mysqld {ver})  MySQL Community Server - GPL."),
    (25, "Operating system error number {choice|2~13~24~28} in a file operation."),
    (25, "Error number {choice|2~13~24~28} means '{choice|No such file or directory~Permission denied~Too many open files~No space left on device}'"),
    (5, "Cannot open datafile for read-only: './{db}/{table}.ibd' OS error: {choice|71~81~184}"),
    (4, "Cannot open datafile for read-write: './{db}/{table}.ibd'"),
    (20, "Event Scheduler: [<*>@<*>][<*>.<*>] <*>", _mysql_event_err),
    (15, "Event Scheduler: [{user}@{choice|localhost~%}].[{db}.{event}] event execution failed."),
    (12, "Found invalid password for user: '{user}@{hostpat}'; Ignoring user"),
    (6, "User entry '{user}'@'{hostpat}' has an empty plugin value. The user will be ignored and no one can login with this user anymore."),
    (12, "Error in accept: Too many open files"),
    (30, "Got error {int|120,199} when reading table './{db}/{table}'"),
    (25, "Unsafe statement written to the binary log using statement format since BINLOG_FORMAT = STATEMENT. <*> Statement: <*>", _mysql_unsafe),
    (4, "Buffer pool(s) load completed at {choice|2401~2402~2403}{int|10,28} {int|10,23}:{int|10,59}:{int|10,59}"),
    (4, "Loading buffer pool(s) from {choice|/var/lib/mysql~/data/mysql~/srv/mysql}/ib_buffer_pool"),
    (15, "Trying to access page number {int|1,9999999} in space {int|1,9999}, space name {db}/{table}, which is outside the tablespace bounds. Byte offset {int|0,16383}, len {choice|16384~8192}, i/o type {choice|read~write}. If you get this error at mysqld startup, please check that your my.cnf matches the ibdata files that you have in the MySQL server."),
    (10, "The table '{choice|/tmp/#sql~/var/tmp/#sql}{hex|4}_{int|1,99}_{int|0,9}' is full"),
    (35, "Incorrect definition of table {db}.{table}: expected column '{col}' at position {int|0,20} to have type {sqltype}, found type {sqltype}."),
    (20, "Plugin <*> reported: '<*>'", _mysql_plugin),
    (20, "Storage engine '{choice|MyISAM~MEMORY~CSV~ARCHIVE}' does not support system tables. [{db}.{table}]."),
    (20, "Replica SQL for channel '<*>': Worker <*> failed executing transaction '<*>' at source log <*>, end_log_pos <*>; <*>", _mysql_worker_err),
    (8, "Replica SQL for channel '{channel}': ... The replica coordinator and worker threads are stopped, possibly leaving data in inconsistent state. A restart should restore consistency automatically, although using non-transactional storage for data or info tables or DDL queries could lead to problems. In such cases you have to examine your data (see documentation for details). Error_code: MY-001756"),
    (12, "Replica SQL thread for channel '{channel}' exiting, replication stopped in log '{binlog}' at position {int|4,999999999}"),
    (12, "Replica I/O thread for channel '{channel}' exiting, replication stopped in log '{binlog}' at position {int|4,999999999}"),
    (8, "Resizing redo log from {int|1,99}*{int|1000,99999} to {int|1,99}*{int|1000,99999} pages, LSN={int|1000000,999999999999}"),
    (4, "'{choice|--skip-host-cache~default_authentication_plugin~expire_logs_days~binlog_format}' is deprecated and will be removed in a future release. Please use {choice|SET GLOBAL host_cache_size=0~authentication_policy~binlog_expire_logs_seconds~row-based replication} instead."),
]


# ---------------------------------------------------------------------------
# Elasticsearch 7/8 plain log (after "[ts][LEVEL][logger] [node-name] ")
# ---------------------------------------------------------------------------
NODE = "{{esnode.n}}{{esnodeid.n}}{{esephid.n}}{{ip.n}}{{ip.n}:9300}{{esroles.n}}"
ES = [
    (260, "[gc][{int|1000,900000}] overhead, spent [{esdur}] collecting in the last [{esdur}]"),
    (110, "[gc][{choice|young~old}][{int|1000,900000}][{int|1,9999}] duration [{esdur}], collections [{int|1,5}]/[{esdur}], total [{esdur}]/[{esdur}], memory [{essize}]->[{essize}]/[{essize}], all_pools {[young] [{essize}]->[{essize}]/[{essize}]}{[old] [{essize}]->[{essize}]/[{essize}]}"),
    (150, "high disk watermark [{choice|90%~92%}] exceeded on [{esnodeid.n}][{esnode.n}][{esdatapath}] free: {essize}[{pct}], shards will be relocated away from this node; currently relocating away shards totalling [{int|0,999999999}] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete"),
    (90, "low disk watermark [{choice|85%~80%}] exceeded on [{esnodeid.n}][{esnode.n}][{esdatapath}] free: {essize}[{pct}], replicas will not be assigned to this node"),
    (6, "flood stage disk watermark [95%] exceeded on [{esnodeid.n}][{esnode.n}][{esdatapath}] free: {essize}[{pct}], all indices on this node will be marked read-only"),
    (70, "[{esindex}] creating index, cause [{choice|api~auto(bulk api)~auto(index api)~rollover_index}], templates [{estmpl}], shards [{int|1,5}]/[{int|0,2}]"),
    (160, "[{esindex}/{esuuid}] update_mapping [_doc]"),
    (20, "[{esindex}/{esuuid}] deleting index"),
    (8, "adding template [{estmpl}] for index patterns [{espattern}]"),
    (5, "adding index lifecycle policy [{policy}]"),
    (5, "updating index lifecycle policy [{policy}]"),
    (40, "Cluster health status changed from [{health}] to [{health}] (reason: [{choice|shards started~shards failed} [[{esindex}][{int|0,9}]]])."),
    (30, "node-left[" + NODE + " reason: {choice|disconnected~followers check retry count exceeded~lagging~health check failed}], term: {int|1,60}, version: {int|100,999999}, delta: removed {{{esnode.n}}{{esnodeid.n}}}"),
    (12, "node-join[" + NODE + " join existing leader], term: {int|1,60}, version: {int|100,999999}, delta: added {{{esnode.n}}{{esnodeid.n}}}"),
    (25, "Received response for a request that has timed out, sent [{esdur}/{int|1000,99999}ms] ago, timed out [{esdur}/{int|1000,99999}ms] ago, action [{choice|internal:coordination/fault_detection/follower_check~cluster:monitor/nodes/stats[n]~indices:monitor/stats[n]~internal:coordination/fault_detection/leader_check}], node [" + NODE + "], id [{int|1000,99999999}]"),
    (40, "failed to retrieve stats for node [{esnodeid.n}]: [{esnode.n}][{ip}:9300][cluster:monitor/nodes/stats[n]] request_id [{int|1000,99999999}] timed out after [{int|10000,60000}ms]"),
    (50, "loaded module [{esmodule}]"),
    (12, "loaded plugin [{esplugin}]"),
    (1, "no plugins loaded"),
    (30, "[{esindex}][{int|0,9}] marking and sending shard failed due to [{choice|failed recovery~shard failure, reason [lucene commit failed]~failed to create shard~shard failure, reason [merge failed]}]"),
    (20, "moving index [{esindex}] from [{\"phase\":\"{phase}\",\"action\":\"{ilmaction}\",\"name\":\"{ilmstep}\"}] to [{\"phase\":\"{phase}\",\"action\":\"{ilmaction}\",\"name\":\"{ilmstep}\"}] in policy [{policy}]"),
    (8, "policy [{policy}] for index [{esindex}] failed on step [{\"phase\":\"{phase}\",\"action\":\"{ilmaction}\",\"name\":\"{ilmstep}\"}]. Moving to ERROR step"),
    (15, "snapshot [{repo}:{snap}/{esuuid}] started"),
    (15, "snapshot [{repo}:{snap}/{esuuid}] completed with state [{choice|SUCCESS~PARTIAL}]"),
    (3, "failed to create snapshot [{repo}:{snap}]"),
    (35, "caught exception while handling client http traffic, closing connection Netty4HttpChannel{localAddress=/{ip}:9200, remoteAddress=/{ip}:{port}}"),
    (20, "[parent] Data too large, data for [{choice|<http_request>~<transport_request>~indices:data/write/bulk[s]~indices:data/read/search[phase/query]}] would be [{int|100000000,999999999}/{essize}], which is larger than the limit of [{int|100000000,999999999}/{essize}], real usage: [{int|100000000,999999999}/{essize}], new bytes reserved: [{int|100,99999999}/{essize}]"),
    (20, "timed out while retrying [{choice|indices:admin/mapping/put~indices:data/write/bulk[s]~indices:admin/create}] after failure (timeout [{choice|1m~30s}])"),
    (10, "using discovery type [{choice|multi-node~single-node}] and seed hosts providers [{choice|settings~file~settings, file}]"),
    (4, "heap size [{essize}], compressed ordinary object pointers [{choice|true~false}]"),
    (25, "Authentication of [{user.u}] was terminated by realm [{realm}] - failed to authenticate user [{user.u}]"),
    (30, "action [{esaction}] is unauthorized for user [{user}] with effective roles [{esrolelist}] on indices [{esindex}], this action is granted by the index privileges [{choice|read,all~create_doc,create,index,write,all~monitor,manage,all}]"),
    (8, "action [{esaction}] is unauthorized for API key id [{esuuid}] of user [{user}] on indices [{esindex}], this action is granted by the index privileges [{choice|read,all~create_doc,create,index,write,all}]"),
    (18, "[{esindex}][{int|0,9}] primary-replica resync completed with {int|0,99999} operations"),
    (50, "path: {espath}, params: {esparams}"),
    (10, "after [{choice|10s~30s}] publication of cluster state version [{int|100,999999}] is still waiting for " + NODE + " [{choice|SENT_APPLY_COMMIT~SENT_PUBLISH_REQUEST~WAITING_FOR_QUORUM}]"),
    (1, "fatal error in thread [elasticsearch[{esnode}][{choice|write~search~management}][T#{int|1,16}]], exiting"),
    (8, "closing indices [[{esindex.i}/{esuuid}]]"),
    (8, "completed closing of indices [{esindex}]"),
    (6, "opening indices [[{esindex}/{esuuid}]]"),
    (40, "failed to execute bulk item ({choice|index~create~update}) index {[{esindex}][_doc][{docid}], source[n/a, actual length: [{essize}], max length: 2kb]}"),
    (2, "Elasticsearch built-in security features are not enabled. Without authentication, your cluster could be accessible to anyone. See https://www.elastic.co/guide/en/elasticsearch/reference/7.17/security-minimal-setup.html to enable security."),
]


# ---------------------------------------------------------------------------
# kubelet (klog structured; after "I0112 10:11:12.123456    1234 file.go:123] ")
# ---------------------------------------------------------------------------
P = '\\"'  # escaped quote inside a klog quoted value
VOLSPEC = 'for volume ' + P + '{vol.v}' + P + ' (UniqueName: ' + P + 'kubernetes.io/{voltype.v}/{uuid.u}-{vol.v}' + P + ')'


def _k8s_pull(r):
    err, img = g_pullerr(r, "")
    return '"Failed to pull image" err="%s" image="%s"' % (err, img)


def _k8s_nodestatus(r):
    return '"Error updating node status, will retry" err="%s"' % g_nodeerr(r, "")


def _k8s_mountfail(r):
    vol, vt, uid, pod, ns = g_vol(r, ""), g_voltype(r, ""), g_uuid(r, ""), g_pod(r, ""), g_ns(r, "")
    kind = _pick(r, ["configmap", "secret"])
    return ('Operation for "{volumeName:kubernetes.io/%s/%s-%s podName:%s nodeName:}" failed. No retries permitted until %s (durationBeforeRetry %s). '
            'Error: MountVolume.SetUp failed for volume "%s" (UniqueName: "kubernetes.io/%s/%s-%s") pod "%s" (UID: "%s") : %s "%s" not found'
            % (vt, uid, vol, uid, g_k8sts(r, ""), _pick(r, ["500ms", "1s", "2s", "4s", "8s", "16s", "32s", "1m4s", "2m2s"]),
               vol, vt, uid, vol, pod, uid, kind, g_cmname(r, "")))


KUBELET = [
    (220, '"SyncLoop (probe)" probe="{choice|readiness~liveness~startup}" status="{choice|ready~ready~unhealthy~started~}" pod="{ns}/{pod}"'),
    (160, '"Probe failed" probeType="{choice|Readiness~Liveness~Startup}" pod="{ns}/{pod}" podUID="{uuid}" containerName="{container}" probeResult="failure" output="{probeout}"'),
    (120, '"SyncLoop (PLEG): event for pod" pod="{ns}/{pod}" event={"ID":"{uuid}","Type":"{plegtype}","Data":"{hex64}"}'),
    (70, '"SyncLoop ADD" source="api" pods=["{ns}/{pod}"]'),
    (70, '"SyncLoop UPDATE" source="api" pods=["{ns}/{pod}"]'),
    (40, '"SyncLoop DELETE" source="api" pods=["{ns}/{pod}"]'),
    (40, '"SyncLoop REMOVE" source="api" pods=["{ns}/{pod}"]'),
    (12, '"SyncLoop RECONCILE" source="api" pods=["{ns}/{pod}"]'),
    (80, '"Error syncing pod, skipping" err="{syncerr}" pod="{ns}/{pod}" podUID="{uuid}"'),
    (60, '"Killing container with a grace period" pod="{ns}/{pod}" podUID="{uuid}" containerName="{container}" containerID="containerd://{hex64}" gracePeriod={choice|30~10~60~5}'),
    (70, '"operationExecutor.VerifyControllerAttachedVolume started ' + VOLSPEC + ' pod ' + P + '{pod.a}' + P + ' (UID: ' + P + '{uuid.u}' + P + ') " pod="{ns}/{pod.a}"'),
    (70, '"operationExecutor.MountVolume started ' + VOLSPEC + ' pod ' + P + '{pod.a}' + P + ' (UID: ' + P + '{uuid.u}' + P + ') " pod="{ns}/{pod.a}"'),
    (70, '"MountVolume.SetUp succeeded ' + VOLSPEC + ' pod ' + P + '{pod.a}' + P + ' (UID: ' + P + '{uuid.u}' + P + ') " pod="{ns}/{pod.a}"'),
    (50, '"operationExecutor.UnmountVolume started ' + VOLSPEC + ' pod ' + P + '{uuid.u}' + P + ' (UID: ' + P + '{uuid.u}' + P + ') "'),
    (50, '"UnmountVolume.TearDown succeeded for volume ' + P + 'kubernetes.io/{voltype.v}/{uuid.u}-{vol.v}' + P + ' (OuterVolumeSpecName: ' + P + '{vol.v}' + P + ') pod ' + P + '{uuid.u}' + P + ' (UID: ' + P + '{uuid.u}' + P + '). InnerVolumeSpecName ' + P + '{vol.v}' + P + '. PluginName ' + P + 'kubernetes.io/{voltype.v}' + P + ', VolumeGidValue ' + P + P + '"'),
    (50, '"Volume detached ' + VOLSPEC + ' on node ' + P + '{k8snode}' + P + ' DevicePath ' + P + P + '"'),
    (15, 'Operation for "{volumeName:kubernetes.io/<*>/<*>-<*> podName:<*> nodeName:}" failed. No retries permitted until <*> (durationBeforeRetry <*>). Error: MountVolume.SetUp failed for volume "<*>" (UniqueName: "kubernetes.io/<*>/<*>-<*>") pod "<*>" (UID: "<*>") : <*> "<*>" not found', _k8s_mountfail),
    (30, '"RemoveContainer" containerID="{hex64}"'),
    (25, '"ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container ' + P + '{hex64.c}' + P + ': not found" containerID="{hex64.c}"'),
    (20, '"DeleteContainer returned error" containerID={"Type":"containerd","ID":"{hex64.c}"} err="failed to get container status ' + P + '{hex64.c}' + P + ': rpc error: code = NotFound desc = an error occurred when try to find container ' + P + '{hex64.c}' + P + ': not found"'),
    (40, '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: {ip} {ip} {ip}"'),
    (10, '"Eviction manager: attempting to reclaim" resourceName="{choice|memory~ephemeral-storage~nodefs.inodes~imagefs.available~pids}"'),
    (10, '"Eviction manager: must evict pod(s) to reclaim" resourceName="{choice|memory~ephemeral-storage~nodefs.inodes~imagefs.available~pids}"'),
    (8, '"Eviction manager: pods ranked for eviction" pods=[{podlist}]'),
    (6, '"Eviction manager: pod is evicted successfully" pod="{ns}/{pod}"'),
    (3, '"Eviction manager: unable to evict any pods from the node"'),
    (25, '"Error updating node status, will retry" err="<*>"', _k8s_nodestatus),
    (3, '"Unable to update node status" err="update node status exceeds retry count"'),
    (4, '"Attempting to register node" node="{k8snode}"'),
    (4, '"Successfully registered node" node="{k8snode}"'),
    (2, '"Node became not ready" node="{k8snode}" condition={"type":"Ready","status":"False","lastHeartbeatTime":"{isots.t}","lastTransitionTime":"{isots.t}","reason":"KubeletNotReady","message":"container runtime status check may not have completed yet"}'),
    (30, '"Failed to pull image" err="<*>" image="<*>"', _k8s_pull),
    (15, '"Cleaned up orphaned pod volumes dir" podUID="{uuid.u}" path="/var/lib/kubelet/pods/{uuid.u}/volumes"'),
    (35, '"Creating hosts mount for container" pod="{ns}/{pod}" containerName="{container}" podIPs=["{ip}"] path={choice|true~false}'),
    (20, '"Housekeeping took longer than expected" err="housekeeping took too long" expected="1s" actual="{k8sdur}"'),
    (12, '"RemoveStaleState: removing container" podUID="{uuid}" containerName="{container}"'),
    (12, '"RemoveStaleState removing state" podUID="{uuid}" containerName="{container}"'),
    (12, '"Deleted CPUSet assignment" podUID="{uuid}" containerName="{container}"'),
    (25, '"Observed pod startup duration" pod="{ns}/{pod}" podStartSLOduration={f|9} podStartE2EDuration="{k8sdur}" podCreationTimestamp="{k8sts}" firstStartedPulling="{k8sts0}" lastFinishedPulling="{k8sts0}" observedRunningTime="{k8sts}" watchObservedRunningTime="{k8sts}"'),
    (10, '"Trying to delete pod" pod="{ns}/{pod}" podUID="{uuid}"'),
    (12, '"Topology Admit Handler" podUID="{uuid}" podNamespace="{ns}" podName="{pod}"'),
    (2, '"Image garbage collection failed once. Stats initialization may not have completed yet" err="invalid capacity 0 on image filesystem"'),
    (4, '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"'),
    (20, '"Failed to get status for pod" podUID="{uuid}" pod="{ns.s}/{pod.s}" err="Get ' + P + 'https://{ip.s}:6443/api/v1/namespaces/{ns.s}/pods/{pod.s}' + P + ': dial tcp {ip.s}:6443: connect: connection refused"'),
]


# ---------------------------------------------------------------------------
# Squid cache.log (after "YYYY/MM/DD HH:MM:SS kidN| "), leading blanks removed
# ---------------------------------------------------------------------------
def _squid_invalid(kind):
    def fn(r):
        host = g_fqdn(r, "")
        path = _pick(r, ["/", "/index.html", "/api/v1/items", "/static/%s.js" % _pick(r, NOUN), "/favicon.ico"])
        return "WARNING: HTTP: Invalid Response: %s %s AKA %s%s" % (kind, "http://" + host + path, host, path)
    return fn


SQUID = [
    (250, "TCP connection to {peerhost}/{choice|3128~8080~3129} failed"),
    (30, "Detected DEAD {choice|Parent~Sibling}: {peername}"),
    (30, "Detected REVIVED {choice|Parent~Sibling}: {peername}"),
    (200, "Error negotiating SSL connection on FD {fd}: {sslerr} ({int|1,5}/{choice|0~-1})"),
    (40, "Error negotiating SSL on FD {fd}: {sslerr} ({int|1,5}/{choice|0~-1}/{choice|0~104~32})"),
    (150, "connection: conn{int|1000,9999999} local={ip}:{choice|3128~3129~443} remote={ip}:{port} FD {fd} flags=1"),
    (120, "WARNING: HTTP: Invalid Response: No object data received for <*> AKA <*>", _squid_invalid("No object data received for")),
    (25, "WARNING: HTTP: Invalid Response: Bad header encountered from <*> AKA <*>", _squid_invalid("Bad header encountered from")),
    (80, "ipcacheParse: No Address records in response to '{fqdn}'"),
    (30, "urlParse: Illegal character in hostname '{badhost}'"),
    (50, "WARNING: All {int|5,64}/{int|5,64} {helper} processes are busy."),
    (50, "WARNING: {int|1,900} pending requests queued"),
    (50, "WARNING: Consider increasing the number of {helper} processes in your config file."),
    (15, "helperOpenServers: Starting {int|1,20}/{int|20,64} '{helper}' processes"),
    (20, "WARNING: {helper} #Hlpr{int|1,9999} exited"),
    (10, "Too few {helper} processes are running (need {int|1,5}/{int|5,64})"),
    (25, "SECURITY ALERT: Host header forgery detected on conn{int|1000,9999999} local={ip}:{choice|80~443} remote={ip}:{port} FD {fd} flags=33 (local IP does not match any domain IP)"),
    (25, "SECURITY ALERT: on URL: {fqdn}:443"),
    (25, "SECURITY ALERT: By user agent: {ua}"),
    (80, "NOTICE: Authentication not applicable on intercepted requests."),
    (15, "Failed to select source for '{url}'"),
    (15, "always_direct = {choice|DENIED~ALLOWED~DUNNO}"),
    (15, "never_direct = {choice|DENIED~ALLOWED~DUNNO}"),
    (15, "timedout = {choice|0~1}"),
    (30, "squidaio_queue_request: WARNING - Queue congestion (growing to {int|128,65536})"),
    (20, "WARNING! Your cache is running out of filedescriptors"),
    (20, "kick abandoning conn{int|1000,9999999} local={ip}:3128 remote={ip}:{port} FD {fd} flags=1"),
    (15, "temporary disabling ({choice|Not Found~Forbidden~Bad Gateway~Service Unavailable}) digest from {peerhost}"),
    (3, "Starting Squid Cache version {squidver} for x86_64-pc-linux-gnu..."),
    (3, "Process ID {int|100,65000}"),
    (3, "With {choice|1024~4096~65535~16384} file descriptors available"),
    (3, "DNS Socket created at {choice|[::]~0.0.0.0}, FD {fd}"),
    (6, "Adding nameserver {ip} from /etc/resolv.conf"),
    (5, "Logfile: opening log {logpath}"),
    (4, "Logfile: closing log {logpath}"),
    (3, "Swap maxSize {int|100000,99999999} + {int|100000,999999} KB, estimated {int|1000,999999} objects"),
    (3, "Rebuilding storage in {spooldir} ({choice|clean log~dirty log})"),
    (3, "Set Current Directory to {spooldir}"),
    (3, "Accepting HTTP Socket connections at conn{int|1,99} local=[::]:{choice|3128~8080} remote=[::] FD {fd} flags=9"),
    (2, "Accepting NAT intercepted HTTP Socket connections at conn{int|1,99} local=[::]:{choice|3129~8081} remote=[::] FD {fd} flags=41"),
    (3, "Done reading {spooldir} swaplog ({int|0,999999} entries)"),
    (3, "{int|0,999999} Entries scanned"),
    (3, "{int|0,999} Invalid entries."),
    (3, "{int|0,999999} Objects loaded."),
    (3, "{int|0,9999} Objects expired."),
    (3, "{int|0,9999} Objects cancelled."),
    (3, "{int|0,999} Duplicate URLs purged."),
    (3, "Took {f} seconds ({f} objects/sec)."),
    (3, "Validated {int|0,999999} Entries"),
    (3, "store_swap_size = {f} KB"),
    (3, "storeLateRelease: released {int|0,9999} objects"),
    (2, "Finished.  Wrote {int|0,999999} entries."),
    (2, "Took {f} seconds ({f} entries/sec)."),
    (2, "Preparing for shutdown after {int|1000,9999999} requests"),
    (2, "Waiting {choice|30~10~5} seconds for active connections to finish"),
    (2, "Squid Cache (Version {squidver}): Exiting normally."),
    (3, "Reconfiguring Squid Cache (version {squidver})..."),
]


# ---------------------------------------------------------------------------
# Tomcat catalina.out (JULI; after "<ts> <LEVEL> [<thread>] <class.method> ")
# ---------------------------------------------------------------------------
def _jndi(r):
    name = _pick(r, ["jdbc/%sDS" % _pick(r, APPS), "mail/Session", "jms/%sQueue" % _pick(r, APPS), "comp/env/jdbc/%s" % _pick(r, DBS)])
    return "Name [%s] is not bound in this Context. Unable to find [%s]." % (name, name.split("/")[0])


TOMCAT = [
    (300, "Unable to add the resource at [{webres}] to the cache for web application [{ctx}] because there was insufficient free space available after evicting expired cache entries - consider increasing the maximum size of the cache"),
    (200, "Servlet.service() for servlet [{servlet}] in context with path [{ctx}] threw exception"),
    (120, "Servlet.service() for servlet [{servlet}] in context with path [{ctx}] threw exception [{excmsg}] with root cause"),
    (60, "Error parsing HTTP request header"),
    (60, "Invalid character found in method name [{methodjunk}]. HTTP method names must be tokens"),
    (30, "Invalid character found in the request target [{target}]. The valid characters are defined in RFC 7230 and RFC 3986"),
    (20, "Deploying web application archive [{catbase.b}/webapps/{app.a}.war]"),
    (20, "Deployment of web application archive [{catbase.b}/webapps/{app.a}.war] has finished in [{int|100,99999}] ms"),
    (12, "Deploying web application directory [{catbase.b}/webapps/{app.a}]"),
    (12, "Deployment of web application directory [{catbase.b}/webapps/{app.a}] has finished in [{int|10,9999}] ms"),
    (8, "Undeploying context [/{app}]"),
    (6, "Server startup in [{int|800,99999}] milliseconds"),
    (6, "Starting service [Catalina]"),
    (5, "Stopping service [Catalina]"),
    (6, "Starting Servlet engine: [Apache Tomcat/{tomcatver}]"),
    (6, "Initializing ProtocolHandler [\"{proto}\"]"),
    (6, "Starting ProtocolHandler [\"{proto}\"]"),
    (5, "Pausing ProtocolHandler [\"{proto}\"]"),
    (5, "Stopping ProtocolHandler [\"{proto}\"]"),
    (5, "Destroying ProtocolHandler [\"{proto}\"]"),
    (40, "The web application [{app}] appears to have started a thread named [{threadname}] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:"),
    (20, "The web application [{app}] registered the JDBC driver [{jdbcdriver}] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered."),
    (15, "The web application [{app}] created a ThreadLocal with key of type [{cls}] (value [{obj}]) and a value of type [{cls}] (value [{obj}]) but failed to remove it when the web application was stopped. Threads are going to be renewed over time to try and avoid a probable memory leak."),
    (10, "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [{int|200,300000}] milliseconds."),
    (6, "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."),
    (50, "Pool empty. Unable to fetch a connection in {choice|5~10~30} seconds, none available[size:{int|10,200}; busy:{int|10,200}; idle:0; lastwait:{int|5000,30000}]."),
    (30, "Connection has been abandoned PooledConnection[{conn}]:java.lang.Exception"),
    (15, "Name [<*>] is not bound in this Context. Unable to find [<*>].", _jndi),
    (40, "Character decoding failed. Parameter [{param}] with value [{pval}] has been ignored. Note that the name and value quoted here may be corrupted due to the failed decoding. Use debug level logging to see the original, non-corrupted values."),
    (20, "Parameters: Invalid chunk starting at byte [{int|0,9999}] and ending at byte [{int|0,9999}] with a value of [{pval}] ignored"),
    (10, "Exception sending context initialized event to listener instance of class [{cls}]"),
    (6, "One or more listeners failed to start. Full details will be found in the appropriate container log file"),
    (6, "Context [/{app}] startup failed due to previous errors"),
    (4, "Reloading Context with name [/{app}] has started"),
    (4, "Reloading Context with name [/{app}] is completed"),
    (3, "A valid shutdown command was received via the shutdown port. Stopping the Server instance."),
    (15, "Illegal access: this web application instance has been stopped already. Could not load [{res}]. The following stack trace is thrown for debugging purposes as well as to attempt to terminate the thread which caused the illegal access."),
    (40, "Command line argument: {jvmarg}"),
    (5, "CATALINA_BASE:         {catbase}"),
    (5, "CATALINA_HOME:         {catbase}"),
    (5, "Java Home:             {javahome}"),
    (5, "Server version name:   Apache Tomcat/{tomcatver}"),
    (25, "Failed to complete processing of a request"),
    (8, "Initializing Spring DispatcherServlet '{app_servlet}'"),
    (8, "Completed initialization in {int|1,900} ms"),
]

SYSTEMS = OrderedDict([("MySQL", MYSQL), ("Elasticsearch", ES), ("Kubelet", KUBELET),
                       ("Squid", SQUID), ("Tomcat", TOMCAT)])


def build_system(name, spec, r):
    # rare templates (<= 5 lines) keep their count, the others are scaled so
    # that the system has exactly N_LINES lines
    counts = [e[0] for e in spec]
    rare = sum(c for c in counts if c <= 5)
    common = sum(c for c in counts if c > 5)
    k = (N_LINES - rare) / common
    counts = [c if c <= 5 else max(6, int(round(c * k))) for c in counts]
    big = max(range(len(spec)), key=lambda i: counts[i])
    counts[big] += N_LINES - sum(counts)
    assert sum(counts) == N_LINES and counts[big] > 0
    templates = []
    for e in spec:
        if len(e) == 2:
            templates.append(render(e[1], random.Random(0))[1])
        else:
            templates.append(e[1])
    assert len(set(templates)) == len(templates), [t for t, c in Counter(templates).items() if c > 1]
    assert 25 <= len(spec) <= 60, (name, len(spec))
    rows = []
    for i, (e, c) in enumerate(zip(spec, counts)):
        for _ in range(c):
            if len(e) == 2:
                content, tpl = render(e[1], r)
                assert tpl == templates[i]
            else:
                content = e[2](r)
            assert "\n" not in content and "\r" not in content
            rows.append((content, i))
    r.shuffle(rows)
    # sanity: one content string never carries two labels
    seen = {}
    for content, i in rows:
        assert seen.setdefault(content, i) == i, (name, content)
    eids = ["E%d" % (i + 1) for i in range(len(spec))]
    d = os.path.join(os.environ.get("UNSEEN_OUT") or os.path.join(HERE, "systems"), name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + "_2k.content.txt"), "w", encoding="utf-8", newline="\n") as f:
        for content, _ in rows:
            f.write(content + "\n")
    with open(os.path.join(d, name + "_2k.log_structured_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for lid, (content, i) in enumerate(rows, 1):
            w.writerow([lid, content, eids[i], templates[i]])
    occ = Counter(i for _, i in rows)
    with open(os.path.join(d, name + "_2k.log_templates_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for i in range(len(spec)):
            w.writerow([eids[i], templates[i], occ[i]])
    return len(spec), sorted(occ.values(), reverse=True)


if __name__ == "__main__":
    import events as _events  # noqa: E402  (sibling module)
    r = random.Random(SEED)
    for name, spec in SYSTEMS.items():
        n, occ = build_system(name, spec, r)
        print("%-14s %3d templates, top counts %s, singletons %d, <=5: %d"
              % (name, n, occ[:5], sum(1 for o in occ if o == 1), sum(1 for o in occ if o <= 5)))
    n_ev, n_grp = _events.write(os.path.join(os.environ.get("UNSEEN_OUT") or HERE, "events.jsonl"), random.Random(SEED + 1), render)
    print("events.jsonl   %d events, %d groups" % (n_ev, n_grp))
