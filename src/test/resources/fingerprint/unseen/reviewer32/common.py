"""Common machinery for the synthetic Loghub-2k-style test sets.

Stdlib only. Everything is driven by random.Random(seed) instances and
ordered containers (lists, insertion-ordered dicts), never by iteration
over sets, so the output does not depend on PYTHONHASHSEED.

A template is written once, as text with typed slots:

    "Failed password for @{user} from @{ip} port @{port} ssh2"

The slot syntax is  @{gen}  @{gen:arg}  or  @{label=gen:arg}.
The ground-truth template (Loghub "EventTemplate") is the text with every
slot replaced by <*>; a content line is the text with every slot replaced
by a value. Values come from the generator `gen` of a ValueGen (or are
given explicitly at render time, by label; an unlabelled slot's label is
its generator name, which is how
a simulation keeps one IP address or one user name across a session).
So the ground truth is exact by construction: a token is <*> exactly when
it comes from a slot.
"""

import csv
import math
import os
import re

_RANGE = re.compile(r"(-?\d+)-(-?\d+)\Z")
SLOT = re.compile(r"@\{(?:(\w+)=)?(\w+)(?::([^}]*))?\}")
N_LINES = 2000


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
class Tpl:
    __slots__ = ("key", "text", "gt", "parts", "w", "burst", "tag")

    def __init__(self, key, text, w=1.0, burst=1.0, tag=None):
        self.key = key
        self.text = text
        self.w = w
        self.burst = burst
        self.tag = tag
        self.gt = SLOT.sub("<*>", text)
        parts = []
        pos = 0
        for m in SLOT.finditer(text):
            if m.start() > pos:
                parts.append((0, text[pos:m.start()]))
            label, gen, arg = m.group(1), m.group(2), m.group(3)
            parts.append((1, (label or gen, gen, arg)))
            pos = m.end()
        if pos < len(text):
            parts.append((0, text[pos:]))
        self.parts = parts

    def slots(self):
        return [p[1] for p in self.parts if p[0] == 1]

    def render(self, vg, **given):
        out = []
        for kind, p in self.parts:
            if kind == 0:
                out.append(p)
                continue
            label, gen, arg = p
            if label in given:
                v = given[label]
            else:
                v = vg.value(gen, arg)
            out.append(str(v))
        return "".join(out)


class TemplateSet:
    """Ordered registry of the templates of one system."""

    def __init__(self, system):
        self.system = system
        self.by_key = {}
        self.order = []

    def add(self, key, text, w=1.0, burst=1.0, tag=None):
        if key in self.by_key:
            raise ValueError("duplicate template key %r" % key)
        t = Tpl(key, text, w, burst, tag)
        self.by_key[key] = t
        self.order.append(t)
        return t

    def __getitem__(self, key):
        return self.by_key[key]

    def __len__(self):
        return len(self.order)


# --------------------------------------------------------------------------
# values
# --------------------------------------------------------------------------
def zipf_weights(n, s=1.0, offset=1.0):
    return [1.0 / ((i + offset) ** s) for i in range(n)]


class Pool:
    """A list of values drawn with Zipf-like weights (first = most common)."""

    def __init__(self, values, s=1.0, offset=1.0):
        self.values = list(values)
        if not self.values:
            raise ValueError("empty pool")
        w = zipf_weights(len(self.values), s, offset)
        acc, cum = 0.0, []
        for x in w:
            acc += x
            cum.append(acc)
        self.cum = cum

    def draw(self, rng):
        import bisect
        x = rng.random() * self.cum[-1]
        return self.values[bisect.bisect_right(self.cum, x)]


