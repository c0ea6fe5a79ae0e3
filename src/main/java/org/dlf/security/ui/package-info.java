/** The teacher sign-in page. */
@NullMarked
package org.dlf.security.ui;

import org.jspecify.annotations.NullMarked;
