"""NORTH-EAST London blind evaluation personas (NE001-NE045).

Graded from the catalogue's side (catalogue.jsonl in this folder), written blind: the writer never
saw what any matcher returns. Grades: 3 excellent, 2 good, 1 partial / cannot start yet; refs not
listed are 0. Distance, closed dates, types, age and paid_only are left to the build script.
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
    # ------------------------------------------------------------------ terse
    {
        "id": "NE001",
        "profile": P(about="nursing", postcode="E6"),
        "grades": [
            ("CITY-NURSING-BSC", 3),
            ("ELFT-RNDA-MH", 3),
            ("BARTS-NA-APP", 2),
            ("BDC-ACCESS-NURSING", 2),
            ("NCC-TLEVEL-HEALTH-RED", 2),
            ("BARTS-HCSW-APP-NUH", 1),
            ("BARTS-HCSW-APP-RLH", 1),
            ("BARTS-HCSW-APP-WX", 1),
            ("BHRUT-HCSW-APP-QH", 1),
            ("BHRUT-HCSW-APP-KGH", 1),
            ("HOM-SNR-HCSW-APP", 1),
        ],
        "notes": "One word, nothing else known. Registration routes into nursing (degree, degree "
        "apprenticeship) are the best reading; nursing associate, Access and T Level are "
        "steps towards it; HCSW apprenticeships at every site are support roles on the way "
        "(1). Return to practice and the international nurse route target groups we have no "
        "evidence they belong to, so ungraded.",
        "tags": ["terse"],
    },
    {
        "id": "NE002",
        "profile": P(about="need part time", age=34, postcode="RM8"),
        "grades": [
            ("HOM-RECEP-OPD", 2),
            ("BHRUT-PORTER-WKND", 2),
            ("NELFT-DOMESTIC-EVE", 2),
            ("TH-GPCG-CARENAV", 2),
            ("ILFORD-PHARM-WKND", 2),
            ("EASTWAY-HOMECARE-TH", 2),
            ("BECONTREE-NIGHTS-CA", 1),
            ("BARTS-HCA-BANK-RLH", 1),
            ("BARTS-HCA-BANK-WX", 1),
            ("HOM-SCHOOLNURSING-ADMIN", 1),
            ("CHINGFORD-HOMECARE-DRIVER", 1),
            ("STJ-HCA-HOSPICE", 1),
        ],
        "notes": "Adult in Dagenham who only says part time. Any genuinely part-time paid role is a "
        "good fit (2); nothing is a 3 because we know nothing of interests. Becontree nights "
        "is 36 h (barely part-time); bank roles need care experience; school-health admin "
        "needs admin experience; Chingford needs a car; hospice HCA needs care experience. "
        "Full-time posts left at 0.",
        "tags": ["terse", "working_pattern", "career_changer"],
    },
    {
        "id": "NE003",
        "profile": P(about="job in IT NHS", age=22, postcode="E1 6QL", qualification_level=3),
        "grades": [
            ("HOM-IT-APP", 3),
            ("NELFT-DATA-APP", 2),
            ("HOM-CODER-REMOTE", 1),
            ("BARTS-BA-APP", 1),
        ],
        "notes": "22, A-level equivalent. Homerton IT support apprenticeship is exactly this. Data "
        "analyst apprenticeship is adjacent (digital, needs GCSEs which are unknown). Digital "
        "foundation apprenticeship and supported internship target 16-21s / EHC plans, so 0. "
        "Coding and admin are screen-based but not IT.",
        "tags": ["terse"],
    },
    {
        "id": "NE004",
        "profile": P(about="wanna be a midwife", age=16, postcode="E13"),
        "grades": [
            ("NCC-TLEVEL-HEALTH-RED", 3),
            ("BHRUT-WEX-SIXTH", 2),
            ("BARTS-WEX-Y12", 2),
            ("HOM-WEX-VIRTUAL", 2),
            ("BARTS-VOL-YOUTH-WX", 2),
            ("CITY-MIDWIFERY-BSC", 1),
            ("NCC-HSC-L2-POPLAR", 1),
            ("BARTS-FA-HSC-RLH", 1),
        ],
        "notes": "Future midwife at 16: wants the steps before it. T Level Health with the midwifery "
        "support specialism is the next step; work experience and youth volunteering build the "
        "application; the midwifery degree is the goal but needs Level 3 first (1). Access to HE "
        "is for 19+ adults, so 0. Level 2 course and foundation apprenticeship are weaker steps.",
        "tags": ["terse", "target_route", "school_student"],
    },
    {
        "id": "NE005",
        "profile": P(about="admin job mon-fri", age=23, postcode="RM1"),
        "grades": [
            ("BARTS-BA-APP", 3),
            ("HOM-CODER-REMOTE", 2),
            ("BARTS-FIN-APP", 2),
            ("HOM-RECEP-OPD", 2),
            ("HOM-SCHOOLNURSING-ADMIN", 2),
            ("NELFT-DATA-APP", 1),
        ],
        "notes": "Weekday office admin. Business admin apprenticeship is Mon-Fri 9-5 (3). Coding, "
        "finance, reception (Mon-Wed) and term-time school-health admin are weekday admin-type "
        "roles. The GP care navigator role is evenings and Saturdays, which contradicts "
        "Mon-Fri, so 0; LAS dispatcher is 24/7, so 0.",
        "tags": ["terse", "working_pattern"],
    },
    {
        "id": "NE006",
        "profile": P(about="kids. not hospitals", age=18, postcode="E8", qualification_level=2),
        "grades": [("HACK-EYE-APP", 3), ("NCC-HSC-L2-POPLAR", 1)],
        "notes": "18, Hackney, wants to work with children away from hospitals. The children's centre "
        "early years apprenticeship is the clear fit. The L2 course is below their level. "
        "School-health admin is hospital-based; young-carer mentoring targets young carers; "
        "Step Up needs a degree - all 0.",
        "tags": ["terse", "refusal"],
    },
    {
        "id": "NE007",
        "profile": P(
            about="paramedic", age=21, postcode="RM5", qualification_level=3, skills=["driving"]
        ),
        "grades": [
            ("LAS-AAP-APP", 3),
            ("LAS-CFR", 2),
            ("LAS-WEX-INSIGHT", 2),
            ("LAS-EMD-APP", 1),
            ("LAS-PARA-DA", 1),
        ],
        "notes": "Target: paramedic. The apprentice EAC role is the real first step (and is in Romford). "
        "CFR volunteering and the insight day build towards it. The paramedic degree "
        "apprenticeship is the goal but needs two years as EAC (1). Step into Health is for "
        "armed forces leavers, so 0; cadets are 10-17.",
        "tags": ["terse", "target_route"],
    },
    {
        "id": "NE008",
        "profile": P(
            about="I want care job. I learn English now.",
            age=23,
            postcode="E13 0JW",
            circumstances=["refugee"],
        ),
        "grades": [
            ("BDC-ESOL-HEALTH", 3),
            ("NCC-ESOL-CARE-HACKNEY", 3),
            ("NELCA-CARE-INTRO-ONLINE", 2),
            ("EASTWAY-HOMECARE-TH", 1),
            ("EASTWAY-ACW-APP", 1),
            ("NEWHAM-HEALTH-CHAMPS", 1),
            ("BARTS-HCSW-APP-NUH", 1),
            ("BARTS-HCSW-APP-RLH", 1),
        ],
        "notes": "Refugee in Newham learning English, wants care work. ESOL-for-care courses are the "
        "right next step; the online intro to care is good once English allows. Care jobs and "
        "HCSW apprenticeships need working English (1). The refugee healthcare professionals "
        "programme is for qualified doctors/nurses etc., which they are not, so 0.",
        "tags": ["terse", "esol_overseas"],
    },
    # ------------------------------------------------------------------ refusals
    {
        "id": "NE009",
        "profile": P(
            about="I want to help people but i cant do blood at all, I go dizzy. Im good at "
            "talking to people and organising stuff.",
            age=17,
            postcode="E3",
            qualification_level=2,
            gcse_english_maths=True,
            skills=["talking to people", "organising"],
        ),
        "grades": [
            ("BARTS-BA-APP", 3),
            ("HOM-RECEP-OPD", 2),
            ("TH-GPCG-CARENAV", 2),
            ("BARTS-VOL-RLH", 2),
            ("NEWHAM-HEALTH-CHAMPS", 2),
            ("FG-PHARM-PSA-APP", 2),
            ("NELFT-FA-HSC", 2),
            ("HOM-IT-APP", 1),
            ("ILFORD-PHARM-WKND", 1),
            ("HOM-SCHOOLNURSING-ADMIN", 1),
            ("BARTS-FA-HSC-RLH", 1),
        ],
        "notes": "17, GCSEs, Bow. Refusal: blood. Every HCSW apprenticeship mentions taking blood, so "
        "0; so do the phlebotomist, pathology lab (handles blood samples), nursing associate, "
        "dental nurse (blood and saliva) and ambulance crew (bleeding/trauma). People-facing "
        "admin and helping roles fit. School-health admin needs admin experience (1).",
        "tags": ["refusal", "school_student"],
    },
    {
        "id": "NE010",
        "profile": P(
            about="Did psychology A level and I'm really interested in mental health work. "
            "I faint at needles so nursing is out for me. Looking for a paid job.",
            age=24,
            postcode="E17",
            qualification_level=3,
            interests=["mental health", "psychology"],
            paid_only=True,
        ),
        "grades": [
            ("ELFT-HCA-MH-NEWHAM", 3),
            ("NELFT-OTA-COMMUNITY", 1),
            ("NELFT-RECOVERY-ONLINE", 1),
        ],
        "notes": "Refusal: needles. The MH nursing degree apprenticeship mentions depot injections, so "
        "0; nursing associate (injections), HCSW (taking blood) and trials RA (blood samples) "
        "also 0. The MH ward HCA involves no needles. Peer support needs lived experience they "
        "have not claimed. OT assistant is needle-free but not MH; recovery course is unpaid.",
        "tags": ["refusal"],
    },
    {
        "id": "NE011",
        "profile": P(
            about="worked in retail 8 years and I'm done with customers. I want to work for "
            "the NHS but dont want anything patient facing. good with excel",
            age=27,
            postcode="IG1",
            qualification_level=3,
            gcse_english_maths=True,
            skills=["Excel", "computers"],
        ),
        "grades": [
            ("NELFT-DATA-APP", 3),
            ("HOM-CODER-REMOTE", 3),
            ("BARTS-FIN-APP", 3),
            ("BARTS-HSA-APP", 2),
            ("HOM-IT-APP", 2),
            ("HOM-LOGISTICS-DRIVER", 1),
            ("HACK-PH-ANALYST", 1),
        ],
        "notes": "Career changer, Ilford. Refusal: patient-facing work. Data, coding and finance have no "
        "patient contact and use Excel. Pathology lab is explicitly no patient contact; IT "
        "support works on wards but with staff. Business admin books patients by phone and "
        "at the clinic desk, so 0; reception, care navigator, porter, all care roles 0. Public "
        "health analyst needs a degree (1); van driving needs a licence we don't know of (1).",
        "tags": ["refusal", "career_changer"],
    },
    {
        "id": "NE012",
        "profile": P(
            about="Looked after my mum for six years until she passed. I'm done with the "
            "washing and toileting side of things, so not personal care, but I'd like "
            "to stay in care or health somehow. I can do about 16 hours a week.",
            age=45,
            postcode="E4 8SA",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("AGEUK-PHONE-BEFRIEND", 2),
            ("STJ-VOL-NEIGHBOURS", 2),
            ("BARTS-VOL-RLH", 2),
            ("TH-GPCG-CARENAV", 2),
            ("ILFORD-PHARM-WKND", 2),
            ("HOM-RECEP-OPD", 1),
            ("NELFT-OTA-COMMUNITY", 1),
            ("NELFT-RECOVERY-ONLINE", 1),
        ],
        "notes": "Former family carer, Chingford. Refusals: personal care (rules out every HCSW, home "
        "care, care home, reablement, hospice HCA, foundation apprenticeship with ward "
        "rotation). Needs ~16 h/week: befriending, Compassionate Neighbours and ward "
        "volunteering say no personal care; 16 h care navigator and 14 h pharmacy counter fit "
        "the hours. OT assistant is a great content fit but 37.5 h, so 1; reception is 22.5 h "
        "(1). Health champions are for Newham residents, so 0.",
        "tags": ["refusal", "working_pattern", "career_changer"],
    },
    {
        "id": "NE013",
        "profile": P(
            about="ok so i wanna do care work or sumthing in mental health but NO old people, "
            "i get proper upset seeing them ill it reminds me of my nan. young ppl or "
            "adults my age is fine, or kids. need paid work asap",
            age=19,
            postcode="E7 9AD",
            qualification_level=2,
            paid_only=True,
        ),
        "grades": [
            ("ELFT-HCA-MH-NEWHAM", 3),
            ("HACK-EYE-APP", 2),
            ("ELFT-RNDA-MH", 1),
            ("BARTS-HCSW-APP-RLH", 1),
            ("BARTS-HCSW-APP-NUH", 1),
            ("BHRUT-HCSW-APP-QH", 1),
            ("BARTS-FA-HSC-RLH", 1),
            ("NELFT-FA-HSC", 1),
        ],
        "notes": "Slangy, Forest Gate. Refusal: older people. The acute MH ward says patients are mostly "
        "young and working-age adults (3). Early years is children (2). Adult HCSW wards don't "
        "say older people (1). Whipps Cross elderly/stroke, King George 'elderly wards', all "
        "care homes and home care ('mostly older people'), befriending older people - 0. "
        "MH nursing apprenticeship needs Level 3 (1).",
        "tags": ["refusal", "long_informal"],
    },
    {
        "id": "NE014",
        "profile": P(
            about="I'm 38 and after years in a warehouse I want to get into care work. I "
            "looked after my dad before he went into a home so I know about personal "
            "care and it doesn't bother me. Thing is I don't drive and I've no plans "
            "to, so it has to be somewhere I can get to on the bus from Harold Hill. "
            "Full time ideally, days or nights is fine.",
            age=38,
            postcode="RM3 8DX",
            qualification_level=2,
            max_distance_km=10,
            paid_only=True,
        ),
        "grades": [
            ("ARDLEIGH-ACW-APP", 3),
            ("BHRUT-HCSW-APP-QH", 3),
            ("BHRUT-HCSW-APP-KGH", 3),
            ("BECONTREE-NIGHTS-CA", 2),
            ("EASTWAY-ACW-APP", 2),
            ("EASTWAY-HOMECARE-TH", 2),
            ("BARTS-HCSW-APP-WX", 2),
            ("BARTS-HCSW-APP-RLH", 2),
            ("BARTS-HCSW-APP-NUH", 2),
            ("NELCA-CARE-INTRO-ONLINE", 2),
            ("CRANBROOK-LACW-APP", 1),
        ],
        "notes": "Career changer in Harold Hill, non-driver. Refusal: driving - Chingford home care "
        "(car essential), Redbridge reablement (car essential), LAS crew, CFR and van driver "
        "all 0. Hornchurch care home (bus outside) and Queen's/King George HCSW are the local "
        "fits; Eastway home care needs no car. Lead adult care worker needs a year's paid "
        "experience (1). The online intro is unpaid (build drops it under paid_only).",
        "tags": ["refusal", "long_informal", "career_changer"],
    },
    {
        "id": "NE015",
        "profile": P(
            about="2 years as a care assistant in a nursing home. I want to move into hospital "
            "HCA work. Not nights - my kids are at primary school so days only please, "
            "and no weekends if I can help it.",
            age=29,
            postcode="E9 7HU",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("BARTS-HCA-BANK-RLH", 3),
            ("BARTS-HCA-BANK-WX", 3),
            ("BARTS-PHLEB-NUH", 3),
            ("NELFT-OTA-COMMUNITY", 2),
        ],
        "notes": "Experienced carer, Hackney, days only. Bank HCA lets her choose day shifts only (3). "
        "Phlebotomy is Mon-Fri 8-4 in a hospital (3). OT assistant Mon-Fri days (2). Every "
        "HCSW apprenticeship, senior HCSW, nursing associate, hospice HCA and MH ward HCA "
        "rota includes nights, so 0.",
        "tags": ["refusal", "working_pattern"],
    },
    {
        "id": "NE016",
        "profile": P(
            about="I did a year in a call centre and never again - not on the phone all day. "
            "I like computers, spreadsheets and organising things. Looking for an "
            "apprenticeship.",
            age=20,
            postcode="E14",
            qualification_level=2,
            gcse_english_maths=True,
            types=["apprenticeship", "foundation_apprenticeship"],
            skills=["computers", "Excel", "organising"],
        ),
        "grades": [
            ("BARTS-FIN-APP", 3),
            ("HOM-FA-DIGITAL", 3),
            ("HOM-IT-APP", 2),
            ("HOM-CODER-REMOTE", 2),
            ("NELFT-DATA-APP", 1),
        ],
        "notes": "Refusal: phone-heavy work. Finance apprenticeship and digital foundation apprenticeship "
        "(20 is within 16-21) fit. IT support is partly on the service desk logging calls (2). "
        "Coding says no phone work but is a job not an apprenticeship. Data analyst needs Level 3 "
        "(1). Business admin ('good part of every day on the phone'), LAS dispatcher, care "
        "navigator and reception are 0.",
        "tags": ["refusal"],
    },
    {
        "id": "NE017",
        "profile": P(
            about="nothing medical pls. i like cooking and football",
            age=15,
            postcode="E12",
            interests=["cooking", "sport"],
        ),
        "grades": [("BARTS-CATER-WX", 1)],
        "notes": "NOTHING FITS. 15-year-old who wants nothing medical; the catalogue is all health and "
        "care. Hospital catering is the only non-medical food role and is 16+ paid work with "
        "patients on wards, so 1 at most. Cadets (first aid) and virtual NHS work experience "
        "are medical-flavoured, so 0.",
        "tags": ["refusal", "no_fit", "school_student"],
    },
    {
        "id": "NE018",
        "profile": P(
            about="I have a 2:1 in psychology and have worked in HR for seven years. I want to "
            "retrain into a registered clinical profession. I'm not after a Level 2 "
            "healthcare assistant post, I want a proper registration route, ideally "
            "salaried. Adults only please - I don't want to work with children.",
            age=31,
            postcode="E2",
            qualification_level=6,
            gcse_english_maths=True,
        ),
        "grades": [
            ("ELFT-RNDA-MH", 3),
            ("BARTS-NA-APP", 2),
            ("CITY-NURSING-BSC", 2),
            ("QMUL-MBBS-GEP", 1),
            ("CITY-RADIOGRAPHY-BSC", 1),
            ("UEL-PHYSIO-BSC", 1),
            ("HACK-PH-ANALYST", 1),
        ],
        "notes": "Graduate career changer wanting a registration route, not Level 2. Salaried MH nurse "
        "degree apprenticeship is ideal (adults). Nursing associate is NMC-registered and "
        "salaried (2). Nursing degree has an adult field but is unpaid (2). Medicine GEP, "
        "radiography, physio are registration routes but unpaid/long (1). Step Up is children's "
        "social work - refused, 0. All HCSW posts 0 by their own words.",
        "tags": ["refusal", "target_route", "career_changer"],
    },
    # ------------------------------------------------------------------ working patterns
    {
        "id": "NE019",
        "profile": P(
            about="im in yr 12 doin bio chem psych, wanna do nursing or maybe med. can only do "
            "evenings n weekends cuz of sixth form. need sumthin for my personal "
            "statement",
            age=17,
            postcode="E1",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("BARTS-VOL-YOUTH-WX", 3),
            ("BARTS-VOL-RLH", 2),
            ("HOM-WEX-VIRTUAL", 2),
            ("SJA-CADETS-ROMFORD", 2),
            ("BARTS-WEX-Y12", 2),
            ("ILFORD-PHARM-WKND", 1),
            ("TH-GPCG-CARENAV", 1),
            ("BARTS-HCA-BANK-RLH", 1),
        ],
        "notes": "Sixth-former, evenings/weekends only. Young volunteers (evenings and weekends, made for "
        "UCAS) is ideal. Royal London volunteering has a Saturday slot; virtual work "
        "experience is self-paced; Year 12 week is in the summer holidays. BHRUT sixth-form "
        "placements are for BDR students, so 0; QMUL insight days are Year 10-11 only, 0.",
        "tags": ["working_pattern", "long_informal", "school_student"],
    },
    {
        "id": "NE020",
        "profile": P(
            about="I care for my mum who has dementia during the day, my sister takes over at "
            "night, so I can only work nights. I've done care work before and personal "
            "care is fine.",
            age=42,
            postcode="RM9 5QA",
            qualification_level=1,
            paid_only=True,
        ),
        "grades": [("BECONTREE-NIGHTS-CA", 3), ("BARTS-HCA-BANK-RLH", 2), ("BARTS-HCA-BANK-WX", 2)],
        "notes": "Carer, Dagenham, nights only. Becontree permanent nights is local (3). Bank HCA lets "
        "her book nights only (2). Rotas of days and nights (HCSW apprenticeships, MH ward HCA, "
        "hospice) contradict nights-only, so 0. Evening domestic is 5-9pm, not nights.",
        "tags": ["working_pattern", "carer", "career_changer"],
    },
    {
        "id": "NE021",
        "profile": P(
            about="Mum of two. I can only work school hours, 9.30 to 2.30, term time ideally. "
            "I'd love to become a nurse one day but I haven't got my maths GCSE.",
            age=35,
            postcode="E13 9AB",
            qualification_level=2,
            gcse_english_maths=False,
        ),
        "grades": [
            ("BDC-ACCESS-NURSING", 3),
            ("EASTWAY-HOMECARE-TH", 2),
            ("NELCA-CARE-INTRO-ONLINE", 2),
            ("NCC-GCSE-ADULT-EVE", 1),
            ("HOM-SCHOOLNURSING-ADMIN", 1),
            ("CITY-NURSING-BSC", 1),
        ],
        "notes": "School hours. Access to HE is 9:30-2:30 term time, with help to get GCSEs, aimed at "
        "nursing (3). Home care offers school-hours runs (2). Evening GCSE class is outside "
        "her window (1). School-health admin is term-time 9-3 but admin (1). Nursing degree "
        "is the goal, needs L3 and GCSEs (1). Phlebotomy 8-4, reception 8:30-5 contradict.",
        "tags": ["working_pattern", "career_changer"],
    },
    {
        "id": "NE022",
        "profile": P(
            about="Been a bus driver 22 years out of Barking garage and my back's fine, I just "
            "want a change and to do something for the NHS before I retire. Days only "
            "- no nights, no weekends, I've done enough of those shifts. Clean licence. "
            "Don't mind lifting, not bothered about being near patients or not.",
            age=50,
            postcode="IG2 7AE",
            qualification_level=1,
            skills=["driving"],
            paid_only=True,
        ),
        "grades": [
            ("HOM-LOGISTICS-DRIVER", 3),
            ("BARTS-PHLEB-NUH", 2),
            ("NELFT-OTA-COMMUNITY", 1),
            ("HOM-RECEP-OPD", 1),
        ],
        "notes": "Career changer, days only Mon-Fri. The Homerton van driver is Mon-Fri 7-3 (3). "
        "Phlebotomy Mon-Fri 8-4 (2). OT assistant Mon-Fri but needs GCSEs (1). LAS crew (24/7), "
        "reablement (7 days), Chingford home care (alternate weekends), weekend porter and "
        "evening domestic all contradict days-only, so 0.",
        "tags": ["working_pattern", "long_informal", "career_changer"],
    },
    {
        "id": "NE023",
        "profile": P(
            about="2nd year adult nursing student at City. I need paid HCA shifts I can fit "
            "around placements and uni - flexible, bank ideally.",
            age=20,
            postcode="E14 7HA",
            qualification_level=3,
            gcse_english_maths=True,
            paid_only=True,
        ),
        "grades": [
            ("BARTS-HCA-BANK-RLH", 3),
            ("BARTS-HCA-BANK-WX", 3),
            ("EASTWAY-HOMECARE-TH", 2),
            ("TH-GPCG-CARENAV", 1),
            ("ILFORD-PHARM-WKND", 1),
        ],
        "notes": "Student nurse wanting paid care work around the course. Bank HCA at both Barts sites "
        "says students on NMC courses welcome and you choose shifts (3). Flexible home care "
        "(2). Fixed-hour part-time non-care jobs (1). Full-time HCSW apprenticeships and fixed "
        "night contracts contradict 'flexible around the course', so 0.",
        "tags": ["working_pattern", "target_route"],
    },
    {
        "id": "NE024",
        "profile": P(
            about="I work monday to friday in an office (insurence) and want weekend work in a "
            "hosptial, saturdays and sundays only. thinking of maybe retraning in "
            "healthcare later",
            age=26,
            postcode="E10",
            qualification_level=3,
        ),
        "grades": [
            ("BHRUT-PORTER-WKND", 3),
            ("ILFORD-PHARM-WKND", 2),
            ("BARTS-HCA-BANK-RLH", 1),
            ("BARTS-HCA-BANK-WX", 1),
            ("BARTS-VOL-RLH", 1),
            ("LAS-CFR", 1),
        ],
        "notes": "Weekends only. Weekend porter at Queen's is Sat & Sun only in a hospital (3). Weekend "
        "pharmacy counter is weekend work but not a hospital (2). Bank HCA could be weekends "
        "but needs care experience (1). Ward volunteering has Saturday afternoons but is unpaid "
        "(1). Young volunteers is 16-24, so 0; catering rota includes weekdays, 0.",
        "tags": ["working_pattern", "long_informal", "career_changer"],
    },
    {
        "id": "NE025",
        "profile": P(
            about="Term time only please, I've got three kids at school. I did admin in a "
            "solicitors' office for ten years. Would like to work in the NHS in an "
            "office.",
            age=39,
            postcode="E5",
            qualification_level=3,
            gcse_english_maths=True,
        ),
        "grades": [("HOM-SCHOOLNURSING-ADMIN", 3), ("HOM-CODER-REMOTE", 1), ("HOM-RECEP-OPD", 1)],
        "notes": "Term time only, admin experience. School health admin is term time 9-3 (3). Coding is "
        "all-year but flexible hours from home (1). Reception is all-year Mon-Wed (1). Business "
        "admin apprenticeship is all-year 9-5, contradicting term time, so 0.",
        "tags": ["working_pattern", "career_changer"],
    },
    # ------------------------------------------------------------------ targets
    {
        "id": "NE026",
        "profile": P(
            about="So I applied for medicine this year and got rejected from all four (AAB "
            "predicted, UCAT was ok). I'm taking a gap year and reapplying, and I need "
            "proper hands-on healthcare experience to talk about at interview - ideally "
            "paid but volunteering is fine too. I live in South Woodford. Happy to do "
            "personal care.",
            age=18,
            postcode="E18 1HZ",
            qualification_level=3,
            gcse_english_maths=True,
            interests=["medicine"],
        ),
        "grades": [
            ("BARTS-VOL-YOUTH-WX", 3),
            ("BARTS-VOL-RLH", 2),
            ("STJ-VOL-NEIGHBOURS", 2),
            ("EASTWAY-HOMECARE-TH", 2),
            ("NELCA-CARE-INTRO-ONLINE", 2),
            ("QMUL-MBBS-5YR", 1),
            ("BARTS-HCA-BANK-WX", 1),
            ("BARTS-HCSW-APP-WX", 1),
            ("ARDLEIGH-ACW-APP", 1),
            ("BECONTREE-NIGHTS-CA", 1),
            ("LAS-CFR", 1),
        ],
        "notes": "Gap year before reapplying to medicine. Young volunteers at nearby Whipps Cross is the "
        "best hands-on experience; home care gives paid hands-on care. The MBBS is the goal but "
        "asks AAA (AAB predicted), 1. Bank HCA needs experience/Care Certificate (1); "
        "15-month apprenticeships overrun a gap year (1). Graduate-entry medicine and the "
        "Year 10-11 insight days are for other groups, 0.",
        "tags": ["target_route", "long_informal"],
    },
    {
        "id": "NE027",
        "profile": P(
            about="Year 12, doing chemistry, biology and maths. I want to be a pharmacist. "
            "What can I do now?",
            age=17,
            postcode="IG1 3BL",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("ILFORD-PHARM-WKND", 3),
            ("BHRUT-WEX-SIXTH", 3),
            ("HOM-WEX-VIRTUAL", 2),
            ("BARTS-WEX-Y12", 2),
            ("BHRUT-PHARMTECH-APP", 1),
            ("FG-PHARM-PSA-APP", 1),
            ("BHRUT-FTP", 1),
        ],
        "notes": "Future pharmacist at 17, Ilford. Weekend pharmacy counter job (local, 16+, 'anyone "
        "thinking about pharmacy') and BHRUT sixth-form work experience (includes pharmacy, "
        "Redbridge students) are the now-steps. Technician/assistant apprenticeships are "
        "alternative routes that would replace A levels (1); foundation trainee pharmacist "
        "needs an MPharm (1). No MPharm course exists in this region's catalogue.",
        "tags": ["target_route", "school_student"],
    },
    {
        "id": "NE028",
        "profile": P(
            about="I'm 14 and I want to be a physio because I love sport and I had physio "
            "after I broke my ankle.",
            age=14,
            postcode="E11 3AP",
            interests=["sport", "physiotherapy"],
        ),
        "grades": [
            ("HOM-WEX-VIRTUAL", 3),
            ("NELFT-WEX-AHP", 2),
            ("SJA-CADETS-ROMFORD", 2),
            ("UEL-PHYSIO-BSC", 1),
        ],
        "notes": "14-year-old future physio. Virtual work experience (14-18, includes therapies) is open "
        "now. AHP shadowing is exactly right but 16+; cadets (first aid at sports events, 10-17) "
        "is a good youth step. Physio degree is years away (1). QMUL insight days are medicine "
        "and dentistry, not physio.",
        "tags": ["target_route", "school_student"],
    },
    {
        "id": "NE029",
        "profile": P(
            about="I'm a teaching assistant with a degree in education studies. I want to "
            "become an occupational therapist. I know I need relevant experience first "
            "and ideally a paid route.",
            age=28,
            postcode="E6 2JA",
            qualification_level=6,
            gcse_english_maths=True,
        ),
        "grades": [("NELFT-OTA-COMMUNITY", 3), ("NELFT-WEX-AHP", 2), ("UEL-PHYSIO-BSC", 1)],
        "notes": "Career changer aiming at OT. OT assistant is paid experience and leads to NELFT's OT "
        "degree apprenticeship (3). AHP shadowing includes OT and adults considering a change "
        "(2). Physio degree is a neighbouring profession (1). Return to practice is for lapsed "
        "registrants, 0.",
        "tags": ["target_route", "career_changer"],
    },
    {
        "id": "NE030",
        "profile": P(
            about="Finished a BTEC in applied science. I want to do diagnostic radiography - "
            "what's the route, and can I get some experience first?",
            age=19,
            postcode="E16",
            qualification_level=3,
            gcse_english_maths=True,
        ),
        "grades": [
            ("CITY-RADIOGRAPHY-BSC", 3),
            ("BARTS-VOL-YOUTH-WX", 2),
            ("BARTS-VOL-RLH", 1),
            ("BARTS-HSA-APP", 1),
            ("NELFT-WEX-AHP", 1),
        ],
        "notes": "Future radiographer with Level 3. The radiography degree is the route (3). Youth "
        "volunteering (16-24) gives hospital experience (2). General ward volunteering, a "
        "healthcare science apprenticeship and AHP shadowing (radiography not listed) are "
        "partial. BHRUT sixth-form placements are for 16-18 sixth-formers, so 0.",
        "tags": ["target_route"],
    },
    {
        "id": "NE031",
        "profile": P(
            about="Care assistant in a care home in Ilford for three years. I want to become a "
            "nurse but I can't afford to go to uni full time, so I want to earn while "
            "I learn.",
            age=24,
            postcode="E12",
            qualification_level=2,
            gcse_english_maths=True,
            paid_only=True,
        ),
        "grades": [
            ("BARTS-NA-APP", 3),
            ("HOM-SNR-HCSW-APP", 3),
            ("CRANBROOK-LACW-APP", 2),
            ("BARTS-HCSW-APP-NUH", 2),
            ("BARTS-HCSW-APP-RLH", 2),
            ("BARTS-HCSW-APP-WX", 2),
            ("BHRUT-HCSW-APP-QH", 2),
            ("BHRUT-HCSW-APP-KGH", 2),
            ("ELFT-RNDA-MH", 1),
            ("CITY-NURSING-BSC", 1),
        ],
        "notes": "Experienced carer with GCSEs wanting an earn-and-learn route to nursing. Nursing "
        "associate (GCSEs, care experience) and senior HCSW (6+ months' experience) are ideal. "
        "HCSW apprenticeships at all sites are a hospital step (2); lead care worker is a "
        "sideways step (2). RN degree apprenticeship needs Level 3 (1); full-time degree is "
        "what they can't afford (1).",
        "tags": ["target_route"],
    },
    # ------------------------------------------------------------------ ESOL / overseas
    {
        "id": "NE032",
        "profile": P(
            about="I was a doctor in Syria for 12 years, internal medicine. I have refugee "
            "status now. My English is IELTS 6.0. I want to work as a doctor again in "
            "the NHS and I need to know the steps.",
            age=41,
            postcode="E7",
            qualification_level=7,
            circumstances=["refugee"],
        ),
        "grades": [
            ("BARTS-REFUGEE-HP", 3),
            ("NCC-ESOL-CARE-HACKNEY", 1),
            ("BDC-ESOL-HEALTH", 1),
            ("BARTS-HCSW-APP-NUH", 1),
            ("QMUL-RA-TRIALS", 1),
        ],
        "notes": "Refugee doctor. The refugee healthcare professionals programme (OET/IELTS, PLAB, "
        "clinical attachment) is exactly this. ESOL-for-care courses are below his level; an "
        "HCSW post or research assistant job are interim options only (1). Graduate-entry MBBS "
        "would mean retraining from scratch, 0.",
        "tags": ["esol_overseas", "target_route"],
    },
    {
        "id": "NE033",
        "profile": P(
            about="I'm a registered nurse from Nigeria, six years on surgical wards. I've "
            "passed the CBT and OET. I'm working as a carer in Romford while I wait to "
            "sit the OSCE. Looking for a trust that will support me.",
            age=30,
            postcode="RM7",
            qualification_level=6,
        ),
        "grades": [
            ("BHRUT-INTL-NURSE", 3),
            ("HOM-SNR-HCSW-APP", 1),
            ("BARTS-HCA-BANK-RLH", 1),
            ("BARTS-HCA-BANK-WX", 1),
        ],
        "notes": "Overseas-trained nurse, CBT and OET passed. BHRUT's internationally educated nurse "
        "pathway in Romford is exact. HCA posts are interim (1). The refugee programme targets "
        "refugees (not stated), and return to practice targets lapsed UK registrants - 0.",
        "tags": ["esol_overseas"],
    },
    {
        "id": "NE034",
        "profile": P(
            about="I qualified as a pharmacist in Pakistan and worked eight years in hospital "
            "pharmacy. I'm in the UK on a spouse visa. I know I need to do OSPAP before "
            "foundation training. In the meantime I want to work in a pharmacy.",
            age=36,
            postcode="IG3",
            qualification_level=6,
        ),
        "grades": [
            ("BHRUT-PHARMTECH-APP", 2),
            ("FG-PHARM-PSA-APP", 2),
            ("ILFORD-PHARM-WKND", 2),
            ("BHRUT-FTP", 1),
        ],
        "notes": "Overseas pharmacist, not a refugee. Wants interim pharmacy work: trainee technician "
        "(hospital), pharmacy assistant, counter assistant (2 each - all below her level but "
        "what she asked for). Foundation trainee pharmacist accepts OSPAP graduates, which she "
        "is not yet (1). Refugee programme 0.",
        "tags": ["esol_overseas", "career_changer"],
    },
    {
        "id": "NE035",
        "profile": P(
            about="My English is not very good. I speak Bengali and Sylheti. My children are "
            "grown up now. I want to help in the hospital, volunteer first, then maybe a "
            "job.",
            age=48,
            postcode="E1 2BT",
            qualification_level=0,
            skills=["languages", "talking to people"],
        ),
        "grades": [
            ("BARTS-VOL-RLH", 3),
            ("NCC-ESOL-CARE-HACKNEY", 2),
            ("BDC-ESOL-HEALTH", 2),
            ("STJ-VOL-NEIGHBOURS", 2),
        ],
        "notes": "ESOL learner in Whitechapel. Royal London volunteering values Bengali/Sylheti and needs "
        "no personal care (3). ESOL-with-care courses build English for a later job (2). "
        "Compassionate Neighbours covers Tower Hamlets (2). Newham health champions are for "
        "Newham residents, so 0.",
        "tags": ["esol_overseas"],
    },
    # ------------------------------------------------------------------ convictions
    {
        "id": "NE036",
        "profile": P(
            about="I got a conviction when I was 19 for possession with intent, did my time "
            "and I've been clean and working in a warehouse since. My nan was in a care "
            "home and the carers there were amazing, I want to do that kind of work, "
            "personal care doesn't bother me. But I'm worried the DBS will stop me "
            "before I even start. Is there anywhere that will actually give me a chance?",
            age=25,
            postcode="E9",
            qualification_level=1,
            circumstances=["ex_offender"],
        ),
        "grades": [
            ("FRESHSTART-CARE", 3),
            ("EASTWAY-ACW-APP", 3),
            ("EASTWAY-HOMECARE-TH", 3),
            ("NELCA-CARE-INTRO-ONLINE", 2),
            ("ARDLEIGH-ACW-APP", 1),
            ("BECONTREE-NIGHTS-CA", 1),
            ("BARTS-HCSW-APP-RLH", 1),
        ],
        "notes": "DBS worry, care work. Fresh Start is aimed at people with convictions; Eastway "
        "explicitly welcomes applicants with records. The online intro gives a guaranteed "
        "interview route (2). Other care posts fit the work but say nothing about convictions "
        "(1).",
        "tags": ["convictions", "long_informal"],
    },
    {
        "id": "NE037",
        "profile": P(
            about="I got a caution for shoplifting about 12 years ago. Will it show up? I want "
            "an office job in the NHS, nothing hands-on with patients.",
            age=34,
            postcode="RM10 8RT",
            qualification_level=2,
            gcse_english_maths=True,
            circumstances=["ex_offender"],
        ),
        "grades": [
            ("HOM-CODER-REMOTE", 3),
            ("BARTS-BA-APP", 2),
            ("BARTS-FIN-APP", 2),
            ("HOM-RECEP-OPD", 2),
            ("TH-GPCG-CARENAV", 2),
            ("HOM-SCHOOLNURSING-ADMIN", 2),
            ("NELFT-DATA-APP", 1),
        ],
        "notes": "Old caution; office work only. Refusal: hands-on patient work - all care, porter, "
        "phlebotomy, Fresh Start (care) are 0. Coding is office/remote with no patient "
        "contact (3). Admin, finance, reception and navigator roles are office jobs (2). Data "
        "analyst needs Level 3 (1).",
        "tags": ["convictions", "refusal", "career_changer"],
    },
    {
        "id": "NE038",
        "profile": P(
            about="got a youth caution n did 6 month in a YOI when i was 16, tryna turn it "
            "round now. wanna do sumthin wiv my hands, maybe like maintenance or "
            "driving, def not care work or nuffin like that. need money fr",
            age=19,
            postcode="E10 7HB",
            qualification_level=1,
            circumstances=["ex_offender"],
            paid_only=True,
        ),
        "grades": [
            ("BHRUT-PORTER-WKND", 2),
            ("BARTS-PORTER-RLH", 2),
            ("HOM-LOGISTICS-DRIVER", 1),
            ("BARTS-ESTATES-ELEC", 1),
            ("NELFT-DOMESTIC-EVE", 1),
            ("BARTS-CATER-WX", 1),
        ],
        "notes": "Slangy, past custody, practical work, refuses care. Portering is active hands-on work "
        "(2). Van driver needs 21+ and a 2-year licence (1); electrician needs Level 3 "
        "quals (1). Domestic and catering are practical but not what he named (1). Fresh "
        "Start, Eastway and every care role are 0 (care refused).",
        "tags": ["convictions", "refusal", "long_informal"],
    },
    # ------------------------------------------------------------------ carers
    {
        "id": "NE039",
        "profile": P(
            about="I look after my mum, she has MS. I like helping people and maybe want to "
            "do nursing. I can't do after-school clubs most days because I have to get "
            "home.",
            age=15,
            postcode="IG1",
            circumstances=["young_carer"],
        ),
        "grades": [
            ("RB-YC-HEALTH-TASTER", 3),
            ("HOM-WEX-VIRTUAL", 3),
            ("NCC-TLEVEL-HEALTH-RED", 1),
            ("HACK-YC-MENTOR", 1),
        ],
        "notes": "Young carer, 15, Ilford. Redbridge young carers' health taster is built for her "
        "(flexible, online, cover arranged). Virtual work experience is self-paced and names "
        "caring responsibilities (3). T Level is next year's step (1). Peer mentoring is 16+ "
        "and in Hackney (1). Cadets meet Tuesday evenings, which she can't do, so 0.",
        "tags": ["carer", "school_student"],
    },
    {
        "id": "NE040",
        "profile": P(
            about="I'm my husband's full-time carer during the day. His sister sits with him "
            "in the evenings, so I can only work evenings, or something from home. I "
            "used to be a medical secretary.",
            age=44,
            postcode="E17 9NG",
            qualification_level=2,
            gcse_english_maths=True,
        ),
        "grades": [
            ("HOM-CODER-REMOTE", 3),
            ("NELFT-DOMESTIC-EVE", 2),
            ("AGEUK-PHONE-BEFRIEND", 2),
            ("NELFT-RECOVERY-ONLINE", 1),
            ("TH-GPCG-CARENAV", 1),
            ("EASTWAY-HOMECARE-TH", 1),
        ],
        "notes": "Adult carer, evenings or home-based. Clinical coding is remote with flexible hours to "
        "7pm and suits a former medical secretary (3). Evening domestic 5-9pm (2). Telephone "
        "befriending from home (2, unpaid). Recovery course is an evening online course for "
        "carers (1). Care navigator includes Saturdays (1); home care evening calls (1).",
        "tags": ["carer", "working_pattern", "career_changer"],
    },
    {
        "id": "NE041",
        "profile": P(
            about="hiya im 19 n a young carer for my lil bro whos autistic. wanna get into SEN "
            "or working wiv kids with disabilities, maybe childrens nursing one day. "
            "need flexible hrs cos of caring tbh",
            age=19,
            postcode="E2 6HS",
            qualification_level=2,
            circumstances=["young_carer"],
            interests=["working with children", "SEN"],
        ),
        "grades": [
            ("HACK-YC-MENTOR", 3),
            ("BARTS-VOL-YOUTH-WX", 2),
            ("HACK-EYE-APP", 1),
            ("CITY-NURSING-BSC", 1),
        ],
        "notes": "Young carer, text-speak, children with SEN. Peer mentoring younger carers is flexible "
        "and for her (3). Young volunteers welcomes young carers (2). Early years fits the "
        "children interest but is a fixed 37 h rota (1). Children's nursing degree needs Level 3 "
        "(1). Virtual work experience is 14-18, so 0.",
        "tags": ["carer", "long_informal"],
    },
    # ------------------------------------------------------------------ disability / SEND
    {
        "id": "NE042",
        "profile": P(
            about="I have autism and an EHC plan. I like sorting things, computers and "
            "routines. I don't like loud busy places.",
            age=19,
            postcode="E1 4PR",
            circumstances=["send"],
            interests=["computers"],
        ),
        "grades": [
            ("HOM-SUPINT", 3),
            ("HOM-FA-DIGITAL", 2),
            ("BARTS-SUPINT-RLH", 2),
            ("BHRUT-SUPINT-QH", 1),
            ("HOM-IT-APP", 1),
            ("HOM-CODER-REMOTE", 1),
        ],
        "notes": "EHC plan, autism, computers, quiet. Homerton's quiet-office IT/admin supported "
        "internship is ideal. Digital foundation apprenticeship is open to EHC plans up to 24 "
        "(2). Royal London Project SEARCH includes admin rotations (2). Queen's internship is "
        "catering/domestic (1). IT apprenticeship and coding are harder without support (1).",
        "tags": ["disability_send"],
    },
    {
        "id": "NE043",
        "profile": P(
            about="I use a wheelchair. I've just finished a maths degree and want desk-based "
            "work in the NHS or public health, hybrid or remote ideally.",
            age=22,
            postcode="IG8 0TN",
            qualification_level=6,
            gcse_english_maths=True,
            circumstances=["disabled"],
            skills=["maths", "data"],
        ),
        "grades": [
            ("HACK-PH-ANALYST", 3),
            ("NELFT-DATA-APP", 2),
            ("HOM-CODER-REMOTE", 2),
            ("BARTS-FIN-APP", 2),
            ("QMUL-RA-TRIALS", 1),
        ],
        "notes": "Disabled maths graduate, desk-based and hybrid. Public health analyst (graduate, "
        "hybrid) is exact. Data analyst apprenticeship is hybrid but below her level (2). "
        "Remote coding and hybrid finance (2). Trials RA involves clinics and labs and has "
        "closed (1).",
        "tags": ["disability_send"],
    },
    {
        "id": "NE044",
        "profile": P(
            about="i have lerning dificultys and a EHCP. i like helping in the kitchin at home "
            "and keeping things tidy. i want a job one day",
            age=17,
            postcode="RM9",
            circumstances=["send"],
            interests=["cooking", "cleaning"],
        ),
        "grades": [
            ("BHRUT-SUPINT-QH", 3),
            ("BARTS-SUPINT-RLH", 2),
            ("HOM-SUPINT", 1),
            ("BARTS-CATER-WX", 1),
            ("NELFT-FA-HSC", 1),
            ("BARTS-FA-HSC-RLH", 1),
        ],
        "notes": "17, learning disability, EHC plan, kitchen and tidying. Queen's supported internship "
        "(17-24, catering and domestic placements, Dagenham college) is ideal. Royal London "
        "Project SEARCH has catering rotations but is 18+ (2). Homerton's is IT/admin (1). "
        "Catering job and foundation apprenticeships lack the support (1).",
        "tags": ["disability_send", "long_informal", "school_student"],
    },
    # ------------------------------------------------------------------ no fit
    {
        "id": "NE045",
        "profile": P(
            about="I want to be a veterinary nurse, I love animals. Looking for an apprenticeship.",
            age=16,
            postcode="E4",
            types=["apprenticeship"],
            interests=["animals"],
        ),
        "grades": [],
        "notes": "NOTHING FITS. Veterinary nursing is animal care, outside the health and care "
        "catalogue; no pathway involves animals. No grades at all.",
        "tags": ["no_fit", "school_student"],
    },
]
