package org.newsevents.nlp;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/**
 * A stored annotation's protobuf bytes without the parts no extractor reads, before CoreNLP's
 * {@code fromProto} turns them into objects: serialized {@link CoreNLPProtos.Document} bytes go in;
 * the same document comes out with, in every sentence, the dependency graphs other than the basic
 * and enhanced++ ones dropped and CoreNLP's number merging switched off, in every token the fields
 * no extractor reads ({@link #UNREAD_TOKEN_FIELDS}) dropped, and without the document's second copy
 * of the entity mentions.
 *
 * <p>Why: {@code depparse} stores five dependency graphs per sentence and {@code fromProto} builds
 * all five (each edge under one JVM-wide lock), then runs {@code NumberNormalizer} over every
 * sentence again. The project reads only {@code BasicDependenciesAnnotation} and {@code
 * EnhancedPlusPlusDependenciesAnnotation} ({@link org.newsevents.nlp.text.AnnotatedText}) and never
 * {@code NumerizedTokensAnnotation}; of the 50 first entries of the 400-article {@code fast} store
 * the three unread graphs are 1.9 of 5.3 MB. The entry on disk keeps everything (lossless), so a
 * later extractor that needs a dropped graph needs only this class changed, not the store. The
 * dropped token fields also leave each token's {@code CoreLabel} with 9 keys instead of 17, and
 * every lookup of a key (a linear scan: {@code index()} and {@code sentIndex()}, which {@code
 * IndexedWord.equals} and the graphs ask all the time, are the last keys) shorter.
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

  /**
   * Token fields no extractor reads: CoreNLP's per-token NER label probabilities (a string per
   * token that {@code fromProto} splits and parses into a map: the largest token field, about a
   * fifth of the token bytes), the text around and under the token ({@code before}, {@code after},
   * {@code originalText}: the body and the character offsets give the text), the coarse NER tag
   * (the project reads the NER tag), the token's own token offsets (its index is kept), and the
   * newline and XML flags.
   */
  static final Set<Integer> UNREAD_TOKEN_FIELDS =
      Set.of(
          CoreNLPProtos.Token.NERLABELPROBS_FIELD_NUMBER,
          CoreNLPProtos.Token.BEFORE_FIELD_NUMBER,
          CoreNLPProtos.Token.AFTER_FIELD_NUMBER,
          CoreNLPProtos.Token.ORIGINALTEXT_FIELD_NUMBER,
          CoreNLPProtos.Token.COARSENER_FIELD_NUMBER,
          CoreNLPProtos.Token.TOKENBEGININDEX_FIELD_NUMBER,
          CoreNLPProtos.Token.TOKENENDINDEX_FIELD_NUMBER,
          CoreNLPProtos.Token.ISNEWLINE_FIELD_NUMBER,
          CoreNLPProtos.Token.HASXMLCONTEXT_FIELD_NUMBER);

  private static final int SENTENCE = CoreNLPProtos.Document.SENTENCE_FIELD_NUMBER;

  /**
   * The document's copy of the entity mentions, which {@code fromProto} never reads (it builds the
   * document's mentions from each sentence's own): parsed for nothing, about 2% of an entry.
   */
  private static final int DOCUMENT_MENTIONS = CoreNLPProtos.Document.MENTIONS_FIELD_NUMBER;

  private static final int TOKEN = CoreNLPProtos.Sentence.TOKEN_FIELD_NUMBER;
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
      } else if (WireFormat.getTagFieldNumber(tag) == DOCUMENT_MENTIONS) {
        in.skipField(tag);
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
      } else if (field == TOKEN
          && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        out.writeByteArray(TOKEN, token(in.readByteArray()));
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

  /** A token's bytes without its unread fields: the kept fields' bytes copied as they are. */
  private static byte[] token(byte[] token) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(token);
    byte[] kept = new byte[token.length];
    int length = 0;
    int start = 0;
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      boolean unread = UNREAD_TOKEN_FIELDS.contains(WireFormat.getTagFieldNumber(tag));
      in.skipField(tag);
      int end = in.getTotalBytesRead();
      if (!unread) {
        System.arraycopy(token, start, kept, length, end - start);
        length += end - start;
      }
      start = end;
    }
    return length == token.length ? token : Arrays.copyOf(kept, length);
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
