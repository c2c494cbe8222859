package org.newsevents.transforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Beam's {@link AvroCoder} for one of the project's generated record classes, serialized as the
 * class name alone: the records are encoded exactly as by {@code AvroCoder.of(type)}.
 *
 * <p>Why: the direct runner translates every ParDo to its portable form and back once per bundle,
 * which serializes and deserializes the coders of its inputs and outputs; an {@link AvroCoder}
 * serializes its schema as JSON and parses it again on the way back. With the records' large
 * schemas that was the biggest cost of the pipeline besides CoreNLP (Java Flight Recorder, {@code
 * benchmark --profiles=fast}: twice the time the pipeline's own stages took). Here a deserialized
 * coder finds the JVM's one {@link AvroCoder} for its class.
 */
public final class RecordCoder<T extends SpecificRecord> extends CustomCoder<T> {

  private static final Map<Class<?>, AvroCoder<?>> CODERS = new ConcurrentHashMap<>();

  private final Class<T> type;

  private RecordCoder(Class<T> type) {
    this.type = type;
  }

  /** The coder of a generated record class. */
  public static <T extends SpecificRecord> RecordCoder<T> of(Class<T> type) {
    return new RecordCoder<>(type);
  }

  @SuppressWarnings("unchecked")
  private AvroCoder<T> avro() {
    return (AvroCoder<T>) CODERS.computeIfAbsent(type, AvroCoder::of);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    avro().encode(value, out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return avro().decode(in);
  }

  @Override
  public void verifyDeterministic() throws Coder.NonDeterministicException {
    avro().verifyDeterministic();
  }

  @Override
  public List<? extends Coder<?>> getCoderArguments() {
    return List.of();
  }

  @Override
  public TypeDescriptor<T> getEncodedTypeDescriptor() {
    return TypeDescriptor.of(type);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordCoder<?> coder && coder.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "RecordCoder(" + type.getSimpleName() + ")";
  }
}
