"""System 1: a macOS-like desktop unified log (`log show`, many daemons).

Content = what follows "process[pid]:" or "process:" in the unified log
output, so daemon lines keep the "(library) [subsystem:category]" prefix
that `log show` prints. Header (timestamp, thread id, type, activity, pid,
TTL, process name) is cut off.
"""

import random

from common import Pool, g_mac, g_pid, g_UUID, g_uuid, hexs, zpick

NAME = "MacUnified"
SEED = 20240611

_r = random.Random(SEED + 1)  # for building the value pools only

USER = Pool(["nora", "nora", "kwame", "guest"], 2.5)
BUNDLE = Pool(["com.apple.Safari", "com.google.Chrome", "com.tinyspeck.slackmacgap",
               "com.microsoft.VSCode", "us.zoom.xos", "com.apple.mail",
               "com.spotify.client", "com.apple.finder", "com.apple.Music",
               "com.microsoft.teams2", "com.apple.dt.Xcode", "org.mozilla.firefox",
               "com.googlecode.iterm2", "com.1password.1password",
               "com.apple.Preview", "com.apple.systempreferences",
               "com.apple.Notes", "md.obsidian", "com.docker.docker"], 1.0)
APP = Pool(["Safari", "Google Chrome", "Slack", "Code", "zoom.us", "Mail", "Spotify",
            "Finder", "Music", "Microsoft Teams", "Xcode", "Firefox", "iTerm2",
            "1Password 7", "Preview", "System Settings", "Notes", "Obsidian"], 1.0)
PROC = Pool(["mds_stores", "mdworker_shared", "cloudd", "bird", "nsurlsessiond",
             "trustd", "Safari", "WindowServer", "Google Chrome Helper", "Slack Helper",
             "Dock", "Finder", "photoanalysisd", "suggestd", "sharingd", "rapportd",
             "softwareupdated", "SystemUIServer", "Spotlight", "coreaudiod",
             "com.apple.WebKit.Networking", "ControlCenter", "locationd",
             "zoom.us", "node", "Python", "Code Helper (Renderer)", "backupd"], 1.0)
SBPROC = Pool(["mdworker_shared", "Google Chrome He", "com.apple.WebKit", "Slack Helper (Re",
               "photoanalysisd", "mds_stores", "Code Helper (Ren", "zoom.us", "Python",
               "node", "Spotify Helper", "Dropbox", "suggestd", "QuickLookUIService",
               "Microsoft Teams"], 1.1)
SBOP = Pool(["file-read-data", "mach-lookup", "file-read-metadata", "file-write-create",
             "network-outbound", "iokit-open", "sysctl-read", "file-read-xattr",
             "user-preference-read", "process-info-pidinfo", "file-write-data",
             "ipc-posix-shm-read-data"], 1.0)
SVC = Pool(["com.apple.coreservices.launchservicesd", "com.apple.lsd.mapdb",
            "com.apple.windowserver.active", "com.apple.distributed_notifications@Uv3",
            "com.apple.tccd", "com.apple.SystemConfiguration.configd",
            "com.apple.CoreDisplay.master", "com.apple.pasteboard.1",
            "com.apple.audio.coreaudiod", "com.apple.securityd.xpc"], 1.0)
SSID = Pool(["Home Network", "ACME-Corp", "eduroam", "Blue Bottle Guest", "xfinitywifi",
             "NETGEAR47-5G", "iPhone de Marta", "The Promised LAN", "Airport Free WiFi",
             "FRITZ!Box 7590 QT", "Hotel Lobby", "DIRECT-roku-882"], 1.2)
BTNAME = Pool(["Nora's AirPods Pro", "Magic Keyboard", "MX Master 3", "Living Room",
               "JBL Flip 5", "Magic Trackpad", "WH-1000XM4", "Kitchen speaker",
               "Apple Watch", "Pixel Buds"], 1.0)
BTSTATE = Pool(["connected", "disconnected", "connecting", "disconnecting"], 0.8)
IFACE = Pool(["en0", "en0", "awdl0", "llw0", "en1", "utun3", "bridge0", "en7"], 1.5)
CHAN = Pool(["36", "149", "6", "1", "11", "44", "157", "40", "161", "48", "153", "100"], 0.8)
BAND = Pool(["5GHz", "2.4GHz", "6GHz"], 1.5)
SEC = Pool(["WPA2 Personal", "WPA3 Personal", "Open", "WPA2 Enterprise", "WPA/WPA2 Personal"], 1.2)
ROLE = Pool(["UserInteractiveFocal", "UserInteractiveNonFocal", "Background",
             "NonUserInteractive", "UserInteractive"], 0.8)
ASSDESC = Pool(["AppDrawing", "FinishTaskUponBackgroundLaunch", "Shared Background Assertion 2 for com.apple.Music",
                "com.apple.frontboard.after-life.interrupted", "RB Underlying Assertion",
                "WebProcess Background Assertion", "ViewServiceAssertion",
                "com.apple.nsurlsessiond.handlesession", "Foreground"], 0.9)
WAKE = Pool(["EC.LidOpen (User)", "RTC (Alarm)", "XHC1", "EC.PowerButton (User)",
             "NUB.SPMI0Sw3IRQ nub-spmi0.0x02 rtc", "smc.70070000 wifibt", "ARPT",
             "EC.ACAttach (Maintenance)"], 1.0)
DOMAIN = Pool(["gateway.icloud.com", "p48-caldav.icloud.com", "api.github.com",
               "slack.com", "edge.microsoft.com", "www.google.com", "mesu.apple.com",
               "updates.cdn-apple.com", "sentry.io", "api.spotify.com",
               "zoom.us", "ocsp.digicert.com", "login.microsoftonline.com"], 1.0)
VOLUME = Pool(["Macintosh HD - Data", "Macintosh HD", "Preboot", "Recovery", "VM",
               "Backups of Nora's MacBook Pro", "Untitled", "NO NAME", "SanDisk Extreme"], 1.0)
DISKP = Pool(["disk3s5", "disk3s1", "disk3s2", "disk1s2", "disk4s1", "disk5s1", "disk3s6"], 1.0)
PRINTER = Pool(["Brother HL-L2350DW", "HP LaserJet Pro M404", "Canon TS5300 series",
                "Office Printer"], 1.0)
KEXT = Pool(["com.apple.driver.AppleHIDKeyboard", "com.apple.iokit.IOUSBHostFamily",
             "com.apple.driver.usb.AppleUSBXHCI", "com.apple.filesystems.apfs",
             "com.apple.driver.AppleBCMWLANCore", "com.apple.nke.l2tp"], 1.0)
