package io.lockwatch.compat.netty;

import io.lockwatch.compat.drivers.Workers;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * A server on a boss and a worker event loop group echoes each line upper-cased; 6 clients on a
 * third group each send 400 lines and check every reply, in order, on their own connection.
 */
public final class NettyDriver {
  private static final int CLIENTS = 6;
  private static final int LINES = 400;

  private NettyDriver() {}

  /** Runs the server and the clients, prints the totals. */
  public static void main(String[] args) throws Exception {
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    EventLoopGroup clients = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    AtomicLong served = new AtomicLong();
    try {
      Channel server =
          new ServerBootstrap()
              .group(boss, workers)
              .channel(NioServerSocketChannel.class)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                      channel
                          .pipeline()
                          .addLast(new LineBasedFrameDecoder(1024))
                          .addLast(new StringDecoder(StandardCharsets.UTF_8))
                          .addLast(new StringEncoder(StandardCharsets.UTF_8))
                          .addLast(new UpperCaseEcho(served));
                    }
                  })
              .bind("127.0.0.1", 0)
              .sync()
              .channel();
      int port = ((InetSocketAddress) server.localAddress()).getPort();
      long[] checksums = new long[CLIENTS];
      Workers.run(
          "netty-client", CLIENTS, worker -> checksums[worker] = runClient(clients, port, worker));
      server.close().sync();
      long checksum = 0;
      for (long value : checksums) {
        checksum += value;
      }
      Workers.check(served.get() == (long) CLIENTS * LINES, "served " + served.get());
      System.out.printf("NettyDriver: lines=%d checksum=%d%n", served.get(), checksum);
    } finally {
      clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
      workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
      boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
    System.out.println("NettyDriver: ok");
  }

  /** One connection: sends every line, waits for every reply, returns the replies' CRC. */
  private static long runClient(EventLoopGroup group, int port, int worker) throws Exception {
    Promise<Long> done = group.next().newPromise();
    ReplyChecker checker = new ReplyChecker(worker, LINES, done);
    Channel channel =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new LineBasedFrameDecoder(1024))
                        .addLast(new StringDecoder(StandardCharsets.UTF_8))
                        .addLast(new StringEncoder(StandardCharsets.UTF_8))
                        .addLast(checker);
                  }
                })
            .connect("127.0.0.1", port)
            .sync()
            .channel();
    for (int i = 0; i < LINES; i++) {
      channel.write(ReplyChecker.line(worker, i) + "\n");
      if (i % 50 == 49) {
        channel.flush();
      }
    }
    channel.flush();
    long crc = done.get(60, TimeUnit.SECONDS);
    channel.close().sync();
    return crc;
  }

  /** The server's handler: one reply line per request line. */
  private static final class UpperCaseEcho extends SimpleChannelInboundHandler<String> {
    private final AtomicLong served;

    UpperCaseEcho(AtomicLong served) {
      this.served = served;
    }

    @Override
    public boolean isSharable() {
      return true;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
      served.incrementAndGet();
      ctx.writeAndFlush(line.toUpperCase() + "\n");
    }
  }

  /** A client's handler: checks each reply against what was sent, completes after the last. */
  private static final class ReplyChecker extends SimpleChannelInboundHandler<String> {
    private final int worker;
    private final int expected;
    private final Promise<Long> done;
    private final CRC32 crc = new CRC32();
    private int received;

    ReplyChecker(int worker, int expected, Promise<Long> done) {
      this.worker = worker;
      this.expected = expected;
      this.done = done;
    }

    static String line(int worker, int i) {
      return "client-" + worker + " line " + i + " payload-" + Integer.toHexString(i * 7919);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String reply) {
      String wanted = line(worker, received).toUpperCase();
      if (!reply.equals(wanted)) {
        done.tryFailure(new IllegalStateException("got '" + reply + "', wanted '" + wanted + "'"));
        return;
      }
      crc.update(reply.getBytes(StandardCharsets.UTF_8));
      if (++received == expected) {
        done.trySuccess(crc.getValue());
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      done.tryFailure(cause);
      ctx.close();
    }
  }
}
