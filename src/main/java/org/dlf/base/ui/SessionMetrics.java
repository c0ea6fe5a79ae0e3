package org.dlf.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Counts open Vaadin sessions for /actuator/metrics/dlf.sessions.active. */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger active = new AtomicInteger();

    SessionMetrics(MeterRegistry registry) {
        Gauge.builder("dlf.sessions.active", active, AtomicInteger::get)
                .description("Open course sessions (browsers with the course open or recently open)")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> active.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> active.decrementAndGet());
    }
}
