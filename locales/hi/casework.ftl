## Casework for leaders: the desk, discreet reminders, importing a case register, and the
## figures for advocacy (issue 5).

casework-desk-title = केस का काम
casework-desk-heading = केस के काम की मेज़: { $collective }
casework-overdue = समय निकल गया
casework-due-week = अगले सात दिनों में
casework-nothing-overdue = किसी चीज़ का समय नहीं निकला है।
casework-nothing-due = इस हफ़्ते कुछ करना बाकी नहीं है।
casework-not-asked = { $count ->
    [0] हर सदस्य ने केस में सहायता माँगी है।
    [one] एक सदस्य ने केस में सहायता नहीं माँगी है; उनके केस नहीं दिखाए जाते।
   *[other] { $count } सदस्यों ने केस में सहायता नहीं माँगी है; उनके केस नहीं दिखाए जाते।
}
casework-col-member = सदस्य
casework-col-case = केस
casework-col-what = क्या करना है
casework-col-due = अंतिम तारीख़
casework-col-late = कितनी देर
casework-days-late = { $days ->
    [one] 1 दिन देर
   *[other] { $days } दिन देर
}
casework-open-case = खोलें
casework-record-letter = पत्र दर्ज करें
casework-due-hearing = अगली सुनवाई

casework-link-desk = केस के काम की मेज़
casework-link-reminders = रिमाइंडर की सेटिंग
casework-link-import = केस का रजिस्टर लाएँ
casework-link-figures = मुआवज़े के आँकड़े
casework-link-federation = फ़ेडरेशन के मुआवज़े के आँकड़े

casework-reminder-default = ध्रुव में आपके लिए एक रिमाइंडर है
casework-reminders-title = रिमाइंडर
casework-reminders-none = आपके लिए कोई रिमाइंडर नहीं है।
casework-reminders-new = नया
casework-reminders-see-cases = मेरे केस देखें
casework-reminders-badge = { $count ->
    [0] रिमाइंडर
    [one] रिमाइंडर (1 नया)
   *[other] रिमाइंडर ({ $count } नए)
}

casework-settings-title = रिमाइंडर की सेटिंग
casework-settings-intro = जिन सदस्यों का कोई कदम इस हफ़्ते बाकी है, उन्हें दिन में एक छोटा संदेश मिलता है। उसमें केस या अदालत की कोई बात नहीं होनी चाहिए: फ़ोन अक्सर दूसरे भी इस्तेमाल करते हैं।
casework-settings-message = संदेश का पाठ
casework-settings-message-hint = खाली छोड़ने पर हर सदस्य की भाषा में "{ $default }" भेजा जाएगा।
casework-settings-sms = SMS से भी भेजें
casework-settings-email = ईमेल से भी भेजें
casework-settings-save = सहेजें
casework-settings-saved = सहेज लिया गया।
casework-settings-revealing = संदेश में "{ $word }" है, जिससे किसी को उनके केस के बारे में पता चल सकता है। ऐसे शब्द चुनें जो केस के बारे में कुछ न बताएँ।
casework-settings-too-long = संदेश बहुत लंबा है: ज़्यादा से ज़्यादा { $max } अक्षर।
casework-settings-refused = संदेश सहेजा नहीं जा सका: इससे किसी को उनके केस के बारे में पता चल सकता है।

