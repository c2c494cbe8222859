package org.newsevents.records;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsevents.schema.ErrorRecord;

/** Builds the {@link ErrorRecord} for a document that failed a stage. */
public final class ErrorRecords {

  /** How much of the failed input an error record keeps. */
  public static final int PAYLOAD_START_CHARS = 500;

  private ErrorRecords() {}

  /** An error record for {@code error}; short codes of {@link InvalidArticleException} win. */
  public static ErrorRecord of(
      String source, String docId, String stage, Throwable error, String payload) {
    String type =
        error instanceof InvalidArticleException invalid
            ? invalid.code()
            : error.getClass().getName();
    return of(source, docId, stage, type, error, payload);
  }

  /** An error record of the given type (a short code) for {@code error}. */
  public static ErrorRecord of(
      String source, String docId, String stage, String type, Throwable error, String payload) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return ErrorRecord.newBuilder()
        .setSource(source)
        .setDocId(docId)
        .setStage(stage)
        .setErrorType(type)
        .setMessage(String.valueOf(error.getMessage()))
        .setPayloadStart(
            payload == null
                ? null
                : payload.substring(0, Math.min(payload.length(), PAYLOAD_START_CHARS)))
        .setStackTrace(trace.toString())
        .build();
  }
}
