"""Shared machinery for the synthetic labelled log datasets (stdlib only).

A template is written as a *pattern*: literal text with slots in braces.
The EventTemplate is the pattern with every slot replaced by "<*>"; a
message is the pattern with every slot filled by a generator.

Slot syntax (inside {...}):
  name            generator `name` (system generators first, then common)
  name:arg        generator `name` called with the string argument `arg`
  ...#k           suffix that makes a second, independent slot of the same
                  kind ({ip} and {ip#2} get different values; two {ip} in
                  one pattern get the same value)
  =a|b|c          a variable whose real-life values include a, b, c
                  (Zipf-weighted, first most frequent)
Literal braces are written {{ and }}.

Every slot is a variable in real life (see README: "label honestly"),
even if in a given dataset it happens to take one value only.
"""

import csv
import io
import os
import random
import re
import string
from collections import Counter, defaultdict

N_LINES = 2000
_SLOT = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


# --------------------------------------------------------------------------
# pattern parsing
# --------------------------------------------------------------------------
def parse(pattern):
    """-> list of ('lit', text) / ('slot', key, gen, arg)."""
    parts, pos = [], 0
    for m in _SLOT.finditer(pattern):
        if m.start() > pos:
            parts.append(("lit", pattern[pos:m.start()]))
        tok = m.group(0)
        if tok == "{{":
            parts.append(("lit", "{"))
        elif tok == "}}":
            parts.append(("lit", "}"))
        else:
            key = m.group(1)
            body = key.split("#", 1)[0]
            if body.startswith("="):
                gen, arg = "=", body[1:]
            elif ":" in body:
                gen, arg = body.split(":", 1)
            else:
                gen, arg = body, None
            parts.append(("slot", key, gen, arg))
        pos = m.end()
    if pos < len(pattern):
        parts.append(("lit", pattern[pos:]))
    # merge adjacent literals
    out = []
    for p in parts:
        if p[0] == "lit" and out and out[-1][0] == "lit":
            out[-1] = ("lit", out[-1][1] + p[1])
        else:
            out.append(p)
    return out


def template_text(parts):
    return "".join(p[1] if p[0] == "lit" else "<*>" for p in parts)


def template_regex(template):
    pieces = template.split("<*>")
    return re.compile("(.*?)".join(re.escape(x) for x in pieces), re.S)


# --------------------------------------------------------------------------
# value helpers
# --------------------------------------------------------------------------
def zipf_weights(n, s=1.1):
    return [1.0 / (i + 1) ** s for i in range(n)]


def zpick(rng, items, s=1.1):
    """Zipf-skewed pick: the first items are the most frequent."""
    return rng.choices(items, weights=zipf_weights(len(items), s))[0]


class Pool:
    """A fixed pool of values with a skewed frequency (real logs reuse a
    few hosts/users/devices a lot and many others rarely)."""

    def __init__(self, values, s=1.1):
        self.values = list(values)
        self.w = zipf_weights(len(self.values), s)

    def __call__(self, rng, arg=None):
        return rng.choices(self.values, weights=self.w)[0]


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def g_int(rng, arg):
    lo, hi = _range(arg or "0-1000")
    return str(rng.randint(lo, hi))


def _range(arg):
    # "a-b" where a may be negative: "-90--30", "0-5"
    m = re.fullmatch(r"(-?\d+)-(-?\d+)", arg)
    if not m:
        raise ValueError("bad range %r" % arg)
    return int(m.group(1)), int(m.group(2))


def g_lint(rng, arg):
    """log-uniform int, many small, a few large ("0-100000")."""
    lo, hi = _range(arg)
    lo1 = max(lo, 1)
    v = int(round(lo1 * (hi / lo1) ** rng.random()))
    if lo == 0 and rng.random() < 0.05:
        v = 0
    return str(min(max(v, lo), hi))


def g_float(rng, arg):
    # "lo-hi:dec"
    rng_part, dec = (arg.split(":") + ["2"])[:2]
    m = re.fullmatch(r"(-?[\d.]+)-(-?[\d.]+)", rng_part)
    lo, hi = float(m.group(1)), float(m.group(2))
    return "%.*f" % (int(dec), rng.uniform(lo, hi))


def g_hex(rng, arg):
    return hexs(rng, int(arg or 8))


def g_HEX(rng, arg):
    return hexs(rng, int(arg or 8), upper=True)


def g_hex0x(rng, arg):
    return "0x" + hexs(rng, int(arg or 8)).lstrip("0").rjust(1, "0")


def g_ptr(rng, arg=None):
    base = rng.choice(["6000", "6000", "6000", "7f8", "7fa", "1"])
    return "0x" + base + hexs(rng, 12 - len(base) if base != "1" else 8)


def g_uuid(rng, arg=None):
    return "-".join(hexs(rng, n) for n in (8, 4, 4, 4, 12))


