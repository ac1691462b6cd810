package dev.atende.notification;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class NotificationH2Tests extends NotificationSpec {
}
