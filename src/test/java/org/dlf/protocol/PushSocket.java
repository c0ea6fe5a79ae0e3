package org.dlf.protocol;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The push half of a {@link FlowSession}: the WebSocket that Vaadin's client opens with Atmosphere
 * ({@code @Push}'s default transport WEBSOCKET_XHR: the server pushes over the socket, the client still
 * sends its UIDL requests as XHRs). Joins what arrives into messages with {@link PushFrames}, hands each to the
 * session, and sends Atmosphere's heartbeat padding at the interval the server's handshake asked for.
 */
final class PushSocket implements WebSocket.Listener {

    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "push-heartbeats");
        t.setDaemon(true);
        return t;
    });

    private final FlowSession session;
    private final PushFrames frames = new PushFrames();
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private WebSocket socket;
    private ScheduledFuture<?> heartbeat;

    PushSocket(FlowSession session) {
        this.session = session;
    }

    /** Opens the socket and waits (at most 30 s) for Atmosphere's handshake. */
    void connect(HttpClient http, URI uri, String cookies, Map<String, String> headers) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        socket = builder.buildAsync(uri, this).join();
        opened.orTimeout(30, TimeUnit.SECONDS).join();
        long every = frames.heartbeatMillis();
        if (every > 0) {
            heartbeat = HEARTBEATS.scheduleAtFixedRate(
                    () -> socket.sendText(frames.padding(), true), every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        bytes.addAndGet(data.length());
        if (Boolean.getBoolean("load.debug")) {
            System.err.println("push text (" + data.length() + ", last=" + last + "): "
                    + data.subSequence(0, Math.min(160, data.length())));
        }
        try {
            frames.feed(data, last).ifPresent(session::handle);
            if (frames.open()) {
                opened.complete(null);
            }
        } catch (RuntimeException e) {
            if (errors.incrementAndGet() <= 3) {
                System.err.println("push message not understood: " + e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        opened.completeExceptionally(error);
        errors.incrementAndGet();
    }

    long bytes() {
        return bytes.get();
    }

    long errors() {
        return errors.get();
    }

    void close() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS);
    }
}
