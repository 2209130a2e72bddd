package io.lockwatch.validation.java25;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.testkit.expect.ExpectedRun;
import io.lockwatch.testkit.expect.Statement;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Java25TargetsTest {
  /** The class file major version of Java 25. */
  private static final int JAVA_25 = 69;

  static List<String> targets() {
    return Java25Targets.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void the_target_is_compiled_for_java_25(String name) throws IOException {
    Path file =
        Java25Targets.classes().resolve(Java25Targets.mainClass(name).replace('.', '/') + ".class");
    try (InputStream in = Files.newInputStream(file);
        DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).as("magic").isEqualTo(0xCAFEBABE);
      data.readUnsignedShort();
      assertThat(data.readUnsignedShort()).as("major version of %s", file).isEqualTo(JAVA_25);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void the_target_states_what_its_run_must_report(String name) {
    ExpectedRun expected = ExpectedRun.of(Java25Targets.mainClass(name), "");

    assertThat(expected.statements()).isNotEmpty();
    assertThat(expected.statements(Statement.SUMMARY)).isNotEmpty();
    assertThat(ExpectedRun.runsOf(Java25Targets.mainClass(name))).containsExactly("");
  }

  @Test
  void every_top_level_class_of_the_package_is_a_target() throws IOException {
    Path dir = Java25Targets.classes().resolve("io/lockwatch/validation/java25");
    try (Stream<Path> files = Files.list(dir)) {
      List<String> topLevel =
          files
              .map(file -> file.getFileName().toString())
              .filter(file -> file.endsWith(".class") && !file.contains("$"))
              .filter(file -> !file.equals("package-info.class"))
              .map(file -> file.substring(0, file.length() - ".class".length()))
              .collect(Collectors.toList());
      assertThat(topLevel).containsExactlyInAnyOrderElementsOf(Java25Targets.NAMES);
    }
  }
}
