#!/usr/bin/env bash
# Tests that the release archives are reproducible: builds them here with
# scripts/release.sh, then again from a clean clone of the last commit (in
# a temporary folder, sharing this checkout's cargo target folder so only
# the hush crate is compiled again), and compares the bytes. Also checks
# each archive's SHA256SUMS.
#
#   scripts/test-release.sh
#
# The work tree must have no uncommitted change to tracked files: the
# clone has only what is committed. scripts/test.sh runs this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! git diff --quiet HEAD -- . ; then
  echo "test-release: the work tree has uncommitted changes; an archive built" >&2
  echo "from it cannot match a clean clone. Commit first." >&2
  git status --short >&2
  exit 1
fi

VERSION=$(awk -F'"' '/^\[/ { pkg = ($0 == "[workspace.package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
NAME="hush-web-$VERSION"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

say "release from this checkout"
scripts/release.sh

say "release from a clean clone"
git clone -q "$ROOT" "$TMP/clone"
(
  cd "$TMP/clone"
  export CARGO_TARGET_DIR="$ROOT/target"
  OUT="$TMP/out" scripts/release.sh
)

status=0
for f in "$NAME.tar.gz" "$NAME.zip"; do
  if cmp "target/release-web/$f" "$TMP/out/$f"; then
    echo "$f: identical ($(sha256sum < "target/release-web/$f" | cut -c1-64))"
  else
    echo "$f: DIFFERS between this checkout and a clean clone"
    status=1
  fi
done
if [ "$status" -ne 0 ]; then
  mkdir -p "$TMP/a" "$TMP/b"
  tar -xzf "target/release-web/$NAME.tar.gz" -C "$TMP/a"
  tar -xzf "$TMP/out/$NAME.tar.gz" -C "$TMP/b"
  diff -r "$TMP/a" "$TMP/b" | head -20 || true
fi

say "checksums"
mkdir -p "$TMP/x" "$TMP/z"
tar -xzf "target/release-web/$NAME.tar.gz" -C "$TMP/x"
(cd "$TMP/x/$NAME" && sha256sum --quiet --strict -c SHA256SUMS) && echo "tar.gz: SHA256SUMS verify"
(cd "$TMP/z" && unzip -q "$ROOT/target/release-web/$NAME.zip")
(cd "$TMP/z/$NAME" && sha256sum --quiet --strict -c SHA256SUMS) && echo "zip: SHA256SUMS verify"
diff -r "$TMP/x" "$TMP/z" && echo "tar.gz and zip hold the same files"
(cd target/release-web && sha256sum --quiet --strict -c "$NAME.sha256") && echo "$NAME.sha256 verifies"
exit "$status"
