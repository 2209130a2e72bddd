package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.Site;
import io.lockwatch.testkit.source.SourceLine;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of sites, stacks and lock names that every kind of finding shares. */
final class SiteChecks {
  /** A name that is nothing but an identity, {@code java.lang.Object@1b6d3586}: not readable. */
  private static final Pattern BARE_IDENTITY = Pattern.compile("[\\w.$]*@[0-9a-fA-F]+");

  private SiteChecks() {}

  /** The site is this source line, in a method. */
  static void assertAt(Site site, SourceLine line, String what) {
    assertThat(site).as(what).isNotNull();
    assertThat(site.file()).as("%s: file", what).isEqualTo(line.fileName());
    assertThat(site.line()).as("%s: line (expected at %s)", what, line).isEqualTo(line.line());
    assertThat(line.isAt(site))
        .as("%s: %s is in %s or a class nested in it", what, site.className(), line.topClassName())
        .isTrue();
    assertThat(site.method()).as("%s: method", what).isNotBlank();
  }

  /** The site is one of these source lines. */
  static void assertAtOneOf(Site site, List<SourceLine> lines, String what) {
    assertThat(site).as(what).isNotNull();
    assertThat(lines.stream().anyMatch(line -> line.isAt(site)))
        .as("%s: %s is one of %s", what, site.asFrame(), lines)
        .isTrue();
  }

  /**
   * The stack is not empty, starts at {@code site} and shows no agent frame. When the JDK took the
   * lock on the application's behalf, the JDK frames that did come first, then the application's
   * call (the site).
   */
  static void assertStackStartsAt(List<Site> stack, Site site, String what) {
    assertThat(stack).as(what).isNotEmpty();
    int first = 0;
    while (site != null && !isJdk(site.className()) && first < stack.size() - 1) {
      if (!isJdk(stack.get(first).className())) {
        break;
      }
      first++;
    }
    Site top = stack.get(first);
    assertThat(top.className() + "#" + top.line())
        .as("%s: innermost frame is the site %s", what, site == null ? null : site.asFrame())
        .isEqualTo(site == null ? null : site.className() + "#" + site.line());
    for (Site frame : stack) {
      assertThat(frame.className())
          .as("%s shows no agent frame", what)
          .doesNotStartWith("io.lockwatch.agent")
          .doesNotStartWith("io.lockwatch.bridge")
          .doesNotStartWith("io.lockwatch.shaded");
    }
  }

  private static boolean isJdk(String className) {
    return className.startsWith("java.")
        || className.startsWith("javax.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.")
        || className.startsWith("com.sun.");
  }

  /** The name is not blank and says more than an identity. */
  static void assertReadable(String name, String what) {
    assertThat(name).as(what).isNotBlank();
    assertThat(BARE_IDENTITY.matcher(name.strip()).matches())
        .as("%s '%s' says more than an identity", what, name)
        .isFalse();
  }
}
