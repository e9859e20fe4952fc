"""Shared value pools and the generation / self-check framework (stdlib only)."""
import csv, os, random, re, uuid

R = random.Random(20261206)

BIRDS = ("kestrel osprey falcon heron egret plover curlew dunlin merlin harrier kite buzzard "
         "condor raven magpie jackdaw rook starling thrush robin wren finch siskin linnet "
         "bunting lark pipit wagtail swift swallow martin nightjar owl hoopoe roller bee-eater "
         "kingfisher woodpecker wryneck shrike oriole jay nutcracker chough crane stork ibis "
         "spoonbill pelican gannet cormorant shag fulmar petrel shearwater albatross puffin "
         "guillemot razorbill tern gull skua avocet stilt lapwing godwit sanderling knot ruff "
         "snipe woodcock redshank greenshank sandpiper turnstone phalarope grebe loon teal "
         "wigeon gadwall pintail shoveler pochard scaup eider scoter merganser goosander smew").split()
TREES = ("aspen birch cedar cypress elder elm fir hazel hemlock holly hornbeam juniper larch "
         "linden maple oak olive pine poplar rowan spruce sycamore walnut willow yew alder "
         "ash beech chestnut redwood sequoia acacia baobab cork ebony teak mahogany magnolia").split()
ROLES = "web api db cache mq worker batch edge proxy auth search etl ingest billing".split()
FIRST = ("alice bob carol dave erin frank grace heidi ivan judy mallory niaj olivia peggy "
         "rupert sybil trent victor walter xavier yvonne zoe aaron bianca caleb dana elias "
         "fiona gideon hannah isaac jonas kira liam maya noah oscar priya quentin rosa "
         "samir tara umar vera wesley ximena yusuf zara amelie bruno chiara dmitri esther "
         "farid greta hugo ingrid jakob kenji lena marco nadia otto paula rafael selma "
         "tobias ursula valentin wanda yara zeno agnes boris clara derek elena felix "
         "gustav helga irene jasper katja lorenzo miriam nils ophelia pavel").split()
SURN = ("smith jones garcia muller rossi novak silva kowalski nielsen dubois schmidt "
        "ivanova tanaka chen kim patel okafor mensah haddad costa ferreira lindqvist "
        "horvat popescu nagy weber fischer moreau laurent bianchi romano sato suzuki").split()
APPS = ("orders payments inventory shipping catalog billing invoices accounts checkout "
        "notifications emails reports analytics search pricing loyalty refunds ledger "
        "audit sessions profiles carts reviews recommendations fulfillment returns "
        "warehouse tracking quotes contracts subscriptions coupons rewards").split()
WORDS = ("alpha bravo delta echo foxtrot golf hotel india juliet kilo lima mike november "
         "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()


def pick(seq):
    return R.choice(seq)


def host():
    return "%s-%s" % (pick(ROLES), pick(BIRDS + TREES))


def user():
    r = R.random()
    if r < 0.7:
        return pick(FIRST)
    if r < 0.9:
        return "%s.%s" % (pick(FIRST), pick(SURN))
    return "svc-%s" % pick(APPS)


def ip(prefix=None):
    if prefix:
        return prefix + ".%d" % R.randint(2, 254)
    return "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254))


def port():
    return str(R.randint(32768, 60999))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def num(a, b):
    return str(R.randint(a, b))


def fl(a, b, d=3):
    return "%.*f" % (d, R.uniform(a, b))


def commas(n):
    return "{:,}".format(n)


def dur_ms():
    x = R.lognormvariate(3, 1.3)
    if x < 1000:
        return "%dms" % max(1, int(x)) if R.random() < 0.5 else "%.3fms" % x
    return "%.3fs" % (x / 1000)


def go_dur():
    """Go time.Duration String() output."""
    x = R.lognormvariate(2.5, 1.8)  # ms
    if x < 1:
        return "%.3fµs" % (x * 1000)
    if x < 1000:
        return ("%.6fms" % x).rstrip("0").rstrip(".")
    return ("%.6fs" % (x / 1000)).rstrip("0").rstrip(".")


class Cache:
    """Small pool of recently generated ids so that ids recur across lines."""
    def __init__(self, fn, size=30):
        self.fn, self.size, self.items = fn, size, []

    def __call__(self):
        if len(self.items) < self.size or R.random() < 0.15:
            v = self.fn()
            self.items.append(v)
            if len(self.items) > self.size:
                self.items.pop(0)
            return v
        return R.choice(self.items)


def fill(tpl, vals):
    parts = tpl.split("<*>")
    assert len(parts) == len(vals) + 1, (tpl, vals)
    out = [parts[0]]
    for v, p in zip(vals, parts[1:]):
        out.append(str(v))
        out.append(p)
    return "".join(out)


def tpl_regex(tpl):
    return re.compile("^" + ".*?".join(re.escape(p) for p in tpl.split("<*>")) + "$", re.S)


def generate(name, templates, outdir, n=2000):
    """templates: list of (template, weight, fn->tuple). Writes the three files."""
    tpls = [t for t, _, _ in templates]
    assert len(set(tpls)) == len(tpls), "duplicate template text"
    order = list(range(len(templates)))
    seq = order[:]  # every template at least once
    weights = [w for _, w, _ in templates]
    seq += R.choices(order, weights=weights, k=n - len(seq))
    R.shuffle(seq)
    lines, ids = [], []
    for i in seq:
        t, _, fn = templates[i]
        v = fn()
        if not isinstance(v, tuple):
            v = (v,)
        msg = fill(t, v)
        lines.append(msg)
        ids.append(i)
    # ---- self checks
    owner = {}
    for msg, i in zip(lines, ids):
        assert "\n" not in msg and "\r" not in msg and "\t" not in msg, msg
        assert tpl_regex(templates[i][0]).match(msg), (templates[i][0], msg)
        assert owner.setdefault(msg, i) == i, ("message in two templates", msg,
                                               templates[i][0], templates[owner[msg]][0])
        assert msg.strip() != "", templates[i][0]
    assert len(lines) == n
    os.makedirs(outdir, exist_ok=True)
    eid = {}
    counts = {}
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    # number templates E1.. in template-list order
    for k, i in enumerate(order):
        eid[i] = "E%d" % (k + 1)
    with open(os.path.join(outdir, name + "_2k.content.txt"), "w", encoding="utf-8", newline="\n") as f:
        for m in lines:
            f.write(m + "\n")
    with open(os.path.join(outdir, name + "_2k.log_structured_corrected.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for k, (m, i) in enumerate(zip(lines, ids)):
            w.writerow([k + 1, m, eid[i], templates[i][0]])
    with open(os.path.join(outdir, name + "_2k.log_templates_corrected.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for i in order:
            w.writerow([eid[i], templates[i][0], counts[i]])
    top = sorted(counts.values(), reverse=True)
    print("%-16s templates=%d lines=%d top5=%s singletons=%d" % (
        name, len(templates), len(lines), top[:5], sum(1 for c in top if c == 1)))
    return lines, ids
