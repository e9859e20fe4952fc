"""Proxifier imitation: per-connection open/close/error messages of a
Windows desktop that sends everything through an HTTPS proxy.  Content is
the text after "[time] program - ", as in Loghub's log format
'\\[<Time>\\] <Program> - <Content>'."""

import random

from common import T

SEED = 20240536
PROXY = "proxy.cse.cuhk.edu.hk:5070"

TPL = {
    "open": T("%{target} open through proxy %{proxy} HTTPS"),
    "open_socks": T("%{target} open through proxy %{proxy} SOCKS5"),
    "close_bb": T("%{target} close, %{s} bytes sent, %{r} bytes received, lifetime %{life}"),
    "close_bk": T("%{target} close, %{s} bytes sent, %{r} bytes (%{rk} KB) received, lifetime %{life}"),
    "close_kk": T("%{target} close, %{s} bytes (%{sk} KB) sent, %{r} bytes (%{rk} KB) received, lifetime %{life}"),
    "close_km": T("%{target} close, %{s} bytes (%{sk} KB) sent, %{r} bytes (%{rm} MB) received, lifetime %{life}"),
    "err_status": T("%{target} error : Could not connect through proxy %{proxy} - Proxy server cannot establish a connection with the target, status code %{code}"),
    "err_cancel": T("%{target} error : A connection request was canceled before the completion."),
}

# program -> list of (target, weight)
PROGRAMS = [
    ("chrome.exe", 60, [(PROXY, 40), ("www.google.com:443", 4),
                        ("clients4.google.com:443", 3),
                        ("clients1.google.com:443", 2),
                        ("mtalk.google.com:5228", 2), ("ssl.gstatic.com:443", 1),
                        ("www.gstatic.com:443", 1), ("apis.google.com:443", 1),
                        ("play.google.com:443", 1), ("github.com:443", 1),
                        ("avatars1.githubusercontent.com:443", 1),
                        ("216.58.200.78:443", 1), ("172.217.24.14:443", 1)]),
    ("Dropbox.exe", 10, [("client-lb.dropbox.com:443", 4),
                         ("d.dropbox.com:443", 2), ("notify1.dropbox.com:443", 2),
                         ("block.dropbox.com:443", 1),
                         ("bolt.dropbox.com:443", 1)]),
    ("WeChat.exe", 6, [("short.weixin.qq.com:80", 3), ("long.weixin.qq.com:80", 2),
                       ("szshort.weixin.qq.com:80", 1), ("203.205.151.224:443", 1),
                       ("182.254.114.110:80", 1)]),
    ("YodaoDict.exe", 3, [("dict.youdao.com:80", 2), ("oimagec4.ydstatic.com:80", 1),
                          ("cidian.youdao.com:80", 1)]),
    ("SogouCloud.exe", 3, [("get.sogou.com:80", 2), ("ping.pinyin.sogou.com:80", 2),
                           ("config.pinyin.sogou.com:80", 1)]),
    ("QQ.exe", 3, [("qbwup.imtt.qq.com:80", 1), ("pingtas.qq.com:80", 1),
                   ("183.60.15.150:80", 1), ("sngmta.qq.com:80", 1)]),
    ("git-remote-https.exe", 2, [("github.com:443", 3), ("api.github.com:443", 1)]),
    ("putty.exe", 1, [("137.189.88.23:22", 1), ("linux3.cse.cuhk.edu.hk:22", 2)]),
    ("Skype.exe", 1, [("a.config.skype.com:443", 1),
                      ("pipe.skype.com:443", 1), ("91.190.218.59:443", 1)]),
    ("thunder.exe", 1, [("hub5btmain.sandai.net:80", 1),
                        ("pgv.m.xunlei.com:80", 1), ("hub5u.sandai.net:3076", 1)]),
]


def kb(n):
    return "%.2f" % (n / 1024.0)


def mb(n):
    return "%.2f" % (n / 1048576.0)


def lifetime(rng, secs):
    if secs < 1:
        return "<1 sec"
    s = int(secs)
    if s >= 3600:
        return "%02d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)
    return "%02d:%02d" % (s // 60, s % 60)


def close_line(rng, target, secs):
    r = rng.random()
    if r < 0.28:
        s, rv = rng.randint(0, 1023), rng.randint(0, 1023)
        return TPL["close_bb"].render(target=target, s=s, r=rv,
                                      life=lifetime(rng, secs))
    if r < 0.55:
        s, rv = rng.randint(200, 1023), rng.randint(1024, 300000)
        return TPL["close_bk"].render(target=target, s=s, r=rv, rk=kb(rv),
                                      life=lifetime(rng, secs))
    if r < 0.97:
        s = rng.randint(1024, 90000)
        rv = rng.randint(1024, 1048575)
        return TPL["close_kk"].render(target=target, s=s, sk=kb(s), r=rv,
                                      rk=kb(rv), life=lifetime(rng, secs))
    s = rng.randint(5000, 400000)
    rv = rng.randint(1048576, 90000000)
    return TPL["close_km"].render(target=target, s=s, sk=kb(s), r=rv,
                                  rm=mb(rv), life=lifetime(rng, max(secs, 20)))


def simulate(rng, n):
    ev = []
    seq = [0]

    def emit(t, pair):
        seq[0] += 1
        ev.append((t, seq[0]) + pair)

    progs = [p for p in PROGRAMS]
    pw = [p[1] for p in progs]
    t = 0.0
    while len(ev) < n * 1.3:
        # bursts: a page load opens several connections at once
        prog = rng.choices(progs, weights=pw)[0]
        burst = 1 + int(rng.expovariate(1 / 2.5)) if prog[0] == "chrome.exe" else \
            1 + int(rng.expovariate(1.0))
        for _ in range(burst):
            target = rng.choices([x[0] for x in prog[2]],
                                 weights=[x[1] for x in prog[2]])[0]
            t0 = t + rng.uniform(0, 0.8)
            r = rng.random()
            if r < 0.025:
                emit(t0, TPL["err_cancel"].render(target=target))
                continue
            if r < 0.04:
                emit(t0 + rng.uniform(0, 2), TPL["err_status"].render(
                    target=target, proxy=PROXY,
                    code=rng.choice(["403", "502", "504", "503"])))
                continue
            if prog[0] == "putty.exe" or (r < 0.05 and prog[0] == "QQ.exe"):
                emit(t0, TPL["open_socks"].render(target=target,
                                                  proxy=PROXY.replace("5070", "1080")))
            else:
                emit(t0, TPL["open"].render(target=target, proxy=PROXY))
            # some connections are still open when the sample ends
            u = rng.random()
            if u < 0.30:
                secs = rng.uniform(0, 1)
            elif u < 0.85:
                secs = rng.expovariate(1 / 25.0)
            elif u < 0.985:
                secs = rng.uniform(60, 900)
            else:
                secs = rng.uniform(3600, 9000)
            emit(t0 + secs, close_line(rng, target, secs))
        t += rng.expovariate(1 / 4.0)
    ev.sort()
    return [(c, tpl) for (_, _, c, tpl) in ev]


def generate(n=2000):
    rng = random.Random(SEED)
    rows = simulate(rng, n)
    return rows[:n]
