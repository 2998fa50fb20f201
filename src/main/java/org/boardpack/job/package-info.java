/**
 * The monthly job: options from the command line, the one Spring Batch job and its steps
 * (load actions and audits in parallel, reconcile, assess, write tracker and pack in
 * parallel, publish), and the runner that starts, resumes or declines a run and sets the
 * exit code.
 */
package org.boardpack.job;
