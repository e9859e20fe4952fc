"""System 5: journald of one Kubernetes worker node: kubelet (klog,
mostly structured `"msg" key=value` lines, some unstructured client-go
lines) and containerd (logfmt).

Header cut off: for kubelet the journald prefix and the klog header
(`I0611 08:12:03.123456    1234 kubelet.go:2430] `); for containerd the
journald prefix and `time="..." level=info `, so containerd content starts
at `msg=`.
"""

import random

from common import Pool, g_uuid, hexs, zpick

NAME = "KubeNode"
SEED = 1129

_r = random.Random(SEED + 1)


def _h(n, al="bcdfghjklmnpqrstvwxz2456789"):
    return "".join(_r.choice(al) for _ in range(n))


NODE = Pool(["ip-10-0-3-17.eu-west-1.compute.internal"], 1.0)
APISERVER = Pool(["api.k8s.corp.example", "10.0.0.10"], 1.0)

# a fixed set of pods on this node: (ns, name, uid, containers, volumes, image)
_PODDEFS = [
    ("payments", "payments-api", "deploy", ["api", "istio-proxy"], ["kube-api-access", "config", "tls-certs"], "registry.corp.example/payments/api:v2.8.1"),
    ("payments", "ledger-worker", "deploy", ["worker"], ["kube-api-access", "config"], "registry.corp.example/payments/ledger:v1.14.0"),
    ("default", "web-frontend", "deploy", ["nginx", "app"], ["kube-api-access", "nginx-conf"], "docker.io/library/nginx:1.25.4"),
    ("monitoring", "node-exporter", "ds", ["node-exporter"], ["kube-api-access", "proc", "sys", "root"], "quay.io/prometheus/node-exporter:v1.7.0"),
    ("monitoring", "prometheus-k8s", "sts", ["prometheus", "config-reloader"], ["kube-api-access", "prometheus-k8s-db", "config-out", "tls-assets", "web-config"], "quay.io/prometheus/prometheus:v2.51.1"),
    ("kube-system", "kube-proxy", "ds", ["kube-proxy"], ["kube-api-access", "kube-proxy", "xtables-lock", "lib-modules"], "registry.k8s.io/kube-proxy:v1.29.4"),
    ("kube-system", "aws-node", "ds", ["aws-node", "aws-eks-nodeagent"], ["kube-api-access", "cni-bin-dir", "cni-net-dir", "log-dir"], "602401143452.dkr.ecr.eu-west-1.amazonaws.com/amazon-k8s-cni:v1.18.1"),
    ("kube-system", "coredns", "deploy", ["coredns"], ["kube-api-access", "config-volume"], "registry.k8s.io/coredns/coredns:v1.11.1"),
    ("kube-system", "ebs-csi-node", "ds", ["ebs-plugin", "node-driver-registrar", "liveness-probe"], ["kube-api-access", "kubelet-dir", "plugin-dir", "registration-dir", "device-dir"], "public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.30.0"),
    ("logging", "fluent-bit", "ds", ["fluent-bit"], ["kube-api-access", "varlog", "config"], "cr.fluentbit.io/fluent/fluent-bit:3.0.4"),
    ("argocd", "argocd-repo-server", "deploy", ["argocd-repo-server"], ["kube-api-access", "tmp", "helm-working-dir", "gpg-keys"], "quay.io/argoproj/argocd:v2.11.0"),
    ("ingress-nginx", "ingress-nginx-controller", "deploy", ["controller"], ["kube-api-access", "webhook-cert"], "registry.k8s.io/ingress-nginx/controller:v1.10.1"),
    ("cert-manager", "cert-manager-webhook", "deploy", ["cert-manager-webhook"], ["kube-api-access"], "quay.io/jetstack/cert-manager-webhook:v1.14.5"),
    ("default", "batch-report", "job", ["report"], ["kube-api-access", "scratch"], "registry.corp.example/analytics/report:2024.06.10"),
    ("payments", "redis", "sts", ["redis", "metrics"], ["kube-api-access", "data", "redis-conf"], "docker.io/bitnami/redis:7.2.4"),
    ("default", "image-resizer", "deploy", ["resizer"], ["kube-api-access"], "registry.corp.example/media/resizer:latest"),
]
PODS = []
for ns, base, kind, ctrs, vols, image in _PODDEFS:
    n = {"deploy": 3, "ds": 1, "sts": 2, "job": 4}[kind]
    rs = _h(_r.choice([9, 10]))
    for i in range(n):
        if kind == "deploy":
            name = "%s-%s-%s" % (base, rs if _r.random() < 0.8 else _h(10), _h(5))
        elif kind == "ds":
            name = "%s-%s" % (base, _h(5))
        elif kind == "sts":
            name = "%s-%d" % (base, i)
        else:
            name = "%s-28634%d-%s" % (base, 520 + i * 10, _h(5))
        PODS.append({"ns": ns, "pod": name, "uid": "-".join(hexs(_r, k) for k in (8, 4, 4, 4, 12)),
                     "ctrs": ctrs, "vols": vols, "image": image,
                     "ip": "10.0.%d.%d" % (_r.randint(0, 7) if kind != "ds" else 3, _r.randint(2, 250)) if kind != "ds" else "10.0.3.17"})
