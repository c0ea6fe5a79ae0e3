/**
 * Exercises defined as content: specs parsed from the chapter manifests, pure checkers, per-learner
 * variants computed by the engine, and the service that records attempts and progress.
 */
@NullMarked
package org.dlf.exercises;

import org.jspecify.annotations.NullMarked;
