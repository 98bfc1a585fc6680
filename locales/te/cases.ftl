## Her cases: entitlement applications, compensation claims, legal cases and document
## recovery — the list, opening one, moving it on, hearings, deadlines, letters (issue 5).

home-my-cases = నా కేసులు
member-cases-link = కేసులు

case-kind-entitlement = హక్కు కోసం దరఖాస్తు
case-kind-compensation = నష్టపరిహారం కోరిక
case-kind-legal = చట్టపరమైన కేసు
case-kind-document_recovery = పత్రాలు తిరిగి పొందడం
case-kind-entitlement-about = రేషన్ కార్డు, ఆధార్, బ్యాంక్ ఖాతా, ఇల్లు, పింఛను, ఈ-శ్రమ్, స్వయం సహాయక సంఘం సహాయం, ఆశ్రయ గృహం, ఉచిత న్యాయ సహాయం …
case-kind-compensation-about = జిల్లా లేదా రాష్ట్ర న్యాయ సేవల ప్రాధికార సంస్థ నుండి బాధితుల నష్టపరిహారం.
case-kind-legal-about = అక్రమ రవాణాదారులపై ఫిర్యాదు, ఎఫ్ఐఆర్, విచారణ.
case-kind-document_recovery-about = అక్రమ రవాణాలో పోయిన సర్టిఫికెట్ లేదా గుర్తింపు కార్డు తిరిగి పొందడం.

case-state-drafted = సిద్ధమవుతోంది
case-state-applied = దరఖాస్తు చేశారు
case-state-under_verification = పరిశీలనలో ఉంది
case-state-approved = ఆమోదించారు
case-state-rejected = తిరస్కరించారు
case-state-received = అందింది
case-state-issued = జారీ చేశారు
case-state-filed = దాఖలు చేశారు
case-state-acknowledged = అందినట్లు రసీదు ఇచ్చారు
case-state-enquiry = విచారణ జరుగుతోంది
case-state-interim_relief_ordered = తాత్కాలిక సహాయం ఆదేశించారు
case-state-granted = మంజూరు చేశారు
case-state-partly_granted = కొంత మంజూరు చేశారు
case-state-appealed = అప్పీల్ చేశారు
case-state-paid = డబ్బు అందింది
case-state-complaint_made = ఫిర్యాదు చేశారు
case-state-fir_refused = ఎఫ్ఐఆర్ నమోదు చేయలేదు
case-state-magistrate_complaint = మేజిస్ట్రేట్‌కు ఫిర్యాదు
case-state-fir_registered = ఎఫ్ఐఆర్ నమోదైంది
case-state-investigation = దర్యాప్తు జరుగుతోంది
case-state-closure_report = ముగింపు నివేదిక
case-state-charge_sheet_filed = చార్జిషీట్ దాఖలైంది
case-state-trial = విచారణ జరుగుతోంది (కోర్టులో)
case-state-convicted = దోషిగా తేలింది
case-state-acquitted = నిర్దోషిగా విడుదల
case-state-withdrawn = ఉపసంహరించారు
case-state-closed = ముగిసింది

case-entitlement-ration_card = రేషన్ కార్డు
case-entitlement-aadhaar = ఆధార్
case-entitlement-bank_account = బ్యాంక్ ఖాతా
case-entitlement-housing = గృహ పథకం
case-entitlement-widow_pension = వితంతు పింఛను
case-entitlement-old_age_pension = వృద్ధాప్య పింఛను
case-entitlement-e_shram = ఈ-శ్రమ్ నమోదు
case-entitlement-shg_support = స్వయం సహాయక సంఘం సహాయం (జీవనోపాధి మిషన్)
case-entitlement-shelter_home = ఆశ్రయ గృహంలో ప్రవేశం
case-entitlement-free_legal_aid = ఉచిత న్యాయ సహాయం
case-entitlement-other = మరేదైనా
case-document-birth_certificate = జనన ధృవీకరణ పత్రం
case-document-school_certificate = బడి సర్టిఫికెట్
case-document-voter_id = ఓటరు కార్డు
case-document-aadhaar = ఆధార్
case-document-ration_card = రేషన్ కార్డు
case-document-caste_certificate = కుల ధృవీకరణ పత్రం
case-document-bank_passbook = బ్యాంక్ పాస్‌బుక్
case-document-other = మరో పత్రం
case-forum-dlsa = జిల్లా న్యాయ సేవల ప్రాధికార సంస్థ
case-forum-slsa = రాష్ట్ర న్యాయ సేవల ప్రాధికార సంస్థ
case-direction-sent = వారికి పంపాం
case-direction-received = వారి నుండి వచ్చింది
case-medium-letter = ఉత్తరం
case-medium-application = దరఖాస్తు
case-medium-email = ఈమెయిల్
case-medium-visit = కలవడానికి వెళ్లాం
case-medium-phone_call = ఫోన్
case-medium-rti = సమాచార హక్కు (ఆర్టీఐ) దరఖాస్తు

