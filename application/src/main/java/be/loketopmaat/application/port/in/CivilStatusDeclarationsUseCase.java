package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.civilstatus.Declaration;
import be.loketopmaat.domain.civilstatus.DeclarationState;
import be.loketopmaat.domain.staff.StaffMember;
import java.util.List;
import java.util.UUID;

/**
 * Civil-status declarations made electronically (a birth, a recognition, a marriage): the citizen
 * declares on the e-counter, the declaration becomes a draft act in DABS, the civil-status officer
 * reviews it and signs (or rejects it with a reason), and the extract of the signed act goes to the
 * declarant's eBox, or by post without eBox consent. A declaration the law does not allow
 * electronically goes to the counter with the legal reason.
 */
public interface CivilStatusDeclarationsUseCase {

  /**
   * Stores the declaration and queues its draft in DABS, in one transaction.
   *
   * @throws be.loketopmaat.domain.common.InvalidInputException when the facts make no declaration
   * @throws be.loketopmaat.domain.common.ConflictException {@code declaration-referred} when the
   *     law does not allow it electronically: it is stored REFERRED for the counter, and the
   *     problem gives the legal reason and its id
   */
  Declaration submit(Declaration.Facts facts);

  /**
   * @throws be.loketopmaat.application.NotFoundException when there is no such declaration
   */
  Declaration get(UUID id);

  /** The declarations in {@code state} (e.g. DRAFTED: waiting for review), oldest first. */
  List<Declaration> inState(DeclarationState state, int limit);

  /** The officer signs the draft act: the signature is queued for DABS, then the extract. */
  Declaration sign(UUID id, StaffMember officer);

  /** The officer rejects the draft act, for {@code reason}. */
  Declaration reject(UUID id, String reason, StaffMember officer);

  /**
   * The extract of a declaration in the post queue.
   *
   * @throws be.loketopmaat.application.NotFoundException when it is not in the post queue
   */
  byte[] printable(UUID id);

  /** Staff printed and mailed the extract: it is deleted. */
  Declaration markPrinted(UUID id, StaffMember by);

  /** Forgets the declarations that ended longer ago than their retention; how many. */
  int forgetEnded();

  int MAX_LIMIT = 500;
}
