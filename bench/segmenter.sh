#!/usr/bin/env bash
# Segmenter benchmark: ours and @node-rs/jieba, in one run, on the same ~5 MB input (both seed documents
# repeated), cut line by line with the HMM. Each side runs in 3 fresh processes, alternating; the best load time
# and the best throughput of each side are kept, so a busy machine disturbs the comparison less.
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
ours=""; theirs=""
for run in 1 2 3; do
  ours+=$(dotnet bench/Gaoqing.Graph.Bench.Text/bin/Release/net10.0/Gaoqing.Graph.Bench.Text.dll "$input")$'\n'
  theirs+=$(node bench/segmenter-bench.mjs "$input")$'\n'
done
printf '%s%s' "$ours" "$theirs"

best() { # best load (lowest) and best throughput (highest) of one side's runs
  sed -E 's/.* load_ms=([0-9.]+) .* mb_per_s=([0-9.]+) tokens=([0-9]+).*/\1 \2 \3/' <<<"$1" |
    awk 'NF == 3 && (seen == 0 || $1 + 0 < load) { load = $1 + 0 }
         NF == 3 && (seen == 0 || $2 + 0 > speed) { speed = $2 + 0 }
         NF == 3 { tokens = $3; seen = 1 }
         END { printf "%s %s %s", load, speed, tokens }'
}
read -r ours_load ours_speed ours_tokens <<<"$(best "$ours")"
read -r theirs_load theirs_speed theirs_tokens <<<"$(best "$theirs")"
[ "$ours_tokens" = "$theirs_tokens" ] || echo "warning: token counts differ ($ours_tokens vs $theirs_tokens)"
echo "best of 3: ours load ${ours_load} ms, ${ours_speed} MB/s; @node-rs/jieba load ${theirs_load} ms, ${theirs_speed} MB/s"
awk -v a="$ours_speed" -v b="$theirs_speed" 'BEGIN { printf "throughput ratio (ours / @node-rs/jieba): %.2fx\n", a / b }'
