/**
 * Teacher sign-in: Spring Security with Vaadin's configurer, teacher accounts with hashed passwords, the
 * first account from configuration. Learners stay anonymous; every course page allows anonymous visitors.
 */
@NullMarked
package org.dlf.security;

import org.jspecify.annotations.NullMarked;
