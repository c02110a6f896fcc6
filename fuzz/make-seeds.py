#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets from the real data in data/ and the examples (run from the repository
root; the seeds are committed, this script says where each comes from)."""
import io, os, shutil, zipfile

R = 'fuzz/src/test/resources/org/metalnmr/fuzz'
S = R + '/SpectrumFileFuzzTestInputs'
I = R + '/InputFileFuzzTestInputs'
EXP = 'data/operando-li-li/bruker/1'


def put(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)


ascii_lines = open(EXP + '/pdata/1/ascii-spec.txt', 'rb').read().splitlines(keepends=True)
put(S + '/textColumns', 'ascii-spec-head.txt', b''.join(ascii_lines[:400]))
rows = [l.decode().split(',') for l in ascii_lines[1:400]]
put(S + '/textColumns', 'ppm-real.txt', ''.join('%s %s\n' % (r[3].strip(), r[1].strip()) for r in rows).encode())
put(S + '/textColumns', 'ppm-real-imag.csv', ('ppm,real,imag\n' + ''.join(
    '%s,%s,0\n' % (r[3].strip(), r[1].strip()) for r in rows)).encode())
# small JCAMP-DX seeds (the real files are 220-250 kB, which slows the fuzzer to a few runs a second): a valid
# AFFN spectrum with the real 1H fixture's leading header records, and the real file's header and first data lines
real = open('data/import-fixtures/1h.dx', 'rb').read().decode('latin-1').splitlines()
head = [l for l in real[:20] if not l.startswith('$$')]
n, first, dx = 24, 6410.06078475563, -0.195625500801283
ys = [int(1000 + 90000 * 1.0 / (1 + ((i - 11) / 1.5) ** 2)) for i in range(n)]
affn = head + ['##XUNITS= HZ', '##YUNITS= ARBITRARY UNITS', '##XFACTOR= 1', '##YFACTOR= 1',
               '##FIRSTX= %.6f' % first, '##LASTX= %.6f' % (first + (n - 1) * dx), '##DELTAX= %.6f' % dx,
               '##NPOINTS= %d' % n, '##FIRSTY= %d' % ys[0], '##XYDATA= (X++(Y..Y))']
for k in range(0, n, 8):
    affn.append('%.6f %s' % (first + k * dx, ' '.join(str(y) for y in ys[k:k + 8])))
affn.append('##END=')
put(S + '/jcampDx', 'affn-small.jdx', ('\n'.join(affn) + '\n').encode('latin-1'))
i = next(k for k, l in enumerate(real) if l.startswith('##XUNITS'))
j = next(k for k, l in enumerate(real) if l.startswith('##XYDATA'))
put(S + '/jcampDx', 'dif-head.dx', ('\n'.join(head + real[i:j + 4] + ['##END=']) + '\n').encode('latin-1'))
put(S + '/brukerParameters', 'acqus', open(EXP + '/acqus', 'rb').read())
put(S + '/brukerParameters', 'procs', open(EXP + '/pdata/1/procs', 'rb').read())
put(S + '/brukerAcqus', 'acqus', open(EXP + '/acqus', 'rb').read())
put(S + '/brukerProcs', 'procs', open(EXP + '/pdata/1/procs', 'rb').read())
fid = open(EXP + '/fid', 'rb').read()
put(S + '/brukerFid', 'fid', fid)
put(S + '/brukerFid', 'fid-head', fid[:4096])
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for rel in ('acqus', 'fid', 'pdata/1/procs', 'pdata/1/1r', 'pdata/1/1i'):
        z.write(os.path.join(EXP, rel), '1/' + rel)
put(S + '/zipArchive', 'experiment-1.zip', buf.getvalue())
for d, sub in (('examples/scenarios', 'scenarioFile'), ('examples/models', 'modelFile')):
    for n in sorted(os.listdir(d)):
        if n.endswith('.json'):
            put(I + '/' + sub, n, open(os.path.join(d, n), 'rb').read())
# cycler export: the head of the real galvanostatic trace (the whole file is 3 MB) and a comma-separated variant
cyc = open('data/operando-li-li/echem/galvanostatic-Ewe-vs-time.txt', 'rb').read().splitlines(keepends=True)
put(I + '/cyclerFile', 'galvanostatic-head.txt', b''.join(cyc[:300]))
put(I + '/cyclerFile', 'galvanostatic-head.csv', b''.join(l.replace(b'\t', b',', 1) for l in cyc[:60]))
# processed data: the real 1r of experiment 1 and its first 4 kB
one_r = open(EXP + '/pdata/1/1r', 'rb').read()
put(S + '/bruker1r', '1r', one_r)
put(S + '/bruker1r', '1r-head', one_r[:4096])
# pseudo-2D: the real ser of import fixture 72 (beside its acqus and acqu2s) and its first row
with zipfile.ZipFile('data/import-fixtures/72.zip') as z:
    ser = z.read('72/ser')
put(S + '/brukerSer', 'ser', ser)
put(S + '/brukerSer', 'ser-head', ser[:4096])
