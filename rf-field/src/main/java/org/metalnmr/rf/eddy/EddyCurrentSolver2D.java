package org.metalnmr.rf.eddy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipparchus.complex.Complex;
import org.metalnmr.core.constants.PhysicalConstants;
import org.metalnmr.core.error.InvalidInputException;
import org.metalnmr.rf.RfMessage;
import org.metalnmr.rf.linalg.CocgSolver;
import org.metalnmr.rf.linalg.ComplexCsrMatrix;
import org.metalnmr.rf.linalg.ComplexLinearOperator;
import org.metalnmr.rf.linalg.ComplexPreconditioner;
import org.metalnmr.rf.linalg.IncompleteLdlt;
import org.metalnmr.rf.linalg.JacobiPreconditioner;
import org.metalnmr.rf.linalg.MemoryBudget;
import org.metalnmr.rf.linalg.ProgressListener;
import org.metalnmr.rf.linalg.SolverStatistics;

/**
 * Finite-volume solver of the 2D quasi-static eddy-current problem: conductors invariant along z,
 * a uniform applied RF field H0 (unit amplitude), time dependence exp(+i omega t), displacement
 * current neglected (omega eps0 / sigma &lt;&lt; 1 in metals). With the skin depth
 * d = sqrt(2 / (omega mu0 sigma)), i omega mu0 sigma = 2i / d<sup>2</sup>.
 *
 * <h2>Field along the invariant axis z</h2>
 * H = Hz(x, y) z and, from curl H = sigma E and curl E = -i omega mu0 H,
 * \[ \nabla \cdot (\rho \nabla H_z) = i \omega \mu_0 H_z \qquad (\rho = 1/\sigma;\ \nabla^2 H_z = (2i/d^2) H_z \text{ in a uniform conductor}) \]
 * In air (rho infinite, no current) Hz is constant over each connected air region, because
 * curl H = 0 there means grad Hz = 0. The air region connected to infinity therefore holds exactly
 * Hz = H0, whatever the number of conductors: no far-field treatment is needed and the grid only
 * covers the conductors. An air region enclosed by conductor (a hole, a pore of a connected
 * network) holds an unknown uniform Hc fixed by Faraday's law around it,
 * \[ \oint \rho \frac{\partial H_z}{\partial n}\, dl = i \omega \mu_0 H_c A_\mathrm{hole}, \]
 * which is the finite-volume equation of the hole taken as one cell. Unknowns: Hz at conductor cell
 * centres plus one Hc per hole. Fluxes between cells use the harmonic (series-resistance) mean of
 * rho with the interface placed where the surface crosses the line between the cell centres, found
 * by bisection on the layout; at a conductor/air face the Dirichlet value sits at that crossing
 * (the symmetric second-order treatment of Gibou, Fedkiw, Cheng &amp; Kang, J. Comput. Phys. 176,
 * 205, 2002, eq. 6). A conductor that reaches the edge of the grid is continued by mirror symmetry
 * (dHz/dn = 0 there): that is how an infinite slab or a symmetric half problem is modelled. The
 * air connected to infinity is the air region that holds a corner cell of the grid; an air region
 * that reaches the grid edge elsewhere is closed by the mirror image and is a hole.
 *
 * <h2>Field in the cross-section plane along (cos a, sin a)</h2>
 * With the vector potential A = Az z, B = curl A and u = Az / (mu0 H0) [m] (h = (du/dy, -du/dx)):
 * \[ \nabla^2 u = i \omega \mu_0 \sigma (u - c_k) \text{ in conductor } k, \qquad \nabla^2 u = 0 \text{ in air}, \qquad
 *    u \to -(x \sin a - y \cos a) \text{ far away}. \]
 * Jz / H0 = -i omega mu0 sigma (u - c_k) [1/m]; the constant c_k (the uniform axial electric field
 * i omega mu0 H0 c_k that the conductor's far ends impose) is the Lagrange multiplier of the
 * source-free constraint: the net current along z of each isolated conductor is zero,
 * \[ \int_{\text{conductor } k} \sigma (u - c_k)\, dA = 0 \;\Rightarrow\; c_k = \langle u \rangle_{\sigma,k}, \]
 * so the dipole (not a line current) is the leading far field. c_k is eliminated exactly: the
 * operator is the sparse five-point matrix plus one symmetric rank-one term per conductor, applied
 * matrix-free. Conductors are the 4-connected sets of cells with non-zero conductivity; regions
 * that touch form one conductor. The far boundary (a large graded box,
 * {@link RectilinearGrid2D#graded}) carries the applied potential (Dirichlet); the relative error
 * this makes in the induced dipole is about (R_c / R)<sup>2</sup> for a layout of circumradius
 * R_c and a boundary at distance R. Cells cut by a surface get the area-weighted conductivity of
 * their parts (see {@link CellMaterials}); the Laplacian has constant coefficient (mu = mu0 everywhere), so no
 * interface condition is needed and the scheme stays second order.
 *
 * <h2>Linear algebra</h2>
 * Both systems are complex symmetric (A = A<sup>T</sup>, not Hermitian). They are solved by COCG
 * ({@link CocgSolver}) preconditioned by an incomplete LDL<sup>T</sup> ({@link IncompleteLdlt}) of the
 * sparse part. Why not EJML: its sparse LU is real (the complex system would need the 2x2 real
 * block form, doubling the size) and 0.46 offers no fill-reducing ordering for LU, so the
 * band fill of a 300 x 300 grid costs gigabytes; COCG needs five vectors and converges in tens to a
 * few hundred iterations on the graded grids used here (tables in docs/rf-solvers.md); Jacobi
 * preconditioning is available for comparison and takes more iterations.
 *
 * <h2>Signals</h2>
 * Per region: S_along = integral of (h . e)<sup>2</sup> dA and S_all = integral of (h . h) dA,
 * see {@link ConductorSignal}. Cut cells contribute their area fraction; in the axial case the
 * value in a cut cell whose centre lies in air is the air value.
 *
 * <p>Configure with the {@code with*} methods (new instances). Memory is estimated before the grid
 * is allocated ({@link #BYTES_PER_CELL}).
 */
