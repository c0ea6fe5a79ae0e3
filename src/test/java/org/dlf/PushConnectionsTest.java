package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.http.HttpServlet;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

class PushConnectionsTest {

    @Test
    void
            the_vaadin_servlet_asks_atmosphere_for_1_kb_websocket_buffers_and_bounded_threads_and_other_servlets_are_left_alone() {
        ServletRegistrationBean<SpringServlet> vaadin = new ServletRegistrationBean<>(mock(SpringServlet.class));
        ServletRegistrationBean<HttpServlet> other = new ServletRegistrationBean<>(mock(HttpServlet.class));

        PushConnections.atmosphereSettings().postProcessBeforeInitialization(vaadin, "vaadin");
        PushConnections.atmosphereSettings().postProcessBeforeInitialization(other, "other");

        assertThat(vaadin.getInitParameters())
                .containsEntry("org.atmosphere.websocket.bufferSize", "1024")
                .containsEntry("org.atmosphere.cpr.broadcaster.maxProcessingThreads", "4")
                .containsEntry("org.atmosphere.cpr.broadcaster.maxAsyncWriteThreads", "32")
                .containsEntry("org.atmosphere.cpr.Broadcaster.threadWaitTime", "10")
                .containsEntry("org.atmosphere.cpr.AtmosphereInterceptor", PushSchedulerCleanup.class.getName());
        assertThat(other.getInitParameters()).isEmpty();
    }

    @Test
    void tomcat_starts_websocket_message_buffers_at_1_kb() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new PushConnections().webSocketBufferSizes().customize(factory);
        StandardContext context = new StandardContext();

        factory.getContextCustomizers().forEach(c -> c.customize(context));

        assertThat(context.findParameter("org.apache.tomcat.websocket.textBufferSize"))
                .isEqualTo("1024");
        assertThat(context.findParameter("org.apache.tomcat.websocket.binaryBufferSize"))
                .isEqualTo("1024");
    }

    @Test
    void http_connections_get_2_kb_socket_buffers() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new PushConnections().socketBufferSizes().customize(factory);
        Connector connector = new Connector();

        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("2048");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("2048");
    }

    @Test
    void websocket_frame_buffers_are_2_kb_unless_the_operator_chose_a_size() {
        String before = System.getProperty(PushConnections.TOMCAT_FRAME_BUFFER);
        try {
            System.clearProperty(PushConnections.TOMCAT_FRAME_BUFFER);
            new PushConnections().webSocketBufferSizes().customize(new TomcatServletWebServerFactory());
            assertThat(System.getProperty(PushConnections.TOMCAT_FRAME_BUFFER)).isEqualTo("2048");

            System.setProperty(PushConnections.TOMCAT_FRAME_BUFFER, "16384");
            new PushConnections().webSocketBufferSizes().customize(new TomcatServletWebServerFactory());
            assertThat(System.getProperty(PushConnections.TOMCAT_FRAME_BUFFER)).isEqualTo("16384");
        } finally {
            if (before == null) System.clearProperty(PushConnections.TOMCAT_FRAME_BUFFER);
            else System.setProperty(PushConnections.TOMCAT_FRAME_BUFFER, before);
        }
    }
}
