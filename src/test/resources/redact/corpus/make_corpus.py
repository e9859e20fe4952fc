#!/usr/bin/env python3
"""Writes the redaction corpus: secrets-{design,heldout}.jsonl and negatives-{design,heldout}.jsonl.

Each secret line is {"kind", "secrets": [substrings that must disappear], "line"}; each negative is {"line"}
and must come out unchanged. The two halves use different templates (log formats, phrasings, vendors' key
layouts) and different random values, so the held-out half measures what the design half did not teach.
Deterministic: run it again and the files come out the same. Values are random, never real credentials.
"""
import json
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, n, alphabet=ALNUM):
        # Random values always mix classes, as real keys do.
        while True:
            v = "".join(self.r.choice(alphabet) for _ in range(n))
            if alphabet is not ALNUM and alphabet is not B64 or (
                    any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v)):
                return v

    def hex(self, n):
        return "".join(self.r.choice(HEX) for _ in range(n))

    def pw(self):
        base = self.r.choice(["hunter", "Tr0ub4dor", "s3cr3t", "Winter", "letmein", "P@ss", "correct-horse",
                              "Zx9!kq", "dragon", "m0nkey", "Sup3r", "qwerty"])
        return base + self.r.choice(["2", "!", "#42", "_2026", "$$", "9x", "-prod", "7&8", "%21"]) + self.s(3)

    def luhn_card(self, prefix, length):
        digits = [int(c) for c in prefix]
        while len(digits) < length - 1:
            digits.append(self.r.randint(0, 9))
        total = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2 == 0:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        digits.append((10 - total % 10) % 10)
        return "".join(map(str, digits))

    def iban(self, country, bban):
        def num(s):
            return "".join(str(int(c, 36)) for c in s)
        check = 98 - int(num(bban + country + "00")) % 97
        return country + "%02d" % check + bban

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                return "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ts(self):
        return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (self.r.randint(1, 12), self.r.randint(1, 28),
                                                         self.r.randint(0, 23), self.r.randint(0, 59),
                                                         self.r.randint(0, 59), self.r.randint(0, 999))

    def pick(self, xs):
        return self.r.choice(xs)


def pem(g, kind):
    body = [g.s(64, B64) for _ in range(4)] + [g.s(24, B64) + "=="]
    if kind == "RSA":
        body[0] = "MIIEowIBAAKCAQEA" + g.s(48, B64)
    elif kind == "":
        body[0] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + g.s(32, B64)
    return body


