package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The RESULT-line parser and the median/slowdown arithmetic. No benchmark runs here. */
class HarnessMathTest {

  @Test
  void parsesAResultLine() {
    ResultLine r =
        ResultLine.parse(
                "RESULT workload=sync-nested threads=8 ops=123456789 seconds=5.002"
                    + " opsPerSec=24681.3")
            .orElseThrow();
    assertThat(r.workload()).isEqualTo("sync-nested");
    assertThat(r.threads()).isEqualTo(8);
    assertThat(r.ops()).isEqualTo(123456789L);
    assertThat(r.seconds()).isEqualTo(5.002);
    assertThat(r.opsPerSec()).isEqualTo(24681.3);
  }

  @Test
  void toleratesSurroundingBlanksAndExtraFields() {
    assertThat(
            ResultLine.parse(
                "  RESULT workload=h2 threads=4 ops=10 seconds=1.0 opsPerSec=10.0 extra=1 \n"))
        .isPresent();
  }

  @Test
  void rejectsWhatIsNotAResultLine() {
    assertThat(ResultLine.parse(null)).isEmpty();
    assertThat(ResultLine.parse("")).isEmpty();
    assertThat(ResultLine.parse("HEAP usedAfterGcBytes=12")).isEmpty();
    assertThat(ResultLine.parse("RESULTS workload=x threads=1 ops=1 seconds=1 opsPerSec=1"))
        .isEmpty();
    assertThat(ResultLine.parse("RESULT workload=x threads=1 ops=1 seconds=1")).isEmpty();
    assertThat(ResultLine.parse("RESULT workload=x threads=one ops=1 seconds=1 opsPerSec=1"))
        .isEmpty();
    assertThat(ResultLine.parse("RESULT workload=x threads=1 ops=1 seconds=1 opsPerSec=1 stray"))
        .isEmpty();
  }

  @Test
  void readsHeapRssAndEndLines() {
    assertThat(ResultLine.longField("HEAP", "usedAfterGcBytes", "HEAP usedAfterGcBytes=73400320"))
        .contains(73400320L);
    assertThat(ResultLine.longField("RSS", "vmHwmKb", "RSS vmHwmKb=123")).contains(123L);
    assertThat(ResultLine.longField("END", "epochMillis", "END epochMillis=1700000000000"))
        .contains(1700000000000L);
    assertThat(ResultLine.longField("HEAP", "usedAfterGcBytes", "RSS vmHwmKb=123")).isEmpty();
    assertThat(ResultLine.longField("HEAP", "usedAfterGcBytes", "HEAP usedAfterGcBytes=lots"))
        .isEmpty();
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(Stats.median(List.of(7L))).isEqualTo(7.0);
    assertThat(Stats.median(List.of())).isNaN();
    assertThat(Stats.median(List.of(Double.NaN, 5.0))).isEqualTo(5.0);
  }

  @Test
  void slowdownIsPlainOverConfig() {
    assertThat(Stats.slowdown(1000, 1000)).isEqualTo(1.0);
    assertThat(Stats.slowdown(1000, 500)).isEqualTo(2.0);
    assertThat(Stats.slowdown(1300, 1000)).isCloseTo(1.3, within(1e-12));
    assertThat(Stats.slowdown(Double.NaN, 5)).isNaN();
    assertThat(Stats.slowdown(1000, 0)).isNaN();
  }

  @Test
  void maxIgnoresMissingValues() {
    assertThat(Stats.max(List.of(1.0, Double.NaN, 3.0))).isEqualTo(3.0);
    assertThat(Stats.max(List.of())).isNaN();
  }
}
