## स्कोर कार्ड के दौर: संस्थाओं की सूची, दौर की योजना और संचालन, मूल्यांकन (इश्यू 4)।

home-rate-round = सेवाओं का मूल्यांकन करें: { $title }
home-rounds-of = { $collective } के स्कोर कार्ड दौर

institution-type-ahtu = मानव तस्करी विरोधी इकाई
institution-type-police_station = थाना
institution-type-women_help_desk = महिला सहायता डेस्क
institution-type-dlsa = ज़िला विधिक सेवा प्राधिकरण
institution-type-slsa = राज्य विधिक सेवा प्राधिकरण
institution-type-cwc = बाल कल्याण समिति
institution-type-shelter_home = आश्रय गृह
institution-type-hospital = सरकारी अस्पताल
institution-type-labour_department = श्रम विभाग
institution-type-livelihoods_mission = ग्रामीण आजीविका मिशन कार्यालय
institution-type-bank_branch = बैंक शाखा
institution-type-court = न्यायालय
institution-type-other = अन्य

institutions-title = संस्थाएँ
institutions-add = एक संस्था जोड़ें
institutions-import = CSV फ़ाइल से लाएँ
institutions-any-type = कोई भी प्रकार
institutions-filter = दिखाएँ
institutions-none = कोई संस्था नहीं मिली।
institutions-save = संस्था सहेजें
institution-type-label = प्रकार
institution-name-label = नाम
institution-district-label = ज़िले का कोड
institution-district-hint = जैसे WB-kolkata: राज्य के अक्षर, एक डैश, फिर ज़िला।
institution-error-kind = प्रकार चुनें।
institution-error-name = नाम लिखें।
institution-error-district = यह ज़िले का कोड नहीं है। WB-kolkata की तरह लिखें।
institution-error-duplicate = यह संस्था पहले से दर्ज है।

import-intro = फ़ाइल की पहली पंक्ति में कॉलम के नाम हों, फिर हर पंक्ति में एक संस्था:
import-file = CSV फ़ाइल
import-submit = जाँचें और लाएँ
import-done = { $count ->
    [one] एक संस्था लाई गई।
   *[other] { $count } संस्थाएँ लाई गईं।
}
import-rejected = कुछ भी नहीं लाया गया। इन पंक्तियों को ठीक करके फ़ाइल फिर से भेजें।
import-row = पंक्ति
import-column = कॉलम
import-problem = समस्या
import-problem-missing_column = यह कॉलम नहीं है या खाली है।
import-problem-unknown_type = यह किसी ज्ञात प्रकार की संस्था नहीं है।
import-problem-empty_name = नाम खाली है।
import-problem-unknown_district = इस कोड का कोई ज़िला नहीं है।
import-problem-duplicate_in_file = यह संस्था फ़ाइल में दो बार है।
import-problem-already_registered = यह संस्था पहले से दर्ज है।
import-problem-not_utf8 = फ़ाइल UTF-8 टेक्स्ट के रूप में सहेजी नहीं गई है।
import-problem-malformed = यह पंक्ति CSV के रूप में पढ़ी नहीं जा सकती।

rounds-title = स्कोर कार्ड के दौर
rounds-plan = एक दौर की योजना बनाएँ
rounds-none = अभी कोई दौर नहीं है।
round-title = स्कोर कार्ड का दौर
round-title-label = दौर का नाम
round-start-label = अवधि की शुरुआत
round-end-label = अवधि का अंत
round-period = { $from } से { $to } तक
round-template-label = कौन से सवाल पूछे जाएँ
round-collectives-label = भाग लेने वाले संघ
round-institutions-label = जिन संस्थाओं का मूल्यांकन होगा
round-no-institutions = इस राज्य में अभी कोई संस्था दर्ज नहीं है।
round-previous-label = पिछला दौर (उसकी कार्य योजना की प्रगति देखी जाएगी)
round-previous-none = कोई नहीं
round-plan-submit = दौर की योजना सहेजें
round-error-title = दौर को एक नाम दें।
round-error-dates = अवधि की दोनों तारीखें दें।
round-error-institutions = कम से कम एक संस्था चुनें।
round-status-label = स्थिति
round-period-label = अवधि
round-organiser-label = आयोजक
round-status-planned = योजना बनी
round-status-open = मूल्यांकन जारी
round-status-closed = मूल्यांकन बंद
round-status-published = प्रकाशित
round-advance-open = मूल्यांकन के लिए दौर खोलें
round-advance-closed = मूल्यांकन बंद करें
round-advance-published = स्कोर कार्ड प्रकाशित करें
round-progress-heading = कितनों ने मूल्यांकन किया
round-progress-line = { $members } सदस्यों में से { $rated } ने मूल्यांकन किया है
round-rate = सेवाओं का मूल्यांकन करें
round-steps = दौर के चरण
round-scorecard = स्कोर कार्ड
round-previous-plan = पिछले दौर की कार्य योजना

