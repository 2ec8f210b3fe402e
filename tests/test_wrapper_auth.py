"""Invoke URL handling, X-OCR-SECRET, API Gateway signature v2 and secret redaction."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

from clova_ocr import ClovaAuth, ClovaOCR, ConfigurationError, signature_v2
from clova_ocr._invoke_url import InvokeURL
from clova_ocr.errors import AuthenticationError, GatewayAuthenticationError

from .wrapper_helpers import INVOKE_URL, PNG, SECRET, Recorder, make_client, ok, response_example

KEY = "ab" * 32


def test_signature_known_answers() -> None:
    assert (
        signature_v2("POST", "/external/v1/12345/abc/general", "1700000000000", "AK", "SK")
        == "pkyqgO0uyZWN/IYaitJLi/6WIyYbqbPRP9k7ozDV+CU="
    )
    assert (
        signature_v2("GET", "/photos/puppy.jpg?query1=&query2", "1700000000000", "AK", "SK")
        == "C341uTBlD2AAD1AYZ3tpafvsPlSaigLBpjncKewV23w="
    )


def test_auth_flow_signs_the_exact_path_and_query_sent() -> None:
    auth = ClovaAuth("S", access_key="AK", secret_key="SK", clock=lambda: 1700000000000)
    request = httpx.Request(
        "POST", "http://clovaocr-api.gov-ncloud.com/external/v1/12345/abc/general"
    )
    signed = next(auth.auth_flow(request))
    assert signed.headers["X-OCR-SECRET"] == "S"
    assert signed.headers["x-ncp-apigw-timestamp"] == "1700000000000"
    assert signed.headers["x-ncp-iam-access-key"] == "AK"
    assert (
        signed.headers["x-ncp-apigw-signature-v2"] == "pkyqgO0uyZWN/IYaitJLi/6WIyYbqbPRP9k7ozDV+CU="
    )
    with_query = next(
        auth.auth_flow(httpx.Request("GET", "http://x/photos/puppy.jpg?query1=&query2"))
    )
    assert (
        with_query.headers["x-ncp-apigw-signature-v2"]
        == "C341uTBlD2AAD1AYZ3tpafvsPlSaigLBpjncKewV23w="
    )


def test_without_keys_only_the_secret_is_sent() -> None:
    handler = Recorder(ok())
    make_client(handler).general(PNG)
    headers = handler.requests[0].headers
    assert headers["X-OCR-SECRET"] == SECRET
    assert not any(name.startswith("x-ncp-") for name in headers)


def test_every_attempt_is_signed_afresh_over_the_full_invoke_path() -> None:
    handler = Recorder(
        httpx.Response(500, json={"code": "0500", "message": "Unknown service error."}), ok()
    )
    ocr = make_client(handler, access_key="AK", secret_key="SK")
    clock = iter([1700000000000, 1700000065000])
    ocr._auth._clock = lambda: next(clock)
    ocr.general(PNG)
    stamps = [r.headers["x-ncp-apigw-timestamp"] for r in handler.requests]
    assert stamps == ["1700000000000", "1700000065000"]
    for request in handler.requests:
        path = f"/custom/v1/12345/{KEY}/general"
        assert request.url.raw_path.decode() == path
        expected = signature_v2("POST", path, request.headers["x-ncp-apigw-timestamp"], "AK", "SK")
        assert request.headers["x-ncp-apigw-signature-v2"] == expected


def test_gateway_signature_failure_mentions_the_clock() -> None:
    body = response_example("Unauthorized", "gateway200")
    handler = Recorder(
        httpx.Response(401, json=body, headers={"x-ncp-apigw-response-origin": "APIGW"})
    )
    with pytest.raises(GatewayAuthenticationError, match="clock") as info:
        make_client(handler, access_key="AK", secret_key="SK").general(PNG)
    assert info.value.code == "200"
    assert isinstance(info.value, AuthenticationError)


def test_signing_needs_both_keys() -> None:
    with pytest.raises(ConfigurationError, match="both"):
        ClovaOCR(invoke_url=INVOKE_URL, secret="s", access_key="AK")


def test_configuration_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLOVA_OCR_INVOKE_URL", INVOKE_URL + "/general")
    monkeypatch.setenv("CLOVA_OCR_SECRET", "from-env")
    monkeypatch.setenv("NCP_ACCESS_KEY", "AK")
    monkeypatch.setenv("NCP_SECRET_KEY", "SK")
    ocr = ClovaOCR()
    assert ocr.invoke_url.url == INVOKE_URL
    assert ocr._auth.signs
    monkeypatch.delenv("CLOVA_OCR_SECRET")
    with pytest.raises(ConfigurationError, match="CLOVA_OCR_SECRET"):
        ClovaOCR()


@pytest.mark.parametrize(
    "url",
    [
        INVOKE_URL,
        INVOKE_URL + "/",
        INVOKE_URL + "/general",
        INVOKE_URL + "/infer/",
        INVOKE_URL + "/document/id-card",
        "https://cbgrx5natw.apigw.gov-ntruss.com/custom/v1/12345/" + KEY,
        "https://cbgrx5natw.apigw-pub.fin-ntruss.com/custom/v1/12345/" + KEY,
        "http://clovaocr-api.gov-ncloud.com/external/v1/12345/db6abc",
        "  " + INVOKE_URL + "  ",
    ],
)
def test_invoke_url_shapes_are_normalised(url: str) -> None:
    parsed = InvokeURL.parse(url)
    assert not parsed.url.endswith("/")
    assert not parsed.url.endswith(("general", "infer", "id-card"))
    assert parsed.domain_id == "12345"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("", "invoke_url"),
        ("abcde12345.apigw.ntruss.com/custom/v1/1/k", "https://"),
        ("ftp://host/custom/v1/1/k", "https://"),
        ("https://host/custom/v1/notanumber/k", "not an Invoke URL path"),
        ("https://host/", "not an Invoke URL path"),
        ("https://host/custom/v1/1/k?x=1", "query"),
        ("https:///custom/v1/1/k", "https://"),
    ],
)
def test_malformed_invoke_urls_are_rejected_before_any_request(url: str, reason: str) -> None:
    with pytest.raises(ConfigurationError, match=reason):
        ClovaOCR(invoke_url=url, secret="s")


def test_secrets_never_show_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    body = response_example("Unauthorized", "0002")
    handler = Recorder(httpx.Response(401, json=body))
    ocr = make_client(handler, access_key="ACCESSKEY123", secret_key="SECRETKEY456")
    with pytest.raises(AuthenticationError) as info:
        ocr.general(PNG)
    text = "\n".join(
        [
            repr(ocr),
            str(info.value),
            repr(info.value),
            repr(ocr._auth),
            repr(ocr._api),
            caplog.text,
            "".join(traceback.format_exception(info.value)),
        ]
    )
    for secret in (SECRET, "SECRETKEY456"):
        assert secret not in text
    assert KEY not in repr(ocr)
    assert "***" in repr(ocr)
