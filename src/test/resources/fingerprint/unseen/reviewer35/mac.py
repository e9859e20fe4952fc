"""Mac imitation: a MacBook's system.log (kernel, launchd, WindowServer,
sharingd, GoogleSoftwareUpdateAgent, ...).  Content is the text after
'<Month> <Day> <Time> <Host> <Component>[<PID>]( (<Address>))?: '.

The message kinds are listed in mac_spec.txt (group|band|pattern).  Counts
follow frequency bands with jitter (long tail of singletons); lines are
emitted in bursts per subsystem (wake/sleep storms, update checks, ...)."""

import os
import random

from common import T
from mac_slots import GENS

SEED = 20240538
HERE = os.path.dirname(os.path.abspath(__file__))
SUPER = {"kw": "kp", "kt": "kp", "kn": "kp", "kb": "kp"}


def load_spec():
    kinds = []
    with open(os.path.join(HERE, "mac_spec.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            group, band, pattern = line.split("|", 2)
            kinds.append((group, band, T(pattern, group=group)))
    seen = {}
    for g, b, t in kinds:
        if t.template in seen:
            raise ValueError("duplicate template %r" % t.template)
        seen[t.template] = 1
        for s in t.slots:
            if s not in GENS:
                raise KeyError("no generator for slot %r" % s)
    return kinds


def band_count(rng, band):
    if band == "A":
        return rng.randint(55, 85)
    if band == "B":
        return rng.randint(20, 38)
    if band == "C":
        return rng.randint(8, 16)
    if band == "D":
        return rng.randint(3, 7)
    if band == "E":
        return rng.choices([1, 2, 3], weights=[4, 4, 2])[0]
    return 1


def counts_for(rng, kinds, n):
    c = [band_count(rng, b) for (_, b, _) in kinds]
    # fit the total by nudging the A-C bands (they absorb the difference)
    heavy = [i for i, (_, b, _) in enumerate(kinds) if b in "ABC"]
    diff = n - sum(c)
    i = 0
    while diff != 0:
        j = heavy[i % len(heavy)]
        step = 1 if diff > 0 else -1
        if c[j] + step >= 3:
            c[j] += step
            diff -= step
        i += 1
    return c


def render(rng, t):
    vals = {}
    for s in t.slots:
        if s.startswith("s_") and s not in vals:
            vals[s] = GENS[s](rng)
    return t.render(rng, GENS, **vals)


def generate(n=2000):
    rng = random.Random(SEED)
    kinds = load_spec()
    counts = counts_for(rng, kinds, n)
    remaining = {i: c for i, c in enumerate(counts)}
    groups = {}
    for i, (g, _, _) in enumerate(kinds):
        groups.setdefault(SUPER.get(g, g), []).append(i)
    gnames = sorted(groups)
    rows = []
    last = None
    while len(rows) < n:
        gw = [sum(remaining[i] for i in groups[g]) for g in gnames]
        g = rng.choices(gnames, weights=gw)[0]
        burst = 1 + int(rng.expovariate(1 / 4.0))
        for _ in range(burst):
            members = [i for i in groups[g] if remaining[i] > 0]
            if not members:
                break
            if last in members and rng.random() < 0.25:
                i = last          # the same message repeated
            else:
                i = rng.choices(members, weights=[remaining[m] for m in members])[0]
            remaining[i] -= 1
            rows.append(render(rng, kinds[i][2]))
            last = i
    assert len(rows) == n and not any(remaining.values())
    return rows
