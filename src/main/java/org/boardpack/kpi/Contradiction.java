package org.boardpack.kpi;

import org.boardpack.actionplan.Action;

/**
 * A plan action reported Complete or Embedded whose linked measure has been Red for the
 * template's number of months or more: the plan says done, the measure says the impact is
 * not there.
 */
public record Contradiction(Action action, AssessedMeasure measure) {
}
