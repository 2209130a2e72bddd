package io.lockwatch.agent.runtime.hb;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the contract table: a thread does something and then the publishing call, a
 * second thread makes the observing call, and the second must know the first's past exactly when
 * the JDK documents a happens-before edge between the two, and never otherwise. The threads are
 * clocks driven by hand, so only the calls order them.
 */
class ContractRowsTest {
  private final HappensBefore hb =
      new HappensBefore(
          new LockTable(new SiteRegistry(), new LockClasses(), node -> {}), new LockClocks());
  private final ThreadClock first = new ThreadClock(0);
  private final ThreadClock second = new ThreadClock(1);
  private final long firstsPast = first.epoch();

  /** A call of {@code name} with {@code arguments} arguments on an object of {@code family}. */
  private static int code(int family, String name, int arguments) {
    int code = Contracts.code(family, name, arguments);
    assertThat(code).as("a row for %s/%d", name, arguments).isNotZero();
    return code;
  }

  /** {@code thread} calls it: before and after, returning {@code outcome}. */
  private void call(
      ThreadClock thread, Object target, Object key, long index, int code, boolean outcome) {
    hb.call(thread, target, key, index, code, false, true);
    hb.call(thread, target, key, index, code, true, outcome);
  }

  private void call(ThreadClock thread, Object target, int code, boolean outcome) {
    call(thread, target, null, 0, code, outcome);
  }

  private boolean secondKnowsFirst() {
    return second.knows(firstsPast);
  }

  @Test
  void an_atomic_set_is_seen_by_a_get_and_two_gets_order_nothing() {
    AtomicLong counter = new AtomicLong();
    call(first, counter, code(Contracts.ATOMIC, "get", 0), true);
    call(second, counter, code(Contracts.ATOMIC, "get", 0), true);
    assertThat(secondKnowsFirst()).as("get then get").isFalse();

    call(first, counter, code(Contracts.ATOMIC, "set", 1), true);
    call(second, counter, code(Contracts.ATOMIC, "get", 0), true);
    assertThat(secondKnowsFirst()).as("set then get").isTrue();
  }

  @Test
  void read_modify_writes_publish_and_observe_and_plain_and_opaque_modes_have_no_row() {
    AtomicLong counter = new AtomicLong();
    call(first, counter, code(Contracts.ATOMIC, "incrementAndGet", 0), true);
    call(second, counter, code(Contracts.ATOMIC, "compareAndSet", 2), false);
    assertThat(secondKnowsFirst()).as("increment then a failed CAS, which still reads").isTrue();

    assertThat(Contracts.code(Contracts.ATOMIC, "getPlain", 0)).isZero();
    assertThat(Contracts.code(Contracts.ATOMIC, "getOpaque", 0)).isZero();
    assertThat(Contracts.code(Contracts.ATOMIC, "setPlain", 1)).isZero();
    assertThat(Contracts.code(Contracts.ATOMIC, "weakCompareAndSetPlain", 2)).isZero();
  }

  @Test
  void lazy_set_is_a_release_and_a_get_acquire_an_acquire() {
    AtomicReference<Object> ref = new AtomicReference<>();
    call(first, ref, code(Contracts.ATOMIC, "lazySet", 1), true);
    call(second, ref, code(Contracts.ATOMIC, "getAcquire", 0), true);
    assertThat(secondKnowsFirst()).isTrue();
  }

  @Test
  void an_atomic_array_orders_by_index() {
    AtomicIntegerArray array = new AtomicIntegerArray(4);
    call(first, array, null, 1, code(Contracts.ATOMIC_ARRAY, "set", 2), true);
    call(second, array, null, 2, code(Contracts.ATOMIC_ARRAY, "get", 1), true);
    assertThat(secondKnowsFirst()).as("another index").isFalse();
    call(second, array, null, 1, code(Contracts.ATOMIC_ARRAY, "get", 1), true);
    assertThat(secondKnowsFirst()).as("the same index").isTrue();
  }

