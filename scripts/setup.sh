#!/usr/bin/env bash
# Installs everything Hush needs to build, serve and test the web app, on
# Debian 12 with Rust (rustup) and Node 20. Idempotent: whatever is already
# installed at the right version is skipped, so a second run takes seconds.
# Reaches only the package registries (crates.io, npm, Debian); never
# downloads a prebuilt binary or a browser.
#
#   scripts/setup.sh
#
# Installs: the wasm32 target; Trunk 0.21.14; the wasm-bindgen CLI (and its
# test runner) at the exact wasm-bindgen version in Cargo.lock; npm ci
# (binaryen for wasm-opt, playwright-core); chromium and chromium-driver
# from apt if missing. The first run takes about 20 minutes, nearly all of
# it the two `cargo install`s.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen version pinned in Cargo.lock; the CLI and Trunk.toml's
# [tools] pin must be the same.
WASM_BINDGEN_VERSION=$(awk '
  $0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }
' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if ! grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be $WASM_BINDGEN_VERSION (Cargo.lock)" >&2
  exit 1
fi

for tool in cargo rustup node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "setup: $tool is missing; install Rust with rustup and Node 20 first" >&2
    exit 1
  fi
done

if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "setup: Node 20 or newer is needed (found $(node --version))" >&2
  exit 1
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target: present"
else
  say "wasm32 target: installing"
  rustup target add wasm32-unknown-unknown
fi

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  say "chromium and chromedriver: present"
else
  say "chromium and chromedriver: installing with apt"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing (about 12 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  say "wasm-bindgen $WASM_BINDGEN_VERSION: present"
else
  say "wasm-bindgen $WASM_BINDGEN_VERSION: installing (about 7 minutes)"
  # Not --locked: a dependency locked by that release is gone from the
  # registry (see shared/SETUP.md).
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] \
  && cmp -s package-lock.json node_modules/.package-lock.json.ci 2>/dev/null; then
  say "node modules: present"
else
  say "node modules: npm ci"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.ci
fi
say "set-up done"
