#!/usr/bin/env bash
# Publish the myproxy CLI as one NativeAOT executable (no .NET runtime needed to run it; starts in milliseconds).
#
#   scripts/publish.sh                  publish for this machine's RID into artifacts/publish/<rid>/myproxy
#   scripts/publish.sh --rid RID        another runtime identifier (linux-x64, linux-arm64; the native toolchain must match)
#   scripts/publish.sh --output DIR     publish into DIR instead
#
# NativeAOT needs clang and zlib's headers (Debian: scripts/install-deps.sh --publish). The publish fails on any
# trim or AOT warning: a warning there means code that may break only in the native binary.
set -euo pipefail

readonly PROG=publish.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT

die() { echo "$PROG: $*" >&2; exit 1; }
usage() { echo "usage: $PROG [--rid RID] [--output DIR]" >&2; exit 2; }

default_rid() {
  case $(uname -m) in
    x86_64) echo linux-x64 ;;
    aarch64) echo linux-arm64 ;;
    *) die "no NativeAOT runtime identifier known for $(uname -m); pass --rid" ;;
  esac
}

main() {
  local rid="" output=""
  while (($#)); do
    case $1 in
      --rid) (($# > 1)) || usage; rid=$2; shift ;;
      --output) (($# > 1)) || usage; output=$2; shift ;;
      *) usage ;;
    esac
    shift
  done
  rid=${rid:-$(default_rid)}
  output=${output:-$ROOT/artifacts/publish/$rid}

  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  command -v dotnet >/dev/null 2>&1 || die "dotnet not found; install the .NET 10 SDK"
  command -v clang >/dev/null 2>&1 || die "clang not found; NativeAOT links with it: run scripts/install-deps.sh --publish"

  LOG=$(mktemp)
  trap 'rm -f "$LOG"' EXIT
  echo "$PROG: publishing src/MyProxy.Cli (NativeAOT, $rid) into $output"
  if ! dotnet publish "$ROOT/src/MyProxy.Cli/MyProxy.Cli.csproj" -c Release -r "$rid" -p:PublishAot=true \
    -o "$output" -nologo -clp:NoSummary >"$LOG" 2>&1; then
    cat "$LOG" >&2
    die "dotnet publish failed"
  fi
  # Trim (IL2xxx) and AOT (IL3xxx) analysis warnings do not fail the publish by themselves: we make them.
  if grep -E ': warning [A-Z]+[0-9]+' "$LOG" >&2; then
    die "the publish printed warnings (above); the native binary must build without any"
  fi
  [[ -x "$output/myproxy" ]] || die "the publish did not produce $output/myproxy"
  echo "$PROG: $output/myproxy ($(du -h "$output/myproxy" | cut -f1))"
}

main "$@"
