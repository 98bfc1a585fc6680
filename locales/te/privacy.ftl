## Consent, mentors, guardians, "who saw my data" and the privacy notice (issue 3).
