package org.yjtracker.reportimport.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.boundary.ImportReview.DomainBlock;
import org.yjtracker.reportimport.boundary.ImportReview.Proposal;
import org.yjtracker.reportimport.boundary.ImportReview.RowView;
import org.yjtracker.reportimport.boundary.ImportReview.StandardBlock;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ProfessionalDiscretion;
import org.yjtracker.reportimport.entity.Rating;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;

/**
 * The parts of the review page drawn from the framework and the draft: the standards' blocks by
 * domain with where each value was read, each recommendation's owners to tick or add, and which
 * owners are ticked when the page first opens.
 */
final class ReviewBlocks {

  private ReviewBlocks() {}

  static List<DomainBlock> domains(
      ImportReview sources,
      FrameworkView fw,
      Set<String> codes,
      ToIntFunction<String> keyQuestions,
      Predicate<String> discretion) {
    List<DomainBlock> domains = new ArrayList<>();
    Set<String> known = fw == null ? Set.of() : codes(fw);
    if (fw != null) {
      for (FrameworkView.DomainView d : fw.domains()) {
        if (d.standards().isEmpty()) {
          continue;
        }
        List<StandardBlock> blocks = new ArrayList<>();
        for (FrameworkView.StandardView s : d.standards()) {
          int questions =
              Math.max(
                  s.caseSampled() ? s.keyQuestions().size() : 0, keyQuestions.applyAsInt(s.code()));
          List<String> labels = new ArrayList<>();
          for (int k = 0; k < questions; k++) {
            labels.add(
                k < s.keyQuestions().size() ? s.keyQuestions().get(k) : "Key question " + (k + 1));
          }
          blocks.add(
              block(
                  sources,
                  s.code(),
                  s.code() + " " + s.name(),
                  labels,
                  s.caseSampled() || discretion.test(s.code()),
                  s.mayBeUnrated()));
        }
        domains.add(
            new DomainBlock(
                "domain-" + Form.idOf(d.code()),
                "Domain " + d.code() + ": " + d.name(),
                null,
                blocks));
      }
    }
    List<StandardBlock> others = new ArrayList<>();
    for (String code : codes) {
      if (known.contains(code)) {
        continue;
      }
      List<String> labels = new ArrayList<>();
      for (int k = 0; k < keyQuestions.applyAsInt(code); k++) {
        labels.add("Key question " + (k + 1));
      }
      others.add(block(sources, code, "Standard " + code, labels, discretion.test(code), true));
    }
    if (!others.isEmpty()) {
      domains.add(
          new DomainBlock(
              "other-standards",
              fw != null ? "Read from the report but not standards of " + fw.name() : "Standards",
              fw != null
                  ? "Clear their ratings to leave them out, or choose the framework the report used."
                  : null,
              others));
    }
    return domains;
  }

  static StandardBlock block(
      ImportReview sources,
      String code,
      String legend,
      List<String> questions,
      boolean discretion,
      boolean mayBeUnrated) {
    ParsedReport d = sources.draft();
    Rating rating = DraftForm.orEmpty(d.standards()).get(code);
    List<Integer> percents =
        DraftForm.orEmpty(d.keyQuestionsPercentYes()).getOrDefault(code, List.of());
    List<Choice> ratings = new ArrayList<>();
    ratings.add(new Choice("", "Not read: choose a rating"));
    for (Rating r : Rating.values()) {
      if (r != Rating.NOT_RATED || mayBeUnrated || rating == Rating.NOT_RATED) {
        ratings.add(new Choice(r.name(), r.label()));
      }
    }
    List<String> questionSources = new ArrayList<>();
    for (int k = 0; k < questions.size(); k++) {
      List<String> paths = new ArrayList<>();
      paths.add("key_questions_percent_yes." + code + "." + (k + 1));
      if (k == 0) {
        paths.add("key_questions_percent_yes." + code);
      }
      questionSources.add(
          sources.source(paths, k < percents.size() ? percents.get(k) : null, 70, false));
    }
    Rating from =
        DraftForm.orEmpty(d.professionalDiscretion()).stream()
            .filter(p -> code.equals(p.standard()))
            .map(ProfessionalDiscretion::from)
            .findFirst()
            .orElse(null);
    return new StandardBlock(
        code,
        legend,
        questions,
        discretion,
        ratings,
        sources.source("standards." + code, rating),
        questionSources,
        sources.source(List.of("professional_discretion." + code), from, 160, true));
  }

