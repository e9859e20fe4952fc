"""Mac: system.log of a macOS 10.12 laptop that sleeps and wakes a lot
(maintenance dark wakes, lid open/close), roams Wi-Fi networks and runs
the usual desktop apps (Chrome, Office, QQ/WeChat, Dropbox...).

Templates: mac_templates.py (~340, long tail). The stream mixes
episodes (dark wake, full wake, going to sleep, Wi-Fi capture by
corecaptured, Google Software Update run) with Zipf-weighted background
bursts; every template occurs at least once.
"""

import random

from common import (TemplateSet, ValueGen, finish_stream, weighted_choice,
                    geometric)
from mac_templates import K
from names import FIRST_NAMES

SYSTEM = "Mac"
SEED = 170701

APPS = ["Google Chrome", "Microsoft Word", "Microsoft Excel", "WeChat", "QQ",
        "Microsoft PowerPoint", "Safari", "Mail", "Preview", "Finder",
        "Terminal", "Sublime Text", "Skype", "Dropbox", "Slack",
        "Adobe Acrobat Reader DC", "Microsoft Outlook", "iTunes", "Photos",
        "Calendar", "Notes", "TextEdit", "System Preferences",
        "Activity Monitor", "Xcode", "Visual Studio Code", "PyCharm",
        "IntelliJ IDEA", "Spotify", "VLC", "Evernote", "Firefox", "Keynote",
        "Pages", "Numbers", "Messages", "App Store", "Mendeley Desktop",
        "TeXShop", "MATLAB", "RStudio", "Microsoft OneNote"]
PROCS = ["Google Chrome He", "WeChat", "QQ", "Google Chrome", "mdworker",
         "Microsoft Word", "com.apple.WebKit", "Microsoft Excel", "Safari",
         "Dropbox", "Skype", "CallHistoryPlugi", "Slack", "Mail", "ksfetch",
         "cloudd", "photoanalysisd", "SafariBookmarksS", "Preview",
         "Finder", "Terminal", "sharingd", "routined", "ReportCrash",
         "quicklookd", "mds_stores", "softwareupdated", "nsurlsessiond",
         "CalendarAgent", "AddressBookSourc", "garcon", "Sublime Text",
         "iTunes", "Photos", "Spotlight", "com.apple.Addres", "Microsoft Po",
         "suggestd", "parsecd", "identityservices", "secd", "apsd"]
SPROCS = ["com.apple.Addres", "QQ", "WeChat", "Google Chrome He", "Safari",
          "apsd", "Microsoft Word", "cloudd", "Dropbox", "mDNSResponder",
          "Mail", "CalendarAgent", "com.apple.WebKit", "Skype", "parsecd",
          "nsurlsessiond", "Microsoft Excel", "soagent", "assistantd",
          "sharingd", "SpotlightNetHelp", "Slack", "routined", "suggestd",
          "Spotify", "iTunes", "storeaccountd", "commerce", "akd",
          "Google Chrome"]
BUNDLES = ["com.apple.dock.extra", "com.apple.cdscheduler",
           "com.apple.install", "com.apple.authd", "com.apple.eventmonitor",
           "com.apple.mail", "com.apple.performance", "com.apple.iokit.power",
           "com.apple.contacts.ContactsAutocomplete", "com.apple.mkb",
           "com.apple.mkb.internal", "com.apple.MessageTracer",
           "com.apple.networking.symptoms", "com.google.Chrome",
           "com.tencent.xinWeChat", "com.tencent.qq", "com.microsoft.Word",
           "com.apple.Safari", "com.apple.iCal", "com.apple.AddressBook",
           "com.apple.driver.AppleHDA", "com.apple.security.sos",
           "com.apple.bird", "com.apple.notes", "com.apple.photos",
           "com.apple.iWork.Pages", "com.dropbox.DropboxMacUpdate",
           "com.microsoft.autoupdate", "com.apple.cloudphotosd",
           "com.apple.icloud.searchpartyd", "com.apple.findmy"]
