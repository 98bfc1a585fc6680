# The login page, its help and the remembered language (issue 10).

welcome-forgot-password = পাসওয়ার্ড ভুলে গেছেন? আপনার সংঘের নেত্রীর কাছে সাহায্য চান।

## প্রতিটি সময়সীমার নিচে আইনের নিয়ম (data/case-deadlines.toml-এর প্রতিটি নিয়মের জন্য একটি)।
welcome-rule-lsa_decision = BNSS ধারা 396(5) (CrPC ধারা 357A(5)): আইনি পরিষেবা কর্তৃপক্ষ দুই মাসের মধ্যে অনুসন্ধান শেষ করে ক্ষতিপূরণ ঠিক করবে।
welcome-rule-compensation_payment = রাজ্যের ক্ষতিপূরণ প্রকল্প: আদেশের 30 দিনের মধ্যে ক্ষতিপূরণের টাকা দিতে হবে।
welcome-rule-compensation_payment_partly = রাজ্যের ক্ষতিপূরণ প্রকল্প: আদেশের 30 দিনের মধ্যে ক্ষতিপূরণের টাকা দিতে হবে।
welcome-rule-appeal_window = রাজ্যের ক্ষতিপূরণ প্রকল্প: আদেশের 90 দিনের মধ্যে আপনি রাজ্য কর্তৃপক্ষের কাছে আপিল করতে পারেন।
welcome-rule-charge_sheet = BNSS ধারা 187 (CrPC ধারা 167): দশ বছর বা তার বেশি সাজার অপরাধে পুলিশের তদন্তের সময় 90 দিন।
welcome-rule-fir_decision = BNSS ধারা 173(3): পুলিশ 14 দিনের মধ্যে প্রাথমিক অনুসন্ধান শেষ করবে।
welcome-rule-legal_aid_decision = NALSA (বিনামূল্যে ও দক্ষ আইনি পরিষেবা) প্রবিধান 2010, প্রবিধান 7: বিনামূল্যে আইনি সহায়তার আবেদনের সিদ্ধান্ত সাত দিনের মধ্যে হয়।
welcome-rule-public_service = রাজ্যের পরিষেবা প্রদানের গ্যারান্টি আইন: বেশিরভাগ শংসাপত্র আর কার্ড 30 দিনের মধ্যে (আপনার রাজ্যের তালিকা দেখে নিন)।
welcome-rule-document_issue = রাজ্যের পরিষেবা প্রদানের গ্যারান্টি আইন: শংসাপত্র 30 দিনের মধ্যে (আপনার রাজ্যের তালিকা দেখে নিন)।

## তাঁর নিজের মেন্টর পাতা, তাঁকেই বলা।
welcome-mentors-intro-own = মেন্টর হলেন সহযোগী সংস্থার একজন সহায়ক, যিনি আপনার পাশে থাকেন। মেন্টরিংয়ে আপনি রাজি থাকলে শুধু আপনার মেন্টরই আপনার তথ্য দেখতে পারেন।
welcome-mentors-current-own = আপনার মেন্টর
welcome-mentors-none-own = আপনার এখনও কোনো মেন্টর নেই।
welcome-mentors-past-own = আপনার আগের মেন্টর
welcome-mentors-choose-own = আপনার মেন্টর বেছে নিন
welcome-mentors-assign-own = এঁকে আমার মেন্টর করুন

