/**
 * The monthly job, above every other package: options from the command line, the one
 * Spring Batch job and its steps (one load step per declared input, in parallel;
 * reconcile; assess; write tracker and pack in parallel; publish), and the runner that
 * starts, resumes or declines a run and sets the exit code.
 */
package org.boardpack.job;