class ValueGen:
    """Value generators for slots. Subclass / register pools per system."""

    def __init__(self, rng):
        self.rng = rng
        self.pools = {}
        self.extra = {}

    # registration ---------------------------------------------------------
    def pool(self, name, values, s=1.0, offset=1.0):
        self.pools[name] = Pool(values, s, offset)

    def register(self, name, fn):
        self.extra[name] = fn

    # dispatch -------------------------------------------------------------
    def value(self, gen, arg):
        if gen in self.extra:
            return self.extra[gen](arg)
        fn = getattr(self, "g_" + gen, None)
        if fn is None:
            if gen in self.pools:
                return self.pools[gen].draw(self.rng)
            raise KeyError("no value generator %r" % gen)
        return fn(arg)

    # generic generators ---------------------------------------------------
    def g_pool(self, arg):
        return self.pools[arg].draw(self.rng)

    def g_int(self, arg):
        m = _RANGE.match(arg or "0-100")
        return self.rng.randint(int(m.group(1)), int(m.group(2)))

    def g_lint(self, arg):
        """log-uniform integer a-b (many small, some large)."""
        a, b = (arg or "1-100000").split("-")
        a, b = max(1, int(a)), int(b)
        return int(round(math.exp(self.rng.uniform(math.log(a),
                                                   math.log(b + 0.999)))))

    def g_f(self, arg):
        """float a-b with d decimals: 'a-b:d'."""
        rng_part, _, d = (arg or "0-1:2").partition(":")
        a, b = rng_part.split("-")
        d = int(d or 2)
        return "%.*f" % (d, self.rng.uniform(float(a), float(b)))

    def g_hex(self, arg):
        n = int(arg or 8)
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def g_HEX(self, arg):
        n = int(arg or 8)
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def g_ptr(self, arg):
        # user-space / kernel-ish pointer as printed by %p
        return "0x7f" + self.rng.choice("abcdef89") + \
            "".join(self.rng.choice("0123456789abcdef") for _ in range(9))

    def g_kptr(self, arg):
        return "0xffffff80" + \
            "".join(self.rng.choice("0123456789abcdef") for _ in range(8))

    def g_pick(self, arg):
        return self.rng.choice(arg.split("|"))

    def g_zpick(self, arg):
        vals = arg.split("|")
        return Pool(vals).draw(self.rng)

    def g_ip(self, arg):
        r = self.rng
        return "%d.%d.%d.%d" % (r.choice([r.randint(1, 223), r.randint(1, 223),
                                          r.choice([17, 23, 31, 52, 54, 59,
                                                    104, 112, 113, 116,
                                                    119, 121, 125, 151,
                                                    172, 183, 185, 202,
                                                    203, 211, 218, 220,
                                                    221, 222])]),
                                r.randint(0, 255), r.randint(0, 255),
                                r.randint(1, 254))

    def g_ipv6(self, arg):
        r = self.rng
        if r.random() < 0.5:
            return "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff)
                                              for _ in range(4))
        return "2607:f140:6000:%x:%x:%x:%x:%x" % tuple(r.randint(0, 0xffff)
                                                       for _ in range(5))

    def g_mac(self, arg):
        return ":".join("%02x" % self.rng.randint(0, 255) for _ in range(6))

    def g_uuid(self, arg):
        h = self.g_hex("32")
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def g_UUID(self, arg):
        return self.g_uuid(arg).upper()

    def g_port(self, arg):
        return self.rng.randint(1025, 65535)

    def g_pid(self, arg):
        return self.rng.choice([self.rng.randint(40, 999),
                                self.rng.randint(1000, 99999),
                                self.rng.randint(1000, 99999)])


# --------------------------------------------------------------------------
# stream assembly helpers
# --------------------------------------------------------------------------
def weighted_choice(rng, items, weights):
    total = sum(weights)
    x = rng.random() * total
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if x < acc:
            return it
    return items[-1]


def geometric(rng, mean):
    """1 + geometric with the given mean (mean >= 1)."""
    if mean <= 1.0:
        return 1
    p = 1.0 / mean
    n = 1
    while rng.random() > p and n < 200:
        n += 1
    return n


def finish_stream(rng, stream, tset, render_one, n=N_LINES, cover=True):
    """stream: list of (key, content). Makes it exactly n lines long and,
    if cover, makes every template of tset occur at least once (missing
    ones are rendered once with render_one(key) and inserted at seeded
    random positions). Lines are only ever dropped from the end, and only
    when their template has other occurrences."""
    stream = list(stream)
    counts = {}
    for k, _ in stream:
        counts[k] = counts.get(k, 0) + 1
    missing = [t.key for t in tset.order if counts.get(t.key, 0) == 0] \
        if cover else []
    target = n - len(missing)
    if target < 0:
        raise ValueError("%s: %d templates cannot fit in %d lines"
                         % (tset.system, len(missing), n))
    i = len(stream) - 1
    while len(stream) > target and i >= 0:
        k = stream[i][0]
        if counts[k] > 1:
            counts[k] -= 1
            del stream[i]
        i -= 1
        if i >= len(stream):
            i = len(stream) - 1
    if len(stream) > target:
        raise ValueError("%s: could not trim stream" % tset.system)
    if len(stream) < target:
        raise ValueError("%s: stream too short (%d < %d)"
                         % (tset.system, len(stream), target))
    for k in missing:
        pos = rng.randint(0, len(stream))
        stream.insert(pos, (k, render_one(k)))
    assert len(stream) == n
    return stream


