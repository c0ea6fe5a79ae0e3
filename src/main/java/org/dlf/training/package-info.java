/**
 * The one shared, bounded executor that runs every session's training work in short slices, round-robin,
 * never on a request thread. A widget starts a {@link org.dlf.training.TrainingRun} for its
 * {@link org.dlf.training.TrainingJob}; the run ends when the job finishes, its budget is spent, or it is
 * cancelled (by the widget, or because the widget's view was detached or its session ended).
 */
@NullMarked
package org.dlf.training;

import org.jspecify.annotations.NullMarked;
