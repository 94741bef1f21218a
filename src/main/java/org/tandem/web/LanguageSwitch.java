package org.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the language when the address asks for one ({@code ?lang=cy}). Spring's own
 * LocaleChangeInterceptor reads the parameter from the body too, which makes Tomcat parse a form
 * the size limit has already refused.
 */
class LanguageSwitch implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
    if (resolver != null) {
      Languages.asked(request).ifPresent(l -> resolver.setLocale(request, response, l));
    }
    return true;
  }
}
