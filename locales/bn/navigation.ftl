# Links from every home, search and paging, printable case summary (issue 10).

## A printable one-page case summary
nav-summary-title = কেসের সারসংক্ষেপ
nav-summary-link = এক পাতার সারসংক্ষেপ ছাপুন
nav-summary-how-to-print = ছাপতে বা PDF হিসেবে রাখতে ব্রাউজারের মেনু থেকে "প্রিন্ট" বেছে নিন।
nav-summary-next = এরপর কী করতে হবে
nav-summary-nothing-due = এই কেসে এখন কিছু বাকি নেই।
nav-summary-dates = গুরুত্বপূর্ণ তারিখ
nav-summary-opened = কেস শুরু হয়েছে
nav-summary-moved-to = এই ধাপে গেছে: { $state }
nav-summary-hearing = শুনানি
nav-summary-next-hearing = পরের শুনানি
nav-summary-references = বিবরণ ও রেফারেন্স নম্বর
nav-summary-printed = সারসংক্ষেপ তৈরি হয়েছে { $date }

## The privacy notice, read by a staff account
nav-privacy-staff-note = প্রতিটি সদস্য নিজের অ্যাকাউন্ট থেকে এই অধিকারগুলো ব্যবহার করেন। আপনার অ্যাকাউন্টটি কর্মীর অ্যাকাউন্ট: এতে শুধু আপনার ইউজারনেম, আপনার ভূমিকা আর আপনার ভাষা রাখা হয়, আর আপনি যা করেন তা অডিট লগে লেখা থাকে। আপনার যা করার আছে, তা নিচের পাতাগুলোতে।
nav-privacy-staff-account = আমার অ্যাকাউন্ট

## The district as a chooser
nav-district-choose = জেলা বেছে নিন
nav-district-any = যেকোনো জেলা
nav-district-unknown = তালিকার জেলাগুলোর একটি বেছে নিন।

## Links from every home
nav-scorecards = স্কোর কার্ড
nav-wide-heading = স্কোর কার্ড, হিসাব আর তালিকা
nav-phone-changes = যে নতুন ফোন নম্বর নিশ্চিত করতে হবে
nav-round-card = স্কোর কার্ড: { $title }

## Search and paging on long lists
nav-search = খুঁজুন
nav-search-code = কোড দিয়ে সদস্য খুঁজুন
nav-search-name-or-code = নাম বা কোড দিয়ে সদস্য খুঁজুন
nav-search-none = এই খোঁজে কাউকে পাওয়া যায়নি।
nav-list-showing = { $total } জনের মধ্যে { $first }–{ $last }
nav-page-previous = ← আগের পাতা
nav-page-next = পরের পাতা →

## Who saw my data, grouped by who and what
nav-log-range = { $from } – { $to }
nav-log-total = মোট { $count } বার
nav-log-total-refused = মোট { $count } বার আটকানো হয়েছে
nav-log-days = দিন ধরে দেখুন
# The heading of a table column of links, read by screen readers only.
nav-col-actions = যা করতে পারেন
