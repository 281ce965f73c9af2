# shellcheck shell=bash
# What the whole-process benchmarks share: a work directory with a throw-away sandbox server (scripts/sandbox.sh),
# removed on exit. Source it after setting PROG and ROOT; the script sets WORK before calling start_sandbox.

WORK=

die() { echo "$PROG: $*" >&2; exit 2; }

cleanup() {
  [[ -n "$WORK" ]] || return 0
  "$ROOT/scripts/sandbox.sh" stop "$WORK/sandbox" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

require_tools() { # TOOL...
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found; run scripts/install-deps.sh --bench"
  done
}

# Starts the server in $WORK/sandbox and exports its sandbox.env; the clients write into the bench's own home,
# never find a proxy to authenticate with, and read alice's pass phrase from $WORK/passphrase.
start_sandbox() {
  "$ROOT/scripts/sandbox.sh" start "$WORK/sandbox" >&2 || die "the sandbox server did not start"
  set -a
  # shellcheck disable=SC1091
  source "$WORK/sandbox/sandbox.env"
  set +a
  export HOME=$WORK X509_USER_PROXY=$WORK/no-proxy
  printf '%s\n' "$ALICE_CRED_PASSPHRASE" >"$WORK/passphrase"
}
