/**
 * The bootstrap bridge: the only classes instrumented code calls. They are copied into a jar that
 * is appended to the bootstrap class path at start-up, so code in any class loader can link to
 * them. They use JDK types only and forward every event to the {@link io.lockwatch.bridge.EventSink}
 * the agent installs.
 */
package io.lockwatch.bridge;
