"""Whether a sentence is about facial recognition at a US campus's own use, before any stance is read.

Real text names the technology by what it does or what it is sold as, speaks of other actors in
campus words, and describes look-alikes; these statements were written for the project.
"""

import pytest

from scorecard.classify import classify, find_mentions


@pytest.mark.parametrize("sentence", [
    "Marlow College put face readers on the doors of two residence halls.",
    "Fans can now walk through the face lanes at the north gate.",
    "The dining hall accepts face payments at every register.",
    "The stadium's face ticketing pilot starts with the student section.",
    "The athletics department will pilot facial ticketing at two gates.",
    "Instructors in the nursing program take attendance by face.",
    "A tablet at the desk matches their faces with the photo on file.",
    "Residents scan either their fingerprint or face to get in.",
    "New students complete a selfie-to-ID match before registering.",
    "The garage cameras ran face analytics during the trial.",
    "The lobby door recognizes a face and unlocks.",
])
def test_a_system_described_without_the_words_facial_recognition_is_a_mention(sentence):
    assert find_mentions(sentence)


@pytest.mark.parametrize("sentence", [
    "The library's new sensors only detect faces to estimate how crowded each floor is.",
    "The counting software relies on face detection alone.",
])
def test_face_detection_alone_is_not_facial_recognition(sentence):
    p = classify(sentence)
    assert p.stance == "unrelated"
    assert p.cue.startswith("face detection, not recognition")


def test_a_denial_about_face_detection_is_still_a_denial():
    p = classify("The college does not use face detection or any other camera analytics.")
    assert p.stance == "not_using"


@pytest.mark.parametrize("sentence", [
    "Student groups are pressuring the university to ban facial recognition.",
    "The student senate passed resolutions that would ban facial recognition on campus.",
    "Organizers began a petition drive to ban facial recognition at the college.",
])
def test_a_call_for_a_ban_is_not_the_campuss_commitment(sentence):
    assert classify(sentence).stance == "unrelated"


@pytest.mark.parametrize("sentence", [
    "More and more universities are adopting facial recognition for dorm entry.",
    "A survey found that 40% of colleges use facial recognition in some form.",
    "NFL teams have added facial recognition entry at their stadiums.",
    "Forward-thinking campuses are closing security gaps by deploying facial recognition.",
])
def test_a_general_trend_or_a_pro_league_is_another_actor(sentence):
    assert classify(sentence).stance == "unrelated"


def test_a_named_campus_placed_abroad_is_an_outsider():
    p = classify("Kestrel University in Brisbane has started using facial recognition to take attendance.")
    assert (p.stance, p.cue) == ("unrelated", "a campus abroad")


def test_a_title_placed_abroad_makes_the_page_an_outsiders():
    p = classify("The university says students can opt out of the gates.", title="Perth campus pilots face gates",
                 before="The university put face gates at its library.")
    assert p.stance == "unrelated"


def test_campaigners_do_not_carry_the_pages_stance_on():
    p = classify("Student organizers delivered 500 signatures to the provost.",
                 title="Alder College expands facial recognition to more dorms",
                 before="Alder College added facial recognition readers to four more halls.")
    assert p.stance == "unrelated"


def test_a_campus_speaking_on_a_page_about_police_is_kept():
    p = classify("A university spokesperson said the department does not own facial recognition software.",
                 title="Records show Tanager police ran face searches")
    assert p.stance == "not_using"


def test_a_city_agency_on_a_page_about_police_stays_the_outsiders():
    p = classify("The sheriff's office said it runs face searches for any agency that asks.",
                 title="Records show Tanager police ran face searches")
    assert p.stance == "unrelated"


def test_a_high_school_set_off_by_commas_is_still_the_subject():
    p = classify("Garnet High School, a block from Garnet State University, has installed cameras that check "
                 "visitors' faces against a watch list.")
    assert p.stance == "unrelated"


def test_a_product_introduced_as_a_company_speaks_for_itself():
    p = classify("Proctorio, an exam monitoring company based in Arizona, will pay a settlement to college students.")
    assert (p.stance, p.cue.startswith("a vendor speaking")) == ("unrelated", True)


def test_a_manufacturer_speaking_of_its_cameras_is_no_campus_use():
    assert classify("The manufacturer ships every camera with face matching switched off.").stance == "unrelated"


FACE_PAGE = ("Pellham College adds facial recognition to dorm doors", "Pellham College added facial recognition readers to its dorms.")


def test_a_sentence_only_about_palm_readers_does_not_continue_a_face_page():
    assert classify("The palm readers at the gym broke down twice.", title=FACE_PAGE[0], before=FACE_PAGE[1]).stance == "unrelated"


def test_a_sentence_naming_face_and_palm_readers_is_not_a_look_alike():
    p = classify("Face and palm readers are both still being weighed, the director said.",
                 title="Dining hall looks at facial recognition for entry", before="The dining hall wants faster entry.")
    assert p.stance != "unrelated"


@pytest.mark.parametrize("sentence", [
    "The sheriff's office runs searches for any agency that asks.",
    "The apartment complex is not owned by the college.",
    "The transit agency will let riders enroll through its app.",
])
def test_an_outside_body_does_not_continue_a_face_page(sentence):
    assert classify(sentence, title=FACE_PAGE[0], before=FACE_PAGE[1]).stance == "unrelated"


def test_palm_biometric_recognition_is_a_look_alike_not_facial_recognition():
    p = classify("Harmon Dining has launched a palm biometric recognition system at its main commons.")
    assert (p.stance, p.cue.startswith("a look-alike")) == ("unrelated", True)


# Campus words that look like another actor or like context ("law", "county", "lobby", "town",
# "advanced", "a phone", "a cafe", "a company") in a sentence about the campus's own system.
CAMPUS_READINGS = [
    ("a remote proctoring service a campus requires is its use",
     "Quarry Ridge College requires a remote proctoring service for online finals.", "using"),
    ("a tablet that matches faces is no consumer gadget",
     "A tablet at the desk matches their faces with the photo on file.", "using"),
    ("a law school is a campus, not a law",
     "The law school uses face matching to check in students for exams.", "using"),
    ("a hyphenated county in a college name is no county",
     "Tri-County Community College takes attendance by face in its nursing labs.", "using"),
    ("a lobby reader is no lobbying",
     "Starting in August, Westmoor College's towers will accept only face scans at their lobby readers.", "planning"),
    ("a town hall on campus is no town",
     "During a town hall for staff, the campus chancellor said face matching might one day be added to the "
     "library cameras.", "might_use"),
    ("advanced facial recognition in a product list is no research",
     'The police chief wrote that the campus camera network uses "advanced facial recognition analytics."', "using"),
    ("a phone scan named as the alternative is no consumer gadget",
     "Rather than scanning a phone at the gate, fans in the new lane have their face scanned.", "using"),
    ("a cafe in a campus building is the campus's business",
     "A cafe in the Marden College student center lets students pay by face, a manager said.", "using"),
]


@pytest.mark.parametrize("sentence, stance", [r[1:] for r in CAMPUS_READINGS], ids=[r[0] for r in CAMPUS_READINGS])
def test_a_campus_word_that_looks_like_another_actor_keeps_the_campuss_stance(sentence, stance):
    assert classify(sentence).stance == stance


def test_a_company_website_listing_a_campus_speaks_of_the_campus():
    assert classify("A face payment company's website lists Orrin College among its clients.").stance != "unrelated"