def design(g):
    out = []

    def add(kind, line, *secrets):
        out.append({"kind": kind, "secrets": list(secrets), "line": line})

    for _ in range(2):
        t = g.ts()
        v = "ghp_" + g.s(36); add("github", f"{t} ERROR git clone failed: https://{v}@github.com/acme/api.git", v)
        v = "github_pat_" + g.s(22) + "_" + g.s(59); add("github", f"{t} WARN GITHUB_TOKEN={v} rejected (401)", v)
        v = g.pick(["gho_", "ghu_", "ghs_", "ghr_"]) + g.s(36); add("github", f'{{"level":"error","msg":"octokit auth","token":"{v}"}}', v)
        v = "glpat-" + g.s(20); add("gitlab", f"{t} ERROR gitlab api 401 with PRIVATE-TOKEN {v}", v)
        v = "xoxb-" + str(g.r.randint(10**10, 10**11)) + "-" + str(g.r.randint(10**12, 10**13)) + "-" + g.s(24)
        add("slack", f"{t} ERROR slack postMessage failed: invalid_auth token={v}", v)
        v = "T" + g.s(8).upper() + "/B" + g.s(8).upper() + "/" + g.s(24)
        add("slack-webhook", f"{t} ERROR POST https://hooks.slack.com/services/{v} -> 404 no_service", v)
        v = "sk_live_" + g.s(24); add("stripe", f"Stripe::AuthenticationError: Invalid API Key provided: {v}", v)
        v = "rk_test_" + g.s(24); add("stripe", f"{t} stripe restricted key {v} lacks permission charges:write", v)
        v = "AIza" + g.s(35, ALNUM + "-_"); add("google", f"{t} ERROR geocode failed: https://maps.googleapis.com/maps/api/geocode/json?address=x&key={v}", v)
        v = "SG." + g.s(22) + "." + g.s(43); add("sendgrid", f"{t} ERROR sendgrid send failed (401) using {v}", v)
        v = "SK" + g.hex(32); add("twilio", f"{t} ERROR twilio: authenticate with api key {v} failed", v)
        v = "AC" + g.hex(32); add("twilio", f"{t} ERROR twilio account {v} suspended", v)
        v = "npm_" + g.s(36); add("npm", f"npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fapi - token {v}", v)
        v = "pypi-AgEIcHlwaS5vcmc" + g.s(60, ALNUM + "-_"); add("pypi", f"twine upload failed: 403 Invalid or non-existent authentication information. password={v}", v)
        v = "dckr_pat_" + g.s(27, ALNUM + "-_"); add("docker", f"{t} docker login -u ci --password {v} registry-1.docker.io failed", v)
        v = "hvs." + g.s(90, ALNUM + "-_"); add("vault", f"{t} ERROR vault: permission denied (403) for token {v}", v)
        v = g.s(14) + ".atlasv1." + g.s(67, ALNUM + "-_="); add("terraform", f"Error: Failed to request discovery document: 401 with TFE_TOKEN={v}", v)
        v = "sk-proj-" + g.s(48, ALNUM + "-_"); add("openai", f"{t} ERROR openai.AuthenticationError: Incorrect API key provided: {v}", v)
        v = "sk-ant-api03-" + g.s(93, ALNUM + "-_") + "AA"; add("anthropic", f"{t} anthropic request failed: x-api-key: {v}", v)
        v = g.hex(32); add("datadog", f"{t} datadog-agent: API Key invalid, DD_API_KEY={v}", v)
        v = "shpat_" + g.hex(32); add("shopify", f"{t} ShopifyAPI::UnauthorizedAccess X-Shopify-Access-Token: {v}", v)
        v = g.s(86, B64) + "=="; add("azure", f"{t} ERROR BlobServiceClient: DefaultEndpointsProtocol=https;AccountName=acme{g.r.randint(1,99)};AccountKey={v};EndpointSuffix=core.windows.net", v)
        v = g.s(43, B64).replace("+", "%2B").replace("/", "%2F") + "%3D"; add("azure-sas", f"{t} GET https://acme.blob.core.windows.net/exports/a.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig={v} -> 403", v)
        k = "AKIA" + g.s(16, string.ascii_uppercase + string.digits); s = g.s(40, B64)
        add("aws", f"{t} ERROR botocore: SignatureDoesNotMatch for {k} secret {s}", k, s)
        s = g.s(40, B64); add("aws", f"aws_secret_access_key = {s}", s)
        v = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + g.s(40, ALNUM + "-_") + "." + g.s(43, ALNUM + "-_")
        add("jwt", f"{t} WARN jwt verify failed for {v}: exp claim in the past", v)
        body = pem(g, "RSA")
        add("pem", f"{t} ERROR cannot parse key\n-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----", *body)
        add("pem-line", f"{body[0]}", body[0])
        p = g.pw(); add("kv", f"{t} ERROR db connect failed host=db.internal user=app password={p} sslmode=require", p)
        p = g.pw(); add("kv", f"{t} ERROR config: db_password: {p}", p)
        p = g.pw(); add("json", f'{{"ts":"{t}","level":"error","req":{{"user":"bob","password":"{p}"}}}}', p)
        p = g.pw(); add("yaml", f"invalid config:\n  database:\n    username: app\n    password: {p}\n    pool: 5", p)
        p = g.s(12); add("go", f"{t} ERROR connect: config=&{{Host:db.internal Port:5432 User:app Password:{p} SSLMode:require}}", p)
        p = g.s(10); add("form", f"{t} 400 POST /login body=username=bob&password={p}&remember=1", p)
        p = g.s(10); add("urlenc", f"{t} WARN bad request q=grant_type%3Dpassword%26username%3Dbob%26password%3D{p}", p)
        p = g.s(10); add("html", f"{t} ERROR template: {{&quot;username&quot;:&quot;bob&quot;,&quot;password&quot;:&quot;{p}&quot;}}", p)
        p = g.s(10); add("cli", f"{t} ERROR backup: mysqldump -h db -u root -p{p} shop > /tmp/shop.sql exited 2", p)
        p = g.pw(); add("cli", f"{t} exec: pg_dump --host db --password {p} --dbname shop", p)
        p = g.s(9).lower(); add("prose", f"{t} NOTE the admin password is {p} until rotation", p)
        p = g.s(6) + "#" + g.s(4) + "@" + g.s(3); add("url", f"{t} ERROR could not connect to postgres://app:{p}@db.internal:5432/shop", p)
        p = g.s(8); add("oracle", f"{t} ERROR ORA-01017 jdbc:oracle:thin:scott/{p}@//db.internal:1521/ORCL", p)
        v = g.hex(32); add("rails", f'{t} Started GET "/api/orders" Authorization: Token token="{v}", email="ops@example.com"', v)
        v = g.s(20); add("bearer", f"{t} 401 upstream rejected Authorization: Bearer {v}", v)
        import base64
        v = base64.b64encode(f"admin:{g.pw()}".encode()).decode(); add("basic", f"{t} proxy auth failed: Proxy-Authorization: Basic {v}", v)
        v = g.s(32); add("cookie", f"{t} GET /cart Cookie: sid={v}; theme=dark", v)
        v = g.s(40); add("cookie", f"{t} Set-Cookie: session_id={v}; Path=/; HttpOnly; Secure", v)
        user = g.pick(["jane.doe", "bob.smith", "m.garcia", "kim"]) + str(g.r.randint(1, 99))
        add("email", f"{t} ERROR no account for {user}@example.com", f"{user}@example.com")
        add("email", f"{t} GET /api/users?email={user}%40example.org 404", f"{user}%40example.org")
        u = g.pick(["josé", "renée", "søren", "zoë"]) + str(g.r.randint(1, 9))
        add("email", f"{t} bounce: {u}@exämple.de mailbox full", f"{u}@exämple.de")
        p = "+1 415 555 %04d" % g.r.randint(0, 9999); add("phone", f"{t} sms delivery failed to {p}", p)
        p = "020 7946 %04d" % g.r.randint(0, 9999); add("phone", f"{t} callback requested on 020 7946 {p[-4:]} by customer 42", p)
        p = "+44 7700 900%03d" % g.r.randint(0, 999); add("phone", f"{t} 2fa code not delivered to {p}", p)
        p = g.ssn(); add("ssn", f"{t} ERROR kyc check failed for ssn={p}", p)
        p = g.iban("DE", "%018d" % g.r.randint(0, 10**18 - 1)); add("iban", f"{t} ERROR payout to IBAN {p} rejected", p)
        p = g.luhn_card("4", 16); add("card", f"{t} charge declined card {p[:4]} {p[4:8]} {p[8:12]} {p[12:]}", f"{p[:4]} {p[4:8]} {p[8:12]} {p[12:]}")
        p = g.pw(); add("zero-width", f"{t} login pa\u200bss\u200bword=" + p[:3] + "\u200b" + p[3:], p)
        p = g.pw(); add("bidi", f"{t} login \u202epassword\u202c={p}", p)
    return out


