"""The mock: every error reachable, the variants real clients send, spec-valid answers."""

from __future__ import annotations

import base64
import json
import time

import pytest

from clova_ocr import signature_v2
from clova_ocr_mock import MockSettings, create_app
from clova_ocr_mock.products import products

from .mock_helpers import BASE, SECRET, client, jpeg, json_body, message, pdf, png, tiff
from .spec_tools import schema_named
from .spec_tools import strict_errors as schema_errors  # unknown keys refused

#: Each route → the schema of its 200 answer, as ``products.py`` reads it from the spec: a
#: product added there is exercised here without a line of this file changing.
RESPONSE_SCHEMA = {route: product.response_schema for route, product in products().items()}


def _engine_error(response, code: str, status: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    assert schema_errors(schema_named("OcrError"), body) == []
    assert body["path"] == response.request.url.path and len(body["traceId"]) == 32


@pytest.mark.parametrize("product", list(RESPONSE_SCHEMA))
@pytest.mark.parametrize("version", ["V1", "V2"])
def test_every_product_answers_valid_json_and_multipart(product: str, version: str) -> None:
    if product.startswith("document") and version == "V1":
        return
    api = client()
    image = png()
    answers = [
        api.post(f"{BASE}/{product}", json=json_body(image, version=version)),
        api.post(
            f"{BASE}/{product}",
            files={
                "message": (None, json.dumps(message(version=version)), "application/json"),
                "file": ("sample.png", image, "image/png"),
            },
        ),
    ]
    for response in answers:
        assert response.status_code == 200, response.text
        body = response.json()
        assert schema_errors(schema_named(RESPONSE_SCHEMA[product]), body) == []
        assert body["requestId"] == "req-1" and body["version"] == version
        result = body["images"][0]
        assert result["name"] == "sample" and result["inferResult"] == "SUCCESS"
        assert len(result["uid"]) == 32


def test_general_answer_reflects_the_real_image() -> None:
    body = (
        client()
        .post(f"{BASE}/general", json=json_body(png(640, 480), enableTableDetection=True))
        .json()
    )
    image = body["images"][0]
    assert image["convertedImageInfo"] == {
        "width": 640,
        "height": 480,
        "pageIndex": 0,
        "longImage": False,
    }
    assert image["fields"][-1]["lineBreak"] is True
    for field in image["fields"]:
        for vertex in field["boundingPoly"]["vertices"]:
            assert 0 <= vertex["x"] <= 640 and 0 <= vertex["y"] <= 480
    assert " ".join(f["inferText"] for f in image["fields"][:3]) == "CLOVA OCR MOCK"
    assert image["tables"][0]["cells"]
    v1 = client().post(f"{BASE}/general", json=json_body(png(), version="V1")).json()["images"][0]
    assert "convertedImageInfo" not in v1 and "lineBreak" not in v1["fields"][0]


def test_answers_are_deterministic_for_the_same_bytes() -> None:
    api = client()
    first = api.post(f"{BASE}/general", json=json_body(png(100, 100, "red"))).json()["images"][0]
    second = api.post(f"{BASE}/general", json=json_body(png(100, 100, "red"))).json()["images"][0]
    other = api.post(f"{BASE}/general", json=json_body(png(100, 100, "blue"))).json()["images"][0]
    assert first["fields"] == second["fields"]
    assert first["uid"] != second["uid"]
    assert [f["inferText"] for f in first["fields"]] != [f["inferText"] for f in other["fields"]]


@pytest.mark.parametrize(
    ("data", "fmt", "pages", "size"),
    [
        (jpeg(300, 200), "jpg", 1, (300, 200)),
        (tiff(2), "tiff", 2, (200, 100)),
        (pdf(3), "pdf", 3, (1240, 1754)),
    ],
)
def test_pages_and_sizes_are_read_from_the_bytes(
    data: bytes, fmt: str, pages: int, size: tuple[int, int]
) -> None:
    body = client().post(f"{BASE}/general", json=json_body(data, fmt)).json()
    assert [i["convertedImageInfo"]["pageIndex"] for i in body["images"]] == list(range(pages))
    first = body["images"][0]["convertedImageInfo"]
    assert (first["width"], first["height"]) == size


@pytest.mark.parametrize(
    ("product", "data", "message_part"),
    [
        ("general", b"definitely not an image", "Failed to decode image"),
        ("general", pdf(11), "page count exceeds"),
        ("document/receipt", pdf(2), "single page"),
    ],
)
def test_unusable_images_answer_200_with_infer_error(
    product: str, data: bytes, message_part: str
) -> None:
    response = client().post(f"{BASE}/{product}", json=json_body(data, "pdf"))
    assert response.status_code == 200
    image = response.json()["images"][0]
    assert image["inferResult"] == "ERROR" and message_part in image["message"]


def test_invalid_base64_is_an_image_error_not_a_crash() -> None:
    body = message()
    body["images"][0]["data"] = "***not base64***"
    image = client().post(f"{BASE}/general", json=body).json()["images"][0]
    assert image["inferResult"] == "ERROR" and "base64" in image["message"]


def test_url_images_are_accepted_without_downloading() -> None:
    body = message("jpg")
    body["images"][0]["url"] = "https://www.ncloud.com/ocr-test/test.jpg"
    image = client().post(f"{BASE}/general", json=body).json()["images"][0]
    assert image["inferResult"] == "SUCCESS" and image["convertedImageInfo"]["width"] == 1240


@pytest.mark.parametrize("variant", ["plain-field", "json-part", "json-file"])
def test_multipart_message_variants_real_clients_send(variant: str) -> None:
    text = json.dumps(message())
    part = {
        "plain-field": (None, text),
        "json-part": (None, text, "application/json"),
        "json-file": ("message.json", text.encode(), "application/json"),
    }[variant]
    response = client().post(
        f"{BASE}/general",
        files={"message": part, "file": ("a.png", png(), "application/octet-stream")},
    )
    assert response.status_code == 200 and response.json()["images"][0]["inferResult"] == "SUCCESS"


def test_request_variants_from_the_reference_are_accepted() -> None:
    body = json_body(
        png(), "PNG", enableTableDetection="false", lang="ko, ja, zh-TW", resultType="string"
    )
    body["images"][0]["url"] = None
    body["images"][0]["date"] = "extra"
    api = client()
    assert api.post(f"{BASE}/general", json=body).status_code == 200
    raw = json.dumps(json_body(png())).encode()
    assert api.post(f"{BASE}/document/id-card", content=raw).status_code == 200  # no Content-Type
    gov = api.post("/external/v1/12345/db6abc/general", json=json_body(png()))
    assert gov.status_code == 200


def test_unknown_product_path_is_0001() -> None:
    _engine_error(client().post(f"{BASE}/generl", json=json_body(png())), "0001", 400)
    _engine_error(
        client().post(f"{BASE}/document/no-such-product", json=json_body(png())), "0001", 400
    )


def test_missing_or_wrong_secret_is_0002() -> None:
    api = client()
    _engine_error(
        api.post(f"{BASE}/general", json=json_body(png()), headers={"X-OCR-SECRET": "nope"}),
        "0002",
        401,
    )
    del api.headers["X-OCR-SECRET"]
    _engine_error(api.post(f"{BASE}/general", json=json_body(png())), "0002", 401)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        json.dumps({"version": "V2"}).encode(),
        json.dumps(message()).encode(),  # neither data nor url
        # data and url both null: the schema allows it, the mock's own rule refuses it
        json.dumps(
            {**message(), "images": [{"format": "png", "name": "n", "url": None, "data": None}]}
        ).encode(),
        json.dumps({**json_body(png()), "images": []}).encode(),
        json.dumps(json_body(png(), "gif")).encode(),
        json.dumps(json_body(png(), lang="fr")).encode(),
        b"[]",
    ],
)
def test_bad_bodies_are_0011(body: bytes) -> None:
    _engine_error(
        client().post(
            f"{BASE}/general", content=body, headers={"content-type": "application/json"}
        ),
        "0011",
        400,
    )


