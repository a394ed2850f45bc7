package org.faktograf.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client would tidy up (a path with "..", a
 * body bigger than it declares, a declared length it never sends).
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A response: status, head and body as text (ISO-8859-1 for the head, UTF-8 for the body). */
    record Answer(int status, String head, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Sends a request head (lines without the final blank line) and optionally a body; reads the answer. */
    static Answer exchange(int port, String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                Thread writer = new Thread(() -> {
                    try {
                        for (int i = 0; i < body.length; i += 65536) {
                            out.write(body, i, Math.min(65536, body.length - i));
                        }
                        out.flush();
                    } catch (IOException e) {
                        // the server may answer and close before the whole body is sent: that is the point
                    }
                });
                writer.setDaemon(true);
                writer.start();
            }
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    all.write(buffer, 0, n);
                    if (complete(all.toByteArray())) {
                        break;
                    }
                }
            } catch (java.net.SocketException e) {
                // a reset after the answer arrived
            }
            return parse(all.toByteArray());
        }
    }

    private static boolean complete(byte[] b) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, end));
        return m.find() && b.length >= end + 4 + Integer.parseInt(m.group(1));
    }

    private static Answer parse(byte[] b) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no HTTP answer: " + text);
        }
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        byte[] body = java.util.Arrays.copyOfRange(b, end + 4, b.length);
        return new Answer(status, head, body);
    }
}
