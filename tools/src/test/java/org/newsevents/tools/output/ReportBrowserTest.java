package org.newsevents.tools.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.SampleOutputs;
import org.newsevents.records.OutputRecords;

/**
 * The report page of the sample run rendered by headless Chromium (Debian's {@code chromium}): the
 * script finds every chart, and the screenshot shows each chart's colour inside its box.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 2400;

  private static Path page;

  @BeforeAll
  static void writeReport() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: no headless browser at /usr/bin/chromium (apt-get install -y chromium)");
    page = SampleOutputs.newDirectory("browser").resolve("report.html");
    org.newsevents.tools.output.Report.write(
        OutputRecords.in(SampleOutputs.output()), page, "sample");
  }

  @Test
  void everyChartIsDrawnInItsColour() throws Exception {
    // The same window size for both runs: the boxes depend on the layout.
    String window = "--window-size=" + WIDTH + "," + HEIGHT;
    String dom = chromium("--dump-dom", window, page.toUri().toString());
    Map<String, int[]> boxes = chartBoxes(dom);
    assertEquals(
        List.of(
            "chart-errors",
            "chart-events-per-day",
            "chart-statements-per-source",
            "chart-top-actors",
            "chart-top-speakers"),
        boxes.keySet().stream().sorted().toList());

    Path png = page.resolveSibling("report.png");
    chromium(
        "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());

    assertTrue(pixels(image, boxes.get("chart-top-speakers"), ReportPage.SPEAKERS) > 1000);
    assertTrue(pixels(image, boxes.get("chart-top-actors"), ReportPage.ACTORS) > 1000);
    assertTrue(pixels(image, boxes.get("chart-statements-per-source"), ReportPage.SOURCES) > 1000);
    assertTrue(pixels(image, boxes.get("chart-errors"), ReportPage.ERRORS) > 1000);
    int[] perDay = boxes.get("chart-events-per-day");
    for (String colour : SvgCharts.PALETTE.subList(0, 3)) {
      assertTrue(pixels(image, perDay, colour) > 100, "events per day shows " + colour);
    }
    // Outside the charts the colours do not appear: the boxes are where the charts are.
    assertEquals(0, pixels(image, new int[] {0, 0, WIDTH, 60}, ReportPage.ERRORS));
  }

  /** Runs headless Chromium with a fresh profile and no network; returns its standard output. */
  private static String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                // Any host name fails to resolve: the page cannot reach the network even if it
                // tried.
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + command);
    }
    assertEquals(0, process.exitValue(), "chromium exit code");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static Map<String, int[]> chartBoxes(String dom) throws IOException {
    Matcher m = Pattern.compile("data-chart-boxes=\"([^\"]*)\"").matcher(dom);
    assertTrue(m.find(), "the page's script ran and recorded the chart boxes");
    JsonNode json = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\""));
    Map<String, int[]> boxes = new java.util.TreeMap<>();
    json.fields()
        .forEachRemaining(
            e -> {
              int[] box = new int[4];
              for (int i = 0; i < 4; i++) {
                box[i] = e.getValue().get(i).asInt();
              }
              boxes.put(e.getKey(), box);
            });
    return boxes;
  }

  /** Pixels of exactly this colour inside the box {x, y, width, height}. */
  private static int pixels(BufferedImage image, int[] box, String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    int n = 0;
    for (int y = Math.max(0, box[1]); y < Math.min(image.getHeight(), box[1] + box[3]); y++) {
      for (int x = Math.max(0, box[0]); x < Math.min(image.getWidth(), box[0] + box[2]); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
