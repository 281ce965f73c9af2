#!/usr/bin/env bash
# In-process logons per second from one host with a pre-generated key pool, against the C client (myproxy-logon)
# run as parallel processes on the same machine; both against one throw-away sandbox server (scripts/sandbox.sh).
#
#   bench/throughput.sh [SECONDS] [PROCESSES] [POOL] [CONCURRENCY]
#
# SECONDS per run (default 15); PROCESSES parallel myproxy-logon loops (default 2 per core); POOL keys
# pre-generated before each in-process run (default 256); CONCURRENCY logons in flight in the process (default 16:
# a logon mostly waits for the server, so one host keeps many in flight). Prints a markdown table
# (logons/s, p50, p99, ratio to the C client) and exits 1 when a row misses the 5x target. Figures from a machine
# that is doing other work are provisional: rerun idle.
set -euo pipefail

readonly ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
readonly RUN_SECONDS=${1:-15}
readonly PROCESSES=${2:-$(($(nproc) * 2))}
readonly POOL=${3:-256}
readonly CONCURRENCY=${4:-16}
readonly TARGET=5
export PATH="$PATH:/usr/sbin:/sbin"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/myproxy-throughput.XXXXXX")
cleanup() { "$ROOT/scripts/sandbox.sh" stop "$WORK/sandbox" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

"$ROOT/scripts/sandbox.sh" start "$WORK/sandbox" >/dev/null
# shellcheck disable=SC1091
source "$WORK/sandbox/sandbox.env"
export MYPROXY_SERVER MYPROXY_SERVER_PORT MYPROXY_SERVER_DN X509_CERT_DIR
export MYPROXY_PASSPHRASE=$ALICE_CRED_PASSPHRASE
dotnet build "$ROOT/bench/MyProxy.Benchmarks" -c Release -v quiet -nologo >/dev/null
readonly BENCH="$ROOT/bench/MyProxy.Benchmarks/bin/Release/net10.0/MyProxy.Benchmarks.dll"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

c_loop() { # INDEX END_MS -> one latency (ms) per successful logon in $WORK/c.INDEX
  local index=$1 end=$2 started
  while (($(now_ms) < end)); do
    started=$(now_ms)
    if echo "$ALICE_CRED_PASSPHRASE" | myproxy-logon -S -s "$MYPROXY_SERVER" -p "$MYPROXY_SERVER_PORT" \
      -l "$ALICE_CRED_USERNAME" -t 1 -o "$WORK/c-proxy.$index" >/dev/null 2>&1; then
      echo $(($(now_ms) - started)) >>"$WORK/c.$index"
    else
      echo x >>"$WORK/c-errors"
    fi
  done
}

c_client() { # -> "logons=N errors=N seconds=S rate=R p50_ms=X p99_ms=Y", as the in-process run prints it
  local start end i
  start=$(now_ms)
  end=$((start + RUN_SECONDS * 1000))
  for ((i = 0; i < PROCESSES; i++)); do c_loop "$i" "$end" & done
  wait
  local elapsed=$(($(now_ms) - start)) errors=0
  [[ -f "$WORK/c-errors" ]] && errors=$(wc -l <"$WORK/c-errors")
  cat "$WORK"/c.* 2>/dev/null | sort -n | awk -v ms="$elapsed" -v errors="$errors" '
    { v[NR] = $1 }
    END {
      p50 = NR ? v[int(NR * 0.50 + 0.999999) > 0 ? int(NR * 0.50 + 0.999999) : 1] : "nan"
      p99 = NR ? v[int(NR * 0.99 + 0.999999) > 0 ? int(NR * 0.99 + 0.999999) : 1] : "nan"
      printf "logons=%d errors=%d seconds=%.1f rate=%.2f p50_ms=%s p99_ms=%s\n", NR, errors, ms / 1000, NR / (ms / 1000), p50, p99
    }'
}

field() { sed -n "s/.*\<$1=\([^ ]*\).*/\1/p" <<<"$2"; }

row() { # LABEL RESULT C_RATE -> table row; returns 1 when the row misses the target
  local rate ratio
  rate=$(field rate "$2")
  ratio=$(awk -v a="$rate" -v b="$3" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s× | %s |\n' "$1" "$(field logons "$2")" "$(field errors "$2")" "$rate" \
    "$(field p50_ms "$2")" "$(field p99_ms "$2")" "$(field cpu_ms "$2")" "$ratio" \
    "$(awk -v r="$ratio" -v t="$TARGET" 'BEGIN { print (r >= t ? "met" : "missed") }')"
  awk -v r="$ratio" -v t="$TARGET" -v e="$(field errors "$2")" 'BEGIN { exit !(r >= t && e == 0) }'
}

cpu_ms() { awk '{ print ($14 + $15 + $16 + $17) * 10 }' "/proc/$1/stat" 2>/dev/null || echo 0; } # utime+stime(+children), 100 Hz

server_pid=$(cat "$SERVER_PID_FILE")
c_cpu_before=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$$/stat")
c_result=$(c_client)
c_cpu=$((($(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$$/stat") - c_cpu_before) * 10)) # this shell's reaped children: the C clients
c_rate=$(field rate "$c_result")
server_before=$(cpu_ms "$server_pid")
rsa_result=$(dotnet "$BENCH" throughput --seconds "$RUN_SECONDS" --concurrency "$CONCURRENCY" --key-type rsa --pool "$POOL" --refill 1)
server_rsa=$(($(cpu_ms "$server_pid") - server_before))
server_before=$(cpu_ms "$server_pid")
ec_result=$(dotnet "$BENCH" throughput --seconds "$RUN_SECONDS" --concurrency "$CONCURRENCY" --key-type ec --pool "$POOL" --refill 1)
server_ec=$(($(cpu_ms "$server_pid") - server_before))

echo "In-process throughput, ${RUN_SECONDS} s per run, $PROCESSES C processes, $CONCURRENCY logons in flight in-process, key pool $POOL, $(nproc) cores, target ${TARGET}× the C client"
echo
echo "| Client | Logons | Errors | Logons/s | p50 ms | p99 ms | Client CPU ms | vs C | Target |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '| myproxy-logon × %s processes (RSA-2048) | %s | %s | %s | %s | %s | %s | 1.00× | — |\n' "$PROCESSES" "$(field logons "$c_result")" \
  "$(field errors "$c_result")" "$c_rate" "$(field p50_ms "$c_result")" "$(field p99_ms "$c_result")" "$c_cpu"
status=0
row "MyProxyClient in-process, RSA-2048 pool" "$rsa_result" "$c_rate" || status=1
row "MyProxyClient in-process, EC P-256 pool" "$ec_result" "$c_rate" || status=1
echo
echo "Server CPU (myproxy-server and its per-connection children): RSA run ${server_rsa} ms, EC run ${server_ec} ms in ${RUN_SECONDS} s per run."
exit "$status"
