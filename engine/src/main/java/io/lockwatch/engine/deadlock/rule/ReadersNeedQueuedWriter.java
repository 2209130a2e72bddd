package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.FindingKind;
import io.lockwatch.engine.deadlock.Share;
import java.util.List;

/**
 * A reader waiting for a lock that another thread holds for reading does not block, unless a writer
 * is queued between them ({@code ReentrantReadWriteLock} then makes new readers wait: a known
 * production deadlock). So a link where a reader waits on a reader needs some thread to write-lock
 * that lock at all; with one, the cycle is a read-write deadlock, without, none.
 */
public final class ReadersNeedQueuedWriter implements ClosingRule {
  @Override
  public String name() {
    return "readOnly";
  }

  @Override
  public Judgement judge(List<? extends Step> cycle, LockFacts locks) {
    boolean needsWriter = false;
    int n = cycle.size();
    for (int i = 0; i < n; i++) {
      Step waiting = cycle.get(i);
      Step holding = cycle.get((i + 1) % n);
      if (waiting.toShare() == Share.READ && holding.fromShare() == Share.READ) {
        if (!locks.writeLocked(waiting.to())) {
          return null;
        }
        needsWriter = true;
      }
    }
    return needsWriter
        ? new Judgement(
            FindingKind.READ_WRITE, "readers block each other only behind a queued writer")
        : Judgement.DEADLOCK;
  }
}
