## సమ్మతి, మెంటార్, సంరక్షకులు, "నా సమాచారం ఎవరు చూశారు" మరియు గోప్యతా ప్రకటన (ఇష్యూ 3).

footer-privacy = గోప్యత: ధ్రువ ఏమి ఉంచుతుంది, మీ హక్కులు
login-privacy-link = ధ్రువ మీ సమాచారాన్ని ఎలా భద్రంగా ఉంచుతుంది
time-late-night = రాత్రి
time-morning = ఉదయం
time-afternoon = మధ్యాహ్నం
time-late-afternoon = సాయంత్రం
time-evening = సాయంత్రం
time-night = రాత్రి
date-time = { $date }, { $period } { $time }

## ప్రతి పనిలో ఏమి కనిపిస్తుంది: శీర్షిక, ఎవరు ఏమి చూస్తారు — సులభమైన మాటల్లో

purpose-case_support = నా కేసుల్లో సహాయం
purpose-case_support-who = నా సంఘం నాయకురాళ్ళు నా దరఖాస్తులు, కేసుల్లో సహాయం చేయడానికి నా మొబైల్ నంబర్, పుట్టిన సంవత్సరం, గమనికలు చూడవచ్చు.
purpose-mentoring = మెంటారింగ్
purpose-mentoring-who = నా మెంటార్ — భాగస్వామి సంస్థకు చెందిన ఒక సహాయకురాలు — నా పేరు, మొబైల్ నంబర్, పుట్టిన సంవత్సరం, గమనికలు చూడవచ్చు. ఇతర సిబ్బంది చూడలేరు.
purpose-research = పరిశోధన
purpose-research-who = సమాఖ్య పరిశోధనలో నన్ను లెక్కించవచ్చు. పరిశోధకులకు నా సంఘం, జిల్లా, భాషలు, నేను చేరిన సంవత్సరం మాత్రమే అందుతాయి — నా పేరు, నంబర్ లేదా కోడ్ ఎప్పటికీ కాదు.
purpose-media = మీడియా మరియు ప్రచారాలు
purpose-media-who = మీడియాలో, ప్రచారాల్లో తమ కథ చెప్పడానికి సిద్ధంగా ఉన్న సభ్యుల జాబితాలో నా సంఘం నాయకురాళ్ళు, సమాఖ్య నా పేరు చూడవచ్చు. ఏ కథ లేదా ఫోటో వాడే ముందైనా వారు నన్ను మళ్ళీ అడుగుతారు.
purpose-federation_contact = సమాఖ్య నుండి సంప్రదింపు
purpose-federation_contact-who = సమావేశాలు, ప్రచారాల గురించి ఫోన్ చేయడానికి సమాఖ్య బృందం నా పేరు, మొబైల్ నంబర్ చూడవచ్చు.

consent-method-in_app = ధ్రువలో స్వయంగా
consent-method-verbal = నోటి మాటగా
consent-method-paper = కాగితంపై రాసి

## నా నిర్ణయాలు (సమ్మతి)

