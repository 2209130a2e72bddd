package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.Report;
import io.lockwatch.samples.lockclasses.LateOrderAfterManyEdges;
import io.lockwatch.samples.lockclasses.ManyAccountsUnordered;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import io.lockwatch.testkit.ReportsTool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's promises that span runs, on the real jar: a finding keeps its fingerprint when the
 * code around its locks moves or the threads come in the other order (and loses it when the lock
 * code changes), and an analysis cut short by its budget is never read as clean by {@code check}.
 */
class DeadlockEngineIT {
  /** Two opposite orders; {@code %s} is where an edit above the lock code goes. */
  private static final String TRANSFERS =
      """
      package fp;

      public final class Transfers {
        static final Object LEFT = new Object();
        static final Object %s = new Object();

        public static void main(String[] args) throws InterruptedException {
          %s
          Runnable leftFirst = () -> {
            synchronized (LEFT) {
              synchronized (%1$s) {
                System.out.println("left, then right");
              }
            }
          };
          Runnable rightFirst = () -> {
            synchronized (%1$s) {
              synchronized (LEFT) {
                System.out.println("right, then left");
              }
            }
          };
          boolean leftComesFirst = args.length == 0 || args[0].equals("left-first");
          Thread first = new Thread(leftComesFirst ? leftFirst : rightFirst, "first");
          first.start();
          first.join();
          Thread second = new Thread(leftComesFirst ? rightFirst : leftFirst, "second");
          second.start();
          second.join();
        }
      }
      """;

  private static final String EDIT =
      """
      // an edit above the lock code: lines, and a lambda that renumbers the others
          Runnable greeting = () -> System.out.println("hello");
          greeting.run();
          System.out.println("more lines above the locks");
      """;

  @TempDir Path work;

  @Test
  void
      a_finding_keeps_its_fingerprint_across_edits_above_it_and_thread_order_and_not_across_lock_changes()
          throws IOException {
    Path original = compile("original", "RIGHT", "");
    Path edited = compile("edited", "RIGHT", EDIT);
    Path otherLock = compile("other-lock", "SPARE", "");

    LockOrderCycle first = onlyCycle(run(original, "left-first", "original-left-first"));
    LockOrderCycle reversed = onlyCycle(run(original, "right-first", "original-right-first"));
    LockOrderCycle moved = onlyCycle(run(edited, "left-first", "edited"));
    LockOrderCycle changed = onlyCycle(run(otherLock, "left-first", "other-lock"));

    assertThat(moved.edges().get(0).heldAt().line())
        .as("the edit moved the lock code down")
        .isNotEqualTo(first.edges().get(0).heldAt().line());
    assertThat(reversed.fingerprint())
        .as("threads in the other order")
        .isEqualTo(first.fingerprint());
    assertThat(moved.fingerprint()).as("lines inserted above").isEqualTo(first.fingerprint());
    assertThat(changed.fingerprint())
        .as("another lock in the same place is another finding")
        .isNotEqualTo(first.fingerprint());
  }

  @Test
  void a_search_cut_short_makes_the_report_incomplete_and_check_fail_until_allowed() {
    AgentJvmResult run =
        AgentJvm.of(ManyAccountsUnordered.class)
            .agentOptions("races=off,maxSearchSteps=1")
            .named("many-accounts-cut-short")
            .run();
    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    Report report = run.report();
    assertThat(report.summary().incomplete())
        .as("summary.incomplete")
        .anySatisfy(i -> assertThat(i.budget()).isEqualTo("maxSearchSteps"));
    assertThat(report.lockOrderCycles())
        .as("the deadlock among the accounts is missed, which is why this cannot pass as clean")
        .isEmpty();

    ReportsTool check = ReportsTool.run("check", run.reportFile().toString());
    assertThat(check.exitCode()).as("check on an incomplete report: %s", check.describe()).isOne();
    assertThat(check.output()).contains("incomplete").contains("maxSearchSteps");

    ReportsTool allowed =
        ReportsTool.run("check", run.reportFile().toString(), "--allow-incomplete");
    assertThat(allowed.exitCode()).as("with --allow-incomplete: %s", allowed.describe()).isZero();
  }

  @Test
  void dropped_facts_between_lock_objects_make_check_fail_even_with_no_finding() {
    AgentJvmResult run =
        AgentJvm.of(LateOrderAfterManyEdges.class)
            .agentOptions("maxEdges=1000")
            .named("late-order-dropped-facts")
            .run();
    assertThat(run.report().lockOrderCycles())
        .as("no cycle: the late order is one order")
        .isEmpty();

    ReportsTool check = ReportsTool.run("check", run.reportFile().toString());
    assertThat(check.exitCode()).as("check with dropped facts: %s", check.describe()).isOne();
    assertThat(check.output()).contains("incomplete").contains("maxEdges");
  }

  @Test
  void the_same_program_with_its_default_budget_is_complete_and_finds_the_deadlock() {
    AgentJvmResult run =
        AgentJvm.of(ManyAccountsUnordered.class)
            .agentOptions("races=off")
            .named("many-accounts")
            .run();
    assertThat(run.report().summary().incomplete()).as("summary.incomplete").isEmpty();
    assertThat(run.report().lockOrderCycles()).as("cycles").hasSize(1);
    assertThat(run.report().lockClasses())
        .as("the accounts' lock class, named by its type, says where one was first taken")
        .filteredOn(c -> c.name().endsWith("ManyAccountsUnordered$Account"))
        .singleElement()
        .satisfies(
            account -> {
              assertThat(account.firstSeen()).isNotNull();
              assertThat(account.firstSeen().file()).isEqualTo("ManyAccountsUnordered.java");
              assertThat(account.firstSeen().line()).isPositive();
            });
  }

  private Path compile(String name, String secondLock, String edit) throws IOException {
    Path sources = Files.createDirectories(work.resolve(name).resolve("src/fp"));
    Path classes = Files.createDirectories(work.resolve(name).resolve("classes"));
    Path source = sources.resolve("Transfers.java");
    Files.writeString(source, TRANSFERS.formatted(secondLock, edit));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null, diagnostics, diagnostics, "-g", "-d", classes.toString(), source.toString());
    assertThat(status).as("javac of %s:%n%s", source, diagnostics).isZero();
    return classes;
  }

  private static AgentJvmResult run(Path classes, String order, String name) {
    AgentJvmResult run =
        AgentJvm.of("fp.Transfers").classPath(classes).args(order).named(name).run();
    assertThat(run.exitCode()).as("exit code of %s", run).isZero();
    return run;
  }

  private static LockOrderCycle onlyCycle(AgentJvmResult run) {
    List<LockOrderCycle> cycles = run.report().lockOrderCycles();
    assertThat(cycles).as("cycles of %s", run).hasSize(1);
    return cycles.get(0);
  }
}
