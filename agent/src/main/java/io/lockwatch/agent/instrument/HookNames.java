package io.lockwatch.agent.instrument;

/** Names and descriptors of the bridge methods that instrumented code calls. */
final class HookNames {
  static final String HOOKS = "io/lockwatch/bridge/Hooks";
  static final String MONITOR_ENTER = "monitorEnter";
  static final String MONITOR_EXIT = "monitorExit";
  static final String OBJECT_SITE = "(Ljava/lang/Object;I)V";
  static final String SYNC_METHOD_ENTER = "syncMethodEnter";
  static final String SYNC_METHOD_EXIT = "syncMethodExit";
  static final String SITE_ONLY = "(I)V";

  private HookNames() {}
}
