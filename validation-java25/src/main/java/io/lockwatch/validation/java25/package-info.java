/**
 * Validation targets compiled with {@code --release 25}: records, sealed types, pattern-matching
 * {@code switch}, virtual threads and flexible constructor bodies, each with what Lockwatch must
 * report written inline ({@code // @expect:}). Never loaded by the tests themselves (which run on
 * the build's JDK): only the JDK 25 child JVMs run them.
 */
package io.lockwatch.validation.java25;
