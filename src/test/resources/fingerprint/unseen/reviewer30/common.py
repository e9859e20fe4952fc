"""Shared machinery for the synthetic Loghub-2k-style test sets.

A system module defines *templates* (one per event type, the unit of the
ground truth) and *scenarios* (functions that emit realistic, bursty runs of
lines), then calls Builder.assemble() to obtain exactly N lines.

Template spec syntax: literal text with slots ``%{name}`` or
``%{name:generator}``.  Every slot is a variable (rendered as ``<*>`` in
the EventTemplate); everything else is constant.  A slot's value comes from
the keyword argument of the same name given to ``e()`` / ``r()``, or else from
the generator registered under ``generator`` (default: the slot name).

Determinism: everything draws from one random.Random(seed) per system, no
set/hash iteration order is used anywhere, so the output does not depend on
PYTHONHASHSEED.  Stdlib only.
"""

import csv
import io
import os
import random
import re
from itertools import accumulate

SLOT_RE = re.compile(r"%\{(\w+)(?::(\w+))?\}")
MASK = "<*>"


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
class Template:
    def __init__(self, key, spec):
        self.key = key
        self.spec = spec
        self.parts = []
        pos = 0
        for m in SLOT_RE.finditer(spec):
            if m.start() > pos:
                self.parts.append(spec[pos:m.start()])
            self.parts.append((m.group(1), m.group(2) or m.group(1)))
            pos = m.end()
        if pos < len(spec):
            self.parts.append(spec[pos:])
        self.slots = [p[0] for p in self.parts if isinstance(p, tuple)]
        if len(set(self.slots)) != len(self.slots):
            raise ValueError("duplicate slot name in %s: %r" % (key, spec))
        self.text = SLOT_RE.sub(lambda m: MASK, spec)
        consts = self.text.split(MASK)
        self.regex = re.compile(
            "\\A" + "(.*?)".join(re.escape(c) for c in consts) + "\\Z",
            re.DOTALL)


# ---------------------------------------------------------------------------
# value pools and generators
# ---------------------------------------------------------------------------
def dedup(items):
    return list(dict.fromkeys(items))


class Pool:
    """Items with Zipf-like popularity: the i-th item (after an optional
    seeded shuffle) has weight 1 / (i + 1) ** s."""

    def __init__(self, items, s=1.0, shuffle_seed=None):
        self.items = dedup(items)
        if shuffle_seed is not None:
            random.Random(shuffle_seed).shuffle(self.items)
        self.cum = list(accumulate(1.0 / (i + 1) ** s
                                   for i in range(len(self.items))))

    def pick(self, rng):
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def uniform(self, rng):
        return rng.choice(self.items)

    def __len__(self):
        return len(self.items)


def interleave(rng, seqs, stick=0.6):
    """Merge several line sequences (concurrent connections / threads),
    keeping each one's order; with probability `stick` the same sequence
    continues, otherwise a random live one does."""
    seqs = [list(s) for s in seqs if s]
    idx = [0] * len(seqs)
    out = []
    cur = 0
    while seqs:
        if rng.random() >= stick:
            cur = rng.randrange(len(seqs))
        cur = min(cur, len(seqs) - 1)
        out.append(seqs[cur][idx[cur]])
        idx[cur] += 1
        if idx[cur] == len(seqs[cur]):
            del seqs[cur]
            del idx[cur]
    return out


def weighted(rng, pairs):
    """pairs: list of (value, weight)."""
    vals = [p[0] for p in pairs]
    ws = [p[1] for p in pairs]
    return rng.choices(vals, weights=ws)[0]


def lognum(rng, lo, hi):
    """Integer roughly log-uniform in [lo, hi]."""
    import math
    a, b = math.log(max(lo, 1)), math.log(hi)
    return max(lo, min(hi, int(math.exp(rng.uniform(a, b)))))


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


_PRIVATE_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 225, 226,
                  227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238,
                  239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250,
                  251, 252, 253, 254, 255}
_PUBLIC_FIRST = [i for i in range(1, 224) if i not in _PRIVATE_FIRST]


def public_ip(rng):
    return "%d.%d.%d.%d" % (rng.choice(_PUBLIC_FIRST), rng.randrange(256),
                            rng.randrange(256), rng.randrange(1, 255))


def ipv6(rng, prefix="2001:db8"):
    return prefix + ":" + ":".join("%x" % rng.randrange(65536)
                                   for _ in range(6))


