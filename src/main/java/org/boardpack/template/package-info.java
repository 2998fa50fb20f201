/**
 * The authority's template: name, board, wording, colours, section titles, RAG thresholds
 * and header aliases, read from a YAML file under templates/ so that no council's look or
 * rules live in code.
 */
package org.boardpack.template;
