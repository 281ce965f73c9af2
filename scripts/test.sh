#!/usr/bin/env bash
# Build the solution once and run every test project, the integration tests against a real myproxy-server included.
# Ends with one line "tests: N passed, N failed, N skipped"; fails when the build or any test failed, or none ran.
#
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Sandbox"]
#   CONFIGURATION=Debug scripts/test.sh
set -euo pipefail

readonly PROG=test.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly CONFIGURATION=${CONFIGURATION:-Release}
readonly RESULTS=$ROOT/artifacts/test-results

die() { echo "$PROG: $*" >&2; exit 1; }

# Sums one counter over every TRX file: attribute NAME of the <Counters> element.
counter() {
  local name=$1 file total=0 value
  for file in "$RESULTS"/*.trx; do
    [[ -e "$file" ]] || continue
    value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+' || true)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

summarise() { # TEST_EXIT_CODE -> prints the summary line, returns non-zero on any failure
  local test_status=$1 total executed passed failed skipped
  total=$(counter total)
  executed=$(counter executed)
  passed=$(counter passed)
  failed=$(($(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted)))
  skipped=$((total - executed))
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  ((failed == 0)) || return 1
  ((test_status == 0)) || { echo "$PROG: dotnet test failed (exit code $test_status); see the output above" >&2; return 1; }
  ((total > 0)) || { echo "$PROG: no tests ran" >&2; return 1; }
}

main() {
  cd "$ROOT"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  command -v dotnet >/dev/null 2>&1 || die "dotnet not found; install the .NET 10 SDK"
  # --publish: clang and zlib1g-dev, for the NativeAOT publish that Packaging/NativeCliTests checks.
  scripts/install-deps.sh --publish

  if ! dotnet build MyProxy.sln -c "$CONFIGURATION" -nologo -v quiet; then
    echo "tests: 0 passed, 0 failed, 0 skipped"
    die "build failed"
  fi

  rm -rf "$RESULTS"
  local status=0
  dotnet test MyProxy.sln -c "$CONFIGURATION" --no-build --nologo --results-directory "$RESULTS" \
    --logger trx --logger "console;verbosity=normal" "$@" || status=$?
  summarise "$status"
}

main "$@"
