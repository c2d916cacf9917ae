"""Makes hsl-oracle.txt: hue (in sixths of a turn), saturation and lightness of the palette and of
colours users give, from Python's colorsys, the oracle for Color.hsl and Color(hue:saturation:lightness:).

Run: python3 hsl-oracle.py > hsl-oracle.txt
"""
import colorsys

colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#9ecae1", "#1a1a1a", "#f0e442", "#7f3fbf"]
for hex_ in colours:
    r, g, b = (int(hex_[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    print(f"{hex_} {h * 6:.9f} {s:.9f} {l:.9f}")
