package io.lockwatch.compat.drivers;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logback through SLF4J, from six threads at once: the root logger writes through an {@link
 * ch.qos.logback.classic.AsyncAppender} (which blocks rather than drops) to one file, a second
 * logger straight to another file, with MDC values, parameters, exceptions and a level filter.
 * Configured in code, so nothing is printed on the console.
 *
 * <p>Argument: the directory for the log files (default {@code target/compat-out}). Prints the line
 * counts of the files once the context is stopped (stopping flushes the async appender).
 */
public final class LogbackDriver {
  private static final int THREADS = 6;
  private static final int EVENTS_PER_THREAD = 1_500;

  private LogbackDriver() {}

  public static void main(String[] args) throws Exception {
    Path dir = Workers.outputDir(args);
    Path asyncFile = dir.resolve("logback-async.log");
    Path directFile = dir.resolve("logback-direct.log");

    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();

    FileAppender<ILoggingEvent> asyncTarget = fileAppender(context, "async-file", asyncFile);
    ch.qos.logback.classic.AsyncAppender async = new ch.qos.logback.classic.AsyncAppender();
    async.setContext(context);
    async.setName("async");
    async.setQueueSize(256);
    async.setDiscardingThreshold(0); // keep every level
    async.setNeverBlock(false);
    async.setMaxFlushTime(10_000);
    async.addAppender(asyncTarget);
    async.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(async);

    Logger audit = context.getLogger("compat.audit");
    audit.setAdditive(false);
    audit.addAppender(fileAppender(context, "direct-file", directFile));

    Workers.run(
        "logback",
        THREADS,
        worker -> {
          org.slf4j.Logger log = LoggerFactory.getLogger("compat.worker" + (worker % 3));
          org.slf4j.Logger auditLog = LoggerFactory.getLogger("compat.audit");
          MDC.put("worker", Integer.toString(worker));
          try {
            for (int i = 0; i < EVENTS_PER_THREAD; i++) {
              log.info("event {} of worker {}", i, worker);
              log.debug("filtered out {}", i); // below INFO: never written
              if (i % 100 == 0) {
                log.warn("a failure, as an example", new IllegalStateException("example " + i));
              }
              if (i % 10 == 0) {
                auditLog.info("audit {} {}", worker, i);
              }
            }
          } finally {
            MDC.remove("worker");
          }
        });

    context.stop(); // flushes and stops every appender, the async one first
    long[] asyncLines = Workers.countLines(asyncFile, "INFO");
    long[] directLines = Workers.countLines(directFile, "audit");
    long[] exceptions = Workers.countLines(asyncFile, "IllegalStateException: example");
    System.out.printf(
        "LogbackDriver: async file infoLines=%d exceptions=%d, direct file auditLines=%d%n",
        asyncLines[1], exceptions[1], directLines[1]);
    System.out.println("LogbackDriver: ok");
  }

  private static FileAppender<ILoggingEvent> fileAppender(
      LoggerContext context, String name, Path file) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} [%thread] %-5level %logger{20} w=%X{worker} - %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName(name);
    appender.setFile(file.toString());
    appender.setAppend(false);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }
}
