#!/usr/bin/env python3
"""pngstat.py: what a screenshot shows, for the HTML suite. Decodes an
8-bit RGB or RGBA PNG (what Chromium writes) with zlib alone and prints
"WIDTH HEIGHT" and then, per colour given as RRGGBB, the number of pixels
of that colour (within a small tolerance for anti-aliasing), and the share
of pixels that differ from the top-left (background) pixel.

usage: pngstat.py FILE.png [RRGGBB ...]
       pngstat.py --crop Y0 Y1 IN.png OUT.png   (rows Y0..Y1, to look at)
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("pngstat: %s: not a PNG file" % path)
    pos, idat, hdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise SystemExit("pngstat: %s: only 8-bit RGB/RGBA, not interlaced" % path)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows


def write_png(path, w, rows, bpp):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", w, len(rows), 8, 2 if bpp == 3 else 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def main(argv):
    if len(argv) == 6 and argv[1] == "--crop":
        w, h, bpp, rows = read_png(argv[4])
        write_png(argv[5], w, rows[int(argv[2]):int(argv[3])], bpp)
        return 0
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    w, h, bpp, rows = read_png(argv[1])
    want = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in argv[2:]]
    counts = [0] * len(want)
    bg = tuple(rows[0][0:3])
    other = 0
    for r in rows:
        for x in range(0, w * bpp, bpp):
            px = (r[x], r[x + 1], r[x + 2])
            if px != bg:
                other += 1
            for k, c in enumerate(want):
                if abs(px[0] - c[0]) <= 8 and abs(px[1] - c[1]) <= 8 and abs(px[2] - c[2]) <= 8:
                    counts[k] += 1
    print(w, h)
    for c, n in zip(argv[2:], counts):
        print(c, n)
    print("inked %.3f" % (other / float(w * h)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
