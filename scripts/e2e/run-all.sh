#!/usr/bin/env bash
# The real-editor tests, end to end, from a fresh clone (Debian 12, Node 20, root; CI=true, no stdin):
#   1. tools: installs or finds Chromium, Neovim, code-server 4.100.3 (scripts/e2e/install-tools.sh)
#   2. build: npm run build, npm run package, npx tsc -p . (emits the compiled suite) and a type-check of the
#      harness's plain-JS files (npx tsc -p scripts/e2e); each runs even if one before failed.
#      --no-build: only the harness type-check (the caller just built, packaged and compiled)
#   3. the mocha suite inside code-server's extension host, launched by @vscode/test-electron's runTests
#      (scripts/e2e/test-electron.js -> scripts/e2e/run-ext-tests.js -> test/e2e/suite)
#   4. the Playwright UI check in headless Chromium on the packaged .vsix, as a user installs it
#      (test/e2e/ui.playwright.js, screenshots in test-output/e2e)
#   5. Neovim headless as a second LSP client (test/e2e/nvim/run.sh)
# Every step runs and reports; the last line is "N passed, M failed"; the exit code is non-zero on any failure.
# Logs: test-output/e2e/<step>.log.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    *) echo "run-all: unknown argument '$arg' (only --no-build)" >&2; exit 2 ;;
  esac
done

LOGS="$ROOT/test-output/e2e"
mkdir -p "$LOGS"
pass=0
fail=0
summary=()
STEP_TIMEOUT="${E2E_STEP_TIMEOUT:-600}"

# step <slug> <title> <command...>: runs with a time limit, streams and logs its output, records the result.
step() {
  local slug="$1" title="$2"
  shift 2
  local t0=$SECONDS rc
  echo "=== e2e: $title"
  timeout --kill-after=15 "$STEP_TIMEOUT" "$@" </dev/null 2>&1 | tee "$LOGS/$slug.log"
  rc=${PIPESTATUS[0]}
  [ "$rc" -eq 124 ] && echo "(timed out after ${STEP_TIMEOUT}s)"
  if [ "$rc" -eq 0 ]; then
    pass=$((pass + 1))
    summary+=("ok      $title ($((SECONDS - t0))s)")
  else
    fail=$((fail + 1))
    summary+=("FAILED  $title ($((SECONDS - t0))s, exit $rc, log test-output/e2e/$slug.log)")
  fi
  echo "=== e2e: $title: $([ "$rc" -eq 0 ] && echo ok || echo FAILED) ($((SECONDS - t0))s)"
}

step tools "tools: Chromium, Neovim, code-server (install or find)" bash scripts/e2e/install-tools.sh --for=all
if [ "$BUILD" = 1 ]; then
  step build "build: bundles, compiled tests, .vsix; type-check of the harness" \
    bash -c 'rc=0; npm run --silent build || rc=1; npm run --silent package >/dev/null || rc=1
             npx tsc -p . || rc=1; npx tsc -p scripts/e2e || rc=1; exit $rc'
else
  step build "type-check of the harness (--no-build: bundles, tests and .vsix as the caller built them)" npx tsc -p scripts/e2e
fi
step ext-host "extension-host mocha suite in code-server (runTests)" node scripts/e2e/test-electron.js
VSIX="$(node -p "const p=require('./package.json'); p.name + '-' + p.version + '.vsix'")"
step ui "Playwright UI in Chromium on $VSIX (colours, hover, screenshots)" env E2E_VSIX="$VSIX" node test/e2e/ui.playwright.js
step nvim "Neovim headless as a second LSP client" bash test/e2e/nvim/run.sh

echo "=== e2e summary"
printf '  %s\n' "${summary[@]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
