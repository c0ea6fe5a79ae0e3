package org.dlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the build machines, so this keeps the Dockerfile consistent with the build: the
 * Java version, the jar the build produces, the port, the health check and the non-root user.
 */
class DockerfileTest {

    private final String dockerfile = read("Dockerfile");
    private final String pom = read("pom.xml");

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as("pattern %s", regex).isTrue();
        return m.group(1);
    }

    @Test
    void builds_with_the_wrapper_and_the_production_profile() {
        assertThat(dockerfile).containsPattern("RUN .*\\./mvnw .*-Pproduction.* package");
    }

    @Test
    void runs_on_a_jre_at_least_as_new_as_the_bytecode() {
        int release = Integer.parseInt(group(pom, "<maven.compiler.release>(\\d+)</maven.compiler.release>"));
        int runtime = Integer.parseInt(group(dockerfile, "^FROM eclipse-temurin:(\\d+)-jre"));
        assertThat(runtime).isGreaterThanOrEqualTo(release);
        assertThat(Integer.parseInt(group(dockerfile, "^FROM eclipse-temurin:(\\d+)-jdk")))
                .isGreaterThanOrEqualTo(release);
    }

    @Test
    void copies_the_jar_the_build_produces() {
        String artifact = group(pom, "<artifactId>(deep-learning-foundations)</artifactId>");
        String version = group(pom, "<artifactId>deep-learning-foundations</artifactId>\\s*<version>([^<]+)</version>");
        assertThat(dockerfile).contains("target/" + artifact + "-" + version + ".jar");
    }

    @Test
    void exposes_the_port_the_app_listens_on_and_checks_its_health() {
        String port = group(read("src/main/resources/application.properties"), "^server.port=\\$\\{PORT:(\\d+)}");
        assertThat(dockerfile).contains("EXPOSE " + port);
        assertThat(dockerfile).containsPattern("(?s)HEALTHCHECK .*localhost:" + port + "/actuator/health/liveness");
    }

    @Test
    void runs_as_a_non_root_user_with_the_data_directory_as_a_volume() {
        assertThat(dockerfile).containsPattern("(?m)^USER (?!root)\\w+");
        String dataDir = group(dockerfile, "ENV DLF_DATA_DIR=(\\S+)");
        assertThat(dockerfile).contains("VOLUME [\"" + dataDir + "\"]");
    }
}
