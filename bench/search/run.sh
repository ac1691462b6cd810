#!/usr/bin/env bash
# Search benchmark: latency of the one search box over 1,000,000 tickets (3 articles each) on the
# local PostgreSQL with the Lucene index. Prints p50/p95/p99 and the index size; see README.md.
#
#   bench/search/run.sh
#   TICKETS=100000 bench/search/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."

: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
export ATENDE_TEST_POSTGRES_URL
TICKETS=${TICKETS:-1000000}
QUERIES=${QUERIES:-2000}
HEAP=${HEAP:-2g}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-search}
OUT="$BUILD_DIR/bench/search.txt"

if command -v pg_isready >/dev/null && ! pg_isready -q -d "${ATENDE_TEST_POSTGRES_URL#jdbc:}"; then
    echo "PostgreSQL at $ATENDE_TEST_POSTGRES_URL does not answer (start it, or see .ci/run)" >&2
    exit 1
fi

rm -f "$OUT"
./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx$HEAP -Dbench.tickets=$TICKETS -Dbench.queries=$QUERIES -Dbench.out=$OUT ${JVM_ARGS:-}" test
cat "$OUT"
