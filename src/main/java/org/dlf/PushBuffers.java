package org.dlf;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Shrinks the two buffers Atmosphere allocates for every push connection. Vaadin asks for 16,384 (a 16 KB byte
 * buffer and a 32 KB char buffer, 48 KB per open tab), but Atmosphere uses them only to read a streamed
 * message from the client, and it grows them when a message needs more. With {@code @Push}'s WEBSOCKET_XHR
 * transport the client sends everything by XHR, so the buffers stay unused. Vaadin keeps a servlet init
 * parameter that is already set, so this one wins; the message size limits stay as Vaadin sets them.
 */
@Component
class PushBuffers implements BeanPostProcessor {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String SIZE = "1024";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration
                && registration.getServlet() instanceof SpringServlet) {
            registration.addInitParameter(BUFFER_SIZE, SIZE);
        }
        return bean;
    }
}
