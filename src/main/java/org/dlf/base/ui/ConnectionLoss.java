package org.dlf.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dlf.content.Language;
import org.springframework.stereotype.Component;

/**
 * What a page says when the server that held it is gone (a replica died, the app restarted, the session
 * expired): a learner sees that the page must reload and that an answer without feedback was not saved (it is
 * only ever acknowledged after it was stored); a signed-in teacher's page reloads at once, and the sign-in
 * token signs them in again on the next server. In the page's language.
 */
@Component
class ConnectionLoss implements VaadinServiceInitListener {

    private static final int RECONNECT_MS = 1000;

    private final I18NProvider texts;

    ConnectionLoss(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
        event.getSource().addUIInitListener(e -> reconnecting(e.getUI()));
    }

    private SystemMessages messages(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        if (request != null && request.getUserPrincipal() == null) {
            Language language = Preferences.language(request, info.getLocale());
            messages.setSessionExpiredNotificationEnabled(true); // else Vaadin hands out neither text
            messages.setSessionExpiredCaption(text("connection.lost.caption", language)); // shown as text
            messages.setSessionExpiredMessage(text("connection.lost.message", language));
        }
        return messages;
    }

    /**
     * The reconnect indicator in the page's language, and a lost push connection retried every second instead
     * of every five (Atmosphere's default): a page on a replica that died hears from the next one within about
     * a second.
     */
    private void reconnecting(UI ui) {
        ui.getPushConfiguration().setParameter("reconnectInterval", String.valueOf(RECONNECT_MS));
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setReconnectInterval(RECONNECT_MS);
        Language language = Preferences.language(VaadinRequest.getCurrent(), ui.getLocale());
        reconnect.setDialogText(text("connection.reconnecting", language));
        reconnect.setDialogTextGaveUp(text("connection.offline", language));
    }

    private String text(String key, Language language) {
        return texts.getTranslation(key, language.locale());
    }
}
