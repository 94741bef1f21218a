package org.tandem.backup;

/**
 * A backup or restore that cannot go on, with a message for the person at the command line: what
 * went wrong and, where there is one, what to do about it. The command prints it and exits
 * non-zero.
 */
class BackupException extends RuntimeException {

  BackupException(String message) {
    super(message);
  }

  BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
