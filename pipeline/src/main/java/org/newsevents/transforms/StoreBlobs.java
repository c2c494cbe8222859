package org.newsevents.transforms;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.newsevents.nlp.AnnotationStore;
import org.newsevents.nlp.LocalBlobs;

/**
 * The entries of an annotation store in any Beam file system ({@code gs://}, {@code hdfs://}, …): a
 * store directory goes in; its {@link AnnotationStore.Blobs} come out. A local directory (no
 * scheme, or {@code file:}) uses {@link LocalBlobs}. Elsewhere an entry is written under a
 * temporary name and renamed with {@link FileSystems#rename}; object stores such as GCS make an
 * object visible only once it is complete, and HDFS renames atomically.
 */
public final class StoreBlobs implements AnnotationStore.Blobs {

  private final String root;

  private StoreBlobs(String root) {
    this.root = root.replaceAll("/+$", "");
  }

  /** The blobs of the store directory {@code dir}. */
  public static AnnotationStore.Blobs of(String dir) {
    String scheme =
        dir.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*") ? URI.create(dir).getScheme() : null;
    if (scheme == null) {
      return new LocalBlobs(Path.of(dir));
    }
    if (scheme.equals("file")) {
      return new LocalBlobs(Path.of(URI.create(dir)));
    }
    return new StoreBlobs(dir);
  }

  @Override
  public byte[] read(String path) throws IOException {
    ResourceId id = FileSystems.matchNewResource(root + "/" + path, false);
    try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
      return in.readAllBytes();
    } catch (FileNotFoundException | NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public boolean exists(String path) throws IOException {
    MatchResult match = FileSystems.match(root + "/" + path, EmptyMatchTreatment.ALLOW);
    return match.status() == MatchResult.Status.OK && !match.metadata().isEmpty();
  }

  @Override
  public void write(String path, byte[] bytes) throws IOException {
    ResourceId target = FileSystems.matchNewResource(root + "/" + path, false);
    ResourceId temp =
        FileSystems.matchNewResource(
            root + "/" + path + LocalBlobs.TEMP_MARK + UUID.randomUUID(), false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temp, MimeTypes.BINARY))) {
      out.write(bytes);
    }
    FileSystems.rename(
        List.of(temp), List.of(target), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
