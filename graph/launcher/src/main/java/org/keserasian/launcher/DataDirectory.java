package org.keserasian.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database's home, locked for this launcher alone. Neo4j's own store lock would also refuse a
 * second instance, but only after a slow start and with a message about store files; our lock
 * fails at once and says which directory and which process holds it.
 */
final class DataDirectory {
  private final Path path;
  private final boolean ephemeral;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private DataDirectory(Path path, boolean ephemeral, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.ephemeral = ephemeral;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  static DataDirectory open(Path requested, boolean ephemeral) throws IOException, LauncherException {
    Path path = ephemeral ? Launcher.createTempDirectory() : requested.toAbsolutePath().normalize();
    Files.createDirectories(path);
    Path lockFile = path.resolve("launcher.lock");
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
      channel.close();
      throw new LauncherException(
          "data-directory-in-use",
          "data directory " + path + " is in use by another launcher"
              + (holder.isEmpty() ? "" : " (pid " + holder + ")"));
    }
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(
        String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
    channel.force(true);
    return new DataDirectory(path, ephemeral, channel, lock);
  }

  Path path() {
    return path;
  }

  void release() {
    try {
      lock.release();
      lockChannel.close();
      if (ephemeral) {
        deleteTree(path);
      }
    } catch (IOException e) {
      System.err.println("neo4j-launcher: could not clean up " + path + ": " + e.getMessage());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
