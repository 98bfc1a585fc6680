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
