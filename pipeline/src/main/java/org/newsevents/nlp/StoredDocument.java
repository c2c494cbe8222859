package org.newsevents.nlp;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

/**
 * A stored annotation's protobuf bytes without the parts no extractor reads, before CoreNLP's
 * {@code fromProto} turns them into objects: serialized {@link CoreNLPProtos.Document} bytes go in;
 * the same document comes out with, in every sentence, the dependency graphs other than the basic
 * and enhanced++ ones dropped, and CoreNLP's number merging switched off.
 *
 * <p>Why: {@code depparse} stores five dependency graphs per sentence and {@code fromProto} builds
 * all five (each edge under one JVM-wide lock), then runs {@code NumberNormalizer} over every
 * sentence again. The project reads only {@code BasicDependenciesAnnotation} and {@code
 * EnhancedPlusPlusDependenciesAnnotation} ({@link org.newsevents.nlp.text.AnnotatedText}) and never
 * {@code NumerizedTokensAnnotation}; of the 50 first entries of the 400-article {@code fast} store
 * the three unread graphs are 1.9 of 5.3 MB. The entry on disk keeps everything (lossless), so a
 * later extractor that needs a dropped graph needs only this class changed, not the store.
 *
 * <p>The filter works on the wire format: fields it keeps are copied as they are, unknown ones
 * included. A sentence with coreference mentions keeps its enhanced graph, which CoreNLP attaches
 * to those mentions ({@code full} profile).
 */
public final class StoredDocument {

  /** Sentence graphs no extractor reads. */
  static final Set<Integer> UNREAD_GRAPHS =
      Set.of(
          CoreNLPProtos.Sentence.COLLAPSEDDEPENDENCIES_FIELD_NUMBER,
          CoreNLPProtos.Sentence.COLLAPSEDCCPROCESSEDDEPENDENCIES_FIELD_NUMBER,
          CoreNLPProtos.Sentence.ALTERNATIVEDEPENDENCIES_FIELD_NUMBER,
          CoreNLPProtos.Sentence.ENHANCEDDEPENDENCIES_FIELD_NUMBER);

  private static final int SENTENCE = CoreNLPProtos.Document.SENTENCE_FIELD_NUMBER;
  private static final int NUMERIZED =
      CoreNLPProtos.Sentence.HASNUMERIZEDTOKENSANNOTATION_FIELD_NUMBER;
  private static final int COREF_MENTIONS = CoreNLPProtos.Sentence.MENTIONSFORCOREF_FIELD_NUMBER;
  private static final int ENHANCED = CoreNLPProtos.Sentence.ENHANCEDDEPENDENCIES_FIELD_NUMBER;

  private StoredDocument() {}

  /** The document's bytes with the unread parts of its sentences left out. */
  public static byte[] withoutUnreadParts(byte[] document) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(document);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.length);
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      if (WireFormat.getTagFieldNumber(tag) == SENTENCE
          && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        out.writeByteArray(SENTENCE, sentence(in.readByteArray()));
      } else {
        in.skipField(tag, out);
      }
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static byte[] sentence(byte[] sentence) throws IOException {
    boolean corefMentions = has(sentence, COREF_MENTIONS);
    CodedInputStream in = CodedInputStream.newInstance(sentence);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(sentence.length);
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      int field = WireFormat.getTagFieldNumber(tag);
      if (field == NUMERIZED) {
        in.skipField(tag);
      } else if (UNREAD_GRAPHS.contains(field) && !(field == ENHANCED && corefMentions)) {
        in.skipField(tag);
      } else {
        in.skipField(tag, out);
      }
    }
    // Present and false: fromProto does not merge numbers (absent, it would).
    out.writeBool(NUMERIZED, false);
    out.flush();
    return bytes.toByteArray();
  }

  private static boolean has(byte[] message, int field) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(message);
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      if (WireFormat.getTagFieldNumber(tag) == field) {
        return true;
      }
      in.skipField(tag);
    }
    return false;
  }
}
