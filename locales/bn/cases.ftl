## Her cases: entitlement applications, compensation claims, legal cases and document
## recovery — the list, opening one, moving it on, hearings, deadlines, letters (issue 5).

home-my-cases = আমার কেস
member-cases-link = কেস

case-kind-entitlement = সুবিধার আবেদন
case-kind-compensation = ক্ষতিপূরণের দাবি
case-kind-legal = আইনি মামলা
case-kind-document_recovery = কাগজপত্র ফেরত পাওয়া
case-kind-entitlement-about = রেশন কার্ড, আধার, ব্যাংক অ্যাকাউন্ট, বাসস্থান, পেনশন, ই-শ্রম, স্বনির্ভর গোষ্ঠীর সহায়তা, হোম, বিনামূল্যে আইনি সহায়তা …
case-kind-compensation-about = জেলা বা রাজ্য আইনি পরিষেবা কর্তৃপক্ষের কাছ থেকে ভুক্তভোগীর ক্ষতিপূরণ।
case-kind-legal-about = পাচারকারীদের বিরুদ্ধে অভিযোগ, এফআইআর আর বিচার।
case-kind-document_recovery-about = পাচারের সময় হারানো শংসাপত্র বা পরিচয়পত্র ফেরত পাওয়া।

case-state-drafted = তৈরি হচ্ছে
case-state-applied = আবেদন করা হয়েছে
case-state-under_verification = যাচাই চলছে
case-state-approved = মঞ্জুর হয়েছে
case-state-rejected = নামঞ্জুর হয়েছে
case-state-received = পাওয়া গেছে
case-state-issued = দেওয়া হয়েছে
case-state-filed = জমা দেওয়া হয়েছে
case-state-acknowledged = প্রাপ্তি স্বীকার হয়েছে
case-state-enquiry = তদন্ত চলছে
case-state-interim_relief_ordered = অন্তর্বর্তী সাহায্যের আদেশ হয়েছে
case-state-granted = মঞ্জুর হয়েছে
case-state-partly_granted = আংশিক মঞ্জুর
case-state-appealed = আপিল করা হয়েছে
case-state-paid = টাকা পাওয়া গেছে
case-state-complaint_made = অভিযোগ করা হয়েছে
case-state-fir_refused = এফআইআর নেওয়া হয়নি
case-state-magistrate_complaint = ম্যাজিস্ট্রেটের কাছে অভিযোগ
case-state-fir_registered = এফআইআর হয়েছে
case-state-investigation = তদন্ত চলছে
case-state-closure_report = চূড়ান্ত রিপোর্ট (মামলা বন্ধের)
case-state-charge_sheet_filed = চার্জশিট জমা হয়েছে
case-state-trial = বিচার চলছে
case-state-convicted = দোষী সাব্যস্ত
case-state-acquitted = খালাস
case-state-withdrawn = প্রত্যাহার করা হয়েছে
case-state-closed = বন্ধ

case-entitlement-ration_card = রেশন কার্ড
case-entitlement-aadhaar = আধার
case-entitlement-bank_account = ব্যাংক অ্যাকাউন্ট
case-entitlement-housing = আবাসন প্রকল্প
case-entitlement-widow_pension = বিধবা ভাতা
case-entitlement-old_age_pension = বার্ধক্য ভাতা
case-entitlement-e_shram = ই-শ্রম নথিভুক্তি
case-entitlement-shg_support = স্বনির্ভর গোষ্ঠীর সহায়তা (জীবিকা মিশন)
case-entitlement-shelter_home = হোমে ভর্তি
case-entitlement-free_legal_aid = বিনামূল্যে আইনি সহায়তা
case-entitlement-other = অন্য কিছু
case-document-birth_certificate = জন্ম শংসাপত্র
case-document-school_certificate = স্কুলের শংসাপত্র
case-document-voter_id = ভোটার কার্ড
case-document-aadhaar = আধার
case-document-ration_card = রেশন কার্ড
case-document-caste_certificate = জাতি শংসাপত্র
case-document-bank_passbook = ব্যাংকের পাসবই
case-document-other = অন্য কোনো কাগজ
case-forum-dlsa = জেলা আইনি পরিষেবা কর্তৃপক্ষ
case-forum-slsa = রাজ্য আইনি পরিষেবা কর্তৃপক্ষ
case-direction-sent = ওদের পাঠানো হয়েছে
case-direction-received = ওদের কাছ থেকে এসেছে
case-medium-letter = চিঠি
case-medium-application = আবেদন
case-medium-email = ইমেল
case-medium-visit = দেখা করতে যাওয়া
case-medium-phone_call = ফোন
case-medium-rti = তথ্যের অধিকার (আরটিআই) আবেদন

