"""Write the written-d stance sets (tests/fixtures/stance_written_d_{train,test}.csv) from the pages below.

Every page was written for this project by its engineer after reading real coverage of campus
facial recognition: news stories and student newspapers about campus police (face search apps,
state face databases, records requests), camera networks and security plans, stadium and event
entry, dorm and dining face readers, the 2020 campaign and the lists of which schools answered.
Structures, tense, framing, actors and name forms follow what that coverage does; no sentence is
copied or lightly edited from a source, and the institutions are made up. A page's sentences
chain: each row carries the page title and the sentence before it, as a scraper would pass them.
Whole pages are split: every fourth page goes to ``test`` (never tuned on), the rest to
``train``. Run by hand: ``python bench/make_written_d_fixtures.py``.
"""

from __future__ import annotations

from pathlib import Path

from make_real_style_fixtures import rows, write

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

# (title, [(sentence, stance) or a plain context sentence, ...]); a plain string is only context.
PAGES = [
    ("Harwick State turns to face scans to move students into football games", [
        ("Harwick State University's athletics department will try face-based entry for the student section starting with the homecoming game.", "planning"),
        ("Students who sign up upload a selfie and link it to their ticket account, then walk through a dedicated lane.", "planning"),
        ("Officials said the trial could be opened to season-ticket holders next fall if the lines move faster.", "planning"),
        ("Last year's opener drew a record crowd and left hundreds of students waiting outside the gates at kickoff.", "unrelated"),
        ("\"We think students will like it once they see how quick it is,\" the associate athletic director said.", "planning"),
        ("Several professional teams already admit fans this way.", "unrelated"),
    ]),
    ("Face entry lanes open at Coldwater University stadium", [
        ("Fans at Coldwater University's Beacon Field can now skip the ticket line by having their face matched at the gate.", "using"),
        ("The Express Gate program, run by the Coldwater Athletic Association, is free and optional.", "using"),
        ("About 4,000 fans enrolled before the first home game, the association said.", "using"),
        ("Those who would rather not take part can still show a mobile ticket.", "using"),
        ("The company behind the lanes also supplies several NFL stadiums.", "unrelated"),
        ("Privacy groups have asked whether fans understand how long their images are kept.", "unrelated"),
    ]),
    ("Records show Dunmore police ran face searches through state database", [
        ("The Dunmore University Police Department ran more than 40 searches through the state's face-matching system over two years, according to logs obtained through a public records request.", "using"),
        ("DUPD officers submitted stills from campus cameras and compared them with driver's license photos.", "using"),
        ("A university spokesperson said the department \"does not own or operate facial recognition software.\"", "not_using"),
        ("The logs, however, list the department as an active user of the state system since 2018.", "using"),
        ("The police chief did not answer questions about whether students were among those searched.", "no_response"),
        ("The state system is run by the sheriff's office and is open to more than 200 agencies.", "unrelated"),
    ]),
    ("Free trial of face search app was used by Bellridge campus officers", [
        ("Two officers in Bellridge College's public safety office tried a face search app during a free trial in 2019, emails show.", "using"),
        ("The college said the accounts were closed when the trial ran out and that it never bought the product.", "ended_use"),
        ("Asked whether it would bar such tools in the future, the college said it weighs each technology \"on its merits.\"", "might_use"),
        ("The company behind the app handed trial accounts to thousands of police officers nationwide.", "unrelated"),
        ("Many police chiefs said they learned of the trials only when reporters called.", "unrelated"),
    ]),
    ("City police, not the university, used face recognition after campus break-ins", [
        ("The Marlow Police Department used a face recognition tool to identify a suspect in a string of burglaries near Ashgrove University, court records show.", "unrelated"),
        ("City detectives ran a still from a doorbell camera through the software and got a possible match.", "unrelated"),
        ("Ashgrove's campus police said they were not involved and do not use the technology.", "not_using"),
        ("The city council is set to vote on limits for police use of face recognition next month.", "unrelated"),
        ("A civil liberties group urged the council to ban it outright.", "unrelated"),
    ]),
    ("Scorecard: how schools answered questions about face surveillance", [
        ("Among those promising not to use the technology were Pellham College, Orchard State University and the University of Westmere.", "wont_use"),
        ("Two schools, Larchmont University and Bristow Tech, said only that they evaluate security tools case by case.", "might_use"),
        ("Nearly a third of the schools on the list never answered, including Fenwick University, Carraway College and Halden State.", "no_response"),
        ("One school, Eastvale University, was marked as using it because of a face-entry system at its residence halls.", "using"),
        ("The organizers said they contacted each campus at least three times by email and phone.", "unrelated"),
        ("The list will be updated as replies come in.", "unrelated"),
    ]),
    ("Halvorsen Community College says it does not presently use facial recognition", [
        ("Halvorsen Community College \"does not currently use facial recognition technology,\" its dean of students wrote to the student club.", "not_using"),
        ("Should the college acquire such software later, it would write rules for its use, the message said.", "might_use"),
        ("The message came after administrators called off a student panel on the topic.", "unrelated"),
        ("The club had invited speakers from a civil liberties group.", "unrelated"),
        ("The panel went ahead two weeks later after outside groups objected.", "unrelated"),
    ]),
    ("Kellam University will not use face recognition, spokesperson says", [
        ("Kellam University does not use facial recognition and has no plans to, a spokesperson said in reply to the student group's letter.", "wont_use"),
        ("The university will not add it to its camera network, she said.", "wont_use"),
        ("The group, which sent the same letter to about 60 campuses, said it would keep pressing the others for answers.", "unrelated"),
        ("Student leaders had asked the administration to put its position in writing.", "unrelated"),
        ("The commitment also covers the campus police department and dining services, the spokesperson said.", "wont_use"),
    ]),
    ("Draft camera policy at Pennock University would let police use face matching", [
        ("A draft video security policy at Pennock University would allow its police department to use facial recognition in criminal investigations.", "planning"),
        ("The provision is a single sentence and does not say which product the department would use.", "planning"),
        ("A university spokesman said the draft is still under internal review and will be open for comment for 30 days.", "planning"),
        ("The university did not answer repeated questions about whether it already uses face recognition.", "no_response"),
        ("Civil liberties lawyers said the technology could chill student protest.", "unrelated"),
    ]),
    ("Pennock drops draft policy, says its police never used face recognition", [
        ("Pennock University has dropped the draft video policy after objections from students and faculty.", "wont_use"),
        ("The university said its police department has never used facial recognition tools on campus and has no plans to do so.", "wont_use"),
        ("The withdrawn draft would have let officers compare camera images with a face database during investigations.", "wont_use"),
        ("Faculty senators had collected more than 500 signatures against the proposal.", "unrelated"),
        ("The university said it often revises drafts after public comment.", "unrelated"),
    ]),
    ("Computer science lab recorded students on the quad for a face dataset", [
        ("Researchers at Tillman University set up cameras on the main quad in 2015 to film passersby for a tracking dataset.", "unrelated"),
        ("The footage, covering roughly 2,000 people, was posted online for other labs to download.", "unrelated"),
        ("The review board had approved recording only in a marked indoor room, a university official said.", "unrelated"),
        ("The university took the dataset down after a journalist asked who was using it.", "unrelated"),
        ("The professor who led the project apologized in a letter to the campus paper.", "unrelated"),
    ]),
    ("Dorm doors at Westlake College now open with a face scan", [
        ("Residents of two Westlake College halls now unlock the front door by looking at a camera.", "using"),
        ("The readers compare each face with the photo taken at move-in, Housing and Residence Life said.", "using"),
        ("Students who do not want to enroll can still tap their ID cards.", "using"),
        ("The college intends to add the readers to four more halls over the summer.", "planning"),
        ("Some students said they worry about who can see the images.", "unrelated"),
    ]),
    ("Eastvale quietly switched dorm entry to face readers during the pandemic", [
        ("Eastvale University began requiring students in three residence halls to use face readers instead of fingerprint scanners last spring.", "using"),
        ("The housing office said the readers \"do not keep images,\" but the maker's manual describes room for a million face templates.", "using"),
        ("Eastvale first put face readers next to its fingerprint scanners in 2017, the housing director said.", "using"),
        ("The manufacturer, based overseas, lists several government agencies among its clients.", "unrelated"),
        ("Those agencies told the paper they had no contract with the firm.", "unrelated"),
    ]),
    ("Marsh University ends face recognition pilot at residence hall", [
        ("Marsh University has switched off the face recognition cameras it had been testing at the entrance of Corbin Hall since 2014.", "ended_use"),
        ("The pilot ended last June, a spokesperson confirmed, and the hardware has been taken out.", "ended_use"),
        ("During the pilot, the system flagged people who did not live in the building for the desk attendant.", "ended_use"),
        ("The university did not say whether it might try the technology again.", "ended_use"),
        ("Front-desk staff will keep checking IDs at the door.", "unrelated"),
    ]),
    ("Ostrander library cameras only detect faces, officials say", [
        ("Ostrander College says the new cameras at its library count visitors but cannot tell who anyone is.", "not_using"),
        ("The sensors notice that a face is in view in order to estimate how busy each floor is.", "unrelated"),
        ("\"Nothing in this system identifies a person,\" the library dean said.", "not_using"),
        ("Students had raised concerns after a sticker on the device mentioned face analysis.", "unrelated"),
        ("The vendor said the counting software throws away each frame within a second.", "unrelated"),
    ]),
    ("Dining hall tablets give cashiers a bigger ID photo", [
        ("Dining staff at Rowan Hill University now check students against a large photo on a tablet at the door.", "unrelated"),
        ("The tablet shows the picture on file when a card is swiped, and the cashier decides whether it matches.", "unrelated"),
        ("Dining Services said the change has cut down on students lending their cards.", "unrelated"),
        ("No software compares the faces, a spokesperson said.", "not_using"),
        ("Similar tablets are in use at several other campuses.", "unrelated"),
    ]),
    ("Palm scanners come to Brightwater dining commons", [
        ("Brightwater University students can now enter the main dining commons by holding a palm over a reader.", "unrelated"),
        ("Enrollment is voluntary, and about 900 students signed up in the first two weeks.", "unrelated"),
        ("The readers keep a numeric template rather than a picture of the hand, the dining director said.", "unrelated"),
        ("Dining Services said it looked at face scanning but picked palms because students found it less intrusive.", "not_using"),
    ]),
    ("Garrow University student senate calls for a ban on face recognition", [
        ("The Garrow University student senate passed a resolution Tuesday urging the administration to ban facial recognition on campus.", "unrelated"),
        ("The resolution does not bind the university.", "unrelated"),
        ("It names the police department, housing and dining as offices that should be covered.", "unrelated"),
        ("The administration has not answered the resolution, the senate president said.", "no_response"),
        ("Similar measures have passed at student governments in at least five states.", "unrelated"),
    ]),
    ("Garrow adopts policy barring face recognition", [
        ("Garrow University's board approved a policy Friday that prohibits facial recognition by university offices and its police department.", "wont_use"),
        ("The ban covers cameras, building access and attendance systems.", "wont_use"),
        ("Research that uses face images with consent is exempt.", "unrelated"),
        ("Garrow becomes one of the first universities in the state to write such a ban into policy.", "wont_use"),
        ("The vote followed a year of debate that began with a student senate resolution.", "unrelated"),
    ]),
    ("Professor's app takes attendance by recognizing faces", [
        ("A computer scientist at Lindale Tech received a federal grant to build a phone app that takes attendance by recognizing students' faces.", "unrelated"),
        ("Instructors would film the room for a few seconds at the start of class and the app would mark who is present.", "unrelated"),
        ("The professor said he already runs an early version of the app in his own courses.", "using"),
        ("Privacy advocates said the app could make it easy to track students without their consent.", "unrelated"),
        ("The grant runs for one year.", "unrelated"),
    ]),
    ("Kiosk maker says 'several universities' let students pay with their faces", [
        ("A kiosk maker claims that cafes on a number of college campuses let students pay by looking at a camera.", "using"),
        ("The company did not name the schools.", "unrelated"),
        ("Two campuses it was linked to said they had stopped offering the option.", "ended_use"),
        ("Reporters could not confirm that the kiosks were ever installed at the others.", "unrelated"),
        ("The company said its system is used by restaurants in three states.", "unrelated"),
    ]),
    ("Face recognition vending machines pulled from Canadian campus", [
        ("A university in Ontario is removing two dozen snack machines after a student spotted an error message that mentioned facial recognition.", "unrelated"),
        ("The university said it had not known the machines contained the software.", "unrelated"),
        ("The operator said the cameras only sense when someone is standing in front of the screen.", "unrelated"),
        ("The machines are to be gone by the end of the month.", "unrelated"),
    ]),
    ("Beijing university adds face readers to women's dormitory", [
        ("A university in Beijing has installed face readers at the door of a women's residence hall.", "unrelated"),
        ("Residents look into the camera and the door opens if their face matches the record on file.", "unrelated"),
        ("Officials there said the readers may be added to other halls.", "unrelated"),
        ("Some residents complained of lines at the door after classes.", "unrelated"),
    ]),
    ("School district police used handheld face devices, spokeswoman confirms", [
        ("Officers with the Redfield Unified School District police used handheld face recognition devices on a handful of occasions, a district spokeswoman said.", "unrelated"),
        ("The devices came from a regional law enforcement network.", "unrelated"),
        ("The district has no plans to photograph students with them, she said.", "unrelated"),
        ("Redfield State University's police department said it has never had access to the devices.", "not_using"),
    ]),
    ("Kessler-Riverton face study was approved by review board, officials say", [
        ("A professor at the University of Kessler's Riverton campus photographed about 1,700 people on a campus walkway to test face recognition at long range.", "unrelated"),
        ("Kessler-Riverton officials said the research had been approved by the campus review board.", "unrelated"),
        ("The images were posted as a public dataset from 2016 until this spring.", "unrelated"),
        ("The project was paid for by military research offices.", "unrelated"),
        ("\"I think they should have told us,\" one student said.", "unrelated"),
    ]),
    ("Which Ohio colleges answered the face recognition survey?", [
        ("Four of the nine Ohio campuses on the list, including Carrow State and Linwood College, said they do not and will not use the technology.", "wont_use"),
        ("Three others, among them the Dayton campus of Baird University, did not reply.", "no_response"),
        ("Wexley College said it \"continually reviews\" security technology and would not rule anything out.", "might_use"),
        ("Dunham University was the only one listed as using it, for a trial at its arena.", "using"),
        ("The survey was sent by a statewide student coalition.", "unrelated"),
    ]),
    ("Trenton Valley police chief says department can ask the state for face matches", [
        ("The Trenton Valley University police chief said his officers send photos of suspects to the state crime lab, which runs them through its face recognition system.", "using"),
        ("The department itself does not have face recognition software, he said.", "not_using"),
        ("TVUPD made 12 such requests last year, most in theft cases.", "using"),
        ("The state lab handles requests from about 300 agencies.", "unrelated"),
        ("The chief said he would consider buying a system \"if the price and the rules are right.\"", "might_use"),
    ]),
    ("Quarry Hill University denies using face recognition on protesters", [
        ("Quarry Hill University says it did not use facial recognition to identify students who joined a sit-in outside the president's office.", "not_using"),
        ("Eleven students were later summoned to meetings with the dean of students.", "unrelated"),
        ("Students point to the police chief's online résumé, which says the campus camera network includes facial recognition.", "using"),
        ("The university said officers identified the students by reviewing ordinary video and asking staff.", "not_using"),
        ("Quarry Hill did not answer whether its police can submit images to the state face database.", "no_response"),
        ("More than 20 advocacy groups signed a letter calling for a ban.", "unrelated"),
    ]),
    ("Quarry Hill president silent on calls for face recognition ban", [
        ("A month after students asked for a ban, Quarry Hill University's president has not responded.", "no_response"),
        ("The university has said only that it \"does not currently use\" the technology, without ruling it out.", "might_use"),
        ("The student alliance said it would hold another rally next week.", "unrelated"),
        ("A spokesperson said the school will \"keep evaluating tools that keep campus safe.\"", "might_use"),
    ]),
    ("Colleges in Lenox County say little about face recognition", [
        ("Lenox Community College's spokesperson said the college does not disclose details of its security systems, including whether it uses face recognition.", "no_response"),
        ("\"We neither confirm nor deny the use of any particular security technology,\" he wrote.", "no_response"),
        ("Security at the college is handled by a contract firm.", "unrelated"),
        ("Ferris Bay University did not return calls and emails.", "no_response"),
    ]),
]


def main() -> None:
    split = {"train": [], "test": []}
    for i, page in enumerate(PAGES):
        split["test" if i % 4 == 3 else "train"].extend(rows([page]))
    for name, items in split.items():
        write(OUT / f"stance_written_d_{name}.csv", items)


if __name__ == "__main__":
    main()
