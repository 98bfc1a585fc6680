## Casework for leaders: the desk, discreet reminders, importing a case register, and the
## figures for advocacy (issue 5).

casework-desk-title = కేసు పని
casework-desk-heading = కేసు పని బల్ల: { $collective }
casework-overdue = గడువు దాటింది
casework-due-week = రాబోయే ఏడు రోజుల్లో
casework-nothing-overdue = దేనికీ గడువు దాటలేదు.
casework-nothing-due = ఈ వారం చేయాల్సింది ఏమీ లేదు.
casework-not-asked = { $count ->
    [0] ప్రతి సభ్యురాలు కేసు సహాయం అడిగారు.
    [one] ఒక సభ్యురాలు కేసు సహాయం అడగలేదు; ఆమె కేసులు చూపబడవు.
   *[other] { $count } మంది సభ్యులు కేసు సహాయం అడగలేదు; వారి కేసులు చూపబడవు.
}
casework-col-member = సభ్యురాలు
casework-col-case = కేసు
casework-col-what = ఏమి చేయాలి
casework-col-due = గడువు తేదీ
casework-col-late = ఎంత ఆలస్యం
casework-days-late = { $days ->
    [one] 1 రోజు ఆలస్యం
   *[other] { $days } రోజులు ఆలస్యం
}
casework-open-case = తెరవండి
casework-record-letter = లేఖను నమోదు చేయండి
casework-due-hearing = తదుపరి విచారణ

casework-link-desk = కేసు పని బల్ల
casework-link-reminders = రిమైండర్ సెట్టింగులు
casework-link-import = కేసు రిజిస్టర్ తీసుకురండి
casework-link-figures = పరిహారం లెక్కలు
casework-link-federation = ఫెడరేషన్ పరిహారం లెక్కలు

casework-reminder-default = ధ్రువలో మీ కోసం ఒక రిమైండర్ ఉంది
casework-reminders-title = రిమైండర్లు
casework-reminders-none = మీకు రిమైండర్లు ఏవీ లేవు.
casework-reminders-new = కొత్తది
casework-reminders-see-cases = నా కేసులు చూడండి
casework-reminders-badge = { $count ->
    [0] రిమైండర్లు
    [one] రిమైండర్లు (1 కొత్తది)
   *[other] రిమైండర్లు ({ $count } కొత్తవి)
}

casework-settings-title = రిమైండర్ సెట్టింగులు
casework-settings-intro = ఈ వారం ఏదైనా అడుగు గడువు ఉన్న సభ్యులకు రోజుకు ఒక చిన్న సందేశం వస్తుంది. అందులో కేసు లేదా కోర్టు గురించి ఏమీ ఉండకూడదు: ఫోన్‌ను తరచుగా ఇతరులు కూడా వాడతారు.
casework-settings-message = సందేశం పాఠం
casework-settings-message-hint = ఖాళీగా వదిలితే ప్రతి సభ్యురాలి భాషలో "{ $default }" పంపబడుతుంది.
casework-settings-sms = SMS ద్వారా కూడా పంపండి
casework-settings-email = ఈమెయిల్ ద్వారా కూడా పంపండి
casework-settings-save = సేవ్ చేయండి
casework-settings-saved = సేవ్ అయింది.
casework-settings-revealing = సందేశంలో "{ $word }" ఉంది, దాని వల్ల ఎవరికైనా ఆమె కేసు గురించి తెలిసిపోవచ్చు. కేసుల గురించి ఏమీ చెప్పని మాటలు ఎంచుకోండి.
casework-settings-too-long = సందేశం చాలా పొడవుగా ఉంది: గరిష్ఠంగా { $max } అక్షరాలు.
casework-settings-refused = సందేశం సేవ్ కాలేదు: దాని వల్ల ఎవరికైనా ఆమె కేసు గురించి తెలిసిపోవచ్చు.

