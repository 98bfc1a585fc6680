# पद और सदस्यता (issue 11): तारीख़ सहित पद का कार्यकाल, पद सौंपना, सदस्यता का अंत, दूसरे संघ में जाना, वापस आना।
# पदों के नाम office-<code> (dhruva.ftl) में हैं।

## उसके "मेरा डेटा" पन्ने पर इन ऑडिट कामों के नाम (rights-event-<code>)
rights-event-office_handed_over = आपके संघ का एक पद आपको सौंपा गया
rights-event-office_term_ended = एक पद पर आपका कार्यकाल समाप्त हुआ

## /collectives/{id}/offices
offices-title = पद
offices-link = पद
offices-intro = किस पद पर कौन है, और कब से। अध्यक्ष, सचिव या कोषाध्यक्ष जब तक पद पर है, तब तक ध्रुव में संघ की नेता है।
offices-current = अभी कौन किस पद पर है
offices-nobody = अभी कोई नहीं
offices-history = इतिहास
offices-history-none = अभी तक कोई पद दर्ज नहीं हुआ।
offices-term-open = { $since } से
offices-term-closed = { $since } से { $until } तक
offices-term-planned = { $since } से शुरू होगा
offices-handover-link = पद सौंपें
offices-end-term-until = इस पद के बिना पहला दिन
offices-end-term-button = यह कार्यकाल समाप्त करें
offices-former-title = पुरानी सदस्य
offices-former-intro = ये इस संघ को छोड़ चुकी हैं। किसी को वापस लेने के लिए उसका नाम खोलें।

## पद सौंपने का फ़ॉर्म और जाँच
offices-handover-title = पद सौंपें
offices-handover-intro = आप जो तारीख़ चुनेंगी, उस दिन से नई पदाधिकारी पद लेगी। जो पहले पद पर थी, वह उसी दिन से नहीं रहेगी।
offices-field-office = पद
offices-field-member = पद कौन लेगी
offices-field-from = किस तारीख़ से
offices-choose-member = एक सदस्य चुनें
offices-next = आगे: जाँचें
offices-confirm-title = पद सौंपना जाँचें
offices-confirm-new = { $date } से { $member } { $office } होंगी।
offices-confirm-former = { $member } तब तक पद पर रहेंगी और उसी दिन से नहीं रहेंगी।
offices-confirm-nobody = अभी इस पद पर कोई नहीं है।
offices-confirm-core = मुख्य दल में कई सदस्य हो सकती हैं: किसी को हटना नहीं है।
offices-confirm-access = उस दिन से वह ध्रुव में संघ की नेता होगी, और पहले की पदाधिकारी नहीं रहेगी।
offices-confirm-button = हाँ, पद सौंपें
offices-change = कुछ बदलें

## /members/{id}/membership
offices-membership-title = सदस्यता
offices-membership-link = सदस्यता: समाप्त करें, दूसरे संघ में भेजें, वापस लें
offices-membership-history = उसकी सदस्यताएँ
offices-membership-offices = उसके पद
offices-membership-none = कोई सदस्यता दर्ज नहीं है।
offices-membership-since = { $date } से सदस्य
offices-membership-span = { $since } से { $until } तक
offices-reason-moved = दूसरे संघ में चली गई
offices-reason-left = संघ छोड़ दिया
offices-reason-passed_away = देहांत हो गया
offices-reason-other = कोई और कारण
offices-moved-to = { $collective } संघ में चली गई
offices-end-title = उसकी सदस्यता समाप्त करें
offices-end-help = इस संघ में उसके पद भी उसी दिन समाप्त होंगे।
offices-field-until = जिस दिन से वह सदस्य नहीं है
offices-field-reason = क्यों
offices-choose-reason = एक कारण चुनें
offices-end-button = सदस्यता समाप्त करें
offices-move-title = वह दूसरे संघ में जा रही है
offices-move-help = यहाँ उसकी सदस्यता समाप्त होगी और उसी दिन नई शुरू होगी। फिर दूसरे संघ की नेता उसे अपनी सूची में देखेंगी।
offices-field-to = किस संघ में
offices-choose-collective = एक संघ चुनें
offices-field-on = किस तारीख़ से
offices-move-button = उसे वहाँ भेजें
offices-rejoin-title = वह वापस आ रही है
offices-field-since = किस तारीख़ से
offices-rejoin-button = उसे वापस लें
offices-collective-label = संघ: { $collective }

## ख़ाने के पास ग़लती की बात
offices-error-not-member = उस तारीख़ को वह इस संघ की सदस्य नहीं है। इस संघ की कोई सदस्य चुनें।
offices-error-before-term = अभी की पदाधिकारी का कार्यकाल जिस दिन शुरू हुआ, उसके बाद की तारीख़ चुनें।
offices-error-before-membership = उसकी सदस्यता जिस दिन शुरू हुई (वापसी के लिए, जिस दिन समाप्त हुई), उसके बाद की तारीख़ चुनें।
offices-error-already-holds = वह पहले से इस पद पर है।
offices-error-office-held = इस पद पर पहले से कोई है। संघ के पदों के पन्ने पर पद सौंपें।
offices-error-already-member = वह पहले से उस संघ की सदस्य है।
offices-error-too-far-ahead = यह तारीख़ बहुत आगे है: आज से 92 दिनों के भीतर की तारीख़ चुनें।
offices-error-collective = सूची से एक संघ चुनें।
offices-error-reason = सूची से एक कारण चुनें।
