/**
 * Apache Pekko typed actors through the Java DSL: the library is Scala 2.13 bytecode (actor cells,
 * mailboxes, dispatchers on its fork-join pool, Scala objects and collections), and so is the
 * immutable map an actor keeps its state in.
 */
package io.lockwatch.compat.pekko;
