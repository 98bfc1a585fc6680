# issue 11: సభ్యుల కాగితపు రిజిస్టర్ దిగుమతి (keys prefixed mimport-)
mimport-title = సభ్యుల రిజిస్టర్‌ను దిగుమతి చేయండి
mimport-link = సభ్యుల రిజిస్టర్‌ను దిగుమతి చేయండి (CSV లేదా Excel)
mimport-intro = రిజిస్టర్‌ను CSV (UTF-8) లేదా Excel (.xlsx) గా పంపండి: మొదట శీర్షిక వరుస, తర్వాత ప్రతి సభ్యురాలికి ఒక వరుస. తనిఖీ చూసి "దిగుమతి చేయండి" నొక్కే వరకు ఏదీ సేవ్ కాదు.
mimport-file = రిజిస్టర్ ఫైల్
mimport-check = ఫైల్‌ను తనిఖీ చేయండి
mimport-columns = నిలువు వరుసలు
mimport-under-18 = 18 ఏళ్ల లోపు సభ్యురాలిని దిగుమతి చేయలేము: ఆమె సొంత పేజీలో ఆమెను నమోదు చేయండి, అక్కడ ఆమె సంరక్షకుల సమ్మతి అడుగుతారు.
mimport-row = వరుస
mimport-more = { $count ->
    [one] ఇంకా 1 సమస్య, జాబితాలో చూపలేదు
   *[other] ఇంకా { $count } సమస్యలు, జాబితాలో చూపలేదు
}
mimport-ready = { $count ->
    [one] ఫైల్ సరిగా ఉంది: 1 సభ్యురాలు దిగుమతికి సిద్ధంగా ఉన్నారు.
   *[other] ఫైల్ సరిగా ఉంది: { $count } మంది సభ్యులు దిగుమతికి సిద్ధంగా ఉన్నారు.
}
mimport-confirm = { $count ->
    [one] 1 సభ్యురాలిని దిగుమతి చేయండి
   *[other] మొత్తం { $count } మంది సభ్యులను దిగుమతి చేయండి
}
mimport-again = లేదా మరో ఫైల్‌ను తనిఖీ చేయండి
mimport-expired = తనిఖీ చేసిన ఫైల్ ఇప్పుడు ఉంచబడలేదు (అది 15 నిమిషాలు వేచి ఉంటుంది). దయచేసి మళ్లీ పంపండి.
mimport-done = { $count ->
    [one] 1 సభ్యురాలు సంఘంలో చేర్చబడ్డారు.
   *[other] { $count } మంది సభ్యులు సంఘంలో చేర్చబడ్డారు.
}
mimport-done-next = ఇప్పుడు ప్రతి ఒక్కరికీ ఆమె పేజీ నుండి లాగిన్ కోడ్ ఇవ్వవచ్చు. ఆమె సమ్మతులు ఆమెనే అడుగుతారు, దిగుమతి చేయరు.
mimport-to-roster = సభ్యులను చూడండి
mimport-file-refused = ఈ ఫైల్‌ను దిగుమతి చేయలేము. ఏదీ సేవ్ కాలేదు.
mimport-rows-refused = { $bad ->
    [one] ఏదీ సేవ్ కాలేదు: 1 వరుసను సరిచేయాలి ({ $good } వరుసలు సరిగా ఉన్నాయి). షీట్‌లో సరిచేసి మళ్లీ పంపండి.
   *[other] ఏదీ సేవ్ కాలేదు: { $bad } వరుసలను సరిచేయాలి ({ $good } వరుసలు సరిగా ఉన్నాయి). షీట్‌లో సరిచేసి మళ్లీ పంపండి.
}

mimport-col-name = పేరు
mimport-col-phone = మొబైల్ నంబర్
mimport-col-birth_year = పుట్టిన సంవత్సరం
mimport-col-languages = భాషలు
mimport-col-joined_on = చేరిన తేదీ
mimport-col-office = పదవి

mimport-about-name = ఆమె పేరు (తప్పనిసరి)
mimport-about-phone = ఆమె 10 అంకెల మొబైల్ నంబర్, ఉంటే
mimport-about-birth_year = ఉదాహరణకు 1994
mimport-about-languages = ";" తో వేరు చేసిన కోడ్‌లు లేదా పేర్లు: bn, hi, te, en లేదా బెంగాలీ, హిందీ, తెలుగు, ఇంగ్లీష్ (ఉదాహరణకు te;hi)
mimport-about-joined_on = ఎప్పుడు చేరారు: 2024-01-15, 15/01/2024 లేదా 15-01-2024 (తప్పనిసరి)
mimport-about-office = అధ్యక్షురాలు, కార్యదర్శి, కోశాధికారి లేదా ముఖ్య బృందం (లేదా president, secretary, treasurer, core_team), ఆమె ఏదైనా పదవిలో ఉంటే

