"""Every input kind, format sniffing, size limits, JSON vs multipart."""

from __future__ import annotations

import base64
import io
import json
import warnings
from pathlib import Path

import httpx
import pytest
from PIL import Image

from clova_ocr import FormatMismatchWarning, InputError
from clova_ocr._products import GENERAL

from .wrapper_helpers import (
    JPEG,
    PDF,
    PNG,
    TIFF,
    Recorder,
    make_client,
    multipart_parts,
    ok,
    stream,
)


def _sent_image(handler: Recorder) -> tuple[dict, bytes | None]:
    """(image entry of the message, bytes sent) of the last request, JSON or multipart."""
    request, body = handler.requests[-1], handler.bodies[-1]
    if request.headers["content-type"].startswith("application/json"):
        image = json.loads(body)["images"][0]
        data = base64.b64decode(image["data"]) if image.get("data") else None
        return image, data
    parts = multipart_parts(request, body)
    message = json.loads(parts["message"][1])
    return message["images"][0], parts["file"][1]


@pytest.mark.parametrize(
    ("data", "fmt"), [(PNG, "png"), (JPEG, "jpg"), (PDF, "pdf"), (TIFF, "tiff")]
)
def test_bytes_are_sniffed(data: bytes, fmt: str) -> None:
    handler = Recorder(ok())
    make_client(handler).general(data)
    image, sent = _sent_image(handler)
    assert image["format"] == fmt and sent == data


