package io.lockwatch.agent.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Resolving a JDK lock site to the application call that led there, on synthetic stacks. */
class CallerSitesTest {
  private final SiteRegistry sites = new SiteRegistry();
  private final int vectorAdd = sites.register("java.util.Vector", "add", "Vector.java", 780, null);
  private final int appSite = sites.register("com.example.Shop", "sell", "Shop.java", 12, null);

  @AfterEach
  void everyClassIsTheApplications() {
    CallerSites.applicationIs(className -> true);
  }

  @Test
  void an_application_site_is_its_own_answer() {
    assertThat(CallerSites.resolve(sites, appSite, List.of())).isEqualTo(appSite);
  }

  @Test
  void a_jdk_site_is_the_application_frame_that_called_its_method_registered_once() {
    List<Frame> stack =
        List.of(
            frame("java.util.Vector", "add", 780),
            frame("com.example.Shop", "sell", 31),
            frame("java.lang.Thread", "run", 833));
    int resolved = CallerSites.resolve(sites, vectorAdd, stack);
    assertThat(sites.get(resolved).frame()).isEqualTo(frame("com.example.Shop", "sell", 31));
    assertThat(CallerSites.resolve(sites, vectorAdd, stack)).isEqualTo(resolved);
  }

  @Test
  void a_held_jdk_lock_resolves_past_the_callback_running_under_it() {
    List<Frame> stack =
        List.of(
            frame("com.example.Shop", "lambda$report$0", 40),
            frame("java.util.Vector", "forEach", 1360),
            frame("com.example.Shop", "report", 39));
    int forEach = sites.register("java.util.Vector", "forEach", "Vector.java", 1360, null);
    assertThat(sites.get(CallerSites.resolve(sites, forEach, stack)).line()).isEqualTo(39);
  }

  @Test
  void a_lock_held_after_the_jdk_helper_that_took_it_returned_resolves_through_its_caller() {
    int fullyLock =
        sites.register(
            "java.util.concurrent.LinkedBlockingQueue", "fullyLock", "LBQ.java", 264, null);
    List<Frame> stack =
        List.of(
            frame("com.example.Job", "equals", 70),
            frame("java.util.concurrent.LinkedBlockingQueue", "remove", 560),
            frame("com.example.Shop", "cancel", 132),
            frame("java.lang.Thread", "run", 833));
    assertThat(sites.get(CallerSites.resolve(sites, fullyLock, stack)).frame())
        .isEqualTo(frame("com.example.Shop", "cancel", 132));
  }

  @Test
  void a_lock_the_jdk_takes_for_another_part_of_the_jdk_is_not_the_applications() {
    int putVal =
        sites.register("java.util.concurrent.ConcurrentHashMap", "putVal", "CHM.java", 1031, null);
    List<Frame> stack =
        List.of(
            frame("java.util.concurrent.ConcurrentHashMap", "putVal", 1031),
            frame("java.util.concurrent.ConcurrentHashMap", "putIfAbsent", 1541),
            frame("java.lang.ClassLoader", "getClassLoadingLock", 667),
            frame("java.lang.ClassLoader", "loadClass", 569),
            frame("com.example.Shop", "sell", 31));
    assertThat(CallerSites.resolve(sites, putVal, stack)).isEqualTo(CallerSites.NOT_APPLICATION);
  }

  @Test
  void a_jdk_thread_and_an_excluded_caller_are_not_the_applications() {
    List<Frame> jdkOnly =
        List.of(frame("java.util.Vector", "add", 780), frame("java.lang.Thread", "run", 833));
    assertThat(CallerSites.resolve(sites, vectorAdd, jdkOnly))
        .isEqualTo(CallerSites.NOT_APPLICATION);

    CallerSites.applicationIs(className -> !className.startsWith("org.junit."));
    List<Frame> fromJunit =
        List.of(frame("java.util.Vector", "add", 780), frame("org.junit.Runner", "run", 9));
    assertThat(CallerSites.resolve(sites, vectorAdd, fromJunit))
        .isEqualTo(CallerSites.NOT_APPLICATION);
  }

  @Test
  void a_stack_cut_before_the_answer_keeps_the_jdk_site() {
    List<Frame> deep = new ArrayList<>();
    for (int i = 0; i < CallerSites.DEPTH; i++) {
      deep.add(frame("java.util.Vector", "add", 780));
    }
    assertThat(CallerSites.resolve(sites, vectorAdd, deep)).isEqualTo(vectorAdd);
  }

  private static Frame frame(String className, String method, int line) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return new Frame(className, method, simple + ".java", line);
  }
}
