package org.metalnmr.toolkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.joml.Vector3d;
import org.metalnmr.spectra.plot.Figure;
import org.metalnmr.geometry.body.Body;
import org.metalnmr.geometry.body.BoundingBox;
import org.metalnmr.geometry.body.Box;
import org.metalnmr.geometry.body.Cylinder;
import org.metalnmr.geometry.body.Disk;
import org.metalnmr.geometry.body.Ellipsoid;
import org.metalnmr.geometry.body.Sphere;
import org.metalnmr.geometry.cell.NamedDeposit;
import org.metalnmr.geometry.cell.Part;
import org.metalnmr.geometry.cell.PartRole;
import org.metalnmr.geometry.cell.CellGeometry;
import org.metalnmr.geometry.cell.Solenoid;

/**
 * Draws scenes (SVG and PNG, {@link Figure}): for each scene one row with two orthographic views of the lab frame, x-z
 * (x to the right, z up) and y-z (down the coil axis; y to the right, z up), with the coil winding, the parts, the deposits, and arrows
 * for B0 (+z) and B1 (+x; a dot in the y-z view, where it points out of the page). Every body is
 * drawn as the convex hull of the projection of points on its surface (rims of disks and
 * cylinders, corners of boxes, a latitude-longitude net of spheres and ellipsoids): exact for
 * these convex primitives up to the sampling of curved rims (64 points). Deposits are expanded
 * into bodies; at most {@value #MAX_DEPOSIT_BODIES} bodies per deposit are drawn.
 */
public final class CellGeometryPlot {

    /** Most bodies drawn per deposit (the first ones; the rest are omitted from the picture). */
    public static final int MAX_DEPOSIT_BODIES = 3000;

    private static final int PANEL = 340;
    private static final int TITLE = 28;
    private static final int RIM = 64;

    private CellGeometryPlot() {
    }

    /**
     * @param scenes scenes to draw, one row each
     * @param titles one title per scene
     * @return the SVG document
     */
    public static String svg(List<CellGeometry> scenes, List<String> titles) {
        return figure(scenes, titles).toSvg();
    }

    /**
     * @param scenes scenes to draw, one row each
     * @param titles one title per scene
     * @return the figure (SVG and PNG of the same drawing)
     */
    public static Figure figure(List<CellGeometry> scenes, List<String> titles) {
        int w = 2 * PANEL;
        int h = scenes.size() * (PANEL + TITLE) + 40;
        return Figure.of(w, h, (g, area) -> draw(g, scenes, titles, w, h));
    }

