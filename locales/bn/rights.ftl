## আপনার অধিকার: নিজের তথ্যের কপি, সংশোধন, অভিযোগ, মুছে ফেলা (ইস্যু 3)।

rights-heading = আপনার অধিকার
rights-link-data = আপনার সব তথ্য দেখুন ও নামিয়ে নিন
rights-link-corrections = ভুল সংশোধন করতে বলুন
rights-link-grievances = অভিযোগ জানান
rights-link-erase = আপনার সব তথ্য মুছে ফেলুন
rights-home-corrections = সংশোধনের অনুরোধ
rights-home-grievances = যে অভিযোগের উত্তর দিতে হবে
rights-text-missing = কিছু একটা লিখুন।
rights-text-too-long = বড়জোর 2000 অক্ষর লিখুন।
rights-you = আপনি
rights-operator = ধ্রুব-র পরিচালক

## আপনার তথ্য

my-data-title = আপনার তথ্য
my-data-intro = ধ্রুব আপনার সম্পর্কে যা কিছু রাখে, সব এখানে আছে। এই পাতা শুধু আপনিই দেখতে পান।
my-data-download = সবকিছু একটি ফাইল হিসেবে নামিয়ে নিন
my-data-download-note = ভাগ করা ফোনে ফাইলটি ফোনের ডাউনলোডে থেকে যায়, সেখানে অন্যরাও খুলতে পারেন। কাজ শেষ হলে ফাইলটি নিরাপদ জায়গায় সরিয়ে রাখুন, নয়তো মুছে দিন।
my-data-details = আপনার তথ্য
my-data-collectives = আপনার সংঘ
my-data-account = আপনার অ্যাকাউন্ট
my-data-language = পর্দার ভাষা
my-data-consents = আপনি যেসবে সম্মতি দিয়েছেন
my-data-consent-given = { $date } তারিখে দেওয়া
my-data-consent-withdrawn = { $date } তারিখে ফিরিয়ে নেওয়া
my-data-mentors = আপনার মেন্টর
my-data-witness = সাক্ষী:
my-data-guardian = আপনার অভিভাবকের সম্মতি
my-data-mentor-since = { $date } থেকে
my-data-mentor-until = { $date } পর্যন্ত
my-data-corrections = আপনার সংশোধনের অনুরোধ
my-data-grievances = আপনার অভিযোগ
my-data-history = আপনার তথ্য নিয়ে কে কী করেছেন
my-data-history-note = এখানে শেষ { $count }টি ঘটনা আছে; ফাইলে সবগুলো আছে।
my-data-none = এখানে কিছু নেই।

rights-purpose-case_support = সংঘের নেত্রীদের কাছ থেকে আপনার কেসে সাহায্য
rights-purpose-mentoring = আপনার মেন্টরের পরামর্শ ও সঙ্গ
rights-purpose-research = গবেষণা
rights-purpose-media = সংবাদমাধ্যমে আপনার কথা বা ছবি
rights-purpose-federation_contact = মহাসংঘের যোগাযোগ
rights-method-in_app = আপনি নিজে, ধ্রুব-তে
rights-method-verbal = মুখে বলা, নেত্রী লিখে রেখেছেন
rights-method-paper = কাগজে

