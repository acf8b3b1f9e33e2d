package org.yjtracker.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A kind of inspection carried out under a framework, named by the inspection component's kind code
 * ("CHILDREN_AND_VICTIMS"). {@code ratedAreas} is how many areas the inspectorate says an
 * inspection of this kind rates, where it says so; the framework may not know every one of them.
 */
@Embeddable
public class FrameworkKind {

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private int position;

  @Column(name = "rated_areas")
  private Integer ratedAreas;

  protected FrameworkKind() {}

  public FrameworkKind(String kind, int position, Integer ratedAreas) {
    this.kind = Objects.requireNonNull(kind);
    this.position = position;
    this.ratedAreas = ratedAreas;
  }

  public String getKind() {
    return kind;
  }

  public int getPosition() {
    return position;
  }

  public Integer getRatedAreas() {
    return ratedAreas;
  }
}
