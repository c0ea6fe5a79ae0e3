package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a first and a repeat visit get over HTTP: the chapter page arrives compressed with its view already in it,
 * and the frontend build's files (content-hashed names) may be cached for a year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstVisitHttpIT {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(\\./)?(VAADIN/build/[^\"]+\\.js)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .header("Accept-Encoding", "gzip")
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_chapter_arrives_compressed_with_its_view_in_the_page() throws Exception {
        HttpResponse<byte[]> page = get("chapter/mlp");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        // the view's first state (the chapter title among it) is inside the page: no second round trip
        assertThat(html).contains("The Multilayer Perceptron");
        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find())
                .as("a script of the frontend build in %s", html)
                .isTrue();

        HttpResponse<byte[]> bundle = get(script.group(2));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValue(HashedFilesCache.CACHE_CONTROL);
    }
}
