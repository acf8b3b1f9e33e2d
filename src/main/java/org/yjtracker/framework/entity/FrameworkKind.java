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

  /**
   * How many of the areas an inspection of a kind rates the framework cannot record yet: the kind
   * rates {@code ratedAreas} (null where the inspectorate does not say) and the framework knows
   * {@code knownAreas} of them.
   */
  public static int unknownAreas(Integer ratedAreas, int knownAreas) {
    return ratedAreas == null ? 0 : Math.max(0, ratedAreas - knownAreas);
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
