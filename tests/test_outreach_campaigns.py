"""Outreach campaigns, end to end through `scorecard outreach`: select, write, send, follow up, record."""

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import DATA
from outreach_support import World, smtp_server

QUESTION = "Does your institution use, or plan to use, facial recognition on campus? Is there a policy on it?"


@pytest.fixture
def world(published, tmp_path):
    w = World(published, tmp_path, DATA)
    (tmp_path / "q.txt").write_text(QUESTION + "\n", encoding="utf-8")
    w.question = str(tmp_path / "q.txt")
    return w


def rows(path, sql, params=()):
    with sqlite3.connect(path) as c:
        return c.execute(sql, params).fetchall()


def new_three(world, name="ask-three", kind="records-request", **kw):
    args = ["new", name, "--question", world.question, "--kind", kind,
            "--campus", "university-of-california-los-angeles", "--campus", "harvard-university",
            "--campus", "columbia-university-in-the-city-of-new-york"]
    for k, v in kw.items():
        args += [f"--{k.replace('_', '-')}", str(v)]
    return world.run(*args)


def test_a_campaign_selects_gray_campuses_of_a_state_and_sector(world):
    r = world.run("new", "vt-public", "--question", world.question, "--state", "VT",
                  "--sector", "Public, 4-year or above", "--color", "gray")
    assert r.exit_code == 0, r.output
    expected = rows(world.db, "select count(*) from campuses where state='VT' and sector='Public, 4-year or above'"
                              " and color='gray'")[0][0]
    assert expected > 0
    assert f"{expected} campus(es) added, 0 already in it" in r.output
    assert rows(world.store, "select count(*) from outreach_targets where campaign='vt-public'")[0][0] == expected


def test_rerunning_a_campaign_adds_nothing_twice(world):
    assert new_three(world).exit_code == 0
    again = new_three(world)
    assert again.exit_code == 0 and "0 campus(es) added, 3 already in it" in again.output
    assert rows(world.store, "select count(*) from outreach_targets")[0][0] == 3


def test_rerunning_with_a_different_question_is_refused_and_changes_nothing(world, tmp_path):
    new_three(world)
    other = tmp_path / "other.txt"
    other.write_text("Something else?", encoding="utf-8")
    r = world.run("new", "ask-three", "--question", str(other), "--campus", "harvard-university",
                  "--kind", "records-request")
    assert r.exit_code == 1 and "already exists with a different question" in r.output
    assert rows(world.store, "select question from outreach_campaigns")[0][0] == QUESTION


def test_private_institutions_get_an_inquiry_never_a_records_request(world):
    new_three(world)
    kinds = dict(rows(world.store, "select i.slug, t.kind from outreach_targets t join institutions i using (unitid)"))
    assert kinds == {"university-of-california-los-angeles": "records-request", "harvard-university": "inquiry",
                     "columbia-university-in-the-city-of-new-york": "inquiry"}


def test_a_named_campus_outside_the_selection_is_refused_and_nothing_is_stored(world):
    r = world.run("new", "ca-only", "--question", world.question, "--state", "CA", "--campus", "harvard-university")
    assert r.exit_code == 1
    assert "'harvard-university' is outside the selection (state CA)" in r.output
    assert rows(world.store, "select count(*) from outreach_campaigns")[0][0] == 0


