/**
 * HikariCP over an in-memory H2 database: its ConcurrentBag hand-off of connections, the house
 * keeper and the proxies, with more client threads than connections.
 */
package io.lockwatch.compat.hikaricp;
