package org.newsevents.tools.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet's SNAPPY page compression through snappy-java directly: page bytes go in; raw Snappy
 * blocks (what Parquet's SNAPPY codec means) come out, and back. Parquet's own codec factory builds
 * a Hadoop {@code Configuration}, which would need Hadoop's whole runtime on the classpath.
 */
public final class SnappyCodec implements CompressionCodecFactory {

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    requireSnappy(codec);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return BytesInput.from(Snappy.compress(bytes.toByteArray()));
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.SNAPPY;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    requireSnappy(codec);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        return BytesInput.from(Snappy.uncompress(bytes.toByteArray()));
      }

      @Override
      public void decompress(
          ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
          throws IOException {
        byte[] compressed = new byte[compressedSize];
        input.get(compressed);
        output.put(Snappy.uncompress(compressed));
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  private static void requireSnappy(CompressionCodecName codec) {
    if (codec != CompressionCodecName.SNAPPY) {
      throw new IllegalArgumentException("only SNAPPY is supported here, not " + codec);
    }
  }
}
