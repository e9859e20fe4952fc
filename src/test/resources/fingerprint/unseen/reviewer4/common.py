"""Shared helpers for the held-out synthetic log generators (stdlib only)."""
import csv, os, random, re

MASK = "<*>"

class Log:
    """Collects (content, template) pairs. A template is the literal event
    template; each <*> is replaced, in order, by one value (a value may hold
    spaces: a variable-length run of variable tokens is one <*>)."""
    def __init__(self):
        self.rows = []
        self.templates = set()

    def emit(self, tpl, *vals):
        parts = tpl.split(MASK)
        assert len(parts) == len(vals) + 1, (tpl, vals)
        out = [parts[0]]
        for v, p in zip(vals, parts[1:]):
            v = str(v)
            assert v != "" and "\n" not in v, (tpl, vals)
            out.append(v)
            out.append(p)
        line = "".join(out)
        self.rows.append((line, tpl))
        self.templates.add(tpl)
        return line

def rand_ip(r, pool=None):
    if pool and r.random() < 0.85:
        return r.choice(pool)
    return "%d.%d.%d.%d" % (r.choice([1, 5, 23, 27, 36, 42, 58, 59, 61, 78, 91, 103, 106, 112, 113, 115, 116, 117, 118, 119, 121, 122, 123, 124, 125, 139, 159, 173, 175, 180, 182, 183, 185, 187, 190, 195, 202, 203, 210, 211, 218, 220, 221, 222]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

def hexs(r, n, prefix="0x", upper=False):
    s = "%0*x" % (n, r.getrandbits(4 * n))
    return prefix + (s.upper() if upper else s)

def mac(r):
    return ":".join("%02x" % r.randint(0, 255) for _ in range(6))

def write_system(name, log, n=2000):
    rows = log.rows[:n]
    assert len(rows) == n, (name, len(rows))
    base = os.path.join(os.environ["UNSEEN_OUT"], name)
    os.makedirs(base, exist_ok=True)
    ids = {}
    for _, t in rows:
        if t not in ids:
            ids[t] = None
    # EventIds ordered by template text, like Loghub's templates files
    for i, t in enumerate(sorted(ids)):
        ids[t] = "E%d" % (i + 1)
    with open(os.path.join(base, name + "_2k.content.txt"), "w", encoding="utf-8", newline="\n") as f:
        for c, _ in rows:
            f.write(c + "\n")
    with open(os.path.join(base, name + "_2k.log_structured_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (c, t) in enumerate(rows):
            w.writerow([i + 1, c, ids[t], t])
    with open(os.path.join(base, name + "_2k.log_templates_corrected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate"])
        for t in sorted(ids, key=lambda t: int(ids[t][1:])):
            w.writerow([ids[t], t])
    # sanity: every line matches its own template; report cross-matches
    rx = {t: re.compile("^" + ".+?".join(re.escape(p) for p in t.split(MASK)) + "$", re.S) for t in ids}
    amb = set()
    for c, t in rows:
        assert rx[t].match(c), (t, c)
        for t2, r2 in rx.items():
            if t2 != t and r2.match(c):
                amb.add((t, t2))
    counts = {}
    for _, t in rows:
        counts[t] = counts.get(t, 0) + 1
    single = sum(1 for v in counts.values() if v == 1)
    print("%-13s %d lines, %d templates (%d singletons), %d ambiguous template pairs"
          % (name, n, len(ids), single, len(amb)))
    for a, b in sorted(amb)[:8]:
        print("   ambiguous: %r also matches %r" % (a, b))
