"""Writes catalogue.jsonl for the NORTH-EAST London blind evaluation set.

Hand-written pathways; this script only serialises them (one JSON object per line).
Run: python3 build_catalogue.py   (from this folder)
"""

import json
import os

ROWS = []


def E(
    ref,
    org,
    otype,
    typ,
    title,
    summary,
    description,
    *,
    skills,
    interests,
    sector,
    level,
    std=None,
    minq=0,
    gcse=False,
    age=None,
    postcode=None,
    remote=False,
    hours=None,
    pay=None,
    closing=None,
    start=None,
    supports=(),
    next_steps=(),
):
    ROWS.append(
        {
            "ref": ref,
            "organisation": org,
            "organisation_type": otype,
            "type": typ,
            "title": title,
            "summary": summary,
            "description": " ".join(description.split()),
            "skills": list(skills),
            "interests": list(interests),
            "sector": sector,
            "level": level,
            "standard_code": std,
            "entry": {"min_qualification_level": minq, "gcse_english_maths": gcse, "min_age": age},
            "postcode": postcode,
            "remote": remote,
            "hours_per_week": hours,
            "pay": pay,
            "closing_date": closing,
            "start_date": start,
            "apply_url": "https://example.org/apply/" + ref.lower(),
            "supports": list(supports),
            "next_steps": list(next_steps),
        }
    )


def yr(lo, hi):
    return {"min": lo, "max": hi, "period": "year"}


def hr(lo, hi):
    return {"min": lo, "max": hi, "period": "hour"}


NONE = {"min": 0, "max": 0, "period": "none"}

BARTS = "Barts Health NHS Trust"
HOM = "Homerton Healthcare NHS Foundation Trust"
ELFT = "East London NHS Foundation Trust"
NELFT = "North East London NHS Foundation Trust (NELFT)"
BHRUT = "Barking, Havering and Redbridge University Hospitals NHS Trust"
LAS = "London Ambulance Service NHS Trust"

# ---------------------------------------------------------------- apprenticeships
E(
    "BARTS-HCSW-APP-RLH",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "Healthcare Support Worker Apprentice (Level 2) - The Royal London Hospital",
    "Earn while you train as a healthcare support worker on adult wards at the Royal London in Whitechapel.",
    """Join the ward team on one of our adult medical or surgical wards at the Royal London.
  You'll give hands-on personal care - washing, dressing, helping patients to eat, drink and use
  the toilet - take and record observations such as blood pressure, pulse and temperature, and help
  move patients safely using hoists and slide sheets. Once you are settled you'll be trained in
  venepuncture (taking blood) and recording ECGs. You will also support patients and their families
  at the end of life. The rota is 37.5 hours a week over earlies, lates, long days and nights,
  including weekends and bank holidays. One day a fortnight is protected study time with our
  in-house education team for the Level 2 Healthcare Support Worker apprenticeship, with Functional
  Skills English and maths if you need them. No experience needed: kindness, reliability and a
  willingness to learn matter more to us. Tower Hamlets residents and care leavers are guaranteed
  an interview if they meet the essential criteria.""",
    skills=["caring for people", "personal care", "observations", "teamwork", "communication"],
    interests=["nursing", "caring for people", "hospitals"],
    sector="nursing",
    level=2,
    std="ST0216",
    minq=0,
    gcse=False,
    age=18,
    postcode="E1 1FR",
    hours=37.5,
    pay=yr(28900, 30100),
    closing="2027-01-31",
    start="2027-03-01",
    supports=["local_resident", "care_leaver"],
    next_steps=["BARTS-NA-APP", "HOM-SNR-HCSW-APP"],
)

E(
    "BARTS-HCSW-APP-WX",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "Apprentice Healthcare Support Worker - Whipps Cross Hospital (elderly care & stroke)",
    "Level 2 healthcare support worker apprenticeship on the elderly care and stroke wards at Whipps Cross, Leytonstone.",
    """Our elderly care and stroke wards at Whipps Cross are looking for apprentice HCSWs. Most of
  our patients are older people, many living with dementia or recovering from a stroke, so the job
  is very hands-on: personal care (washing, dressing, continence care), mealtimes, helping people
  walk and reposition, using hoists, and recording observations. You'll learn to take blood and do
  blood sugar checks as part of the programme. Shifts: earlies, lates and nights on a four-week
  rota, including weekends. 37.5 hours. Apprenticeship Level 2 (Healthcare Support Worker) over
  about 15 months, with study days in the Whipps Cross education centre. Waltham Forest residents
  welcome - we guarantee an interview to local applicants who meet the criteria.""",
    skills=["caring for people", "personal care", "patience", "teamwork"],
    interests=["older people", "nursing", "caring for people"],
    sector="nursing",
    level=2,
    std="ST0216",
    minq=0,
    gcse=False,
    age=18,
    postcode="E11 1NR",
    hours=37.5,
    pay=yr(28900, 30100),
    closing="2027-02-14",
    start="2027-04-05",
    supports=["local_resident"],
    next_steps=["BARTS-NA-APP"],
)

E(
    "BARTS-HCSW-APP-NUH",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "HCSW Apprentice, Acute Medicine - Newham University Hospital",
    "Healthcare support worker apprenticeship (Level 2) on acute medical wards at Newham Hospital, Plaistow.",
    """Apprentice healthcare support worker, acute medical unit and wards, Newham Hospital.
  Duties: personal care (washing, dressing, toileting), observations, bed making, helping patients
  at mealtimes, taking blood once trained, escorting patients, keeping accurate records. Full time,
  37.5 hrs, shift rota of earlies, lates and nights, weekends included. Level 2 HCSW apprenticeship
  (ST0216), approx. 15 months. No qualifications required; Functional Skills support provided.
  Newham residents strongly encouraged to apply.""",
    skills=["caring for people", "personal care", "observations"],
    interests=["nursing", "hospitals"],
    sector="nursing",
    level=2,
    std="ST0216",
    minq=0,
    gcse=False,
    age=18,
    postcode="E13 8SL",
    hours=37.5,
    pay=yr(28900, 30100),
    closing="2027-01-17",
    start="2027-02-22",
    supports=["local_resident"],
    next_steps=["BARTS-NA-APP"],
)

E(
    "BHRUT-HCSW-APP-QH",
    BHRUT,
    "nhs_trust",
    "apprenticeship",
    "Healthcare Support Worker Apprenticeship - Queen's Hospital, Romford",
    "Level 2 HCSW apprenticeship at Queen's Hospital with 12.5-hour day and night shifts.",
    """Do you want to start a career in nursing? Our apprentice healthcare support workers work
  alongside registered nurses on adult wards at Queen's Hospital. You will help patients with
  washing, dressing, eating and going to the toilet, check their observations, support them to move
  around safely, and - after training - take blood samples and carry out ECGs. You'll work 12.5-hour
  shifts, days and nights, including weekends, averaging 37.5 hours a week. The apprenticeship takes
  around 15 months and you'll attend our education centre at Queen's for study days. Applicants must
  be 18 or over. You don't need any qualifications, but you must be able to read, write and
  communicate well in English.""",
    skills=["caring for people", "personal care", "observations", "communication"],
    interests=["nursing", "caring for people"],
    sector="nursing",
    level=2,
    std="ST0216",
    minq=0,
    gcse=False,
    age=18,
    postcode="RM7 0AG",
    hours=37.5,
    pay=yr(27600, 28700),
    closing="2027-01-24",
    start="2027-03-08",
    supports=["local_resident"],
    next_steps=["BARTS-NA-APP"],
)

E(
    "BHRUT-HCSW-APP-KGH",
    BHRUT,
    "nhs_trust",
    "apprenticeship",
    "Healthcare Support Worker Apprenticeship - King George Hospital, Goodmayes",
    "Level 2 HCSW apprenticeship on medical and elderly wards at King George Hospital.",
    """The same Level 2 healthcare support worker apprenticeship we run at Queen's, based at King
  George Hospital in Goodmayes. Personal care (washing, dressing, toileting), observations, taking
  blood once trained, helping patients to mobilise and supporting families. 12.5-hour day and night
  shifts including weekends. 18+ only. This intake is now closed; the next King George intake will be
  advertised in spring.""",
    skills=["caring for people", "personal care", "observations"],
    interests=["nursing", "older people"],
    sector="nursing",
    level=2,
    std="ST0216",
    minq=0,
    gcse=False,
    age=18,
    postcode="IG3 8YB",
    hours=37.5,
    pay=yr(27600, 28700),
    closing="2026-11-30",
    start="2027-01-11",
    supports=["local_resident"],
    next_steps=["BARTS-NA-APP"],
)

E(
    "HOM-SNR-HCSW-APP",
    HOM,
    "nhs_trust",
    "apprenticeship",
    "Senior Healthcare Support Worker Apprentice (Level 3)",
    "Level 3 senior HCSW apprenticeship at Homerton for people who already have care experience.",
    """For people who already have at least six months' paid experience in care (a hospital, care
  home or home care) or a Level 2 care qualification. As a senior HCSW at Homerton you'll take on
  more responsibility on the ward: complex personal care, wound care and dressings, venepuncture and
  cannulation support, catheter care, supervising newer HCSWs and supporting patients at the end of
  life. Rotating shifts including nights and weekends. You'll complete the Senior Healthcare Support
  Worker (Adult Nursing Support) apprenticeship over 18-24 months. This is the usual route into our
  Trainee Nursing Associate programme.""",
    skills=[
        "caring for people",
        "personal care",
        "wound care",
        "observations",
        "supervising others",
    ],
    interests=["nursing"],
    sector="nursing",
    level=3,
    std="ST0217",
    minq=2,
    gcse=False,
    age=18,
    postcode="E9 6SR",
    hours=37.5,
    pay=yr(31200, 33400),
    closing="2027-02-07",
    start="2027-04-12",
    supports=[],
    next_steps=["BARTS-NA-APP", "CITY-NURSING-BSC"],
)

E(
    "BARTS-NA-APP",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "Trainee Nursing Associate (Level 5 apprenticeship) - Whipps Cross and Newham",
    "Two-year nursing associate apprenticeship leading to NMC registration, with placements across Barts Health.",
    """Nursing associates are registered with the Nursing and Midwifery Council and bridge the gap
  between healthcare support workers and registered nurses. As a trainee you'll be employed at Whipps
  Cross or Newham and spend one day a week at university, with placements in hospital, community and
  mental health settings. Clinical skills include medicines administration, injections, taking bloods,
  wound care and personal care. Shift work including nights and weekends when on placement. You need
  GCSE English and maths at grade 4/C or above (or Functional Skills Level 2) and ideally some care
  experience. On qualifying you can top up to a registered nurse degree apprenticeship in around
  two years.""",
    skills=["caring for people", "clinical skills", "medicines", "communication"],
    interests=["nursing", "registration"],
    sector="nursing",
    level=5,
    std="ST0827",
    minq=2,
    gcse=True,
    age=18,
    postcode="E11 1NR",
    hours=37.5,
    pay=yr(31200, 33400),
    closing="2027-03-01",
    start="2027-09-06",
    supports=[],
    next_steps=["CITY-NURSING-BSC"],
)

