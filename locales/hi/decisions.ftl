# Confirmation pages for steps that cannot be taken back (closing and publishing a round, a case's final
# states) and the short undo of her own case move (issue 10).

## Closing a round's rating
decide-close-heading = मूल्यांकन बंद करें?
decide-close-stops = मूल्यांकन बंद होने के बाद इस दौर में कोई और मूल्यांकन नहीं कर सकेगा। यह वापस नहीं हो सकता।
decide-close-card-now = स्कोर कार्ड अभी बनेगा, अब तक दिए गए मूल्यांकनों से: { $members } सदस्यों में से { $rated } ने मूल्यांकन किया है।
decide-close-who = प्रकाशित होने तक कार्ड सिर्फ़ इस दौर के संघ और उनकी सहयोगी संस्थाएँ देखती हैं।
decide-close-button = हाँ, मूल्यांकन बंद करें
## Publishing a round's score card
decide-publish-heading = स्कोर कार्ड प्रकाशित करें?
decide-publish-public = प्रकाशित करने पर स्कोर कार्ड सार्वजनिक हो जाता है: जिसके पास उसका लिंक है, वह बिना लॉग इन किए पढ़ सकता है — अधिकारी, पत्रकार, कोई भी। यह सार्वजनिक स्कोर कार्ड पेज पर भी दिखेगा।
decide-publish-federation = महासंघ के सालाना स्कोर कार्ड में भी यह गिना जाएगा।
decide-publish-final = प्रकाशित कार्ड वापस नहीं लिया जा सकता।
decide-publish-withheld = कार्ड के { $total } हिस्सों में से { $withheld } छिपे रहेंगे, क्योंकि उन्हें { $k } से कम लोगों ने आँका है।
decide-publish-mostly-withheld = इस कार्ड का ज़्यादातर हिस्सा छिपा रहेगा: { $total } में से { $withheld } हिस्से, क्योंकि उन्हें { $k } से कम लोगों ने आँका है। लोगों को बहुत कम दिखेगा। प्रकाशित करने से पहले आप संघ से बात कर सकती हैं।
decide-publish-button = हाँ, स्कोर कार्ड प्रकाशित करें
decide-not-now = नहीं, दौर पर वापस जाएँ
decide-round-already = यह कदम पहले ही उठाया जा चुका है (शायद बटन दो बार दब गया)। दौर अब: { $status }।

## Her "my data" page names the undo (an audit action, read as rights-event-<code>)
rights-event-case_move_undone = आपके एक केस का क़दम वापस लिया गया

## Her case page: where it is and what happens next
decide-case-now = केस अभी कहाँ है
decide-case-next-date = अगली तारीख़: { $date } — { $what }
decide-case-no-date = आगे कोई तारीख़ नहीं है।
decide-case-next-steps = आगे क्या हो सकता है: { $steps }
decide-case-over = यह केस पूरा हो चुका है: इसमें आगे कुछ नहीं होगा।
decide-case-update = इस केस की नई जानकारी लिखें
decide-case-about = केस का ब्योरा
decide-case-back = केस पर वापस जाएँ
decide-case-asks-first = ऐसा करने से पहले आपसे एक बार पक्का करने को कहा जाएगा।
## Confirming a move that ends the case or records a "no"
decide-case-confirm-heading = केस को "{ $state }" पर ले जाएँ?
decide-case-confirm-final = "{ $state }" के बाद केस पूरा हो जाता है: इसमें आगे कोई क़दम दर्ज नहीं हो सकता।
decide-case-confirm-stops = ये तारीख़ें रुक जाएँगी, और केस समय-सीमा पार की सूची से हट जाएगा: { $dates }
decide-case-confirm-date = { $what } ({ $date } तक)
decide-case-confirm-undo = अगर यह ग़लती है, तो केस के पेज से { $minutes } मिनट के अंदर इसे वापस ले सकती हैं।
decide-case-confirm-button = हाँ, "{ $state }" पर ले जाएँ
decide-case-confirm-cancel = नहीं, वापस जाएँ
## Undoing her own move
decide-undo-line = आपने केस को "{ $from }" से "{ $to }" पर ले जाया। अगर यह ग़लती थी, तो इसे वापस ले सकती हैं।
decide-undo-left = लगभग { $minutes } मिनट बाक़ी।
decide-undo-button = यह बदलाव वापस लें
decide-undo-done = बदलाव वापस ले लिया गया: केस और उसकी तारीख़ें पहले जैसी हैं।
decide-undo-expired = यह बदलाव अब वापस नहीं लिया जा सकता: वापस लेना सिर्फ़ { $minutes } मिनट तक होता है। ज़रूरत हो तो केस को फिर से सामान्य तरीक़े से आगे बढ़ाएँ।
decide-undo-not-yours = यह बदलाव सिर्फ़ वही वापस ले सकती हैं जिन्होंने इसे किया था।
decide-undo-later = यह बदलाव अब वापस नहीं लिया जा सकता: इसके बाद केस में कुछ और दर्ज हुआ है।
decide-undo-nothing = यहाँ वापस लेने के लिए कोई बदलाव नहीं है।
decide-timeline-undo = बदलाव वापस लिया गया: "{ $from }" से फिर "{ $to }"
decide-timeline-undone = यह बदलाव बाद में वापस लिया गया।
