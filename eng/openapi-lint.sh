#!/usr/bin/env bash
# Lints the sample host's OpenAPI document with Redocly's recommended rules (eng/openapi-lint/redocly.yaml turns one
# off, and says why). Builds the host, starts it on 127.0.0.1 (Production settings, so no developer secrets), fetches
# /openapi/v1.json, stops it, installs the @redocly/cli pinned in eng/openapi-lint/package-lock.json (npm ci, once) and
# lints. Exit 0 only when the document has no error and no warning.
# Usage: bash eng/openapi-lint.sh [file to keep the document in]   (OPENAPI_LINT_PORT: the port, default 5199)
set -euo pipefail
cd "$(dirname "$0")/.."

tools=eng/openapi-lint
port=${OPENAPI_LINT_PORT:-5199}
doc=${1:-$(mktemp --suffix=.json)}
log=$(mktemp)
host=
cleanup() {
  if [ -n "$host" ]; then kill "$host" 2>/dev/null || true; wait "$host" 2>/dev/null || true; fi
  rm -f "$log"
}
trap cleanup EXIT

dotnet build samples/OrderConfirmation.SampleHost -c Debug --nologo -v q >"$log" 2>&1 || { cat "$log"; exit 1; }
ASPNETCORE_ENVIRONMENT=Production dotnet samples/OrderConfirmation.SampleHost/bin/Debug/net10.0/OrderConfirmation.SampleHost.dll \
  --contentRoot "$PWD/samples/OrderConfirmation.SampleHost" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
host=$!
for _ in $(seq 1 60); do
  if curl -sf "http://127.0.0.1:$port/openapi/v1.json" -o "$doc"; then break; fi
  kill -0 "$host" 2>/dev/null || { echo "The sample host stopped:"; cat "$log"; exit 1; }
  sleep 1
done
[ -s "$doc" ] || { echo "The sample host did not serve its OpenAPI document:"; cat "$log"; exit 1; }
cleanup
host=

[ -x "$tools/node_modules/.bin/redocly" ] || npm ci --prefix "$tools" --no-audit --no-fund
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$tools/node_modules/.bin/redocly" lint --config "$tools/redocly.yaml" "$doc"
"$tools/node_modules/.bin/redocly" lint --config "$tools/redocly.yaml" --format json "$doc" 2>/dev/null \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const t=JSON.parse(s).totals;if(t.errors||t.warnings){console.error(`${t.errors} error(s), ${t.warnings} warning(s)`);process.exit(1)}console.log("OpenAPI document: no error, no warning.")})'
