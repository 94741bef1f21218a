package org.tandem.access.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI tandemOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Tandem API")
                .version("v1")
                .description(
                    "Referrals, cases and areas. Authenticate with a personal API token: "
                        + "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal API token from your account page")));
  }
}
