"""Template catalogue of the Mac set (macOS 10.12 laptop, system.log).

Each entry: (tag, weight, burst, text). Content of a line is what follows
"<host> <process>[<pid>]( (<subsystem>))?: " in system.log, as in Loghub.
weight 0 = only emitted by an episode (wake / sleep / Wi-Fi / capture ...)
or once for coverage; weight > 0 = also background traffic (Zipf-ish).
burst = mean run length when picked as background.

Slot generators (see mac.py): up (ARPT uptime), clk (sharingd clock),
int:a-b, lint:a-b, hex:n, HEX:n, ptr, kptr, ip, lip (own address), ipv6,
mac, uuid, UUID, pid, port, f:a-b:d, and word pools (app, proc, bundle,
svc, ssid, job, font, user, path, vol, tap, img, domain, host, ...).
"""

K = []


def M(tag, text, w=0.0, b=1.0):
    K.append((tag, w, b, text))


# ---------------------------------------------------------------- kernel
# camera / thunderbolt / wake path
M("camin_sys", "AppleCamIn::systemWakeCall - messageType = 0x@{zpick:E0000340|"
  "E0000320|E0000280|E0000300}", 2)
M("camin_thr", "AppleCamIn::wakeEventHandlerThread")
M("camin_gated", "AppleCamIn::handleWakeEvent_gated")
M("camin_open", "AppleCamIn::AppleCamIn::open - client @{proc}(@{pid})", .3)
M("camin_close", "AppleCamIn::AppleCamIn::close - client @{proc}(@{pid})", .3)
M("tb_prepci", "AppleThunderboltNHIType2::prePCIWake - power up complete - "
  "took @{int:1-3} us")
M("tb_early", "AppleThunderboltGenericHAL::earlyWake - complete - took "
  "@{int:0-2} milliseconds")
M("tb_hpd", "IOThunderboltSwitch<@{int:0-0}>(0x@{int:0-0})::listenerCallback - "
  "Thunderbolt HPD packet for route = 0x@{int:0-0} port = @{int:11-12} "
  "unplug = @{int:0-0}")
M("tb_ok2go", "AppleThunderboltNHIType2::waitForOk2Go2Sx - retries = "
  "@{int:1-80}")
M("wake_arpt", "Wake reason: ARPT (Network)")
M("wake_rtc", "Wake reason: RTC (Alarm)")
M("wake_lid", "Wake reason: EC.LidOpen (User)")
M("wake_pwr", "Wake reason: EC.PowerButton (User)")
M("wake_xhc", "Wake reason: XHC1")
M("wake_tcp", "Wake reason: ARPT (Network) - TCP keepalive timeout")
M("prev_sleep", "Previous sleep cause: @{int:5-5}")
M("prev_shutdown", "Previous shutdown cause: @{int:3-5}")
M("pm_resp", "PM response took @{lint:101-2000} ms (@{int:40-400}, powerd)",
  .6)
M("pm_notif", "PM notification timeout (pid @{pid}, @{proc})", .2)
M("full_wake_req", "full wake request (reason @{int:1-2}) @{int:10-900} ms")
M("full_wake_prom", "full wake promotion (reason @{int:1-2}) @{int:10-900} "
  "ms")
M("darkwake_sleep", "DarkWake from Normal Sleep [CDN] : due to RTC/"
  "Maintenance Using @{zpick:AC|BATT} (Charge:@{int:5-100}%)")
M("sleep_pmrd", "PMRD: Sleep reason: Idle Sleep")
M("rtc_maint", "RTC: Maintenance @{date} @{hms}, sleep @{date} @{hms}")
M("rtc_cal", "RTC: PowerByCalendarDate setting ignored")
M("smc_warn", "SMC::smcHandleInterruptEvent WARNING status=0x@{int:0-0} "
  "(0x@{int:40-40} not set) notif=0x@{int:0-0}")
M("gpu_vm", "** GPU Hardware VM is disabled (multispace: disabled, page "
  "table updates with DMA: disabled)")
M("tbt_w", "TBT W (@{int:1-2}): 0x@{HEX:4} [x]")
M("sleep_fail", "Sleep failure code 0x@{hex:8} 0x@{hex:8}")
# hibernation / vm
M("hib_pls", "hibernate_page_list_setall(preflight @{int:0-1}) start "
  "@{kptr}, @{kptr}")
M("hib_pls_time", "hibernate_page_list_setall time: @{int:200-900} ms")
M("hib_pls_found", "hibernate_page_list_setall found pageCount "
  "@{int:300000-2000000}")
M("hib_flush", "hibernate_flush_memory: buffer_cache_gc freed up "
  "@{lint:100-9000} wired pages")
M("hib_setup", "hibernate_setup(@{int:0-0}) took @{int:1000-9000} ms")
M("hib_write", "hibernate_write_image done(@{int:0-0})")
M("hib_path", "hibernate image path: /var/vm/sleepimage")
M("hib_size", "sizeof(IOHibernateImageHeader) == @{int:512-512}")
M("kern_open", "kern_open_file_for_direct_io(@{int:0-0})")
M("kern_open_took", "kern_open_file_for_direct_io took @{int:10-400} ms")
M("hib_opened", "Opened file /var/vm/sleepimage, size @{lint:1073741824-"
  "17179869184}, extents @{int:1-9}, maxio @{int:2000000-2100000} ssd "
  "@{int:1-1}")
M("hib_poll", "IOHibernatePollerOpen, ml_get_interrupts_enabled "
  "@{int:0-0}")
M("hib_poll2", "IOHibernatePollerOpen(@{int:0-0})")
M("vm_flush_start", "vm_compressor_flush - starting")
M("vm_flush_done", "vm_compressor_flush completed - took @{int:20-2000} "
  "msecs")
M("vm_discard", "did discard act @{lint:1000-90000} inact @{lint:1000-"
  "90000} purgeable @{lint:10-9000} spec @{lint:1000-90000} cleaned "
  "@{int:0-0}")
M("vm_pages", "pages @{lint:100000-2000000}, wire @{lint:10000-900000}, "
  "act @{lint:10000-900000}, inact @{lint:100-90000}, cleaned @{int:0-0} "
  "spec @{lint:10-900}, zf @{lint:10-9000}, throt @{int:0-0}, compr "
  "@{lint:1000-90000}, xpmapped @{lint:10000-90000}")
M("vm_pressure", "vm_pressure_thread: level @{int:1-4}", .2)
M("memstat_idle", "memorystatus_thread: idle exiting pid @{pid} [@{proc}]",
  .8, 1.5)
M("low_swap", "low swap: killing pid @{pid} (@{proc})", .1)
M("cs_invalid", "CODE SIGNING: cs_invalid_page(0x@{hex:9}): p=@{pid}"
  "[@{proc}] final status 0x@{hex:8}, denying page sending SIGKILL", .1)
M("unnest", "@{proc}[@{pid}] triggered unnest of range 0x@{hex:9}->"
  "0x@{hex:9} of DYLD shared region in VM map 0x@{hex:16}. While not "
  "abnormal for debuggers, this increases system memory footprint until "
  "the target exits.", .6, 1.3)
