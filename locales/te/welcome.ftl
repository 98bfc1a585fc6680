# The login page, its help and the remembered language (issue 10).

welcome-forgot-password = పాస్‌వర్డ్ మర్చిపోయారా? మీ సంఘం నాయకురాలిని సహాయం అడగండి.

## ప్రతి గడువు కింద చట్టం నియమం (data/case-deadlines.toml లోని ప్రతి నియమానికి ఒకటి).
welcome-rule-lsa_decision = BNSS సెక్షన్ 396(5) (CrPC సెక్షన్ 357A(5)): న్యాయ సేవల ప్రాధికార సంస్థ రెండు నెలల్లో విచారణ పూర్తి చేసి పరిహారం నిర్ణయిస్తుంది.
welcome-rule-compensation_payment = రాష్ట్ర బాధితుల పరిహార పథకాలు: ఆదేశం వచ్చిన 30 రోజుల్లో పరిహారం డబ్బు చెల్లిస్తారు.
welcome-rule-compensation_payment_partly = రాష్ట్ర బాధితుల పరిహార పథకాలు: ఆదేశం వచ్చిన 30 రోజుల్లో పరిహారం డబ్బు చెల్లిస్తారు.
welcome-rule-appeal_window = రాష్ట్ర బాధితుల పరిహార పథకాలు: ఆదేశం వచ్చిన 90 రోజుల్లో మీరు రాష్ట్ర ప్రాధికార సంస్థకు అప్పీలు చేయవచ్చు.
welcome-rule-charge_sheet = BNSS సెక్షన్ 187 (CrPC సెక్షన్ 167): పది సంవత్సరాలు లేదా అంతకంటే ఎక్కువ శిక్ష పడే నేరాల్లో పోలీసు దర్యాప్తుకు 90 రోజులు.
welcome-rule-fir_decision = BNSS సెక్షన్ 173(3): పోలీసులు 14 రోజుల్లో ప్రాథమిక విచారణ పూర్తి చేస్తారు.
welcome-rule-legal_aid_decision = NALSA (ఉచిత, సమర్థ న్యాయ సేవలు) నిబంధనలు 2010, నిబంధన 7: ఉచిత న్యాయ సహాయం దరఖాస్తుపై ఏడు రోజుల్లో నిర్ణయం తీసుకుంటారు.
welcome-rule-public_service = రాష్ట్ర ప్రజా సేవల హామీ చట్టాలు: చాలా సర్టిఫికెట్లు, కార్డులు 30 రోజుల్లో (మీ రాష్ట్ర జాబితా చూసుకోండి).
welcome-rule-document_issue = రాష్ట్ర ప్రజా సేవల హామీ చట్టాలు: సర్టిఫికెట్లు 30 రోజుల్లో (మీ రాష్ట్ర జాబితా చూసుకోండి).

## ఆమె సొంత మెంటార్ పేజీ, ఆమెతోనే మాట్లాడుతూ.
welcome-mentors-intro-own = మెంటార్ అంటే మీకు తోడుగా ఉండే భాగస్వామి సంస్థ సహాయకురాలు. మెంటారింగ్‌కు మీరు సమ్మతిస్తే, మీ మెంటార్ మాత్రమే మీ వివరాలు చూడగలరు.
welcome-mentors-current-own = మీ మెంటార్
welcome-mentors-none-own = మీకు ఇంకా మెంటార్ లేరు.
welcome-mentors-past-own = మీ మునుపటి మెంటార్లు
welcome-mentors-choose-own = మీ మెంటార్‌ను ఎంచుకోండి
welcome-mentors-assign-own = వీరిని నా మెంటార్‌గా చేయండి

