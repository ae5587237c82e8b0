#!/usr/bin/env bash
# Runs the headless Neovim LSP client check (lsp-client.lua) against the built server.
# Usage: test/e2e/nvim/run.sh [ARTICLE]   (default samples/2024-06-15-baghdad-regional.txt; needs npm run build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
command -v nvim >/dev/null 2>&1 || { echo "nvim-client: Neovim is missing: run scripts/e2e/install-tools.sh (apt-get install neovim)" >&2; exit 1; }
export LSP_SERVER="${LSP_SERVER:-$ROOT/server/out/server.js}"
export ARTICLE="$(realpath "${1:-$ROOT/samples/2024-06-15-baghdad-regional.txt}")"
[ -f "$LSP_SERVER" ] || { echo "nvim-client: $LSP_SERVER is missing: run npm run build" >&2; exit 1; }
# Neovim's state, swap and log files go to a temp dir instead of ~/.local (-n: no swap file, -i NONE: no shada).
scratch="$(mktemp -d "${TMPDIR:-/tmp}/anx-nvim-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state"
export NVIM_LOG_FILE="$scratch/nvim.log"
nvim --version | head -1
timeout 120 nvim --headless --noplugin -n -i NONE -u "$ROOT/test/e2e/nvim/lsp-client.lua" </dev/null
