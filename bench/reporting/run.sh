#!/usr/bin/env bash
# Reporting benchmark: 1,000,000 tickets in PostgreSQL; the team dashboard for 90 days and the
# 12-month KPI CSV export, timed over HTTP. Prints the figures; see README.md next to this script.
#
#   bench/reporting/run.sh
#   TICKETS=100000 bench/reporting/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."

DB=${BENCH_DB:-atende_bench_reporting}
: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/$DB}"
export ATENDE_TEST_POSTGRES_URL
TICKETS=${TICKETS:-1000000}
HEAP=${HEAP:-2g}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-reporting}
OUT="$BUILD_DIR/bench/reporting.txt"

if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "PostgreSQL on 127.0.0.1:5432 does not answer (start it, or see .ci/run)" >&2
    exit 1
fi
# a database of its own: the million tickets never land in the test database
if ! psql -h 127.0.0.1 -U "${ATENDE_TEST_POSTGRES_USER:-postgres}" -lqt | cut -d'|' -f1 | grep -qw "$DB"; then
    createdb -h 127.0.0.1 -U "${ATENDE_TEST_POSTGRES_USER:-postgres}" "$DB"
fi

rm -f "$OUT"
./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=ReportingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx$HEAP -Dbench.tickets=$TICKETS -Dbench.out=$OUT ${BENCH_SCHEMA:+-Dbench.schema=$BENCH_SCHEMA} ${JVM_ARGS:-}" test
cat "$OUT"
