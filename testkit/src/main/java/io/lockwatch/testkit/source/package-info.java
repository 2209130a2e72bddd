/**
 * Source files of the programs under test, and the lines their {@code // @site:<name>} markers
 * point at, so tests check a report's line numbers without hard-coding them.
 */
package io.lockwatch.testkit.source;
