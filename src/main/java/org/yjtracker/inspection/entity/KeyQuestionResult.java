package org.yjtracker.inspection.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The % of inspected cases answered Yes for one key question of a standard. */
@Entity
@Table(name = "inspection_key_question")
public class KeyQuestionResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_standard_id")
  private StandardResult standard;

  @Column(nullable = false)
  private int position;

  @Column(name = "percent_yes", nullable = false)
  private int percentYes;

  @ElementCollection
  @CollectionTable(name = "inspection_prompt", joinColumns = @JoinColumn(name = "key_question_id"))
  @OrderColumn(name = "position")
  private List<Prompt> prompts = new ArrayList<>();

  protected KeyQuestionResult() {}

  KeyQuestionResult(StandardResult standard, int position, int percentYes, List<Prompt> prompts) {
    this.standard = standard;
    this.position = position;
    this.percentYes = percentYes;
    this.prompts.addAll(prompts);
  }

  public int getPosition() {
    return position;
  }

  public int getPercentYes() {
    return percentYes;
  }

  public List<Prompt> getPrompts() {
    return prompts;
  }
}
