"""``clova-ocr demo``: the batch path end to end against an in-process mock, offline.

Starts the mock on a loopback port (random secret), OCRs the bundled samples (a receipt and
a page with a ruled table) with General OCR, tables on, into a folder with every ``--save``
kind, reads the receipt with Document OCR too, and prints the text and where the files are.
"""

from __future__ import annotations

import asyncio
import functools
import secrets
import tempfile
from pathlib import Path

import click

from ._cli_batch import emit
from ._client import AsyncClovaOCR
from .batch.engine import BatchItem
from .batch.folder import OutputFolder
from .batch.inputs import Source, expand
from .batch.run import Summary, run_batch
from .batch.saves import SAVE_KINDS
from .batch.secrets import Scrubber

SAMPLES = Path(__file__).resolve().parent / "samples"


async def _ocr(invoke_url: str, secret: str, out: Path) -> list[Summary]:
    sources = expand([str(SAMPLES)], stdin=None, allow_urls=False)
    receipt = [Source(str(SAMPLES / "receipt.png"), "receipt.png")]
    summaries = []
    async with AsyncClovaOCR(invoke_url=invoke_url, secret=secret) as client:
        scrub = Scrubber.for_client(client)
        for product, where, inputs, options in (
            ("general", out / "general", sources, {"tables": True}),
            ("receipt", out / "receipt", receipt, {}),
        ):
            with OutputFolder(where, product, scrub) as folder:
                summaries.append(
                    await run_batch(
                        client,
                        inputs,
                        product,
                        out=folder,
                        saves=SAVE_KINDS,
                        options=options,
                        on_item=functools.partial(_show, product=product),
                    )
                )
    return summaries


def _show(source: Source, item: BatchItem, product: str) -> None:
    result = item.result
    click.secho(f"\n== {source.key} ({product}) ==", bold=True)
    if result is None:
        click.echo(f"failed: {item.error}")
        return
    emit(result, as_json=False)


def run_demo(out: Path | None) -> int:
    """Run the demo; returns the exit code."""
    try:
        from clova_ocr_mock import running
    except ImportError as exc:
        click.echo(
            f"the demo runs the local mock, which needs: pip install 'clova-ocr[mock]' ({exc})",
            err=True,
        )
        return 2
    target = out or Path(tempfile.mkdtemp(prefix="clova-ocr-demo-"))
    secret = secrets.token_urlsafe(16)
    with running(secret=secret) as invoke_url:
        click.echo("A CLOVA OCR mock is running in this process on a loopback port;")
        click.echo("its text is synthetic (the mock does not read images).")
        summaries = asyncio.run(_ocr(invoke_url, secret, target))
    click.secho("\nFiles written:", bold=True)
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        click.echo(f"  {path}")
    click.echo(
        f"\nAnswers are the service's JSON; index.jsonl lists them. Try: clova-ocr general "
        f"{SAMPLES} --out {target / 'again'} (with CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET set)."
    )
    failed = sum(s.failed for s in summaries)
    return 1 if failed else 0
