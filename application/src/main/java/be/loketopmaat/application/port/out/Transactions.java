package be.loketopmaat.application.port.out;

import java.util.function.Supplier;

/** Runs work all or nothing, for the use cases that write through more than one repository. */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);
}
