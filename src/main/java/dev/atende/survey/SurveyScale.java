package dev.atende.survey;

import java.util.Arrays;
import java.util.List;

/**
 * How customers rate: one to five stars, or good/bad. Every answer is stored as a score from 1
 * to 5 (good/bad as 5 or 1) and whether it counts as good (stars: 4 or 5), so that reports read
 * one column whatever the scale was.
 */
public enum SurveyScale {
    STARS("stars", List.of(1, 2, 3, 4, 5)), GOOD_BAD("good_bad", List.of(5, 1));

    public static final int GOOD_SCORE = 5;
    public static final int BAD_SCORE = 1;

    private final String code;
    private final List<Integer> scores;

    SurveyScale(String code, List<Integer> scores) {
        this.code = code;
        this.scores = scores;
    }

    public String code() {
        return code;
    }

    /** The scores a customer may pick, in the order a form offers them. */
    public List<Integer> scores() {
        return scores;
    }

    public boolean allows(int score) {
        return scores.contains(score);
    }

    public boolean isGood(int score) {
        return score >= 4;
    }

    /**
     * An answer as a form or a link sends it: a score ("1".."5"), or on the good/bad scale also
     * "good" or "bad"; null when it is none this scale allows.
     */
    public Integer parse(String answer) {
        if (answer == null) {
            return null;
        }
        String value = answer.strip();
        if (this == GOOD_BAD && value.equalsIgnoreCase("good")) {
            return GOOD_SCORE;
        }
        if (this == GOOD_BAD && value.equalsIgnoreCase("bad")) {
            return BAD_SCORE;
        }
        if (!value.matches("[1-5]")) {
            return null;
        }
        int score = Integer.parseInt(value);
        return allows(score) ? score : null;
    }

    public static SurveyScale fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(null);
    }
}
