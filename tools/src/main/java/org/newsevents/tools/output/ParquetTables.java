package org.newsevents.tools.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Flat tables as Parquet files through parquet-avro: a {@link Table} goes in; a Snappy-compressed
 * {@code .parquet} file with one optional column per table column comes out (timestamps as
 * TIMESTAMP(MILLIS)). Local files only, with no Hadoop file system or configuration.
 */
public final class ParquetTables {

  private ParquetTables() {}

  /** The Avro schema of the table's rows: every column nullable. */
  public static Schema schema(Table table) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Table.Column column : table.columns()) {
      Schema type =
          switch (column.type()) {
            case STRING -> Schema.create(Schema.Type.STRING);
            case INT -> Schema.create(Schema.Type.INT);
            case LONG -> Schema.create(Schema.Type.LONG);
            case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
            case DOUBLE -> Schema.create(Schema.Type.DOUBLE);
            case TIMESTAMP ->
                LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
          };
      fields.add(
          new Schema.Field(
              column.name(),
              Schema.createUnion(Schema.create(Schema.Type.NULL), type),
              column.doc(),
              Schema.Field.NULL_DEFAULT_VALUE));
    }
    return Schema.createRecord(
        table.name(), "newsevents export table", "org.newsevents.export", false, fields);
  }

  /** Writes the table to {@code file}, replacing it. */
  public static void write(Table table, Path file) throws IOException {
    Schema schema = schema(table);
    Files.deleteIfExists(file);
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
            .withSchema(schema)
            // A given data model and configuration keep Parquet from building a Hadoop one.
            .withDataModel(GenericData.get())
            .withConf(new PlainParquetConfiguration())
            .withCodecFactory(new SnappyCodec())
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (Object[] row : table.rows()) {
        GenericRecord record = new GenericData.Record(schema);
        for (int i = 0; i < row.length; i++) {
          record.put(i, row[i] instanceof Instant instant ? instant.toEpochMilli() : row[i]);
        }
        writer.write(record);
      }
    }
  }

  /** Every row of a Parquet file this class wrote, as generic records. */
  public static List<GenericRecord> read(Path file) throws IOException {
    List<GenericRecord> records = new ArrayList<>();
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(
                new LocalInputFile(file), new PlainParquetConfiguration())
            .withDataModel(GenericData.get())
            .withCodecFactory(new SnappyCodec())
            .build()) {
      for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
        records.add(record);
      }
    }
    return records;
  }
}
