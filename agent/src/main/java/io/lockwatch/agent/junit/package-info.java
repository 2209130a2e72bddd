/**
 * The JUnit Platform listener that tells the agent which test each thread runs. It ships in the
 * agent jar, which {@code -javaagent:} puts on the system class path, so JUnit finds it through
 * {@code META-INF/services} whenever the agent is attached: no test code or class path changes.
 * JUnit 4 tests run through the Vintage engine are seen the same way.
 */
package io.lockwatch.agent.junit;