rights-event-member_created = আপনার নাম নথিভুক্ত হয়েছে
rights-event-membership_added = সংঘে যোগ দিয়েছেন
rights-event-membership_ended = সংঘ ছেড়েছেন
rights-event-member_languages_changed = আপনার ভাষা বদলানো হয়েছে
rights-event-view_member_name = আপনার নাম দেখা হয়েছে
rights-event-view_member_personal = আপনার তথ্য দেখা হয়েছে
rights-event-edit_member_personal = আপনার তথ্য বদলানো হয়েছে
rights-event-consent_granted = সম্মতি দেওয়া হয়েছে
rights-event-consent_withdrawn = সম্মতি ফিরিয়ে নেওয়া হয়েছে
rights-event-account_created = আপনার অ্যাকাউন্ট খোলা হয়েছে
rights-event-password_changed = আপনার পাসওয়ার্ড বদলানো হয়েছে
rights-event-language_changed = আপনার পর্দার ভাষা বদলানো হয়েছে
rights-event-account_disabled = আপনার অ্যাকাউন্ট বন্ধ করা হয়েছে
rights-event-account_enabled = আপনার অ্যাকাউন্ট আবার চালু করা হয়েছে
rights-event-grant_added = আপনার অ্যাকাউন্টে একটি ভূমিকা দেওয়া হয়েছে
rights-event-grant_removed = আপনার অ্যাকাউন্ট থেকে একটি ভূমিকা সরানো হয়েছে
rights-event-token_created = আপনার অ্যাকাউন্টের জন্য একটি প্রবেশ-চাবি তৈরি হয়েছে
rights-event-tokens_revoked = আপনার অ্যাকাউন্টের প্রবেশ-চাবি বাতিল করা হয়েছে
rights-event-export_member_data = আপনি আপনার সব তথ্য দেখেছেন
rights-event-correction_requested = আপনি সংশোধন চেয়েছেন
rights-event-view_correction_requests = আপনার সংশোধনের অনুরোধ পড়া হয়েছে
rights-event-correction_done = সংশোধন করা হয়েছে
rights-event-correction_declined = সংশোধন করা হয়নি
rights-event-grievance_raised = আপনি অভিযোগ জানিয়েছেন
rights-event-view_grievance = আপনার অভিযোগ পড়া হয়েছে
rights-event-grievance_answered = আপনার অভিযোগের উত্তর দেওয়া হয়েছে
rights-event-view_consents = আপনার সম্মতিগুলি দেখা হয়েছে
rights-event-mentor_assigned = আপনাকে একজন মেন্টর দেওয়া হয়েছে
rights-event-mentor_ended = একজন মেন্টর আর আপনার মেন্টর নেই
rights-event-guardian_consent_recorded = আপনার অভিভাবকের সম্মতি লেখা হয়েছে
rights-event-guardian_consent_withdrawn = আপনার অভিভাবকের সম্মতি ফিরিয়ে নেওয়া হয়েছে
rights-event-view_guardian_consent = আপনার অভিভাবকের সম্মতি দেখা হয়েছে
rights-event-contact_member = মহাসংঘ আপনার যোগাযোগের তথ্য ব্যবহার করেছে
rights-event-include_in_research = আপনাকে গবেষণায় রাখা হয়েছে
rights-event-access_denied = কাউকে আপনার তথ্য দেখতে দেওয়া হয়নি

## সংশোধন

corrections-title = ভুল সংশোধন করতে বলুন
corrections-intro = ধ্রুব-তে আপনার সম্পর্কে কিছু ভুল লেখা থাকলে, কী ভুল তা লিখুন। আপনার কেসে সাহায্যের জন্য যে নেত্রীকে আপনি অনুমতি দিয়েছেন তিনি তা ঠিক করতে পারেন, অথবা আপনি নিজেই ঠিক করতে পারেন।
corrections-edit-yourself = নিজেই আপনার তথ্য ঠিক করুন
corrections-what = কী ভুল আছে?
corrections-send = অনুরোধ পাঠান
corrections-yours = আপনার অনুরোধ
corrections-none = আপনি এখনও কোনো সংশোধন চাননি।
corrections-asked-on = { $date } তারিখে চাওয়া
corrections-status-open = অপেক্ষায়
corrections-status-done = সংশোধন হয়েছে
corrections-status-declined = সংশোধন হয়নি
corrections-note = মন্তব্য:
corrections-mark-done = আমি নিজেই ঠিক করে নিয়েছি
corrections-queue-title = সংশোধনের অনুরোধ
corrections-queue-intro = সদস্যরা এই সংশোধনগুলি চেয়েছেন। পড়তে একটি খুলুন; প্রতিবার পড়া তাঁর ইতিহাসে লেখা থাকে।
corrections-queue-none = কোনো অনুরোধ অপেক্ষায় নেই।
corrections-member-title = তাঁর সংশোধনের অনুরোধ
corrections-edit-her = তাঁর তথ্য সংশোধন করুন
corrections-reading-recorded = আপনি এই অনুরোধগুলি পড়েছেন, তা তাঁর ইতিহাসে লেখা থাকবে।
corrections-close-done = সংশোধন হয়ে গেছে
corrections-decline-note = কেন সংশোধন হবে না? তিনি এটা পড়বেন।
corrections-close-decline = সংশোধন করা হবে না
corrections-note-missing = কারণটা লিখুন, যাতে তিনি জানতে পারেন।

## অভিযোগ

