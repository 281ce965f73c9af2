#!/usr/bin/env bash
# Pack every src project into NuGet packages: MyProxy.Protocol, .Crypto, .Transport, .Client (libraries) and
# MyProxy.Cli (the `myproxy` .NET tool), each with its .snupkg symbols package. Tests and samples never pack.
#
#   scripts/pack.sh                    build (Release, ContinuousIntegrationBuild) and pack into artifacts/packages
#   scripts/pack.sh --no-build         pack what is already built (e.g. after scripts/test.sh)
#   scripts/pack.sh --output DIR       pack into DIR instead
#   CONFIGURATION=Debug scripts/pack.sh
set -euo pipefail

readonly PROG=pack.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly CONFIGURATION=${CONFIGURATION:-Release}

die() { echo "$PROG: $*" >&2; exit 1; }
usage() { echo "usage: $PROG [--no-build] [--output DIR]" >&2; exit 2; }

main() {
  local build=1 output=$ROOT/artifacts/packages
  while (($#)); do
    case $1 in
      --no-build) build=0 ;;
      --output) (($# > 1)) || usage; output=$2; shift ;;
      *) usage ;;
    esac
    shift
  done

  cd "$ROOT"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  command -v dotnet >/dev/null 2>&1 || die "dotnet not found; install the .NET 10 SDK"
  mkdir -p "$output"
  output=$(cd "$output" && pwd -P)
  # Only our own packages go: the directory may hold other things.
  rm -f "$output"/MyProxy.*.nupkg "$output"/MyProxy.*.snupkg

  # The CLI references every library, so building it builds all that packs; the solution's pack then skips the
  # projects that must not pack (tests, samples, fuzzing) by their IsPackable=false, which is what we want checked.
  if ((build)); then
    dotnet build src/MyProxy.Cli/MyProxy.Cli.csproj -c "$CONFIGURATION" -nologo -v quiet \
      -p:ContinuousIntegrationBuild=true || die "building src failed"
  fi
  dotnet pack MyProxy.sln -c "$CONFIGURATION" --no-build -nologo -v quiet -nodeReuse:false -o "$output" || die "packing failed"
  echo "$PROG: packages in ${output#"$ROOT"/}:"
  (cd "$output" && ls -1 MyProxy.*.nupkg MyProxy.*.snupkg)
}

main "$@"
