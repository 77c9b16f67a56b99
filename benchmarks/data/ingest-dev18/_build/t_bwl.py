"""bowling-greens: Burslow City Council (fictional, the Potteries) proposes to close seven of its eleven crown
green bowling greens and offer the other four to clubs on leases, ending council greenkeeping."""
from common import R, each, sents

PREFIX, CONSULTATION = "BWL", "bowling-greens"
C = "bwl-save-our-greens"

TPL = (
    "We are writing to oppose {{Burslow City Council|inv}}'s plan to close seven of its eleven {{crown green|word}} bowling "
    "greens and stop council greenkeeping on the rest. For hundreds of older people in this city the green is the "
    "only reason to leave the house, and it does more for our health than any leaflet. The clubs cannot take on a "
    "lease, insurance and a greenkeeper on subs of {{£40 a season|num}}. A green left for one summer is a field, "
    "and it never comes back. Save our greens. We ask the council to keep all eleven greens open for the "
    "{{2025 season|date}}, to work with the {{Burslow and District Bowling Association|org}} on a fair plan, and to look "
    "at the cost of the lonely and the unfit before it cuts the cheapest exercise there is."
)
S = sents(TPL)


def nocommas(s):
    return s.replace(",", "").replace(". ", ".  ")


ITEMS = [
    # 001 template
    R("club", TPL, C, "template"),
    # 002 Potteries dialect
    R("bowler", "{{Ey up duck|dialect}}. Ow many of yer councillors from {{Shelton|placename}} an' {{Fenton|place}} ave bin down {{Tunhurst Park|site}} on a {{Wednesday|date}} "
      "afternoon? Forty of us, three of us wi' new hips. I'm 81 and I've played there since 1967. Shut it an' we'll be "
      "sat in the house gerrin {{nesh|dialect}} and {{mardy|dialect}}. Leave it be.\n[[p:Stan Boote]], [[st:Hanley Road]]"),
    # 003 exact, commas removed and double spaces
    R("bowler", each(TPL, nocommas), C, "exact"),
    # 004 widow, late husband, green named
    R("pensioner", "My husband [[p:Len]] bowled for {{Fenmoor Recreation Ground|site}} for forty years and when he died "
      "the club put a bench by the green with his name on. They looked after me. I don't bowl but I go and sit on "
      "[[p:Len]]'s bench every {{Sunday|date}}. If the green shuts the bench will be in a field with the dog muck. "
      "[[p:Irene Shenton]], [[st:9 Wedgwood Place]], [[pc:st6 3pq]]"),
    # 005 short support
    R("resident", "Support the closures. Bowls is for a tiny number of people and the money is needed elsewhere."),
    # 006 exact capitals
    R("bowler", each(TPL, str.upper), C, "exact"),
    # 007 GP as supporter
    R("gp", "I am a GP in {{Burslow|inv}}. Social prescribing sends patients to the greens for exactly the reasons "
      "the clubs describe: {{Parkinson's|med}}, after a stroke, after bereavement. One patient I will call only "
      "'a retired saggar maker' came off {{sertraline|med}} within a season. Please ask the {{Director of Public Health|role}} "
      "to cost the health effect before deciding."),
    # 008 edited: personal paragraph (club secretary, contacts)
    R("club", " ".join(S[:4]) + "\n\nI am secretary of {{Steppings Lane Bowling Club|org}}, which has played on the "
      "council green since 1921. We have 58 members, our eldest, [[p:Dorothy Bagnall]], is 96 and still plays every "
      "week. We looked at the lease figures: the greenkeeping contract alone would be {{£9,000|num}} a year. Ring me on "
      "[[ph:07700 900 486]] or write to [[em:steppingslanebc.secretary@example.org]].\n\n" + " ".join(S[4:]) +
      "\n[[p:Graham Tittensor]], Secretary", C, "edited"),
    # 009 blank
    R("resident", ""),
    # 010 young person, lower case
    R("young person", "my grandad [[p:kenny]] basically lives at the bowls lol. hes the happiest ive ever seen him "
      "since nan died. i go with him in the summer holidays and its actually fun. i go [[sch:st werburgh's high]] and its 5 mins away. please dont shut {{victoria park|site}}"),
    # 011 business named after people
    R("business", "{{Bagnall & Dale Sports|orgp}} has supplied woods and shoes to Potteries bowlers since 1958. We "
      "sell {{Drakes Pride|brand}} and {{Taylor|brand}} bowls to young and old. Closing seven greens would finish "
      "the sport in this city. We would sponsor a green if the council let us."),
    # 012 edited: reworded opening and closing
    R("bowler", "Seven greens out of eleven is far too many. " + " ".join(S[1:5]) +
      " Think again, {{Burslow|inv}}. {{Ow at|dialect}}?", C, "edited"),
    # 013 near-miss
    R("resident", "A green left for one summer is not a tragedy. The park at {{Longton|place}} had one, and so did the one in {{Florence|placename}}, turned into a "
      "wildflower meadow and it's lovely. Close the empty ones and put the money into the ones people use."),
    # 014 Punjabi Sikh bowler, hard name cases
    R("bowler", "I took up bowls at {{Tunhurst Park|site}} after I retired from the buses. Now the Sikh lads from the "
      "{{gurdwara|church}} play {{Tuesday|date}} nights and the old potters teach us the bias. My friend [[p:Joy]] "
      "(yes, a man called [[p:Joy]], [[p:Joginder]]) won the club pairs with [[p:Arthur Salt]] last year. Where else in this "
      "city does that happen?\n[[p:Harbhajan Singh Gill]]"),
    # 015 edited: partial template + own words
    R("bowler", " ".join(S[1:3]) + " For me, after my heart attack, the cardiac nurse at {{Royal Stoke|hosp}} said walk "
      "or bowl. I bowl. My hospital number is [[hosp:RSUH 30 44 127]] and my NHS number [[nhs:999-859-9849]] if you don't believe me. I live on "
      "[[st:Trentham Row]] and can walk to the green.\n[[p:Bernard Mountford]]", C, "edited"),
    # 016 parks volunteer, friends group
    R("organisation", "{{Friends of Burslow Victoria Park|org}} would take on the green there with help. We need a "
      "five-year grant for the mower and the council's greenkeeper for two seasons while volunteers train. We want "
      "to meet the {{Cabinet Member for Leisure and Culture|office}}. Contact: [[p:Mandy Lovatt]], [[ph:01632 960 554]], [[em:mandy.lovatt [at] example.net]]."),
    # 017 ramble
    R("pensioner", "I don't write to councils as a rule but I've been asked by the ladies at the green to put "
      "something down because I was a teacher and I can spell. So. I was born in {{Tunstall|place}} in 1946 and "
      "my father worked at {{Wedgwood|orgp}} at {{Barlaston|place}} and came home grey with dust every night, and the "
      "one thing he loved was the green at {{Fenmoor Recreation Ground|site}} where he played for the works team "
      "against {{Spode|orgp}} and {{Royal Doulton|orgp}} and the miners from {{Chatterley Whitfield|landmark}}. He took me "
      "down there when I was six and I sat on the wall with a bottle of pop and an {{oatcake|dialect}} with cheese. "
      "I didn't play myself until I was sixty-five because it was an old man's game, that's what we thought. Now "
      "I'm seventy-eight and there are nineteen women in our section, and we have a rota for the tea and a "
      "{{WhatsApp|brand}} group and a Christmas do, and we're all home for {{Coronation Street|show}} at half seven, and when [[p:Pauline]] lost her husband we took it in turns to "
      "ring her so she was never on her own on a {{Sunday|date}}. The council says nobody uses the greens. Come "
      "on a {{Thursday|date}} in {{June|date}} and count us. It says in the papers it's {{£186,000|num}} to keep all "
      "eleven. I don't know how much it costs when one of us falls and breaks a hip because we've stopped moving, "
      "but I bet it's more than that. We're not asking for a new leisure centre. We're asking you to cut the grass. "
      "And please don't put the green at Fenmoor out to lease, because the club there has eleven members left and "
      "they would have to close.\n[[p:Margaret Birks]] (Mrs)"),
    # 018 councillor, named; office without name elsewhere
    R("councillor", "As ward councillor for {{Fenmoor|inv}} I have objected to this in {{Full Council|org}} and "
      "I object again here. Cllr [[p:Sharon Plant]] and I have asked for the closures to be phased. {{Bowls England|org}} "
      "has offered advice on asset transfer.\nCllr [[p:Neil Hollins]]"),
    # 019 very short
    R("resident", "Keep the greens."),
    # 020 n/a
    R("resident", "n/a"),
]
