package io.lockwatch.testkit.expect;

import io.lockwatch.testkit.source.SourceLine;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code @expect:} statement as written in a source file.
 *
 * @param statement what it says
 * @param args its arguments in the order written; the operator is part of the key for bounds
 *     ({@code acquisitions>=} for {@code acquisitions>=4})
 * @param line the line it is written on
 * @param text the statement as written, for messages and test names
 */
public record Expectation(
    Statement statement, Map<String, String> args, SourceLine line, String text) {

  public Expectation {
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** The run this statement belongs to: its {@code run=} argument, empty for the plain run. */
  public String run() {
    return args.getOrDefault(Statement.RUN, "");
  }

  public boolean has(String key) {
    return args.containsKey(key);
  }

  /** The argument's value; null when absent. */
  public String arg(String key) {
    return args.get(key);
  }

  /** The argument's values, for lists written {@code a+b}: each must hold. Empty when absent. */
  public List<String> values(String key) {
    String value = args.get(key);
    return value == null ? List.of() : Arrays.asList(value.split("\\+"));
  }

  @Override
  public String toString() {
    return text + " (" + line + ")";
  }
}
