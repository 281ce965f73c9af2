#!/usr/bin/env bash
# A throw-away MyProxy server on 127.0.0.1 for the integration tests and the demo.
#
#   scripts/sandbox.sh start DIR [PORT]   build the test PKI in DIR (once), start myproxy-server, write DIR/sandbox.env
#   scripts/sandbox.sh stop DIR           stop the server started in DIR (and remove its PAM service)
#   scripts/sandbox.sh env DIR            print DIR/sandbox.env
#
# Everything lives in DIR. The one file written outside it is the PAM service /etc/pam.d/<pam id> that lets the
# online CA check carol's and dave's passwords; without root (or password-less sudo) the online CA is left out and
# sandbox.env says ONLINE_CA=0. See docs/testing.md for the users, passphrases and what each one is for.
set -euo pipefail

readonly PROG=sandbox.sh
# Debian keeps myproxy-server and the admin tools in /usr/sbin, which a non-root PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"
readonly CA_SUBJECT="/DC=org/DC=example/CN=Sandbox Test CA"
readonly SERVER_DN="/DC=org/DC=example/CN=host/localhost"
readonly ALICE_SUBJECT="/DC=org/DC=example/CN=Alice Example"
readonly BOB_SUBJECT="/DC=org/DC=example/CN=Bob Example"
readonly CAROL_SUBJECT="/DC=org/DC=example/CN=Carol Online"
readonly DAVE_SUBJECT="/DC=org/DC=example/CN=Dave Online"
readonly ALICE_KEY_PASSPHRASE=alice-key-pass
readonly BOB_KEY_PASSPHRASE=bob-key-pass
# alice's credential in the repository has its own pass phrase, so a test can tell the two apart.
readonly ALICE_CRED_PASSPHRASE=alice-myproxy-pass
readonly CAROL_PASSWORD=carol-password
readonly DAVE_PASSWORD=dave-password
readonly START_TIMEOUT_TENTHS=100

die() { echo "$PROG: $*" >&2; exit 1; }
warn() { echo "$PROG: warning: $*" >&2; }
usage() { die "usage: $PROG start DIR [PORT] | stop DIR | env DIR"; }

# --- helpers ------------------------------------------------------------------------------------------------

