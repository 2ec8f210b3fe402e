"""Testing your own CLOVA OCR code with the clova-ocr pytest plugin — copy this file to start.

Needs ``pip install 'clova-ocr[mock]' pytest``; the plugin is then active by itself. Run:
``pytest examples/test_with_clova_ocr_mock.py``. No account, no network, no port.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

from clova_ocr import AsyncClovaOCR, ClovaOCR, QuotaExceededError, ServerError
from clova_ocr_mock.testing import ClovaOCRMock


def blank_png(width: int = 320, height: int = 200) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, format="PNG")
    return buffer.getvalue()


# --- the code under test: yours takes a client, so tests can hand it the mock's ------------
def total_of_receipt(ocr: ClovaOCR, image: bytes) -> str | None:
    result = ocr.document.receipt(image, name="receipt.png")
    fields = result.to_dict()
    return fields.get("totalPrice.price")


# --- tests ----------------------------------------------------------------------------------
def test_receipt_total_is_read(
    clova_ocr_client: ClovaOCR, clova_ocr_mock_server: ClovaOCRMock
) -> None:
    total = total_of_receipt(clova_ocr_client, blank_png())

    assert total  # the mock's sample receipt has a total (recorded answers give the real one)
    [seen] = clova_ocr_mock_server.requests_for("receipt")
    assert seen.image_name == "receipt.png"
    assert seen.image == blank_png()  # the exact bytes your code uploaded
    assert seen.status_code == 200


@pytest.mark.clova_ocr(quota=1)
def test_code_copes_with_an_exhausted_quota(clova_ocr_client: ClovaOCR) -> None:
    clova_ocr_client.general(blank_png())
    with pytest.raises(QuotaExceededError):
        clova_ocr_client.general(blank_png())


@pytest.mark.clova_ocr(faults=True)
def test_server_errors_are_retried_then_raised(clova_ocr_mock_server: ClovaOCRMock) -> None:
    # Any client option works; X-Mock-Fault asks the mock for a failure (see faults.py).
    with (
        clova_ocr_mock_server.client(
            default_headers={"X-Mock-Fault": "0500"}, max_retries=1
        ) as ocr,
        pytest.raises(ServerError),
    ):
        ocr.general(blank_png())
    assert len(clova_ocr_mock_server.requests) == 2  # the first try and one retry


@pytest.mark.anyio  # or pytest-asyncio's marker: the fixture works with either
async def test_async_code(
    async_clova_ocr_client: AsyncClovaOCR, clova_ocr_mock_server: ClovaOCRMock
) -> None:
    result = await async_clova_ocr_client.general(blank_png(), lang="ko")

    assert result.text
    assert clova_ocr_mock_server.requests_for("general")[0].message["lang"] == "ko"
