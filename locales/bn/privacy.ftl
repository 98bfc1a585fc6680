## সম্মতি, মেন্টর, অভিভাবক, "কে আমার তথ্য দেখেছে" আর গোপনীয়তা বিজ্ঞপ্তি (ইস্যু 3)।

footer-privacy = গোপনীয়তা: ধ্রুব কী রাখে আর আপনার অধিকার
login-privacy-link = ধ্রুব কীভাবে আপনার তথ্য সুরক্ষিত রাখে
time-late-night = রাত
time-morning = সকাল
time-afternoon = দুপুর
time-late-afternoon = বিকেল
time-evening = সন্ধ্যা
time-night = রাত
date-time = { $date }, { $period } { $time }

## প্রতিটি কাজে কী দেখা যাবে: শিরোনাম, আর কে কী দেখবেন — সহজ কথায়

purpose-case_support = আমার কেসে সাহায্য
purpose-case_support-who = আমার সংঘের নেত্রীরা আমার মোবাইল নম্বর, জন্মসাল আর নোট দেখতে পারবেন, যাতে আমার আবেদন আর কেসে সাহায্য করতে পারেন।
purpose-mentoring = মেন্টরিং
purpose-mentoring-who = আমার মেন্টর — সহযোগী সংস্থার একজন সহায়ক — আমার নাম, মোবাইল নম্বর, জন্মসাল আর নোট দেখতে পারবেন। অন্য কর্মীরা পারবেন না।
purpose-research = গবেষণা
purpose-research-who = মহাসংঘ গবেষণায় আমাকে গুনতে পারবে। গবেষকরা শুধু আমার সংঘ, জেলা, ভাষা আর যোগ দেওয়ার বছর পাবেন — আমার নাম, নম্বর বা কোড কখনও নয়।
purpose-media = সংবাদমাধ্যম ও প্রচার
purpose-media-who = আমার সংঘের নেত্রীরা আর মহাসংঘ আমার নাম দেখতে পারবেন, সেই সদস্যদের তালিকায় যাঁরা সংবাদমাধ্যমে ও প্রচারে নিজের কথা বলতে রাজি। কোনো গল্প বা ছবি ব্যবহারের আগে তাঁরা আমাকে আবার জিজ্ঞেস করবেন।
purpose-federation_contact = মহাসংঘের যোগাযোগ
purpose-federation_contact-who = সভা আর প্রচারের ব্যাপারে ফোন করার জন্য মহাসংঘের দল আমার নাম আর মোবাইল নম্বর দেখতে পারবে।

consent-method-in_app = ধ্রুব-তে নিজে
consent-method-verbal = মুখে বলে
consent-method-paper = কাগজে লিখে

## আমার সিদ্ধান্ত (সম্মতি)

