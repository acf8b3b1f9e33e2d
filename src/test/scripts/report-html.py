#!/usr/bin/env python3
"""Writes the web-page versions of the sample reports (src/test/resources/reports/html/).

Run once from the project's root: python3 src/test/scripts/report-html.py
The HTML files are committed; this script only documents how they were made.

Each page is the report's text as the inspectorate's site would lay it out: the title as <h1>,
one-line section headings as <h2> with a "(Back to top)" link, runs of lines holding tabs as a
<table> (the ratings table, the key questions), runs of "- " lines as a <ul>, Markdown pipe tables
as a <table>, other runs of lines as one <p> with <br> between its lines. Around it: a skip link,
a cookie banner, the site's header and navigation, breadcrumbs and a footer with the licence line,
all of which import must ignore. The words are the report's own (escaped), so the page must read
into exactly the draft its text gives.
"""
import html
import pathlib
import re

NAMES = ["bexley-2024", "sandwell-2014", "solihull-2023", "suffolk-2023", "wolverhampton-2022"]
ROOT = pathlib.Path("src/test/resources/reports")

HEADINGS = {
    "foreword", "contents", "ratings", "recommendations", "background", "acknowledgements",
    "further information", "executive summary", "summary", "introduction", "contextual facts",
    "diversity", "organisational delivery", "court disposals", "out-of-court disposals",
    "resettlement", "key findings", "strengths:", "areas for improvement:",
}
INLINE_TAG = re.compile(r"&lt;(/?)(i|b|u|em|strong|sup)&gt;", re.IGNORECASE)
BOLD = re.compile(r"\*\*([^*]{1,200})\*\*")


def escape(text):
    s = html.escape(text, quote=False)
    # Simple inline markup that the text kept from its source is markup again on a page.
    s = INLINE_TAG.sub(lambda m: "<" + m.group(1) + m.group(2).lower() + ">", s)
    s = BOLD.sub(r"<strong>\1</strong>", s)
    # Keep Maven's resource filtering away from "${...}" and "@...@".
    return s.replace("$", "&#36;").replace("@", "&#64;")


def is_heading(line):
    lower = line.strip().lower()
    if len(lower) > 60 or "\t" in line:
        return False
    return (lower in HEADINGS or lower.startswith("domain ") or lower.startswith("annexe")
            or re.match(r"^[1-4]\.[1-4]\.? [A-Z]", line.strip()) is not None)


def table(lines, pipes):
    rows = []
    for line in lines:
        if pipes:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-*:?", c) for c in cells):
                continue  # the Markdown separator row
        else:
            cells = line.split("\t")
        rows.append("<tr>" + "".join("<td>" + escape(c) + "</td>" for c in cells) + "</tr>")
    return '<table class="govuk-table">\n' + "\n".join(rows) + "\n</table>"


def block(lines, first):
    if first and any("inspection of" in l.lower() or "report of" in l.lower() for l in lines):
        return "<h1>" + "<br>\n".join(escape(l) for l in lines) + "</h1>"
    if all("\t" in l for l in lines):
        return table(lines, False)
    if all(l.lstrip().startswith("|") and l.count("|") >= 2 for l in lines):
        return table(lines, True)
    if all(l.startswith("- ") for l in lines):
        return "<ul>\n" + "\n".join("<li>" + escape(l[2:]) + "</li>" for l in lines) + "\n</ul>"
    if len(lines) == 1 and is_heading(lines[0]):
        return "<h2>" + escape(lines[0]) + ' <a href="#top">(Back to top)</a></h2>'
    return "<p>" + "<br>\n".join(escape(l) for l in lines) + "</p>"


def page(name, text):
    blocks, current = [], []
    for line in text.split("\n"):
        if line.strip() == "":
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    body = "\n\n".join(block(b, i < 3) for i, b in enumerate(blocks))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Inspection report ({name}) - HM Inspectorate of Probation</title>
<style>body {{ font-family: sans-serif; }}</style>
<script>window.dataLayer = [];</script>
</head>
<body id="top">
<a href="#main" class="govuk-skip-link">Skip to content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on HM Inspectorate of Probation">
<h2>Cookies on HM Inspectorate of Probation</h2>
<p>We use some essential cookies to make this website work.</p>
<button type="button">Accept additional cookies</button>
<button type="button">Reject additional cookies</button>
<a href="/cookies/">View cookies</a>
</div>
<header class="site-header" role="banner">
<a href="/">HM Inspectorate of Probation</a>
<nav aria-label="Menu"><ul><li><a href="/our-work/">Our work</a></li>
<li><a href="/youth-justice/">Youth justice inspections</a></li>
<li><a href="/about/">About us</a></li></ul>
<form role="search"><input type="search" name="s"><button>Search</button></form></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/youth-justice/">Youth justice</a></div>
<main id="main">
<article>
{body}
</article>
<p><a class="back-to-top" href="#top">Back to top</a></p>
</main>
<footer class="site-footer" role="contentinfo">
<p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
<p>&copy; Crown copyright</p>
</footer>
</body>
</html>
"""


def main():
    out = ROOT / "html"
    out.mkdir(exist_ok=True)
    for name in NAMES:
        text = (ROOT / (name + ".txt")).read_text(encoding="utf-8")
        (out / (name + ".html")).write_text(page(name, text), encoding="utf-8")


if __name__ == "__main__":
    main()
