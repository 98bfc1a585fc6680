# issue 11: সদস্যদের কাগজের রেজিস্টার আমদানি (keys prefixed mimport-)
mimport-title = সদস্যদের রেজিস্টার আমদানি করুন
mimport-link = সদস্যদের রেজিস্টার আমদানি করুন (CSV বা Excel)
mimport-intro = রেজিস্টারটি CSV (UTF-8) বা Excel (.xlsx) হিসেবে পাঠান: প্রথমে শিরোনামের সারি, তারপর প্রতি সদস্যের জন্য একটি সারি। পরীক্ষার ফল দেখে "আমদানি করুন" চাপার আগে কিছুই সেভ হয় না।
mimport-file = রেজিস্টার ফাইল
mimport-check = ফাইলটি পরীক্ষা করুন
mimport-columns = কলামগুলি
mimport-under-18 = 18 বছরের কম বয়সী সদস্যকে আমদানি করা যায় না: তাঁর নিজের পাতায় তাঁকে নথিভুক্ত করুন, সেখানে তাঁর অভিভাবকের সম্মতি চাওয়া হয়।
mimport-row = সারি
mimport-more = { $count ->
    [one] আরও 1টি সমস্যা, তালিকায় দেখানো হয়নি
   *[other] আরও { $count }টি সমস্যা, তালিকায় দেখানো হয়নি
}
mimport-ready = { $count ->
    [one] ফাইলটি ঠিক আছে: 1 জন সদস্য আমদানির জন্য তৈরি।
   *[other] ফাইলটি ঠিক আছে: { $count } জন সদস্য আমদানির জন্য তৈরি।
}
mimport-confirm = { $count ->
    [one] 1 জন সদস্যকে আমদানি করুন
   *[other] সব { $count } জন সদস্যকে আমদানি করুন
}
mimport-again = অথবা অন্য একটি ফাইল পরীক্ষা করুন
mimport-expired = পরীক্ষা করা ফাইলটি আর রাখা নেই (এটি 15 মিনিট অপেক্ষা করে)। অনুগ্রহ করে আবার পাঠান।
mimport-done = { $count ->
    [one] 1 জন সদস্য সংঘে যোগ হয়েছেন।
   *[other] { $count } জন সদস্য সংঘে যোগ হয়েছেন।
}
mimport-done-next = এখন প্রত্যেককে তাঁর পাতা থেকে লগ ইন করার কোড দেওয়া যায়। তাঁর সম্মতি তাঁকেই জিজ্ঞেস করা হয়, আমদানি করা হয় না।
mimport-to-roster = সদস্যদের দেখুন
mimport-file-refused = ফাইলটি আমদানি করা যাবে না। কিছুই সেভ হয়নি।
mimport-rows-refused = { $bad ->
    [one] কিছুই সেভ হয়নি: 1টি সারি ঠিক করতে হবে ({ $good }টি সারি ঠিক আছে)। শিটে ঠিক করে আবার পাঠান।
   *[other] কিছুই সেভ হয়নি: { $bad }টি সারি ঠিক করতে হবে ({ $good }টি সারি ঠিক আছে)। শিটে ঠিক করে আবার পাঠান।
}

mimport-col-name = নাম
mimport-col-phone = মোবাইল নম্বর
mimport-col-birth_year = জন্মের বছর
mimport-col-languages = ভাষা
mimport-col-joined_on = যোগদানের তারিখ
mimport-col-office = পদ

mimport-about-name = তাঁর নাম (আবশ্যক)
mimport-about-phone = তাঁর 10 অঙ্কের মোবাইল নম্বর, যদি থাকে
mimport-about-birth_year = যেমন 1994
mimport-about-languages = ";" দিয়ে আলাদা করা কোড বা নাম: bn, hi, te, en বা বাংলা, হিন্দি, তেলুগু, ইংরেজি (যেমন bn;hi)
mimport-about-joined_on = কবে যোগ দিয়েছেন: 2024-01-15, 15/01/2024 বা 15-01-2024 (আবশ্যক)
mimport-about-office = সভানেত্রী, সম্পাদক, কোষাধ্যক্ষ বা মূল দল (বা president, secretary, treasurer, core_team), যদি তিনি কোনো পদে থাকেন

