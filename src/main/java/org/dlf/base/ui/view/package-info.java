/** The application shell: the main layout with header and chapter navigation, the home, glossary and not-found pages. */
@NullMarked
package org.dlf.base.ui.view;

import org.jspecify.annotations.NullMarked;
