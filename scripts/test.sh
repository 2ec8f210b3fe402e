#!/usr/bin/env bash
# The whole suite, from a fresh checkout: install what the tests need (system packages, then the
# test extras into .venv), then run every check CI runs. Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

# --- System packages (CI runs as root on Debian; a no-op once everything is installed) --------
# - the mock's OCR engine (clova-ocr[engine]): Tesseract's language data (Korean, English,
#   Japanese, Traditional Chinese, orientation) and the fonts the engine tests render pages with;
# - the docs site's browser tests: Debian's chromium, driven by Playwright (no browser download);
# - the portability matrix: Node.js and npm for openapi-typescript and tsc (pinned by
#   generator/portability/package-lock.json; `npm ci` happens on first use);
# - python3-venv, without which Debian's python3 cannot create .venv.
system_packages="tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor tesseract-ocr-jpn \
tesseract-ocr-chi-tra tesseract-ocr-osd fonts-nanum fonts-dejavu-core chromium"
missing=""
for package in $system_packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
    || missing="$missing $package"
done
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
python3 -c "import ensurepip" 2>/dev/null || missing="$missing python3-venv"  # Debian splits venv out
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing system packages:$missing (install them with apt-get as root)" >&2
    exit 1
  fi
  echo "== installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

echo "== generated_client/ is a fresh generation of openapi.yaml"
.venv/bin/python -m generator --check
echo "== openapi.yaml: its version and CHANGELOG.md match what changed since the last release"
if ! .venv/bin/python -m generator changes; then
  echo "openapi.yaml changed without the version bump / CHANGELOG.md entry / release record" >&2
  echo "listed above under NOT OK: make those edits (see CHANGELOG.md's policy), then re-run" >&2
  echo "'.venv/bin/python -m generator changes' until it says OK." >&2
  exit 1
fi
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check wrapper mock common generator tests bench examples
echo "== mypy (wrapper/, mock/, common/)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest "$@"