casework-import-title = కేసు రిజిస్టర్ తీసుకురండి
casework-import-intro = ఒక CSV లేదా Excel (XLSX) ఫైల్ పంపండి: మొదటి వరుసలో కాలమ్ పేర్లు, తర్వాత ప్రతి వరుసకు ఒక కేసు. మీరు ధృవీకరించే వరకు ఏదీ సేవ్ కాదు.
casework-import-columns = కాలమ్‌లు
casework-import-dates = తేదీలను 2026-03-31 లేదా 31/03/2026 లాగా రాయండి (లేదా Excel తేదీ గడులు). మొత్తాలు పూర్తి రూపాయల్లో.
casework-import-about-member_code = సభ్యురాలి కోడ్, ఉదా. M-7K3Q9H (తప్పనిసరి)
casework-import-about-kind = entitlement, compensation, legal లేదా document_recovery (తప్పనిసరి)
casework-import-about-item = దేని కోసం దరఖాస్తు, ఏ పత్రం, లేదా dlsa / slsa
casework-import-about-state = కేసు ఏ దశలో ఉంది, ఉదా. filed (తప్పనిసరి)
casework-import-about-opened_on = కేసు ఎప్పుడు మొదలైంది (తప్పనిసరి)
casework-import-about-filed_on = ఎప్పుడు దాఖలు చేశారు
casework-import-about-decided_on = ఎప్పుడు నిర్ణయం వచ్చింది
casework-import-about-district_code = జిల్లా, ఉదా. WB-kolkata
casework-import-about-authority = జాబితాలో సంస్థ సంఖ్య, లేదా దాని పేరు
casework-import-about-reference = దరఖాస్తు, FIR లేదా కేసు సంఖ్య
casework-import-about-amount_claimed = కోరిన రూపాయలు
casework-import-about-amount_awarded = మంజూరైన రూపాయలు
casework-import-about-amount_received = అందిన రూపాయలు
casework-import-about-notes = గమనికలు
casework-import-file = CSV లేదా XLSX ఫైల్
casework-import-check = ఫైల్‌ను తనిఖీ చేయండి
casework-import-preview = { $count ->
    [one] ఒక కేసు సిద్ధంగా ఉంది. చూసి ధృవీకరించండి.
   *[other] { $count } కేసులు సిద్ధంగా ఉన్నాయి. చూసి ధృవీకరించండి.
}
casework-import-confirm = ఈ కేసులను తీసుకురండి
casework-import-again = మరో ఫైల్ పంపండి
casework-import-done = { $count ->
    [one] ఒక కేసు తీసుకురాబడింది.
   *[other] { $count } కేసులు తీసుకురాబడ్డాయి.
}
casework-import-rejected = ఏదీ తీసుకురాలేదు. ఈ వరుసలను సరిచేసి ఫైల్‌ను మళ్ళీ పంపండి.
casework-import-expired = తనిఖీ చేసిన ఫైల్ ఇక ఉంచబడలేదు (15 నిమిషాలు ఉంచుతాం). మళ్ళీ పంపండి.
casework-col-row = వరుస
casework-col-opened = మొదలైన తేదీ
casework-col-state = దశ
casework-col-column = కాలమ్
casework-col-problem = సమస్య
case-import-empty = ఫైల్ ఖాళీగా ఉంది, లేదా శీర్షిక కింద వరుసలు లేవు.
case-import-not-a-spreadsheet = ఫైల్ CSV కాదు, Excel (XLSX) కూడా కాదు.
case-import-not-utf8 = పాఠం UTF-8 లో లేదు: షీట్‌ను "CSV UTF-8" గా సేవ్ చేయండి.
case-import-too-many-rows = ఫైల్‌లో శీర్షిక కింద 5,000 కంటే ఎక్కువ వరుసలు ఉన్నాయి: విభజించి పంపండి.
case-import-missing-column = శీర్షికలో ఒక తప్పనిసరి కాలమ్ లేదు.
case-import-unknown-column = శీర్షికలో తెలియని కాలమ్ ఉంది.
case-import-duplicate-column = శీర్షికలో ఈ కాలమ్ రెండుసార్లు ఉంది.
case-import-unreadable = గడిలో లోపం లేదా చదవలేని విలువ ఉంది.
case-import-missing-value = ఒక తప్పనిసరి విలువ లేదు.
case-import-unknown-kind = ఇది ఏ రకమైన కేసూ కాదు.
case-import-unknown-state = ఇది ఏ కేసు దశా కాదు.
case-import-state-not-in-workflow = ఈ రకమైన కేసులో అలాంటి దశ లేదు.
case-import-unknown-entitlement = ఇది హక్కుల జాబితాలో లేదు.
case-import-unknown-document = ఇది ఏ రకమైన పత్రమూ కాదు.
case-import-unknown-forum = ఇది న్యాయ సేవల ప్రాధికార సంస్థ కాదు (dlsa లేదా slsa).
case-import-item-not-for-kind = ఈ రకమైన కేసుకు అంశం అవసరం లేదు.
case-import-bad-date = ఇది తేదీ కాదు (2026-03-31 లేదా 31/03/2026).
case-import-date-in-future = ఈ తేదీ భవిష్యత్తులో ఉంది.
case-import-date-before-opened = ఈ తేదీ కేసు మొదలవకముందుది.
case-import-decided-before-filed = దాఖలు చేయకముందే నిర్ణయం రాసి ఉంది.
case-import-not-yet-filed = దాఖలు తేదీ ఉంది, కానీ దశ దాఖలు కాలేదని చెబుతోంది.
case-import-not-decided = నిర్ణయం తేదీ ఉంది, కానీ దశ నిర్ణయం రాలేదని చెబుతోంది.
case-import-unknown-district = ఈ కోడ్‌తో జిల్లా లేదు.
case-import-unknown-member = మీరు కేసులు నమోదు చేయగల సభ్యురాలి కోడ్ కాదు.
case-import-unknown-institution = జాబితాలో ఈ సంఖ్యతో సంస్థ లేదు.
case-import-bad-amount = ఇది పూర్తి రూపాయల మొత్తం కాదు.
case-import-amount-not-for-kind = పరిహారం దావాకు మాత్రమే మొత్తాలు ఉంటాయి.
case-import-too-long = పాఠం చాలా పొడవుగా ఉంది.
case-import-duplicate-in-file = అదే సభ్యురాలు, రకం, అంశం, సంఖ్య ముందు వరుసలో ఉన్నాయి.
case-import-already-recorded = ఈ కేసు (అదే సభ్యురాలు, రకం, అంశం, సంఖ్య) ఇప్పటికే నమోదై ఉంది.
case-import-details = వివరాలు ఈ రకమైన కేసుకు సరిపోవు.

