## మీ హక్కులు: మీ సమాచారం ప్రతి, సవరణ, ఫిర్యాదు, తొలగింపు (ఇష్యూ 3).

rights-heading = మీ హక్కులు
rights-link-data = మీ సమాచారం మొత్తం చూడండి, డౌన్‌లోడ్ చేసుకోండి
rights-link-corrections = తప్పును సరిదిద్దమని అడగండి
rights-link-grievances = ఫిర్యాదు చేయండి
rights-link-erase = మీ సమాచారం మొత్తం తొలగించండి
rights-home-corrections = సవరణ అభ్యర్థనలు
rights-home-grievances = జవాబు ఇవ్వాల్సిన ఫిర్యాదులు
rights-text-missing = ఏదైనా రాయండి.
rights-text-too-long = గరిష్ఠంగా 2000 అక్షరాలు రాయండి.
rights-you = మీరు
rights-operator = ధ్రువను నడిపేవారు

## మీ సమాచారం

my-data-title = మీ సమాచారం
my-data-intro = ధ్రువ మీ గురించి ఉంచుకున్నది అంతా ఇక్కడ ఉంది. ఈ పేజీని మీరు మాత్రమే చూడగలరు.
my-data-download = మొత్తం ఒక ఫైల్‌గా డౌన్‌లోడ్ చేసుకోండి
my-data-download-note = పంచుకునే ఫోన్‌లో ఫైల్ ఫోన్ డౌన్‌లోడ్‌లలో ఉండిపోతుంది, అక్కడ ఇతరులు కూడా తెరవగలరు. పని అయ్యాక దాన్ని సురక్షితమైన చోటికి మార్చండి, లేదా తొలగించండి.
my-data-details = మీ వివరాలు
my-data-collectives = మీ సంఘాలు
my-data-account = మీ ఖాతా
my-data-language = తెర భాష
my-data-consents = మీరు ఇచ్చిన సమ్మతులు
my-data-consent-given = { $date }న ఇచ్చారు
my-data-consent-withdrawn = { $date }న వెనక్కి తీసుకున్నారు
my-data-mentors = మీ మెంటర్లు
my-data-witness = సాక్షి:
my-data-guardian = మీ సంరక్షకుల సమ్మతి
my-data-mentor-since = { $date } నుండి
my-data-mentor-until = { $date } వరకు
my-data-corrections = మీ సవరణ అభ్యర్థనలు
my-data-grievances = మీ ఫిర్యాదులు
my-data-history = మీ సమాచారంతో ఎవరు ఏమి చేశారు
my-data-history-note = ఇక్కడ చివరి { $count } నమోదులు ఉన్నాయి; ఫైల్‌లో అన్నీ ఉన్నాయి.
my-data-none = ఇక్కడ ఏమీ లేదు.

rights-purpose-case_support = మీ సంఘ నాయకురాళ్ల నుండి మీ కేసులో సహాయం
rights-purpose-mentoring = మీ మెంటర్ తోడు, సలహా
rights-purpose-research = పరిశోధన
rights-purpose-media = మీడియాలో మీ కథ లేదా ఫోటో
rights-purpose-federation_contact = సమాఖ్య నుండి సంప్రదింపు
rights-method-in_app = మీరే, ధ్రువలో
rights-method-verbal = నోటితో చెప్పారు, నాయకురాలు రాశారు
rights-method-paper = కాగితంపై

