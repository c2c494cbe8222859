package org.newsevents;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** The options of a newsevents run: where the articles come from, where the records go. */
public interface NewsEventsOptions extends PipelineOptions {

  @Description(
      "Articles to read: a file, a directory (read recursively) or a glob; empty reads the sample"
          + " article bundled with the pipeline.")
  @Default.String("")
  String getInput();

  void setInput(String input);

  @Description("Directory for articles-*.avro, events-*.avro, errors-*.avro and run-summary.json.")
  @Default.String("out")
  String getOutput();

  void setOutput(String output);

  @Description(
      "Input format: text (headline, optional date line, body), jsonl (JSON objects) or auto"
          + " (JSON for .json/.jsonl files, text otherwise).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String inputFormat);

  @Description("CoreNLP profile, a file newsevents/profiles/<profile>.properties in models/.")
  @Default.String("default")
  String getProfile();

  void setProfile(String profile);
}
