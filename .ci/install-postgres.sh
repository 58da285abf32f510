#!/usr/bin/env bash
# Installs and starts PostgreSQL (Debian package) with a 'studybot' role for the storage tests, idempotently.
# Usage: eval "$(.ci/install-postgres.sh)"   (prints the export line the tests read)
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version="$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')"
cluster="$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')"
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'studybot'\"" | grep -q 1 \
  || su postgres -c "psql -c \"CREATE ROLE studybot LOGIN CREATEDB PASSWORD 'studybot'\"" >&2
echo "export STUDYBOT_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=studybot;Password=studybot;Database=postgres'"
