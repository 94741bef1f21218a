package org.tandem.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the most the service accepts with 413, before anything reads it: a
 * page's form or an API's JSON over {@code tandem.limits.request-body}, an upload over {@code
 * spring.servlet.multipart.max-request-size}. A body that says its length is judged by that alone,
 * so an oversized one is never read (Tomcat discards it, up to its swallow size, then closes the
 * connection). A body sent in chunks without a length is read here up to the limit and no further.
 * First of all filters, so that neither the session, security nor the parsers ever see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long mostBody;
  private final long mostUpload;

  RequestSizeLimit(
      @Value("${tandem.limits.request-body:1MB}") DataSize mostBody,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize mostUpload) {
    this.mostBody = mostBody.toBytes();
    this.mostUpload = mostUpload.toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean upload = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    long most = upload ? mostUpload : mostBody;
    long length = request.getContentLengthLong();
    if (length > most) {
      refuse(request, response, most);
      return;
    }
    // Chunked forms and uploads are parsed by Tomcat, within its own limits set to these.
    boolean form =
        type != null && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    if (length < 0 && !upload && !form && request.getHeader("Transfer-Encoding") != null) {
      byte[] body = request.getInputStream().readNBytes((int) most + 1);
      if (body.length > most) {
        refuse(request, response, most);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long most)
      throws IOException {
    String size = DataSize.ofBytes(most).toMegabytes() + " MB";
    // A filter runs before Spring MVC knows the language: it is read as the pages read it.
    Locale language = Languages.ofRequest(request);
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + WebWords.text(language, "web.api.tooLarge.title")
                  + "\",\"status\":413,\"detail\":\""
                  + WebWords.text(language, "web.api.tooLarge.detail", size)
                  + "\"}");
    } else {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
  }

  /** The request with its body, already read, given again to whoever reads it next. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        /** The whole body is already in memory: it is all available now, and then all read. */
        @Override
        public void setReadListener(ReadListener listener) {
          try {
            listener.onDataAvailable();
            listener.onAllDataRead();
          } catch (IOException e) {
            listener.onError(e);
          }
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              getCharacterEncoding() == null
                  ? StandardCharsets.UTF_8
                  : Charset.forName(getCharacterEncoding())));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
