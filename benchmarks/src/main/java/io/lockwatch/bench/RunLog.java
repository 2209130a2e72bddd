package io.lockwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every run of one harness invocation, in the order made. */
final class RunLog {

  private final List<Run> runs = new ArrayList<>();

  /** Records a run. */
  void add(Run run) {
    runs.add(run);
  }

  /** Every run, in order. */
  List<Run> all() {
    return List.copyOf(runs);
  }

  /** The runs of one variant under one configuration, in order. */
  List<Run> of(Variant v, Config c) {
    return runs.stream()
        .filter(r -> r.variant().equals(v.name()) && r.config().equals(c.key()))
        .collect(Collectors.toList());
  }

  /** The ops/s of the OK runs of one variant under one configuration. */
  List<Double> opsOf(Variant v, Config c) {
    return of(v, c).stream()
        .filter(r -> r.status() == Run.Status.OK)
        .map(Run::opsPerSec)
        .collect(Collectors.toList());
  }

  /** Whether any run failed or timed out. */
  boolean anyFailed() {
    return runs.stream().anyMatch(Run::failed);
  }
}