E(
    "ELFT-RNDA-MH",
    ELFT,
    "nhs_trust",
    "apprenticeship",
    "Registered Nurse Degree Apprenticeship - Mental Health",
    "Become a registered mental health nurse through a salaried degree apprenticeship with East London NHS Foundation Trust.",
    """A four-year degree apprenticeship (Registered Nurse - Mental Health, Level 6) for people who
  want to train as mental health nurses without paying tuition fees. You'll be employed by ELFT on
  an apprentice salary and based in Tower Hamlets, Newham or City & Hackney mental health services,
  with university study and placements on acute inpatient wards, community mental health teams and
  crisis services. Work includes therapeutic one-to-one time with patients, risk assessment,
  administering medication including depot injections, and physical health checks. Shifts include
  nights and weekends on placement. Entry: Level 3 qualification (A levels, BTEC or Access) plus GCSE
  English and maths grade 4/C. Experience in health, care or support work is desirable.""",
    skills=["communication", "listening", "resilience", "mental health awareness"],
    interests=["mental health", "nursing", "psychology"],
    sector="mental_health",
    level=6,
    std="ST0781",
    minq=3,
    gcse=True,
    age=18,
    postcode="E1 4DG",
    hours=37.5,
    pay=yr(31200, 33400),
    closing="2027-02-28",
    start="2027-09-13",
    supports=[],
    next_steps=[],
)

E(
    "LAS-AAP-APP",
    LAS,
    "ambulance",
    "apprenticeship",
    "Apprentice Emergency Ambulance Crew (Associate Ambulance Practitioner, Level 4) - North East sector",
    "Train to respond to 999 calls on a front-line ambulance, based at stations across north east London.",
    """As an apprentice Emergency Ambulance Crew member you'll work alongside paramedics responding to
  999 calls across Havering, Redbridge, Barking & Dagenham and Newham. You will assess and treat
  patients at the scene - cardiac arrests, trauma, falls, mental health crises, childbirth - and
  drive the ambulance under emergency (blue light) conditions after training. The job is physically
  demanding: lifting and carrying patients and equipment, often in difficult conditions. 24/7 shift
  rota including nights, weekends and bank holidays. You must hold a full UK manual driving licence
  (no more than 3 points) and GCSE English and maths grade 4/C or equivalent; we'll train you for the
  C1 licence. After two years as EAC you can apply for our paramedic degree apprenticeship.""",
    skills=["driving", "first aid", "calm under pressure", "lifting", "communication"],
    interests=["ambulance", "emergency care", "paramedic"],
    sector="ambulance",
    level=4,
    std=None,
    minq=2,
    gcse=True,
    age=18,
    postcode="RM7 0AE",
    hours=37.5,
    pay=yr(33100, 36300),
    closing="2027-01-29",
    start="2027-04-19",
    supports=[],
    next_steps=["LAS-PARA-DA"],
)

E(
    "LAS-EMD-APP",
    LAS,
    "ambulance",
    "apprenticeship",
    "Emergency Medical Dispatcher apprentice - 999 control room, Bow",
    "Answer and assess 999 calls in LAS's emergency operations centre at Bow while completing a Level 3 apprenticeship.",
    """You'll be on the phone for your whole shift, answering 999 calls from the public, using our
  triage system to assess how urgent each call is, and giving life-saving instructions (CPR,
  bleeding control, childbirth) until the crew arrives. Calls can be distressing. Emergency Services
  Contact Handler apprenticeship, Level 3, about 12 months. 24/7 shift pattern: days, evenings and
  nights, including weekends. Based in our control room in Bow. Good typing speed and clear spoken
  English essential; no driving required.""",
    skills=["talking to people", "phones", "typing", "calm under pressure", "listening"],
    interests=["ambulance", "emergency care"],
    sector="ambulance",
    level=3,
    std=None,
    minq=1,
    gcse=False,
    age=18,
    postcode="E3 2AR",
    hours=37.5,
    pay=yr(30800, 33100),
    closing="2027-01-15",
    start="2027-03-01",
    supports=[],
    next_steps=["LAS-AAP-APP"],
)

E(
    "LAS-PARA-DA",
    LAS,
    "ambulance",
    "apprenticeship",
    "Paramedic Degree Apprenticeship (internal applicants)",
    "Two-year BSc paramedic apprenticeship for existing LAS emergency ambulance crew with two years' front-line experience.",
    """Open only to current London Ambulance Service staff who have completed at least two years as an
  Emergency Ambulance Crew member, Associate Ambulance Practitioner or technician. You'll continue
  working on the front line while studying for a BSc (Hons) Paramedic Science with our university
  partner, leading to registration with the HCPC. 24/7 shift rota. Line manager support and GCSE
  English and maths (or Level 2 Functional Skills) required. If you are not yet with LAS, start with
  our apprentice EAC role.""",
    skills=["clinical assessment", "driving", "first aid", "leadership"],
    interests=["paramedic", "ambulance", "emergency care"],
    sector="ambulance",
    level=6,
    std=None,
    minq=4,
    gcse=True,
    age=18,
    postcode="RM7 0AE",
    hours=37.5,
    pay=yr(36400, 42600),
    closing="2027-03-31",
    start="2027-09-01",
    supports=[],
    next_steps=[],
)

E(
    "BHRUT-PHARMTECH-APP",
    BHRUT,
    "nhs_trust",
    "apprenticeship",
    "Pre-registration Trainee Pharmacy Technician (apprenticeship)",
    "Two-year Level 3 pharmacy technician apprenticeship in the hospital pharmacy at Queen's, Romford.",
    """Train to become a registered pharmacy technician (GPhC) in one of the busiest hospital pharmacies
  in London. You'll rotate through dispensary, aseptic (sterile) production, medicines information
  and ward-based medicines management, checking patients' own medicines and talking to patients
  about how to take them. Mainly Monday to Friday 9-5, with a share of late evenings and weekend
  mornings on a rota once trained. Entry: GCSEs at grade 4/C or above in English, maths and science.
  You'll study the Level 3 pharmacy technician apprenticeship with a college partner one day a
  week.""",
    skills=["attention to detail", "science", "maths", "talking to people"],
    interests=["pharmacy", "science", "medicines"],
    sector="pharmacy",
    level=3,
    std="ST0300",
    minq=2,
    gcse=True,
    age=16,
    postcode="RM7 0AG",
    hours=37.5,
    pay=yr(25900, 27400),
    closing="2027-02-21",
    start="2027-09-06",
    supports=[],
    next_steps=[],
)

E(
    "FG-PHARM-PSA-APP",
    "Forest Gate Community Pharmacy",
    "primary_care",
    "apprenticeship",
    "Apprentice Pharmacy Assistant",
    "Level 2 pharmacy services assistant apprenticeship in a busy independent community pharmacy in Forest Gate.",
    """Family-run pharmacy on Woodgrange Road looking for an apprentice pharmacy assistant. You'll serve
  customers on the medicines counter, give advice on minor ailments under supervision, help dispense
  prescriptions, put away stock and run deliveries paperwork. Lots of talking to the public - Bengali,
  Urdu, Gujarati or Polish a plus. Monday to Friday plus Saturdays on a rota, 9am-6:30pm. Pharmacy
  Services Assistant apprenticeship (Level 2), 12 months, mostly online learning.""",
    skills=["customer service", "talking to people", "attention to detail"],
    interests=["pharmacy", "medicines", "helping people"],
    sector="pharmacy",
    level=2,
    std="ST0299",
    minq=0,
    gcse=False,
    age=16,
    postcode="E7 9LN",
    hours=35,
    pay=hr(8.00, 12.21),
    closing="2027-01-10",
    start="2027-01-25",
    supports=["local_resident"],
    next_steps=["BHRUT-PHARMTECH-APP"],
)

E(
    "EASTWAY-ACW-APP",
    "Eastway Home Care Ltd",
    "social_care",
    "apprenticeship",
    "Adult Care Worker Apprentice - home care, Poplar and Bow",
    "Level 2 adult care worker apprenticeship visiting people in their own homes around Poplar, Bow and the Isle of Dogs.",
    """Eastway Home Care supports around 180 people, mostly older adults and people with disabilities,
  to live independently at home. As an apprentice you'll visit clients in their homes and help with
  washing, dressing, toileting, meals and prompting medication, and spend time chatting - for many
  clients you are the main visitor of the day. Our runs are walkable or on the bus, so no car is
  needed (we pay travel time and give you an Oyster top-up). Split shifts: 7am-2pm and 4pm-10pm,
  and alternate weekends. Adult Care Worker Level 2 apprenticeship with a visiting assessor.
  We welcome applicants with a criminal record: declare it and we'll talk it through.""",
    skills=["caring for people", "personal care", "talking to people", "reliability"],
    interests=["older people", "social care", "caring for people"],
    sector="social_care",
    level=2,
    std="ST0005",
    minq=0,
    gcse=False,
    age=18,
    postcode="E14 6BT",
    hours=30,
    pay=hr(13.85, 14.60),
    closing="2027-02-28",
    start=None,
    supports=["local_resident", "ex_offender"],
    next_steps=["CRANBROOK-LACW-APP"],
)

E(
    "ARDLEIGH-ACW-APP",
    "Ardleigh Green Care Home",
    "social_care",
    "apprenticeship",
    "Care Assistant Apprentice (dementia care) - Hornchurch",
    "Adult care worker apprenticeship in a 60-bed residential dementia care home in Hornchurch.",
    """We are a friendly residential home for 60 older people living with dementia. Apprentice care
  assistants help residents with washing, dressing, bathing, continence care and meals, join in with
  activities (music, baking, garden club), and learn to use hoists safely. 12-hour day shifts (8am-8pm)
  three or four days a week including alternate weekends - no nights for apprentices. You'll work
  towards the Adult Care Worker Level 2 apprenticeship. Close to Ardleigh Green and Gidea Park; the 193
  and 248 buses stop outside.""",
    skills=["caring for people", "personal care", "patience", "activities"],
    interests=["older people", "dementia", "social care"],
    sector="social_care",
    level=2,
    std="ST0005",
    minq=0,
    gcse=False,
    age=17,
    postcode="RM11 2LJ",
    hours=40,
    pay=hr(12.60, 13.85),
    closing="2027-01-31",
    start=None,
    supports=[],
    next_steps=["CRANBROOK-LACW-APP"],
)

E(
    "CRANBROOK-LACW-APP",
    "Cranbrook Court Nursing Home",
    "social_care",
    "apprenticeship",
    "Senior Carer - Lead Adult Care Worker apprenticeship (Level 3)",
    "Level 3 lead adult care worker apprenticeship for experienced carers in an Ilford nursing home.",
    """Already a carer with at least a year's experience? Step up to senior carer. You'll lead a small
  team on shift, give medication after training, write care plans, handle personal care for residents
  with complex needs and support residents at the end of life alongside our nurses. Day shifts,
  8am-8pm, three to four a week including weekends. Lead Adult Care Worker apprenticeship, Level 3,
  18 months.""",
    skills=["caring for people", "personal care", "medication", "leading a team"],
    interests=["social care", "older people"],
    sector="social_care",
    level=3,
    std="ST0006",
    minq=2,
    gcse=False,
    age=18,
    postcode="IG1 4UF",
    hours=40,
    pay=hr(14.20, 15.10),
    closing="2027-02-15",
    start=None,
    supports=[],
    next_steps=["BARTS-NA-APP"],
)

E(
    "BARTS-BA-APP",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "Business Administrator Apprentice - Outpatients booking team, St Bartholomew's",
    "Level 3 business admin apprenticeship booking appointments for the heart and cancer outpatient clinics at Barts.",
    """Our outpatient booking team at St Bartholomew's Hospital in the City keeps thousands of
  appointments running every week. As an apprentice you'll answer patient phone calls, book and
  rebook appointments on the hospital system, send letters, update records and greet patients at the
  clinic desk. It's busy and you'll spend a good part of every day on the phone. Monday to Friday,
  9am to 5pm, 37.5 hours - no weekends. Business Administrator Level 3 apprenticeship, 18 months.
  We're looking for someone organised and friendly; we'll support you to get Level 2 English and
  maths if you don't have them yet.""",
    skills=["admin", "phones", "computers", "organisation", "customer service"],
    interests=["admin", "office work"],
    sector="admin",
    level=3,
    std="ST0070",
    minq=2,
    gcse=False,
    age=16,
    postcode="EC1A 7BE",
    hours=37.5,
    pay=yr(25800, 27200),
    closing="2027-01-20",
    start="2027-03-01",
    supports=["local_resident", "care_leaver"],
    next_steps=[],
)

