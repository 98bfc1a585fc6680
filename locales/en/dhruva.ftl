# Dhruva — English. Every key here must exist in bn, hi and te (a test checks).
# Keep sentences short and plain: many readers are new to reading on a screen.

app-name = Dhruva
language-self-name = English
language-switch-label = Language:
quick-exit = Exit now

## Navigation

nav-label = Main menu
nav-home = Home
nav-collectives = Collectives
nav-profile = My profile
nav-logout = Log out

## Login

login-title = Log in
login-name-label = Username or mobile number
login-name-hint = The name or 10-digit mobile number you were given for Dhruva.
login-password-label = Password
login-submit = Log in
login-shared-phone-note = On a shared phone, do not let the browser save your password. Log out when you finish.
login-failed = The username, mobile number or password is not right. Please try again.
login-throttled = Too many tries. Please wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} and try again.

## Home

home-title = Home
home-signed-in-as = You are logged in as { $role }.
home-no-role = Your account has no role yet. Ask your collective's leader or the administrator.
home-registry = The federation in numbers
home-all-collectives = See all collectives
home-your-collectives = Your collectives
home-my-profile = See my profile
count-collectives = Collectives
count-members = Members
count-accounts = Accounts

## Collectives

collectives-title = Collectives
collectives-none = There are no collectives for you to see yet.
collective-title = Collective
collective-kind = Members survived
collective-stage = Stage
collective-place = District
collective-founded = Started on
collective-partners = Supported by
collective-members-heading = { $count ->
    [one] One member
   *[other] { $count } members
}
collective-no-members = No members yet.
collective-names-hidden = Names are shown only where the member has agreed.

## Members

member-title = Member
member-code-label = Member code
member-collectives = Collectives
member-since = since { $date }
member-until = until { $date }
member-edit = Correct her details
value-not-given = Not given

field-name = Name
field-phone = Mobile number
field-birth-year = Year of birth
field-notes = Notes
field-languages = Languages
field-office = Office
field-joined-on = Joined on

## My profile

profile-title = My profile
profile-edit = Correct my details
profile-account = My account
profile-username = Username
profile-roles = Role
profile-logout-everywhere = Log out on all phones
profile-logout-everywhere-note = If someone else may have used your account on another phone, this logs it out everywhere.

## Editing details

edit-title = Correct details
edit-save = Save
edit-cancel = Cancel

## Field problems

field-error-name-missing = Please write her name.
field-error-name-too-long = A name can be at most 200 letters.
field-error-phone-length = A mobile number has 10 digits.
field-error-phone-prefix = A mobile number starts with 6, 7, 8 or 9.
field-error-phone-character = Use only digits in a mobile number (a +91 in front is fine).
field-error-birth-year = The year of birth must be between 1900 and this year.
field-error-not-a-number = Please write a number, such as 1995.
field-error-notes-too-long = Notes can be at most 5000 letters.
field-error-language = This is not a language Dhruva knows.
field-error-office = This is not an office in a collective.
field-error-future-date = This date has not come yet.
field-error-date = Write the date as year-month-day, such as 2026-11-24.

## Errors: a title and what to do

error-go-home = Go to the home page
error-not-found-title = Not found
error-not-found = We could not find this page. It may not exist, or it may not be open to you.
error-sign-in-title = Please log in
error-sign-in = Please log in first.
error-forbidden-title = Not allowed
error-forbidden = You can see this, but you cannot change it. Ask your collective's leader if you think you should.
error-csrf-title = Page expired
error-csrf = This page was open too long. Go back, open the page again and try once more.
error-cross-site-title = Request refused
error-cross-site = This request came from another website, so it was refused. Open Dhruva directly and try again.
error-invalid-title = Please check
error-invalid = Some details need correcting. See the notes below each field.
error-bad-request-title = Could not understand
error-bad-request = We could not understand what was sent. Go back and try again.
error-conflict-title = Already registered
error-conflict = This is already registered. A member with this mobile number may already exist.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Your details are safe. Please try again in a few minutes.

## Coded values

trafficking-kind-sex = Sex trafficking
trafficking-kind-labour = Forced labour
trafficking-kind-domestic_servitude = Domestic servitude
trafficking-kind-adoption = Trafficking for adoption
trafficking-kind-organ_trade = Trafficking for organs
trafficking-kind-mixed = More than one kind

stage-peer_group = Peer group
stage-collective = Collective
stage-registered_organisation = Registered organisation

office-president = President
office-secretary = Secretary
office-treasurer = Treasurer
office-core_team = Core team

language-en = English
language-bn = Bengali
language-hi = Hindi
language-te = Telugu

role-member = member
role-leader = leader
role-facilitator = facilitator
role-analyst = federation analyst
role-admin = administrator

## Months

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# issue 9 low findings

login-wait-seconds = Too many wrong tries. Please wait { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
} and try again.
federation-research-generalised = At least { $k } members share each row's place, languages and year of joining: these are widened (a district instead of a collective, a span of years) until they do, and a member who would still stand out is left out of the file.

# issue 10 forms

field-error-text-missing = Please fill this in.
field-error-text-too-long = This is too long: please make it shorter.
field-error-text-control = This holds a character that cannot be kept. Please type it again.
field-error-before-round = This date is before the round's period begins. Please give a date from the start of the round.
field-error-no-attendance = Please write how many came: at least one person.
field-error-before-hearing = The next date cannot be before the hearing.
field-error-count = Please write the number who came as a whole number, such as 12.

# issue 10 I
error-too-large-title = Too much at once
error-too-large = What was sent is bigger than this page takes, so nothing of it was saved. Go back, shorten the text or send a smaller file, and try again.
error-method-title = Could not do this here
error-method = This address does not take that kind of request. Go back and use the page's own buttons.
error-uri-too-long-title = Address too long
error-uri-too-long = The address is too long to read. Go back and try again, or start from the home page.
error-headers-too-large-title = Could not read the request
error-headers-too-large = Your browser sent more than we can read. Close Dhruva's tabs, open it again and try once more.
