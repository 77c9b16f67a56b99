"""Letters: 2 .txt, 2 .docx, 2 .eml. The care-home campaign is pasted into letter-01 (exact) and letter-02 (edited)."""
from common import Letter
import t_chm, t_tel

S = t_chm.S

LETTERS = [
    Letter("letter-01", "txt", "care-home", "relative", [
        "[[p:DOROTHY HASSALL]]\n[[st:3 Potters Way]]\nHollinsford\n[[pc:ST16 9DL]]",
        "{{14 March 2025|date}}",
        "Adult Social Care Consultation\nHollinsford Borough Council\nCivic Centre",
        "Dear Sir or Madam,",
        t_chm.TEMPLATE,
        "My neighbour [[p:Lorraine]] gave me this letter to sign and I agree with every word of it. My sister "
        "[[p:Edith]] has been at Ashlea for four years.",
        "Yours faithfully,",
        "[[p:Dorothy Hassall]] (Mrs)",
    ], camp=t_chm.CAMP, role="exact"),

    Letter("letter-02", "eml", "care-home", "relative", [
        "To whom it may concern,",
        " ".join(S[:3]),
        "My father, [[p:Wilfred Mountford]], is in [[fl:Room 3, Larkspur Unit]]. He was born on "
        "the [[dob:9th of October 1929]] and worked at the {{Michelin|orgp}} factory in {{Stoke|place}} for thirty "
        "years. He is registered blind and finds his way round his room by touch. His NHS number is "
        "[[nhs:999 502 3733]]. My brother [[p:Keith]] and I take turns to visit, and we cannot see how a move to a "
        "strange building would be anything but frightening for him.",
        " ".join(S[4:]),
        "Regards,",
        "[[p:Janet Mountford]]\n[[ph:07700 900 127]]\n[[em:janet.mountford@example.net]]",
    ], camp=t_chm.CAMP, role="edited",
        headers={"From": "Janet M <jm.consult@example.net>", "To": "consultations@example.org",
                 "Subject": "Ashlea Court consultation", "Date": "Mon, 17 Mar 2025 09:12:44 +0000"}),

    Letter("letter-03", "docx", "catchment", "parent", [
        "[[st:26 Drumnaquoile Road]]",
        "Ballykeel",
        "[[pc:bt347xq]]",
        "{{2 April 2025|date}}",
        "Dear Sir/Madam,",
        "I am writing about the proposed change to the catchment of {{Drumcarrow High School|venue}}. Our daughter "
        "[[p:Saoirse Quinn]], [[dob:17/06/2014]], is in P7 at [[sch:Ballykeel Primary School]] and sits the "
        "{{transfer test|law}} this year. She has {{asthma|med}} and her inhaler plan is held by the school.",
        "We have no objection to Rathgillan College as a school, but the journey is too long for a child with her "
        "condition, and the {{Translink|org}} timetable has no bus back after 4.15. My husband [[p:Ciarán]] works "
        "in {{Lisburn|place}} and I work shifts at the {{Southern Trust|org}}.",
        "Please withdraw the proposal and consult again with real figures for the new houses on the "
        "{{Banbridge Road|route}}.",
        "Yours faithfully,",
        "[[p:Bronagh Quinn]]",
        "[[ph:028 9018 0735]] / [[em:bronagh.quinn@example.com]]",
    ]),

    Letter("letter-04", "docx", "telecare", "relative", [
        "{{Annwyl Gyngor|welsh}} / Dear Council,",
        "Ysgrifennaf ar ran fy mam, [[p:Eirwen Rees-Thomas]]. I write on behalf of my mother, who is 92 and lives "
        "alone at [[hn:Glanrhyd]], [[st:Heol yr Eglwys]], {{Pentre Isaf|inv}}, [[pc:CF44 9DZ]].",
        "Her details, so that you can check her record: date of birth [[dob:23 February 1933]], NHS number "
        "[[nhs:999 320 3874]], Careline customer number [[acc:TCL-000642]], hospital number "
        "[[hosp:RGH 4410278]] at the {{Royal Glamorgan|hosp}}.",
        "Mam has had the alarm since 2016. She has fallen three times and each time the Careline sent a warden "
        "within half an hour. She lives on her state pension and a small pension from the {{Coal Board|org}}. She "
        "narrowly misses {{Pension Credit|law}}, so under the proposal she would pay the full charge.",
        "Please keep the service free for people over 85 at least.",
        "{{Yn gywir|welsh}} / Yours sincerely,",
        "[[p:Catrin Rees-Thomas]]",
    ]),

    Letter("letter-05", "txt", "street-trees", "resident", [
        "[[hn:The Limes]]\n[[st:Moorside Lane]]\nWharfeton",
        "Dear Pavements First team,",
        "The big tree at the front of our house is marked for felling. It is one of the two trees the house was named "
        "after in 1904; the other came down in the war. My grandson [[p:Ellis]], who is at "
        "[[sch:Wharfeton Grammar School]], measured it for his geography project and it is 19 metres tall.",
        "We have had no letter, only a red dot sprayed on the trunk. My husband [[p:Geoff]] rang the number on the "
        "council website and was told to fill in this consultation. If the roots are a problem, I would happily pay "
        "towards a root bridge.",
        "We also have a {{Japanese maple|tree}} in the garden and a {{Bramley|tree}} apple tree, so we are not "
        "against trees, as you can tell.",
        "[[p:Margaret Outhwaite]]\n[[ph:0113 496 0218]]",
    ]),

    Letter("letter-06", "eml", "late-night-levy", "business", [
        "Dear Licensing Team,",
        "I own {{Bhamra's Wine Bar|orgp}} on {{Station Parade|route}}, licence number [[acc:WRF/PL/2011/0175]]. "
        "We close at 12.30 on Fridays and Saturdays and at 11 the rest of the week.",
        "I am not against a levy in principle, but the draft does not give any reduction for members of "
        "{{Best Bar None|law}}, which the guidance allows. We spend about 4,000 pounds a year on door staff already.",
        "During {{Vaisakhi|event}} and wedding season we stay open later for private functions. A levy should not "
        "apply to a one-off Temporary Event Notice.",
        "Regards,",
        "[[p:Harpreet Singh Bhamra]]\n[[ph:020 7946 0912]]\n[[em:harpreet.bhamra@example.com]]",
    ], headers={"From": "Bhamra's Wine Bar <bookings@example.com>", "To": "licensing@example.org",
                "Subject": "Late night levy consultation response", "Date": "Tue, 25 Mar 2025 14:03:10 +0000"}),
]
