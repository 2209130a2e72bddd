/**
 * Reproduces TRIAGE.md root cause R11: an object published through a final field is seen by any
 * thread as it was when the holder's constructor ended (JLS 17.5), even if the holder itself is
 * read through a data race. Jackson publishes serializers this way (PropertySerializerMap's final
 * fields, read through BeanPropertyWriter._dynamicSerializers, a plain field). The race on the
 * plain field {@code current} is true; the agent also reports the fields reached through the final
 * one.
 *
 * <pre>
 * javac -d /tmp/repro FinalFieldPublication.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro FinalFieldPublication
 * </pre>
 *
 * Expected: one race, on FinalFieldPublication.current. Today: also one on
 * FinalFieldPublication$Settings.port.
 */
public class FinalFieldPublication {
  static final class Settings {
    int port;
  }

  static final class Snapshot {
    final Settings settings;

    Snapshot(Settings settings) {
      this.settings = settings;
    }
  }

  static Snapshot current; // a racy cache, like Jackson's _dynamicSerializers

  public static void main(String[] args) throws Exception {
    int[] seen = new int[1];
    Thread reader =
        new Thread(
            () -> {
              Snapshot snapshot;
              while ((snapshot = current) == null) {
                Thread.onSpinWait();
              }
              seen[0] = snapshot.settings.port; // 8080 by JLS 17.5, not a race
            },
            "reader");
    reader.start();
    Thread.sleep(20);
    Settings settings = new Settings();
    settings.port = 8080;
    current = new Snapshot(settings);
    reader.join();
    System.out.println("port " + seen[0]);
  }
}