def heldout(g):
    out = []

    def add(kind, line, *secrets):
        out.append({"kind": kind, "secrets": list(secrets), "line": line})

    import base64
    for i in range(2):
        t = g.ts()
        v = "ghs_" + g.s(36); add("github", f'time="{t}" level=error msg="checkout failed" url="https://x-access-token:{v}@github.com/acme/infra"', v)
        v = "ghp_" + g.s(36); add("github", f"[{t}] ERROR github.GithubException: 401 using Authorization: token {v}", v)
        v = "glpat-" + g.s(20, ALNUM + "-_"); add("gitlab", f"level=error component=runner msg=\"clone\" repo=https://gitlab-ci-token:{v}@gitlab.example.com/g/p.git", v)
        v = "xoxp-" + str(g.r.randint(10**10, 10**11)) + "-" + str(g.r.randint(10**10, 10**11)) + "-" + str(g.r.randint(10**12, 10**13)) + "-" + g.hex(32)
        add("slack", f"[ERROR] slack_sdk.errors.SlackApiError: token_revoked (token {v})", v)
        v = "sk_test_" + g.s(99); add("stripe", f'{{"severity":"ERROR","message":"stripe.error.AuthenticationError","api_key":"{v}"}}', v)
        v = "AIza" + g.s(35, ALNUM + "-_"); add("google", f"E{t} firebase init: apiKey: \"{v}\", projectId: \"acme\"", v)
        v = "npm_" + g.s(36); add("npm", f"//registry.npmjs.org/:_authToken={v}", v)
        v = "pypi-AgENdGVzdC5weXBpLm9yZw" + g.s(70, ALNUM + "-_"); add("pypi", f"[{t}] upload: TWINE_PASSWORD={v} HTTPError: 403", v)
        v = "dckr_pat_" + g.s(27, ALNUM + "-_"); add("docker", f"Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password (token {v})", v)
        v = "hvb." + g.s(120, ALNUM + "-_"); add("vault", f'{{"@level":"error","@message":"vault lease renewal failed","token":"{v}"}}', v)
        v = g.s(14) + ".atlasv1." + g.s(67, ALNUM + "-_="); add("terraform", f"credentials \"app.terraform.io\" {{ token = \"{v}\" }}", v)
        v = "sk-" + g.s(48); add("openai", f"[{t}] openai.error.AuthenticationError: No API key provided. You passed {v}", v)
        v = "sk-ant-api03-" + g.s(93, ALNUM + "-_") + "AA"; add("anthropic", f"ANTHROPIC_API_KEY={v} python worker.py", v)
        v = g.hex(40); add("datadog", f"[{t}] ERROR datadog.api 403 Forbidden dd-application-key: {v}", v)
        v = "shpss_" + g.hex(32); add("shopify", f"shopify app secret shpss value {v} mismatched hmac", v)
        v = g.s(86, B64) + "=="; add("azure", f"Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}", v)
        v = g.s(43, B64).replace("+", "%2B").replace("/", "%2F") + "%3D"; add("azure-sas", f"AzCopy failed: https://acme.blob.core.windows.net/c?sp=racwdl&st=2026-01-01&se=2026-02-01&spr=https&sv=2022-11-02&sr=c&sig={v}", v)
        k = "ASIA" + g.s(16, string.ascii_uppercase + string.digits); s = g.s(40, B64)
        add("aws", f'{{"Credentials":{{"AccessKeyId":"{k}","SecretAccessKey":"{s}","SessionToken":"{g.s(200, B64)}"}}}}', k, s)
        v = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJ" + g.s(80, ALNUM + "-_") + "." + g.s(86, ALNUM + "-_")
        add("jwt", f"[{t}] ERROR io.jsonwebtoken.ExpiredJwtException: JWT expired token={v}", v)
        body = pem(g, "")
        add("pem", "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----", *body)
        add("pem-line", f"[{t}] DEBUG key line: {body[1]}", body[1])
        p = g.pw(); add("kv", f"spring.datasource.password={p}", p)
        p = g.pw(); add("kv", f"Server=tcp:acme.database.windows.net,1433;Database=shop;User ID=app;Password={p};Encrypt=True", p)
        p = g.pw(); add("json", f"[{t}] ERROR request body: {{\\\"email\\\":\\\"x\\\",\\\"pass\\\":\\\"{p}\\\"}}", p)
        p = g.pw(); add("yaml", f"  - name: DB_PASSWORD\n    value: {p}", p)
        p = g.s(12); add("go", f"level=error msg=\"dial failed\" cfg=\"{{Addr:redis:6379 Password:{p} DB:0}}\"", p)
        p = g.s(12); add("form", f"[{t}] POST /oauth/token client_id=web&client_secret={p}&grant_type=client_credentials", p)
        p = g.s(10); add("urlenc", f"[{t}] GET /callback?state=xyz&data=user%3Dbob%26pwd%3D{p} 302", p)
        p = g.s(10); add("html", f"&lt;input name=&quot;password&quot; value=&quot;{p}&quot;&gt; rendered in error page", p)
        p = g.s(10); add("cli", f"+ mysql --host=db -uroot -p'{p}' -e 'select 1'", p)
        p = g.s(10); add("cli", f"[{t}] cmd: sshpass -p {p} ssh deploy@10.0.0.5 failed", p)
        p = g.s(8).lower(); add("prose", f"[{t}] support note: the password for admin is {p}", p)
        p = g.s(5) + "@" + g.s(3) + "#" + g.s(3); add("url", f"[{t}] redis connect error redis://default:{p}@cache.internal:6379/0", p)
        p = g.s(9); add("url", f"MongoServerError: bad auth mongodb+srv://app:{p}@cluster0.abcde.mongodb.net/shop", p)
        p = g.s(8); add("oracle", f"SQL*Plus: sqlplus system/{p}@ORCLPDB1 as sysdba", p)
        v = g.s(32); add("rails", f"Authorization: Token token={v}", v)
        v = g.s(40, ALNUM + "-._~"); add("bearer", f'{{"headers":{{"Authorization":"Bearer {v}"}}}}', v)
        v = base64.b64encode(f"svc-{i}:{g.pw()}".encode()).decode(); add("basic", f"[{t}] curl -H 'Authorization: Basic {v}' https://api.internal", v)
        v = g.s(24); add("cookie", f"[{t}] request headers: Cookie: _ga=GA1.2.{g.r.randint(10**8, 10**9)}.{g.r.randint(10**9, 2*10**9)}; sid={v}; lang=en", v)
        v = "s%3A" + g.s(32) + "." + g.s(43); add("cookie", f"Set-Cookie: connect.sid={v}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly", v)
        user = g.pick(["a.nother", "ops-team", "first.last", "x_y"]) + str(g.r.randint(1, 99))
        add("email", f'[{t}] ERROR smtp 550 recipient rejected: "{user}@mail.example.co.uk"', f"{user}@mail.example.co.uk")
        add("email", f"[{t}] unsubscribe link /u?e={user}%40gmail.com failed", f"{user}%40gmail.com")
        u = g.pick(["Jürgen.Müller", "françois", "日本", "иван"]) + str(g.r.randint(1, 9))
        add("email", f"mail to {u}@example.com bounced", f"{u}@example.com")
        p = "+49 30 %07d" % g.r.randint(0, 9999999); add("phone", f"[{t}] WARN call to {p} dropped", p)
        p = "06 %02d %02d %02d %02d" % tuple(g.r.randint(0, 99) for _ in range(4)); add("phone", f"[{t}] client mobile: {p}", p)
        p = "(415) 555-%04d" % g.r.randint(0, 9999); add("phone", f"[{t}] contact {p} re: order 8812", p)
        p = g.ssn(); add("ssn", f'{{"ts":"{t}","err":"duplicate applicant","applicant_ssn":"{p}"}}', p)
        bban = "%05d%05d" % (g.r.randint(0, 99999), g.r.randint(0, 99999)) + g.s(11, string.ascii_uppercase + string.digits) \
            + "%02d" % g.r.randint(0, 99)
        p = g.iban("FR", bban)
        grouped = " ".join(p[j:j + 4] for j in range(0, len(p), 4))
        add("iban", f"[{t}] SEPA mandate error for {grouped}", grouped)
        p = g.luhn_card("5", 16); add("card", f"[{t}] card_number={p} cvv={g.r.randint(100, 999)}", p)
        p = g.luhn_card("37", 15); add("card", f"[{t}] amex {p[:4]}-{p[4:10]}-{p[10:]} declined", f"{p[:4]}-{p[4:10]}-{p[10:]}")
        p = g.pw(); add("zero-width", f"[{t}] api\u2060_key=" + p[:2] + "\u200d" + p[2:], p)
        p = g.pw(); add("entity-zw", f"[{t}] pass&#8203;word={p}", p)
        v = g.s(40, "0123456789abcdef"); add("generic", f"[{t}] X-Api-Key: {v}", v)
        p = g.pw(); add("xml", f"<soap:Envelope><Auth><Username>svc</Username><Password>{p}</Password></Auth></soap:Envelope>", p)
    return out


