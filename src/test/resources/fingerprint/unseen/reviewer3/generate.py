#!/usr/bin/env python3
"""Regenerate all 8 synthetic systems into ./systems (deterministic)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build
import gen_a, gen_b
SYSTEMS = [("Redis", gen_a.redis, 101), ("MongoDB", gen_a.mongodb, 102), ("Kafka", gen_a.kafka, 103),
           ("AuthLog", gen_a.authlog, 104), ("Dnsmasq", gen_b.dnsmasq, 105), ("HAProxy", gen_b.haproxy, 106),
           ("Celery", gen_b.celery, 107), ("Dockerd", gen_b.dockerd, 108)]
out = os.environ["UNSEEN_OUT"]
for name, fn, seed in SYSTEMS:
    n, t = build(name, fn(), seed, out)
    print("%-8s %d lines %d templates" % (name, n, t))
