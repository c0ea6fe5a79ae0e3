/** Chapter 2, AI ⊃ ML ⊃ DL: the clickable map of nested fields with examples. */
@NullMarked
package org.dlf.chapters.aimap;

import org.jspecify.annotations.NullMarked;
