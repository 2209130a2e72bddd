package io.lockwatch.compat.grpc;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.lockwatch.compat.drivers.Workers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A text service with a unary {@code Upper} and a bidirectional streaming {@code Sum} (each request
 * line answered with the running length), without generated code: method descriptors with a string
 * marshaller. 4 threads make 300 unary calls and 5 streams of 40 messages each.
 */
public final class GrpcDriver {
  private static final int CLIENTS = 4;
  private static final int CALLS = 300;
  private static final String SERVICE = "compat.Text";

  private static final MethodDescriptor.Marshaller<String> TEXT =
      new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(String value) {
          return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String parse(InputStream stream) {
          try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private static final MethodDescriptor<String, String> UPPER =
      method(MethodDescriptor.MethodType.UNARY, "Upper");
  private static final MethodDescriptor<String, String> SUM =
      method(MethodDescriptor.MethodType.BIDI_STREAMING, "Sum");

  private GrpcDriver() {}

  /** Serves, calls, checks, prints the totals, shuts down. */
  public static void main(String[] args) throws Exception {
    ExecutorService serverPool = Executors.newFixedThreadPool(3);
    ExecutorService clientPool = Executors.newFixedThreadPool(3);
    Server server =
        InProcessServerBuilder.forName("compat-grpc")
            .executor(serverPool)
            .addService(service())
            .build()
            .start();
    ManagedChannel channel =
        InProcessChannelBuilder.forName("compat-grpc").executor(clientPool).build();
    try {
      long[] chars = new long[CLIENTS];
      long[] sums = new long[CLIENTS];
      Workers.run(
          "grpc-client",
          CLIENTS,
          worker -> {
            for (int i = 0; i < CALLS; i++) {
              String text = "call " + i + " from " + worker;
              String reply =
                  ClientCalls.blockingUnaryCall(channel, UPPER, CallOptions.DEFAULT, text);
              Workers.check(reply.equals(text.toUpperCase()), "upper " + reply);
              chars[worker] += reply.length();
            }
            for (int s = 0; s < 5; s++) {
              sums[worker] += stream(channel, worker, s);
            }
          });
      long totalChars = 0;
      long totalSums = 0;
      for (int i = 0; i < CLIENTS; i++) {
        totalChars += chars[i];
        totalSums += sums[i];
      }
      System.out.printf(
          "GrpcDriver: unary=%d chars=%d streams=%d lastSums=%d%n",
          CLIENTS * CALLS, totalChars, CLIENTS * 5, totalSums);
    } finally {
      channel.shutdown().awaitTermination(10, TimeUnit.SECONDS);
      server.shutdown().awaitTermination(10, TimeUnit.SECONDS);
      serverPool.shutdown();
      clientPool.shutdown();
    }
    System.out.println("GrpcDriver: ok");
  }

  /** One bidirectional stream of 40 messages; the last running total the server sent. */
  private static long stream(ManagedChannel channel, int worker, int s) throws Exception {
    CompletableFuture<Long> last = new CompletableFuture<>();
    StreamObserver<String> requests =
        ClientCalls.asyncBidiStreamingCall(
            channel.newCall(SUM, CallOptions.DEFAULT),
            new StreamObserver<String>() {
              private long latest;

              @Override
              public void onNext(String value) {
                latest = Long.parseLong(value);
              }

              @Override
              public void onError(Throwable t) {
                last.completeExceptionally(t);
              }

              @Override
              public void onCompleted() {
                last.complete(latest);
              }
            });
    for (int i = 0; i < 40; i++) {
      requests.onNext("w" + worker + "s" + s + "m" + i);
    }
    requests.onCompleted();
    return last.get(60, TimeUnit.SECONDS);
  }

  private static ServerServiceDefinition service() {
    return ServerServiceDefinition.builder(SERVICE)
        .addMethod(
            UPPER,
            ServerCalls.asyncUnaryCall(
                (String request, StreamObserver<String> reply) -> {
                  reply.onNext(request.toUpperCase());
                  reply.onCompleted();
                }))
        .addMethod(
            SUM,
            ServerCalls.asyncBidiStreamingCall(
                reply ->
                    new StreamObserver<String>() {
                      private long length;

                      @Override
                      public void onNext(String value) {
                        length += value.length();
                        reply.onNext(Long.toString(length));
                      }

                      @Override
                      public void onError(Throwable t) {}

                      @Override
                      public void onCompleted() {
                        reply.onCompleted();
                      }
                    }))
        .build();
  }

  private static MethodDescriptor<String, String> method(
      MethodDescriptor.MethodType type, String name) {
    return MethodDescriptor.<String, String>newBuilder()
        .setType(type)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
        .setRequestMarshaller(TEXT)
        .setResponseMarshaller(TEXT)
        .build();
  }
}
