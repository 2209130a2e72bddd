/**
 * Hazards seen as they are made: a wait while holding another lock than the one the wait releases
 * (the nested-monitor lockout). Reads lock order's held stacks.
 */
package io.lockwatch.agent.runtime.hazard;
