"""Draw the seeded label plan for the reconstructed Kent corpus.

Every response gets a label set, a respondent type, a length, a tone and noise features before it is written,
so that labels_true reproduces the published counts exactly.
"""
import json, random, math
import yaml

SEED = 20240124
rng = random.Random(SEED)
N = 832
TARGET = {
    "mainstream-not-suitable": 261, "not-enough-information": 115, "cluster-management-burden": 112,
    "predictable-exceptional-definitions": 100, "more-specialist-places": 98, "cost-cutting": 87,
    "training-needed": 82, "funding-transparency": 80,
    "keep-specialist-placements": 36, "tatc-capacity": 38, "existing-services-fit": 22, "health-engagement": 28,
    "pcn-boundaries-mats": 34, "cluster-size": 30, "in-year-funding": 20, "dispute-resolution": 18,
    "bureaucracy-pressure": 24,
}
AFFINITY = [  # pairs that tend to be raised together
    ("mainstream-not-suitable", "more-specialist-places", 3), ("mainstream-not-suitable", "keep-specialist-placements", 3),
    ("mainstream-not-suitable", "training-needed", 2), ("mainstream-not-suitable", "cost-cutting", 2),
    ("mainstream-not-suitable", "predictable-exceptional-definitions", 1.5),
    ("cluster-management-burden", "bureaucracy-pressure", 3), ("cluster-management-burden", "cluster-size", 2.5),
    ("cluster-management-burden", "funding-transparency", 1.5), ("cluster-management-burden", "dispute-resolution", 2),
    ("cost-cutting", "funding-transparency", 2), ("funding-transparency", "in-year-funding", 3),
    ("funding-transparency", "dispute-resolution", 2), ("tatc-capacity", "health-engagement", 3),
    ("tatc-capacity", "existing-services-fit", 2), ("pcn-boundaries-mats", "cluster-size", 2),
    ("not-enough-information", "predictable-exceptional-definitions", 1.5), ("not-enough-information", "funding-transparency", 1.5),
    ("health-engagement", "pcn-boundaries-mats", 1.5),
]
aff = {}
for a, b, w in AFFINITY:
    aff[(a, b)] = aff[(b, a)] = w

TYPES = ["Parent or carer", "SENCO", "Headteacher", "Teacher or teaching assistant", "Governor",
         "Multi-academy trust leader", "Health or therapy professional", "Educational psychologist",
         "Charity or voluntary organisation", "Young person", "Other"]
BASE_TYPE = [0.46, 0.13, 0.09, 0.10, 0.04, 0.02, 0.04, 0.02, 0.03, 0.03, 0.04]
TYPE_LEAN = {  # categories that make a type more likely
    "cluster-management-burden": {"SENCO": 3, "Headteacher": 3, "Governor": 1.5, "Multi-academy trust leader": 2},
    "bureaucracy-pressure": {"SENCO": 3, "Headteacher": 2},
    "cluster-size": {"Headteacher": 2.5, "Multi-academy trust leader": 2, "SENCO": 1.5},
    "pcn-boundaries-mats": {"Multi-academy trust leader": 5, "Headteacher": 2.5, "Governor": 2},
    "health-engagement": {"Health or therapy professional": 5, "Educational psychologist": 2},
    "tatc-capacity": {"Health or therapy professional": 3, "Educational psychologist": 3, "SENCO": 1.5},
    "existing-services-fit": {"Educational psychologist": 2, "Health or therapy professional": 2, "SENCO": 2},
    "keep-specialist-placements": {"Parent or carer": 3, "Young person": 2},
    "mainstream-not-suitable": {"Parent or carer": 1.8, "Young person": 1.5},
    "training-needed": {"Teacher or teaching assistant": 2.5, "SENCO": 1.5},
    "in-year-funding": {"Headteacher": 2, "Governor": 2},
    "funding-transparency": {"Headteacher": 1.5, "Governor": 2.5},
    "dispute-resolution": {"Headteacher": 1.5, "Charity or voluntary organisation": 2, "Parent or carer": 1.3},
}
TONES = ["angry", "anxious", "sarcastic", "measured", "supportive but cautious", "weary", "blunt",
         "detailed and professional", "emotional", "matter-of-fact", "frustrated", "hopeful"]

ids = [f"KSL-{i:04d}" for i in range(1, N + 1)]
order = ids[:]
rng.shuffle(order)
# Special responses
empty = order[:52]          # no category: blank, no comment, off-topic, supportive or general
campaign = order[52:67]     # 15 near-identical from a parent group
rest = order[67:]
CAMPAIGN_LABELS = ["mainstream-not-suitable", "keep-specialist-placements", "more-specialist-places", "cost-cutting"]
remaining = dict(TARGET)
for c in CAMPAIGN_LABELS:
    remaining[c] -= len(campaign)
