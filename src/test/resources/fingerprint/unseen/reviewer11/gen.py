#!/usr/bin/env python3
"""Deterministic generator for the five blind-test systems (fixed seed in common.py).
Writes systems/<S>/<S>_2k.{content.txt,log_structured_corrected.csv,log_templates_corrected.csv}
and self-checks every line against its own template."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import sys_cassandra, sys_consul, sys_samba, sys_networkmanager, sys_rabbitmq

SYSTEMS = [("Cassandra", sys_cassandra.T), ("Consul", sys_consul.T), ("Samba", sys_samba.T),
           ("NetworkManager", sys_networkmanager.T), ("RabbitMQ", sys_rabbitmq.T)]

if __name__ == "__main__":
    base = os.environ.get("UNSEEN_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "systems")
    for name, T in SYSTEMS:
        common.generate(name, T, os.path.join(base, name))
    print("self-check OK")
