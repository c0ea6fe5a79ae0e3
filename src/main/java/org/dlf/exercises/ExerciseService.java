package org.dlf.exercises;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dlf.assignment.AssignmentRestrictedException;
import org.dlf.assignment.AssignmentRules;
import org.dlf.assignment.LearnerRules;
import org.dlf.assignment.ParameterLocks;
import org.dlf.content.Language;
import org.dlf.training.TrainingSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exercises feature's API: the learner's version of a prompt, checking and recording answers
 * (idempotently: the same answer twice is one attempt), giving up, and progress per exercise and chapter.
 * The learner's class settings ({@link LearnerRules}) apply: no answers in a chapter the teacher has not
 * opened, no solutions while the teacher has turned them off, train goals only with the locked parameters.
 */
@Service
public class ExerciseService {

    private final ExerciseCatalog catalog;
    private final LearnerRepository learners;
    private final AttemptRepository attempts;
    private final ProgressRepository progress;
    private final LearnerRules rules;
    private final TransactionTemplate tx;
    private final Counter answers;
    private final ApplicationEventPublisher events;

    ExerciseService(
            ExerciseCatalog catalog,
            LearnerRepository learners,
            AttemptRepository attempts,
            ProgressRepository progress,
            LearnerRules rules,
            PlatformTransactionManager transactions,
            MeterRegistry metrics,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
        this.answers = Counter.builder("dlf.answers")
                .description("Answers recorded, all learners (a rate of it is answers per minute)")
                .register(metrics);
        this.catalog = catalog;
        this.learners = learners;
        this.attempts = attempts;
        this.progress = progress;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A learner's state on one exercise (a learner with no attempt yet has none). */
    public record ProgressView(int attempts, boolean solved, boolean revealed) {
        static final ProgressView NONE = new ProgressView(0, false, false);
    }

    /** The result of one submission and the learner's state afterwards. */
    public record Submission(Verdict verdict, ProgressView progress, boolean repeated) {}

    /** The worked explanation, with the learner's own expected number where the exercise has one. */
    public record Solution(Text explanation, @Nullable Double ownNumber) {}

    /** Solved and total exercises of one chapter. */
    public record Tally(int solved, int total) {}

    public Optional<ExerciseSpec> spec(String exerciseId) {
        return catalog.find(exerciseId);
    }

    /** The prompt with the learner's own numbers in place of its {placeholders}. */
    public String prompt(UUID learner, ExerciseSpec spec, Language language) {
        return variant(learner, spec).fill(spec.prompt().in(language));
    }

    /** The learner's numbers: per-learner when the manifest asks for it, else the course example. */
    public Variant variant(UUID learner, ExerciseSpec spec) {
        Computation c = spec.compute();
        if (c == null) return new Variant(Map.of());
        return spec.learnerVariant()
                ? VariantGenerator.forLearner(learner, spec.id(), c, spec.tolerance())
                : Variant.example(c);
    }

    /**
     * The expected answer for the learner's variant (for the worked explanation after solving or giving up).
     *
     * @throws AssignmentRestrictedException while the learner's teacher has turned solutions off
     */
    public @Nullable Double expectedNumber(UUID learner, ExerciseSpec spec) {
        requireSolutions(rules.rulesFor(learner), spec);
        return spec.type() == ExerciseType.NUMERIC && spec.check() == null
                ? target(learner, spec).answer()
                : null;
    }

    /** Whether the learner's class lets them see worked solutions. */
    public boolean solutionsShown(UUID learner) {
        return rules.rulesFor(learner).showSolutions();
    }

    /** The worked solution once the learner solved or gave up, unless their teacher has turned solutions off. */
    public Optional<Solution> solution(UUID learner, ExerciseSpec spec) {
        AssignmentRules r = rules.rulesFor(learner);
        ProgressView p = progress(learner, spec.id());
        if (!r.showSolutions() || !r.chapterOpen(spec.chapter()) || !(p.solved() || p.revealed()))
            return Optional.empty();
        Double own = spec.learnerVariant() && spec.type() == ExerciseType.NUMERIC && spec.check() == null
                ? target(learner, spec).answer()
                : null;
        return Optional.of(new Solution(spec.explanation(), own));
    }

    private static void requireSolutions(AssignmentRules r, ExerciseSpec spec) {
        if (!r.chapterOpen(spec.chapter())) throw new AssignmentRestrictedException("chapter-closed");
        if (!r.showSolutions()) throw new AssignmentRestrictedException("solutions-off");
    }

    private NumericTarget target(UUID learner, ExerciseSpec spec) {
        Computation c = spec.compute();
        if (c == null) return new NumericTarget(((Number) spec.answer()).doubleValue(), Map.of(), null);
        return Computations.evaluate(c, variant(learner, spec));
    }

    /** Checks an answer; records it (once per distinct answer) unless it is not an answer at all. */
    public Submission submit(UUID learner, String exerciseId, Answer answer, @Nullable TrainingSnapshot state) {
        ExerciseSpec spec =
                catalog.find(exerciseId).orElseThrow(() -> new IllegalArgumentException("No exercise " + exerciseId));
        AssignmentRules r = rules.rulesFor(learner);
        if (!r.chapterOpen(spec.chapter())) {
            return new Submission(
                    Verdict.of(Verdict.Outcome.NOT_READY, "chapter.closed"), progress(learner, exerciseId), false);
        }
        Verdict verdict =
                switch (spec.type()) {
                    case NUMERIC -> {
                        if (!(answer instanceof Answer.Number n)) {
                            yield Verdict.of(Verdict.Outcome.INVALID, "invalid.answer");
                        }
                        Check check = spec.check();
                        yield check != null
                                ? AnswerChecker.numeric(spec, check, n.text())
                                : AnswerChecker.numeric(spec, target(learner, spec), n.text());
                    }
                    case TRAIN_GOAL ->
                        TrainGoalChecker.check(
                                spec.goal(),
                                state,
                                spec.widget() == null ? ParameterLocks.NONE : r.locks(spec.widget()));
                    default -> AnswerChecker.check(spec, answer);
                };
        if (!verdict.outcome().recorded()) return new Submission(verdict, progress(learner, exerciseId), false);
        Submission submission;
        try {
            submission = record(learner, spec, answer, verdict);
        } catch (DataIntegrityViolationException raced) {
            submission = record(learner, spec, answer, verdict); // the other request won; now it is a repeat
        }
        if (!submission.repeated()) events.publishEvent(new AnswerRecorded(learner)); // committed by now
        return submission;
    }

    private Submission record(UUID learner, ExerciseSpec spec, Answer answer, Verdict verdict) {
        String hash = sha256(answer.key());
        return tx.execute(status -> {
            ensureLearner(learner);
            if (attempts.findByLearnerIdAndExerciseIdAndAnswerHash(learner, spec.id(), hash)
                    .isPresent()) {
                return new Submission(verdict, progress(learner, spec.id()), true);
            }
            attempts.saveAndFlush(
                    new Attempt(learner, spec.id(), hash, answer.key(), verdict.outcome(), verdict.code()));
            Progress p = progressRow(learner, spec);
            p.recordAttempt(verdict.correct());
            progress.saveAndFlush(p);
            answers.increment();
            return new Submission(verdict, view(p), false);
        });
    }

    /**
     * The learner gives up after at least one attempt: the worked explanation may be shown from now on, and the
     * exercise no longer counts as solved when answered afterwards (the teacher sees the solution was seen
     * first). A learner who has solved it sees the explanation anyway; nothing is recorded then.
     *
     * @throws AssignmentRestrictedException while the learner's teacher has turned solutions off (or has not
     *                                       opened the chapter); nothing is recorded then
     * @throws IllegalStateException         before the learner's first attempt
     */
    public ProgressView reveal(UUID learner, String exerciseId) {
        ExerciseSpec spec = catalog.find(exerciseId).orElseThrow();
        requireSolutions(rules.rulesFor(learner), spec);
        return tx.execute(status -> {
            ensureLearner(learner);
            Progress p = progressRow(learner, spec);
            if (p.attempts() == 0) throw new IllegalStateException("The solution is shown after a first attempt");
            if (p.solved()) return view(p);
            p.reveal();
            return view(progress.saveAndFlush(p));
        });
    }

    public ProgressView progress(UUID learner, String exerciseId) {
        return progress.findByLearnerIdAndExerciseId(learner, exerciseId)
                .map(ExerciseService::view)
                .orElse(ProgressView.NONE);
    }

    public Tally tally(UUID learner, String chapterSlug) {
        int solved = (int) progress.findByLearnerIdAndChapter(learner, chapterSlug).stream()
                .filter(Progress::solved)
                .count();
        return tally(chapterSlug, solved);
    }

    /** {@link #tally} of several chapters at once (one query), in the order given. */
    public Map<String, Tally> tallies(UUID learner, List<String> chapterSlugs) {
        Map<String, Long> solved = progress.findByLearnerId(learner).stream()
                .filter(Progress::solved)
                .collect(Collectors.groupingBy(Progress::chapter, Collectors.counting()));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String slug : chapterSlugs) {
            tallies.put(slug, tally(slug, solved.getOrDefault(slug, 0L)));
        }
        return tallies;
    }

    private Tally tally(String chapterSlug, long solved) {
        int total = catalog.chapter(chapterSlug).size();
        return new Tally((int) Math.min(solved, total), total);
    }

    /** Sets (or, when blank, clears) the learner's display name; at most 60 characters. */
    public void rename(UUID learner, @Nullable String name) {
        String clean = name == null || name.isBlank() ? null : name.strip();
        if (clean != null && clean.length() > 60)
            throw new IllegalArgumentException("A name has at most 60 characters");
        tx.executeWithoutResult(status -> ensureLearner(learner).rename(clean));
    }

    public Optional<String> displayName(UUID learner) {
        return learners.findById(learner).map(Learner::displayName);
    }

    private Learner ensureLearner(UUID id) {
        return learners.findById(id).orElseGet(() -> learners.saveAndFlush(new Learner(id)));
    }

    private Progress progressRow(UUID learner, ExerciseSpec spec) {
        return progress.findByLearnerIdAndExerciseId(learner, spec.id())
                .orElseGet(() -> new Progress(learner, spec.id(), spec.chapter()));
    }

    private static ProgressView view(Progress p) {
        return new ProgressView(p.attempts(), p.solved(), p.revealed());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
