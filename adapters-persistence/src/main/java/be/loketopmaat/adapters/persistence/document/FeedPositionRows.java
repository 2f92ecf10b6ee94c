package be.loketopmaat.adapters.persistence.document;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FeedPositionRows extends GenericRepository<FeedPositionRows.FeedPositionRow, String> {

  /** How far one feed was read, in {@code feed_position}. */
  @MappedEntity("feed_position")
  record FeedPositionRow(@Id String feed, long readTo) {}

  @Query("SELECT read_to FROM feed_position WHERE feed = :feed")
  Optional<Long> readTo(String feed);

  @Query("INSERT INTO feed_position (feed, read_to) VALUES (:feed, 0) ON CONFLICT DO NOTHING")
  long insertIfAbsent(String feed);

  /** Only forward: a position behind the stored one (a late, concurrent reader) changes nothing. */
  @Query("UPDATE feed_position SET read_to = :readTo WHERE feed = :feed AND read_to < :readTo")
  long advance(String feed, long readTo);
}
