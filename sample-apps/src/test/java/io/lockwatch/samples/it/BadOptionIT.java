package io.lockwatch.samples.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.samples.lockorder.UnorderedLocking;
import io.lockwatch.testkit.AgentJvm;
import io.lockwatch.testkit.AgentJvmResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad agent option stops the JVM before the program starts, with one clear line. */
class BadOptionIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bogus=1, bogus, bogus", "stackDepth=abc, stackDepth, abc"})
  void stops_the_jvm_with_one_line_that_says_what_is_accepted(
      String options, String option, String badPart) {
    AgentJvmResult run = AgentJvm.of(UnorderedLocking.class).agentOptions(options).run();

    assertThat(run.exitCode()).as("exit code of %s", run).isNotZero();
    assertThat(run.stdout()).as("the program's output: main must never run").isBlank();
    List<String> mentions =
        run.stderrLines().stream()
            .filter(line -> line.contains(option))
            .collect(Collectors.toList());
    assertThat(mentions).as("stderr lines naming '%s' in%n%s", option, run.stderr()).hasSize(1);
    assertThat(mentions.get(0)).contains(badPart).contains("accepted");
    assertThat(run.stderr()).as("no stack trace in%n%s", run.stderr()).doesNotContain("\tat ");
  }
}
