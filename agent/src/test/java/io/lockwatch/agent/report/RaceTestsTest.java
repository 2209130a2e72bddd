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
  void a_race_outside_any_test_names_no_test() throws Exception {
    FreshThread.run(() -> sink.fieldAccess(shop, field, site, true));
    FreshThread.run(() -> sink.fieldAccess(shop, field, site, true));

    assertThat(RaceSection.of(context))
        .singleElement()
        .satisfies(r -> assertThat(r.tests()).isNullOrEmpty());
  }
}
