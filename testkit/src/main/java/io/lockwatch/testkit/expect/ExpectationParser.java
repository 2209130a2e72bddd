package io.lockwatch.testkit.expect;

import io.lockwatch.testkit.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code @expect:} statements of a source file. A statement sits in a {@code //} comment
 * or a javadoc line; when its parentheses are not closed at the end of the line, it goes on in the
 * comment of the next line, and that continuation line (with any statement it starts) belongs to
 * the line the statement started on. A statement the language does not know, a key it does not
 * allow, or a missing required key is an error naming the file and line: a typo must never pass
 * silently.
 */
public final class ExpectationParser {
  private static final String PREFIX = "@expect:";
  private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern ARG =
      Pattern.compile("\\s*([A-Za-z][\\w.]*)\\s*(>=|=)\\s*(\"[^\"]*\"|.*?)\\s*");

  private ExpectationParser() {}

  /** Every statement of the file, in order. */
  public static List<Expectation> parse(SourceFile source) {
    List<Expectation> found = new ArrayList<>();
    List<String> lines = source.lines();
    // the line each line's statements belong to: a continuation line belongs to the line above
    int[] home = new int[lines.size()];
    Arrays.setAll(home, i -> i);
    for (int i = 0; i < lines.size(); i++) {
      String comment = commentOf(lines.get(i));
      for (int at = comment == null ? -1 : comment.indexOf(PREFIX);
          at >= 0;
          at = comment.indexOf(PREFIX, at + 1)) {
        StringBuilder text = new StringBuilder(comment.substring(at));
        for (int next = i + 1;
            unclosed(text) && next < lines.size() && commentOf(lines.get(next)) != null;
            next++) {
          text.append(' ').append(commentOf(lines.get(next)).strip());
          home[next] = home[i];
        }
        int line = home[i] + 1;
        found.add(parseOne(text.substring(0, statementEnd(text, source, line)), source, line));
      }
    }
    return found;
  }

  /** The text after {@code //}, or of a javadoc line after its {@code *}; null for code. */
  private static String commentOf(String line) {
    int slashes = line.indexOf("//");
    if (slashes >= 0) {
      return line.substring(slashes + 2);
    }
    String stripped = line.strip();
    return stripped.startsWith("*") ? stripped.substring(1) : null;
  }

  /** Sees one character outside quotes, with the parenthesis depth after it; true stops. */
  private interface CharVisitor {
    boolean stopAt(int index, char c, int depth);
  }

  /** Walks the text from {@code from}, skipping quoted parts; the index it stopped at, or -1. */
  private static int walk(CharSequence text, int from, CharVisitor visitor) {
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        continue;
      }
      if (quoted) {
        continue;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (visitor.stopAt(i, c, depth)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  private static int closing(CharSequence text, int open) {
    return walk(text, open, (i, c, depth) -> c == ')' && depth == 0);
  }

  /** True when the statement starting the text opens a parenthesis it does not close. */
  private static boolean unclosed(CharSequence text) {
    int open = text.toString().indexOf('(');
    return open >= 0 && closing(text, open) < 0;
  }

  /** Where the statement starting the text ends: after its word, or its closing parenthesis. */
  private static int statementEnd(CharSequence text, SourceFile source, int line) {
    Matcher word = WORD.matcher(text).region(PREFIX.length(), text.length());
    if (!word.lookingAt()) {
      throw error(source, line, "a statement word after " + PREFIX);
    }
    int end = word.end();
    if (end >= text.length() || text.charAt(end) != '(') {
      return end;
    }
    int close = closing(text, end);
    if (close >= 0) {
      return close + 1;
    }
    throw error(source, line, "a closing parenthesis in " + text);
  }

  private static Expectation parseOne(String text, SourceFile source, int line) {
    int open = text.indexOf('(');
    String word = text.substring(PREFIX.length(), open < 0 ? text.length() : open);
    Statement statement =
        Statement.of(word)
            .orElseThrow(() -> error(source, line, "a known statement instead of '" + word + "'"));
    Map<String, String> args = new LinkedHashMap<>();
    if (open >= 0) {
      for (String arg : splitArgs(text.substring(open + 1, text.length() - 1))) {
        Matcher matcher = ARG.matcher(arg);
        if (!matcher.matches()) {
          throw error(source, line, "key=value instead of '" + arg.strip() + "' in " + text);
        }
        String key = matcher.group(1);
        String op = matcher.group(2);
        boolean bound = statement == Statement.SUMMARY && !key.equals(Statement.RUN);
        if (!statement.allows(key) || (op.equals(">=") && !bound)) {
          throw error(source, line, "no '" + key + op + "' in " + word + ": " + text);
        }
        args.put(bound ? key + op : key, unquote(matcher.group(3)));
      }
    }
    for (String key : statement.required()) {
      if (!args.containsKey(key)) {
        throw error(source, line, "'" + key + "=' in " + text);
      }
    }
    return new Expectation(statement, args, source.line(line), text.replaceAll("\\s+", " "));
  }

  /** Splits on commas outside quotes and parentheses. */
  private static List<String> splitArgs(String args) {
    List<String> parts = new ArrayList<>();
    int[] start = {0};
    walk(
        args,
        0,
        (i, c, depth) -> {
          if (c == ',' && depth == 0) {
            parts.add(args.substring(start[0], i));
            start[0] = i + 1;
          }
          return false;
        });
    if (!args.substring(start[0]).isBlank() || !parts.isEmpty()) {
      parts.add(args.substring(start[0]));
    }
    return parts;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static IllegalArgumentException error(SourceFile source, int line, String wanted) {
    return new IllegalArgumentException(
        String.format("%s:%d: expected %s", source.location(), line, wanted));
  }
}