consents-title = నా నిర్ణయాలు
consents-member-title = ఆమె నిర్ణయాలు
consents-intro = ఎవరు ఏమి చూడవచ్చో మీరే నిర్ణయిస్తారు. ప్రతి నిర్ణయం ఎవరైనా తర్వాతి పేజీ తెరిచిన వెంటనే అమలవుతుంది. మీరు ఎప్పుడైనా మార్చుకోవచ్చు.
consents-member-intro = ఎవరు ఏమి చూడవచ్చో ఆమే నిర్ణయిస్తుంది. ఆమె నోటి మాటగా లేదా కాగితంపై ఇచ్చిన సమ్మతిని ఇక్కడ నమోదు చేయండి; ఆమె దాన్ని తన ఫోన్‌లో చూసి ఆపగలదు.
consent-yes = అవును, { $date } నుండి
consent-no = లేదు
consent-grant = అవును, నేను అంగీకరిస్తున్నాను
consent-withdraw = ఆపండి
consent-withdraw-for-her = ఆపండి (ఆమె అడిగారు)
consent-guardian-needed = మీ వయస్సు 18 కంటే తక్కువ. ముందుగా మీ సంఘం నాయకురాలు మీ సంరక్షకుల సమ్మతిని నమోదు చేయాలి. అప్పటి వరకు ధ్రువ మీ పేరు, కోడ్ మాత్రమే ఉంచుతుంది.
consent-guardian-needed-member = ఆమె వయస్సు 18 కంటే తక్కువ. ఇంకేమైనా ఉంచే ముందు ఆమె సంరక్షకుల సమ్మతిని నమోదు చేయాలి.
consents-history = అన్ని నమోదులు
consents-history-none = ఇంకా ఏమీ నమోదు కాలేదు.
consent-record-line = { $purpose }: అవును, { $method }. నమోదు చేసినవారు { $who }, { $when }.
consent-record-witness = సాక్షి: { $witness }
consent-record-withdrawn = ఆపినవారు { $who }, { $when }.
consent-recorded-by-you = మీరు
consent-recorded-by-operator = ధ్రువ నిర్వాహకులు
consents-record-heading = ముఖాముఖి ఇచ్చిన సమ్మతిని నమోదు చేయండి
consents-record-purpose = ఆమె దేనికి అంగీకరించారు
consents-record-method = ఆమె ఎలా చెప్పారు
consents-record-witness = సాక్షి పేరు
consents-record-witness-hint = ఆమె అంగీకరించినప్పుడు అక్కడ ఎవరు ఉన్నారు. ఈ పేరు కూడా ఆమె పేరులాగే తాళం వేసి ఉంచబడుతుంది.
consents-record-submit = ఆమె సమ్మతిని నమోదు చేయండి
consents-record-witness-missing = దయచేసి సాక్షి పేరు రాయండి.
consents-links = మీ సమాచారం గురించి మరింత
link-access-log = నా సమాచారం ఎవరు చూశారు
link-mentors = నా మెంటార్
link-privacy = గోప్యతా ప్రకటన
link-back = వెనక్కి
member-link-consents = ఆమె నిర్ణయాలు
member-link-mentors = ఆమె మెంటార్
member-link-guardian = సంరక్షకులు (18 కంటే తక్కువ వయస్సు)

## మెంటార్

mentors-title = మెంటార్
mentors-intro = మెంటార్ అంటే ఆమెకు తోడుగా ఉండే భాగస్వామి సంస్థ సహాయకురాలు. మెంటారింగ్‌కు ఆమె సమ్మతి ఉంటే, ఆమె మెంటార్ మాత్రమే ఆమె వివరాలు చూడగలరు.
mentors-current = ప్రస్తుత మెంటార్
mentors-none = ఇంకా మెంటార్ లేరు.
mentors-since = { $when } నుండి
mentors-ended = { $from } నుండి { $until } వరకు
mentors-past = మునుపటి మెంటార్లు
mentors-choose = మెంటార్‌ను ఎంచుకోండి
mentors-no-candidates = భాగస్వామి సంస్థ సహాయకులు ఎవరూ ప్రస్తుతం అందుబాటులో లేరు.
mentors-assign = వీరిని మెంటార్‌గా చేయండి
mentors-end = మెంటారింగ్ ముగించండి

## సంరక్షకుల సమ్మతి (18 కంటే తక్కువ వయస్సు)

guardian-title = సంరక్షకుల సమ్మతి
guardian-intro = 18 కంటే తక్కువ వయస్సు ఉన్న సభ్యురాలి పేరు, కోడ్ కంటే ఎక్కువ ఏదైనా ఉంచే ముందు ధ్రువకు ఆమె సంరక్షకుల సమ్మతి కావాలి.
guardian-status-adult = ఆమెను 18 కంటే తక్కువ వయస్సుగా గుర్తించలేదు.
guardian-status-needed = ఆమె వయస్సు 18 కంటే తక్కువ. సంరక్షకుల సమ్మతి ఇంకా నమోదు కాలేదు: ఆమె పేరు, కోడ్ మాత్రమే ఉంచబడ్డాయి.
guardian-status-given = ఆమె వయస్సు 18 కంటే తక్కువ. ఆమె సంరక్షకుల సమ్మతి నమోదైంది.
guardian-mark-minor = ఆమెను 18 కంటే తక్కువ వయస్సుగా గుర్తించండి
guardian-mark-adult = ఇప్పుడు ఆమెకు 18 నిండాయి
guardian-record-heading = ఆమె సంరక్షకుల సమ్మతిని నమోదు చేయండి
guardian-name = సంరక్షకుల పేరు
guardian-relation = ఆమెతో సంబంధం
guardian-verification = సంరక్షకుల గుర్తింపును మీరు ఎలా నిర్ధారించారు
guardian-submit = సమ్మతిని నమోదు చేయండి
guardian-withdraw = సంరక్షకులు సమ్మతిని వెనక్కి తీసుకుంటున్నారు
guardian-name-missing = దయచేసి సంరక్షకుల పేరు రాయండి.
guardian-record-line = { $name } ({ $relation }), నిర్ధారణ: { $verification }. నమోదు చేసినవారు { $who }, { $when }.
guardian-record-withdrawn = వెనక్కి తీసుకున్నారు, నమోదు చేసినవారు { $who }, { $when }.

