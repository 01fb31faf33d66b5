package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazetteer.deploy.Ports;

/**
 * Debian's nginx as a keep-alive reverse proxy in front of one service: the yardstick the gateway
 * is measured against. Its configuration, logs and temporary files are in a folder of its own; it
 * runs in the foreground as a child of the benchmark, with one worker per core, an access log (as
 * the gateway writes one) and HTTP/1.1 connections to the service that it keeps open.
 */
final class NginxProxy implements AutoCloseable {

  static final String PACKAGE = "nginx-light";
  private static final Duration START = Duration.ofSeconds(20);

  private final Process process;
  private final int port;

  private NginxProxy(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts nginx on a free loopback port in front of {@code upstreamPort} and waits for it. */
  static NginxProxy start(int upstreamPort) throws IOException, InterruptedException {
    Path nginx = Executables.require("nginx", PACKAGE);
    Path dir = Files.createTempDirectory("gazetteer-nginx-");
    int port = Ports.freePort();
    Files.writeString(dir.resolve("nginx.conf"), config(dir, port, upstreamPort));
    Process process =
        new ProcessBuilder(
                nginx.toString(),
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    NginxProxy proxy = new NginxProxy(process, port);
    proxy.awaitListening(dir);
    return proxy;
  }

  static String config(Path dir, int port, int upstreamPort) {
    return String.join(
        "\n",
        List.of(
            "worker_processes auto;",
            "pid " + dir.resolve("nginx.pid") + ";",
            "error_log " + dir.resolve("error.log") + " warn;",
            "events { worker_connections 1024; }",
            "http {",
            "  access_log " + dir.resolve("access.log") + ";",
            "  client_body_temp_path " + dir.resolve("body") + ";",
            "  proxy_temp_path " + dir.resolve("proxy") + ";",
            "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
            "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
            "  scgi_temp_path " + dir.resolve("scgi") + ";",
            "  upstream service { server 127.0.0.1:" + upstreamPort + "; keepalive 64; }",
            "  server {",
            "    listen 127.0.0.1:" + port + ";",
            "    location / {",
            "      proxy_pass http://service;",
            "      proxy_http_version 1.1;",
            "      proxy_set_header Connection \"\";",
            "      proxy_set_header Host $host;",
            "      proxy_set_header X-Forwarded-For $remote_addr;",
            "    }",
            "  }",
            "}",
            ""));
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** The master process and its workers. */
  List<Long> pids() {
    return Stream.concat(Stream.of(process.toHandle()), process.toHandle().descendants())
        .map(ProcessHandle::pid)
        .toList();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private void awaitListening(Path dir) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        // a pause that ends at once if nginx exits meanwhile
        process.waitFor(100, TimeUnit.MILLISECONDS);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
  }
}
