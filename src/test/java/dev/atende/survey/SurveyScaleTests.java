package dev.atende.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyScaleTests {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "STARS, 1, 1", "STARS, 5, 5", "STARS, ' 4 ', 4", "STARS, 0, null", "STARS, 6, null", "STARS, abc, null",
            "STARS, good, null", "STARS, 4.0, null", "STARS, '', null", "STARS, null, null", "STARS, ٣, null",
            "GOOD_BAD, good, 5", "GOOD_BAD, BAD, 1", "GOOD_BAD, 5, 5", "GOOD_BAD, 1, 1", "GOOD_BAD, 3, null",
            "GOOD_BAD, 4, null"})
    void readsAnAnswerOnlyWhenTheScaleOffersIt(SurveyScale scale, String answer, Integer score) {
        assertThat(scale.parse(answer)).isEqualTo(score);
    }

    @Test
    void fourAndFiveStarsAreGoodAndGoodBadIsStoredAsFiveOrOne() {
        assertThat(SurveyScale.STARS.isGood(4)).isTrue();
        assertThat(SurveyScale.STARS.isGood(3)).isFalse();
        assertThat(SurveyScale.GOOD_BAD.scores()).containsExactly(5, 1);
        assertThat(SurveyScale.GOOD_BAD.isGood(SurveyScale.GOOD_SCORE)).isTrue();
        assertThat(SurveyScale.GOOD_BAD.isGood(SurveyScale.BAD_SCORE)).isFalse();
    }

    @Test
    void csatIsTheRoundedShareOfGoodRatings() {
        assertThat(new RatingSummary(0, 0).csatPercent()).isNull();
        assertThat(new RatingSummary(3, 2).csatPercent()).isEqualTo(67);
        assertThat(new RatingSummary(1, 1).csatPercent()).isEqualTo(100);
    }
}
