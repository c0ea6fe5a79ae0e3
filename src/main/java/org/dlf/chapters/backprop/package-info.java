/**
 * Chapter 8, backpropagation: the backward-pass stepper, the source-mistake note, the training panel, and the
 * vanishing-gradients widget.
 */
@NullMarked
package org.dlf.chapters.backprop;

import org.jspecify.annotations.NullMarked;
