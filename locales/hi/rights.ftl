## आपके अधिकार: अपनी जानकारी की प्रति, सुधार, शिकायत, मिटाना (इश्यू 3)।

rights-heading = आपके अधिकार
rights-link-data = अपनी सारी जानकारी देखें और डाउनलोड करें
rights-link-corrections = गलती सुधारने को कहें
rights-link-grievances = शिकायत करें
rights-link-erase = अपनी सारी जानकारी मिटाएँ
rights-home-corrections = सुधार के अनुरोध
rights-home-grievances = जिन शिकायतों का जवाब देना है
rights-text-missing = कुछ लिखें।
rights-text-too-long = ज़्यादा से ज़्यादा 2000 अक्षर लिखें।
rights-you = आप
rights-operator = ध्रुव चलाने वाले

## आपकी जानकारी

my-data-title = आपकी जानकारी
my-data-intro = ध्रुव आपके बारे में जो कुछ रखता है, सब यहाँ है। यह पन्ना सिर्फ़ आप देख सकती हैं।
my-data-download = सब कुछ एक फ़ाइल में डाउनलोड करें
my-data-download-note = साझा फ़ोन पर फ़ाइल फ़ोन के डाउनलोड में रह जाती है, जहाँ दूसरे भी उसे खोल सकते हैं। काम पूरा होने पर उसे किसी सुरक्षित जगह रख दें या मिटा दें।
my-data-details = आपका विवरण
my-data-collectives = आपके संघ
my-data-account = आपका खाता
my-data-language = स्क्रीन की भाषा
my-data-consents = आपने किन बातों की सहमति दी
my-data-consent-given = { $date } को दी गई
my-data-consent-withdrawn = { $date } को वापस ली गई
my-data-mentors = आपके मेंटर
my-data-witness = गवाह:
my-data-guardian = आपके अभिभावक की सहमति
my-data-mentor-since = { $date } से
my-data-mentor-until = { $date } तक
my-data-corrections = आपके सुधार के अनुरोध
my-data-grievances = आपकी शिकायतें
my-data-history = आपकी जानकारी के साथ किसने क्या किया
my-data-history-note = यहाँ आख़िरी { $count } घटनाएँ हैं; फ़ाइल में सब हैं।
my-data-none = यहाँ कुछ नहीं है।

rights-purpose-case_support = संघ की नेताओं से आपके केस में मदद
rights-purpose-mentoring = आपके मेंटर का साथ और सलाह
rights-purpose-research = शोध
rights-purpose-media = मीडिया में आपकी कहानी या तस्वीर
rights-purpose-federation_contact = महासंघ का संपर्क
rights-method-in_app = आपने ख़ुद, ध्रुव में
rights-method-verbal = मुँह से कहा, नेता ने लिखा
rights-method-paper = काग़ज़ पर

