package io.lockwatch.agent.runtime.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The table behind the site ids in instrumented bytecode. Registration happens at instrumentation
 * time (rare, synchronized); lookup by id is a plain array read.
 */
public final class SiteRegistry {
  private volatile SiteInfo[] sites = new SiteInfo[1024];
  private int size = 1; // id 0 is reserved for "unknown"

  /** Sites made for stack frames (see {@link #ofFrame}); guarded by this. */
  private final Map<Frame, Integer> frames = new HashMap<>();

  /** Registers a new site and returns its id. */
  public synchronized int register(
      String className, String method, String file, int line, String lockExpression) {
    if (size == sites.length) {
      sites = Arrays.copyOf(sites, size * 2);
    }
    int id = size++;
    sites[id] = new SiteInfo(id, className, method, file, line, lockExpression);
    return id;
  }

  /**
   * The site of a stack frame, registered once per distinct frame: where application code called
   * into the JDK, found on a stack when a JDK lock is first seen in a new order.
   */
  public synchronized int ofFrame(Frame frame) {
    Integer known = frames.get(frame);
    if (known != null) {
      return known;
    }
    int id = register(frame.className(), frame.method(), frame.file(), frame.line(), null);
    frames.put(frame, id);
    return id;
  }

  /** The site with this id, or a placeholder for an id this registry never gave out. */
  public SiteInfo get(int id) {
    SiteInfo[] table = sites;
    if (id > 0 && id < table.length) {
      SiteInfo site = table[id];
      if (site != null) {
        return site;
      }
    }
    return new SiteInfo(id, "?", "?", null, -1, null);
  }

  /**
   * The first site registered for a method whose lock expression is {@code expression}, or 0: a
   * linear scan, for the rare paths that start from a stack frame (an observed deadlock).
   */
  public int find(String className, String method, String expression) {
    SiteInfo[] table = sites;
    int n = Math.min(size(), table.length - 1);
    for (int id = 1; id <= n; id++) {
      SiteInfo site = table[id];
      if (site != null
          && site.className().equals(className)
          && site.method().equals(method)
          && expression.equals(site.lockExpression())) {
        return id;
      }
    }
    return 0;
  }

  /** How many sites are registered. */
  public synchronized int size() {
    return size - 1;
  }
}
