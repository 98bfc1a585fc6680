## Her cases: entitlement applications, compensation claims, legal cases and document
## recovery — the list, opening one, moving it on, hearings, deadlines, letters (issue 5).

home-my-cases = मेरे केस
member-cases-link = केस

case-kind-entitlement = हक़ का आवेदन
case-kind-compensation = मुआवज़े का दावा
case-kind-legal = कानूनी मामला
case-kind-document_recovery = दस्तावेज़ वापस पाना
case-kind-entitlement-about = राशन कार्ड, आधार, बैंक खाता, आवास, पेंशन, ई-श्रम, स्वयं सहायता समूह की मदद, आश्रय गृह, मुफ़्त कानूनी सहायता …
case-kind-compensation-about = ज़िला या राज्य विधिक सेवा प्राधिकरण से पीड़ित मुआवज़ा।
case-kind-legal-about = तस्करों के ख़िलाफ़ शिकायत, एफ़आईआर और मुक़दमा।
case-kind-document_recovery-about = तस्करी में खोया प्रमाण पत्र या पहचान पत्र वापस पाना।

case-state-drafted = तैयार हो रहा है
case-state-applied = आवेदन किया
case-state-under_verification = जाँच चल रही है
case-state-approved = मंज़ूर
case-state-rejected = नामंज़ूर
case-state-received = मिल गया
case-state-issued = जारी हुआ
case-state-filed = दायर किया
case-state-acknowledged = पावती मिली
case-state-enquiry = जाँच चल रही है
case-state-interim_relief_ordered = अंतरिम राहत का आदेश
case-state-granted = मंज़ूर
case-state-partly_granted = आंशिक मंज़ूर
case-state-appealed = अपील की
case-state-paid = पैसा मिल गया
case-state-complaint_made = शिकायत की
case-state-fir_refused = एफ़आईआर से इनकार
case-state-magistrate_complaint = मजिस्ट्रेट से शिकायत
case-state-fir_registered = एफ़आईआर दर्ज
case-state-investigation = जाँच चल रही है
case-state-closure_report = क्लोज़र रिपोर्ट
case-state-charge_sheet_filed = चार्जशीट दायर
case-state-trial = मुक़दमा चल रहा है
case-state-convicted = दोषी ठहराया
case-state-acquitted = बरी
case-state-withdrawn = वापस लिया
case-state-closed = बंद

case-entitlement-ration_card = राशन कार्ड
case-entitlement-aadhaar = आधार
case-entitlement-bank_account = बैंक खाता
case-entitlement-housing = आवास योजना
case-entitlement-widow_pension = विधवा पेंशन
case-entitlement-old_age_pension = वृद्धावस्था पेंशन
case-entitlement-e_shram = ई-श्रम पंजीकरण
case-entitlement-shg_support = स्वयं सहायता समूह की मदद (आजीविका मिशन)
case-entitlement-shelter_home = आश्रय गृह में दाख़िला
case-entitlement-free_legal_aid = मुफ़्त कानूनी सहायता
case-entitlement-other = कुछ और
case-document-birth_certificate = जन्म प्रमाण पत्र
case-document-school_certificate = स्कूल का प्रमाण पत्र
case-document-voter_id = वोटर कार्ड
case-document-aadhaar = आधार
case-document-ration_card = राशन कार्ड
case-document-caste_certificate = जाति प्रमाण पत्र
case-document-bank_passbook = बैंक पासबुक
case-document-other = कोई और दस्तावेज़
case-forum-dlsa = ज़िला विधिक सेवा प्राधिकरण
case-forum-slsa = राज्य विधिक सेवा प्राधिकरण
case-direction-sent = उन्हें भेजा
case-direction-received = उनसे मिला
case-medium-letter = चिट्ठी
case-medium-application = आवेदन
case-medium-email = ईमेल
case-medium-visit = मिलने गए
case-medium-phone_call = फ़ोन
case-medium-rti = सूचना का अधिकार (आरटीआई) आवेदन

deadline-lsa_decision = विधिक सेवा प्राधिकरण का फ़ैसला
deadline-compensation_payment = मुआवज़े का भुगतान
deadline-compensation_payment_partly = आंशिक मुआवज़े का भुगतान
deadline-appeal_window = अपील का आख़िरी दिन
deadline-charge_sheet = पुलिस की चार्जशीट
deadline-fir_decision = शिकायत पर पुलिस का फ़ैसला
deadline-legal_aid_decision = मुफ़्त कानूनी सहायता पर फ़ैसला
deadline-public_service = आवेदन पर फ़ैसला
deadline-document_issue = दस्तावेज़ जारी होना

cases-title = मेरे केस
cases-member-title = { $code } के केस
cases-none = अभी कोई केस नहीं।
cases-new = नया केस खोलें
cases-upcoming = आगे क्या है
cases-upcoming-none = अगले 30 दिनों में कुछ नहीं।
cases-upcoming-hearing = अगली सुनवाई
cases-opened-on = खोला गया { $date }
cases-next-due = अगली तारीख़: { $date }
cases-overdue-count = { $count ->
    [one] एक क़दम का समय निकल गया
   *[other] { $count } क़दमों का समय निकल गया
}
cases-open-link = खोलें

