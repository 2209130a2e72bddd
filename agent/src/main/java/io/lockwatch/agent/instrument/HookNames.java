package io.lockwatch.agent.instrument;

import io.lockwatch.bridge.ArrayHooks;
import io.lockwatch.bridge.ConcurrentHooks;
import io.lockwatch.bridge.ConditionHooks;
import io.lockwatch.bridge.ExecutorHooks;
import io.lockwatch.bridge.FieldHooks;
import io.lockwatch.bridge.HandleHooks;
import io.lockwatch.bridge.LatchHooks;
import io.lockwatch.bridge.LockHooks;
import io.lockwatch.bridge.MapHooks;
import io.lockwatch.bridge.MonitorHooks;
import io.lockwatch.bridge.QueueHooks;
import io.lockwatch.bridge.RuntimeHooks;
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
  static final String RUNTIME_HOOKS = Type.getInternalName(RuntimeHooks.class);
  static final String EXECUTOR_HOOKS = Type.getInternalName(ExecutorHooks.class);
  static final String CONCURRENT_HOOKS = Type.getInternalName(ConcurrentHooks.class);
  static final String FIELD_HOOKS = Type.getInternalName(FieldHooks.class);
  static final String MAP_HOOKS = Type.getInternalName(MapHooks.class);
  static final String ARRAY_HOOKS = Type.getInternalName(ArrayHooks.class);
  static final String HANDLE_HOOKS = Type.getInternalName(HandleHooks.class);

  private static final String OBJECT_SITE = "(Ljava/lang/Object;I)V";
  private static final String OBJECT_FIELD_SITE = "(Ljava/lang/Object;II)V";
  private static final String FIELD_SITE = "(II)V";
  private static final String OBJECT_FIELD = "(Ljava/lang/Object;I)V";
  private static final String FIELD = "(I)V";
  private static final String ARRAY_NAME_SITE = "(Ljava/lang/Object;III)V";

  static final Hook MONITOR_ENTER = new Hook(LOCK_HOOKS, "monitorEnter", OBJECT_SITE);
  static final Hook MONITOR_EXIT = new Hook(LOCK_HOOKS, "monitorExit", OBJECT_SITE);
  static final Hook SYNC_METHOD_ENTER = new Hook(LOCK_HOOKS, "syncMethodEnter", OBJECT_SITE);
  static final Hook SYNC_METHOD_EXIT = new Hook(LOCK_HOOKS, "syncMethodExit", "(I)V");
  private static final String ITEM = "Ljava/lang/Object;Ljava/lang/Object;JII)V";
  static final Hook CALL_BEFORE = new Hook(CONCURRENT_HOOKS, "before", "(" + ITEM);
  static final Hook CALL_AFTER = new Hook(CONCURRENT_HOOKS, "after", "(" + ITEM);
  static final Hook CALL_AFTER_OBJECT =
      new Hook(CONCURRENT_HOOKS, "afterObject", "(Ljava/lang/Object;" + ITEM);
  static final Hook CALL_AFTER_BOOLEAN = new Hook(CONCURRENT_HOOKS, "afterBoolean", "(Z" + ITEM);
  static final Hook CALL_AFTER_INT = new Hook(CONCURRENT_HOOKS, "afterInt", "(I" + ITEM);
  static final Hook CAUGHT = new Hook(CONCURRENT_HOOKS, "caught", "(Ljava/lang/Throwable;I)V");

  private static final String MAP_KEY = "(Ljava/util/Map;Ljava/lang/Object;";
  private static final String BI_FUNCTION_SITE =
      "Ljava/util/function/BiFunction;II)Ljava/lang/Object;";
  static final Hook MAP_COMPUTE = new Hook(MAP_HOOKS, "compute", MAP_KEY + BI_FUNCTION_SITE);
  static final Hook MAP_COMPUTE_IF_ABSENT =
      new Hook(
          MAP_HOOKS,
          "computeIfAbsent",
          MAP_KEY + "Ljava/util/function/Function;II)Ljava/lang/Object;");
  static final Hook MAP_COMPUTE_IF_PRESENT =
      new Hook(MAP_HOOKS, "computeIfPresent", MAP_KEY + BI_FUNCTION_SITE);
  static final Hook MAP_MERGE =
      new Hook(MAP_HOOKS, "merge", MAP_KEY + "Ljava/lang/Object;" + BI_FUNCTION_SITE);
  static final Hook LOCK_CREATED = new Hook(LOCK_HOOKS, "created", OBJECT_SITE);
  static final Hook READ = new Hook(FIELD_HOOKS, "read", OBJECT_FIELD_SITE);
  static final Hook WRITE = new Hook(FIELD_HOOKS, "write", OBJECT_FIELD_SITE);
  static final Hook READ_STATIC = new Hook(FIELD_HOOKS, "readStatic", FIELD_SITE);
  static final Hook WRITE_STATIC = new Hook(FIELD_HOOKS, "writeStatic", FIELD_SITE);
  static final Hook VOLATILE_READ = new Hook(FIELD_HOOKS, "volatileRead", OBJECT_FIELD);
  static final Hook VOLATILE_WRITE = new Hook(FIELD_HOOKS, "volatileWrite", OBJECT_FIELD);
  static final Hook VOLATILE_READ_STATIC = new Hook(FIELD_HOOKS, "volatileReadStatic", FIELD);
  static final Hook VOLATILE_WRITE_STATIC = new Hook(FIELD_HOOKS, "volatileWriteStatic", FIELD);
  static final Hook FIELD_HANDLE_CREATED =
      new Hook(
          FIELD_HOOKS,
          "handleCreated",
          "(Ljava/lang/Object;Ljava/lang/Class;Ljava/lang/String;Z)V");
  static final Hook FIELD_OFFSET_CREATED =
      new Hook(FIELD_HOOKS, "offsetCreated", "(JLjava/lang/reflect/Field;)V");
  static final Hook CLASS_INIT_START = new Hook(FIELD_HOOKS, "classInitStart", FIELD);
  static final Hook CLASS_INIT_END = new Hook(FIELD_HOOKS, "classInitEnd", FIELD);
  private static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
  private static final String METHOD_TYPE_SITE =
      "Ljava/lang/String;Ljava/lang/invoke/MethodType;I)Ljava/lang/invoke/MethodHandle;";
  static final Hook HANDLE_FIND_VIRTUAL =
      new Hook(HANDLE_HOOKS, "findVirtual", "(" + LOOKUP + "Ljava/lang/Class;" + METHOD_TYPE_SITE);
  static final Hook HANDLE_UNREFLECT =
      new Hook(
          HANDLE_HOOKS,
          "unreflect",
          "(" + LOOKUP + "Ljava/lang/reflect/Method;I)Ljava/lang/invoke/MethodHandle;");
  static final Hook HANDLE_BIND =
      new Hook(HANDLE_HOOKS, "bind", "(" + LOOKUP + "Ljava/lang/Object;" + METHOD_TYPE_SITE);
  private static final String SITE_LOCK = "(ILjava/util/concurrent/locks/Lock;)";
  static final Hook HANDLE_LOCK = new Hook(HANDLE_HOOKS, "lock", SITE_LOCK + "V");
  static final Hook HANDLE_LOCK_INTERRUPTIBLY =
      new Hook(HANDLE_HOOKS, "lockInterruptibly", SITE_LOCK + "V");
  static final Hook HANDLE_TRY_LOCK = new Hook(HANDLE_HOOKS, "tryLock", SITE_LOCK + "Z");
  static final Hook HANDLE_UNLOCK = new Hook(HANDLE_HOOKS, "unlock", SITE_LOCK + "V");
  static final Hook ARRAY_READ = new Hook(ARRAY_HOOKS, "read", ARRAY_NAME_SITE);
  static final Hook ARRAY_WRITE = new Hook(ARRAY_HOOKS, "write", ARRAY_NAME_SITE);

  private HookNames() {}
}
