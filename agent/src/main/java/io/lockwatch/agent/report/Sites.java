package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;

/** The agent's sites and stack frames in report form. */
public final class Sites {
  private Sites() {}

  /**
   * A registered site, with its line as known now; a lock operation's site also carries its lock
   * expression and ordinal, which its fingerprint key is made of.
   */
  public static Site of(SiteInfo site) {
    int ordinal = site.ordinal();
    return ordinal < 0
        ? new Site(site.className(), site.method(), site.file(), site.line())
        : new Site(
            site.className(),
            site.method(),
            site.file(),
            site.line(),
            site.lockExpression(),
            ordinal);
  }

  /** A registered site's stable key, as fingerprints have it ({@link Site#key()}). */
  public static String keyOf(SiteInfo site) {
    return of(site).key();
  }

  /** A stack frame. */
  public static Site of(Frame frame) {
    return new Site(frame.className(), frame.method(), frame.file(), frame.line());
  }

  /** A stack, innermost frame first. */
  public static List<Site> of(List<Frame> stack) {
    List<Site> sites = new ArrayList<>(stack.size());
    for (Frame frame : stack) {
      sites.add(of(frame));
    }
    return sites;
  }
}
