#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 only.
#
#   eng/postgres.sh start    install PostgreSQL from the operating system's packages if initdb/postgres are missing
#                            (Debian: apt-get install postgresql; bookworm gives PostgreSQL 15), create a cluster in a
#                            fresh temporary directory, start it on 127.0.0.1 (no Unix socket) on a free port from
#                            55432 up, create the role and database "orderconfirmation" with a random password
#                            (scram-sha-256), wait until it accepts connections, and print its Npgsql connection string
#                            on stdout (the only line this script writes there). Already running: prints the same string.
#   eng/postgres.sh stop     stop the server and delete its cluster; nothing running is fine.
#   eng/postgres.sh status   print the connection string and exit 0 while it runs, exit 3 when it does not.
#
# The tests read the connection string from ORDERCONFIRMATION_POSTGRES (.ci/run sets it from `start`); without it
# they run `start` themselves and leave the server running for the next run. The string is also kept in
# artifacts/postgres/connection. Settings: ORDERCONFIRMATION_POSTGRES_PORT (first port to try, default 55432),
# PG_BINDIR (where initdb, pg_ctl, postgres and psql are). PostgreSQL refuses to run as root: as root, the server runs
# as the "postgres" user the Debian package creates (or a system user "orderconfirmation-pg" made here).
# Progress and errors go to stderr. One start or stop at a time per clone (flock on artifacts/postgres/lock).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
state="$repo/artifacts/postgres"
database=orderconfirmation
role=orderconfirmation

say() { echo "postgres.sh: $*" >&2; }
die() { say "$*"; exit 1; }

# Runs a command as the server's OS user (the current user when not root).
as_server_user() {
  [ -n "$server_user" ] || choose_server_user
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$server_user" -- "$@"
  else
    "$@"
  fi
}

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    [ -x "$PG_BINDIR/initdb" ] && echo "$PG_BINDIR"
    return 0
  fi
  local dir
  # Debian keeps the server's programs out of the PATH, one directory per major version: take the newest.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ] && [ -x "$dir/psql" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null && command -v postgres >/dev/null && command -v psql >/dev/null; then
    dirname "$(command -v initdb)"
  fi
}

install_packages() {
  command -v apt-get >/dev/null || die "initdb/postgres not found and no apt-get: install PostgreSQL (server and client) or set PG_BINDIR"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "initdb/postgres not found: run as root or install the postgresql package"
    sudo=(sudo -n)
  fi
  say "installing PostgreSQL from the operating system's packages (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >&2 || die "apt-get update failed"
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2 || die "apt-get install postgresql failed"
}

# The OS user the server runs as: set on first use, once PostgreSQL is installed.
choose_server_user() {
  server_user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    if id postgres >/dev/null 2>&1; then
      server_user=postgres
    else
      server_user=orderconfirmation-pg
      id "$server_user" >/dev/null 2>&1 ||
        useradd --system --no-create-home --shell /usr/sbin/nologin "$server_user" ||
        die "cannot create the system user $server_user to run the server (postgres refuses to run as root)"
    fi
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

random_password() { head -c 24 /dev/urandom | base64 | tr -d '+/=\n'; }

# True when the recorded cluster's server is up and answers on its port.
running() {
  [ -f "$state/cluster" ] && [ -f "$state/connection" ] || return 1
  local root port
  root=$(sed -n 1p "$state/cluster")
  port=$(sed -n 2p "$state/cluster")
  [ -d "$root/data" ] && [ -n "$(find_bindir)" ] || return 1
  "$(find_bindir)/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5 2>/dev/null &&
    as_server_user "$(find_bindir)/pg_ctl" status -D "$root/data" >/dev/null 2>&1
}

remove_cluster() {
  [ -f "$state/cluster" ] || return 0
  local root bindir
  root=$(sed -n 1p "$state/cluster")
  bindir=$(find_bindir)
  if [ -n "$root" ] && [ -d "$root/data" ] && [ -n "$bindir" ]; then
    as_server_user "$bindir/pg_ctl" stop -D "$root/data" -m fast -w -t 30 >/dev/null 2>&1 ||
      as_server_user "$bindir/pg_ctl" stop -D "$root/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  case "$root" in
    */orderconfirmation-pg.*) rm -rf -- "$root" ;;
  esac
  rm -f "$state/cluster" "$state/connection" "$state/admin-connection"
}

