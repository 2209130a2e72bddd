package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoAgentsTest {
  @Test
  void the_test_jvm_runs_jacoco_and_lockwatch() {
    List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertTrue(
        arguments.stream().anyMatch(a -> a.startsWith("-javaagent:") && a.contains("jacoco")),
        "JaCoCo's agent: " + arguments);
    assertTrue(
        arguments.stream().anyMatch(a -> a.startsWith("-javaagent:") && a.contains("lockwatch")),
        "Lockwatch's agent: " + arguments);
  }
}
