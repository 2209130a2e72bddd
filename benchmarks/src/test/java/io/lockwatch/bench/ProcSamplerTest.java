package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing of /proc texts (fixtures taken from a Linux machine), and one live reading. */
class ProcSamplerTest {

  private static final String STATUS =
      String.join(
          "\n",
          "Name:\tjava",
          "State:\tS (sleeping)",
          "VmPeak:\t 4511200 kB",
          "VmSize:\t 4446696 kB",
          "VmHWM:\t  123456 kB",
          "VmRSS:\t  120004 kB",
          "Threads:\t19",
          "");

  @Test
  void the_machine_line_counts_idle_and_iowait_as_not_busy() {
    Optional<ProcSampler.CpuTicks> ticks =
        ProcSampler.parseMachineTicks("cpu  10132153 290696 3084719 46828483 16683 0 25195 0 0 0");

    assertThat(ticks).contains(new ProcSampler.CpuTicks(13_532_763, 60_377_929));
  }

  @Test
  void a_line_that_is_not_a_cpu_line_gives_no_ticks() {
    assertThat(ProcSampler.parseMachineTicks("intr 12345")).isEmpty();
    assertThat(ProcSampler.parseMachineTicks("")).isEmpty();
  }

  @Test
  void process_ticks_are_utime_plus_stime_counted_after_a_command_name_with_spaces() {
    String stat =
        "4242 (java (my) app) S 1 4242 4242 0 -1 4194560 12345 0 0 0 250 75 0 0 20 0 30 0 9876"
            + " 4553551872 30001 18446744073709551615 1 1 0 0 0 0 0 2 16800975 0 0 0 17 1 0 0 0 0"
            + " 0";

    assertThat(ProcSampler.parseProcessTicks(stat)).isEqualTo(325);
    assertThat(ProcSampler.parseProcessTicks("4242 (java) S 1")).isEqualTo(-1);
    assertThat(ProcSampler.parseProcessTicks("garbage")).isEqualTo(-1);
  }

  @Test
  void the_high_water_mark_is_read_from_the_vm_hwm_line_in_kb() {
    assertThat(ProcSampler.parseVmHwmKb(STATUS)).isEqualTo(123_456);
    assertThat(ProcSampler.parseVmHwmKb("Name:\tkthreadd\nState:\tS (sleeping)\n")).isZero();
  }

  @Test
  void a_status_file_that_is_gone_reads_as_zero(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThat(ProcSampler.vmHwmKb(dir.resolve("no-such-status"))).isZero();
  }

  @Test
  void other_cpu_is_the_machine_busy_share_minus_the_child_own_ticks() {
    Optional<ProcSampler.CpuTicks> before = Optional.of(new ProcSampler.CpuTicks(1_000, 10_000));
    Optional<ProcSampler.CpuTicks> after = Optional.of(new ProcSampler.CpuTicks(1_600, 11_000));

    assertThat(ProcSampler.otherCpuPercent(before, after, 100)).isCloseTo(50.0, within(1e-9));
    assertThat(ProcSampler.otherCpuPercent(before, after, 900)).isZero();
    assertThat(ProcSampler.otherCpuPercent(Optional.empty(), after, 0)).isNaN();
    assertThat(ProcSampler.otherCpuPercent(before, before, 0)).isNaN();
  }

  @Test
  void on_linux_this_process_has_ticks_and_a_high_water_mark() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "not Linux");
    long pid = ProcessHandle.current().pid();

    assertThat(ProcSampler.machineTicks())
        .hasValueSatisfying(t -> assertThat(t.total()).isPositive());
    assertThat(ProcSampler.processTicks(pid)).isPositive();
    assertThat(ProcSampler.vmHwmKb(Path.of("/proc", Long.toString(pid), "status"))).isPositive();
  }
}
