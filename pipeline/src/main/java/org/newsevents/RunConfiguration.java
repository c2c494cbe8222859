package org.newsevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsevents.nlp.Provenance;

/**
 * The configuration of a run as written into every Avro output file's metadata: the options go in;
 * a map of {@code newsevents.*} keys to values comes out, so that a file says how it was made.
 */
public final class RunConfiguration {

  /** Metadata key of the options, a JSON object. */
  public static final String OPTIONS_KEY = "newsevents.options";

  /** Metadata key of the pipeline version. */
  public static final String PIPELINE_VERSION_KEY = "newsevents.pipeline_version";

  /** Metadata key of the model version (profile, CoreNLP version, models digest). */
  public static final String MODEL_VERSION_KEY = "newsevents.model_version";

  private RunConfiguration() {}

  /** The metadata of a run with these options. */
  public static Map<String, Object> metadata(NewsEventsOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("runner", options.getRunner() == null ? null : options.getRunner().getSimpleName());
    values.put("input", options.getInput());
    values.put("inputFormat", options.getInputFormat());
    values.put("profile", options.getProfile());
    values.put("idField", options.getIdField());
    values.put("titleField", options.getTitleField());
    values.put("dateField", options.getDateField());
    values.put("textField", options.getTextField());
    values.put("urlField", options.getUrlField());
    values.put("maxFileBytes", options.getMaxFileBytes());
    values.put("maxArticleChars", options.getMaxArticleChars());
    values.put("maxSentenceTokens", options.getMaxSentenceTokens());
    values.put("annotationTimeoutSeconds", options.getAnnotationTimeoutSeconds());
    values.put("annotationBuckets", options.getAnnotationBuckets());
    Map<String, Object> metadata = new LinkedHashMap<>();
    try {
      metadata.put(OPTIONS_KEY, new ObjectMapper().writeValueAsString(values));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    metadata.put(PIPELINE_VERSION_KEY, Provenance.pipelineVersion());
    metadata.put(MODEL_VERSION_KEY, Provenance.modelVersion(options.getProfile()));
    return metadata;
  }
}
