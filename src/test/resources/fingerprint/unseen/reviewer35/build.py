#!/usr/bin/env python3
"""Builds the four hand-made Loghub-2k imitations (stdlib only, deterministic).

  python3 gen/build.py            # writes systems/<Name>/...
  python3 gen/build.py --check    # rebuild in memory, compare with files

Per system <Name> in systems/<Name>/:
  <Name>_2k.content.txt                   2,000 messages, UTF-8, LF
  <Name>_2k.log_structured_corrected.csv  LineId,Content,EventId,EventTemplate
  <Name>_2k.log_templates_corrected.csv   EventId,EventTemplate,Occurrences
"""

import argparse
import collections
import csv
import hashlib
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common      # noqa: E402
import healthapp   # noqa: E402
import mac         # noqa: E402
import openssh     # noqa: E402
import proxifier   # noqa: E402

SYSTEMS = [("Mac", mac), ("OpenSSH", openssh), ("HealthApp", healthapp),
           ("Proxifier", proxifier)]
N = 2000


def event_ids(templates):
    order = sorted(set(templates), key=lambda t: (t.lower(), t))
    return {t: "E%d" % (i + 1) for i, t in enumerate(order)}


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def build_files(name, module):
    rows = module.generate(N)
    if len(rows) != N:
        raise RuntimeError("%s: %d lines" % (name, len(rows)))
    common.check_rows(rows)
    ids = event_ids(t for _, t in rows)
    occ = collections.Counter(t for _, t in rows)
    files = {}
    files["%s_2k.content.txt" % name] = "".join(c + "\n" for c, _ in rows)
    files["%s_2k.log_structured_corrected.csv" % name] = csv_text(
        ["LineId", "Content", "EventId", "EventTemplate"],
        [[i, c, ids[t], t] for i, (c, t) in enumerate(rows, 1)])
    tids = sorted(ids, key=lambda t: int(ids[t][1:]))
    files["%s_2k.log_templates_corrected.csv" % name] = csv_text(
        ["EventId", "EventTemplate", "Occurrences"],
        [[ids[t], t, occ[t]] for t in tids])
    return rows, files


def summary(name, rows):
    occ = collections.Counter(t for _, t in rows)
    v = sorted(occ.values(), reverse=True)
    cross = common.cross_matches(rows)
    return ("%-10s %5d lines %4d templates  top %s  singletons %d  "
            "regex-ambiguous template pairs %d"
            % (name, len(rows), len(occ), v[:5], sum(1 for x in v if x == 1),
               len(cross)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.environ.get("UNSEEN_OUT") or os.path.join(HERE, "..", "systems"))
    ap.add_argument("--check", action="store_true",
                    help="do not write; fail if files differ from a rebuild")
    ap.add_argument("--cross", action="store_true",
                    help="list template pairs whose regexes overlap")
    args = ap.parse_args(argv)
    bad = 0
    sums = []
    for name, module in SYSTEMS:
        rows, files = build_files(name, module)
        print(summary(name, rows))
        if args.cross:
            for a, b in common.cross_matches(rows):
                print("    %r\n      also matches lines of %r" % (a, b))
        d = os.path.join(args.out, name)
        for fn, text in sorted(files.items()):
            data = text.encode("utf-8")
            sums.append("%s  %s/%s" % (hashlib.sha256(data).hexdigest(), name, fn))
            p = os.path.join(d, fn)
            if args.check:
                try:
                    with open(p, "rb") as f:
                        same = f.read() == data
                except OSError:
                    same = False
                if not same:
                    print("DIFFERS: %s" % p)
                    bad += 1
            else:
                os.makedirs(d, exist_ok=True)
                with open(p, "wb") as f:
                    f.write(data)
    if not args.check:
        with open(os.path.join(args.out, "SHA256SUMS"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write("\n".join(sums) + "\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
