/** Chapter 5, the multilayer perceptron: the live MLP trainer (data sets, network, decision boundary, losses). */
@NullMarked
package org.dlf.chapters.mlp;

import org.jspecify.annotations.NullMarked;
