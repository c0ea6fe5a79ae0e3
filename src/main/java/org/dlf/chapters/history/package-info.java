/** Chapter 1, history: the zoomable timeline of milestones from 1943 to 2017. */
@NullMarked
package org.dlf.chapters.history;

import org.jspecify.annotations.NullMarked;
