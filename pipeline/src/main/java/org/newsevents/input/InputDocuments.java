package org.newsevents.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.newsevents.records.InvalidArticleException;

/**
 * Splits one input file into its documents: a plain file is one document, a {@code .gz} or {@code
 * .bz2} file one decompressed document, and each file member of a {@code .zip} one document. At
 * most {@code maxBytes} decompressed bytes are read per input file, so a compression bomb costs a
 * bounded time and memory and ends as a {@code TOO_LARGE} failure.
 */
public final class InputDocuments {

  /** Receives the documents of a file in order; a failure ends the file. */
  public interface Sink {
    /** A document: its member name inside an archive (null otherwise) and its bytes. */
    void document(String member, byte[] bytes);

    /** The file (member null) or the archive member that could not be read; nothing follows. */
    void failed(String member, Exception error);
  }

  private final long maxBytes;

  public InputDocuments(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The name that decides a document's format: the file name without a compression suffix. */
  public static String formatName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return name.substring(0, name.length() - 3);
    }
    if (lower.endsWith(".bz2")) {
      return name.substring(0, name.length() - 4);
    }
    return name;
  }

  static boolean isZip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /** Reads the file {@code name} from {@code raw} (its bytes as stored) into {@code sink}. */
  public void read(String name, InputStream raw, Sink sink) {
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (isZip(lower)) {
        readZip(raw, sink);
      } else if (lower.endsWith(".gz")) {
        sink.document(null, readCapped(new GzipCompressorInputStream(raw, true), maxBytes));
      } else if (lower.endsWith(".bz2")) {
        sink.document(null, readCapped(new BZip2CompressorInputStream(raw, true), maxBytes));
      } else {
        sink.document(null, readCapped(raw, maxBytes));
      }
    } catch (IOException | RuntimeException e) {
      sink.failed(null, e);
    }
  }

  private void readZip(InputStream raw, Sink sink) throws IOException {
    long left = maxBytes;
    int members = 0;
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(raw)) {
      for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        members++;
        byte[] bytes;
        try {
          bytes = readCapped(zip, left);
        } catch (IOException | RuntimeException e) {
          sink.failed(entry.getName(), e);
          return;
        }
        left -= bytes.length;
        sink.document(entry.getName(), bytes);
      }
    }
    if (members == 0) {
      throw new InvalidArticleException(
          InvalidArticleException.EMPTY_DOCUMENT, "zip archive without file members");
    }
  }

  /** All bytes of {@code in}, or a TOO_LARGE failure as soon as there are more than {@code max}. */
  private static byte[] readCapped(InputStream in, long max) throws IOException {
    int limit = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(limit);
    if (bytes.length == limit && in.read() >= 0) {
      throw new InvalidArticleException(
          InvalidArticleException.TOO_LARGE,
          "more than " + max + " bytes after decompression (limit --maxFileBytes)");
    }
    return bytes;
  }
}
