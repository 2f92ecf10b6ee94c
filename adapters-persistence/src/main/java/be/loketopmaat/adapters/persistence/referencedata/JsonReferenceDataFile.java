package be.loketopmaat.adapters.persistence.referencedata;

import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.common.Code;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The configured city's reference data from a JSON file: {@code
 * classpath:reference-data/<loket.city>.json} as shipped, or the file named by {@code
 * loket.reference-data-file} when that is set.
 *
 * <p>Every entry of the file is built and checked before any error is reported, so that whoever
 * edits the file sees all its violations at once, each with its place in the file ({@code
 * products[3].channels}).
 */
@Singleton
public class JsonReferenceDataFile implements ReferenceDataSource {
  static final String CLASSPATH_FOLDER = "reference-data/";

  private final ObjectMapper json;
  private final ReferenceDataFileMapper mapper;
  private final String city;
  private final String explicitFile;

  JsonReferenceDataFile(
      ObjectMapper json,
      ReferenceDataFileMapper mapper,
      @Value("${loket.city:antwerp}") String city,
      @Value("${loket.reference-data-file:}") String explicitFile) {
    this.json = json;
    this.mapper = mapper;
    this.city = city;
    this.explicitFile = explicitFile;
  }

  @Override
  public ReferenceData load() {
    return toDomain(read());
  }

  private ReferenceDataFile read() {
    if (!explicitFile.isBlank()) {
      Path path = Path.of(explicitFile);
      try (InputStream in = Files.newInputStream(path)) {
        return parse(in, path.toAbsolutePath().toString());
      } catch (NoSuchFileException e) {
        throw new IllegalStateException(
            "no reference data for city '"
                + city
                + "': the file "
                + path.toAbsolutePath()
                + " named by loket.reference-data-file does not exist");
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot read the reference data file " + path.toAbsolutePath(), e);
      }
    }
    // The city becomes part of a resource path: only a code's shape is safe there (no "../").
    if (!Code.isValid(city)) {
      throw new IllegalStateException(
          "loket.city '"
              + city
              + "' is not a city code (2 to 60 lower-case letters, digits or dashes)");
    }
    String resource = CLASSPATH_FOLDER + city + ".json";
    String where = "classpath:" + resource;
    try (InputStream in =
        JsonReferenceDataFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "no reference data for city '"
                + city
                + "': "
                + where
                + " does not exist; add that file, set loket.city to a city that has one,"
                + " or name a file with loket.reference-data-file");
      }
      return parse(in, where);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the reference data file " + where, e);
    }
  }

  private ReferenceDataFile parse(InputStream in, String where) throws IOException {
    ReferenceDataFile file;
    try {
      file = json.readValue(in, ReferenceDataFile.class);
    } catch (IOException e) {
      throw new IllegalStateException(
          "the reference data file "
              + where
              + " is not JSON of the documented shape (docs/reference-data.md): "
              + e.getMessage(),
          e);
    }
    if (file == null) {
      throw new IllegalStateException("the reference data file " + where + " is empty");
    }
    return file;
  }

  private ReferenceData toDomain(ReferenceDataFile file) {
    Violations violations = new Violations();
    violations
        .requireNonNull(file.city(), "city")
        .requireNonNull(file.products(), "products")
        .requireNonNull(file.locations(), "locations");
    CityProfile profile =
        file.city() == null ? null : violations.nested("city", () -> mapper.toDomain(file.city()));

    List<Product> products = each(file.products(), "products", mapper::toDomain, violations);
    Set<ProductCode> productCodes = new HashSet<>();
    for (int i = 0; i < products.size(); i++) {
      Product product = products.get(i);
      if (product != null) {
        violations.require(
            productCodes.add(product.code()),
            "products[" + i + "].code",
            "'{0}' is listed twice",
            product.code());
      }
    }

    List<Location> locations = each(file.locations(), "locations", mapper::toDomain, violations);
    Set<LocationCode> locationCodes = new HashSet<>();
    for (int i = 0; i < locations.size(); i++) {
      Location location = locations.get(i);
      if (location == null) {
        continue;
      }
      violations.require(
          locationCodes.add(location.code()),
          "locations[" + i + "].code",
          "'{0}' is listed twice",
          location.code());
      if (profile != null) {
        violations.require(
            profile.district(location.district()).isPresent(),
            "locations[" + i + "].district",
            "'{0}' is not one of the city's districts ({1})",
            location.district(),
            profile.districts().stream()
                .map(District::code)
                .map(Object::toString)
                .collect(Collectors.joining(", ")));
      }
    }
    List<MobileTeam> teams =
        each(
            file.mobileTeams() == null ? List.of() : file.mobileTeams(),
            "mobileTeams",
            mapper::toDomain,
            violations);
    Set<TeamCode> teamCodes = new HashSet<>();
    for (int i = 0; i < teams.size(); i++) {
      MobileTeam team = teams.get(i);
      if (team == null) {
        continue;
      }
      violations
          .require(
              teamCodes.add(team.code()),
              "mobileTeams[" + i + "].code",
              "'{0}' is listed twice",
              team.code())
          .require(
              locationCodes.contains(team.base()),
              "mobileTeams[" + i + "].base",
              "'{0}' is not one of the locations",
              team.base());
    }
    violations.throwIfAny();
    return new ReferenceData(profile, products, locations, teams);
  }

  /**
   * Builds every entry, keeping each one's violations under its index; a refused entry stays null.
   */
  private static <F, D> List<D> each(
      List<F> entries, String field, Function<F, D> build, Violations violations) {
    List<D> built = new ArrayList<>();
    if (entries == null) {
      return built;
    }
    for (int i = 0; i < entries.size(); i++) {
      F entry = entries.get(i);
      String path = field + "[" + i + "]";
      violations.requireNonNull(entry, path);
      built.add(entry == null ? null : violations.nested(path, () -> build.apply(entry)));
    }
    return built;
  }
}
