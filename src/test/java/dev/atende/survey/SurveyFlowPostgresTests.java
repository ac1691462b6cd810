package dev.atende.survey;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class SurveyFlowPostgresTests extends SurveyFlowSpec {
}
