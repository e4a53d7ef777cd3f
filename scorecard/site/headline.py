"""The home page's headline: how many students study where facial recognition is ruled out, and
where it is used or planned; how much of the evidence is recent; how that compares with 2020.

Shares are of full-time-equivalent students (IPEDS EFIA2022) at every campus in the database, so
"share of US students" means share of the FTE the published database knows about.
"""

# The 2020 campus scorecard (Fight for the Future and Students for Sensible Drug Policy) as the
# press reported it when it was published; figures are approximate, as the reports give them.
SCORECARD_2020 = {
    "campuses": 100, "wont_use": 45, "no_response": 30, "vague": 3, "using": 2,
    "source_url": "https://www.commondreams.org/newswire/2020/01/28/new-scorecard-shows-which-colleges-are-using-facial-recognition-and-which-say",
    "source": "Fight for the Future press release, 27 January 2020",
}


def figures(conn) -> dict:
    """Counts and FTE shares for the headline, from the published database."""
    by_color = {c: (n, fte or 0, stale or 0) for c, n, fte, stale in conn.execute(
        "select color, count(*), sum(fte_enrollment), sum(stale) from campuses group by color")}
    total_fte = sum(v[1] for v in by_color.values())
    colored = {c: v for c, v in by_color.items() if c != "gray"}
    with_evidence = sum(v[0] for v in colored.values())
    stale = sum(v[2] for v in colored.values())

    def share(color):
        return by_color.get(color, (0, 0, 0))[1] / total_fte if total_fte else 0.0
    return {"green_share": share("green"), "red_share": share("red"),
            "green_campuses": by_color.get("green", (0,))[0], "red_campuses": by_color.get("red", (0,))[0],
            "with_evidence": with_evidence, "stale_share": stale / with_evidence if with_evidence else 0.0,
            "campuses": sum(v[0] for v in by_color.values()), "then": SCORECARD_2020}
