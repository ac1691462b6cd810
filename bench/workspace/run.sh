#!/usr/bin/env bash
# Agent workspace benchmark: server-side render time of the queue page and the ticket view over
# 1,000,000 tickets (3 articles each) on the local PostgreSQL. Prints p50/p95/p99; see README.md.
#
#   bench/workspace/run.sh
#   TICKETS=100000 bench/workspace/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."

: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
export ATENDE_TEST_POSTGRES_URL
TICKETS=${TICKETS:-1000000}
REQUESTS=${REQUESTS:-400}
HEAP=${HEAP:-2g}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-workspace}
OUT="$BUILD_DIR/bench/workspace.txt"

if command -v pg_isready >/dev/null && ! pg_isready -q -d "${ATENDE_TEST_POSTGRES_URL#jdbc:}"; then
    echo "PostgreSQL at $ATENDE_TEST_POSTGRES_URL does not answer (start it, or see .ci/run)" >&2
    exit 1
fi

rm -f "$OUT"
./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=WorkspaceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx$HEAP -Dbench.tickets=$TICKETS -Dbench.requests=$REQUESTS -Dbench.out=$OUT ${JVM_ARGS:-}" test
cat "$OUT"
