package org.dlf.security;

import java.util.Locale;

/**
 * The client address as a limit key: an IPv4 address as it is, an IPv6 address by its /64 network (one
 * household or phone gets a whole /64 and could otherwise change address for every attempt). The address
 * itself comes from the connection, or from {@code X-Forwarded-For} only when {@link TrustedProxies} says the
 * connection is a trusted proxy.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String key(String remoteAddress) {
        String address = remoteAddress.strip().toLowerCase(Locale.ROOT);
        if (address.startsWith("[") && address.endsWith("]")) address = address.substring(1, address.length() - 1);
        int zone = address.indexOf('%');
        if (zone >= 0) address = address.substring(0, zone);
        if (!address.contains(":")) return address;
        if (address.contains(".")) return address.substring(address.lastIndexOf(':') + 1); // ::ffff:a.b.c.d
        String[] groups = expand(address).split(":");
        return groups[0] + ":" + groups[1] + ":" + groups[2] + ":" + groups[3] + "::/64";
    }

    /** All eight groups of an IPv6 address (the :: written out), without leading zeros. */
    private static String expand(String address) {
        String[] halves = address.split("::", -1);
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        String[] all = new String[8];
        for (int i = 0; i < 8; i++) all[i] = "0";
        for (int i = 0; i < head.length && i < 8; i++) all[i] = trim(head[i]);
        for (int i = 0; i < tail.length && i < 8; i++) all[8 - tail.length + i] = trim(tail[i]);
        return String.join(":", all);
    }

    private static String trim(String group) {
        String t = group.replaceFirst("^0+(?=.)", "");
        return t.isEmpty() ? "0" : t;
    }
}
