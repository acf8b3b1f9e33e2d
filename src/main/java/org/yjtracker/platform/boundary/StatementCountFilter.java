package org.yjtracker.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.yjtracker.platform.control.StatementCount;
import org.yjtracker.platform.control.StatementCounting;

/**
 * With {@code tracker.diagnostics.statement-count=true}, answers every request with {@value
 * #HEADER}: the SQL statements it ran through JPA (see {@link StatementCounting}). Tests use it to
 * prove that a page of 50 actions costs as many statements as a page of 5. Authentication runs
 * before any filter, so its statements are not in the count. Off by default: then this filter adds
 * nothing.
 */
@WebFilter("/*")
public class StatementCountFilter extends HttpFilter {

  public static final String HEADER = "X-Statement-Count";

  private boolean enabled;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    enabled = StatementCounting.enabled();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      chain.doFilter(request, response);
      return;
    }
    try (var count = StatementCount.begin()) {
      var counted = new CountedResponse(response, count);
      chain.doFilter(request, counted);
      counted.stamp();
    }
  }

  /**
   * Writes the count so far into the header each time the body may start (a header cannot follow
   * the body), and once more at the end if the response is still open: the header holds every
   * statement run before the response was committed.
   */
  static final class CountedResponse extends HttpServletResponseWrapper {

    private final StatementCount count;

    CountedResponse(HttpServletResponse response, StatementCount count) {
      super(response);
      this.count = count;
    }

    void stamp() {
      if (!isCommitted()) {
        setHeader(HEADER, Integer.toString(count.statements()));
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      stamp();
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      stamp();
      return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      stamp();
      super.flushBuffer();
    }

    @Override
    public void sendError(int status) throws IOException {
      stamp();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      stamp();
      super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      stamp();
      super.sendRedirect(location);
    }
  }
}
