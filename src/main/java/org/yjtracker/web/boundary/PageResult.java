package org.yjtracker.web.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.entity.Section;

/** What a page handler answers: a page, or a redirect after a form (with a message to show). */
public sealed interface PageResult permits PageResult.View, PageResult.Redirect {

  /** A template under src/main/jte (without ".jte") with the title the layout shows. */
  static View view(String template, String title) {
    return new View(template, title, 200, new LinkedHashMap<>(), null, new ArrayList<>(), false);
  }

  /** See other: where the browser goes after a form was saved. */
  static Redirect redirect(String location) {
    return new Redirect(location, null);
  }

  /** See other, and a success banner on the page it leads to. */
  static Redirect redirect(String location, String success) {
    return new Redirect(location, success);
  }

  /** A page; its template gets the model's entries as parameters, and {@code frame}. */
  final class View implements PageResult {
    private final String template;
    private final String title;
    private int status;
    private final Map<String, Object> model;
    private Section section;
    private final List<String> scripts;
    private boolean hasErrors;

    View(
        String template,
        String title,
        int status,
        Map<String, Object> model,
        Section section,
        List<String> scripts,
        boolean hasErrors) {
      this.template = Objects.requireNonNull(template);
      this.title = Objects.requireNonNull(title);
      this.status = status;
      this.model = model;
      this.section = section;
      this.scripts = scripts;
      this.hasErrors = hasErrors;
    }

    /** A template parameter. */
    public View with(String name, Object value) {
      model.put(name, value);
      return this;
    }

    /** The page's form; with errors, the page is answered 400 and its title says "Error:". */
    public View form(Form form) {
      model.put("form", form);
      if (form.hasErrors()) {
        hasErrors = true;
        status = status == 200 ? 400 : status;
      }
      return this;
    }

    public View status(int code) {
      this.status = code;
      return this;
    }

    /** The navigation item to show as current, when it is not the route's own. */
    public View section(Section current) {
      this.section = current;
      return this;
    }

    /** A script in /js/pages/ that enhances the page; the page works without it. */
    public View script(String name) {
      scripts.add(name);
      return this;
    }

    public String template() {
      return template;
    }

    public String title() {
      return title;
    }

    public int status() {
      return status;
    }

    public Map<String, Object> model() {
      return model;
    }

    public Section section() {
      return section;
    }

    public List<String> scripts() {
      return scripts;
    }

    public boolean hasErrors() {
      return hasErrors;
    }
  }

  /** 303 See Other to a path of this site. */
  record Redirect(String location, String success) implements PageResult {
    public Redirect {
      if (!location.startsWith("/") || location.startsWith("//")) {
        throw new IllegalArgumentException("Only a path on this site: " + location);
      }
    }
  }
}
