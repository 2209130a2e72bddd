/**
 * The agent's entry point ({@code premain}/{@code agentmain}), its options, and the start-up that
 * wires instrumentation, runtime and report together.
 */
package io.lockwatch.agent;
