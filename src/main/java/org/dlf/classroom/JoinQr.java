package org.dlf.classroom;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of a join link as SVG, for the projector: dark modules on a white square with the standard
 * quiet zone of 4 modules, so phones read it on a light page and on a dark one alike. Medium error
 * correction (15 %) tolerates glare and a slightly smudged projection.
 */
public final class JoinQr {

    /** The quiet zone around the symbol, in modules (ISO/IEC 18004 asks for 4). */
    static final int QUIET_ZONE = 4;

    private JoinQr() {}

    /** The QR symbol of this text (the module matrix). */
    public static QrCode code(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    /** The symbol of this text as a standalone SVG document, scaled by its container (no fixed size). */
    public static String svg(String text) {
        QrCode qr = code(text);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
