#!/usr/bin/env bash
# SLA recomputation benchmark: due times of 100,000 open tickets recomputed after their calendar
# changed, on the local PostgreSQL. Prints the time; see README.md next to this script.
#
#   bench/sla-recompute/run.sh
#   TICKETS=20000 bench/sla-recompute/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."

: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
export ATENDE_TEST_POSTGRES_URL
TICKETS=${TICKETS:-100000}
HEAP=${HEAP:-1g}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-sla-recompute}
OUT="$BUILD_DIR/bench/sla-recompute.txt"

if command -v pg_isready >/dev/null && ! pg_isready -q -d "${ATENDE_TEST_POSTGRES_URL#jdbc:}"; then
    echo "PostgreSQL at $ATENDE_TEST_POSTGRES_URL does not answer (start it, or see .ci/run)" >&2
    exit 1
fi

rm -f "$OUT"
./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=SlaRecomputeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx$HEAP -Dbench.tickets=$TICKETS -Dbench.out=$OUT ${JVM_ARGS:-}" test
cat "$OUT"
