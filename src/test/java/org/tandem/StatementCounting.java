package org.tandem;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares while it answers one request, so a test can
 * show that a list costs the same number of queries however many rows it holds. A request that
 * carries the header {@value #HEADER} has its count kept under the header's value. The statements
 * still go to the real database: this only counts them on their way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

  public static final String HEADER = "X-Test-Count-Statements";

  private static final ThreadLocal<int[]> ON_THIS_THREAD =
      ThreadLocal.withInitial(() -> new int[1]);
  private static final Map<String, Integer> COUNTED = new ConcurrentHashMap<>();

  /** The statements prepared while answering the request that carried this id. */
  public static Optional<Integer> of(String id) {
    return Optional.ofNullable(COUNTED.get(id));
  }

  @Bean
  static BeanPostProcessor countStatementsOnTheirWay() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting)
            ? new Counting(dataSource)
            : bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<Filter> keepTheCountOfEachRequest() {
    Filter filter =
        (request, response, chain) -> {
          String id = ((jakarta.servlet.http.HttpServletRequest) request).getHeader(HEADER);
          int before = ON_THIS_THREAD.get()[0];
          try {
            chain.doFilter(request, response);
          } finally {
            if (id != null) {
              COUNTED.put(id, ON_THIS_THREAD.get()[0] - before);
            }
          }
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Spring Boot still sees the pool behind it (health, metrics): it unwraps a delegate. */
  static final class Counting extends DelegatingDataSource {
    Counting(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counting(super.getConnection(username, password));
    }

    private static Connection counting(Connection connection) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement")
                || name.equals("createStatement")
                || name.equals("prepareCall")) {
              ON_THIS_THREAD.get()[0]++;
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
  }
}
