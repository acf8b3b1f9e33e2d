package org.yjtracker.actionplan.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.platform.control.Clocks;

/**
 * What changed in a plan since a day (the last board meeting), for the board's view: actions
 * completed, target dates moved (with their reasons), new progress updates and recommendations
 * whose status changed. A change counts when its UK day is on or after {@code since}: one made on
 * that very day counts, one made the day before does not. Every group is oldest first.
 *
 * <p>Nothing is worked out again here: an action's completion is the day its kept status became
 * COMPLETE ({@code statusSince}), a recommendation's changes are the kept status history. The facts
 * given are already limited to what the caller may see.
 *
 * @param since the first day that counts
 * @param counts how many items each group holds
 */
public record PlanChanges(
    LocalDate since,
    Counts counts,
    List<Completed> completed,
    List<Retargeted> retargeted,
    List<NewUpdate> updates,
    List<StatusMove> recommendations) {

  /** At most this many words of an update's narrative are shown. */
  public static final int FIRST_WORDS = 25;

  /** At most this many characters of an update's narrative are shown. */
  public static final int FIRST_CHARACTERS = 200;

  public PlanChanges {
    Objects.requireNonNull(since);
    completed = List.copyOf(completed);
    retargeted = List.copyOf(retargeted);
    updates = List.copyOf(updates);
    recommendations = List.copyOf(recommendations);
  }

  /** How many items each group holds. */
  public record Counts(int completed, int retargeted, int updates, int recommendations) {

    public int total() {
      return completed + retargeted + updates + recommendations;
    }
  }

  /** An action completed since the day. */
  public record Completed(
      long actionId, String title, String leadOrganisation, String leadPerson, LocalDate on) {}

  /** A move of an action's target date, with the reason given for it and who moved it. */
  public record Retargeted(
      long actionId,
      String title,
      LocalDate from,
      LocalDate to,
      String reason,
      String by,
      LocalDate on) {}

  /**
   * A progress update written since the day.
   *
   * @param firstWords the start of its narrative, ending in "…" where cut
   * @param correction it corrects an earlier update
   */
  public record NewUpdate(
      long actionId,
      String title,
      long updateId,
      LocalDate on,
      String by,
      String firstWords,
      Rag rag,
      Integer percentComplete,
      boolean correction) {}

  /**
   * A recommendation whose status moved since the day: where it stood before its first move since
   * then, where its last move left it, and the day of that last move.
   *
   * @param carriedFrom for a recommendation of an earlier inspection carried into the plan, that
   *     inspection's publication ("2023-12" or a day); null for the plan's own
   * @param moves how many times its status moved since the day
   */
  public record StatusMove(
      long recommendationId,
      int number,
      String carriedFrom,
      RecommendationStatus from,
      RecommendationStatus to,
      LocalDate on,
      int moves) {}

  /** An action the caller sees, as the plan keeps it. */
  public record ActionFact(
      long id,
      String title,
      String leadOrganisation,
      String leadPerson,
      ActionStatus status,
      Instant statusSince) {}

  /** One move of an action's target date. */
  public record TargetFact(
      long actionId, LocalDate from, LocalDate to, String reason, String by, Instant at) {}

  /** One progress update. */
  public record UpdateFact(
      long id,
      long actionId,
      Instant writtenAt,
      String author,
      String narrative,
      Rag rag,
      Integer percentComplete,
      Long corrects) {}

  /** A recommendation the plan answers (its own, or carried from an earlier inspection). */
  public record RecommendationFact(long id, int number, String carriedFrom) {}

  /** One entry of a recommendation's kept status history; {@code from} is null for the first. */
  public record StatusFact(
      long recommendationId, Instant at, RecommendationStatus from, RecommendationStatus to) {}

  /**
   * The changes since {@code since} among the facts given.
   *
   * @param actions the actions the caller sees; target moves and updates of any other are left out
   * @param recommendations the plan's recommendations; history of any other is left out
   */
  public static PlanChanges since(
      LocalDate since,
      List<ActionFact> actions,
      List<TargetFact> targetMoves,
      List<UpdateFact> updates,
      List<RecommendationFact> recommendations,
      List<StatusFact> history) {
    Map<Long, ActionFact> seen =
        actions.stream()
            .collect(
                Collectors.toMap(
                    ActionFact::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<Completed> completed =
        actions.stream()
            .filter(a -> a.status() == ActionStatus.COMPLETE && a.statusSince() != null)
            .filter(a -> counts(a.statusSince(), since))
            .sorted(Comparator.comparing(ActionFact::statusSince).thenComparingLong(ActionFact::id))
            .map(
                a ->
                    new Completed(
                        a.id(),
                        a.title(),
                        a.leadOrganisation(),
                        a.leadPerson(),
                        day(a.statusSince())))
            .toList();
    List<Retargeted> retargeted =
        targetMoves.stream()
            .filter(t -> seen.containsKey(t.actionId()) && counts(t.at(), since))
            .sorted(Comparator.comparing(TargetFact::at))
            .map(
                t ->
                    new Retargeted(
                        t.actionId(),
                        seen.get(t.actionId()).title(),
                        t.from(),
                        t.to(),
                        t.reason(),
                        t.by(),
                        day(t.at())))
            .toList();
    List<NewUpdate> written =
        updates.stream()
            .filter(u -> seen.containsKey(u.actionId()) && counts(u.writtenAt(), since))
            .sorted(Comparator.comparing(UpdateFact::writtenAt).thenComparingLong(UpdateFact::id))
            .map(
                u ->
                    new NewUpdate(
                        u.actionId(),
                        seen.get(u.actionId()).title(),
                        u.id(),
                        day(u.writtenAt()),
                        u.author(),
                        firstWords(u.narrative()),
                        u.rag(),
                        u.percentComplete(),
                        u.corrects() != null))
            .toList();
    List<StatusMove> moved = moves(since, recommendations, history);
    return new PlanChanges(
        since,
        new Counts(completed.size(), retargeted.size(), written.size(), moved.size()),
        completed,
        retargeted,
        written,
        moved);
  }

  /**
   * One line per recommendation whose status moved on or after the day (a recommendation's first
   * entry, when the plan took it up, is no move). One that moved and came back to where it stood is
   * no change for the board and is left out.
   */
  private static List<StatusMove> moves(
      LocalDate since, List<RecommendationFact> recommendations, List<StatusFact> history) {
    Map<Long, RecommendationFact> known = new LinkedHashMap<>();
    recommendations.forEach(r -> known.put(r.id(), r));
    Map<Long, List<StatusFact>> byRecommendation = new LinkedHashMap<>();
    history.stream()
        .filter(h -> h.from() != null && h.from() != h.to())
        .filter(h -> known.containsKey(h.recommendationId()) && counts(h.at(), since))
        .sorted(Comparator.comparing(StatusFact::at))
        .forEach(
            h ->
                byRecommendation
                    .computeIfAbsent(h.recommendationId(), k -> new ArrayList<>())
                    .add(h));
    List<StatusMove> moves = new ArrayList<>();
    byRecommendation.forEach(
        (id, entries) -> {
          StatusFact first = entries.get(0);
          StatusFact last = entries.get(entries.size() - 1);
          if (first.from() != last.to()) {
            RecommendationFact r = known.get(id);
            moves.add(
                new StatusMove(
                    id,
                    r.number(),
                    r.carriedFrom(),
                    first.from(),
                    last.to(),
                    day(last.at()),
                    entries.size()));
          }
        });
    moves.sort(Comparator.comparing(StatusMove::on).thenComparingInt(StatusMove::number));
    return moves;
  }

  /** Made on or after the first day that counts, as the UK reckons days. */
  static boolean counts(Instant at, LocalDate since) {
    return at != null && !day(at).isBefore(since);
  }

  static LocalDate day(Instant at) {
    return at.atZone(Clocks.TRACKER_ZONE).toLocalDate();
  }

  /**
   * The start of a narrative: its first {@value #FIRST_WORDS} words, at most {@value
   * #FIRST_CHARACTERS} characters, with "…" where it is cut; spaces and line breaks collapsed.
   */
  public static String firstWords(String narrative) {
    if (narrative == null) {
      return "";
    }
    String[] words = narrative.strip().split("\\s+");
    if (words.length == 1 && words[0].isEmpty()) {
      return "";
    }
    boolean cut = words.length > FIRST_WORDS;
    String text = String.join(" ", cut ? List.of(words).subList(0, FIRST_WORDS) : List.of(words));
    if (text.length() > FIRST_CHARACTERS) {
      int space = text.lastIndexOf(' ', FIRST_CHARACTERS - 1);
      text = text.substring(0, space > 0 ? space : FIRST_CHARACTERS - 1);
      cut = true;
    }
    return cut ? text + "…" : text;
  }
}