    private static void draw(Graphics2D g, List<CellGeometry> scenes, List<String> titles, int w, int h) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        for (int r = 0; r < scenes.size(); r++) {
            double top = r * (PANEL + TITLE);
            g.setPaint(Color.BLACK);
            g.setFont(new Font("SansSerif", Font.BOLD, 14));
            g.drawString(titles.get(r), 10, (float) top + 19);
            panel(g, scenes.get(r), 0, top + TITLE, true);
            panel(g, scenes.get(r), PANEL, top + TITLE, false);
        }
        legend(g, scenes.size() * (PANEL + TITLE) + 8);
    }

    /**
     * Writes the SVG and the PNG next to it ({@link Figure#write}), atomically.
     *
     * @param scenes scenes, one row each
     * @param titles one title per scene
     * @param file   target SVG file
     */
    public static void write(List<CellGeometry> scenes, List<String> titles, Path file) {
        figure(scenes, titles).write(file);
    }

    private static final Map<PartRole, Color> ROLE_COLOURS = Map.of(
            PartRole.HOUSING, new Color(222, 203, 164),
            PartRole.CURRENT_COLLECTOR, new Color(201, 111, 51),
            PartRole.ELECTRODE, new Color(120, 144, 176),
            PartRole.PELLET, new Color(240, 226, 140),
            PartRole.COMPOSITE, new Color(70, 70, 70),
            PartRole.FOIL, new Color(150, 150, 160),
            PartRole.DEPOSIT, new Color(30, 80, 200),
            PartRole.OTHER, new Color(160, 100, 160));

    private static void legend(Graphics2D g, double y) {
        g.setFont(new Font("SansSerif", Font.PLAIN, 11));
        double x = 10;
        for (PartRole r : new PartRole[] {PartRole.HOUSING, PartRole.CURRENT_COLLECTOR, PartRole.ELECTRODE, PartRole.PELLET,
            PartRole.COMPOSITE, PartRole.FOIL, PartRole.DEPOSIT}) {
            g.setPaint(ROLE_COLOURS.get(r));
            g.fill(new Rectangle2D.Double(x, y, 12, 12));
            g.setPaint(Color.BLACK);
            g.drawString(r.fileName(), (float) x + 16, (float) y + 10);
            x += 16 + 7 * r.fileName().length() + 14;
        }
    }

    /** One view. xz: horizontal = lab x; else horizontal = lab y. Vertical = lab z. */
    private static void panel(Graphics2D g, CellGeometry scene, double ox, double oy, boolean xz) {
        Solenoid coil = scene.coil();
        BoundingBox view = scene.boundingBox().union(coil.boundingBox());
        Vector3d c = view.centre();
        double half = 0.55 * Math.max(xz ? Math.max(view.sizeX(), view.sizeZ()) : Math.max(view.sizeY(), view.sizeZ()), 1e-9);
        double scale = (PANEL - 20) / (2 * half);
        Projector p = new Projector(ox + PANEL / 2.0, oy + PANEL / 2.0, xz ? c.x : c.y, c.z, scale, xz);
        g.setPaint(new Color(248, 248, 248));
        g.fill(new Rectangle2D.Double(ox + 4, oy, PANEL - 8, PANEL - 8));
        g.setPaint(Color.GRAY);
        g.draw(new Rectangle2D.Double(ox + 4, oy, PANEL - 8, PANEL - 8));
        drawCoil(g, coil, p, xz);
        List<Part> parts = new ArrayList<>(scene.parts());
        parts.sort(Comparator.comparingInt((Part q) -> q.role().voxelPriority()));
        for (Part part : parts) {
            for (Body b : part.body().leaves()) {
                fillBody(g, b, p, ROLE_COLOURS.get(part.role()), part.role() == PartRole.HOUSING ? 0.55f : 0.95f);
            }
        }
        for (NamedDeposit d : scene.deposits()) {
            List<Body> bodies = d.deposit().count() <= MAX_DEPOSIT_BODIES ? d.deposit().toBodies() : List.of(d.deposit().envelope());
            for (Body b : bodies) {
                fillBody(g, b, p, ROLE_COLOURS.get(PartRole.DEPOSIT), 0.9f);
            }
        }
        arrows(g, ox, oy, xz);
        g.setPaint(Color.DARK_GRAY);
        g.setFont(new Font("SansSerif", Font.PLAIN, 11));
        g.drawString(xz ? "x-z view (from -y)" : "y-z view (from +x, down the coil axis)", (float) ox + 10, (float) oy + PANEL - 14);
        String bar = String.format(java.util.Locale.ROOT, "%.0f mm", 5.0);
        double len = 5e-3 * scale;
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(ox + PANEL - 20 - len, oy + PANEL - 18, ox + PANEL - 20, oy + PANEL - 18));
        g.drawString(bar, (float) (ox + PANEL - 20 - len), (float) oy + PANEL - 22);
    }

    private static void drawCoil(Graphics2D g, Solenoid coil, Projector p, boolean xz) {
        g.setPaint(new Color(184, 115, 51));
        g.setStroke(new BasicStroke(1f));
        double r = coil.boreRadius() + coil.wireDiameter() / 2;
        double wr = coil.wireDiameter() / 2 * p.scale;
        Vector3d a = new Vector3d(coil.axis());
        Vector3d side = Math.abs(a.z) < 0.9 ? new Vector3d(0, 0, 1) : new Vector3d(0, 1, 0);
        side = side.sub(new Vector3d(a).mul(side.dot(a))).normalize();
        if (xz) {
            for (int t = 0; t < coil.turns(); t++) {
                double s = (t + 0.5 - coil.turns() / 2.0) * coil.pitch();
                for (int sgn = -1; sgn <= 1; sgn += 2) {
                    Vector3d q = new Vector3d(coil.centre()).fma(s, a).fma(sgn * r, side);
                    double[] uv = p.project(q);
                    g.fill(new Ellipse2D.Double(uv[0] - wr, uv[1] - wr, 2 * wr, 2 * wr));
                }
            }
        } else {
            double[] uv = p.project(new Vector3d(coil.centre()));
            double rr = r * p.scale;
            g.setStroke(new BasicStroke((float) Math.max(1, 2 * wr)));
            g.draw(new Ellipse2D.Double(uv[0] - rr, uv[1] - rr, 2 * rr, 2 * rr));
        }
    }

    private static void arrows(Graphics2D g, double ox, double oy, boolean xz) {
        double x0 = ox + 24;
        double y0 = oy + 70;
        g.setStroke(new BasicStroke(2f));
        g.setFont(new Font("SansSerif", Font.BOLD, 13));
        g.setPaint(new Color(180, 20, 20));
        arrow(g, x0, y0, x0, y0 - 45);
        g.drawString("B0 (z)", (float) x0 + 5, (float) y0 - 38);
        g.setPaint(new Color(20, 120, 20));
        if (xz) {
            arrow(g, x0, y0 + 15, x0 + 45, y0 + 15);
            g.drawString("B1 (x)", (float) x0 + 2, (float) y0 + 32);
        } else {
            g.draw(new Ellipse2D.Double(x0 - 7, y0 + 8, 14, 14));
            g.fill(new Ellipse2D.Double(x0 - 2.5, y0 + 12.5, 5, 5));
            g.drawString("B1 (x, out of page)", (float) x0 + 12, (float) y0 + 20);
        }
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        double ang = Math.atan2(y2 - y1, x2 - x1);
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - 9 * Math.cos(ang - 0.4), y2 - 9 * Math.sin(ang - 0.4));
        head.lineTo(x2 - 9 * Math.cos(ang + 0.4), y2 - 9 * Math.sin(ang + 0.4));
        head.closePath();
        g.fill(head);
    }

    private static void fillBody(Graphics2D g, Body b, Projector p, Color colour, float alpha) {
        List<double[]> pts = new ArrayList<>();
        for (Vector3d q : surfacePoints(b, rimPoints(b, p.scale))) {
            pts.add(p.project(q));
        }
        List<double[]> hull = ConvexHull.of(pts);
        Path2D path = new Path2D.Double();
        for (int i = 0; i < hull.size(); i++) {
            if (i == 0) {
                path.moveTo(hull.get(i)[0], hull.get(i)[1]);
            } else {
                path.lineTo(hull.get(i)[0], hull.get(i)[1]);
            }
        }
        path.closePath();
        g.setPaint(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255)));
        g.fill(path);
        g.setPaint(colour.darker());
        g.setStroke(new BasicStroke(0.5f));
        g.draw(path);
    }

    /** Rim points: 64 for a rim wider than 20 px on the page, fewer (at least 8) for thin rods. */
    private static int rimPoints(Body b, double scale) {
        double r = b instanceof Disk d ? d.radius() : b instanceof Cylinder c ? c.radius() : 1;
        return (int) Math.max(8, Math.min(RIM, Math.ceil(r * scale * 3)));
    }

    /** Points on the surface whose projected convex hull is the body's silhouette. */
    static List<Vector3d> surfacePoints(Body b, int rim) {
        List<Vector3d> out = new ArrayList<>();
        if (b instanceof Disk || b instanceof Cylinder) {
            double r = b instanceof Disk d ? d.radius() : ((Cylinder) b).radius();
            double h = b instanceof Disk d ? d.thickness() / 2 : ((Cylinder) b).length() / 2;
            for (int s = -1; s <= 1; s += 2) {
                for (int k = 0; k < rim; k++) {
                    double t = 2 * Math.PI * k / rim;
                    out.add(b.pose().toParent(new Vector3d(r * Math.cos(t), r * Math.sin(t), s * h), new Vector3d()));
                }
            }
        } else if (b instanceof Box x) {
            for (int n = 0; n < 8; n++) {
                Vector3d c = new Vector3d((n & 1) == 0 ? -x.sizeX() / 2 : x.sizeX() / 2,
                        (n & 2) == 0 ? -x.sizeY() / 2 : x.sizeY() / 2, (n & 4) == 0 ? -x.sizeZ() / 2 : x.sizeZ() / 2);
                out.add(b.pose().toParent(c, new Vector3d()));
            }
        } else {
            double a = b instanceof Sphere s ? s.radius() : ((Ellipsoid) b).semiAxisX();
            double bb = b instanceof Sphere s ? s.radius() : ((Ellipsoid) b).semiAxisY();
            double cc = b instanceof Sphere s ? s.radius() : ((Ellipsoid) b).semiAxisZ();
            int nt = 16;
            for (int i = 0; i <= nt; i++) {
                double th = Math.PI * i / nt;
                for (int k = 0; k < 2 * nt; k++) {
                    double ph = Math.PI * k / nt;
                    Vector3d q = new Vector3d(a * Math.sin(th) * Math.cos(ph), bb * Math.sin(th) * Math.sin(ph), cc * Math.cos(th));
                    out.add(b.pose().toParent(q, new Vector3d()));
                }
            }
        }
        return out;
    }

    /** Lab point to page coordinates (page y grows downwards). */
    private static final class Projector {
        final double cx;
        final double cy;
        final double h0;
        final double v0;
        final double scale;
        final boolean xz;

        Projector(double cx, double cy, double h0, double v0, double scale, boolean xz) {
            this.cx = cx;
            this.cy = cy;
            this.h0 = h0;
            this.v0 = v0;
            this.scale = scale;
            this.xz = xz;
        }

        double[] project(Vector3d q) {
            double h = xz ? q.x : q.y;
            return new double[] {cx + (h - h0) * scale, cy - (q.z - v0) * scale};
        }
    }
}
