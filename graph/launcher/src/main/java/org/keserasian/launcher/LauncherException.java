package org.keserasian.launcher;

/** A startup failure with a fixed, machine-readable code and a message for people. */
final class LauncherException extends Exception {
  final String code;

  LauncherException(String code, String message) {
    super(message);
    this.code = code;
  }
}
