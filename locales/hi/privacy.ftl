## सहमति, मेंटर, अभिभावक, "मेरी जानकारी किसने देखी" और निजता सूचना (इश्यू 3)।

footer-privacy = निजता: ध्रुव क्या रखता है और आपके अधिकार
login-privacy-link = ध्रुव आपकी जानकारी कैसे सुरक्षित रखता है
time-late-night = रात
time-morning = सुबह
time-afternoon = दोपहर
time-late-afternoon = शाम
time-evening = शाम
time-night = रात
date-time = { $date }, { $period } { $time }

## हर काम में क्या दिखेगा: शीर्षक, और कौन क्या देखेगा — आसान शब्दों में

purpose-case_support = मेरे केस में मदद
purpose-case_support-who = मेरे संघ की नेता मेरा मोबाइल नंबर, जन्म का साल और टिप्पणी देख सकेंगी, ताकि मेरी अर्ज़ियों और केस में मदद कर सकें।
purpose-mentoring = मेंटरिंग
purpose-mentoring-who = मेरी मेंटर — साथी संस्था की एक सहायक — मेरा नाम, मोबाइल नंबर, जन्म का साल और टिप्पणी देख सकेंगी। बाकी कर्मचारी नहीं।
purpose-research = शोध
purpose-research-who = महासंघ शोध में मुझे गिन सकेगा। शोध करने वालों को सिर्फ़ मेरा संघ, ज़िला, भाषाएँ और जुड़ने का साल मिलेगा — मेरा नाम, नंबर या कोड कभी नहीं।
purpose-media = मीडिया और अभियान
purpose-media-who = मेरे संघ की नेता और महासंघ मेरा नाम उन सदस्यों की सूची में देख सकेंगे जो मीडिया और अभियानों में अपनी कहानी बताने को तैयार हैं। कोई भी कहानी या फ़ोटो इस्तेमाल करने से पहले वे मुझसे फिर पूछेंगे।
purpose-federation_contact = महासंघ से संपर्क
purpose-federation_contact-who = बैठकों और अभियानों के बारे में फ़ोन करने के लिए महासंघ की टीम मेरा नाम और मोबाइल नंबर देख सकेगी।

consent-method-in_app = ध्रुव पर ख़ुद
consent-method-verbal = मुँह से कहकर
consent-method-paper = काग़ज़ पर लिखकर

## मेरे फ़ैसले (सहमति)

consents-title = मेरे फ़ैसले
consents-member-title = उनके फ़ैसले
consents-intro = कौन क्या देख सकता है, यह आप तय करती हैं। हर फ़ैसला अगली बार किसी के पन्ना खोलते ही लागू हो जाता है। आप इसे कभी भी बदल सकती हैं।
consents-member-intro = कौन क्या देख सकता है, यह वे तय करती हैं। उन्होंने मुँह से या काग़ज़ पर जो सहमति दी है, उसे यहाँ दर्ज करें; वे इसे अपने फ़ोन पर देखेंगी और रोक सकेंगी।
consent-yes = हाँ, { $date } से
consent-no = नहीं
consent-grant = हाँ, मैं सहमत हूँ
consent-withdraw = रोकें
consent-withdraw-for-her = रोकें (उन्होंने कहा)
consent-guardian-needed = आपकी उम्र 18 से कम है। पहले आपके संघ की एक नेता को आपके अभिभावक की सहमति दर्ज करनी होगी। तब तक ध्रुव सिर्फ़ आपका नाम और कोड रखेगा।
consent-guardian-needed-member = उनकी उम्र 18 से कम है। कुछ भी और रखने से पहले उनके अभिभावक की सहमति दर्ज करनी होगी।
consents-history = सारे रिकॉर्ड
consents-history-none = अभी कुछ दर्ज नहीं है।
consent-record-line = { $purpose }: हाँ, { $method }। दर्ज किया { $who } ने, { $when }।
consent-record-witness = गवाह: { $witness }
consent-record-withdrawn = रोका { $who } ने, { $when }।
consent-recorded-by-you = आप
consent-recorded-by-operator = ध्रुव के संचालक
consents-record-heading = आमने-सामने दी गई सहमति दर्ज करें
consents-record-purpose = वे किस बात पर सहमत हुईं
consents-record-method = उन्होंने कैसे बताया
consents-record-witness = गवाह का नाम
consents-record-witness-hint = जब वे सहमत हुईं, तब वहाँ कौन था। यह नाम भी उनके नाम की तरह ताले में रखा जाता है।
consents-record-submit = उनकी सहमति दर्ज करें
consents-record-witness-missing = कृपया गवाह का नाम लिखें।
consents-links = आपकी जानकारी के बारे में और
link-access-log = मेरी जानकारी किसने देखी
link-mentors = मेरी मेंटर
link-privacy = निजता सूचना
link-back = वापस जाएँ
member-link-consents = उनके फ़ैसले
member-link-mentors = उनकी मेंटर
member-link-guardian = अभिभावक (18 से कम उम्र)

