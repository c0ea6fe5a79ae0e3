package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the Dockerfile's health check and the proxy's probes call: health on the public port, and nothing
 * else of the actuator there (metrics are on the operators' port: security.OperatorPortIT).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_are_up() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void figures_are_served_as_static_files() throws Exception {
        HttpResponse<String> svg = get("/figures/neuron.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).contains("svg"));
    }

    @Test
    void only_health_is_public_and_it_tells_nothing_but_the_status() throws Exception {
        assertThat(get("/actuator/health").body()).doesNotContain("components").contains("\"status\":\"UP\"");
        for (String path : new String[] {
            "/actuator",
            "/actuator/metrics",
            "/actuator/metrics/dlf.sessions.active",
            "/actuator/metrics/http.server.requests",
            "/actuator/info"
        }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).doesNotContain("dlf.").doesNotContain("jvm");
        }
    }
}
