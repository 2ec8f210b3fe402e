"""The pytest plugin, exercised as a user would: test files run by pytester in a fresh session."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.mock_helpers import png
from tests.recording_helpers import Input, record

pytest_plugins = ["pytester"]

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "test_with_clova_ocr_mock.py"

HELPERS = """
import io
import pytest
from PIL import Image
import clova_ocr

def image(width=320):
    buffer = io.BytesIO()
    Image.new("RGB", (width, 200), "white").save(buffer, format="PNG")
    return buffer.getvalue()
"""


def run(pytester: pytest.Pytester, source: str, *args: str) -> pytest.RunResult:
    pytester.makepyfile(test_user=HELPERS + source)
    return pytester.runpytest("-p", "no:cacheprovider", "-p", "no:randomly", *args)


def test_requests_that_do_not_parse_are_recorded_too() -> None:
    from clova_ocr_mock.testing import ClovaOCRMock

    with ClovaOCRMock() as mock, httpx.Client(transport=mock.sync_transport()) as raw:
        url = f"{mock.invoke_url}/document/receipt"
        raw.post(url, content=b"{not json", headers={"X-OCR-SECRET": mock.secret})
        raw.post(url, json={"images": ["x"]}, headers={"X-OCR-SECRET": "wrong"})
    broken, unauthorised = mock.requests_for("receipt")
    assert (broken.message, broken.image, broken.status_code) == (None, None, 400)
    assert broken.answer["code"] == "0011"
    assert unauthorised.message == {"images": ["x"]} and unauthorised.image is None
    assert unauthorised.status_code == 401


def test_the_copyable_example_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_example=EXAMPLE.read_text(encoding="utf-8"))
    pytester.runpytest("-W", "error::ResourceWarning").assert_outcomes(passed=4)


def test_fixtures_hand_out_clients_wired_to_one_mock(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
def test_sync(clova_ocr_client, clova_ocr_mock_server, clova_ocr_invoke_url, clova_ocr_secret):
    assert isinstance(clova_ocr_client, clova_ocr.ClovaOCR)
    assert clova_ocr_invoke_url == clova_ocr_mock_server.invoke_url
    assert clova_ocr_secret == clova_ocr_mock_server.secret
    clova_ocr_client.general(image(), name="one.png")
    clova_ocr_client.document.id_card(image(300), name="card.png", upload="multipart")
    assert [r.product for r in clova_ocr_mock_server.requests] == ["general", "id_card"]
    [card] = clova_ocr_mock_server.requests_for("id_card")
    assert card.image == image(300) and card.image_name == "card.png"
    assert card.headers["x-ocr-secret"] == clova_ocr_secret
    assert card.answer["images"][0]["inferResult"] == "SUCCESS"
    assert clova_ocr_secret not in repr(card)

def test_each_test_gets_a_fresh_mock(clova_ocr_mock_server):
    assert clova_ocr_mock_server.requests == []

@pytest.mark.anyio
async def test_async(async_clova_ocr_client, clova_ocr_mock_server):
    result = await async_clova_ocr_client.template(image(), template_ids=[7])
    assert result.fields
    [seen] = clova_ocr_mock_server.requests_for("template")
    assert seen.message["images"][0]["templateIds"] == [7]
""",
    )
    result.assert_outcomes(passed=3)