def test_bad_multipart_is_0011() -> None:
    api = client()
    _engine_error(api.post(f"{BASE}/general", files={"file": ("a.png", png())}), "0011", 400)
    _engine_error(
        api.post(f"{BASE}/general", files={"message": (None, "{}"), "file": ("a.png", png())}),
        "0011",
        400,
    )
    _engine_error(
        api.post(
            f"{BASE}/general",
            content=b"--x\r\ngarbage",
            headers={"content-type": "multipart/form-data; boundary=x"},
        ),
        "0011",
        400,
    )


def test_unsupported_version_is_0021() -> None:
    api = client()
    _engine_error(api.post(f"{BASE}/general", json=json_body(png(), version="V3")), "0021", 400)
    _engine_error(
        api.post(f"{BASE}/document/receipt", json=json_body(png(), version="V1")), "0021", 400
    )


def test_product_the_domain_does_not_serve_is_0022() -> None:
    _engine_error(
        client(products=("general",)).post(f"{BASE}/infer", json=json_body(png())), "0022", 400
    )


def test_quota_is_0023() -> None:
    api = client(quota=2)
    assert api.post(f"{BASE}/general", json=json_body(png())).status_code == 200
    assert api.post(f"{BASE}/general", json=json_body(png())).status_code == 200
    _engine_error(api.post(f"{BASE}/general", json=json_body(png())), "0023", 400)


