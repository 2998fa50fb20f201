/**
 * boardpack's entry point and what every package shares: {@link BoardPackException} and
 * its exit codes, a failure the person running the job can act on, printed as one line.
 * The packages below depend one way (docs/architecture.md, held by ArchitectureTests):
 * input, the domain packages, template, pack, the renderers, job.
 */
package org.boardpack;
