# Confirmation pages for steps that cannot be taken back (closing and publishing a round, a case's final
# states) and the short undo of her own case move (issue 10).

## Closing a round's rating
decide-close-heading = মূল্যায়ন বন্ধ করবেন?
decide-close-stops = মূল্যায়ন বন্ধ হলে এই পর্বে আর কেউ মূল্যায়ন করতে পারবেন না। এটি আর ফেরানো যায় না।
decide-close-card-now = স্কোর কার্ড এখনই তৈরি হবে, এ পর্যন্ত দেওয়া মূল্যায়ন থেকে: { $members } জন সদস্যের মধ্যে { $rated } জন মূল্যায়ন করেছেন।
decide-close-who = প্রকাশ না করা পর্যন্ত কার্ডটি শুধু এই পর্বের সংঘগুলি আর তাদের সহযোগী সংস্থা দেখতে পায়।
decide-close-button = হ্যাঁ, মূল্যায়ন বন্ধ করুন
## Publishing a round's score card
decide-publish-heading = স্কোর কার্ড প্রকাশ করবেন?
decide-publish-public = প্রকাশ করলে স্কোর কার্ডটি সবার জন্য খোলা হয়ে যায়: যাঁর কাছে এর লিঙ্ক আছে তিনিই লগ ইন না করে পড়তে পারেন — আধিকারিক, সাংবাদিক, যে কেউ। এটি প্রকাশিত স্কোর কার্ডের পাতাতেও দেখা যাবে।
decide-publish-federation = মহাসংঘের বার্ষিক স্কোর কার্ডেও এটি গোনা হবে।
decide-publish-final = প্রকাশিত কার্ড আর ফিরিয়ে নেওয়া যায় না।
decide-publish-withheld = কার্ডের { $total }টি অংশের মধ্যে { $withheld }টি লুকানো থাকবে, কারণ { $k } জনের কম মানুষ সেগুলি মূল্যায়ন করেছেন।
decide-publish-mostly-withheld = এই কার্ডের বেশির ভাগই লুকানো থাকবে: { $total }টি অংশের মধ্যে { $withheld }টি, কারণ { $k } জনের কম মানুষ সেগুলি মূল্যায়ন করেছেন। সাধারণ মানুষ প্রায় কিছুই দেখতে পাবেন না। প্রকাশের আগে সংঘের সঙ্গে কথা বলে নিতে পারেন।
decide-publish-button = হ্যাঁ, স্কোর কার্ড প্রকাশ করুন
decide-not-now = না, পর্বের পাতায় ফিরে যান
decide-round-already = এই ধাপটি আগেই নেওয়া হয়ে গেছে (হয়তো বোতামে দু'বার চাপ পড়েছে)। পর্বটি এখন: { $status }।

## Her "my data" page names the undo (an audit action, read as rights-event-<code>)
rights-event-case_move_undone = আপনার একটি কেসের ধাপ বদল ফিরিয়ে নেওয়া হয়েছে

## Her case page: where it is and what happens next
decide-case-now = কেস এখন কোথায়
decide-case-next-date = পরের তারিখ: { $date } — { $what }
decide-case-no-date = সামনে কোনো তারিখ নেই।
decide-case-next-steps = এরপর যা হতে পারে: { $steps }
decide-case-over = এই কেস শেষ হয়ে গেছে: এতে আর কিছু হবে না।
decide-case-update = এই কেসে নতুন খবর লিখুন
decide-case-about = কেসের বিবরণ
decide-case-back = কেসে ফিরে যান
decide-case-asks-first = এটি করার আগে আপনাকে একবার নিশ্চিত করতে বলা হবে।
## Confirming a move that ends the case or records a "no"
decide-case-confirm-heading = কেসটি "{ $state }" ধাপে নেবেন?
decide-case-confirm-final = "{ $state }" ধাপের পরে কেসটি শেষ: এতে আর কোনো ধাপ লেখা যাবে না।
decide-case-confirm-stops = এই তারিখগুলি থেমে যাবে, আর কেসটি সময় পেরোনো তালিকা থেকে সরে যাবে: { $dates }
decide-case-confirm-date = { $what } ({ $date } পর্যন্ত)
decide-case-confirm-undo = ভুল হলে কেসের পাতা থেকে { $minutes } মিনিটের মধ্যে এটি ফিরিয়ে নিতে পারবেন।
decide-case-confirm-button = হ্যাঁ, "{ $state }" ধাপে নিন
decide-case-confirm-cancel = না, ফিরে যান
## Undoing her own move
decide-undo-line = আপনি কেসটি "{ $from }" থেকে "{ $to }" ধাপে নিয়েছেন। ভুল হয়ে থাকলে ফিরিয়ে নিতে পারেন।
decide-undo-left = আর প্রায় { $minutes } মিনিট বাকি।
decide-undo-button = এই বদল ফিরিয়ে নিন
decide-undo-done = বদলটি ফিরিয়ে নেওয়া হয়েছে: কেস আর তার তারিখগুলি আগের মতো আছে।
decide-undo-expired = এই বদল আর ফেরানো যাবে না: শুধু { $minutes } মিনিটের মধ্যেই ফেরানো যায়। দরকার হলে কেসটি আবার সাধারণ ভাবে এগিয়ে নিন।
decide-undo-not-yours = যিনি এই বদল করেছেন, শুধু তিনিই এটি ফিরিয়ে নিতে পারেন।
decide-undo-later = এই বদল আর ফেরানো যাবে না: এর পরে কেসে আরও কিছু লেখা হয়েছে।
decide-undo-nothing = এখানে ফিরিয়ে নেওয়ার মতো কোনো বদল নেই।
decide-timeline-undo = বদল ফিরিয়ে নেওয়া হয়েছে: "{ $from }" থেকে আবার "{ $to }"
decide-timeline-undone = এই বদলটি পরে ফিরিয়ে নেওয়া হয়েছে।
