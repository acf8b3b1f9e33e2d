package org.yjtracker.web.boundary;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The page templates (src/main/jte), compiled into the application by the build: jte escapes every
 * value for where it stands in the HTML, so data never becomes markup by mistake.
 */
@ApplicationScoped
public class Templates {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader());

  /** The template (a path under src/main/jte without ".jte") with these parameters. */
  public String render(String template, Map<String, Object> parameters) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(template + ".jte", parameters, out);
    return out.toString();
  }
}
