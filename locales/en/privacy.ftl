## Consent, mentors, guardians, "who saw my data" and the privacy notice (issue 3).

footer-privacy = Privacy: what Dhruva keeps and your rights
login-privacy-link = How Dhruva keeps your information safe
time-late-night = am
time-morning = am
time-afternoon = pm
time-late-afternoon = pm
time-evening = pm
time-night = pm
date-time = { $date }, { $time } { $period }

## What each purpose allows: a title and who will see what, in plain words

purpose-case_support = Help with my cases
purpose-case_support-who = The leaders of my collective may see my mobile number, year of birth and notes, to help with my applications and cases.
purpose-mentoring = Mentoring
purpose-mentoring-who = My mentor, a facilitator from the partner organisation, may see my name, mobile number, year of birth and notes. Other staff may not.
purpose-research = Research
purpose-research-who = The federation may count me in studies. Researchers get only my collective, district, languages and the year I joined — never my name, number or code.
purpose-media = Media and campaigns
purpose-media-who = The leaders of my collective and the federation may see my name on a list of members willing to share their story in media and campaigns. They will still ask me before using any story or photo.
purpose-federation_contact = Contact by the federation
purpose-federation_contact-who = The federation's team may see my name and mobile number to call me about meetings and campaigns.

consent-method-in_app = on Dhruva
consent-method-verbal = by word of mouth
consent-method-paper = on paper

## My choices (consent)

consents-title = My choices
consents-member-title = Her choices
consents-intro = You decide who may see what. Each choice counts from the next page anyone opens. You can change it at any time.
consents-member-intro = She decides who may see what. Record here what she agreed to by word of mouth or on paper; she sees it on her phone and can stop it.
consent-yes = Yes, since { $date }
consent-no = No
consent-grant = Yes, I agree
consent-withdraw = Stop
consent-withdraw-for-her = Stop (she asked)
consent-guardian-needed = You are under 18. A leader of your collective must first record your guardian's agreement. Until then Dhruva keeps only your name and your code.
consent-guardian-needed-member = She is under 18. Her guardian's agreement must be recorded before anything more is kept.
consents-history = Every record
consents-history-none = Nothing recorded yet.
consent-record-line = { $purpose }: yes, { $method }. Recorded by { $who }, { $when }.
consent-record-witness = Witness: { $witness }
consent-record-withdrawn = Stopped by { $who }, { $when }.
consent-recorded-by-you = you
consent-recorded-by-operator = Dhruva's operator
consents-record-heading = Record an agreement given in person
consents-record-purpose = What she agreed to
consents-record-method = How she said it
consents-record-witness = Name of the witness
consents-record-witness-hint = Who was there when she agreed. This name is stored locked, like hers.
consents-record-submit = Record her agreement
consents-record-witness-missing = Please write the name of the witness.
consents-links = More about your data
link-access-log = Who saw my data
link-mentors = My mentor
link-privacy = Privacy notice
link-back = Back
member-link-consents = Her choices
member-link-mentors = Her mentor
member-link-guardian = Guardian (under 18)

## Mentors

mentors-title = Mentor
mentors-intro = A mentor is a facilitator from the partner organisation who supports her. With her agreement to mentoring, only her mentor may see her details.
mentors-current = Current mentor
mentors-none = No mentor yet.
mentors-since = since { $when }
mentors-ended = { $from } to { $until }
mentors-past = Earlier mentors
mentors-choose = Choose a mentor
mentors-no-candidates = No facilitator of a partner organisation is available.
mentors-assign = Make this person the mentor
mentors-end = End mentoring

## Guardian's consent (under 18)

guardian-title = Guardian's agreement
guardian-intro = A member under 18 needs her guardian's agreement before Dhruva keeps more than her name and code.
guardian-status-adult = She is not marked as under 18.
guardian-status-needed = She is under 18. No guardian's agreement is recorded yet: only her name and code are kept.
guardian-status-given = She is under 18. Her guardian's agreement is recorded.
guardian-mark-minor = Mark her as under 18
guardian-mark-adult = She is 18 now
guardian-record-heading = Record her guardian's agreement
guardian-name = Guardian's name
guardian-relation = Relation to her
guardian-verification = How you checked who the guardian is
guardian-submit = Record the agreement
guardian-withdraw = The guardian withdraws the agreement
guardian-name-missing = Please write the guardian's name.
guardian-record-line = { $name } ({ $relation }), checked by { $verification }. Recorded by { $who }, { $when }.
guardian-record-withdrawn = Withdrawn by { $who }, { $when }.

