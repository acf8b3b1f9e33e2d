package org.yjtracker.testsupport;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as built (target/tracker.war), deployed at the root context. */
@ArquillianSuiteDeployment
public final class Deployments {

  private Deployments() {}

  @Deployment(testable = false)
  public static WebArchive application() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File("target/tracker.war"))
        .as(WebArchive.class);
  }
}
