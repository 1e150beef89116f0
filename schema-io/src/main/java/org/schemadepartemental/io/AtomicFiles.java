package org.schemadepartemental.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the whole new one: the content
 * goes to a temporary file in the same directory (same file system, so the rename is atomic),
 * is forced to disk, then moved over the target. On any failure the temporary file is deleted
 * and an existing target is left untouched.
 *
 * <p>The format registry writes plans this way; applications and the command line use it for
 * every other output (reports, exports) so that a failed run never truncates a file.
 */
public final class AtomicFiles {

  /** What writes the content. */
  @FunctionalInterface
  public interface ContentWriter {
    /** Writes the content to the stream, without closing it. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} atomically. A symbolic link is followed, so the file it points to is
   * replaced, not the link. An existing file's POSIX permissions are kept. Missing parent
   * directories are created.
   *
   * @throws IOException when the directory cannot take the temporary file, the content fails,
   *     or the move fails; the target is then unchanged
   */
  public static void write(Path target, ContentWriter content) throws IOException {
    if (target.getParent() == null && !target.isAbsolute()) {
      target = target.toAbsolutePath();
    }
    Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = real.getParent();
    Files.createDirectories(dir);
    // A dot file, created with the default permissions (umask), never one of fixed ones.
    Path temp = dir.resolve("." + real.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      copyPermissions(real, temp);
      try {
        Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Writes {@code text} as UTF-8 to {@code target} atomically, as {@link #write(Path, ContentWriter)}. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      target.setPermissions(source.readAttributes().permissions());
    }
  }
}
