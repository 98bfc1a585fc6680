# పదవులు, సభ్యత్వం (issue 11): తేదీలతో పదవీకాలం, పదవి అప్పగింత, సభ్యత్వం ముగింపు, మరో సంఘానికి మారడం, తిరిగి చేరడం.
# పదవుల పేర్లు office-<code> (dhruva.ftl) లో ఉన్నాయి.

## ఆమె "నా సమాచారం" పేజీలో ఈ ఆడిట్ చర్యల పేర్లు (rights-event-<code>)
rights-event-office_handed_over = మీ సంఘంలో ఒక పదవి మీకు అప్పగించబడింది
rights-event-office_term_ended = ఒక పదవిలో మీ పదవీకాలం ముగిసింది

## /collectives/{id}/offices
offices-title = పదవులు
offices-link = పదవులు
offices-intro = ఏ పదవిలో ఎవరు ఉన్నారు, ఎప్పటి నుండి. అధ్యక్షురాలు, కార్యదర్శి లేదా కోశాధికారి పదవిలో ఉన్నంత కాలం ధ్రువలో సంఘం నాయకురాలు.
offices-current = ఇప్పుడు ఎవరు ఏ పదవిలో
offices-nobody = ఇంకా ఎవరూ లేరు
offices-history = చరిత్ర
offices-history-none = ఇంకా ఏ పదవీ నమోదు కాలేదు.
offices-term-open = { $since } నుండి
offices-term-closed = { $since } నుండి { $until } వరకు
offices-term-planned = { $since } నుండి మొదలవుతుంది
offices-handover-link = పదవి అప్పగించండి
offices-end-term-until = ఈ పదవి లేని మొదటి రోజు
offices-end-term-button = ఈ పదవీకాలం ముగించండి
offices-former-title = పూర్వ సభ్యులు
offices-former-intro = వీరు ఈ సంఘాన్ని వదిలి వెళ్ళారు. ఆమెను తిరిగి చేర్చుకోవడానికి ఆమె పేరు తెరవండి.

## అప్పగింత ఫారం, నిర్ధారణ
offices-handover-title = పదవి అప్పగించండి
offices-handover-intro = మీరు ఎంచుకున్న తేదీ నుండి కొత్త పదాధికారి పదవి తీసుకుంటారు. ఇంతకు ముందు పదవిలో ఉన్నవారు ఆ రోజు నుండి ఉండరు.
offices-field-office = పదవి
offices-field-member = పదవి ఎవరు తీసుకుంటారు
offices-field-from = ఏ తేదీ నుండి
offices-choose-member = ఒక సభ్యురాలిని ఎంచుకోండి
offices-next = తర్వాత: సరిచూడండి
offices-confirm-title = అప్పగింతను సరిచూడండి
offices-confirm-new = { $date } నుండి { $member } { $office } అవుతారు.
offices-confirm-former = { $member } అప్పటి వరకు పదవిలో ఉండి, ఆ రోజు నుండి ఉండరు.
offices-confirm-nobody = ఇప్పుడు ఈ పదవిలో ఎవరూ లేరు.
offices-confirm-core = ముఖ్య బృందంలో చాలా మంది ఉండవచ్చు: ఎవరూ వదలనక్కర్లేదు.
offices-confirm-access = ఆ రోజు నుండి ఆమె ధ్రువలో సంఘం నాయకురాలు అవుతారు, పూర్వ పదాధికారి ఇక కారు.
offices-confirm-button = అవును, అప్పగించండి
offices-change = ఏదైనా మార్చండి

## /members/{id}/membership
offices-membership-title = సభ్యత్వం
offices-membership-link = సభ్యత్వం: ముగించడం, మరో సంఘానికి మార్చడం, తిరిగి చేర్చడం
offices-membership-history = ఆమె సభ్యత్వాలు
offices-membership-offices = ఆమె పదవులు
offices-membership-none = ఏ సభ్యత్వమూ నమోదు కాలేదు.
offices-membership-since = { $date } నుండి సభ్యురాలు
offices-membership-span = { $since } నుండి { $until } వరకు
offices-reason-moved = మరో సంఘానికి మారారు
offices-reason-left = సంఘాన్ని వదిలి వెళ్ళారు
offices-reason-passed_away = మరణించారు
offices-reason-other = మరో కారణం
offices-moved-to = { $collective } సంఘానికి మారారు
offices-end-title = ఆమె సభ్యత్వం ముగించండి
offices-end-help = ఈ సంఘంలో ఆమె పదవులు కూడా అదే రోజు ముగుస్తాయి.
offices-field-until = ఆమె సభ్యురాలు కాని మొదటి రోజు
offices-field-reason = ఎందుకు
offices-choose-reason = ఒక కారణం ఎంచుకోండి
offices-end-button = సభ్యత్వం ముగించండి
offices-move-title = ఆమె మరో సంఘానికి మారుతున్నారు
offices-move-help = ఇక్కడ ఆమె సభ్యత్వం ముగిసి, అదే రోజు కొత్తది మొదలవుతుంది. అప్పుడు ఆ సంఘం నాయకురాళ్ళు తమ జాబితాలో ఆమెను చూస్తారు.
offices-field-to = ఏ సంఘానికి
offices-choose-collective = ఒక సంఘాన్ని ఎంచుకోండి
offices-field-on = ఏ తేదీ నుండి
offices-move-button = ఆమెను మార్చండి
offices-rejoin-title = ఆమె తిరిగి వస్తున్నారు
offices-field-since = ఏ తేదీ నుండి
offices-rejoin-button = ఆమెను తిరిగి చేర్చుకోండి
offices-collective-label = సంఘం: { $collective }

## ఫీల్డ్ పక్కన తప్పుల గురించి
offices-error-not-member = ఆ తేదీన ఆమె ఈ సంఘంలో సభ్యురాలు కాదు. ఈ సంఘం సభ్యురాలిని ఎంచుకోండి.
offices-error-before-term = ప్రస్తుత పదాధికారి పదవీకాలం మొదలైన రోజు తర్వాతి తేదీ ఎంచుకోండి.
offices-error-before-membership = ఆమె సభ్యత్వం మొదలైన రోజు (తిరిగి చేరడానికి, ముగిసిన రోజు) తర్వాతి తేదీ ఎంచుకోండి.
offices-error-already-holds = ఆమె ఇప్పటికే ఈ పదవిలో ఉన్నారు.
offices-error-office-held = ఈ పదవిలో ఇప్పటికే ఒకరు ఉన్నారు. సంఘం పదవుల పేజీలో పదవిని అప్పగించండి.
offices-error-already-member = ఆమె ఇప్పటికే ఆ సంఘంలో సభ్యురాలు.
offices-error-too-far-ahead = ఈ తేదీ చాలా దూరంలో ఉంది: ఈ రోజు నుండి 92 రోజుల లోపు తేదీ ఎంచుకోండి.
offices-error-collective = జాబితా నుండి ఒక సంఘాన్ని ఎంచుకోండి.
offices-error-reason = జాబితా నుండి ఒక కారణం ఎంచుకోండి.
