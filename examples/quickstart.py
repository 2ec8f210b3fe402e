"""Quickstart: OCR the bundled sample image against the local CLOVA OCR mock.

No cloud account needed: the mock runs in this process on a loopback port. Against the real
service, drop the ``running(...)`` block and pass your own Invoke URL and secret (or set
CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET).

    python examples/quickstart.py                          # synthetic mock words
    python examples/quickstart.py --recognizer tesseract   # real OCR (pip install '.[engine]')
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clova_ocr import AuthenticationError, ClovaOCR
from clova_ocr_mock import MockSettings, Recognizer, SyntheticRecognizer, running

SAMPLE = Path(__file__).with_name("sample-receipt.png")
SECRET = "quickstart-secret"


def recognizer(name: str) -> Recognizer:
    if name == "tesseract":
        from clova_ocr_mock.engine import TesseractRecognizer

        return TesseractRecognizer()
    return SyntheticRecognizer()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recognizer", choices=["synthetic", "tesseract"], default="synthetic")
    args = parser.parse_args()
    settings = MockSettings(secret=SECRET, recognizer=recognizer(args.recognizer))
    with running(settings) as invoke_url:
        print(f"mock CLOVA OCR at {invoke_url}\n")

        with ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
            result = ocr.general(SAMPLE, lang="ko", tables=True)
            page = result.pages[0]
            kind = "read by Tesseract" if args.recognizer == "tesseract" else "synthetic words"
            print(f"== text of {SAMPLE.name} ({page.width}x{page.height} px; {kind})")
            print(result.text)
            print("\n== lines (text, confidence, box)")
            for line in result.lines:
                print(f"{line.text!r:45} {line.confidence:.3f} {line.polygon.bbox}")
            if result.tables:  # the sample has no ruled table; the synthetic mock makes one up
                print("\n== first table as CSV")
                print(result.tables[0].to_csv())
            if args.recognizer == "tesseract":  # Document OCR fields read off the same image
                receipt = ocr.document.receipt(SAMPLE)
                print("\n== the sample as a receipt (Document OCR): field → formatted value")
                for key, value in receipt.to_dict().items():
                    print(f"{key:40} {value}")
                print()

        print("== the same call with a wrong secret")
        with ClovaOCR(invoke_url=invoke_url, secret="not-the-secret") as wrong:
            try:
                wrong.general(SAMPLE)
            except AuthenticationError as error:
                print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
