#!/usr/bin/env bash
# Install what the integration tests and the demo need: the real MyProxy server and C tools, the Globus proxy tools,
# openssl, and GNU time, which measures the CLI's peak memory against floods (Debian/Ubuntu packages). Does nothing
# when every tool is already there.
#
#   scripts/install-deps.sh             the server and the C tools
#   scripts/install-deps.sh --publish   also what the NativeAOT publish needs (clang, zlib1g-dev; scripts/publish.sh)
#   scripts/install-deps.sh --bench     also --publish, plus hyperfine (bench/logon-vs-c.sh)
set -euo pipefail

readonly PROG=install-deps.sh
PACKAGES=(myproxy-server myproxy myproxy-admin globus-proxy-utils openssl libpam-modules time)
TOOLS=(myproxy-server myproxy-admin-load-credential myproxy-logon myproxy-init myproxy-get-trustroots
  grid-proxy-init grid-proxy-info openssl /usr/bin/time)
readonly PUBLISH_PACKAGES=(clang zlib1g-dev)
# zlib1g-dev has no command: its header tells whether it is there.
readonly PUBLISH_TOOLS=(clang /usr/include/zlib.h)
readonly BENCH_PACKAGES=(hyperfine)
readonly BENCH_TOOLS=(hyperfine)

die() { echo "$PROG: $*" >&2; exit 1; }

# Debian keeps myproxy-server and the admin tools in /usr/sbin, which a non-root PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

missing_tools() {
  local tool
  for tool in "${TOOLS[@]}"; do
    if [[ "$tool" == /* ]]; then [[ -e "$tool" ]] || echo "$tool"
    else command -v "$tool" >/dev/null 2>&1 || echo "$tool"
    fi
  done
}

as_root() {
  if ((EUID == 0)); then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else die "need root or password-less sudo to install ${PACKAGES[*]}; install them yourself and rerun"
  fi
}

add_modes() { # ARGS...
  local argument
  for argument in "$@"; do
    case $argument in
      --publish) PACKAGES+=("${PUBLISH_PACKAGES[@]}"); TOOLS+=("${PUBLISH_TOOLS[@]}") ;;
      --bench) PACKAGES+=("${PUBLISH_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"); TOOLS+=("${PUBLISH_TOOLS[@]}" "${BENCH_TOOLS[@]}") ;;
      *) die "usage: $PROG [--publish] [--bench]" ;;
    esac
  done
}

main() {
  add_modes "$@"
  local missing
  missing=$(missing_tools | tr '\n' ' ')
  if [[ -z "$missing" ]]; then
    echo "$PROG: MyProxy server and tools${1:+ (and $*)} already installed"
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
