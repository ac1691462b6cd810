#!/usr/bin/env bash
# Trigger load benchmark: ticket creation through the API with no active trigger against 200
# active triggers (none matching, so every one is checked on every event), on the local
# PostgreSQL. Prints tickets per second for both; see README.md next to this script.
#
#   bench/trigger-load/run.sh
#   TICKETS=1000 bench/trigger-load/run.sh      tickets per round (default 500)
set -euo pipefail

cd "$(dirname "$0")/../.."

: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
export ATENDE_TEST_POSTGRES_URL
TICKETS=${TICKETS:-500}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-trigger-load}

if command -v pg_isready >/dev/null && ! pg_isready -q -d "${ATENDE_TEST_POSTGRES_URL#jdbc:}"; then
    echo "PostgreSQL at $ATENDE_TEST_POSTGRES_URL does not answer (start it, or see .ci/run)" >&2
    exit 1
fi

./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=TriggerLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx1g -Dbench.tickets=$TICKETS" test
cat target/bench/triggers.txt
