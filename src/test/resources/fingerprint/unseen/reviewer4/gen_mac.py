import random
from common import Log, write_system, hexs, mac

import re
r = random.Random(4404)
L = Log()
_IFRX = re.compile(r"<\*>|en0")
def E(tpl, *vals):
    """Interface names are variables: every literal 'en0' in a template
    becomes <*>; the value is en0 (the Wi-Fi port) or, for link-level
    messages, sometimes en1 (a USB Wi-Fi dongle)."""
    if "en0" not in tpl:
        return L.emit(tpl, *vals)
    ifc = "en1" if (tpl.startswith("en0") or "BSSID" in tpl) and r.random() < 0.1 else "en0"
    it = iter(vals)
    out = [next(it) if m.group(0) == "<*>" else ifc for m in _IFRX.finditer(tpl)]
    return L.emit(tpl.replace("en0", "<*>"), *out)
clock = [620700.0]
def ts():
    clock[0] += r.uniform(0.001, 3.0)
    return "%.6f" % clock[0]
def hx(n=4): return hexs(r, n)
def ptr(): return "0x7f" + "%010x" % r.getrandbits(40)
def pid(): return r.randint(80, 99999)
def ip(): return "10.%d.%d.%d" % (r.choice([105, 142]), r.randint(160, 163), r.randint(1, 254))
SSIDS = ["CalVisitor", "CUHK1x", "Starbucks WiFi", "eduroam", "xfinitywifi", "CalVisitor-5G", "HOME NETWORK 2.4", "Wi-Fi Guest"]
IFS = ["en0", "awdl0", "en1", "utun0", "p2p0"]
PROCS = ["QQ", "com.apple.WebKit.Networking", "Google Chrome Helper", "com.apple.Addres", "WeChat", "Microsoft Word",
         "GoogleSoftwareUp", "mdworker", "com.apple.geod", "Safari", "Dropbox", "AddressBookSourceSync", "storeaccountd", "sharingd"]
APPS = ["com.apple.quicklook", "com.apple.mdworker.shared", "com.apple.photoanalysisd", "com.apple.iCloudHelper",
        "com.apple.WebKit.WebContent", "com.google.keystone.agent", "com.apple.xpc.loginitemregisterd", "com.apple.AddressBook.SourceSync"]
SERVICES = ["com.apple.networking.captivenetworksupport", "com.apple.ctkd.token-client", "com.apple.nsurlsessiond",
            "com.apple.locationd.registration", "com.apple.windowserver.active", "com.apple.coreservices.quarantine-resolver"]
def ssid(): return r.choice(SSIDS)
def proc(): return r.choice(PROCS)
def pp(): return "%s[%d]" % (proc(), pid())
def ms(): return r.randint(1, 5000)
def small(): return r.randint(0, 9)
def chan(): return r.choice(["1", "6", "11", "36,+1", "44", "132,+1", "149,+1", "157"])
def secs(): return "%d" % r.randint(100000000, 999999999)
def path(): return r.choice(["/Users/xpc/Library/Containers/com.tencent.qq/Data/Library/Caches", "/private/var/folders/7x/3k2gjvrd2x7c_6q2wpyr_t1c0000gn/T",
                            "/Library/Preferences/SystemConfiguration/com.apple.airport.preferences.plist", "/Users/xpc/Library/Application Support/Google/Chrome/Default",
                            "/System/Library/Frameworks/Security.framework", "/Applications/Microsoft Word.app/Contents/MacOS/Microsoft Word"])
def uuid(): return "%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))

