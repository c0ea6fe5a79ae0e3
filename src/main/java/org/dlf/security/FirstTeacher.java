package org.dlf.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first teacher account from configuration ({@code dlf.teacher.username} and
 * {@code dlf.teacher.password}, i.e. {@code DLF_TEACHER_USERNAME} / {@code DLF_TEACHER_PASSWORD}), only
 * while no teacher exists; later changes of the variables do not touch existing accounts.
 */
@Component
class FirstTeacher implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstTeacher.class);

    private final TeacherAccounts accounts;
    private final String username;
    private final String password;

    FirstTeacher(
            TeacherAccounts accounts,
            @Value("${dlf.teacher.username:}") String username,
            @Value("${dlf.teacher.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || !accounts.none()) return;
        try {
            accounts.create(username, password);
            LOG.info("Created the first teacher account '{}' from configuration", username.strip());
        } catch (IllegalArgumentException e) {
            LOG.warn("The first teacher account was not created: {}", e.getMessage());
        } catch (DataIntegrityViolationException e) {
            // replicas started together: another one created the account a moment ago
            LOG.info("The first teacher account '{}' was created by another server", username.strip());
        }
    }
}
