"""openapi.yaml stays portable and its uncertainty machine-readable (issue 8)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from generator.portability import failures, run, table

from .spec_tools import spec

RESEARCH_NOTES = re.compile(
    r"(?<!x-)\bassumed\b|from memory|not readable|could read|\[UNSURE\]|we could|never published",
    re.IGNORECASE,
)


def _walk(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def test_descriptions_hold_no_research_notes() -> None:
    offending = [
        f"{pointer}: {match.group(0)!r}"
        for pointer, node in _walk(spec())
        if isinstance(node, dict)
        for key in ("description", "summary")
        if isinstance(node.get(key), str) and "x-assumed" not in pointer
        for match in [RESEARCH_NOTES.search(node[key])]
        if match
    ]
    assert offending == []


def test_every_x_assumed_has_what_and_evidence() -> None:
    found = [
        (p, n["x-assumed"]) for p, n in _walk(spec()) if isinstance(n, dict) and "x-assumed" in n
    ]
    assert len(found) >= 20
    for pointer, assumed in found:
        assert isinstance(assumed, dict) and set(assumed) == {"what", "evidence"}, pointer
        assert all(isinstance(v, str) and len(v) > 10 for v in assumed.values()), pointer


def test_no_object_schema_is_combined_with_any_of_or_all_of() -> None:
    for pointer, node in _walk(spec()["components"]["schemas"], "#/components/schemas"):
        if isinstance(node, dict) and ("properties" in node or node.get("type") == "object"):
            assert not {"anyOf", "allOf", "oneOf"} & set(node), pointer


def test_every_required_list_sits_next_to_its_properties() -> None:
    for pointer, node in _walk(spec()):
        if isinstance(node, dict) and isinstance(node.get("required"), list):
            missing = set(node["required"]) - set(node.get("properties", {}))
            assert not missing, f"{pointer}: {missing}"


def test_made_up_examples_say_so() -> None:
    examples = spec()["components"]["examples"]
    for name in [
        "NameCardResponse",
        "BizLicenseResponse",
        "TemplateResponse",
        "MedicalReceiptResponse",
    ]:
        assert examples[name]["summary"].startswith("Made-up example"), name


def test_audit_findings_are_fixed() -> None:
    document = spec()
    schemas = document["components"]["schemas"]
    assert "coRepSocialNum" in schemas["BizLicenseResult"]["properties"]
    assert document["paths"]["/document/medical-receipt"]["post"]["deprecated"] is True
    assert "x-assumed" in document["paths"]["/infer"]["post"]["responses"]["200"]
    assert "x-assumed" in schemas["TemplateRequest"]
    assert all(
        "default" in item["post"]["responses"] and "security" not in item["post"]
        for item in document["paths"].values()
    )
    server = document["servers"][0]
    assert {"domainId", "invokeKey", "gatewayHost"} <= set(server["variables"])
    assert "apigw.gov-ntruss.com" in server["variables"]["gatewayHost"]["enum"]
    assert document["info"]["contact"]["url"] and document["externalDocs"]["url"]
    assert (
        "per request"
        in document["components"]["securitySchemes"]["GatewayTimestamp"]["description"]
    )


@pytest.fixture(scope="module")
def matrix() -> list[dict[str, Any]]:
    return run()


def test_portability_matrix_is_green(matrix: list[dict[str, Any]]) -> None:
    print(table(matrix))
    assert [r["generator"] for r in matrix] == [
        "openapi-python-client",
        "openapi-generator python",
        "openapi-generator typescript-fetch",
        "openapi-typescript + tsc",
        "datamodel-code-generator",
    ]
    assert failures(matrix) == []
    for result in matrix:
        assert result["passed"] and result["compiles"], result["generator"]
        assert result["total"] >= 60 and result["ok"] == result["total"], result["generator"]
        assert result["bad"] >= 8 and result["rejected"] == result["bad"], result["generator"]
        assert result["multipart"].startswith(("yes", "models only")), result["generator"]


def test_the_matrix_catches_the_audited_spec(tmp_path: Any) -> None:
    """The first revision of openapi.yaml had the audit's defects; the matrix must see them."""
    import json
    import subprocess

    from generator import paths
    from generator.portability.cases import all_cases, write_cases
    from generator.portability.targets import openapi_generator_python

    first = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", "openapi.yaml"],
        cwd=paths.ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()[-1]  # fmt: skip
    old = subprocess.run(
        ["git", "show", f"{first}:openapi.yaml"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    import yaml

    document = yaml.safe_load(old)
    old_spec = tmp_path / "old.json"
    old_spec.write_text(json.dumps(document), encoding="utf-8")
    cases = write_cases(all_cases(document), tmp_path / "cases.json")
    outcome = openapi_generator_python(old_spec, tmp_path, cases)
    assert not outcome.passed
    assert outcome.rejected < outcome.bad  # General images without format/name were accepted
    assert any("/infer request" in line for line in outcome.failures)  # Template unbuildable
