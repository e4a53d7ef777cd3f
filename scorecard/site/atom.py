"""The .atom output format for stored queries, keeping datasette-atom's column contract
(atom_id, atom_title, atom_updated; optional atom_link, atom_content, atom_content_html).

Why not datasette-atom itself (checked with 0.11a0, which requires and runs on Datasette 1.0a41;
0.9 answered 500 on every feed because it called ``Datasette.metadata()``, gone in 1.0):
- an empty result, such as a campus with no changes yet, answers 500: ``render_atom`` calls
  ``fg.updated(max(row["atom_updated"] for row in rows))`` (datasette_atom/__init__.py line 34),
  and max() of no rows raises ValueError; a feed should simply have no entries;
- entry links are written as the query returns them (``/campuses/slug``), not made absolute;
- it answers ``application/xml``, not ``application/atom+xml``, and the feed has no author,
  which Atom requires when entries have none;
- it cannot name the campus in a per-campus feed's title.
Installing it beside this renderer is not an option either: both register the ``atom`` extension
and which one wins depends on the order plugins load. Links are made absolute against the request.
"""

import xml.etree.ElementTree as ET

from datasette.utils.asgi import Response

ATOM = "http://www.w3.org/2005/Atom"
REQUIRED = {"atom_id", "atom_title", "atom_updated"}
EPOCH = "1970-01-01T00:00:00Z"


def can_render(columns) -> bool:
    return REQUIRED.issubset(columns)


def feed_xml(title: str, self_url: str, alternate_url: str, rows: list[dict], absolute) -> bytes:
    """Atom 1.0 for rows carrying the atom_* columns; absolute(path) makes a link absolute."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = self_url
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = max((str(r["atom_updated"]) for r in rows), default=EPOCH)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=alternate_url)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "Campus Facial Recognition Scorecard"
    for r in rows:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = str(r["atom_id"])
        ET.SubElement(entry, f"{{{ATOM}}}title").text = str(r["atom_title"])
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = str(r["atom_updated"])
        if r.get("atom_link"):
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=absolute(str(r["atom_link"])))
        if r.get("atom_content_html"):
            ET.SubElement(entry, f"{{{ATOM}}}content", type="html").text = str(r["atom_content_html"])
        elif r.get("atom_content"):
            ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = str(r["atom_content"])
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


async def campus_name(datasette, database, slug) -> str:
    """The name a campus feed is titled with, also when the campus has no changes (no rows)."""
    found = await datasette.get_database(database).execute("select name from campuses where slug = ?", [slug])
    row = found.first()
    return row["name"] if row else slug


async def render(datasette, request, columns, rows, database, query_name, sql):
    if not can_render(columns):
        return Response.text("The query must return the columns " + ", ".join(sorted(REQUIRED)), status=400)
    title = request.args.get("_feed_title")
    if not title and query_name:
        query = await datasette.get_query(database, query_name)
        title = query.title if query else None
    rows = [dict(zip(columns, r, strict=False)) for r in rows]
    campus = request.args.get("campus")
    if title and campus:
        title = f"{title}: {await campus_name(datasette, database, campus)}"

    def absolute(path):
        return path if "://" in path else datasette.absolute_url(request, path)

    alternate = absolute(datasette.urls.path(f"/campuses/{campus}" if campus else "/"))
    body = feed_xml(title or sql, absolute(request.full_path), alternate, rows, absolute)
    return Response(body, content_type="application/atom+xml; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300"})
