package org.yjtracker.dashboard.boundary;

import java.util.List;
import org.yjtracker.dashboard.control.RatingChanges;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.platform.entity.ResultPage;

/**
 * A page of the national table, and charts over every service the filters select.
 *
 * @param ratings latest overall ratings, best first, then NOT_RATED for inspections without one
 * @param changes overall rating from the rated inspection before each service's latest to the
 *     latest
 */
public record NationalView(
    ResultPage<ServiceRow> rows,
    String sort,
    List<RatingCount> ratings,
    RatingChanges.Summary changes) {

  public record RatingCount(Rating rating, long count) {}
}
