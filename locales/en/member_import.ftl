# issue 11: importing a paper register of members (keys prefixed mimport-)
mimport-title = Import a register of members
mimport-link = Import a register of members (CSV or Excel)
mimport-intro = Upload the register as CSV (UTF-8) or Excel (.xlsx): a header row, then one row per member. Nothing is saved until you have seen the check and pressed "Import".
mimport-file = Register file
mimport-check = Check the file
mimport-columns = Columns
mimport-under-18 = A member under 18 cannot be imported: register her on her own page, where her guardian's consent is asked.
mimport-row = Row
mimport-more = { $count ->
    [one] and 1 more problem, not listed
   *[other] and { $count } more problems, not listed
}
mimport-ready = { $count ->
    [one] The file is good: 1 member is ready to import.
   *[other] The file is good: { $count } members are ready to import.
}
mimport-confirm = { $count ->
    [one] Import 1 member
   *[other] Import all { $count } members
}
mimport-again = Or check another file
mimport-expired = The checked file is no longer held (it waits 15 minutes). Please upload it again.
mimport-done = { $count ->
    [one] 1 member was added to the collective.
   *[other] { $count } members were added to the collective.
}
mimport-done-next = Each can now be given a code to log in from her page. Her consents are asked of her, not imported.
mimport-to-roster = See the members
mimport-file-refused = The file cannot be imported. Nothing was saved.
mimport-rows-refused = { $bad ->
    [one] Nothing was saved: 1 row needs fixing ({ $good } rows are good). Fix it in the sheet and upload it again.
   *[other] Nothing was saved: { $bad } rows need fixing ({ $good } rows are good). Fix them in the sheet and upload it again.
}

mimport-col-name = Name
mimport-col-phone = Mobile number
mimport-col-birth_year = Year of birth
mimport-col-languages = Languages
mimport-col-joined_on = Joined on
mimport-col-office = Office

mimport-about-name = Her name (required)
mimport-about-phone = Her 10-digit mobile number, if she has one
mimport-about-birth_year = Such as 1994
mimport-about-languages = Codes or names separated by ";": bn, hi, te, en or Bengali, Hindi, Telugu, English (such as bn;hi)
mimport-about-joined_on = When she joined: 2024-01-15, 15/01/2024 or 15-01-2024 (required)
mimport-about-office = President, Secretary, Treasurer or Core team (or president, secretary, treasurer, core_team), if she holds one

# Header words a register may use for each column, besides the codes above ("|" between words).
mimport-header-name = Name|Full name|Member name
mimport-header-phone = Phone|Mobile|Mobile number|Phone number
mimport-header-birth_year = Year of birth|Birth year
mimport-header-languages = Languages|Language
mimport-header-joined_on = Joined on|Date joined|Joining date
mimport-header-office = Office|Post

mimport-problem-empty = The file is empty, or has no rows under its header.
mimport-problem-not-a-spreadsheet = The file is neither CSV nor Excel (XLSX).
mimport-problem-not-utf8 = The text is not UTF-8: save the sheet as "CSV UTF-8".
mimport-problem-too-many-rows = The file has more than 5,000 rows under its header: please split it.
mimport-problem-too-many-columns = The file has something beyond its first 50 columns: delete what is there.
mimport-problem-too-many-cells = The file has more than 150,000 filled cells: please split it.
mimport-problem-too-big-unpacked = The workbook unpacks to more than 16 MB: save only the register, as CSV UTF-8 or a new .xlsx.
mimport-problem-other-workbook = An older or other kind of workbook (.xls, .xlsb or .ods): save it as Excel (.xlsx) or CSV UTF-8.
mimport-problem-missing-column = This column is missing from the header row.
mimport-problem-unknown-column = A column the import does not know: rename it to one listed below, or delete it.
mimport-problem-duplicate-column = This column is in the header twice.
mimport-problem-unreadable = The cell holds an error or something that cannot be read.
mimport-problem-missing-value = This is needed and is empty.
mimport-problem-name-too-long = The name is too long (at most 200 letters).
mimport-problem-bad-phone = Not a 10-digit mobile number.
mimport-problem-bad-birth-year = Not a year of birth (such as 1994).
mimport-problem-under-18 = She is under 18: register her on her own page, where her guardian's consent is asked.
mimport-problem-unknown-language = Not a language Dhruva knows: write bn, hi, te or en, or the language's name.
mimport-problem-bad-date = Not a date: write 2024-01-15, 15/01/2024 or 15-01-2024.
mimport-problem-date-in-future = The date is in the future.
mimport-problem-unknown-office = Not an office: President, Secretary, Treasurer or Core team.
mimport-problem-phone-twice-in-file = The same mobile number is on an earlier row.
mimport-problem-phone-registered = This mobile number is already registered in Dhruva: ask her to log in.
mimport-problem-twice-in-file = The same name and year of birth, without a mobile number, are on an earlier row.
mimport-problem-already-imported = A member with this name and year of birth was already imported into this collective.
mimport-problem-office-twice-in-file = The same office is on an earlier row: each office but the core team has one holder.
mimport-problem-office-held = Someone in the collective holds this office now: it changes hands by a handover on the offices page.
