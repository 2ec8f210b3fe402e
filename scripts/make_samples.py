"""Draw the sample images ``clova-ocr demo`` ships (run once; the PNGs are committed).

    .venv/bin/python scripts/make_samples.py

A till receipt and a page with a ruled table, in Pillow's built-in font, saved as small
two-colour PNGs in wrapper/clova_ocr/samples/.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "wrapper" / "clova_ocr" / "samples"


def receipt() -> Image.Image:
    image = Image.new("L", (320, 420), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=14)
    lines = [
        ("CLOVA MART", None),
        ("Seoul, Jung-gu, Sejong-daero 110", None),
        ("TEL 02-1234-5678", None),
        ("2024-05-17 13:42", None),
        ("", None),
        ("Americano", "4,500"),
        ("Croissant", "3,800"),
        ("Orange juice x2", "9,000"),
        ("Bottled water", "1,000"),
        ("", None),
        ("TOTAL", "18,300"),
        ("CARD  **** **** **** 1234", None),
        ("", None),
        ("Thank you!", None),
    ]
    y = 20
    for left, right in lines:
        draw.text((20, y), left, fill=0, font=font)
        if right:
            draw.text((300, y), right, fill=0, font=font, anchor="ra")
        y += 26
    draw.line((20, 150, 300, 150), fill=0)
    draw.line((20, 272, 300, 272), fill=0)
    return image


def table_page() -> Image.Image:
    image = Image.new("L", (480, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=14)
    draw.text((20, 16), "Quarterly sales (units)", fill=0, font=font)
    rows = [
        ("Region", "Q1", "Q2", "Q3"),
        ("Seoul", "120", "135", "150"),
        ("Busan", "80", "95", "90"),
        ("Incheon", "60", "72", "81"),
        ("Total", "260", "302", "321"),
    ]
    columns = (20, 180, 280, 380, 460)
    top, height = 50, 40
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            draw.text((columns[c] + 8, top + r * height + 12), cell, fill=0, font=font)
    for r in range(len(rows) + 1):
        draw.line((columns[0], top + r * height, columns[-1], top + r * height), fill=0, width=2)
    for x in columns:
        draw.line((x, top, x, top + len(rows) * height), fill=0, width=2)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, image in (("receipt.png", receipt()), ("table.png", table_page())):
        image.convert("1").save(OUT / name, optimize=True)
        print(OUT / name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