def test_a_state_without_a_recorded_law_is_refused_for_a_records_request(world, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for f in DATA.iterdir():
        if f.is_file():
            (data / f.name).write_bytes(f.read_bytes())
    laws = (DATA / "public_records_laws.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "public_records_laws.csv").write_text("".join(l for l in laws if not l.startswith("CA,")), encoding="utf-8")
    world.data = data
    r = new_three(world)
    assert r.exit_code == 1 and "no public-records law is recorded for state 'CA'" in r.output
    assert rows(world.store, "select count(*) from outreach_targets")[0][0] == 0


def test_a_records_request_to_a_public_campus_in_a_territory_is_refused(world):
    r = world.run("new", "pr", "--question", world.question, "--state", "PR", "--kind", "records-request")
    assert r.exit_code == 1 and "no public-records law is recorded for state 'PR'" in r.output
    assert rows(world.store, "select count(*) from outreach_campaigns")[0][0] == 0
    inquiry = world.run("new", "pr", "--question", world.question, "--state", "PR", "--kind", "inquiry")
    assert inquiry.exit_code == 0, inquiry.output


def test_an_unknown_campaign_is_named_in_the_error(world):
    new_three(world)
    r = world.run("show", "nope")
    assert r.exit_code == 1 and "no campaign named 'nope' (campaigns: ask-three)" in r.output


def test_without_smtp_settings_send_only_prints_and_records_nothing(world):
    new_three(world)
    world.run("address", "ask-three", "harvard-university", "president@harvard.example.edu")
    r = world.run("send", "ask-three")
    assert r.exit_code == 0, r.output
    assert "would send letter to harvard-university <president@harvard.example.edu>" in r.output
    assert "no address for university-of-california-los-angeles" in r.output
    assert "nothing was sent or recorded" in r.output
    assert rows(world.store, "select count(*) from outreach_messages")[0][0] == 0


def test_send_goes_through_a_real_smtp_server_and_records_each_message(world):
    controller, inbox, env = smtp_server()
    try:
        new_three(world)
        world.run("address", "ask-three", "harvard-university", "president@harvard.example.edu")
        world.run("address", "ask-three", "university-of-california-los-angeles", "chancellor@ucla.example.edu")
        r = world.run("send", "ask-three", env=env, today="2026-03-03")
        assert r.exit_code == 0, r.output
        again = world.run("send", "ask-three", env=env, today="2026-03-04")
    finally:
        controller.stop()
    assert len(inbox.messages) == 2, "a re-run sends nothing twice"
    assert "2 campus(es) already sent their letter" in again.output
    by_to = {m["X-Scorecard-Campus"]: (frm, tos, m) for frm, tos, m in inbox.messages}
    frm, tos, ucla = by_to["university-of-california-los-angeles"]
    assert frm == "outreach@scorecard.example.org" and tos == ["chancellor@ucla.example.edu"]
    assert ucla["Subject"] == "Public records request: facial recognition at University of California-Los Angeles"
    assert ucla["To"].addresses[0].display_name == "Dr. Gene D. Block"
    body = ucla.get_content()
    assert QUESTION in body and "within 10 days" in body
    harvard = by_to["harvard-university"][2]
    assert harvard["Subject"] == "Question about facial recognition at Harvard University"
    assert "public-records law" not in harvard.get_content()
    recorded = rows(world.store, "select i.slug, m.kind, m.sent_on, m.to_address, m.message_id, m.via "
                                 "from outreach_messages m join institutions i using (unitid) order by i.slug")
    assert recorded == [
        ("harvard-university", "letter", "2026-03-03", "president@harvard.example.edu", harvard["Message-ID"], "smtp"),
        ("university-of-california-los-angeles", "letter", "2026-03-03", "chancellor@ucla.example.edu",
         ucla["Message-ID"], "smtp")]


def test_marking_by_hand_records_letter_then_follow_up(world):
    new_three(world)
    a = world.run("sent", "ask-three", "harvard-university", "--on", "2026-03-02", "--to", "p@harvard.example.edu")
    b = world.run("sent", "ask-three", "harvard-university", "--on", "2026-03-20", "--to", "p@harvard.example.edu",
                  today="2026-03-25")
    assert "recorded letter" in a.output and "recorded follow-up" in b.output
    assert rows(world.store, "select kind, via from outreach_messages order by id") == [("letter", "hand"),
                                                                                        ("follow_up", "hand")]


def test_marking_a_campus_outside_the_campaign_is_refused(world):
    new_three(world)
    r = world.run("sent", "ask-three", "yale-university", "--on", "2026-03-02", "--to", "p@yale.example.edu")
    assert r.exit_code == 1 and "'yale-university' is outside the selection of campaign 'ask-three'" in r.output
    assert rows(world.store, "select count(*) from outreach_messages")[0][0] == 0


def test_an_answer_queues_one_pending_official_statement(world, tmp_path):
    new_three(world)
    world.run("sent", "ask-three", "harvard-university", "--on", "2026-03-02", "--to", "p@harvard.example.edu")
    reply = tmp_path / "reply.txt"
    reply.write_text("Harvard does not use facial recognition and has no plans to.", encoding="utf-8")
    r = world.run("answered", "ask-three", "harvard-university", "--on", "2026-03-10", "--stance", "not_using",
                  "--summary", "Says it does not use facial recognition now.", "--file", str(reply),
                  today="2026-03-11")
    assert r.exit_code == 0, r.output
    ev = rows(world.store, "select stance, stated_on, source_kind, review_status, origin, quote, source_urls "
                           "from evidence where origin = 'outreach'")
    assert ev == [("not_using", "2026-03-10", "official_statement", "pending", "outreach",
                   "Harvard does not use facial recognition and has no plans to.", "https://www.harvard.edu/")]
    twice = world.run("answered", "ask-three", "harvard-university", "--on", "2026-03-10", "--stance", "not_using",
                      "--summary", "again", today="2026-03-11")
    assert twice.exit_code == 1 and "already answered" in twice.output
    assert rows(world.store, "select count(*) from evidence where origin = 'outreach'")[0][0] == 1


def test_a_reply_dated_before_the_letter_is_refused_and_changes_nothing(world):
    new_three(world)
    world.run("sent", "ask-three", "harvard-university", "--on", "2026-03-05", "--to", "p@harvard.example.edu",
              today="2026-03-05")
    r = world.run("answered", "ask-three", "harvard-university", "--on", "2026-03-04", "--stance", "wont_use",
                  "--summary", "A ban.", today="2026-03-11")
    assert r.exit_code == 1 and "the reply (2026-03-04) is dated before the letter (2026-03-05)" in r.output
    assert rows(world.store, "select count(*) from evidence where origin = 'outreach'")[0][0] == 0
    assert rows(world.store, "select answered_on from outreach_targets where answered_on is not null") == []


def test_an_answer_without_a_letter_is_refused(world):
    new_three(world)
    r = world.run("answered", "ask-three", "harvard-university", "--on", "2026-03-04", "--stance", "wont_use",
                  "--summary", "A ban.")
    assert r.exit_code == 1 and "no letter to 'harvard-university' is recorded" in r.output


def test_due_sends_the_follow_up_then_queues_exactly_one_no_response(world):
    controller, inbox, env = smtp_server()
    try:
        new_three(world, deadline_days=20, follow_ups=1)
        world.run("address", "ask-three", "harvard-university", "p@harvard.example.edu")
        world.run("send", "ask-three", "--campus", "harvard-university", env=env, today="2026-03-02")
        early = world.run("due", "ask-three", env=env, today="2026-03-21")
        follow = world.run("due", "ask-three", env=env, today="2026-03-22")
        not_yet = world.run("due", "ask-three", env=env, today="2026-04-10")
        silence = world.run("due", "ask-three", env=env, today="2026-04-11")
        again = world.run("due", "ask-three", env=env, today="2026-06-01")
    finally:
        controller.stop()
    assert "0 campus(es) due" in early.output
    assert "sent follow-up to harvard-university" in follow.output
    assert "0 campus(es) due" in not_yet.output
    assert "no_response for harvard-university, deadline 2026-04-11" in silence.output, silence.output
    assert "0 campus(es) due" in again.output
    assert [m["Subject"] for _, _, m in inbox.messages] == [
        "Question about facial recognition at Harvard University",
        "Follow-up: Question about facial recognition at Harvard University"]
    assert "my letter of 2026-03-02" in inbox.messages[1][2].get_content()
    ev = rows(world.store, "select stance, stated_on, review_status, summary from evidence where origin='outreach'")
    assert len(ev) == 1
    stance, stated_on, status, summary = ev[0]
    assert (stance, stated_on, status) == ("no_response", "2026-04-11", "pending")
    assert "letter on 2026-03-02 to p@harvard.example.edu" in summary
    assert "follow-up on 2026-03-22 to p@harvard.example.edu" in summary


def test_show_reports_each_campus_progress(world):
    new_three(world, deadline_days=20)
    world.run("sent", "ask-three", "harvard-university", "--on", "2026-03-02", "--to", "p@harvard.example.edu")
    world.run("sent", "ask-three", "columbia-university-in-the-city-of-new-york", "--on", "2026-03-02",
              "--to", "p@columbia.example.edu")
    world.run("answered", "ask-three", "columbia-university-in-the-city-of-new-york", "--on", "2026-03-09",
              "--stance", "might_use", "--summary", "Evaluating.", today="2026-03-10")
    r = world.run("show", "ask-three", "--json", today="2026-03-23")
    got = {c["slug"]: c for c in json.loads(r.output)["campuses"]}
    assert got["harvard-university"]["overdue"] is True and got["harvard-university"]["due_on"] == "2026-03-22"
    assert got["columbia-university-in-the-city-of-new-york"]["answered_on"] == "2026-03-09"
    assert got["university-of-california-los-angeles"]["sent_on"] is None
    text = world.run("show", "ask-three", today="2026-03-23").output
    assert "OVERDUE since 2026-03-22" in text and "answered 2026-03-09" in text and "drafted" in text
    listing = world.run("list").output
    assert "ask-three\trecords-request" in listing and "3 campus(es)\t1 answered" in listing


def test_an_unreachable_smtp_server_is_a_clear_error_and_records_nothing(world):
    import localserver
    new_three(world)
    world.run("address", "ask-three", "harvard-university", "p@harvard.example.edu")
    env = {"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_PORT": str(localserver.free_port()),
           "SCORECARD_SMTP_STARTTLS": "0"}
    r = world.run("send", "ask-three", env=env)
    assert r.exit_code == 1 and "SMTP 127.0.0.1:" in r.output and "nothing changed" in r.output
    assert rows(world.store, "select count(*) from outreach_messages")[0][0] == 0


@pytest.mark.parametrize("env, message", [
    ({"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_PORT": "smtp"}, "SCORECARD_SMTP_PORT: 'smtp' is not a port"),
    ({"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_STARTTLS": "maybe"}, "SCORECARD_SMTP_STARTTLS: 'maybe'"),
])
def test_bad_smtp_settings_name_the_variable(world, env, message):
    new_three(world)
    r = world.run("send", "ask-three", env=env)
    assert r.exit_code == 1 and message in r.output


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only
def test_a_server_that_requires_login_gets_the_credentials_from_the_environment(world):
    import localserver
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
    from outreach_support import Inbox

    seen = []

    def check(server, session, envelope, mechanism, auth_data):
        seen.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.login == b"organiser" and auth_data.password == b"s3cret")

    inbox, port = Inbox(), localserver.free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=check, auth_required=True,
                            auth_require_tls=False)
    controller.start()
    try:
        new_three(world)
        world.run("address", "ask-three", "harvard-university", "p@harvard.example.edu")
        base = {"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_PORT": str(port), "SCORECARD_SMTP_STARTTLS": "0"}
        right = world.run("send", "ask-three", env={**base, "SCORECARD_SMTP_USER": "organiser",
                                                    "SCORECARD_SMTP_PASSWORD": "s3cret"})
    finally:
        controller.stop()
    assert right.exit_code == 0, right.output
    assert seen[-1] == (b"organiser", b"s3cret") and len(inbox.messages) == 1


