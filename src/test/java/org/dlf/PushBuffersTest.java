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

class PushBuffersTest {

    @Test
    void the_vaadin_servlet_asks_atmosphere_for_1_kb_websocket_buffers_and_other_servlets_are_left_alone() {
        ServletRegistrationBean<SpringServlet> vaadin = new ServletRegistrationBean<>(mock(SpringServlet.class));
        ServletRegistrationBean<HttpServlet> other = new ServletRegistrationBean<>(mock(HttpServlet.class));

        PushBuffers.atmosphereBufferSize().postProcessBeforeInitialization(vaadin, "vaadin");
        PushBuffers.atmosphereBufferSize().postProcessBeforeInitialization(other, "other");

        assertThat(vaadin.getInitParameters()).containsEntry("org.atmosphere.websocket.bufferSize", "1024");
        assertThat(other.getInitParameters()).isEmpty();
    }

    @Test
    void tomcat_starts_websocket_message_buffers_at_1_kb() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new PushBuffers().webSocketBufferSizes().customize(factory);
        StandardContext context = new StandardContext();

        factory.getContextCustomizers().forEach(c -> c.customize(context));

        assertThat(context.findParameter("org.apache.tomcat.websocket.textBufferSize"))
                .isEqualTo("1024");
        assertThat(context.findParameter("org.apache.tomcat.websocket.binaryBufferSize"))
                .isEqualTo("1024");
    }

    @Test
    void http_connections_get_4_kb_socket_buffers() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new PushBuffers().socketBufferSizes().customize(factory);
        Connector connector = new Connector();

        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("4096");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("4096");
    }

    @Test
    void websocket_frame_buffers_are_2_kb_unless_the_operator_chose_a_size() {
        String before = System.getProperty(PushBuffers.TOMCAT_FRAME_BUFFER);
        try {
            System.clearProperty(PushBuffers.TOMCAT_FRAME_BUFFER);
            new PushBuffers().webSocketBufferSizes().customize(new TomcatServletWebServerFactory());
            assertThat(System.getProperty(PushBuffers.TOMCAT_FRAME_BUFFER)).isEqualTo("2048");

            System.setProperty(PushBuffers.TOMCAT_FRAME_BUFFER, "16384");
            new PushBuffers().webSocketBufferSizes().customize(new TomcatServletWebServerFactory());
            assertThat(System.getProperty(PushBuffers.TOMCAT_FRAME_BUFFER)).isEqualTo("16384");
        } finally {
            if (before == null) System.clearProperty(PushBuffers.TOMCAT_FRAME_BUFFER);
            else System.setProperty(PushBuffers.TOMCAT_FRAME_BUFFER, before);
        }
    }
}
