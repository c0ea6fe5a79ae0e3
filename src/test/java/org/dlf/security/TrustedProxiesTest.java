package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addresses_and_ranges_become_cidr_ranges_and_none_means_none() {
        assertThat(TrustedProxies.ranges("")).isEmpty();
        assertThat(TrustedProxies.ranges("  ")).isEmpty();
        assertThat(TrustedProxies.ranges("10.0.0.5")).isEqualTo("10.0.0.5/32");
        assertThat(TrustedProxies.ranges("10.0.0.5, 172.16.0.0/12 ::1,fd00::/8"))
                .isEqualTo("10.0.0.5/32,172.16.0.0/12,::1/128,fd00::/8");
    }

    @Test
    void anything_else_stops_the_server_with_a_clear_message() {
        for (String bad : new String[] {"proxy.example", "10.0.0.300", "10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "*"})
            assertThatThrownBy(() -> TrustedProxies.ranges(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DLF_TRUSTED_PROXIES")
                    .hasMessageContaining(bad);
    }
}