total_tokens = sum(remaining.values())
# sizes summing to total_tokens
sizes = {r: 1 for r in rest}
extra = total_tokens - len(rest)
weights2 = [(2, 0.6), (3, 0.3), (4, 0.1)]
while extra > 0:
    r = rng.choice(rest)
    if sizes[r] < 4:
        # prefer growing to 2 more than to 3/4
        p = {1: 1.0, 2: 0.45, 3: 0.18}[sizes[r]]
        if rng.random() < p:
            sizes[r] += 1
            extra -= 1
labels = {r: [] for r in rest}
for cat in sorted(remaining, key=lambda c: -remaining[c]):
    for _ in range(remaining[cat]):
        cands = [r for r in rest if len(labels[r]) < sizes[r] and cat not in labels[r]]
        if not cands:
            cands = [r for r in rest if len(labels[r]) < 4 and cat not in labels[r]]
        w = []
        for r in cands:
            x = 1.0
            for l in labels[r]:
                x *= aff.get((cat, l), 0.6)
            if not labels[r]:
                x *= 1.2
            w.append(x)
        r = rng.choices(cands, weights=w)[0]
        labels[r].append(cat)
for r in rest:
    if not labels[r]:
        donors = [d for d in rest if len(labels[d]) >= 2]
        d = rng.choice(donors)
        labels[r].append(labels[d].pop(rng.randrange(len(labels[d]))))
for r in rest:
    assert labels[r], r
    sizes[r] = len(labels[r])

def pick_type(labs):
    w = list(BASE_TYPE)
    for l in labs:
        for t, m in TYPE_LEAN.get(l, {}).items():
            w[TYPES.index(t)] *= m
    return rng.choices(TYPES, weights=w)[0]

plan = {}
EMPTY_KINDS = (["blank"] * 4 + ["no comment / N/A style"] * 6 + ["off-topic (about something else: transport, a named school's parking, national politics, a personal story with no view on the proposals)"] * 14
               + ["supportive of the proposals with no concern"] * 18 + ["general remark or question with no specific concern from the codebook"] * 10)
rng.shuffle(EMPTY_KINDS)
for r, kind in zip(empty, EMPTY_KINDS):
    words = 0 if kind == "blank" else (rng.randint(1, 4) if kind.startswith("no comment") else int(min(250, max(8, rng.lognormvariate(math.log(45), 0.7)))))
    plan[r] = dict(response_id=r, labels=[], respondent_type=pick_type([]), special=kind, target_words=words,
                   tone=rng.choice(TONES), features=[])
for r in campaign:
    plan[r] = dict(response_id=r, labels=CAMPAIGN_LABELS, respondent_type="Parent or carer",
                   special="campaign: near-identical copy of one parent-group template with small personal edits",
                   target_words=140, tone="campaign", features=[])
all_cats = list(TARGET)
for r in rest:
    labs = labels[r]
    k = len(labs)
    med = 42 + 26 * k
    words = int(min(650, max(1 if k == 1 else 12, rng.lognormvariate(math.log(med), 0.75))))
    feats = []
    if rng.random() < 0.15: feats.append("typos")
    if rng.random() < 0.07 and words > 60: feats.append("bullet list")
    if rng.random() < 0.09:
        neg = rng.choice([c for c in all_cats if c not in labs])
        feats.append(f"negation: mentions {neg} only to say it is NOT their concern (so it is not coded)")
    if rng.random() < 0.15: feats.append(f"indirect: raises {rng.choice(labs)} indirectly, without the obvious keywords")
    if rng.random() < 0.06: feats.append("all lower case, no punctuation to speak of")
    plan[r] = dict(response_id=r, labels=labs, respondent_type=pick_type(labs), special="", target_words=words,
                   tone=rng.choice(TONES), features=feats)
# personal data in about 2% (17) of responses with content
pii_kinds = ["child's first and last name and their school", "email address", "phone number", "street address with postcode",
             "child's name and school plus the parent's email", "parent's full name and phone number"]
pii_ids = rng.sample([r for r in rest if plan[r]["target_words"] >= 40], 17)
for i, r in enumerate(pii_ids):
    plan[r]["features"].append("personal data: include invented " + pii_kinds[i % len(pii_kinds)])

out = [plan[r] for r in ids]
from collections import Counter
cnt = Counter(l for p in out for l in p["labels"])
assert all(cnt[c] == TARGET[c] for c in TARGET), cnt
import sys
with open(sys.argv[1], "w") as f:
    for p in out:
        f.write(json.dumps(p) + "\n")
import statistics
print(cnt)
print("median words", statistics.median(p["target_words"] for p in out))
print(Counter(p["respondent_type"] for p in out))
print(Counter(len(p["labels"]) for p in out))
