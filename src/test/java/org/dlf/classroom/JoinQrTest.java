package org.dlf.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JoinQrTest {

    private static final int SCALE = 6;

    /** Draws the SVG's own rectangles and path (the bytes a browser renders) into an image. */
    private static BufferedImage render(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        BufferedImage image = new BufferedImage(size * SCALE, size * SCALE, BufferedImage.TYPE_INT_RGB);
        assertThat(svg).contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, 0xffffff);
        Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int mx = Integer.parseInt(module.group(1));
            int my = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++)
                for (int dx = 0; dx < SCALE; dx++) image.setRGB(mx * SCALE + dx, my * SCALE + dy, 0x000000);
        }
        return image;
    }

    private static String decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    @Test
    void the_rendered_svg_decodes_to_the_exact_join_url() throws Exception {
        String url = "https://dlf.school.example:8443/join/ABC234";
        assertThat(decode(render(JoinQr.svg(url)))).isEqualTo(url);
    }

    @Test
    void the_svg_keeps_a_white_quiet_zone_of_four_modules_around_the_symbol() {
        String url = "http://192.168.1.20:8080/join/XYZ789";
        BufferedImage image = render(JoinQr.svg(url));
        int quiet = JoinQr.QUIET_ZONE * SCALE;
        int size = JoinQr.code(url).size;
        assertThat(image.getWidth()).isEqualTo((size + 2 * JoinQr.QUIET_ZONE) * SCALE);
        for (int i = 0; i < image.getWidth(); i++)
            for (int j = 0; j < quiet; j++) {
                assertThat(image.getRGB(i, j) & 0xffffff).isEqualTo(0xffffff);
                assertThat(image.getRGB(j, i) & 0xffffff).isEqualTo(0xffffff);
                assertThat(image.getRGB(i, image.getHeight() - 1 - j) & 0xffffff)
                        .isEqualTo(0xffffff);
                assertThat(image.getRGB(image.getWidth() - 1 - j, i) & 0xffffff).isEqualTo(0xffffff);
            }
        assertThat(image.getRGB(quiet, quiet) & 0xffffff).isZero(); // the finder pattern's dark corner
    }

    @Test
    void a_different_link_gives_a_different_symbol() {
        assertThat(JoinQr.svg("http://h/join/ABC234")).isNotEqualTo(JoinQr.svg("http://h/join/ABC235"));
    }
}