guardian-relation-mother = mother
guardian-relation-father = father
guardian-relation-grandparent = grandparent
guardian-relation-sibling = elder brother or sister
guardian-relation-other_relative = other relative
guardian-relation-legal_guardian = legal guardian
guardian-relation-child_welfare_committee = Child Welfare Committee
guardian-verification-identity_document = an identity document
guardian-verification-known_to_collective = known in person to the collective
guardian-verification-court_or_cwc_order = a court or Child Welfare Committee order
guardian-verification-other_witnessed = another check, with a witness

error-guardian-needed-title = Guardian's agreement needed
error-guardian-needed = She is under 18. Record her guardian's agreement first; until then only her name and code are kept.

## Who saw my data

access-log-title = Who saw my data
access-log-intro = Every time someone else opened your information, it is listed here: who, when and why. Your own visits are not listed.
access-log-none = No one else has opened your information.
access-log-refused-heading = Stopped by your choices
access-log-refused-intro = These people tried to see something you had not agreed to. Dhruva did not show it.
access-log-refused-none = No one was stopped.
access-log-latest = Showing the latest { $count }.
access-log-who = { $role } { $username }
access-log-who-operator = Dhruva's operator (on the server)
access-log-why = Why: { $purpose }
access-log-why-refused = You had not agreed to: { $purpose }
access-log-why-role = Why: { $role } of your collective
access-log-via = via { $channel }
access-log-what-view_member_name = Your name
access-log-what-view_member_personal = Your mobile number, year of birth and notes
access-log-what-view_consents = Your choices and who witnessed them
access-log-what-view_guardian_consent = Your guardian's agreement
access-log-what-contact_member = Your name and mobile number
access-log-what-include_in_research = Your record without your name, in a research file
access-log-what-refused-view_member_name = Your name
access-log-what-refused-view_member_personal = Your mobile number, year of birth and notes
access-log-what-refused-contact_member = Your name and mobile number
access-log-what-refused-include_in_research = Your record for research
access-log-what-refused-use_in_media = Your name for media
access-log-what-other = Your information
channel-web = the website
channel-api = a connected program
channel-cli = the server

## Federation uses (each needs her agreement)

federation-contacts-title = Members who agreed to be contacted
federation-contacts-intro = Only members who agreed to contact by the federation are listed. Each time this list is opened, each member's log shows it.
federation-contacts-none = No member has agreed to be contacted yet.
federation-research-title = Research
federation-research-count = { $count ->
    [one] One member agreed to be counted in research.
   *[other] { $count } members agreed to be counted in research.
}
federation-research-intro = The download holds no name, number or member code: each member gets a new random label in every download. Each member in it is told in her log.
federation-research-download = Download the research file (JSON)
federation-media-title = Members willing to share their story
federation-media-intro = They agreed that their story may be used in media and campaigns. Ask each of them again before using any story or photo.
federation-media-none = No member has agreed yet.
home-federation-uses = Uses that need members' agreement
column-code = Code
column-name = Name
column-phone = Mobile number
column-collective = Collective

## Privacy notice

