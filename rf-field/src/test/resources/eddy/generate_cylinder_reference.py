# Generates cylinder-signal-reference.csv (run: python3 generate_cylinder_reference.py > cylinder-signal-reference.csv)
import mpmath as mp
mp.mp.dps = 30
print("# Reference signals per unit area of a conducting cylinder (radius a, skin depth d) in a uniform RF field, time dependence exp(+i omega t).")
print("# Source: closed forms evaluated with mpmath %s (30 digits, adaptive quadrature), script generate_cylinder_reference.py in this folder." % mp.__version__)
print("# q = (1+i)/d. Axial field (derived from laplacian h = (2i/d^2) h with h(a) = 1): h = I0(q r)/I0(q a);  S/A = (1/(pi a^2)) int 2 pi r h^2 dr.")
print("# Transverse field along x: Az/(mu0 H0) = C I1(q r) sin(phi), C = 2/(q I0(q a)); h_r = g cos(phi), h_phi = -f sin(phi),")
print("#   g = 2 I1(q r)/(q r I0(q a)), f = 2 I1'(q r)/I0(q a);  along-field S/A = <(h.x)^2> = (1/A) int 2 pi r (3g^2+2gf+3f^2)/8 dr,")
print("#   all-components S/A = <h.h> = (1/A) int 2 pi r (g^2+f^2)/2 dr. Dimensionless; uncertainty < 1e-20 (quadrature).")
print("radiusOverSkinDepth,axialRe,axialIm,alongRe,alongIm,allRe,allIm")
for ad in ["0.25", "1", "3"]:
    a = mp.mpf(ad); d = mp.mpf(1)
    q = mp.mpc(1, 1) / d
    A = mp.pi * a * a
    I0a = mp.besseli(0, q * a)
    sax = mp.quad(lambda r: 2 * mp.pi * r * (mp.besseli(0, q * r) / I0a) ** 2, [0, a]) / A
    g = lambda r: 2 * mp.besseli(1, q * r) / (q * r * I0a)
    f = lambda r: 2 * (mp.besseli(0, q * r) - mp.besseli(1, q * r) / (q * r)) / I0a
    spar = mp.quad(lambda r: 2 * mp.pi * r * (3 * g(r) ** 2 + 2 * g(r) * f(r) + 3 * f(r) ** 2) / 8, [0, a]) / A
    sdot = mp.quad(lambda r: 2 * mp.pi * r * (g(r) ** 2 + f(r) ** 2) / 2, [0, a]) / A
    print(",".join([ad] + [mp.nstr(v, 17) for z in (sax, spar, sdot) for v in (z.real, z.imag)]))
