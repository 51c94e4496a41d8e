#!/usr/bin/env bash
# Serves the release archive with the shipped Apache (.htaccess) and Caddy
# (Caddyfile) configurations, each on a free loopback port, and runs
# hush-web-check against each, with and without the example policy. Not
# part of scripts/test.sh (CI tests nginx, scripts/test-nginx.sh): run it by
# hand after changing deploy/. It uses Debian's apache2 and caddy if they
# are installed and says so when one is not; install them with
#   apt-get install apache2 caddy
# (on a machine where their services should not start, with a policy-rc.d
# that refuses). Each server runs as a child of this script, with its files
# in a temporary folder, and is stopped by its process id.
#
#   scripts/test-servers.sh [ARCHIVE]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

VERSION=$(awk -F'"' '/^\[/ { pkg = ($0 == "[workspace.package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
NAME="hush-web-$VERSION"
ARCHIVE=${1:-target/release-web/$NAME.tar.gz}
[ -f "$ARCHIVE" ] || { echo "test-servers: no $ARCHIVE; run scripts/release.sh first" >&2; exit 1; }

TMP=$(mktemp -d)
PID=""
stop() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=""
  fi
}
trap 'stop; rm -rf "$TMP"' EXIT
chmod 755 "$TMP"

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

wait_for() {
  for _ in $(seq 100); do
    node -e "fetch('$1').then(() => process.exit(0), () => process.exit(1))" 2>/dev/null && return 0
    kill -0 "$PID" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# check NAME URL SITE RELEASE: the checker, without and with the policy.
status=0
check() {
  local name=$1 url=$2 site=$3 release=$4
  for policy in none example; do
    [ "$policy" = none ] || cp "$release/policy.toml" "$site/policy.toml"
    say "$name, policy: $policy"
    if ! scripts/hush-web-check "$url" | tee "$TMP/check.txt"; then status=1; fi
    grep -qx 'No problem found.' "$TMP/check.txt" || { echo "$name: problems or warnings"; status=1; }
    rm -f "$site/policy.toml"
  done
}

unpack() {
  rm -rf "$TMP/$1"
  mkdir -p "$TMP/$1"
  tar -xzf "$ARCHIVE" -C "$TMP/$1"
  chmod 755 "$TMP/$1"
}

if command -v apache2 >/dev/null || [ -x /usr/sbin/apache2 ]; then
  unpack apache
  release="$TMP/apache/$NAME"
  port=$(free_port)
  modules=/usr/lib/apache2/modules
  user=$(id -un)
  [ "$user" != root ] || user=www-data
  cat > "$TMP/apache/httpd.conf" <<EOF
ServerRoot $TMP/apache
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $TMP/apache/httpd.pid
ErrorLog $TMP/apache/error.log
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule headers_module $modules/mod_headers.so
LoadModule dir_module $modules/mod_dir.so
LoadModule alias_module $modules/mod_alias.so
User $user
TypesConfig /etc/mime.types
DocumentRoot $release/site
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory $release/site>
    AllowOverride FileInfo Indexes Options=Indexes
    Require all granted
</Directory>
<FilesMatch "^\.ht">
    Require all denied
</FilesMatch>
EOF
  PATH="$PATH:/usr/sbin" apache2 -t -f "$TMP/apache/httpd.conf"
  PATH="$PATH:/usr/sbin" apache2 -f "$TMP/apache/httpd.conf" -DFOREGROUND &
  PID=$!
  if wait_for "http://127.0.0.1:$port/"; then
    check "$(PATH="$PATH:/usr/sbin" apache2 -v | sed -n 's/^Server version: //p')" \
      "http://127.0.0.1:$port/" "$release/site" "$release"
  else
    echo "Apache did not start"; cat "$TMP/apache/error.log"; status=1
  fi
  stop
else
  echo "apache2 is not installed: Apache not tested"
fi

if command -v caddy >/dev/null; then
  unpack caddy
  release="$TMP/caddy/$NAME"
  port=$(free_port)
  {
    printf '{\n\tadmin off\n\tauto_https off\n}\n\n'
    sed -e "s|^hush.example.internal {|http://127.0.0.1:$port {|" \
        -e "s|root \* /var/www/hush|root * $release/site|" \
        "$release/servers/Caddyfile"
  } > "$TMP/caddy/Caddyfile"
  export XDG_DATA_HOME="$TMP/caddy/data" XDG_CONFIG_HOME="$TMP/caddy/config"
  caddy validate --config "$TMP/caddy/Caddyfile" --adapter caddyfile 2>/dev/null
  caddy run --config "$TMP/caddy/Caddyfile" --adapter caddyfile 2> "$TMP/caddy/log" &
  PID=$!
  if wait_for "http://127.0.0.1:$port/"; then
    check "$(caddy version | cut -d' ' -f1 | sed 's/^/Caddy /')" \
      "http://127.0.0.1:$port/" "$release/site" "$release"
  else
    echo "Caddy did not start"; cat "$TMP/caddy/log"; status=1
  fi
  stop
else
  echo "caddy is not installed: Caddy not tested"
fi
exit "$status"
