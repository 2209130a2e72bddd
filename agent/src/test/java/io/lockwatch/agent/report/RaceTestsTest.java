package io.lockwatch.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.runtime.AgentEventSink;
import io.lockwatch.agent.runtime.FreshThread;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.report.model.UnguardedField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A race names the test whose threads met it; a race outside any test names none. */
class RaceTestsTest {
  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, true, false));
  private final AgentEventSink sink = new AgentEventSink(context);
  private final SiteRegistry sites = context.sites();
  private final int site = sites.register("com.example.Shop", "sell", "Shop.java", 12, null);
  private final int field = context.fields().register("com.example.Shop", "stock", false);
  private final Object shop = new Object();

  @Test
  void the_threads_a_test_started_name_it_in_the_race_they_meet() throws Exception {
    Thread test =
        new Thread(
            () -> {
              context.tests().started("com.example.ShopTest#sells_twice");
              try {
                FreshThread.run(() -> sink.fieldAccess(shop, field, site, true));
                FreshThread.run(() -> sink.fieldAccess(shop, field, site, true));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    test.start();
    test.join();

    List<UnguardedField> races = RaceSection.of(context);

    assertThat(races)
        .singleElement()
        .satisfies(r -> assertThat(r.tests()).containsExactly("com.example.ShopTest#sells_twice"));
  }

  @Test
  void a_race_between_two_tests_names_both_the_earlier_first() throws Exception {
    Runnable write = () -> sink.fieldAccess(shop, field, site, true);
    Thread runner =
        new Thread(
            () -> {
              try {
                context.tests().started("com.example.ShopTest#restocks");
                FreshThread.run(write);
                context.tests().finished("com.example.ShopTest#restocks");
                context.tests().started("com.example.ShopTest#sells");
                FreshThread.run(write);
                context.tests().finished("com.example.ShopTest#sells");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    runner.start();
    runner.join();

    assertThat(RaceSection.of(context))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.tests())
                    .containsExactly(
                        "com.example.ShopTest#restocks", "com.example.ShopTest#sells"));
  }

  @Test
  void a_pool_thread_names_the_test_of_the_task_it_ran_then_not_of_its_next_task()
      throws Exception {
    Object restock = new Object();
    Object sell = new Object();
    Object audit = new Object();
    Thread[] pool = new Thread[1];
    Thread runner =
        new Thread(
            () -> {
              try {
                context.tests().started("com.example.ShopTest#restocks");
                context.tests().taskSubmitted(restock);
                context.tests().finished("com.example.ShopTest#restocks");
                context.tests().started("com.example.ShopTest#audits");
                context.tests().taskSubmitted(audit);
                context.tests().finished("com.example.ShopTest#audits");
                context.tests().started("com.example.ShopTest#sells");
                context.tests().taskSubmitted(sell);
                // one pool thread, made outside the tests, runs restock and then audit
                pool[0] =
                    new Thread(
                        () -> {
                          sink.fieldAccess(audit, field, site, false); // a clock before any task
                          context.tests().taskStarted(restock);
                          sink.fieldAccess(shop, field, site, true);
                          context.tests().taskEnded(restock);
                          context.tests().taskStarted(audit);
                          sink.fieldAccess(audit, field, site, false);
                          context.tests().taskEnded(audit);
                        });
                pool[0].start();
                pool[0].join();
                context.tests().finished("com.example.ShopTest#sells");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    runner.start();
    runner.join();
    // the pool thread is long done; a thread of the last test writes without ordering after it
    Thread late =
        new Thread(
            () -> {
              context.tests().started("com.example.ShopTest#sells");
              sink.fieldAccess(shop, field, site, true);
            });
    late.start();
    late.join();

    assertThat(RaceSection.of(context))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.tests())
                    .containsExactly(
                        "com.example.ShopTest#restocks", "com.example.ShopTest#sells"));
  }

  @Test
  void a_race_outside_any_test_names_no_test() throws Exception {
    FreshThread.run(() -> sink.fieldAccess(shop, field, site, true));
    FreshThread.run(() -> sink.fieldAccess(shop, field, site, true));

    assertThat(RaceSection.of(context))
        .singleElement()
        .satisfies(r -> assertThat(r.tests()).isNullOrEmpty());
  }
}
