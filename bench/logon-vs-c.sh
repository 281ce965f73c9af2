#!/usr/bin/env bash
# Whole-process logon: the NativeAOT `myproxy logon` against the C `myproxy-logon`, paired on one sandbox server and
# one credential, interleaved in rounds so a change in the machine's load hits both alike. Prints a markdown table of
# medians, ratios and targets, and exits 1 when a target is missed.
#
#   bench/logon-vs-c.sh
#   ROUNDS=10 RUNS=20 bench/logon-vs-c.sh
#
# Environment:
#   ROUNDS      rounds of hyperfine, each running every command RUNS times (default 5)
#   RUNS        runs per command and round (default 10); WARMUP warm-up runs per command and round (default 2)
#   RSS_RUNS    runs under /usr/bin/time -v for the peak memory (default 5)
#   MYPROXY_BIN the native binary to measure (default: scripts/publish.sh, then artifacts/publish/<rid>/myproxy)
#   RSA_TARGET, EC_TARGET, RSS_TARGET_MIB   the targets of issue #8 (0.8, 0.35, 40)
# Needs hyperfine, GNU time, python3 and the sandbox's tools (scripts/install-deps.sh --bench).
set -euo pipefail

readonly PROG=logon-vs-c.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly ROUNDS=${ROUNDS:-5} RUNS=${RUNS:-10} WARMUP=${WARMUP:-2} RSS_RUNS=${RSS_RUNS:-5}
readonly RSA_TARGET=${RSA_TARGET:-0.8} EC_TARGET=${EC_TARGET:-0.35} RSS_TARGET_MIB=${RSS_TARGET_MIB:-40}
export PATH="$PATH:/usr/sbin:/sbin"

# shellcheck source=bench/sandbox-lib.sh
source "$ROOT/bench/sandbox-lib.sh"

require() { require_tools hyperfine /usr/bin/time python3 myproxy-logon; }

native_binary() {
  if [[ -n "${MYPROXY_BIN:-}" ]]; then
    [[ -x "$MYPROXY_BIN" ]] || die "MYPROXY_BIN=$MYPROXY_BIN is not an executable"
    echo "$MYPROXY_BIN"
    return 0
  fi
  local output=$WORK/publish
  "$ROOT/scripts/publish.sh" --output "$output" >&2 || die "scripts/publish.sh failed"
  echo "$output/myproxy"
}

# The commands, in the order of the table: ours RSA, ours EC, the C client (RSA: it makes no other key).
commands() { # BIN
  local logon="-S -l $ALICE_CRED_USERNAME -t 1"
  echo "$1 logon $logon -o $WORK/ours-rsa.pem < $WORK/passphrase"
  echo "$1 logon $logon --key-type ec -o $WORK/ours-ec.pem < $WORK/passphrase"
  echo "myproxy-logon $logon -o $WORK/c.pem < $WORK/passphrase"
}

check_proxies() {
  local file
  for file in ours-rsa.pem ours-ec.pem c.pem; do
    openssl verify -allow_proxy_certs -CApath "$X509_CERT_DIR" -untrusted "$WORK/$file" "$WORK/$file" >/dev/null \
      || die "$file does not verify: a logon under test is broken"
  done
}

run_rounds() { # BIN
  local round
  mapfile -t COMMANDS < <(commands "$1")
  for ((round = 1; round <= ROUNDS; round++)); do
    echo "$PROG: round $round of $ROUNDS ($RUNS runs of each command)" >&2
    hyperfine --style none --warmup "$WARMUP" --runs "$RUNS" --export-json "$WORK/round-$round.json" \
      "${COMMANDS[@]}" >/dev/null || die "hyperfine failed (a logon exited non-zero?)"
  done
}

peak_rss_kib() { # COMMAND -> the largest "Maximum resident set size" of RSS_RUNS runs
  local max=0 rss i
  for ((i = 0; i < RSS_RUNS; i++)); do
    rss=$(/usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p')
    ((rss <= max)) || max=$rss
  done
  echo "$max"
}

report() { # BIN
  local rsa_rss ec_rss
  rsa_rss=$(peak_rss_kib "${COMMANDS[0]}")
  ec_rss=$(peak_rss_kib "${COMMANDS[1]}")
  python3 - "$WORK" "$ROUNDS" "$RSA_TARGET" "$EC_TARGET" "$RSS_TARGET_MIB" "$rsa_rss" "$ec_rss" <<'PY'
import json, statistics, sys
work, rounds, rsa_target, ec_target, rss_target, rsa_rss, ec_rss = sys.argv[1:]
times = [[], [], []]
for r in range(1, int(rounds) + 1):
    for i, result in enumerate(json.load(open(f"{work}/round-{r}.json"))["results"]):
        times[i].extend(result["times"])
ours_rsa, ours_ec, c = (statistics.median(t) * 1000 for t in times)
rows = [("`myproxy logon` (RSA-2048)", ours_rsa, float(rsa_target)), ("`myproxy logon --key-type ec`", ours_ec, float(ec_target))]
missed = 0
print(f"| Logon | Median (ms) | `myproxy-logon` median (ms) | Ratio | Target | Met |")
print(f"|---|---:|---:|---:|---:|---|")
for name, median, target in rows:
    ratio = median / c
    met = ratio <= target
    missed += not met
    print(f"| {name} | {median:.1f} | {c:.1f} | {ratio:.2f}× | ≤ {target}× | {'yes' if met else '**no**'} |")
for name, kib in (("RSA", rsa_rss), ("EC", ec_rss)):
    mib = int(kib) / 1024
    met = mib <= float(rss_target)
    missed += not met
    print(f"| peak RSS, {name} logon | {mib:.1f} MiB | | | ≤ {rss_target} MiB | {'yes' if met else '**no**'} |")
print(f"\n{len(times[2])} runs of each command in {rounds} interleaved rounds (medians of all runs).")
sys.exit(1 if missed else 0)
PY
}

main() {
  require
  WORK=$(mktemp -d)
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  local bin
  bin=$(native_binary)
  start_sandbox
  mapfile -t COMMANDS < <(commands "$bin")
  local command
  for command in "${COMMANDS[@]}"; do
    bash -c "$command" >/dev/null || die "a first logon failed: $command"
  done
  check_proxies
  run_rounds "$bin"
  report "$bin"
}

main "$@"
