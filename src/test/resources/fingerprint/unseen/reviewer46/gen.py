#!/usr/bin/env python3
"""Generate a labelled corpus of university / public-sector IT error events.

python3 stdlib only, fixed seed; output is byte-identical across runs and
independent of PYTHONHASHSEED.  Writes events.jsonl and groups.json into
$UNSEEN_OUT if set, else beside this file.
"""
import json
import os
import random
from collections import OrderedDict
from datetime import datetime, timedelta, timezone

R = random.Random(46046)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("UNSEEN_OUT") or HERE

GROUPS = OrderedDict()   # label -> meta
EVENTS = []              # dicts
DFVALS = OrderedDict()   # label -> list of digit-free values used
NEAR = OrderedDict()     # set name -> list of labels

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
BASE = datetime(2024, 3, 11, 0, 0, 0, tzinfo=timezone.utc)


def G(label, service, desc, n, near=None, dfv=None):
    """Register a group; fn(i, v) -> message for event i with digit-free value v."""
    def deco(fn):
        assert label not in GROUPS, label
        vals = list(dfv) if dfv else [None] * n
        assert len(vals) == n, label
        GROUPS[label] = {"description": desc, "service": service, "count": n,
                         "near_miss_set": near, "digit_free_variable": bool(dfv)}
        if near:
            NEAR.setdefault(near, []).append(label)
        if dfv:
            DFVALS[label] = vals
        for i in range(n):
            EVENTS.append({"service": service, "message": fn(i, vals[i]), "group": label})
        return fn
    return deco


# ---------------------------------------------------------------- helpers
def t():
    return BASE + timedelta(seconds=R.randint(0, 5 * 86400 - 1), microseconds=R.randint(0, 999999))


def f_php(d):        # PHP error_log: [13-Mar-2024 10:22:41 UTC]
    return "[%02d-%s-%d %02d:%02d:%02d UTC]" % (d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second)


def f_syslog(d):     # Mar 13 10:22:41
    return "%s %2d %02d:%02d:%02d" % (MON[d.month - 1], d.day, d.hour, d.minute, d.second)


