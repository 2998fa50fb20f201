package org.boardpack.input;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * {@code %mask(...)} in logback-spring.xml: the console and log lines with any case
 * reference masked, libraries' messages and stack traces included (a database error can
 * quote the row it refused).
 */
public class MaskingConverter extends CompositeConverter<ILoggingEvent> {

	@Override
	protected String transform(ILoggingEvent event, String in) {
		return CaseReferences.mask(in);
	}

}
