# ध्रुव — हिन्दी। अंग्रेज़ी फ़ाइल की हर कुंजी यहाँ होनी चाहिए (एक टेस्ट इसकी जाँच करता है)।
# छोटे, सरल वाक्य: कई लोग फ़ोन पर पढ़ना अभी सीख रहे हैं।

app-name = ध्रुव
language-self-name = हिन्दी
language-switch-label = भाषा:
quick-exit = तुरंत बाहर निकलें

## मेनू

nav-label = मुख्य मेनू
nav-home = मुख्य पन्ना
nav-collectives = संघ
nav-profile = मेरी प्रोफ़ाइल
nav-logout = लॉग आउट

## लॉग इन

login-title = लॉग इन
login-name-label = यूज़रनेम या मोबाइल नंबर
login-name-hint = ध्रुव के लिए आपको दिया गया नाम या 10 अंकों का मोबाइल नंबर।
login-password-label = पासवर्ड
login-submit = लॉग इन करें
login-shared-phone-note = साझा फ़ोन पर ब्राउज़र को अपना पासवर्ड याद न रखने दें। काम पूरा होने पर लॉग आउट करें।
login-failed = यूज़रनेम, मोबाइल नंबर या पासवर्ड सही नहीं है। कृपया फिर से कोशिश करें।
login-throttled = बहुत बार कोशिश हो चुकी है। कृपया { $minutes } मिनट रुककर फिर से कोशिश करें।

## मुख्य पन्ना

home-title = मुख्य पन्ना
home-signed-in-as = आप { $role } के रूप में लॉग इन हैं।
home-no-role = आपके खाते को अभी कोई भूमिका नहीं दी गई है। अपने संघ की नेता या व्यवस्थापक से पूछें।
home-registry = एक नज़र में महासंघ
home-all-collectives = सभी संघ देखें
home-your-collectives = आपके संघ
home-my-profile = मेरी प्रोफ़ाइल देखें
count-collectives = संघ
count-members = सदस्य
count-accounts = खाते

## संघ

collectives-title = संघ
collectives-none = अभी आपके देखने के लिए कोई संघ नहीं है।
collective-title = संघ
collective-kind = सदस्य किस तस्करी से उबरी हैं
collective-stage = चरण
collective-place = ज़िला
collective-founded = शुरुआत
collective-partners = सहयोगी संस्थाएँ
collective-members-heading = { $count } सदस्य
collective-no-members = अभी कोई सदस्य नहीं है।
collective-names-hidden = नाम सिर्फ़ वहीं दिखाए जाते हैं जहाँ सदस्य ने ख़ुद सहमति दी है।

## सदस्य

member-title = सदस्य
member-code-label = सदस्य कोड
member-collectives = संघ
member-since = { $date } से
member-until = { $date } तक
member-edit = उनकी जानकारी सुधारें
value-not-given = नहीं दिया गया

field-name = नाम
field-phone = मोबाइल नंबर
field-birth-year = जन्म का साल
field-notes = टिप्पणी
field-languages = भाषाएँ
field-office = पद
field-joined-on = जुड़ने की तारीख़

## मेरी प्रोफ़ाइल

profile-title = मेरी प्रोफ़ाइल
profile-edit = मेरी जानकारी सुधारें
profile-account = मेरा खाता
profile-username = यूज़रनेम
profile-roles = भूमिका
profile-logout-everywhere = सभी फ़ोन से लॉग आउट करें
profile-logout-everywhere-note = अगर लगता है कि किसी और ने दूसरे फ़ोन पर आपका खाता इस्तेमाल किया है, तो यह हर जगह से लॉग आउट कर देगा।

## जानकारी सुधारना

edit-title = जानकारी सुधारें
edit-save = सहेजें
edit-cancel = रद्द करें

## खानों की ग़लतियाँ

field-error-name-missing = कृपया उनका नाम लिखें।
field-error-name-too-long = नाम ज़्यादा से ज़्यादा 200 अक्षरों का हो सकता है।
field-error-phone-length = मोबाइल नंबर में 10 अंक होते हैं।
field-error-phone-prefix = मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है।
field-error-phone-character = मोबाइल नंबर में सिर्फ़ अंक लिखें (आगे +91 हो तो ठीक है)।
field-error-birth-year = जन्म का साल 1900 और इस साल के बीच होना चाहिए।
field-error-not-a-number = कृपया एक संख्या लिखें, जैसे 1995।
field-error-notes-too-long = टिप्पणी ज़्यादा से ज़्यादा 5000 अक्षरों की हो सकती है।
field-error-language = ध्रुव यह भाषा नहीं जानता।
field-error-office = यह संघ का कोई पद नहीं है।
field-error-future-date = यह तारीख़ अभी आई नहीं है।
field-error-date = तारीख़ साल-महीना-दिन के रूप में लिखें, जैसे 2026-11-24।

## ग़लतियाँ: शीर्षक और आगे क्या करें

