package io.lockwatch.agent.runtime.confirm;

import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The stable key of each site id ({@code class#method#lock#ordinal}), made once per site and kept
 * in an array indexed by id, so the steering's per-acquisition question is an array read. The key
 * itself is made the way report fingerprints make it, by the function given.
 */
public final class SiteKeys {
  private final SiteRegistry sites;
  private final Function<SiteInfo, String> keyOf;
  private volatile String[] keys = new String[1024];

  /**
   * @param sites the registry site ids come from
   * @param keyOf a registered site's stable key
   */
  public SiteKeys(SiteRegistry sites, Function<SiteInfo, String> keyOf) {
    this.sites = sites;
    this.keyOf = keyOf;
  }

  /** The key of the site {@code id}, or null for an unknown id. */
  String keyOf(int id) {
    if (id <= 0) {
      return null;
    }
    String[] table = keys;
    if (id < table.length) {
      String known = table[id];
      if (known != null) {
        return known;
      }
    }
    return made(id);
  }

  private synchronized String made(int id) {
    String key = keyOf.apply(sites.get(id));
    String[] table = keys;
    if (id >= table.length) {
      table = Arrays.copyOf(table, Math.max(table.length * 2, id + 1));
    }
    table[id] = key;
    keys = table;
    return key;
  }
}
