/**
 * A Netty line-echo server and its clients on loopback: event loops, pooled buffers, pipelines and
 * promises, all of Netty's own concurrency.
 */
package io.lockwatch.compat.netty;
