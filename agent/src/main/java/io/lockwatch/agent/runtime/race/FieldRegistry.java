package io.lockwatch.agent.runtime.race;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The table behind the field ids in instrumented bytecode: one id per declared field (declaring
 * class and name), whichever class accesses it. Registration happens at instrumentation time.
 */
public final class FieldRegistry {
  /** A declared field. */
  public record FieldInfo(int id, String declaringClass, String name, boolean isStatic) {
    /** {@code com.example.Bank.balance}. */
    public String qualifiedName() {
      return declaringClass + "." + name;
    }
  }

  private final Map<String, Integer> ids = new HashMap<>();
  private volatile FieldInfo[] fields = new FieldInfo[256];
  private int size = 1; // id 0 is "unknown"

  /** The id of a field, registering it on first sight. */
  public synchronized int register(String declaringClass, String name, boolean isStatic) {
    String key = declaringClass + "." + name;
    Integer known = ids.get(key);
    if (known != null) {
      return known;
    }
    if (size == fields.length) {
      fields = Arrays.copyOf(fields, size * 2);
    }
    int id = size++;
    fields[id] = new FieldInfo(id, declaringClass, name, isStatic);
    ids.put(key, id);
    return id;
  }

  /** The field with this id, or a placeholder for an id this registry never gave out. */
  public FieldInfo get(int id) {
    FieldInfo[] table = fields;
    if (id > 0 && id < table.length && table[id] != null) {
      return table[id];
    }
    return new FieldInfo(id, "?", "?", false);
  }

  /** How many fields are registered. */
  public synchronized int size() {
    return size - 1;
  }
}
