package dev.atende.shared;

import java.util.ArrayList;
import java.util.List;

/** Input that is well-formed but breaks a rule: answered 422 with one entry per field. */
public class InvalidInputException extends DomainException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(422, "error.validation");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageCode, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageCode, args)));
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }

    /** Collects several problems so the caller learns all of them in one answer. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String messageCode, Object... args) {
            problems.add(new FieldProblem(field, messageCode, args));
            return this;
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
