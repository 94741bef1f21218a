package org.tandem.nodes;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.TestApi;
import org.tandem.TestClockConfiguration;

/**
 * One Tandem node as an operator runs it: the whole application in its own context, on its own
 * port, with its own connection pool, reaching PostgreSQL by URL as it would a managed server. Time
 * is the tests' {@link org.tandem.TestClock}, shared with every other node in this JVM.
 */
final class Node implements AutoCloseable {

  private final String name;
  private final ConfigurableApplicationContext context;
  private final int port;

  private Node(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
    this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  /** Starts a node on a free port against the database at this JDBC URL. */
  static Node start(String name, String jdbcUrl, String user) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(TandemApplication.class, TestClockConfiguration.class)
            .registerShutdownHook(false)
            .run(
                "--server.port=0",
                "--server.shutdown=graceful",
                "--tandem.db.url=" + jdbcUrl,
                "--tandem.db.user=" + user,
                "--tandem.db.password=",
                "--tandem.demo=false",
                "--tandem.data-dir=target/test-data-" + name,
                // Her details are sealed with the data key: every node of a service shares it.
                "--tandem.data-keys-file=target/test-data/data-keys",
                "--spring.application.admin.enabled=false",
                "--spring.jmx.enabled=false");
    return new Node(name, context);
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  TestApi api() {
    return new TestApi(baseUrl());
  }

  boolean running() {
    return context.isActive();
  }

  /** Stops the node as an orchestrator would: requests in flight finish, new ones are refused. */
  @Override
  public void close() {
    context.close();
  }

  @Override
  public String toString() {
    return name + " on port " + port;
  }
}
