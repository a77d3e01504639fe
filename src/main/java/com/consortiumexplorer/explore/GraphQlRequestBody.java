package com.consortiumexplorer.explore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL POST whose JSON body is not an object ({@code null}, an array, a number) with 400 and a
 * GraphQL error, looking only at its first byte. Spring for GraphQL would read such a body as no request at all
 * and fail with a server error; every other body passes on untouched.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlRequestBody extends OncePerRequestFilter {

    private final String path;

    GraphQlRequestBody(@Value("${spring.graphql.http.path:/graphql}") String path) {
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !path.equals(request.getRequestURI())
                || !isJson(request.getContentType());
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null
                    && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
        int first = body.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = body.read();
        }
        if (first != '{') {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write("""
                            {"errors":[{"message":"The request body must be a JSON object such as {\\"query\\": \\"{ … }\\"}",\
                            "extensions":{"classification":"BAD_REQUEST"}}]}""".getBytes(StandardCharsets.UTF_8));
            return;
        }
        body.unread(first);
        chain.doFilter(new Wrapper(request, body), response);
    }

    /** The request with its body stream starting at the byte this filter looked at. */
    private static final class Wrapper extends HttpServletRequestWrapper {

        private final ServletInputStream stream;

        Wrapper(HttpServletRequest request, PushbackInputStream body) {
            super(request);
            ServletInputStream original;
            try {
                original = request.getInputStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            this.stream = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return body.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return body.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return original.isFinished();
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    original.setReadListener(listener);
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }
    }
}
