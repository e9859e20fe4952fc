"""Slot value generators for the Mac imitation."""

import string

HEX = "0123456789abcdef"


def zipf_pick(rng, items, s=1.1):
    w = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=w)[0]


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


SANDBOX_PROCS = ["com.apple.Addres", "QQ", "WeChat", "com.apple.WebKit",
                 "Google Chrome He", "storeaccountd", "Microsoft Word",
                 "com.apple.Safari", "mdworker", "SpotlightNetHelp",
                 "com.apple.iCloud", "Dropbox", "Mail", "suggestd",
                 "CalendarAgent", "com.apple.photom", "Microsoft Excel"]
APPS = ["Microsoft Word", "QQ", "Dropbox", "Google Chrome", "WeChat",
        "Safari", "Microsoft Excel", "Preview", "Mail", "Finder",
        "Microsoft PowerPoint", "iTerm2", "Sublime Text", "TeXShop"]
PROCS = ["QQ", "WeChat", "Google Chrome Helper", "Microsoft Word", "mdworker",
         "com.apple.WebKit.WebContent", "Dropbox", "Mail", "Safari",
         "SpotlightNetHelper", "Microsoft Excel", "photoanalysisd",
         "CalendarAgent", "cloudd", "nsurlsessiond", "Google Chrome",
         "softwareupdated", "backupd"]
DPROCS = ["apsd", "com.apple.WebKit.Networking", "cloudd", "nsurlsessiond",
          "CalendarAgent", "identityservicesd", "accountsd", "akd",
          "syncdefaultsd", "com.apple.geod", "locationd", "assistantd",
          "storeaccountd", "parsecd", "mDNSResponder", "trustd"]
BUNDLES = ["com.apple.quicklook", "com.apple.mdworker.bundles",
           "com.apple.bsd.dirhelper", "com.apple.imfoundation.IMRemoteURLConnectionAgent",
           "com.apple.CoreRAIDAgent", "com.apple.WebKit.Networking",
           "com.apple.iCloudHelper", "com.apple.ctkd", "com.apple.xpc.loginitemregisterd",
           "com.apple.PerfPowerServicesExtended", "com.apple.ReportCrash",
           "com.apple.photoanalysisd", "com.apple.nsurlsessiond",
           "com.apple.SafariCloudHistoryPushAgent", "com.apple.cloudphotosd",
           "com.apple.mdworker.shared", "com.apple.AddressBook.SourceSync",
           "com.apple.suggestd", "com.apple.sharingd", "com.apple.coreservices.appleid.authentication"]
MACH_SVCS = ["com.apple.networking.captivenetworksupport", "com.apple.cfnetwork.AuthBrokerAgent",
             "com.apple.coreservices.launchservicesd", "com.apple.ctkd.token-client",
             "com.apple.SecurityServer", "com.apple.nsurlstorage-cache",
             "com.apple.windowserver.active", "com.apple.tccd"]
NET_PATHS = ["/private/var/run/mDNSResponder", "/private/var/run/mDNSResponder",
             "/private/var/run/syslog", "/private/var/run/asl_input"]
FILE_PATHS = ["/private/etc/hosts", "/Users/xpc/Library/Preferences/com.apple.security.plist",
              "/Library/Preferences/com.apple.security.plist",
              "/Users/xpc/Library/Containers/com.tencent.qq/Data/Library/Caches",
              "/Users/xpc/Library/Application Support/Dropbox/info.json",
              "/Applications/Microsoft Word.app/Contents/Resources/en.lproj",
              "/private/var/folders/r7/w58q0hd94ql5fhr4_dn3zfyw0000gn/T/TemporaryItems",
              "/Users/xpc/Library/Group Containers/UBF8T346G9.Office/MicrosoftRegistrationDB.reg",
              "/System/Library/Frameworks/Security.framework/Versions/A/Security",
              "/Volumes/Untitled/.Spotlight-V100", "/dev/autofs_nowait",
              "/private/var/db/mds/system/mds.lock"]
KEXTS = ["com.apple.driver.AppleAVE", "com.apple.iokit.IOBluetoothSerialManager",
         "com.apple.driver.AppleHDA", "com.apple.filesystems.msdosfs",
         "com.apple.driver.usb.AppleUSBHostPacketFilter", "com.apple.kext.AMDRadeonX4000"]
