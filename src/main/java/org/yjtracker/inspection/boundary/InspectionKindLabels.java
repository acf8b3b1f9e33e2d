package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;
import org.yjtracker.framework.boundary.InspectionKinds;
import org.yjtracker.inspection.entity.InspectionKind;

/** Tells the framework component which kinds of inspection there are. */
@ApplicationScoped
public class InspectionKindLabels implements InspectionKinds {

  @Override
  public Optional<String> label(String kind) {
    return Arrays.stream(InspectionKind.values())
        .filter(k -> k.name().equals(kind))
        .map(InspectionKind::label)
        .findFirst();
  }
}