M("wakeups", "process @{proc}[@{pid}] caught causing excessive wakeups. "
  "Observed wakeups rate (per sec): @{int:151-900}; Maximum permitted "
  "wakeups rate (per sec): @{int:150-150}; Observation period: "
  "@{int:300-300} seconds; Task lifetime number of wakeups: "
  "@{lint:45001-900000}", .8)
M("cpu_burn", "process @{proc}[@{pid}] thread @{lint:10000-9999999} caught "
  "burning CPU! It used more than @{int:50-50}% CPU over @{int:180-180} "
  "seconds", .4)
M("prelink", "considerRebuildOfPrelinkedKernel @{bundle} triggered "
  "rebuild", .3)
M("nspace", "nspace-handler-set-snapshot-time: @{int:1498000000-"
  "1499600000}", .2)
M("sandbox_net", "Sandbox: @{sproc}(@{pid}) deny(@{int:1-1}) "
  "network-outbound @{netpath}", 1.2, 1.5)
M("sandbox_file", "Sandbox: @{sproc}(@{pid}) System Policy: deny("
  "@{int:1-1}) file-read-metadata @{path}", .8, 1.5)
M("sandbox_mach", "Sandbox: @{sproc}(@{pid}) deny(@{int:1-1}) mach-lookup "
  "@{svc}", .6)
M("sandbox_write", "Sandbox: @{sproc}(@{pid}) deny(@{int:1-1}) "
  "file-write-create @{path}", .3)
M("sandbox_rl", "Sandbox: @{int:2-30} duplicate reports for @{sproc} deny("
  "@{int:1-1}) file-read-metadata @{path}", .2)
M("in6_unlink", "in6_unlink_ifa: IPv6 address 0x@{hex:16} has no prefix",
  .3)
M("utun", "utun_ctl_connect: creating interface utun@{int:0-3}", .2)
M("setbtcoex", "Setting BTCoex Config: enable_2G:@{int:1-1}, profile_2g:"
  "@{int:0-0}, enable_5G:@{int:1-1}, profile_5G:@{int:0-0}", .5)
M("usbmsc", "USBMSC Identifier (non-unique): @{HEX:12} 0x@{hex:3} 0x"
  "@{hex:4} 0x@{hex:3}, @{int:1-3}", .2)
M("bt_le", "Bluetooth -- LE is supported - Disable LE meta event", .3)
M("bt_tr_start", "**** [IOBluetoothHostControllerUSBTransport][start] -- "
  "completed -- result = TRUE -- 0x@{hex:4} ****")
M("bt_brcm_start", "**** [BroadcomBluetoothHostControllerUSBTransport]"
  "[start] -- Completed (matched on Device) -- 0x@{hex:4} ****")
M("bt_suspend", "**** [IOBluetoothHostControllerUSBTransport][SuspendDevice]"
  " -- Suspend -- suspendDeviceCallResult = 0x0000 (kIOReturnSuccess) -- "
  "0x@{hex:4} ****")
M("bt_resume", "**** [IOBluetoothHostControllerUSBTransport][SuspendDevice]"
  " -- Resume -- suspendDeviceCallResult = 0x0000 (kIOReturnSuccess) -- "
  "0x@{hex:4} ****")
M("bt_hci_cfg", "[IOBluetoothHostController::setConfigState] calling "
  "registerService")
M("bt_hci_reset", "[IOBluetoothHostController][SetupController] -- "
  "Received Bluetooth Controller register service notification -- "
  "0x@{hex:4}")
M("hid_mt_term", "[HID] [MT] AppleMultitouchDevice::willTerminate entered")
M("hid_mt_start", "[HID] [MT] AppleMultitouchDevice::start entered")
M("hid_atc_wake", "[HID] [ATC] AppleDeviceManagementHIDEventService::"
  "processWakeReason Wake reason: Host (0x@{int:1-1})")
M("hid_atc_wake_kb", "[HID] [ATC] AppleDeviceManagementHIDEventService::"
  "processWakeReason Wake reason: Keyboard (0x@{int:2-2})")
M("act_stop", "AppleActuatorDeviceUserClient::stop Entered")
M("act_start", "AppleActuatorDeviceUserClient::start Entered")
M("act_drv_stop", "AppleActuatorHIDEventDriver: stop")
M("act_drv_start", "AppleActuatorHIDEventDriver: start")
M("act_drv_term", "AppleActuatorHIDEventDriver: message service is "
  "terminated")
M("act_drv_adv", "AppleActuatorHIDEventDriver: Advanced Actuation "
  "enabled, minimum actuation @{int:1-3}")
M("wl_event_down", "wlEvent: en0 en0 Link DOWN virtIf = @{int:0-0}")
M("wl_event_up", "wlEvent: en0 en0 Link UP virtIf = @{int:0-0}")
M("ioctl_err", "IO80211Interface::ioctl_internal: @{int:60-70}: "
  "@{zpick:APPLE80211_IOC_CARD_SPECIFIC|APPLE80211_IOC_ROAM_PROFILE|"
  "APPLE80211_IOC_LINK_CHANGED_EVENT_DATA} failed", .2)
M("postmsg_bssid", "en0::IO80211Interface::postMessage bssid changed")
M("postmsg_assoc", "en0::IO80211Interface::postMessage "
  "APPLE80211_M_ASSOC_DONE")
M("en0_chan", "en0: channel changed to @{chan}", 2, 1.3)
M("en0_bssid", "en0: BSSID changed to @{mac}")
M("en0_cc", "en0: 802.11d country code set to '@{cc}'.")
M("en0_chans", "en0: Supported channels 1 2 3 4 5 6 7 8 9 10 11 12 13 36 "
  "40 44 48 52 56 60 64 100 104 108 112 116 120 124 128 132 136 140 144 "
  "149 153 157 161 165")
M("awdl_susp", "IO80211AWDLPeerManager::setAwdlSuspendedMode() Suspending "
  "AWDL, enterQuietMode(true)")
M("awdl_resume", "IO80211AWDLPeerManager::setAwdlAutoMode Resuming AWDL")
M("awdl_a2s", "IO80211AWDLPeerManager::setAwdlOperatingMode Setting the "
  "AWDL operation mode from AUTO to SUSPENDED")
M("awdl_s2a", "IO80211AWDLPeerManager::setAwdlOperatingMode Setting the "
  "AWDL operation mode from SUSPENDED to AUTO")
M("airport_down_awdl", "AirPort: Link Down on awdl0. Reason 1 "
  "(Unspecified).")
M("airport_down_en0", "AirPort: Link Down on en0. Reason 8 (Disassociated "
  "because station leaving).")
M("airport_down_auth", "AirPort: Link Down on en0. Reason 2 (Previous "
  "authentication no longer valid).")
M("airport_up", "AirPort: Link Up on @{zpick:en0|en0|en0|awdl0}")
M("airport_rsn", "AirPort: RSN handshake complete on en0")
# Broadcom Wi-Fi driver ("ARPT: <uptime>: ...")
M("arpt_sync_en", "ARPT: @{up}: AirPort_Brcm43xx::syncPowerState: "
  "WWEN[enabled]")
