package org.keserasian.launcher;

import java.nio.file.Path;

/** Command-line options; heap is capped by the JVM's own -Xmx, set by whoever starts us. */
final class Options {
  int port = 7687;
  Path dataDirectory = Path.of(".data", "neo4j");
  boolean ephemeral = false;
  long pageCacheBytes = 256L * 1024 * 1024;
  boolean exitWithParent = false;

  static Options parse(String[] args) {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> options.port = parsePort(value(args, ++i, arg));
        case "--data" -> options.dataDirectory = Path.of(value(args, ++i, arg));
        case "--ephemeral" -> options.ephemeral = true;
        case "--exit-with-parent" -> options.exitWithParent = true;
        case "--pagecache" -> options.pageCacheBytes = parseBytes(value(args, ++i, arg), arg);
        default -> throw new IllegalArgumentException("unknown option " + arg
            + " (expected --port N, --data DIR, --ephemeral, --pagecache SIZE, --exit-with-parent)");
      }
    }
    return options;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number from 1 to 65535, got " + text);
    }
  }

  /** Sizes such as 256m, 1g or a plain number of bytes. */
  static long parseBytes(String text, String option) {
    String lower = text.trim().toLowerCase();
    long unit = 1;
    if (lower.endsWith("k")) unit = 1024L;
    if (lower.endsWith("m")) unit = 1024L * 1024;
    if (lower.endsWith("g")) unit = 1024L * 1024 * 1024;
    String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
    try {
      long value = Long.parseLong(digits) * unit;
      if (value <= 0) throw new NumberFormatException();
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a size such as 256m or 1g, got " + text);
    }
  }
}