start() {
  if running; then
    say "already running ($(sed -n 2p "$state/cluster" | sed 's/^/127.0.0.1:/'))"
    cat "$state/connection"
    return 0
  fi
  remove_cluster # a stale record of a server that died

  local bindir
  bindir=$(find_bindir)
  if [ -z "$bindir" ]; then
    install_packages
    bindir=$(find_bindir)
    [ -n "$bindir" ] || die "PostgreSQL was installed but initdb/postgres/psql are still not found; set PG_BINDIR"
  fi
  say "using $("$bindir/postgres" --version)"
  choose_server_user # after the install, which creates the postgres user

  local root admin_password password
  root=$(mktemp -d "${TMPDIR:-/tmp}/orderconfirmation-pg.XXXXXX")
  chown "$server_user" "$root"
  chmod 700 "$root"
  admin_password=$(random_password)
  password=$(random_password)
  (umask 077 && printf '%s\n' "$admin_password" >"$root/admin-password")
  chown "$server_user" "$root/admin-password"

  (cd "$root" && as_server_user "$bindir/initdb" -D "$root/data" -U postgres --pwfile="$root/admin-password" \
    --auth-local=reject --auth-host=scram-sha-256 --encoding=UTF8 --no-locale --no-sync >"$root/initdb.log" 2>&1) ||
    { cat "$root/initdb.log" >&2; rm -rf -- "$root"; die "initdb failed"; }
  rm -f "$root/admin-password"
  cat >>"$root/data/postgresql.conf" <<'EOF'

# eng/postgres.sh: a throwaway test server, reachable from this machine only, over TCP only.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
EOF

  # A free port; another clone may take the same one between the check and the bind, so try a few.
  local port=${ORDERCONFIRMATION_POSTGRES_PORT:-55432} attempt started=
  # The server must not inherit the lock (fd 9), or it would hold it for as long as it runs.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    while port_in_use "$port"; do port=$((port + 1)); done
    if (cd "$root" && as_server_user "$bindir/pg_ctl" start -D "$root/data" -o "-p $port" -l "$root/server.log" -w -t 60 >/dev/null 2>&1 9>&-); then
      started=yes
      break
    fi
    say "the server did not start on port $port (attempt $attempt); the end of its log:"
    tail -n 5 "$root/server.log" >&2 || true
    port=$((port + 1))
  done
  [ -n "$started" ] || { rm -rf -- "$root"; die "the server did not start"; }

  printf '%s\n%s\n' "$root" "$port" >"$state/cluster"
  "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || { remove_cluster; die "the server does not accept connections on 127.0.0.1:$port"; }

  PGPASSWORD=$admin_password "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -v role="$role" -v database="$database" -v password="$password" >/dev/null <<'EOF' || { remove_cluster; die "creating the test role and database failed"; }
CREATE ROLE :"role" LOGIN CREATEDB PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
EOF

  (
    umask 077
    echo "Host=127.0.0.1;Port=$port;Database=$database;Username=$role;Password=$password" >"$state/connection"
    echo "Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres;Password=$admin_password" >"$state/admin-connection"
  )
  say "running on 127.0.0.1:$port (cluster in $root; eng/postgres.sh stop removes it)"
  cat "$state/connection"
}

stop() {
  if [ -f "$state/cluster" ]; then
    remove_cluster
    say "stopped and removed"
  else
    say "not running"
  fi
}

status() {
  if running; then
    say "running on 127.0.0.1:$(sed -n 2p "$state/cluster") (cluster in $(sed -n 1p "$state/cluster"))"
    cat "$state/connection"
  else
    say "not running"
    return 3
  fi
}

command=${1:-}
case "$command" in
  start | stop | status) ;;
  *) echo "usage: eng/postgres.sh start|stop|status" >&2; exit 1 ;;
esac

mkdir -p "$state"
exec 9>"$state/lock"
flock -w 600 9 || die "another eng/postgres.sh is still running in this clone (waited 10 minutes)"
server_user=
"$command"
