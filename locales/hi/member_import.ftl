# issue 11: सदस्यों का काग़ज़ी रजिस्टर आयात करना (keys prefixed mimport-)
mimport-title = सदस्यों का रजिस्टर आयात करें
mimport-link = सदस्यों का रजिस्टर आयात करें (CSV या Excel)
mimport-intro = रजिस्टर CSV (UTF-8) या Excel (.xlsx) में भेजें: पहले शीर्षक की पंक्ति, फिर हर सदस्य की एक पंक्ति। जाँच देखकर "आयात करें" दबाने तक कुछ भी सेव नहीं होता।
mimport-file = रजिस्टर फ़ाइल
mimport-check = फ़ाइल जाँचें
mimport-columns = कॉलम
mimport-under-18 = 18 साल से कम उम्र की सदस्य आयात नहीं की जा सकती: उन्हें उनके अपने पन्ने पर दर्ज करें, जहाँ उनके अभिभावक की सहमति ली जाती है।
mimport-row = पंक्ति
mimport-more = { $count ->
    [one] और 1 समस्या, सूची में नहीं दिखाई गई
   *[other] और { $count } समस्याएँ, सूची में नहीं दिखाई गईं
}
mimport-ready = { $count ->
    [one] फ़ाइल ठीक है: 1 सदस्य आयात के लिए तैयार है।
   *[other] फ़ाइल ठीक है: { $count } सदस्य आयात के लिए तैयार हैं।
}
mimport-confirm = { $count ->
    [one] 1 सदस्य आयात करें
   *[other] सभी { $count } सदस्य आयात करें
}
mimport-again = या कोई दूसरी फ़ाइल जाँचें
mimport-expired = जाँची गई फ़ाइल अब रखी नहीं है (वह 15 मिनट रुकती है)। कृपया फिर से भेजें।
mimport-done = { $count ->
    [one] 1 सदस्य संघ में जोड़ी गईं।
   *[other] { $count } सदस्य संघ में जोड़ी गईं।
}
mimport-done-next = अब हर सदस्य को उनके पन्ने से लॉग इन का कोड दिया जा सकता है। उनकी सहमति उन्हीं से पूछी जाती है, आयात नहीं होती।
mimport-to-roster = सदस्य देखें
mimport-file-refused = यह फ़ाइल आयात नहीं हो सकती। कुछ भी सेव नहीं हुआ।
mimport-rows-refused = { $bad ->
    [one] कुछ भी सेव नहीं हुआ: 1 पंक्ति ठीक करनी है ({ $good } पंक्तियाँ ठीक हैं)। शीट में ठीक करके फिर से भेजें।
   *[other] कुछ भी सेव नहीं हुआ: { $bad } पंक्तियाँ ठीक करनी हैं ({ $good } पंक्तियाँ ठीक हैं)। शीट में ठीक करके फिर से भेजें।
}

mimport-col-name = नाम
mimport-col-phone = मोबाइल नंबर
mimport-col-birth_year = जन्म का वर्ष
mimport-col-languages = भाषाएँ
mimport-col-joined_on = जुड़ने की तारीख़
mimport-col-office = पद

mimport-about-name = उनका नाम (ज़रूरी)
mimport-about-phone = उनका 10 अंकों का मोबाइल नंबर, अगर हो
mimport-about-birth_year = जैसे 1994
mimport-about-languages = ";" से अलग किए कोड या नाम: bn, hi, te, en या बांग्ला, हिन्दी, तेलुगु, अंग्रेज़ी (जैसे bn;hi)
mimport-about-joined_on = कब जुड़ीं: 2024-01-15, 15/01/2024 या 15-01-2024 (ज़रूरी)
mimport-about-office = अध्यक्ष, सचिव, कोषाध्यक्ष या मुख्य टीम (या president, secretary, treasurer, core_team), अगर वे किसी पद पर हों

# हर कॉलम के लिए रजिस्टर के शीर्षक में लिखे जा सकने वाले शब्द (शब्दों के बीच "|")।
mimport-header-name = नाम|सदस्य का नाम|पूरा नाम
mimport-header-phone = फ़ोन|फोन|मोबाइल|मोबाइल नंबर|फ़ोन नंबर
mimport-header-birth_year = जन्म का वर्ष|जन्म वर्ष|जन्म साल
mimport-header-languages = भाषाएँ|भाषा
mimport-header-joined_on = जुड़ने की तारीख़|जुड़ने की तारीख|सदस्यता की तारीख़
mimport-header-office = पद

