# ধ্রুব — বাংলা। ইংরেজি ফাইলের প্রতিটি কী এখানে থাকতে হবে (একটি টেস্ট তা দেখে)।
# সহজ, ছোট বাক্য: অনেকে ফোনের পর্দায় পড়তে সবে শিখছেন।

app-name = ধ্রুব
language-self-name = বাংলা
language-switch-label = ভাষা:
quick-exit = এখনই বেরিয়ে যান

## মেনু

nav-label = প্রধান মেনু
nav-home = মূল পাতা
nav-collectives = সংঘ
nav-profile = আমার প্রোফাইল
nav-logout = লগ আউট

## লগ ইন

login-title = লগ ইন
login-name-label = ইউজারনেম বা মোবাইল নম্বর
login-name-hint = ধ্রুব-র জন্য আপনাকে যে নাম বা 10 সংখ্যার মোবাইল নম্বর দেওয়া হয়েছে।
login-password-label = পাসওয়ার্ড
login-submit = লগ ইন করুন
login-shared-phone-note = অন্যের সঙ্গে ভাগ করা ফোনে ব্রাউজারকে পাসওয়ার্ড মনে রাখতে দেবেন না। কাজ শেষ হলে লগ আউট করুন।
login-failed = ইউজারনেম, মোবাইল নম্বর বা পাসওয়ার্ড ঠিক নয়। আবার চেষ্টা করুন।
login-throttled = অনেকবার চেষ্টা করা হয়েছে। { $minutes } মিনিট অপেক্ষা করে আবার চেষ্টা করুন।

## মূল পাতা

home-title = মূল পাতা
home-signed-in-as = আপনি { $role } হিসেবে লগ ইন করেছেন।
home-no-role = আপনার অ্যাকাউন্টে এখনও কোনো ভূমিকা দেওয়া হয়নি। আপনার সংঘের নেত্রী বা প্রশাসককে জিজ্ঞেস করুন।
home-registry = এক নজরে মহাসংঘ
home-all-collectives = সব সংঘ দেখুন
home-your-collectives = আপনার সংঘ
home-my-profile = আমার প্রোফাইল দেখুন
count-collectives = সংঘ
count-members = সদস্য
count-accounts = অ্যাকাউন্ট

## সংঘ

collectives-title = সংঘগুলি
collectives-none = আপনার দেখার মতো কোনো সংঘ এখনও নেই।
collective-title = সংঘ
collective-kind = সদস্যরা যে পাচার থেকে বেঁচে ফিরেছেন
collective-stage = পর্যায়
collective-place = জেলা
collective-founded = শুরু হয়েছে
collective-partners = সহায়তায়
collective-members-heading = { $count } জন সদস্য
collective-no-members = এখনও কোনো সদস্য নেই।
collective-names-hidden = নাম শুধু সেখানেই দেখানো হয়, যেখানে সদস্য নিজে সম্মতি দিয়েছেন।

## সদস্য

member-title = সদস্য
member-code-label = সদস্য কোড
member-collectives = সংঘ
member-since = { $date } থেকে
member-until = { $date } পর্যন্ত
member-edit = তাঁর তথ্য সংশোধন করুন
value-not-given = দেওয়া হয়নি

field-name = নাম
field-phone = মোবাইল নম্বর
field-birth-year = জন্মসাল
field-notes = নোট
field-languages = ভাষা
field-office = পদ
field-joined-on = যোগ দেওয়ার তারিখ

## আমার প্রোফাইল

profile-title = আমার প্রোফাইল
profile-edit = আমার তথ্য সংশোধন করুন
profile-account = আমার অ্যাকাউন্ট
profile-username = ইউজারনেম
profile-roles = ভূমিকা
profile-logout-everywhere = সব ফোন থেকে লগ আউট করুন
profile-logout-everywhere-note = অন্য কোনো ফোনে কেউ আপনার অ্যাকাউন্ট ব্যবহার করে থাকতে পারেন মনে হলে, এটি সব জায়গা থেকে লগ আউট করে দেবে।

## তথ্য সংশোধন

edit-title = তথ্য সংশোধন
edit-save = সংরক্ষণ করুন
edit-cancel = বাতিল করুন

## ঘরের ভুল

field-error-name-missing = তাঁর নাম লিখুন।
field-error-name-too-long = নাম বড়জোর 200 অক্ষরের হতে পারে।
field-error-phone-length = মোবাইল নম্বরে 10টি সংখ্যা থাকে।
field-error-phone-prefix = মোবাইল নম্বর 6, 7, 8 বা 9 দিয়ে শুরু হয়।
field-error-phone-character = মোবাইল নম্বরে শুধু সংখ্যা লিখুন (শুরুতে +91 থাকলে অসুবিধা নেই)।
field-error-birth-year = জন্মসাল 1900 থেকে এই বছরের মধ্যে হতে হবে।
field-error-not-a-number = একটি সংখ্যা লিখুন, যেমন 1995।
field-error-notes-too-long = নোট বড়জোর 5000 অক্ষরের হতে পারে।
field-error-language = এই ভাষাটি ধ্রুব চেনে না।
field-error-office = এটি সংঘের কোনো পদ নয়।
field-error-future-date = এই তারিখ এখনও আসেনি।
field-error-date = তারিখ বছর-মাস-দিন এভাবে লিখুন, যেমন 2026-11-24।

## ভুল: শিরোনাম আর এখন কী করবেন

