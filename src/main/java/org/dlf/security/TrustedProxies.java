package org.dlf.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The reverse proxies whose {@code X-Forwarded-For/-Proto/-Host/-Port} the server believes
 * ({@code DLF_TRUSTED_PROXIES}: addresses or CIDR ranges, separated by commas; none by default). Only for a
 * connection from one of them does Tomcat's {@link RemoteIpValve} take the client address (which keys the
 * join and sign-in limits), the scheme (Secure cookies behind https) and the host (the join link) from
 * those headers; from anyone else the headers are ignored, so no one can claim another address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final String ranges;

    TrustedProxies(@Value("${dlf.trusted-proxies:}") String list) {
        this.ranges = ranges(list);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (ranges.isEmpty()) return;
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(ranges);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }

    /**
     * The configured list as CIDR ranges, e.g. {@code "10.0.0.5, fd00::/8"} → {@code "10.0.0.5/32,fd00::/8"};
     * empty for none. A malformed entry (a host name, a bad prefix) stops the start with a clear message.
     */
    static String ranges(String list) {
        List<String> ranges = new ArrayList<>();
        for (String entry : list.split("[,\\s]+")) {
            if (entry.isEmpty()) continue;
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            int bits = literalBits(address, entry);
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) throw bad(entry);
            }
            ranges.add(address + "/" + prefix);
        }
        return String.join(",", ranges);
    }

    /** 32 or 128: the size of the address literal; never looks a host name up. */
    private static int literalBits(String address, String entry) {
        var v4 = IPV4.matcher(address);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) if (Integer.parseInt(v4.group(i)) > 255) throw bad(entry);
            return 32;
        }
        if (!IPV6.matcher(address).matches()) throw bad(entry);
        try {
            if (InetAddress.getByName(address) instanceof Inet6Address) return 128;
        } catch (UnknownHostException e) {
            throw bad(entry);
        }
        throw bad(entry);
    }

    private static IllegalArgumentException bad(String entry) {
        return new IllegalArgumentException("DLF_TRUSTED_PROXIES: '" + entry
                + "' is not an IP address or CIDR range (such as 10.0.0.5 or 172.16.0.0/12)");
    }
}
