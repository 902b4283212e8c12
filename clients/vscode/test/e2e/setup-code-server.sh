#!/usr/bin/env bash
# Installs code-server (a real VS Code served over HTTP) for the end-to-end test, without any of the
# downloads its install scripts make: they fetch prebuilt binaries from outside the npm registry.
# The result is cached; a second run with the same version returns at once.
#
# Needs: node (the major that code-server's engines.node names), npm, a C++ tool chain and the -dev
# packages of its native modules (Debian: libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
# build-essential pkg-config), and ripgrep.
#
# Usage: setup-code-server.sh CACHE_DIR   — prints the path of the code-server entry point.
set -euo pipefail

version="4.100.3"
cache="${1:?usage: setup-code-server.sh CACHE_DIR}"
home="$cache/code-server-$version"
stamp="$home/.specls-ready"
entry="$home/node_modules/code-server/out/node/entry.js"

if [ -f "$stamp" ] && [ -f "$entry" ]; then
  echo "$entry"
  exit 0
fi

log() {
  echo "setup-code-server: $*" >&2
}

rg_binary="$(command -v rg || true)"
if [ -z "$rg_binary" ]; then
  log "ripgrep (rg) is missing: install it (Debian: apt-get install ripgrep)"
  exit 1
fi

rm -rf "$home"
mkdir -p "$home"
cd "$home"
# npm prompts for nothing and never opens a browser here.
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

log "npm install code-server@$version (scripts off: its postinstall downloads)"
echo '{"name":"specls-code-server","private":true}' >package.json
npm install --no-save --ignore-scripts "code-server@$version" >&2

vscode="$home/node_modules/code-server/lib/vscode"
log "installing VS Code's own dependencies in lib/vscode"
(cd "$vscode" && npm install --omit=dev --ignore-scripts >&2)

# @vscode/ripgrep's postinstall fetches a binary; the system's rg does the same job.
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
cp "$rg_binary" "$vscode/node_modules/@vscode/ripgrep/bin/rg"

log "building VS Code's native modules"
(cd "$vscode" && npm rebuild >&2)

# What code-server's postinstall.sh does once the modules are in place.
(
  cd "$vscode"
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
)

log "installing the built-in extensions' dependencies"
(cd "$vscode/extensions" && npm install --omit=dev --ignore-scripts >&2)

log "building argon2 (password hashing; unused with --auth none, but loaded at start)"
# npm hoists it to the top-level node_modules, beside code-server.
(cd "$home" && npm rebuild argon2 >&2)
if [ ! -f "$home/node_modules/argon2/lib/binding/napi-v3/argon2.node" ]; then
  log "argon2 did not build (see above)"
  exit 1
fi

touch "$stamp"
echo "$entry"
