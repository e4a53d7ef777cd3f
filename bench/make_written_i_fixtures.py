"""Write the written-i stance sets (tests/fixtures/stance_written_i_{train,test}.csv) from the pages below.

Every page was written for this project by its engineer after reading pages that are not news:
university IT, library and testing-center pages about proctoring tools (which often never say
"face"), syllabi that require one, campus card, dining, housing and recreation pages about entry
systems, camera and biometric-data policies and privacy statements, faculty senate and board
minutes, court filings and records stories, vendor case studies and press releases naming a campus,
and their look-alikes (face detection only, palm, iris and fingerprint readers, plate readers, a
person comparing an ID photo by eye, phone face unlock). Structures, tense, framing and name forms
follow what such pages do; no sentence is copied or lightly edited, and the institutions are made
up (real ones only with facts that were read). A page's sentences chain: each row carries the page
title and the sentence before it, as a scraper would pass them; a plain string is context only.
Whole pages are split: every fourth page goes to ``test`` (never tuned on), the rest to ``train``.
Run by hand: ``python bench/make_written_i_fixtures.py``.
"""

from __future__ import annotations

from make_real_style_fixtures import write_by_page

# (title, [(sentence, stance) or a plain context sentence, ...]); a plain string is only context.
PAGES = [
    # --- proctoring: IT, library and testing-center pages, syllabi ---
    ("Online Proctoring | Office of Digital Learning | Tressler College", [
        "Students",
        ("Tressler College licenses Honorlock for online exams in Canvas.", "using"),
        ("Before an exam opens, you will take a photo of yourself and hold your student ID up to the webcam.", "using"),
        ("The software confirms that the person at the keyboard is the student enrolled in the course.", "using"),
        ("Your instructor decides whether a room scan is also required.", "using"),
        ("Honorlock support is open around the clock through the chat window.", "unrelated"),
    ]),
    ("ENGL 1102 Syllabus - Composition II (Online) - Spring", [
        "Exams and proctoring",
        ("The midterm and final in this course are proctored through Examity.", "using"),
        ("When you launch an exam you will verify your identity with a picture and a photo ID before the timer starts.", "using"),
        ("If you cannot meet the webcam requirement, contact me in the first week so we can arrange a seat at the Testing Center.", "using"),
        ("Late work is accepted up to 48 hours after the due date with a 10 percent penalty.", "unrelated"),
    ]),
    ("Respondus Monitor: what students should know - Hallam State Library", [
        ("Some quizzes at Hallam State University require LockDown Browser with Respondus Monitor, which records you through your webcam while you work.", "using"),
        ("The startup steps ask you to take a photo of yourself and a photo of your ID.", "using"),
        ("The library lends webcams for three days to students who do not own one.", "unrelated"),
        ("Laptops in the second-floor study rooms already have the browser installed.", "unrelated"),
        ("Questions about a specific exam should go to your instructor, not to the library.", "unrelated"),
    ]),
    ("FAQ: Identity verification in online courses - Marlin Bay University", [
        "Why do I have to show my face and ID?",
        ("Accreditors require Marlin Bay University to confirm that the student who takes an online exam is the one who registered.", "using"),
        ("For remotely proctored exams, ProctorU checks your face against the photo on your government ID.", "using"),
        ("Your ID image is kept for a short time in case a mismatch has to be reviewed.", "using"),
        ("Does this apply to every course?", "unrelated"),
        ("No; only instructors who choose remote proctoring will ask you to do it.", "using"),
    ]),
    ("Proctoring options for instructors - Center for Teaching, Ovid Lake Community College", [
        ("Ovid Lake Community College no longer holds a license for an automated proctoring service.", "ended_use"),
        ("The contract with the previous vendor ended on June 30 and was not renewed.", "ended_use"),
        ("Instructors who want supervised exams can book seats at the campus testing center, where staff check a photo ID at the desk.", "unrelated"),
        ("Live proctoring over Zoom, with the instructor watching, is also allowed.", "unrelated"),
        ("The center recommends open-book and project-based assessments where possible.", "unrelated"),
    ]),
    ("Testing Center check-in procedures | Brisco University", [
        ("All test takers must present a current photo ID at the front desk before they are seated.", "unrelated"),
        ("A staff member compares the photo with the person standing at the counter.", "unrelated"),
        ("Brisco students may use their BriscoCard in place of a driver's license.", "unrelated"),
        ("Personal items go in the lockers outside the testing room.", "unrelated"),
        ("Test takers who arrive more than 15 minutes late may be asked to reschedule.", "unrelated"),
    ]),
    ("Testing Services adds automated ID check at Kelvin Hall kiosks", [
        ("Starting with the spring term, the Kelvin Hall testing room at Aldous State University will verify test takers at a self-service kiosk.", "planning"),
        ("The kiosk will take a picture and compare it with the student's ID card photo before printing a seat assignment.", "planning"),
        ("Staff will still be on hand for anyone the kiosk cannot match.", "planning"),
        ("Testing Services handles roughly 22,000 exams a year.", "unrelated"),
        ("The office said the change should cut check-in lines during finals week.", "planning"),
    ]),
    ("Why we do not use Proctorio's ID verification | Instructional Technology, Winsome College", [
        ("Winsome College uses Proctorio only to record exam sessions and lock the browser.", "not_using"),
        ("The ID verification step, which compares a student's face with an ID card, is switched off for every course on our campus.", "not_using"),
        ("Instructors who need to confirm identity can ask students to show an ID on camera and check it themselves.", "unrelated"),
        ("This setting is reviewed each year by the academic technology committee.", "not_using"),
        ("Students with questions may write to the help desk.", "unrelated"),
    ]),
    ("Student guide: your webcam during a monitored quiz", [
        ("Before your quiz begins, the software will ask you to look into the camera until your face is detected.", "unrelated"),
        ("If you move out of the frame during the quiz, a warning appears and the moment is marked for your instructor.", "unrelated"),
        ("It does not know who you are; it only notices whether a face is in view.", "unrelated"),
        ("Good lighting in front of you helps the camera see your face.", "unrelated"),
        ("Avoid sitting with a bright window behind you.", "unrelated"),
    ]),
    ("Remote proctoring at Seabright University: frequently asked questions", [
        ("Does the proctoring software identify me with facial recognition?", "unrelated"),
        ("No. The tool Seabright University licenses checks only that one face is visible during the exam; it does not compare your face with any photo.", "not_using"),
        ("Who watches the recordings?", "unrelated"),
        ("Only your instructor and, if a case is opened, the academic integrity office.", "unrelated"),
        ("Recordings are deleted after one year.", "unrelated"),
    ]),
    ("Faculty resource: adding online proctoring to your course shell", [
        ("Here at Pinecrest Technical College, Respondus Monitor is available in every Blackboard course at no cost to students.", "using"),
        ("Turn it on under the quiz settings and choose which startup steps students must complete, such as the student photo and ID check.", "using"),
        ("Tell students in your syllabus that a webcam will be required.", "using"),
        ("Students without a webcam can borrow one from the Learning Commons.", "unrelated"),
    ]),
    ("BIOL 210 - Course policies", [
        "Proctored exams",
        ("All four unit exams are taken in Canvas with Honorlock.", "using"),
        ("You will be asked to show a photo ID and scan your room before each exam starts.", "using"),
        ("Make sure the Honorlock Chrome extension is installed before exam day.", "using"),
        ("The lab practical is taken in person and does not use Honorlock.", "unrelated"),
        ("Office hours are Tuesdays from 2 to 4 p.m. in Science Hall 318.", "unrelated"),
    ]),
    ("Online learning office: proctoring service moving to Honorlock this fall", [
        ("Beginning with the fall semester, Eastmarch Community College will replace its current proctoring tool with Honorlock.", "planning"),
        ("Students in online sections will verify who they are with a webcam photo and an ID before each proctored exam.", "planning"),
        ("Instructor training sessions are scheduled for the last two weeks of July.", "planning"),
        ("The old tool will stay available until the end of the summer session.", "using"),
        ("The college chose the new service after a review by faculty and staff.", "planning"),
    ]),
    ("ProctorU pilot in the School of Nursing - Weyland University", [
        ("The School of Nursing at Weyland University has been piloting ProctorU for its online pharmacology exams since January.", "using"),
        ("Students connect with a live proctor, who watches them show an ID while the service's software matches their face to it.", "using"),
        ("The school will decide in May whether to keep the service for the next academic year.", "using"),
        ("Other schools at Weyland have not adopted ProctorU.", "unrelated"),
    ]),
    ("A note to students from the Provost on remote proctoring", [
        ("After hearing from students and faculty, Carrow University will no longer require remote proctoring software for any course.", "ended_use"),
        ("Instructors may still use the tool if a licensing exam requires it, but they must offer an alternative.", "using"),
        ("The ID-matching step that some of you found stressful has been turned off for all remaining exams.", "ended_use"),
        ("We thank the student senate for raising the issue.", "unrelated"),
        ("More guidance for instructors will follow next week.", "unrelated"),
    ]),
    ("Reader question: can my professor see my face data?", [
        ("A student at Lanford College asked whether the exam tool her class uses stores a scan of her face.", "unrelated"),
        ("According to the college's IT office, the tool keeps the video of the exam and a still of the student's ID for the instructor to review.", "unrelated"),
        ("The office said no face template is created, because the identity step is left to the instructor.", "not_using"),
        ("Students can ask the IT office to delete their recordings once grades are final.", "unrelated"),
    ]),
    ("Remote proctoring services compared (updated)", [
        ("Remote proctoring services differ in how they check identity: some use software to match a face with an ID, others rely on a live person.", "unrelated"),
        ("Many tools also offer a room scan and browser lockdown.", "unrelated"),
        ("Prices range from a flat campus license to a per-exam fee charged to students.", "unrelated"),
        ("Several state systems negotiate contracts on behalf of all their campuses.", "unrelated"),
        ("This guide is maintained by an independent blogger and is not tied to any school.", "unrelated"),
    ]),
    ("Examity account required for MATH 095", [
        ("Students enrolled in MATH 095 at Grafton Hills College must create an Examity account during the first week of class.", "using"),
        ("The account setup includes uploading a photo ID and taking a webcam picture that will be used to recognize you at each exam.", "using"),
        ("Schedule each exam at least 24 hours in advance.", "using"),
        ("There is no charge to students; the math department pays the fee.", "using"),
    ]),
    ("Accessibility and proctoring - Disability Resource Center, Tolland State", [
        ("Students registered with the center can ask for changes to the proctoring settings in their online courses.", "unrelated"),
        ("For example, a student whose condition causes frequent movement can ask that face-tracking flags be ignored.", "unrelated"),
        ("Tolland State's contract with its proctoring vendor allows an instructor to skip the ID photo match for a student with an accommodation.", "using"),
        ("Requests should be made at least a week before the exam.", "unrelated"),
    ]),
    ("Distance Education Committee, minutes of the March meeting", [
        ("Present: the committee chair, six faculty members, two students and the director of online learning.", "unrelated"),
        ("The director reported that the college's Honorlock contract runs through June of next year.", "using"),
        ("Members discussed student complaints about the face and ID check failing in poor lighting.", "using"),
        ("A motion to recommend that the college not renew the contract was tabled until the April meeting.", "using"),
        ("The meeting adjourned at 4:10 p.m.", "unrelated"),
    ]),
    ("Student identity verification policy - Online Programs, Dellmont University", [
        ("Dellmont University verifies the identity of students in online programs at enrollment and at key assessments.", "using"),
        ("New students take a selfie and photograph a government ID, and the verification service confirms that the two match.", "using"),
        ("Students are asked to repeat the check before proctored final exams.", "using"),
        ("The university does not sell or share these images with anyone other than the service provider.", "using"),
        ("See the Privacy Statement for how long the images are kept.", "unrelated"),
    ]),
    ("Application fraud: colleges now ask some applicants to prove who they are", [
        ("A state community college system has started asking some online applicants to verify their identity after thousands of fake applications were used to claim financial aid.", "unrelated"),
        ("In some of the system's colleges, flagged applicants must upload a selfie along with a photo of a driver's license.", "unrelated"),
        ("At Ridgeford Community College, one of the system's members, applicants flagged as suspicious now must complete the selfie match before they can register for classes.", "using"),
        ("Ridgeford officials said the step had already stopped several hundred fake accounts.", "using"),
        ("Advocates worry that legitimate students without a smartphone could be shut out.", "unrelated"),
    ]),
    ("Glossary of testing terms", [
        ("Identity verification: the process of confirming that a test taker is the person registered for the exam.", "unrelated"),
        ("It may be done by a proctor checking an ID by eye or by software comparing a face with an ID photo.", "unrelated"),
        ("Room scan: a webcam sweep of the test taker's surroundings.", "unrelated"),
        ("Flag: a moment in a recording that the software marks for human review.", "unrelated"),
    ]),
    ("Changes to exam proctoring in the College of Business", [
        ("The College of Business at Stanmore University dropped its requirement for automated proctoring after the fall term.", "ended_use"),
        ("Exams in online sections are now open-book or are given on campus.", "ended_use"),
        ("The college had required students to verify their faces through the proctoring service since 2020.", "ended_use"),
        ("Associate Dean Felicia Ortega said the change was about fairness, not cost.", "unrelated"),
        ("Other colleges at Stanmore still use the service in some courses.", "using"),
    ]),
    ("Canvas quiz settings: the camera check, explained", [
        ("The camera check in our Canvas quizzes at Hollins Bend College asks students to turn on their webcam before they start.", "unrelated"),
        ("Nothing is recorded and no photo is compared with anything; the check only confirms the camera works.", "not_using"),
        ("Instructors who want recorded exams must request the separate proctoring add-on.", "unrelated"),
        ("That add-on is not currently licensed by the college.", "not_using"),
    ]),
    ("Teaching Commons: Should you use remote proctoring?", [
        ("Before you turn on remote proctoring, ask whether a different kind of assessment would serve your course better.", "unrelated"),
        ("If you do use it at Varden University, you will find Proctorio in the course tools menu.", "using"),
        ("Its identity step asks students to show an ID card, which is stored with the recording.", "using"),
        ("You can turn off any setting your students find intrusive.", "using"),
        ("The Teaching Commons can help you redesign an exam.", "unrelated"),
    ]),
    ("New in the Learning Management System this term", [
        ("The gradebook now lets instructors drop the lowest quiz score automatically.", "unrelated"),
        ("Announcements can be scheduled up to a month ahead.", "unrelated"),
        ("Cadell College has also turned on the face-matching step in its proctoring tool for high-stakes exams in the nursing and paramedic programs.", "using"),
        ("Students in those programs will be told in their course welcome message.", "using"),
        ("Full release notes are on the IT website.", "unrelated"),
    ]),
    ("Exam proctoring vendor will not be renewed, IT council says", [
        ("The Information Technology Council at Norwell State University voted not to renew the license for its online proctoring service when it expires in August.", "ended_use"),
        ("Council members cited cost and student complaints about the webcam identity check.", "ended_use"),
        ("Instructors who still need proctoring will be referred to the campus testing center.", "unrelated"),
        ("About 300 courses used the service last year, according to the council's notes.", "using"),
        ("The council did not rule out buying a different tool later.", "might_use"),
    ]),

    # --- campus card, dining, housing, recreation ---
    ("Wildcat Card Services - Face entry for residence halls", [
        ("Residents of Tamber Hall and Ives Hall at Dorrington University can now open the front doors with face entry instead of tapping a card.", "using"),
        ("Sign up at the Wildcat Card office, where staff will take an enrollment photo.", "using"),
        ("Your card and mobile ID still work at every door.", "using"),
        ("Guests must still be signed in at the front desk.", "unrelated"),
        ("Face entry will be added to two more halls next year.", "planning"),
    ]),
    ("Dining Services: new Express Lane at North Commons", [
        ("Students on a meal plan can now enter North Commons at Barrow College through the Express Lane by looking at a small screen by the turnstile.", "using"),
        ("The screen matches your face to the photo on file with the OneCard office.", "using"),
        ("Enrollment is optional, and the card readers remain in every lane.", "using"),
        ("North Commons is open from 7 a.m. to 9 p.m. on weekdays.", "unrelated"),
        ("Sunday brunch starts at 10 a.m.", "unrelated"),
    ]),
    ("Campus Recreation: biometric entry at the Fieldhouse", [
        ("The Fieldhouse at Kessling University now offers hand-scan entry at the main turnstiles.", "unrelated"),
        ("Members place a palm over the reader, which checks it against the template they created at enrollment.", "unrelated"),
        ("Campus Recreation said it considered face scanning but chose palm readers.", "not_using"),
        ("Your student ID will still get you in.", "unrelated"),
        ("Lockers are available on a first-come basis.", "unrelated"),
    ]),
    ("Card office FAQ: Is my ID photo used for facial recognition?", [
        ("No. The Cardinal Card office at Merrivale University uses your ID photo only to print your card and to show your picture to staff when you swipe.", "not_using"),
        ("Dining and library staff may look at the photo on their screen to make sure the card is yours.", "unrelated"),
        ("The photo is not sent to any face matching system.", "not_using"),
        ("You can replace your photo once a year at no charge.", "unrelated"),
    ]),
    ("Housing and Residence Life: door access changes for fall", [
        ("All residence halls at Calloway State University will switch to mobile credentials this fall, letting residents tap a phone instead of a card.", "unrelated"),
        ("Phones must be unlocked with a passcode, fingerprint or face before the credential works.", "unrelated"),
        ("The face unlock happens on your phone; Housing never receives the image.", "unrelated"),
        ("Residents who do not own a compatible phone can keep using a plastic card.", "unrelated"),
    ]),
    ("Face pay comes to the Grove Street Market", [
        ("The campus convenience store at Pelham Ridge University has added a checkout that charges a student's dining account after a face scan.", "using"),
        ("Students enroll by taking a selfie in the campus dining app.", "using"),
        ("Dining officials said about 600 students signed up in the first month.", "using"),
        ("The store also accepts cash, cards and mobile wallets.", "unrelated"),
        ("The dining contractor runs similar checkouts at airports.", "unrelated"),
    ]),
    ("Recreation center turnstiles get face readers", [
        ("Members of the Talmadge College Student Recreation Center will soon walk in by looking at a reader mounted on each turnstile.", "planning"),
        ("Installation is scheduled for winter break, and enrollment will open when classes resume in January.", "planning"),
        ("Rec Sports said the readers will not keep photos, only a mathematical template.", "planning"),
        ("The current card swipe will remain for members who do not enroll.", "planning"),
        ("The center had more than 400,000 visits last year.", "unrelated"),
    ]),
    ("Dining face-scan entry ends at Corley Hall", [
        ("Corley University Dining has taken out the face-scan readers at the Corley Hall entrance.", "ended_use"),
        ("The readers were installed as a trial two years ago and will not be replaced.", "ended_use"),
        ("Diners now swipe their ID card or tap a phone at the door.", "unrelated"),
        ("A dining spokesperson said the readers were slow during the lunch rush.", "ended_use"),
        ("The dining hall will also add a salad station this spring.", "unrelated"),
    ]),
    ("Biometric dining: iris cameras at Fairholm University", [
        ("Fairholm University dining halls let students enter by looking into an iris camera.", "unrelated"),
        ("The camera reads the pattern of the eye, not the face, and stores a code rather than a picture.", "unrelated"),
        ("Students who wear colored contact lenses are asked to use the card lane.", "unrelated"),
        ("Dining Services said it has no plans to add face scanning.", "not_using"),
    ]),
    ("The OneID office is testing face readers at two labs", [
        ("The OneID office at Quarry Hill University is testing face readers on the doors of two research labs in the chemistry building.", "using"),
        ("Lab staff enrolled their faces in the fall, and the readers run alongside the existing badge readers.", "using"),
        ("If the test goes well, the office expects to offer the readers to other departments.", "planning"),
        ("The labs store controlled substances and have had badge-sharing problems in the past.", "unrelated"),
    ]),
    ("Campus card FAQ: photo submission", [
        ("Upload a recent photo through the Card Office portal at Lindquist College.", "unrelated"),
        ("The portal checks that your face is centered and that the picture is not blurry before you submit.", "unrelated"),
        ("A staff member approves each photo by hand.", "unrelated"),
        ("Photos with hats or sunglasses will be rejected.", "unrelated"),
    ]),
    ("Move-in guide: getting into your building", [
        ("At Brannock University, your Brannock ID opens the front door of your residence hall and your room.", "unrelated"),
        ("Some halls also have fingerprint readers on side doors for late-night entry.", "unrelated"),
        ("Report a lost ID right away so the card can be turned off.", "unrelated"),
        ("Housing does not use face recognition at any door, the guide notes.", "not_using"),
    ]),
    ("Athletics ticketing update: face entry option for season-ticket holders", [
        ("Season-ticket holders at Crane Valley University football games can now choose face entry through the Crane Valley Athletics app.", "using"),
        ("After uploading a selfie, fans walk through marked lanes at Gates A and D without showing a ticket.", "using"),
        ("The department said about a third of season-ticket holders opted in for the home opener.", "using"),
        ("Student tickets are not part of the program this year.", "unrelated"),
        ("Parking passes are still scanned at the lot entrance.", "unrelated"),
    ]),
    ("Stadium entry: what the new lanes do and do not do", [
        ("The new express lanes at Harlan Memorial Stadium, which hosts the Harlan City minor-league team, scan fans' faces at the gate.", "unrelated"),
        ("The stadium is owned by the city and sits across the street from Harlan College.", "unrelated"),
        ("Harlan College, whose teams play at their own fields on campus, said it does not use face scanning at its venues.", "not_using"),
        ("The team said fans can delete their photo at any time.", "unrelated"),
    ]),
    ("Library self-checkout kiosks now recognize registered patrons", [
        ("Patrons of the Delmar University Library can check out laptops and chargers at new kiosks that recognize them by face.", "using"),
        ("Registration is a one-time photo at the circulation desk.", "using"),
        ("Students who skip registration can still scan their ID card at the kiosk.", "using"),
        ("The kiosks are on the first floor near the café.", "unrelated"),
    ]),
    ("Library privacy statement - Gannet State University Libraries", [
        ("Gannet State University Libraries collect only the information needed to lend materials and provide services.", "unrelated"),
        ("The Libraries do not use facial recognition or any other biometric technology.", "not_using"),
        ("Security cameras at building entrances record video that is kept for 30 days.", "unrelated"),
        ("Footage is released to police only with a subpoena or in an emergency.", "unrelated"),
    ]),
    ("People counters in the library: a note from the dean", [
        ("Sensors above the doors of Orwin College's library count how many people enter and leave.", "unrelated"),
        ("They notice a head or a face passing below, but they cannot tell who anyone is.", "unrelated"),
        ("No images are saved, and the counts are shown on the library's website so students can find a quiet floor.", "unrelated"),
        ("We chose these sensors because they do not identify people, the dean wrote.", "not_using"),
    ]),
    ("Vending kiosks with face pay arrive at Marsh Student Center", [
        ("Three smart vending kiosks in the Marsh Student Center at Tilden University let students pay by face scan.", "using"),
        ("The kiosks are run by an outside vending company under contract with the university's auxiliary services.", "using"),
        ("A message from the vending operator said the faces are turned into numbers and never stored as pictures.", "unrelated"),
        ("Students can still pay by card at each machine.", "unrelated"),
    ]),
    # --- policies, privacy statements, biometric-data rules ---
    ("Policy 7.14: Security Cameras on University Property - Ashby State University", [
        "Purpose",
        ("This policy governs the installation, monitoring and use of security cameras owned or operated by Ashby State University.", "unrelated"),
        ("Prohibited uses", "unrelated"),
        ("Cameras may not be used with facial recognition software or any tool that identifies a person from their face.", "wont_use"),
        ("This prohibition applies to all units, including the University Police Department and contractors.", "wont_use"),
        ("Footage is kept for 30 days unless it is needed for an investigation.", "unrelated"),
    ]),
    ("Draft Video Surveillance Policy - open for comment until March 15", [
        ("Cardenas University is asking for comments on a draft policy that would, for the first time, set rules for video analytics on campus cameras.", "planning"),
        ("Under section 4, the Department of Public Safety could use facial recognition on recorded footage to investigate a felony, with the chief's written approval.", "planning"),
        ("Real-time face matching would not be allowed.", "planning"),
        ("Comments may be sent to the policy office by email.", "unrelated"),
        ("The final policy will be presented to the president's cabinet in April.", "planning"),
    ]),
    ("Biometric Information Policy - Corwin University", [
        ("Definitions: a biometric identifier is a fingerprint, voiceprint, retina or iris scan, or a scan of hand or face geometry.", "unrelated"),
        ("Corwin University uses biometric readers for timekeeping at its facilities department and for entry to its data center.", "unrelated"),
        ("Both systems read fingerprints; no face geometry is collected.", "not_using"),
        ("The university will not collect biometric data without an individual's written consent.", "unrelated"),
        ("Biometric data is destroyed within 30 days after an employee leaves the university.", "unrelated"),
    ]),
    ("Privacy Statement: Identity Verification Service - Bellamy Online", [
        ("Bellamy University Online uses an outside service to verify the identity of students who enroll in online degree programs.", "using"),
        ("You will be asked to photograph your ID and take a selfie, and the service derives a faceprint from the two images to confirm that they show the same person.", "using"),
        ("The faceprint is deleted once verification is complete.", "using"),
        ("We do not sell or rent your biometric data.", "unrelated"),
        ("If you do not consent, you may verify your identity in person at the Bellamy campus.", "using"),
    ]),
    ("Standard: Handling of Biometric Identifiers (IT Security Office)", [
        ("Any unit of Dunwoody State University that wants to collect biometric identifiers must get approval from the chief information officer first.", "unrelated"),
        ("Biometric identifiers are classified as restricted data.", "unrelated"),
        ("Units should avoid collecting them whenever another method would work.", "unrelated"),
        ("The standard names no unit that currently collects face scans.", "might_use"),
    ]),
    ("University Senate passes resolution banning facial recognition on campus cameras", [
        ("The University Senate of Rosslyn University passed a resolution Tuesday asking the administration to ban facial recognition on campus.", "unrelated"),
        ("The resolution passed 48-6 and now goes to the president, who has 30 days to respond.", "unrelated"),
        ("Rosslyn does not use the technology today, according to the chief of police, who spoke at the meeting.", "not_using"),
        ("The president's office said it would review the resolution.", "unrelated"),
    ]),
    ("President signs camera policy with face recognition ban", [
        ("Rosslyn University's president has signed a revised camera policy that bars the use of facial recognition on all university cameras.", "wont_use"),
        ("The change takes effect immediately and covers the police department and the athletics venues.", "wont_use"),
        ("It follows a resolution from the University Senate last month.", "unrelated"),
        ("The policy does allow researchers to study face images with consent under human-subjects rules.", "wont_use"),
    ]),
    ("Acceptable Use of Surveillance Technology - Bristow County Community College District", [
        ("Board Policy 3520 applies to all colleges in the Bristow County Community College District.", "unrelated"),
        ("The District shall not acquire or use facial recognition technology for surveillance of students, employees or visitors.", "wont_use"),
        ("License plate readers may be used in parking lots for permit enforcement only.", "unrelated"),
        ("Any exception requires a public hearing and a vote of the Board of Trustees.", "wont_use"),
    ]),
    ("Privacy notice for campus visitors", [
        ("Halloway College uses video cameras in public areas of its campus for safety and to investigate incidents.", "unrelated"),
        ("The cameras do not use facial recognition.", "not_using"),
        ("Signs are posted at building entrances where cameras are in use.", "unrelated"),
        ("Visitors may ask the public safety office how long footage is kept.", "unrelated"),
    ]),
    ("Campus safety report: camera system and analytics", [
        ("The annual safety report for Lorne State University lists 1,140 cameras on its main campus and 200 at its Riverside branch campus.", "unrelated"),
        ("The camera software can search recorded video for a person by clothing color and can read license plates at the garage entrances.", "unrelated"),
        ("It also includes a face search feature, which the Lorne State police department says it turned on in 2023 for use in investigations.", "using"),
        ("Searches must be logged and reviewed by a lieutenant.", "using"),
    ]),
    ("Policy review: what the old camera policy never said", [
        ("Kestrel University's camera policy dates from 2012, before face search software was common.", "unrelated"),
        ("It says nothing about whether the campus police may use facial recognition.", "might_use"),
        ("A working group will propose an update next year, according to the general counsel's office.", "unrelated"),
        ("The campus police chief said his officers do not currently have face search tools.", "not_using"),
    ]),
    ("Student Data Privacy Principles - Oberlin Heights University", [
        ("Oberlin Heights University collects student data only for stated educational and operational purposes.", "unrelated"),
        ("We do not use facial recognition to monitor students and commit that we will not do so.", "wont_use"),
        ("Proctoring tools used in courses may not use automated face matching.", "wont_use"),
        ("These principles were endorsed by the Board of Regents in 2022.", "wont_use"),
    ]),
    ("Statement from Information Services on biometric data", [
        ("Some students have asked whether the university is storing their face data.", "unrelated"),
        ("Information Services at Tarrant Pines University does not operate any facial recognition system.", "not_using"),
        ("Third-party apps that you choose to install on your phone may use face unlock; that data stays on your device.", "unrelated"),
        ("We will tell the campus before any system that collects biometric data is put in place.", "might_use"),
    ]),
    ("Regulation 4-060: Building access systems", [
        ("Electronic access to Monroe Valley University buildings is granted by card, PIN, or an approved biometric reader.", "unrelated"),
        ("Approved biometric readers include fingerprint and face readers at high-security spaces such as the vivarium and the pharmacy stockroom.", "using"),
        ("Departments must request biometric readers through Facilities Access Control.", "using"),
        ("Keys remain the backup for every controlled door.", "unrelated"),
    ]),
    ("Data Retention Schedule - Public Safety Records", [
        ("Recorded video from Weller College's security cameras is kept for 21 days.", "unrelated"),
        ("Incident reports are kept for seven years.", "unrelated"),
        ("The schedule lists no category for face recognition searches, because the department does not run them, a records officer said.", "not_using"),
    ]),
    ("Board of Regents policy on surveillance technology adopted", [
        ("The Board of Regents of the Sandhill State University System approved a policy on Thursday that requires every campus to publish a list of its surveillance technologies.", "unrelated"),
        ("Campuses that want to use facial recognition must first hold a public comment period and get the chancellor's approval.", "might_use"),
        ("No campus in the system has asked to use it, a system spokesperson said.", "not_using"),
        ("Student regents had pushed for an outright ban.", "unrelated"),
    ]),

    # --- faculty senate, board and committee minutes ---
    ("Faculty Senate minutes, October 12", [
        ("Call to order at 3:02 p.m. by the Senate President.", "unrelated"),
        ("The Provost reported that Lockridge University renewed its license for automated proctoring for one more year.", "using"),
        ("Senator Alvarez asked whether the face-matching step could be turned off by default.", "using"),
        ("The Provost said the question would go to the Academic Technology Committee.", "using"),
        ("Old business: the parking committee report was accepted.", "unrelated"),
    ]),
    ("Faculty Senate Resolution 21-07 on Remote Proctoring Software", [
        ("WHEREAS the shift to remote instruction led Halstead College to license third-party remote proctoring software that records students and scans their faces,", "using"),
        ("WHEREAS students have reported that the software fails to recognize darker-skinned test takers,", "unrelated"),
        ("BE IT RESOLVED that the Faculty Senate asks the college to end its use of such software by the end of the academic year;", "using"),
        ("BE IT FURTHER RESOLVED that the Senate asks for alternatives to be funded.", "unrelated"),
    ]),
    ("Board of Trustees - Consent Agenda, Item 6(c)", [
        ("Approval of a three-year agreement with a provider of access control hardware for Ferrand Community College, not to exceed $740,000.", "unrelated"),
        ("The agreement covers card readers, door controllers and face-recognition readers for the new Health Sciences Building.", "planning"),
        ("Installation is expected to finish before the building opens next August.", "planning"),
        ("Funds come from the capital bond approved by voters in 2022.", "unrelated"),
    ]),
    ("Minutes: Student Affairs Committee of the Board", [
        ("The Vice President for Student Affairs updated the committee on dining changes at Pardee University.", "unrelated"),
        ("The face-scan entry trial at West Dining ended in May and will not continue, she said.", "ended_use"),
        ("Student feedback was mixed, and the equipment was returned to the vendor.", "ended_use"),
        ("A trustee asked whether palm readers had been considered instead.", "unrelated"),
        ("The vice president said no decision had been made about other biometric options.", "might_use"),
    ]),
    ("Academic Senate: second reading of the proctoring motion", [
        ("The Academic Senate of Belgrave State University held a second reading of a motion to limit automated proctoring.", "unrelated"),
        ("The motion would bar the use of automated face recognition to verify students' identity in online exams from next fall.", "using"),
        ("Supporters said the university's current tool misidentifies some students.", "using"),
        ("The motion passed 31-12 and goes to the president for approval.", "unrelated"),
    ]),
    ("Staff Council minutes - IT update", [
        ("The CIO reported that the help desk resolved 14,000 tickets last quarter.", "unrelated"),
        ("Multifactor login is now required for all staff at Pomfret College.", "unrelated"),
        ("Staff may approve a login by phone, and the phone may use a fingerprint or face unlock.", "unrelated"),
        ("The college does not receive any biometric data from the phones, the CIO said.", "not_using"),
    ]),
    ("Budget hearing: public safety requests for next year", [
        ("The Walden Hills University Police Department asked the budget committee for $95,000 for new body cameras.", "unrelated"),
        ("It also asked for a software add-on that would let investigators compare faces in recorded campus video with booking photos.", "planning"),
        ("The committee will vote on the requests in May.", "unrelated"),
        ("Two student members said they would oppose the face software.", "unrelated"),
    ]),
    ("Budget committee drops face software request", [
        ("The budget committee at Walden Hills University removed the police department's request for face comparison software from next year's plan.", "wont_use"),
        ("The chief said he accepted the decision and would not bring the request back.", "wont_use"),
        ("The committee approved the body camera purchase.", "unrelated"),
    ]),
    ("Notes from the Technology Advisory Board meeting", [
        ("Members heard a presentation from a vendor of camera analytics that include face matching.", "unrelated"),
        ("The board asked the vendor for a list of other universities using the product.", "unrelated"),
        ("Greyhaven College has not decided whether to buy any analytics package, the chair said.", "might_use"),
        ("The next meeting will look at classroom technology.", "unrelated"),
    ]),
    ("Graduate Student Assembly resolution on campus surveillance", [
        ("The Graduate Student Assembly at Thornbury University voted to ask the university to disclose every system that collects biometric data.", "unrelated"),
        ("The resolution cites a vendor news release that named Thornbury as a customer for face-reader doors.", "using"),
        ("University officials have not responded to the resolution.", "no_response"),
        ("The assembly represents about 9,000 graduate students.", "unrelated"),
    ]),

    # --- court filings and records stories ---
    ("Lawsuit: Kinsale University's exam software scanned students' faces without consent", [
        ("A former student has sued Kinsale University in Cook County, saying the school collected her face geometry through the proctoring tool it required for online exams.", "using"),
        ("The complaint says Kinsale never asked for written consent as Illinois law requires.", "using"),
        ("It seeks damages for every student who took an online exam at the university since 2019.", "using"),
        ("A university spokesperson said Kinsale does not comment on pending litigation.", "no_response"),
        ("The law allows damages of $1,000 to $5,000 per violation.", "unrelated"),
    ]),
    ("Proctoring company settles biometric privacy class action", [
        ("An online proctoring company agreed to pay $4.1 million to settle claims that it collected test takers' face scans without consent.", "unrelated"),
        ("The settlement covers people who took an exam with the company's software while in Illinois.", "unrelated"),
        ("Students at public universities were left out because those schools are not covered by the law.", "unrelated"),
        ("The company denied wrongdoing.", "unrelated"),
    ]),
    ("Judge lets students' face-scan suit against Brayford College proceed", [
        ("A federal judge on Monday refused to dismiss a class action accusing Brayford College of scanning students' faces during remote exams.", "using"),
        ("Brayford had argued that it was exempt from the state biometric privacy law as a financial institution because it makes student loans.", "unrelated"),
        ("The judge said the college had not yet shown that it fits the exemption.", "unrelated"),
        ("The suit says the college required students to use a proctoring program that verified their identity by their facial features.", "using"),
    ]),
    ("Case dismissed: court says biometric law does not reach Elmshaw University", [
        ("A judge has dismissed a lawsuit over Elmshaw University's use of exam-monitoring software, finding the university falls under the law's exemption for financial institutions.", "using"),
        ("The ruling did not decide whether the software actually collected face data.", "unrelated"),
        ("Lawyers for the students said they would appeal.", "unrelated"),
    ]),
    ("Students sue vendor, not college, over face data breach", [
        ("Three students filed a proposed class action against a remote proctoring vendor after a breach exposed records of hundreds of thousands of test takers.", "unrelated"),
        ("The complaint says the company used facial recognition to authenticate students against their photo IDs.", "unrelated"),
        ("The students attend Marbury State University, which is not a defendant.", "unrelated"),
        ("Marbury State said it would review whether to keep using the vendor.", "using"),
    ]),
    ("Records show campus police used state face system 31 times", [
        ("Officers at the Eldridge University Police Department searched the state's face recognition system 31 times in 2023, according to audit logs obtained through a records request.", "using"),
        ("Most searches were tied to thefts from campus buildings.", "using"),
        ("The department's annual report does not mention the system.", "unrelated"),
        ("EUPD did not answer written questions about who approves the searches.", "no_response"),
    ]),
    ("What the audit logs do not show", [
        ("The logs list the agency and case number for each search but not whose face was searched.", "unrelated"),
        ("Eldridge's police chief said in an email that the department follows the state's rules for the system.", "using"),
        ("A state official said that more than 250 agencies have access.", "unrelated"),
    ]),
    ("Public records request: dining contract with face-scan vendor", [
        ("A contract obtained through a public records request shows that Harrowgate State University agreed to pay a vendor $62,000 a year for face-scan entry at two dining halls.", "using"),
        ("The contract, signed in 2022, runs through 2025.", "using"),
        ("It requires the vendor to delete face templates within 30 days after a student leaves the university.", "using"),
        ("The dining office had described the system to students only as express entry.", "using"),
    ]),
    ("Records show university police asked for a free trial", [
        ("Emails released under the state's open records law show a detective with the Crestfield College Department of Public Safety signed up for a free trial of a face search app in 2020.", "using"),
        ("The detective ran at least a dozen searches during the trial, the emails show.", "using"),
        ("A college spokesperson said the trial ended after 30 days and the college did not buy a subscription.", "ended_use"),
        ("The app's maker is facing lawsuits in several states.", "unrelated"),
    ]),
    ("No records found: university says it has no face recognition contracts", [
        ("In response to a records request, Ambrose State University said it had no contracts, invoices or policies involving facial recognition.", "not_using"),
        ("The request was filed by a student journalist at the Ambrose Ledger.", "unrelated"),
        ("The university did not say whether any unit had used a free trial.", "no_response"),
    ]),
    ("Complaint names college and proctoring firm", [
        ("The lawsuit names both Wexford Technical College and the company that makes its exam software as defendants.", "using"),
        ("It says Wexford required students in online courses to let the software capture their face geometry.", "using"),
        ("The company says its software does not store templates.", "unrelated"),
        ("Wexford has until next month to respond to the complaint.", "unrelated"),
    ]),

    # --- vendor case studies, press releases, trade press ---
    ("Case study: Frictionless entry at Ridgemont University's research complex", [
        ("Ridgemont University needed a way to secure its new research complex without slowing down 1,200 lab workers each morning.", "using"),
        ("The university installed our face authentication readers at 14 doors in 2023.", "using"),
        ("Lab managers say badge sharing has stopped.", "using"),
        ("Contact our sales team to see how face authentication could work on your campus.", "unrelated"),
    ]),
    ("Press release: Tellurian Access adds three universities to its customer list", [
        ("Tellurian Access today announced that Colfax University, Benning State and Lake Arbor College have deployed its face-reader doors in residence halls.", "using"),
        ("The company says its readers store templates, not photos.", "unrelated"),
        ("Tellurian Access is headquartered in Austin and serves more than 300 organizations.", "unrelated"),
        ("For media inquiries, contact the company's press office.", "unrelated"),
    ]),
    ("Vendor blog: 7 ways universities use face authentication", [
        ("Universities use face authentication for building entry, dining, events and exams.", "unrelated"),
        ("Students expect a campus that works like their phones.", "unrelated"),
        ("Lost ID cards cost a typical campus thousands of dollars each year.", "unrelated"),
        ("Privacy-first systems store an encrypted template rather than an image.", "unrelated"),
        ("Book a demo to learn more.", "unrelated"),
    ]),
    ("Trade magazine: iris scanning secures athletic facilities", [
        ("The athletics department at Pembury State University uses iris scanners at its locker rooms and training rooms.", "unrelated"),
        ("Athletes rarely carry cards onto the field, so the department chose a biometric they always have with them.", "unrelated"),
        ("The department expanded the system to its new practice facility last year.", "unrelated"),
        ("Coaches said propped doors are now rare.", "unrelated"),
    ]),
    ("Vendor names campus customer that says it never bought the product", [
        ("A face recognition company's website listed Marden College among its education clients until last week.", "unrelated"),
        ("Marden College said it met with the company once in 2021 but never signed a contract or installed anything.", "not_using"),
        ("The listing was removed after the college's lawyers asked.", "unrelated"),
        ("The company did not respond to a request for comment.", "unrelated"),
    ]),
    ("Industry news: temperature-and-face kiosks at colleges", [
        ("A kiosk that takes a temperature reading and recognizes enrolled faces before unlocking a door has been installed at a handful of colleges, its maker says.", "using"),
        ("Named customers include Caldwell Technical Institute and Saint Brendan's College.", "using"),
        ("Caldwell Technical said the kiosks were removed in 2022 when the pandemic screening ended.", "ended_use"),
        ("Saint Brendan's did not answer questions about whether its kiosks are still in use.", "no_response"),
    ]),
    ("Vendor webinar: Is your campus ready for biometrics?", [
        ("Join our panel to hear how universities are planning for biometric access control.", "unrelated"),
        ("Topics include consent, template storage and state privacy laws.", "unrelated"),
        ("Panelists include a card office director from a large public university.", "unrelated"),
        ("Registration is free.", "unrelated"),
    ]),
    ("Ticketing partner announces face entry for college football", [
        ("A ticketing company announced that three college football programs will offer face-based entry this season.", "planning"),
        ("They are Tallis State University, the University of Brenford and Coventry Tech.", "planning"),
        ("Fans at those schools will be able to link a selfie to their ticket account starting in August.", "planning"),
        ("The company already runs similar lanes at several professional stadiums.", "unrelated"),
    ]),

    # --- tense and modality on non-news pages ---
    ("IT Governance Committee: proposals under review", [
        ("Proposal 24-11 from Auxiliary Services asks to replace card readers at the Ostrom University dining halls with face readers.", "planning"),
        ("The committee is weighing the request against cost and privacy concerns.", "planning"),
        ("A decision is expected in the spring.", "planning"),
        ("Proposal 24-12, a new printing system for the libraries, was approved.", "unrelated"),
    ]),
    ("Ostrom auxiliary services withdraws dining face reader proposal", [
        ("Ostrom University's auxiliary services office has withdrawn its proposal to put face readers at dining hall entrances.", "wont_use"),
        ("The office said it would keep card and phone entry and would not bring the idea back.", "wont_use"),
        ("Students had collected more than 1,500 signatures against the plan.", "unrelated"),
    ]),
    ("Housing newsletter: what's coming to Lakeview Village", [
        ("Lakeview Village, the newest apartment complex at Sutter Ridge University, will open in August with keyless entry.", "unrelated"),
        ("Housing expects to roll out face entry at the lobby doors sometime during the first semester.", "planning"),
        ("Until then, residents will use their mobile ID.", "unrelated"),
        ("Each apartment has four single bedrooms and a shared kitchen.", "unrelated"),
    ]),
    ("From the director: a trial of express entry at Boyd Arena", [
        ("We will begin a trial of face-based express entry at Boyd Arena next month, starting with the men's and women's basketball home openers.", "planning"),
        ("Only fans who opt in through the Maplewood University athletics app will use the new lanes.", "planning"),
        ("We will share what we learn before deciding on football.", "planning"),
        ("Thank you for your support of Maplewood athletics.", "unrelated"),
    ]),
    ("Transportation Services is considering new lot cameras", [
        ("Transportation Services at Linford State University is considering cameras at lot entrances that read license plates.", "unrelated"),
        ("The cameras would replace paper permits with plate-based permits.", "unrelated"),
        ("The office said the system would not capture or identify drivers' faces.", "not_using"),
        ("A decision is expected before the next permit year.", "unrelated"),
    ]),
    ("Plate readers go live at Hawley College", [
        ("Hawley College's public safety office has turned on license plate readers at the three entrances to its campus.", "unrelated"),
        ("The readers compare plates with state lists of stolen vehicles and with a list of people barred from campus.", "unrelated"),
        ("Data is kept for 60 days.", "unrelated"),
        ("The college said it has no plans to add face matching to the cameras.", "not_using"),
    ]),
    ("Pilot program: face check-in at the Wellness Center", [
        ("The Student Wellness Center at Castine University has been piloting face check-in at its front desk since September.", "using"),
        ("Students who opt in look at a tablet instead of giving their name and ID number.", "using"),
        ("The center plans to review the pilot at the end of the year.", "using"),
        ("Appointments can still be made by phone.", "unrelated"),
    ]),
    ("Wellness Center ends face check-in pilot", [
        ("Castine University's Student Wellness Center has ended its face check-in pilot.", "ended_use"),
        ("The tablets were taken down over winter break, and students again check in with their ID number.", "ended_use"),
        ("The director said fewer than 200 students had enrolled.", "unrelated"),
        ("She did not say whether the center might try it again.", "no_response"),
    ]),
    ("Statement on proctoring software from the Office of the Provost", [
        ("Harmon State University is evaluating remote proctoring tools for the coming year.", "planning"),
        ("Any tool we choose will be reviewed for privacy, accessibility and bias before it is licensed.", "planning"),
        ("We have not decided whether identity checks will be part of the service.", "might_use"),
        ("We will share the results of the review with the campus.", "unrelated"),
    ]),
    ("Provost's office picks live proctoring without face matching", [
        ("Harmon State University has chosen a live-proctoring service for online exams.", "unrelated"),
        ("Proctors will check students' IDs over video, and the university turned down the vendor's automated face matching option.", "not_using"),
        ("The contract starts in August.", "unrelated"),
    ]),
    ("Security camera upgrade: phase two", [
        ("Phase two of the camera upgrade at Wycliffe College will replace 240 analog cameras with high-definition models.", "unrelated"),
        ("The new cameras will be able to support video analytics, though the college has not bought any analytics software.", "might_use"),
        ("Campus Safety said it would consult the community before adding such features.", "might_use"),
        ("Phase three will cover the athletic fields.", "unrelated"),
    ]),
    ("Campus Safety answers questions about the new cameras", [
        ("Will the new cameras recognize faces?", "unrelated"),
        ("Not now: Wycliffe College's system records video but has no face recognition turned on.", "not_using"),
        ("Could that change?", "unrelated"),
        ("The software could be added later, but any change would go through the college's technology review first.", "might_use"),
    ]),
    ("Card office: face entry option retired", [
        ("The face entry option for residence halls at Iverson College has been retired.", "ended_use"),
        ("The readers were disabled on July 1, and residents now use their Iverson ID or phone.", "ended_use"),
        ("Face templates collected through the program have been deleted, the card office said.", "ended_use"),
        ("Questions may be sent to the card office.", "unrelated"),
    ]),
    ("Why Bellhaven let its face-reader contract lapse", [
        ("Bellhaven University let its contract for face readers at the recreation center lapse at the end of June.", "ended_use"),
        ("Members had used the readers since 2021.", "ended_use"),
        ("Campus Recreation said fewer than one in ten members chose face entry.", "unrelated"),
        ("The center will go back to card swipes only.", "ended_use"),
    ]),
    ("Nursing program no longer requires ID photo match", [
        ("The School of Nursing at Aurelia College no longer requires students to complete an automated photo match before online exams.", "ended_use"),
        ("Faculty will check IDs themselves at the start of each live-proctored session.", "unrelated"),
        ("The change followed complaints that the software often failed to match students wearing head coverings.", "ended_use"),
        ("The school said it has not ruled out using automated checks in the future.", "might_use"),
    ]),
    ("Athletics backs away from face ticketing", [
        ("Thurlow State University's athletics department has backed away from a proposal to admit fans by face scan at its football stadium.", "wont_use"),
        ("The department had discussed the idea with a ticketing vendor last year but never installed anything.", "wont_use"),
        ("Fans will keep using mobile tickets, a spokesperson said.", "unrelated"),
    ]),
    ("Stadium face lanes dropped after one season", [
        ("Fenwick Valley University dropped the face-scan entry lanes it tested at its stadium last season.", "ended_use"),
        ("The lanes had served fewer than 2,000 fans across six games.", "ended_use"),
        ("Athletics said the vendor's contract was not renewed.", "ended_use"),
        ("Other schools in the conference are still testing similar lanes.", "unrelated"),
    ]),
    ("Public safety: face search software is on hold", [
        ("The Department of Public Safety at Morrow Hill University has put its plan to buy face search software on hold.", "might_use"),
        ("The chief said the department would wait for the state to pass rules on the technology.", "might_use"),
        ("The department has never used face search, he added.", "not_using"),
    ]),
    ("Chief: we would consider it if the law allowed", [
        ("Asked whether the Ridley College police might ever use face recognition, Chief Omar Haines said he would consider it for serious crimes if state law allowed.", "might_use"),
        ("For now the department has no such tool.", "not_using"),
        ("State lawmakers have proposed limits on police use of the technology.", "unrelated"),
    ]),
    ("Questions sent to campus card offices went unanswered", [
        ("A survey of 40 campus card offices asked whether each used face recognition for dining or door access.", "unrelated"),
        ("Nineteen offices answered.", "unrelated"),
        ("Among those that did not were Stroud University, Pell City College and Harlow State.", "no_response"),
        ("Two offices, at Quimby College and Aspen Grove University, said they use face readers at dining halls.", "using"),
        ("The rest said they use cards, phones or palm readers.", "not_using"),
    ]),
    ("University declines to release proctoring contract", [
        ("Gresham University declined to release its contract with an online proctoring vendor, citing trade secrets.", "no_response"),
        ("The university also would not say whether the contract includes face matching.", "no_response"),
        ("A student group has appealed the decision to the state attorney general.", "unrelated"),
    ]),
    ("Open letter on face recognition: signatories and non-responses", [
        ("An open letter asking universities to commit against face surveillance was sent to 75 presidents in February.", "unrelated"),
        ("Among those that signed were Whitlock College and Barrington State University.", "wont_use"),
        ("Calder University wrote back that it does not use the technology but would not sign.", "not_using"),
        ("Most others have not replied.", "no_response"),
    ]),

    # --- own use phrased without naming it, and outsiders nearby ---
    ("Police blotter: theft suspect identified from gym video", [
        ("A man who stole laptops from the Graves Hall study lounge was identified after campus detectives ran a still from the lobby camera through the state's image system.", "using"),
        ("The Orland State University Police Department said he was arrested off campus two days later.", "using"),
        ("He faces two counts of theft.", "unrelated"),
    ]),
    ("County sheriff's office identifies suspect in campus car break-ins", [
        ("The Kerrigan County Sheriff's Office used its face matching software to identify a suspect in a string of car break-ins at Kerrigan Community College.", "unrelated"),
        ("Deputies compared a still from a gas station camera with county booking photos.", "unrelated"),
        ("The college's security office provided video but did not run any search, a college spokesperson said.", "not_using"),
        ("The sheriff's office has used the software since 2018.", "unrelated"),
    ]),
    ("School district adds face matching at high schools near campus", [
        ("The Alder Creek Unified School District will add face matching to cameras at its two high schools this spring.", "unrelated"),
        ("The district's list will include people barred by court order.", "unrelated"),
        ("Alder Creek College, whose dual-enrollment students attend classes at one of the high schools, said it was not consulted and does not use the technology.", "not_using"),
        ("Parents will be able to comment at the March board meeting.", "unrelated"),
    ]),
    ("State DMV to offer selfie check for license renewals", [
        ("The state Department of Motor Vehicles will let drivers renew licenses online by matching a selfie with their license photo.", "unrelated"),
        ("The agency said the feature would launch in the fall.", "unrelated"),
        ("Several state universities accept the digital license as ID at their testing centers.", "unrelated"),
    ]),
    ("Researchers release face dataset gathered on campus", [
        ("Computer vision researchers at Lyle Institute of Technology released a dataset of face images recorded by a camera in a campus plaza.", "unrelated"),
        ("The images were taken for a study of pedestrian tracking.", "unrelated"),
        ("After complaints, the lab took the dataset offline.", "unrelated"),
        ("The institute said its own security cameras are not used for face recognition.", "not_using"),
    ]),
    ("University abroad introduces face check-in for lectures", [
        ("A university in Shenzhen has begun taking attendance by scanning students' faces as they enter lecture halls.", "unrelated"),
        ("Students said the cameras were installed over the summer without notice.", "unrelated"),
        ("Similar systems are used at several universities in the region.", "unrelated"),
    ]),
    ("Professional league extends face entry to more arenas", [
        ("A professional basketball league said fans will be able to enter eight more arenas by face scan this season.", "unrelated"),
        ("One of the arenas, Pier 9 Center, also hosts Dunmoor University's home games.", "unrelated"),
        ("Dunmoor's athletics department said it does not use the arena's face lanes for its own games.", "not_using"),
        ("The league's technology partner runs the lanes.", "unrelated"),
    ]),
    ("Student Government Association passes resolution against biometric entry", [
        ("The Student Government Association at Tillery University passed a resolution opposing any use of biometric entry at residence halls.", "unrelated"),
        ("The resolution came after students saw a vendor demonstration at a housing fair.", "unrelated"),
        ("Tillery's housing office said it has no plans to install biometric readers.", "not_using"),
    ]),
    ("Petition asks community college to drop exam monitoring tool", [
        ("More than 3,000 people have signed a petition asking Grandview Community College to stop using its online exam monitoring tool.", "using"),
        ("The petition says the tool scans students' faces and flags them for looking away.", "using"),
        ("A college spokesperson said the petition had been received.", "unrelated"),
    ]),
    ("Explainer: how a face template is made", [
        ("Face recognition software measures the geometry of a face and turns it into a string of numbers called a template.", "unrelated"),
        ("Two templates can be compared to decide whether they come from the same person.", "unrelated"),
        ("Face detection, by contrast, only finds where a face is in an image.", "unrelated"),
        ("Many phone cameras detect faces to set focus.", "unrelated"),
    ]),
    ("Suit against kiosk maker over campus store face pay", [
        ("A student at Garland University filed a lawsuit against the maker of face-pay kiosks used in the campus store.", "using"),
        ("The suit names only the kiosk company, not the university, as a defendant.", "unrelated"),
        ("It says the company did not get written consent before scanning faces.", "unrelated"),
        ("Garland University said the kiosks will stay in service while the case goes on.", "using"),
    ]),

    # --- commitments, refusals and the look-alikes beside them ---
    ("Frequently asked questions: campus cameras at Sorensen College", [
        ("Does Sorensen College use facial recognition?", "unrelated"),
        ("No, and it will not: the college's technology policy forbids face recognition on any college camera or door.", "wont_use"),
        ("Does the ban cover the proctoring software in online courses?", "unrelated"),
        ("Yes; instructors may not turn on any face-matching feature.", "wont_use"),
        ("Who do I contact with other questions?", "unrelated"),
    ]),
    ("Dean of Students replies to student letter on biometrics", [
        ("In a reply posted on the Dean of Students website, Pruitt Hill University said it does not use facial recognition and has committed not to adopt it for surveillance.", "wont_use"),
        ("The commitment extends to dining and housing contractors, the reply said.", "wont_use"),
        ("The university's dining halls use card swipes and phones only.", "not_using"),
        ("Students had sent the letter after a news report about face-pay kiosks at other campuses.", "unrelated"),
    ]),
    ("Procurement notice: request for proposals withdrawn", [
        ("Delacroix State University has withdrawn its request for proposals for a campus-wide access control system that included face authentication.", "wont_use"),
        ("A revised request, expected in the spring, will ask only for card and mobile credentials.", "wont_use"),
        ("Vendors who submitted questions will be notified.", "unrelated"),
    ]),
    ("Request for proposals: visitor management system", [
        ("Lenox College seeks proposals for a visitor management system at its two campus entrances.", "unrelated"),
        ("The system must scan a visitor's driver's license and print a badge.", "unrelated"),
        ("Proposals that include facial recognition will not be considered.", "wont_use"),
        ("Responses are due by 2 p.m. on April 14.", "unrelated"),
    ]),
    ("Request for information: biometric access for the new residence hall", [
        ("Marwick University is gathering information on biometric access options, including face readers, for a residence hall that will open in 2027.", "planning"),
        ("Responses should describe template storage, consent and accuracy testing.", "planning"),
        ("The request does not commit the university to any purchase.", "might_use"),
        ("Questions are due by March 3.", "unrelated"),
    ]),
    ("Human resources: fingerprint time clocks", [
        ("Hourly employees at Saltmarsh College clock in at readers that scan a finger.", "unrelated"),
        ("Employees sign a consent form before their fingerprint template is created.", "unrelated"),
        ("The college destroys templates within 30 days after employment ends.", "unrelated"),
        ("Employees who do not consent can clock in with a badge and PIN.", "unrelated"),
    ]),
    ("Employee time clocks switch from fingerprints to face", [
        ("Facilities workers at Norcross State University will clock in by face at new time clocks starting in March.", "planning"),
        ("The clocks will replace fingerprint readers that workers said failed often in cold weather.", "planning"),
        ("Workers will be asked to sign a consent form before enrolling.", "planning"),
        ("The union said it was reviewing the change.", "unrelated"),
    ]),
    ("Health sciences library opens 24-hour access for students", [
        ("The Health Sciences Library at Pinehurst Medical University is now open around the clock to students.", "unrelated"),
        ("After midnight, students enter by looking at a face reader at the west door.", "using"),
        ("A security officer monitors the entrance from the lobby desk.", "unrelated"),
        ("The library asks students to report anyone who follows them in.", "unrelated"),
    ]),
    ("Branch campus gets face reader doors", [
        ("The downtown branch campus of Eastbury University has face readers on its building doors, the campus director said.", "using"),
        ("Students at the main campus still use card readers.", "unrelated"),
        ("The readers came with the building, which the university leases from a private developer.", "using"),
        ("The main campus has no plans to add them, the director said.", "not_using"),
    ]),
    ("Frequently asked questions about the Campus ID app", [
        ("Can I use Face ID to open the Campus ID app?", "unrelated"),
        ("Yes. If your phone supports it, the app can be unlocked with your phone's face unlock.", "unrelated"),
        ("Does Farrow University receive my face data?", "unrelated"),
        ("No. Face unlock happens on your phone, and the university never sees it.", "unrelated"),
    ]),
    ("Marching band uses face-matching app for attendance - then stops", [
        ("Directors of the Calvert State University marching band tried a phone app last fall that checked attendance by matching students' selfies with their roster photos.", "using"),
        ("After complaints from band members, the directors stopped using the app in October.", "ended_use"),
        ("Attendance is again taken by section leaders on paper.", "ended_use"),
        ("The app's maker says it is used by hundreds of groups.", "unrelated"),
    ]),
    ("Event check-in at commencement will not use face scans", [
        ("Graduates at Hollister College will check in for commencement by showing a QR code, not by face scan, the registrar said.", "not_using"),
        ("A vendor had offered face check-in for free, but the college declined.", "wont_use"),
        ("Commencement will be held May 17 at the college's football field.", "unrelated"),
    ]),

]


def main() -> None:
    write_by_page(PAGES, "stance_written_i")


if __name__ == "__main__":
    main()
