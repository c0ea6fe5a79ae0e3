package org.dlf.exercises;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a numeric exercise expects for one variant: the answer and the value(s) each known mistake
 * produces, all computed on the server. Never sent to the browser.
 *
 * @param exampleAnswer the answer for the course's own example when the learner's numbers differ
 *                      (a learner who hands it in copied the chapter instead of computing), else null
 */
public record NumericTarget(
        double answer,
        Map<String, List<Double>> mistakes,
        @Nullable Double exampleAnswer) {}