guardian-relation-mother = తల్లి
guardian-relation-father = తండ్రి
guardian-relation-grandparent = తాత లేదా అమ్మమ్మ/నానమ్మ
guardian-relation-sibling = అన్న లేదా అక్క
guardian-relation-other_relative = ఇతర బంధువు
guardian-relation-legal_guardian = చట్టపరమైన సంరక్షకులు
guardian-relation-child_welfare_committee = బాలల సంక్షేమ కమిటీ (CWC)
guardian-verification-identity_document = గుర్తింపు పత్రం చూసి
guardian-verification-known_to_collective = సంఘానికి వారు ముఖాముఖి తెలుసు
guardian-verification-court_or_cwc_order = కోర్టు లేదా బాలల సంక్షేమ కమిటీ ఉత్తర్వు చూసి
guardian-verification-other_witnessed = వేరే విధంగా, సాక్షి సమక్షంలో

error-guardian-needed-title = సంరక్షకుల సమ్మతి కావాలి
error-guardian-needed = ఆమె వయస్సు 18 కంటే తక్కువ. ముందుగా ఆమె సంరక్షకుల సమ్మతిని నమోదు చేయండి; అప్పటి వరకు ఆమె పేరు, కోడ్ మాత్రమే ఉంచబడతాయి.

## నా సమాచారం ఎవరు చూశారు

access-log-title = నా సమాచారం ఎవరు చూశారు
access-log-intro = వేరే ఎవరైనా మీ సమాచారాన్ని తెరిచిన ప్రతిసారీ ఇక్కడ ఉంటుంది: ఎవరు, ఎప్పుడు, ఎందుకు. మీరు స్వయంగా చూసినవి ఇక్కడ ఉండవు.
access-log-none = వేరే ఎవరూ మీ సమాచారాన్ని తెరవలేదు.
access-log-refused-heading = మీ నిర్ణయాల వల్ల ఆపబడింది
access-log-refused-intro = మీరు అంగీకరించని దాన్ని వీరు చూడాలనుకున్నారు. ధ్రువ దాన్ని చూపలేదు.
access-log-refused-none = ఎవరినీ ఆపాల్సిన అవసరం రాలేదు.
access-log-latest = చివరి { $count } చూపిస్తున్నాం.
access-log-who = { $role } { $username }
access-log-who-operator = ధ్రువ నిర్వాహకులు (సర్వర్‌పై)
access-log-why = ఎందుకు: { $purpose }
access-log-why-refused = మీరు అంగీకరించలేదు: { $purpose }
access-log-why-role = ఎందుకు: మీ సంఘం { $role }
access-log-via = { $channel } ద్వారా
access-log-what-view_member_name = మీ పేరు
access-log-what-view_member_personal = మీ మొబైల్ నంబర్, పుట్టిన సంవత్సరం, గమనికలు
access-log-what-view_consents = మీ నిర్ణయాలు, వాటి సాక్షులు
access-log-what-view_guardian_consent = మీ సంరక్షకుల సమ్మతి
access-log-what-contact_member = మీ పేరు, మొబైల్ నంబర్
access-log-what-include_in_research = పేరు లేకుండా మీ సమాచారం, ఒక పరిశోధన ఫైల్‌లో
access-log-what-refused-view_member_name = మీ పేరు
access-log-what-refused-view_member_personal = మీ మొబైల్ నంబర్, పుట్టిన సంవత్సరం, గమనికలు
access-log-what-refused-contact_member = మీ పేరు, మొబైల్ నంబర్
access-log-what-refused-include_in_research = పరిశోధన కోసం మీ సమాచారం
access-log-what-refused-use_in_media = మీడియా కోసం మీ పేరు
access-log-what-other = మీ సమాచారం
channel-web = వెబ్‌సైట్
channel-api = అనుసంధానమైన ప్రోగ్రామ్
channel-cli = సర్వర్

