package io.lockwatch.agent.runtime.jdk;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Set;

/**
 * The state of JDK objects that are not thread-safe, as the race detector sees it: each such object
 * (a {@code HashMap}, an {@code ArrayList}, a {@code StringBuilder}, a {@code SimpleDateFormat}...)
 * is one variable, and a call on one of its views or iterators is a call on the object itself.
 *
 * <p>The variable of an object is a field id named after what held the object at the first call
 * that touched it: the field ({@code com.example.Registry.cache (java.util.HashMap)}), else the
 * local variable and the method, else the call's place. So every object held in one field is
 * reported as one finding, like a field of many instances.
 */
public final class SharedStates {
  /** JDK classes whose instances are watched: documented as not thread-safe. */
  private static final Set<String> WATCHED =
      Set.of(
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.WeakHashMap",
          "java.util.IdentityHashMap",
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.ArrayDeque",
          "java.util.PriorityQueue",
          "java.util.BitSet",
          "java.lang.StringBuilder");

  private static final ClassValue<Boolean> IS_WATCHED =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          String name = type.getName();
          return WATCHED.contains(name)
              || (name.startsWith("java.text.") && name.endsWith("Format") && !type.isInterface());
        }
      };

  /** Classes whose instances may be views or iterators of a watched object. */
  private static final ClassValue<Boolean> MAY_BE_VIEW =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return type.getName().startsWith("java.util.") && type.getName().indexOf('$') > 0;
        }
      };

  private final FieldRegistry fields;
  private final SiteRegistry sites;
  private final WeakIdentityTable<Object> roots = new WeakIdentityTable<>(root -> {});
  private final WeakIdentityTable<Integer> variables = new WeakIdentityTable<>(id -> {});

  /**
   * @param fields where each variable is registered under its name
   * @param sites the call sites, whose expressions name the objects
   */
  public SharedStates(FieldRegistry fields, SiteRegistry sites) {
    this.fields = fields;
    this.sites = sites;
  }

  /** True when instances of {@code type} are watched themselves (not as views). */
  public static boolean watches(Class<?> type) {
    return IS_WATCHED.get(type);
  }

  /**
   * True when a call on {@code target} may touch a watched object (it is one, or may be a view of
   * one): a check of its class, so that calls on everything else cost nothing more.
   */
  public static boolean mayBeWatched(Object target) {
    Class<?> type = target.getClass();
    return IS_WATCHED.get(type) || MAY_BE_VIEW.get(type);
  }

  /**
   * The watched object a call on {@code target} touches: the target itself, or the object it is a
   * view or iterator of; null when it is neither.
   */
  public Object rootOf(Object target) {
    Class<?> type = target.getClass();
    if (IS_WATCHED.get(type)) {
      return target;
    }
    return MAY_BE_VIEW.get(type) ? roots.get(target) : null;
  }

  /** {@code view} came from {@code source}: calls on it touch what the source touches. */
  public void link(Object view, Object source) {
    if (view == null || source == null || view == source) {
      return;
    }
    Object root = rootOf(source);
    if (root != null && view != root && MAY_BE_VIEW.get(view.getClass())) {
      roots.computeIfAbsent(view, () -> root);
    }
  }

  /** The field id of {@code root}'s state, named at its first call, here at {@code site}. */
  public int variableOf(Object root, int site) {
    Integer id = variables.get(root);
    if (id != null) {
      return id;
    }
    return variables.computeIfAbsent(root, () -> register(root, sites.get(site)));
  }

  private int register(Object root, SiteInfo site) {
    String type = " (" + root.getClass().getName() + ")";
    String expression = site.lockExpression();
    if (expression != null) {
      boolean isStatic = expression.startsWith("static field ");
      if (isStatic || expression.startsWith("field ")) {
        String field = expression.substring(expression.indexOf("field ") + "field ".length());
        int dot = field.lastIndexOf('.');
        return fields.register(field.substring(0, dot), field.substring(dot + 1) + type, isStatic);
      }
      if (expression.startsWith("local variable ") && !expression.contains("#")) {
        String local = expression.substring("local variable ".length());
        return fields.register(
            site.className(), enclosingMethod(site.method()) + ":" + local + type, false);
      }
    }
    return fields.register(
        site.className(), enclosingMethod(site.method()) + "@" + site.line() + type, false);
  }

  /** {@code main} for {@code main} and for javac's {@code lambda$main$0}. */
  static String enclosingMethod(String method) {
    if (method.startsWith("lambda$")) {
      int end = method.indexOf('$', "lambda$".length());
      if (end > "lambda$".length()) {
        return method.substring("lambda$".length(), end);
      }
    }
    return method;
  }
}
