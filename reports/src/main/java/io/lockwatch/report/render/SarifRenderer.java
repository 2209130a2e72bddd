package io.lockwatch.report.render;

import static io.lockwatch.report.render.SarifLocations.message;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * SARIF 2.1.0 for code scanning: one rule per finding category, one result per finding with its
 * sites as locations, and for cycles, races and deadlocks a code flow with one thread flow per
 * thread, the structure SARIF has for concurrency. Agent errors become tool notifications. The
 * rules are {@link SarifRules}, the results {@link SarifResults}.
 */
public final class SarifRenderer {
  /** The SARIF schema this output follows. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private final SarifResults results;

  /**
   * @param sourceRoot prefix of the source paths in locations, e.g. {@code src/main/java/}, or null
   *     when paths start at the package
   */
  public SarifRenderer(String sourceRoot) {
    this.results = new SarifResults(new SarifLocations(site -> SourcePaths.of(site, sourceRoot)));
  }

  /**
   * @param sources where each site's file is, relative to the repository root; a site whose file no
   *     source root has (a JDK or library frame) gets a logical location only
   */
  public SarifRenderer(SourceRootPaths sources) {
    this.results = new SarifResults(new SarifLocations(sources::pathOf));
  }

  /** Writes the SARIF log for {@code report}. */
  public void render(Report report, Writer out) throws IOException {
    GSON.toJson(toSarif(report), out);
    out.write('\n');
    out.flush();
  }

  /** The SARIF log as a JSON tree. */
  public JsonObject toSarif(Report report) {
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "Lockwatch");
    driver.addProperty("version", report.run().agentVersion());
    driver.add("rules", SarifRules.json());
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("invocations", invocations(report));
    run.add("results", results.of(report));
    JsonObject properties = new JsonObject();
    properties.add("lockwatchSummary", GSON.toJsonTree(report.summary()));
    run.add("properties", properties);

    JsonObject log = new JsonObject();
    log.addProperty("$schema", SCHEMA_URI);
    log.addProperty("version", "2.1.0");
    JsonArray runs = new JsonArray();
    runs.add(run);
    log.add("runs", runs);
    return log;
  }

  private static JsonArray invocations(Report report) {
    JsonObject invocation = new JsonObject();
    invocation.addProperty("executionSuccessful", true);
    if (report.run().command() != null) {
      invocation.addProperty("commandLine", report.run().command());
    }
    JsonArray notifications = new JsonArray();
    for (AgentError error : report.agentErrors()) {
      JsonObject notification = new JsonObject();
      notification.add(
          "message",
          message(
              error.kind()
                  + " in "
                  + (error.where() == null ? "?" : error.where())
                  + ": "
                  + (error.message() == null ? "(no message)" : error.message())
                  + (error.count() > 1 ? " (" + error.count() + " times)" : "")));
      notification.addProperty("level", "warning");
      notifications.add(notification);
    }
    invocation.add("toolExecutionNotifications", notifications);
    JsonArray invocations = new JsonArray();
    invocations.add(invocation);
    return invocations;
  }
}
