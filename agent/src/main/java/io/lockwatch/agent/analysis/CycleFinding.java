package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import java.util.List;

/**
 * A reported lock-order cycle: one representative instance cycle (its edges, and the variant and
 * thread chosen for each) and how many instance cycles share its fingerprint.
 */
public final class CycleFinding {
  private final String fingerprint;
  private final CycleVerdict verdict;
  private final List<OrderEdge> edges;
  private final EdgeVariant[] variants;
  private final int[] threadIndexes;
  private int occurrences = 1;

  CycleFinding(
      String fingerprint,
      CycleVerdict verdict,
      List<OrderEdge> edges,
      EdgeVariant[] variants,
      int[] threadIndexes) {
    this.fingerprint = fingerprint;
    this.verdict = verdict;
    this.edges = edges;
    this.variants = variants;
    this.threadIndexes = threadIndexes;
  }

  /** The id shared by every instance cycle folded into this finding. */
  public String fingerprint() {
    return fingerprint;
  }

  /** What the cycle means. */
  public CycleVerdict verdict() {
    return verdict;
  }

  /** The representative instance cycle, as its edges in order. */
  public List<OrderEdge> edges() {
    return edges;
  }

  /** The variant chosen for edge {@code i}. */
  public EdgeVariant variant(int i) {
    return variants[i];
  }

  /** The name of the thread chosen for edge {@code i}. */
  public String threadName(int i) {
    return variants[i].threadNames()[threadIndexes[i]];
  }

  /** How many instance cycles share the fingerprint. */
  public int occurrences() {
    return occurrences;
  }

  void addOccurrence() {
    occurrences++;
  }
}
