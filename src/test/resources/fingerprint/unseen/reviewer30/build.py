#!/usr/bin/env python3
"""Rebuild every synthetic system into systems/<Name>/.

  python3 gen/build.py                 # all systems, into ../systems
  python3 gen/build.py --out /tmp/x    # elsewhere (used by the tests)
  python3 gen/build.py --only Sshd     # one system
  python3 gen/build.py --check         # compare with the files on disk,
                                       # write nothing, exit 1 if different

Each system module exposes NAME and build(seed) -> (Builder, ambiguity_ok).
The build fails (exit 1) if a consistency check fails: a line that does not
match its own template, two templates with the same text, one content
string under two templates, or a line that also matches another template
of the same system (ambiguous ground truth). Stdlib only; the output does
not depend on PYTHONHASHSEED.
"""

import argparse
import filecmp
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import macos  # noqa: E402
import healthapp  # noqa: E402
import sshd  # noqa: E402
import proxyclient  # noqa: E402
import postfix  # noqa: E402

MODULES = [macos, healthapp, sshd, proxyclient, postfix]
SYSTEMS = [m.NAME for m in MODULES]


def build_all(out, only=None, verbose=True):
    failed = False
    for m in MODULES:
        if only and m.NAME not in only:
            continue
        b, amb_ok = m.build()
        problems, warnings = common.check(b, amb_ok)
        for w in warnings:
            print("  warning %s: %s" % (m.NAME, w))
        for p in problems[:30]:
            print("  PROBLEM %s: %s" % (m.NAME, p))
        if problems:
            print("%s: %d problems" % (m.NAME, len(problems)))
            failed = True
        common.write(b, os.path.join(out, m.NAME))
        if verbose:
            s = common.stats(b)
            print("%-12s %5d lines %4d templates  top1 %4d  top5 %5d  "
                  "<=5 lines: %3d (singletons %3d)  runs %4d (mean %.1f)"
                  % (m.NAME, len(b.lines), s["templates"], s["top1"],
                     s["top5"], s["le5"], s["singletons"], s["runs"],
                     s["mean_run"]))
    return not failed


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.environ.get("UNSEEN_OUT") or os.path.join(HERE, "..", "systems"))
    ap.add_argument("--only", help="comma-separated system names")
    ap.add_argument("--check", action="store_true",
                    help="rebuild in a temp dir and compare with --out")
    args = ap.parse_args(argv)
    only = args.only.split(",") if args.only else None
    if args.check:
        tmp = tempfile.mkdtemp(prefix="rt30build_")
        ok = build_all(tmp, only, verbose=False)
        diff = []
        for name in SYSTEMS:
            if only and name not in only:
                continue
            for f in sorted(os.listdir(os.path.join(tmp, name))):
                a = os.path.join(tmp, name, f)
                z = os.path.join(args.out, name, f)
                if not os.path.exists(z) or not filecmp.cmp(a, z,
                                                            shallow=False):
                    diff.append(os.path.join(name, f))
        if diff:
            print("differs from a fresh build: " + ", ".join(diff))
            return 1
        print("systems/ is identical to a fresh build" if ok else
              "identical, but consistency checks failed")
        return 0 if ok else 1
    return 0 if build_all(args.out, only) else 1


if __name__ == "__main__":
    sys.exit(main())
