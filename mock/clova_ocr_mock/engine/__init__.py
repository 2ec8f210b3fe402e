"""A real OCR engine behind the mock (``pip install 'clova-ocr[engine]'``).

:class:`TesseractRecognizer` reads uploads with Tesseract (through ``tesserocr``) and the
language data of the host (Debian: ``tesseract-ocr-kor`` …); ``tables`` finds ruled tables;
``documents`` turns recognised lines into Document OCR result trees by written rules.
Nothing here is imported by the mock unless a real recognizer is asked for.
"""

from .tesseract import TesseractRecognizer, tesseract_languages

__all__ = ["TesseractRecognizer", "tesseract_languages"]