def test_a_records_request_waits_for_the_states_legal_deadline_before_following_up(world):
    """Maryland allows 30 days, counted here as business days: later than the campaign's 20 calendar days."""
    world.run("new", "md", "--question", world.question, "--kind", "records-request", "--deadline-days", "20",
              "--campus", "university-of-maryland-college-park")
    world.run("sent", "md", "university-of-maryland-college-park", "--on", "2026-03-02", "--to", "pia@umd.example.edu")
    assert "0 campus(es) due" in world.run("due", "md", today="2026-03-23").output
    assert "0 campus(es) due" in world.run("due", "md", "--dry-run", today="2026-04-12").output
    r = world.run("due", "md", "--dry-run", today="2026-04-13")
    assert "due since 2026-04-13: follow-up for university-of-maryland-college-park" in r.output
    shown = json.loads(world.run("show", "md", "--json", today="2026-04-01").output)["campuses"][0]
    assert shown["due_on"] == "2026-04-13" and shown["overdue"] is False


def test_an_inquiry_to_the_same_campus_follows_the_campaigns_own_deadline(world):
    world.run("new", "md-ask", "--question", world.question, "--kind", "inquiry", "--deadline-days", "20",
              "--campus", "university-of-maryland-college-park")
    world.run("sent", "md-ask", "university-of-maryland-college-park", "--on", "2026-03-02", "--to", "p@umd.example.edu")
    r = world.run("due", "md-ask", "--dry-run", today="2026-03-22")
    assert "due since 2026-03-22: follow-up for university-of-maryland-college-park" in r.output


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def tls_server(inbox):
    """A real SMTP server on 127.0.0.1 that requires STARTTLS, with a test certificate for 127.0.0.1
    (tests/fixtures/smtp_test_cert.pem, made once with `openssl req -x509 ... -addext subjectAltName=IP:127.0.0.1`)."""
    import ssl

    import localserver
    from aiosmtpd.controller import Controller

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(FIXTURES / "smtp_test_cert.pem", FIXTURES / "smtp_test_key.pem")
    port = localserver.free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=ctx, require_starttls=True)
    controller.start()
    return controller, {"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_PORT": str(port)}


