package io.lockwatch.compat.reactor;

import io.lockwatch.compat.drivers.Workers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Pipelines that hop threads: parallel rails on the parallel scheduler, flatMap of inner monos
 * subscribed on bounded-elastic, publishOn hand-offs, a zip of two asynchronous sources, and a
 * multicast sink that 4 plain threads emit to (serialised with busy looping). Every value printed
 * is a sum or count of the source.
 */
public final class ReactorDriver {
  private static final int N = 50_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private ReactorDriver() {}

  /** Runs the pipelines, prints their results. */
  public static void main(String[] args) {
    Scheduler single = Schedulers.newSingle("reactor-single");
    try {
      Long parallel =
          Flux.range(0, N)
              .parallel(4)
              .runOn(Schedulers.parallel())
              .map(i -> (long) i * 3)
              .reduce(Long::sum)
              .block(TIMEOUT);
      Long flatMapped =
          Flux.range(0, 2_000)
              .flatMap(
                  i ->
                      Mono.fromCallable(() -> (long) i * i)
                          .subscribeOn(Schedulers.boundedElastic()),
                  16)
              .publishOn(single)
              .reduce(0L, Long::sum)
              .block(TIMEOUT);
      List<Integer> zipped =
          Flux.zip(
                  Flux.range(0, 1_000).publishOn(Schedulers.parallel()),
                  Flux.range(1_000, 1_000).subscribeOn(Schedulers.boundedElastic()),
                  Integer::sum)
              .filter(v -> v % 3 == 0)
              .collectList()
              .block(TIMEOUT);
      System.out.printf(
          "ReactorDriver: parallel=%d flatMap=%d zipped=%d%n", parallel, flatMapped, zipped.size());
      sink();
    } finally {
      single.dispose();
    }
    System.out.println("ReactorDriver: ok");
  }

  private static void sink() {
    Sinks.Many<Integer> sink = Sinks.many().unicast().onBackpressureBuffer();
    AtomicLong seen = new AtomicLong();
    Mono<Long> sum =
        sink.asFlux()
            .publishOn(Schedulers.parallel())
            .doOnNext(v -> seen.incrementAndGet())
            .reduce(0L, (acc, v) -> acc + v)
            .cache();
    sum.subscribe();
    Workers.run(
        "reactor-emitter",
        4,
        worker -> {
          for (int i = 0; i < 5_000; i++) {
            sink.emitNext(worker * 5_000 + i, Sinks.EmitFailureHandler.busyLooping(TIMEOUT));
          }
        });
    sink.emitComplete(Sinks.EmitFailureHandler.busyLooping(TIMEOUT));
    System.out.printf("ReactorDriver: sink values=%d sum=%d%n", 20_000, sum.block(TIMEOUT));
    Workers.check(seen.get() == 20_000, "seen " + seen.get());
  }
}
