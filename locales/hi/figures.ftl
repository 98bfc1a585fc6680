# Compensation figures as dated releases (issue 9): the date a page's figures are as of, the
# message before the first release, and the analyst's "publish figures now".

figures-as-of = { $date } तक के आँकड़े
figures-release-note = ये आँकड़े उसी दिन एक बार निकाले गए थे और अगले प्रकाशन तक हर पन्ने पर यही रहते हैं। उसके बाद दर्ज, बदले या हटाए गए दावे अगले प्रकाशन में आएँगे।
figures-unpublished = अभी तक कोई आँकड़े प्रकाशित नहीं हुए हैं।
figures-publish-heading = आँकड़े प्रकाशित करें
figures-publish-intro = आज तक दर्ज दावों से नए आँकड़े निकाले जाएँगे, और वे हर पन्ने पर, सार्वजनिक स्कोर कार्ड के पन्नों पर भी, इन आँकड़ों की जगह लेंगे। आँकड़े तय समय पर भी (अलग से तय न हो तो हर महीने) प्रकाशित होते हैं। पिछली बार दिखाए जाने के बाद जो आँकड़ा ऊपर दी गई सीमा से कम दावों से बदला है, वह नया नहीं दिखाया जाता: तब जैसा था, उसी तारीख़ के साथ वैसा ही दिखाया जाता है।
figures-publish = अभी आँकड़े प्रकाशित करें
figures-earlier = पहले के प्रकाशन
# इस प्रकाशन में छिपी पंक्ति, जिस पिछले प्रकाशन में दिखाई गई थी उसके अनुसार
figures-held-as-of = ({ $date } तक के अनुसार)
