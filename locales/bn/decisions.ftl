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