deadline-lsa_decision = আইনি পরিষেবা কর্তৃপক্ষের সিদ্ধান্ত
deadline-compensation_payment = ক্ষতিপূরণের টাকা দেওয়া
deadline-compensation_payment_partly = আংশিক ক্ষতিপূরণের টাকা দেওয়া
deadline-appeal_window = আপিলের শেষ দিন
deadline-charge_sheet = পুলিশের চার্জশিট
deadline-fir_decision = অভিযোগের উপর পুলিশের সিদ্ধান্ত
deadline-legal_aid_decision = বিনামূল্যে আইনি সহায়তার সিদ্ধান্ত
deadline-public_service = আবেদনের উপর সিদ্ধান্ত
deadline-document_issue = কাগজ হাতে পাওয়া

cases-title = আমার কেস
cases-member-title = { $code }-এর কেস
cases-none = এখনও কোনো কেস নেই।
cases-new = নতুন কেস খুলুন
cases-upcoming = সামনে যা আছে
cases-upcoming-none = সামনের 30 দিনে কিছু নেই।
cases-upcoming-hearing = পরের শুনানি
cases-opened-on = খোলা হয়েছে { $date }
cases-next-due = পরের তারিখ: { $date }
cases-overdue-count = { $count ->
    [one] একটি ধাপের সময় পেরিয়ে গেছে
   *[other] { $count }টি ধাপের সময় পেরিয়ে গেছে
}
cases-open-link = খুলুন

cases-new-title = নতুন কেস
cases-new-choose = কেসটি কী নিয়ে?
cases-new-kind-heading = নতুন কেস: { $kind }
cases-field-entitlement = কীসের জন্য আবেদন
cases-field-document = কোন কাগজ
cases-field-forum = কোন কর্তৃপক্ষের কাছে
cases-field-opened-on = খোলার তারিখ
cases-field-authority = কর্তৃপক্ষ
cases-field-authority-hint = তালিকা থেকে বেছে নিন, অথবা "অন্য" বেছে নিয়ে নাম লিখুন।
cases-field-authority-other = অন্য (নাম লিখুন)
cases-field-authority-name = কর্তৃপক্ষের নাম
cases-field-choose = বেছে নিন
cases-save = সেভ করুন
cases-open = কেস খুলুন
cases-fix = চিহ্ন দেওয়া জায়গাগুলো ঠিক করুন।
cases-error-item = একটি বেছে নিন।
cases-error-date = একটি তারিখ দিন, আজকের পরের নয়।

case-title = কেস
case-summary = কেসের কথা
case-state-label = ধাপ
case-state-since = { $state }, { $date } থেকে
case-authority = কর্তৃপক্ষ
case-details = বিস্তারিত
case-edit = বিস্তারিত বদলান
case-due = যা বাকি আছে
case-due-none = কিছু বাকি নেই।
case-due-on = শেষ তারিখ { $date }
case-due-days-left = { $days ->
    [0] আজই শেষ দিন
    [one] আর 1 দিন
   *[other] আর { $days } দিন
}
case-overdue-by = { $days ->
    [one] 1 দিন পেরিয়ে গেছে
   *[other] { $days } দিন পেরিয়ে গেছে
}
case-met-in-time = সময়মতো হয়েছে, { $date }
case-met-late = { $days } দিন দেরিতে হয়েছে, { $date }
case-due-source = নিয়ম: { $source }
case-due-moved = তারিখ { $date } থেকে সরানো হয়েছে। কারণ: { $reason }
case-move-title = কেস এগিয়ে নিন
case-move-final = কেসটি শেষ: আর কোনো ধাপ নেই।
case-move-to = এই ধাপে নিন: { $state }
case-move-on = তারিখ
case-note = নোট (চাইলে)
case-saved = সেভ হয়েছে।