# ---------------- episodes ----------------
def sleep_wake():
    E("AirPort: Link Down on <*>. Reason <*> (<*>).", r.choice(["en0", "awdl0"]), 8, "Disassociated because station leaving")
    E("ARPT: <*>: wl0: setup_keepalive: Local IP: <*>", ts(), ip())
    E("ARPT: <*>: wl0: setup_keepalive: Remote IP: <*>", ts(), ip())
    E("ARPT: <*>: wl0: setup_keepalive: Seq: <*>, Ack: <*>, Win size: <*>", ts(), r.getrandbits(32), r.getrandbits(32), r.choice([4096, 65535, 8192]))
    for _ in range(r.randint(1, 3)):
        E("ARPT: <*>: wl0: MDNS: IPV4 Addr: <*>", ts(), ip())
    E("ARPT: <*>: wl0: MDNS: <*> SRV Recs, <*> TXT Recs", ts(), small(), small())
    E("ARPT: <*>: wl0: leaveModulePoweredForOffloads: Wi-Fi will stay on.", ts())
    E("ARPT: <*>: AirPort_Brcm43xx::platformWoWEnable: WWEN[enable]", ts())
    if r.random() < 0.6:
        E("PM response took <*> ms (<*>, <*>)", ms(), pid(), proc())
    E("hibernate_setup(<*>) took <*> ms", 0, r.randint(1, 6000))
    if r.random() < 0.3:
        E("hibernate_alloc_pages act <*>, inact <*>, anon <*>, throt <*>, spec <*>, wire <*>, wireinit <*>",
          *[r.randint(0, 600000) for _ in range(7)])
    E("en0: <*> <*> wl0: ...", "a", "b") if False else None
    # wake
    wr = r.choice(["RTC (Alarm)", "EC.SleepTimer (SleepTimer)", "ARPT (Network)", "EC.LidOpen (LidOpen)", "XHC1 (User)", "EC.ACAttach (Power)"])
    E("Wake reason: <*>", wr)
    E("Previous sleep cause: <*>", 5)
    E("AppleCamIn::systemWakeCall - messageType = <*>", hexs(r, 8, upper=True))
    E("AppleCamIn::wakeEventHandlerThread")
    E("IOThunderboltSwitch<<*>>(<*>)::listenerCallback - Thunderbolt HPD packet for route = <*> port = <*> unplug = <*>", 0, "0x0", "0x0", r.choice([11, 12]), r.choice([0, 1]))
    if r.random() < 0.6:
        E("AppleThunderboltNHIType2::prePCIWake - power up complete - took <*> us", r.randint(1, 40))
        E("AppleThunderboltGenericHAL::earlyWake - complete - took <*> milliseconds", r.randint(0, 5))
    E("ARPT: <*>: AirPort_Brcm43xx::syncPowerState: WWEN[enabled]", ts())
    E("ARPT: <*>: AirPort_Brcm43xx::platformWoWEnable: WWEN[disable]", ts())
    E("ARPT: <*>: wl0: wl_update_tcpkeep_seq: Original Seq: <*>, Ack: <*>, Win size: <*>", ts(), r.getrandbits(32), r.getrandbits(32), r.choice([4096, 65535]))
    E("ARPT: <*>: wl0: wl_update_tcpkeep_seq: Updated seq/ack/win from UserClient Seq <*>, Ack <*>, Win size <*>", ts(), r.getrandbits(32), r.getrandbits(32), r.choice([4096, 65535]))
    if r.random() < 0.7:
        E("[HID] [ATC] AppleDeviceManagementHIDEventService::processWakeReason Wake reason: <*> (<*>)", r.choice(["Host", "Lid", "Keyboard"]), "0x0" + str(r.randint(1, 4)))
    E("Setting BTCoex Config: enable_2G:<*>, profile_2g:<*>, enable_5G:<*>, profile_5G:<*>", 1, 0, 1, 0)
    E("CGXDisplayDidWakeNotification [<*>]: posting kCGSDisplayDidWake", r.getrandbits(49))
    if r.random() < 0.5:
        E("device_generate_desktop_screenshot: authw <*>(<*>), shield <*>(<*>)", ptr(), 2000, ptr(), 2001)
        E("device_generate_lock_screen_screenshot: authw <*>(<*>), shield <*>(<*>)", ptr(), 2000, ptr(), 2001)
    if r.random() < 0.5:
        E("IOPMrootDomain: idle cancel, state <*>", r.choice([1, 2]))
    E("full wake request (reason <*>) <*> ms", r.choice([2, 7]), r.randint(100, 40000)) if r.random() < 0.5 else None
    E("Bluetooth -- LE is supported - Disable LE meta event")
    wifi_join()

def wifi_join():
    i = "en0"
    s = ssid()
    if r.random() < 0.6:
        E("en0: BSSID changed to <*>", mac(r))
        E("en0::IO80211Interface::postMessage bssid changed")
    E("en0: channel changed to <*>", chan())
    E("AirPort: Link Up on <*>", i)
    E("en0: 802.11d country code set to '<*>'.", r.choice(["X3", "US", "CN", "HK"]))
    if r.random() < 0.4:
        E("en0: Supported channels <*>", "1 2 3 4 5 6 7 8 9 10 11 12 13 36 40 44 48 52 56 60 64 100 104 108 112 116 120 124 128 132 136 140 149 153 157 161 165")
    E("Captive: CNPluginHandler en0: Inactive")
    E("Captive: [CNInfoNetworkActive:<*>] en0: SSID '<*>' making interface primary (<*>)", 1748, s, r.choice(["protected network", "cache hit", "open network"]))
    E("Captive: CNPluginHandler en0: Evaluating")
    if r.random() < 0.7:
        E("Captive: CNPluginHandler en0: Authenticated")
    else:
        E("Captive: [HandleNetworkInformationChanged:<*>] nwi_state_copy returned NULL", 435)
    E("mDNS_RegisterInterface: Frequent transitions for interface <*> (<*>)", i, ip()) if r.random() < 0.5 else None
    if r.random() < 0.5:
        E("mDNS_DeregisterInterface: Frequent transitions for interface <*> (<*>)", "awdl0", "FE80:0000:0000:0000:%04X:%04X:%04X:%04X" % tuple(r.getrandbits(16) for _ in range(4)))
    if r.random() < 0.4:
        E("nw_nat64_post_new_ifstate successfully changed NAT64 ifstate from <*> to <*>", "0x4", "0x8000000000000000")
    E("Location icon should now be in state '<*>'", "Active") if False else E("Location icon should now be in state 'Active'")

