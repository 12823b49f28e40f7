#!/usr/bin/env bash
# bench.sh: the whole-run measurements of docs/performance.md (issue 7).
#
# Builds bsmaudit, generates logs with `bsmaudit gen` (1M and 5M rows by
# default, CSV and Parquet), runs each audit RUNS times under
# /usr/bin/time -v and prints one Markdown table row per case with the
# medians: wall time, CPU (user + sys), messages/s and peak RSS.
#
#   scripts/bench.sh                 # 1M and 5M rows, 3 runs each
#   SIZES="200000" RUNS=1 scripts/bench.sh
#   DIR=/big/disk scripts/bench.sh   # where the logs go (5M rows: ~3 GB)
#
# The go test benchmarks per stage are separate:
#   go test ./readers ./audit ./policy ./report -run '^$' -bench . -benchmem
set -euo pipefail

SIZES=${SIZES:-"1000000 5000000"}
RUNS=${RUNS:-3}
DIR=${DIR:-${TMPDIR:-/tmp}/bsmaudit-bench}
FORMATS=${FORMATS:-"csv parquet"}
root=$(cd "$(dirname "$0")/.." && pwd)

[ -x /usr/bin/time ] || { echo "bench.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$DIR"
bin="$DIR/bsmaudit"
(cd "$root" && go build -o "$bin" ./cmd/bsmaudit)

# median prints the middle value of its arguments (numbers).
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# measure runs one audit and prints "wall cpu rss_kb".
measure() {
	local out="$DIR/time.txt"
	/usr/bin/time -v "$@" >/dev/null 2>"$out" || { cat "$out" >&2; exit 1; }
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
		/User time/   { u = $2 }
		/System time/ { s = $2 }
		/Maximum resident set size/ { r = $2 }
		END { printf "%.2f %.2f %d\n", w, u + s, r }' "$out"
}

echo "| rows | input | run | wall (median of $RUNS) | CPU user+sys | msgs/s (wall) | peak RSS |"
echo "|---|---|---|---|---|---|---|"
for rows in $SIZES; do
	for fmt in $FORMATS; do
		log="$DIR/m$rows.$fmt"
		[ -s "$log" ] || "$bin" gen --rows "$rows" --format "$fmt" -o "$log" >/dev/null
		orders="${log%.*}-orders.txt" # written by gen beside the log
		for kind in engine report; do
			if [ "$kind" = engine ]; then
				args=(--no-report --json "$DIR/s.json" --export "$DIR/r.parquet")
			else
				[ "$fmt" = csv ] || continue # the report costs the same whatever the input
				args=(-o "$DIR/r.xlsx")
			fi
			walls=() cpus=() rsss=()
			for _ in $(seq "$RUNS"); do
				read -r w c r < <(measure "$bin" audit "$log" --orders "$orders" -q "${args[@]}")
				walls+=("$w") cpus+=("$c") rsss+=("$r")
			done
			w=$(median "${walls[@]}") c=$(median "${cpus[@]}") r=$(median "${rsss[@]}")
			printf '| %s | %s | %s | %s s | %s s | %s | %s MB |\n' "$rows" "$fmt" "$kind" "$w" "$c" \
				"$(awk -v n="$rows" -v w="$w" 'BEGIN { printf "%d", n / w }')" "$((r / 1024))"
		done
	done
done
