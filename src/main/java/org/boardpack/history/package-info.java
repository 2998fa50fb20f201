/**
 * What earlier runs stored: each period's snapshot of every assessed action and its
 * headline figures, from which "since the last board", due-date history and the trend
 * across months are read.
 */
package org.boardpack.history;
