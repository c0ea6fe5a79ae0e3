package org.dlf.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A class's results as the teacher sees them, read from the exercise progress and attempt tables.
 *
 * @param chapters chapter slugs in course order, with the number of exercises in each
 */
public record ClassResults(
        ClassSummary summary,
        Map<String, Integer> chapters,
        List<Student> students,
        List<ExerciseStats> exercises,
        List<Mistake> mistakes,
        List<Stuck> stuck,
        List<Diverged> diverged) {

    /** Attempts without success from which a learner counts as stuck on an exercise. */
    public static final int STUCK_AFTER = 3;

    /** One learner: exercises solved per chapter slug, in all, and attempts in all. */
    public record Student(UUID learner, String name, Map<String, Integer> solvedByChapter, int solved, int attempts) {}

    /**
     * One exercise: learners who tried it, who solved it, attempts in all, and learners who saw the solution
     * before solving it (their later answers do not count as solved).
     */
    public record ExerciseStats(String exerciseId, int tried, int solved, int attempts, int revealed) {
        public double successRate() {
            return tried == 0 ? 0 : (double) solved / tried;
        }
    }

    /** A named mistake (the manifest's name, Attempt's feedback code) and how many attempts made it. */
    public record Mistake(String exerciseId, String mistake, int count) {}

    /** A learner with many attempts and no success on an exercise. */
    public record Stuck(String name, String exerciseId, int attempts) {}

    /** A learner's training run that diverged: in which widget, on which data set, in which epoch, when. */
    public record Diverged(String name, String widget, String dataset, int epoch, Instant at) {}
}
