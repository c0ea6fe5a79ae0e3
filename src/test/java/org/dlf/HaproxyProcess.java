package org.dlf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * HAProxy (the Debian package) running the shipped {@code deploy/haproxy.cfg} on loopback in front of two app
 * processes: only the listening address and the two replicas' addresses are changed. Its request log (one
 * line a request, with the status the client got) goes to {@code target/it-apps/haproxy.log}. Without the
 * binary a test fails in CI ({@code CI=true}) and is skipped, with a message, elsewhere.
 */
public final class HaproxyProcess implements AutoCloseable {

    private static final Path CONFIG = Path.of("deploy", "haproxy.cfg");
    private static final Path DIR = Path.of("target", "it-apps");
    /** {@code option httplog}: "... frontend backend/server Tq/Tw/Tc/Tr/Ta STATUS bytes ...". */
    private static final Pattern STATUS = Pattern.compile(" course \\S+ \\S+ (\\d{3}) ");

    private final Process process;
    private final int port;
    private final Path log;

    private HaproxyProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Call first: fails in CI and skips elsewhere when HAProxy is not installed. */
    public static void require() {
        if (binary().isPresent()) return;
        String message = "haproxy is not installed (apt-get install haproxy)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + ": the failover test must run in CI");
        }
        Assumptions.abort(message + ": skipping the failover test locally");
    }

    /** Starts HAProxy on {@code port} with the shipped configuration, its replicas on the two app ports. */
    public static HaproxyProcess start(int port, int app1, int app2) {
        try {
            Files.createDirectories(DIR);
            String config = Files.readString(CONFIG, StandardCharsets.UTF_8)
                    .replace("bind :8080", "bind 127.0.0.1:" + port)
                    .replace("app1:8080", "127.0.0.1:" + app1)
                    .replace("app2:8080", "127.0.0.1:" + app2);
            Path file = DIR.resolve("haproxy.cfg");
            Files.writeString(file, config, StandardCharsets.UTF_8);
            Path log = DIR.resolve("haproxy.log");
            Process process = new ProcessBuilder(binary().orElseThrow().toString(), "-db", "-f", file.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HaproxyProcess proxy = new HaproxyProcess(process, port, log);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The HTTP status of every request logged so far, in order. */
    public List<Integer> statuses() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(STATUS::matcher)
                    .filter(Matcher::find)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("haproxy exited: " + logText());
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("haproxy does not listen on " + port + ": " + logText());
    }

    private String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Optional<Path> binary() {
        Stream<Path> candidates = Stream.concat(
                Stream.of(Path.of("/usr/sbin/haproxy")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir, "haproxy")));
        return candidates.filter(Files::isExecutable).findFirst();
    }
}