def test_starttls_verifies_the_server_certificate_before_sending(world):
    from outreach_support import Inbox

    inbox = Inbox()
    controller, env = tls_server(inbox)
    try:
        new_three(world)
        world.run("address", "ask-three", "harvard-university", "p@harvard.example.edu")
        untrusted = world.run("send", "ask-three", env=env)
        trusted = world.run("send", "ask-three", env={**env, "SCORECARD_SMTP_CAFILE": str(FIXTURES / "smtp_test_cert.pem")})
    finally:
        controller.stop()
    assert untrusted.exit_code == 1 and "CERTIFICATE_VERIFY_FAILED" in untrusted.output
    assert trusted.exit_code == 0, trusted.output
    assert len(inbox.messages) == 1 and inbox.messages[0][2]["X-Scorecard-Campus"] == "harvard-university"
    assert rows(world.store, "select count(*) from outreach_messages")[0][0] == 1


def test_a_missing_ca_file_is_named(world):
    new_three(world)
    r = world.run("send", "ask-three", env={"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_CAFILE": "/nope.pem"})
    assert r.exit_code == 1 and "SCORECARD_SMTP_CAFILE: '/nope.pem' is not a file" in r.output


def test_a_refused_recipient_stops_the_run_and_says_what_was_already_sent(world):
    import localserver
    from aiosmtpd.controller import Controller
    from outreach_support import Inbox

    class Picky(Inbox):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.startswith("bounce@"):
                return "550 no such user"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    inbox, port = Picky(), localserver.free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    env = {"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_PORT": str(port), "SCORECARD_SMTP_STARTTLS": "0"}
    try:
        new_three(world)
        world.run("address", "ask-three", "columbia-university-in-the-city-of-new-york", "p@columbia.example.edu")
        world.run("address", "ask-three", "harvard-university", "bounce@harvard.example.edu")
        world.run("address", "ask-three", "university-of-california-los-angeles", "c@ucla.example.edu")
        first = world.run("send", "ask-three", env=env)
        world.run("address", "ask-three", "harvard-university", "p@harvard.example.edu")
        second = world.run("send", "ask-three", env=env)
    finally:
        controller.stop()
    assert first.exit_code == 1
    assert "harvard-university: SMTP refused" in first.output
    assert "1 campus(es) were done before it and stay recorded, the rest were not done" in first.output
    assert second.exit_code == 0, second.output
    sent_to = [tos[0] for _, tos, _ in inbox.messages]
    assert sent_to == ["p@columbia.example.edu", "p@harvard.example.edu", "c@ucla.example.edu"]
    assert rows(world.store, "select count(*) from outreach_messages")[0][0] == 3


