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

# -- System package for the documentation site's browser tests (tests/test_docs.py): Debian's
# chromium, driven by Playwright with no browser download. CI runs as root on Debian; a no-op
# when chromium is already there. (APT_UPDATED lets other install blocks skip a 2nd update.)
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq && APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "warning: /usr/bin/chromium missing (apt-get install chromium); docs browser tests will fail" >&2
  fi
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
