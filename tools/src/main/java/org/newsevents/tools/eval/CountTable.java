package org.newsevents.tools.eval;

/** A Markdown table of counts: one row per way of choosing, one column per outcome, with totals. */
final class CountTable {

  private CountTable() {}

  /**
   * The table, opening with an empty line; {@code corner} heads the row names, {@code counts[r][c]}
   * is the count of row {@code rows[r]} and column {@code columns[c]}; a last row and column "all".
   */
  static String of(String corner, String[] rows, String[] columns, long[][] counts) {
    StringBuilder out = new StringBuilder("\n| ").append(corner).append(" |");
    for (String c : columns) {
      out.append(' ').append(c).append(" |");
    }
    out.append(" all |\n|---|").append("---|".repeat(columns.length + 1)).append('\n');
    long[] column = new long[columns.length];
    for (int r = 0; r < rows.length; r++) {
      long row = 0;
      out.append("| ").append(rows[r]).append(" |");
      for (int c = 0; c < columns.length; c++) {
        out.append(' ').append(counts[r][c]).append(" |");
        row += counts[r][c];
        column[c] += counts[r][c];
      }
      out.append(' ').append(row).append(" |\n");
    }
    long all = 0;
    out.append("| all |");
    for (long c : column) {
      out.append(' ').append(c).append(" |");
      all += c;
    }
    return out.append(' ').append(all).append(" |\n").toString();
  }
}
