## Casework for leaders: the desk, discreet reminders, importing a case register, and the
## figures for advocacy (issue 5).

casework-desk-title = কেসের কাজ
casework-desk-heading = কেসের কাজের টেবিল: { $collective }
casework-overdue = সময় পেরিয়ে গেছে
casework-due-week = আগামী সাত দিনের মধ্যে
casework-nothing-overdue = কোনো কিছুর সময় পেরোয়নি।
casework-nothing-due = এই সপ্তাহে কিছু করার নেই।
casework-not-asked = { $count ->
    [0] প্রত্যেক সদস্য কেসে সহায়তা চেয়েছেন।
    [one] একজন সদস্য কেসে সহায়তা চাননি; তাঁর কেস দেখানো হয় না।
   *[other] { $count } জন সদস্য কেসে সহায়তা চাননি; তাঁদের কেস দেখানো হয় না।
}
casework-col-member = সদস্য
casework-col-case = কেস
casework-col-what = কী করার আছে
casework-col-due = শেষ তারিখ
casework-col-late = কত দেরি
casework-days-late = { $days ->
    [one] 1 দিন দেরি
   *[other] { $days } দিন দেরি
}
casework-open-case = খুলুন
casework-record-letter = চিঠি লিখে রাখুন
casework-due-hearing = পরের শুনানি

casework-link-desk = কেসের কাজের টেবিল
casework-link-reminders = রিমাইন্ডারের সেটিং
casework-link-import = কেসের খাতা আনুন
casework-link-figures = ক্ষতিপূরণের হিসাব
casework-link-federation = ফেডারেশনের ক্ষতিপূরণের হিসাব

casework-reminder-default = ধ্রুবতে আপনার জন্য একটি রিমাইন্ডার আছে
casework-reminders-title = রিমাইন্ডার
casework-reminders-none = আপনার কোনো রিমাইন্ডার নেই।
casework-reminders-new = নতুন
casework-reminders-see-cases = আমার কেস দেখুন
casework-reminders-badge = { $count ->
    [0] রিমাইন্ডার
    [one] রিমাইন্ডার (1টি নতুন)
   *[other] রিমাইন্ডার ({ $count }টি নতুন)
}

casework-settings-title = রিমাইন্ডারের সেটিং
casework-settings-intro = যে সদস্যদের এই সপ্তাহে কোনো কাজের তারিখ আছে, তাঁরা দিনে একটি ছোট বার্তা পান। তাতে কেস বা আদালতের কোনো কথা থাকবে না: ফোন প্রায়ই অন্যরাও ব্যবহার করেন।
casework-settings-message = বার্তার লেখা
casework-settings-message-hint = খালি রাখলে প্রত্যেক সদস্যের ভাষায় "{ $default }" পাঠানো হবে।
casework-settings-sms = SMS-এও পাঠান
casework-settings-email = ইমেলেও পাঠান
casework-settings-save = সেভ করুন
casework-settings-saved = সেভ হয়েছে।
casework-settings-revealing = বার্তায় "{ $word }" আছে, যা থেকে কেউ তাঁর কেসের কথা জেনে যেতে পারে। এমন শব্দ বেছে নিন যা কেস সম্পর্কে কিছুই বলে না।
casework-settings-too-long = বার্তাটি খুব লম্বা: বড়জোর { $max }টি অক্ষর।
casework-settings-refused = বার্তাটি সেভ করা যায়নি: এটি থেকে কেউ তাঁর কেসের কথা জেনে যেতে পারে।

