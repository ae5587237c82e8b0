#!/usr/bin/env bash
# `npm test`: build, type-check, lint, unit tests, LSP tests against the built server, the packaged
# .vsix, and the real-editor tests (code-server + Chromium, Neovim). Every step runs; any failure fails.
set -uo pipefail
cd "$(dirname "$0")/.."

pass=0
fail=0
failed=()
step() {
  local name="$1"
  shift
  local t0=$SECONDS
  echo "=== $name: $*"
  if "$@"; then
    pass=$((pass + 1))
    echo "=== $name: ok ($((SECONDS - t0))s)"
  else
    fail=$((fail + 1))
    failed+=("$name")
    echo "=== $name: FAILED ($((SECONDS - t0))s)"
  fi
}

step build npm run --silent build
step typecheck npx tsc -p .
step lint npx eslint .
step unit npx mocha
step grammar node syntaxes/check-grammar.mjs
step lists node data/lists/check-lists.mjs ../shared/data/anercorp
step lsp npx mocha --no-config --timeout 60000 'test/out/test/lsp/**/*.test.js'
step cli npx mocha --no-config --timeout 60000 'test/out/test/cli/**/*.test.js'
step package node scripts/package.mjs
step e2e bash scripts/e2e/run-all.sh --no-build

[ "$fail" -eq 0 ] || echo "failed steps: ${failed[*]}"
echo "steps: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
