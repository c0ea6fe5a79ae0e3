package org.dlf.chapters.stepper;

import java.util.Set;

/**
 * One step of a step-through widget on the 2-2-2 network: the quantity it computes, its formula with
 * the numbers plugged in, its value, and the diagram elements that take part.
 *
 * @param symbol    plain-text name of the quantity, e.g. {@code z_h1} (tables, screen readers)
 * @param captionKey message key of a one-line description of the step
 * @param tex       LaTeX of the formula with numbers, e.g. {@code z_{h1} = … = 0.3775}
 * @param value     the computed value
 * @param highlight diagram keys ({@link WorkedExampleDiagram}) of the nodes and links that feed the quantity
 * @param focus     diagram key of the node where the quantity lives
 */
public record NetworkStep(
        String symbol, String captionKey, String tex, double value, Set<String> highlight, String focus) {

    public NetworkStep {
        highlight = Set.copyOf(highlight);
    }
}
