"""Proxifier: Windows proxy client connection log.

Content lines are "<program> - <host>:<port> <event>", as the brief for
these sets asks (note: in the real Loghub Proxifier_2k the "<program> -"
part is a header field, and Content starts at "<host>:<port>"). Program
names have no digits and some have a space ("chrome.exe *64"), so the
first <*> of every template is a digit-free, sometimes two-token value.

Byte counts are printed as "N bytes" below 1 KB, "N bytes (x.xx KB)"
below 1 MB and "N bytes (x.xx MB)" above; as in Loghub, each unit
combination of (sent, received) is its own template (this log never sends
1 MB on one connection, so there is no "MB sent" template).
"""

import random

from common import TemplateSet, ValueGen, finish_stream, Pool

SYSTEM = "Proxifier"
SEED = 7310

PROXY = "proxy.cse.cuhk.edu.hk:5070"


def templates():
    T = TemplateSet(SYSTEM)
    a = T.add
    a("open", "@{prog} - @{dst} open through proxy @{proxy} HTTPS")
    a("open5", "@{prog} - @{dst} open through proxy @{proxy} SOCKS5")
    pre = "@{prog} - @{dst} close, "
    post = ", lifetime @{life}"
    a("c_bb", pre + "@{s} bytes sent, @{r} bytes received" + post)
    a("c_bk", pre + "@{s} bytes sent, @{r} bytes (@{rk} KB) received" + post)
    a("c_kb", pre + "@{s} bytes (@{sk} KB) sent, @{r} bytes received" + post)
    a("c_kk", pre + "@{s} bytes (@{sk} KB) sent, @{r} bytes (@{rk} KB) "
      "received" + post)
    a("c_km", pre + "@{s} bytes (@{sk} KB) sent, @{r} bytes (@{rk} MB) "
      "received" + post)
    a("c_bm", pre + "@{s} bytes sent, @{r} bytes (@{rk} MB) received" + post)
    a("e_st", "@{prog} - @{dst} error : Could not connect through proxy "
      "@{proxy} - Proxy server cannot establish a connection with the "
      "target, status code @{code}")
    a("e_cancel", "@{prog} - @{dst} error : A connection request was "
      "canceled before the completion.")
    return T


# program -> (weight, hosts); hosts are (name, port list)
PROGRAMS = [
    ("chrome.exe", 40, ["www.google.com", "www.gstatic.com",
                        "ssl.gstatic.com", "apis.google.com",
                        "play.google.com", "clients1.google.com",
                        "clients4.google.com", "www.googleapis.com",
                        "fonts.googleapis.com", "fonts.gstatic.com",
                        "lh3.googleusercontent.com", "www.youtube.com",
                        "i.ytimg.com", "github.com", "api.github.com",
                        "avatars0.githubusercontent.com",
                        "stackoverflow.com", "cdn.sstatic.net",
                        "www.baidu.com", "ss0.bdstatic.com",
                        "s.yimg.com", "www.facebook.com",
                        "static.xx.fbcdn.net", "scholar.google.com",
                        "mail.google.com", "accounts.google.com",
                        "docs.google.com", "www.bing.com",
                        "proxy.cse.cuhk.edu.hk"]),
    ("chrome.exe *64", 14, ["www.google.com", "clients2.google.com",
                            "update.googleapis.com", "www.gstatic.com",
                            "safebrowsing.googleapis.com",
                            "play.google.com", "proxy.cse.cuhk.edu.hk"]),
    ("YodaoDict.exe", 6, ["dict.youdao.com", "cidian.youdao.com",
                          "oimagea2.ydstatic.com", "shared.ydstatic.com",
                          "impservice.dictapp.youdao.com"]),
    ("Dropbox.exe", 6, ["client-lb.dropbox.com", "d.dropbox.com",
                        "notify.dropbox.com", "bolt.dropbox.com",
                        "block.dropbox.com"]),
    ("firefox.exe", 4, ["www.mozilla.org", "push.services.mozilla.com",
                        "detectportal.firefox.com", "incoming.telemetry"
                        ".mozilla.org", "www.wikipedia.org"]),
    ("WeChat.exe", 4, ["short.weixin.qq.com", "long.weixin.qq.com",
                       "szshort.weixin.qq.com", "wx.qlogo.cn"]),
    ("QQ.exe", 3, ["pingma.qq.com", "qbwup.imtt.qq.com",
                   "sdkconfig.ad.xiaomi.com"]),
    ("Skype.exe", 2, ["pipe.skype.com", "api.skype.com",
                      "client-s.gateway.messenger.live.com"]),
    ("svchost.exe *64", 2, ["ctldl.windowsupdate.com", "www.msftncsi.com",
                            "settings-win.data.microsoft.com"]),
    ("OneDrive.exe", 2, ["onedrive.live.com", "skyapi.onedrive.live.com"]),
    ("git-remote-https.exe", 2, ["github.com", "gitlab.com",
                                 "bitbucket.org"]),
    ("putty.exe", 1, ["ssh.cse.cuhk.edu.hk", "linux.cse.cuhk.edu.hk"]),
    ("SearchUI.exe *64", 1, ["www.bing.com", "cn.bing.com"]),
    ("Microsoft.Photos.exe *64", 1, ["login.live.com",
                                     "photos.microsoft.com"]),
    ("OfficeClickToRun.exe *64", 1, ["officecdn.microsoft.com",
                                     "nexus.officeapps.live.com"]),
    ("GoogleUpdate.exe", 1, ["tools.google.com", "update.googleapis.com"]),
    ("thunderbird.exe", 1, ["imap.gmail.com", "smtp.gmail.com"]),
    ("Spotify.exe", 1, ["apresolve.spotify.com", "spclient.wg.spotify.com"]),
    ("SogouCloud.exe", 1, ["get.sogou.com", "ping.pinyin.sogou.com"]),
    ("Thunder.exe", 1, ["hub5btmain.sandai.net", "pool.xunlei.com"]),
    ("iexplore.exe", 1, ["www.msn.com", "go.microsoft.com"]),
    ("WINWORD.EXE *64", 1, ["roaming.officeapps.live.com",
                            "odc.officeapps.live.com"]),
    ("Steam.exe", 1, ["steamcommunity.com", "api.steampowered.com"]),
    ("TIM.exe", 1, ["tim.qq.com", "cgi.qun.qq.com"]),
]


