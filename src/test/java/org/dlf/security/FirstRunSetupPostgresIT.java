package org.dlf.security;

import java.util.UUID;
import org.dlf.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** First-run setup on a real PostgreSQL, in a fresh schema dropped afterwards (see {@link TestPostgres}). */
@SpringBootTest(properties = "dlf.setup.token=" + FirstRunSetupContract.TOKEN)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstRunSetupPostgresIT extends FirstRunSetupContract {

    private static final String SCHEMA =
            "dlf_setup_" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void needsPostgres() {
        TestPostgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, SCHEMA);
    }

    @AfterAll
    void dropSchema() {
        jdbc.sql("DROP SCHEMA " + SCHEMA + " CASCADE").update();
    }
}
