# The login page, its help and the remembered language (issue 10).

welcome-forgot-password = पासवर्ड भूल गईं? अपने संघ की नेता से मदद माँगें।

## हर समय-सीमा के नीचे क़ानून का नियम (data/case-deadlines.toml के हर नियम के लिए एक)।
welcome-rule-lsa_decision = BNSS धारा 396(5) (CrPC धारा 357A(5)): विधिक सेवा प्राधिकरण दो महीने के भीतर जाँच पूरी करके मुआवज़ा तय करता है।
welcome-rule-compensation_payment = राज्य की पीड़ित मुआवज़ा योजनाएँ: आदेश के 30 दिन के भीतर मुआवज़े की रकम दी जाती है।
welcome-rule-compensation_payment_partly = राज्य की पीड़ित मुआवज़ा योजनाएँ: आदेश के 30 दिन के भीतर मुआवज़े की रकम दी जाती है।
welcome-rule-appeal_window = राज्य की पीड़ित मुआवज़ा योजनाएँ: आदेश के 90 दिन के भीतर आप राज्य प्राधिकरण में अपील कर सकती हैं।
welcome-rule-charge_sheet = BNSS धारा 187 (CrPC धारा 167): दस साल या उससे ज़्यादा सज़ा वाले अपराधों में पुलिस जाँच के लिए 90 दिन हैं।
welcome-rule-fir_decision = BNSS धारा 173(3): पुलिस 14 दिन के भीतर प्रारंभिक जाँच पूरी करती है।
welcome-rule-legal_aid_decision = NALSA (मुफ़्त और सक्षम विधिक सेवाएँ) विनियम 2010, विनियम 7: मुफ़्त क़ानूनी मदद की अर्ज़ी पर सात दिन के भीतर फ़ैसला होता है।
welcome-rule-public_service = राज्यों के लोक सेवा गारंटी क़ानून: ज़्यादातर प्रमाणपत्र और कार्ड 30 दिन के भीतर (अपने राज्य की सूची देख लें)।
welcome-rule-document_issue = राज्यों के लोक सेवा गारंटी क़ानून: प्रमाणपत्र 30 दिन के भीतर (अपने राज्य की सूची देख लें)।

## उनका अपना मेंटर पन्ना, उन्हीं से कहा गया।
welcome-mentors-intro-own = मेंटर साथी संस्था की एक सहायक होती हैं, जो आपका साथ देती हैं। मेंटरिंग पर आपकी सहमति हो, तो सिर्फ़ आपकी मेंटर ही आपकी जानकारी देख सकती हैं।
welcome-mentors-current-own = आपकी मेंटर
welcome-mentors-none-own = अभी आपकी कोई मेंटर नहीं है।
welcome-mentors-past-own = आपकी पहले की मेंटर
welcome-mentors-choose-own = अपनी मेंटर चुनें
welcome-mentors-assign-own = इन्हें मेरी मेंटर बनाएँ

## "मेरी जानकारी": क्या हुआ, शब्दों में।
welcome-someone = कोई और
welcome-event-other = कुछ और दर्ज हुआ
welcome-event-member_marked_under_18 = आपको 18 साल से कम उम्र की दर्ज किया गया
welcome-event-member_marked_adult = आपको 18 साल या उससे ज़्यादा उम्र की दर्ज किया गया
welcome-event-member_erased = एक सदस्य की जानकारी मिटाई गई
welcome-event-phone_change_requested = नए मोबाइल नंबर के लिए कहा गया
welcome-event-phone_change_confirmed = आपका नया मोबाइल नंबर पक्का हुआ
welcome-event-phone_change_refused = आपका नया मोबाइल नंबर नहीं लिया गया
welcome-event-phone_change_cancelled = नए मोबाइल नंबर का अनुरोध रद्द हुआ
welcome-event-phone_in_use = आपका मोबाइल नंबर जाँच के लिए अलग रखा गया
welcome-event-consent_confirmed = किसी ने आपकी ओर से जो फ़ैसला लिखा था, आपने उसकी पुष्टि की
welcome-event-consent_refused = किसी ने आपकी ओर से जो फ़ैसला लिखा था, आपने उसे नहीं माना
welcome-event-cases_imported = आपके संघ के रजिस्टर से केस जोड़े गए
welcome-event-reminder_settings_changed = आपके संघ के रिमाइंडर की सेटिंग बदली गई
welcome-event-rating_recorded = आपने स्कोर कार्ड के एक दौर में सेवाओं का मूल्यांकन किया
welcome-event-round_planned = स्कोर कार्ड के एक दौर की योजना बनी
welcome-event-round_advanced = स्कोर कार्ड का एक दौर अगले चरण में गया
welcome-event-self_assessment_recorded = एक संस्था का अपना मूल्यांकन दर्ज हुआ
welcome-event-focus_group_recorded = फ़ोकस समूह के अंक दर्ज हुए
welcome-event-meeting_recorded = सेवा देने वालों के साथ बैठक दर्ज हुई
welcome-event-action_added = कार्य-योजना में एक काम जोड़ा गया
welcome-event-action_updated = कार्य-योजना का एक काम बदला गया
welcome-event-institution_added = सूची में एक संस्था जोड़ी गई
welcome-event-institutions_imported = सूची में कई संस्थाएँ जोड़ी गईं
welcome-event-round_scorecard_made = एक दौर का स्कोर कार्ड बना
welcome-event-federation_scorecard_made = महासंघ का स्कोर कार्ड बना
welcome-event-publish_figures = महासंघ के आँकड़े प्रकाशित हुए
welcome-event-login_succeeded = आपने लॉग इन किया
welcome-event-login_failed = आपके खाते से लॉग इन नहीं हो पाया
welcome-event-logged_out_everywhere = आपने सभी फ़ोन से लॉग आउट किया
welcome-event-collective_created = एक संघ शुरू हुआ
welcome-event-collective_updated = एक संघ की जानकारी बदली गई
welcome-event-partner_created = एक साथी संस्था जोड़ी गई
welcome-event-federation_created = महासंघ बना
welcome-event-federation_renamed = महासंघ का नाम बदला गया
welcome-event-audit_pruned = रिकॉर्ड से पुरानी बातें हटाई गईं

## रिमाइंडर: सेटिंग बताती है कि क्या भेजा जा सकता है; उनका पन्ना बताता है कि क्या बाकी है।
welcome-reminders-no-gateway = यहाँ अभी SMS या ईमेल से रिमाइंडर नहीं भेजे जा सकते, इसलिए कुछ सहेजा नहीं गया। सदस्य अपने रिमाइंडर ऐप में देखती हैं।
welcome-reminders-in-app-only = सदस्य अपने रिमाइंडर ऐप में, रिमाइंडर वाले पन्ने पर देखती हैं। जब यह सेवा SMS और ईमेल भेज सकेगी, तब वे यहाँ चुने जा सकेंगे।
welcome-reminders-due-heading = आपके केस में क्या बाकी है
welcome-reminders-overdue = तारीख़ निकल गई
welcome-reminders-messages-heading = संदेश