rate-title = सेवाओं का मूल्यांकन करें
rate-next = अगली का मूल्यांकन करें
rate-saved = आपके जवाब सहेज लिए गए।
rate-closed = यह दौर बंद हो चुका है: अब मूल्यांकन नहीं लिया जा रहा।
rate-changing = आपने पहले इसका मूल्यांकन किया था। आपके जवाब दिखाए गए हैं; जो चाहें बदलें।
rate-choose-one = एक चुनें।
rate-submit = मेरे जवाब सहेजें
rate-private = आपके जवाब सिर्फ़ आप देख सकती हैं। बाकी लोग सिर्फ़ यह देखते हैं कि कितनों ने मूल्यांकन किया, और बाद में बहुत लोगों का कुल हिसाब।

form-error-required = इसका जवाब दें।
form-error-not-a-number = एक संख्या लिखें।
form-error-out-of-range = यह संख्या अनुमति की सीमा से बाहर है।
form-error-not-a-date = एक तारीख दें।
form-error-unknown-choice = दिखाए गए जवाबों में से एक चुनें।
form-error-too-long = यह बहुत लंबा है।
form-error-constraint-failed = यहाँ यह जवाब संभव नहीं है।

focus-group-title = फ़ोकस समूह के अंक
self-assessment-title = सेवा देने वालों का स्व-मूल्यांकन
scores-reasons = कारण
scores-save = अंक सहेजें

meeting-title = आमने-सामने की बैठक
meeting-held-on = बैठक की तारीख
meeting-attendance = कितने लोग आए
meeting-notes = विवरण
meeting-save = बैठक सहेजें
attendee-role-survivor = सर्वाइवर
attendee-role-leader = संघ की नेता
attendee-role-official = सरकारी अधिकारी
attendee-role-facilitator = सहयोगी कार्यकर्ता
attendee-role-other = अन्य

actions-title = कार्य योजना
actions-summary = { $total } कामों में से { $done } पूरे हुए
actions-add = एक काम जोड़ें
actions-action = काम
actions-institution = संस्था
actions-no-institution = कोई एक संस्था नहीं
actions-responsible = ज़िम्मेदार व्यक्ति या कार्यालय
actions-due = अंतिम तारीख
actions-save = काम जोड़ें
actions-status = स्थिति
actions-note = टिप्पणी
actions-update = अद्यतन करें
action-status-planned = योजना बनी
action-status-in_progress = जारी है
action-status-done = पूरा हुआ
action-status-dropped = छोड़ दिया गया

scorecard-refused-title = यह नहीं हो सका
scorecard-error-unknown_district = इस कोड का कोई ज़िला नहीं है।
scorecard-error-unknown_template = सवालों का यह सेट मौजूद नहीं है।
scorecard-error-no_institutions = एक दौर में कम से कम एक संस्था चाहिए।
scorecard-error-organiser_not_taking_part = आयोजक संघ को भी भाग लेना होगा।
scorecard-error-period_reversed = अवधि शुरू होने से पहले ख़त्म नहीं हो सकती।
scorecard-error-unknown_previous_round = पिछला दौर इसी संघ का आयोजित होना चाहिए।
scorecard-error-stale_status = अभी-अभी किसी और ने यह दौर बदला है। दौर को फिर से देखें।
scorecard-error-already_published = यह दौर प्रकाशित हो चुका है और अब बदला नहीं जा सकता।
scorecard-error-round_not_open = यह दौर खुला नहीं है: अभी मूल्यांकन नहीं लिया जा रहा।
scorecard-error-step_not_now = यह चरण सिर्फ़ तब दर्ज हो सकता है जब दौर खुला या बंद हो।
scorecard-error-institution_not_in_round = यह संस्था इस दौर का हिस्सा नहीं है।
scorecard-error-collective_not_taking_part = यह संघ इस दौर में भाग नहीं ले रहा।
scorecard-error-not_taking_part = आप इस दौर में भाग लेने वाले किसी संघ की सदस्य नहीं हैं।
scorecard-error-bad_answers = ये जवाब दौर के सवालों से मेल नहीं खाते।
