# ధ్రువ — తెలుగు. ఇంగ్లీష్ ఫైల్‌లోని ప్రతి కీ ఇక్కడ ఉండాలి (ఒక టెస్ట్ దీన్ని చూస్తుంది).
# చిన్న, సరళమైన వాక్యాలు: చాలామంది ఫోన్ తెరపై చదవడం ఇప్పుడే నేర్చుకుంటున్నారు.

app-name = ధ్రువ
language-self-name = తెలుగు
language-switch-label = భాష:
quick-exit = వెంటనే బయటకు వెళ్ళండి

## మెనూ

nav-label = ముఖ్య మెనూ
nav-home = ముఖ్య పేజీ
nav-collectives = సంఘాలు
nav-profile = నా ప్రొఫైల్
nav-logout = లాగ్ అవుట్

## లాగిన్

login-title = లాగిన్
login-name-label = యూజర్ పేరు లేదా మొబైల్ నంబర్
login-name-hint = ధ్రువ కోసం మీకు ఇచ్చిన పేరు లేదా 10 అంకెల మొబైల్ నంబర్.
login-password-label = పాస్‌వర్డ్
login-submit = లాగిన్ అవ్వండి
login-shared-phone-note = ఇతరులతో పంచుకునే ఫోన్‌లో మీ పాస్‌వర్డ్‌ను బ్రౌజర్ గుర్తుంచుకోనివ్వకండి. పని పూర్తయ్యాక లాగ్ అవుట్ చేయండి.
login-failed = యూజర్ పేరు, మొబైల్ నంబర్ లేదా పాస్‌వర్డ్ సరిగ్గా లేదు. దయచేసి మళ్ళీ ప్రయత్నించండి.
login-throttled = చాలా సార్లు ప్రయత్నించారు. దయచేసి { $minutes ->
    [one] ఒక నిమిషం
   *[other] { $minutes } నిమిషాలు
} ఆగి మళ్ళీ ప్రయత్నించండి.

## ముఖ్య పేజీ

home-title = ముఖ్య పేజీ
home-signed-in-as = మీరు { $role }గా లాగిన్ అయ్యారు.
home-no-role = మీ ఖాతాకు ఇంకా ఏ పాత్రా ఇవ్వలేదు. మీ సంఘం నాయకురాలిని లేదా నిర్వాహకులను అడగండి.
home-registry = ఒక్క చూపులో సమాఖ్య
home-all-collectives = అన్ని సంఘాలు చూడండి
home-your-collectives = మీ సంఘాలు
home-my-profile = నా ప్రొఫైల్ చూడండి
count-collectives = సంఘాలు
count-members = సభ్యులు
count-accounts = ఖాతాలు

## సంఘాలు

collectives-title = సంఘాలు
collectives-none = మీరు చూడటానికి ఇంకా ఏ సంఘమూ లేదు.
collective-title = సంఘం
collective-kind = సభ్యులు బయటపడిన అక్రమ రవాణా
collective-stage = దశ
collective-place = జిల్లా
collective-founded = ప్రారంభం
collective-partners = సహకరించే సంస్థలు
collective-members-heading = { $count ->
    [one] ఒక సభ్యురాలు
   *[other] { $count } మంది సభ్యులు
}
collective-no-members = ఇంకా సభ్యులు ఎవరూ లేరు.
collective-names-hidden = సభ్యురాలు స్వయంగా అంగీకరించిన చోట మాత్రమే పేర్లు చూపిస్తాము.

## సభ్యురాలు

member-title = సభ్యురాలు
member-code-label = సభ్య కోడ్
member-collectives = సంఘాలు
member-since = { $date } నుండి
member-until = { $date } వరకు
member-edit = ఆమె వివరాలు సరిచేయండి
value-not-given = ఇవ్వలేదు

field-name = పేరు
field-phone = మొబైల్ నంబర్
field-birth-year = పుట్టిన సంవత్సరం
field-notes = గమనికలు
field-languages = భాషలు
field-office = పదవి
field-joined-on = చేరిన తేదీ

## నా ప్రొఫైల్

profile-title = నా ప్రొఫైల్
profile-edit = నా వివరాలు సరిచేయండి
profile-account = నా ఖాతా
profile-username = యూజర్ పేరు
profile-roles = పాత్ర
profile-logout-everywhere = అన్ని ఫోన్‌ల నుండి లాగ్ అవుట్ చేయండి
profile-logout-everywhere-note = వేరే ఫోన్‌లో ఎవరైనా మీ ఖాతాను వాడి ఉండవచ్చని అనిపిస్తే, ఇది అన్ని చోట్ల నుండి లాగ్ అవుట్ చేస్తుంది.

