/** Chapter 3, the neuron: the activation-function explorer and the neuron playground. */
@NullMarked
package org.dlf.chapters.neuron;

import org.jspecify.annotations.NullMarked;
