"""second-homes-premium: Ceredon County Council / Cyngor Sir Ceredon (fictional, the Cardigan Bay and Llyn
coast of north-west Wales) proposes to raise the council tax premium on second homes from 100 to 300 per cent
from April 2026, and on homes empty for more than two years to 200 per cent (300 after three), ring-fencing the
money (about GBP 6.8 million a year) for a Local Homes Scheme (Cynllun Cartrefi Lleol): shared-equity help for
first-time buyers and grants to bring empty homes back into use."""
from common import R, each, sents

PREFIX, CONSULTATION = "SHP", "second-homes-premium"
C = "shp-homes-for-local-people"

# ASCII only: the template is pasted into letter-04.eml.
TPL = (
    "I am writing in support of {{Ceredon County Council|inv}}'s proposal to raise the council tax premium on "
    "second homes to 300 per cent. "
    "In {{Porthcennin|inv}} more than four houses in every ten now stand empty for most of the year, and young "
    "people who grew up here cannot buy or rent a home in their own community. "
    "The premium will not solve this alone, but it is fair that people who can afford a second home pay more "
    "towards the services they use every summer. "
    "Please ring-fence every penny it raises for the {{Cynllun Cartrefi Lleol|own}}, so that empty houses are "
    "brought back into use and local first-time buyers get help with a deposit. "
    "A village needs people living in it all year round. "
    "{{Tai i bobl leol|slogan}}!"
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("resident", TPL, C, "template"),
    # 002 second-home owner from Chester, against; council tax account
    R("second home owner",
      "We have owned [[hn:Gwêl y Don]] in {{Porthcennin|inv}} since 2004 and drive over from {{Chester|placename}} "
      "most Fridays. We already pay the {{100 per cent|num}} premium, {{£4,380|num}} a year, and we shop at the "
      "{{Spar|org}} and eat in {{the Ship Inn|org}}. At {{300 per cent|num}} we will sell, and it will go to "
      "someone who lets it on {{Airbnb|brand}}.\n[[p:Jeremy Hargreaves]] (council tax account [[acc:30884127]])"),
    # 003 exact, lower case
    R("resident", each(TPL, str.lower), C, "exact"),
    # 004 wholly in Welsh, young worker living with her parents
    R("young person",
      "Dw i'n 27 oed ac yn gweithio yn y {{Co-op|org}} yn {{Aberheli|inv}}, ond dw i'n dal i fyw adra ar "
      "[[st:Stryd y Felin]]. Mae fy nghariad [[p:Gwion]] yn saer coed ac yn gweithio ar dai haf bob dydd, ond "
      "fedrwn ni ddim fforddio'r un. Mae'r premiwm yn deg. {{Nid yw Cymru ar werth|slogan}}.\n"
      "[[p:Elliw Haf Roberts]]"),
    # 005 one word, Welsh
    R("resident", "{{Cefnogi|welsh}}."),
    # 006 edited: personal paragraph in the middle
    R("parent", " ".join(S[:3]) + "\n\nI am writing this for my daughter [[p:Nia]] as much as for me. She and her "
      "partner both work and they have rented a static caravan at {{Traeth Cennin|inv}} for two years because "
      "nothing else comes up. From {{Easter|event}} to {{September|date}} the site wants it back for visitors and "
      "they move in with me. Their little one, [[p:Twm]], is in the reception class at "
      "[[sch:Ysgol Gynradd Llanfeiriol]] and he has changed beds four times this year.\n\n" + " ".join(S[3:]), C, "edited"),
    # 007 holiday-let business
    R("business",
      "We run {{Bae Cennin Cottages|org}}, six holiday lets that are rated as a business and full far more than "
      "the {{182 days|num}} {{the Welsh Government|org}} requires, so the premium does not touch us. The problem is "
      "houses locked up for 300 days a year, not lets that are full. {{Chwarae teg|welsh}}, target those.\n"
      "[[p:Sioned Pritchard-Lloyd]]\n[[ph:01632 960 418]]"),
    # 008 Brazilian care worker, English as a second language
    R("worker",
      "I am from {{Goiânia|place}} in {{Brazil|place}}, I work as carer for old people around {{Aberheli|inv}}. "
      "In winter many houses are dark, only the old people living. My landlord he told me next year he make my "
      "flat holiday flat. Where I go then? I live in [[fl:flat 2, Tŷ'r Harbwr]]. The tax is good if the money make "
      "houses for workers. {{Obrigada|lang}}."),
    # 009 exact, capitals
    R("resident", each(TPL, str.upper), C, "exact"),
    # 010 community council, formal numbered response
    R("community council",
      "Response of {{Llanfeiriol Community Council|inv}} / {{Cyngor Cymuned Llanfeiriol|inv}}\n\n"
      "1. The Council discussed the proposal at its meeting on {{14 October|date}} and voted seven to two to "
      "support a premium of {{300 per cent|num}} on second homes.\n"
      "2. Of the 212 dwellings in the community, 61 ({{29 per cent|num}}) are registered as second homes.\n"
      "3. The Council asks that owners who are actively renovating an empty property be given a year's grace, as "
      "the {{Local Government Finance Act 1992|law}} allows.\n"
      "4. The Council asks that a share of the money be spent in the communities where it is raised, and that "
      "{{the Cabinet Member for Housing|office}} meets the community councils of the peninsula before the final "
      "decision.\n\n"
      "[[p:Rhiannon Davies]], {{Clerk|role}} / {{Clerc|role}}\n[[em:clerc.llanfeiriol@example.org]]"),
    # 011 one-liner, against
    R("second home owner", "{{300%|num}}?? daylight robbery. we'll just flip it to a holiday let like everyone "
      "else on the street"),
    # 012 near-miss: retired incomers
    R("pensioner",
      "A village needs people living in it all year round, yes, and we are two of them, retired here from "
      "{{Wolverhampton|place}} in 2009. Nobody should pretend a premium will bring back the bank, the bus or the "
      "school. Spend it on building, not on punishing people."),
    # 013 edited: reworded opening and closing in the first person
    R("resident", "I grew up in {{Porthcennin|inv}} and I now live in a flat in {{Cardiff|place}}, because when I "
      "left school there was nothing I could afford to rent within thirty miles of my mam. " + " ".join(S[1:4]) +
      " I would come home tomorrow if I could, so please vote this through.", C, "edited"),
    # 014 capitals, pensioner
    R("pensioner",
      "I AM 81 AND I HAVE LIVED ON [[st:HEOL Y CAPEL]] ALL MY LIFE. NOW THERE IS ME AND ONE OTHER IN THE WINTER AND "
      "THE REST ARE DARK FROM {{OCTOBER|date}} TO {{EASTER|event}}. NOBODY TO CALL IF I FALL. PUT IT UP. MY "
      "NUMBER IS [[ph:01632 960 733]] AND MY COUNCIL TAX REFERENCE IS [[acc:3011 8842]].\n[[p:MEGAN OWEN]]\n[[pc:LL53 5TG]]"),
    # 015 blank
    R("resident", ""),
    # 016 teenager, lower case texting
    R("young person",
      "im 17 n all my mates r gonna have to move to {{caerdydd|place}} or {{manchester|place}}. my nain lives on "
      "[[st:maes yr eglwys]] n the whole close is empty all winter apart from her n mrs [[p:jenkins]]. just do it "
      "tbh. my insta is [[sh:@elis.porthcennin]] if u want to see how dead it is in {{jan|date}}"),
    # 017 edited: half the template and the writer's own text
    R("worker", " ".join(S[:3]) + "\nI'm a plumber, born and bred in {{Aberheli|inv}}, and you'll see my van, "
      "[[vr:CX21 PLB]], outside half the holiday cottages in the village. I'm 34 and I still can't get a mortgage "
      "here: the cheapest two-bed terrace went for {{£245,000|num}} last spring to a couple from "
      "{{Surrey|place}}. Happy to talk: [[em:dylan.plymio at example dot com]].\n[[p:Dylan Ellis-Hughes]]",
      C, "edited"),
    # 018 Italian-Welsh cafe, a business named after the family
    R("business",
      "My nonno came from {{Bardi|place}} in {{1946|date}} and opened {{Caffi Bertorelli|orgp}} on "
      "{{the Prom|route}}. In summer we cannot make the coffee fast enough, in {{January|date}} I see maybe twenty "
      "people a day. A town needs people in the winter or the café dies. So yes. {{Grazie|lang}} and "
      "{{diolch|welsh}}.\n[[p:Lucia Bertorelli]]"),
    # 019 disabled person, PA, NI number
    R("disabled person",
      "I live in an adapted bungalow at [[st:6 Cae'r Odyn]], [[pc:LL53  7RF]]. My PA, [[p:Ffion]], has had to move "
      "three times in two years because the houses she rented were sold as second homes. If I lose her I lose my "
      "independence. Your online form asked for my national insurance number, [[ni:QQ 52 71 08 C]], and then "
      "crashed, so here it is."),
    # 020 ramble: inherited family home
    R("second home owner",
      "I'm not sure which box I fit in, so I'll explain. My mam, [[p:Eirlys]], lived at [[hn:Tŷ Capel Bach]] in "
      "{{Llanfeiriol|inv}} for fifty-one years and died last {{February|date}}. My brother [[p:Huw]] and I were "
      "both born in that house. He lives in {{Swansea|place}} now and I live in {{Shrewsbury|place}}, because "
      "that's where the work was when we were young, and neither of us can afford to move back and neither of us "
      "can bear to sell it yet. So on paper I'm a second home owner. I go up one weekend a month, I open the "
      "windows, I cut the grass, I feed Mam's old cat, {{Mostyn|pet}}, who still turns up at the back door, I sit in Mam's chair, and I go to {{Capel Bethesda|church}} on the Sunday "
      "because the ladies there still ask after her. I pay the premium already and I don't begrudge it, not "
      "really. What I'd ask is that the council looks at people like us differently from the ones who buy five "
      "cottages as an investment. Give families a couple of years after a death before the full premium starts. "
      "Let us rent it to a local family at a fair rent without losing it. My cousin's boy would have it "
      "tomorrow, he's a paramedic at {{Ysbyty Gwynedd|hosp}} and he's living in a room above a pub. If the "
      "{{Cynllun Cartrefi Lleol|own}} could help with that, I'd sign up the same day. I don't want Mam's house to "
      "be a holiday let with a key safe on the door. I want a light on in the window in {{December|date}}. "
      "That's all. I know the village is hollowing out, I can see it from her kitchen: four houses in the row and "
      "only one with a car outside in winter. I think the premium is right in principle. I just don't want "
      "people like me, who are hanging on to a family home for family reasons, to be the ones who get squeezed "
      "out, because if we sell, it won't be to a family from {{Llanfeiriol|inv}}. We all know who buys these "
      "places.\n[[p:Bethan Morgan-Jones]]"),
]
