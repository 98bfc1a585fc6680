## স্কোর কার্ডের প্রতিবেদন: একটি রাউন্ডের স্কোর কার্ড, ফাইল, সর্বজনীন পাতা, ফেডারেশনের
## দৃশ্য ও ছাপার বিন্যাস (ইস্যু 4)।

reports-scorecard-title = স্কোর কার্ড
reports-scorecard-link = স্কোর কার্ড
reports-period = সময়কাল: { $from } থেকে { $to }
reports-k-note = { $k } জনের কম মূল্যায়নকারী থাকলে সেই ঘর দেখানো হয় না, আর যে ঘর থেকে তা হিসাব করে বের করা যায় সেটিও দেখানো হয় না।
reports-prepared = তৈরির তারিখ { $date }
reports-suppressed = { $k } জনের কম মূল্যায়নকারী
reports-no-ratings = এখনও কোনো মূল্যায়ন নেই।
reports-nothing-recorded = এখনও কিছু লেখা হয়নি।
reports-none = —
reports-print-note = A4 প্রতিবেদন ছাপতে ব্রাউজারের প্রিন্ট ব্যবহার করুন।
reports-download-csv = সারণি ডাউনলোড করুন (CSV)
reports-download-json = সারণি ডাউনলোড করুন (JSON)
reports-download-note = ফাইলে শুধু মোট হিসাব থাকে, কারও নিজের মূল্যায়ন কখনও থাকে না।

reports-col-institution = প্রতিষ্ঠান
reports-col-type = ধরন
reports-col-district = জেলা
reports-col-state = রাজ্য
reports-col-indicator = প্রশ্ন
reports-col-n = মূল্যায়নকারী
reports-col-mean = গড়
reports-col-median = মাঝের মান
reports-col-favourable = অনুকূল
reports-col-change = পরিবর্তন
reports-col-rank = স্থান
reports-col-score = স্কোর
reports-col-reasons = কারণ
reports-col-collective = সংগঠন
reports-favourable-value = { $share } ({ $low }–{ $high })
reports-rank-value = { $of }-এর মধ্যে { $rank }

reports-by-institution = প্রতিষ্ঠান অনুযায়ী
reports-by-type = প্রতিষ্ঠানের ধরন অনুযায়ী
reports-by-district = জেলা অনুযায়ী
reports-by-state = রাজ্য অনুযায়ী
reports-total = সব প্রতিষ্ঠান
reports-chart-title = { $indicator }: অনুকূল অংশ, আর তা কতটা নিশ্চিত
reports-trend-heading = রাউন্ড জুড়ে
reports-trend-title = প্রতিটি রাউন্ডে অনুকূল অংশ, সব প্রতিষ্ঠান
reports-trend-none = এটাই প্রথম রাউন্ড: তুলনা করার মতো এখনও কিছু নেই।

reports-focus-groups = ফোকাস গ্রুপের সম্মত স্কোর
reports-self-assessment = পরিষেবা প্রদানকারীদের নিজেদের মূল্যায়ন
reports-action-plan = কর্ম পরিকল্পনা
reports-previous-plan = আগের রাউন্ডের কর্ম পরিকল্পনার অগ্রগতি
reports-col-action = কাজ
reports-col-responsible = দায়িত্বে
reports-col-due = শেষ তারিখ
reports-col-status = অবস্থা
reports-col-note = মন্তব্য
reports-action-status-planned = পরিকল্পিত
reports-action-status-in_progress = চলছে
reports-action-status-done = সম্পন্ন
reports-action-status-dropped = বাদ দেওয়া হয়েছে

reports-public-list-title = প্রকাশিত স্কোর কার্ড
reports-public-list-intro = সারভাইভারদের নেতৃত্বে চলা সংগঠনগুলি সেই প্রতিষ্ঠানগুলির মূল্যায়ন করেছে যাদের তাঁদের পরিষেবা দেওয়ার কথা। শুধু মোট হিসাব প্রকাশ করা হয়; ছোট দলগুলি লুকানো থাকে যাতে কাউকে চেনা না যায়।
reports-public-none = এখনও কোনো স্কোর কার্ড প্রকাশিত হয়নি।
reports-public-shared = যে সংগঠনগুলি অংশ নিয়েছে তারাই প্রকাশ করেছে। আপনি এই পাতাটি শেয়ার করতে পারেন।

reports-federation-title = ফেডারেশন জুড়ে স্কোর কার্ড
reports-federation-intro = নিচের তারিখ পর্যন্ত প্রকাশিত যে রাউন্ডগুলির সময়কাল বেছে নেওয়া বছরে শেষ হয়েছে, সবগুলি একসঙ্গে গোনা।
reports-federation-year = বছর
reports-federation-show = দেখান
reports-federation-rounds = { $year } সালে প্রকাশিত রাউন্ড: { $count }
reports-pending = রাউন্ড বন্ধ হলে সংখ্যাগুলি দেখা যাবে: সদস্যরা যখন মূল্যায়ন করছেন, তখন বদলাতে থাকা মোট হিসাব থেকে একজনের উত্তর বোঝা যেতে পারে।

# Issue 9: stored snapshots
reports-as-of = { $date } তারিখের স্কোর কার্ড
reports-federation-none = এই বছরের স্কোর কার্ডের কোনো স্ন্যাপশট এখনও তৈরি হয়নি।
reports-federation-shown-only = প্রতিটি সংখ্যা রাউন্ডগুলির নিজস্ব প্রকাশিত কার্ডে যা দেখানো হয়েছিল তার যোগফল: যে দল কোনো রাউন্ডের কার্ডে দেখানোর পক্ষে খুব ছোট, সে এখানে কিছুই যোগ করে না, তাই এই পাতাকে রাউন্ডের কার্ডগুলির সঙ্গে মিলিয়ে কারও উত্তর বের করা যায় না।
reports-federation-make = এখনই নতুন স্ন্যাপশট তৈরি করুন
reports-federation-make-note = এই পাতায় একটি সংরক্ষিত স্ন্যাপশট দেখানো হয়। নতুনটি এখন পর্যন্ত প্রকাশিত সব রাউন্ড গোনে; নির্ধারিত সময় অন্তরও স্ন্যাপশট তৈরি হয়।
reports-federation-counted = এই স্ন্যাপশটে গোনা রাউন্ড