TOPIC = Pool(["com.apple.icloud-container.com.apple.photos.cloud",
              "com.apple.private.alloy.continuity.tethering", "com.me.cal",
              "com.apple.mobileme.fmf1", "com.apple.private.ids",
              "com.tinyspeck.slackmacgap"], 1.0)
AUDIODEV = Pool(["MacBook Pro Speakers", "MacBook Pro Microphone", "Nora's AirPods Pro",
                 "External Headphones", "ZoomAudioDevice", "LG UltraFine Display Audio",
                 "Microsoft Teams Audio"], 1.0)
XPCERR = Pool(["Connection invalid", "Connection interrupted"], 1.0)
TCCSVC = Pool(["kTCCServiceScreenCapture", "kTCCServiceMicrophone", "kTCCServiceCamera",
               "kTCCServiceAccessibility", "kTCCServiceSystemPolicyDocumentsFolder",
               "kTCCServiceListenEvent", "kTCCServiceAppleEvents"], 1.0)
TCCAUTH = Pool(["allowed", "denied", "unknown", "limited"], 1.0)
NWSTATE = Pool(["ready", "preparing", "cancelled", "failed", "waiting"], 0.7)
LOC_CLIENT = Pool(["com.apple.weather", "com.apple.locationd.bundle-/System/Library/LocationBundles/TimeZone.bundle",
                   "com.apple.Maps", "us.zoom.xos", "com.google.Chrome", "com.apple.findmy"], 1.0)
KBLAYOUT = Pool(["U.S.", "German", "British", "ABC - Extended", "French - Numerical"], 1.5)
SPACE = Pool(["Desktop", "Fullscreen", "Dashboard", "Stage Manager"], 1.2)
TMDEST = Pool(["Backups of Nora's MacBook Pro", "TimeCapsule", "LaCie Rugged"], 1.5)


def g_arpt(rng, arg=None):
    return "%d.%06d" % (rng.randint(120000, 990000), rng.randint(0, 999999))


def g_rssi(rng, arg=None):
    return str(rng.randint(-88, -38))


def g_noise(rng, arg=None):
    return str(rng.randint(-101, -88))


