#!/usr/bin/env python3
"""Pairwise precision and recall of a fingerprint command on labelled error events:
score_events.py --events FILE.jsonl --cmd "bin/logsift fingerprint --jsonl".

Each line of FILE is {"service", "message", "group"}; two events with one group are one bug. The command
reads {"service", "message"} per line and answers {"fingerprint"} per line, in order."""
import argparse, itertools, json, shlex, subprocess, sys
from collections import defaultdict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", required=True)
    ap.add_argument("--cmd", required=True)
    a = ap.parse_args()
    events = [json.loads(l) for l in open(a.events, encoding="utf-8") if l.strip()]
    feed = "".join(json.dumps({"service": e["service"], "message": e["message"]}) + "\n" for e in events)
    out = subprocess.run(shlex.split(a.cmd), input=feed.encode("utf-8"), capture_output=True, check=True)
    prints = [json.loads(l)["fingerprint"] for l in out.stdout.decode("utf-8").splitlines()]
    if len(prints) != len(events):
        sys.exit("%d answers for %d events" % (len(prints), len(events)))
    same_label = same_print = both = 0
    merged = set()
    for i, j in itertools.combinations(range(len(events)), 2):
        label = events[i]["group"] == events[j]["group"]
        fp = prints[i] == prints[j]
        same_label += label
        same_print += fp
        both += label and fp
        if fp and not label:
            merged.add(tuple(sorted((events[i]["group"], events[j]["group"]))))
    by_group = defaultdict(set)
    for e, p in zip(events, prints):
        by_group[e["group"]].add(p)
    split = sum(1 for s in by_group.values() if len(s) > 1)
    print("%d events, %d bugs: pairwise precision %.3f, recall %.3f; %d pairs of bugs merged, %d bugs split"
          % (len(events), len(by_group), both / same_print if same_print else 1.0,
             both / same_label if same_label else 1.0, len(merged), split))


if __name__ == "__main__":
    main()
