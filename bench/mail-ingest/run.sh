#!/usr/bin/env bash
# Mail ingestion benchmark: mixed messages from an IMAP mailbox into PostgreSQL, end to end
# through the mailbox poller (scheduler, IMAP fetch, storage, parsing, tickets, removal).
# Prints messages per second and the peak heap; see README.md next to this script.
#
#   bench/mail-ingest/run.sh                  10,000 messages waiting in a Dovecot mailbox
#   IMAP=greenmail bench/mail-ingest/run.sh   GreenMail inside the benchmark's JVM instead
#   IMAP=greenmail WINDOW=1000 bench/mail-ingest/run.sh   at most 1,000 waiting, topped up as it drains
#   MESSAGES=2000 HEAP=512m bench/mail-ingest/run.sh
#   SLA=true bench/mail-ingest/run.sh         with an SLA policy covering every ticket
set -euo pipefail

cd "$(dirname "$0")/../.."

: "${ATENDE_TEST_POSTGRES_URL:=jdbc:postgresql://127.0.0.1:5432/test}"
export ATENDE_TEST_POSTGRES_URL
MESSAGES=${MESSAGES:-10000}
WINDOW=${WINDOW:-0}
HEAP=${HEAP:-1g}
IMAP=${IMAP:-dovecot}
IMAP_PORT=${IMAP_PORT:-31143}
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench-mail-ingest}
OUT="$BUILD_DIR/bench/mail-ingest.txt"

if command -v pg_isready >/dev/null && ! pg_isready -q -d "${ATENDE_TEST_POSTGRES_URL#jdbc:}"; then
    echo "PostgreSQL at $ATENDE_TEST_POSTGRES_URL does not answer (start it, or see .ci/run)" >&2
    exit 1
fi

server_args=""
if [ "$IMAP" = dovecot ]; then
    if ! [ -x /usr/sbin/dovecot ]; then
        echo "Installing Debian's dovecot-imapd for the benchmark's IMAP server"
        as_root=$([ "$(id -u)" = 0 ] || echo sudo)
        DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq dovecot-imapd
    fi
    # a private Dovecot on loopback: its own config, state and Maildir under the build directory
    D="$BUILD_DIR/dovecot"
    [ -f "$D/run/master.pid" ] && kill "$(cat "$D/run/master.pid")" 2>/dev/null && sleep 1
    rm -rf "$D" && mkdir -p "$D/run" "$D/state" "$D/mail" && chmod 777 "$D/mail"
    # Dovecot refuses mail access as root; then the mail belongs to nobody
    mail_uid=$(id -u); mail_gid=$(id -g)
    [ "$mail_uid" = 0 ] && mail_uid=65534 && mail_gid=65534
    cat > "$D/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $D/run
state_dir = $D/state
log_path = $D/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$D/mail/%u
first_valid_uid = 1
passdb {
  driver = static
  args = password=bench-password
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$D/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
CONF
    [ "$(id -u)" = 0 ] || echo "default_internal_user = $(id -un)
default_login_user = $(id -un)" >> "$D/dovecot.conf"
    /usr/sbin/dovecot -c "$D/dovecot.conf"
    trap 'kill "$(cat "$D/run/master.pid")" 2>/dev/null || true' EXIT
    server_args="-Dbench.dovecot.maildir=$D/mail -Dbench.dovecot.port=$IMAP_PORT"
fi

rm -f "$OUT"
./mvnw -q -Datende.build.dir="$BUILD_DIR" -Dtest=MailIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx$HEAP -Dbench.messages=$MESSAGES -Dbench.window=$WINDOW -Dbench.out=$OUT -Dbench.sla=${SLA:-false} $server_args ${JVM_ARGS:-}" test
cat "$OUT"
