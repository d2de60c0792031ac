#!/usr/bin/env bash
# Segmenter benchmark: ours and @node-rs/jieba, in one run, on the same ~5 MB input (both seed documents
# repeated), cut line by line with the HMM. Prints each side's dictionary load time and MB/s, and the ratio.
#   bench/segmenter.sh            (needs `cd tools && npm ci` once)
set -euo pipefail
cd "$(dirname "$0")/.."

input=$(mktemp --suffix=.txt)
trap 'rm -f "$input"' EXIT
while [ "$(stat -c %s "$input")" -lt $((5 * 1024 * 1024)) ]; do
  cat graph-seed/documents/gaoqing-2023-green-lowcarbon-key-tasks.txt \
      graph-seed/documents/gaoqing-2024-economic-social-development-plan.txt >> "$input"
done

dotnet build bench/Gaoqing.Graph.Bench.Text -c Release -v q --nologo >/dev/null
ours=$(dotnet bench/Gaoqing.Graph.Bench.Text/bin/Release/net10.0/Gaoqing.Graph.Bench.Text.dll "$input")
theirs=$(node bench/segmenter-bench.mjs "$input")
echo "$ours"
echo "$theirs"

figure() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<"$1"; }
ours_tokens=$(figure "$ours" tokens); theirs_tokens=$(figure "$theirs" tokens)
[ "$ours_tokens" = "$theirs_tokens" ] || echo "warning: token counts differ ($ours_tokens vs $theirs_tokens)"
awk -v a="$(figure "$ours" mb_per_s)" -v b="$(figure "$theirs" mb_per_s)" \
    'BEGIN { printf "throughput ratio (ours / @node-rs/jieba): %.2fx\n", a / b }'
