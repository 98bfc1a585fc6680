## স্কোর কার্ডের পর্ব: প্রতিষ্ঠানের তালিকা, পর্বের পরিকল্পনা ও চালানো, মূল্যায়ন (ইস্যু 4)।

home-rate-round = পরিষেবার মূল্যায়ন করুন: { $title }
home-rounds-of = { $collective }-এর স্কোর কার্ড পর্ব

institution-type-ahtu = মানব পাচার বিরোধী ইউনিট
institution-type-police_station = থানা
institution-type-women_help_desk = মহিলা সহায়তা ডেস্ক
institution-type-dlsa = জেলা আইনি পরিষেবা কর্তৃপক্ষ
institution-type-slsa = রাজ্য আইনি পরিষেবা কর্তৃপক্ষ
institution-type-cwc = শিশু কল্যাণ কমিটি
institution-type-shelter_home = আশ্রয় হোম
institution-type-hospital = সরকারি হাসপাতাল
institution-type-labour_department = শ্রম দপ্তর
institution-type-livelihoods_mission = গ্রামীণ জীবিকা মিশনের অফিস
institution-type-bank_branch = ব্যাঙ্কের শাখা
institution-type-court = আদালত
institution-type-other = অন্যান্য

institutions-title = প্রতিষ্ঠান
institutions-add = একটি প্রতিষ্ঠান যোগ করুন
institutions-import = CSV ফাইল থেকে আনুন
institutions-any-type = যেকোনো ধরন
institutions-filter = দেখান
institutions-none = কোনো প্রতিষ্ঠান মেলেনি।
institutions-save = প্রতিষ্ঠানটি রাখুন
institution-type-label = ধরন
institution-name-label = নাম
institution-district-label = জেলার কোড
institution-district-hint = যেমন WB-kolkata: রাজ্যের অক্ষর, একটি ড্যাশ, তারপর জেলা।
institution-error-kind = ধরনটি বেছে নিন।
institution-error-name = নামটি লিখুন।
institution-error-district = এটি জেলার কোড নয়। WB-kolkata-র মতো করে লিখুন।
institution-error-duplicate = এই প্রতিষ্ঠানটি আগেই নথিভুক্ত আছে।

import-intro = ফাইলের প্রথম লাইনে কলামের নাম থাকবে, তারপর প্রতি লাইনে একটি প্রতিষ্ঠান:
import-file = CSV ফাইল
import-submit = যাচাই করে আনুন
import-done = { $count ->
    [one] একটি প্রতিষ্ঠান আনা হয়েছে।
   *[other] { $count }টি প্রতিষ্ঠান আনা হয়েছে।
}
import-rejected = কিছুই আনা হয়নি। এই সারিগুলি ঠিক করে ফাইলটি আবার পাঠান।
import-row = সারি
import-column = কলাম
import-problem = সমস্যা
import-problem-missing_column = এই কলামটি নেই বা খালি।
import-problem-unknown_type = এটি কোনো জানা ধরনের প্রতিষ্ঠান নয়।
import-problem-empty_name = নাম খালি।
import-problem-unknown_district = এই কোডের কোনো জেলা নেই।
import-problem-duplicate_in_file = এই প্রতিষ্ঠানটি ফাইলে দুবার আছে।
import-problem-already_registered = এই প্রতিষ্ঠানটি আগেই নথিভুক্ত আছে।
import-problem-not_utf8 = ফাইলটি UTF-8 লেখা হিসেবে সেভ করা নয়।
import-problem-malformed = এই লাইনটি CSV হিসেবে পড়া যাচ্ছে না।

rounds-title = স্কোর কার্ডের পর্ব
rounds-plan = একটি পর্বের পরিকল্পনা করুন
rounds-none = এখনও কোনো পর্ব নেই।
round-title = স্কোর কার্ডের পর্ব
round-title-label = পর্বের নাম
round-start-label = সময়কাল শুরু
round-end-label = সময়কাল শেষ
round-period = { $from } থেকে { $to }
round-template-label = কোন প্রশ্ন করা হবে
round-collectives-label = যে সংঘগুলি অংশ নিচ্ছে
round-institutions-label = যে প্রতিষ্ঠানগুলির মূল্যায়ন হবে
round-no-institutions = এই রাজ্যে এখনও কোনো প্রতিষ্ঠান নথিভুক্ত নেই।
round-previous-label = আগের পর্ব (তার কর্মপরিকল্পনার অগ্রগতি দেখা হবে)
round-previous-none = কোনোটি নয়
round-plan-submit = পর্বের পরিকল্পনা রাখুন
round-error-title = পর্বের একটি নাম দিন।
round-error-dates = সময়কালের দুটি তারিখই দিন।
round-error-institutions = অন্তত একটি প্রতিষ্ঠান বেছে নিন।
round-status-label = অবস্থা
round-period-label = সময়কাল
round-organiser-label = আয়োজক
round-status-planned = পরিকল্পিত
round-status-open = মূল্যায়ন চলছে
round-status-closed = মূল্যায়ন বন্ধ
round-status-published = প্রকাশিত
round-advance-open = মূল্যায়নের জন্য পর্ব খুলুন
round-advance-closed = মূল্যায়ন বন্ধ করুন
round-advance-published = স্কোর কার্ড প্রকাশ করুন
round-progress-heading = কতজন মূল্যায়ন করেছেন
round-progress-line = { $members } জন সদস্যের মধ্যে { $rated } জন মূল্যায়ন করেছেন
round-rate = পরিষেবার মূল্যায়ন করুন
round-steps = পর্বের ধাপগুলি
round-scorecard = স্কোর কার্ড
round-previous-plan = আগের পর্বের কর্মপরিকল্পনা