def test_rate_limit_is_0025_and_recovers() -> None:
    api = client(rate_limit=2)
    statuses = [api.post(f"{BASE}/general", json=json_body(png())).status_code for _ in range(3)]
    assert statuses[:2] == [200, 200]
    _engine_error(api.post(f"{BASE}/general", json=json_body(png())), "0025", 400)
    time.sleep(1.05)
    assert api.post(f"{BASE}/general", json=json_body(png())).status_code == 200


def test_table_detection_disabled_is_0028() -> None:
    api = client(table_detection=False)
    _engine_error(
        api.post(f"{BASE}/general", json=json_body(png(), enableTableDetection=True)), "0028", 400
    )
    _engine_error(
        api.post(f"{BASE}/general", json=json_body(png(), enableTableDetection="true")), "0028", 400
    )
    assert (
        api.post(f"{BASE}/general", json=json_body(png(), enableTableDetection="false")).status_code
        == 200
    )


def test_no_deployed_template_is_1021() -> None:
    _engine_error(client(templates=False).post(f"{BASE}/infer", json=json_body(png())), "1021", 500)


def test_unknown_routes_are_gateway_404_and_other_methods_405() -> None:
    api = client()
    response = api.post("/somewhere/else", json={})
    assert response.status_code == 404 and response.json()["error"]["errorCode"] == "300"
    assert response.headers["x-ncp-apigw-response-origin"] == "APIGW"
    assert api.post("/foo/v1/1/k/general", json={}).status_code == 404
    response = api.get(f"{BASE}/general")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_oversized_body_gets_the_gateway_413() -> None:
    response = client(max_body_bytes=1000).post(f"{BASE}/general", json=json_body(png()))
    assert response.status_code == 413 and response.json()["error"]["errorCode"] == "430"


class _Clock:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def _signed(
    path: str, timestamp: int, access_key: str = "AK", secret_key: str = "SK"
) -> dict[str, str]:
    return {
        "x-ncp-apigw-timestamp": str(timestamp),
        "x-ncp-iam-access-key": access_key,
        "x-ncp-apigw-signature-v2": signature_v2(
            "POST", path, str(timestamp), access_key, secret_key
        ),
    }


