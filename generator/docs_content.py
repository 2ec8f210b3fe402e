"""The generated parts of the documentation site, as Markdown (no MkDocs in here).

Everything that could drift if written by hand is computed at build time from its source:
the SDK reference from ``clova_ocr.__all__``, the error table from the SDK's own error
registry, the mock's switches and faults from the mock's code, the HTTP reference (with a
curl and a Python sample per operation) and the list of assumptions from ``openapi.yaml``.
``generator/docs_hooks.py`` puts each part in place of a ``<!-- clova:NAME -->`` marker.
"""

from __future__ import annotations

import copy
import html
import inspect
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import paths
from .spec import resolve_ref

TEMPLATES = Path(__file__).resolve().parent / "docs_templates"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# --------------------------------------------------------------------------- SDK reference


def _reference_group(name: str, obj: object) -> str:
    if inspect.isclass(obj) and issubclass(obj, BaseException | Warning):
        return "Errors and warnings"
    module = getattr(obj, "__module__", "") or ""
    if name.endswith("OCR") or module.endswith(("_client", "_auth")):
        return "Clients and authentication"
    if inspect.isfunction(obj):
        return "Functions"
    if inspect.isclass(obj):
        return "Results and data types"
    return "Module attributes"


REFERENCE_GROUPS = (
    "Clients and authentication",
    "Results and data types",
    "Functions",
    "Errors and warnings",
    "Module attributes",
)


def sdk_reference() -> str:
    """One mkdocstrings block per public name of ``clova_ocr`` (its ``__all__``), grouped."""
    import clova_ocr

    groups: dict[str, list[str]] = {title: [] for title in REFERENCE_GROUPS}
    for name in clova_ocr.__all__:
        statically_bound = name in vars(clova_ocr)  # False for lazy names such as draw
        obj = getattr(clova_ocr, name)
        group = _reference_group(name, obj)
        if statically_bound or group == "Module attributes":
            identifier = f"clova_ocr.{name}"
        else:
            identifier = f"{obj.__module__}.{obj.__qualname__}"
        groups[group].append(f"::: {identifier}\n")
    parts = []
    for title, blocks in groups.items():
        if blocks:
            parts.append(f"## {title}\n\n" + "\n".join(blocks))
    return "\n".join(parts)


# --------------------------------------------------------------------------- products


def _codes(names: list[str]) -> str:
    """``a``, ``b`` and ``c`` as inline code, joined as prose."""
    quoted = [f"`{name}`" for name in names]
    return ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if len(quoted) > 1 else "".join(quoted)


def _method(product: Any) -> str:
    prefix = "ocr.document." if product.family == "document" else "ocr."
    return f"{prefix}{product.name}"


def products_table() -> str:
    """Each product of the SDK's registry: its method and the options of its own, then the
    options every method takes (a product added to the registry appears here by itself)."""
    from clova_ocr import PRODUCTS, RequestOptions

    common = list(RequestOptions.__annotations__)
    rows = ["| Product | Method | Options |", "|---|---|---|"]
    for product in PRODUCTS.values():
        own = [name for name in product.options.__annotations__ if name not in common]
        options = ", ".join(f"`{name}`" for name in own) or "—"
        rows.append(f"| {product.title} | `{_method(product)}(image, …)` | {options} |")
    return (
        "\n".join(rows)
        + f"\n\nEvery method also takes {_codes(common)} for that call only. An unknown option"
        " is a `TypeError`.\n"
    )


def export_columns() -> str:
    """The key-field columns of the export's ``documents`` table, per product (from
    ``Product.key_fields`` in the registry)."""
    from clova_ocr import PRODUCTS

    rows = ["| Product | Key-field columns |", "|---|---|"]
    for product in PRODUCTS.values():
        if product.key_fields:
            columns = ", ".join(f"`{column}`" for column, _ in product.key_fields)
            rows.append(f"| {product.title} (`{product.cli_name}`) | {columns} |")
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- testing example

#: The example test file users copy; the project's test suite runs it, so the page shows code
#: that works with this version.
TESTING_EXAMPLE = paths.ROOT / "examples" / "test_with_clova_ocr_mock.py"


def testing_example() -> str:
    """``examples/test_with_clova_ocr_mock.py`` as a fenced Python block."""
    source = TESTING_EXAMPLE.read_text(encoding="utf-8")
    return f"```python\n{source.rstrip()}\n```\n"


