/**
 * Teacher-set assignment settings as the rest of the course sees them: which chapters are open, whether
 * worked solutions are shown, and widget parameters locked to the teacher's values. Plain Java (no Vaadin,
 * no classroom types), so that chapters, exercises and the shell can enforce the rules while the classroom
 * feature stores them.
 */
@NullMarked
package org.dlf.assignment;

import org.jspecify.annotations.NullMarked;