  static List<RowView> rowViews(
      ImportReview sources, JsonObject json, List<DraftForm.Row> rows, Long suggestedFor) {
    Map<Integer, JsonObject> suggestions = new HashMap<>();
    if (json.get("owner_suggestions") instanceof jakarta.json.JsonArray list) {
      list.forEach(s -> suggestions.put(s.asJsonObject().getInt("number"), s.asJsonObject()));
    }
    List<RowView> views = new ArrayList<>();
    for (DraftForm.Row row : rows) {
      JsonObject suggestion = row.read() == null ? null : suggestions.get(row.read());
      List<OrganisationRef> candidates = new ArrayList<>();
      List<Proposal> proposals = new ArrayList<>();
      if (suggestion != null) {
        for (JsonValue c : suggestion.getJsonArray("candidates")) {
          JsonObject o = c.asJsonObject();
          long oid = o.getJsonNumber("id").longValue();
          if (candidates.stream().noneMatch(x -> x.id() == oid)) {
            candidates.add(
                new OrganisationRef(
                    oid, o.getString("name"), OrganisationKind.valueOf(o.getString("kind"))));
          }
        }
        var proposed = suggestion.getJsonArray("proposed");
        for (int j = 0; j < proposed.size(); j++) {
          JsonObject p = proposed.getJsonObject(j);
          proposals.add(
              new Proposal(
                  j, OrganisationKind.valueOf(p.getString("kind")), p.getString("name", "")));
        }
      }
      String note = null;
      if (suggestedFor == null) {
        candidates.clear();
        proposals.clear();
        note =
            "Choose the service inspected and save your corrections to see who can own this recommendation.";
      } else if (suggestion == null) {
        note =
            row.read() == null
                ? "Save your corrections to see suggestions for a recommendation you added."
                : "No suggestions for this recommendation.";
      } else if (candidates.isEmpty() && proposals.isEmpty()) {
        note = "Nobody to suggest: choose who it is addressed to, then save your corrections.";
      }
      String source =
          row.read() == null
              ? "Added by you: not read from the report"
              : sources.source(
                  List.of("recommendations." + row.read()),
                  DraftForm.orEmpty(sources.draft().recommendations()).isEmpty()
                      ? null
                      : row.read(),
                  160,
                  false);
      views.add(new RowView(row.index(), row.read(), source, candidates, proposals, note));
    }
    return views;
  }

  /** The owners ticked at first: the one organisation of a kind; new owners unticked. */
  static void defaultOwners(Map<String, Object> fields, ImportReview review) {
    for (RowView row : review.rows()) {
      Map<OrganisationKind, Integer> perKind = new HashMap<>();
      row.candidates().forEach(o -> perKind.merge(o.kind(), 1, Integer::sum));
      fields.put(
          DraftForm.owners(row.index()),
          row.candidates().stream()
              .filter(o -> perKind.get(o.kind()) == 1)
              .map(o -> String.valueOf(o.id()))
              .toList());
      for (Proposal p : row.proposals()) {
        fields.put(DraftForm.create(row.index(), p.index()) + ".name", p.name());
      }
    }
  }

  static Set<String> codes(FrameworkView fw) {
    Set<String> codes = new TreeSet<>();
    fw.domains().forEach(d -> d.standards().forEach(s -> codes.add(s.code())));
    return codes;
  }
}