# --------------------------------------------------------------------------- error table

#: What a user should do about each error (prose; an error without advice shows its meaning).
ERROR_ADVICE: dict[str, str] = {
    "ClovaOCRError": "Catch it to handle every failure of the SDK in one place.",
    "ConfigurationError": "Fix the client's arguments or environment variables.",
    "InputError": "Send a supported, non-empty image under the size limit.",
    "APIConnectionError": "Check the network, proxy and the Invoke URL's host.",
    "APITimeoutError": "Raise `timeout=`; a timed-out call may still have been processed.",
    "APIError": "Read `code`, `message` and `trace_id`; quote the traceId to NAVER support.",
    "AuthenticationError": "Check the domain's Client Secret (`X-OCR-SECRET`).",
    "InvalidRequestError": "Fix the request: Invoke URL path, body, version or domain type.",
    "QuotaExceededError": "Wait for the quota to renew or raise it in the console.",
    "RateLimitError": "Slow down; `retry_after` says how long the service asked to wait.",
    "TableDetectionDisabledError": "Turn table detection on for the domain, or drop `tables=True`.",
    "TemplateNotDeployedError": "Deploy (release) a template in the template builder.",
    "ServerError": "Retried automatically; if it persists, contact support with the traceId.",
    "UnexpectedResponseError": "Often a proxy in between; check `http_status` and `body`.",
    "GatewayError": "API Gateway refused the call before the OCR engine saw it.",
    "GatewayAuthenticationError": "Check `access_key`/`secret_key` and the clock (±5 min).",
    "PermissionDeniedError": "Check the API Gateway product's permissions and subscription.",
    "NotFoundError": "Copy the Invoke URL again from the console; the stage or path is wrong.",
    "PayloadTooLargeError": "Send a smaller file (multipart, or split the PDF).",
    "GatewayRateLimitError": "Slow down; retried after `Retry-After`.",
    "GatewayServerError": "Retried automatically; the OCR engine was unreachable or slow.",
    "ImageInferenceError": "Look at `result`; or pass `raise_on_failure=False` and check `.ok`.",
}

#: Errors whose ``retryable`` is decided per instance rather than per class.
RETRY_NOTES: dict[str, str] = {
    "UnexpectedResponseError": "when HTTP 429 or 5xx",
}


def error_registry() -> tuple[dict[str, type], dict[int, type]]:
    """The SDK's own maps: OCR engine code → error class, API Gateway status → error class."""
    from clova_ocr import _responses

    ocr = getattr(_responses, "OCR_ERRORS", {})
    gateway = getattr(_responses, "GATEWAY_ERRORS", {})
    return dict(ocr), dict(gateway)


def error_classes() -> list[type[BaseException]]:
    """Every exception class ``clova_ocr`` exports, parents before children."""
    import clova_ocr

    exported = [getattr(clova_ocr, name) for name in clova_ocr.__all__]
    classes = [c for c in exported if inspect.isclass(c) and issubclass(c, Exception)]
    classes = [c for c in classes if not issubclass(c, Warning)]

    def lineage(cls: type) -> tuple[str, ...]:
        # The exported ancestors from the root down: parents sort before their children.
        return tuple(reversed([c.__name__ for c in cls.__mro__ if c in classes]))

    return sorted(classes, key=lineage)


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    first = doc.strip().split("\n\n")[0].replace("\n", " ")
    return first.replace("``", "`").replace("|", "\\|")


def retried(cls: type) -> str:
    """Whether the SDK retries this error, from the class's ``retryable`` (or its note)."""
    if cls.__name__ in RETRY_NOTES:
        return f"yes, {RETRY_NOTES[cls.__name__]}"
    return "yes" if getattr(cls, "retryable", False) else "no"


def error_table() -> str:
    """Markdown table: error class → codes → retried or not → meaning and what to do."""
    ocr, gateway = error_registry()
    rows = [
        "| Error | Codes | Retried | Meaning → what to do |",
        "|---|---|---|---|",
    ]
    for cls in error_classes():
        codes = [f"`{code}`" for code, target in ocr.items() if target is cls]
        codes += [f"gateway `{status}`" for status, target in gateway.items() if target is cls]
        link = f"[`{cls.__name__}`](reference.md#clova_ocr.{cls.__name__})"
        advice = ERROR_ADVICE.get(cls.__name__)
        meaning = f"{_summary(cls)} **→** {advice}" if advice else _summary(cls)
        rows.append(f"| {link} | {', '.join(codes) or '—'} | {retried(cls)} | {meaning} |")
    return "\n".join(rows) + "\n"