cases-new-title = नया केस
cases-new-choose = केस किस बारे में है?
cases-new-kind-heading = नया केस: { $kind }
cases-field-entitlement = किसके लिए आवेदन
cases-field-document = कौन सा दस्तावेज़
cases-field-forum = किस प्राधिकरण के सामने
cases-field-opened-on = खोलने की तारीख़
cases-field-authority = प्राधिकरण
cases-field-authority-hint = सूची से चुनें, या "कोई और" चुनकर नाम लिखें।
cases-field-authority-other = कोई और (नाम लिखें)
cases-field-authority-name = प्राधिकरण का नाम
cases-field-choose = चुनें
cases-save = सेव करें
cases-open = केस खोलें
cases-fix = निशान लगी जगहें ठीक करें।
cases-error-item = एक चुनें।
cases-error-date = एक तारीख़ दें, आज के बाद की नहीं।

case-title = केस
case-summary = केस के बारे में
case-state-label = क़दम
case-state-since = { $state }, { $date } से
case-authority = प्राधिकरण
case-details = ब्योरा
case-edit = ब्योरा बदलें
case-due = क्या बाक़ी है
case-due-none = कुछ बाक़ी नहीं।
case-due-on = आख़िरी तारीख़ { $date }
case-due-days-left = { $days ->
    [0] आज आख़िरी दिन
    [one] 1 दिन बाक़ी
   *[other] { $days } दिन बाक़ी
}
case-overdue-by = { $days ->
    [one] 1 दिन देर
   *[other] { $days } दिन देर
}
case-met-in-time = समय पर हुआ, { $date }
case-met-late = { $days } दिन देर से हुआ, { $date }
case-due-source = नियम: { $source }
case-due-moved = तारीख़ { $date } से बदली गई। कारण: { $reason }
case-move-title = केस आगे बढ़ाएँ
case-move-final = केस पूरा हो गया: अब कोई क़दम नहीं।
case-move-to = इस क़दम पर ले जाएँ: { $state }
case-move-on = तारीख़
case-note = नोट (चाहें तो)
case-saved = सेव हो गया।

case-hearings-title = सुनवाई दर्ज करें
case-hearing-held-on = सुनवाई की तारीख़
case-hearing-court = अदालत
case-hearing-next-on = अगली तारीख़ (अगर दी गई)
case-hearing-save = सुनवाई सेव करें

case-override-title = आख़िरी तारीख़ बदलें
case-override-intro = अगर प्राधिकरण ने लिखकर और समय दिया, या अदालत ने आदेश दिया, तो नई तारीख़ और कारण लिखें। क़ानूनी समय-सीमा वैसी ही रहेगी।
case-override-rule = कौन सा क़दम
case-override-due = नई तारीख़
case-override-reason = कारण
case-override-save = तारीख़ बदलें
case-override-reason-required = कारण लिखें।

case-letters-link = चिट्ठी दर्ज करें
letters-title = चिट्ठी दर्ज करें
letters-on = तारीख़
letters-direction = भेजी या मिली
letters-medium = कैसे
letters-institution = प्राधिकरण
letters-institution-other = कोई और (नीचे नाम लिखें)
letters-authority-name = प्राधिकरण का नाम, अगर सूची में नहीं
letters-summary = इसमें क्या लिखा है
letters-summary-required = लिखें कि इसमें क्या है।
letters-attachment = फ़ोटो या स्कैन ({ $count } फ़ाइलें तक, हर एक { $size } तक)
letters-attachment-hint = चिट्ठी की फ़ोटो, या एक PDF।
letters-save = चिट्ठी सेव करें

case-timeline = क्या-क्या हुआ
case-timeline-none = अभी कुछ दर्ज नहीं।
timeline-opened = केस खोला गया
timeline-state = { $from } → { $to }
timeline-hearing = सुनवाई
timeline-hearing-next = अगली तारीख़: { $date }
timeline-deadline = आख़िरी तारीख़: { $what }
timeline-by = दर्ज किया { $who } ने
timeline-by-you = आपने दर्ज किया
timeline-by-import = रजिस्टर से
timeline-attachment = फ़ाइल { $n }
timeline-attachment-size = { $kb } KB

case-error-transition-not-allowed = "{ $from }" से केस "{ $to }" पर नहीं जा सकता। "{ $from }" से यहाँ जा सकता है: { $allowed }।
case-error-transition-final = "{ $from }" से केस "{ $to }" पर नहीं जा सकता: केस पूरा हो गया है।
case-error-transition-unchanged = केस पहले से "{ $from }" पर है।
case-error-transition-not-in-workflow = इस तरह के केस में ऐसा कोई क़दम नहीं।
case-error-stale = यह पन्ना खोलने के बाद केस बदल गया है। फिर से देखें।
case-error-date-in-future = तारीख़ आज के बाद की नहीं हो सकती।
case-error-date-before-last-change = तारीख़ पिछले बदलाव से पहले की नहीं हो सकती।
case-error-reason-required = कारण लिखें।
case-error-unknown-rule = इस केस में ऐसी कोई आख़िरी तारीख़ नहीं।
case-error-wrong-kind = इस तरह के केस में यह दर्ज नहीं हो सकता।
case-error-too-large = फ़ाइल बहुत बड़ी है: हर एक { $size } तक।
case-error-type-not-allowed = सिर्फ़ फ़ोटो (JPEG, PNG, WebP) और PDF फ़ाइलें जोड़ी जा सकती हैं।
case-error-type-mismatch = फ़ाइल वैसी नहीं जैसा उसका नाम कहता है। सिर्फ़ फ़ोटो (JPEG, PNG, WebP) और PDF फ़ाइलें जोड़ी जा सकती हैं।
case-error-too-many = एक बार में { $count } फ़ाइलें तक।
case-error-details = ब्योरा ठीक करें।
case-error-other = सेव नहीं हो सका। फिर कोशिश करें।
case-refused-title = सेव नहीं हुआ
case-back = केस पर वापस
