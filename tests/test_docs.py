"""The documentation site: built once per module, checked as files and in headless Chromium.

``python -m generator docs`` builds a static MkDocs site. These tests build it into a
temporary folder, check what is generated from the code and the spec (SDK reference, CLI
reference, error table, mock switches and faults, HTTP reference with samples, assumptions,
changelog), then serve it on loopback and load every page in Debian's chromium through
Playwright: main heading shown, no console error, no request leaving loopback, internal
links and anchors resolve, codes in tables on one line, search finds what users look for.
Screenshots of the home page and of one operation go to ``tests/_output/docs/``.
"""

from __future__ import annotations

import functools
import http.server
import inspect
import json
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import click
import pytest

from generator import docs_content
from generator.docs import build_docs

from .spec_tools import ROOT, spec

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent / "_output" / "docs"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEARCH_TERMS = ("0025", "RateLimitError", "enableTableDetection")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    build_docs(target_dir=target)
    return target


def page_text(site: Path, page: str) -> str:
    """The visible text of a built page (tags dropped, entities decoded)."""
    import html

    markup = (site / page).read_text(encoding="utf-8")
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def squashed(text: str) -> str:
    """Text without whitespace (highlighted code is split into many spans)."""
    return re.sub(r"\s+", "", text)


def ids_of(markup: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', markup))


def html_pages(site: Path) -> list[str]:
    return sorted(
        str(p.relative_to(site))
        for p in site.rglob("*.html")
        if "assets" not in p.parts and p.name != "404.html"
    )


def error_codes_in_spec() -> set[str]:
    """Every OCR engine code and API Gateway error code the spec's error examples show."""
    codes: set[str] = set()
    for response in spec()["components"]["responses"].values():
        for media in (response.get("content") or {}).values():
            for example in (media.get("examples") or {}).values():
                value = example.get("value") or {}
                if not isinstance(value, dict):  # the default response's HTML/empty bodies
                    continue
                if "code" in value:
                    codes.add(str(value["code"]))
                if isinstance(value.get("error"), dict):
                    codes.add(str(value["error"]["errorCode"]))
    return codes


def named_examples(document: dict[str, Any]) -> Iterator[tuple[str, str | None]]:
    """(name, summary) of every named example of a request or response body."""

    def walk(node: Any) -> Iterator[tuple[str, str | None]]:
        if isinstance(node, dict):
            examples = node.get("examples")
            if isinstance(examples, dict):
                for name, example in examples.items():
                    if isinstance(example, dict) and "$ref" in example:
                        target = example["$ref"].rsplit("/", 1)[-1]
                        example = document["components"]["examples"][target]
                    if isinstance(example, dict):
                        yield name, example.get("summary")
            for key, value in node.items():
                if key != "examples":
                    yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(document["paths"])
    yield from walk(document["components"].get("responses", {}))


# --------------------------------------------------------------------------- the build


def test_site_has_every_page_of_the_nav(site: Path) -> None:
    for page in (
        "index.html",
        "quickstart.html",
        "sdk/guide.html",
        "sdk/reference.html",
        "cli.html",
        "mock.html",
        "testing.html",
        "http-api/reference.html",
        "http-api/assumptions.html",
        "http-api/generate-your-own-client.html",
        "changelog.html",
    ):
        assert (site / page).is_file(), page
    assert (site / "openapi.yaml").read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    published = json.loads((site / "openapi.json").read_text(encoding="utf-8"))
    assert all(op["x-codeSamples"] for _, _, op in docs_content.operations(published)), (
        "openapi.json carries the injected code samples"
    )


def test_generate_your_own_client_shows_the_commands_the_matrix_runs(site: Path) -> None:
    """The page's commands are the portability matrix's (generator/portability/targets.py
    COMMANDS), with the versions it pins (pyproject.toml, the npm lockfile's package.json)."""
    import tomllib

    from generator.portability.targets import COMMANDS, HERE

    source = (ROOT / "docs" / "http-api" / "generate-your-own-client.md").read_text("utf-8")
    for name, command in COMMANDS.items():
        assert f"\n{command.shell()}\n" in source, (name, command.shell())
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    pins = [p for p in extras["optional-dependencies"]["portability"] if "==" in p]
    npm = json.loads((HERE / "package.json").read_text("utf-8"))["devDependencies"]
    pins += [f"{tool}@{version}" for tool, version in npm.items()]
    for pin in pins:
        assert pin in source, pin
    page = (site / "http-api" / "generate-your-own-client.html").read_text("utf-8")
    assert "Known limits" in page and "datamodel-codegen" in page  # rendered, not only listed


def test_pages_reference_nothing_remote(site: Path) -> None:
    remote = re.compile(r'<(?:script|link|img|iframe)\b[^>]*(?:src|href)="(?:https?:)?//', re.I)
    for page in [*html_pages(site), "404.html"]:
        markup = (site / page).read_text(encoding="utf-8")
        assert not remote.search(markup), f"{page} loads a remote asset"
        assert "fonts.googleapis" not in markup and "unpkg.com" not in markup, page


def test_search_index_finds_codes_names_and_fields(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    for term in SEARCH_TERMS:
        hits = [
            doc["location"]
            for doc in index["docs"]
            if term.lower()
            in {t.lower() for t in separator.split(doc["title"] + " " + doc["text"])}
        ]
        assert hits, f"search finds no page for {term!r}"


def test_sdk_reference_documents_every_public_name(site: Path) -> None:
    import clova_ocr

    anchors = ids_of((site / "sdk" / "reference.html").read_text(encoding="utf-8"))
    assert ":class:" not in page_text(site, "sdk/reference.html")
    for name in clova_ocr.__all__:
        assert any(a == f"clova_ocr.{name}" or a.endswith(f".{name}") for a in anchors), name
    for client in (clova_ocr.ClovaOCR, clova_ocr.AsyncClovaOCR):  # shared methods included
        for method in (name for name in dir(client) if not name.startswith("_")):
            assert f"clova_ocr.{client.__name__}.{method}" in anchors, (client, method)


def test_guide_tables_follow_the_product_registry(site: Path) -> None:
    """The guide's product table and export columns come from the registry: a product added
    there is documented without editing a page."""
    from clova_ocr import PRODUCTS

    guide = page_text(site, "sdk/guide.html")
    for product in PRODUCTS.values():
        prefix = "ocr.document." if product.family == "document" else "ocr."
        assert f"{prefix}{product.name}(image, …)" in guide, product.name
        if product.key_fields:
            columns = ", ".join(column for column, _ in product.key_fields)
            assert squashed(columns) in squashed(guide), product.name
    assert "pagesforthatcallonly" in squashed(guide)  # the options every method takes, all named


def test_error_table_follows_the_sdks_registry(site: Path) -> None:
    import clova_ocr

    ocr_codes, gateway_statuses = docs_content.error_registry()
    assert ocr_codes and gateway_statuses, "the SDK's error registry moved: update error_registry()"
    rows = {
        re.search(r"`(\w+)`", line).group(1): line  # type: ignore[union-attr]
        for line in docs_content.error_table().splitlines()[2:]
    }
    exported = {
        name
        for name in clova_ocr.__all__
        if inspect.isclass(getattr(clova_ocr, name))
        and issubclass(getattr(clova_ocr, name), Exception)
        and not issubclass(getattr(clova_ocr, name), Warning)
    }
    assert set(rows) == exported
    for code, cls in ocr_codes.items():
        assert f"`{code}`" in rows[cls.__name__], (code, cls)
    for status, cls in gateway_statuses.items():
        assert f"gateway `{status}`" in rows[cls.__name__], (status, cls)
    for name, row in rows.items():
        cls = getattr(clova_ocr, name)
        column = row.split(" | ")[2]
        assert column.startswith("yes") == bool(cls.retryable or name in docs_content.RETRY_NOTES)
    guide = page_text(site, "sdk/guide.html")
    for name in exported:
        assert name in guide
    assert "retry_after" in guide and "retryable" in guide


def _commands(command: click.Command, prefix: str) -> Iterator[tuple[str, click.Command]]:
    yield prefix, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, f"{prefix} {name}")


def test_cli_reference_lists_every_command_and_option(site: Path) -> None:
    from clova_ocr.cli import main

    text = page_text(site, "cli.html")
    assert "Sentinel" not in text, "click's UNSET default leaks into the table"
    for path, command in _commands(main, "clova-ocr"):
        assert path in text, path
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert any(opt in text for opt in param.opts), (path, param.opts)


def test_cli_reference_shows_help_texts_as_written_without_noise(site: Path) -> None:
    from clova_ocr._cli_batch import EXIT_CODES

    markup = (site / "cli.html").read_text(encoding="utf-8")
    assert "<input path" not in markup, "a help text's <placeholder> became an HTML element"
    text = page_text(site, "cli.html")
    assert text.count("DIR/<input path>.json") == 4  # the group's help and each --out
    cells = re.findall(r"<td>(.*?)</td>", markup, flags=re.S)
    for noise in ("N/A", "None", "<code>None</code>", "_required", "<code>Sentinel.UNSET</code>"):
        assert noise not in cells, noise
    assert "required" in cells and "—" in cells
    for page in ("cli.html", "sdk/guide.html"):
        text = page_text(site, page)
        for meaning in EXIT_CODES.values():
            assert meaning in text, (page, meaning)


def test_mock_page_lists_every_switch_and_fault(site: Path) -> None:
    from dataclasses import fields

    from clova_ocr_mock import MockSettings
    from clova_ocr_mock.errors import ENGINE_ERRORS, GATEWAY_ERRORS

    text = page_text(site, "mock.html")
    serve = main_mock_serve()
    for param in serve.params:
        if isinstance(param, click.Option):
            assert param.opts[0] in text, param.opts
    for field in fields(MockSettings):
        if not field.name.startswith("_"):
            assert field.name in text, field.name
    for code in ENGINE_ERRORS:
        assert code in text
    for status in GATEWAY_ERRORS:
        assert f"gateway-{status}" in text
    for fault in ("html-", "empty-", "truncated", "slow-", "drop", "X-Mock-Fault"):
        assert fault in text


def plugin_fixtures() -> list[str]:
    """The fixtures the pytest plugin defines (read from the plugin, not listed by hand)."""
    from clova_ocr_mock import pytest_plugin

    names = [
        name
        for name, obj in vars(pytest_plugin).items()
        if type(obj).__name__ == "FixtureFunctionDefinition"  # pytest >= 8.4
        or hasattr(obj, "_pytestfixturefunction")  # older pytest
    ]
    assert "clova_ocr_client" in names, "cannot see the plugin's fixtures any more"
    return names


def test_testing_page_is_in_the_nav_and_documents_the_plugin(site: Path) -> None:
    from clova_ocr_mock.testing import OPTIONS

    home = (site / "index.html").read_text(encoding="utf-8")
    nav = [
        re.search(r'href="([^"#]*)', tag).group(1)  # type: ignore[union-attr]
        for tag in re.findall(r"<a\b[^>]*>", home)
        if "md-nav__link" in tag and "href=" in tag
    ]
    assert "testing.html" in nav, nav
    text = page_text(site, "testing.html")
    for name in [*plugin_fixtures(), *OPTIONS]:
        assert name in text, name
    assert "@pytest.mark.clova_ocr" in text and "--answers" in text
    example = docs_content.TESTING_EXAMPLE.read_text(encoding="utf-8")
    assert squashed(example) in squashed(text), "the example file is shown whole"
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("testing.html"))
    for name in plugin_fixtures():
        assert name in found, f"search does not index {name} on the testing page"


