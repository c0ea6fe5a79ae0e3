package org.dlf.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says on the console, once the server is ready (after the configured first teacher had its chance),
 * that first-run setup is open, where, and with which one-time token.
 */
@Component
class SetupAnnouncement implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SetupAnnouncement.class);

    private final FirstRunSetup setup;
    private final Environment environment;

    SetupAnnouncement(FirstRunSetup setup, Environment environment) {
        this.setup = setup;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!setup.open()) return;
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.warn("""

                ==================================================================
                  First-run setup is open: no teacher account exists yet.
                  Open http://<this server>:{}/setup and enter the setup token
                      {}
                  to create the first teacher account. The page closes for good
                  once a teacher exists. (Or start with DLF_TEACHER_USERNAME and
                  DLF_TEACHER_PASSWORD set.)
                ==================================================================""", port, setup.token());
    }
}