def f_iso_ms(d, sep=" ", msep=","):   # 2024-03-13 10:22:41,512
    return "%04d-%02d-%02d%s%02d:%02d:%02d%s%03d" % (d.year, d.month, d.day, sep, d.hour, d.minute, d.second,
                                                   msep, d.microsecond // 1000)


def f_iso(d, sep=" "):
    return "%04d-%02d-%02d%s%02d:%02d:%02d" % (d.year, d.month, d.day, sep, d.hour, d.minute, d.second)


def f_juli(d):       # 13-Mar-2024 10:22:41.512
    return "%02d-%s-%d %02d:%02d:%02d.%03d" % (d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second,
                                              d.microsecond // 1000)


def f_rails(d):      # 2024-03-13T10:22:41.512345
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06d" % (d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)


def f_redis(d):      # 13 Mar 2024 10:22:41.512
    return "%02d %s %d %02d:%02d:%02d.%03d" % (d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second,
                                              d.microsecond // 1000)


def epoch(d):
    return int(d.timestamp())


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def b64(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip10():
    return "10.%d.%d.%d" % (R.randint(16, 60), R.randint(0, 255), R.randint(2, 254))


def pid():
    return R.randint(1200, 65000)


def pick(seq):
    return R.choice(seq)


# ============================================================ moodle-web
# php-fpm pool error_log of Moodle 4.1 (MariaDB backend); Moodle's default
# exception handler writes message + debuginfo + plain backtrace.
MW = "moodle-web"
DML_TAIL_INSERT = ("* line 497 of /lib/dml/moodle_database.php: dml_write_exception thrown\n"
                   "* line 1161 of /lib/dml/mysqli_native_moodle_database.php: call to moodle_database->query_end()\n"
                   "* line 1207 of /lib/dml/mysqli_native_moodle_database.php: call to mysqli_native_moodle_database->insert_record_raw()\n")


@G("moodle-dupkey-user-enrolments", MW, "self-enrolment race: duplicate key mdl_userenro_enruse_uix on mdl_user_enrolments",
   4, near="moodle-web-duplicate-key")
def _(i, v):
    d = t(); enrol = R.randint(1200, 9800); uid = R.randint(20000, 99999); e = epoch(d)
    return (f_php(d) + " Default exception handler: Error writing to database Debug: Duplicate entry '%d-%d' for key "
            "'mdl_userenro_enruse_uix'\nINSERT INTO mdl_user_enrolments (status,enrolid,userid,timestart,timeend,"
            "modifierid,timecreated,timemodified) VALUES(?,?,?,?,?,?,?,?)\n[array (\n  0 => 0,\n  1 => '%d',\n"
            "  2 => %d,\n  3 => %d,\n  4 => 0,\n  5 => '%d',\n  6 => %d,\n  7 => %d,\n)]\n" % (enrol, uid, enrol, uid, e, uid, e, e)
            + DML_TAIL_INSERT +
            "* line 2134 of /lib/enrollib.php: call to mysqli_native_moodle_database->insert_record()\n"
            "* line 1052 of /enrol/self/lib.php: call to enrol_plugin->enrol_user()\n"
            "* line 236 of /enrol/self/lib.php: call to enrol_self_plugin->enrol_self()\n"
            "* line 117 of /enrol/index.php: call to enrol_self_plugin->enrol_page_hook()\n")


@G("moodle-dupkey-grade-grades", MW, "duplicate key mdl_gradgrad_useite_uix when assign grading inserts grade_grades",
   2, near="moodle-web-duplicate-key")
def _(i, v):
    d = t(); item = R.randint(3000, 9999); uid = R.randint(20000, 99999); e = epoch(d)
    return (f_php(d) + " Default exception handler: Error writing to database Debug: Duplicate entry '%d-%d' for key "
            "'mdl_gradgrad_useite_uix'\nINSERT INTO mdl_grade_grades (itemid,userid,rawgrade,rawgrademax,rawgrademin,"
            "usermodified,finalgrade,hidden,locked,locktime,exported,overridden,excluded,timecreated,timemodified,"
            "aggregationstatus) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)\n[array (\n  0 => '%d',\n  1 => '%d',\n"
            "  2 => '%d.00000',\n  3 => '100.00000',\n  4 => '0.00000',\n  5 => '%d',\n  6 => NULL,\n  7 => 0,\n"
            "  8 => 0,\n  9 => 0,\n  10 => 0,\n  11 => 0,\n  12 => 0,\n  13 => %d,\n  14 => %d,\n  15 => 'unknown',\n)]\n"
            % (item, uid, item, uid, R.randint(40, 100), R.randint(2000, 19999), e, e)
            + DML_TAIL_INSERT +
            "* line 301 of /lib/grade/grade_object.php: call to mysqli_native_moodle_database->insert_record()\n"
            "* line 1048 of /lib/grade/grade_grade.php: call to grade_object->insert()\n"
            "* line 1913 of /lib/grade/grade_item.php: call to grade_grade->insert()\n"
            "* line 1436 of /lib/gradelib.php: call to grade_item->update_raw_grade()\n"
            "* line 8412 of /mod/assign/locallib.php: call to grade_update()\n"
            "* line 4021 of /mod/assign/locallib.php: call to assign->gradebook_item_update()\n")


SESS_TAIL = ("* line 497 of /lib/dml/moodle_database.php: dml_write_exception thrown\n"
             "* line 1161 of /lib/dml/mysqli_native_moodle_database.php: call to moodle_database->query_end()\n"
             "* line 1522 of /lib/dml/mysqli_native_moodle_database.php: call to moodle_database->query_end()\n"
             "* line 1637 of /lib/dml/moodle_database.php: call to mysqli_native_moodle_database->set_field_select()\n"
             "* line 793 of /lib/classes/session/manager.php: call to moodle_database->set_field()\n"
             "* line 0 of [internal function]: call to core\\session\\manager::write_close()\n")


def moodle_sess(cause):
    d = t()
    return (f_php(d) + " Default exception handler: Error writing to database Debug: %s\n"
            "UPDATE mdl_sessions SET timemodified = ? WHERE id = ?\n[array (\n  0 => %d,\n  1 => '%d',\n)]\n"
            % (cause, epoch(d), R.randint(1000000, 9999999)) + SESS_TAIL)


@G("moodle-sessions-lockwait", MW, "session write_close hits InnoDB lock wait timeout (1205) on mdl_sessions", 3,
   near="moodle-web-sessions-lock")
def _(i, v):
    return moodle_sess("Lock wait timeout exceeded; try restarting transaction")


@G("moodle-sessions-deadlock", MW, "session write_close hits InnoDB deadlock (1213) on mdl_sessions", 2,
   near="moodle-web-sessions-lock")
def _(i, v):
    return moodle_sess("Deadlock found when trying to get lock; try restarting transaction")


@G("moodle-rosterfeed-missing-course", MW, "local_rosterfeed web service gets a course shortname that does not exist "
   "(variable: digit-free course shortname)", 4, dfv=["HISTMED", "ORGCHEM", "MICROBIO", "LATAMLIT"])
def _(i, v):
    d = t()
    return (f_php(d) + " Default exception handler: Can't find data record in database table course. Debug: "
            "SELECT id,category,fullname FROM {course} WHERE shortname = ?\n[array (\n  0 => '%s',\n)]\n"
            "* line 1662 of /lib/dml/moodle_database.php: dml_missing_record_exception thrown\n"
            "* line 1638 of /lib/dml/moodle_database.php: call to moodle_database->get_record_select()\n"
            "* line 88 of /local/rosterfeed/classes/external/sync_section.php: call to moodle_database->get_record()\n"
            "* line 0 of [internal function]: call to local_rosterfeed\\external\\sync_section::execute()\n"
            "* line 262 of /lib/external/classes/external_api.php: call to call_user_func_array()\n"
            "* line 81 of /webservice/lib.php: call to core_external\\external_api::call_external_function()\n"
            "* line 1282 of /webservice/lib.php: call to webservice_base_server->execute()\n"
            "* line 38 of /webservice/rest/server.php: call to webservice_base_server->run()\n" % v)


# ============================================================ moodle-cron
# admin/cli/cron.php output captured by the cron wrapper (one block per failed task)
MC = "moodle-cron"


@G("moodle-cron-search-index-goneaway", MC, "Global search indexing task loses its MariaDB connection (wait_timeout) "
   "while reading forum posts", 3, near="moodle-cron-gone-away")
def _(i, v):
    d = t()
    return ("... used %d dbqueries\n... used %.7f seconds\n"
            "Scheduled task failed: Global search indexing (core\\task\\search_index_task),Error reading from database\n"
            "Debug info:\nMySQL server has gone away\nSELECT id, timemodified FROM mdl_forum_posts WHERE timemodified >= ? "
            "ORDER BY timemodified ASC\n[array (\n  0 => %d,\n)]\nBacktrace:\n"
            "* line 486 of /lib/dml/moodle_database.php: dml_read_exception thrown\n"
            "* line 1226 of /lib/dml/mysqli_native_moodle_database.php: call to moodle_database->query_end()\n"
            "* line 127 of /mod/forum/classes/search/post.php: call to mysqli_native_moodle_database->get_recordset_sql()\n"
            "* line 1207 of /search/classes/manager.php: call to mod_forum\\search\\post->get_document_recordset()\n"
            "* line 61 of /lib/classes/task/search_index_task.php: call to core_search\\manager->index()\n"
            "* line 263 of /lib/classes/cron.php: call to core\\task\\search_index_task->execute()\n"
            "* line 190 of /lib/classes/cron.php: call to core\\cron::run_inner_scheduled_task()\n"
            "* line 118 of /lib/classes/cron.php: call to core\\cron::run_scheduled_tasks()\n"
            "* line 186 of /admin/cli/cron.php: call to core\\cron::run_main_process()\n"
            % (R.randint(20000, 90000), R.uniform(600, 1900), epoch(d) - R.randint(3600, 86400)))


@G("moodle-cron-completion-goneaway", MC, "Regular completion task loses its MariaDB connection (wait_timeout) "
   "while reading course_modules_completion", 2, near="moodle-cron-gone-away")
def _(i, v):
    d = t()
    return ("... used %d dbqueries\n... used %.7f seconds\n"
            "Scheduled task failed: Calculate regular completion data (core\\task\\completion_regular_task),"
            "Error reading from database\nDebug info:\nMySQL server has gone away\n"
            "SELECT c.id AS course, u.id AS userid FROM mdl_user u INNER JOIN mdl_user_enrolments ue ON ue.userid = u.id "
            "INNER JOIN mdl_enrol e ON e.id = ue.enrolid INNER JOIN mdl_course c ON c.id = e.courseid "
            "WHERE c.enablecompletion = 1 AND ue.timestart < ?\n[array (\n  0 => %d,\n)]\nBacktrace:\n"
            "* line 486 of /lib/dml/moodle_database.php: dml_read_exception thrown\n"
            "* line 1226 of /lib/dml/mysqli_native_moodle_database.php: call to moodle_database->query_end()\n"
            "* line 74 of /lib/classes/task/completion_regular_task.php: call to mysqli_native_moodle_database->get_recordset_sql()\n"
            "* line 263 of /lib/classes/cron.php: call to core\\task\\completion_regular_task->execute()\n"
            "* line 190 of /lib/classes/cron.php: call to core\\cron::run_inner_scheduled_task()\n"
            "* line 118 of /lib/classes/cron.php: call to core\\cron::run_scheduled_tasks()\n"
            "* line 186 of /admin/cli/cron.php: call to core\\cron::run_main_process()\n"
            % (R.randint(20000, 90000), R.uniform(600, 1900), epoch(d)))


# ============================================================ drupal-www
# Drupal 10 syslog module via rsyslog (control chars escaped as #012):
# !base_url|!timestamp|!type|!ip|!request_uri|!referer|!uid|!link|!message
DR = "drupal-www"
DR_HOSTS = ["web-drupal01", "web-drupal02", "web-drupal03"]
NEWS = ["news/spring-commencement-speaker-announced", "news/library-extends-finals-hours",
        "news/new-nursing-simulation-lab-opens", "news/faculty-senate-approves-calendar",
        "news/alumni-weekend-registration-open", "news/graduate-school-fellowship-winners"]


def drupal_line(d, typ, uri, ref, uid, msg):
    return "%s %s drupal: https://www.example.edu|%d|%s|%s|%s|%s|%d||%s" % (
        f_syslog(d), pick(DR_HOSTS), epoch(d), typ, ip10() if R.random() < 0.5 else "172.%d.%d.%d" % (
            R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)), uri, ref, uid, msg)


FMT_TRACE = ("#0 /var/www/html/web/core/lib/Drupal/Core/Field/FormatterBase.php(84): Drupal\\example_media\\Plugin\\Field\\"
             "FieldFormatter\\%s->viewElements(Object(Drupal\\file\\Plugin\\Field\\FieldType\\FileFieldItemList), 'en')#012"
             "#1 /var/www/html/web/core/lib/Drupal/Core/Entity/Entity/EntityViewDisplay.php(268): Drupal\\Core\\Field\\"
             "FormatterBase->view(Object(Drupal\\file\\Plugin\\Field\\FieldType\\FileFieldItemList), 'en')#012"
             "#2 /var/www/html/web/core/lib/Drupal/Core/Entity/EntityViewBuilder.php(342): Drupal\\Core\\Entity\\Entity\\"
             "EntityViewDisplay->buildMultiple(Array)#012"
             "#3 /var/www/html/web/core/lib/Drupal/Core/Entity/EntityViewBuilder.php(299): Drupal\\Core\\Entity\\"
             "EntityViewBuilder->buildComponents(Array, Array, Array, '%s')#012"
             "#4 [internal function]: Drupal\\Core\\Entity\\EntityViewBuilder->buildMultiple(Array)#012"
             "#5 /var/www/html/web/core/lib/Drupal/Core/Security/DoTrustedCallbackTrait.php(101): call_user_func_array(Array, Array)#012"
             "#6 {main}.")


@G("drupal-null-fileuri-hero", DR, "HeroImageFormatter::viewElements calls getFileUri() on a deleted media file (null) "
   "(variable: digit-free news article path)", 3, near="drupal-null-getfileuri",
   dfv=["news/spring-commencement-speaker-announced", "news/library-extends-finals-hours",
        "news/new-nursing-simulation-lab-opens"])
def _(i, v):
    d = t()
    return drupal_line(d, "php", "https://www.example.edu/" + v, "https://www.example.edu/news", R.choice([0, 0, R.randint(100, 9000)]),
                       "Error: Call to a member function getFileUri() on null in Drupal\\example_media\\Plugin\\Field\\"
                       "FieldFormatter\\HeroImageFormatter->viewElements() (line 88 of /var/www/html/web/modules/custom/"
                       "example_media/src/Plugin/Field/FieldFormatter/HeroImageFormatter.php) "
                       + FMT_TRACE % ("HeroImageFormatter", "full"))


@G("drupal-null-fileuri-card", DR, "CardImageFormatter::viewElements calls getFileUri() on null (teaser cards in views)",
   2, near="drupal-null-getfileuri")
def _(i, v):
    d = t()
    return drupal_line(d, "php", "https://www.example.edu/news?page=%d" % R.randint(1, 40), "https://www.example.edu/",
                       0, "Error: Call to a member function getFileUri() on null in Drupal\\example_media\\Plugin\\Field\\"
                       "FieldFormatter\\CardImageFormatter->viewElements() (line 64 of /var/www/html/web/modules/custom/"
                       "example_media/src/Plugin/Field/FieldFormatter/CardImageFormatter.php) "
                       + FMT_TRACE % ("CardImageFormatter", "teaser"))


GUZ_TRACE = ("#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\\Handler\\CurlFactory::"
             "createRejection(Object(GuzzleHttp\\Handler\\EasyHandle), Array)#012"
             "#1 /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(110): GuzzleHttp\\Handler\\CurlFactory::"
             "finishError(Object(GuzzleHttp\\Handler\\CurlHandler), Object(GuzzleHttp\\Handler\\EasyHandle), "
             "Object(GuzzleHttp\\Handler\\CurlFactory))#012"
             "#2 /var/www/html/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php(47): GuzzleHttp\\Handler\\CurlFactory::"
             "finish(Object(GuzzleHttp\\Handler\\CurlHandler), Object(GuzzleHttp\\Handler\\EasyHandle), "
             "Object(GuzzleHttp\\Handler\\CurlFactory))#012"
             "#3 /var/www/html/vendor/guzzlehttp/guzzle/src/Client.php(333): GuzzleHttp\\Handler\\CurlHandler->__invoke("
             "Object(GuzzleHttp\\Psr7\\Request), Array)#012"
             "#4 /var/www/html/vendor/guzzlehttp/guzzle/src/Client.php(169): GuzzleHttp\\Client->transfer("
             "Object(GuzzleHttp\\Psr7\\Request), Array)#012"
             "#5 /var/www/html/vendor/guzzlehttp/guzzle/src/ClientTrait.php(44): GuzzleHttp\\Client->request('GET', "
             "'https://calenda...', Array)#012"
             "#6 /var/www/html/web/modules/custom/example_events/src/EventFeedClient.php(54): GuzzleHttp\\Client->get("
             "'https://calenda...', Array)#012"
             "#7 /var/www/html/web/modules/custom/example_events/src/Plugin/Block/UpcomingEventsBlock.php(71): "
             "Drupal\\example_events\\EventFeedClient->upcoming(30)#012"
             "#8 {main}.")
EV_URL = "https://calendar.example.edu/live/json/v2/events/days/30/"


@G("drupal-events-curl28", DR, "calendar feed fetch times out (cURL error 28) in example_events block", 4,
   near="drupal-guzzle-curl-code")
def _(i, v):
    d = t()
    return drupal_line(d, "example_events", pick(["https://www.example.edu/", "https://www.example.edu/events"]), "", 0,
                       "GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after %d milliseconds "
                       "with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s in "
                       "GuzzleHttp\\Handler\\CurlFactory::createRejection() (line 210 of /var/www/html/vendor/guzzlehttp/"
                       "guzzle/src/Handler/CurlFactory.php). " % (R.randint(10000, 10006), EV_URL) + GUZ_TRACE)


@G("drupal-events-curl6", DR, "calendar feed host does not resolve (cURL error 6) in example_events block", 2,
   near="drupal-guzzle-curl-code")
def _(i, v):
    d = t()
    return drupal_line(d, "example_events", pick(["https://www.example.edu/", "https://www.example.edu/events"]), "", 0,
                       "GuzzleHttp\\Exception\\ConnectException: cURL error 6: Could not resolve host: calendar.example.edu "
                       "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s in "
                       "GuzzleHttp\\Handler\\CurlFactory::createRejection() (line 210 of /var/www/html/vendor/guzzlehttp/"
                       "guzzle/src/Handler/CurlFactory.php). " % EV_URL + GUZ_TRACE)


@G("drupal-saml-register-dup-name", DR, "samlauth/externalauth registers a user whose name already exists locally "
   "(variable: digit-free user name)", 4, dfv=["mgarcia", "tnguyen", "aokafor", "lbrennan"])
def _(i, v):
    d = t(); uid = R.randint(30000, 60000); e = epoch(d)
    args = ("Array#012(#012    [:db_insert_placeholder_0] => %d#012    [:db_insert_placeholder_1] => en#012"
            "    [:db_insert_placeholder_2] => en#012    [:db_insert_placeholder_3] => %s#012"
            "    [:db_insert_placeholder_4] => #012    [:db_insert_placeholder_5] => %s@example.edu#012"
            "    [:db_insert_placeholder_6] => America/New_York#012    [:db_insert_placeholder_7] => 1#012"
            "    [:db_insert_placeholder_8] => %d#012    [:db_insert_placeholder_9] => %d#012"
            "    [:db_insert_placeholder_10] => 0#012    [:db_insert_placeholder_11] => 0#012"
            "    [:db_insert_placeholder_12] => %s@example.edu#012    [:db_insert_placeholder_13] => 1#012)#012"
            % (uid, v, v, e, e, v))
    return drupal_line(d, "php", "https://www.example.edu/saml/acs", "https://idp.example.edu/", 0,
                       "Drupal\\Core\\Entity\\EntityStorageException: SQLSTATE[23000]: Integrity constraint violation: "
                       "1062 Duplicate entry '%s-en' for key 'user__name': INSERT INTO \"users_field_data\" (\"uid\", "
                       "\"langcode\", \"preferred_langcode\", \"name\", \"pass\", \"mail\", \"timezone\", \"status\", "
                       "\"created\", \"changed\", \"access\", \"login\", \"init\", \"default_langcode\") VALUES "
                       "(:db_insert_placeholder_0, :db_insert_placeholder_1, :db_insert_placeholder_2, "
                       ":db_insert_placeholder_3, :db_insert_placeholder_4, :db_insert_placeholder_5, "
                       ":db_insert_placeholder_6, :db_insert_placeholder_7, :db_insert_placeholder_8, "
                       ":db_insert_placeholder_9, :db_insert_placeholder_10, :db_insert_placeholder_11, "
                       ":db_insert_placeholder_12, :db_insert_placeholder_13); %s in Drupal\\Core\\Entity\\Sql\\"
                       "SqlContentEntityStorage->save() (line 815 of /var/www/html/web/core/lib/Drupal/Core/Entity/Sql/"
                       "SqlContentEntityStorage.php). #0 /var/www/html/web/core/lib/Drupal/Core/Entity/EntityBase.php(339): "
                       "Drupal\\Core\\Entity\\Sql\\SqlContentEntityStorage->save(Object(Drupal\\user\\Entity\\User))#012"
                       "#1 /var/www/html/web/modules/contrib/externalauth/src/ExternalAuth.php(162): Drupal\\Core\\Entity\\"
                       "EntityBase->save()#012#2 /var/www/html/web/modules/contrib/externalauth/src/ExternalAuth.php(131): "
                       "Drupal\\externalauth\\ExternalAuth->register('%s', 'samlauth', Array, NULL)#012"
                       "#3 /var/www/html/web/modules/contrib/samlauth/src/SamlService.php(512): Drupal\\externalauth\\"
                       "ExternalAuth->loginRegister('%s', 'samlauth', Array)#012#4 /var/www/html/web/modules/contrib/"
                       "samlauth/src/Controller/SamlController.php(281): Drupal\\samlauth\\SamlService->acs()#012#5 {main}."
                       % (v, args, v, v))


# ============================================================ shibboleth-idp
# idp-process.log (logback): %date{ISO8601} - %mdc{idp.remote_addr} - %level [%logger:%line] - %msg%n + stack
IDP = "shibboleth-idp"
IDP_DC_HEAD = (
    "net.shibboleth.idp.attribute.resolver.ResolutionException: Data Connector 'activeDirectory': Unable to execute LDAP search\n"
    "\tat net.shibboleth.idp.attribute.resolver.dc.ldap.impl.LDAPDataConnector.retrieveAttributes(LDAPDataConnector.java:200)\n"
    "\tat net.shibboleth.idp.attribute.resolver.dc.ldap.impl.LDAPDataConnector.retrieveAttributes(LDAPDataConnector.java:55)\n"
    "\tat net.shibboleth.idp.attribute.resolver.dc.impl.AbstractSearchDataConnector.doDataConnectorResolve(AbstractSearchDataConnector.java:215)\n"
    "\tat net.shibboleth.idp.attribute.resolver.AbstractDataConnector.doResolve(AbstractDataConnector.java:219)\n"
    "\tat net.shibboleth.idp.attribute.resolver.AbstractDataConnector.doResolve(AbstractDataConnector.java:54)\n"
    "\tat net.shibboleth.idp.attribute.resolver.AbstractResolverPlugin.resolve(AbstractResolverPlugin.java:219)\n"
    "\tat net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl.resolveDataConnector(AttributeResolverImpl.java:519)\n"
    "\tat net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl.resolveDependencies(AttributeResolverImpl.java:573)\n"
    "\tat net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl.resolveAttributeDefinition(AttributeResolverImpl.java:445)\n"
    "\tat net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl.resolveAttributes(AttributeResolverImpl.java:258)\n"
    "\tat net.shibboleth.idp.profile.impl.ResolveAttributes.doExecute(ResolveAttributes.java:305)\n"
    "\tat org.opensaml.profile.action.AbstractProfileAction.execute(AbstractProfileAction.java:125)\n"
    "\tat org.opensaml.profile.action.impl.ProfileActionAdapter.execute(ProfileActionAdapter.java:90)\n"
    "\tat org.springframework.webflow.execution.AnnotatedAction.execute(AnnotatedAction.java:188)\n"
    "\tat org.springframework.webflow.execution.ActionExecutor.execute(ActionExecutor.java:51)\n"
    "\tat org.springframework.webflow.engine.ActionState.doEnter(ActionState.java:101)\n"
    "\tat org.springframework.webflow.engine.State.enter(State.java:194)\n"
    "\tat org.springframework.webflow.engine.Transition.execute(Transition.java:228)\n")


def idp_prefix(d, level, logger, line, addr=None):
    return "%s - %s - %s [%s:%d] - " % (f_iso_ms(d), ip10() if addr is None else addr, level, logger, line)


@G("idp-ldap-dc-connect-refused", IDP, "attribute resolver data connector: innermost java.net.ConnectException "
   "(AD domain controller refuses LDAPS)", 5, near="idp-dataconnector-innermost")
def _(i, v):
    d = t(); dc = "dc%02d.ad.example.edu" % R.randint(1, 4)
    return (idp_prefix(d, "ERROR", "net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl", 368) +
            "Attribute Resolver 'ShibbolethAttributeResolver': Data Connector 'activeDirectory' produced exception\n"
            + IDP_DC_HEAD +
            "\t... 112 more\n"
            "Caused by: org.ldaptive.LdapException: javax.naming.CommunicationException: %s:636 [Root exception is "
            "java.net.ConnectException: Connection refused (Connection refused)]\n"
            "\tat org.ldaptive.provider.jndi.JndiConnectionFactory.createInternal(JndiConnectionFactory.java:107)\n"
            "\tat org.ldaptive.provider.AbstractProviderConnectionFactory.create(AbstractProviderConnectionFactory.java:101)\n"
            "\tat org.ldaptive.DefaultConnectionFactory$DefaultConnection.open(DefaultConnectionFactory.java:268)\n"
            "\tat org.ldaptive.pool.AbstractConnectionPool.createConnection(AbstractConnectionPool.java:427)\n"
            "\tat org.ldaptive.pool.BlockingConnectionPool.getConnection(BlockingConnectionPool.java:119)\n"
            "\tat org.ldaptive.pool.PooledConnectionFactory.getConnection(PooledConnectionFactory.java:66)\n"
            "\tat net.shibboleth.idp.attribute.resolver.dc.ldap.impl.LDAPDataConnector.retrieveAttributes(LDAPDataConnector.java:193)\n"
            "\t... 130 more\n"
            "Caused by: javax.naming.CommunicationException: %s:636\n"
            "\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:252)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapClient.<init>(LdapClient.java:137)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:1616)\n"
            "\tat java.naming/javax.naming.InitialContext.<init>(InitialContext.java:208)\n"
            "\tat org.ldaptive.provider.jndi.JndiConnectionFactory.createInternal(JndiConnectionFactory.java:96)\n"
            "\t... 136 more\n"
            "Caused by: java.net.ConnectException: Connection refused (Connection refused)\n"
            "\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)\n"
            "\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:412)\n"
            "\tat java.base/java.net.Socket.connect(Socket.java:609)\n"
            "\tat java.base/sun.security.ssl.SSLSocketImpl.connect(SSLSocketImpl.java:305)\n"
            "\tat java.naming/com.sun.jndi.ldap.Connection.createSocket(Connection.java:347)\n"
            "\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:231)\n"
            "\t... 140 more\n" % (dc, dc))


@G("idp-ldap-dc-read-timeout", IDP, "attribute resolver data connector: innermost JNDI NamingException "
   "'LDAP response read timed out' (slow AD search)", 2, near="idp-dataconnector-innermost")
def _(i, v):
    d = t()
    return (idp_prefix(d, "ERROR", "net.shibboleth.idp.attribute.resolver.impl.AttributeResolverImpl", 368) +
            "Attribute Resolver 'ShibbolethAttributeResolver': Data Connector 'activeDirectory' produced exception\n"
            + IDP_DC_HEAD +
            "\t... 112 more\n"
            "Caused by: org.ldaptive.LdapException: javax.naming.NamingException: LDAP response read timed out, "
            "timeout used:5000ms.\n"
            "\tat org.ldaptive.provider.jndi.JndiSearchIterator.initialize(JndiSearchIterator.java:163)\n"
            "\tat org.ldaptive.provider.jndi.JndiConnection.search(JndiConnection.java:446)\n"
            "\tat org.ldaptive.SearchOperation.executeSearch(SearchOperation.java:110)\n"
            "\tat org.ldaptive.SearchOperation.invoke(SearchOperation.java:83)\n"
            "\tat org.ldaptive.AbstractOperation.execute(AbstractOperation.java:242)\n"
            "\tat net.shibboleth.idp.attribute.resolver.dc.ldap.impl.LDAPDataConnector.retrieveAttributes(LDAPDataConnector.java:195)\n"
            "\t... 130 more\n"
            "Caused by: javax.naming.NamingException: LDAP response read timed out, timeout used:5000ms.\n"
            "\tat java.naming/com.sun.jndi.ldap.Connection.readReply(Connection.java:492)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapClient.getSearchReply(LdapClient.java:639)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapClient.search(LdapClient.java:562)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapCtx.doSearch(LdapCtx.java:2027)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapCtx.searchAux(LdapCtx.java:1889)\n"
            "\tat java.naming/javax.naming.directory.InitialDirContext.search(InitialDirContext.java:346)\n"
            "\tat org.ldaptive.provider.jndi.JndiSearchIterator.initialize(JndiSearchIterator.java:145)\n"
            "\t... 136 more\n")


@G("idp-login-ldaps-cert-expired", IDP, "password login fails because the domain controller LDAPS certificate expired "
   "(variable: digit-free user name)", 5, dfv=["mgarcia", "hlindqvist", "rmorales", "bokoye", "kpatel"])
def _(i, v):
    d = t(); dc = "dc%02d.ad.example.edu" % R.randint(1, 4)
    return (idp_prefix(d, "WARN", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 152) +
            "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by %s produced exception\n"
            "org.ldaptive.LdapException: javax.naming.CommunicationException: simple bind failed: %s:636 [Root exception "
            "is javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: "
            "validity check failed]\n"
            "\tat org.ldaptive.provider.jndi.JndiConnectionFactory.createInternal(JndiConnectionFactory.java:107)\n"
            "\tat org.ldaptive.provider.AbstractProviderConnectionFactory.create(AbstractProviderConnectionFactory.java:101)\n"
            "\tat org.ldaptive.DefaultConnectionFactory$DefaultConnection.open(DefaultConnectionFactory.java:268)\n"
            "\tat org.ldaptive.auth.Authenticator.authenticate(Authenticator.java:194)\n"
            "\tat net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP.doExecute(ValidateUsernamePasswordAgainstLDAP.java:126)\n"
            "\tat net.shibboleth.idp.authn.AbstractAuthenticationAction.doExecute(AbstractAuthenticationAction.java:86)\n"
            "\tat org.opensaml.profile.action.AbstractProfileAction.execute(AbstractProfileAction.java:125)\n"
            "\tat org.springframework.webflow.execution.ActionExecutor.execute(ActionExecutor.java:51)\n"
            "Caused by: javax.naming.CommunicationException: simple bind failed: %s:636\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapClient.authenticate(LdapClient.java:219)\n"
            "\tat java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2895)\n"
            "\tat java.naming/javax.naming.InitialContext.<init>(InitialContext.java:208)\n"
            "\tat org.ldaptive.provider.jndi.JndiConnectionFactory.createInternal(JndiConnectionFactory.java:96)\n"
            "\t... 98 more\n"
            "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert."
            "CertPathValidatorException: validity check failed\n"
            "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)\n"
            "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:371)\n"
            "\tat java.base/sun.security.ssl.CertificateMessage$T13CertificateConsumer.checkServerCerts(CertificateMessage.java:1351)\n"
            "\t... 115 more\n"
            "Caused by: sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert."
            "CertPathValidatorException: validity check failed\n"
            "\tat java.base/sun.security.validator.PKIXValidator.doValidate(PKIXValidator.java:369)\n"
            "\t... 121 more\n"
            "Caused by: java.security.cert.CertPathValidatorException: validity check failed\n"
            "\tat java.base/sun.security.provider.certpath.PKIXMasterCertPathValidator.validate(PKIXMasterCertPathValidator.java:135)\n"
            "\t... 126 more\n"
            "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Sat Mar 09 23:59:59 UTC 2024\n"
            "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)\n"
            "\tat java.base/sun.security.x509.X509CertImpl.checkValidity(X509CertImpl.java:675)\n"
            "\t... 130 more\n" % (v, dc, dc))


def idp_md(name, url):
    d = t()
    return (idp_prefix(d, "ERROR", "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver", 419,
                       addr="") +
            "Metadata Resolver FileBackedHTTPMetadataResolver %s: Error occurred while attempting to refresh metadata "
            "from '%s'\n"
            "org.opensaml.saml.metadata.resolver.ResolverException: Non-ok status code 503 returned from remote metadata "
            "source %s\n"
            "\tat org.opensaml.saml.metadata.resolver.impl.HTTPMetadataResolver.fetchMetadata(HTTPMetadataResolver.java:307)\n"
            "\tat org.opensaml.saml.metadata.resolver.impl.FileBackedHTTPMetadataResolver.fetchMetadata(FileBackedHTTPMetadataResolver.java:266)\n"
            "\tat org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver.refresh(AbstractReloadingMetadataResolver.java:373)\n"
            "\tat org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver$RefreshMetadataTask.run(AbstractReloadingMetadataResolver.java:784)\n"
            "\tat java.base/java.util.TimerThread.mainLoop(Timer.java:556)\n"
            "\tat java.base/java.util.TimerThread.run(Timer.java:506)\n" % (name, url, url))


@G("idp-metadata-refresh-incommon", IDP, "InCommon aggregate metadata refresh gets HTTP 503", 2,
   near="idp-metadata-provider")
def _(i, v):
    return idp_md("InCommonMetadata", "https://md.incommon.org/InCommon/InCommon-metadata.xml")


@G("idp-metadata-refresh-partners", IDP, "locally hosted partner-SP metadata refresh gets HTTP 503", 1,
   near="idp-metadata-provider")
def _(i, v):
    return idp_md("PartnerSPMetadata", "https://iam.example.edu/federation/partner-sps.xml")


# ============================================================ shibboleth-sp
# shibd.log (log4shib): %d{%Y-%m-%d %H:%M:%S} %p %c %x: %m
SP = "shibboleth-sp"


@G("sp-mdq-invalid-at-acquisition", SP, "MDQ returns expired (validUntil) metadata for visiting IdPs "
   "(variable: digit-free IdP entityID)", 4,
   dfv=["https://login.oakridge.example/idp/shibboleth", "https://idp.lakeshore.example/idp/shibboleth",
        "https://shib.northfield.example/idp/shibboleth", "https://sso.riverbend.example/idp/shibboleth"],
   near="sp-dynamic-metadata-cause")
def _(i, v):
    d = t()
    return "%s ERROR OpenSAML.MetadataProvider.Dynamic [%d] [default]: error while resolving (%s): Metadata instance " \
           "was invalid at time of acquisition." % (f_iso(d), R.randint(1, 48), v)


@G("sp-mdq-root-not-entitydescriptor", SP, "MDQ returns an EntitiesDescriptor wrapper instead of an EntityDescriptor "
   "(variable: digit-free IdP entityID)", 3,
   dfv=["https://idp.hillcrest.example/idp/shibboleth", "https://login.oakridge.example/idp/shibboleth",
        "https://auth.bayview.example/idp/shibboleth"],
   near="sp-dynamic-metadata-cause")
def _(i, v):
    d = t()
    return "%s ERROR OpenSAML.MetadataProvider.Dynamic [%d] [default]: error while resolving (%s): Root of metadata " \
           "instance was not an EntityDescriptor" % (f_iso(d), R.randint(1, 48), v)


# ============================================================ canvas-web
# Canvas LMS (Rails 7) production.log, ActionDispatch::DebugExceptions via TaggedLogging
CW = "canvas-web"


def rails_fatal(d, head, frames):
    rid = uuid4()
    tag = "[%s] " % rid
    lines = ["  ", head] + ["  "] + frames
    return "F, [%s #%d] FATAL -- : %s" % (f_rails(d), pid(), tag) + ("\n" + tag).join(lines)


GRADE_FRAMES = ["app/models/assignment.rb:1837:in `block in grade_student'",
                "app/models/assignment.rb:1812:in `grade_student'",
                "app/controllers/submissions_base_controller.rb:151:in `update'",
                "app/controllers/submissions_controller.rb:418:in `update'",
                "app/controllers/application_controller.rb:2468:in `block in batch_jobs_in_actions'",
                "lib/canvas/request_throttle.rb:55:in `call'"]


@G("canvas-grade-student-statement-timeout", CW, "SubmissionsController#update: Assignment#grade_student UPDATE hits "
   "PG statement_timeout (ActiveRecord::QueryCanceled, 57014)", 3, near="canvas-grade-student-cancel")
def _(i, v):
    return rails_fatal(t(), "ActiveRecord::QueryCanceled (PG::QueryCanceled: ERROR:  canceling statement due to "
                       "statement timeout\n):", GRADE_FRAMES)


@G("canvas-grade-student-lock-timeout", CW, "SubmissionsController#update: Assignment#grade_student UPDATE hits "
   "PG lock_timeout (ActiveRecord::LockWaitTimeout, 55P03)", 2, near="canvas-grade-student-cancel")
def _(i, v):
    return rails_fatal(t(), "ActiveRecord::LockWaitTimeout (PG::LockNotAvailable: ERROR:  canceling statement due to "
                       "lock timeout\n):", GRADE_FRAMES)


@G("canvas-nil-workflow-state-enrollment", CW, "NoMethodError workflow_state on nil raised in "
   "Enrollment#state_based_on_date (course home)", 3, near="canvas-nil-workflow-state")
def _(i, v):
    return rails_fatal(t(), "NoMethodError (undefined method `workflow_state' for nil:NilClass):",
                       ["app/models/enrollment.rb:1021:in `state_based_on_date'",
                        "app/models/enrollment.rb:1062:in `active?'",
                        "app/models/course.rb:2214:in `block in user_has_been_student?'",
                        "app/controllers/courses_controller.rb:2071:in `show'",
                        "app/controllers/application_controller.rb:2468:in `block in batch_jobs_in_actions'",
                        "lib/canvas/request_throttle.rb:55:in `call'"])


@G("canvas-nil-workflow-state-grade-summary", CW, "NoMethodError workflow_state on nil raised in "
   "GradeSummaryPresenter#student_enrollment_for (grades page)", 2, near="canvas-nil-workflow-state")
def _(i, v):
    return rails_fatal(t(), "NoMethodError (undefined method `workflow_state' for nil:NilClass):",
                       ["app/presenters/grade_summary_presenter.rb:118:in `block in student_enrollment_for'",
                        "app/presenters/grade_summary_presenter.rb:114:in `student_enrollment_for'",
                        "app/presenters/grade_summary_presenter.rb:131:in `student_enrollment'",
                        "app/controllers/gradebooks_controller.rb:84:in `grade_summary'",
                        "app/controllers/application_controller.rb:2468:in `block in batch_jobs_in_actions'",
                        "lib/canvas/request_throttle.rb:55:in `call'"])


# ============================================================ canvas-jobs
# delayed_job worker log: "%FT%T%z: [Worker(host:H pid:P)] Job NAME (id=N) (queue=Q) FAILED (n prior attempts) with E: M"
CJ = "canvas-jobs"


def dj(d, host, job, jid, attempts, err):
    return "%s+0000: [Worker(host:canvas-jobs-%s pid:%d)] Job %s (id=%d) (queue=canvas_queue) FAILED (%d prior " \
           "attempts) with %s" % (f_iso(d, "T"), host, pid(), job, jid, attempts, err)


@G("canvasjobs-sis-import-dup-enrollment", CJ, "SIS batch import violates unique index on enrollments "
   "(variable: digit-free worker host name)", 4, dfv=["maple", "birch", "cedar", "aspen"],
   near="canvasjobs-sis-unique-index")
def _(i, v):
    return dj(t(), v, "SisBatch#process_without_send_later", R.randint(80000000, 99999999), R.randint(0, 2),
              "ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique "
              "constraint \"index_enrollments_on_user_type_role_section_associated_user\"\nDETAIL:  Key (user_id, type, "
              "role_id, course_section_id, COALESCE(associated_user_id, (0)::bigint))=(%d, StudentEnrollment, 3, %d, 0) "
              "already exists.\n" % (R.randint(10000, 99999), R.randint(10000, 40000)))


@G("canvasjobs-sis-import-dup-pseudonym", CJ, "SIS batch import violates unique index on pseudonyms.integration_id "
   "(variable: digit-free worker host name)", 3, dfv=["spruce", "maple", "cedar"],
   near="canvasjobs-sis-unique-index")
def _(i, v):
    return dj(t(), v, "SisBatch#process_without_send_later", R.randint(80000000, 99999999), R.randint(0, 2),
              "ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique "
              "constraint \"index_pseudonyms_on_integration_id\"\nDETAIL:  Key (integration_id, account_id)=(%d, 1) "
              "already exists.\n" % R.randint(800000000, 899999999))


@G("canvasjobs-content-migration-s3-timeout", CJ, "ContentMigration#import_content fails with "
   "Seahorse::Client::NetworkingError Net::ReadTimeout talking to S3", 2, near="canvasjobs-content-migration")
def _(i, v):
    return dj(t(), pick(["birch", "aspen", "spruce"]), "ContentMigration#import_content_without_send_later",
              R.randint(80000000, 99999999), R.randint(0, 1),
              "Seahorse::Client::NetworkingError: Net::ReadTimeout with #<TCPSocket:(closed)>")


@G("canvasjobs-content-migration-enospc", CJ, "ContentMigration#import_content fails with Errno::ENOSPC "
   "extracting the package to the worker's temp dir", 2, near="canvasjobs-content-migration")
def _(i, v):
    d = t()
    return dj(d, pick(["maple", "cedar", "spruce"]), "ContentMigration#import_content_without_send_later",
              R.randint(80000000, 99999999), R.randint(0, 1),
              "Errno::ENOSPC: No space left on device @ io_write - /var/tmp/canvas/d%04d%02d%02d-%d-%s/"
              "web_resources/%s.pdf" % (d.year, d.month, d.day, pid(), alnum(7).lower(),
                                        pick(["syllabus", "lecture-notes", "lab-manual", "reading-packet"])))


# ============================================================ peoplesoft-tomcat
# Tomcat 9 catalina.out (JULI) for the enrollment API in front of Campus Solutions (Oracle 19c)
PT = "peoplesoft-tomcat"
HIKARI_FRAMES = (
    "\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)\n"
    "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)\n"
    "\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:206)\n"
    "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)\n"
    "\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:561)\n"
    "\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:115)\n"
    "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:112)\n"
    "\tat org.springframework.jdbc.datasource.DataSourceUtils.fetchConnection(DataSourceUtils.java:159)\n"
    "\tat org.springframework.jdbc.datasource.DataSourceUtils.doGetConnection(DataSourceUtils.java:117)\n"
    "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:80)\n"
    "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:646)\n"
    "\tat org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:713)\n"
    "\tat org.springframework.jdbc.core.JdbcTemplate.query(JdbcTemplate.java:763)\n"
    "\tat edu.example.sis.enroll.dao.ClassSectionDao.findOpenSections(ClassSectionDao.java:88)\n"
    "\tat edu.example.sis.enroll.service.EnrollmentService.search(EnrollmentService.java:141)\n"
    "\tat edu.example.sis.enroll.web.ClassSearchController.search(ClassSearchController.java:57)\n"
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:568)\n"
    "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)\n"
    "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1072)\n"
    "\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1006)\n"
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:555)\n"
    "\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)\n"
    "\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1791)\n"
    "\tat java.base/java.lang.Thread.run(Thread.java:833)\n")


def juli(d, nested):
    return ("%s SEVERE [http-nio-8443-exec-%d] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() "
            "for servlet [dispatcherServlet] in context with path [/enroll-api] threw exception [Request processing "
            "failed; nested exception is %s] with root cause\n" % (f_juli(d), R.randint(1, 200), nested))


@G("ps-jdbc-ora12514", PT, "Hikari cannot open Oracle connection: ORA-12514 listener does not know service "
   "(CSPRD service not registered)", 4, near="ps-enrollapi-jdbc-connect")
def _(i, v):
    ora = "Listener refused the connection with the following error:\nORA-12514, TNS:listener does not currently know " \
          "of service requested in connect descriptor\n"
    return (juli(t(), "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; "
                 "nested exception is java.sql.SQLRecoverableException: " + ora) +
            "oracle.net.ns.NetException: " + ora + "\n"
            "\tat oracle.net.ns.NSProtocolNIO.negotiateConnection(NSProtocolNIO.java:284)\n"
            "\tat oracle.net.ns.NSProtocol.connect(NSProtocol.java:340)\n"
            "\tat oracle.jdbc.driver.T4CConnection.connect(T4CConnection.java:1596)\n"
            "\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:588)\n"
            "\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1032)\n"
            "\tat oracle.jdbc.driver.T4CDriverExtension.getConnection(T4CDriverExtension.java:90)\n"
            "\tat oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:681)\n" + HIKARI_FRAMES)


@G("ps-jdbc-ora01017", PT, "Hikari cannot open Oracle connection: ORA-01017 invalid username/password "
   "(rotated ENRLAPI password)", 2, near="ps-enrollapi-jdbc-connect")
def _(i, v):
    return (juli(t(), "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; "
                 "nested exception is java.sql.SQLException: ORA-01017: invalid username/password; logon denied\n") +
            "java.sql.SQLException: ORA-01017: invalid username/password; logon denied\n\n"
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:509)\n"
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:461)\n"
            "\tat oracle.jdbc.driver.T4CTTIfun.processError(T4CTTIfun.java:1104)\n"
            "\tat oracle.jdbc.driver.T4CTTIfun.receive(T4CTTIfun.java:553)\n"
            "\tat oracle.jdbc.driver.T4CTTIoauthenticate.doOAUTH(T4CTTIoauthenticate.java:735)\n"
            "\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:791)\n"
            "\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1032)\n"
            "\tat oracle.jdbc.driver.T4CDriverExtension.getConnection(T4CDriverExtension.java:90)\n"
            "\tat oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:681)\n" + HIKARI_FRAMES)


