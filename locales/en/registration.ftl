# issue 11: registration (keys prefixed as the slice says)
# A leader registers a member, phone first: /collectives/{id}/members/new.
register-link = Register a member
register-title = Register a member
register-step-phone = Step 1 of 3: her mobile number
register-step-details = Step 2 of 3: about her
register-step-consents = Step 3 of 3: what she agrees to
register-phone-label = Her mobile number
register-phone-hint = 10 digits; +91 and spaces are fine. Dhruva checks first whether she is already registered.
register-next = Next
register-no-phone = She has no phone
register-no-phone-chosen = She has no phone.
register-phone-line = Her mobile number: { $phone }
register-phone-registered = This number is already registered in Dhruva — ask her to log in with it. If she has forgotten her password, her own leader can give her a code.
register-error-phone-missing = Please write her mobile number, or choose "She has no phone".
register-phone-too-many = You have checked many numbers today. Please try again in { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}.
register-birth-year = Year of birth (if she knows it)
register-under-18 = She is under 18
register-languages = Languages she speaks (at least one)
register-error-languages = Please choose at least one language she speaks.
register-joined = The day she joined
register-office = An office she holds
register-office-none = No office
register-change-phone = Change her number
register-change-details = Change her details
register-consent-read = Read each one to her in her language and tick only what she agrees to. She may agree to nothing.
register-consent-in-own = Read in English
register-consent-intro = Dhruva asks before anyone else may use what it keeps about you. You can agree to some, all or none of these, and stop any of them later in the app.
register-consent-agree = I agree
register-consent-method = How she told you
register-consent-pending = Her agreements wait until she confirms them herself when she logs in (or, if she has no account, another office holder confirms them with her).
register-minor = She may be under 18. Until her guardian agrees, Dhruva keeps only her name and her place in the collective: not her mobile number, not her year of birth, and no consent is asked. After saving, record her guardian's agreement.
register-save-minor = Save and go to her guardian's agreement
register-save = Save her registration
register-done-title = She is registered
register-done-code-hint = Give her a code now so that she can log in with her mobile number and choose her own password.
register-done-pending = Her agreements wait for her own confirmation when she logs in.
register-done-her-page = Her page
register-another = Register another member
register-phone-registered-api = This number is already registered in Dhruva: she logs in with it.
register-phone-too-many-api = Too many numbers checked today. Please try again later.
## The audit action of the phone question, in words (read as welcome-event-<code>; never names a member)
welcome-event-registration_phone_checked = a leader asked whether a mobile number is already registered
register-error-office-held = Someone holds this office now. Register her without it; the office changes hands on the collective's offices page.
