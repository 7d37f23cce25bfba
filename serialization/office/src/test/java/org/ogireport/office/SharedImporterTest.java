package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ogireport.core.AnnualReport;

/** One importer and one writer, shared by threads reading and writing at once, read right. */
class SharedImporterTest {

  @Test
  void threadsSharingOneImporterEachReadTheirReport() throws Exception {
    DocumentImporter importer = DocumentImporter.builder().build();
    Map<String, AnnualReport> cases = Cases.all();
    byte[] pdf;
    try (InputStream in = getClass().getResourceAsStream("produced/hongze-2024.lo.pdf")) {
      pdf = in.readAllBytes();
    }
    byte[] shared = pdf;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (Map.Entry<String, AnnualReport> e : cases.entrySet()) {
        results.add(pool.submit(() -> CellForCell.differences(e.getValue(), importer.read(
            DocxWriter.standard().write(e.getValue()), e.getKey()).getReport())));
        results.add(pool.submit(() -> CellForCell.differences(cases.get("hongze-2024"),
            importer.read(shared, "hongze-2024.pdf").getReport())));
      }
      for (Future<List<String>> result : results) {
        assertEquals(List.of(), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