def mac_addr(rng):
    return ":".join("%02x" % rng.randrange(256) for _ in range(6))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64s(rng, n, alphabet=B64):
    return "".join(rng.choice(alphabet) for _ in range(n))


# Word material shared by the systems ---------------------------------------
FIRST_NAMES = """
alice bob carol dave erin frank grace heidi ivan judy mallory oscar peggy
rupert sybil trent victor walter wendy xavier yvonne zack aaron abigail adam
adrian alan albert alex alexander alexis amanda amber amy andrea andrew angela
anna anthony antonio arthur ashley austin barbara benjamin beth betty bill
brandon brenda brian bruce bryan carl carlos catherine charles chris christina
christine cindy claire craig daniel danielle david debra dennis diana diane
donald donna doris dorothy douglas dylan edward elena elizabeth emily emma eric
ethan eugene evelyn felix fiona frances gabriel gary george gerald gloria
gregory hannah harold harry heather helen henry howard isabel jack jacob james
jane janet jason jean jeffrey jennifer jeremy jerry jesse jessica joan joe john
johnny jonathan jordan jose joseph joshua joyce juan julia julie justin karen
katherine kathleen keith kelly kenneth kevin kimberly kyle larry laura lauren
lawrence linda lisa logan louis lucas luis madison margaret maria marie marilyn
mark martha martin mary matthew megan melissa michael michelle nancy natalie
nathan nicholas nicole noah olivia pamela patricia patrick paul peter philip
rachel ralph randy raymond rebecca richard robert roger ronald rose roy russell
ruth ryan samantha samuel sandra sara scott sean sharon shirley sophia stephanie
stephen steven susan teresa terry theresa thomas timothy tyler vincent virginia
wayne william zoe wei ming jun hui yan lei fang jing chen li wang zhang liu yang
huang zhao zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han
tang feng yu dong xiao cheng cao yuan deng xu fu shen zeng peng lu su jiang cai
jia ding wei xue ye yan pan du dai xia zhong tian ren hao kenji yuki hiroshi
takeshi akira sakura ravi priya amit anil sunita rahul pooja deepak sanjay
""".split()

SERVICE_ACCOUNTS = """
admin test guest oracle postgres mysql ubuntu pi git user support ftpuser ftp
nagios hadoop tomcat www www-data jenkins deploy ansible vagrant centos ec2-user
debian administrator operator backup minecraft teamspeak ts3 steam vnc zabbix
elastic elasticsearch kafka redis mongodb odoo nginx apache web dev developer
demo student teacher info sales office service system sysadmin manager
webmaster mail postfix squid hduser spark flink gitlab svn bin daemon nobody
uucp proxy list irc backup1 test1 test2 test123 user1 user01 user2 admin1
admin123 1234 123456 ubnt usuario default root1 ftptest testuser webadmin
sshd sftp sftpuser upload uploader monitor nagios1 cacti zimbra wp wordpress
magento shop store db dbadmin sa sql mssql oracle1 informix sybase cisco
huawei tplink dlink netgear router switch telecomadmin supervisor security
scanner printer camera dvr nvr hikvision dahua xc3511 vizxv anonymous guest1
""".split()

DOMAIN_WORDS = """
acme alpha apex arc atlas aurora axis beacon birch blue bolt bright brook
cedar cloud cobalt comet coral crest crystal delta dune echo ember falcon fern
fjord flux forge frost fusion galaxy garnet glacier granite harbor hawk helix
horizon indigo iris jade jasper juniper karma kestrel lagoon lark lime linden
lotus lumen lunar lynx maple marble meadow mesa meteor mint nebula nimbus noble
north nova oak oasis olive onyx orbit orchid osprey pacific panda pearl pepper
phoenix pine pixel polar prism pulse quartz quill radiant raven reef ridge
river rocket ruby sable sage sierra silver slate solar sonic spark sprout
spruce star stone summit sun swift tango terra thunder tidal timber topaz
trail tundra umbra valley vector velvet vertex violet vista wave willow wind
zen zephyr marryaldkfaczcz qingdao hinet chinanet vnpt telkom kornet rima
brasiltelecom airtel vodafone orange telefonica comcast verizon ovh hetzner
contabo linode digitalocean vultr leaseweb choopa colocrossing
""".split()

TLDS = ["com", "net", "org", "ru", "cn", "br", "de", "vn", "in", "io",
        "co.uk", "fr", "it", "nl", "kr", "jp", "tw", "id", "pl", "ua", "ar",
        "mx", "tr", "es", "ro", "info", "biz", "com.br", "com.cn", "net.cn"]


