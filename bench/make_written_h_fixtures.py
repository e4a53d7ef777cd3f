"""Write the written-h stance sets (tests/fixtures/stance_written_h_{train,test}.csv) from the pages below.

Reference by context over whole articles: every page was written for this project by its engineer
after reading real news stories, student-paper articles, trade press, court stories and campus
announcements about facial recognition at colleges. Most sentences on such a page never name the
technology or even the institution ("the system", "it", "the plan", "officials", "the contract"),
and many say nothing about a stance at all (costs of something else, history, a hall's size, a
quote about privacy in general, a forum to come). Each sentence is labelled with what it says
about the US institution in the context of its page: a sentence about the bids, cost, signing or
start date of the campus's own system carries that system's stance; a refusal to answer about it
is ``no_response`` even without the word "comment"; a description of past use on a page about
ending it is ``ended_use``; a dropped plan is ``wont_use`` (as in the written-g set); a vendor's or
a lawsuit's list of campus customers gives each campus named ``using``; filler, outsiders and
general quotes are ``unrelated``. No sentence is copied or lightly edited from a source, and the
institutions are made up. Whole pages are split: every fourth page goes to ``test`` (never tuned
on), the rest to ``train``. Run by hand: ``python bench/make_written_h_fixtures.py``.
"""

from __future__ import annotations

from make_real_style_fixtures import write_by_page

U, US, PL, MU, NU, WU, EU, NR = (
    "unrelated", "using", "planning", "might_use", "not_using", "wont_use", "ended_use", "no_response")