consents-title = আমার সিদ্ধান্ত
consents-member-title = তাঁর সিদ্ধান্ত
consents-intro = কে কী দেখতে পাবেন, তা আপনিই ঠিক করেন। প্রতিটি সিদ্ধান্ত পরের বার কেউ পাতা খুললেই কাজ করে। যখন খুশি বদলাতে পারেন।
consents-member-intro = কে কী দেখতে পাবেন, তা তিনিই ঠিক করেন। তিনি মুখে বা কাগজে যে সম্মতি দিয়েছেন, তা এখানে লিখে রাখুন; তিনি নিজের ফোনে তা দেখবেন আর থামাতে পারবেন।
consent-yes = হ্যাঁ, { $date } থেকে
consent-no = না
consent-grant = হ্যাঁ, আমি রাজি
consent-withdraw = থামান
consent-withdraw-for-her = থামান (তিনি বলেছেন)
consent-guardian-needed = আপনার বয়স 18-র কম। আগে সংঘের একজন নেত্রীকে আপনার অভিভাবকের সম্মতি লিখে রাখতে হবে। ততদিন ধ্রুব শুধু আপনার নাম আর কোড রাখবে।
consent-guardian-needed-member = তাঁর বয়স 18-র কম। আর কিছু রাখার আগে তাঁর অভিভাবকের সম্মতি লিখে রাখতে হবে।
consents-history = সব রেকর্ড
consents-history-none = এখনও কিছু লেখা হয়নি।
consent-record-line = { $purpose }: হ্যাঁ, { $method }। লিখেছেন { $who }, { $when }।
consent-record-witness = সাক্ষী: { $witness }
consent-record-withdrawn = থামিয়েছেন { $who }, { $when }।
consent-recorded-by-you = আপনি
consent-recorded-by-operator = ধ্রুব-র পরিচালক
consents-record-heading = সামনাসামনি দেওয়া সম্মতি লিখে রাখুন
consents-record-purpose = তিনি কীসে রাজি হয়েছেন
consents-record-method = তিনি কীভাবে জানিয়েছেন
consents-record-witness = সাক্ষীর নাম
consents-record-witness-hint = তিনি যখন রাজি হন, তখন কে উপস্থিত ছিলেন। এই নামও তাঁর নামের মতো তালাবন্ধ করে রাখা হয়।
consents-record-submit = তাঁর সম্মতি লিখে রাখুন
consents-record-witness-missing = সাক্ষীর নাম লিখুন।
consents-links = আপনার তথ্য নিয়ে আরও
link-access-log = কে আমার তথ্য দেখেছে
link-mentors = আমার মেন্টর
link-privacy = গোপনীয়তা বিজ্ঞপ্তি
link-back = ফিরে যান
member-link-consents = তাঁর সিদ্ধান্ত
member-link-mentors = তাঁর মেন্টর
member-link-guardian = অভিভাবক (18-র কম বয়স)

## মেন্টর

mentors-title = মেন্টর
mentors-intro = মেন্টর হলেন সহযোগী সংস্থার একজন সহায়ক, যিনি তাঁর পাশে থাকেন। মেন্টরিংয়ে তাঁর সম্মতি থাকলে শুধু তাঁর মেন্টরই তাঁর তথ্য দেখতে পারেন।
mentors-current = এখনকার মেন্টর
mentors-none = এখনও কোনো মেন্টর নেই।
mentors-since = { $when } থেকে
mentors-ended = { $from } থেকে { $until } পর্যন্ত
mentors-past = আগের মেন্টর
mentors-choose = মেন্টর বেছে নিন
mentors-no-candidates = সহযোগী সংস্থার কোনো সহায়ক এখন পাওয়া যাচ্ছে না।
mentors-assign = এঁকে মেন্টর করুন
mentors-end = মেন্টরিং শেষ করুন

## অভিভাবকের সম্মতি (18-র কম বয়স)

guardian-title = অভিভাবকের সম্মতি
guardian-intro = 18-র কম বয়সি সদস্যের নাম আর কোডের বেশি কিছু রাখার আগে ধ্রুব-র তাঁর অভিভাবকের সম্মতি দরকার।
guardian-status-adult = তাঁকে 18-র কম বয়সি হিসেবে চিহ্নিত করা হয়নি।
guardian-status-needed = তাঁর বয়স 18-র কম। অভিভাবকের সম্মতি এখনও লেখা হয়নি: শুধু তাঁর নাম আর কোড রাখা হয়েছে।
guardian-status-given = তাঁর বয়স 18-র কম। তাঁর অভিভাবকের সম্মতি লেখা আছে।
guardian-mark-minor = তাঁকে 18-র কম বয়সি হিসেবে চিহ্নিত করুন
guardian-mark-adult = এখন তাঁর বয়স 18
guardian-record-heading = তাঁর অভিভাবকের সম্মতি লিখে রাখুন
guardian-name = অভিভাবকের নাম
guardian-relation = তাঁর সঙ্গে সম্পর্ক
guardian-verification = অভিভাবকের পরিচয় কীভাবে যাচাই করেছেন
guardian-submit = সম্মতি লিখে রাখুন
guardian-withdraw = অভিভাবক সম্মতি ফিরিয়ে নিচ্ছেন
guardian-name-missing = অভিভাবকের নাম লিখুন।
guardian-record-line = { $name } ({ $relation }), যাচাই: { $verification }। লিখেছেন { $who }, { $when }।
guardian-record-withdrawn = ফিরিয়ে নেওয়া হয়েছে, লিখেছেন { $who }, { $when }।