casework-figures-title = పరిహారం లెక్కలు
casework-figures-heading = పరిహారం లెక్కలు: { $scope }
casework-figures-federation = అన్ని సంఘాలు
casework-figures-intro = బాధితుల పరిహారం దావాలు, కలిపి లెక్కించినవి: ఎన్ని, ఏ దశలో, ఎంత కోరారు, మంజూరైంది, అందింది, నిర్ణయానికి ఎన్ని రోజులు పట్టింది.
casework-figures-k = { $k } కంటే తక్కువ దావాలపై ఆధారపడిన సంఖ్య చూపబడదు, దానిని లెక్కించి తెలుసుకోగలిగే సంఖ్య కూడా చూపబడదు.
casework-figures-none = ఇంకా పరిహారం దావాలు ఏవీ నమోదు కాలేదు.
casework-suppressed = { $k } కంటే తక్కువ
casework-figures-total = అన్ని దావాలు
casework-figures-by-collective = సంఘం వారీగా
casework-figures-by-district = జిల్లా వారీగా
casework-figures-by-state = రాష్ట్రం వారీగా
casework-figures-by-authority = ప్రాధికార సంస్థ వారీగా
casework-col-where = ఎక్కడ
casework-col-claims = దావాలు
casework-col-stages = దశ వారీగా
casework-col-claimed = కోరినది
casework-col-awarded = మంజూరైనది
casework-col-received = అందినది
casework-col-median = నిర్ణయానికి మధ్యస్థ రోజులు
casework-col-in-time = చట్టపరమైన గడువులో నిర్ణయం
casework-none = —
casework-scorecard-heading = కేసు పని నుండి లెక్కలు
casework-scorecard-intro = ఈ సంస్థల ముందు బాధితుల పరిహారం దావాలు, సంఘాల కేసు పని నుండి.
casework-figures-shared = మొదటి పట్టికలో మీ సంఘం సొంత దావాలు ఉన్నాయి. జిల్లా, రాష్ట్రం, అధికార సంస్థ పట్టికలు అక్కడి అన్ని సంఘాల దావాలను లెక్కిస్తాయి, ఒక పేజీని మరొకదాని నుండి తీసివేసి ఎవరినీ గుర్తించలేకుండా.
casework-show-all = మొత్తం { $count } చూడండి

# issue 10 I
case-import-too-many-columns = ఫైల్‌లో మొదటి 50 నిలువు వరుసల (AX నిలువు వరుస) తర్వాత కూడా ఏదో ఉంది: దాన్ని తొలగించండి, లేదా రిజిస్టర్‌ను కొత్త షీట్‌లోకి కాపీ చేయండి.
case-import-too-many-cells = ఫైల్‌లో 1,50,000 కంటే ఎక్కువ నింపిన గడులు ఉన్నాయి: విభజించి పంపండి.
case-import-too-big-unpacked = వర్క్‌బుక్ తెరిచినప్పుడు 16 MB కంటే పెద్దది అవుతుంది: రిజిస్టర్‌ను మాత్రమే CSV UTF-8 లేదా కొత్త .xlsx గా సేవ్ చేయండి.
case-import-other-workbook = ఇది పాత లేదా వేరే రకం వర్క్‌బుక్ (.xls, .xlsb లేదా .ods): దాన్ని Excel (.xlsx) లేదా CSV UTF-8 గా సేవ్ చేసి పంపండి.
