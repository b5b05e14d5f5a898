package io.archfit.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class against PostgreSQL with the {@code postgres} profile, in a
 * fresh schema, instead of H2. Typical use: a subclass that inherits every test of its H2
 * twin, {@code @OnPostgres class PostgresAssessmentApiTests extends AssessmentApiTests}.
 * Skipped with a message when {@value Postgres#URL} is not set, failed instead under
 * {@code CI=true}. The context is closed after the class, which drops its schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(Postgres.Required.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = Postgres.FreshSchema.class)
@DirtiesContext
public @interface OnPostgres {

}
