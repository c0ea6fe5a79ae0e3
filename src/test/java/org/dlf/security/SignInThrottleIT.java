package org.dlf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlf.MutableClock;
import org.dlf.load.VaadinHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * Sign-in as a script would hammer it, over HTTP through the real form (with its CSRF token), on a server
 * whose clock the test moves, behind a trusted proxy on loopback so that each client can have its own
 * address (X-Forwarded-For).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:dlf-sign-in;DB_CLOSE_DELAY=-1",
            "dlf.trusted-proxies=127.0.0.1, ::1"
        })
class SignInThrottleIT {

    private static final Pattern WAIT = Pattern.compile("[?&]wait=(\\d+)");
    private static final String PASSWORD = "the-right-password";

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TeacherAccounts teachers;

    @Autowired
    MutableClock clock;

    private String teacher;

    @BeforeEach
    void aTeacher() {
        teacher = "t-" + UUID.randomUUID().toString().substring(0, 8);
        teachers.create(teacher, PASSWORD);
    }

    private VaadinHttpClient from(String address) {
        return new VaadinHttpClient("http://localhost:" + port, Map.of("X-Forwarded-For", address));
    }

    private static String randomAddress() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    private static int waitOf(String landed) {
        Matcher m = WAIT.matcher(landed);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void hammering_wrong_passwords_meets_growing_delays_and_the_right_password_works_after_the_wait() throws Exception {
        VaadinHttpClient script = from(randomAddress());
        for (int i = 1; i <= 4; i++)
            assertThat(script.signInAttempt(teacher, "guess-" + i)).isEqualTo("/login?error");
        // the fifth failure: the next attempt must wait a second
        assertThat(script.signInAttempt(teacher, "guess-5")).isEqualTo("/login?error&wait=1");
        List<Integer> waits = new ArrayList<>();
        for (int i = 6; i <= 40; i++) {
            String refused = script.signInAttempt(teacher, "guess-" + i);
            assertThat(refused).startsWith("/login?wait="); // not even checked
            int wait = waitOf(refused);
            clock.advance(Duration.ofSeconds(wait));
            String checked = script.signInAttempt(teacher, "guess-" + i);
            assertThat(checked).startsWith("/login?error&wait=");
            waits.add(waitOf(checked));
        }
        // doubling from 1 s up to the cap of 5 minutes, never more
        assertThat(waits.subList(0, 10)).containsExactly(2, 4, 8, 16, 32, 64, 128, 256, 300, 300);
        assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(300));
        // the right password during the wait is not checked either
        assertThat(script.signInAttempt(teacher, PASSWORD)).isEqualTo("/login?wait=300");
        // the teacher, after the wait, from another address: signed in; and the counts start afresh
        clock.advance(Duration.ofSeconds(300));
        VaadinHttpClient browser = from(randomAddress());
        assertThat(browser.signInAttempt(teacher, PASSWORD)).isEqualTo("/teacher");
        assertThat(from(randomAddress()).signInAttempt(teacher, "one-typo")).isEqualTo("/login?error");
    }

    @Test
    void failures_elsewhere_never_lock_a_teacher_out_of_a_browser_they_signed_in_with() throws Exception {
        String school = randomAddress();
        VaadinHttpClient laptop = from(school);
        assertThat(laptop.signInAttempt(teacher, PASSWORD)).isEqualTo("/teacher"); // a known device from now on
        VaadinHttpClient script = from(school); // same network, no device cookie
        for (int i = 0; i < 30; i++) script.signInAttempt(teacher, "guess-" + i);
        assertThat(waitOf(script.signInAttempt(teacher, PASSWORD))).isPositive(); // locked for strangers
        assertThat(laptop.signInAttempt(teacher, PASSWORD)).isEqualTo("/teacher"); // not for the teacher
        // the device has its own budget: ten typos are free
        for (int i = 0; i < 9; i++)
            assertThat(laptop.signInAttempt(teacher, "typo-" + i)).isEqualTo("/login?error");
    }

    @Test
    void an_address_that_tries_many_accounts_waits_while_other_addresses_do_not() throws Exception {
        String sprayer = randomAddress();
        VaadinHttpClient script = from(sprayer);
        for (int i = 0; i < 19; i++)
            assertThat(script.signInAttempt("nobody-" + i, "guess")).isEqualTo("/login?error");
        assertThat(script.signInAttempt("nobody-19", "guess")).isEqualTo("/login?error&wait=1");
        assertThat(from(sprayer).signInAttempt(teacher, PASSWORD)).isEqualTo("/login?wait=1"); // any account
        String elsewhere = "203.0.113." + (1 + (int) (Math.random() * 250));
        assertThat(from(elsewhere).signInAttempt(teacher, PASSWORD)).isEqualTo("/teacher");
    }

    @Test
    void a_sign_in_post_without_the_form_token_from_another_origin_is_refused() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String form = "username=" + teacher + "&password=" + PASSWORD;
        for (String body : List.of(form, form + "&_csrf=forged-token")) {
            HttpResponse<String> post = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", "https://evil.example")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(body).isEqualTo(403);
        }
        // and nobody was signed in by them: the teacher's page still asks for sign-in
        HttpResponse<String> teacherPage = http.send(
                HttpRequest.newBuilder(URI.create(base + "/teacher")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(teacherPage.statusCode()).isEqualTo(302);
        assertThat(teacherPage.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