M("arpt_sync_dis", "ARPT: @{up}: AirPort_Brcm43xx::syncPowerState: "
  "WWEN[disabled]")
M("arpt_wow_dis", "ARPT: @{up}: AirPort_Brcm43xx::platformWoWEnable: "
  "WWEN[disable]")
M("arpt_wow_en", "ARPT: @{up}: AirPort_Brcm43xx::platformWoWEnable: "
  "WWEN[enable]")
M("arpt_pc_sleep", "ARPT: @{up}: AirPort_Brcm43xx::powerChange: System "
  "Sleep")
M("arpt_pc_wake", "ARPT: @{up}: AirPort_Brcm43xx::powerChange: System Wake "
  "- Full Wake/ Dark Wake / Maintenance wake")
M("arpt_mdns4", "ARPT: @{up}: wl0: MDNS: IPV4 Addr: @{lip}")
M("arpt_mdns6", "ARPT: @{up}: wl0: MDNS: IPV6 Addr: @{ipv6}")
M("arpt_mdns_recs", "ARPT: @{up}: wl0: MDNS: @{int:0-9} SRV Recs, "
  "@{int:0-9} TXT Recs")
M("arpt_ka_ip", "ARPT: @{up}: wl0: setup_keepalive: Local IP: @{lip}, "
  "Remote IP: @{ip}")
M("arpt_ka_port", "ARPT: @{up}: wl0: setup_keepalive: Local port: "
  "@{port}, Remote port: @{rport=int:443-5223}")
M("arpt_ka_seq", "ARPT: @{up}: wl0: setup_keepalive: Seq: @{lint:1000000-"
  "4000000000}, Ack: @{ack=lint:1000000-4000000000}, Win size: "
  "@{int:4096-4096}")
M("arpt_ka_int", "ARPT: @{up}: wl0: setup_keepalive: interval @{int:240-"
  "900}, retry_interval @{int:30-30}, retry_count @{int:10-10}")
M("arpt_tcp_orig", "ARPT: @{up}: wl0: wl_update_tcpkeep_seq: Original Seq: "
  "@{lint:1000000-4000000000}, Ack: @{ack=lint:1000000-4000000000}, Win "
  "size: @{int:4096-4096}")
M("arpt_tcp_upd", "ARPT: @{up}: wl0: wl_update_tcpkeep_seq: Updated "
  "seq/ack/win from UserClient Seq @{lint:1000000-4000000000}, Ack "
  "@{ack=lint:1000000-4000000000}, Win size @{int:4096-4096}")
M("arpt_wr_scan", "ARPT: @{up}: ARPT: Wake Reason: Wake on Scan offload")
M("arpt_wr_tcp", "ARPT: @{up}: ARPT: Wake Reason: Wake on TCP Timeout")
M("arpt_wr_ssid", "ARPT: @{up}: ARPT: Wake Reason: Wake on SSID match")
M("arpt_leave", "ARPT: @{up}: wl0: leaveModulePoweredForOffloads: Wi-Fi "
  "will stay on.")
M("arpt_pwrsrc_sleep", "ARPT: @{up}: IOPMPowerSource Information: onSleep,"
  "  SleepType: Normal Sleep,  'ExternalConnected': @{zpick:Yes|No}, "
  "'TimeRemaining': @{int:0-900},")
M("arpt_pwrsrc_wake", "ARPT: @{up}: IOPMPowerSource Information: onWake,"
  "   SleepType: Normal Sleep,  'ExternalConnected': @{zpick:Yes|No}, "
  "'TimeRemaining': @{int:0-900},")
M("arpt_roam", "ARPT: @{up}: wl0: Roamed or switched channel, reason "
  "#@{int:1-8}, bssid @{mac}, last RSSI @{int:-90--40}")
M("arpt_aqm_par", "ARPT: @{up}: AQM agg params 0x@{hex:3} maxlen hi/lo "
  "0x@{hex:1} 0x@{hex:4} minlen 0x@{hex:1} adjlen 0x@{hex:1}")
M("arpt_aqm_res", "ARPT: @{up}: AQM agg results 0x@{hex:4} len hi/lo: "
  "0x@{hex:1} 0x@{hex:2} BAbitmap(0-3) @{int:0-0} @{int:0-0} @{int:0-0} "
  "@{int:0-0}")
M("arpt_txerr", "ARPT: @{up}: wl0: wlc_ampdu_dotxstatus_complete: tx "
  "phy error (0x@{hex:2})", .1)
M("arpt_disassoc", "ARPT: @{up}: wl0: Disassociated from @{mac}, reason "
  "@{int:1-8}")
# ----------------------------------------------------- com.apple.xpc.launchd
M("ld_legacy", "(@{svcp}[@{pid}]) Endpoint has been activated through "
  "legacy launch(3) APIs. Please switch to XPC or bootstrap_check_in(): "
  "@{svc}", 2, 1.5)
M("ld_jetsam", "(@{svc}) Unknown key for integer: _DirtyJetsamMemoryLimit",
  .8, 2)
M("ld_boolkey", "(@{svc}) Unknown key for Boolean: EnableTransactions", .3)
M("ld_abnormal", "(@{svcp}[@{pid}]) Service exited with abnormal code: "
  "@{int:1-255}", 1.2, 1.3)
M("ld_signal", "(@{svcp}[@{pid}]) Service exited due to signal: "
  "Terminated: @{int:15-15}", .4)
M("ld_killed", "(@{svcp}[@{pid}]) Service exited due to signal: Killed: "
  "@{int:9-9} sent by @{proc}[@{pid2=pid}]", .3)
M("ld_respawn", "(@{svc}) Service only ran for @{int:0-9} seconds. Pushing "
  "respawn out by @{int:1-10} seconds.", .8)
M("ld_uid", "(@{svcp}[@{pid}]) Could not find uid associated with service: "
  "@{int:0-0}: Undefined error: @{int:0-0} @{int:500-1100}", .3)
M("ld_bootstrap", "(com.apple.xpc.launchd.domain.pid.@{proc}.@{pid}) "
  "Failed to bootstrap path: path = @{path}, error = @{int:2-2}: No such "
  "file or directory", .1)
M("ld_throttle", "(@{svc}) Service is being throttled for @{int:1-10} "
  "seconds", .1)
# ------------------------------------------------------------- CDScheduler
M("cds_thermal", "Thermal pressure state: @{int:0-1} Memory pressure "
  "state: @{int:0-0}", 1.5)
# ------------------------------------------------------------- UserEventAgent
M("cap_inactive", "Captive: CNPluginHandler en0: Inactive")
M("cap_eval", "Captive: CNPluginHandler en0: Evaluating")
M("cap_auth", "Captive: CNPluginHandler en0: Authenticated")
M("cap_primary", "Captive: [CNInfoNetworkActive:@{int:1748-1748}] en0: "
  "SSID '@{ssid}' making interface primary (protected network)")
