# Accounts by invitation: activation codes, /activate, her own password (issue 11).

## Her "my data" page names these audit actions (read as rights-event-<code>)
rights-event-activation_code_issued = మీ పాస్‌వర్డ్ పెట్టుకోవడానికి ఒక కోడ్ తయారైంది (కొత్తగా)
rights-event-account_activated = కోడ్‌తో మీ పాస్‌వర్డ్ పెట్టబడింది

## /activate: the code and a new password
invite-title = కోడ్‌తో మీ పాస్‌వర్డ్ పెట్టుకోండి
invite-intro = మీ నాయకురాలు మీకు ఒక కోడ్ ఇచ్చారు. దాన్ని ఇక్కడ రాసి, మీ సొంత పాస్‌వర్డ్ ఎంచుకోండి.
invite-code-label = మీ కోడ్
invite-code-hint = 10 అక్షరాలు, అంకెలు, ఉదా. ACDE-FGHJ-KM. చిన్న లేదా పెద్ద అక్షరాలు, ఖాళీలు, డ్యాష్‌లు పట్టించుకోబడవు.
invite-password-label = కొత్త పాస్‌వర్డ్
invite-password-hint = కనీసం 10 అక్షరాలు. మీకు గుర్తుండే కొన్ని పదాలు మంచివి.
invite-password-again-label = కొత్త పాస్‌వర్డ్ మళ్ళీ
invite-submit = నా పాస్‌వర్డ్ పెట్టు
invite-wrong-code = ఈ కోడ్ సరైనది కాదు, ఇప్పటికే వాడబడింది లేదా గడువు ముగిసింది. సరిచూసుకోండి, లేదా మీ నాయకురాలిని కొత్త కోడ్ అడగండి.
invite-passwords-differ = రెండు పాస్‌వర్డ్‌లు ఒకేలా లేవు. మళ్ళీ రాయండి.
invite-password-too-short = పాస్‌వర్డ్‌కు కనీసం 10 అక్షరాలు కావాలి.
invite-password-too-long = ఈ పాస్‌వర్డ్ చాలా పొడవుగా ఉంది.
invite-activated = మీ పాస్‌వర్డ్ పెట్టబడింది. ఇప్పుడు దానితో లాగిన్ అవ్వండి.
invite-have-code = నాయకురాలి నుంచి కోడ్ వచ్చిందా? మీ పాస్‌వర్డ్ పెట్టుకోండి

## A leader gives a member a code (her member page)
invite-give-code = లాగిన్ అవ్వడానికి ఆమెకు ఒక కోడ్ ఇవ్వండి
invite-give-code-note = కొత్త కోడ్ ఇస్తే పాత కోడ్ ఇక పనిచేయదు. కోడ్ ఒక్కసారే, 72 గంటల వరకు పనిచేస్తుంది.
invite-code-title = ఆమె లాగిన్ కోడ్
invite-code-shown-once = ఈ కోడ్‌ను ఆమెకు చదివి వినిపించండి, లేదా రాసి ఇవ్వండి. ఇది ఈ ఒక్కసారే చూపబడుతుంది.
invite-code-expires = { $when } వరకు చెల్లుతుంది.
invite-code-username = ఆమె లాగిన్ పేరు: { $username } (లేదా ఆమె ఫోన్ నంబర్).
invite-code-where = ఆమె కోడ్‌ను ఇక్కడ రాస్తారు: { $address }
invite-back-to-member = ఆమె పేజీకి తిరిగి

## Her own password (/profile/password)
invite-own-title = నా పాస్‌వర్డ్ మార్చు
invite-own-current-label = ఇప్పటి పాస్‌వర్డ్
invite-own-wrong-current = మీ ఇప్పటి పాస్‌వర్డ్ సరైనది కాదు.
invite-own-done = మీ పాస్‌వర్డ్ మార్చబడింది.