SVCS = ["com.apple.quicklook", "com.apple.imfoundation.IMRemoteURLConnection"
        "Agent", "com.apple.preference.displays.MirrorDisplays",
        "com.apple.WebKit.Networking", "com.apple.mdworker.bundles",
        "com.apple.bird", "com.apple.photoanalysisd", "com.apple.ReportCrash",
        "com.apple.nsurlsessiond", "com.apple.SafariBookmarksSyncAgent",
        "com.apple.CommCenter", "com.apple.suggestd",
        "com.apple.appstoreupdateagent", "com.apple.geod",
        "com.apple.iconservices.iconservicesagent",
        "com.apple.SubmitDiagInfo", "com.apple.ctkd", "com.apple.locationd",
        "com.apple.apsd", "com.google.keystone.user.agent",
        "com.apple.AssetCacheLocatorService", "com.apple.mdworker.shared",
        "com.apple.quicklook.ThumbnailsAgent", "com.apple.Safari.History",
        "com.apple.WebKit.WebContent", "com.apple.cloudd",
        "com.apple.security.cloudkeychainproxy", "com.apple.parsecd",
        "com.apple.corespotlightservice", "com.apple.tccd",
        "com.apple.sharingd", "com.apple.UserEventAgent-Aqua",
        "com.apple.syncdefaultsd", "com.apple.AddressBook.SourceSync",
        "com.apple.CallHistoryPluginHelper", "com.apple.accountsd",
        "com.apple.storeaccountd", "com.apple.akd",
        "com.apple.mdworker.single"]
SSIDS = ["CalVisitor", "eduroam", "CalVisitor", "Berkeley Guest",
         "AirBears", "xfinitywifi", "ATT-WIFI", "Home Network",
         "Sunshine Guest", "Peets Coffee", "attwifi", "Google Starbucks"]
JOBS = ["com.apple.suggestions.harvest", "com.apple.EscrowSecurityAlert.daily",
        "com.apple.Safari.SafeBrowsing.Update", "com.apple.CacheDelete.daily",
        "com.apple.metadata.mds.index.compaction",
        "com.apple.icloud.fmfd.heartbeat",
        "com.apple.ReportCrash.RetireCrashLogs",
        "com.apple.SocialPushAgent.retry",
        "com.apple.photoanalysisd.backgroundanalysis",
        "com.apple.AddressBook.ContactsAccountsService.daily",
        "com.apple.ManagedClient.cloudconfigurationd",
        "com.apple.CFNetwork.cookies.gc", "com.apple.mail.update",
        "com.apple.ical.sync", "com.apple.TrustEvaluationAgent.refresh",
        "com.apple.SoftwareUpdate.Activity", "com.apple.AssetCache.update",
        "com.apple.syncdefaultsd.push", "com.apple.backupd.auto",
        "com.apple.spotlight.IndexAgent", "com.apple.swcagent.refresh",
        "com.apple.coreduetd.knowledge.gc"]
PATHS = ["/Users/xpc/Library/Caches/com.google.Chrome",
         "/private/var/db/mds/system", "/Users/xpc/Library/Preferences",
         "/Users/xpc/Library/Containers/com.tencent.xinWeChat/Data/Library/"
         "Application Support", "/Library/Preferences/Logging",
         "/private/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/C",
         "/Users/xpc/Library/Application Support/Dropbox",
         "/Users/xpc/Library/Group Containers/UBF8T346G9.Office",
         "/System/Library/Keyboard Layouts/AppleKeyboardLayouts.bundle",
         "/Users/xpc/Downloads", "/Users/xpc/Documents/Papers",
         "/private/etc/hosts", "/Users/xpc/Library/Safari/History.db",
         "/Users/xpc/Library/Calendars", "/Users/xpc/Library/Mail/V4",
         "/Applications/Google Chrome.app", "/Applications/Microsoft Word.app"
         "/Contents/Frameworks", "/Users/xpc/Library/Cookies",
         "/private/var/db/CoreDuet", "/Library/Caches/com.apple.iconservices"
         ".store"]
NETPATHS = ["/private/var/run/mDNSResponder", "/private/var/run/syslog",
            "/private/var/run/asl_input", "*:53", "*:443"]