def test_gateway_signature_is_verified_with_a_five_minute_window() -> None:
    clock = _Clock(1_700_000_000_000)
    api = client(access_key="AK", gateway_secret_key="SK", clock=clock)
    path = f"{BASE}/general"
    assert (
        api.post(
            path, json=json_body(png()), headers=_signed(path, clock.now - 299_000)
        ).status_code
        == 200
    )
    cases = {
        "missing": {},
        "stale": _signed(path, clock.now - 301_000),
        "future": _signed(path, clock.now + 301_000),
        "wrong key": _signed(path, clock.now, secret_key="other"),
        "other access key": _signed(path, clock.now, access_key="AK2"),
        "other path": _signed(f"{BASE}/infer", clock.now),
    }
    for name, headers in cases.items():
        response = api.post(path, json=json_body(png()), headers=headers)
        assert response.status_code == 401, name
        assert response.json()["error"]["errorCode"] == "200", name
    assert "missing" in api.post(path, json=json_body(png())).json()["error"]["details"]


def test_signature_is_checked_before_the_secret() -> None:
    api = client(access_key="AK", gateway_secret_key="SK")
    response = api.post(f"{BASE}/general", json=json_body(png()), headers={"X-OCR-SECRET": "wrong"})
    assert response.status_code == 401 and "error" in response.json()


@pytest.mark.parametrize(
    ("fault", "status", "check"),
    [
        ("0500", 500, lambda r: r.json()["code"] == "0500"),
        ("0501", 500, lambda r: r.json()["code"] == "0501"),
        (
            "gateway-429",
            429,
            lambda r: r.headers["retry-after"] == "1" and r.json()["error"]["errorCode"] == "410",
        ),
        ("gateway-503", 503, lambda r: r.json()["error"]["errorCode"] == "500"),
        ("gateway-504", 504, lambda r: r.json()["error"]["errorCode"] == "510"),
        ("html-502", 502, lambda r: r.headers["content-type"].startswith("text/html")),
        ("empty-500", 500, lambda r: r.content == b""),
        ("truncated", 200, lambda r: r.content.startswith(b'{"version"')),
        ("slow-50", 200, lambda r: r.json()["images"][0]["inferResult"] == "SUCCESS"),
    ],
)
def test_fault_injection(fault: str, status: int, check) -> None:
    response = client(allow_faults=True).post(
        f"{BASE}/general", json=json_body(png()), headers={"X-Mock-Fault": fault}
    )
    assert response.status_code == status
    assert check(response)


def test_faults_are_off_by_default() -> None:
    response = client().post(
        f"{BASE}/general", json=json_body(png()), headers={"X-Mock-Fault": "0500"}
    )
    assert response.status_code == 200


def test_a_custom_recognizer_is_used() -> None:
    from clova_ocr_mock import PageImage, RecognizedLine, RecognizedWord

    class Fixed:
        def recognize(
            self, data: bytes, page: PageImage, *, lang: str | None
        ) -> list[RecognizedLine]:
            return [RecognizedLine((RecognizedWord("안녕하세요", (1.0, 1.0, 50.0, 20.0), 0.5),))]

    app = create_app(MockSettings(secret=SECRET, recognizer=Fixed()))
    from starlette.testclient import TestClient

    body = (
        TestClient(app)
        .post(f"{BASE}/general", json=json_body(png()), headers={"X-OCR-SECRET": SECRET})
        .json()
    )
    assert [f["inferText"] for f in body["images"][0]["fields"]] == ["안녕하세요"]


def test_document_ocr_reads_a_jpeg() -> None:
    body = json.loads(json.dumps(json_body(jpeg())))
    assert base64.b64decode(body["images"][0]["data"])[:3] == b"\xff\xd8\xff"
    assert client().post(f"{BASE}/document/receipt", json=body).status_code == 200


def test_mock_signature_matches_the_known_answer() -> None:
    from clova_ocr_mock.guards import _signature

    expected = "pkyqgO0uyZWN/IYaitJLi/6WIyYbqbPRP9k7ozDV+CU="
    assert (
        _signature("POST", "/external/v1/12345/abc/general", "1700000000000", "AK", "SK")
        == expected
    )
