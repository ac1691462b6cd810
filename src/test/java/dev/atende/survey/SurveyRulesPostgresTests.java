package dev.atende.survey;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class SurveyRulesPostgresTests extends SurveyRulesSpec {
}
