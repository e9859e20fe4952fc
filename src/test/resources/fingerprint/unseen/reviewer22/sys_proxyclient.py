"""System 4: a Windows desktop proxy client (per-application proxying, like
the tools that force every program through a corporate proxy).

Raw line: `[06.11 09:14:02] msedge.exe *64 - login.live.com:443 open through
proxy proxy.corp.example:8080 HTTPS`. The header (time, program name,
"*64", " - ") is cut off; content starts at the target `host:port` or, for
program-level lines, at the message itself.

Sizes: the client writes "N bytes" and, from 1024 bytes on, adds a
human-readable "(x.xx KB)" / "(x.xx MB)". A close line therefore has four
shapes (parenthesis on sent / received or not); they are labelled as four
templates (different constant text), while the unit inside the parenthesis
(KB/MB/GB) is a variable (it depends only on the number's magnitude).
"""

import random

from common import Pool, zpick

NAME = "ProxyClient"
SEED = 4242

HOST = Pool(["login.microsoftonline.com", "teams.microsoft.com", "outlook.office365.com",
             "www.google.com", "clients4.google.com", "safebrowsing.googleapis.com",
             "ecs.office.com", "graph.microsoft.com", "slack.com", "edge.microsoft.com",
             "api.github.com", "github.com", "objects.githubusercontent.com",
             "update.googleapis.com", "fonts.gstatic.com", "www.youtube.com",
             "i.ytimg.com", "zoom.us", "us04web.zoom.us", "mail.google.com",
             "52.113.194.132", "20.190.159.4", "142.250.185.78", "dc.services.visualstudio.com",
             "vortex.data.microsoft.com", "self.events.data.microsoft.com",
             "settings-win.data.microsoft.com", "ctldl.windowsupdate.com",
             "download.windowsupdate.com", "wpad", "intranet.corp.example", "jira.corp.example",
             "confluence.corp.example", "sharepoint.corp.example", "files.slack.com",
             "spclient.wg.spotify.com", "api.spotify.com", "www.bing.com", "ocsp.digicert.com",
             "crl3.digicert.com", "[2a00:1450:4001:82b::200e]", "[2603:1026:c0b::2]"], 0.9)
PROXY = Pool(["proxy.corp.example:8080", "proxy.corp.example:8080", "10.8.0.1:1080",
              "proxy-fra.corp.example:3128"], 1.6)
RULE = Pool(["Block ads", "Block telemetry", "No social media", "Legacy apps", "Localhost bypass"], 1.0)
CHAIN = Pool(["Corp then SOCKS", "Tor fallback", "EU egress"], 1.2)
PROFILE = Pool(["Default", "corp-laptop", "Home office"], 1.2)


def g_port(rng, arg=None):
    return zpick(rng, ["443", "80", "443", "5228", "3478", "993", "8443", "5223"], 1.6)


def g_bytes(rng, arg):
    """arg small: < 1024, arg big: >= 1024 (log-uniform up to ~200 MB)."""
    if arg == "small":
        return str(zpick(rng, [0, rng.randint(1, 1023), rng.randint(100, 900)], 0.7))
    return str(int(1024 * 10 ** rng.uniform(0, 5.3)))


def g_hr(rng, arg, vals):
    """human-readable size of the slot {sent:...} / {recv:...} named in arg."""
    n = int(next(v for k, v in vals.items() if k.startswith(arg + ":")))
    if n < 1024 * 1024:
        return "%.2f KB" % (n / 1024)
    if n < 1024 ** 3:
        return "%.2f MB" % (n / 1024 ** 2)
    return "%.2f GB" % (n / 1024 ** 3)


def g_ptype(rng, arg, vals):
    return "SOCKS5" if vals.get("proxy", "").endswith(":1080") else "HTTPS"


g_ptype.wants_vals = True
g_hr.wants_vals = True


def g_life(rng, arg=None):
    k = rng.random()
    if k < 0.3:
        return "<1 sec"
    s = int(10 ** rng.uniform(0, 4.2))
    if s < 3600:
        return "%02d:%02d" % (s // 60, s % 60)
    return "%02d:%02d:%02d" % (s // 3600, (s // 60) % 60, s % 60)


def g_target(rng, arg=None):
    return "%s:%s" % (HOST(rng), g_port(rng))


GENS = {"port": g_port, "sent": g_bytes, "recv": g_bytes, "ptype": g_ptype, "hr": g_hr, "life": g_life, "t": g_target,
        "host": HOST, "proxy": PROXY, "rule": RULE, "chain": CHAIN, "profile": PROFILE}

SPECS = [
    (760, "{t} open through proxy {proxy} {ptype}"),
    (330, "{t} close, {sent:big} bytes ({hr:sent}) sent, {recv:big} bytes ({hr:recv}) received, lifetime {life}"),
    (210, "{t} close, {sent:small} bytes sent, {recv:big} bytes ({hr:recv}) received, lifetime {life}"),
    (90, "{t} close, {sent:small} bytes sent, {recv:small} bytes received, lifetime {life}"),
    (30, "{t} close, {sent:big} bytes ({hr:sent}) sent, {recv:small} bytes received, lifetime {life}"),
    (120, "{t} open directly"),
    (95, "{t} error : Could not connect through proxy {proxy} - Proxy server cannot establish a connection with the target, status code {=502|503|403|407}"),
    (70, "{t} error : A connection request was canceled before the completion."),
    (40, "{t} error : Could not connect to proxy {proxy} - connection attempt failed with error {=10060|10061|10065|10051}"),
    (25, "{t} blocked by rule \"{rule}\""),
    (18, "{host} resolved through proxy {proxy}"),
    (12, "{t} error : Connection closed unexpectedly by proxy {proxy}"),
    (9, "Could not resolve {host} : No such host is known. ({=11001|11002})"),
    (8, "{t} open through proxy chain \"{chain}\" ({int:2-3} proxies)"),
    (6, "Proxy {proxy} check: OK, {int:3-900} ms"),
    (4, "Proxy {proxy} check failed: {=Timeout|Authentication required|Connection refused}"),
    (3, "{t} error : Proxy {proxy} requires authentication (NTLM), retrying as {=CORP\\\\jdoe|CORP\\\\svc-build}"),
    (3, "Traffic statistics: {int:100-90000} connections, {int:1-900} active, {sent:big} bytes sent, {recv:big} bytes received"),
    (2, "Profile \"{profile}\" loaded, {int:2-30} rules, {int:1-4} proxies"),
    (1, "Name resolution mode changed to {=Resolve through proxy|Detect automatically|Local DNS}"),
    (1, "Welcome to ProxyClient v{=4.12|4.13} (x64), license: {=Corporate|Standard}"),
    (1, "{t} error : Target closed the connection before the proxy handshake completed ({int:0-99} bytes received)"),
]


def make(outroot):
    from common import build
    return build(NAME, SEED, SPECS, GENS, outroot)
