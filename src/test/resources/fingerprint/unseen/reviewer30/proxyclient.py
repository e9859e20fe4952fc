"""ProxyClient: a Proxifier-style desktop proxy client on a Windows x64
workstation, content only (the part after "[MM.DD HH:MM:SS] ").

Every connection of a proxified program logs "open through proxy" (or
"open directly") and later "close, N bytes sent, M bytes received,
lifetime T", where byte counts >= 1 KiB get a "(x.xx KB)" / "(x.xx MB)"
annotation and 64-bit programs carry a " *64" suffix. Browsers open many
connections at once, so opens and closes come in bursts.
"""

from common import Builder, Pool, weighted, interleave, public_ip, lognum

NAME = "ProxyClient"

HTTPS_PROXY = "proxy.cse.example.edu:5070"
SOCKS_PROXY = "socks.cse.example.edu:1080"

# program -> (64-bit?, destinations); destinations "host:port" or "IP" marker
PROGRAMS = [
    ("chrome.exe", True, "web+chrome"),
    ("WeChat.exe", False, "wechat"),
    ("Dropbox.exe", False, "dropbox"),
    ("msedge.exe", True, "web+edge"),
    ("OneDrive.exe", True, "onedrive"),
    ("Teams.exe", True, "teams"),
    ("QQ.exe", False, "qq"),
    ("firefox.exe", True, "web+firefox"),
    ("Code.exe", True, "code"),
    ("git-remote-https.exe", True, "git"),
    ("Slack.exe", True, "slack"),
    ("YodaoDict.exe", False, "yodao"),
    ("GitHub Desktop.exe", True, "git"),
    ("Spotify.exe", False, "spotify"),
    ("svchost.exe", True, "windows"),
    ("Zoom.exe", False, "zoom"),
    ("Adobe Desktop Service.exe", True, "adobe"),
    ("OUTLOOK.EXE", True, "outlook"),
    ("Creative Cloud.exe", True, "adobe"),
    ("Telegram.exe", False, "telegram"),
    ("steamwebhelper.exe", False, "steam"),
    ("Postman.exe", True, "postman"),
    ("idea64.exe", True, "jetbrains"),
    ("SogouCloud.exe", False, "sogou"),
    ("Battle.net.exe", False, "blizzard"),
    ("DingTalk.exe", False, "dingtalk"),
    ("python.exe", True, "pypi"),
    ("GoogleUpdate.exe", False, "gupdate"),
    ("SearchApp.exe", True, "windows"),
    ("Discord.exe", False, "discord"),
    ("putty.exe", True, "ssh"),
    ("java.exe", True, "maven"),
    ("BaiduNetdisk.exe", False, "baidu"),
    ("node.exe", True, "npm"),
    ("MsMpEng.exe", True, "windows"),
    ("Microsoft.Photos.exe", True, "windows"),
    ("thunderbird.exe", False, "mail"),
    ("TeamViewer_Service.exe", False, "teamviewer"),
]