M("cap_primary_cache", "Captive: [CNInfoNetworkActive:@{int:1748-1748}] "
  "en0: SSID '@{ssid}' making interface primary (cache indicates network "
  "not captive)")
M("cap_probe", "Captive: en0: Probing '@{ssid}'")
M("cap_nwi", "Captive: [HandleNetworkInformationChanged:@{int:2435-2435}] "
  "nwi_state_copy returned NULL")
M("uea_assert", "assertion failed: @{int:16-16}F@{int:2000-2099}: "
  "libxpc.dylib + @{lint:10000-99999} [@{UUID}]: 0x@{hex:2}", .3)
# ------------------------------------------------------------------ configd
M("cfg_chg_down", "network changed: v4(en0-:@{lip}) v6(en0:@{ipv6}) DNS! "
  "Proxy SMB")
M("cfg_chg_up", "network changed: v4(en0+:@{lip}) v6(en0+:@{ipv6}) DNS+ "
  "Proxy+ SMB")
M("cfg_chg_v4up", "network changed: v4(en0+:@{lip}) DNS+ Proxy+ SMB")
M("cfg_chg_v4chg", "network changed: v4(en0!:@{lip}) DNS Proxy SMB")
M("cfg_chg_dns", "network changed: DNS* Proxy")
M("cfg_chg_none", "network changed: v4(en0-:@{lip}) DNS- Proxy- SMB-")
M("cfg_hostname", "setting hostname to \"@{myhost}\"")
M("cfg_arp", "arp_client_transmit(en0) failed, Network is down (50)")
M("cfg_subnet", "subnet_route: write routing socket failed, Network is "
  "unreachable")
M("cfg_eapol", "EAPOLController: Client::start() en0", .1)
M("cfg_ipmon", "IPMonitor: @{zpick:en0|awdl0|utun0} is now the primary "
  "interface", .2)
M("cfg_smb", "SMB: NetBIOS name @{nbname} registered on en0", .1)
# ----------------------------------------------------------------- symptomsd
M("sym_switch", "__73-[NetworkAnalyticsEngine observeValueForKeyPath:"
  "ofObject:change:context:]_block_invoke unexpected switch value "
  "@{int:2-2}", 1.2, 1.5)
M("sym_journal", "-[NetworkAnalyticsEngine _writeJournalRecord:"
  "fromCellFingerprint:key:atLOI:ofKind:lqm:isFaulty:] Hashing of the "
  "primary key failed. Dropping the journal record.", .8)
# ------------------------------------------------------------- mDNSResponder
M("mdns_reg", "mDNS_RegisterInterface: Frequent transitions for interface "
  "@{iface} (@{ifaddr})")
M("mdns_dereg", "mDNS_DeregisterInterface: Frequent transitions for "
  "interface @{iface} (@{ifaddr})")
M("mdns_send_nr", "mDNSPlatformSendUDP sendto(@{int:3-3}) failed to send "
  "packet on InterfaceID @{ifid} en0/@{int:4-4} to FF02:0000:0000:0000:0000:0000:0000:00FB:@{int:5353-"
  "5353} skt @{int:50-90} error @{int:-1--1} errno @{int:65-65} (No route "
  "to host)", .5, 2)
M("mdns_send_nd", "mDNSPlatformSendUDP sendto(@{int:3-3}) failed to send "
  "packet on InterfaceID @{ifid} en0/@{int:4-4} to @{ip}:@{int:5353-5353} skt @{int:50-90} error "
  "@{int:-1--1} errno @{int:50-50} (Network is down)", .3, 2)
M("mdns_sleep", "mDNSResponder: SetAllowSleep: Sleep allowed", .1)
M("mdns_keepalive", "mDNS_SetupKeepalive: remote IP @{ip} local port "
  "@{port} remote port @{int:443-5223}")
# ---------------------------------------------------------------- WindowServer
M("ws_didwake", "CGXDisplayDidWakeNotification [@{lint:700000000000000-"
  "799999999999999}]: posting kCGSDisplayDidWake")
M("ws_willsleep", "handle_will_sleep_auth_and_shield_windows: Deferring.")
M("ws_willsleep_order", "handle_will_sleep_auth_and_shield_windows: "
  "Ordering out authw 0x@{hex:12}(@{int:2000-2004}), shield 0x@{hex:12}"
  "(@{int:2000-2004}) (lock state: @{int:1-3})")
M("ws_desk_ss", "device_generate_desktop_screenshot: authw 0x@{hex:12}"
  "(@{int:2000-2004}), shield 0x@{hex:12}(@{int:2000-2004})")
M("ws_lock_ss", "device_generate_lock_screen_screenshot: authw 0x@{hex:12}"
  "(@{int:2000-2004}), shield 0x@{hex:12}(@{int:2000-2004})")
M("ws_denying", "CGXSenderCanSynchronouslyReferenceWindows: denying "
  "@{bundle} via @{sproc}", .4)
M("ws_movgroup", "_CGXRemoveWindowFromWindowMovementGroup: window 0x"
  "@{hex:3} is not attached to window 0x@{hex:2}", .8, 2)
M("ws_ping", "send_datagram_available_ping: pid @{pid} failed to act on a "
  "ping it dequeued before timing out.", .8, 1.5)
M("ws_disable_to", "disable_update_timeout: UI updates were forcibly "
  "disabled by application \"@{app}\" for over @{f:1-2:2} seconds. Server "
  "has re-enabled them.", 1, 1.3)
M("ws_reenable", "common_reenable_update: UI updates were finally "
  "reenabled by application \"@{app}\" after @{f:1-20:2} seconds (server "
  "forcibly re-enabled them after @{f:1-1:2} seconds)", .8)
M("ws_unbalanced", "disable_update_likely_unbalanced: UI updates still "
  "disabled by application \"@{app}\" after @{f:15-30:2} seconds (server "
  "forcibly re-enabled them after @{f:1-1:2} seconds). Likely an "
  "unbalanced disableUpdate call.", .3)
M("ws_nosleepimg", "no sleep images for WillPowerOffWithImages")
M("ws_surface", "WSGetSurfaceInWindow : Invalid surface @{lint:100-9999} "
  "for window @{lint:100-9999}", .5, 2)
M("ws_fence", "CoreAnimation: timed out fence @{hex:5}", .2)
M("ws_notif_to", "CGError post_notification(const CGSNotificationType, "
  "void *const, const size_t, const bool, const CGSRealTimeDelta, const "
  "int, const CGSConnectionID *const, const pid_t): Timed out @{f:0-1:3}s "
  "waiting for connection 0x@{hex:5} to receive notification 0x@{hex:4}",
  .2)
M("ws_conn_invalid", "CGXGetConnectionProperty: Invalid connection "
  "@{lint:10000-999999}", .3)
M("ws_display_inactive", "Display 0x@{hex:8}: Unit @{int:0-2}; Vendor "
  "0x@{hex:3}; Model 0x@{hex:4}; S/N @{int:0-0}; online enabled built-in, "
  "Bounds (@{int:0-0},@{int:0-0})[@{int:1280-1440} x @{int:800-900}]", .1)
