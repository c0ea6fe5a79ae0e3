/**
 * The one client that speaks Vaadin Flow's protocol without a browser ({@link org.dlf.protocol.FlowSession}:
 * page, bootstrap, UIDL requests, push), and a student's tab built on it ({@link
 * org.dlf.protocol.AnsweringStudent}). Used by the integration tests that drive the app over HTTP (join limits,
 * sign-in throttle, answer durability, failover) and by the load harnesses in {@code src/load/java}.
 */
package org.dlf.protocol;
