/**
 * Lock-order hazards of real shape: many objects of one lock class, lock classes taken in opposite
 * orders on different objects, bulkheads and signals made of semaphores, read-write downgrades and
 * upgrades, locks created and taken before anyone else can see them. Each comes with a correct twin
 * that must stay silent.
 */
package io.lockwatch.samples.lockclasses;
