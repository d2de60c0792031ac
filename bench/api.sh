#!/usr/bin/env bash
# Load benchmark of GET-free GraphQL traffic: the query "department → led tasks → their supports"
# (bench/api/query.graphql) with wrk at 64 connections against the API (Release build, embedded store seeded from
# graph-seed/documents, request logging off) and, in the same run, against graphql-js 16 + graphql-http 1
# (bench/api/graphql-js-server.mjs) serving the same graph exported by `gaoqing-graph export --format json`.
# Needs wrk (apt-get install wrk), node and `cd tools && npm ci` once.
# Settings: CONNECTIONS (64), THREADS (2), DURATION (20s), WARMUP (10s; the JIT settles during it), RUNS (1: measured
# runs per server, after one warm-up; the servers take turns so both see the same machine load).
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
duration=${DURATION:-20s}
warmup=${WARMUP:-10s}
runs=${RUNS:-1}
api_port=${API_PORT:-5191}
js_port=${JS_PORT:-5192}
for port in "$api_port" "$js_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use; set API_PORT / JS_PORT"; exit 1; fi
done
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release src/Gaoqing.Graph.Api -v q --nologo >/dev/null
dotnet build -c Release src/Gaoqing.Graph.Cli -v q --nologo >/dev/null
Graph__DataDir="$work/data" dotnet src/Gaoqing.Graph.Cli/bin/Release/net10.0/gaoqing-graph.dll export --format json --out "$work/graph.json" >/dev/null 2>&1

Graph__DataDir="$work/data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$api_port" \
  dotnet src/Gaoqing.Graph.Api/bin/Release/net10.0/Gaoqing.Graph.Api.dll >"$work/api.log" 2>&1 &
pids+=($!)
node bench/api/graphql-js-server.mjs "$work/graph.json" src/Gaoqing.Graph.Api/Schema/schema.graphql "$js_port" >"$work/js.log" 2>&1 &
pids+=($!)
for url in "http://127.0.0.1:$api_port/healthz" "http://127.0.0.1:$js_port/graphql?query=%7B__typename%7D"; do
  for _ in $(seq 1 120); do curl -fs "$url" >/dev/null 2>&1 && break; sleep 0.5; done
done

QUERY_JSON=$(node -e 'process.stdout.write(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8") }))' bench/api/query.graphql)
export QUERY_JSON
ours=$(curl -fs -H 'content-type: application/json' -d "$QUERY_JSON" "http://127.0.0.1:$api_port/graphql")
theirs=$(curl -fs -H 'content-type: application/json' -d "$QUERY_JSON" "http://127.0.0.1:$js_port/graphql")
if [ "$(node -e 'console.log(JSON.stringify(JSON.parse(process.argv[1])) === JSON.stringify(JSON.parse(process.argv[2])))' "$ours" "$theirs")" != true ]; then
  echo "the two servers answer differently:"; echo "$ours" | head -c 400; echo; echo "$theirs" | head -c 400; echo; exit 1
fi
echo "both servers return the same $(echo -n "$ours" | wc -c)-byte response"

warm() {
  wrk -t"$threads" -c"$connections" -d"$warmup" -s bench/api/post.lua "$1" >/dev/null
}
measure() {
  local name=$1 url=$2
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/api/post.lua "$url")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-28s %10s req/s   p50 %-9s p99 %-9s load %s %s\n' "$name" "$rps" "$p50" "$p99" "$(cut -d' ' -f1 /proc/loadavg)" "$errors"
}
echo "wrk -t$threads -c$connections -d$duration, $runs run(s) each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
warm "http://127.0.0.1:$api_port/graphql"
warm "http://127.0.0.1:$js_port/graphql"
for _ in $(seq 1 "$runs"); do
  measure "Gaoqing.Graph.Api" "http://127.0.0.1:$api_port/graphql"
  measure "graphql-js + graphql-http" "http://127.0.0.1:$js_port/graphql"
done
for pid in "${pids[@]}"; do
  kill -0 "$pid" 2>/dev/null || { echo "a server died during the run:"; tail -n 40 "$work/api.log" "$work/js.log"; exit 1; }
done