@G("ps-jdbc-network-adapter-refused", PT, "Hikari cannot open Oracle connection: Network Adapter, root cause "
   "java.net.ConnectException (listener down)", 1, near="ps-enrollapi-jdbc-connect")
def _(i, v):
    return (juli(t(), "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; "
                 "nested exception is java.sql.SQLRecoverableException: IO Error: The Network Adapter could not "
                 "establish the connection") +
            "java.net.ConnectException: Connection refused\n"
            "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n"
            "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)\n"
            "\tat java.base/sun.nio.ch.SocketChannelImpl.finishTimedConnect(SocketChannelImpl.java:1141)\n"
            "\tat java.base/sun.nio.ch.SocketChannelImpl.blockingConnect(SocketChannelImpl.java:1183)\n"
            "\tat oracle.net.nt.TimeoutSocketChannel.connect(TimeoutSocketChannel.java:99)\n"
            "\tat oracle.net.nt.TcpNTAdapter.connect(TcpNTAdapter.java:209)\n"
            "\tat oracle.net.nt.ConnOption.connect(ConnOption.java:161)\n"
            "\tat oracle.net.nt.ConnStrategy.execute(ConnStrategy.java:470)\n"
            "\tat oracle.net.resolver.AddrResolution.resolveAndExecute(AddrResolution.java:510)\n"
            "\tat oracle.net.ns.NSProtocol.establishConnection(NSProtocol.java:595)\n"
            "\tat oracle.net.ns.NSProtocol.connect(NSProtocol.java:325)\n"
            "\tat oracle.jdbc.driver.T4CConnection.connect(T4CConnection.java:1596)\n"
            "\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:588)\n"
            "\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:1032)\n"
            "\tat oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:681)\n" + HIKARI_FRAMES)


