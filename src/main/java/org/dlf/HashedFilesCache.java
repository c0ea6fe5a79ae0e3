package org.dlf;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The frontend build's files under {@code /VAADIN/build/} carry a hash of their content in their names (a new build
 * gives new names), so a browser may keep them for a year without asking again; Vaadin serves them with one hour.
 * A repeat visit then loads no script, style or font from the network.
 */
@Component
class HashedFilesCache extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final String PREFIX = "/VAADIN/build/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!name.equalsIgnoreCase("Cache-Control")) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!name.equalsIgnoreCase("Cache-Control")) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
