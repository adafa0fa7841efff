"""Blind evaluation personas for the NORTH-WEST and WEST London catalogue (catalogue.jsonl).

Graded by the writer from the catalogue's side only (3 excellent, 2 good, 1 partial / not yet).
Refs not listed are 0. Hard constraints (distance, closed dates, age, type, unpaid) are applied
later by the build script, so grades describe fit as if reachable.
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


PERSONAS = [
    # ---------------------------------------------------------------- terse
    {
        "id": "NW001",
        "profile": P(about="nursing", postcode="HA2"),
        "grades": [
            ("UWL-NURSING-BSC", 3),
            ("LNW-RNDA-APP-EAL", 3),
            ("LNW-NA-APP-NPH", 2),
            ("IMP-HCSW-APP-STM", 2),
            ("IMP-HCSW-APP-CXH", 2),
            ("IMP-HCSW-APP-HH", 2),
            ("LNW-SHCSW-APP-NPH", 2),
            ("WLC-ACCESS-HEALTH", 2),
            ("HARROW-COLL-TLEVEL-HEALTH", 2),
            ("IMP-HCA-BANK", 1),
            ("CW-HCA-BANK-WMH", 1),
            ("UWL-MHNURSING-TOPUP", 1),
        ],
        "notes": "One word, nothing else known. Routes to becoming a registered nurse get 3; nursing support "
        "apprenticeships (all three Imperial HCSW sites) and Access/T Level stepping stones 2; bank HCA "
        "(needs prior care experience) and the graduate-only MSc 1. Overseas-nurse route is for a group "
        "they are not shown to be in, so ungraded.",
        "tags": ["terse", "multi_site"],
    },
    {
        "id": "NW002",
        "profile": P(about="need part time", age=34, postcode="W3", paid_only=True),
        "grades": [
            ("THH-DOMESTIC-JOB", 2),
            ("CNWL-ADMIN-JOB-HAR", 2),
            ("GP-RECEPT-JOB-WEM", 2),
            ("EALING-WEEKEND-CARE-JOB", 2),
            ("LNW-PHLEB-JOB-NPH", 2),
            ("LNW-PHLEB-JOB-CMH", 2),
            ("REMOTE-CODER-JOB", 2),
            ("HARROW-MENCAP-SW-JOB", 2),
            ("HOUNSLOW-HOMECARE-JOB", 2),
            ("IMP-HCA-BANK", 1),
            ("CW-HCA-BANK-WMH", 1),
            ("WLT-PEER-JOB", 1),
        ],
        "notes": "Adult wanting any paid part-time work; no field given so nothing reaches 3. Part-time contracts "
        "(20-25 h, weekend-only, part-time phlebotomy option, part-time coder, flexible home care) get 2. "
        "Bank HCA needs prior care experience; peer support needs lived experience of mental health (unknown): 1. "
        "Full-time-only roles ungraded.",
        "tags": ["terse", "working_pattern", "multi_site"],
    },
    {
        "id": "NW003",
        "profile": P(about="anything not medical", age=20, postcode="UB8 1QQ"),
        "grades": [
            ("CW-BUSADMIN-APP", 2),
            ("IMP-CUSTSERV-APP", 2),
            ("ICB-ICT-APP", 2),
            ("CW-ESTATES-APP", 2),
            ("IMP-COMMIS-APP", 2),
            ("LNW-FA-DIGI-CMH", 2),
            ("IMP-DATA-APP", 2),
            ("THH-DOMESTIC-JOB", 2),
            ("IMP-COURIER-JOB", 1),
            ("CNWL-ADMIN-JOB-HAR", 1),
            ("GP-RECEPT-JOB-WEM", 1),
            ("IMP-PORTER-JOB-STM", 1),
        ],
        "notes": "Refusal of clinical work, no positive preference. Non-clinical admin, IT, data, estates and catering "
        "get 2 (no preference to push any to 3). Courier needs age 21 and a licence: 1. Porter moves patients "
        "and deceased people, borderline: 1. All ward, care, blood and therapy roles ungraded. Supported "
        "internship is for SEND, not shown.",
        "tags": ["terse", "refusal"],
    },
    {
        "id": "NW004",
        "profile": P(about="job in IT NHS", age=23, postcode="W12", paid_only=True),
        "grades": [("ICB-ICT-APP", 3), ("IMP-DATA-APP", 2), ("REMOTE-CODER-JOB", 1)],
        "notes": "Wants paid NHS IT work. The ICB IT support apprenticeship is the one true IT role: 3. Data analyst "
        "apprenticeship is adjacent: 2. Clinical coding is admin/data, weak: 1. The digital foundation "
        "apprenticeship is for 16-21s (aged 23), so ungraded.",
        "tags": ["terse"],
    },
    {
        "id": "NW005",
        "profile": P(about="physio", age=17, postcode="HA1"),
        "grades": [
            ("BRUNEL-PHYSIO-BSC", 2),
            ("LNW-WEX-VIRTUAL", 2),
            ("IMP-WEX-INSIGHT", 2),
            ("LNW-PHYSIO-DA", 1),
            ("CNWL-OTA-JOB-HIL", 1),
            ("BRUNEL-OT-BSC", 1),
            ("BRUNEL-PHYSIO-MSC", 1),
        ],
        "notes": "17-year-old (likely Year 12/13) who names physiotherapy. Brunel BSc is the route but needs A levels "
        "first (2); work experience that includes physio (virtual; insight week for 15-17s) 2. Degree "
        "apprenticeship (18+, L3), OT assistant (18+), OT degree and graduate MSc are related but not startable: 1.",
        "tags": ["terse", "target", "school_student"],
    },
    {
        "id": "NW006",
        "profile": P(about="weekends only", age=21, postcode="W13"),
        "grades": [
            ("EALING-WEEKEND-CARE-JOB", 3),
            ("IMP-HCA-BANK", 2),
            ("CW-HCA-BANK-WMH", 2),
            ("IMP-VOL-WELCOME", 2),
            ("LNW-YOUNGVOL", 2),
            ("SOBELL-VOL-WARD", 2),
            ("SOBELL-VOL-SHOP", 2),
            ("REMOTE-TELEBEFRIEND-VOL", 2),
            ("HARROW-MENCAP-BEFRIEND-VOL", 2),
            ("LAS-CFR-VOL", 1),
        ],
        "notes": "Pattern-only request. The Saturday-and-Sunday care job in Ealing is the exact match: 3. Bank shifts "
        "(pick weekends) and volunteering offering weekend shifts: 2. CFR needs a car and licence: 1. Anything "
        "Mon-Fri or on a fixed weekday rota is ungraded. The LAS Saturday insight day is for 16-18s, ungraded.",
        "tags": ["terse", "working_pattern"],
    },
    {
        "id": "NW007",
        "profile": P(about="pharmacy", age=16, postcode="HA9"),
        "grades": [
            ("HA9-PHARM-PSA-APP", 3),
            ("THH-PHARMTECH-APP", 2),
            ("GP-WEX-HESTON", 1),
            ("THH-PHARMACIST-FOUNDATION", 1),
            ("LNW-WEX-VIRTUAL", 1),
        ],
        "notes": "16-year-old in Wembley. Community pharmacy services assistant apprenticeship (16+, in Wembley): 3. "
        "Hospital pharmacy technician apprenticeship needs GCSEs incl. science (unknown) and is closed: 2. "
        "Foundation pharmacist year needs MPharm: 1. GP work experience and virtual work experience touch on pharmacy: 1.",
        "tags": ["terse", "school_student", "closed"],
    },
    {
        "id": "NW008",
        "profile": P(about="something with animals", age=16, postcode="UB6"),
        "grades": [],
        "notes": "NOTHING FITS. Wants to work with animals (vet / vet nurse type). The catalogue is human health and "
        "care only, so nothing is graded. A good matcher should not push ward jobs at full confidence.",
        "tags": ["terse", "nothing_fits", "school_student"],
    },
    # ---------------------------------------------------------------- refusals
    {
        "id": "NW009",
        "profile": P(
            about="I want to work in a hospital helping patients but I cant do blood at all, it makes me "
            "feel sick. Also I got a caution when I was 15 for fighting, will that be a problem?",
            age=18,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="UB1 3EE",
            max_distance_km=10,
            circumstances=["ex_offender"],
            interests=["hospitals", "helping people"],
        ),
        "grades": [
            ("IMP-HCSW-APP-CXH", 3),
            ("IMP-HCSW-APP-HH", 3),
            ("IMP-HCSW-APP-STM", 2),
            ("LNW-FA-HSC-NPH", 2),
            ("THH-FA-HSC", 2),
            ("THH-RADASSIST-JOB", 2),
            ("CNWL-MHSW-APP-STC", 2),
            ("CNWL-MHSW-APP-NPK", 2),
            ("IMP-VOL-WELCOME", 1),
            ("LNW-YOUNGVOL", 1),
            ("IMP-PORTER-JOB-STM", 1),
            ("HILL-SECONDCHANCE-CARE", 1),
        ],
        "notes": "18, GCSEs, wants patient contact in hospital but refuses blood. Every pathway that names taking blood, "
        "venepuncture, surgery/theatres or trauma is ungraded: phlebotomy (both sites), Senior HCSW, Nursing "
        "Associate, maternity support worker, GP HCA, ambulance roles, ODP. HCSW apprenticeships (personal care "
        "and obs, no blood-taking named) 3 at Charing Cross and Hammersmith; St Mary's is 2 because its wards are surgery "
        "and major trauma. All three are far from Southall; the build applies distance. "
        "Caution: convictions programme is care not hospital: 1; porter welcomes convictions but is not patient care: 1.",
        "tags": ["refusal", "convictions", "multi_site"],
    },
    {
        "id": "NW010",
        "profile": P(
            about="idk what i want yet but i like babies and little kids. i faint at needles tho so nothing "
            "with injections or blood lol",
            age=15,
            postcode="HA0",
        ),
        "grades": [
            ("LNW-WEX-VIRTUAL", 2),
            ("IMP-WEX-INSIGHT", 2),
            ("HARROW-COLL-L1-HSC", 1),
            ("HARROW-COLL-TLEVEL-HEALTH", 1),
            ("BRENT-CYPF-APP", 1),
            ("UWL-MIDWIFERY-BSC", 1),
        ],
        "notes": "15-year-old, undecided, likes babies/young children, faints at needles. Maternity support worker "
        "takes blood and phlebotomy sees children but is all needles: both ungraded. Work experience she can "
        "do now (virtual 14-19; insight week 15-17): 2. College courses (16+), family practitioner apprenticeship "
        "(18+, L3) and midwifery degree are future options: 1.",
        "tags": ["refusal", "long_slang", "school_student", "young_teen"],
    },
    {
        "id": "NW011",
        "profile": P(
            about="Business and economics graduate. Interested in the NHS but I dont want anything patient "
            "facing - happy behind a screen.",
            age=24,
            qualification_level=6,
            gcse_english_maths=True,
            postcode="W2",
            skills=["Excel", "data", "writing reports"],
        ),
        "grades": [
            ("IMP-DATA-APP", 3),
            ("BIBOROUGH-PH-JOB", 2),
            ("REMOTE-CODER-JOB", 2),
            ("ICB-ICT-APP", 1),
            ("IMP-COURIER-JOB", 1),
        ],
        "notes": "Graduate, screen-based work wanted, refuses patient contact. Data analyst apprenticeship (no patient "
        "contact, Paddington): 3. Public health officer (graduate, data, some community events) 2; home-based "
        "clinical coder (no patient contact) 2. IT support visits GP practices (staff, not patients) 1. Outpatients "
        "admin has a front desk, reception jobs, phlebotomy, wards: ungraded.",
        "tags": ["refusal"],
    },
    {
        "id": "NW012",
        "profile": P(
            about="Worked in retail for 8 years (Boots, Primark), want to move into health. Happy dealing with "
            "the public all day but NOT personal care - I'm not washing anyone or doing toileting.",
            age=30,
            qualification_level=2,
            postcode="W5",
            skills=["customer service", "talking to people"],
        ),
        "grades": [
            ("HA9-PHARM-PSA-APP", 3),
            ("GP-RECEPT-JOB-WEM", 3),
            ("LNW-PHLEB-JOB-NPH", 2),
            ("LNW-PHLEB-JOB-CMH", 2),
            ("CW-BUSADMIN-APP", 2),
            ("IMP-CUSTSERV-APP", 2),
            ("THH-RADASSIST-JOB", 2),
            ("LAS-EMD-JOB", 1),
            ("IMP-VOL-WELCOME", 1),
            ("HARROW-MENCAP-BEFRIEND-VOL", 1),
            ("CNWL-ADMIN-JOB-HAR", 1),
        ],
        "notes": "Career changer from retail, public-facing, refuses personal care. Community pharmacy counter and GP "
        "reception: 3. Phlebotomy (both sites), outpatients admin, contact centre, radiology assistant: 2. "
        "Every HCSW/HCA, care home, home care, supported living, reablement, OT assistant (washing/dressing "
        "practice) and Care Ready pathway names personal care: ungraded.",
        "tags": ["refusal", "career_changer", "multi_site"],
    },
    {
        "id": "NW013",
        "profile": P(
            about="tbh i hate hospitals, the smell makes me feel sick. but im good at looking after people, i do "
            "my nans care every day after college, washing her and that. want a proper job in care near harrow",
            age=19,
            postcode="HA3",
            max_distance_km=8,
            circumstances=["young_carer"],
            skills=["caring for people"],
        ),
        "grades": [
            ("HARROW-MENCAP-SW-JOB", 3),
            ("BLUEBELL-ACW-APP", 2),
            ("HARROW-NIGHTCARE-JOB", 2),
            ("EALING-WEEKEND-CARE-JOB", 2),
            ("ONLINE-CARE-INTRO", 2),
            ("KENTON-LACW-APP", 1),
            ("HOUNSLOW-HOMECARE-JOB", 1),
            ("EALING-REABLEMENT-JOB", 1),
            ("HARROW-MENCAP-BEFRIEND-VOL", 1),
        ],
        "notes": "19, young adult carer, slangy, wants paid community/social care but refuses hospitals. All hospital-based "
        "pathways ungraded. Supported living in Harrow: 3. Home care apprenticeship, care homes, free online care "
        "course: 2. Senior carer needs a year's paid experience; Hounslow home care and reablement need driving: 1. "
        "Befriending is unpaid: 1. Young carers programme is for 14-18, ungraded.",
        "tags": ["refusal", "carer", "long_slang"],
    },
    {
        "id": "NW014",
        "profile": P(
            about="I'm autistic and phone calls are really hard for me, so no call centres or jobs where you're "
            "on the phone all day. I'm good at computers, organising files and spreadsheets. Did a Level 3 "
            "BTEC in IT.",
            age=22,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="W10",
            circumstances=["disabled"],
            skills=["computers", "Excel", "organisation"],
        ),
        "grades": [
            ("REMOTE-CODER-JOB", 3),
            ("IMP-DATA-APP", 3),
            ("CNWL-ADMIN-JOB-HAR", 2),
            ("CW-BUSADMIN-APP", 1),
            ("ICB-ICT-APP", 1),
        ],
        "notes": "Autistic 22-year-old, L3 IT, refuses phone-heavy work. Home-based coder (no patient contact, no phones "
        "mentioned) and data analyst apprenticeship: 3. Term-time admin is 'mostly computer based': 2. Business "
        "admin and IT support include some phone/desk calls: 1. Contact centre, GP reception, 999 dispatcher, "
        "telephone befriending: ungraded. Digital foundation apprenticeship is 16-21 only.",
        "tags": ["refusal", "disability_send"],
    },
    {
        "id": "NW015",
        "profile": P(
            about="nothing medical pls. i like cooking, been making food for my little brothers for time. left "
            "school last year, not doing nothing rn",
            age=17,
            postcode="W6",
            circumstances=["neet"],
            interests=["cooking"],
        ),
        "grades": [
            ("IMP-COMMIS-APP", 3),
            ("THH-FA-HSC", 1),
            ("LNW-FA-HSC-NPH", 1),
            ("THH-DOMESTIC-JOB", 1),
        ],
        "notes": "17, NEET, slang, wants cooking and nothing clinical. Hospital commis chef apprenticeship (16+, welcomes "
        "NEET, at Charing Cross near W6): 3. Foundation apprenticeships include catering/facilities placements but "
        "also ward time: 1. Domestic cleaning: 1. Brent Care Ready is for Brent residents (W6 is not): ungraded.",
        "tags": ["refusal", "long_slang"],
    },
    {
        "id": "NW016",
        "profile": P(
            about="Want to work in care or support but NO old people. My grandad had dementia and I can't face "
            "it again. Prefer young adults, mental health or learning disabilities.",
            age=20,
            postcode="UB5",
        ),
        "grades": [
            ("HARROW-MENCAP-SW-JOB", 3),
            ("CNWL-MHSW-APP-STC", 2),
            ("CNWL-MHSW-APP-NPK", 2),
            ("HARROW-MENCAP-BEFRIEND-VOL", 2),
            ("CNWL-VOL-RECOVERY-CAFE", 2),
            ("WLT-PEER-JOB", 1),
            ("BRENT-CYPF-APP", 1),
        ],
        "notes": "Refuses older people/dementia. Learning disability supported living: 3. Adult mental health HCSW "
        "apprenticeship at both CNWL sites: 2. LD befriending (young adults) and recovery café (closed): 2. Peer "
        "support needs lived experience (unknown): 1. Family practitioner needs L3: 1. Care homes, home care, "
        "reablement, OT assistant (mostly older people), Charing Cross elderly wards and mealtime companion "
        "volunteering: ungraded.",
        "tags": ["refusal", "multi_site", "closed"],
    },
    {
        "id": "NW017",
        "profile": P(
            about="Always wanted to work on ambulances but I don't drive and can't afford lessons right now. "
            "What else is there in emergency care?",
            age=26,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="W12",
        ),
        "grades": [
            ("LAS-EMD-JOB", 3),
            ("IMP-HCSW-APP-STM", 2),
            ("LNW-SHCSW-APP-NPH", 1),
            ("IMP-PORTER-JOB-STM", 1),
            ("IMP-HCSW-APP-HH", 1),
            ("IMP-HCSW-APP-CXH", 1),
        ],
        "notes": "Career changer who cannot drive. Associate Ambulance Practitioner, paramedic apprenticeship and CFR all "
        "require a licence: ungraded. 999 dispatcher (emergency, no driving): 3. HCSW at St Mary's includes the "
        "major trauma ward: 2; other HCSW sites 1. Senior HCSW in A&E needs six months' care experience: 1. "
        "Porter does A&E transfers: 1. LAS insight day is 16-18 only.",
        "tags": ["refusal", "career_changer", "multi_site"],
    },
    {
        "id": "NW018",
        "profile": P(
            about="5 years as a care assistant in a nursing home, NVQ 2. Looking for something new but days only - "
            "I won't do nights.",
            age=35,
            qualification_level=2,
            postcode="HA0",
            skills=["caring for people", "personal care"],
        ),
        "grades": [
            ("KENTON-LACW-APP", 3),
            ("EALING-WEEKEND-CARE-JOB", 2),
            ("IMP-HCA-BANK", 2),
            ("CW-HCA-BANK-WMH", 2),
            ("LNW-PHLEB-JOB-NPH", 2),
            ("LNW-PHLEB-JOB-CMH", 2),
            ("THH-RADASSIST-JOB", 2),
            ("EALING-REABLEMENT-JOB", 2),
            ("CNWL-OTA-JOB-HIL", 2),
            ("BLUEBELL-ACW-APP", 1),
            ("HOUNSLOW-HOMECARE-JOB", 1),
        ],
        "notes": "Experienced carer, days only. Senior carer apprenticeship (12-hour days, needs the experience she has): 3. "
        "Bank HCA where she picks day shifts, weekend day job, phlebotomy, radiology assistant, reablement (7am-10pm, "
        "no nights; driving unknown), OT assistant: 2. Home care (evening runs, entry level): 1. Every rota with "
        "nights (HCSW/Senior HCSW/NA apprenticeships, mental health HCSW, maternity support) and sleep-in supported "
        "living: ungraded. Night care job ungraded.",
        "tags": ["refusal", "working_pattern", "career_changer", "multi_site"],
    },
    {
        "id": "NW019",
        "profile": P(
            about="Office manager for 20 years, want to do something meaningful in the NHS. I have a bad back "
            "(two slipped discs) so nothing with lifting or moving patients.",
            age=45,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="HA5",
            circumstances=["disabled"],
            skills=["admin", "organisation"],
        ),
        "grades": [
            ("REMOTE-CODER-JOB", 3),
            ("CNWL-ADMIN-JOB-HAR", 2),
            ("CW-BUSADMIN-APP", 2),
            ("GP-RECEPT-JOB-WEM", 2),
            ("IMP-DATA-APP", 2),
            ("LNW-PHLEB-JOB-NPH", 1),
            ("LNW-PHLEB-JOB-CMH", 1),
            ("BIBOROUGH-PH-JOB", 1),
            ("REMOTE-TELEBEFRIEND-VOL", 1),
        ],
        "notes": "Career changer with a back condition. Seated admin/data work fits: remote coder 3; admin, reception, data "
        "apprenticeship 2. Phlebotomy is seated but patient-facing: 1. Public health officer needs a degree: 1. "
        "Porter, courier (loading), estates, every care/HCA role (moving and handling), pharmacy assistant "
        "(deliveries) and radiology assistant (moving patients): ungraded.",
        "tags": ["refusal", "disability_send", "career_changer", "multi_site"],
    },
]

PERSONAS += [
    # ---------------------------------------------------------------- working patterns
    {
        "id": "NW020",
        "profile": P(
            about="Year 13, applying for medicine. I'm at sixth form all day so I can only do evenings and "
            "weekends - need more experience for my personal statement.",
            age=17,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="HA2",
            interests=["medicine"],
        ),
        "grades": [
            ("LNW-YOUNGVOL", 3),
            ("IMP-VOL-WELCOME", 3),
            ("LAS-WEX-INSIGHT", 2),
            ("LNW-WEX-VIRTUAL", 2),
            ("SJA-CADETS-EALING", 2),
            ("IMPERIAL-MBBS", 2),
            ("CW-WEX-MED", 2),
            ("GP-WEX-HESTON", 2),
            ("SOBELL-VOL-WARD", 1),
            ("IMP-WEX-INSIGHT", 1),
        ],
        "notes": "Sixth-former, evenings/weekends only, medicine applicant. Young volunteers (after school 4-7pm and "
        "weekends, 16+) and Imperial volunteering (evenings/weekends, 16+): 3. Saturday LAS insight day, virtual "
        "work experience, Wednesday-evening cadets, half-term medical shadowing (closed) and GP work experience in "
        "school holidays: 2. MBBS is the target (closed this cycle): 2. Hospice ward volunteering is 18+: 1. The "
        "July insight week overlaps the end of term: 1.",
        "tags": ["working_pattern", "target", "school_student", "closed"],
    },
    {
        "id": "NW021",
        "profile": P(
            about="I can only work nights because I look after my mum in the day (she has dementia). I've been "
            "an HCA for 2 years.",
            age=38,
            postcode="UB3",
            skills=["caring for people", "personal care"],
        ),
        "grades": [("HARROW-NIGHTCARE-JOB", 3), ("IMP-HCA-BANK", 3), ("CW-HCA-BANK-WMH", 3)],
        "notes": "Adult carer, nights only, experienced HCA. Nights-only care home post and the two staff banks where "
        "she can book only nights: 3. Rotas mixing days and nights (HCSW apprenticeships, mental health HCSW, "
        "999 dispatcher) contradict her pattern: ungraded.",
        "tags": ["working_pattern", "carer"],
    },
    {
        "id": "NW022",
        "profile": P(
            about="Mum of three. I can only work school hours, 9.30 to 2.30, and not in the school holidays. "
            "Used to work in a bank.",
            age=41,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="HA1 2AB",
            max_distance_km=5,
            paid_only=True,
        ),
        "grades": [("CNWL-ADMIN-JOB-HAR", 3), ("REMOTE-CODER-JOB", 1), ("WLC-ACCESS-HEALTH", 1)],
        "notes": "Term-time, school-hours only. The CNWL Harrow admin job is exactly term time 9.30-2.30: 3. Home-based "
        "coder has flexible hours but runs all year: 1. Access diploma daytime route is term time but is an unpaid "
        "course and not asked for: 1. Everything else has full-time, early, late or holiday working: ungraded.",
        "tags": ["working_pattern", "career_changer"],
    },
    {
        "id": "NW023",
        "profile": P(
            about="Looking for around 16 hours a week. I'm on Universal Credit and worked in a kitchen before. "
            "I've got a conviction from a few years back (possession) - is there any point applying to the NHS?",
            age=33,
            postcode="W6",
            circumstances=["ex_offender"],
            skills=["cooking"],
        ),
        "grades": [
            ("THH-DOMESTIC-JOB", 2),
            ("HARROW-MENCAP-SW-JOB", 2),
            ("HILL-SECONDCHANCE-CARE", 2),
            ("EALING-WEEKEND-CARE-JOB", 1),
            ("GP-RECEPT-JOB-WEM", 1),
            ("WLT-PEER-JOB", 1),
        ],
        "notes": "About 16 hours, conviction worry. 20-hour domestic job: 2. Part-time supported living (welcomes "
        "convictions): 2. Second Chance programme (15 h/week, aimed at people with convictions): 2. 24-hour jobs "
        "a bit over: 1. Peer support (22.5 h, welcomes criminal-justice history, needs lived experience of mental "
        "health): 1. Commis chef and porter are full time: ungraded despite kitchen background.",
        "tags": ["working_pattern", "convictions", "career_changer"],
    },
    {
        "id": "NW024",
        "profile": P(
            about="I'm a first year adult nursing student at UWL. I need paid work that fits around placements "
            "and lectures - they change every few weeks so it has to be flexible. I did a Care Certificate "
            "at college.",
            age=20,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="TW8",
            paid_only=True,
            skills=["caring for people"],
        ),
        "grades": [
            ("IMP-HCA-BANK", 3),
            ("CW-HCA-BANK-WMH", 3),
            ("EALING-WEEKEND-CARE-JOB", 2),
            ("HOUNSLOW-HOMECARE-JOB", 1),
            ("HARROW-MENCAP-SW-JOB", 1),
        ],
        "notes": "Student nurse wanting flexible paid care work. Both staff banks (book shifts, min two a month, "
        "explicitly for student nurses, Care Certificate accepted): 3. Weekend-only care job: 2. Choose-your-runs "
        "home care needs a car: 1. Supported living rota: 1. Nursing degree/apprenticeships ungraded (already on "
        "the course).",
        "tags": ["working_pattern", "target", "long_slang"],
    },
    {
        "id": "NW025",
        "profile": P(
            about="im 15 and can only do saturdays cos of school and football on sundays. want to help people, "
            "maybe in a hospital",
            age=15,
            postcode="W4",
            max_distance_km=10,
        ),
        "grades": [
            ("SOBELL-VOL-SHOP", 2),
            ("LNW-WEX-VIRTUAL", 2),
            ("LAS-WEX-INSIGHT", 1),
            ("IMP-VOL-WELCOME", 1),
            ("LNW-YOUNGVOL", 1),
        ],
        "notes": "15, Saturdays only. Hospice charity shop (14+ for DofE, Saturdays): 2 (helping, but not a hospital). "
        "Virtual work experience (any time): 2. Saturday ambulance insight day and hospital volunteering with "
        "weekend shifts are 16+: 1. Wednesday-evening cadets contradicts 'Saturdays only': ungraded.",
        "tags": ["working_pattern", "school_student", "young_teen", "long_slang"],
    },
    {
        "id": "NW026",
        "profile": P(
            about="I work 9-5 in a phone shop, 29, and want to retrain as a nurse. I can only study in the "
            "evenings. I don't have A levels and failed GCSE maths.",
            age=29,
            qualification_level=2,
            gcse_english_maths=False,
            postcode="W14",
        ),
        "grades": [
            ("WLC-ACCESS-HEALTH", 3),
            ("ONLINE-FS-ENGMATHS", 3),
            ("WLC-L2-HSC-EVE", 2),
            ("ONLINE-CARE-INTRO", 1),
            ("UWL-NURSING-BSC", 1),
        ],
        "notes": "Career changer, evenings only, needs Level 3 and GCSE maths. Access diploma evening route (Hammersmith) "
        "and online evening Functional Skills maths: 3. Evening Level 2 care certificate: 2. Self-paced online care "
        "course: 1. Nursing degree is the target but needs L3: 1. Daytime nursing apprenticeships contradict "
        "evenings-only: ungraded.",
        "tags": ["working_pattern", "target", "career_changer"],
    },
    {
        "id": "NW027",
        "profile": P(
            about="I care for my husband who has MS, so I can only manage 16-20 hours a week, daytime, and it "
            "needs to be close to home in Ruislip. Did admin years ago.",
            age=44,
            postcode="HA4",
            max_distance_km=8,
            skills=["admin"],
        ),
        "grades": [
            ("SOBELL-VOL-SHOP", 2),
            ("THH-DOMESTIC-JOB", 2),
            ("REMOTE-CODER-JOB", 1),
            ("CNWL-ADMIN-JOB-HAR", 1),
            ("REMOTE-TELEBEFRIEND-VOL", 1),
        ],
        "notes": "Adult carer, 16-20 daytime hours near Ruislip. Hospice shop in Ruislip (3-hour shifts): 2. 20-hour domestic "
        "job at Hillingdon Hospital (6-10am): 2. Home-based coder needs at least 22.5 h: 1. Term-time admin in Harrow "
        "is 25 h: 1. Phone befriending from home: 1. Evening/weekend GP reception and full-time roles ungraded.",
        "tags": ["working_pattern", "carer", "career_changer"],
    },
    {
        "id": "NW028",
        "profile": P(
            about="i look after my mum she has MS and my little sister. im 15. can only do stuff after school, "
            "online or near home. might want to be a nurse one day",
            age=15,
            postcode="HA2",
            max_distance_km=5,
            circumstances=["young_carer"],
        ),
        "grades": [
            ("HARROW-YOUNGCARERS-ROUTE", 3),
            ("LNW-WEX-VIRTUAL", 3),
            ("HARROW-COLL-TLEVEL-HEALTH", 1),
            ("LNW-YOUNGVOL", 1),
            ("SJA-CADETS-EALING", 1),
            ("IMP-WEX-INSIGHT", 1),
        ],
        "notes": "15-year-old young carer in Harrow. Harrow young carers health careers programme (after school, online "
        "option, flexible round caring): 3. Virtual work experience (online, 14-19): 3. T Level (16+), young "
        "volunteers (16+), cadets in Ealing (far), week-long insight placement: 1.",
        "tags": ["working_pattern", "carer", "school_student", "young_teen", "long_slang"],
    },
    # ---------------------------------------------------------------- targets
    {
        "id": "NW029",
        "profile": P(
            about="hiya im 16 n i wanna be a midwife!! doing my gcses rn (predicted 5s and 6s). wat do i need 2 "
            "do first?? x",
            age=16,
            qualification_level=1,
            postcode="HA3",
            interests=["midwifery", "babies"],
        ),
        "grades": [
            ("HARROW-COLL-TLEVEL-HEALTH", 3),
            ("LNW-YOUNGVOL", 2),
            ("LNW-WEX-VIRTUAL", 2),
            ("IMP-WEX-INSIGHT", 2),
            ("UWL-MIDWIFERY-BSC", 1),
            ("IMP-MSW-JOB-QCCH", 1),
            ("HARROW-COLL-L1-HSC", 1),
        ],
        "notes": "Year 11 future midwife. T Level Health with a midwifery pathway at Harrow College (starts after GCSEs): 3. "
        "Young volunteers, virtual work experience, insight week: 2. Midwifery degree and maternity support worker "
        "are the later steps (need L3 / 18+): 1. Level 1 course is below her predicted grades: 1.",
        "tags": ["target", "school_student", "long_slang"],
    },
    {
        "id": "NW030",
        "profile": P(
            about="Didn't get any medicine offers this year (A*AA, Chem Bio Psych) so I'm taking a gap year and "
            "reapplying. I want paid patient-facing experience - ideally in a hospital - to strengthen my "
            "application, and maybe some volunteering too. Live in Paddington.",
            age=18,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="W2 1PZ",
            interests=["medicine"],
        ),
        "grades": [
            ("LNW-PHLEB-JOB-NPH", 3),
            ("LNW-PHLEB-JOB-CMH", 3),
            ("IMP-HCSW-APP-STM", 2),
            ("IMP-HCSW-APP-CXH", 2),
            ("EALING-WEEKEND-CARE-JOB", 2),
            ("SOBELL-VOL-WARD", 2),
            ("IMP-VOL-WELCOME", 2),
            ("IMPERIAL-MBBS", 2),
            ("ONLINE-CARE-INTRO", 2),
            ("IMP-HCA-BANK", 1),
            ("CW-HCA-BANK-WMH", 1),
        ],
        "notes": "Gap-year medicine reapplicant. Phlebotomist posts (paid, hospital, no experience needed, fixed-term "
        "friendly): 3 at both LNWH sites. HCSW apprenticeships are 15-month programmes (longer than a gap year): 2. "
        "Weekend care job, hospice and hospital volunteering: 2. Imperial MBBS is the target (this cycle closed): 2. "
        "Online care intro unlocks bank work: 2. Bank HCA needs prior care experience: 1.",
        "tags": ["target", "long_slang", "multi_site", "closed"],
    },
    {
        "id": "NW031",
        "profile": P(
            about="I have a 2:1 in Psychology and a year as a support worker in a care home. I want to qualify as "
            "a mental health nurse or similar registered professional - please don't show me Level 2 support "
            "worker jobs.",
            age=24,
            qualification_level=6,
            gcse_english_maths=True,
            postcode="W10",
        ),
        "grades": [
            ("UWL-MHNURSING-TOPUP", 3),
            ("UWL-NURSING-BSC", 2),
            ("BRUNEL-OT-BSC", 2),
            ("BRUNEL-PHYSIO-MSC", 1),
            ("LNW-RNDA-APP-EAL", 1),
        ],
        "notes": "Graduate wanting a registration route, explicitly not Level 2. Graduate-entry MSc mental health nursing "
        "(degree + ~750 care hours, which she has): 3. Three-year BSc nursing (mental health option) and OT degree: 2. "
        "Physio MSc accepts psychology but is not mental health: 1. Adult nursing degree apprenticeship: 1. All "
        "Level 2 HCSW/support worker roles ungraded by request.",
        "tags": ["target", "refusal"],
    },
    {
        "id": "NW032",
        "profile": P(
            about="19, want to be a paramedic. Got A levels in Biology, Chemistry and PE, full manual licence "
            "since I was 17.",
            age=19,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="UB4",
            max_distance_km=15,
            skills=["driving", "first aid"],
        ),
        "grades": [
            ("LAS-AAP-APP", 3),
            ("LAS-PARA-DA", 3),
            ("LAS-CFR-VOL", 2),
            ("LAS-EMD-JOB", 2),
            ("LNW-SHCSW-APP-NPH", 1),
            ("IMP-HCSW-APP-STM", 1),
        ],
        "notes": "Future paramedic with L3 and a 2-year-old licence. AAP apprenticeship and paramedic degree apprenticeship "
        "(L3 + licence accepted): 3. CFR volunteering and 999 dispatcher: 2. Hospital support work is a weaker "
        "step: 1. LAS insight day is for 16-18s, cadets 10-17: ungraded.",
        "tags": ["target"],
    },
    {
        "id": "NW033",
        "profile": P(
            about="Teaching assistant in a special school for 6 years, 32, thinking about becoming an occupational "
            "therapist. I have A levels. Live in Feltham.",
            age=32,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="TW13",
        ),
        "grades": [
            ("BRUNEL-OT-BSC", 3),
            ("CNWL-OTA-JOB-HIL", 3),
            ("EALING-REABLEMENT-JOB", 1),
            ("HARROW-MENCAP-SW-JOB", 1),
        ],
        "notes": "Career changer targeting OT. Brunel OT degree (A levels, mature applicants encouraged): 3. OT assistant job "
        "(step before the degree): 3. Reablement and learning-disability support are adjacent: 1.",
        "tags": ["target", "career_changer"],
    },
    {
        "id": "NW034",
        "profile": P(
            about="Doing A level physics, maths and biology. I want to be a diagnostic radiographer. Are there any "
            "jobs or courses near Uxbridge?",
            age=18,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="UB8",
            max_distance_km=10,
        ),
        "grades": [("THH-RADASSIST-JOB", 3), ("LNW-WEX-VIRTUAL", 2), ("CW-RADIOG-JOB", 1)],
        "notes": "Future radiographer. Radiology department assistant at Hillingdon (18+, no quals needed): 3. Virtual work "
        "experience covers radiography: 2. Band 5 radiographer needs the degree: 1. NOTE: the catalogue has no "
        "radiography degree, so the key step is missing.",
        "tags": ["target", "school_student"],
    },
    {
        "id": "NW035",
        "profile": P(
            about="HCA at Northwick Park for 3 years. I want to become a nurse but I can't afford to stop working "
            "and go to uni full time. I have GCSE English and maths.",
            age=29,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="HA1",
            types=["apprenticeship", "course"],
        ),
        "grades": [
            ("LNW-NA-APP-NPH", 3),
            ("LNW-SHCSW-APP-NPH", 2),
            ("WLC-ACCESS-HEALTH", 2),
            ("LNW-RNDA-APP-EAL", 1),
            ("UWL-NURSING-BSC", 1),
        ],
        "notes": "Experienced HCA wanting an earn-while-you-learn route to nursing. Trainee Nursing Associate at her own "
        "trust (GCSEs + experience): 3. Senior HCSW L3: 2. Evening Access diploma: 2. RN degree apprenticeship needs "
        "L3: 1. Full-time degree is what she can't afford: 1.",
        "tags": ["target", "career_changer"],
    },
    {
        "id": "NW036",
        "profile": P(about="im 14 and i wanna be a doctor when im older", age=14, postcode="W9"),
        "grades": [
            ("LNW-WEX-VIRTUAL", 3),
            ("SJA-CADETS-EALING", 2),
            ("IMP-WEX-INSIGHT", 1),
            ("IMPERIAL-MBBS", 1),
            ("CW-WEX-MED", 1),
        ],
        "notes": "14-year-old future doctor. Virtual work experience (from 14): 3. St John cadets (10-17, first aid): 2. "
        "Insight week is 15-17, medical shadowing 16+, MBBS later: 1.",
        "tags": ["target", "school_student", "young_teen"],
    },
    # ---------------------------------------------------------------- ESOL / overseas
    {
        "id": "NW037",
        "profile": P(
            about="I am a registered nurse from Nigeria with 8 years experience in surgical wards. I came to the "
            "UK on my husband's visa and have the right to work. I passed IELTS but need to do the NMC OSCE. "
            "I need a job in the meantime.",
            age=34,
            qualification_level=6,
            postcode="UB1",
        ),
        "grades": [
            ("NWL-OVERSEAS-NURSES", 3),
            ("IMP-HCA-BANK", 1),
            ("CW-HCA-BANK-WMH", 1),
            ("IMP-HCSW-APP-STM", 1),
            ("LNW-PHLEB-JOB-NPH", 1),
            ("LNW-PHLEB-JOB-CMH", 1),
        ],
        "notes": "Overseas-trained nurse (not a refugee) - the overseas nurses route explicitly covers nurses trained abroad "
        "with right to work, paid HCSW post plus OSCE support: 3. Bank HCA wants UK care experience; L2 "
        "apprenticeship and phlebotomy are well below her level: 1.",
        "tags": ["esol_overseas", "career_changer"],
    },
    {
        "id": "NW038",
        "profile": P(
            about="I am doctor from Syria, 12 years in internal medicine. I have refugee status. My English is B1 "
            "and I am studying for PLAB. I live in Wembley.",
            age=39,
            qualification_level=7,
            postcode="HA9",
            max_distance_km=10,
            circumstances=["refugee"],
        ),
        "grades": [
            ("NWL-REFUGEE-DOCTORS", 3),
            ("WLC-ESOL-HEALTH", 1),
            ("ONLINE-FS-ENGMATHS", 1),
            ("LNW-PHLEB-JOB-NPH", 1),
            ("LNW-PHLEB-JOB-CMH", 1),
        ],
        "notes": "Refugee doctor. Refugee doctors programme (OET/IELTS, PLAB, attachment): 3. ESOL course is pitched below "
        "B1 but relevant: 1. Functional skills: 1. Phlebotomy as interim clinical work: 1.",
        "tags": ["esol_overseas"],
    },
    {
        "id": "NW039",
        "profile": P(
            about="Qualified pharmacist in India (B.Pharm, 5 years hospital experience). Here on a dependant visa. "
            "What do I need to do to work in pharmacy in the UK?",
            age=30,
            qualification_level=6,
            postcode="HA2",
            interests=["pharmacy"],
        ),
        "grades": [
            ("HA9-PHARM-PSA-APP", 2),
            ("THH-PHARMTECH-APP", 1),
            ("THH-PHARMACIST-FOUNDATION", 1),
        ],
        "notes": "Overseas pharmacist. Foundation trainee year needs a UK MPharm or OSPAP: 1. Pharmacy technician (closed; "
        "GCSEs needed): 1. Pharmacy services assistant gets her into UK pharmacy now: 2. NOTE: no OSPAP course in "
        "the catalogue, so the real first step is missing.",
        "tags": ["esol_overseas", "closed"],
    },
    {
        "id": "NW040",
        "profile": P(
            about="I learn English now, level Entry 2. In Afghanistan I help in clinic with women. I want job in "
            "care. Only morning, my children in school.",
            age=27,
            qualification_level=1,
            gcse_english_maths=False,
            postcode="UB2",
            max_distance_km=8,
            circumstances=["refugee"],
        ),
        "grades": [("WLC-ESOL-HEALTH", 3), ("ONLINE-CARE-INTRO", 2), ("BLUEBELL-ACW-APP", 1)],
        "notes": "Refugee learning English, school-hours only. ESOL for health and care (refugees free, 9.30-2.30 term time, "
        "Ealing): 3. Online care intro (self-paced, welcomes refugees): 2. Bluebell welcomes refugees but uses split "
        "shifts into the evening: 1. Evening care course and 6am domestic shifts clash with her hours: ungraded.",
        "tags": ["esol_overseas", "working_pattern", "long_slang"],
    },
    {
        "id": "NW041",
        "profile": P(
            about="I was a dentist in Iran for 10 years and I have refugee status now. My English is IELTS 7. I "
            "want to work as a dentist again or as a dental nurse while I prepare for the ORE exams.",
            age=36,
            qualification_level=6,
            postcode="W3",
            circumstances=["refugee"],
        ),
        "grades": [],
        "notes": "NOTHING FITS. No dental pathway in the catalogue; the refugee doctors programme requires a primary "
        "medical qualification (dentists not eligible); ESOL is below IELTS 7. Nothing graded.",
        "tags": ["esol_overseas", "nothing_fits", "career_changer"],
    },
    # ---------------------------------------------------------------- circumstances
    {
        "id": "NW042",
        "profile": P(
            about="been inside 18 months, out on licence now. wanna do summat proper wiv my life, my probation "
            "officer said care work mite take me. not scared of hard graft, just need someone to give me a chance",
            age=23,
            postcode="NW10",
            circumstances=["ex_offender", "neet"],
        ),
        "grades": [
            ("HILL-SECONDCHANCE-CARE", 3),
            ("HARROW-MENCAP-SW-JOB", 3),
            ("BRENT-WEX-CAREREADY", 2),
            ("IMP-PORTER-JOB-STM", 2),
            ("ONLINE-CARE-INTRO", 2),
            ("BLUEBELL-ACW-APP", 1),
            ("WLT-PEER-JOB", 1),
            ("IMP-COURIER-JOB", 1),
        ],
        "notes": "Recently released, slang, wants care work. Second Chance programme (for people with convictions) and "
        "Mencap supported living (welcomes convictions): 3. Brent Care Ready (Brent resident, 16-24, NEET): 2. Porter "
        "(welcomes convictions, hard physical work): 2. Online care intro: 2. Home care (no fair-chance statement), "
        "peer support (needs MH lived experience), courier (needs licence): 1.",
        "tags": ["convictions", "long_slang"],
    },
    {
        "id": "NW043",
        "profile": P(
            about="My son is 19 and has an EHC plan (autism and a mild learning disability). He likes sorting "
            "things, routines and being busy. He wants a real job in a hospital. He can travel on the bus "
            "on his own.",
            age=19,
            postcode="UB5",
            max_distance_km=10,
            circumstances=["send", "disabled"],
        ),
        "grades": [
            ("LNW-SEARCH-NPH", 3),
            ("IMP-SEARCH-CXH", 3),
            ("HILL-COUNCIL-SUPINT", 2),
            ("IMP-COMMIS-APP", 1),
            ("LNW-FA-HSC-NPH", 1),
            ("THH-FA-HSC", 1),
            ("THH-DOMESTIC-JOB", 1),
        ],
        "notes": "19, EHC plan, parent writing. Project SEARCH at Northwick Park and Charing Cross (18-24, EHC plan, hospital "
        "rotations): 3 both. Council office supported internship (not a hospital): 2. Commis chef (welcomes SEND), "
        "foundation apprenticeships and domestic work without job-coach support: 1.",
        "tags": ["disability_send", "multi_site"],
    },
    {
        "id": "NW044",
        "profile": P(
            about="I'm a care leaver (18). Left school with 3 GCSEs, not English or maths. I want a proper paid job "
            "with training - maybe cooking or computers.",
            age=18,
            qualification_level=1,
            gcse_english_maths=False,
            postcode="W10",
            paid_only=True,
            circumstances=["care_leaver"],
        ),
        "grades": [
            ("IMP-CARELEAVERS", 3),
            ("IMP-COMMIS-APP", 3),
            ("LNW-FA-DIGI-CMH", 3),
            ("ICB-ICT-APP", 1),
            ("THH-FA-HSC", 1),
            ("LNW-FA-HSC-NPH", 1),
            ("IMP-CUSTSERV-APP", 1),
        ],
        "notes": "Care leaver, no GCSE English/maths, wants paid cooking or IT. Imperial care leavers programme (paid, "
        "includes catering and IT tasters): 3. Commis chef (no quals, welcomes care leavers): 3. Digital foundation "
        "apprenticeship (16-21, no quals, care leavers welcome): 3. IT apprenticeship needs 5 GCSEs incl. English/maths: "
        "1. Health and care foundation apprenticeships and contact centre: 1.",
        "tags": ["care_leaver"],
    },
    {
        "id": "NW045",
        "profile": P(
            about="Leaving the Army after 16 years (REME, vehicle mechanic, also drove everything up to HGV). Wife is "
            "also looking. Interested in NHS estates, transport or the ambulance service. Full licence inc C1.",
            age=38,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="HA4",
            circumstances=["armed_forces"],
            skills=["driving", "fixing things", "leadership"],
        ),
        "grades": [
            ("STEP-INTO-HEALTH-NWL", 3),
            ("CW-ESTATES-APP", 3),
            ("LAS-AAP-APP", 3),
            ("IMP-COURIER-JOB", 2),
            ("LAS-EMD-JOB", 1),
            ("LAS-CFR-VOL", 1),
            ("IMP-PORTER-JOB-STM", 1),
        ],
        "notes": "Service leaver, mechanic and driver. Step into Health (armed forces community): 3. Estates engineering "
        "apprenticeship and AAP apprenticeship (C1 licence, veterans encouraged): 3. Courier driver: 2 (below his "
        "level). 999 dispatcher, CFR volunteering, porter: 1.",
        "tags": ["armed_forces", "career_changer"],
    },
]
