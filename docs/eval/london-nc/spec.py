"""North-central London (+ Wandsworth/Merton) blind evaluation personas, set NC.

Grades are given from the catalogue's side (catalogue.jsonl in this folder):
3 excellent, 2 good, 1 partial / good but cannot start yet. Unlisted refs are 0.
Hard constraints (distance, closed dates, types, age, unpaid) are applied later by
the build script, so grades here ignore them.
"""


def P(**kw):
    base = {
        "about": "",
        "skills": [],
        "interests": [],
        "qualification_level": None,
        "gcse_english_maths": None,
        "age": None,
        "postcode": None,
        "max_distance_km": None,
        "types": [],
        "circumstances": [],
        "paid_only": False,
        "limit": 10,
    }
    base.update(kw)
    return base


HCSW_ALL = [
    "UCLH-HCSW-APP-UCH",
    "UCLH-HCSW-APP-QSQ",
    "RFL-HCSW-APP-RFH",
    "RFL-HCSW-APP-BAR",
    "RFL-HCSW-APP-CFH",
    "NMUH-HCSW-APP",
    "STG-HCSW-APP-STG",
    "STG-HCSW-APP-QMR",
]

PERSONAS = [
    # ------------------------------------------------------------------ terse
    {
        "id": "NC001",
        "profile": P(about="nursing", postcode="N9"),
        "grades": [("MDX-NURSING-BSC", 3), ("NLFT-MHNURSE-DEG-APP", 3), ("RFL-NA-APP", 2)]
        + [(r, 2) for r in HCSW_ALL]
        + [("CONEL-ACCESS-NURSING", 2)],
        "notes": "One word, nothing else known. Routes that make you a nurse (degree, degree "
        "apprenticeship) are 3; nursing associate, HCSW apprenticeships at every site and "
        "the Access to HE (Nursing) course are 2. The overseas-nurse "
        "OSCE route is aimed at a group they are not in, and the community staff nurse "
        "post needs NMC registration, so neither is graded.",
        "tags": ["terse"],
    },
    {
        "id": "NC002",
        "profile": P(about="need part time", age=34, postcode="N17 9LH", max_distance_km=8),
        "grades": [
            ("WHIT-CATERING-JOB", 2),
            ("NMUH-HOUSEKEEPER-JOB", 2),
            ("GP-RECEPTION-N7", 2),
            ("HOMECARE-NW5-JOB", 2),
            ("CAMDEN-REABLEMENT-JOB", 2),
            ("UCLH-PHLEB-JOB", 2),
            ("LAS-111-REMOTE-JOB", 2),
            ("HOMECARE-EN-JOB", 1),
            ("RFL-HCA-BANK-BAR", 1),
            ("PHARM-SATURDAY-N10", 1),
            ("NLFT-PEER-JOB", 1),
        ],
        "notes": "Adult in Tottenham who only says part time. Graded the jobs that are explicitly "
        "part time or offer part-time contracts (catering 20h, housekeeping 25h, GP "
        "mornings 25h, home care, reablement, phlebotomy mornings, 111 part-time). Home "
        "care Enfield needs a car, bank HCA needs experience, Saturday counter is tiny, "
        "peer support needs lived experience we don't know about: 1 each. Full-time "
        "apprenticeships not graded.",
        "tags": ["terse", "working_pattern", "career_changer"],
    },
    {
        "id": "NC003",
        "profile": P(
            about="anything not medical", age=19, postcode="N22", circumstances=["care_leaver"]
        ),
        "grades": [
            ("CHARITY-CARELEAVER-STEPUP", 3),
            ("ISL-CARELEAVER-ADMIN-APP", 2),
            ("RFL-ADMIN-APP-CFH", 2),
            ("GOSH-IT-APP", 2),
            ("NCLICB-FINANCE-APP", 2),
            ("WHIT-CATERING-JOB", 2),
            ("NMUH-HOUSEKEEPER-JOB", 2),
            ("WHIT-FOUND-DIGITAL", 2),
            ("UCLH-DATA-APP", 1),
            ("GP-RECEPTION-N7", 1),
            ("WHIT-CODING-JOB", 1),
        ],
        "notes": "19, Wood Green, care leaver (ticked), wants non-clinical work. The paid Step Up "
        "placements for care leavers (covers Haringey; admin, IT, estates, catering "
        "options) are 3. The care leavers' admin apprenticeship is ring-fenced to "
        "Islington care leavers - she may or may not be one: 2. Admin, IT, finance, catering, "
        "housekeeping and the digital foundation apprenticeship (16-21) are 2. Data "
        "analyst needs Level 3 (unknown), clinical coding reads medical notes all day, "
        "GP reception is patient-facing: 1. Porter (moves patients and the deceased) "
        "not graded. Nothing "
        "clinical (HCSW, phlebotomy, nursing, care) graded.",
        "tags": ["terse", "refusal", "care_leaver"],
    },
    {
        "id": "NC004",
        "profile": P(about="job in IT NHS", age=22, postcode="NW1", paid_only=True),
        "grades": [("GOSH-IT-APP", 3), ("UCLH-DATA-APP", 2), ("WHIT-CODING-JOB", 1)],
        "notes": "22, Camden. GOSH IT service-desk apprenticeship is the IT job. Data analyst "
        "apprenticeship is digital but needs Level 3 (unknown) so 2. Clinical coding is "
        "computer-based admin, not IT: 1. The digital foundation apprenticeship is for "
        "16-21 year olds, so not graded at 22.",
        "tags": ["terse"],
    },
    {
        "id": "NC005",
        "profile": P(about="weekends only", age=17, postcode="N10 2AB"),
        "grades": [
            ("PHARM-SATURDAY-N10", 3),
            ("NCLICB-VIRTUAL-WE", 2),
            ("GOSH-VOL-PLAY", 1),
            ("MC-HOSPICE-VOL", 1),
            ("RFL-HCA-BANK-BAR", 1),
            ("LAS-111-REMOTE-JOB", 1),
        ],
        "notes": "17-year-old in Muswell Hill who can only do weekends (presumably at school). "
        "Saturday-only pharmacy counter job round the corner is ideal. Self-paced virtual "
        "work experience fits the pattern. Merton health champions are for Merton "
        "residents, so not graded. Weekend slots exist on GOSH play and hospice "
        "volunteering, bank HCA and 111 part-time weekend contracts, but all are 18+: 1. "
        "Weekday/evening things (cadets on Wednesdays, T Level, apprenticeships) not graded.",
        "tags": ["terse", "working_pattern", "school_student"],
    },
    {
        "id": "NC006",
        "profile": P(about="care work but no blood", age=18, postcode="N15", max_distance_km=10),
        "grades": [
            ("SUPPORTEDLIVING-N17-JOB", 3),
            ("HOMECARE-NW5-JOB", 2),
            ("CAMDEN-REABLEMENT-JOB", 2),
            ("CAREHOME-ACW-APP-N3", 2),
            ("WANDS-CARE-FOUND", 2),
            ("NMUH-FOUND-HSC", 2),
            ("NMUH-HCSW-APP", 2),
            ("UCLH-HCSW-APP-UCH", 2),
            ("UCLH-HCSW-APP-QSQ", 2),
            ("STG-HCSW-APP-STG", 2),
            ("STG-HCSW-APP-QMR", 2),
        ],
        "notes": "18, Seven Sisters. Care roles with no blood in the description graded. The "
        "Royal Free HCSW adverts include blood glucose (finger-prick) readings, the Nursing "
        "Associate, MSW and ED HCA adverts include taking blood, and phlebotomy is all "
        "blood: none graded.",
        "tags": ["terse", "refusal"],
    },
    {
        "id": "NC007",
        "profile": P(about="volunteering", age=16, postcode="N19", types=["volunteering"]),
        "grades": [
            ("UCLH-VOL-WAYFINDER", 3),
            ("SJA-CADETS-N20", 2),
            ("GOSH-VOL-PLAY", 1),
            ("STG-VOL-ED", 1),
            ("MC-HOSPICE-VOL", 1),
            ("MC-COMPANION-REMOTE", 1),
            ("AGEUK-CAMDEN-BEFRIENDER", 1),
            ("LAS-CFR-VOL", 1),
        ],
        "notes": "16 in Archway wanting volunteering. UCLH welcome volunteers take 16+. Cadets "
        "(10-17) also take them; Merton health champions are for Merton residents. Everything else is 18+ "
        "(and community first responder needs a car), so 1 (good fit, can't start yet).",
        "tags": ["terse", "school_student"],
    },
    {
        "id": "NC008",
        "profile": P(about="want to be a vet nurse", age=20, postcode="EN5"),
        "grades": [],
        "notes": "NOTHING FITS. Veterinary nursing is animal care; nothing in this health and "
        "care catalogue is a route into it. No grades.",
        "tags": ["terse", "nothing_fits"],
    },
    # ------------------------------------------------------------------ refusals
    {
        "id": "NC009",
        "profile": P(
            about="I'm in year 12 doing the health and social care BTEC. I want to help "
            "people, maybe work in a hospital one day, but I faint at needles so "
            "nothing with injections or blood tests please.",
            age=17,
            postcode="N8 0AA",
            max_distance_km=10,
            qualification_level=2,
            gcse_english_maths=True,
            interests=["helping people", "hospitals"],
        ),
        "grades": [
            ("WHIT-CAREERS-ACADEMY", 3),
            ("UCLH-VOL-WAYFINDER", 3),
            ("UCLH-HCSW-APP-UCH", 2),
            ("UCLH-HCSW-APP-QSQ", 2),
            ("STG-HCSW-APP-STG", 2),
            ("STG-HCSW-APP-QMR", 2),
            ("NCLICB-VIRTUAL-WE", 2),
            ("CAREHOME-WE-N12", 2),
            ("NMUH-HCSW-APP", 1),
            ("STG-VOL-ED", 1),
            ("CAREHOME-ACW-APP-N3", 1),
        ],
        "notes": "17, Hornsey (Haringey), Year 12. Careers Academy (16-18, Islington/Haringey) "
        "and the 16+ hospital welcome volunteer are ideal. UCLH and St George's HCSW "
        "apprenticeships (17+) mention no needles or blood. North Mid HCSW and the A&E "
        "volunteer are 18+: 1. Excluded for blood/needles: Royal Free HCSWs (blood "
        "glucose readings), phlebotomy, ED HCA, MSW, nursing associate. UCLH Insight Week "
        "is restricted to Camden/Islington/Westminster students, so not graded.",
        "tags": ["refusal", "school_student"],
    },
    {
        "id": "NC010",
        "profile": P(
            about="Worked in retail management for six years and want to move into the "
            "NHS, but behind the scenes. I don't want anything patient facing. "
            "I'm good with spreadsheets and numbers.",
            age=26,
            postcode="N1 7AA",
            qualification_level=3,
            gcse_english_maths=True,
            skills=["excel", "management"],
        ),
        "grades": [
            ("UCLH-DATA-APP", 3),
            ("WHIT-CODING-JOB", 3),
            ("NCLICB-FINANCE-APP", 3),
            ("GOSH-IT-APP", 2),
        ],
        "notes": "26, Islington, A-level equivalent. Data analyst, clinical coding (explicitly "
        "no patient contact) and ICB finance are 3. IT service desk supports staff, not "
        "patients, but isn't numbers: 2. Patient booking centre, GP reception, 111 and "
        "every clinical role are patient-facing: none. GMTS needs a degree and is closed.",
        "tags": ["refusal", "career_changer"],
    },
    {
        "id": "NC011",
        "profile": P(
            about="I'm a carer for my dad who has Parkinson's. He goes to a day centre "
            "on weekdays now so I want something for me. I'm good at organising, I "
            "love music and crafts, and I'd like to work with people but NOT "
            "personal care - I do enough washing and toileting at home.",
            age=40,
            postcode="EN3 4AA",
            max_distance_km=10,
            interests=["music", "arts and crafts", "organising"],
        ),
        "grades": [
            ("CAREHOME-ACTIVITIES-SW19", 3),
            ("AGEUK-CAMDEN-BEFRIENDER", 2),
            ("GOSH-VOL-PLAY", 2),
            ("GOSH-PLAY-JOB", 1),
            ("MC-HOSPICE-VOL", 1),
            ("UCLH-VOL-WAYFINDER", 1),
        ],
        "notes": "Adult carer in Enfield Highway. Activities coordinator says 'does not include "
        "personal care', music and crafts - perfect but in Wimbledon (distance will drop "
        "it). Befriending (no personal care) and GOSH play volunteering (crafts) are 2; play "
        "assistant needs a childcare qualification: 1. All HCSW/home care/care home/"
        "reablement/supported living adverts include personal care; OT support includes "
        "practising washing and dressing: none.",
        "tags": ["refusal", "carer", "career_changer"],
    },
    {
        "id": "NC012",
        "profile": P(
            about="honestly i hate hospitals, the smell makes me feel sick lol. but i do "
            "want to help ppl, like in there own home or out in the community. im "
            "patient and i can cook",
            age=20,
            postcode="N17",
            max_distance_km=5,
            skills=["cooking", "patience"],
        ),
        "grades": [
            ("SUPPORTEDLIVING-N17-JOB", 3),
            ("HOMECARE-NW5-JOB", 2),
            ("CAMDEN-REABLEMENT-JOB", 2),
            ("AGEUK-CAMDEN-BEFRIENDER", 2),
            ("WANDS-CARE-FOUND", 2),
            ("HOMECARE-EN-JOB", 1),
            ("CAREHOME-ACW-APP-N3", 1),
        ],
        "notes": "20, Tottenham, slangy. Supported living in Tottenham (cooking, people's own "
        "flats) is ideal. Home care, reablement, befriending and the Wandsworth home-care "
        "foundation apprenticeship (16-21) are community/home based. Enfield home care "
        "needs a car: 1. Care home isn't a hospital but isn't home/community: 1. Nothing "
        "hospital-based graded. Merton health champions are for Merton residents.",
        "tags": ["refusal", "long_slang"],
    },
    {
        "id": "NC013",
        "profile": P(
            about="Looking for an admin job in the NHS. I'm organised and good with "
            "Excel, but I am not going to be on the phone all day again - did two "
            "years in a call centre and that's enough.",
            age=23,
            postcode="N7 9AA",
            qualification_level=3,
            gcse_english_maths=True,
            skills=["admin", "excel"],
        ),
        "grades": [
            ("WHIT-CODING-JOB", 3),
            ("NCLICB-FINANCE-APP", 3),
            ("UCLH-DATA-APP", 3),
            ("RFL-RECEPTION-RFH", 1),
        ],
        "notes": "23, Holloway. Coding, finance and data are desk jobs with no phones. The "
        "outpatient reception job has some phone work and is mostly front desk: 1 (and "
        "closed). Excluded: patient booking centre (phones most of the day), GP reception, "
        "111, IT service desk (first year mostly on phones), online GP course (phone "
        "handling). Care leaver admin apprenticeship is ring-fenced.",
        "tags": ["refusal"],
    },
    {
        "id": "NC014",
        "profile": P(
            about="want to do support work or care but not with old people no offence "
            "lol, id rather work with young people or ppl my age. got my level 2 "
            "btec in health n social care",
            age=18,
            postcode="N15 5AA",
            max_distance_km=8,
            qualification_level=2,
        ),
        "grades": [
            ("SUPPORTEDLIVING-N17-JOB", 3),
            ("SWL-MH-SUPPORT-APP", 2),
            ("NLFT-MH-HCA-JOB", 2),
            ("GOSH-VOL-PLAY", 2),
            ("GOSH-PLAY-JOB", 1),
            ("BARNET-FAMILY-SUPPORT-JOB", 1),
            ("NMUH-FOUND-HSC", 1),
        ],
        "notes": "18, South Tottenham. Supported living (adults with learning disabilities) is "
        "ideal and local. Adult mental health support roles and GOSH play volunteering "
        "are 2. Play assistant wants a childcare qualification, family support worker is "
        "21+ with Level 3: 1. Excluded because the advert says older people: reablement, "
        "both home care jobs, care homes, Age UK, Wandsworth home care, OT support "
        "(older adults).",
        "tags": ["refusal", "long_slang"],
    },
    {
        "id": "NC015",
        "profile": P(
            about="Just qualified as an adult nurse - my NMC PIN comes through in "
            "January. I really want community or district nursing in Islington "
            "rather than a ward. I don't drive and never will.",
            age=29,
            postcode="N19 3AA",
            qualification_level=6,
            gcse_english_maths=True,
            types=["job"],
            paid_only=True,
        ),
        "grades": [],
        "notes": "NOTHING FITS. The only community nursing post (Whittington district nursing) "
        "says a driving licence and car are essential, which she refuses. The other "
        "nurse-level posts are ward based or aimed at overseas nurses. No grades.",
        "tags": ["refusal", "nothing_fits", "target"],
    },
    {
        "id": "NC016",
        "profile": P(
            about="I want to be a healthcare assistant in a hospital. I did two years in "
            "a care home before I had my kids. Can't do nights at all - days are "
            "fine, even some Saturdays.",
            age=31,
            postcode="EN2 7AA",
            skills=["caring for people", "personal care"],
        ),
        "grades": [
            ("RFL-HCSW-APP-CFH", 3),
            ("STG-HCSW-APP-QMR", 2),
            ("RFL-HCA-BANK-BAR", 2),
            ("UCLH-PHLEB-JOB", 1),
            ("NLFT-OTSUPPORT-APP", 1),
            ("CAMDEN-REABLEMENT-JOB", 1),
        ],
        "notes": "31, Enfield, experienced carer, no nights. Chase Farm HCSW is days only, Mon-Sat "
        "and in her postcode: 3. Queen Mary's HCSW is days but far: 2. Bank HCA lets her "
        "pick day shifts and she has the experience: 2. Phlebotomy and OT support are "
        "daytime hospital roles but not HCA; reablement 7am-10pm is not hospital: 1. "
        "Every other HCSW apprenticeship and the ED nights post have nights: none.",
        "tags": ["refusal", "working_pattern", "career_changer"],
    },
    {
        "id": "NC017",
        "profile": P(
            about="looking for hospital work thats practical like portering or cleaning "
            "or kitchen, i like being on my feet. but i dont wanna be around dead "
            "bodies or people dying, that would mess with my head fr",
            age=19,
            postcode="N9 9AA",
            max_distance_km=8,
        ),
        "grades": [
            ("NMUH-HOUSEKEEPER-JOB", 3),
            ("WHIT-CATERING-JOB", 3),
            ("UCLH-VOL-WAYFINDER", 1),
            ("NMUH-FOUND-HSC", 1),
        ],
        "notes": "19, Lower Edmonton. Housekeeping at North Mid and Whittington catering are "
        "practical with no death. The porter advert includes taking deceased patients to "
        "the mortuary: excluded even though he named portering. Hospice volunteering and "
        "the care-home apprenticeship (end-of-life care) excluded. Wayfinding volunteer "
        "and foundation apprenticeship are partial: 1.",
        "tags": ["refusal", "long_slang"],
    },
    {
        "id": "NC018",
        "profile": P(
            about="I'd like a caring role - I'm good at calming people down and keeping "
            "people company. But I can't do the toileting side, bodily fluids make "
            "me gag.",
            age=24,
            postcode="SW17 8AA",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("CAREHOME-ACTIVITIES-SW19", 3),
            ("SWL-MH-SUPPORT-APP", 3),
            ("MC-COMPANION-REMOTE", 2),
            ("NLFT-MH-HCA-JOB", 1),
            ("STG-VOL-ED", 1),
            ("AGEUK-CAMDEN-BEFRIENDER", 1),
            ("MC-HOSPICE-VOL", 1),
        ],
        "notes": "24, Tooting. Activities coordinator (no personal care) and Springfield mental "
        "health support apprenticeship (activities, observations, keeping people safe) fit "
        "and are close. Phone companion 2. St Ann's HCA 'daily living' is vague, A&E "
        "volunteer sees unwell people, befriending and hospice are far: 1. Excluded: every "
        "advert with toileting/continence/personal care, and phlebotomy (blood).",
        "tags": ["refusal"],
    },
    {
        "id": "NC019",
        "profile": P(
            about="22 years in the RAF, mostly IT and comms, and I'm done with "
            "screens. I want something hands-on where I'm actually helping people, not sat at a computer all day. I "
            "drive, I'm fit, and I can do shifts.",
            age=41,
            postcode="EN4 9AA",
            qualification_level=3,
            gcse_english_maths=True,
            skills=["driving"],
            circumstances=["armed_forces"],
        ),
        "grades": [
            ("RFL-STEP-INTO-HEALTH", 3),
            ("LAS-ASW-APP", 3),
            ("HOMECARE-EN-JOB", 3),
            ("LAS-CFR-VOL", 2),
            ("RFL-HCSW-APP-BAR", 2),
            ("RFL-HCSW-APP-CFH", 2),
            ("RFL-HCSW-APP-RFH", 2),
            ("NMUH-HCSW-APP", 2),
            ("UCLH-PORTER-JOB", 2),
            ("CSG-PARAMEDIC-BSC", 1),
        ],
        "notes": "41, Cockfosters, RAF leaver who drives and does shifts. Step into Health (armed "
        "forces leavers, clinical and non-clinical routes, guaranteed interviews) is 3; "
        "he should steer it to hands-on roles. Ambulance support "
        "worker and driving home care use the car and are hands-on. Volunteer first "
        "responder, HCSW apprenticeships and portering are 2. Full paramedic degree is a "
        "big step: 1. All digital/data/admin/111 excluded.",
        "tags": ["refusal", "career_changer", "armed_forces"],
    },
    # ------------------------------------------------------------------ working patterns
    {
        "id": "NC020",
        "profile": P(
            about="im in 2nd year of adult nursing at middlesex. need paid work that "
            "fits round uni and placements - my placement shifts change every few "
            "weeks so it has to be flexible, like pick my own shifts. already done "
            "loads of personal care on placement",
            age=20,
            postcode="NW4 3AA",
            qualification_level=3,
            gcse_english_maths=True,
            paid_only=True,
        ),
        "grades": [
            ("RFL-HCA-BANK-BAR", 3),
            ("HOMECARE-EN-JOB", 1),
            ("HOMECARE-NW5-JOB", 1),
            ("LAS-111-REMOTE-JOB", 1),
        ],
        "notes": "Student nurse in Hendon wanting paid care work around the course. The bank HCA "
        "post (pick your shifts, 2 a month minimum, popular with nursing students) is the "
        "answer. Home care with chosen hours needs a car; Kentish Town home care and 111 "
        "part time have fixed rotas: 1. Full-time apprenticeships and the nursing degree "
        "(already on it) not graded.",
        "tags": ["target", "working_pattern", "long_slang"],
    },
    {
        "id": "NC021",
        "profile": P(
            about="I've been a carer in a nursing home for five years, NVQ level 2, and "
            "I'm looking for hospital work now, but it has to be nights only because "
            "my husband works days and we share the childcare, so days are "
            "impossible for me, and I'd like to stay in Enfield if I can because "
            "the school run is here.",
            age=38,
            postcode="N13 5AA",
            max_distance_km=8,
            qualification_level=2,
        ),
        "grades": [("NMUH-ED-HCA-NIGHTS", 3), ("RFL-HCA-BANK-BAR", 2)],
        "notes": "38, Palmers Green, experienced carer, nights only. North Mid ED permanent "
        "nights HCA needs 6 months' HCA experience, which she has. Bank HCA at Barnet lets "
        "her book nights only: 2. Everything with a mixed day/night rota not graded.",
        "tags": ["working_pattern", "long_slang", "career_changer"],
    },
    {
        "id": "NC022",
        "profile": P(
            about="Mum of two; my youngest has cerebral palsy so I can only work school "
            "hours, roughly 9.30 to 2.30 - term time would be ideal. I had "
            "postnatal depression years ago and the peer support I got changed my "
            "life. I'd love to do that for other people.",
            age=42,
            postcode="N8",
            qualification_level=2,
            interests=["mental health", "helping people"],
        ),
        "grades": [
            ("NLFT-PEER-JOB", 3),
            ("NCL-ONLINE-GP-COURSE", 2),
            ("NLFT-RECOVERY-COLLEGE", 1),
            ("MC-COMPANION-REMOTE", 1),
        ],
        "notes": "Parent carer in Hornsey needing school hours. The peer support worker post "
        "(22.5h, Mon-Fri daytime, flexible start/finish, lived experience) is exactly her "
        "goal. Online GP course fits any hours. Recovery College is for Camden & "
        "Islington service users/carers (she is Haringey): 1. Phone companion: 1. Housekeeping "
        "6.30am, GP reception 8am, evening Access course: hours clash, not graded.",
        "tags": ["working_pattern", "carer", "career_changer"],
    },
    {
        "id": "NC023",
        "profile": P(
            about="I care for my adult son who is autistic and I get Carer's Allowance, "
            "so I can only do about 16 hours of paid work a week, ideally from home "
            "or evenings when my husband is in. I used to work in a bank call centre.",
            age=48,
            postcode="SW20 8AA",
            paid_only=True,
            skills=["phones", "customer service"],
        ),
        "grades": [
            ("LAS-111-REMOTE-JOB", 3),
            ("MC-COMPANION-REMOTE", 1),
            ("NCL-ONLINE-GP-COURSE", 1),
            ("MERTON-HEALTH-CHAMPION", 1),
        ],
        "notes": "Carer in Raynes Park. NHS 111 health advisor is home-based after training with "
        "part-time evening/weekend contracts and uses her call-centre skills: 3. The "
        "remote phone companion and health champion are unpaid and the GP course is not "
        "work: 1 each. All full-time site-based roles not graded.",
        "tags": ["working_pattern", "carer", "career_changer"],
    },
    {
        "id": "NC024",
        "profile": P(
            about="Doing chemistry, biology and maths A levels at Southgate. I want to be "
            "a pharmacist. Looking for a part time job on weekends to get "
            "experience, can't do weekdays because of college.",
            age=17,
            postcode="N21 1AA",
            qualification_level=2,
            gcse_english_maths=True,
            types=["job"],
            paid_only=True,
        ),
        "grades": [("PHARM-SATURDAY-N10", 3), ("UCL-MPHARM", 1), ("NCLICB-VIRTUAL-WE", 1)],
        "notes": "17, Winchmore Hill. Saturday counter job in a pharmacy is exactly it. MPharm is "
        "the end target but needs A levels first: 1. Virtual work experience is flexible "
        "but not a job: 1. Pharmacy services apprenticeship (4 days incl. weekdays) and "
        "pharmacy technician (full time) clash with college: not graded.",
        "tags": ["working_pattern", "target", "school_student"],
    },
    {
        "id": "NC025",
        "profile": P(
            about="I work in a shop during the day. Thinking about nursing as a career "
            "but want to volunteer in a hospital in the evenings first to see if "
            "it's for me.",
            age=33,
            postcode="SW17",
        ),
        "grades": [
            ("STG-VOL-ED", 3),
            ("GOSH-VOL-PLAY", 2),
            ("CONEL-ACCESS-NURSING", 2),
            ("MC-COMPANION-REMOTE", 1),
            ("MDX-NURSING-BSC", 1),
            ("RFL-HCA-BANK-BAR", 1),
        ],
        "notes": "33, Tooting, shop worker, evenings only. St George's A&E evening volunteers "
        "(5-9pm) is on her doorstep. GOSH play volunteer has 5-8pm slots (children, far): "
        "2. Evening Access to HE (Nursing) fits the pattern and goal: 2. Evening phone "
        "companion, nursing degree (later), bank HCA lates (needs experience): 1. The "
        "daytime South Thames Access course clashes: not graded.",
        "tags": ["working_pattern", "career_changer"],
    },
    # ------------------------------------------------------------------ targets
    {
        "id": "NC026",
        "profile": P(
            about="I'm in year 11 and I want to be a midwife. What should I do after my "
            "GCSEs? I'm predicted 5s and 6s.",
            age=16,
            postcode="N17 6AA",
            max_distance_km=8,
            interests=["midwifery", "babies"],
        ),
        "grades": [
            ("CONEL-TLEVEL-HEALTH", 3),
            ("WHIT-CAREERS-ACADEMY", 2),
            ("NCLICB-VIRTUAL-WE", 2),
            ("MDX-MIDWIFERY-BSC", 1),
            ("WHIT-MSW-APP", 1),
            ("BSC-L2-HSC", 1),
        ],
        "notes": "Future midwife at 16 in Tottenham. T Level in Health (midwifery option) at CONEL "
        "Tottenham is the next step after GCSEs. Careers Academy (Haringey, 16-18, has a "
        "midwifery session) and virtual work experience are 2. Midwifery degree and MSW "
        "apprenticeship are the later steps: 1. Level 2 diploma is below her predicted "
        "grades: 1.",
        "tags": ["target", "school_student"],
    },
    {
        "id": "NC027",
        "profile": P(
            about="Didn't get a medicine offer this year. Taking a gap year and need "
            "proper hands-on healthcare experience before I reapply, ideally paid. "
            "Got AAB in bio, chem, psychology.",
            age=18,
            postcode="SW19 1AA",
            max_distance_km=10,
            qualification_level=3,
            gcse_english_maths=True,
        ),
        "grades": [
            ("STG-HCSW-APP-STG", 3),
            ("STG-VOL-ED", 3),
            ("STG-HCSW-APP-QMR", 2),
            ("UCLH-HCSW-APP-UCH", 2),
            ("UCLH-HCSW-APP-QSQ", 2),
            ("RFL-HCSW-APP-BAR", 2),
            ("NMUH-HCSW-APP", 2),
            ("WANDS-CARE-FOUND", 2),
            ("CAREHOME-ACTIVITIES-SW19", 1),
            ("MC-HOSPICE-VOL", 1),
            ("RFL-HCA-BANK-BAR", 1),
            ("CSG-MBBS-FOUNDATION", 1),
        ],
        "notes": "18, Wimbledon, gap year before reapplying to medicine. Paid 12-month HCSW "
        "apprenticeship at St George's and the A&E evening volunteer next to the medical "
        "school are 3. Other HCSW sites and Wandsworth home-care foundation "
        "apprenticeship 2. MBBS6 needs contextual criteria we don't know (and is closed): "
        "1. Bank HCA needs prior experience: 1.",
        "tags": ["target"],
    },
    {
        "id": "NC028",
        "profile": P(
            about="I have a 2:1 in biomedical science and I don't want another HCA or "
            "Level 2 job. I want a proper route to registration - clinical "
            "scientist or something similar.",
            age=24,
            postcode="N6 5AA",
            qualification_level=6,
            gcse_english_maths=True,
            interests=["science", "laboratory", "genetics"],
        ),
        "grades": [
            ("GOSH-STP-GENOMICS", 3),
            ("CSG-RADIOGRAPHY-BSC", 1),
            ("MDX-NURSING-BSC", 1),
            ("UCLH-DATA-APP", 1),
            ("ENFIELD-PH-OFFICER-JOB", 1),
        ],
        "notes": "Graduate in Highgate wanting a registration route, not entry level. STP "
        "genomics at GOSH is exactly that. Radiography and nursing degrees also lead to "
        "registration but mean another undergraduate degree: 1. Data analyst and public "
        "health officer are graduate-ish but not registration: 1. Phlebotomy and HCSW "
        "posts are what she refuses: none.",
        "tags": ["target", "graduate"],
    },
    {
        "id": "NC029",
        "profile": P(
            about="wanna be a paramedic. done my btec sport lvl 3. passed my driving "
            "test last year (manual). is there a way to get paid on the ambulances "
            "first or do i have to do uni?",
            age=19,
            postcode="EN3 7AA",
            qualification_level=3,
            gcse_english_maths=True,
            skills=["driving", "sport"],
        ),
        "grades": [
            ("LAS-ASW-APP", 3),
            ("CSG-PARAMEDIC-BSC", 2),
            ("LAS-CFR-VOL", 2),
            ("STG-VOL-ED", 1),
            ("LAS-111-REMOTE-JOB", 1),
            ("NMUH-ED-HCA-NIGHTS", 1),
        ],
        "notes": "19, Ponders End, future paramedic with a licence held about a year. Ambulance "
        "support worker apprenticeship is paid on ambulances: 3. Paramedic degree is the "
        "target but wants a science in the UCAS points (BTEC Sport may fall short): 2. "
        "Community first responder: 2. A&E volunteering, 111 and ED HCA (needs "
        "experience) are partial: 1.",
        "tags": ["target", "long_slang"],
    },
    {
        "id": "NC030",
        "profile": P(
            about="wanna be a physio for a football club like chelsea. im in year 10 "
            "and play for my school team",
            age=15,
            postcode="SW15",
            interests=["sport", "football", "physiotherapy"],
        ),
        "grades": [
            ("STG-INSIGHT-EVENINGS", 3),
            ("NCLICB-VIRTUAL-WE", 2),
            ("SJA-CADETS-N20", 1),
            ("CSG-PHYSIO-BSC", 1),
            ("STG-HCSW-APP-QMR", 1),
        ],
        "notes": "15, Putney, Year 10. St George's insight evenings are for Years 10-11 in "
        "Wandsworth/Merton and include physios: 3. Virtual work experience (14+): 2. "
        "Cadets teach first aid (far away in Barnet), physio degree and the rehab HCSW "
        "apprenticeship are future steps: 1.",
        "tags": ["target", "school_student", "long_slang"],
    },
    {
        "id": "NC031",
        "profile": P(
            about="I'm a teaching assistant and I want to retrain as an occupational "
            "therapist. I've got GCSEs but no A levels. What are the steps?",
            age=34,
            postcode="HA8 7AA",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("NLFT-OTSUPPORT-APP", 3),
            ("STC-ACCESS-HEALTH", 2),
            ("CONEL-ACCESS-NURSING", 1),
        ],
        "notes": "TA in Edgware wanting to become an OT. OT support worker apprenticeship at "
        "Edgware Community Hospital with a route onto the OT degree apprenticeship: 3. "
        "South Thames Access to HE (Health Professions) covers OT entry but is in "
        "Wandsworth: 2. The nursing/midwifery Access course is the wrong profession: 1.",
        "tags": ["target", "career_changer"],
    },
    {
        "id": "NC032",
        "profile": P(
            about="I want to be a diagnostic radiographer. I'm in year 12 doing biology, "
            "physics and maths.",
            age=17,
            postcode="N1 2AA",
            max_distance_km=8,
            qualification_level=2,
            gcse_english_maths=True,
            interests=["radiography", "physics"],
        ),
        "grades": [
            ("UCLH-INSIGHT-WEEK", 3),
            ("WHIT-CAREERS-ACADEMY", 3),
            ("CSG-RADIOGRAPHY-BSC", 1),
            ("NCLICB-VIRTUAL-WE", 1),
            ("GOSH-SIXTHFORM-WE", 2),
        ],
        "notes": "Year 12 in Islington aiming at radiography. UCLH Insight Week (Year 12, "
        "Islington) and Whittington Careers Academy (radiography session, Islington) are "
        "3. GOSH sixth-form week fits but is closed: 2. The radiography degree needs her A "
        "levels first: 1. Virtual work experience: 1.",
        "tags": ["target", "school_student"],
    },
    {
        "id": "NC033",
        "profile": P(
            about="I work as a carer in a care home, been doing it 4 years. I really want "
            "to be a mental health nurse, I've had my own struggles so I get it, but "
            "I literally cant afford to stop working and go to uni full time with "
            "rent in London. I've got a BTEC level 3 in health and social care and "
            "my GCSEs.",
            age=27,
            postcode="N22 7AA",
            qualification_level=3,
            gcse_english_maths=True,
            paid_only=True,
        ),
        "grades": [
            ("NLFT-MHNURSE-DEG-APP", 3),
            ("SWL-MH-SUPPORT-APP", 2),
            ("NLFT-MH-HCA-JOB", 2),
            ("RFL-NA-APP", 2),
            ("NLFT-PEER-JOB", 1),
            ("MDX-NURSING-BSC", 1),
        ],
        "notes": "Care worker in Wood Green who needs to earn while training. Mental health "
        "nursing degree apprenticeship (paid, Level 3 + GCSEs): 3. Mental health support "
        "apprenticeship and St Ann's HCA are paid stepping stones: 2. Nursing associate is "
        "paid but adult-focused: 2. Peer support uses lived experience but isn't nursing: "
        "1. Full-time unpaid degree is what she can't afford: 1.",
        "tags": ["target", "long_slang", "career_changer"],
    },
    {
        "id": "NC034",
        "profile": P(
            about="i look after my mum she has MS n my little bro. i want 2 be a doctor. yr 10",
            age=14,
            postcode="N17",
            circumstances=["young_carer"],
            interests=["medicine"],
        ),
        "grades": [
            ("HARINGEY-YC-TASTER", 3),
            ("NCLICB-VIRTUAL-WE", 3),
            ("SJA-CADETS-N20", 2),
            ("WHIT-CAREERS-ACADEMY", 1),
            ("CSG-MBBS-FOUNDATION", 1),
        ],
        "notes": "Young carer, 14, Tottenham, future doctor. The Haringey young carers taster (14-18, "
        "replacement care) and the at-home virtual work experience fit her life now. Cadets "
        "(Wednesday evenings, first aid) 2. Careers Academy is 16+: 1. MBBS6 lists young "
        "carers as a contextual criterion but is years away: 1. UCLH Insight Week and St "
        "George's evenings are restricted to other boroughs' students.",
        "tags": ["target", "carer", "school_student", "long_slang"],
    },
    # ------------------------------------------------------------------ ESOL / overseas
    {
        "id": "NC035",
        "profile": P(
            about="I was a GP in Syria for 10 years. I have refugee status since 2025. My "
            "English is B1, I study for IELTS. I want to work as a doctor again in "
            "UK. Meanwhile any job in hospital.",
            age=41,
            postcode="N15 4AA",
            qualification_level=7,
            circumstances=["refugee"],
        ),
        "grades": [
            ("NCLICB-REFUGEE-PROF", 3),
            ("CONEL-ESOL-HEALTH", 2),
            ("NMUH-HCSW-APP", 1),
            ("UCLH-HCSW-APP-UCH", 1),
            ("RFL-HCSW-APP-BAR", 1),
            ("UCLH-PHLEB-JOB", 1),
        ],
        "notes": "Refugee doctor in Tottenham. The NCL refugee health professionals programme "
        "(English, PLAB, clinical attachment) is the route: 3. ESOL for health: 2. Interim "
        "hospital jobs (HCSW, phlebotomy) he could do while requalifying: 1.",
        "tags": ["esol_overseas", "refugee", "career_changer"],
    },
    {
        "id": "NC036",
        "profile": P(
            about="Registered nurse in Nigeria, 8 years on medical wards. I have passed "
            "the CBT and got OET grade B. Now living in Enfield on a dependant visa "
            "and working as a carer. I need a route to get my NMC PIN.",
            age=33,
            postcode="EN1 2AA",
            qualification_level=6,
        ),
        "grades": [
            ("NMUH-INTL-NURSE", 3),
            ("RFL-HCA-BANK-BAR", 1),
            ("NMUH-ED-HCA-NIGHTS", 1),
            ("WHIT-COMMNURSE-JOB", 1),
        ],
        "notes": "Overseas-trained nurse in Enfield, not a refugee. North Mid's OSCE pathway is "
        "exactly it. Bank and ED HCA work use her skills meanwhile: 1. Community staff "
        "nurse needs NMC registration (later): 1. The refugee programme is aimed at "
        "refugees: not graded.",
        "tags": ["esol_overseas"],
    },
    {
        "id": "NC037",
        "profile": P(
            about="I was pharmacist in Iran 12 years. Now I am asylum seeker, living in "
            "Friern Barnet. I am learning English, level Entry 3. I want to be "
            "pharmacist again, or work in pharmacy.",
            age=36,
            postcode="N11 3AA",
            qualification_level=6,
            circumstances=["refugee"],
        ),
        "grades": [
            ("NCLICB-REFUGEE-PROF", 3),
            ("CONEL-ESOL-HEALTH", 3),
            ("PHARM-PSA-APP-SW19", 1),
            ("PHARM-SATURDAY-N10", 1),
            ("RFL-PHARMTECH-APP", 1),
        ],
        "notes": "Asylum-seeking pharmacist. The refugee professionals programme (covers "
        "pharmacists) and ESOL for health (free for asylum seekers) are 3. Pharmacy "
        "assistant/counter/technician jobs are partial (below his level, need English, "
        "and asylum seekers usually lack the right to work): 1. MPharm not graded (he "
        "already holds the degree).",
        "tags": ["esol_overseas", "refugee"],
    },
    {
        "id": "NC038",
        "profile": P(
            about="I am from Eritrea, I am 19. I come to London one year. I learn English "
            "in college, now entry 3. I want work helping people, maybe care. I am "
            "strong, I work hard.",
            age=19,
            postcode="SW18 3AA",
            qualification_level=0,
            circumstances=["refugee"],
        ),
        "grades": [
            ("WANDS-CARE-ACADEMY", 3),
            ("WANDS-CARE-FOUND", 2),
            ("CONEL-ESOL-HEALTH", 2),
            ("STG-HCSW-APP-STG", 1),
            ("STG-HCSW-APP-QMR", 1),
        ],
        "notes": "Young refugee in Wandsworth learning English. Wandsworth Care Academy (local "
        "residents, ESOL Entry 3 welcome, guaranteed interviews) is ideal. Home-care "
        "foundation apprenticeship (16-21): 2. ESOL for health fits but is in Enfield: 2. "
        "HCSW apprenticeships need more English: 1.",
        "tags": ["esol_overseas", "refugee", "long_slang"],
    },
    {
        "id": "NC039",
        "profile": P(
            about="I work cleaner in office, early morning. My English is basic. I want "
            "better job in hospital, cleaning or kitchen ok. I like morning work.",
            age=44,
            postcode="N18 2AA",
            max_distance_km=5,
        ),
        "grades": [
            ("NMUH-HOUSEKEEPER-JOB", 3),
            ("WHIT-CATERING-JOB", 2),
            ("CONEL-ESOL-HEALTH", 2),
            ("UCLH-PORTER-JOB", 1),
        ],
        "notes": "Office cleaner in Edmonton with basic English. North Mid housekeeping (early "
        "mornings, next door) is ideal. Whittington catering has morning shifts: 2. ESOL "
        "for health: 2. Porter is 24/7 and not cleaning: 1. Phlebotomy needs good spoken "
        "English: not graded.",
        "tags": ["esol_overseas", "career_changer"],
    },
    # ------------------------------------------------------------------ convictions / DBS
    {
        "id": "NC040",
        "profile": P(
            about="got a conviction for possession 3 yrs ago, done my community service. "
            "want to work in care but scared the DBS is gonna stop me, is there "
            "anywhere that will take me?",
            age=23,
            postcode="N7",
            max_distance_km=8,
            circumstances=["ex_offender"],
        ),
        "grades": [
            ("CHARITY-EXOFF-CARE", 3),
            ("HOMECARE-NW5-JOB", 3),
            ("SUPPORTEDLIVING-N17-JOB", 3),
            ("NLFT-MH-HCA-JOB", 2),
            ("CAMDEN-REABLEMENT-JOB", 1),
            ("CAREHOME-ACW-APP-N3", 1),
            ("HOMECARE-EN-JOB", 1),
        ],
        "notes": "23, Holloway, conviction. Second Chances (Holloway) and the two fair-chance care "
        "employers that say they welcome people with convictions are 3. St Ann's considers "
        "records case by case: 2. Other care jobs don't mention convictions: 1.",
        "tags": ["dbs", "long_slang"],
    },
    {
        "id": "NC041",
        "profile": P(
            about="just got out, did 18 months. on licence. need work asap, kitchen "
            "cleaning warehouse whatever. probation said try the nhs but the dbs "
            "will kill it innit",
            age=30,
            postcode="N17 0AA",
            circumstances=["ex_offender"],
            paid_only=True,
        ),
        "grades": [
            ("CHARITY-EXOFF-CARE", 3),
            ("SUPPORTEDLIVING-N17-JOB", 2),
            ("HOMECARE-NW5-JOB", 2),
            ("WHIT-CATERING-JOB", 1),
            ("NMUH-HOUSEKEEPER-JOB", 1),
            ("UCLH-PORTER-JOB", 1),
            ("NLFT-MH-HCA-JOB", 1),
        ],
        "notes": "Prison leaver in Tottenham. Second Chances includes hospital facilities routes "
        "and DBS help: 3 (unpaid course, so paid_only will drop it). Fair-chance "
        "supported living and home care: 2. Kitchen/cleaning/porter jobs are what he asked "
        "for but say nothing about records: 1. St Ann's HCA: 1.",
        "tags": ["dbs", "long_slang", "career_changer"],
    },
    {
        "id": "NC042",
        "profile": P(
            about="I got a police caution when I was 15 for shoplifting. Will that stop "
            "me being a nurse? I've just finished my A levels.",
            age=18,
            postcode="N19 4AA",
            qualification_level=3,
            gcse_english_maths=True,
        ),
        "grades": [
            ("MDX-NURSING-BSC", 3),
            ("NLFT-MHNURSE-DEG-APP", 2),
            ("UCLH-HCSW-APP-UCH", 2),
            ("UCLH-HCSW-APP-QSQ", 2),
            ("RFL-HCSW-APP-RFH", 2),
            ("RFL-HCSW-APP-BAR", 2),
            ("RFL-HCSW-APP-CFH", 2),
            ("NMUH-HCSW-APP", 2),
            ("RFL-NA-APP", 1),
        ],
        "notes": "18, Archway, A levels done, worried about a youth caution (did not tick "
        "ex_offender). Nursing degree is what she wants and can start: 3. Mental health "
        "nursing apprenticeship and HCSW apprenticeships as paid routes: 2. Nursing "
        "associate needs care experience: 1. Second Chances targets people with "
        "convictions; she hasn't said she is in that group, so not graded.",
        "tags": ["dbs"],
    },
    # ------------------------------------------------------------------ SEND / disability
    {
        "id": "NC043",
        "profile": P(
            about="Writing for my son, 19, autistic with an EHC plan, finishing college "
            "this summer. He likes routine, sorting and organising things, and "
            "computers. He doesn't cope with loud busy places or talking on the "
            "phone. We're in Kentish Town.",
            age=19,
            postcode="NW5 1AA",
            circumstances=["send", "disabled"],
        ),
        "grades": [
            ("UCLH-PROJECT-SEARCH", 3),
            ("RFL-SUPPORTED-INTERN-BAR", 2),
            ("STG-PROJECT-SEARCH", 2),
        ],
        "notes": "Parent writing for an autistic 19-year-old with an EHC plan. Project SEARCH at "
        "UCLH (18-24, EHC plan, Camden) is ideal. Barnet and St George's supported "
        "internships are the same kind of thing further away: 2. IT service desk, booking "
        "centre and GP reception are phone-heavy: excluded.",
        "tags": ["send_disability", "refusal"],
    },
    {
        "id": "NC044",
        "profile": P(
            about="I have a learning disability. I like cooking and cleaning. I go to "
            "college in Barnet. I want a job in the hospital with my friends.",
            age=17,
            postcode="EN5 2AA",
            max_distance_km=5,
            circumstances=["send"],
            interests=["cooking", "cleaning"],
        ),
        "grades": [
            ("RFL-SUPPORTED-INTERN-BAR", 3),
            ("UCLH-PROJECT-SEARCH", 1),
            ("STG-PROJECT-SEARCH", 1),
            ("WHIT-CATERING-JOB", 1),
            ("NMUH-HOUSEKEEPER-JOB", 1),
        ],
        "notes": "17, Barnet, learning disability, at college. Barnet Hospital supported "
        "internship with Barnet and Southgate College (16-24, housekeeping, restaurant) is "
        "ideal. Project SEARCH sites are 18+: 1. Catering/housekeeping jobs without "
        "support: 1.",
        "tags": ["send_disability", "school_student"],
    },
    {
        "id": "NC045",
        "profile": P(
            about="I'm a wheelchair user with chronic fatigue so I can only manage about "
            "16 hours a week, ideally from home. I've got A levels and I'm good on "
            "the phone and on a computer.",
            age=24,
            postcode="N1",
            qualification_level=3,
            gcse_english_maths=True,
            circumstances=["disabled"],
            skills=["phones", "computers"],
        ),
        "grades": [
            ("LAS-111-REMOTE-JOB", 2),
            ("MC-COMPANION-REMOTE", 2),
            ("NCL-ONLINE-GP-COURSE", 2),
        ],
        "notes": "Disabled 24-year-old in Islington needing about 16 hours from home. 111 health "
        "advisor is home-based with part-time contracts (but 6 weeks' site training, "
        "rota): 2. Remote phone companion volunteering and online GP course: 2. Data, "
        "coding and finance are 37.5 hours on site/hybrid: hours clash, not graded.",
        "tags": ["send_disability", "working_pattern"],
    },
]
