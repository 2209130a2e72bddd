import java.util.AbstractList;
import java.util.Collections;
import java.util.List;

/**
 * Reproduces TRIAGE.md root cause R3 for the JDK's synchronized wrappers: {@code
 * Collections.synchronizedList(list).add(x)} runs {@code list.add} under the wrapper's mutex, so
 * the wrapped list's fields are guarded, but the agent orders the call only at its two ends
 * (acquire and release around it), not at the mutex inside, so two threads' accesses inside their
 * calls look unordered. commons-collections' LRUMap behind Collections.synchronizedMap shows it
 * (OldBytecodeDriver).
 *
 * <pre>
 * javac -d /tmp/repro SynchronizedWrapperInside.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro SynchronizedWrapperInside
 * </pre>
 *
 * Expected: no unguarded field. Today: a race on SynchronizedWrapperInside$Counted.size.
 */
public class SynchronizedWrapperInside {
  /** An application list (so it is instrumented): counts what is added. */
  static final class Counted extends AbstractList<Integer> {
    int size;

    @Override
    public boolean add(Integer value) {
      size++;
      return true;
    }

    @Override
    public Integer get(int index) {
      throw new IndexOutOfBoundsException();
    }

    @Override
    public int size() {
      return size;
    }
  }

  public static void main(String[] args) throws Exception {
    Counted counted = new Counted();
    List<Integer> list = Collections.synchronizedList(counted);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 20_000; i++) {
                  list.add(i);
                }
              },
              "adder-" + t);
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("size " + list.size());
  }
}
