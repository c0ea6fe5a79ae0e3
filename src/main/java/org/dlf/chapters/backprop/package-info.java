/** Chapter 7, backpropagation: the backward-pass stepper, the source-mistake note and the training panel. */
@NullMarked
package org.dlf.chapters.backprop;

import org.jspecify.annotations.NullMarked;
