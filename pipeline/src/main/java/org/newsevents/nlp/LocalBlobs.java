package org.newsevents.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The entries of an {@link AnnotationStore} in a local directory: a relative path goes in; the
 * file's bytes come out. A write goes to a unique temporary file in the entry's directory, then an
 * atomic rename puts it in place, so a reader sees the whole entry or none.
 */
public final class LocalBlobs implements AnnotationStore.Blobs {

  /** Temporary files end with this, followed by a random suffix; readers never ask for them. */
  public static final String TEMP_MARK = ".tmp-";

  private final Path root;

  public LocalBlobs(Path root) {
    this.root = root;
  }

  @Override
  public byte[] read(String path) throws IOException {
    try {
      return Files.readAllBytes(root.resolve(path));
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public boolean exists(String path) {
    return Files.isRegularFile(root.resolve(path));
  }

  @Override
  public void write(String path, byte[] bytes) throws IOException {
    Path target = root.resolve(path);
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(target.getFileName() + TEMP_MARK + UUID.randomUUID());
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
