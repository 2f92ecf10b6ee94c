package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.advice.Advice;
import be.loketopmaat.domain.advice.CitizenContext;
import be.loketopmaat.domain.catalogue.ProductCode;

/** No wrong door: the best ways for this citizen to get this product. */
public interface ChannelAdviceUseCase {

  /**
   * @throws be.loketopmaat.application.NotFoundException when the product is unknown
   * @throws be.loketopmaat.domain.common.InvalidInputException when the home district is unknown
   */
  Advice advise(ProductCode product, CitizenContext context);
}