DEST = {
    "web": """www.google.com clients4.google.com clients2.google.com
      ssl.gstatic.com www.gstatic.com fonts.googleapis.com fonts.gstatic.com
      apis.google.com accounts.google.com mail.google.com play.google.com
      www.youtube.com i.ytimg.com yt3.ggpht.com github.com api.github.com
      avatars.githubusercontent.com raw.githubusercontent.com
      stackoverflow.com cdn.sstatic.net i.stack.imgur.com
      en.wikipedia.org upload.wikimedia.org www.bing.com www.baidu.com
      ss.bdimg.com www.zhihu.com pic.zhimg.com static.zhihu.com
      www.bilibili.com i0.hdslb.com s1.hdslb.com cdn.jsdelivr.net
      ajax.googleapis.com www.googletagmanager.com
      www.google-analytics.com stats.g.doubleclick.net
      pagead2.googlesyndication.com tpc.googlesyndication.com
      news.ycombinator.com www.reddit.com www.redditstatic.com
      arxiv.org scholar.google.com ieeexplore.ieee.org dl.acm.org
      docs.python.org pypi.org files.pythonhosted.org
      translate.google.com www.amazon.com images-na.ssl-images-amazon.com
      www.taobao.com g.alicdn.com img.alicdn.com weibo.com""",
    "chrome": """update.googleapis.com safebrowsing.googleapis.com
      optimizationguide-pa.googleapis.com content-autofill.googleapis.com
      clientservices.googleapis.com""",
    "edge": """edge.microsoft.com ntp.msn.com assets.msn.com
      config.edge.skype.com""",
    "firefox": """incoming.telemetry.mozilla.org
      firefox.settings.services.mozilla.com push.services.mozilla.com
      detectportal.firefox.com""",
    "wechat": """short.weixin.qq.com long.weixin.qq.com szshort.weixin.qq.com
      szlong.weixin.qq.com dns.weixin.qq.com extshort.weixin.qq.com
      mmbiz.qpic.cn wx.qlogo.cn res.wx.qq.com""",
    "dropbox": """client.dropbox.com d.dropbox.com block.dropbox.com
      bolt.dropbox.com client-lb.dropbox.com notify.dropboxapi.com
      api.dropboxapi.com content.dropboxapi.com""",
    "onedrive": """skyapi.live.net storage.live.com g.live.com
      onedrive.live.com login.live.com api.onedrive.com""",
    "teams": """teams.microsoft.com presence.teams.microsoft.com
      statics.teams.cdn.office.net login.microsoftonline.com
      trouter.teams.microsoft.com""",
    "qq": """pinghot.qq.com tcconfig.qq.com qqmail.qq.com cgi.qq.com
      sngapm.qq.com""",
    "code": """update.code.visualstudio.com marketplace.visualstudio.com
      az764295.vo.msecnd.net vscode.blob.core.windows.net
      dc.services.visualstudio.com default.exp-tas.com""",
    "git": """github.com api.github.com codeload.github.com
      objects.githubusercontent.com gitlab.com""",
    "slack": """app.slack.com wss-primary.slack.com edgeapi.slack.com
      a.slack-edge.com files.slack.com""",
    "yodao": """dict.youdao.com oimagec2.ydstatic.com shared.ydstatic.com
      cidian.youdao.com""",
    "spotify": """apresolve.spotify.com spclient.wg.spotify.com
      audio-ak-spotify-com.akamaized.net i.scdn.co""",
    "windows": """settings-win.data.microsoft.com v10.events.data.microsoft.com
      ctldl.windowsupdate.com fe2.update.microsoft.com
      login.live.com arc.msn.com www.msftconnecttest.com""",
    "zoom": """zoom.us us04web.zoom.us log.zoom.us""",
    "adobe": """cc-api-data.adobe.io ims-na1.adobelogin.com
      prod.adobegenuine.com p13n.adobe.io""",
    "outlook": """outlook.office365.com outlook.office.com
      autodiscover-s.outlook.com substrate.office.com""",
    "telegram": """web.telegram.org venus.web.telegram.org""",
    "steam": """steamcommunity.com store.steampowered.com
      api.steampowered.com cdn.cloudflare.steamstatic.com""",
    "postman": """identity.getpostman.com sync-v3.getpostman.com
      dl.pstmn.io""",
    "jetbrains": """plugins.jetbrains.com account.jetbrains.com
      resources.jetbrains.com download.jetbrains.com""",
    "sogou": """get.sogou.com ping.pinyin.sogou.com config.pinyin.sogou.com""",
    "blizzard": """us.actual.battle.net eu.actual.battle.net""",
    "dingtalk": """im.dingtalk.com g.alicdn.com""",
    "pypi": """pypi.org files.pythonhosted.org""",
    "gupdate": """update.googleapis.com tools.google.com""",
    "discord": """discord.com gateway.discord.gg cdn.discordapp.com""",
    "ssh": """gateway.cse.example.edu""",
    "maven": """repo.maven.apache.org repo1.maven.org plugins.gradle.org""",
    "baidu": """pan.baidu.com pcs.baidu.com d.pcs.baidu.com""",
    "npm": """registry.npmjs.org registry.yarnpkg.com""",
    "mail": """imap.gmail.com smtp.gmail.com imap.example.edu""",
    "teamviewer": """master1.teamviewer.com router2.teamviewer.com""",
}

PORTS = {"ssh": [22], "mail": [993, 587, 465], "teamviewer": [5938],
         "wechat": [80, 443, 8080], "qq": [80, 443, 8000],
         "telegram": [443, 80]}