M("ws_shutdown", "CGSShutdownServerConnections: Detaching application "
  "\"@{app}\" (@{pid})", .2)
# ----------------------------------------------------------------- loginwindow
M("lw_quit", "-[PersistentAppsSupport applicationQuit:] : for app:@{app}, "
  "_appTrackingState = @{int:0-2}", .6)
M("lw_dead", "-[ApplicationManager checkForAndRecoverDeadPSN:] : "
  "Application \"@{app}\" (PSN 0x@{hex:5}) is dead", .1)
M("lw_lock", "-[LWScreenLock (Private) setIsLocked:] : setIsLocked:YES", .3)
M("lw_saver", "ScreenSaverEngine: stopScreenSaver called for idle", .1)
M("lw_su", "-[SessionAgentNotificationCenter sendDistributedNotification:"
  "forUid:] : sending notification com.apple.sessionagent.screenIsLocked "
  "for uid @{int:501-502}", .2)
# ------------------------------------------------------------ Chrome helpers
M("ch_notify", "Libnotify: notify_register_coalesced_registration failed "
  "with code @{int:9-9} on line @{int:2835-2835}", 2.5, 4)
M("ch_coretext", "CoreText CopyFontsForRequest received mig IPC error "
  "(FFFFFFFFFFFFFECC) from font server", .8, 3)
M("ch_cgsconn", "CGSConnectionByID: @{int:0-0} is not a valid connection "
  "ID.", .6, 2)
M("ch_invconn", "Invalid Connection ID @{int:0-0}", .5, 2)
M("ch_sectask", "SecTaskLoadEntitlements failed error=@{int:22-22}", .4)
M("ch_objc_dup", "objc[@{pid}]: Class @{objcls} is implemented in both "
  "@{fwpath} (0x@{hex:9}) and @{fwpath2=fwpath} (0x@{hex:9}). One of the "
  "two will be used. Which one is undefined.", .3, 2)
M("ch_font", "CoreText note: Client requested name \".@{font}\", it will "
  "get @{font2=font} rather than the intended font. All system UI font "
  "access should be through proper APIs such as CTFontCreateUIFontForLanguage"
  "() or +[NSFont systemFontOfSize:].", .3)
# ------------------------------------------------- GoogleSoftwareUpdateAgent
GS = "@{date} @{hms}.@{int:100-999} GoogleSoftwareUpdateAgent[@{pid}/" \
     "0x@{hex:12}] [lvl=@{int:2-3}] "
M("gs_settings", GS + "-[KSAgentApp setUpLoggerOutputForVerboseMode:] "
  "Agent default/global settings: <KSAgentSettings:0x@{hex:12} "
  "bundleID=com.google.Keystone.Agent lastCheck=@{date} @{hms} +0000 "
  "checkInterval=@{f:18000-18000:6} uiDisplayInterval=@{f:604800-604800:6} "
  "sleepInterval=@{f:1800-1800:6} jitterInterval=@{int:0-900} "
  "maxRunInterval=@{f:0-0:6} isConsoleUser=1 ticketStorePath=/Users/xpc/"
  "Library/Google/GoogleSoftwareUpdate/TicketStore/Keystone.ticketstore "
  "runMode=3 daemonUpdateEngineBrokerServiceName=com.google.Keystone."
  "Daemon.UpdateEngine daemonAdministrationServiceName=com.google."
  "Keystone.Daemon.Administration alwaysPromptForUpdates=0 "
  "lastUIDisplayed=(null) alwaysShowStatusItem=0 updateCheckTag=(null) "
  "printResults=NO userInitiated=NO>")
M("gs_check", GS + "-[KSAgentApp(KeystoneThread) runKeystonesInThreadWith"
  "Engine:] Checking for updates \"All Products\" using engine "
  "<KSUpdateEngine:0x@{hex:12}")
M("gs_launched", GS + "-[KSOutOfProcessFetcher(PrivateMethods) "
  "launchedHelperTaskForToolPath:error:] KSOutOfProcessFetcher launched "
  "'/Users/xpc/Library/Google/GoogleSoftwareUpdate/GoogleSoftwareUpdate."
  "bundle/Contents/MacOS/ksfetch' with process id: @{pid}")
M("gs_updall", GS + "-[KSUpdateEngine updateAllExceptProduct:] "
  "KSUpdateEngine updating all installed products, except:'com.google."
  "Keystone'.")
M("gs_selfupd", GS + "-[KSAgentApp performSelfUpdateWithEngine:] Finished "
  "self update check.")
M("gs_checking", GS + "-[KSCheckAction performAction] KSCheckAction "
  "checking @{int:1-3} ticket(s).")
M("gs_prompt", GS + "-[KSPrefetchAction performAction] KSPrefetchAction no "
  "updates to prefetch.")
M("gs_done", GS + "-[KSAgentApp(KeystoneThread) runKeystonesInThreadWith"
  "Engine:] Done checking for updates for \"All Products\": @{int:0-0} "
  "updates, @{int:0-0} errors")
M("gs_ksfetch", "@{date} @{hms}.@{int:100-999} ksfetch[@{pid}/0x@{hex:12}]"
  " [lvl=2] main() Fetcher received a request: <NSMutableURLRequest: "
  "0x@{hex:12}> { URL: https://tools.google.com/service/update2?cup2hreq="
  "@{hex:64}&cup2key=@{int:7-7}:@{lint:100000000-999999999} }")
M("gs_ksfetch_done", "@{date} @{hms}.@{int:100-999} ksfetch[@{pid}/0x"
  "@{hex:12}] [lvl=2] main() ksfetch done fetching.")
# ---------------------------------------------------------------------- secd
M("secd_sos", "SOSAccountThisDeviceCanSyncWithCircle sync with device "
  "failure: Error Domain=com.apple.security.sos.error Code=@{int:1035-1035}"
  " \"Account identity not set\" UserInfo={NSDescription=Account identity "
  "not set}", 1.2, 2)
M("secd_copy", "securityd_xpc_dictionary_handler @{sproc}[@{pid}] "
  "copy_matching Error Domain=NSOSStatusErrorDomain Code=@{int:-50--50} "
  "\"query missing class name\" (paramErr: error in user parameter list) "
  "UserInfo={NSDescription=query missing class name}", .8, 1.5)
M("secd_add", "securityd_xpc_dictionary_handler @{sproc}[@{pid}] add "
  "Error Domain=NSOSStatusErrorDomain Code=@{int:-25299--25299} \"duplicate"
  " item O,genp,@{hex:8},L,ck,@{user},0,20170701\" UserInfo={NSDescription="
  "duplicate item}", .2)
# ------------------------------------------------------------------ sharingd
M("sh_purged", "@{clk} : Purged contact hashes", .6)
M("sh_btle_off", "@{clk} : BTLE scanner Powered Off")
M("sh_btle_on", "@{clk} : BTLE scanner Powered On")
M("sh_scan_start", "@{clk} : BTLE scanning started")
M("sh_scan_stop", "@{clk} : BTLE scanning stopped")
M("sh_airdrop_wake", "@{clk} : Starting AirDrop server for user "
  "@{int:501-501} on wake")
