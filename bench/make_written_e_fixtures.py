"""Write tests/fixtures/stance_written_e_{train,test}.csv from the short pages below.

Every statement was written for this project, in the styles observed while reading real coverage
of facial recognition at US colleges: university policy pages and press releases, proctoring
pages and lawsuits, trade press about campus card and stadium vendors, records requests, advocacy
scorecards, and the look-alikes and outsiders that surround them (K-12 districts, city police,
campuses abroad, researchers' datasets, palm readers, staff comparing an ID photo). No sentence is
copied or lightly edited from a source; institutions are made up, except a few real ones used only
for facts that were read. A page's statements chain: each row's ``before`` is the statement (or
plain context string) before it. Every fourth page goes to ``_test`` (never tuned on), the rest to
``_train``. Run by hand: ``python bench/make_written_e_fixtures.py``.
"""

from __future__ import annotations

from make_real_style_fixtures import write_by_page

U = "unrelated"

# (title, [(sentence, stance) or a plain context string, ...])
PAGES = [
    ("Remote Exam Proctoring: Student Questions", [
        ("Brightwater Community College uses Honorlock to proctor some online quizzes and exams.", "using"),
        ("Your instructor decides whether a test is proctored, and the syllabus will say so.", "using"),
        ("Before the exam starts, you will hold your student ID up to the webcam so the software can confirm it is you.", "using"),
        ("If you do not have a webcam, the Testing Center on the Eastview campus has stations you can reserve.", "using"),
        ("Recordings are kept for one term and then deleted.", "using"),
    ]),
    ("Does ExamWarden identify students by their face?", [
        ("No. ExamWarden looks for the presence of a face, not for whose face it is.", U),
        ("The software flags a session when no face, or more than one face, appears on camera for several seconds.", U),
        ("Identity checks are done by a person who compares the test taker with the photo on an ID card.", U),
        ("Schools choose which of these settings to switch on.", U),
    ]),
    ("Senate panel urges Corliss to let its Proctorio license lapse", [
        ("A Faculty Senate committee at Corliss University has recommended that the school let its Proctorio license lapse when it comes up for renewal in June.", "using"),
        ("If nobody cancels it, the license rolls over for another year.", "using"),
        ("Committee members cited complaints that the tool flagged students with disabilities more often than others.", U),
        ("Student government had already asked, in a resolution last fall, that instructors be trained before assigning the software.", "using"),
        ("The provost's office said it would weigh the recommendation alongside other ways of securing online tests.", "might_use"),
    ]),
    ("Class action accuses Ellery University of collecting students' face scans", [
        ("Ellery University took face geometry from students sitting online exams and never asked for their written consent, a former student claims in a proposed class action.", "using"),
        ("According to the complaint, the university required students to take exams through a remote proctoring tool that scans each face before and during the test.", "using"),
        ("The suit, filed in Cook County, seeks damages under the Illinois Biometric Information Privacy Act.", "using"),
        ("The software's maker is named as a co-defendant.", U),
        ("Ellery did not respond to a request for comment on Friday.", "no_response"),
    ]),
    ("Proctoring company agrees to settle biometric privacy claims", [
        ("Test takers' face-scan claims against a proctoring company will be settled for $4 million.", U),
        ("Anyone who took an exam with the program while in Illinois over a six-year span may be eligible for a payment.", U),
        ("Students at the state's public universities are left out of the class because of an immunity ruling.", U),
        ("The company admitted no wrongdoing.", U),
    ]),
    ("Policy 7.14: Video Security Systems", [
        ("Northmoor's security cameras record video for safety and investigations only.", U),
        ("No university unit may apply facial recognition or other biometric identification to footage from these cameras.", "wont_use"),
        ("The prohibition applies to the University Police Department as well as to housing, athletics and contractors working for the university.", "wont_use"),
        ("Requests to use footage for research are reviewed under separate human-subjects rules.", U),
        ("This section was added in the 2021 revision of the policy.", "wont_use"),
    ]),
    ("Policy revisions: Security Camera Systems (interim)", [
        ("The interim policy covers the university's existing security cameras and any added later.", U),
        ("Pell Valley left the policy interim on purpose: the face recognition question is still open, and the campus will be consulted on any limits.", "planning"),
        ("A permanent version is due next spring.", "planning"),
    ]),
    ("Harrow State athletics launches face entry lanes at Dunbar Stadium", [
        ("Harrow State University Athletics will open express entry lanes at Dunbar Stadium this season that let ticket holders get in by face.", "planning"),
        ("A selfie taken in the team app, tied to the fan's ticket account, is all it takes to enroll.", "planning"),
        ("The Athletics Department does not receive or keep the images, which are held by the vendor.", "planning"),
        ("Mobile tickets will still be scanned at every gate.", "planning"),
        ("\"We want the first five minutes of game day to be the easiest,\" the associate athletic director for ticketing said.", U),
    ]),
    ("Campus dining tries palm readers at Harmon Commons", [
        ("Tallis College Dining is testing palm-vein readers at the entrance to Harmon Commons.", U),
        ("Students hover a hand over the reader instead of swiping a card.", U),
        ("The dining director said the college looked at face scanning but chose palms because students found it less intrusive.", "not_using"),
        ("About 600 students enrolled in the first two weeks.", U),
    ]),
    ("Tablets at the door help dining staff spot borrowed IDs", [
        ("Fenwick University Dining Services replaced its card swipers with tablets that show a large photo of the cardholder.", U),
        ("Staff at the door compare the photo on screen with the student in front of them.", U),
        ("The system does not use facial recognition, a dining spokesperson said.", "not_using"),
        ("Managers say card sharing has dropped since the switch.", U),
    ]),
    ("English university trials face check-in for lectures", [
        ("Thornbury University in England has begun trialling cameras that record students' attendance by recognising their faces at the lecture theatre door.", U),
        ("The trial covers two buildings on its Hallam campus.", U),
        ("The students' union has asked for an opt-out.", U),
    ]),
    ("District switches on face recognition cameras in its schools", [
        ("The Millgate Unified School District switched on face recognition cameras in all nine of its buildings on Monday.", U),
        ("The system compares faces against a list of people barred from district property.", U),
        ("Students' own photos are not loaded into the database, the superintendent said.", U),
        ("The state education department had asked the district to wait until it reviewed the privacy rules.", U),
        ("Millgate High School's principal said staff were trained to confirm every alert before acting.", U),
    ]),
    ("Photos of students walking to class ended up in a face dataset", [
        ("Saint Aldric University students who crossed the main lawn in 2016 and 2017 were photographed, without being told, for a professor's research project.", U),
        ("The images became a dataset used to test face recognition at a distance.", U),
        ("Access was limited to researchers at other institutions who signed an agreement.", U),
        ("The university said its institutional review board had approved the study.", U),
        ("Campus police at Saint Aldric have never used the dataset or any face recognition tool, a spokesperson added.", "not_using"),
    ]),
    ("Where campuses stand on face surveillance: our 2024 update", [
        ("Twenty-eight of the colleges we contacted confirmed in writing that they do not use facial recognition and have no plans to.", "wont_use"),
        ("They include Calder College, the University of Northmoor and Eastlake Technical College.", "wont_use"),
        ("Fourteen schools never answered, among them Dunmore University, Marrow Hill College and Ravenna State.", "no_response"),
        ("Pell Valley University told us it \"continually reviews emerging technologies\" and would not rule anything out.", "might_use"),
        ("The Kestrel Institute of Technology (KIT) was the only school to confirm it uses face matching, for entry to its research buildings.", "using"),
    ]),
    ("Open letter: keep biometric surveillance off campus", [
        ("We, the undersigned faculty and staff, ask every campus administrator to rule out facial recognition.", U),
        ("The technology misidentifies people of color at far higher rates.", U),
        ("A campus that adopts it turns every walk to class into a police lineup.", U),
        ("More than 200 people from 60 institutions have signed so far.", U),
    ]),
    ("Kestrel Tech quietly added face readers to lab doors", [
        ("For the past year, doors to three research buildings at the Kestrel Institute of Technology have opened for employees who look into a small camera beside the handle.", "using"),
        ("KIT's facilities office confirmed the readers match faces against staff ID photos.", "using"),
        ("Students are not enrolled and cannot enter the buildings after hours.", "using"),
        ("A spokesperson said KIT has \"no current plans\" to add the readers to residence halls.", "using"),
        ("The readers were installed by the same contractor that maintains the campus card system.", "using"),
    ]),
    ("City police ended face search trial after records request", [
        ("The Brantford Police Department stopped using Clearview AI in February after a records request showed officers had accounts.", U),
        ("A memo from Chief Dana Ruiz told every employee that unapproved face search tools were off limits.", U),
        ("The department's written policy on facial recognition dates from 2015.", U),
        ("Officers of the Brantford College campus police were not among the account holders, the records show.", "not_using"),
    ]),
    ("Records: university police ran face searches through a free trial", [
        ("Officers with the Ravenna State University Police Department used a free trial of a face search app to look into at least two thefts in 2019, police reports show.", "using"),
        ("One report describes a detective matching a still from a surveillance camera to a social media profile.", "using"),
        ("The department later paid for a one-year subscription.", "using"),
        ("RSUPD let the subscription lapse in 2021 and has not renewed it, a spokesperson said.", "ended_use"),
        ("The spokesperson would not say whether officers still ask other agencies to run searches for them.", "no_response"),
    ]),
    ("Email exchange with Westfield A&M media relations", [
        "Thanks for your patience while I checked with Housing.",
        ("At the two new towers, the lobby reader lets residents in when it recognizes a face or a fingerprint.", "using"),
        ("Students who want neither can ask Residential Life for a card-only exemption.", "using"),
        ("On the contract itself, that is all I can give you for now.", "no_response"),
    ]),
    ("Temperature-and-face kiosks land on campuses", [
        ("Several colleges have installed kiosks that take a person's temperature and recognize enrolled faces before unlocking a building door.", "using"),
        ("Early adopters include Lindell State University, Brookhaven Community College and the Grantham College of Nursing.", "using"),
        ("The vendor says the face data is stored as an encrypted template rather than a photo.", U),
        ("Its kiosks are also sold to offices, hospitals and gyms.", U),
    ]),
    ("Business school runs the campus's only proctoring pilot", [
        ("Only one unit at Corliss University may use a commercial proctoring service this spring: the Keane School of Business, which is piloting Honorlock.", "using"),
        ("Students in the pilot verify their identity with a webcam photo and an ID card before each exam.", "using"),
        ("The pilot ends in May, when the school will decide whether to continue.", "using"),
    ]),
    ("University of Ashford's Millbrook campus adds face check at library", [
        ("The University of Ashford's Millbrook campus has started asking visitors to its library after 9 p.m. to look into a camera that checks them against the campus card database.", "using"),
        ("UA-Millbrook officials said the check will run through the end of the semester as a trial.", "using"),
        ("Students can still get in by showing their ID to the attendant.", "using"),
    ]),
    ("Group's list names colleges that say they won't use face recognition", [
        ("Among the schools that pledged not to adopt the technology were John Hopkins University, Kent State University and Oregon State University.", "wont_use"),
        ("Harvard, Yale and Ohio State were among more than 30 that never replied, the group said.", "no_response"),
        ("Duke and American University gave statements the group described as vague.", "might_use"),
        ("George Washington University said it is not currently using facial recognition.", "not_using"),
        ("The University of San Francisco said it dropped its dormitory program years ago.", "ended_use"),
    ]),
    ("Calder College drops plan for face-scanning dorm doors", [
        ("Calder College will not install face recognition readers at its residence halls, the dean of students announced Monday.", "wont_use"),
        ("The readers would have replaced card swipes at four buildings starting next fall.", "wont_use"),
        ("Calder would have been the first liberal arts college in the state to use the technology for housing.", "wont_use"),
        ("The announcement came two days before a planned student walkout.", U),
        ("Housing will upgrade its card readers instead.", "wont_use"),
    ]),
    ("Students say Dunmore used face recognition after a protest; the university denies it", [
        ("Dunmore University says it does not use facial recognition technology.", "not_using"),
        ("But a job listing posted by the Dunmore University Police Department last year asked for experience with \"face-matching analytics\" on the campus camera network.", "using"),
        ("DUPD Chief Alan Reyes told a student magazine in 2022 that his officers had sent a suspect's photo to the state's face search system.", "using"),
        ("The denial sits uneasily with the reports, which show DUPD can ask the state to run searches.", "using"),
        ("Eleven students who attended the sit-in were later called to meetings with the dean.", U),
    ]),
    ("Resolution FS-24-03 on Remote Proctoring", [
        ("WHEREAS remote proctoring services have been used in Marrow Hill College courses since the spring of 2020; and", "using"),
        ("WHEREAS such services record students' faces, rooms and screens and may analyze them with algorithms; and", U),
        ("BE IT RESOLVED that the Faculty Senate opposes third-party proctoring that records biometric data in Marrow Hill courses; and", "using"),
        ("BE IT FURTHER RESOLVED that the Senate asks the administration to end such contracts by the close of the next academic year.", "using"),
    ]),
    ("Student senate resolution condemns facial recognition", [
        ("The Associated Students of the University of Northmoor passed a resolution Wednesday condemning any use of facial recognition on campus.", U),
        ("The resolution lists residence hall entry, dining, the police department and class attendance as uses the senate opposes.", U),
        ("It is non-binding.", U),
        ("Northmoor already bars the technology in its camera policy, adopted two years ago.", "wont_use"),
    ]),
    ("Saxton Law drops the face check from its exam software", [
        ("Saxton University's School of Law will no longer require the identity-verification feature of its exam software, which matched students' faces to a stored photo.", "ended_use"),
        ("Students had reported being locked out when the software failed to recognize them.", "ended_use"),
        ("The law school will keep using the program to lock down laptops during exams.", "ended_use"),
        ("Other schools within the university never turned the face-matching feature on, a spokesperson said.", "not_using"),
    ]),
    ("Orchard Lake University seeks bids for a campus card with a face option", [
        ("Orchard Lake University has issued a request for proposals for a new campus card system that could let students open doors and pay with a face scan.", "planning"),
        ("Bids are due March 15.", "planning"),
        ("The document says any face feature must be opt-in and must not keep images.", "planning"),
        ("A university spokesperson said no decision has been made about whether the face option would be switched on.", "might_use"),
    ]),
    ("Lowell Bay State unplugs its face kiosks", [
        ("Lowell Bay State University removed the face-and-temperature kiosks from its residence halls this summer.", "ended_use"),
        ("The kiosks had been installed in 2020 as part of the university's return-to-campus plan.", "ended_use"),
        ("Students now show their ID card to a desk attendant.", "ended_use"),
        ("The university has not said whether it might bring them back.", "might_use"),
    ]),
    ("Ravenna State responds to the campus scorecard", [
        ("Ravenna State University does not use facial recognition on its campus cameras at this time, a spokesperson wrote.", "not_using"),
        ("\"As with any technology, we would evaluate it if a need arose,\" she added.", "might_use"),
        ("The statement did not address whether university police use outside face search tools.", "no_response"),
        ("Advocates marked the school as \"might use\" on their scorecard.", "might_use"),
    ]),
    ("Eastlake Tech pledges not to adopt face recognition", [
        ("Eastlake Technical College has no plans to use facial recognition technology and will not adopt it, President Monica Hale said in a campus message.", "wont_use"),
        ("The pledge covers the college's security office, the library and its online testing center.", "wont_use"),
        ("Eastlake's online exams are proctored by faculty over video, without automated identity checks.", "not_using"),
        ("Hale said the decision followed a semester of listening sessions.", U),
    ]),
    ("Lindell State to test face recognition at residence hall desks", [
        ("Lindell State University will begin a trial of face recognition at the front desks of two residence halls next month.", "planning"),
        ("During the trial, a camera at each desk will flag anyone who is not a resident or a registered guest.", "planning"),
        ("Desk staff, not the software, will decide whether to let a person in.", "planning"),
        ("The trial is scheduled to last eight weeks.", "planning"),
        ("Residence Life said it will survey students before deciding whether to keep the system.", "planning"),
    ]),
    ("Pay-by-face startup signs up cafes, including one on campus", [
        ("A face payment startup says diners can now pay with a glance at cafes in 40 locations, from airports to office parks.", U),
        ("The company's founder said colleges are its next market.", U),
        ("One cafe, at Brookhaven Community College's Ridgeline campus, began accepting face payments in October, the company said.", "using"),
        ("Brookhaven did not respond to questions about the cafe.", "no_response"),
    ]),
    ("Kinsey union cafe quietly drops pay-by-face kiosks", [
        ("A cafe in Kinsey University's student union no longer lets customers pay by face, a manager said.", "ended_use"),
        ("The kiosks, installed by a vendor in 2018, were taken out over the summer.", "ended_use"),
        ("Kinsey had been listed on the vendor's website as a customer.", "ended_use"),
        ("A university spokesperson said the cafe is run by an outside contractor and the university never endorsed the system.", "not_using"),
    ]),
    ("Which campus police departments tried a face search app", [
        ("An agency appears in the database if anyone working there searched the app even once before February 2020.", U),
        ("Among them are the police departments of at least a dozen public universities.", "using"),
        ("The Grantham College Police Department ran between 11 and 50 searches, according to the data.", "using"),
        ("A Grantham spokesperson said two officers had tried the app and the college never paid for it.", "using"),
        ("The Orchard Lake University Police Department denied ever using it.", "not_using"),
    ]),
    ("Medical center adds face readers at staff doors", [
        ("Fenwick University Medical Center has installed face readers at staff-only entrances to its emergency department.", "using"),
        ("Nurses and doctors look into the reader instead of tapping a badge.", "using"),
        ("The medical center said the readers are not connected to any camera outside the building.", "using"),
        ("Patients and visitors are not scanned.", "using"),
    ]),
    ("Campus police chief's resume touts face recognition", [
        ("Marrow Hill College's police chief lists \"facial recognition and license plate reading\" among the features of the camera system he built at the college, according to his online resume.", "using"),
        ("The college said the resume describes features the vendor offers, not ones it has turned on.", "not_using"),
        ("Asked whether any officer had ever run a face search, the college declined to comment.", "no_response"),
    ]),
    ("Snack machine error reveals face analysis at Ontario university", [
        ("Students in Ontario learned their campus snack machines were analyzing faces when one of them crashed and showed an error message.", U),
        ("The school said the machines only detect whether someone is standing in front of them and do not identify anyone.", U),
        ("The vending company is removing the software from machines on campus.", U),
    ]),
    ("Online testing at Shoreline College", [
        ("Shoreline College's online exams use Proctorio, which watches for a face on camera but does not identify who it is.", "not_using"),
        ("Students show their ID to the webcam at the start, and an instructor looks at it only if a session is flagged.", "not_using"),
        ("The college does not use any software that matches faces to ID photos.", "not_using"),
    ]),
    ("Pell Valley police gain access to state face search", [
        ("The Pell Valley University Police Department signed an agreement last year giving its investigators access to the state's mugshot face search.", "using"),
        ("PVUPD Lt. Sarah Kim said the tool has been used three times, each in a felony case.", "using"),
        ("The university's camera policy, still interim, says nothing about outside databases.", U),
        ("Kim said the department would follow whatever limits the final policy sets.", "using"),
    ]),
    ("Iris cameras speed up the dining line at Grantham", [
        ("Grantham College replaced ID swipes at its main dining hall with iris cameras this fall.", U),
        ("What the reader keeps is a code derived from the eye, the dining office said.", U),
        ("A single lane still takes cards.", U),
    ]),
    ("Melbourne university sticks with remote invigilation software", [
        ("End-of-semester exams at Kingsway University in Melbourne will again be invigilated online through Proctorio.", U),
        ("Students have started a petition asking for alternatives.", U),
        ("Kingsway pointed out that the software is common at universities elsewhere.", U),
    ]),
    ("Pro stadium opens face entry gates", [
        ("The professional team's stadium now lets season ticket holders enter by face at four gates.", U),
        ("Harrow State's athletic director said the university is watching the rollout closely.", "might_use"),
        ("The team says the images are deleted after each game.", U),
    ]),
    ("Campus day of action against face recognition", [
        ("Students at more than 20 campuses held events on Monday calling for bans on facial recognition.", U),
        ("At Kinsey University, organizers delivered a petition with 1,400 signatures to the president's office.", U),
        ("Kinsey has not said whether it uses the technology.", "no_response"),
        ("At Lindell State, students wore paper masks to a trustees' meeting.", U),
    ]),
    ("Trustees approve face entry contract for Harrow State arena", [
        ("Harrow State University's Board of Trustees approved a $600,000 contract on Thursday for face-based entry at its basketball arena.", "planning"),
        ("Installation is expected before the spring season.", "planning"),
        ("One trustee voted against the deal, citing privacy concerns.", U),
    ]),
    ("A residence hall 'pilot' has run for three years at Tallis", [
        ("Since the fall of 2021, cameras at the front door of Ames Hall have checked each person entering against photos of its residents.", "using"),
        ("Tallis College calls the system a pilot, though it has never been switched off.", "using"),
        ("The housing office said it has not decided whether to extend the system to other halls.", "using"),
    ]),
    ("Charter network checks visitors' faces at school doors", [
        ("A charter school network in Texas uses face recognition to check visitors at its front doors.", U),
        ("Parents register by uploading a photo through the school app.", U),
        ("None of the network's schools are on a college campus.", U),
    ]),
    ("Westfield A&M towers go face-only at the lobby", [
        ("Westfield A&M's newest residence towers will accept only face scans at their lobby readers starting in August.", "using"),
        ("Housing said the fingerprint readers broke down too often.", U),
        ("Students who object can still ask Residential Life for a card exemption.", "using"),
    ]),
    ("Advocates list two colleges as former face payment customers", [
        ("The group's list of campuses that use facial recognition includes Brookhaven Community College and Kinsey University, which a technology news site reported were customers of a face payment vendor.", "using"),
        ("Both schools told the group they no longer use the system.", "ended_use"),
        ("Neither would say when the system was removed.", "no_response"),
    ]),
    ("Ahead of a protest, Marrow Hill shelves face camera proposal", [
        ("Days before a national privacy group's planned day of protest, Marrow Hill College set aside a proposal to add face recognition to its campus cameras.", "wont_use"),
        ("In a letter to the group, the college's vice president for operations said the college \"will not move forward\" with the idea.", "wont_use"),
        ("The proposal had been part of a security upgrade approved last spring.", "planning"),
        ("The group called the decision a victory and urged other colleges to follow.", U),
    ]),
    ("Group's test falsely matches athletes to mugshots", [
        ("The advocacy group fed public portraits of Ravenna State coaches, players and faculty into Amazon's Rekognition and asked it for matches among arrest photos.", U),
        ("Dozens of innocent people came back as \"matches,\" the group said.", U),
        ("Ravenna State was not involved in the test.", U),
    ]),
    ("Professor's app would take attendance by face", [
        ("A computer science professor at Lindell State has received a federal grant to build a phone app that takes attendance by recognizing students' faces.", U),
        ("Its first tests were in his own lectures.", U),
        ("The app is not used anywhere else at the university, a spokesperson said.", "not_using"),
    ]),
    ("Records show Kinsey pays for face comparison in online exams", [
        ("Records obtained through a public records request show Kinsey University paid $312,000 over three years for a proctoring service whose contract includes \"facial comparison to government ID.\"", "using"),
        ("The contract runs through 2026.", "using"),
        ("A Kinsey spokesperson said the face comparison is optional for instructors.", "using"),
    ]),
    ("Nursing students must pass a face check for practice exams", [
        ("GCN students taking licensing practice exams must now pass a face check through the testing vendor.", "using"),
        ("The Grantham College of Nursing said the requirement comes from the vendor, not the college.", "using"),
        ("Students who fail the check three times are sent to an in-person testing room.", "using"),
    ]),
    ("Snack machines with face cameras pulled from Fenwick dorms", [
        ("Fenwick University removed eight snack machines from its residence halls after students found they carried cameras that analyzed faces.", "ended_use"),
        ("The vendor said the cameras only estimated age and gender for marketing and did not identify anyone.", U),
        ("Fenwick said it will require vendors to disclose any camera in future contracts.", U),
    ]),
    ("Draft policy would let Saint Aldric police use face recognition", [
        ("Campus police at Saint Aldric University could search recorded footage with face recognition when investigating crimes, under a draft video policy.", "planning"),
        ("The draft gives the idea one line and names no product.", "planning"),
        ("Before anything is final, the community will get a month to comment, the university said.", "planning"),
        ("Whether officers already have such a tool, Saint Aldric would not say.", "no_response"),
    ]),
    ("Saint Aldric withdraws its draft camera policy", [
        ("Saint Aldric University has withdrawn the draft after a round of criticism from students and faculty.", "wont_use"),
        ("The university's statement added that its officers have never had face recognition and are not going to get it.", "wont_use"),
        ("Withdrawing drafts is a normal part of writing policy, a spokesperson said.", U),
    ]),
    ("Northmoor police chief: \"We don't use it, and we won't\"", [
        ("Chief Laura Benton said the Northmoor University Police Department (NUPD) has never run a face search.", "not_using"),
        ("\"We don't use it, and under our policy we can't,\" she said.", "wont_use"),
        ("The ban has not slowed a single investigation, she added.", "wont_use"),
    ]),
    ("More than two dozen colleges ignored our survey on face recognition", [
        ("Of the 60 colleges the newspaper surveyed about facial recognition, 26 did not reply by the deadline.", "no_response"),
        ("Those that did not respond include Corliss University, Pell Valley University and the University of Ashford.", "no_response"),
        ("Eleven said they do not use the technology but gave no commitment about the future.", "not_using"),
        ("Four, among them Eastlake Technical College and Calder College, said they had ruled it out entirely.", "wont_use"),
        ("Only one, Westfield A&M, described using it, for residence hall entry.", "using"),
    ]),
    ("Law school adds photo match to exam check-in", [
        ("Beginning with fall finals, students at the Prescott University College of Law will confirm their identity with a photo that the exam software compares with their stored ID picture.", "planning"),
        ("The dean's office said the step replaces a proctor checking IDs at the door.", "planning"),
        ("Students with concerns can ask the registrar for an in-person exam.", "planning"),
        ("Several other law schools adopted the same feature last year.", U),
    ]),
    ("Remote bar exam takers must submit a face scan", [
        ("Applicants sitting the state bar exam remotely next month must first submit a face scan to the testing company.", U),
        ("The state bar said the scan confirms that the right person is taking the test.", U),
        ("Law school deans wrote to the court asking for an in-person option.", U),
    ]),
    ("Corliss: \"We evaluate all technologies\"", [
        ("Corliss University would not say whether it has considered facial recognition for campus security.", "no_response"),
        ("\"The university regularly evaluates technologies that could enhance the safety of our community,\" a spokesperson said in a statement.", "might_use"),
        ("The statement did not rule the technology out.", "might_use"),
        ("Corliss's camera policy, last updated in 2017, does not mention it.", "might_use"),
    ]),
    ("Governor signs pause on face recognition in schools", [
        ("The governor signed a bill pausing the use of facial recognition in the state's elementary and secondary schools for two years.", U),
        ("The law does not apply to colleges and universities.", U),
        ("Brennan State University said the law would change nothing on its campus because it does not use the technology.", "not_using"),
    ]),
    ("Faces of Whitcombe students ended up in labs abroad", [
        ("A dataset built from video of students crossing the Whitcombe University quad in 2014 was downloaded by research groups around the world, including military-linked labs.", U),
        ("The researcher who recorded the footage apologized and took the dataset offline.", U),
        ("Whitcombe said the project broke its rules, because the approved protocol required the images to stay on campus servers.", U),
        ("The university does not use face recognition for security.", "not_using"),
    ]),
    ("Dining Services looks at biometric entry for Carlisle Commons", [
        ("Biometric entry could come to Carlisle Commons, Whitcombe University's largest dining hall, as Dining Services studies its options.", "planning"),
        ("Face, fingerprint and palm readers are all still in the running, the director said.", "planning"),
        ("Any system would be optional for students.", "planning"),
        ("The card office has asked three vendors for demonstrations.", "planning"),
    ]),
    ("Whitcombe picks palm readers for Carlisle Commons", [
        ("Whitcombe University has chosen palm readers, not face scanners, for entry to Carlisle Commons.", "not_using"),
        ("Students enroll by holding a hand over a reader at the card office.", U),
        ("The dining director said face scanning was ruled out after student feedback.", "wont_use"),
    ]),
    ("Granite State to try face ticketing for students", [
        ("Granite State University will try facial ticketing for students at its Oct. 18 football game, the athletics department said.", "planning"),
        ("Opted-in students get a green light at the gate without taking out a phone.", "planning"),
        ("If the trial goes well, the lanes will open to all fans next season.", "planning"),
        ("Athletics officials expect the lanes to cut the wait at the student gate by half.", "planning"),
    ]),
    ("Face lanes move students in fast at first Granite State game", [
        ("About 2,300 students entered Saturday's game at Granite State University through the new face lanes.", "using"),
        ("Lines at the student gate moved twice as fast as the week before, the ticket office said.", "using"),
        ("Some students said they had not known the lanes used facial recognition.", "using"),
        ("GSU plans to add the lanes at the basketball arena in January.", "planning"),
    ]),
    ("Vendor says face authentication is not face recognition", [
        ("The company says its system only confirms that a face matches the one a fan enrolled, and never searches a crowd.", U),
        ("Its customers include pro teams, concert halls and, since last year, a college football stadium in the Southeast.", U),
        ("Images are turned into a numeric template and the photo is thrown away.", U),
    ]),
    ("Fairmount drops plan to scan guests' faces at commencement", [
        ("Fairmount University has dropped a plan to check guests' faces at its commencement ceremony.", "wont_use"),
        ("Under the plan, guests would have uploaded a selfie with their ticket and walked through camera lanes at the arena.", "wont_use"),
        ("Had the plan gone ahead, Fairmount would have been the region's first university to scan faces at graduation.", "wont_use"),
        ("Guests will show printed tickets, as in past years.", "wont_use"),
    ]),
    ("Hilltop College gym has piloted face check-in since 2019", [
        ("The recreation center at Hilltop College has been piloting face check-in since 2019.", "using"),
        ("Members stand in front of a tablet at the turnstile, which compares them with their ID photo.", "using"),
        ("The pilot was meant to last a year.", "using"),
        ("Hilltop's athletics director said it has never been formally reviewed.", "using"),
    ]),
    ("Brennan State pulls face cameras from computer labs", [
        ("Brennan State removed face recognition cameras from its computer labs two weeks after students noticed them.", "ended_use"),
        ("The cameras had been added by the IT department to cut down on printing abuse.", "ended_use"),
        ("IT staff said the recognition feature was never used to discipline anyone.", "ended_use"),
        ("The university said it has no plans to reinstall them.", "wont_use"),
    ]),
    ("Halvorsen University partners with vendor for touchless campus card", [
        ("Halvorsen University today announced a partnership with a campus card provider to offer touchless entry to residence halls and the recreation center.", "planning"),
        ("Starting in January, students may choose to unlock doors with their face or with a phone.", "planning"),
        ("\"This gives students one less thing to carry,\" said the vice president for student affairs.", "planning"),
        ("Card swipes will remain available at every door.", "planning"),
    ]),
    ("Dutch universities say exam software does not identify faces", [
        ("Online exams at two Dutch universities are checked by people, not by face-matching software, the universities said.", U),
        ("A reviewer looks at each student's ID card on camera before the test begins.", U),
        ("Recordings are erased after grading and any appeals are done.", U),
    ]),
    ("Media lab demo that tracked faces draws complaints", [
        ("A demonstration at the Kinsey University Media Lab that tracked visitors' faces on a screen drew complaints from students this week.", U),
        ("The lab said the demo was part of a course on computer vision and stored no images.", U),
        ("It is not connected to any campus security system, the lab director said.", U),
    ]),
    ("Budget request includes face identification for Corliss police", [
        ("Corliss University's proposed budget for next year includes $180,000 for \"video analytics with facial identification\" for its police department.", "planning"),
        ("The request came from the police chief and has not yet been approved.", "planning"),
        ("A budget committee hearing is set for April 2.", "planning"),
        ("The university told the student paper that the line item \"does not reflect a decision.\"", "might_use"),
    ]),
    ("Dunmore won't answer questions about its camera upgrade", [
        ("Dunmore University has not responded to three requests from the Dunmore Ledger asking whether its new cameras can recognize faces.", "no_response"),
        ("The university also declined to release the contract, citing security.", "no_response"),
        ("Its spokesperson said only that the upgrade \"meets all applicable laws.\"", "no_response"),
    ]),
    ("City detectives ran campus camera stills through face search", [
        ("Detectives with the Alder City Police Department ran stills from Whitcombe University's cameras through a face search tool while investigating a robbery near campus.", U),
        ("The university handed over the footage under a records agreement with the city.", U),
        ("Whitcombe's own police do not have access to the tool, a spokesperson said.", "not_using"),
    ]),
    ("Face recognition firm says colleges are not worth the trouble", [
        ("Selling to universities is more fuss than it is worth for now, the chief executive of a face recognition company told a trade magazine.", U),
        ("Until last year, a page on the firm's site pitched its cameras to deans worried about banned former students.", U),
        ("In his view, campuses will buy once the public mood shifts.", U),
    ]),
    ("Brookhaven ends its remote proctoring contract", [
        ("After the summer term, Brookhaven Community College's remote proctoring service goes away.", "ended_use"),
        ("The service's webcam identity check had drawn complaints from students with darker skin.", "ended_use"),
        ("The college is looking for other ways to secure online exams.", "planning"),
        ("Brookhaven's testing centers on both campuses will add evening hours.", U),
    ]),
    ("Harrow State tells campaign where it uses face matching", [
        ("In a letter to the campaign, Harrow State University said it uses face matching in exactly one place: the express lanes at Dunbar Stadium.", "using"),
        ("Fans must opt in, the letter says.", "using"),
        ("The campaign still lists Harrow State as using the technology.", "using"),
    ]),
    ("Beijing university adds face gates to a dormitory", [
        ("Residents of a women's dormitory at a Beijing university now walk in through face-scanning gates.", U),
        ("A card still works for anyone who prefers it.", U),
        ("Nine other dorms may get the gates later.", U),
    ]),
    ("Emails show Ravenna State weighed face analytics", [
        ("Emails released under the state's open records law show Ravenna State officials discussed adding face analytics to the campus camera network in 2022.", "planning"),
        ("A vendor demonstrated the feature to the police chief and the chief information officer.", "planning"),
        ("The emails end without a decision.", "might_use"),
        ("The university told the newspaper the idea \"was never pursued.\"", "not_using"),
    ]),
    ("Statement on facial recognition technology", [
        ("Ostrander University does not use facial recognition and will not adopt it.", "wont_use"),
        ("This applies to every campus, including the medical school in Fairview.", "wont_use"),
        ("The Faculty Senate will review the commitment every three years.", "wont_use"),
        ("Questions about this statement can be sent to the Office of the General Counsel.", U),
    ]),
    ("Lowell Bay State official says face kiosks could return", [
        ("A Lowell Bay State administrator told the Faculty Senate that the face kiosks could return if another public health emergency arises.", "might_use"),
        ("He said the university kept the equipment in storage.", "might_use"),
        ("No timeline was given.", "might_use"),
    ]),
    ("Nursing labs at Tri-County take attendance by face", [
        ("Tri-County Community College (TCCC) began using cameras that take attendance by face in its nursing lab classes this term.", "using"),
        ("The college said it adopted the system to meet clinical-hour rules.", "using"),
        ("Students can ask to sign in on paper instead.", "using"),
    ]),
    ("Vendor case study features a community college nursing program", [
        ("A case study on the vendor's website describes TCCC's nursing program as an early customer.", "using"),
        ("The vendor also claims three other community colleges in the state, which it does not name.", U),
        ("TCCC said the case study was published with its permission.", "using"),
    ]),
    ("State license-photo searches include campus police requests", [
        ("The state motor vehicle agency runs face searches on license photos at the request of police, including campus departments.", U),
        ("Records show the agency handled 14 requests from the Brennan State University Police Department last year.", "using"),
        ("Brennan State said the requests were made by detectives working with city police on off-campus cases.", "using"),
    ]),
    ("Editorial: \"No current plans\" is not a promise", [
        ("Fenwick should say plainly that it will never put facial recognition on its cameras.", U),
        ("So far, administrators have said only that there are no current plans.", "not_using"),
        ("That is not a promise.", "not_using"),
        ("We urge the Board of Regents to adopt a written ban this spring.", U),
    ]),
    ("Ames Hall residents petition Tallis to switch off door cameras", [
        ("More than 300 residents of Ames Hall signed a petition asking Tallis College to turn off the cameras at the building's entrance.", "using"),
        ("The system compares each face with a roster of residents.", "using"),
        ("The college said it would meet with the petition's organizers.", "using"),
        ("Residents who would rather not be scanned can use the side door with a card.", "using"),
    ]),
    ("Campus police cancel face search subscription", [
        ("The Lakeshore Metropolitan University Police Department (LMUPD) has canceled its subscription to a face search app, months after the student paper reported on its use.", "ended_use"),
        ("Reports show officers used the app to identify suspects in at least four thefts.", "using"),
        ("The chief said the department will rely on its detectives instead.", "ended_use"),
        ("LMUPD did not say whether it would consider the app again.", "might_use"),
    ]),
    ("Five more colleges join the campaign's \"won't use\" list", [
        ("Five more colleges have told the campaign in writing that they will not use facial recognition.", "wont_use"),
        ("The newest additions are Aldermoor College, Bexley State University, Carrow Institute, Dalton Community College and Easton University.", "wont_use"),
        ("The campaign now counts 63 colleges on that list.", "wont_use"),
        ("It says it will keep pressing schools that have not answered.", U),
    ]),
    ("Camera policy: frequently asked questions", [
        ("Q: Does Bexley State use facial recognition on its cameras?", U),
        ("A: No. University Policy 5.2 prohibits facial recognition on all university cameras.", "wont_use"),
        ("Q: Does that include the police department?", U),
        ("A: Yes. The police department is covered by the same policy.", "wont_use"),
    ]),
    ("Hargrove Institute weighs face readers for chemistry labs", [
        ("Hargrove Institute is weighing whether to add face readers to its high-security chemistry labs.", "planning"),
        ("A committee will report to the provost in the fall.", "planning"),
        ("Hargrove said any system would cover only employees who handle hazardous materials.", "planning"),
    ]),
    ("Quincy State workers now clock in by face", [
        ("Hourly dining and custodial staff at Quincy State University now clock in by looking into a tablet that matches their faces.", "using"),
        ("The union has filed a grievance, saying workers were not asked for consent.", "using"),
        ("Quincy State said the tablets replaced paper timesheets that were often filled in for absent co-workers.", "using"),
        ("Workers in Illinois have sued employers over similar systems under the state's biometric law.", U),
    ]),
    ("System office: no Ridley campus uses face recognition for security", [
        ("None of the Ridley University System's five campuses uses facial recognition for security, the system office said.", "not_using"),
        ("Ridley-Southport, the newest campus, had asked for it during construction but was turned down.", "wont_use"),
        ("The system office has no written policy on the technology.", "might_use"),
    ]),
    ("Dublin university pauses face gates at its library", [
        ("St. Columba's University in Dublin has paused plans for face recognition at its library gates after objections from the students' union.", U),
        ("The university said it would consult the national data protection office first.", U),
        ("A spokesperson stressed that no images have been collected.", U),
    ]),
    ("Border-area colleges decline to discuss face searches", [
        ("Three colleges near the border, Sierra Linda College, Mesa Alta College and Rio Verde State, declined to say whether their police use federal face search tools.", "no_response"),
        ("Rio Verde State referred questions to the county sheriff's office.", "no_response"),
        ("The sheriff's office said it does run searches for campus officers on request.", U),
    ]),
    ("Graduate union says proctoring vendor keeps face images for a year", [
        ("The graduate workers' union at Quincy State says the university's proctoring vendor keeps students' face images for up to a year.", "using"),
        ("The union wants the contract changed before the next exam period.", "using"),
        ("Quincy State said it is reviewing the retention terms.", "might_use"),
    ]),
    ("Aldermoor trustees reject face recognition for campus police", [
        ("Aldermoor College's Board of Trustees voted 9-2 on Tuesday against letting campus police use facial recognition.", "wont_use"),
        ("The proposal would have allowed officers to compare images from the camera network with a regional mugshot database.", "wont_use"),
        ("Board chair Lydia Grant said the college would revisit the question only if state law changed.", "might_use"),
    ]),
    ("Student-built app finds classmates by face", [
        ("Two Quincy State sophomores built an app that identifies classmates from a photo by matching it with public social media pictures.", U),
        ("The university asked them to take it down, citing its acceptable use policy.", U),
        ("Quincy State said it has no connection to the app.", U),
    ]),
    ("Mesa Alta's campus card goes biometric", [
        ("Mesa Alta College students can now use their face instead of a card at the bookstore, the library and the fitness center.", "using"),
        ("The system, supplied by the college's card vendor, was switched on during the first week of classes.", "using"),
        ("It keeps a mathematical template of each enrolled face, not a photo.", "using"),
        ("Nearly 40 percent of students enrolled during orientation.", "using"),
    ]),
    ("Mesa Alta halts face payments after a vendor data scare", [
        ("Mesa Alta College has suspended face payments at its bookstore while it investigates a data exposure at its card vendor.", "ended_use"),
        ("Face entry at the library and fitness center is unaffected.", "using"),
        ("The college said it will decide next month whether to restart payments.", "might_use"),
    ]),
    ("Stadium vendor's partner list includes two universities", [
        ("A stadium technology vendor's latest investor presentation lists Harrow State University and Granite State University among its partners.", "using"),
        ("It also shows a logo for Bexley State, which said it has no agreement with the company.", "not_using"),
        ("The vendor removed the Bexley State logo after questions from reporters.", U),
    ]),
    ("Security directors debate face recognition at conference", [
        ("At a campus safety conference in Orlando, a panel of security directors debated whether face recognition belongs on college campuses.", U),
        ("One director said his campus uses it only at a pharmacy storeroom.", U),
        ("Another said her university's lawyers had advised against it.", U),
    ]),
    ("Judge dismisses biometric suit against Lakeshore Metropolitan", [
        ("A judge has dismissed a biometric privacy lawsuit against Lakeshore Metropolitan University over its online proctoring tool.", "using"),
        ("The court found that the university, as a financial institution under federal law, is exempt from the state statute.", U),
        ("Claims against the software company continue.", U),
        ("LMU still requires the tool for some online exams, a spokesperson said.", "using"),
    ]),
    ("Hargrove president: \"Nothing is off the table\"", [
        ("Asked at a town hall whether Hargrove Institute would ever use facial recognition, President Ellen Marsh said nothing is off the table.", "might_use"),
        ("\"We will look at every tool that keeps people safe,\" she said.", "might_use"),
        ("Students in the audience booed.", U),
    ]),
    ("Online students must match a selfie to their ID before registering", [
        ("New students in Ridley University's online degree programs must upload a selfie that is matched against a government ID before they can register.", "using"),
        ("The check is run by an identity verification company on the university's behalf.", "using"),
        ("Ridley said federal rules require online programs to confirm that enrolled students are real people.", "using"),
    ]),
    ("Sorority house installs face-recognizing doorbell", [
        ("A sorority house near the Quincy State campus installed a doorbell camera that recognizes members' faces.", U),
        ("The house is privately owned and not managed by the university.", U),
        ("Quincy State's housing office said it had no role in the decision.", U),
    ]),
    ("City of University Park adds face search for its police", [
        ("The University Park Police Department, which patrols the small city north of downtown, has signed up for a face search service.", U),
        ("The city council approved the $12,000 contract without debate.", U),
        ("The department is not affiliated with any university.", U),
    ]),
    ("Face gates open at the stadium once named for an online university", [
        ("Fans at the stadium once known as University of Phoenix Stadium can now enter some gates by face.", U),
        ("The professional team that plays there runs the program with its ticketing partner.", U),
        ("No college games use the face gates.", U),
    ]),
    ("Colfax quietly ends face analytics trial in parking garage", [
        ("Colfax University ended a months-long trial of face analytics on cameras in its main parking garage, according to a memo obtained by the student paper.", "ended_use"),
        ("The trial began in January and was not announced to students.", "ended_use"),
        ("The memo says the system produced too many false alerts to be useful.", "ended_use"),
        ("A spokesperson confirmed the trial had ended but would not say why it began.", "ended_use"),
    ]),
    ("Faculty ask Colfax trustees for a written ban", [
        ("A faculty group has asked Colfax University's trustees to make the end of the parking garage trial permanent with a written ban.", "ended_use"),
        ("The trustees will take up the request at their May meeting.", "might_use"),
        ("Until then, nothing stops the university from restarting the system.", "might_use"),
    ]),
    ("Pell Valley's final camera policy bans face recognition, with one gap", [
        ("Pell Valley University's final security camera policy, adopted Friday, prohibits facial recognition on university cameras.", "wont_use"),
        ("The ban does not reach the police department's access to the state mugshot search, which falls under a separate agreement.", "using"),
        ("Critics called that a loophole.", U),
    ]),
    ("New Sierra Linda police chief open to face recognition", [
        ("Sierra Linda College's new police chief said he would consider facial recognition if the college's lawyers sign off.", "might_use"),
        ("\"I'm not against any tool that works,\" he told the student paper.", "might_use"),
        ("The college has no plans to buy such a system this year, a spokesperson said.", "not_using"),
    ]),
    ("College withholds campus card contract from records request", [
        ("Mesa Alta College denied a public records request for its contracts with its campus card vendor, saying the documents contain trade secrets.", "no_response"),
        ("The request sought any terms covering face templates.", "no_response"),
        ("The college did not answer follow-up questions.", "no_response"),
    ]),
    ("Bexley State reaffirms its ban as cameras are upgraded", [
        ("Bexley State University will not use facial recognition, President Karen Obi said Tuesday, reaffirming a ban first adopted in 2021.", "wont_use"),
        ("It will stay in place as the university upgrades its cameras this summer, she said.", "wont_use"),
        ("The new cameras have a face-matching feature that will be disabled at installation.", "wont_use"),
    ]),
    ("Face payment firm lists Easton as a past client", [
        ("A face payment company's website lists Easton University among its past clients.", "ended_use"),
        ("Easton said a campus cafe tested the kiosks for one semester in 2019.", "ended_use"),
        ("The university has since committed not to use the technology.", "wont_use"),
    ]),
    ("Vendor pitches face search to campus police chiefs", [
        ("In a webinar for campus police chiefs, a vendor said its face search tool is used by \"dozens of university departments.\"", U),
        ("It named only one, the Lakeshore Metropolitan University Police Department.", "using"),
        ("LMUPD said it canceled its subscription last year.", "ended_use"),
    ]),
    ("Cedar Valley colleges to require webcam identity checks", [
        ("All 12 campuses of the Cedar Valley Community College District will require webcam identity checks for online exams starting this fall.", "planning"),
        ("The district chose a vendor that compares each student's face with the photo on file.", "planning"),
        ("Students at the Riverside and Maple Grove campuses can take exams in person instead.", "planning"),
        ("The district said the requirement comes from its accreditor.", "planning"),
    ]),
    ("Cedar Valley delays webcam checks after faculty push back", [
        ("Cedar Valley Community College District has postponed its webcam identity checks until spring.", "might_use"),
        ("The faculty union said instructors were never consulted.", U),
        ("The district has not said whether it will go ahead in the spring.", "might_use"),
    ]),
    ("Medical school study uses face analysis to spot rare syndromes", [
        ("Researchers at the Ostrander University School of Medicine are using face analysis to screen children for rare genetic conditions.", U),
        ("The software compares facial features with patterns linked to known syndromes.", U),
        ("The study has nothing to do with campus security, the lead researcher said.", U),
    ]),
    ("Campus card app adds phone face unlock", [
        ("Halvorsen University's campus card app now lets students open their mobile ID with their phone's face unlock.", U),
        ("The university never sees the face data, which stays on the phone.", U),
        ("Students without a newer phone can use a PIN.", U),
    ]),
    ("How the Dalton testing center checks IDs", [
        ("At Dalton Community College's testing center, a staff member checks each student's face against a photo ID before an exam.", U),
        ("No software is involved.", U),
        ("Cameras in the room record the session.", U),
    ]),
    ("Sierra Linda asks for bids on \"AI-enabled\" cameras", [
        ("Sierra Linda College has asked vendors to bid on a camera upgrade that includes \"AI-enabled person identification.\"", "planning"),
        ("A college spokesperson said the feature is listed as optional.", "planning"),
        ("Bids close in six weeks.", "planning"),
    ]),
    ("Hilltop switches off gym face check-in after five years", [
        ("Hilltop College has switched off the face check-in tablets at its recreation center, five years into what began as a one-year pilot.", "ended_use"),
        ("Members will tap their ID cards instead.", "ended_use"),
        ("The athletics director said the tablets had become unreliable.", "ended_use"),
        ("Hilltop has not said whether it will replace them.", "might_use"),
    ]),
    ("Shoreline rules out face matching for exams", [
        ("Shoreline College will not use software that matches students' faces to ID photos, the provost wrote in a memo to faculty.", "wont_use"),
        ("Instructors who want stronger identity checks must send students to the testing center.", "wont_use"),
        ("The memo follows complaints from students at other colleges about face-matching tools.", U),
    ]),
    ("Courier: Corliss police asked state for a face search", [
        ("According to the Corliss Courier, the Corliss University Police Department asked the state police to run a face search on a theft suspect last spring.", "using"),
        ("The department confirmed the request in a statement but said it has made only one.", "using"),
        ("Corliss's police chief said he would do it again if needed.", "using"),
    ]),
    ("Chilean university installs face turnstiles", [
        ("A university in Chile has added face recognition turnstiles at its main gate.", U),
        ("Students register their faces during enrollment week.", U),
        ("The rector said the gates replaced guards who checked IDs.", U),
    ]),
    ("Saskatchewan students petition against face-scanning exam tool", [
        ("Prairie Hills University in Saskatchewan is requiring a proctoring tool that scans students' faces and knuckles for its online finals.", U),
        ("A petition asking the university to drop it has 3,000 signatures.", U),
    ]),
    ("Face payment company sets its sights on dining halls", [
        ("A face payment company says it expects to be in 50 college dining halls within three years.", U),
        ("It has not announced any college customers.", U),
        ("The company already runs kiosks at two hospital cafeterias.", U),
    ]),
    ("Maple State regents bar face recognition on every campus", [
        ("The Board of Regents of the Maple State University System voted Thursday to bar facial recognition at all eight of its campuses.", "wont_use"),
        ("The rule covers Maple State's flagship in Carver City as well as the regional campuses in Elmhurst and Dover Falls.", "wont_use"),
        ("Maple State-Elmhurst had tested face entry at a residence hall last year; the test will not resume.", "wont_use"),
        ("Regents said only another vote of the board can lift the ban.", "wont_use"),
    ]),
    ("Tri-Valley colleges split on answering face recognition questions", [
        ("Of the eight private colleges in the Tri-Valley consortium, five told the newspaper they do not use facial recognition.", "not_using"),
        ("Two, Wexford College and St. Brendan's College, did not respond.", "no_response"),
        ("The eighth, Ardmore College, said it \"does not comment on security measures.\"", "no_response"),
    ]),
    ("Wexford weighs face cameras for its new science center", [
        ("Wexford College is considering cameras that would recognize faces at the entrances to its new science center.", "planning"),
        ("If approved, the system would be the first of its kind at a college in the state.", "planning"),
        ("A decision is expected after a campus forum next month.", "planning"),
    ]),
    ("Wexford drops face cameras from science center plans", [
        ("Wexford College will not put face recognition cameras in its new science center after all.", "wont_use"),
        ("The forum drew more than 200 students, nearly all of them opposed.", U),
        ("The building will open in the fall with card readers.", "wont_use"),
    ]),
    ("Quincy State police chief defends a face search", [
        ("Quincy State University Police Chief Dan Mercer defended his department's use of a state face search in a theft case.", "using"),
        ("\"It gave us a lead, and a detective confirmed it,\" Mercer said.", "using"),
        ("Student senators have asked him to stop.", U),
    ]),
    ("Ardmore says it reviews security tools every year", [
        ("Ardmore College's security director said the college reviews new tools every year.", "might_use"),
        ("He would not say which tools were reviewed last year.", "no_response"),
        ("Ardmore has no published camera policy.", "might_use"),
    ]),
    ("Federal study finds error gaps in face recognition", [
        ("A federal study found that many face recognition algorithms misidentify Black and Asian faces far more often than white faces.", U),
        ("The study tested nearly 200 algorithms from about 100 developers.", U),
        ("Campus activists cited the findings in letters to administrators.", U),
    ]),
    ("Ridley drops selfie matching for online applicants", [
        ("Ridley University has stopped requiring selfie-to-ID matches for new online students.", "ended_use"),
        ("Applicants now confirm their identity on a video call with an admissions counselor.", "ended_use"),
        ("The university said the automated check rejected too many valid applicants.", "ended_use"),
    ]),
    ("Law school center reports on police face searches", [
        ("The Ostrander Law Center on Privacy and Technology released a report on police face searches in the state.", U),
        ("The report found that local departments ran thousands of searches a year with little oversight.", U),
        ("The center is part of Ostrander's law school and studies the technology without using it.", U),
    ]),
    ("Apartment complex near Mesa Alta uses face readers", [
        ("A private apartment complex marketed to Mesa Alta College students uses face readers at its gym and lobby.", U),
        ("The complex is not owned by the college.", U),
        ("Mesa Alta lists it among off-campus housing options on its website.", U),
    ]),
    ("Saint Aldric arena checks staff credentials by face", [
        ("The Saint Aldric athletics department checks staff credentials at the arena's back entrance with face matching.", "using"),
        ("The system was set up for a conference tournament two years ago and kept.", "using"),
        ("Fans are not scanned.", "using"),
    ]),
    ("Keane School ends its Honorlock pilot", [
        ("The Keane School of Business has ended its Honorlock pilot, Corliss University's only use of commercial proctoring.", "ended_use"),
        ("Business faculty will proctor over video like everyone else.", "ended_use"),
        ("Students said the webcam ID check often failed in dim rooms.", "ended_use"),
    ]),
    ("Corliss bars biometric proctoring services", [
        ("Corliss University's Faculty Senate voted to bar commercial proctoring services that record biometric data.", "wont_use"),
        ("The provost signed the rule the same day.", "wont_use"),
        ("Corliss will revisit the rule in three years.", "wont_use"),
    ]),
    ("Brennan State says no face search records exist", [
        ("Brennan State told the newspaper that it has no records of its police using face search, though state records show 14 requests.", "using"),
        ("The university has not explained the gap.", "no_response"),
        ("Its police chief did not return calls.", "no_response"),
    ]),
    ("Express Entry: frequently asked questions", [
        ("With Express Entry, your ticket is matched to your face when you walk through a designated lane.", "using"),
        ("Granite State Athletics does not keep your photo; the ticketing partner stores a template, not the image.", "using"),
        ("Every gate still accepts mobile tickets.", "using"),
    ]),
    ("Vendor says its face gates guard campuses in Asia and the US", [
        ("The vendor says its face gates secure more than 200 campuses in Asia.", U),
        ("In the United States, its only campus customer is Tri-County Community College, according to the company.", "using"),
        ("Tri-County said it uses the company's cameras only for attendance in nursing labs.", "using"),
    ]),
    ("Crime alert: county face search identifies dorm theft suspect", [
        ("A campus crime alert from Whitcombe University says county investigators identified a suspect in a dorm theft with a face search.", U),
        ("Whitcombe police had shared a photo of the suspect with the county.", U),
        ("The alert asks anyone with information to call campus police.", U),
    ]),
    ("Tri-County weighs face attendance beyond nursing", [
        ("Tri-County's student government passed a resolution asking the college not to expand face attendance beyond the nursing labs.", U),
        ("The college's president said expansion is being discussed for other clinical programs.", "planning"),
        ("No decision will be made before fall.", "planning"),
    ]),
]


def main() -> None:
    write_by_page(PAGES, "stance_written_e")


if __name__ == "__main__":
    main()