def exit_codes() -> str:
    """Table of the product commands' exit codes, from the CLI's own table."""
    from clova_ocr._cli_batch import EXIT_CODES

    rows = ["| Exit code | Meaning |", "|---|---|"]
    rows += [f"| `{code}` | {html.escape(meaning)} |" for code, meaning in EXIT_CODES.items()]
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- the mock


def _mock_serve_command() -> Any:
    from clova_ocr.cli import main

    mock = main.commands["mock"]
    return mock.commands["serve"]  # type: ignore[attr-defined]


def mock_switches() -> str:
    """Table of ``clova-ocr mock serve`` options, from the click command itself."""
    import click

    rows = ["| Option | Default | Effect |", "|---|---|---|"]
    for param in _mock_serve_command().params:
        if not isinstance(param, click.Option) or param.hidden:
            continue
        names = ", ".join(f"`{opt}`" for opt in param.opts + param.secondary_opts)
        help_text = (param.help or "").replace("|", "\\|")
        if param.envvar:
            help_text += f" (environment: `{param.envvar}`)"
        default = param.default
        unset = default is None or default is False or type(default).__name__ == "Sentinel"
        shown = "—" if unset or callable(default) else f"`{default}`"
        rows.append(f"| {names} | {shown} | {help_text} |")
    return "\n".join(rows) + "\n"


def mock_faults() -> str:
    """Table of ``X-Mock-Fault`` values that answer with a service error, from the mock."""
    from clova_ocr_mock.errors import ENGINE_ERRORS, GATEWAY_ERRORS

    rows = ["| `X-Mock-Fault` | HTTP | Answer |", "|---|---|---|"]
    for code, (status, message) in ENGINE_ERRORS.items():
        rows.append(f"| `{code}` | {status} | OCR engine error `{code}`: {message} |")
    for status, (code, message, _details) in GATEWAY_ERRORS.items():
        rows.append(f"| `gateway-{status}` | {status} | API Gateway error `{code}`: {message} |")
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- code samples

#: The Python SDK call of each operation (by ``operationId``): the one hand-kept table of
#: the HTTP reference's Python samples. A new operation without an entry fails the build.
SDK_CALLS: dict[str, str] = {
    "generalOcr": 'result = ocr.general("scan.png", lang="ko", tables=True)\nprint(result.text)',
    "templateOcr": 'result = ocr.template("form.jpg", template_ids=[39])\nprint(result.to_dict())',
}


def sdk_call(path: str, operation_id: str) -> str:
    """The SDK call that does ``operation_id``: written out above, or for a Document OCR
    path (``/document/credit-card``) its registry accessor (``ocr.document.credit_card``)."""
    if operation_id in SDK_CALLS:
        return SDK_CALLS[operation_id]
    if path.startswith("/document/"):
        name = path.removeprefix("/document/").replace("-", "_")
        return f'result = ocr.document.{name}("{name}.jpg")\nprint(result.to_dict())'
    raise KeyError(
        f"operation {operation_id!r} has no Python SDK sample: add it to "
        "generator/docs_content.py SDK_CALLS"
    )


PYTHON_SAMPLE = """\
from clova_ocr import ClovaOCR

# Reads CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET from the environment.
with ClovaOCR() as ocr:
{body}
"""


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every operation of the document."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield path, method, operation


