package org.boardpack;

import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Initialises the libraries the outputs are written with on the second core while Spring
 * creates its beans on the first: POI's first workbook loads its XML schema types, a few
 * hundred milliseconds that would otherwise come after the data is loaded. It starts once
 * the context is prepared, when logging is set up. Nothing it does touches a run's data
 * or outputs.
 */
final class WarmUp implements ApplicationListener<ApplicationPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		Thread thread = new Thread(WarmUp::run, "boardpack-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void run() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet();
		}
		catch (IOException | RuntimeException ex) {
			// Only a head start: the tracker initialises POI itself when it needs it.
		}
	}

}
