#!/usr/bin/env python3
"""Generate a labelled corpus of media-company production ERROR events.

Writes events.jsonl ({"service","message","group"} per line, shuffled) and
groups.json into $UNSEEN_OUT if set, else beside this file.  Python 3 stdlib
only, fixed seed, byte-identical across runs and PYTHONHASHSEED values.
"""
import datetime
import json
import os
import random
import re

R = random.Random(4242_2024)
BASE = datetime.datetime(2024, 12, 6, 0, 0, 0)
GROUPS = []  # list of dicts, in definition order


def group(label, service, count, desc, nm=None, df=None):
    """Register a group generator.  fn(i, v) -> message; v is the digit-free value or None."""
    def deco(fn):
        GROUPS.append(dict(label=label, service=service, count=count, desc=desc,
                           nm=nm, df=df, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers
def J(*lines):
    return "\n".join(lines)


def when():
    return BASE + datetime.timedelta(seconds=R.randint(0, 3 * 86400), microseconds=R.randint(0, 999999))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def an(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def b64(n):
    return an(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), R.choice("89ab"), hx(3), hx(12))


def ip10():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def ippub():
    return "%d.%d.%d.%d" % (R.choice([31, 62, 81, 86, 92, 109, 176, 185, 203, 212]), R.randint(0, 255),
                            R.randint(0, 255), R.randint(2, 254))


def ptr():  # glibc heap pointer as printed by ffmpeg's "[ctx @ %p]"
    return "0x5%s%s%s0" % (R.choice("56"), hx(8), R.choice("048c"))


def goptr():  # Go heap pointer in a goroutine trace
    return "0xc000%s%s" % (hx(5), R.choice("08"))


def pod(name):
    return "%s-%s-%s" % (name, an(10, "bcdfghjklmnpqrstvwxz2456789")[:R.choice([9, 10])], an(5, "bcdfghjklmnpqrstvwxz2456789"))


def ts_py(d):  # 2024-12-06 10:23:45,123
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (d.microsecond // 1000)


def ts_dot(d):  # 2024-12-06 10:23:45.123
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (d.microsecond // 1000)


def ts_iso(d):  # 2024-12-06T10:23:45.123Z
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (d.microsecond // 1000)


def ts_ngx(d):
    return d.strftime("%Y/%m/%d %H:%M:%S")


def epoch(d):
    return (d - datetime.datetime(1970, 1, 1)).total_seconds()


def epoch_ms(d):
    return int(epoch(d) * 1000)


PY = "/usr/local/lib/python3.11/site-packages"


# ======================================================== transcode-worker
# Celery workers that run ffmpeg and publish renditions to S3.
def celery_prefix(d, level="ERROR"):
    return "[%s: %s/ForkPoolWorker-%d]" % (ts_py(d), level, R.randint(1, 16))


def nvenc_fail(reason):
    d = when()
    job = uuid()
    a, b, c, e = ptr(), ptr(), ptr(), ptr()
    return J(
        "%s transcode.ffmpeg: ffmpeg exited with status 187 for job %s (ladder=h264_nvenc_hd, pass=1)" % (celery_prefix(d), job),
        "[h264_nvenc @ %s] OpenEncodeSessionEx failed: %s: (no details)" % (a, reason),
        "[vost#0:0/h264_nvenc @ %s] Error while opening encoder - maybe incorrect parameters such as bit_rate, rate, width or height." % b,
        "[vf#0:0 @ %s] Error sending frames to consumers: Generic error in an external library" % c,
        "[vf#0:0 @ %s] Task finished with error code: -542398533 (Generic error in an external library)" % c,
        "[vf#0:0 @ %s] Terminating thread with return code -542398533 (Generic error in an external library)" % c,
        "[vost#0:0/h264_nvenc @ %s] Could not open encoder before EOF" % b,
        "[out#0/mp4 @ %s] Nothing was written into output file, because at least one of its streams received no packets." % e,
        "Conversion failed!")


@group("tw_nvenc_oom", "transcode-worker", 3,
       "ffmpeg h264_nvenc OpenEncodeSessionEx fails with NVENC out of memory (10)", nm="tw_nvenc")
def _(i, v):
    return nvenc_fail("out of memory (10)")


@group("tw_nvenc_clientkey", "transcode-worker", 2,
       "ffmpeg h264_nvenc OpenEncodeSessionEx fails with incompatible client key (21) (session limit)", nm="tw_nvenc")
def _(i, v):
    return nvenc_fail("incompatible client key (21)")


def s3_upload_fail(code, wire_msg):
    d = when()
    task = uuid()
    asset = hx(12)
    rend = R.choice(["1080p", "720p", "540p", "360p"])
    seg = "seg_%05d.ts" % R.randint(1, 900)
    src = "/scratch/%s/hls/%s/%s" % (task, rend, seg)
    dst = "streamco-vod-origin-prod/assets/%s/hls/%s/%s" % (asset, rend, seg)
    err = "An error occurred (%s) when calling the PutObject operation%s" % (code, wire_msg)
    return J(
        "%s Task transcode.tasks.publish_renditions[%s] raised unexpected: S3UploadFailedError('Failed to upload %s to %s: %s')"
        % (celery_prefix(d), task, src, dst, err),
        "Traceback (most recent call last):",
        '  File "%s/boto3/s3/transfer.py", line 372, in upload_file' % PY,
        "    future.result()",
        '  File "%s/s3transfer/futures.py", line 103, in result' % PY,
        "    return self._coordinator.result()",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/s3transfer/futures.py", line 266, in result' % PY,
        "    raise self._exception",
        '  File "%s/s3transfer/tasks.py", line 139, in __call__' % PY,
        "    return self._execute_main(kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/s3transfer/tasks.py", line 162, in _execute_main' % PY,
        "    return_value = self._main(**kwargs)",
        "                   ^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/s3transfer/upload.py", line 764, in _main' % PY,
        "    client.put_object(Bucket=bucket, Key=key, Body=body, **extra_args)",
        '  File "%s/botocore/client.py", line 565, in _api_call' % PY,
        "    return self._make_api_call(operation_name, kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/botocore/client.py", line 1021, in _make_api_call' % PY,
        "    raise error_class(parsed_response, operation_name)",
        "botocore.exceptions.ClientError: %s" % err,
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "%s/celery/app/trace.py", line 477, in trace_task' % PY,
        "    R = retval = fun(*args, **kwargs)",
        "                 ^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/celery/app/trace.py", line 760, in __protected_call__' % PY,
        "    return self.run(*args, **kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/app/transcode/tasks.py", line 214, in publish_renditions',
        "    s3.upload_file(str(path), bucket, key, ExtraArgs=extra)",
        '  File "%s/boto3/s3/inject.py", line 145, in upload_file' % PY,
        "    return transfer.upload_file(",
        "           ^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/boto3/s3/transfer.py", line 378, in upload_file' % PY,
        "    raise S3UploadFailedError(",
        "boto3.exceptions.S3UploadFailedError: Failed to upload %s to %s: %s" % (src, dst, err))


@group("tw_s3_accessdenied", "transcode-worker", 3,
       "publish_renditions: S3UploadFailedError wrapping ClientError AccessDenied on PutObject", nm="tw_s3upload")
def _(i, v):
    return s3_upload_fail("AccessDenied", ": Access Denied")


@group("tw_s3_slowdown", "transcode-worker", 3,
       "publish_renditions: S3UploadFailedError wrapping ClientError SlowDown (throttled) on PutObject", nm="tw_s3upload")
def _(i, v):
    return s3_upload_fail("SlowDown", " (reached max retries: 4): Please reduce your request rate.")


PARTNERS = ["northlight", "bluefern", "ironbark", "silverline"]


@group("tw_partner_403", "transcode-worker", 4,
       "ffmpeg cannot open partner delivery URL: presigned URL rejected with HTTP 403 (partner sub-domain varies)",
       df=PARTNERS)
def _(i, v):
    d = when()
    job = uuid()
    asset = hx(10)
    amzdate = when().strftime("%Y%m%dT%H%M%SZ")
    url = ("https://%s.deliveries.streamco.net/mezzanine/%s/master.mov?X-Amz-Algorithm=AWS4-HMAC-SHA256"
           "&X-Amz-Credential=AKIA%s%%2F%s%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=3600"
           "&X-Amz-SignedHeaders=host&X-Amz-Signature=%s"
           % (v, asset, an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), amzdate[:8], amzdate, hx(64)))
    return J(
        "%s transcode.ingest: ffmpeg could not open source for job %s (partner=%s)" % (celery_prefix(d), job, v),
        "[https @ %s] HTTP error 403 Forbidden" % ptr(),
        "%s: Server returned 403 Forbidden (access denied)" % url)


# ============================================================ ingest-probe
def probe_prefix(d):
    return "%s ERROR [ingest_probe.handler] " % ts_py(d)


@group("probe_ebml", "ingest-probe", 3,
       "ffprobe rejects uploaded .mkv: matroska EBML header parsing failed")
def _(i, v):
    d = when()
    up = uuid()
    return J(
        probe_prefix(d) + "ffprobe exited 1 for s3://streamco-ingest-prod/uploads/%s/source.mkv" % up,
        "[matroska,webm @ %s] EBML header parsing failed" % ptr(),
        "/tmp/probe-%s.mkv: Invalid data found when processing input" % an(8, "abcdefghijklmnopqrstuvwxyz0123456789_"))


def probe_keyerror(line, src, carets, key):
    d = when()
    asset = "as_%s" % an(14, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return J(
        probe_prefix(d) + "probe failed for asset %s (upload %s)" % (asset, uuid()),
        "Traceback (most recent call last):",
        '  File "/app/ingest_probe/handler.py", line 57, in handle',
        "    meta = parse_probe(json.loads(out))",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/app/ingest_probe/probe.py", line %d, in parse_probe' % line,
        "    " + src,
        "    " + carets,
        "KeyError: '%s'" % key)


@group("probe_key_duration", "ingest-probe", 3,
       "parse_probe KeyError 'duration' (format section without duration)", nm="probe_keyerror")
def _(i, v):
    return probe_keyerror(88, 'duration = float(fmt["duration"])', "                 ~~~^^^^^^^^^^^^", "duration")


@group("probe_key_framerate", "ingest-probe", 2,
       "parse_probe KeyError 'r_frame_rate' (video stream without frame rate)", nm="probe_keyerror")
def _(i, v):
    return probe_keyerror(94, 'num, den = vs["r_frame_rate"].split("/")', "           ~~^^^^^^^^^^^^^^^^", "r_frame_rate")


# ===================================================== mediaconvert-events
# Node.js 20 Lambda consuming "MediaConvert Job State Change" EventBridge events.
def mc_event(code, msg, meta):
    d = when()
    job = "%d-%s" % (epoch_ms(d) - R.randint(60000, 900000), an(6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return J(
        "%s\t%s\tERROR\tMediaConvert job failed {" % (ts_iso(d), uuid()),
        "  timestamp: %d," % epoch_ms(d),
        "  accountId: '482911736025',",
        "  queue: 'arn:aws:mediaconvert:eu-west-1:482911736025:queues/vod-standard',",
        "  jobId: '%s'," % job,
        "  status: 'ERROR',",
        "  errorCode: %d," % code,
        "  errorMessage: '%s'," % msg,
        "  userMetadata: { %s }" % meta,
        "}")


TITLES = ["midnight-garden", "salt-and-iron", "paper-kingdoms", "the-last-harbor"]


@group("mc_1010_noparser", "mediaconvert-events", 4,
       "MediaConvert 1010: mezzanine container not recognised (No parser found for container); title slug varies",
       nm="mc_input", df=TITLES)
def _(i, v):
    return mc_event(1010, "Unable to open input file [s3://streamco-mezzanine-prod/titles/%s/master.mxf]: "
                          "[Failed probe/open: [No parser found for container]]" % v,
                    "assetId: 'as_%s', title: '%s'" % (an(14, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), v))


@group("mc_1404_headobject", "mediaconvert-events", 3,
       "MediaConvert 1404: input object missing (HeadObject failed)", nm="mc_input")
def _(i, v):
    a = an(14, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return mc_event(1404, "Unable to open input file [s3://streamco-mezzanine-prod/uploads/%s/%s.mov]: "
                          "[Failed probe/open: [Failed to read data: HeadObject failed]]" % (hx(8), hx(16)),
                    "assetId: 'as_%s', title: 'as_%s'" % (a, a))


@group("mc_3450_write_denied", "mediaconvert-events", 3,
       "MediaConvert 3450: cannot write HLS output to origin bucket (Access Denied)")
def _(i, v):
    a = hx(12)
    return mc_event(3450, "Unable to write to output file [s3://streamco-vod-origin-prod/assets/%s/hls/%s_720p.m3u8]: "
                          "[Failed to write data: Access Denied]" % (a, a),
                    "assetId: 'as_%s', title: 'as_%s'" % (a.upper(), a.upper()))


# ======================================================= gst-live-encoder
def gst_clocks(n):
    """n increasing GStreamer running-time stamps (H:MM:SS.nnnnnnnnn) a few microseconds apart."""
    t = R.randint(5 * 10 ** 9, 5 * 3600 * 10 ** 9)
    out = []
    for _ in range(n):
        t += R.randint(20000, 400000)
        s, ns = divmod(t, 10 ** 9)
        out.append("%d:%02d:%02d.%09d" % (s // 3600, s // 60 % 60, s % 60, ns))
    return out


def gst_thread():
    return "0x7f%s%s0" % (hx(8), R.choice("048c"))


def gst_app(d, ch):
    return "%s ERROR live-encoder[1]: channel=%s pipeline bus error, restarting" % (ts_dot(d), ch)


def gst_flow(reason):
    d = when()
    ch = "ch%03d" % R.randint(1, 240)
    n = R.randint(0, 7)
    el = "/GstPipeline:live-enc/GstRTSPSrc:cam/GstUDPSrc:udpsrc%d" % n
    thr = gst_thread()
    c1, c2 = gst_clocks(2)
    return J(
        gst_app(d, ch),
        "%s     1 %s WARN                 basesrc gstbasesrc.c:3132:gst_base_src_loop:<udpsrc%d> error: Internal data stream error." % (c1, thr, n),
        "%s     1 %s WARN                 basesrc gstbasesrc.c:3132:gst_base_src_loop:<udpsrc%d> error: streaming stopped, reason %s" % (c2, thr, n, reason),
        "ERROR: from element %s: Internal data stream error." % el,
        "Additional debug info:",
        "../libs/gst/base/gstbasesrc.c(3132): gst_base_src_loop (): %s:" % el,
        "streaming stopped, reason %s" % reason)


@group("gst_not_negotiated", "gst-live-encoder", 3,
       "udpsrc inside rtspsrc stops streaming: reason not-negotiated (-4) (caps mismatch)", nm="gst_flow")
def _(i, v):
    return gst_flow("not-negotiated (-4)")


@group("gst_flow_error", "gst-live-encoder", 2,
       "udpsrc inside rtspsrc stops streaming: reason error (-5)", nm="gst_flow")
def _(i, v):
    return gst_flow("error (-5)")


STUDIOS = ["newsroom", "weather", "arena", "sportsdesk"]


@group("gst_rtsp_connect", "gst-live-encoder", 4,
       "rtspsrc cannot connect to studio contribution feed (Failed to connect. (Generic error)); studio host word varies",
       df=STUDIOS)
def _(i, v):
    d = when()
    ch = "ch%03d" % R.randint(1, 240)
    el = "/GstPipeline:live-enc/GstRTSPSrc:cam"
    return J(
        "%s ERROR live-encoder[1]: channel=%s source rtsp://contrib-%s.studios.streamco.net:554/program unreachable" % (ts_dot(d), ch, v),
        "ERROR: from element %s: Could not open resource for reading and writing." % el,
        "Additional debug info:",
        "../gst/rtsp/gstrtspsrc.c(8128): gst_rtspsrc_retrieve_sdp (): %s:" % el,
        "Failed to connect. (Generic error)")


@group("gst_qtdemux_moov", "gst-live-encoder", 2,
       "slate/bumper mp4 played by uridecodebin has no moov atom (qtdemux)")
def _(i, v):
    d = when()
    ch = "ch%03d" % R.randint(1, 240)
    n = R.randint(0, 3)
    el = "/GstPipeline:slate-player/GstURIDecodeBin:slate/GstDecodeBin:decodebin%d/GstQTDemux:qtdemux%d" % (n, n)
    return J(
        gst_app(d, ch),
        "%s     1 %s WARN                 qtdemux qtdemux.c:7723:gst_qtdemux_process_adapter:<qtdemux%d> error: no 'moov' atom within the first 10 MB" % (gst_clocks(1)[0], gst_thread(), n),
        "ERROR: from element %s: This file is invalid and cannot be played." % el,
        "Additional debug info:",
        "../gst/isomp4/qtdemux.c(7723): gst_qtdemux_process_adapter (): %s:" % el,
        "no 'moov' atom within the first 10 MB")


# ========================================================= shaka-packager
def absl_prefix(d, lvl="E"):
    return "%s%s %s.%06d %7d" % (lvl, d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond, R.randint(12, 4000))


@group("shaka_key_http", "shaka-packager", 3,
       "Packaging Error 7 (HTTP_FAILURE) fetching content key from the KMS", nm="shaka_key")
def _(i, v):
    d = when()
    return "%s packager_main.cc:591] Packaging Error: 7 (HTTP_FAILURE): Failed to fetch content key for content_id=%s from https://kms.drm.streamco.net/v2/widevine/getcontentkey: HTTP 503" % (absl_prefix(d), hx(32))


@group("shaka_key_timeout", "shaka-packager", 2,
       "Packaging Error 16 (TIME_OUT) fetching content key from the KMS", nm="shaka_key")
def _(i, v):
    d = when()
    return "%s packager_main.cc:591] Packaging Error: 16 (TIME_OUT): Failed to fetch content key for content_id=%s from https://kms.drm.streamco.net/v2/widevine/getcontentkey: Timeout was reached" % (absl_prefix(d), hx(32))


CHANNELS = ["newsnow", "kidszone", "arenasport", "comedyhub", "cinemaclassics"]


@group("shaka_segment_write", "shaka-packager", 4,
       "Packaging Error 5 (FILE_FAILURE): cannot open live segment for write (channel slug varies)", df=CHANNELS[:4])
def _(i, v):
    d = when()
    rend = R.choice(["video_1080p", "video_720p", "video_480p"])
    return "%s packager_main.cc:591] Packaging Error: 5 (FILE_FAILURE): Cannot open file for write /srv/live/%s/%s/segment_%d.m4s" % (absl_prefix(d), v, rend, R.randint(100000, 999999))


# ============================================================ rtmp-ingest
def ngx_err(d, msg, ctx):
    w = R.randint(20, 40)
    return "%s [error] %d#%d: *%d %s, %s" % (ts_ngx(d), w, w, R.randint(1000, 9999999), msg, ctx)


def rtmp_ctx():
    return "client: %s, server: 0.0.0.0:1935" % ippub()


@group("rtmp_already_publishing", "rtmp-ingest", 3,
       "nginx-rtmp: encoder re-publishes a stream that is still publishing (live: already publishing)")
def _(i, v):
    return ngx_err(when(), "live: already publishing", rtmp_ctx())


@group("rtmp_hls_enospc", "rtmp-ingest", 3,
       "nginx-rtmp hls: error creating fragment file (28: No space left on device)", nm="rtmp_hls")
def _(i, v):
    return ngx_err(when(), "hls: error creating fragment file (28: No space left on device)", rtmp_ctx())


@group("rtmp_hls_eacces", "rtmp-ingest", 2,
       "nginx-rtmp hls: error creating fragment file (13: Permission denied)", nm="rtmp_hls")
def _(i, v):
    return ngx_err(when(), "hls: error creating fragment file (13: Permission denied)", rtmp_ctx())


# =========================================================== varnish-edge
def varnish_bereq(url, host, middle, backend_ok=True, status=503, reason="Backend fetch failed"):
    d = when()
    t0 = epoch(d)
    vxid = R.randint(10000000, 99999999)
    dt1 = R.uniform(0.0002, 0.002)
    dt2 = dt1 + R.uniform(0.0001, 20.0)
    out = [
        "*   << BeReq    >> %d" % vxid,
        "-   Begin          bereq %d fetch" % (vxid - 1),
        "-   VCL_use        boot",
        "-   Timestamp      Start: %.6f 0.000000 0.000000" % t0,
        "-   BereqMethod    GET",
        "-   BereqURL       %s" % url,
        "-   BereqProtocol  HTTP/1.1",
        "-   BereqHeader    Host: %s" % host,
        "-   BereqHeader    X-Forwarded-For: %s" % ippub(),
        "-   BereqHeader    X-Varnish: %d" % vxid,
        "-   VCL_call       BACKEND_FETCH",
        "-   VCL_return     fetch",
    ]
    out += middle(t0, dt1, dt2)
    out += [
        "-   Timestamp      Beresp: %.6f %.6f %.6f" % (t0 + dt2, dt2, dt2 - dt1),
        "-   Timestamp      Error: %.6f %.6f %.6f" % (t0 + dt2 + 0.00002, dt2 + 0.00002, 0.00002),
        "-   BerespProtocol HTTP/1.1",
        "-   BerespStatus   %d" % status,
        "-   BerespReason   %s" % reason,
        "-   BerespHeader   Date: %s" % (d.strftime("%a, %d %b %Y %H:%M:%S GMT")),
        "-   BerespHeader   Server: Varnish",
        "-   VCL_call       BACKEND_ERROR",
        "-   BerespHeader   Retry-After: 5",
        "-   VCL_return     deliver",
        "-   Storage        malloc Transient",
        "-   Length         %d" % R.choice([278, 282, 285]),
        "-   BereqAcct      0 0 0 0 0 0",
        "-   End",
    ]
    return J(*out)


def vod_url():
    return "/vod/%s/hls/%s/seg_%05d.ts" % (hx(12), R.choice(["1080p", "720p", "540p"]), R.randint(1, 900))


@group("varnish_first_read_eof", "varnish-edge", 3,
       "Varnish fetch from origin_shield fails: FetchError http first read error: EOF", nm="varnish_fetch")
def _(i, v):
    def mid(t0, dt1, dt2):
        fd = R.randint(20, 400)
        return ["-   BackendOpen    %d origin_shield 10.20.1.15 8080 %s %d connect" % (fd, ip10(), R.randint(32768, 60999)),
                "-   Timestamp      Bereq: %.6f %.6f %.6f" % (t0 + dt1, dt1, dt1),
                "-   FetchError     http first read error: EOF",
                "-   BackendClose   %d origin_shield close" % fd]
    return varnish_bereq(vod_url(), "vod.streamco.tv", mid)


@group("varnish_conn_refused", "varnish-edge", 3,
       "Varnish fetch from origin_shield fails: backend origin_shield: fail errno 111 (Connection refused)", nm="varnish_fetch")
def _(i, v):
    def mid(t0, dt1, dt2):
        return ["-   FetchError     backend origin_shield: fail errno 111 (Connection refused)",
                "-   FetchError     no backend connection"]
    return varnish_bereq(vod_url(), "vod.streamco.tv", mid)


@group("varnish_conn_timeout", "varnish-edge", 2,
       "Varnish fetch from origin_shield fails: backend origin_shield: fail errno 110 (Connection timed out)", nm="varnish_fetch")
def _(i, v):
    def mid(t0, dt1, dt2):
        return ["-   FetchError     backend origin_shield: fail errno 110 (Connection timed out)",
                "-   FetchError     no backend connection"]
    return varnish_bereq(vod_url(), "vod.streamco.tv", mid)


@group("varnish_live_no_backend", "varnish-edge", 4,
       "Varnish: live_packagers director has no healthy backend (FetchError No backend); channel host varies",
       df=CHANNELS[1:5])
def _(i, v):
    def mid(t0, dt1, dt2):
        return ["-   FetchError     No backend"]
    url = "/live/%s/%s/index.m3u8" % (v, R.choice(["video_1080p", "video_720p", "video_480p"]))
    return varnish_bereq(url, "%s.live.streamco.tv" % v, mid)


# ============================================================ fastly-logs
POPS = ["LHR", "FRA", "AMS", "CDG", "MAD"]


def fastly_line(pop, response, backend, ttfb_ms):
    d = when()
    node = "cache-%s%d" % (pop.lower(), R.randint(1000, 8999))
    rec = {
        "ts": d.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "service_id": "7Xq2kLr9VbN4sT0pWc1eYd",
        "pop": pop,
        "node": "%s-%s" % (node, pop),
        "client_ip": ippub(),
        "method": "GET",
        "url": vod_url(),
        "status": 503,
        "response": response,
        "backend": backend,
        "ttfb_ms": ttfb_ms,
        "req_id": hx(32),
    }
    return "<134>%s %s streamco-vod-logs[%d]: %s" % (d.strftime("%Y-%m-%dT%H:%M:%SZ"), node, R.randint(100000, 999999),
                                                    json.dumps(rec, separators=(",", ":")))


@group("fastly_first_byte_timeout", "fastly-logs", 4,
       "Fastly 503 first byte timeout from F_origin_shield; POP varies", nm="fastly_503", df=POPS[:4])
def _(i, v):
    return fastly_line(v, "first byte timeout", "F_origin_shield", R.randint(15000, 15090))


@group("fastly_backend_read_error", "fastly-logs", 3,
       "Fastly 503 backend read error from F_origin_shield; POP varies", nm="fastly_503", df=POPS[1:4])
def _(i, v):
    return fastly_line(v, "backend read error", "F_origin_shield", R.randint(40, 3000))


@group("fastly_conn_refused", "fastly-logs", 3,
       "Fastly 503 Connection refused by F_origin_shield; POP varies", nm="fastly_503", df=[POPS[0], POPS[3], POPS[4]])
def _(i, v):
    return fastly_line(v, "Connection refused", "F_origin_shield", R.randint(1, 30))


# ======================================================== cloudfront-logs
EDGES = ["FRA56-P5", "FRA60-P2", "LHR61-P1", "LHR50-C1", "AMS58-P3", "CDG52-P2", "MAD53-P1", "DUB56-P2"]
UAS = ["Mozilla/5.0%20(SMART-TV;%20Linux;%20Tizen%206.0)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20SamsungBrowser/4.0%20Chrome/76.0.3809.146%20TV%20Safari/537.36",
       "Roku/DVP-12.5%20(12.5.0.4178-C7)",
       "AppleCoreMedia/1.0.0.21G93%20(iPhone;%20U;%20CPU%20OS%2017_6_1%20like%20Mac%20OS%20X;%20en_gb)",
       "ExoPlayerLib/2.19.1",
       "Mozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/131.0.0.0%20Safari/537.36"]


def cf_line(status, detailed):
    d = when()
    asset = hx(12)
    uri = "/vod/%s/dash/%s/seg-%d.m4s" % (asset, R.choice(["video_1080p", "video_720p", "video_480p"]), R.randint(1, 900))
    tt = "%.3f" % (R.uniform(0.001, 0.05) if status == 502 else R.uniform(30.0, 30.2))
    sz = R.choice([507, 509, 512]) if status == 502 else R.choice([544, 547])
    fields = [d.strftime("%Y-%m-%d"), d.strftime("%H:%M:%S"), R.choice(EDGES), str(sz), ippub(), "GET",
              "d2x8n5kz1qkq0a.cloudfront.net", uri, str(status), "-", R.choice(UAS), "-", "-", "Error",
              b64(54) + "==", "vod.streamco.tv", "https", str(R.randint(180, 420)), tt, "-", "TLSv1.3",
              "TLS_AES_128_GCM_SHA256", "Error", "HTTP/2.0", "-", "-", str(R.randint(1024, 65535)), tt, detailed,
              "text/html", str(sz), "-", "-"]
    return "\t".join(fields)


@group("cf_origin_connect", "cloudfront-logs", 3,
       "CloudFront 502 OriginConnectError to the VOD origin", nm="cf_origin")
def _(i, v):
    return cf_line(502, "OriginConnectError")


@group("cf_origin_dns", "cloudfront-logs", 2,
       "CloudFront 502 OriginDnsError resolving the VOD origin", nm="cf_origin")
def _(i, v):
    return cf_line(502, "OriginDnsError")


@group("cf_origin_comm", "cloudfront-logs", 3,
       "CloudFront 504 OriginCommError (origin read timeout)", nm="cf_origin")
def _(i, v):
    return cf_line(504, "OriginCommError")


# =========================================================== nginx-origin
def origin_req():
    asset = hx(12)
    path = "/vod/%s/hls/%s/index.m3u8" % (asset, R.choice(["1080p", "720p", "540p"]))
    return path


def origin_ctx(path, up):
    return ('client: %s, server: origin.streamco.tv, request: "GET %s HTTP/1.1", upstream: "%s%s", host: "origin.streamco.tv"'
            % (ip10(), path, up, path))


@group("ngx_upstream_timeout", "nginx-origin", 3,
       "nginx: upstream timed out (110) reading response header from the packager", nm="ngx_upstream")
def _(i, v):
    p = origin_req()
    return ngx_err(when(), "upstream timed out (110: Connection timed out) while reading response header from upstream",
                   origin_ctx(p, "http://%s:8080" % ip10()))


@group("ngx_upstream_refused", "nginx-origin", 3,
       "nginx: connect() failed (111: Connection refused) while connecting to the packager", nm="ngx_upstream")
def _(i, v):
    p = origin_req()
    return ngx_err(when(), "connect() failed (111: Connection refused) while connecting to upstream",
                   origin_ctx(p, "http://%s:8080" % ip10()))


@group("ngx_upstream_premature", "nginx-origin", 2,
       "nginx: upstream prematurely closed connection while reading response header from the packager", nm="ngx_upstream")
def _(i, v):
    p = origin_req()
    return ngx_err(when(), "upstream prematurely closed connection while reading response header from upstream",
                   origin_ctx(p, "http://%s:8080" % ip10()))


@group("ngx_no_live_upstreams", "nginx-origin", 5,
       "nginx: no live upstreams in live_packagers for a channel host; channel slug varies", df=CHANNELS)
def _(i, v):
    path = "/live/%s/%s/index.m3u8" % (v, R.choice(["video_1080p", "video_720p", "video_480p"]))
    return ngx_err(when(), "no live upstreams while connecting to upstream",
                   'client: %s, server: live.streamco.tv, request: "GET %s HTTP/1.1", upstream: "http://live_packagers%s", host: "%s.live.streamco.tv"'
                   % (ip10(), path, path, v))


# ============================================================== ad-server
# Go, uber-go/zap production JSON encoder.
def zap(d, caller, msg, fields, stack):
    rec = {"level": "error", "ts": round(epoch(d), 7), "caller": caller, "msg": msg}
    rec.update(fields)
    rec["stacktrace"] = stack
    return json.dumps(rec, separators=(",", ":"))


BIDDERS = ["rubicon", "pubmatic", "openx", "triplelift", "sovrn"]


@group("ads_bidder_timeout", "ad-server", 5,
       "prebid-style auction: bidder call hits context deadline; bidder name varies", df=BIDDERS)
def _(i, v):
    d = when()
    return zap(d, "auction/exchange.go:318", "bidder request failed",
               {"request_id": uuid(), "bidder": v, "tmax_ms": 180, "error": "context deadline exceeded"},
               "github.com/streamco/adserver/internal/auction.(*Exchange).callBidder\n\t/src/internal/auction/exchange.go:318\n"
               "github.com/streamco/adserver/internal/auction.(*Exchange).HoldAuction.func2\n\t/src/internal/auction/exchange.go:201")


def ads_redis(caller, stack):
    d = when()
    return zap(d, caller, "redis command failed",
               {"request_id": uuid(), "line_item_id": R.randint(100000, 999999), "error": "redis: connection pool timeout"},
               stack)


@group("ads_redis_budget", "ad-server", 3,
       "redis pool timeout thrown from pacing budget update (pacing/budget.go:77)", nm="ads_redis_frame")
def _(i, v):
    return ads_redis("pacing/budget.go:77",
                     "github.com/streamco/adserver/internal/pacing.(*BudgetStore).Spend\n\t/src/internal/pacing/budget.go:77\n"
                     "github.com/streamco/adserver/internal/auction.(*Exchange).settle\n\t/src/internal/auction/exchange.go:402")


@group("ads_redis_freqcap", "ad-server", 3,
       "redis pool timeout thrown from frequency-cap lookup (capping/frequency.go:54)", nm="ads_redis_frame")
def _(i, v):
    return ads_redis("capping/frequency.go:54",
                     "github.com/streamco/adserver/internal/capping.(*FrequencyCapper).Allowed\n\t/src/internal/capping/frequency.go:54\n"
                     "github.com/streamco/adserver/internal/auction.(*Exchange).filterLineItems\n\t/src/internal/auction/exchange.go:151")


def go_http_panic(frames):
    d = when()
    p = goptr()
    q = goptr()
    lines = [
        "%s http: panic serving %s:%d: runtime error: invalid memory address or nil pointer dereference" % (ts_ngx(d), ip10(), R.randint(32768, 60999)),
        "goroutine %d [running]:" % R.randint(1000, 9999999),
        "net/http.(*conn).serve.func1()",
        "\t/usr/local/go/src/net/http/server.go:1947 +0xbe",
        "panic({0x1a2be40?, 0x2f8d2b0?})",
        "\t/usr/local/go/src/runtime/panic.go:785 +0x132",
    ]
    for fn, loc in frames:
        lines.append(fn.replace("P1", p).replace("P2", q))
        lines.append("\t" + loc)
    lines += [
        "github.com/streamco/adserver/internal/auction.(*Exchange).filterLineItems(%s, %s)" % (goptr(), q),
        "\t/src/internal/auction/exchange.go:144 +0x1d4",
        "github.com/streamco/adserver/internal/auction.(*Exchange).HoldAuction(%s, {0x1f3c7a8, %s}, %s)" % (goptr(), goptr(), q),
        "\t/src/internal/auction/exchange.go:188 +0x2a5",
        "github.com/streamco/adserver/internal/api.(*Handler).ServeVAST(%s, {0x1f39b50, %s}, %s)" % (goptr(), goptr(), goptr()),
        "\t/src/internal/api/vast.go:63 +0x3b1",
        "net/http.HandlerFunc.ServeHTTP(0x0?, {0x1f39b50?, %s?}, 0x0?)" % goptr(),
        "\t/usr/local/go/src/net/http/server.go:2220 +0x29",
        "net/http.(*conn).serve(%s, {0x1f3c7a8, %s})" % (goptr(), goptr()),
        "\t/usr/local/go/src/net/http/server.go:2099 +0x5cb",
        "created by net/http.(*Server).Serve in goroutine 1",
        "\t/usr/local/go/src/net/http/server.go:3360 +0x485",
    ]
    return J(*lines)


@group("ads_panic_geo", "ad-server", 2,
       "nil pointer dereference in targeting.(*Matcher).matchGeo (request without device.geo)", nm="ads_panic")
def _(i, v):
    return go_http_panic([
        ("github.com/streamco/adserver/internal/targeting.(*Matcher).matchGeo(P1, P2)", "/src/internal/targeting/geo.go:88 +0x3c"),
        ("github.com/streamco/adserver/internal/targeting.(*Matcher).Eligible(P1, P2)", "/src/internal/targeting/matcher.go:52 +0x7e"),
    ])


@group("ads_panic_device", "ad-server", 2,
       "nil pointer dereference in targeting.(*Matcher).matchDevice (request without device.ua)", nm="ads_panic")
def _(i, v):
    return go_http_panic([
        ("github.com/streamco/adserver/internal/targeting.(*Matcher).matchDevice(P1, P2)", "/src/internal/targeting/device.go:41 +0x25"),
        ("github.com/streamco/adserver/internal/targeting.(*Matcher).Eligible(P1, P2)", "/src/internal/targeting/matcher.go:58 +0xd2"),
    ])


# ============================================================= rtb-bidder
# Go, sirupsen/logrus text formatter.
def rtb_nbr(code, desc):
    d = when()
    return ('time="%s" level=error msg="dsp returned no-bid" auction_id=%s dsp=dv360 imp_count=%d latency_ms=%d nbr=%d nbr_desc="%s" publisher=streamco-ctv'
            % (d.strftime("%Y-%m-%dT%H:%M:%SZ"), uuid(), R.randint(1, 6), R.randint(8, 160), code, desc))


@group("rtb_nbr_invalid_request", "rtb-bidder", 3,
       "DSP answers no-bid nbr=2 Invalid Request (our OpenRTB request is malformed)", nm="rtb_nbr")
def _(i, v):
    return rtb_nbr(2, "Invalid Request")


@group("rtb_nbr_unmatched_user", "rtb-bidder", 3,
       "DSP answers no-bid nbr=8 Unmatched User (user sync broken)", nm="rtb_nbr")
def _(i, v):
    return rtb_nbr(8, "Unmatched User")


@group("rtb_nbr_technical", "rtb-bidder", 2,
       "DSP answers no-bid nbr=1 Technical Error", nm="rtb_nbr")
def _(i, v):
    return rtb_nbr(1, "Technical Error")


@group("rtb_index_oor", "rtb-bidder", 3,
       "process panic: index out of range in openrtb.(*Adapter).buildImp (pod index beyond ad-pod slots)")
def _(i, v):
    n = R.randint(2, 8)
    a = goptr()
    return J(
        "panic: runtime error: index out of range [%d] with length %d" % (n, n),
        "",
        "goroutine %d [running]:" % R.randint(100, 999999),
        "github.com/streamco/rtb-bidder/internal/openrtb.(*Adapter).buildImp(...)",
        "\t/src/internal/openrtb/adapter.go:217",
        "github.com/streamco/rtb-bidder/internal/openrtb.(*Adapter).BuildRequest(%s, %s)" % (a, goptr()),
        "\t/src/internal/openrtb/adapter.go:96 +0x4a5",
        "github.com/streamco/rtb-bidder/internal/fanout.(*Fanout).send(%s, {0x12e5c48, %s}, {0xc0001b2a40, 0x6})" % (goptr(), goptr()),
        "\t/src/internal/fanout/fanout.go:133 +0x8b",
        "github.com/streamco/rtb-bidder/internal/fanout.(*Fanout).Run.func1()",
        "\t/src/internal/fanout/fanout.go:88 +0x65",
        "created by github.com/streamco/rtb-bidder/internal/fanout.(*Fanout).Run in goroutine %d" % R.randint(100, 99999),
        "\t/src/internal/fanout/fanout.go:86 +0x1c5")


# ============================================================= ad-streams
# Kafka Streams 3.6 app, logback "%d %-5level [%thread] %logger - %msg".
def ks_head(d):
    tid = "ad-enricher-%s-StreamThread-%d" % (uuid(), R.randint(1, 4))
    return ("%s ERROR [%s] o.a.k.s.p.internals.StreamThread - stream-thread [%s] Encountered the following exception during processing "
            "and the thread is going to shut down: " % (ts_dot(d), tid, tid))


SEND_TAIL = [
    "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.recordSendError(RecordCollectorImpl.java:297)",
    "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.lambda$send$1(RecordCollectorImpl.java:284)",
    "\tat org.apache.kafka.clients.producer.KafkaProducer$AppendCallbacks.onCompletion(KafkaProducer.java:1560)",
]


@group("ks_record_too_large", "ad-streams", 3,
       "StreamsException sending to ad-impressions-enriched, caused by RecordTooLargeException", nm="ks_send")
def _(i, v):
    d = when()
    task = "0_%d" % R.randint(0, 11)
    sz = R.randint(1048600, 1900000)
    cause = ("org.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger "
             "than 1048576, which is the value of the max.request.size configuration." % sz)
    return J(
        ks_head(d),
        "org.apache.kafka.streams.errors.StreamsException: Error encountered sending record to topic ad-impressions-enriched for task %s due to:" % task,
        cause,
        "Exception handler choose to FAIL the processing, no more records would be sent.",
        *SEND_TAIL,
        "\tat org.apache.kafka.clients.producer.KafkaProducer.doSend(KafkaProducer.java:1066)",
        "\tat org.apache.kafka.clients.producer.KafkaProducer.send(KafkaProducer.java:962)",
        "\tat org.apache.kafka.streams.processor.internals.StreamsProducer.send(StreamsProducer.java:257)",
        "\tat org.apache.kafka.streams.processor.internals.RecordCollectorImpl.send(RecordCollectorImpl.java:253)",
        "\tat org.apache.kafka.streams.processor.internals.SinkNode.process(SinkNode.java:88)",
        "\tat org.apache.kafka.streams.processor.internals.ProcessorNode.process(ProcessorNode.java:152)",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.doProcess(StreamTask.java:810)",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.process(StreamTask.java:741)",
        "\tat org.apache.kafka.streams.processor.internals.TaskExecutor.processTask(TaskExecutor.java:97)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnce(StreamThread.java:831)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:617)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:579)",
        "Caused by: " + cause)


@group("ks_send_timeout", "ad-streams", 3,
       "StreamsException sending to ad-impressions-enriched, caused by producer TimeoutException (batch expiry)", nm="ks_send")
def _(i, v):
    d = when()
    p = R.randint(0, 11)
    task = "0_%d" % p
    cause = ("org.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for ad-impressions-enriched-%d:%d ms has passed "
             "since batch creation" % (R.randint(2, 400), p, R.randint(120001, 120090)))
    return J(
        ks_head(d),
        "org.apache.kafka.streams.errors.StreamsException: Error encountered sending record to topic ad-impressions-enriched for task %s due to:" % task,
        cause,
        "The broker is either slow or in bad state (like not having enough replicas) in responding the request, or the connection "
        "to broker was interrupted sending the request or receiving the response. ",
        "Consider overwriting `max.block.ms` and /or `delivery.timeout.ms` to a larger value to wait longer for such scenarios and "
        "avoid timeout errors",
        *SEND_TAIL,
        "\tat org.apache.kafka.clients.producer.internals.ProducerBatch.completeFutureAndFireCallbacks(ProducerBatch.java:312)",
        "\tat org.apache.kafka.clients.producer.internals.ProducerBatch.done(ProducerBatch.java:273)",
        "\tat org.apache.kafka.clients.producer.internals.Sender.failBatch(Sender.java:831)",
        "\tat org.apache.kafka.clients.producer.internals.Sender.sendProducerData(Sender.java:437)",
        "\tat org.apache.kafka.clients.producer.internals.Sender.runOnce(Sender.java:343)",
        "\tat org.apache.kafka.clients.producer.internals.Sender.run(Sender.java:260)",
        "\tat java.base/java.lang.Thread.run(Thread.java:840)",
        "Caused by: " + cause)


@group("ks_unknown_magic_byte", "ad-streams", 2,
       "StreamsException from deserialization handler, caused by SerializationException: Unknown magic byte! (non-Avro record)")
def _(i, v):
    d = when()
    return J(
        ks_head(d),
        "org.apache.kafka.streams.errors.StreamsException: Deserialization exception handler is set to fail upon a deserialization "
        "error. If you would rather have the streaming pipeline continue after a deserialization error, please set the "
        "default.deserialization.exception.handler appropriately.",
        "\tat org.apache.kafka.streams.processor.internals.RecordDeserializer.deserialize(RecordDeserializer.java:82)",
        "\tat org.apache.kafka.streams.processor.internals.RecordQueue.updateHead(RecordQueue.java:176)",
        "\tat org.apache.kafka.streams.processor.internals.RecordQueue.addRawRecords(RecordQueue.java:112)",
        "\tat org.apache.kafka.streams.processor.internals.PartitionGroup.addRawRecords(PartitionGroup.java:304)",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.addRecords(StreamTask.java:968)",
        "\tat org.apache.kafka.streams.processor.internals.TaskManager.addRecordsToTasks(TaskManager.java:1068)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.pollPhase(StreamThread.java:962)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnce(StreamThread.java:766)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:617)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:579)",
        "Caused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!",
        "\tat io.confluent.kafka.serializers.AbstractKafkaSchemaSerDe.getByteBuffer(AbstractKafkaSchemaSerDe.java:600)",
        "\tat io.confluent.kafka.serializers.AbstractKafkaAvroDeserializer$DeserializationContext.<init>(AbstractKafkaAvroDeserializer.java:331)",
        "\tat io.confluent.kafka.serializers.AbstractKafkaAvroDeserializer.deserialize(AbstractKafkaAvroDeserializer.java:117)",
        "\tat io.confluent.kafka.streams.serdes.avro.SpecificAvroDeserializer.deserialize(SpecificAvroDeserializer.java:65)",
        "\tat org.apache.kafka.common.serialization.Deserializer.deserialize(Deserializer.java:62)",
        "\tat org.apache.kafka.streams.processor.internals.SourceNode.deserializeValue(SourceNode.java:58)",
        "\tat org.apache.kafka.streams.processor.internals.RecordDeserializer.deserialize(RecordDeserializer.java:66)",
        "\t... 9 more")


NPE = 'java.lang.NullPointerException: Cannot invoke "com.streamco.ads.model.Campaign.getAdvertiserId()" because "campaign" is null'


def ks_npe(frames):
    d = when()
    part = R.randint(0, 11)
    inner = [
        "\tat org.apache.kafka.streams.processor.internals.ProcessorNode.process(ProcessorNode.java:152)",
        "\tat org.apache.kafka.streams.processor.internals.ProcessorContextImpl.forwardInternal(ProcessorContextImpl.java:291)",
        "\tat org.apache.kafka.streams.processor.internals.ProcessorContextImpl.forward(ProcessorContextImpl.java:270)",
        "\tat org.apache.kafka.streams.processor.internals.SourceNode.process(SourceNode.java:84)",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.lambda$doProcess$1(StreamTask.java:810)",
        "\tat org.apache.kafka.streams.processor.internals.metrics.StreamsMetricsImpl.maybeMeasureLatency(StreamsMetricsImpl.java:872)",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.doProcess(StreamTask.java:810)",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.process(StreamTask.java:741)",
    ]
    return J(
        ks_head(d),
        "org.apache.kafka.streams.errors.StreamsException: Exception caught in process. taskId=1_%d, processor=KSTREAM-SOURCE-0000000003, "
        "topic=ad-clicks, partition=%d, offset=%d, stacktrace=%s" % (part, part, R.randint(1000000, 99999999), NPE),
        *frames, *inner,
        "\tat org.apache.kafka.streams.processor.internals.TaskExecutor.processTask(TaskExecutor.java:97)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnce(StreamThread.java:831)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:617)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:579)",
        "",
        "\tat org.apache.kafka.streams.processor.internals.StreamTask.process(StreamTask.java:758)",
        "\tat org.apache.kafka.streams.processor.internals.TaskExecutor.processTask(TaskExecutor.java:97)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runOnce(StreamThread.java:831)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.runLoop(StreamThread.java:617)",
        "\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:579)",
        "Caused by: " + NPE,
        *frames,
        "\t... 12 more")


@group("ks_npe_joiner", "ad-streams", 3,
       "NPE (campaign is null) thrown in ClickImpressionJoiner.apply", nm="ks_npe")
def _(i, v):
    return ks_npe([
        "\tat com.streamco.ads.streams.ClickImpressionJoiner.apply(ClickImpressionJoiner.java:38)",
        "\tat com.streamco.ads.streams.ClickImpressionJoiner.apply(ClickImpressionJoiner.java:14)",
        "\tat org.apache.kafka.streams.kstream.internals.KStreamKStreamJoin$KStreamKStreamJoinProcessor.process(KStreamKStreamJoin.java:187)",
    ])


@group("ks_npe_enricher", "ad-streams", 2,
       "NPE (campaign is null) thrown in CampaignEnricher.transform", nm="ks_npe")
def _(i, v):
    return ks_npe([
        "\tat com.streamco.ads.streams.CampaignEnricher.transform(CampaignEnricher.java:61)",
        "\tat com.streamco.ads.streams.CampaignEnricher.transform(CampaignEnricher.java:19)",
        "\tat org.apache.kafka.streams.kstream.internals.KStreamTransformValues$KStreamTransformValuesProcessor.process(KStreamTransformValues.java:64)",
    ])


# ====================================================== clickhouse-loader
# Spring Boot 3 / logback default console pattern, clickhouse-jdbc 0.6.
CH_VER = "(version 23.8.9.54 (official build))"


def spring(d, thread, logger, msg):
    return "%s ERROR 1 --- [%s] %-40s : %s" % (d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000),
                                                thread.rjust(15), logger, msg)


def ch_batch_fail(table, chmsg):
    d = when()
    node = "http://ch-ads-%d.clickhouse.svc.cluster.local:8123/ads" % R.randint(1, 4)
    h = R.randint(-2147483648, 2147483647)
    full = "%s %s\n, server ClickHouseNode [uri=%s]@%d" % (chmsg, CH_VER, node, h)
    return J(
        spring(d, "ch-writer-%d" % R.randint(1, 8), "c.s.ads.loader.ClickHouseBatchWriter",
               "Batch insert failed table=%s rows=%d batch=%s" % (table, R.choice([25000, 50000]), uuid())),
        "java.sql.BatchUpdateException: " + full,
        "\tat com.clickhouse.jdbc.SqlExceptionUtils.batchUpdateError(SqlExceptionUtils.java:107)",
        "\tat com.clickhouse.jdbc.internal.InputBasedPreparedStatement.executeAny(InputBasedPreparedStatement.java:154)",
        "\tat com.clickhouse.jdbc.internal.AbstractPreparedStatement.executeLargeBatch(AbstractPreparedStatement.java:85)",
        "\tat com.clickhouse.jdbc.internal.ClickHouseStatementImpl.executeBatch(ClickHouseStatementImpl.java:754)",
        "\tat com.zaxxer.hikari.pool.ProxyStatement.executeBatch(ProxyStatement.java:127)",
        "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeBatch(HikariProxyPreparedStatement.java)",
        "\tat com.streamco.ads.loader.ClickHouseBatchWriter.flush(ClickHouseBatchWriter.java:112)",
        "\tat com.streamco.ads.loader.ClickHouseBatchWriter.lambda$start$0(ClickHouseBatchWriter.java:71)",
        "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)",
        "\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)",
        "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
        "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
        "Caused by: com.clickhouse.client.ClickHouseException: " + full,
        "\tat com.clickhouse.client.ClickHouseException.of(ClickHouseException.java:168)",
        "\tat com.clickhouse.client.AbstractClient.lambda$execute$0(AbstractClient.java:275)",
        "\tat java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)",
        "\t... 3 common frames omitted",
        "Caused by: java.io.IOException: %s %s" % (chmsg, CH_VER),
        "\tat com.clickhouse.client.http.HttpUrlConnectionImpl.checkResponse(HttpUrlConnectionImpl.java:184)",
        "\tat com.clickhouse.client.http.HttpUrlConnectionImpl.post(HttpUrlConnectionImpl.java:227)",
        "\tat com.clickhouse.client.http.ClickHouseHttpClient.send(ClickHouseHttpClient.java:124)",
        "\tat com.clickhouse.client.AbstractClient.sendAsync(AbstractClient.java:161)",
        "\tat com.clickhouse.client.AbstractClient.lambda$execute$0(AbstractClient.java:273)",
        "\t... 4 common frames omitted")


def too_many_parts(table, tuuid):
    return ("Code: 252. DB::Exception: Too many parts (%d with average size of %.2f MiB) in table '%s (%s)'. Merges are processing "
            "significantly slower than inserts. (TOO_MANY_PARTS)" % (R.randint(3001, 3400), R.uniform(0.6, 2.4), table, tuuid))


@group("ch_parts_impressions", "clickhouse-loader", 3,
       "ClickHouse Code 252 TOO_MANY_PARTS inserting into ads.impressions_local", nm="ch_parts")
def _(i, v):
    return ch_batch_fail("ads.impressions_local", too_many_parts("ads.impressions_local", "0b4d1c8a-6f3e-4b71-9a52-7d2e1c0f9a34"))


@group("ch_parts_clicks", "clickhouse-loader", 3,
       "ClickHouse Code 252 TOO_MANY_PARTS inserting into ads.clicks_local", nm="ch_parts")
def _(i, v):
    return ch_batch_fail("ads.clicks_local", too_many_parts("ads.clicks_local", "9e71f0c2-3a4d-4c8e-8b1f-25a6d7e3c410"))


@group("ch_incorrect_data", "clickhouse-loader", 1,
       "ClickHouse Code 117 INCORRECT_DATA: unknown field campaign_ref in JSONEachRow insert into ads.impressions_local")
def _(i, v):
    return ch_batch_fail("ads.impressions_local",
                         "Code: 117. DB::Exception: Unknown field found while parsing JSONEachRow format: campaign_ref: (at row %d)\n"
                         ": While executing ParallelParsingBlockInputFormat. (INCORRECT_DATA)" % R.randint(1, 50000))


# ======================================================= ad-reporting-api
# Go, zap, clickhouse-go v2 (Exception.Error() = "code: N, message: ...").
def rep(err):
    d = when()
    return zap(d, "report/query.go:88", "report query failed",
               {"request_id": uuid(), "report": "campaign_delivery", "advertiser_id": R.randint(1000, 99999),
                "range_days": R.choice([7, 30, 90]), "error": err},
               "github.com/streamco/ad-reporting/internal/report.(*Runner).Run\n\t/src/internal/report/query.go:88\n"
               "github.com/streamco/ad-reporting/internal/api.(*Server).handleReport\n\t/src/internal/api/report.go:47")


@group("rep_memory_limit", "ad-reporting-api", 3,
       "campaign_delivery report query: ClickHouse code 241 MEMORY_LIMIT_EXCEEDED", nm="rep_query")
def _(i, v):
    gb = R.uniform(9.32, 9.9)
    return rep("code: 241, message: Memory limit (for query) exceeded: would use %.2f GiB (attempt to allocate chunk of %d bytes), "
               "maximum: 9.31 GiB.: While executing AggregatingTransform" % (gb, R.choice([4194304, 8388608, 134217728])))


@group("rep_timeout", "ad-reporting-api", 3,
       "campaign_delivery report query: ClickHouse code 159 TIMEOUT_EXCEEDED", nm="rep_query")
def _(i, v):
    return rep("code: 159, message: Timeout exceeded: elapsed %.6f seconds, maximum: 60" % R.uniform(60.0, 60.01))


# ========================================================== reco-service
# Scala 2.13 / Akka 2.6, logback "%date{ISO8601} %level [%thread] %logger{36} %X{akkaSource} - %msg".
def reco_head(d, logger, src, msg):
    return "%s ERROR [reco-akka.actor.default-dispatcher-%d] %s %s - %s" % (ts_py(d), R.randint(3, 40), logger, src, msg)


ASK_TAIL = [
    "\tat akka.pattern.PromiseActorRef$.$anonfun$defaultOnTimeout$1(AskSupport.scala:695)",
    "\tat akka.pattern.PromiseActorRef$.$anonfun$apply$1(AskSupport.scala:716)",
    "\tat akka.actor.Scheduler$$anon$4.run(Scheduler.scala:202)",
    "\tat scala.concurrent.Future$InternalCallbackExecutor$.unbatchedExecute(Future.scala:875)",
    "\tat scala.concurrent.BatchingExecutor.execute(BatchingExecutor.scala:113)",
    "\tat scala.concurrent.BatchingExecutor.execute$(BatchingExecutor.scala:107)",
    "\tat scala.concurrent.Future$InternalCallbackExecutor$.execute(Future.scala:873)",
    "\tat akka.actor.LightArrayRevolverScheduler$TaskHolder.executeTask(LightArrayRevolverScheduler.scala:334)",
    "\tat akka.actor.LightArrayRevolverScheduler$$anon$3.executeBucket$1(LightArrayRevolverScheduler.scala:285)",
    "\tat akka.actor.LightArrayRevolverScheduler$$anon$3.nextTick(LightArrayRevolverScheduler.scala:289)",
    "\tat akka.actor.LightArrayRevolverScheduler$$anon$3.run(LightArrayRevolverScheduler.scala:241)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def reco_ask(actor, msgtype):
    d = when()
    uid_ = R.randint(-2147483648, 2147483647)
    return J(
        reco_head(d, "c.s.reco.api.RecoRoutes", "akka://reco/user/http-server",
                  "rows request failed profile=%s" % uuid()),
        "akka.pattern.AskTimeoutException: Ask timed out on [Actor[akka://reco/user/%s#%d]] after [250 ms]. Message of type [%s]. "
        "A typical reason for `AskTimeoutException` is that the recipient actor didn't send a reply." % (actor, uid_, msgtype),
        *ASK_TAIL)


@group("reco_ask_feature_store", "reco-service", 3,
       "AskTimeoutException asking the feature-store actor (GetUserFeatures)", nm="reco_ask")
def _(i, v):
    return reco_ask("feature-store", "com.streamco.reco.features.FeatureStore$GetUserFeatures")


@group("reco_ask_model_registry", "reco-service", 3,
       "AskTimeoutException asking the model-registry actor (GetActiveModel)", nm="reco_ask")
def _(i, v):
    return reco_ask("model-registry", "com.streamco.reco.models.ModelRegistry$GetActiveModel")


def reco_npe(frames):
    d = when()
    return J(
        reco_head(d, "a.a.OneForOneStrategy", "akka://reco/user/sessions/session-%s" % uuid(), "null"),
        "java.lang.NullPointerException: null",
        *frames,
        "\tat com.streamco.reco.session.SessionActor$$anonfun$receive$1.applyOrElse(SessionActor.scala:74)",
        "\tat akka.actor.Actor.aroundReceive(Actor.scala:537)",
        "\tat akka.actor.Actor.aroundReceive$(Actor.scala:535)",
        "\tat com.streamco.reco.session.SessionActor.aroundReceive(SessionActor.scala:31)",
        "\tat akka.actor.ActorCell.receiveMessage(ActorCell.scala:579)",
        "\tat akka.actor.ActorCell.invoke(ActorCell.scala:547)",
        "\tat akka.dispatch.Mailbox.processMailbox(Mailbox.scala:270)",
        "\tat akka.dispatch.Mailbox.run(Mailbox.scala:231)",
        "\tat akka.dispatch.Mailbox.exec(Mailbox.scala:243)",
        "\tat java.base/java.util.concurrent.ForkJoinTask.doExec(ForkJoinTask.java:373)",
        "\tat java.base/java.util.concurrent.ForkJoinPool$WorkQueue.topLevelExec(ForkJoinPool.java:1182)",
        "\tat java.base/java.util.concurrent.ForkJoinPool.scan(ForkJoinPool.java:1655)",
        "\tat java.base/java.util.concurrent.ForkJoinPool.runWorker(ForkJoinPool.java:1622)",
        "\tat java.base/java.util.concurrent.ForkJoinWorkerThread.run(ForkJoinWorkerThread.java:165)")


@group("reco_npe_ranker", "reco-service", 2,
       "session actor restarted by OneForOneStrategy: NPE thrown in Ranker.score", nm="reco_npe")
def _(i, v):
    return reco_npe(["\tat com.streamco.reco.ranking.Ranker.score(Ranker.scala:141)",
                     "\tat com.streamco.reco.session.SessionActor.rank(SessionActor.scala:118)"])


@group("reco_npe_candidates", "reco-service", 3,
       "session actor restarted by OneForOneStrategy: NPE thrown in CandidateGenerator.expand", nm="reco_npe")
def _(i, v):
    return reco_npe(["\tat com.streamco.reco.candidates.CandidateGenerator.expand(CandidateGenerator.scala:77)",
                     "\tat com.streamco.reco.session.SessionActor.rank(SessionActor.scala:112)"])


def reco_tcp(cause_cls, cause_msg, frames):
    d = when()
    return J(
        reco_head(d, "c.s.reco.catalog.CatalogClient", "akka://reco/user/catalog-client",
                  "catalog batch lookup failed (ids=%d, request=%s)" % (R.randint(5, 120), uuid())),
        "akka.stream.StreamTcpException: Tcp command [Connect(catalog-api.catalog.svc.cluster.local:8080,None,List(),Some(2 seconds),true)] "
        "failed because of %s: %s" % (cause_cls, cause_msg),
        "Caused by: %s: %s" % (cause_cls, cause_msg),
        *frames)


@group("reco_tcp_refused", "reco-service", 3,
       "Akka HTTP client to catalog-api: StreamTcpException caused by ConnectException Connection refused", nm="reco_tcp")
def _(i, v):
    return reco_tcp("java.net.ConnectException", "Connection refused", [
        "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
        "\tat java.base/sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:946)",
        "\tat akka.io.TcpOutgoingConnection$$anonfun$connecting$1.$anonfun$applyOrElse$4(TcpOutgoingConnection.scala:111)",
        "\tat akka.io.TcpOutgoingConnection.akka$io$TcpOutgoingConnection$$reportConnectFailure(TcpOutgoingConnection.scala:53)",
        "\tat akka.io.TcpOutgoingConnection$$anonfun$connecting$1.applyOrElse(TcpOutgoingConnection.scala:111)",
        "\tat akka.actor.Actor.aroundReceive(Actor.scala:537)",
        "\tat akka.actor.ActorCell.invoke(ActorCell.scala:547)",
        "\tat akka.dispatch.Mailbox.run(Mailbox.scala:231)",
        "\tat java.base/java.util.concurrent.ForkJoinTask.doExec(ForkJoinTask.java:373)"])


@group("reco_tcp_connect_timeout", "reco-service", 2,
       "Akka HTTP client to catalog-api: StreamTcpException caused by connect timeout expiry", nm="reco_tcp")
def _(i, v):
    return reco_tcp("akka.io.TcpOutgoingConnection$$anon$2", "Connect timeout of Some(2 seconds) expired", [])


USERS = ["mkowalski", "jdoe", "asharma", "lbrennan"]


@group("reco_taste_recovery", "reco-service", 4,
       "TasteProfile entity recovery fails: snapshot cannot be deserialized (Jackson MismatchedInputException); user name varies",
       df=USERS)
def _(i, v):
    d = when()
    shard = R.randint(0, 99)
    seq = R.randint(100, 99999)
    return J(
        reco_head(d, "a.p.t.internal.ReplayingSnapshot", "akka://reco/system/sharding/TasteProfile/%d/%s" % (shard, v),
                  "Exception during recovery from snapshot. PersistenceId [TasteProfile|%s]. Last known sequence number [%d]"
                  % (v, seq)),
        "akka.persistence.typed.internal.JournalFailureException: Exception during recovery from snapshot. PersistenceId [TasteProfile|%s]. "
        "Last known sequence number [%d]" % (v, seq),
        "\tat akka.persistence.typed.internal.ReplayingSnapshot.onRecoveryFailure(ReplayingSnapshot.scala:91)",
        "\tat akka.persistence.typed.internal.ReplayingSnapshot.onSnapshotterResponse(ReplayingSnapshot.scala:140)",
        "\tat akka.persistence.typed.internal.ReplayingSnapshot.$anonfun$createBehavior$1(ReplayingSnapshot.scala:70)",
        "\tat akka.actor.typed.internal.BehaviorImpl$ReceiveBehavior.receive(BehaviorImpl.scala:152)",
        "\tat akka.actor.typed.Behavior$.interpret(Behavior.scala:274)",
        "\tat akka.actor.typed.internal.adapter.ActorAdapter.aroundReceive(ActorAdapter.scala:136)",
        "\tat akka.actor.ActorCell.receiveMessage(ActorCell.scala:579)",
        "\tat akka.dispatch.Mailbox.run(Mailbox.scala:231)",
        "Caused by: com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type "
        "`scala.collection.immutable.Map<java.lang.String,java.lang.Object>` from Array value (token `JsonToken.START_ARRAY`)",
        " at [Source: (byte[])\"{\"genreWeights\":[[\"drama\",0.41],[\"crime\",0.22]],\"updatedAt\":%d}\"; line: 1, column: 17] "
        "(through reference chain: com.streamco.reco.taste.TasteSnapshot[\"genreWeights\"])" % epoch_ms(d),
        "\tat com.fasterxml.jackson.databind.exc.MismatchedInputException.from(MismatchedInputException.java:59)",
        "\tat com.fasterxml.jackson.databind.DeserializationContext.reportInputMismatch(DeserializationContext.java:1767)",
        "\tat akka.serialization.jackson.JacksonSerializer.fromBinary(JacksonSerializer.scala:436)",
        "\t... 14 common frames omitted")


# ========================================================== web-frontend
# Next.js 14 custom server with pino (pino-std-serializers err with causes).
def pino(d, msg, extra, err=None):
    rec = {"level": 50, "time": epoch_ms(d), "pid": R.randint(18, 60), "hostname": pod("web-frontend"),
           "reqId": "req-%s" % an(6, "0123456789abcdefghijklmnopqrstuvwxyz")}
    rec.update(extra)
    if err is not None:
        rec["err"] = err
    rec["msg"] = msg
    return json.dumps(rec, separators=(",", ":"))


NEXT_RT = "/app/node_modules/next/dist/compiled/next-server/app-page.runtime.prod.js"


def web_typeerror(prop, col):
    d = when()
    m = "Cannot read properties of undefined (reading '%s')" % prop
    stack = "\n".join([
        "TypeError: " + m,
        "    at EpisodeCard (/app/.next/server/chunks/7241.js:1:%d)" % col,
        "    at nj (%s:12:46443)" % NEXT_RT,
        "    at nM (%s:12:47903)" % NEXT_RT,
        "    at nN (%s:12:64546)" % NEXT_RT,
        "    at nB (%s:12:67538)" % NEXT_RT,
        "    at nD (%s:12:66680)" % NEXT_RT])
    url = "/shows/%d/season/%d" % (R.randint(1000, 99999), R.randint(1, 12))
    return pino(d, "server render failed", {"req": {"method": "GET", "url": url}},
                {"type": "TypeError", "message": m, "stack": stack})


@group("web_episode_poster", "web-frontend", 3,
       "EpisodeCard SSR TypeError reading 'poster' of undefined", nm="web_typeerror")
def _(i, v):
    return web_typeerror("poster", 18832)


@group("web_episode_thumbnails", "web-frontend", 3,
       "EpisodeCard SSR TypeError reading 'thumbnails' of undefined", nm="web_typeerror")
def _(i, v):
    return web_typeerror("thumbnails", 19107)


def web_fetch(cause_msg, cause_stack):
    d = when()
    stack = "\n".join([
        "TypeError: fetch failed",
        "    at node:internal/deps/undici/undici:13185:13",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "    at async getHomeRows (/app/.next/server/chunks/5120.js:1:4410)",
        "    at async HomePage (/app/.next/server/app/page.js:1:2281)",
        "caused by: " + cause_stack])
    return pino(d, "reco rows fetch failed", {"profileId": uuid(), "rowSet": "home"},
                {"type": "TypeError", "message": "fetch failed: " + cause_msg, "stack": stack})


@group("web_reco_refused", "web-frontend", 3,
       "home rows: fetch failed caused by connect ECONNREFUSED to reco-service", nm="web_fetch")
def _(i, v):
    addr = "%s:8080" % ip10()
    m = "connect ECONNREFUSED " + addr
    return web_fetch(m, "Error: %s\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1610:16)" % m)


@group("web_reco_connect_timeout", "web-frontend", 3,
       "home rows: fetch failed caused by undici ConnectTimeoutError to reco-service", nm="web_fetch")
def _(i, v):
    m = "Connect Timeout Error (attempted address: reco-service.reco.svc.cluster.local:8080, timeout: 10000ms)"
    return web_fetch(m, "ConnectTimeoutError: %s\n    at onConnectTimeout (node:internal/deps/undici/undici:2602:28)\n"
                        "    at node:internal/deps/undici/undici:2552:50\n"
                        "    at Immediate._onImmediate (node:internal/deps/undici/undici:2583:13)\n"
                        "    at process.processImmediate (node:internal/timers:478:21)" % m)


@group("web_hero_missing", "web-frontend", 4,
       "title page cannot render: CMS entry has no hero image; title slug varies", df=TITLES)
def _(i, v):
    d = when()
    return pino(d, "hero image missing for title", {"slug": v, "locale": R.choice(["en-GB", "en-IE"]),
                                                    "cmsEntryId": b64(22)})


@group("web_session_redis_oom", "web-frontend", 1,
       "session save: ioredis ReplyError OOM command not allowed (maxmemory)")
def _(i, v):
    d = when()
    sid = b64(32)
    m = "OOM command not allowed when used memory > 'maxmemory'."
    return pino(d, "session save failed", {"sessionId": sid},
                {"type": "ReplyError", "message": m,
                 "stack": "ReplyError: %s\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n"
                          "    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)" % m,
                 "command": {"name": "setex", "args": ["sess:" + sid, "86400", '{"cookie":{"originalMaxAge":86400000}}']}})


# ========================================================= redis-sessions
def redis_line(d, role_pid, role, msg):
    return "%d:%s %s.%03d # %s" % (role_pid, role, d.strftime("%d %b %Y %H:%M:%S"), d.microsecond // 1000, msg)


@group("redis_rdb_eacces", "redis-sessions", 2,
       "BGSAVE child cannot open temp RDB file: Permission denied", nm="redis_rdb")
def _(i, v):
    pid = R.randint(100, 32000)
    return redis_line(when(), pid, "C", "Failed opening the temp RDB file temp-%d.rdb (in server root dir /data) for saving: Permission denied" % pid)


@group("redis_rdb_erofs", "redis-sessions", 2,
       "BGSAVE child cannot open temp RDB file: Read-only file system", nm="redis_rdb")
def _(i, v):
    pid = R.randint(100, 32000)
    return redis_line(when(), pid, "C", "Failed opening the temp RDB file temp-%d.rdb (in server root dir /data) for saving: Read-only file system" % pid)


@group("redis_fork_enomem", "redis-sessions", 3,
       "BGSAVE cannot fork: Cannot allocate memory (overcommit)")
def _(i, v):
    return redis_line(when(), 1, "M", "Can't save in background: fork: Cannot allocate memory")


# ============================================================ search-api
def es_tb(d, head, exc):
    return J(
        "%s ERROR [search_api.routes] %s" % (ts_py(d), head),
        "Traceback (most recent call last):",
        '  File "/app/search_api/routes.py", line 88, in search',
        '    resp = await es.search(index="catalog-read", body=query, request_timeout=2)',
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/elasticsearch/_async/client/__init__.py", line 4106, in search' % PY,
        "    return await self.perform_request(  # type: ignore[return-value]",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/elasticsearch/_async/client/_base.py", line 271, in perform_request' % PY,
        "    response = await self._perform_request(",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "%s/elasticsearch/_async/client/_base.py", line 352, in _perform_request' % PY,
        "    raise HTTP_EXCEPTIONS.get(meta.status, ApiError)(",
        exc)


@group("es_search_rejected", "search-api", 3,
       "catalog search: ApiError 429 es_rejected_execution_exception (search thread pool queue full)", nm="es_429")
def _(i, v):
    d = when()
    node = "es-data-%d" % R.randint(0, 5)
    return es_tb(d, "search failed request_id=%s" % uuid(),
                 "elasticsearch.ApiError: ApiError(429, 'es_rejected_execution_exception', 'rejected execution of "
                 "org.elasticsearch.common.util.concurrent.TimedRunnable@%s on QueueResizingEsThreadPoolExecutor[name = %s/search, "
                 "queue capacity = 1000, min queue capacity = 1000, max queue capacity = 1000, frame size = 2000, targeted response "
                 "rate = 1s, task execution EWMA = %.1fms, adjustment amount = 50, "
                 "org.elasticsearch.common.util.concurrent.QueueResizingEsThreadPoolExecutor@%s[Running, pool size = 13, active "
                 "threads = 13, queued tasks = 1000, completed tasks = %d]]')"
                 % (hx(8), node, R.uniform(3, 40), hx(8), R.randint(10 ** 7, 10 ** 9)))


@group("es_search_breaker", "search-api", 2,
       "catalog search: ApiError 429 circuit_breaking_exception ([parent] Data too large)", nm="es_429")
def _(i, v):
    d = when()
    lim = 16320875724
    would = lim + R.randint(1, 90000000)
    real = would - R.randint(100, 5000)
    return es_tb(d, "search failed request_id=%s" % uuid(),
                 "elasticsearch.ApiError: ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for "
                 "[<http_request>] would be [%d/15.1gb], which is larger than the limit of [%d/15.1gb], real usage: [%d/15.1gb], "
                 "new bytes reserved: [%d/%db], usages [model_inference=0/0b, inflight_requests=%d/%db, request=0/0b, "
                 "fielddata=%d/%.1fkb, eql_sequence=0/0b]')"
                 % (would, lim, real, would - real, would - real, would - real, would - real,
                    R.randint(1000, 9000), R.uniform(1, 9)))


def es_bulk_item(field, ftype, val, caused):
    d = when()
    doc = "ep-%s" % hx(10)
    return ("%s ERROR [search_api.indexer] bulk item failed index=catalog-v7 id=%s status=400: {'type': 'mapper_parsing_exception', "
            "'reason': \"failed to parse field [%s] of type [%s] in document with id '%s'. Preview of field's value: '%s'\", "
            "'caused_by': %s}" % (ts_py(d), doc, field, ftype, doc, val, caused))


@group("es_mapper_duration", "search-api", 3,
       "catalog indexing: mapper_parsing_exception on field [duration_sec] (long) - CMS sends mm:ss", nm="es_mapper")
def _(i, v):
    val = "%d:%02d" % (R.randint(20, 95), R.randint(0, 59))
    return es_bulk_item("duration_sec", "long", val,
                        "{'type': 'illegal_argument_exception', 'reason': 'For input string: \"%s\"'}" % val)


@group("es_mapper_release_date", "search-api", 3,
       "catalog indexing: mapper_parsing_exception on field [release_date] (date) - CMS sends dd/mm/yyyy", nm="es_mapper")
def _(i, v):
    val = "%02d/%02d/%d" % (R.randint(13, 28), R.randint(1, 12), R.randint(1995, 2024))
    return es_bulk_item("release_date", "date", val,
                        "{'type': 'illegal_argument_exception', 'reason': 'failed to parse date field [%s] with format "
                        "[strict_date_optional_time||epoch_millis]', 'caused_by': {'type': 'date_time_parse_exception', "
                        "'reason': \"Text '%s' could not be parsed at index 2\"}}" % (val, val))


# ================================================================== main
def build():
    events = []
    labels = [g["label"] for g in GROUPS]
    assert len(labels) == len(set(labels)), "duplicate group label"
    for g in GROUPS:
        assert 1 <= g["count"] <= 6, g["label"]
        df = g["df"]
        if df is not None:
            assert 3 <= len(df) <= 5 and len(set(df)) == len(df), g["label"]
            assert g["count"] >= len(df), g["label"]
            for x in df:
                assert not re.search(r"\d", x), (g["label"], x)
        used = []
        for i in range(g["count"]):
            v = df[i % len(df)] if df is not None else None
            msg = g["fn"](i, v)
            assert isinstance(msg, str) and msg, g["label"]
            if v is not None:
                assert v in msg, (g["label"], v)
                used.append(v)
            events.append({"service": g["service"], "message": msg, "group": g["label"]})
        if df is not None:
            assert 3 <= len(set(used)) <= 5, g["label"]
    seen = set()
    for e in events:
        key = (e["service"], e["message"])
        assert key not in seen, ("duplicate event", e["group"])
        seen.add(key)
    nm = {}
    for g in GROUPS:
        if g["nm"]:
            nm.setdefault(g["nm"], []).append(g)
    for name, gs in nm.items():
        assert 2 <= len(gs) <= 3, name
        assert len({g["service"] for g in gs}) == 1, name
    services = {g["service"] for g in GROUPS}
    assert 65 <= len(GROUPS) <= 75, len(GROUPS)
    assert 15 <= len(services) <= 20, len(services)
    assert len(nm) >= 25, len(nm)
    assert 180 <= len(events) <= 230, len(events)
    R.shuffle(events)
    groups = {}
    for g in GROUPS:
        groups[g["label"]] = {"description": g["desc"], "service": g["service"], "count": g["count"],
                              "near_miss_set": g["nm"], "digit_free_variable": g["df"] is not None}
    return events, groups


def main():
    events, groups = build()
    out = os.environ.get("UNSEEN_OUT") or os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(groups, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("wrote %d events in %d groups (%d services) to %s"
          % (len(events), len(groups), len({g["service"] for g in groups.values()}), out))


if __name__ == "__main__":
    main()
