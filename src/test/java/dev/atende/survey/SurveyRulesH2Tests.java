package dev.atende.survey;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class SurveyRulesH2Tests extends SurveyRulesSpec {
}