  @Test
  void an_adder_publishes_to_its_sum_but_increments_order_nothing() {
    LongAdder adder = new LongAdder();
    call(first, adder, code(Contracts.ADDER, "increment", 0), true);
    call(second, adder, code(Contracts.ADDER, "increment", 0), true);
    assertThat(secondKnowsFirst()).as("increment then increment").isFalse();
    call(second, adder, code(Contracts.ADDER, "sum", 0), true);
    assertThat(secondKnowsFirst()).as("increment then sum").isTrue();
  }

  @Test
  void a_stamped_reference_set_is_seen_by_its_get() {
    AtomicStampedReference<Object> ref = new AtomicStampedReference<>(null, 0);
    call(first, ref, code(Contracts.STAMPED, "set", 2), true);
    call(second, ref, code(Contracts.STAMPED, "getReference", 0), true);
    assertThat(secondKnowsFirst()).isTrue();
  }

  /** A target of field updaters and handles. */
  static final class Node {
    volatile Object next;
    int flag;
  }

  @Test
  void a_field_updater_orders_by_the_object_it_updates() {
    AtomicReferenceFieldUpdater<Node, Object> updater =
        AtomicReferenceFieldUpdater.newUpdater(Node.class, Object.class, "next");
    Node one = new Node();
    Node other = new Node();
    call(first, updater, one, 0, code(Contracts.UPDATER, "set", 2), true);
    call(second, updater, other, 0, code(Contracts.UPDATER, "get", 1), true);
    assertThat(secondKnowsFirst()).as("another object").isFalse();
    call(second, updater, one, 0, code(Contracts.UPDATER, "get", 1), true);
    assertThat(secondKnowsFirst()).as("the same object").isTrue();
  }

  @Test
  void a_var_handle_orders_by_the_object_it_touches_not_by_the_handle() throws Exception {
    VarHandle flag = MethodHandles.lookup().findVarHandle(Node.class, "flag", int.class);
    Node one = new Node();
    Node other = new Node();
    call(first, flag, one, 0, code(Contracts.VARHANDLE, "setRelease", 2), true);
    call(second, flag, other, 0, code(Contracts.VARHANDLE, "getAcquire", 1), true);
    assertThat(secondKnowsFirst()).as("another object").isFalse();
    call(second, flag, one, 0, code(Contracts.VARHANDLE, "getAcquire", 1), true);
    assertThat(secondKnowsFirst()).as("the same object").isTrue();
    assertThat(Contracts.code(Contracts.VARHANDLE, "get", 1)).as("plain").isZero();
    assertThat(Contracts.code(Contracts.VARHANDLE, "setOpaque", 2)).as("opaque").isZero();
  }

  @Test
  void an_array_var_handle_orders_by_element() {
    VarHandle elements = MethodHandles.arrayElementVarHandle(int[].class);
    int[] array = new int[8];
    call(first, elements, array, 3, code(Contracts.VARHANDLE, "setVolatile", 3), true);
    call(second, elements, array, 4, code(Contracts.VARHANDLE, "getVolatile", 2), true);
    assertThat(secondKnowsFirst()).as("another element").isFalse();
    call(second, elements, array, 3, code(Contracts.VARHANDLE, "getVolatile", 2), true);
    assertThat(secondKnowsFirst()).as("the same element").isTrue();
  }

  @Test
  void unsafe_orders_by_object_and_offset() {
    Object base = new Object();
    Object unsafe = new Object(); // stands for the Unsafe instance: only the item matters
    call(first, unsafe, base, 16, code(Contracts.UNSAFE, "putIntVolatile", 3), true);
    call(second, unsafe, base, 24, code(Contracts.UNSAFE, "getIntVolatile", 2), true);
    assertThat(secondKnowsFirst()).as("another offset").isFalse();
    call(second, unsafe, base, 16, code(Contracts.UNSAFE, "compareAndSwapInt", 4), true);
    assertThat(secondKnowsFirst()).as("the same offset").isTrue();
  }

  @Test
  void an_interrupt_is_seen_by_is_interrupted_returning_true_only() {
    Thread target = new Thread(() -> {});
    call(first, target, code(Contracts.THREAD, "interrupt", 0), true);
    call(second, target, code(Contracts.THREAD, "isInterrupted", 0), false);
    assertThat(secondKnowsFirst()).as("isInterrupted() false").isFalse();
    call(second, target, code(Contracts.THREAD, "isInterrupted", 0), true);
    assertThat(secondKnowsFirst()).as("isInterrupted() true").isTrue();
  }