_r.shuffle(PODS)
_POD_W = [1.0 / (i + 1) ** 0.8 for i in range(len(PODS))]

VOLTYPE = {"kube-api-access": "projected", "config": "configmap", "tls-certs": "secret",
           "nginx-conf": "configmap", "proc": "host-path", "sys": "host-path", "root": "host-path",
           "prometheus-k8s-db": "csi", "config-out": "empty-dir", "tls-assets": "projected",
           "web-config": "secret", "kube-proxy": "configmap", "xtables-lock": "host-path",
           "lib-modules": "host-path", "cni-bin-dir": "host-path", "cni-net-dir": "host-path",
           "log-dir": "host-path", "config-volume": "configmap", "kubelet-dir": "host-path",
           "plugin-dir": "host-path", "registration-dir": "host-path", "device-dir": "host-path",
           "varlog": "host-path", "tmp": "empty-dir", "helm-working-dir": "empty-dir",
           "gpg-keys": "configmap", "webhook-cert": "secret", "scratch": "empty-dir",
           "data": "csi", "redis-conf": "configmap"}

KIND = Pool(["Service", "Node", "ConfigMap", "Secret", "Pod", "CSIDriver", "RuntimeClass"], 1.0)
REFLECTOR = Pool(["k8s.io/client-go/informers/factory.go:159", "pkg/kubelet/config/apiserver.go:66",
                  "object-\"payments\"/\"config\"", "object-\"kube-system\"/\"kube-proxy\""], 1.0)


def _pod(rng, vals):
    if "_pod" not in vals:
        vals["_pod"] = rng.choices(PODS, weights=_POD_W)[0]
    return vals["_pod"]


def _pv(field):
    def f(rng, arg, vals):
        return _pod(rng, vals)[field]
    f.wants_vals = True
    return f


def g_podref(rng, arg, vals):
    p = _pod(rng, vals)
    return "%s/%s" % (p["ns"], p["pod"])


def g_ctr(rng, arg, vals):
    return zpick(rng, _pod(rng, vals)["ctrs"], 1.5)


def g_vol(rng, arg, vals):
    if "_vol" in vals:
        return vals["_vol"]
    p = _pod(rng, vals)
    v = rng.choice(p["vols"])
    if v == "kube-api-access":
        v = "kube-api-access-" + _h(5)
    vals["_vol"] = v
    return v


def g_voltype(rng, arg, vals):
    v = vals.get("_vol", "kube-api-access")
    return VOLTYPE.get(v, "projected")


def g_uniq(rng, arg, vals):
    """UniqueName of a volume (depends on the plugin)."""
    p = _pod(rng, vals)
    v = vals.get("_vol") or g_vol(rng, None, vals)
    t = VOLTYPE.get(v.rsplit("-", 1)[0] if v.startswith("kube-api-access") else v, "projected")
    if t == "csi":
        return "kubernetes.io/csi/ebs.csi.aws.com^vol-0%s" % hexs(rng, 16)
    return "kubernetes.io/%s/%s-%s" % (t, p["uid"], v)


for _f in (g_podref, g_ctr, g_vol, g_voltype, g_uniq):
    _f.wants_vals = True


def g_cid(rng, arg=None):
    return hexs(rng, 64)


