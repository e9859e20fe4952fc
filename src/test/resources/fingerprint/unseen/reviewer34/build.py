#!/usr/bin/env python3
"""Writes systems/<Name>/<Name>_2k.{content.txt,log_structured_corrected.csv,
log_templates_corrected.csv}. Deterministic (fixed seeds, no hash-order use)."""
import csv
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import mac, openssh, healthapp, proxifier  # noqa: E402

N = 2000
MODULES = [mac, openssh, healthapp, proxifier]


def build_one(mod, outroot):
    rng = random.Random(mod.SEED)
    tpls = mod.TEMPLATES
    counts = common.zipf_counts(rng, tpls, N, mod.S)
    rows = common.bursty_sequence(rng, tpls, counts, mod.GENS, mod.MEAN_BURST)
    assert len(rows) == N
    common.check(mod.NAME, tpls, rows)
    d = os.path.join(outroot, mod.NAME)
    os.makedirs(d, exist_ok=True)
    base = os.path.join(d, mod.NAME + "_2k")
    with open(base + ".content.txt", "w", encoding="utf-8", newline="\n") as f:
        for msg, _ in rows:
            f.write(msg + "\n")
    with open(base + ".log_structured_corrected.csv", "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f)
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (msg, ti) in enumerate(rows, 1):
            w.writerow([i, msg, "E%d" % (ti + 1), tpls[ti].label])
    with open(base + ".log_templates_corrected.csv", "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f)
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for ti, t in enumerate(tpls):
            w.writerow(["E%d" % (ti + 1), t.label, counts[ti]])
    print("%-10s %4d lines %4d templates (top %d, singletons %d)" % (
        mod.NAME, N, len(tpls), max(counts), sum(1 for c in counts if c == 1)))


def main():
    outroot = os.environ.get("UNSEEN_OUT") or os.path.join(os.path.dirname(HERE), "systems")
    for m in MODULES:
        build_one(m, outroot)


if __name__ == "__main__":
    main()
