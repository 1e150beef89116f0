package org.schemadepartemental.core;

import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A territory of the département (a "Maison du Département Solidarité", a district) with its
 * follow-up committee meetings and its working groups.
 *
 * @param name the name as printed ("ARRAGEOIS", "CommunAupôle LENS/LIEVIN")
 * @param meetings its follow-up committee meetings
 * @param workingGroups its working groups, on any axis
 * @param notes statements about axes with no working group, and other remarks
 * @param location where it was read from, when imported
 */
public record Territory(
    String name,
    List<CommitteeMeeting> meetings,
    List<WorkingGroup> workingGroups,
    List<TerritoryNote> notes,
    Optional<SourceLocation> location) {

  /** Checks and copies. */
  public Territory {
    name = Checks.nonBlank(name, "name");
    meetings = Checks.list(meetings, "meetings");
    workingGroups = Checks.list(workingGroups, "workingGroups");
    notes = Checks.list(notes, "notes");
    location = Checks.optional(location);
  }

  /** A territory known only by name. */
  public static Territory named(String name) {
    return new Territory(name, List.of(), List.of(), List.of(), Optional.empty());
  }

  /** The working groups on one axis. */
  public List<WorkingGroup> workingGroupsOn(String axisCode) {
    return workingGroups.stream().filter(g -> g.axisCode().filter(axisCode::equals).isPresent()).toList();
  }
}
