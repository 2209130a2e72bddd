/**
 * The bootstrap bridge: the only classes instrumented code calls. They are copied into a jar that
 * is appended to the bootstrap class path at start-up, so code in any class loader can link to
 * them. They use JDK types only and forward every event to the {@link
 * io.lockwatch.bridge.EventSink} the agent installs, through {@link io.lockwatch.bridge.Hooks},
 * which swallows the sink's failures. The hooks are grouped by primitive, one class each; a hook
 * that replaces a JDK call has that method's name, its receiver first and the site id last.
 */
package io.lockwatch.bridge;
