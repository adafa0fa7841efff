"""Hand-written grades for the other-domain catalogue (retail, logistics, hospitality, IT,
construction), one persona a dict; see ../build_personas.py. Written before looking at the
matcher's output."""


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
        "id": "O01",
        "profile": P(
            about="I love clothes and putting outfits together, my friends always ask me what "
            "to wear. I'd like to work in a shop.",
            qualification_level=2,
            gcse_english_maths=True,
            age=17,
            postcode="W2 1NY",
        ),
        "grades": [
            ("FASH-SALES-OXST", 3),
            ("FASH-VM-APP", 3),
            ("SHOP-CA-.*", 1),
            ("PHONE-SHOP-ADV", 1),
        ],
        "notes": "Fashion lover wanting shop work.",
    },
    {
        "id": "O02",
        "profile": P(
            about="I'm always fixing my friends' phones and laptops and I built my own PC. I "
            "want a job in IT.",
            qualification_level=3,
            gcse_english_maths=True,
            age=19,
            postcode="E14 5AB",
        ),
        "grades": [
            ("IT-HELPDESK", 3),
            ("IT-SUPPORT-APP", 3),
            ("CYBER-BOOTCAMP", 2),
            ("SOFTDEV-APP", 2),
            ("PHONE-SHOP-ADV", 1),
            ("GAME-TEST", 1),
            ("DATA-JUNIOR", 1),
        ],
        "notes": "Practical IT person with A-levels: support roles first.",
    },
    {
        "id": "O03",
        "profile": P(
            about="I need a proper paid job as soon as possible. I'm fit and strong and I don't "
            "mind hard physical work or night shifts.",
            qualification_level=1,
            gcse_english_maths=False,
            age=20,
            postcode="RM9 6PX",
            max_distance_km=15,
        ),
        "grades": [
            ("WH-OP-.*", 3),
            ("BUILD-LABOURER", 2),
            ("LOG-SUPPLY-APP", 2),
            ("HOTEL-HK", 1),
            ("SHOP-CA-.*", 1),
            ("WH-FORK-LIC", 1),
            ("SEC-OFFICER", 2),
        ],
        "notes": "Wants paid physical work now: warehouse first; the forklift course is unpaid "
        "training.",
    },
    {
        "id": "O04",
        "profile": P(
            about="I've been teaching myself Python and I've made a couple of small games. I "
            "want to become a software developer.",
            interests=["coding"],
            qualification_level=3,
            gcse_english_maths=True,
            age=18,
            postcode="SE15 4QL",
        ),
        "grades": [
            ("SOFTDEV-APP", 3),
            ("IT-SUPPORT-APP", 2),
            ("CODE-CLUB-VOL", 1),
            ("GAME-TEST", 2),
            ("CYBER-BOOTCAMP", 1),
            ("DATA-JUNIOR", 1),
        ],
        "notes": "Self-taught coder with A-levels.",
    },
    {
        "id": "O05",
        "profile": P(
            about="I love cooking, I make dinner for my whole family most nights. I'd like to "
            "be a chef one day.",
            qualification_level=1,
            gcse_english_maths=False,
            age=16,
            postcode="SE1 7EH",
        ),
        "grades": [
            ("HOTEL-CHEF-APP", 3),
            ("REST-SERVER", 1),
            ("CAFE-BARISTA.*", 1),
        ],
        "notes": "Wants to cook professionally.",
    },
    {
        "id": "O06",
        "profile": P(
            about="I came here as a refugee two years ago. My English is getting better. I "
            "want to work and earn money, maybe in a shop.",
            qualification_level=1,
            gcse_english_maths=False,
            age=23,
            postcode="E15 4QZ",
            circumstances=["refugee"],
        ),
        "grades": [
            ("REFUGEE-RETAIL-ACAD", 3),
            ("SHOP-CA-STRATFORD", 3),
            ("SHOP-CA-CROYDON", 2),
            ("WH-OP-.*", 1),
            ("HOTEL-HK", 1),
        ],
        "notes": "Refugee wanting shop work: the retail academy for refugees fits best.",
    },
    {
        "id": "O07",
        "profile": P(
            about="I like working with my hands and making things out of wood. I'm not one for "
            "sitting at a desk.",
            qualification_level=1,
            gcse_english_maths=False,
            age=17,
            postcode="SW11 8AL",
            max_distance_km=10,
        ),
        "grades": [
            ("BUILD-CARP-APP", 3),
            ("CONSTR-PREEMP", 1),
            ("BUILD-LABOURER", 1),
            ("BUILD-ELEC-APP", 1),
        ],
        "notes": "Woodwork: carpentry apprenticeship first.",
    },
    {
        "id": "O08",
        "profile": P(
            about="I speak three languages and I love meeting people from all over the world. "
            "I'd like to work somewhere like a hotel.",
            qualification_level=2,
            gcse_english_maths=True,
            age=20,
            postcode="SE11 4HJ",
        ),
        "grades": [
            ("HOTEL-RECEP", 3),
            ("HOTEL-HK", 1),
            ("REST-SERVER", 1),
            ("CAFE-BARISTA.*", 1),
            ("EVENTS-VOL", 1),
            ("CALL-CENTRE", 1),
        ],
        "notes": "Languages and people: hotel reception.",
    },
    {
        "id": "O09",
        "profile": P(
            about="I've been out of work for a year since I left school. I want to get into "
            "building sites but I don't know where to start.",
            qualification_level=1,
            gcse_english_maths=False,
            age=19,
            postcode="SW8 1RG",
            circumstances=["neet"],
        ),
        "grades": [
            ("CONSTR-PREEMP", 3),
            ("BUILD-LABOURER", 2),
            ("BUILD-CARP-APP", 2),
            ("BUILD-ELEC-APP", 1),
            ("PLUMB-APP", 1),
        ],
        "notes": "Unemployed, wants construction: the pre-employment programme first.",
    },
    {
        "id": "O10",
        "profile": P(
            about="I left the RAF after six years in logistics. I want a civilian job "
            "organising transport or a warehouse.",
            qualification_level=3,
            gcse_english_maths=True,
            age=27,
            postcode="E6 6ER",
            circumstances=["armed_forces"],
        ),
        "grades": [
            ("FORCES-LOGISTICS", 3),
            ("LOG-SUPPLY-APP", 2),
            ("WH-OP-.*", 1),
            ("SEC-OFFICER", 1),
            ("COURIER-VAN", 1),
        ],
        "notes": "Service leaver in logistics.",
    },
    {
        "id": "O11",
        "profile": P(
            about="I love cycling and being outside, I hate being stuck indoors. I need some "
            "work that pays.",
            qualification_level=2,
            gcse_english_maths=True,
            age=18,
            postcode="EC1V 9LT",
            paid_only=True,
        ),
        "grades": [
            ("COURIER-BIKE", 3),
            ("BUILD-LABOURER", 1),
            ("COURIER-VAN", 1),
        ],
        "notes": "Cyclist wanting paid outdoor work; the van needs age 21.",
    },
    {
        "id": "O12",
        "profile": P(
            about="I'm good at staying calm and talking to people, I've done customer service "
            "on the phone before. I want something with regular office hours.",
            qualification_level=2,
            gcse_english_maths=True,
            age=22,
            postcode="CR0 1LP",
            max_distance_km=12,
        ),
        "grades": [
            ("CALL-CENTRE", 3),
            ("ADMIN-APP-COUNCIL", 2),
            ("IT-HELPDESK", 1),
            ("SHOP-CA-CROYDON", 1),
        ],
        "notes": "Phone customer service: call centre role first.",
    },
]
