/**
 * Confirm mode ({@code confirm=PATH}): steers a run towards the lock-order cycles an earlier run
 * predicted, DeadlockFuzzer's way (Joshi, Park, Sen, Naik, PLDI 2009). A thread that asks for a
 * cycle's second lock while holding its first is paused, a bounded time, so that the other threads
 * of the cycle can reach their own steps; when every step of the cycle has a paused thread, all are
 * let go at once and the deadlock, if the program allows it, forms for real. Only delays: nothing a
 * thread acquires changes, so a deadlock that forms is a real one.
 *
 * <p>Start and join are tracked apart ({@link io.lockwatch.agent.runtime.confirm.ForkJoinClocks}):
 * two steps they order can never be taken at once, which makes a cycle unreachable.
 */
package io.lockwatch.agent.runtime.confirm;
