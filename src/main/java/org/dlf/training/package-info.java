/**
 * Live training, for every trainer widget. {@link org.dlf.training.LiveTraining} is the one way a widget
 * trains live (Play at a pace, Pause, Step, Reset), with one set of guards and frames pushed on a per-run
 * schedule; it runs its work as {@link org.dlf.training.TrainingJob}s on the one shared, bounded
 * {@link org.dlf.training.TrainingExecutor}, in short slices, never on a request thread. A
 * {@link org.dlf.training.TrainingRun} ends when its job finishes, its budget is spent, or it is cancelled (by
 * the widget, or because the widget's view was detached or its session ended).
 */
@NullMarked
package org.dlf.training;

import org.jspecify.annotations.NullMarked;