def test_guide_describes_the_batch_api(site: Path) -> None:
    from dataclasses import fields

    from clova_ocr.batch import BatchItem

    guide = page_text(site, "sdk/guide.html")
    markup = (site / "sdk" / "guide.html").read_text(encoding="utf-8")
    assert "asyncio.gather" not in guide, "the batch section shows the real batch() API"
    for name in (*(f.name for f in fields(BatchItem)), "ok", "raw"):
        assert f"<code>{name}</code>" in markup, f"BatchItem.{name} undocumented"
    for term in (
        "ocr.batch",
        "concurrency",
        "rate_limit",
        "ordered=True",
        "retry_timeouts",
        "result.http",
        "recognize",
        "OCRResult.open",
    ):
        assert term in guide, term


def test_guide_shows_pdf_export_markdown_and_cache(site: Path) -> None:
    guide = page_text(site, "sdk/guide.html")
    for term in (
        "1-3,7",
        "export_folder",
        "to_dataframes",
        "to_markdown",
        "chunks",
        "md,html",
        "cache",
        "cached",
        "duplicate_of",
        "beyond the end",
    ):
        assert term in guide, term
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for term in ("--pages 1-30", "clova-ocr export out/", "to_markdown()", "cache="):
        assert term in readme, term


def main_mock_serve() -> click.Command:
    from clova_ocr.cli import main

    mock = main.commands["mock"]
    assert isinstance(mock, click.Group)
    return mock.commands["serve"]