# --------------------------------------------------------------------------
# validation + output
# --------------------------------------------------------------------------
def _regex_for(gt, star):
    pieces = gt.split("<*>")
    return re.compile(star.join(re.escape(p) for p in pieces) + r"\Z",
                      re.DOTALL)


def validate(system, tset, stream):
    """Hard checks (raise) and soft overlap diagnostics (returned)."""
    problems = []
    if len(stream) != N_LINES:
        problems.append("line count %d" % len(stream))
    gts = {}
    for t in tset.order:
        if t.gt in gts and gts[t.gt] != t.key:
            problems.append("two keys share template %r: %s, %s"
                            % (t.gt, gts[t.gt], t.key))
        gts[t.gt] = t.key
    owner = {}
    loose = {t.key: _regex_for(t.gt, "(?:.*?)") for t in tset.order}
    for i, (k, c) in enumerate(stream, 1):
        if k not in tset.by_key:
            problems.append("line %d: unknown template key %r" % (i, k))
            continue
        if c != c.strip():
            problems.append("line %d: leading/trailing blank: %r" % (i, c))
        if c == "":
            problems.append("line %d: empty" % i)
        if any(ch in c for ch in "\n\r\t"):
            problems.append("line %d: control char: %r" % (i, c))
        try:
            c.encode("ascii")
        except UnicodeEncodeError:
            problems.append("line %d: non-ASCII: %r" % (i, c))
        if not loose[k].match(c):
            problems.append("line %d: does not match own template: %r / %r"
                            % (i, c, tset[k].gt))
        if c in owner and owner[c] != k:
            problems.append("line %d: same content under two templates "
                            "(%s, %s): %r" % (i, owner[c], k, c))
        owner.setdefault(c, k)
    if problems:
        raise ValueError("%s: %d problem(s):\n  %s" % (
            system, len(problems), "\n  ".join(problems[:40])))
    # soft: a line that also fits another template where every <*> is one
    # non-empty whitespace-free token (a real ambiguity of the labels)
    strict = [(t.key, _regex_for(t.gt, r"\S+")) for t in tset.order]
    overlaps = {}
    seen = set()
    for k, c in stream:
        if c in seen:
            continue
        seen.add(c)
        for k2, rx in strict:
            if k2 != k and rx.match(c):
                overlaps.setdefault((k, k2), c)
    return overlaps


def write_system(outdir, system, tset, stream):
    os.makedirs(outdir, exist_ok=True)
    used = []
    counts = {}
    for k, _ in stream:
        if k not in counts:
            used.append(k)
        counts[k] = counts.get(k, 0) + 1
    # EventIds E1..En in case-insensitive template order (as Loghub files)
    keys = sorted(used, key=lambda k: (tset[k].gt.lower(), tset[k].gt))
    eid = {k: "E%d" % (i + 1) for i, k in enumerate(keys)}
    with open(os.path.join(outdir, system + "_2k.content.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        for _, c in stream:
            f.write(c + "\n")
    with open(os.path.join(outdir, system + "_2k.log_structured_corrected.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (k, c) in enumerate(stream, 1):
            w.writerow([i, c, eid[k], tset[k].gt])
    with open(os.path.join(outdir, system + "_2k.log_templates_corrected.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for k in keys:
            w.writerow([eid[k], tset[k].gt, counts[k]])
    return len(keys), counts


def run_bursty(rng, tset, keys, render, n_target, weight_of=None,
               burst_of=None):
    """Background generator: repeatedly pick a template (by weight) and emit
    a run of geometric length (mean = its burst). Returns list of
    (key, content)."""
    weight_of = weight_of or (lambda k: tset[k].w)
    burst_of = burst_of or (lambda k: tset[k].burst)
    ws = [weight_of(k) for k in keys]
    out = []
    while len(out) < n_target:
        k = weighted_choice(rng, keys, ws)
        for _ in range(geometric(rng, burst_of(k))):
            out.append((k, render(k)))
    return out