guardian-relation-mother = মা
guardian-relation-father = বাবা
guardian-relation-grandparent = দাদু-দিদা বা ঠাকুমা-ঠাকুরদা
guardian-relation-sibling = বড় ভাই বা বোন
guardian-relation-other_relative = অন্য আত্মীয়
guardian-relation-legal_guardian = আইনি অভিভাবক
guardian-relation-child_welfare_committee = শিশু কল্যাণ সমিতি (CWC)
guardian-verification-identity_document = পরিচয়পত্র দেখে
guardian-verification-known_to_collective = সংঘ তাঁকে সামনাসামনি চেনে
guardian-verification-court_or_cwc_order = আদালত বা শিশু কল্যাণ সমিতির আদেশ দেখে
guardian-verification-other_witnessed = অন্যভাবে, সাক্ষীর সামনে

error-guardian-needed-title = অভিভাবকের সম্মতি দরকার
error-guardian-needed = তাঁর বয়স 18-র কম। আগে তাঁর অভিভাবকের সম্মতি লিখে রাখুন; ততদিন শুধু তাঁর নাম আর কোড রাখা হবে।

## কে আমার তথ্য দেখেছে

access-log-title = কে আমার তথ্য দেখেছে
access-log-intro = অন্য কেউ যতবার আপনার তথ্য খুলেছেন, সব এখানে লেখা আছে: কে, কখন আর কেন। আপনি নিজে যা দেখেছেন, তা এখানে নেই।
access-log-none = অন্য কেউ আপনার তথ্য খোলেননি।
access-log-refused-heading = আপনার সিদ্ধান্তে আটকানো হয়েছে
access-log-refused-intro = এঁরা এমন কিছু দেখতে চেয়েছিলেন, যাতে আপনি রাজি হননি। ধ্রুব তা দেখায়নি।
access-log-refused-none = কাউকে আটকাতে হয়নি।
access-log-latest = শেষ { $count }টি দেখানো হচ্ছে।
access-log-who = { $role } { $username }
access-log-who-operator = ধ্রুব-র পরিচালক (সার্ভারে)
access-log-why = কেন: { $purpose }
access-log-why-refused = আপনি রাজি হননি: { $purpose }
access-log-why-role = কেন: আপনার সংঘের { $role }
access-log-via = { $channel } দিয়ে
access-log-what-view_member_name = আপনার নাম
access-log-what-view_member_personal = আপনার মোবাইল নম্বর, জন্মসাল আর নোট
access-log-what-view_consents = আপনার সিদ্ধান্ত আর তার সাক্ষী
access-log-what-view_guardian_consent = আপনার অভিভাবকের সম্মতি
access-log-what-contact_member = আপনার নাম আর মোবাইল নম্বর
access-log-what-include_in_research = নাম ছাড়া আপনার তথ্য, একটি গবেষণার ফাইলে
access-log-what-refused-view_member_name = আপনার নাম
access-log-what-refused-view_member_personal = আপনার মোবাইল নম্বর, জন্মসাল আর নোট
access-log-what-refused-contact_member = আপনার নাম আর মোবাইল নম্বর
access-log-what-refused-include_in_research = গবেষণার জন্য আপনার তথ্য
access-log-what-refused-use_in_media = সংবাদমাধ্যমের জন্য আপনার নাম
access-log-what-other = আপনার তথ্য
channel-web = ওয়েবসাইট
channel-api = যুক্ত কোনো প্রোগ্রাম
channel-cli = সার্ভার

