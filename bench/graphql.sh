#!/usr/bin/env bash
# Measures our GraphQL engine (BenchmarkDotNet) and graphql-js 16 (node) on the same query and data
# (bench/graphql) in one run. Needs `cd tools && npm ci` once.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Gaoqing.Graph.Bench.GraphQL -- --filter '*GraphQLBenchmarks*' "$@"
node bench/graphql-js-bench.mjs
