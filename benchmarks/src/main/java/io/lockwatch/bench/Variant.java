package io.lockwatch.bench;

import java.util.List;
import java.util.Map;

/**
 * One benchmark row group: a workload main with fixed arguments.
 *
 * @param name the variant's name, as {@code --only} and {@code --list} know it
 * @param workload the workload number of the README (1 to 9)
 * @param mainClass the fully qualified main class the child runs
 * @param args the arguments of a full run
 * @param quickArgs the arguments of a {@code --quick} run
 * @param maxSlowdown the slowdown target by configuration key, where the issue sets one
 * @param description one line for {@code --list}
 */
record Variant(
    String name,
    int workload,
    String mainClass,
    List<String> args,
    List<String> quickArgs,
    Map<String, Double> maxSlowdown,
    String description) {

  /** The arguments of a full or a quick run. */
  List<String> argsFor(boolean quick) {
    return quick ? quickArgs : args;
  }

  /** The value of {@code --locks} in the arguments (the lock-churn count), or 0 without one. */
  long locks() {
    int i = args.indexOf("--locks");
    return i < 0 ? 0 : Long.parseLong(args.get(i + 1));
  }
}
