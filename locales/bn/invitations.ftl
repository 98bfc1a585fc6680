# Accounts by invitation: activation codes, /activate, her own password (issue 11).

## Her "my data" page names these audit actions (read as rights-event-<code>)
rights-event-activation_code_issued = আপনার পাসওয়ার্ড ঠিক করার জন্য একটি কোড তৈরি হয়েছে (নতুন করে)
rights-event-account_activated = কোড দিয়ে আপনার পাসওয়ার্ড ঠিক করা হয়েছে

## /activate: the code and a new password
invite-title = কোড দিয়ে পাসওয়ার্ড ঠিক করুন
invite-intro = আপনার নেত্রী আপনাকে একটি কোড দিয়েছেন। এখানে কোডটি লিখুন আর নিজের পাসওয়ার্ড বেছে নিন।
invite-code-label = আপনার কোড
invite-code-hint = 10টি অক্ষর আর সংখ্যা, যেমন ACDE-FGHJ-KM। ছোট বা বড় হাতের অক্ষর, ফাঁক আর ড্যাশে কিছু যায় আসে না।
invite-password-label = নতুন পাসওয়ার্ড
invite-password-hint = অন্তত 10টি অক্ষর। মনে রাখতে পারেন এমন কয়েকটি শব্দ ভালো।
invite-password-again-label = নতুন পাসওয়ার্ড আবার
invite-submit = আমার পাসওয়ার্ড ঠিক করুন
invite-wrong-code = এই কোডটি ঠিক নয়, আগেই ব্যবহার হয়ে গেছে বা মেয়াদ ফুরিয়েছে। দেখে নিন, বা নেত্রীর কাছে নতুন কোড চান।
invite-passwords-differ = দুটি পাসওয়ার্ড এক নয়। আবার লিখুন।
invite-password-too-short = পাসওয়ার্ডে অন্তত 10টি অক্ষর লাগে।
invite-password-too-long = এই পাসওয়ার্ডটি খুব লম্বা।
invite-activated = আপনার পাসওয়ার্ড ঠিক হয়েছে। এখন এটি দিয়ে লগ ইন করুন।
invite-have-code = নেত্রীর কাছ থেকে কোড পেয়েছেন? পাসওয়ার্ড ঠিক করুন

## A leader gives a member a code (her member page)
invite-give-code = লগ ইন করার জন্য ওঁকে একটি কোড দিন
invite-give-code-note = নতুন কোড দিলে আগের কোড আর চলে না। কোড একবারই চলে, 72 ঘণ্টা পর্যন্ত।
invite-code-title = ওঁর লগ ইনের কোড
invite-code-shown-once = কোডটি ওঁকে পড়ে শোনান, বা লিখে দিন। এটি শুধু এই একবারই দেখানো হবে।
invite-code-expires = { $when } পর্যন্ত চলবে।
invite-code-username = ওঁর লগ ইন নাম: { $username } (বা ওঁর ফোন নম্বর)।
invite-code-where = কোডটি উনি লিখবেন এখানে: { $address }
invite-back-to-member = ওঁর পাতায় ফিরে যান

## Her own password (/profile/password)
invite-own-title = আমার পাসওয়ার্ড বদলান
invite-own-current-label = এখনকার পাসওয়ার্ড
invite-own-wrong-current = আপনার এখনকার পাসওয়ার্ড ঠিক নয়।
invite-own-done = আপনার পাসওয়ার্ড বদলানো হয়েছে।