  @Test
  void an_interrupt_is_seen_by_the_interrupted_thread_that_catches_or_tests_it() throws Exception {
    ThreadClock[] seen = new ThreadClock[2];
    int caught = code(Contracts.THREAD, Contracts.INTERRUPT_CAUGHT, 0);
    Thread target =
        new Thread(
            () -> {
              seen[0] = new ThreadClock(2);
              seen[1] = new ThreadClock(3);
              hb.call(seen[0], null, null, 0, caught, true, true); // InterruptedException
              call(seen[1], null, code(Contracts.THREAD, "interrupted", 0), true);
            });
    call(first, target, code(Contracts.THREAD, "interrupt", 0), true);
    target.start();
    target.join();
    assertThat(seen[0].knows(firstsPast)).as("caught").isTrue();
    assertThat(seen[1].knows(firstsPast)).as("Thread.interrupted()").isTrue();
  }

  @Test
  void is_alive_returning_false_orders_like_a_join_and_true_orders_nothing() throws Exception {
    long[] endedEpoch = new long[1];
    Thread ended =
        new Thread(
            () -> {
              ThreadClock own = ThreadClocks.forCurrentThread(null);
              endedEpoch[0] = own.epoch();
            });
    ended.start();
    ended.join();
    call(second, ended, code(Contracts.THREAD, "isAlive", 0), true);
    assertThat(second.knows(endedEpoch[0])).as("isAlive() true").isFalse();
    call(second, ended, code(Contracts.THREAD, "isAlive", 0), false);
    assertThat(second.knows(endedEpoch[0])).as("isAlive() false").isTrue();
  }

  @Test
  void a_concurrent_map_orders_a_put_with_a_get_of_that_key_that_found_a_value() {
    ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    int put = code(Contracts.DYNAMIC, "put", 2);
    int get = code(Contracts.DYNAMIC, "get", 1);
    call(first, map, "a", 0, put, false);
    call(second, map, "b", 0, get, true);
    assertThat(secondKnowsFirst()).as("a get of another key").isFalse();
    call(second, map, "a", 0, get, false);
    assertThat(secondKnowsFirst()).as("a get of the key that found nothing").isFalse();
    call(second, map, new String("a"), 0, get, true);
    assertThat(secondKnowsFirst()).as("a get of an equal key that found the value").isTrue();
  }

  @Test
  void reads_of_a_concurrent_map_never_publish() {
    ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    for (String read : new String[] {"get", "containsKey", "getOrDefault"}) {
      int code = code(Contracts.DYNAMIC, read, read.equals("getOrDefault") ? 2 : 1);
      call(first, map, "a", 0, code, true);
      call(second, map, "a", 0, code, true);
    }
    call(second, map, null, 0, code(Contracts.DYNAMIC, "values", 0), true);
    assertThat(secondKnowsFirst()).isFalse();
  }

  @Test
  void bulk_writes_reach_every_key_and_every_update_reaches_iteration() {
    ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    call(first, map, new HashMap<>(), 0, code(Contracts.DYNAMIC, "putAll", 1), true);
    call(second, map, "any", 0, code(Contracts.DYNAMIC, "get", 1), true);
    assertThat(secondKnowsFirst()).as("putAll then get").isTrue();

    ThreadClock third = new ThreadClock(2);
    ConcurrentHashMap<String, Object> other = new ConcurrentHashMap<>();
    call(first, other, "k", 0, code(Contracts.DYNAMIC, "put", 2), false);
    call(third, other, null, 0, code(Contracts.DYNAMIC, "forEach", 1), true);
    assertThat(third.knows(firstsPast)).as("put then forEach").isTrue();
  }

  @Test
  void a_mapping_function_starts_after_the_last_update_of_its_key_and_publishes_its_work() {
    ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();
    int function = code(Contracts.KEYED_MAP, Contracts.MAPPING_FUNCTION, 0);
    hb.call(first, map, "k", 0, function, false, true);
    hb.call(first, map, "k", 0, function, true, true);
    hb.call(second, map, "other", 0, function, false, true);
    assertThat(secondKnowsFirst()).as("another key's function").isFalse();
    hb.call(second, map, "k", 0, function, false, true);
    assertThat(secondKnowsFirst()).as("the same key's function").isTrue();
  }

