#!/usr/bin/env python3
"""Writes the unseen log systems of reviewers who never read this code into OUT/<set>/<System>/
(content and Loghub-style truth, deterministic): make_all.py --out DIR [--set reviewer1,reviewer3,...]."""
import argparse, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {"reviewer1": ["gen_systems.py"], "reviewer3": ["generate.py"],
        "reviewer4": ["gen_health.py", "gen_mac.py", "gen_proxy.py", "gen_sshd.py"], "reviewer6": ["gen.py"], "reviewer7": ["gen.py"], "reviewer9": ["gen.py"],
        "reviewer11": ["gen.py"], "reviewer12": ["gen.py"], "reviewer14": ["gen.py"], "reviewer15": ["gen.py"],
        "reviewer16": ["gen.py"], "reviewer18": ["gen.py"], "reviewer19": ["gen.py"], "reviewer20": ["gen.py"],
        "reviewer21": ["gen.py"], "reviewer22": ["build.py"], "reviewer23": ["gen.py"], "reviewer24": ["gen.py"],
        "reviewer26": ["gen.py"], "reviewer27": ["gen.py"], "reviewer28": ["gen.py"], "reviewer29": ["gen.py"], "reviewer30": ["build.py"], "reviewer31": ["gen.py"],
        "reviewer32": ["build.py"], "reviewer33": ["gen.py"], "reviewer34": ["build.py"],
        "reviewer35": ["build.py"], "reviewer36": ["gen.py"], "reviewer38": ["gen.py"], "reviewer39": ["gen.py"], "reviewer40": ["gen.py"],
        "reviewer41": ["gen.py"], "reviewer42": ["gen.py"], "reviewer43": ["gen.py"],
        "reviewer44": ["gen.py"], "reviewer45": ["gen.py"],
        "reviewer46": ["gen.py"], "reviewer47": ["gen.py"],
        "reviewer48": ["gen.py"], "reviewer49": ["gen.py"], "reviewer50": ["gen.py"], "reviewer51": ["gen.py"],
        "reviewer52": ["gen.py"], "reviewer53": ["gen.py"], "reviewer54": ["gen.py"],
        "reviewer55": ["gen.py"], "reviewer56": ["gen.py"], "reviewer57": ["gen.py"], "reviewer58": ["gen.py"],
        "reviewer59": ["gen.py"], "reviewer60": ["gen.py"], "reviewer61": ["gen.py"],
        "reviewer62": ["gen.py"], "reviewer63": ["gen.py"], "reviewer64": ["gen.py"], "reviewer65": ["gen.py"],
        "reviewer66": ["gen.py"], "reviewer67": ["gen.py"], "reviewer68": ["gen.py"],
        "reviewer69": ["gen.py"], "reviewer70": ["gen.py"], "reviewer71": ["gen.py"], "reviewer72": ["gen.py"],
        "reviewer73": ["gen.py"], "reviewer74": ["gen.py"], "reviewer75": ["gen.py"], "reviewer76": ["gen.py"],
        "reviewer77": ["gen.py"], "reviewer78": ["gen.py"], "reviewer79": ["gen.py"], "reviewer80": ["gen.py"],
        "reviewer81": ["gen.py"], "reviewer82": ["gen.py"], "reviewer83": ["gen.py"], "reviewer84": ["gen.py"],
        "reviewer85": ["gen.py"], "reviewer86": ["gen.py"], "reviewer87": ["gen.py"], "reviewer88": ["gen.py"],
        "reviewer89": ["gen.py"], "reviewer90": ["gen.py"], "reviewer91": ["gen.py"], "reviewer92": ["gen.py"],
        "reviewer93": ["gen.py"], "reviewer94": ["gen.py"], "reviewer95": ["gen.py"], "reviewer96": ["gen.py"],
        "reviewer97": ["gen.py"], "reviewer98": ["gen.py"], "reviewer99": ["gen.py"], "reviewer100": ["gen.py"],
        "reviewer101": ["gen.py"], "reviewer102": ["gen.py"], "reviewer103": ["gen.py"], "reviewer104": ["gen.py"],
        "reviewer105": ["gen.py"], "reviewer106": ["gen.py"], "reviewer107": ["gen.py"], "reviewer108": ["gen.py"],
        "reviewer109": ["gen.py"], "reviewer110": ["gen.py"], "reviewer111": ["gen.py"], "reviewer112": ["gen.py"],
        "reviewer113": ["gen.py"], "reviewer114": ["gen.py"], "reviewer115": ["gen.py"], "reviewer116": ["gen.py"],
        "reviewer117": ["gen.py"], "reviewer118": ["gen.py"], "reviewer119": ["gen.py"], "reviewer120": ["gen.py"],
        "reviewer121": ["gen.py"], "reviewer122": ["gen.py"], "reviewer123": ["gen.py"], "reviewer124": ["gen.py"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--set", default=",".join(SETS))
    a = ap.parse_args()
    for name in a.set.split(","):
        out = os.path.join(os.path.abspath(a.out), name)
        os.makedirs(out, exist_ok=True)
        for script in SETS[name]:
            subprocess.run([sys.executable, os.path.join(HERE, name, script)], check=True, stdout=subprocess.DEVNULL,
                           env=dict(os.environ, UNSEEN_OUT=out), cwd=os.path.join(HERE, name))


if __name__ == "__main__":
    main()
