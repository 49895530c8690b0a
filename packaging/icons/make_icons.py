#!/usr/bin/python3
"""Draws Osteon's application icon: packaging/icons/osteon.svg and the PNG sizes of the hicolor
theme (osteon-<size>.png), from one geometry (three vertebral bodies of a scoliotic spine with
the Cobb lines). Run it after changing the design; the outputs are committed.
Needs python3-pil only (no SVG rasteriser in the build dependencies)."""
import math
import os

from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
BG = "#1d2733"
BONE = "#e9e4d6"
DISC = "#7fa6c9"
COBB = "#f0a030"
# (centre x, centre y, tilt in degrees) of each vertebral body in a 256x256 canvas.
BODIES = [(118, 66, -12), (138, 128, 0), (118, 190, 12)]
W, H = 96, 30


def body_polygon(cx, cy, deg, w=W, h=H):
    a = math.radians(deg)
    pts = []
    for dx, dy in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        pts.append((cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)))
    return pts


def cobb_line(cx, cy, deg, offset, length=150):
    """The endplate line of a body (offset -H/2 upper, +H/2 lower), extended to `length`."""
    a = math.radians(deg)
    mx, my = cx - offset * math.sin(a), cy + offset * math.cos(a)
    hx, hy = math.cos(a) * length / 2, math.sin(a) * length / 2
    return (mx - hx, my - hy), (mx + hx, my + hy)


def svg():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
           '  <title>Osteon</title>',
           f'  <rect x="8" y="8" width="240" height="240" rx="44" fill="{BG}"/>']
    for (x0, y0, _), (x1, y1, _) in zip(BODIES, BODIES[1:]):
        out.append(f'  <line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y1}" stroke="{DISC}" '
                   'stroke-width="26" stroke-linecap="round"/>')
    for b in BODIES:
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in body_polygon(*b))
        out.append(f'  <polygon points="{pts}" fill="{BONE}" stroke="{BONE}" stroke-width="14" '
                   'stroke-linejoin="round"/>')
    for b, off in ((BODIES[0], -H / 2 - 7), (BODIES[2], H / 2 + 7)):
        (x0, y0), (x1, y1) = cobb_line(*b, off)
        out.append(f'  <line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="{COBB}" '
                   'stroke-width="9" stroke-linecap="round"/>')
    out.append('</svg>')
    return "\n".join(out) + "\n"


def png(size):
    s = 8  # supersampling
    k = size * s / 256.0
    img = Image.new("RGBA", (size * s, size * s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([8 * k, 8 * k, 248 * k, 248 * k], radius=44 * k, fill=BG)
    for (x0, y0, _), (x1, y1, _) in zip(BODIES, BODIES[1:]):
        d.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=DISC, width=int(26 * k))
    for b in BODIES:
        pts = [(x * k, y * k) for x, y in body_polygon(*b)]
        d.polygon(pts, fill=BONE)
        d.line(pts + [pts[0]], fill=BONE, width=int(14 * k), joint="curve")
        for x, y in pts:
            r = 7 * k
            d.ellipse([x - r, y - r, x + r, y + r], fill=BONE)
    for b, off in ((BODIES[0], -H / 2 - 7), (BODIES[2], H / 2 + 7)):
        (x0, y0), (x1, y1) = cobb_line(*b, off)
        d.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=COBB, width=int(9 * k))
        for x, y in ((x0, y0), (x1, y1)):
            r = 4.5 * k
            d.ellipse([x * k - r, y * k - r, x * k + r, y * k + r], fill=COBB)
    return img.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    with open(os.path.join(HERE, "osteon.svg"), "w") as f:
        f.write(svg())
    for size in (48, 128, 256):
        png(size).save(os.path.join(HERE, f"osteon-{size}.png"), optimize=True)
