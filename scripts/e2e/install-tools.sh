#!/usr/bin/env bash
# Installs (or finds) the tools the real-editor tests need, idempotently:
#   apt: chromium (headless UI tests), neovim (second LSP client), ripgrep + libkrb5-dev (to build code-server)
#   npm: code-server 4.100.3 into .cache/code-server (the real VS Code 1.100 the tests run)
# Usage: scripts/e2e/install-tools.sh [--for=all|start]
#   --for=start  only what `npm start` needs (code-server), no chromium/neovim.
# Exits non-zero with a message naming what is missing when it cannot install it. Never skips silently.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CS_VERSION=4.100.3
CS_DIR="$ROOT/.cache/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_MARKER="$CS_DIR/.installed-$CS_VERSION"
PURPOSE=all
for arg in "$@"; do
  case "$arg" in
    --for=all) PURPOSE=all ;;
    --for=start) PURPOSE=start ;;
    *) echo "install-tools: unknown argument '$arg' (use --for=all or --for=start)" >&2; exit 2 ;;
  esac
done

say() { echo "[install-tools] $*" >&2; }
die() { echo "[install-tools] ERROR: $*" >&2; exit 1; }

code_server_ok() { [ -x "$CS_BIN" ] && [ -f "$CS_MARKER" ]; }

# ---- 1. Debian packages -------------------------------------------------------------------------
wanted=()
if [ "$PURPOSE" = all ]; then
  command -v chromium >/dev/null 2>&1 || wanted+=(chromium)
  command -v nvim >/dev/null 2>&1 || wanted+=(neovim)
fi
if ! code_server_ok; then
  # kerberos (a code-server dependency) has no reachable prebuild and compiles against <gssapi/gssapi.h>;
  # node-pty and argon2 compile too; rg seeds @vscode/ripgrep's download cache (see step 2).
  dpkg -s libkrb5-dev >/dev/null 2>&1 || wanted+=(libkrb5-dev)
  command -v rg >/dev/null 2>&1 || wanted+=(ripgrep)
  { command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1; } || wanted+=(build-essential)
  command -v python3 >/dev/null 2>&1 || wanted+=(python3)
fi

if [ ${#wanted[@]} -gt 0 ]; then
  say "missing: ${wanted[*]}; installing with apt-get"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    die "cannot install ${wanted[*]}: needs root and apt-get (Debian). Install them yourself and re-run."
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >&2 || die "apt-get update failed; cannot install ${wanted[*]}"
  apt-get install -y -qq --no-install-recommends "${wanted[@]}" </dev/null >&2 \
    || die "apt-get install ${wanted[*]} failed"
fi
if [ "$PURPOSE" = all ]; then
  command -v chromium >/dev/null 2>&1 || die "chromium is missing (apt-get install chromium)"
  command -v nvim >/dev/null 2>&1 || die "neovim is missing (apt-get install neovim)"
fi

# ---- 2. code-server from npm ----------------------------------------------------------------------
if code_server_ok; then
  say "code-server $CS_VERSION present ($CS_BIN)"
  exit 0
fi
command -v rg >/dev/null 2>&1 || die "ripgrep (rg) is missing; it is needed to install code-server"
say "installing code-server $CS_VERSION into ${CS_DIR#"$ROOT/"} (about 1-2 minutes)"
mkdir -p "$CS_DIR" "$ROOT/.cache/tmp"
export TMPDIR="$ROOT/.cache/tmp"

# @vscode/ripgrep@1.15.11 (pinned by code-server) fetches rg from GitHub in its postinstall and fails the
# install when it cannot; it looks in $TMPDIR/vscode-ripgrep-cache-<version>/ first, so we put Debian's rg there.
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
  stage="$(mktemp -d)"
  cp "$(command -v rg)" "$stage/rg"
  mkdir -p "$RG_CACHE"
  tar czf "$RG_CACHE/$RG_ASSET" -C "$stage" rg
  rm -rf "$stage"
fi

[ -f "$CS_DIR/package.json" ] || echo '{"name":"code-server-host","private":true}' > "$CS_DIR/package.json"
# unsafe_perm: code-server's postinstall refuses to run as root without it (the env var still reaches it).
# yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npm config would cancel.
if ! (cd "$CS_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" </dev/null >&2); then
  die "npm install code-server@$CS_VERSION failed (see the npm output above)"
fi
[ -x "$CS_BIN" ] || die "code-server installed but $CS_BIN is missing"
[ -d "$CS_DIR/node_modules/code-server/lib/vscode/out" ] || die "code-server install is incomplete (no lib/vscode/out)"
touch "$CS_MARKER"
say "code-server $(node -p "require('$CS_DIR/node_modules/code-server/package.json').version") installed"
