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
    ("Whitmore University police had face search accounts, list shows", [
        ("The Whitmore University Police Department appears on a leaked list of agencies whose staff ran searches with Clearview AI.", "using"),
        ("The list, obtained by a news site, shows that WUPD accounts ran between 11 and 50 searches before February 2020.", "using"),
        ("A Whitemore University spokeswoman first said the department had never used the app.", "not_using"),
        ("After checking with officers, she said one detective had signed up for a trial without approval.", "using"),
        ("The detective's account has since been deactivated, she said.", "ended_use"),
        ("Dozens of city and county departments in the state are also on the list.", "unrelated"),
    ]),
    ("Ahead of day of action, Stanwick drops face recognition plan", [
        ("Ahead of a national day of action organized by a digital rights group, Stanwick University has abandoned its plan to run facial recognition on campus cameras.", "wont_use"),
        ("The proposal, part of a revised security camera policy, would have flagged people barred from campus.", "wont_use"),
        ("Stanwick would have been the first large university in the country to adopt such a system.", "wont_use"),
        ("Administrators said the benefits were small compared with the concerns they heard.", "wont_use"),
        ("The group had run public photos of Stanwick athletes through Amazon's Rekognition and reported dozens of false matches.", "unrelated"),
        ("Student organizers said they would push for the ban to be written into policy.", "unrelated"),
    ]),
    ("How Stanwick's camera policy grew a face recognition clause", [
        ("Stanwick first floated face recognition in 2018, when it proposed centralizing footage from the thousands of cameras on campus.", "planning"),
        ("An interim draft said the university might use the software in a \"limited\" way for restricted areas.", "planning"),
        ("At a town hall that fall, students asked who would see the matches.", "unrelated"),
        ("The vice chancellor told the crowd that the software could be added to the existing camera system later.", "might_use"),
        ("The latest draft, released for comment in January, still contained the clause.", "planning"),
    ]),
    ("Campus safety plan calls for cameras that can search for faces", [
        ("A five-year safety plan presented to the Corliss State University board calls for a camera network with analytics that can search recorded video for a given face.", "planning"),
        ("The plan asks for $2.1 million to replace about 600 aging cameras.", "unrelated"),
        ("Corliss State's police chief said the search feature would be used only after a crime is reported.", "planning"),
        ("The board is expected to vote on the plan in March.", "planning"),
        ("Students at the meeting asked the board to strike the face search from the request.", "unrelated"),
    ]),
    ("Corliss State board approves cameras, strikes face search", [
        ("The Corliss State University board approved the camera upgrade Thursday but removed the feature that would have searched video for faces.", "wont_use"),
        ("The new cameras will not use facial recognition, the police chief told trustees.", "wont_use"),
        ("Installation begins this summer in the residence halls and parking decks.", "unrelated"),
        ("Trustees said they would revisit the question only with a written policy in place.", "wont_use"),
    ]),
    ("Local TV investigation: campus officers ran face searches without policy", [
        ("A Channel 9 investigation found that officers at two area colleges ran face recognition searches through a county system without any written policy.", "using"),
        ("At Brennan College, campus police ran 27 searches in 2021, according to county audit logs.", "using"),
        ("Hartfield Technical College ran three.", "using"),
        ("Brennan said it suspended its access after Channel 9's questions and is drafting rules.", "ended_use"),
        ("Hartfield did not respond to repeated requests for comment.", "no_response"),
        ("The county sheriff's office, which runs the system, said it audits every search.", "unrelated"),
    ]),
    ("Southern Ardmore University (SAU) says it stopped face matching at rec center", [
        ("Southern Ardmore University (SAU) has stopped using face matching at the entrance of its recreation center.", "ended_use"),
        ("The readers, installed in 2019, compared members' faces with their ID photos instead of scanning cards.", "ended_use"),
        ("SAU said it switched back to card readers this semester after members complained about errors.", "ended_use"),
        ("The university did not say whether the readers would return.", "ended_use"),
        ("Other campuses in the conference still use card readers only.", "unrelated"),
    ]),
    ("Kinsey College will begin face check-in at testing center next month", [
        ("Kinsey College will begin verifying students' identity with a face scan at its testing center next month.", "planning"),
        ("Students will look into a camera that matches them with their ID photo before they can sit for an exam.", "planning"),
        ("The college said the change is meant to stop people from taking tests for others.", "planning"),
        ("Students can ask for a staff member to check their ID instead.", "planning"),
        ("A similar system is already used at several testing chains.", "unrelated"),
    ]),
    ("Pryor University commencement will not use face scans to call names", [
        ("Pryor University will not use face recognition to announce graduates' names at commencement, a spokesperson said after a vendor's pitch became public.", "wont_use"),
        ("The company had offered to scan each graduate's face in line and put the name on the screen.", "unrelated"),
        ("Pryor said it will keep reading names from cards as it always has.", "wont_use"),
        ("Some seniors had started a petition against the idea.", "unrelated"),
    ]),
    ("Lysander University Medical Center adds face screening at entrances", [
        ("The Lysander University Medical Center has begun screening visitors' faces at its main entrances against a list of people barred from the hospital.", "using"),
        ("The system sends an alert to security officers when it finds a match.", "using"),
        ("The medical center is part of Lysander University and shares its police department.", "using"),
        ("Hospital officials said the alerts are reviewed by a person before anyone is stopped.", "using"),
        ("Several hospital chains have adopted similar screening in the past two years.", "unrelated"),
    ]),
    ("Law school clinic finds city police face searches rarely disclosed", [
        ("A report by the Carrick University Law School's technology clinic found that city police rarely tell defendants when face recognition was used in their case.", "unrelated"),
        ("The clinic reviewed 300 case files from 2017 to 2021.", "unrelated"),
        ("The report calls on the state to require disclosure.", "unrelated"),
        ("Carrick's own campus police were not part of the review.", "unrelated"),
    ]),
    ("Media lab study finds face systems misread darker-skinned women", [
        ("Researchers at the Ellery Institute of Technology's Media Lab found that commercial face analysis systems misclassified darker-skinned women far more often than lighter-skinned men.", "unrelated"),
        ("The study tested products from three large companies.", "unrelated"),
        ("Two of the companies said they had since improved their systems.", "unrelated"),
        ("The findings have been cited by cities that later banned police use.", "unrelated"),
    ]),
    ("State law bars public colleges from face surveillance", [
        ("A new state law bars public colleges and universities from using facial recognition on their security cameras.", "unrelated"),
        ("The law takes effect in July and exempts research with consent.", "unrelated"),
        ("Marlin State University said it already complied because it has never used the technology.", "wont_use"),
        ("Tarrant Community College said it would remove face matching from a door system it bought last year.", "ended_use"),
        ("Private colleges are not covered.", "unrelated"),
    ]),
    ("Kessler system board bans face recognition at all five campuses", [
        ("The University of Kessler System's board of regents voted to prohibit facial recognition at all five of its campuses.", "wont_use"),
        ("The policy applies to KU Riverton, KU Northfield and the other campuses, as well as the system office.", "wont_use"),
        ("Kessler-Northfield had been testing face entry at one dorm; that pilot will end under the new rule.", "ended_use"),
        ("Regents said the ban can be lifted only by another vote of the board.", "wont_use"),
    ]),
    ("Opinion: face recognition has no place on our campus", [
        ("Facial recognition promises safety but delivers constant tracking, and students of color will bear the errors.", "unrelated"),
        ("We urge the administration to follow other universities and rule it out.", "unrelated"),
        ("Until it does, every new camera on this campus will be a question mark.", "unrelated"),
        ("The editorial board voted 7-1 to publish this view.", "unrelated"),
    ]),
    ("Companies pitch face recognition to colleges as a defense against shootings", [
        ("Security companies are marketing facial recognition to colleges as a way to spot expelled students and known threats before they reach a classroom.", "unrelated"),
        ("One vendor's website promised alerts within seconds of a match.", "unrelated"),
        ("The page was taken down after a reporter asked about it.", "unrelated"),
        ("The company's president said higher education is \"not worth the trouble\" for now.", "unrelated"),
    ]),
    ("Graystone University confirms face readers at athletic facility", [
        ("Graystone University confirmed Monday that athletes enter its new training center by face.", "using"),
        ("The readers were part of the building's access system when it opened in August, the athletic department said.", "using"),
        ("Only varsity athletes and staff are enrolled, and they can use a key card instead.", "using"),
        ("The department said it has no plans to extend the readers to other buildings.", "using"),
        ("Graystone's student newspaper first reported the readers last week.", "unrelated"),
    ]),
    ("Colleges that didn't answer: the full list", [
        ("More than 30 schools did not respond after several attempts, including Avondale University, Brisk College, the College of St. Maren and Tamsin State.", "no_response"),
        ("Some, like Avondale, acknowledged the email but never sent an answer.", "no_response"),
        ("Others, among them Pollard University, said a reply was \"in progress\" weeks ago.", "no_response"),
        ("The organizers said silence would be marked on the scorecard as a yellow.", "unrelated"),
    ]),
    ("Scorecard names two campuses as customers of a face payment firm", [
        ("The list includes Belmont Tech and the University of Carrow, which a tech site reported this month had been customers of a face payment company.", "using"),
        ("Belmont Tech told the site its cafe stopped using the kiosks in 2018.", "ended_use"),
        ("The University of Carrow did not return requests for clarification.", "no_response"),
        ("The company did not answer questions about its college clients.", "unrelated"),
    ]),
    ("Wenlock State says vague answer on face recognition was misread", [
        ("Wenlock State University says it has no current plans for facial recognition, after a scorecard listed it as \"might use.\"", "not_using"),
        ("The scorecard had quoted a spokesman saying the university \"does not rule out any technology that improves safety.\"", "might_use"),
        ("The spokesman said that line was about cameras in general.", "unrelated"),
        ("Wenlock did not say whether it would commit to a ban.", "might_use"),
    ]),
    ("Orrin College police body cameras can identify faces, but feature is off", [
        ("The body cameras Orrin College police began wearing this fall can match faces, but the feature is switched off, the chief said.", "not_using"),
        ("The manufacturer ships the cameras with face matching disabled by default.", "unrelated"),
        ("Turning it on would take a contract change and a vote of the college's safety committee, the chief said.", "not_using"),
        ("The department bought 40 cameras with a federal grant.", "unrelated"),
    ]),
    ("Delmar University tests face recognition at campus arena concerts", [
        ("Delmar University is testing face recognition at its arena during this year's concert series to check fans against a banned-guest list.", "using"),
        ("The pilot runs through May, after which the university will decide whether to keep it.", "using"),
        ("Signs at the doors tell fans that cameras are in use.", "using"),
        ("The promoter for one show said it was not told about the pilot.", "unrelated"),
    ]),
    ("Delmar ends arena face recognition pilot early", [
        ("Delmar University has ended its face recognition pilot at the arena two months early.", "ended_use"),
        ("A spokesperson said the system produced too many false alerts to be useful.", "ended_use"),
        ("The university has not decided whether to try a different product.", "ended_use"),
        ("A city councilmember had asked for a hearing on the pilot.", "unrelated"),
    ]),
    ("UK university trials face recognition in lecture halls", [
        ("A university in northern England is trialling cameras that recognise students as they enter lecture halls to record attendance.", "unrelated"),
        ("Students' union officers said they were not consulted.", "unrelated"),
        ("The trial covers two buildings and ends in June.", "unrelated"),
        ("The university said the images are deleted after each session.", "unrelated"),
    ]),
    ("Student senate resolution prompts Fenmore to clarify camera use", [
        ("After the Fenmore University student senate passed a resolution against facial recognition, the administration said it does not use the technology.", "not_using"),
        ("The senate's resolution asked for a written ban covering police, housing and dining.", "unrelated"),
        ("Fenmore's vice president for operations said a ban was \"not on the agenda right now.\"", "might_use"),
        ("Senators said they would bring the question to the faculty senate next.", "unrelated"),
    ]),
    ("Tallis University says its cameras record but do not recognize", [
        ("Tallis University uses about 1,200 security cameras, but none of them runs facial recognition, a spokesperson said.", "not_using"),
        ("Footage is reviewed by campus police only after an incident is reported.", "unrelated"),
        ("The spokesperson did not say whether that could change.", "might_use"),
        ("The university added 150 cameras last year, mostly in parking garages.", "unrelated"),
    ]),
    ("Ridley College signs contract for face entry at residence halls", [
        ("Ridley College has signed a contract with a vendor to install face readers at the doors of its six residence halls.", "planning"),
        ("Installation is scheduled for winter break, and students will enroll a photo through the housing portal.", "planning"),
        ("The college said residents who object can keep using their ID cards.", "planning"),
        ("The contract is worth about $180,000 over three years.", "planning"),
    ]),
    ("Ridley College puts dorm face readers on hold", [
        ("Ridley College has put the installation of face readers in its residence halls on hold while a committee reviews privacy concerns.", "might_use"),
        ("The committee will report to the president by April.", "might_use"),
        ("The vendor has agreed to delay the work without penalty, the college said.", "might_use"),
        ("More than 1,000 students signed a petition against the readers.", "unrelated"),
    ]),
    ("Ridley drops dorm face readers for good", [
        ("Ridley College will not install face readers in its residence halls, the president announced Monday.", "wont_use"),
        ("The committee recommended against the readers, citing storage of students' face data.", "wont_use"),
        ("The college has canceled the contract and will upgrade its card readers instead.", "wont_use"),
        ("Students who organized the petition called the decision a win.", "unrelated"),
    ]),
    ("Corvallis Tech pilot uses face recognition at one residence hall", [
        ("A residence hall at Corvallis Institute of Technology is testing cameras that recognize residents at the front door.", "using"),
        ("The system has been in a pilot phase since fall 2019.", "using"),
        ("It flags anyone who does not live in the building so the desk attendant can ask for ID.", "using"),
        ("\"It does what our desk staff already do, only faster,\" the director of campus card services said.", "using"),
        ("The pilot may be extended to other halls if it goes well, he said.", "planning"),
        ("A law professor said she worries about how long the images are kept.", "unrelated"),
    ]),
    ("Officials deny face recognition, though records point to police access", [
        ("Lindqvist University officials deny using facial recognition, though records show its police had access to the state's face search system.", "using"),
        ("A 2019 list of agencies with log-ins to the system includes the Lindqvist University Police Department.", "using"),
        ("The university says officers only send photos of crime suspects to the state agency, which does the matching.", "using"),
        ("\"We do not operate any facial recognition technology,\" a spokesperson said.", "not_using"),
        ("Students said the distinction did not reassure them.", "unrelated"),
    ]),
    ("Fairbourne officials scrap face matching for campus shuttle", [
        ("Fairbourne University officials scrapped a plan to let riders board the campus shuttle by face.", "wont_use"),
        ("The idea had been floated in a transportation survey last spring.", "planning"),
        ("Riders will keep tapping their ID cards, the transportation office said.", "wont_use"),
        ("The city bus system that shares some stops with the shuttle has no plans for face boarding either.", "unrelated"),
    ]),
    ("Had Ashby's camera rule passed, officers could have run face searches", [
        ("Had the camera rule passed, Ashby College officers could have run face searches on footage from any campus building.", "wont_use"),
        ("The faculty assembly voted it down 64 to 12.", "wont_use"),
        ("Ashby's president said the college would not bring the rule back.", "wont_use"),
        ("The assembly also asked for an annual report on how camera footage is used.", "unrelated"),
    ]),
    ("Mercer Valley evaluating face recognition for dorm access", [
        ("Mercer Valley University is evaluating face recognition readers for residence hall entry, according to a request for proposals posted this month.", "planning"),
        ("The document asks vendors to describe how their readers match a face with a stored photo in under a second.", "planning"),
        ("Responses are due in six weeks, and a pilot could start next fall.", "planning"),
        ("Housing officials said no decision has been made.", "planning"),
        ("Vendors that make palm readers were also invited to bid.", "unrelated"),
    ]),
    ("Brisbane university drops face attendance after student complaints", [
        ("A university in Brisbane has stopped using face recognition to take attendance after students complained.", "unrelated"),
        ("The system had been tested in three large lectures.", "unrelated"),
        ("Students were told attendance would be taken by QR code instead.", "unrelated"),
        ("The Australian privacy commissioner had received complaints about the trial.", "unrelated"),
    ]),
    ("Carrow U says Rekognition contract is for research, not surveillance", [
        ("The University of Carrow's contract with Amazon Web Services covers Rekognition only for a computer vision course and a lab project, a spokesperson said.", "unrelated"),
        ("Carrow U does not use the service on its security cameras, she said.", "not_using"),
        ("The contract came to light through a records request by a student reporter.", "unrelated"),
        ("The lab studies how face systems perform on low-resolution video.", "unrelated"),
    ]),
    ("Engineering makerspace adds face log-in for equipment", [
        ("The Halbrook School of Engineering's makerspace now asks students to log in to the laser cutters by face.", "using"),
        ("A camera on each machine checks the student against the photo stored when they finished safety training.", "using"),
        ("The school said the log-in keeps untrained users off dangerous equipment.", "using"),
        ("Halbrook's main library and labs still use card swipes.", "unrelated"),
    ]),
    ("Sorrell University declines to say whether police use face search", [
        ("Sorrell University declined to say whether its police department uses face recognition.", "no_response"),
        ("A spokesperson said the university does not comment on investigative methods.", "no_response"),
        ("The department has an agreement with the county to share booking photos.", "unrelated"),
        ("Sorrell denied a records request for the agreement, citing security.", "no_response"),
    ]),
    ("Phones, not campus cameras: what Haddon students asked about", [
        ("Many Haddon College students unlock their phones with their faces every day.", "unrelated"),
        ("That is not the same as the college identifying them, the IT security office said in a campus newsletter.", "unrelated"),
        ("Haddon does not run face recognition on its networks or cameras, the office said.", "not_using"),
        ("The newsletter answered questions sent in after a campus debate on surveillance.", "unrelated"),
    ]),
    ("Career fair check-in by face draws questions at Linden State", [
        ("Students at Linden State University's fall career fair checked in by letting a tablet scan their faces.", "using"),
        ("The career center said the vendor's system matched each student with the photo on their registration.", "using"),
        ("Students who declined were given a paper badge.", "using"),
        ("The career center said it will review the check-in method before the spring fair.", "might_use"),
        ("The vendor runs check-in for conferences across the country.", "unrelated"),
    ]),
    ("Linden State will not use face check-in again", [
        ("Linden State University will not use face scanning at future career fairs, the career center director said.", "wont_use"),
        ("The spring fair will go back to printed badges.", "wont_use"),
        ("The vendor has deleted the images from the fall fair, the director said.", "ended_use"),
        ("The student government had asked for the change.", "unrelated"),
    ]),
    ("Police at nearby high school used face app, district says", [
        ("A school resource officer at Gorham High School ran a student's photo through a face search app last year, the district confirmed.", "unrelated"),
        ("The district said the officer is employed by the city, not the schools.", "unrelated"),
        ("Gorham Community College, which shares a campus with the high school, said its security staff have never used the app.", "not_using"),
        ("The city police chief said officers have been told to stop using the app.", "unrelated"),
    ]),
    ("Pellham College in writing: no face recognition, now or later", [
        ("Pellham College has put its answer in writing: it does not use face recognition and will not.", "wont_use"),
        ("The pledge, signed by the president, covers every office on campus, including public safety.", "wont_use"),
        ("It was posted on the college's policy site on Monday.", "wont_use"),
        ("Student organizers had asked 20 colleges in the region for a similar pledge.", "unrelated"),
    ]),
    ("Orchard State's answer: 'no plans at this time'", [
        ("Orchard State University told the coalition it has \"no plans at this time\" to use facial recognition.", "not_using"),
        ("A spokeswoman said the university does not use it today.", "not_using"),
        ("She would not commit to a ban.", "might_use"),
        ("The coalition listed Orchard State as \"might use.\"", "might_use"),
    ]),
    ("Vendor case study claims Harlan University uses its face system", [
        ("A case study on a security vendor's website says Harlan University uses its software to recognize faces on campus cameras.", "using"),
        ("The study quotes an unnamed campus official praising the system.", "using"),
        ("Harlan University said the case study is wrong and that it bought only the vendor's video storage product.", "not_using"),
        ("The vendor removed the page after the student paper called.", "unrelated"),
    ]),
    ("Senator's bill would ban face recognition at colleges that take federal aid", [
        ("A bill introduced by a U.S. senator would bar colleges that receive federal aid from using facial recognition on students.", "unrelated"),
        ("The bill has two co-sponsors and no hearing scheduled.", "unrelated"),
        ("Several university lobbying groups said they are studying it.", "unrelated"),
        ("Advocates said the bill would make pledges like Pellham College's the law.", "unrelated"),
    ]),
    ("Airport near Ellery campus adds face boarding", [
        ("The regional airport a mile from the Ellery Institute of Technology campus has started boarding some flights by face.", "unrelated"),
        ("Travelers look into a camera at the gate instead of showing a boarding pass.", "unrelated"),
        ("Federal officials say the images of U.S. citizens are deleted within hours.", "unrelated"),
        ("Ellery students traveling home for break were among the first to try it.", "unrelated"),
    ]),
    ("Bancroft University police chief: 'We'd use it if we had it'", [
        ("Bancroft University's police chief said his department does not have face recognition but would use it if the university bought it.", "not_using"),
        ("He said a system could help find missing students faster.", "might_use"),
        ("The university has no money set aside for one, a spokesperson said.", "not_using"),
        ("The chief spoke at a forum on campus safety attended by about 40 people.", "unrelated"),
    ]),
    ("Ticket office: face entry returns for basketball season", [
        ("Face entry will be back at Coldwater University's arena when basketball season opens, the ticket office said.", "using"),
        ("Fans who enrolled for football do not need to sign up again.", "using"),
        ("The lanes will be at the north and east gates.", "using"),
        ("The ticket office said about one in five football fans used the lanes by the end of the season.", "using"),
    ]),
    ("Advocacy report: 'dozens' of campuses use biometric dining", [
        ("An advocacy report counts dozens of U.S. campuses that use some form of biometric entry at dining halls, most of them hand or fingerprint readers.", "unrelated"),
        ("The report lists Tamsin State as the only campus in its sample using face readers at a dining hall.", "using"),
        ("Tamsin State said the readers were removed in 2022.", "ended_use"),
        ("The report's authors said they could not confirm every entry.", "unrelated"),
    ]),
    ("Student reporters ask 12 campus police departments about face recognition", [
        ("Student journalists asked the police departments of 12 public universities in the state whether they use face recognition.", "unrelated"),
        ("Eight said no, including the police at Marlin State and Coastal Plains University.", "not_using"),
        ("Two, Halden State and the University of Westmere, said they ask the state police to run searches when needed.", "using"),
        ("The remaining two did not answer.", "no_response"),
        ("The reporters plan to file records requests for search logs.", "unrelated"),
    ]),
    ("Westmere says state searches are rare", [
        ("The University of Westmere Police Department asked the state police to run face searches four times in 2022, a spokesperson said.", "using"),
        ("Each request was tied to a felony investigation.", "using"),
        ("UWPD does not keep its own face database, the spokesperson said.", "not_using"),
        ("The state police said it received about 9,000 such requests statewide that year.", "unrelated"),
    ]),
    ("Galloway College buys cameras with face search, then turns it off", [
        ("Galloway College bought a camera system last year that can search video for faces, but campus safety never turned the feature on, the college said.", "not_using"),
        ("The feature came bundled with the system at no extra cost.", "unrelated"),
        ("Galloway said it has no plans to activate it.", "wont_use"),
        ("The college's camera policy was updated in May to say so.", "wont_use"),
    ]),
    ("Thornbury University: face recognition study used volunteers only", [
        ("A Thornbury University psychology study that photographed faces used only paid volunteers who signed consent forms, the university said.", "unrelated"),
        ("The study looks at how people judge trustworthiness from a face.", "unrelated"),
        ("Thornbury's review board approved it in 2021.", "unrelated"),
        ("The images are stored on a lab server without names.", "unrelated"),
    ]),
    ("Ellwood State rolls out face payment at campus market", [
        ("Ellwood State University's campus market now lets students pay with a glance at a screen at the register.", "using"),
        ("Students link a selfie to their meal plan account in the campus card app.", "using"),
        ("The auxiliary services office said 1,300 students have enrolled since September.", "using"),
        ("Paying by card or phone is still accepted.", "using"),
        ("The payment company also runs kiosks at restaurants in the region.", "unrelated"),
    ]),
    ("After complaints, Ellwood State pauses face payment", [
        ("Ellwood State University has paused face payment at the campus market while it reviews how long the company keeps students' face data.", "might_use"),
        ("The pause began Monday and has no end date.", "might_use"),
        ("Students who enrolled can ask for their data to be deleted, the university said.", "unrelated"),
        ("The faculty senate had asked for the pause in a letter last week.", "unrelated"),
    ]),
    ("Marlow Heights College cancels face screening at homecoming", [
        ("Marlow Heights College has canceled plans to screen faces at the gates of its homecoming game.", "wont_use"),
        ("The screening would have checked fans against a list of people banned from campus events.", "wont_use"),
        ("A spokesperson said the college \"listened to students\" and will not revisit the idea.", "wont_use"),
        ("Homecoming will go ahead with bag checks only.", "unrelated"),
    ]),
    ("Tamsin State's police department joins regional face search network", [
        ("The Tamsin State University Police Department has signed an agreement to join a regional network that shares a face search tool among agencies.", "planning"),
        ("Officers will get access after finishing an online course, under the agreement.", "planning"),
        ("TSUPD said it expects to use the tool only in serious cases.", "planning"),
        ("The network already includes the county sheriff and four city departments.", "unrelated"),
    ]),
    ("Tamsin State police begin using regional face search tool", [
        ("Tamsin State University police began running face searches through the regional network this month.", "using"),
        ("The department made its first request in a hit-and-run case near the stadium.", "using"),
        ("A monthly report of searches will go to the university's safety committee.", "using"),
        ("Other members of the network do not publish such reports.", "unrelated"),
    ]),
    ("Greer Valley College says it is not using face technology, for now", [
        ("Greer Valley College is not using facial recognition at this time, a spokesman said Friday.", "not_using"),
        ("He added that the college \"keeps an open mind\" about new security tools.", "might_use"),
        ("The college's board has not discussed the technology, according to meeting minutes.", "not_using"),
        ("A student club had asked the board to take up the question.", "unrelated"),
    ]),
    ("Holloway University's law center on privacy sues city over face records", [
        ("The Holloway University Law Center on Privacy and Technology has sued the city to release records about police face searches.", "unrelated"),
        ("The center says the city ignored its requests for more than a year.", "unrelated"),
        ("The city declined to comment on pending litigation.", "unrelated"),
        ("Holloway's own campus police were not named in the suit.", "unrelated"),
    ]),
    ("Brennan College writes rules for face searches", [
        ("Brennan College has finished rules that will let its police resume face searches through the county system.", "planning"),
        ("Searches will need a supervisor's approval and a case number.", "planning"),
        ("The college expects to restore access in January.", "planning"),
        ("Channel 9 first reported the searches last spring.", "unrelated"),
    ]),
    ("Fenwick University breaks silence on face recognition", [
        ("Fenwick University, which had not answered the coalition for a year, now says it does not use facial recognition.", "not_using"),
        ("A university spokesperson said the earlier inquiries went to an old email address.", "unrelated"),
        ("Fenwick did not say whether it would adopt a ban.", "might_use"),
        ("The coalition moved Fenwick from \"no response\" to \"might use\" on its list.", "might_use"),
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