rate-title = পরিষেবার মূল্যায়ন করুন
rate-next = পরেরটির মূল্যায়ন করুন
rate-saved = আপনার উত্তর রাখা হয়েছে।
rate-closed = এই পর্ব বন্ধ হয়ে গেছে: আর মূল্যায়ন নেওয়া হচ্ছে না।
rate-changing = আপনি আগে এটির মূল্যায়ন করেছেন। আপনার উত্তর দেখানো হল; যা খুশি বদলান।
rate-choose-one = একটি বেছে নিন।
rate-submit = আমার উত্তর রাখুন
rate-private = আপনার উত্তর শুধু আপনিই দেখতে পাবেন। অন্যরা শুধু দেখবেন কতজন মূল্যায়ন করেছেন, আর পরে অনেকের মিলিত হিসাব।

form-error-required = এর উত্তর দিন।
form-error-not-a-number = একটি সংখ্যা লিখুন।
form-error-out-of-range = এই সংখ্যাটি অনুমোদিত সীমার বাইরে।
form-error-not-a-date = একটি তারিখ দিন।
form-error-unknown-choice = দেখানো উত্তরগুলির একটি বেছে নিন।
form-error-too-long = এটি খুব লম্বা।
form-error-constraint-failed = এখানে এই উত্তর সম্ভব নয়।

focus-group-title = ফোকাস গ্রুপের স্কোর
self-assessment-title = পরিষেবা প্রদানকারীদের নিজেদের মূল্যায়ন
scores-reasons = কারণ
scores-save = স্কোর রাখুন

meeting-title = মুখোমুখি সভা
meeting-held-on = সভার তারিখ
meeting-attendance = কতজন এসেছিলেন
meeting-notes = বিবরণ
meeting-save = সভার তথ্য রাখুন
attendee-role-survivor = সারভাইভার
attendee-role-leader = সংঘের নেত্রী
attendee-role-official = সরকারি আধিকারিক
attendee-role-facilitator = সহায়ক কর্মী
attendee-role-other = অন্যান্য

actions-title = কর্মপরিকল্পনা
actions-summary = { $total }টি কাজের মধ্যে { $done }টি হয়েছে
actions-add = একটি কাজ যোগ করুন
actions-action = কাজ
actions-institution = প্রতিষ্ঠান
actions-no-institution = কোনো একটি প্রতিষ্ঠান নয়
actions-responsible = দায়িত্বে থাকা ব্যক্তি বা দপ্তর
actions-due = শেষ তারিখ
actions-save = কাজটি যোগ করুন
actions-status = অবস্থা
actions-note = মন্তব্য
actions-update = হালনাগাদ করুন
action-status-planned = পরিকল্পিত
action-status-in_progress = চলছে
action-status-done = হয়ে গেছে
action-status-dropped = বাদ দেওয়া হয়েছে

scorecard-refused-title = এটি করা গেল না
scorecard-error-unknown_district = এই কোডের কোনো জেলা নেই।
scorecard-error-unknown_template = এই প্রশ্নের সেটটি নেই।
scorecard-error-no_institutions = একটি পর্বে অন্তত একটি প্রতিষ্ঠান লাগবে।
scorecard-error-organiser_not_taking_part = আয়োজক সংঘকেও অংশ নিতে হবে।
scorecard-error-period_reversed = সময়কাল শুরুর আগে শেষ হতে পারে না।
scorecard-error-unknown_previous_round = আগের পর্বটি এই সংঘের আয়োজন করা হতে হবে।
scorecard-error-stale_status = এইমাত্র অন্য কেউ এই পর্বটি বদলেছেন। পর্বটি আবার দেখুন।
scorecard-error-already_published = এই পর্ব প্রকাশিত হয়ে গেছে, আর বদলানো যাবে না।
scorecard-error-round_not_open = এই পর্ব খোলা নেই: এখন মূল্যায়ন নেওয়া হচ্ছে না।
scorecard-error-step_not_now = এই ধাপটি শুধু পর্ব খোলা বা বন্ধ থাকাকালীন লেখা যায়।
scorecard-error-institution_not_in_round = এই প্রতিষ্ঠানটি পর্বের অংশ নয়।
scorecard-error-collective_not_taking_part = এই সংঘটি পর্বে অংশ নিচ্ছে না।
scorecard-error-not_taking_part = আপনি এই পর্বে অংশ নেওয়া কোনো সংঘের সদস্য নন।
scorecard-error-bad_answers = এই উত্তরগুলি পর্বের প্রশ্নের সঙ্গে মেলে না।