def _first_example(document: dict[str, Any], media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        example = resolve_ref(document, example)
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


def curl_samples(document: dict[str, Any], path: str, method: str, operation: dict[str, Any]):
    """curl commands for the operation: its first JSON example, and a multipart upload."""
    body = resolve_ref(document, operation.get("requestBody") or {})
    content = body.get("content") or {}
    head = [
        f'curl -sS -X {method.upper()} "$CLOVA_OCR_INVOKE_URL{path}"',
        '  -H "X-OCR-SECRET: $CLOVA_OCR_SECRET"',
    ]
    samples = []
    json_example = _first_example(document, content.get("application/json") or {})
    if json_example is not None:
        payload = shlex.quote(json.dumps(json_example, ensure_ascii=False, indent=2))
        lines = [*head, '  -H "Content-Type: application/json"', f"  -d {payload}"]
        samples.append({"lang": "Shell", "label": "curl (JSON)", "source": " \\\n".join(lines)})
    multipart = _first_example(document, content.get("multipart/form-data") or {})
    if isinstance(multipart, dict) and isinstance(multipart.get("message"), dict):
        message = json.dumps(multipart["message"], ensure_ascii=False, separators=(",", ":"))
        lines = [
            *head,
            f"  -F {shlex.quote('message=' + message + ';type=application/json')}",
            "  -F 'file=@scan.png'",
        ]
        samples.append(
            {"lang": "Shell", "label": "curl (multipart)", "source": " \\\n".join(lines)}
        )
    return samples


def python_sample(path: str, operation_id: str) -> dict[str, str]:
    body = "\n".join(f"    {line}" for line in sdk_call(path, operation_id).splitlines())
    return {"lang": "Python", "label": "Python SDK", "source": PYTHON_SAMPLE.format(body=body)}


def with_code_samples(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the document whose operations carry ``x-codeSamples`` (curl and Python).

    Samples the document already has are kept; ours are added after them.
    """
    augmented = copy.deepcopy(document)
    for path, method, operation in operations(augmented):
        samples = list(operation.get("x-codeSamples") or [])
        samples += curl_samples(augmented, path, method, operation)
        samples.append(python_sample(path, str(operation.get("operationId"))))
        operation["x-codeSamples"] = samples
    return augmented


# --------------------------------------------------------------------------- assumptions


@dataclass(frozen=True)
class Assumption:
    """One ``x-assumed`` marker: where it sits (JSON pointer), what it assumes, and why."""

    pointer: str
    what: str
    evidence: str


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def assumptions(document: Any) -> list[Assumption]:
    """Every ``x-assumed`` marker of the document, in document order."""
    found: list[Assumption] = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            marker = node.get("x-assumed")
            if isinstance(marker, dict):
                found.append(
                    Assumption(
                        pointer or "#",
                        str(marker.get("what", "")).strip(),
                        str(marker.get("evidence", "")).strip(),
                    )
                )
            for key, value in node.items():
                if key != "x-assumed":
                    walk(value, f"{pointer}/{_escape_pointer(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(document, "#")
    return found


def anchor(pointer: str) -> str:
    """The id of an assumption's entry on the assumptions page."""
    return "assumed-" + (re.sub(r"[^a-z0-9]+", "-", pointer.lower()).strip("-") or "root")


ASSUMPTION_AREAS = (
    ("#/info", "The document"),
    ("#/servers", "Servers and the Invoke URL"),
    ("#/paths", "Operations"),
    ("#/components/securitySchemes", "Authentication"),
    ("#/components/schemas", "Schemas"),
    ("#/components/responses", "Responses and errors"),
    ("#/components/examples", "Examples"),
)


def _area(pointer: str) -> str:
    for prefix, title in ASSUMPTION_AREAS:
        if pointer == prefix or pointer.startswith(prefix + "/"):
            return title
    return "Other parts"


def assumptions_table(document: dict[str, Any]) -> str:
    """The "How this API description was established" list, from the markers, by area."""
    found = assumptions(document)
    if not found:
        return (
            "No part of the current description is marked as assumed "
            "(`openapi.yaml` holds no `x-assumed` marker).\n"
        )
    areas: dict[str, list[Assumption]] = {}
    for item in found:
        areas.setdefault(_area(item.pointer), []).append(item)
    out = [f"The description holds **{len(found)}** marked assumptions.\n"]
    order = [title for _, title in ASSUMPTION_AREAS] + ["Other parts"]
    for title in sorted(areas, key=order.index):
        out.append(f"## {title}\n")
        for item in areas[title]:
            out.append(
                f'<div class="assumption" id="{anchor(item.pointer)}" markdown>\n'
                f'<code class="json-pointer">{html.escape(item.pointer)}</code>\n\n'
                f"**Assumed:** {' '.join(item.what.split())}  \n"
                f"**Evidence:** {' '.join(item.evidence.split())}\n"
                "</div>\n"
            )
    return "\n".join(out)


# --------------------------------------------------------------------------- changelog


def changelog(root: Path = paths.ROOT) -> str:
    """``CHANGELOG.md`` without its title, or a placeholder line when there is none."""
    source = root / "CHANGELOG.md"
    if not source.is_file():
        return (
            "_No changelog yet: `CHANGELOG.md` (changes of `openapi.yaml`, newest first) "
            "is not in this revision._\n"
        )
    lines = source.read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).strip() + "\n"


# --------------------------------------------------------------------------- HTTP reference


def _markdown_to_html(text: str) -> str:
    import markdown

    return markdown.markdown(text, extensions=["tables"])


def for_rendering(document: dict[str, Any]) -> dict[str, Any]:
    """A copy tuned for the renderer: descriptions that land in HTML tables become HTML."""
    rendered = copy.deepcopy(document)
    for item in assumptions(rendered):
        _at(rendered, item.pointer)["x-assumed"]["anchor"] = anchor(item.pointer)

    def convert(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                for prop in properties.values():
                    if isinstance(prop, dict):
                        _describe_property(prop)
            for value in node.values():
                convert(value)
        elif isinstance(node, list):
            for value in node:
                convert(value)

    _loosen_lists(rendered)
    _inline_examples(rendered, rendered.get("paths", {}))
    _inline_examples(rendered, rendered.get("components", {}).get("responses", {}))
    _inline_examples(rendered, rendered.get("components", {}).get("requestBodies", {}))
    convert(rendered.get("components", {}).get("schemas", {}))
    for scheme in rendered.get("components", {}).get("securitySchemes", {}).values():
        if isinstance(scheme, dict) and isinstance(scheme.get("description"), str):
            scheme["description"] = _markdown_to_html(scheme["description"])
    return rendered


def _inline_examples(document: dict[str, Any], node: Any) -> None:
    """Resolve ``$ref`` examples and name each by its key and summary.

    The renderer shows a referenced example as the whole Example object (summary and value)
    and shows no summary at all; the name it is given here is shown above each example.
    """
    if isinstance(node, dict):
        examples = node.get("examples")
        if isinstance(examples, dict) and all(isinstance(e, dict) for e in examples.values()):
            named = {}
            for key, example in examples.items():
                example = resolve_ref(document, example)
                summary = example.get("summary") if isinstance(example, dict) else None
                named[f"{key}: {summary}" if summary else str(key)] = example
            node["examples"] = named
        for key, value in node.items():
            if key != "examples":
                _inline_examples(document, value)
    elif isinstance(node, list):
        for value in node:
            _inline_examples(document, value)


_LIST_AFTER_TEXT = re.compile(r"^([^\s*\-|#>].*)\n(?=[*-] )", re.M)


def _loosen_lists(node: Any) -> None:
    """Add the blank line Python-Markdown needs before a list that follows a paragraph."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = _LIST_AFTER_TEXT.sub("\\1\n\n", value)
            else:
                _loosen_lists(value)
    elif isinstance(node, list):
        for value in node:
            _loosen_lists(value)


def _at(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.removeprefix("#").split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def assumed_note(node: dict[str, Any]) -> str:
    """A short "Assumed: …" line linking to the node's entry on the assumptions page."""
    marker = node.get("x-assumed")
    if not isinstance(marker, dict):
        return ""
    what = _markdown_to_html(" ".join(str(marker.get("what", "")).split()))
    what = what.removeprefix("<p>").removesuffix("</p>")
    target = f"assumptions.html#{marker.get('anchor', '')}"
    return f'<em class="assumed">Assumed: {what} (<a href="{target}">evidence</a>)</em>'


def _describe_property(prop: dict[str, Any]) -> None:
    text = str(prop.get("description") or "")
    enum = prop.get("enum") or (prop.get("items") or {}).get("enum")
    if isinstance(enum, list) and enum:
        text += "\n\nOne of: " + ", ".join(f"`{value}`" for value in enum)
    if "const" in prop:
        text += f"\n\nAlways `{prop['const']}`."
    if text:
        prop["description"] = _markdown_to_html(text) + assumed_note(prop)
    elif "x-assumed" in prop:
        prop["description"] = assumed_note(prop)


def http_reference(document: dict[str, Any]) -> str:
    """The HTTP API reference as Markdown, pre-rendered by essentials-openapi (neoteroi)."""
    from openapidocs.mk.jinja import Jinja2DocumentsWriter, OutputStyle
    from openapidocs.mk.v3 import OpenAPIV3DocumentationHandler

    writer = Jinja2DocumentsWriter(
        "openapidocs.mk.v3", views_style=OutputStyle.MKDOCS, custom_templates_path=str(TEMPLATES)
    )
    handler = OpenAPIV3DocumentationHandler(
        for_rendering(with_code_samples(document)), writer=writer, style="MKDOCS"
    )
    return str(handler.write())