## సమాఖ్య పనులు (ప్రతిదానికీ ఆమె సమ్మతి కావాలి)

federation-contacts-title = సంప్రదింపుకు అంగీకరించిన సభ్యులు
federation-contacts-intro = సమాఖ్య సంప్రదింపుకు అంగీకరించిన సభ్యులు మాత్రమే ఇక్కడ ఉన్నారు. ఈ జాబితా తెరిచిన ప్రతిసారీ, ప్రతి సభ్యురాలి ఖాతాలో అది నమోదవుతుంది.
federation-contacts-none = ఇంకా ఏ సభ్యురాలూ సంప్రదింపుకు అంగీకరించలేదు.
federation-research-title = పరిశోధన
federation-research-count = { $count ->
    [one] ఒక సభ్యురాలు పరిశోధనలో లెక్కించబడటానికి అంగీకరించారు.
   *[other] { $count } మంది సభ్యులు పరిశోధనలో లెక్కించబడటానికి అంగీకరించారు.
}
federation-research-intro = డౌన్‌లోడ్‌లో పేరు, నంబర్ లేదా సభ్య కోడ్ ఉండవు: ప్రతి డౌన్‌లోడ్‌లో ప్రతి సభ్యురాలికి కొత్త యాదృచ్ఛిక గుర్తు వస్తుంది. ఇందులో ఉన్న ప్రతి సభ్యురాలికి ఆమె ఖాతాలో తెలియజేయబడుతుంది.
federation-research-download = పరిశోధన ఫైల్ డౌన్‌లోడ్ చేయండి (JSON)
federation-media-title = తమ కథ చెప్పడానికి సిద్ధంగా ఉన్న సభ్యులు
federation-media-intro = తమ కథను మీడియాలో, ప్రచారాల్లో వాడవచ్చని వారు అంగీకరించారు. ఏ కథ లేదా ఫోటో వాడే ముందైనా ప్రతి ఒక్కరినీ మళ్ళీ అడగండి.
federation-media-none = ఇంకా ఏ సభ్యురాలూ అంగీకరించలేదు.
home-federation-uses = సభ్యుల సమ్మతి అవసరమైన పనులు
column-code = కోడ్
column-name = పేరు
column-phone = మొబైల్ నంబర్
column-collective = సంఘం

## గోప్యతా ప్రకటన