error-go-home = মূল পাতায় যান
error-not-found-title = পাওয়া যায়নি
error-not-found = এই পাতাটি পাওয়া যায়নি। হয়তো এটি নেই, অথবা এটি আপনার দেখার জন্য নয়।
error-sign-in-title = লগ ইন করুন
error-sign-in = আগে লগ ইন করুন।
error-forbidden-title = অনুমতি নেই
error-forbidden = আপনি এটি দেখতে পারেন, কিন্তু বদলাতে পারেন না। আপনার এই অনুমতি থাকা উচিত মনে হলে সংঘের নেত্রীকে জিজ্ঞেস করুন।
error-csrf-title = পাতার সময় পেরিয়ে গেছে
error-csrf = পাতাটি অনেকক্ষণ খোলা ছিল। পিছনে গিয়ে পাতাটি আবার খুলুন, তারপর আরেকবার চেষ্টা করুন।
error-cross-site-title = অনুরোধ গ্রহণ করা হয়নি
error-cross-site = এই অনুরোধটি অন্য একটি ওয়েবসাইট থেকে এসেছে, তাই গ্রহণ করা হয়নি। সরাসরি ধ্রুব খুলে আবার চেষ্টা করুন।
error-invalid-title = একবার দেখে নিন
error-invalid = কিছু তথ্য ঠিক করতে হবে। প্রতিটি ঘরের নিচের লেখাটি দেখুন।
error-bad-request-title = বোঝা যায়নি
error-bad-request = যা পাঠানো হয়েছে তা বোঝা যায়নি। পিছনে গিয়ে আবার চেষ্টা করুন।
error-conflict-title = আগেই নথিভুক্ত
error-conflict = এটি আগেই নথিভুক্ত আছে। এই মোবাইল নম্বরে হয়তো আগে থেকেই একজন সদস্য আছেন।
error-internal-title = কোথাও একটা সমস্যা হয়েছে
error-internal = আমাদের দিকে কোথাও একটা সমস্যা হয়েছে। আপনার তথ্য নিরাপদ আছে। কয়েক মিনিট পরে আবার চেষ্টা করুন।

## সংকেত-মান

trafficking-kind-sex = যৌন পাচার
trafficking-kind-labour = জোরপূর্বক শ্রম
trafficking-kind-domestic_servitude = গৃহকাজে দাসত্ব
trafficking-kind-adoption = দত্তকের নামে পাচার
trafficking-kind-organ_trade = অঙ্গ পাচার
trafficking-kind-mixed = একাধিক ধরন

stage-peer_group = সাথী দল
stage-collective = সংঘ
stage-registered_organisation = নথিভুক্ত সংস্থা

office-president = সভানেত্রী
office-secretary = সম্পাদক
office-treasurer = কোষাধ্যক্ষ
office-core_team = মূল দল

language-en = ইংরেজি
language-bn = বাংলা
language-hi = হিন্দি
language-te = তেলুগু

role-member = সদস্য
role-leader = নেত্রী
role-facilitator = সহায়ক
role-analyst = মহাসংঘের বিশ্লেষক
role-admin = প্রশাসক

## মাস

month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

# issue 9 low findings

login-wait-seconds = অনেকবার ভুল চেষ্টা হয়েছে। { $seconds } সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।
federation-research-generalised = প্রতিটি সারি জায়গা, ভাষা আর যোগ দেওয়ার বছরে অন্তত { $k }টি সারির মতো দেখায়: তা না হওয়া পর্যন্ত এগুলো চওড়া করা হয় (সংঘের বদলে জেলা, একটি বছরের বদলে কয়েক বছর), আর তবুও যাঁকে আলাদা করে চেনা যাবে তাঁকে ফাইলে রাখা হয় না।

# issue 10 forms

field-error-text-missing = এখানে কিছু লিখুন।
field-error-text-too-long = লেখাটি খুব লম্বা: একটু ছোট করুন।
field-error-text-control = এতে এমন একটি অক্ষর আছে যা রাখা যায় না। আবার লিখুন।
field-error-before-round = এই তারিখটি পর্ব শুরু হওয়ার আগের। পর্ব শুরুর দিন বা তার পরের তারিখ দিন।
field-error-no-attendance = কতজন এসেছিলেন লিখুন: অন্তত একজন।
field-error-before-hearing = পরের তারিখ শুনানির আগে হতে পারে না।
field-error-count = কতজন এসেছিলেন তা পূর্ণ সংখ্যায় লিখুন, যেমন 12।

# issue 10 I
error-too-large-title = একবারে অনেক বেশি
error-too-large = যা পাঠানো হয়েছে তা এই পাতার সীমার চেয়ে বড়, তাই তার কিছুই রাখা হয়নি। ফিরে গিয়ে লেখা ছোট করুন বা ছোট ফাইল পাঠান, তারপর আবার চেষ্টা করুন।
error-method-title = এখানে এটা করা যায় না
error-method = এই ঠিকানা এই ধরনের অনুরোধ নেয় না। ফিরে গিয়ে পাতার নিজের বোতামগুলি ব্যবহার করুন।
error-uri-too-long-title = ঠিকানা খুব লম্বা
error-uri-too-long = ঠিকানাটি পড়ার পক্ষে খুব লম্বা। ফিরে গিয়ে আবার চেষ্টা করুন, বা হোম পাতা থেকে শুরু করুন।
error-headers-too-large-title = অনুরোধটি পড়া গেল না
error-headers-too-large = আপনার ব্রাউজার যতটা পাঠিয়েছে তা আমরা পড়তে পারি না। ধ্রুবর ট্যাবগুলি বন্ধ করে আবার খুলুন এবং আরেকবার চেষ্টা করুন।
