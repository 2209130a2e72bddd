package io.lockwatch.compat;

import io.lockwatch.report.model.AgentError;

/**
 * An agent error a driver may report, with the reason it is acceptable: every other one fails the
 * check, and errors of kind {@code hook}, {@code instrument} or {@code instrumentation} are only
 * acceptable for the exact class named here.
 *
 * @param kind the error's kind
 * @param where the error's {@code where}, or a prefix of it ending in {@code .}
 * @param why why the agent may report it here
 */
record AllowedAgentError(String kind, String where, String why) {

  /** True when the error is this one. */
  boolean matches(AgentError error) {
    if (!kind.equals(error.kind()) || error.where() == null) {
      return false;
    }
    return where.endsWith(".") ? error.where().startsWith(where) : error.where().equals(where);
  }
}
