package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Civil-status declarations, and the extracts of the post queue (kept only while they wait to be
 * printed). A change joins the caller's transaction.
 */
public interface CivilStatusDeclarationStore {

  void insert(Declaration declaration);

  Optional<Declaration> find(UUID id);

  /**
   * Stores the declaration's new state over {@code expected}, the state it was read in; false when
   * it was changed meanwhile. A declaration that leaves the post queue loses its extract.
   */
  boolean update(Declaration declaration, DeclarationState expected);

  /** Keeps the extract of a declaration in the post queue until it is printed. */
  void keepForPrint(UUID id, byte[] pdf);

  /** The extract kept for printing; empty when none is kept. */
  Optional<byte[]> printable(UUID id);

  /** The declarations in {@code state}, oldest change first, at most {@code limit}. */
  List<Declaration> inState(DeclarationState state, int limit);

  /** Deletes the declarations whose road ended before {@code before}; how many. */
  int forgetEndedBefore(LocalDateTime before);
}
