package org.tandem.web;

import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its webjar where its stylesheet expects its fonts and images, and
 * checks every request's parameters for text the database cannot store, and lets any page be
 * switched to another offered language with {@code ?lang=cy} or {@code ?lang=en}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final String govukVersion;
  private final UnstorableText unstorableText;

  WebConfiguration(
      @Value("${tandem.govuk-frontend-version}") String govukVersion,
      UnstorableText unstorableText) {
    this.govukVersion = govukVersion;
    this.unstorableText = unstorableText;
  }

  @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver() {
    return new LanguageResolver();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(unstorableText);
    // A value that is not an offered language is ignored: the page is shown in the language it
    // was in, never an error.
    registry.addInterceptor(new LanguageSwitch()).order(Languages.SWITCH_ORDER);
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String dist =
        "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/";
    CacheControl cache = CacheControl.maxAge(1, TimeUnit.DAYS);
    registry.addResourceHandler("/govuk/**").addResourceLocations(dist).setCacheControl(cache);
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(dist + "assets/")
        .setCacheControl(cache);
  }
}
