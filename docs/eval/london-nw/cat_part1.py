"""Part 1: apprenticeships and foundation apprenticeships."""

from cat_common import *

HCSW_DESC = """Our {site} wards are looking for caring people to start a career in nursing
through a 15-month Level 2 Healthcare Support Worker apprenticeship. You will work alongside
registered nurses helping patients with washing, dressing, eating and drinking, moving around
the ward and going to the toilet, and you will learn to take observations such as blood
pressure, pulse and temperature. {extra} The post is 37.5 hours a week on a rota of earlies,
lates and nights, including weekends and bank holidays. You'll spend the equivalent of one day
a fortnight on off-the-job learning with our college partner. No formal qualifications are
needed: if you do not have GCSE English and maths at grade 4/C we will support you to achieve
Functional Skills Level 1 and 2 during the programme. Applicants must be 18 or over. Care
leavers and local residents are guaranteed an interview if they meet the essential criteria.
On completion you can apply for our Senior HCSW or Nursing Associate programmes."""

ITEMS = [
    R(
        "IMP-HCSW-APP-STM",
        IMP,
        "nhs_trust",
        "apprenticeship",
        "Healthcare Support Worker Apprentice - St Mary's Hospital",
        "Earn while you train as a healthcare support worker on adult wards at St Mary's in Paddington.",
        HCSW_DESC.format(
            site="St Mary's Hospital",
            extra="Wards include general surgery, acute medicine and the major trauma ward.",
        ),
        skills=["caring for people", "communication", "teamwork", "personal care"],
        interests=["nursing", "helping people", "hospitals"],
        sector="nursing",
        level=2,
        standard_code="ST0216",
        min_qual=0,
        gcse=False,
        min_age=18,
        postcode="W2 1NY",
        hours=37.5,
        pay=yr(26500, 28900),
        closing="2027-01-15",
        start="2027-03-01",
        supports=["care_leaver", "local_resident"],
        next_steps=["LNW-SHCSW-APP-NPH", "LNW-NA-APP-NPH"],
    ),
    R(
        "IMP-HCSW-APP-CXH",
        IMP,
        "nhs_trust",
        "apprenticeship",
        "Healthcare Support Worker Apprentice - Charing Cross Hospital",
        "Level 2 healthcare support worker apprenticeship on elderly care and stroke wards at Charing Cross.",
        HCSW_DESC.format(
            site="Charing Cross Hospital",
            extra="Most of our patients are older people, many living with dementia or recovering from a stroke, so patience and a sense of humour help.",
        ),
        skills=["caring for people", "communication", "patience", "personal care"],
        interests=["nursing", "older people", "hospitals"],
        sector="nursing",
        level=2,
        standard_code="ST0216",
        min_qual=0,
        gcse=False,
        min_age=18,
        postcode="W6 8RF",
        hours=37.5,
        pay=yr(26500, 28900),
        closing="2027-01-15",
        start="2027-03-01",
        supports=["care_leaver", "local_resident"],
        next_steps=["LNW-SHCSW-APP-NPH", "LNW-NA-APP-NPH"],
    ),
    R(
        "IMP-HCSW-APP-HH",
        IMP,
        "nhs_trust",
        "apprenticeship",
        "Healthcare Support Worker Apprentice - Hammersmith Hospital",
        "Healthcare support worker apprenticeship on cardiology and renal wards at Hammersmith Hospital.",
        HCSW_DESC.format(
            site="Hammersmith Hospital",
            extra="You will support patients on our cardiology, haematology and renal wards, including people having dialysis.",
        ),
        skills=["caring for people", "communication", "teamwork"],
        interests=["nursing", "hospitals", "heart"],
        sector="nursing",
        level=2,
        standard_code="ST0216",
        min_qual=0,
        gcse=False,
        min_age=18,
        postcode="W12 0HS",
        hours=37.5,
        pay=yr(26500, 28900),
        closing="2026-11-20",
        start="2027-01-05",
        supports=["care_leaver", "local_resident"],
        next_steps=["LNW-SHCSW-APP-NPH"],
    ),
    R(
        "LNW-SHCSW-APP-NPH",
        LNW,
        "nhs_trust",
        "apprenticeship",
        "Senior Healthcare Support Worker Apprenticeship (Level 3) - Northwick Park",
        "Level 3 apprenticeship for experienced carers working in A&E and acute medicine at Northwick Park.",
        """Band 3 trainee post in the Emergency Department and Acute Medical Unit at Northwick Park
  Hospital, Harrow. You'll already have at least six months' experience of hands-on care (hospital,
  care home or home care) and GCSE English and maths at 4/C or Functional Skills Level 2. Over 18
  months you will learn clinical skills including venepuncture (taking blood), cannulation,
  12-lead ECGs, blood glucose monitoring, wound care and recognising the deteriorating patient,
  as well as continuing to provide personal care. 12.5-hour shifts, days and nights, on a
  four-week rolling rota. Fast-paced, sometimes distressing environment - resilience essential.
  Successful apprentices are well placed for our Trainee Nursing Associate intake.""",
        skills=["caring for people", "clinical skills", "taking blood", "resilience"],
        interests=["nursing", "emergency care", "A&E"],
        sector="nursing",
        level=3,
        standard_code="ST0217",
        min_qual=2,
        gcse=True,
        min_age=18,
        postcode="HA1 3UJ",
        hours=37.5,
        pay=yr(29500, 31800),
        closing="2027-01-31",
        start="2027-04-01",
        next_steps=["LNW-NA-APP-NPH"],
    ),
    R(
        "LNW-NA-APP-NPH",
        LNW,
        "nhs_trust",
        "apprenticeship",
        "Trainee Nursing Associate (Foundation Degree Apprenticeship)",
        "Two-year Level 5 nursing associate apprenticeship, registering with the NMC on completion.",
        """Become a registered Nursing Associate while you earn. Trainee Nursing Associates (TNAs) at
  LNWH spend two years rotating through adult inpatient wards, community and outpatient
  placements across Northwick Park, Ealing and Central Middlesex hospitals, with one day a week at
  university studying for a Foundation Degree. You will give direct patient care, administer
  medicines under supervision, take bloods and carry out clinical observations. Shift work
  including nights and weekends is required on placement. Entry: GCSE English and maths grade 4/C
  (or Level 2 Functional Skills), evidence of study at Level 3 or relevant care experience. Open to
  existing staff and external applicants. After registering, NAs can top up to a Registered Nurse
  degree apprenticeship in around two years.""",
        skills=["caring for people", "clinical skills", "medicines", "studying"],
        interests=["nursing", "hospitals", "becoming a nurse"],
        sector="nursing",
        level=5,
        standard_code="ST0508",
        min_qual=2,
        gcse=True,
        min_age=18,
        postcode="HA1 3UJ",
        hours=37.5,
        pay=yr(29500, 31800),
        closing="2027-02-14",
        start="2027-09-06",
        next_steps=["LNW-RNDA-APP-EAL"],
    ),
    R(
        "LNW-RNDA-APP-EAL",
        LNW,
        "nhs_trust",
        "apprenticeship",
        "Registered Nurse Degree Apprenticeship (Adult) - Ealing Hospital",
        "Salaried route to becoming a registered adult nurse, based at Ealing Hospital in Southall.",
        """Four-year Registered Nurse (Adult) degree apprenticeship (two years for registered Nursing
  Associates). You'll be employed by LNWH at Ealing Hospital throughout, studying with our
  university partner and completing practice placements including theatres, community nursing,
  mental health and paediatrics. You must hold a Level 3 qualification (A levels, BTEC, T Level or
  Access to HE) plus GCSE English and maths at 4/C. Full time, shifts including nights. This is a
  route to NMC registration - graduates are offered a Band 5 staff nurse post.""",
        skills=["caring for people", "clinical skills", "studying", "leadership"],
        interests=["nursing", "becoming a nurse", "degree"],
        sector="nursing",
        level=6,
        standard_code="ST0781",
        min_qual=3,
        gcse=True,
        min_age=18,
        postcode="UB1 3HW",
        hours=37.5,
        pay=yr(29500, 31800),
        closing="2027-03-01",
        start="2027-09-06",
    ),
    R(
        "THH-PHARMTECH-APP",
        THH,
        "nhs_trust",
        "apprenticeship",
        "Apprentice Pharmacy Technician",
        "Two-year Level 3 pharmacy technician apprenticeship in the hospital pharmacy at Hillingdon.",
        """Work in our busy hospital dispensary and on the wards at Hillingdon Hospital, Uxbridge. You will
  dispense medicines, check patients' own medicines on admission (medicines reconciliation), manage
  stock and talk to patients about their medicines. Alongside work you'll complete the GPhC-accredited
  Level 3 Pharmacy Technician qualification, leading to registration. Monday to Friday, 9am-5pm, plus
  a share of Saturday mornings and bank holidays. You need GCSEs at 4/C or above in English, maths and
  a science. Accuracy and attention to detail are essential.""",
        skills=["attention to detail", "science", "customer service", "maths"],
        interests=["pharmacy", "medicines", "science"],
        sector="pharmacy",
        level=3,
        standard_code="ST0300",
        min_qual=2,
        gcse=True,
        min_age=16,
        postcode="UB8 3NN",
        hours=37.5,
        pay=yr(24500, 26000),
        closing="2026-11-30",
        start="2027-01-11",
        next_steps=["THH-PHARMACIST-FOUNDATION"],
    ),
    R(
        "HA9-PHARM-PSA-APP",
        "Wembley Park Pharmacy",
        "primary_care",
        "apprenticeship",
        "Pharmacy Services Assistant Apprentice",
        "Level 2 apprenticeship on the counter and in the dispensary of a community pharmacy in Wembley.",
        """Independent community pharmacy near Wembley Park station seeks an apprentice. Serving customers,
  giving advice on over-the-counter products, labelling and assembling prescriptions, handling
  deliveries, keeping the shop tidy. Gujarati, Tamil or Romanian helpful but not required.
  Mon-Sat rota, 30 hrs, one Saturday in two off. Level 2 Pharmacy Services Assistant standard,
  12 months, training provided. 16+.""",
        skills=["customer service", "talking to people", "attention to detail"],
        interests=["pharmacy", "medicines", "retail"],
        sector="pharmacy",
        level=2,
        standard_code="ST0298",
        min_qual=1,
        gcse=False,
        min_age=16,
        postcode="HA9 7NL",
        hours=30,
        pay=hr(7.55, 11.00),
        closing="2027-01-31",
        start=None,
        supports=["local_resident"],
        next_steps=["THH-PHARMTECH-APP"],
    ),
    R(
        "CW-BUSADMIN-APP",
        CW,
        "nhs_trust",
        "apprenticeship",
        "Business Administration Apprentice - Outpatients",
        "Level 3 business administration apprenticeship in the outpatients team at Chelsea and Westminster Hospital.",
        """Our outpatients administration team keeps clinics running for thousands of patients every week.
  As an apprentice you'll book and reschedule appointments, type and send clinic letters, update
  patient records on our electronic system (Cerner), manage consultants' diaries and answer queries
  at the front desk and by phone and email. Monday to Friday, 9am to 5pm, office based at the Fulham
  Road site. 18-month Level 3 Business Administrator standard. You'll need GCSE English and maths
  (or be willing to achieve Functional Skills Level 2 alongside). Good IT skills and a professional,
  friendly manner are essential. Ideal first step into NHS management or medical secretary roles.""",
        skills=["admin", "computers", "typing", "organisation"],
        interests=["office work", "admin", "NHS"],
        sector="admin",
        level=3,
        standard_code="ST0070",
        min_qual=2,
        gcse=False,
        min_age=16,
        postcode="SW10 9NH",
        hours=37.5,
        pay=yr(23000, 25500),
        closing="2027-01-20",
        start="2027-02-22",
        supports=["care_leaver", "disabled"],
    ),
    R(
        "IMP-CUSTSERV-APP",
        IMP,
        "nhs_trust",
        "apprenticeship",
        "Patient Contact Centre Apprentice (Customer Service)",
        "Answer patient calls and book appointments in the trust's central contact centre while you train.",
        """Our Patient Contact Centre in Paddington handles over 60,000 calls a month. Apprentices work on
  the phones booking, changing and cancelling outpatient appointments and answering queries, using a
  headset and two screens, with call targets. Rota between 8am and 8pm Monday to Friday plus some
  Saturday mornings. Level 2 Customer Service Practitioner, 13 months. No qualifications needed -
  a clear phone manner and patience are what matter.""",
        skills=["talking to people", "phones", "computers", "customer service"],
        interests=["customer service", "admin"],
        sector="admin",
        level=2,
        standard_code="ST0072",
        min_qual=0,
        gcse=False,
        min_age=16,
        postcode="W2 1NY",
        hours=37.5,
        pay=yr(22500, 24000),
        closing="2027-02-05",
        start="2027-03-15",
        supports=["neet", "local_resident"],
        next_steps=["CW-BUSADMIN-APP"],
    ),
    R(
        "CNWL-MHSW-APP-STC",
        CNWL,
        "nhs_trust",
        "apprenticeship",
        "Healthcare Support Worker Apprentice (Mental Health) - St Charles",
        "Level 2 apprenticeship on adult acute mental health wards at the St Charles Centre for Health, North Kensington.",
        """Support adults in mental health crisis on our inpatient wards at St Charles. You'll spend time
  talking with patients, run therapeutic activities, carry out observations (including overnight
  observations), help with personal care where needed and learn de-escalation and breakaway
  techniques. Experience of mental health - your own, a family member's or through work - is valued.
  Shifts: earlies 7am-3pm, lates 1pm-9pm and nights 8.45pm-7.15am on a rota including weekends.
  Level 2 Healthcare Support Worker apprenticeship, 15 months. 18+.""",
        skills=["listening", "talking to people", "calm under pressure", "caring for people"],
        interests=["mental health", "psychology", "helping people"],
        sector="mental_health",
        level=2,
        standard_code="ST0216",
        min_qual=0,
        gcse=False,
        min_age=18,
        postcode="W10 6DZ",
        hours=37.5,
        pay=yr(26500, 28900),
        closing="2027-01-29",
        start="2027-03-08",
        supports=["local_resident"],
        next_steps=["LNW-NA-APP-NPH"],
    ),
    R(
        "CNWL-MHSW-APP-NPK",
        CNWL,
        "nhs_trust",
        "apprenticeship",
        "Healthcare Support Worker Apprentice (Mental Health) - Northwick Park Mental Health Unit",
        "Level 2 mental health support worker apprenticeship on CNWL's inpatient wards in Harrow.",
        """Support adults in mental health crisis on our inpatient wards at the Northwick Park Mental Health
  Unit (Brent and Harrow services). You'll spend time talking with patients, run therapeutic
  activities, carry out observations (including overnight observations), help with personal care
  where needed and learn de-escalation and breakaway techniques. Lived experience valued. Shifts:
  earlies, lates and nights on a rota including weekends. Level 2 Healthcare Support Worker
  apprenticeship, 15 months. 18+.""",
        skills=["listening", "talking to people", "calm under pressure", "caring for people"],
        interests=["mental health", "psychology", "helping people"],
        sector="mental_health",
        level=2,
        standard_code="ST0216",
        min_qual=0,
        gcse=False,
        min_age=18,
        postcode="HA1 3UJ",
        hours=37.5,
        pay=yr(26500, 28900),
        closing="2027-01-29",
        start="2027-03-08",
        supports=["local_resident"],
        next_steps=["LNW-NA-APP-NPH"],
    ),
    R(
        "LAS-AAP-APP",
        LAS,
        "ambulance",
        "apprenticeship",
        "Associate Ambulance Practitioner Apprentice - North West Sector",
        "Level 4 apprenticeship responding to 999 calls on an emergency ambulance across North West London.",
        """Respond to 999 calls across Brent, Harrow, Hillingdon and Ealing as part of a two-person
  ambulance crew, working from our Hanwell, Wembley and Hillingdon stations. Training (around 12
  months) covers emergency driving (blue lights), patient assessment, trauma and medical
  emergencies, moving and handling, maternity, safeguarding and mental health. You will be lifting
  and carrying patients, dealing with blood and serious injuries, and working a 24/7 shift rota
  including nights, weekends and bank holidays. Essential: full UK manual driving licence held for
  at least 12 months with no more than 3 points, C1 category (we can fund C1 for the right
  candidate), GCSE English and maths at 4/C, good fitness. Armed forces veterans are encouraged to
  apply.""",
        skills=["driving", "first aid", "calm under pressure", "fitness", "teamwork"],
        interests=["ambulance", "emergency care", "paramedic"],
        sector="ambulance",
        level=4,
        standard_code="ST0287",
        min_qual=2,
        gcse=True,
        min_age=18,
        postcode="W7 3EU",
        hours=37.5,
        pay=yr(31000, 34500),
        closing="2027-01-10",
        start="2027-04-12",
        supports=["armed_forces"],
        next_steps=["LAS-PARA-DA"],
    ),
    R(
        "LAS-PARA-DA",
        LAS,
        "ambulance",
        "apprenticeship",
        "Paramedic Degree Apprenticeship (internal and external)",
        "Train to become an HCPC-registered paramedic while employed by LAS.",
        """Three-year BSc (Hons) Paramedic Science degree apprenticeship with a university partner.
  Primarily for Associate Ambulance Practitioners, EMTs and Emergency Ambulance Crew, but applicants
  with a Level 3 qualification in science or health AND a full manual driving licence are also
  considered. Academic blocks alternate with operational shifts on a 24/7 rota. Leads to HCPC
  registration as a paramedic. Blue-light driving, lifting, major trauma and blood are part of the
  job.""",
        skills=["driving", "clinical skills", "studying", "calm under pressure"],
        interests=["paramedic", "ambulance", "emergency care"],
        sector="ambulance",
        level=6,
        standard_code="ST0305",
        min_qual=3,
        gcse=True,
        min_age=18,
        postcode="W7 3EU",
        hours=37.5,
        pay=yr(33000, 38000),
        closing="2027-03-31",
        start="2027-09-13",
    ),
    R(
        "BLUEBELL-ACW-APP",
        "Bluebell Home Care (Ealing)",
        "social_care",
        "apprenticeship",
        "Adult Care Worker Apprentice - Home Care, Greenford and Northolt",
        "Level 2 adult care worker apprenticeship visiting older and disabled people in their own homes.",
        """Do you want to make a real difference? Bluebell Home Care supports 140 people across Greenford,
  Northolt and Perivale to live independently. As an apprentice carer you'll visit people at home
  to help them get up, wash, dress, use the toilet, take their medication and prepare meals, and
  you'll support people at the end of their lives alongside the district nurses. Split shifts:
  7am-10am, 12-2pm and 5pm-10pm, with alternate weekends. Walking runs are available in Greenford
  for people who don't drive; drivers get a mileage allowance. Full training including the Care
  Certificate, moving and handling and medication. Paid travel time. 18+ due to lone working.""",
        skills=["caring for people", "personal care", "reliability", "cooking"],
        interests=["social care", "older people", "helping people"],
        sector="social_care",
        level=2,
        standard_code="ST0005",
        min_qual=0,
        gcse=False,
        min_age=18,
        postcode="UB6 8PX",
        hours=30,
        pay=hr(12.60, 13.85),
        closing=None,
        start=None,
        supports=["local_resident", "refugee", "neet"],
        next_steps=["KENTON-LACW-APP"],
    ),
    R(
        "KENTON-LACW-APP",
        "Kenton Grange Care Home",
        "social_care",
        "apprenticeship",
        "Lead Adult Care Worker Apprentice (Level 3) - Dementia Care",
        "Level 3 senior carer apprenticeship in a 72-bed nursing and dementia care home in Harrow.",
        """We are a 72-bed nursing home for older people, most living with dementia. This Level 3 role is
  for carers with at least a year's experience who want to step up to senior carer: leading a shift
  team, writing and reviewing care plans, administering medicines, supporting residents and families
  at the end of life, and still getting stuck in with personal care. 12-hour day shifts (8am-8pm),
  3 or 4 a week including alternate weekends. GCSE English and maths or Functional Skills Level 2
  needed by the end of the programme.""",
        skills=["caring for people", "leadership", "personal care", "medicines"],
        interests=["older people", "dementia", "social care"],
        sector="social_care",
        level=3,
        standard_code="ST0006",
        min_qual=2,
        gcse=False,
        min_age=18,
        postcode="HA3 0UA",
        hours=40,
        pay=hr(13.50, 14.50),
        closing="2027-01-31",
        start=None,
    ),
    R(
        "IMP-DATA-APP",
        IMP,
        "nhs_trust",
        "apprenticeship",
        "Data Analyst Apprentice - Business Intelligence",
        "Level 4 data analyst apprenticeship turning hospital data into dashboards; hybrid working.",
        """Join the Business Intelligence team that produces performance reports for the trust board and
  clinical divisions. You will learn SQL, Power BI, Excel and a little Python, cleaning and analysing
  data on waiting lists, A&E attendances and bed occupancy. No patient contact. Hybrid: two days a
  week in our Paddington office, the rest from home. Mon-Fri, core hours 10-4. 24-month Level 4
  Data Analyst apprenticeship. Entry: A levels or equivalent (any subject - maths, computing or
  sciences useful) and GCSE maths and English at grade 4 or above.""",
        skills=["maths", "computers", "problem solving", "Excel", "data"],
        interests=["data", "technology", "computers"],
        sector="digital",
        level=4,
        standard_code="ST0118",
        min_qual=3,
        gcse=True,
        min_age=18,
        postcode="W2 1NY",
        hours=37.5,
        pay=yr(27000, 29500),
        closing="2027-02-01",
        start="2027-04-06",
        supports=["disabled"],
    ),
    R(
        "ICB-ICT-APP",
        ICB,
        "icb",
        "apprenticeship",
        "IT Support Apprentice - GP Practices",
        "Level 3 IT apprenticeship fixing computers, phones and networks for GP practices across North West London.",
        """Keep NW London's GP practices running. You'll set up laptops and smartcards, fix printers and
  clinical system problems, answer tickets and calls on the service desk and visit practices in
  Brent, Harrow and Ealing (travel by public transport, Oyster paid). Mon-Fri 8am-4pm. Level 3
  Information Communications Technician apprenticeship, 18 months. Need 5 GCSEs at 4+ including
  English and maths. Interest in tech essential - tell us what you've built, fixed or gamed.""",
        skills=["computers", "problem solving", "customer service", "IT"],
        interests=["IT", "technology", "computers"],
        sector="digital",
        level=3,
        standard_code="ST0505",
        min_qual=2,
        gcse=True,
        min_age=16,
        postcode="W2 6LG",
        hours=37.5,
        pay=yr(24000, 26000),
        closing="2027-01-24",
        start="2027-03-01",
        supports=["care_leaver", "neet", "disabled"],
    ),
    R(
        "CW-ODP-APP",
        CW,
        "nhs_trust",
        "apprenticeship",
        "Operating Department Practitioner Degree Apprenticeship - West Middlesex",
        "Train as a registered ODP in the theatres at West Middlesex University Hospital, Isleworth.",
        """Three-year BSc Operating Department Practice degree apprenticeship. You'll work across
  anaesthetics, surgery (scrub) and post-anaesthetic recovery, preparing equipment, handling
  instruments and caring for patients before, during and after operations - blood and surgery are
  everyday. Rota includes lates, weekends and on-call. Entry: Level 3 qualification (preferably
  science) plus GCSE English and maths 4/C. Leads to HCPC registration.""",
        skills=["teamwork", "attention to detail", "clinical skills", "science"],
        interests=["surgery", "theatres", "science"],
        sector="allied_health",
        level=6,
        standard_code="ST0582",
        min_qual=3,
        gcse=True,
        min_age=18,
        postcode="TW7 6AF",
        hours=37.5,
        pay=yr(27500, 30000),
        closing="2027-02-28",
        start="2027-09-20",
    ),
    R(
        "BRENT-CYPF-APP",
        "Brent Council - Children and Young People",
        "council",
        "apprenticeship",
        "Family Support Practitioner Apprentice (Family Wellbeing Centres)",
        "Level 4 apprenticeship supporting children and families through Brent's family wellbeing centres.",
        """Brent's Family Wellbeing Centres offer early help to families with children aged 0-19. As an
  apprentice Children, Young People and Families Practitioner you will run stay-and-play and parenting
  groups, carry out home visits, support families with housing, school attendance and benefits, and
  work with social workers, health visitors and schools. Mostly 9-5 weekdays, with some evening
  groups. You need GCSE English and maths 4/C and a Level 3 qualification, experience of working with
  children or young people (paid or voluntary), and an enhanced DBS. Care leavers from Brent are
  particularly encouraged to apply and will be offered a guaranteed interview.""",
        skills=["working with children", "talking to people", "organisation", "listening"],
        interests=["children", "families", "social work"],
        sector="children_young_people",
        level=4,
        standard_code="ST0500",
        min_qual=3,
        gcse=True,
        min_age=18,
        postcode="HA9 0FJ",
        hours=36,
        pay=yr(28000, 30500),
        closing="2027-01-17",
        start="2027-03-01",
        supports=["care_leaver", "local_resident"],
        next_steps=["BRENT-SW-ASYE-JOB"],
    ),
    R(
        "IMP-COMMIS-APP",
        IMP,
        "nhs_trust",
        "apprenticeship",
        "Commis Chef Apprentice - Hospital Catering",
        "Level 2 commis chef apprenticeship cooking for patients and staff at Charing Cross Hospital.",
        """Cook for 600 patients a day plus our staff restaurant. Learn food prep, allergens, modified diets
  (soft, pureed, diabetic) and food safety. Earlies 6am-2pm and lates 11.30am-7.30pm, alternate
  weekends. 12-month Level 2 Commis Chef with day release at college. No quals needed, 16+. Kitchen work is hot, fast and on your feet all shift.""",
        skills=["cooking", "teamwork", "food hygiene"],
        interests=["cooking", "food", "catering"],
        sector="catering",
        level=2,
        standard_code="ST0228",
        min_qual=0,
        gcse=False,
        min_age=16,
        postcode="W6 8RF",
        hours=37.5,
        pay=yr(22500, 24000),
        closing="2027-02-15",
        start=None,
        supports=["neet", "care_leaver", "send"],
    ),
    R(
        "CW-ESTATES-APP",
        CW,
        "nhs_trust",
        "apprenticeship",
        "Estates Engineering Apprentice (Electrical / Mechanical)",
        "Level 3 engineering maintenance apprenticeship keeping the hospital's buildings and plant running.",
        """Hospitals never switch off. Our estates team maintains generators, medical gas, ventilation,
  lighting, lifts and water systems at Chelsea and Westminster Hospital. Over 3.5 years you'll train
  as a multi-skilled maintenance technician with day release at college. Practical hands-on work,
  ladders and plant rooms; some climbing and lifting. Monday to Friday days during training, joining
  the on-call rota once qualified. GCSE maths and English 4+ (maths 5 preferred), plus a science or
  DT. 16+.""",
        skills=["practical skills", "problem solving", "maths", "hands-on"],
        interests=["engineering", "fixing things", "electrics"],
        sector="estates_facilities",
        level=3,
        standard_code="ST0154",
        min_qual=2,
        gcse=True,
        min_age=16,
        postcode="SW10 9NH",
        hours=37.5,
        pay=yr(23000, 26000),
        closing="2027-03-12",
        start="2027-09-06",
        supports=["armed_forces", "care_leaver"],
    ),
    R(
        "LNW-PHYSIO-DA",
        LNW,
        "nhs_trust",
        "apprenticeship",
        "Physiotherapist Degree Apprenticeship - Therapies",
        "Salaried BSc physiotherapy degree apprenticeship for therapy support staff at Northwick Park and Ealing.",
        """We are offering two places on a four-year Physiotherapy degree apprenticeship. Apprentices are
  employed as Band 3 therapy assistants across respiratory, orthopaedic, stroke and community
  rehabilitation teams, studying part-time with a London university. Applicants should have A levels
  or equivalent (including a biological science or PE) or an Access to HE diploma, GCSE English and
  maths 4/C, and ideally experience as a rehab or therapy assistant. Mon-Fri mostly, with some weekend
  respiratory on-call in later years. Leads to HCPC registration as a physiotherapist.""",
        skills=["exercise", "talking to people", "science", "fitness"],
        interests=["physiotherapy", "sport", "rehabilitation"],
        sector="allied_health",
        level=6,
        standard_code="ST0524",
        min_qual=3,
        gcse=True,
        min_age=18,
        postcode="HA1 3UJ",
        hours=37.5,
        pay=yr(27500, 30000),
        closing="2027-02-28",
        start="2027-09-13",
    ),
    # ---- foundation apprenticeships ----
    R(
        "LNW-FA-HSC-NPH",
        LNW,
        "nhs_trust",
        "foundation_apprenticeship",
        "Foundation Apprenticeship in Health and Social Care - Northwick Park",
        "Eight-month foundation apprenticeship for 16-21 year olds trying out different hospital roles.",
        """New for young people aged 16 to 21 who aren't sure which NHS job is for them. You'll rotate through
  four placements - e.g. a ward as a support worker, outpatients reception, portering and the
  pharmacy stores - with a mentor, a paid wage and a qualification. Days only: 8.30am-4.30pm Monday
  to Friday, no nights or weekends. No qualifications needed; we will support English and maths.
  Young people not in education or work, care leavers and young carers especially welcome. At the
  end you'll be guaranteed an interview for one of our apprenticeships.""",
        skills=["teamwork", "communication", "willingness to learn"],
        interests=["hospitals", "trying different jobs", "helping people"],
        sector="nursing",
        level=2,
        standard_code=None,
        min_qual=0,
        gcse=False,
        min_age=16,
        postcode="HA1 3UJ",
        hours=35,
        pay=yr(17500, 21000),
        closing="2027-02-28",
        start="2027-04-12",
        supports=["neet", "care_leaver", "young_carer"],
        next_steps=["LNW-SHCSW-APP-NPH", "IMP-HCSW-APP-STM"],
    ),
    R(
        "THH-FA-HSC",
        THH,
        "nhs_trust",
        "foundation_apprenticeship",
        "Foundation Apprentice - Health and Care (Hillingdon Hospital)",
        "Foundation apprenticeship for 16-21s combining ward support, admin and facilities placements in Uxbridge.",
        """Aged 16-21 and looking for your first step into the NHS? Our foundation apprentices spend eight
  months at Hillingdon Hospital trying patient care (helping on wards, meal times, talking with
  patients), admin (reception and medical records) and facilities (portering, catering). Weekday day
  shifts only, 37.5 hours. Paid, with a Level 2 qualification and employability support. No
  qualifications needed.""",
        skills=["teamwork", "communication", "reliability"],
        interests=["hospitals", "helping people", "NHS"],
        sector="nursing",
        level=2,
        standard_code=None,
        min_qual=0,
        gcse=False,
        min_age=16,
        postcode="UB8 3NN",
        hours=37.5,
        pay=yr(17500, 21000),
        closing="2027-03-15",
        start="2027-05-04",
        supports=["neet", "care_leaver", "local_resident"],
        next_steps=["IMP-HCSW-APP-STM", "THH-PHARMTECH-APP"],
    ),
    R(
        "LNW-FA-DIGI-CMH",
        LNW,
        "nhs_trust",
        "foundation_apprenticeship",
        "Foundation Apprenticeship - Digital Support (Central Middlesex)",
        "Foundation apprenticeship for 16-21s in the hospital digital and IT team at Park Royal.",
        """Help staff with laptops, phones, passwords and the new electronic patient record. Desk-based in
  our digital team at Central Middlesex Hospital, Park Royal, with some walking round the site.
  Monday-Friday 9-5. For 16-21 year olds with an interest in tech; no qualifications needed.""",
        skills=["computers", "problem solving", "IT"],
        interests=["IT", "technology", "gaming"],
        sector="digital",
        level=2,
        standard_code=None,
        min_qual=0,
        gcse=False,
        min_age=16,
        postcode="NW10 7NS",
        hours=37.5,
        pay=yr(17500, 21000),
        closing="2027-02-28",
        start="2027-04-12",
        supports=["neet", "send", "care_leaver"],
        next_steps=["ICB-ICT-APP"],
    ),
]
