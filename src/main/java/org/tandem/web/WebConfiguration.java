package org.tandem.web;

import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its webjar where its stylesheet expects its fonts and images, and
 * checks every request's parameters for text the database cannot store.
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

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(unstorableText);
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
