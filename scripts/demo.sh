#!/usr/bin/env bash
# Show what works today: build the myproxy CLI and exercise it (and, for comparison, the C tools) against a server.
#
#   scripts/demo.sh               start a throw-away sandbox server (scripts/sandbox.sh) and use it
#   scripts/demo.sh HOST[:PORT]   use that server instead (or set MYPROXY_SERVER / MYPROXY_SERVER_PORT)
#
# Each step is a function listed in STEPS; a new feature adds a function and one line there.
set -euo pipefail

readonly PROG=demo.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly CONFIGURATION=${CONFIGURATION:-Release}
readonly CLI=$ROOT/src/MyProxy.Cli/bin/$CONFIGURATION/net10.0/myproxy

WORK=
SANDBOX=0

die() { echo "$PROG: $*" >&2; exit 1; }
section() { printf '\n=== %s ===\n' "$*"; }
# Prints the command as a user would type it, then runs it.
run() { printf '$ %s\n' "$*"; "$@"; }

cleanup() {
  [[ -n "$WORK" ]] || return 0
  ((SANDBOX)) && "$ROOT/scripts/sandbox.sh" stop "$WORK/sandbox" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

build_cli() {
  section "Build the myproxy CLI ($CONFIGURATION)"
  command -v dotnet >/dev/null 2>&1 || die "dotnet not found; install the .NET 10 SDK"
  run dotnet build "$ROOT/src/MyProxy.Cli/MyProxy.Cli.csproj" -c "$CONFIGURATION" -nologo -v quiet \
    || die "building src/MyProxy.Cli failed"
  [[ -x "$CLI" ]] || die "the build did not produce $CLI"
}

# Uses HOST[:PORT] from the command line or the environment, or starts a sandbox server.
choose_server() { # [HOST[:PORT]]
  local server=${1:-${MYPROXY_SERVER:-}}
  if [[ -n "$server" ]]; then
    export MYPROXY_SERVER=${server%%:*}
    [[ "$server" == *:* ]] && export MYPROXY_SERVER_PORT=${server##*:}
    export MYPROXY_SERVER_PORT=${MYPROXY_SERVER_PORT:-7512}
    section "Server: $MYPROXY_SERVER:$MYPROXY_SERVER_PORT"
    return 0
  fi
  section "Server: a sandbox myproxy-server on 127.0.0.1"
  "$ROOT/scripts/install-deps.sh"
  SANDBOX=1
  run "$ROOT/scripts/sandbox.sh" start "$WORK/sandbox"
  set -a
  # shellcheck disable=SC1091
  source "$WORK/sandbox/sandbox.env"
  set +a
}

# The demo's own trust store, a copy of the sandbox's or the user's, so the C tools never write into those.
prepare_trust_store() {
  local source=${X509_CERT_DIR:-/etc/grid-security/certificates}
  mkdir -p "$WORK/trust"
  [[ -d "$source" ]] && cp -r "$source"/. "$WORK/trust/"
  export X509_CERT_DIR=$WORK/trust X509_USER_PROXY=$WORK/no-proxy HOME=$WORK
}

# Against the sandbox a C tool must work (it proves the sandbox); against another server it is only shown.
c_tool() {
  if ((SANDBOX)); then
    run "$@"
  else
    run "$@" || echo "(the C tool failed against $MYPROXY_SERVER; shown for comparison only)"
  fi
}

needs_sandbox() { # STEP_NAME -> 0 when the step can run against this server
  ((SANDBOX)) && return 0
  echo "(skipped: $1 uses the sandbox's preloaded credential)"
  return 1
}

# --- steps ------------------------------------------------------------------------------------------------------

step_cli_version() {
  section "myproxy --version"
  run "$CLI" --version
}

step_cli_help() {
  section "myproxy --help"
  run "$CLI" --help
}

# --- the main job with OUR binary: store (init), info, logon, get-trustroots, destroy -----------------------------

readonly DEMO_USER=demo-$$
readonly DEMO_PASS=demo-pass-phrase

step_cli_get_trustroots() {
  section "myproxy get-trustroots (into the demo's own trust store)"
  run "$CLI" get-trustroots -s "$MYPROXY_SERVER" -p "$MYPROXY_SERVER_PORT"
}

step_cli_init() {
  section "myproxy init: delegate a proxy of alice's credential to the server"
  needs_sandbox "myproxy init" || return 0
  printf '$ printf "KEY_PASS\\nMYPROXY_PASS\\n" | myproxy init -S -l %s -C %s -y %s -c 2 -t 1\n' "$DEMO_USER" "$ALICE_CERT" "$ALICE_KEY"
  printf '%s\n%s\n' "$ALICE_KEY_PASSPHRASE" "$DEMO_PASS" | "$CLI" init -S -l "$DEMO_USER" -C "$ALICE_CERT" -y "$ALICE_KEY" -c 2 -t 1
}

step_cli_info() {
  section "myproxy info (authenticated with alice's proxy)"
  needs_sandbox "myproxy info" || return 0
  X509_USER_PROXY=$ALICE_PROXY run "$CLI" info -l "$DEMO_USER"
}

step_cli_logon() {
  section "myproxy logon: get a proxy back with the pass phrase"
  needs_sandbox "myproxy logon" || return 0
  printf '$ echo MYPROXY_PASS | myproxy logon -S -l %s -t 1 -o %s\n' "$DEMO_USER" "$WORK/demo.proxy"
  echo "$DEMO_PASS" | "$CLI" logon -S -l "$DEMO_USER" -t 1 -o "$WORK/demo.proxy"
  run "$CLI" proxy info -f "$WORK/demo.proxy"
}

step_cli_aliases() {
  section "myproxy install-aliases: the C tools' names, for unchanged scripts"
  needs_sandbox "myproxy-logon alias" || return 0
  run "$CLI" install-aliases "$WORK/bin" >/dev/null
  printf '$ echo MYPROXY_PASS | %s -S -l %s -t 1 -o %s\n' "$WORK/bin/myproxy-logon" "$DEMO_USER" "$WORK/alias.proxy"
  echo "$DEMO_PASS" | "$WORK/bin/myproxy-logon" -S -l "$DEMO_USER" -t 1 -o "$WORK/alias.proxy"
}

step_cli_destroy() {
  section "myproxy destroy"
  needs_sandbox "myproxy destroy" || return 0
  X509_USER_PROXY=$ALICE_PROXY run "$CLI" destroy -l "$DEMO_USER"
}

# --- the C tools, for comparison --------------------------------------------------------------------------------

step_c_get_trustroots() {
  section "[C tools, for comparison] myproxy-get-trustroots"
  local bootstrap=()
  # With no trust roots at all the C client must bootstrap (trust the server's CA on first use).
  [[ -n "$(ls -A "$X509_CERT_DIR")" ]] || bootstrap=(-b)
  c_tool myproxy-get-trustroots "${bootstrap[@]}" -s "$MYPROXY_SERVER" -p "$MYPROXY_SERVER_PORT"
  run ls "$X509_CERT_DIR"
}

step_c_logon() {
  section "[C tools, for comparison] myproxy-logon of alice's preloaded credential"
  needs_sandbox "myproxy-logon" || return 0
  printf '$ echo "$ALICE_CRED_PASSPHRASE" | myproxy-logon -S -l %s -t 2 -o %s\n' "$ALICE_CRED_USERNAME" "$WORK/alice.proxy"
  echo "$ALICE_CRED_PASSPHRASE" | myproxy-logon -S -s "$MYPROXY_SERVER" -p "$MYPROXY_SERVER_PORT" \
    -l "$ALICE_CRED_USERNAME" -t 2 -o "$WORK/alice.proxy"
}

step_c_proxy_info() {
  section "[C tools, for comparison] grid-proxy-info of the proxy myproxy-logon wrote"
  needs_sandbox "grid-proxy-info" || return 0
  run grid-proxy-info -file "$WORK/alice.proxy"
}

STEPS=(
  step_cli_version
  step_cli_help
  step_cli_get_trustroots
  step_cli_init
  step_cli_info
  step_cli_logon
  step_cli_aliases
  step_cli_destroy
  step_c_get_trustroots
  step_c_logon
  step_c_proxy_info
)

main() {
  (($# <= 1)) || die "usage: $PROG [HOST[:PORT]]"
  [[ "${1:-}" != -* ]] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/myproxy-demo.XXXXXX")
  trap cleanup EXIT
  build_cli
  choose_server "$@"
  prepare_trust_store
  local step
  for step in "${STEPS[@]}"; do
    "$step"
  done
  section "Done"
}

main "$@"
