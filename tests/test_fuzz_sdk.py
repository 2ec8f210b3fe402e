"""The other direction: answers generated from the spec's response schemas (and mutations of
them) go through the SDK's parsing and result helpers. Each either yields a result or raises
one of our typed errors — never KeyError/ValueError/JSONDecodeError or anything else.

    CLOVA_FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/test_fuzz_sdk.py -m fuzz
"""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
import hypothesis
import pytest
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from clova_ocr import PRODUCTS as REGISTRY
from clova_ocr import (
    ClovaOCRError,
    DocumentResult,
    OCRResult,
    TemplateResult,
    UnexpectedResponseError,
)
from clova_ocr.tables import MAX_INDEX

from .spec_tools import spec
from .wrapper_helpers import PNG, make_client

EXAMPLES = int(os.environ.get("CLOVA_FUZZ_EXAMPLES", "30"))
SEED = int(os.environ.get("CLOVA_FUZZ_SEED", "20261125"))
FUZZ = hypothesis.settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)

#: Each answer schema → a call of the product that answers with it, from the SDK's
#: registry (a new product is fuzzed here as soon as it is registered).
PRODUCTS = {
    product.response_model: lambda ocr, name=product.name: ocr.recognize(name, PNG)
    for product in REGISTRY.values()
}


def _schema(name: str) -> dict[str, Any]:
    return {
        "$ref": f"#/components/schemas/{name}",
        "components": {"schemas": spec()["components"]["schemas"]},
    }


def _exercise(result: OCRResult[Any], *, valid: bool) -> None:
    """Touch every helper a user would; the typed model must parse when the answer is valid."""
    try:
        _ = result.model
    except ClovaOCRError:
        assert not valid, "a spec-valid answer must parse into the typed model"
    _ = result.text, result.ok, result.failures, [line.text for line in result.lines]
    _ = [(w.polygon.bbox, w.confidence) for w in result.words]
    for table in result.tables:
        try:
            table.to_rows()
            table.to_csv()
        except UnexpectedResponseError:  # spec-valid, yet a cell beyond any page: typed
            assert any(
                max(c.row + c.row_span, c.column + c.column_span) > MAX_INDEX for c in table.cells
            )
    for page in result.pages:
        _ = page.width, page.height, page.index, page.text
    if isinstance(result, (TemplateResult, DocumentResult)):
        result.to_dict()
    if isinstance(result, TemplateResult):
        _ = result.matched_template, result.fields
    if isinstance(result, DocumentResult):
        _ = result.estimated_language
        try:
            _ = result.document
        except ClovaOCRError:  # the typed model says so, typed, when the answer is off-spec
            assert not valid


def _run(
    name: str,
    status: int,
    content: bytes,
    content_type: str = "application/json",
    *,
    valid: bool = False,
) -> None:
    answer = httpx.Response(status, content=content, headers={"content-type": content_type})

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    ocr = make_client(handler, max_retries=0)
    try:
        result = PRODUCTS[name](ocr)
    except ClovaOCRError:
        return
    _exercise(result, valid=valid)


def _mutate(data: st.DataObject, node: Any, depth: int = 0) -> Any:
    """Randomly drop keys, change types, add unknown keys or enum values, somewhere inside."""
    if isinstance(node, dict) and node and depth < 6:
        key = data.draw(st.sampled_from(sorted(node)))
        action = data.draw(st.sampled_from(["recurse", "drop", "retype", "extra"]))
        copy = dict(node)
        if action == "recurse":
            copy[key] = _mutate(data, node[key], depth + 1)
        elif action == "drop":
            del copy[key]
        elif action == "retype":
            copy[key] = data.draw(
                st.one_of(
                    st.none(),
                    st.integers(),
                    st.text(max_size=5),
                    st.lists(st.integers(), max_size=2),
                    st.booleans(),
                )
            )
        else:
            copy["x-" + data.draw(st.text(min_size=1, max_size=5))] = {"new": True}
        return copy
    if isinstance(node, list) and node and depth < 6:
        index = data.draw(st.integers(0, len(node) - 1))
        copy_list = list(node)
        copy_list[index] = _mutate(data, node[index], depth + 1)
        return copy_list
    if isinstance(node, str):
        return data.draw(st.sampled_from(["NEW_ENUM_VALUE", "", node * 2]))
    return node


@pytest.mark.fuzz
@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_spec_valid_answers_parse_or_raise_typed(name: str) -> None:
    @hypothesis.seed(SEED)
    @FUZZ
    @hypothesis.given(body=from_schema(_schema(name)))
    def check(body: dict[str, Any]) -> None:
        _run(name, 200, json.dumps(body).encode(), valid=True)

    check()


@pytest.mark.fuzz
@pytest.mark.parametrize("name", sorted(PRODUCTS))
def test_mutated_answers_parse_or_raise_typed(name: str) -> None:
    @hypothesis.seed(SEED)
    @FUZZ
    @hypothesis.given(body=from_schema(_schema(name)), data=st.data())
    def check(body: dict[str, Any], data: st.DataObject) -> None:
        _run(name, 200, json.dumps(_mutate(data, body)).encode())

    check()


@pytest.mark.fuzz
@hypothesis.seed(SEED)
@FUZZ
@hypothesis.given(
    status=st.integers(100, 599),
    content=st.one_of(
        st.binary(max_size=64),
        from_schema(_schema("OcrError")).map(lambda b: json.dumps(b).encode()),
        from_schema(_schema("GatewayError")).map(lambda b: json.dumps(b).encode()),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=5),
            lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
            max_leaves=8,
        ).map(lambda b: json.dumps(b).encode()),
    ),
    content_type=st.sampled_from(["application/json", "text/html", "text/plain", ""]),
)
def test_any_status_and_body_raise_only_typed_errors(
    status: int, content: bytes, content_type: str
) -> None:
    _run("GeneralResponse", status, content, content_type)