rights-event-member_created = మీ పేరు నమోదైంది
rights-event-membership_added = సంఘంలో చేరారు
rights-event-membership_ended = సంఘం నుండి వెళ్ళిపోయారు
rights-event-member_languages_changed = మీ భాషలు మార్చబడ్డాయి
rights-event-view_member_name = మీ పేరు చూడబడింది
rights-event-view_member_personal = మీ వివరాలు చూడబడ్డాయి
rights-event-edit_member_personal = మీ వివరాలు మార్చబడ్డాయి
rights-event-consent_granted = సమ్మతి ఇవ్వబడింది
rights-event-consent_withdrawn = సమ్మతి వెనక్కి తీసుకోబడింది
rights-event-account_created = మీ ఖాతా తెరవబడింది
rights-event-password_changed = మీ పాస్‌వర్డ్ మార్చబడింది
rights-event-language_changed = మీ తెర భాష మార్చబడింది
rights-event-account_disabled = మీ ఖాతా ఆపివేయబడింది
rights-event-account_enabled = మీ ఖాతా మళ్ళీ ప్రారంభించబడింది
rights-event-grant_added = మీ ఖాతాకు ఒక పాత్ర ఇవ్వబడింది
rights-event-grant_removed = మీ ఖాతా నుండి ఒక పాత్ర తీసివేయబడింది
rights-event-token_created = మీ ఖాతాకు ఒక ప్రవేశ తాళం తయారైంది
rights-event-tokens_revoked = మీ ఖాతా ప్రవేశ తాళాలు రద్దు చేయబడ్డాయి
rights-event-export_member_data = మీరు మీ సమాచారం మొత్తం చూశారు
rights-event-correction_requested = మీరు సవరణ అడిగారు
rights-event-view_correction_requests = మీ సవరణ అభ్యర్థనలు చదవబడ్డాయి
rights-event-correction_done = సవరణ చేయబడింది
rights-event-correction_declined = సవరణ చేయలేదు
rights-event-grievance_raised = మీరు ఫిర్యాదు చేశారు
rights-event-view_grievance = మీ ఫిర్యాదు చదవబడింది
rights-event-grievance_answered = మీ ఫిర్యాదుకు జవాబు ఇవ్వబడింది
rights-event-view_consents = మీ సమ్మతులు చూడబడ్డాయి
rights-event-mentor_assigned = మీకు ఒక మెంటర్ ఇవ్వబడ్డారు
rights-event-mentor_ended = ఒక మెంటర్ ఇక మీ మెంటర్ కాదు
rights-event-guardian_consent_recorded = మీ సంరక్షకుల సమ్మతి నమోదైంది
rights-event-guardian_consent_withdrawn = మీ సంరక్షకుల సమ్మతి వెనక్కి తీసుకోబడింది
rights-event-view_guardian_consent = మీ సంరక్షకుల సమ్మతి చూడబడింది
rights-event-contact_member = సమాఖ్య మీ సంప్రదింపు వివరాలు వాడింది
rights-event-include_in_research = మిమ్మల్ని పరిశోధనలో చేర్చారు
rights-event-access_denied = ఒకరికి మీ సమాచారం చూడనివ్వలేదు

## సవరణ

corrections-title = తప్పును సరిదిద్దమని అడగండి
corrections-intro = ధ్రువలో మీ గురించి ఏదైనా తప్పుగా ఉంటే, ఏది తప్పో రాయండి. మీ కేసులో సహాయానికి మీరు అనుమతి ఇచ్చిన నాయకురాలు దాన్ని సరిచేయగలరు, లేదా మీరే సరిచేసుకోవచ్చు.
corrections-edit-yourself = మీ వివరాలు మీరే సరిచేసుకోండి
corrections-what = ఏది తప్పు?
corrections-send = అభ్యర్థన పంపండి
corrections-yours = మీ అభ్యర్థనలు
corrections-none = మీరు ఇంకా ఏ సవరణా అడగలేదు.
corrections-asked-on = { $date }న అడిగారు
corrections-status-open = వేచి ఉంది
corrections-status-done = సరిచేయబడింది
corrections-status-declined = సరిచేయలేదు
corrections-note = వ్యాఖ్య:
corrections-mark-done = నేనే సరిచేసుకున్నాను
corrections-queue-title = సవరణ అభ్యర్థనలు
corrections-queue-intro = సభ్యులు ఈ సవరణలు అడిగారు. చదవడానికి ఒకటి తెరవండి; ప్రతిసారి చదవడం ఆమె చరిత్రలో రాయబడుతుంది.
corrections-queue-none = ఏ అభ్యర్థనా వేచి లేదు.
corrections-member-title = ఆమె సవరణ అభ్యర్థనలు
corrections-edit-her = ఆమె వివరాలు సరిచేయండి
corrections-reading-recorded = మీరు ఈ అభ్యర్థనలు చదివినట్టు ఆమె చరిత్రలో రాయబడుతుంది.
corrections-close-done = సరిచేయబడింది
corrections-decline-note = ఎందుకు సరిచేయరు? ఆమె దీన్ని చదువుతారు.
corrections-close-decline = సరిచేయవద్దు
corrections-note-missing = కారణం రాయండి, ఆమెకు తెలియాలి.

## ఫిర్యాదులు

