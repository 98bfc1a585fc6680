# First start, the coordinator, collectives and partners from pages (issue 11).

# The federation coordinator's role, as the other roles' labels (role-*) in dhruva.ftl.
role-coordinator = సమాఖ్య సమన్వయకర్త

## కొత్త సంఘం (/collectives/new)

setup-collective-new = ఒక సంఘాన్ని చేర్చండి
setup-collective-name = సంఘం పేరు
setup-collective-save = సంఘాన్ని చేర్చండి
setup-error-name = సంఘం పేరు రాయండి.
setup-error-district = జాబితా నుండి జిల్లాను ఎంచుకోండి.
setup-error-kind = సభ్యులు దేని నుండి బయటపడ్డారో ఎంచుకోండి.
setup-error-stage = దాని దశను ఎంచుకోండి.
setup-error-founded = ప్రారంభమైన తేదీని రాయండి, ఈరోజు తర్వాతది కాదు (లేదా ఖాళీగా వదిలేయండి).
setup-error-duplicate = ఈ పేరుతో ఒక సంఘం ఇప్పటికే ఉంది. వేరే పేరు ఎంచుకోండి.
