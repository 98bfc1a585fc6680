# The login page, its help and the remembered language (issue 10).

welcome-forgot-password = Forgot your password? Ask your collective's leader for help.

## The legal rule under each deadline on a case page, one per rule of data/case-deadlines.toml.
welcome-rule-lsa_decision = BNSS s. 396(5) (CrPC s. 357A(5)): the legal services authority finishes its enquiry and decides the compensation within two months.
welcome-rule-compensation_payment = State victim compensation schemes: the money awarded is paid within 30 days of the order.
welcome-rule-compensation_payment_partly = State victim compensation schemes: the money awarded is paid within 30 days of the order.
welcome-rule-appeal_window = State victim compensation schemes: you can appeal to the state authority within 90 days of the order.
welcome-rule-charge_sheet = BNSS s. 187 (CrPC s. 167): for offences punishable with ten years or more, the police investigation has 90 days.
welcome-rule-fir_decision = BNSS s. 173(3): the police finish a preliminary enquiry within 14 days.
welcome-rule-legal_aid_decision = NALSA (Free and Competent Legal Services) Regulations 2010, reg. 7: an application for free legal aid is decided within seven days.
welcome-rule-public_service = State public services guarantee acts: most certificates and cards within 30 days (check your state's list).
welcome-rule-document_issue = State public services guarantee acts: certificates within 30 days (check your state's list).

## Her own mentor page, spoken to her.
welcome-mentors-intro-own = A mentor is a facilitator from the partner organisation who supports you. If you agree to mentoring, only your mentor may see your details.
welcome-mentors-current-own = Your mentor
welcome-mentors-none-own = You have no mentor yet.
welcome-mentors-past-own = Your earlier mentors
welcome-mentors-choose-own = Choose your mentor
welcome-mentors-assign-own = Make this person my mentor

## "My data": what happened, in words (audit actions without a sentence in rights.ftl).
welcome-someone = someone else
welcome-event-other = something else was recorded
welcome-event-member_marked_under_18 = you were marked as under 18
welcome-event-member_marked_adult = you were marked as 18 or older
welcome-event-member_erased = a member's data was erased
welcome-event-phone_change_requested = a new mobile number was asked for
welcome-event-phone_change_confirmed = your new mobile number was confirmed
welcome-event-phone_change_refused = your new mobile number was not accepted
welcome-event-phone_change_cancelled = the request for a new mobile number was cancelled
welcome-event-phone_in_use = your mobile number was set aside for a check
welcome-event-consent_confirmed = you confirmed a choice someone wrote down for you
welcome-event-consent_refused = you turned down a choice someone wrote down for you
welcome-event-cases_imported = cases were added from your collective's register
welcome-event-reminder_settings_changed = your collective's reminder settings were changed
welcome-event-rating_recorded = you rated the services in a score card round
welcome-event-round_planned = a score card round was planned
welcome-event-round_advanced = a score card round moved to its next step
welcome-event-self_assessment_recorded = a service's own assessment was recorded
welcome-event-focus_group_recorded = a focus group's scores were recorded
welcome-event-meeting_recorded = a meeting with the services was recorded
welcome-event-action_added = an action was added to a plan
welcome-event-action_updated = an action in a plan was updated
welcome-event-institution_added = a service was added to the list
welcome-event-institutions_imported = services were added to the list
welcome-event-round_scorecard_made = a round's score card was made
welcome-event-federation_scorecard_made = the federation's score card was made
welcome-event-publish_figures = the federation's figures were published
welcome-event-login_succeeded = you logged in
welcome-event-login_failed = a login with your account failed
welcome-event-logged_out_everywhere = you logged out on every phone
welcome-event-collective_created = a collective was started
welcome-event-collective_updated = a collective's details were changed
welcome-event-partner_created = a partner organisation was added
welcome-event-federation_created = the federation was set up
welcome-event-federation_renamed = the federation's name was changed
welcome-event-audit_pruned = old entries were removed from the record

## Reminders: the settings say what can be sent; her page says what is due.
welcome-reminders-no-gateway = Reminders cannot go by SMS or email here yet, so nothing was saved. Members see their reminders in the app.
welcome-reminders-in-app-only = Members see their reminders in the app, on their Reminders page. SMS and email will be offered here once this service can send them.
welcome-reminders-due-heading = What is due on your cases
welcome-reminders-overdue = Past its date
welcome-reminders-messages-heading = Messages
