#!/usr/bin/env bash
# Live-check speed at real distances (issue #13): NSD behind a delaying proxy on loopback
# (bench_dnsdelayproxy holds every answer 10, 30 or 80 ms), about 1,000 internal checks. For each
# delay: the wall time of `lyncdns check` (the whole process), bare QDnsLookup on the same queries
# (bench_qdnslookup, 5 in flight: all Qt 6.4's pool allows) and the bound those 5 slots set,
# N / 5 × delay; the ratio check ÷ bound is the figure (target ≤ 1.2). Then a silent server (the
# proxy swallows every query): the check must settle within 2× its --timeout.
# Each figure is the median of RUNS runs (default 3). Asserts nothing (issue #2: no timing asserts).
# Needs root (port 53). Usage: bench/bench_distance.sh [LYNCDNS]
# Environment: BUILD (default build/release), DOMAINS (141: 7 internal checks each + 10, about
# 1,000; a DNS-LB name's 4 A records are one check), DELAYS ("10 30 80"), RUNS (3), TIMEOUTS for the silent server ("1 2 3"), KEEP=1
# keeps the work directory and leaves the servers running.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD:-build/release}
lyncdns=${1:-$build/app/lyncdns}
floor=$build/bench/bench_qdnslookup
proxy=$build/bench/bench_dnsdelayproxy
writer=$build/bench/bench_report
DOMAINS=${DOMAINS:-141}
DELAYS=${DELAYS:-10 30 80}
RUNS=${RUNS:-3}
TIMEOUTS=${TIMEOUTS:-1 2 3}

dpkg-query -W -f='${Status}' nsd 2>/dev/null | grep -q "install ok installed" || {
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nsd
}
if [ ! -x "$lyncdns" ] || [ ! -x "$floor" ] || [ ! -x "$proxy" ] || [ ! -x "$writer" ]; then
    cmake --preset release -B "$build" >/dev/null
    cmake --build "$build" --target lyncdns bench_qdnslookup bench_dnsdelayproxy bench_report >/dev/null