def g_path(rng, arg=None):
    u = USER(rng)
    c = rng.randrange(9)
    if c == 0:
        return "/Users/%s/Library/Application Support/%s/%s.db" % (u, APP(rng), zpick(rng, ["store", "cache", "index", "Cookies"]))
    if c == 1:
        return "/private/var/folders/%s/%s/T/%s" % (hexs(rng, 2), "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(24)), zpick(rng, ["TemporaryItems", ".com.google.Chrome.3fkLx", "com.apple.mdworker"]))
    if c == 2:
        return "/Users/%s/Documents/%s" % (u, zpick(rng, ["Budget 2024.numbers", "notes.md", "Resume - final.pdf", "Screenshot 2024-05-02 at 10.14.55.png", "project"]))
    if c == 3:
        return "/Library/Preferences/com.apple.%s.plist" % zpick(rng, ["loginwindow", "TimeMachine", "networkextension", "security"])
    if c == 4:
        return "/System/Library/%s" % zpick(rng, ["PrivateFrameworks/SkyLight.framework/Versions/A/SkyLight", "CoreServices/SystemVersion.plist", "Fonts/Supplemental/Arial Unicode.ttf"])
    if c == 5:
        return "/Users/%s/Desktop" % u
    if c == 6:
        return "/dev/%s" % zpick(rng, ["rdisk3s1", "dtracehelper", "ttys001"])
    if c == 7:
        return "/Volumes/%s/%s" % (VOLUME(rng), zpick(rng, ["DCIM", ".Spotlight-V100", "Backups.backupdb"]))
    return "/Users/%s/Library/Containers/%s/Data/Library/Caches" % (u, BUNDLE(rng))


def g_sbtarget(rng, arg, vals):
    op = vals.get("sbop", "")
    if op == "mach-lookup":
        return SVC(rng)
    if op.startswith("network"):
        return "%s:%d" % (zpick(rng, ["*", "localhost", DOMAIN(rng)]), rng.choice([443, 80, 53, 5353, 8080]))
    if op.startswith(("iokit", "sysctl", "process", "user-pref", "ipc")):
        return zpick(rng, ["IOSurfaceRootUserClient", "kern.bootargs", "hw.model", "com.apple.security",
                           "AppleJPEGDriverUserClient", "apple.shm.notification_center"])
    return g_path(rng)


g_sbtarget.wants_vals = True


def g_rbid(rng, arg=None):
    """RunningBoard process identity description (a single identifier)."""
    c = rng.randrange(5)
    pid = g_pid(rng)
    if c <= 1:
        return "app<application.%s.%d.%d>:%s" % (BUNDLE(rng), rng.randint(1, 400000), rng.randint(1, 999), pid)
    if c == 2:
        return "xpcservice<com.apple.WebKit.WebContent([app<application.com.apple.Safari.%d.%d>:%s])(501)>{vt hash: %d}:%s" % (
            rng.randint(1, 400000), rng.randint(1, 99), g_pid(rng), rng.randint(10 ** 8, 10 ** 9), pid)
    if c == 3:
        return "osservice<com.apple.%s>:%s" % (zpick(rng, ["WindowServer(88)", "coreaudiod", "mediaserverd", "bluetoothd", "backboardd"]), pid)
    return "daemon<com.apple.%s(501)>:%s" % (zpick(rng, ["photoanalysisd", "cloudd", "nsurlsessiond", "suggestd", "mediaanalysisd"]), pid)


def g_assid(rng, arg=None):
    return "%d-%d-%d" % (rng.randint(300, 420), rng.randint(80, 9999), rng.randint(1000, 999999))


def g_bytes(rng, arg=None):
    return str(int(10 ** rng.uniform(1, 8)))


def g_version(rng, arg=None):
    return zpick(rng, ["14.5", "14.4.1", "14.6", "605.1.15", "17618.2.12.11.6", "1.0.2"])


def g_wid(rng, arg=None):
    return str(rng.randint(40, 12000))


def g_err(rng, arg=None):
    return zpick(rng, ["-1001", "-1005", "-1009", "-1200", "-999", "-1004", "-1017"])


def g_conn(rng, arg=None):
    return "C%d" % rng.randint(1, 2400)


def g_task(rng, arg=None):
    return "<%s>.<%d>" % (g_UUID(rng), rng.randint(1, 12))


def g_endpoint(rng, arg=None):
    if rng.random() < 0.6:
        return "%s:443" % DOMAIN(rng)
    return "%d.%d.%d.%d:%d" % (rng.randint(17, 200), rng.randint(0, 255), rng.randint(0, 255),
                               rng.randint(1, 254), rng.choice([443, 443, 80, 5223, 993]))


GENS = {
    "arpt": g_arpt, "rssi": g_rssi, "noise": g_noise, "path": g_path,
    "sbtarget": g_sbtarget, "rbid": g_rbid, "assid": g_assid, "bytes": g_bytes,
    "version": g_version, "wid": g_wid, "err": g_err, "conn": g_conn, "task": g_task,
    "endpoint": g_endpoint,
    "user": USER, "bundle": BUNDLE, "app": APP, "proc": PROC, "sbproc": SBPROC,
    "sbop": SBOP, "svc": SVC, "ssid": SSID, "btname": BTNAME, "btstate": BTSTATE,
    "iface": IFACE, "chan": CHAN, "band": BAND, "sec": SEC, "role": ROLE,
    "assdesc": ASSDESC, "wake": WAKE, "domain": DOMAIN, "volume": VOLUME,
    "diskp": DISKP, "printer": PRINTER, "kext": KEXT, "topic": TOPIC,
    "audiodev": AUDIODEV, "xpcerr": XPCERR, "tccsvc": TCCSVC, "tccauth": TCCAUTH,
    "nwstate": NWSTATE, "locclient": LOC_CLIENT, "kblayout": KBLAYOUT,
    "space": SPACE, "tmdest": TMDEST,
}

# (weight, pattern). weight >= 8 is scaled to fill 2,000 lines, < 8 is exact.
SPECS = [
    # ---------------- kernel ----------------
    (95, "Sandbox: {sbproc}({pid}) deny({int:1-4}) {sbop} {sbtarget}"),
    (9, "Sandbox: {sbproc}({pid}) System Policy: deny({int:1-2}) {sbop} {sbtarget}"),
    (2, "Sandbox: {int:3-40} duplicate reports for {sbproc} deny {sbop}"),
    (70, "ARPT: {arpt}: wl0: BCN loss detected, rssi {rssi} noise {noise} chan {chan}"),
    (40, "ARPT: {arpt}: wl0: leaving PM mode, reason {=tx|rx|scan|roam|bcmc}"),
    (28, "ARPT: {arpt}: wl0: entering PM mode, listen interval {int:1-10}"),
    (12, "ARPT: {arpt}: wl0: roam scan complete: {int:0-9} candidates, best {mac} ({rssi} dBm)"),
    (6, "ARPT: {arpt}: AirPort_BrcmNIC::powerChange: state {int:0-2} -> {int:0-2#2}"),
    (3, "ARPT: {arpt}: wl0: txfail burst: {int:10-300} frames to {mac}, ac {=BE|VI|VO|BK}"),
    (2, "ARPT: {arpt}: wl0: country code changed from {=US|DE|XZ|GB} to {=XZ|US|DE|GB#2}"),
    (1, "ARPT: {arpt}: wl0: firmware trap: pc {hex0x:8} lr {hex0x:8#2}"),
    (22, "{iface}: BSSID changed to {mac}"),
    (8, "{iface}: link up, {int:6-1200} Mbps, {=full|half}-duplex"),
    (4, "{iface}: link down"),
    (4, "{iface}: promiscuous mode {=enable|disable} succeeded"),
    (3, "IOPMrootDomain: Wake reason: {wake}"),
    (5, "IOPMrootDomain: System {=Sleep|Wake|DarkWake} complete in {int:80-6000} ms"),
    (2, "IOPMrootDomain: idle sleep timer set to {int:1-180} min"),
    (1, "IOPMrootDomain: Previous shutdown cause: {int:-128-5}"),
    (2, "PMRD: PowerChangeDone: ON_STATE->SLEEP_STATE"),
    (2, "PMRD: PowerChangeDone: SLEEP_STATE->ON_STATE"),
    (8, "memorystatus: idle exit of pid {pid} [{proc}] after {int:5-600} s, {lint:200-900000} KB freed"),
    (3, "memorystatus: killing pid {pid} [{proc}] (per-process-limit {int:100-6000}) {lint:1000-9000000} KB"),
    (1, "memorystatus: available pages {int:10000-900000} below critical, {int:1-30} processes frozen"),
    (5, "AMFI: code signature validation failed for '{path}' (error {=-67062|-67054|-67030})"),
    (1, "AMFI: allowing {sbproc} to run with get-task-allow"),
    (3, "AppleKeyStore: session {int:1-9} unlock by {proc}[{pid}] ret {hex0x:8}"),
    (2, "apfs_vfsop_mount:{int:1800-2200}: {diskp} mounted volume: {volume}"),
    (2, "apfs_vfsop_unmount:{int:3100-3300}: {diskp} unmounting volume {volume}"),
    (1, "apfs_scan_callback:{int:400-600}: {diskp} spaceman free blocks {lint:1000-90000000}"),
    (4, "hfs: mounted {volume} on device {diskp}"),
    (1, "msdosfs_mount: volume {volume} is dirty, mounting read-only"),
    (6, "USBMSC Identifier (non-unique): {HEX:12} {hex0x:4} {hex0x:4#2} {hex0x:3}, {int:1-3}"),
    (4, "AppleUSBHostPort@{hex:8}: connected {=USB 3.1 Bus|USB Keyboard|Hub|SanDisk Extreme|USB-C Digital AV Multiport Adapter} at speed {=SuperSpeed|HighSpeed|FullSpeed}"),
    (3, "AppleUSBHostPort@{hex:8}: disconnect: enumeration failed after {int:1-5} retries"),
    (2, "AppleThunderboltHAL: link {int:0-3} state changed to {=active|inactive|training}"),
    (1, "AppleThunderboltDPInAdapter: DP tunnel to display {int:1-4} established, {int:2-4} lanes"),
    (2, "kext load of {kext} took {int:1-900} ms"),
    (1, "kext {kext} is in exclude list, not loading"),
    (3, "IOHIDFamily: keyboard {hex0x:4} layout {kblayout} attached"),
    (2, "IOHIDEventSystemClient {ptr}: service {int:4294967300-4294999999} terminated"),
    (4, "nstat: socket {ptr} flow {int:1-99999} closed, {bytes} bytes in, {bytes#2} bytes out"),
    (3, "tcp_connection_summary: [{pid} {proc}] {endpoint} rtt {int:1-400} ms, retransmits {int:0-30}"),
    (1, "necp_client_add: client {UUID} rejected by policy {int:1-500}"),
    (2, "IOGraphics: display {int:1-3} reconfigured to {=1920x1080|2560x1600|3024x1964|3840x2160|1512x982} @ {=60|120|59.94|30}Hz"),
    (1, "AGX: GPU hang recovered, channel {int:0-3} {=TA|3D|CL}, restart count {int:1-9}"),
    (1, "AppleSMC: battery temperature {float:20-45:1} C, cycle count {int:1-1200}"),
    (2, "ACPI: battery at {int:1-100}%, {=charging|discharging|full}"),
    (1, "SecureToken: user {user} granted by {user#2}"),

    # ---------------- WindowServer ----------------
    (36, "[com.apple.SkyLight:default] CGXSetWindowListTags: Invalid window {wid}"),
    (24, "[com.apple.SkyLight:default] {bundle} ({pid}) connection {int:1000-999999} is now {=active|inactive|hidden|visible}"),
    (10, "[com.apple.SkyLight:Display] Display {int:1-5} did change configuration: {=1920x1080|2560x1600|3024x1964|3840x2160} @ {=60|120} Hz, scale {=1.0|2.0}"),
    (6, "[com.apple.SkyLight:default] Hot key operating mode is now {=all|none|universal access only}"),
    (5, "[com.apple.SkyLight:default] _CGXRegisterForKey: Connection {int:1000-999999} is not owner of key {=kCGSessionSecureInputPID|kCGXMainWindowKey}"),
    (4, "[com.apple.SkyLight:default] Set a breakpoint at CGSLogError to catch errors as they are logged."),
    (3, "[com.apple.SkyLight:default] Switching to space {space} on display {int:1-3}"),
    (2, "[com.apple.SkyLight:default] Session {int:200-300} lock state changed to {=locked|unlocked}"),
    (1, "[com.apple.SkyLight:default] Unable to composite frame, {int:1-40} layers over budget"),
    (2, "[com.apple.SkyLight:Power] display sleep timer fired after {int:1-30} minutes"),

    # ---------------- runningboardd ----------------
    (110, "(RunningBoard) [com.apple.runningboard:assertion] Acquiring assertion targeting [{rbid}] from originator [{rbid#2}] with description <RBSAssertionDescriptor| \"{assdesc}\" ID:{assid} target:{pid}>"),
    (55, "(RunningBoard) [com.apple.runningboard:process] [{rbid}] Set darwin role to: {role}"),
    (30, "(RunningBoard) [com.apple.runningboard:assertion] Invalidating assertion {assid} (target:[{rbid}]) from originator [{rbid#2}]"),
    (18, "(RunningBoard) [com.apple.runningboard:process] [{rbid}] Ignoring jetsam update because this process is not memory-managed"),
    (12, "(RunningBoard) [com.apple.runningboard:process] [{rbid}] termination reported by launchd ({int:0-15}, {int:0-15#2}, {int:0-15#3})"),
    (6, "(RunningBoard) [com.apple.runningboard:process] Now tracking process: [{rbid}]"),
    (3, "(RunningBoard) [com.apple.runningboard:process] [{rbid}] reported to RB as running"),
    (1, "(RunningBoard) [com.apple.runningboard:general] Memory pressure state is now {=warn|normal|critical}"),

    # ---------------- bluetoothd ----------------
    (30, "(CoreBluetooth) [com.apple.bluetooth:Server.LE.Scan] Found device {UUID} rssi {rssi} name {btname}"),
    (18, "[com.apple.bluetooth:Server.Core] Connection state for {mac} is now {btstate}"),
    (8, "[com.apple.bluetooth:Server.Core] Battery level of {btname} is {int:1-100}%"),
    (5, "[com.apple.bluetooth:Server.Core] Unable to find device with address {mac}"),
    (4, "[com.apple.bluetooth:Server.Core] Sniff mode for handle {hex0x:4}: interval {int:4-800} slots"),
    (2, "[com.apple.bluetooth:Server.Core] HCI reset requested by {proc} ({pid})"),
    (2, "[com.apple.bluetooth:Server.Audio] Codec for {btname} switched to {=AAC|SBC|mSBC|ALAC}"),
    (1, "[com.apple.bluetooth:Server.Core] Pairing with {btname} failed: {=Authentication failure|Page timeout|Remote user terminated connection}"),
    (1, "[com.apple.bluetooth:Server.Core] Firmware version {version} loaded in {int:50-900} ms"),

    # ---------------- airportd / wifi ----------------
    (20, "[com.apple.wifi:airportd] Link up on {iface} (SSID '{ssid}', {band}, channel {chan}, rssi {rssi})"),
    (9, "[com.apple.wifi:airportd] Link down on {iface}, reason {int:1-20}, SSID '{ssid}'"),
    (14, "[com.apple.wifi:airportd] Scan on {iface} found {int:0-60} networks on {int:1-40#2} channels in {int:300-6000} ms"),
    (8, "[com.apple.wifi:airportd] AutoJoin: trying '{ssid}' ({sec}) rssi={rssi}"),
    (4, "[com.apple.wifi:airportd] AutoJoin: '{ssid}' rejected, {=not in known networks|captive portal|weak signal|disabled by user}"),
    (7, "[com.apple.wifi:airportd] SCAN request received from pid {pid} ({proc}) with priority {int:0-8}"),
    (5, "[com.apple.wifi:airportd] ROAM: {mac} -> {mac#2}, rssi {rssi} -> {rssi#2}"),
    (3, "[com.apple.wifi:airportd] Power state changed to {=ON|OFF} by {proc}"),
    (2, "[com.apple.wifi:airportd] Captive portal detected on '{ssid}', probing {domain}"),
    (1, "[com.apple.wifi:airportd] Country code set to {=US|DE|GB|FR|JP} from {=beacon|locale}"),
    (1, "[com.apple.wifi:airportd] Preferred network '{ssid}' removed by {user}"),
    (2, "[com.apple.wifi:airportd] Tx rate {int:6-1200} Mbps, NSS {int:1-2}, MCS {int:0-11} on {iface}"),

    # ---------------- mDNSResponder ----------------
    (34, "(libsystem_dnssd.dylib) [com.apple.mdns:resolver] [R{int:1000-99999}] getaddrinfo start -- flags: {hex0x:5}, ifindex: {int:0-20}, protocols: {int:0-3}, hostname: <private>, client pid: {pid} ({proc})"),
    (22, "(libsystem_dnssd.dylib) [com.apple.mdns:resolver] [R{int:1000-99999}] getaddrinfo stop -- hostname: <private>, client pid: {pid} ({proc}), duration: {float:0-5:3}s"),
    (12, "[com.apple.mdns:resolver] [Q{int:1000-99999}] Sent {int:30-512}-byte query #{int:1-6} to <private> over {=UDP|TCP|HTTPS} via {iface}"),
    (6, "[com.apple.mdns:resolver] [Q{int:1000-99999}] Received acceptable {int:30-900}-byte response from <private> over {=UDP|TCP|HTTPS} via {iface}"),
    (2, "[com.apple.mdns:default] mDNSCoreReceiveResponse: conflict for <private> on {iface}"),
    (1, "[com.apple.mdns:default] Registered {int:1-40} Bonjour services on {iface}"),

    # ---------------- network stack / nsurlsession ----------------
    (26, "(Network) [com.apple.network:connection] nw_connection_report_state_with_handler_on_nw_queue [{conn}] reporting state {nwstate}"),
    (16, "(Network) [com.apple.network:connection] [{conn} {endpoint} tcp, url hash: {hex:8}, tls, pid: {pid}] start"),
    (9, "(Network) [com.apple.network:connection] [{conn} {endpoint} tcp, url hash: {hex:8}, tls, pid: {pid}] cancel"),
    (4, "(Network) [com.apple.network:path] nw_path_evaluator_start [{UUID} <private> generic, attribution: developer] path: {=satisfied|unsatisfied} (Path is {=satisfied|unsatisfied}), interface: {iface}"),
    (12, "(CFNetwork) [com.apple.CFNetwork:Default] Task {task} finished with error [{err}] Error Domain=NSURLErrorDomain Code={err} \"{=The request timed out.|The network connection was lost.|The Internet connection appears to be offline.|cancelled}\""),
    (9, "(CFNetwork) [com.apple.CFNetwork:Summary] Task {task} summary for task success {{transaction_duration_ms={int:1-9000}, response_status={=200|204|304|401|404|500}, connection={int:1-900}, reused={int:0-1}, request_bytes={int:80-9000}, response_bytes={bytes}}}"),
    (3, "[com.apple.nsurlsessiond:background] {bundle}: Task {task} will retry after {int:1-300} seconds"),
    (2, "[com.apple.nsurlsessiond:background] {bundle}: background session {=com.apple.bird.download|com.apple.appstored.download|com.spotify.client.offline} invalidated"),
    (5, "[com.apple.networkextension:] NESMIKEv2VPNSession[{UUID}]: status changed to {=connected|disconnecting|disconnected|connecting}"),
    (1, "[com.apple.networkextension:] Received network change event for configuration {=Corp VPN|WireGuard Home|Tailscale}"),
    (3, "[com.apple.symptomsd:netepochs] Data Usage for {proc} on flow {int:100-99999} - WiFi in/out: {bytes}/{bytes#2}, WiFi delta_in/delta_out: {int:0-999999}/{int:0-999999#2}, Cell in/out: 0/0"),
    (2, "[com.apple.symptomsd:analytics] NWPath changed: {iface} {=satisfied|unsatisfied} expensive={=0|1} constrained={=0|1#2}"),

    # ---------------- launchd ----------------
    (14, "[system/{svc} [{pid}]:] service inactive: {svc}"),
    (10, "[gui/501/{svc} [{pid}]:] exited due to {=exit|SIGKILL|SIGTERM} | sent by {proc}[{pid#2}], ran for {int:1-900000}ms"),
    (6, "[pid/{pid}/{svc} [{pid#2}]:] xpcproxy spawned with pid {pid#2}"),
    (3, "[system/{svc}:] internal event: WILL_SPAWN, code = {int:0-9}"),
    (2, "[gui/501 [{pid}]:] bootstrap_look_up: {svc}: service not found"),
    (1, "[system:] Service only ran for {int:0-9} seconds. Pushing respawn out by {int:1-10#2} seconds."),
    (1, "[system/com.apple.xpc.launchd.domain.system:] Caching disabled by {user}"),

    # ---------------- trustd / securityd ----------------
    (11, "[com.apple.securityd:ocsp] OCSP response for {domain} status {=good|revoked|unknown}, cached for {int:60-604800} s"),
    (6, "[com.apple.securityd:trust] cert[{int:0-3}]: {=SubjectCommonName|IssuerNameChain|ExtendedKeyUsage} =(leaf)[]> {=0|1#2}"),
    (3, "[com.apple.securityd:trust] Trust evaluate failure: [leaf {=ValidityPeriod|SSLHostname|AnchorTrusted} root {=AnchorTrusted|ValidityPeriod}#2] for {domain}"),
    (2, "[com.apple.securityd:keychain] SecItemCopyMatching from {bundle} returned {=-25300|-25308|-34018}"),
    (1, "[com.apple.securityd:keychain] keychain {=login|iCloud|System} locked after {int:1-600} idle seconds"),

    # ---------------- cloudd / bird ----------------
    (15, "[com.apple.cloudkit:op] Finished operation {HEX:16} ({=CKDFetchRecordZoneChanges|CKDModifyRecords|CKDFetchDatabaseChanges|CKDQueryRecords}) for container {=com.apple.Notes|com.apple.photos.cloud|com.apple.reminders|iCloud.md.obsidian} in {int:20-9000} ms"),
    (5, "[com.apple.cloudkit:op] Operation {HEX:16} failed with error {=CKErrorNetworkFailure|CKErrorZoneBusy|CKErrorRequestRateLimited|CKErrorServiceUnavailable}, retry after {int:1-120} s"),
    (4, "[com.apple.clouddocs:sync] synced {int:1-500} items in {=Desktop|Documents|Obsidian|iCloud Drive}, {int:0-9} conflicts"),
    (2, "[com.apple.clouddocs:sync] item '{path}' is now {=evicted|downloaded|uploading|uploaded}"),
    (1, "[com.apple.clouddocs:sync] quota exceeded, {bytes} bytes pending upload"),

    # ---------------- sharingd / rapportd / continuity ----------------
    (8, "[com.apple.sharing:AirDrop] Browser found {=Marta's iPhone|Kwame's MacBook Air|iPad|Living Room} ({hex:12}) over {=AWDL|BLE}"),
    (4, "[com.apple.sharing:Handoff] Activity advertisement {hex:8} from {bundle}, type {=com.apple.Safari.web|NSUserActivityTypeBrowsingWeb|com.apple.notes.activity.edit-note}"),
    (2, "[com.apple.sharing:AirDrop] Transfer {UUID} from {=Marta's iPhone|iPad} {=accepted|declined|failed}, {int:1-40} items"),
    (3, "[com.apple.rapport:Default] Device {hex:12} changed: {=Reachable|Unreachable|Wi-Fi only|BLE only}"),
    (1, "[com.apple.rapport:Default] Companion link to {hex:12} timed out after {int:1-60} s"),
    (2, "[com.apple.sharing:Continuity] Universal Clipboard item {hex:8} received from {=Marta's iPhone|iPad}, {int:1-99999} bytes"),

    # ---------------- locationd / timed ----------------
    (6, "[com.apple.locationd:Core] Client {locclient} authorization {=granted|denied|prompt|restricted}, accuracy {=full|reduced}"),
    (4, "[com.apple.locationd:Core] WiFi location fix: lat {float:40-53:4}, lon {float:-2-14:4}, hacc {int:5-2000} m, {int:1-60} APs"),
    (2, "[com.apple.timed:Default] NTP sample from {=time.apple.com|time.euro.apple.com} offset {float:-0.5-0.5:6} s rtt {float:0-0.3:4} s"),
    (1, "[com.apple.timed:Default] Time zone changed to {=Europe/Berlin|America/New_York|Europe/London|Asia/Tokyo}"),

    # ---------------- powerd ----------------
    (10, "[com.apple.powerd:assertions] Process {proc}.{pid} Created {=PreventUserIdleSystemSleep|PreventUserIdleDisplaySleep|BackgroundTask|NoIdleSleepAssertion} \"{=Playing audio|video-playing|com.apple.backupd.running|Video Wake Lock|Zoom meeting}\" age:00:00:00  id:{int:4294967296-4295999999} [System: {=PrevIdle|DeclUser|BGTask|SRPrevSleep}]"),
    (7, "[com.apple.powerd:assertions] Process {proc}.{pid} Released {=PreventUserIdleSystemSleep|PreventUserIdleDisplaySleep|BackgroundTask} \"{=Playing audio|video-playing|com.apple.backupd.running}\" age:{=00:00:05|00:12:41|01:03:17|00:00:00} id:{int:4294967296-4295999999} [System: {=PrevIdle|DeclUser|BGTask}]"),
    (4, "[com.apple.powerd:battery] Battery: {int:1-100}%, {=AC|Battery Power}, time remaining {int:0-900} min"),
    (2, "[com.apple.powerd:sleepWake] Sleep requested by {=Clamshell|Idle|Software|Low Power}"),
    (1, "[com.apple.powerd:sleepWake] DarkWake from Deep Idle [CDNP] : due to {wake} Using {=AC|BATT} (Charge:{int:1-100}%)"),
    (1, "[com.apple.powerd:thermal] Thermal pressure level changed to {=nominal|moderate|heavy}"),

    # ---------------- tccd / privacy ----------------
    (8, "[com.apple.TCC:access] AUTHREQ_RESULT: msgID={pid}.{int:1-900}, authValue={int:0-3}, authReason={int:1-12}, authVersion=1, error=(null)"),
    (4, "[com.apple.TCC:access] Handling access request to {tccsvc}, from Sub:{{{bundle}}}, ReqResult({tccauth})"),
    (2, "[com.apple.TCC:access] Update Access Record: {tccsvc} for {bundle} to {tccauth} (v1) at {int:1600000000-1730000000}"),
    (1, "[com.apple.TCC:access] Prompting policy for hardened runtime; service: {tccsvc} requires entitlement for {bundle}"),

    # ---------------- coreaudiod ----------------
    (7, "[com.apple.coreaudio:default] Default output device changed to '{audiodev}' ({int:40-400})"),
    (5, "[com.apple.coreaudio:default] Default input device changed to '{audiodev}' ({int:40-400})"),
    (3, "[com.apple.coreaudio:IO] HALS_IOContext {int:100-999}: {int:1-50} IO cycle overloads on '{audiodev}'"),
    (2, "[com.apple.coreaudio:default] {bundle} [{pid}] started recording on '{audiodev}'"),
    (1, "[com.apple.coreaudio:default] Sample rate of '{audiodev}' changed to {=48000|44100|16000|24000} Hz"),

    # ---------------- Spotlight / mds ----------------
    (9, "[com.apple.spotlight.index:Indexing] Import of '{path}' took {int:1-9000} ms (importer {=RichText|PDF|Chat|Image|Application})"),
    (4, "[com.apple.spotlight.index:Indexing] Store {UUID} on {volume}: {int:1-9999} items pending, {int:0-50} importers busy"),
    (2, "[com.apple.spotlight.index:Indexing] Volume '{volume}' excluded from indexing"),
    (1, "[com.apple.spotlight.index:Indexing] Index on '{volume}' corrupted, rebuilding"),
    (3, "[com.apple.spotlight:query] Query {int:1-99999} from {bundle} returned {int:0-500} results in {int:1-900} ms"),

    # ---------------- UserEventAgent / loginwindow / misc agents ----------------
    (6, "[com.apple.UserEventAgent:power] Lid {=opened|closed}, {int:0-3} external displays"),
    (3, "[com.apple.UserEventAgent:netconfig] Network configuration changed, primary interface {iface}"),
    (4, "[com.apple.loginwindow:default] -[SessionAgentNotificationCenter sendBSDNotification:] | sending BSD notification: {=com.apple.screenIsLocked|com.apple.screenIsUnlocked|com.apple.sessionDidLogin}"),
    (2, "[com.apple.loginwindow:default] Login Window Application Started - user {user}"),
    (1, "[com.apple.loginwindow:default] Fast user switch to {user} requested"),
    (2, "[com.apple.loginwindow:default] Screen lock delay is {int:0-3600} seconds"),
    (3, "[com.apple.dock:general] Dock icon badge for {bundle} set to {int:0-999}"),
    (2, "[com.apple.dock:general] {app} bounced {int:1-10} times requesting attention"),
    (2, "[com.apple.controlcenter:main] Focus mode changed to {=Do Not Disturb|Work|Sleep|Personal|off}"),
    (1, "[com.apple.controlcenter:main] Now playing changed to {bundle}"),
    (3, "[com.apple.notificationcenter:delivery] Delivered notification {UUID} for {bundle}"),
    (2, "[com.apple.notificationcenter:delivery] Dropped notification {UUID} for {bundle}: {=Do Not Disturb|app not authorized|rate limited}"),
    (2, "[com.apple.apsd:connection] {topic}: received push, priority {=5|10}, payload {int:40-4096} bytes"),
    (2, "[com.apple.apsd:connection] Connection to courier {int:1-60}-courier.push.apple.com closed, reason {=idle|network change|server}"),
    (1, "[com.apple.apsd:connection] Filter updated: {int:1-80} enabled topics, {int:0-40} ignored topics"),
    (2, "[com.apple.softwareupdate:scan] Scan found {int:0-6} updates, catalog {=seed|public|customer}"),
    (1, "[com.apple.softwareupdate:install] Downloading {=macOS Sonoma 14.6|Safari 17.6|XProtectPlistConfigData|Command Line Tools for Xcode} ({bytes} bytes)"),
    (1, "[com.apple.softwareupdate:install] Installed {=XProtectPlistConfigData|MRTConfigData|XProtectPayloads} version {int:100-5000}"),
    (3, "[com.apple.xprotect:scan] XProtect scan of {path} finished: {=clean|malware found|skipped}"),
    (1, "[com.apple.xprotect:remediation] Remediator {=RedPine|Pioneer|BlueTop|Eicar} reported {int:0-3} detections"),
    (2, "[com.apple.syspolicy:exec] GK evaluateScanResult: {int:0-3}, PST: (path: {path}), (team: {=UBF8T346G9|EQHXZ8M8AV|(null)}), (id: {bundle}), (bundle_id: {bundle})"),
    (1, "[com.apple.syspolicy:exec] Notarization check for {bundle} {=succeeded|failed|offline}"),
    (2, "[com.apple.backupd:general] Backup to '{tmdest}' finished with status {=completed|failed|canceled}, {int:0-99999} items, {bytes} bytes"),
    (1, "[com.apple.backupd:general] Destination '{tmdest}' is full, deleting {int:1-40} old backups"),
    (1, "[com.apple.backupd:general] Local snapshot com.apple.TimeMachine.{=2024-06-11-101532|2024-06-11-111045|2024-06-10-214410}.local deleted"),
    (2, "[com.apple.printing:cups] Job {int:1-999} sent to '{printer}', {int:1-50} pages"),
    (1, "[com.apple.printing:cups] Printer '{printer}' is {=offline|out of paper|idle}"),
    (2, "[com.apple.photoanalysisd:analysis] Processed {int:1-4000} assets in {int:10-3600} s, {int:0-40} faces"),
    (1, "[com.apple.photoanalysisd:analysis] Paused: {=thermal pressure|on battery|user active}"),
    (2, "[com.apple.WebKit:Process] WebProcess {pid} focused state for {domain} changed to {=true|false}"),
    (2, "[com.apple.WebKit:Loading] {ptr} - [pageProxyID={int:5-900}, webPageID={int:5-900#2}, frameID={int:1000000-9999999}, isMainFrame={=1|0}] WebFrameLoaderClient::dispatchDidFailProvisionalLoad: (httpStatusCode={=0|404|500}, error={err})"),
    (1, "[com.apple.WebKit:Process] WebContent process {pid} crashed, {int:1-6} tabs affected"),
    (2, "[com.apple.useractivity:Default] Activity {UUID} from {bundle} became current"),
    (1, "[com.apple.suggestions:default] Harvested {int:1-300} items from {=Mail|Messages|Safari|Calendar}"),
    (2, "[com.apple.corebrightness:CBDisplay] Auto-brightness set to {float:0-1:3} (lux {int:0-9000})"),
    (1, "[com.apple.corebrightness:CBDisplay] Night Shift {=enabled|disabled} by {=schedule|user}"),
    (1, "[com.apple.keyboard:layout] Input source changed to {kblayout}"),
    (2, "[com.apple.xpc:connection] [{ptr}] activating connection: mach=true listener=false peer=false name={svc}"),
    (3, "[com.apple.xpc:connection] [{ptr}] invalidated because the current process cancelled the connection by calling xpc_connection_cancel()"),
    (2, "[com.apple.xpc:connection] [{ptr}] {xpcerr} for {svc}"),
    (1, "[com.apple.diskarbitration:default] Disk {diskp} ({volume}) ejected by {proc}"),
    (2, "[com.apple.diskarbitration:default] mounted {diskp} on /Volumes/{volume} by {=fskit|apfs|msdos|exfat}"),
    (1, "[com.apple.diskarbitration:default] Unable to unmount {diskp}: Resource busy, dissenter {proc} ({pid})"),
    (2, "[com.apple.configd:IPConfiguration] {iface}: DHCP lease {ip} from {ip#2} for {int:600-86400} s"),
    (1, "[com.apple.configd:IPConfiguration] {iface}: IPv6 router {ipv6} advertised prefix lifetime {int:60-86400} s"),
    (2, "[com.apple.configd:SCDynamicStore] network changed: v4({iface}!:{ip}) DNS! Proxy SMB"),
    (1, "[com.apple.configd:default] Hostname changed to {=Noras-MacBook-Pro|Noras-MBP|noras-macbook-pro.local}"),
    (1, "[com.apple.identityservices:Registration] Registration for service {=iMessage|FaceTime|Multiplex} succeeded, {int:1-12} handles"),
    (1, "[com.apple.identityservices:Registration] Token refresh failed with {=6005|6001|timeout}"),
    (2, "[com.apple.accountsd:default] Account {=iCloud|Google|Exchange|CardDAV} ({UUID}) modified by {bundle}"),
    (1, "[com.apple.calendar:sync] Sync of calendar '{=Work|Home|Family|Holidays in Germany}' finished with {int:0-80} changes"),
    (1, "[com.apple.mail:default] IMAP IDLE on account {=Work|Personal} restarted after {int:1-3000} s"),
    (2, "[com.apple.appstored:library] Updated {bundle} to version {version}"),
    (1, "[com.apple.appstored:library] Purchase of {bundle} failed: {=Payment declined|Network error|Not signed in}"),
    (1, "[com.apple.install:default] Package {=com.docker.pkg.Docker|com.microsoft.teams2|us.zoom.pkg.videomeeting} installed to / in {int:3-900} s"),
    (2, "[com.apple.ReportCrash:default] Saved crash report for {proc}[{pid}] version {version} to {path}"),
    (1, "[com.apple.ReportCrash:default] Unable to save report for {proc}[{pid}]: disk quota"),
    (1, "[com.apple.spindump:default] Hang detected: {app} ({pid}) unresponsive for {int:2-60} seconds"),
    (1, "[com.apple.fseventsd:default] Events dropped for volume {volume}, {int:1-99999} events"),
    (1, "[com.apple.kextd:default] Rebuilding kext collection, requested by {proc}"),
    (1, "[com.apple.siri:Session] Siri request {UUID} completed with {=success|timeout|no network}"),
    (1, "[com.apple.findmy:device] Location published for {=Nora's iPhone|AirTag Keys|Nora's MacBook Pro}"),
    (1, "[com.apple.screentime:usage] Usage limit for {app} reached after {int:1-300} minutes"),
    (1, "[com.apple.familycircle:default] Family member {user} added"),
    (1, "[com.apple.MobileSMS:default] Message {UUID} delivered to {=Marta|Kwame|Mom}"),
    (1, "[com.apple.FaceTime:call] Call {UUID} ended after {int:1-7200} s, reason {=local hangup|remote hangup|network}"),
    (1, "[com.apple.Music:playback] Playback of {UUID} stalled for {int:1-30} s"),
    (1, "[com.apple.ScreenSharing:default] Connection from {ip}, decision: {=accept|reject}"),
    (1, "[com.apple.smbd:default] SMB session {int:1-999} from {ip} authenticated as {user}"),
    (1, "[com.apple.opendirectoryd:default] Authentication failed for user {user}, {int:1-10} attempts"),
    (2, "[com.apple.authd:authorization] Succeeded authorizing right '{=system.preferences|system.privilege.admin|com.apple.ServiceManagement.blesshelper}' by client '{path}' [{pid}] for authorization created by '{path#2}' [{pid#2}]"),
    (1, "[com.apple.authd:authorization] Failed to authorize right '{=system.privilege.admin|system.install.software}' by client '{path}' [{pid}] (-{int:60000-60010})"),
    (2, "[com.apple.cfprefsd:default] rejecting write of key(s) {=AppleLanguages|NSNavLastRootDirectory|LastSession} in {{ {bundle}, {user}, kCFPreferencesAnyHost, {path}, managed: {=0|1} }} from process {pid} ({proc}) because {=setting these preferences requires user-preference-write or file-write-data sandbox access|it is not the owner}"),
    (1, "[com.apple.cfprefsd:default] Container path for {bundle} not found"),
    (1, "[com.apple.ManagedClient:MDM] Profile {=com.acme.wifi|com.acme.vpn|com.acme.restrictions} {=installed|removed} by {=MDM|user}"),
    (1, "[com.apple.ManagedClient:MDM] Check-in with {domain} failed: HTTP {=401|500|503}"),
    (1, "[com.apple.biometrickitd:TouchID] Match {=succeeded|failed} for template {int:0-4}, quality {int:0-100}"),
    (1, "[com.apple.sysdiagnose:default] sysdiagnose {=started|finished} by {proc} ({pid})"),
    (1, "[com.apple.mediaanalysisd:default] Analysis of {int:1-999} videos deferred: {=thermal|battery|memory}"),
    (1, "[com.apple.iCloudNotifications:default] Storage almost full: {int:1-99}% used of {=50 GB|200 GB|2 TB}"),

    # ---------------- third-party agents logging to unified log ----------------
    (6, "[com.docker.vmnetd:default] Forwarding port {int:1-65535} to {ip}:{port}"),
    (2, "[com.docker.vmnetd:default] VM {=started|stopped} with {int:1-16} CPUs, {int:1-32} GiB memory"),
    (3, "[com.microsoft.autoupdate:default] Update check for {bundle} returned {=no update|update available|error}"),
    (2, "[com.google.Keystone:Agent] Ticket for {bundle} version {version} checked, {=no update|update queued}"),
    (1, "[us.zoom.ZoomDaemon:default] Audio device {audiodev} {=installed|removed}"),
    (2, "[com.1password.1password:Agent] Vault {=Private|Shared|Work} unlocked by {=Touch ID|password|Apple Watch}"),
    (1, "[com.tailscale.ipn:default] Tailnet peer {=nora-pi|build-box|nas} reachable via {=DERP|direct} at {ip}:{port}"),
    (1, "[com.crowdstrike.falcon:sensor] Sensor heartbeat ok, cloud {=us-1|eu-1}, {int:0-9} queued events"),

    # ---- rare kernel / misc oddities (singletons, doubles) ----
    (1, "IOUserClient: {proc}[{pid}] open of {=IOSurfaceRootUserClient|AppleJPEGDriverUserClient|IOHIDLibUserClient} denied"),
    (1, "vm_compressor: {int:1-100}% of compressor pool in use, {int:1-9} segments swapped"),
    (1, "Bluetooth: HCI event timeout, opcode {hex0x:4}, resetting controller"),
    (1, "IOConsoleUsers: time(0) {=0|1}->{=1|0#2}, lin {=0|1#3}, llk {=0|1#4}, sessionUID {int:501-503}"),
    (2, "setAPMMode: apmMode {=1|0} from {proc}"),
    (1, "smcread error: key {=TB0T|TC0P|B0AC|PSTR} result {int:128-140}"),
    (1, "ANE0: ANE_ProgramCreate: model {hex:16} load failed, err {hex0x:8}"),
    (1, "AppleCredentialManager: UID {int:501-503} passcode {=verified|not verified}"),
    (1, "in6_unlink_ifa: IPv6 address {ipv6} has no prefix"),
    (1, "ifnet_attach: interface {iface} attached, unit {int:0-9}"),
    (1, "wlan: reassoc to {mac} on channel {chan} failed, status {int:1-40}"),
    (1, "CoreAnalyticsHub: dropped {int:1-999} events for {=com.apple.wifi.linkQuality|com.apple.power.battery}"),
    (1, "SIP is {=enabled|disabled}, authenticated-root {=enabled|disabled#2}"),
    (1, "Kernel extension {kext} requires user approval"),
    (1, "panic(cpu {int:0-11} caller {hex0x:16}): watchdog timeout: no checkins from {proc} in {int:90-180} seconds"),
    (1, "disk{int:1-9}s{int:1-9}: I/O error, retrying {int:1-5} times"),
]


def make(outroot):
    from common import build
    return build(NAME, SEED, SPECS, GENS, outroot)
