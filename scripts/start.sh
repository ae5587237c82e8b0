#!/usr/bin/env bash
# `npm start`: the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100) on the sample articles.
# Builds and packages the extension, installs code-server into .cache/ if it is missing, starts it on
# 127.0.0.1:$PORT (default 8080) with the .vsix installed and samples/ open, prints the URL, and runs in
# the foreground until Ctrl+C, which stops code-server cleanly.
#   npm start              the packaged extension (what users install)
#   npm start -- --dev     the working tree as a development extension (no packaging; URL carries a payload)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
MODE=vsix
for arg in "$@"; do
  case "$arg" in
    --dev) MODE=dev ;;
    *) echo "start: unknown argument '$arg' (only --dev)" >&2; exit 2 ;;
  esac
done
[ -d node_modules/esbuild ] || { echo "start: dependencies are missing: run npm install first" >&2; exit 1; }
PORT="${PORT:-8080}"
if ! node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($PORT,'127.0.0.1',()=>s.close())"; then
  echo "start: port $PORT on 127.0.0.1 is in use; choose another with PORT=8081 npm start" >&2
  exit 1
fi

bash scripts/e2e/install-tools.sh --for=start
if [ "$MODE" = vsix ]; then
  echo "start: building and packaging the extension..."
  npm run --silent package >/dev/null
  VSIX="$(node -p "const p=require('./package.json'); p.name + '-' + p.version + '.vsix'")"
  [ -f "$VSIX" ] || { echo "start: npm run package did not produce $VSIX" >&2; exit 1; }
  exec node scripts/e2e/code-server.js --port "$PORT" --folder samples --vsix "$VSIX"
else
  echo "start: building the extension..."
  npm run --silent build
  exec node scripts/e2e/code-server.js --port "$PORT" --folder samples --dev "$ROOT"
fi
