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

# --- issue 8: the portability matrix runs openapi-typescript and tsc from npm (pinned by
# generator/portability/package-lock.json; `npm ci` happens on first use). Install Node.js and
# npm from Debian when missing.
if ! command -v npm >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends nodejs npm
fi

echo "== generated_client/ is a fresh generation of openapi.yaml"
.venv/bin/python -m generator --check
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check wrapper mock generator tests bench examples
echo "== mypy (wrapper/, mock/)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
