package io.lockwatch.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.LockOrderFacts;
import io.lockwatch.report.model.LockOrderEdge;
import org.junit.jupiter.api.Test;

/**
 * The runtime keeps its own copy of the report's thread limit, since it may not name report
 * classes: the two must agree, or an edge would list fewer threads than it could.
 */
class ThreadsPerEdgeTest {
  @Test
  void the_stores_keep_as_many_threads_per_fact_as_the_report_writes_per_edge() {
    assertThat(LockOrderFacts.MAX_THREADS).isEqualTo(LockOrderEdge.MAX_THREADS);
  }
}
