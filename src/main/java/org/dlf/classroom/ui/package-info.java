/** Joining a class (anonymous learners) and the teacher's classes and live class dashboard. */
@NullMarked
package org.dlf.classroom.ui;

import org.jspecify.annotations.NullMarked;
