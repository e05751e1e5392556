package dev.exporterbuilder.example.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** postgres_exporter's URL form of {@code DATA_SOURCE_NAME}, turned into the JDBC driver's terms. */
class DataSourceNameTest {

  @Test
  void aUrlBecomesAJdbcUrlWithTheCredentialsAsProperties() {
    DataSourceName source = DataSourceName.parse("postgresql://exporter:s3cr%40t+1@db.example.com:6432/shop?sslmode=disable");
    assertEquals("jdbc:postgresql://db.example.com:6432/shop", source.jdbcUrl());
    assertEquals("exporter", source.properties().getProperty("user"));
    assertEquals("s3cr@t+1", source.properties().getProperty("password"));
    assertEquals("disable", source.properties().getProperty("sslmode"));
    assertEquals("db.example.com:6432", source.server());
    assertFalse(source.toString().contains("s3cr"), source.toString());
  }

  @Test
  void defaultsAreLibpqs() {
    DataSourceName source = DataSourceName.parse("postgres://localhost");
    assertEquals("jdbc:postgresql://localhost:5432/", source.jdbcUrl());
    assertEquals("require", source.properties().getProperty("sslmode"));
    assertEquals("localhost:5432", source.server());
  }

  @Test
  void libpqParametersTakeTheDriversNames() {
    DataSourceName source = DataSourceName.parse(
        "postgresql://u@[::1]:5433/postgres?application_name=exporter&connect_timeout=7");
    assertEquals("jdbc:postgresql://[::1]:5433/postgres", source.jdbcUrl());
    assertEquals("exporter", source.properties().getProperty("ApplicationName"));
    assertEquals("7", source.properties().getProperty("connectTimeout"));
    assertEquals("::1:5433", source.server());
  }

  @Test
  void errorsSayWhatIsWrongWithoutQuotingTheSecret() {
    for (String invalid : new String[] {"mysql://u:hunter2@host/db", "postgresql://u:hunter2@host/db?pool=5",
        "postgresql://u:hunter2%zz@host/db", "postgresql:///db?password=hunter2", "host=x password=hunter2"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSourceName.parse(invalid));
      assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
    assertEquals("no data source name: set DATA_SOURCE_NAME or --data-source-name, such as"
        + " postgresql://user:password@host:5432/postgres?sslmode=disable",
        assertThrows(IllegalArgumentException.class, () -> DataSourceName.parse(null)).getMessage());
  }
}
