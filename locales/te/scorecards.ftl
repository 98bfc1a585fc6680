## స్కోర్ కార్డ్ రౌండ్లు: సంస్థల జాబితా, రౌండ్ ప్రణాళిక మరియు నిర్వహణ, రేటింగ్ (ఇష్యూ 4).

home-rate-round = సేవలను రేట్ చేయండి: { $title }
home-rounds-of = { $collective } స్కోర్ కార్డ్ రౌండ్లు

institution-type-ahtu = మానవ అక్రమ రవాణా నిరోధక విభాగం
institution-type-police_station = పోలీస్ స్టేషన్
institution-type-women_help_desk = మహిళా సహాయ డెస్క్
institution-type-dlsa = జిల్లా న్యాయ సేవల ప్రాధికార సంస్థ
institution-type-slsa = రాష్ట్ర న్యాయ సేవల ప్రాధికార సంస్థ
institution-type-cwc = బాలల సంక్షేమ కమిటీ
institution-type-shelter_home = ఆశ్రయ గృహం
institution-type-hospital = ప్రభుత్వ ఆసుపత్రి
institution-type-labour_department = కార్మిక శాఖ
institution-type-livelihoods_mission = గ్రామీణ జీవనోపాధి మిషన్ కార్యాలయం
institution-type-bank_branch = బ్యాంక్ శాఖ
institution-type-court = న్యాయస్థానం
institution-type-other = ఇతర

institutions-title = సంస్థలు
institutions-add = ఒక సంస్థను చేర్చండి
institutions-import = CSV ఫైల్ నుండి తీసుకురండి
institutions-any-type = ఏ రకమైనా
institutions-filter = చూపించు
institutions-none = ఏ సంస్థా సరిపోలలేదు.
institutions-save = సంస్థను భద్రపరచండి
institution-type-label = రకం
institution-name-label = పేరు
institution-district-label = జిల్లా కోడ్
institution-district-hint = ఉదాహరణకు WB-kolkata: రాష్ట్ర అక్షరాలు, ఒక డ్యాష్, తర్వాత జిల్లా.
institution-error-kind = రకాన్ని ఎంచుకోండి.
institution-error-name = పేరు రాయండి.
institution-error-district = ఇది జిల్లా కోడ్ కాదు. WB-kolkata లాగా రాయండి.
institution-error-duplicate = ఈ సంస్థ ఇప్పటికే నమోదైంది.

import-intro = ఫైల్ మొదటి వరుసలో కాలమ్‌ల పేర్లు ఉండాలి, తర్వాత ప్రతి వరుసలో ఒక సంస్థ:
import-file = CSV ఫైల్
import-submit = తనిఖీ చేసి తీసుకురండి
import-done = { $count ->
    [one] ఒక సంస్థ తీసుకురాబడింది.
   *[other] { $count } సంస్థలు తీసుకురాబడ్డాయి.
}
import-rejected = ఏదీ తీసుకురాలేదు. ఈ వరుసలను సరిచేసి ఫైల్‌ను మళ్ళీ పంపండి.
import-row = వరుస
import-column = కాలమ్
import-problem = సమస్య
import-problem-missing_column = ఈ కాలమ్ లేదు లేదా ఖాళీగా ఉంది.
import-problem-unknown_type = ఇది తెలిసిన రకం సంస్థ కాదు.
import-problem-empty_name = పేరు ఖాళీగా ఉంది.
import-problem-unknown_district = ఈ కోడ్‌తో ఏ జిల్లా లేదు.
import-problem-duplicate_in_file = ఈ సంస్థ ఫైల్‌లో రెండుసార్లు ఉంది.
import-problem-already_registered = ఈ సంస్థ ఇప్పటికే నమోదైంది.
import-problem-not_utf8 = ఫైల్ UTF-8 టెక్స్ట్‌గా భద్రపరచబడలేదు.
import-problem-malformed = ఈ వరుసను CSV గా చదవలేము.

rounds-title = స్కోర్ కార్డ్ రౌండ్లు
rounds-plan = ఒక రౌండ్‌ను ప్రణాళిక చేయండి
rounds-none = ఇంకా రౌండ్లు లేవు.
round-title = స్కోర్ కార్డ్ రౌండ్
round-title-label = రౌండ్ పేరు
round-start-label = కాలం ప్రారంభం
round-end-label = కాలం ముగింపు
round-period = { $from } నుండి { $to } వరకు
round-template-label = అడగవలసిన ప్రశ్నలు
round-collectives-label = పాల్గొంటున్న సంఘాలు
round-institutions-label = రేట్ చేయవలసిన సంస్థలు
round-no-institutions = ఈ రాష్ట్రంలో ఇంకా ఏ సంస్థా నమోదు కాలేదు.
round-previous-label = మునుపటి రౌండ్ (దాని కార్యాచరణ ప్రణాళిక పురోగతి చూడబడుతుంది)
round-previous-none = ఏదీ కాదు
round-plan-submit = రౌండ్ ప్రణాళికను భద్రపరచండి
round-error-title = రౌండ్‌కు ఒక పేరు ఇవ్వండి.
round-error-dates = కాలానికి రెండు తేదీలూ ఇవ్వండి.
round-error-institutions = కనీసం ఒక సంస్థను ఎంచుకోండి.
round-status-label = స్థితి
round-period-label = కాలం
round-organiser-label = నిర్వాహకులు
round-status-planned = ప్రణాళికలో ఉంది
round-status-open = రేటింగ్ జరుగుతోంది
round-status-closed = రేటింగ్ ముగిసింది
round-status-published = ప్రచురించబడింది
round-advance-open = రేటింగ్ కోసం రౌండ్‌ను తెరవండి
round-advance-closed = రేటింగ్‌ను ముగించండి
round-advance-published = స్కోర్ కార్డ్‌ను ప్రచురించండి
round-progress-heading = ఎంతమంది రేట్ చేశారు
round-progress-line = { $members } మంది సభ్యులలో { $rated } మంది రేట్ చేశారు
round-rate = సేవలను రేట్ చేయండి
round-steps = రౌండ్ దశలు
round-scorecard = స్కోర్ కార్డ్
round-previous-plan = మునుపటి రౌండ్ కార్యాచరణ ప్రణాళిక