## मेंटर

mentors-title = मेंटर
mentors-intro = मेंटर साथी संस्था की एक सहायक होती हैं, जो उनका साथ देती हैं। मेंटरिंग पर उनकी सहमति हो, तो सिर्फ़ उनकी मेंटर ही उनकी जानकारी देख सकती हैं।
mentors-current = अभी की मेंटर
mentors-none = अभी कोई मेंटर नहीं है।
mentors-since = { $when } से
mentors-ended = { $from } से { $until } तक
mentors-past = पहले की मेंटर
mentors-choose = मेंटर चुनें
mentors-no-candidates = साथी संस्था की कोई सहायक अभी उपलब्ध नहीं है।
mentors-assign = इन्हें मेंटर बनाएँ
mentors-end = मेंटरिंग ख़त्म करें

## अभिभावक की सहमति (18 से कम उम्र)

guardian-title = अभिभावक की सहमति
guardian-intro = 18 से कम उम्र की सदस्य का नाम और कोड से ज़्यादा कुछ रखने से पहले ध्रुव को उनके अभिभावक की सहमति चाहिए।
guardian-status-adult = उन्हें 18 से कम उम्र का नहीं बताया गया है।
guardian-status-needed = उनकी उम्र 18 से कम है। अभिभावक की सहमति अभी दर्ज नहीं है: सिर्फ़ उनका नाम और कोड रखा गया है।
guardian-status-given = उनकी उम्र 18 से कम है। उनके अभिभावक की सहमति दर्ज है।
guardian-mark-minor = उन्हें 18 से कम उम्र का दर्ज करें
guardian-mark-adult = अब वे 18 की हो गई हैं
guardian-record-heading = उनके अभिभावक की सहमति दर्ज करें
guardian-name = अभिभावक का नाम
guardian-relation = उनसे रिश्ता
guardian-verification = अभिभावक की पहचान आपने कैसे जाँची
guardian-submit = सहमति दर्ज करें
guardian-withdraw = अभिभावक सहमति वापस ले रहे हैं
guardian-name-missing = कृपया अभिभावक का नाम लिखें।
guardian-record-line = { $name } ({ $relation }), जाँच: { $verification }। दर्ज किया { $who } ने, { $when }।
guardian-record-withdrawn = वापस ली गई, दर्ज किया { $who } ने, { $when }।

guardian-relation-mother = माँ
guardian-relation-father = पिता
guardian-relation-grandparent = दादा-दादी या नाना-नानी
guardian-relation-sibling = बड़ा भाई या बहन
guardian-relation-other_relative = कोई और रिश्तेदार
guardian-relation-legal_guardian = क़ानूनी अभिभावक
guardian-relation-child_welfare_committee = बाल कल्याण समिति (CWC)
guardian-verification-identity_document = पहचान पत्र देखकर
guardian-verification-known_to_collective = संघ उन्हें आमने-सामने जानता है
guardian-verification-court_or_cwc_order = अदालत या बाल कल्याण समिति का आदेश देखकर
guardian-verification-other_witnessed = किसी और तरीक़े से, गवाह के सामने

error-guardian-needed-title = अभिभावक की सहमति चाहिए
error-guardian-needed = उनकी उम्र 18 से कम है। पहले उनके अभिभावक की सहमति दर्ज करें; तब तक सिर्फ़ उनका नाम और कोड रखा जाएगा।

