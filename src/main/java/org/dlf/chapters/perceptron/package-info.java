/** Chapter 4, the perceptron: the live perceptron trainer with its learning rule, stopping rules and charts. */
@NullMarked
package org.dlf.chapters.perceptron;

import org.jspecify.annotations.NullMarked;
