#!/usr/bin/env python3
"""Writes Tandem's app icon and its symbolic variant: python3 make-icons.py app > app.svg;
python3 make-icons.py symbolic > app-symbolic.svg. Two interlocking rings, leading (blue) and
managing (amber); where one passes under the other its ring is left open, so the icon needs no
clip paths (Qt's SVG renderer is SVG Tiny) and the gaps show whatever is behind."""
import math, sys

def under_range(c_self, c_other, r, w, g, near_y_sign):
    """Angles (deg) on ring `self` where its band, widened by g, touches the other band, near
    the crossing above (sign -1) or below (+1)."""
    hits = []
    for i in range(3600):
        th = math.radians(i / 10)
        if math.copysign(1, math.sin(th)) != near_y_sign:
            continue
        touch = False
        for k in range(41):
            rr = r - w / 2 - g + (w + 2 * g) * k / 40
            px = c_self[0] + rr * math.cos(th); py = c_self[1] + rr * math.sin(th)
            d = math.hypot(px - c_other[0], py - c_other[1])
            if r - w / 2 <= d <= r + w / 2:
                touch = True; break
        if touch:
            hits.append(i / 10)
    return min(hits), max(hits)

def arc_path(c, r, start, end):
    """Arc from start to end degrees going clockwise (increasing angle, SVG y down)."""
    sweep = (end - start) % 360
    large = 1 if sweep > 180 else 0
    sx = c[0] + r * math.cos(math.radians(start)); sy = c[1] + r * math.sin(math.radians(start))
    ex = c[0] + r * math.cos(math.radians(end)); ey = c[1] + r * math.sin(math.radians(end))
    return f"M{sx:.2f},{sy:.2f} A{r},{r} 0 {large} 1 {ex:.2f},{ey:.2f}"

def rings(size, ca, cb, r, w, g, margin=0.0):
    # ring a (blue) goes under b at the bottom crossing; ring b (amber) under a at the top.
    a0, a1 = under_range(ca, cb, r, w, g, +1)
    b0, b1 = under_range(cb, ca, r, w, g, -1)
    pa = arc_path(ca, r, a1 + margin, a0 - margin + 360)
    pb = arc_path(cb, r, b1 + margin, b0 - margin + 360)
    return pa, pb

kind = sys.argv[1] if len(sys.argv) > 1 else "app"
if kind == "app":
    r, w, g = 27.5, 13, 2.5
    ca, cb = (47.5, 64), (80.5, 64)
    pa, pb = rings(128, ca, cb, r, w, g)
    blue, amber = "#1f5fa8", "#e8951f"
    print(f'''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <title>Tandem</title>
  <!-- Two interlocking rings: leading (blue) and managing (amber), each passing over the other
       once. Made by data/icons/make-icons.py: change it there and run it again. -->
  <rect x="8" y="14" width="112" height="106" rx="26" fill="#cfc6b4"/>
  <rect x="8" y="8" width="112" height="108" rx="26" fill="#fbf8f1"/>
  <path d="{pa}" fill="none" stroke="{blue}" stroke-width="{w}" stroke-linecap="butt"/>
  <path d="{pb}" fill="none" stroke="{amber}" stroke-width="{w}" stroke-linecap="butt"/>
</svg>''')
else:
    r, w, g = 4, 1.6, 0.8
    ca, cb = (5.5, 8), (10.5, 8)
    pa, pb = rings(16, ca, cb, r, w, g)
    print(f'''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
  <title>Tandem</title>
  <path d="{pa}" fill="none" stroke="#2e3436" stroke-width="{w}"/>
  <path d="{pb}" fill="none" stroke="#2e3436" stroke-width="{w}"/>
</svg>''')
