"""schemathesis against the mock, in-process (ASGI): the mock must honour the spec both ways.

CI runs a fixed seed with a small budget; for a long fuzz run:

    CLOVA_FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/test_fuzz_mock.py -m fuzz
"""

from __future__ import annotations

import os

import hypothesis
import pytest
import schemathesis

from clova_ocr_mock import create_app

from .mock_helpers import BASE, SECRET
from .spec_tools import SPEC_PATH

EXAMPLES = int(os.environ.get("CLOVA_FUZZ_EXAMPLES", "30"))
SEED = int(os.environ.get("CLOVA_FUZZ_SEED", "20261125"))

schema = schemathesis.openapi.from_path(SPEC_PATH)
schema.config.update(base_url=f"http://mock.local{BASE}")
schema.config.generation.update(max_examples=EXAMPLES, deterministic=True)
schema.app = create_app(secret=SECRET)


@schemathesis.auth()
class ClientSecret:
    """Sends the mock's X-OCR-SECRET (schemathesis drops or spoils it for ignored_auth)."""

    def get(self, case: schemathesis.Case, context: object) -> str:
        return SECRET

    def set(self, case: schemathesis.Case, data: str, context: object) -> None:
        case.headers = {**(case.headers or {}), "X-OCR-SECRET": data}


@pytest.mark.fuzz
@schema.parametrize()
@hypothesis.seed(SEED)
@hypothesis.settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_mock_conforms_to_the_spec(case: schemathesis.Case) -> None:
    # No exception: "an image needs data or url" is an if/then in openapi.yaml, so the
    # generated positive bodies respect it and the negative ones must get the mock's 0011.
    case.call_and_validate()
