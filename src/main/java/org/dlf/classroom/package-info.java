/**
 * Classroom mode: a teacher's classes with join codes, learners joining under a display name, and the
 * class results read from the exercise progress tables.
 */
@NullMarked
package org.dlf.classroom;

import org.jspecify.annotations.NullMarked;
