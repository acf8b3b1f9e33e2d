package org.yjtracker.theme.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A subject recommendations keep coming back to, with the phrases that suggest it. */
@Entity
@Table(name = "theme")
@NamedQuery(name = Theme.ALL, query = "SELECT t FROM Theme t ORDER BY t.name")
@NamedQuery(name = Theme.BY_CODE, query = "SELECT t FROM Theme t WHERE t.code = :code")
public class Theme {

  public static final String ALL = "Theme.all";
  public static final String BY_CODE = "Theme.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(nullable = false)
  private boolean retired;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "theme_keyword", joinColumns = @JoinColumn(name = "theme_id"))
  @Column(name = "phrase")
  private Set<String> keywords = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  @Version private long version;

  protected Theme() {}

  public Theme(String code, String name) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
  }

  public void describe(String name, String description, Collection<String> keywords) {
    this.name = Objects.requireNonNull(name);
    this.description = description;
    this.keywords.clear();
    this.keywords.addAll(keywords);
  }

  public void retire(boolean retired) {
    this.retired = retired;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public boolean isRetired() {
    return retired;
  }

  public Set<String> getKeywords() {
    return keywords;
  }

  public long getVersion() {
    return version;
  }
}
