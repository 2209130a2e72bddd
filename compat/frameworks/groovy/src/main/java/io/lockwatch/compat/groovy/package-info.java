/**
 * Apache Groovy: classes and scripts compiled at run time by several threads at once, then called
 * from several threads, dynamic (invokedynamic call sites) and {@code @CompileStatic} alike.
 */
package io.lockwatch.compat.groovy;
