# Accounts by invitation: activation codes, /activate, her own password (issue 11).

## Her "my data" page names these audit actions (read as rights-event-<code>)
rights-event-activation_code_issued = a code to set your password was made for you (a reset)
rights-event-account_activated = your password was set with a code

## /activate: the code and a new password
invite-title = Set your password with a code
invite-intro = Your leader gave you a code. Type it here and choose your own password.
invite-code-label = Your code
invite-code-hint = 10 letters and digits, like ACDE-FGHJ-KM. Small or capital letters, spaces and dashes do not matter.
invite-password-label = New password
invite-password-hint = At least 10 characters. A few words you will remember are good.
invite-password-again-label = New password again
invite-submit = Set my password
invite-wrong-code = This code is not right, was already used or has expired. Check it, or ask your leader for a new one.
invite-passwords-differ = The two passwords are not the same. Type them again.
invite-password-too-short = A password needs at least 10 characters.
invite-password-too-long = This password is too long.
invite-activated = Your password is set. Log in with it now.
invite-have-code = Have a code from your leader? Set your password

## A leader gives a member a code (her member page)
invite-give-code = Give her a code to log in
invite-give-code-note = A new code stops any earlier one. It works once, for 72 hours.
invite-code-title = Her code to log in
invite-code-shown-once = Read this code out to her, or write it down for her. It is shown only this once.
invite-code-expires = Valid until { $when }.
invite-code-username = Her login name: { $username } (or her phone number).
invite-code-where = She types the code at { $address }
invite-back-to-member = Back to her page

## Her own password (/profile/password)
invite-own-title = Change my password
invite-own-current-label = Current password
invite-own-wrong-current = Your current password is not right.
invite-own-done = Your password is changed.
