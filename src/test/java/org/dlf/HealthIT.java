package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the Dockerfile's health check and an operator's probes call. */
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
    void the_load_of_the_training_executor_and_the_sessions_are_metrics() throws Exception {
        assertThat(get("/actuator/metrics/dlf.training.running").body()).contains("\"name\":\"dlf.training.running\"");
        assertThat(get("/actuator/metrics/dlf.training.queue").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics/dlf.sessions.active").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics/dlf.answers").statusCode()).isEqualTo(200);
    }
}