def wifi_bg():
    k = r.random()
    if k < 0.25:
        E("ARPT: <*>: wl0: MDNS: IPV4 Addr: <*>", ts(), ip())
    elif k < 0.4:
        E("en0: channel changed to <*>", chan())
    elif k < 0.5:
        E("**** [IO80211ScanManager::startScanMultiple:<*>] SCAN: BUSY <*>, scan type <*>", 1031, r.randint(1, 40), r.choice(["Full", "Passive"]))
    elif k < 0.6:
        E("AirPort: Link Down on <*>. Reason <*> (<*>).", "awdl0", 1, "Unspecified")
    elif k < 0.7:
        E("ARPT: <*>: IOPMPowerSource Information: onSleep, SleepType: <*>, 'ExternalConnected': <*>, 'TimeRemaining': <*>,", ts(), "Normal Sleep", r.choice(["Yes", "No"]), r.randint(0, 900))
    elif k < 0.8:
        E("ARPT: <*>: ARPT: Wake Reason: Wake on TCP Timeout", ts())
    elif k < 0.9:
        E("en0: promiscuous mode <*> succeeded", "enable") if False else E("en0: promiscuous mode enable succeeded")
    else:
        E("ARPT: <*>: wl0: Roamed or switched channel, reason #<*>, bssid <*>, last RSSI <*>", ts(), r.randint(1, 8), mac(r), -r.randint(50, 90))

def periodic():
    k = r.random()
    if k < 0.25:
        E("ASL Sender Statistics")
    elif k < 0.45:
        E("Location icon should now be in state 'Inactive'")
    elif k < 0.6:
        E("Location icon should now be in state 'Active'")
    elif k < 0.75:
        E("objc[<*>]: Class <*> is implemented in both <*> and <*>. One of the two will be used. Which one is undefined.",
          pid(), r.choice(["FIFinderSyncExtensionHost", "AMSupportURLConnectionDelegate", "CTUnarchiver"]),
          "/System/Library/PrivateFrameworks/FinderKit.framework/Versions/A/FinderKit (%s)" % hx(9),
          "/System/Library/PrivateFrameworks/FileProvider.framework/Versions/A/FileProvider (%s)" % hx(9))
    elif k < 0.88:
        E("Endpoint has been activated through legacy launch(3) APIs. Please switch to XPC or bootstrap_check_in(): <*>", r.choice(APPS))
    else:
        E("Service exited with abnormal code: <*>", r.choice([1, 2, 255]))

def sandbox():
    p = proc()
    pd = pid()
    for _ in range(r.randint(1, 5)):
        k = r.random()
        if k < 0.5:
            E("Sandbox: <*>(<*>) deny(<*>) mach-lookup <*>", p, pd, 1, r.choice(SERVICES))
        elif k < 0.75:
            E("Sandbox: <*>(<*>) deny(<*>) network-outbound <*>", p, pd, 1, r.choice(["/private/var/run/mDNSResponder", "192.168.1.1:53"]))
        elif k < 0.9:
            E("Sandbox: <*>(<*>) deny(<*>) file-read-data <*>", p, pd, 1, path())
        else:
            E("Sandbox: <*>(<*>) System Policy: deny(<*>) file-read-metadata <*>", p, pd, 1, path())

def chrome_qq():
    k = r.random()
    if k < 0.3:
        E("tcp_connection_tls_session_error_callback_imp <*> __tcp_connection_tls_session_callback_write_block_invoke.<*> error <*>", r.randint(100, 9999), 434, r.choice([22, 32, 60]))
    elif k < 0.5:
        E("Couldn't set up the main bundle for <*>", "Google Chrome Helper") if False else E("Google Chrome Helper is not a valid bundle for process <*>", pid()) if False else E("Unable to simultaneously satisfy constraints.")  if False else E("CoreText CopyFontsForRequest received mig IPC error (<*>) from font server", r.choice(["FFFFFFFFFFFFFECC", "10000003"]))
    elif k < 0.7:
        E("QQ: Default encoding <*> not supported, using <*>", r.choice(["ANSI_X3.4-1968", "US-ASCII"]), "UTF-8") if False else E("[QQ][<*>][<*>] tcp socket connect timeout, uin=<*>", r.randint(100, 999), r.randint(1000, 9999), r.randint(10000000, 999999999))
    elif k < 0.85:
        E("-[NETClientConnection evaluateCrazyIvan46] CI46 - Perform CrazyIvan46! VPN: <*>, Proxy: <*>", r.choice(["0", "1"]), r.choice(["0", "1"]))
    else:
        E("NSURLConnection finished with error - code <*>", -r.choice([1001, 1004, 1005, 1009, 1200]))

def corecapture():
    cid = "%d.%06d" % (r.randint(1498000000, 1499999999), r.randint(0, 999999))
    rsn = r.choice(["DeauthInd:sts:0_rsn:7", "AuthFail:sts:5_rsn:0", "AssocFail:sts:2_rsn:0", "LinkDown:sts:0_rsn:8"])
    E("CCFile::captureLog Received Capture notice id: <*>, reason = <*>", cid, rsn)
    d = "[2017-06-%02d_%02d:%02d:%02d.%06d]" % (r.randint(10, 30), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))
    for kind in r.sample(["CCIOReporter-001.xml", "AirPortBrcm4360_Logs-001.txt", "IO80211AWDLPeerManager-001.txt", "SSTLogger-001.txt"], r.randint(1, 3)):
        f = d + "-" + kind
        E("CCFile::copyFile fileName is <*>, source path:<*>, dest path:<*>", f,
          "/var/log/CoreCapture/com.apple.driver.AirPort.Brcm4360.0/DriverLogs//" + f,
          "/Library/Logs/CrashReporter/CoreCapture/com.apple.driver.AirPort.Brcm4360.0/%s=%s/DriverLogs//%s" % (d, rsn, f))
    E("CCIOReporterFormatter::addRegistryChildToChannelDictionary streams <*>", r.randint(1, 9))
    E("CCProfileMonitor::freeResources done")