def ora00001(table, sql, dao_frames):
    msg = "ORA-00001: unique constraint (SYSADM.%s) violated\n" % table
    return (juli(t(), "org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [%s]; %s; nested "
                 "exception is java.sql.SQLIntegrityConstraintViolationException: %s" % (sql, msg, msg)) +
            "java.sql.SQLIntegrityConstraintViolationException: " + msg + "\n"
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)\n"
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:564)\n"
            "\tat oracle.jdbc.driver.T4C8Oall.processError(T4C8Oall.java:1231)\n"
            "\tat oracle.jdbc.driver.T4CTTIfun.receive(T4CTTIfun.java:772)\n"
            "\tat oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1045)\n"
            "\tat oracle.jdbc.driver.OraclePreparedStatement.executeUpdate(OraclePreparedStatement.java:3754)\n"
            "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)\n"
            "\tat org.springframework.jdbc.core.JdbcTemplate.lambda$update$2(JdbcTemplate.java:965)\n"
            "\tat org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:651)\n"
            "\tat org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:960)\n"
            + dao_frames +
            "\tat edu.example.sis.enroll.web.EnrollmentController.enroll(EnrollmentController.java:73)\n"
            "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
            "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1072)\n"
            "\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)\n"
            "\tat java.base/java.lang.Thread.run(Thread.java:833)\n")


