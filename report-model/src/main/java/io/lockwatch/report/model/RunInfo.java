package io.lockwatch.report.model;

import java.util.Map;

/**
 * The run the report describes.
 *
 * @param agentVersion the Lockwatch version
 * @param javaVersion {@code java.version} of the watched JVM
 * @param command the JVM's command line ({@code sun.java.command})
 * @param pid the process id
 * @param startedAt ISO-8601 instant the agent started
 * @param endedAt ISO-8601 instant the report was written
 * @param reason why the report was written: {@code exit}, {@code deadlock}, {@code signal}, ...
 * @param options the agent options in force, defaults included
 */
public record RunInfo(
    String agentVersion,
    String javaVersion,
    String javaVendor,
    String command,
    long pid,
    String startedAt,
    String endedAt,
    String reason,
    Map<String, String> options) {}