  /** A key whose equals is the application's: it must never be called. */
  record AppKey(int id) {
    @Override
    public boolean equals(Object other) {
      throw new AssertionError("the agent called an application's equals");
    }

    @Override
    public int hashCode() {
      throw new AssertionError("the agent called an application's hashCode");
    }
  }

  @Test
  void keys_with_identity_equality_are_told_apart_and_application_keys_share_one_clock() {
    ConcurrentHashMap<Object, Object> map = new ConcurrentHashMap<>();
    int put = code(Contracts.DYNAMIC, "put", 2);
    int get = code(Contracts.DYNAMIC, "get", 1);
    Object identity = new Object();
    call(first, map, identity, 0, put, false);
    call(second, map, new Object(), 0, get, true);
    assertThat(secondKnowsFirst()).as("another identity key").isFalse();
    call(second, map, UUID.randomUUID(), 0, get, true);
    assertThat(secondKnowsFirst()).as("a value key").isFalse();

    ConcurrentHashMap<Object, Object> apps = new ConcurrentHashMap<>();
    call(first, apps, new AppKey(1), 0, put, false);
    call(second, apps, new AppKey(2), 0, get, true);
    assertThat(secondKnowsFirst()).as("application keys: one clock, never equals()").isTrue();
  }

  @Test
  void a_concurrent_set_orders_by_element() {
    var set = ConcurrentHashMap.<String>newKeySet();
    call(first, set, "x", 0, code(Contracts.DYNAMIC, "add", 1), true);
    call(second, set, "y", 0, code(Contracts.DYNAMIC, "contains", 1), true);
    assertThat(secondKnowsFirst()).isFalse();
    call(second, set, "x", 0, code(Contracts.DYNAMIC, "contains", 1), true);
    assertThat(secondKnowsFirst()).isTrue();
  }

  @Test
  void a_queue_orders_an_offer_with_a_poll_that_returned_an_element() {
    ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    call(first, queue, code(Contracts.DYNAMIC, "offer", 1), true);
    call(second, queue, code(Contracts.DYNAMIC, "offer", 1), true);
    call(second, queue, code(Contracts.DYNAMIC, "poll", 0), false);
    assertThat(secondKnowsFirst()).as("offer, then an offer and an empty poll").isFalse();
    call(second, queue, code(Contracts.DYNAMIC, "peek", 0), true);
    assertThat(secondKnowsFirst()).as("a peek that saw an element").isTrue();
  }

  @Test
  void a_copy_on_write_list_orders_an_add_with_a_read() {
    CopyOnWriteArrayList<Object> list = new CopyOnWriteArrayList<>();
    call(first, list, code(Contracts.DYNAMIC, "get", 1), true);
    call(second, list, code(Contracts.DYNAMIC, "get", 1), true);
    assertThat(secondKnowsFirst()).as("get then get").isFalse();
    call(first, list, code(Contracts.DYNAMIC, "add", 1), true);
    call(second, list, code(Contracts.DYNAMIC, "iterator", 0), true);
    assertThat(secondKnowsFirst()).as("add then iterator").isTrue();
  }

  @Test
  void a_synchronized_collection_orders_every_call_like_its_lock() {
    Hashtable<String, Object> table = new Hashtable<>();
    call(first, table, "a", 0, code(Contracts.DYNAMIC, "get", 1), false);
    call(second, table, "b", 0, code(Contracts.DYNAMIC, "get", 1), false);
    assertThat(secondKnowsFirst()).isTrue();
  }

  @Test
  void a_call_through_map_on_a_hash_map_orders_nothing() {
    HashMap<String, Object> plain = new HashMap<>();
    call(first, plain, "a", 0, code(Contracts.DYNAMIC, "put", 2), false);
    call(second, plain, "a", 0, code(Contracts.DYNAMIC, "get", 1), true);
    assertThat(secondKnowsFirst()).isFalse();
  }
}
