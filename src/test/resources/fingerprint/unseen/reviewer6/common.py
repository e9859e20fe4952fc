"""Shared helpers: slot syntax @{kind} or @{kind2} (trailing digits ignored).
Each slot is one variable and becomes <*> in EventTemplate."""
import csv, os, random, re

SLOT = re.compile(r"@\{([a-z_]+?)\d*\}")

def zipf_counts(n_templates, total=2000, s=1.35, singletons=3, twos=2):
    w = [1.0 / (r ** s) for r in range(1, n_templates + 1)]
    tot = sum(w)
    c = [max(1, int(total * x / tot)) for x in w]
    for i in range(1, singletons + 1):
        c[-i] = 1
    for i in range(singletons + 1, singletons + twos + 1):
        c[-i] = min(c[-i], 2)
    c[0] += total - sum(c)
    return c

def render(pattern, gens, rng):
    def sub(m):
        v = gens[m.group(1)](rng)
        return str(v)
    return SLOT.sub(sub, pattern)

def template_of(pattern):
    return SLOT.sub("<*>", pattern)

def build(name, patterns, gens, seed, outroot):
    rng = random.Random(seed)
    counts = zipf_counts(len(patterns))
    lines = []
    for idx, (p, c) in enumerate(zip(patterns, counts)):
        for _ in range(c):
            lines.append((render(p, gens, rng), "E%d" % (idx + 1), template_of(p)))
    rng.shuffle(lines)
    d = os.path.join(outroot, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + "_2k.content.txt"), "w", encoding="utf-8") as f:
        for l in lines:
            assert "\n" not in l[0]
            f.write(l[0] + "\n")
    with open(os.path.join(d, name + "_2k.log_structured_corrected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, l in enumerate(lines, 1):
            w.writerow([i, l[0], l[1], l[2]])
    # sanity: templates must be distinct
    assert len(set(template_of(p) for p in patterns)) == len(patterns), name
    return len(patterns)

# ---- value generators -------------------------------------------------
def pick(seq):
    return lambda r: r.choice(seq)

def ip_pool(prefixes, n, seed):
    r = random.Random(seed)
    return ["%s.%d.%d" % (r.choice(prefixes), r.randint(0, 255), r.randint(1, 254)) for _ in range(n)]

def rint(a, b):
    return lambda r: r.randint(a, b)

def rfloat(a, b, nd=3):
    return lambda r: ("%." + str(nd) + "f") % r.uniform(a, b)

def hexs(n):
    return lambda r: "".join(r.choice("0123456789abcdef") for _ in range(n))

def uuid(r):
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
