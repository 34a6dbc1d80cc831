package org.keserasian.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

/**
 * Runs the Neo4j Community engine in this JVM with its Bolt connector on loopback.
 *
 * <p>Protocol with the parent process: exactly one line starting with {@code NEO4J_READY } and a JSON
 * object follows once Bolt accepts connections; a failure prints one line starting with
 * {@code NEO4J_FAILED } and a JSON object, and exits non-zero. Everything else goes to stderr.
 */
public final class Launcher {
  private static final String HOST = "127.0.0.1";

  private Launcher() {}

  public static void main(String[] args) {
    PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Neo4j logs to stdout by default; the parent reads stdout for the protocol lines alone.
    System.setOut(System.err);
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      fail(protocol, "bad-option", e.getMessage(), 64);
      return;
    }
    try {
      run(options, protocol);
    } catch (LauncherException e) {
      fail(protocol, e.code, e.getMessage(), 2);
    } catch (Throwable e) {
      e.printStackTrace(System.err);
      fail(protocol, "start-failed", String.valueOf(e.getMessage()), 1);
    }
  }

  private static void run(Options options, PrintStream protocol) throws Exception {
    // A shared data directory is the more telling conflict, so it is checked first; an ephemeral
    // directory is only created once the port is known to be free, so a refusal leaves nothing.
    DataDirectory dataDirectory;
    if (options.ephemeral) {
      ensurePortFree(options.port);
      dataDirectory = DataDirectory.open(options.dataDirectory, true);
    } else {
      dataDirectory = DataDirectory.open(options.dataDirectory, false);
      try {
        ensurePortFree(options.port);
      } catch (LauncherException e) {
        dataDirectory.release();
        throw e;
      }
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDirectory.path())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // Stopping should take a second, not the default ten: open Bolt work is ended, and
            // committed data is safe in the transaction log either way.
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.err.println("neo4j-launcher: shutting down");
                  long started = System.nanoTime();
                  dbms.shutdown();
                  System.err.println(
                      "neo4j-launcher: stopped in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                  dataDirectory.release();
                  stopped.countDown();
                },
                "neo4j-launcher-shutdown"));

    // Touch the default database so that startup errors surface before we claim readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    waitForBolt(options.port);

    protocol.println(
        "NEO4J_READY {\"bolt\":\"bolt://"
            + HOST
            + ":"
            + options.port
            + "\",\"version\":\""
            + Version.getNeo4jVersion()
            + "\",\"pid\":"
            + ProcessHandle.current().pid()
            + ",\"dataDirectory\":"
            + Json.string(dataDirectory.path().toString())
            + ",\"ephemeral\":"
            + options.ephemeral
            + "}");

    if (options.exitWithParent) {
      exitWhenStdinCloses();
    }
    stopped.await();
  }

  /**
   * The parent keeps our stdin open for as long as it lives; when it dies, even by SIGKILL, the
   * pipe closes and we shut down cleanly, so no stray JVM outlives a crashed test run.
   */
  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException e) {
                // A broken pipe means the same as end of input.
              }
              System.err.println("neo4j-launcher: parent went away");
              System.exit(0);
            },
            "neo4j-launcher-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void ensurePortFree(int port) throws LauncherException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
    } catch (IOException e) {
      throw new LauncherException(
          "port-in-use",
          "Bolt port " + port + " on " + HOST + " is already in use (" + e.getMessage() + ")");
    }
  }

  private static void waitForBolt(int port) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new LauncherException("bolt-not-listening", "Bolt did not open on port " + port);
        }
        Thread.sleep(50);
      }
    }
  }

  private static void fail(PrintStream protocol, String code, String message, int exitCode) {
    protocol.println(
        "NEO4J_FAILED {\"code\":" + Json.string(code) + ",\"message\":" + Json.string(message) + "}");
    System.err.println("neo4j-launcher: " + message);
    Runtime.getRuntime().halt(exitCode);
  }

  static Path createTempDirectory() throws IOException {
    return Files.createTempDirectory("neo4j-launcher-");
  }
}
