"""Shared helpers for the hand-made Loghub-2k imitations (stdlib only).

A message kind is written once as a *pattern*: constant text with slots
``%{name}``.  The ground-truth template is the pattern with every slot
replaced by ``<*>`` (runs of spaces collapsed to one, as in Loghub's
corrected templates); a log line is the pattern with every slot filled.
So a line and its template can never disagree.
"""

import re

SLOT = re.compile(r"%\{(\w+)\}")
MASK = "<*>"


def norm_template(s):
    return re.sub(r"\s+", " ", s).strip()


class T(object):
    """One message kind (one ground-truth template)."""

    def __init__(self, pattern, weight=1.0, group=None):
        self.pattern = pattern
        self.slots = SLOT.findall(pattern)
        self.template = norm_template(SLOT.sub(lambda m: MASK, pattern))
        self.weight = weight
        self.group = group

    def render(self, rng=None, gens=None, **vals):
        """Fill the slots.  A slot takes vals[name] when given (a str is used
        for every occurrence, a list is consumed in order), otherwise
        gens[name](rng)."""
        used = {}

        def fill(m):
            name = m.group(1)
            if name in vals:
                v = vals[name]
                if isinstance(v, (list, tuple)):
                    i = used.get(name, 0)
                    used[name] = i + 1
                    v = v[i]
            else:
                v = gens[name](rng)
            v = str(v)
            if v == "" or "\n" in v or "\r" in v:
                raise ValueError("bad slot value %r in %r" % (v, self.pattern))
            return v

        line = SLOT.sub(fill, self.pattern)
        return line, self.template


def template_regex(template):
    """Regex for a ground-truth template: <*> = one or more characters,
    any whitespace run = one or more whitespace characters."""
    parts = template.split(MASK)
    out = []
    for i, p in enumerate(parts):
        chunks = re.split(r"(\s+)", p)
        out.append("".join(r"\s+" if c.isspace() and c else re.escape(c)
                           for c in chunks))
        if i < len(parts) - 1:
            out.append("(.+?)")
    return re.compile("".join(out), re.S)


def check_rows(rows):
    """rows: list of (content, template).  Raises on any inconsistency."""
    cache = {}
    owner = {}
    for i, (c, t) in enumerate(rows, 1):
        if not c or c != c.strip() or "\n" in c or "\r" in c:
            raise ValueError("line %d: bad content %r" % (i, c))
        rx = cache.get(t)
        if rx is None:
            rx = cache[t] = template_regex(t)
        if not rx.fullmatch(c):
            raise ValueError("line %d: template %r does not match %r" % (i, t, c))
        if owner.setdefault(c, t) != t:
            raise ValueError("line %d: content %r labelled %r and %r"
                             % (i, c, owner[c], t))
    return True


def cross_matches(rows):
    """Pairs (A, B) of different templates where A's regex also matches a
    line labelled B (label decided by intent, not by text alone)."""
    sample = {}
    for c, t in rows:
        sample.setdefault(t, []).append(c)
    rx = {t: template_regex(t) for t in sample}
    pairs = []
    for a in sorted(sample):
        for b in sorted(sample):
            if a == b:
                continue
            if any(rx[a].fullmatch(c) for c in sample[b][:5]):
                pairs.append((a, b))
    return pairs


def alloc_counts(weights, total, rng, minimum=1):
    """Integer counts proportional to weights, each >= minimum, summing to
    total (largest-remainder, deterministic given rng)."""
    n = len(weights)
    base = [minimum] * n
    rest = total - minimum * n
    if rest < 0:
        raise ValueError("too many kinds for %d lines" % total)
    s = float(sum(weights))
    exact = [w / s * rest for w in weights]
    fl = [int(x) for x in exact]
    left = rest - sum(fl)
    order = sorted(range(n), key=lambda i: (-(exact[i] - fl[i]), i))
    for i in order[:left]:
        fl[i] += 1
    return [b + f for b, f in zip(base, fl)]
