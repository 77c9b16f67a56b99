"""Generate README.md from the built CSVs (run after build.py)."""
import csv
import os
import statistics
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def rd(n):
    with open(os.path.join(HERE, n), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


resp = rd("responses.csv")
pd = rd("personal_data.csv")
keep = rd("must_keep.csv")
camp = rd("campaign_true.csv")
near = rd("campaign_near_misses.csv")
lidx = rd("letters_index.csv")
tmpl = {r["campaign"]: r["template_text"] for r in rd("campaign_templates.csv")}

per_cons = Counter(r["consultation"] for r in resp)
words = [len(r["text"].split()) for r in resp]
with_pd = {r["response_id"] for r in pd if not r["response_id"].startswith("letters/")}
kinds = Counter(r["kind"] for r in pd)
kinds_letters = Counter(r["kind"] for r in pd if r["response_id"].startswith("letters/"))
rtypes = Counter(r["respondent_type"] for r in resp)
welsh_examples = {}
for r in pd:
    welsh_examples.setdefault(r["kind"], [])
    if len(welsh_examples[r["kind"]]) < 5 and r["text"] not in welsh_examples[r["kind"]]:
        welsh_examples[r["kind"]].append(r["text"])

members = defaultdict(list)
for r in camp:
    members[r["campaign"]].append((r["response_id"], r["role"]))
cons_of = {r["response_id"]: r["consultation"] for r in resp}
cons_of.update({r["response_id"]: r["consultation"] for r in lidx})

CAMP_INFO = {
    "hollins-standard": "(a) 8 copies of one objection, all `exact` (whitespace, case, punctuation, ALL CAPS, all-lower, one block, extra blank lines)",
    "aldershaw-society-letter": "(e) village-society template pasted into formal letters (letters 01-04) plus a plain template and one exact copy in responses.csv",
    "keep-fernside": "(b) template with a personal paragraph added before or after (some of those paragraphs carry personal details); letter-12 is an email with the template + own paragraph",
    "save-wrexby-ae": "(c) 'we' template; edited copies reworded into first person singular, with sentences shortened/changed; letter-09 is the template pasted into an email",
    "save-the-36": "(d) partial copies: roughly half the template (2-3 of 5 paragraphs) plus the writer's own text; letter-11 is the full template in a letter with an added paragraph",
    "midwife-unit": "(f) small campaign, 3 short copies (about 50 words)",
    "glanyrafon-leisure": "(g) Welsh budget, English template; two copies bilingual (a full Welsh version before the English, or a Welsh closing line); letter-10 is the template in a bilingual letter",
    "cludiant-cymraeg": "(g) Welsh budget, template written in Welsh; one copy adds an English translation, another adds a personal paragraph in Welsh",
}

L = []
a = L.append
a("# Held-out evaluation set for the consult-nlp `ingest` stage")
a("")
a("This is an independent, held-out test set for the `ingest` stage of consult-nlp, which redacts personal data")
a("from free-text consultation responses and groups campaign copies. It checks how well both behaviours")
a("carry over to writing the stage was never developed on.")
a("")
a("**How it was written:** written by an independent helper session, never shown the redactor's code.")
a("It did not read `src/` (including `ingest.py`), `corpora/` or `benchmarks/`, and did not run consult-nlp.")
a("Every response, name, address, number and handle was made up by hand for this set and no real person's data")
a("is included. The consultations, councils, towns (apart from real Welsh and English place names used only as places),")
a("developers, hospitals and campaigns are fictional. The set is data only and is not shaped by the redactor's rules.")
a("")
a("## Files")
a("")
a("| file | columns | what |")
a("|---|---|---|")
a(f"| `responses.csv` | response_id, text, respondent_type, consultation | {len(resp)} responses (UTF-8, RFC 4180 quoting; texts contain newlines) |")
a(f"| `letters/` | - | {len(lidx)} letters, one response per file: .txt, .docx, .eml |")
a("| `letters_index.csv` | response_id, consultation, respondent_type | one row per letter; response_id is `letters/<file name without extension>` |")
a(f"| `personal_data.csv` | response_id, kind, text | {len(pd)} planted personal details; `text` is an exact substring of the response (or letter body) |")
a(f"| `must_keep.csv` | response_id, text, why | {len(keep)} hard negatives the redactor must NOT remove; exact substrings |")
a(f"| `campaign_true.csv` | response_id, campaign, role | {len(camp)} campaign memberships; role = template / exact / edited |")
a("| `campaign_templates.csv` | campaign, template_text | the template text of each campaign |")
a(f"| `campaign_near_misses.csv` | response_id, campaign, why | {len(near)} same-topic responses that reuse a template phrase but must NOT join the campaign |")
a("| `check.py` | - | self-check, standard library only (`python3 check.py`) |")
a("| `source_data/`, `build.py`, `readme_gen.py` | - | hand-written sources and the build that produced the files above |")
a("")
a("## Responses")
a("")
a("| consultation | prefix | responses | setting |")
a("|---|---|---|---|")
setting = {
    "planning": ("PLN", "outline application for 120 homes on a greenfield edge-of-town site (Hollins Meadow, Aldershaw; Mid Aldershaw District Council)"),
    "library": ("LIB", "proposed closure of Fernside Library and move to a community-run model (Northdale Borough Council)"),
    "buses": ("BUS", "bus network review: route 36 withdrawn, X4 reduced, 7A rerouted, Sunday 112 cut (Westmarsh County Council)"),
    "hospital": ("HOS", "A&E and consultant-led maternity moving from Wrexby General to Hallingford (North Fenmoor Hospitals NHS Trust)"),
    "budget-wales": ("WAL", "Welsh county borough budget: 7.9% council tax rise, leisure centre closure, transport and service cuts; partly or wholly in Welsh"),
}
for c in ["planning", "library", "buses", "hospital", "budget-wales"]:
    a(f"| {c} | {setting[c][0]} | {per_cons[c]} | {setting[c][1]} |")
a("")
a(f"Length: median {statistics.median(words)} words (min {min(words)}, max {max(words)}). There are {sum(1 for w in words if w == 0)} blank or whitespace-only")
a("answers and several one-word or 'N/A' / 'no comment' / 'Dim sylw' answers. The set also has typos, lower-case texting style, ALL CAPS rants,")
a("bullet and numbered lists, easy-read text, formal letters, long organisational responses, Welsh-only and bilingual answers,")
a("and some English written by non-native speakers.")
a("Respondent types: " + ", ".join(f"{k} ({v})" for k, v in rtypes.most_common()) + ".")
a("")
a("Ids are assigned after a seeded shuffle within each consultation, so campaign copies are not next to each other.")
a("")
a("## Personal data")
a("")
a(f"{len(pd)} planted details across {len(kinds)} kinds. {len(with_pd)} of {len(resp)} responses ({len(with_pd)/len(resp):.0%}) contain at least one,")
a(f"as do all {len(lidx)} letters ({sum(kinds_letters.values())} of the details are in letters).")
a("")
a("| kind | count | examples |")
a("|---|---|---|")
for k, n in kinds.most_common():
    ex = "; ".join(f"`{e}`" for e in welsh_examples[k][:4])
    a(f"| {k} | {n} | {ex} |")
a("")
a("Span conventions (what `text` covers):")
a("")
a("- **Value only.** Labels and cue words are outside the span: `DOB 03/11/1948` gives `03/11/1948`, `NHS no. 4830166134` gives `4830166134`, `tel: ...` gives only the number.")
a("- **Titles are outside the span.** `Mrs Ogunleye` gives `Ogunleye`, `Cllr Dai Probert` gives `Dai Probert`, `Sister Teresa Nakamura-Byrne` gives `Teresa Nakamura-Byrne`. Initials belong to the name (`D. Whitcombe`, `R. J. Thistlethwaite`).")
a("- **Every distinct form is listed.** If a response has `Piotr and Danuta Szymański` and `Mr & Mrs P. Szymański`, the rows are `Piotr`, `Danuta Szymański` and `P. Szymański`. One row covers every occurrence of the same string, and all occurrences must be redacted.")
a("- **Addresses are split into parts:** house name (`house_name`), flat/apartment line (`flat`, which includes the building name, e.g. `Flat 7, Weaver's Court`), number + street or street alone (`street`), and `postcode`.")
a("  The town or village in an address is in neither file, because redacting it or keeping it are both acceptable.")
a("- **`street`** is used only for streets where the writer (or a person they name) lives. A street used as a landmark (`the stop by the co-op on station road`,")
a("  `the old dairy site on Station Road`, `Market Street` in the council's address, a shop on `Cardiff Road`) goes in `must_keep.csv`. The same street name can therefore be personal in one")
a("  response and a landmark in another (`Castlebury Road`, `Hollins Lane`, `Sedgecombe Road`).")
a("- `account_number` (council tax account or reference numbers) and `hospital_number` (hospital or medical record numbers) are extra kinds.")
a("- Phone numbers use Ofcom's drama ranges (07700 900xxx, 01632 960xxx, 0113/0115/0117/0161 496 0xxx, 0191 498 0xxx, 029 2018 0xxx).")
a("  NHS numbers pass the modulus-11 check but were generated for this set; none is a published example number.")
a("  Most NI numbers use the never-issued `QQ` prefix, and two use other invented prefixes in valid format. Vehicle registrations and postcodes are invented")
a("  (postcodes use real area letters so that they look right).")
a("")
a("**Policy on public figures:** following the project policy, all personal names are redacted, including public figures named in their role.")
a("The set includes ward councillors (`Cllr Martin Okonjo`, `Cllr Dai Probert`), MPs (`Fiona Castellano MP`, `Daniel Achterberg`), a Member of the Senedd")
a("(`Lowri Mathias-Owen`), clinicians and library staff. All of them are `person`, and all of them are invented.")
a("")
a("**Deliberately hard names:** names that are also ordinary words (`Joy`, `Precious`), lower-case names (`gwen hollis`, `pete`, `jamie`, `shazia`, `ricky`),")
a("double-barrelled and apostrophe or accented names (`Hannah Ashworth-Lee`, `Tomasz Wójcik`, `Bláithín Ní Mhurchú`, `Conor Mac Giolla Bhríde`), surname-only")
a("mentions after a title (`Mr Obi`, `Miss Fairbairn`, `Dr Halvorsen`), and names followed by descriptors. In the other direction, `Will` at the start of a sentence")
a("and words such as `Nelson` (a village) and `Tilly` (a dog) are must-keep.")
a("")
a("## Must keep (hard negatives)")
a("")
a(f"{len(keep)} rows. They include towns and villages (including Welsh names and mutated forms such as `Nhrecelyn`, `Lyfrgell Bargod` and `Lywodraeth Cymru`),")
a("organisations (NHS trust, councils, Arriva, Stagecoach, Citizens Advice, Age UK, UNISON, Severn Trent, Healthwatch), landmark buildings")
a("and streets, job titles (`Cabinet Member for Transport`, `ward sister`, `Town Clerk`, `Clerc y Cyngor`), medical terms (`Down's syndrome`,")
a("`Parkinson's`, `Crohn's disease`, `Alzheimer's`, `sickle cell disease`), things named like people (`Bob the Builder`, `Horrid Henry`,")
a("`Harry Potter`, `Peppa Pig`, `St John Ambulance`, `St Aldhelm's`, `Cruse`, `Nelson`, `Keuper marl`), months and weekdays (some in lower case or in Welsh),")
a("dates that are not birth dates (meeting and letter dates), ALL CAPS words, Welsh function words and phrases (`Mae'r cyngor`, `Dim sylw`,")
a("`Diolch`, `Croeso`, `gyda`, `Rwy'n`), bus route numbers (`X4`, `7A`, `number 7`, `112`) and road numbers.")
a("check.py makes sure no must-keep string occurs only inside a personal-data span of the same response.")
a("One borderline case: `Tilly` is a guide dog's name, so it is not a person, but a redactor that removes it does little harm.")
a("")
a("## Campaigns")
a("")
a("Roles follow the brief. `template` is the most common, unedited form, with one per campaign, and it equals `campaign_templates.csv`. `exact` means the copy differs")
a("only in whitespace, case or punctuation (check.py verifies this by comparing letters and digits only). `edited` covers everything else.")
a("")
a("| campaign | consultation | words | members | type |")
a("|---|---|---|---|---|")
for c in sorted(members):
    ms = members[c]
    roles = Counter(r for _, r in ms)
    cons = sorted({cons_of[i] for i, _ in ms})
    a(f"| {c} | {', '.join(cons)} | {len(tmpl[c].split())} | {len(ms)} (template {roles['template']}, exact {roles['exact']}, edited {roles['edited']}) | {CAMP_INFO[c]} |")
a("")
for c in sorted(members):
    a(f"- **{c}**: " + ", ".join(f"{i} ({r})" for i, r in sorted(members[c], key=lambda x: ({'template': 0, 'exact': 1, 'edited': 2}[x[1]], x[0]))))
a("")
a("Letters that carry a campaign template are `edited` because letter furniture (address block, date, salutation, sign-off) surrounds the template.")
a("Letters 01, 02, 09 and 10 add only that furniture. Letter 03 and letter 12 add a personal paragraph, letter 04 shortens two sentences and adds a paragraph,")
a("and letter 11 adds a paragraph. A scorer may reasonably accept 'exact' for the furniture-only letters.")
a("")
a("**Near-misses** (`campaign_near_misses.csv`) are independent responses on the same topic that reuse a stock phrase or one or two template sentences")
a("(for example 'I object to this application', 'Fernside Library is not just a building full of books', 'those extra minutes cost lives').")
a("They must not be grouped with the campaign:")
for r in near:
    a(f"- {r['response_id']} -> not {r['campaign']}: {r['why']}")
a("")
a("## Letters")
a("")
a("| response_id | format | consultation | respondent_type | campaign |")
a("|---|---|---|---|---|")
camp_of = {r["response_id"]: f"{r['campaign']} ({r['role']})" for r in camp}
for r in lidx:
    ext = [f for f in os.listdir(os.path.join(HERE, "letters")) if f.rsplit(".", 1)[0] == r["response_id"].split("/")[1]][0].rsplit(".", 1)[1]
    a(f"| {r['response_id']} | .{ext} | {r['consultation']} | {r['respondent_type']} | {camp_of.get(r['response_id'], '-')} |")
a("")
a("How the letter text is defined for substring checks:")
a("- `.txt`: the file as read (UTF-8).")
a("- `.docx`: paragraph texts joined with `\\n`, the same as python-docx's `Document(path).paragraphs`. check.py reads `word/document.xml` with the standard library and compares the result with python-docx if that is installed.")
a("- `.eml`: the decoded `text/plain` body (`email` module, `policy.default`, `get_body(('plain',)).get_content()`). One email is quoted-printable because it has non-ASCII characters.")
a("  The `From` header holds the sender's invented name and address. Header values are listed in personal_data.csv only where they also appear in the body, so a redactor")
a("  that also cleans headers should not be penalised for doing so.")
a("")
a("## Checking and rebuilding")
a("")
a("```")
a("python3 check.py                                  # verifies substrings, campaign roles, thresholds; prints the summary")
a("/work/scratch/venv-eval/bin/python build.py       # rebuild CSVs and letters from source_data/ (needs python-docx)")
a("python3 readme_gen.py                             # regenerate this README")
a("```")
a("")
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(L))
print("README.md written")
