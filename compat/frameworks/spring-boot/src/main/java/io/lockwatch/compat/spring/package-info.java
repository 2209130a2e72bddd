/**
 * A Spring Boot web application with embedded Tomcat, driven over loopback HTTP by several client
 * threads: Spring's singletons, Tomcat's connector and worker pool, Jackson 3 message conversion.
 */
package io.lockwatch.compat.spring;
