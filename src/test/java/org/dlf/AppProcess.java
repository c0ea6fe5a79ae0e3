package org.dlf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The app as a real, separate process, for the tests that kill it: the packaged jar ({@code target/*.jar},
 * which {@code verify} builds before the integration tests) or, when there is none (a run from the IDE), the
 * test's own class path. Its own port, its own data directory, output in {@code target/it-apps/NAME.log}.
 * {@link #kill()} is SIGKILL: no shutdown hook, no flush, as when the machine's OOM killer or an operator's
 * {@code kill -9} ends it; {@link #start()} again runs it on the same port and data.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path DIR = Path.of("target", "it-apps");
    private static final Duration READY_WITHIN = Duration.ofSeconds(300);

    private final String name;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private AppProcess(String name, int port, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.arguments = arguments;
        this.log = DIR.resolve(name + ".log");
    }

    /**
     * A new app on a free port with a fresh data directory ({@code target/it-apps/NAME-data}) and these extra
     * command-line arguments (e.g. the database); call {@link #start()}.
     */
    public static AppProcess of(String name, List<String> arguments) {
        int port = freePort();
        Path data = DIR.resolve(name + "-data").toAbsolutePath();
        deleteRecursively(data);
        try {
            Files.deleteIfExists(DIR.resolve(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>(List.of("--server.port=" + port, "--dlf.data.dir=" + data));
        all.addAll(arguments);
        return new AppProcess(name, port, all);
    }

    /** Starts the process (again) and waits until it is ready (readiness probe UP). */
    public AppProcess start() {
        try {
            Files.createDirectories(DIR);
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1")); // quicker start on a busy CI machine; these tests time no code
            Path jar = packagedJar();
            if (jar != null) {
                command.addAll(List.of("-jar", jar.toString()));
            } else {
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.dlf.Application"));
            }
            command.addAll(arguments);
            Files.writeString(
                    log,
                    "$ " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** A normal stop (SIGTERM: Spring's graceful shutdown), and waits until the process is gone. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    public long pid() {
        return process.pid();
    }

    /** The last lines of the app's output, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (alive()) kill();
    }

    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(base().resolve("actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN + ":\n" + logTail());
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException(name + " did not end");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path packagedJar() throws IOException {
        if (!Files.isDirectory(Path.of("target"))) return null;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("deep-learning-foundations-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .map(Path::toAbsolutePath)
                    .orElse(null);
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
