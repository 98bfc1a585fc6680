# First start, the coordinator, collectives and partners from pages (issue 11).

# The federation coordinator's role, as the other roles' labels (role-*) in dhruva.ftl.
role-coordinator = ফেডারেশনের সমন্বয়ক

## নতুন সংঘ (/collectives/new)

setup-collective-new = একটি সংঘ যোগ করুন
setup-collective-name = সংঘের নাম
setup-collective-save = সংঘটি যোগ করুন
setup-error-name = সংঘের নাম লিখুন।
setup-error-district = তালিকা থেকে জেলা বেছে নিন।
setup-error-kind = সদস্যরা কীসের থেকে বেঁচে ফিরেছেন, তা বেছে নিন।
setup-error-stage = সংঘটি কোন পর্যায়ে আছে, তা বেছে নিন।
setup-error-founded = শুরু হওয়ার তারিখ লিখুন, আজকের পরের নয় (অথবা খালি রাখুন)।
setup-error-duplicate = এই নামে একটি সংঘ আগে থেকেই আছে। অন্য নাম বেছে নিন।