deadline-lsa_decision = న్యాయ సేవల ప్రాధికార సంస్థ నిర్ణయం
deadline-compensation_payment = నష్టపరిహారం చెల్లింపు
deadline-compensation_payment_partly = కొంత నష్టపరిహారం చెల్లింపు
deadline-appeal_window = అప్పీల్‌కు చివరి రోజు
deadline-charge_sheet = పోలీసుల చార్జిషీట్
deadline-fir_decision = ఫిర్యాదుపై పోలీసుల నిర్ణయం
deadline-legal_aid_decision = ఉచిత న్యాయ సహాయంపై నిర్ణయం
deadline-public_service = దరఖాస్తుపై నిర్ణయం
deadline-document_issue = పత్రం జారీ

cases-title = నా కేసులు
cases-member-title = { $code } కేసులు
cases-none = ఇంకా కేసులు లేవు.
cases-new = కొత్త కేసు తెరవండి
cases-upcoming = రాబోయేవి
cases-upcoming-none = రాబోయే 30 రోజుల్లో ఏమీ లేదు.
cases-upcoming-hearing = తదుపరి విచారణ
cases-opened-on = తెరిచిన తేదీ { $date }
cases-next-due = తదుపరి తేదీ: { $date }
cases-overdue-count = { $count ->
    [one] ఒక అడుగు గడువు దాటింది
   *[other] { $count } అడుగుల గడువు దాటింది
}
cases-open-link = తెరవండి

cases-new-title = కొత్త కేసు
cases-new-choose = కేసు దేని గురించి?
cases-new-kind-heading = కొత్త కేసు: { $kind }
cases-field-entitlement = దేని కోసం దరఖాస్తు
cases-field-document = ఏ పత్రం
cases-field-forum = ఏ ప్రాధికార సంస్థ ముందు
cases-field-opened-on = తెరిచిన తేదీ
cases-field-authority = ప్రాధికార సంస్థ
cases-field-authority-hint = జాబితా నుండి ఎంచుకోండి, లేదా "మరొకటి" ఎంచుకుని పేరు రాయండి.
cases-field-authority-other = మరొకటి (పేరు రాయండి)
cases-field-authority-name = ప్రాధికార సంస్థ పేరు
cases-field-choose = ఎంచుకోండి
cases-save = సేవ్ చేయండి
cases-open = కేసు తెరవండి
cases-fix = గుర్తు పెట్టినవి సరిచేయండి.
cases-error-item = ఒకటి ఎంచుకోండి.
cases-error-date = ఒక తేదీ ఇవ్వండి, ఈరోజు తర్వాతది కాదు.

case-title = కేసు
case-summary = కేసు గురించి
case-state-label = దశ
case-state-since = { $state }, { $date } నుండి
case-authority = ప్రాధికార సంస్థ
case-details = వివరాలు
case-edit = వివరాలు మార్చండి
case-due = ఏమి మిగిలి ఉంది
case-due-none = ఏమీ మిగలలేదు.
case-due-on = గడువు { $date }
case-due-days-left = { $days ->
    [0] ఈరోజే గడువు
    [one] ఇంకా 1 రోజు
   *[other] ఇంకా { $days } రోజులు
}
case-overdue-by = { $days ->
    [one] 1 రోజు గడువు దాటింది
   *[other] { $days } రోజులు గడువు దాటింది
}
case-met-in-time = సమయానికి జరిగింది, { $date }
case-met-late = { $days } రోజులు ఆలస్యంగా జరిగింది, { $date }
case-due-source = నియమం: { $source }
case-due-moved = తేదీని { $date } నుండి మార్చారు. కారణం: { $reason }
case-move-title = కేసును ముందుకు తీసుకెళ్లండి
case-move-final = కేసు ముగిసింది: ఇంక దశలు లేవు.
case-move-to = ఈ దశకు: { $state }
case-move-on = తేదీ
case-note = గమనిక (కావాలంటే)
case-saved = సేవ్ అయింది.

