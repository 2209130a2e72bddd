package io.lockwatch.report.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.render.html.StackFrames;
import java.util.List;
import java.util.function.Function;

/**
 * The SARIF 2.1.0 objects for code sites, for {@link SarifResults}: locations (source path and
 * line, and the method), thread-flow steps with their stacks, and the messages they carry.
 */
final class SarifLocations {
  /** Frames kept per stack in thread flows. */
  static final int MAX_FRAMES = 30;

  /** The source path of a site, or null when it has none (the location is then logical only). */
  private final Function<Site, String> paths;

  /** Locations whose paths {@code paths} gives. */
  SarifLocations(Function<Site, String> paths) {
    this.paths = paths;
  }

  /** A thread-flow location: one step of a thread, with up to {@link #MAX_FRAMES} of its stack. */
  JsonObject step(Site site, String text, List<Site> stack, String kind, int order) {
    JsonObject step = new JsonObject();
    step.add("location", site == null ? messageOnly(text) : location(site, text));
    JsonArray kinds = new JsonArray();
    kinds.add(kind);
    step.add("kinds", kinds);
    step.addProperty("nestingLevel", 0);
    step.addProperty("executionOrder", order);
    if (!stack.isEmpty()) {
      JsonArray frames = frames(stack);
      JsonObject stackJson = new JsonObject();
      stackJson.add("message", message("stack of " + text));
      stackJson.add("frames", frames);
      step.add("stack", stackJson);
    }
    return step;
  }

  /**
   * Up to {@link #MAX_FRAMES} frames of {@code stack}; each run of test-framework and reflection
   * frames is folded into one frame that says how many it stands for.
   */
  private JsonArray frames(List<Site> stack) {
    JsonArray frames = new JsonArray();
    int i = 0;
    while (i < stack.size() && frames.size() < MAX_FRAMES) {
      int end = i;
      while (end < stack.size() && StackFrames.foldable(stack.get(end))) {
        end++;
      }
      JsonObject json = new JsonObject();
      if (end > i) {
        int n = end - i;
        json.add(
            "location",
            messageOnly(n + " frame" + (n == 1 ? "" : "s") + " of test frameworks and reflection"));
        i = end;
      } else {
        Site frame = stack.get(i++);
        json.add("location", location(frame, frame.asFrame()));
      }
      frames.add(json);
    }
    return frames;
  }

  /** Where {@code site} is in the source (path, line) and in the code (method), with a message. */
  JsonObject location(Site site, String text) {
    JsonObject location = new JsonObject();
    String path = paths.apply(site);
    if (path != null) {
      JsonObject artifact = new JsonObject();
      artifact.addProperty("uri", path);
      JsonObject physical = new JsonObject();
      physical.add("artifactLocation", artifact);
      if (site.line() >= 1) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", site.line());
        physical.add("region", region);
      }
      location.add("physicalLocation", physical);
    }
    JsonObject logical = new JsonObject();
    logical.addProperty("fullyQualifiedName", site.className() + "." + site.method());
    logical.addProperty("kind", "function");
    location.add("logicalLocations", array(logical));
    location.add("message", message(text));
    return location;
  }

  private static JsonObject messageOnly(String text) {
    JsonObject location = new JsonObject();
    location.add("message", message(text));
    return location;
  }

  /** {@code location} with the id related locations are numbered by. */
  static JsonObject withId(JsonObject location, int id) {
    location.addProperty("id", id);
    return location;
  }

  /** A SARIF message. */
  static JsonObject message(String text) {
    JsonObject message = new JsonObject();
    message.addProperty("text", text);
    return message;
  }

  /** An array of one element. */
  static JsonArray array(JsonObject element) {
    JsonArray array = new JsonArray();
    array.add(element);
    return array;
  }
}