M("sh_airdrop_stop", "@{clk} : Stopping AirDrop server for user "
  "@{int:501-501}")
M("sh_wireless", "@{clk} : SDStatusMonitor::kStatusWirelessPowerChanged")
M("sh_mode_contacts", "@{clk} : Scanning mode Contacts Only")
M("sh_mode_everyone", "@{clk} : Scanning mode Everyone")
M("sh_discover_off", "@{clk} : Discoverable mode changed to Off")
M("sh_handoff", "@{clk} : Handoff advertising started "
  "for @{bundle}", .3)
M("sh_nearby", "@{clk} : Nearby devices changed, count: @{int:0-6}", .3)
# ------------------------------------------------------------------------ QQ
M("qq_dealloc", "FA||Url||taskID[@{lint:2000000000-2099999999}] dealloc",
  1.5, 3)
M("qq_button", "button report: 0x@{hex:7}", .8, 2)
M("qq_db", "DB Error: @{int:1-1} \"no such table: tb_c2cMsg_"
  "@{lint:1000000000-2999999999}\"", .6, 2)
M("qq_tcp", "tcp_connection_destination_perform_socket_connect @{int:10-"
  "900} connectx to @{ip}:@{int:80-8080}@@{int:0-0} failed: [@{int:51-51}] "
  "Network is unreachable", .4)
M("qq_tcp_ioerr", "tcp_connection_handle_connect_conditions_bad @{int:10-"
  "900} failed: @{int:51-51} - Network is unreachable", .2)
M("qq_img", "[Image] invalid image data, size=@{int:0-0}", .1)
M("wc_net", "[MMNetworkStatus] network changed to WiFi",
  .3)
M("skype_warn", "WARNING: Method userSpaceScaleFactor in class NSView is "
  "deprecated on 10.7 and later. It should not be used in new "
  "applications. Use convertRectToBacking: instead.", .1)
M("dropbox_pyobjc", "PyObjCPointer created: at 0x@{hex:12} of type "
  "{OpaqueJSContext=}", .2, 2)
# ----------------------------------------------------------------- locationd
M("loc_active", "Location icon should now be in state 'Active'", .8)
M("loc_inactive", "Location icon should now be in state 'Inactive'", .8)
M("loc_noresp", "NETWORK: no response from server, reachability, "
  "@{int:2-2}, queryRetries, @{int:0-2}", .3)
M("loc_requery", "NETWORK: requery, @{int:0-0}, @{int:0-0}, @{int:0-0}, "
  "@{int:0-0}, @{int:1-2}, items, fQueryRetries, @{int:0-2}, "
  "fLastRetryTimestamp, @{f:520000000-521000000:1}", .2)
M("loc_client", "Client @{bundle} disconnected", .2)
M("loc_wifi_off", "WiFi scan failed, power is off", .1)
# ------------------------------------------------------- AddressBookSourceSync
M("ab_unrec", "Unrecognized attribute value: t:AbchPersonItemType", .6, 3)
M("ab_carddav", "[CardDAVPlugin-ERROR] -getPrincipalInfo:[_controller "
  "supportsRequestCompressionAtURL:https://@{user}%40@{domain}@p@{int:10-"
  "70}-contacts.icloud.com:443/@{lint:100000000-999999999}/principal/] "
  "Error Domain=NSURLErrorDomain Code=@{int:-1009--1001} \"The request "
  "timed out.\" UserInfo={NSErrorFailingURLKey=https://p@{int:10-70}-"
  "contacts.icloud.com/@{lint:100000000-999999999}/principal/}", .3)
M("ab_bridge_tries", "dnssd_clientstub ConnectToServer: connect()-> No of "
  "tries: @{int:1-3}", .3, 3)
M("ab_bridge_fail", "dnssd_clientstub ConnectToServer: connect() failed "
  "path:/var/run/mDNSResponder Socket:@{int:3-9} Err:@{int:-1--1} "
  "Errno:@{int:1-1} Operation not permitted", .3, 2)
M("ab_bridge_inval", "Daemon connection invalidated!", .2)
# ------------------------------------------------------------------- syslogd
M("sys_stats", "ASL Sender Statistics", 1.2)
M("sys_claims", "Configuration Notice: ASL Module \"@{bundle}\" claims "
  "selected messages. Those messages may not appear in standard system log "
  "files or in the ASL database.", .4, 3)
M("sys_sharing", "Configuration Notice: ASL Module \"@{bundle}\" sharing "
  "output destination \"@{logpath}\" with ASL Module \"@{bundle2=bundle}\"."
  " Output parameters from ASL Module \"@{bundle3=bundle}\" override any "
  "specified in ASL Module \"@{bundle4=bundle}\".", .2, 2)
# ------------------------------------------------------------------ networkd
M("nd_ivan", "-[NETClientConnection evaluateCrazyIvan46] CI46 - Hit by "
  "torpedo! @{sproc}.@{pid} tc@{lint:100-99999} @{ip}:@{int:80-5223}", 1.2,
  2)
M("nd_ivan_blk", "__42-[NETClientConnection evaluateCrazyIvan46]"
  "_block_invoke CI46 - Hit by torpedo! @{sproc}.@{pid} tc@{lint:100-99999}"
  " @{ip}:@{int:80-5223}", .6, 2)
M("nd_nat64", "nw_nat64_post_new_ifstate successfully changed NAT64 "
  "ifstate from 0x@{hex:1} to 0x@{hex:16}", .6)
M("nd_bundle", "-[NETClientConnection effectiveBundleID] using process name "
  "@{sproc} as bundle ID (this is expected for daemons without bundle ID",
  1, 1.5)
M("nd_resolver", "nw_resolver_start_query_timer_block_invoke [@{int:1-60}] "
  "Query fired: did not receive all answers in time for @{hostport}", .4)
# ---------------------------------------------------------------------- apsd
M("apsd_leaf", "Unrecognized leaf certificate", .6, 2)
M("apsd_stream", "<APSCourier: 0x@{hex:12}>: Stream error occurred for "
  "<APSTCPStream: 0x@{hex:12}>: Error Domain=NSPOSIXErrorDomain "
  "Code=@{int:57-60} \"@{zpick:Socket is not connected|Operation timed "
  "out}\" UserInfo={_kCFStreamErrorCodeKey=@{int:57-60}, "
  "_kCFStreamErrorDomainKey=@{int:1-1}}", .3)
M("apsd_lost", "APSConnectionServer: Connection to @{bundle} lost", .2)
M("apsd_dns", "failed to get DNS server addresses, falling back to default",
  .1)
# --------------------------------------------------- com.apple.WebKit.WebContent
M("wk_fig", "<<<< FigByteStream >>>> FigByteStreamStatsLogOneRead: "
  "ByteStream read of @{lint:1000-99999} bytes @ @{lint:10000-9999999} took "
  "@{f:0-3:6} sec. to complete, @{int:1-40} reads >= @{f:0-1:1} sec.", .8,
  2)