## వివరాలు సరిచేయడం

edit-title = వివరాలు సరిచేయండి
edit-save = భద్రపరచండి
edit-cancel = రద్దు చేయండి

## గడుల్లో పొరపాట్లు

field-error-name-missing = దయచేసి ఆమె పేరు రాయండి.
field-error-name-too-long = పేరు గరిష్టంగా 200 అక్షరాలు ఉండవచ్చు.
field-error-phone-length = మొబైల్ నంబర్‌లో 10 అంకెలు ఉంటాయి.
field-error-phone-prefix = మొబైల్ నంబర్ 6, 7, 8 లేదా 9తో మొదలవుతుంది.
field-error-phone-character = మొబైల్ నంబర్‌లో అంకెలు మాత్రమే రాయండి (ముందు +91 ఉన్నా పరవాలేదు).
field-error-birth-year = పుట్టిన సంవత్సరం 1900 నుండి ఈ సంవత్సరం లోపు ఉండాలి.
field-error-not-a-number = దయచేసి ఒక సంఖ్య రాయండి, ఉదాహరణకు 1995.
field-error-notes-too-long = గమనికలు గరిష్టంగా 5000 అక్షరాలు ఉండవచ్చు.
field-error-language = ఈ భాష ధ్రువకు తెలియదు.
field-error-office = ఇది సంఘంలో ఉండే పదవి కాదు.
field-error-future-date = ఈ తేదీ ఇంకా రాలేదు.
field-error-date = తేదీని సంవత్సరం-నెల-రోజు రూపంలో రాయండి, ఉదాహరణకు 2026-11-24.

## పొరపాట్లు: శీర్షిక, తర్వాత ఏం చేయాలి

error-go-home = ముఖ్య పేజీకి వెళ్ళండి
error-not-found-title = దొరకలేదు
error-not-found = ఈ పేజీ దొరకలేదు. ఇది లేకపోవచ్చు, లేదా మీరు చూడటానికి అనుమతి లేకపోవచ్చు.
error-sign-in-title = లాగిన్ అవ్వండి
error-sign-in = దయచేసి ముందుగా లాగిన్ అవ్వండి.
error-forbidden-title = అనుమతి లేదు
error-forbidden = మీరు దీన్ని చూడగలరు, కానీ మార్చలేరు. మీకు ఈ అనుమతి ఉండాలని అనిపిస్తే, మీ సంఘం నాయకురాలిని అడగండి.
error-csrf-title = పేజీ గడువు ముగిసింది
error-csrf = ఈ పేజీ చాలా సేపు తెరిచి ఉంది. వెనక్కి వెళ్ళి, పేజీని మళ్ళీ తెరిచి, ఇంకోసారి ప్రయత్నించండి.
error-cross-site-title = అభ్యర్థన తిరస్కరించబడింది
error-cross-site = ఈ అభ్యర్థన వేరే వెబ్‌సైట్ నుండి వచ్చింది, అందుకే తిరస్కరించాము. ధ్రువను నేరుగా తెరిచి మళ్ళీ ప్రయత్నించండి.
error-invalid-title = దయచేసి సరిచూడండి
error-invalid = కొన్ని వివరాలు సరిచేయాలి. ప్రతి గడి కింద ఉన్న సూచన చూడండి.
error-bad-request-title = అర్థం కాలేదు
error-bad-request = పంపినది అర్థం కాలేదు. వెనక్కి వెళ్ళి మళ్ళీ ప్రయత్నించండి.
error-conflict-title = ఇప్పటికే నమోదైంది
error-conflict = ఇది ఇప్పటికే నమోదై ఉంది. ఈ మొబైల్ నంబర్‌తో ఒక సభ్యురాలు ఇప్పటికే ఉండవచ్చు.
error-internal-title = ఏదో పొరపాటు జరిగింది
error-internal = మా వైపు ఏదో పొరపాటు జరిగింది. మీ వివరాలు భద్రంగా ఉన్నాయి. కొన్ని నిమిషాల తర్వాత మళ్ళీ ప్రయత్నించండి.

## కోడ్ విలువలు

