import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reproduces TRIAGE.md root cause R4: calls on the program's own subclass of a JDK concurrent class
 * order memory exactly like calls on the JDK class (gRPC's ClientCalls$ThreadlessExecutor extends
 * ConcurrentLinkedQueue; Scala's DefaultPromise extends AtomicReference), but the agent recognises
 * these calls by their owner type's name, so a hand-off through {@code add}/{@code poll} of a
 * subclass is missed and reported as a race.
 *
 * <pre>
 * javac -d /tmp/repro SubclassedQueueHandOff.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro SubclassedQueueHandOff
 * </pre>
 *
 * Expected: no unguarded field. Today: a race on SubclassedQueueHandOff$Message.text.
 */
public class SubclassedQueueHandOff {
  static final class Message {
    String text;
  }

  /** Like gRPC's ThreadlessExecutor: a queue that is also the hand-off. */
  static final class Inbox extends ConcurrentLinkedQueue<Message> {
    void send(Message message) {
      add(message);
    }

    Message receive() {
      Message message;
      while ((message = poll()) == null) {
        Thread.onSpinWait();
      }
      return message;
    }
  }

  public static void main(String[] args) throws Exception {
    Inbox inbox = new Inbox();
    String[] received = new String[1];
    Thread receiver = new Thread(() -> received[0] = inbox.receive().text, "receiver");
    receiver.start();
    Thread.sleep(20);
    Message message = new Message();
    message.text = "hello";
    inbox.send(message);
    receiver.join();
    System.out.println("received " + received[0]);
  }
}