def g_dur(rng, arg=None):
    s = 10 ** rng.uniform(-2, 2.5)
    if s < 1:
        return "%.6fms" % (s * 1000) if rng.random() < 0.3 else "%.9fs" % s
    if s < 60:
        return "%.9fs" % s
    return "%dm%.9fs" % (s // 60, s % 60)


def g_syncerr(rng, arg, vals):
    p = _pod(rng, vals)
    c = zpick(rng, p["ctrs"], 1.5)
    k = rng.random()
    if k < 0.55:
        back = zpick(rng, ["5m0s", "2m40s", "1m20s", "40s", "20s", "10s"], 0.6)
        return ("failed to \\\"StartContainer\\\" for \\\"%s\\\" with CrashLoopBackOff: \\\"back-off %s restarting failed "
                "container=%s pod=%s_%s(%s)\\\"" % (c, back, c, p["pod"], p["ns"], p["uid"]))
    if k < 0.8:
        return ("failed to \\\"StartContainer\\\" for \\\"%s\\\" with ImagePullBackOff: \\\"Back-off pulling image "
                "\\\\\\\"%s\\\\\\\"\\\"" % (c, p["image"]))
    if k < 0.9:
        return ("failed to \\\"StartContainer\\\" for \\\"%s\\\" with ErrImagePull: \\\"rpc error: code = NotFound desc = "
                "failed to pull and unpack image \\\\\\\"%s\\\\\\\": not found\\\"" % (c, p["image"]))
    if k < 0.95:
        return ("failed to \\\"KillPodSandbox\\\" for \\\"%s\\\" with KillPodSandboxError: \\\"rpc error: code = Unknown desc = "
                "failed to destroy network for sandbox \\\\\\\"%s\\\\\\\": plugin type=\\\\\\\"aws-cni\\\\\\\" name=\\\\\\\"aws-cni\\\\\\\" "
                "failed (delete): del cmd: error received from DelNetwork gRPC call: rpc error: code = Unavailable desc = "
                "connection error\\\"" % (p["uid"], hexs(rng, 64)))
    return ("network is not ready: container runtime network not ready: NetworkReady=false "
            "reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized")


g_syncerr.wants_vals = True


def g_probeout(rng, arg, vals):
    p = _pod(rng, vals)
    port = zpick(rng, ["8080", "9090", "8443", "10254", "8181"])
    k = rng.random()
    if k < 0.5:
        return "Get \\\"http://%s:%s/healthz\\\": dial tcp %s:%s: connect: connection refused" % (p["ip"], port, p["ip"], port)
    if k < 0.8:
        return ("Get \\\"http://%s:%s/ready\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"
                % (p["ip"], port))
    if k < 0.9:
        return "HTTP probe failed with statuscode: %s" % zpick(rng, ["503", "500", "404"])
    return ""


g_probeout.wants_vals = True


def g_image(rng, arg, vals):
    return _pod(rng, vals)["image"]


g_image.wants_vals = True


def g_repo(rng, arg, vals):
    return _pod(rng, vals)["image"].rsplit(":", 1)[0]


g_repo.wants_vals = True


def g_ts(rng, arg=None):
    return "2024-06-11 %02d:%02d:%02d.%09d +0000 UTC" % (rng.randint(6, 11), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999999))


def g_tsz(rng, arg=None):
    return zpick(rng, ["0001-01-01 00:00:00 +0000 UTC", g_ts(rng)], 0.5)


def g_podlist(rng, arg=None):
    n = zpick(rng, [1, 2, 3, 5])
    ps = rng.sample(PODS, n)
    return ",".join('"%s/%s"' % (p["ns"], p["pod"]) for p in ps)


GENS = {
    "ns": _pv("ns"), "pod": _pv("pod"), "uid": _pv("uid"), "podip": _pv("ip"),
    "podref": g_podref, "ctr": g_ctr, "vol": g_vol, "voltype": g_voltype, "uniq": g_uniq,
    "cid": g_cid, "dur": g_dur, "syncerr": g_syncerr, "probeout": g_probeout,
    "image": g_image, "repo": g_repo, "ts": g_ts, "tsz": g_tsz, "podlist": g_podlist,
    "node": NODE, "apiserver": APISERVER, "kind": KIND, "reflector": REFLECTOR,
}

