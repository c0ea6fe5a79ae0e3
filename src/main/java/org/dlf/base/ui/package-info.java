/** The application shell: layout, home page, glossary page, translations, language and colour preferences. */
@NullMarked
package org.dlf.base.ui;

import org.jspecify.annotations.NullMarked;