def test_http_reference_has_every_operation_schema_example_and_error(site: Path) -> None:
    document = spec()
    markup = (site / "http-api" / "reference.html").read_text(encoding="utf-8")
    text = page_text(site, "http-api/reference.html")
    anchors = ids_of(markup)
    for path, method, operation in docs_content.operations(document):
        assert f"{method.upper()} {path}" in " ".join(text.split()) or path in text, path
        assert operation["operationId"] in text
        call = docs_content.sdk_call(path, operation["operationId"]).splitlines()[0]
        assert squashed(call) in squashed(text), call
        assert squashed(f"$CLOVA_OCR_INVOKE_URL{path}") in squashed(text)
    for name in document["components"]["schemas"]:
        assert name.lower() in anchors or name in text, name
    for name in document["components"]["responses"]:
        assert name.lower() in anchors, name
    for code in error_codes_in_spec():
        assert code in text, code
    for name, summary in named_examples(document):
        label = f"{name}: {summary}" if summary else name
        assert squashed(label.replace("`", "")) in squashed(text), label
    # Shared error answers are described once and referenced from each operation.
    first_example = document["components"]["responses"]["BadRequest"]["content"][
        "application/json"
    ]["examples"]["0001"]["value"]["traceId"]
    assert markup.count(first_example) == 1
    operations = len(list(docs_content.operations(document)))
    assert markup.count("Refer to the common response description") >= operations


