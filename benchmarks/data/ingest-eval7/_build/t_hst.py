"""school-hostel: Skerray Islands Council (fictional, Orkney) proposes to close Ayre Halls, the weekly boarding
hostel in Kirkwall for secondary pupils from the outer isles, and replace it with daily flights and ferries for
older pupils and online lessons in the island schools for S1 and S2."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "HST", "school-hostel"
C = "hst-keep-the-hostel-open"

TPL = (
    "We are parents, pupils and former boarders from the outer isles, and we ask the council to keep "
    "{{Ayre Halls|own}} open. "
    "For fifty years the hostel has let island children go to secondary school in {{Kirkwall|place}} without "
    "leaving home for good. "
    "Daily {{Loganair|air}} flights and ferries are cancelled in every winter gale, and a twelve year old should not start "
    "the day at six on a boat. "
    "Online lessons in a small island school are no substitute for a teacher in the room. "
    "The hostel staff know our children and keep them safe. "
    "Keep the hostel, keep the isles alive. "
    "We ask {{Skerray Islands Council|inv}} to withdraw the proposal, to repair the building, and to set up a "
    "working group with isles parents before anything else is decided."
)
S = sents(TPL)


def spaced(s):
    return s.replace(". ", ".   ").replace(",", " ,")


ITEMS = [
    # 001 template
    R("parent", TPL, C, "template"),
    # 002 pupil, lower case texting
    R("young person", "im in s2 and board at ayre halls mon to fri. mrs [[p:flett]] the night warden makes "
      "hot chocolate on wednesdays and helps with maths. the plane got cancelled 9 times last term. dont "
      "close it. my big sister [[p:ashleigh]] boarded there too"),
    # 003 exact, spacing and commas
    R("parent", each(TPL, spaced), C, "exact"),
    # 004 parent, farm, child, school
    R("parent", "We farm at [[hn:Nether Quoys]] on {{North Ronsay|inv}}. Our son [[p:Magnus]], born [[dob:30 March 2013]], starts S1 at "
      "[[sch:Kirkhaven Grammar]] in {{August|date}}. There is no way he can be on the 7.10 flight every morning "
      "and back on the 16.40. The {{Islander|air}} only takes eight and it is full of nurses and tradesmen."),
    # 005 blank
    R("parent", ""),
    # 006 Orcadian older voice
    R("former boarder", "I was a boarder in 1963 when it was the old hostel on {{Junction Road|route}}. Gey "
      "peedie I was, no older than {{Harry Potter|char}} going to {{Hogwarts|char}}, and homesick, but it made me. Dinna close it. [[p:Jessie Rendall]], aged 73"),
    # 007 edited: personal paragraph, daughter with diabetes, DOB, NHS number
    R("parent", " ".join(S[:4]) + "\n\nOur daughter [[p:Isla Drever]], date of birth [[dob:11/06/2012]], has "
      "{{type 1 diabetes|med}}. At the hostel the staff check her levels at night and know when to call "
      "{{the Balfour|hosp}}. Her NHS number is [[nhs:999 478 9325]]. On a cancelled ferry at "
      "{{Tingwall|place}} pier nobody does that.\n\n" + " ".join(S[4:]) + "\n[[p:Kirsty Drever]], "
      "[[hn:Gairsty]], [[pc:kw17 2ty]]", C, "edited"),
    # 008 support, short
    R("resident", "The hostel costs a fortune for 30 kids. Online is the future. Support. [[p:Sigurd Linklater]]"),
    # 009 exact CAPS
    R("parent", each(TPL, str.upper), C, "exact"),
    # 010 Black Isle incomer
    R("parent", "We moved out here from {{the Black Isle|place}} three years ago, from near "
      "{{Fortrose|place}}, and the hostel was one reason we felt able to. Our twins [[p:Rowan]] and "
      "[[p:Ellis]] are due at the Grammar in two years. If it shuts we will go back south. That is one more "
      "family off the island. [[hn:Muckle Brae Cottage]], [[pc:KW17 2RS]]"),
    # 011 teacher (role only)
    R("teacher", "I am a {{depute head|role}} in one of the isles schools and I have taught online. It works "
      "for one motivated pupil. It does not work for a class of three twelve-year-olds with a Wi-Fi link "
      "that drops in the rain. {{Education Scotland|org}} would not accept it on the mainland."),
    # 012 near miss
    R("resident", "Keep the hostel, keep the isles alive, yes, but the building is falling down. Build a new hostel, smaller, "
      "and sell the old one."),
    # 013 edited: reworded opening and closing
    R("community council", "{{North Ronsay Community Council|inv}} opposes the proposal. " + " ".join(S[1:6]) +
      " We would welcome a visit from the {{Director of Education|role}} on the boat, in {{January|date}}.",
      C, "edited"),
    # 014 Tigrinya? no: Romanian nurse on the island
    R("resident", "I am a nurse on the island, from {{Romania|place}}. My boy [[p:Matei]] is in the hostel from "
      "{{Monday|date}} to {{Friday|date}}. He is happy, he has friends, he plays for the "
      "{{Kirkwall Hotspurs|club}} juniors. Please keep it. Contact me [[em:ana.matei at example dot com]]."),
    # 015 n/a
    R("resident", "N/A"),
    # 016 social handle, former boarder
    R("former boarder", "I'm 19 now and at uni in {{Aberdeen|place}}. Ayre Halls was the best thing about "
      "school. There's a group of us posting old photos of {{St Magnus Cathedral|church}} and {{the Ring of Brodgar|landmark}} at [[sh:@ayrehalls_alumni]] to show what it meant. [[p:Freya Tulloch]]"),
    # 017 ferry worker
    R("resident", "I crew on the {{Earl Sigurd|landmark}} and I can tell you it is cancelled or delayed most "
      "weeks from {{November|date}} to {{March|date}}. The council knows this. Ask {{Orkney Ferries|org}} for "
      "the figures, or {{the Harbour Master|role}}. Even our ship's dog {{Sweyn|pet}} gets seasick."),
    # 018 parent with vehicle, phone
    R("parent", "If the plan goes ahead who pays for the taxi from the airport to school? I drive our two to "
      "the pier in the pickup, [[vr:SV21 KXO]], and it is fifty minutes each way in the dark. Ring me: "
      "[[ph:01632 960 451]]. [[p:Erlend Scott]]"),
    # 019 very short
    R("resident", "Keep it."),
    # 020 edited: partial template plus own words
    R("parent", " ".join(S[2:6]) + " We are on {{Skerrasay|inv}} with no airstrip at all.", C, "edited"),
]
