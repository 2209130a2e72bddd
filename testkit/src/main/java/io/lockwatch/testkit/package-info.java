/**
 * The test kit: launch a program in a child JVM under the real agent jar ({@link
 * io.lockwatch.testkit.AgentJvm}), and read what it left ({@link
 * io.lockwatch.testkit.AgentJvmResult}). Every integration test of the project that starts a JVM
 * does it through here, and finds the jar, the java binary and the sources through {@link
 * io.lockwatch.testkit.TestPaths}.
 */
package io.lockwatch.testkit;