## "నా సమాచారం": ఏమి జరిగిందో మాటల్లో.
welcome-someone = ఇంకెవరో
welcome-event-other = ఇంకేదో నమోదైంది
welcome-event-member_marked_under_18 = మిమ్మల్ని 18 ఏళ్ల లోపు వారిగా నమోదు చేశారు
welcome-event-member_marked_adult = మిమ్మల్ని 18 ఏళ్లు లేదా ఆపైన వారిగా నమోదు చేశారు
welcome-event-member_erased = ఒక సభ్యురాలి సమాచారం తుడిచివేశారు
welcome-event-phone_change_requested = కొత్త మొబైల్ నంబర్ కోసం అడిగారు
welcome-event-phone_change_confirmed = మీ కొత్త మొబైల్ నంబర్ నిర్ధారించారు
welcome-event-phone_change_refused = మీ కొత్త మొబైల్ నంబర్ తీసుకోలేదు
welcome-event-phone_change_cancelled = కొత్త మొబైల్ నంబర్ అభ్యర్థన రద్దయింది
welcome-event-phone_in_use = మీ మొబైల్ నంబర్‌ను తనిఖీ కోసం పక్కన పెట్టారు
welcome-event-consent_confirmed = మీ తరఫున ఎవరో రాసిన నిర్ణయాన్ని మీరు నిర్ధారించారు
welcome-event-consent_refused = మీ తరఫున ఎవరో రాసిన నిర్ణయాన్ని మీరు ఒప్పుకోలేదు
welcome-event-cases_imported = మీ సంఘం రిజిస్టర్ నుండి కేసులు చేర్చారు
welcome-event-reminder_settings_changed = మీ సంఘం రిమైండర్ సెట్టింగులు మార్చారు
welcome-event-rating_recorded = మీరు స్కోర్ కార్డు రౌండ్‌లో సేవలను రేట్ చేశారు
welcome-event-round_planned = ఒక స్కోర్ కార్డు రౌండ్ ప్లాన్ చేశారు
welcome-event-round_advanced = ఒక స్కోర్ కార్డు రౌండ్ తర్వాతి దశకు వెళ్ళింది
welcome-event-self_assessment_recorded = ఒక సంస్థ సొంత అంచనా నమోదు చేశారు
welcome-event-focus_group_recorded = ఫోకస్ గ్రూపు స్కోర్లు నమోదు చేశారు
welcome-event-meeting_recorded = సేవలు అందించేవారితో సమావేశం నమోదు చేశారు
welcome-event-action_added = కార్యాచరణ ప్రణాళికలో ఒక పని చేర్చారు
welcome-event-action_updated = కార్యాచరణ ప్రణాళికలో ఒక పని మార్చారు
welcome-event-institution_added = జాబితాలో ఒక సంస్థను చేర్చారు
welcome-event-institutions_imported = జాబితాలో కొన్ని సంస్థలను చేర్చారు
welcome-event-round_scorecard_made = ఒక రౌండ్ స్కోర్ కార్డు తయారైంది
welcome-event-federation_scorecard_made = సమాఖ్య స్కోర్ కార్డు తయారైంది
welcome-event-publish_figures = సమాఖ్య లెక్కలు ప్రచురించారు
welcome-event-login_succeeded = మీరు లాగిన్ అయ్యారు
welcome-event-login_failed = మీ ఖాతాతో లాగిన్ కాలేదు
welcome-event-logged_out_everywhere = మీరు అన్ని ఫోన్ల నుండి లాగ్ అవుట్ అయ్యారు
welcome-event-collective_created = ఒక సంఘం మొదలైంది
welcome-event-collective_updated = ఒక సంఘం వివరాలు మార్చారు
welcome-event-partner_created = ఒక భాగస్వామి సంస్థను చేర్చారు
welcome-event-federation_created = సమాఖ్య ఏర్పడింది
welcome-event-federation_renamed = సమాఖ్య పేరు మార్చారు
welcome-event-audit_pruned = రికార్డు నుండి పాత నమోదులు తీసేశారు

## రిమైండర్లు: ఏం పంపవచ్చో సెట్టింగులు చెబుతాయి; ఏం రావలసి ఉందో ఆమె పేజీ చెబుతుంది.
welcome-reminders-no-gateway = ఇక్కడ ఇంకా SMS లేదా ఈమెయిల్ ద్వారా రిమైండర్లు పంపలేము, అందుకే ఏదీ సేవ్ చేయలేదు. సభ్యులు తమ రిమైండర్లను యాప్‌లోనే చూస్తారు.
welcome-reminders-in-app-only = సభ్యులు తమ రిమైండర్లను యాప్‌లో, రిమైండర్ల పేజీలో చూస్తారు. ఈ సేవ SMS, ఈమెయిల్ పంపగలిగినప్పుడు వాటిని ఇక్కడ ఎంచుకోవచ్చు.
welcome-reminders-due-heading = మీ కేసుల్లో రావలసినవి
welcome-reminders-overdue = తేదీ దాటిపోయింది
welcome-reminders-messages-heading = సందేశాలు
