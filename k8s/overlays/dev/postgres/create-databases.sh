#!/bin/bash
# One database per service, each owned by a role of the same name with its own password. Run once by the official
# postgres image, from /docker-entrypoint-initdb.d, on an empty data directory (docker-compose.yml and the dev
# overlay's StatefulSet both mount this file there). The passwords come from the environment:
# GREETING_DB_PASSWORD, NEGOTIATION_DB_PASSWORD, ORDER_DB_PASSWORD, AFTERSALES_DB_PASSWORD.
set -euo pipefail

create() {
  local name=$1 password=$2
  # psql quotes the names (:"name" - "order" is a reserved word) and the password (:'password') itself.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
}

create greeting "${GREETING_DB_PASSWORD:?}"
create negotiation "${NEGOTIATION_DB_PASSWORD:?}"
create order "${ORDER_DB_PASSWORD:?}"
create aftersales "${AFTERSALES_DB_PASSWORD:?}"