def g_UUID(rng, arg=None):
    return g_uuid(rng).upper()


def g_ip(rng, arg=None):
    return "%d.%d.%d.%d" % rng.choice([
        (10, rng.randint(0, 40), rng.randint(0, 255), rng.randint(1, 254)),
        (192, 168, rng.choice([0, 1, 1, 1, 50, 86]), rng.randint(2, 254)),
        (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255),
         rng.randint(1, 254)),
    ])


def g_pubip(rng, arg=None):
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192):
            return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255),
                                    rng.randint(1, 254))


def g_ipv6(rng, arg=None):
    if rng.random() < 0.5:
        return "fe80::%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(4))
    return "2001:%x:%x:%x::%x" % tuple(rng.randint(0, 0xffff) for _ in range(4))


def g_mac(rng, arg=None):
    return ":".join(hexs(rng, 2) for _ in range(6))


def g_pid(rng, arg=None):
    return str(rng.choice([rng.randint(80, 999), rng.randint(1000, 99999),
                           rng.randint(1000, 99999)]))


def g_port(rng, arg=None):
    return str(rng.randint(1024, 65535))


def g_word(rng, arg=None):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


def g_alnum(rng, arg):
    n = int(arg or 5)
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


COMMON = {
    "int": g_int, "lint": g_lint, "float": g_float, "hex": g_hex, "HEX": g_HEX,
    "hex0x": g_hex0x, "ptr": g_ptr, "uuid": g_uuid, "UUID": g_UUID,
    "ip": g_ip, "pubip": g_pubip, "ipv6": g_ipv6, "mac": g_mac, "pid": g_pid,
    "port": g_port, "word": g_word, "alnum": g_alnum,
}


# --------------------------------------------------------------------------
# building a system
# --------------------------------------------------------------------------
class Template:
    def __init__(self, eid, weight, pattern):
        self.eid = eid
        self.weight = weight
        self.pattern = pattern
        self.parts = parse(pattern)
        self.text = template_text(self.parts)
        self.regex = template_regex(self.text)
        self.count = 0

    def render(self, rng, gens):
        vals = {}
        out = []
        for p in self.parts:
            if p[0] == "lit":
                out.append(p[1])
                continue
            _, key, gen, arg = p
            if key not in vals:
                if gen == "=":
                    vals[key] = zpick(rng, arg.split("|"), 1.0)
                else:
                    f = gens.get(gen) or COMMON.get(gen)
                    if f is None:
                        raise KeyError("no generator %r in %r" % (gen, self.pattern))
                    if getattr(f, "wants_vals", False):
                        vals[key] = f(rng, arg, vals)   # may look at earlier slots
                    else:
                        vals[key] = f(rng, arg)
            out.append(vals[key])
        return "".join(out), vals


def allocate(templates, n=N_LINES, fixed_below=8):
    """Counts = weights; templates with weight < fixed_below keep their
    count exactly (rare and singleton templates), the others are scaled so
    that the total is exactly n (largest remainder)."""
    small = sum(t.weight for t in templates if t.weight < fixed_below)
    big = [t for t in templates if t.weight >= fixed_below]
    rest = n - small
    wb = sum(t.weight for t in big)
    if rest < len(big):
        raise ValueError("not enough lines for the frequent templates")
    exact = [t.weight * rest / wb for t in big]
    cnt = [max(1, int(x)) for x in exact]
    order = sorted(range(len(big)), key=lambda i: -(exact[i] - int(exact[i])))
    i = 0
    while sum(cnt) < rest:
        cnt[order[i % len(big)]] += 1
        i += 1
    while sum(cnt) > rest:
        j = max(range(len(big)), key=lambda k: cnt[k])
        cnt[j] -= 1
    for t in templates:
        t.count = t.weight if t.weight < fixed_below else None
    for t, c in zip(big, cnt):
        t.count = c
    assert sum(t.count for t in templates) == n


def bursty_order(rng, templates):
    """Occurrences of a template come in short bursts (runs of 1-6 lines),
    the bursts are interleaved at random."""
    runs = []
    for t in templates:
        c = t.count
        while c > 0:
            r = min(c, rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))
            runs.append((t, r))
            c -= r
    rng.shuffle(runs)
    seq = []
    for t, r in runs:
        seq.extend([t] * r)
    return seq