E(
    "NELFT-DATA-APP",
    NELFT,
    "nhs_trust",
    "apprenticeship",
    "Data Analyst Apprentice (Level 4) - Business Intelligence",
    "Level 4 data analyst apprenticeship in NELFT's business intelligence team, hybrid from Rainham.",
    """Join the BI team that builds the dashboards used by community and mental health services across
  north east London. You'll learn SQL, Power BI and Excel modelling, clean and validate data, and
  present findings to managers. No patient contact. Hybrid: two days a week in our Rainham office,
  the rest from home. Monday to Friday, flexible start between 8 and 10am. Entry: A levels or
  equivalent (Level 3) including GCSE maths and English at grade 4 or above. Data Analyst
  apprenticeship, Level 4, around 2 years.""",
    skills=["computers", "maths", "data", "Excel", "problem solving"],
    interests=["data", "computers", "IT"],
    sector="digital",
    level=4,
    std="ST0118",
    minq=3,
    gcse=True,
    age=18,
    postcode="RM13 8GQ",
    hours=37.5,
    pay=yr(27900, 29800),
    closing="2027-02-08",
    start="2027-04-01",
    supports=["disabled"],
    next_steps=[],
)

E(
    "HOM-IT-APP",
    HOM,
    "nhs_trust",
    "apprenticeship",
    "IT Support Apprentice - Digital Services",
    "Level 3 ICT technician apprenticeship on Homerton's IT service desk and deskside support team.",
    """Help keep the hospital's computers running. Part of the week you'll be on the service desk
  logging and resolving calls from staff, the rest out and about across the hospital setting up
  laptops, printers and phones, and fixing kit on wards and in clinics (no patient care involved).
  Monday to Friday, 8am-4pm. Information Communications Technician Level 3 apprenticeship.
  No IT qualifications needed, just curiosity and good problem-solving.""",
    skills=["computers", "IT", "problem solving", "customer service"],
    interests=["IT", "computers", "technology"],
    sector="digital",
    level=3,
    std="ST0973",
    minq=2,
    gcse=False,
    age=16,
    postcode="E9 6SR",
    hours=37.5,
    pay=yr(25800, 27200),
    closing="2027-01-31",
    start="2027-03-15",
    supports=["local_resident"],
    next_steps=[],
)

E(
    "BARTS-FIN-APP",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "Finance Apprentice (Assistant Accountant, AAT Level 3)",
    "Hybrid finance apprenticeship in Barts Health's management accounts team at Aldgate.",
    """Work in the finance department that manages a budget of more than two billion pounds. You'll
  process invoices, reconcile accounts, prepare budget reports for clinical departments and learn
  how the NHS is funded, while studying AAT Level 3 (Assistant Accountant apprenticeship). Hybrid
  working - three days in the office near Aldgate East, two from home. Office hours Monday to Friday.
  You'll need GCSE maths and English grade 4/C or above.""",
    skills=["maths", "Excel", "attention to detail", "computers"],
    interests=["finance", "accounting", "office work"],
    sector="finance_hr",
    level=3,
    std="ST0002",
    minq=2,
    gcse=True,
    age=16,
    postcode="E1 8PR",
    hours=37.5,
    pay=yr(25800, 27200),
    closing="2027-02-14",
    start="2027-04-06",
    supports=[],
    next_steps=[],
)

E(
    "BARTS-HSA-APP",
    BARTS,
    "nhs_trust",
    "apprenticeship",
    "Apprentice Healthcare Science Assistant - Pathology laboratories",
    "Level 2 apprenticeship in the Barts Health pathology labs, Whitechapel, processing patient samples.",
    """Based in our pathology and pharmacy building on Newark Street. You'll receive, label and sort
  thousands of blood, urine and tissue samples every day, load analysers, centrifuge samples and
  keep the lab stocked. No patient contact - you won't take blood yourself, but you will be handling
  blood samples all day. The lab runs 24/7: shift rota of days, evenings and some weekends. Healthcare
  Science Assistant apprenticeship, Level 2. Science GCSE helpful but not essential.""",
    skills=["science", "attention to detail", "lab work", "organisation"],
    interests=["science", "biology", "labs"],
    sector="healthcare_science",
    level=2,
    std="ST0220",
    minq=1,
    gcse=False,
    age=18,
    postcode="E1 2ES",
    hours=37.5,
    pay=yr(28900, 30100),
    closing="2027-01-27",
    start="2027-03-08",
    supports=[],
    next_steps=[],
)

E(
    "HACK-EYE-APP",
    "London Borough of Hackney - Children's Centres",
    "council",
    "apprenticeship",
    "Early Years Educator Apprentice (Level 3) - Children's Centre",
    "Work with babies and under-fives in a Hackney children's centre nursery while training as an early years educator.",
    """Our children's centres in Clapton and Homerton run nurseries for children aged 0-5 and groups for
  parents. As an apprentice early years educator you'll plan play and learning, support children's
  speech and development, help with nappy changing, feeding and naps, and get to know families. Some
  children have special educational needs. The nurseries open 8am-6pm all year; you'll work 37 hours
  on an early/late rota, Monday to Friday. Early Years Educator Level 3 apprenticeship, about 18
  months.""",
    skills=["working with children", "creativity", "patience", "communication"],
    interests=["working with children", "childcare", "education"],
    sector="children_young_people",
    level=3,
    std="ST0135",
    minq=1,
    gcse=False,
    age=16,
    postcode="E5 0PU",
    hours=37,
    pay=yr(23900, 25400),
    closing="2027-02-05",
    start="2027-04-12",
    supports=["local_resident", "care_leaver"],
    next_steps=[],
)

E(
    "WALTHAMSTOW-DENT-APP",
    "Walthamstow Village Dental Practice",
    "primary_care",
    "apprenticeship",
    "Trainee Dental Nurse (apprenticeship)",
    "Level 3 dental nurse apprenticeship in a mixed NHS and private practice in Walthamstow.",
    """Friendly four-surgery practice seeks a trainee dental nurse. Chairside assisting, decontaminating
  instruments, taking and processing X-rays, reassuring nervous patients and reception cover. Monday
  to Friday 8:30-5:30 with one late evening until 8pm and alternate Saturday mornings. Dental Nurse
  Level 3 apprenticeship (GDC registration on completion). You must be comfortable around blood and
  saliva.""",
    skills=["attention to detail", "talking to people", "teamwork"],
    interests=["dentistry", "healthcare"],
    sector="dental",
    level=3,
    std="ST0113",
    minq=1,
    gcse=False,
    age=16,
    postcode="E17 7JY",
    hours=37.5,
    pay=hr(10.00, 12.50),
    closing="2027-01-22",
    start="2027-02-01",
    supports=[],
    next_steps=[],
)

# ---------------------------------------------------------------- jobs
E(
    "BARTS-HCA-BANK-RLH",
    BARTS,
    "nhs_trust",
    "job",
    "Bank Healthcare Assistant - The Royal London Hospital",
    "Flexible bank HCA shifts at the Royal London - you choose when you work.",
    """Join the Barts Health Staff Bank and pick up healthcare assistant shifts at the Royal London when
  it suits you. Book earlies, lates, long days, nights or weekends through the bank app - there is no
  minimum commitment beyond one shift a month, which makes it popular with student nurses and
  students on other health courses. Duties include personal care (washing, dressing, toileting),
  observations, supporting patients at mealtimes and 1:1 enhanced observation. You need six months'
  recent care experience or the Care Certificate.""",
    skills=["caring for people", "personal care", "observations"],
    interests=["nursing", "hospitals"],
    sector="nursing",
    level=2,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E1 1FR",
    hours=None,
    pay=hr(15.60, 16.90),
    closing=None,
    start=None,
    supports=[],
    next_steps=["BARTS-NA-APP"],
)

E(
    "BARTS-HCA-BANK-WX",
    BARTS,
    "nhs_trust",
    "job",
    "Bank Healthcare Assistant - Whipps Cross Hospital",
    "Flexible bank HCA shifts at Whipps Cross; ideal around study or other commitments.",
    """Staff Bank healthcare assistant, Whipps Cross. Choose your own shifts (early, late, night,
  weekend) via the app. Work on elderly care, medical, surgical and A&E areas: personal care,
  observations, mealtimes, 1:1 observation of confused patients. Weekly pay. Requirements: six months'
  recent care experience or Care Certificate; students on NMC-approved nursing courses welcome.""",
    skills=["caring for people", "personal care", "observations"],
    interests=["nursing", "hospitals"],
    sector="nursing",
    level=2,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E11 1NR",
    hours=None,
    pay=hr(15.60, 16.90),
    closing=None,
    start=None,
    supports=[],
    next_steps=["BARTS-NA-APP"],
)

E(
    "BARTS-PORTER-RLH",
    BARTS,
    "nhs_trust",
    "job",
    "Hospital Porter - Royal London",
    "Full-time porter moving patients, specimens and equipment around the Royal London.",
    """Porters keep the hospital moving: taking patients in beds and wheelchairs to theatres and
  scans, delivering specimens, oxygen cylinders and equipment, and moving the deceased to the
  mortuary. You'll be on your feet all day and it involves pushing and heavy lifting. 37.5 hours on a
  24/7 rota including nights and weekends. Full manual handling training given. (Closed - thank you
  for your interest.)""",
    skills=["lifting", "teamwork", "fitness", "reliability"],
    interests=["hospitals", "active work"],
    sector="estates_facilities",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E1 1FR",
    hours=37.5,
    pay=yr(28900, 29600),
    closing="2026-10-31",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "BHRUT-PORTER-WKND",
    BHRUT,
    "nhs_trust",
    "job",
    "Weekend Porter (part-time) - Queen's Hospital",
    "Part-time portering post working Saturdays and Sundays only at Queen's Hospital, Romford.",
    """We need weekend porters. Saturdays and Sundays only, 7:30am to 7:30pm (22.5 hours a week).
  Moving patients by bed and wheelchair between wards, A&E and X-ray, delivering samples, medical gas
  cylinders and linen. Physically active role with lots of walking, pushing and lifting. No
  qualifications needed; you'll get full training. Good for people with a weekday job or studying in
  the week.""",
    skills=["lifting", "fitness", "teamwork"],
    interests=["hospitals", "active work"],
    sector="estates_facilities",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="RM7 0AG",
    hours=22.5,
    pay=yr(16600, 17000),
    closing="2027-01-12",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "BARTS-PHLEB-NUH",
    BARTS,
    "nhs_trust",
    "job",
    "Phlebotomist - Outpatients, Newham University Hospital",
    "Take blood samples from adults and children in the outpatient phlebotomy clinic at Newham Hospital.",
    """You will take blood from up to 60 patients a day in the outpatient phlebotomy clinic, including
  children and people who are anxious about needles, label samples accurately and keep the clinic
  running. Full training given - no previous phlebotomy experience required, but you must be
  confident with people. Monday to Friday, 8am-4pm, no weekends or nights. Band 3.""",
    skills=["taking blood", "talking to people", "attention to detail", "calm manner"],
    interests=["healthcare", "clinical work"],
    sector="healthcare_science",
    level=None,
    std=None,
    minq=1,
    gcse=False,
    age=18,
    postcode="E13 8SL",
    hours=37.5,
    pay=yr(31000, 33300),
    closing="2027-01-19",
    start=None,
    supports=[],
    next_steps=["BARTS-NA-APP"],
)