NEG_DESIGN = """2026-11-27T08:14:10.100Z ERROR [http-nio-8080-exec-1] c.e.checkout.OrderService - Failed to place order ORD-88231
tests: pass=118 fail=2 skip=4 duration=93.2s
2026-11-27 08:14:10,123 WARN basic RetryPolicy exhausted after 5 attempts
scheduler lag +1500000 ms behind wall clock
Excel import failed at cell 1048577: row limit exceeded
token: expired
fatal: could not read from remote repository git@github.com:acme/api.git
ERROR invalid password for user 42 (attempt 3 of 5)
WARN Bearer token missing in request to /api/orders
INFO password reset requested for user 1234
ERROR secret rotation failed for arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf
max_tokens=1024 input_tokens=345 output_tokens=12 stop_reason=end_turn
request_id=3f2a0c1e-8b7d-4f0e-9c2b-1a5d7e9f00b2 status=503 latency=1203ms
build 1.4.2+sha.5114f85 deployed to prod in 37s
image nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31 pulled
commit 9fceb02d0ae598e95dc970b74767f19372d61af8 failed the lint check
HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0)
java.lang.IllegalStateException: com.example.Foo@6d06d69c already closed
npm WARN deprecated lodash@4.17.21 installed via @acme/ui@2.3.0
dial tcp 10.0.12.5:5432: connect: connection refused
goroutine 1187 [running]: pc=0x6b2c3f addr=0xc0001a2000
2026-11-27T08:31:12Z level=error msg="context deadline exceeded" peer=10.0.7.21:50051 elapsed=5.002s
password=**** user=admin login failed
api_key=<redacted> quota exceeded
{"password":"[REDACTED]","user":"bob"}
DB_PASSWORD=${DB_PASSWORD} not expanded by the entrypoint
login failed token=<*> for user <*>
ERROR Set-Cookie header exceeded 4096 bytes
Cookie: theme=dark; lang=en
phone lookup failed after 3 retries
IBAN validation failed: checksum mismatch
processed 1048576 records in 12.5s (83886 rec/s)
disk usage 93% on /dev/nvme0n1p1 (free 7.2 GiB)
Task timed out after 30.03 seconds (RequestId: 5f1c9a8e-2d3b-4c7a-9e0f-1b2c3d4e5f60)
kafka consumer group orders-v2 lag=15000 partition=7 offset=1795766400
retrying in 2s (attempt 4/10) backoff=exponential jitter=0.2
ERROR: duplicate key value violates unique constraint "orders_pkey" DETAIL: Key (id)=(8812) already exists.
panic: runtime error: index out of range [5] with length 5
Traceback (most recent call last): File "/var/task/app.py", line 42, in handler
KeyError: 'total'
the access token could not be refreshed: refresh token expired
sessions=5 active_sessions: 3 max_sessions=100
signature mismatch for webhook delivery 7f3a9c2e
client credentials grant is not enabled for this app
secret_name=prod/db secretId=arn:aws:secretsmanager:us-east-1:123456789012:secret:db
version v10.21.0-rc.4 on node v20.11.1 (x64)
GET /api/v1/orders?page=2&limit=50 200 14ms
POST /api/v1/payments 502 upstream=payments-svc:8443 retry=true
2026-11-27 08:14:10 ERROR timestamps 1795766400 1795766400000 20261127081410
amount 1,234,567.89 EUR and count 123 456 789 items
offset +01:00 timezone +0530 delta +0x1bf ratio +1.5%
arn:aws:iam::123456789012:role/checkout-task account 123456789012
i-0abc0def1234567 in subnet-0a1b2c3d4e5f67890 failed health checks
pod checkout-7f9c6d5b8-x2kqz OOMKilled (limit 512Mi)
ThrottlingException: Rate exceeded (Service: DynamoDb, Status Code: 400, Request ID: QWERTY1234567890ASDFGHJKLZXCVBNM)
WARN user@localhost login attempt from 127.0.0.1
mailto links disabled in this tenant
the token is stale, requesting a new one
password is required
invalid api key format
Authorization header missing
Basic authentication failed for realm "admin"
cookie consent banner failed to render
tokenizer failed on input of 4096 bytes
SSN field missing from form submission
card declined: insufficient funds (code 51)
order 4111111111111112 failed Luhn check on purpose
sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 mismatch
uploaded 3 files to s3://acme-artifacts/builds/2026/11/27/
2026-11-27T08:52:00.000Z WARN GC pause 812ms (G1 Evacuation Pause) heap 3.1G->2.4G
connection reset by peer after 120000 ms
nginx: [error] 31#31: *9 upstream timed out (110: Connection timed out) while reading response header
CPU throttled 35% for container api (quota 200000 period 100000)
retry budget: pass 3 of 5
Slack API rate limited (HTTP 429) retry in 30s
Vault sealed: unseal progress 2/3
GitHub API rate limit 5000/5000 resets at 1795770000
stripe webhook event evt_1NG8Du2eZvKYlo2CUI79vXWy ignored
user jane.doe not found in LDAP (ou=people,dc=example,dc=com)
AccessDenied: User arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject
WARN JWT missing kid header
ERROR PEM decode failed: no PEM data found
INFO host key fingerprint SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s
mysql: [Warning] Using a password on the command line interface can be insecure.
ERROR curl: (7) Failed to connect to api.internal port 443 after 2001 ms
phone number format invalid: expected E.164
sending SMS to 3 recipients failed
""".strip("\n").split("\n")

