"""Garden-waste (brown bin) charge rising from £40 to £65 and a new permit sticker replacing the bin tag:
fictional Drumcarrick and Lisnaree Borough Council, a commuter borough outside Belfast. Belfast and Ulster
voices, and one writer in capitals."""
import re
from common import R, each, plain_only, sents

PREFIX = "GWS"
CONSULTATION = "garden-waste"
CAMP = "gws-no-garden-tax"

T = ("We object to the rise in the garden waste charge from {{£40|num}} to {{£65|num}} and to the new permit sticker. "
     "That is a rise of more than sixty per cent in one year, on top of the rates, for a service that stops for "
     "three months every winter. Households who compost what they can and pensioners who can no longer drive to the "
     "recycling centre will be hit hardest. The sticker scheme is also badly thought out. Stickers peel off in the "
     "rain, get stolen from bins left out on the street, and will mean bins left full because a crew cannot see a "
     "sticker under the lid. If the council wants fewer bins, people will simply burn their garden waste or dump it "
     "in {{Glenarrin Forest Park|inv}}. Keep the charge at {{£40|num}}, keep the old tags, and offer a discount to "
     "anyone on {{Pension Credit|law}}.")
S = sents(T)

ITEMS = [
    # 001
    R("resident", T, CAMP, "template"),
    # 002
    R("resident",
      "I'm not paying sixty-five quid for a brown bin, so I'm not. Yer man from the council on {{Radio Ulster|org}} "
      "said it's still cheaper than a skip. Catch yourself on. I pay my rates same as everybody in {{Lisnaree|inv}}. "
      "Half the street will just fire it over the back hedge into the {{Glenarrin|inv}} river and then yous'll be "
      "paying to clean that up.\n[[p:Gráinne]] (insta [[sh:@grainne.grows]])"),
    # 003
    R("resident", each(T, str.upper), CAMP, "exact"),
    # 004
    R("resident",
      "I HAVE PAID FOR MY BROWN BIN EVERY YEAR SINCE IT STARTED AND I HAVE NEVER ONCE HAD IT EMPTIED ON THE RIGHT DAY. "
      "NOW YOU WANT {{£65|num}} AND A STICKER. MY PERMIT NUMBER IS [[acc:GW-48817]]. I WILL BE WRITING TO MY {{MLA|role}}. "
      "[[p:SAMUEL J. CRAWFORD]], [[st:23 MOSSVALE GARDENS]], {{DRUMCARRICK|inv}}, [[pc:BT38 9QW]]"),
    # 005
    R("resident",
      "We have a long {{Leylandii|plant}} hedge that the previous owners planted and it fills two brown bins every cut. "
      "Will there be a second-bin discount? Otherwise it's two stickers at {{£65|num}} each."),
    # 006
    R("resident", "£65 for a bin. Wise up."),
    # 007
    R("resident",
      " ".join(S[:5]) + "\n\nOn {{19/08/2024|date}} our tag was taken off the bin while it sat at the end of [[st:Carnmoney View]] "
      "and the crew refused to lift it for six weeks. Our permit was [[acc:DLBC/GW/2023/1187]]. I rang "
      "[[ph:028 9649 6058]], which is my own number, about twenty times trying to get the council to call back.\n\n"
      + " ".join(S[5:]),
      CAMP, "edited"),
    # 008
    R("pensioner",
      "I'm {{84|num}} and I've arthritis in both hands. Wee [[p:Conor]] from next door wheels my bin out for me. I "
      "can't be peeling stickers and sticking them on lids, my fingers won't do it. Could the binmen not put them on? "
      "Or just keep the tags.\n[[p:Peggy Lavery]], [[st:Islandmagee Road]]"),
    # 009
    R("resident", ""),
    # 010
    R("resident",
      "I live in [[fl:14b Shaftesbury Court]] and have no garden, and neither does the other tenant, [[p:Kwabena Osei]]. Why should my rates pay for other people's grass cuttings? The charge "
      "should cover the full cost. I support the rise."),
    # 011
    R("resident", plain_only(T, lambda s: re.sub(r"[,.]", "", s)), CAMP, "exact"),
    # 012
    R("resident",
      "Twice this month a white {{Transit|brand or product name}} van, reg [[vr:KCZ 7391]], has dumped hedge cuttings "
      "in the lay-by on the {{Carnreagh Road|route}} just past the {{Orange Hall|landmark}}. Put the charge up and "
      "you'll get more of that. I've photos if the enforcement team want them. [[p:Clive Stitt]]"),
    # 013
    R("resident",
      "Ach, sure what's the point. Thon sticker'll be aff the bin afore the first shower. We've had the tag on the "
      "handle for years and it works rightly. Leave it be. Folk round {{Ballyculter|place}} will just burn the stuff, "
      "like they always did."),
    # 014
    R("resident",
      "Some people say stickers peel off in the rain. Mine has lasted three years on the recycling bin. Just make "
      "them decent quality and stop the fuss. The price rise is a separate argument and it is too steep."),
    # 015
    R("resident",
      "Can I say first that we love the brown bin service when it works. " + " ".join(S[1:-1])
      + " Please think again about the price.", CAMP, "edited"),
    # 016
    R("carer",
      "My mother is on an assisted lift because she uses a walking frame. Her carer [[p:Roisin]] puts the bin out on "
      "a Tuesday. The consultation says the sticker must face the road. Who is checking that for assisted lift "
      "households? My mother lives at [[hn:Rathmore]], [[st:Ballyhenry Road]], and the crew have known her for ten "
      "years. Don't make it complicated.\n[[p:Dervla Ní Bhriain]]"),
    # 017
    R("business",
      "{{Trimble's Garden Services|orgp}} pays trade rates at the {{Drumcarrick Recycling Centre|inv}}. We are seeing "
      "more customers ask us to take their cuttings away because of the brown bin price. A lower trade gate fee for "
      "small landscapers would keep that waste out of hedges. [[p:Davy Trimble]], [[ph:07700 900 721]]"),
    # 018
    R("resident",
      "Composting at home should be encouraged, not a brown bin at any price. {{Garden Organic|org}} and {{Ulster "
      "Wildlife|org}} both have guides. A compost heap is home to hedgehogs, the real life {{Mrs Tiggy-Winkle|char}}. "
      "Offer subsidised compost bins instead."),
    # 019
    R("resident",
      " ".join(S[:4]) + " We're in a terrace with a yard and a wee bit of grass. We'd happily share one bin between "
      "three houses if the sticker allowed it.", CAMP, "edited"),
    # 020
    R("resident",
      "Is the sticker per bin or per household? We have two brown bins at [[hn:Hawthorn Lodge]] because of the "
      "orchard. Please reply to [[em:the.mcilwaines@example.org]] or message me at [[sh:facebook.com/jim.mcilwaine.52]]."),
    # 021
    R("councillor",
      "I will be voting against the rise at the {{Environmental Services Committee|inv}}. Cllr [[p:Neil Magowan]] "
      "and I have proposed an amendment to keep the charge at {{£45|num}} for {{2025/26|date}}.\n[[p:Ruth "
      "Gillespie-Boyd]], {{Alliance|political party}} councillor for {{Lisnaree|inv}}"),
    # 022
    R("resident", "Stickers will be nicked. Guaranteed."),
    # 023
    R("residents' association",
      "{{Mossvale Residents' Association|inv}} held a public meeting on {{3 February|date}} attended by {{61|num}} "
      "people. Nobody supported the sticker. One resident, [[p:Moira Gault]], brought a bin lid with three peeled stickers on it. Most would accept a rise in line with inflation. Please extend the "
      "season into December, when the hedges are cut and the leaves are down."),
    # 024
    R("resident",
      "I moved here from {{Leicester|place}} via {{Bangor|place}} last year and we paid {{£52|num}} there for a bigger bin collected all "
      "year. We're in [[fl:Apartment 6, Lagan Mews]] and the block has four shared brown bins. How do four "
      "households share one sticker? Buy our own bins from {{B&Q|org}}? It doesn't add up."),
    # 025
    R("resident",
      "Ring me, [[ph:07700900683]], because nobody answers the council line. I've a question about the direct debit."),
]
