/**
 * Driver programs over real libraries (H2, the JDK HTTP server and client, Guava, Logback, Jackson,
 * Java 1.1 bytecode, a method near the 64 KB limit): each a {@code main} that uses its library from
 * several threads and prints only what timing cannot change. {@code Workers}, which every driver
 * here and in {@code compat/frameworks} uses, comes from the workers module.
 */
package io.lockwatch.compat.drivers;
