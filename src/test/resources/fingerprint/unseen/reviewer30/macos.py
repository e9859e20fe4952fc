"""MacOS: system.log of a MacBook Pro running macOS 10.12 that is carried
around a campus (frequent sleep / DarkWake cycles, Wi-Fi roaming), content
only: the part after "Mon DD HH:MM:SS host process[pid]: ".

Kernel (AirPort/ARPT Broadcom driver, power management, Thunderbolt,
sandbox denials), WindowServer, mDNSResponder, launchd, powerd, sharingd,
locationd, corecaptured, com.apple.* agents and third-party apps (Chrome
helpers, Google Software Update, QQ, Microsoft Office). Long tail: many
event types appear only a handful of times.
"""

from common import (Builder, Pool, weighted, interleave, public_ip, hexs,
                    b64s, lognum)

NAME = "MacOS"
USER = "alexchen"


def build(seed=1101):
    b = Builder(NAME, seed)
    rng = b.rng
    R = __import__("random").Random(seed + 5)
    st = {"up": 620701.011328, "cts": 0, "clock": 9 * 3600}

    def arpt(r):
        st["up"] += r.uniform(0.0005, 40)
        return "%.6f" % st["up"]

    def hms(r):
        st["clock"] = (st["clock"] + r.randint(1, 400)) % 86400
        c = st["clock"]
        return "%02d:%02d:%02d.%03d" % (c // 3600, c // 60 % 60, c % 60,
                                        r.randrange(1000))

    def stamp(r):
        c = st["clock"]
        return "2017-07-%02d_%02d,%02d,%02d.%06d" % (
            r.randint(1, 9), c // 3600, c // 60 % 60, c % 60,
            r.randrange(10 ** 6))

    def gsu_ts(r):
        c = st["clock"]
        return "2017-07-%02d %02d:%02d:%02d.%03d" % (
            r.randint(1, 9), c // 3600, c // 60 % 60, c % 60,
            r.randrange(1000))

    def bssid(r):
        return ":".join("%x" % r.randrange(256) for _ in range(6))

    def comm(name):
        return name[:16]   # kernel p_comm is MAXCOMLEN (16) characters

    ssids = Pool(["CalVisitor", "eduroam", "Starbucks WiFi", "xfinitywifi",
                  "Home-5G", "NETGEAR42", "Airport Free WiFi", "TP-Link_5A3C",
                  "Lab Guest", "CityLibrary", "HomeNet", "iPhone"], s=1.3)
    procs_full = ["Google Chrome Helper", "com.apple.WebKit.WebContent", "QQ",
                  "WeChat", "Microsoft Word", "Microsoft Excel", "mdworker",
                  "com.apple.AddressBook.InternetAccountsBridge", "Safari",
                  "Dropbox", "Spotify Helper", "Preview", "Notes", "Mail",
                  "Spotlight", "photolibraryd", "Slack Helper", "Code Helper",
                  "storeassetd", "AddressBookSourceSync", "quicklookd",
                  "CalendarAgent", "suggestd", "Microsoft PowerPoint",
                  "Microsoft Outlook", "GoogleSoftwareUpdateAgent",
                  "com.apple.geod", "Google Chrome"]
    sbprocs = Pool([comm(p) for p in procs_full], s=1.1)
    bigprocs = Pool(["Google Chrome Helper", "WindowServer", "Dropbox",
                     "Microsoft Word", "Spotify", "QQ", "mds_stores",
                     "Slack Helper", "Safari", "com.apple.WebKit.WebContent"],
                    s=1.0)
    services = Pool(["com.apple.coreservices.launchservicesd",
                     "com.apple.CoreServices.coreservicesd",
                     "com.apple.windowserver.active", "com.apple.tccd",
                     "com.apple.networking.captivenetworksupport",
                     "com.apple.fonts", "com.apple.cfprefsd.daemon",
                     "com.apple.SystemConfiguration.configd",
                     "com.apple.lsd.mapdb", "com.apple.bird",
                     "com.apple.dock.server", "com.apple.nsurlsessiond",
                     "com.apple.securityd", "com.apple.iconservices",
                     "com.apple.PowerManagement.control",
                     "com.apple.pasteboard.1",
                     "com.apple.distributed_notifications@Uv3"], s=1.0)
    home = "/Users/" + USER
    paths = Pool([
        home + "/Library/Preferences/com.apple.LaunchServices/"
        "com.apple.launchservices.secure.plist",
        home + "/Library/Application Support/Google/Chrome/Default/Cookies",
        home + "/Library/Application Support/Google/Chrome/Local State",
        "/Library/Preferences/Logging/Subsystems/com.apple.SafariShared.plist",
        "/private/etc/hosts", "/private/var/db/mds/system/mds.lock",
        home + "/Library/Containers/com.tencent.qq/Data/Library/Caches",
        home + "/Library/Group Containers/UBF8T346G9.Office/MicrosoftRegistr"
        "ationDB.reg",
        "/Library/Keychains/System.keychain",
        home + "/Library/Keychains/login.keychain-db",
        home + "/Documents", home + "/Desktop/Screen Shot.png",
        "/Applications/Microsoft Word.app/Contents/Resources/Fonts",
        "/dev/dtracehelper", "/private/var/folders/zz/zyxvpxvq6csfxvn_n0000"
        "000000000/C/com.apple.QuickLook.thumbnailcache"], s=0.9)
    labels = Pool(["com.apple.quicklook", "com.apple.quicklook.ui.helper",
                   "com.apple.imfoundation.IMRemoteURLConnectionAgent",
                   "com.apple.WebKit.WebContent", "com.apple.WebKit.Networking",
                   "com.apple.photolibraryd", "com.apple.cloudphotosd",
                   "com.apple.mdworker.shared",
                   "com.apple.preference.displays.MirrorDisplays",
                   "com.apple.CommerceKit.TransactionService",
                   "com.apple.AssetCacheLocatorService", "com.apple.suggestd",
                   "com.apple.appstoreagent", "com.apple.ctkd",
                   "com.apple.SafariBookmarksSyncAgent",
                   "com.google.Keystone.Agent", "com.google.keystone.user.agent",
                   "com.microsoft.autoupdate.helper",
                   "com.dropbox.DropboxMacUpdate.agent",
                   "com.spotify.webhelper",
                   "com.apple.quicklook.ThumbnailsAgent",
                   "com.apple.cmio.AppleCameraAssistant",
                   "com.apple.storeassetd", "com.apple.corespotlightd",
                   "com.apple.AirPlayXPCHelper", "com.apple.bird",
                   "com.apple.xpc.launchd.domain.pid.WebContent.%d"
                   % R.randint(1000, 60000),
                   "com.apple.xpc.launchd.oneshot.0x10000%03d.Google Chrome"
                   % R.randint(1, 200)], s=1.0)
    cts_tasks = Pool(["com.apple.EscrowSecurityAlert.daily",
                      "com.apple.SafariCloudHistoryPushAgent.periodic",
                      "com.apple.suggestions.harvest",
                      "com.apple.photos.analysis",
                      "com.apple.icloud.fmfd.heartbeat",
                      "com.apple.CacheDelete.daily",
                      "com.apple.AddressBook.ScheduledSync."
                      "PHXCardDAVSource",
                      "com.apple.mobileassetd.auto-asset-update",
                      "com.apple.coreduetd.dailyRollup",
                      "com.apple.metadata.mds.index.compact",
                      "com.apple.TrustEvaluationAgent.periodic",
                      "com.apple.ical.sync.x-coredata://DB05755C-483D-44B7-"
                      "B93B-ED06E57FF420/CalDAVPrincipal/p11",
                      "com.apple.wifi.WiFiAgent.scan",
                      "com.apple.spotlight.SyndicatedContentRefresh",
                      "com.apple.softwareupdate.autoupdate"], s=0.9)
    wake_reasons = Pool(["EC.LidOpen (User)", "ARPT (Network)",
                         "RTC (Alarm)", "XHC1 (User)",
                         "EC.SleepTimer (SleepTimer)", "EC.PowerButton (User)",
                         "XHC1 RTC (User)"], s=1.1)
    dwreasons = Pool(["RTC/Maintenance", "ARPT/Network",
                      "EC.SleepTimer/SleepTimer", "RTC/SleepService"], s=1.0)
    myip = "10.105.%d.%d" % (R.randint(160, 163), R.randint(2, 250))
    my6 = "fe80:0:0:0:c6b3:1ff:fecd:467f"
    remote_ips = Pool([public_ip(R) for _ in range(12)], s=1.2)

    b.g("arpt", arpt)
    b.g("pid", lambda r: r.randint(60, 99999))
    b.g("n", lambda r: r.randint(0, 9))
    b.g("ms", lambda r: lognum(r, 1, 4000))
    b.g("us", lambda r: r.randint(1, 9))
    b.g("time", hms)
    b.g("ip4", lambda r: myip)
    b.g("ip6", lambda r: my6)
    b.g("ifc", lambda r: weighted(r, [("en0", 6), ("awdl0", 3)]))
    b.g("bssid", bssid)
    b.g("ch", lambda r: weighted(r, [(1, 3), (6, 3), (11, 3), (36, 2),
                                     (44, 1), (149, 2), (157, 1)]))
    b.g("ssid", lambda r: ssids.pick(r))
    b.g("sbproc", lambda r: sbprocs.pick(r))
    b.g("proc", lambda r: bigprocs.pick(r))
    b.g("service", lambda r: services.pick(r))
    b.g("path", lambda r: paths.pick(r))
    b.g("label", lambda r: labels.pick(r))
    b.g("task", lambda r: cts_tasks.pick(r))
    b.g("hex", lambda r: hexs(r, r.choice([4, 5])))
    b.g("addr", lambda r: "7f%s" % hexs(r, 10))
    b.g("h8", lambda r: hexs(r, 8))
    b.g("seq", lambda r: r.randint(10 ** 8, 4 * 10 ** 9))
    b.g("port", lambda r: r.randint(49152, 65535))
    b.g("stamp", stamp)
    b.g("gts", gsu_ts)
    b.g("kb", lambda r: r.randint(10000, 2000000))
    b.g("yn", lambda r: weighted(r, [("Yes", 2), ("No", 3)]))
    b.g("user", lambda r: USER)

    T = b.t
    # ------------------------------------------------------ kernel / ARPT
    T("arpt_sync", "ARPT: %{arpt}: AirPort_Brcm43xx::syncPowerState: "
      "WWEN[enabled]")
    T("arpt_wow_dis", "ARPT: %{arpt}: AirPort_Brcm43xx::platformWoWEnable: "
      "WWEN[disable]")
    T("arpt_wow_en", "ARPT: %{arpt}: AirPort_Brcm43xx::platformWoWEnable: "
      "WWEN[enable]")
    T("arpt_mdns4", "ARPT: %{arpt}: wl0: MDNS: IPV4 Addr: %{ip4}")
    T("arpt_mdns6", "ARPT: %{arpt}: wl0: MDNS: IPV6 Addr: %{ip6}")
    T("arpt_ka_lip", "ARPT: %{arpt}: wl0: setup_keepalive: Local IP: %{ip4}")
    T("arpt_ka_rip", "ARPT: %{arpt}: wl0: setup_keepalive: Remote IP: %{rip}")
    T("arpt_ka_port", "ARPT: %{arpt}: wl0: setup_keepalive: Local port: "
      "%{port}, Remote port: %{rport}")
    T("arpt_ka_seq", "ARPT: %{arpt}: wl0: setup_keepalive: Seq: %{seq}, Ack: "
      "%{ack:seq}, Win size: %{win}")
    T("arpt_tcpkeep", "ARPT: %{arpt}: wl0: wl_update_tcpkeep_seq: Original "
      "Seq: %{seq}, Ack: %{ack:seq}, Win size: %{win}")
    T("arpt_tcpkeep_upd", "ARPT: %{arpt}: wl0: wl_update_tcpkeep_seq: Updated "
      "seq/ack/win from UserClient Seq %{seq}, Ack %{ack:seq}, Win size "
      "%{win}")
    T("arpt_offload", "ARPT: %{arpt}: wl0: leaveModulePoweredForOffloads: "
      "Wi-Fi will stay on.")
    T("arpt_onsleep", "ARPT: %{arpt}: IOPMPowerSource Information: onSleep,  "
      "SleepType: Normal Sleep,  'ExternalConnected': %{yn}, "
      "'TimeRemaining': %{rem},")
    T("arpt_onwake", "ARPT: %{arpt}: IOPMPowerSource Information: onWake,  "
      "WakeType: %{wt},  'ExternalConnected': %{yn}, 'TimeRemaining': "
      "%{rem},")
    T("arpt_aqm_params", "ARPT: %{arpt}: AQM agg params 0x%{h1} maxlen hi/lo "
      "0x0 0xffff minlen 0x0 adjlen 0x0")
    T("arpt_aqm_results", "ARPT: %{arpt}: AQM agg results 0x%{h1} len hi/lo: "
      "0x0 0x%{h2} BAbitmap(0-3) %{b0} %{b1} %{b2} %{b3}")
    T("arpt_aggfifo", "ARPT: %{arpt}: wlc_dump_aggfifo:")
    T("arpt_framerdy", "ARPT: %{arpt}: framerdy 0x%{h1} bmccmd %{n} framecnt "
      "%{fc}")
    T("arpt_sys_sleep", "ARPT: %{arpt}: AirPort_Brcm43xx::powerChange: System "
      "Sleep")
    T("arpt_sys_wake", "ARPT: %{arpt}: AirPort_Brcm43xx::powerChange: System "
      "Wake - Full Wake/ Dark Wake / Maintenance wake")
    T("arpt_roam", "ARPT: %{arpt}: wl0: Roamed or switched channel, reason "
      "#%{n}, bssid %{bssid}, last RSSI %{rssi}")
    # ------------------------------------------------------ AirPort / net
    T("link_down", "AirPort: Link Down on %{ifc}. Reason %{code} (%{reason}).")
    T("link_up", "AirPort: Link Up on %{ifc}")
    T("bssid", "%{ifc}: BSSID changed to %{bssid}")
    T("channel", "%{ifc}: channel changed to %{ch}")
    T("country", "en0: 802.11d country code set to '%{cc}'.")
    T("chanlist", "en0: Supported channels %{chans}")
    T("awdl_suspend", "IO80211AWDLPeerManager::setAwdlSuspendedMode() "
      "Suspending AWDL, enterQuietMode(true)")
    T("awdl_resume", "IO80211AWDLPeerManager::setAwdlAutoMode Resuming AWDL")
    T("awdl_mode", "IO80211AWDLPeerManager::setAwdlOperatingMode Setting the "
      "AWDL operation mode from %{m1} to %{m2}")
    T("wlevent_down", "wlEvent: %{i1} %{i2} Link DOWN virtIf = %{n}")
    T("wlevent_up", "wlEvent: %{i1} %{i2} Link UP virtIf = %{n}")
    T("btcoex", "Setting BTCoex Config: enable_2G:1, profile_2G:0, "
      "desense_2G:0, mode2G:0, enable_5G:1, profile_5G:0, desense_5G:0, "
      "mode5G:0.")
    T("in6_unlink", "in6_unlink_ifa: IPv6 address 0x%{a} has no prefix")
    T("protodetach", "SIOCPROTODETACH_IN6: %{utun} error=%{n}")
    T("eapol", "en0: Received EAPOL packet (length = %{len})")
    T("promisc_on", "en0: promiscuous mode enable succeeded")
    T("promisc_off", "en0: promiscuous mode disable succeeded")
    T("usbmsc", "USBMSC Identifier (non-unique): %{serial} 0x%{vid} 0x%{pd} "
      "0x%{rev}, %{n}")
    # ------------------------------------------------------ power / sleep
    T("wake_reason", "Wake reason: %{wr}")
    T("prev_sleep", "Previous sleep cause: %{n}")
    T("rtc_maint", "RTC: Maintenance %{d1} %{t1}, sleep %{d2} %{t2}")
    T("rtc_ignored", "RTC: PowerByCalendarDate setting ignored")
    T("camin_wake", "AppleCamIn::systemWakeCall - messageType = 0x%{mt}")
    T("camin_thread", "AppleCamIn::wakeEventHandlerThread")
    T("camin_gated", "AppleCamIn::handleWakeEvent_gated")
    T("pm_response", "PM response took %{ms} ms (%{pid}, %{who})")
    T("hib_path", "hibernate image path: /var/vm/sleepimage")
    T("hib_preflight", "hibernate_page_list_setall(preflight %{pf}) start")
    T("hib_time", "hibernate_page_list_setall time: %{ms} ms")
    T("hib_pages", "pages %{p}, wire %{w}, act %{a}, inact %{i}, cleaned %{c} "
      "spec %{s}, zf %{z}, throt %{t}, compr %{cp}, xpmapped %{x}")
    T("tb_prepci", "AppleThunderboltNHIType2::prePCIWake - power up complete - "
      "took %{us} us")
    T("tb_earlywake", "AppleThunderboltGenericHAL::earlyWake - complete - took "
      "%{msf} milliseconds")
    T("tb_ok2go", "AppleThunderboltNHIType2::waitForOk2Go2Sx - retries = "
      "%{n}")
    T("tb_hpd", "IOThunderboltSwitch<0>(0x0)::listenerCallback - Thunderbolt "
      "HPD packet for route = 0x0 port = %{tp} unplug = %{b}")
    T("fullwake_req", "full wake request (reason %{n}) %{ms} ms")
    T("fullwake_promo", "full wake promotion (reason %{n}) %{ms} ms")
    T("pmstats_read", "PMStats: Hibernate read took %{ms} ms")
    T("pmstats_write", "PMStats: Hibernate write took %{ms} ms")
    T("sleep_fail", "Sleep failure code 0x%{h1} 0x%{h2}")
    T("cs_invalid", "CODE SIGNING: cs_invalid_page(0x%{a}): p=%{pid}[%{p}] "
      "final status 0x%{h1}, denying page sending SIGKILL")
    T("wakeups", "process %{proc}[%{pid}] caught causing excessive wakeups. "
      "Observed wakeups rate (per sec): %{rate}; Maximum permitted wakeups "
      "rate (per sec): 150; Observation period: 300 seconds; Task lifetime "
      "number of wakeups: %{tot}")
    T("memstatus", "memorystatus_thread: idle exiting pid %{pid} [%{p}]")
    T("payload", "Unexpected payload found for message %{n}, dataLen %{dl}")
    T("bt_le", "Bluetooth -- LE is supported - Disable LE meta event")
    T("bt_halt", "**** [IOBluetoothHostControllerUSBTransport]"
      "[ClearFeatureInterruptEndpointHalt] -- successfully post a Clear "
      "Feature Interrupt Endpoint Halt Request")
    T("bt_reset", "[BroadcomBluetoothHostController][SetupController] -- "
      "Delay HCI Reset by 300ms  ****")
    T("hid_mt", "[HID] [MT] AppleMultitouchDevice::willTerminate entered")
    T("hid_atc", "[HID] [ATC] [Error] AppleDeviceManagementHIDEventService::"
      "start Could not make a string from out connection notification key")
    T("actuator_stop", "AppleActuatorDeviceUserClient::stop Entered")
    T("sandbox", "Sandbox: %{sbproc}(%{pid}) deny(%{dn}) %{op} %{target}")
    T("sandbox_sp", "Sandbox: %{sbproc}(%{pid}) System Policy: deny(%{dn}) "
      "%{op} %{target}")
    T("jnl", "jnl: %{disk}: replay_journal: from: %{f} to: %{t} (joffset "
      "0x%{h1})")
    T("nspace", "nspace-handler-set-snapshot-time: %{epoch}")
    T("hfs_mount", "hfs: mounted %{vol} on device %{dev}")
    T("hfs_unmount", "hfs: unmount initiated on %{vol} on device %{dev}")
    T("kext_rebuild", "considerRebuildOfPrelinkedKernel %{kext} triggered "
      "rebuild")
    # ------------------------------------------------------ mDNSResponder
    T("mdns_reg", "mDNS_RegisterInterface: Frequent transitions for interface "
      "%{ifc} (%{ipx})")
    T("mdns_dereg", "mDNS_DeregisterInterface: Frequent transitions for "
      "interface %{ifc} (%{ipx})")
    T("mdns_send", "mDNSPlatformSendUDP sendto(%{fd}) failed to send packet "
      "on InterfaceID %{iid} %{ifc}/%{k} to %{dst}:5353 skt %{skt} error "
      "%{err} errno %{en} (%{estr})")
    T("mdns_penalty", "PenaltyTimeForServer: PenaltyTime negative %{neg}, "
      "(%{neg2}) resetting to zero")
    T("d2d_loaded", "D2D_IPC: Loaded")
    T("mdns_tcp", "ERROR: mDNSPlatformReadTCP - recv %{fd} ETIMEDOUT")
    # ------------------------------------------------------ WindowServer
    T("ws_didwake", "CGXDisplayDidWakeNotification [%{big}]: posting "
      "kCGSDisplayDidWake")
    T("ws_defer", "handle_will_sleep_auth_and_shield_windows: Deferring.")
    T("ws_nolock", "handle_will_sleep_auth_and_shield_windows: no lock state "
      "data")
    T("ws_lockshot", "device_generate_lock_screen_screenshot: authw "
      "0x%{addr}(%{w1})[%{rect}] shield 0x%{addr2:addr}(%{w2}), dev "
      "[%{dw:scrw},%{dh:scrh}]")
    T("ws_deskshot", "device_generate_desktop_screenshot: authw "
      "0x%{addr}(%{w1}), shield 0x%{addr2:addr}(%{w2})")
    T("ws_movegroup", "_CGXRemoveWindowFromWindowMovementGroup: window 0x%{x1} "
      "is not attached to window 0x%{x2}")
    T("ws_alpha", "CGXSetWindowListAlpha: Invalid window %{n} (index %{i}/%{j})")
    T("ws_ping", "send_datagram_available_ping: pid %{pid} failed to act on a "
      "ping it dequeued before timing out.")
    T("ws_fence", "CoreAnimation: timed out fence %{hex}")
    T("ws_breakpoint", "Set a breakpoint at CGSLogError to catch errors as "
      "they are logged.")
    T("ws_surface", "WSGetSurfaceInWindow : Invalid surface %{surf} for window "
      "%{win:wid}")
    # ------------------------------------------------------ launchd
    T("ld_endpoint", "(%{label}[%{pid}]) Endpoint has been activated through "
      "legacy launch(3) APIs. Please switch to XPC or bootstrap_check_in(): "
      "%{ep}")
    T("ld_abnormal", "(%{label}[%{pid}]) Service exited with abnormal code: "
      "%{code}")
    T("ld_signal", "(%{label}[%{pid}]) Service exited due to %{sig}")
    T("ld_signal_by", "(%{label}[%{pid}]) Service exited due to %{sig} | sent "
      "by %{sender}")
    T("ld_respawn", "(%{label}) Service only ran for %{n} seconds. Pushing "
      "respawn out by %{m} seconds.")
    T("ld_jetsam", "(%{label}) The _DirtyJetsamMemoryLimit key is not "
      "available on this platform.")
    T("ld_noexec", "(%{label}) Could not find and/or execute program specified "
      "by service: %{errno}: %{estr:enoent}: %{prog}")
    T("ld_import", "Could not import service from caller: caller = "
      "%{caller}, service = %{label}, error = %{lderr}")
    T("ld_inefficient", "(%{label}) This service is defined to be constantly "
      "running and is inherently inefficient.")
    # ------------------------------------------------------ powerd
    T("pw_created", "Process %{pname}.%{pid} Created %{atype} \"%{why}\" "
      "age:00:00:00 id:%{aid} [System: %{sys}]")
    T("pw_released", "Process %{pname}.%{pid} Released %{atype} \"%{why}\" "
      "age:%{age} id:%{aid} [System: %{sys}]")
    T("pw_timedout", "Process %{pname}.%{pid} TimedOut %{atype} \"%{why}\" "
      "age:%{age} id:%{aid} [System: %{sys}]")
    T("pw_enter_sleep", "Entering Sleep state due to '%{cause}':"
      "TCPKeepAlive=active Using %{src} (Charge:%{chg}%) %{secs} secs")
    T("pw_wake", "Wake from Normal Sleep [CDNVA] : due to %{dw} Using %{src} "
      "(Charge:%{chg}%)")
    T("pw_darkwake", "DarkWake from Normal Sleep [CDN] : due to %{dw} Using "
      "%{src} (Charge:%{chg}%) %{secs} secs")
    # ------------------------------------------------------ agents
    T("cts", "%{task}: scheduler_evaluate_activity told me to run this job; "
      "however, but the start time isn't for %{secs} seconds.  Ignoring.")
    T("cdsched", "Thermal pressure state: %{th} Memory pressure state: %{mp}")
    T("secd_sos", "SOSAccountThisDeviceCanSyncWithCircle sync with device "
      "failure: Error Domain=com.apple.security.sos.error Code=1035 "
      "\"Account identity not set\" UserInfo={NSDescription=Account identity "
      "not set}")
    T("loc_active", "Location icon should now be in state 'Active'")
    T("loc_inactive", "Location icon should now be in state 'Inactive'")
    T("btle_on", "%{time} : BTLE scanner Powered On")
    T("btle_off", "%{time} : BTLE scanner Powered Off")
    T("discoverable", "%{time} : Discoverable mode changed to %{mode}")
    T("sd_power", "%{time} : SDStatusMonitor::kStatusWirelessPowerChanged")
    T("captive_primary", "Captive: [CNInfoNetworkActive:1748] %{ifc}: SSID "
      "'%{ssid}' making interface primary (cache indicates network not "
      "captive)")
    T("captive_protected", "Captive: [CNInfoNetworkActive:1748] %{ifc}: SSID "
      "'%{ssid}' making interface primary (protected network)")
    T("cn_evaluating", "Captive: CNPluginHandler %{ifc}: Evaluating")
    T("cn_authenticated", "Captive: CNPluginHandler %{ifc}: Authenticated")
    T("cn_inactive", "Captive: CNPluginHandler %{ifc}: Inactive")
    T("na_switch", "__73-[NetworkAnalyticsEngine observeValueForKeyPath:"
      "ofObject:change:context:]_block_invoke unexpected switch value %{n}")
    T("na_journal", "-[NetworkAnalyticsEngine _writeJournalRecord:"
      "fromCellFingerprint:key:atLOI:ofKind:lqm:isFaulty:] Hashing of the "
      "primary key failed. Dropping the journal record.")
    T("objc_dup", "objc[%{pid}]: Class %{cls} is implemented in both %{p1} "
      "(0x%{a1:addr}) and %{p2} (0x%{a2:addr}). One of the two will be used. "
      "Which one is undefined.")
    T("notify_bsd", "-[SessionAgentNotificationCenter sendBSDNotification:"
      "withOptions:] | Sending BSD notification: %{note}")
    T("user_process", "USER_PROCESS: %{pid} %{tty}")
    T("dead_process", "DEAD_PROCESS: %{pid} %{tty}")
    T("loc_requery", "NETWORK: requery, 0, 0, 0, 0, 0, items, fQueryRetries, "
      "%{n}, fLastRetryTimestamp, %{f:ff}")
    T("loc_noresp", "NETWORK: no response from server, reachability, %{n}, "
      "queryRetries, %{m}")
    T("netbios", "name servers down?")
    T("mdworker_bail", "(ImportBailout.Error:1331) Asked to exit for Diskarb")
    T("dnssd_stub", "dnssd_clientstub ConnectToServer: connect() failed "
      "path:/var/run/mDNSResponder Socket:%{sock} Err:-1 Errno:1 Operation "
      "not permitted")
    T("fsevents", "Logging disabled completely for device:%{n}: %{vpath}")
    T("tcc_sectask", "SecTaskCopyDebugDescription: %{proc}[%{pid}]/0#-1 LF=0")
    T("auth_ok", "Succeeded authorizing right '%{right}' by client "
      "'%{client}' [%{pid}] for authorization created by '%{creator}' "
      "[%{pid2:pid}] (%{flags},0)")
    T("auth_fail", "Failed to authorize right '%{right}' by client "
      "'%{client}' [%{pid}] for authorization created by '%{creator}' "
      "[%{pid2:pid}] (%{flags},0) (-60005)")
    T("img_named", "Could not find image named '%{img}'.")
    T("eGPU", "Unable to load Info.plist exceptions (eGPUOverrides)")
    T("asl_stats", "ASL Sender Statistics")
    T("metadata_port", "Metadata.framework [Error]: couldn't get the client "
      "port")
    T("geod_err", "PBRequester failed with Error Error Domain=NSURLErrorDomain "
      "Code=-1009 \"The Internet connection appears to be offline.\" "
      "UserInfo={NSUnderlyingError=0x%{addr} {Error Domain="
      "kCFErrorDomainCFNetwork Code=-1009 \"(null)\" UserInfo={"
      "_kCFStreamErrorCodeKey=50, _kCFStreamErrorDomainKey=1}}, "
      "NSErrorFailingURLStringKey=%{url}, NSErrorFailingURLKey=%{url2}, "
      "_kCFStreamErrorDomainKey=1, _kCFStreamErrorCodeKey=50, "
      "NSLocalizedDescription=The Internet connection appears to be offline.}")
    T("carddav_err", "[CardDAVPlugin-ERROR] -getPrincipalInfo:[_controller "
      "supportsRequestCompressionAtURL:%{url}] Error Domain=NSURLErrorDomain "
      "Code=-1001 \"The request timed out.\" UserInfo={NSUnderlyingError="
      "0x%{addr} {Error Domain=kCFErrorDomainCFNetwork Code=-1001 \"(null)\" "
      "UserInfo={_kCFStreamErrorCodeKey=-2102, _kCFStreamErrorDomainKey=4}}, "
      "NSErrorFailingURLStringKey=%{url2}, NSErrorFailingURLKey=%{url3}, "
      "_kCFStreamErrorDomainKey=4, _kCFStreamErrorCodeKey=-2102, "
      "NSLocalizedDescription=The request timed out.}")
    T("caldav_proppatch", "[com.apple.calendar.store.log.caldav.coredav] "
      "[Refusing to parse response to PROPPATCH because of content-type: "
      "[text/html; charset=UTF-8].]")
    # ------------------------------------------------------ corecaptured
    T("cc_notice", "CCFile::captureLog Received Capture notice id: %{cid:capid}, "
      "reason = %{why}")
    T("cc_skip", "CCFile::captureLogRun Skipping current file Dir file "
      "[%{stamp}]-AirPortBrcm4360_Logs-%{n1}.txt, Current File "
      "[%{s2:stamp}]-AirPortBrcm4360_Logs-%{n2}.txt")
    T("cc_copy", "CCFile::copyFile fileName is [%{stamp}]-%{fname}, source "
      "path:/var/log/CoreCapture/com.apple.driver.AirPort.Brcm4360.0/"
      "DriverLogs//[%{s2:stamp}]-%{fname2}, dest path:/var/log/CoreCapture/"
      "com.apple.driver.AirPort.Brcm4360.0/Captures/WiFi:[%{s3:stamp}]-"
      "%{why}/DriverLogs//[%{s4:stamp}]-%{fname3}")
    T("cc_streams", "CCIOReporterFormatter::addRegistryChildToChannelDictionary"
      " streams %{n}")
    T("cc_logtap", "CCLogTap::profileRemoved, Owner: "
      "com.apple.iokit.IO80211Family, Name: %{tap}")
    T("cc_datatap", "CCDataTap::profileRemoved, Owner: "
      "com.apple.driver.AirPort.Brcm4360.0, Name: %{tap}")
    T("cc_free", "CCProfileMonitor::freeResources done")
    # ------------------------------------------------------ apps
    T("chrome_font", "CoreText CopyFontsForRequest received mig IPC error "
      "(FFFFFFFFFFFFFECC) from font server")
    T("gsu_check", "%{gts} GoogleSoftwareUpdateAgent[%{pid}/0x%{addr}] "
      "[lvl=2] -[KSAgentApp(KeystoneThread) runKeystonesInThreadWithArg:] "
      "Checking with local engine: <KSUpdateEngine:0x%{a1:addr} "
      "ticketStore=<KSPersistentTicketStore:0x%{a2:addr} store="
      "<KSKeyedPersistentStore:0x%{a3:addr} path=\"/Users/%{user}/Library/"
      "Google/GoogleSoftwareUpdate/TicketStore/Keystone.ticketstore\" "
      "lockFile=<KSLockFile:0x%{a4:addr} path=\"/Users/%{u2:user}/Library/"
      "Google/GoogleSoftwareUpdate/TicketStore/Keystone.ticketstore.lock\" "
      "locked=NO valid=YES>>> processor=<KSActionProcessor:0x%{a5:addr} "
      "delegate=<KSUpdateEngine:0x%{a6:addr}> isProcessing=NO "
      "actionsCompleted=0 progress=0.00 errors=0 currentActionErrors=0 "
      "events=0 currentActionEvents=0 actionQueue=( )> delegate=(null) "
      "serverInfoStore=(null) errors=0>")
    T("gsu_update", "%{gts} GoogleSoftwareUpdateAgent[%{pid}/0x%{addr}] "
      "[lvl=2] -[KSUpdateEngine updateAllExceptProduct:] KSUpdateEngine "
      "updating all installed products, except:'com.google.Keystone'.")
    T("gsu_fetch", "%{gts} GoogleSoftwareUpdateAgent[%{pid}/0x%{addr}] "
      "[lvl=2] -[KSOutOfProcessFetcher(PrivateMethods) helperDidTerminate:] "
      "KSOutOfProcessFetcher fetch ended for URL: \"https://tools.google.com/"
      "service/update2?cup2hreq=%{h64}&cup2key=7:%{ck}\"")
    T("gsu_self", "%{gts} GoogleSoftwareUpdateAgent[%{pid}/0x%{addr}] "
      "[lvl=2] -[KSAgentApp performSelfUpdateWithEngine:] Finished self "
      "update check.")
    T("qq_dealloc", "FA||Url||taskID[%{tid}] dealloc")
    T("tcp_connectx", "tcp_connection_destination_perform_socket_connect "
      "%{cid} connectx to %{dst}@0 failed: [%{en}] %{estr}")
    T("tls_cb_err", "tcp_connection_tls_session_error_callback_imp %{cid} "
      "__tcp_connection_tls_session_callback_write_block_invoke.434 error "
      "%{en}")

    # ------------------------------------------------------ rarer ones
    T("prev_shutdown", "Previous shutdown cause: %{n}")
    T("keystore_lock", "AppleKeyStore:Sending lock change %{b}")
    T("vm_swap", "VM Swap Subsystem is ON")
    T("bsd_root", "BSD root: %{disk}, major %{mj}, minor %{mn}")
    T("darwin", "Darwin Kernel Version 16.6.0: Fri Apr 14 16:21:16 PDT 2017; "
      "root:xnu-3789.60.24~6/RELEASE_X86_64")
    T("hib_setup", "hibernate_setup(%{n}) took %{ms} ms")
    T("hib_teardown", "hibernate_teardown: wired_pages %{p:pg}, free_pages "
      "%{q:pg}, active_pages %{a5:pg}, inactive_pages %{a6:pg}, "
      "speculative_pages %{a7:pg}, cleaned_pages 0, compressor_pages "
      "%{a8:pg}")
    T("kext_unload", "Kext %{kext} not found for unload request.")
    T("smc_key", "SMC::smcReadKeyAction ERROR %{smckey} kSMCKeyNotFound(0x84) "
      "fKeyHashTable=0x0")
    T("pci_pause", "pci pause: %{pcidev}")
    T("icmp_limit", "Limiting icmp unreach response from %{pps} to 250 packets "
      "per second")
    T("rst_limit", "Limiting closed port RST response from %{pps} to 250 "
      "packets per second")
    T("ws_captured", "Display 0x%{h8} captured by conn 0x%{h1}")
    T("ws_released", "Display 0x%{h8} released by conn 0x%{h1}")
    T("ws_hotkey_off", "Hot key operating mode is now all disabled")
    T("ws_hotkey_on", "Hot key operating mode is now all enabled")
    T("ws_rights", "_CGXGetWindowOrderingGroupWindows: Operation on a window "
      "0x%{x1} requiring rights kCGSWindowRightPresenter by caller %{app}")
    T("ws_deferred", "CoreAnimation: updates deferred for too long")
    T("xpc_assert", "assertion failed: 16F73: libxpc.dylib + %{off} "
      "[24C2AE11-F3A8-3CE7-A0D6-0F2B18E37A4D]: 0x%{h2}")
    T("net_bundle", "-[NETClientConnection effectiveBundleID] using process "
      "name %{daemon} as bundle ID (this is expected for daemons without "
      "bundle ID")
    T("net_changed", "network changed: %{changes}")
    T("hostname", "setting hostname to \"%{hn}\"")
    T("cloudd_param", "SecOSStatusWith error:[-50] Error Domain="
      "NSOSStatusErrorDomain Code=-50 \"query missing class name\" "
      "(paramErr: error in user parameter list) UserInfo={NSDescription="
      "query missing class name}")
    T("ssl_hs", "CFNetwork SSLHandshake failed (%{sslerr})")
    T("http_load", "NSURLSession/NSURLConnection HTTP load failed "
      "(kCFStreamErrorDomainSSL, %{sslerr})")
    T("fw_deny", "Deny %{app} data in from %{rip}:%{port} to port %{lport} "
      "proto=%{proto}")
    T("fw_allow", "Allow %{app} connecting from %{rip}:%{port} to port "
      "%{lport} proto=%{proto}")
    T("cfprefs", "Couldn't open parent path due to [2: No such file or "
      "directory]. Prefs at path: %{ppath}")
    T("apsd_stream", "<APSCourier: 0x%{addr}>: Stream error occurred for "
      "<APSTCPStream: 0x%{a2:addr}>: Error Domain=NSPOSIXErrorDomain Code=50 "
      "\"Network is down\" UserInfo={_kCFStreamErrorCodeKey=50, "
      "_kCFStreamErrorDomainKey=1}")
    T("su_scan", "SUScan: Elapsed scan time = %{elapsed}")
    T("sigio", "sigio_handler: sigio_handler_active != 1")
    T("purged", "%{time} : Purged contact hashes")

    # ------------------------------------------------ more generators
    b.g("rip", lambda r: remote_ips.pick(r))
    b.g("rport", lambda r: weighted(r, [(443, 5), (5223, 4), (993, 1)]))
    b.g("win", lambda r: weighted(r, [(4096, 5), (2048, 1), (65535, 1)]))
    b.g("rem", lambda r: weighted(r, [(0, 4), (r.randint(60, 600), 3)]))
    b.g("wt", lambda r: weighted(r, [("Dark Wake", 3), ("Full Wake", 2)]))
    b.g("h1", lambda r: "%x" % r.randrange(0x100, 0x10000))
    b.g("h2", lambda r: "%x" % r.randrange(0, 0x100))
    for k in ("b0", "b1", "b2", "b3"):
        b.g(k, lambda r: weighted(r, [(0, 8), (r.randint(1, 15), 1)]))
    b.g("fc", lambda r: r.randint(0, 64))
    b.g("rssi", lambda r: -r.randint(45, 88))
    b.g("code", lambda r: weighted(r, [(1, 5), (8, 3), (7, 1)]))
    b.g("cc", lambda r: weighted(r, [("US", 5), ("CN", 1), ("X0", 1)]))
    b.g("chans", lambda r: "1 2 3 4 5 6 7 8 9 10 11 12 13 36 40 44 48 52 56 60 "
        "64 100 104 108 112 116 120 124 128 132 136 140 144 149 153 157 161 "
        "165")
    b.g("m1", lambda r: "SUSPENDED")
    b.g("m2", lambda r: "AUTO")
    b.g("i1", lambda r: "en0")
    b.g("i2", lambda r: "en0")
    b.g("a", lambda r: hexs(r, 16))
    b.g("utun", lambda r: "utun%d" % r.randint(0, 3))
    b.g("len", lambda r: weighted(r, [(121, 3), (155, 2), (99, 1)]))
    b.g("serial", lambda r: "%012d" % r.randint(10 ** 8, 10 ** 9))
    b.g("vid", lambda r: "5ac")
    b.g("pd", lambda r: "8406")
    b.g("rev", lambda r: "820")
    b.g("wr", lambda r: wake_reasons.pick(r))
    b.g("d1", lambda r: "2017/7/%d" % r.randint(1, 9))
    b.g("d2", lambda r: "2017/7/%d" % r.randint(1, 9))
    b.g("t1", lambda r: "%d:%02d:%02d" % (r.randint(0, 23), r.randrange(60),
                                          r.randrange(60)))
    b.g("t2", lambda r: "%d:%02d:%02d" % (r.randint(0, 23), r.randrange(60),
                                          r.randrange(60)))
    b.g("mt", lambda r: weighted(r, [("E0000340", 5), ("E0000320", 3),
                                     ("E0000280", 1)]))
    b.g("who", lambda r: weighted(r, [("powerd", 4), ("WindowServer", 2),
                                      ("configd", 1), ("Dropbox", 1),
                                      ("Google Chrome", 1)]))
    b.g("pf", lambda r: r.choice([0, 1]))
    b.g("msf", lambda r: "%.6f" % r.uniform(0.5, 80))
    b.g("tp", lambda r: r.choice([11, 12, 7]))
    b.g("b", lambda r: r.choice([0, 1]))
    b.g("rate", lambda r: r.randint(151, 900))
    b.g("tot", lambda r: r.randint(45001, 900000))
    b.g("p", lambda r: r.choice(["GoogleSoftwareU", "ksfetch",
                                 "com.apple.photo", "Microsoft Error",
                                 "mdworker", "quicklookd"]))
    b.g("dl", lambda r: r.choice([0, 4, 8]))
    b.g("dn", lambda r: weighted(r, [(1, 12), (2, 2), (3, 1)]))
    b.g("disk", lambda r: r.choice(["disk0s2", "disk1s1", "disk2s2"]))
    b.g("f", lambda r: r.randint(10 ** 5, 10 ** 8))
    b.g("t", lambda r: r.randint(10 ** 5, 10 ** 8))
    b.g("epoch", lambda r: r.randint(1498800000, 1499600000))
    b.g("vol", lambda r: weighted(r, [("Recovery HD", 3), ("Untitled", 1),
                                      ("BOOTCAMP", 1), ("Time Machine", 1)]))
    b.g("dev", lambda r: r.choice(["disk0s3", "disk2s1", "disk3s2"]))
    b.g("kext", lambda r: r.choice(["com.apple.driver.AppleHDA",
                                    "com.parallels.kext.hypervisor",
                                    "com.getdropbox.dropbox.kext"]))
    b.g("ipx", lambda r: r.choice([myip, "FE80:0000:0000:0000:D8A5:90FF:"
                                   "FEF5:7FFF", "FE80:0000:0000:0000:C6B3:"
                                   "01FF:FECD:467F"]))
    b.g("fd", lambda r: r.choice([3, 5, 23, 50, 60]))
    b.g("iid", lambda r: "000000000000000%d" % r.choice([5, 8, 9]))
    b.g("k", lambda r: r.choice([4, 6]))
    b.g("dst", lambda r: r.choice(["FF02:0000:0000:0000:0000:0000:0000:00FB",
                                   "224.0.0.251"]))
    b.g("skt", lambda r: r.randint(5, 80))
    b.g("err", lambda r: -1)
    b.g("en", lambda r: weighted(r, [(50, 3), (65, 2), (51, 1)]))
    b.g("estr", lambda r: weighted(r, [("Network is down", 3),
                                       ("No route to host", 2),
                                       ("Network is unreachable", 1)]))
    b.g("neg", lambda r: -r.randint(1000, 300000))
    b.g("neg2", lambda r: -r.randint(1000, 300000))
    b.g("big", lambda r: r.randint(10 ** 14, 10 ** 15))
    b.g("w1", lambda r: r.choice([2000, 2001, 2002]))
    b.g("w2", lambda r: r.choice([2000, 2001, 2002]))
    b.g("rect", lambda r: "0, 0, 1440, 900")
    b.g("scrw", lambda r: 1440)
    b.g("scrh", lambda r: 900)
    b.g("x1", lambda r: "%x" % r.randrange(2, 0x400))
    b.g("x2", lambda r: "%x" % r.randrange(2, 0x400))
    b.g("i", lambda r: r.randint(0, 3))
    b.g("j", lambda r: r.randint(1, 4))
    b.g("surf", lambda r: r.randint(100, 4000))
    b.g("wid", lambda r: r.randint(2, 900))
    b.g("ep", lambda r: labels.pick(r))
    b.g("sig", lambda r: weighted(r, [("SIGKILL", 5), ("SIGTERM", 2),
                                      ("SIGSEGV", 1), ("SIGABRT", 1)]))
    b.g("sender", lambda r: "%s[%d]" % (r.choice(["mds", "launchd",
                                                  "com.apple.WebKit.WebContent",
                                                  "Google Chrome"]),
                                        r.randint(1, 9999)))
    b.g("m", lambda r: r.choice([1, 5, 10]))
    b.g("errno", lambda r: 2)
    b.g("enoent", lambda r: "No such file or directory")
    b.g("lderr", lambda r: weighted(r, [
        ("119: Service is disabled", 2),
        ("134: Service cannot load in requested session", 1)]))
    b.g("prog", lambda r: r.choice(["/Library/PrivilegedHelperTools/"
                                    "com.microsoft.office.licensingV2.helper",
                                    "/Applications/Dropbox.app/Contents/"
                                    "MacOS/DropboxActivityProvider"]))
    b.g("caller", lambda r: "otherbsd.%d" % r.randint(100, 9999))
    b.g("pname", lambda r: weighted(r, [("WindowServer", 3), ("coreaudiod", 3),
                                        ("Google Chrome", 2),
                                        ("com.apple.backupd", 1),
                                        ("Spotify", 1)]))
    b.g("atype", lambda r: weighted(r, [("PreventUserIdleDisplaySleep", 3),
                                        ("PreventUserIdleSystemSleep", 3),
                                        ("InternalPreventSleep", 1),
                                        ("BackgroundTask", 1)]))
    b.g("why", lambda r: weighted(r, [
        ("com.apple.audio.context%d.preventuseridlesleep"
         % r.randint(100, 999), 3), ("Playing audio", 2),
        ("WebRTC has active PeerConnections", 1),
        ("Download in progress", 1), ("com.apple.backupd.running", 1)]))
    b.g("aid", lambda r: "0x%x" % r.randrange(0x100000000, 0x1000000000))
    b.g("sys", lambda r: weighted(r, [("PrevIdle DeclUser kDisp", 4),
                                      ("PrevIdle PrevDisp DeclUser kDisp", 2),
                                      ("DeclUser kDisp", 1)]))
    b.g("age", lambda r: "00:%02d:%02d" % (r.randrange(60), r.randrange(60)))
    b.g("cause", lambda r: weighted(r, [("Idle Sleep", 4),
                                        ("Clamshell Sleep", 3),
                                        ("Maintenance Sleep", 3),
                                        ("Software Sleep pid=%d"
                                         % r.randint(50, 400), 1)]))
    b.g("src", lambda r: weighted(r, [("Batt", 3), ("AC", 2)]))
    b.g("chg", lambda r: r.randint(12, 100))
    b.g("secs", lambda r: lognum(r, 1, 600000))
    b.g("dw", lambda r: dwreasons.pick(r))
    b.g("th", lambda r: weighted(r, [(0, 3), (1, 5), (2, 1)]))
    b.g("mp", lambda r: weighted(r, [(0, 5), (1, 1)]))
    b.g("mode", lambda r: weighted(r, [("Off", 3), ("Contacts Only", 2),
                                       ("Everyone", 1)]))
    b.g("cls", lambda r: r.choice(["FIFinderSyncExtensionHost",
                                   "MSOPersistentRegistryEntry",
                                   "MPMediaItemPropertyTitle",
                                   "GTMLogger"]))
    b.g("p1", lambda r: "/System/Library/PrivateFrameworks/FinderKit."
        "framework/Versions/A/FinderKit")
    b.g("p2", lambda r: r.choice([
        "/System/Library/PrivateFrameworks/FileProvider.framework/"
        "OverrideBundles/FinderSyncCollaborationFileProviderOverride.bundle/"
        "Contents/MacOS/FinderSyncCollaborationFileProviderOverride",
        "/Applications/Microsoft Word.app/Contents/Frameworks/MicrosoftOffice."
        "framework/Versions/A/MicrosoftOffice"]))
    b.g("note", lambda r: weighted(r, [("com.apple.sessionagent.screenIsLocked",
                                        3),
                                       ("com.apple.sessionagent."
                                        "screenIsUnlocked", 3),
                                       ("com.apple.loginwindow."
                                        "logoutcancelled", 1)]))
    b.g("tty", lambda r: weighted(r, [("console", 2),
                                      ("ttys00%d" % r.randint(0, 4), 3)]))
    b.g("ff", lambda r: "%.6f" % r.uniform(5.2e8, 5.3e8))
    b.g("sock", lambda r: r.randint(4, 40))
    b.g("vpath", lambda r: weighted(r, [("/Volumes/Recovery HD", 2),
                                        ("/Volumes/Untitled", 1),
                                        ("/Volumes/BOOTCAMP", 1)]))
    b.g("right", lambda r: weighted(r, [("system.preferences", 3),
                                        ("system.preferences.network", 2),
                                        ("system.privilege.admin", 1),
                                        ("com.apple.ServiceManagement."
                                         "blesshelper", 1)]))
    b.g("client", lambda r: weighted(r, [
        ("/System/Library/PreferencePanes/Network.prefPane", 2),
        ("/Applications/System Preferences.app", 2),
        ("/Library/PrivilegedHelperTools/com.microsoft.autoupdate.helper", 1),
        ("/usr/libexec/UserEventAgent", 1)]))
    b.g("creator", lambda r: weighted(r, [
        ("/Applications/System Preferences.app", 3),
        ("/Applications/Microsoft Word.app", 1),
        ("/System/Library/CoreServices/Finder.app", 1)]))
    b.g("flags", lambda r: r.choice([3, 100002, 2, 0]))
    b.g("img", lambda r: r.choice(["NSSearchFieldTemplate",
                                   "NSToolbarFlexibleSpaceItem",
                                   "MSOLogoIcon", "DocumentIconDefault"]))
    b.g("url", lambda r: r.choice([
        "https://gsp-ssl.ls.apple.com/dispatcher.arpc",
        "https://gspe1-ssl.ls.apple.com/pep/gcc",
        "https://p28-contacts.icloud.com/8402133315/principal/"]))
    b.g("url2", lambda r: "https://gsp-ssl.ls.apple.com/dispatcher.arpc")
    b.g("url3", lambda r: "https://p28-contacts.icloud.com/8402133315/"
        "principal/")
    b.g("capid", lambda r: "%d.%06d" % (r.randint(1498900000, 1499600000),
                                      r.randrange(10 ** 6)))
    b.g("n1", lambda r: "%03d" % r.randint(1, 40))
    b.g("n2", lambda r: "%03d" % r.randint(1, 40))
    b.g("fname", lambda r: r.choice(["CCIOReporter-%03d.xml"
                                     % r.randint(1, 40),
                                     "AirPortBrcm4360_Logs-%03d.txt"
                                     % r.randint(1, 40),
                                     "IO80211AWDLPeerManager-%03d.xml"
                                     % r.randint(1, 40)]))
    b.g("tap", lambda r: r.choice(["IO80211AWDLPeerManager",
                                   "AirPort_Brcm43xx", "OneStats",
                                   "IO80211Interface", "StateSnapshots"]))
    b.g("h64", lambda r: hexs(r, 64))
    b.g("ck", lambda r: r.randint(10 ** 8, 10 ** 10))
    b.g("tid", lambda r: r.randint(10 ** 9, 4 * 10 ** 9))
    b.g("cid", lambda r: r.randint(1, 900))

    b.g("mj", lambda r: 1)
    b.g("mn", lambda r: r.choice([2, 4]))
    b.g("pg", lambda r: r.randint(1000, 900000))
    b.g("smckey", lambda r: r.choice(["TC0D", "TB0T", "F0Ac", "MSSP"]))
    b.g("pcidev", lambda r: r.choice(["SDXC", "ARPT", "XHC1"]))
    b.g("pps", lambda r: r.randint(251, 2000))
    b.g("app", lambda r: r.choice(["Google Chrome", "Dock", "Microsoft Word",
                                   "Google Chrome Helper", "Spotify",
                                   "nmbd", "AirPlayXPCHelper", "QQ"]))
    b.g("off", lambda r: r.randint(10000, 90000))
    b.g("daemon", lambda r: r.choice(["syncdefaultsd", "apsd", "cloudd",
                                      "trustd", "softwareupdated",
                                      "com.apple.geod"]))
    b.g("changes", lambda r: weighted(r, [
        ("v4(en0:%s) DNS Proxy SMB" % myip, 3),
        ("v4(en0-:%s) DNS- Proxy- SMB" % myip, 2),
        ("v4(en0+:%s) DNS+ Proxy+ SMB" % myip, 2),
        ("v4(en0!:%s) DNS Proxy SMB" % myip, 1)]))
    b.g("hn", lambda r: r.choice(["Alexs-MacBook-Pro.local",
                                  "calvisitor-%s" % myip.replace(".", "-")]))
    b.g("sslerr", lambda r: r.choice([-9806, -9807, -9802]))
    b.g("lport", lambda r: r.choice([137, 138, 5353, 631]))
    b.g("proto", lambda r: r.choice([6, 17]))
    b.g("ppath", lambda r: r.choice([
        "/Library/Managed Preferences/%s/com.apple.notificationcenterui.plist"
        % USER,
        "/Library/Managed Preferences/%s/.GlobalPreferences.plist" % USER,
        "/Library/Managed Preferences/%s/com.google.Keystone.Agent.plist"
        % USER]))
    b.g("elapsed", lambda r: "%.3f" % r.uniform(0.3, 30))

    e = b.e

    # ------------------------------------------------------------ scenarios
    def go_sleep():
        if rng.random() < 0.3:
            e("pw_enter_sleep")
        if rng.random() < 0.3:
            e(weighted(rng, [("ws_defer", 3), ("ws_nolock", 1)]))
        if rng.random() < 0.15:
            e("ws_lockshot")
        e("arpt_sys_sleep")
        e("arpt_mdns4")
        if rng.random() < 0.7:
            e("arpt_mdns6")
        if rng.random() < 0.6:
            e("arpt_ka_lip")
            e("arpt_ka_rip")
            e("arpt_ka_port")
            e("arpt_ka_seq")
        e("arpt_offload")
        if rng.random() < 0.6:
            e("arpt_onsleep")
        e("arpt_wow_en")
        if rng.random() < 0.4:
            e("link_down", ifc="awdl0", code=1, reason="Unspecified")
        if rng.random() < 0.2:
            e("hib_preflight", pf=1)
            e("hib_time")
            e("hib_pages", p=r6(), w=r6(), a=r5(), i=r5(), c=0, s=0, z=0,
              t=0, cp=r6(), x=40000)
        if rng.random() < 0.05:
            e("hib_path")

    def r6():
        return rng.randint(100000, 1500000)

    def r5():
        return rng.randint(0, 99999)

    def wake(full):
        e("wake_reason", wr=wake_reasons.pick(rng) if full else
          weighted(rng, [("RTC (Alarm)", 3), ("ARPT (Network)", 2),
                         ("EC.SleepTimer (SleepTimer)", 1)]))
        if rng.random() < 0.2:
            e("prev_sleep", n=5)
        e("camin_wake")
        if rng.random() < 0.4:
            e("tb_prepci", us=rng.randint(1, 9))
            e("tb_earlywake")
        e("arpt_sys_wake")
        e("arpt_sync")
        e("arpt_wow_dis")
        if rng.random() < 0.5:
            e("arpt_tcpkeep")
            if rng.random() < 0.5:
                e("arpt_tcpkeep_upd")
        if rng.random() < 0.3:
            e("arpt_onwake")
        e("camin_thread")
        if rng.random() < 0.5:
            e("camin_gated")
        if full:
            e("pm_response")
            e("pw_wake", dw=weighted(rng, [("EC.LidOpen/Lid Open", 5),
                                           ("EC.PowerButton/User", 1),
                                           ("UserActivity Assertion", 2),
                                           ("XHC1/UserActivity", 1)]))
            e("ws_didwake")
            if rng.random() < 0.4:
                e("fullwake_req")
            e("link_up", ifc="en0")
            e("bssid", ifc="en0")
            e("channel", ifc="en0")
            if rng.random() < 0.5:
                e("btcoex")
            e("awdl_resume")
            e("mdns_reg", ifc="en0", ipx=myip)
            if rng.random() < 0.7:
                e(weighted(rng, [("captive_primary", 3),
                                 ("captive_protected", 1)]), ifc="en0")
            if rng.random() < 0.4:
                e("cn_evaluating", ifc="en0")
                e("cn_authenticated", ifc="en0")
            if rng.random() < 0.5:
                e("btle_on")
            if rng.random() < 0.4:
                e("loc_active")
            if rng.random() < 0.3:
                e("notify_bsd", note="com.apple.sessionagent.screenIsUnlocked")
        else:
            e("pw_darkwake")
            if rng.random() < 0.5:
                e("link_up", ifc="en0")
            if rng.random() < 0.5:
                e("rtc_maint")
            if rng.random() < 0.3:
                e("fullwake_promo")

    def dark_cycle():
        wake(False)
        # maintenance work while dark
        for _ in range(rng.randint(0, 4)):
            k = weighted(rng, [("arpt_aqm", 3), ("cts", 3), ("gsu", 1),
                               ("keep", 2), ("ld", 1)])
            if k == "arpt_aqm":
                aqm()
            elif k == "cts":
                cts_burst()
            elif k == "gsu":
                gsu()
            elif k == "keep":
                e("arpt_tcpkeep")
            else:
                launchd()
        go_sleep()

    def full_cycle():
        wake(True)
        for _ in range(rng.randint(1, 5)):
            rng.choices([cts_burst, launchd, chrome, sandbox_burst, aqm,
                         awdl_flap, powerd, misc_agent],
                        weights=[4, 3, 3, 3, 1, 2, 2, 3])[0]()
        if rng.random() < 0.6:
            e("btle_off")
            if rng.random() < 0.4:
                e("loc_inactive")
            go_sleep()

    def aqm():
        if rng.random() < 0.5:
            e("arpt_aggfifo")
            for _ in range(rng.randint(1, 3)):
                e("arpt_framerdy")
        e("arpt_aqm_params")
        e("arpt_aqm_results")

    def cts_burst():
        for _ in range(weighted(rng, [(1, 3), (2, 2), (4, 2), (8, 1)])):
            e("cts")
        if rng.random() < 0.2:
            e("cdsched")

    def launchd():
        k = weighted(rng, [("ld_endpoint", 5), ("ld_abnormal", 3),
                           ("ld_signal", 2), ("ld_respawn", 3),
                           ("ld_jetsam", 1), ("ld_signal_by", 1)])
        for _ in range(weighted(rng, [(1, 4), (2, 2), (3, 1)])):
            if k == "ld_endpoint":
                lb = weighted(rng, [("com.apple.quicklook", 4),
                                    ("com.apple.imfoundation."
                                     "IMRemoteURLConnectionAgent", 2),
                                    ("com.apple.quicklook.ui.helper", 2),
                                    ("com.apple.WebKit.WebContent", 1)])
                e(k, label=lb, ep=lb)
            else:
                e(k)

    def chrome():
        for _ in range(weighted(rng, [(1, 2), (2, 3), (4, 2), (9, 1)])):
            e("chrome_font")
        if rng.random() < 0.3:
            sandbox_burst("Google Chrome He")

    def sandbox_burst(proc=None):
        proc = proc or sbprocs.pick(rng)
        pid = rng.randint(300, 99999)
        for _ in range(weighted(rng, [(1, 4), (2, 3), (4, 2), (7, 1)])):
            op, tgt = sb_target(proc)
            e("sandbox_sp" if rng.random() < 0.08 else "sandbox",
              sbproc=proc, pid=pid, op=op, target=tgt)

    def sb_target(proc):
        k = weighted(rng, [("mach-lookup", 5), ("file-read-data", 4),
                           ("network-outbound", 2), ("file-write-create", 1),
                           ("file-read-metadata", 2), ("iokit-open", 1),
                           ("ipc-posix-shm-read-data", 1)])
        if k == "mach-lookup":
            return k, services.pick(rng)
        if k == "network-outbound":
            return k, weighted(rng, [("/private/var/run/mDNSResponder", 4),
                                     ("%s:443" % remote_ips.pick(rng), 1)])
        if k == "iokit-open":
            return k, rng.choice(["AppleUpClient", "IOBluetoothHCIUserClient",
                                  "AGPMClient", "IOSurfaceRootUserClient"])
        if k == "ipc-posix-shm-read-data":
            return k, rng.choice(["apple.shm.notification_center",
                                  "/tmp/com.apple.csseed.%d"
                                  % rng.randint(30, 90)])
        return k, paths.pick(rng)

    def awdl_flap():
        for _ in range(rng.randint(1, 3)):
            e("awdl_suspend")
            if rng.random() < 0.6:
                e("link_down", ifc="awdl0", code=1, reason="Unspecified")
            if rng.random() < 0.3:
                e("mdns_dereg", ifc="awdl0",
                  ipx="FE80:0000:0000:0000:D8A5:90FF:FEF5:7FFF")
            e("awdl_resume")
            if rng.random() < 0.5:
                e("link_up", ifc="awdl0")
            if rng.random() < 0.2:
                e("mdns_reg", ifc="awdl0",
                  ipx="FE80:0000:0000:0000:D8A5:90FF:FEF5:7FFF")

    def roam():
        e("link_down", ifc="en0", code=weighted(rng, [(8, 3), (7, 1)]),
          reason=weighted(rng, [("Disassociated because station leaving", 3),
                                ("Deauthenticated because sending station "
                                 "is leaving", 1)]))
        e("wlevent_down")
        if rng.random() < 0.6:
            e("mdns_dereg", ifc="en0", ipx=myip)
        if rng.random() < 0.3:
            e("mdns_send")
        e("wlevent_up")
        e("link_up", ifc="en0")
        e("bssid", ifc="en0")
        if rng.random() < 0.7:
            e("channel", ifc="en0")
        if rng.random() < 0.2:
            e("arpt_roam")
        if rng.random() < 0.4:
            e("country")
            e("chanlist")
        if rng.random() < 0.5:
            e("captive_primary", ifc="en0")

    def offline():
        # no network: apps fail to connect in bursts
        seqs = [[], []]
        for _ in range(rng.randint(1, 6)):
            seqs[0].append(b.r("tcp_connectx",
                               dst="%s:%d" % (remote_ips.pick(rng),
                                              rng.choice([443, 80, 8080]))))
        for _ in range(rng.randint(0, 4)):
            seqs[1].append(b.r("qq_dealloc"))
        b.buf.extend(interleave(rng, seqs, stick=0.6))
        if rng.random() < 0.3:
            e("loc_noresp")
        if rng.random() < 0.2:
            e("geod_err")

    def powerd():
        for _ in range(rng.randint(1, 3)):
            pn = b.gens["pname"](rng)
            pid = rng.randint(100, 9999)
            aid = b.gens["aid"](rng)
            at = b.gens["atype"](rng)
            why = b.gens["why"](rng)
            e("pw_created", pname=pn, pid=pid, aid=aid, atype=at, why=why)
            e("pw_timedout" if rng.random() < 0.15 else "pw_released",
              pname=pn, pid=pid, aid=aid, atype=at, why=why)

    def gsu():
        pid = rng.randint(1000, 99999)
        a = b.gens["addr"](rng)
        day = rng.randint(1, 9)

        def ts():
            c = st["clock"] = (st["clock"] + rng.randint(0, 3)) % 86400
            return "2017-07-%02d %02d:%02d:%02d.%03d" % (
                day, c // 3600, c // 60 % 60, c % 60, rng.randrange(1000))
        e("gsu_check", pid=pid, addr=a, gts=ts())
        e("gsu_update", pid=pid, addr=a, gts=ts())
        for _ in range(rng.randint(1, 3)):
            e("gsu_fetch", pid=pid, addr=a, gts=ts())
        if rng.random() < 0.5:
            e("gsu_self", pid=pid, addr=a, gts=ts())

    def corecapture():
        why = weighted(rng, [("AuthFail:sts:5_rsn:0", 3),
                             ("DeauthInd:sts:0_rsn:7", 2),
                             ("AssocFail:sts:2_rsn:0", 1)])
        e("cc_notice", why=why)
        for _ in range(rng.randint(1, 3)):
            e("cc_skip")
        for _ in range(rng.randint(1, 4)):
            fn = b.gens["fname"](rng)
            s1, s2 = stamp(rng), stamp(rng)
            e("cc_copy", why=why, stamp=s1, fname=fn, s2=s1, fname2=fn,
              s3=s2, s4=s1, fname3=fn)
        e("cc_streams")
        for t in rng.sample(["IO80211AWDLPeerManager", "AirPort_Brcm43xx",
                             "OneStats", "IO80211Interface"],
                            rng.randint(1, 3)):
            e("cc_logtap", tap=t)
        if rng.random() < 0.5:
            e("cc_datatap")
        e("cc_free")

    def misc_agent():
        k = weighted(rng, [("na_switch", 3), ("secd_sos", 2),
                           ("loc_requery", 2), ("tcc_sectask", 2),
                           ("objc_dup", 1), ("ws_ping", 2),
                           ("ws_movegroup", 2), ("ws_fence", 2),
                           ("pm_response", 2), ("notify_bsd", 2),
                           ("discoverable", 1), ("wakeups", 1),
                           ("mdns_penalty", 1), ("carddav_err", 1),
                           ("auth_ok", 1), ("user_process", 1),
                           ("img_named", 1), ("ws_deskshot", 1),
                           ("memstatus", 1), ("tb_hpd", 1)])
        n = weighted(rng, [(1, 5), (2, 2), (3, 1)])
        for _ in range(n):
            if k == "tcc_sectask":
                e(k, proc=rng.choice(["Google Chrome", "Microsoft Word",
                                      "Dropbox", "QQ", "Spotify"]))
            elif k == "wakeups":
                e(k, proc=rng.choice(["Google Chrome He", "Dropbox",
                                      "Spotify Helper", "QQ"]))
            else:
                e(k)

    scenarios = [(16, dark_cycle), (7, full_cycle), (6, cts_burst),
                 (5, launchd), (5, chrome), (5, sandbox_burst),
                 (3, awdl_flap), (2.5, roam), (2, offline), (2, powerd),
                 (1.2, gsu), (0.7, corecapture), (6, misc_agent), (1.5, aqm)]

    blocks = []
    rare = ["arpt_roam", "country", "chanlist", "awdl_mode", "in6_unlink",
            "protodetach", "eapol", "promisc_on", "promisc_off", "usbmsc",
            "rtc_ignored", "hib_path", "tb_ok2go", "pmstats_read",
            "pmstats_write", "sleep_fail", "cs_invalid", "payload", "bt_le",
            "bt_halt", "bt_reset", "hid_mt", "hid_atc", "actuator_stop",
            "jnl", "nspace", "kext_rebuild", "d2d_loaded", "mdns_tcp",
            "ws_alpha", "ws_breakpoint", "ws_surface", "ld_noexec",
            "ld_import", "ld_inefficient", "sd_power", "cn_inactive",
            "na_journal", "dead_process", "netbios", "mdworker_bail",
            "dnssd_stub", "fsevents", "auth_fail", "eGPU", "asl_stats",
            "metadata_port", "caldav_proppatch", "tls_cb_err",
            "loc_noresp", "mdns_send", "ws_nolock", "objc_dup", "secd_sos",
            "wakeups", "memstatus", "mdns_penalty", "ws_deskshot",
            "ws_movegroup", "discoverable", "na_switch", "auth_ok",
            "prev_shutdown", "keystore_lock", "hib_setup", "hib_teardown",
            "kext_unload", "smc_key", "pci_pause", "icmp_limit", "rst_limit",
            "ws_captured", "ws_released", "ws_hotkey_off", "ws_hotkey_on",
            "ws_rights", "ws_deferred", "xpc_assert", "net_bundle",
            "net_changed", "hostname", "cloudd_param", "ssl_hs", "http_load",
            "fw_deny", "fw_allow", "cfprefs", "apsd_stream", "su_scan",
            "sigio", "purged"]
    blocks += b.tail_blocks(rare)
    blocks.append([b.r("darwin"), b.r("vm_swap"),
                   b.r("bsd_root", disk="disk1s1")])
    saved, b.buf = b.buf, []
    corecapture()
    blocks.append(b.buf)
    b.buf = saved
    vol, dev = "Recovery HD", "disk0s3"
    blocks.append([b.r("hfs_mount", vol=vol, dev=dev),
                   b.r("fsevents", vpath="/Volumes/" + vol),
                   b.r("hfs_unmount", vol=vol, dev=dev)])
    b.assemble(scenarios, blocks)
    return b, ()