@G("ps-enroll-dup-stdnt-enrl", PT, "double-submit enrollment: ORA-00001 on SYSADM.PS_STDNT_ENRL from EnrollmentDao",
   3, near="ps-enrollapi-ora00001")
def _(i, v):
    return ora00001("PS_STDNT_ENRL", "INSERT INTO PS_STDNT_ENRL (EMPLID, ACAD_CAREER, INSTITUTION, STRM, CLASS_NBR, "
                    "STDNT_ENRL_STATUS, ENRL_ADD_DT) VALUES (?, ?, ?, ?, ?, ?, SYSDATE)",
                    "\tat edu.example.sis.enroll.dao.EnrollmentDao.insertEnrollment(EnrollmentDao.java:112)\n"
                    "\tat edu.example.sis.enroll.service.EnrollmentService.enroll(EnrollmentService.java:203)\n")


@G("ps-enroll-dup-enrl-req-header", PT, "enrollment request id reuse: ORA-00001 on SYSADM.PS_ENRL_REQ_HEADER from "
   "EnrollmentRequestDao", 2, near="ps-enrollapi-ora00001")
def _(i, v):
    return ora00001("PS_ENRL_REQ_HEADER", "INSERT INTO PS_ENRL_REQ_HEADER (ENRL_REQUEST_ID, OPRID, ENRL_REQ_PROC_ST, "
                    "ENRL_REQ_SOURCE, DTTM_STAMP_SEC) VALUES (?, ?, 'P', 'WS', SYSTIMESTAMP)",
                    "\tat edu.example.sis.enroll.dao.EnrollmentRequestDao.insertHeader(EnrollmentRequestDao.java:64)\n"
                    "\tat edu.example.sis.enroll.service.EnrollmentService.enroll(EnrollmentService.java:188)\n")


@G("ps-classsearch-npe-facility", PT, "class search NPE: meeting pattern without FACILITY_ID (TBA room)", 2)
def _(i, v):
    npe = "java.lang.NullPointerException: Cannot invoke \"String.trim()\" because the return value of " \
          "\"edu.example.sis.enroll.model.ClassMeeting.getFacilityId()\" is null"
    return (juli(t(), npe) + npe + "\n"
            "\tat edu.example.sis.enroll.service.ClassSearchMapper.mapMeetingPattern(ClassSearchMapper.java:212)\n"
            "\tat edu.example.sis.enroll.service.ClassSearchMapper.lambda$toDto$0(ClassSearchMapper.java:97)\n"
            "\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)\n"
            "\tat java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining(ArrayList.java:1625)\n"
            "\tat java.base/java.util.stream.ReduceOps$ReduceOp.evaluateSequential(ReduceOps.java:921)\n"
            "\tat java.base/java.util.stream.ReferencePipeline.collect(ReferencePipeline.java:682)\n"
            "\tat edu.example.sis.enroll.service.ClassSearchMapper.toDto(ClassSearchMapper.java:99)\n"
            "\tat edu.example.sis.enroll.service.EnrollmentService.search(EnrollmentService.java:146)\n"
            "\tat edu.example.sis.enroll.web.ClassSearchController.search(ClassSearchController.java:57)\n"
            "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
            "\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1072)\n"
            "\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)\n"
            "\tat java.base/java.lang.Thread.run(Thread.java:833)\n")


# ============================================================ sis-batch-perl
# cron-driven Perl loaders, Log::Log4perl layout "%d %p> %F{1}:%L %M - %m%n"
PL = "sis-batch-perl"


def l4p(d, where, msg):
    return "%04d/%02d/%02d %02d:%02d:%02d ERROR> %s - %s" % (d.year, d.month, d.day, d.hour, d.minute, d.second,
                                                           where, msg)


def car_term(col_null, prog):
    d = t()
    p = {"ACAD_CAREER": "'%s'" % pick(["UGRD", "GRAD", "LAW", "MED"]), "STRM": "'%d'" % pick([2242, 2244, 2246])}
    p[col_null] = "undef"
    return l4p(d, "Loader.pm:212 SIS::Loader::insert_row",
               "DBD::Oracle::st execute failed: ORA-01400: cannot insert NULL into (\"SYSADM\".\"PS_STDNT_CAR_TERM\".\"%s\") "
               "(DBD ERROR: OCIStmtExecute) [for Statement \"INSERT INTO PS_STDNT_CAR_TERM (EMPLID, ACAD_CAREER, "
               "INSTITUTION, STRM, ACAD_PROG_PRIMARY, ACAD_LEVEL_BOT) VALUES (:p1, :p2, :p3, :p4, :p5, :p6)\" with "
               "ParamValues: :p1='%d', :p2=%s, :p3='EXUNV', :p4=%s, :p5='%s', :p6='%d'] at "
               "/opt/sisbatch/lib/SIS/Loader.pm line 212." % (col_null, R.randint(1000000, 1999999), p["ACAD_CAREER"],
                                                           p["STRM"], prog,
                                                           pick([10, 20, 30, 40])))


@G("perl-cartem-null-acad-career", PL, "term activation load inserts NULL ACAD_CAREER into PS_STDNT_CAR_TERM "
   "(ORA-01400) (variable: digit-free academic program code)", 3, near="perl-ora01400-column",
   dfv=["UGBA", "GRPHD", "UGBS"])
def _(i, v):
    return car_term("ACAD_CAREER", v)


@G("perl-cartem-null-strm", PL, "term activation load inserts NULL STRM into PS_STDNT_CAR_TERM (ORA-01400)", 2,
   near="perl-ora01400-column")
def _(i, v):
    return car_term("STRM", ["GRMA", "UGBA"][i])


@G("perl-registrar-feed-no-emplid", PL, "registrar feed cannot map a NetID to an EMPLID "
   "(variable: digit-free NetID)", 4, dfv=["jwhitfield", "scarvalho", "dmbeki", "ptanaka"])
def _(i, v):
    d = t()
    return "%04d/%02d/%02d %02d:%02d:%02d ERROR> feed_registrar.pl:141 main::resolve_emplid - no EMPLID for netid " \
           "'%s' in PS_EXTERNAL_SYSTEM (EXTERNAL_SYSTEM='NETID') at feed line %d; record skipped" % (
               d.year, d.month, d.day, d.hour, d.minute, d.second, v, R.randint(2, 48000))


def drops_lock(ora):
    d = t()
    return l4p(d, "Drops.pm:88 SIS::Drops::lock_enrollment",
               "DBD::Oracle::st execute failed: %s (DBD ERROR: OCIStmtExecute) [for Statement \"SELECT STDNT_ENRL_STATUS "
               "FROM PS_STDNT_ENRL WHERE EMPLID = :p1 AND STRM = :p2 AND CLASS_NBR = :p3 FOR UPDATE WAIT 10\" with "
               "ParamValues: :p1='%d', :p2='%d', :p3='%d'] at /opt/sisbatch/lib/SIS/Drops.pm line 88."
               % (ora, R.randint(1000000, 1999999), pick([2242, 2244]), R.randint(10000, 49999)))


@G("perl-drops-deadlock-ora00060", PL, "nonpayment drop job deadlocks locking PS_STDNT_ENRL rows (ORA-00060)", 2,
   near="perl-drops-lock-error")
def _(i, v):
    return drops_lock("ORA-00060: deadlock detected while waiting for resource")


@G("perl-drops-wait-timeout-ora30006", PL, "nonpayment drop job times out locking PS_STDNT_ENRL rows held by "
   "self-service (ORA-30006)", 2, near="perl-drops-lock-error")
def _(i, v):
    return drops_lock("ORA-30006: resource busy; acquire with WAIT timeout expired")


# ============================================================ sis-batch-bash
# cron-driven shell jobs; stderr piped to logger -t, shipped from syslog
BS = "sis-batch-bash"


def sysl(d, tag, msg, host="sisbatch01"):
    return "%s %s %s[%d]: %s" % (f_syslog(d), host, tag, pid(), msg)


@G("bash-extract-erofs", BS, "nightly extract cannot create its output: outbound NFS share mounted read-only", 3,
   near="bash-extract-open-errno")
def _(i, v):
    d = t()
    return sysl(d, "nightly_extract", "/opt/sisbatch/bin/nightly_extract.sh: line 42: /data/sis/outbound/"
                "enrl_%04d%02d%02d.csv: Read-only file system" % (d.year, d.month, d.day))


@G("bash-extract-eacces", BS, "nightly extract cannot create its output: permission denied on outbound share", 2,
   near="bash-extract-open-errno")
def _(i, v):
    d = t()
    return sysl(d, "nightly_extract", "/opt/sisbatch/bin/nightly_extract.sh: line 42: /data/sis/outbound/"
                "enrl_%04d%02d%02d.csv: Permission denied" % (d.year, d.month, d.day))


@G("bash-transcripts-rsync-code12", BS, "transcript push: rsync protocol data stream error (code 12)", 2,
   near="bash-rsync-exit-code")
def _(i, v):
    return sysl(t(), "push_transcripts", "rsync error: error in rsync protocol data stream (code 12) at io.c(232) "
                "[sender=3.2.7]")


@G("bash-transcripts-rsync-code23", BS, "transcript push: partial transfer (code 23)", 3, near="bash-rsync-exit-code")
def _(i, v):
    return sysl(t(), "push_transcripts", "rsync error: some files/attrs were not transferred (see previous errors) "
                "(code 23) at main.c(1338) [sender=3.2.7]")


@G("bash-roster-export-pg-auth", BS, "department roster export: reporting DB rejects roster_ro password "
   "(variable: digit-free department code)", 5, dfv=["CHEM", "HIST", "MATH", "PHYS", "ENGL"])
def _(i, v):
    return sysl(t(), "roster_export", "ERROR: export for department '%s' failed: psql: error: connection to server at "
                "\"pg-reporting.internal\" (10.20.1.15), port 5432 failed: FATAL:  password authentication failed for "
                "user \"roster_ro\"" % v)


