package org.dlf.protocol;

import java.util.Optional;

/**
 * Reassembles what Vaadin's Atmosphere push connection sends over the WebSocket into whole messages, as the
 * browser's WebSocket does before {@code vaadinPush.js} sees them: a message may arrive in several fragments
 * (the last one flagged). The first message of the connection is Atmosphere's handshake
 * ({@code trackingId|heartbeatInterval|heartbeatPadding|}, sent because the client asks for
 * {@code X-atmo-protocol}); every later one is a UIDL message as JSON. Vaadin's client does not ask for
 * Atmosphere's message-length tracking, and the server sends none. A lone heartbeat padding is dropped.
 */
final class PushFrames {

    private final StringBuilder pending = new StringBuilder();
    private boolean handshakeSeen;
    private long heartbeatMillis;
    private String padding = "X";

    /** Feeds one WebSocket text fragment; returns the UIDL message it completes, if any. */
    Optional<String> feed(CharSequence fragment, boolean last) {
        pending.append(fragment);
        if (!last) {
            return Optional.empty();
        }
        String message = pending.toString();
        pending.setLength(0);
        if (!handshakeSeen) {
            String[] parts = message.split("\\|", -1);
            if (parts.length < 4) {
                throw new IllegalStateException("Not an Atmosphere handshake: " + message);
            }
            heartbeatMillis = Long.parseLong(parts[1].trim());
            padding = parts[2];
            handshakeSeen = true;
            String rest = String.join("|", java.util.Arrays.copyOfRange(parts, 3, parts.length));
            return rest.isBlank() ? Optional.empty() : Optional.of(rest);
        }
        return message.equals(padding) || message.isBlank() ? Optional.empty() : Optional.of(message);
    }

    boolean open() {
        return handshakeSeen;
    }

    /** How often the browser sends the heartbeat padding to the server (0 = never). */
    long heartbeatMillis() {
        return heartbeatMillis;
    }

    String padding() {
        return padding;
    }
}
