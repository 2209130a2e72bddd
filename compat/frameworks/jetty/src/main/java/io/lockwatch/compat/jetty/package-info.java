/**
 * Eclipse Jetty 12 with core handlers: its selector, the QueuedThreadPool and adaptive execution
 * strategy, request and response content sources, serving several loopback clients.
 */
package io.lockwatch.compat.jetty;