M("wk_mv_rfc", "<<<< MediaValidator >>>> mv_ValidateRFC4281CodecId: "
  "Unrecognized codec @{int:1-1}.(null). Failed codec specific check.", .4,
  2)
M("wk_mv_lookup", "<<<< MediaValidator >>>> mv_LookupCodecSupport: "
  "Unrecognized codec @{int:1-1}", .4, 2)
M("wk_mv_test", "<<<< MediaValidator >>>> mv_TestCodecSupport: "
  "Unrecognized codec @{int:1-1}", .4, 2)
M("wk_crabs_avail", "[@{f:10000-99999:3}] <<<< CRABS >>>> "
  "crabsFlumeHostAvailable: [0x@{hex:12}] Byte flume reports host "
  "available again.", .3, 2)
M("wk_crabs_wait", "[@{f:10000-99999:3}] <<<< CRABS >>>> crabsWaitForLoad: "
  "[0x@{hex:12}] Wait time out - @{int:-1001--1001} (msRequestTimeout "
  "@{int:-1--1})", .2, 2)
M("wk_iqca", "[@{f:10000-99999:3}] <<<< IQ-CA >>>> "
  "piqca_setUsePreciseIdleNotification: (0x@{hex:12}) rejected - "
  "@{int:-12780--12780}", .1)
M("wk_tls", "tcp_connection_tls_session_error_callback_imp @{int:100-9999} "
  "__tcp_connection_tls_session_callback_write_block_invoke.@{int:434-434} "
  "error @{int:22-22}", .5, 2)
# ------------------------------------------------------------------ sandboxd
M("sbd_net", "([@{pid}]) @{sproc}(@{pid2=pid}) deny network-outbound "
  "@{netpath}", .4)
M("sbd_mach", "([@{pid}]) @{sproc}(@{pid2=pid}) deny mach-lookup @{svc}",
  .3)
M("sbd_file", "([@{pid}]) @{sproc}(@{pid2=pid}) deny file-read-data "
  "@{path}", .2)
# --------------------------------------------------------------- corecaptured
M("cc_notice", "CCFile::captureLog Received Capture notice id: "
  "@{f:1498900000-1499500000:6}, reason = AuthFail:sts:5_rsn:0")
M("cc_notice_deauth", "CCFile::captureLog Received Capture notice id: "
  "@{f:1498900000-1499500000:6}, reason = DeauthInd:sts:0_rsn:7")
M("cc_event", "Received Capture Event")
M("cc_streams", "CCIOReporterFormatter::addRegistryChildToChannelDictionary "
  "streams @{int:1-9}")
M("cc_refresh", "CCIOReporterFormatter::refreshSubscriptionsFromStream"
  "Registry clearing out any previous subscriptions")
M("cc_copy", "CCFile::copyFile fileName is [@{ccstamp}]-AirPortBrcm4360_"
  "Logs-@{int:1-9}.txt, source path:/var/log/CoreCapture/com.apple.driver."
  "AirPort.Brcm4360.0/DriverLogs//[@{ccstamp2=ccstamp}]-AirPortBrcm4360_"
  "Logs-@{int:1-9}.txt, dest path:/Library/Logs/CrashReporter/CoreCapture/"
  "com.apple.driver.AirPort.Brcm4360.0/[@{ccstamp3=ccstamp}]=AuthFail:sts:"
  "5_rsn:0/DriverLogs//[@{ccstamp4=ccstamp}]-AirPortBrcm4360_Logs-"
  "@{int:1-9}.txt")
M("cc_skip", "CCFile::captureLogRun Skipping current file Dir file "
  "[@{ccstamp}]-AirPortBrcm4360_Logs-@{int:1-9}.txt, Current File "
  "[@{ccstamp2=ccstamp}]-AirPortBrcm4360_Logs-@{int:1-9}.txt")
M("cc_exit", "CCFile::captureLogRun() Exiting CCFile::captureLogRun")
M("cc_dtap_rm", "CCDataTap::profileRemoved, Owner: com.apple.iokit."
  "IO80211Family, Name: @{tap}")
M("cc_ltap_rm", "CCLogTap::profileRemoved, Owner: com.apple.iokit."
  "IO80211Family, Name: @{tap}")
M("cc_free", "CCProfileMonitor::freeResources done")
M("cc_handler", "CCProfileMonitor::setStreamEventHandler Profile "
  "@{tap} streams @{int:1-9}")
M("cc_dtap_add", "CCDataTap::profileAdded, Owner: com.apple.iokit."
  "IO80211Family, Name: @{tap}")
# ------------------------------------------ AddressBook.InternetAccountsBridge
# (dnssd_clientstub lines above are shared by this process)
# ---------------------------------------------------------------------- Safari
M("saf_keychain", "KeychainGetICDPStatus: keychain: @{int:-25300--25300}",
  .6, 2)
M("saf_img", "Could not find image named '@{img}'.", .2)
M("saf_sb", "SafeBrowsing: Update failed with error @{int:-1009--1001}",
  .1)
M("saf_webpage", "WebPageProxy::processDidCrash: web process crashed "
  "(pid @{pid})", .05)
# ---------------------------------------------------------------- mds/mdworker
M("mds_vol", "(Normal) Volume: Set client-side volume state to "
  "Enabled for @{vol}", .1)
M("mds_store", "(DiskStore.Normal:@{int:2300-2400}) @{hex:4} "
  "@{f:1-2:6} Sync took too long", .2)
M("mdw_bail", "(ImportBailout.Error:@{int:1300-1400}) Asked to exit for "
  "Diskarb", .1)
M("mds_warn", "(Warning) Server: No stores registered for metascope "
  "\"kMDQueryScopeComputer\"", .2)
# ----------------------------------------------------------------- CalendarAgent
M("cal_proppatch", "[com.apple.calendar.store.log.caldav.coredav] "
  "[Refusing to parse response to PROPPATCH because of content-type: "
  "[text/html; charset=UTF-8].]", .4)
M("cal_refresh", "[com.apple.calendar.store.log.caldav.queue] [Account "
  "refresh failed with error: Error Domain=CoreDAVHTTPStatusErrorDomain "
  "Code=@{int:500-503} \"(null)\" UserInfo={AccountName=@{calacct}, "
  "CalDAVErrFromRefresh=YES, CoreDAVHTTPHeaders=<CFBasicHash 0x@{hex:12} "
  "[0x@{hex:12}]>}]", .3)
M("cal_adding", "[com.apple.calendar.store.log.caldav.queue] [Adding "
  "[<CalDAVAccountRefreshQueueableOperation: 0x@{hex:12}; Sequence: "
  "@{int:0-9}>] to failed operations.]", .3)
M("cal_nocred", "[com.apple.calendar.store.log.caldav.coredav] [No "
  "credentials for account @{calacct}]", .05)
# ---------------------------------------------------------------- com.apple.cts
M("cts_sched", "@{job}: scheduler_evaluate_activity told me to run this "
  "job; however, but the start time isn't for @{lint:100-600000} seconds."
  "  Ignoring.", 2.5, 2.5)
# ---------------------------------------------------------------------- misc
M("routined_cmerr", "CoreLocation: Error occurred while trying to "
  "retrieve motion state update: CMErrorDomain Code:@{int:104-104}", .4)