_VOLPOD = 'pod \\"{pod}\\" (UID: \\"{uid}\\") " pod="{podref}"'

SPECS = [
    # ---------------- kubelet, structured ----------------
    (190, '"SyncLoop (PLEG): event for pod" pod="{podref}" event={{"ID":"{uid}","Type":"{=ContainerStarted|ContainerDied|ContainerRemoved}","Data":"{cid}"}}'),
    (150, '"Error syncing pod, skipping" err="{syncerr}" pod="{podref}" podUID="{uid}"'),
    (120, '"SyncLoop (probe)" probe="{=readiness|liveness|startup}" status="{=ready||unhealthy|started}" pod="{podref}"'),
    (95, '"Probe failed" probeType="{=Readiness|Liveness|Startup}" pod="{podref}" podUID="{uid}" containerName="{ctr}" probeResult="{=failure}" output="{probeout}"'),
    (80, '"SyncLoop UPDATE" source="api" pods=["{podref}"]'),
    (26, '"SyncLoop ADD" source="api" pods=["{podref}"]'),
    (18, '"SyncLoop DELETE" source="api" pods=["{podref}"]'),
    (18, '"SyncLoop REMOVE" source="api" pods=["{podref}"]'),
    (14, '"SyncLoop RECONCILE" source="api" pods=["{podref}"]'),
    (70, '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: {=10.0.0.2 10.0.0.3 1.1.1.1|169.254.20.10 10.0.0.2 8.8.8.8}"'),
    (60, '"Unable to read config path" err="path does not exist, ignoring" path="{=/etc/kubernetes/manifests}"'),
    (55, '"Failed to get system container stats" err="failed to get cgroup stats for \\"{=/system.slice/docker.service|/system.slice/kubelet.service|/system.slice/containerd.service}\\": failed to get container info for \\"{=/system.slice/docker.service|/system.slice/kubelet.service|/system.slice/containerd.service}\\": unknown container \\"{=/system.slice/docker.service|/system.slice/kubelet.service|/system.slice/containerd.service}\\"" containerName="{=/system.slice/docker.service|/system.slice/kubelet.service|/system.slice/containerd.service}"'),
    (30, '"operationExecutor.VerifyControllerAttachedVolume started for volume \\"{vol}\\" (UniqueName: \\"{uniq}\\") ' + _VOLPOD),
    (30, '"operationExecutor.MountVolume started for volume \\"{vol}\\" (UniqueName: \\"{uniq}\\") ' + _VOLPOD),
    (30, '"MountVolume.SetUp succeeded for volume \\"{vol}\\" (UniqueName: \\"{uniq}\\") ' + _VOLPOD),
    (22, '"operationExecutor.UnmountVolume started for volume \\"{vol}\\" (UniqueName: \\"{uniq}\\") pod \\"{uid}\\" (UID: \\"{uid}\\") "'),
    (22, '"UnmountVolume.TearDown succeeded for volume \\"{uniq}\\" (OuterVolumeSpecName: \\"{vol}\\") pod \\"{uid}\\" (UID: \\"{uid}\\"). InnerVolumeSpecName \\"{vol}\\". PluginName \\"kubernetes.io/{voltype}\\", VolumeGidValue \\"\\""'),
    (20, '"Volume detached for volume \\"{vol}\\" (UniqueName: \\"{uniq}\\") on node \\"{node}\\" DevicePath \\"\\""'),
    (4, '"MountVolume.SetUp failed for volume \\"{vol}\\" (UniqueName: \\"{uniq}\\") ' + _VOLPOD + ' err="{=configmap \\"config\\" not found|secret \\"tls-certs\\" not found|object \\"payments\\"/\\"config\\" not registered}"'),
    (3, '"Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[{vol}], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition" pod="{podref}"'),
    (26, '"No sandbox for pod can be found. Need to start a new one" pod="{podref}"'),
    (24, '"Killing container with a grace period" pod="{podref}" podUID="{uid}" containerName="{ctr}" containerID="containerd://{cid}" gracePeriod={=30|10|60|1}'),
    (22, '"RemoveContainer" containerID="{cid}"'),
    (14, '"ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \\"{cid}\\": not found" containerID="{cid}"'),
    (10, '"DeleteContainer returned error" containerID={{"Type":"containerd","ID":"{cid}"}} err="failed to get container status \\"{cid}\\": rpc error: code = NotFound desc = an error occurred when try to find container \\"{cid}\\": not found"'),
    (18, '"Topology Admit Handler" podUID="{uid}" podNamespace="{ns}" podName="{pod}"'),
    (16, '"Observed pod startup duration" pod="{podref}" podStartSLOduration={float:0.5-90:9} podStartE2EDuration="{dur}" podCreationTimestamp="{=2024-06-11 08:12:03 +0000 UTC|2024-06-11 07:55:41 +0000 UTC|2024-06-11 09:30:00 +0000 UTC}" firstStartedPulling="{tsz}" lastFinishedPulling="{tsz#2}" observedRunningTime="{ts}" watchObservedRunningTime="{ts#2}"'),
    (14, '"Caches populated" type="*v1.{kind}" reflector="{reflector}"'),
    (12, '"Unable to fetch pod log stats" err="open /var/log/pods/{ns}_{pod}_{uid}: no such file or directory" pod="{podref}"'),
    (6, '"Unable to fetch pod etc hosts stats" err="failed to get stats failed command \'du\' ($ nice -n 19 du -x -s -B 1) on path /var/lib/kubelet/pods/{uid}/etc-hosts with error exit status 1" pod="{podref}"'),
    (10, '"Failed to update lease" err="Put \\"https://{apiserver}:6443/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node}?timeout=10s\\": {=context deadline exceeded|net/http: request canceled (Client.Timeout exceeded while awaiting headers)|dial tcp 10.0.0.10:6443: connect: connection refused}"'),
    (8, '"Error updating node status, will retry" err="error getting node \\"{node}\\": Get \\"https://{apiserver}:6443/api/v1/nodes/{node}?timeout=10s\\": {=context deadline exceeded|net/http: TLS handshake timeout}"'),
    (1, '"Unable to update node status" err="update node status exceeds retry count"'),
    (6, '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active {dur} ago; threshold is 3m0s"'),
    (2, '"Node became not ready" node="{node}" condition={{"type":"Ready","status":"False","lastHeartbeatTime":"{=2024-06-11T09:41:07Z|2024-06-11T09:44:52Z}","lastTransitionTime":"{=2024-06-11T09:41:07Z|2024-06-11T09:44:52Z#2}","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active {dur} ago; threshold is 3m0s"}}'),
    (5, '"Housekeeping took longer than expected" err="housekeeping took too long" expected="1s" actual="{dur}"'),
    (8, '"Cleaned up orphaned pod volumes dir" podUID="{uid}" path="/var/lib/kubelet/pods/{uid}/volumes"'),
    (4, '"orphaned pod found, but error occurred when trying to remove the volumes dir" podUID="{uid}" err="not a directory" numErrs={int:1-9}'),
    (7, '"Failed to pull image" err="rpc error: code = {=NotFound|Unknown} desc = failed to pull and unpack image \\"{image}\\": failed to resolve reference \\"{image}\\": {=not found|unexpected status from HEAD request: 401 Unauthorized|pull access denied, repository does not exist or may require authorization}" image="{image}"'),
    (5, '"Eviction manager: attempting to reclaim" resourceName="{=ephemeral-storage|memory}"'),
    (3, '"Eviction manager: must evict pod(s) to reclaim" resourceName="{=ephemeral-storage|memory}"'),
    (3, '"Eviction manager: pods ranked for eviction" pods=[{podlist}]'),
    (2, '"Eviction manager: pod is evicted successfully" pod="{podref}"'),
    (2, '"Image garbage collection failed once. Stats initialization may not have completed yet" err="failed to get imageFs info: unable to find data in memory cache"'),
    (2, '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"'),
    (1, '"Started kubelet"'),
    (1, '"Kubelet version" kubeletVersion="{=v1.29.4-eks-036c24b}"'),
    (1, '"Attempting to register node" node="{node}"'),
    (1, '"Successfully registered node" node="{node}"'),
    (1, '"Starting to sync pod status with apiserver"'),
    (2, '"Failed to delete pod" pod="{podref}" err="pod not found"'),
    # ---------------- kubelet, unstructured (client-go, old call sites) ----------------
    (9, '{reflector}: failed to list *v1.{kind}: Get "https://{apiserver}:6443/api/v1/{=services|nodes|configmaps|secrets}?limit=500&resourceVersion=0": dial tcp 10.0.0.10:6443: connect: connection refused'),
    (5, '{reflector}: watch of *v1.{kind} ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding'),
    (2, 'Orphaned pod "{uid}" found, but volume paths are still present on disk : There were a total of {int:1-9} errors similar to this. Turn up verbosity to see them.'),
    # ---------------- containerd (logfmt, from msg=) ----------------
    (60, 'msg="StartContainer for \\"{cid}\\" returns successfully"'),
    (40, 'msg="CreateContainer within sandbox \\"{cid}\\" for container &ContainerMetadata{{Name:{ctr},Attempt:{int:0-40},}}"'),
    (38, 'msg="CreateContainer within sandbox \\"{cid}\\" for &ContainerMetadata{{Name:{ctr},Attempt:{int:0-40},}} returns container id \\"{cid#2}\\""'),
    (24, 'msg="RunPodSandbox for &PodSandboxMetadata{{Name:{pod},Uid:{uid},Namespace:{ns},Attempt:{int:0-3},}}"'),
    (22, 'msg="RunPodSandbox for &PodSandboxMetadata{{Name:{pod},Uid:{uid},Namespace:{ns},Attempt:{int:0-3},}} returns sandbox id \\"{cid}\\""'),
    (20, 'msg="StopPodSandbox for \\"{cid}\\""'),
    (18, 'msg="TearDown network for sandbox \\"{cid}\\" successfully"'),
    (18, 'msg="StopPodSandbox for \\"{cid}\\" returns successfully"'),
    (30, 'msg="shim disconnected" id={cid} namespace={=k8s.io|moby}'),
    (28, 'msg="cleaning up after shim disconnected" id={cid} namespace={=k8s.io|moby}'),
    (26, 'msg="cleaning up dead shim" namespace={=k8s.io|moby}'),
    (18, 'msg="received exit event container_id:\\"{cid}\\" id:\\"{cid}\\" pid:{pid} exit_status:{=0|1|137|143|2} exited_at:{{seconds:{int:1718089000-1718110000} nanos:{int:0-999999999}}}"'),
    (14, 'msg="PullImage \\"{image}\\""'),
    (10, 'msg="Pulled image \\"{image}\\" with image id \\"sha256:{cid}\\", repo tag \\"{image}\\", repo digest \\"{repo}@sha256:{cid#2}\\", size \\"{int:2000000-900000000}\\" in {dur}"'),
    (6, 'msg="PullImage \\"{image}\\" failed" error="failed to pull and unpack image \\"{image}\\": failed to resolve reference \\"{image}\\": {=not found|unexpected status from HEAD request: 401 Unauthorized}"'),
    (14, 'msg="RemoveContainer for \\"{cid}\\""'),
    (13, 'msg="RemoveContainer for \\"{cid}\\" returns successfully"'),
    (8, 'msg="ContainerStatus for \\"{cid}\\" failed" error="rpc error: code = NotFound desc = an error occurred when try to find container \\"{cid}\\": not found"'),
    (8, 'msg="StopContainer for \\"{cid}\\" with timeout {=30|10|60|2} (s)"'),
    (7, 'msg="Stop container \\"{cid}\\" with signal {=terminated|killed}"'),
    (3, 'msg="ImageCreate event name:\\"{image}\\" labels:{{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}}"'),
    (2, 'msg="Failed to destroy network for sandbox \\"{cid}\\"" error="plugin type=\\"aws-cni\\" name=\\"aws-cni\\" failed (delete): del cmd: error received from DelNetwork gRPC call: rpc error: code = Unavailable desc = connection error"'),
    (1, 'msg="starting containerd" revision={hex:40} version={=1.7.11}'),
    (1, 'msg="loading plugin \\"io.containerd.grpc.v1.cri\\"..." type=io.containerd.grpc.v1'),
    (1, 'msg="containerd successfully booted in {float:0.05-2:6}s"'),
]


def make(outroot):
    from common import build
    return build(NAME, SEED, SPECS, GENS, outroot)
