package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.hb.Contracts;
import io.lockwatch.agent.runtime.race.RaceRecords;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.junit.jupiter.api.Test;
import sun.misc.Unsafe;

/**
 * A call through a field updater or a field's {@code VarHandle} and a plain volatile access of the
 * same field order each other, once the agent saw the handle made; a handle it did not see keeps a
 * clock of its own. The threads are not instrumented: only the reported events order them.
 */
class FieldHandleOrderTest {
  /** The class the handles are made for. */
  static class Box {
    volatile int state;
    static volatile long generation;
  }

  /** A subclass: a handle made for it names the field {@link Box} declares. */
  static class SubBox extends Box {}

  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, true, false));
  private final AgentEventSink on = new AgentEventSink(context);
  private final RaceRecords races = context.races();
  private final int site = context.sites().register("Box", "run", "Box.java", 1, null);
  private final int payload = context.fields().register(Box.class.getName(), "payload", false);
  private final int state = context.fields().register(Box.class.getName(), "state", false);
  private final int generation = context.fields().register(Box.class.getName(), "generation", true);
  private final AtomicIntegerFieldUpdater<Box> updater =
      AtomicIntegerFieldUpdater.newUpdater(Box.class, "state");

  private void call(Object handle, Object object, int code) {
    call(handle, object, 0, code);
  }

  private void call(Object handle, Object object, long index, int code) {
    on.call(handle, object, index, code, site, false, true);
    on.call(handle, object, index, code, site, true, true);
  }

  private static Unsafe unsafe() throws ReflectiveOperationException {
    Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
    theUnsafe.setAccessible(true);
    return (Unsafe) theUnsafe.get(null);
  }

  private static int code(int family, String name, int arguments) {
    return Contracts.code(family, name, arguments);
  }

  /** One thread writes the payload and publishes; another observes, then reads the payload. */
  private void handOff(Object box, Runnable publish, Runnable observe) throws Exception {
    FreshThread.run(
        () -> {
          on.fieldAccess(box, payload, site, true);
          publish.run();
        });
    FreshThread.run(
        () -> {
          observe.run();
          on.fieldAccess(box, payload, site, false);
        });
  }

  @Test
  void an_updater_set_is_seen_by_a_volatile_read_of_its_field() throws Exception {
    on.fieldHandle(updater, Box.class, "state", false);
    Box box = new Box();
    handOff(
        box,
        () -> call(updater, box, code(Contracts.UPDATER, "set", 2)),
        () -> on.volatileAccess(box, state, false));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void an_updater_the_agent_did_not_see_made_orders_nothing_with_the_field() throws Exception {
    Box box = new Box();
    handOff(
        box,
        () -> call(updater, box, code(Contracts.UPDATER, "set", 2)),
        () -> on.volatileAccess(box, state, false));
    assertThat(races.all())
        .singleElement()
        .satisfies(r -> assertThat(r.field()).isEqualTo(payload));
  }

  @Test
  void a_volatile_write_is_seen_by_a_handle_made_for_a_subclass() throws Exception {
    VarHandle handle = MethodHandles.lookup().findVarHandle(SubBox.class, "state", int.class);
    on.fieldHandle(handle, SubBox.class, "state", false);
    SubBox box = new SubBox();
    handOff(
        box,
        () -> on.volatileAccess(box, state, true),
        () -> call(handle, box, code(Contracts.VARHANDLE, "getAcquire", 1)));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_static_fields_handle_ignores_its_first_argument_and_uses_the_field() throws Exception {
    VarHandle handle =
        MethodHandles.lookup().findStaticVarHandle(Box.class, "generation", long.class);
    on.fieldHandle(handle, Box.class, "generation", true);
    Box box = new Box();
    handOff(
        box,
        () -> call(handle, box, code(Contracts.VARHANDLE, "setRelease", 1)), // box: a value
        () -> on.volatileAccess(null, generation, false));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_read_through_the_handle_and_a_volatile_read_order_nothing() throws Exception {
    on.fieldHandle(updater, Box.class, "state", false);
    Box box = new Box();
    handOff(
        box,
        () -> call(updater, box, code(Contracts.UPDATER, "get", 1)),
        () -> on.volatileAccess(box, state, false));
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void an_unsafe_ordered_put_at_a_fields_offset_is_seen_by_its_volatile_read() throws Exception {
    Unsafe unsafe = unsafe();
    long offset = unsafe.objectFieldOffset(Box.class.getDeclaredField("state"));
    on.fieldOffset(Box.class, "state", offset);
    SubBox box = new SubBox(); // the offset is looked up along the superclasses
    handOff(
        box,
        () -> call(unsafe, box, offset, code(Contracts.UNSAFE, "putOrderedInt", 3)),
        () -> on.volatileAccess(box, state, false));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void an_unsafe_put_at_an_offset_the_agent_did_not_see_orders_nothing_with_the_field()
      throws Exception {
    Unsafe unsafe = unsafe();
    long offset = unsafe.objectFieldOffset(Box.class.getDeclaredField("state"));
    Box box = new Box();
    handOff(
        box,
        () -> call(unsafe, box, offset, code(Contracts.UNSAFE, "putOrderedInt", 3)),
        () -> on.volatileAccess(box, state, false));
    assertThat(races.all()).hasSize(1);
  }
}
