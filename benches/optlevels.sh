#!/usr/bin/env bash
# Compares the opt-levels of libduckdb-sys (DuckDB's C++, most of a first
# build). Each level is built in a target directory of its own, with a
# `profile.release.package.libduckdb-sys` override given on cargo's command line.
#
#   benches/optlevels.sh build LEVEL...             # from scratch, timed: 25-40 min each
#   benches/optlevels.sh compare ROUNDS LEVEL...    # needs pip install duckdb-cli
#
# `build` prints the wall and CPU time of `cargo build --release` from an empty
# target directory, then compiles the benchmarks (not timed). Run it on an
# otherwise idle machine. `compare` runs, ROUNDS times with the levels taking
# turns, `benches/oneshot.sh 100` and the in-process stages of
# `benches/pipeline.rs` on each level's build.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${OPT_TARGET_PREFIX:-$HOME/.cache/asylq/build-o}"

# cargo with libduckdb-sys at opt-level $1, in that level's target directory.
cargo_at() {
  local level=$1
  shift
  CARGO_TARGET_DIR="$prefix$level" cargo \
    --config "profile.release.package.libduckdb-sys.opt-level=$level" \
    --config "profile.bench.package.libduckdb-sys.opt-level=$level" "$@"
}

# The path of a benchmark's executable at opt-level $1, built if needed.
bench_exe() {
  cargo_at "$1" bench --bench "$2" --no-run 2>&1 |
    sed -n "s/.*Executable benches\/$2.rs (\(.*\))/\1/p"
}

build() {
  for level in "$@"; do
    rm -rf "$prefix$level"
    local TIMEFORMAT="opt-level $level: %0R s wall, %0U s user, %0S s system"
    time cargo_at "$level" build --release --quiet
    cargo_at "$level" bench --no-run --quiet
  done
}

compare() {
  local rounds=$1
  shift
  for level in "$@"; do
    cargo_at "$level" build --release --quiet
  done
  for round in $(seq "$rounds"); do
    for level in "$@"; do
      echo "== opt-level $level, round $round"
      ASYLQ_BIN="$prefix$level/release/asylq" FLOOR_BIN="$(bench_exe "$level" floor)" \
        benches/oneshot.sh 100
      "$(bench_exe "$level" pipeline)" | grep -E 'DuckDB|load'
    done
  done
}

case "${1:-}" in
  build) shift; build "$@" ;;
  compare) shift; compare "$@" ;;
  *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