SSIDS = ["CalVisitor", "CalVisitor", "CalVisitor", "eduroam", "AirBears2", "XFINITY"]
HOSTS = ["calvisitor-10-105-160-95.calvisitor.1918.berkeley.edu",
         "calvisitor-10-105-163-202.calvisitor.1918.berkeley.edu",
         "authorMacBook-Pro.local", "airbears2-10-142-110-255.airbears2.1918.berkeley.edu"]
CCNAMES = ["IO80211AWDLPeerManager", "AirPort_Brcm4360_P2PInterface",
           "AirPort_Brcm4360_0", "IO80211Interface"]
URLERRS = ["The request timed out.", "The Internet connection appears to be offline.",
           "A server with the specified hostname could not be found.",
           "The network connection was lost."]
USB_IDS = ["000000000820", "0000000008A0", "20150101000000"]
OBJC_CLASSES = ["CDDispatchChannel", "NSClassB", "SULogger", "OfficeTelemetryLogger",
                "MSOCustomer", "SPLoaderController"]
DYLIBS = ["/Applications/Google Chrome.app/Contents/Versions/59.0.3071.115/Google Chrome Framework.framework/Versions/A/Google Chrome Framework",
          "/Applications/Microsoft Word.app/Contents/Frameworks/MicrosoftOffice.framework/Versions/A/MicrosoftOffice",
          "/System/Library/PrivateFrameworks/CoreDuet.framework/Versions/A/CoreDuet",
          "/Applications/QQ.app/Contents/Frameworks/QQMainFramework.framework/Versions/A/QQMainFramework",
          "/usr/lib/libsqlite3.dylib"]
CHAN = ["132,+1", "149,+1", "6", "11", "36", "157,-1", "1", "44,+1"]
CHANLISTS = [
    "1 2 3 4 5 6 7 8 9 10 11 12 13 36 40 44 48 52 56 60 64 100 104 108 112 116 120 124 128 132 136 140 144 149 153 157 161 165",
    "1 2 3 4 5 6 7 8 9 10 11 36 40 44 48 52 56 60 64 100 104 108 112 116 120 124 128 132 136 140 144 149 153 157 161 165",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 36 40 44 48 52 56 60 64",
]
CCODES = ["X3", "US", "US", "CN"]
REASONS = ["AuthFail:sts:5_rsn:0", "AssocFail:sts:2_rsn:0", "Disconnect:sts:0_rsn:8",
           "CC_Trigger:DPS_Issue"]
BUILDS = ["16F73", "15G1510", "16G29", "16A323"]
DAYS = ["2017-07-01", "2017-07-02", "2017-07-03", "2017-07-04", "2017-07-05",
        "2017-07-06", "2017-07-07", "2017-07-08"]
GAPPS = ["com.google.Chrome", "com.google.Keystone", "com.google.GoogleDrive"]
ACCTS = ["calvisitor@icloud.com", "Google", "iCloud", "Exchange"]
VOLS = ["Untitled", "NO NAME", "Macintosh HD", "Recovery HD"]
FONTS = ["Helvetica Neue Interface", "SFNSText", "Lucida Grande UI"]
POWER_REASONS = ["com.apple.WebKit.WebContent", "Playing audio", "PreventUserIdleSystemSleep",
                 "com.apple.audio.AppleHDAEngineOutput"]
ERRSTR = ["Operation not permitted", "No such process", "Resource busy"]


def t_hms(rng):
    return "%02d:%02d:%02d.%03d" % (rng.randint(0, 23), rng.randint(0, 59),
                                    rng.randint(0, 59), rng.randint(0, 999))


def t_dt3(rng):
    return "%s %s" % (rng.choice(DAYS), t_hms(rng))


def t_dtus(rng):
    return "%s %02d:%02d:%02d.%06d -0700" % (rng.choice(DAYS), rng.randint(0, 23),
                                            rng.randint(0, 59), rng.randint(0, 59),
                                            rng.randint(0, 999999))


def t_dtz0(rng):
    return "%s %02d:%02d:%02d +0000" % (rng.choice(DAYS), rng.randint(0, 23),
                                        rng.randint(0, 59), rng.randint(0, 59))


def t_ymdhms(rng):
    return "2017/7/%d %d:%02d:%02d" % (rng.randint(1, 8), rng.randint(0, 23),
                                      rng.randint(0, 59), rng.randint(0, 59))


def uuid(rng):
    return "-".join(hexs(rng, n) for n in (8, 4, 4, 4, 12)).upper()


def mac(rng):
    return zipf_pick(rng, ["5c:50:15:4c:18:13", "5c:50:15:36:bc:03", "5c:50:15:4c:18:1c",
                           "00:a2:ee:1a:71:8c", "5c:50:15:36:bc:0c", "b8:e8:56:2b:31:de",
                           "44:d3:ca:0e:5c:61"])