casework-import-title = केस का रजिस्टर लाएँ
casework-import-intro = एक CSV या Excel (XLSX) फ़ाइल भेजें: पहली पंक्ति में कॉलम के नाम, फिर हर पंक्ति में एक केस। आपके पक्का करने तक कुछ भी सहेजा नहीं जाता।
casework-import-columns = कॉलम
casework-import-dates = तारीख़ें 2026-03-31 या 31/03/2026 की तरह लिखें (या Excel के तारीख़ वाले खाने)। रक़म पूरे रुपयों में।
casework-import-about-member_code = सदस्य का कोड, जैसे M-7K3Q9H (ज़रूरी)
casework-import-about-kind = entitlement, compensation, legal या document_recovery (ज़रूरी)
casework-import-about-item = किस चीज़ के लिए आवेदन, कौन-सा दस्तावेज़, या dlsa / slsa
casework-import-about-state = केस किस चरण में है, जैसे filed (ज़रूरी)
casework-import-about-opened_on = केस कब शुरू हुआ (ज़रूरी)
casework-import-about-filed_on = कब दायर हुआ
casework-import-about-decided_on = कब फ़ैसला हुआ
casework-import-about-district_code = ज़िला, जैसे WB-kolkata
casework-import-about-authority = सूची में संस्था का नंबर, या उसका नाम
casework-import-about-reference = आवेदन, FIR या केस नंबर
casework-import-about-amount_claimed = माँगे गए रुपये
casework-import-about-amount_awarded = मंज़ूर हुए रुपये
casework-import-about-amount_received = मिले रुपये
casework-import-about-notes = टिप्पणी
casework-import-file = CSV या XLSX फ़ाइल
casework-import-check = फ़ाइल जाँचें
casework-import-preview = { $count ->
    [one] एक केस तैयार है। देखकर पक्का करें।
   *[other] { $count } केस तैयार हैं। देखकर पक्का करें।
}
casework-import-confirm = ये केस लाएँ
casework-import-again = दूसरी फ़ाइल भेजें
casework-import-done = { $count ->
    [one] एक केस लाया गया।
   *[other] { $count } केस लाए गए।
}
casework-import-rejected = कुछ भी नहीं लाया गया। इन पंक्तियों को ठीक करके फ़ाइल फिर से भेजें।
casework-import-expired = जाँची गई फ़ाइल अब रखी नहीं है (15 मिनट रखी जाती है)। फिर से भेजें।
casework-col-row = पंक्ति
casework-col-opened = शुरू होने की तारीख़
casework-col-state = चरण
casework-col-column = कॉलम
casework-col-problem = समस्या
case-import-empty = फ़ाइल खाली है, या शीर्षक के नीचे कोई पंक्ति नहीं है।
case-import-not-a-spreadsheet = फ़ाइल न CSV है न Excel (XLSX)।
case-import-not-utf8 = पाठ UTF-8 में नहीं है: शीट को "CSV UTF-8" के रूप में सहेजें।
case-import-too-many-rows = फ़ाइल में शीर्षक के नीचे 5,000 से ज़्यादा पंक्तियाँ हैं: उसे बाँटकर भेजें।
case-import-missing-column = शीर्षक में एक ज़रूरी कॉलम नहीं है।
case-import-unknown-column = शीर्षक में ऐसा कॉलम है जो पहचाना नहीं जाता।
case-import-duplicate-column = शीर्षक में यह कॉलम दो बार है।
case-import-unreadable = खाने में कोई त्रुटि है या ऐसा मान है जो पढ़ा नहीं जा सकता।
case-import-missing-value = एक ज़रूरी मान नहीं है।
case-import-unknown-kind = यह किसी तरह का केस नहीं है।
case-import-unknown-state = यह किसी केस का चरण नहीं है।
case-import-state-not-in-workflow = इस तरह के केस में ऐसा कोई चरण नहीं है।
case-import-unknown-entitlement = यह हक़दारी की सूची में नहीं है।
case-import-unknown-document = यह किसी तरह का दस्तावेज़ नहीं है।
case-import-unknown-forum = यह कोई विधिक सेवा प्राधिकरण नहीं है (dlsa या slsa)।
case-import-item-not-for-kind = इस तरह के केस में कोई विषय नहीं होता।
case-import-bad-date = यह तारीख़ नहीं है (2026-03-31 या 31/03/2026)।
case-import-date-in-future = यह तारीख़ भविष्य की है।
case-import-date-before-opened = यह तारीख़ केस शुरू होने से पहले की है।
case-import-decided-before-filed = दायर होने से पहले ही फ़ैसला लिखा है।
case-import-not-yet-filed = दायर करने की तारीख़ है, पर चरण कहता है कि दायर नहीं हुआ।
case-import-not-decided = फ़ैसले की तारीख़ है, पर चरण कहता है कि फ़ैसला नहीं हुआ।
case-import-unknown-district = इस कोड का कोई ज़िला नहीं है।
case-import-unknown-member = यह ऐसे किसी सदस्य का कोड नहीं है जिसके केस आप दर्ज कर सकते हैं।
case-import-unknown-institution = सूची में इस नंबर की कोई संस्था नहीं है।
case-import-bad-amount = यह पूरे रुपयों की रक़म नहीं है।
case-import-amount-not-for-kind = केवल मुआवज़े के दावे में रक़म होती है।
case-import-too-long = पाठ बहुत लंबा है।
case-import-duplicate-in-file = वही सदस्य, तरह, विषय और नंबर एक पिछली पंक्ति में है।
case-import-already-recorded = यह केस (वही सदस्य, तरह, विषय और नंबर) पहले से दर्ज है।
case-import-details = विवरण इस तरह के केस से मेल नहीं खाता।

