/**
 * The compatibility ITs: each runs one driver plainly and under the agent in every races mode and
 * compares ({@code CompatCheck}); the tests tagged {@code known-false-positive} assert absent the
 * findings TRIAGE.md shows to be false.
 */
package io.lockwatch.compat;
