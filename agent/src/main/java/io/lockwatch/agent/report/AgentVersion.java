package io.lockwatch.agent.report;

/** The agent's version, from the jar manifest. */
final class AgentVersion {
  private AgentVersion() {}

  static String get() {
    String version = AgentVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