# ప్రతి నిలువు వరుసకు రిజిస్టర్ శీర్షికలో వాడగల పదాలు (పదాల మధ్య "|").
mimport-header-name = పేరు|సభ్యురాలి పేరు|పూర్తి పేరు
mimport-header-phone = ఫోన్|మొబైల్|మొబైల్ నంబర్|ఫోన్ నంబర్
mimport-header-birth_year = పుట్టిన సంవత్సరం|జన్మ సంవత్సరం
mimport-header-languages = భాషలు|భాష
mimport-header-joined_on = చేరిన తేదీ|చేరిక తేదీ
mimport-header-office = పదవి

mimport-problem-empty = ఫైల్ ఖాళీగా ఉంది, లేదా శీర్షిక కింద వరుసలు లేవు.
mimport-problem-not-a-spreadsheet = ఈ ఫైల్ CSV కాదు, Excel (XLSX) కూడా కాదు.
mimport-problem-not-utf8 = రాత UTF-8 లో లేదు: షీట్‌ను "CSV UTF-8" గా సేవ్ చేయండి.
mimport-problem-too-many-rows = ఫైల్‌లో శీర్షిక కింద 5,000 కంటే ఎక్కువ వరుసలు ఉన్నాయి: దాన్ని విభజించి పంపండి.
mimport-problem-too-many-columns = ఫైల్‌లో మొదటి 50 నిలువు వరుసల తర్వాత కూడా ఏదో ఉంది: దాన్ని తొలగించండి.
mimport-problem-too-many-cells = ఫైల్‌లో 1,50,000 కంటే ఎక్కువ నిండిన గడులు ఉన్నాయి: దాన్ని విభజించి పంపండి.
mimport-problem-too-big-unpacked = వర్క్‌బుక్ తెరిస్తే 16 MB కంటే పెద్దదవుతుంది: రిజిస్టర్‌ను మాత్రమే CSV UTF-8 లేదా కొత్త .xlsx గా సేవ్ చేయండి.
mimport-problem-other-workbook = ఇది పాత లేదా వేరే రకం వర్క్‌బుక్ (.xls, .xlsb లేదా .ods): దాన్ని Excel (.xlsx) లేదా CSV UTF-8 గా సేవ్ చేయండి.
mimport-problem-missing-column = శీర్షిక వరుసలో ఈ నిలువు వరుస లేదు.
mimport-problem-unknown-column = దిగుమతికి తెలియని నిలువు వరుస: కింద ఇచ్చిన పేర్లలో ఒకటిగా మార్చండి, లేదా తొలగించండి.
mimport-problem-duplicate-column = ఈ నిలువు వరుస శీర్షికలో రెండుసార్లు ఉంది.
mimport-problem-unreadable = గడిలో ఒక లోపం లేదా చదవలేనిది ఉంది.
mimport-problem-missing-value = ఇది తప్పనిసరి, కానీ ఖాళీగా ఉంది.
mimport-problem-name-too-long = పేరు చాలా పొడవుగా ఉంది (గరిష్ఠంగా 200 అక్షరాలు).
mimport-problem-bad-phone = ఇది 10 అంకెల మొబైల్ నంబర్ కాదు.
mimport-problem-bad-birth-year = ఇది పుట్టిన సంవత్సరం కాదు (ఉదాహరణకు 1994).
mimport-problem-under-18 = ఆమె వయసు 18 కంటే తక్కువ: ఆమె సొంత పేజీలో ఆమెను నమోదు చేయండి, అక్కడ ఆమె సంరక్షకుల సమ్మతి అడుగుతారు.
mimport-problem-unknown-language = ఇది ధ్రువకు తెలిసిన భాష కాదు: bn, hi, te లేదా en, లేదా భాష పేరు రాయండి.
mimport-problem-bad-date = ఇది తేదీ కాదు: 2024-01-15, 15/01/2024 లేదా 15-01-2024 అని రాయండి.
mimport-problem-date-in-future = తేదీ భవిష్యత్తులో ఉంది.
mimport-problem-unknown-office = ఇది పదవి కాదు: అధ్యక్షురాలు, కార్యదర్శి, కోశాధికారి లేదా ముఖ్య బృందం.
mimport-problem-phone-twice-in-file = ఇదే మొబైల్ నంబర్ ముందు వరుసలో ఉంది.
mimport-problem-phone-registered = ఈ మొబైల్ నంబర్ ఇప్పటికే ధ్రువలో నమోదై ఉంది: ఆమెను లాగిన్ చేయమని చెప్పండి.
mimport-problem-twice-in-file = మొబైల్ నంబర్ లేకుండా ఇదే పేరు, పుట్టిన సంవత్సరం ముందు వరుసలో ఉన్నాయి.
mimport-problem-already-imported = ఈ పేరు, పుట్టిన సంవత్సరం ఉన్న సభ్యురాలు ఇప్పటికే ఈ సంఘంలోకి దిగుమతి అయ్యారు.
mimport-problem-office-twice-in-file = ఇదే పదవి ముందు వరుసలో ఉంది: ముఖ్య బృందం తప్ప ప్రతి పదవికి ఒక్కరే ఉంటారు.
mimport-problem-office-held = సంఘంలో ఎవరో ఇప్పుడు ఈ పదవిలో ఉన్నారు: పదవుల పేజీలో అప్పగించడం ద్వారానే పదవి మారుతుంది.
