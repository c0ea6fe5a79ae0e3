/** Chapter 6, forward propagation: the forward-pass stepper on the 2-2-2 network, with editable values. */
@NullMarked
package org.dlf.chapters.forward;

import org.jspecify.annotations.NullMarked;
