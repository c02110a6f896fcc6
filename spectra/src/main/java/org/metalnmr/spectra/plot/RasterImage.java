package org.metalnmr.spectra.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;
import org.metalnmr.core.error.MetalNmrException;
import org.metalnmr.spectra.SpectraMessage;

/** Renders Java2D drawing code (the same that draws the SVG figures) into a PNG image. */
public final class RasterImage {

    private RasterImage() {
    }

    /**
     * @param width   width [px]
     * @param height  height [px]
     * @param drawing draws into the graphics context
     * @return the PNG bytes
     */
    public static byte[] png(int width, int height, Consumer<Graphics2D> drawing) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // a white page: scaled panels need not cover whole pixels at their edges
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new MetalNmrException(e, SpectraMessage.PNG_ENCODING_FAILED, width, height, e.getMessage());
        }
        return out.toByteArray();
    }
}
