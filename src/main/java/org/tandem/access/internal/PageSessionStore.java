package org.tandem.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions are kept in PostgreSQL (Spring Session JDBC), so that any node can serve any
 * request. A browser opening several pages at once sends requests that each store the same new
 * attribute (the CSRF token made after sign-in): PostgreSQL's upsert lets the last one win, where a
 * plain insert would fail all but the first with a duplicate key.
 */
@Configuration(proxyBeanMethods = false)
class PageSessionStore {

  @Bean
  PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsStoreTheSameAttribute() {
    return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
  }
}