## मेरी जानकारी किसने देखी

access-log-title = मेरी जानकारी किसने देखी
access-log-intro = जब भी किसी और ने आपकी जानकारी खोली, वह यहाँ लिखा है: किसने, कब और क्यों। आपने ख़ुद जो देखा, वह यहाँ नहीं है।
access-log-none = किसी और ने आपकी जानकारी नहीं खोली।
access-log-refused-heading = आपके फ़ैसलों से रोका गया
access-log-refused-intro = इन्होंने कुछ ऐसा देखना चाहा जिस पर आप सहमत नहीं थीं। ध्रुव ने वह नहीं दिखाया।
access-log-refused-none = किसी को रोकना नहीं पड़ा।
access-log-latest = आख़िरी { $count } दिखाए जा रहे हैं।
access-log-who = { $role } { $username }
access-log-who-operator = ध्रुव के संचालक (सर्वर पर)
access-log-why = क्यों: { $purpose }
access-log-why-refused = आप सहमत नहीं थीं: { $purpose }
access-log-why-role = क्यों: आपके संघ की { $role }
access-log-via = { $channel } से
access-log-what-view_member_name = आपका नाम
access-log-what-view_member_personal = आपका मोबाइल नंबर, जन्म का साल और टिप्पणी
access-log-what-view_consents = आपके फ़ैसले और उनके गवाह
access-log-what-view_guardian_consent = आपके अभिभावक की सहमति
access-log-what-contact_member = आपका नाम और मोबाइल नंबर
access-log-what-include_in_research = नाम के बिना आपकी जानकारी, एक शोध फ़ाइल में
access-log-what-refused-view_member_name = आपका नाम
access-log-what-refused-view_member_personal = आपका मोबाइल नंबर, जन्म का साल और टिप्पणी
access-log-what-refused-contact_member = आपका नाम और मोबाइल नंबर
access-log-what-refused-include_in_research = शोध के लिए आपकी जानकारी
access-log-what-refused-use_in_media = मीडिया के लिए आपका नाम
access-log-what-other = आपकी जानकारी
channel-web = वेबसाइट
channel-api = जुड़ा हुआ कोई प्रोग्राम
channel-cli = सर्वर

## महासंघ के काम (हर एक में उनकी सहमति चाहिए)

federation-contacts-title = संपर्क के लिए सहमत सदस्य
federation-contacts-intro = सिर्फ़ वे सदस्य यहाँ हैं जो महासंघ से संपर्क के लिए सहमत हैं। जब भी यह सूची खुलती है, हर सदस्य के खाते में यह लिखा जाता है।
federation-contacts-none = अभी कोई सदस्य संपर्क के लिए सहमत नहीं है।
federation-research-title = शोध
federation-research-count = { $count ->
    [one] एक सदस्य शोध में गिने जाने के लिए सहमत है।
   *[other] { $count } सदस्य शोध में गिने जाने के लिए सहमत हैं।
}
federation-research-intro = डाउनलोड में कोई नाम, नंबर या सदस्य कोड नहीं होता: हर डाउनलोड में हर सदस्य को एक नया बेतरतीब निशान मिलता है। इसमें शामिल हर सदस्य को उसके खाते में बताया जाता है।
federation-research-download = शोध फ़ाइल डाउनलोड करें (JSON)
federation-media-title = अपनी कहानी बताने को तैयार सदस्य
federation-media-intro = वे सहमत हैं कि उनकी कहानी मीडिया और अभियानों में इस्तेमाल हो सकती है। कोई भी कहानी या फ़ोटो इस्तेमाल करने से पहले हर एक से फिर पूछें।
federation-media-none = अभी कोई सदस्य सहमत नहीं है।
home-federation-uses = जिन कामों में सदस्यों की सहमति चाहिए
column-code = कोड
column-name = नाम
column-phone = मोबाइल नंबर
column-collective = संघ

## निजता सूचना

