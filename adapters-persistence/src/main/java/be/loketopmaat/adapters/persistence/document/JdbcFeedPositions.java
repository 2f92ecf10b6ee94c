package be.loketopmaat.adapters.persistence.document;

import be.loketopmaat.application.port.out.federal.FeedPositions;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** How far each federal feed was read, in {@code feed_position}, in the caller's transaction. */
@Singleton
@Transactional
public class JdbcFeedPositions implements FeedPositions {
  private final FeedPositionRows rows;

  JdbcFeedPositions(FeedPositionRows rows) {
    this.rows = rows;
  }

  @Override
  @Transactional(readOnly = true)
  public long position(String feed) {
    return rows.readTo(feed).orElse(0L);
  }

  @Override
  public void advance(String feed, long position) {
    rows.insertIfAbsent(feed);
    rows.advance(feed, position);
  }
}