def test_marker_switches_take_effect(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
from clova_ocr_mock import RecognizedLine, RecognizedWord

class Hello:
    def recognize(self, data, page, *, lang):
        return [RecognizedLine((RecognizedWord("HELLO", (1, 1, 50, 20), 0.9),))]

pytestmark = pytest.mark.clova_ocr(secret="module-secret")

@pytest.mark.clova_ocr(quota=2)
def test_quota(clova_ocr_client, clova_ocr_secret):
    assert clova_ocr_secret == "module-secret"
    clova_ocr_client.general(image())
    clova_ocr_client.general(image())
    with pytest.raises(clova_ocr.QuotaExceededError):
        clova_ocr_client.general(image())

@pytest.mark.clova_ocr(rate_limit="1/m")
def test_rate_limit(clova_ocr_mock_server):
    with clova_ocr_mock_server.client(max_retries=0) as client:
        client.general(image())
        with pytest.raises(clova_ocr.RateLimitError):
            client.general(image())

@pytest.mark.clova_ocr(faults=True)
def test_faults(clova_ocr_mock_server):
    headers = {"X-Mock-Fault": "gateway-503"}
    with clova_ocr_mock_server.client(default_headers=headers, max_retries=0) as client:
        with pytest.raises(clova_ocr.GatewayServerError):
            client.general(image())

@pytest.mark.clova_ocr(faults=True)
def test_a_dropped_connection_is_a_connection_error(clova_ocr_mock_server):
    headers = {"X-Mock-Fault": "drop"}
    with clova_ocr_mock_server.client(default_headers=headers, max_retries=0) as client:
        with pytest.raises(clova_ocr.APIConnectionError):
            client.general(image())

def test_faults_are_off_by_default(clova_ocr_mock_server):
    headers = {"X-Mock-Fault": "gateway-503"}
    with clova_ocr_mock_server.client(default_headers=headers, max_retries=0) as client:
        client.general(image())

@pytest.mark.clova_ocr(recognizer=Hello())
def test_recognizer(clova_ocr_client):
    assert clova_ocr_client.general(image()).text == "HELLO"

@pytest.mark.clova_ocr(products="general", table_detection=False)
def test_products_and_tables(clova_ocr_client):
    with pytest.raises(clova_ocr.InvalidRequestError, match="0022"):
        clova_ocr_client.document.receipt(image())
    with pytest.raises(clova_ocr.TableDetectionDisabledError):
        clova_ocr_client.general(image(), tables=True)

@pytest.mark.clova_ocr(access_key="AK", gateway_secret_key="GSK")
def test_signing(clova_ocr_client, clova_ocr_mock_server):
    clova_ocr_client.general(image())
    assert "x-ncp-apigw-signature-v2" in clova_ocr_mock_server.requests[0].headers
""",
    )
    result.assert_outcomes(passed=8)


def test_conftest_options_are_defaults_that_markers_override(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
import pytest

@pytest.fixture
def clova_ocr_mock_options():
    return {"secret": "from-conftest", "quota": 5}
"""
    )
    result = run(
        pytester,
        """
def test_default(clova_ocr_mock_server):
    assert (clova_ocr_mock_server.secret, clova_ocr_mock_server.settings.quota) == ("from-conftest", 5)

@pytest.mark.clova_ocr(quota=1)
def test_marker_wins(clova_ocr_mock_server):
    assert (clova_ocr_mock_server.secret, clova_ocr_mock_server.settings.quota) == ("from-conftest", 1)
""",
    )
    result.assert_outcomes(passed=2)


def test_misuse_fails_with_a_clear_message(pytester: pytest.Pytester) -> None:
    result = run(
        pytester,
        """
@pytest.mark.clova_ocr(quotaa=3)
def test_typo(clova_ocr_client):
    pass

@pytest.mark.clova_ocr(3)
def test_positional(clova_ocr_client):
    pass

@pytest.mark.clova_ocr(rate_limit="fast")
def test_bad_rate(clova_ocr_client):
    pass

@pytest.mark.clova_ocr(answers="no/such/folder")
def test_missing_recording(clova_ocr_client):
    pass

@pytest.mark.clova_ocr(products="general,documents")
def test_bad_family(clova_ocr_client):
    pass

def test_unknown_product(clova_ocr_mock_server):
    clova_ocr_mock_server.requests_for("reciept")
""",
    )
    result.assert_outcomes(errors=5, failed=1)
    result.stdout.fnmatch_lines(
        [
            "@pytest.mark.clova_ocr: unknown option(s) quotaa; valid: access_key, answers*",
            "*@pytest.mark.clova_ocr takes keyword options only (got (3,))*",
            "*@pytest.mark.clova_ocr: rate limit 'fast' is not like '10/s' or '600/m'*",
            "@pytest.mark.clova_ocr: */no/such/folder is not a recording: no index.jsonl*",
            "*@pytest.mark.clova_ocr: unknown product families documents in products; valid: *",
            "*ValueError: unknown product 'reciept'; one of: general, template, receipt*",
        ],
        consecutive=False,
    )
    assert "During handling of the above exception" not in result.stdout.str()


