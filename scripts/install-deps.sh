#!/usr/bin/env bash
# Install what the integration tests and the demo need: the real MyProxy server and C tools, the Globus proxy tools
# and openssl (Debian/Ubuntu packages). Does nothing when every tool is already there.
set -euo pipefail

readonly PROG=install-deps.sh
readonly PACKAGES=(myproxy-server myproxy myproxy-admin globus-proxy-utils openssl libpam-modules)
readonly TOOLS=(myproxy-server myproxy-admin-load-credential myproxy-logon myproxy-init myproxy-get-trustroots
  grid-proxy-init grid-proxy-info openssl)

die() { echo "$PROG: $*" >&2; exit 1; }

# Debian keeps myproxy-server and the admin tools in /usr/sbin, which a non-root PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

missing_tools() {
  local tool
  for tool in "${TOOLS[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || echo "$tool"
  done
}

as_root() {
  if ((EUID == 0)); then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else die "need root or password-less sudo to install ${PACKAGES[*]}; install them yourself and rerun"
  fi
}

main() {
  local missing
  missing=$(missing_tools | tr '\n' ' ')
  if [[ -z "$missing" ]]; then
    echo "$PROG: MyProxy server and tools already installed"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing% }, and no apt-get here; install ${PACKAGES[*]} yourself"
  echo "$PROG: missing ${missing% }; installing ${PACKAGES[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" \
    >/dev/null || die "apt-get install ${PACKAGES[*]} failed"
  missing=$(missing_tools | tr '\n' ' ')
  [[ -z "$missing" ]] || die "still missing after install: ${missing% }"
  echo "$PROG: installed ${PACKAGES[*]}"
}

main "$@"
