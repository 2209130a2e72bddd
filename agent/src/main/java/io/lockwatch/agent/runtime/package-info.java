/**
 * What instrumented code reports into, at run time: the site table, lock identities, per-thread
 * held-lock stacks and the hot path that turns acquisitions into lock-order facts. Everything here
 * must be cheap, allocation-free for facts already known, and must never throw into the
 * application.
 */
package io.lockwatch.agent.runtime;
