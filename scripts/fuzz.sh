#!/usr/bin/env bash
# Fuzz the decoders (docs/fuzzing.md): builds fuzz/MyProxy.Fuzz and runs each target in turn, one process at a
# time, under /usr/bin/time -v for the peak memory. Inputs that break a target's contract are written to
# fuzz/findings/<target>/; the script then exits non-zero. Ends with one tab-separated figures line per target.
#
#   scripts/fuzz.sh [TARGET|all] [--inputs N] [--seconds S] [--seed N]
#   scripts/fuzz.sh list              the target names
#   scripts/fuzz.sh replay [TARGET]   the corpus only, as the Protocol tests do
set -euo pipefail

readonly PROG=fuzz.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly DLL=$ROOT/fuzz/MyProxy.Fuzz/bin/Release/net10.0/MyProxy.Fuzz.dll
readonly CORPUS=$ROOT/fuzz/corpus
readonly FINDINGS=$ROOT/fuzz/findings

die() { echo "$PROG: $*" >&2; exit 2; }

ensure_tools() { # the harness needs only dotnet; GNU time gives the peak memory
  command -v dotnet >/dev/null || die "dotnet is missing; run scripts/install-deps.sh first"
  if [[ ! -x /usr/bin/time ]]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null || die "cannot install GNU time (apt-get install time)"
  fi
}

build() {
  dotnet build "$ROOT/fuzz/MyProxy.Fuzz/MyProxy.Fuzz.csproj" -c Release -nologo -v quiet >/dev/null \
    || die "the fuzz harness does not build; run: dotnet build fuzz/MyProxy.Fuzz -c Release"
}

run_target() { # TARGET ARGS... -> prints the figures line; returns the harness's exit code
  local target=$1 log status peak
  shift
  log=$(mktemp)
  status=0
  nice -n 10 /usr/bin/time -v dotnet "$DLL" run "$target" --corpus "$CORPUS" --findings "$FINDINGS" "$@" >"$log" 2>&1 || status=$?
  grep '^FINDING' "$log" >&2 || true
  peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  if grep -q '^DONE ' "$log"; then
    echo "$(sed -n 's/^DONE //p' "$log")	peak-rss-kb=${peak:-?}	exit=$status"
  else
    echo "$target	no result (exit $status)	peak-rss-kb=${peak:-?}"
    tail -n 20 "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}

main() {
  local target=${1:-all}
  [[ $# -gt 0 ]] && shift
  ensure_tools
  build
  case "$target" in
    list) dotnet "$DLL" list; return ;;
    replay) dotnet "$DLL" replay "${1:-all}" --corpus "$CORPUS"; return ;;
  esac

  local targets failed=0 name
  if [[ "$target" == all ]]; then
    targets=$(dotnet "$DLL" list | cut -f1)
  else
    targets=$target
  fi

  for name in $targets; do
    run_target "$name" "$@" || failed=1
  done

  ((failed == 0)) || { echo "$PROG: findings or errors; inputs are in fuzz/findings/" >&2; return 1; }
}

main "$@"
