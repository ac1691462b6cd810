package dev.atende.identity;

import dev.atende.shared.Change;

/** Changes to a group's routing settings; absent parts stay as they are. */
public record GroupRouting(Change<AssignmentMode> assignment, Change<Integer> maxOpenPerAgent,
        Change<Boolean> seesLowerLevels) {

    public static GroupRouting unchanged() {
        return new GroupRouting(Change.absent(), Change.absent(), Change.absent());
    }

    boolean isEmpty() {
        return !assignment.present() && !maxOpenPerAgent.present() && !seesLowerLevels.present();
    }
}