def _kb(n):
    return "%.2f" % (n / 1024.0)


def _mb(n):
    return "%.2f" % (n / 1048576.0)


def build():
    rng = random.Random(SEED)
    T = templates()
    vg = ValueGen(rng)
    progs = [p for p, _, _ in PROGRAMS]
    pweights = [w for _, w, _ in PROGRAMS]
    hosts = {p: Pool(h, s=1.0) for p, _, h in PROGRAMS}
    ip_hosts = ["%d.%d.%d.%d" % (rng.choice([182, 183, 101, 59, 180, 117,
                                             14, 203, 113, 120]),
                                 rng.randint(0, 255), rng.randint(0, 255),
                                 rng.randint(1, 254)) for _ in range(40)]

    def dst(prog):
        if rng.random() < 0.12:
            return "%s:%d" % (rng.choice(ip_hosts),
                              rng.choice([80, 80, 443, 443, 8080, 5222]))
        h = hosts[prog].draw(rng)
        if h.startswith("proxy."):
            return PROXY
        port = 443 if rng.random() < 0.78 else 80
        if h in ("imap.gmail.com",):
            port = 993
        if h.startswith("ssh.") or h.startswith("linux."):
            port = 22
        return "%s:%d" % (h, port)

    def lifetime(big):
        r = rng.random()
        if not big and r < 0.3:
            return "<1 sec"
        if r < 0.85:
            s = rng.randint(1, 120) if not big else rng.randint(2, 1800)
        else:
            s = int(rng.expovariate(1 / 900.0)) + 1
        if big and rng.random() < 0.05:
            s += rng.randint(3600, 20000)
        if s >= 3600:
            return "%02d:%02d:%02d" % (s // 3600, (s // 60) % 60, s % 60)
        return "%02d:%02d" % (s // 60, s % 60)

    def close_line(prog, d):
        r = rng.random()
        # pick the size class first (controls template frequencies)
        if r < 0.30:
            s, rv = rng.randint(0, 1023), rng.randint(0, 1023)
            if rng.random() < 0.3:
                s = rv = 0
        elif r < 0.52:
            s, rv = rng.randint(300, 1023), rng.randint(1024, 900000)
        elif r < 0.56:
            s, rv = rng.randint(1024, 9000), rng.randint(0, 1023)
        elif r < 0.91:
            s, rv = rng.randint(1024, 60000), rng.randint(1024, 1048575)
        elif r < 0.975:
            s, rv = rng.randint(1024, 900000), rng.randint(1048576, 90000000)
        else:
            s, rv = rng.randint(300, 1023), rng.randint(1048576, 9000000)
        big = rv >= 100000
        su = "b" if s < 1024 else ("k" if s < 1048576 else "m")
        ru = "b" if rv < 1024 else ("k" if rv < 1048576 else "m")
        key = "c_" + su + ru
        kw = dict(prog=prog, dst=d, s=s, r=rv, life=lifetime(big))
        if su == "k":
            kw["sk"] = _kb(s)
        if su == "m":
            kw["sk"] = _mb(s)
        if ru == "k":
            kw["rk"] = _kb(rv)
        if ru == "m":
            kw["rk"] = _mb(rv)
        return key, T[key].render(vg, **kw)

    stream = []
    active = []
    while len(stream) < 2100:
        r = rng.random()
        if r < 0.42 or not active:
            # a program opens a burst of connections at once
            prog = progs[_wchoice(rng, pweights)]
            proxy_kind = "open5" if (prog == "Skype.exe" or
                                     rng.random() < 0.004) else "open"
            for _ in range(1 + int(rng.expovariate(0.6))):
                d = dst(prog)
                if rng.random() < 0.07:
                    code = rng.choice([403, 403, 403, 503, 502, 404])
                    stream.append(("e_st", T["e_st"].render(
                        vg, prog=prog, dst=d, proxy=PROXY, code=code)))
                    continue
                if rng.random() < 0.05:
                    stream.append(("e_cancel", T["e_cancel"].render(
                        vg, prog=prog, dst=d)))
                    continue
                stream.append((proxy_kind, T[proxy_kind].render(
                    vg, prog=prog, dst=d, proxy=PROXY)))
                active.append((prog, d))
        else:
            # close a few: recent ones more likely
            for _ in range(1 + int(rng.expovariate(1.2))):
                if not active:
                    break
                i = len(active) - 1 - min(len(active) - 1,
                                          int(rng.expovariate(0.15)))
                prog, d = active.pop(i)
                stream.append(close_line(prog, d))

    def render_one(key):
        prog = progs[_wchoice(rng, pweights)]
        kw = dict(prog=prog, dst=dst(prog), proxy=PROXY, code=403,
                  s=2048, sk="2.00", r=3145728, rk="3.00", life="00:05")
        return T[key].render(vg, **kw)

    stream = finish_stream(rng, stream, T, render_one)
    return T, stream


def _wchoice(rng, weights):
    x = rng.random() * sum(weights)
    acc = 0.0
    for i, w in enumerate(weights):
        acc += w
        if x < acc:
            return i
    return len(weights) - 1
