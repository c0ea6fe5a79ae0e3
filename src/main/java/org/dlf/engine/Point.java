package org.dlf.engine;

/** A labelled 2-D sample. */
public record Point(double x, double y, double label) {}
