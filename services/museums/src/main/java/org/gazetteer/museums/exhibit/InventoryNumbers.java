package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;

/**
 * Inventory numbers are unique per museum, census numbers in the network: checked before a write
 * for a clear 409, and by the database's constraints for races.
 */
@ApplicationScoped
class InventoryNumbers {

  static final String INVENTORY_UNIQUE = "exhibit_inventory_unique";
  static final String CENSUS_NO_UNIQUE = "exhibit_census_no_unique";

  private final ExhibitRepository exhibits;

  InventoryNumbers(ExhibitRepository exhibits) {
    this.exhibits = exhibits;
  }

  /** 409 when another exhibit of {@code museum} than {@code except} has the number. */
  Uni<Void> requireFree(String museum, String inventoryNo, UUID except) {
    return exhibits
        .inventoryTaken(museum, inventoryNo.strip(), except)
        .invoke(
            taken -> {
              if (taken) {
                throw duplicate(inventoryNo);
              }
            })
        .replaceWithVoid();
  }

  /** {@code write} with the database's uniqueness refusals as the 409s of {@link #requireFree}. */
  static <T> Uni<T> refusingDuplicates(Uni<T> write, ExhibitRequest request) {
    return write
        .onFailure(e -> Failures.violated(e, INVENTORY_UNIQUE))
        .transform(e -> duplicate(request.inventoryNo()))
        .onFailure(e -> Failures.violated(e, CENSUS_NO_UNIQUE))
        .transform(e -> duplicateCensusNo(request.censusNo()));
  }

  static ProblemException duplicate(String inventoryNo) {
    return ProblemException.conflict(
        "Inventory number " + inventoryNo.strip() + " is already used in this museum");
  }

  static ProblemException duplicateCensusNo(String censusNo) {
    return ProblemException.conflict(
        "Census registration number " + censusNo + " is already registered in the network");
  }
}