public final class EddyCurrentSolver2D {

    /** Preconditioner of the COCG iteration. */
    public enum Preconditioning {
        /** incomplete LDL^T with zero fill-in (default) */
        INCOMPLETE_LDLT,
        /** diagonal scaling */
        JACOBI
    }

    /** Estimated bytes per grid cell: matrix, preconditioner, Krylov vectors, fields and maps. */
    public static final double BYTES_PER_CELL = 700;

    private static final double MIN_CROSSING = 1e-6;

    private final CocgSolver cocg;
    private final Preconditioning preconditioning;
    private final ProgressListener progress;

    /** A solver with relative tolerance 1e-10 and the incomplete LDL^T preconditioner. */
    public EddyCurrentSolver2D() {
        this(new CocgSolver(), Preconditioning.INCOMPLETE_LDLT, ProgressListener.NONE);
    }

    private EddyCurrentSolver2D(CocgSolver cocg, Preconditioning preconditioning, ProgressListener progress) {
        this.cocg = cocg;
        this.preconditioning = preconditioning;
        this.progress = progress;
    }

    /**
     * @param relativeTolerance relative residual at which COCG stops
     * @return a copy with that tolerance
     */
    public EddyCurrentSolver2D withTolerance(double relativeTolerance) {
        return new EddyCurrentSolver2D(cocg.withTolerance(relativeTolerance), preconditioning, progress);
    }

    /**
     * @param p the preconditioner
     * @return a copy using it
     */
    public EddyCurrentSolver2D withPreconditioning(Preconditioning p) {
        return new EddyCurrentSolver2D(cocg, Objects.requireNonNull(p), progress);
    }

    /**
     * @param listener receives progress of the assembly and of the iteration
     * @return a copy reporting to it
     */
    public EddyCurrentSolver2D withProgress(ProgressListener listener) {
        ProgressListener l = listener == null ? ProgressListener.NONE : listener;
        return new EddyCurrentSolver2D(cocg.withProgress(l), preconditioning, l);
    }

