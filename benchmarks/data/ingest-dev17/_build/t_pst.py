"""pest-control: Clydeburn Council (fictional, west of Glasgow) proposes to charge for pest control: rats and
mice £48 a course of treatment, wasps £62, bedbugs £165, cockroaches £120; to end the exemption for council
tenants (free only on Council Tax Reduction); and to close the out-of-hours line."""
from common import R, each, sents

PREFIX, CONSULTATION = "PST", "pest-control"
C = "pst-rats-dont-pay"

TPL = (
    "We are council tenants and residents in {{Clydeburn|inv}}. "
    "Rats and mice are not a lifestyle choice. "
    "They come from broken drains, overflowing bin stores and empty flats that the council and the housing "
    "associations are responsible for. "
    "Charging {{£48|num}} a visit will mean people on low incomes leave an infestation until it spreads to the "
    "whole close. "
    "Vermin are a public health problem, not a private one. "
    "Keep pest control free. "
    "We ask {{Clydeburn Council|inv}} to keep the service free for rats, mice and bedbugs, to keep the exemption "
    "for council tenants, to fix the back-court drains and bin stores, and to keep the out-of-hours phone line. "
    "Rats don't pay, so why should we?"
)
S = sents(TPL)

ITEMS = [
    # 001 template
    R("council tenant", TPL, C, "template"),
    # 002 Glasgow tenant: tenement flat, street, child, a fly-tipper's van
    R("council tenant", "Ah'm in a [[fl:flat 0/1]] on [[st:Balgrennan Street]] an' the back court's {{hoachin|dialect}} wi rats. "
      "Ma wean [[p:Kayden]]'s three an' he seen wan on the landing. It's no ma rats, it's the council's middens, an' "
      "a white van, [[vr:SF19 KRT]], dumps mattresses in the lane every fortnight. Ah cannae afford forty-eight quid."),
    # 003 private landlord: tenant named, landlord registration number
    R("landlord", "I let six flats. Charge, and tenants will stop reporting mice until the whole building has "
      "them. Last winter my tenant, Mr [[p:Nowak]], reported mice the day he saw them and the block was done in a "
      "week. Keep reporting free. Landlord registration [[acc:284731/410/19522]]."),
    # 004 Easy Read, support worker
    R("disabled person", "I live on my own.\nI live at [[fl:Flat 1]], [[st:9 Tannery Court]].\nI have a learning disability.\nMy support worker is [[p:Gail]].\n"
      "We had mice in the kitchen.\nThe council came.\nIt was free.\nIf it costs money I will not phone.\n"
      "The mice will stay.\nThat is bad.\nPlease keep it free."),
    # 005 blank
    R("council tenant", ""),
    # 006 exact, lower case
    R("council tenant", each(TPL, str.lower), C, "exact"),
    # 007 Syrian mother: high-rise flat, daughter
    R("council tenant", "We are from {{Homs|place}}, we live in [[fl:flat 14/3, Kilbraid Court]]. Cockroaches come "
      "from the rubbish chute, every family on our floor has them. {{£120|num}} we cannot pay. My daughter "
      "[[p:Jamila]] has {{eczema|med}} and is scared to sleep. {{Shukran|lang}}."),
    # 008 trade union: laws, diseases named after people
    R("organisation", "{{Unison|org}} represents the council's {{Pest Control Officers|role}}. Rodent control is a "
      "public health duty under the {{Prevention of Damage by Pests Act 1949|law}} and the "
      "{{Public Health etc. (Scotland) Act 2008|law}}. Rats carry {{Weil's disease|med}} "
      "({{leptospirosis|med}}) and {{salmonella|med}}. Charging cuts reports and raises the cost later, and "
      "closing the out-of-hours line leaves {{Environmental Health Officers|role}} called at home."),
    # 009 cafe owner, business named after a person
    R("business", "I run {{Mario's Café|orgp}} on {{Dumbarton Road|route}} and pay {{Rentokil|org}} already. What's "
      "the point if the flats above are never treated because folk cannae afford it? Keep it free for households."),
    # 010 edited: personal paragraph, flat, child, condition
    R("council tenant", " ".join(S[:4]) + "\n\nThat is exactly what happened in our close. I'm in "
      "[[fl:flat 3/2]], [[st:27 Anniesland Row]], and the flat below lay empty for eight months. By the time "
      "the council came, we had mice in every cupboard. My son [[p:Lewis]] has {{asthma|med}} and the "
      "droppings set him off; his consultant at the {{Royal Hospital for Children|hosp}} wrote to the council "
      "about it.\n\n" + " ".join(S[4:]), C, "edited"),
    # 011 Belfast-born tenant: street, email
    R("council tenant", "{{Bout ye|dialect}}. I'm from {{Belfast|place}} originally, grew up round {{the Holylands|place}}, "
      "and we had rats the size of cats there too, but at least the {{Housing Executive|org}} sent somebody. "
      "I'm at [[st:41 Kelvinhaugh Road]] now. Charging for this? {{Catch yourself on|dialect}}. {{Wee buns|dialect}} for "
      "the council to fix the drains instead. [[em:declan.mccrory@example.com]], or [[sh:@declan_mcc]] on X."),
    # 012 pensioner: name, date of birth, NI number, job number
    R("pensioner", "I am [[p:Agnes Lafferty]], 78, on pension credit. About the bedbugs I gave my date of birth, "
      "[[dob:9th April 1946]], to three people and my {{National Insurance|law}} number, [[ni:QQ 21 75 88 A]], twice, "
      "and my carer [[p:Bernie]] rang twice more, and still I got a bill for {{£165|num}} on job number [[acc:PC-2024-11873]]. If that's what it's like for "
      "those who qualify, imagine everybody else."),
    # 013 near-miss
    R("resident", "'Rats don't pay, so why should we?' is a good slogan, but somebody does pay: the council tax "
      "payer. I'd support a small charge for wasps, which are not a health risk, and keep rats free."),
    # 014 exact, capitals
    R("council tenant", each(TPL, str.upper), C, "exact"),
    # 015 teenager, tiktok handle
    R("young person", "ma maw says ah'm no allowed tae post the rat videos anymore lol cos ma wee brother [[p:Clyde]] is in them but naw, folk need tae "
      "see it. there's like ten of them every night at the middens. follow [[sh:@clydeburn_rat_watch]] on "
      "tiktok and tell me they should charge for that"),
    # 016 housing association
    R("housing association", "{{Clydeburn Housing Association|inv}} has 1,900 homes here. If the council charges, we "
      "must buy in a contractor and every tenant's rent pays. The {{Scottish Social Housing Charter|law}} requires "
      "homes free of pests."),
    # 017 Glasgow patter, football, brands, characters
    R("resident", "{{Gonnae no dae this|dialect}}. Half the scheme supports {{Celtic|sport}}, half supports "
      "{{Rangers|sport}}, and the one thing everybody agrees on is the rats. They're that big, the weans call "
      "them {{Roland Rat|char}}. Put the price of a bottle of {{Irn-Bru|brand}} on it if you must, no "
      "forty-eight quid.\n[[p:Big Tam]], {{Drumchapel|place}}"),
    # 018 long ramble: retired woman, wasps and rats, the Waverley
    R("pensioner", "I have lived in the same close for forty-four years and I have seen the rats come and go. "
      "When I came here as a young bride the back courts had proper middens with lids and a man came round with "
      "a barrow and you never saw a rat in daylight. My late husband [[p:Jimmy]] worked on {{the Waverley|ship}} "
      "in the summers, and he used to say there were more rats in our back court than on any ship on the "
      "{{Clyde|placename}}, and that was in the seventies. Then it got better for a long time, when the council "
      "did the drains and put in the new bin stores. Now it is bad again. The bin stores are broken and the "
      "lids are away, the uplift is every second week, and the flats next door were empty for a year. Last "
      "summer there was a wasps' byke in the roof above my kitchen window the size of a football and the "
      "council came out and took it away the same day, free, and the young man was lovely. I am 81 and I am on "
      "my own and I cannot go up a ladder. Under your new rules I would get the rats done free because of my "
      "pension credit, I am told, but not the wasps. I do not understand how a wasp is a luxury. My neighbour "
      "across the landing works in {{Tesco|org}} and has two children and she would have to pay for everything. "
      "She will not pay, she will buy poison from the pound shop, and then the rats die under the floorboards "
      "and we all smell it for a month. I went on {{the Sir Walter Scott|ship}} on {{Loch Katrine|place}} with "
      "my church group from {{St Mungo's|church}} in {{May|date}}, a lovely day, and all the talk on the boat was this. Please do not do "
      "it."),
    # 019 edited: part of the template plus own text
    R("council tenant", " ".join(S[1:5]) + " I have seen it happen. One flat stops reporting, and a year later "
      "the whole stair is infested and the council pays ten times as much.", C, "edited"),
    # 020 bedbugs: hospital unit number, phone, signature
    R("private renter", "Bedbugs from a second-hand mattress, the bites got infected and I spent two nights in "
      "{{Queen Elizabeth University Hospital|hosp}}, unit number [[hosp:G3381275]]. Then I paid {{£165|num}} "
      "privately because the council said six weeks. Make it quicker, not dearer. [[ph:0141 496 0738]]\n"
      "[[p:Ryan Quigley]]"),
    # 021 Roma family, husband named Milan, landlord
    R("private renter", "We are Roma from {{Slovakia|place}}, before in {{Govanhill|place}}, now here. My husband "
      "[[p:Milan]] works in the car wash. Our landlord, Mr [[p:Doherty]], says mice is our problem. {{£48|num}} is "
      "food for three days for the children. {{Ďakujem|lang}}."),
    # 022 edited: reworded closing
    R("council tenant", " ".join(S[:-1]) + " And while you're at it, answer the phone when we ring about it.",
      C, "edited"),
    # 023 private pest controller
    R("business", "As an independent pest controller covering {{Paisley|placename}} to {{Clydebank|place}}, I welcome charging; it brings the council into line with "
      "the private sector. But proofing tenements is the landlord's job, and the council should enforce that."),
    # 024 parent: son bitten at school
    R("parent", "Our boy [[p:Kelvin]] got a rat bite at the gate of [[sch:Balgrennan Primary]] and needed a "
      "tetanus jag. The rats come from the lane behind the school. Charge the families round there and nothing "
      "changes."),
    # 025
    R("resident", "Wasps are nature, leave them alone. Keep pest control free."),
]
