"""street-signs: Clanrye and Mourne District Council (fictional, around Newry) consults on a new policy for
second-language street nameplates: a street would get an Irish (or Ulster-Scots) nameplate if 15% of
occupiers ask for it, instead of two-thirds as now, with no one allowed to block it by not replying."""
from common import R, each, sents, plain_only

PREFIX, CONSULTATION = "SGN", "street-signs"
C = "sgn-signs-for-everyone"

TPL = (
    "We support the draft {{Dual Language Street Signs Policy|own}}. "
    "Irish is a living language in our district, spoken in homes, {{Gaelscoileanna|irish}} and {{GAA|org}} clubs, and a street sign costs "
    "the council very little. "
    "Under the old rules a street needed two-thirds of occupiers to say yes, and anyone who did not return "
    "the form counted as a no. "
    "That is not a fair test of anything. "
    "Signs for everyone, in both our languages. "
    "We ask {{Clanrye and Mourne District Council|inv}} to adopt the 15 per cent threshold, to put Irish and "
    "English nameplates up together on new streets, and to offer Ulster-Scots nameplates on the same terms "
    "to anyone who wants them."
)
S = sents(TPL)


def one_per_line(s):
    return s.replace(". ", ".\n")


ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 angry capitals against
    R("resident", "NO. THIS IS DIVISIVE AND A WASTE OF MONEY. FIX THE POTHOLES ON {{THE CAMLOUGH ROAD|route}} "
      "FIRST. [[p:SAMMY HAWTHORNE]], [[st:44 DRUMALANE PARK]]"),
    # 003 exact lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 Irish-medium parent, child's school
    R("parent", "Our daughter [[p:Caoimhe]] (born [[dob:4/2/2016]]) is in P5 at [[sch:Bunscoil an Iúir]] and she reads the English "
      "signs for me and the Irish ones to her granny. We live in [[st:Sráid an Mhuilinn]], which is only "
      "that on the Irish sign we put up ourselves, ha. {{Go raibh maith agaibh|irish}}."),
    # 005 blank
    R("resident", ""),
    # 006 older unionist, house name, polite against
    R("resident", "I have lived at [[hn:Thornlea]], [[st:Ballyholland Road]], since 1968 and I have no "
      "objection to Irish as such. But 15 per cent means a street of forty houses gets a sign if six ask. "
      "The other thirty-four should count for something. Keep the old rule. [[p:W. J. McCullough]]"),
    # 007 edited: personal paragraph, late husband, Irish teacher
    R("resident", " ".join(S[:3]) + "\n\nMy late husband [[p:Seán Ó Murchú]] taught Irish at night classes in "
      "{{the Arts Centre|landmark}} for twenty-two years and it was his wish to see the name of our street "
      "in Irish before he died. He did not. We live at [[st:5 Chapel Hill]], [[pc:BT34 2QF]], and the survey "
      "came to us in {{2019|date}}, and half the street never sent it back.\n\n" + " ".join(S[3:]) +
      "\n[[p:Bríd Uí Mhurchú]]", C, "edited"),
    # 008 short
    R("resident", "Don't care either way."),
    # 009 Polish resident
    R("resident", "I am from {{Poland|place}}, living in {{Newry|place}} 15 years. In my town in "
      "{{Silesia|place}} there are signs in Polish and German, nobody dies from it. But please also info in "
      "Polish at the council office, this is more useful for me than street sign. [[p:Katarzyna Zając]], [[em:k.zajac at example dot org]]"),
    # 010 exact CAPS
    R("resident", each(TPL, str.upper), C, "exact"),
    # 011 Ulster-Scots organisation
    R("organisation", "{{The Ulster-Scots Agency|org}} welcomes the inclusion of Ulster-Scots nameplates. We note "
      "the equality screening refers to {{the Identity and Language (Northern Ireland) Act 2022|law}} and to "
      "{{section 75|law}}. We ask that {{the Chief Executive|role}} publishes the costs per sign."),
    # 012 near miss
    R("resident", "Signs for everyone, in both our languages, fair enough, but a 15 per cent threshold is daft. Make it fifty and "
      "I'd vote for it."),
    # 013 lower case teen
    R("young person", "tbh nobody my age cares about the signs we use google maps. but my granda [[p:mick]] "
      "goes on about it every sunday so ye. dead on, as {{Derry Girls|show}} would say. im [[p:caolán]] btw, [[sh:@caolan.mcv]] on insta"),
    # 014 edited: reworded opening and closing
    R("community group", "{{Cumann Gaelach an Iúir|inv}} writes in support. " + " ".join(S[1:5]) +
      " {{Is fearr Gaeilge bhriste ná Béarla cliste|irish}}.", C, "edited"),
    # 015 GAA club
    R("organisation", "{{St Colman's GAC|org}} has 600 members and runs all its under-age coaching in Irish and "
      "English. Our {{Chairperson|role}} would be happy to meet the council. Contact "
      "[[em:runai.stcolmans@example.org]]."),
    # 016 councillor named, office keep
    R("resident", "Councillor [[p:Declan Magennis]] told the {{Newry Reporter|org}} outside {{the Cathedral of Saints Patrick and Colman|church}} the signs would be up by "
      "{{Easter|date}}. So the consultation is for show? {{The Chair of the Council|office}} should say.\n[[p:Pádraig Ó Néill]], [[st:Carnagh Park]], [[pc:bt35 8jw]]"),
    # 017 Lithuanian with phone
    R("resident", "I am [[p:Rasa Jankauskienė]]. For me more important is bins, but OK, signs is fine. "
      "Please call me about the bin at our street, [[st:Derrybeg Drive]]: [[ph:028 9649 6271]]. {{Ačiū|lang}}."),
    # 018 n/a
    R("resident", "n/a"),
    # 019 vehicle plate and route
    R("resident", "Tourists already get lost on {{the A1|road}} and the road out to {{Slieve Gullion|landmark}}. Two names on one "
      "sign will make it worse. A van reg [[vr:LDZ 4817]] sat outside our house for an hour last week with "
      "the driver trying to read the sign on {{Monaghan Street|route}}."),
    # 020 edited: partial template plus own words
    R("resident", " ".join(S[:4]) + " Both my parents spoke Irish at home in {{Omeath|place}} and I lost it at "
      "school. Put the signs up.", C, "edited"),
]