NEG_HELDOUT = """[2026-11-27 08:14:10,123] ERROR Error while fetching metadata with correlation id 4711
time="2026-11-27T08:30:00Z" level=error msg="upstream request failed" path=/v2/items/1000 status=503 duration=120ms
{"level":"warn","msg":"password policy updated","min_length":12,"require_symbols":true}
E1127 08:14:10.123456   12345 reflector.go:138] failed to list *v1.Pod: the server could not find the requested resource
WARN token refresh scheduled in 300s
ERROR password: must be at least 12 characters
INFO rotated secret version 7 for service checkout
{"event":"login_failed","reason":"invalid_password","user_id":98231}
docker pull ghcr.io/acme/api:1.8.0@sha256:4bf92f3577b34da6a3ce929d0e0e47364bf92f3577b34da6a3ce929d0e0e4736
java.net.SocketTimeoutException: Read timed out after 60000 ms
at com.example.checkout.TaxCalculator.rateFor(TaxCalculator.java:88)
File "/usr/lib/python3.12/site-packages/requests/adapters.py", line 501, in send
TypeError: Cannot read properties of undefined (reading 'id') at /app/dist/users.js:31:19
pq: password authentication failed for user "app"
MySQL error 1045 (28000): Access denied for user 'app'@'10.0.3.17' (using password: YES)
redis: AUTH failed: WRONGPASS invalid username-password pair
grpc: code = Unauthenticated desc = invalid token
x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error")
SSL routines:ssl3_get_record:wrong version number
HTTP/1.1 401 Unauthorized WWW-Authenticate: Bearer realm="api", error="invalid_token"
Retry-After: 120 X-RateLimit-Remaining: 0 X-Request-Id: 9b2f6c1e-44aa-4e0f-bb1d-2a9c0e7d11f3
{"level":"error","ts":1795766400.123,"caller":"server/main.go:88","msg":"shutdown","error":"context canceled"}
process 12345 exited with code 137 after 3600 s
Queue depth 15000 exceeds threshold 10000 for queue orders-dlq
payment intent pi_3OqJ2a2eZvKYlo2C0abc1234 requires_action
customer cus_NffrFeUfNV2Hib not found
charge ch_3MmlLrLkdIwHu7ix0snN0B15 failed: card_declined
invoice in_1MtHbELkdIwHu7ixl4OzzPMv overdue by 14 days
ERROR [main] o.s.boot.SpringApplication - Application run failed: Port 8080 was already in use.
WARN pass rate 97.5% below target 99%
build #4821 passed: 1203 tests, 0 failures, 12 skipped
ERROR cell A1048577 out of range
phone: unknown
password: null
api_key: ${API_KEY}
secret: <hidden>
token=[FILTERED] rejected by upstream
Authorization: Bearer <token>
client_secret=xxxxxxxx in example config
login with password authentication is disabled
WARN the session has expired, please sign in again
ERROR slack webhook returned 404 channel_not_found
ERROR discord rate limited retry_after=1.2s global=false
INFO mail sent to 3 recipients via smtp.example.com:587
WARN duplicate email address detected for tenant 7 (2 accounts)
elapsed +2500000 us since checkpoint
durations p50=12ms p95=240ms p99=1200ms
memory 1048576 KiB rss, 2097152 KiB vsz
uuid 123e4567-e89b-12d3-a456-426614174000 not found
hash md5=d41d8cd98f00b204e9800998ecf8427e sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709
tag v2.3.1-12-g3f2a0c1 built at 2026-11-27 08:14
release 2026.11.27-rc1 rolled back after 4 errors
ipv6 2001:db8::1 and fe80::1%eth0 unreachable
ERROR org.hibernate.exception.ConstraintViolationException: could not execute statement [insert into users (email, id) values (?, ?)]
WARN 02-11-2026 report generated with 0 rows
ERROR cron job nightly-export failed at 01 02 2026 03:00
counts 10 20 30 40 50 60 70
ERROR ELB 5XX count 1234 in the last 300 seconds
INFO scaled checkout from 3 to 12 replicas
ERROR PagerDuty incident P1234567 escalated to level 2
WARN deprecated flag --insecure-skip-tls-verify used
ERROR unable to parse JSON at line 1 column 4097
level=info msg="autoscaler" desired=8 current=6
basic plan limits reached for workspace acme
ERROR: relation "orders_2026_11" does not exist at character 15
redis-cli ping returned PONG in 2 ms
WARN openssl: unable to load private key
ERROR keytool error: java.io.IOException: keystore password was incorrect
INFO rotating AWS access keys for user ci-deployer
ERROR sig verification failed: expected 64 bytes
WARN AccountKey missing from connection string
ERROR tokens exhausted for tenant 42 (limit 100000)
card ending 1111 expired 12/25
ERROR cvv check failed
ERROR 415 Unsupported Media Type
INFO iban checksum library v2.1.0 loaded
ERROR Set-Cookie: rejected because the domain attribute is invalid
WARN session token: none
""".strip("\n").split("\n")


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write("secrets-design.jsonl", design(Gen(1)))
    write("secrets-heldout.jsonl", heldout(Gen(2)))
    write("negatives-design.jsonl", [{"line": l} for l in NEG_DESIGN])
    write("negatives-heldout.jsonl", [{"line": l} for l in NEG_HELDOUT])
