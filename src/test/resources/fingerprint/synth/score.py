#!/usr/bin/env python3
"""Scores prediction folders with the shared evaluator, for any data folder of <S>/<S>_2k.* systems.

  score.py --bench ../shared/bench --data DIR --pred NAME=PREDDIR [--pred NAME2=PREDDIR2 ...] [--loo]

Prints GA / FGA (#pred/#true groups) per system and configuration. With --loo (leave one system
out): for each system, the configuration with the best mean (GA+FGA)/2 on the *other* systems is
chosen and the left-out system is scored with it; the average of those scores is what a choice
made without the system would have given it.
"""
import argparse, os, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--pred", action="append", required=True)
    ap.add_argument("--loo", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, a.bench)
    import eval_grouping as ev
    systems = sorted(s for s in os.listdir(a.data) if os.path.isfile(os.path.join(a.data, s, s + "_2k.content.txt")))
    configs = [p.split("=", 1) for p in a.pred]
    score = {}
    for name, d in configs:
        for s in systems:
            p = os.path.join(d, s + ".txt")
            if os.path.exists(p):
                r = ev.evaluate_one(os.path.join(a.data, s), p)
                score[name, s] = (r["GA"], r["FGA"], r["pred_groups"], r["true_groups"])
    w = max(len(n) for n, _ in configs) + 2
    print("%-12s" % "system" + "".join("%*s" % (w + 14, n) for n, _ in configs))
    for s in systems:
        print("%-12s" % s + "".join("%*s" % (w + 14, "%.3f / %.3f (%d/%d)" % score[n, s]) if (n, s) in score else "%*s" % (w + 14, "-") for n, _ in configs))
    print("%-12s" % "AVG" + "".join("%*s" % (w + 14, "%.3f / %.3f" % tuple(sum(score[n, s][i] for s in systems) / len(systems) for i in (0, 1))) for n, _ in configs if all((n, s) in score for s in systems)))
    if a.loo:
        print("\nleave one system out: configuration chosen on the other systems, scored on the left-out one")
        tot = [0.0, 0.0]
        for s in systems:
            others = [o for o in systems if o != s]
            best = max((n for n, _ in configs), key=lambda n: sum(sum(score[n, o][:2]) for o in others))
            ga, fga = score[best, s][:2]
            tot[0] += ga
            tot[1] += fga
            print("%-12s chosen %-10s GA %.3f FGA %.3f" % (s, best, ga, fga))
        print("%-12s %17s GA %.3f FGA %.3f" % ("AVG", "", tot[0] / len(systems), tot[1] / len(systems)))


if __name__ == "__main__":
    main()