# ============================================================ finaid-iis
# .NET Framework 4.8 MVC app on IIS; Windows Application log via CloudWatch agent (event_format "text"):
# [Channel] [LEVEL] [EventID] [Provider] [Computer] [Description]
FA = "finaid-iis"
CRLF = "\r\n"


def win(eid, prov, host, desc):
    return "[Application] [ERROR] [%d] [%s] [%s.ad.example.edu] [%s]" % (eid, prov, host, desc)


def us_time(d):
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second, "AM" if d.hour < 12 else "PM")


MVC_FRAMES = ["   at lambda_method(Closure , ControllerBase , Object[] )",
              "   at System.Web.Mvc.ActionMethodDispatcher.Execute(ControllerBase controller, Object[] parameters)",
              "   at System.Web.Mvc.ReflectedActionDescriptor.Execute(ControllerContext controllerContext, IDictionary`2 parameters)",
              "   at System.Web.Mvc.ControllerActionInvoker.InvokeActionMethod(ControllerContext controllerContext, ActionDescriptor actionDescriptor, IDictionary`2 parameters)",
              "   at System.Web.Mvc.Async.AsyncControllerActionInvoker.<>c.<BeginInvokeSynchronousActionMethod>b__9_0(IAsyncResult asyncResult, ActionInvocation innerInvokeState)",
              "   at System.Web.Mvc.Async.AsyncResultWrapper.WrappedAsyncResult`2.CallEndDelegate(IAsyncResult asyncResult)",
              "   at System.Web.Mvc.Async.AsyncControllerActionInvoker.EndInvokeActionMethod(IAsyncResult asyncResult)"]
SQL_FRAMES = ["   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
              "   at System.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)",
              "   at System.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)",
              "   at System.Data.SqlClient.SqlCommand.RunExecuteNonQueryTds(String methodName, Boolean async, Int32 timeout, Boolean asyncWrite)",
              "   at System.Data.SqlClient.SqlCommand.InternalExecuteNonQuery(TaskCompletionSource`1 completion, String methodName, Boolean sendToPipe, Int32 timeout, Boolean& usedCache, Boolean asyncWrite, Boolean inRetry)",
              "   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()",
              "   at FinAid.Data.AwardRepository.AcceptAward(String emplId, String aidYear, Int32 awardId) in D:\\Build\\FinAid\\src\\FinAid.Data\\AwardRepository.cs:line 214",
              "   at FinAid.Web.Controllers.AwardController.Accept(Int32 id) in D:\\Build\\FinAid\\src\\FinAid.Web\\Controllers\\AwardController.cs:line 87"]


def aspnet_1309(user, path, exc_block, stack_lines):
    d = t(); host = pick(["FAWEB01", "FAWEB02", "FAWEB03"]); pool = "IIS APPPOOL\\FinAidPortal"
    dutc = d + timedelta(hours=4)
    lines = ["Event code: 3005 ", "Event message: An unhandled exception has occurred. ",
             "Event time: %s " % us_time(d), "Event time (UTC): %s " % us_time(dutc),
             "Event ID: %s " % hexs(32), "Event sequence: %d " % R.randint(100, 90000),
             "Event occurrence: %d " % R.randint(1, 400), "Event detail code: 0 ", " ",
             "Application information: ",
             "    Application domain: /LM/W3SVC/2/ROOT-1-1335%014d " % R.randint(10 ** 13, 10 ** 14 - 1),
             "    Trust level: Full ", "    Application Virtual Path: / ",
             "    Application Path: D:\\inetpub\\finaid\\ ", "    Machine name: %s " % host, " ",
             "Process information: ", "    Process ID: %d " % R.randint(1000, 30000),
             "    Process name: w3wp.exe ", "    Account name: %s " % pool, " ",
             "Exception information: "] + exc_block + [
             " ", "Request information: ",
             "    Request URL: https://finaid.example.edu%s " % path, "    Request path: %s " % path,
             "    User host address: %s " % ip10(), "    User: EXAMPLE\\%s " % user,
             "    Is authenticated: True ", "    Authentication Type: Negotiate ",
             "    Thread account name: %s " % pool, " ", "Thread information: ",
             "    Thread ID: %d " % R.randint(5, 120), "    Thread account name: %s " % pool,
             "    Is impersonating: False ", "    Stack trace: " + stack_lines[0]] + stack_lines[1:] + [
             " ", " ", "Custom event details: "]
    return win(1309, "ASP.NET 4.0.30319.0", host, CRLF.join(lines))


@G("finaid-award-accept-deadlock", FA, "AwardController.Accept: SqlException deadlock victim (1205) in "
   "AwardRepository.AcceptAward (variable: digit-free staff/student user)", 3,
   dfv=["mgarcia", "ewashington", "yamamura"], near="finaid-award-accept-sqlexception")
def _(i, v):
    stack = SQL_FRAMES + MVC_FRAMES
    exc = ["    Exception type: SqlException ",
           "    Exception message: Transaction (Process ID %d) was deadlocked on lock resources with another process "
           "and has been chosen as the deadlock victim. Rerun the transaction." % R.randint(51, 400)] + stack
    return aspnet_1309(v, "/Award/Accept/%d" % R.randint(100000, 999999), exc, stack)


@G("finaid-award-accept-timeout", FA, "AwardController.Accept: SqlException execution timeout, inner Win32Exception "
   "'The wait operation timed out'", 2, near="finaid-award-accept-sqlexception")
def _(i, v):
    stack = SQL_FRAMES + MVC_FRAMES
    exc = ["    Exception type: SqlException ",
           "    Exception message: Execution Timeout Expired.  The timeout period elapsed prior to completion of the "
           "operation or the server is not responding."] + stack + [
           " ", "    Exception type: Win32Exception ", "    Exception message: The wait operation timed out"]
    return aspnet_1309(pick(["tbrooks", "nkaur", "ldiaz"]), "/Award/Accept/%d" % R.randint(100000, 999999), exc, stack)


@G("finaid-nre-document-upload", FA, "NullReferenceException thrown in DocumentController.Upload "
   "(variable: digit-free student user)", 3, dfv=["ochukwu", "mgarcia", "sbjornsson"], near="finaid-nre-throwing-frame")
def _(i, v):
    stack = ["   at FinAid.Web.Controllers.DocumentController.Upload(HttpPostedFileBase file, String docType) in "
             "D:\\Build\\FinAid\\src\\FinAid.Web\\Controllers\\DocumentController.cs:line 142"] + MVC_FRAMES
    exc = ["    Exception type: NullReferenceException ",
           "    Exception message: Object reference not set to an instance of an object."] + stack
    return aspnet_1309(v, "/Document/Upload", exc, stack)


@G("finaid-nre-isir-parser", FA, "NullReferenceException thrown in IsirRecordParser.ParseDependencyStatus "
   "(admin ISIR import)", 2, near="finaid-nre-throwing-frame")
def _(i, v):
    stack = ["   at FinAid.Services.Isir.IsirRecordParser.ParseDependencyStatus(String record) in "
             "D:\\Build\\FinAid\\src\\FinAid.Services\\Isir\\IsirRecordParser.cs:line 311",
             "   at FinAid.Services.Isir.IsirRecordParser.Parse(String record) in "
             "D:\\Build\\FinAid\\src\\FinAid.Services\\Isir\\IsirRecordParser.cs:line 77",
             "   at FinAid.Web.Controllers.Admin.IsirController.Import(HttpPostedFileBase file) in "
             "D:\\Build\\FinAid\\src\\FinAid.Web\\Controllers\\Admin\\IsirController.cs:line 58"] + MVC_FRAMES
    exc = ["    Exception type: NullReferenceException ",
           "    Exception message: Object reference not set to an instance of an object."] + stack
    return aspnet_1309(pick(["fa_jcole", "fa_rpatel"]), "/Admin/Isir/Import", exc, stack)


@G("finaid-sync-service-ioexception", FA, "FinAidSync.exe (COD export) terminated by unhandled System.IO.IOException "
   "(.NET Runtime event 1026)", 2)
def _(i, v):
    desc = CRLF.join(["Application: FinAidSync.exe", "Framework Version: v4.0.30319",
                      "Description: The process was terminated due to an unhandled exception.",
                      "Exception Info: System.IO.IOException",
                      "   at System.IO.__Error.WinIOError(Int32, System.String)",
                      "   at System.IO.FileStream.Init(System.String, System.IO.FileMode, System.IO.FileAccess, Int32, "
                      "Boolean, System.IO.FileShare, Int32, System.IO.FileOptions, SECURITY_ATTRIBUTES, System.String, "
                      "Boolean, Boolean, Boolean)",
                      "   at System.IO.FileStream..ctor(System.String, System.IO.FileMode, System.IO.FileAccess, "
                      "System.IO.FileShare, Int32, System.IO.FileOptions, System.String, Boolean, Boolean, Boolean)",
                      "   at System.IO.StreamWriter.CreateFile(System.String, Boolean, Boolean)",
                      "   at System.IO.StreamWriter..ctor(System.String, Boolean, System.Text.Encoding, Int32, Boolean)",
                      "   at System.IO.StreamWriter..ctor(System.String, Boolean)",
                      "   at FinAidSync.CodExport.WriteBatch(System.String, System.Collections.Generic.IEnumerable`1"
                      "<FinAidSync.Models.Disbursement>)",
                      "   at FinAidSync.Program.Main(System.String[])", ""])
    return win(1026, ".NET Runtime", ["FASYNC01", "FASYNC02"][i], desc)


# ============================================================ ldap-ad-sync
# Python 3.11 identity sync (ldap3, raise_exceptions=True); logging "%(asctime)s %(levelname)s [%(name)s] %(message)s"
AD = "ldap-ad-sync"
VENV = "/opt/adsync/venv/lib/python3.11/site-packages/ldap3"


def ldap3_tb(op, reqname, exc):
    return ("  File \"%s/core/connection.py\", line %d, in %s\n"
            "    response = self.post_send_single_response(self.send('%s', request, controls))\n"
            "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"%s/strategy/sync.py\", line 160, in post_send_single_response\n"
            "    responses, result = self.get_response(message_id)\n"
            "                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            "  File \"%s/strategy/base.py\", line 370, in get_response\n"
            "    raise LDAPOperationResult(result=result['result'], description=result['description'], dn=result['dn'], "
            "message=result['message'], response_type=result['type'])\n"
            "%s\n" % (VENV, {"modify": 1149, "add": 1002}[op], op, reqname, VENV, VENV, exc))


def ad_modify(user, exc):
    d = t()
    return ("%s ERROR [adsync.provision] modify failed for CN=%s,OU=%s,OU=People,DC=ad,DC=example,DC=edu\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/adsync/adsync/provision.py\", line 214, in apply_changes\n"
            "    conn.modify(dn, changes)\n" % (f_iso_ms(d), user, pick(["Students", "Staff", "Faculty"]))
            + ldap3_tb("modify", "modifyRequest", exc))


@G("adsync-modify-insufficient-access", AD, "provisioning modify rejected: result 50 insufficientAccessRights "
   "(service account lost delegation) (variable: digit-free NetID)", 3, dfv=["mgarcia", "qli", "fodum"],
   near="adsync-modify-result-code")
def _(i, v):
    return ad_modify(v, "ldap3.core.exceptions.LDAPInsufficientAccessRightsResult: LDAPInsufficientAccessRightsResult - "
                     "50 - insufficientAccessRights - None - 00002098: SecErr: DSID-03150F94, problem 4003 "
                     "(INSUFF_ACCESS_RIGHTS), data 0\n - modifyResponse - None")


@G("adsync-modify-constraint-unicodepwd", AD, "provisioning modify rejected: result 19 constraintViolation on "
   "unicodePwd (initial password fails policy)", 2, near="adsync-modify-result-code")
def _(i, v):
    return ad_modify(pick(["awright", "cjimenez"]), "ldap3.core.exceptions.LDAPConstraintViolationResult: "
                     "LDAPConstraintViolationResult - 19 - constraintViolation - None - 0000052D: AtrErr: DSID-03191083, "
                     "#1:\n\t0: 0000052D: DSID-03191083, problem 1005 (CONSTRAINT_ATT_TYPE), data 0, Att 9005a "
                     "(unicodePwd)\n - modifyResponse - None")


@G("adsync-modify-unwilling", AD, "provisioning modify rejected: result 53 unwillingToPerform", 1,
   near="adsync-modify-result-code")