# (title, [(sentence, stance) or a plain context sentence, ...]); a plain string is only context.
PAGES = [
    ("Dunleigh University quietly added face scans to its dining hall registers", [
        ("Students paying for lunch at Dunleigh University's Marsh Commons can now settle the bill by looking into a small camera at the register.", US),
        ("The option appeared in September, with no announcement beyond a sign taped to each register.", US),
        ("Dining Services confirmed the change in an email to the Dunleigh Ledger on Tuesday.", US),
        ("Marsh Commons seats about 900 and is the busiest of the campus's four dining halls.", U),
        ("Students enroll by taking a selfie in the campus card app and linking it to their meal plan.", US),
        ("Those who do not enroll can still swipe a card or tap a phone.", US),
        ("A dining spokesperson said the contract with the payment company runs through 2027 and cost about $86,000 to set up.", US),
        ("\"Anything that stores your face should come with a very clear explanation,\" said a law professor who studies consumer privacy.", U),
        ("The spokesperson did not answer questions about how long the images are kept.", NR),
        ("Student government plans to hold a forum on campus technology next month.", U),
    ]),
    ("Records: Calder State police searched state face database 73 times", [
        ("Officers with the Calder State University Police Department ran 73 searches through the state's face-matching system between 2021 and 2023, according to logs released to The Calder Courier.", US),
        ("Most of the searches involved thefts from campus buildings.", US),
        ("The department gained access through an agreement with the state patrol signed in October 2020.", US),
        ("The state system compares a photo with roughly 14 million driver's license and booking images.", U),
        ("A university spokesperson first told the paper that Calder State \"does not use facial recognition.\"", NU),
        ("Asked about the logs, she said the department \"uses a state tool, not its own software.\"", US),
        ("Chief Ronald Teague had no further comment.", NR),
        ("Civil liberties lawyers say face matching misidentifies Black and Asian faces more often than white ones.", U),
        ("The state patrol said 240 agencies have access to the system.", U),
    ]),
    ("Athletics unveils face-scan entry lanes for Hollins Field", [
        ("Season-ticket holders at Brookmere University can enter Hollins Field this fall without pulling out a phone.", US),
        ("The athletics department opened two express lanes at Gate C that match a fan's face with a photo uploaded to their ticket account.", US),
        ("Enrollment is free and takes about a minute, according to the department's game-day guide.", US),
        ("Hollins Field, which opened in 1962, holds 41,500 fans.", U),
        ("The department said the lanes moved about 1,800 fans an hour during the opener.", US),
        ("It plans to add lanes for the student section next season if the numbers hold up.", PL),
        ("The company behind the lanes also works with several major league ballparks.", U),
        ("Fans who opt out can use the regular gates.", US),
    ]),
    ("Why Ashmont College let its campus camera contract lapse", [
        ("Ashmont College did not renew its contract for camera software that flagged faces on a watch list, the college confirmed this week.", EU),
        ("The software had run on about 60 cameras at building entrances since 2019.", EU),
        ("It was switched off when the contract expired on June 30.", EU),
        ("The college paid about $42,000 a year for the license, budget records show.", EU),
        ("A spokesperson said the decision was about cost, not privacy.", EU),
        ("She would not say whether the college might buy a similar product later.", NR),
        ("The cameras still record video, which is kept for 30 days.", U),
        ("Ashmont enrolls about 2,300 students on its hillside campus.", U),
    ]),
    ("Vendor's client list names several colleges", [
        ("A face recognition company's marketing brochure lists Fairlie University, Strand Community College and the University of Tolland among its campus clients.", US),
        ("The brochure, which was online until last week, says the company's cameras \"know who belongs on campus.\"", U),
        ("Fairlie University said its license covers only the cameras at its research park.", US),
        ("Strand Community College did not return calls.", NR),
        ("The University of Tolland said it ended its contract with the company in 2022.", EU),
        ("The company said it does not comment on individual customers.", U),
        ("Such brochures often overstate what a client has actually deployed, said an analyst who follows the security industry.", U),
    ]),
    ("Parking garage cameras at Renwick University read plates, not faces", [
        ("Renwick University's new garage cameras will read license plates but cannot identify faces, the transportation office said.", U),
        ("The office answered questions after students posted photos of the cameras online.", U),
        ("\"There is no face matching anywhere in this system,\" the office's director said.", NU),
        ("The garage opened in August with 1,100 spaces.", U),
        ("Plate data is deleted after 90 days unless a citation is issued.", U),
        ("The director would not say whether the university had looked at face matching for its other garages.", NR),
        ("The city's own parking enforcement uses a similar plate system downtown.", U),
    ]),
    ("Proctoring tool required in Orrin University chemistry courses", [
        ("Students in Orrin University's introductory chemistry courses must take their midterms under an online proctoring service this semester.", US),
        ("Before each exam the service matches a webcam photo with the student's ID.", US),
        ("The department adopted it in 2020 when exams moved online and kept it after classes returned to campus.", US),
        ("About 1,400 students take the two courses each year.", U),
        ("A department administrator said students without a webcam may book a seat in the testing center instead.", US),
        ("The service's maker says its face checks are accurate for all skin tones.", U),
        ("Several students told the Orrin Observer they felt they had no real choice.", U),
        ("The department did not respond to a request for comment on those concerns.", NR),
    ]),
    ("Hadley Tech says it is 'looking at' face entry for new residence hall", [
        ("Hadley Institute of Technology is weighing face-based entry for the residence hall it will open in 2026, a housing official told the student senate.", PL),
        ("The hall, a 12-story tower on the east lot, will house about 700 first-year students.", U),
        ("No vendor has been chosen, and the idea may not survive a review by the university's privacy office, the official said.", PL),
        ("\"We're asking questions, not signing anything,\" she said.", MU),
        ("Senators asked whether students could opt out.", U),
        ("The official said any system would keep card readers as a second way in.", PL),
        ("Construction of the tower is on schedule and under its $118 million budget.", U),
        ("A decision is expected by spring.", PL),
    ]),
    ("County sheriff, not the college, ran face search in Greywell theft case", [
        ("The Greywell County Sheriff's Office used facial recognition to identify a man charged with stealing laptops from Greywell Community College, court filings show.", U),
        ("Deputies ran a still from the library's security video through the sheriff's face search tool.", U),
        ("The college handed over the video after a subpoena, a spokesperson said.", U),
        ("She said the college itself does not have any face recognition software.", NU),
        ("The man has pleaded not guilty.", U),
        ("The sheriff's office has used the tool since 2018 and runs several hundred searches a year.", U),
        ("A public defender said the match should not have been the basis for an arrest.", U),
    ]),
    ("University of Pellston drops plan to scan faces at recreation center", [
        ("The University of Pellston will not go ahead with a plan to let students into its recreation center with a face scan.", WU),
        ("Campus Recreation had proposed the change in March as a way to shorten lines at the turnstiles.", PL),
        ("The idea drew more than 300 comments, most of them opposed, during an online feedback period.", U),
        ("\"We heard the community clearly, and we will not pursue it,\" the director of Campus Recreation said.", WU),
        ("Students will keep using their ID cards at the door.", WU),
        ("The center logs about 4,500 visits on a typical weekday.", U),
        ("A student who organized the comment campaign called the outcome \"a good day for privacy.\"", U),
        ("Pellston would have been the first school in its conference to use the technology for gym entry.", WU),
    ]),
    ("Statement on campus safety technology from the Office of the President, Corbin College", [
        ("Corbin College does not use facial recognition technology on any of its cameras.", NU),
        ("Our security cameras record video that is reviewed only after an incident is reported.", U),
        ("The college regularly reviews new tools as they become available.", MU),
        ("Any new technology that collects biometric information would go to the Faculty Senate and the Student Assembly before a decision.", MU),
        ("We know many in our community care deeply about this question.", U),
        ("Questions may be sent to the Office of Public Safety.", U),
    ]),
    ("Library kiosks at Weston State use face check for laptop loans", [
        ("The self-service laptop kiosks in Weston State University's Morrow Library now confirm a borrower's identity with a face check.", US),
        ("Borrowers look into the kiosk's camera, which compares their face with their student ID photo.", US),
        ("The kiosks were installed over the summer at a cost of $64,000, paid for by a student technology fee.", US),
        ("The library lends about 200 laptops a day during finals.", U),
        ("Library staff said the check cut down on students borrowing laptops with someone else's card.", US),
        ("Patrons who do not want the check can ask at the circulation desk.", US),
        ("The kiosk maker sells the same machines to public libraries and airports.", U),
    ]),
    ("A conversation about face recognition, and a college that wouldn't join it", [
        ("Ingram College was one of 22 colleges in the state asked by a student coalition to say whether it uses facial recognition.", U),
        ("The coalition sent its letter in February and followed up twice.", U),
        ("Ingram never replied.", NR),
        ("Nor did it answer questions from this newspaper.", NR),
        ("Eleven of the colleges wrote back that they do not use it and will not, the coalition said.", U),
        ("The coalition's organizer said silence is itself an answer.", U),
        ("Ingram enrolls about 3,800 students and has its own police department.", U),
    ]),
    ("Fenbrook University ends face matching pilot at health center", [
        ("Fenbrook University has ended a pilot that used face matching to check patients in at its student health center.", EU),
        ("The pilot began in January and was meant to run through the end of the year.", EU),
        ("Patients had been able to skip the front desk by looking into a tablet at the entrance.", EU),
        ("A health center spokesperson said fewer than 200 students signed up.", EU),
        ("The tablets were removed last week.", EU),
        ("Check-in is back to a name and date of birth at the desk.", EU),
        ("The center sees about 30,000 visits a year.", U),
        ("The spokesperson did not say whether the pilot could be revived.", NR),
    ]),
    ("Students must now verify identity with a selfie to register at Tarrant Valley College", [
        ("New students at Tarrant Valley College must verify their identity with a selfie before they can register for classes.", US),
        ("The college's enrollment portal compares the selfie with a photo of a government ID.", US),
        ("Officials said the step is meant to stop fake applicants who enroll only to collect financial aid.", US),
        ("Community colleges across the country have reported a surge in such applications.", U),
        ("The check is done by an outside identity company under a contract signed in May.", US),
        ("It took effect Monday.", US),
        ("Applicants who cannot complete it online may visit the admissions office with their ID.", US),
        ("The college's vice president for enrollment said 94 percent of applicants passed on the first try.", US),
        ("Privacy advocates have warned that identity checks of this kind can fail people with older IDs.", U),
    ]),
    ("Police at Marrow University will begin trial of face search software next month", [
        ("The Marrow University Police Department will begin a 90-day trial of face search software next month, Chief Alana Booker told the Board of Regents.", PL),
        ("Detectives would use it only on images from a crime already reported, she said.", PL),
        ("The vendor is giving the department the trial at no cost.", PL),
        ("If the trial goes well, the department expects to ask for a one-year license worth about $15,000.", PL),
        ("Two regents asked for a written policy before the trial starts.", U),
        ("Booker said a draft is being written.", PL),
        ("MUPD has 38 sworn officers and patrols the main campus and two satellite sites.", U),
        ("The board took no vote on the matter.", U),
    ]),
    ("Opinion: What a camera on every corner would mean for Gorham", [
        ("Walk across the quad at Gorham College and you will pass at least a dozen cameras.", U),
        ("None of them, as far as anyone has told us, can recognize a face.", U),
        ("The college has said it has no plans to change that.", NU),
        ("But the technology is cheap now, and the pressure after every campus shooting is real.", U),
        ("Face recognition makes more mistakes with darker-skinned people, study after study has found.", U),
        ("We ask the college to go one step further and rule it out in writing.", U),
        ("A promise made in a press release can be quietly dropped.", U),
    ]),
    ("Inside the bid: how Larkin State shopped for smarter cameras", [
        ("Larkin State University asked vendors last spring for camera software that could \"identify persons of interest by facial features,\" according to a request for proposals posted on the state procurement site.", PL),
        ("Four companies responded.", PL),
        ("The lowest bid came in at $212,000 over three years.", PL),
        ("The university has not awarded the contract, a procurement officer said.", PL),
        ("The request also sought license plate readers for the campus's three parking garages.", U),
        ("Asked whether face matching would still be part of the purchase, a spokesperson said the university \"is reviewing all options.\"", MU),
        ("Larkin State's camera network has grown from about 300 cameras in 2015 to more than 1,400 today.", U),
        ("The request for proposals was removed from the procurement site after the Larkin Lantern asked about it.", U),
    ]),
    ("Lawsuit says Dunmore College required face scans for online exams", [
        ("A former student has sued Dunmore College, saying the college required her to let an exam tool scan her face without the written consent state law requires.", US),
        ("The complaint, filed in state court, says the college told students in several online courses to use the tool in 2021 and 2022.", US),
        ("The suit seeks to represent everyone who took such an exam.", U),
        ("A college spokesperson said Dunmore does not comment on pending litigation.", NR),
        ("The state's biometric privacy law allows damages of $1,000 for each violation.", U),
        ("Similar suits have been filed against several exam software companies.", U),
        ("The student's lawyer said the college, not only the vendor, had a duty to ask first.", U),
    ]),
    ("Palmer University Police say they stopped using face search app", [
        ("The Palmer University Police Department no longer uses a face search app that officers tried in 2020, the department said Thursday.", EU),
        ("Two investigators had accounts during a trial, and the department later paid for a one-year subscription.", EU),
        ("It did not renew the subscription when it ran out in 2022.", EU),
        ("The department said the app produced leads in three cases during that time.", EU),
        ("\"We decided the tool wasn't worth the questions it raised,\" a department spokesperson said.", EU),
        ("He said PUPD has no current plans to use any similar product.", NU),
        ("The company behind the app has faced lawsuits and fines in several countries.", U),
        ("It says it now sells only to government agencies.", U),
    ]),
    ("Hawkes Regional School District installs face cameras at high school near Hawkes College", [
        ("The Hawkes Regional School District has installed cameras that can recognize faces at Hawkes High School, across the street from Hawkes College.", U),
        ("The district says the cameras will alert staff when someone on a banned list enters the building.", U),
        ("The system cost the district about $180,000, paid for by a state school safety grant.", U),
        ("Hawkes College, which shares a parking lot with the high school, is not part of the program.", U),
        ("A college spokesperson said its own cameras have no such feature and that it is not considering one.", NU),
        ("Parents at a school board meeting were split on the cameras.", U),
        ("The state's education department is drafting rules for face recognition in K-12 schools.", U),
    ]),
    ("Student senate at Quill University calls for a ban on face recognition", [
        ("The Quill University Student Senate voted 31-4 on Wednesday to urge the administration to ban facial recognition on campus.", U),
        ("The resolution is not binding.", U),
        ("It asks the university to put a ban into its camera policy by the end of the academic year.", U),
        ("The university does not use the technology today, a spokesperson said after the vote.", NU),
        ("He said the administration would \"review the resolution carefully\" but made no commitment.", MU),
        ("Senators spent more than an hour debating a separate measure on parking fees.", U),
        ("The resolution's sponsor said she would bring it to the Faculty Senate next.", U),
    ]),
    ("Marquand Community College pulls vending machines after face sensor discovery", [
        ("Marquand Community College has removed a set of snack machines from its student center after a student noticed a message suggesting the machines analyzed faces.", EU),
        ("The machines, placed by an outside vending operator, had been on campus for about two years.", EU),
        ("The operator said the cameras only estimated a customer's age and gender and did not identify anyone.", U),
        ("The college said it had not been told the machines had cameras at all.", U),
        ("\"Until we are satisfied, they stay off campus,\" the dean of students said.", EU),
        ("The student who found the message posted a photo of it online, where it was shared thousands of times.", U),
        ("The vending operator serves hundreds of campuses and office buildings.", U),
    ]),
    ("Report: face recognition spreads to campus stadiums and dining halls", [
        ("A new report from a digital rights group counts at least 40 US colleges using face matching somewhere on campus, most often at stadium gates and dining registers.", U),
        ("Among them are Corvell University, whose stadium lanes opened last fall, and Stanmore State, which uses face payment in two cafes.", US),
        ("The report says most of the systems were added without a public policy.", U),
        ("It also lists colleges that have promised not to use the technology, including Amberly College and the University of Norwick.", WU),
        ("The group asked every campus on its list to respond before publication.", U),
        ("Corvell declined to comment on the report.", NR),
        ("Stanmore State said its cafes are run by a contractor and that face payment there is optional.", US),
        ("The authors say they will update the list each semester.", U),
    ]),
    ("Harlan University's face recognition research draws questions about its dataset", [
        ("Researchers at Harlan University collected images of thousands of people walking across campus to train face recognition software.", U),
        ("The images were taken from a camera on the roof of the engineering building over several months in 2017.", U),
        ("The dataset was shared with companies and labs around the world before it was taken offline in 2019.", U),
        ("A university spokesperson said the project was approved by its research review board.", U),
        ("She said the university's security cameras are not used for face recognition.", NU),
        ("Several of the people photographed said they had no idea they were in the dataset.", U),
        ("Other universities have pulled similar datasets after public criticism.", U),
    ]),
    ("Meal swipes by face: Oakvale College's dining hall goes cardless", [
        ("Oakvale College's Fairweather Dining Hall no longer needs a card at the door.", US),
        ("Since January, students walk up to a tablet that recognizes them and deducts a meal swipe.", US),
        ("The system came from the college's dining contractor, which has rolled it out at several campuses.", US),
        ("Fairweather serves about 2,500 meals a day.", U),
        ("Students who would rather not have their face scanned can ask a cashier to look them up by name.", US),
        ("The college's dining director said the change shortened lines at lunch by about five minutes.", US),
        ("Asked how the face data is stored, the contractor referred questions to the college.", U),
        ("The college did not answer those questions by deadline.", NR),
    ]),
    ("Students at Brenton University pressed administrators on campus cameras at a packed town hall", [
        ("About 150 people filled a lecture hall at Brenton University on Monday for a town hall on campus security cameras.", U),
        ("Many came with questions about a line in the draft camera policy that would allow \"biometric analysis\" of recorded video.", PL),
        ("The vice president for operations said the clause was meant to leave room for future tools, not to allow anything now.", MU),
        ("\"We are not running facial recognition today,\" he said.", NU),
        ("He said the draft is open for comment until March 15.", PL),
        ("One graduate student said she would not feel safe attending protests if the clause stayed in.", U),
        ("The town hall ran 40 minutes past its scheduled end.", U),
        ("A second session is planned for the university's downtown campus.", U),
    ]),
    ("Contract shows Verrill University paid for face matching on stadium cameras", [
        ("Verrill University signed a $96,000 contract in 2022 for software that matches faces on its stadium's security cameras against a list of banned fans, records show.", US),
        ("The contract was signed in October, weeks before the rivalry game.", US),
        ("The list includes people ejected for fighting or trespassing in the past three seasons.", US),
        ("The athletics department confirmed the software is in use at every home game.", US),
        ("It said the images of fans who are not on the list are not kept.", US),
        ("The stadium seats 62,000 and was renovated in 2018.", U),
        ("A professor of sports management said several pro teams have tried similar systems with mixed results.", U),
        ("The university's faculty senate has asked to see the list's criteria.", U),
    ]),
]


def main() -> None:
    write_by_page(PAGES, "stance_written_h")


if __name__ == "__main__":
    main()
