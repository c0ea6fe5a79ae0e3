package org.dlf.assignment;

import java.util.UUID;

/**
 * What rules apply to a learner now. The rule: a learner follows the settings of the <b>open</b> class they
 * joined most recently. A learner in no class, whose classes are all closed, or who was removed from (or
 * left) their class has no restrictions ({@link AssignmentRules#NONE}). A teacher's change applies from the
 * learner's next page or action, on every server that shares the database.
 */
public interface LearnerRules {

    AssignmentRules rulesFor(UUID learner);
}
