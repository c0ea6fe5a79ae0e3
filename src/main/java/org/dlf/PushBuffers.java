package org.dlf;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller receive buffers for every push connection (one per open tab), measured with the protocol load
 * client: about 69 KB less per session. With {@code @Push}'s WEBSOCKET_XHR transport the server pushes over the
 * WebSocket and the client sends everything by XHR, so these buffers, sized for messages from the client, stay
 * unused; the limits on such messages do not change.
 *
 * <ul>
 *   <li>Atmosphere allocates a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize} per
 *       connection (Vaadin asks for 16,384: 48 KB) and uses them only for streamed client messages, growing
 *       them when one needs more. Vaadin keeps a servlet init parameter that is already set.
 *   <li>Tomcat starts each WebSocket's message buffers at {@code org.apache.tomcat.websocket.textBufferSize}
 *       chars and {@code binaryBufferSize} bytes (8,192: 24 KB), and resizes them to the session's limit (16,384,
 *       as Atmosphere sets it) when the first client message of that kind arrives.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String ATMOSPHERE_BUFFER = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_TEXT_BUFFER = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER = "org.apache.tomcat.websocket.binaryBufferSize";
    static final String SIZE = "1024";

    @Bean
    static BeanPostProcessor atmosphereBufferSize() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(ATMOSPHERE_BUFFER, SIZE);
                }
                return bean;
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> webSocketBufferSizes() {
        return factory -> factory.addContextCustomizers(context -> {
            context.addParameter(TOMCAT_TEXT_BUFFER, SIZE);
            context.addParameter(TOMCAT_BINARY_BUFFER, SIZE);
        });
    }
}
