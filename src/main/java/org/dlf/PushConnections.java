package org.dlf;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounded push threads, and smaller buffers for every push connection (one per open tab) and every HTTP
 * connection, each measured with the protocol load client (docs/benchmarks.md). With {@code @Push}'s WEBSOCKET_XHR
 * transport the server pushes over the WebSocket and the client sends everything by XHR, so the receive buffers,
 * sized for messages from the client, stay unused; the limits on such messages do not change.
 *
 * <ul>
 *   <li>Atmosphere hands every push message to a dispatch thread and then to a write thread. Its defaults are an
 *       unbounded dispatch pool and 200 write threads, and the pools grow with the number of messages in flight:
 *       20 sessions training had 143 Atmosphere threads, each holding NIO and thread-local buffers on the heap
 *       (about 36 KB a session at 20 sessions) besides its stack. Dispatching only hands a message on (4
 *       threads); writing can block on a slow client for up to Tomcat's send timeout, so 32 write threads leave
 *       room for a few stalled phones without holding everybody's frames back.
 *   <li>A write thread serves one connection at a time: it writes that connection's queued messages, then waits
 *       {@code org.atmosphere.cpr.Broadcaster.threadWaitTime} for more before it takes another connection. With
 *       Atmosphere's 100 ms and 100 sessions training (5 frames a second each) the 32 threads were all waiting
 *       most of the time, the other connections' messages queued for a thread, and half the frames reached the
 *       page in pairs 400 ms apart. 10 ms keeps every thread free for the next connection: frames 190–209 ms apart
 *       (p5–p95) at 100 sessions (docs/benchmarks.md, "Live frames, evenly spaced").
 *   <li>Atmosphere's shared scheduler removes cancelled tasks at once ({@link PushSchedulerCleanup}).
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
 *       ({@code socket.appReadBufSize}/{@code appWriteBufSize}, 8,192 each); 2,048 holds a UIDL request of a click or
 *       a typed value (request headers have their own buffer; longer bodies are read in parts) and Tomcat
 *       writes larger responses straight to the socket.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PushConnections {

    static final String ATMOSPHERE_BUFFER = "org.atmosphere.websocket.bufferSize";
    static final String TOMCAT_TEXT_BUFFER = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY_BUFFER = "org.apache.tomcat.websocket.binaryBufferSize";
    static final String SIZE = "1024";
    static final String ATMOSPHERE_DISPATCH_THREADS = "org.atmosphere.cpr.broadcaster.maxProcessingThreads";
    static final String ATMOSPHERE_WRITE_THREADS = "org.atmosphere.cpr.broadcaster.maxAsyncWriteThreads";
    static final String DISPATCH_THREADS = "4";
    static final String ATMOSPHERE_INTERCEPTORS = "org.atmosphere.cpr.AtmosphereInterceptor";
    static final String WRITE_THREADS = "32";
    static final String ATMOSPHERE_THREAD_WAIT = "org.atmosphere.cpr.Broadcaster.threadWaitTime";
    static final String THREAD_WAIT_MILLIS = "10";
    static final String TOMCAT_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String FRAME_SIZE = "2048";
    static final String SOCKET_BUFFER = "2048";

    @Bean
    static BeanPostProcessor atmosphereSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(ATMOSPHERE_BUFFER, SIZE);
                    registration.addInitParameter(ATMOSPHERE_DISPATCH_THREADS, DISPATCH_THREADS);
                    registration.addInitParameter(ATMOSPHERE_WRITE_THREADS, WRITE_THREADS);
                    registration.addInitParameter(ATMOSPHERE_THREAD_WAIT, THREAD_WAIT_MILLIS);
                    registration.addInitParameter(ATMOSPHERE_INTERCEPTORS, PushSchedulerCleanup.class.getName());
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
