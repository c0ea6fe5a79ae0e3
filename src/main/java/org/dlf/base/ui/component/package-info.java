/**
 * Reusable field and display components of every feature: one-node selects, radio and checkbox groups and
 * number inputs, data tables, formulas, SVG views, escaped text markup and plain DOM click listeners.
 */
@NullMarked
package org.dlf.base.ui.component;

import org.jspecify.annotations.NullMarked;
