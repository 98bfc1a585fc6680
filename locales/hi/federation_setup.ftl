# First start, the coordinator, collectives and partners from pages (issue 11).

# The federation coordinator's role, as the other roles' labels (role-*) in dhruva.ftl.
role-coordinator = फ़ेडरेशन समन्वयक

## नया संघ (/collectives/new)

setup-collective-new = एक संघ जोड़ें
setup-collective-name = संघ का नाम
setup-collective-save = संघ जोड़ें
setup-error-name = संघ का नाम लिखें।
setup-error-district = सूची से ज़िला चुनें।
setup-error-kind = चुनें कि सदस्य किससे बचकर निकली हैं।
setup-error-stage = उसका चरण चुनें।
setup-error-founded = शुरू होने की तारीख़ लिखें, आज के बाद की नहीं (या खाली छोड़ें)।
setup-error-duplicate = इस नाम का संघ पहले से है। कोई दूसरा नाम चुनें।
