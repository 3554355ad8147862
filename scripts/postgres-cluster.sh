#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the storage tests and benchmarks: `start DIR` initialises one in
# DIR (owned by an unprivileged user; as root that is `postgres`, else you), listens only on a Unix
# socket inside DIR, and prints its URL; `stop DIR` stops it; `restart DIR` stops and starts it (the
# tests use it to cut every connection); `createdb DIR NAME` adds a database and prints its URL.
# Needs Debian's postgresql package.
set -euo pipefail
command=${1:?usage: postgres-cluster.sh start|stop|restart|createdb DIR [NAME]}
dir=${2:?usage: postgres-cluster.sh start|stop|restart|createdb DIR [NAME]}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "postgres-cluster.sh: no PostgreSQL server found (apt-get install postgresql)" >&2
  exit 2
fi
if [ "$(id -u)" -eq 0 ]; then user=postgres; run() { runuser -u postgres -- "$@"; }; else user=$(id -un); run() { "$@"; }; fi
case "$command" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown "$user" "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      run "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1
    fi
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=100" start >/dev/null
    run "$bin/psql" -h "$dir" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'allot'" | grep -q 1 \
      || run "$bin/createdb" -h "$dir" -U "$user" allot
    echo "postgresql://$user@/allot?host=$dir"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  restart)
    run "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=100" start >/dev/null
    ;;
  createdb)
    name=${3:?usage: postgres-cluster.sh createdb DIR NAME}
    run "$bin/createdb" -h "$dir" -U "$user" "$name"
    echo "postgresql://$user@/$name?host=$dir"
    ;;
  *) echo "usage: postgres-cluster.sh start|stop|restart|createdb DIR [NAME]" >&2; exit 2 ;;
esac
