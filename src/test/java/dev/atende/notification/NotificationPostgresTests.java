package dev.atende.notification;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class NotificationPostgresTests extends NotificationSpec {
}
