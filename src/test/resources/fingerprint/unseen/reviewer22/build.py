#!/usr/bin/env python3
"""Builds all five systems into ../systems/ and checks them."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402

MODULES = ["sys_macunified", "sys_sshauth", "sys_healthtracker", "sys_proxyclient", "sys_kubenode"]


def main():
    out = os.environ.get("UNSEEN_OUT") or os.path.join(HERE, "..", "systems")
    only = sys.argv[1:]
    for m in MODULES:
        mod = __import__(m)
        if only and mod.NAME not in only:
            continue
        mod.make(out)
        n = common.check_files(os.path.join(out, mod.NAME), mod.NAME)
        print("    files OK (%d templates re-checked against every line)" % n)


if __name__ == "__main__":
    main()
