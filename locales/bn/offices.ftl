# পদ ও সদস্যপদ (issue 11): পদের মেয়াদ তারিখসহ, পদ হস্তান্তর, সদস্যপদ শেষ, অন্য সংঘে যাওয়া, ফিরে আসা।
# পদের নাম office-<code> (dhruva.ftl)।

## তাঁর "আমার তথ্য" পাতায় এই অডিট কাজগুলির নাম (rights-event-<code>)
rights-event-office_handed_over = আপনার সংঘের একটি পদ আপনাকে হস্তান্তর করা হয়েছে
rights-event-office_term_ended = একটি পদে আপনার মেয়াদ শেষ হয়েছে

## /collectives/{id}/offices
offices-title = পদ
offices-link = পদ
offices-intro = কোন পদে কে আছেন, কবে থেকে। সভানেত্রী, সম্পাদক বা কোষাধ্যক্ষ যতদিন পদে থাকেন, ততদিন ধ্রুব-তে সংঘের নেত্রী।
offices-current = এখন কে কোন পদে
offices-nobody = এখনও কেউ নেই
offices-history = ইতিহাস
offices-history-none = এখনও কোনো পদ লেখা হয়নি।
offices-term-open = { $since } থেকে
offices-term-closed = { $since } থেকে { $until } পর্যন্ত
offices-term-planned = { $since } থেকে শুরু হবে
offices-handover-link = পদ হস্তান্তর করুন
offices-end-term-until = এই পদ ছাড়া প্রথম দিন
offices-end-term-button = এই মেয়াদ শেষ করুন
offices-former-title = প্রাক্তন সদস্য
offices-former-intro = এঁরা এই সংঘ ছেড়ে গেছেন। কাউকে ফিরিয়ে নিতে তাঁর নাম খুলুন।

## হস্তান্তরের ফর্ম ও যাচাই
offices-handover-title = পদ হস্তান্তর করুন
offices-handover-intro = আপনি যে তারিখ বেছে নেবেন, সেদিন থেকে নতুন পদাধিকারী পদ নেবেন। আগে যিনি পদে ছিলেন, তিনি সেদিন থেকে আর থাকবেন না।
offices-field-office = পদ
offices-field-member = কে পদ নেবেন
offices-field-from = কোন তারিখ থেকে
offices-choose-member = একজন সদস্য বেছে নিন
offices-next = এরপর: যাচাই করুন
offices-confirm-title = হস্তান্তর যাচাই করুন
offices-confirm-new = { $date } থেকে { $member } হবেন { $office }।
offices-confirm-former = { $member } ততদিন পদে থাকবেন, সেদিন থেকে আর থাকবেন না।
offices-confirm-nobody = এখন এই পদে কেউ নেই।
offices-confirm-core = মূল দলে কয়েকজন থাকতে পারেন: কাউকে সরতে হবে না।
offices-confirm-access = সেদিন থেকে তিনি ধ্রুব-তে সংঘের নেত্রী হবেন, আগের পদাধিকারী আর থাকবেন না।
offices-confirm-button = হ্যাঁ, হস্তান্তর করুন
offices-change = কিছু বদলান

## /members/{id}/membership
offices-membership-title = সদস্যপদ
offices-membership-link = সদস্যপদ: শেষ করা, অন্য সংঘে যাওয়া, ফিরে আসা
offices-membership-history = তাঁর সদস্যপদ
offices-membership-offices = তাঁর পদ
offices-membership-none = কোনো সদস্যপদ লেখা নেই।
offices-membership-since = { $date } থেকে সদস্য
offices-membership-span = { $since } থেকে { $until } পর্যন্ত
offices-reason-moved = অন্য সংঘে চলে গেছেন
offices-reason-left = সংঘ ছেড়ে গেছেন
offices-reason-passed_away = মারা গেছেন
offices-reason-other = অন্য কারণ
offices-moved-to = { $collective } সংঘে চলে গেছেন
offices-end-title = তাঁর সদস্যপদ শেষ করুন
offices-end-help = এই সংঘে তাঁর পদগুলিও সেই দিনেই শেষ হবে।
offices-field-until = যেদিন থেকে তিনি আর সদস্য নন
offices-field-reason = কেন
offices-choose-reason = একটি কারণ বেছে নিন
offices-end-button = সদস্যপদ শেষ করুন
offices-move-title = তিনি অন্য সংঘে যাচ্ছেন
offices-move-help = এখানে তাঁর সদস্যপদ শেষ হবে আর সেই দিনেই নতুনটি শুরু হবে। তখন অন্য সংঘের নেত্রীরা তাঁদের তালিকায় তাঁকে দেখবেন।
offices-field-to = কোন সংঘে
offices-choose-collective = একটি সংঘ বেছে নিন
offices-field-on = কোন তারিখ থেকে
offices-move-button = তাঁকে সেখানে পাঠান
offices-rejoin-title = তিনি ফিরে আসছেন
offices-field-since = কোন তারিখ থেকে
offices-rejoin-button = তাঁকে ফিরিয়ে নিন
offices-collective-label = সংঘ: { $collective }

## ঘরের পাশে ভুলের কথা
offices-error-not-member = সেই তারিখে তিনি এই সংঘের সদস্য নন। এই সংঘের একজন সদস্য বেছে নিন।
offices-error-before-term = এখনকার পদাধিকারীর মেয়াদ যেদিন শুরু হয়েছে, তার পরের একটি তারিখ বেছে নিন।
offices-error-before-membership = তাঁর সদস্যপদ যেদিন শুরু হয়েছে (ফিরে আসার জন্য, যেদিন শেষ হয়েছে), তার পরের একটি তারিখ বেছে নিন।
offices-error-already-holds = তিনি আগে থেকেই এই পদে আছেন।
offices-error-office-held = এই পদে আগে থেকেই একজন আছেন। সংঘের পদের পাতায় পদ হস্তান্তর করুন।
offices-error-already-member = তিনি আগে থেকেই সেই সংঘের সদস্য।
offices-error-too-far-ahead = এই তারিখ অনেক দূরে: আজ থেকে 92 দিনের মধ্যে একটি তারিখ বেছে নিন।
offices-error-collective = তালিকা থেকে একটি সংঘ বেছে নিন।
offices-error-reason = তালিকা থেকে একটি কারণ বেছে নিন।
