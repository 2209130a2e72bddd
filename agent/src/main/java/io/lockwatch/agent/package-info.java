/**
 * The agent's entry point ({@code premain}/{@code agentmain}), its options, and the start-up that
 * wires instrumentation, runtime and report together.
 *
 * <p>The package is split between two class loaders: {@link io.lockwatch.agent.LockwatchAgent},
 * {@code AgentClassLoader} and {@code BootstrapBridge} are the only classes of the agent on the
 * system class path; everything else, {@link io.lockwatch.agent.AgentStartup} first, is loaded by
 * the agent class loader from the jar's {@code inst/} folder, and never names those three.
 */
package io.lockwatch.agent;
