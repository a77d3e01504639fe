package com.consortiumexplorer.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A blocking HTTP/1.1 client: each benchmark thread keeps its own keep-alive connection to each server and reads its
 * answers on its own thread. The client runs on the same two cores as the servers it measures, so it should cost as
 * little as the Neo4j driver the Cypher baseline is asked through: the JDK's {@code HttpClient} hands every exchange
 * from a shared selector thread to a pool, which cost more CPU per request than the app's answer to a small
 * question. It speaks what the two GraphQL servers answer with: a body of a given length or in chunks, keep-alive
 * until the server closes, and a connection the server closed while idle opened anew.
 */
final class SocketHttp implements AutoCloseable {

    /** A status and a body. */
    record Response(int status, byte[] body) {}

    /** A POST request to a server, its bytes written once. */
    record Request(InetSocketAddress server, byte[] bytes) {

        static Request post(URI url, Map<String, String> headers, byte[] body) {
            int port = url.getPort() == -1 ? 80 : url.getPort();
            StringBuilder head = new StringBuilder()
                    .append("POST ")
                    .append(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                    .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(url.getHost())
                    .append(':')
                    .append(port)
                    .append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] bytes = new byte[start.length + body.length];
            System.arraycopy(start, 0, bytes, 0, start.length);
            System.arraycopy(body, 0, bytes, start.length, body.length);
            return new Request(new InetSocketAddress(url.getHost(), port), bytes);
        }
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private final ThreadLocal<Map<InetSocketAddress, Connection>> connections = ThreadLocal.withInitial(HashMap::new);
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    /** Sends the request on this thread's connection to its server, opening one when there is none. */
    Response send(Request request) throws IOException {
        Map<InetSocketAddress, Connection> mine = connections.get();
        Connection connection = mine.get(request.server());
        if (connection != null) {
            try {
                return exchange(mine, connection, request);
            } catch (StaleConnection e) {
                // closed by the server while idle, before it read the request: send it again on a new one
                connection.close();
            }
        }
        connection = new Connection(request.server());
        mine.put(request.server(), connection);
        open.add(connection);
        return exchange(mine, connection, request);
    }

    private Response exchange(Map<InetSocketAddress, Connection> mine, Connection connection, Request request)
            throws IOException {
        try {
            Response response = connection.exchange(request.bytes());
            if (connection.closed) {
                mine.remove(request.server());
                open.remove(connection);
            }
            return response;
        } catch (IOException | RuntimeException e) {
            mine.remove(request.server());
            open.remove(connection);
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() {
        open.forEach(Connection::close);
        open.clear();
    }

    /** The server closed a kept-alive connection before answering anything. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("the server closed the connection");
        }
    }

    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean used;
        private boolean closed;

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int first = in.read();
            if (first < 0) {
                if (used) {
                    throw new StaleConnection();
                }
                throw new EOFException("the server closed the connection without an answer");
            }
            used = true;
            String status = (char) first + line();
            if (!status.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = status.startsWith("HTTP/1.0");
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.endsWith("chunked");
                    case "connection" -> close = value.contains("close") || (close && !value.contains("keep-alive"));
                    default -> {}
                }
            }
            byte[] body;
            if (chunked) {
                body = chunks();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length != length) {
                    throw new EOFException("the answer ended after " + body.length + " of " + length + " bytes");
                }
            } else {
                body = in.readAllBytes();
                close = true;
            }
            if (close) {
                close();
            }
            return new Response(code, body);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int extension = size.indexOf(';');
                int n = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (n == 0) {
                    // trailers, if a server sends any, then the empty line
                    String trailer;
                    do {
                        trailer = line();
                    } while (!trailer.isEmpty());
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(n);
                if (chunk.length != n) {
                    throw new EOFException("a chunk ended early");
                }
                body.write(chunk);
                if (!line().isEmpty()) {
                    throw new IOException("a chunk of the wrong length");
                }
            }
        }

        /** A line of the head, without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the answer's head ended early");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing left to read or write
            }
        }
    }
}
