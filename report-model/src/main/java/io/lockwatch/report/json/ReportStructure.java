package io.lockwatch.report.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import io.lockwatch.report.model.Report;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a JSON tree has the shape of the report records before Gson binds it, so that a
 * missing or mistyped field is reported with its path ({@code $.lockOrderCycles[0].edges[1]})
 * instead of surfacing later as a null. The rules come from the records themselves; the published
 * JSON Schema states the same rules (a test keeps the two in step).
 */
public final class ReportStructure {

  /**
   * Record components that may be absent or null, as {@code SimpleRecordName.component}. Every
   * other component is required.
   */
  public static final Set<String> OPTIONAL_FIELDS =
      Set.of(
          "Site.file", // classes compiled without debug information
          "Site.lock", // stack frames and field accesses name no lock
          "Site.ordinal",
          "LockOrderCycle.detail", // said only when there is something to add
          "RunInfo.javaVendor",
          "RunInfo.command", // sun.java.command is not always set
          "LockDescription.firstSeen",
          "LockClass.firstSeen", // versions 2 and 3 have none
          "AgentError.where",
          "AgentError.message", // exceptions without a message
          // Which tests exposed a finding: absent where the agent did not attribute findings.
          "LockOrderCycle.tests",
          "ObservedDeadlock.tests",
          "UnguardedField.tests",
          "WaitHazard.tests",
          "UnguardedField.element", // only for a race on an array element
          "UnguardedField.prediction", // only for a predicted race
          "Prediction.orderedBy", // absent when a chain of locks ordered the accesses
          // Only in a confirm run (confirm=PATH).
          "LockOrderCycle.confirmation",
          "ObservedDeadlock.confirms",
          "Confirmation.detail");

  /**
   * Record components that the writer leaves out when they hold their usual value, as {@code
   * SimpleRecordName.component} to that value; the reader puts the value back. Only in tables: the
   * usual value of a lock-order edge spelled out 2,000 times was a third of a Spring Boot report.
   */
  public static final Map<String, JsonPrimitive> DEFAULT_VALUES =
      Map.of(
          "LockOrderEdge.heldMode", new JsonPrimitive("exclusive"),
          "LockOrderEdge.acquiredMode", new JsonPrimitive("exclusive"),
          "LockOrderEdge.waitKind", new JsonPrimitive("blocking"),
          "LockOrderEdge.permitsHeld", new JsonPrimitive(1));

  private ReportStructure() {}

  /**
   * The usual value of a component the writer may leave out, or null: see {@link #DEFAULT_VALUES}.
   */
  public static JsonPrimitive defaultValue(RecordComponent component) {
    return DEFAULT_VALUES.get(
        component.getDeclaringRecord().getSimpleName() + "." + component.getName());
  }

  /** The JSON name of a record component: its {@link SerializedName} or its own name. */
  public static String jsonName(RecordComponent component) {
    // @SerializedName targets fields and methods, so it sits on the accessor, not the component.
    SerializedName serialized = component.getAccessor().getAnnotation(SerializedName.class);
    return serialized != null ? serialized.value() : component.getName();
  }

  /** Whether a component may be absent: see {@link #OPTIONAL_FIELDS}. */
  public static boolean isOptional(RecordComponent component) {
    return OPTIONAL_FIELDS.contains(
        component.getDeclaringRecord().getSimpleName() + "." + component.getName());
  }

  /**
   * Checks a whole report, putting back the {@link #DEFAULT_VALUES} the writer left out.
   *
   * @throws ReportFormatException naming the first problem and where it is
   */
  static void check(JsonObject root) throws ReportFormatException {
    checkRecord(Report.class, root, "$");
  }

  private static void checkRecord(Class<?> type, JsonObject object, String path)
      throws ReportFormatException {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = jsonName(component);
      JsonElement value = object.get(name);
      if (value == null && defaultValue(component) != null) {
        object.add(name, defaultValue(component));
        continue;
      }
      if (value == null || value.isJsonNull()) {
        if (isOptional(component)) {
          continue;
        }
        throw new ReportFormatException("missing \"" + name + "\" at " + path);
      }
      checkValue(component.getGenericType(), value, path + "." + name);
    }
  }

  private static void checkValue(Type type, JsonElement value, String path)
      throws ReportFormatException {
    if (value.isJsonNull()) {
      throw new ReportFormatException("null at " + path);
    }
    if (type == String.class) {
      require(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString(), "a string", path);
    } else if (type == int.class
        || type == long.class
        || type == Long.class
        || type == Integer.class) {
      require(isInteger(value), "an integer", path);
    } else if (type == boolean.class) {
      require(
          value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean(), "true or false", path);
    } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
      require(value.isJsonArray(), "an array", path);
      JsonArray array = value.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        checkValue(generic.getActualTypeArguments()[0], array.get(i), path + "[" + i + "]");
      }
    } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
      require(value.isJsonObject(), "an object", path);
      for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
        checkValue(
            generic.getActualTypeArguments()[1], entry.getValue(), path + "." + entry.getKey());
      }
    } else if (type instanceof Class<?> record && record.isRecord()) {
      require(value.isJsonObject(), "an object", path);
      checkRecord(record, value.getAsJsonObject(), path);
    } else {
      throw new IllegalStateException("no JSON rule for " + type.getTypeName());
    }
  }

  private static boolean isInteger(JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return false;
    }
    JsonPrimitive number = value.getAsJsonPrimitive();
    try {
      BigDecimal decimal = number.getAsBigDecimal();
      return decimal.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void require(boolean ok, String expected, String path)
      throws ReportFormatException {
    if (!ok) {
      throw new ReportFormatException("expected " + expected + " at " + path);
    }
  }
}