case-hearings-title = শুনানির কথা লিখুন
case-hearing-held-on = শুনানির তারিখ
case-hearing-court = আদালত
case-hearing-next-on = পরের তারিখ (যদি দেওয়া হয়)
case-hearing-save = শুনানি সেভ করুন

case-override-title = শেষ তারিখ সরান
case-override-intro = কর্তৃপক্ষ লিখিতভাবে আরও সময় দিলে, বা আদালত আদেশ দিলে, নতুন তারিখ আর কারণ লিখুন। আইনের সময়সীমা যেমন ছিল তেমনই থাকবে।
case-override-rule = কোন ধাপ
case-override-due = নতুন তারিখ
case-override-reason = কারণ
case-override-save = তারিখ সরান
case-override-reason-required = কারণটা লিখুন।

case-letters-link = চিঠির কথা লিখুন
letters-title = চিঠির কথা লিখুন
letters-on = তারিখ
letters-direction = পাঠানো না পাওয়া
letters-medium = কীভাবে
letters-institution = কর্তৃপক্ষ
letters-institution-other = অন্য (নিচে নাম লিখুন)
letters-authority-name = কর্তৃপক্ষের নাম, তালিকায় না থাকলে
letters-summary = চিঠিতে কী আছে
letters-summary-required = চিঠিতে কী আছে লিখুন।
letters-attachment = ছবি বা স্ক্যান ({ $count }টি ফাইল পর্যন্ত, প্রতিটি { $size } পর্যন্ত)
letters-attachment-hint = চিঠির একটি ছবি, বা একটি PDF।
letters-save = চিঠি সেভ করুন

case-timeline = যা যা হয়েছে
case-timeline-none = এখনও কিছু লেখা হয়নি।
timeline-opened = কেস খোলা হয়েছে
timeline-state = { $from } → { $to }
timeline-hearing = শুনানি
timeline-hearing-next = পরের তারিখ: { $date }
timeline-deadline = শেষ তারিখ: { $what }
timeline-by = লিখেছেন { $who }
timeline-by-you = আপনি লিখেছেন
timeline-by-import = খাতা থেকে
timeline-attachment = ফাইল { $n }
timeline-attachment-size = { $kb } KB

case-error-transition-not-allowed = "{ $from }" ধাপ থেকে কেস "{ $to }" ধাপে যেতে পারে না। "{ $from }" থেকে যাওয়া যায়: { $allowed }।
case-error-transition-final = "{ $from }" ধাপ থেকে কেস "{ $to }" ধাপে যেতে পারে না: কেসটি শেষ।
case-error-transition-unchanged = কেসটি আগে থেকেই "{ $from }" ধাপে আছে।
case-error-transition-not-in-workflow = এই ধরনের কেসে এমন কোনো ধাপ নেই।
case-error-stale = এই পাতা খোলার পরে কেসটি বদলেছে। আরেকবার দেখে নিন।
case-error-date-in-future = তারিখ আজকের পরে হতে পারে না।
case-error-date-before-last-change = তারিখ শেষ ধাপ বদলের আগে হতে পারে না।
case-error-reason-required = কারণটা লিখুন।
case-error-unknown-rule = এই কেসে এমন কোনো শেষ তারিখ নেই।
case-error-wrong-kind = এই ধরনের কেসে এটা লেখা যায় না।
case-error-too-large = ফাইলটি খুব বড়: প্রতিটি { $size } পর্যন্ত।
case-error-type-not-allowed = শুধু ছবি (JPEG, PNG, WebP) আর PDF ফাইল জোড়া যায়।
case-error-type-mismatch = ফাইলটি তার নামের মতো নয়। শুধু ছবি (JPEG, PNG, WebP) আর PDF ফাইল জোড়া যায়।
case-error-too-many = একবারে { $count }টি ফাইল পর্যন্ত।
case-error-details = বিস্তারিত ঠিক করুন।
case-error-other = সেভ করা গেল না। আবার চেষ্টা করুন।
case-refused-title = সেভ হয়নি
case-back = কেসে ফিরে যান
