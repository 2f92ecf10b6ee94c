package be.loketopmaat.adapters.kiosk.virtualcard;

/** The kinds of virtual card the simulator makes. */
public enum Persona {
  /** A valid card: PIN 1234, three tries. */
  VALID,
  /** A card past its validity end; signatures and chain are fine. PIN 1111. */
  EXPIRED,
  /** A card whose PIN is already blocked (no tries left); the right PIN (4321) is refused too. */
  PIN_BLOCKED,
  /** A card whose identity file was changed after the National Register signed it. PIN 1234. */
  TAMPERED;

  /** The citizen on a card of this persona. */
  public Citizen citizen() {
    switch (this) {
      case EXPIRED:
        return Personas.expired();
      case PIN_BLOCKED:
        return Personas.blocked();
      default:
        return Personas.anna();
    }
  }
}
