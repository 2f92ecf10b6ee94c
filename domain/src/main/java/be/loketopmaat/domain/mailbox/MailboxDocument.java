package be.loketopmaat.domain.mailbox;

import be.loketopmaat.domain.common.Violations;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document attached to a message in a citizen's mailbox: a file name, its media type, its bytes.
 */
public record MailboxDocument(String fileName, String mediaType, byte[] content) {
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final Pattern SAFE_FILE_NAME =
      Pattern.compile("[\\w][\\w .()-]{0,99}\\.[A-Za-z0-9]{1,8}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

  public MailboxDocument {
    new Violations()
        .require(
            fileName != null && SAFE_FILE_NAME.matcher(fileName).matches(),
            "fileName",
            "must be a plain file name with an extension, at most 100 characters")
        .require(
            mediaType != null && MEDIA_TYPE.matcher(mediaType).matches(),
            "mediaType",
            "must be a media type such as application/pdf")
        .require(content != null && content.length > 0, "content", "must not be empty")
        .require(content == null || content.length <= MAX_BYTES, "content", "must be at most 10 MB")
        .throwIfAny();
    content = content.clone();
  }

  public static MailboxDocument pdf(String fileName, byte[] content) {
    return new MailboxDocument(fileName, "application/pdf", content);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MailboxDocument that
        && fileName.equals(that.fileName)
        && mediaType.equals(that.mediaType)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(fileName, mediaType) + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "MailboxDocument[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
