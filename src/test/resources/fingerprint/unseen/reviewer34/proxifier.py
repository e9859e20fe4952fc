"""Proxifier: CONTENT field, program prefix removed (starts at host:port)."""
from common import F, zipf_pick, ip_pool

NAME = "Proxifier"
SEED = 4104
MEAN_BURST = 2.5
S = 1.0

_hosts = zipf_pick([
    "proxy.cse.cuhk.edu.hk:5070", "www.google.com:443", "clients1.google.com:443",
    "pan.baidu.com:443", "get.sogou.com:80", "qa.sogou.com:80", "www.baidu.com:80",
    "mtalk.google.com:5228", "play.google.com:443", "ssl.gstatic.com:443",
    "apis.google.com:443", "www.facebook.com:443", "static.xx.fbcdn.net:443",
    "mail.qq.com:443", "dl.google.com:443", "sp1.baidu.com:80", "ping.pinyin.sogou.com:80",
    "lv.sogou.com:80", "www.youtube.com:443", "i.ytimg.com:443", "api.github.com:443",
    "outlook.office365.com:443", "login.live.com:443", "update.microsoft.com:80",
    "safebrowsing.googleapis.com:443", "chrome.google.com:443", "www.bing.com:443",
    "news.sohu.com:80", "img.alicdn.com:443", "cdn.jsdelivr.net:443",
], 1.0)
_ipdst = ip_pool(7, 25)
_proxy = zipf_pick(["proxy.cse.cuhk.edu.hk:5070", "proxy.cse.cuhk.edu.hk:5071",
                    "socks.cse.cuhk.edu.hk:1080"], 2.0)


def hostport(rng, chunk):
    if "h" in chunk and rng.random() < 0.6:
        return chunk["h"]
    if rng.random() < 0.15:
        h = "%s:%d" % (_ipdst(rng), rng.choice([22, 80, 443, 8080, 5228]))
    else:
        h = _hosts(rng)
    chunk["h"] = h
    return h


def lifetime(rng):
    r = rng.random()
    if r < 0.45:
        return "<1 sec"
    if r < 0.9:
        return "00:%02d" % rng.randint(1, 59)
    if r < 0.98:
        return "%02d:%02d" % (rng.randint(1, 59), rng.randint(0, 59))
    return "%02d:%02d:%02d" % (rng.randint(1, 5), rng.randint(0, 59),
                               rng.randint(0, 59))


def nbytes(rng, unit):
    if unit == "":
        return "%d bytes" % rng.randint(0, 1023)
    if unit == "KB":
        b = rng.randint(1024, 1024 * 1024 - 1)
        return "%d bytes (%.2f KB)" % (b, b / 1024.0)
    b = rng.randint(1024 * 1024, 300 * 1024 * 1024)
    return "%d bytes (%.2f MB)" % (b, b / 1048576.0)


def close(su, ru):
    def fn(rng, chunk):
        return "%s close, %s sent, %s received, lifetime %s" % (
            hostport(rng, chunk), nbytes(rng, su), nbytes(rng, ru),
            lifetime(rng))
    lab = lambda u: "<*> bytes" if u == "" else "<*> bytes (<*> %s)" % u
    return F("<*> close, %s sent, %s received, lifetime <*>" % (lab(su), lab(ru)),
             fn)


def opened(kind):
    return F("<*> open through proxy <*> %s" % kind,
             lambda rng, c: "%s open through proxy %s %s" % (
                 hostport(rng, c), _proxy(rng), kind))


TEMPLATES = [
    opened("HTTPS"),
    close("", "KB"),
    close("KB", "KB"),
    close("", ""),
    opened("SOCKS5"),
    close("KB", "MB"),
    F("<*> error : Could not connect through proxy <*> - Proxy server cannot "
      "establish a connection with the target, status code <*>",
      lambda rng, c: "%s error : Could not connect through proxy %s - Proxy "
      "server cannot establish a connection with the target, status code %s"
      % (hostport(rng, c), _proxy(rng), rng.choice(["502", "503", "504"]))),
    close("KB", ""),
    F("<*> error : A connection request was canceled before the completion.",
      lambda rng, c: "%s error : A connection request was canceled before the "
      "completion." % hostport(rng, c)),
    close("", "MB"),
]
GENS = {}
