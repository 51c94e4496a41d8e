#!/usr/bin/env bash
# Builds the web app and writes the release an administrator hosts:
#
#   target/release-web/hush-web-<version>.tar.gz
#   target/release-web/hush-web-<version>.zip
#
# (<version> from Cargo.toml; OUT=DIR writes elsewhere). Each holds one
# folder, hush-web-<version>/, laid out by scripts/release-stage.mjs: site/
# (the web root, with .htaccess and web.config), servers/ (nginx, Caddy,
# object store), an example policy.toml, tools/hush-web-check, DEPLOY.md,
# README.txt and SHA256SUMS.
#
#   scripts/release.sh
#
# The archives are reproducible: the same commit gives the same bytes, on
# any clone. Every file's time is the last commit's (SOURCE_DATE_EPOCH),
# owners are 0, permissions fixed, entries sorted, gzip stores no name or
# time, zip no extra fields. It sets up what is missing first, like
# scripts/serve.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

VERSION=$(awk -F'"' '/^\[/ { pkg = ($0 == "[workspace.package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
if [ -z "$VERSION" ]; then
  echo "release: no [workspace.package] version in Cargo.toml" >&2
  exit 1
fi
NAME="hush-web-$VERSION"
OUT=${OUT:-target/release-web}
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
fi
export SOURCE_DATE_EPOCH

scripts/setup.sh
source scripts/env.sh
say "trunk build --release"
trunk build --release

say "staging $NAME"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
STAGE="$OUT/stage"
rm -rf "$STAGE"
mkdir -p "$STAGE"
node scripts/release-stage.mjs dist "$STAGE/$NAME" "$VERSION"
(cd "$STAGE/$NAME" && sha256sum --quiet --strict -c SHA256SUMS)
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

say "packing"
rm -f "$OUT/$NAME.tar.gz" "$OUT/$NAME.zip"
(
  cd "$STAGE"
  tar --sort=name --format=gnu --mtime="@$SOURCE_DATE_EPOCH" \
    --owner=0 --group=0 --numeric-owner -cf - "$NAME" \
    | gzip -9 -n > "$OUT/$NAME.tar.gz"
  # zip stores local times: UTC, so the bytes do not depend on the zone.
  find "$NAME" -print | LC_ALL=C sort \
    | TZ=UTC zip -q -X -9 -@ "$OUT/$NAME.zip"
)
(cd "$OUT" && sha256sum "$NAME.tar.gz" "$NAME.zip" > "$NAME.sha256")
rm -rf "$STAGE"

say "done"
for f in "$NAME.tar.gz" "$NAME.zip"; do
  printf '  %s  %s bytes\n' "$OUT/$f" "$(stat -c %s "$OUT/$f")"
done
printf '  %s\n' "$OUT/$NAME.sha256"