def secd():
    k = r.random()
    if k < 0.4:
        E("securityd_xpc_dictionary_handler <*> copy_matching The operation couldn\u2019t be completed. (OSStatus error <*> - query missing class name)", pp(), -50)
    elif k < 0.7:
        E("SOSAccountThisDeviceCanSyncWithCircle sync with device failure: Error Domain=com.apple.security.sos.error Code=<*> \"Account identity not set\" UserInfo={NSDescription=Account identity not set}", 1035)
    else:
        E("securityd_xpc_dictionary_handler <*> add The operation couldn\u2019t be completed. (OSStatus error <*> - Duplicate item)", pp(), -25299)

def usb():
    E("USBMSC Identifier (non-unique): <*> <*> <*> <*>, <*>", "%012d" % r.randint(0, 10 ** 10), "0x5ac", hx(4), hx(3), 3)
    if r.random() < 0.5:
        E("AppleUSBMultitouchDriver::checkStatus - received Status Packet, Payload <*>: device was reinitialized", 2)

# --- long tail: (template, value function) ---
T = [
 ("hibernate_page_list_setall(preflight <*>) start", lambda: (1,)),
 ("hibernate_page_list_setall time: <*> ms", lambda: (ms(),)),
 ("hibernate_flush_memory: buffer_cache_gc freed up <*> wired pages", lambda: (r.randint(0, 9999),)),
 ("vm_compressor_flush - starting",), ("vm_compressor_flush completed - took <*> msecs", lambda: (ms(),)),
 ("IOHibernatePollerOpen(<*>)", lambda: (0,)),
 ("IOHibernatePollerOpen, ml_get_interrupts_enabled <*>", lambda: (0,)),
 ("hibernate_rebuild completed - took <*> msecs", lambda: (ms(),)),
 ("AppleActuatorHIDEventDriver: message service is terminated",),
 ("AppleActuatorDeviceUserClient::stop Entered",),
 ("IOPMrootDomain::swdebug_setup: UMP is not required",),
 ("en0: Received EAPOL packet (length = <*>)", lambda: (r.choice([95, 121, 151]),)),
 ("en0: The key length (<*>) is not equal to the expected key length (<*>)", lambda: (32, 16)),
 ("AirPort: RSN handshake complete on en0",),
 ("ARPT: <*>: wl0: wl_tcpkeep_alive: interval <*>, retry_interval <*>, retry_count <*>", lambda: (ts(), 900, 30, 10)),
 ("ARPT: <*>: wl0: wl_tcpkeep_alive_enable: invalid keepalive <*> ptr <*>", lambda: (ts(), 0, hx(8))),
 ("ARPT: <*>: wl0: setup_keepalive: Local port: <*>, Remote port: <*>", lambda: (ts(), r.randint(1024, 65535), 443)),
 ("ARPT: <*>: wl0: MDNS: Interface is <*>, not offloading", lambda: (ts(), "awdl0")),
 ("ARPT: <*>: AQM agg params <*> maxlen hi/lo <*> <*> minlen <*> adjlen <*>", lambda: (ts(), hx(2), hx(2), hx(2), hx(2), hx(2))),
 ("ARPT: <*>: AQM agg results <*> len hi/lo: <*> <*> BAbitmap(<*>-<*>) <*>", lambda: (ts(), hx(4), hx(2), hx(2), r.randint(0, 4000), r.randint(0, 4000), hx(8))),
 ("ARPT: <*>: wlc_dump_aggfifo:", lambda: (ts(),)),
 ("ARPT: <*>: framerdy <*> bmccmd <*> framecnt <*>", lambda: (ts(), hx(2), r.randint(0, 9), r.randint(0, 999))),
 ("ARPT: <*>: wl0: Unsupported (<*>) event_type", lambda: (ts(), r.randint(100, 200))),
 ("ARPT: <*>: ARPT: Wake Reason: Beacon lost", lambda: (ts(),)),
 ("ARPT: <*>: ARPT: Wake Reason: Disassociated",  lambda: (ts(),)),
 ("en0: Link quality changed to <*>", lambda: (r.randint(10, 99),)),
 ("awdl0: Setting power state <*> -> <*>", lambda: (r.randint(0, 2), r.randint(0, 2))),
 ("IO80211AWDLPeerManager::setAwdlSuspendedMode() Suspending AWDL, enterQuietMode(true)",),
 ("IO80211AWDLPeerManager::setAwdlOperatingMode Setting the AWDL operation mode from <*> to <*>", lambda: (r.choice(["SUSPENDED", "AUTO"]), r.choice(["AUTO", "SUSPENDED"]))),
 ("IO80211AWDLPeerManager::setAwdlAutoMode Resuming AWDL",),
 ("IO80211ScanManager::getScanResult: Ignoring scan result for ssid '<*>'", lambda: (ssid(),)),
 ("Thunderbolt <*> PCI - LS=<*> LC=<*> LT=<*>", lambda: (0, hx(1), hx(1), r.randint(0, 1))),
 ("IOThunderboltSwitch<<*>>(<*>)::listenerCallback - Port <*> Hotplug event", lambda: (0, "0x0", r.randint(1, 12))),
 ("AppleThunderboltPCIDownAdapter::systemWillShutdown",),
 ("AppleThunderboltNHIType2::waitForOk2Go2Sx - retries = <*>", lambda: (r.randint(0, 60),)),
 ("IOPPF: AppleIntelCPUPowerManagement mode",),
 ("IOPMrootDomain: Sleep due to <*>", lambda: ("Idle Sleep",)),
 ("System Sleep",), ("System Wake",),
 ("PM notification timeout (pid <*>, <*>)", lambda: (pid(), proc())),
 ("PMRD: <*> pid <*> took <*> ms to respond", lambda: (proc(), pid(), ms())),
 ("Sleep failure code <*> <*>", lambda: (hx(8), hx(8))),
 ("Low battery warning: <*>% remaining", lambda: (r.randint(3, 20),)),
 ("USB (XHCI) Port <*> Device <*> removed", lambda: (r.randint(1, 4), hx(4))),
 ("AppleUSBHostController::disableDeviceConnection: port <*>", lambda: (r.randint(1, 4),)),
 ("XHC1@<*>: AppleUSB20XHCIPort::createDevice: failed to create device (<*>)", lambda: (hx(8)[2:], hx(8))),
 ("USB Sound assertion in AppleUSBAudioDevice at line <*>", lambda: (r.randint(100, 9999),)),
 ("CODE SIGNING: cs_invalid_page(<*>): p=<*>[<*>] final status <*>, denying page sending SIGKILL", lambda: (hx(4), pid(), proc(), hx(8))),
 ("CODE SIGNING: process <*>[<*>]: rejecting invalid page at address <*> from offset <*> in file \"<*>\" (cs_mtime:<*>.<*> == mtime:<*>.<*>) (signed:<*> validated:<*> tainted:<*> nx:<*> wpmapped:<*> dirty:<*> depth:<*>)",
   lambda: (pid(), proc(), hx(9), r.randint(0, 9999999), path(), secs(), r.randint(0, 999999), secs(), r.randint(0, 999999), 1, 1, 1, 0, 0, 0, 0)),
 ("process <*>[<*>] caught causing excessive wakeups. Observed wakeups rate (per sec): <*>; Maximum permitted wakeups rate (per sec): <*>; Observation period: <*> seconds; Task lifetime number of wakeups: <*>",
   lambda: (proc(), pid(), r.randint(150, 900), 150, 300, r.randint(45001, 999999))),
 ("memorystatus_thread: idle exiting pid <*> [<*>]", lambda: (pid(), proc())),
 ("Limiting icmp unreach response from <*> to <*> packets per second", lambda: (r.randint(251, 999), 250)),
 ("Limiting closed port RST response from <*> to <*> packets per second", lambda: (r.randint(251, 999), 250)),
 ("utun_ctl_connect: creating interface <*>", lambda: (r.choice(["utun0", "utun1", "utun2"]),)),
 ("IPv6 Interface <*> unavailable, deleting addresses", lambda: (r.choice(IFS),)),
 ("in6_unlink_ifa: IPv6 address <*> has no prefix", lambda: (hx(16),)),
 ("nstat_set_provider_filter: provider <*> filter <*>", lambda: (r.randint(1, 6), hx(4))),
 ("necp_client_copy_internal: client <*> not found", lambda: (uuid(),)),
 ("SIOCPROTOATTACH_IN6: ifp <*> not found", lambda: (r.choice(IFS),)),
 ("WindowServer: _CGXRemoveWindowFromWindowMovementGroup: window <*> is not attached to window <*>", lambda: (hx(2), hx(2))) if False else
 ("_CGXRemoveWindowFromWindowMovementGroup: window <*> is not attached to window <*>", lambda: (hx(2), hx(2))),
 ("send_datagram_available_ping: pid <*> failed to act on a ping it dequeued before timing out.", lambda: (pid(),)),
 ("CGXGetConnectionProperty: Invalid connection <*>", lambda: (r.randint(10000, 999999),)),
 ("Unable to get connection property <*> for connection <*>", lambda: ("SetsCursorInBackground", r.randint(10000, 999999))),
 ("WSGetSurfaceInWindow : Invalid surface <*> for window <*>", lambda: (r.randint(10 ** 8, 10 ** 10), r.randint(1, 900))),
 ("_CGXSetWindowShadowAndRimParameters: Invalid window <*>", lambda: (hx(3),)),
 ("CGXDisplayDidWakeNotification: skipping, display <*> offline", lambda: (hx(8),)),
 ("handle_will_sleep_auth_and_shield_windows: Reordering authw <*>(<*>) (lock state: <*>)", lambda: (ptr(), 2004, r.randint(1, 3))),
 ("Display <*>: Not setting mode, already at desired mode", lambda: (hx(8),)),
 ("disable_update_timeout: UI updates were forcibly disabled by application \"<*>\" for over <*> seconds. Server has re-enabled them.", lambda: (proc(), r.randint(1, 3))),
 ("common_reenable_update: UI updates were finally reenabled by application \"<*>\" after <*> seconds (server forcibly re-enabled them after <*> seconds)", lambda: ("%.2f" % r.uniform(1, 30), "%.2f" % r.uniform(1, 3)) and (proc(), "%.2f" % r.uniform(1, 30), "%.2f" % r.uniform(1, 3))),
 ("mDNSResponder: mDNSPlatformSendUDP sendto(<*>) failed errno <*> (<*>)", lambda: (r.randint(3, 20), 65, "No route to host")) if False else
 ("mDNSPlatformSendUDP sendto(<*>) failed to send packet on InterfaceID <*> <*>/<*> to <*>:<*> skt <*> error <*> errno <*> (<*>) <*>",
   lambda: (r.randint(3, 20), hx(8), "en0", 4, "224.0.0.251", 5353, r.randint(3, 20), -1, 65, "No route to host", r.randint(1, 9999999))),
 ("mDNS_DeregisterInterface: Frequent transitions for interface <*> (<*>)", lambda: ("en0", ip())),
 ("Resolve for <*> in domain local. failed: <*>", lambda: ("_companion-link._tcp", -65540)),
 ("SetDomainSecrets: failed to read the dictionary from the preferences file",),
 ("uDNS_CheckCurrentQuestion: host unreachable error for DNS server <*> for question <*>", lambda: (ip(), "%s.local. (Addr)" % r.choice(["xpc-mbp", "iphone", "printer"]))),
 ("Captive: CNPluginHandler en0: Authenticating",),
 ("Captive: CNPluginHandler en0: Online",),
 ("Captive: en0: Not probing '<*>' (protected network)", lambda: (ssid(),)),
 ("Captive: [CNInfoNetworkActive:<*>] en0: SSID '<*>' not making interface primary (no cache entry)", lambda: (1748, ssid())),
 ("Captive: [SendCaptiveWebSheetDisplayedEvent:<*>] Sending event <*>", lambda: (2341, "CaptiveWebSheetDisplayed")),
 ("Captive: [UnlinkWebSheetPID:<*>] websheet pid <*> exited", lambda: (1310, pid())),
 ("locationd was started after an unclean shutdown",),
 ("Location icon should now be in state 'Blinking'",),
 ("Ignoring Wifi notification, no interest for <*> seconds", lambda: (r.randint(60, 900),)),
 ("NETWORK: requesting <*> <*> locations", lambda: (r.randint(1, 40), "wifi")),
 ("Client <*> is requesting location authorization, status <*>", lambda: (r.choice(APPS), r.randint(0, 4))),
 ("com.apple.xpc.launchd[<*>] (<*>[<*>]): Service exited due to <*>", lambda: (1, r.choice(APPS), pid(), r.choice(["SIGKILL", "SIGTERM", "SIGSEGV"]))),
 ("(<*>) The _DirtyJetsamMemoryLimit key is not available on this platform.", lambda: (r.choice(APPS),)),
 ("(<*>) Service only ran for <*> seconds. Pushing respawn out by <*> seconds.", lambda: (r.choice(APPS), r.randint(0, 9), 10)),
 ("(<*>) Unknown key for integer: <*>", lambda: (r.choice(APPS), "_DirtyJetsamMemoryLimit")),
 ("(<*>) Could not find and/or execute program specified by service: <*>: <*>", lambda: (r.choice(APPS), 2, "No such file or directory")),
 ("Could not import certificates from <*>. Error: <*>", lambda: (path(), -25300)),
 ("secd: SecDbConnectionOpen: SecDbConnection <*> open failed: <*>", lambda: ("keychain-2.db", "database is locked")) if False else
 ("SecDbConnection <*> open failed: <*>", lambda: (r.choice(["keychain-2.db", "ocspcache.sqlite3"]), "database is locked")),
 ("SecOSStatusWith error:[<*>] Error Domain=NSOSStatusErrorDomain Code=<*> \"query missing class name\"", lambda: (-50, -50)),
 ("CKKS: Zone <*> not ready; waiting for sync", lambda: (r.choice(["ProtectedCloudStorage", "Engram", "ApplePay"]),)),
 ("KeychainGetICDPStatus: keychain: <*>", lambda: (r.choice(["-25300", "-34018"]),)),
 ("Failed to sign in with AKAppleIDAuthenticationErrorDomain error <*>", lambda: (-7003,)),
 ("soft-link <*>: dlopen failed: <*>", lambda: ("AppleAccount", "image not found")),
 ("assertion failed: <*>: <*> + <*> [<*>]: <*>", lambda: ("16G29", "libxpc.dylib", r.randint(10000, 99999), uuid(), hx(4))),
 ("CSI: Failed to get IPSW or payload path for <*>", lambda: (r.choice(APPS),)),
 ("NSUserNotificationCenter: Could not find bundle for <*>", lambda: (r.choice(APPS),)),
 ("LSExceptions shared instance invalidated for timeout.",),
 ("Attempted to register an app-specific transaction for pid <*> with no bundle identifier", lambda: (pid(),)),
 ("Invoked notification with id: <*>", lambda: (uuid(),)),
 ("QQ[<*>]: <*> Warning: Expected min height of view: (<*>) to be less than or equal to <*> but got a height of <*>.", lambda: (pid(), "<NSTextField: %s>" % ptr(), "<NSView: %s>" % ptr(), "30.000000", "%.6f" % r.uniform(30, 60))) if False else
 ("Warning: Expected min height of view: (<*>) to be less than or equal to <*> but got a height of <*>. This error will be logged once per view in violation.", lambda: ("<NSButton: %s>" % ptr(), "30", "%.6f" % r.uniform(30, 60))),
 ("[QL] Can't get plugin bundle info at <*>", lambda: (path(),)),
 ("GoogleSoftwareUpdateAgent <*> [<*>] -[KSAgentApp(PrivateMethods) setUpLoggerOutputForVerboseMode:] Agent default/global settings: <*>", lambda: ("2017-07-0%d %02d:%02d:%02d.%03d" % (r.randint(1, 9), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)), "%s/%s" % (pid(), hx(4)), "{ ActivePingInterval = 14400; }")),
 ("Google Chrome Helper: cannot make sandboxed gpu process <*>", lambda: (pid(),)),
 ("Chrome: DEPRECATED USE in libdispatch client: Changing the target of a source after it has been activated; set a breakpoint on _dispatch_bug_deprecated to debug",),
 ("WeChat: NSURLSession/NSURLConnection HTTP load failed (kCFStreamErrorDomainSSL, <*>)", lambda: (r.choice([-9802, -9806, -9813]),)),
 ("Microsoft Word: Exception caught in <*>: <*>", lambda: ("-[MSODocument save]", "NSInternalInconsistencyException")),
 ("Dropbox: Unable to obtain a task name port right for pid <*>: (os/kern) failure (<*>)", lambda: (pid(), hx(1))),
 ("Mail: [Accounts] Failed to update account <*>: <*>", lambda: (uuid(), "The Internet connection appears to be offline.")),
 ("Safari: [Networking] Task <<*>>.<<*>> finished with error - code: <*>", lambda: (uuid(), r.randint(1, 9), -1001)),
 ("corecaptured: CCDataTap::profileRemoved, Owner: <*>, Name: <*>", lambda: ("com.apple.iokit.IO80211Family", r.choice(["IO80211AWDLPeerManager", "StateSnapshots"]))),
 ("CCLogTap::profileRemoved, Owner: <*>, Name: <*>", lambda: ("com.apple.driver.AirPort.Brcm4360.0", r.choice(["DriverLogs", "OSLog"]))),
 ("CCProfileMonitor::setStreamEventHandler Added",),
 ("Enter CaptureManager::trigger(<*>)", lambda: (r.randint(1, 3),)),
 ("airportd: Failed to read key <*> from <*>", lambda: (r.choice(["JoinMode", "PreferredOrder"]), path())),
 ("airportd: _doAutoJoin: Already associated to \u201c<*>\u201d. Bailing on auto-join.", lambda: (ssid(),)),
 ("airportd: _processIPv4Changes: ARP/NDP offloads disabled, not programming the offload", ),
 ("airportd: -[CWXPCSubsystem internal_submitIPConfigLatencyMetric:leaseDuration:]: <*> secs, lease <*> secs", lambda: ("%.3f" % r.uniform(0, 10), r.choice([3600, 7200, 86400]))),
 ("symptomsd: __73-[NetworkAnalyticsEngine observeValueForKeyPath:ofObject:change:context:]_block_invoke unexpected switch value <*>", lambda: (r.randint(1, 9),)),
 ("networkd: nw_endpoint_handler_add_write_request [<*> <*>:<*> failed socket-flow (satisfied)] cannot accept write requests", lambda: ("%d.%d" % (r.randint(1, 900), r.randint(1, 9)), ip(), 443)),
 ("networkd: -[NETClientConnection effectiveBundleID] using process name <*> as bundle ID (this is expected for daemons without bundle ID", lambda: (proc(),)),
 ("nsurlsessiond: NSURLSession task <*> resumed with reason <*>", lambda: (uuid(), r.randint(1, 9))),
 ("sharingd: <*> [Ranging] Peer <*> did range to <*>", lambda: ("%02d:%02d:%02d.%03d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)), hx(12)[2:], "%.2fm" % r.uniform(0, 9))),
 ("sharingd: TCPConnection: <*> connect failed: <*>", lambda: (uuid(), "Connection refused")),
 ("cloudd: SecOSStatusWith error:[<*>] Error Domain=NSOSStatusErrorDomain Code=<*> \"<*>\"", lambda: (-25300, -25300, "errKCItemNotFound")) if False else
 ("cloudd: [<*>] Request <*> finished with status <*> after <*> seconds", lambda: (r.choice(["CKDFetchRecordZonesOperation", "CKDModifyRecordsOperation"]), uuid(), r.choice([200, 401, 503]), "%.3f" % r.uniform(0, 9))),
 ("Apple80211Set: seqNum <*> Total <*> chg <*> en0", lambda: (r.randint(1, 9999), r.randint(1, 5), 0)),
 ("ACInterfaceGetPower: Unable to retrieve power state for <*>", lambda: (r.choice(IFS),)),
 ("kernel: proc <*>: load code signature error <*> for file \"<*>\"", lambda: (pid(), r.choice([2, 4]), proc())),
 ("AppleKeyStore: operation failed (pid: <*> sel: <*> ret: <*> <*>)", lambda: (pid(), r.randint(1, 50), hx(8), r.randint(-600000000, -1))),
 ("ath: <*>: SMC read key <*> failed (<*>)", lambda: (ts(), r.choice(["TB0T", "PC0C", "BNum"]), hx(2))),
 ("SMC::smcReadKeyAction ERROR <*> kSMCBadArgumentError(<*>) fKeyHashTable=<*>", lambda: (r.choice(["TB0T", "MSLD", "RPlt"]), 89, "0x0")),
 ("SMC::smcGetPLimits <*>", lambda: (r.randint(0, 100),)),
 ("Unable to determine MDM enrollment state",),
 ("BTLE scanner Powered Off",), ("BTLE scanner Powered On",),
 ("[BluetoothHIDDevice] Link key request for device <*> not found", lambda: (mac(r),)),
 ("IOBluetoothHCIController::setConfigState - calling BluetoothHCIWriteScanEnable( <*> )", lambda: (r.randint(0, 3),)),
 ("TouchBarServer: [ASLTouchBar] Sending <*> to <*>", lambda: (r.choice(["touch down", "touch up"]), pid())),
 ("CoreAnimation: warning, deleted thread with uncommitted CATransaction; set CA_DEBUG_TRANSACTIONS=1 in environment to log backtraces.",),
 ("[SMART] SMART status check failed for disk <*>", lambda: (r.choice(["disk0", "disk1"]),)),
 ("disk<*>: no such device, flush cache failed", lambda: (r.randint(1, 4),)),
 ("jnl: disk<*>s<*>: replay_journal: from: <*> to: <*> (joffset <*>)", lambda: (r.randint(1, 4), r.randint(1, 4), r.randint(1000, 99999999), r.randint(1000, 99999999), hx(8))),
 ("apfs_vfsop_mount:<*>: mounted volume: <*>", lambda: (r.randint(1000, 2000), r.choice(["Macintosh HD", "Preboot", "VM", "Recovery"]))),
 ("fseventsd: log dir: <*> getting new uuid: <*>", lambda: ("/.fseventsd", uuid())),
 ("mds: (Warning) Volume: vsd:<*> Open failed. failureCount:<*>::<*>", lambda: (hx(8), r.randint(1, 9), r.randint(0, 9))),
 ("mdworker: (Error) Import: Importer <*> failed on <*>", lambda: (r.choice(["Chromium", "RichText", "QuickLook"]), path())),
 ("spindump: Saved <*> report for <*> version <*> to <*>", lambda: (r.choice(["hang", "wakeups_resource"]), proc(), "%d.%d" % (r.randint(1, 60), r.randint(0, 9)), path())),
 ("ReportCrash: Saved crash report for <*>[<*>] version <*> to <*>", lambda: (proc(), pid(), "%d.%d.%d" % (r.randint(1, 60), r.randint(0, 9), r.randint(0, 9)), path())),
 ("diagnosticd: Connection to the diagnostic service interrupted, pid <*>", lambda: (pid(),)),
 ("powerd: Process <*>.<*> TimedOut <*> assertion \"<*>\" age <*> id <*> [System: <*>]", lambda: (proc(), pid(), r.choice(["PreventUserIdleSystemSleep", "PreventSystemSleep"]), r.choice(["com.apple.audio.context", "Playing audio"]), "00:%02d:%02d" % (r.randint(0, 59), r.randint(0, 59)), r.randint(4294900000, 4294999999), "PrevIdle")),
 ("powerd: Summary- [System: <*>] Using <*>(Charge: <*>)", lambda: ("PrevIdle DeclUser kDisp", r.choice(["AC", "Batt"]), r.randint(1, 100))),
 ("powerd: Sleep Service Back to Sleep",),
 ("timed: settimeofday(<*>) delta <*>", lambda: ("%d.%06d" % (r.randint(1498000000, 1499999999), r.randint(0, 999999)), "%.6f" % r.uniform(-2, 2))),
 ("ntpd: sntp_request: failed to send, error <*>", lambda: (r.choice([50, 65]),)),
 ("syslogd: Configuration Notice: ASL Module \"<*>\" claims selected messages. Those messages may not appear in standard system log files or in the ASL database.", lambda: (r.choice(["com.apple.cdscheduler", "com.apple.install", "com.apple.authd"]),)),
 ("syslogd: ASL Sender Statistics: <*> messages dropped from <*>", lambda: (r.randint(1, 999), proc())),
]

def tail(t):
    tpl = t[0]
    vals = t[1]() if len(t) > 1 else ()
    E(tpl, *vals)

# schedule: every tail template appears once; about a third appear 2-4 times
tail_events = []
for t in T:
    n = 1 if r.random() < 0.6 else r.randint(2, 4)
    tail_events += [t] * n
r.shuffle(tail_events)
EPIS = [(sleep_wake, 6), (wifi_join, 4), (wifi_bg, 22), (periodic, 16), (sandbox, 8), (chrome_qq, 10), (corecapture, 3), (secd, 6), (usb, 2)]
fns = [f for f, _ in EPIS]; ws = [w for _, w in EPIS]
n_tail = len(tail_events)
chunks = []
while sum(len(c) for c in chunks) < 2000 - n_tail:
    start = len(L.rows)
    r.choices(fns, ws)[0]()
    chunks.append(L.rows[start:])
for t in tail_events:
    start = len(L.rows)
    tail(t)
    chunks.insert(r.randrange(0, len(chunks) - 1), L.rows[start:])
rows = [x for c in chunks for x in c]
extra = len(rows) - 2000
assert 0 <= extra < len(chunks[-1]), extra
L.rows = rows[:2000]
write_system("MacSys", L)
