"""Regression tests for the mock's fidelity gaps (issue 12): each one failed before its fix."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
from pathlib import Path

from clova_ocr_mock.server import bind

from .mock_helpers import BASE, SECRET, client, json_body, message, png

INVOKE_KEY = "f" * 64
CLI = str(Path(sys.executable).with_name("clova-ocr"))


def test_timestamp_as_a_decimal_string_is_accepted() -> None:
    """Reference §9 lists a string timestamp ("1698296134190") among what clients send."""
    body = json_body(png())
    body["timestamp"] = "1698296134190"
    response = client().post(f"{BASE}/general", json=body)
    assert response.status_code == 200, response.text
    body["timestamp"] = "yesterday"  # a string that spells no number is still invalid
    assert client().post(f"{BASE}/general", json=body).json()["code"] == "0011"


def _multipart(parts: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "b0und4ry"
    chunks = [
        f"--{boundary}\r\n{headers}\r\n\r\n".encode() + payload + b"\r\n"
        for headers, payload in parts
    ]
    return b"".join(chunks) + f"--{boundary}--\r\n".encode(), boundary


def test_st201_case_extra_part_and_stray_gateway_headers_when_signing_is_off() -> None:
    """The schemathesis ST201 finding, kept as a regression test.

    Decision: the mock was right and stays so. The spec's multipart object allows extra
    properties (schemathesis itself generates a part named "" as *valid* data), the service
    reads only ``message`` and ``file``, and API Gateway reads the ``x-ncp-*`` headers only
    where IAM signing is on; the mock, not signing, ignores them like the gateway does.
    """
    body, boundary = _multipart(
        [
            ('Content-Disposition: form-data; name=""', b"{}"),
            ('Content-Disposition: form-data; name="message"', json.dumps(message()).encode()),
            (
                'Content-Disposition: form-data; name="file"; filename="a.png"\r\n'
                "Content-Type: image/png",
                png(),
            ),
        ]
    )
    headers = {
        "content-type": f"multipart/form-data; boundary={boundary}",
        "x-ncp-apigw-timestamp": "not-a-time",
        "x-ncp-apigw-signature-v2": "%%%",
        "x-ncp-iam-access-key": "",
    }
    api = client()
    response = api.post(f"{BASE}/document/credit-card", content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["images"][0]["inferResult"] == "SUCCESS"
    # With signing on, the same headers are the gateway's 401, before anything else.
    signing = client(access_key="AK", gateway_secret_key="SK")
    refused = signing.post(f"{BASE}/document/credit-card", content=body, headers=headers)
    assert refused.status_code == 401 and refused.json()["error"]["errorCode"] == "200"


def test_configured_domain_id_and_invoke_key() -> None:
    api = client(domain_id="777", invoke_key=INVOKE_KEY)
    good = f"/custom/v1/777/{INVOKE_KEY}"
    assert api.post(f"{good}/general", json=json_body(png())).status_code == 200
    for wrong in (f"/custom/v1/778/{INVOKE_KEY}", f"/custom/v1/777/{'e' * 64}"):
        response = api.post(f"{wrong}/general", json=json_body(png()))
        assert response.status_code == 404
        assert response.json()["error"]["errorCode"] == "300"
        assert response.headers["x-ncp-apigw-response-origin"] == "APIGW"
    # a wrong product path under the right Invoke URL is still the engine's 0001
    assert api.post(f"{good}/generl", json=json_body(png())).json()["code"] == "0001"
    # unconfigured: any id and key reach the domain, as before
    assert client().post(f"/custom/v1/1/{'a' * 64}/general", json=json_body(png())).is_success


def test_mistyped_mock_fault_is_rejected_with_a_clear_error() -> None:
    api = client(allow_faults=True)
    response = api.post(
        f"{BASE}/general", json=json_body(png()), headers={"X-Mock-Fault": "gatway-503"}
    )
    assert response.status_code == 400
    assert "unknown value 'gatway-503'" in response.text and "gateway-<status>" in response.text
    for good in ("0501", "gateway-503", "html-502", "slow-1", "truncated"):
        answer = api.post(f"{BASE}/general", json=json_body(png()), headers={"X-Mock-Fault": good})
        assert "unknown value" not in answer.text


def test_mock_serve_fails_first_on_a_busy_port() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            [CLI, "mock", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            env={"CLOVA_OCR_SECRET": SECRET, "PATH": ""},
        )
    assert result.returncode == 1
    assert "listening" not in result.stdout + result.stderr
    error_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1 and f"127.0.0.1:{port}" in error_lines[0], result.stderr


def test_importing_the_mock_leaves_pypdf_logging_alone() -> None:
    code = (
        "import logging, clova_ocr_mock, clova_ocr_mock.imaging, clova_ocr_mock.app;"
        "print(logging.getLogger('pypdf').level)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(logging.NOTSET)


def test_mock_serve_turns_nagle_off_on_its_socket() -> None:
    """With Nagle on, each answer's body waited for the client's delayed ACK (~40 ms a call)."""
    sock = bind("127.0.0.1", 0)
    try:
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        sock.close()
