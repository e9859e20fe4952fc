"""NetworkManager 1.3x/1.4x on laptops (journal).  Header cut:
'May 02 09:14:03 thinkpad-heron NetworkManager[812]: <info>  [1683018843.5123] '
(syslog time, host, process[pid], <level>, monotonic [timestamp])."""
from common import *

WIFI_IF = ["wlp2s0", "wlp3s0", "wlp0s20f3", "wlan0"]
ETH_IF = ["enp0s31f6", "enp3s0", "eno1", "enx00e04c680a1b"]
VIRT_IF = ["docker0", "virbr0", "tun0", "wg0", "veth" + "a3f9c1e"]
SSIDS = ["Coffee Shop WiFi", "eduroam", "Office-Guest", "HomeNet", "Airport_Free_WiFi", "Hotel Lobby",
         "Library Public", "TrainWiFi", "CORP-SECURE", "Pixel hotspot", "iPhone de Marie", "FRITZ!Box Kitchen",
         "Vodafone Homespot", "BT-Hub", "Starbucks WiFi", "The Black Dog Pub", "linksys", "NETGEAR-Guest",
         "Conference Hall", "Ryanair onboard", "HomeNet-5G", "Cafe Nero Free"] + \
        ["%s %s" % (pick(FIRST).capitalize(), pick(["Home", "WiFi", "Network", "House"])) for _ in range(30)]
VPNS = ["Work VPN", "corp-vpn", "Mullvad se-sto", "office wireguard", "ProtonVPN NL"]
def conn():
    r = R.random()
    if r < 0.7:
        return pick(SSIDS)
    if r < 0.9:
        return pick(["Wired connection 1", "Wired connection 2", "Home LAN", "Dock ethernet"])
    return pick(VPNS)
IFACE = lambda: R.choices([pick(WIFI_IF), pick(ETH_IF), pick(VIRT_IF)], [70, 20, 10])[0]
DEV_STATES = ["unmanaged", "unavailable", "disconnected", "prepare", "config", "need-auth", "ip-config",
              "ip-check", "secondaries", "activated", "deactivating", "failed"]
TRANS = [("disconnected", "prepare", "none"), ("prepare", "config", "none"), ("config", "ip-config", "none"),
         ("ip-config", "ip-check", "none"), ("ip-check", "secondaries", "none"), ("secondaries", "activated", "none"),
         ("activated", "deactivating", "user-requested"), ("deactivating", "disconnected", "user-requested"),
         ("activated", "unavailable", "carrier-changed"), ("unavailable", "disconnected", "none"),
         ("unmanaged", "unavailable", "managed"), ("config", "need-auth", "none"), ("need-auth", "failed", "no-secrets"),
         ("failed", "disconnected", "none"), ("activated", "disconnected", "supplicant-disconnect"),
         ("activated", "deactivating", "sleeping"), ("ip-config", "failed", "ip-config-unavailable")]
SUP = ["disconnected", "scanning", "authenticating", "associating", "associated", "4way_handshake",
       "group_handshake", "completed", "inactive", "interface_disabled"]
DHCP_OPTS = [("domain_name_servers", lambda: " ".join(ip("192.168.%d" % R.randint(0, 2)) for _ in range(R.randint(1, 2)))),
             ("ip_address", lambda: ip("192.168.%d" % R.randint(0, 2))),
             ("routers", lambda: ip("192.168.%d" % R.randint(0, 2))),
             ("subnet_mask", lambda: "255.255.255.0"),
             ("expiry", lambda: num(1683000000, 1699000000)),
             ("dhcp_lease_time", lambda: pick(["3600", "86400", "7200", "600"])),
             ("dhcp_server_identifier", lambda: ip("192.168.1")),
             ("domain_name", lambda: pick(["lan", "home", "corp.example.com", "fritz.box", "localdomain"])),
             ("host_name", lambda: "%s-%s" % (pick(["thinkpad", "xps", "framework", "zenbook"]), pick(BIRDS))),
             ("broadcast_address", lambda: "192.168.1.255"),
             ("requested_broadcast_address", lambda: "1"),
             ("requested_domain_search", lambda: "1"),
             ("ntp_servers", lambda: ip("192.168.1")),
             ("next_server", lambda: "0.0.0.0")]
def dhcp_opt():
    k, f = pick(DHCP_OPTS)
    return (pick(WIFI_IF + ETH_IF), k, f())
def devpath(): return "/org/freedesktop/NetworkManager/Devices/%d" % R.randint(1, 30)

def state_change():
    a, b, r = pick(TRANS)
    return (IFACE(), a, b, r, pick(["managed", "managed", "managed", "external", "assume"]))

