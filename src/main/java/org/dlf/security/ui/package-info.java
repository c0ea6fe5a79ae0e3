/** The teacher pages of sign-in: the sign-in form, the first-run setup page and the account page. */
@NullMarked
package org.dlf.security.ui;

import org.jspecify.annotations.NullMarked;