mimport-problem-empty = फ़ाइल खाली है, या शीर्षक के नीचे कोई पंक्ति नहीं है।
mimport-problem-not-a-spreadsheet = फ़ाइल न CSV है, न Excel (XLSX)।
mimport-problem-not-utf8 = लिखावट UTF-8 नहीं है: शीट को "CSV UTF-8" के रूप में सेव करें।
mimport-problem-too-many-rows = फ़ाइल में शीर्षक के नीचे 5,000 से ज़्यादा पंक्तियाँ हैं: इसे बाँटकर भेजें।
mimport-problem-too-many-columns = फ़ाइल में पहले 50 कॉलम के बाद भी कुछ है: उसे मिटाएँ।
mimport-problem-too-many-cells = फ़ाइल में 1,50,000 से ज़्यादा भरे खाने हैं: इसे बाँटकर भेजें।
mimport-problem-too-big-unpacked = वर्कबुक खुलकर 16 MB से बड़ी हो जाती है: सिर्फ़ रजिस्टर को CSV UTF-8 या नई .xlsx के रूप में सेव करें।
mimport-problem-other-workbook = यह पुरानी या दूसरी तरह की वर्कबुक है (.xls, .xlsb या .ods): इसे Excel (.xlsx) या CSV UTF-8 के रूप में सेव करें।
mimport-problem-missing-column = शीर्षक की पंक्ति में यह कॉलम नहीं है।
mimport-problem-unknown-column = ऐसा कॉलम जिसे आयात नहीं पहचानता: उसे नीचे दिए किसी नाम में बदलें, या मिटा दें।
mimport-problem-duplicate-column = यह कॉलम शीर्षक में दो बार है।
mimport-problem-unreadable = खाने में कोई त्रुटि है या ऐसा कुछ जो पढ़ा नहीं जा सकता।
mimport-problem-missing-value = यह ज़रूरी है और खाली है।
mimport-problem-name-too-long = नाम बहुत लंबा है (ज़्यादा से ज़्यादा 200 अक्षर)।
mimport-problem-bad-phone = यह 10 अंकों का मोबाइल नंबर नहीं है।
mimport-problem-bad-birth-year = यह जन्म का वर्ष नहीं है (जैसे 1994)।
mimport-problem-under-18 = उनकी उम्र 18 से कम है: उन्हें उनके अपने पन्ने पर दर्ज करें, जहाँ उनके अभिभावक की सहमति ली जाती है।
mimport-problem-unknown-language = यह ध्रुव की जानी हुई भाषा नहीं है: bn, hi, te या en, या भाषा का नाम लिखें।
mimport-problem-bad-date = यह तारीख़ नहीं है: 2024-01-15, 15/01/2024 या 15-01-2024 लिखें।
mimport-problem-date-in-future = तारीख़ भविष्य की है।
mimport-problem-unknown-office = यह पद नहीं है: अध्यक्ष, सचिव, कोषाध्यक्ष या मुख्य टीम।
mimport-problem-phone-twice-in-file = यही मोबाइल नंबर पिछली किसी पंक्ति में है।
mimport-problem-phone-registered = यह मोबाइल नंबर ध्रुव में पहले से दर्ज है: उनसे लॉग इन करने को कहें।
mimport-problem-twice-in-file = मोबाइल नंबर के बिना यही नाम और जन्म का वर्ष पिछली किसी पंक्ति में है।
mimport-problem-already-imported = इस नाम और जन्म वर्ष की एक सदस्य इस संघ में पहले ही आयात हो चुकी हैं।
mimport-problem-office-twice-in-file = यही पद पिछली किसी पंक्ति में है: मुख्य टीम को छोड़कर हर पद पर एक ही सदस्य होती हैं।
mimport-problem-office-held = संघ में कोई अभी इस पद पर हैं: पद पदों के पन्ने पर सौंपकर ही बदलता है।
