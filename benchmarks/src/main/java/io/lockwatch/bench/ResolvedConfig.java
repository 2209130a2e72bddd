package io.lockwatch.bench;

/**
 * How a configuration is run, decided by probing the agent once ({@link AgentProbe}).
 *
 * @param config the configuration
 * @param agentOptions the agent options it runs with (besides the report); null when plain or not
 *     available
 * @param available whether it runs at all (else its rows are n/a)
 * @param footnote why it is not available, or, when it is, what it runs instead; null when it runs
 *     as asked
 */
record ResolvedConfig(Config config, String agentOptions, boolean available, String footnote) {

  /** Runs as asked. */
  static ResolvedConfig asAsked(Config config, String agentOptions) {
    return new ResolvedConfig(config, agentOptions, true, null);
  }

  /** Does not run; its rows are n/a. */
  static ResolvedConfig unavailable(Config config, String why) {
    return new ResolvedConfig(config, null, false, why);
  }

  /** Runs, but not as asked: its rows carry a † and {@code footnote}. */
  boolean fallback() {
    return available && footnote != null;
  }
}
