# Sourced by the scripts: puts npm's wasm-opt (binaryen) first on PATH for
# Trunk, keeps Trunk offline and quiet, and points the browser tests at
# Debian's chromedriver.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
