package org.dlf.classroom;

/** A class at a glance. */
public record ClassSummary(long id, String name, String code, boolean open, int students) {}
