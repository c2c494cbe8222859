package org.newsevents.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.unihd.dbs.uima.annotator.heideltime.resources.ResourceScanner;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * HeidelTime's resource scanner as the project installs it: over the English folder of the jar
 * HeidelTime is loaded from, finding the same rule files HeidelTime's own scan finds there.
 */
class HeidelTimeResourcesTest {

  @Test
  void listsTheEnglishFolderOfHeidelTimesJarOnly() throws Exception {
    File jar =
        new File(ResourceScanner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> entries = HeidelTimeResources.entries(jar, "english/");

    assertTrue(entries.contains("english/rules/resources_rules_daterules.txt"));
    assertTrue(entries.contains("english/repattern/resources_repattern_reWeekday.txt"));
    assertTrue(
        entries.contains("english/normalization/resources_normalization_normUnit4Duration.txt"));
    assertEquals(List.of(), entries.stream().filter(e -> !e.startsWith("english/")).toList());
  }

  @Test
  void heidelTimeStartsWithTheEnglishRulesAlone() {
    HeidelTimes.standard(true);
    ResourceScanner scanner = ResourceScanner.getInstance();

    // HeidelTime's own scan of its jar would have found every language folder (german, ...).
    assertEquals(Set.of("english"), scanner.getDetectedResourceFolders());
    assertEquals(
        Set.of(
            "daterules",
            "durationrules",
            "intervalrules",
            "setrules",
            "temponymrules",
            "timerules"),
        scanner.getRules("english").keySet());
  }
}
