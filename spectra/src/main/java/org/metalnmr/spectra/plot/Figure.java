package org.metalnmr.spectra.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.spectra.SpectraMessage;
import org.metalnmr.spectra.output.AtomicFiles;

/**
 * A figure page: one or more {@link Drawing}s (plots, maps) placed in rectangles of a page of a given size in
 * pixels, rendered by the same drawing code to SVG and to PNG. {@link #write} writes both, {@code name.svg} and
 * {@code name.png} next to it, as every command that draws should. Immutable.
 */
public final class Figure {

    /** Width of the PNG written next to each SVG [px]; the drawing is scaled to it, so the layout is the SVG's. */
    public static final int PNG_WIDTH = 1200;

    /** Decimals of SVG coordinates: a hundredth of a pixel is below what any viewer resolves and keeps files small. */
    static final int SVG_DECIMALS = 2;

    private final int width;
    private final int height;
    private final List<Drawing> drawings;
    private final List<Rectangle2D> areas;

    private Figure(int width, int height, List<Drawing> drawings, List<Rectangle2D> areas) {
        if (width <= 0 || height <= 0) {
            throw new InvalidInputException(SpectraMessage.FIGURE_SIZE, width, height);
        }
        this.width = width;
        this.height = height;
        this.drawings = List.copyOf(drawings);
        this.areas = List.copyOf(areas);
    }

    /**
     * @param width   page width [px]
     * @param height  page height [px]
     * @param drawing what fills the page
     * @return the figure
     */
    public static Figure of(int width, int height, Drawing drawing) {
        return new Figure(width, height, List.of(Objects.requireNonNull(drawing)), List.of(new Rectangle2D.Double(0, 0, width, height)));
    }

    /**
     * @param width  page width [px]
     * @param height page height [px]
     * @return an empty page, to be filled with {@link #with}
     */
    public static Figure page(int width, int height) {
        return new Figure(width, height, List.of(), List.of());
    }

    /**
     * @param width       page width [px]
     * @param panelHeight height of each panel [px]
     * @param panels      the panels, top to bottom
     * @return the panels stacked in one column
     */
    public static Figure column(int width, int panelHeight, List<? extends Drawing> panels) {
        return grid(width, panelHeight, 1, panels);
    }

    /**
     * @param panelWidth  width of each panel [px]
     * @param panelHeight height of each panel [px]
     * @param columns     panels per row
     * @param panels      the panels, row by row
     * @return the panels on a grid
     */
    public static Figure grid(int panelWidth, int panelHeight, int columns, List<? extends Drawing> panels) {
        if (panels.isEmpty() || columns <= 0) {
            throw new InvalidInputException(SpectraMessage.FIGURE_EMPTY, panels.size(), columns);
        }
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        List<Rectangle2D> areas = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            areas.add(new Rectangle2D.Double((double) (i % cols) * panelWidth, (double) (i / cols) * panelHeight, panelWidth, panelHeight));
        }
        return new Figure(panelWidth * cols, panelHeight * rows, new ArrayList<>(panels), areas);
    }

    /**
     * @param drawing a panel
     * @param area    where it goes on the page [px]
     * @return a copy with the panel added
     */
    public Figure with(Drawing drawing, Rectangle2D area) {
        List<Drawing> d = new ArrayList<>(drawings);
        List<Rectangle2D> a = new ArrayList<>(areas);
        d.add(Objects.requireNonNull(drawing));
        a.add(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight()));
        return new Figure(width, height, d, a);
    }

    /** @return page width [px] */
    public int width() {
        return width;
    }

    /** @return page height [px] */
    public int height() {
        return height;
    }

    private void draw(Graphics2D g) {
        for (int i = 0; i < drawings.size(); i++) {
            drawings.get(i).draw(g, areas.get(i));
        }
    }

    /** @return the standalone SVG document (coordinates rounded to {@value #SVG_DECIMALS} decimals) */
    public String toSvg() {
        SVGGraphics2D g = svgGraphics(width, height);
        draw(g);
        return g.getSVGDocument();
    }

    /** @return the PNG, {@value #PNG_WIDTH} px wide */
    public byte[] toPng() {
        return toPng(PNG_WIDTH);
    }

    /**
     * @param pixelWidth width of the image [px]; the height keeps the page's aspect ratio
     * @return the PNG of the same drawing, scaled
     */
    public byte[] toPng(int pixelWidth) {
        double s = (double) pixelWidth / width;
        int h = (int) Math.round(height * s);
        return RasterImage.png(pixelWidth, h, g -> {
            g.scale(s, s);
            draw(g);
        });
    }

    /**
     * Writes {@code target} (SVG) and the PNG next to it ({@link #pngPath}), each atomically; both are rendered
     * before either is written.
     *
     * @param target the SVG file
     * @return the PNG file
     */
    public Path write(Path target) {
        return render().write(target);
    }

    /** @return the SVG and the PNG, rendered (for commands that compute every output before writing the first) */
    public Rendered render() {
        return new Rendered(toSvg(), toPng());
    }

    /**
     * A rendered figure.
     *
     * @param svg the SVG document
     * @param png the PNG bytes
     */
    public record Rendered(String svg, byte[] png) {

        /**
         * @param target the SVG file; the PNG goes next to it ({@link #pngPath})
         * @return the PNG file
         */
        public Path write(Path target) {
            Path pngPath = pngPath(target);
            AtomicFiles.writeString(target, svg);
            AtomicFiles.write(pngPath, o -> o.write(png));
            return pngPath;
        }
    }

    /**
     * @param svgPath an SVG path
     * @return the same path with {@code .png} instead of {@code .svg} (appended if it has no {@code .svg})
     */
    public static Path pngPath(Path svgPath) {
        String name = svgPath.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".svg") ? name.substring(0, name.length() - 4) : name;
        return svgPath.resolveSibling(base + ".png");
    }

    /**
     * @param width  [px]
     * @param height [px]
     * @return an SVG graphics context writing coordinates with {@value #SVG_DECIMALS} decimals, and ids of clip paths and
     *         gradients with a fixed prefix (JFreeSVG's default prefix is the clock, which made two runs' SVG files differ)
     */
    static SVGGraphics2D svgGraphics(double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setGeomDoubleConverter(Figure::coordinate);
        g.setDefsKeyPrefix("metalnmr");
        return g;
    }

    /** @return v with at most {@value #SVG_DECIMALS} decimals, trailing zeros dropped */
    static String coordinate(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long r = Math.round(v * 100);
        if (r == 0) {
            return "0";
        }
        String sign = r < 0 ? "-" : "";
        long a = Math.abs(r);
        long whole = a / 100;
        long frac = a % 100;
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (frac % 10 == 0 ? String.valueOf(frac / 10) : String.format(Locale.ROOT, "%02d", frac));
    }
}
