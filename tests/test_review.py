"""The batch's --checks/--review-below/--redact and `clova-ocr review`, end to end.

A batch of the mock's documents (receipts, ID cards, General scans; some spoiled through the
mock's ``invalid-*``/``low-confidence``/``pii`` name tokens) runs through the real CLI against
``clova-ocr mock serve --allow-faults`` in a subprocess. With ``--redact`` every byte written
(answers, index, errors, checks, review, --save files, review page) is scanned for the unmasked
values the same batch reads without it. The review page is then driven in Debian's chromium
(the docs tests' set-up): no console error, nothing fetched, filters and keys work, and a
correction round-trips through ``corrections.jsonl`` to ``review --accuracy``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from click.testing import CliRunner, Result
from PIL import Image, ImageDraw

from clova_ocr import OCRResult
from clova_ocr.cli import main
from clova_ocr_mock.spoilers import PII_LINE

from .mock_helpers import serving
from .test_docs import browser_context  # noqa: F401 (the docs tests' chromium, reused)

SECRET = "review-secret-Kq27"
SCREENSHOTS = Path(__file__).resolve().parent / "_output" / "review"
REDACT = "rrn,card,bizno,phone,passport"
BATCHES = {
    "receipts": (
        ["document", "receipt"],
        ["shop-a", "shop-b.invalid-total", "shop-c.invalid-bizno", "shop-d.low-confidence"],
    ),
    "ids": (["document", "id-card"], ["kim", "lee.invalid-rrn"]),
    "passports": (["document", "passport"], ["park", "choi.invalid-mrz"]),
    "cards": (["document", "credit-card"], ["card.invalid-card"]),
    "scans": (["general"], ["letter.pii", "memo"]),
}


@pytest.fixture(scope="module")
def env() -> Iterator[dict[str, str]]:
    with serving("--secret", SECRET, "--allow-faults") as invoke_url:
        yield {"CLOVA_OCR_INVOKE_URL": invoke_url, "CLOVA_OCR_SECRET": SECRET}


def cli(args: list[str], env: dict[str, str]) -> Result:
    return CliRunner().invoke(main, args, env=env)


def inputs(root: Path) -> Path:
    for batch, (_, names) in BATCHES.items():
        for name in names:
            path = root / batch / f"{name}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            picture = Image.new("RGB", (640, 480), "white")
            ImageDraw.Draw(picture).text((20, 20), name, fill="black")
            picture.save(path)
    (root / "broken.png").write_bytes(BROKEN_PNG)
    return root


#: URL inputs with a resident number in their path: one answered (its index line names it),
#: one refused by the SDK (its errors.jsonl line and message name it); and a file the service
#: cannot read (answered with inferResult ERROR: needs review). All go with the scans.
PII_URL = "http://127.0.0.1:9/scans/901010-1234567.png"
PII_BAD_URL = "http://127.0.0.1:9/scans/901010-1234567.gif"
BROKEN_PNG = b"\x89PNG\r\n\x1a\n" + b"not really a png" * 4


def run_batches(images: Path, out: Path, env: dict[str, str], *extra: str) -> None:
    for batch, (command, _) in BATCHES.items():
        more = [PII_URL, PII_BAD_URL, str(images / "broken.png")] if batch == "scans" else []
        args = [*command, str(images / batch), *more, "--out", str(out / batch), *extra]
        result = cli(args, env)
        assert result.exit_code == (1 if more else 0), result.output


@pytest.fixture(scope="module")
def folders(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("review")
    images = inputs(root / "in")
    plain, redacted = root / "plain", root / "redacted"
    trust = ["--checks", "--review-below", "0.8", "--save", "text,csv,tsv,png"]
    run_batches(images, plain, env, *trust)
    run_batches(images, redacted, env, *trust, "--redact", REDACT)
    for folder in (plain, redacted):
        result = cli(["review", str(folder), "--images", str(images)], env)
        assert result.exit_code == 0, result.output
    return {"images": images, "plain": plain, "redacted": redacted}


def personal_values(plain: Path) -> set[str]:
    """Every personal number the unredacted run wrote (as read and as formatted)."""
    values = {text.split(" ", 1)[1] for text in PII_LINE} | {PII_URL, PII_BAD_URL}
    for answer in plain.rglob("*.json"):
        result = OCRResult.open(answer)
        for item in getattr(result, "fields", []):
            key = getattr(item, "key", "")
            if key.rsplit(".", 1)[-1] in ("bizNum", "tel", "personalNum", "num", "mrz2"):
                values |= {item.text, item.value}
    values |= {v.replace("-", "") for v in values}
    return {v for v in values if len(v) >= 8 and "*" not in v}


# ------------------------------------------------------------------------------ batch
def test_checks_and_review_lines_name_the_failed_inputs(folders: dict[str, Path]) -> None:
    plain = folders["plain"]
    failed: dict[str, set[str]] = {}
    for path in plain.rglob("checks.jsonl"):
        for line in path.read_text().splitlines():
            entry = json.loads(line)
            failed[entry["input"]] = {c["name"] for c in entry["checks"] if c["status"] == "fail"}
    assert failed["shop-a.png"] == failed["kim.png"] == failed["park.png"] == set()
    assert failed["shop-b.invalid-total.png"] == {"receipt_total"}
    assert failed["shop-c.invalid-bizno.png"] == {"bizno"}
    assert failed["lee.invalid-rrn.png"] == {"rrn_format"}
    assert failed["choi.invalid-mrz.png"] == {"mrz"}
    assert failed["card.invalid-card.png"] == {"card_luhn"}
    review = {
        json.loads(line)["input"]: json.loads(line)
        for path in plain.rglob("review.jsonl")
        for line in path.read_text().splitlines()
    }
    flagged = {name for name, entry in review.items() if entry["needs_review"]}
    assert flagged == {
        "shop-b.invalid-total.png",
        "shop-c.invalid-bizno.png",
        "shop-d.low-confidence.png",
        "lee.invalid-rrn.png",
        "choi.invalid-mrz.png",
        "card.invalid-card.png",
        "broken.png",
    }
    assert review["broken.png"]["reasons"] == ["1 page(s) not read"]
    assert review["shop-d.low-confidence.png"]["low_confidence"]


def test_redact_writes_no_unmasked_value_anywhere(folders: dict[str, Path]) -> None:
    values = personal_values(folders["plain"])
    assert len(values) >= 12, values
    plain_bytes = b"".join(p.read_bytes() for p in folders["plain"].rglob("*") if p.is_file())
    assert all(v.encode() in plain_bytes for v in values if "-" in v)  # the scan can see them
    assert b"901010-1234567" in (folders["plain"] / "scans" / "errors.jsonl").read_bytes()
    written = [p for p in folders["redacted"].rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"index.jsonl", "errors.jsonl", "checks.jsonl", "review.jsonl", "review.html"} <= names
    assert any(n.endswith(".boxes.png") for n in names) and any(n.endswith(".txt") for n in names)
    for path in written:
        data = path.read_bytes()
        for value in values:
            assert value.encode() not in data, (path, value)
            assert json.dumps(value).encode() not in data, (path, value)
    text = (folders["redacted"] / "scans" / "letter.pii.png.txt").read_text()
    assert "901010-1******" in text and "4111-11**-****-1111" in text
    answers = [OCRResult.open(p) for p in folders["redacted"].rglob("*.png.json")]
    # + broken.png; the URL's answer is urls/<hash>.json
    assert len(answers) == sum(len(names) for _, names in BATCHES.values()) + 1
    index = (folders["redacted"] / "scans" / "index.jsonl").read_text()
    assert "901010-1******.png" in index
    errors = (folders["redacted"] / "scans" / "errors.jsonl").read_text()
    assert "901010-1******.gif" in errors
    entry = json.loads((folders["redacted"] / "ids" / "index.jsonl").read_text().splitlines()[0])
    assert entry["redacted"] == sorted(REDACT.split(","))


def test_redacted_pictures_are_filled_where_the_values_were(folders: dict[str, Path]) -> None:
    answer = OCRResult.open(folders["redacted"] / "scans" / "letter.pii.png.json")
    word = next(w for w in answer.words if w.text == "901010-1******")
    left, top, right, bottom = word.polygon.bbox or (0.0, 0.0, 0.0, 0.0)
    centre = (int((left + right) / 2), int((top + bottom) / 2))
    redacted = Image.open(folders["redacted"] / "scans" / "letter.pii.png.boxes.png")
    plain = Image.open(folders["plain"] / "scans" / "letter.pii.png.boxes.png")
    assert redacted.convert("RGB").getpixel(centre) == (0, 0, 0)
    assert plain.convert("RGB").getpixel(centre) != (0, 0, 0)


def test_usage_errors_are_one_line(env: dict[str, str], tmp_path: Path) -> None:
    image = inputs(tmp_path / "in") / "scans" / "memo.png"
    bad = cli(["general", str(image), "--out", str(tmp_path / "o"), "--redact", "rrn,iban"], env)
    assert bad.exit_code == 2 and "unknown kind iban" in bad.output
    no_out = cli(["general", str(image), "--checks"], env)
    assert no_out.exit_code == 2 and "give --out DIR too" in no_out.output
    empty = cli(["review", str(tmp_path)], env)
    assert empty.exit_code == 2 and "no answers" in empty.output
    missing = cli(["review", "--accuracy", str(tmp_path)], env)
    assert missing.exit_code == 2 and "corrections.jsonl" in missing.output


# ------------------------------------------------------------------------------ the page
class Visit:
    """A page opened from disk: console errors and any request that is not the page itself."""

    def __init__(self, context: Any) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if urlparse(url).scheme not in ("file", "data", "blob"):
            self.requests.append(url)
            route.abort()
        else:
            route.continue_()

    def shown(self) -> list[str]:
        return [t.split("\n")[0] for t in self.page.locator("#list li").all_inner_texts()]


def test_review_page_offline_filters_keys_and_a_correction_round_trip(
    folders: dict[str, Path],
    browser_context: Any,  # noqa: F811
    env: dict[str, str],
) -> None:
    out = folders["redacted"]
    visit = Visit(browser_context)
    page = visit.page
    page.goto((out / "review.html").as_uri(), wait_until="load")
    everything = visit.shown()
    assert len(everything) == sum(len(names) for _, names in BATCHES.values()) + 2
    assert "http://127.0.0.1:9/scans/901010-1******.png" in everything
    assert page.locator("#detail img").count() == 1  # the picture, inline
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review-page.png"))

    page.select_option("#filter-status", "review")
    flagged = visit.shown()
    assert 0 < len(flagged) < len(everything) and "shop-a.png" not in flagged
    assert "shop-d.low-confidence.png" in flagged
    page.select_option("#filter-status", "check")
    assert "shop-d.low-confidence.png" not in visit.shown()
    assert "shop-c.invalid-bizno.png" in visit.shown()
    page.select_option("#filter-status", "all")
    page.select_option("#filter-product", "receipt")
    receipts = visit.shown()
    assert sorted(receipts) == sorted(f"{n}.png" for n in BATCHES["receipts"][1])
    page.screenshot(path=str(SCREENSHOTS / "review-filtered.png"))

    title = page.locator("#detail h2")
    first = title.inner_text()
    page.locator("#detail").focus()
    page.keyboard.press("j")
    assert title.inner_text() != first and title.inner_text() == receipts[1]
    page.keyboard.press("k")
    assert title.inner_text() == first

    page.keyboard.press("e")  # edit the first field of the first receipt
    field = page.locator("#detail input").first
    key = field.get_attribute("data-key")
    read = field.input_value()
    field.fill(read + " (corrected)")
    field.press("Tab")
    page.keyboard.press("Escape")
    page.locator("#detail").focus()
    page.keyboard.press("j")
    page.keyboard.press("r")  # second receipt: reviewed, nothing changed
    with page.expect_download() as download:
        page.click("#download")
    assert download.value.suggested_filename == "corrections.jsonl"
    saved = out / "corrections.jsonl"
    download.value.save_as(saved)
    page.close()
    assert not visit.errors, visit.errors
    assert not visit.requests, visit.requests

    lines = [json.loads(line) for line in saved.read_text().splitlines()]
    assert {line["input"] for line in lines} == set(receipts[:2])
    corrected = [line for line in lines if line["read"] != line["corrected"]]
    assert corrected == [
        {
            "input": receipts[0],
            "answer": corrected[0]["answer"],
            "product": "receipt",
            "field": key,
            "read": read,
            "corrected": read + " (corrected)",
        }
    ]
    report = cli(["review", "--accuracy", str(out)], env)
    assert report.exit_code == 0, report.output
    rows = {line.split()[0]: line.split()[1:] for line in report.output.splitlines()[1:]}
    group = re.sub(r"\[\d+\]", "", str(key))
    assert rows[group] == ["2", "1", "50.0%"], report.output
    assert rows["all"][0] == str(len(lines))
