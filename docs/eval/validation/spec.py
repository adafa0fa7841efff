"""Validation personas for the seed catalogue (seed_data/pathways.jsonl), one persona a dict.

Written blind: from the catalogue's side only, without reading the matcher's code or docs and
without running it. Grades: 3 excellent fit they can start now, 2 good fit, 1 partial fit or
cannot start yet; anything not listed is 0. Build with ../build_personas.py (see README.md)."""


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
    {
        "id": "V001",
        "profile": P(
            about="year 10. wanna be a paramedic. is there anything i can do now im 14",
            age=14,
            postcode="E8 3RL",
        ),
        "grades": [
            (r"SJA-SJA-VOL", 2),
            (r"LAS-PARA-L6", 1),
            (r".*-BSC-PARA", 1),
        ],
        "notes": "Deliberately nothing fits: every pathway in the catalogue starts at 16 or "
        "older, so all graded ones are must_not_return on age. St John Ambulance first aid "
        "volunteering is the obvious next step at 16.",
    },
    {
        "id": "V002",
        "profile": P(
            about="I'm in year 11 and I think I want to do nursing but I literally faint at the "
            "sight of blood lol. Is there a hospital thing I can try first that isn't blood?",
            age=16,
            qualification_level=1,
            postcode="SE15 3AR",
            max_distance_km=8,
            types=["work_experience"],
        ),
        "grades": [
            (r"(LGT|CHS|BARTS|ICHT)-WEX-WARD", 3),
            (r"(KCH|GSTT|RFL|SGUH|BHR)-WEX-WARD", 2),
            (r".*-CAMHS-WEX", 2),
        ],
        "notes": "Year 11 trying nursing, faints at blood: the ward weeks where you do no "
        "hands-on care first, the shadowing weeks next, the mental health taster day. "
        "Laboratory work experience (following blood samples) is the clearest offender.",
    },
    {
        "id": "V003",
        "profile": P(
            about="I'm in Year 12 at a private school in Dulwich doing biology, chemistry and "
            "maths, and I'm applying for medicine next year. I need proper hands-on experience, "
            "not just another shadowing day. School holidays are best.",
            interests=["medicine"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="SE21 7LD",
            max_distance_km=10,
        ),
        "grades": [
            (r"(KCH|GSTT|RFL|SGUH|BHR)-WEX-WARD", 3),
            (r"(BARTS|ICHT|LGT|CHS)-WEX-WARD", 2),
            (r".*-LAB-WEX", 2),
            (r"SJA-SJA-VOL", 2),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "Private-school Year 12 aiming at medicine: ward weeks where you help with "
        "simple jobs first, the no-hands-on weeks and lab experience next. The medicine summer "
        "schools (London state schools) and the gateway-year degree (widening participation) "
        "are for groups she is not in.",
    },
    {
        "id": "V004",
        "profile": P(
            about="Bit of a long one, sorry. I applied for medicine this year and got four "
            "rejections, so I'm taking a gap year and reapplying in October. I got A*AB in "
            "the end. Every admissions tutor says the same thing: get proper hands-on patient"
            " contact, not just shadowing. So I want a paid job on a ward or somewhere like "
            "that for the year. I'm fine with nights and weekends, and honestly fine with "
            "blood and all that. Ideally near Croydon because I'm living at home to save "
            "money, but I'd go a bit further for the right job.",
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="CR0 2RB",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-HCSW-L2", 3),
            (r".*-MHSW", 2),
            (r"STCH-HCA-HOSPICE", 2),
            (r".*-MATSW", 2),
            (r".*-HCA-GP", 2),
            (r".*-PORTER", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-PREEMP-HCSW", 1),
            (r"SJA-SJA-VOL", 1),
            (r"STCH-HOSPICE-VOL", 1),
            (r".*-WEX-WARD", 1),
        ],
        "notes": "Gap year before reapplying to medicine, wants paid patient contact and is "
        "happy with nights: ward support worker roles first; senior HCSW needs care experience; "
        "unpaid volunteering and work experience only partly.",
    },
    {
        "id": "V005",
        "profile": P(
            about="care leaver, 19. been sofa surfing since my placement ended so i need stable "
            "paid work and honestly help with housing if anyone does that. ok on computers "
            "kinda. dont want nothing with old people or washing people",
            qualification_level=1,
            gcse_english_maths=False,
            age=19,
            postcode="N17 9LT",
            max_distance_km=10,
            circumstances=["care_leaver"],
            paid_only=True,
        ),
        "grades": [
            (r".*-CARE-LEAVER-INTERN", 3),
            (r".*-PORTER", 2),
            (r".*-FSO-L2", 2),
            (r".*-CS-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-CLEAN-L2", 1),
            (r".*-CHEF-L2", 1),
            (r".*-ITTECH-L3", 1),
            (r".*-INFRA-L3", 1),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "Care leaver without a home who needs paid work: the care leavers' paid "
        "internship (which also helps with housing) first, then no-qualification paid hospital "
        "jobs; IT apprenticeships need GCSE English and maths. Healthcare support worker, adult "
        "care, reablement and befriending are the offenders.",
    },
    {
        "id": "V006",
        "profile": P(
            about="I'm at college Monday to Wednesday and I help look after my brother who's "
            "disabled, so Thursdays and Fridays are the only days I've got. I'm 17 and I've got "
            "my GCSEs. I want to earn a bit doing care, I basically do it already.",
            interests=["care work"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="IG11 7PZ",
            max_distance_km=15,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-YOUNG-CARER-FLEX", 3),
            (r".*-CARE-VOL", 2),
            (r".*-HEALTH-CHAMP", 1),
        ],
        "notes": "17-year-old young carer with two free weekdays: the young carers' flexible "
        "start (short shifts you choose) is made for her; befriending needs 18. Full-time "
        "37.5-hour care apprenticeships are left ungraded.",
    },
    {
        "id": "V007",
        "profile": P(
            about="I am nurse from Sudan, 11 years, the last 4 in intensive care in Khartoum. I "
            "came in 2023 and now I have refugee status. IELTS 6.0, I need 7 for NMC so I keep "
            "studying. I want to work near patients again while I do this.",
            skills=["intensive care", "nursing"],
            qualification_level=6,
            postcode="TW3 3LN",
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-REFUGEE-HCP", 3),
            (r".*-HCSW-L2", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-ESOL-CARE", 1),
            (r".*-PREEMP-HCSW", 1),
        ],
        "notes": "Refugee nurse trained abroad, working on her English test: the refugee "
        "healthcare professionals programme is exactly this; support worker jobs while "
        "registering (the programme says so). Nursing degrees and nursing associate training "
        "would repeat what she has.",
    },
    {
        "id": "V008",
        "profile": P(
            about="I qualified as a dentist in Cairo and practised for four years. I'm on a "
            "spouse visa and studying for the ORE exams, which will take at least a year. "
            "Meanwhile I'd like to work in dentistry at any level so I stay close to the work.",
            skills=["dentistry"],
            qualification_level=6,
            postcode="W7 3PD",
        ),
        "grades": [
            (r".*-DN-L3", 2),
            (r"GSTT-DLA-L3", 2),
            (r"BARTS-DTECH-L5", 1),
            (r".*-OHP-L4", 1),
        ],
        "notes": "Overseas-qualified dentist (not a refugee) waiting for the ORE: dental nurse "
        "apprenticeships and the dental lab are good stopgaps, not excellent; oral health "
        "practitioner needs dental nurse registration; the dental degree repeats hers.",
    },
    {
        "id": "V009",
        "profile": P(
            about="Hairdresser for seven years but my hands are wrecked from the chemicals "
            "(dermatitis) so I have to get out of wet work. I'm chatty and good with people, I'd "
            "like something where I still talk to people all day. Weekdays would be a bonus. "
            "GCSEs including English and maths.",
            skills=["customer service", "talking to people"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="E4 9PL",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-CS-L2", 3),
            (r".*-GPRECEP", 3),
            (r"LAS-CALLHANDLER-111", 2),
            (r".*-WARDCLERK", 2),
            (r".*-SPLW", 2),
            (r".*-BA-L3", 1),
            (r".*-HEALTH-CHAMP", 1),
        ],
        "notes": "Hairdresser leaving wet work because of dermatitis, wants to talk to people: "
        "hospital and GP reception first; 111, ward clerk and link worker next. Cleaning, "
        "kitchens, dental nursing and hands-on care (constant hand washing) are the offenders.",
    },
    {
        "id": "V010",
        "profile": P(
            about="Bank cashier for four years and my branch is closing, so I'm being made "
            "redundant in January. I'm 25 with A levels (B, C, D) from ages ago. I've "
            "always been the one in my family who goes to appointments with my nan and asks"
            " the doctors questions, and I think I'd actually be good at something clinical"
            " where I keep learning, maybe nursing or working in a hospital lab. The catch "
            "is money: I've got rent and a car loan, so I need a salary while I train. I'm "
            "in Brixton and don't want to commute right across London.",
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SW2 1RW",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-NA-L5", 3),
            (r".*-RNDA-L6", 3),
            (r".*-HSASSOC-L4", 2),
            (r".*-HSA-L2", 2),
            (r".*-HCSW-L2", 2),
            (r".*-SHCSW-L3", 1),
            (r".*-PTECH-L3", 1),
        ],
        "notes": "Redundant bank cashier with A levels wanting paid clinical training: trainee "
        "nursing associate and the nurse degree apprenticeship first, lab associate and "
        "assistant next. The unpaid nursing degree is what she ruled out.",
    },
    {
        "id": "V011",
        "profile": P(
            about="Royal Marines for eight years, the last four as a physical training "
            "instructor, so I've done a lot of rehab with injured lads. Out in the new year. "
            "I've got a Level 3 in personal training. I'd like to get into physio properly, not "
            "an office job.",
            skills=["rehabilitation", "fitness", "coaching"],
            qualification_level=3,
            gcse_english_maths=True,
            postcode="SE2 9AH",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-TA-THERAPY", 3),
            (r".*-STEP-HEALTH", 3),
            (r".*-PHYSIO-L6", 2),
            (r".*-AP-L5", 2),
            (r".*-OT-L6", 1),
        ],
        "notes": "Marines PT instructor wanting physiotherapy: therapy assistant (armed forces "
        "welcome) and Step into Health now; the physio degree apprenticeship is the goal "
        "(entry may want science A levels). Office roles are what he ruled out.",
    },
    {
        "id": "V012",
        "profile": P(about="physio"),
        "grades": [
            (r".*-PHYSIO-L6", 3),
            (r".*-TA-THERAPY", 2),
            (r".*-AP-L5", 2),
        ],
        "notes": "One word: the physiotherapist degree apprenticeships, then therapy assistant "
        "and assistant practitioner.",
    },
    {
        "id": "V013",
        "profile": P(about="office work"),
        "grades": [
            (r".*-BA-L3", 3),
            (r".*-ICB-ADMIN", 3),
            (r".*-HRSUP-L3", 2),
            (r"UCLH-PAYROLL-L3", 2),
            (r".*-AAT-L3", 2),
            (r".*-CODER-L3", 2),
            (r".*-TL-L3", 1),
            (r".*-DATA-L4", 1),
            (r".*-ACCT-L4", 1),
            (r".*-WARDCLERK", 1),
            (r".*-CS-L2", 1),
        ],
        "notes": "Two words: administrator apprenticeships first, then the other office "
        "apprenticeships (HR, payroll, accounts, coding); ward clerk and reception are "
        "office-ish.",
    },
    {
        "id": "V014",
        "profile": P(about="babies"),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-MATSW", 2),
            (r".*-MIDWIFE-L6", 2),
            (r".*-EYE-L3", 2),
            (r".*-TLEVEL-EY", 1),
        ],
        "notes": "One ambiguous word: the nursery apprenticeship that cares for babies first; "
        "maternity support work and midwifery are the other reading.",
    },
    {
        "id": "V015",
        "profile": P(
            about="International student from Kerala doing an MSc in Public Health at Queen "
            "Mary. My visa lets me work 20 hours a week in term and full time in the holidays. "
            "I'm looking for paid work in health, part-time in term or something over the "
            "summer.",
            qualification_level=6,
            age=24,
            postcode="E3 5LY",
            paid_only=True,
        ),
        "grades": [
            (r".*-ICB-DATA-INTERN", 3),
            (r"SENSE-DEAFBLIND-SUPPORT", 1),
            (r"LAS-CALLHANDLER-111", 1),
        ],
        "notes": "International student limited to 20 hours in term, paid only: the ICBs' paid "
        "summer data placements (July and August, for students). Full-time jobs and "
        "apprenticeships break her visa hours; unpaid volunteering is excluded.",
    },
    {
        "id": "V016",
        "profile": P(
            about="Finished A levels in June (biology B, PE B, chemistry C). I really want to "
            "be a physiotherapist. Is there an apprenticeship for physio or do I have to go to "
            "uni? I'd also take a job helping physios for now.",
            interests=["physiotherapy", "sport"],
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="TW9 2ND",
        ),
        "grades": [
            (r".*-PHYSIO-L6", 3),
            (r".*-TA-THERAPY", 3),
            (r".*-AP-L5", 2),
            (r".*-BSC-OT", 1),
            (r".*-OT-L6", 1),
        ],
        "notes": "A-level leaver set on physiotherapy: the physio degree apprenticeship and the "
        "therapy assistant job she asked for; assistant practitioner next; OT is a neighbour.",
    },
    {
        "id": "V017",
        "profile": P(
            about="radiography!! got btec applied science D*D*D, want to get paid while i train "
            "if thats possible x",
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="SE13 7RY",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-RADIO-L6", 3),
            (r".*-AP-L5", 2),
            (r".*-HSASSOC-L4", 1),
            (r".*-HSP-L6", 1),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Wants radiography, paid: the diagnostic radiographer degree apprenticeship "
        "(Lewisham; UCLH has closed); assistant practitioner includes imaging.",
    },
    {
        "id": "V018",
        "profile": P(
            about="Firefighter for nine years, 33. My knees are shot so I've been told to get off "
            "the trucks, but I don't want to leave emergency work. I've got a C1 licence and A "
            "levels. Would a control room suit me, or is there still a way onto an ambulance?",
            skills=["emergency response", "driving", "staying calm"],
            qualification_level=3,
            gcse_english_maths=True,
            postcode="RM1 3BS",
        ),
        "grades": [
            (r"LAS-EMD", 3),
            (r"LAS-CALLHANDLER-111", 2),
            (r"LAS-AAP-L4", 2),
            (r"LAS-PARA-L6", 2),
            (r"LAS-ASW-L3", 1),
            (r".*-BSC-PARA", 1),
        ],
        "notes": "Firefighter with bad knees staying in emergency work: 999 call handling first; "
        "111, associate ambulance practitioner (he has C1) and the paramedic apprenticeship "
        "next, though road work is hard on knees; ambulance support worker (lifting patients) "
        "only partly.",
    },
    {
        "id": "V019",
        "profile": P(
            about="Just got my A levels (biology, physics, maths, AAB). I want to be an "
            "audiologist because my little sister has hearing aids and I've spent half my life "
            "in audiology clinics. Is there a paid route?",
            interests=["audiology", "science"],
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="E12 5AD",
        ),
        "grades": [
            (r".*-HSP-L6", 3),
            (r".*-HSASSOC-L4", 2),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Named target, audiologist, with A levels: the healthcare science practitioner "
        "degree apprenticeships (audiology is one specialism) first; the associate "
        "apprenticeship (tests breathing, heart traces) next.",
    },
    {
        "id": "V020",
        "profile": P(
            about="I want to be a mental health nurse. I had really bad anxiety in Year 12 and the "
            "nurse at my CAMHS appointments was the one who actually got me through it, so "
            "that's where this comes from. I've got A levels in psychology, sociology and "
            "English Lit (BBC). I'm 21 and living in Enfield with my mum. Part of me wants "
            "the full uni experience, part of me thinks getting paid while I train makes more"
            " sense. I'm fine with shifts, I just want to get started properly this year.",
            interests=["mental health", "psychology"],
            qualification_level=3,
            gcse_english_maths=True,
            age=21,
            postcode="EN2 0QH",
        ),
        "grades": [
            (r".*-BSC-MH-NURSING", 3),
            (r"(ELFT|SLAM)-RNDA-L6", 3),
            (r"(KCH|RFL|SGUH|BHR|UCLH)-RNDA-L6", 2),
            (r"(BARTS|ICHT|LGT|CHS)-RNDA-L6", 1),
            (r".*-MHSW", 2),
            (r".*-PWP-L6", 2),
            (r".*-NA-L5", 1),
            (r".*-PEER-WORKER", 1),
        ],
        "notes": "Named target, mental health nurse, with A levels: the mental health nursing "
        "degree and mental health trusts' nurse degree apprenticeships; acute trusts that let "
        "you choose the mental health field next; PWP and mental health HCA nearby.",
    },
    {
        "id": "V021",
        "profile": P(about="jobs for 16 year olds in a hospital?"),
        "grades": [
            (r".*-CS-L2", 3),
            (r".*-FSO-L2", 3),
            (r".*-HOSP-L2", 3),
            (r".*-PSA-L2", 3),
            (r".*-CHEF-L2", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-HSA-L2", 2),
            (r".*-WEX-WARD", 2),
            (r".*-DN-L3", 1),
            (r".*-LAB-WEX", 1),
            (r"KT-GET-INTO-NHS", 1),
            (r".*-PREEMP-HCSW", 1),
        ],
        "notes": "Short, age only in the text: hospital apprenticeships open at 16 with no "
        "qualifications first; work experience weeks next. Everything with a minimum age of "
        "18 (HCSW, porter) gets nothing.",
    },
    {
        "id": "V022",
        "profile": P(
            about="I want to help people but not in a medical way, if that makes sense. I can't "
            "stand needles or anything like that. I did psychology and sociology A levels. "
            "Maybe mental health, or working with young people?",
            interests=["psychology", "young people"],
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="HA3 5RT",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-PWP-L6", 3),
            (r".*-YSW-L3", 3),
            (r".*-SW-L6", 2),
            (r"LBN-YW-L6", 2),
            (r".*-CAMHS-WEX", 2),
            (r".*-TA-L3", 2),
            (r".*-SPLW", 2),
            (r".*-MHSW", 1),
            (r".*-HEALTH-CHAMP", 1),
        ],
        "notes": "Psychology A levels, hates needles, wants non-medical helping: talking "
        "therapies (PWP) and youth support first; social work. Nursing degrees, HCSW, GP "
        "healthcare assistant (takes blood) and labs are the offenders.",
    },
    {
        "id": "V023",
        "profile": P(
            about="I'm 30 and I've worked in a call centre for eight years, mostly broadband "
            "complaints. I'd like to do something that actually helps people get better, but "
            "I don't want personal care like washing or toileting people, that's just not me."
            " I'm good on the phone and I stay calm when people are shouting. I've done "
            "evening and weekend shifts for years so that's fine, though I'd pick days over "
            "nights if I had the choice. I live in Bromley but I'm happy to get the train "
            "into town.",
            skills=["phone manner", "staying calm", "typing"],
            qualification_level=2,
            gcse_english_maths=True,
            age=30,
            postcode="BR2 9QE",
        ),
        "grades": [
            (r"LAS-CALLHANDLER-111", 3),
            (r"LAS-EMD", 3),
            (r".*-GPRECEP", 2),
            (r".*-CS-L2", 2),
            (r".*-SPLW", 2),
            (r".*-WARDCLERK", 2),
            (r".*-TA-THERAPY", 2),
        ],
        "notes": "Call-centre worker, calm on the phone, no personal care: 111 and 999 call "
        "handling first. Healthcare support worker, adult care worker, hospice HCA and "
        "reablement (getting dressed) are the offenders.",
    },
    {
        "id": "V024",
        "profile": P(
            about="I've got BSL Level 2 and I'd love a job where I actually use it. I'm 22, "
            "hearing, did a year of psychology at uni and left. Happy to do shifts.",
            skills=["British Sign Language"],
            qualification_level=3,
            gcse_english_maths=True,
            age=22,
            postcode="E5 0LH",
            max_distance_km=10,
        ),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 3),
            (r".*-LD-SUPPORT", 2),
            (r".*-TA-L3", 2),
            (r"(SWK|BRENT|LOOKAHEAD)-ACW-L2", 1),
            (r".*-CS-L2", 1),
        ],
        "notes": "Hearing BSL signer: communicator guide for deafblind people (teaches deafblind "
        "manual) first; learning disability support and SEND teaching assistant next. Phone "
        "roles waste the skill.",
    },
    {
        "id": "V025",
        "profile": P(
            about="i do my access to HE course in the day mon to thurs so i can ONLY work nights "
            "and weekends. want hca work, done care in a care home before. 26",
            age=26,
            postcode="SM4 5PX",
        ),
        "grades": [
            (r".*-HCSW-L2", 1),
            (r".*-MHSW", 1),
            (r"STCH-HCA-HOSPICE", 1),
            (r".*-MATSW", 1),
            (r".*-LD-SUPPORT", 1),
        ],
        "notes": "Deliberately nothing fits: she can only work nights and weekends around a "
        "daytime course, and no pathway offers nights only; rotas with some nights are partial "
        "at best. Weekday and 9-to-5 roles are the wrong way round for her.",
    },
    {
        "id": "V026",
        "profile": P(
            about="Hello, I am Dmytro, 17, from Kharkiv. I am in London two years with my mother."
            " I study ESOL and maths at college. In Ukraine I did first aid course at "
            "school. I speak Ukrainian, Russian and English, my English is better every "
            "month. In future I want to be doctor like my father, but now I want to start "
            "something in hospital to learn and practise English. I can do weekend and "
            "after college.",
            gcse_english_maths=False,
            age=17,
            postcode="NW6 2BT",
            max_distance_km=10,
            circumstances=["refugee"],
        ),
        "grades": [
            (r".*-WEX-WARD", 2),
            (r".*-HEALTH-CHAMP", 2),
            (r"SJA-SJA-VOL", 2),
            (r".*-PREEMP-HCSW", 1),
            (r".*-LAB-WEX", 1),
            (r".*-ESOL-CARE", 1),
            (r".*-EXTENDED-MED", 1),
        ],
        "notes": "17-year-old refugee at college, wants a first step in a hospital and English "
        "practice, medicine later: ward work experience, community health champion (uses his "
        "languages) and first aid volunteering. Jobs for 18 and over are out.",
    },
    {
        "id": "V027",
        "profile": P(
            about="year 11 and i've got ADHD and an EHCP. thinking about a college course in "
            "childcare or health n social care next year. im way better at practical stuff than "
            "exams",
            qualification_level=1,
            age=16,
            postcode="E14 7LG",
            max_distance_km=10,
            types=["course"],
            circumstances=["send"],
        ),
        "grades": [
            (r".*-HSC-L1", 3),
            (r".*-HSC-L2", 2),
            (r".*-TLEVEL-EY", 1),
            (r".*-TLEVEL-HEALTH", 1),
        ],
        "notes": "Year 11 with an EHCP choosing a practical college course: the Level 1 health "
        "and social care course (visits, SEND support) first, Level 2 with a placement next; "
        "T Levels need grade 4s.",
    },
    {
        "id": "V028",
        "profile": P(
            about="Chemistry graduate (2:1, Queen Mary), 22. I don't want to spend my life at a "
            "bench, and I definitely don't want a Level 2 assistant job. I'm interested in "
            "clinical trials, or some route into pharmacy where I end up registered.",
            qualification_level=6,
            gcse_english_maths=True,
            age=22,
            postcode="SW11 1JF",
        ),
        "grades": [
            (r".*-CTS-L6", 3),
            (r".*-PHARMACIST-L7", 2),
            (r"KCL-MPHARM", 1),
            (r"SGUH-PA-L7", 1),
        ],
        "notes": "Chemistry graduate wanting trials or a registration route: clinical trials "
        "specialist first, the pharmacist degree apprenticeship next. Pharmacy and lab "
        "assistant jobs (Level 2) and bench research are the offenders.",
    },
    {
        "id": "V029",
        "profile": P(
            about="I'm 20 and I finish a community order in March (criminal damage, when I was "
            "in a bad place). I've had my own mental health stuff and I want to work in mental "
            "health to help people like me. Will my record stop me?",
            age=20,
            postcode="SW8 1UQ",
            max_distance_km=12,
            circumstances=["ex_offender"],
        ),
        "grades": [
            (r".*-MH-PEER-VOL", 3),
            (r".*-PEER-WORKER", 2),
            (r".*-MHSW", 2),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-BSC-MH-NURSING", 1),
        ],
        "notes": "Young woman finishing a community order, lived experience of mental illness: "
        "peer support volunteering first, paid peer work and mental health HCA next; the "
        "King's Trust programme says a record does not rule you out.",
    },
    {
        "id": "V030",
        "profile": P(
            about="I'm registered partially sighted and use a screen reader. 21, A levels in "
            "English, sociology and history. I'd like to work in HR or recruitment, somewhere "
            "that's good with adjustments.",
            qualification_level=3,
            gcse_english_maths=True,
            age=21,
            postcode="N6 5BE",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-HRSUP-L3", 3),
            (r"GSTT-HRCON-L5", 2),
            (r".*-BA-L3", 2),
            (r".*-ICB-ADMIN", 1),
            (r"UCLH-PAYROLL-L3", 1),
        ],
        "notes": "Partially sighted, A levels, wants HR: HR support apprenticeships first, HR "
        "consultant (21+, A levels) and administrator (adjustments offered) next.",
    },
    {
        "id": "V031",
        "profile": P(
            about="My name is Jade. I am 18. I have an EHC plan. I like cooking and being in "
            "the kitchen. I want a job.",
            interests=["cooking"],
            qualification_level=1,
            gcse_english_maths=False,
            age=18,
            postcode="SE5 0HF",
            max_distance_km=8,
            circumstances=["send", "disabled"],
        ),
        "grades": [
            (r".*-CAFE-SEND", 3),
            (r".*-SEARCH-INTERN", 2),
            (r".*-HOSP-L2", 2),
            (r".*-CHEF-L2", 2),
        ],
        "notes": "Young woman with an EHC plan who likes cooking: the supported internship in "
        "hospital catering is made for her; chef and hospitality apprenticeships next.",
    },
    {
        "id": "V032",
        "profile": P(
            about="Left the RAF in September after ten years as a communications and IT "
            "technician: networks, radios, servers. I'm 34. I'd like IT in the NHS, something "
            "steady, weekdays ideally. Not clinical.",
            skills=["networks", "servers", "fault finding"],
            qualification_level=3,
            gcse_english_maths=True,
            age=34,
            postcode="DA7 4NP",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-INFRA-L3", 3),
            (r".*-STEP-HEALTH", 3),
            (r"GSTT-CYBER-L4", 2),
            (r".*-ITTECH-L3", 2),
            (r".*-DTS-L6", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "RAF IT technician: infrastructure apprenticeships and Step into Health first, "
        "cyber security and service desk next. Clinical roles are what he ruled out.",
    },
    {
        "id": "V033",
        "profile": P(
            about="I'm a dinner lady at a primary school in Catford and I'd love to be a "
            "teaching assistant, especially with the SEND kids, my grandson is autistic. Term "
            "time only suits me because I have the grandkids in the holidays. Not hospitals, "
            "I'm 51!",
            postcode="SE6 1QN",
            max_distance_km=16,
        ),
        "grades": [
            (r".*-TA-L3", 3),
            (r".*-CARE-VOL", 1),
        ],
        "notes": "Dinner lady wanting to be a SEND teaching assistant, term time only: the SEND "
        "teaching assistant apprenticeship in Hackney (Peckham's has closed). Nurseries (7am "
        "to 7pm all year) and hospital roles contradict her.",
    },
    {
        "id": "V034",
        "profile": P(
            about="I have sickle cell, so the cold and heavy lifting set off crises and I can't "
            "do night shifts. 20, A levels in biology and chemistry (C, C). I'm interested in "
            "pharmacy.",
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="W13 8DN",
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-PTECH-L3", 3),
            (r".*-PHARMACIST-L7", 2),
            (r".*-PSA-L2", 2),
            (r"KCL-MPHARM", 1),
        ],
        "notes": "Sickle cell, no nights or heavy lifting, A levels, pharmacy: trainee pharmacy "
        "technician first, pharmacist degree apprenticeship and pharmacy assistant next. "
        "Porter, cleaning and ward rotas are the offenders.",
    },
    {
        "id": "V035",
        "profile": P(
            about="I work three days a week as a teaching assistant (Mon to Wed) and I want a "
            "second part-time job on Thursdays and Fridays, something in care. 27, got my Level "
            "2 in health and social care.",
            qualification_level=2,
            postcode="N13 4BS",
            max_distance_km=15,
        ),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-REABLE", 1),
            (r".*-CARE-VOL", 1),
        ],
        "notes": "Wants a two-day care job alongside another job: the communicator guide role "
        "has flexible hours; reablement is 30 hours. Full-time care apprenticeships contradict "
        "her days and are left ungraded.",
    },
    {
        "id": "V036",
        "profile": P(
            about="I'm 18 and applying for nursing next year. I'm at college all term so I need "
            "something in the Easter or summer holidays that gets me onto a ward. Not after a "
            "paid job yet.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="SE16 2XB",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-WEX-WARD", 3),
            (r"SJA-SJA-VOL", 1),
            (r".*-CAMHS-WEX", 1),
            (r"STCH-HOSPICE-VOL", 1),
        ],
        "notes": "College student wanting a ward placement in the holidays for a nursing "
        "application: hospital work experience weeks. Jobs are what she ruled out; weekly "
        "volunteering over six months only partly fits term time.",
    },
    {
        "id": "V037",
        "profile": P(
            about="i wanna make teeth lol, like crowns and dentures. did DT and art at gcse "
            "(7s), good with my hands. 17, not doing uni",
            interests=["making things"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E1 3HP",
        ),
        "grades": [
            (r"GSTT-DLA-L3", 3),
            (r"BARTS-DTECH-L5", 2),
            (r".*-DN-L3", 1),
        ],
        "notes": "17-year-old who wants to make crowns and dentures: the dental laboratory "
        "assistant apprenticeship; dental technician starts at 18 with A levels (must_not on "
        "age). Dentistry degrees are what she ruled out.",
    },
    {
        "id": "V038",
        "profile": P(
            about="I've been a doula for three years, supporting women through birth, and I want "
            "to train as a midwife properly. I've been to about forty births now and I "
            "still cry at every one, and the midwives I've worked alongside keep telling me"
            " to go for it. I'm 29 and I've only got GCSEs, no A levels. I've got two kids "
            "at primary, so I know the hours will be hard, but my partner works from home "
            "and we'll make it work. I'd rather earn while I learn if there's a way.",
            interests=["midwifery"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="E10 7DA",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-MATSW", 3),
            (r".*-ACCESS-HE", 2),
            (r".*-MIDWIFE-L6", 1),
        ],
        "notes": "Doula wanting midwifery, GCSEs only: maternity support worker (paid, beside "
        "midwives) now; the Access diploma is the way to the level 3 the midwife degree "
        "apprenticeship needs.",
    },
    {
        "id": "V039",
        "profile": P(about="occupational therapy"),
        "grades": [
            (r".*-OT-L6", 3),
            (r".*-BSC-OT", 3),
            (r".*-TA-THERAPY", 2),
            (r".*-AP-L5", 2),
            (r".*-REABLE", 1),
        ],
        "notes": "Two words: the OT degree apprenticeships and degrees, then therapy assistant "
        "and assistant practitioner; reablement works alongside OTs.",
    },
    {
        "id": "V040",
        "profile": P(
            about="I am a doctor from Pakistan (MBBS, 3 years house job and medicine). I passed "
            "PLAB 1 and I wait for my PLAB 2 date. I am here on spouse visa, not refugee. I need "
            "hospital job in the meantime that uses my clinical skills. Please not cleaning or "
            "portering, I want to stay near patients.",
            skills=["clinical examination", "phlebotomy", "ECG"],
            qualification_level=6,
            postcode="IG3 8YB",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-SHCSW-L3", 2),
            (r".*-HCSW-L2", 2),
            (r".*-HCA-GP", 2),
            (r".*-MHSW", 1),
        ],
        "notes": "Overseas doctor between PLAB exams, not a refugee: support worker roles "
        "closest to clinical work (senior HCSW takes blood and does ECGs). The refugee "
        "professionals programme is not for him; cleaning and portering are what he ruled out.",
    },
    {
        "id": "V041",
        "profile": P(
            about="Chef for 8 years in restaurants, mostly Soho. Burnt out on the late nights "
            "and I want my weekends back. Early starts are fine by me. Could hospital kitchens "
            "work? I'm 26.",
            skills=["cooking", "running a section", "food safety"],
            qualification_level=2,
            age=26,
            postcode="N1 7GU",
        ),
        "grades": [
            (r"GSTT-SCHEF-L3", 3),
            (r".*-CHEF-L2", 2),
            (r".*-HOSP-L2", 1),
        ],
        "notes": "Experienced chef wanting early starts and weekends off: senior production chef "
        "first, production chef (early starts, most weekends off) below his level; "
        "hospitality runs to 8pm.",
    },
    {
        "id": "V042",
        "profile": P(
            about="17, love chemistry (got an 8). I want to make medicines, not give them to "
            "people. Apprenticeship not uni, I need the money.",
            interests=["chemistry"],
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="N15 4RX",
        ),
        "grades": [
            (r".*-PTECH-L3", 3),
            (r".*-LABTECH-L3", 2),
            (r".*-PSA-L2", 2),
            (r"UKHSA-LAB-PH-L3", 1),
            (r".*-PHARMACIST-L7", 1),
        ],
        "notes": "17-year-old chemist who wants to make medicines: trainee pharmacy technician "
        "(the aseptic unit makes medicines) first; research lab technician and pharmacy "
        "assistant next; the pharmacist apprenticeship needs 18 and A levels. Degrees are what "
        "she ruled out.",
    },
    {
        "id": "V043",
        "profile": P(
            about="Psychology grad, got a 2:2 and got knocked back for PWP training twice. I'm "
            "23. I need paid mental health experience before I reapply, ward work is fine, "
            "nights are fine.",
            qualification_level=6,
            gcse_english_maths=True,
            age=23,
            postcode="NW2 3ED",
        ),
        "grades": [
            (r".*-MHSW", 3),
            (r".*-PWP-L6", 2),
            (r".*-HCSW-L2", 1),
            (r".*-LD-SUPPORT", 1),
        ],
        "notes": "Psychology graduate building paid mental health experience to reapply for "
        "PWP: mental health HCA (nights fine) first; the PWP apprenticeship itself next. Peer "
        "roles need lived experience she did not mention.",
    },
    {
        "id": "V044",
        "profile": P(
            about="I faint at the sight of blood so nothing on the wards please!! but im really "
            "into computers, built my own pc. 19, got english and maths gcse",
            interests=["computers"],
            qualification_level=2,
            gcse_english_maths=True,
            age=19,
            postcode="CR7 8LE",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-INFRA-L3", 3),
            (r".*-ITTECH-L3", 2),
            (r".*-CODER-L3", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "Faints at blood, into computers: infrastructure (comms rooms, servers) is the "
        "best fit but far away; IT service desk at Croydon is good but fixes problems on wards. "
        "Ward clerk, HCSW, porter and lab assistant are the offenders.",
    },
    {
        "id": "V045",
        "profile": P(
            about="need a job asap any job in a hospital dont care wat. 18 no gcses lol. not "
            "care work tho",
            qualification_level=0,
            gcse_english_maths=False,
            age=18,
            postcode="E16 1AB",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 3),
            (r".*-CLEAN-L2", 3),
            (r".*-HOSP-L2", 3),
            (r".*-CHEF-L2", 2),
            (r".*-CS-L2", 2),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "18, no GCSEs, any hospital job but not care: porter, facilities, cleaning "
        "and hospitality first. Healthcare support worker and the pre-employment programme for "
        "it are the offenders.",
    },
    {
        "id": "V046",
        "profile": P(
            about="So basically I'm in year 13 doing bio, chem and psych and everyone expects "
            "me to do medicine because my dad's a GP, but honestly I don't think I want to be a "
            "doctor. I like the science part way more than the patient part, like I'd rather be "
            "working out what's wrong from the test results than talking to people all day. I "
            "also really don't want to go straight to uni and come out with loads of debt. Is "
            "there something where you get paid and do actual lab work? I live in Tooting so St "
            "George's would be ideal but I can travel. Predicted AAB if that matters.",
            interests=["science", "biology"],
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="SW17 9SH",
        ),
        "grades": [
            (r".*-HSA-L2", 3),
            (r".*-LABTECH-L3", 3),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-HSP-L6", 1),
            (r".*-HSASSOC-L4", 1),
            (r"CRICK-LABSCI-L6", 1),
            (r".*-LAB-WEX", 1),
        ],
        "notes": "Year 13 who wants paid lab work, not medicine: hospital lab assistant (St "
        "George's) and research lab technician first; practitioner and associate routes once "
        "A levels are in. Medicine summer schools and degrees are what she ruled out.",
    },
    {
        "id": "V047",
        "profile": P(
            about="Bored of retail. Not an office person at all. Want something active and "
            "practical in health, but not nursing. Early starts are fine. Forest Gate.",
            age=24,
            postcode="E7 9QA",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-PORTER", 3),
            (r".*-FSO-L2", 3),
            (r".*-MAINT-L3", 2),
            (r".*-ELEC-L3", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-TA-THERAPY", 2),
            (r"LAS-ASW-L3", 1),
        ],
        "notes": "Retail worker wanting active, practical, not office, not nursing: porter and "
        "facilities first, trades next. Administrator apprenticeships and nursing routes are "
        "the offenders.",
    },
    {
        "id": "V048",
        "profile": P(
            about="I've been a home carer for an agency for three years, driving between calls "
            "all day, and I'm done with agency life. I want to move into a hospital and step up: "
            "senior support worker, or something that leads to nursing associate. Any shifts, "
            "I'm used to it. Sutton.",
            skills=["personal care", "medication", "care plans"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="SM1 4LP",
            max_distance_km=12,
        ),
        "grades": [
            (r".*-SHCSW-L3", 3),
            (r".*-HCSW-L2", 2),
            (r".*-NA-L5", 1),
            (r".*-MHSW", 1),
            (r"STCH-HCA-HOSPICE", 1),
        ],
        "notes": "Experienced home carer moving into hospital and stepping up: senior HCSW "
        "(wants care experience) first, HCSW next; nursing associate needs level 3. Community "
        "care work (adult care, reablement) is what she is leaving.",
    },
    {
        "id": "V049",
        "profile": P(
            about="My brother's in prison and people keep telling me I won't pass a DBS because "
            "of my family. Is that true? I've never been in trouble myself. I'm 18 and I want to "
            "be a youth worker, I help out at my local youth club.",
            age=18,
            postcode="SW9 8EL",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-YSW-L3", 3),
            (r"LBN-YW-L6", 1),
            (r".*-TA-L3", 1),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "DBS worry about a relative, named target youth worker: the youth support "
        "worker apprenticeships; the youth work degree needs A levels.",
    },
    {
        "id": "V050",
        "profile": P(
            about="I'm partially deaf and wear hearing aids. 20. I'd like to work in a pharmacy, "
            "behind the scenes preferably, not on the phones all day. GCSEs, English 4 maths 6.",
            qualification_level=2,
            gcse_english_maths=True,
            age=20,
            postcode="W10 6RD",
            max_distance_km=12,
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-PSA-L2", 3),
            (r".*-PTECH-L3", 2),
            (r"GSTT-DLA-L3", 1),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Hearing aid user wanting back-room pharmacy work: pharmacy services assistant "
        "(picking and packing) first, trainee technician next. 111 and 999 call handling, GP "
        "reception and patient services reception are the offenders.",
    },
    {
        "id": "V051",
        "profile": P(
            about="Namaste. I am Sita from Nepal, my husband is Gurkha soldier. I have diploma "
            "in medical laboratory technology and I worked 3 years in hospital lab in Pokhara. "
            "I want lab work in London. My English is okay.",
            skills=["blood testing", "microscopy"],
            postcode="SE3 9RQ",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-HSA-L2", 3),
            (r".*-STEP-HEALTH", 2),
            (r".*-LABTECH-L3", 2),
            (r"UKHSA-LAB-PH-L3", 2),
            (r".*-HSASSOC-L4", 1),
        ],
        "notes": "Armed forces spouse with an overseas lab diploma: hospital lab assistant "
        "first; Step into Health (families welcome) and other lab apprenticeships next.",
    },
    {
        "id": "V052",
        "profile": P(
            about="gonna drop out of sixth form, i hate it and i dont want to sit in a "
            "classroom anymore. want an apprenticeship that actually pays. maybe HR or something "
            "with people? got 6 gcses inc english n maths (5s)",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="N12 8NP",
            max_distance_km=15,
            paid_only=True,
        ),
        "grades": [
            (r".*-HRSUP-L3", 3),
            (r".*-BA-L3", 2),
            (r".*-ICB-ADMIN", 2),
            (r".*-CS-L2", 2),
            (r".*-AAT-L3", 1),
            (r"UCLH-PAYROLL-L3", 1),
        ],
        "notes": "17-year-old leaving sixth form for a paid apprenticeship, HR or people: HR "
        "support first; administration and patient services next. Courses (T Levels, Access) "
        "are what he ruled out.",
    },
    {
        "id": "V053",
        "profile": P(
            about="I have a biology degree and I've decided I want to be a nurse. Is there a "
            "faster route for graduates? I can't go back to full-time uni without pay, I have "
            "rent to pay.",
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SW15 2PG",
        ),
        "grades": [
            (r".*-RNDA-L6", 3),
            (r".*-NA-L5", 2),
            (r".*-HCSW-L2", 1),
        ],
        "notes": "Biology graduate wanting nursing with a salary: the paid nurse degree "
        "apprenticeships first, nursing associate next; the unpaid degree is what she ruled "
        "out.",
    },
    {
        "id": "V054",
        "profile": P(
            about="left school at 16, been doing cash in hand labouring with my uncle since. 19 "
            "now and want something legit with a future. failed my maths gcse tho",
            qualification_level=1,
            gcse_english_maths=False,
            age=19,
            postcode="E9 7HU",
            max_distance_km=10,
            circumstances=["neet"],
        ),
        "grades": [
            (r".*-FSO-L2", 3),
            (r".*-PORTER", 3),
            (r"KT-GET-INTO-NHS", 2),
            (r".*-FS-ENGMATHS", 2),
            (r".*-CLEAN-L2", 2),
            (r".*-MAINT-L3", 1),
            (r".*-ELEC-L3", 1),
        ],
        "notes": "19, labouring cash in hand, no maths GCSE: facilities apprenticeship and "
        "porter (no qualifications) first; King's Trust programme and English and maths next; "
        "trades need GCSE maths.",
    },
    {
        "id": "V055",
        "profile": P(
            about="Bookkeeper for a builders' merchant, 28, done AAT Level 2. I'd like to move "
            "into NHS finance. I have OCD and being around sick people or germs would be really "
            "hard for me, so an office away from the wards please. Weekdays only.",
            skills=["bookkeeping", "Excel"],
            qualification_level=2,
            gcse_english_maths=True,
            postcode="RM9 6TD",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-AAT-L3", 3),
            (r"UCLH-PAYROLL-L3", 2),
            (r".*-ACCT-L4", 1),
            (r".*-ICB-ADMIN", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "Bookkeeper with AAT Level 2 and OCD, wants office finance away from patients: "
        "AAT Level 3 first, payroll next. Reception, ward clerk and anything on a ward are the "
        "offenders.",
    },
    {
        "id": "V056",
        "profile": P(
            about="Three years sober now (alcohol). I'm 24 and I want to help other people the "
            "way my recovery worker helped me. Part-time only for now, I need to protect my own "
            "recovery.",
            age=24,
            postcode="E11 1NP",
        ),
        "grades": [
            (r".*-PEER-WORKER", 2),
            (r".*-MH-PEER-VOL", 2),
        ],
        "notes": "In recovery from alcohol, wants to help others, part-time only: peer support "
        "work (part time considered) and peer volunteering, if his experience counts as the "
        "lived experience they ask for. Full-time mental health HCA rotas are left ungraded.",
    },
    {
        "id": "V057",
        "profile": P(
            about="Year 11 atm. good at maths and DT, want to do an electrician apprenticeship "
            "when I leave in the summer. Dont want to be stuck in an office.",
            interests=["electrics", "design and technology"],
            qualification_level=1,
            age=16,
            postcode="RM3 0AB",
            max_distance_km=15,
        ),
        "grades": [
            (r".*-ELEC-L3", 2),
            (r".*-MAINT-L3", 1),
            (r".*-FSO-L2", 1),
        ],
        "notes": "Named target, electrician, in Year 11: the maintenance electrician "
        "apprenticeship at Queen's Hospital once GCSE English and maths are in; maintenance "
        "engineering needs grade 4s.",
    },
    {
        "id": "V058",
        "profile": P(
            about="I've been a secondary school geography teacher for nine years. I want to move "
            "into health but not clinical: no blood, no patients. Public health or health "
            "promotion, something preventive.",
            skills=["teaching", "data", "presenting"],
            qualification_level=6,
            gcse_english_maths=True,
            postcode="SE10 9LS",
        ),
        "grades": [
            (r".*-PHP-L6", 3),
            (r"QMUL-MSC-PH", 3),
            (r".*-HEALTH-CHAMP", 1),
            (r".*-DATA-L4", 1),
        ],
        "notes": "Teacher changing career into public health, nothing clinical: public health "
        "practitioner degree apprenticeships and the MSc first. Any ward or clinic role, and "
        "the social prescribing link worker (sees patients), are offenders.",
    },
    {
        "id": "V059",
        "profile": P(
            about="Uni student, 2nd year computer science at City. Looking for paid part-time "
            "work evenings/weekends, or a summer placement. Not a full-time job, I still have a "
            "year left.",
            interests=["data", "software"],
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="N7 8DB",
            paid_only=True,
        ),
        "grades": [
            (r".*-ICB-DATA-INTERN", 3),
            (r"LAS-CALLHANDLER-111", 1),
        ],
        "notes": "Computing student wanting part-time or summer paid work: the ICBs' paid "
        "summer data placements. Full-time IT apprenticeships are what he ruled out.",
    },
    {
        "id": "V060",
        "profile": P(
            about="Writing for my son. He's 19 and has learning disabilities and an EHC plan. "
            "He loves sorting things, likes routines and gets anxious with change. He finished "
            "at college in the summer. We live in Wandsworth and he can do the bus to Tooting on "
            "his own.",
            age=19,
            postcode="SW18 4JQ",
            max_distance_km=8,
            circumstances=["send", "disabled"],
        ),
        "grades": [
            (r".*-SEARCH-INTERN", 3),
            (r".*-CAFE-SEND", 2),
            (r".*-FSO-L2", 1),
            (r".*-PSA-L2", 1),
        ],
        "notes": "Parent writing for a 19-year-old with learning disabilities and an EHC plan: "
        "supported internships at St George's and Chelsea and Westminster first, the catering "
        "internship next.",
    },
    {
        "id": "V061",
        "profile": P(
            about="My mum's been a foster carer my whole life so I've grown up with kids coming "
            "and going, and I've seen what good social workers do. I'm 23 with A levels (BCC) "
            "and I want to be a children's social worker. It has to be paid, I can't afford to "
            "just study.",
            qualification_level=3,
            gcse_english_maths=True,
            age=23,
            postcode="NW10 4RN",
        ),
        "grades": [
            (r".*-SW-L6", 3),
            (r".*-YSW-L3", 2),
            (r"LBN-YW-L6", 1),
        ],
        "notes": "Named target, children's social worker, A levels, paid: the council social "
        "worker degree apprenticeships (Brent is local); youth support work next.",
    },
    {
        "id": "V062",
        "profile": P(
            about="I want to work with hearts, like doing ECGs and echo scans. 19, A levels in "
            "biology, chemistry and PE (BBC). Is there a way in that isn't medicine?",
            qualification_level=3,
            gcse_english_maths=True,
            age=19,
            postcode="W2 5NA",
        ),
        "grades": [
            (r".*-HSASSOC-L4", 3),
            (r".*-HSP-L6", 3),
            (r".*-SHCSW-L3", 1),
            (r".*-HCA-GP", 1),
            (r".*-HSA-L2", 1),
        ],
        "notes": "Named target, cardiac physiology: the healthcare science associate (records "
        "heart traces) and practitioner (cardiac physiology specialism) apprenticeships.",
    },
    {
        "id": "V063",
        "profile": P(
            about="year 12, want to be a childrens nurse at GOSH one day. doing bio, psych and "
            "sociology. what can i do now to get experience??",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="E3 4PN",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-WEX-WARD", 3),
            (r".*-CAMHS-WEX", 1),
            (r"SJA-SJA-VOL", 1),
            (r".*-RNDA-L6", 1),
            (r".*-NURSING-BSC", 1),
            (r"GOSH-PLAY-L5", 1),
            (r"GOSH-RES-VOL", 1),
        ],
        "notes": "Year 12 aiming at children's nursing: hospital work experience weeks now; "
        "nursing degrees, GOSH roles and volunteering start at 18.",
    },
    {
        "id": "V064",
        "profile": P(
            about="I love working with kids but NOT babies, I can't do nappies lol. Older kids "
            "are fine, I teach swimming to 8 to 14 year olds at the weekends. 21, got A levels.",
            qualification_level=3,
            gcse_english_maths=True,
            age=21,
            postcode="N19 3SE",
        ),
        "grades": [
            (r".*-TA-L3", 3),
            (r".*-YSW-L3", 3),
            (r"LBN-YW-L6", 2),
            (r".*-PLAY-L5", 2),
            (r".*-CAMHS-WEX", 1),
        ],
        "notes": "Wants older children, no nappies: SEND teaching assistant and youth support "
        "first, youth work degree and hospital play next. Nursery roles (nappies) are the "
        "offenders.",
    },
    {
        "id": "V065",
        "profile": P(about="hospital cleaner"),
        "grades": [
            (r".*-CLEAN-L2", 3),
            (r".*-FSO-L2", 2),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "Two words: healthcare cleaning apprenticeships, then the facilities "
        "apprenticeship that includes cleaning.",
    },
    {
        "id": "V066",
        "profile": P(
            about="Navy medical assistant for six years, out since the summer. I did everything "
            "from sick parades to first aid on exercise and I loved the patient side. I'm "
            "26 and living in Sidcup with my partner. I want to become a registered nurse, "
            "but I've only got GCSEs and I need a wage, I've got a mortgage. I know I'm "
            "probably looking at a support worker job first and that's fine if it leads "
            "somewhere.",
            skills=["first aid", "clinical observations", "record keeping"],
            qualification_level=2,
            gcse_english_maths=True,
            age=26,
            postcode="DA15 8LP",
            circumstances=["armed_forces"],
        ),
        "grades": [
            (r".*-SHCSW-L3", 3),
            (r".*-STEP-HEALTH", 3),
            (r".*-HCSW-L2", 2),
            (r".*-NA-L5", 1),
            (r".*-RNDA-L6", 1),
            (r".*-ACCESS-HE", 1),
        ],
        "notes": "Navy medical assistant aiming at nursing, GCSEs only, needs a wage: senior "
        "HCSW (uses his care experience) and Step into Health first; nursing associate and the "
        "nurse degree apprenticeship need level 3.",
    },
    {
        "id": "V067",
        "profile": P(
            about="I care for my nan in the mornings (getting her up, meds etc) so I need "
            "something where I can start late or has flexible hours. I'm 20 and good at maths, "
            "got a B in A level maths. Don't want to do care as a job, I do enough of that at "
            "home.",
            qualification_level=3,
            gcse_english_maths=True,
            age=20,
            postcode="SE17 1RT",
            max_distance_km=8,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-AAT-L3", 2),
            (r".*-DATA-L4", 2),
            (r".*-BA-L3", 2),
            (r".*-ACCT-L4", 2),
            (r"UCLH-PAYROLL-L3", 1),
            (r".*-HRSUP-L3", 1),
        ],
        "notes": "Young carer with A level maths needing late or flexible starts, not care: "
        "assistant accountant and data analyst (hybrid) and administrator (flexible starts for "
        "young carers) are good; none promises late starts outright. The young "
        "carers' care scheme and care apprenticeships are what she ruled out.",
    },
    {
        "id": "V068",
        "profile": P(about="mental health work but no nights"),
        "grades": [
            (r".*-PWP-L6", 3),
            (r".*-BSC-MH-NURSING", 2),
            (r".*-CAMHS-WEX", 1),
            (r".*-MH-PEER-VOL", 1),
            (r".*-PEER-WORKER", 1),
        ],
        "notes": "Short: talking therapies (PWP) first; peer roles need lived experience. "
        "Mental health HCA (long days and nights) is the offender.",
    },
    {
        "id": "V069",
        "profile": P(
            about="ok so i'm 16 and finishing year 11 in lewisham and my mum wants me to do a "
            "levels but i really don't think that's me. i like the idea of helping people, my "
            "nan was in hospital last year and the nurses were amazing, but i also don't want to "
            "be washing people or anything like that if im honest. i'd like to earn some money "
            "even if it's not loads. i'm predicted 4s in english and maths and 5s in most other "
            "things. i'm good with little kids, i babysit my cousins all the time. i don't "
            "really want to be stuck behind a desk all day either",
            qualification_level=1,
            age=16,
            postcode="SE4 2PX",
            max_distance_km=10,
        ),
        "grades": [
            (r".*-EYP-L2", 3),
            (r".*-HOSP-L2", 2),
            (r".*-PSA-L2", 2),
            (r".*-CS-L2", 1),
            (r".*-FSO-L2", 1),
            (r".*-DN-L3", 1),
            (r".*-EYE-L3", 1),
            (r".*-TLEVEL-EY", 1),
            (r"(LGT|CHS|ICHT)-WEX-WARD", 1),
        ],
        "notes": "16-year-old leaving school, wants to earn and help, good with small children, "
        "no personal care, not a desk: early years practitioner apprenticeship first; hospital "
        "hospitality and pharmacy assistant (active, no washing) next. Healthcare support "
        "worker and adult care are the offenders (and need 18).",
    },
    {
        "id": "V070",
        "profile": P(about="pharmacy apprenticeship north london"),
        "grades": [
            (r"RFL-PSA-L2", 3),
            (r"ICHT-PSA-L2", 2),
            (r"ICHT-PTECH-L3", 2),
            (r"UCLH-PHARMACIST-L7", 2),
            (r"(GSTT|BARTS|SGUH|KRFT)-PSA-L2", 1),
            (r"(GSTT|BARTS|SGUH|BHR)-PTECH-L3", 1),
            (r"GSTT-PHARMACIST-L7", 1),
        ],
        "notes": "Four words with the place only in the text: pharmacy apprenticeships at the "
        "Royal Free, St Mary's and UCLH first; the same roles south of the river or in the east "
        "only partly.",
    },
    {
        "id": "V071",
        "profile": P(about="part time care work"),
        "grades": [
            (r"SENSE-DEAFBLIND-SUPPORT", 2),
            (r".*-REABLE", 1),
            (r".*-CARE-VOL", 1),
            (r"STCH-HOSPICE-VOL", 1),
        ],
        "notes": "Four words: the communicator guide job (25 hours, flexible) is the only paid "
        "part-time care role open to anyone; reablement is 30 hours; the young carers' scheme "
        "is for young carers only. Full-time care apprenticeships are left ungraded.",
    },
    {
        "id": "V072",
        "profile": P(
            about="I'm 18 and in Year 13 (psychology, biology, PE). My grandad has dementia and "
            "lives with us, and I help with him every evening so I need to be home by 6. I'm "
            "thinking about occupational therapy because of what his OT did for him. I can't go "
            "away for uni.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="IG2 6PT",
            max_distance_km=14,
            circumstances=["young_carer"],
        ),
        "grades": [
            (r".*-TA-THERAPY", 2),
            (r".*-WEX-WARD", 2),
            (r".*-YOUNG-CARER-FLEX", 2),
            (r".*-OT-L6", 1),
            (r".*-BSC-OT", 1),
            (r".*-AP-L5", 1),
            (r".*-REABLE", 1),
        ],
        "notes": "Year 13 young carer thinking about OT, home by 6: therapy assistant "
        "(weekdays), a ward work experience week and the young carers' flexible start now; OT "
        "degrees once A levels are in.",
    },
    {
        "id": "V073",
        "profile": P(
            about="19, im arty (art + graphics a levels). want to work for the nhs but NOTHING "
            "medical and no patients pls, just normal 9-5",
            qualification_level=3,
            gcse_english_maths=True,
            age=19,
            postcode="W12 7RJ",
        ),
        "grades": [
            (r".*-ICB-ADMIN", 2),
            (r".*-BA-L3", 2),
            (r".*-HRSUP-L3", 2),
            (r".*-DTS-L6", 1),
            (r".*-DATA-L4", 1),
            (r"GSTT-DLA-L3", 1),
        ],
        "notes": "Nothing medical, no patients, 9 to 5: the catalogue has no design roles, so "
        "office apprenticeships (commissioning admin, business admin, HR) are good, not "
        "excellent. Patient services, ward clerk and every clinical role are the offenders.",
    },
    {
        "id": "V074",
        "profile": P(
            about="Im 16 and in care, I'll be a care leaver next year. My PA said some NHS places "
            "guarantee you an interview? I want a paid apprenticeship after year 11, anything "
            "really, but Im not good with blood. Croydon but I can get about.",
            qualification_level=1,
            age=16,
            postcode="CR2 6QD",
            circumstances=["care_leaver"],
        ),
        "grades": [
            (r".*-CARE-LEAVER-INTERN", 3),
            (r".*-CS-L2", 2),
            (r".*-FSO-L2", 2),
            (r".*-HOSP-L2", 2),
            (r".*-PSA-L2", 2),
            (r".*-CHEF-L2", 1),
            (r".*-EYP-L2", 1),
            (r"KT-GET-INTO-NHS", 1),
        ],
        "notes": "16-year-old in care wanting a paid start with a guaranteed interview: the "
        "care leavers' paid internship first, then apprenticeships open at 16 that guarantee "
        "care leavers an interview. HCSW and lab assistant (blood) are the offenders.",
    },
    {
        "id": "V075",
        "profile": P(
            about="Max 16 hours a week, I'm on ESA and my work coach says more would affect it. "
            "I'm 23 and I've got mild cerebral palsy, I walk with a stick. I'd like something "
            "in an office or on a reception desk, sitting down.",
            age=23,
            postcode="HA8 7AD",
            max_distance_km=20,
            circumstances=["disabled"],
        ),
        "grades": [
            (r".*-RES-VOL", 2),
            (r".*-HEALTH-CHAMP", 1),
            (r".*-CS-L2", 1),
            (r".*-GPRECEP", 1),
            (r".*-BA-L3", 1),
        ],
        "notes": "16 hours at most, seated office or reception work: the patient research "
        "champion volunteering (a few hours, at times that suit you, allowed on ESA) is the "
        "closest; every paid office role is 30 to 37.5 hours, so partial at most. Porter, "
        "cleaning and ward roles are the offenders.",
    },
]
