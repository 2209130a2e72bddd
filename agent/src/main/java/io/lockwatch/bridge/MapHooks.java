package io.lockwatch.bridge;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code compute}, {@code computeIfAbsent}, {@code computeIfPresent} and {@code merge} of maps:
 * each replaces the application's call (the instrumentation still reports the call itself before
 * and after, like any call with a contract). On a map whose keys order memory (a {@code
 * ConcurrentHashMap}), the mapping function is wrapped so that it starts after the last update of
 * its key, and what it did (an object it built and returned, say) is published with the new value.
 * Other maps, and a null function (which must fail as before), get the call unchanged. {@code code}
 * is the contract row of a mapping function: it acquires its key when it starts and releases it
 * when it returns. Results and exceptions are the map's.
 */
public final class MapHooks {
  private MapHooks() {}

  /** {@code map.compute(key, function)}. */
  public static Object compute(
      Map<Object, Object> map,
      Object key,
      BiFunction<Object, Object, Object> function,
      int code,
      int site) {
    if (!wraps(map, function)) {
      return map.compute(key, function);
    }
    return map.compute(key, new Remapping(map, key, function, code, site));
  }

  /** {@code map.computeIfAbsent(key, function)}. */
  public static Object computeIfAbsent(
      Map<Object, Object> map, Object key, Function<Object, Object> function, int code, int site) {
    if (!wraps(map, function)) {
      return map.computeIfAbsent(key, function);
    }
    return map.computeIfAbsent(key, new Mapping(map, key, function, code, site));
  }

  /** {@code map.computeIfPresent(key, function)}. */
  public static Object computeIfPresent(
      Map<Object, Object> map,
      Object key,
      BiFunction<Object, Object, Object> function,
      int code,
      int site) {
    if (!wraps(map, function)) {
      return map.computeIfPresent(key, function);
    }
    return map.computeIfPresent(key, new Remapping(map, key, function, code, site));
  }

  /** {@code map.merge(key, value, function)}: the value may be stored without the function. */
  public static Object merge(
      Map<Object, Object> map,
      Object key,
      Object value,
      BiFunction<Object, Object, Object> function,
      int code,
      int site) {
    if (value == null || !wraps(map, function)) {
      return map.merge(key, value, function);
    }
    Hooks.call(map, key, 0, code, site, true, true); // publishes a value stored without it
    return map.merge(key, value, new Remapping(map, key, function, code, site));
  }

  /** Whether to wrap the function: a map whose keys order memory, and a function to wrap. */
  private static boolean wraps(Map<Object, Object> map, Object function) {
    return function != null && Hooks.ordersByKey(map);
  }

  /** A {@code computeIfAbsent} function that reports its start and its normal end. */
  private static final class Mapping implements Function<Object, Object> {
    private final Object map;
    private final Object key;
    private final Function<Object, Object> function;
    private final int code;
    private final int site;

    Mapping(Object map, Object key, Function<Object, Object> function, int code, int site) {
      this.map = map;
      this.key = key;
      this.function = function;
      this.code = code;
      this.site = site;
    }

    @Override
    public Object apply(Object k) {
      Hooks.call(map, key, 0, code, site, false, true);
      Object value = function.apply(k);
      Hooks.call(map, key, 0, code, site, true, true);
      return value;
    }
  }

  /** A remapping function that reports its start and its normal end. */
  private static final class Remapping implements BiFunction<Object, Object, Object> {
    private final Object map;
    private final Object key;
    private final BiFunction<Object, Object, Object> function;
    private final int code;
    private final int site;

    Remapping(
        Object map, Object key, BiFunction<Object, Object, Object> function, int code, int site) {
      this.map = map;
      this.key = key;
      this.function = function;
      this.code = code;
      this.site = site;
    }

    @Override
    public Object apply(Object k, Object v) {
      Hooks.call(map, key, 0, code, site, false, true);
      Object value = function.apply(k, v);
      Hooks.call(map, key, 0, code, site, true, true);
      return value;
    }
  }
}