casework-import-title = কেসের খাতা আনুন
casework-import-intro = একটি CSV বা Excel (XLSX) ফাইল পাঠান: প্রথম সারিতে কলামের নাম, তারপর প্রতি সারিতে একটি কেস। আপনি নিশ্চিত না করা পর্যন্ত কিছুই সেভ হয় না।
casework-import-columns = কলাম
casework-import-dates = তারিখ লিখুন 2026-03-31 বা 31/03/2026 ভাবে (অথবা Excel-এর তারিখের ঘর)। টাকার অঙ্ক পুরো টাকায়।
casework-import-about-member_code = সদস্যের কোড, যেমন M-7K3Q9H (আবশ্যক)
casework-import-about-kind = entitlement, compensation, legal বা document_recovery (আবশ্যক)
casework-import-about-item = কিসের জন্য আবেদন, কোন নথি, অথবা dlsa / slsa
casework-import-about-state = কেস কোন ধাপে আছে, যেমন filed (আবশ্যক)
casework-import-about-opened_on = কেস কবে শুরু হয়েছে (আবশ্যক)
casework-import-about-filed_on = কবে জমা দেওয়া হয়েছে
casework-import-about-decided_on = কবে সিদ্ধান্ত হয়েছে
casework-import-about-district_code = জেলা, যেমন WB-kolkata
casework-import-about-authority = তালিকায় প্রতিষ্ঠানের নম্বর, অথবা তার নাম
casework-import-about-reference = আবেদন, FIR বা কেসের নম্বর
casework-import-about-amount_claimed = দাবি করা টাকা
casework-import-about-amount_awarded = মঞ্জুর হওয়া টাকা
casework-import-about-amount_received = পাওয়া টাকা
casework-import-about-notes = নোট
casework-import-file = CSV বা XLSX ফাইল
casework-import-check = ফাইল যাচাই করুন
casework-import-preview = { $count ->
    [one] একটি কেস তৈরি। দেখে নিয়ে নিশ্চিত করুন।
   *[other] { $count }টি কেস তৈরি। দেখে নিয়ে নিশ্চিত করুন।
}
casework-import-confirm = এই কেসগুলি আনুন
casework-import-again = অন্য ফাইল পাঠান
casework-import-done = { $count ->
    [one] একটি কেস আনা হয়েছে।
   *[other] { $count }টি কেস আনা হয়েছে।
}
casework-import-rejected = কিছুই আনা হয়নি। এই সারিগুলি ঠিক করে ফাইলটি আবার পাঠান।
casework-import-expired = যাচাই করা ফাইলটি আর রাখা নেই (15 মিনিট রাখা হয়)। আবার পাঠান।
casework-col-row = সারি
casework-col-opened = শুরুর তারিখ
casework-col-state = ধাপ
casework-col-column = কলাম
casework-col-problem = সমস্যা
case-import-empty = ফাইলটি খালি, বা শিরোনামের নিচে কোনো সারি নেই।
case-import-not-a-spreadsheet = ফাইলটি CSV বা Excel (XLSX) নয়।
case-import-not-utf8 = লেখাটি UTF-8 নয়: শিটটি "CSV UTF-8" হিসেবে সেভ করুন।
case-import-too-many-rows = ফাইলে শিরোনামের নিচে 5,000-এর বেশি সারি: ভাগ করে পাঠান।
case-import-missing-column = শিরোনামে একটি আবশ্যক কলাম নেই।
case-import-unknown-column = শিরোনামে এমন একটি কলাম আছে যা জানা নয়।
case-import-duplicate-column = শিরোনামে এই কলামটি দুবার আছে।
case-import-unreadable = ঘরটিতে ভুল বা পড়া যায় না এমন কিছু আছে।
case-import-missing-value = একটি আবশ্যক তথ্য নেই।
case-import-unknown-kind = এটি কোনো ধরনের কেস নয়।
case-import-unknown-state = এটি কোনো কেসের ধাপ নয়।
case-import-state-not-in-workflow = এই ধরনের কেসে এমন কোনো ধাপ নেই।
case-import-unknown-entitlement = এটি সুবিধার তালিকায় নেই।
case-import-unknown-document = এটি কোনো ধরনের নথি নয়।
case-import-unknown-forum = এটি কোনো আইনি পরিষেবা কর্তৃপক্ষ নয় (dlsa বা slsa)।
case-import-item-not-for-kind = এই ধরনের কেসে কোনো বিষয় লাগে না।
case-import-bad-date = এটি তারিখ নয় (2026-03-31 বা 31/03/2026)।
case-import-date-in-future = এই তারিখটি ভবিষ্যতের।
case-import-date-before-opened = এই তারিখটি কেস শুরুর আগের।
case-import-decided-before-filed = জমা দেওয়ার আগেই সিদ্ধান্ত লেখা আছে।
case-import-not-yet-filed = জমার তারিখ আছে, কিন্তু ধাপ বলছে জমা দেওয়া হয়নি।
case-import-not-decided = সিদ্ধান্তের তারিখ আছে, কিন্তু ধাপ বলছে সিদ্ধান্ত হয়নি।
case-import-unknown-district = এই কোডের কোনো জেলা নেই।
case-import-unknown-member = এমন কোনো সদস্যের কোড নয় যাঁর কেস আপনি লিখতে পারেন।
case-import-unknown-institution = তালিকায় এই নম্বরের কোনো প্রতিষ্ঠান নেই।
case-import-bad-amount = এটি পুরো টাকার অঙ্ক নয়।
case-import-amount-not-for-kind = কেবল ক্ষতিপূরণের দাবিতে টাকার অঙ্ক থাকে।
case-import-too-long = লেখাটি খুব লম্বা।
case-import-duplicate-in-file = একই সদস্য, ধরন, বিষয় ও নম্বর আগের একটি সারিতে আছে।
case-import-already-recorded = এই কেসটি (একই সদস্য, ধরন, বিষয় ও নম্বর) আগেই লেখা আছে।
case-import-details = বিবরণ এই ধরনের কেসের সঙ্গে মেলে না।

