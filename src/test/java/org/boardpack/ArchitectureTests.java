package org.boardpack;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Repository;

/**
 * The packages' layering (docs/architecture.md): reading files (input), then the domain
 * packages, each validating, storing and computing its own figures, then the template,
 * then pack (composes what both outputs show), then the renderers, with job above all and
 * the shared exception and exit codes in the root package. Dependencies run one way, and
 * no two packages depend on each other, even within a layer.
 */
@AnalyzeClasses(packages = "org.boardpack",
		importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureTests.NotGenerated.class })
class ArchitectureTests {

	private static final String[] DOMAIN = { "org.boardpack.actionplan..", "org.boardpack.audit..",
			"org.boardpack.kpi..", "org.boardpack.transfer..", "org.boardpack.workforce..", "org.boardpack.rejects.." };

	@ArchTest
	static final ArchRule layersRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.withOptionalLayers(true)
		.layer("Application")
		.definedBy(resideInAPackage("org.boardpack").and(simpleName("BoardpackApplication").or(simpleName("WarmUp"))))
		.layer("Shared")
		.definedBy(
				resideInAPackage("org.boardpack").and(not(simpleName("BoardpackApplication").or(simpleName("WarmUp")))))
		.layer("Input")
		.definedBy("org.boardpack.input..")
		.layer("Domain")
		.definedBy(DOMAIN)
		.layer("Template")
		.definedBy("org.boardpack.template..")
		.layer("Pack")
		.definedBy("org.boardpack.pack..")
		.layer("Renderers")
		.definedBy("org.boardpack.report..")
		.layer("Job")
		.definedBy("org.boardpack.job..")
		.whereLayer("Shared")
		.mayNotAccessAnyLayer()
		.whereLayer("Input")
		.mayOnlyAccessLayers("Shared")
		.whereLayer("Domain")
		.mayOnlyAccessLayers("Shared", "Input")
		.whereLayer("Template")
		.mayOnlyAccessLayers("Shared", "Input", "Domain")
		.whereLayer("Pack")
		.mayOnlyAccessLayers("Shared", "Input", "Domain", "Template")
		.whereLayer("Renderers")
		.mayOnlyAccessLayers("Shared", "Input", "Domain", "Template", "Pack")
		.whereLayer("Job")
		.mayNotBeAccessedByAnyLayer()
		.ignoreDependency(simpleName("BoardpackApplication"), resideInAPackage("org.boardpack.job"));

	@ArchTest
	static final ArchRule noCycles = slices().matching("org.boardpack.(**)").should().beFreeOfCycles();

	/** The renderers render what pack composed: they read no file and no database. */
	@ArchTest
	static final ArchRule renderersOnlyRender = noClasses().that()
		.resideInAPackage("org.boardpack.report..")
		.should()
		.dependOnClassesThat()
		.areAnnotatedWith(Repository.class)
		.orShould()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "org.springframework.batch..", "de.siegmar.fastcsv.reader..")
		.orShould()
		.dependOnClassesThat(resideInAPackage("org.boardpack.input").and(readsFiles()));

	/** Only pack and the renderers above it see the composed pack. */
	@ArchTest
	static final ArchRule domainKnowsNoPack = noClasses().that()
		.resideInAnyPackage(DOMAIN)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.boardpack.pack..", "org.boardpack.report..", "org.boardpack.template..");

	private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> readsFiles() {
		return simpleName("TabularItemReader").or(simpleName("InputFile"))
			.or(simpleName("CsvSource"))
			.or(simpleName("XlsxSource"))
			.or(resideInAnyPackage("org.apache.poi.."))
			.as("reads an input file");
	}

	/** Leaves out the bean definitions that ahead-of-time processing generates. */
	static final class NotGenerated implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("__");
		}

	}

}
