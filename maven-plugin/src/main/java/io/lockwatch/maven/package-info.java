/**
 * The Lockwatch Maven plugin, JaCoCo-style: {@code prepare-agent} puts the agent on the test JVMs'
 * {@code argLine}, {@code check} merges their reports and fails the build on findings, {@code
 * report} renders HTML and SARIF, {@code baseline} accepts today's findings. The last three run the
 * reports tool's classes in the build's JVM.
 */
package io.lockwatch.maven;