E(
    "HOM-RECEP-OPD",
    HOM,
    "nhs_trust",
    "job",
    "Outpatient Receptionist (part-time, 22.5 hours)",
    "Front-desk receptionist for Homerton outpatient clinics, Monday to Wednesday.",
    """Be the first friendly face patients see. Checking patients in, answering the phones, booking
  follow-up appointments and dealing with queries at a busy clinic desk. 22.5 hours: Monday, Tuesday
  and Wednesday, 8:30am-5pm. Good IT skills and a calm manner with the public needed; previous
  customer service experience an advantage. Band 2.""",
    skills=["customer service", "phones", "computers", "admin"],
    interests=["admin", "talking to people"],
    sector="admin",
    level=None,
    std=None,
    minq=1,
    gcse=False,
    age=16,
    postcode="E9 6SR",
    hours=22.5,
    pay=yr(17500, 18000),
    closing="2027-01-08",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "ELFT-HCA-MH-NEWHAM",
    ELFT,
    "nhs_trust",
    "job",
    "Healthcare Assistant - Adult Acute Mental Health Ward, Newham Centre for Mental Health",
    "Support adults in crisis on an acute mental health inpatient ward in Plaistow.",
    """Our acute admission wards care for adults aged 18-65 who are very unwell with their mental
  health. As an HCA you'll spend time talking with patients, run activities, carry out observations
  to keep people safe, support with meals and physical health checks, and help the team to
  de-escalate situations (full training in prevention and management of violence is given). Patients
  are mostly young and working-age adults. 37.5 hours on a rota of days and nights, including
  weekends. Lived experience of mental health services welcomed. No qualifications needed.""",
    skills=["talking to people", "listening", "resilience", "de-escalation"],
    interests=["mental health", "psychology"],
    sector="mental_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E13 8SP",
    hours=37.5,
    pay=yr(30800, 33100),
    closing="2027-01-26",
    start=None,
    supports=[],
    next_steps=["ELFT-RNDA-MH"],
)

E(
    "ELFT-PEER-SW",
    ELFT,
    "nhs_trust",
    "job",
    "Peer Support Worker - Tower Hamlets Community Mental Health",
    "Use your own lived experience of mental health difficulties to support people in their recovery.",
    """This role is for people with personal lived experience of mental health difficulties and
  recovery. You'll meet people one-to-one in the community and at Mile End Hospital, run recovery
  groups, help people reconnect with things that matter to them, and bring the lived-experience voice
  into the team. Monday to Friday, daytime, 30 hours. Full training through the ELFT peer support
  programme.""",
    skills=["listening", "empathy", "lived experience", "talking to people"],
    interests=["mental health", "recovery"],
    sector="mental_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E1 4DG",
    hours=30,
    pay=yr(25200, 26700),
    closing="2027-02-02",
    start=None,
    supports=["disabled"],
    next_steps=["ELFT-RNDA-MH"],
)

