# South-east London blind evaluation set (Southwark, Lambeth, Lewisham, Greenwich, Bexley, Bromley).
# Graded from the catalogue's side against catalogue.jsonl in this folder. Refs not listed are 0.


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
        "id": "SE001",
        "profile": P(about="nursing"),
        "grades": [
            ("GSTT-RNDA", 3),
            ("LSBU-BSC-ADULT-NURSING", 3),
            ("KCH-HCSW-APP-DH", 2),
            ("KCH-HCSW-APP-PRUH", 2),
            ("LGT-HCSW-APP-UHL", 2),
            ("LGT-HCSW-APP-QEH", 2),
            ("LGT-NA-APP", 2),
            ("SLAM-MHN-COURSE-LSBU", 2),
            ("KCH-SNR-HCSW-APP", 1),
            ("KCH-BANK-HCA", 1),
            ("LEWCOL-ACCESS-NURSING", 1),
            ("LEWCOL-TLEVEL-HEALTH", 1),
        ],
        "notes": "One word, nothing else known. Registration routes (degree, degree apprenticeship) are the "
        "clearest 'nursing'; HCA apprenticeships and the TNA are nursing-family steps; Access/T Level "
        "are preparation. No age/location so no site preference.",
        "tags": ["terse", "target"],
    },
    {
        "id": "SE002",
        "profile": P(about="need part time", age=19, postcode="SE13"),
        "grades": [
            ("GREENWICH-GP-RECEPTION", 3),
            ("STCHRIS-HOUSEKEEPER", 3),
            ("CATFORD-HOMECARE-CW", 3),
            ("LAS-111-REMOTE", 3),
            ("ELTHAM-PHARM-WEEKEND", 2),
            ("BROMLEYHC-SCHOOLNURSE-HCA", 2),
            ("KCH-BANK-HCA", 1),
            ("KCH-WARD-HOST-PRUH", 1),
            ("CAREHOME-SIDCUP-ACW-APP", 1),
        ],
        "notes": "Only constraint is part-time hours, implied paid work. 16-22.5h roles and choose-your-hours "
        "home care are best; 27.5-30h roles are partial; bank needs care experience. Full-time 37.5h roles ungraded.",
        "tags": ["terse", "working_pattern"],
    },
    {
        "id": "SE003",
        "profile": P(about="anything not medical", age=18, postcode="SE18"),
        "grades": [
            ("SLAM-FOUNDAPP-DIGITAL", 3),
            ("GSTT-BUSADMIN-APP-GUYS", 2),
            ("OXLEAS-DATA-APP", 2),
            ("GSTT-COMMISCHEF-APP", 2),
            ("GSTT-ESTATES-APP", 2),
            ("KCH-WARD-HOST-PRUH", 2),
            ("GSTT-AP-FINANCE", 2),
            ("GREENWICH-GP-RECEPTION", 1),
            ("LGT-CLIN-CODER-REMOTE", 1),
            ("GSTT-PORTER-STH", 1),
            ("GSTT-PORTER-GUYS", 1),
            ("BROMLEYHC-DRIVER", 1),
            ("LGT-FOUNDAPP-QEH", 1),
        ],
        "notes": "Refusal of clinical work. Non-clinical NHS roles graded; porters (move patients and the deceased), "
        "clinical coding (reading medical notes) and the QEH foundation apprenticeship (ward rotation) only partial. "
        "All HCA, phlebotomy, lab, pharmacy, therapy roles ungraded.",
        "tags": ["terse", "refusal"],
    },
    {
        "id": "SE004",
        "profile": P(about="job in IT NHS", age=22, qualification_level=3),
        "grades": [
            ("OXLEAS-DATA-APP", 3),
            ("ICB-DATA-ANALYST", 2),
            ("LGT-CLIN-CODER-REMOTE", 1),
            ("GSTT-BUSADMIN-APP-GUYS", 1),
        ],
        "notes": "Wants NHS IT. Only the data apprenticeship and analyst role are genuinely digital; the digital "
        "foundation apprenticeship is for 16-21s so not graded at 22. Catalogue is thin on pure IT support.",
        "tags": ["terse"],
    },
    {
        "id": "SE005",
        "profile": P(about="midwife", age=15, postcode="SE22 8PT"),
        "grades": [
            ("GSTT-VIRTUAL-WEX", 3),
            ("LGT-STEP-INTO-HEALTH-YR10", 2),
            ("SJA-NHS-CADETS-LEWISHAM", 2),
            ("LEWCOL-TLEVEL-HEALTH", 1),
            ("LSBU-BSC-MIDWIFERY", 1),
            ("GSTT-MIDWIFE-SUPPORT", 1),
        ],
        "notes": "15-year-old with a target. Now: online work experience, Year 10 taster, NHS Cadets. Later steps "
        "(T Level with midwifery option, midwifery degree, maternity support worker) graded 1 as she can't start yet.",
        "tags": ["terse", "target", "school_student", "age_14_15"],
    },
    {
        "id": "SE006",
        "profile": P(about="games design", age=16, postcode="SE20", max_distance_km=10),
        "grades": [("SLAM-FOUNDAPP-DIGITAL", 1)],
        "notes": "NOTHING FITS: no games/creative digital roles in the catalogue. The digital foundation "
        "apprenticeship (IT service desk) is the nearest thing, grade 1 only.",
        "tags": ["terse", "nothing_fits", "school_student"],
    },
    {
        "id": "SE007",
        "profile": P(about="weekend work", age=17, postcode="SE9 5LX", max_distance_km=8),
        "grades": [
            ("ELTHAM-PHARM-WEEKEND", 3),
            ("GBCH-VOL-SHOP", 2),
            ("GSTT-VOL-EVELINA", 2),
            ("LAS-INSIGHT-DAY", 1),
            ("KCH-BANK-HCA", 1),
            ("CATFORD-HOMECARE-CW", 1),
        ],
        "notes": "Sixth-former wanting weekends only. Sat+Sun pharmacy counter role in Eltham is ideal. Weekend "
        "volunteering good. Bank HCA and home care allow weekends but need 18+/experience.",
        "tags": ["terse", "working_pattern", "school_student"],
    },
    {
        "id": "SE008",
        "profile": P(
            about="pharmacy",
            age=16,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="BR1 3HY",
        ),
        "grades": [
            ("GSTT-PHARMTECH-APP", 3),
            ("BROMLEY-PHARM-WEX", 3),
            ("RYELANE-PSA-APP", 2),
            ("ELTHAM-PHARM-WEEKEND", 2),
            ("KCL-MPHARM", 1),
        ],
        "notes": "16 with GCSEs. Pharmacy technician apprenticeship (needs GCSEs, 16+) and Bromley placement best. "
        "MPharm needs A levels. Foundation pharmacist year not graded (needs a degree).",
        "tags": ["terse", "school_student", "target"],
    },
    # ------------------------------------------------------------------ refusals
    {
        "id": "SE009",
        "profile": P(
            about="i wanna work in a hospital helping people but i cant do blood. finished my gcses, got 6 passes",
            age=17,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE5 0HF",
            max_distance_km=8,
            interests=["helping people"],
        ),
        "grades": [
            ("KCH-FOUNDAPP-DH", 3),
            ("KCH-VOL-WAYFINDER-DH", 2),
            ("GSTT-BUSADMIN-APP-GUYS", 2),
            ("GSTT-VOL-EVELINA", 2),
            ("KCH-WARD-HOST-PRUH", 2),
            ("GSTT-COMMISCHEF-APP", 1),
            ("LGT-FOUNDAPP-QEH", 1),
        ],
        "notes": "Blood refusal. Excluded: KCH HCSW apprenticeships (taking blood), senior HCSW, phlebotomy, blood "
        "sciences lab (handles blood all day), dental nurse (sees blood), maternity support (venepuncture), "
        "AAP. LGT HCA apprenticeships are not graded either (ward care; risky). QEH foundation apprenticeship is "
        "for Greenwich/Bexley youngsters, she is in Southwark: 1.",
        "tags": ["refusal", "school_student"],
    },
    {
        "id": "SE010",
        "profile": P(
            about="Psychology graduate (2:1). Want to work in mental health, ideally heading towards "
            "therapy or clinical psychology eventually. I faint at needles so nothing with injections "
            "or taking blood please.",
            age=24,
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SE23 2AB",
            interests=["mental health", "psychology"],
        ),
        "grades": [
            ("OXLEAS-STR-WORKER", 3),
            ("SLAM-MHSW-APP-BETHLEM", 2),
            ("OXLEAS-OT-DA", 2),
            ("SLAM-MHN-COURSE-LSBU", 1),
            ("SLAM-HCA-NIGHTS", 1),
            ("OXLEAS-MH-INSIGHT", 1),
        ],
        "notes": "Needle refusal. Community STR worker is the best paid mental-health start; Bethlem support worker "
        "apprenticeship fine. School health assistant (vaccinations), phlebotomy, HCSW (blood) excluded. "
        "Recovery College peer volunteer needs lived experience she hasn't stated: not graded.",
        "tags": ["refusal", "graduate", "target"],
    },
    {
        "id": "SE011",
        "profile": P(
            about="Retail manager for 8 years, want to move into the NHS but I dont want anything patient facing.",
            age=29,
            qualification_level=3,
            postcode="SE16 2XU",
            max_distance_km=10,
            paid_only=True,
            skills=["admin", "excel", "managing people"],
        ),
        "grades": [
            ("GSTT-AP-FINANCE", 3),
            ("LGT-CLIN-CODER-REMOTE", 3),
            ("OXLEAS-DATA-APP", 2),
            ("ICB-DATA-ANALYST", 1),
            ("KCH-HCSCI-APP-LAB", 1),
            ("GSTT-ESTATES-APP", 1),
        ],
        "notes": "Career changer, no patient contact. Finance and clinical coding ideal. Outpatient booking apprenticeship "
        "(greets patients at reception, patient calls) and GP reception excluded as patient-facing.",
        "tags": ["refusal", "career_changer"],
    },
    {
        "id": "SE012",
        "profile": P(
            about="I'd like to work in care but NOT personal care - no washing people or helping them to the "
            "toilet. I love chatting with older people, I used to do it at church.",
            age=45,
            postcode="SE9",
            max_distance_km=15,
            interests=["older people", "talking to people"],
        ),
        "grades": [
            ("OXLEAS-STR-WORKER", 3),
            ("SOUTHWARK-REABLE-OT-ASSIST", 3),
            ("STCHRIS-VOL-BEFRIEND", 2),
            ("AGEUK-PHONE-BEFRIEND", 2),
            ("STCHRIS-HOUSEKEEPER", 2),
            ("KCH-WARD-HOST-PRUH", 2),
            ("KCH-VOL-WAYFINDER-PRUH", 1),
            ("KCH-VOL-WAYFINDER-DH", 1),
        ],
        "notes": "Refuses personal care. Every HCA, home care, care home, reablement and night HCA role is excluded. "
        "Roles with older people but explicitly no personal care graded.",
        "tags": ["refusal", "career_changer"],
    },
    {
        "id": "SE013",
        "profile": P(
            about="i hate hospitals, the smell makes me feel sick. but i do want to help people, maybe out in "
            "the community or with kids, and get paid for it",
            age=20,
            qualification_level=2,
            postcode="SE8 3QA",
            paid_only=True,
        ),
        "grades": [
            ("RBG-ADULTCARE-APP", 3),
            ("CATFORD-HOMECARE-CW", 2),
            ("OXLEAS-STR-WORKER", 2),
            ("SOUTHWARK-REABLE-OT-ASSIST", 2),
            ("BROMLEYHC-SCHOOLNURSE-HCA", 2),
            ("RYELANE-PSA-APP", 1),
            ("BROMLEY-CYP-APP", 1),
        ],
        "notes": "Refuses hospitals. Community care, school health and council roles graded. All hospital-site roles "
        "(HCA, porter, phlebotomy, ward host etc.) excluded. Children's practitioner apprenticeship needs Level 3.",
        "tags": ["refusal", "long_or_slang"],
    },
    {
        "id": "SE014",
        "profile": P(
            about="Done 4 years in a call centre and never again - not on the phone all day. Want an office job "
            "in the NHS, something like finance or data.",
            age=26,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE1 3QP",
            max_distance_km=20,
        ),
        "grades": [
            ("LGT-CLIN-CODER-REMOTE", 3),
            ("GSTT-AP-FINANCE", 2),
            ("OXLEAS-DATA-APP", 2),
            ("ICB-DATA-ANALYST", 1),
        ],
        "notes": "Refuses phone-heavy work. Excluded: NHS 111, 999 dispatcher, GP receptionist, outpatient booking "
        "apprenticeship (patient phone calls). Finance role has some phone queries so 2.",
        "tags": ["refusal", "career_changer"],
    },
    {
        "id": "SE015",
        "profile": P(
            about="i like cooking and food tech, nothing medical pls",
            age=16,
            postcode="BR2 9EX",
            interests=["cooking"],
        ),
        "grades": [("GSTT-COMMISCHEF-APP", 3), ("KCH-WARD-HOST-PRUH", 2), ("GBCH-VOL-SHOP", 1)],
        "notes": "Cooking, no clinical work. Commis chef apprenticeship (16+) is the match; ward host serves food but "
        "on wards. Foundation apprenticeships with ward rotations excluded.",
        "tags": ["refusal", "school_student"],
    },
    {
        "id": "SE016",
        "profile": P(
            about="happy to do care work but no old people, id rather work with kids or teenagers",
            age=19,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE15 3SE",
        ),
        "grades": [
            ("BROMLEYHC-SCHOOLNURSE-HCA", 2),
            ("SLAM-MHSW-APP-BETHLEM", 2),
            ("GSTT-VOL-EVELINA", 2),
            ("BROMLEY-CYP-APP", 1),
            ("OXLEAS-STR-WORKER", 1),
        ],
        "notes": "Refuses older people. Excluded: care homes, home care, reablement, hospice, Age UK, older adults night HCA, "
        "adult-ward HCA apprenticeships. Bethlem includes adolescent wards. CYP apprenticeship needs Level 3.",
        "tags": ["refusal", "long_or_slang"],
    },
    {
        "id": "SE017",
        "profile": P(
            about="Want to get into the ambulance service or anything with emergencies. I don't drive and "
            "I'm not planning to learn.",
            age=31,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE18 1NT",
        ),
        "grades": [("LAS-EMD-WATERLOO", 3), ("LAS-111-REMOTE", 2), ("LAS-INSIGHT-DAY", 1)],
        "notes": "No driving. Associate ambulance practitioner (C1 licence), community first responder (car), "
        "paramedic degree (licence by year two) and equipment driver all excluded.",
        "tags": ["refusal", "career_changer"],
    },
    {
        "id": "SE018",
        "profile": P(
            about="I want to be a healthcare assistant but I can't do nights, I've got a little one. Days only.",
            age=23,
            qualification_level=2,
            postcode="SE13 7QD",
            max_distance_km=10,
        ),
        "grades": [
            ("CATFORD-HOMECARE-CW", 3),
            ("LGT-PHLEB-UHL", 2),
            ("LGT-PHLEB-QEH", 2),
            ("BROMLEYHC-SCHOOLNURSE-HCA", 2),
            ("KCH-THERAPY-ASSIST-PHYSIO", 2),
            ("KCH-BANK-HCA", 1),
            ("SOUTHWARK-REABLE-OT-ASSIST", 1),
        ],
        "notes": "Refuses nights. All HCA apprenticeships and the night HCA post rotate nights: not graded. "
        "Day-only clinical support roles graded; bank lets you pick days but wants care experience.",
        "tags": ["refusal", "working_pattern"],
    },
    # ------------------------------------------------------------------ working patterns
    {
        "id": "SE019",
        "profile": P(
            about="Second year biomedical science student at King's. I need something evenings and weekends "
            "around my timetable, ideally to get some patient contact because I'm thinking about "
            "applying for graduate entry medicine.",
            age=20,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE1",
            max_distance_km=10,
        ),
        "grades": [
            ("CATFORD-HOMECARE-CW", 3),
            ("GSTT-VOL-EVELINA", 2),
            ("AGEUK-PHONE-BEFRIEND", 2),
            ("STCHRIS-VOL-BEFRIEND", 2),
            ("KCH-BANK-HCA", 1),
            ("LAS-111-REMOTE", 1),
            ("LAS-VOL-CFR", 1),
        ],
        "notes": "Evenings/weekends only. Home care tea/evening calls and weekends fit best. Weekday wayfinding volunteering "
        "contradicts the pattern. Bank HCA needs care experience. CFR needs a car.",
        "tags": ["working_pattern", "target", "long_or_slang"],
    },
    {
        "id": "SE020",
        "profile": P(
            about="I can only do nights. I look after my dad in the day. Done 3 years care work before.",
            age=38,
            qualification_level=2,
            postcode="SE5",
            max_distance_km=10,
            skills=["caring for people", "personal care"],
        ),
        "grades": [("SLAM-HCA-NIGHTS", 3), ("KCH-BANK-HCA", 3)],
        "notes": "Carer by day, nights only. Permanent nights HCA at the Maudsley and bank (pick nights) fit. "
        "Rotating rotas (apprenticeships, dispatcher) contradict the need.",
        "tags": ["working_pattern", "carer"],
    },
    {
        "id": "SE021",
        "profile": P(
            about="I can only work school hours, roughly 9.30 to 2.30, and term time. I was a dental "
            "receptionist years ago before the kids.",
            age=42,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="BR3 1PQ",
            max_distance_km=8,
        ),
        "grades": [
            ("BROMLEYHC-SCHOOLNURSE-HCA", 3),
            ("STCHRIS-HOUSEKEEPER", 2),
            ("GREENWICH-GP-RECEPTION", 1),
            ("LGT-CLIN-CODER-REMOTE", 1),
            ("KCH-VOL-WAYFINDER-PRUH", 1),
        ],
        "notes": "School hours / term time. Bromley school health assistant (term time 9-3, Beckenham) is exact. "
        "Hospice housekeeping Mon-Fri 9-1 fits hours but not term time. Others partial.",
        "tags": ["working_pattern", "career_changer"],
    },
    {
        "id": "SE022",
        "profile": P(
            about="Looking for around 16 hours a week. Admin or reception, I'm good with people.",
            age=50,
            postcode="SE10 0BB",
            max_distance_km=5,
            skills=["admin", "talking to people"],
        ),
        "grades": [
            ("GREENWICH-GP-RECEPTION", 3),
            ("ELTHAM-PHARM-WEEKEND", 2),
            ("LAS-111-REMOTE", 1),
            ("STCHRIS-HOUSEKEEPER", 1),
        ],
        "notes": "16 hours a week. GP receptionist (16h, SE10) exact. Weekend counter job is 16h customer-facing. "
        "Full-time admin roles (busadmin, finance) contradict the hours.",
        "tags": ["working_pattern", "career_changer"],
    },
    {
        "id": "SE023",
        "profile": P(
            about="2nd year student nurse at LSBU. Want paid HCA work that fits around placements and uni.",
            age=21,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE17",
            max_distance_km=8,
            paid_only=True,
        ),
        "grades": [
            ("KCH-BANK-HCA", 3),
            ("CATFORD-HOMECARE-CW", 2),
            ("SLAM-HCA-NIGHTS", 1),
            ("ELTHAM-PHARM-WEEKEND", 1),
        ],
        "notes": "Flexible around a course. Bank HCA is built for student nurses. Fixed full-time roles and "
        "apprenticeships contradict; permanent-nights post is fixed 3 nights a week: partial.",
        "tags": ["working_pattern", "target"],
    },
    {
        "id": "SE024",
        "profile": P(
            about="saturdays and sundays only cos of college. want something in health for my personal "
            "statement, i want to do physio",
            age=16,
            qualification_level=2,
            postcode="SE9 4HA",
        ),
        "grades": [
            ("GSTT-VOL-EVELINA", 3),
            ("ELTHAM-PHARM-WEEKEND", 2),
            ("LAS-INSIGHT-DAY", 2),
            ("GBCH-VOL-SHOP", 1),
            ("KCH-WEX-YR12", 1),
            ("LSBU-BSC-PHYSIO", 1),
        ],
        "notes": "Weekends only, physio target. Weekend hospital volunteering best. Summer work experience week is in "
        "holidays, partial. Physio degree later. Weekday volunteering not graded.",
        "tags": ["working_pattern", "target", "school_student"],
    },
    # ------------------------------------------------------------------ targets
    {
        "id": "SE025",
        "profile": P(
            about="Didn't get a medicine offer this year (AAB predicted, got AAA). Taking a gap year to reapply. "
            "Need proper patient-facing experience and ideally some money.",
            age=18,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE21 7BG",
            max_distance_km=10,
            interests=["medicine"],
        ),
        "grades": [
            ("CATFORD-HOMECARE-CW", 3),
            ("STCHRIS-VOL-BEFRIEND", 3),
            ("KCH-HCSW-APP-DH", 2),
            ("LGT-HCSW-APP-UHL", 2),
            ("LGT-PHLEB-UHL", 2),
            ("KCL-MBBS", 2),
            ("KCH-VOL-WAYFINDER-DH", 2),
            ("GSTT-VOL-EVELINA", 2),
            ("KCH-BANK-HCA", 1),
            ("KCH-HCSCI-APP-LAB", 1),
        ],
        "notes": "Gap year before reapplying to medicine. Flexible paid care and hospice befriending are the classic "
        "strengthening experience; 15-month apprenticeships are a longer commitment than a gap year (2). "
        "MBBS itself is the target.",
        "tags": ["target", "gap_year"],
    },
    {
        "id": "SE026",
        "profile": P(
            about="I've got a 2:1 in Sport and Exercise Science. I want to be a physio - a proper route to "
            "registration, not a level 2 support post.",
            age=23,
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SE3 9QN",
            interests=["sport", "physiotherapy"],
        ),
        "grades": [("UOG-MSC-PHYSIO-PREREG", 3), ("LSBU-BSC-PHYSIO", 2)],
        "notes": "Graduate wanting a registration route. Pre-reg MSc is exact; BSc works but is a second degree. "
        "Physiotherapy assistant explicitly refused (support post).",
        "tags": ["target", "graduate", "refusal"],
    },
    {
        "id": "SE027",
        "profile": P(
            about="want to be a paramedic when im older. what can i do now?",
            age=17,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE12 8RL",
            max_distance_km=15,
        ),
        "grades": [
            ("LAS-INSIGHT-DAY", 3),
            ("SJA-NHS-CADETS-LEWISHAM", 3),
            ("GSTT-VIRTUAL-WEX", 2),
            ("KCH-WEX-YR12", 2),
            ("UOG-BSC-PARAMEDIC", 1),
            ("LAS-AAP-APP", 1),
            ("LAS-VOL-CFR", 1),
        ],
        "notes": "Paramedic target, 17, doing A levels. Now: insight day, cadets, work experience. Later: paramedic "
        "degree (needs Level 3), AAP (18+, C1), CFR (18+, car).",
        "tags": ["target", "school_student"],
    },
    # ------------------------------------------------------------------ ESOL / overseas
    {
        "id": "SE028",
        "profile": P(
            about="I was pharmacist in Syria for 8 years. My English is ok, IELTS 6. I want to be pharmacist "
            "again in UK. I can work as pharmacy assistant in meantime.",
            age=34,
            qualification_level=6,
            postcode="SE18 6PX",
            circumstances=["refugee"],
            interests=["pharmacy"],
        ),
        "grades": [
            ("RYELANE-PSA-APP", 2),
            ("ELTHAM-PHARM-WEEKEND", 2),
            ("LSEC-ESOL-HEALTH", 1),
            ("GSTT-PHARMTECH-APP", 1),
            ("GSTT-FOUNDATION-PHARMACIST", 1),
            ("KCH-VOL-WAYFINDER-DH", 1),
        ],
        "notes": "Overseas pharmacist, refugee. Needs OSPAP (not in catalogue) before the foundation year, so 1. "
        "Pharmacy assistant roles now. ESOL course is below her level. Refugee doctor / nurse routes not graded.",
        "tags": ["overseas_qualified", "esol", "refugee", "target"],
    },
    {
        "id": "SE029",
        "profile": P(
            about="Registered nurse in Nigeria for 5 years, passed OET. Need help with NMC registration and "
            "the OSCE. In the meantime any HCA job.",
            age=29,
            qualification_level=6,
            postcode="SE28 8NZ",
            max_distance_km=15,
        ),
        "grades": [
            ("GSTT-IEN-OSCE", 3),
            ("KCH-BANK-HCA", 2),
            ("LGT-HCSW-APP-QEH", 2),
            ("LGT-HCSW-APP-UHL", 2),
            ("KCH-HCSW-APP-DH", 2),
            ("KCH-HCSW-APP-PRUH", 2),
            ("SLAM-HCA-NIGHTS", 1),
        ],
        "notes": "Internationally educated nurse with OET: the IEN programme is exact. HCA roles acceptable stop-gaps. "
        "Return to practice not in catalogue. Refugee doctor route not graded.",
        "tags": ["overseas_qualified", "target"],
    },
    {
        "id": "SE030",
        "profile": P(
            about="I was doctor in Afghanistan, 12 years general practice. My English is improving. I need to do "
            "PLAB and get GMC.",
            age=41,
            qualification_level=7,
            postcode="SE6 2TS",
            circumstances=["refugee"],
        ),
        "grades": [
            ("KCH-REFUGEE-DOCTORS", 3),
            ("LSEC-ESOL-HEALTH", 2),
            ("KCH-VOL-WAYFINDER-DH", 1),
            ("LGT-CLIN-CODER-REMOTE", 1),
            ("LAS-111-REMOTE", 1),
        ],
        "notes": "Refugee doctor. Refugee doctors programme exact; ESOL for health useful. Clinical coding/111 use medical "
        "knowledge while waiting.",
        "tags": ["overseas_qualified", "esol", "refugee"],
    },
    {
        "id": "SE031",
        "profile": P(
            about="i am learn english. i like help people, old people. in my country i was help my grandmother "
            "every day. i want job",
            age=27,
            qualification_level=0,
            postcode="SE15 1RQ",
            circumstances=["refugee"],
        ),
        "grades": [
            ("LSEC-ESOL-HEALTH", 3),
            ("CATFORD-HOMECARE-CW", 2),
            ("LGT-SWAP-HCA", 2),
            ("RBG-ONLINE-CARE-INTRO", 2),
            ("KCH-VOL-WAYFINDER-DH", 2),
            ("CAREHOME-SIDCUP-ACW-APP", 1),
            ("AGEUK-PHONE-BEFRIEND", 1),
        ],
        "notes": "Refugee learning English, caring for older people. ESOL for health and care first; home care welcomes "
        "refugees; the work academy supports refugees into HCA jobs. Phone befriending hard with limited English.",
        "tags": ["esol", "refugee", "long_or_slang"],
    },
    {
        "id": "SE032",
        "profile": P(
            about="I was caregiver in Philippines and Dubai for 6 years, elderly and dementia. I have spouse visa. "
            "English good. Can do nights.",
            age=36,
            qualification_level=3,
            postcode="BR5 2LT",
            max_distance_km=15,
            skills=["caring for people", "personal care"],
        ),
        "grades": [
            ("CATFORD-HOMECARE-CW", 3),
            ("SLAM-HCA-NIGHTS", 3),
            ("KCH-BANK-HCA", 3),
            ("KCH-SNR-HCSW-APP", 2),
            ("CAREHOME-SIDCUP-ACW-APP", 2),
            ("RBG-ADULTCARE-APP", 2),
            ("KCH-HCSW-APP-PRUH", 2),
            ("KCH-HCSW-APP-DH", 2),
            ("LGT-HCSW-APP-QEH", 2),
            ("LGT-HCSW-APP-UHL", 2),
        ],
        "notes": "Experienced overseas carer. Experienced-carer roles (bank, nights dementia HCA, home care) best; senior "
        "HCSW apprenticeship needs 6 months experience which she has. Level 2 apprenticeships fine.",
        "tags": ["overseas_qualified"],
    },
    # ------------------------------------------------------------------ convictions
    {
        "id": "SE033",
        "profile": P(
            about="got a conviction from when i was 19, done my time n that. want a proper job now. will the "
            "nhs even take me?? happy doing physical work, lifting whatever",
            age=24,
            postcode="SE13",
            max_distance_km=15,
            circumstances=["ex_offender"],
        ),
        "grades": [
            ("SECOND-CHANCES-NHS", 3),
            ("GSTT-PORTER-STH", 2),
            ("GSTT-PORTER-GUYS", 2),
            ("GSTT-COMMISCHEF-APP", 1),
            ("BROMLEYHC-DRIVER", 1),
            ("GSTT-ESTATES-APP", 1),
            ("CATFORD-HOMECARE-CW", 1),
        ],
        "notes": "Conviction, DBS worry, physical work. Fresh Start programme exact; porters welcome people with "
        "convictions and are physical. Estates apprenticeship needs GCSEs; driver unknown licence.",
        "tags": ["convictions", "long_or_slang"],
    },
    {
        "id": "SE034",
        "profile": P(
            about="I've looked after my mum with dementia for years and I'd like to do it as a job now she's in a "
            "home. But I got a caution for shoplifting 10 years ago and I'm worried it will show on a DBS "
            "and stop me working in care. I live in Bromley and don't have a car.",
            age=45,
            postcode="BR1 4DA",
            max_distance_km=10,
            circumstances=["ex_offender"],
        ),
        "grades": [
            ("CATFORD-HOMECARE-CW", 2),
            ("CAREHOME-SIDCUP-ACW-APP", 2),
            ("KCH-HCSW-APP-PRUH", 2),
            ("RBG-ONLINE-CARE-INTRO", 2),
            ("SLAM-HCA-NIGHTS", 1),
            ("SECOND-CHANCES-NHS", 1),
            ("OXLEAS-STR-WORKER", 1),
        ],
        "notes": "Former carer, old caution, no car. Care roles graded; home care agency explicitly welcomes people with "
        "convictions and has walking rounds. Reablement (car preferred) not graded. Fresh Start is about DBS "
        "but offers non-care placements: 1.",
        "tags": ["convictions", "carer", "career_changer", "long_or_slang"],
    },
    {
        "id": "SE035",
        "profile": P(
            about="I was in prison and my mental health was bad. I got help and now I want to help others like me. "
            "I have lived experience.",
            age=33,
            postcode="SE5 7HN",
            circumstances=["ex_offender"],
            interests=["mental health"],
        ),
        "grades": [
            ("SLAM-RECOVERY-COLLEGE-VOL", 3),
            ("OXLEAS-STR-WORKER", 3),
            ("SLAM-MHSW-APP-BETHLEM", 2),
            ("SLAM-MHN-COURSE-LSBU", 1),
            ("SECOND-CHANCES-NHS", 1),
        ],
        "notes": "Ex-prisoner with lived experience of mental illness. Peer and STR roles value lived experience and "
        "welcome convictions.",
        "tags": ["convictions"],
    },
    # ------------------------------------------------------------------ carers
    {
        "id": "SE036",
        "profile": P(
            about="i look after my mum and my little brother so i cant do loads after school. i want to be a "
            "nurse one day",
            age=14,
            postcode="SE6 1AA",
            circumstances=["young_carer"],
        ),
        "grades": [
            ("LEWISHAM-YOUNG-CARERS-TASTER", 3),
            ("GSTT-VIRTUAL-WEX", 3),
            ("SJA-NHS-CADETS-LEWISHAM", 2),
            ("LGT-STEP-INTO-HEALTH-YR10", 2),
            ("LEWCOL-TLEVEL-HEALTH", 1),
        ],
        "notes": "14-year-old young carer, Lewisham. Young carers taster is aimed at her. Online, recorded WEX fits "
        "limited time. T Level later.",
        "tags": ["carer", "school_student", "age_14_15", "target"],
    },
    {
        "id": "SE037",
        "profile": P(
            about="I'm a young carer for my sister who is disabled. I need something flexible or from home.",
            age=19,
            postcode="DA8 1QS",
            circumstances=["young_carer"],
        ),
        "grades": [
            ("LGT-CLIN-CODER-REMOTE", 2),
            ("LAS-111-REMOTE", 2),
            ("RBG-ONLINE-CARE-INTRO", 2),
            ("AGEUK-PHONE-BEFRIEND", 2),
            ("CATFORD-HOMECARE-CW", 2),
        ],
        "notes": "Young carer needing flexible/remote. Remote roles graded; home care lets you choose hours. Lewisham "
        "young carers taster is for Lewisham residents (she is in Bexley): not graded.",
        "tags": ["carer", "working_pattern", "remote"],
    },
    # ------------------------------------------------------------------ disability / SEND
    {
        "id": "SE038",
        "profile": P(
            about="I have autism and an EHC plan. I like sorting things and routines. I don't like loud places.",
            age=19,
            postcode="SE5",
            circumstances=["send"],
        ),
        "grades": [
            ("KCH-PROJECT-SEARCH-DH", 3),
            ("GSTT-PROJECT-SEARCH", 3),
            ("BROMCOL-SI-PRUH", 2),
            ("SLAM-FOUNDAPP-DIGITAL", 2),
            ("GBCH-VOL-SHOP", 1),
        ],
        "notes": "EHC plan, autistic. Supported internships are exact. Digital foundation apprenticeship welcomes SEND.",
        "tags": ["send", "disability"],
    },
    {
        "id": "SE039",
        "profile": P(
            about="I'm a wheelchair user so no physical work, looking for an office or remote role in the NHS. "
            "History degree.",
            age=27,
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SE22",
            circumstances=["disabled"],
        ),
        "grades": [
            ("LGT-CLIN-CODER-REMOTE", 3),
            ("ICB-DATA-ANALYST", 2),
            ("GSTT-AP-FINANCE", 2),
            ("LAS-111-REMOTE", 2),
            ("LEWISHAM-PH-APP", 2),
            ("OXLEAS-DATA-APP", 1),
            ("GSTT-BUSADMIN-APP-GUYS", 1),
        ],
        "notes": "Disabled graduate, office/remote. Remote coding role welcomes disabled applicants. Anything with lifting "
        "or manual handling excluded.",
        "tags": ["disability", "graduate", "remote"],
    },
    {
        "id": "SE040",
        "profile": P(
            about="Writing for my son. He is 16, has a mild learning disability and an EHC plan, and leaves his "
            "special school next summer. He loves helping in the kitchen at home and is very reliable "
            "once he knows a routine. We live in Orpington.",
            age=16,
            postcode="BR6 0QA",
            max_distance_km=15,
            circumstances=["send"],
            interests=["cooking"],
        ),
        "grades": [
            ("KCH-WARD-HOST-PRUH", 2),
            ("GSTT-PROJECT-SEARCH", 2),
            ("BROMCOL-SI-PRUH", 1),
            ("KCH-PROJECT-SEARCH-DH", 1),
            ("GSTT-COMMISCHEF-APP", 1),
            ("LAMCOL-L1-CARE", 1),
            ("GBCH-VOL-SHOP", 1),
        ],
        "notes": "Parent writing for a 16-year-old with SEND who likes cooking. Ward host near home (16+). Supported "
        "internships fit but need 17/18+, so 1-2. Chef apprenticeship may be a stretch.",
        "tags": ["send", "third_person", "long_or_slang", "school_student"],
    },
    # ------------------------------------------------------------------ long / slang
    {
        "id": "SE041",
        "profile": P(
            about="tbh idk, im leavin care soon n need a job. im good wiv kids innit, my lil cousins love me lol",
            age=16,
            qualification_level=1,
            gcse_english_maths=False,
            postcode="SE28",
            circumstances=["care_leaver"],
        ),
        "grades": [
            ("ICB-CARE-LEAVERS-PROG", 3),
            ("LGT-FOUNDAPP-QEH", 3),
            ("KCH-FOUNDAPP-DH", 2),
            ("GSTT-VOL-EVELINA", 2),
            ("LAMCOL-L1-CARE", 1),
            ("GSTT-VIRTUAL-WEX", 1),
            ("BROMCOL-L2-HSC", 1),
            ("SJA-NHS-CADETS-LEWISHAM", 1),
        ],
        "notes": "Unsure 16-year-old care leaver, few GCSEs, needs paid work, likes children. The care leavers programme "
        "(paid, 16-25) and the Woolwich foundation apprenticeship (16-21, Greenwich, supports care leavers) are "
        "best. Children's play volunteering fits the interest but is unpaid. Courses only partial as he needs a job. "
        "School health assistant and residential roles need 18+/GCSEs: not graded.",
        "tags": ["long_or_slang", "school_student", "care_leaver"],
    },
    {
        "id": "SE042",
        "profile": P(
            about="ive worked in retail for like 7 years and im so bored of it, i want to do somthing that "
            "actually matters, maybe nursing but i dont have a levels, i got my gcses tho english and maths "
            "both 5s, i cant stop working tho coz i got rent so it has to be paid, would love something "
            "were i can earn and learn",
            age=25,
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SE27 9PP",
            paid_only=True,
        ),
        "grades": [
            ("KCH-HCSW-APP-DH", 3),
            ("LGT-HCSW-APP-UHL", 2),
            ("LGT-HCSW-APP-QEH", 2),
            ("KCH-HCSW-APP-PRUH", 2),
            ("LGT-NA-APP", 2),
            ("GSTT-MIDWIFE-SUPPORT", 1),
            ("GSTT-RNDA", 1),
            ("LEWCOL-ACCESS-NURSING", 1),
        ],
        "notes": "Career changer to nursing, must earn. Paid HCA apprenticeships now (Denmark Hill nearest), TNA is "
        "the earn-and-learn nursing route (needs care experience/Level 2 health, partial). RNDA needs Level 3. "
        "Access course unpaid.",
        "tags": ["long_or_slang", "career_changer", "target"],
    },
    {
        "id": "SE043",
        "profile": P(
            about="wanna do sumthin wiv computers but in a hospital or wateva, not gd at talkin to ppl lol",
            age=18,
            postcode="SE14 6AF",
        ),
        "grades": [
            ("SLAM-FOUNDAPP-DIGITAL", 3),
            ("OXLEAS-DATA-APP", 2),
            ("LGT-CLIN-CODER-REMOTE", 2),
            ("GSTT-ESTATES-APP", 1),
        ],
        "notes": "Computers, avoids talking to people. Digital and data roles; reception, phones and 111 excluded.",
        "tags": ["long_or_slang", "refusal"],
    },
    {
        "id": "SE044",
        "profile": P(
            about="Left the Army after 22 years - REME vehicle mechanic, later troop sergeant. Looking for "
            "something in the NHS, estates, fleet, logistics or the ambulance service. I hold a C1 "
            "licence and I'm fit. Don't mind shifts.",
            age=47,
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE9 6DL",
            circumstances=["armed_forces"],
            skills=["driving", "mechanics", "leadership"],
        ),
        "grades": [
            ("ICB-STEP-INTO-HEALTH-FORCES", 3),
            ("BROMLEYHC-DRIVER", 3),
            ("LAS-AAP-APP", 2),
            ("GSTT-ESTATES-APP", 2),
            ("LAS-EMD-WATERLOO", 1),
            ("GSTT-PORTER-STH", 1),
            ("GSTT-PORTER-GUYS", 1),
        ],
        "notes": "Armed forces leaver. Step into Health is aimed at him. Driver role uses licence; AAP welcomes forces "
        "leavers and needs C1. Estates apprenticeship is electrical, not vehicle.",
        "tags": ["long_or_slang", "armed_forces", "career_changer"],
    },
    # ------------------------------------------------------------------ nothing fits
    {
        "id": "SE045",
        "profile": P(
            about="I want to be a veterinary nurse. Animals only please, not people.",
            age=30,
            postcode="SE1 4PU",
        ),
        "grades": [],
        "notes": "NOTHING FITS: veterinary nursing is outside health and care; every pathway involves people.",
        "tags": ["nothing_fits", "refusal"],
    },
]
