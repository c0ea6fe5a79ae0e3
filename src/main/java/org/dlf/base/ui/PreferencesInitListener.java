package org.dlf.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Applies the visitor's stored language and colour scheme to every new UI. */
@Component
class PreferencesInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> Preferences.apply(e.getUI(), VaadinRequest.getCurrent()));
    }
}
