#!/usr/bin/env bash
# Times one-shot answers side by side: asylq against the DuckDB CLI (PyPI
# `duckdb-cli`) answering the same question with SQL over a CSV export of the
# same facts, which is what a user would do without asylq. Two floors are
# timed as well: the DuckDB CLI running `SELECT 42`, and `benches/floor.rs`, a
# process that opens asylq's bundled DuckDB as asylq does and runs `SELECT 42`.
#
#   pip install duckdb-cli && benches/oneshot.sh [RUNS]
#
# ASYLQ_BIN and FLOOR_BIN, when both are set, name the two binaries to time
# instead of building them (benches/optlevels.sh uses this).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/asylq/target}"
runs="${1:-50}"
if [ -n "${ASYLQ_BIN:-}" ] && [ -n "${FLOOR_BIN:-}" ]; then
  asylq="$ASYLQ_BIN" floor="$FLOOR_BIN"
else
  cargo build --release --quiet
  asylq="$CARGO_TARGET_DIR/release/asylq"
  floor=$(cargo bench --bench floor --no-run 2>&1 | sed -n 's/.*Executable benches\/floor.rs (\(.*\))/\1/p')
fi
[ -x "$floor" ] || { echo "building benches/floor.rs failed" >&2; exit 2; }
# The CLI's own binary, not the Python launcher in front of it.
# The package keeps the binary beside its module in some releases, and on
# the PATH (bin/duckdb) in others.
duckdb=$(python3 -c 'import duckdb_cli, os, sys; p = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"); print(p) if os.path.exists(p) else sys.exit(1)' 2>/dev/null || command -v duckdb || true)
[ -x "$duckdb" ] || { echo "the DuckDB CLI is missing: pip install duckdb-cli" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$asylq" --embedded export "$work/facts.csv" 2>/dev/null
sql="SELECT period_start AS month, sum(value) AS value FROM '$work/facts.csv'
     WHERE measure = 'applications' AND country IS NULL AND period_start LIKE '2023-%'
     GROUP BY 1 ORDER BY 1"

# Wall time of one run of a command, in microseconds.
time_one() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 ))
}

# Both must give the same numbers.
diff <("$asylq" --embedded -c 'applications where year = 2023 by month' --format csv | cut -d, -f2 | tail -n +2) \
     <("$duckdb" -csv -c "$sql" | cut -d, -f2 | tail -n +2)

# The four commands take turns, so that a slow spell of the machine weighs
# on all of them alike; each figure is the mean of RUNS runs, in ms.
a=0 fr=0 d=0 bare=0 own=0
for _ in $(seq "$runs"); do
  a=$(( a + $(time_one "$asylq" --embedded -c 'applications where year = 2023 by month' --format csv) ))
  fr=$(( fr + $(time_one "$asylq" --embedded --lang fr -c 'applications where year = 2023 by month' --format csv) ))
  d=$(( d + $(time_one "$duckdb" -csv -c "$sql") ))
  bare=$(( bare + $(time_one "$duckdb" -csv -c "SELECT 42") ))
  own=$(( own + $(time_one "$floor") ))
done
awk -v n="$runs" -v a="$a" -v r="$fr" -v d="$d" -v b="$bare" -v f="$own" 'BEGIN {
  printf "asylq one-shot query              %.1f ms\n", a / n / 1000
  printf "the same with --lang fr           %.1f ms\n", r / n / 1000
  printf "DuckDB CLI over the CSV           %.1f ms\n", d / n / 1000
  printf "DuckDB CLI, SELECT 42             %.1f ms\n", b / n / 1000
  printf "bundled DuckDB, SELECT 42         %.1f ms\n", f / n / 1000
  printf "asylq / DuckDB CLI                %.2f\n", a / d
  printf "bundled SELECT 42 / DuckDB CLI    %.2f\n", f / d
  printf "asylq / bundled SELECT 42         %.2f\n", a / f
  printf "asylq --lang fr / bundled SELECT 42 %.2f\n", r / f }'