rate-title = సేవలను రేట్ చేయండి
rate-next = తర్వాతి దాన్ని రేట్ చేయండి
rate-saved = మీ జవాబులు భద్రపరచబడ్డాయి.
rate-closed = ఈ రౌండ్ ముగిసింది: ఇక రేటింగ్‌లు తీసుకోవడం లేదు.
rate-changing = మీరు దీన్ని ఇంతకు ముందు రేట్ చేశారు. మీ జవాబులు చూపబడ్డాయి; కావలసినవి మార్చండి.
rate-choose-one = ఒకటి ఎంచుకోండి.
rate-submit = నా జవాబులు భద్రపరచండి
rate-private = మీ జవాబులు మీరు మాత్రమే చూడగలరు. ఇతరులు ఎంతమంది రేట్ చేశారో, తర్వాత చాలా మంది కలిపిన లెక్కలు మాత్రమే చూస్తారు.

form-error-required = దీనికి జవాబు ఇవ్వండి.
form-error-not-a-number = ఒక సంఖ్య రాయండి.
form-error-out-of-range = ఈ సంఖ్య అనుమతించిన పరిధికి బయట ఉంది.
form-error-not-a-date = ఒక తేదీ ఇవ్వండి.
form-error-unknown-choice = చూపిన జవాబులలో ఒకటి ఎంచుకోండి.
form-error-too-long = ఇది చాలా పొడవుగా ఉంది.
form-error-constraint-failed = ఇక్కడ ఈ జవాబు సాధ్యం కాదు.

focus-group-title = ఫోకస్ గ్రూప్ స్కోర్లు
self-assessment-title = సేవలు అందించేవారి స్వీయ అంచనా
scores-reasons = కారణాలు
scores-save = స్కోర్లను భద్రపరచండి

meeting-title = ముఖాముఖి సమావేశం
meeting-held-on = సమావేశం తేదీ
meeting-attendance = ఎంతమంది హాజరయ్యారు
meeting-notes = వివరాలు
meeting-save = సమావేశాన్ని భద్రపరచండి
attendee-role-survivor = సర్వైవర్లు
attendee-role-leader = సంఘ నాయకురాళ్లు
attendee-role-official = ప్రభుత్వ అధికారులు
attendee-role-facilitator = సహాయక కార్యకర్తలు
attendee-role-other = ఇతరులు

actions-title = కార్యాచరణ ప్రణాళిక
actions-summary = { $total } పనులలో { $done } పూర్తయ్యాయి
actions-add = ఒక పనిని చేర్చండి
actions-action = పని
actions-institution = సంస్థ
actions-no-institution = ఏ ఒక్క సంస్థా కాదు
actions-responsible = బాధ్యత వహించే వ్యక్తి లేదా కార్యాలయం
actions-due = గడువు తేదీ
actions-save = పనిని చేర్చండి
actions-status = స్థితి
actions-note = గమనిక
actions-update = నవీకరించండి
action-status-planned = ప్రణాళికలో ఉంది
action-status-in_progress = జరుగుతోంది
action-status-done = పూర్తయింది
action-status-dropped = విరమించబడింది

scorecard-refused-title = ఇది చేయలేకపోయాము
scorecard-error-unknown_district = ఈ కోడ్‌తో ఏ జిల్లా లేదు.
scorecard-error-unknown_template = ఈ ప్రశ్నల సమితి లేదు.
scorecard-error-no_institutions = ఒక రౌండ్‌కు కనీసం ఒక సంస్థ కావాలి.
scorecard-error-organiser_not_taking_part = నిర్వాహక సంఘం కూడా పాల్గొనాలి.
scorecard-error-period_reversed = కాలం ప్రారంభానికి ముందే ముగియకూడదు.
scorecard-error-unknown_previous_round = మునుపటి రౌండ్ ఇదే సంఘం నిర్వహించినది అయి ఉండాలి.
scorecard-error-stale_status = ఇప్పుడే వేరెవరో ఈ రౌండ్‌ను మార్చారు. రౌండ్‌ను మళ్ళీ చూడండి.
scorecard-error-already_published = ఈ రౌండ్ ప్రచురించబడింది, ఇక మార్చలేము.
scorecard-error-round_not_open = ఈ రౌండ్ తెరిచి లేదు: ఇప్పుడు రేటింగ్‌లు తీసుకోవడం లేదు.
scorecard-error-step_not_now = రౌండ్ తెరిచి ఉన్నప్పుడు లేదా ముగిసినప్పుడు మాత్రమే ఈ దశను నమోదు చేయవచ్చు.
scorecard-error-institution_not_in_round = ఈ సంస్థ ఈ రౌండ్‌లో భాగం కాదు.
scorecard-error-collective_not_taking_part = ఈ సంఘం ఈ రౌండ్‌లో పాల్గొనడం లేదు.
scorecard-error-not_taking_part = మీరు ఈ రౌండ్‌లో పాల్గొంటున్న ఏ సంఘానికీ సభ్యురాలు కాదు.
scorecard-error-bad_answers = ఈ జవాబులు రౌండ్ ప్రశ్నలకు సరిపోవు.
