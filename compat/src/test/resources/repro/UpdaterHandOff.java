import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Reproduces TRIAGE.md root cause R1: a volatile field written through a field updater or a
 * VarHandle and read with a plain getfield (the idiom of Netty, Reactor, gRPC, kotlinx atomicfu,
 * JCTools, Caffeine) orders memory by the JLS, but the agent keys the updater's or handle's
 * synchronization on the updater/handle object and the getfield's on the field, so it reports a
 * race on {@code payload} that cannot happen.
 *
 * <pre>
 * javac -d /tmp/repro UpdaterHandOff.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro UpdaterHandOff
 * </pre>
 *
 * Expected: no unguarded field. Until 2026-12-04: races on UpdaterHandOff$Box.payload (updater)
 * and UpdaterHandOff$Cell.payload (VarHandle); none since the agent orders a field handle's calls
 * through the field's volatile clock.
 */
public class UpdaterHandOff {
  static final class Box {
    volatile int state;
    int payload;
  }

  static final class Cell {
    volatile int state;
    int payload;
  }

  static final AtomicIntegerFieldUpdater<Box> BOX_STATE =
      AtomicIntegerFieldUpdater.newUpdater(Box.class, "state");
  static final VarHandle CELL_STATE;

  static {
    try {
      CELL_STATE = MethodHandles.lookup().findVarHandle(Cell.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public static void main(String[] args) throws Exception {
    Box box = new Box();
    Cell cell = new Cell();
    Thread reader =
        new Thread(
            () -> {
              while (box.state != 1) {
                Thread.onSpinWait();
              }
              int fromBox = box.payload; // ordered after the write: the CAS wrote state
              while (cell.state != 1) {
                Thread.onSpinWait();
              }
              int fromCell = cell.payload; // ordered after the write: setRelease wrote state
              System.out.println("read " + fromBox + " " + fromCell);
            },
            "reader");
    reader.start();
    Thread.sleep(50); // let the reader start spinning
    box.payload = 42;
    BOX_STATE.compareAndSet(box, 0, 1);
    cell.payload = 43;
    CELL_STATE.setRelease(cell, 1);
    reader.join();
  }
}
