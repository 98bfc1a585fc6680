## Her rights: her copy of her data, corrections, grievances, erasure (issue 3).

rights-heading = Your rights
rights-link-data = See and download all your data
rights-link-corrections = Ask for a correction
rights-link-grievances = Make a complaint
rights-link-erase = Erase all your data
rights-home-corrections = Correction requests
rights-home-grievances = Complaints to answer
rights-text-missing = Please write something.
rights-text-too-long = Please write at most 2000 letters.
rights-you = you
rights-operator = the operator of Dhruva

## Her data

my-data-title = Your data
my-data-intro = This is everything Dhruva holds about you. Only you can see this page.
my-data-download = Download all of it as a file
my-data-download-note = On a shared phone the file stays in the phone's downloads, where others can open it. Move it somewhere safe, or delete it when you are done.
my-data-details = Your details
my-data-collectives = Your collectives
my-data-account = Your account
my-data-language = Language of the screens
my-data-consents = What you agreed to
my-data-consent-given = given on { $date }
my-data-consent-withdrawn = withdrawn on { $date }
my-data-mentors = Your mentors
my-data-witness = witness:
my-data-guardian = Your guardian's consent
my-data-mentor-since = since { $date }
my-data-mentor-until = until { $date }
my-data-corrections = Your correction requests
my-data-grievances = Your complaints
my-data-history = Who did what with your data
my-data-history-note = The latest { $count } entries are here; the file has all of them.
my-data-none = Nothing here.

rights-purpose-case_support = help with your case by your collective's leaders
rights-purpose-mentoring = mentoring by your mentor
rights-purpose-research = research
rights-purpose-media = your story or photo in the media
rights-purpose-federation_contact = contact by the federation
rights-method-in_app = by you, in Dhruva
rights-method-verbal = said aloud, written down by a leader
rights-method-paper = on paper

rights-event-member_created = you were registered
rights-event-membership_added = joined a collective
rights-event-membership_ended = left a collective
rights-event-member_languages_changed = your languages were changed
rights-event-view_member_name = your name was seen
rights-event-view_member_personal = your details were seen
rights-event-edit_member_personal = your details were changed
rights-event-consent_granted = consent given
rights-event-consent_withdrawn = consent withdrawn
rights-event-account_created = your account was made
rights-event-password_changed = your password was changed
rights-event-language_changed = your screen language was changed
rights-event-account_disabled = your account was switched off
rights-event-account_enabled = your account was switched on
rights-event-grant_added = a role was given to your account
rights-event-grant_removed = a role was taken from your account
rights-event-token_created = an access key was made for your account
rights-event-tokens_revoked = access keys of your account were cancelled
rights-event-export_member_data = you looked at all your data
rights-event-correction_requested = you asked for a correction
rights-event-view_correction_requests = your correction requests were read
rights-event-correction_done = a correction was made
rights-event-correction_declined = a correction was declined
rights-event-grievance_raised = you made a complaint
rights-event-view_grievance = your complaint was read
rights-event-grievance_answered = your complaint was answered
rights-event-view_consents = your consents were seen
rights-event-mentor_assigned = a mentor was given to you
rights-event-mentor_ended = a mentor stopped mentoring you
rights-event-guardian_consent_recorded = your guardian's consent was written down
rights-event-guardian_consent_withdrawn = your guardian's consent was withdrawn
rights-event-view_guardian_consent = your guardian's consent was seen
rights-event-contact_member = the federation used your contact details
rights-event-include_in_research = you were included in research
rights-event-access_denied = someone was refused your data

## Corrections

corrections-title = Ask for a correction
corrections-intro = If something Dhruva holds about you is wrong, write what. A leader of your collective whom you allowed to help with your case can correct it, or you can correct it yourself.
corrections-edit-yourself = Correct your details yourself
corrections-what = What is wrong?
corrections-send = Send the request
corrections-yours = Your requests
corrections-none = You have not asked for a correction.
corrections-asked-on = Asked on { $date }
corrections-status-open = Waiting
corrections-status-done = Corrected
corrections-status-declined = Not corrected
corrections-note = Note:
corrections-mark-done = I have corrected it myself
corrections-queue-title = Correction requests
corrections-queue-intro = Members have asked for these corrections. Open one to read it; each reading is written in her history.
corrections-queue-none = No requests are waiting.
corrections-member-title = Her correction requests
corrections-edit-her = Correct her details
corrections-reading-recorded = Your reading of these requests is written in her history.
corrections-close-done = It is corrected
corrections-decline-note = Why will it not be corrected? She will read this.
corrections-close-decline = Do not correct
corrections-note-missing = Please write why, so that she knows.

## Complaints (grievances)

grievances-title = Make a complaint
grievances-intro = If you are unhappy with how your data is handled, tell the grievance officer of this Dhruva. They must answer within 90 days. Only they will read what you write.
grievances-what = Your complaint
grievances-send = Send the complaint
grievances-yours = Your complaints
grievances-none = You have not made a complaint.
grievances-sent-on = Sent on { $date }
grievances-due-on = Answer due by { $date }
grievances-waiting = Waiting for an answer
grievances-answered-on = Answered on { $date }
grievances-answer = Answer:
grievances-queue-title = Complaints to answer
grievances-queue-intro = As grievance officer you must answer each complaint within 90 days of the day it was sent. Overdue ones are marked.
grievances-queue-none = There are no complaints.
grievances-number = Complaint { $number }
grievances-overdue = Overdue
grievances-answered = Answered
grievances-reading-recorded = Opening a complaint is written in her history. You see only what she wrote to you.
grievances-answer-label = Your answer. She will read this.
grievances-answer-send = Send the answer

## Erasure

erase-title = Erase your data
erase-intro = You can have Dhruva forget you. This is what happens:
erase-what-details = Your name, mobile number, year of birth and notes are deleted, with your consents, your correction requests and your complaints.
erase-what-key = The key that locks your data is destroyed. Older backups may still hold your data, locked; if one is ever brought back, Dhruva erases you again at once.
erase-what-account = Your account is closed. You cannot log in again.
erase-what-count = Your collective still counts one member more, without your name or anything else about you.
erase-cannot-undo = This cannot be undone. Nobody, not even the people who run Dhruva, can bring your data back.
erase-download-first = You may want to download your data first.
erase-password = Your password, to show it is you
erase-confirm = Erase my data for ever
erase-wrong-password = That password is not right. Nothing was erased.
erased-title = Your data is erased
erased-text = Dhruva no longer holds your name or your details, and your account is closed.
rights-event-view_cases = your cases were seen
rights-event-case_opened = a case of yours was opened
rights-event-case_state_changed = a case of yours moved to its next step
rights-event-case_details_edited = the details of a case of yours were changed
rights-event-case_hearing_added = a hearing was added to a case of yours
rights-event-case_deadline_overridden = a due date on a case of yours was moved
rights-event-case_correspondence_recorded = a letter, visit or call was recorded on a case of yours

# access log (issue 9): reads and refusals listed apart, paged, one line per person, action and day
access-log-reads-heading = Who opened your information
access-log-older = Older
access-log-newer = Newer
access-log-times = { $count ->
    [one] once that day
   *[other] { $count } times that day
}
access-log-times-refused = { $count ->
    [one] stopped once that day
   *[other] stopped { $count } times that day
}
access-log-what-view_grievance = A complaint you made to the grievance officer
access-log-what-view_correction_requests = What you asked to have corrected
access-log-what-export_member_data = A copy of all your information