error-go-home = मुख्य पन्ने पर जाएँ
error-not-found-title = नहीं मिला
error-not-found = यह पन्ना नहीं मिला। हो सकता है यह मौजूद न हो, या आपके देखने के लिए न हो।
error-sign-in-title = लॉग इन करें
error-sign-in = कृपया पहले लॉग इन करें।
error-forbidden-title = अनुमति नहीं है
error-forbidden = आप इसे देख सकते हैं, पर बदल नहीं सकते। अगर लगता है कि आपको यह अनुमति होनी चाहिए, तो अपने संघ की नेता से पूछें।
error-csrf-title = पन्ने का समय ख़त्म
error-csrf = यह पन्ना बहुत देर से खुला था। पीछे जाएँ, पन्ना फिर से खोलें और एक बार और कोशिश करें।
error-cross-site-title = अनुरोध अस्वीकार
error-cross-site = यह अनुरोध किसी दूसरी वेबसाइट से आया था, इसलिए स्वीकार नहीं किया गया। ध्रुव को सीधे खोलकर फिर से कोशिश करें।
error-invalid-title = कृपया जाँच लें
error-invalid = कुछ जानकारी सुधारनी है। हर खाने के नीचे लिखी बात देखें।
error-bad-request-title = समझ नहीं आया
error-bad-request = जो भेजा गया, वह समझ नहीं आया। पीछे जाकर फिर से कोशिश करें।
error-conflict-title = पहले से दर्ज
error-conflict = यह पहले से दर्ज है। शायद इस मोबाइल नंबर से कोई सदस्य पहले से मौजूद है।
error-internal-title = कुछ गड़बड़ हो गई
error-internal = हमारी तरफ़ कुछ गड़बड़ हो गई। आपकी जानकारी सुरक्षित है। कुछ मिनट बाद फिर से कोशिश करें।

## कोड वाले मान

trafficking-kind-sex = यौन तस्करी
trafficking-kind-labour = बंधुआ / जबरन श्रम
trafficking-kind-domestic_servitude = घरेलू दासता
trafficking-kind-adoption = गोद लेने के नाम पर तस्करी
trafficking-kind-organ_trade = अंगों की तस्करी
trafficking-kind-mixed = एक से अधिक प्रकार

stage-peer_group = साथी समूह
stage-collective = संघ
stage-registered_organisation = पंजीकृत संस्था

office-president = अध्यक्ष
office-secretary = सचिव
office-treasurer = कोषाध्यक्ष
office-core_team = मुख्य टीम

language-en = अंग्रेज़ी
language-bn = बांग्ला
language-hi = हिन्दी
language-te = तेलुगु

role-member = सदस्य
role-leader = नेता
role-facilitator = सहायक
role-analyst = महासंघ विश्लेषक
role-admin = व्यवस्थापक

## महीने

month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्टूबर
month-11 = नवंबर
month-12 = दिसंबर

# issue 9 low findings

login-wait-seconds = कई बार गलत कोशिश हुई है। कृपया { $seconds } सेकंड रुककर फिर से कोशिश करें।
federation-research-generalised = हर पंक्ति जगह, भाषाओं और जुड़ने के साल में कम से कम { $k } पंक्तियों जैसी दिखती है: जब तक ऐसा न हो, ये चौड़े किए जाते हैं (संघ की जगह ज़िला, एक साल की जगह कुछ साल), और जो सदस्य फिर भी अलग पहचानी जा सके उसे फ़ाइल में नहीं रखा जाता।

# issue 10 forms

field-error-text-missing = कृपया यहाँ कुछ लिखें।
field-error-text-too-long = यह बहुत लंबा है: कृपया इसे छोटा करें।
field-error-text-control = इसमें ऐसा एक अक्षर है जो रखा नहीं जा सकता। कृपया फिर से लिखें।
field-error-before-round = यह तारीख़ दौर शुरू होने से पहले की है। दौर की शुरुआत या उसके बाद की तारीख़ दें।
field-error-no-attendance = कृपया लिखें कि कितने लोग आए: कम से कम एक।
field-error-before-hearing = अगली तारीख़ सुनवाई से पहले की नहीं हो सकती।
field-error-count = कितने लोग आए, यह पूरी संख्या में लिखें, जैसे 12।

# issue 10 I
error-too-large-title = एक बार में बहुत ज़्यादा
error-too-large = जो भेजा गया वह इस पन्ने की सीमा से बड़ा है, इसलिए उसमें से कुछ भी नहीं रखा गया। वापस जाकर लिखावट छोटी करें या छोटी फ़ाइल भेजें, फिर दोबारा कोशिश करें।
error-method-title = यहाँ यह नहीं हो सकता
error-method = यह पता इस तरह का अनुरोध नहीं लेता। वापस जाकर पन्ने के अपने बटन इस्तेमाल करें।
error-uri-too-long-title = पता बहुत लंबा है
error-uri-too-long = पता पढ़ने के लिए बहुत लंबा है। वापस जाकर दोबारा कोशिश करें, या मुख्य पन्ने से शुरू करें।
error-headers-too-large-title = अनुरोध पढ़ा नहीं जा सका
error-headers-too-large = आपके ब्राउज़र ने जितना भेजा वह हम पढ़ नहीं सकते। ध्रुव के टैब बंद करके फिर खोलें और एक बार और कोशिश करें।