## মহাসংঘের কাজ (প্রতিটিতে তাঁর সম্মতি লাগে)

federation-contacts-title = যোগাযোগে রাজি সদস্যরা
federation-contacts-intro = শুধু যে সদস্যরা মহাসংঘের যোগাযোগে রাজি, তাঁদের নামই এখানে আছে। যতবার এই তালিকা খোলা হয়, প্রত্যেক সদস্যের খাতায় তা লেখা থাকে।
federation-contacts-none = এখনও কোনো সদস্য যোগাযোগে রাজি হননি।
federation-research-title = গবেষণা
federation-research-count = { $count } জন সদস্য গবেষণায় গোনা হতে রাজি।
federation-research-intro = ডাউনলোডে কোনো নাম, নম্বর বা সদস্য কোড থাকে না: প্রতিবার ডাউনলোডে প্রত্যেক সদস্য একটি নতুন এলোমেলো চিহ্ন পান। এতে থাকা প্রত্যেক সদস্যকে তাঁর খাতায় তা জানানো হয়।
federation-research-download = গবেষণার ফাইল ডাউনলোড করুন (JSON)
federation-media-title = নিজের কথা বলতে রাজি সদস্যরা
federation-media-intro = তাঁরা রাজি যে তাঁদের কথা সংবাদমাধ্যমে ও প্রচারে ব্যবহার হতে পারে। কোনো গল্প বা ছবি ব্যবহারের আগে প্রত্যেককে আবার জিজ্ঞেস করুন।
federation-media-none = এখনও কোনো সদস্য রাজি হননি।
home-federation-uses = যে কাজে সদস্যদের সম্মতি লাগে
column-code = কোড
column-name = নাম
column-phone = মোবাইল নম্বর
column-collective = সংঘ

## গোপনীয়তা বিজ্ঞপ্তি