privacy-title = निजता सूचना
privacy-intro = ध्रुव को सर्वाइवर महिलाओं के संघ अपने लिए चलाते हैं। आपकी जानकारी आपकी है। इस पन्ने पर लिखा है कि ध्रुव क्या रखता है, क्यों, कौन उसे देख सकता है, कब तक, और आप क्या कर सकती हैं।
privacy-held-heading = ध्रुव आपके बारे में क्या रखता है
privacy-held-1 = आपका सदस्य कोड (जैसे M-7K3Q9H), आपके संघ और जुड़ने की तारीख़: ताकि संघ जाने कि उसमें कौन है।
privacy-held-2 = आपका नाम: ताकि आपके संघ की नेता आपको पहचानें।
privacy-held-3 = अगर आप दें: आपका मोबाइल नंबर, जन्म का साल और टिप्पणी, आपके केस में मदद के लिए।
privacy-held-4 = आपके फ़ैसले (आप किस पर सहमत हुईं और कब), आपकी मेंटर, और 18 से कम उम्र की सदस्यों के लिए उनके अभिभावक की सहमति।
privacy-held-5 = आपकी जानकारी किसने, कब और क्यों खोली — इसका हिसाब।
privacy-who-heading = कौन क्या देख सकता है
privacy-who-1 = आप अपनी सारी जानकारी देख सकती हैं।
privacy-who-2 = आपके संघ की नेता आपका नाम और कोड देखती हैं। आपका नंबर और टिप्पणी सिर्फ़ तब, जब आप केस में मदद के लिए सहमत हों।
privacy-who-3 = सहायक आपका कोड देखती हैं। आपका नाम और जानकारी सिर्फ़ आपकी अपनी मेंटर देखती हैं, और वह भी तब, जब आप मेंटरिंग के लिए सहमत हों।
privacy-who-4 = महासंघ सिर्फ़ गिनती देखता है। आपका नाम या नंबर सिर्फ़ उन कामों के लिए, जिन पर आप सहमत हैं: संपर्क, शोध (नाम के बिना) या मीडिया।
privacy-who-5 = सर्वर चलाने वाले सिर्फ़ कोड देखते हैं — नाम या नंबर कभी नहीं।
privacy-how-long-heading = कब तक
privacy-how-long = जब तक आप सदस्य हैं और चाहती हैं, आपकी जानकारी रखी जाती है। आप कभी भी इसे मिटाने को कह सकती हैं। आपकी जानकारी किसने खोली, इसका हिसाब कम से कम एक साल रखा जाता है, ताकि ग़लत इस्तेमाल पकड़ा जा सके।
privacy-safe-heading = इसे कैसे सुरक्षित रखा जाता है
privacy-safe-1 = आपका नाम, नंबर, जन्म का साल और टिप्पणी एक चाबी से ताले में (एन्क्रिप्ट करके) रखे जाते हैं, जो चाबी सिर्फ़ आपकी है। चाबी के बिना इन्हें पढ़ा नहीं जा सकता, चोरी हुई कॉपी से भी नहीं।
privacy-safe-2 = आपकी जानकारी मिटाने पर आपकी चाबी नष्ट कर दी जाती है, इसलिए कोई भी कॉपी — पुराने बैकअप भी — फिर पढ़ी नहीं जा सकती।
privacy-safe-3 = आपकी जानकारी जब भी खोली जाती है, वह ऐसे खाते में लिखा जाता है जिसे बदलने पर पता चल जाता है।
privacy-safe-4 = साझा फ़ोन पर काम ख़त्म होने पर लॉग आउट करें। "तुरंत बाहर निकलें" बटन से आप उसी पल बाहर निकल जाती हैं।
privacy-rights-heading = आपके अधिकार
privacy-right-consents = तय करें कि कौन क्या देखे, और कभी भी बदलें
privacy-right-access-log = देखें कि आपकी जानकारी किसने खोली
privacy-right-my-data = ध्रुव आपके बारे में जो रखता है, सब देखें और डाउनलोड करें
privacy-right-correction = सुधार माँगें
privacy-right-grievance = शिकायत करें: 90 दिनों के भीतर जवाब मिलता है
privacy-right-erase = अपनी जानकारी मिटवाएँ
privacy-law = ये अधिकार भारत के डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 के अनुसार हैं। शिकायत का जवाब 90 दिनों के भीतर दिया जाता है। अगर आप फ़ोन नहीं चला सकतीं, तो आपके संघ की एक नेता आपके साथ बैठकर यह सब कर सकती हैं।
access-log-what-view_cases = आपके केस: उनके क़दम, चिट्ठियाँ और काग़ज़
access-log-what-refused-view_cases = आपके केस
access-log-what-refused-manage_cases = आपके केस (बदलने के लिए)

