package be.loketopmaat.domain.catalogue;

import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.common.Violations;

/**
 * The organisation that delivers a product the city does not deliver itself. A counter that gets
 * such a question sends the citizen there, with the contact details: never just "not here".
 */
public record Referral(String organisation, LocalizedText description, String url, String phone) {
  public Referral {
    new Violations()
        .requireText(organisation, "organisation", 200)
        .requireNonNull(description, "description")
        .require(url == null || Formats.isHttpUrl(url), "url", "must be an http(s) URL")
        .require(phone == null || Formats.isPhone(phone, 6), "phone", "must be a phone number")
        .require(url != null || phone != null, "url", "a referral needs a URL or a phone number")
        .throwIfAny();
  }
}
