# First start, the coordinator, collectives and partners from pages (issue 11).

# The federation coordinator's role, as the other roles' labels (role-*) in dhruva.ftl.
role-coordinator = फ़ेडरेशन समन्वयक
