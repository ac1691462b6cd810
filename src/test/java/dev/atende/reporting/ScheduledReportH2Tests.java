package dev.atende.reporting;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class ScheduledReportH2Tests extends ScheduledReportSpec {
}