rights-event-member_created = आपका नाम दर्ज हुआ
rights-event-membership_added = संघ से जुड़ीं
rights-event-membership_ended = संघ छोड़ा
rights-event-member_languages_changed = आपकी भाषाएँ बदली गईं
rights-event-view_member_name = आपका नाम देखा गया
rights-event-view_member_personal = आपका विवरण देखा गया
rights-event-edit_member_personal = आपका विवरण बदला गया
rights-event-consent_granted = सहमति दी गई
rights-event-consent_withdrawn = सहमति वापस ली गई
rights-event-account_created = आपका खाता बना
rights-event-password_changed = आपका पासवर्ड बदला गया
rights-event-language_changed = आपकी स्क्रीन की भाषा बदली गई
rights-event-account_disabled = आपका खाता बंद किया गया
rights-event-account_enabled = आपका खाता फिर चालू किया गया
rights-event-grant_added = आपके खाते को एक भूमिका दी गई
rights-event-grant_removed = आपके खाते से एक भूमिका हटाई गई
rights-event-token_created = आपके खाते के लिए एक प्रवेश-कुंजी बनी
rights-event-tokens_revoked = आपके खाते की प्रवेश-कुंजियाँ रद्द की गईं
rights-event-export_member_data = आपने अपनी सारी जानकारी देखी
rights-event-correction_requested = आपने सुधार माँगा
rights-event-view_correction_requests = आपके सुधार के अनुरोध पढ़े गए
rights-event-correction_done = सुधार किया गया
rights-event-correction_declined = सुधार नहीं किया गया
rights-event-grievance_raised = आपने शिकायत की
rights-event-view_grievance = आपकी शिकायत पढ़ी गई
rights-event-grievance_answered = आपकी शिकायत का जवाब दिया गया
rights-event-view_consents = आपकी सहमतियाँ देखी गईं
rights-event-mentor_assigned = आपको एक मेंटर दिया गया
rights-event-mentor_ended = एक मेंटर अब आपके मेंटर नहीं हैं
rights-event-guardian_consent_recorded = आपके अभिभावक की सहमति दर्ज हुई
rights-event-guardian_consent_withdrawn = आपके अभिभावक की सहमति वापस ली गई
rights-event-view_guardian_consent = आपके अभिभावक की सहमति देखी गई
rights-event-contact_member = महासंघ ने आपकी संपर्क जानकारी इस्तेमाल की
rights-event-include_in_research = आपको शोध में शामिल किया गया
rights-event-access_denied = किसी को आपकी जानकारी देखने नहीं दी गई

## सुधार

corrections-title = गलती सुधारने को कहें
corrections-intro = अगर ध्रुव में आपके बारे में कुछ गलत लिखा है, तो लिखें कि क्या गलत है। जिस नेता को आपने अपने केस में मदद की अनुमति दी है वह इसे ठीक कर सकती हैं, या आप ख़ुद ठीक कर सकती हैं।
corrections-edit-yourself = अपना विवरण ख़ुद ठीक करें
corrections-what = क्या गलत है?
corrections-send = अनुरोध भेजें
corrections-yours = आपके अनुरोध
corrections-none = आपने अभी तक कोई सुधार नहीं माँगा है।
corrections-asked-on = { $date } को माँगा
corrections-status-open = इंतज़ार में
corrections-status-done = सुधार हो गया
corrections-status-declined = सुधार नहीं हुआ
corrections-note = टिप्पणी:
corrections-mark-done = मैंने ख़ुद ठीक कर लिया है
corrections-queue-title = सुधार के अनुरोध
corrections-queue-intro = सदस्यों ने ये सुधार माँगे हैं। पढ़ने के लिए एक खोलें; हर बार पढ़ना उनके इतिहास में लिखा जाता है।
corrections-queue-none = कोई अनुरोध इंतज़ार में नहीं है।
corrections-member-title = उनके सुधार के अनुरोध
corrections-edit-her = उनका विवरण सुधारें
corrections-reading-recorded = आपने ये अनुरोध पढ़े, यह उनके इतिहास में लिखा जाएगा।
corrections-close-done = सुधार हो गया
corrections-decline-note = सुधार क्यों नहीं होगा? वह यह पढ़ेंगी।
corrections-close-decline = सुधार नहीं करना
corrections-note-missing = कारण लिखें, ताकि उन्हें पता चले।

## शिकायतें

