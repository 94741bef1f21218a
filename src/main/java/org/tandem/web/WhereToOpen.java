package org.tandem.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once Tandem is ready, the address it actually listens on (the port may be any). */
@Component
public class WhereToOpen {

  private static final Logger log = LoggerFactory.getLogger(WhereToOpen.class);

  /** The address of this running Tandem, from the port its web server really took. */
  public static String url(ApplicationContext context) {
    if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
      String path = context.getEnvironment().getProperty("server.servlet.context-path", "");
      return "http://localhost:" + web.getWebServer().getPort() + path;
    }
    return "http://localhost:" + context.getEnvironment().getProperty("server.port", "8080");
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    log.info("Tandem is running at {}", url(event.getApplicationContext()));
  }
}
