package io.lockwatch.agent.report;

import io.lockwatch.agent.AgentOptions;
import io.lockwatch.agent.analysis.LockOrderGraph;
import io.lockwatch.agent.runtime.AgentErrors;
import io.lockwatch.agent.runtime.LockTable;
import io.lockwatch.agent.runtime.RuntimeCounters;
import io.lockwatch.agent.runtime.SiteRegistry;
import java.time.Instant;

/** Everything a report is built from: the options and the live runtime model. */
public record AgentState(
    AgentOptions options,
    Instant startedAt,
    SiteRegistry sites,
    LockTable locks,
    LockOrderGraph graph,
    RuntimeCounters counters,
    AgentErrors errors) {}
