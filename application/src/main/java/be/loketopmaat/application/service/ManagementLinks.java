package be.loketopmaat.application.service;

import be.loketopmaat.domain.appointment.AppointmentReference;
import java.util.regex.Pattern;

/**
 * Where a citizen manages their appointment: the service's public address, the appointment's
 * reference and its management code. Codes are URL-safe (base64url), so the link needs no encoding;
 * anything else is refused rather than sent broken.
 */
public final class ManagementLinks {
  private static final Pattern PUBLIC_URL =
      Pattern.compile("https?://[^\\s/?#@]+(/[^\\s?#]*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");

  private final String base;

  /**
   * @param publicUrl the service's address as citizens reach it, e.g. {@code
   *     https://loket.antwerpen.be}, without query or fragment
   * @throws IllegalArgumentException unless it is an absolute http(s) URL
   */
  public ManagementLinks(String publicUrl) {
    String url = publicUrl == null ? "" : publicUrl.strip();
    if (!PUBLIC_URL.matcher(url).matches()) {
      throw new IllegalArgumentException(
          "the public URL must be an absolute http(s) URL without query or fragment: " + publicUrl);
    }
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Where the citizen finds the free slots to pick up the document of this order. */
  public String pickupLinkFor(java.util.UUID documentOrder) {
    return base + "/api/v1/availability?pickupOf=" + documentOrder;
  }

  /** Where the citizen finds the free slots for a product, anywhere in the city. */
  public String searchLinkFor(be.loketopmaat.domain.catalogue.ProductCode product) {
    return base + "/api/v1/availability?mode=flexible&product=" + product.value();
  }

  /**
   * Where the holder of an eID renewal summons confirms or releases the slot kept for them: the
   * page at this address posts to the summons' {@code /confirm} or {@code /release}.
   */
  public String summonsLinkFor(String token, String action) {
    if (token == null || !URL_SAFE.matcher(token).matches()) {
      throw new IllegalArgumentException("a summons token is URL-safe base64");
    }
    return base + "/api/v1/eid-renewal/summons/" + token + "/" + action;
  }

  public String linkFor(AppointmentReference reference, String managementCode) {
    if (managementCode == null || !URL_SAFE.matcher(managementCode).matches()) {
      throw new IllegalArgumentException("a management code is URL-safe base64");
    }
    return base + "/api/v1/appointments/" + reference.value() + "?code=" + managementCode;
  }
}