M("routined_lt", "-[RTLocationManager _onLocationNotification:] location "
  "notification, @{int:1-9} locations", .1)
M("nsurlstor", "ERROR: unable to determine file-system usage for "
  "FS-backed cache at @{path}. Errno=@{int:13-13}", .3)
M("nsurlsess", "Task <@{UUID}>.<@{int:1-9}> finished with error - code: "
  "@{int:-1009--1001}", .3)
M("ntpd_origin", "receive: Unexpected origin timestamp 0x@{hex:8}.@{hex:8}"
  " does not match aorg 0000000000.00000000 from server@@{ip} xmt "
  "0x@{hex:8}.@{hex:8}", .4)
M("ntpd_sigio", "sigio_handler: sigio_handler_active != 1", .2)
M("ids_nc", "<IMMacNotificationCenterManager: 0x@{hex:12}>:    NC "
  "Disabled: NO , DND Enabled: NO, Should Post: YES", .3)
M("ids_dnd", "<IMMacNotificationCenterManager: 0x@{hex:12}>: DND Enabled: "
  "YES", .1)
M("diag_eval", "error evaluating process info - pid: @{pid}, punique: "
  "@{lint:100000-999999}", .4, 2)
M("crash_saved", "Saved crash report for @{proc}[@{pid}] version "
  "@{ver} to @{crashpath}", .1)
M("spindump", "Saved hang report for @{proc} version @{ver} to "
  "@{crashpath}", .05)
M("ql_icon", "Error returned from iconservicesagent: (null)", .3, 3)
M("icon_comp", "-[ISGenerateImageOp generateImageWithCompletion:] Failed to "
  "composit image for descriptor <ISBindingImageDescriptor: 0x@{hex:12}>.",
  .3, 3)
M("su_remove", "Removing client SUUpdateServiceClient pid=@{pid}, uid="
  "@{int:0-0}, installAuth=NO rights=(), transactions=@{int:0-0} (/usr/"
  "sbin/softwareupdate)", .2)
M("su_scan", "SoftwareUpdate: Scan for client pid @{pid} (@{proc})", .05)
M("tccd_entitle", "SecTaskLoadEntitlements failed error=@{int:22-22} "
  "cs_flags=@{hex:6}, task->pid_self=@{pid}", .1)
M("cloudd_err", "SecOSStatusWith error:[@{int:-50--50}] Error "
  "Domain=NSOSStatusErrorDomain Code=@{int:-50--50} \"query missing class "
  "name\" (paramErr: error in user parameter list)", .3)
M("akd_fail", "AKAuthenticationServerSyncManager failed to fetch "
  "configuration", .05)
M("suggestd_harvest", "SGDSuggestManager: harvest queue drained, "
  "@{int:0-40} items", .1)
M("fseventsd_flag", "event logs in @{vol}/.fseventsd out of sync with "
  "volume.  destroying old logs. (@{int:1-9} @{int:1-9} @{int:1-9})", .05)
M("garcon_fi", "Failed to connect to FinderSync extension "
  "@{bundle}", .1)
M("dock_hist", "-[DOCKHISTORY] Writing history for @{app}", .05)
M("preview_ca", "CoreAnimation: warning, deleted thread with uncommitted "
  "CATransaction; set CA_DEBUG_TRANSACTIONS=1 in environment to log "
  "backtraces.", .2)
M("finder_sandbox", "sandbox extension for @{path} not issued", .05)
M("storeaccountd", "AccountServiceDelegate: Accepting new connection "
  "<NSXPCConnection: 0x@{hex:12}> connection from pid @{pid}", .1)
M("powerd_assert", "Process @{sproc}.@{pid} TimedOut PreventUserIdle"
  "SystemSleep \"@{assertreason}\" age:@{hms} id:@{lint:10000000000-"
  "99999999999} [System: PrevIdle DeclUser kDisp]", .3)
M("powerd_create", "Process @{sproc}.@{pid} Created PreventUserIdle"
  "SystemSleep \"@{assertreason}\" age:00:00:00 id:@{lint:10000000000-"
  "99999999999} [System: PrevIdle DeclUser kDisp]", .3)
M("powerd_release", "Process @{sproc}.@{pid} Released PreventUserIdle"
  "SystemSleep \"@{assertreason}\" age:@{hms} id:@{lint:10000000000-"
  "99999999999} [System: DeclUser kDisp]", .3)
M("powerd_summary", "Summary- [System: PrevIdle DeclUser kDisp] Using "
  "@{zpick:AC|Batt}(Charge: @{int:5-100})", .3)
M("powerd_sleepsvc", "Sleep services: @{int:0-2} ms to wake, capabilities "
  "0x@{hex:2}", .1)
M("bluetoothd_off", "Bluetooth Power State changed to Off", .05)
M("bluetoothd_power", "Bluetooth Power State changed to On",
  .1)
M("bluetoothd_remote", "Remote name request failed for device @{mac}",
  .1)
M("bluetoothd_hid", "Unexpected HID report for device @{mac}, type "
  "@{int:1-3}", .05)
M("hidd_wake", "IOHIDEventSystem: wake from sleep, timestamp "
  "@{lint:100000000000-999999999999}", .05)
M("coreduetd_ctx", "Failed to send context update: Error Domain="
  "NSCocoaErrorDomain Code=@{int:4097-4099} \"connection to service named "
  "com.apple.coreduetd.context\"", .1)
M("apple_ev", "AppleEvents: received mach msg which wasn't complex type "
  "as expected in getMemoryReference.", .1)
M("launchserv", "LaunchServices: disconnect event interruption received "
  "for service com.apple.lsd.@{zpick:modifydb|mapdb}", .1)
M("usernoted", "Failed to deliver notification for bundle @{bundle}, "
  "reason: not authorized", .1)
M("syncdefaults", "SYDPersistence: failed to read persistent store at "
  "@{path}", .05)
M("bird_quota", "[BRC] quota fetch failed for @{bundle}", .05)
M("xpcproxy_err", "Error loading @{path}: dlopen(@{path2=path}, 262): no "
  "suitable image found.", .05)
M("airportd_scan", "airportd: Scan failed for SSID '@{ssid}' on en0, "
  "error @{int:-3931--3900}", .05)
M("airportd_auto", "airportd: AUTO-JOIN: Joined '@{ssid}' "
  "(@{zpick:WPA2 Personal|WPA2 Enterprise|Open})", .1)
M("airportd_assoc", "airportd: __WiFiDeviceManagerAutoAssociate: Auto "
  "join retry cancelled on en0", .05)
M("kernel_ifnet", "ifnet_attach: All kernel threads created for "
  "interface @{iface} have been scheduled at least once.", .05)
M("kernel_ip6", "nd6_dad_timer: cancel DAD on en0 because of ND6_IFF_IFDISABLED", .05)
M("kernel_sbmem", "Sandbox: @{sproc}(@{pid}) deny(@{int:1-1}) "
  "iokit-open IOBluetoothHCIUserClient", .05)
