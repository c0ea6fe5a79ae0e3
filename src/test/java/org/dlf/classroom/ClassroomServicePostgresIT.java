package org.dlf.classroom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The classroom service on a real PostgreSQL: {@code DLF_TEST_POSTGRES_URL} (a JDBC URL), with
 * {@code DLF_TEST_POSTGRES_USER} and {@code DLF_TEST_POSTGRES_PASSWORD} (both default {@code dlf}). Without
 * the URL the test fails in CI ({@code CI=true}) and is skipped, with a message, elsewhere.
 */
@SpringBootTest
class ClassroomServicePostgresIT extends ClassroomServiceContract {

    private static final String URL = System.getenv("DLF_TEST_POSTGRES_URL");

    @BeforeAll
    static void needsPostgres() {
        if (URL == null || URL.isBlank()) {
            String message = "DLF_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5433/dlf)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": the PostgreSQL tests must run in CI");
            }
            Assumptions.abort(message + ": skipping the PostgreSQL tests locally");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> env("DLF_TEST_POSTGRES_USER", "dlf"));
        registry.add("spring.datasource.password", () -> env("DLF_TEST_POSTGRES_PASSWORD", "dlf"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
