package dev.atende.survey;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class SurveyFlowH2Tests extends SurveyFlowSpec {
}
