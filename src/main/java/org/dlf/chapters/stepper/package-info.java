/**
 * What the step-through widgets of the forward-propagation and backpropagation chapters share: the
 * {@link org.dlf.chapters.stepper.Stepper} model contract, its steps, the 2-2-2 network diagram and the panel
 * that shows one step at a time.
 */
@NullMarked
package org.dlf.chapters.stepper;

import org.jspecify.annotations.NullMarked;
