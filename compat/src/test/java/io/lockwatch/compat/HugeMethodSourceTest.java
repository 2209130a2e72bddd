package io.lockwatch.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.compat.drivers.HugeMethods;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed {@code HugeMethods.java} is what {@link HugeMethodSource} generates, and huge. */
class HugeMethodSourceTest {
  private static final int METHOD_CODE_LIMIT = 65_535;

  @Test
  void the_committed_source_is_the_generated_one() throws Exception {
    Path module = Path.of("").toAbsolutePath();
    if (Boolean.getBoolean("lockwatch.compat.regenerate")) {
      HugeMethodSource.write(module);
    }
    String committed =
        Files.readString(module.resolve(HugeMethodSource.FILE), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("%s is out of date: regenerate it (see HugeMethodSource)", HugeMethodSource.FILE)
        .isEqualTo(HugeMethodSource.generate());
  }

  @Test
  void mix_compiles_to_just_under_the_method_size_limit() throws Exception {
    int length = codeLength(HugeMethods.class, "mix");
    assertThat(length)
        .as("bytes of code of HugeMethods.mix()")
        .isGreaterThan(60_000)
        .isLessThanOrEqualTo(METHOD_CODE_LIMIT);
  }

  /** The length of a method's code: one past the offset of its last instruction (a return). */
  static int codeLength(Class<?> type, String method) throws Exception {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
    StringWriter out = new StringWriter();
    Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    int status =
        javap.run(
            new PrintWriter(out),
            new PrintWriter(out),
            "-c",
            "-p",
            "-cp",
            classes.toString(),
            type.getName());
    assertThat(status).as("javap output:%n%s", out).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(" " + method + "();")) {
        start = i;
        break;
      }
    }
    assertThat(start).as("javap shows %s()", method).isNotNegative();
    int last = -1;
    String lastInstruction = "";
    for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String line = lines.get(i).strip();
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).chars().allMatch(Character::isDigit)) {
        last = Integer.parseInt(line.substring(0, colon));
        lastInstruction = line;
      }
    }
    assertThat(lastInstruction).as("a one-byte return ends %s()", method).endsWith("return");
    return last + 1;
  }
}
