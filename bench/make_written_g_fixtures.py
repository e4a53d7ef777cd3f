"""Write the written-g stance sets (tests/fixtures/stance_written_g_{train,test}.csv) from the pages below.

These pages target tense, modality and the rarer stances: trials and pilots announced or running,
procurement, requests for proposals and board votes (planning), "is weighing" and "has not ruled
out" (might_use), "has used since" (using), removed, disabled, lapsed or dropped systems
(ended_use), surveys, refusals and unreturned calls (no_response), denials without a pledge
(not_using), pledges, bans and dropped plans (wont_use), counterfactuals, and lists that give one
stance to several named schools. Around them are the near-misses that are about someone else: city
police, vendors, K-12 districts, other countries, lawsuits and petitions (unrelated). They were
written for this project after reading real coverage (student newspapers, local news, trade press,
university policy pages, advocacy reports, records stories); no sentence is copied or lightly
edited from a source, and the institutions are made up. A page's sentences chain: each row carries
the page title and the sentence before it. Every fourth page goes to ``test`` (never tuned on), the
rest to ``train``. Run by hand: ``python bench/make_written_g_fixtures.py``.
"""

from __future__ import annotations

from make_real_style_fixtures import write_by_page

# (title, [(sentence, stance) or a plain context sentence, ...]); a plain string is only context.
PAGES = [
    ("Ravensmoor athletics to test face entry at spring game", [
        ("Ravensmoor University will run a trial of face-matched entry at its spring football scrimmage in April, the athletics department said Monday.", "planning"),
        ("Fans who opt in will upload a photo through the ticketing app before game day.", "planning"),
        ("If the lines move as hoped, the department expects to offer the lanes to season-ticket holders in the fall.", "planning"),
        ("\"We want to see how it handles a real crowd first,\" the deputy athletic director said.", "planning"),
        ("The vendor has run similar lanes at two professional ballparks.", "unrelated"),
        ("Ravensmoor sold out all six home games last season.", "unrelated"),
    ]),
    ("Corran State has quietly used face checks in its testing center since 2019", [
        ("Corran State University's testing center has checked students' faces against their ID photos before every proctored exam since 2019, a center director confirmed.", "using"),
        ("The check is done by software at the sign-in kiosk, not by staff.", "using"),
        ("The center handles about 30,000 exams a year.", "unrelated"),
        ("Students who fail the match are sent to a staff member, who can let them in by hand.", "using"),
        ("The director said the center has no plans to change the process.", "using"),
    ]),
    ("Trustees at Millbrook College approve purchase of camera analytics", [
        ("Millbrook College's board of trustees voted 7-2 on Thursday to buy a camera analytics package that includes face matching.", "planning"),
        ("The $410,000 contract covers software for the college's 600 existing cameras and two years of support.", "planning"),
        ("Installation is expected to begin over winter break, with the system live by March.", "planning"),
        ("The two trustees who voted no said the college had not held a public hearing.", "planning"),
        ("Millbrook's faculty union has asked for the contract to be paused.", "unrelated"),
    ]),
    ("Lakeshore Tech is weighing face scans for its new residence hall", [
        ("Lakeshore Technical College is weighing whether to put face readers at the doors of the residence hall it will open in 2027.", "planning"),
        ("A housing official told trustees the college is comparing three vendors.", "planning"),
        ("No decision has been made, and card readers are also under consideration, she said.", "planning"),
        ("Students at a forum last week were split on the idea.", "unrelated"),
        ("The hall will house about 350 students.", "unrelated"),
    ]),
    ("Dining face-pay kiosks gone from Hartwell University union", [
        ("The face-pay kiosks that appeared in Hartwell University's student union two years ago have been removed.", "ended_use"),
        ("Dining Services said the machines were taken out over the summer when its contract with the kiosk supplier lapsed.", "ended_use"),
        ("Students now pay with their ID cards or phones at every register.", "ended_use"),
        ("A dining spokesperson would not say whether the kiosks might return under a new contract.", "no_response"),
        ("The supplier still lists Hartwell among its clients on its website.", "unrelated"),
    ]),
    ("Brantley Community College turns off face matching on door system", [
        ("Brantley Community College has disabled the face matching feature on the door system it installed at its downtown campus last year.", "ended_use"),
        ("The feature had let staff enter the building by looking at a reader instead of swiping a badge.", "ended_use"),
        ("The college's IT director said it was switched off in October after a review by the college's lawyers.", "ended_use"),
        ("The readers still accept badges and PIN codes.", "unrelated"),
        ("State law requires written consent before collecting biometric data, the lawyers had noted.", "unrelated"),
    ]),
    ("Pruett University no longer requires face check for online exams", [
        ("Pruett University no longer requires students in online courses to verify their identity with a webcam photo before an exam.", "ended_use"),
        ("The requirement, added in 2020, compared a live image with the student's ID card through the proctoring service.", "ended_use"),
        ("Instructors may still ask students to show their ID on a video call.", "unrelated"),
        ("The faculty senate had voted in the spring to ask the provost to end the requirement.", "unrelated"),
        ("The provost's office did not say why the change was made now.", "ended_use"),
    ]),
    ("Group asks 80 colleges about face surveillance; most stay silent", [
        ("Of the 80 colleges a student privacy coalition wrote to in September, 52 have not answered.", "no_response"),
        ("Among those that did not reply were Wickford University, the University of Sallow Bay and Tamar State College.", "no_response"),
        ("Eleven schools said they do not use the technology and will not, including Brisco College and Ardent University.", "wont_use"),
        ("Others, such as Coleford University, said only that they review security tools as needs change.", "might_use"),
        ("The coalition said it will publish the full list next month.", "unrelated"),
    ]),
    ("Kettering Hills police chief: 'We don't have it'", [
        ("The chief of the Kettering Hills University Police Department said his officers do not use facial recognition.", "not_using"),
        ("\"We don't have it, and I haven't asked for it,\" Chief Dan Orloff said at a student government meeting.", "not_using"),
        ("He did not say whether the department would consider it in the future.", "not_using"),
        ("The county sheriff's office, which patrols the roads around campus, runs its own face search system.", "unrelated"),
        ("Deputies can use it for crimes that happen anywhere in the county, a sheriff's spokesperson said.", "unrelated"),
    ]),
    ("Sorrel College president signs pledge against face surveillance", [
        ("Sorrel College's president signed a pledge on Tuesday committing the college not to use facial recognition for surveillance on its campuses.", "wont_use"),
        ("The pledge also covers the college's contractors, including its dining and housing vendors.", "wont_use"),
        ("Student organizers had collected 1,100 signatures asking for the commitment.", "unrelated"),
        ("\"This is the kind of thing we should decide before anyone tries to sell it to us,\" the president said.", "wont_use"),
        ("Three other colleges in the state have signed the same pledge.", "unrelated"),
    ]),
    ("Drafting a rule: how Oakhurst University came to ban face recognition", [
        ("Oakhurst University's new technology policy forbids the use of facial recognition on any camera owned or leased by the university.", "wont_use"),
        ("The ban took effect July 1 after the university senate approved it in a 41-3 vote.", "wont_use"),
        ("An exception allows faculty to study the technology in research labs with review board approval.", "wont_use"),
        ("The policy was drafted by a committee of students, faculty and campus police.", "unrelated"),
        ("Oakhurst had never used the technology, the committee's chair said.", "wont_use"),
    ]),
    ("Records: Teller State officers ran face searches through regional center", [
        ("Officers with the Teller State University Police Department asked a regional crime center to run at least 14 face searches in 2022 and 2023, records show.", "using"),
        ("The requests included stills from campus cameras after a string of bike thefts.", "using"),
        ("The university said its police \"do not own facial recognition software.\"", "not_using"),
        ("It did not respond to questions about the requests sent to the regional center.", "no_response"),
        ("The center serves more than 90 police agencies in four counties.", "unrelated"),
    ]),
    ("Why Fennimore University dropped its face entry plan", [
        ("Fennimore University has dropped a plan to let students enter its recreation center with a face scan.", "wont_use"),
        ("The plan, floated by campus recreation last spring, would have replaced the card readers at the turnstiles.", "planning"),
        ("Fennimore would have been the first university in the state to use the technology for gym entry.", "wont_use"),
        ("Recreation officials said the survey results made the decision easy.", "wont_use"),
        ("More than 2,000 students answered the survey, and about 70 percent opposed the idea.", "unrelated"),
    ]),
    ("Face ticketing 'coming soon' to Brightwater arena", [
        ("Brightwater University expects to roll out face-based ticketing at its basketball arena before conference play begins in January.", "planning"),
        ("The athletics department signed an agreement with a ticketing vendor in November, according to a department newsletter.", "planning"),
        ("Holders of season tickets will get the first invitations to enroll.", "planning"),
        ("Student tickets will stay on the mobile app for now.", "planning"),
        ("Several NBA arenas already use the vendor's lanes.", "unrelated"),
    ]),
    ("City of Marlowe bans police face recognition; university police not covered", [
        ("The Marlowe City Council voted 6-1 to ban city departments from using facial recognition.", "unrelated"),
        ("The ordinance does not apply to the Marlowe State University Police Department, which answers to the state.", "unrelated"),
        ("A university spokesperson said its department does not use the technology now.", "not_using"),
        ("Asked whether the university would adopt a similar ban, the spokesperson said that is a question for the board.", "might_use"),
        ("Council members said they hoped the university would follow.", "unrelated"),
    ]),
    ("Highgate College reconsiders face check-in for its library", [
        ("Highgate College has put on hold a plan to let students check in at the library with a face scan.", "might_use"),
        ("Library staff proposed the kiosks last year to replace the turnstile card readers.", "planning"),
        ("The dean of libraries said the college wants to hear from students before deciding.", "might_use"),
        ("A town hall is planned for February.", "unrelated"),
        ("The library's visitor counter, which uses a camera above the door, does not identify anyone, the dean said.", "unrelated"),
    ]),
    ("Response to the student senate on biometrics", [
        ("The administration thanks the Student Senate for its resolution on biometric technology.", "unrelated"),
        ("The university does not currently use facial recognition in any of its buildings.", "not_using"),
        ("Any future proposal to use it would be reviewed by the Data Governance Council, which includes two student members.", "might_use"),
        ("We are not in a position to adopt a permanent ban at this time.", "might_use"),
        ("Questions may be sent to the Office of the Vice President for Operations.", "unrelated"),
    ]),
    ("Westbury Tech students must now verify identity with a selfie", [
        ("Students at Westbury Institute of Technology must now take a selfie that is matched to their ID photo before they can reset a forgotten password.", "using"),
        ("The IT help desk added the step in August after a rise in account takeovers.", "using"),
        ("The match is done by an outside identity company, the desk's manager said.", "using"),
        ("Students who do not want to use it can reset their password in person at the help desk.", "using"),
        ("Many banks use the same kind of check for new accounts.", "unrelated"),
    ]),
    ("Ashby University ends its dorm face-entry pilot, will review", [
        ("Ashby University ended a two-year pilot of face-entry readers at Linden Hall in May.", "ended_use"),
        ("The readers were removed and the hall went back to card swipes this fall.", "ended_use"),
        ("A housing spokesperson said the university will look at the pilot's results before deciding whether to try again.", "might_use"),
        ("About 40 percent of residents had enrolled during the pilot, she said.", "ended_use"),
        ("Residents said the readers often failed in bright sunlight.", "ended_use"),
    ]),
    ("Dozens of universities named in proctoring lawsuit", [
        ("A class action filed in federal court accuses an exam proctoring company of collecting students' face data without consent.", "unrelated"),
        ("The suit names the company, not the universities that license its software.", "unrelated"),
        ("Among the schools listed as customers in the complaint are Elmstead University and Corvin State College.", "using"),
        ("Elmstead said it is reviewing the complaint and had no further comment.", "no_response"),
        ("Corvin State did not respond to a request for comment.", "no_response"),
    ]),
    ("Norcross University police will start using a face search tool next month", [
        ("The Norcross University Police Department will begin using a face search tool next month, the chief told the faculty senate.", "planning"),
        ("NUPD will compare images from investigations with the state's booking photo database.", "planning"),
        ("Searches will need a supervisor's sign-off, under a draft policy the department released.", "planning"),
        ("The chief said the tool will not be used on live camera feeds.", "planning"),
        ("Several senators asked for a vote before the tool goes live.", "unrelated"),
    ]),
    ("A university in Ontario pulls vending machines that sensed faces", [
        ("A university in Ontario is removing about two dozen vending machines after students found they used face detection.", "unrelated"),
        ("The machines' operator said the cameras only sensed whether a person was standing in front of them.", "unrelated"),
        ("The university said it had not been told about the feature and asked for it to be switched off.", "unrelated"),
        ("No US college has reported the same machines, the operator said.", "unrelated"),
    ]),
    ("Glenmora College asked about face payments; no answer", [
        ("Glenmora College did not answer repeated questions about whether the face-pay option at its campus coffee shop is still active.", "no_response"),
        ("The option appeared on the shop's menu board last spring.", "using"),
        ("A student worker said customers can still link their face to a dining account at the counter.", "using"),
        ("The shop is run by a national food service contractor.", "unrelated"),
        ("The contractor's media office did not return an email.", "unrelated"),
    ]),
    ("Kessler University: 'no current plans' for face recognition", [
        ("Kessler University has no current plans to use facial recognition, a spokesperson said Friday.", "not_using"),
        ("She said the university's new camera system records video but cannot identify people.", "not_using"),
        ("Asked whether the university would commit to never using it, she said the university does not make commitments about technologies that do not exist on campus.", "might_use"),
        ("The cameras were installed after a series of thefts in the engineering building.", "unrelated"),
    ]),
    ("Request for proposals seeks 'identity analytics' for Dunham University cameras", [
        ("Dunham University has issued a request for proposals for a video management system that can \"identify persons of interest\" from camera footage.", "planning"),
        ("Bids are due March 14, according to the posting on the state procurement portal.", "planning"),
        ("The request asks vendors to describe their face matching accuracy and how long templates are kept.", "planning"),
        ("A spokesperson said the request describes what the market offers, and that the university has not decided which features it would turn on.", "might_use"),
        ("Dunham's current cameras were installed in 2012.", "unrelated"),
    ]),
    ("Quinlan State's law school tries face sign-in for bar prep exams", [
        "The law school's academic support office runs practice bar exams each spring.",
        ("Quinlan State University's College of Law has been piloting face sign-in for its practice bar exams since January.", "using"),
        ("Students look into a tablet camera, which matches them with their enrollment photo before they get a seat.", "using"),
        ("The pilot will run through May, and the school expects to decide in the summer whether to keep it.", "using"),
        ("The real bar exam is run by the state board, which uses its own ID checks.", "unrelated"),
    ]),
    ("Lists: where the campaign's survey stands", [
        ("Schools that told the campaign they will not use facial recognition now number 61, including Carrow College, Bellhaven University and Portis State.", "wont_use"),
        ("Nine schools, among them Ellery University and the College of St. Anselm of the Pines, said they do not use it but gave no commitment about the future.", "not_using"),
        ("Two, Durant University and Varley Tech, said they use it in limited settings, such as proctoring.", "using"),
        ("Another 24 have not replied to three rounds of letters, including Morrow University and Hallam Community College.", "no_response"),
        ("The campaign updates the list every Friday.", "unrelated"),
    ]),
    ("Dalby University police let face search subscription lapse", [
        ("The Dalby University Police Department let its subscription to a face search service lapse at the end of June, a department spokesperson said.", "ended_use"),
        ("DUPD had paid about $6,000 a year for the service since 2021.", "ended_use"),
        ("The department ran fewer than 20 searches in that time, the spokesperson said.", "ended_use"),
        ("She would not say whether officers still ask the city police to run searches for them.", "no_response"),
        ("The city police department subscribes to the same service.", "unrelated"),
    ]),
    ("Area school district installs face cameras; nearby college says it has none", [
        ("The Pell Creek School District will install face recognition cameras at all seven of its schools this year.", "unrelated"),
        ("District officials said the system will alert staff when someone on a banned list enters a building.", "unrelated"),
        ("Pell Creek Community College, which shares a campus with the district's high school, said the cameras are not on college property.", "not_using"),
        ("The college does not use facial recognition, a spokesperson added.", "not_using"),
        ("Parents at a district meeting asked how long the images will be kept.", "unrelated"),
    ]),
    ("Vendor says more colleges will adopt face entry 'within five years'", [
        ("The chief executive of a campus access company predicted that most large universities will use face entry within five years.", "unrelated"),
        ("\"Cards are going away,\" he told an audience of campus card directors at a trade show.", "unrelated"),
        ("His company's readers are installed at Caldwell University, where students enter dorms by face, according to the company's slides.", "using"),
        ("Caldwell confirmed the readers are in use in two halls.", "using"),
        ("The company plans to release a cheaper reader next year.", "unrelated"),
    ]),
    ("Greer Valley College will not renew proctoring contract", [
        ("Greer Valley College will not renew its contract with an automated proctoring service when it expires in December.", "ended_use"),
        ("The service recorded students through their webcams and flagged faces that did not match the registered student.", "ended_use"),
        ("The college's distance learning office said faculty used it in fewer than 5 percent of courses last year.", "ended_use"),
        ("Instructors who want proctoring can book the college's testing center instead.", "unrelated"),
        ("The decision was made for cost reasons, the office said.", "ended_use"),
    ]),
    ("Hollins Ridge University: the question of whether it already uses face search", [
        ("Hollins Ridge University has not said whether its police department uses facial recognition.", "no_response"),
        ("The student paper asked the department four times over two months.", "no_response"),
        ("Each time, a spokesperson replied that the department \"does not discuss investigative techniques.\"", "no_response"),
        ("The state's public records law exempts some police records from release.", "unrelated"),
        ("The paper has appealed the denial of its records request.", "unrelated"),
    ]),
    ("Merriam College says it will not bring back face recognition in dining", [
        ("Merriam College says it will not bring back the face recognition payment option it removed from its dining halls in 2022.", "wont_use"),
        ("The option had been offered by the college's food service company for about a year.", "ended_use"),
        ("\"We have no intention of going back to it,\" the college's auxiliary services director said.", "wont_use"),
        ("Fewer than 300 students had signed up for face payment.", "ended_use"),
    ]),
    ("Tullis University weighs options after face entry lanes draw long lines", [
        ("Tullis University is weighing whether to keep the face entry lanes at its football stadium after complaints about long lines at the first home game.", "using"),
        ("The lanes opened this season for fans who uploaded a selfie with their ticket.", "using"),
        ("Athletics officials said they are looking at adding staff to the lanes for the next game.", "using"),
        ("Some fans said the regular gates moved faster.", "unrelated"),
        ("The stadium holds 58,000.", "unrelated"),
    ]),
    ("Carver State to seek bids for 'biometric access' at new science building", [
        ("Carver State University plans to seek bids this spring for a biometric door system at its new science building.", "planning"),
        ("The system would let researchers enter labs with a face scan or a fingerprint, according to the building's design documents.", "planning"),
        ("A facilities official said the university has not decided which kind of reader to buy.", "planning"),
        ("The building is scheduled to open in fall 2028.", "unrelated"),
    ]),
    ("A Dorrance University spokesperson on face recognition", [
        ("\"Dorrance University does not use facial recognition technology, and we have no plans to,\" a spokesperson wrote in an email.", "wont_use"),
        ("He added that the university's camera policy prohibits any software that identifies people from video.", "wont_use"),
        ("The policy was last revised in 2021.", "wont_use"),
        ("The email came in reply to questions from the campus radio station.", "unrelated"),
    ]),
    ("Student government at Pinecrest passes resolution; administration silent", [
        ("The Pinecrest University Student Government Association passed a resolution calling on the university to ban facial recognition on campus.", "unrelated"),
        ("The resolution passed 28-2 after an hour of debate.", "unrelated"),
        ("Two weeks later, the administration has not responded to it.", "no_response"),
        ("A spokesperson said the president had received the resolution and would \"review it carefully.\"", "no_response"),
        ("Student government resolutions at Pinecrest are advisory.", "unrelated"),
    ]),
    ("Face detection, not recognition, in Halberd College's new classroom cameras", [
        ("The cameras Halberd College installed in 40 classrooms this fall count how many people are in the room.", "not_using"),
        ("They detect faces to count them but do not identify anyone, the college's IT office said.", "not_using"),
        ("The counts are used to plan which rooms to heat and cool.", "unrelated"),
        ("Some faculty had worried the cameras would be used to take attendance.", "unrelated"),
        ("The IT office said that would require a different system, which the college has not bought.", "not_using"),
    ]),
    ("University in Seoul adopts face entry; US campuses watch", [
        ("A university in Seoul now lets students enter its library and dorms with a face scan.", "unrelated"),
        ("The system enrolled 20,000 students in its first month, the university said.", "unrelated"),
        ("Campus card directors in the United States have taken notice, a trade newsletter reported.", "unrelated"),
        ("At least one American school, Rowan Hill University, has asked the vendor for a demonstration.", "planning"),
    ]),
    ("Haddon College police used a free face search trial, emails show", [
        ("An officer with the Haddon College Department of Public Safety ran searches with a free trial of a face search app in 2020, emails obtained by the paper show.", "using"),
        ("The trial lasted 30 days, and the college never signed a contract, a spokesperson said.", "ended_use"),
        ("The officer's account has been closed, she said.", "ended_use"),
        ("The app's maker offered free trials to police officers across the country.", "unrelated"),
        ("Haddon did not say whether it had rules for officers signing up for such trials.", "no_response"),
    ]),
    ("No more webcam ID checks at Linwood University", [
        ("Linwood University will stop using a webcam identity check for online exams at the end of the fall term.", "ended_use"),
        ("The check asked students to hold their ID next to their face while software compared the two.", "ended_use"),
        ("The provost said the university heard from many students who could not pass the check because of poor lighting or old ID photos.", "ended_use"),
        ("Linwood has not chosen a replacement.", "unrelated"),
    ]),
    ("Estes College does not disclose security tools, spokesperson says", [
        ("Estes College does not disclose which security tools it uses, including whether any of its cameras can recognize faces, a spokesperson said.", "no_response"),
        ("\"Discussing our security measures would make them less effective,\" he wrote.", "no_response"),
        ("The college's security plan is exempt from the state's records law.", "unrelated"),
        ("Faculty members have asked the college to publish a list of the technologies it uses.", "unrelated"),
    ]),
    ("Calloway University backs off face recognition after faculty pushback", [
        ("Calloway University has backed off a proposal to add facial recognition to its campus camera network.", "wont_use"),
        ("The provost told faculty the university will not pursue the technology.", "wont_use"),
        ("The proposal had been part of a security review commissioned after a shooting near campus.", "planning"),
        ("Had it gone forward, Calloway would have been the first public university in the state to scan faces across its campus.", "wont_use"),
        ("The faculty council had passed a motion against it in October.", "unrelated"),
    ]),
    ("Researchers at Dovecote University build a face dataset from campus webcams", [
        ("Computer scientists at Dovecote University collected images from public campus webcams to train a face recognition model.", "unrelated"),
        ("The dataset included about 8,000 people who walked past the cameras over a semester.", "unrelated"),
        ("The university said the project had review board approval and that the images are stored on a secure server.", "unrelated"),
        ("Dovecote's campus police do not use the model or any face recognition tool, a spokesperson said.", "not_using"),
    ]),
    ("Baird Community College gets a state grant for cameras with face search", [
        ("Baird Community College received a $250,000 state grant to upgrade its campus cameras, including software that can search video for a face.", "planning"),
        ("The college intends to install the new system by next fall, a grant summary says.", "planning"),
        ("Asked whether the face search feature will be turned on, a college spokesperson said that decision has not been made.", "might_use"),
        ("The grant program funded camera upgrades at 40 schools and colleges this year.", "unrelated"),
        ("Most of the money went to K-12 districts.", "unrelated"),
    ]),
    ("Fairlee University will keep using face scans in its rec center", [
        ("Fairlee University will keep using face scans at the entrance to its recreation center, a spokesperson said, despite a petition asking it to stop.", "using"),
        ("The scanners, installed in 2023, match members against their ID photos.", "using"),
        ("Members can ask to use a card instead.", "using"),
        ("The petition, started by a graduate student, has about 900 signatures.", "unrelated"),
    ]),
    ("Stillwater University in talks with face-pay vendor, emails show", [
        ("Stillwater University's dining office has been in talks with a face-payment vendor since last spring, emails obtained through a records request show.", "planning"),
        ("In one message, a dining manager wrote that she hoped to have kiosks in the two busiest cafes \"by the start of next term.\"", "planning"),
        ("A university spokesperson said no contract has been signed.", "planning"),
        ("The vendor's kiosks are already in use at several airports.", "unrelated"),
        ("The spokesperson did not answer whether students would be asked for consent.", "no_response"),
    ]),
    ("A decade of face readers at Morland College, and now an exit", [
        ("Morland College began using face readers at the doors of its two largest residence halls in 2014.", "ended_use"),
        ("For years, residents looked into a small camera to get in, and staff said the readers cut down on tailgating.", "ended_use"),
        ("This summer, the college replaced them with card readers as part of a hall renovation.", "ended_use"),
        ("Housing officials said the old readers were no longer supported by their maker.", "ended_use"),
        ("The college has not said whether the new readers could add a face option later.", "ended_use"),
    ]),
    ("County sheriff expects to expand face search to campus-area patrols", [
        ("The Greyford County Sheriff's Office expects to give deputies who patrol near Greyford State University access to a mobile face search app next year.", "unrelated"),
        ("The sheriff told county commissioners the app would help deputies identify people who refuse to give their names.", "unrelated"),
        ("Greyford State's own police department is not part of the program, a university spokesperson said.", "not_using"),
        ("She said the university does not use face recognition.", "not_using"),
        ("Commissioners will vote on the app's funding in January.", "unrelated"),
    ]),
    ("Upton University will phase out face check-in at its health center", [
        ("Upton University's student health center is phasing out the face check-in kiosks it added in 2021.", "ended_use"),
        ("The kiosks matched patients with their chart photos so they could skip the front desk.", "ended_use"),
        ("They will be gone by the end of the semester, the center's director said.", "ended_use"),
        ("Patients will check in with staff or through the patient portal.", "unrelated"),
    ]),
    ("Face recognition off the table for Carlisle Tech's new cameras, board says", [
        ("Carlisle Technical College's board adopted a rule Tuesday barring face recognition on the 200 cameras it is adding this year.", "wont_use"),
        ("The rule also bars the college from buying software that could add the feature later.", "wont_use"),
        ("Board members said they wanted to settle the question before the cameras go up.", "wont_use"),
        ("The cameras are paid for by a state safety grant.", "unrelated"),
    ]),
    ("Privacy group's report on campus surveillance names five colleges", [
        ("A privacy group's report on campus surveillance says five colleges use facial recognition in some form.", "unrelated"),
        ("They include Wrenfield University, which runs face matching at its stadium, and Alder Point College, which uses it for online exams.", "using"),
        ("The group also lists Sandoval State as planning face scans for its new dorms.", "planning"),
        ("The report relied on public records, vendor websites and news stories.", "unrelated"),
        ("Wrenfield and Alder Point did not reply when asked about the report.", "no_response"),
    ]),
    ("Ivorydale College has not ruled out face scans for dorms", [
        ("Ivorydale College in South Carolina has not ruled out face scans for its residence halls, its housing director said at a forum.", "might_use"),
        ("\"We look at every option, and that is one of them,\" she said.", "might_use"),
        ("The college now uses card readers at every hall.", "might_use"),
        ("Students at the forum asked for a written policy before any change.", "unrelated"),
    ]),
    ("K-12 district to trial face cameras at football games", [
        ("The Harlan Valley Unified School District will begin a trial of face recognition cameras at high school football games next month.", "unrelated"),
        ("The district said the cameras will look for people who have been banned from school events.", "unrelated"),
        ("Harlan Valley College, whose stadium the district rents for two games, said the cameras will be taken down after each game.", "not_using"),
        ("The college does not use such cameras at its own events, a spokesperson said.", "not_using"),
    ]),
    ("Summit University explains its new ID card photos", [
        ("Summit University is asking students to submit new ID photos this year because its card office expects to use them for a face-based entry system.", "planning"),
        ("The system would let students into dining halls without swiping, according to a card office FAQ.", "planning"),
        ("The FAQ says the feature will be optional and will not start before next fall.", "planning"),
        ("Students who do not submit a new photo will keep their current card.", "unrelated"),
    ]),
    ("Ellison College cancels face scan pilot before it starts", [
        ("Ellison College has canceled a pilot of face scans at its library before the first reader was installed.", "wont_use"),
        ("The library had planned to test the scans with volunteers this fall.", "planning"),
        ("A college spokesperson said the college will not revisit the idea.", "wont_use"),
        ("The library will keep its card turnstiles.", "unrelated"),
    ]),
    ("Campus police chiefs split on face search at regional meeting", [
        ("At a regional meeting of campus police chiefs, views on face search tools were divided.", "unrelated"),
        ("The chief at Orrington University said her department has used the state's face search system since 2018 and finds it useful.", "using"),
        ("The public safety director at Bellwood College said his department does not use the tools.", "not_using"),
        ("A third chief, from Kinley State, said her department stopped using them two years ago after a mistaken match.", "ended_use"),
        ("The meeting was closed to the public; the paper spoke to attendees afterward.", "unrelated"),
    ]),
    ("Marchmont University kiosk sign raises questions", [
        ("A sign on a new kiosk in Marchmont University's bookstore tells customers the device \"may use facial analysis.\"", "using"),
        ("The bookstore's manager said the kiosk is run by the bookstore's outside operator.", "using"),
        ("A university spokesperson said Marchmont did not approve any facial analysis and has asked the operator to turn it off.", "ended_use"),
        ("The operator did not reply to questions.", "unrelated"),
    ]),
    ("State university system weighs systemwide rule on face recognition", [
        ("The Westland State University System's board is weighing a systemwide rule that would bar its 12 campuses from using facial recognition.", "unrelated"),
        ("A vote could come in the spring.", "unrelated"),
        ("Westland State-Rivermouth already bans the technology under its own policy.", "wont_use"),
        ("Westland State-Cedar Falls uses it in its testing center, a system report says.", "using"),
        ("Campus presidents have been asked to comment on the draft by February.", "unrelated"),
    ]),
    ("No reply from Kingsbridge on face scan survey", [
        ("Kingsbridge University was one of 14 schools in the state that did not answer a survey about facial recognition sent by the state's civil liberties union.", "no_response"),
        ("The survey asked whether schools use the technology, plan to, or have rules about it.", "unrelated"),
        ("Nine schools answered, all saying they do not use it.", "not_using"),
        ("The group said it will send the survey again in the fall.", "unrelated"),
    ]),
    ("Pembrook University renews face-matching contract for its stadium", [
        ("Pembrook University renewed its contract for face-matched entry at its football stadium for three more years.", "using"),
        ("The athletics board approved the renewal without discussion.", "using"),
        ("About a fifth of season-ticket holders used the lanes last year, the department said.", "using"),
        ("The vendor has added two more college stadiums this year.", "unrelated"),
    ]),
    ("Rawley College says it never activated face feature on its cameras", [
        ("Rawley College says it never activated the face recognition feature that came with the camera system it bought in 2022.", "not_using"),
        ("The feature is included in the software license but is switched off, the college's security director said.", "not_using"),
        ("Turning it on would require the approval of the president's cabinet, he said.", "not_using"),
        ("The camera maker advertises the feature to colleges on its website.", "unrelated"),
    ]),
    ("Two community colleges, two answers on face recognition", [
        ("Belton Community College told the paper it does not use facial recognition and will not, citing a board policy adopted in 2021.", "wont_use"),
        ("Riverside Hollow Community College said it does not use it now but would not rule it out.", "might_use"),
        ("Both colleges installed new cameras in the past year.", "unrelated"),
        ("Neither has a written policy on how long video is kept.", "unrelated"),
    ]),
    ("UK university drops attendance face scans after student protests", [
        ("A university in Manchester has dropped a plan to take attendance with face scans after student protests.", "unrelated"),
        ("The plan would have used cameras in lecture halls.", "unrelated"),
        ("Students' unions at two other British universities say similar plans are being discussed.", "unrelated"),
        ("No American university has announced such a system, the article said.", "unrelated"),
    ]),
]


def main() -> None:
    write_by_page(PAGES, "stance_written_g")


if __name__ == "__main__":
    main()
