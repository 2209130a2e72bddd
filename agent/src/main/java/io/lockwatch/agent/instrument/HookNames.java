package io.lockwatch.agent.instrument;

import io.lockwatch.bridge.ConcurrentHooks;
import io.lockwatch.bridge.ConditionHooks;
import io.lockwatch.bridge.ExecutorHooks;
import io.lockwatch.bridge.FieldHooks;
import io.lockwatch.bridge.LatchHooks;
import io.lockwatch.bridge.LockHooks;
import io.lockwatch.bridge.MonitorHooks;
import io.lockwatch.bridge.QueueHooks;
import io.lockwatch.bridge.SemaphoreHooks;
import io.lockwatch.bridge.StampedLockHooks;
import io.lockwatch.bridge.ThreadHooks;
import net.bytebuddy.jar.asm.Type;

/**
 * The bridge classes, by internal name, and the hooks the visitors emit next to an instruction (the
 * hooks that replace a call are rows of the {@link SyncCallTable}). Class literals, so that a
 * renamed bridge class does not compile here; this class is first used after the bridge is on the
 * bootstrap class path, so they resolve to the copy there.
 */
final class HookNames {
  static final String LOCK_HOOKS = Type.getInternalName(LockHooks.class);
  static final String MONITOR_HOOKS = Type.getInternalName(MonitorHooks.class);
  static final String CONDITION_HOOKS = Type.getInternalName(ConditionHooks.class);
  static final String SEMAPHORE_HOOKS = Type.getInternalName(SemaphoreHooks.class);
  static final String STAMPED_LOCK_HOOKS = Type.getInternalName(StampedLockHooks.class);
  static final String LATCH_HOOKS = Type.getInternalName(LatchHooks.class);
  static final String QUEUE_HOOKS = Type.getInternalName(QueueHooks.class);
  static final String THREAD_HOOKS = Type.getInternalName(ThreadHooks.class);
  static final String EXECUTOR_HOOKS = Type.getInternalName(ExecutorHooks.class);
  static final String CONCURRENT_HOOKS = Type.getInternalName(ConcurrentHooks.class);
  static final String FIELD_HOOKS = Type.getInternalName(FieldHooks.class);

  private static final String OBJECT_SITE = "(Ljava/lang/Object;I)V";
  private static final String OBJECT_FIELD_SITE = "(Ljava/lang/Object;II)V";
  private static final String FIELD_SITE = "(II)V";
  private static final String OBJECT_FIELD = "(Ljava/lang/Object;I)V";
  private static final String FIELD = "(I)V";
  private static final String NOTHING = "()V";

  static final Hook MONITOR_ENTER = new Hook(LOCK_HOOKS, "monitorEnter", OBJECT_SITE);
  static final Hook MONITOR_EXIT = new Hook(LOCK_HOOKS, "monitorExit", OBJECT_SITE);
  static final Hook SYNC_METHOD_ENTER = new Hook(LOCK_HOOKS, "syncMethodEnter", OBJECT_SITE);
  static final Hook SYNC_METHOD_EXIT = new Hook(LOCK_HOOKS, "syncMethodExit", "(I)V");
  static final Hook LOCK_CREATED = new Hook(LOCK_HOOKS, "created", OBJECT_SITE);
  static final Hook CONCURRENT_BEFORE = new Hook(CONCURRENT_HOOKS, "before", OBJECT_SITE);
  static final Hook CONCURRENT_AFTER = new Hook(CONCURRENT_HOOKS, "after", OBJECT_SITE);
  static final Hook READ = new Hook(FIELD_HOOKS, "read", OBJECT_FIELD_SITE);
  static final Hook WRITE = new Hook(FIELD_HOOKS, "write", OBJECT_FIELD_SITE);
  static final Hook READ_STATIC = new Hook(FIELD_HOOKS, "readStatic", FIELD_SITE);
  static final Hook WRITE_STATIC = new Hook(FIELD_HOOKS, "writeStatic", FIELD_SITE);
  static final Hook VOLATILE_READ = new Hook(FIELD_HOOKS, "volatileRead", OBJECT_FIELD);
  static final Hook VOLATILE_WRITE = new Hook(FIELD_HOOKS, "volatileWrite", OBJECT_FIELD);
  static final Hook VOLATILE_READ_STATIC = new Hook(FIELD_HOOKS, "volatileReadStatic", FIELD);
  static final Hook VOLATILE_WRITE_STATIC = new Hook(FIELD_HOOKS, "volatileWriteStatic", FIELD);
  static final Hook CLASS_INIT_START = new Hook(FIELD_HOOKS, "classInitStart", NOTHING);
  static final Hook CLASS_INIT_END = new Hook(FIELD_HOOKS, "classInitEnd", NOTHING);

  private HookNames() {}
}
