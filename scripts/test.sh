#!/usr/bin/env bash
# Every test of the project, in one command (npm test): format, types, lint, unit and fixture
# tests, builds, CLI smoke test, the unit and CLI tests again with the clock moved 400 days and
# 5 years ahead (faketime), the real-world corpus (when ../shared/corpus exists), and the
# Playwright journeys in Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=.ci-out
rm -rf "$OUT"; mkdir -p "$OUT"
steps_passed=0; steps_failed=0
step() {
  local name=$1; shift
  local t=$SECONDS
  echo "::: $name"
  if "$@"; then echo "::: $name ok ($((SECONDS - t))s)"; steps_passed=$((steps_passed + 1))
  else echo "::: $name FAILED"; steps_failed=$((steps_failed + 1)); fi
}

[ -d node_modules ] || npm ci --no-audit --no-fund

# Chromium for the journeys: $CHROMIUM_PATH, else Debian's, installed when we may.
if [ -z "${CHROMIUM_PATH+x}" ]; then
  export CHROMIUM_PATH=/usr/bin/chromium
  if [ ! -x "$CHROMIUM_PATH" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "::: installing Debian chromium"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  fi
fi

# faketime moves the process clock for the "any day" runs below.
if ! command -v faketime >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "::: installing Debian faketime"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null) || true
fi

step format     npx prettier --check --log-level warn .
step types      npx tsc -p tsconfig.json --noEmit
step core-purity npx tsc -p src/core/tsconfig.json --noEmit
step lint       npx oxlint --deny-warnings src e2e scripts
step unit       npx vitest run --reporter=default --reporter=json --outputFile="$OUT/vitest.json"
step build      npx vite build --logLevel warn
step build-cli  npx vite build -c vite.cli.config.ts --logLevel warn
step cli-smoke  bash scripts/cli-smoke.sh
# Tests pass on any day: the unit and CLI tests again, with the process clock moved ahead.
if command -v faketime >/dev/null; then
  for ahead in 400d 1826d; do
    step "unit+cli, clock +$ahead" faketime -f "+$ahead" \
      bash -c 'npx vitest run --reporter=dot --silent && bash scripts/cli-smoke.sh'
  done
else
  echo "::: clock-moved runs skipped: faketime is not installed (Debian package faketime)"
fi
if [ -d ../shared/corpus ]; then
  step corpus   node scripts/corpus.mjs --json "$OUT/corpus.json"
else
  echo "::: corpus skipped: ../shared/corpus is not here"
fi
step e2e        env PLAYWRIGHT_JSON_OUTPUT_NAME="$OUT/playwright.json" CI=1 npx playwright test --reporter=list,json

node scripts/test-summary.mjs "$OUT" "$steps_passed" "$steps_failed"
