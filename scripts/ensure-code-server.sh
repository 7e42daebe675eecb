#!/usr/bin/env bash
# Installs code-server (a real VS Code, 1.100.3) outside the project's dependency tree, once.
# Pinned to 4.100.3: later versions need Node 24. See ../shared/recipes.md section 3.
set -euo pipefail
CS_DIR="${ROUNDTABLE_CODE_SERVER_DIR:-$HOME/.cache/roundtable/code-server-4.100.3}"
BIN="$CS_DIR/node_modules/.bin/code-server"
PTY="$CS_DIR/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node"
if [ -x "$BIN" ] && [ -f "$PTY" ]; then echo "$BIN"; exit 0; fi
mkdir -p "$CS_DIR"
# Its native modules build from source (kerberos, node-pty), and @vscode/ripgrep is handed the
# system rg: install those Debian packages first where they are missing.
missing=()
for pkg in libkrb5-dev ripgrep build-essential python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "installing Debian packages for code-server: ${missing[*]}" >&2
  $SUDO apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
# @vscode/ripgrep downloads rg from GitHub unless it finds this cached tarball.
RGC="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
RG="$(command -v rg || true)"
if [ -z "$RG" ]; then echo "ripgrep is missing and could not be installed (apt-get install -y ripgrep)" >&2; exit 1; fi
mkdir -p "$RGC"
[ -f "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ] || tar -czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$RG")" rg
cd "$CS_DIR"
[ -f package.json ] || echo '{"name":"roundtable-code-server","private":true}' > package.json
npm_config_yes=true npm install --no-save --unsafe-perm --foreground-scripts --no-audit --no-fund code-server@4.100.3 >&2
if [ ! -f "$PTY" ]; then echo "code-server installed but node-pty did not build ($PTY missing)" >&2; exit 1; fi
echo "$BIN"