grievances-title = शिकायत करें
grievances-intro = अगर आपकी जानकारी जिस तरह रखी या इस्तेमाल की जा रही है उससे आप ख़ुश नहीं हैं, तो इस ध्रुव के शिकायत अधिकारी को बताएँ। उन्हें 90 दिन के अंदर जवाब देना होगा। आप जो लिखेंगी, उसे सिर्फ़ वही पढ़ेंगे।
grievances-what = आपकी शिकायत
grievances-send = शिकायत भेजें
grievances-yours = आपकी शिकायतें
grievances-none = आपने अभी तक कोई शिकायत नहीं की है।
grievances-sent-on = { $date } को भेजी
grievances-due-on = जवाब { $date } तक देना है
grievances-waiting = जवाब का इंतज़ार है
grievances-answered-on = { $date } को जवाब दिया गया
grievances-answer = जवाब:
grievances-queue-title = जिन शिकायतों का जवाब देना है
grievances-queue-intro = शिकायत अधिकारी के नाते आपको हर शिकायत का जवाब उसके भेजे जाने के 90 दिन के अंदर देना है। जिनका समय निकल गया है, उन पर निशान लगा है।
grievances-queue-none = कोई शिकायत नहीं है।
grievances-number = शिकायत संख्या { $number }
grievances-overdue = समय निकल गया
grievances-answered = जवाब दिया गया
grievances-reading-recorded = शिकायत खोलना उनके इतिहास में लिखा जाता है। आप सिर्फ़ वही देखते हैं जो उन्होंने आपको लिखा है।
grievances-answer-label = आपका जवाब। वह इसे पढ़ेंगी।
grievances-answer-send = जवाब भेजें

## मिटाना

erase-title = अपनी जानकारी मिटाएँ
erase-intro = आप चाहें तो ध्रुव आपको पूरी तरह भूल सकता है। तब यह होगा:
erase-what-details = आपका नाम, मोबाइल नंबर, जन्म का साल और टिप्पणियाँ मिटा दी जाएँगी, साथ में आपकी सहमतियाँ, सुधार के अनुरोध और शिकायतें भी।
erase-what-key = जिस चाबी से आपकी जानकारी पर ताला लगा है, वह नष्ट कर दी जाएगी। पुराने बैकअप में आपकी जानकारी ताले में बंद रह सकती है; अगर ऐसा कोई बैकअप कभी वापस लाया गया, तो ध्रुव तुरंत आपकी जानकारी फिर से मिटा देगा।
erase-what-account = आपका खाता बंद हो जाएगा। आप फिर लॉग इन नहीं कर पाएँगी।
erase-what-count = आपके संघ की गिनती में आप एक सदस्य के रूप में बनी रहेंगी, पर आपका नाम या आपके बारे में कुछ भी नहीं रहेगा।
erase-cannot-undo = इसे वापस नहीं किया जा सकता। कोई भी, ध्रुव चलाने वाले भी, आपकी जानकारी वापस नहीं ला सकते।
erase-download-first = चाहें तो पहले अपनी जानकारी डाउनलोड कर लें।
erase-password = आपका पासवर्ड, ताकि पता चले कि यह आप ही हैं
erase-confirm = मेरी जानकारी हमेशा के लिए मिटाएँ
erase-wrong-password = पासवर्ड सही नहीं है। कुछ भी नहीं मिटाया गया।
erased-title = आपकी जानकारी मिटा दी गई है
erased-text = ध्रुव में अब आपका नाम या आपका कोई विवरण नहीं है, और आपका खाता बंद कर दिया गया है।
rights-event-view_cases = आपके केस देखे गए
rights-event-case_opened = आपका एक केस खोला गया
rights-event-case_state_changed = आपका एक केस अगले क़दम पर गया
rights-event-case_details_edited = आपके एक केस का ब्योरा बदला गया
rights-event-case_hearing_added = आपके एक केस में सुनवाई जोड़ी गई
rights-event-case_deadline_overridden = आपके एक केस की आख़िरी तारीख़ बदली गई
rights-event-case_correspondence_recorded = आपके एक केस में चिट्ठी, मुलाक़ात या फ़ोन दर्ज हुआ

# access log (issue 9): reads and refusals listed apart, paged, one line per person, action and day
access-log-reads-heading = आपकी जानकारी किसने खोली
access-log-older = पुराने
access-log-newer = नए
access-log-times = उस दिन { $count } बार
access-log-times-refused = उस दिन { $count } बार रोका गया
access-log-what-view_grievance = शिकायत अधिकारी से की गई आपकी शिकायत
access-log-what-view_correction_requests = आपने जो सुधारने को कहा
access-log-what-export_member_data = आपकी सारी जानकारी की एक प्रति
