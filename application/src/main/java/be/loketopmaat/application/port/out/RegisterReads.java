package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The record of every read of a person's data in the population register: whose, who read, why and
 * when, written before the read and committed on its own (not rolled back with the work the read
 * was for: the read happened), so that no read goes unrecorded. Kept for the audits and the
 * person's right of access.
 */
public interface RegisterReads {

  /**
   * One read.
   *
   * @param purpose why, in a few words (e.g. {@code attest delivery})
   * @param by who read: a member of staff, or the process acting (e.g. {@code e-counter})
   * @param reference what the read was for (a request's id), or null
   */
  record Read(
      NationalNumber person, String purpose, String by, LocalDateTime at, String reference) {
    public Read {
      new Violations()
          .requireNonNull(person, "person")
          .requireText(purpose, "purpose", 100)
          .requireText(by, "by", 200)
          .requireNonNull(at, "at")
          .require(
              reference == null || reference.length() <= 100,
              "reference",
              "must be at most {0} characters",
              100)
          .throwIfAny();
    }
  }

  void record(Read read);

  /** Several reads at once, committed together on their own (a batch of reads about to be made). */
  default void recordAll(List<Read> reads) {
    reads.forEach(this::record);
  }

  /** The reads of the person's data, newest first, at most {@code limit}. */
  List<Read> of(NationalNumber person, int limit);
}
