/**
 * Eclipse Vert.x: verticles on event loops, the event bus, an HTTP server and client on loopback
 * (Netty underneath), futures composed across contexts, and blocking work on the worker pool.
 */
package io.lockwatch.compat.vertx;
