# Generates tube-axial-reference.csv (python3 generate_tube_reference.py > tube-axial-reference.csv)
import mpmath as mp
mp.mp.dps = 30
print("# Conducting tube (inner radius Ri, outer Ro, skin depth d) in a uniform axial RF field, exp(+i omega t). Source: mpmath %s, this script." % mp.__version__)
print("# Wall: h = A I0(q r) + B K0(q r), q = (1+i)/d; h(Ro) = 1; hole (r < Ri) uniform Hc = h(Ri) with Faraday's law")
print("#   dh/dr(Ri) = (i omega mu0 sigma) Hc Ri / 2 = i Ri Hc / d^2. Columns: Ri/d, Ro/d, Hc (re, im), wall S/A_wall = (1/A) int 2 pi r h^2 dr (re, im).")
print("innerOverD,outerOverD,holeRe,holeIm,wallSignalRe,wallSignalIm")
for ri, ro in [("1", "1.5"), ("2", "2.1")]:
    Ri = mp.mpf(ri); Ro = mp.mpf(ro); q = mp.mpc(1, 1)
    I0 = lambda r: mp.besseli(0, q * r); K0 = lambda r: mp.besselk(0, q * r)
    dI0 = lambda r: q * mp.besseli(1, q * r); dK0 = lambda r: -q * mp.besselk(1, q * r)
    # unknowns A, B: A I0(Ro) + B K0(Ro) = 1 ; A dI0(Ri) + B dK0(Ri) - i Ri/2... * (A I0(Ri)+B K0(Ri)) * (2i/d^2)(Ri/2)
    c = mp.mpc(0, 1) * Ri
    M = mp.matrix([[I0(Ro), K0(Ro)], [dI0(Ri) - c * I0(Ri), dK0(Ri) - c * K0(Ri)]])
    A, B = mp.lu_solve(M, mp.matrix([1, 0]))
    h = lambda r: A * I0(r) + B * K0(r)
    hc = h(Ri)
    S = mp.quad(lambda r: 2 * mp.pi * r * h(r) ** 2, [Ri, Ro]) / (mp.pi * (Ro ** 2 - Ri ** 2))
    print(",".join([ri, ro] + [mp.nstr(v, 17) for v in (hc.real, hc.imag, S.real, S.imag)]))
