package io.lockwatch.engine.deadlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DeadlockSearchTest {

  @Test
  void two_threads_taking_two_locks_in_opposite_orders_is_one_deadlock() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.nest(1, a, "a1", b, "b1").nest(2, b, "b2", a, "a2");

    SearchResult result = s.search();

    assertThat(result.findings()).hasSize(1);
    DeadlockFinding f = result.findings().get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.DEADLOCK);
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.predicted()).isFalse();
    assertThat(f.occurrences()).isEqualTo(1);
    assertThat(f.witness()).hasSize(2);
    assertThat(f.threads()).containsExactlyInAnyOrder(1, 2);
    assertThat(result.complete()).isTrue();
  }

  @Test
  void the_same_thread_taking_both_orders_is_no_deadlock() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.nest(1, a, "a1", b, "b1").nest(1, b, "b2", a, "a2");

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("sameThread", 1L);
  }

  @Test
  void a_common_gate_lock_keeps_the_two_orders_apart() {
    Scenario s = new Scenario();
    int gate = s.monitor("Gate");
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.take(1, gate, "g1").nest(1, a, "a1", b, "b1").release(1, gate);
    s.take(2, gate, "g2").nest(2, b, "b2", a, "a2").release(2, gate);

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("gateLock", 1L);
  }

  @Test
  void a_semaphore_of_ten_permits_is_no_gate() {
    Scenario s = new Scenario();
    int pool = s.semaphore(s.lockClass("Pool", LockKind.SEMAPHORE), 10, false);
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.take(1, pool, "p1").nest(1, a, "a1", b, "b1").release(1, pool);
    s.take(2, pool, "p2").nest(2, b, "b2", a, "a2").release(2, pool);

    assertThat(s.search().findings())
        .singleElement()
        .extracting(DeadlockFinding::kind)
        .isEqualTo(FindingKind.DEADLOCK);
  }

  @Test
  void a_semaphore_of_one_permit_is_a_gate() {
    Scenario s = new Scenario();
    int mutex = s.semaphore(s.lockClass("Mutex", LockKind.SEMAPHORE), 1, false);
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.take(1, mutex, "p1").nest(1, a, "a1", b, "b1").release(1, mutex);
    s.take(2, mutex, "p2").nest(2, b, "b2", a, "a2").release(2, mutex);

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("gateLock", 1L);
  }

  @Test
  void a_cycle_through_a_semaphore_of_many_permits_is_a_permit_exhaustion() {
    Scenario s = new Scenario();
    int pool = s.semaphore(s.lockClass("Pool", LockKind.SEMAPHORE), 4, false);
    int lock = s.monitor("Lock");
    s.nest(1, lock, "l1", pool, "p1").nest(2, pool, "p2", lock, "l2");

    DeadlockFinding f = s.search().findings().get(0);

    assertThat(f.kind()).isEqualTo(FindingKind.PERMIT_EXHAUSTION);
    assertThat(f.severity()).isEqualTo(Severity.LOW);
    assertThat(f.detail()).contains("4 permits").contains("4 holders");
  }

  @Test
  void a_cycle_through_a_binary_semaphore_is_a_deadlock() {
    Scenario s = new Scenario();
    int permit = s.semaphore(s.lockClass("Permit", LockKind.SEMAPHORE), 1, false);
    int lock = s.monitor("Lock");
    s.nest(1, lock, "l1", permit, "p1").nest(2, permit, "p2", lock, "l2");

    assertThat(s.search().findings().get(0).kind()).isEqualTo(FindingKind.DEADLOCK);
  }

  @Test
  void a_holder_of_every_permit_exhausts_the_semaphore_alone() {
    Scenario s = new Scenario();
    int pool = s.semaphore(s.lockClass("Pool", LockKind.SEMAPHORE), 3, false);
    int lock = s.monitor("Lock");
    s.nest(1, lock, "l1", pool, "p1");
    s.take(2, pool, "p2", Share.EXCLUSIVE, Wait.BLOCKING, 3).take(2, lock, "l2");

    assertThat(s.search().findings().get(0).kind()).isEqualTo(FindingKind.DEADLOCK);
  }

  @Test
  void a_signal_semaphore_holds_nothing() {
    Scenario s = new Scenario();
    int wakeUp = s.semaphore(s.lockClass("WakeUp", LockKind.SEMAPHORE), 1, true);
    int lock = s.monitor("Lock");
    s.nest(1, lock, "l1", wakeUp, "w1").nest(2, wakeUp, "w2", lock, "l2");

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("signal", 1L);
  }

  @Test
  void try_lock_never_blocks() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.nest(1, a, "a1", b, "b1");
    s.take(2, b, "b2").take(2, a, "a2", Share.EXCLUSIVE, Wait.TRY);

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("tryLock", 1L);
  }

  @Test
  void the_first_acquisition_of_a_fresh_lock_never_blocks() {
    Scenario s = new Scenario();
    int pool = s.monitor("Pool");
    int fresh = s.monitor("Writer");
    s.take(1, pool, "pool").take(1, fresh, "lockNew", Share.EXCLUSIVE, Wait.FIRST);
    s.release(1, fresh).release(1, pool);
    s.nest(2, fresh, "useWriter", pool, "returnToPool");

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("firstAcquisition", 1L);
  }

  @Test
  void a_timed_acquisition_makes_a_stall() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.nest(1, a, "a1", b, "b1");
    s.take(2, b, "b2").take(2, a, "a2", Share.EXCLUSIVE, Wait.TIMED);

    DeadlockFinding f = s.search().findings().get(0);

    assertThat(f.kind()).isEqualTo(FindingKind.STALL);
    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void readers_waiting_on_readers_need_a_writer() {
    for (boolean writer : new boolean[] {false, true}) {
      Scenario s = new Scenario();
      int rw = s.lockClass("RW", LockKind.READ_WRITE);
      int a = s.readWriteLock(rw, writer);
      int b = s.readWriteLock(s.lockClass("RW2", LockKind.READ_WRITE), writer);
      s.take(1, a, "a1", Share.READ, Wait.BLOCKING).take(1, b, "b1", Share.READ, Wait.BLOCKING);
      s.release(1, b).release(1, a);
      s.take(2, b, "b2", Share.READ, Wait.BLOCKING).take(2, a, "a2", Share.READ, Wait.BLOCKING);

      SearchResult result = s.search();

      if (writer) {
        assertThat(result.findings())
            .singleElement()
            .extracting(DeadlockFinding::kind)
            .isEqualTo(FindingKind.READ_WRITE);
      } else {
        assertThat(result.findings()).isEmpty();
        assertThat(result.filtered()).containsEntry("readOnly", 1L);
      }
    }
  }

  @Test
  void three_threads_in_a_ring_are_one_deadlock() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    int c = s.monitor("C");
    s.nest(1, a, "a1", b, "b1").nest(2, b, "b2", c, "c2").nest(3, c, "c3", a, "a3");

    SearchResult result = s.search();

    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.walk()).hasSize(3));
  }

  @Test
  void a_ring_of_three_locks_taken_by_two_threads_is_no_deadlock() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    int c = s.monitor("C");
    s.nest(1, a, "a1", b, "b1").nest(2, b, "b2", c, "c2").nest(1, c, "c3", a, "a3");

    assertThat(s.search().findings()).isEmpty();
  }

  @Test
  void the_same_order_on_other_objects_of_two_classes_is_a_predicted_deadlock() {
    Scenario s = new Scenario();
    int accountClass = s.lockClass("Account");
    int ledgerClass = s.lockClass("Ledger");
    int account1 = s.lock(accountClass);
    int ledger1 = s.lock(ledgerClass);
    int account2 = s.lock(accountClass);
    int ledger2 = s.lock(ledgerClass);
    s.nest(1, account1, "post", ledger1, "post-ledger");
    s.nest(2, ledger2, "audit", account2, "audit-account");

    DeadlockFinding f = s.search().findings().get(0);

    assertThat(f.predicted()).isTrue();
    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(f.witness()).isNull();
  }

  @Test
  void other_maps_of_the_jdk_type_predict_nothing_but_the_same_maps_still_deadlock() {
    Scenario predicted = new Scenario();
    int mapClass = predicted.lockClass("java.util.concurrent.ConcurrentHashMap");
    int cacheClass = predicted.lockClass("com.example.Cache");
    predicted.nest(1, predicted.lock(cacheClass), "evict", predicted.lock(mapClass), "remove");
    predicted.nest(2, predicted.lock(mapClass), "compute", predicted.lock(cacheClass), "load");

    SearchResult unrelatedMaps = predicted.search();

    assertThat(unrelatedMaps.findings()).as("two different maps of two libraries").isEmpty();
    assertThat(unrelatedMaps.filtered()).containsEntry("jdkTypeClass", 1L);

    Scenario observed = new Scenario();
    int map = observed.lock(observed.lockClass("java.util.concurrent.ConcurrentHashMap"));
    int cache = observed.lock(observed.lockClass("com.example.Cache"));
    observed.nest(1, cache, "evict", map, "remove");
    observed.nest(2, map, "compute", cache, "load");

    assertThat(observed.search().findings())
        .singleElement()
        .satisfies(f -> assertThat(f.predicted()).as("this run's own map and cache").isFalse());
  }

  @Test
  void object_monitors_and_jdk_lock_types_stay_predictive() {
    assertThat(SharedTypeClasses.isShared("java.lang.Object")).isFalse();
    assertThat(SharedTypeClasses.isShared("java.util.concurrent.locks.ReentrantLock")).isFalse();
    assertThat(SharedTypeClasses.isShared("java.util.concurrent.Semaphore")).isFalse();
    assertThat(SharedTypeClasses.isShared("field java.io.PrintStream.lock")).isFalse();
    assertThat(SharedTypeClasses.isShared("java.io.PrintStream")).isTrue();
    assertThat(
            SharedTypeClasses.isShared(
                "java.util.concurrent.locks.ReentrantLock in java.util.concurrent.DelayQueue"))
        .as("a JDK class's internal lock")
        .isTrue();
    assertThat(SharedTypeClasses.isShared("java.lang.Object in com.example.Pool")).isFalse();
    assertThat(SharedTypeClasses.isShared("com.example.Account")).isFalse();
  }

  @Test
  void accounts_locked_in_a_global_order_are_silent_however_many() {
    Scenario s = new Scenario();
    int accountClass = s.lockClass("Account");
    int[] accounts = new int[1000];
    for (int i = 0; i < accounts.length; i++) {
      accounts[i] = s.lock(accountClass);
    }
    Random random = new Random(7);
    for (int t = 1; t <= 2; t++) {
      for (int n = 0; n < 20_000; n++) {
        int x = random.nextInt(accounts.length);
        int y = random.nextInt(accounts.length);
        if (x != y) {
          s.nest(t, accounts[Math.min(x, y)], "outer", accounts[Math.max(x, y)], "inner");
        }
      }
    }

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry(DeadlockSearch.NO_INSTANCE_CYCLE, 1L);
    assertThat(result.complete()).isTrue();
  }

  @Test
  void a_thousand_accounts_transferred_at_random_by_two_tellers_are_one_finding_with_a_count() {
    Scenario s = new Scenario();
    int accountClass = s.lockClass("Account");
    int[] accounts = new int[1000];
    for (int i = 0; i < accounts.length; i++) {
      accounts[i] = s.lock(accountClass);
    }
    Random random = new Random(11);
    for (int t = 1; t <= 2; t++) {
      for (int n = 0; n < 20_000; n++) {
        int from = random.nextInt(accounts.length);
        int to = random.nextInt(accounts.length);
        if (from != to) {
          s.nest(t, accounts[from], "transfer-outer", accounts[to], "transfer-inner");
        }
      }
    }

    SearchResult result = s.search();

    assertThat(result.findings()).hasSize(1);
    DeadlockFinding f = result.findings().get(0);
    assertThat(f.predicted()).isFalse();
    assertThat(f.occurrences()).isGreaterThan(1);
    assertThat(result.complete()).isTrue();
  }

  @Test
  void a_class_nested_in_itself_needs_an_instance_cycle() {
    Scenario s = new Scenario();
    int nodeClass = s.lockClass("Node");
    int n1 = s.lock(nodeClass);
    int n2 = s.lock(nodeClass);
    int n3 = s.lock(nodeClass);
    int n4 = s.lock(nodeClass);
    s.nest(1, n1, "parent", n2, "child").nest(2, n4, "parent", n3, "child");

    SearchResult result = s.search();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry(DeadlockSearch.NO_INSTANCE_CYCLE, 1L);
  }

  @Test
  void the_fingerprint_does_not_depend_on_which_thread_came_first() {
    Scenario first = new Scenario();
    int a = first.monitor("A");
    int b = first.monitor("B");
    first.nest(1, a, "a1", b, "b1").nest(2, b, "b2", a, "a2");
    Scenario second = new Scenario();
    int b2 = second.monitor("B");
    int a2 = second.monitor("A");
    second.nest(5, b2, "b2", a2, "a2").nest(9, a2, "a1", b2, "b1");

    assertThat(second.search().findings().get(0).fingerprint())
        .isEqualTo(first.search().findings().get(0).fingerprint());
  }

  @Test
  void a_late_cycle_among_many_ordered_edges_is_found_within_budget() {
    Scenario s = new Scenario();
    int objects = s.lockClass("java.lang.Object");
    int[] locks = new int[10_000];
    for (int i = 0; i < locks.length; i++) {
      locks[i] = s.lock(objects);
    }
    Random random = new Random(3);
    for (int n = 0; n < 350_000; n++) {
      int x = random.nextInt(locks.length);
      int y = random.nextInt(locks.length);
      if (x != y) {
        s.nest(
            1 + n % 64,
            locks[Math.min(x, y)],
            "ordered-outer",
            locks[Math.max(x, y)],
            "ordered-inner");
      }
    }
    s.nest(65, locks[9_000], "late-outer", locks[10], "late-inner");
    s.nest(1, locks[10], "ordered-outer", locks[9_000], "ordered-inner");

    long started = System.nanoTime();
    DeadlockFacts facts = s.facts();
    long built = System.nanoTime();
    SearchResult result = DeadlockSearch.run(facts, SearchLimits.defaults());
    System.out.printf(
        "late cycle: facts %d ms, search %d ms, %d cycles examined%n",
        (built - started) / 1_000_000,
        (System.nanoTime() - built) / 1_000_000,
        result.cyclesExamined());

    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.predicted()).isFalse());
    assertThat(result.complete()).isTrue();
  }

  @Test
  void a_search_that_runs_out_of_steps_says_so() {
    Scenario s = new Scenario();
    int a = s.monitor("A");
    int b = s.monitor("B");
    s.nest(1, a, "a1", b, "b1").nest(2, b, "b2", a, "a2");

    SearchResult result = s.search(new SearchLimits(6, 100, 1, 100));

    assertThat(result.complete()).isFalse();
    assertThat(result.shortfalls()).extracting(Shortfall::budget).contains("maxSearchSteps");
  }

  @Test
  void more_findings_than_the_budget_are_a_shortfall() {
    Scenario s = new Scenario();
    for (int i = 0; i < 3; i++) {
      int a = s.monitor("A" + i);
      int b = s.monitor("B" + i);
      s.nest(1, a, "a1-" + i, b, "b1-" + i).nest(2, b, "b2-" + i, a, "a2-" + i);
    }

    SearchResult result = s.search(new SearchLimits(6, 2, 1_000_000, 100));

    assertThat(result.findings()).hasSize(2);
    assertThat(result.shortfalls()).extracting(Shortfall::budget).containsExactly("maxCycles");
  }

  @Test
  void dropped_instance_facts_make_the_analysis_incomplete() {
    Scenario s = new Scenario();
    s.monitor("A");
    s.dropped(12);

    assertThat(s.search().shortfalls()).extracting(Shortfall::budget).containsExactly("maxEdges");
  }

  @Test
  void class_level_facts_alone_predict_cycles_between_distinct_classes_only() {
    DeadlockFactsBuilder builder = new DeadlockFactsBuilder(8);
    int a = builder.lockClass("A", LockKind.MONITOR);
    int b = builder.lockClass("B", LockKind.MONITOR);
    int self = builder.lockClass("Self", LockKind.MONITOR);
    builder.classDependency(
        1, a, b, 0, 1, Share.EXCLUSIVE, Share.EXCLUSIVE, Wait.BLOCKING, new int[] {a}, 1);
    builder.classDependency(
        2, b, a, 2, 3, Share.EXCLUSIVE, Share.EXCLUSIVE, Wait.BLOCKING, new int[] {b}, 1);
    builder.classDependency(
        1, self, self, 4, 5, Share.EXCLUSIVE, Share.EXCLUSIVE, Wait.BLOCKING, new int[] {self}, 1);
    builder.classDependency(
        2, self, self, 4, 5, Share.EXCLUSIVE, Share.EXCLUSIVE, Wait.BLOCKING, new int[] {self}, 1);

    SearchResult result =
        DeadlockSearch.run(builder.build(i -> "site" + i, 0), SearchLimits.defaults());

    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.predicted()).isTrue());
  }
}