E(
    "NELFT-DOMESTIC-EVE",
    NELFT,
    "nhs_trust",
    "job",
    "Domestic Assistant (evenings) - Goodmayes Hospital",
    "Evening cleaning role on mental health wards and corridors at Goodmayes Hospital.",
    """Evening domestic assistant, 5pm-9pm Monday to Friday (20 hours). Cleaning wards, bathrooms,
  offices and communal areas to infection-control standards, emptying bins and restocking. Patients
  will be around on the wards but there is no patient care. Uniform provided. No experience needed.""",
    skills=["cleaning", "reliability", "attention to detail"],
    interests=["active work", "hospitals"],
    sector="estates_facilities",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="IG3 8XJ",
    hours=20,
    pay=yr(14900, 15300),
    closing="2027-01-16",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "EASTWAY-HOMECARE-TH",
    "Eastway Home Care Ltd",
    "social_care",
    "job",
    "Home Care Worker - flexible hours, Tower Hamlets",
    "Visit people in their own homes in Tower Hamlets; choose mornings, school hours, evenings or weekends.",
    """Home care worker, Tower Hamlets. Flexible hours - tell us what you can do: mornings only,
  school-hours runs (9:30am-2:30pm), evening calls (4pm-10pm), weekends, or a mix. Help people with
  washing, dressing, toileting, meals, medication prompts and shopping. Clients are mostly older
  people. Walking and bus routes, no car needed. Free training and Care Certificate for new starters.
  London Living Wage plus paid travel time. Applicants with convictions considered on an individual
  basis.""",
    skills=["caring for people", "personal care", "reliability", "talking to people"],
    interests=["older people", "social care"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E14 6BT",
    hours=None,
    pay=hr(13.85, 14.60),
    closing=None,
    start=None,
    supports=["ex_offender", "local_resident"],
    next_steps=["EASTWAY-ACW-APP", "CRANBROOK-LACW-APP"],
)

E(
    "CHINGFORD-HOMECARE-DRIVER",
    "Forest Home Support (Chingford)",
    "social_care",
    "job",
    "Care Worker - Car Driver Essential (Chingford & Walthamstow)",
    "Driving home-care worker covering Chingford, Walthamstow and Woodford.",
    """Driver essential: you must have a full UK licence and your own car with business insurance
  (mileage paid at 30p per mile). Visiting adults in their own homes for personal care, meals,
  medication support and companionship. Mornings 7am-2pm and/or evenings 4pm-10pm, including every
  other weekend. Full induction and shadowing.""",
    skills=["driving", "caring for people", "personal care"],
    interests=["social care", "older people"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E4 9EY",
    hours=None,
    pay=hr(14.00, 15.50),
    closing=None,
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "BECONTREE-NIGHTS-CA",
    "Becontree Lodge Care Home",
    "social_care",
    "job",
    "Night Care Assistant - Dagenham (nights only)",
    "Nights-only care assistant in a residential care home for older people in Becontree.",
    """Permanent nights, 8pm-8am, three nights a week (36 hours). You'll settle residents to bed,
  provide personal care and continence care during the night, turn residents to prevent pressure
  sores, answer call bells and keep residents safe. Experience in care preferred but full training
  given. Enhanced night rate.""",
    skills=["caring for people", "personal care", "reliability"],
    interests=["older people", "social care"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="RM8 3AR",
    hours=36,
    pay=hr(13.85, 14.75),
    closing=None,
    start=None,
    supports=[],
    next_steps=["CRANBROOK-LACW-APP"],
)

E(
    "RB-REABLEMENT",
    "London Borough of Redbridge - Adult Social Care",
    "council",
    "job",
    "Reablement Support Worker",
    "Council reablement worker helping people regain independence at home after a hospital stay.",
    """Redbridge's reablement service works with people for up to six weeks after they leave hospital
  or have a fall, helping them relearn everyday skills such as washing, dressing, cooking and getting
  out and about, so they can live independently again. You'll visit people across the borough, so
  a full driving licence and access to a car are essential. Rota between 7am and 10pm, seven days a
  week, averaging 36 hours. Care experience desirable; NVQ/Diploma Level 2 in care preferred.""",
    skills=["caring for people", "driving", "encouraging people", "personal care"],
    interests=["social care", "older people"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="IG1 1DD",
    hours=36,
    pay=yr(31200, 34500),
    closing="2027-01-30",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "HACK-PH-ANALYST",
    "London Borough of Hackney - Public Health",
    "council",
    "job",
    "Public Health Analyst (graduate entry)",
    "Analyse health data to inform public health services in Hackney and the City; hybrid, desk-based.",
    """An entry-level analyst post for a graduate with strong numerical skills (a degree in a
  quantitative, health or social science subject, or equivalent experience). You'll produce health
  needs assessments, analyse data on obesity, smoking, sexual health and child health, and create
  dashboards for the Joint Strategic Needs Assessment. R, Excel or SQL experience desirable; training
  provided. Desk-based with no patient contact. Hybrid, with two days a week at the Hackney Service
  Centre. Monday to Friday, flexible hours.""",
    skills=["data", "statistics", "Excel", "report writing", "computers"],
    interests=["public health", "data", "research"],
    sector="public_health",
    level=6,
    std=None,
    minq=6,
    gcse=True,
    age=21,
    postcode="E8 1DY",
    hours=36,
    pay=yr(38900, 42800),
    closing="2027-01-18",
    start=None,
    supports=["disabled"],
    next_steps=[],
)

E(
    "BARTS-CATER-WX",
    BARTS,
    "nhs_trust",
    "job",
    "Ward Host / Catering Assistant - Whipps Cross",
    "Serve meals and drinks to patients on the wards and help in the hospital kitchen.",
    """Our ward hosts take the breakfast, lunch and supper service to patients, help patients choose
  from the menu (including cultural and allergy-safe options), serve hot drinks, and clean the ward
  kitchens. Some kitchen prep too. Early shifts 7am-3pm or late 12pm-8pm on a rota, with alternate
  weekends. Food hygiene training provided. 16+ welcome.""",
    skills=["cooking", "food hygiene", "customer service", "teamwork"],
    interests=["catering", "cooking", "food"],
    sector="catering",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E11 1NR",
    hours=37.5,
    pay=yr(28900, 29600),
    closing="2027-01-21",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "BARTS-ESTATES-ELEC",
    BARTS,
    "nhs_trust",
    "job",
    "Estates Maintenance Technician (Electrical) - St Bartholomew's",
    "Qualified electrician maintaining hospital electrical systems at Barts, with on-call rota.",
    """Planned and reactive maintenance of electrical plant and systems across St Bartholomew's: lighting,
  distribution boards, generators, nurse-call and theatre systems. Must hold a Level 3 electrical
  qualification (NVQ 3 or equivalent), 18th Edition and an approved test & inspection qualification.
  Monday to Friday days plus a 1-in-6 on-call rota.""",
    skills=["electrical", "maintenance", "problem solving", "working with my hands"],
    interests=["estates", "engineering", "trades"],
    sector="estates_facilities",
    level=3,
    std=None,
    minq=3,
    gcse=False,
    age=18,
    postcode="EC1A 7BE",
    hours=37.5,
    pay=yr(40200, 44100),
    closing="2027-01-25",
    start=None,
    supports=["armed_forces"],
    next_steps=[],
)

E(
    "STJ-HCA-HOSPICE",
    "St Joseph's Hospice",
    "charity",
    "job",
    "Healthcare Assistant - Inpatient Unit (end-of-life care)",
    "Provide compassionate personal and end-of-life care on our hospice inpatient unit in Hackney.",
    """St Joseph's Hospice cares for people with life-limiting illness from Hackney, Newham and Tower
  Hamlets. On our inpatient unit you'll provide personal care, comfort and dignity to patients in the
  last weeks and days of life, support families, and care for patients after death. Rota of day and
  night shifts, including weekends. Previous care experience essential. Full and part-time hours.""",
    skills=["caring for people", "personal care", "compassion", "end of life care"],
    interests=["end of life care", "hospice", "caring for people"],
    sector="nursing",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E8 4SA",
    hours=None,
    pay=yr(27800, 30400),
    closing="2027-01-28",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "TH-GPCG-CARENAV",
    "Tower Hamlets GP Care Group",
    "primary_care",
    "job",
    "Care Navigator - GP Extended Access Hubs (evenings & Saturdays)",
    "Part-time receptionist and care navigator for evening and Saturday GP appointments, 16 hours.",
    """Our extended access hubs offer GP and nurse appointments outside normal hours. Care navigators
  answer calls, book and check in patients, and signpost people to the right service. Phones most of
  the shift. 16 hours a week: two weekday evenings 6pm-8pm plus Saturday 8am-8pm. Based at the Mile
  End hub. Good fit for students.""",
    skills=["phones", "customer service", "admin", "talking to people"],
    interests=["admin", "GP surgery"],
    sector="admin",
    level=None,
    std=None,
    minq=1,
    gcse=False,
    age=18,
    postcode="E1 4DG",
    hours=16,
    pay=hr(14.20, 14.90),
    closing="2027-01-14",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "ILFORD-PHARM-WKND",
    "Cranbrook Road Pharmacy, Ilford",
    "primary_care",
    "job",
    "Saturday & Sunday Medicines Counter Assistant",
    "Weekend medicines counter assistant in a community pharmacy in Ilford; 16+.",
    """Weekend job: Saturdays 9am-6pm and Sundays 10am-4pm (about 14 hours). Serving customers, selling
  over-the-counter medicines, handing out prescriptions and taking in stock. We'll put you through the
  medicines counter assistant course. Ideal for sixth-form or university students - especially anyone
  thinking about pharmacy.""",
    skills=["customer service", "talking to people", "reliability"],
    interests=["pharmacy", "medicines", "retail"],
    sector="pharmacy",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="IG1 1NB",
    hours=14,
    pay=hr(11.50, 12.75),
    closing=None,
    start=None,
    supports=[],
    next_steps=["FG-PHARM-PSA-APP", "BHRUT-PHARMTECH-APP"],
)

E(
    "QMUL-RA-TRIALS",
    "Queen Mary University of London",
    "university",
    "job",
    "Research Assistant - Clinical Trials Unit (Blizard Institute)",
    "Graduate research assistant supporting clinical trials in Whitechapel.",
    """Support the day-to-day running of clinical trials: recruiting and consenting participants in
  clinics, collecting questionnaire data, processing blood samples in the lab, entering data and
  keeping trial files up to date. Degree in life sciences, psychology or a health subject required.
  Full time, 2-year fixed term. Monday to Friday. Applications closed 20 November.""",
    skills=["research", "data", "attention to detail", "science"],
    interests=["research", "science"],
    sector="research",
    level=6,
    std=None,
    minq=6,
    gcse=True,
    age=21,
    postcode="E1 2AT",
    hours=35,
    pay=yr(34800, 37200),
    closing="2026-11-20",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "HOM-CODER-REMOTE",
    HOM,
    "nhs_trust",
    "job",
    "Trainee Clinical Coder (home-based after training)",
    "Translate patient records into clinical codes; fully remote after six weeks' induction.",
    """Clinical coders read hospital discharge summaries and case notes and translate diagnoses and
  procedures into standard codes (ICD-10 and OPCS-4) used for NHS funding and research. No patient
  contact and no phone work - it's quiet, careful, screen-based work. After a six-week induction on
  site you'll work from home, Monday to Friday, flexible hours between 7am and 7pm. Full training to
  the national clinical coding standards. GCSE English and maths at grade 4/C or above required;
  an interest in anatomy and medical terms helps.""",
    skills=["attention to detail", "computers", "reading", "working independently"],
    interests=["admin", "data", "working from home"],
    sector="admin",
    level=None,
    std=None,
    minq=2,
    gcse=True,
    age=18,
    postcode=None,
    remote=True,
    hours=37.5,
    pay=yr(28900, 30100),
    closing="2027-02-01",
    start=None,
    supports=["disabled", "young_carer"],
    next_steps=[],
)

E(
    "NELFT-OTA-COMMUNITY",
    NELFT,
    "nhs_trust",
    "job",
    "Occupational Therapy Assistant - Community Rehabilitation (Waltham Forest)",
    "Band 3 OT assistant in a community rehab team, helping people stay independent at home.",
    """Work with occupational therapists and physiotherapists to help adults recovering from illness,
  falls or surgery to stay independent. You'll assess homes for equipment (grab rails, perching stools,
  bed raisers), deliver and fit small aids, carry out exercise programmes and practise everyday tasks
  with people. This role does not include personal care. Monday to Friday, 9am-5pm. You'll travel
  between patients' homes - a driving licence is desirable but not essential, many of the team use
  buses and the Overground. After 12 months, staff can apply for our OT and physiotherapy degree
  apprenticeships.""",
    skills=["talking to people", "problem solving", "encouraging people", "practical skills"],
    interests=["occupational therapy", "physiotherapy", "rehabilitation"],
    sector="allied_health",
    level=None,
    std=None,
    minq=2,
    gcse=True,
    age=18,
    postcode="E17 3LA",
    hours=37.5,
    pay=yr(29200, 31500),
    closing="2027-02-10",
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "HOM-LOGISTICS-DRIVER",
    HOM,
    "nhs_trust",
    "job",
    "Transport & Logistics Driver (van)",
    "Van driver delivering supplies, post and specimens between Homerton and community clinics.",
    """Drive one of our vans on scheduled runs between Homerton Hospital and 20+ community clinics and
  health centres in Hackney and the City, delivering supplies, post, medical records and sealed
  specimen boxes. Loading and unloading (up to 20kg). Full UK driving licence held for at least 2
  years. Monday to Friday, 7am-3pm. No weekends.""",
    skills=["driving", "lifting", "reliability", "time management"],
    interests=["driving", "logistics"],
    sector="estates_facilities",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=21,
    postcode="E9 6SR",
    hours=37.5,
    pay=yr(28900, 30100),
    closing="2027-01-29",
    start=None,
    supports=["armed_forces", "ex_offender"],
    next_steps=[],
)

E(
    "HOM-SCHOOLNURSING-ADMIN",
    HOM,
    "nhs_trust",
    "job",
    "Administrator - School Health Service (term time only)",
    "Term-time-only admin post supporting Hackney's school nurses, 9am-3pm.",
    """Hackney and City School Health is looking for an administrator to support school nurses. Term
  time only, 9am to 3pm, Monday to Friday (30 hours in term). Booking immunisation sessions in
  schools, sending consent letters to parents, updating records on the clinical system and taking
  messages. Admin experience essential; good Word and Excel skills.""",
    skills=["admin", "computers", "organisation", "phones"],
    interests=["admin", "children's health"],
    sector="admin",
    level=None,
    std=None,
    minq=2,
    gcse=False,
    age=18,
    postcode="E9 6SR",
    hours=30,
    pay=yr(19900, 20600),
    closing="2027-01-15",
    start=None,
    supports=[],
    next_steps=[],
)

# ---------------------------------------------------------------- entry routes
E(
    "BHRUT-INTL-NURSE",
    BHRUT,
    "nhs_trust",
    "entry_route",
    "Internationally Educated Nurses - OSCE preparation and registration pathway",
    "Paid pre-registration post and OSCE preparation for nurses trained overseas who have passed the NMC CBT.",
    """For nurses who qualified outside the UK and already live here. If you have passed the NMC
  Computer Based Test and the English language requirement (IELTS 7 / OET B), we employ you as a
  Band 4 pre-registration nurse at Queen's or King George while our clinical educators prepare you
  for the OSCE. Once you are on the NMC register you move to a Band 5 staff nurse post. Includes
  mentoring and a pastoral support group. Shift work on adult wards. Refugee nurses are very welcome.""",
    skills=["nursing", "clinical skills", "English"],
    interests=["nursing", "registration"],
    sector="nursing",
    level=None,
    std=None,
    minq=6,
    gcse=False,
    age=21,
    postcode="RM7 0AG",
    hours=37.5,
    pay=yr(32500, 35500),
    closing="2027-03-31",
    start=None,
    supports=["refugee"],
    next_steps=[],
)

E(
    "BARTS-REFUGEE-HP",
    BARTS,
    "nhs_trust",
    "entry_route",
    "Refugee Healthcare Professionals Programme",
    "Support for refugee doctors, nurses, pharmacists and dentists to requalify and work in the NHS.",
    """Run with an east London refugee charity. For doctors, nurses, pharmacists, dentists and allied
  health professionals who qualified abroad and have refugee status or asylum in the UK. The programme
  offers OET/IELTS English classes, PLAB 1 and 2 preparation or NMC/GPhC guidance, a 4-6 week
  unpaid clinical attachment at the Royal London or Newham, mentoring from doctors who have been
  through the process, and help with CVs and NHS applications. Free. Travel and childcare costs
  reimbursed.""",
    skills=["clinical knowledge", "English", "resilience"],
    interests=["medicine", "nursing", "pharmacy", "registration"],
    sector="medical",
    level=None,
    std=None,
    minq=6,
    gcse=False,
    age=21,
    postcode="E1 1FR",
    hours=None,
    pay=NONE,
    closing="2027-02-26",
    start="2027-04-01",
    supports=["refugee"],
    next_steps=[],
)

E(
    "NEWHAM-SW-STEPUP",
    "London Borough of Newham - Children's Services",
    "council",
    "entry_route",
    "Step Up to Social Work (children and families) - Newham",
    "Fast-track graduate route into children's social work with a bursary, based in Newham.",
    """A 14-month, full-time postgraduate programme for graduates who want to become children and
  families social workers. You'll study for a PG Diploma with a university partner while on
  placements in Newham's children's services (child protection, looked-after children, family
  support), then register with Social Work England. Tax-free bursary and fees paid. Degree at 2:2 or
  above plus GCSE English and maths; experience with children or families essential. Applications
  for this cohort have closed.""",
    skills=["working with children", "communication", "resilience", "report writing"],
    interests=["social work", "children and families"],
    sector="children_young_people",
    level=7,
    std=None,
    minq=6,
    gcse=True,
    age=21,
    postcode="E16 2QU",
    hours=37,
    pay=yr(19800, 19800),
    closing="2026-10-15",
    start="2027-01-11",
    supports=[],
    next_steps=[],
)

E(
    "LAS-STEP-INTO-HEALTH",
    LAS,
    "ambulance",
    "entry_route",
    "Step into Health - armed forces leavers and veterans",
    "Routes into the London Ambulance Service for service leavers, veterans and reservists.",
    """Step into Health is the NHS programme for people leaving or who have left the armed forces. At
  LAS we offer insight days, work placements in our control rooms, fleet workshops and on ambulances,
  and a guaranteed interview for our apprentice Emergency Ambulance Crew, Emergency Medical
  Dispatcher and fleet technician roles. Your military medical, logistics and driving experience
  counts. Mentoring from veterans already in LAS. Partners and spouses of service personnel are also
  welcome to use the programme.""",
    skills=["teamwork", "driving", "first aid", "calm under pressure"],
    interests=["ambulance", "emergency care"],
    sector="ambulance",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E3 2AR",
    hours=None,
    pay=None,
    closing=None,
    start=None,
    supports=["armed_forces"],
    next_steps=["LAS-AAP-APP", "LAS-EMD-APP"],
)

E(
    "ELFT-CARE-LEAVERS",
    ELFT,
    "nhs_trust",
    "entry_route",
    "Care Leavers' Pathway - paid placement and guaranteed interview",
    "A paid 12-week placement for care leavers aged 16-25, with a guaranteed apprenticeship interview.",
    """If you've been in care, ELFT's Care Leavers' Pathway gives you a paid 12-week placement in a team
  of your choice (admin, IT, estates, mental health wards, community teams), a named mentor, and a
  guaranteed interview for one of our apprenticeships when you finish. Flexible start dates and
  hours (16-30 hours a week) to fit around college. Help with travel costs and bank accounts. For care
  leavers aged 16-25 living in east London.""",
    skills=["teamwork", "reliability"],
    interests=["mental health", "admin", "healthcare"],
    sector="mental_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E1 8DE",
    hours=None,
    pay=hr(13.85, 13.85),
    closing=None,
    start=None,
    supports=["care_leaver"],
    next_steps=["ELFT-RNDA-MH"],
)

E(
    "NELFT-RTP",
    NELFT,
    "nhs_trust",
    "entry_route",
    "Return to Practice - nurses and allied health professionals",
    "Funded route back onto the NMC or HCPC register for nurses and AHPs whose registration has lapsed.",
    """Were you once a registered nurse, physiotherapist, occupational therapist or other AHP? Our return
  to practice programme funds your university course and gives you a supported clinical placement in
  NELFT community or mental health services, with a bursary towards costs. Flexible placement hours.
  On completion you re-join the register and can apply for Band 5 posts.""",
    skills=["clinical skills", "nursing"],
    interests=["nursing", "allied health", "registration"],
    sector="nursing",
    level=6,
    std=None,
    minq=5,
    gcse=False,
    age=21,
    postcode="IG3 8XJ",
    hours=None,
    pay=NONE,
    closing="2027-03-15",
    start="2027-05-04",
    supports=[],
    next_steps=[],
)

E(
    "BHRUT-FTP",
    BHRUT,
    "nhs_trust",
    "entry_route",
    "Foundation Trainee Pharmacist 2027/28",
    "One-year paid foundation training year for MPharm graduates leading to GPhC registration.",
    """A 52-week foundation training year in hospital pharmacy at Queen's and King George, with a
  cross-sector rotation in community pharmacy and general practice. Open to MPharm graduates from a
  GPhC-accredited degree (or OSPAP for overseas-qualified pharmacists). You'll be supervised towards the
  GPhC registration assessment. Rota includes weekends and late shifts. Apply via the national Oriel
  recruitment scheme.""",
    skills=["pharmacy", "clinical knowledge", "communication"],
    interests=["pharmacy", "registration"],
    sector="pharmacy",
    level=7,
    std=None,
    minq=7,
    gcse=True,
    age=21,
    postcode="RM7 0AG",
    hours=37.5,
    pay=yr(33500, 34900),
    closing="2027-02-12",
    start="2027-07-26",
    supports=[],
    next_steps=[],
)

E(
    "FRESHSTART-CARE",
    "Fresh Start East London (charity)",
    "charity",
    "entry_route",
    "Fresh Start into Care - for people with convictions",
    "Free training and a guaranteed interview with home-care employers for people with criminal records.",
    """For adults with a criminal record who want to work in care. Six weeks of free training (Care
  Certificate, manual handling, safeguarding), one-to-one advice on disclosure and the DBS, and a
  guaranteed interview with one of our partner home-care agencies in Hackney, Tower Hamlets and
  Newham. Sessions Tuesday and Thursday, 10am-2pm. Partner roles involve personal care such as washing
  and dressing people at home.""",
    skills=["caring for people", "personal care", "reliability"],
    interests=["social care", "caring for people", "second chance"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E2 9DA",
    hours=8,
    pay=NONE,
    closing=None,
    start="2027-01-19",
    supports=["ex_offender"],
    next_steps=["EASTWAY-HOMECARE-TH", "EASTWAY-ACW-APP"],
)

# ---------------------------------------------------------------- courses
E(
    "NCC-HSC-L2-POPLAR",
    "New City College - Tower Hamlets (Poplar)",
    "college",
    "course",
    "Level 2 Diploma in Health and Social Care (full time, 16-18)",
    "One-year full-time Level 2 health and social care course for 16-18 year olds in Poplar.",
    """A one-year course for school leavers who want a career in health or care but don't yet have the
  grades for Level 3. You'll study human development, communication, safeguarding and health and
  wellbeing, with a work placement in an early years setting, care home or community service. English
  and maths GCSE resits built in. Progress to T Level Health or an apprenticeship. Entry: 3 GCSEs at
  grade 2-3 or a Level 1 qualification.""",
    skills=["caring for people", "communication"],
    interests=["health and social care", "caring for people", "working with children"],
    sector="social_care",
    level=2,
    std=None,
    minq=1,
    gcse=False,
    age=16,
    postcode="E14 0AF",
    hours=16,
    pay=NONE,
    closing="2027-06-30",
    start="2027-09-06",
    supports=["send", "neet"],
    next_steps=["NCC-TLEVEL-HEALTH-RED", "BARTS-HCSW-APP-RLH"],
)

E(
    "NCC-TLEVEL-HEALTH-RED",
    "New City College - Redbridge",
    "college",
    "course",
    "T Level in Health (Adult Nursing / Midwifery support)",
    "Two-year T Level in Health with a 315-hour industry placement, for 16-19 year olds.",
    """The T Level in Health is equal to three A levels and is accepted for nursing, midwifery and other
  health degrees. Core content covers anatomy, infection control and person-centred care, with a
  specialism in supporting the adult nursing team or the midwifery team. Includes a 315-hour placement
  with our NHS partners at Queen's, King George or in the community. Entry: five GCSEs at grade 4+
  including English and maths (science grade 4 preferred).""",
    skills=["science", "caring for people", "communication"],
    interests=["nursing", "midwifery", "healthcare"],
    sector="nursing",
    level=3,
    std=None,
    minq=2,
    gcse=True,
    age=16,
    postcode="RM6 4XT",
    hours=None,
    pay=NONE,
    closing="2027-05-31",
    start="2027-09-06",
    supports=[],
    next_steps=["CITY-NURSING-BSC", "CITY-MIDWIFERY-BSC"],
)

E(
    "BDC-ACCESS-NURSING",
    "Barking & Dagenham College",
    "college",
    "course",
    "Access to HE Diploma: Nursing and Midwifery (19+)",
    "One-year Access course for adults preparing for nursing or midwifery degrees, taught in school hours.",
    """Designed for adults returning to learning who want to apply for nursing, midwifery or other health
  degrees. Biology, psychology, sociology and academic writing. Classes run three days a week, 9:30am
  to 2:30pm, term time only - so it fits around the school run. Free with an Advanced Learner Loan that
  is written off if you complete a degree. You'll need GCSE English and maths by the time you apply to
  university; we can help you take them alongside. For learners aged 19 and over.""",
    skills=["studying", "writing", "science"],
    interests=["nursing", "midwifery", "return to learning"],
    sector="nursing",
    level=3,
    std=None,
    minq=1,
    gcse=False,
    age=18,
    postcode="RM7 0XU",
    hours=15,
    pay=NONE,
    closing="2027-07-31",
    start="2027-09-13",
    supports=[],
    next_steps=["CITY-NURSING-BSC", "CITY-MIDWIFERY-BSC"],
)

E(
    "BDC-ESOL-HEALTH",
    "Barking & Dagenham College",
    "college",
    "course",
    "ESOL for Health and Care Work (Entry 2 - Level 1)",
    "Free English course for speakers of other languages who want to work in health and care.",
    """Improve your speaking, listening, reading and writing in English with a focus on health and care
  work: talking to patients, care records, health and safety words, job applications and interviews.
  Two mornings a week (Monday and Wednesday, 9:30am-12:30pm). Free for most learners, including refugees
  and asylum seekers. Includes visits from local care employers.""",
    skills=["English"],
    interests=["learning English", "care work"],
    sector="social_care",
    level=1,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="RM7 0XU",
    hours=6,
    pay=NONE,
    closing=None,
    start="2027-01-11",
    supports=["refugee"],
    next_steps=["NELCA-CARE-INTRO-ONLINE"],
)

E(
    "NCC-ESOL-CARE-HACKNEY",
    "New City College - Hackney",
    "college",
    "course",
    "ESOL with Introduction to Care (evenings)",
    "Evening ESOL course with care skills for adults in Hackney, Tower Hamlets and Newham.",
    """English for speakers of other languages, Entry 1 to Entry 3, combined with an introduction to
  care work: dignity, communication, hygiene and first aid. Evenings, Tuesday and Thursday 6pm-8:30pm.
  Free for eligible learners. Guidance on routes into care jobs and NHS volunteering when you finish.""",
    skills=["English", "caring for people"],
    interests=["learning English", "care work"],
    sector="social_care",
    level=1,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="N1 6HQ",
    hours=5,
    pay=NONE,
    closing=None,
    start="2027-01-12",
    supports=["refugee"],
    next_steps=["EASTWAY-HOMECARE-TH", "BARTS-VOL-RLH"],
)

E(
    "NCC-GCSE-ADULT-EVE",
    "New City College - Tower Hamlets (Poplar)",
    "college",
    "course",
    "GCSE English and Maths for Adults (evenings, 19+)",
    "Free evening GCSE English and maths for adults who need them for nursing, apprenticeships or jobs.",
    """Many NHS apprenticeships and degrees ask for GCSE English and maths at grade 4. Study one or both
  in the evening, Monday and Wednesday 6pm-9pm, September to June. Free for adults who don't already
  have a grade 4. Small classes and online homework support.""",
    skills=["English", "maths"],
    interests=["return to learning", "qualifications"],
    sector="admin",
    level=2,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E14 0AF",
    hours=6,
    pay=NONE,
    closing="2027-09-10",
    start="2027-09-13",
    supports=["neet"],
    next_steps=["BDC-ACCESS-NURSING", "BARTS-NA-APP"],
)

E(
    "QMUL-MBBS-GEP",
    "Queen Mary University of London - Barts and The London",
    "university",
    "course",
    "MBBS Graduate Entry Programme (4 years)",
    "Four-year accelerated medicine degree for graduates at Barts and The London, Whitechapel.",
    """The Graduate Entry Programme is for graduates with a 2:1 or above in a science or health-related
  degree. You'll complete the MBBS in four years, with early clinical placements at the Royal London,
  Whipps Cross, Newham and partner GP practices in east London. UCAT required. Full-time study, with
  clinical placements including some evenings, nights and weekends in later years.""",
    skills=["science", "studying", "communication"],
    interests=["medicine", "doctor"],
    sector="medical",
    level=7,
    std=None,
    minq=6,
    gcse=True,
    age=21,
    postcode="E1 2AD",
    hours=None,
    pay=NONE,
    closing="2027-01-14",
    start="2027-09-20",
    supports=[],
    next_steps=[],
)

E(
    "QMUL-MBBS-5YR",
    "Queen Mary University of London - Barts and The London",
    "university",
    "course",
    "Medicine MBBS (5 years)",
    "Five-year medicine degree at Barts and The London School of Medicine and Dentistry.",
    """Standard-entry medicine for school leavers and applicants reapplying after a gap year. A levels
  at A*AA to AAA including chemistry or biology, UCAT and interview. Problem-based learning in
  Whitechapel with clinical placements across east London from year one. Contextual offers for local
  state-school students. Applications via UCAS; October deadline for the following year's entry.""",
    skills=["science", "studying", "communication"],
    interests=["medicine", "doctor"],
    sector="medical",
    level=7,
    std=None,
    minq=3,
    gcse=True,
    age=17,
    postcode="E1 2AD",
    hours=None,
    pay=NONE,
    closing="2027-10-15",
    start="2028-09-18",
    supports=["local_resident"],
    next_steps=[],
)

E(
    "CITY-NURSING-BSC",
    "City St George's, University of London",
    "university",
    "course",
    "BSc (Hons) Nursing - Adult, Child or Mental Health",
    "Three-year nursing degree leading to NMC registration, with placements in east London trusts.",
    """Choose adult, children's or mental health nursing. Half of the course is spent in practice
  placements with Barts Health, Homerton, ELFT and community services, working the same shifts as
  staff, including nights and weekends. Clinical skills include medication, injections and wound care.
  NHS Learning Support Fund grant of at least £5,000 a year. Entry: A levels/BTEC/Access/T Level plus
  GCSE English and maths grade 4.""",
    skills=["caring for people", "science", "communication"],
    interests=["nursing", "registration"],
    sector="nursing",
    level=6,
    std=None,
    minq=3,
    gcse=True,
    age=17,
    postcode="EC1V 0HB",
    hours=None,
    pay=NONE,
    closing="2027-01-28",
    start="2027-09-20",
    supports=[],
    next_steps=[],
)

E(
    "CITY-MIDWIFERY-BSC",
    "City St George's, University of London",
    "university",
    "course",
    "BSc (Hons) Midwifery",
    "Three-year midwifery degree with placements at east London maternity units.",
    """Train to be a midwife with placements at the Royal London, Homerton, Newham and Whipps Cross
  maternity units and in community midwifery teams. You'll support women and families through
  pregnancy, birth and the weeks after, including attending births and working shifts that include
  nights and weekends. Entry: A levels or equivalent including a science (or T Level Health/Access),
  plus GCSE English and maths grade 4. NHS Learning Support Fund available.""",
    skills=["caring for people", "communication", "science"],
    interests=["midwifery", "babies", "registration"],
    sector="midwifery",
    level=6,
    std=None,
    minq=3,
    gcse=True,
    age=17,
    postcode="EC1V 0HB",
    hours=None,
    pay=NONE,
    closing="2027-01-28",
    start="2027-09-20",
    supports=[],
    next_steps=[],
)

E(
    "CITY-RADIOGRAPHY-BSC",
    "City St George's, University of London",
    "university",
    "course",
    "BSc (Hons) Radiography (Diagnostic Imaging)",
    "Three-year diagnostic radiography degree leading to HCPC registration.",
    """Learn to produce and interpret X-ray, CT, MRI and fluoroscopy images, with clinical placements in
  imaging departments across London including Barts Health and Homerton. Placements involve shift work
  in emergency departments. Entry: A levels or equivalent including a science or maths, GCSE English and
  maths. Graduates can register with the HCPC and work as diagnostic radiographers.""",
    skills=["science", "technology", "communication"],
    interests=["radiography", "imaging", "science"],
    sector="allied_health",
    level=6,
    std=None,
    minq=3,
    gcse=True,
    age=17,
    postcode="EC1V 0HB",
    hours=None,
    pay=NONE,
    closing="2027-01-28",
    start="2027-09-20",
    supports=[],
    next_steps=[],
)

E(
    "UEL-PHYSIO-BSC",
    "University of East London",
    "university",
    "course",
    "BSc (Hons) Physiotherapy",
    "Three-year physiotherapy degree at UEL's Stratford campus, leading to HCPC registration.",
    """Study physiotherapy at our Stratford campus, next to the Olympic Park, with 1,000 hours of clinical
  placement in hospitals, community teams and sports settings. Musculoskeletal, neurological and
  respiratory physiotherapy, rehabilitation and exercise prescription. Entry: A levels or equivalent
  with a biological science or PE, GCSE English and maths. Eligible for the NHS Learning Support Fund.""",
    skills=["science", "sport", "communication", "encouraging people"],
    interests=["physiotherapy", "sport", "rehabilitation"],
    sector="allied_health",
    level=6,
    std=None,
    minq=3,
    gcse=True,
    age=17,
    postcode="E15 4LZ",
    hours=None,
    pay=NONE,
    closing="2027-01-28",
    start="2027-09-20",
    supports=[],
    next_steps=[],
)

E(
    "NELCA-CARE-INTRO-ONLINE",
    "North East London Care Academy",
    "council",
    "course",
    "Introduction to Adult Social Care (online, free)",
    "Free self-paced online course covering the basics of care work, with a guaranteed interview route.",
    """A free three-week online course run by the councils of north east London for anyone thinking
  about care work. Short videos and quizzes on dignity, safeguarding, personal care, dementia
  awareness and what a day in care looks like. Study whenever suits you, from your phone or laptop.
  Finish the course and you can ask for a guaranteed interview with a local care provider.""",
    skills=["caring for people"],
    interests=["social care", "care work"],
    sector="social_care",
    level=1,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode=None,
    remote=True,
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=["local_resident", "neet"],
    next_steps=["EASTWAY-HOMECARE-TH", "ARDLEIGH-ACW-APP", "EASTWAY-ACW-APP"],
)

E(
    "NELFT-RECOVERY-ONLINE",
    NELFT,
    "nhs_trust",
    "course",
    "Recovery College online: Understanding Anxiety and Low Mood",
    "Free online Recovery College course for anyone 18+ living or working in north east London, including carers.",
    """NELFT's Recovery College runs free courses co-produced by people with lived experience and
  mental health professionals. This four-week online course covers what anxiety and low mood are, how
  to look after your wellbeing and how to support someone else. Open to anyone aged 18+ who lives or
  works in north east London - people who use services, carers, family members and staff. Weekly
  90-minute live sessions on Zoom, Thursdays 7pm.""",
    skills=["listening", "self-care"],
    interests=["mental health", "wellbeing"],
    sector="mental_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode=None,
    remote=True,
    hours=1.5,
    pay=NONE,
    closing=None,
    start="2027-01-14",
    supports=["disabled", "young_carer"],
    next_steps=[],
)

# ---------------------------------------------------------------- volunteering
E(
    "BARTS-VOL-RLH",
    BARTS,
    "nhs_trust",
    "volunteering",
    "Ward and Wayfinding Volunteer - The Royal London",
    "Help patients find their way and keep them company on the wards; 3 hours a week.",
    """Greet visitors at the main entrance, guide people to clinics, and on the wards chat with patients,
  help at mealtimes (e.g. opening packets, encouraging people to eat) and run the tea trolley. No
  personal or clinical care. One 3-hour slot a week: weekday mornings or Saturday afternoons. Age 16+.
  Languages including Bengali and Sylheti are a real asset.""",
    skills=["talking to people", "kindness", "languages"],
    interests=["hospitals", "helping people"],
    sector="nursing",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E1 1FR",
    hours=3,
    pay=NONE,
    closing=None,
    start=None,
    supports=["local_resident"],
    next_steps=["BARTS-HCSW-APP-RLH"],
)

E(
    "BARTS-VOL-YOUTH-WX",
    BARTS,
    "nhs_trust",
    "volunteering",
    "Young Volunteers Programme (16-24) - Whipps Cross",
    "Evening and weekend volunteering for 16-24 year olds who are interested in health careers.",
    """Our young volunteers programme is for 16-24 year olds and fits around school, college or work:
  sessions are weekday evenings (5-8pm) and weekend days. You'll help on wards with drinks, activities
  and chatting to patients, support the discharge lounge and A&E waiting areas, and get a mentor, a
  reference and careers talks from NHS staff. Great for UCAS personal statements and apprenticeship
  applications.""",
    skills=["talking to people", "teamwork"],
    interests=["nursing", "medicine", "health careers"],
    sector="nursing",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E11 1NR",
    hours=3,
    pay=NONE,
    closing=None,
    start=None,
    supports=["local_resident", "young_carer", "care_leaver"],
    next_steps=["BARTS-HCSW-APP-WX"],
)

E(
    "STJ-VOL-NEIGHBOURS",
    "St Joseph's Hospice",
    "charity",
    "volunteering",
    "Compassionate Neighbours volunteer",
    "Visit someone in your community who is living with a terminal illness or is lonely.",
    """Compassionate Neighbours are local people trained to visit someone living with a life-limiting
  illness, or who is isolated, in their own home in Hackney, Newham, Tower Hamlets or the City. You
  offer friendship: a cup of tea, a chat, a walk to the shops. No personal care. Flexible - you agree a
  time each week with your neighbour. Free training. 18+.""",
    skills=["listening", "kindness", "talking to people"],
    interests=["end of life care", "community", "older people"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E8 4SA",
    hours=2,
    pay=NONE,
    closing=None,
    start=None,
    supports=[],
    next_steps=["STJ-HCA-HOSPICE"],
)

E(
    "LAS-CFR",
    LAS,
    "ambulance",
    "volunteering",
    "Community First Responder (volunteer)",
    "Volunteer to respond to life-threatening 999 calls in your own neighbourhood.",
    """Community First Responders are sent by the 999 control room to cardiac arrests and other
  life-threatening emergencies near where they live or work, arriving before the ambulance to start
  CPR, use a defibrillator and give oxygen. You choose when you're on call - most CFRs do evenings and
  weekends. Full training. You need to be 18+, have a full driving licence and access to a car, and be
  able to cope with distressing situations.""",
    skills=["first aid", "driving", "calm under pressure"],
    interests=["ambulance", "emergency care", "paramedic"],
    sector="ambulance",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="RM7 0AE",
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=[],
    next_steps=["LAS-AAP-APP"],
)

E(
    "AGEUK-PHONE-BEFRIEND",
    "Age UK Redbridge, Barking and Havering",
    "charity",
    "volunteering",
    "Telephone Befriender (from home)",
    "Make a weekly friendly phone call to an older person who lives alone - from your own home.",
    """Many older people in Redbridge, Barking & Dagenham and Havering go days without speaking to anyone.
  As a telephone befriender you'll call the same person once a week for a chat - about 30-60 minutes
  at a time that suits you both. All from home; training and support by Zoom. 18+.""",
    skills=["talking to people", "listening", "phones"],
    interests=["older people", "helping people"],
    sector="social_care",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode=None,
    remote=True,
    hours=1,
    pay=NONE,
    closing=None,
    start=None,
    supports=[],
    next_steps=[],
)

E(
    "HACK-YC-MENTOR",
    "Hackney Young Carers Project",
    "charity",
    "volunteering",
    "Young Carer Peer Mentor (16-25)",
    "Volunteer peer mentor for younger carers, for people aged 16-25 with their own caring experience.",
    """Are you, or were you, a young carer? Become a peer mentor for carers aged 8-15: join our Saturday
  clubs, holiday trips and online catch-ups, and help younger carers feel less alone. Fully flexible
  around your caring role - you can pause any time. Training in safeguarding and youth work, and an
  accredited youth leadership award. Travel paid.""",
    skills=["working with children", "listening", "lived experience"],
    interests=["young carers", "youth work", "working with children"],
    sector="children_young_people",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E8 3PH",
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=["young_carer"],
    next_steps=[],
)

E(
    "NEWHAM-HEALTH-CHAMPS",
    "London Borough of Newham - Public Health",
    "council",
    "volunteering",
    "Community Health Champion",
    "Share health information in your own community and languages; flexible volunteering in Newham.",
    """Health Champions are Newham residents who share trusted health information - vaccinations,
  cancer screening, healthy eating, mental wellbeing - with friends, neighbours, faith groups and
  community events. Training in Stratford, then volunteer as much or as little as you like. Speaking
  community languages is a big plus. 16+.""",
    skills=["talking to people", "languages", "community work"],
    interests=["public health", "community", "helping people"],
    sector="public_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E15 4BQ",
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=["local_resident", "refugee"],
    next_steps=[],
)

E(
    "SJA-CADETS-ROMFORD",
    "St John Ambulance",
    "charity",
    "volunteering",
    "St John Ambulance Cadets (ages 10-17) - Romford unit",
    "Weekly first aid youth group with the chance to volunteer at events.",
    """Cadets meet every Tuesday evening, 7pm-9pm, in Romford. Learn first aid, take part in competitions,
  earn badges and awards, and from age 12 help our adult volunteers provide first aid cover at
  community events, football matches and fun runs at weekends. Free to join; uniform provided.""",
    skills=["first aid", "teamwork"],
    interests=["first aid", "ambulance", "health careers", "sport"],
    sector="ambulance",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=None,
    postcode="RM1 4JT",
    hours=2,
    pay=NONE,
    closing=None,
    start=None,
    supports=[],
    next_steps=[],
)

# ---------------------------------------------------------------- work experience
E(
    "BARTS-WEX-Y12",
    BARTS,
    "nhs_trust",
    "work_experience",
    "Year 12 Work Experience Week - Barts Health",
    "One-week summer work experience across Barts Health hospitals for Year 12 students.",
    """A week in July shadowing staff in wards, theatres, therapies, pharmacy, labs and corporate teams
  at the Royal London, Whipps Cross, Newham or St Bartholomew's. Workshops on applications to medicine,
  nursing and apprenticeships. For Year 12 students aged 16+ at schools and colleges in east London.
  Applications for this year closed on 15 November.""",
    skills=["communication"],
    interests=["medicine", "nursing", "health careers"],
    sector="medical",
    level=None,
    std=None,
    minq=1,
    gcse=False,
    age=16,
    postcode="E1 1FR",
    hours=35,
    pay=NONE,
    closing="2026-11-15",
    start="2027-07-05",
    supports=["local_resident"],
    next_steps=[],
)

E(
    "HOM-WEX-VIRTUAL",
    HOM,
    "nhs_trust",
    "work_experience",
    "Virtual Work Experience: Careers in the NHS (ages 14-18)",
    "Free online work experience exploring clinical and non-clinical NHS careers; do it at your own pace.",
    """Our virtual work experience is for 14-18 year olds anywhere. Ten short online modules on nursing,
  midwifery, therapies, pharmacy, healthcare science, IT and estates, with real staff talking about
  their jobs, plus three live Q&A evenings (Wednesdays 6pm). Do it at your own pace - great if you
  have caring responsibilities or can't get a placement. Certificate for your CV or personal
  statement.""",
    skills=["communication"],
    interests=["health careers", "nursing", "medicine", "allied health"],
    sector="allied_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=None,
    postcode=None,
    remote=True,
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=["young_carer", "send"],
    next_steps=[],
)

E(
    "BHRUT-WEX-SIXTH",
    BHRUT,
    "nhs_trust",
    "work_experience",
    "Sixth Form Work Experience - Queen's and King George",
    "Five-day placements for sixth-form students aged 16-18 at Queen's and King George hospitals.",
    """For students aged 16-18 in sixth form or college in Barking & Dagenham, Havering and Redbridge.
  Spend five days observing in a clinical area (wards, maternity, A&E, radiology, pharmacy) or a
  non-clinical team. Placements run during February half term and the Easter holidays.""",
    skills=["communication"],
    interests=["health careers", "nursing", "medicine", "midwifery"],
    sector="nursing",
    level=None,
    std=None,
    minq=1,
    gcse=False,
    age=16,
    postcode="RM7 0AG",
    hours=30,
    pay=NONE,
    closing="2027-01-09",
    start="2027-02-15",
    supports=["local_resident"],
    next_steps=[],
)

E(
    "QMUL-MED-INSIGHT",
    "Queen Mary University of London - Barts and The London",
    "university",
    "work_experience",
    "Medicine and Dentistry Insight Days (Year 10-11)",
    "Free hands-on insight days in Whitechapel for Year 10 and 11 students at east London state schools.",
    """Try suturing on practice pads, use a stethoscope, see the anatomy museum, and talk to medical and
  dental students about how they got in. For Year 10 and 11 students (age 14-16) at state schools in
  east London, with priority for students who would be first in their family to go to university.
  Four Saturdays through the spring term.""",
    skills=["science", "curiosity"],
    interests=["medicine", "dentistry", "science"],
    sector="medical",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=None,
    postcode="E1 2AD",
    hours=None,
    pay=NONE,
    closing="2027-01-31",
    start="2027-02-06",
    supports=["local_resident"],
    next_steps=["QMUL-MBBS-5YR"],
)

E(
    "LAS-WEX-INSIGHT",
    LAS,
    "ambulance",
    "work_experience",
    "Ambulance Service Insight Day",
    "A one-day introduction to the ambulance service and control room for people aged 16+.",
    """Spend a day with LAS: tour the Bow emergency operations centre, listen in to 999 calls, meet
  ambulance crews, try CPR and learn about routes into ambulance careers including apprenticeships,
  the emergency medical dispatcher role and volunteering as a community first responder. Held on
  selected Saturdays, 10am-5pm. Ages 16+; no experience or qualifications needed.""",
    skills=["first aid"],
    interests=["ambulance", "paramedic", "emergency care"],
    sector="ambulance",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E3 2AR",
    hours=7,
    pay=NONE,
    closing=None,
    start=None,
    supports=[],
    next_steps=["LAS-AAP-APP", "LAS-EMD-APP"],
)

E(
    "NELFT-WEX-AHP",
    NELFT,
    "nhs_trust",
    "work_experience",
    "Allied Health Professions Shadowing (physio, OT, speech and language, podiatry)",
    "Shadow NELFT therapists in community clinics and patients' homes; for students 16+ and adults exploring AHP careers.",
    """Spend two to five days with NELFT's allied health teams at Barking Community Hospital and community
  sites - physiotherapy, occupational therapy, speech and language therapy, podiatry and dietetics.
  Open to sixth-form and college students aged 16+, university applicants, and adults considering a
  career change into therapy. Weekdays, 9am-5pm.""",
    skills=["communication", "curiosity"],
    interests=[
        "physiotherapy",
        "occupational therapy",
        "speech and language therapy",
        "allied health",
    ],
    sector="allied_health",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="IG11 9LX",
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=[],
    next_steps=["NELFT-OTA-COMMUNITY", "UEL-PHYSIO-BSC"],
)

E(
    "RB-YC-HEALTH-TASTER",
    "Redbridge Carers Support Service",
    "charity",
    "work_experience",
    "Health Careers Taster for Young Carers (14-18)",
    "Flexible health careers taster sessions for young carers in Redbridge, online and in person.",
    """For young carers aged 14-18 living in Redbridge. Short taster visits to King George Hospital and
  NELFT community services, plus online sessions you can join from home, with NHS staff who were
  young carers themselves. Sessions are short, and you can drop in or miss one without any problem if
  your caring role gets in the way. Travel paid and a carer can be arranged to cover if needed.""",
    skills=["caring for people"],
    interests=["health careers", "nursing", "caring for people"],
    sector="nursing",
    level=None,
    std=None,
    minq=0,
    gcse=False,
    age=None,
    postcode="IG1 1BA",
    hours=None,
    pay=NONE,
    closing=None,
    start=None,
    supports=["young_carer"],
    next_steps=[],
)

# ---------------------------------------------------------------- supported internships
E(
    "BARTS-SUPINT-RLH",
    BARTS,
    "nhs_trust",
    "supported_internship",
    "Project SEARCH Supported Internship - The Royal London",
    "A one-year supported internship for young people aged 18-24 with an EHC plan.",
    """For young people aged 18-24 with a learning disability or autism and an Education, Health and
  Care plan. You'll do three 10-week work rotations in the hospital - for example portering, catering,
  pharmacy stores, sterile services or admin - with a job coach and tutor on site. Term time only,
  Monday to Friday, 9am to 3pm. The aim is a paid job at the end.""",
    skills=["reliability", "teamwork"],
    interests=["hospitals", "work skills"],
    sector="estates_facilities",
    level=1,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E1 1FR",
    hours=28,
    pay=NONE,
    closing="2027-03-31",
    start="2027-09-06",
    supports=["send", "disabled"],
    next_steps=[],
)

E(
    "BHRUT-SUPINT-QH",
    BHRUT,
    "nhs_trust",
    "supported_internship",
    "Supported Internship with Barking & Dagenham College - Queen's Hospital",
    "Supported internship for young people with an EHC plan, based at Queen's Hospital, Romford.",
    """A year-long supported internship for 17-24 year olds with an EHC plan, run by Barking & Dagenham
  College at Queen's Hospital. Placements in catering, domestic services, linen, medical records and
  stores, with a job coach. Employability and independent travel training. Term time, Monday to
  Thursday 9:30am-2:30pm.""",
    skills=["reliability", "teamwork"],
    interests=["work skills", "catering", "hospitals"],
    sector="catering",
    level=1,
    std=None,
    minq=0,
    gcse=False,
    age=17,
    postcode="RM7 0AG",
    hours=20,
    pay=NONE,
    closing="2027-04-30",
    start="2027-09-13",
    supports=["send", "disabled"],
    next_steps=[],
)

E(
    "HOM-SUPINT",
    HOM,
    "nhs_trust",
    "supported_internship",
    "Supported Internship in Digital and Admin Teams - Homerton",
    "Supported internship in IT, medical records and admin for young people with an EHC plan.",
    """A quiet-office supported internship for 18-24 year olds with an EHC plan, delivered with New City
  College. Rotations in IT asset management (labelling and setting up laptops), medical records
  scanning and general admin. Job coach on site; sensory-friendly workspaces available. Term time,
  Monday to Friday 9:30am-3pm.""",
    skills=["computers", "organisation", "attention to detail"],
    interests=["IT", "admin", "computers"],
    sector="digital",
    level=1,
    std=None,
    minq=0,
    gcse=False,
    age=18,
    postcode="E9 6SR",
    hours=25,
    pay=NONE,
    closing="2027-04-30",
    start="2027-09-06",
    supports=["send", "disabled"],
    next_steps=["HOM-IT-APP"],
)

# ---------------------------------------------------------------- foundation apprenticeships
E(
    "BARTS-FA-HSC-RLH",
    BARTS,
    "nhs_trust",
    "foundation_apprenticeship",
    "Foundation Apprenticeship in Health and Social Care (16-21) - Royal London",
    "Paid foundation apprenticeship for 16-21 year olds rotating through wards and support teams.",
    """Our foundation apprenticeship is for 16-21 year olds (up to 24 for care leavers or those with an
  EHC plan) who want to try different NHS roles before choosing. Rotate through a ward (helping with
  personal care, mealtimes and making beds), outpatients, pharmacy and patient transport. Monday to
  Friday, 8am-4pm - no nights. About 8 months, then progress to a full apprenticeship.""",
    skills=["caring for people", "teamwork", "reliability"],
    interests=["health careers", "nursing", "hospitals"],
    sector="nursing",
    level=2,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E1 1FR",
    hours=37.5,
    pay=yr(23000, 24000),
    closing="2027-02-28",
    start="2027-04-12",
    supports=["care_leaver", "send", "neet"],
    next_steps=["BARTS-HCSW-APP-RLH"],
)

E(
    "NELFT-FA-HSC",
    NELFT,
    "nhs_trust",
    "foundation_apprenticeship",
    "Foundation Apprentice - Community Health Services (16-21)",
    "Foundation apprenticeship in NELFT community clinics, with no personal care in the first year.",
    """Work in NELFT community health clinics in Barking & Dagenham and Redbridge: welcoming patients,
  helping run clinics, preparing rooms and equipment, supporting therapy and health visiting teams,
  and some admin. No personal care in this role. Monday to Friday, 8:30am-4:30pm. For 16-21 year olds
  (up to 24 for care leavers or EHC plan). Progress to a full apprenticeship in clinical support,
  admin or therapies.""",
    skills=["teamwork", "talking to people", "organisation"],
    interests=["health careers", "allied health", "community health"],
    sector="allied_health",
    level=2,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="IG11 9LX",
    hours=37.5,
    pay=yr(22000, 23000),
    closing="2027-03-07",
    start="2027-04-19",
    supports=["care_leaver", "send", "neet"],
    next_steps=["NELFT-OTA-COMMUNITY"],
)

E(
    "HOM-FA-DIGITAL",
    HOM,
    "nhs_trust",
    "foundation_apprenticeship",
    "Digital Foundation Apprentice (16-21)",
    "Foundation apprenticeship in Homerton's digital team: IT support, data and digital skills.",
    """Get started in digital in the NHS. Over eight months you'll spend time with our IT service desk,
  networks, data and digital transformation teams, learn to build and fix laptops, and get an
  introduction to data and cyber security. Mostly office-based, no patient care. Monday to Friday,
  9am-5pm. For 16-21 year olds (up to 24 for care leavers or people with an EHC plan).""",
    skills=["computers", "IT", "problem solving"],
    interests=["IT", "computers", "data"],
    sector="digital",
    level=2,
    std=None,
    minq=0,
    gcse=False,
    age=16,
    postcode="E9 6SR",
    hours=37.5,
    pay=yr(22000, 23000),
    closing="2027-02-21",
    start="2027-04-12",
    supports=["care_leaver", "send", "neet"],
    next_steps=["HOM-IT-APP"],
)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "catalogue.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(ROWS), "pathways written")
