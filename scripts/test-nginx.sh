#!/usr/bin/env bash
# Serves the release archive with the shipped nginx configuration, as an
# administrator would, and tests it: the checker (hush-web-check) must find
# no problem, with and without the example policy, and the end-to-end specs
# that run against any server (privacy, offline) must pass.
#
#   scripts/test-nginx.sh [ARCHIVE]
#
# ARCHIVE defaults to target/release-web/hush-web-<version>.tar.gz (made by
# scripts/release.sh). Installs Debian's nginx if it is missing (apt, like
# Chromium in scripts/setup.sh). nginx runs as the current user on a free
# loopback port, with its pid file, logs and temporary files in a temporary
# folder, and is stopped by its process id at the end. The only changes to
# the shipped configuration are its listen and root lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

VERSION=$(awk -F'"' '/^\[/ { pkg = ($0 == "[workspace.package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
NAME="hush-web-$VERSION"
ARCHIVE=${1:-target/release-web/$NAME.tar.gz}
if [ ! -f "$ARCHIVE" ]; then
  echo "test-nginx: no $ARCHIVE; run scripts/release.sh first" >&2
  exit 1
fi

NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || [ ! -x /usr/sbin/nginx ] || NGINX=/usr/sbin/nginx
if [ -z "$NGINX" ]; then
  say "nginx: installing with apt"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  # Keep the package from starting its own nginx on port 80: a policy-rc.d
  # that refuses service starts, only for this install.
  POLICY_RC=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    POLICY_RC=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY_RC" >/dev/null
    $SUDO chmod +x "$POLICY_RC"
  fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q nginx
  [ -z "$POLICY_RC" ] || $SUDO rm -f "$POLICY_RC"
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
fi
say "nginx: $("$NGINX" -v 2>&1)"

TMP=$(mktemp -d)
PID=""
cleanup() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT

tar -xzf "$ARCHIVE" -C "$TMP"
RELEASE="$TMP/$NAME"
SITE="$RELEASE/site"
(cd "$RELEASE" && sha256sum --quiet --strict -c SHA256SUMS)
echo "the archive's SHA256SUMS verify"
chmod 755 "$TMP"

PORT=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
URL="http://127.0.0.1:$PORT/"

# The shipped site configuration, with only its listen and root changed.
sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.1:$PORT;|" \
    -e '/^ *listen \[::\]:80;/d' \
    -e "s|^\( *\)root /var/www/hush;|\1root $SITE;|" \
    "$RELEASE/servers/nginx.conf" > "$TMP/hush.conf"
grep -q "listen 127.0.0.1:$PORT;" "$TMP/hush.conf"
grep -q "root $SITE;" "$TMP/hush.conf"
if grep -q 'listen 80;\|listen \[::\]:80;\|/var/www/hush;' "$TMP/hush.conf"; then
  echo "test-nginx: the listen or root lines of servers/nginx.conf changed" >&2
  exit 1
fi

mkdir -p "$TMP/logs" "$TMP/temp"
cat > "$TMP/nginx.conf" <<EOF
# A private nginx for the test: current user, files under $TMP.
user $(id -un) $(id -gn);
worker_processes 1;
daemon off;
pid $TMP/nginx.pid;
error_log $TMP/logs/error.log warn;
events { worker_connections 64; }
http {
    log_format hush '\$request_method \$request_uri \$content_length';
    access_log $TMP/logs/access.log hush;
    log_not_found off;
    client_body_temp_path $TMP/temp/body;
    proxy_temp_path $TMP/temp/proxy;
    fastcgi_temp_path $TMP/temp/fastcgi;
    uwsgi_temp_path $TMP/temp/uwsgi;
    scgi_temp_path $TMP/temp/scgi;
    include $TMP/hush.conf;
}
EOF

"$NGINX" -t -q -p "$TMP" -c "$TMP/nginx.conf"
"$NGINX" -p "$TMP" -c "$TMP/nginx.conf" &
PID=$!
for _ in $(seq 100); do
  if node -e "fetch('$URL').then(() => process.exit(0), () => process.exit(1))" 2>/dev/null; then
    break
  fi
  kill -0 "$PID" 2>/dev/null || { cat "$TMP/logs/error.log" >&2; exit 1; }
  sleep 0.1
done
say "nginx serves $NAME at $URL (pid $PID)"

status=0
say "hush-web-check, no policy"
if ! scripts/hush-web-check "$URL" | tee "$TMP/check.txt"; then status=1; fi
grep -qx 'No problem found.' "$TMP/check.txt" || { echo "the checker found problems or warnings"; status=1; }

say "hush-web-check, with the release's example policy"
cp "$RELEASE/policy.toml" "$SITE/policy.toml"
if ! scripts/hush-web-check "$URL" | tee "$TMP/check.txt"; then status=1; fi
grep -q '^  ok      policy.toml is valid TOML' "$TMP/check.txt" || { echo "the example policy was not read"; status=1; }
grep -qx 'No problem found.' "$TMP/check.txt" || { echo "the checker found problems or warnings"; status=1; }
rm "$SITE/policy.toml"

say "end-to-end specs against nginx"
if ! HUSH_URL="$URL" HUSH_DIST="$SITE" HUSH_ACCESS_LOG="$TMP/logs/access.log" \
  node --test --test-concurrency=1 --test-reporter=spec \
  e2e/privacy.test.mjs e2e/offline.test.mjs; then
  status=1
fi

if [ -s "$TMP/logs/error.log" ]; then
  echo "nginx's error log:"
  cat "$TMP/logs/error.log"
fi
kill -QUIT "$PID"
wait "$PID" || true
PID=""
exit "$status"