TAPS = ["IO80211AWDLPeerManager", "OneStats", "AssociationEventHistory",
        "ChipTraceStats", "DriverLogs", "DriverTraces", "StateSnapshots",
        "AWDLInfraLog"]
IMGS = ["ToolbarReaderTemplate", "NSActionTemplate", "NSBookmarksTemplate",
        "ToolbarSidebarTemplate", "NSQuickLookTemplate", "NSShareTemplate",
        "ToolbarTabOverviewTemplate"]
OBJCLS = ["FIFinderSyncExtensionHost", "SUUpdateAlert", "GTMLogger",
          "SRWebSocket", "GCDAsyncSocket", "SSZipArchive", "Reachability"]
FWPATHS = ["/System/Library/PrivateFrameworks/FinderKit.framework/Versions/"
           "A/FinderKit", "/System/Library/PrivateFrameworks/FileProvider."
           "framework/Versions/A/FileProvider",
           "/Applications/Google Chrome.app/Contents/Versions/59.0.3071.115/"
           "Google Chrome Framework.framework/Versions/A/Google Chrome "
           "Framework", "/Applications/QQ.app/Contents/Frameworks/"
           "QQMainFramework.framework/Versions/A/QQMainFramework",
           "/Applications/WeChat.app/Contents/MacOS/WeChat"]
LOGPATHS = ["/var/log/system.log", "/var/log/install.log",
            "/var/log/eventmonitor", "/var/log/DiagnosticMessages",
            "/var/log/commerce.log", "/var/log/performance"]
DOMAINS = ["gmail.com", "berkeley.edu", "icloud.com", "me.com",
           "outlook.com", "qq.com", "163.com", "hotmail.com"]
ASSERTS = ["Playing audio", "WebKit Media Playback",
           "com.apple.audio.AppleHDAEngineOutput:1B,0,1,1:0.context.preventuseridlesleep",
           "Video Wake Lock", "NSURLSessionTask", "Chrome Playback",
           "Syncing files", "Downloading update"]
HOSTPORTS = ["api.smoot.apple.com:443", "p57-contacts.icloud.com:443",
             "www.google.com:443", "configuration.apple.com:443",
             "gsp-ssl.ls.apple.com:443", "client-lb.dropbox.com:443",
             "clients4.google.com:443", "init.itunes.apple.com:443",
             "weixin.qq.com:80", "www.bing.com:443"]
VOLS = ["/", "/Volumes/Untitled", "/Volumes/Macintosh HD",
        "/Volumes/Google Chrome", "/Volumes/My Passport", "/Volumes/Data"]
VERSIONS = ["59.0.3071.115", "15.35 (170610)", "6.0.1 (11070)",
            "10.12.5", "29.4.116", "2.3.6 (12306)", "11.0 (12603.2.4)"]


def templates():
    T = TemplateSet(SYSTEM)
    for tag, w, b, text in K:
        T.add(tag, text, w=w, burst=b)
    return T


class MacState:
    def __init__(self, rng):
        self.rng = rng
        self.up = 620701.011328
        self.clk = 9 * 3600 + 0.0
        self.day = 1
        self.sec = 9 * 3600 + 55
        self.new_network()

    def new_network(self):
        r = self.rng
        self.ssid = r.choice(SSIDS)
        if self.ssid.startswith("CalVisitor") or r.random() < 0.5:
            self.lip = "10.105.%d.%d" % (r.choice([160, 161, 162, 163]),
                                         r.randint(2, 254))
        else:
            self.lip = "192.168.%d.%d" % (r.choice([0, 1, 1, 31]),
                                          r.randint(2, 254))
        self.ipv6 = "2607:f140:6000:%x:%x:%x:%x:%x" % tuple(
            r.randint(0, 0xffff) for _ in range(5))

    def tick(self, big=False):
        r = self.rng
        d = r.uniform(0.5, 40) if not big else r.uniform(300, 7000)
        self.up += d * r.uniform(0.2, 1.0)
        self.clk = (self.clk + d) % 86400
        self.sec += int(d)
        if self.sec >= 86400:
            self.sec -= 86400
            self.day = min(self.day + 1, 8)