def build(name, seed, specs, gens, outroot, sequence_fn=None, post=None):
    """specs: list of (weight, pattern). Writes the three files and returns
    (templates, rows). sequence_fn(rng, templates) -> ordered list of
    templates (default bursty_order). post(rng, t, msg, vals) may rewrite a
    rendered message (must still match the template)."""
    rng = random.Random(seed)
    templates = [Template("E%d" % (i + 1), w, p) for i, (w, p) in enumerate(specs)]
    allocate(templates)
    seq = (sequence_fn or bursty_order)(rng, templates)
    rows = []
    for lid, t in enumerate(seq, 1):
        msg, vals = t.render(rng, gens)
        if post:
            msg = post(rng, t, msg, vals)
        rows.append((lid, msg, t))
    check(name, templates, rows)
    write(name, outroot, templates, rows)
    return templates, rows


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def check(name, templates, rows, verbose=True):
    """Hard checks (raise): 2,000 lines; each line fully matches its own
    template regex; no newline / '<*>' inside a message; template texts are
    unique; every template occurs; no identical message under two
    templates. Soft report: lines that also match another template's regex
    (a `<*>` may span several tokens, so this is only informative)."""
    errors = []
    if len(rows) != N_LINES:
        errors.append("%d lines" % len(rows))
    texts = Counter(t.text for t in templates)
    for tx, c in texts.items():
        if c > 1:
            errors.append("duplicate template text: %r" % tx)
    occ = Counter(t.eid for _, _, t in rows)
    for t in templates:
        if occ[t.eid] == 0:
            errors.append("template never emitted: %s %r" % (t.eid, t.text))
    by_msg = defaultdict(set)
    for lid, msg, t in rows:
        if "\n" in msg or "\r" in msg or "<*>" in msg:
            errors.append("line %d: bad characters: %r" % (lid, msg))
        if not t.regex.fullmatch(msg):
            errors.append("line %d does not match its template %s:\n  %r\n  %r"
                          % (lid, t.eid, msg, t.text))
        by_msg[msg].add(t.eid)
    for msg, eids in by_msg.items():
        if len(eids) > 1:
            errors.append("message under several templates %s: %r" % (sorted(eids), msg))
    if errors:
        raise AssertionError("%s: %d errors\n%s" % (name, len(errors), "\n".join(errors[:30])))
    if verbose:
        # informative: cross matches where <*> may not contain whitespace
        tight = [(t, re.compile("(\\S*?)".join(re.escape(x) for x in t.text.split("<*>"))))
                 for t in templates]
        cross = Counter()
        seen = set()
        for lid, msg, t in rows:
            if msg in seen:
                continue
            seen.add(msg)
            for u, rx in tight:
                if u is not t and rx.fullmatch(msg):
                    cross[(t.eid, u.eid)] += 1
        counts = sorted((t.count for t in templates), reverse=True)
        print("%-14s %4d templates, %4d distinct messages, top5 %s, singletons %d, "
              "<=3: %d, token-level cross matches %d"
              % (name, len(templates), len(by_msg), counts[:5],
                 sum(1 for c in counts if c == 1), sum(1 for c in counts if c <= 3),
                 len(cross)))
        for (a, b), c in sorted(cross.items())[:10]:
            print("    cross: %s line(s) of %s also fit %s" % (c, a, b))


def check_files(sysdir, name):
    """Re-reads the written files and re-checks every line against the
    regex of its own EventTemplate (the helper asked for in the brief)."""
    p = os.path.join(sysdir, name + "_2k.log_structured_corrected.csv")
    with open(p, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(sysdir, name + "_2k.content.txt"), encoding="utf-8",
              newline="") as f:
        content = f.read().split("\n")
    assert content[-1] == "" and len(content) == N_LINES + 1, "content line count"
    assert len(rows) == N_LINES
    cache = {}
    for i, r in enumerate(rows, 1):
        assert int(r["LineId"]) == i
        assert r["Content"] == content[i - 1], "content mismatch line %d" % i
        rx = cache.get(r["EventTemplate"]) or cache.setdefault(
            r["EventTemplate"], template_regex(r["EventTemplate"]))
        assert rx.fullmatch(r["Content"]), "line %d: %r !~ %r" % (
            i, r["Content"], r["EventTemplate"])
    with open(os.path.join(sysdir, name + "_2k.log_templates_corrected.csv"),
              newline="", encoding="utf-8") as f:
        trows = list(csv.DictReader(f))
    occ = Counter(r["EventId"] for r in rows)
    tmap = {r["EventId"]: r["EventTemplate"] for r in rows}
    assert len(trows) == len(occ)
    for r in trows:
        assert int(r["Occurrences"]) == occ[r["EventId"]]
        assert r["EventTemplate"] == tmap[r["EventId"]]
    return len(trows)


def write(name, outroot, templates, rows):
    d = os.path.join(outroot, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + "_2k.content.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        for _, msg, _ in rows:
            f.write(msg + "\n")
    with open(os.path.join(d, name + "_2k.log_structured_corrected.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for lid, msg, t in rows:
            w.writerow([lid, msg, t.eid, t.text])
    occ = Counter(t.eid for _, _, t in rows)
    with open(os.path.join(d, name + "_2k.log_templates_corrected.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for t in templates:
            w.writerow([t.eid, t.text, occ[t.eid]])
    check_files(d, name)
