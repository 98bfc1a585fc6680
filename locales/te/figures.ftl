# Compensation figures as dated releases (issue 9): the date a page's figures are as of, the
# message before the first release, and the analyst's "publish figures now".

figures-as-of = { $date } నాటి లెక్కలు
figures-release-note = ఈ లెక్కలు ఆ రోజు ఒక్కసారే వేయబడ్డాయి, తదుపరి ప్రచురణ వరకు ప్రతి పేజీలో ఇవే ఉంటాయి. ఆ తర్వాత నమోదైన, మారిన లేదా తొలగించిన దావాలు తదుపరి ప్రచురణలో వస్తాయి.
figures-unpublished = ఇంకా ఏ లెక్కలూ ప్రచురించబడలేదు.
figures-publish-heading = లెక్కలను ప్రచురించండి
figures-publish-intro = ఈ రోజు వరకు నమోదైన దావాల నుండి కొత్త లెక్కలు వేయబడతాయి, అవి ప్రతి పేజీలో, ప్రజల స్కోర్ కార్డ్ పేజీలలో కూడా, ఈ లెక్కల స్థానంలో వస్తాయి. లెక్కలు నిర్ణీత వ్యవధిలో కూడా (వేరే విధంగా నిర్ణయించకపోతే ప్రతి నెలా) ప్రచురించబడతాయి. చివరిసారి చూపిన తర్వాత పై పరిమితి కంటే తక్కువ దావాలతో మారిన సంఖ్య దాచబడే ఉంటుంది.
figures-publish = ఇప్పుడే లెక్కలను ప్రచురించండి
figures-earlier = మునుపటి ప్రచురణలు
