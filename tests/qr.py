"""Reading a QR code back from the inline SVG a page carries, as a phone's camera would: the
SVG's path (segno draws each row's dark runs as `h` strokes) is turned into an image and
decoded by ZXing, a decoder that has nothing to do with the library that drew it."""

from __future__ import annotations

import re

import numpy as np
import zxingcpp
from bs4 import Tag

PIXELS = 6  # per module


def decode(svg: Tag) -> str:
    size = int(float(str(svg["width"])))
    path = svg.select_one("path")
    assert path is not None
    scale = float(re.search(r"scale\(([\d.]+)\)", str(path.get("transform", "scale(1)")))[1])  # type: ignore[index]
    modules = round(size / scale)
    dark = np.zeros((modules, modules), dtype=bool)
    x = y = 0.0
    for command, numbers in re.findall(r"([MmHh])([^MmHh]*)", str(path["d"])):
        values = [float(v) for v in re.findall(r"-?[\d.]+", numbers)]
        if command in "Mm":
            x, y = (values[0], values[1]) if command == "M" else (x + values[0], y + values[1])
        else:
            end = values[0] if command == "H" else x + values[0]
            dark[int(y), int(x) : int(end)] = True
            x = end
    image = np.where(dark, 0, 255).astype(np.uint8).repeat(PIXELS, 0).repeat(PIXELS, 1)
    found = zxingcpp.read_barcode(image)
    assert found is not None, "no QR code could be read"
    return str(found.text)
