TEMPLATES = {}

TEMPLATES["transport-save-school-buses"] = (
    "I am writing to object to the proposal to change home to school transport eligibility. "
    "Raising the walking distance to the statutory limit of three miles for children over eight "
    "will force children to walk along unlit rural roads with no pavements. Many families do not "
    "have a car, and the public bus does not run at times that match the school day. Removing the "
    "spare seat scheme will hit low-income families hardest and will put more cars on the road "
    "outside schools at drop-off time. The council has not properly assessed the safety of the "
    "routes that children would be expected to walk, especially in winter. I ask the council to "
    "keep the current eligibility criteria, to keep free transport for children attending their "
    "nearest faith school, and to carry out a proper route safety assessment before making any "
    "decision. Our children's safety should not be sacrificed to save money."
)

TEMPLATES["leisure-save-riverside-pool"] = (
    "Please do not close Riverside Leisure Centre and pool. It is the only public swimming pool in "
    "the town and the nearest alternative is over forty minutes away by bus. Hundreds of children "
    "learn to swim there every year, and the school swimming lessons that every primary pupil is "
    "entitled to cannot happen without it. Older people use the aqua aerobics and the warm water "
    "sessions to stay mobile and independent, and the centre is a lifeline for people recovering "
    "from illness. Closing it will cost the NHS and the council more in the long run. The building "
    "needs investment, not demolition. I urge the council to explore a community asset transfer, a "
    "leisure trust or a phased refurbishment, and to publish the full condition survey so residents "
    "can see the real figures. Save our pool."
)

TEMPLATES["waste-double-tax"] = (
    "I strongly object to the introduction of a charge for garden waste collection. We already pay "
    "council tax for our bins to be emptied, and this charge is a double tax on households with "
    "gardens. Moving general waste to fortnightly collections will lead to overflowing bins, more "
    "flies and vermin in the summer, and more fly-tipping in lanes and lay-bys. Families with young "
    "children in nappies and people with medical waste will not cope with a fortnightly collection. "
    "The council should keep weekly collections of general waste, scrap the garden waste charge, "
    "and invest in making recycling easier instead. Please listen to residents."
)

TEMPLATES["parking-first-hour-free"] = (
    "As a local business owner, I am asking the council to keep the first hour of parking free in "
    "the town centre car parks. The high street is already struggling with empty shops, and "
    "shoppers will simply drive to the out-of-town retail park where parking is free. The proposed "
    "charge of £1.50 an hour will drive footfall away from independent shops, cafés and market "
    "traders. I also ask that residents' permit zones are not extended into the streets around the "
    "Market Square, as this will remove the short-stay spaces our customers rely on. Free "
    "short-stay parking keeps the town alive. Please think again."
)

TEMPLATES["care-fair-charging"] = (
    "I am responding to the consultation on the adult social care charging policy. I am deeply "
    "concerned that the proposal to count 100% of disability benefits as income when working out "
    "charges will push disabled people into poverty. The Minimum Income Guarantee is already too "
    "low to cover the extra costs of disability, such as heating, special diets, laundry and "
    "transport. The council should allow a full and fair assessment of disability-related "
    "expenditure for every person, stop charging for the first six weeks of care after a hospital "
    "discharge, and never charge unpaid carers for services that support them in their caring "
    "role. People should not have to choose between paying for care and heating their homes. I "
    "urge the council to withdraw this proposal."
)

TEMPLATES["parks-rangers-not-permits"] = (
    "I oppose the proposal to extend the seasonal camping management zones to the east shore of "
    "Loch Lomond and the north shore of Loch Venachar. The Land Reform (Scotland) Act 2003 gives "
    "everyone a right of responsible access, and wild camping is part of Scotland's outdoor "
    "heritage. The problems of litter, fires and abandoned tents are caused by a small minority and "
    "should be tackled with more rangers, more bins and better enforcement of the laws we already "
    "have, not by charging everyone for a permit. Please drop the extension and invest in rangers "
    "instead."
)

T = TEMPLATES