privacy-title = গোপনীয়তা বিজ্ঞপ্তি
privacy-intro = ধ্রুব চালান বেঁচে ফেরা মেয়েদের সংঘগুলি, তাঁদের নিজেদের জন্য। আপনার তথ্য আপনার। এই পাতায় লেখা আছে ধ্রুব কী রাখে, কেন রাখে, কে তা দেখতে পারেন, কতদিন রাখা হয়, আর আপনি কী করতে পারেন।
privacy-held-heading = ধ্রুব আপনার সম্পর্কে কী রাখে
privacy-held-1 = আপনার সদস্য কোড (যেমন M-7K3Q9H), আপনার সংঘ আর যোগ দেওয়ার তারিখ: যাতে সংঘ জানে কারা তার সদস্য।
privacy-held-2 = আপনার নাম: যাতে আপনার সংঘের নেত্রীরা আপনাকে চেনেন।
privacy-held-3 = আপনি দিলে: আপনার মোবাইল নম্বর, জন্মসাল আর নোট, আপনার কেসে সাহায্যের জন্য।
privacy-held-4 = আপনার সিদ্ধান্ত (কীসে রাজি হয়েছেন আর কবে), আপনার মেন্টর, আর 18-র কম বয়সিদের ক্ষেত্রে তাঁদের অভিভাবকের সম্মতি।
privacy-held-5 = কে আপনার তথ্য খুলেছেন, কখন আর কেন — তার হিসেব।
privacy-who-heading = কে কী দেখতে পান
privacy-who-1 = আপনি নিজের সব তথ্য দেখতে পান।
privacy-who-2 = আপনার সংঘের নেত্রীরা আপনার নাম আর কোড দেখেন। আপনার নম্বর আর নোট দেখেন শুধু আপনি কেসে সাহায্যে রাজি থাকলে।
privacy-who-3 = সহায়ক আপনার কোড দেখেন। আপনার নাম আর তথ্য দেখেন শুধু আপনার নিজের মেন্টর, আর তাও শুধু আপনি মেন্টরিংয়ে রাজি থাকলে।
privacy-who-4 = মহাসংঘ শুধু সংখ্যা দেখে। আপনার নাম বা নম্বর দেখে শুধু সেই কাজে, যাতে আপনি রাজি: যোগাযোগ, গবেষণা (নাম ছাড়া) বা সংবাদমাধ্যম।
privacy-who-5 = যিনি সার্ভার চালান, তিনি শুধু কোড দেখেন — নাম বা নম্বর কখনও নয়।
privacy-how-long-heading = কতদিন রাখা হয়
privacy-how-long = আপনি সদস্য থাকাকালীন আর আপনি চাইলে আপনার তথ্য রাখা হয়। যখন খুশি মুছে ফেলতে বলতে পারেন। কে আপনার তথ্য খুলেছেন, তার হিসেব অন্তত এক বছর রাখা হয়, যাতে অপব্যবহার ধরা যায়।
privacy-safe-heading = কীভাবে সুরক্ষিত রাখা হয়
privacy-safe-1 = আপনার নাম, নম্বর, জন্মসাল আর নোট একটি চাবি দিয়ে তালাবন্ধ (এনক্রিপ্ট) করা থাকে, যে চাবি শুধু আপনার। চাবি ছাড়া তা পড়া যায় না, চুরি যাওয়া কপি থেকেও না।
privacy-safe-2 = আপনার তথ্য মুছলে আপনার চাবি নষ্ট করে দেওয়া হয়, তাই কোনো কপি — পুরনো ব্যাকআপও — আর পড়া যায় না।
privacy-safe-3 = আপনার তথ্য যতবার খোলা হয়, তা এমন খাতায় লেখা হয় যা বদলালে ধরা পড়ে।
privacy-safe-4 = ভাগ করা ফোনে কাজ শেষ হলে লগ আউট করুন। "এখনই বেরিয়ে যান" বোতাম টিপলে সঙ্গে সঙ্গে বেরিয়ে যাবেন।
privacy-rights-heading = আপনার অধিকার
privacy-right-consents = কে কী দেখবেন ঠিক করুন, যখন খুশি বদলান
privacy-right-access-log = দেখুন কে আপনার তথ্য খুলেছেন
privacy-right-my-data = ধ্রুব আপনার সম্পর্কে যা রাখে, সব দেখুন আর ডাউনলোড করুন
privacy-right-correction = সংশোধন চান
privacy-right-grievance = অভিযোগ জানান: 90 দিনের মধ্যে উত্তর দেওয়া হয়
privacy-right-erase = আপনার তথ্য মুছে ফেলুন
privacy-law = এই অধিকারগুলি ভারতের ডিজিটাল ব্যক্তিগত তথ্য সুরক্ষা আইন, 2023 অনুযায়ী। অভিযোগের উত্তর 90 দিনের মধ্যে দেওয়া হয়। আপনি ফোন ব্যবহার করতে না পারলে সংঘের একজন নেত্রী আপনার সঙ্গে বসে এর সবকিছু করে দিতে পারেন।
access-log-what-view_cases = আপনার কেস: তার ধাপ, চিঠি আর কাগজপত্র
access-log-what-refused-view_cases = আপনার কেস
access-log-what-refused-manage_cases = আপনার কেস (বদলানোর জন্য)

