# Links from every home, search and paging, printable case summary (issue 10).

## A printable one-page case summary
nav-summary-title = केस का सारांश
nav-summary-link = एक पन्ने का सारांश छापें
nav-summary-how-to-print = छापने या PDF के रूप में रखने के लिए ब्राउज़र के मेन्यू में "प्रिंट" चुनें।
nav-summary-next = आगे क्या बाकी है
nav-summary-nothing-due = इस केस में अभी कुछ बाकी नहीं है।
nav-summary-dates = ज़रूरी तारीख़ें
nav-summary-opened = केस शुरू हुआ
nav-summary-moved-to = इस चरण में गया: { $state }
nav-summary-hearing = सुनवाई
nav-summary-next-hearing = अगली सुनवाई
nav-summary-references = विवरण और संदर्भ संख्याएँ
nav-summary-printed = सारांश बना { $date }

## The privacy notice, read by a staff account
nav-privacy-staff-note = हर सदस्य ये अधिकार अपने खाते से इस्तेमाल करती है। आपका खाता कर्मचारी का खाता है: इसमें सिर्फ़ आपका यूज़रनेम, आपकी भूमिकाएँ और आपकी भाषा रखी जाती है, और आप जो करते हैं वह ऑडिट लॉग में लिखा जाता है। आपके हिस्से का काम नीचे के पन्नों पर है।
nav-privacy-staff-account = मेरा खाता

## The district as a chooser
nav-district-choose = ज़िला चुनें
nav-district-any = कोई भी ज़िला
nav-district-unknown = सूची में से कोई एक ज़िला चुनें।

## Links from every home
nav-scorecards = स्कोर कार्ड
nav-wide-heading = स्कोर कार्ड, आँकड़े और सूचियाँ
nav-phone-changes = पक्के करने के लिए नए फ़ोन नंबर
nav-round-card = स्कोर कार्ड: { $title }

## Search and paging on long lists
nav-search = खोजें
nav-search-code = कोड से सदस्य खोजें
nav-search-name-or-code = नाम या कोड से सदस्य खोजें
nav-search-none = इस खोज से कोई नहीं मिला।
nav-list-showing = { $total } में से { $first }–{ $last }
nav-page-previous = ← पिछला पन्ना
nav-page-next = अगला पन्ना →

## Who saw my data, grouped by who and what
nav-log-range = { $from } – { $to }
nav-log-total = कुल { $count } बार
nav-log-total-refused = कुल { $count } बार रोका गया
nav-log-days = हर दिन का ब्योरा
# The heading of a table column of links, read by screen readers only.
nav-col-actions = आप क्या कर सकती हैं
