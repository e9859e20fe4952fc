import random
from common import Log, write_system

r = random.Random(4202)
L = Log()
PROGS = [("chrome.exe", 40), ("chrome.exe *64", 12), ("Dropbox.exe", 8), ("WeChat.exe", 7), ("git-remote-https.exe", 3),
         ("svchost.exe", 4), ("QQ.exe", 3), ("OneDrive.exe", 2), ("firefox.exe *64", 3), ("Code.exe", 2),
         ("Steam.exe", 1), ("YodaoDict.exe", 1), ("iexplore.exe", 1), ("SogouCloud.exe", 1), ("outlook.exe *64", 1)]
HOSTS = {
    "chrome.exe": ["www.google.com", "clients4.google.com", "clients2.google.com", "mtalk.google.com", "ssl.gstatic.com",
                   "www.googleapis.com", "apis.google.com", "play.google.com", "accounts.google.com", "fonts.gstatic.com",
                   "www.youtube.com", "i.ytimg.com", "github.com", "avatars0.githubusercontent.com", "stackoverflow.com",
                   "cdn.sstatic.net", "en.wikipedia.org", "upload.wikimedia.org", "scholar.google.com", "www.baidu.com"],
    "Dropbox.exe": ["client.dropbox.com", "d.dropbox.com", "api.dropbox.com", "bolt.dropbox.com", "notify.dropbox.com", "block.dropbox.com"],
    "WeChat.exe": ["183.232.231.172", "short.weixin.qq.com", "long.weixin.qq.com", "szshort.weixin.qq.com", "120.204.201.166", "dns.weixin.qq.com"],
    "git-remote-https.exe": ["github.com", "api.github.com", "codeload.github.com"],
    "svchost.exe": ["ctldl.windowsupdate.com", "fe2.update.microsoft.com", "sls.update.microsoft.com", "time.windows.com", "13.107.4.50"],
    "QQ.exe": ["qbwup.imtt.qq.com", "183.60.48.174", "pubstatic.qq.com", "sdkconfig.ad.qq.com"],
    "OneDrive.exe": ["onedrive.live.com", "skyapi.live.net", "login.live.com"],
    "Code.exe": ["marketplace.visualstudio.com", "update.code.visualstudio.com", "dc.services.visualstudio.com"],
    "Steam.exe": ["api.steampowered.com", "cm0.steampowered.com"],
    "YodaoDict.exe": ["dict.youdao.com", "oimagea2.ydstatic.com"],
    "iexplore.exe": ["www.bing.com", "go.microsoft.com"],
    "SogouCloud.exe": ["get.sogou.com", "ping.pinyin.sogou.com"],
}
PROXY = ("proxy.cse.cuhk.edu.hk", 5070)
SOCKS = ("127.0.0.1", 1080)

def hosts_for(p):
    base = p.split(" ")[0]
    if base == "firefox.exe":
        base = "chrome.exe"
    if base == "outlook.exe":
        return ["outlook.office365.com", "autodiscover-s.outlook.com"]
    return HOSTS[base]

def size(n):
    for unit, k in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= k:
            return "%.2f %s" % (n / k, unit)
    return None

def lifetime():
    k = r.random()
    if k < 0.4:
        return "<1 sec"
    if k < 0.93:
        s = int(r.expovariate(1 / 40.0)) + 1
        return "%02d:%02d" % (s // 60 % 60, s % 60)
    s = r.randint(3600, 20000)
    return "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)

def nbytes(big):
    k = r.random()
    if k < 0.25:
        return r.choice([0, 0, 0, 66, 229, 439, 517, 850, 1015])
    if k < 0.6 or not big:
        return r.randint(200, 6000)
    return int(r.lognormvariate(10, 2.5))

def close(p, h, port):
    s, rcv = nbytes(False), nbytes(True)
    ss, rs = size(s), size(rcv)
    lt = lifetime()
    if ss and rs:
        L.emit("<*> - <*>:<*> close, <*> bytes (<*>) sent, <*> bytes (<*>) received, lifetime <*>", p, h, port, s, ss, rcv, rs, lt)
    elif ss:
        L.emit("<*> - <*>:<*> close, <*> bytes (<*>) sent, <*> bytes received, lifetime <*>", p, h, port, s, ss, rcv, lt)
    elif rs:
        L.emit("<*> - <*>:<*> close, <*> bytes sent, <*> bytes (<*>) received, lifetime <*>", p, h, port, s, rcv, rs, lt)
    else:
        L.emit("<*> - <*>:<*> close, <*> bytes sent, <*> bytes received, lifetime <*>", p, h, port, s, rcv, lt)

L.emit("Welcome to Proxifier v<*>", "3.31")
L.emit("Proxifier is running in <*> mode", "Service")
openc = []
progs = [p for p, _ in PROGS]
weights = [w for _, w in PROGS]
proxy_down = 0
while len(L.rows) < 2000:
    if openc and (len(openc) > 25 or r.random() < 0.5):
        i = r.randrange(max(1, len(openc) - 8), len(openc)) if r.random() < 0.6 else r.randrange(len(openc))
        p, h, port, via = openc.pop(i)
        if proxy_down and via == "HTTPS" and r.random() < 0.7:
            L.emit("<*> - <*>:<*> error : Could not connect through proxy <*>:<*> - Proxy server cannot establish a connection with the target, status code <*>",
                   p, h, port, PROXY[0], PROXY[1], r.choice([403, 403, 403, 502]))
            proxy_down -= 1
        elif r.random() < 0.025:
            L.emit("<*> - <*>:<*> error : A connection request was canceled before the completion.", p, h, port)
        elif r.random() < 0.006:
            L.emit("<*> - <*>:<*> error : Could not connect to proxy <*>:<*> - connection attempt failed with error <*>", p, h, port, PROXY[0], PROXY[1], 10060)
        else:
            close(p, h, port)
        continue
    if r.random() < 0.004:
        proxy_down = r.randint(5, 25)
    p = r.choices(progs, weights)[0]
    burst = r.randint(1, 4) if p.startswith("chrome") else 1
    for _ in range(burst):
        h = r.choice(hosts_for(p))
        if r.random() < 0.006:
            bad = r.choice(["www.gooogle.com", "cdn.invalid-host.net", "xn--fiqs8s.cn", "wpad", "tracker.local"])
            L.emit("<*> - Could not resolve <*> error <*>", p, bad, 11001)
            continue
        port = 5228 if h == "mtalk.google.com" else (80 if r.random() < 0.12 else 443)
        if p.startswith("svchost") and r.random() < 0.3:
            L.emit("<*> - <*>:<*> open directly", p, h, port)
            openc.append((p, h, port, "direct"))
        elif p.startswith("WeChat") or p.startswith("QQ") or (p.startswith("Steam") and r.random() < 0.5):
            L.emit("<*> - <*>:<*> open through proxy <*>:<*> SOCKS5", p, h, port, SOCKS[0], SOCKS[1])
            openc.append((p, h, port, "SOCKS5"))
        else:
            L.emit("<*> - <*>:<*> open through proxy <*>:<*> HTTPS", p, h, port, PROXY[0], PROXY[1])
            openc.append((p, h, port, "HTTPS"))
write_system("ProxyClient", L)