case-hearings-title = విచారణ నమోదు చేయండి
case-hearing-held-on = విచారణ తేదీ
case-hearing-court = కోర్టు
case-hearing-next-on = తదుపరి తేదీ (ఇస్తే)
case-hearing-save = విచారణ సేవ్ చేయండి

case-override-title = గడువు తేదీ మార్చండి
case-override-intro = ప్రాధికార సంస్థ రాతపూర్వకంగా ఎక్కువ సమయం ఇస్తే, లేదా కోర్టు ఆదేశిస్తే, కొత్త తేదీ, కారణం రాయండి. చట్టపరమైన గడువు అలాగే ఉంటుంది.
case-override-rule = ఏ అడుగు
case-override-due = కొత్త తేదీ
case-override-reason = కారణం
case-override-save = తేదీ మార్చండి
case-override-reason-required = కారణం రాయండి.

case-letters-link = ఉత్తరం నమోదు చేయండి
letters-title = ఉత్తరం నమోదు చేయండి
letters-on = తేదీ
letters-direction = పంపారా, అందిందా
letters-medium = ఎలా
letters-institution = ప్రాధికార సంస్థ
letters-institution-other = మరొకటి (కింద పేరు రాయండి)
letters-authority-name = ప్రాధికార సంస్థ పేరు, జాబితాలో లేకపోతే
letters-summary = అందులో ఏముంది
letters-summary-required = అందులో ఏముందో రాయండి.
letters-attachment = ఫోటో లేదా స్కాన్ ({ $count } ఫైళ్ల వరకు, ఒక్కొక్కటి { $size } వరకు)
letters-attachment-hint = ఉత్తరం ఫోటో, లేదా ఒక PDF.
letters-save = ఉత్తరం సేవ్ చేయండి

case-timeline = ఏమేమి జరిగింది
case-timeline-none = ఇంకా ఏమీ నమోదు కాలేదు.
timeline-opened = కేసు తెరిచారు
timeline-state = { $from } → { $to }
timeline-hearing = విచారణ
timeline-hearing-next = తదుపరి తేదీ: { $date }
timeline-deadline = గడువు: { $what }
timeline-by = నమోదు చేసినవారు { $who }
timeline-by-you = మీరు నమోదు చేశారు
timeline-by-import = రిజిస్టర్ నుండి
timeline-attachment = ఫైల్ { $n }
timeline-attachment-size = { $kb } KB

case-error-transition-not-allowed = "{ $from }" దశ నుండి కేసు "{ $to }"కి వెళ్లదు. "{ $from }" నుండి వెళ్లగలిగేవి: { $allowed }.
case-error-transition-final = "{ $from }" దశ నుండి కేసు "{ $to }"కి వెళ్లదు: కేసు ముగిసింది.
case-error-transition-unchanged = కేసు ఇప్పటికే "{ $from }" దశలో ఉంది.
case-error-transition-not-in-workflow = ఈ రకం కేసులో అలాంటి దశ లేదు.
case-error-stale = ఈ పేజీ తెరిచిన తర్వాత కేసు మారింది. మళ్లీ చూడండి.
case-error-date-in-future = తేదీ ఈరోజు తర్వాతది కాకూడదు.
case-error-date-before-last-change = తేదీ చివరి దశ మార్పుకు ముందుది కాకూడదు.
case-error-reason-required = కారణం రాయండి.
case-error-unknown-rule = ఈ కేసులో అలాంటి గడువు లేదు.
case-error-wrong-kind = ఈ రకం కేసులో దీన్ని నమోదు చేయలేం.
case-error-too-large = ఫైల్ చాలా పెద్దది: ఒక్కొక్కటి { $size } వరకు.
case-error-type-not-allowed = ఫోటోలు (JPEG, PNG, WebP), PDF ఫైళ్లు మాత్రమే జోడించవచ్చు.
case-error-type-mismatch = ఫైల్ దాని పేరు చెప్పినట్లు లేదు. ఫోటోలు (JPEG, PNG, WebP), PDF ఫైళ్లు మాత్రమే జోడించవచ్చు.
case-error-too-many = ఒకసారికి { $count } ఫైళ్ల వరకు.
case-error-details = వివరాలు సరిచేయండి.
case-error-other = సేవ్ కాలేదు. మళ్లీ ప్రయత్నించండి.
case-refused-title = సేవ్ కాలేదు
case-back = కేసుకు తిరిగి
