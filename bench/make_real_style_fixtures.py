"""Write the real-style stance fixture sets (tests/fixtures/stance_real_style_*.csv) from the statements below.

Every statement was written for this project by its engineer, in the styles observed in real
coverage of campus facial recognition (news stories, press releases, student newspapers, policy
pages, advocacy reports); none is copied from a source, and the institutions are made up. Each
has the page title and the sentence before it, as a scraper would pass them. The sets are split
by rotation: two of every four go to ``tune`` (rules and the confidence model may be fitted to
them), one to ``calibrate`` (used only to bin the model's probabilities) and one to ``heldout``
(never looked at while tuning: its first-run figure is the honest one). Run by hand:
``python bench/make_real_style_fixtures.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SPLITS = ("tune", "tune", "calibrate", "heldout")

# (title, [(sentence, stance) or a plain context sentence, ...]); a plain string is only context.
PAGES = [
    ("Lakemont University drops campus face recognition proposal", [
        ("Lakemont University has shelved a proposal to run facial recognition on its security cameras.", "wont_use"),
        ("The plan, first floated in a draft camera policy two years ago, drew sharp criticism at a student forum.", "planning"),
        ("Administrators said the university will not revisit the idea.", "wont_use"),
        ("Lakemont would have been one of the first campuses in the region to adopt the technology.", "wont_use"),
        ("A spokesperson said the decision followed months of feedback from students and faculty.", "unrelated"),
    ]),
    ("Ridgeview State police quietly used a face search app, records show", [
        ("Officers with the Ridgeview State University Police Department ran dozens of searches through Clearview AI in 2019, according to records obtained by the student paper.", "using"),
        ("The department confirmed that two detectives had accounts during a free trial.", "using"),
        ("A police spokesman said the trial ended in early 2020 and the accounts were closed.", "ended_use"),
        ("The university has not said whether it will bar officers from such tools in the future.", "might_use"),
        ("RSUPD did not answer follow-up questions about how many cases the searches touched.", "no_response"),
    ]),
    ("Carver Tech adds face scans to dining hall entry", [
        ("Carver Institute of Technology began letting students enter its main dining hall with a face scan this fall.", "using"),
        ("Students enroll by uploading a photo through the campus card app, and the reader matches them at the door.", "using"),
        ("Dining Services said about a third of meal-plan holders signed up in the first month.", "using"),
        ("Students who opt out can still swipe their ID cards.", "using"),
        ("The vendor says its readers are installed at more than a dozen campuses nationwide.", "unrelated"),
    ]),
    ("Westbrook faculty senate votes to ban facial recognition on campus", [
        ("The University of Westbrook will prohibit the use of facial recognition by any campus office under a policy approved Tuesday.", "wont_use"),
        ("The new rule covers the police department, housing and athletics.", "wont_use"),
        ("Before the vote, Westbrook had no written policy on the technology.", "might_use"),
        ("Students had pushed for the ban since a city police department nearby came under fire for its own face searches.", "unrelated"),
    ]),
    ("Hollis College says it does not use facial recognition", [
        ("Hollis College does not use facial recognition, a spokeswoman said in an email.", "not_using"),
        ("She declined to say whether the college would rule it out in the future.", "might_use"),
        ("Asked about the cameras installed last year, she said they only record video and do not identify anyone.", "not_using"),
    ]),
    ("Scorecard: which colleges answered our questions about face surveillance", [
        ("More than two dozen campuses told the coalition they have no plans to adopt facial recognition.", "wont_use"),
        ("Among those that never replied were Brookfield College, Marlow University and Eastgate State.", "no_response"),
        ("Three schools gave answers the group called evasive, saying they review all security technologies.", "might_use"),
        ("Organizers said they contacted each school at least three times.", "unrelated"),
    ]),
    ("Brenton University will use face matching for online exams", [
        ("Brenton University will require students in online courses to verify their identity with a webcam face check before each exam, starting in January.", "planning"),
        ("The proctoring software compares a live image with the student's ID photo.", "planning"),
        ("Brenton said the tool will be used only for high-stakes tests.", "planning"),
        ("Other universities have dropped similar tools after complaints.", "unrelated"),
    ]),
    ("Students say proctoring tool failed to recognize them", [
        ("At Dunmore College, students taking remote finals must pass a face check by the proctoring service the college licenses.", "using"),
        ("Several Black students said the software repeatedly failed to detect their faces in dim light.", "using"),
        ("The college said it is reviewing its contract with the company.", "might_use"),
    ]),
    ("Stadium face entry comes to Granger University games", [
        ("Granger University's athletics department is testing facial authentication lanes at the football stadium this season.", "using"),
        ("Fans who link their ticket accounts and upload a selfie can walk through without showing a phone.", "using"),
        ("The athletic director said the pilot could expand to basketball next year.", "planning"),
        ("Enrollment in the program is optional.", "using"),
    ]),
    ("Oakhurst plans face recognition for residence halls", [
        ("Oakhurst University is seeking bids for a system that would let residents unlock dorm doors by face.", "planning"),
        ("Housing officials expect to choose a vendor by spring.", "planning"),
        ("The request for proposals says the system must not store images longer than a semester.", "planning"),
    ]),
    ("Oakhurst halts dorm face scanner plan after outcry", [
        ("Oakhurst University has put its plan for face scanners at dorm entrances on hold.", "might_use"),
        ("The pause gives a campus committee time to write rules, the vice president for student life said.", "might_use"),
        ("Oakhurst officials stopped short of cancelling the project.", "might_use"),
    ]),
    ("Computer science lab builds face dataset from campus footage", [
        ("Researchers at Pinecrest University collected thousands of images of people walking across the quad to train a face recognition model.", "unrelated"),
        ("The dataset was posted online for other labs to download.", "unrelated"),
        ("A university spokesperson said the study had been approved by its review board.", "unrelated"),
        ("Pinecrest's own security office does not use face recognition, the spokesperson added.", "not_using"),
    ]),
    ("City council bans police use of facial recognition", [
        ("The council voted 7-2 to bar city police from using facial recognition.", "unrelated"),
        ("The ordinance does not cover the campus police at Milbrook College, which answers to the college.", "unrelated"),
        ("Milbrook's police chief said his department has never used the technology and has no plans to.", "wont_use"),
    ]),
    ("School district pauses face cameras at high schools", [
        ("The district turned off face recognition cameras at its three high schools after parents objected.", "unrelated"),
        ("The superintendent said the system would stay off until the state issues guidance.", "unrelated"),
    ]),
    ("Face recognition vendor touts campus safety", [
        ("The company says its cameras can spot banned visitors within seconds of entering a building.", "unrelated"),
        ("Its website lists universities among its customers but does not name them.", "unrelated"),
        ("FaceGuard's chief executive said colleges are the fastest-growing part of its business.", "unrelated"),
    ]),
    ("Faircliff University signs contract for camera analytics", [
        ("Faircliff University signed a three-year contract with a camera company whose software can match faces against a watch list.", "using"),
        ("University officials said the face matching feature has been switched off.", "not_using"),
        ("They said it would only be turned on after a public review.", "might_use"),
    ]),
    ("Editorial: Keep face surveillance off our campus", [
        ("Facial recognition is too error-prone to trust with students' safety.", "unrelated"),
        ("We urge the administration to adopt a clear ban before anyone proposes the technology here.", "unrelated"),
        ("So far the university has said only that it has no current plans to use it.", "not_using"),
    ]),
    ("Marlow University apologizes for camera pilot", [
        ("Marlow University ended a pilot that used face recognition to count attendance in two large lecture halls.", "ended_use"),
        ("The provost said students should have been told about the cameras before the semester began.", "ended_use"),
        ("The university removed the devices last week.", "ended_use"),
        ("Marlow has pledged not to bring the system back.", "wont_use"),
    ]),
    ("Students protest face scanners at campus gym", [
        ("Dozens of students rallied outside the recreation center on Friday against the face scanners at its entrance.", "using"),
        ("The scanners have been in use at Eastgate State since last spring, the recreation department said.", "using"),
        ("Organizers delivered a petition with 2,000 signatures to the dean of students.", "unrelated"),
    ]),
    ("Thornbury College statement on campus safety technology", [
        ("Thornbury College does not use, and will not use, facial recognition technology on its campus.", "wont_use"),
        ("This commitment applies to all college departments, including Campus Safety.", "wont_use"),
        ("Questions about this statement may be directed to the Office of Communications.", "unrelated"),
    ]),
    ("Records show state face searches by campus officers", [
        ("Campus officers at Kingsley University asked the state police to run face searches on at least six suspects, emails show.", "using"),
        ("The university had told reporters it does not use facial recognition.", "not_using"),
        ("A Kingsley spokesman said sending a photo to an outside agency is not the same as using the technology.", "not_using"),
    ]),
    ("Ashby College buys ID system with face verification", [
        ("Ashby College is buying a new campus card system that includes optional face verification at building doors.", "planning"),
        ("The college expects to roll out the readers at the library first.", "planning"),
        ("Ashby's IT director said the face feature will not be enabled without approval from the trustees.", "might_use"),
    ]),
    ("A look at campus surveillance abroad", [
        ("A university in Shenzhen uses face gates at every classroom building.", "unrelated"),
        ("Students there say the gates also track when they leave.", "unrelated"),
    ]),
    ("Northgate University reverses course on face recognition", [
        ("After a year of pilots at its arena, Northgate University has stopped using facial recognition.", "ended_use"),
        ("The university did not say whether the pilot might return.", "ended_use"),
        ("Season-ticket holders will go back to scanning their phones.", "ended_use"),
    ]),
    ("Bayview College weighs face recognition for campus police", [
        ("Bayview College is considering whether to give its police department access to facial recognition software.", "planning"),
        ("A committee of faculty and students will study the question this semester.", "planning"),
        ("The chief said he would welcome the tool for serious crimes.", "planning"),
    ]),
    ("Student government passes resolution against face scanning", [
        ("The student senate at Corbin University passed a resolution asking the administration to ban facial recognition.", "unrelated"),
        ("The resolution is not binding.", "unrelated"),
        ("Corbin's administration said it does not use the technology but did not commit to a ban.", "not_using"),
    ]),
    ("Linwood University dining: ID photos and face checks", [
        ("At Linwood University, cashiers compare each student's face with the photo on the ID card.", "unrelated"),
        ("The new registers show a larger photo so staff can spot borrowed cards.", "unrelated"),
    ]),
    ("Camera upgrade at Prescott College includes face detection", [
        ("Prescott College's new cameras can detect faces to blur them in stored footage, but cannot identify anyone.", "unrelated"),
        ("A campus safety official said the college has no plans to add recognition features.", "wont_use"),
    ]),
    ("Advocacy group: campuses must come clean on face surveillance", [
        ("The group said at least ten universities have used facial recognition in some form.", "unrelated"),
        ("It named Halstead University, where a dining vendor ran face payment kiosks until last year.", "ended_use"),
        ("Halstead said the kiosks were removed when the contract lapsed.", "ended_use"),
    ]),
    ("Quincy College to test face entry at parking garage", [
        ("Quincy College will pilot face entry at its north parking garage next month.", "planning"),
        ("Faculty permit holders can opt in through the parking office.", "planning"),
        ("If the trial goes well, the college may extend it to other garages.", "planning"),
    ]),
    ("Durham Tech and others did not answer questions about face searches", [
        ("Reporters asked 40 public universities whether their police had used face search tools.", "unrelated"),
        ("Eleven said no, and the rest, including Durham Tech, Fenwick University and Sallis College, did not reply.", "no_response"),
    ]),
    ("Ellery University policy on video security", [
        ("Ellery University's video security policy allows the use of facial recognition in criminal investigations with the approval of the chief of police.", "using"),
        ("The policy took effect in July.", "using"),
    ]),
    ("Ellery University rewrites camera rules", [
        ("Ellery University has removed the clause that allowed facial recognition from its video security policy.", "wont_use"),
        ("The revised policy now states that the technology may not be used on university cameras.", "wont_use"),
    ]),

    ("Campus police chiefs split on face search tools", [
        ("Sandler University's police chief told the student paper his officers have never used facial recognition and never will.", "wont_use"),
        ("At nearby Orrin College, the public safety director said the department tried a face search app in 2020 but dropped it after a month.", "ended_use"),
        ("A third school, Vance University, said only that it follows all applicable laws.", "might_use"),
        ("None of the three has a written policy on the technology.", "might_use"),
    ]),
    ("Kessler University issues statement on biometric surveillance", [
        ("Kessler University is not using facial recognition and has no plans to do so at this time, a spokesperson said.", "not_using"),
        ("The university continually evaluates new safety technologies, she added.", "might_use"),
        ("Kessler did not respond to a question about whether its dining vendor uses face payment.", "no_response"),
    ]),
    ("Pell Community College adopts face check-in for testing center", [
        ("Pell Community College's testing center now checks in students by matching their faces to their student ID photos with software.", "using"),
        ("The college said the system has cut wait times at the front desk in half.", "using"),
        ("Students can ask for a staff member to check their ID instead.", "using"),
    ]),
    ("Renfrew University to end contract with exam proctoring company", [
        ("Renfrew University will stop using the remote proctoring service after the spring term.", "ended_use"),
        ("The service verified students' identities with a face scan before each test.", "ended_use"),
        ("Faculty will be encouraged to use open-book exams instead.", "ended_use"),
        ("The company said in a statement that its tools are used by hundreds of institutions.", "unrelated"),
    ]),
    ("Lawsuit says proctoring company kept students' face scans", [
        ("A class action filed in Illinois accuses the proctoring company of storing face geometry from students' exam sessions without consent.", "unrelated"),
        ("Students at several colleges, including Hanley University, are named as plaintiffs.", "unrelated"),
        ("Hanley requires the software for some online courses, according to the complaint.", "using"),
    ]),
    ("Face recognition arrives at Tilden Arena", [
        ("Tilden University will roll out facial recognition entry at its basketball arena this winter.", "planning"),
        ("Season-ticket holders will be invited to enroll first.", "planning"),
        ("Athletics officials said the goal is shorter lines, not security.", "planning"),
    ]),
    ("Student journalists find face matching in campus card app", [
        ("An investigation by the Sentinel found that Mercer College's campus card app includes a face matching feature for dorm access.", "using"),
        ("The college confirmed that the feature is active in two residence halls.", "using"),
        ("A housing official said residents were told about it in their move-in packets.", "using"),
    ]),
    ("After criticism, Mercer College turns off dorm face matching", [
        ("Mercer College has disabled the face matching feature in its residence halls.", "ended_use"),
        ("Residents will use their ID cards at the doors again.", "ended_use"),
        ("The college has not ruled out turning the feature back on.", "might_use"),
    ]),
    ("Research center at Alden University studies bias in face recognition", [
        ("A new center at Alden University will study how face recognition systems err across races and ages.", "unrelated"),
        ("The center received a federal grant to test commercial algorithms.", "unrelated"),
        ("Its director said the work is not connected to campus security.", "unrelated"),
    ]),
    ("State lawmakers consider ban on face recognition at public colleges", [
        ("A bill in the state senate would bar public colleges and universities from using facial recognition.", "unrelated"),
        ("The bill's sponsor cited reports of campus police running face searches.", "unrelated"),
        ("A spokesman for Greyson State University said the university does not use the technology and would comply with any law.", "not_using"),
    ]),
    ("Public records: Ivers University police had state face search access", [
        ("Ivers University police officers had logins to the state's face search database, records show.", "using"),
        ("The department used the database eleven times last year, according to a log released under the open records law.", "using"),
        ("A university spokesperson said the searches were part of routine investigations.", "using"),
    ]),
    ("Which colleges ban face recognition? A survey", [
        ("Only a handful of universities have written bans, including Westbrook, Lakemont and Thornbury.", "wont_use"),
        ("Most others say they do not use it but have not ruled it out.", "not_using"),
        ("Twenty schools in the survey did not answer, among them Dray College and Ossining University.", "no_response"),
    ]),
    ("Caldwell College explores face recognition for campus events", [
        ("Caldwell College is exploring whether face recognition could speed up check-in at large events.", "planning"),
        ("A working group will report to the president by the end of the year.", "planning"),
        ("No decision has been made, a spokesperson said.", "planning"),
    ]),
    ("Caldwell College rules out face recognition for events", [
        ("Caldwell College will not use face recognition at campus events, the president said Monday.", "wont_use"),
        ("The working group recommended against the idea after hearing from students.", "wont_use"),
    ]),
    ("Opinion: The campus card photo is not the problem", [
        ("Every student's ID photo already sits in a database, but no one is matching our faces against it.", "unrelated"),
        ("If the university ever tried, students should push back.", "unrelated"),
    ]),
    ("Vendor claims dozens of campuses use its face payment kiosks", [
        ("A face payment company says its kiosks operate on more than 30 college campuses.", "unrelated"),
        ("It lists Harlow University among its clients.", "using"),
        ("Harlow said the kiosks were removed from its food court in 2021.", "ended_use"),
    ]),
    ("Foster Tech police department policy manual", [
        ("Section 4.12: Officers of the Foster Tech Police Department shall not use facial recognition technology in any investigation.", "wont_use"),
        ("This section does not restrict the use of photographs in investigations by other means.", "wont_use"),
    ]),
    ("Ember University answers questions on surveillance cameras", [
        ("Do Ember's cameras use facial recognition?", "unrelated"),
        ("No. Ember's cameras record video only and the university does not use facial recognition.", "not_using"),
        ("Will the university consider it in the future?", "unrelated"),
    ]),
    ("Korean university installs face recognition at lecture halls", [
        ("A university in Seoul has installed face recognition terminals to record attendance.", "unrelated"),
        ("Students there said they were not asked for consent.", "unrelated"),
    ]),
    ("Astor College's dining hall pilot ends", [
        ("Astor College ended its trial of face-scan entry at Coleman Dining Hall in May.", "ended_use"),
        ("Dining officials said students preferred tapping their phones.", "ended_use"),
        ("There are no plans to bring the scanners back, the director added.", "wont_use"),
    ]),
    ("Clearview searches by campus officers revealed", [
        ("Officers at three universities, including Palmer State and Lorne University, ran Clearview AI searches during free trials, the leaked data shows.", "using"),
        ("Palmer State said the officer involved was told to stop.", "ended_use"),
        ("Lorne University did not return calls seeking comment.", "no_response"),
    ]),
    ("Nash University's statement on facial recognition", [
        ("Nash University prohibits the use of facial recognition technology on its campus and in its online programs.", "wont_use"),
        ("The policy was adopted by the board of trustees in 2021.", "wont_use"),
    ]),
    ("Students question Hallam University's new camera contract", [
        ("Hallam University's new camera system includes a face search function, according to the vendor's brochure.", "using"),
        ("The university said it has not turned that function on and does not intend to.", "wont_use"),
    ]),
    ("Bramwell College considers proctoring software with face checks", [
        ("Bramwell College's faculty senate will vote next week on whether to license proctoring software that verifies students by face.", "planning"),
        ("Supporters say it would deter cheating in large online courses.", "planning"),
        ("Opponents point to reports that such tools misread darker-skinned students.", "unrelated"),
    ]),
    ("Bramwell faculty reject face-check proctoring", [
        ("Bramwell College's faculty senate voted down the proctoring proposal on Tuesday.", "wont_use"),
        ("The college will not license the software, the provost said after the vote.", "wont_use"),
    ]),
    # Written after reading stadium, proctoring-lawsuit, palm-scan and policy-page coverage (issue 11, second pass).
    ("Brennan State fans can now walk into games with a selfie", [
        ("Brennan State's athletics department opened face-entry lanes at its football stadium for the home opener.", "using"),
        ("Ticket holders sign up by linking their ticketing account and taking a photo of themselves.", "using"),
        ("The athletic director said the lanes are optional and fans can still scan a phone at any gate.", "using"),
        ("Officials insisted the system only authenticates fans who opted in and does not identify anyone else in the crowd.", "using"),
        ("A fan group said it would ask the trustees to require a yearly privacy audit.", "unrelated"),
    ]),
    ("Students sue Pemberton College over webcam exam scans", [
        ("A proposed class action says Pemberton College collected students' face geometry through its online exam monitoring tool without written consent.", "using"),
        ("According to the complaint, the tool checks each student's face against an ID photo before a test begins.", "using"),
        ("The college said it is reviewing the complaint and declined to comment further.", "no_response"),
        ("A judge dismissed a similar suit against another school last year.", "unrelated"),
    ]),
    ("Halvorsen University dining halls switch to palm scanners", [
        ("Halvorsen University students can now enter the main dining commons by holding a palm over a reader.", "unrelated"),
        ("Dining officials said the scanners store a numeric template, not an image of the hand.", "unrelated"),
        ("The university does not use face scans anywhere in dining, a spokesperson added.", "not_using"),
    ]),
    ("Policy update: video security at Ostrander University", [
        ("Ostrander University Police Department has never used facial recognition and will not seek to acquire it.", "wont_use"),
        ("After comments on an earlier draft, the university removed language that would have let investigators run face searches.", "wont_use"),
        ("Questions about this update may be sent to the Office of General Counsel.", "unrelated"),
    ]),
    ("Which campuses answered the face recognition survey?", [
        ("More than two dozen schools told the organizers they do not use the technology and have no plans to, among them Corliss College, Dunmore University and Whitcombe State.", "wont_use"),
        ("Another 18 institutions never replied, including Fairbanks College and Rowe University.", "no_response"),
        ("A national survey found that about half of colleges used some form of online exam monitoring last spring.", "unrelated"),
        ("Researchers at Tamsin University built an attendance app that recognizes students from a short classroom video.", "unrelated"),
    ]),
    ("Exam software at a university in Melbourne draws student anger", [
        ("The university's decision to require a remote proctoring service with face checks has angered students.", "unrelated"),
        ("Organizers of the petition said more than 4,000 people signed it in a week.", "unrelated"),
    ]),

]


def rows(pages: list | None = None) -> list[dict]:
    """One CSV row per labelled sentence of the pages, each with its title and the sentence before it."""
    out = []
    for title, sentences in PAGES if pages is None else pages:
        before = ""
        for item in sentences:
            if isinstance(item, str):
                before = item
                continue
            text, stance = item
            out.append({"text": text, "title": title, "before": before, "stance": stance})
            before = text
    return out


def write(path: Path, items: list[dict]) -> None:
    """One fixture CSV (text, title, before, stance)."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["text", "title", "before", "stance"])
        w.writeheader()
        w.writerows(items)
    print(f"{path.name}: {len(items)} statements")


def write_by_page(pages: list, stem: str) -> None:
    """Every fourth page to ``{stem}_test.csv``, the rest to ``{stem}_train.csv``: a page's statements
    stay together, so no article is on both sides."""
    split = {"train": [], "test": []}
    for i, page in enumerate(pages):
        split["test" if i % 4 == 3 else "train"].extend(rows([page]))
    for name, items in split.items():
        write(OUT / f"{stem}_{name}.csv", items)


def main() -> None:
    split = {name: [] for name in dict.fromkeys(SPLITS)}
    for i, row in enumerate(rows()):
        split[SPLITS[i % len(SPLITS)]].append(row)
    for name, items in split.items():
        write(OUT / f"stance_real_style_{name}.csv", items)


if __name__ == "__main__":
    main()
