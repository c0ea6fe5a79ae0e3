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

        /**
         * The next slice no earlier than {@code wakeNanos} ({@link System#nanoTime()} scale). At that time the
         * run is due: it goes ahead of the runs that merely continue.
         */
        static Next waitUntil(long wakeNanos) {
            return new Wait(wakeNanos);
        }

        /**
         * Another slice when the job's turn comes round again, and at {@code dueNanos} at the latest: if its turn
         * has not come by then, the run is due and goes ahead of the runs that merely continue. A run that
         * trains flat out between two chart frames asks for this, so that its next frame is on time however
         * many runs share the executor.
         */
        static Next continueBy(long dueNanos) {
            return new ContinueBy(dueNanos);
        }

        record Continue() implements Next {}

        record Done() implements Next {}

        record Wait(long wakeNanos) implements Next {}

        record ContinueBy(long dueNanos) implements Next {}
    }

    Next runSlice(long deadlineNanos);
}
