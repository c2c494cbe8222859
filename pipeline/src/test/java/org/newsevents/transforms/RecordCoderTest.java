package org.newsevents.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;

class RecordCoderTest {

  private static final Article ARTICLE =
      Article.newBuilder()
          .setDocId("bbc-1")
          .setSource("bbc/1.txt")
          .setTitle("Talks delayed")
          .setBody("The conference has been delayed.")
          .setContentHash("abc")
          .build();

  @Test
  void encodesExactlyAsAvroCoderAndDecodesTheSameRecord() throws Exception {
    byte[] ours = CoderUtils.encodeToByteArray(RecordCoder.of(Article.class), ARTICLE);
    byte[] avro = CoderUtils.encodeToByteArray(AvroCoder.of(Article.class), ARTICLE);

    assertArrayEquals(avro, ours);
    assertEquals(ARTICLE, CoderUtils.decodeFromByteArray(RecordCoder.of(Article.class), ours));
  }

  @Test
  void serializesWithoutTheSchema() {
    RecordCoder<Article> coder = RecordCoder.of(Article.class);
    int ours = SerializableUtils.serializeToByteArray(coder).length;
    int avro = SerializableUtils.serializeToByteArray(AvroCoder.of(Article.class)).length;

    assertTrue(ours < 1_000, "RecordCoder serialized in " + ours + " bytes");
    assertTrue(avro > 5 * ours, "AvroCoder " + avro + " bytes, RecordCoder " + ours);
    Object copy = SerializableUtils.clone(coder);
    assertEquals(coder, copy);
    assertNotEquals(coder, RecordCoder.of(ErrorRecord.class));
  }
}
