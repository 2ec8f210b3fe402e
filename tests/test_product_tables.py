"""One product table per side, and the spec is the judge.

The SDK's registry (``clova_ocr._products``), the mock's table (``clova_ocr_mock.products``,
read from the spec), the mock's answer rules (``builders.DOCUMENT_RULES``) and the replay
lookup must name exactly the spec's paths. A path added to ``openapi.yaml`` without its SDK
entry or mock rule, or the reverse, fails here with the product's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pytest

from clova_ocr import PRODUCTS, Product
from clova_ocr_mock.builders import DOCUMENT_RULES
from clova_ocr_mock.products import products
from clova_ocr_mock.replay import product_of
from clova_ocr_mock.spec import spec


def spec_paths() -> set[str]:
    return {path for path, item in spec()["paths"].items() if "post" in item}


def gaps(
    paths: Iterable[str], sdk: Mapping[str, Product[object]], rules: Iterable[str]
) -> list[str]:
    """What each table lacks (or has too much) against the spec's ``paths``, one line each."""
    paths = set(paths)
    sdk_paths = {product.path: name for name, product in sdk.items()}
    problems = [f"{p}: in the spec, not in the SDK registry" for p in paths - set(sdk_paths)]
    problems += [
        f"{sdk_paths[p]} ({p}): in the SDK registry, not in the spec"
        for p in set(sdk_paths) - paths
    ]
    kinds = {p.removeprefix("/document/") for p in paths if p.startswith("/document/")}
    problems += [
        f"/document/{k}: no mock rule in builders.DOCUMENT_RULES" for k in kinds - set(rules)
    ]
    problems += [f"{k}: a mock rule for a product the spec lacks" for k in set(rules) - kinds]
    for path in paths:
        name = sdk_paths.get(path)
        if name is not None and product_of(path) not in (name, None):
            problems.append(f"{name} ({path}): replay calls it {product_of(path)!r}")
    return sorted(problems)


def test_every_table_names_exactly_the_spec_paths() -> None:
    assert gaps(spec_paths(), PRODUCTS, DOCUMENT_RULES) == []


def test_a_new_spec_path_is_named_in_what_each_table_lacks() -> None:
    problems = gaps(spec_paths() | {"/document/boarding-pass"}, PRODUCTS, DOCUMENT_RULES)
    assert problems == [
        "/document/boarding-pass: in the spec, not in the SDK registry",
        "/document/boarding-pass: no mock rule in builders.DOCUMENT_RULES",
    ]
    problems = gaps(spec_paths() - {"/document/passport"}, PRODUCTS, DOCUMENT_RULES)
    assert problems == [
        "passport (/document/passport): in the SDK registry, not in the spec",
        "passport: a mock rule for a product the spec lacks",
    ]


@pytest.mark.parametrize("path", sorted(spec_paths()))
def test_each_side_reads_the_product_the_same_way(path: str) -> None:
    sdk = next(p for p in PRODUCTS.values() if p.path == path)
    mock = products()[path.strip("/")]
    assert product_of(path) == mock.name == sdk.name
    assert mock.family == sdk.family
    assert mock.response_schema == sdk.response_model
    assert set(mock.versions) == set(sdk.versions)
    if sdk.family == "document":
        assert mock.document_key == sdk.document_key
        # The key is a property of the product's image result in the spec.
        image = spec()["components"]["schemas"][
            f"{sdk.response_model[: -len('Response')]}ImageResult"
        ]
        keys = {k for part in image["allOf"] for k in part.get("properties", {})}
        assert sdk.document_key in keys
