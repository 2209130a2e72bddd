package io.lockwatch.agent.runtime.race;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The table behind the field ids in instrumented bytecode: one id per declared field (declaring
 * class and name), whichever class accesses it; one per name an array can be reported by (the field
 * that holds it, the allocation that made it); and one per class, for class initialisers.
 * Registration happens at instrumentation time.
 */
public final class FieldRegistry {
  /** What an id names: a field, or an array by what holds it. */
  public enum Kind {
    /** A declared field. */
    FIELD,
    /** An array named by the method that accesses it: the holder is unknown. */
    ARRAY_IN_METHOD,
    /** An array named by where it was allocated. */
    ARRAY_ALLOCATED,
    /** An array named by the field that holds it. */
    ARRAY_IN_FIELD;

    /** Whether ids of this kind name arrays. */
    public boolean isArray() {
      return this != FIELD;
    }
  }

  /**
   * A declared field, or an array's name.
   *
   * @param declaringClass the field's class, or the class of the code that names the array
   * @param name the field's name, or {@code counts[]}, {@code run:new int[]}, {@code run:int[]}
   * @param classId the id of {@code declaringClass} (see {@link #classId})
   */
  public record FieldInfo(
      int id, String declaringClass, String name, boolean isStatic, Kind kind, int classId) {
    /** {@code com.example.Bank.balance}, {@code com.example.Stats.counts[]}. */
    public String qualifiedName() {
      return declaringClass + "." + name;
    }
  }

  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, Integer> classIds = new HashMap<>();
  private volatile FieldInfo[] fields = new FieldInfo[256];
  private int size = 1; // id 0 is "unknown"

  /** The id of a field, registering it on first sight. */
  public int register(String declaringClass, String name, boolean isStatic) {
    return register(declaringClass, name, isStatic, Kind.FIELD);
  }

  /** The id of an array name ({@code kind} says which kind), registering it on first sight. */
  public int registerArray(String declaringClass, String name, Kind kind) {
    return register(declaringClass, name, false, kind);
  }

  private synchronized int register(
      String declaringClass, String name, boolean isStatic, Kind kind) {
    String key = declaringClass + "." + name;
    Integer known = ids.get(key);
    if (known != null) {
      return known;
    }
    if (size == fields.length) {
      fields = Arrays.copyOf(fields, size * 2);
    }
    int id = size++;
    fields[id] = new FieldInfo(id, declaringClass, name, isStatic, kind, classId(declaringClass));
    ids.put(key, id);
    return id;
  }

  /** The id of a class (dotted name), registering it on first sight. */
  public synchronized int classId(String className) {
    return classIds.computeIfAbsent(className, c -> classIds.size() + 1);
  }

  /** The field with this id, or a placeholder for an id this registry never gave out. */
  public FieldInfo get(int id) {
    FieldInfo[] table = fields;
    if (id > 0 && id < table.length && table[id] != null) {
      return table[id];
    }
    return new FieldInfo(id, "?", "?", false, Kind.FIELD, 0);
  }

  /** The class id of the field with this id (0 when unknown). Lock-free. */
  int classOf(int id) {
    FieldInfo[] table = fields;
    FieldInfo field = id > 0 && id < table.length ? table[id] : null;
    return field == null ? 0 : field.classId();
  }

  /** How many fields are registered (array names not counted). */
  public synchronized int size() {
    int count = 0;
    for (int id = 1; id < size; id++) {
      if (fields[id].kind() == Kind.FIELD) {
        count++;
      }
    }
    return count;
  }
}
