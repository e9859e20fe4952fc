"""Shared machinery: templates, Zipf counts, bursty ordering, labels, checks."""
import random
import re

SLOT = re.compile(r"%\{(\w+)\}")
MASK = "<*>"


class T:
    """One template. Either a pattern with %{gen} slots, or (label, fn)."""

    def __init__(self, pattern=None, label=None, fn=None, weight=None):
        self.pattern = pattern
        self.fn = fn
        self.weight = weight
        self.label = label if label is not None else SLOT.sub(MASK, pattern)


def P(pattern, weight=None):
    return T(pattern=pattern, weight=weight)


def F(label, fn, weight=None):
    return T(label=label, fn=fn, weight=weight)


def render(t, rng, gens, chunk):
    if t.fn is not None:
        return t.fn(rng, chunk)
    out, pos, idx = [], 0, 0
    for m in SLOT.finditer(t.pattern):
        out.append(t.pattern[pos:m.start()])
        name = m.group(1)
        fn, stick = gens[name]
        key = (name, idx)
        if key in chunk and rng.random() < stick:
            v = chunk[key]
        else:
            v = fn(rng)
            chunk[key] = v
        out.append(v)
        pos = m.end()
        idx += 1
    out.append(t.pattern[pos:])
    return "".join(out)


def zipf_counts(rng, templates, total, s):
    n = len(templates)
    w = []
    for i, t in enumerate(templates):
        base = t.weight if t.weight is not None else 1.0 / (i + 1) ** s
        w.append(base * rng.uniform(0.7, 1.3))
    counts = [1] * n
    for i in rng.choices(range(n), weights=w, k=total - n):
        counts[i] += 1
    return counts


def bursty_sequence(rng, templates, counts, gens, mean_burst):
    chunks = []
    for ti, c in enumerate(counts):
        left = c
        while left > 0:
            size = 1
            while rng.random() < 1 - 1.0 / mean_burst and size < left:
                size += 1
            chunks.append((ti, size))
            left -= size
    rng.shuffle(chunks)
    rows = []
    for ti, size in chunks:
        chunk = {}
        for _ in range(size):
            rows.append((render(templates[ti], rng, gens, chunk), ti))
    return rows


def label_regex(label):
    parts = label.split(MASK)
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$",
                      re.S)


def check(name, templates, rows):
    labels = [t.label for t in templates]
    assert len(set(labels)) == len(labels), "duplicate labels in " + name
    for msg, ti in rows:
        assert "\n" not in msg and "\r" not in msg, msg
        assert label_regex(labels[ti]).match(msg), (labels[ti], msg)
    seen = {}
    for msg, ti in rows:
        if seen.setdefault(msg, ti) != ti:
            raise AssertionError("same message, two templates: %r" % msg)


def pick(seq):
    return lambda rng: rng.choice(seq)


def num(lo, hi):
    return lambda rng: str(rng.randint(lo, hi))


def zipf_pick(seq, s=1.2):
    w = [1.0 / (i + 1) ** s for i in range(len(seq))]
    return lambda rng: rng.choices(seq, weights=w)[0]


def hexs(n, prefix="0x"):
    return lambda rng: prefix + "".join(rng.choice("0123456789abcdef")
                                        for _ in range(n))


def ipv4(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def ip_pool(seed, n, s=1.1):
    r = random.Random(seed)
    pool = [ipv4(r) for _ in range(n)]
    return zipf_pick(pool, s)
