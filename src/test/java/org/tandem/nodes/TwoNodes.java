package org.tandem.nodes;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Tandem nodes on the one PostgreSQL the tests already run, each started when first asked for
 * and started again if a test stopped it, so the tests that use them pass in any order.
 */
final class TwoNodes {

  private final String jdbcUrl;
  private final String user;
  private Node one;
  private Node two;

  private TwoNodes(String jdbcUrl, String user) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  /** The database the tests' own application uses, reached over TCP by its URL. */
  static TwoNodes on(JdbcClient jdbc) {
    int port = jdbc.sql("SELECT current_setting('port')::int").query(Integer.class).single();
    String database = jdbc.sql("SELECT current_database()").query(String.class).single();
    String user = jdbc.sql("SELECT current_user").query(String.class).single();
    return new TwoNodes("jdbc:postgresql://localhost:" + port + "/" + database, user);
  }

  synchronized Node one() {
    if (one == null || !one.running()) {
      one = Node.start("node-one", jdbcUrl, user);
    }
    return one;
  }

  synchronized Node two() {
    if (two == null || !two.running()) {
      two = Node.start("node-two", jdbcUrl, user);
    }
    return two;
  }

  synchronized void close() {
    for (Node node : new Node[] {one, two}) {
      if (node != null && node.running()) {
        node.close();
      }
    }
  }
}
