package org.dlf.training;

/**
 * Training work cut into slices. {@link #runSlice} is called on an executor thread, never two at once for
 * the same job, and must return soon after {@code deadlineNanos} ({@link System#nanoTime()} scale) so that
 * other sessions get their turn. A job that has nothing to do until later (a paced run waiting for its next
 * sample) returns {@link Next#waitUntil}: the executor re-queues it at that time, and no thread waits for it.
 */
@FunctionalInterface
public interface TrainingJob {

    /** What the job wants after a slice. */
    sealed interface Next {

        /** Another slice as soon as the job's turn comes round again. */
        Next CONTINUE = new Continue();

        /** The job is finished; the run stops with {@link StopReason#FINISHED}. */
        Next DONE = new Done();

        /** The next slice no earlier than {@code wakeNanos} ({@link System#nanoTime()} scale). */
        static Next waitUntil(long wakeNanos) {
            return new Wait(wakeNanos);
        }

        record Continue() implements Next {}

        record Done() implements Next {}

        record Wait(long wakeNanos) implements Next {}
    }

    Next runSlice(long deadlineNanos);
}