def test_marker_replays_a_recording_and_warns_about_off_spec_answers(
    pytester: pytest.Pytester, tmp_path: Path
) -> None:
    from clova_ocr_mock.testing import ClovaOCRMock

    good, broken = tmp_path / "good", tmp_path / "broken"
    scan = Input("scan.png", "general", png(333, 200))  # the bytes image(333) makes below
    for folder in (good, broken):
        with ClovaOCRMock() as service, service.client() as client:
            record(client, [scan], folder)
    answer = broken / "scan.png.json"
    answer.write_text(answer.read_text().replace('"images"', '"imagez"'))
    result = run(
        pytester,
        f"""
from clova_ocr_mock import RecognizedLine, RecognizedWord

class Live:
    def recognize(self, data, page, *, lang):
        return [RecognizedLine((RecognizedWord("LIVE", (1, 1, 50, 20), 0.9),))]

@pytest.mark.clova_ocr(answers={str(good)!r}, recognizer=Live())
def test_replayed(clova_ocr_client, clova_ocr_mock_server):
    assert len(clova_ocr_mock_server.answers) == 1
    assert clova_ocr_client.general(image(333)).text.startswith("CLOVA OCR MOCK")  # recorded
    assert clova_ocr_client.general(image(334)).text == "LIVE"  # not recorded: the recognizer

@pytest.mark.clova_ocr(answers={str(broken)!r})
def test_off_spec(clova_ocr_mock_server):
    assert clova_ocr_mock_server.answers.problems
""",
        "-W",
        "always::clova_ocr_mock.replay.ReplayMismatchWarning",
    )
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*ReplayMismatchWarning*", "*scan.png.json (general)*"])
    strict = pytester.runpytest("-W", "error::clova_ocr_mock.replay.ReplayMismatchWarning")
    strict.assert_outcomes(passed=1, errors=1)


def test_without_the_mock_extra_the_plugin_registers_nothing(pytester: pytest.Pytester) -> None:
    """pytest must still start when clova-ocr is installed without [mock]."""
    pytester.makepyfile(
        test_plain="""
def test_plain(request):
    manager = request.config.pluginmanager
    assert manager.has_plugin("clova_ocr")  # the entry point loaded...
    assert not manager.has_plugin("clova_ocr_mock.pytest_plugin")  # ...and registered nothing
"""
    )
    blocked = (
        "import sys; sys.modules['starlette'] = None; import pytest; "
        "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', '-p', 'no:schemathesis']))"
    )
    run = subprocess.run(
        [sys.executable, "-c", blocked], cwd=pytester.path, capture_output=True, text=True
    )
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout + run.stderr
    # The same check with the extra present must see the plugin (so the test can fail).
    unblocked = pytester.runpytest_inprocess()
    unblocked.assert_outcomes(failed=1)


def test_a_relative_answers_folder_is_taken_from_the_rootdir(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clova_ocr_mock.testing import ClovaOCRMock

    with ClovaOCRMock() as service, service.client() as client:
        record(client, [Input("a.png", "general", png(50))], pytester.path / "recorded")
    pytester.makeini("[pytest]\n")
    (pytester.path / "sub").mkdir()
    (pytester.path / "sub" / "test_sub.py").write_text(
        """
import pytest

@pytest.mark.clova_ocr(answers="recorded")
def test_loaded(clova_ocr_mock_server):
    assert len(clova_ocr_mock_server.answers) == 1
"""
    )
    monkeypatch.chdir(pytester.path / "sub")
    pytester.runpytest_inprocess("test_sub.py").assert_outcomes(passed=1)
