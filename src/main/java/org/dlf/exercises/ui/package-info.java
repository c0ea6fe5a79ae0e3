/** Exercise panels in chapters, the learner cookie, and progress badges for the shell. */
@NullMarked
package org.dlf.exercises.ui;

import org.jspecify.annotations.NullMarked;
