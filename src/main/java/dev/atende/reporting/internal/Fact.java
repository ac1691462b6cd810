package dev.atende.reporting.internal;

/**
 * One ticket's facts as reports compute from them, compact: moments are microseconds since the
 * epoch ({@link #NONE} when absent), SLA outcomes 1 met, -1 missed, 0 none; score 0 when unrated.
 */
record Fact(long customer, long group, Long agent, String channel, Long category, Long organization, int priority,
        long created, long firstResponseAt, long firstResponse, long firstResponseBusiness, long solvedAt,
        long resolution, long resolutionBusiness, int agentReplies, int reopens, byte slaFirstResponse,
        long slaFirstResponseAt, byte slaNextResponse, long slaNextResponseAt, byte slaResolution,
        long slaResolutionAt, long surveySentAt, int score, boolean good, long ratedAt) {

    static final long NONE = Long.MIN_VALUE;

    static boolean within(long at, long from, long to) {
        return at != NONE && at >= from && at < to;
    }
}