trafficking-kind-sex = లైంగిక దోపిడీ కోసం అక్రమ రవాణా
trafficking-kind-labour = బలవంతపు శ్రమ
trafficking-kind-domestic_servitude = ఇంటి పనిలో బానిసత్వం
trafficking-kind-adoption = దత్తత పేరుతో అక్రమ రవాణా
trafficking-kind-organ_trade = అవయవాల కోసం అక్రమ రవాణా
trafficking-kind-mixed = ఒకటి కంటే ఎక్కువ రకాలు

stage-peer_group = తోటివారి బృందం
stage-collective = సంఘం
stage-registered_organisation = నమోదైన సంస్థ

office-president = అధ్యక్షురాలు
office-secretary = కార్యదర్శి
office-treasurer = కోశాధికారి
office-core_team = ముఖ్య బృందం

language-en = ఇంగ్లీష్
language-bn = బెంగాలీ
language-hi = హిందీ
language-te = తెలుగు

role-member = సభ్యురాలు
role-leader = నాయకురాలు
role-facilitator = సహాయకులు
role-analyst = సమాఖ్య విశ్లేషకులు
role-admin = నిర్వాహకులు

## నెలలు

month-1 = జనవరి
month-2 = ఫిబ్రవరి
month-3 = మార్చి
month-4 = ఏప్రిల్
month-5 = మే
month-6 = జూన్
month-7 = జులై
month-8 = ఆగస్టు
month-9 = సెప్టెంబర్
month-10 = అక్టోబర్
month-11 = నవంబర్
month-12 = డిసెంబర్

# issue 9 low findings

login-wait-seconds = చాలా సార్లు తప్పుగా ప్రయత్నించారు. దయచేసి { $seconds } సెకన్లు ఆగి మళ్ళీ ప్రయత్నించండి.
federation-research-generalised = ప్రతి వరుస స్థలం, భాషలు, చేరిన సంవత్సరంలో కనీసం { $k } వరుసల లాగా కనిపిస్తుంది: అలా అయ్యే వరకు ఇవి విస్తరించబడతాయి (సంఘం బదులు జిల్లా, ఒక సంవత్సరం బదులు కొన్ని సంవత్సరాలు), అయినా వేరుగా గుర్తించగలిగే సభ్యురాలిని ఫైల్‌లో చేర్చరు.

# issue 10 forms

field-error-text-missing = దయచేసి ఇక్కడ రాయండి.
field-error-text-too-long = ఇది చాలా పొడవుగా ఉంది: దయచేసి తగ్గించండి.
field-error-text-control = ఇందులో ఉంచలేని ఒక అక్షరం ఉంది. దయచేసి మళ్ళీ రాయండి.
field-error-before-round = ఈ తేదీ రౌండ్ మొదలయ్యే ముందుది. రౌండ్ మొదలైన రోజు లేదా తర్వాతి తేదీ ఇవ్వండి.
field-error-no-attendance = ఎంతమంది వచ్చారో రాయండి: కనీసం ఒకరు.
field-error-before-hearing = తదుపరి తేదీ విచారణకు ముందు ఉండకూడదు.
field-error-count = ఎంతమంది వచ్చారో పూర్ణ సంఖ్యలో రాయండి, ఉదాహరణకు 12.

# issue 10 I
error-too-large-title = ఒకేసారి చాలా ఎక్కువ
error-too-large = పంపినది ఈ పేజీ తీసుకునే దానికంటే పెద్దది, కాబట్టి అందులో ఏదీ దాచలేదు. వెనక్కి వెళ్లి రాతను తగ్గించండి లేదా చిన్న ఫైల్ పంపండి, మళ్లీ ప్రయత్నించండి.
error-method-title = ఇక్కడ ఇది చేయలేము
error-method = ఈ చిరునామా ఇలాంటి అభ్యర్థనను తీసుకోదు. వెనక్కి వెళ్లి పేజీలోని బటన్లనే వాడండి.
error-uri-too-long-title = చిరునామా చాలా పొడవు
error-uri-too-long = చిరునామా చదవడానికి చాలా పొడవుగా ఉంది. వెనక్కి వెళ్లి మళ్లీ ప్రయత్నించండి, లేదా హోమ్ పేజీ నుండి మొదలుపెట్టండి.
error-headers-too-large-title = అభ్యర్థనను చదవలేకపోయాము
error-headers-too-large = మీ బ్రౌజర్ మేము చదవగలిగినదానికంటే ఎక్కువ పంపింది. ధ్రువ ట్యాబ్‌లను మూసి మళ్లీ తెరిచి ఇంకోసారి ప్రయత్నించండి.
