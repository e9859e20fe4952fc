#!/usr/bin/env python3
"""Rebuild systems/<Name>/ from the generators (deterministic, stdlib only).

  python3 gen/build.py                 # all four systems
  python3 gen/build.py OpenSSH Mac     # a subset
  python3 gen/build.py --check         # rebuild in a temp dir and compare
                                       # byte-for-byte with systems/
  python3 gen/build.py --overlaps      # list label ambiguities (lines of
                                       # one template that also fit another
                                       # template with <*> = one token)
"""

import filecmp
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import healthapp  # noqa: E402
import mac  # noqa: E402
import openssh  # noqa: E402
import proxifier  # noqa: E402

MODULES = {"Mac": mac, "OpenSSH": openssh, "HealthApp": healthapp,
           "Proxifier": proxifier}
ORDER = ["Mac", "OpenSSH", "HealthApp", "Proxifier"]


def build(names, root, show_overlaps=False):
    for name in names:
        mod = MODULES[name]
        tset, stream = mod.build()
        overlaps = common.validate(name, tset, stream)
        n_tpl, counts = common.write_system(os.path.join(root, name), name,
                                            tset, stream)
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
        print("%-10s %5d lines %4d templates (%d defined)  overlaps %d  "
              "top: %s" % (name, len(stream), n_tpl, len(tset),
                           len(overlaps),
                           ", ".join("%d" % c for _, c in top)))
        if show_overlaps:
            for (k1, k2), line in overlaps.items():
                print("   %s line also fits %s:\n      %s\n      %s\n"
                      "      %s" % (k1, k2, line, tset[k1].gt, tset[k2].gt))


def main(argv):
    show = "--overlaps" in argv
    check = "--check" in argv
    names = [a for a in argv if not a.startswith("--")] or ORDER
    for n in names:
        if n not in MODULES:
            sys.exit("unknown system %r (known: %s)" % (n, ", ".join(ORDER)))
    root = os.environ.get("UNSEEN_OUT") or os.path.join(os.path.dirname(HERE), "systems")
    if not check:
        build(names, root, show)
        return 0
    tmp = tempfile.mkdtemp()
    try:
        build(names, tmp, show)
        bad = 0
        for n in names:
            for f in sorted(os.listdir(os.path.join(tmp, n))):
                a = os.path.join(tmp, n, f)
                b = os.path.join(root, n, f)
                same = os.path.exists(b) and filecmp.cmp(a, b, shallow=False)
                if not same:
                    bad += 1
                    print("DIFFERS: %s/%s" % (n, f))
        print("check: %s" % ("identical" if not bad else "%d file(s) differ"
                                                         % bad))
        return 1 if bad else 0
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
