#!/usr/bin/env python3
"""Blind corpus: developer-platform CI/CD and infrastructure tooling ERROR events.

Writes events.jsonl ({"service","message","group"} per line, shuffled) and
groups.json into $UNSEEN_OUT (if set) or beside this file.  python3 stdlib
only, fixed seed, byte-identical across runs and PYTHONHASHSEED values.
"""
import base64
import datetime
import json
import os
import random
import re
from collections import Counter, OrderedDict

SEED = 4343
R = random.Random(SEED)
BASE = datetime.datetime(2024, 5, 14, 5, 30, 0)

# --------------------------------------------------------------------------- helpers


def dt():
    return BASE + datetime.timedelta(seconds=R.randint(0, 19 * 3600), microseconds=R.randint(0, 999999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEX(n):
    return hexs(n).upper()


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n):
    return "".join(R.choice(B62) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def ip(prefix="10.0"):
    return "%s.%d.%d" % (prefix, R.randint(1, 254), R.randint(2, 254))


def iso_ms(t):  # 2024-05-14T09:13:22.123Z
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):  # 2024-05-14T09:13:22Z
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def gha(lines, t):
    """GitHub Actions raw job log: every line prefixed with a 7-digit-fraction timestamp."""
    out = []
    for ln in lines:
        t = t + datetime.timedelta(microseconds=R.randint(0, 40000))
        out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ " % (t.microsecond, R.randint(0, 9)) + ln)
    return "\n".join(out)


KSUFFIX = "bcdfghjklmnpqrstvwxz2456789"


def ksfx(n):
    return "".join(R.choice(KSUFFIX) for _ in range(n))


# --------------------------------------------------------------------------- gha-runner

GHA_HOST = "https://pipelinesghubeus6.actions.githubusercontent.com/Kq3vA7xbTzR0NnEw1hUd9c0yP5lW2gJm4fS8oCi6"


def _runner_session(status, exc_lines, term):
    t = dt()
    ts = t.strftime("[%Y-%m-%d %H:%M:%SZ")
    afd = "Ref A: %s Ref B: SN1EDGE%04d Ref C: %s" % (HEX(32), R.randint(300, 1800), iso_s(t))
    out = [
        "%s ERR  GitHubActionsService] POST request to %s/_apis/distributedtask/pools/1/sessions?api-version=6.0-preview failed. HTTP Status: %s, AFD Ref: %s"
        % (ts, GHA_HOST, status, afd),
        "%s ERR  MessageListener] Catch exception during create session." % ts,
        "%s ERR  MessageListener] %s" % (ts, exc_lines[0]),
    ]
    out += exc_lines[1:]
    out.append("%s ERR  Terminal] WRITE ERROR: %s" % (ts, term))
    return "\n".join(out)


def gha_session_conflict(i, v):
    return _runner_session("Conflict", [
        "GitHub.DistributedTask.WebApi.TaskAgentSessionConflictException: Error: Conflict",
        "   at GitHub.Services.WebApi.VssHttpClientBase.HandleResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)",
        "   at GitHub.Services.WebApi.VssHttpClientBase.SendAsync(HttpRequestMessage message, HttpCompletionOption completionOption, Object userState, CancellationToken cancellationToken)",
        "   at GitHub.Services.WebApi.VssHttpClientBase.SendAsync[T](HttpRequestMessage message, Object userState, CancellationToken cancellationToken)",
        "   at GitHub.Runner.Listener.MessageListener.CreateSessionAsync(CancellationToken token)",
    ], "A session for this runner already exists.")


def gha_session_unauthorized(i, v):
    return _runner_session("Unauthorized", [
        "GitHub.Services.WebApi.VssUnauthorizedException: VS30063: You are not authorized to access https://pipelinesghubeus6.actions.githubusercontent.com.",
        "   at GitHub.Services.WebApi.VssHttpClientBase.HandleUnauthorized(HttpRequestMessage request, HttpResponseMessage response)",
        "   at GitHub.Services.WebApi.VssHttpClientBase.SendAsync(HttpRequestMessage message, HttpCompletionOption completionOption, Object userState, CancellationToken cancellationToken)",
        "   at GitHub.Services.WebApi.VssHttpClientBase.SendAsync[T](HttpRequestMessage message, Object userState, CancellationToken cancellationToken)",
        "   at GitHub.Runner.Listener.MessageListener.CreateSessionAsync(CancellationToken token)",
    ], "Failed to create a session. The runner registration has been deleted from the server, please re-configure. "
       "Runner registrations are automatically deleted for runners that have not connected to the service recently.")


# --------------------------------------------------------------------------- jenkins


def jts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d+0000" % (t.microsecond // 1000)


def _jk_channel(agent, cause):
    t = dt()
    head = "%s [id=%d]\tWARNING\to.j.p.w.s.d.DurableTaskStep$Execution#check: Cannot contact %s" % (jts(t), R.randint(900, 99999), agent)
    return "\n".join([
        head,
        'hudson.remoting.ChannelClosedException: Channel "hudson.remoting.Channel@%s:%s": Remote call on %s failed. The channel is closing down or has closed down'
        % (hexs(R.choice([7, 8])), agent, agent),
        "\tat hudson.remoting.Channel.call(Channel.java:1002)",
        "\tat hudson.FilePath.act(FilePath.java:1206)",
        "\tat hudson.FilePath.act(FilePath.java:1195)",
        "\tat org.jenkinsci.plugins.durabletask.FileMonitoringTask$FileMonitoringController.exitStatus(FileMonitoringTask.java:441)",
        "\tat org.jenkinsci.plugins.workflow.steps.durable_task.DurableTaskStep$Execution.check(DurableTaskStep.java:642)",
        "\tat org.jenkinsci.plugins.workflow.steps.durable_task.DurableTaskStep$Execution.run(DurableTaskStep.java:588)",
        "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
        "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
        "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:304)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    ] + cause)


def jk_agent_closed(i, v):
    return _jk_channel(v, [
        "Caused by: java.nio.channels.ClosedChannelException",
        "\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:155)",
        "\tat org.jenkinsci.remoting.protocol.impl.NIONetworkLayer.ready(NIONetworkLayer.java:143)",
        "\tat org.jenkinsci.remoting.protocol.IOHub$OnReady.run(IOHub.java:789)",
        "\tat jenkins.util.ContextResettingExecutorService$1.run(ContextResettingExecutorService.java:28)",
        "\tat jenkins.security.ImpersonatingExecutorService$1.run(ImpersonatingExecutorService.java:68)",
        "\t... 3 more",
    ])


def jk_agent_ping(i, v):
    start = 1715650000000 + R.randint(0, 60000000)
    return _jk_channel(v, [
        "Caused by: java.io.IOException: Ping failed. Terminating the channel %s." % v,
        "\tat hudson.slaves.ChannelPinger$1.onDead(ChannelPinger.java:180)",
        "\tat hudson.remoting.PingThread.ping(PingThread.java:134)",
        "\tat hudson.remoting.PingThread.run(PingThread.java:87)",
        "Caused by: java.util.concurrent.TimeoutException: Ping started at %d hasn't completed by %d" % (start, start + 240000 + R.randint(0, 40)),
        "\t... 2 more",
    ])


def _jk_git(branch, stderr):
    t = dt()
    ref = "+refs/heads/%s:refs/remotes/origin/%s" % (branch, branch)
    return "\n".join([
        "[%s] ERROR: Error fetching remote repo 'origin'" % iso_ms(t),
        "hudson.plugins.git.GitException: Failed to fetch from https://github.com/acme/platform-monorepo.git",
        "\tat hudson.plugins.git.GitSCM.fetchFrom(GitSCM.java:1003)",
        "\tat hudson.plugins.git.GitSCM.retrieveChanges(GitSCM.java:1245)",
        "\tat hudson.plugins.git.GitSCM.checkout(GitSCM.java:1309)",
        "\tat org.jenkinsci.plugins.workflow.steps.scm.SCMStep.checkout(SCMStep.java:129)",
        "\tat org.jenkinsci.plugins.workflow.steps.scm.SCMStep$StepExecutionImpl.run(SCMStep.java:97)",
        "\tat org.jenkinsci.plugins.workflow.steps.scm.SCMStep$StepExecutionImpl.run(SCMStep.java:84)",
        "\tat org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution.lambda$start$0(SynchronousNonBlockingStepExecution.java:47)",
        "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
        "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
        'Caused by: hudson.plugins.git.GitException: Command "git fetch --tags --force --progress --prune -- origin %s" returned status code 128:' % ref,
        "stdout: ",
        "stderr: " + stderr,
        "",
        "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl.launchCommandIn(CliGitAPIImpl.java:2842)",
        "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl.launchCommandWithCredentials(CliGitAPIImpl.java:2185)",
        "\tat org.jenkinsci.plugins.gitclient.CliGitAPIImpl$1.execute(CliGitAPIImpl.java:635)",
        "\tat hudson.plugins.git.GitSCM.fetchFrom(GitSCM.java:1001)",
        "\t... 11 more",
    ])


def jk_git_remote_ref(i, v):
    return _jk_git(v, "fatal: couldn't find remote ref refs/heads/%s" % v)


def jk_git_username(i, v):
    return _jk_git(v, "fatal: could not read Username for 'https://github.com': No such device or address")


# --------------------------------------------------------------------------- jvm-build (gradle + maven)

GRADLE_TRY = [
    "* Try:",
    "> Run with --stacktrace option to get the stack trace.",
    "> Run with --info or --debug option to get more log output.",
    "> Run with --scan to get full insights.",
    "> Get more help at https://help.gradle.org.",
    "",
]


def gduration():
    m = R.randint(0, 9)
    return ("%dm %ds" % (m, R.randint(1, 59))) if m else ("%ds" % R.randint(8, 59))


def _gr_resolve(mod, code, reason):
    pom = "https://acme.jfrog.io/artifactory/libs-release/com/acme/platform/observability-starter/3.4.1/observability-starter-3.4.1.pom"
    return "\n".join([
        "FAILURE: Build failed with an exception.",
        "",
        "* What went wrong:",
        "Execution failed for task ':%s:compileKotlin'." % mod,
        "> Error while evaluating property 'filteredArgumentsMap' of task ':%s:compileKotlin'." % mod,
        "   > Could not resolve all files for configuration ':%s:compileClasspath'." % mod,
        "      > Could not resolve com.acme.platform:observability-starter:3.4.1.",
        "        Required by:",
        "            project :%s" % mod,
        "         > Could not resolve com.acme.platform:observability-starter:3.4.1.",
        "            > Could not get resource '%s'." % pom,
        "               > Could not GET '%s'. Received status code %d from server: %s" % (pom, code, reason),
        "",
    ] + GRADLE_TRY + [
        "BUILD FAILED in %s" % gduration(),
        "%d actionable tasks: %d executed, %d up-to-date" % ((lambda a, b: (a + b, a, b))(R.randint(3, 30), R.randint(10, 60))),
    ])


def gr_resolve_401(i, v):
    return _gr_resolve(v, 401, "Unauthorized")


def gr_resolve_502(i, v):
    return _gr_resolve(v, 502, "Bad Gateway")


def _gr_exec(code):
    return "\n".join([
        "> Task :ledger-service:test FAILED",
        "",
        "FAILURE: Build failed with an exception.",
        "",
        "* What went wrong:",
        "Execution failed for task ':ledger-service:test'.",
        "> Process 'Gradle Test Executor %d' finished with non-zero exit value %d" % (R.randint(1, 40), code),
        "  This problem might be caused by incorrect test process configuration.",
        "  For more on test execution, please refer to https://docs.gradle.org/8.7/userguide/java_testing.html#sec:test_execution in the Gradle documentation.",
        "",
    ] + GRADLE_TRY + [
        "BUILD FAILED in %s" % gduration(),
        "%d actionable tasks: %d executed, %d up-to-date" % ((lambda a, b: (a + b, a, b))(R.randint(5, 40), R.randint(20, 70))),
    ])


def gr_exec_137(i, v):
    return _gr_exec(137)


def gr_exec_134(i, v):
    return _gr_exec(134)


MVN_TAIL = [
    "[ERROR] ",
    "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
    "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
    "[ERROR] ",
    "[ERROR] For more information about the errors and possible solutions, please read the following articles:",
    "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException",
]


def _mv_deploy(code, reason):
    ver = "2.%d.%d" % (R.randint(10, 19), R.randint(0, 9))
    t = R.randint(20, 300)
    return "\n".join([
        "[INFO] ------------------------------------------------------------------------",
        "[INFO] BUILD FAILURE",
        "[INFO] ------------------------------------------------------------------------",
        "[INFO] Total time:  %02d:%02d min" % (t // 60, t % 60),
        "[INFO] Finished at: %s" % dt().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "[INFO] ------------------------------------------------------------------------",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project ledger-core: "
        "Failed to deploy artifacts: Could not transfer artifact com.acme.ledger:ledger-core:jar:%s from/to artifactory-releases "
        "(https://acme.jfrog.io/artifactory/libs-release-local): status code: %d, reason phrase: %s (%d) -> [Help 1]" % (ver, code, reason, code),
    ] + MVN_TAIL)


def mv_deploy_409(i, v):
    return _mv_deploy(409, "Conflict")


def mv_deploy_403(i, v):
    return _mv_deploy(403, "Forbidden")


# --------------------------------------------------------------------------- bazel-ci


def _bz_remote(detail):
    el = R.uniform(60, 900)
    hits, internal, remote = R.randint(200, 1500), R.randint(600, 1400), R.randint(10, 400)
    return "\n".join([
        "ERROR: /home/runner/work/monorepo/monorepo/services/ledger/BUILD.bazel:22:12: Linking services/ledger/ledger_server failed: (Exit 34): Remote Execution Failure:",
    ] + detail + [
        "Target //services/ledger:ledger_server failed to build",
        "INFO: Elapsed time: %.3fs, Critical Path: %.2fs" % (el, el * R.uniform(0.2, 0.6)),
        "INFO: %d processes: %d remote cache hit, %d internal, %d remote." % (hits + internal + remote, hits, internal, remote),
        "FAILED: Build did NOT complete successfully",
    ])


def bz_missing_digest(i, v):
    return _bz_remote([
        "Failed to fetch blobs because they do not exist remotely.",
        "Missing digest: %s/%d for bazel-out/k8-fastbuild/bin/services/ledger/_objs/ledger_server/server.pic.o" % (hexs(64), R.randint(4000, 90000)),
    ])


def bz_unavailable(i, v):
    return _bz_remote(["UNAVAILABLE: io exception"])


# --------------------------------------------------------------------------- npm-ci


def _npm_log(t):
    return "npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/%s_%03dZ-debug-0.log" % (
        t.strftime("%Y-%m-%dT%H_%M_%S"), t.microsecond // 1000)


NPM_URL = "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/@acme%2fdesign-tokens"


def npm_e404(i, v):
    t = dt()
    return gha([
        "npm ERR! code E404",
        "npm ERR! 404 Not Found - GET %s - Not found" % NPM_URL,
        "npm ERR! 404 ",
        "npm ERR! 404  '@acme/design-tokens@^4.2.0' is not in this registry.",
        "npm ERR! 404 ",
        "npm ERR! 404 Note that you can also install from a",
        "npm ERR! 404 tarball, folder, http url, or git url.",
        "",
        _npm_log(t),
    ], t)


def npm_e403(i, v):
    t = dt()
    return gha([
        "npm ERR! code E403",
        "npm ERR! 403 403 Forbidden - GET %s" % NPM_URL,
        "npm ERR! 403 In most cases, you or one of your dependencies are requesting",
        "npm ERR! 403 a package version that is forbidden by your security policy, or",
        "npm ERR! 403 on a server you do not have access to.",
        "",
        _npm_log(t),
    ], t)


# --------------------------------------------------------------------------- pip-ci (python build tooling)


def pip_no_version(i, v):
    return gha([
        "Looking in indexes: https://acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple",
        "ERROR: Could not find a version that satisfies the requirement acme-observability==2.8.0 (from versions: 2.5.0, 2.6.0, 2.7.1)",
        "ERROR: No matching distribution found for acme-observability==2.8.0",
        "##[error]Process completed with exit code 1.",
    ], dt())


def _py_release(repo, tail):
    w = "/home/runner/work/%s/%s" % (repo, repo)
    return gha([
        "Traceback (most recent call last):",
        '  File "%s/ci/release.py", line 142, in <module>' % w,
        "    sys.exit(main())",
        "             ^^^^^^",
    ] + [l.replace("@W", w) for l in tail], dt())


def py_semver_unpack(i, v):
    return _py_release(v, [
        '  File "@W/ci/release.py", line 131, in main',
        "    version = next_version(args.bump)",
        "              ^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "@W/.ci-shared/acme_release/semver.py", line 37, in next_version',
        '    major, minor, patch = current.split(".")',
        "    ^^^^^^^^^^^^^^^^^^^",
        "ValueError: not enough values to unpack (expected 3, got 2)",
        "##[error]Process completed with exit code 1.",
    ])


def py_changelog_unpack(i, v):
    return _py_release(v, [
        '  File "@W/ci/release.py", line 133, in main',
        "    notes = render_changelog(since=previous_tag)",
        "            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "@W/.ci-shared/acme_release/changelog.py", line 58, in parse_entry',
        '    kind, scope, summary = header.split(":", 2)',
        "    ^^^^^^^^^^^^^^^^^^^",
        "ValueError: not enough values to unpack (expected 3, got 2)",
        "##[error]Process completed with exit code 1.",
    ])


def _py_sbom(kind):
    site = "/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages"
    obj = "<urllib3.connection.HTTPSConnection object at 0x7f%s0>" % hexs(9)
    if kind == "refused":
        inner_exc = "urllib3.exceptions.NewConnectionError: %s: Failed to establish a new connection: [Errno 111] Connection refused" % obj
        raise_at = ['  File "%s/urllib3/connection.py", line 218, in _new_conn' % site,
                    "    raise NewConnectionError(",
                    inner_exc]
        reason = "NewConnectionError('%s: Failed to establish a new connection: [Errno 111] Connection refused')" % obj
    else:
        inner_exc = "urllib3.exceptions.NameResolutionError: %s: Failed to resolve 'dependency-track.acme.internal' ([Errno -2] Name or service not known)" % obj
        raise_at = ['  File "%s/urllib3/connection.py", line 210, in _new_conn' % site,
                    "    raise NameResolutionError(self.host, self, e) from e",
                    inner_exc]
        reason = "NameResolutionError(\"%s: Failed to resolve 'dependency-track.acme.internal' ([Errno -2] Name or service not known)\")" % obj
    retry = "HTTPSConnectionPool(host='dependency-track.acme.internal', port=443): Max retries exceeded with url: /api/v1/bom (Caused by %s)" % reason
    w = "/home/runner/work/ledger/ledger"
    return gha([
        "Traceback (most recent call last):",
        '  File "%s/urllib3/connectionpool.py", line 793, in urlopen' % site,
        "    response = self._make_request(",
        "               ^^^^^^^^^^^^^^^^^^^",
        '  File "%s/urllib3/connectionpool.py", line 491, in _make_request' % site,
        "    raise new_e",
        '  File "%s/urllib3/connectionpool.py", line 467, in _make_request' % site,
        "    self._validate_conn(conn)",
        '  File "%s/urllib3/connectionpool.py", line 1099, in _validate_conn' % site,
        "    conn.connect()",
        '  File "%s/urllib3/connection.py", line 616, in connect' % site,
        "    self.sock = sock = self._new_conn()",
        "                       ^^^^^^^^^^^^^^^^",
    ] + raise_at + [
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        '  File "%s/requests/adapters.py", line 486, in send' % site,
        "    resp = conn.urlopen(",
        "           ^^^^^^^^^^^^^",
        '  File "%s/urllib3/connectionpool.py", line 847, in urlopen' % site,
        "    retries = retries.increment(",
        "              ^^^^^^^^^^^^^^^^^^",
        '  File "%s/urllib3/util/retry.py", line 515, in increment' % site,
        "    raise MaxRetryError(_pool, url, reason) from reason  # type: ignore[arg-type]",
        "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "urllib3.exceptions.MaxRetryError: " + retry,
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "%s/ci/upload_sbom.py", line 64, in <module>' % w,
        "    main()",
        '  File "%s/ci/upload_sbom.py", line 57, in main' % w,
        '    r = session.put(f"{DT_URL}/api/v1/bom", json=payload, timeout=30)',
        "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/requests/sessions.py", line 649, in put' % site,
        '    return self.request("PUT", url, data=data, **kwargs)',
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/requests/sessions.py", line 589, in request' % site,
        "    resp = self.send(prep, **send_kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/requests/sessions.py", line 703, in send' % site,
        "    r = adapter.send(request, **kwargs)",
        "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/requests/adapters.py", line 519, in send' % site,
        "    raise ConnectionError(e, request=request)",
        "requests.exceptions.ConnectionError: " + retry,
        "##[error]Process completed with exit code 1.",
    ], dt())


def py_sbom_refused(i, v):
    return _py_sbom("refused")


def py_sbom_dns(i, v):
    return _py_sbom("dns")


# --------------------------------------------------------------------------- terraform-ci


def tfbox(lines):
    out = ["\u2577"]
    for ln in lines:
        out.append("\u2502 " + ln if ln else "\u2502 ")
    out.append("\u2575")
    return "\n".join(out)


def tf_state_lock(i, v):
    t = dt()
    created = t - datetime.timedelta(seconds=R.randint(20, 5000))
    return tfbox([
        "Error: Error acquiring the state lock",
        "",
        "Error message: operation error DynamoDB: PutItem, https response error",
        "StatusCode: 400, RequestID: %s, ConditionalCheckFailedException: The" % HEX(52).replace("-", ""),
        "conditional request failed",
        "Lock Info:",
        "  ID:        %s" % uuid(),
        "  Path:      acme-tf-state/platform/network/terraform.tfstate",
        "  Operation: OperationTypeApply",
        "  Who:       runner@fv-az%d-%d" % (R.randint(100, 999), R.randint(100, 999)),
        "  Version:   1.7.5",
        "  Created:   %s.%09d +0000 UTC" % (created.strftime("%Y-%m-%d %H:%M:%S"), R.randint(0, 999999999)),
        "  Info:      ",
        "",
        "",
        "Terraform acquires a state lock to protect the state from being written",
        "by multiple users at the same time. Please resolve the issue above and try",
        'again. For most commands, you can disable locking with the "-lock=false"',
        "flag, but this is not recommended.",
    ])


def _tf_bucket(code):
    return tfbox([
        "Error: creating S3 Bucket (acme-ci-build-cache): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: %s, HostID: %s, %s: "
        % ("".join(R.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(16)), b64(57), code),
        "",
        "  with aws_s3_bucket.build_cache,",
        '  on s3.tf line 1, in resource "aws_s3_bucket" "build_cache":',
        '   1: resource "aws_s3_bucket" "build_cache" {',
        "",
    ])


def tf_bucket_exists(i, v):
    return _tf_bucket("BucketAlreadyExists")


def tf_bucket_owned(i, v):
    return _tf_bucket("BucketAlreadyOwnedByYou")


TF_WHO = "arn:aws:sts::414203956123:assumed-role/gha-terraform-apply/GitHubActions"


def tf_iam_createrole(i, v):
    return tfbox([
        "Error: creating IAM Role (ci-deployer-%s): operation error IAM: CreateRole, https response error StatusCode: 403, RequestID: %s, "
        "api error AccessDenied: User: %s is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::414203956123:role/ci-deployer-%s "
        "because no permissions boundary allows the iam:CreateRole action" % (v, uuid(), TF_WHO, v),
        "",
        "  with module.team_%s.aws_iam_role.deployer," % v,
        '  on modules/team/iam.tf line 14, in resource "aws_iam_role" "deployer":',
        '  14: resource "aws_iam_role" "deployer" {',
        "",
    ])


def tf_iam_putrolepolicy(i, v):
    return tfbox([
        "Error: putting IAM Role (ci-deployer-%s) Policy (deploy-artifacts): operation error IAM: PutRolePolicy, https response error StatusCode: 403, RequestID: %s, "
        "api error AccessDenied: User: %s is not authorized to perform: iam:PutRolePolicy on resource: role ci-deployer-%s "
        "because no permissions boundary allows the iam:PutRolePolicy action" % (v, uuid(), TF_WHO, v),
        "",
        "  with module.team_%s.aws_iam_role_policy.deploy_artifacts," % v,
        '  on modules/team/iam.tf line 41, in resource "aws_iam_role_policy" "deploy_artifacts":',
        '  41: resource "aws_iam_role_policy" "deploy_artifacts" {',
        "",
    ])


# --------------------------------------------------------------------------- argocd (repo-server)


def _argo_grpc(err):
    t = dt()
    start = t - datetime.timedelta(milliseconds=R.randint(50, 4000))
    return ('time="%s" level=error msg="finished unary call with code Unknown" error="%s" grpc.code=Unknown '
            'grpc.method=GenerateManifest grpc.request.deadline="%s" grpc.service=repository.RepoServerService '
            'grpc.start_time="%s" grpc.time_ms=%.3f span.kind=server system=grpc'
            % (iso_s(t), err, iso_s(start + datetime.timedelta(seconds=60)), iso_s(start),
               (t - start).total_seconds() * 1000 + R.random()))


def _argo_helm(app, where, msg):
    return _argo_grpc(
        "Manifest generation error (cached): `helm template . --name-template %s --namespace %s --kube-version 1.28 "
        "--values <path to cached source>/apps/%s/values-prod.yaml <api versions removed> --include-crds` failed exit status 1: "
        "Error: execution error at (service-template/templates/%s): %s\\nUse --debug flag to render out invalid YAML"
        % (app, app, app, where, msg))


def argo_helm_image_tag(i, v):
    return _argo_helm(v, "deployment.yaml:42:20", "image.tag is required")


def argo_helm_ingress_host(i, v):
    return _argo_helm(v, "ingress.yaml:17:14", "ingress.host is required")


def argo_repo_auth(i, v):
    return _argo_grpc("failed to list refs: authentication required")


def argo_repo_notfound(i, v):
    return _argo_grpc("failed to list refs: repository not found")


# --------------------------------------------------------------------------- deploy-pipeline (helm + kubectl/gatekeeper in GHA)

HELM_TAIL = [
    "UPGRADE FAILED",
    "main.newUpgradeCmd.func2",
    "\thelm.sh/helm/v3/cmd/helm/upgrade.go:199",
    "github.com/spf13/cobra.(*Command).execute",
    "\tgithub.com/spf13/cobra@v1.8.0/command.go:983",
    "github.com/spf13/cobra.(*Command).ExecuteC",
    "\tgithub.com/spf13/cobra@v1.8.0/command.go:1115",
    "github.com/spf13/cobra.(*Command).Execute",
    "\tgithub.com/spf13/cobra@v1.8.0/command.go:1039",
    "main.main",
    "\thelm.sh/helm/v3/cmd/helm/helm.go:83",
    "runtime.main",
    "\truntime/proc.go:267",
    "runtime.goexit",
    "\truntime/asm_amd64.s:1650",
    "##[error]Process completed with exit code 1.",
]


def helm_another_op(i, v):
    return gha([
        "history.go:56: [debug] getting history for release %s" % v,
        "upgrade.go:144: [debug] preparing upgrade for %s" % v,
        "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
        "helm.go:84: [debug] another operation (install/upgrade/rollback) is in progress",
        "helm.sh/helm/v3/pkg/action.init",
        "\thelm.sh/helm/v3/pkg/action/action.go:62",
        "runtime.doInit1",
        "\truntime/proc.go:6740",
        "runtime.doInit",
        "\truntime/proc.go:6707",
        "runtime.main",
        "\truntime/proc.go:249",
        "runtime.goexit",
        "\truntime/asm_amd64.s:1650",
    ] + HELM_TAIL, dt())


def helm_timeout(i, v):
    return gha([
        "history.go:56: [debug] getting history for release %s" % v,
        "upgrade.go:144: [debug] preparing upgrade for %s" % v,
        "upgrade.go:152: [debug] performing update for %s" % v,
        "upgrade.go:324: [debug] creating upgraded release for %s" % v,
        "client.go:338: [debug] checking 6 resources for changes",
        "wait.go:48: [debug] beginning wait for 6 resources with timeout of 5m0s",
        "ready.go:297: [debug] Deployment is not ready: %s/%s. 0 out of 3 expected pods are ready" % (v, v),
        "Error: UPGRADE FAILED: context deadline exceeded",
        "helm.go:84: [debug] context deadline exceeded",
    ] + HELM_TAIL, dt())


def _gk_denied(app, constraint, label):
    return gha([
        "service/%s unchanged" % app,
        "configmap/%s-config unchanged" % app,
        "serviceaccount/%s unchanged" % app,
        'Error from server (Forbidden): error when creating "STDIN": admission webhook "validation.gatekeeper.sh" denied the request: '
        '[%s] you must provide labels: {"%s"}' % (constraint, label),
        "##[error]Process completed with exit code 1.",
    ], dt())


def gk_team_label(i, v):
    return _gk_denied(v, "require-team-label", "acme.io/team")


def gk_costcenter_label(i, v):
    return _gk_denied(v, "require-cost-center-label", "acme.io/cost-center")


def _gk_webhook(cause):
    return gha([
        'Error from server (InternalError): error when creating "STDIN": Internal error occurred: failed calling webhook "validation.gatekeeper.sh": '
        'failed to call webhook: Post "https://gatekeeper-webhook-service.gatekeeper-system.svc:443/v1/admit?timeout=3s": %s' % cause,
        "##[error]Process completed with exit code 1.",
    ], dt())


def gk_webhook_deadline(i, v):
    return _gk_webhook("context deadline exceeded")


def gk_webhook_noendpoints(i, v):
    return _gk_webhook('no endpoints available for service "gatekeeper-webhook-service"')


# --------------------------------------------------------------------------- vault (hclog)


def _vault_revoke(err):
    t = dt()
    return '%s [ERROR] expiration: failed to revoke lease: lease_id=database/creds/ledger-ro/%s error="failed to revoke entry: resp: (*logical.Response)(nil) err: %s"' % (
        iso_ms(t), b62(24), err)


def vault_revoke_depends(i, v):
    return _vault_revoke('pq: role \\"v-kubernet-ledger-r-%s-%d\\" cannot be dropped because some objects depend on it' % (b62(20), 1715600000 + R.randint(0, 99999)))


def vault_revoke_refused(i, v):
    return _vault_revoke("dial tcp 10.20.3.14:5432: connect: connection refused")


def vault_audit_enospc(i, v):
    t = iso_ms(dt())
    return "\n".join([
        '%s [ERROR] audit: backend failed to log response: backend=file/ error="write /vault/audit/vault_audit.log: no space left on device"' % t,
        '%s [ERROR] core: failed to audit response: request_path=secret/data/ci/%s/deploy' % (t, v),
        '  error=',
        '  | 1 error occurred:',
        '  | \t* no audit backend succeeded in logging the response',
        '  | ',
    ])


# --------------------------------------------------------------------------- consul (hclog)


def consul_no_leader(i, v):
    return '%s [ERROR] agent.anti_entropy: failed to sync remote state: error="No cluster leader"' % iso_ms(dt())


def consul_acl_denied(i, v):
    return ("%s [ERROR] agent.anti_entropy: failed to sync remote state: error=\"rpc error making call: Permission denied: "
            "token with AccessorID '%s' lacks permission 'service:write' on \\\"%s\\\"\"" % (iso_ms(dt()), uuid(), v))


# --------------------------------------------------------------------------- keycloak (quarkus)

KC_REALM = "6f1d2c9a-8b47-4e0f-a3d5-92c1b7e6f408"


def kcts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def _kc_login(user, error, with_uid):
    t = dt()
    uid = uuid() if with_uid else "null"
    return ('%s WARN  [org.keycloak.events] (executor-thread-%d) type="LOGIN_ERROR", realmId="%s", clientId="argocd", userId="%s", '
            'ipAddress="%s", error="%s", auth_method="openid-connect", auth_type="code", redirect_uri="https://argocd.acme.io/auth/callback", '
            'code_id="%s", username="%s"' % (kcts(t), R.randint(1, 60), KC_REALM, uid, ip("10.40"), error, uuid(), user))


def kc_user_not_found(i, v):
    return _kc_login(v, "user_not_found", False)


def kc_invalid_credentials(i, v):
    return _kc_login(v, "invalid_user_credentials", True)


def kc_user_disabled(i, v):
    return _kc_login(v, "user_disabled", True)


def _kc_dup(constraint, cols, val):
    t = dt()
    detail = "  Detail: Key (%s)=(%s, %s) already exists." % (cols, KC_REALM, val)
    err = 'ERROR: duplicate key value violates unique constraint "%s"' % constraint
    return "\n".join([
        "%s ERROR [org.keycloak.services.error.KeycloakErrorHandler] (executor-thread-%d) Uncaught server error: org.keycloak.models.ModelDuplicateException: Duplicate resource error"
        % (kcts(t), R.randint(1, 60)),
        "\tat org.keycloak.connections.jpa.PersistenceExceptionConverter.convert(PersistenceExceptionConverter.java:81)",
        "\tat org.keycloak.connections.jpa.PersistenceExceptionConverter.invoke(PersistenceExceptionConverter.java:54)",
        "\tat jdk.proxy4/jdk.proxy4.$Proxy64.flush(Unknown Source)",
        "\tat org.keycloak.models.jpa.JpaUserProvider.addUser(JpaUserProvider.java:121)",
        "\tat org.keycloak.storage.UserStorageManager.addUser(UserStorageManager.java:376)",
        "\tat org.keycloak.services.resources.admin.UsersResource.createUser(UsersResource.java:148)",
        "\tat org.keycloak.services.resources.admin.UsersResource$quarkusrestinvoker$createUser_5a1b2f3e8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f.invoke(Unknown Source)",
        "\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
        "\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)",
        "\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
        "Caused by: jakarta.persistence.PersistenceException: Converting `org.hibernate.exception.ConstraintViolationException` to JPA `PersistenceException` : could not execute statement [%s" % err,
        "%s] [insert into user_entity (created_timestamp,email,email_constraint,email_verified,enabled,federation_link,first_name,last_name,not_before,realm_id,service_account_client_link,username,id) values (?,?,?,?,?,?,?,?,?,?,?,?,?)]" % detail,
        "\tat org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:165)",
        "\tat org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:175)",
        "\tat org.hibernate.internal.SessionImpl.doFlush(SessionImpl.java:1430)",
        "\tat org.hibernate.internal.SessionImpl.flush(SessionImpl.java:1406)",
        "\t... 9 more",
        "Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement [%s" % err,
        "%s] [insert into user_entity (created_timestamp,email,email_constraint,email_verified,enabled,federation_link,first_name,last_name,not_before,realm_id,service_account_client_link,username,id) values (?,?,?,?,?,?,?,?,?,?,?,?,?)]" % detail,
        "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:95)",
        "\tat org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:56)",
        "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:108)",
        "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
        "\t... 17 more",
        "Caused by: org.postgresql.util.PSQLException: %s" % err,
        detail,
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)",
        "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
        "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)",
        "\t... 21 more",
    ])


def kc_dup_username(i, v):
    return _kc_dup("uk_ru8tt6t700s9v50bu18ws5ha6", "realm_id, username", v)


def kc_dup_email(i, v):
    return _kc_dup("uk_dykn684sl8up1crfei6eckhd7", "realm_id, email_constraint", v)


# --------------------------------------------------------------------------- harbor (core)


def _harbor(code, msg):
    t = dt()
    return '%s [ERROR] [/lib/http/error.go:57][requestID="%s"]: {"errors":[{"code":"%s","message":"%s"}]}' % (iso_s(t), uuid(), code, msg)


def hb_unauth_push(i, v):
    m = "unauthorized to access repository: platform/%s, action: push" % v
    return _harbor("UNAUTHORIZED", m + ": " + m)


def hb_unauth_pull(i, v):
    m = "unauthorized to access repository: platform/%s, action: pull" % v
    return _harbor("UNAUTHORIZED", m + ": " + m)


def hb_quota(i, v):
    lim = R.choice([20, 50, 100])
    return _harbor("FORBIDDEN", "quota exceeded when processing the request of adding %.1f MiB of storage resource, which when updated to current usage of %.1f GiB will exceed the configured upper limit of %.1f GiB."
                   % (R.uniform(40, 900), lim - R.uniform(0.05, 0.6), lim))


# --------------------------------------------------------------------------- kube-events (kubernetes-event-exporter JSON)

ECR = "414203956123.dkr.ecr.eu-west-1.amazonaws.com"


def _kevent(ns, container, pod, message):
    t = dt()
    first = t - datetime.timedelta(seconds=R.randint(0, 900))
    node = "ip-10-0-%d-%d.eu-west-1.compute.internal" % (R.randint(1, 63), R.randint(2, 254))
    ev = OrderedDict([
        ("metadata", OrderedDict([("name", "%s.%s" % (pod, hexs(16))), ("namespace", ns), ("uid", uuid()),
                                  ("resourceVersion", str(R.randint(10000000, 99999999))), ("creationTimestamp", iso_s(first))])),
        ("reason", "Failed"),
        ("message", message),
        ("source", OrderedDict([("component", "kubelet"), ("host", node)])),
        ("firstTimestamp", iso_s(first)),
        ("lastTimestamp", iso_s(t)),
        ("count", R.randint(1, 9)),
        ("type", "Warning"),
        ("eventTime", None),
        ("reportingComponent", "kubelet"),
        ("reportingInstance", node),
        ("involvedObject", OrderedDict([("kind", "Pod"), ("namespace", ns), ("name", pod), ("uid", uuid()), ("apiVersion", "v1"),
                                        ("resourceVersion", str(R.randint(10000000, 99999999))),
                                        ("fieldPath", "spec.containers{%s}" % container)])),
    ])
    return json.dumps(ev, separators=(",", ":"))


def _sha_tag():
    return "sha-" + hexs(7)


def pull_ecr_403(i, v):
    ref = "%s/%s:%s" % (ECR, v, _sha_tag())
    tag = ref.rsplit(":", 1)[1]
    msg = ('Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": '
           "unexpected status from HEAD request to https://%s/v2/%s/manifests/%s: 403 Forbidden" % (ref, ref, ref, ECR, v, tag))
    return _kevent(v, v, "%s-%s-%s" % (v, ksfx(10), ksfx(5)), msg)


def pull_ecr_notfound(i, v):
    ref = "%s/billing-api:%s" % (ECR, _sha_tag())
    msg = 'Failed to pull image "%s": failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (ref, ref, ref, ref)
    return _kevent("billing-api", "billing-api", "billing-api-%s-%s" % (ksfx(10), ksfx(5)), msg)


def pull_dockerhub_429(i, v):
    ref = "docker.io/library/redis:7.2.4-alpine"
    msg = ('Failed to pull image "redis:7.2.4-alpine": failed to pull and unpack image "%s": failed to copy: httpReadSeeker: failed open: '
           "unexpected status code https://registry-1.docker.io/v2/library/redis/manifests/sha256:%s: 429 Too Many Requests - "
           "Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: "
           "https://www.docker.com/increase-rate-limit" % (ref, hexs(64)))
    return _kevent("ledger-api", "redis", "ledger-api-cache-%d" % R.randint(0, 2), msg)


# --------------------------------------------------------------------------- artifactory

AF_ARTIFACTS = [
    "io/netty/netty-codec-http2/4.1.108.Final/netty-codec-http2-4.1.108.Final.jar",
    "com/fasterxml/jackson/core/jackson-databind/2.17.0/jackson-databind-2.17.0.pom",
    "org/springframework/boot/spring-boot-autoconfigure/3.2.5/spring-boot-autoconfigure-3.2.5.jar",
    "io/micrometer/micrometer-core/1.12.5/micrometer-core-1.12.5.module",
    "org/apache/kafka/kafka-clients/3.7.0/kafka-clients-3.7.0.jar",
]


def _af(cause):
    t = dt()
    art = AF_ARTIFACTS[R.randrange(len(AF_ARTIFACTS))]
    return ("%s [jfrt ] [ERROR] [%s] [o.a.r.r.HttpRepo:453          ] [http-nio-8081-exec-%d] - maven-remote: Failed to download "
            "'https://repo1.maven.org/maven2/%s'. Received status code -1 and caught exception: %s"
            % (iso_ms(t), hexs(16), R.randint(1, 200), art, cause))


def af_connect_timeout(i, v):
    return _af("Connect to repo1.maven.org:443 [repo1.maven.org/199.232.196.209, repo1.maven.org/199.232.192.209] failed: Connect timed out")


def af_pkix(i, v):
    return _af("PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target")


# --------------------------------------------------------------------------- sonarqube


def sqts(t):
    return t.strftime("%Y.%m.%d %H:%M:%S")


def _sq_visit(project, cause):
    task = "AY" + b62(18)
    t = dt()
    return "\n".join([
        "%s ERROR ce[%s][o.s.c.t.CeWorkerImpl] Failed to execute task %s" % (sqts(t), task, task),
        "org.sonar.ce.task.projectanalysis.component.VisitException: Visit of Component {key=%s,type=PROJECT} failed" % project,
        "\tat org.sonar.ce.task.projectanalysis.component.VisitException.rethrowOrWrap(VisitException.java:44)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorsCrawler.visit(VisitorsCrawler.java:81)",
        "\tat org.sonar.ce.task.projectanalysis.step.ExecuteVisitorsStep.execute(ExecuteVisitorsStep.java:52)",
        "\tat org.sonar.ce.task.step.ComputationStepExecutor.executeStep(ComputationStepExecutor.java:79)",
        "\tat org.sonar.ce.task.step.ComputationStepExecutor.executeSteps(ComputationStepExecutor.java:70)",
        "\tat org.sonar.ce.task.step.ComputationStepExecutor.execute(ComputationStepExecutor.java:57)",
        "\tat org.sonar.ce.task.projectanalysis.taskprocessor.ReportTaskProcessor.process(ReportTaskProcessor.java:75)",
        "\tat org.sonar.ce.taskprocessor.CeWorkerImpl$ExecuteTask.executeTask(CeWorkerImpl.java:242)",
        "\tat org.sonar.ce.taskprocessor.CeWorkerImpl$ExecuteTask.run(CeWorkerImpl.java:197)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    ] + cause)


def sq_visit_npe(i, v):
    return _sq_visit(v, [
        'Caused by: java.lang.NullPointerException: Cannot invoke "org.sonar.ce.task.projectanalysis.component.Component.getUuid()" because "component" is null',
        "\tat org.sonar.ce.task.projectanalysis.issue.IssueCounter.beforeComponent(IssueCounter.java:136)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorWrapper.beforeComponent(VisitorWrapper.java:48)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorsCrawler.visitImpl(VisitorsCrawler.java:103)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorsCrawler.visit(VisitorsCrawler.java:75)",
        "\t... 14 more",
    ])


def sq_visit_too_long(i, v):
    return _sq_visit(v, [
        "Caused by: org.postgresql.util.PSQLException: ERROR: value too long for type character varying(4000)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
        "\tat org.postgresql.jdbc.PgPreparedStatement.executeBatch(PgPreparedStatement.java:1747)",
        "\tat org.sonar.db.issue.IssueDao.insert(IssueDao.java:117)",
        "\tat org.sonar.ce.task.projectanalysis.issue.IssueCounter.beforeComponent(IssueCounter.java:141)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorWrapper.beforeComponent(VisitorWrapper.java:48)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorsCrawler.visitImpl(VisitorsCrawler.java:103)",
        "\tat org.sonar.ce.task.projectanalysis.component.VisitorsCrawler.visit(VisitorsCrawler.java:75)",
        "\t... 14 more",
    ])


def sq_scanner_auth(i, v):
    lo = R.randint(6, 14)
    return "\n".join([
        "INFO: ------------------------------------------------------------------------",
        "INFO: EXECUTION FAILURE",
        "INFO: ------------------------------------------------------------------------",
        "INFO: Total time: %.3fs" % R.uniform(1.5, 9.0),
        "INFO: Final Memory: %dM/%dM" % (lo, lo + R.randint(18, 60)),
        "INFO: ------------------------------------------------------------------------",
        "ERROR: Error during SonarScanner execution",
        "ERROR: Not authorized. Analyzing this project requires authentication. Please check the user token in the property 'sonar.token' "
        "or the credentials in the properties 'sonar.login' and 'sonar.password'.",
        "ERROR: ",
        "ERROR: Re-run SonarScanner using the -X switch to enable full debug logging.",
    ])


# --------------------------------------------------------------------------- devctl (Rust CLI)


def _devctl_net(app, chain):
    return "\n".join([
        "Error: failed to fetch deployment plan for %s" % app,
        "",
        "Caused by:",
        "    0: error sending request for url (https://deployer.acme.internal/api/v1/plans/%s?env=prod&run=%s)" % (app, uuid()),
    ] + ["    %d: %s" % (k + 1, c) for k, c in enumerate(chain)])


def devctl_refused(i, v):
    return _devctl_net(v, ["error trying to connect: tcp connect error: Connection refused (os error 111)",
                           "tcp connect error: Connection refused (os error 111)",
                           "Connection refused (os error 111)"])


def devctl_dns(i, v):
    return _devctl_net(v, ["error trying to connect: dns error: failed to lookup address information: Name or service not known",
                           "dns error: failed to lookup address information: Name or service not known",
                           "failed to lookup address information: Name or service not known"])


def _devctl_panic(where):
    t = dt()
    return "\n".join([
        '%s.%06dZ  INFO devctl::deploy: resolving plan app="ledger-api" env="prod" run_id=%s' % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, uuid()),
        "thread 'main' panicked at %s:" % where,
        "called `Option::unwrap()` on a `None` value",
        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ])


def devctl_panic_plan(i, v):
    return _devctl_panic("src/deploy/plan.rs:213:18")


def devctl_panic_config(i, v):
    return _devctl_panic("src/config/mod.rs:88:41")


# --------------------------------------------------------------------------- tenant-operator (Go, controller-runtime)

CR = "/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.17.2/pkg/internal/controller/controller.go"
CR_STACK = ("sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler\n\t%s:329\n"
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem\n\t%s:266\n"
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2\n\t%s:227" % (CR, CR, CR))


def _op_err(tenant, err):
    t = dt()
    ev = OrderedDict([
        ("level", "error"),
        ("ts", float("%d.%06d" % (int((t - datetime.datetime(1970, 1, 1)).total_seconds()), t.microsecond))),
        ("msg", "Reconciler error"),
        ("controller", "tenant"),
        ("controllerGroup", "platform.acme.io"),
        ("controllerKind", "Tenant"),
        ("Tenant", OrderedDict([("name", tenant)])),
        ("namespace", ""),
        ("name", tenant),
        ("reconcileID", uuid()),
        ("error", err),
        ("stacktrace", CR_STACK),
    ])
    return json.dumps(ev, separators=(",", ":"))


SA = "system:serviceaccount:tenant-operator-system:tenant-operator-controller-manager"


def op_conflict(i, v):
    return _op_err(v, 'Operation cannot be fulfilled on tenants.platform.acme.io "%s": the object has been modified; please apply your changes to the latest version and try again' % v)


def op_rbac_quota(i, v):
    return _op_err(v, 'failed to reconcile tenant namespace: resourcequotas "tenant-quota" is forbidden: User "%s" cannot update resource "resourcequotas" in API group "" in the namespace "tenant-%s"' % (SA, v))


def op_rbac_netpol(i, v):
    return _op_err(v, 'failed to reconcile tenant namespace: networkpolicies.networking.k8s.io "default-deny" is forbidden: User "%s" cannot update resource "networkpolicies" in API group "networking.k8s.io" in the namespace "tenant-%s"' % (SA, v))


def _ptr():
    return "0xc%09x" % (R.randrange(0x000100000, 0x001000000) & ~0xf)


def _op_panic(fn, path, off):
    r, ctx, obj = _ptr(), _ptr(), _ptr()
    ns, nm, q = _ptr(), _ptr(), _ptr()
    return "\n".join([
        "panic: runtime error: invalid memory address or nil pointer dereference [recovered]",
        "\tpanic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x40 pc=0x1b2c3d4]",
        "",
        "goroutine %d [running]:" % R.randint(180, 2400),
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1()",
        "\t%s:116 +0x1e5" % CR,
        "panic({0x1d3e4a0?, 0x2f8b6c0?})",
        "\t/usr/local/go/src/runtime/panic.go:770 +0x132",
        "github.com/acme/tenant-operator/internal/controller.(*TenantReconciler).%s(%s, {0x2052b88, %s}, %s)" % (fn, r, ctx, obj),
        "\t/workspace/internal/controller/%s +%s" % (path, off),
        "github.com/acme/tenant-operator/internal/controller.(*TenantReconciler).Reconcile(%s, {0x2052b88, %s}, {{{0x0, 0x0}, {%s, 0x%x}}})" % (r, ctx, nm, R.randint(4, 9)),
        "\t/workspace/internal/controller/tenant_controller.go:97 +0x3d1",
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile(%s?, {0x2052b88?, %s?}, {{{0x0?, 0x0?}, {%s?, 0x0?}}})" % (ns, ctx, nm),
        "\t%s:119 +0xb7" % CR,
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler(%s, {0x2052bc0, %s}, {0x1c4e2e0, %s})" % (ns, q, _ptr()),
        "\t%s:316 +0x3cc" % CR,
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem(%s, {0x2052bc0, %s})" % (ns, q),
        "\t%s:266 +0x1c9" % CR,
        "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2()",
        "\t%s:227 +0x79" % CR,
        "created by sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2 in goroutine %d" % R.randint(100, 179),
        "\t%s:223 +0x50c" % CR,
    ])


def op_panic_netpol(i, v):
    return _op_panic("reconcileNetworkPolicy", "networkpolicy.go:58", "0x8c")


def op_panic_quota(i, v):
    return _op_panic("reconcileResourceQuota", "quota.go:41", "0x5a")


# --------------------------------------------------------------------------- dev-portal (PHP / Laravel)

VW = "/var/www/portal"


def lvts(t):
    return t.strftime("[%Y-%m-%d %H:%M:%S]")


def _lv_dup(key, entry, name, slug):
    t = dt()
    now = t.strftime("%Y-%m-%d %H:%M:%S")
    uid = R.randint(2, 400)
    sql = "insert into `teams` (`name`, `slug`, `owner_id`, `updated_at`, `created_at`) values (%s, %s, %d, %s, %s)" % (name, slug, uid, now, now)
    msg = "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '%s' for key '%s' (Connection: mysql, SQL: %s)" % (entry, key, sql)
    return "\n".join([
        '%s production.ERROR: %s {"userId":%d,"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): %s at %s/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)'
        % (lvts(t), msg, uid, msg, VW),
        "[stacktrace]",
        "#0 %s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `te...', Array, Object(Closure))" % VW,
        "#1 %s/vendor/laravel/framework/src/Illuminate/Database/MySqlConnection.php(42): Illuminate\\\\Database\\\\Connection->run('insert into `te...', Array, Object(Closure))" % VW,
        "#2 %s/vendor/laravel/framework/src/Illuminate/Database/Query/Processors/Processor.php(35): Illuminate\\\\Database\\\\MySqlConnection->insert('insert into `te...', Array, 'id')" % VW,
        "#3 %s/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3549): Illuminate\\\\Database\\\\Query\\\\Processors\\\\Processor->processInsertGetId(Object(Illuminate\\\\Database\\\\Query\\\\Builder), 'insert into `te...', Array, 'id')" % VW,
        "#4 %s/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php(1982): Illuminate\\\\Database\\\\Query\\\\Builder->insertGetId(Array, 'id')" % VW,
        "#5 %s/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Model.php(1334): Illuminate\\\\Database\\\\Eloquent\\\\Builder->__call('insertGetId', Array)" % VW,
        "#6 %s/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Model.php(1299): Illuminate\\\\Database\\\\Eloquent\\\\Model->insertAndSetId(Object(Illuminate\\\\Database\\\\Eloquent\\\\Builder), Array)" % VW,
        "#7 %s/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Model.php(1138): Illuminate\\\\Database\\\\Eloquent\\\\Model->performInsert(Object(Illuminate\\\\Database\\\\Eloquent\\\\Builder))" % VW,
        "#8 %s/app/Http/Controllers/TeamController.php(58): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()" % VW,
        "#9 %s/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\TeamController->store(Object(App\\\\Http\\\\Requests\\\\StoreTeamRequest))" % VW,
        "#10 %s/vendor/laravel/framework/src/Illuminate/Routing/ControllerDispatcher.php(43): Illuminate\\\\Routing\\\\Controller->callAction('store', Array)" % VW,
        "#11 %s/vendor/laravel/framework/src/Illuminate/Routing/Route.php(260): Illuminate\\\\Routing\\\\ControllerDispatcher->dispatch(Object(Illuminate\\\\Routing\\\\Route), Object(App\\\\Http\\\\Controllers\\\\TeamController), 'store')" % VW,
        "#12 %s/public/index.php(51): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))" % VW,
        "#13 {main}",
        "",
        "[previous exception] [object] (PDOException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '%s' for key '%s' at %s/vendor/laravel/framework/src/Illuminate/Database/Connection.php:587)" % (entry, key, VW),
        "[stacktrace]",
        "#0 %s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(587): PDOStatement->execute()" % VW,
        "#1 %s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(816): Illuminate\\\\Database\\\\Connection->Illuminate\\\\Database\\\\{closure}('insert into `te...', Array)" % VW,
        "#2 %s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `te...', Array, Object(Closure))" % VW,
        "#3 {main}",
        '"} ',
    ])


def lv_dup_slug(i, v):
    return _lv_dup("teams.teams_slug_unique", v, v.capitalize() + " Platform", v)


def lv_dup_name(i, v):
    name = R.choice(["Ledger", "Billing", "Search"]) + " Platform"
    return _lv_dup("teams.teams_name_unique", name, name, name.split()[0].lower() + "-" + b62(4).lower())


def _lv_gh(repo, code, reason, body):
    t = dt()
    uid = R.randint(2, 400)
    url = "https://api.github.com/repos/acme/%s/actions/runs?branch=main&per_page=20" % repo
    head = "Client error: `GET %s` resulted in a `%d %s` response:" % (url, code, reason)
    return "\n".join([
        "%s production.ERROR: %s" % (lvts(t), head),
        body,
        ' {"userId":%d,"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: %d): %s' % (uid, code, head),
        body.replace('"', '\\"'),
        " at %s/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113)" % VW,
        "[stacktrace]",
        "#0 %s/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\\\Exception\\\\RequestException::create(Object(GuzzleHttp\\\\Psr7\\\\Request), Object(GuzzleHttp\\\\Psr7\\\\Response), NULL, Array, NULL)" % VW,
        "#1 %s/vendor/guzzlehttp/promises/src/Promise.php(209): GuzzleHttp\\\\Middleware::GuzzleHttp\\\\{closure}(Object(GuzzleHttp\\\\Psr7\\\\Response))" % VW,
        "#2 %s/vendor/guzzlehttp/promises/src/Promise.php(158): GuzzleHttp\\\\Promise\\\\Promise::callHandler(1, Object(GuzzleHttp\\\\Psr7\\\\Response), NULL)" % VW,
        "#3 %s/vendor/guzzlehttp/promises/src/TaskQueue.php(52): GuzzleHttp\\\\Promise\\\\Promise::GuzzleHttp\\\\Promise\\\\{closure}()" % VW,
        "#4 %s/vendor/guzzlehttp/promises/src/Promise.php(251): GuzzleHttp\\\\Promise\\\\TaskQueue->run(true)" % VW,
        "#5 %s/vendor/guzzlehttp/guzzle/src/Client.php(189): GuzzleHttp\\\\Promise\\\\Promise->wait()" % VW,
        "#6 %s/app/Services/GitHub/WorkflowRuns.php(41): GuzzleHttp\\\\Client->request('GET', '%s...', Array)" % (VW, ("repos/acme/" + repo)[:15]),
        "#7 %s/app/Http/Controllers/ServiceController.php(88): App\\\\Services\\\\GitHub\\\\WorkflowRuns->latest('%s')" % (VW, repo),
        "#8 %s/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\ServiceController->show(Object(App\\\\Models\\\\Service))" % VW,
        "#9 %s/public/index.php(51): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))" % VW,
        "#10 {main}",
        '"} ',
    ])


def lv_gh_404(i, v):
    return _lv_gh(v, 404, "Not Found", '{"message":"Not Found","documentation_url":"https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository","status":"404"}')


def lv_gh_403(i, v):
    return _lv_gh(v, 403, "Forbidden", '{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository","status":"403"}')


# --------------------------------------------------------------------------- portal-sidekiq (Ruby)

GEMS = "/usr/local/bundle/gems"


def _sk(klass, queue, args, err_class, err_msg, frames):
    t = dt()
    pid, tid = R.randint(7, 60), "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(R.choice([3, 4])))
    jid = hexs(24)
    now = (t - datetime.datetime(1970, 1, 1)).total_seconds()
    rc = R.randint(0, 4)
    created = now - R.uniform(1, 30) - rc * R.uniform(30, 400)
    failed = created + R.uniform(0.2, 5)
    job = OrderedDict([("retry", 5), ("queue", queue), ("class", klass), ("args", args), ("jid", jid),
                       ("created_at", round(created, 6)), ("enqueued_at", round(now - R.uniform(0.01, 2), 6)),
                       ("error_message", err_msg), ("error_class", err_class),
                       ("failed_at", round(failed, 6)), ("retry_count", rc)])
    if rc:
        job["retried_at"] = round(now - R.uniform(0.01, 0.5), 6)
    pre = "%s pid=%d tid=%s" % (iso_ms(t), pid, tid)
    return "\n".join([
        '%s WARN: {"context":"Job raised exception","job":%s}' % (pre, json.dumps(job, separators=(",", ":"))),
        "%s WARN: %s: %s" % (pre, err_class, err_msg),
        "%s WARN: %s" % (pre, frames[0]),
    ] + frames[1:])


OCTO_FRAMES = [
    GEMS + "/octokit-8.1.0/lib/octokit/response/raise_error.rb:14:in `on_complete'",
    GEMS + "/faraday-2.9.0/lib/faraday/middleware.rb:18:in `block in call'",
    GEMS + "/faraday-2.9.0/lib/faraday/response.rb:42:in `on_complete'",
    GEMS + "/faraday-2.9.0/lib/faraday/middleware.rb:17:in `call'",
    GEMS + "/faraday-retry-2.2.1/lib/faraday/retry/middleware.rb:153:in `call'",
    GEMS + "/faraday-2.9.0/lib/faraday/rack_builder.rb:152:in `build_response'",
    GEMS + "/faraday-2.9.0/lib/faraday/connection.rb:444:in `run_request'",
    GEMS + "/faraday-2.9.0/lib/faraday/connection.rb:200:in `get'",
    GEMS + "/sawyer-0.9.2/lib/sawyer/agent.rb:99:in `call'",
    GEMS + "/octokit-8.1.0/lib/octokit/connection.rb:156:in `request'",
    GEMS + "/octokit-8.1.0/lib/octokit/connection.rb:84:in `paginate'",
    GEMS + "/octokit-8.1.0/lib/octokit/client/hooks.rb:20:in `hooks'",
    "/app/app/jobs/repo_webhook_sync_job.rb:12:in `perform'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/processor.rb:220:in `execute_job'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/processor.rb:185:in `block (4 levels) in process'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/middleware/chain.rb:180:in `traverse'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/processor.rb:86:in `run'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/component.rb:10:in `watchdog'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/component.rb:19:in `block in safe_thread'",
]


def sk_hooks_404(i, v):
    m = "GET https://api.github.com/repos/acme/%s/hooks: 404 - Not Found // See: https://docs.github.com/rest/repos/webhooks#list-repository-webhooks" % v
    return _sk("RepoWebhookSyncJob", "github", ["acme/" + v], "Octokit::NotFound", m, OCTO_FRAMES)


def sk_hooks_403(i, v):
    m = "GET https://api.github.com/repos/acme/%s/hooks: 403 - Resource not accessible by integration // See: https://docs.github.com/rest/repos/webhooks#list-repository-webhooks" % v
    return _sk("RepoWebhookSyncJob", "github", ["acme/" + v], "Octokit::Forbidden", m, OCTO_FRAMES)


AR_FRAMES = [
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/postgresql/database_statements.rb:55:in `exec'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/postgresql/database_statements.rb:55:in `block (2 levels) in raw_execute'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/abstract_adapter.rb:1028:in `block in with_raw_connection'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/postgresql/database_statements.rb:54:in `block in raw_execute'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/abstract_adapter.rb:1143:in `log'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/postgresql/database_statements.rb:53:in `raw_execute'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/relation.rb:495:in `update_all'",
    "/app/app/jobs/deployment_status_job.rb:27:in `block in perform'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/connection_adapters/abstract/transaction.rb:535:in `block in within_new_transaction'",
    GEMS + "/activerecord-7.1.3.2/lib/active_record/transactions.rb:212:in `transaction'",
    "/app/app/jobs/deployment_status_job.rb:21:in `perform'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/processor.rb:220:in `execute_job'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/processor.rb:185:in `block (4 levels) in process'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/processor.rb:86:in `run'",
    GEMS + "/sidekiq-7.2.4/lib/sidekiq/component.rb:19:in `block in safe_thread'",
]


def _tuple():
    return "(%d,%d)" % (R.randint(1, 900), R.randint(1, 40))


def sk_deadlock(i, v):
    p1, p2 = R.randint(1000, 60000), R.randint(1000, 60000)
    x1 = R.randint(9000000, 9999999)
    m = ("PG::TRDeadlockDetected: ERROR:  deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
         "Process %d waits for ShareLock on transaction %d; blocked by process %d.\nHINT:  See server log for query details.\n"
         'CONTEXT:  while updating tuple %s in relation "deployments"\n' % (p1, x1, p2, p2, x1 + R.randint(1, 40), p1, _tuple()))
    return _sk("DeploymentStatusJob", "default", [R.randint(10000, 99999), "success"], "ActiveRecord::Deadlocked", m, AR_FRAMES)


def sk_lock_timeout(i, v):
    m = 'PG::LockNotAvailable: ERROR:  canceling statement due to lock timeout\nCONTEXT:  while updating tuple %s in relation "deployments"\n' % _tuple()
    return _sk("DeploymentStatusJob", "default", [R.randint(10000, 99999), "success"], "ActiveRecord::LockWaitTimeout", m, AR_FRAMES)


# --------------------------------------------------------------------------- group table

AGENTS = ["falcon", "heron", "osprey", "kestrel"]
APPS = ["ledger-api", "billing-api", "notifier", "search-indexer"]
TEAMS = ["ledger", "billing", "search", "identity"]
USERS = ["mlopez", "tkaur", "jdoe", "asantos", "pnair"]

# label, service, count, near_miss_set, digit-free values (or None), fn, description
G = [
    ("gha_session_conflict", "gha-runner", 3, "gha_create_session", None, gha_session_conflict,
     "runner listener CreateSession -> HTTP 409 TaskAgentSessionConflictException (duplicate runner session)"),
    ("gha_session_unauthorized", "gha-runner", 2, "gha_create_session", None, gha_session_unauthorized,
     "runner listener CreateSession -> HTTP 401 VssUnauthorizedException VS30063 (runner registration deleted)"),

    ("jk_agent_closed_channel", "jenkins", 4, "jk_agent_channel", AGENTS, jk_agent_closed,
     "sh step check: ChannelClosedException on agent, innermost ClosedChannelException (agent TCP dropped)"),
    ("jk_agent_ping_timeout", "jenkins", 3, "jk_agent_channel", AGENTS[:3], jk_agent_ping,
     "sh step check: ChannelClosedException on agent, innermost Ping TimeoutException (agent hung)"),
    ("jk_git_remote_ref_missing", "jenkins", 4, "jk_git_fetch", ["feature/ledger-export", "fix/login-redirect", "chore/bump-gradle", "feature/tenant-quotas"],
     jk_git_remote_ref, "git fetch exit 128: couldn't find remote ref (branch deleted before build ran)"),
    ("jk_git_no_credentials", "jenkins", 3, "jk_git_fetch", ["feature/audit-trail", "fix/flaky-retry", "refactor/vault-client"],
     jk_git_username, "git fetch exit 128: could not read Username (job lost its GitHub credentials binding)"),

    ("gr_resolve_401", "jvm-build", 5, "gr_resolve_observability", APPS, gr_resolve_401,
     "Gradle cannot GET observability-starter pom from Artifactory: 401 Unauthorized (expired CI token)"),
    ("gr_resolve_502", "jvm-build", 3, "gr_resolve_observability", APPS[:3], gr_resolve_502,
     "Gradle cannot GET observability-starter pom from Artifactory: 502 Bad Gateway (Artifactory front proxy)"),
    ("gr_test_exec_137", "jvm-build", 3, "gr_test_executor", None, gr_exec_137,
     "ledger-service:test executor exit value 137 (SIGKILL, runner OOM)"),
    ("gr_test_exec_134", "jvm-build", 1, "gr_test_executor", None, gr_exec_134,
     "ledger-service:test executor exit value 134 (SIGABRT, JVM crash)"),
    ("mv_deploy_409", "jvm-build", 3, "mv_deploy_release", None, mv_deploy_409,
     "maven-deploy-plugin to libs-release-local: 409 Conflict (release redeploy)"),
    ("mv_deploy_403", "jvm-build", 2, "mv_deploy_release", None, mv_deploy_403,
     "maven-deploy-plugin to libs-release-local: 403 Forbidden (deployer permission)"),

    ("bz_missing_digest", "bazel-ci", 3, "bz_remote_exec", None, bz_missing_digest,
     "ledger_server link Exit 34: blobs missing from remote CAS (cache eviction)"),
    ("bz_remote_unavailable", "bazel-ci", 2, "bz_remote_exec", None, bz_unavailable,
     "ledger_server link Exit 34: remote executor UNAVAILABLE io exception"),

    ("npm_e404_design_tokens", "npm-ci", 3, "npm_design_tokens", None, npm_e404,
     "npm install @acme/design-tokens: E404 not in registry"),
    ("npm_e403_design_tokens", "npm-ci", 2, "npm_design_tokens", None, npm_e403,
     "npm install @acme/design-tokens: E403 forbidden"),

    ("pip_no_matching_dist", "pip-ci", 2, None, None, pip_no_version,
     "pip: no matching distribution acme-observability==2.8.0"),
    ("py_semver_unpack", "pip-ci", 4, "py_release_unpack", TEAMS, py_semver_unpack,
     "shared release script: ValueError unpack raised in semver.next_version"),
    ("py_changelog_unpack", "pip-ci", 3, "py_release_unpack", TEAMS[:3], py_changelog_unpack,
     "shared release script: same ValueError raised in changelog.parse_entry"),
    ("py_sbom_conn_refused", "pip-ci", 3, "py_sbom_upload", None, py_sbom_refused,
     "upload_sbom.py ConnectionError to dependency-track, innermost Errno 111 connection refused"),
    ("py_sbom_dns", "pip-ci", 2, "py_sbom_upload", None, py_sbom_dns,
     "upload_sbom.py ConnectionError to dependency-track, innermost NameResolutionError"),

    ("tf_state_lock", "terraform-ci", 4, None, None, tf_state_lock,
     "Error acquiring the state lock on platform/network state (ConditionalCheckFailed)"),
    ("tf_bucket_already_exists", "terraform-ci", 2, "tf_build_cache_bucket", None, tf_bucket_exists,
     "create S3 bucket acme-ci-build-cache: 409 BucketAlreadyExists (name taken by another account)"),
    ("tf_bucket_owned_by_you", "terraform-ci", 1, "tf_build_cache_bucket", None, tf_bucket_owned,
     "create S3 bucket acme-ci-build-cache: 409 BucketAlreadyOwnedByYou (state drift, needs import)"),
    ("tf_iam_create_role_denied", "terraform-ci", 4, "tf_iam_boundary", TEAMS, tf_iam_createrole,
     "team module: AccessDenied iam:CreateRole for apply role"),
    ("tf_iam_put_role_policy_denied", "terraform-ci", 3, "tf_iam_boundary", TEAMS[:3], tf_iam_putrolepolicy,
     "team module: AccessDenied iam:PutRolePolicy for apply role"),

    ("argo_helm_image_tag_required", "argocd", 4, "argo_service_template", APPS, argo_helm_image_tag,
     "repo-server helm template of shared chart: image.tag is required (deployment.yaml)"),
    ("argo_helm_ingress_host_required", "argocd", 3, "argo_service_template", APPS[:3], argo_helm_ingress_host,
     "repo-server helm template of shared chart: ingress.host is required (ingress.yaml)"),
    ("argo_repo_auth_required", "argocd", 3, "argo_list_refs", None, argo_repo_auth,
     "repo-server GenerateManifest: failed to list refs: authentication required"),
    ("argo_repo_not_found", "argocd", 2, "argo_list_refs", None, argo_repo_notfound,
     "repo-server GenerateManifest: failed to list refs: repository not found"),

    ("helm_another_operation", "deploy-pipeline", 4, "helm_upgrade_failed", APPS, helm_another_op,
     "helm upgrade: another operation is in progress (stuck pending release)"),
    ("helm_context_deadline", "deploy-pipeline", 3, "helm_upgrade_failed", APPS[:3], helm_timeout,
     "helm upgrade --wait: context deadline exceeded (pods never ready)"),
    ("gk_require_team_label", "deploy-pipeline", 3, "gk_required_labels", APPS[:3], gk_team_label,
     "kubectl apply denied by gatekeeper constraint require-team-label"),
    ("gk_require_cost_center_label", "deploy-pipeline", 3, "gk_required_labels", APPS[1:4], gk_costcenter_label,
     "kubectl apply denied by gatekeeper constraint require-cost-center-label"),
    ("gk_webhook_deadline", "deploy-pipeline", 3, "gk_webhook_call", None, gk_webhook_deadline,
     "gatekeeper webhook call failed: context deadline exceeded"),
    ("gk_webhook_no_endpoints", "deploy-pipeline", 2, "gk_webhook_call", None, gk_webhook_noendpoints,
     "gatekeeper webhook call failed: no endpoints available for service"),

    ("vault_revoke_role_depends", "vault", 3, "vault_db_revoke", None, vault_revoke_depends,
     "lease revoke for database/creds/ledger-ro: pq role cannot be dropped, objects depend on it"),
    ("vault_revoke_conn_refused", "vault", 2, "vault_db_revoke", None, vault_revoke_refused,
     "lease revoke for database/creds/ledger-ro: dial tcp to postgres connection refused"),
    ("vault_audit_enospc", "vault", 3, None, TEAMS[:3], vault_audit_enospc,
     "file audit device: no space left on device, requests fail audit"),

    ("consul_sync_no_leader", "consul", 3, "consul_anti_entropy", None, consul_no_leader,
     "agent anti-entropy sync: No cluster leader"),
    ("consul_sync_acl_denied", "consul", 4, "consul_anti_entropy", APPS, consul_acl_denied,
     "agent anti-entropy sync: token lacks service:write"),

    ("kc_login_user_not_found", "keycloak", 5, "kc_login_error", USERS, kc_user_not_found,
     "argocd client LOGIN_ERROR error=user_not_found"),
    ("kc_login_invalid_credentials", "keycloak", 6, "kc_login_error", USERS, kc_invalid_credentials,
     "argocd client LOGIN_ERROR error=invalid_user_credentials"),
    ("kc_login_user_disabled", "keycloak", 3, "kc_login_error", USERS[1:4], kc_user_disabled,
     "argocd client LOGIN_ERROR error=user_disabled"),
    ("kc_dup_username", "keycloak", 3, "kc_user_unique", USERS[:3], kc_dup_username,
     "admin createUser: duplicate key on (realm_id, username) constraint"),
    ("kc_dup_email", "keycloak", 3, "kc_user_unique", ["m.lopez@acme.io", "t.kaur@acme.io", "j.doe@acme.io"], kc_dup_email,
     "admin createUser: duplicate key on (realm_id, email_constraint) constraint"),

    ("hb_unauthorized_push", "harbor", 4, "hb_robot_access", APPS, hb_unauth_push,
     "registry: unauthorized to access repository, action push"),
    ("hb_unauthorized_pull", "harbor", 3, "hb_robot_access", APPS[:3], hb_unauth_pull,
     "registry: unauthorized to access repository, action pull"),
    ("hb_quota_exceeded", "harbor", 2, None, None, hb_quota,
     "registry push: project storage quota exceeded"),

    ("pull_ecr_forbidden", "kube-events", 3, "pull_ecr", APPS[:3], pull_ecr_403,
     "kubelet Failed to pull ECR image: HEAD manifests 403 Forbidden (node role lacks ECR access)"),
    ("pull_ecr_not_found", "kube-events", 2, "pull_ecr", None, pull_ecr_notfound,
     "kubelet Failed to pull ECR image billing-api: tag not found"),
    ("pull_dockerhub_rate_limit", "kube-events", 3, None, None, pull_dockerhub_429,
     "kubelet Failed to pull redis from Docker Hub: 429 toomanyrequests"),

    ("af_maven_remote_timeout", "artifactory", 3, "af_maven_remote", None, af_connect_timeout,
     "maven-remote download from repo1.maven.org: connect timed out"),
    ("af_maven_remote_pkix", "artifactory", 2, "af_maven_remote", None, af_pkix,
     "maven-remote download from repo1.maven.org: PKIX path building failed"),

    ("sq_visit_npe", "sonarqube", 3, "sq_ce_visit", ["ledger-api", "billing-api", "notifier"], sq_visit_npe,
     "CE task VisitException, innermost NPE in IssueCounter.beforeComponent"),
    ("sq_visit_value_too_long", "sonarqube", 1, "sq_ce_visit", ["search-indexer"], sq_visit_too_long,
     "CE task VisitException, innermost PSQLException value too long varying(4000)"),
    ("sq_scanner_not_authorized", "sonarqube", 2, None, None, sq_scanner_auth,
     "sonar-scanner: Not authorized (token)"),

    ("devctl_conn_refused", "devctl", 4, "devctl_fetch_plan", APPS, devctl_refused,
     "devctl fetch deployment plan: innermost Connection refused (os error 111)"),
    ("devctl_dns_failure", "devctl", 3, "devctl_fetch_plan", APPS[:3], devctl_dns,
     "devctl fetch deployment plan: innermost dns lookup failure"),
    ("devctl_panic_plan", "devctl", 2, "devctl_unwrap_panic", None, devctl_panic_plan,
     "devctl panic Option::unwrap on None at src/deploy/plan.rs:213"),
    ("devctl_panic_config", "devctl", 1, "devctl_unwrap_panic", None, devctl_panic_config,
     "devctl panic Option::unwrap on None at src/config/mod.rs:88"),

    ("op_tenant_conflict", "tenant-operator", 5, None, TEAMS + ["payments"], op_conflict,
     "Reconciler error: optimistic-lock conflict updating Tenant"),
    ("op_rbac_resourcequotas", "tenant-operator", 3, "op_rbac_forbidden", TEAMS[:3], op_rbac_quota,
     "Reconciler error: forbidden update resourcequotas (missing RBAC rule)"),
    ("op_rbac_networkpolicies", "tenant-operator", 3, "op_rbac_forbidden", TEAMS[1:4], op_rbac_netpol,
     "Reconciler error: forbidden update networkpolicies (missing RBAC rule)"),
    ("op_panic_networkpolicy", "tenant-operator", 2, "op_nil_panic", None, op_panic_netpol,
     "nil pointer panic in reconcileNetworkPolicy networkpolicy.go:58"),
    ("op_panic_quota", "tenant-operator", 1, "op_nil_panic", None, op_panic_quota,
     "nil pointer panic in reconcileResourceQuota quota.go:41"),

    ("lv_dup_team_slug", "dev-portal", 3, "lv_team_unique", TEAMS[:3], lv_dup_slug,
     "create team: 1062 duplicate on teams_slug_unique"),
    ("lv_dup_team_name", "dev-portal", 2, "lv_team_unique", None, lv_dup_name,
     "create team: 1062 duplicate on teams_name_unique"),
    ("lv_github_runs_404", "dev-portal", 4, "lv_github_runs", APPS, lv_gh_404,
     "service page GitHub workflow runs: Guzzle 404 Not Found"),
    ("lv_github_runs_403", "dev-portal", 3, "lv_github_runs", APPS[1:4], lv_gh_403,
     "service page GitHub workflow runs: Guzzle 403 Resource not accessible by integration"),

    ("sk_hooks_not_found", "portal-sidekiq", 4, "sk_repo_hooks", APPS, sk_hooks_404,
     "RepoWebhookSyncJob: Octokit::NotFound 404 on hooks"),
    ("sk_hooks_forbidden", "portal-sidekiq", 3, "sk_repo_hooks", APPS[:3], sk_hooks_403,
     "RepoWebhookSyncJob: Octokit::Forbidden 403 on hooks"),
    ("sk_deployments_deadlock", "portal-sidekiq", 2, "sk_deployments_lock", None, sk_deadlock,
     "DeploymentStatusJob: ActiveRecord::Deadlocked on deployments"),
    ("sk_deployments_lock_timeout", "portal-sidekiq", 2, "sk_deployments_lock", None, sk_lock_timeout,
     "DeploymentStatusJob: ActiveRecord::LockWaitTimeout on deployments"),
]

# single-valued groups above that hold a constant (not a variable) in their "values" slot
CONST_VALUE_GROUPS = {"sq_visit_value_too_long"}


def main():
    out_dir = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    events, groups = [], OrderedDict()
    for label, service, count, nms, values, fn, desc in G:
        assert 1 <= count <= 6, label
        assert label not in groups, label
        used = []
        for i in range(count):
            v = values[i % len(values)] if values else None
            used.append(v)
            events.append({"service": service, "message": fn(i, v), "group": label})
        df = bool(values) and label not in CONST_VALUE_GROUPS
        if df:
            distinct = sorted(set(used))
            assert 3 <= len(distinct) <= 5, (label, distinct)
            assert all(not re.search(r"\d", x) for x in distinct), (label, distinct)
        groups[label] = OrderedDict([("description", desc), ("service", service), ("count", count),
                                     ("near_miss_set", nms), ("digit_free_variable", df)])

    # self-checks
    seen = set()
    for e in events:
        k = (e["service"], e["message"])
        assert k not in seen, ("duplicate event", e["group"])
        seen.add(k)
    sets = {}
    for label, g in groups.items():
        if g["near_miss_set"]:
            sets.setdefault(g["near_miss_set"], []).append(label)
    for s, members in sets.items():
        assert 2 <= len(members) <= 3, (s, members)
        assert len({groups[m]["service"] for m in members}) == 1, (s, members)
    assert Counter(e["group"] for e in events) == {k: v["count"] for k, v in groups.items()}

    R.shuffle(events)
    with open(os.path.join(out_dir, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(OrderedDict([("service", e["service"]), ("message", e["message"]), ("group", e["group"])]),
                               ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, indent=2, ensure_ascii=False)
        f.write("\n")
    services = sorted({g["service"] for g in groups.values()})
    print("events=%d groups=%d services=%d near_miss_sets=%d digit_free_groups=%d" % (
        len(events), len(groups), len(services), len(sets), sum(g["digit_free_variable"] for g in groups.values())))


if __name__ == "__main__":
    main()
