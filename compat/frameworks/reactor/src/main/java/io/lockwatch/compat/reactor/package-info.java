/**
 * Project Reactor: lock-free operators (queues, WIP counters, field updaters) moving signals across
 * its schedulers, parallel rails and sinks emitted to from several threads.
 */
package io.lockwatch.compat.reactor;
