/**
 * Workforce and caseloads: one row per team per month, validated, stored month by month
 * in the history, and worked out once here per team and overall (caseload per
 * case-holding worker against its cap, agency, vacancy and twelve-month turnover rates,
 * unallocated cases, supervision on time) with the counts behind every rate.
 */
package org.boardpack.workforce;
