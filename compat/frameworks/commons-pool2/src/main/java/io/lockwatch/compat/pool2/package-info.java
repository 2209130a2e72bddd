/**
 * Apache Commons Pool 2: a GenericObjectPool and a GenericKeyedObjectPool (their idle deques,
 * fairness and the shared evictor timer), borrowed from by more threads than there are objects.
 */
package io.lockwatch.compat.pool2;
