"""Shared helpers for the synthetic log generators (stdlib only, deterministic)."""
import csv, os, random, re, uuid as _uuid

USERS = ["alice", "bob", "jdoe", "mgarcia", "deploy", "priya", "tchen", "kwalker",
         "ansible", "svc-backup", "jenkins", "oliver", "nadia", "ops", "lucas"]
CITIES = ["paris", "frankfurt", "dublin", "oregon", "virginia", "tokyo", "saopaulo", "mumbai"]
DOMAINS = ["www.google.com", "api.github.com", "updates.signal.org", "connectivitycheck.gstatic.com",
           "graph.facebook.com", "time.apple.com", "ocsp.digicert.com", "clients.l.google.com",
           "nas.lan", "printer.lan", "detectportal.firefox.com", "ntp.ubuntu.com", "ghcr.io",
           "registry.npmjs.org", "pypi.org", "mobile.events.data.microsoft.com", "edge.microsoft.com",
           "ssl.gstatic.com", "weather.service.msn.com", "e1234.dscb.akamaiedge.net",
           "s3.us-west-2.amazonaws.com", "slack.com", "wss-primary.slack.com", "outlook.office.com",
           "login.microsoftonline.com", "api.spotify.com", "homeassistant.lan", "raspberrypi.lan",
           "play.googleapis.com", "i.ytimg.com", "cdn.jsdelivr.net", "fonts.googleapis.com",
           "tracking.example.net", "mail.proton.me", "firefox.settings.services.mozilla.com",
           "android.clients.google.com", "captive.apple.com", "api.openweathermap.org"]


def ip(r, private=True):
    if private:
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 9), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.choice([0, 1, 10]), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    return "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def port(r):
    return str(r.randint(1024, 65535))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uid(r):
    return str(_uuid.UUID(int=r.getrandbits(128), version=4))


def fl(r, a, b, nd=3):
    return ("%." + str(nd) + "f") % r.uniform(a, b)


def mac(r):
    return ":".join(hexs(r, 2) for _ in range(6))


def zipf_counts(r, n, total=2000, s=1.15, n_rare=None):
    """Counts for n templates ranked 0..n-1: Zipf-like head, a tail of 1s and 2s."""
    if n_rare is None:
        n_rare = max(2, n // 6)
    rare = [r.choice([1, 1, 2]) for _ in range(n_rare)]
    rare[0] = 1
    if n_rare > 1:
        rare[1] = 2
    head = n - n_rare
    w = [1.0 / (i + 1) ** s for i in range(head)]
    left = total - sum(rare)
    cnt = [max(3, int(left * x / sum(w))) for x in w]
    cnt[0] += left - sum(cnt)
    return cnt + rare


def build(name, templates, seed, outdir, dominant=5):
    """templates: list of (template_with_<*>, [generator per <*>]).
    The first `dominant` templates keep their rank; the rest are shuffled."""
    r = random.Random(seed)
    head, rest = templates[:dominant], templates[dominant:]
    r.shuffle(rest)
    ordered = head + rest
    counts = zipf_counts(r, len(ordered))
    rows = []
    for (tpl, gens), c in zip(ordered, counts):
        nslots = tpl.count("<*>")
        assert nslots == len(gens), (name, tpl, nslots, len(gens))
        for _ in range(c):
            parts = tpl.split("<*>")
            out = parts[0]
            for g, p in zip(gens, parts[1:]):
                v = g(r) if callable(g) else r.choice(g)
                out += v + p
            assert "\n" not in out and "\r" not in out, out
            rows.append((out, tpl))
    r.shuffle(rows)
    ids = {}
    for tpl, _ in ordered:
        ids.setdefault(tpl, "E%d" % (len(ids) + 1))
    assert len(ids) == len(ordered), "duplicate template in " + name
    d = os.path.join(outdir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + "_2k.content.txt"), "w", encoding="utf-8", newline="\n") as f:
        for c, _ in rows:
            f.write(c + "\n")
    with open(os.path.join(d, name + "_2k.log_structured_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (c, t) in enumerate(rows, 1):
            w.writerow([i, c, ids[t], t])
    with open(os.path.join(d, name + "_2k.log_templates_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for (t, _), c in zip(ordered, counts):
            w.writerow([ids[t], t, c])
    return len(rows), len(ordered)