def test_path_str_pathlike_and_file_object(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(PNG)
    handler = Recorder(ok())
    ocr = make_client(handler)
    for given in (str(path), path, path.open("rb"), stream(PNG, "upload.png")):
        ocr.general(given)
        image, sent = _sent_image(handler)
        assert sent == PNG and image["format"] == "png"
    assert _sent_image(handler)[0]["name"] == "upload.png"


def test_file_object_stays_open_and_is_resent_whole_on_retry(tmp_path: Path) -> None:
    handler = Recorder(
        httpx.Response(500, json={"code": "0500", "message": "Unknown service error."}), ok()
    )
    file = stream(PNG)
    make_client(handler, upload="multipart").general(file)
    assert not file.closed
    assert [
        multipart_parts(r, b)["file"][1]
        for r, b in zip(handler.requests, handler.bodies, strict=True)
    ] == [
        PNG,
        PNG,
    ]


def test_paths_are_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "late.png"
    path.write_bytes(PNG)
    handler = Recorder(ok())
    ocr = make_client(handler)
    call = ocr._prepare(GENERAL, path, {})
    path.write_bytes(PNG + b"appended")  # changed after validation, before sending
    http = ocr._api.get_httpx_client()
    call.request(http)
    request, stream = call.request(http)
    body = request.read()
    if stream is not None:  # a small file is read whole into the body
        stream.close()
    assert int(request.headers["content-length"]) == len(body)  # sized when sent, not before
    assert base64.b64decode(json.loads(body)["images"][0]["data"]) == PNG + b"appended"


def test_url_is_sent_as_url() -> None:
    handler = Recorder(ok())
    make_client(handler).general("https://example.com/scans/receipt.JPG")
    image = json.loads(handler.bodies[-1])["images"][0]
    assert image == {
        "format": "jpg",
        "name": "receipt.JPG",
        "url": "https://example.com/scans/receipt.JPG",
    }


def test_url_without_extension_needs_format() -> None:
    with pytest.raises(InputError, match="format="):
        make_client(Recorder(ok())).general("https://example.com/image")
    handler = Recorder(ok())
    make_client(handler).general("https://example.com/image", format="PNG")
    assert json.loads(handler.bodies[-1])["images"][0]["format"] == "png"


def test_document_ocr_refuses_urls() -> None:
    with pytest.raises(InputError, match="Document OCR"):
        make_client(Recorder(ok())).document.receipt("https://example.com/r.jpg")


def test_pil_image_is_encoded_as_png() -> None:
    handler = Recorder(ok())
    make_client(handler).general(Image.new("RGB", (20, 10), "white"))
    image, sent = _sent_image(handler)
    assert image["format"] == "png"
    assert Image.open(io.BytesIO(sent)).size == (20, 10)


def test_extension_disagreeing_with_bytes_warns_and_bytes_win(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(JPEG)
    handler = Recorder(ok())
    with pytest.warns(FormatMismatchWarning, match="says png but the bytes are jpg"):
        make_client(handler).general(path)
    image, _ = _sent_image(handler)
    assert image["format"] == "jpg" and image["name"] == "photo.png"


def test_matching_extension_does_not_warn(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpeg"
    path.write_bytes(JPEG)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        make_client(Recorder(ok())).general(path)


@pytest.mark.parametrize(
    ("given", "match"),
    [
        (b"", "empty"),
        (b"GIF89a" + b"\x00" * 20, "not a JPEG, PNG, PDF or TIFF"),
        (12345, "cannot send a int"),
        ("/no/such/file.png", "no such file"),
    ],
)
def test_bad_inputs_are_rejected_before_uploading(given: object, match: str) -> None:
    handler = Recorder(ok())
    with pytest.raises(InputError, match=match):
        make_client(handler).general(given)
    assert handler.requests == []


def test_text_mode_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(PNG)
    with path.open("r", encoding="latin-1") as text_file, pytest.raises(InputError, match="'rb'"):
        make_client(Recorder(ok())).general(text_file)


def test_files_over_the_product_limit_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as f:
        f.write(PNG)
        f.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk
    handler = Recorder(ok())
    with pytest.raises(InputError, match="at most 50 MiB"):
        make_client(handler).general(path)
    assert handler.requests == []


def test_large_files_stream_as_multipart_small_ones_go_as_json(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(PNG + b"\x00" * (2 * 1024 * 1024))
    handler = Recorder(ok())
    ocr = make_client(handler)
    ocr.general(big)
    request = handler.requests[-1]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = multipart_parts(request, handler.bodies[-1])
    assert parts["message"][0]["Content-Type"] == "application/json"
    assert 'filename="big.png"' in parts["file"][0]["Content-Disposition"]
    assert parts["file"][0]["Content-Type"] == "image/png"
    assert parts["file"][1] == big.read_bytes()
    ocr.general(PNG)
    assert handler.requests[-1].headers["content-type"] == "application/json"


def test_upload_mode_can_be_forced() -> None:
    handler = Recorder(ok())
    ocr = make_client(handler)
    ocr.general(PNG, upload="multipart")
    assert handler.requests[-1].headers["content-type"].startswith("multipart/form-data")
    with pytest.raises(InputError, match="multipart"):
        ocr.general("https://example.com/a.png", upload="multipart")


def test_request_options_reach_the_message() -> None:
    handler = Recorder(ok())
    ocr = make_client(handler)
    ocr.general(PNG, lang="ko,ja", tables=True, version="V1")
    message = handler.json_body()
    assert message["lang"] == "ko,ja" and message["enableTableDetection"] is True
    assert message["version"] == "V1" and isinstance(message["timestamp"], int)
    ocr.template(PNG, template_ids=[39, 40])
    assert handler.json_body()["images"][0]["templateIds"] == [39, 40]
    assert handler.requests[-1].url.path.endswith("/infer")
    with pytest.raises(InputError, match="V2"):
        ocr.general(PNG, version="V3")  # type: ignore[typeddict-item]
    with pytest.raises(TypeError, match="unexpected options: version"):
        ocr.document.receipt(PNG, version="V1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="template_ids"):
        ocr.general(PNG, template_ids=[1])  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "base",
    [
        "https://abc.apigw.ntruss.com/custom/v1/123/" + "k" * 64,
        "https://abc.apigw.ntruss.com/custom/v1/123/key/",  # a trailing slash
        "http://127.0.0.1:8080/custom/v1/1/k%2Fey",  # percent-encoded, a port
    ],
)
@pytest.mark.parametrize("path", ["/general", "/document/credit-card"])
def test_the_product_url_is_the_one_httpx_merges_parsed_once(base: str, path: str) -> None:
    """Requests go to an absolute URL built once per base and path (httpx re-parses a
    relative one on every request): it must be the URL httpx itself would merge."""
    from clova_ocr._call import _absolute

    with httpx.Client(base_url=base) as http:
        assert _absolute(http.base_url, path) == http.build_request("POST", path).url
        assert _absolute(http.base_url, path) is _absolute(http.base_url, path)
