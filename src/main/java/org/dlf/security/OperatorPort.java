package org.dlf.security;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Connector;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The operators' port: a second HTTP connector ({@code DLF_MANAGEMENT_PORT}, on {@code DLF_MANAGEMENT_ADDRESS},
 * loopback by default) that serves only the actuator endpoints (metrics, info, health), so that metrics never
 * show on the port learners reach. Without the setting there is no such port and metrics are not served.
 * Health stays on the public port for the container and proxy health checks.
 */
@Component
class OperatorPort implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final @Nullable Integer port;
    private final String address;
    private @Nullable Connector connector;

    OperatorPort(
            @Value("${dlf.management.port:}") String port,
            @Value("${dlf.management.address:127.0.0.1}") String address) {
        this.port = port.isBlank() ? null : Integer.valueOf(port.strip());
        if (this.port != null && (this.port < 0 || this.port > 65535))
            throw new IllegalArgumentException("dlf.management.port must be a port number (0 for any free one)");
        this.address = address.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (port == null) return;
        Connector operators = new Connector();
        operators.setPort(port);
        operators.setProperty("address", address);
        factory.addAdditionalConnectors(operators);
        connector = operators;
    }

    /** Whether the request came in on the operators' port. */
    boolean matches(HttpServletRequest request) {
        Connector c = connector;
        return c != null && request.getLocalPort() == c.getLocalPort();
    }

    /** The port it listens on (the actual one when configured as 0), or -1 without one. */
    int localPort() {
        Connector c = connector;
        return c == null ? -1 : c.getLocalPort();
    }
}