def fmt_bytes(n):
    if n >= 1024 * 1024:
        return "%d bytes (%.2f MB)" % (n, n / 1048576.0), "M"
    if n >= 1024:
        return "%d bytes (%.2f KB)" % (n, n / 1024.0), "K"
    return "%d bytes" % n, "B"


def build(seed=4401):
    b = Builder(NAME, seed)
    rng = b.rng
    progs = Pool(PROGRAMS, s=1.15)
    dests = {k: Pool(v.split(), s=0.9, shuffle_seed=seed + len(k))
             for k, v in DEST.items()}
    ip_rng = __import__("random").Random(seed + 9)
    raw_ips = Pool([public_ip(ip_rng) for _ in range(120)], s=0.8)

    T = b.t
    T("open_https", "%{prog} - %{dst} open through proxy %{proxy} HTTPS")
    T("open_socks", "%{prog} - %{dst} open through proxy %{proxy} SOCKS5")
    T("open_direct", "%{prog} - %{dst} open directly")
    for s_ in "BKM":
        for r_ in "BKM":
            sent = {"B": "%{sb} bytes sent",
                    "K": "%{sb} bytes (%{sk} KB) sent",
                    "M": "%{sb} bytes (%{sk} MB) sent"}[s_]
            recv = {"B": "%{rb} bytes received",
                    "K": "%{rb} bytes (%{rk} KB) received",
                    "M": "%{rb} bytes (%{rk} MB) received"}[r_]
            T("close_" + s_ + r_, "%{prog} - %{dst} close, " + sent + ", "
              + recv + ", lifetime %{life}")
    T("err_status", "%{prog} - %{dst} error : Could not connect through proxy "
      "%{proxy} - Proxy server cannot establish a connection with the "
      "target, status code %{code}")
    T("err_canceled", "%{prog} - %{dst} error : A connection request was "
      "canceled before the completion.")
    T("err_to_proxy", "%{prog} - %{dst} error : Could not connect to proxy "
      "%{proxy} - connection attempt failed with error %{werr}")
    T("err_closed", "%{prog} - %{dst} error : Could not connect through proxy "
      "%{proxy} - Proxy closed the connection unexpectedly.")
    T("err_resolve", "%{prog} - %{dst} error : Could not connect to proxy "
      "%{proxy} - cannot resolve proxy hostname")
    T("err_timeout", "%{prog} - %{dst} error : Could not connect through proxy "
      "%{proxy} - Connection to the target timed out.")

    def life(dur):
        if dur < 1:
            return "<1 sec"
        if dur < 3600:
            return "%02d:%02d" % (dur // 60, dur % 60)
        return "%02d:%02d:%02d" % (dur // 3600, dur // 60 % 60, dur % 60)

    def prog_name(p):
        return p[0] + (" *64" if p[1] else "")

    def dest_of(p):
        cat = p[2]
        if cat.startswith("web+"):
            cat = "web" if rng.random() < 0.85 else cat[4:]
        if cat == "web" and rng.random() < 0.12:
            return "%s:%d" % (raw_ips.pick(rng),
                              weighted(rng, [(80, 5), (443, 4), (8080, 1)]))
        host = dests[cat].pick(rng)
        port = rng.choice(PORTS.get(cat, [443])) if cat in PORTS else \
            weighted(rng, [(443, 12), (80, 2)])
        return "%s:%d" % (host, port)

    def open_line(p, dst):
        name = prog_name(p)
        if dst.startswith("gateway.cse.example.edu") or \
                dst.startswith("imap.example.edu"):
            return b.r("open_direct", prog=name, dst=dst)
        if dst.endswith(":443") or dst.endswith(":993") or \
                dst.endswith(":587") or dst.endswith(":465"):
            return b.r("open_https", prog=name, dst=dst, proxy=HTTPS_PROXY)
        return b.r("open_socks", prog=name, dst=dst, proxy=SOCKS_PROXY)

    def proxy_of(dst):
        return HTTPS_PROXY if dst.endswith(":443") else SOCKS_PROXY

    def close_line(p, dst, kind):
        name = prog_name(p)
        if kind == "empty":
            sb, rb, dur = 0, 0, 0
        elif kind == "upload":
            sb = lognum(rng, 200000, 60000000)
            rb = lognum(rng, 300, 20000)
            dur = rng.randint(2, 900)
        elif kind == "download":
            sb = lognum(rng, 300, 6000)
            rb = lognum(rng, 100000, 90000000)
            dur = rng.randint(1, 1800)
        elif kind == "long":
            sb = lognum(rng, 2000, 3000000)
            rb = lognum(rng, 2000, 9000000)
            dur = rng.randint(600, 14000)
        else:
            sb = lognum(rng, 150, 9000)
            rb = lognum(rng, 150, 400000)
            dur = weighted(rng, [(0, 5), (rng.randint(1, 60), 6),
                                 (rng.randint(60, 900), 2)])
        ss, sk_ = fmt_bytes(sb)
        rs, rk_ = fmt_bytes(rb)
        fixed = {"prog": name, "dst": dst, "sb": sb, "rb": rb,
                 "life": life(dur)}
        if sk_ != "B":
            fixed["sk"] = ss.split("(")[1].split(" ")[0]
        if rk_ != "B":
            fixed["rk"] = rs.split("(")[1].split(" ")[0]
        return b.r("close_" + sk_ + rk_, **fixed)

    def error_line(p, dst):
        name = prog_name(p)
        k = weighted(rng, [("err_status", 5), ("err_canceled", 3),
                           ("err_to_proxy", 1), ("err_closed", 2),
                           ("err_timeout", 1)])
        if k == "err_status" and proxy_of(dst) != HTTPS_PROXY:
            k = "err_timeout"  # only the HTTP proxy answers with a status
        if k == "err_status":
            return b.r(k, prog=name, dst=dst, proxy=proxy_of(dst),
                       code=weighted(rng, [(403, 6), (502, 2), (503, 2),
                                           (504, 1)]))
        if k == "err_canceled":
            return b.r(k, prog=name, dst=dst)
        if k == "err_to_proxy":
            return b.r(k, prog=name, dst=dst, proxy=proxy_of(dst),
                       werr=weighted(rng, [(10061, 3), (10060, 2),
                                           (10065, 1)]))
        return b.r(k, prog=name, dst=dst, proxy=proxy_of(dst))

    def connection(p, dst=None):
        dst = dst or dest_of(p)
        seq = [open_line(p, dst)]
        r = rng.random()
        if r < 0.04:
            seq.append(error_line(p, dst))
            if rng.random() < 0.5:
                seq.append(close_line(p, dst, "empty"))
            return seq
        kind = weighted(rng, [("normal", 70), ("empty", 14),
                              ("download", 7), ("upload", 2), ("long", 4)])
        if p[2] == "dropbox" and rng.random() < 0.3:
            kind = "upload"
        seq.append(close_line(p, dst, kind))
        return seq

    def app_activity():
        p = progs.pick(rng)
        # a page load / sync round: several parallel connections
        n = weighted(rng, [(1, 6), (2, 4), (3, 3), (5, 2), (8, 1)])
        if not p[2].startswith("web"):
            n = min(n, 3)
        same = dest_of(p)
        seqs = []
        for _ in range(n):
            d = same if rng.random() < 0.35 else None
            seqs.append(connection(p, d))
        b.buf.extend(interleave(rng, seqs, stick=0.3))

    def polling():
        # messengers re-open the same long-poll endpoint again and again
        p = weighted(rng, [(PROGRAMS[1], 5), (PROGRAMS[6], 2),
                           (PROGRAMS[10], 1), (PROGRAMS[19], 1)])
        dst = dest_of(p)
        for _ in range(rng.randint(2, 6)):
            b.buf.extend(connection(p, dst))

    def outage():
        # proxy hiccup: a burst of errors from whatever is running
        k = rng.randint(2, 7)
        for _ in range(k):
            p = progs.pick(rng)
            dst = dest_of(p)
            b.buf.append(open_line(p, dst))
            b.buf.append(error_line(p, dst))

    scenarios = [(30, app_activity), (6, polling), (0.6, outage)]
    blocks = []
    # the proxy host could not be resolved for a moment (VPN switch)
    seq = []
    for _ in range(3):
        p = progs.pick(rng)
        dst = dest_of(p)
        seq.append(b.r("err_resolve", prog=prog_name(p), dst=dst,
                       proxy=proxy_of(dst)))
    blocks.append(seq)
    b.assemble(scenarios, blocks, optional=("close_MM",))
    return b, ()
