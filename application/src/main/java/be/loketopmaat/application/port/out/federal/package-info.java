/**
 * Out-ports to the federal and Flemish systems outside the city: the population register (through
 * MAGDA) and the citizen's electronic mailbox (eBox). Each port is named by the role the system
 * plays for the city; every one of them can be down, and then says so with {@link
 * be.loketopmaat.application.port.out.federal.SystemUnavailableException}.
 */
package be.loketopmaat.application.port.out.federal;
