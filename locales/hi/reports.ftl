## स्कोर कार्ड रिपोर्ट: किसी राउंड का स्कोर कार्ड, फ़ाइलें, सार्वजनिक पन्ने, फ़ेडरेशन का
## दृश्य और छपाई का प्रारूप (इश्यू 4)।

reports-scorecard-title = स्कोर कार्ड
reports-scorecard-link = स्कोर कार्ड
reports-period = अवधि: { $from } से { $to } तक
reports-k-note = जिस खाने में { $k } से कम मूल्यांकन करने वाले हों, वह नहीं दिखाया जाता, और न ही वह खाना जिससे उसे निकाला जा सके।
reports-prepared = { $date } को तैयार किया गया
reports-suppressed = { $k } से कम मूल्यांकन करने वाले
reports-no-ratings = अभी तक कोई मूल्यांकन नहीं।
reports-nothing-recorded = अभी तक कुछ दर्ज नहीं हुआ।
reports-none = —
reports-print-note = A4 रिपोर्ट छापने के लिए अपने ब्राउज़र का प्रिंट इस्तेमाल करें।
reports-download-csv = तालिका डाउनलोड करें (CSV)
reports-download-json = तालिका डाउनलोड करें (JSON)
reports-download-note = फ़ाइलों में केवल कुल आँकड़े होते हैं, कभी किसी का अपना मूल्यांकन नहीं।

reports-col-institution = संस्था
reports-col-type = प्रकार
reports-col-district = ज़िला
reports-col-state = राज्य
reports-col-indicator = प्रश्न
reports-col-n = मूल्यांकनकर्ता
reports-col-mean = औसत
reports-col-median = बीच का मान
reports-col-favourable = अनुकूल
reports-col-change = बदलाव
reports-col-rank = स्थान
reports-col-score = स्कोर
reports-col-reasons = कारण
reports-col-collective = संघ
reports-favourable-value = { $share } ({ $low }–{ $high })
reports-rank-value = { $of } में से { $rank }

reports-by-institution = संस्था के अनुसार
reports-by-type = संस्था के प्रकार के अनुसार
reports-by-district = ज़िले के अनुसार
reports-by-state = राज्य के अनुसार
reports-total = सभी संस्थाएँ
reports-chart-title = { $indicator }: अनुकूल हिस्सा, और वह कितना पक्का है
reports-trend-heading = राउंड दर राउंड
reports-trend-title = हर राउंड में अनुकूल हिस्सा, सभी संस्थाएँ
reports-trend-none = यह पहला राउंड है: अभी तुलना के लिए कुछ नहीं है।

reports-focus-groups = फ़ोकस समूहों के सहमत स्कोर
reports-self-assessment = सेवा देने वालों का अपना मूल्यांकन
reports-action-plan = कार्य योजना
reports-previous-plan = पिछले राउंड की कार्य योजना की प्रगति
reports-col-action = कार्य
reports-col-responsible = ज़िम्मेदार
reports-col-due = अंतिम तिथि
reports-col-status = स्थिति
reports-col-note = टिप्पणी
reports-action-status-planned = योजना में
reports-action-status-in_progress = जारी
reports-action-status-done = पूरा
reports-action-status-dropped = छोड़ दिया गया

reports-public-list-title = प्रकाशित स्कोर कार्ड
reports-public-list-intro = सर्वाइवरों के नेतृत्व वाले संघों ने उन संस्थाओं का मूल्यांकन किया जिन्हें उन्हें सेवाएँ देनी हैं। केवल कुल आँकड़े प्रकाशित होते हैं; छोटे संघ छिपाए जाते हैं ताकि किसी की पहचान न हो सके।
reports-public-none = अभी तक कोई स्कोर कार्ड प्रकाशित नहीं हुआ।
reports-public-shared = भाग लेने वाले संघों द्वारा प्रकाशित। आप यह पन्ना साझा कर सकते हैं।

reports-federation-title = पूरे फ़ेडरेशन के स्कोर कार्ड
reports-federation-intro = नीचे दी गई तारीख तक प्रकाशित जिन राउंड की अवधि चुने गए वर्ष में समाप्त हुई, वे सब एक साथ गिने गए।
reports-federation-year = वर्ष
reports-federation-show = दिखाएँ
reports-federation-rounds = { $year } में प्रकाशित राउंड: { $count }
reports-pending = राउंड बंद होने पर आँकड़े दिखेंगे: जब तक सदस्य मूल्यांकन कर रहे हैं, बदलता हुआ कुल किसी एक का जवाब बता सकता है।

# Issue 9: stored snapshots
reports-as-of = { $date } तक का स्कोर कार्ड
reports-federation-none = इस वर्ष के स्कोर कार्ड का कोई स्नैपशॉट अभी तक नहीं बनाया गया है।
reports-federation-shown-only = हर संख्या उसका जोड़ है जो राउंड के अपने प्रकाशित कार्डों पर दिखाया गया था: जो गिनती किसी राउंड के कार्ड पर दिखाने के लिए बहुत छोटी है, वह यहाँ कुछ नहीं जोड़ती, इसलिए इस पेज की राउंड कार्डों से तुलना करके किसी का उत्तर नहीं निकाला जा सकता।
reports-federation-make = अभी नया स्नैपशॉट बनाएँ
reports-federation-make-note = यह पेज एक सहेजा गया स्नैपशॉट दिखाता है। नया स्नैपशॉट अब तक प्रकाशित सभी राउंड गिनता है; स्नैपशॉट तय समय पर भी बनते हैं।
reports-federation-counted = इस स्नैपशॉट में गिने गए राउंड
