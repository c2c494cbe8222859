package org.newsevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
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
    // Every option of the pipeline's own, by name, so that a new option is recorded too.
    Map<String, Object> values = new TreeMap<>();
    values.put("runner", options.getRunner() == null ? null : options.getRunner().getSimpleName());
    for (Method getter : NewsEventsOptions.class.getDeclaredMethods()) {
      String name = getter.getName();
      if (name.startsWith("get") && getter.getParameterCount() == 0) {
        try {
          values.put(
              Character.toLowerCase(name.charAt(3)) + name.substring(4), getter.invoke(options));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read the option of " + name, e);
        }
      }
    }
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