def ip_local(rng):
    return zipf_pick(rng, ["10.105.160.95", "10.105.163.202", "10.142.110.255",
                           "10.105.162.105", "192.168.1.115", "10.142.108.4"])


def ip_pub(rng):
    return zipf_pick(rng, ["17.249.60.78", "17.252.156.47", "183.57.48.75",
                           "163.177.72.143", "74.125.28.188", "17.134.127.97",
                           "203.205.147.173", "52.84.201.84"]) if rng.random() < 0.7 else \
        "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255),
                         rng.randint(0, 255), rng.randint(1, 254))


def ip6(rng):
    return "fe80::%s:%s:%s:%s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))


def ip6u(rng):
    return "FE80:0000:0000:0000:%s:%s:%s:%s" % tuple(hexs(rng, 4).upper() for _ in range(4))


GENS = {
    "arpt": lambda r: "%d.%06d" % (r.randint(620000, 1003000), r.randint(0, 999999)),
    "n": lambda r: str(r.choice([0, 0, 1, 2, 3, 4, 5, 8, 11, 12, 16, 25, 54, 99])),
    "n1": lambda r: str(r.randint(0, 9)),
    "b01": lambda r: r.choice(["0", "1"]),
    "n2": lambda r: str(r.randint(10, 99)),
    "n3": lambda r: str(r.randint(100, 999)),
    "n4": lambda r: str(r.randint(1000, 9999)),
    "n5": lambda r: str(r.randint(10000, 99999)),
    "n6": lambda r: str(r.randint(100000, 999999)),
    "n7": lambda r: str(r.randint(1000000, 9999999)),
    "n9": lambda r: str(r.randint(100000000, 999999999)),
    "n10": lambda r: str(r.randint(1000000000, 4294967295)),
    "n15": lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)),
    "nneg": lambda r: str(-r.choice([1, 50, 1001, 1009, 6768, 25300, 16020, 6722])),
    "ms": lambda r: str(int(r.expovariate(1 / 300.0)) + 1),
    "us": lambda r: str(r.randint(1, 30)),
    "pid": lambda r: str(r.randint(90, 99999)),
    "port": lambda r: str(r.randint(49152, 65535)),
    "rport": lambda r: r.choice(["443", "5223", "80", "993"]),
    "seq": lambda r: str(r.randint(10 ** 8, 4294967295)),
    "win": lambda r: r.choice(["4096", "4096", "8192", "2048", "65535"]),
    "rssi": lambda r: str(-r.randint(40, 90)),
    "x": lambda r: "0x%x" % r.randint(0, 0xffff),
    "x0": lambda r: r.choice(["0", "0", "0xffffff80244fa000", "0xffffff8025e8c000"]),
    "x1": lambda r: "0x%x" % r.choice([5, 1, 7]),
    "x4": lambda r: "0x%04x" % r.randint(0, 0xffff),
    "x4z": lambda r: "0x0000",
    "x5": lambda r: "0x%x" % r.randint(0x10000, 0xfffff),
    "x8": lambda r: "0x%08x" % r.randint(0, 0xffffffff),
    "x16": lambda r: "%016X" % r.randint(1, 12),
    "xk": lambda r: "0xffffff80%s" % hexs(r, 8),
    "xu": lambda r: "0x7f%s" % hexs(r, 10),
    "xw": lambda r: "0x%x" % r.randint(0x100, 0x5ff),
    "tbtx": lambda r: r.choice(["x", "xx", "x.x", "xxx"]),
    "ip": ip_local,
    "pubip": ip_pub,
    "ip6": ip6,
    "ip6u": ip6u,
    "ipmc": lambda r: r.choice(["FF02:0000:0000:0000:0000:0000:0000:00FB", "224.0.0.251"]),
    "mac": mac,
    "chan": lambda r: zipf_pick(r, CHAN),
    "chanlist": lambda r: zipf_pick(r, CHANLISTS),
    "cc": lambda r: zipf_pick(r, CCODES),
    "iface": lambda r: zipf_pick(r, ["awdl0", "en0", "utun0", "en1"]),
    "ssid": lambda r: zipf_pick(r, SSIDS),
    "host": lambda r: zipf_pick(r, HOSTS),
    "sproc": lambda r: zipf_pick(r, SANDBOX_PROCS, 0.9),
    "procname": lambda r: zipf_pick(r, PROCS, 0.8),
    "dproc": lambda r: zipf_pick(r, DPROCS, 0.9),
    "app": lambda r: zipf_pick(r, APPS, 0.9),
    "label": lambda r: zipf_pick(r, BUNDLES, 0.9),
    "s_label": lambda r: zipf_pick(r, BUNDLES, 0.9),
    "wclabel": lambda r: "com.apple.xpc.launchd.domain.pid.%s.%d" % (
        r.choice(["WebContent", "mdmclient", "ShareKitHelper", "QuickLookSatellite"]),
        r.randint(1000, 99999)),
    "machsvc": lambda r: zipf_pick(r, MACH_SVCS),
    "netpath": lambda r: zipf_pick(r, NET_PATHS),
    "path": lambda r: zipf_pick(r, FILE_PATHS, 0.7),
    "bundle": lambda r: zipf_pick(r, BUNDLES),
    "kext": lambda r: zipf_pick(r, KEXTS),
    "uuid": uuid,
    "hms": t_hms,
    "dt3": t_dt3,
    "dtus": t_dtus,
    "dtz0": t_dtz0,
    "ymdhms": t_ymdhms,
    "build": lambda r: zipf_pick(r, BUILDS),
    "usbid": lambda r: zipf_pick(r, USB_IDS),
    "reason": lambda r: zipf_pick(r, REASONS),
    "ccname": lambda r: zipf_pick(r, CCNAMES),
    "f6": lambda r: "%d.%06d" % (r.randint(1498880000, 1499540000), r.randint(0, 999999)),
    "f2": lambda r: "%.2f" % r.uniform(1, 30),
    "gpid": lambda r: "%d/0x7000%s" % (r.randint(1000, 99999), hexs(r, 8)),
    "ver": lambda r: r.choice(["59.0.3071.115", "59.0.3071.109", "1.3.33.7"]),
    "gapp": lambda r: zipf_pick(r, GAPPS),
    "s_gapp": lambda r: zipf_pick(r, GAPPS),
    "hex64": lambda r: hexs(r, 64),
    "rand10": lambda r: "".join(r.choice(string.ascii_letters + string.digits) for _ in range(10)),
    "user": lambda r: "xpc",
    "urlerr": lambda r: zipf_pick(r, URLERRS),
    "objcclass": lambda r: zipf_pick(r, OBJC_CLASSES),
    "dylib": lambda r: zipf_pick(r, DYLIBS),
    "acct": lambda r: zipf_pick(r, ACCTS),
    "vol": lambda r: zipf_pick(r, VOLS),
    "disk": lambda r: "disk%ds%d" % (r.randint(1, 4), r.randint(1, 3)),
    "font": lambda r: zipf_pick(r, FONTS),
    "preason": lambda r: zipf_pick(r, POWER_REASONS),
    "errstr": lambda r: zipf_pick(r, ERRSTR),
    "sig": lambda r: r.choice(["SIGKILL", "SIGTERM", "SIGABRT"]),
    "acpi": lambda r: r.choice(["MacBookPro11,5", "Mac-06F11F11946D27C5"]),
    "key": lambda r: r.choice(["WaitForDebugger", "ExitTimeOut", "POSIXSpawnType", "LowPriorityIO"]),
    "shm": lambda r: r.choice(["apple.shm.notification_center", "apple.cfprefs.501v1"]),
    "chts": lambda r: "07%02d/%02d%02d%02d.%06d" % (r.randint(1, 8), r.randint(0, 23),
                                                  r.randint(0, 59), r.randint(0, 59),
                                                  r.randint(0, 999999)),
    "listid": lambda r: r.choice(["com.apple.LSSharedFileList.RecentApplications",
                                  "com.apple.LSSharedFileList.RecentDocuments",
                                  "com.apple.LSSharedFileList.ApplicationRecentDocuments/com.microsoft.word"]),
    "idsreason": lambda r: r.choice(["Screen lock", "Do Not Disturb changed", "Display sleep"]),
    "crashpath": lambda r: "/Users/xpc/Library/Logs/DiagnosticReports/%s_%s_authorMacBook-Pro.crash" % (
        r.choice(["Microsoft Word", "QQ", "Google Chrome Helper"]),
        r.choice(["2017-07-03-093412", "2017-07-05-161201"])),
    "asl": lambda r: r.choice(["com.apple.cdscheduler", "com.apple.install", "com.apple.authd",
                               "com.apple.eventmonitor", "com.apple.mail"]),
    "frac": lambda r: "%.6f" % r.uniform(0, 1),
}