require_tools() {
  local tool missing=()
  for tool in openssl myproxy-server myproxy-admin-load-credential grid-proxy-init; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  ((${#missing[@]} == 0)) || die "missing ${missing[*]}; run scripts/install-deps.sh (Debian: myproxy-server myproxy-admin globus-proxy-utils openssl)"
}

absolute_dir() { # DIR [create] -> absolute path
  [[ "${2:-}" == create ]] && mkdir -p "$1"
  [[ -d "$1" ]] || die "no such directory: $1"
  (cd "$1" && pwd -P)
}

# sandbox.env values are single-quoted, so a path must not contain one.
check_path() { [[ "$1" != *"'"* && "$1" != *$'\n'* ]] || die "directory name must not contain quotes or newlines: $1"; }

server_pid() { # DIR -> pid of the running server, or nothing
  local pid_file=$1/server.pid pid
  [[ -s "$pid_file" ]] || return 0
  pid=$(tr -dc '0-9' <"$pid_file")
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && [[ "$(cat "/proc/$pid/comm" 2>/dev/null || echo myproxy-server)" == myproxy-server* ]] \
    && echo "$pid"
  return 0
}

has_exited() { [[ ! -e "/proc/$1" ]] || grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port _
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 40000))
    port_open "$port" || { echo "$port"; return 0; }
  done
  die "no free TCP port found on 127.0.0.1"
}

# Root writes /etc/pam.d itself, others through password-less sudo; nobody else gets an online CA.
as_root() {
  if ((EUID == 0)); then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else return 1
  fi
}

# One PAM service per sandbox directory, so two sandboxes on one machine do not share passwords.
pam_id() { echo "myproxy-sandbox-$(printf '%s' "$1" | cksum | cut -d' ' -f1)"; }

# --- the test PKI -------------------------------------------------------------------------------------------

make_ca() {
  [[ -f ca/cacert.pem ]] && return 0
  mkdir -p ca certificates
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca/cakey.pem -out ca/cacert.pem -days 3650 \
    -subj "$CA_SUBJECT" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null || die "openssl could not create the test CA"
  chmod 600 ca/cakey.pem
  local hash
  hash=$(openssl x509 -noout -hash -in ca/cacert.pem)
  # The Globus trust store layout: <hash>.0 plus a signing policy naming what the CA may sign.
  cp ca/cacert.pem "certificates/$hash.0"
  cat >"certificates/$hash.signing_policy" <<EOF
access_id_CA   X509   '$CA_SUBJECT'
pos_rights     globus CA:sign
cond_subjects  globus '"/DC=org/DC=example/*"'
EOF
  chmod 644 certificates/*
  cat >ca/leaf.ext <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment,dataEncipherment
extendedKeyUsage=serverAuth,clientAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EOF
}

issue() { # NAME SUBJECT [KEY_PASSPHRASE] -> NAME/cert.pem, NAME/key.pem (encrypted when a passphrase is given)
  local name=$1 subject=$2 passphrase=${3:-}
  [[ -f "$name/cert.pem" && -f "$name/key.pem" ]] && return 0
  mkdir -p "$name"
  openssl req -new -newkey rsa:2048 -nodes -keyout "$name/key.plain.pem" -out "$name/req.pem" \
    -subj "$subject" 2>/dev/null || die "openssl could not create a key for $subject"
  openssl x509 -req -in "$name/req.pem" -CA ca/cacert.pem -CAkey ca/cakey.pem -CAcreateserial -days 365 \
    -extfile ca/leaf.ext -out "$name/cert.pem" 2>/dev/null || die "the test CA could not sign $subject"
  if [[ -n "$passphrase" ]]; then
    encrypt_key "$name/key.plain.pem" "$passphrase" "$name/key.pem"
  else
    cp "$name/key.plain.pem" "$name/key.pem"
  fi
  rm -f "$name/req.pem"
  chmod 600 "$name"/key*.pem
}

encrypt_key() { # PLAIN_KEY PASSPHRASE OUT
  openssl pkey -in "$1" -aes256 -passout "pass:$2" -out "$3" || die "openssl could not encrypt $1"
  chmod 600 "$3"
}

make_pki() {
  make_ca
  issue host "/DC=org/DC=example/CN=host\\/localhost"
  issue users/alice "$ALICE_SUBJECT" "$ALICE_KEY_PASSPHRASE"
  issue users/bob "$BOB_SUBJECT" "$BOB_KEY_PASSPHRASE"
}

# --- the online CA's accounts (usernames mapped to DNs, passwords checked by PAM) ---------------------------

make_online_ca_accounts() {
  cat >grid-mapfile <<EOF
"$CAROL_SUBJECT" carol
"$DAVE_SUBJECT" dave
EOF
  cat >passwords <<EOF
carol:$CAROL_PASSWORD
dave:$DAVE_PASSWORD
EOF
  chmod 600 passwords
  cat >check-password.sh <<'EOF'
#!/bin/sh
# pam_exec hands the password on stdin and the user in PAM_USER.
IFS= read -r password || true
grep -qxF "$PAM_USER:$password" "$(dirname "$0")/passwords"
EOF
  chmod 755 check-password.sh
}

install_pam_service() { # DIR -> 0 when the online CA can check passwords
  local service
  service="/etc/pam.d/$(pam_id "$1")"
  [[ -d /etc/pam.d ]] || { warn "no /etc/pam.d; the online CA (carol, dave) is disabled"; return 1; }
  if ! printf 'auth required pam_exec.so expose_authtok quiet %s\naccount required pam_permit.so\n' \
    "$1/check-password.sh" | as_root tee "$service" >/dev/null 2>&1; then
    warn "cannot write $service (not root, no password-less sudo); the online CA (carol, dave) is disabled"
    return 1
  fi
}

remove_pam_service() {
  local service
  service="/etc/pam.d/$(pam_id "$1")"
  [[ -e "$service" ]] || return 0
  as_root rm -f "$service" 2>/dev/null || warn "could not remove $service"
}

write_server_config() { # DIR ONLINE_CA
  local dir=$1 online_ca=$2
  {
    cat <<EOF
accepted_credentials       "*"
authorized_retrievers      "*"
default_retrievers         "*"
authorized_renewers        "*"
default_renewers           "none"
authorized_key_retrievers  "*"
default_key_retrievers     "*"
trusted_retrievers         "*"
default_trusted_retrievers "none"
cert_dir                   $dir/certificates
max_proxy_lifetime         168
EOF
    ((online_ca)) && cat <<EOF
pam                        sufficient
pam_id                     $(pam_id "$dir")
certificate_issuer_cert    $dir/ca/cacert.pem
certificate_issuer_key     $dir/ca/cakey.pem
certificate_serialfile     $dir/ca/online-serial
certificate_mapfile        $dir/grid-mapfile
max_cert_lifetime          24
EOF
    true
  } >myproxy-server.config
}

# --- credentials preloaded into the repository --------------------------------------------------------------

prepare_storage() {
  mkdir -p storage users
  chmod 700 storage
}

# Debian's myproxy-admin-load-credential, run as root, switches to the "myproxy" account and wants the repository
# to belong to it, while the server (which runs as us) wants it to be ours. So as root the credential is loaded
# into a staging repository that account can reach, then copied into ours.
load_credential() { # myproxy-admin-load-credential arguments...
  if ! ((EUID == 0)) || ! id -u myproxy >/dev/null 2>&1; then
    myproxy-admin-load-credential -s "$PWD/storage" "$@" >>preload.log 2>&1
    return
  fi
  local staging status=0
  staging=$(mktemp -d "${TMPDIR:-/tmp}/myproxy-load.XXXXXX")
  chmod 711 "$staging"
  mkdir -m 700 "$staging/storage"
  chown myproxy: "$staging/storage"
  myproxy-admin-load-credential -s "$staging/storage" "$@" >>preload.log 2>&1 || status=$?
  ((status == 0)) && cp "$staging"/storage/* storage/ && chown -R "$EUID:$(id -g)" storage
  rm -rf "$staging"
  return "$status"
}

preload_credentials() {
  [[ -f storage/alice.data ]] && return 0
  encrypt_key users/alice/key.plain.pem "$ALICE_CRED_PASSPHRASE" users/alice/stored-key.pem
  load_credential -l alice -c users/alice/cert.pem -y users/alice/stored-key.pem -t 12 \
    || { tail -5 preload.log >&2; die "could not preload alice's credential (see $PWD/preload.log)"; }
}

# A fresh proxy of alice's on every start: the client credential for commands that need one (INFO, STORE, ...).
make_alice_proxy() {
  rm -f users/alice/proxy.pem
  echo "$ALICE_KEY_PASSPHRASE" | X509_CERT_DIR=$PWD/certificates grid-proxy-init -q -pwstdin -rfc -valid 24:00 \
    -cert users/alice/cert.pem -key users/alice/key.pem -out users/alice/proxy.pem >proxy-init.log 2>&1 \
    || { tail -5 proxy-init.log >&2; die "grid-proxy-init could not make alice's proxy (see $PWD/proxy-init.log)"; }
}

# --- sandbox.env ----------------------------------------------------------------------------------------------

write_env() { # DIR PORT ONLINE_CA
  local dir=$1 port=$2 online_ca=$3
  cat >sandbox.env.tmp <<EOF
# Written by scripts/sandbox.sh; shell syntax (source it) and read by the integration tests.
SANDBOX_DIR='$dir'
MYPROXY_SERVER='localhost'
MYPROXY_SERVER_ADDRESS='127.0.0.1'
MYPROXY_SERVER_PORT='$port'
MYPROXY_SERVER_DN='$SERVER_DN'
X509_CERT_DIR='$dir/certificates'
SERVER_PID_FILE='$dir/server.pid'
SERVER_LOG='$dir/server.log'
SERVER_CONFIG='$dir/myproxy-server.config'
SERVER_STORAGE='$dir/storage'
HOST_CERT='$dir/host/cert.pem'
HOST_KEY='$dir/host/key.pem'
CA_SUBJECT='$CA_SUBJECT'
CA_CERT='$dir/ca/cacert.pem'
CA_KEY='$dir/ca/cakey.pem'
ALICE_SUBJECT='$ALICE_SUBJECT'
ALICE_CERT='$dir/users/alice/cert.pem'
ALICE_KEY='$dir/users/alice/key.pem'
ALICE_KEY_PASSPHRASE='$ALICE_KEY_PASSPHRASE'
ALICE_PROXY='$dir/users/alice/proxy.pem'
ALICE_CRED_USERNAME='alice'
ALICE_CRED_PASSPHRASE='$ALICE_CRED_PASSPHRASE'
BOB_SUBJECT='$BOB_SUBJECT'
BOB_CERT='$dir/users/bob/cert.pem'
BOB_KEY='$dir/users/bob/key.pem'
BOB_KEY_PASSPHRASE='$BOB_KEY_PASSPHRASE'
ONLINE_CA='$online_ca'
CAROL_USERNAME='carol'
CAROL_PASSWORD='$CAROL_PASSWORD'
CAROL_SUBJECT='$CAROL_SUBJECT'
DAVE_USERNAME='dave'
DAVE_PASSWORD='$DAVE_PASSWORD'
DAVE_SUBJECT='$DAVE_SUBJECT'
EOF
  mv sandbox.env.tmp sandbox.env
}

# --- the server -----------------------------------------------------------------------------------------------

server_command() { # DIR PORT [extra myproxy-server options...]
  local dir=$1 port=$2
  shift 2
  X509_USER_CERT=$dir/host/cert.pem X509_USER_KEY=$dir/host/key.pem X509_CERT_DIR=$dir/certificates \
    myproxy-server -c "$dir/myproxy-server.config" -s "$dir/storage" -l 127.0.0.1 -p "$port" "$@"
}

launch_server() { # DIR PORT -> 0 once the server accepts connections
  local dir=$1 port=$2 _
  rm -f server.pid
  server_command "$dir" "$port" -P "$dir/server.pid" -v >"$dir/server.log" 2>&1 </dev/null &
  local launcher=$! launcher_done=0 pid
  for _ in $(seq "$START_TIMEOUT_TENTHS"); do
    pid=$(server_pid "$dir")
    if [[ -n "$pid" ]] && port_open "$port"; then
      # The server forks into the background; reap the parent so no zombie outlives this script.
      ((launcher_done)) || [[ "$pid" == "$launcher" ]] || wait "$launcher" 2>/dev/null || true
      return 0
    fi
    # The parent exits once the daemon is forked: with 0 keep waiting for it, otherwise startup failed.
    if ((!launcher_done)) && has_exited "$launcher"; then
      launcher_done=1
      wait "$launcher" 2>/dev/null || return 1
    fi
    sleep 0.1
  done
  return 1
}

# A daemonised server logs to syslog, so its reason for dying is lost; a short foreground run shows it.
diagnose() { # DIR PORT
  echo "--- foreground run (myproxy-server -d) to show why it did not start ---" >>"$1/server.log"
  timeout 5 bash -c "$(declare -f server_command); server_command \"\$@\" -d -v" _ "$1" "$2" \
    </dev/null >>"$1/server.log" 2>&1 || true
}

explain_failure() { # DIR PORT
  local reason
  reason=$(grep -m1 -iE 'in use|error|fail|unable|cannot|refus|denied|not owned|invalid' "$1/server.log" 2>/dev/null || true)
  [[ -n "$reason" ]] || reason=$(grep -v '^---' "$1/server.log" 2>/dev/null | tail -1 || true)
  die "myproxy-server did not start on 127.0.0.1:$2: ${reason:-no log output} (log: $1/server.log)"
}

cmd_start() {
  (($# >= 1 && $# <= 2)) || usage
  local dir port=${2:-} running_port pid online_ca=1 attempt
  [[ -z "$port" || "$port" =~ ^[0-9]+$ ]] || die "port must be a number: $port"
  require_tools
  dir=$(absolute_dir "$1" create)
  check_path "$dir"
  cd "$dir"

  pid=$(server_pid "$dir")
  if [[ -n "$pid" && -f sandbox.env ]]; then
    running_port=$(sed -n "s/^MYPROXY_SERVER_PORT='\(.*\)'$/\1/p" sandbox.env)
    if [[ -z "$port" || "$port" == "$running_port" ]] && port_open "$running_port"; then
      echo "myproxy-server already running on 127.0.0.1:$running_port (env: $dir/sandbox.env)"
      return 0
    fi
  fi
  cmd_stop "$dir" >/dev/null

  prepare_storage
  make_pki
  make_online_ca_accounts
  install_pam_service "$dir" || online_ca=0
  write_server_config "$dir" "$online_ca"
  preload_credentials
  make_alice_proxy

  # A port picked here can be taken before the server binds it; then try another one.
  for attempt in 1 2 3; do
    local try_port=${port:-$(free_port)}
    write_env "$dir" "$try_port" "$online_ca"
    if launch_server "$dir" "$try_port"; then
      echo "myproxy-server on 127.0.0.1:$try_port (env: $dir/sandbox.env)"
      return 0
    fi
    cmd_stop "$dir" keep-pam >/dev/null
    diagnose "$dir" "$try_port"
    [[ -z "$port" ]] && grep -qi 'in use' server.log 2>/dev/null && continue
    break
  done
  remove_pam_service "$dir"
  explain_failure "$dir" "$try_port"
}

cmd_stop() { # DIR [keep-pam]
  (($# >= 1 && $# <= 2)) || usage
  local dir pid _
  [[ -d "$1" ]] || return 0
  dir=$(absolute_dir "$1")
  pid=$(server_pid "$dir")
  if [[ -n "$pid" ]]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/server.pid"
  [[ "${2:-}" == keep-pam ]] || remove_pam_service "$dir"
  echo "myproxy-server in $dir stopped"
}

cmd_env() {
  (($# == 1)) || usage
  [[ -f "$1/sandbox.env" ]] || die "no sandbox in $1 (run: $PROG start $1)"
  cat "$1/sandbox.env"
}

main() {
  (($# >= 1)) || usage
  local command=$1
  shift
  case "$command" in
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    env) cmd_env "$@" ;;
    -h | --help | help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) usage ;;
  esac
}

main "$@"
