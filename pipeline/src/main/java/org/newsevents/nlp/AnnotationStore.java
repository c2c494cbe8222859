package org.newsevents.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsevents.nlp.text.QuoteMarks;
import org.newsevents.nlp.time.TimeNormalizer;
import org.newsevents.records.Hashes;

/**
 * CoreNLP annotations kept between runs: the normalized body and publication date of an article go
 * in; its annotation, made earlier with the same profile, comes out, or a miss.
 *
 * <p>An entry is CoreNLP's own protobuf serialization ({@link ProtobufAnnotationSerializer},
 * lossless settings), gzip-compressed, at {@code <fingerprint prefix>/<2 hex>/<key>.pb.gz}. The key
 * is the SHA-256 of the {@link #fingerprint} of the profile, the body as CoreNLP reads it and the
 * date. The fingerprint covers what changes an annotation (the profile's properties and the project
 * files they name, the gated NER's word list and version, CoreNLP's version) and deliberately not
 * the lexicons and rules the extractors read: rerunning after a lexicon change is what the store is
 * for.
 *
 * <p>Entries are written to a temporary name beside their place and renamed into it ({@link
 * Blobs#write}), so a run that dies mid-write leaves no half entry under the entry's name; two runs
 * writing the same entry write the same bytes. An entry that cannot be read or parsed is a miss
 * ({@link Lookup#unreadable}), never an error.
 */
public final class AnnotationStore {

  /** Bumped when the entry layout or serializer settings change. */
  static final int FORMAT = 1;

  /** The bytes of entries, by path relative to the store's directory. */
  public interface Blobs {
    /** The bytes at {@code path}, or null when there is no such entry. */
    byte[] read(String path) throws IOException;

    /** Writes {@code bytes} to a temporary name, then renames it to {@code path}. */
    void write(String path, byte[] bytes) throws IOException;

    /** Whether an entry is at {@code path}, without reading it (here: by reading it). */
    default boolean exists(String path) throws IOException {
      return read(path) != null;
    }
  }

  /** What a lookup found: an annotation, or none (a miss, and whether an entry was unreadable). */
  public record Lookup(Annotation annotation, boolean unreadable) {
    public boolean hit() {
      return annotation != null;
    }
  }

  private final Blobs blobs;
  private final String fingerprint;
  // Lossless: keeps everything CoreNLP's serializer knows, including what it would otherwise drop.
  // Reads the kept graphs as StoredGraphs.
  private final ProtobufAnnotationSerializer serializer = new StoredSerializer();

  public AnnotationStore(Blobs blobs, String fingerprint) {
    this.blobs = blobs;
    this.fingerprint = fingerprint;
  }

  /** A store in a local or Beam file system directory is made by the caller's {@link Blobs}. */
  public static AnnotationStore forProfile(Blobs blobs, String profile) {
    return new AnnotationStore(blobs, fingerprint(profile));
  }

  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The key of an article's annotation: the text CoreNLP reads ({@link QuoteMarks#forCoreNlp}, the
   * body itself unless it has double-apostrophe quotation marks) and the date under this store's
   * fingerprint.
   */
  public String key(String body, LocalDate published) {
    MessageDigest sha = Hashes.sha256();
    sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(QuoteMarks.forCoreNlp(body).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(String.valueOf(published).getBytes(StandardCharsets.UTF_8));
    return Hashes.hex(sha.digest());
  }

  /** Where an entry lives, relative to the store's directory. */
  public String path(String key) {
    return fingerprint.substring(0, 16) + "/" + key.substring(0, 2) + "/" + key + ".pb.gz";
  }

  /**
   * Whether the store holds an entry under {@code key}, without reading or parsing it (an entry
   * that turns out unreadable is a miss later); a store that cannot be asked answers no.
   */
  public boolean holds(String key) {
    try {
      return blobs.exists(path(key));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The stored annotation under {@code key}, or a miss. */
  public Lookup get(String key) {
    long start = System.nanoTime();
    try {
      return read(key);
    } finally {
      StageTimes.add(StageTimes.Stage.STORE_READ, start);
    }
  }

  private Lookup read(String key) {
    byte[] bytes;
    try {
      bytes = blobs.read(path(key));
    } catch (IOException e) {
      return new Lookup(null, true);
    }
    if (bytes == null) {
      return new Lookup(null, false);
    }
    try {
      return new Lookup(deserialize(bytes), false);
    } catch (IOException | RuntimeException e) {
      return new Lookup(null, true);
    }
  }

  /** Stores serialized bytes ({@link #serialize}) under {@code key}. */
  public void put(String key, byte[] serialized) throws IOException {
    blobs.write(path(key), serialized);
  }

  /** The compressed protobuf bytes of an annotation. */
  public byte[] serialize(Annotation annotation) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      serializer.toProto(annotation).writeTo(gzip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The annotation back from {@link #serialize}'s bytes, with what the extractors read: the parts
   * no extractor reads are left out before CoreNLP's {@code fromProto} ({@link StoredDocument}).
   */
  public Annotation deserialize(byte[] bytes) throws IOException {
    byte[] document;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      document = in.readAllBytes();
    }
    // Partial: protobuf's check of required fields walks every message of the document once more
    // (about a tenth of a first warm run's decode). The bytes are those CoreNLP wrote, whole: a
    // damaged or cut entry fails gzip's CRC or length check above, a read error like a parse
    // error.
    return serializer.fromProto(
        CoreNLPProtos.Document.parser()
            .parsePartialFrom(StoredDocument.withoutUnreadParts(document)));
  }

  /**
   * The fingerprint of a profile: SHA-256 over the store format, CoreNLP's version (its code and
   * models jar share it), the profile's properties in key order with the bytes of every project
   * resource they name ({@code newsevents/...}, e.g. the TokensRegex rules), and the gated NER's
   * version and word list.
   */
  public static String fingerprint(String profile) {
    Map<String, String> parts = new TreeMap<>();
    parts.put("format", String.valueOf(FORMAT));
    parts.put("corenlp", Provenance.coreNlpVersion());
    parts.put("gatedner", GatedNerAnnotator.VERSION);
    parts.put("gatedner.words", resource(GatedNerAnnotator.WORDS));
    Properties properties = CoreNlpPipelines.properties(profile);
    for (String name : properties.stringPropertyNames()) {
      if (extractionOnly(name)) {
        continue;
      }
      String value = properties.getProperty(name).strip();
      parts.put("property." + name, value);
      for (String part : value.split(",")) {
        if (part.strip().startsWith("newsevents/")) {
          parts.put("resource." + part.strip(), resource(part.strip()));
        }
      }
    }
    MessageDigest sha = Hashes.sha256();
    for (Map.Entry<String, String> part : parts.entrySet()) {
      sha.update(part.getKey().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(part.getValue().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return Hashes.hex(sha.digest());
  }

  /**
   * The profile properties that only the project's extractors read, after annotation (the time
   * normalizer, {@code newsevents.*} such as the trained cue model): switching them reuses the
   * store.
   */
  static boolean extractionOnly(String property) {
    return property.equals(TimeNormalizer.PROPERTY) || property.startsWith("newsevents.");
  }

  private static String resource(String name) {
    try (InputStream in = AnnotationStore.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("annotation store: resource not found: " + name);
      }
      return Hashes.hex(Hashes.sha256().digest(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