privacy-title = గోప్యతా ప్రకటన
privacy-intro = ధ్రువను ప్రాణాలతో బయటపడిన మహిళల సంఘాలు తమ కోసం నడుపుతాయి. మీ సమాచారం మీదే. ధ్రువ ఏమి ఉంచుతుంది, ఎందుకు, ఎవరు చూడవచ్చు, ఎంత కాలం, మీరు ఏమి చేయవచ్చు — ఇవన్నీ ఈ పేజీలో ఉన్నాయి.
privacy-held-heading = ధ్రువ మీ గురించి ఏమి ఉంచుతుంది
privacy-held-1 = మీ సభ్య కోడ్ (ఉదా. M-7K3Q9H), మీ సంఘాలు, మీరు చేరిన తేదీలు: సంఘంలో ఎవరు ఉన్నారో సంఘానికి తెలియడానికి.
privacy-held-2 = మీ పేరు: మీ సంఘం నాయకురాళ్ళు మిమ్మల్ని గుర్తించడానికి.
privacy-held-3 = మీరు ఇస్తే: మీ కేసుల్లో సహాయం కోసం మీ మొబైల్ నంబర్, పుట్టిన సంవత్సరం, గమనికలు.
privacy-held-4 = మీ నిర్ణయాలు (మీరు దేనికి, ఎప్పుడు అంగీకరించారు), మీ మెంటార్, 18 కంటే తక్కువ వయస్సు గలవారికి వారి సంరక్షకుల సమ్మతి.
privacy-held-5 = మీ సమాచారాన్ని ఎవరు, ఎప్పుడు, ఎందుకు తెరిచారో దాని లెక్క.
privacy-who-heading = ఎవరు ఏమి చూడగలరు
privacy-who-1 = మీ గురించిన ప్రతిదీ మీరు చూడగలరు.
privacy-who-2 = మీ సంఘం నాయకురాళ్ళు మీ పేరు, కోడ్ చూస్తారు. మీ నంబర్, గమనికలు మాత్రం మీరు కేసుల్లో సహాయానికి అంగీకరిస్తేనే చూస్తారు.
privacy-who-3 = సహాయకులు మీ కోడ్ చూస్తారు. మీ పేరు, వివరాలు మీ స్వంత మెంటార్ మాత్రమే చూస్తారు, అది కూడా మీరు మెంటారింగ్‌కు అంగీకరిస్తేనే.
privacy-who-4 = సమాఖ్య లెక్కలు మాత్రమే చూస్తుంది. మీరు అంగీకరించిన పనులకు మాత్రమే మీ పేరు లేదా నంబర్ చూస్తుంది: సంప్రదింపు, పరిశోధన (పేరు లేకుండా) లేదా మీడియా.
privacy-who-5 = సర్వర్ నడిపే వ్యక్తి కోడ్‌లు మాత్రమే చూస్తారు — పేర్లు లేదా నంబర్లు ఎప్పటికీ కాదు.
privacy-how-long-heading = ఎంత కాలం
privacy-how-long = మీరు సభ్యురాలిగా ఉన్నంత కాలం, మీరు కోరుకున్నంత కాలం మీ సమాచారం ఉంచబడుతుంది. ఎప్పుడైనా దాన్ని తొలగించమని అడగవచ్చు. మీ సమాచారాన్ని ఎవరు తెరిచారో దాని లెక్క కనీసం ఒక సంవత్సరం ఉంచబడుతుంది, దుర్వినియోగాన్ని పట్టుకోవడానికి.
privacy-safe-heading = దాన్ని ఎలా భద్రంగా ఉంచుతారు
privacy-safe-1 = మీ పేరు, నంబర్, పుట్టిన సంవత్సరం, గమనికలు మీకు మాత్రమే చెందిన ఒక తాళంచెవితో తాళం వేసి (ఎన్‌క్రిప్ట్ చేసి) ఉంచబడతాయి. ఆ తాళంచెవి లేకుండా వాటిని చదవలేరు, దొంగిలించిన కాపీ నుండి కూడా.
privacy-safe-2 = మీ సమాచారాన్ని తొలగిస్తే మీ తాళంచెవి నాశనం చేయబడుతుంది, కాబట్టి ఏ కాపీనీ — పాత బ్యాకప్‌లను కూడా — ఇక చదవలేరు.
privacy-safe-3 = మీ సమాచారాన్ని తెరిచిన ప్రతిసారీ, మార్చితే తెలిసిపోయే ఒక ఖాతాలో రాయబడుతుంది.
privacy-safe-4 = పంచుకునే ఫోన్‌లో పని పూర్తయ్యాక లాగ్ అవుట్ చేయండి. "వెంటనే బయటకు వెళ్ళండి" బటన్ నొక్కితే అదే క్షణం బయటకు వెళ్తారు.
privacy-rights-heading = మీ హక్కులు
privacy-right-consents = ఎవరు ఏమి చూడాలో నిర్ణయించండి, ఎప్పుడైనా మార్చండి
privacy-right-access-log = మీ సమాచారాన్ని ఎవరు తెరిచారో చూడండి
privacy-right-my-data = ధ్రువ మీ గురించి ఉంచేదంతా చూడండి, డౌన్‌లోడ్ చేయండి
privacy-right-correction = సవరణ అడగండి
privacy-right-grievance = ఫిర్యాదు చేయండి: 90 రోజుల్లోపు జవాబు వస్తుంది
privacy-right-erase = మీ సమాచారాన్ని తొలగించండి
privacy-law = ఈ హక్కులు భారతదేశ డిజిటల్ వ్యక్తిగత డేటా రక్షణ చట్టం, 2023 ప్రకారం ఉన్నాయి. ఫిర్యాదుకు 90 రోజుల్లోపు జవాబు ఇవ్వబడుతుంది. మీరు ఫోన్ వాడలేకపోతే, మీ సంఘం నాయకురాలు మీతో కూర్చుని ఇవన్నీ చేయగలరు.
access-log-what-view_cases = మీ కేసులు: వాటి దశలు, లేఖలు, పత్రాలు
access-log-what-refused-view_cases = మీ కేసులు
access-log-what-refused-manage_cases = మీ కేసులు (మార్చడానికి)

