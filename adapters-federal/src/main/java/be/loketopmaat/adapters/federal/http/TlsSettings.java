package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.domain.common.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Mutual TLS towards a federal system: the city's own certificate and key (the keystore) and the
 * certificates it trusts for the other side (the truststore). Both are PKCS#12 files (or JKS: the
 * JDK's keystore reads either), given by path and password in configuration, never in code.
 */
public record TlsSettings(
    Path keyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword) {

  public TlsSettings {
    new Violations()
        .require(
            keyStore != null && Files.isReadable(keyStore), "keyStore", "must be a readable file")
        .requireNonNull(keyStorePassword, "keyStorePassword")
        .require(
            trustStore != null && Files.isReadable(trustStore),
            "trustStore",
            "must be a readable file")
        .requireNonNull(trustStorePassword, "trustStorePassword")
        .throwIfAny();
    keyStorePassword = keyStorePassword.clone();
    trustStorePassword = trustStorePassword.clone();
  }

  /**
   * A TLS context that shows the keystore's key to the server and trusts only the truststore's
   * certificates.
   *
   * @throws IllegalStateException when a store cannot be opened (wrong password, not a keystore): a
   *     configuration error, reported at start rather than at the first call
   */
  public SSLContext sslContext() {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(load(keyStore, keyStorePassword), keyStorePassword);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(trustStore, trustStorePassword));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(
          "The TLS stores "
              + keyStore
              + " and "
              + trustStore
              + " cannot be used: "
              + e.getMessage(),
          e);
    }
  }

  private static KeyStore load(Path path, char[] password)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(path)) {
      // getDefaultType() is PKCS12; its loader also reads JKS files.
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(in, password);
      return store;
    }
  }

  @Override
  public String toString() {
    return "TlsSettings[keyStore=" + keyStore + ", trustStore=" + trustStore + "]";
  }
}
