/**
 * Programs the agent's integration tests run in child JVMs under the real jar. They live outside
 * {@code io.lockwatch.agent}, whose classes the agent never instruments.
 */
package io.lockwatch.it.programs;
