package org.yjtracker.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A group of standards (organisational delivery, court disposals, ...). */
@Entity
@Table(name = "framework_domain")
public class Domain {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int position;

  @OneToMany(mappedBy = "domain", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Standard> standards = new ArrayList<>();

  protected Domain() {}

  Domain(Framework framework, String code, String name, int position) {
    this.framework = framework;
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public Standard addStandard(String code, String name, boolean caseSampled, boolean scored) {
    int position =
        framework.standards().stream().mapToInt(Standard::getPosition).max().orElse(0) + 1;
    var standard = new Standard(this, code, name, position, caseSampled, scored);
    standards.add(standard);
    return standard;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public List<Standard> getStandards() {
    return standards;
  }
}
