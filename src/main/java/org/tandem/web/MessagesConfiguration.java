package org.tandem.web;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The service's words, from the bundles {@code spring.messages.basename} names, merged into one
 * table per language when first asked for. A page looks up a hundred or more words; Spring Boot's
 * own message source tries each of the fourteen bundles in turn for every one of them, which was a
 * fifth of the time taken to draw her record. Each key is defined once across the bundles
 * (MessageBundlesTest), so merging them changes no word.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

  @Bean
  MessageSource messageSource(@Value("${spring.messages.basename}") String basenames) {
    ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    messages.setBasenames(
        Arrays.stream(basenames.split(","))
            .map(name -> "classpath:" + name.strip())
            .toArray(String[]::new));
    messages.setDefaultEncoding("UTF-8");
    // Kept for as long as Tandem runs: a negative cache time is what merges the bundles.
    messages.setCacheMillis(-1);
    return messages;
  }
}
