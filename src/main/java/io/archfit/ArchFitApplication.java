package io.archfit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ArchFit: explainable advice on building an application as a modular monolith,
 * microservices, serverless functions or a hybrid.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ArchFitApplication {

	public static void main(String[] args) {
		SpringApplication.run(ArchFitApplication.class, args);
	}

}
