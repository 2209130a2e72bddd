package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.SiteInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers one class's lock-operation sites for their fingerprints: each site's rank among the
 * operations of its method on the same lock expression, in the order of the code. A line added
 * above a lock changes no rank; javac's lambda numbers ({@code lambda$main$3}), which change when a
 * lambda is added above, are left out, so all lambdas of one method are numbered together. Run once
 * the class is visited, when every local variable has its name.
 */
public final class SiteOrdinals {
  private static final Pattern LAMBDA_NUMBER = Pattern.compile("^(lambda\\$.*)\\$\\d+$");

  private record Registered(String method, SiteInfo site) {}

  private final List<Registered> sites = new ArrayList<>();

  /** An empty numbering, for one class. */
  public SiteOrdinals() {}

  /** A lock-operation site of {@code method}, in the order of the code. */
  void add(String method, SiteInfo site) {
    sites.add(new Registered(method, site));
  }

  /** Gives every site added its ordinal. */
  public void assign() {
    Map<String, Integer> next = new HashMap<>();
    for (Registered r : sites) {
      String expression = r.site().lockExpression();
      String key =
          LAMBDA_NUMBER.matcher(r.method()).replaceFirst("$1")
              + "\u0000"
              + (expression == null ? "?" : expression);
      int ordinal = next.merge(key, 1, Integer::sum) - 1;
      r.site().setOrdinal(ordinal);
    }
  }
}