grievances-title = ఫిర్యాదు చేయండి
grievances-intro = మీ సమాచారాన్ని ఉంచుతున్న లేదా వాడుతున్న తీరు మీకు నచ్చకపోతే, ఈ ధ్రువ ఫిర్యాదుల అధికారికి చెప్పండి. వారు 90 రోజుల్లో జవాబు ఇవ్వాలి. మీరు రాసేది వారు మాత్రమే చదువుతారు.
grievances-what = మీ ఫిర్యాదు
grievances-send = ఫిర్యాదు పంపండి
grievances-yours = మీ ఫిర్యాదులు
grievances-none = మీరు ఇంకా ఏ ఫిర్యాదూ చేయలేదు.
grievances-sent-on = { $date }న పంపారు
grievances-due-on = { $date } లోపు జవాబు ఇవ్వాలి
grievances-waiting = జవాబు కోసం వేచి ఉంది
grievances-answered-on = { $date }న జవాబు ఇవ్వబడింది
grievances-answer = జవాబు:
grievances-queue-title = జవాబు ఇవ్వాల్సిన ఫిర్యాదులు
grievances-queue-intro = ఫిర్యాదుల అధికారిగా మీరు ప్రతి ఫిర్యాదుకు అది పంపిన రోజు నుండి 90 రోజుల్లో జవాబు ఇవ్వాలి. గడువు దాటినవి గుర్తించబడ్డాయి.
grievances-queue-none = ఫిర్యాదులు ఏవీ లేవు.
grievances-number = ఫిర్యాదు సంఖ్య { $number }
grievances-overdue = గడువు దాటింది
grievances-answered = జవాబు ఇవ్వబడింది
grievances-reading-recorded = ఫిర్యాదు తెరవడం ఆమె చరిత్రలో రాయబడుతుంది. ఆమె మీకు రాసినది మాత్రమే మీరు చూస్తారు.
grievances-answer-label = మీ జవాబు. ఆమె దీన్ని చదువుతారు.
grievances-answer-send = జవాబు పంపండి

## తొలగింపు

erase-title = మీ సమాచారం తొలగించండి
erase-intro = మీరు కోరితే ధ్రువ మిమ్మల్ని పూర్తిగా మరచిపోగలదు. అప్పుడు ఇలా జరుగుతుంది:
erase-what-details = మీ పేరు, మొబైల్ నంబర్, పుట్టిన సంవత్సరం, గమనికలు తొలగించబడతాయి; వాటితో పాటు మీ సమ్మతులు, సవరణ అభ్యర్థనలు, ఫిర్యాదులు కూడా.
erase-what-key = మీ సమాచారానికి వేసిన తాళం చెవి నాశనం చేయబడుతుంది. పాత బ్యాకప్‌లలో మీ సమాచారం తాళం వేసి ఉండవచ్చు; అలాంటి బ్యాకప్‌ను ఎప్పుడైనా తిరిగి తెచ్చినా, ధ్రువ వెంటనే మిమ్మల్ని మళ్ళీ తొలగిస్తుంది.
erase-what-account = మీ ఖాతా మూసివేయబడుతుంది. మీరు మళ్ళీ లాగిన్ కాలేరు.
erase-what-count = మీ సంఘం లెక్కలో మీరు ఒక సభ్యురాలిగా ఉంటారు, కానీ మీ పేరు గానీ మీ గురించి ఇంకేమీ గానీ ఉండవు.
erase-cannot-undo = దీన్ని వెనక్కి తీసుకోలేరు. ఎవరూ, ధ్రువను నడిపేవారు కూడా, మీ సమాచారాన్ని తిరిగి తీసుకురాలేరు.
erase-download-first = కావాలంటే ముందుగా మీ సమాచారం డౌన్‌లోడ్ చేసుకోండి.
erase-password = ఇది మీరేనని చూపడానికి మీ పాస్‌వర్డ్
erase-confirm = నా సమాచారం శాశ్వతంగా తొలగించండి
erase-wrong-password = ఆ పాస్‌వర్డ్ సరైనది కాదు. ఏదీ తొలగించలేదు.
erased-title = మీ సమాచారం తొలగించబడింది
erased-text = ధ్రువలో ఇక మీ పేరు గానీ మీ వివరాలు గానీ లేవు, మీ ఖాతా మూసివేయబడింది.
rights-event-view_cases = మీ కేసులు చూడబడ్డాయి
rights-event-case_opened = మీ కేసు ఒకటి తెరవబడింది
rights-event-case_state_changed = మీ కేసు ఒకటి తదుపరి దశకు వెళ్ళింది
rights-event-case_details_edited = మీ కేసు ఒకదాని వివరాలు మార్చబడ్డాయి
rights-event-case_hearing_added = మీ కేసు ఒకదానికి విచారణ చేర్చబడింది
rights-event-case_deadline_overridden = మీ కేసు ఒకదాని గడువు తేదీ మార్చబడింది
rights-event-case_correspondence_recorded = మీ కేసు ఒకదానిపై లేఖ, సందర్శన లేదా ఫోన్ నమోదైంది

# access log (issue 9): reads and refusals listed apart, paged, one line per person, action and day
access-log-reads-heading = మీ సమాచారాన్ని ఎవరు తెరిచారు
access-log-older = పాతవి
access-log-newer = కొత్తవి
access-log-times = ఆ రోజు { $count } సార్లు
access-log-times-refused = ఆ రోజు { $count } సార్లు ఆపబడింది
access-log-what-view_grievance = ఫిర్యాదుల అధికారికి మీరు చేసిన ఫిర్యాదు
access-log-what-view_correction_requests = మీరు సరిదిద్దమని అడిగినది
access-log-what-export_member_data = మీ సమాచారం అంతటి ఒక ప్రతి