T = [
 ("device (<*>): state change: <*> -> <*> (reason '<*>', sys-iface-state: '<*>')", 380, state_change),
 ("device (<*>): supplicant interface state: <*> -> <*>", 260, lambda: (pick(WIFI_IF), pick(SUP), pick(SUP))),
 ("device (p2p-dev-<*>): supplicant management interface state: <*> -> <*>", 70, lambda: (pick(WIFI_IF), pick(SUP), pick(SUP))),
 ("dhcp4 (<*>): option <*> => '<*>'", 300, dhcp_opt),
 ("dhcp4 (<*>): state changed new lease, address=<*>", 40, lambda: (pick(WIFI_IF + ETH_IF), ip("192.168.%d" % R.randint(0, 2)))),
 ("dhcp4 (<*>): activation: beginning transaction (timeout in <*> seconds)", 40, lambda: (pick(WIFI_IF + ETH_IF), "45")),
 ("dhcp4 (<*>): canceled DHCP transaction", 15, lambda: pick(WIFI_IF + ETH_IF)),
 ("device (<*>): Activation: starting connection '<*>' (<*>)", 50, lambda: (IFACE(), conn(), uid())),
 ("device (<*>): Activation: successful, device activated.", 45, IFACE),
 ("device (<*>): Activation: failed for connection '<*>'", 12, lambda: (IFACE(), conn())),
 ("device (<*>): Activation: (wifi) access point '<*>' has security, but secrets are required.", 18, lambda: (pick(WIFI_IF), pick(SSIDS))),
 ("device (<*>): Activation: (wifi) connection '<*>' has security, and secrets exist.  No new secrets needed.", 35, lambda: (pick(WIFI_IF), pick(SSIDS))),
 ("device (<*>): Activation: (wifi) Stage 2 of 5 (Device Configure) successful.  Connected to wireless network '<*>'.", 35, lambda: (pick(WIFI_IF), pick(SSIDS))),
 ("device (<*>): Activation: (wifi) association took too long", 10, lambda: pick(WIFI_IF)),
 ("device (<*>): Activation: (wifi) asking for new secrets", 8, lambda: pick(WIFI_IF)),
 ("device (<*>): disconnecting for new activation request.", 12, IFACE),
 ("device (<*>): set-hw-addr: set MAC address to <*> (<*>)", 60,
  lambda: (pick(WIFI_IF), ":".join(hexs(2).upper() for _ in range(6)), pick(["scanning", "scanning", "preserve", "permanent"]))),
 ("device (<*>): carrier: link connected", 14, lambda: pick(ETH_IF)),
 ("device (<*>): ipv6: duplicate address check failed for the <*> address", 2, lambda: (pick(WIFI_IF), "fe80::" + ":".join(hexs(4) for _ in range(4)))),
 ("policy: set '<*>' (<*>) as default for IPv<*> routing and DNS", 60, lambda: (conn(), IFACE(), pick(["4", "4", "6"]))),
 ("policy: auto-activating connection '<*>' (<*>)", 30, lambda: (conn(), uid())),
 ("manager: NetworkManager state is now <*>", 90, lambda: pick(["CONNECTED_GLOBAL", "CONNECTED_SITE", "CONNECTED_LOCAL", "CONNECTING", "DISCONNECTED", "DISCONNECTING", "ASLEEP"])),
 ("manager: (<*>): new <*> device (<*>)", 14, lambda: pick([(pick(WIFI_IF), "802.11 Wi-Fi", devpath()), (pick(ETH_IF), "Ethernet", devpath()),
                                                            ("wg0", "WireGuard", devpath()), ("docker0", "Bridge", devpath()), ("lo", "Loopback", devpath()),
                                                            ("p2p-dev-" + pick(WIFI_IF), "802.11 Wi-Fi P2P", devpath())])),
 ("manager: sleep: <*> requested (sleeping: <*>  enabled: <*>)", 25, lambda: pick([("sleep", "no", "yes"), ("wake", "yes", "yes")])),
 ("manager: startup complete", 3, lambda: ()),
 ("audit: op=\"<*>\" uuid=\"<*>\" name=\"<*>\" pid=<*> uid=<*> result=\"success\"", 35,
  lambda: (pick(["connection-activate", "connection-update", "connection-add-activate", "connection-delete"]), uid(), conn(), num(900, 99999), pick(["1000", "1001", "0"]))),
 ("audit: op=\"<*>\" uuid=\"<*>\" name=\"<*>\" pid=<*> uid=<*> result=\"fail\" reason=\"<*>\"", 6,
  lambda: (pick(["connection-activate", "connection-add-activate"]), uid(), conn(), num(900, 99999), "1000",
           pick(["Connection '%s' is not available on device %s because device is strictly unmanaged" % (conn(), pick(WIFI_IF)),
                 "No suitable device found for this connection (device lo not available because device is strictly unmanaged)."]))),
 ("agent-manager: agent[<*>,:<*>/<*>/<*>]: agent registered", 6,
  lambda: (hexs(16), "1.%d" % R.randint(20, 400), pick(["org.gnome.Shell.NetworkAgent", "org.freedesktop.nm-applet", "org.kde.plasma.networkmanagement"]), "1000")),
 ("connectivity: (<*>,IPv4) <*>", 12, lambda: (pick(WIFI_IF), pick(["timed out", "connectivity check failed with curl error 6: Could not resolve hostname", "redirected"]))),
 ("dns-mgr: init: dns=systemd-resolved rc-manager=symlink, plugin=systemd-resolved", 3, lambda: ()),
 ("NetworkManager (version <*>) is starting... (boot:<*>)", 3, lambda: (pick(["1.42.4", "1.44.2", "1.36.6"]), uid())),
 ("Read config: /etc/NetworkManager/NetworkManager.conf (lib: <*>) (etc: <*>)", 3, lambda: ("10-dns-resolved.conf, 20-connectivity-fedora.conf, no-mac-addr-change.conf", pick(["default-wifi-powersave-on.conf", "dns.conf", ""]))),
 ("modem-manager: ModemManager available", 2, lambda: ()),
 ("modem-manager: ModemManager not available", 2, lambda: ()),
 ("bluez: use BlueZ version <*>", 2, lambda: "5"),
 ("wifi-nl80211: (<*>): using nl80211 for WiFi device control", 3, lambda: pick(WIFI_IF)),
 ("ifupdown: management mode: unmanaged", 1, lambda: ()),
 ("vpn[<*>,<*>,\"<*>\"]: starting openvpn", 6, lambda: (hexs(16), uid(), pick(VPNS))),
 ("vpn[<*>,<*>,\"<*>\"]: VPN connection: (IP Config Get) complete", 5, lambda: (hexs(16), uid(), pick(VPNS))),
]
