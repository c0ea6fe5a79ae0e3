package org.dlf.classroom;

import org.dlf.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The assignment settings on a real PostgreSQL (see {@link TestPostgres}). */
@SpringBootTest
class AssignmentServicePostgresIT extends AssignmentServiceContract {

    @BeforeAll
    static void needsPostgres() {
        TestPostgres.require();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
