package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;

class PushSchedulerCleanupTest {

    @Test
    void a_cancelled_heartbeat_leaves_atmospheres_shared_scheduler_at_once() {
        AtmosphereConfig config = new AtmosphereFramework().getAtmosphereConfig();
        ScheduledThreadPoolExecutor scheduler = (ScheduledThreadPoolExecutor) ExecutorsFactory.getScheduler(config);
        try {
            new PushSchedulerCleanup().configure(config);

            for (int i = 0; i < 100; i++) {
                scheduler.schedule(() -> {}, 60, TimeUnit.SECONDS).cancel(false);
            }

            assertThat(scheduler.getQueue()).isEmpty();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
