package org.schemadepartemental.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.indicators.MeasurementLoad;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.FormatRegistry;
import org.schemadepartemental.io.ReadOptions;

/** The bundled example, read from the project's examples folder on the test class path. */
final class Examples {
  static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  private Examples() {}

  static DocumentSource resource(String path) {
    try (InputStream in = Examples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return DocumentSource.of(path.substring(1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormatRegistry formats() {
    return FormatRegistry.builder().build();
  }

  /** The Orne plan as its importer reads it. */
  static Schema ornePlan() {
    return formats().read(resource("/examples/seeds/orne-plan-2017-2021.txt"), "action-plan",
        ReadOptions.defaults()).schema();
  }

  /** The Orne plan with the illustrative follow-up and measurements. */
  static Schema orneIllustrative() {
    Schema plan = ornePlan();
    Schema followUp = formats().read(resource("/examples/orne-illustrative/review.json"), "json",
        ReadOptions.defaults()).schema();
    PlanFollowUp.Applied applied = PlanFollowUp.apply(plan, followUp, "review.json");
    if (!applied.problems().isEmpty()) {
      throw new IllegalStateException("the illustrative follow-up does not fit the plan: " + applied.problems());
    }
    MeasurementLoad load = org.schemadepartemental.indicators.MeasurementLoader.load(applied.schema(),
        resource("/examples/orne-illustrative/measurements.csv"), ReadOptions.defaults());
    if (load.hasErrors()) {
      throw new IllegalStateException("the illustrative measurements do not fit the plan: " + load.problems());
    }
    return load.schema();
  }

  static ReportData orneReport() {
    return ReportData.builder(orneIllustrative()).asOf(AS_OF)
        .illustrative("le plan est celui de l'Orne tel que publié ; les bilans, cibles et mesures sont inventés "
            + "(examples/orne-illustrative/).").build();
  }
}
