package org.newsevents.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HeidelTime's configuration is checked before HeidelTime is built (its own reader would end the
 * JVM), and the normalizer names read back.
 */
class HeidelTimeConfigTest {

  @TempDir Path dir;

  private static String shipped() throws IOException {
    try (InputStream in =
        HeidelTimeConfigTest.class
            .getClassLoader()
            .getResourceAsStream(HeidelTimeConfig.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("config.props");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void theShippedConfigurationHasTheDistributionDefaults() {
    HeidelTimeConfig config = HeidelTimeConfig.standard();
    assertTrue(config.considers("considerDate"));
    assertTrue(config.considers("considerDuration"));
    assertFalse(config.considers("considerTemponym"));
    assertEquals("desc/type/HeidelTime_TypeSystem.xml", config.get("typeSystemHome"));
    assertEquals("Type", config.get("uimaVarTypeToProcess"));
  }

  @Test
  void aMissingFileIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HeidelTimeConfig.fromFile(dir.resolve("no-such.props")));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> HeidelTimeConfig.fromResource("newsevents/heideltime/missing.props"));
  }

  @Test
  void aSwitchThatIsNoBooleanIsNamed() throws IOException {
    Path file = write(shipped().replace("considerDate = true", "considerDate = yes"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HeidelTimeConfig.fromFile(file));
    assertEquals(
        "HeidelTime config " + file + ": considerDate is 'yes', not true or false", e.getMessage());
  }

  @Test
  void aMissingKeyIsNamed() throws IOException {
    Path file = write(shipped().replace("uimaVarLanguage = Language", ""));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HeidelTimeConfig.fromFile(file));
    assertEquals("HeidelTime config " + file + ": uimaVarLanguage is missing", e.getMessage());
  }

  @Test
  void aTypeSystemOffTheClasspathIsNamed() throws IOException {
    Path file =
        write(
            shipped()
                .replace(
                    "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
                    "typeSystemHome = desc/type/Nothing.xml"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HeidelTimeConfig.fromFile(file));
    assertTrue(
        e.getMessage()
            .endsWith(
                "typeSystemHome names 'desc/type/Nothing.xml', which is not on the classpath"),
        e.getMessage());
  }

  @Test
  void normalizerNamesReadBack() {
    assertEquals(
        new TimeNormalizer(TimeNormalizer.Kind.COMBINED, false),
        TimeNormalizer.parse("combined:noconvert"));
    assertEquals("heideltime-weekdays", TimeNormalizer.parse(" HeidelTime-Weekdays ").spec());
    assertEquals("sutime", TimeNormalizer.parse("sutime:noconvert").spec());
    Properties profile = new Properties();
    assertEquals(TimeNormalizer.DEFAULT, TimeNormalizer.fromProperties(profile));
    profile.setProperty(TimeNormalizer.PROPERTY, "heideltime");
    assertEquals(TimeNormalizer.Kind.HEIDELTIME, TimeNormalizer.fromProperties(profile).kind());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeNormalizer.parse("heidel"));
    assertTrue(e.getMessage().startsWith("unknown time normalizer 'heidel'"), e.getMessage());
  }
}
