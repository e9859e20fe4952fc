"""Shared helpers for gen.py (stdlib only, deterministic per group)."""
import datetime
import random
import zlib

BASE = datetime.datetime(2026, 11, 30, 0, 0, 0)

USERS = ["alice", "bob", "carol", "dmitri", "esther", "farah", "gunnar", "hiroko",
         "ines", "jamal", "kwame", "lucia", "mateo", "nadia", "oskar", "priya"]
TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell"]
DOMAINS = ["example.com", "mail.test", "corp.example", "shop.example"]
AZS = ["us-east-1a", "us-east-1b", "us-east-1c"]


def rng_for(seed, name):
    return random.Random(seed * 1000003 + zlib.crc32(name.encode()))


def when(r):
    return BASE + datetime.timedelta(seconds=r.randint(0, 86400 * 3), microseconds=r.randint(0, 999999))


def iso_ms(r, d=None):
    d = d or when(r)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_us(r, d=None):
    d = d or when(r)
    return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sp_ts(r, d=None, sep="."):
    d = d or when(r)
    return d.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (d.microsecond // 1000)


def epoch(r, d=None):
    d = d or when(r)
    return (d - datetime.datetime(1970, 1, 1)).total_seconds()


def uuid(r):
    h = "%032x" % r.getrandbits(128)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[r.randint(0, 3)], h[17:20], h[20:32])


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n, up=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(r.choice(chars) for _ in range(n))


def ip(r, net="10.0"):
    return "%s.%d.%d" % (net, r.randint(0, 31), r.randint(2, 254))


def user(r):
    return r.choice(USERS)


def email(r):
    return "%s.%s@%s" % (r.choice(USERS), r.choice(USERS), r.choice(DOMAINS))


def tenant(r):
    return r.choice(TENANTS)


def pod(r, name):
    return "%s-%s-%s" % (name, hexs(r, 9 if r.random() < .5 else 10), alnum(r, 5, up=False))


def money(r):
    return "%d.%02d" % (r.randint(1, 4999), r.randint(0, 99))


def addr(r):
    return "0x%x" % (r.randint(0xc000010000, 0xc000ffffff) & ~0xf)


def xray(r):
    return "1-%s-%s" % (hexs(r, 8), hexs(r, 24))


def aws_req(r):
    return uuid(r)


def s3_req(r):
    return alnum(r, 16)