grievances-title = অভিযোগ জানান
grievances-intro = আপনার তথ্য যেভাবে রাখা বা ব্যবহার করা হচ্ছে তাতে আপনি খুশি না হলে, এই ধ্রুব-র অভিযোগ-আধিকারিককে জানান। 90 দিনের মধ্যে তাঁকে উত্তর দিতে হবে। আপনি যা লিখবেন তা শুধু তিনিই পড়বেন।
grievances-what = আপনার অভিযোগ
grievances-send = অভিযোগ পাঠান
grievances-yours = আপনার অভিযোগ
grievances-none = আপনি এখনও কোনো অভিযোগ জানাননি।
grievances-sent-on = { $date } তারিখে পাঠানো
grievances-due-on = উত্তর দিতে হবে { $date }-এর মধ্যে
grievances-waiting = উত্তরের অপেক্ষায়
grievances-answered-on = { $date } তারিখে উত্তর দেওয়া হয়েছে
grievances-answer = উত্তর:
grievances-queue-title = যে অভিযোগের উত্তর দিতে হবে
grievances-queue-intro = অভিযোগ-আধিকারিক হিসেবে প্রতিটি অভিযোগ পাঠানোর দিন থেকে 90 দিনের মধ্যে আপনাকে উত্তর দিতে হবে। সময় পেরিয়ে যাওয়াগুলি চিহ্নিত করা আছে।
grievances-queue-none = কোনো অভিযোগ নেই।
grievances-number = অভিযোগ নম্বর { $number }
grievances-overdue = সময় পেরিয়ে গেছে
grievances-answered = উত্তর দেওয়া হয়েছে
grievances-reading-recorded = অভিযোগ খুললে তা তাঁর ইতিহাসে লেখা থাকে। তিনি আপনাকে যা লিখেছেন, আপনি শুধু সেটুকুই দেখতে পান।
grievances-answer-label = আপনার উত্তর। তিনি এটা পড়বেন।
grievances-answer-send = উত্তর পাঠান

## মুছে ফেলা

erase-title = আপনার তথ্য মুছে ফেলুন
erase-intro = আপনি চাইলে ধ্রুব আপনাকে পুরোপুরি ভুলে যেতে পারে। তখন যা হবে:
erase-what-details = আপনার নাম, মোবাইল নম্বর, জন্মসাল আর নোট মুছে যাবে, সঙ্গে আপনার সম্মতি, সংশোধনের অনুরোধ আর অভিযোগও।
erase-what-key = আপনার তথ্য যে চাবিতে তালাবন্ধ থাকে, সেটি নষ্ট করে ফেলা হবে। আগের ব্যাকআপে আপনার তথ্য তালাবন্ধ অবস্থায় থেকে যেতে পারে; সেরকম কোনো ব্যাকআপ কখনও ফিরিয়ে আনা হলে ধ্রুব সঙ্গে সঙ্গে আবার আপনার তথ্য মুছে দেবে।
erase-what-account = আপনার অ্যাকাউন্ট বন্ধ হয়ে যাবে। আপনি আর লগ ইন করতে পারবেন না।
erase-what-count = আপনার সংঘের সদস্য-সংখ্যায় আপনি একজন হিসেবে থেকে যাবেন, কিন্তু আপনার নাম বা আপনার সম্পর্কে আর কিছু থাকবে না।
erase-cannot-undo = এটা আর ফেরানো যাবে না। কেউ, এমনকি যাঁরা ধ্রুব চালান তাঁরাও, আপনার তথ্য আর ফিরিয়ে আনতে পারবেন না।
erase-download-first = চাইলে আগে আপনার তথ্য নামিয়ে রাখুন।
erase-password = আপনার পাসওয়ার্ড, যাতে বোঝা যায় এটা আপনিই
erase-confirm = আমার তথ্য চিরকালের জন্য মুছে ফেলুন
erase-wrong-password = পাসওয়ার্ড ঠিক নয়। কিছুই মোছা হয়নি।
erased-title = আপনার তথ্য মুছে ফেলা হয়েছে
erased-text = ধ্রুব-তে আর আপনার নাম বা কোনো তথ্য নেই, আর আপনার অ্যাকাউন্ট বন্ধ করা হয়েছে।
rights-event-view_cases = আপনার কেস দেখা হয়েছে
rights-event-case_opened = আপনার একটি কেস খোলা হয়েছে
rights-event-case_state_changed = আপনার একটি কেস পরের ধাপে গেছে
rights-event-case_details_edited = আপনার একটি কেসের বিবরণ বদলানো হয়েছে
rights-event-case_hearing_added = আপনার একটি কেসে শুনানি যোগ হয়েছে
rights-event-case_deadline_overridden = আপনার একটি কেসের শেষ তারিখ সরানো হয়েছে
rights-event-case_correspondence_recorded = আপনার একটি কেসে চিঠি, দেখা করা বা ফোন লেখা হয়েছে

# access log (issue 9): reads and refusals listed apart, paged, one line per person, action and day
access-log-reads-heading = কে আপনার তথ্য খুলেছেন
access-log-older = আগের
access-log-newer = পরের
access-log-times = সেদিন { $count } বার
access-log-times-refused = সেদিন { $count } বার আটকানো হয়েছে
access-log-what-view_grievance = অভিযোগ কর্মকর্তাকে জানানো আপনার অভিযোগ
access-log-what-view_correction_requests = আপনি যা সংশোধন করতে বলেছেন
access-log-what-export_member_data = আপনার সব তথ্যের একটি কপি
