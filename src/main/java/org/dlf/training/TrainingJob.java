package org.dlf.training;

/**
 * Training work cut into slices. {@link #runSlice} is called on an executor thread, never two at once for
 * the same job, and must return soon after {@code deadlineNanos} ({@link System#nanoTime()} scale) so that
 * other sessions get their turn.
 */
@FunctionalInterface
public interface TrainingJob {

    /** What the job wants after a slice. */
    enum Next {
        CONTINUE,
        DONE
    }

    Next runSlice(long deadlineNanos);
}