## "আমার তথ্য": কী হয়েছে, কথায়।
welcome-someone = অন্য কেউ
welcome-event-other = আরও কিছু লেখা হয়েছে
welcome-event-member_marked_under_18 = আপনাকে 18 বছরের কম বয়সি হিসেবে চিহ্নিত করা হয়েছে
welcome-event-member_marked_adult = আপনাকে 18 বা তার বেশি বয়সি হিসেবে চিহ্নিত করা হয়েছে
welcome-event-member_erased = একজন সদস্যের তথ্য মুছে ফেলা হয়েছে
welcome-event-phone_change_requested = নতুন মোবাইল নম্বরের জন্য অনুরোধ করা হয়েছে
welcome-event-phone_change_confirmed = আপনার নতুন মোবাইল নম্বর নিশ্চিত হয়েছে
welcome-event-phone_change_refused = আপনার নতুন মোবাইল নম্বর নেওয়া হয়নি
welcome-event-phone_change_cancelled = নতুন মোবাইল নম্বরের অনুরোধ বাতিল হয়েছে
welcome-event-phone_in_use = আপনার মোবাইল নম্বর যাচাইয়ের জন্য আলাদা রাখা হয়েছে
welcome-event-consent_confirmed = কেউ আপনার হয়ে যে সিদ্ধান্ত লিখেছিলেন, আপনি তা নিশ্চিত করেছেন
welcome-event-consent_refused = কেউ আপনার হয়ে যে সিদ্ধান্ত লিখেছিলেন, আপনি তা মানেননি
welcome-event-cases_imported = আপনার সংঘের খাতা থেকে কেস যোগ করা হয়েছে
welcome-event-reminder_settings_changed = আপনার সংঘের রিমাইন্ডারের নিয়ম বদলানো হয়েছে
welcome-event-rating_recorded = আপনি স্কোর কার্ডের একটি পর্বে পরিষেবার মূল্যায়ন করেছেন
welcome-event-round_planned = স্কোর কার্ডের একটি পর্বের পরিকল্পনা করা হয়েছে
welcome-event-round_advanced = স্কোর কার্ডের একটি পর্ব পরের ধাপে গেছে
welcome-event-self_assessment_recorded = একটি প্রতিষ্ঠানের নিজের মূল্যায়ন লেখা হয়েছে
welcome-event-focus_group_recorded = ফোকাস গ্রুপের নম্বর লেখা হয়েছে
welcome-event-meeting_recorded = পরিষেবাদাতাদের সঙ্গে সভার কথা লেখা হয়েছে
welcome-event-action_added = কর্মপরিকল্পনায় একটি কাজ যোগ করা হয়েছে
welcome-event-action_updated = কর্মপরিকল্পনার একটি কাজ বদলানো হয়েছে
welcome-event-institution_added = তালিকায় একটি প্রতিষ্ঠান যোগ করা হয়েছে
welcome-event-institutions_imported = তালিকায় কয়েকটি প্রতিষ্ঠান যোগ করা হয়েছে
welcome-event-round_scorecard_made = একটি পর্বের স্কোর কার্ড তৈরি হয়েছে
welcome-event-federation_scorecard_made = মহাসংঘের স্কোর কার্ড তৈরি হয়েছে
welcome-event-publish_figures = মহাসংঘের হিসাব প্রকাশ করা হয়েছে
welcome-event-login_succeeded = আপনি লগ ইন করেছেন
welcome-event-login_failed = আপনার অ্যাকাউন্টে লগ ইন করা যায়নি
welcome-event-logged_out_everywhere = আপনি সব ফোন থেকে লগ আউট করেছেন
welcome-event-collective_created = একটি সংঘ শুরু হয়েছে
welcome-event-collective_updated = একটি সংঘের তথ্য বদলানো হয়েছে
welcome-event-partner_created = একটি সহযোগী সংস্থা যোগ করা হয়েছে
welcome-event-federation_created = মহাসংঘ তৈরি হয়েছে
welcome-event-federation_renamed = মহাসংঘের নাম বদলানো হয়েছে
welcome-event-audit_pruned = খাতা থেকে পুরোনো লেখা সরানো হয়েছে

## রিমাইন্ডার: কী পাঠানো যায় তা সেটিংসে; কী বাকি তা তাঁর পাতায়।
welcome-reminders-no-gateway = এখানে এখনও SMS বা ইমেলে রিমাইন্ডার পাঠানো যায় না, তাই কিছু রাখা হয়নি। সদস্যরা অ্যাপেই তাঁদের রিমাইন্ডার দেখেন।
welcome-reminders-in-app-only = সদস্যরা অ্যাপে, তাঁদের রিমাইন্ডারের পাতায়, রিমাইন্ডার দেখেন। এই পরিষেবা SMS আর ইমেল পাঠাতে পারলে তখন এখানে সেগুলি বেছে নেওয়া যাবে।
welcome-reminders-due-heading = আপনার কেসে যা বাকি আছে
welcome-reminders-overdue = তারিখ পেরিয়ে গেছে
welcome-reminders-messages-heading = বার্তা
