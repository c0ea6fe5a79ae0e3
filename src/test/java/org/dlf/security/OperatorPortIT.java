package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Metrics for operators on a port of their own (here any free one; DLF_MANAGEMENT_PORT in production). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dlf.management.port=0")
class OperatorPortIT {

    @LocalServerPort
    int port;

    @Autowired
    OperatorPort operators;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_load_of_the_executor_and_the_sessions_are_metrics_on_the_operators_port_only() throws Exception {
        int operatorPort = operators.localPort();
        assertThat(operatorPort).isPositive().isNotEqualTo(port);
        assertThat(get(operatorPort, "/actuator/metrics/dlf.training.running").body())
                .contains("\"name\":\"dlf.training.running\"");
        for (String metric : new String[] {"dlf.training.queue", "dlf.sessions.active", "dlf.answers"}) {
            assertThat(get(operatorPort, "/actuator/metrics/" + metric).statusCode())
                    .as(metric)
                    .isEqualTo(200);
            assertThat(get(port, "/actuator/metrics/" + metric).statusCode())
                    .as(metric)
                    .isEqualTo(403);
        }
        assertThat(get(operatorPort, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(get(port, "/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(get(operatorPort, "/").statusCode()).isEqualTo(403); // the course is not served there
    }
}
