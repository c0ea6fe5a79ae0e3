package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.dlf.load.VaadinHttpClient;
import org.dlf.security.TeacherAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The join limits as a script meets them over HTTP, on a server with no trusted proxy (the default): a new
 * visitor for every attempt (no cookies kept) and a forged X-Forwarded-For on each change nothing, while
 * the class that is used on the script's network still lets its students in.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:dlf-join-limits;DB_CLOSE_DELAY=-1")
class JoinLimitsIT {

    @LocalServerPort
    int port;

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    ClassroomService classrooms;

    /** One attempt as a fresh browser (no cookies) claiming to be somewhere else; the join result. */
    private String attempt(String code, String name, int forged) throws Exception {
        VaadinHttpClient visitor = new VaadinHttpClient(
                "http://localhost:" + port, Map.of("X-Forwarded-For", "203.0.113." + (forged % 250 + 1)));
        visitor.open("join/" + code, false);
        String answer = visitor.typeAndClick(visitor.node("join-name"), name, visitor.node("join-submit"));
        for (JoinResult r : JoinResult.values()) if (answer.contains("\"" + r.name() + "\"")) return r.name();
        throw new AssertionError("no join result in " + answer);
    }

    @Test
    void dropping_cookies_and_forging_forwarded_addresses_do_not_buy_more_guesses() throws Exception {
        String teacher = "t-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, "limits-teacher-1");
        ClassSummary school = classrooms.create(teacher, "School class");
        ClassSummary elsewhere = classrooms.create(teacher, "Elsewhere");
        classrooms.openedFrom(teacher, school.id(), "127.0.0.1"); // the dashboard on this network
        classrooms.openedFrom(teacher, school.id(), "0:0:0:0:0:0:0:1");
        for (int i = 0; i < JoinLimits.WRONG_PER_HOUR; i++)
            assertThat(attempt("ZZZZ" + JoinCodes.ALPHABET.charAt(i) + "9", "Script", i))
                    .isEqualTo("UNKNOWN_CODE");
        assertThat(attempt("ZZZZZ9", "Script", 99)).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(attempt(elsewhere.code(), "Script", 100)).isEqualTo("TOO_MANY_ATTEMPTS"); // tells nothing
        assertThat(attempt(school.code(), "Real student", 101)).isEqualTo("JOINED");
    }
}
