#!/usr/bin/env bash
# The whole suite, from a fresh checkout: install the test extras into .venv, then run every
# check CI runs. Usage: bash scripts/test.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

echo "== generated_client/ is a fresh generation of openapi.yaml"
.venv/bin/python -m generator --check
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check wrapper mock generator tests bench examples
echo "== mypy (wrapper/, mock/)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
