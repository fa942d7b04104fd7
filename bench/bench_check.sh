#!/usr/bin/env bash
# Live-check benchmark (issue #4): lyncdns check against a local NSD for ~100 and ~1,000 checks,
# compared in the same run with adnshost (asynchronous) and sequential dig on the same queries;
# then how long a closed port and a silent (query-swallowing) server take to settle. Prints times and
# ratios; asserts nothing (tst_livecheck_nsd checks the verdicts). Targets: lyncdns <= 1.5x adnshost
# at 1,000 records; a closed port settles within 2 s, a silent server within 2x the timeout.
# Needs root (NSD on port 53). Usage: bench/bench_check.sh [LYNCDNS]
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for p in nsd adns-tools bind9-dnsutils; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
lyncdns=${1:-build/release/app/lyncdns}
floor=build/release/bench/bench_qdnslookup
if [ ! -x "$lyncdns" ] || [ ! -x "$floor" ]; then
    cmake --preset release >/dev/null && cmake --build --preset release --target lyncdns bench_qdnslookup >/dev/null
fi
[ "$(id -u)" -eq 0 ] || { echo "bench_check: needs root to run NSD on port 53" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${KEEP:-}" ] && trap - EXIT
INTERNAL=127.0.54.1 EXTERNAL=127.0.54.2 CLOSED=127.0.54.8 SILENT=127.0.54.9

# A plan with DOMAINS SIP domains: Enterprise pool (DNS LB), DNS-LB Edge pool, reverse proxy.
make_plan() {
    python3 - "$1" > "$2" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({
  "format": "lyncdns-plan", "version": 1, "title": "bench",
  "sipDomains": ["d%04d.example.com" % i for i in range(n)],
  "frontEnd": {"edition": "enterprise", "fqdn": "pool01.corp.example.net", "loadBalancing": "dns",
               "servers": [{"fqdn": "fe%d.corp.example.net" % i, "ipv4": "10.10.10.%d" % i} for i in (1, 2, 3)],
               "webServices": {"internalFqdn": "webint.corp.example.net", "internalVip": "10.10.10.50",
                               "externalFqdn": "webext.d0000.example.com"}},
  "edge": {"layout": "scaled-dns", "nat": True, "internalFqdn": "edgepool.corp.example.net",
           "servers": [{"fqdn": "edge%d.corp.example.net" % i, "internalIpv4": "172.25.33.%d" % i,
                        "accessIpv4": "131.107.155.%d" % (10 + i), "webConferencingIpv4": "131.107.155.%d" % (20 + i),
                        "avIpv4": "131.107.155.%d" % (30 + i)} for i in (1, 2)]},
  "reverseProxy": {"publicIpv4": "131.107.155.40"},
  "autodiscover": {"enabled": True, "recordType": "A"}
}))
PY
}

