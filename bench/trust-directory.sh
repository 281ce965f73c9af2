#!/usr/bin/env bash
# What the size of the trust directory costs a logon: `myproxy logon` (and `logon -T`) with the sandbox's own
# directory, and with an IGTF-sized one (the sandbox CA plus every CA of /etc/ssl/certs, each as hash.0, NAME.pem,
# two signing policies, a namespaces file and a crl_url, and a 50,000-entry CRL of the sandbox CA), beside the C
# myproxy-logon. Prints hyperfine's markdown table.
#
#   bench/trust-directory.sh
#   BEFORE_BIN=/tmp/old/myproxy bench/trust-directory.sh     also measure an older build on the large directory
#
# Environment:
#   MYPROXY_BIN  the binary to measure (default: the Release build, src/MyProxy.Cli/bin/Release/net10.0/myproxy)
#   BEFORE_BIN   an older binary to set beside it (optional)
#   RUNS         runs per command (default 20); WARMUP warm-up runs (default 3); REVOKED CRL entries (default 50000)
# Needs hyperfine, python3, openssl and the sandbox's tools (scripts/install-deps.sh --bench).
set -euo pipefail

readonly PROG=trust-directory.sh
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly RUNS=${RUNS:-20} WARMUP=${WARMUP:-3} REVOKED=${REVOKED:-50000}
readonly BIN=${MYPROXY_BIN:-$ROOT/src/MyProxy.Cli/bin/Release/net10.0/myproxy}
export PATH="$PATH:/usr/sbin:/sbin"

# shellcheck source=bench/sandbox-lib.sh
source "$ROOT/bench/sandbox-lib.sh"

require() {
  require_tools hyperfine python3 openssl myproxy-logon
  [[ -x "$BIN" ]] || die "$BIN is missing; build it (dotnet build -c Release) or set MYPROXY_BIN"
  [[ -z "${BEFORE_BIN:-}" || -x "$BEFORE_BIN" ]] || die "BEFORE_BIN=$BEFORE_BIN is not an executable"
  compgen -G "/etc/ssl/certs/*.0" >/dev/null || die "no CAs in /etc/ssl/certs; install ca-certificates"
}

# The sandbox's CA files, then for every system CA the files an IGTF installation holds for one CA.
large_directory() { # DIR
  local dir=$1 count=0 file hash
  mkdir -p "$dir"
  cp "$X509_CERT_DIR"/* "$dir/"
  for file in /etc/ssl/certs/*.0; do
    count=$((count + 1))
    hash=$(basename "$file" .0)
    cp -L "$file" "$dir/$hash.0"
    cp -L "$file" "$dir/igtf-ca-$count.pem"
    printf "access_id_CA X509 '/CN=ca%s'\npos_rights globus CA:sign\ncond_subjects globus '\"/CN=ca%s/*\"'\n" \
      "$count" "$count" >"$dir/$hash.signing_policy"
    cp "$dir/$hash.signing_policy" "$dir/igtf-ca-$count.signing_policy"
    printf 'TO Issuer "/CN=ca%s" PERMIT Subject "/CN=ca%s/.*"\n' "$count" "$count" >"$dir/$hash.namespaces"
    echo "http://crl.example.org/ca$count.crl" >"$dir/igtf-ca-$count.crl_url"
  done
  sandbox_crl "$dir/$(basename "$(ls "$X509_CERT_DIR"/*.0 | head -1)" .0).r0"
}

# A CRL of the sandbox CA with REVOKED entries, none of them a sandbox user's (random 63-bit serials).
sandbox_crl() { # OUT
  local ca=$WORK/crl-ca
  mkdir -p "$ca"
  python3 - "$ca/index.txt" "$REVOKED" <<'PY'
import random, sys
with open(sys.argv[1], "w") as index:
    for n in range(int(sys.argv[2])):
        index.write("R\t301231235959Z\t251201000000Z\t%016X\tunknown\t/CN=revoked%d\n" % (random.getrandbits(62) | 1 << 62, n))
PY
  printf '[ca]\ndefault_ca = d\n[d]\ndatabase = %s\ncrlnumber = %s\ndefault_md = sha256\ndefault_crl_days = 30\n' \
    "$ca/index.txt" "$ca/crlnumber" >"$ca/openssl.cnf"
  echo 01 >"$ca/crlnumber"
  openssl ca -config "$ca/openssl.cnf" -gencrl -keyfile "$CA_KEY" -cert "$CA_CERT" -out "$1" -passin pass: 2>/dev/null \
    || die "openssl ca -gencrl failed"
}

main() {
  require
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/myproxy-bench-trust.XXXXXX")
  trap cleanup EXIT
  start_sandbox
  local small=$X509_CERT_DIR large=$WORK/large
  large_directory "$large"
  echo "$PROG: large directory: $(ls "$large" | wc -l) files, $(du -sh "$large" | cut -f1); sandbox: $(ls "$small" | wc -l) files" >&2

  local logon="logon -S -l $ALICE_CRED_USERNAME -t 1 --key-type ec -o $WORK/out.pem"
  local commands=(
    -n "myproxy logon, sandbox directory" "sh -c 'X509_CERT_DIR=$small $BIN $logon < $WORK/passphrase'"
    -n "myproxy logon, large directory" "sh -c 'X509_CERT_DIR=$large $BIN $logon < $WORK/passphrase'"
    -n "myproxy logon -T, large directory" "sh -c 'X509_CERT_DIR=$large $BIN $logon -T < $WORK/passphrase'"
    -n "myproxy-logon (C), large directory" "sh -c 'X509_CERT_DIR=$large myproxy-logon -S -l $ALICE_CRED_USERNAME -t 1 -o $WORK/c.pem < $WORK/passphrase'"
  )
  if [[ -n "${BEFORE_BIN:-}" ]]; then
    commands+=(
      -n "before: myproxy logon, large directory" "sh -c 'X509_CERT_DIR=$large $BEFORE_BIN $logon < $WORK/passphrase'"
      -n "before: myproxy logon -T, large directory" "sh -c 'X509_CERT_DIR=$large $BEFORE_BIN $logon -T < $WORK/passphrase'"
    )
  fi
  hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --export-markdown "$WORK/table.md" "${commands[@]}" >&2
  openssl verify -allow_proxy_certs -CApath "$small" -untrusted "$WORK/out.pem" "$WORK/out.pem" >/dev/null \
    || die "the proxy written does not verify: the logon under test is broken"
  cat "$WORK/table.md"
}

main "$@"
