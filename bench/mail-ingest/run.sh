#!/usr/bin/env bash
# Mail ingestion benchmark: mixed messages from a GreenMail IMAP mailbox into PostgreSQL, end to
# end through the mailbox poller (scheduler, IMAP fetch, storage, parsing, tickets, removal).
# Prints messages per second and the peak heap; see README.md next to this script.
#
#   bench/mail-ingest/run.sh                 10,000 messages, at most 1,000 in the mailbox at a time
#   WINDOW=0 bench/mail-ingest/run.sh        all 10,000 in the mailbox before polling starts
#   MESSAGES=2000 HEAP=512m bench/mail-ingest/run.sh
set -euo pipefail

cd "$(dirname "$0")/../.."

: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
export ATENDE_TEST_POSTGRES_URL
MESSAGES=${MESSAGES:-10000}
WINDOW=${WINDOW:-1000}
HEAP=${HEAP:-1g}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-mail-ingest}
OUT="$BUILD_DIR/bench/mail-ingest.txt"

if command -v pg_isready >/dev/null && ! pg_isready -q -d "${ATENDE_TEST_POSTGRES_URL#jdbc:}"; then
    echo "PostgreSQL at $ATENDE_TEST_POSTGRES_URL does not answer (start it, or see .ci/run)" >&2
    exit 1
fi

rm -f "$OUT"
./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=MailIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx$HEAP -Dbench.messages=$MESSAGES -Dbench.window=$WINDOW -Dbench.out=$OUT" test
cat "$OUT"
