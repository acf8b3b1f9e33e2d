package org.yjtracker.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API under /api and its OpenAPI description. Each tag is described here, once; resources
 * name their tag with {@code @Tag(name = ...)} only ({@link OpenApiCleanup} keeps one entry per
 * name).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Youth justice inspection tracker API",
            version = "1",
            description =
                "Inspections, recommendations and action plans of youth justice services. Errors"
                    + " are RFC 9457 application/problem+json."),
    tags = {
      @Tag(name = "Action plans", description = "Improvement plans answering inspections"),
      @Tag(name = "Audit trail", description = "Every change, who made it and when (append-only)"),
      @Tag(
          name = "Dashboards",
          description = "Following services from publication to re-inspection"),
      @Tag(
          name = "Frameworks",
          description = "Inspection frameworks: standards, key questions, rules"),
      @Tag(
          name = "Inspections",
          description = "Inspections as published, checked against the rules"),
      @Tag(name = "Me", description = "The signed-in account, its password and API tokens"),
      @Tag(
          name = "Organisations",
          description = "Services, their boards and partner organisations"),
      @Tag(name = "Public", description = "Published inspections for anybody, without signing in"),
      @Tag(name = "Re-inspection", description = "An inspection judged against the one before it"),
      @Tag(
          name = "Report import",
          description = "Published reports read into drafts, then confirmed"),
      @Tag(
          name = TestClockApi.TAG,
          description =
              "The clock, moved by integration tests (only with tracker.clock.adjustable=true)"),
      @Tag(name = "Themes", description = "Themes of recommendations and where they recur"),
      @Tag(name = "Users", description = "Accounts, roles and memberships (inspectorate admins)")
    },
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal API token from /api/me/tokens")
public class ApiApplication extends Application {}