start_nsd() { # location address zonesdir
    local d="$work/nsd-$1"; mkdir -p "$d"
    {
        printf 'server:\n  ip-address: %s\n  port: 53\n  zonesdir: "%s"\n  pidfile: "%s/pid"\n  database: ""\n' "$2" "$3" "$d"
        printf '  username: ""\n  chroot: ""\n  xfrdfile: "%s/xfrd"\n  zonelistfile: "%s/zl"\n  xfrdir: "%s"\n' "$d" "$d" "$d"
        printf '  logfile: "%s/log"\n  receive-buffer-size: 8388608\n  rrl-ratelimit: 0\n  server-count: 1\n  verbosity: 0\n' "$d"
        printf 'remote-control:\n  control-enable: no\n'
        for z in "$3"/*.zone; do printf 'zone:\n  name: "%s"\n  zonefile: "%s"\n' "$(basename "$z" .zone)" "$(basename "$z")"; done
    } > "$d/nsd.conf"
    nsd -c "$d/nsd.conf" -d >"$d/out" 2>&1 &
    pids+=($!)
}

now() { date +%s.%N; }
ms() { python3 -c "print(f'{($2-$1)*1000:9.1f}')"; }

printf '%-7s %7s %11s %13s %12s %11s %10s %10s\n' checks domains "lyncdns ms" "QDnsLookup ms" "adnshost ms" "dig ms" "÷adnshost" "÷dig"
for domains in 6 75; do  # about 100 and 1,000 checks
    d="$work/run$domains"; mkdir -p "$d"
    make_plan "$domains" "$d/plan.lyncplan"
    "$lyncdns" export "$d/plan.lyncplan" --format bind --dir "$d/zones" >/dev/null
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; pids=(); sleep 0.3
    start_nsd internal $INTERNAL "$d/zones/internal"
    start_nsd external $EXTERNAL "$d/zones/external"
    sleep 0.5
    "$lyncdns" check "$d/plan.lyncplan" --internal-server $INTERNAL --external-server $EXTERNAL --format csv -o "$d/warm.csv" || true

    t0=$(now)
    "$lyncdns" check "$d/plan.lyncplan" --internal-server $INTERNAL --external-server $EXTERNAL --format csv -o "$d/check.csv" || true
    t1=$(now)
    checks=$(($(wc -l < "$d/check.csv") - 1))
    notok=$(tail -n +2 "$d/check.csv" | grep -vc ',ok,' || true)

    # The same queries: location,name,type of every check result.
    tail -n +2 "$d/check.csv" | awk -F, '$1=="internal"{print tolower($3), $2}' > "$d/q-internal"
    tail -n +2 "$d/check.csv" | awk -F, '$1=="external"{print tolower($3), $2}' > "$d/q-external"
    # adnshost's pipe mode takes one argument per line: "-t<type>", then the name.
    for loc in internal external; do awk '{print "-t" $1; print $2}' "$d/q-$loc" > "$d/a-$loc"; done
    t2=$(now)
    # Batches of 250 queries: with ~1,000 answers at once the client's UDP buffer drops some and
    # adns then waits seconds for retransmits, which would flatter lyncdns.
    : > "$d/adns.out"
    for loc in internal external; do
        server=$INTERNAL; [ $loc = external ] && server=$EXTERNAL
        split -l 500 -d "$d/a-$loc" "$d/batch-$loc-"
        for b in "$d"/batch-$loc-*; do adnshost --config "nameserver $server" -a -f < "$b" >> "$d/adns.out" 2>&1 || true; done
    done
    t3=$(now)
    for loc in internal external; do
        server=$INTERNAL; [ $loc = external ] && server=$EXTERNAL
        while read -r type name; do dig @"$server" +short +tries=1 +time=2 "$name" "$type" >/dev/null; done < "$d/q-$loc"
    done
    t4=$(now)
    # Bare QDnsLookup on the same queries: what Qt 6.4 allows at best (its pool runs 5 at once).
    f1=$("$floor" $INTERNAL "$d/q-internal"); f2=$("$floor" $EXTERNAL "$d/q-external")
    answered=$(grep -c '^[0-9]* [0-9]* ' "$d/adns.out" || true)
    [ "$answered" -eq "$checks" ] || echo "  (adnshost answered $answered of $checks queries)"
    l=$(ms "$t0" "$t1"); a=$(ms "$t2" "$t3"); g=$(ms "$t3" "$t4")
    f=$(python3 -c "print(f'{$f1+$f2:9.1f}')")
    printf '%-7s %7s %11s %13s %12s %11s %10s %10s' "$checks" "$domains" "$l" "$f" "$a" "$g" \
        "$(python3 -c "print(f'{$l/$a:.2f}x')")" "$(python3 -c "print(f'{$l/$g:.2f}x')")"
    [ "$notok" -eq 0 ] && echo || echo "   ($notok results not ok!)"
done

# A server that swallows every query: the check must settle within 2x its timeout.
python3 - "$SILENT" <<'PY' &
import socket, sys, time
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind((sys.argv[1], 53))
t = socket.socket(); t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); t.bind((sys.argv[1], 53)); t.listen(16)
time.sleep(120)
PY
pids+=($!)
sleep 0.5
for timeout in 1 2 3; do
    rc=0
    t0=$(now)
    "$lyncdns" check "$work/run75/plan.lyncplan" --internal-server $INTERNAL --external-server $SILENT --timeout $timeout --format csv -o "$work/silent.csv" 2>/dev/null || rc=$?
    t1=$(now)
    echo "silent external server, --timeout $timeout: settled in $(ms "$t0" "$t1") ms (target < $((2 * timeout * 1000)) ms), exit $rc"
done

# Nothing listening on the external address: the kernel refuses at once, no timeout runs out.
rc=0
t0=$(now)
"$lyncdns" check "$work/run75/plan.lyncplan" --internal-server $INTERNAL --external-server $CLOSED --format csv -o "$work/closed.csv" 2>/dev/null || rc=$?
t1=$(now)
echo "closed external port: settled in $(ms "$t0" "$t1") ms (target < 2000 ms), exit $rc"
