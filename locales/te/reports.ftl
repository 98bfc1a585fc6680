## స్కోర్ కార్డ్ నివేదికలు: ఒక రౌండ్ స్కోర్ కార్డ్, ఫైళ్లు, బహిరంగ పేజీలు, ఫెడరేషన్
## దృశ్యం మరియు ముద్రణ రూపం (ఇష్యూ 4).

reports-scorecard-title = స్కోర్ కార్డ్
reports-scorecard-link = స్కోర్ కార్డ్
reports-period = కాలం: { $from } నుండి { $to } వరకు
reports-k-note = { $k } కంటే తక్కువ మంది రేటింగ్ ఇచ్చిన గడి చూపబడదు, దానిని లెక్కించి తెలుసుకోగలిగే గడి కూడా చూపబడదు.
reports-prepared = { $date } న తయారు చేయబడింది
reports-suppressed = { $k } కంటే తక్కువ మంది రేటింగ్ ఇచ్చారు
reports-no-ratings = ఇంకా రేటింగ్‌లు లేవు.
reports-nothing-recorded = ఇంకా ఏమీ నమోదు కాలేదు.
reports-none = —
reports-print-note = A4 నివేదికను ముద్రించడానికి మీ బ్రౌజర్‌లోని ప్రింట్‌ను ఉపయోగించండి.
reports-download-csv = పట్టికను డౌన్‌లోడ్ చేయండి (CSV)
reports-download-json = పట్టికను డౌన్‌లోడ్ చేయండి (JSON)
reports-download-note = ఫైళ్లలో మొత్తాలు మాత్రమే ఉంటాయి, ఎవరి సొంత రేటింగ్ ఎప్పుడూ ఉండదు.

reports-col-institution = సంస్థ
reports-col-type = రకం
reports-col-district = జిల్లా
reports-col-state = రాష్ట్రం
reports-col-indicator = ప్రశ్న
reports-col-n = రేటింగ్ ఇచ్చినవారు
reports-col-mean = సగటు
reports-col-median = మధ్య విలువ
reports-col-favourable = అనుకూలం
reports-col-change = మార్పు
reports-col-rank = స్థానం
reports-col-score = స్కోర్
reports-col-reasons = కారణాలు
reports-col-collective = సంఘం
reports-favourable-value = { $share } ({ $low }–{ $high })
reports-rank-value = { $of } లో { $rank }

reports-by-institution = సంస్థల వారీగా
reports-by-type = సంస్థ రకం వారీగా
reports-by-district = జిల్లా వారీగా
reports-by-state = రాష్ట్రం వారీగా
reports-total = అన్ని సంస్థలు
reports-chart-title = { $indicator }: అనుకూల భాగం, అది ఎంత ఖచ్చితమో
reports-trend-heading = రౌండ్ల వారీగా
reports-trend-title = ప్రతి రౌండ్‌లో అనుకూల భాగం, అన్ని సంస్థలు
reports-trend-none = ఇది మొదటి రౌండ్: పోల్చడానికి ఇంకా ఏమీ లేదు.

reports-focus-groups = ఫోకస్ గ్రూపుల అంగీకరించిన స్కోర్లు
reports-self-assessment = సేవలు అందించేవారి స్వీయ మూల్యాంకనం
reports-action-plan = కార్యాచరణ ప్రణాళిక
reports-previous-plan = గత రౌండ్ కార్యాచరణ ప్రణాళిక పురోగతి
reports-col-action = చర్య
reports-col-responsible = బాధ్యులు
reports-col-due = గడువు
reports-col-status = స్థితి
reports-col-note = గమనిక
reports-action-status-planned = ప్రణాళికలో ఉంది
reports-action-status-in_progress = జరుగుతోంది
reports-action-status-done = పూర్తయింది
reports-action-status-dropped = విరమించబడింది

reports-public-list-title = ప్రచురించిన స్కోర్ కార్డులు
reports-public-list-intro = సర్వైవర్ల నాయకత్వంలోని సంఘాలు తమకు సేవలు అందించాల్సిన సంస్థలకు రేటింగ్ ఇచ్చాయి. మొత్తాలు మాత్రమే ప్రచురించబడతాయి; ఎవరినీ గుర్తించలేకుండా చిన్న సమూహాలు దాచబడతాయి.
reports-public-none = ఇంకా ఏ స్కోర్ కార్డూ ప్రచురించబడలేదు.
reports-public-shared = పాల్గొన్న సంఘాలు ప్రచురించాయి. మీరు ఈ పేజీని పంచుకోవచ్చు.

reports-federation-title = ఫెడరేషన్ అంతటా స్కోర్ కార్డులు
reports-federation-intro = కింది తేదీ నాటికి ప్రచురించిన, ఎంచుకున్న సంవత్సరంలో కాలం ముగిసిన అన్ని రౌండ్లు, కలిపి లెక్కించబడ్డాయి.
reports-federation-year = సంవత్సరం
reports-federation-show = చూపించు
reports-federation-rounds = { $year } లో ప్రచురించిన రౌండ్లు: { $count }
reports-pending = రౌండ్ ముగిసిన తర్వాత సంఖ్యలు కనిపిస్తాయి: సభ్యులు ఇంకా రేటింగ్ ఇస్తున్నప్పుడు, మారుతున్న మొత్తం ఒక్కరి జవాబును బయటపెట్టవచ్చు.

# Issue 9: stored snapshots
reports-as-of = { $date } నాటి స్కోర్ కార్డ్
reports-federation-none = ఈ సంవత్సరపు స్కోర్ కార్డుల స్నాప్‌షాట్ ఇంకా తయారు చేయబడలేదు.
reports-federation-shown-only = ప్రతి సంఖ్య రౌండ్ల సొంత ప్రచురించిన కార్డులు చూపిన వాటి మొత్తం: ఒక రౌండ్ కార్డుపై చూపడానికి చాలా చిన్నదైన సమూహం ఇక్కడ ఏమీ కలపదు, కాబట్టి ఈ పేజీని రౌండ్ కార్డులతో పోల్చి ఎవరి సమాధానాలూ కనుగొనలేరు.
reports-federation-make = ఇప్పుడే కొత్త స్నాప్‌షాట్ తయారు చేయండి
reports-federation-make-note = ఈ పేజీ నిల్వ చేసిన స్నాప్‌షాట్‌ను చూపుతుంది. కొత్తది ఇప్పటివరకు ప్రచురించిన అన్ని రౌండ్లను లెక్కిస్తుంది; స్నాప్‌షాట్‌లు నిర్ణీత కాలవ్యవధిలో కూడా తయారవుతాయి.
reports-federation-counted = ఈ స్నాప్‌షాట్‌లో లెక్కించిన రౌండ్లు