def _(i, v):
    return ad_modify("hsato", "ldap3.core.exceptions.LDAPUnwillingToPerformResult: LDAPUnwillingToPerformResult - 53 - "
                     "unwillingToPerform - None - 0000001F: SvcErr: DSID-031A12D2, problem 5003 (WILL_NOT_PERFORM), "
                     "data 0\n - modifyResponse - None")


@G("adsync-dept-group-ou-missing", AD, "department group creation fails: department OU missing (noSuchObject 32) "
   "(variable: digit-free department name)", 4, dfv=["Chemistry", "Anthropology", "Linguistics", "Musicology"])
def _(i, v):
    d = t()
    return ("%s ERROR [adsync.groups] cannot create department group for '%s'\n"
            "Traceback (most recent call last):\n"
            "  File \"/opt/adsync/adsync/groups.py\", line 97, in ensure_department_group\n"
            "    conn.add(dn, ['top', 'group'], attrs)\n" % (f_iso_ms(d), v)
            + ldap3_tb("add", "addRequest", "ldap3.core.exceptions.LDAPNoSuchObjectResult: LDAPNoSuchObjectResult - 32 - "
                       "noSuchObject - OU=Departments,OU=Groups,DC=ad,DC=example,DC=edu - 0000208D: NameErr: "
                       "DSID-03100241, problem 2001 (NO_OBJECT), best match of:\n\t'OU=Departments,OU=Groups,DC=ad,"
                       "DC=example,DC=edu'\n - addResponse - None"))


# ============================================================ postfix
PF = "postfix"
MAILSTORE = "mailstore.example.edu[10.30.0.21]"


def qid():
    return HEXS(R.choice([10, 11, 12]))


def delays():
    a, b, c, e = R.uniform(0, 0.3), R.uniform(0, 0.05), R.uniform(0, 0.1), R.uniform(0.05, 1.5)
    return "delay=%.2g, delays=%.2g/%.2g/%.2g/%.2g" % (a + b + c + e, a, b, c, e)


@G("postfix-lmtp-quota-bounce", PF, "LMTP delivery to Dovecot bounced 552 5.2.2 quota exceeded "
   "(variable: digit-free mailbox user)", 5, dfv=["mgarcia", "hlindqvist", "tnguyen", "aokafor", "rmorales"],
   near="postfix-lmtp-dsn")
def _(i, v):
    return "%s %s postfix/lmtp[%d]: %s: to=<%s@example.edu>, relay=%s:24, %s, dsn=5.2.2, status=bounced (host %s said: " \
           "552 5.2.2 <%s@example.edu> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))" % (
               f_syslog(t()), pick(["mx-in01", "mx-in02"]), pid(), qid(), v, MAILSTORE, delays(), MAILSTORE, v)


@G("postfix-lmtp-tempfail", PF, "LMTP delivery to Dovecot deferred 451 4.3.0 temporary internal error", 2,
   near="postfix-lmtp-dsn")
def _(i, v):
    u = pick(["bokoye", "kpatel"]) if i == 0 else "scarvalho"
    return "%s %s postfix/lmtp[%d]: %s: to=<%s@example.edu>, relay=%s:24, %s, dsn=4.3.0, status=deferred (host %s said: " \
           "451 4.3.0 <%s@example.edu> Temporary internal error (in reply to end of DATA command))" % (
               f_syslog(t()), pick(["mx-in01", "mx-in02"]), pid(), qid(), u, MAILSTORE, delays(), MAILSTORE, u)


@G("postfix-map-missing-virtual", PF, "smtpd cannot open hash map /etc/postfix/virtual.db (postmap not run)", 2,
   near="postfix-missing-lookup-table")
def _(i, v):
    return "%s %s postfix/smtpd[%d]: error: open database /etc/postfix/virtual.db: No such file or directory" % (
        f_syslog(t()), pick(["mx-in01", "mx-in02"]), pid())


@G("postfix-map-missing-relay-recipients", PF, "smtpd cannot open hash map /etc/postfix/relay_recipients.db", 1,
   near="postfix-missing-lookup-table")
def _(i, v):
    return "%s %s postfix/smtpd[%d]: error: open database /etc/postfix/relay_recipients.db: No such file or directory" % (
        f_syslog(t()), pick(["mx-in01", "mx-in02"]), pid())


@G("postfix-outbound-no-ptr", PF, "outbound mail to partner schools deferred: our new egress IP has no reverse DNS "
   "(variable: digit-free partner domain)", 4, dfv=["lakeview", "pinecrest", "harborview", "stonebridge"])
def _(i, v):
    rip = "198.51.100.%d" % R.randint(2, 250)
    return "%s mx-out01 postfix/smtp[%d]: %s: to=<admissions@%s.example>, relay=mx.%s.example[%s]:25, %s, dsn=4.7.1, " \
           "status=deferred (host mx.%s.example[%s] said: 450 4.7.1 Client host rejected: cannot find your reverse " \
           "hostname, [203.0.113.25] (in reply to RCPT TO command))" % (
               f_syslog(t()), pid(), qid(), v, v, rip, delays(), v, rip)


# ============================================================ dovecot
DV = "dovecot"


def dsess():
    return b64(16).replace("/", "+")


@G("dovecot-index-cache-corrupt", DV, "IMAP: corrupted dovecot.index.cache (broken physical size) "
   "(variable: digit-free user)", 5, dfv=["mgarcia", "ewashington", "qli", "sbjornsson", "dmbeki"])
def _(i, v):
    return "%s mailstore01 dovecot: imap(%s)<%d><%s>: Error: Corrupted index cache file /var/vmail/example.edu/%s/Maildir/" \
           "dovecot.index.cache: Broken physical size for mail UID %d in mailbox INBOX" % (
               f_syslog(t()), v, pid(), dsess(), v, R.randint(100, 60000))


def msgid():
    return "<%s@%s>" % (alnum(R.randint(20, 40)), pick(["mail.gmail.com", "PH0PR11MB4901.namprd11.prod.outlook.com",
                                                      "canvas.example.edu", "example.edu"]))


@G("dovecot-lmtp-save-enospc", DV, "LMTP save to Maildir fails: No space left on device", 2,
   near="dovecot-lmtp-save-errno")
def _(i, v):
    d = t(); u = ["ptanaka", "jwhitfield"][i]; p = pid()
    return "%s mailstore01 dovecot: lmtp(%s)<%d><%s>: Error: msgid=%s: save failed to INBOX: write(/var/vmail/example.edu/" \
           "%s/Maildir/tmp/%d.M%dP%d.mailstore01) failed: No space left on device" % (
               f_syslog(d), u, p, dsess(), msgid(), u, epoch(d), R.randint(100000, 999999), p)


@G("dovecot-lmtp-save-eacces", DV, "LMTP save to Maildir fails: tmp/ owned by root (Permission denied)", 2,
   near="dovecot-lmtp-save-errno")
def _(i, v):
    d = t(); u = ["fodum", "ochukwu"][i]; p = pid()
    return "%s mailstore01 dovecot: lmtp(%s)<%d><%s>: Error: msgid=%s: save failed to INBOX: open(/var/vmail/example.edu/" \
           "%s/Maildir/tmp/%d.M%dP%d.mailstore01) failed: Permission denied (euid=5000(vmail) egid=5000(vmail) missing " \
           "+w perm: /var/vmail/example.edu/%s/Maildir/tmp, dir owned by 0:0 mode=0755)" % (
               f_syslog(d), u, p, dsess(), msgid(), u, epoch(d), R.randint(100000, 999999), p, u)


# ============================================================ nextcloud
# nextcloud.log: one JSON object per line, PHP json_encode (slashes escaped)
NC = "nextcloud"
NCV = "28.0.3.2"


def ncjson(obj):
    return json.dumps(obj, separators=(",", ":")).replace("/", "\\/")


def nc_entry(d, user, app, method, url, ua, message, exc):
    return ncjson(OrderedDict([("reqId", alnum(20)), ("level", 3), ("time", f_iso(d, "T") + "+00:00"),
                               ("remoteAddr", ip10()), ("user", user), ("app", app), ("method", method),
                               ("url", url), ("message", message), ("userAgent", ua), ("version", NCV),
                               ("exception", exc)]))


DOCS = ["Thesis/chapter-3.docx", "Research/IRB-protocol-final.docx", "Teaching/syllabus-draft.docx",
        "Lab/plate-reader-export.xlsx", "Committee/minutes.docx", "Grants/budget-justification.xlsx"]
CLIENT_UA = ["Mozilla/5.0 (Windows) mirall/3.12.1stable-Win64 (build 20240220)",
             "Mozilla/5.0 (Macintosh) mirall/3.12.1stable (build 20240220)",
             "Mozilla/5.0 (Windows) mirall/3.11.1stable-Win64 (build 20231215)"]


@G("nextcloud-webdav-file-locked", NC, "desktop client PUT hits FileLocked/LockedException "
   "(variable: digit-free user)", 5, dfv=["hlindqvist", "kpatel", "rmorales", "ewashington", "yamamura"])
def _(i, v):
    d = t(); f = pick(DOCS); h = hexs(32)
    prev = OrderedDict([("Exception", "OCP\\Lock\\LockedException"),
                        ("Message", "\"files/%s\" is locked, existing lock on file: %d shared locks" % (h, R.randint(1, 4))),
                        ("Code", 0),
                        ("Trace", [OrderedDict([("file", "/var/www/nextcloud/lib/private/Files/Storage/Common.php"),
                                                ("line", 633), ("function", "changeLock"),
                                                ("class", "OC\\Lock\\MemcacheLockingProvider"), ("type", "->")]),
                                   OrderedDict([("file", "/var/www/nextcloud/lib/private/Files/View.php"),
                                                ("line", 2069), ("function", "changeLock"),
                                                ("class", "OC\\Files\\Storage\\Common"), ("type", "->")])]),
                        ("File", "/var/www/nextcloud/lib/private/Lock/MemcacheLockingProvider.php"), ("Line", 85)])
    exc = OrderedDict([("Exception", "OCA\\DAV\\Connector\\Sabre\\Exception\\FileLocked"),
                       ("Message", "\"%s\" is locked" % f), ("Code", 0),
                       ("Trace", [OrderedDict([("file", "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/File.php"),
                                               ("line", 227), ("function", "changeLock"),
                                               ("class", "OCA\\DAV\\Connector\\Sabre\\Node"), ("type", "->")]),
                                  OrderedDict([("file", "/var/www/nextcloud/3rdparty/sabre/dav/lib/DAV/Server.php"),
                                               ("line", 1098), ("function", "put"),
                                               ("class", "OCA\\DAV\\Connector\\Sabre\\File"), ("type", "->")])]),
                       ("File", "/var/www/nextcloud/apps/dav/lib/Connector/Sabre/Node.php"), ("Line", 414),
                       ("Previous", prev), ("CustomMessage", "--")])
    return nc_entry(d, v, "webdav", "PUT", "/remote.php/dav/files/%s/%s" % (v, f), pick(CLIENT_UA),
                    "\"%s\" is locked" % f, exc)


def nc_dbal(d, user, url, constraint, detail, trace):
    msg = ("An exception occurred while executing a query: SQLSTATE[23505]: Unique violation: 7 ERROR:  duplicate key "
           "value violates unique constraint \"%s\"\nDETAIL:  %s" % (constraint, detail))
    prev = OrderedDict([("Exception", "Doctrine\\DBAL\\Exception\\UniqueConstraintViolationException"),
                        ("Message", msg), ("Code", 7),
                        ("Trace", [OrderedDict([("file", "/var/www/nextcloud/3rdparty/doctrine/dbal/src/Connection.php"),
                                                ("line", 1939), ("function", "convert"),
                                                ("class", "Doctrine\\DBAL\\Driver\\API\\PostgreSQL\\ExceptionConverter"),
                                                ("type", "->")])]),
                        ("File", "/var/www/nextcloud/3rdparty/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php"),
                        ("Line", 47)])
    exc = OrderedDict([("Exception", "OC\\DB\\Exceptions\\DbalException"), ("Message", msg), ("Code", 7),
                       ("Trace", trace), ("File", "/var/www/nextcloud/lib/private/DB/Exceptions/DbalException.php"),
                       ("Line", 60), ("Previous", prev), ("CustomMessage", "--")])
    return nc_entry(d, user, "no app in context", "PROPFIND", url, pick(CLIENT_UA), msg, exc)


