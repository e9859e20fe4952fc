package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningFingerprinterTest {
  private final MaskingFingerprinter stateless = new MaskingFingerprinter();

  private LearningFingerprinter learner() {
    return new LearningFingerprinter(stateless);
  }

  /** Learns all lines (one service), then answers for each: what the CLI does with one block. */
  private static List<Fingerprint> block(LearningFingerprinter f, List<String> lines) {
    List<Fingerprint> s = lines.stream().map(f::stateless).toList();
    s.forEach(p -> f.learn("svc", p));
    return s.stream().map(p -> f.resolve("svc", p)).toList();
  }

  private static Set<String> ids(List<Fingerprint> prints) {
    Set<String> ids = new HashSet<>();
    prints.forEach(p -> ids.add(p.id()));
    return ids;
  }

  @Test
  void aTemplateSeenBeforeItsPatternJoinsItEvenUnderALayoutAnotherMessageTaught() {
    // both messages have 14 tokens, so the "received (KB)" message teaches the layout {program, host}
    // first; the "sent (KB)" message learns its own pattern under that layout later, and the OneDrive
    // line that came in between must still join it
    List<String> lines = List.of(
        "chrome.exe - upload.wikimedia.org:443 close, 383 bytes sent, 4986 bytes (4.87 KB) received, lifetime <1 sec",
        "chrome.exe - fonts.gstatic.com:443 close, 422 bytes sent, 5086 bytes (4.97 KB) received, lifetime <1 sec",
        "OneDrive.exe - onedrive.live.com:443 close, 3762 bytes (3.67 KB) sent, 241 bytes received, lifetime 00:14",
        "chrome.exe - ssl.gstatic.com:443 close, 1070 bytes (1.04 KB) sent, 66 bytes received, lifetime 00:51",
        "chrome.exe - www.baidu.com:443 close, 4204 bytes (4.11 KB) sent, 0 bytes received, lifetime <1 sec",
        "chrome.exe - www.youtube.com:443 close, 4764 bytes (4.65 KB) sent, 248 bytes received, lifetime 00:16",
        "chrome.exe - fonts.gstatic.com:443 close, 2120 bytes (2.07 KB) sent, 439 bytes received, lifetime 00:01",
        "chrome.exe - cdn.sstatic.net:80 close, 1000 bytes sent, 4829 bytes (4.72 KB) received, lifetime <1 sec",
        "git-remote-https.exe - codeload.github.com:443 close, 1640 bytes (1.60 KB) sent, 0 bytes received, lifetime <1 sec",
        "chrome.exe - i.ytimg.com:443 close, 517 bytes sent, 26621 bytes (26.00 KB) received, lifetime 02:27",
        "Dropbox.exe - notify.dropbox.com:443 close, 0 bytes sent, 1149 bytes (1.12 KB) received, lifetime <1 sec",
        "svchost.exe - sls.update.microsoft.com:443 close, 563 bytes sent, 1000283 bytes (976.84 KB) received, lifetime <1 sec",
        "OneDrive.exe - login.live.com:443 close, 1174 bytes (1.15 KB) sent, 517 bytes received, lifetime 00:14",
        "Code.exe - update.code.visualstudio.com:443 close, 3258 bytes (3.18 KB) sent, 341 bytes received, lifetime 02:21");
    List<Fingerprint> out = block(learner(), lines);
    Set<String> sent = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("KB) sent")) {
        sent.add(out.get(i).id());
      }
    }
    assertEquals(1, sent.size());
  }

  @Test
  void aNameWithSpacesMeetsTheLearnedProgramButSentenceWordsDoNot() {
    List<String> lines = new ArrayList<>();
    for (String program : List.of("chrome.exe *64", "firefox.exe *64", "Slack.exe *64", "Teams.exe *64")) {
      for (String host : List.of("a.example.com:443", "b.example.org:443", "c.example.net:80")) {
        lines.add(program + " - " + host + " open through proxy proxy.example.edu:5070 HTTPS");
      }
    }
    lines.add("GitHub Desktop.exe *64 - api.github.com:443 open through proxy proxy.example.edu:5070 HTTPS");
    lines.add("Adobe Desktop Service.exe *64 - ims.adobe.com:443 open through proxy proxy.example.edu:5070 HTTPS");
    assertEquals(1, ids(block(learner(), lines)).size());

    List<String> ssh = new ArrayList<>();
    for (String user : List.of("root", "admin", "oracle", "ubuntu")) {
      ssh.add("Failed password for " + user + " from 10.0.0.1 port 4242 ssh2");
    }
    ssh.add("Failed password for invalid user test123 from 10.0.0.1 port 4242 ssh2");
    assertEquals(2, ids(block(learner(), ssh)).size(), "an invalid user is another message");

    List<String> ldap = new ArrayList<>();
    for (String user : List.of("alice.smith", "bob.jones", "carol.white", "dave.brown")) {
      ldap.add("LDAP bind failed for " + user + ": invalid credentials");
    }
    ldap.add("LDAP bind failed for Service Account svc.jenkins: invalid credentials");
    ldap.add("LDAP bind failed for Service Account 4412: invalid credentials");
    assertEquals(3, ids(block(learner(), ldap)).size(), "a kind of account before the account is no name");
  }

  @Test
  void aCapitalisedNameBeforeAMaskedValueJoinsTheMessageWithoutIt() {
    List<Fingerprint> out = block(learner(), List.of(
        "Sandbox: mdworker(16667) deny(1) mach-lookup com.apple.locationd.registration",
        "Sandbox: Google Chrome Helper(9993) deny(1) mach-lookup com.apple.locationd.registration",
        "Sandbox: Microsoft Word(72875) deny(1) mach-lookup com.apple.locationd.registration"));
    assertEquals(1, ids(out).size());
    List<Fingerprint> words = block(learner(), List.of("connection to 10.0.0.7:5432 failed after retries",
        "connection to payments service 10.0.0.7:5432 failed after retries"));
    assertEquals(2, ids(words).size(), "words of a sentence are not a name");
    List<Fingerprint> bare = block(learner(), List.of("IOHibernatePollerOpen(0)", "Invalid Connection ID 0"));
    assertEquals(2, ids(bare).size(), "a name before a lone value is not that value");
  }

  @Test
  void aProgramWithAMaskedSuffixMeetsThePatternWhereTheProgramWasLearned() {
    List<String> lines = new ArrayList<>();
    for (String program : List.of("Dropbox.exe", "Slack.exe", "Teams.exe")) {
      for (String host : List.of("a.example.com:443", "b.example.org:443", "c.example.net:80")) {
        lines.add(program + " - " + host + " close, 400 bytes sent, 256 bytes received, lifetime 00:18");
      }
    }
    for (String host : List.of("d.example.com:443", "e.example.org:443", "f.example.net:80")) {
      // its hosts are learned first, on a length of its own
      lines.add("chrome.exe *64 - " + host + " close, 400 bytes sent, 256 bytes received, lifetime 00:18");
    }
    assertEquals(1, ids(block(learner(), lines)).size());
  }

  @Test
  void aPositionBecomesAVariableAtTheThirdDistinctValueNotBefore() {
    LearningFingerprinter f = learner();
    List<String> three = List.of("login failed for user alice: invalid password",
        "login failed for user bob: invalid password");
    assertEquals(2, ids(block(f, three)).size(), "two values are not evidence");
    List<Fingerprint> four = block(f, List.of("login failed for user dave: invalid password",
        "login failed for user alice: invalid password"));
    assertEquals(1, ids(four).size());
    assertEquals("login failed for user <*>: invalid password", four.get(0).template());
    // the group answers with the id of its first template, so earlier cards and counts stay valid
    assertEquals(stateless.fingerprint(three.get(0)).id(), four.get(0).id());
    assertEquals(four.get(0), f.fingerprint("svc", "login failed for user zoe: invalid password"));
  }

  @Test
  void learnedHostsWithPortsReadAsOneVariable() {
    LearningFingerprinter f = learner();
    List<Fingerprint> out = block(f, List.of("connect to alpha.example.com:443 failed after retries",
        "connect to beta.example.org:8443 failed after retries", "connect to gamma.example.net:443 failed after retries",
        "connect to delta.example.io:80 failed after retries"));
    assertEquals(1, ids(out).size());
    assertEquals("connect to <*> failed after retries", out.get(0).template());
  }

  @Test
  void aMessageSharingOnlyAFrequentPrefixLearnsNothingFromAnother() {
    // "(<*>):" is in every line of this length, so as the most frequent token it left all the others
    // rare: the Activation line joined the state lines' group and took their learned positions
    LearningFingerprinter f = learner();
    List<Fingerprint> out = block(f, List.of("dhcp4 (wlp3s0): activation: beginning transaction (timeout in 45 seconds)",
        "device (wlan0): supplicant interface state: scanning -> disconnected",
        "device (wlp3s0): supplicant interface state: associated -> inactive",
        "device (wlp2s0): supplicant interface state: authenticating -> scanning",
        "device (wlp2s0): supplicant interface state: associated -> completed",
        "device (wlp3s0): Activation: failed for connection 'office wireguard'"));
    assertEquals("device (<*>): supplicant interface state: <*> -> <*>", out.get(1).template());
    assertEquals(stateless.fingerprint(out.get(5).template()).template(), out.get(5).template());
    assertEquals("device (<*>): Activation: failed for connection 'office wireguard'", out.get(5).template());
  }

  @Test
  void aCodeInCapitalsAfterANounOfItsKindIsLearnedButNoMethodOrErrorConstant() {
    List<Fingerprint> planes = block(learner(), List.of(
        "No aircraft master data for registration 'HB-JXB' (flight 4412)",
        "No aircraft master data for registration 'G-UZHA' (flight 981)",
        "No aircraft master data for registration 'OE-IVK' (flight 77)"));
    assertEquals(1, ids(planes).size());
    List<Fingerprint> methods = block(learner(), List.of(
        "route not allowed for method GET on tenant acme",
        "route not allowed for method POST on tenant acme",
        "route not allowed for method PUT on tenant acme"));
    assertEquals(3, ids(methods).size());
    List<Fingerprint> states = block(learner(), List.of(
        "sync stopped in phase TIMEOUT for store north",
        "sync stopped in phase REJECTED for store north",
        "sync stopped in phase INVALID for store north"));
    assertEquals(3, ids(states).size());
  }

  @Test
  void aCapitalisedNameAfterANounOfItsKindIsLearnedButNoState() {
    List<Fingerprint> feeders = block(learner(), List.of(
        "backfill: feeder Millbrook has no meter mapping in asset registry (tenant=a1)",
        "backfill: feeder Eastfield has no meter mapping in asset registry (tenant=a1)",
        "backfill: feeder Pinecrest has no meter mapping in asset registry (tenant=a1)"));
    assertEquals(1, ids(feeders).size());
    List<Fingerprint> phases = block(learner(), List.of(
        "sync of store north stopped in phase Pending after retries",
        "sync of store north stopped in phase Failed after retries",
        "sync of store north stopped in phase Unknown after retries"));
    assertEquals(3, ids(phases).size());
  }

  @Test
  void aLongTemplateLearnsInItsHeadAndKeepsItsTailAsItIs() {
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      columns.append(i == 0 ? "" : ", ").append("col").append((char) ('a' + i / 26)).append((char) ('a' + i % 26));
    }
    String tail = " while running INSERT INTO teams (" + columns + ")";
    List<String> heads = List.of("Duplicate entry search for key teams_slug_unique",
        "Duplicate entry growth for key teams_slug_unique", "Duplicate entry platform for key teams_slug_unique");
    assertTrue((heads.get(0) + tail).split(" ").length > ServiceTemplates.MAX_TOKENS);
    assertEquals(1, ids(block(learner(), heads.stream().map(h -> h + tail).toList())).size());
    List<String> tails = List.of(tail, tail.replace("colcc", "maintainer"), tail.replace("colcc", "admin"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(heads.get(0) + tails.get(i));
    }
    // a word that differs past the head is never learned: these could be three statements
    assertEquals(3, ids(block(learner(), lines)).size());
  }

  @Test
  void nearMissesWithFewValuesStayApart() {
    LearningFingerprinter f = learner();
    List<String> lines = List.of("Timed out waiting for payments", "Timed out waiting for inventory",
        "java.net.SocketTimeoutException: Read timed out calling orders", "java.net.SocketTimeoutException: Connect timed out calling orders",
        "java.net.SocketTimeoutException: Write timed out calling orders",
        "AccessDenied when calling the GetObject operation on bucket", "AccessDenied when calling the PutObject operation on bucket",
        "AccessDenied when calling the DeleteObject operation on bucket", "AccessDenied when calling the ListObjects operation on bucket",
        "AccessDenied when calling the HeadObject operation on bucket",
        "VM Started (Lifecycle Event)", "VM Stopped (Lifecycle Event)", "VM Paused (Lifecycle Event)", "VM Resumed (Lifecycle Event)",
        "request failed with ECONNREFUSED on upstream", "request failed with ETIMEDOUT on upstream",
        "request failed with ECONNRESET on upstream", "request failed with EPIPE on upstream",
        "Lifecycle#window.on('close') - window ID 3", "Lifecycle#window.on('closed') - window ID 3",
        "Lifecycle#unload() - window ID 3");
    assertEquals(lines.size(), ids(block(f, lines)).size());
  }

  @Test
  void shortMessagesLearnNamesOfThingsButNotWords() {
    LearningFingerprinter f = learner();
    List<String> packages = List.of("registerListener packageName: com.huawei.health", "registerListener packageName: com.tencent.mm",
        "registerListener packageName: com.android.settings", "registerListener packageName: org.acme.fit");
    assertEquals(1, ids(block(f, packages)).size());
    // a constant named through its owner is code: each broadcast action is a message of its own
    List<String> actions = List.of("onReceive action: android.intent.action.SCREEN_ON",
        "onReceive action: android.intent.action.SCREEN_OFF", "onReceive action: android.intent.action.TIME_TICK",
        "onReceive action: android.intent.action.USER_PRESENT");
    assertEquals(4, ids(block(f, actions)).size());
    List<String> daemons = List.of("syslogd startup succeeded", "klogd startup succeeded", "portmap startup succeeded",
        "sdpd startup succeeded", "cupsd startup succeeded");
    assertEquals(daemons.size(), ids(block(f, daemons)).size());
  }

  @Test
  void framesAndRootCausesNeverBecomeVariables() {
    LearningFingerprinter f = learner();
    List<String> lines = new ArrayList<>();
    for (String method : List.of("validate", "ship", "cancel", "refund", "price", "tax")) {
      lines.add("java.lang.NullPointerException: name is null\n\tat com.acme.orders.OrderService." + method
          + "(OrderService.java:42)");
      lines.add("com.acme.JobException: job failed\n\tat com.acme.Job.run(Job.java:1)\nCaused by: com.acme." + method
          + "Exception: boom");
    }
    assertEquals(lines.size(), ids(block(f, lines)).size());
  }

  @Test
  void anErrorStormWithDigitFreeVariablesCollapsesToItsErrors() {
    LearningFingerprinter f = learner();
    Random random = new Random(7);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      names.add(word(random, 4 + random.nextInt(5)));
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      switch (i % 4) {
        case 0 -> lines.add("upstream timed out while reading response header, server: " + word(random, 10) + ".shop.example.com");
        case 1 -> lines.add("login failed for user " + names.get(random.nextInt(300)) + ": invalid password");
        case 2 -> lines.add("order " + random.nextInt(100_000) + " failed: payment declined");
        default -> lines.add("ERROR " + (i % 20) + "th distinct error kind ka" + (char) ('a' + i % 20));
      }
    }
    Set<String> seen = ids(block(f, lines));
    assertTrue(seen.size() <= 3 + 20, seen.size() + " fingerprints");
  }

  /** "denied USER access to HOST (category C, rule block-C)": four variables, none with digits. */
  private static List<String> denials(Random r, int categories, int n) {
    String[] users = {"frank", "alice", "bob", "carol", "dave", "erin", "grace", "heidi", "ivan", "judy"};
    String[] cats = {"gambling", "malware", "adult", "social", "streaming", "games"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String c = cats[r.nextInt(categories)];
      // a few users are common, as in real traffic: values come back with other values elsewhere
      String user = users[Math.min(r.nextInt(users.length), r.nextInt(users.length))];
      lines.add("denied " + user + " access to " + word(r, 5) + "." + word(r, 7) + ".com (category " + c + ", rule block-" + c + ")");
    }
    return lines;
  }

  @Test
  void severalDigitFreeVariablesChangingAtOnceAreLearnedTogether() {
    List<Fingerprint> out = block(learner(), denials(new Random(7), 6, 80));
    assertEquals(1, ids(out).size(), ids(out).toString());
    assertEquals("denied <*> access to <*> (category <*>, rule <*>)", out.get(0).template());
  }

  @Test
  void aPairOfValuesStaysAConstantAmongLearnedVariables() {
    List<String> lines = denials(new Random(8), 2, 80);
    List<Fingerprint> out = block(learner(), lines);
    assertEquals(2, ids(out).size(), ids(out).toString());
    for (int i = 0; i < lines.size(); i++) {
      String category = lines.get(i).replaceAll(".*category ([a-z]+),.*", "$1");
      assertTrue(out.get(i).template().contains("category " + category + ","), out.get(i).template());
    }
  }

  @Test
  void aClosedSetChangingBesideAVariableStaysApart() {
    // three reasons beside six users, each reason seen twice: the reason is the failure (a closed set
    // until it shows 2k values), the user a value
    List<String> lines = new ArrayList<>();
    String[] users = {"leah", "omar", "zoe", "ivan", "mia", "noor"};
    String[] reasons = {"expired", "disabled", "locked", "locked", "expired", "disabled"};
    for (int i = 0; i < users.length; i++) {
      lines.add("Login failed for user " + users[i] + " (reason " + reasons[i] + ")");
    }
    Set<String> templates = new HashSet<>();
    block(learner(), lines).forEach(p -> templates.add(p.template()));
    assertTrue(templates.stream().noneMatch(t -> t.contains("(reason <*>)")), templates.toString());
    assertTrue(templates.contains("Login failed for user <*> (reason locked)"), templates.toString());
  }

  @Test
  void groupsThatReadAlikeAreOneGroup() {
    // sudo's lines reach one template along two paths (a one-word command is learned position by
    // position, commands of several words through the collapsed pattern); a user seeing two cards
    // that read the same could not tell them apart
    List<String> lines = List.of(
        "alice : TTY=pts/4 ; PWD=/srv/app ; USER=postgres ; COMMAND=/usr/bin/rsync -a /srv/app/ /opt/backup/app/",
        "jdoe : TTY=pts/8 ; PWD=/srv/app ; USER=www-data ; COMMAND=/usr/bin/docker compose pull",
        "tchen : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/vim /etc/hosts",
        "jenkins : TTY=pts/8 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/bash",
        "jenkins : TTY=pts/5 ; PWD=/var/log ; USER=root ; COMMAND=/usr/bin/vim /etc/hosts",
        "jdoe : TTY=pts/2 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
        "kwalker : TTY=pts/2 ; PWD=/srv/app ; USER=deploy ; COMMAND=/usr/sbin/reboot",
        "jdoe : TTY=pts/1 ; PWD=/var/log ; USER=root ; COMMAND=/usr/bin/vim /etc/hosts",
        "deploy : TTY=pts/4 ; PWD=/opt/backup ; USER=www-data ; COMMAND=/usr/sbin/reboot",
        "lucas : TTY=pts/9 ; PWD=/srv/app ; USER=deploy ; COMMAND=/usr/bin/systemctl restart nginx",
        "jdoe : TTY=pts/4 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/certbot renew --quiet");
    java.util.Map<String, Set<String>> idsByText = new java.util.HashMap<>();
    for (Fingerprint p : block(learner(), lines)) {
      idsByText.computeIfAbsent(p.template(), t -> new HashSet<>()).add(p.id());
    }
    assertTrue(idsByText.containsKey("<*> : TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>"), idsByText.toString());
    idsByText.forEach((text, ids) -> assertEquals(1, ids.size(), text + " " + ids));
  }

  @Test
  void namesThatChangeInLockStepAreOneMessagePerName() {
    List<String> lines = new ArrayList<>();
    for (String key : List.of("job.id", "task.id", "task.partition", "task.is.map", "tip.id", "job.name")) {
      lines.add("mapred." + key + " is deprecated. Instead, use mapreduce." + key + ".value");
    }
    assertEquals(6, ids(block(learner(), lines)).size());
  }

  @Test
  void aValueTheMaskerAlreadyJoinedToItsNeighbourMeetsTheLearnedPattern() {
    List<String> lines = new ArrayList<>();
    for (String user : List.of("nagios", "oracle", "guest", "admin")) {
      lines.add("Disconnected from invalid user " + user + " 10.0.0.7 port 4242 [preauth]");
    }
    lines.add("Disconnected from invalid user test123 10.0.0.9 port 4343 [preauth]");
    assertEquals(1, ids(block(learner(), lines)).size(), "test123 and the address are one run of variables");
  }

  @Test
  void errorConstantsNeverBecomeVariables() {
    List<String> lines = new ArrayList<>();
    for (String e : List.of("LEADER_NOT_AVAILABLE", "UNKNOWN_TOPIC_OR_PARTITION", "TOPIC_AUTHORIZATION_FAILED", "NOT_LEADER_OR_FOLLOWER")) {
      lines.add("Error while fetching metadata with correlation id 7 : {orders=" + e + "}");
    }
    assertEquals(4, ids(block(learner(), lines)).size());
  }

  @Test
  void aTopicNamedInCapitalsIsLearnedLikeAnyTopic() {
    // RocketMQ's topics are constants by convention; under "topic=" they are names, not error constants
    List<String> lines = new ArrayList<>();
    for (String t : List.of("TOPIC_MAIL_SEND", "TOPIC_APP_PUSH", "TOPIC_SMS_SEND")) {
      lines.add("send failed topic=" + t + ", keys=k1 | MQBrokerException: CODE: 2 DESC: [TIMEOUT_CLEAN_QUEUE]broker busy");
    }
    assertEquals(1, ids(block(learner(), lines)).size());
  }

  @Test
  void anEnumValueUnderADescribingKeyIsLearned() {
    // the rule a transaction monitor evaluated is the event's detail: three of them under one key are one failure
    List<String> lines = new ArrayList<>();
    for (String t : List.of("DORMANT_ACCOUNT_REACTIVATION", "RAPID_MOVEMENT_OF_FUNDS", "HIGH_RISK_CORRIDOR")) {
      lines.add("rule evaluation exceeded budget scenario=" + t + " budgetMs=5000 elapsedMs=12406");
    }
    assertEquals(1, ids(block(learner(), lines)).size());
    // under a code key (status=, reason=) the constant is the failure
    List<String> codes = new ArrayList<>();
    for (String t : List.of("QUEUED_FOR_RETRY", "PAUSED_BY_OPERATOR", "DRAINING_THE_NODE")) {
      codes.add("job rejected id=7 status=" + t + " by scheduler");
    }
    assertEquals(3, ids(block(learner(), codes)).size());
  }

  @Test
  void aValueWrittenAgainInsideAnAddressIsOneValue() {
    List<String> lines = new ArrayList<>();
    for (String u : List.of("hnakamura", "gsilva", "cmartin")) {
      lines.add("Unhandled error starting " + u + "'s server: Server at http://c0412:8888/user/" + u + "/ didn't respond");
    }
    assertEquals(1, ids(block(learner(), lines)).size());
    // a name that repeats only part of another is no copy of it: three keys, three messages
    List<String> keys = List.of("mapred.job.a is deprecated. Instead, use mapreduce.job.a",
        "mapred.job.b is deprecated. Instead, use mapreduce.job.b", "mapred.job.c is deprecated. Instead, use mapreduce.job.c");
    assertEquals(3, ids(block(learner(), keys)).size());
  }

  @Test
  void theWordsOfATwoWordMessageStayItsWordsHoweverManyThereAre() {
    // "Backup failed: quota" and "Backup failed: timeout" are two failures; so are two containers
    List<String> lines = new ArrayList<>();
    for (String w : List.of("checksum", "timeout", "quota", "permissions", "network", "corrupted", "nginx", "sidecar")) {
      lines.add("Backup failed: " + w);
    }
    assertEquals(lines.size(), ids(block(learner(), lines)).size());
  }

  @Test
  void wordsOfAShortMessageNeverBecomeVariablesTogether() {
    List<String> lines = new ArrayList<>();
    for (String d : List.of("cupsd", "syslogd", "klogd", "portmap", "rpc.statd", "irqbalance", "crond")) {
      lines.add(d + " startup succeeded");
    }
    // two dotted names: not evidence; plain daemon names never count for a two-word message
    lines.add("rpc.idmapd startup succeeded");
    List<Fingerprint> out = block(learner(), lines);
    assertEquals("cupsd startup succeeded", out.get(0).template());
    assertNotEquals(out.get(0).id(), out.get(1).id());
  }

  @Test
  void aStormOfMoreDistinctValuesThanTemplatesKeptStaysOneGroup() {
    LearningFingerprinter f = new LearningFingerprinter(stateless, 4, 1_000, 1_000_000);
    Random r = new Random(3);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      lines.add("denied " + word(r, 5) + " access to " + word(r, 4) + "." + word(r, 6) + ".com via " + word(r, 4) + " proxy");
    }
    List<Fingerprint> out = block(f, lines);
    assertEquals(1, ids(out).size(), "templates evicted before the block is answered still match the learned pattern");
    assertEquals("denied <*> access to <*> via <*> proxy", out.get(0).template());
  }

  @Test
  void servicesLearnApart() {
    LearningFingerprinter f = learner();
    for (String user : List.of("alice", "bob", "carol", "dave")) {
      f.learn("a", f.stateless("login failed for user " + user + " today"));
    }
    Fingerprint inA = f.resolve("a", f.stateless("login failed for user alice today"));
    f.learn("b", f.stateless("login failed for user alice today"));
    Fingerprint inB = f.resolve("b", f.stateless("login failed for user alice today"));
    assertTrue(inA.template().contains("<*>"));
    assertEquals(stateless.fingerprint("login failed for user alice today"), inB);
    assertNotEquals(inA.template(), inB.template());
  }

  @Test
  void memoryStaysBoundedUnderUnboundedCardinality() {
    LearningFingerprinter f = new LearningFingerprinter(stateless, 4, 1_000, 50_000);
    Random random = new Random(1);
    for (int i = 0; i < 100_000; i++) {
      String service = "svc-" + random.nextInt(100_000);
      f.learn(service, f.stateless(word(random, 6) + " " + word(random, 6) + " failed at " + word(random, 5) + " now"));
    }
    assertTrue(f.entries() <= 50_000, f.entries() + " entries");
    LearningFingerprinter one = new LearningFingerprinter(stateless, 4, 1_000, 50_000);
    for (int i = 0; i < 50_000; i++) {
      one.learn("svc", one.stateless(word(random, 6) + " x " + word(random, 6) + " failed at " + word(random, 5)));
    }
    assertTrue(one.entries() <= 15 * 1_000, one.entries() + " entries");
  }

  @Test
  void aStormOfLearnedMessagesWithDistinctRootCausesStaysBounded() {
    Random random = new Random(11);
    LearningFingerprinter one = new LearningFingerprinter(stateless, 3, 1_000, 50_000);
    for (int i = 0; i < 20_000; i++) {
      String cause = "com.acme." + Character.toUpperCase((char) ('a' + random.nextInt(26))) + word(random, 8) + "Exception";
      for (String u : List.of("alice", "bob", "carol")) {
        one.learn("svc", one.stateless("java.lang.IllegalStateException: login failed for user " + u + " at door\n"
            + "\tat com.acme.Door.open(Door.java:1)\nCaused by: " + cause + ": boom"));
      }
    }
    // bounded maps per service: templates, slots x4, learned, layouts, collapsed, counts x2, groups,
    // vocabulary x2, contexts, vocabulary patterns
    assertTrue(one.entries() <= 15 * 1_000, one.entries() + " entries");
  }

  @Test
  void howAProcessEndedIsNeverLearned() {
    // the masker keeps a code key's lettered value (code=killed): three endings are three failures, even
    // once the journal's other messages have taught the learner that these lines vary
    List<String> lines = new ArrayList<>();
    String[] hosts = {"web-cedar", "web-fern", "web-amber", "web-birch"};
    String[] endings = {"code=dumped, status=11/SEGV", "code=killed, status=9/KILL", "code=exited, status=1/FAILURE"};
    for (int i = 0; i < 12; i++) {
      lines.add("Mar 13 10:58:16 ip-10-0-10-" + (100 + i) + " systemd[1]: "
          + (i % 4 == 3 ? "nginx" : "report-worker") + ".service: Main process exited, " + endings[i % 3]);
      lines.add("Mar 14 18:42:42 " + hosts[i % 4] + " systemd[1]: node-exporter.service: Start request repeated too quickly.");
    }
    Set<String> templates = new HashSet<>();
    block(learner(), lines).forEach(p -> templates.add(p.template()));
    assertTrue(templates.contains("<*> systemd[<*>]: report-worker.service: Main process exited, code=killed, status=9/KILL"),
        templates::toString);
    assertEquals(7, templates.size(), templates::toString);
  }

  @Test
  void systemdUnitsAreTheServicesThatFailed() {
    List<String> lines = new ArrayList<>();
    for (String unit : List.of("nginx", "redis-server", "postgresql", "php-fpm", "sshd")) {
      lines.add("Mar 15 03:14:44 web-cedar systemd[1]: " + unit + ".service: Main process exited, code=exited, status=1/FAILURE");
    }
    assertEquals(5, ids(block(learner(), lines)).size());
  }

  @Test
  void missingKeysAndArgumentsNameCode() {
    List<String> lines = new ArrayList<>();
    for (String key : List.of("email", "amount", "currency", "country")) {
      lines.add("order import failed: KeyError: '" + key + "'");
      lines.add("create_order() missing 1 required positional argument: '" + key + "'");
    }
    assertEquals(8, ids(block(learner(), lines)).size());
  }

  @Test
  void twoValuesNeverMakeAVariable() {
    assertThrows(IllegalArgumentException.class, () -> new LearningFingerprinter(stateless, 2, 10, 10));
  }

  @Test
  void hugeInputsAreCutBeforeLearning() {
    LearningFingerprinter f = learner();
    String trace = "java.lang.StackOverflowError: deep\n" + "\tat com.acme.R.r(R.java:1)\n".repeat(100_000)
        + "Caused by: com.acme.RootException: root";
    Fingerprint p = f.fingerprint("svc", trace);
    assertTrue(p.template().contains("caused by com.acme.RootException"), p.template());
    assertTrue(f.fingerprint("svc", "x".repeat(1_000_000)).template().length() <= 2_000);
  }

  @Test
  void aValueWrittenTwiceIsLearnedAsOneVariable() {
    List<String> lines = new ArrayList<>();
    for (String u : List.of("oscar", "msmith", "trent", "bob")) {
      lines.add(u + "@orders FATAL: password authentication failed for user \"" + u + "\"");
    }
    for (String t : List.of("initech", "wayne", "stark")) {
      lines.add("FetchError: request to https://" + t + ".auth.acme.io/jwks.json failed, reason: getaddrinfo ENOTFOUND "
          + t + ".auth.acme.io");
    }
    List<Fingerprint> out = block(learner(), lines);
    assertEquals(1, ids(out.subList(0, 4)).size(), out.subList(0, 4).toString());
    assertEquals(1, ids(out.subList(4, 7)).size(), out.subList(4, 7).toString());
    assertNotEquals(out.get(0).id(), out.get(4).id());
    assertEquals("<*> FATAL: password authentication failed for user \"<*>\"", out.get(0).template());
  }

  @Test
  void aNameOfSeveralWordsWrittenTwiceIsOneValueLikeANameOfOne() {
    // "ledger-api" copied whole was two references and "notifier" one: the releases never met in one layout
    List<String> lines = new ArrayList<>();
    for (String r : List.of("ledger-api", "notifier", "billing-api", "search-indexer")) {
      lines.add("Error: UPGRADE FAILED: release " + r + " failed, and has been rolled back: timed out waiting for " + r);
    }
    List<Fingerprint> out = block(learner(), lines);
    assertEquals(1, ids(out).size(), out.toString());
    assertEquals(2, ids(block(learner(), lines.subList(0, 2))).size(), "two releases are two failures");
  }

  @Test
  void anAddressIsLearnedOnItsHostWhateverNamesItsQueryHolds() {
    // "X-Amz-SignedHeaders" once made every presigned URL a name of code, never a variable
    List<String> lines = new ArrayList<>();
    for (String p : List.of("northlight", "silverline", "ironbark", "bluefern")) {
      lines.add("https://" + p + ".deliveries.example.net/mezzanine/master.mov?X-Amz-Algorithm=AWS4&X-Amz-SignedHeaders=host"
          + ": Server returned 403 Forbidden (access denied)");
    }
    assertEquals(1, ids(block(learner(), lines)).size());
    assertEquals(2, ids(block(learner(), lines.subList(0, 2))).size());
  }

  @Test
  void twoValuesWrittenTwiceStayApart() {
    List<Fingerprint> out = block(learner(), List.of(
        "payments@orders FATAL: could not write to queue \"payments\"",
        "inventory@orders FATAL: could not write to queue \"inventory\""));
    assertEquals(2, ids(out).size());
  }

  @Test
  void aLineCarryingTheReferenceMarkerIsLearnedAsWritten() {
    List<String> lines = new ArrayList<>();
    for (String u : List.of("oscar", "bob", "trent")) {
      lines.add("login \u0001a failed for user " + u + " from " + u + " web");
    }
    assertEquals(3, ids(block(learner(), lines)).size());
    assertEquals(1, ids(block(learner(), lines.stream().map(l -> l.replace("\u0001", "")).toList())).size());
  }

  @Test
  void aNameARuntimeCallsCodeNeverBecomesAVariable() {
    List<String> lines = new ArrayList<>();
    for (String x : List.of("int", "str", "function", "NoneType")) {
      lines.add("Unhandled: '" + x + "' object is not subscriptable in orders view");
    }
    for (String x : List.of("window", "require", "fetch", "document")) {
      lines.add("ReferenceError: " + x + " is not defined during render");
    }
    for (String x : List.of("orders.map", "res.json", "user.profile.trim")) {
      lines.add("TypeError: " + x + " is not a function in checkout handler");
    }
    assertEquals(11, ids(block(learner(), lines)).size());
  }

  @Test
  void namesOfCodeNeverBecomeVariables() {
    List<String> lines = new ArrayList<>();
    for (String p : List.of("id", "email", "locale", "phone")) {
      lines.add("TypeError: Cannot read properties of undefined (reading '" + p + "') while rendering");
      lines.add("PHP Warning: Undefined array key \"" + p + "\" in importer");
    }
    assertEquals(8, ids(block(learner(), lines)).size());
  }

  @Test
  void anOperationOrItsKindKeptByTheMaskerNeverBecomesAVariable() {
    List<String> lines = new ArrayList<>();
    for (String op : List.of("ALLREDUCE", "ALLGATHER", "BROADCAST", "REDUCE_SCATTER")) {
      lines.add("collective operation timed out op_type=" + op + " after 600 s");
    }
    for (String op : List.of("capture", "refund", "cancel", "adjust")) {
      lines.add("time=2024-05-15T21:03:04Z level=error msg=\"modification failed\" operation=" + op + " psp=adyen");
    }
    assertEquals(8, ids(block(learner(), lines)).size());
  }

  @Test
  void namesARuntimeGivesItsObjectsNeverBecomeVariables() {
    List<String> lines = new ArrayList<>();
    for (String p : List.of("orders", "payments", "shipments", "refunds")) {
      lines.add("Topic " + p + " not present in metadata after 60000 ms.");
      lines.add("ERROR: permission denied for relation " + p + " in schema");
      lines.add("PHP Warning: Undefined variable $" + p + " in template");
    }
    assertEquals(12, ids(block(learner(), lines)).size());
  }

  @Test
  void aNameAppliedToAnArgumentNamesTheMessage() {
    List<String> pam = new ArrayList<>();
    for (String service : List.of("cron", "sudo", "su-l", "systemd-user", "sshd")) {
      pam.add("pam_unix(" + service + ":session): session closed for user alice");
    }
    assertEquals(5, ids(block(learner(), pam)).size(), "a PAM service is the program, not a value");
    List<String> users = new ArrayList<>();
    for (String user : List.of("root", "deploy", "www-data", "jenkins")) {
      users.add("pam_unix(sudo:session): session opened for user " + user + "(uid=0) by alice(uid=1000)");
    }
    assertEquals(1, ids(block(learner(), users)).size(), "a user and its uid is a value");
  }

  @Test
  void threeComponentNamesStayThreeFailuresAndAFourthMakesAVariable() {
    List<String> three = new ArrayList<>();
    for (String d : List.of("payments-db", "auth-service", "inventory-cache")) {
      three.add("readiness check failed: timed out waiting for " + d);
    }
    LearningFingerprinter f = learner();
    assertEquals(3, ids(block(f, three)).size());
    List<Fingerprint> four = block(f, List.of("readiness check failed: timed out waiting for search-api"));
    assertEquals("readiness check failed: timed out waiting for <*>", four.get(0).template());
  }

  @Test
  void dashedNamesOfAKindANounNamesAreLearnedAtThree() {
    // a state store, a pipeline: the noun before says what the name is, and the code handles every one alike
    assertEquals(1, ids(block(learner(), filled("ProcessorStateException: Error opening store {} at location /var/lib/1_5/{}",
        "session-windows-store", "device-counts-store", "title-popularity-store"))).size());
    assertEquals(1, ids(block(learner(), filled("run 4411 failed for pipeline {}: worker lost heartbeat",
        "nightly-orders-export", "hourly-rollup", "search-reindex"))).size());
    assertEquals(1, ids(block(learner(), filled("provisioning failed for thing {}: ThrottlingException: Rate exceeded",
        "boiler-room-gateway", "loading-dock-bridge", "north-freezer-hub"))).size(), "the noun says what it is, whatever its last word");
    // after a verb of calling, three dashed names are three services failing
    assertEquals(3, ids(block(learner(), filled("error calling {}: connection refused after retries",
        "payments-api", "ledger-api", "inventory-api"))).size());
    // a service's own name after the same noun still waits for a fourth
    assertEquals(3, ids(block(learner(), filled("health probe failed for service {} after 5s",
        "payments-service", "ledger-service", "search-service"))).size());
  }

  @Test
  void windowsProgramsAreLearnedWhateverTheirCapitals() {
    assertEquals(1, ids(block(learner(), filled("{} - proxy.example.edu:5070 error : A connection request was canceled.",
        "WINWORD.EXE", "SearchUI.exe", "OfficeClickToRun.exe"))).size());
    // a name in capitals or camel case elsewhere is still code
    assertEquals(3, ids(block(learner(), filled("s3 call {} failed: AccessDenied for role reports-reader",
        "GetObject", "PutObject", "HeadObject"))).size());
  }

  @Test
  void aHostCopiedWholeWithShortWordsIsOneValue() {
    // Go's net/http: the host of the address, then again in the lookup; "cr" is too short to be a word of its own
    String line = "fetch x5u: Get \"https://{}/sti/v1/cert.pem\": dial tcp: lookup {} on 10.96.0.10:53: i/o timeout";
    assertEquals(1, ids(block(learner(), filled(line, "cr.sti.neutral-tandem.example", "sticr.metro-fiber.example",
        "certs.shaken.carrier-east.example"))).size());
  }

  @Test
  void aShortCodeAfterANounOfItsKindIsLearnedAsAValue() {
    // "site R1204": which store, a value; after a word of failure the same shape is a code
    assertEquals(1, ids(block(learner(), filled("Failed to publish sales batch 12 for site {}: timeout",
        "R1204", "R1375", "R1135"))).size());
    assertEquals(3, ids(block(learner(), filled("payment declined with reason {} by issuer",
        "R1204", "R1375", "R1135"))).size());
  }

  @Test
  void aDashedNameAfterACapitalisedNounOfItsKindIsLearnedAtThree() {
    // the noun opens the message (or its quote): the same noun as in the middle of a sentence
    assertEquals(1, ids(block(learner(), filled("LogicException: \"Vendor \"{}\" has no default warehouse configured.\"",
        "saltmarsh-linen", "maple-oak-works", "nordic-textiles"))).size());
  }

  /** One line per value, the value written at every "{}" of the template. */
  private static List<String> filled(String template, String... values) {
    List<String> lines = new ArrayList<>();
    for (String v : values) {
      lines.add(template.replace("{}", v));
    }
    return lines;
  }

  @Test
  void underOneTraceThreeDependenciesStayThreeFailures() {
    // one ReadTimeout from one client, three services it called: three owners to page
    List<String> three = new ArrayList<>();
    for (String d : List.of("payments-api", "search-api", "inventory-api")) {
      three.add("Call to " + d + " failed\nTraceback (most recent call last):\n"
          + "  File \"/app/clients/http.py\", line 40, in call\n    resp = session.get(url)\n"
          + "requests.exceptions.ReadTimeout: read timed out");
    }
    assertEquals(3, ids(block(learner(), three)).size());
  }

  @Test
  void variablesLearnedAfterAWordCarryToTheServicesOtherMessages() {
    List<String> lines = new ArrayList<>();
    for (String u : List.of("alice", "bob", "carol")) {
      lines.add("login failed for user " + u + ": invalid password");
    }
    // two users only, in another message: not evidence on its own
    lines.add("render failed for user kenji (template welcome)");
    lines.add("render failed for user farah (template welcome)");
    List<Fingerprint> out = block(learner(), lines);
    assertEquals(1, ids(out.subList(0, 3)).size());
    assertEquals(1, ids(out.subList(3, 5)).size(), out.subList(3, 5).toString());
    assertNotEquals(out.get(0).id(), out.get(3).id());
  }

  @Test
  void variablesLearnedAfterAFunctionWordDoNotCarry() {
    List<String> lines = new ArrayList<>();
    for (String u : List.of("alice", "bob", "carol")) {
      lines.add("quota exceeded for " + u + " in the last hour");
    }
    lines.add("timed out waiting for payments");
    lines.add("timed out waiting for inventory");
    List<Fingerprint> out = block(learner(), lines);
    assertEquals(1, ids(out.subList(0, 3)).size());
    assertEquals(2, ids(out.subList(3, 5)).size());
  }

  @Test
  void aServiceDoesNotLearnFromAnother() {
    LearningFingerprinter f = learner();
    for (String u : List.of("alice", "bob", "carol")) {
      f.learn("a", f.stateless("login failed for user " + u + ": invalid password"));
    }
    Fingerprint kenji = f.stateless("render failed for user kenji (template welcome)");
    Fingerprint farah = f.stateless("render failed for user farah (template welcome)");
    f.learn("b", kenji);
    f.learn("b", farah);
    assertNotEquals(f.resolve("b", kenji).id(), f.resolve("b", farah).id());
  }

  private static String word(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }
}
