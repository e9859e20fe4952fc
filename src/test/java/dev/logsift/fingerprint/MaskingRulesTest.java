package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One or more cases per masking rule of rules.txt: input line and the exact template expected. */
class MaskingRulesTest {
  private final MaskingFingerprinter fp = new MaskingFingerprinter();

  private String template(String line) {
    return fp.fingerprint(line).template();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      timestamp | started 2024-05-01T10:00:00.123Z ok                 | started <*> ok
      timestamp | at 12:16:49,123 done                                 | at <*> done
      timestamp | [2016/9/28:16:00:46.635] begin                       | [<*>] begin
      dateword  | connection at Sat Jul  9 12:16:49 2005 closed        | connection at <*> closed
      dateword  | may not be null                                      | may not be null
      uuid      | job 8f14e45f-ceea-467f-a0e6-0d5b7f1bbd8e failed      | job <*> failed
      ip        | refused by 10.0.3.7:5432 now                         | refused by <*> now
      ip        | connect ECONNREFUSED 10.0.6.46:5432                  | connect ECONNREFUSED <*>:5432
      ip        | dial tcp 10.0.0.1:6379: connect: connection refused  | dial tcp <*>:6379: connect: connection refused
      ip        | connect ECONNREFUSED 10.0.6.46:53422                 | connect ECONNREFUSED <*>
      ip        | peer fe80::1ff:fe23:4567:890a down                   | peer <*> down
      email     | bounce for alice.smith+x@mail.example.org today      | bounce for <*> today
      email     | [8336] tariq@marketing_stage FATAL: password         | [<*>] <*> FATAL: password
      email     | 2024-01-01 10:00:00 UTC [77] app@orders ERROR: x     | <*> UTC [<*>] <*> ERROR: x
      email     | No matching version found for eslint@next.           | No matching version found for eslint@next.
      email     | decorated by @property here                          | decorated by @property here
      hash      | object Foo@1b2c3d leaked                             | object Foo@<*> leaked
      url       | GET https://user:pw@api.example.com:8443/v1/users/42/orders?id=7&sort=asc#top failed | GET https://api.example.com:<*>/v1/users/<*>/orders?id=<*>&sort=<*> failed
      url       | POST http://10.1.2.3/health gave up                  | POST http://<*>/health gave up
      url       | request: "GET /a HTTP/1.1", upstream: "http://10.0.0.7:9200/v1/search", host: "x" | request: "<*>", upstream: "http://<*>:<*>/<*>", host: "<*>"
      request   | failed, client: 10.0.0.1, request: "POST / HTTP/1.1", host: "x" | failed, client: <*>, request: "<*>", host: "<*>"
      request   | [10.0.0.1] "GET /v2/servers/detail HTTP/1.1" status: 200 | [<*>] "GET <*>" status: <*>
      request   | "GET /x HTTP/1.1" 503 UF - "34.248.1.7" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" "cart.acme.io" | "<*> <*>" 503 UF - "<*>" "<*>" "<*>"
      request   | "POST /x HTTP/1.1" 503 UF - "34.248.1.7" "okhttp/4.12.0" "cart.acme.io"  | "<*> <*>" 503 UF - "<*>" "<*>" "<*>"
      request   | saved as "text/html" to "Mozilla"                  | saved as "<*>" to "Mozilla"
      request   | [x] "POST /api/carts HTTP/1.1" 503 UH no_healthy_upstream | [x] "<*> <*>" 503 UH no_healthy_upstream
      request   | [x] "POST /api/carts HTTP/1.1" 404 NR route_not_found | [x] "POST <*>" <*> NR route_not_found
      request   | [x] "DELETE /v2/servers HTTP/1.1" status: 502 len: 3 | [x] "<*> <*>" status: 502 len: <*>
      request   | [x] "DELETE /v2/servers HTTP/1.1" status: 204 len: 3 | [x] "DELETE <*>" status: <*> len: <*>
      request   | [x] "POST /api/orders/42?x=1 HTTP/1.1" 500 12         | [x] "<*> /api/orders/<*> <*>" 500 <*>
      request   | [x] "GET /api/users/me HTTP/1.1" 500 12               | [x] "<*> /api/users/me <*>" 500 <*>
      request   | x "GET /a HTTP/1.1" 200 "okhttp/4.12.0 (linux)"       | x "GET <*>" <*> "<*>"
      request   | dependency "okhttp/4.12.0 (linux)" missing          | dependency "<*> (linux)" missing
      request   | ERROR 1 --- [         task-3] c.a.Client : failed  | ERROR <*> --- [<*>] c.a.Client : failed
      request   | ERROR 1 --- [nio-8080-exec-5] c.a.Client : failed  | ERROR <*> --- [<*>] c.a.Client : failed
      request   | [ ERROR ] disk full                                | [ ERROR ] disk full
      url       | Get "http://10.0.0.7:8080/healthz": context deadline exceeded | Get "http://<*>:<*>/healthz": context deadline exceeded
      ip        | connect to mx.example.com [142.250.102.27]:25 timed out | connect to mx.example.com [<*> timed out
      quoted    | login rejected, account: "locked"                    | login rejected, account: "locked"
      ip        | timeout calling payments.internal after 3 s          | timeout calling payments.internal after <*>
      path      | cannot open /var/lib/app/data.db now                 | cannot open <*> now
      path      | loading ./conf/app.yaml                              | loading <*>
      path      | reading C:\\Users\\bob\\file.txt                     | reading <*>
      path      | wrote Nodes/tn207/pkts_out.rrd                       | wrote <*>
      hex       | mask=ffffffff seen                                   | mask=<*> seen
      hex       | fault at deadbeefcafe in                             | fault at <*> in
      hex       | addr 0x7ffd4a3c2b10 bad                              | addr <*> bad
      hex       | decade faded                                         | decade faded
      qualified | software.amazon.awssdk.services.s3.model.NoSuchKeyException: gone | software.amazon.awssdk.services.s3.model.NoSuchKeyException: gone
      qualified | ARPT: 620701.011328: AirPort_Brcm43xx::syncPowerState: WWEN[enabled] | ARPT: <*>: AirPort_Brcm43xx::syncPowerState: WWEN[enabled]
      qualified | peer fe80::1ff:fe23:4567:890a down via a1::b9       | peer <*> down via <*>
      qualified | node host8.example.net down                          | node <*> down
      labelled  | failed (Request ID: QKVTOMRQPHFEEBHSVABM) now        | failed (Request ID: <*>) now
      labelled  | trace-id: abcdefghijkl sampled                       | trace-id: <*> sampled
      keyvalue  | tenant=acme plan=pro limit=100                       | tenant=<*> plan=<*> limit=<*>
      keyvalue  | ready=true,policy=3,mode=false                       | ready=<*>,policy=<*>,mode=<*>
      keyvalue  | updateClipping isOverlap:false, pad=333.0            | updateClipping isOverlap:<*>, pad=<*>
      keyvalue  | logname= uid=0 ruser= user=root                      | logname= uid=<*> ruser= user=<*>
      keyvalue  | write failed path="disk full on sda" code=28         | write failed path=<*> code=<*>
      keyvalue  | failed [type=index_not_found_exception, id=abc] | failed [type=index_not_found_exception, id=<*>]
      keyvalue  | failed kind=ResourceNotFoundException id=abc     | failed kind=ResourceNotFoundException id=<*>
      keyvalue  | connection authorized: user=default database=app | connection authorized: user=<*> database=<*>
      keyvalue  | -[BKAPIClient performRequest:completion:] failed  | -[BKAPIClient performRequest:completion:] failed
      keyvalue  | imap(alice)<485><4wL8ZczvQkUHtymI>: Disconnected | imap(<*>)<*>>: Disconnected
      keyvalue  | rejected; body={"customer": "kenji", "items": [{"note": "rush"}]} size=3 | rejected; body=<*> size=<*>
      keyvalue  | rejected; payload=[{"sku": "a b"}], retry                 | rejected; payload=<*>, retry
      keyvalue  | rejected; body={"customer": "kenji", "items": [           | rejected; body=<*>": "kenji", "items": [
      keyvalue  | rejected body={'note': 'open [ bracket'} timeout after 30s | rejected body=<*> timeout after <*>
      request   | upstream returned "HTTP/1.1 503 Service Unavailable"     | upstream returned "<*> Service Unavailable"
      keyvalue  | mode=DEFAULT user=alice.error id=3                       | mode=<*> user=<*> id=<*>
      quoted    | Invalid `prisma.account.create()` invocation in        | Invalid `prisma.account.create()` invocation in
      quoted    | table 'orders' missing                                 | table 'orders' missing
      url       | failed to fetch s3://acme-exports-prod/acme/7d80.csv.gz | failed to fetch s3://acme-exports-prod/<*>
      keyvalue  | ERROR:worker:Failed to start                         | ERROR:worker:Failed to start
      keyvalue  | saving Order(id=123, status=PAID) failed             | saving Order(id=<*>, status=<*>) failed
      keyvalue  | not authorized to perform: dynamodb:PutItem on x     | not authorized to perform: dynamodb:PutItem on x
      quoted    | invalid state 'PENDING' for order 42                 | invalid state 'PENDING' for order <*>
      quoted    | invalid state 'pending' for order 42                 | invalid state 'pending' for order <*>
      quoted    | invalid state 'v2beta' for order 42                  | invalid state '<*>' for order <*>
      size      | close, lifetime <1 sec                               | close, lifetime <*>
      keyvalue  | destroy Surface(name=InputMethod) now                | destroy Surface(name=<*>) now
      keyvalue  | ws=WorkSource{10113}, uid=1000                       | ws=<*>, uid=<*>
      size      | estimated size 1.2 KB, free 300.0 MB)                | estimated size <*>, free <*>)
      size      | Task timed out after 30.01 seconds                   | Task timed out after <*>
      size      | took 250 ms                                          | took <*>
      quoted    | relation "orders" does not exist                     | relation "orders" does not exist
      quoted    | relation "orders_2024" does not exist                | relation "<*>" does not exist
      quoted    | started service 'sparkDriver' on                     | started service 'sparkDriver' on
      quoted    | no queue 'orders.retry' here                         | no queue 'orders.retry' here
      quoted    | no host 'db1.example.com' here                       | no host '<*>' here
      quoted    | no file 'invoice_en.html' here                       | no file '<*>' here
      quoted    | a bean of type 'com.acme.PaymentClient' in           | a bean of type 'com.acme.PaymentClient' in
      number    | perform: s3:GetObject on x                           | perform: s3:GetObject on x
      number    | code s3:Get2Object on x                              | code <*> on x
      number    | error P2002 in upsert                                | error P2002 in upsert
      number    | E11000 duplicate key                                 | E11000 duplicate key
      number    | order ORD12345 failed                                | order <*> failed
      number    | E0615 sync failed                                    | <*> sync failed
      quoted    | said "hello world" twice                             | said "hello world" twice
      number    | Received block blk_-1608999687919862906 of size 91178 | Received block <*> of size <*>
      number    | synchronized to LOCAL(0), stratum 10                 | synchronized to <*>, stratum <*>
      number    | AxiosError: Request failed with status code 429      | AxiosError: Request failed with status code 429
      number    | proxy error : status code 403                        | proxy error : status code <*>
      number    | GET /x status: 200 len: 12                           | GET <*> status: <*> len: <*>
      number    | GitHub API request 88 failed: HTTP 401               | GitHub API request <*> failed: HTTP 401
      number    | search returned 150 results                          | search returned <*> results
      number    | webhook 12 failed with status 410                    | webhook <*> failed with status 410
      number    | HTTP probe failed with statuscode: 503               | HTTP probe failed with statuscode: 503
      number    | worker process 1234 exited on signal 11              | worker process <*> exited on signal 11
      number    | ERROR: script returned exit code 137                 | ERROR: script returned exit code 137
      number    | container 4f2a exited with code 1 after 3s           | container <*> exited with code 1 after <*>
      number    | job exited with status 2                             | job exited with status 2
      number    | request 77 failed with code 12345                    | request <*> failed with code <*>
      number    | violates unique constraint (SQLSTATE 40P01)          | violates unique constraint (SQLSTATE 40P01)
      keyvalue  | Main process exited, code=killed, status=9/KILL      | Main process exited, code=killed, status=9/KILL
      keyvalue  | Main process exited, code=exited, status=1           | Main process exited, code=exited, status=<*>
      quoted    | violates unique constraint "postings_idempotency_key_key" | violates unique constraint "postings_idempotency_key_key"
      number    | Warning Failed pod/search-fsnrsqnjmp-hrnlm to pull  | Warning Failed pod/search-<*> to pull
      number    | restarting container in pod payments-api-7c6d8f9b5-x2k9p | restarting container in pod payments-api-<*>
      number    | worker[4411] exited on SIGSEGV(11) after 3 requests  | worker[<*>] exited on SIGSEGV(11) after <*> requests
      number    | sshd[2231]: error: maximum attempts                  | sshd[<*>]: error: maximum attempts
      number    | Task app.tasks.send_email[9f2c1d3e-8b7a-4c2d] raised | Task app.tasks.send_email[<*>] raised
      path      | thread 'main' panicked at src/handlers/orders.rs:88:14: | thread 'main' panicked at src/handlers/orders.rs:88:<*>:
      path      | open /var/log/app.log:12 failed                      | open <*> failed
      keyvalue  | ERROR [payments.views:charge:114] boom               | ERROR [payments.views:charge:<*>] boom
      arn       | on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders | on resource: arn:aws:dynamodb:<*>:<*>:table/Orders
      arn       | User: arn:aws:sts::123456789012:assumed-role/app/botocore-session is | User: arn:aws:sts::<*>:assumed-role/app/<*> is
      arn       | User arn:aws:iam::123456789012:user/ci is not        | User arn:aws:iam::<*>:user/<*> is not
      arn       | role arn:aws:iam::123456789012:role/deployer lacks   | role arn:aws:iam::<*>:role/deployer lacks
      arn       | bucket arn:aws:s3:::my-bucket denied                 | bucket arn:aws:s3:::my-bucket denied
      number    | postfix/smtpd[77]: lost connection                   | postfix/smtpd[<*>]: lost connection
      number    | node[2x]: failed                                     | <*>: failed
      number    | args[0] is null                                      | args[<*>] is null
      syslog    | Mar 15 03:14:44 web-cedar systemd[1]: x.service: Start | <*> systemd[<*>]: x.service: Start
      syslog    | Mar  5 03:14:44.120 db-primary postgres: FATAL       | <*> postgres: FATAL
      syslog    | Mar 15 03:14:44 kernel: Out of memory                | <*> kernel: Out of memory
      syslog    | Mar 15 03:14:44 web-cedar said hello                 | <*> web-cedar said hello
      syslog    | at Mar 15 03:14:44 web-cedar systemd[1]: x           | at <*> web-cedar systemd[<*>]: x
      keyvalue  | processHandleBroadcastAction action:android.intent.action.SCREEN_OFF | processHandleBroadcastAction action:android.intent.action.SCREEN_OFF
      keyvalue  | Order(id=7, status=OrderStatus.IN_REVIEW)            | Order(id=<*>, status=OrderStatus.IN_REVIEW)
      route     | upstream: "http://payments.svc:8080/api/v1/orders/12", host | upstream: "http://payments.svc:<*>/<*>", host
      route     | upstream: "http://payments.svc", host                | upstream: "http://payments.svc", host
      url       | fetch http://10.0.3.7.12:8080/health failed          | fetch http://<*>:<*>/health failed
      route     | upstream: "http://unix:/run/api.sock:/v1/x", host    | upstream: "http://unix:/run/api.sock:/v1/x", host
      route     | upstream: "http://a?b", host                         | upstream: "http://a?b", host
      syslog    | Mar 15 03:14:44 sshd[22]: error: auth failed         | <*> sshd[<*>]: error: auth failed
      path      | thread 'main' panicked at src/main.rs:10:5:          | thread 'main' panicked at src/main.rs:10:<*>:
      quoted    | referrer: "https://a.example.com/cart?x=1", x        | referrer: "<*>", x
      quoted    | user: "system:anonymous" x                           | user: "system:<*>" x
      number    | write failed: errno(28) on disk                      | write failed: errno(28) on disk
      number    | COM call failed: HRESULT(0x80070005) in ShellExecute | COM call failed: HRESULT(0x80070005) in ShellExecute
      number    | NullPointerException at com.acme.OrderService.lambda$process$3(OrderService.java:88) | NullPointerException at com.acme.OrderService.lambda$process$3(OrderService.java:<*>)
      number    | at Orders.Api.OrdersController.<Get>d__5.MoveNext() in | at Orders.Api.OrdersController.<Get>d__5.MoveNext() in
      qualified | #0 in Codec264::decodeSlice(Frame*) at codec.cc:120 | <*> in Codec264::decodeSlice(Frame*) at codec.cc:<*>
      quoted    | terminate called after throwing an instance of 'std::bad_alloc' | terminate called after throwing an instance of 'std::bad_alloc'
      quoted    | violates unique constraint "idx_orders_v2_ref"       | violates unique constraint "idx_orders_v2_ref"
      quoted    | no user "user_42" found                              | no user "<*>" found
      keyvalue  | correlation id 12 : {orders=LEADER_NOT_AVAILABLE}    | correlation id <*> : {orders=LEADER_NOT_AVAILABLE}
      keyvalue  | Order(id=1, status=IN_PROGRESS)                      | Order(id=<*>, status=<*>)
      number    | started auth-service-https on                        | started auth-service-https on
      number    | started payments-db-bcdfg on                         | started payments-db-bcdfg on
      tuple     | DETAIL: Key (email)=(ann.lee@example.com) already exists. | DETAIL: Key (email)=(<*>) already exists.
      tuple     | DETAIL: Key (sku, site)=(AB-1, north) already exists. | DETAIL: Key (sku, site)=(<*>) already exists.
      tuple     | DETAIL: Key (a)=(unclosed value                      | DETAIL: Key (a)=(unclosed value
      quoted    | Aborted connection to db: 'shop' user: 'catalog_ro' host | Aborted connection to db: 'shop' user: '<*>' host
      quoted    | login failed for user user: bad password             | login failed for user user: bad password
      number    | DHCPACK(eth0) 192.168.1.39 livingroom               | DHCPACK(<*>) <*> livingroom
      number    | STATEMENT: SELECT refresh_totals($1)                 | STATEMENT: SELECT refresh_totals(<*>)
      keyvalue  | session opened for user root(uid=0) by               | session opened for user root(uid=<*>) by
      list      | Removed fetcher for partitions Set(orders-5, __consumer_offsets-1, a-3) now | Removed fetcher for partitions Set(<*>) now
      list      | retry 10.0.0.1, 10.0.0.2, 10.0.0.3 failed            | retry <*> failed
      list      | expected 3, got 4                                    | expected <*>, got <*>
      collapse  | from 10.0.0.1 3 4 5 to                               | from <*> to
      empty     | connection from 1.2.3.4 () at 10:00:01               | connection from <*> (<*>) at <*>
      spaces    | a   b\t c                                            | a b c
      balancer  | h2 2024-11-18T18:27:22.210959Z app/web/50dc 203.0.113.97:38780 10.0.4.19:8080 0.001 -1 -1 504 - 473 156 "GET https://api.example.com:443/v1/cart HTTP/2.0" | <*> 504 - <*> "GET https://api.example.com:<*>/v1/cart <*>"
      balancer  | 2015-05-13T23:39:43.945958Z shop-elb 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 502 - 0 29 | <*> shop-elb <*> 502 - <*>
      balancer  | HTTPS 2024-11-18T18:27:22.210959Z app/web/50dc 203.0.113.97:38780 - 0.001 -1 -1 503 - 473 156 | HTTPS <*> - <*> 503 - <*>
      balancer  | h2 x y msg="c:1 d:2 0.1 0.1 0.1 502 503 connection refused" tail | <*> x y msg="c:<*> d:<*> <*> connection refused" tail
      ldap      | bind failed for CN=Ingrid Schmidt,OU=Users,DC=corp,DC=com: data 532 | bind failed for CN=<*> <*>: data <*>
      module    | No module named 'psycopg2._psycopg'                  | No module named 'psycopg2._psycopg'
      """)
  void masks(String rule, String line, String expected) {
    assertEquals(expected, template(line.replace("\\t", "\t").replace("\\\\", "\\")), rule);
  }
}