@pytest.mark.parametrize("command", ["new", "answered"])
def test_a_text_file_that_is_not_utf8_is_named_with_its_byte(world, tmp_path, command):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 policy?".encode("latin-1"))
    if command == "new":
        r = world.run("new", "x", "--question", str(bad), "--campus", "harvard-university")
        option = "--question"
    else:
        new_three(world)
        world.run("sent", "ask-three", "harvard-university", "--on", "2026-03-02", "--to", "p@harvard.example.edu")
        r = world.run("answered", "ask-three", "harvard-university", "--on", "2026-03-03", "--stance", "wont_use",
                      "--summary", "A ban.", "--file", str(bad))
        option = "--file"
    assert r.exit_code == 1 and f"{option}: {bad} is not UTF-8 text (byte 3)" in r.output
    assert rows(world.store, "select count(*) from evidence where origin = 'outreach'")[0][0] == 0


def test_a_leap_day_deadline_flows_through_due(world):
    world.run("new", "leap", "--question", world.question, "--campus", "harvard-university", "--deadline-days", "20",
              today="2028-02-01")
    world.run("sent", "leap", "harvard-university", "--on", "2028-02-09", "--to", "p@harvard.example.edu",
              today="2028-02-09")
    assert "0 campus(es) due" in world.run("due", "leap", "--dry-run", today="2028-02-28").output
    assert "due since 2028-02-29: follow-up" in world.run("due", "leap", "--dry-run", today="2028-02-29").output