## Consent she confirms (issue 9)
consents-pending-heading = మీ జవాబు కోసం ఎదురుచూస్తోంది
consents-pending-heading-member = ఆమె జవాబు కోసం ఎదురుచూస్తోంది
consents-pending-intro = ఎవరో మీ తరఫున ఈ అంగీకారాలను నమోదు చేశారు. మీరు అవును అనే వరకు ఏదీ మారదు. మీరు ఒప్పుకోకపోతే, కాదు అనండి.
consents-pending-intro-member = ఆమె తన ఫోన్‌లో నిర్ధారించినప్పుడే ఈ అంగీకారాలు లెక్కలోకి వస్తాయి. ఆమెకు ఫోన్ ఖాతా లేకపోతే, సంఘంలోని మరో పదాధికారి ఎదురుగా, ఒక సాక్షి సమక్షంలో, ఆమెతో నిర్ధారిస్తారు.
consent-pending-line = { $purpose }, { $method }. నమోదు చేసినవారు { $who }, { $when }.
consent-pending-confirm = అవును, నేను ఒప్పుకున్నాను
consent-pending-refuse = కాదు, నేను ఒప్పుకోలేదు
consent-pending-for-you = మీ జవాబు కోసం ఎదురుచూస్తోంది
consent-pending-for-her = ఆమె జవాబు కోసం ఎదురుచూస్తోంది
consent-pending-she-confirms = ఆమె దీన్ని తన ఫోన్‌లో స్వయంగా నిర్ధారిస్తారు.
consent-pending-second-officer = దీన్ని నమోదు చేయని, సంఘంలోని మరో పదాధికారి ఆమెతో దీన్ని నిర్ధారించాలి.
consent-pending-second-witness = ఆమె నిర్ధారించినప్పుడు అక్కడ ఎవరు ఉన్నారు
consent-pending-second-confirm = ఆమె ఎదురుగా నాకు దీన్ని నిర్ధారించారు
consent-pending-not-yours = మీరు దీన్ని నిర్ధారించలేరు: ఆమె స్వయంగా చేస్తారు, లేదా మరో పదాధికారి ఆమెతో చేస్తారు.
consent-record-pending = జవాబు కోసం ఎదురుచూస్తోంది.
consent-record-confirmed = నిర్ధారించినవారు { $who }, { $when }.
consent-record-refused = కాదన్నవారు { $who }, { $when }.
consent-notice = { $count ->
    [one] ఎవరో మీ తరఫున ఒక అంగీకారాన్ని నమోదు చేశారు. ఎవరు, ఎప్పుడు చూసి జవాబు ఇవ్వండి.
   *[other] ఎవరో మీ తరఫున { $count } అంగీకారాలను నమోదు చేశారు. ఎవరు, ఎప్పుడు చూసి జవాబు ఇవ్వండి.
}

## A new phone number, confirmed by her leader (issue 9)
phone-change-waiting = మీరు { $date } న కొత్త మొబైల్ నంబర్ అడిగారు. మీ నాయకురాలు మీ కొత్త నంబర్‌ను నిర్ధారిస్తారు; అప్పటి వరకు మీ పాత నంబరే ఉంటుంది.
phone-change-refused = { $date } న మీరు అడిగిన కొత్త నంబర్‌ను మీ నాయకురాలు నిర్ధారించలేదు. దయచేసి ఆమెతో మాట్లాడండి.
phone-change-too-many = ఈ రోజు మీరు చాలాసార్లు కొత్త నంబర్ అడిగారు. ఏదీ సేవ్ కాలేదు. దయచేసి రేపు మళ్ళీ ప్రయత్నించండి.
phone-change-title = నిర్ధారించాల్సిన కొత్త మొబైల్ నంబర్లు
phone-change-intro = ఒక సభ్యురాలు కొత్త మొబైల్ నంబర్ అడిగారు. ఆమె తన ఫోన్‌లో కొత్త నంబర్‌ను మీకు చూపించినప్పుడే నిర్ధారించండి. సరిగ్గా అనిపించకపోతే నిర్ధారించకండి.
phone-change-none = కొత్త నంబర్లు ఏవీ వేచి లేవు.
phone-change-request-line = సభ్యురాలు { $code } కొత్త నంబర్ అడిగారు, { $when }.
phone-change-confirm = ఆమె చూపించారు: నిర్ధారించండి
phone-change-refuse = నిర్ధారించవద్దు
phone-change-home = { $count ->
    [one] ఒక సభ్యురాలి కొత్త మొబైల్ నంబర్ మీ నిర్ధారణ కోసం వేచి ఉంది
   *[other] { $count } మంది సభ్యుల కొత్త మొబైల్ నంబర్లు మీ నిర్ధారణ కోసం వేచి ఉన్నాయి
}