def test_code_samples_cover_every_operation() -> None:
    augmented = docs_content.with_code_samples(spec())
    for path, _, operation in docs_content.operations(augmented):
        samples = {s["label"]: s["source"] for s in operation["x-codeSamples"]}
        assert {"curl (JSON)", "curl (multipart)", "Python SDK"} <= set(samples), path
        assert f'"$CLOVA_OCR_INVOKE_URL{path}"' in samples["curl (JSON)"]
        assert "X-OCR-SECRET: $CLOVA_OCR_SECRET" in samples["curl (multipart)"]
        compile(samples["Python SDK"], "<sample>", "exec")
    assert "x-codeSamples" not in json.dumps(spec()), "the spec itself is left alone"
    unknown = {"openapi": "3.1.0", "paths": {"/new": {"post": {"operationId": "newOcr"}}}}
    with pytest.raises(KeyError, match="newOcr"):
        docs_content.with_code_samples(unknown)


def test_assumptions_page_lists_every_marker_of_the_spec(site: Path) -> None:
    found = docs_content.assumptions(spec())
    markup = (site / "http-api" / "assumptions.html").read_text(encoding="utf-8")
    rows = re.findall(r'<code class="json-pointer">([^<]*)</code>', markup)
    assert len(rows) == len(found)
    for item in found:
        assert item.pointer in {r.replace("&amp;", "&") for r in rows}
    if not found:
        assert "No part of the current description is marked as assumed" in markup


def test_markers_are_listed_and_linked_from_the_reference(tmp_path: Path) -> None:
    import yaml

    document = spec()
    marked = json.loads(json.dumps(document))
    operation = next(
        item["post"] for item in marked["paths"].values() if "x-assumed" not in item["post"]
    )
    operation["x-assumed"] = {"what": "Operation `guess`.", "evidence": "reference §0: test."}
    schema = next(s for s in marked["components"]["schemas"].values() if "x-assumed" not in s)
    schema["x-assumed"] = {"what": "Schema guess.", "evidence": "reference §0: schema."}
    prop = next(
        p
        for s in marked["components"]["schemas"].values()
        for p in (s.get("properties") or {}).values()
        if "$ref" not in p and "x-assumed" not in p
    )
    prop["x-assumed"] = {"what": "Property guess.", "evidence": "reference §0: property."}
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(marked, allow_unicode=True), encoding="utf-8")
    site = tmp_path / "site"
    build_docs(target_dir=site, spec=spec_path, root=tmp_path)
    found = docs_content.assumptions(marked)
    assert len(found) == len(docs_content.assumptions(document)) + 3
    listing = (site / "http-api" / "assumptions.html").read_text(encoding="utf-8")
    listed = ids_of(listing)
    for item in found:
        assert docs_content.anchor(item.pointer) in listed, item.pointer
    text = page_text(site, "http-api/assumptions.html")
    for what in ("Operation guess.", "Schema guess.", "Property guess."):
        assert squashed(what) in squashed(text)
    reference = (site / "http-api" / "reference.html").read_text(encoding="utf-8")
    links = set(re.findall(r'href="assumptions\.html#([^"]+)"', reference))
    assert len(links) >= 3 and links <= listed
    assert "No changelog yet" in page_text(site, "changelog.html")