@G("nextcloud-filecache-unique", NC, "scanner inserts duplicate oc_filecache row (fs_storage_path_hash)", 2,
   near="nextcloud-pg-unique-constraint")
def _(i, v):
    d = t(); u = ["ptanaka", "awright"][i]
    return nc_dbal(d, u, "/remote.php/dav/files/%s/" % u, "fs_storage_path_hash",
                   "Key (storage, path_hash)=(%d, %s) already exists." % (R.randint(2, 900), hexs(32)),
                   [OrderedDict([("file", "/var/www/nextcloud/lib/private/DB/QueryBuilder/QueryBuilder.php"),
                                 ("line", 281), ("function", "executeStatement"),
                                 ("class", "OC\\DB\\ConnectionAdapter"), ("type", "->")]),
                    OrderedDict([("file", "/var/www/nextcloud/lib/private/Files/Cache/Cache.php"), ("line", 303),
                                 ("function", "executeStatement"), ("class", "OC\\DB\\QueryBuilder\\QueryBuilder"),
                                 ("type", "->")])])


@G("nextcloud-mounts-unique", NC, "mount cache inserts duplicate oc_mounts row (mounts_user_root_path_index)", 2,
   near="nextcloud-pg-unique-constraint")
def _(i, v):
    d = t(); u = ["cjimenez", "hsato"][i]
    return nc_dbal(d, u, "/remote.php/dav/files/%s/" % u, "mounts_user_root_path_index",
                   "Key (user_id, root_id, mount_point_hash)=(%s, %d, %s) already exists." % (
                       u, R.randint(2, 9000), hexs(32)),
                   [OrderedDict([("file", "/var/www/nextcloud/lib/private/DB/QueryBuilder/QueryBuilder.php"),
                                 ("line", 281), ("function", "executeStatement"),
                                 ("class", "OC\\DB\\ConnectionAdapter"), ("type", "->")]),
                    OrderedDict([("file", "/var/www/nextcloud/lib/private/Files/Config/UserMountCache.php"),
                                 ("line", 182), ("function", "executeStatement"),
                                 ("class", "OC\\DB\\QueryBuilder\\QueryBuilder"), ("type", "->")])])


def nc_redis(message, u):
    d = t()
    exc = OrderedDict([("Exception", "RedisException"), ("Message", message), ("Code", 0),
                       ("Trace", [OrderedDict([("file", "/var/www/nextcloud/lib/private/Memcache/Redis.php"),
                                               ("line", 93), ("function", "setex"), ("class", "Redis"),
                                               ("type", "->")]),
                                  OrderedDict([("file", "/var/www/nextcloud/lib/private/Files/Cache/Storage.php"),
                                               ("line", 141), ("function", "set"),
                                               ("class", "OC\\Memcache\\Redis"), ("type", "->")]),
                                  OrderedDict([("file", "/var/www/nextcloud/lib/private/Files/Storage/Common.php"),
                                               ("line", 431), ("function", "getStorageCache"),
                                               ("class", "OC\\Files\\Cache\\Storage"), ("type", "::")])]),
                       ("File", "/var/www/nextcloud/lib/private/Memcache/Redis.php"), ("Line", 93),
                       ("CustomMessage", "--")])
    return nc_entry(d, u, "index", "GET", "/apps/files/?dir=/&fileid=%d" % R.randint(1000, 999999),
                    "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", message, exc)


@G("nextcloud-redis-read-error", NC, "memcache setex: RedisException read error on connection "
   "(variable: digit-free user)", 3, near="nextcloud-redis-cause", dfv=["tbrooks", "nkaur", "fodum"])
def _(i, v):
    return nc_redis("read error on connection to redis.internal:6379", v)


@G("nextcloud-redis-oom", NC, "memcache setex: RedisException OOM (maxmemory reached, noeviction)", 2,
   near="nextcloud-redis-cause")
def _(i, v):
    return nc_redis("OOM command not allowed when used memory > 'maxmemory'.", ["mgarcia", "qli"][i])


# ============================================================ postgres
# log_line_prefix = '%m [%p] %q%u@%d '
PG = "postgres"


def pgl(d, p, ud, lines):
    pre = "%s UTC [%d] %s " % (f_iso_ms(d, " ", "."), p, ud)
    return "\n".join(pre + l for l in lines)


def pg_deadlock(d, rel, upd_a, upd_b):
    p1 = pid(); p2 = pid(); x1 = R.randint(900000000, 999999999); x2 = x1 - R.randint(1, 400)
    ida = R.randint(40000000, 59999999); idb = ida + R.randint(1, 40)
    stmt_a = upd_a % ida
    return pgl(d, p1, "canvas@canvas_production", [
        "ERROR:  deadlock detected",
        "DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
        "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n"
        "\tProcess %d: %s\n\tProcess %d: %s" % (p1, x1, p2, p2, x2, p1, p1, stmt_a, p2, upd_b % idb),
        "HINT:  See server log for query details.",
        "CONTEXT:  while updating tuple (%d,%d) in relation \"%s\"" % (R.randint(1000, 900000), R.randint(1, 60), rel),
        "STATEMENT:  " + stmt_a])


@G("pg-deadlock-submissions", PG, "deadlock between grade passback and SpeedGrader updates on relation submissions",
   3, near="pg-deadlock-relation")
def _(i, v):
    d = t(); ts_ = f_iso(d - timedelta(seconds=R.randint(1, 3))) + ".%06d" % R.randint(0, 999999)
    return pg_deadlock(d, "submissions",
                       "UPDATE \"submissions\" SET \"score\" = %.1f, \"grade\" = '%d', \"updated_at\" = '%s' WHERE "
                       "\"submissions\".\"id\" = %%d" % (R.randint(0, 100), R.randint(0, 100), ts_),
                       "UPDATE \"submissions\" SET \"workflow_state\" = 'graded', \"updated_at\" = '%s' WHERE "
                       "\"submissions\".\"id\" = %%d" % ts_)


@G("pg-deadlock-quiz-submissions", PG, "deadlock between quiz autosubmit job and student submit on relation "
   "quiz_submissions", 2, near="pg-deadlock-relation")
def _(i, v):
    d = t(); ts_ = f_iso(d - timedelta(seconds=R.randint(1, 3))) + ".%06d" % R.randint(0, 999999)
    return pg_deadlock(d, "quiz_submissions",
                       "UPDATE \"quiz_submissions\" SET \"workflow_state\" = 'complete', \"finished_at\" = '%s' WHERE "
                       "\"quiz_submissions\".\"id\" = %%d" % ts_,
                       "UPDATE \"quiz_submissions\" SET \"submission_data\" = $1, \"updated_at\" = '%s' WHERE "
                       "\"quiz_submissions\".\"id\" = %%d" % ts_)


@G("pg-too-many-clients", PG, "max_connections exhausted: 'sorry, too many clients already' "
   "(variable: digit-free application role/database)", 3,
   dfv=["canvas@canvas_production", "nextcloud@nextcloud", "keycloak@keycloak"], near="pg-connection-slots")
def _(i, v):
    return pgl(t(), pid(), v, ["FATAL:  sorry, too many clients already"])


@G("pg-reserved-slots", PG, "only superuser_reserved_connections left: 'remaining connection slots are reserved'",
   2, near="pg-connection-slots")
def _(i, v):
    return pgl(t(), pid(), ["canvas@canvas_production", "nextcloud@nextcloud"][i],
               ["FATAL:  remaining connection slots are reserved for non-replication superuser connections"])


@G("pg-hba-reporting-no-ssl", PG, "analysts connect to the reporting DB without TLS: no pg_hba.conf entry "
   "(variable: digit-free staff user name)", 4, dfv=["kpatel", "rmorales", "hlindqvist", "bokoye"])
def _(i, v):
    return pgl(t(), pid(), "%s@reporting" % v,
               ["FATAL:  no pg_hba.conf entry for host \"%s\", user \"%s\", database \"reporting\", no encryption"
                % ("10.40.%d.%d" % (R.randint(0, 63), R.randint(2, 254)), v)])


# ============================================================ mariadb
# MariaDB 10.6 replica error log
MD = "mariadb"


@G("mariadb-replica-1062-user-enrolments", MD, "replica SQL thread stops: duplicate key 1062 on mdl_user_enrolments",
   3, near="mariadb-replica-error-code")
def _(i, v):
    d = t(); en = R.randint(1200, 9800); u = R.randint(20000, 99999); e = epoch(d)
    return "%s %d [ERROR] Slave SQL: Error 'Duplicate entry '%d-%d' for key 'mdl_userenro_enruse_uix'' on query. " \
           "Default database: 'moodle'. Query: 'INSERT INTO mdl_user_enrolments (status,enrolid,userid,timestart," \
           "timeend,modifierid,timecreated,timemodified) VALUES('0','%d','%d','%d','0','%d','%d','%d')', " \
           "Gtid 0-1-%d, Internal MariaDB error code: 1062" % (
               f_iso(d), R.randint(8, 40), en, u, en, u, e, u, e, e, R.randint(80000000, 99999999))


@G("mariadb-replica-1032-sessions", MD, "replica SQL thread stops: 1032 HA_ERR_KEY_NOT_FOUND deleting mdl_sessions row",
   1, near="mariadb-replica-error-code")
def _(i, v):
    d = t()
    return "%s %d [ERROR] Slave SQL: Could not execute Delete_rows_v1 event on table moodle.mdl_sessions; Can't find " \
           "record in 'mdl_sessions', Error_code: 1032; handler error HA_ERR_KEY_NOT_FOUND; the event's master log " \
           "mysql-bin.%06d, end_log_pos %d, Gtid 0-1-%d, Internal MariaDB error code: 1032" % (
               f_iso(d), R.randint(8, 40), R.randint(300, 500), R.randint(1000000, 999999999),
               R.randint(80000000, 99999999))


# ============================================================ redis
RD = "redis"


def rdb_fail(err):
    d = t(); child = pid()
    return "%d:C %s # Failed opening the temp RDB file temp-%d.rdb (in server root dir /data) for saving: %s" % (
        child, f_redis(d), child, err)


@G("redis-rdb-open-eacces", RD, "BGSAVE child cannot create temp RDB file: Permission denied on /data", 3,
   near="redis-rdb-open-errno")
def _(i, v):
    return rdb_fail("Permission denied")


@G("redis-rdb-open-enospc", RD, "BGSAVE child cannot create temp RDB file: No space left on device", 2,
   near="redis-rdb-open-errno")
def _(i, v):
    return rdb_fail("No space left on device")


# ============================================================ checks & output
def has_digit(s):
    return any(c.isdigit() for c in s)


def main():
    from collections import Counter
    sizes = Counter(e["group"] for e in EVENTS)
    for g, meta in GROUPS.items():
        assert 1 <= meta["count"] <= 6, g
        assert sizes[g] == meta["count"], g
    seen = set()
    for e in EVENTS:
        k = (e["service"], e["message"])
        assert k not in seen, ("duplicate", e["group"])
        seen.add(k)
    for g, vals in DFVALS.items():
        assert GROUPS[g]["digit_free_variable"]
        assert 3 <= len(set(vals)) <= 5, (g, vals)
        for v in vals:
            assert not has_digit(v), (g, v)
        msgs = [e["message"] for e in EVENTS if e["group"] == g]
        for v, m in zip(vals, msgs):
            assert v in m, (g, v)
    for name, labels in NEAR.items():
        assert 2 <= len(labels) <= 3, name
        assert len({GROUPS[l]["service"] for l in labels}) == 1, name
    assert 65 <= len(GROUPS) <= 75, len(GROUPS)
    assert len(NEAR) >= 25, len(NEAR)
    nserv = len({m["service"] for m in GROUPS.values()})
    assert 15 <= nserv <= 20, nserv

    evs = list(EVENTS)
    R.shuffle(evs)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "events.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in evs:
            f.write(json.dumps(OrderedDict([("service", e["service"]), ("message", e["message"]),
                                            ("group", e["group"])])) + "\n")
    with open(os.path.join(OUT, "groups.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(GROUPS, f, indent=2, sort_keys=True)
        f.write("\n")
    hist = Counter(m["count"] for m in GROUPS.values())
    print("events=%d groups=%d services=%d near_miss_sets=%d digit_free_groups=%d size_hist=%s" % (
        len(evs), len(GROUPS), nserv, len(NEAR), len(DFVALS),
        ", ".join("%d:%d" % (k, hist[k]) for k in sorted(hist))))


if __name__ == "__main__":
    main()
