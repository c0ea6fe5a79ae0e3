package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void an_ipv4_address_is_its_own_key() {
        assertThat(ClientAddress.key("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.key("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void an_ipv6_address_counts_as_its_slash_64_network() {
        String key = ClientAddress.key("2001:db8:0:12::1");
        assertThat(key).isEqualTo("2001:db8:0:12::/64");
        assertThat(ClientAddress.key("2001:0db8:0000:0012:ffff:1:2:3")).isEqualTo(key);
        assertThat(ClientAddress.key("[2001:db8:0:12:abcd::9%eth0]")).isEqualTo(key);
        assertThat(ClientAddress.key("2001:db8:0:13::1")).isNotEqualTo(key);
        assertThat(ClientAddress.key("::1")).isEqualTo("0:0:0:0::/64");
    }
}