casework-figures-title = ক্ষতিপূরণের হিসাব
casework-figures-heading = ক্ষতিপূরণের হিসাব: { $scope }
casework-figures-federation = সব সংঘ
casework-figures-intro = ক্ষতিগ্রস্তদের ক্ষতিপূরণের দাবি, একসঙ্গে গোনা: কতগুলি, কোন ধাপে, কত টাকা দাবি, মঞ্জুর ও পাওয়া হয়েছে, আর সিদ্ধান্তে কত দিন লেগেছে।
casework-figures-k = { $k }টির কম দাবির উপর নির্ভর করা কোনো সংখ্যা দেখানো হয় না, আর যে সংখ্যা থেকে তা হিসাব করে বের করা যায় সেটিও দেখানো হয় না।
casework-figures-none = এখনও কোনো ক্ষতিপূরণের দাবি লেখা হয়নি।
casework-suppressed = { $k }টির কম
casework-figures-total = সব দাবি
casework-figures-by-collective = সংঘ অনুযায়ী
casework-figures-by-district = জেলা অনুযায়ী
casework-figures-by-state = রাজ্য অনুযায়ী
casework-figures-by-authority = কর্তৃপক্ষ অনুযায়ী
casework-col-where = কোথায়
casework-col-claims = দাবি
casework-col-stages = ধাপ অনুযায়ী
casework-col-claimed = দাবি করা
casework-col-awarded = মঞ্জুর
casework-col-received = পাওয়া
casework-col-median = সিদ্ধান্তে মাঝামাঝি কত দিন
casework-col-in-time = আইনি সময়ের মধ্যে সিদ্ধান্ত
casework-none = —
casework-scorecard-heading = কেসের কাজ থেকে পাওয়া হিসাব
casework-scorecard-intro = এই প্রতিষ্ঠানগুলির কাছে ক্ষতিগ্রস্তদের ক্ষতিপূরণের দাবি, সংঘগুলির কেসের কাজ থেকে।
casework-figures-shared = প্রথম সারণিতে আপনার সংগঠনের নিজের দাবিগুলি। জেলা, রাজ্য আর কর্তৃপক্ষ অনুযায়ী সারণিগুলিতে সেখানকার সব সংগঠনের দাবি গোনা হয়েছে, যাতে এক পাতা থেকে আরেক পাতা বাদ দিয়ে কাউকে চেনা না যায়।
casework-show-all = সবগুলি দেখুন ({ $count })

# issue 10 I
case-import-too-many-columns = ফাইলের প্রথম 50টি কলামের (AX কলামের) পরেও কিছু আছে: সেগুলি মুছে দিন, বা রেজিস্টারটি নতুন শিটে কপি করুন।
case-import-too-many-cells = ফাইলে 1,50,000-এর বেশি ভরা ঘর: ভাগ করে পাঠান।
case-import-too-big-unpacked = ওয়ার্কবুকটি খুললে 16 MB-র বেশি হয়: শুধু রেজিস্টারটি CSV UTF-8 বা নতুন .xlsx হিসেবে সেভ করুন।
case-import-other-workbook = এটি পুরোনো বা অন্য ধরনের ওয়ার্কবুক (.xls, .xlsb বা .ods): Excel (.xlsx) বা CSV UTF-8 হিসেবে সেভ করে সেটি পাঠান।
