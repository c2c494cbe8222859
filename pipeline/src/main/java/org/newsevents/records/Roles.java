package org.newsevents.records;

/**
 * The roles of an argument: a role name goes in as a constant; the string the records carry in
 * {@code Argument.role} (Argument.avsc: "AGENT, PATIENT, RECIPIENT, THEME, TIME, LOCATION or
 * INSTRUMENT") comes out, plus the two statement slots that actor codes are scored on.
 */
public final class Roles {

  /** A participant who acts; one of the roles that carry an actor code. */
  public static final String AGENT = "AGENT";

  /** A participant who is affected; one of the roles that carry an actor code. */
  public static final String PATIENT = "PATIENT";

  /** A participant who receives or is addressed; one of the roles that carry an actor code. */
  public static final String RECIPIENT = "RECIPIENT";

  /** What a state, a perception or a statement is about, or what an event is said of. */
  public static final String THEME = "THEME";

  /** The time expression the event is anchored to. */
  public static final String TIME = "TIME";

  /** The place of the event. */
  public static final String LOCATION = "LOCATION";

  /** What the event is done with. */
  public static final String INSTRUMENT = "INSTRUMENT";

  /**
   * Not an argument role: a statement's speaker (Statement.avsc {@code speaker}), as an actor slot.
   */
  public static final String SPEAKER = "SPEAKER";

  /**
   * Not an argument role: a statement's addressee (Statement.avsc {@code addressee}), as an actor
   * slot.
   */
  public static final String ADDRESSEE = "ADDRESSEE";

  private Roles() {}
}