def test_campuses_may_be_named_by_alias_or_unitid_and_count_once(world):
    r = world.run("new", "by-alias", "--question", world.question, "--campus", "ucla", "--campus", "110662",
                  "--campus", "harvard-university")
    assert r.exit_code == 0 and "2 campus(es) added" in r.output, r.output


def test_an_unknown_campus_is_named(world):
    r = world.run("new", "nope", "--question", world.question, "--campus", "no-such-college")
    assert r.exit_code == 1 and "'no-such-college' is not a campus slug, alias or unitid" in r.output


def test_a_silence_at_a_campus_without_a_website_cites_its_college_navigator_page(world):
    slug = "iowa-school-of-beauty-ottumwa"
    world.run("new", "beauty", "--question", world.question, "--campus", slug, "--follow-ups", "0")
    world.run("sent", "beauty", slug, "--on", "2026-03-02", "--to", "office@beauty.example.edu")
    r = world.run("due", "beauty", today="2026-03-30")
    assert r.exit_code == 0 and f"no_response for {slug}" in r.output, r.output
    (url,) = rows(world.store, "select source_urls from evidence where origin = 'outreach'")[0]
    unitid = rows(world.db, "select unitid from campuses where slug = ?", (slug,))[0][0]
    assert url == f"https://nces.ed.gov/collegenavigator/?id={unitid}"


def test_an_address_that_is_not_an_email_is_refused(world):
    new_three(world)
    r = world.run("address", "ask-three", "harvard-university", "president at harvard")
    assert r.exit_code == 1 and "address: 'president at harvard' is not an email address" in r.output
    assert rows(world.store, "select count(*) from outreach_targets where email is not null")[0][0] == 0


@pytest.mark.parametrize("on, today, message", [
    ("2026-03-09", "2026-03-05", "--on: 2026-03-09 is in the future (today is 2026-03-05)"),
    ("2026-03-01", "2026-03-05", "--on: 2026-03-01 is before the campaign was created (2026-03-02)"),
    ("2026-02-30", "2026-03-05", "--on: '2026-02-30' is not a date (YYYY-MM-DD)"),
])
def test_a_letter_marked_sent_on_an_impossible_day_is_refused(world, on, today, message):
    new_three(world)
    r = world.run("sent", "ask-three", "harvard-university", "--on", on, "--to", "p@harvard.example.edu", today=today)
    assert r.exit_code == 1 and message in r.output
    assert rows(world.store, "select count(*) from outreach_messages")[0][0] == 0


def test_a_late_answer_after_a_recorded_silence_is_still_queued(world):
    world.run("new", "late", "--question", world.question, "--campus", "harvard-university", "--follow-ups", "0")
    world.run("sent", "late", "harvard-university", "--on", "2026-03-02", "--to", "p@harvard.example.edu")
    world.run("due", "late", today="2026-03-23")
    r = world.run("answered", "late", "harvard-university", "--on", "2026-04-02", "--stance", "wont_use",
                  "--summary", "A written ban, sent late.", today="2026-04-03")
    assert r.exit_code == 0, r.output
    assert rows(world.store, "select stance from evidence where origin = 'outreach' order by stance") == [
        ("no_response",), ("wont_use",)]
