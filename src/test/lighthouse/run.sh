#!/usr/bin/env bash
# Lighthouse scores of the built site: performance, accessibility, best practices and SEO for the home page and one
# note page, in each theme. Not part of the test suite (it needs npm and takes a minute or two).
#
#   bash src/test/lighthouse/run.sh [THEME ...]      (default: default paper)
#
# It installs Lighthouse 12.8.2 (the last release that runs on Node 20) into a cache folder once, builds the site into
# target/lighthouse/<theme>, serves it with a plain static server on 127.0.0.1 and runs Lighthouse with Debian's
# Chromium.
set -euo pipefail
cd "$(dirname "$0")/../../.."
themes=("${@:-default}")
[ $# -gt 0 ] || themes=(default paper)

cache="${XDG_CACHE_HOME:-$HOME/.cache}/versus-lighthouse"
if [ ! -x "$cache/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error lighthouse@12.8.2 >/dev/null
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[ -f target/versus.jar ] || mvn -q -DskipTests package
port=$((20000 + RANDOM % 20000))
for theme in "${themes[@]}"; do
  out="target/lighthouse/$theme"
  rm -rf "$out"
  java -jar target/versus.jar build --quiet --theme "$theme" --out "$out/site" --base-url "http://127.0.0.1:$port/"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out/site" >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  sleep 1
  for page in "" "ecs-vs-eks-deep-dive/"; do
    name="${page%/}"; name="${name:-home}"
    "$cache/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out/$name.json" \
      >/dev/null 2>&1 || true
    node -e '
      const r = require(process.argv[1]);
      const s = Object.values(r.categories).map(c => c.title + " " + Math.round(c.score * 100)).join(", ");
      const cls = r.audits["cumulative-layout-shift"].numericValue;
      const weight = r.audits["total-byte-weight"].numericValue;
      console.log(process.argv[2].padEnd(8) + process.argv[3].padEnd(24) + s + "; CLS " + cls + "; transfer " + Math.round(weight / 1024) + " KB");
    ' "$PWD/$out/$name.json" "$theme" "/$page"
  done
  kill $server 2>/dev/null || true
  trap - EXIT
done
