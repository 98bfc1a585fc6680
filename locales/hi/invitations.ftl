# Accounts by invitation: activation codes, /activate, her own password (issue 11).

## Her "my data" page names these audit actions (read as rights-event-<code>)
rights-event-activation_code_issued = आपका पासवर्ड तय करने के लिए एक कोड बनाया गया (नए सिरे से)
rights-event-account_activated = कोड से आपका पासवर्ड तय किया गया

## /activate: the code and a new password
invite-title = कोड से अपना पासवर्ड तय करें
invite-intro = आपकी नेता ने आपको एक कोड दिया है। उसे यहाँ लिखें और अपना पासवर्ड चुनें।
invite-code-label = आपका कोड
invite-code-hint = 10 अक्षर और अंक, जैसे ACDE-FGHJ-KM। छोटे या बड़े अक्षर, खाली जगह और डैश से फ़र्क नहीं पड़ता।
invite-password-label = नया पासवर्ड
invite-password-hint = कम से कम 10 अक्षर। याद रहने वाले कुछ शब्द अच्छे रहते हैं।
invite-password-again-label = नया पासवर्ड दोबारा
invite-submit = मेरा पासवर्ड तय करें
invite-wrong-code = यह कोड सही नहीं है, पहले ही इस्तेमाल हो चुका है या इसकी मियाद ख़त्म हो गई है। जाँच लें, या अपनी नेता से नया कोड माँगें।
invite-passwords-differ = दोनों पासवर्ड एक जैसे नहीं हैं। फिर से लिखें।
invite-password-too-short = पासवर्ड में कम से कम 10 अक्षर चाहिए।
invite-password-too-long = यह पासवर्ड बहुत लंबा है।
invite-activated = आपका पासवर्ड तय हो गया। अब इससे लॉग इन करें।
invite-have-code = नेता से कोड मिला है? अपना पासवर्ड तय करें

## A leader gives a member a code (her member page)
invite-give-code = लॉग इन के लिए उन्हें एक कोड दें
invite-give-code-note = नया कोड देने पर पुराना कोड नहीं चलता। कोड एक ही बार, 72 घंटे तक चलता है।
invite-code-title = उनका लॉग इन कोड
invite-code-shown-once = यह कोड उन्हें पढ़कर सुनाएँ, या लिखकर दें। यह सिर्फ़ इसी एक बार दिखेगा।
invite-code-expires = { $when } तक मान्य।
invite-code-username = उनका लॉग इन नाम: { $username } (या उनका फ़ोन नंबर)।
invite-code-where = वे कोड यहाँ लिखेंगी: { $address }
invite-back-to-member = उनके पन्ने पर वापस

## Her own password (/profile/password)
invite-own-title = मेरा पासवर्ड बदलें
invite-own-current-label = अभी का पासवर्ड
invite-own-wrong-current = आपका अभी का पासवर्ड सही नहीं है।
invite-own-done = आपका पासवर्ड बदल गया।