    /**
     * @param problem the problem
     * @return fields, currents and signals for a unit applied field
     * @throws InvalidInputException when the grid would not fit in memory or holds no conductor
     */
    public EddyCurrentSolution2D solve(EddyCurrentProblem2D problem) {
        RectilinearGrid2D grid = problem.grid();
        MemoryBudget.require(String.format(java.util.Locale.ROOT, "2D eddy-current grid %d x %d",
                grid.x().cells(), grid.y().cells()), grid.cellCount() * BYTES_PER_CELL, BYTES_PER_CELL, "cells");
        progress.progress("locating conductors on the grid", 0);
        CellMaterials mat = new CellMaterials(problem.layout(), grid);
        boolean any = mat.mixed.size() > 0 || Arrays.stream(mat.centre).anyMatch(c -> c >= 0);
        if (!any) {
            throw new InvalidInputException(RfMessage.NO_CONDUCTOR, "the 2D eddy-current grid");
        }
        return problem.field().alongAxis() ? solveAxial(problem, mat) : solveInPlane(problem, mat);
    }

    // ------------------------------------------------------------------ axial field

    private EddyCurrentSolution2D solveAxial(EddyCurrentProblem2D p, CellMaterials mat) {
        GridAxis gx = p.grid().x();
        GridAxis gy = p.grid().y();
        int nx = mat.nx;
        int ny = mat.ny;
        int cells = nx * ny;
        double omegaMu0 = p.omega() * PhysicalConstants.MU0;
        List<ConductorRegion> regions = p.layout().regions();
        double[] rho = new double[regions.size()];
        for (int r = 0; r < rho.length; r++) {
            rho[r] = 1.0 / regions.get(r).conductivitySPerM();
        }
        // unknown numbering: conductor cells, then holes
        int[] unk = new int[cells];
        Arrays.fill(unk, -1);
        int n = 0;
        for (int c = 0; c < cells; c++) {
            if (mat.centre[c] >= 0) {
                unk[c] = n++;
            }
        }
        if (n == 0) {
            throw new InvalidInputException(RfMessage.GRID_UNRESOLVED, "2D eddy-current grid");
        }
        int[] airComp = labelComponents(mat.centre, nx, ny, c -> c < 0);
        int comps = Arrays.stream(airComp).max().orElse(-1) + 1;
        // the air connected to infinity is the air that holds a corner cell of the grid; air that
        // reaches only an edge elsewhere is closed by the mirror image of that edge (a pore of a
        // layer that runs through the grid's edge)
        boolean[] exterior = new boolean[comps];
        for (int c : new int[] {0, ny - 1, (nx - 1) * ny, nx * ny - 1}) {
            if (airComp[c] >= 0) {
                exterior[airComp[c]] = true;
            }
        }
        int[] holeUnknown = new int[comps];
        int cellUnknowns = n;
        for (int k = 0; k < comps; k++) {
            holeUnknown[k] = exterior[k] ? -1 : n++;
        }
        double[] holeArea = new double[comps];
        ComplexCsrMatrix.Builder b = new ComplexCsrMatrix.Builder(n, 5 * n);
        double[] rhsRe = new double[n];
        double[] rhsIm = new double[n];
        int[][] nb = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                int m = mat.centre[c];
                if (m < 0) {
                    if (airComp[c] >= 0 && !exterior[airComp[c]]) {
                        holeArea[airComp[c]] += gx.width(i) * gy.width(j) * mat.fraction(c, -1);
                    }
                    continue;
                }
                int pc = unk[c];
                b.add(pc, pc, 0, omegaMu0 * gx.width(i) * gy.width(j));
                boolean holeCounted = false;
                for (int[] d : nb) {
                    int a = i + d[0];
                    int e = j + d[1];
                    if (a < 0 || a >= nx || e < 0 || e >= ny) {
                        continue; // mirror symmetry: no flux
                    }
                    int q = a * ny + e;
                    double face = d[0] != 0 ? gy.width(j) : gx.width(i);
                    double dist = d[0] != 0 ? Math.abs(gx.center(a) - gx.center(i)) : Math.abs(gy.center(e) - gy.center(j));
                    int mq = mat.centre[q];
                    if (mq >= 0) {
                        if (q < c) {
                            continue; // each conductor-conductor face once
                        }
                        double g;
                        if (mq == m) {
                            g = face * rho[m] / dist;
                        } else {
                            double t = mat.crossingParameter(gx.center(i), gy.center(j), gx.center(a), gy.center(e), m);
                            g = face / (t * dist / rho[m] + (1 - t) * dist / rho[mq]);
                        }
                        int pq = unk[q];
                        b.add(pc, pc, g, 0).add(pq, pq, g, 0).add(pc, pq, -g, 0).add(pq, pc, -g, 0);
                    } else {
                        double t = mat.crossingParameter(gx.center(i), gy.center(j), gx.center(a), gy.center(e), m);
                        double g = face * rho[m] / (Math.max(t, MIN_CROSSING) * dist);
                        b.add(pc, pc, g, 0);
                        int comp = airComp[q];
                        if (exterior[comp]) {
                            rhsRe[pc] += g;
                        } else {
                            int h = holeUnknown[comp];
                            b.add(h, h, g, 0).add(pc, h, -g, 0).add(h, pc, -g, 0);
                            if (!holeCounted) {
                                holeArea[comp] += gx.width(i) * gy.width(j) * mat.fraction(c, -1);
                                holeCounted = true;
                            }
                        }
                    }
                }
            }
        }
        for (int k = 0; k < comps; k++) {
            if (!exterior[k]) {
                b.add(holeUnknown[k], holeUnknown[k], 0, omegaMu0 * holeArea[k]);
            }
        }
        ComplexCsrMatrix a = b.build();
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        Arrays.fill(xRe, 1.0);
        progress.progress(String.format(java.util.Locale.ROOT, "solving %d unknowns (axial field)", n), 0.1);
        SolverStatistics stats = cocg.solve(a, preconditioner(a), rhsRe, rhsIm, xRe, xIm);
        // fields
        double[] hr = new double[cells];
        double[] hi = new double[cells];
        for (int c = 0; c < cells; c++) {
            if (unk[c] >= 0) {
                hr[c] = xRe[unk[c]];
                hi[c] = xIm[unk[c]];
            } else if (airComp[c] >= 0 && !exterior[airComp[c]]) {
                hr[c] = xRe[holeUnknown[airComp[c]]];
                hi[c] = xIm[holeUnknown[airComp[c]]];
            } else {
                hr[c] = 1.0;
            }
        }
        double[] jxr = new double[cells];
        double[] jxi = new double[cells];
        double[] jyr = new double[cells];
        double[] jyi = new double[cells];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                if (mat.centre[c] < 0) {
                    continue;
                }
                double[] dy = axialDerivative(mat, gx, gy, hr, hi, i, j, false);
                double[] dx = axialDerivative(mat, gx, gy, hr, hi, i, j, true);
                jxr[c] = dy[0];
                jxi[c] = dy[1];
                jyr[c] = -dx[0];
                jyi[c] = -dx[1];
            }
        }
        double[][] s = new double[regions.size()][5];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                double area = gx.width(i) * gy.width(j);
                double sqr = hr[c] * hr[c] - hi[c] * hi[c];
                double sqi = 2 * hr[c] * hi[c];
                for (int r = 0; r < regions.size(); r++) {
                    double f = mat.fraction(c, r);
                    if (f > 0) {
                        s[r][0] += f * area;
                        s[r][1] += f * area * sqr;
                        s[r][2] += f * area * sqi;
                    }
                }
            }
        }
        List<ConductorSignal> sig = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Complex v = new Complex(s[r][1], s[r][2]);
            sig.add(new ConductorSignal(regions.get(r).name(), s[r][0], v, v));
        }
        double[] zero = new double[cells];
        ComplexGridField z = new ComplexGridField(nx, ny, zero, zero);
        progress.progress("done", 1);
        return new EddyCurrentSolution2D(p, new ComplexGridField[] {z, z, new ComplexGridField(nx, ny, hr, hi)},
                new ComplexGridField[] {new ComplexGridField(nx, ny, jxr, jxi), new ComplexGridField(nx, ny, jyr, jyi), z},
                sig, new SolverStatistics(n, stats.iterations(), stats.relativeResidual()));
    }

    /** Three-point derivative of Hz at a conductor cell centre along x (alongX) or y, with the
     *  air value placed at the surface crossing and mirror symmetry at the grid edge. */
    private static double[] axialDerivative(CellMaterials mat, GridAxis gx, GridAxis gy, double[] hr, double[] hi,
                                            int i, int j, boolean alongX) {
        int ny = mat.ny;
        int c = i * ny + j;
        int m = mat.centre[c];
        double[] fr = new double[2];
        double[] fi = new double[2];
        double[] h = new double[2];
        for (int s = 0; s < 2; s++) {
            int sign = s == 0 ? 1 : -1;
            int a = alongX ? i + sign : i;
            int e = alongX ? j : j + sign;
            int n = alongX ? mat.nx : ny;
            int idx = alongX ? a : e;
            GridAxis ax = alongX ? gx : gy;
            int self = alongX ? i : j;
            if (idx < 0 || idx >= n) {
                fr[s] = hr[c];
                fi[s] = hi[c];
                h[s] = ax.width(self);
                continue;
            }
            int q = a * ny + e;
            double dist = Math.abs(ax.center(idx) - ax.center(self));
            if (mat.centre[q] >= 0) {
                h[s] = dist;
            } else {
                double t = mat.crossingParameter(gx.center(i), gy.center(j), gx.center(a), gy.center(e), m);
                h[s] = Math.max(t, MIN_CROSSING) * dist;
            }
            fr[s] = hr[q];
            fi[s] = hi[q];
        }
        return new double[] {threePoint(fr[1], hr[c], fr[0], h[1], h[0]), threePoint(fi[1], hi[c], fi[0], h[1], h[0])};
    }

    /** f'(0) from f(-hm) = fm, f(0) = f0, f(hp) = fp (second order on uneven spacing). */
    private static double threePoint(double fm, double f0, double fp, double hm, double hp) {
        return (hm * hm * fp - hp * hp * fm + (hp * hp - hm * hm) * f0) / (hm * hp * (hm + hp));
    }

    // ------------------------------------------------------------------ in-plane field

    private EddyCurrentSolution2D solveInPlane(EddyCurrentProblem2D p, CellMaterials mat) {
        GridAxis gx = p.grid().x();
        GridAxis gy = p.grid().y();
        int nx = mat.nx;
        int ny = mat.ny;
        int n = nx * ny;
        double omegaMu0 = p.omega() * PhysicalConstants.MU0;
        List<ConductorRegion> regions = p.layout().regions();
        double sa = Math.sin(p.field().angleRad());
        double ca = Math.cos(p.field().angleRad());
        double[] sigmaEff = new double[n];
        double[] kappa = new double[n];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                double s = 0;
                for (int r = 0; r < regions.size(); r++) {
                    double f = mat.fraction(c, r);
                    if (f > 0) {
                        s += f * regions.get(r).conductivitySPerM();
                    }
                }
                sigmaEff[c] = s;
                kappa[c] = omegaMu0 * s * gx.width(i) * gy.width(j);
            }
        }
        int[] comp = labelComponents(kappa, nx, ny);
        int comps = Arrays.stream(comp).max().orElse(-1) + 1;
        int[][] members = new int[comps][];
        int[] count = new int[comps];
        for (int c = 0; c < n; c++) {
            if (comp[c] >= 0) {
                count[comp[c]]++;
            }
        }
        double[] kTot = new double[comps];
        for (int k = 0; k < comps; k++) {
            members[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int c = 0; c < n; c++) {
            if (comp[c] >= 0) {
                members[comp[c]][count[comp[c]]++] = c;
                kTot[comp[c]] += kappa[c];
            }
        }
        ComplexCsrMatrix.Builder b = new ComplexCsrMatrix.Builder(n, 5 * n);
        double[] rhsRe = new double[n];
        double[] rhsIm = new double[n];
        double[] xRe = new double[n];
        double[] xIm = new double[n];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                double xc = gx.center(i);
                double yc = gy.center(j);
                xRe[c] = -(xc * sa - yc * ca);
                b.add(c, c, 0, kappa[c]);
                if (i + 1 < nx) {
                    double g = gy.width(j) / (gx.center(i + 1) - xc);
                    int q = c + ny;
                    b.add(c, c, g, 0).add(q, q, g, 0).add(c, q, -g, 0).add(q, c, -g, 0);
                }
                if (j + 1 < ny) {
                    double g = gx.width(i) / (gy.center(j + 1) - yc);
                    int q = c + 1;
                    b.add(c, c, g, 0).add(q, q, g, 0).add(c, q, -g, 0).add(q, c, -g, 0);
                }
                if (i == 0 || i == nx - 1) {
                    double xb = i == 0 ? gx.node(0) : gx.node(nx);
                    double g = gy.width(j) / (0.5 * gx.width(i));
                    b.add(c, c, g, 0);
                    rhsRe[c] += g * -(xb * sa - yc * ca);
                }
                if (j == 0 || j == ny - 1) {
                    double yb = j == 0 ? gy.node(0) : gy.node(ny);
                    double g = gx.width(i) / (0.5 * gy.width(j));
                    b.add(c, c, g, 0);
                    rhsRe[c] += g * -(xc * sa - yb * ca);
                }
            }
        }
        ComplexCsrMatrix sparse = b.build();
        ComplexLinearOperator op = new ConstrainedOperator(sparse, members, kappa, kTot);
        progress.progress(String.format(java.util.Locale.ROOT, "solving %d unknowns (in-plane field, %d conductors)",
                n, comps), 0.1);
        SolverStatistics stats = cocg.solve(op, preconditioner(sparse), rhsRe, rhsIm, xRe, xIm);
        // c_k
        double[] ckRe = new double[comps];
        double[] ckIm = new double[comps];
        for (int k = 0; k < comps; k++) {
            for (int c : members[k]) {
                ckRe[k] += kappa[c] * xRe[c];
                ckIm[k] += kappa[c] * xIm[c];
            }
            ckRe[k] /= kTot[k];
            ckIm[k] /= kTot[k];
        }
        double[] hxr = new double[n];
        double[] hxi = new double[n];
        double[] hyr = new double[n];
        double[] hyi = new double[n];
        double[] jzr = new double[n];
        double[] jzi = new double[n];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                double[] dy = inPlaneDerivative(gx, gy, xRe, xIm, i, j, false, sa, ca);
                double[] dx = inPlaneDerivative(gx, gy, xRe, xIm, i, j, true, sa, ca);
                hxr[c] = dy[0];
                hxi[c] = dy[1];
                hyr[c] = -dx[0];
                hyi[c] = -dx[1];
                if (comp[c] >= 0) {
                    double w = omegaMu0 * sigmaEff[c];
                    double ur = xRe[c] - ckRe[comp[c]];
                    double ui = xIm[c] - ckIm[comp[c]];
                    // -i w (ur + i ui) = w ui - i w ur
                    jzr[c] = w * ui;
                    jzi[c] = -w * ur;
                }
            }
        }
        double[][] s = new double[regions.size()][5];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int c = i * ny + j;
                if (kappa[c] == 0) {
                    continue;
                }
                double area = gx.width(i) * gy.width(j);
                double ar = hxr[c] * ca + hyr[c] * sa;
                double ai = hxi[c] * ca + hyi[c] * sa;
                double dotR = hxr[c] * hxr[c] - hxi[c] * hxi[c] + hyr[c] * hyr[c] - hyi[c] * hyi[c];
                double dotI = 2 * (hxr[c] * hxi[c] + hyr[c] * hyi[c]);
                for (int r = 0; r < regions.size(); r++) {
                    double f = mat.fraction(c, r);
                    if (f > 0) {
                        s[r][0] += f * area;
                        s[r][1] += f * area * (ar * ar - ai * ai);
                        s[r][2] += f * area * 2 * ar * ai;
                        s[r][3] += f * area * dotR;
                        s[r][4] += f * area * dotI;
                    }
                }
            }
        }
        List<ConductorSignal> sig = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            sig.add(new ConductorSignal(regions.get(r).name(), s[r][0], new Complex(s[r][1], s[r][2]),
                    new Complex(s[r][3], s[r][4])));
        }
        double[] zero = new double[n];
        ComplexGridField z = new ComplexGridField(nx, ny, zero, zero);
        progress.progress("done", 1);
        return new EddyCurrentSolution2D(p,
                new ComplexGridField[] {new ComplexGridField(nx, ny, hxr, hxi), new ComplexGridField(nx, ny, hyr, hyi), z},
                new ComplexGridField[] {z, z, new ComplexGridField(nx, ny, jzr, jzi)}, sig, stats);
    }

    private static double[] inPlaneDerivative(GridAxis gx, GridAxis gy, double[] ur, double[] ui, int i, int j,
                                              boolean alongX, double sa, double ca) {
        int ny = gy.cells();
        int c = i * ny + j;
        GridAxis ax = alongX ? gx : gy;
        int self = alongX ? i : j;
        int n = ax.cells();
        double[] fr = new double[2];
        double[] fi = new double[2];
        double[] h = new double[2];
        for (int s = 0; s < 2; s++) {
            int sign = s == 0 ? 1 : -1;
            int idx = self + sign;
            if (idx < 0 || idx >= n) {
                double xb = alongX ? (sign > 0 ? gx.node(n) : gx.node(0)) : gx.center(i);
                double yb = alongX ? gy.center(j) : (sign > 0 ? gy.node(n) : gy.node(0));
                fr[s] = -(xb * sa - yb * ca);
                fi[s] = 0;
                h[s] = 0.5 * ax.width(self);
            } else {
                int q = alongX ? idx * ny + j : i * ny + idx;
                fr[s] = ur[q];
                fi[s] = ui[q];
                h[s] = Math.abs(ax.center(idx) - ax.center(self));
            }
        }
        return new double[] {threePoint(fr[1], ur[c], fr[0], h[1], h[0]), threePoint(fi[1], ui[c], fi[0], h[1], h[0])};
    }

    private ComplexPreconditioner preconditioner(ComplexCsrMatrix a) {
        return preconditioning == Preconditioning.JACOBI ? new JacobiPreconditioner(a) : new IncompleteLdlt(a);
    }

    /** 4-connected components of cells where include(centre region) holds; -1 elsewhere. */
    private static int[] labelComponents(int[] region, int nx, int ny, java.util.function.IntPredicate include) {
        boolean[] in = new boolean[region.length];
        for (int c = 0; c < region.length; c++) {
            in[c] = include.test(region[c]);
        }
        return label(in, nx, ny);
    }

    private static int[] labelComponents(double[] kappa, int nx, int ny) {
        boolean[] in = new boolean[kappa.length];
        for (int c = 0; c < kappa.length; c++) {
            in[c] = kappa[c] > 0;
        }
        return label(in, nx, ny);
    }

    private static int[] label(boolean[] in, int nx, int ny) {
        int[] lab = new int[in.length];
        Arrays.fill(lab, -1);
        int[] queue = new int[in.length];
        int next = 0;
        for (int s = 0; s < in.length; s++) {
            if (!in[s] || lab[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            lab[s] = next;
            while (head < tail) {
                int c = queue[head++];
                int i = c / ny;
                int j = c % ny;
                if (i > 0 && in[c - ny] && lab[c - ny] < 0) {
                    lab[c - ny] = next;
                    queue[tail++] = c - ny;
                }
                if (i < nx - 1 && in[c + ny] && lab[c + ny] < 0) {
                    lab[c + ny] = next;
                    queue[tail++] = c + ny;
                }
                if (j > 0 && in[c - 1] && lab[c - 1] < 0) {
                    lab[c - 1] = next;
                    queue[tail++] = c - 1;
                }
                if (j < ny - 1 && in[c + 1] && lab[c + 1] < 0) {
                    lab[c + 1] = next;
                    queue[tail++] = c + 1;
                }
            }
            next++;
        }
        return lab;
    }

    /** The sparse matrix plus, per conductor k, the rank-one term -i kappa (kappa^T x) / K_k. */
    private static final class ConstrainedOperator implements ComplexLinearOperator {
        private final ComplexCsrMatrix sparse;
        private final int[][] members;
        private final double[] kappa;
        private final double[] kTot;

        ConstrainedOperator(ComplexCsrMatrix sparse, int[][] members, double[] kappa, double[] kTot) {
            this.sparse = sparse;
            this.members = members;
            this.kappa = kappa;
            this.kTot = kTot;
        }

        @Override
        public int size() {
            return sparse.size();
        }

        @Override
        public void apply(double[] xRe, double[] xIm, double[] yRe, double[] yIm) {
            sparse.apply(xRe, xIm, yRe, yIm);
            for (int k = 0; k < members.length; k++) {
                double sr = 0;
                double si = 0;
                for (int c : members[k]) {
                    sr += kappa[c] * xRe[c];
                    si += kappa[c] * xIm[c];
                }
                sr /= kTot[k];
                si /= kTot[k];
                // y -= i kappa (sr + i si)  =>  yRe += kappa si, yIm -= kappa sr
                for (int c : members[k]) {
                    yRe[c] += kappa[c] * si;
                    yIm[c] -= kappa[c] * sr;
                }
            }
        }
    }
}
