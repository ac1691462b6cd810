package dev.atende.survey.web;

import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import dev.atende.survey.SettingsChanges;
import dev.atende.survey.SurveyScale;
import tools.jackson.databind.JsonNode;

/** Reads a settings body field by field, every bad field reported in one 422. */
final class SettingsRequests {

    private SettingsRequests() {
    }

    static SettingsChanges read(JsonNode body) {
        var in = new PatchReader(body);
        var problems = new InvalidInputException.Collector();
        Change<Boolean> enabled = in.bool("enabled");
        Change<SurveyScale> scale = in.code("scale", SurveyScale::fromCode);
        in.accept("intervalDays", "linkDays", "changeDays", "updatedAt", "version");
        Change<Integer> interval = number(body, "intervalDays", problems);
        Change<Integer> link = number(body, "linkDays", problems);
        Change<Integer> change = number(body, "changeDays", problems);
        try {
            in.done();
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.args()));
        }
        problems.throwIfAny();
        return new SettingsChanges(enabled, scale, interval, link, change);
    }

    /** A whole number of days; its range is the service's to check. */
    private static Change<Integer> number(JsonNode body, String field, InvalidInputException.Collector problems) {
        if (!body.has(field)) {
            return Change.absent();
        }
        JsonNode node = body.get(field);
        if (node.isNull()) {
            return Change.to(null);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(field, "error.survey.wholeNumber");
            return Change.absent();
        }
        return Change.to(node.asInt());
    }
}