# প্রতিটি কলামের জন্য রেজিস্টারের শিরোনামে যে শব্দ লেখা যায় (শব্দগুলির মাঝে "|")।
mimport-header-name = নাম|সদস্যের নাম|পুরো নাম
mimport-header-phone = ফোন|মোবাইল|মোবাইল নম্বর|ফোন নম্বর
mimport-header-birth_year = জন্মের বছর|জন্ম সাল|জন্মসাল
mimport-header-languages = ভাষা
mimport-header-joined_on = যোগদানের তারিখ|যোগদান|যোগ দেওয়ার তারিখ
mimport-header-office = পদ

mimport-problem-empty = ফাইলটি খালি, বা শিরোনামের নিচে কোনো সারি নেই।
mimport-problem-not-a-spreadsheet = ফাইলটি CSV বা Excel (XLSX) নয়।
mimport-problem-not-utf8 = লেখাটি UTF-8 নয়: শিটটি "CSV UTF-8" হিসেবে সেভ করুন।
mimport-problem-too-many-rows = ফাইলে শিরোনামের নিচে 5,000-এর বেশি সারি: ভাগ করে পাঠান।
mimport-problem-too-many-columns = ফাইলের প্রথম 50টি কলামের পরেও কিছু আছে: সেগুলি মুছে দিন।
mimport-problem-too-many-cells = ফাইলে 1,50,000-এর বেশি ভরা ঘর: ভাগ করে পাঠান।
mimport-problem-too-big-unpacked = ওয়ার্কবুকটি খুললে 16 MB-এর বেশি হয়: শুধু রেজিস্টারটি CSV UTF-8 বা নতুন .xlsx হিসেবে সেভ করুন।
mimport-problem-other-workbook = এটি পুরনো বা অন্য ধরনের ওয়ার্কবুক (.xls, .xlsb বা .ods): Excel (.xlsx) বা CSV UTF-8 হিসেবে সেভ করুন।
mimport-problem-missing-column = শিরোনামের সারিতে এই কলামটি নেই।
mimport-problem-unknown-column = এমন একটি কলাম যা আমদানি চেনে না: নিচের তালিকার একটি নাম দিন, বা মুছে দিন।
mimport-problem-duplicate-column = শিরোনামে এই কলামটি দুবার আছে।
mimport-problem-unreadable = ঘরে একটি ত্রুটি বা পড়া যায় না এমন কিছু আছে।
mimport-problem-missing-value = এটি আবশ্যক, কিন্তু খালি।
mimport-problem-name-too-long = নামটি খুব লম্বা (সর্বোচ্চ 200 অক্ষর)।
mimport-problem-bad-phone = 10 অঙ্কের মোবাইল নম্বর নয়।
mimport-problem-bad-birth-year = জন্মের বছর নয় (যেমন 1994)।
mimport-problem-under-18 = তাঁর বয়স 18-এর কম: তাঁর নিজের পাতায় তাঁকে নথিভুক্ত করুন, সেখানে তাঁর অভিভাবকের সম্মতি চাওয়া হয়।
mimport-problem-unknown-language = ধ্রুবর জানা কোনো ভাষা নয়: bn, hi, te বা en, বা ভাষার নাম লিখুন।
mimport-problem-bad-date = তারিখ নয়: 2024-01-15, 15/01/2024 বা 15-01-2024 লিখুন।
mimport-problem-date-in-future = তারিখটি ভবিষ্যতের।
mimport-problem-unknown-office = পদ নয়: সভানেত্রী, সম্পাদক, কোষাধ্যক্ষ বা মূল দল।
mimport-problem-phone-twice-in-file = একই মোবাইল নম্বর আগের একটি সারিতে আছে।
mimport-problem-phone-registered = এই মোবাইল নম্বরটি ধ্রুবতে আগেই নথিভুক্ত: তাঁকে লগ ইন করতে বলুন।
mimport-problem-twice-in-file = মোবাইল নম্বর ছাড়া একই নাম আর জন্মের বছর আগের একটি সারিতে আছে।
mimport-problem-already-imported = এই নাম আর জন্মের বছরের একজন সদস্য এই সংঘে আগেই আমদানি হয়েছেন।
mimport-problem-office-twice-in-file = একই পদ আগের একটি সারিতে আছে: মূল দল ছাড়া প্রতিটি পদে একজনই থাকেন।
mimport-problem-office-held = সংঘের একজন এখন এই পদে আছেন: পদের পাতায় হস্তান্তর করেই পদ বদলায়।