casework-figures-title = मुआवज़े के आँकड़े
casework-figures-heading = मुआवज़े के आँकड़े: { $scope }
casework-figures-federation = सभी संघ
casework-figures-intro = पीड़ित मुआवज़े के दावे, एक साथ गिने हुए: कितने, किस चरण में, कितना माँगा, मंज़ूर हुआ और मिला, और फ़ैसले में कितने दिन लगे।
casework-figures-k = जो आँकड़ा { $k } से कम दावों पर टिका हो, वह नहीं दिखाया जाता, और न ही वह आँकड़ा जिससे उसे निकाला जा सके।
casework-figures-none = अभी तक मुआवज़े का कोई दावा दर्ज नहीं है।
casework-suppressed = { $k } से कम
casework-figures-total = सभी दावे
casework-figures-by-collective = संघ के अनुसार
casework-figures-by-district = ज़िले के अनुसार
casework-figures-by-state = राज्य के अनुसार
casework-figures-by-authority = प्राधिकरण के अनुसार
casework-col-where = कहाँ
casework-col-claims = दावे
casework-col-stages = चरण के अनुसार
casework-col-claimed = माँगा गया
casework-col-awarded = मंज़ूर
casework-col-received = मिला
casework-col-median = फ़ैसले तक बीच के दिन (माध्यिका)
casework-col-in-time = क़ानूनी समय में फ़ैसला
casework-none = —
casework-scorecard-heading = केस के काम से आँकड़े
casework-scorecard-intro = इन संस्थाओं के सामने पीड़ित मुआवज़े के दावे, संघों के केस के काम से।
casework-figures-shared = पहली तालिका में आपके संघ के अपने दावे हैं। ज़िले, राज्य और प्राधिकरण वाली तालिकाएँ वहाँ के सभी संघों के दावे गिनती हैं, ताकि एक पन्ने को दूसरे से घटाकर किसी को पहचाना न जा सके।
casework-show-all = सभी { $count } देखें

# issue 10 I
case-import-too-many-columns = फ़ाइल में पहले 50 कॉलम (कॉलम AX) के बाद भी कुछ है: उसे मिटाएँ, या रजिस्टर को नई शीट में कॉपी करें।
case-import-too-many-cells = फ़ाइल में 1,50,000 से ज़्यादा भरे खाने हैं: उसे बाँटकर भेजें।
case-import-too-big-unpacked = वर्कबुक खुलकर 16 MB से बड़ी हो जाती है: सिर्फ़ रजिस्टर को CSV UTF-8 या नई .xlsx के रूप में सेव करें।
case-import-other-workbook = यह पुरानी या दूसरी तरह की वर्कबुक है (.xls, .xlsb या .ods): इसे Excel (.xlsx) या CSV UTF-8 के रूप में सेव करके भेजें।