def host_name(rng, with_digits_p=0.35):
    """A DNS name; most have no digit at all."""
    w = rng.choice(DOMAIN_WORDS)
    tld = rng.choice(TLDS)
    r = rng.random()
    if r < with_digits_p / 2:
        return "%s%d.%s.%s" % (rng.choice(["mail", "mx", "ns", "srv", "vps",
                                            "web", "host"]),
                               rng.randrange(1, 40), w, tld)
    if r < with_digits_p:
        a, b, c, d = (rng.randrange(1, 255) for _ in range(4))
        return rng.choice([
            "%d-%d-%d-%d.%s.%s" % (a, b, c, d, w, tld),
            "static.%d.%d.%d.%d.clients.%s.%s" % (d, c, b, a, w, tld),
            "host%d-%d-%d-%d.%s.%s" % (a, b, c, d, w, tld)])
    sub = rng.choice(["", "", "www.", "mail.", "ns.", "ns1.", "mx.", "smtp.",
                      "static.", "dynamic.", "gw.", "vpn.", "cpanel.",
                      "server.", "cloud.", "customer.", "dsl.", "pool."])
    if sub == "ns1.":
        sub = "ns."
    return "%s%s.%s" % (sub, w, tld)


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self, name, seed, n=2000):
        self.name = name
        self.n = n
        self.rng = random.Random(seed)
        self.templates = {}
        self.gens = {}
        self.buf = []
        self.lines = None
        self.ws_slots = {}  # (template key, slot) -> True if a value had a space

    # definition ------------------------------------------------------------
    def t(self, key, spec):
        if key in self.templates:
            raise ValueError("template key defined twice: %s" % key)
        self.templates[key] = Template(key, spec)

    def g(self, name, fn):
        self.gens[name] = fn

    # rendering -------------------------------------------------------------
    def r(self, key, **fixed):
        t = self.templates[key]
        for k in fixed:
            if k not in t.slots:
                raise KeyError("%s has no slot %r (spec %r)" % (key, k, t.spec))
        out = []
        for p in t.parts:
            if isinstance(p, str):
                out.append(p)
                continue
            slot, gen = p
            if slot in fixed:
                v = fixed[slot]
            else:
                try:
                    fn = self.gens[gen]
                except KeyError:
                    raise KeyError("no generator %r for slot %r of %s"
                                   % (gen, slot, key))
                v = fn(self.rng)
            v = str(v)
            if any(ch.isspace() for ch in v) or v == "":
                self.ws_slots[(key, slot)] = True
            out.append(v)
        return (key, "".join(out))

    def e(self, key, **fixed):
        """Emit one line into the current scenario buffer."""
        self.buf.append(self.r(key, **fixed))

    # assembling ------------------------------------------------------------
    def rare_count(self, s=1.4, top=5):
        return weighted(self.rng, [(k, 1.0 / k ** s) for k in range(1, top + 1)])

    def tail_blocks(self, keys, counts=None, burst_p=0.5):
        """Rare templates: each key gets `counts[key]` (or a Zipf count 1..5)
        occurrences, either as one consecutive burst or scattered."""
        blocks = []
        for key in keys:
            c = (counts or {}).get(key) or self.rare_count()
            lines = [self.r(key) for _ in range(c)]
            if c > 1 and self.rng.random() < burst_p:
                blocks.append(lines)
            else:
                blocks.extend([l] for l in lines)
        return blocks

    def assemble(self, scenarios, blocks=(), optional=()):
        """scenarios: list of (weight, fn); each fn() emits with self.e().
        blocks: list of pre-rendered line lists inserted at random places.
        Every defined template except those in `optional` is guaranteed to
        occur: one the scenarios did not produce gets a rare tail block."""
        blocks = list(blocks)
        self.optional = list(optional)
        fns = [f for _, f in scenarios]
        ws = [w for w, _ in scenarios]
        main = []
        tail_n = sum(len(b) for b in blocks)
        extra_done = False
        while True:
            need = self.n - tail_n
            if need <= 0:
                raise ValueError("%s: tail larger than the data set"
                                 % self.name)
            while len(main) < need:
                self.buf = []
                self.rng.choices(fns, weights=ws)[0]()
                main.extend(self.buf)
            self.buf = []
            if extra_done:
                break
            present = set(k for k, _ in main[:need])
            present.update(k for blk in blocks for k, _ in blk)
            missing = [k for k in self.templates
                       if k not in present and k not in optional]
            blocks.extend(self.tail_blocks(missing))
            tail_n = sum(len(b) for b in blocks)
            extra_done = True
        main = main[:need]
        pos = sorted((self.rng.randrange(need + 1), i)
                     for i in range(len(blocks)))
        out, j = [], 0
        for p, i in pos:
            out.extend(main[j:p])
            out.extend(blocks[i])
            j = p
        out.extend(main[j:])
        assert len(out) == self.n
        self.lines = out
        return out


# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------
def check(b, ambiguity_ok=()):
    """Consistency checks of a built system. Returns a list of problems
    (empty = fine) and a list of warnings."""
    problems, warnings = [], []
    used = dedup(k for k, _ in b.lines)
    texts = {}
    for k in used:
        tx = b.templates[k].text
        if tx in texts:
            problems.append("two templates with the same text %r: %s, %s"
                            % (tx, texts[tx], k))
        texts[tx] = k
    owner = {}
    for k, c in b.lines:
        if c != c.strip() or "\n" in c or "\r" in c or "\t" in c or c == "":
            problems.append("%s: bad whitespace in %r" % (k, c))
        if not b.templates[k].regex.match(c):
            problems.append("%s: line does not match its template: %r"
                            % (k, c))
        if owner.setdefault(c, k) != k:
            problems.append("same content under two templates %s / %s: %r"
                            % (owner[c], k, c))
    ok = set(tuple(sorted(p)) for p in ambiguity_ok)
    seen = {}
    # A line is ambiguous if another template could have produced it with
    # values like the ones that template really produces: a slot whose
    # values never held whitespace (nor were empty) may only match a
    # non-empty run of non-space characters.
    strict = {}
    for k2 in used:
        t = b.templates[k2]
        consts = t.text.split(MASK)
        rx = re.escape(consts[0])
        for slot, c in zip(t.slots, consts[1:]):
            rx += "(.*?)" if b.ws_slots.get((k2, slot)) else "(\\S+?)"
            rx += re.escape(c)
        strict[k2] = re.compile("\\A" + rx + "\\Z", re.DOTALL)
    for c, k in owner.items():
        for k2 in used:
            if k2 == k:
                continue
            if strict[k2].match(c):
                pair = tuple(sorted((k, k2)))
                if pair in ok:
                    continue
                if pair not in seen:
                    seen[pair] = c
    for (a, z), c in seen.items():
        problems.append("ambiguous: line of one template also matches the "
                        "other (%s / %s): %r" % (a, z, c))
    # templates defined but not used
    unused = [k for k in b.templates if k not in set(used)
              and k not in getattr(b, "optional", ())]
    if unused:
        warnings.append("%d defined templates do not occur: %s"
                        % (len(unused), ", ".join(unused)))
    return problems, warnings


def event_ids(b):
    """EventIds E1..En in template definition order, occurring ones only."""
    used = set(k for k, _ in b.lines)
    ids = {}
    for k in b.templates:
        if k in used:
            ids[k] = "E%d" % (len(ids) + 1)
    return ids


def write(b, outdir):
    os.makedirs(outdir, exist_ok=True)
    name = b.name
    ids = event_ids(b)
    with open(os.path.join(outdir, name + "_2k.content.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for _, c in b.lines:
            f.write(c + "\n")
    with open(os.path.join(outdir, name + "_2k.log_structured_corrected.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (k, c) in enumerate(b.lines, 1):
            w.writerow([i, c, ids[k], b.templates[k].text])
    counts = {}
    for k, _ in b.lines:
        counts[k] = counts.get(k, 0) + 1
    with open(os.path.join(outdir, name + "_2k.log_templates_corrected.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for k, eid in ids.items():
            w.writerow([eid, b.templates[k].text, counts[k]])
    return ids, counts


def stats(b):
    counts = {}
    for k, _ in b.lines:
        counts[k] = counts.get(k, 0) + 1
    cs = sorted(counts.values(), reverse=True)
    runs = 1 + sum(1 for i in range(1, len(b.lines))
                   if b.lines[i][0] != b.lines[i - 1][0])
    return {
        "templates": len(cs),
        "top1": cs[0], "top5": sum(cs[:5]),
        "le5": sum(1 for c in cs if c <= 5),
        "singletons": sum(1 for c in cs if c == 1),
        "runs": runs,
        "mean_run": len(b.lines) / runs,
    }