fi
[ "$(id -u)" -eq 0 ] || { echo "bench_distance: needs root to serve DNS on port 53" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${KEEP:-}" ] && trap - EXIT
NSD=127.0.56.2 SILENT=127.0.56.99 # a proxy per delay D listens on 127.0.56.D

# NSD as bench_check.sh runs it: no response-rate limiting, one server process, big buffers.
start_nsd() { # address zonesdir
    local d="$work/nsd"; mkdir -p "$d"
    {
        printf 'server:\n  ip-address: %s\n  port: 53\n  zonesdir: "%s"\n  pidfile: "%s/pid"\n  database: ""\n' "$1" "$2" "$d"
        printf '  username: ""\n  chroot: ""\n  xfrdfile: "%s/xfrd"\n  zonelistfile: "%s/zl"\n  xfrdir: "%s"\n' "$d" "$d" "$d"
        printf '  logfile: "%s/log"\n  receive-buffer-size: 8388608\n  rrl-ratelimit: 0\n  server-count: 1\n  verbosity: 0\n' "$d"
        printf 'remote-control:\n  control-enable: no\n'
        for z in "$2"/*.zone; do printf 'zone:\n  name: "%s"\n  zonefile: "%s"\n' "$(basename "$z" .zone)" "$(basename "$z")"; done
    } > "$d/nsd.conf"
    nsd -c "$d/nsd.conf" -d >"$d/out" 2>&1 &
    pids+=($!)
}

declare -A proxies # address -> pid
start_proxy() { # address delay|drop
    "$proxy" "$1" $NSD "$2" 2>"$work/proxy-$1.log" &
    pids+=($!)
    proxies["$1"]=$!
}

# "queries Q answers A …" that the proxy at $1 saw since its last report.
proxy_counts() {
    kill -USR1 "${proxies[$1]}"; sleep 0.2
    tail -n 1 "$work/proxy-$1.log"
}

now() { date +%s.%N; }
calc() { python3 -c "print($1)"; }
median() { python3 -c "import statistics, sys; print(f'{statistics.median(map(float, sys.argv[1:])):.1f}')" "$@"; }

"$writer" --write-plan "$work/plan.lyncplan" "$DOMAINS" >/dev/null 2>&1
"$lyncdns" export "$work/plan.lyncplan" --format bind --dir "$work/zones" >/dev/null 2>&1
start_nsd $NSD "$work/zones/internal"
for delay in $DELAYS; do start_proxy "127.0.56.$delay" "$delay"; done
start_proxy $SILENT drop
sleep 0.5

# The check through the proxy: wall time in ms; the CSV in $2.
run_check() { # server csv [extra arguments]
    local server=$1 csv=$2; shift 2
    local t0 t1
    t0=$(now)
    "$lyncdns" check "$work/plan.lyncplan" --internal-server "$server" --format csv -o "$csv" "$@" \
        2>/dev/null || true
    t1=$(now)
    calc "f'{($t1 - $t0) * 1000:.1f}'"
}

# Direct to NSD once, to list the queries ("<type> <name>" per result) and check every answer is ok.
direct=$(run_check $NSD "$work/direct.csv")
python3 - "$work/direct.csv" "$work/queries" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["location"] == "internal"]
with open(sys.argv[2], "w") as out:
    for r in rows:
        out.write(f"{r['type'].lower()} {r['name']}\n")
bad = [r for r in rows if r["status"] != "ok"]
if bad:
    print(f"  ({len(bad)} of {len(rows)} results not ok direct from NSD, e.g. {bad[0]['name']} {bad[0]['status']})")
PY
n=$(wc -l < "$work/queries")
echo "$n checks; straight to NSD (no delay) the check takes $direct ms: the fixed cost in every row"

printf '%-9s %6s %13s %15s %10s %10s %14s %15s %s\n' "delay ms" N "lyncdns ms" "QDnsLookup ms" "bound ms" \
    "÷bound" "QDnsL.÷bound" "queries/check" "(wire: check, QDnsLookup)"
for delay in $DELAYS; do
    server="127.0.56.$delay"
    checks=() floors=() notok=0 wire_check="" wire_floor=""
    for _ in $(seq "$RUNS"); do
        proxy_counts "$server" >/dev/null
        checks+=("$(run_check "$server" "$work/check-$delay.csv")")
        wire_check=$(proxy_counts "$server" | awk '{print $2}')
        floors+=("$("$floor" "$server" "$work/queries")")
        wire_floor=$(proxy_counts "$server" | awk '{print $2}')
        bad=$(python3 -c "import csv, sys; print(sum(r['status'] != 'ok' for r in csv.DictReader(open(sys.argv[1]))))" \
            "$work/check-$delay.csv")
        notok=$((notok + bad))
    done
    c=$(median "${checks[@]}"); f=$(median "${floors[@]}")
    bound=$(calc "f'{$n / 5 * $delay:.1f}'")
    printf '%-9s %6s %13s %15s %10s %9.2fx %13.2fx %15s %s' "$delay" "$n" "$c" "$f" "$bound" \
        "$(calc "$c / $bound")" "$(calc "$f / $bound")" "$(calc "f'{$wire_check / $n:.2f}'")" \
        "($wire_check, $wire_floor)"
    [ "$notok" -eq 0 ] && echo || echo "   ($notok results not ok!)"
    echo "   runs: lyncdns ${checks[*]}; QDnsLookup ${floors[*]}" >&2
done

# A server that swallows every query: the check must settle within 2x its timeout.
for timeout in $TIMEOUTS; do
    times=() rc=0
    for _ in $(seq "$RUNS"); do
        t0=$(now)
        "$lyncdns" check "$work/plan.lyncplan" --internal-server $SILENT --timeout "$timeout" --format csv \
            -o "$work/silent.csv" 2>/dev/null || rc=$?
        t1=$(now)
        times+=("$(calc "f'{($t1 - $t0) * 1000:.1f}'")")
    done
    echo "silent server, --timeout $timeout: settled in $(median "${times[@]}") ms" \
        "(target < $((2 * timeout * 1000)) ms), exit $rc, $(proxy_counts $SILENT | awk '{print $2}') queries"
done