def build():
    rng = random.Random(SEED)
    T = templates()
    vg = ValueGen(rng)
    S = MacState(rng)
    vg.pool("app", APPS, s=1.0)
    vg.pool("proc", PROCS, s=0.9)
    vg.pool("sproc", SPROCS, s=0.9)
    vg.pool("bundle", BUNDLES, s=0.8)
    vg.pool("svc", SVCS, s=0.8)
    vg.pool("svcp", SVCS, s=0.8)
    vg.pool("job", JOBS, s=0.9)
    vg.pool("path", PATHS, s=0.7)
    vg.pool("netpath", NETPATHS, s=1.2)
    vg.pool("tap", TAPS, s=0.6)
    vg.pool("img", IMGS)
    vg.pool("objcls", OBJCLS)
    vg.pool("fwpath", FWPATHS)
    vg.pool("logpath", LOGPATHS)
    vg.pool("user", FIRST_NAMES, s=0.3)
    vg.pool("domain", DOMAINS)
    vg.pool("assertreason", ASSERTS)
    vg.pool("hostport", HOSTPORTS)
    vg.pool("vol", VOLS)
    vg.pool("ver", VERSIONS)
    vg.pool("font", ["SFNSText", "SFNSDisplay", "SFNSText-Bold",
                     "SFCompactText", "SFNSText-Italic"])
    vg.pool("smckey", ["MSPS", "MSAc", "BBAD", "CLKT", "MSWr"])
    vg.pool("nbname", ["AUTHORMACBOOK-PRO", "XPC-MBP", "CALVISITOR"])
    vg.pool("zone", ["_defaultZone", "metadata_zone", "com.apple.notes",
                     "Reminders", "NewsZone"])
    vg.pool("chan", [1, 6, 11, 36, 44, 149, 157, 48, 161, 40, 153, 3])
    vg.pool("cc", ["US", "X3", "X0", "CN", "HK"])
    vg.pool("iface", ["en0", "awdl0", "en0", "utun0", "en0"])
    vg.pool("calacct", ["%s@%s" % (u, d) for u in FIRST_NAMES[:40]
                        for d in DOMAINS[:3]], s=0.5)

    vg.register("up", lambda a: "%.6f" % S.up)
    vg.register("clk", lambda a: "%02d:%02d:%06.3f" % (
        int(S.clk) // 3600, (int(S.clk) // 60) % 60, S.clk % 60))
    vg.register("date", lambda a: "2017-07-%02d" % S.day)
    vg.register("hms", lambda a: "%02d:%02d:%02d" % (
        S.sec // 3600, (S.sec // 60) % 60, S.sec % 60))
    vg.register("lip", lambda a: S.lip)
    vg.register("ssid", lambda a: S.ssid if rng.random() < 0.85
                else rng.choice(SSIDS))
    vg.register("myhost", lambda a: (
        "calvisitor-%s.calvisitor.1918.berkeley.edu"
        % S.lip.replace(".", "-")) if S.lip.startswith("10.105")
        else rng.choice(["authorMacBook-Pro.local", "authorMacBook-Pro",
                         "localhost"]))
    vg.register("ifaddr", lambda a: S.lip if rng.random() < 0.4 else
                ":".join("%04X" % x for x in (
                    [0xFE80, 0, 0, 0] + [rng.randint(0, 0xffff)
                                         for _ in range(4)])))
    vg.register("ifid", lambda a: "%016d" % rng.choice([4, 5, 5, 8, 9]))
    vg.register("ccstamp", lambda a: "2017-07-%02d_%02d,%02d,%02d.%06d" % (
        S.day, S.sec // 3600, (S.sec // 60) % 60, S.sec % 60,
        rng.randint(0, 999999)))
    vg.register("crashpath", lambda a: "/Library/Logs/DiagnosticReports/"
                "%s_2017-07-%02d-%06d_authorMacBook-Pro.%s" % (
                    rng.choice(["Microsoft Word", "QQ", "WeChat",
                                "Google Chrome Helper", "Preview"]),
                    S.day, rng.randint(0, 235959),
                    rng.choice(["crash", "hang", "spin"])))

    def R(tag, **kw):
        return (tag, T[tag].render(vg, **kw))

    # ------------------------------------------------------------ episodes
    # step: (alternatives "a|b", probability, (min, max) repetitions)
    DARK = [
        ("wake_arpt|wake_arpt|wake_rtc|wake_tcp|wake_xhc", 0.85, (1, 1)),
        ("camin_sys", 1.0, (1, 1)), ("tb_prepci", 0.9, (1, 1)),
        ("tb_early", 0.7, (1, 1)), ("tb_hpd", 0.85, (2, 2)),
        ("arpt_sync_en", 0.8, (1, 1)), ("arpt_pc_wake", 0.25, (1, 1)),
        ("arpt_wr_scan|arpt_wr_tcp|arpt_wr_ssid", 0.35, (1, 1)),
        ("camin_thr", 0.5, (1, 1)), ("camin_gated", 0.3, (1, 1)),
        ("prev_sleep", 0.4, (1, 1)), ("hid_atc_wake", 0.15, (1, 1)),
        ("arpt_pwrsrc_wake", 0.2, (1, 1)), ("pm_resp", 0.2, (1, 1)),
        ("en0_chan", 0.3, (1, 2)), ("awdl_resume", 0.2, (1, 1)),
        ("airport_up", 0.15, (1, 1)), ("cds_thermal", 0.3, (1, 1)),
        ("cfg_chg_up|cfg_chg_dns", 0.2, (1, 1)), ("mdns_reg", 0.25, (1, 2)),
        ("mdns_keepalive", 0.2, (1, 1)), ("sym_switch", 0.15, (1, 2)),
        ("cts_sched", 0.2, (1, 2)),
        ("arpt_wow_dis|arpt_wow_en", 0.7, (1, 1)),
        ("arpt_mdns4", 0.65, (1, 1)), ("arpt_mdns6", 0.3, (1, 1)),
        ("arpt_mdns_recs", 0.2, (1, 1)), ("arpt_ka_ip", 0.4, (1, 1)),
        ("arpt_ka_port", 0.4, (1, 1)), ("arpt_ka_seq", 0.4, (1, 1)),
        ("arpt_ka_int", 0.15, (1, 1)), ("arpt_tcp_orig", 0.3, (1, 2)),
        ("arpt_tcp_upd", 0.3, (1, 2)), ("arpt_leave", 0.25, (1, 1)),
        ("arpt_pwrsrc_sleep", 0.25, (1, 1)), ("awdl_susp", 0.35, (1, 1)),
        ("awdl_a2s", 0.25, (1, 1)), ("airport_down_awdl", 0.35, (1, 1)),
        ("arpt_sync_dis", 0.15, (1, 1)), ("arpt_pc_sleep", 0.25, (1, 1)),
        ("arpt_aqm_par", 0.08, (1, 1)), ("arpt_aqm_res", 0.08, (1, 1)),
        ("camin_sys", 0.9, (1, 1)), ("tb_ok2go", 0.2, (1, 1)),
    ]
    FULL = [
        ("wake_lid|wake_lid|wake_pwr", 1.0, (1, 1)),
        ("camin_sys", 1.0, (1, 1)), ("tb_prepci", 0.9, (1, 1)),
        ("tb_early", 0.8, (1, 1)), ("tb_hpd", 0.85, (2, 2)),
        ("arpt_sync_en", 0.8, (1, 1)),
        ("hid_atc_wake|hid_atc_wake_kb", 0.5, (1, 1)),
        ("full_wake_prom|full_wake_req", 0.4, (1, 1)),
        ("camin_thr", 0.6, (1, 1)), ("camin_gated", 0.4, (1, 1)),
        ("prev_sleep", 0.5, (1, 1)), ("act_start", 0.3, (1, 1)),
        ("act_drv_start", 0.3, (1, 1)), ("act_drv_adv", 0.1, (1, 1)),
        ("hid_mt_start", 0.3, (1, 1)), ("bt_resume", 0.3, (1, 1)),
        ("bt_le", 0.15, (1, 1)), ("setbtcoex", 0.2, (1, 1)),
        ("ws_didwake", 0.9, (1, 1)), ("lw_lock", 0.3, (1, 1)),
        ("sh_airdrop_wake", 0.5, (1, 1)), ("sh_btle_on", 0.5, (1, 1)),
        ("sh_wireless", 0.4, (1, 1)), ("sh_scan_start", 0.4, (1, 1)),
        ("sh_mode_contacts|sh_mode_everyone", 0.3, (1, 1)),
        ("en0_chan", 0.6, (1, 2)), ("en0_bssid", 0.4, (1, 1)),
        ("en0_cc", 0.3, (1, 1)), ("en0_chans", 0.2, (1, 1)),
        ("airport_up", 0.6, (1, 1)), ("airport_rsn", 0.5, (1, 1)),
        ("wl_event_up", 0.15, (1, 1)),
        ("postmsg_bssid", 0.3, (1, 1)), ("postmsg_assoc", 0.2, (1, 1)),
        ("awdl_s2a", 0.4, (1, 1)), ("awdl_resume", 0.4, (1, 1)),
        ("cap_eval", 0.5, (1, 1)), ("cap_probe", 0.4, (1, 1)),
        ("cap_primary|cap_primary_cache", 0.4, (1, 1)),
        ("cap_auth", 0.3, (1, 1)), ("cap_nwi", 0.1, (1, 1)),
        ("cfg_chg_up|cfg_chg_v4up|cfg_chg_v4chg", 0.6, (1, 2)),
        ("cfg_hostname", 0.4, (1, 1)), ("mdns_reg", 0.5, (1, 2)),
        ("sym_switch", 0.4, (1, 2)), ("sym_journal", 0.3, (1, 1)),
        ("loc_active", 0.3, (1, 1)), ("nd_nat64", 0.3, (1, 1)),
        ("cds_thermal", 0.5, (1, 1)), ("ids_nc", 0.2, (1, 1)),
        ("secd_sos", 0.3, (1, 2)), ("airportd_auto", 0.2, (1, 1)),
        ("powerd_summary", 0.2, (1, 1)), ("sh_purged", 0.2, (1, 1)),
        ("sh_nearby", 0.15, (1, 1)), ("cts_sched", 0.3, (1, 3)),
        ("ch_notify", 0.2, (1, 4)),
    ]
    SLEEP = [
        ("ws_willsleep", 0.7, (1, 1)), ("ws_willsleep_order", 0.3, (1, 1)),
        ("ws_desk_ss", 0.5, (1, 1)), ("ws_lock_ss", 0.5, (1, 1)),
        ("ws_nosleepimg", 0.3, (1, 1)), ("lw_lock", 0.2, (1, 1)),
        ("lw_su", 0.1, (1, 1)),
        ("sh_btle_off", 0.5, (1, 1)), ("sh_airdrop_stop", 0.3, (1, 1)),
        ("sh_scan_stop", 0.3, (1, 1)), ("sh_discover_off", 0.2, (1, 1)),
        ("cap_inactive", 0.5, (1, 1)),
        ("cfg_chg_down|cfg_chg_none", 0.5, (1, 1)),
        ("cfg_arp", 0.2, (1, 2)), ("cfg_subnet", 0.2, (1, 1)),
        ("mdns_dereg", 0.4, (1, 2)), ("mdns_send_nr", 0.3, (1, 3)),
        ("mdns_send_nd", 0.2, (1, 3)),
        ("airport_down_en0|airport_down_auth", 0.4, (1, 1)),
        ("wl_event_down", 0.2, (1, 1)), ("awdl_susp", 0.4, (1, 1)),
        ("awdl_a2s", 0.4, (1, 1)), ("airport_down_awdl", 0.5, (1, 1)),
        ("loc_inactive", 0.3, (1, 1)), ("hid_mt_term", 0.3, (1, 1)),
        ("act_stop", 0.3, (1, 1)), ("act_drv_stop", 0.3, (1, 1)),
        ("act_drv_term", 0.2, (1, 1)), ("bt_suspend", 0.3, (1, 1)),
        ("arpt_wow_en", 0.4, (1, 1)), ("arpt_mdns4", 0.5, (1, 1)),
        ("arpt_ka_ip", 0.3, (1, 1)), ("arpt_ka_seq", 0.3, (1, 1)),
        ("arpt_pwrsrc_sleep", 0.4, (1, 1)), ("arpt_pc_sleep", 0.3, (1, 1)),
        ("powerd_release", 0.1, (1, 1)),
        ("vm_flush_start", 0.3, (1, 1)), ("hib_pls", 0.3, (1, 2)),
        ("hib_flush", 0.3, (1, 1)), ("vm_discard", 0.2, (1, 1)),
        ("vm_pages", 0.2, (1, 1)), ("hib_pls_time", 0.2, (1, 1)),
        ("hib_pls_found", 0.1, (1, 1)),
        ("hib_setup", 0.2, (1, 1)), ("kern_open", 0.15, (1, 1)),
        ("kern_open_took", 0.1, (1, 1)),
        ("hib_path", 0.15, (1, 1)), ("hib_size", 0.15, (1, 1)),
        ("hib_opened", 0.1, (1, 1)), ("hib_poll", 0.1, (1, 1)),
        ("hib_poll2", 0.1, (1, 1)),
        ("hib_write", 0.15, (1, 1)),
        ("vm_flush_done", 0.2, (1, 1)), ("camin_sys", 0.9, (1, 1)),
        ("tb_ok2go", 0.3, (1, 1)), ("sleep_pmrd", 0.1, (1, 1)),
        ("rtc_maint", 0.2, (1, 1)),
    ]
    CAPTURE = [
        ("cc_notice|cc_notice|cc_notice_deauth", 1.0, (1, 1)),
        ("cc_event", 0.9, (1, 1)), ("cc_dtap_add", 0.3, (1, 2)),
        ("cc_handler", 0.3, (1, 2)), ("cc_streams", 0.8, (1, 5)),
        ("cc_refresh", 0.6, (1, 1)), ("cc_copy", 0.8, (1, 6)),
        ("cc_skip", 0.5, (1, 4)), ("cc_exit", 0.7, (1, 1)),
        ("cc_dtap_rm", 0.6, (1, 3)), ("cc_ltap_rm", 0.6, (1, 3)),
        ("cc_free", 0.7, (1, 1)),
    ]
    GOOGLE = [
        ("gs_settings", 0.7, (1, 1)), ("gs_check", 0.8, (1, 1)),
        ("gs_launched", 0.6, (1, 2)), ("gs_ksfetch", 0.5, (1, 1)),
        ("gs_ksfetch_done", 0.5, (1, 1)), ("gs_checking", 0.4, (1, 1)),
        ("gs_updall", 0.5, (1, 1)), ("gs_prompt", 0.3, (1, 1)),
        ("gs_selfupd", 0.5, (1, 1)), ("gs_done", 0.5, (1, 1)),
    ]

    def run_episode(steps, big_gap=False):
        out = []
        S.tick(big_gap)
        for alts, p, (lo, hi) in steps:
            if rng.random() >= p:
                continue
            tag = rng.choice(alts.split("|"))
            for _ in range(rng.randint(lo, hi)):
                out.append(R(tag))
            S.tick()
        return out

    bg_keys = [t.key for t in T.order if t.w > 0]
    bg_w = [T[k].w for k in bg_keys]

    stream = []
    while len(stream) < 2000:
        r = rng.random()
        if r < 0.075:
            stream.extend(run_episode(DARK, big_gap=True))
        elif r < 0.10:
            if rng.random() < 0.3:
                S.new_network()
            stream.extend(run_episode(FULL, big_gap=True))
        elif r < 0.125:
            stream.extend(run_episode(SLEEP))
        elif r < 0.14:
            stream.extend(run_episode(CAPTURE))
        elif r < 0.15:
            stream.extend(run_episode(GOOGLE))
        else:
            k = weighted_choice(rng, bg_keys, bg_w)
            for _ in range(geometric(rng, T[k].burst)):
                stream.append(R(k))
                S.tick()

    def render_one(key):
        S.tick()
        return T[key].render(vg)

    stream = finish_stream(rng, stream, T, render_one)
    return T, stream
