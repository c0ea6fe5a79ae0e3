package org.dlf;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller buffers for every push connection (one per open tab) and every HTTP connection, measured with the
 * protocol load client: about 69 KB less per session for the first two, about 34 KB for the last two. With {@code @Push}'s WEBSOCKET_XHR transport the server pushes over the
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
 *   <li>Each Tomcat WebSocket also has an input buffer for frames, an output buffer and a buffer for encoding
 *       text, of {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} bytes each (a system property, 8,192 by
 *       default: 24 KB); with 2,048 a pushed frame larger than that goes out as several WebSocket fragments, which
 *       the browser joins. Set before Tomcat starts, unless the operator set it.
 *   <li>Each HTTP connection, kept alive between a page's requests, has a socket read and a socket write buffer
 *       ({@code socket.appReadBufSize}/{@code appWriteBufSize}, 8,192 each); 4,096 is enough for Vaadin's requests
 *       (request headers have their own buffer) and Tomcat writes larger responses straight to the socket.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushBuffers {

    static final String ATMOSPHERE_BUFFER = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_TEXT_BUFFER = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER = "org.apache.tomcat.websocket.binaryBufferSize";
    static final String SIZE = "1024";
    static final String TOMCAT_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String FRAME_SIZE = "2048";
    static final String SOCKET_BUFFER = "4096";

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
        return factory -> {
            if (System.getProperty(TOMCAT_FRAME_BUFFER) == null) {
                System.setProperty(TOMCAT_FRAME_BUFFER, FRAME_SIZE);
            }
            factory.addContextCustomizers(context -> {
                context.addParameter(TOMCAT_TEXT_BUFFER, SIZE);
                context.addParameter(TOMCAT_BINARY_BUFFER, SIZE);
            });
        };
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketBufferSizes() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER);
        });
    }
}
