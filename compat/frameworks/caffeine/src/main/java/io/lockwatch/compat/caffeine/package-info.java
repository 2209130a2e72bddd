/**
 * Caffeine under load: a bounded loading cache (its striped write buffer, drain lock and
 * maintenance task), an asynchronous cache on an executor, and compute on its map view.
 */
package io.lockwatch.compat.caffeine;
