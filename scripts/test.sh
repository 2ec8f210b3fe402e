#!/usr/bin/env bash
# The whole suite, from a fresh checkout: install the test extras into .venv, then run every
# check CI runs. Usage: bash scripts/test.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

# --- issue 12: system packages of the mock's OCR engine (clova-ocr[engine]) -----------------
# Tesseract's language data (Korean, English, Japanese, Traditional Chinese, orientation) and
# the fonts the engine tests render their pages with. CI runs as root on Debian: one
# `apt-get update`, only when something is missing, so this is a no-op once installed.
engine_packages="tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor tesseract-ocr-jpn \
tesseract-ocr-chi-tra tesseract-ocr-osd fonts-nanum fonts-dejavu-core"
missing=""
for package in $engine_packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
    || missing="$missing $package"
done
if [ -n "$missing" ]; then
  echo "== installing system packages for the OCR engine:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 $missing
fi
# --- end issue 12 ----------------------------------------------------------------------------

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
