/**
 * Stable fingerprints of findings, built from code sites only, so that baselines survive across
 * runs and reports from many JVMs merge. Depends on the model and the JDK only, so the agent can
 * compute the same fingerprints.
 */
package io.lockwatch.report.fingerprint;