## Consent she confirms (issue 9)
consents-pending-heading = आपके जवाब का इंतज़ार
consents-pending-heading-member = उनके जवाब का इंतज़ार
consents-pending-intro = किसी ने आपकी ओर से ये सहमतियाँ दर्ज की हैं। जब तक आप हाँ नहीं कहतीं, कुछ नहीं बदलेगा। अगर आप राज़ी नहीं हुई थीं, तो ना कहें।
consents-pending-intro-member = ये सहमतियाँ तभी गिनी जाएँगी जब वे अपने फ़ोन पर इनकी पुष्टि करें। अगर उनका फ़ोन खाता नहीं है, तो संघ की कोई दूसरी पदाधिकारी आमने-सामने, एक गवाह के साथ, उनसे पुष्टि करेगी।
consent-pending-line = { $purpose }, { $method }। दर्ज किया { $who } ने, { $when }।
consent-pending-confirm = हाँ, मैं राज़ी हुई थी
consent-pending-refuse = नहीं, मैं राज़ी नहीं हुई
consent-pending-for-you = आपके जवाब का इंतज़ार
consent-pending-for-her = उनके जवाब का इंतज़ार
consent-pending-she-confirms = वे इसकी पुष्टि ख़ुद अपने फ़ोन पर करेंगी।
consent-pending-second-officer = संघ की कोई दूसरी पदाधिकारी, जिसने इसे दर्ज नहीं किया, उनके साथ इसकी पुष्टि करे।
consent-pending-second-witness = पुष्टि करते समय कौन मौजूद था
consent-pending-second-confirm = उन्होंने आमने-सामने मुझसे इसकी पुष्टि की
consent-pending-not-yours = आप इसकी पुष्टि नहीं कर सकतीं: वे ख़ुद करेंगी, या कोई दूसरी पदाधिकारी उनके साथ करेगी।
consent-record-pending = जवाब का इंतज़ार।
consent-record-confirmed = पुष्टि की { $who } ने, { $when }।
consent-record-refused = मना किया { $who } ने, { $when }।
consent-notice = { $count ->
    [one] किसी ने आपकी ओर से एक सहमति दर्ज की है। देखें किसने और कब, और जवाब दें।
   *[other] किसी ने आपकी ओर से { $count } सहमतियाँ दर्ज की हैं। देखें किसने और कब, और जवाब दें।
}

## A new phone number, confirmed by her leader (issue 9)
phone-change-waiting = आपने { $date } को नया मोबाइल नंबर माँगा। आपकी नेता आपके नए नंबर की पुष्टि करेंगी; तब तक आपका पुराना नंबर ही रहेगा।
phone-change-refused = { $date } को आपने जो नया नंबर माँगा था, आपकी नेता ने उसकी पुष्टि नहीं की। कृपया उनसे बात करें।
phone-change-too-many = आज आपने बहुत बार नया नंबर माँगा है। कुछ भी सहेजा नहीं गया। कृपया कल फिर कोशिश करें।
phone-change-title = पुष्टि के लिए नए मोबाइल नंबर
phone-change-intro = एक सदस्य ने नया मोबाइल नंबर माँगा है। पुष्टि तभी करें जब वे अपने फ़ोन पर नया नंबर आपको दिखा दें। अगर कुछ ठीक न लगे, तो पुष्टि न करें।
phone-change-none = कोई नया नंबर इंतज़ार में नहीं है।
phone-change-request-line = सदस्य { $code } ने नया नंबर माँगा, { $when }।
phone-change-confirm = उन्होंने दिखाया: पुष्टि करें
phone-change-refuse = पुष्टि न करें
phone-change-home = { $count ->
    [one] एक सदस्य का नया मोबाइल नंबर आपकी पुष्टि का इंतज़ार कर रहा है
   *[other] { $count } सदस्यों के नए मोबाइल नंबर आपकी पुष्टि का इंतज़ार कर रहे हैं
}
