# Confirmation pages for steps that cannot be taken back (closing and publishing a round, a case's final
# states) and the short undo of her own case move (issue 10).

## Closing a round's rating
decide-close-heading = రేటింగ్‌ను ముగించాలా?
decide-close-stops = రేటింగ్ ముగిసిన తర్వాత ఈ రౌండ్‌లో ఇంకెవరూ రేట్ చేయలేరు. దీన్ని వెనక్కి తీసుకోలేము.
decide-close-card-now = స్కోర్ కార్డ్ ఇప్పుడే తయారవుతుంది, ఇప్పటివరకు ఇచ్చిన రేటింగ్‌ల నుండి: { $members } మంది సభ్యులలో { $rated } మంది రేట్ చేశారు.
decide-close-who = ప్రచురించే వరకు కార్డ్‌ను ఈ రౌండ్‌లోని సంఘాలు, వాటి భాగస్వామ్య సంస్థలు మాత్రమే చూస్తాయి.
decide-close-button = అవును, రేటింగ్‌ను ముగించండి
## Publishing a round's score card
decide-publish-heading = స్కోర్ కార్డ్‌ను ప్రచురించాలా?
decide-publish-public = ప్రచురిస్తే స్కోర్ కార్డ్ అందరికీ తెరుచుకుంటుంది: దాని లింక్ ఉన్న ఎవరైనా లాగిన్ కాకుండానే చదవగలరు — అధికారులు, విలేకరులు, ఎవరైనా. ఇది బహిరంగ స్కోర్ కార్డ్ పేజీలో కూడా కనిపిస్తుంది.
decide-publish-federation = సమాఖ్య వార్షిక స్కోర్ కార్డ్‌లో కూడా ఇది లెక్కలోకి వస్తుంది.
decide-publish-final = ప్రచురించిన కార్డ్‌ను వెనక్కి తీసుకోలేము.
decide-publish-withheld = కార్డ్‌లోని { $total } భాగాలలో { $withheld } దాచి ఉంచబడతాయి, ఎందుకంటే వాటిని { $k } మంది కంటే తక్కువ మంది రేట్ చేశారు.
decide-publish-mostly-withheld = ఈ కార్డ్‌లో చాలా భాగం దాచి ఉంటుంది: { $total } భాగాలలో { $withheld }, ఎందుకంటే వాటిని { $k } మంది కంటే తక్కువ మంది రేట్ చేశారు. ప్రజలకు చాలా తక్కువ కనిపిస్తుంది. ప్రచురించే ముందు సంఘంతో మాట్లాడవచ్చు.
decide-publish-button = అవును, స్కోర్ కార్డ్‌ను ప్రచురించండి
decide-not-now = వద్దు, రౌండ్‌కు తిరిగి వెళ్లండి
decide-round-already = ఈ అడుగు ఇప్పటికే పడింది (బహుశా బటన్ రెండుసార్లు నొక్కబడింది). రౌండ్ ఇప్పుడు: { $status }.

## Her "my data" page names the undo (an audit action, read as rights-event-<code>)
rights-event-case_move_undone = మీ కేసు ఒకదాని దశ మార్పు వెనక్కి తీసుకోబడింది
