package io.lockwatch.testkit.assertions;

import io.lockwatch.report.model.Summary;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The numeric counters of a report's {@code summary}, by their JSON names. */
public final class SummaryCounters {
  private SummaryCounters() {}

  /** The names of the numeric counters, e.g. {@code acquisitions}, {@code fieldAccesses}. */
  public static List<String> names() {
    return Arrays.stream(Summary.class.getRecordComponents())
        .filter(component -> component.getType() == long.class)
        .map(RecordComponent::getName)
        .collect(Collectors.toList());
  }

  /** The value of the counter of this name; fails on a name the summary does not have. */
  public static long value(Summary summary, String name) {
    for (RecordComponent component : Summary.class.getRecordComponents()) {
      if (component.getName().equals(name) && component.getType() == long.class) {
        try {
          return (long) component.getAccessor().invoke(summary);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read summary." + name, e);
        }
      }
    }
    throw new IllegalArgumentException("no counter summary." + name + "; counters: " + names());
  }
}
