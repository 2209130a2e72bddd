/**
 * Hand-offs through the JDK's thread-safe classes as their javadoc documents them, each a pair: the
 * correct program stays silent, its racy twin (a write after the hand-off, another key, another
 * object, two reads) is reported. Maps by key, atomics (an application's subclass too), queues and
 * copy-on-write lists, variable handles and field updaters by the object they touch, phasers,
 * interrupts, {@code isAlive()}, and locks reached through method handles and references.
 */
package io.lockwatch.samples.contracts;