def test_assumptions_are_read_with_their_json_pointer() -> None:
    document = {
        "paths": {
            "/document/id-card": {
                "post": {"x-assumed": {"what": "W1", "evidence": "E1 | pipe"}},
            }
        },
        "components": {
            "schemas": {
                "CreditCard": {
                    "properties": {
                        "number": {"x-assumed": {"what": "W2", "evidence": "E2"}},
                    }
                }
            }
        },
    }
    found = docs_content.assumptions(document)
    assert [a.pointer for a in found] == [
        "#/paths/~1document~1id-card/post",
        "#/components/schemas/CreditCard/properties/number",
    ]
    table = docs_content.assumptions_table(document)
    assert "**2** marked assumptions" in table
    assert "**Evidence:** E1 | pipe" in table and "**Assumed:** W2" in table
    assert "No part" in docs_content.assumptions_table({"paths": {}})


def test_changelog_is_included_or_replaced_by_a_placeholder(site: Path, tmp_path: Path) -> None:
    assert "No changelog yet" in docs_content.changelog(tmp_path)
    (tmp_path / "CHANGELOG.md").write_text(
        "# Changelog\n\n## [2.0.0] - 2026-11-25\n### Changed\n- Something.\n", encoding="utf-8"
    )
    included = docs_content.changelog(tmp_path)
    assert included.startswith("## [2.0.0]") and "# Changelog" not in included
    text = page_text(site, "changelog.html")
    if (ROOT / "CHANGELOG.md").exists():
        first = next(
            line for line in docs_content.changelog(ROOT).splitlines() if line.startswith("## ")
        )
        assert first.removeprefix("## ").strip() in text
    else:
        assert "No changelog yet" in text


def test_unknown_marker_fails_the_build() -> None:
    from mkdocs.exceptions import PluginError

    from generator import docs_hooks

    page = type("Page", (), {"file": type("File", (), {"src_path": "x.md"})()})()
    with pytest.raises(PluginError, match="clova:nope"):
        docs_hooks.on_page_markdown("# T\n\n<!-- clova:nope -->\n", page, {}, None)