privacy-title = Privacy notice
privacy-intro = Dhruva is run by and for collectives of survivors. Your information belongs to you. This page says what Dhruva keeps, why, who can see it, for how long, and what you can do.
privacy-held-heading = What Dhruva keeps about you
privacy-held-1 = Your member code (like M-7K3Q9H), your collectives and the dates you joined: so your collective knows who is in it.
privacy-held-2 = Your name: so the leaders of your collective know you.
privacy-held-3 = If you give them: your mobile number, year of birth and notes, for help with your cases.
privacy-held-4 = Your choices (what you agreed to and when), your mentor, and for members under 18 their guardian's agreement.
privacy-held-5 = A record of who opened your information, when and why.
privacy-who-heading = Who can see what
privacy-who-1 = You can see everything about you.
privacy-who-2 = Leaders of your collective see your name and code. They see your number and notes only if you agreed to help with your cases.
privacy-who-3 = A facilitator sees your code. Only your own mentor sees your name and details, and only if you agreed to mentoring.
privacy-who-4 = The federation sees counts. It sees your name or number only for the uses you agreed to: contact, research (without your name) or media.
privacy-who-5 = The person who runs the server sees codes only, never names or numbers.
privacy-how-long-heading = How long
privacy-how-long = Your information is kept while you are a member and want it kept. You can ask for it to be deleted at any time. The record of who opened your information is kept for at least one year, so that misuse can be found.
privacy-safe-heading = How it is kept safe
privacy-safe-1 = Your name, number, year of birth and notes are locked (encrypted) with a key that is yours alone. Without the key they cannot be read, not even from a stolen copy.
privacy-safe-2 = Deleting your data destroys your key, so every copy, even old backups, can no longer be read.
privacy-safe-3 = Every opening of your information is written in a log that cannot be changed without it showing.
privacy-safe-4 = On a shared phone, log out when you finish. The "Exit now" button leaves at once.
privacy-rights-heading = Your rights
privacy-right-consents = Decide who may see what, and change it at any time
privacy-right-access-log = See who opened your information
privacy-right-my-data = See and download everything Dhruva keeps about you
privacy-right-correction = Ask for a correction
privacy-right-grievance = Make a complaint: it is answered within 90 days
privacy-right-erase = Have your data deleted
privacy-law = These rights follow India's Digital Personal Data Protection Act, 2023. A complaint is answered within 90 days. If you cannot use a phone, a leader of your collective can do any of this with you.
access-log-what-view_cases = Your cases: their steps, letters and papers
access-log-what-refused-view_cases = Your cases
access-log-what-refused-manage_cases = Your cases (to change them)

## Consent she confirms (issue 9)
consents-pending-heading = Waiting for your answer
consents-pending-heading-member = Waiting for her answer
consents-pending-intro = Someone recorded these choices for you. Nothing changes until you say yes. If you did not agree to this, say no.
consents-pending-intro-member = These choices count only once she confirms them on her phone. If she has no phone account, another office holder of the collective confirms them with her, in person, with a witness.
consent-pending-line = { $purpose }, { $method }. Recorded by { $who }, { $when }.
consent-pending-confirm = Yes, I agreed to this
consent-pending-refuse = No, I did not agree
consent-pending-for-you = Waiting for your answer
consent-pending-for-her = Waiting for her answer
consent-pending-she-confirms = She confirms this herself on her phone.
consent-pending-second-officer = Another office holder of the collective, not the one who recorded it, must confirm this with her.
consent-pending-second-witness = Who was there when she confirmed it
consent-pending-second-confirm = She confirmed this to me in person
consent-pending-not-yours = This cannot be confirmed by you: she confirms it herself, or another office holder does with her.
consent-record-pending = Waiting for an answer.
consent-record-confirmed = Confirmed by { $who }, { $when }.
consent-record-refused = Refused by { $who }, { $when }.
consent-notice = { $count ->
    [one] Someone recorded a choice for you. See who and when, and answer it.
   *[other] Someone recorded { $count } choices for you. See who and when, and answer them.
}

## A new phone number, confirmed by her leader (issue 9)
phone-change-waiting = You asked for a new mobile number on { $date }. Your leader will confirm your new number; until then your old number stays.
phone-change-refused = Your leader did not confirm the new number you asked for on { $date }. Please talk to her.
phone-change-too-many = You have asked for a new number too many times today. Nothing was saved. Please try again tomorrow.
phone-change-title = New mobile numbers to confirm
phone-change-intro = A member asked for a new mobile number. Confirm it only when she has shown you the new number on her own phone. If it does not feel right, do not confirm it.
phone-change-none = No new numbers are waiting.
phone-change-request-line = Member { $code } asked for a new number, { $when }.
phone-change-confirm = She showed me: confirm
phone-change-refuse = Do not confirm
phone-change-home = { $count ->
    [one] A member's new mobile number waits for you to confirm it
   *[other] { $count } members' new mobile numbers wait for you to confirm them
}
