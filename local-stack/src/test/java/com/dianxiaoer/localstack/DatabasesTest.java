package com.dianxiaoer.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabasesTest {
    @Test
    void swapsOnlyTheDatabaseOfAServerUrl() {
        assertThat(Databases.urlFor("jdbc:postgresql://db:5432/postgres", "order"))
                .isEqualTo("jdbc:postgresql://db:5432/order");
        assertThat(Databases.urlFor(
                        "jdbc:postgresql://db1:5432,db2:5432/postgres?sslmode=require&targetServerType=primary",
                        "greeting"))
                .isEqualTo("jdbc:postgresql://db1:5432,db2:5432/greeting?sslmode=require&targetServerType=primary");
        assertThat(Databases.urlFor("jdbc:postgresql://db", "aftersales")).isEqualTo("jdbc:postgresql://db/aftersales");
        assertThat(Databases.urlFor("jdbc:postgresql://db:5432/?ssl=true", "app"))
                .isEqualTo("jdbc:postgresql://db:5432/app?ssl=true");
    }

    @Test
    void refusesWhatIsNotAPostgresUrlOrASimpleName() {
        assertThatThrownBy(() -> Databases.urlFor("jdbc:mysql://db/x", "order"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Databases.create("jdbc:postgresql://db/x", "u", "p", "a\"; DROP"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
