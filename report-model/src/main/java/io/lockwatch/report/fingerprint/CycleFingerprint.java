package io.lockwatch.report.fingerprint;

import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The fingerprint of a lock-order cycle: {@code cycle:} and a hash of the sorted set of its edges'
 * sites, each edge written {@code heldAt.key()->acquiredAt.key()} (see {@link Site#key()}), joined
 * by {@code |}. The order of the edges, the threads and the lock objects do not matter, so the same
 * cycle gets the same fingerprint in every run and every JVM. The agent's instance cycles use the
 * same recipe, so a cycle found by merging reports matches the one an agent found on its own.
 */
public final class CycleFingerprint {
  private static final String PREFIX = "cycle:";
  private static final int HEX_DIGITS = 16;

  private CycleFingerprint() {}

  /** The fingerprint of an instance cycle, from its edges. */
  public static String ofCycleEdges(Collection<CycleEdge> edges) {
    return PREFIX
        + hash(siteSet(edges.stream().map(e -> edgeKey(e.heldAt(), e.acquiredAt())).toList()));
  }

  /** The fingerprint of a cycle of code-level edges; equal to that of the same instance cycle. */
  public static String ofLockOrderEdges(Collection<CodeEdge> edges) {
    return PREFIX
        + hash(siteSet(edges.stream().map(e -> edgeKey(e.heldAt(), e.acquiredAt())).toList()));
  }

  /**
   * The text that is hashed: the sorted, distinct edge keys joined by {@code |}. Two cycles with
   * the same site set are the same finding.
   */
  public static String siteSet(Collection<String> edgeKeys) {
    return String.join("|", new TreeSet<>(edgeKeys));
  }

  /** One edge as {@code heldAt->acquiredAt}. */
  public static String edgeKey(Site heldAt, Site acquiredAt) {
    return heldAt.key() + "->" + acquiredAt.key();
  }

  /** The first {@value #HEX_DIGITS} hex digits of the SHA-256 of {@code text}. */
  public static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
