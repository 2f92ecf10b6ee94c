package be.loketopmaat.archfixture.application.port.out;

import be.loketopmaat.archfixture.application.service.HelpfulService;

/** Breaks "ports do not depend on services": an out-port that names a service. */
public interface PortThatKnowsAService {
  void store(HelpfulService service);
}
