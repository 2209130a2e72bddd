package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.nio.file.Path;

/**
 * Where a class rewrite puts what it makes: the sites and fields it bakes into the bytecode, the
 * count of classes rewritten, the failures, and the rewritten class files for {@code dump=DIR}.
 *
 * @param sites the code sites baked into instrumented bytecode
 * @param fields the fields baked into instrumented bytecode
 * @param counters counts the classes rewritten
 * @param errors counts a rewrite that failed (the class stays as it was)
 * @param dumpDirectory where rewritten class files go, or null
 */
public record RewriteStores(
    SiteRegistry sites,
    FieldRegistry fields,
    RuntimeCounters counters,
    AgentErrors errors,
    Path dumpDirectory) {

  /** The agent's stores, with {@code dumpDirectory} (or null). */
  public static RewriteStores of(AgentContext context, Path dumpDirectory) {
    return new RewriteStores(
        context.sites(), context.fields(), context.counters(), context.errors(), dumpDirectory);
  }
}
