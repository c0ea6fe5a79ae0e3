package org.dlf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the persistence tests run against: {@code DLF_TEST_POSTGRES_URL} (a JDBC URL), with
 * {@code DLF_TEST_POSTGRES_USER} and {@code DLF_TEST_POSTGRES_PASSWORD} (both default {@code dlf}); .ci/run
 * starts one. Without the URL a test fails in CI ({@code CI=true}) and is skipped, with a message, elsewhere.
 */
public final class TestPostgres {

    private static final String URL = System.getenv("DLF_TEST_POSTGRES_URL");

    private TestPostgres() {}

    /** Call from {@code @BeforeAll}. */
    public static void require() {
        if (URL == null || URL.isBlank()) {
            String message = "DLF_TEST_POSTGRES_URL is not set (e.g. jdbc:postgresql://127.0.0.1:5433/dlf)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": the PostgreSQL tests must run in CI");
            }
            Assumptions.abort(message + ": skipping the PostgreSQL tests locally");
        }
    }

    /** Call from a {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> env("DLF_TEST_POSTGRES_USER", "dlf"));
        registry.add("spring.datasource.password", () -> env("DLF_TEST_POSTGRES_PASSWORD", "dlf"));
    }

    /**
     * Like {@link #register} but in a schema of its own (created by Flyway), for a test that needs an
     * empty database; drop it afterwards with {@code DROP SCHEMA name CASCADE}.
     */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        register(registry);
        registry.add("spring.datasource.url", () -> inSchema(schema));
        registry.add("spring.flyway.schemas", () -> schema);
    }

    /**
     * The command-line arguments that run an app process ({@link AppProcess}) on PostgreSQL in a schema of its
     * own (created by Flyway at start); drop it afterwards with {@link #dropSchema}.
     */
    public static List<String> appArguments(String schema) {
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + inSchema(schema),
                "--spring.datasource.username=" + env("DLF_TEST_POSTGRES_USER", "dlf"),
                "--spring.datasource.password=" + env("DLF_TEST_POSTGRES_PASSWORD", "dlf"),
                "--spring.flyway.schemas=" + schema);
    }

    /** Drops a schema made for one test, with everything in it. */
    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        URL, env("DLF_TEST_POSTGRES_USER", "dlf"), env("DLF_TEST_POSTGRES_PASSWORD", "dlf"));
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String inSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
