/** Tests that run the Java 25 targets under the agent and check them against their sources. */
package io.lockwatch.validation.java25;