# --------------------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not CHROMIUM.exists():
        message = "Debian's chromium is missing: bash scripts/test.sh installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            # Also make any host but loopback unresolvable: a request the page routing below
            # cannot see (from a worker) then fails loudly as a console error.
            args=[*CHROMIUM_FLAGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


class PageVisit:
    """Everything a page did while loading: console errors and requests off loopback."""

    def __init__(self, context: Any) -> None:
        self.errors: list[str] = []
        self.remote: list[str] = []
        self.page = context.new_page()
        self.page.on(
            "console",
            lambda message: self.errors.append(message.text) if message.type == "error" else None,
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.remote.append(route.request.url)
            route.abort()


def test_every_page_renders_offline_with_working_links(
    site: Path, served: str, browser_context: Any
) -> None:
    pages = html_pages(site)
    ids = {page: ids_of((site / page).read_text(encoding="utf-8")) for page in pages}
    problems: list[str] = []
    visit = PageVisit(browser_context)
    for page in pages:
        visit.page.goto(served + page, wait_until="load")
        heading = visit.page.locator("article h1").first
        if not heading.is_visible() or not heading.inner_text().strip():
            problems.append(f"{page}: no visible main heading")
        links = visit.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        for link in links:
            url = urlparse(link)
            if url.scheme not in ("http", "https") or url.netloc != urlparse(served).netloc:
                continue
            target = url.path.removeprefix("/") or "index.html"
            if target.endswith("/"):
                target += "index.html"
            if not (site / target).is_file():
                problems.append(f"{page}: broken link {link}")
            elif url.fragment and target in ids and url.fragment not in ids[target]:
                problems.append(f"{page}: missing anchor {link}")
    visit.page.close()
    problems += [f"console error: {error}" for error in visit.errors]
    problems += [f"request off loopback: {url}" for url in visit.remote]
    assert not problems, "\n".join(problems)


def test_api_pages_show_every_operation_and_error_code(served: str, browser_context: Any) -> None:
    visit = PageVisit(browser_context)
    visit.page.goto(served + "http-api/reference.html", wait_until="load")
    text = visit.page.inner_text("article")
    for path, _method, operation in docs_content.operations(spec()):
        assert path in text and operation["operationId"] in text, path
    for code in error_codes_in_spec():
        assert code in text, code
    visit.page.goto(served + "sdk/guide.html", wait_until="load")
    guide = visit.page.inner_text("article")
    for code in docs_content.error_registry()[0]:
        assert code in guide, code
    visit.page.close()
    assert not visit.errors and not visit.remote


def test_codes_in_tables_stay_on_one_line(served: str, browser_context: Any) -> None:
    visit = PageVisit(browser_context)
    for width in (1280, 700):
        visit.page.set_viewport_size({"width": width, "height": 900})
        for page in ("sdk/guide.html", "mock.html"):
            visit.page.goto(served + page, wait_until="load")
            wrapped = visit.page.eval_on_selector_all(
                "td code",
                """els => els.filter(e => /^\\d{3,4}$/.test(e.textContent.trim()))
                            .map(e => [e.textContent, e.getClientRects().length])""",
            )
            assert wrapped, f"{page}: no code cell found"
            assert all(lines == 1 for _, lines in wrapped), (page, width, wrapped)
    visit.page.close()


def test_search_finds_codes_names_and_fields(served: str, browser_context: Any) -> None:
    visit = PageVisit(browser_context)
    visit.page.goto(served + "index.html", wait_until="networkidle")  # search index loaded
    box = visit.page.locator("input.md-search__input")
    for term in SEARCH_TERMS:
        box.click()
        box.fill("")
        box.press_sequentially(term, delay=20)
        results = visit.page.locator(".md-search-result__item")
        results.first.wait_for(state="visible", timeout=15_000)
        assert term.lower() in results.first.inner_text().lower(), term
        visit.page.keyboard.press("Escape")
    visit.page.close()
    assert not visit.errors and not visit.remote


def test_screenshots_for_a_person_to_look_at(served: str, browser_context: Any) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    visit = PageVisit(browser_context)
    visit.page.set_viewport_size({"width": 1280, "height": 900})
    shots = {
        "home.png": "index.html",
        "operation-general.png": "http-api/reference.html#post-general",
    }
    for name, page in shots.items():
        visit.page.goto(served + page, wait_until="load")
        visit.page.screenshot(path=str(SCREENSHOTS / name))
        assert (SCREENSHOTS / name).stat().st_size > 10_000, name
    heading = visit.page.locator("#post-general")
    assert heading.is_visible() and heading.bounding_box()["y"] < 200  # scrolled to the anchor
    visit.page.close()
    print(f"\nscreenshots in {SCREENSHOTS}")
    assert not visit.errors and not visit.remote


def test_docs_command_reports_a_broken_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.__main__ import main

    broken = tmp_path / "openapi.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: T}\npaths: {}\n", encoding="utf-8")
    assert main(["docs", "--spec", str(broken)]) == 2
    assert "not a valid OpenAPI document" in capsys.readouterr().err


def test_review_and_privacy_page_shows_the_review_page(site: Path) -> None:
    markup = (site / "review.html").read_text(encoding="utf-8")
    shots = re.findall(r'<img[^>]+src="(assets/review-[^"]+\.png)"', markup)
    assert len(shots) >= 2 and all((site / shot).is_file() for shot in shots)
    text = page_text(site, "review.html")
    for name in ("bizno", "card_luhn", "mrz", "rrn_format", "receipt_total", "receipt_vat"):
        assert name in text, name
    for flag in ("--checks", "--review-below", "--redact", "--accuracy", "corrections.jsonl"):
        assert flag in text, flag