## Consent she confirms (issue 9)
consents-pending-heading = আপনার উত্তরের অপেক্ষায়
consents-pending-heading-member = তাঁর উত্তরের অপেক্ষায়
consents-pending-intro = কেউ আপনার হয়ে এই সম্মতিগুলো লিখেছেন। আপনি হ্যাঁ না বলা পর্যন্ত কিছুই বদলাবে না। আপনি রাজি না হয়ে থাকলে না বলুন।
consents-pending-intro-member = তিনি নিজের ফোনে নিশ্চিত করলে তবেই এই সম্মতিগুলো গণ্য হবে। তাঁর ফোনের অ্যাকাউন্ট না থাকলে দলের আরেকজন পদাধিকারী সামনাসামনি, একজন সাক্ষীর উপস্থিতিতে, তাঁর সঙ্গে নিশ্চিত করবেন।
consent-pending-line = { $purpose }, { $method }। লিখেছেন { $who }, { $when }।
consent-pending-confirm = হ্যাঁ, আমি রাজি হয়েছিলাম
consent-pending-refuse = না, আমি রাজি হইনি
consent-pending-for-you = আপনার উত্তরের অপেক্ষায়
consent-pending-for-her = তাঁর উত্তরের অপেক্ষায়
consent-pending-she-confirms = তিনি নিজের ফোনে এটা নিশ্চিত করবেন।
consent-pending-second-officer = সংঘের আরেকজন পদাধিকারী, যিনি এটা লেখেননি, তাঁর সঙ্গে এটা নিশ্চিত করবেন।
consent-pending-second-witness = তিনি যখন নিশ্চিত করলেন তখন কে উপস্থিত ছিলেন
consent-pending-second-confirm = তিনি সামনাসামনি আমাকে এটা নিশ্চিত করেছেন
consent-pending-not-yours = আপনি এটা নিশ্চিত করতে পারবেন না: তিনি নিজে করবেন, অথবা আরেকজন পদাধিকারী তাঁর সঙ্গে করবেন।
consent-record-pending = উত্তরের অপেক্ষায়।
consent-record-confirmed = নিশ্চিত করেছেন { $who }, { $when }।
consent-record-refused = না বলেছেন { $who }, { $when }।
consent-notice = { $count ->
    [one] কেউ আপনার হয়ে একটি সম্মতি লিখেছেন। কে, কখন লিখেছেন দেখুন, আর উত্তর দিন।
   *[other] কেউ আপনার হয়ে { $count }টি সম্মতি লিখেছেন। কে, কখন লিখেছেন দেখুন, আর উত্তর দিন।
}

## A new phone number, confirmed by her leader (issue 9)
phone-change-waiting = আপনি { $date } তারিখে নতুন মোবাইল নম্বর চেয়েছেন। আপনার নেত্রী আপনার নতুন নম্বর নিশ্চিত করবেন; ততদিন আপনার পুরনো নম্বরই থাকবে।
phone-change-refused = { $date } তারিখে আপনি যে নতুন নম্বর চেয়েছিলেন, আপনার নেত্রী তা নিশ্চিত করেননি। তাঁর সঙ্গে কথা বলুন।
phone-change-too-many = আজ আপনি অনেকবার নতুন নম্বর চেয়েছেন। কিছুই রাখা হয়নি। কাল আবার চেষ্টা করুন।
phone-change-title = নিশ্চিত করার জন্য নতুন মোবাইল নম্বর
phone-change-intro = একজন সদস্য নতুন মোবাইল নম্বর চেয়েছেন। তিনি নিজের ফোনে নতুন নম্বরটি আপনাকে দেখালে তবেই নিশ্চিত করুন। ঠিক মনে না হলে নিশ্চিত করবেন না।
phone-change-none = কোনো নতুন নম্বর অপেক্ষায় নেই।
phone-change-request-line = সদস্য { $code } নতুন নম্বর চেয়েছেন, { $when }।
phone-change-confirm = তিনি দেখিয়েছেন: নিশ্চিত করুন
phone-change-refuse = নিশ্চিত করবেন না
phone-change-home = { $count ->
    [one] একজন সদস্যের নতুন মোবাইল নম্বর আপনার নিশ্চিত করার অপেক্ষায়
   *[other] { $count } জন সদস্যের নতুন মোবাইল নম্বর আপনার নিশ্চিত করার অপেক্ষায়
}
