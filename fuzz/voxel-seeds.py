#!/usr/bin/env python3
"""Writes the seed inputs of VoxelFileFuzzTest: small valid .npy arrays (v1 C order uint8, v1 Fortran bool,
v2 little-endian int16 labels), a raw-voxel JSON header and TIFF stacks (8-bit little-endian, 16-bit big-endian).
Run from the repository root: python3 fuzz/voxel-seeds.py"""
import json, os, struct

root = "fuzz/src/test/resources/org/metalnmr/fuzz/VoxelFileFuzzTestInputs"

def npy(values, descr, fortran, shape, version=1):
    d = "{'descr': '%s', 'fortran_order': %s, 'shape': (%s), }" % (descr, "True" if fortran else "False",
                                                                    ", ".join(str(s) for s in shape))
    pre = 10 if version == 1 else 12
    pad = (64 - (pre + len(d) + 1) % 64) % 64
    h = (d + " " * pad + "\n").encode("latin1")
    head = b"\x93NUMPY" + bytes([version, 0]) + (struct.pack("<H", len(h)) if version == 1 else struct.pack("<I", len(h)))
    return head + h + values

def tiff(pages, w, h, bits, big):
    e = ">" if big else "<"
    n = 8
    ifd = 2 + 12 * n + 4
    data = w * h * bits // 8
    out = bytearray((b"MM" if big else b"II") + struct.pack(e + "HI", 42, 8))
    for p, page in enumerate(pages):
        start = 8 + p * (ifd + data)
        nxt = start + ifd + data if p + 1 < len(pages) else 0
        out += struct.pack(e + "H", n)
        for tag, typ, val in [(256, 4, w), (257, 4, h), (258, 3, bits), (259, 3, 1), (262, 3, 1),
                              (273, 4, start + ifd), (278, 4, h), (279, 4, data)]:
            out += struct.pack(e + "HHI", tag, typ, 1)
            out += struct.pack(e + "HH", val, 0) if typ == 3 else struct.pack(e + "I", val)
        out += struct.pack(e + "I", nxt)
        out += b"".join(struct.pack(e + ("B" if bits == 8 else "H"), v) for v in page)
    return bytes(out)

def put(method, name, data):
    d = os.path.join(root, method)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

vals = bytes((x * 7 + y * 3 + z * 5) % 4 for z in range(4) for y in range(3) for x in range(5))
put("npy", "seed-c-uint8.npy", npy(vals, "|u1", False, (4, 3, 5)))
put("npy", "seed-f-bool.npy", npy(bytes(v % 2 for v in vals), "|b1", True, (4, 3, 5)))
put("npy", "seed-v2-int16.npy", npy(b"".join(struct.pack("<h", v) for v in vals), "<i2", False, (4, 3, 5), version=2))
put("rawJsonHeader", "seed-threshold.json", json.dumps({"data": "stack.raw", "sizes": [5, 3, 4], "dtype": "uint8",
    "byteOrder": "little", "voxelSizeM": 5e-7, "threshold": 2, "laterallyPeriodic": False}).encode())
put("rawJsonHeader", "seed-labels.json", json.dumps({"data": "stack.raw", "sizes": [5, 3, 4], "dtype": "uint8",
    "voxelSizeM": 1e-6, "metalLabels": [1, 3]}).encode())
pages = [[(x * 7 + y * 3 + z * 5) % 4 * 60 for y in range(3) for x in range(5)] for z in range(4)]
put("tiffStack", "seed-8bit-le.tif", tiff(pages, 5, 3, 8, False))
put("tiffStack", "seed-16bit-be.tif", tiff([[v * 200 for v in p] for p in pages], 5, 3, 16, True))
