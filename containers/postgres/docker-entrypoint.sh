#!/bin/bash
# The official postgres image's first start, for what docker-compose.yml and the k8s dev overlay rely on: on an
# empty data directory, initdb with POSTGRES_USER (postgres) and POSTGRES_PASSWORD, a server on the socket only
# while /docker-entrypoint-initdb.d runs (*.sh executed or sourced, *.sql through psql), then the server for real,
# listening everywhere with passwords (scram-sha-256) required over TCP.
set -euo pipefail
export POSTGRES_USER=${POSTGRES_USER:-postgres}
export POSTGRES_DB=${POSTGRES_DB:-$POSTGRES_USER}
socket=/var/run/postgresql

if [[ ${1:-postgres} != postgres ]]; then
  exec "$@"
fi
shift || true

if [[ ! -s $PGDATA/PG_VERSION ]]; then
  if [[ -z ${POSTGRES_PASSWORD:-} ]]; then
    echo "Error: the database is uninitialized and POSTGRES_PASSWORD is not set." >&2
    exit 1
  fi
  initdb --pgdata="$PGDATA" --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 ${POSTGRES_INITDB_ARGS:-} > /dev/null
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl --pgdata="$PGDATA" --wait --silent \
    --options="-c listen_addresses='' -c unix_socket_directories=$socket" start
  export PGHOST=$socket
  if [[ $POSTGRES_DB != postgres ]]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$POSTGRES_DB" \
      <<< 'CREATE DATABASE :"db";'
  fi
  for file in /docker-entrypoint-initdb.d/*; do
    case $file in
      *.sh) echo "running $file"; if [[ -x $file ]]; then "$file"; else . "$file"; fi ;;
      *.sql) echo "running $file"; psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$file" ;;
      *) if [[ -e $file ]]; then echo "ignoring $file"; fi ;;
    esac
  done
  unset PGHOST
  pg_ctl --pgdata="$PGDATA" --wait --silent --mode=fast stop
  echo "PostgreSQL init process complete; ready for start up."
fi

exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories="$socket" "$@"
