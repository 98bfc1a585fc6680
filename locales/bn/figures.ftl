# Compensation figures as dated releases (issue 9): the date a page's figures are as of, the
# message before the first release, and the analyst's "publish figures now".

figures-as-of = { $date } তারিখের হিসাব
figures-release-note = এই হিসাব সেদিন একবারই করা হয়েছে, আর পরের প্রকাশ পর্যন্ত প্রতিটি পাতায় একই থাকে। তারপর যে দাবি লেখা, বদলানো বা মুছে ফেলা হয়েছে, তা পরের প্রকাশে আসবে।
figures-unpublished = এখনও কোনো হিসাব প্রকাশ করা হয়নি।
figures-publish-heading = হিসাব প্রকাশ করুন
figures-publish-intro = আজ পর্যন্ত লেখা দাবিগুলি থেকে নতুন হিসাব করা হবে, আর তা প্রতিটি পাতায়, জনসাধারণের স্কোর কার্ডের পাতাতেও, এই হিসাবের জায়গা নেবে। নিয়ম অনুযায়ী নির্দিষ্ট সময় অন্তরও (অন্যভাবে ঠিক না করলে প্রতি মাসে) হিসাব প্রকাশ হয়। শেষবার দেখানোর পর উপরের সীমার চেয়ে কম দাবিতে যে সংখ্যা বদলেছে, তা নতুন করে দেখানো হয় না: তখন যেমন ছিল, সেই তারিখ সহ তেমনই দেখানো হয়।
figures-publish = এখনই হিসাব প্রকাশ করুন
figures-earlier = আগের প্রকাশগুলি
# এই প্রকাশে লুকানো সারি, যে শেষ প্রকাশে দেখানো হয়েছিল তার হিসাবে
figures-held-as-of = ({ $date } তারিখের হিসাব)
