# Links from every home, search and paging, printable case summary (issue 10).

## A printable one-page case summary
nav-summary-title = కేసు సారాంశం
nav-summary-link = ఒక పేజీ సారాంశాన్ని ముద్రించండి
nav-summary-how-to-print = ముద్రించడానికి లేదా PDFగా దాచుకోవడానికి మీ బ్రౌజర్ మెనూలో "ప్రింట్" ఎంచుకోండి.
nav-summary-next = తర్వాత చేయాల్సింది
nav-summary-nothing-due = ఈ కేసులో ఇప్పుడు ఏదీ బాకీ లేదు.
nav-summary-dates = ముఖ్యమైన తేదీలు
nav-summary-opened = కేసు మొదలైంది
nav-summary-moved-to = ఈ దశకు వెళ్ళింది: { $state }
nav-summary-hearing = విచారణ
nav-summary-next-hearing = తదుపరి విచారణ
nav-summary-references = వివరాలు, రిఫరెన్స్ నంబర్లు
nav-summary-printed = సారాంశం తయారైన తేదీ { $date }

## The privacy notice, read by a staff account
nav-privacy-staff-note = ప్రతి సభ్యురాలు తన సొంత ఖాతా నుండి ఈ హక్కులను వాడుకుంటుంది. మీది సిబ్బంది ఖాతా: ఇందులో మీ యూజర్‌నేమ్, మీ పాత్రలు, మీ భాష మాత్రమే ఉంటాయి, మీరు చేసేది ఆడిట్ లాగ్‌లో నమోదవుతుంది. మీ వంతు పని కింది పేజీల్లో ఉంది.
nav-privacy-staff-account = నా ఖాతా

## The district as a chooser
nav-district-choose = జిల్లాను ఎంచుకోండి
nav-district-any = ఏ జిల్లా అయినా
nav-district-unknown = జాబితాలోని జిల్లాల్లో ఒకదాన్ని ఎంచుకోండి.

## Links from every home
nav-scorecards = స్కోర్ కార్డులు
nav-wide-heading = స్కోర్ కార్డులు, లెక్కలు, జాబితాలు
nav-phone-changes = నిర్ధారించాల్సిన కొత్త ఫోన్ నంబర్లు
nav-round-card = స్కోర్ కార్డ్: { $title }

## Search and paging on long lists
nav-search = వెతకండి
nav-search-code = కోడ్‌తో సభ్యురాలిని వెతకండి
nav-search-name-or-code = పేరు లేదా కోడ్‌తో సభ్యురాలిని వెతకండి
nav-search-none = ఈ వెతుకులాటకు ఎవరూ దొరకలేదు.
nav-list-showing = { $total }లో { $first }–{ $last }
nav-page-previous = ← మునుపటి పేజీ
nav-page-next = తర్వాతి పేజీ →

## Who saw my data, grouped by who and what
nav-log-range = { $from } – { $to }
nav-log-total = మొత్తం { $count } సార్లు
nav-log-total-refused = మొత్తం { $count } సార్లు ఆపబడింది
nav-log-days = ప్రతి రోజు వివరాలు
# The heading of a table column of links, read by screen readers only.
nav-col-actions = మీరు చేయగలిగేది
