#!/usr/bin/env bash
# Times loading a Eurostat download the size and shape of migr_asyappctzm
# (figures generated: every reporting country, 86 citizenships, four sexes,
# nine age classes, three applicant types, each month of 2008–2024; a fifth
# of the cells `:`, some flagged) against DuckDB's own read_csv and UNPIVOT of
# the same file, with the peak memory of each; then a query on the loaded
# store against the same SQL in the DuckDB CLI, and loading one CGVS page
# into the store that holds the download.
#
#   pip install duckdb-cli && benches/eurostat.sh [SERIES]
#
# SERIES is how many series (lines) the file has: 204 cells each. The whole
# dataset is about 200,000 series (40 million cells); the default, 20,000
# (4 million cells), runs in a few minutes. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/asylq/target}"
series="${1:-20000}"
cargo build --release --quiet
asylq="$CARGO_TARGET_DIR/release/asylq"
duckdb=$(python3 -c 'import duckdb_cli, os, sys; p = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"); print(p) if os.path.exists(p) else sys.exit(1)' 2>/dev/null || command -v duckdb || true)
[ -x "$duckdb" ] || { echo "the DuckDB CLI is missing: pip install duckdb-cli" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$series" "$work/migr_asyappctzm.tsv" <<'EOF'
import random, sys
series, out = int(sys.argv[1]), sys.argv[2]
months = [f"{y}-{m:02d}" for y in range(2008, 2025) for m in range(1, 13)]
geos = ("AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK "
        "IS LI NO CH EU27_2020").split()
citizens = ("TOTAL EXT_EU27_2020 AF SY IQ IR TR PK BD NG ER SO MA DZ TN EG LY SD SS ET GN CI SN "
            "ML GM GH CM CD CG AO VE CO PE BR HN SV NI GT MX CU HT RU UA BY GE AM AZ AL XK RS MK "
            "BA ME MD CN IN NP LK MM VN KH LA MN KZ KG TJ UZ TM YE SA PS LB JO KW OM QA AE BH "
            "IL UNK STLS").split()
sexes = "T F M UNK".split()
ages = "TOTAL Y_LT14 Y14-17 Y_LT18 Y18-34 Y35-64 Y_GE65 Y_GE18 UNK".split()
types = "ASY_APP NASY_APP SUBS_APP".split()
rnd = random.Random(7)
n = 0
with open(out, "w") as f:
    f.write("freq,unit,citizen,sex,age,applicant,geo\\TIME_PERIOD\t"
            + "\t".join(m + " " for m in months) + "\n")
    for t in types:
        for a in ages:
            for s in sexes:
                for c in citizens:
                    for g in geos:
                        if n == series:
                            sys.exit(0)
                        n += 1
                        cells = []
                        for _ in months:
                            r = rnd.random()
                            v = rnd.randint(0, 4000) // 5 * 5
                            cells.append(": " if r < 0.2 else f"{v} p" if r < 0.23 else f"{v} ")
                        f.write(f"M,PER,{c},{s},{a},{t},{g}\t" + "\t".join(cells) + "\n")
EOF
file="$work/migr_asyappctzm.tsv"
echo "file: $series series, $((series * 204)) cells, $(du -h "$file" | cut -f1)"

# Wall time in seconds and peak memory in MB of a command.
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb <"$work/time"
  echo "$secs s, $((kb / 1024)) MB"
}

key='"freq,unit,citizen,sex,age,applicant,geo\TIME_PERIOD"'
cat >"$work/unpivot.sql" <<EOF
CREATE TABLE cells AS
UNPIVOT (SELECT * FROM read_csv('$file', delim = '\t', header = true, all_varchar = true))
ON COLUMNS(* EXCLUDE ($key)) INTO NAME period VALUE cell;
EOF
echo "load, asylq:                      $(measure "$asylq" --db "$work/store.duckdb" load --no-embedded "$file")"
echo "load, DuckDB read_csv + UNPIVOT:  $(measure "$duckdb" "$work/duckdb.duckdb" -c ".read $work/unpivot.sql")"

query="applications where geo in (BE, NL, DE, FR) and country = \"Afghanistan\" by quarter, geo"
sql=$("$asylq" --db "$work/store.duckdb" -c "explain $query")
# The median of nine whole runs, in milliseconds: a query takes tens of
# milliseconds, where one run's time is mostly noise.
median() {
  for _ in 1 2 3 4 5 6 7 8 9; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    echo $(( ($(date +%s%N) - start) / 1000000 ))
  done | sort -n | sed -n 5p
}
echo "query, asylq:                     $(median "$asylq" --db "$work/store.duckdb" --format csv -c "$query") ms (median of 9), $(measure "$asylq" --db "$work/store.duckdb" --format csv -c "$query")"
echo "query, DuckDB CLI, same SQL:      $(median "$duckdb" -readonly "$work/store.duckdb" -c "$sql") ms (median of 9), $(measure "$duckdb" -readonly "$work/store.duckdb" -c "$sql")"

page="$work/nl-2019-10.txt"
cp tests/pages/nl-2019-10.txt "$page"
echo "load one CGVS page beside it:     $(measure "$asylq" --db "$work/store.duckdb" load "$page")"
