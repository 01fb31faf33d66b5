package org.gazetteer.common.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Raw HTTP/1.1 over a loopback socket, for what ordinary clients will not send: a request that
 * declares a huge body and waits for {@code 100 Continue}, a malformed request line. Reads the
 * answer until the server closes the connection or goes quiet for a few seconds.
 */
public final class LoopbackHttp {

  private static final int QUIET_MILLIS = 5_000;
  private static final int MAX_ANSWER_BYTES = 1 << 20;

  private LoopbackHttp() {}

  /** Sends {@code request} as is to the host and port of {@code base}; returns the raw answer. */
  public static String exchange(URI base, String request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(QUIET_MILLIS);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer);
          n > 0 && answer.size() < MAX_ANSWER_BYTES;
          n = in.read(buffer)) {
        answer.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      // the server keeps the connection open: what arrived is the answer
    }
    return answer.toString(StandardCharsets.UTF_8);
  }
}
