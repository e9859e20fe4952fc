#!/usr/bin/env python3
"""Writes secrets-heldout2.jsonl and negatives-heldout2.jsonl: a second held-out set, written after the rules of the
first round and run once blind (3 of 46 secrets leaked, 0 of 30 negatives altered), then fixed. Same format as
make_corpus.py. Values are random."""
import json
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))
r = random.Random(99)
A = string.ascii_letters + string.digits
def s(n, al=A):
    while True:
        v = ''.join(r.choice(al) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v): return v
def h(n): return ''.join(r.choice('0123456789abcdef') for _ in range(n))
rows = []
def add(line, sec, kind="x"): rows.append({"kind": kind, "secrets": [sec], "line": line})
p = s(12); add(f"spring.mail.password={p}", p)
p = s(10); add(f'  + admin_password = "{p}"', p)
p = s(10); add(f"ansible_become_pass: {p}", p)
p = s(10); add(f"adminPassword: {p}", p)
p = s(10); add(f"machine api.heroku.com login me@example.com password {p}", p)
p = s(40); add(f"X-Slack-Signature: v0={h(64)} X-Slack-Request-Timestamp: 1795766400 secret={p}", p)
p = s(24); add(f"2026-11-27 08:00:01 [worker-3] ERROR RedisConnectionException: NOAUTH (requirepass {p})", p)
p = "ghp_" + s(36); add(f"fatal: unable to access 'https://{p}@github.com/acme/x.git/': 403", p)
p = "glpat-" + s(20); add(f'curl --header "PRIVATE-TOKEN: {p}" https://gitlab.example.com/api/v4/projects', p)
p = "xoxb-" + str(r.randint(10**11, 10**12)) + "-" + str(r.randint(10**12, 10**13)) + "-" + s(24); add(f"SLACK_BOT_TOKEN='{p}'", p)
p = "sk_live_" + s(32); add(f"stripe.api_key = '{p}'", p)
p = "AIza" + s(35); add(f"<meta name=\"google-api-key\" content=\"{p}\">", p)
p = "SG." + s(22) + "." + s(43); add(f"sendgrid.SendGridAPIClient('{p}')", p)
p = "npm_" + s(36); add(f"NODE_AUTH_TOKEN: {p}", p)
p = "dckr_pat_" + s(27); add(f"echo {p} | docker login --username ci --password-stdin", p)
p = "hvs." + s(24); add(f"vault login {p}", p)
p = "sk-proj-" + s(64); add(f"client = OpenAI(api_key=\"{p}\")", p)
p = "sk-ant-api03-" + s(95); add(f"anthropic.Anthropic(api_key='{p}')", p)
p = "shpat_" + h(32); add(f"shopify: access token {p} revoked", p)
p = s(86) + "=="; add(f"az storage blob list --account-name acme --account-key {p}", p)
p = "AKIA" + ''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)); add(f"boto3.client('s3', aws_access_key_id='{p}')", p)
p = s(40, A + "/+"); add(f"aws configure set aws_secret_access_key {p}", p)
p = "eyJhbGciOiJFUzI1NiJ9.eyJ" + s(50) + "." + s(86); add(f"Cookie: auth_token={p}", p)
p = s(16); add(f"DATABASE_URL=postgres://app:{p}@db:5432/app?sslmode=require", p)
p = s(8) + "#!"; add(f"mysql://root:{p}@127.0.0.1:3306/test", p)
p = s(12); add(f"sqlplus -s app/{p}@//db:1521/ORCL @report.sql", p)
p = s(12); add(f"PGPASSWORD={p} psql -h db -U app", p)
p = s(12); add(f"psql \"host=db user=app password={p} dbname=shop\"", p)
p = s(12); add(f"Your temporary password is {p}", p)
p = s(12); add(f"reset password to {p} for jdoe", p)
p = "jdoe" + str(r.randint(1, 99)) + "@corp.example.com"; add(f"LDAP bind failed for {p}", p)
p = "françoise.dupont@exemple.fr"; add(f"Envoi impossible à {p}", p)
p = "+49 151 23456789"; add(f"Rückruf an {p}", p)
p = "+1 (212) 555-0187"; add(f"caller_id={p}", p)
p = "0161 496 0000"; add(f"branch phone 0161 496 0000 unreachable", p)
p = "536-22-8812"; add(f"W-2 import: employee SSN {p} duplicated", p)
p = "IT60 X054 2811 1010 0000 0123 456"; add(f"bonifico a {p} rifiutato", p)
p = "4000 0566 5566 5556"; add(f"card={p}", p)
p = "6011111111111117"; add(f"pan {p} tokenization failed", p)
p = s(20); add(f"Set-Cookie: remember_user_token={p}; path=/; expires=Sat, 27 Nov 2027 08:00:00 GMT", p)
p = s(32); add(f"{{\"headers\":{{\"cookie\":\"_session_id={p}; locale=de\"}}}}", p)
p = s(12); add(f"form: username=jdoe&passwd={p}&submit=Login", p)
p = s(12); add(f"q=%7B%22password%22%3A%22{p}%22%7D", p)
p = s(12); add(f"&lt;password&gt;{p}&lt;/password&gt;", p)
p = s(12); add(f"Config{{Host:\"db\", Password:\"{p}\"}}", p)
p = s(12); add(f"pass\u200c\u200cword: {p}", p)
neg = """2026-11-27 08:00:01 [worker-3] INFO RedisConnection established to redis:6379 (db 0)
INFO spring.mail.host=smtp.example.com port=587 starttls=true
WARN ansible: [WARNING]: Platform linux on host web-1 is using the discovered Python interpreter
ERROR vault: error reading secret/data/app: Code: 403. Errors: * permission denied
INFO stripe.api_version = '2024-06-20'
WARN npm WARN config global `--global`, `--local` are deprecated. Use `--location=global` instead.
INFO docker login succeeded for registry.example.com
ERROR psql: error: connection to server at "db" (10.0.0.5), port 5432 failed: FATAL: password authentication failed for user "app"
INFO LDAP search base ou=users,dc=corp,dc=example,dc=com returned 0 entries
INFO Rückruf geplant für 14:30 Uhr
INFO W-2 import finished: 1203 employees, 0 errors
INFO bonifico 2026-11-27 importo 1.234,56 EUR
INFO card tokenization service latency p99=450ms
INFO Set-Cookie: locale=de; path=/
INFO form submitted in 230 ms (fields=4)
INFO q=%7B%22page%22%3A2%7D decoded
INFO &lt;div class=&quot;alert&quot;&gt; rendered
INFO Config{Host:"db", Port:5432, Pool:10}
ERROR temporary password expired, user must reset it
INFO password reset link sent
INFO key rotation completed: 3 keys rotated, 0 failed
INFO token bucket refill rate=100/s burst=200
WARN secret scanning found 0 leaks in 1203 files
INFO x-request-id=7f3a9c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b
INFO build sha 5114f85c0ffee42 tagged v1.2.3
INFO user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36
INFO upload 12.5 MiB in 3.2 s (3.9 MiB/s)
INFO cron 0 2 * * * nightly-backup scheduled
ERROR ORA-12541: TNS:no listener (host db port 1521)
INFO sqlplus -s /nolog @health.sql exited 0""".split("\n")
with open(os.path.join(HERE, 'secrets-heldout2.jsonl'), 'w', encoding='utf-8') as f:
    for x in rows: f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, 'negatives-heldout2.jsonl'), 'w', encoding='utf-8') as f:
    for l in neg: f.write(json.dumps({"line": l}, ensure_ascii=False) + "\n")
