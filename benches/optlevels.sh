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
# `benches/pipeline.rs` on the binaries that `build` made, after counting the
# instructions of a one-shot run (with valgrind, if installed).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${OPT_TARGET_PREFIX:-$HOME/.cache/asylq/build-o}"

# cargo with libduckdb-sys at opt-level $1, in that level's target directory.
cargo_at() {
  local level=$1
  shift
  CARGO_TARGET_DIR="$prefix$level" cargo \
    --config "profile.release.package.libduckdb-sys.opt-level=$level" "$@"
}

# The newest executable of benchmark $2 in level $1's build.
bench_exe() {
  ls -t "$prefix$1"/release/deps/"$2"-* | grep -v '\.d$' | head -n 1
}

build() {
  for level in "$@"; do
    rm -rf "$prefix$level"
    local TIMEFORMAT="opt-level $level: %0R s wall, %0U s user, %0S s system"
    time cargo_at "$level" build --release --quiet
    cargo_at "$level" bench --no-run --quiet
  done
}

# The instructions one one-shot run of level $1 executes, counted by callgrind:
# repeatable to within 0.1 %, however busy the machine.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$prefix$1/release/asylq" \
    --embedded -c 'applications where year = 2023 by month' --format csv 2>&1 >/dev/null |
    sed -n 's/.*Collected : //p'
}

compare() {
  local rounds=$1
  shift
  if command -v valgrind >/dev/null; then
    for level in "$@"; do
      echo "opt-level $level: one-shot run, $(instructions "$level") instructions"
    done
  fi
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
  *) sed -n '2,14p' "$0" >&2; exit 2 ;;
esac
