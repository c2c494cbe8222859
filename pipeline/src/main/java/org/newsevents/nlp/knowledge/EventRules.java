package org.newsevents.nlp.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event extractor's role and typing rules that are data: the models' {@code
 * nominal-agents.tsv}, {@code aspectual-phases.tsv} and {@code argument-types.tsv} go in; who acts
 * in a nominal event, which phase an aspectual verb names, and argument-conditioned types come out.
 */
public final class EventRules {

  /** The phase of its theme event an aspectual verb names. */
  public enum Phase {
    START,
    END,
    CONTINUE
  }

  private static final EventRules DEFAULT = load();

  private final Set<String> ofAgentTypes;
  private final Set<String> modifierAgentTypes;
  private final Map<String, Phase> phases;
  private final Map<String, String> argumentTypes;

  private EventRules(
      Set<String> ofAgentTypes,
      Set<String> modifierAgentTypes,
      Map<String, Phase> phases,
      Map<String, String> argumentTypes) {
    this.ofAgentTypes = ofAgentTypes;
    this.modifierAgentTypes = modifierAgentTypes;
    this.phases = phases;
    this.argumentTypes = argumentTypes;
  }

  /** The rules shipped in the models module, read once per JVM. */
  public static EventRules standard() {
    return DEFAULT;
  }

  private static EventRules load() {
    Lexicons lexicons = Lexicons.standard();
    Set<String> ofAgent = new HashSet<>();
    Set<String> modifierAgent = new HashSet<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/nominal-agents.tsv", 3)) {
      requireType(lexicons, row[0], "nominal-agents.tsv");
      if (row[1].equals("yes")) {
        ofAgent.add(row[0]);
      }
      if (row[2].equals("yes")) {
        modifierAgent.add(row[0]);
      }
    }
    Map<String, Phase> phases = new HashMap<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/aspectual-phases.tsv", 2)) {
      phases.put(row[0], Phase.valueOf(row[1]));
    }
    Map<String, String> argumentTypes = new HashMap<>();
    for (String[] row : Lexicons.rows("newsevents/lexicons/argument-types.tsv", 3)) {
      requireType(lexicons, row[2], "argument-types.tsv");
      argumentTypes.put(row[0] + "/" + row[1], row[2]);
    }
    return new EventRules(ofAgent, modifierAgent, phases, argumentTypes);
  }

  private static void requireType(Lexicons lexicons, String type, String file) {
    if (!lexicons.isType(type)) {
      throw new IllegalStateException(file + " names type " + type + " not in event-types.tsv");
    }
  }

  /** Whether the "of" phrase of a nominal event of this type is its agent ("a meeting of"). */
  public boolean ofIsAgent(String type) {
    return ofAgentTypes.contains(type);
  }

  /** Whether a nationality adjective before an event noun of this type is its agent. */
  public boolean modifierIsAgent(String type) {
    return modifierAgentTypes.contains(type);
  }

  /** The phase an aspectual verb names ("began": START), if listed. */
  public Optional<Phase> phase(String lemma) {
    return Optional.ofNullable(phases.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** The type a trigger takes with a PATIENT of the given head ("lose" + "life": KILL), if any. */
  public Optional<String> typeWithPatient(String triggerLemma, String patientLemma) {
    return Optional.ofNullable(
        argumentTypes.get(
            triggerLemma.toLowerCase(Locale.ROOT) + "/" + patientLemma.toLowerCase(Locale.ROOT)));
  }
}
