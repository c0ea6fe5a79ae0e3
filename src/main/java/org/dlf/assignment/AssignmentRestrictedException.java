package org.dlf.assignment;

/** A learner asked for something their teacher's settings do not allow (e.g. a solution while they are off). */
public class AssignmentRestrictedException extends RuntimeException {

    /** Why: {@code chapter-closed} or {@code solutions-off}. */
    private final String reason;

    public AssignmentRestrictedException(String reason) {
        super("Not allowed by the class settings: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
