/**
 * The improvement plan as officers keep it: one {@link org.boardpack.actionplan.Action}
 * per row, validated from the input columns and loaded per period.
 */
package org.boardpack.actionplan;
