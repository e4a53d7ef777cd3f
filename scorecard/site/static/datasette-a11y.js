// Datasette's own database, table and query pages, made to pass axe-core like the site's pages:
// its filter and sort controls get names, the SQL editor (CodeMirror, made by script) gets a label,
// and a heading that skips a level (an h3 straight after the page's h1) takes the next level.
// Runs after Datasette's own scripts.
window.addEventListener("load", () => {
  const name = (sel, label) => document.querySelectorAll(sel).forEach((el) => {
    if (!el.getAttribute("aria-label") && !(el.labels && el.labels.length)) el.setAttribute("aria-label", label);
  });
  name("select[name^='_filter_column']", "Filter column");
  name("select[name^='_filter_op']", "Filter operation");
  name("input[name^='_filter_value']", "Filter value");
  name("select[name='_sort']", "Sort by");
  name(".cm-content", "SQL query");
  let last = 0;
  document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").forEach((h) => {
    const level = Number(h.tagName[1]);
    if (last && level > last + 1) {
      const fixed = document.createElement("h" + (last + 1));
      for (const a of h.attributes) fixed.setAttribute(a.name, a.value);
      fixed.append(...h.childNodes);
      h.replaceWith(fixed);
      last = last + 1;
    } else {
      last = level;
    }
  });
});
