/**
 * Chapter 7, gradient descent and the learning rate: the loss-landscape widget (the loss of a linear neuron
 * over (w, b), and gradient descent on it with the learner's η, kind of step and start).
 */
@NullMarked
package org.dlf.chapters.descent;

import org.jspecify.annotations.NullMarked;
