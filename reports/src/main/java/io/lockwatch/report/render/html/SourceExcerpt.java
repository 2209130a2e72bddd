package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.model.Site;
import io.lockwatch.report.render.SourcePaths;
import java.util.List;
import java.util.Optional;

/**
 * A few source lines around a site, its line marked and, in it, the word that names the lock or the
 * field emphasised; nothing when the file is not found.
 */
final class SourceExcerpt {
  private static final int CONTEXT = 3;

  private final SourceFiles files;

  SourceExcerpt(SourceFiles files) {
    this.files = files;
  }

  /**
   * The excerpt as a {@code <figure>}, or the empty string.
   *
   * @param token a word to emphasise in the site's line (a field's or lock's simple name), or null
   */
  String of(Site site, String token) {
    if (site == null || site.line() < 1) {
      return "";
    }
    Optional<List<String>> lines = files.lines(site);
    if (lines.isEmpty() || site.line() > lines.get().size()) {
      return "";
    }
    List<String> text = lines.get();
    int first = Math.max(1, site.line() - CONTEXT);
    int last = Math.min(text.size(), site.line() + CONTEXT);
    StringBuilder out = new StringBuilder("<figure class=\"src\"><figcaption>");
    out.append(escape(SourcePaths.of(site, "")))
        .append(':')
        .append(site.line())
        .append("</figcaption><pre>");
    for (int n = first; n <= last; n++) {
      String line = escape(text.get(n - 1));
      boolean here = n == site.line();
      out.append(here ? "<mark>" : "<span>")
          .append("<i>")
          .append(n)
          .append("</i>")
          .append(here ? emphasise(line, token) : line)
          .append(here ? "</mark>" : "</span>");
    }
    return out.append("</pre></figure>\n").toString();
  }

  /** The line with each whole-word occurrence of {@code token} in {@code <b>}. */
  static String emphasise(String escapedLine, String token) {
    if (token == null || token.isBlank()) {
      return escapedLine;
    }
    String word = escape(token);
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at;
    while ((at = escapedLine.indexOf(word, from)) >= 0) {
      int end = at + word.length();
      boolean whole =
          (at == 0 || !Character.isJavaIdentifierPart(escapedLine.charAt(at - 1)))
              && (end == escapedLine.length()
                  || !Character.isJavaIdentifierPart(escapedLine.charAt(end)));
      out.append(escapedLine, from, at);
      out.append(whole ? "<b>" + word + "</b>" : word);
      from = end;
    }
    return out.append(escapedLine.substring(from)).toString();
  }
}
