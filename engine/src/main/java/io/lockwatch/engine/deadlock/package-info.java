/**
 * The deadlock engine: potential deadlocks from lock-order facts, shared by the agent (one JVM's
 * facts) and the reports tool (facts merged from many JVMs).
 *
 * <p>The facts come on two levels, as in lockdep. A {@link io.lockwatch.engine.deadlock.LockClass}
 * is what held a lock in the code (a field, a static field, or the lock's type); a {@link
 * io.lockwatch.engine.deadlock.ClassDependency} says that some thread took a lock of one class at
 * one site while holding a lock of another class taken at another site. Their number is bounded by
 * the code, never by the number of objects. Below them, {@link
 * io.lockwatch.engine.deadlock.InstanceDependency instance dependencies} say the same of lock
 * objects, when the agent still has them.
 *
 * <p>{@link io.lockwatch.engine.deadlock.DeadlockSearch} walks the class level first: closed walks
 * of class dependencies, built only from steps that distinct threads took (iGoodlock, Joshi et al.
 * PLDI 2009), each walk once. A walk is confirmed by an instance cycle that follows it (a deadlock
 * of this run's objects), or, when its lock classes are all different, reported as a predicted
 * deadlock between other objects of the same classes. A lock class nested in itself (accounts
 * locked two at a time) needs an instance cycle: locking in a global order is correct. The rules
 * that rule out a cycle are small classes in {@code rule}.
 */
package io.lockwatch.engine.deadlock;
